#!/usr/bin/env bash
# Opens the HTML report of the sample article in headless Chromium and checks it:
#   - every finding of the JSON report is highlighted, with its suggestion, rule and message
#     (DOM dumped with --dump-dom, compared in python3 with the JSON report);
#   - the page logs no console errors (a chromedriver session reads the browser log, whose
#     entries carry a level: any SEVERE entry fails the check), fetches nothing, and its
#     "accept" switch shows the text with every first suggestion;
#   - a screenshot is taken.
# Writes reports/spun-news-2023-05-03.html and reports/spun-news-2023-05-03.png.
# Installs Debian's chromium and chromium-driver with apt-get when missing (needs root).
# Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
  echo "browser-check: installing chromium and chromium-driver" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sample=samples/spun-news-2023-05-03.txt
html=reports/spun-news-2023-05-03.html
png=reports/spun-news-2023-05-03.png
mkdir -p reports
./unspin check --format html -o "$html" "$sample" --fail-on never
./unspin check --format json -o "$work/report.json" "$sample" --fail-on never

# Flags for every Chromium run; each run gets its own fresh profile directory.
# --disable-dev-shm-usage: containers often have a tiny /dev/shm.
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-dev-shm-usage)

profile() { mktemp -d "$work/profile.XXXXXX"; }

url="file://$here/$html"
timeout 120 chromium "${flags[@]}" --user-data-dir="$(profile)" --dump-dom "$url" > "$work/dom.html" 2> "$work/dump-dom.log" \
  || { tail -n 20 "$work/dump-dom.log" >&2; echo "browser-check: chromium --dump-dom failed" >&2; exit 1; }

python3 scripts/browser-check.py --dom "$work/dom.html" --json "$work/report.json" --text "$sample" \
  --url "$url" --profile "$(profile)" -- "${flags[@]}"

rm -f "$png"
timeout 120 chromium "${flags[@]}" --user-data-dir="$(profile)" --hide-scrollbars --window-size=1400,2000 \
  --screenshot="$here/$png" "$url" > "$work/screenshot.log" 2>&1 \
  || { tail -n 20 "$work/screenshot.log" >&2; echo "browser-check: screenshot failed" >&2; exit 1; }
[ -s "$png" ] || { echo "browser-check: no screenshot written" >&2; exit 1; }
echo "browser-check: OK ($html, $png)"
