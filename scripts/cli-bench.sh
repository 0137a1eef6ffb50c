#!/usr/bin/env bash
# Times cold runs of the one-shot CLI (issue 18): every run is a new JVM, as when an admin scripts `lookup`.
# Prints one markdown table: median, min and max wall time and the median CPU time (user + system) per command and
# variant. Never part of ./mvnw verify. Usage:
#   scripts/cli-bench.sh [-n RUNS] [LABEL=JAR[::JVM FLAGS]]...
# Without variants it times target/connector-error-bot.jar as is, and again with the CDS archive the build writes
# next to it (target/connector-error-bot.jsa) when there is one. Variants and commands run interleaved
# (A lookup, B lookup, A validate, ...) so that a busy neighbour slows them alike: on a shared machine compare the
# variants of one run, and read the CPU column, which load inflates far less than the wall time.
#   scripts/cli-bench.sh -n 10 before=/tmp/old.jar after=target/connector-error-bot.jar
#   scripts/cli-bench.sh "c1=target/connector-error-bot.jar::-XX:TieredStopAtLevel=1"
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  variants=("jar=target/connector-error-bot.jar")
  if [ -f target/connector-error-bot.jsa ]; then
    variants+=("jar+cds=target/connector-error-bot.jar::-XX:SharedArchiveFile=target/connector-error-bot.jsa")
  fi
fi
names=(lookup validate version)
command_args() {
  case "$1" in
    lookup) argv=(lookup "Okta: HttpRequestFailure: Server returned: 401 Unauthorized") ;;
    validate) argv=(validate) ;;
    version) argv=(--version) ;;
  esac
}
declare -A wall cpu
sample=$(mktemp)
trap 'rm -f "$sample"' EXIT
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    command_args "$name"
    for variant in "${variants[@]}"; do
      label="${variant%%=*}"; spec="${variant#*=}"; jar="${spec%%::*}"; flags=""
      [[ "$spec" == *::* ]] && flags="${spec#*::}"
      [ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -q -DskipTests package" >&2; exit 2; }
      read -r -a opts <<< "$flags"
      # CATALOG_DIR unset: the built-in catalog, as a newcomer runs it.
      /usr/bin/time -f '%e %U %S' -o "$sample" env -u CATALOG_DIR java "${opts[@]}" -jar "$jar" "${argv[@]}" \
        > /dev/null 2>&1 || true
      read -r seconds user system < "$sample"
      wall["$label/$name"]+="$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }') "
      cpu["$label/$name"]+="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%d", (u + s) * 1000 }') "
    done
  done
done
stats() {  # prints median min max of the numbers given, in seconds
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.3f %.3f %.3f", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors; $runs cold runs each; $(java -version 2>&1 | head -1)"
echo
echo "| Command | Variant | Wall median (s) | Wall min (s) | Wall max (s) | CPU median (s) |"
echo "| --- | --- | --- | --- | --- | --- |"
for name in "${names[@]}"; do
  for variant in "${variants[@]}"; do
    label="${variant%%=*}"
    # shellcheck disable=SC2086
    read -r median low high <<< "$(stats ${wall["$label/$name"]})"
    # shellcheck disable=SC2086
    read -r cpu_median _ _ <<< "$(stats ${cpu["$label/$name"]})"
    echo "| $name | $label | $median | $low | $high | $cpu_median |"
  done
done
