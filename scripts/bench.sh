#!/usr/bin/env bash
# Builds the bot jar and runs every benchmark of issues 6 and 18 in one go: JMH for the matcher, then the bot jar and a bare
# Bolt app as separate JVMs against one fake Slack Web API, in HTTP mode and in Socket Mode (start, latency, throughput,
# memory). Prints one table at
# the end and keeps it in target/bench/results.md. Extra arguments go to Maven, for example:
#   scripts/bench.sh -Dbench.args="-Dbench.events=5000 -Dbench.jfr=true"   (JFR recordings in target/bench/*.jfr)
#   scripts/bench.sh -Dbench.skipJmh=true                                   (only the end-to-end half)
#   scripts/bench.sh -Dbench.skipCli=true                                   (without the one-shot CLI's table)
# Takes about ten minutes on two cores. Never part of ./mvnw verify. At the end it times the one-shot CLI
# (scripts/cli-bench.sh, ten cold runs of each command, with and without the class-data-sharing archive) and adds
# that table to target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"
./mvnw -q -Pbench -DskipTests verify "$@"
case " $* " in
    *" -Dbench.skipCli=true "*) ;;
    *)
        echo
        echo "=== the one-shot CLI (cold runs, CATALOG_DIR unset) ==="
        mkdir -p target/bench
        scripts/cli-bench.sh -n 10 | tee -a target/bench/results.md
        ;;
esac
