#!/usr/bin/env bash
# Checks unspin serve's page for editors (/) in headless Chromium (scripts/page-check.py does the
# checking: highlights on the right words, score and verdict, keyboard, accept, accept all, copy,
# re-check, error messages, no HTML from the data, no console errors, nothing fetched from outside).
# Starts `java -jar target/unspin.jar serve --port N` on a free port (building the jar when it is
# missing), or, with UNSPIN_PAGE_URL set (e.g. http://127.0.0.1:8765/), checks the page there.
# Writes the screenshot reports/serve-page.png (1366x768).
# Installs Debian's chromium and chromium-driver with apt-get when missing (needs root).
# Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
  echo "page-check: installing chromium and chromium-driver" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

sample=samples/spun-news-2023-05-03.txt
png=reports/serve-page.png
mkdir -p reports

if [ -n "${UNSPIN_PAGE_URL:-}" ]; then
  url="$UNSPIN_PAGE_URL"
else
  [ -f target/unspin.jar ] || mvn -q -o -DskipTests -Dfuzz.skip=true package
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  java -jar target/unspin.jar serve --port "$port" > "$work/serve.log" 2>&1 &
  server_pid=$!
  url="http://127.0.0.1:$port/"
  for _ in $(seq 1 120); do
    if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$url" 2> /dev/null; then break; fi
    if ! kill -0 "$server_pid" 2> /dev/null; then
      tail -n 20 "$work/serve.log" >&2; echo "page-check: unspin serve exited" >&2; exit 1
    fi
    sleep 0.5
  done
fi

# Flags for every Chromium run, as in browser-check.sh, with a fresh profile directory.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-dev-shm-usage)

rm -f "$png"
python3 scripts/page-check.py --url "$url" --text "$sample" --png "$png" \
  --profile "$(mktemp -d "$work/profile.XXXXXX")" -- "${flags[@]}"
[ -s "$png" ] || { echo "page-check: no screenshot written" >&2; exit 1; }
echo "page-check: OK ($url, $png)"
