#!/usr/bin/env python3
"""Pictures of real cards for the README: docs/cards/card-{en,ja}.{json,png}.

The JSON is what the built jar really sends to Slack when @-mentioned with a paste (CardPictures, a test-scope
class, drives the jar in HTTP mode against a fake Slack). Each JSON is then drawn as an HTML approximation of
Slack's look and screenshotted with headless Chromium (apt-get install -y chromium fonts-noto-cjk).

Usage, from the repository root: python3 scripts/card-pictures.py [--draw-only]
(--draw-only redraws the PNGs from the JSON files already in docs/cards.)
"""
import html
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "cards"
WIDTH = 720
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]

STYLE = """
body { margin: 0; background: #fff; font: 15px/22px Lato, 'Liberation Sans', 'Noto Sans CJK JP', sans-serif;
       color: #1d1c1d; }
.message { display: flex; padding: 16px 20px; }
.avatar { flex: none; width: 36px; height: 36px; border-radius: 6px; background: #1d3557; color: #fff;
          font-weight: 700; font-size: 20px; line-height: 36px; text-align: center; margin-right: 8px; }
.content { flex: 1; min-width: 0; }
.name { font-weight: 900; } .badge { font-size: 10px; font-weight: 700; background: rgba(29,28,29,.13);
        color: rgba(29,28,29,.7); border-radius: 2px; padding: 1px 3px; margin-left: 4px; vertical-align: 1px; }
.time { font-size: 12px; color: #616061; margin-left: 6px; }
.header { font-size: 18px; line-height: 26px; font-weight: 900; margin: 6px 0 4px; }
.section { margin: 4px 0 8px; overflow-wrap: anywhere; }
a { color: #1264a3; text-decoration: none; }
pre { margin: 4px 0 0; padding: 8px; background: rgba(29,28,29,.04); border: 1px solid rgba(29,28,29,.13);
      border-radius: 4px; font: 12px/18px 'Liberation Mono', 'Noto Sans Mono CJK JP', monospace;
      white-space: pre-wrap; overflow-wrap: anywhere; }
code { color: #e01e5a; background: rgba(29,28,29,.04); border: 1px solid rgba(29,28,29,.13); border-radius: 3px;
       padding: 0 3px; font: 12px 'Liberation Mono', 'Noto Sans Mono CJK JP', monospace; }
.context { font-size: 12px; line-height: 18px; color: #616061; margin: 4px 0 8px; }
.actions { margin: 8px 0 4px; display: flex; flex-wrap: wrap; gap: 8px; }
.button { height: 28px; padding: 0 12px; border: 1px solid rgba(29,28,29,.3); border-radius: 4px;
          font-size: 13px; font-weight: 700; line-height: 26px; box-sizing: border-box; background: #fff; }
.button.primary { background: #007a5a; border-color: #007a5a; color: #fff; }
hr { border: 0; border-top: 1px solid #ddd; margin: 8px 0; }
"""


def inline(text):
    """Slack mrkdwn outside code blocks: <url|label> links, *bold*, _italic_, `code`, line breaks.
    The text is already escaped the Slack way (&amp; &lt; &gt;), which HTML reads the same."""
    text = re.sub(r"<([^|>]+)\|([^>]+)>", r'<a href="\1">\2</a>', text)
    text = re.sub(r"<(https?://[^>]+)>", r'<a href="\1">\1</a>', text)
    text = re.sub(r"`([^`\n]+)`", r"<code>\1</code>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])", r"<i>\1</i>", text)
    return text.replace("\n", "<br>")


def mrkdwn(text):
    parts = re.split(r"```(.*?)```", text, flags=re.S)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append("<pre>" + part.strip("\n") + "</pre>")
        else:
            out.append(inline(part[:-1] if part.endswith("\n") and index + 1 < len(parts) else part))
    return "".join(out)


def text_html(obj):
    return mrkdwn(obj["text"]) if obj.get("type") == "mrkdwn" else html.escape(obj["text"]).replace("\n", "<br>")


def block_html(block):
    kind = block["type"]
    if kind == "header":
        return '<div class="header">%s</div>' % html.escape(block["text"]["text"])
    if kind == "section":
        return '<div class="section">%s</div>' % text_html(block["text"])
    if kind == "context":
        return '<div class="context">%s</div>' % " ".join(text_html(e) for e in block["elements"])
    if kind == "divider":
        return "<hr>"
    if kind == "actions":
        buttons = ['<span class="button %s">%s</span>' % (b.get("style", ""), html.escape(b["text"]["text"]))
                   for b in block["elements"]]
        return '<div class="actions">%s</div>' % "".join(buttons)
    raise ValueError("no drawing for block type " + kind)


def page(message, lang):
    blocks = "\n".join(block_html(block) for block in message["blocks"])
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{STYLE}</style></head>
<body><div class="message"><div class="avatar">C</div><div class="content">
<div><span class="name">connector-error-bot</span><span class="badge">APP</span><span class="time">10:42</span></div>
{blocks}</div></div>
<script>document.body.setAttribute("data-height",
    Math.ceil(document.querySelector(".message").getBoundingClientRect().bottom));</script></body></html>"""


def chromium(*arguments):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(CHROMIUM + ["--user-data-dir=" + profile, *arguments], check=True,
                              capture_output=True, text=True).stdout


def screenshot(html_file, png):
    dom = chromium(f"--window-size={WIDTH},2000", "--dump-dom", html_file.as_uri())
    height = int(re.search(r'data-height="(\d+)"', dom).group(1))
    chromium(f"--window-size={WIDTH},{height}", "--force-device-scale-factor=2", f"--screenshot={png}",
             html_file.as_uri())


def main():
    if "--draw-only" not in sys.argv:
        subprocess.run(["./mvnw", "-q", "-o", "-DskipTests", "package"], cwd=ROOT, check=True)
        subprocess.run(["./mvnw", "-q", "-o", "org.codehaus.mojo:exec-maven-plugin:3.5.0:java",
                        "-Dexec.mainClass=dev.connectorerrorbot.blackbox.CardPictures", "-Dexec.classpathScope=test",
                        "-Dexec.args=" + str(OUT)], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as work:
        for lang in ("en", "ja"):
            message = json.loads((OUT / f"card-{lang}.json").read_text(encoding="utf-8"))
            html_file = pathlib.Path(work) / f"card-{lang}.html"
            html_file.write_text(page(message, lang), encoding="utf-8")
            screenshot(html_file, OUT / f"card-{lang}.png")
            print("wrote", OUT / f"card-{lang}.png")


if __name__ == "__main__":
    main()
