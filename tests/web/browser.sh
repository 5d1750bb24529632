#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# cocomm.html in a real browser (issue 17): starts Debian's headless
# Chromium with a DevTools port and drives the page with
# tests/web/browser.mjs (Node, no packages: its own WebSocket client).
#
#   tests/web/browser.sh PAGE OUT_DIR [NODE]
#
# PAGE is build/web/cocomm.html ("" when the wasm toolchain was not found);
# the screenshots stay in OUT_DIR. Exit 77 (skipped) without the page,
# chromium or node.
set -u
page=${1:-}
out=${2:?usage: browser.sh PAGE OUT_DIR [NODE]}
node=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
if [ -z "$page" ] || [ ! -f "$page" ]; then
  echo "skipped: no cocomm.html (the wasm32-wasi toolchain was not found: clang, lld, wasi-libc)"
  exit 77
fi
browser=""
for b in chromium chromium-browser; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [ -z "$browser" ]; then
  echo "skipped: no chromium (apt-get install chromium)"
  exit 77
fi
[ -n "$node" ] || node=$(command -v node || command -v nodejs || true)
if [ -z "$node" ]; then
  echo "skipped: no node (apt-get install nodejs)"
  exit 77
fi
mkdir -p "$out"
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# Port 0: Chromium picks a free port and writes it to DevToolsActivePort.
"$browser" --headless --disable-gpu --no-sandbox --user-data-dir="$work/profile" --no-first-run \
  --no-default-browser-check --disable-dev-shm-usage --hide-scrollbars --disable-background-networking \
  --disable-component-update --disable-sync --disable-extensions --metrics-recording-only \
  --remote-debugging-address=127.0.0.1 --remote-debugging-port=0 --window-size=1200,900 about:blank \
  >"$work/chromium.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
  [ -s "$work/profile/DevToolsActivePort" ] && break
  sleep 0.2
done
if [ ! -s "$work/profile/DevToolsActivePort" ]; then
  echo "FAIL: chromium did not open its DevTools port"
  tail -n 20 "$work/chromium.log"
  exit 1
fi
port=$(head -n 1 "$work/profile/DevToolsActivePort")
timeout 180 "$node" "$here/browser.mjs" --port "$port" --page "$page" --out "$out" --data "$top/examples/data"
rc=$?
[ $rc -eq 0 ] || { echo "chromium's log:"; tail -n 30 "$work/chromium.log"; }
exit $rc
