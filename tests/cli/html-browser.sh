#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The HTML reports in a real browser: renders cocomm-committee --html and
# cocomm-decision --html with headless Chromium (Debian's `chromium`) and
# checks that the DOM it builds still holds the findings and the SVG
# timeline, that nothing was blocked or fetched (the page's
# Content-Security-Policy allows inline style only), that a screenshot
# shows a page (not a blank one) and that the page prints to PDF.
#
#   tests/cli/html-browser.sh EXAMPLES_DIR [OUT_DIR]
#
# The screenshots and PDFs stay in OUT_DIR (default: a temporary
# directory) for a person to look at. Exit 77 (skipped) without chromium.
set -u
examples=${1:?usage: html-browser.sh EXAMPLES_DIR [OUT_DIR]}
top=$(cd "$(dirname "$0")/../.." && pwd)
browser=""
for b in chromium chromium-browser; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [ -z "$browser" ]; then
  echo "skipped: no chromium (apt-get install chromium)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work}
mkdir -p "$out"
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# One headless run: its own profile, nothing it does outlives it.
chrome() {
  timeout 120 "$browser" --headless --disable-gpu --no-sandbox --user-data-dir="$work/profile" \
    --no-first-run --no-default-browser-check --disable-dev-shm-usage --hide-scrollbars \
    --disable-background-networking --enable-logging=stderr --v=0 "$@"
}

# check NAME PROGRAM ARGS... -- EXPECTED TEXT...
check() {
  local name=$1 program=$2
  shift 2
  local args=()
  while [ "$1" != "--" ]; do args+=("$1"); shift; done
  shift
  local page="$out/$name.html"
  (cd "$top" && "$examples/$program" "${args[@]}" --html) >"$page"
  local rc=$?
  [ "$rc" -le 1 ] || { fail "$name: $program exited $rc"; return; }
  chrome --dump-dom "file://$page" >"$work/$name.dom" 2>"$work/$name.log" || fail "$name: --dump-dom failed"
  grep -q "<svg" "$work/$name.dom" || fail "$name: no <svg> in the rendered DOM"
  grep -q "<title id=\"tl1-title\">" "$work/$name.dom" || fail "$name: the chart lost its title"
  for text in "$@"; do
    grep -qF -- "$text" "$work/$name.dom" || fail "$name: the rendered DOM lacks: $text"
  done
  if grep -E "Refused to|Content Security Policy|violates|net::ERR_" "$work/$name.log"; then
    fail "$name: the browser blocked or failed to fetch something"
  fi
  chrome --screenshot="$out/$name.png" --window-size=1200,2000 "file://$page" >/dev/null 2>>"$work/$name.log" ||
    fail "$name: --screenshot failed"
  local size
  size=$(stat -c %s "$out/$name.png" 2>/dev/null || echo 0)
  # A blank 1200x2000 page compresses to a few KB; this one is text, tables and a chart.
  [ "$size" -gt 60000 ] || fail "$name: screenshot is $size bytes: blank?"
  [ "$(head -c 8 "$out/$name.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    fail "$name: screenshot is not a PNG"
  chrome --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "file://$page" >/dev/null 2>>"$work/$name.log" ||
    fail "$name: --print-to-pdf failed"
  size=$(stat -c %s "$out/$name.pdf" 2>/dev/null || echo 0)
  [ "$size" -gt 20000 ] && [ "$(head -c 5 "$out/$name.pdf")" = "%PDF-" ] || fail "$name: PDF is $size bytes"
  echo "$name: rendered; screenshot $out/$name.png, PDF $out/$name.pdf"
}

check committee cocomm-committee -- \
  "the chair, member 1 (Dr Alan Reeve), is clinical" \
  "<code>C-1</code>" "delegated proposals due 12:00, 9 January 2015 (T-11)" "Margaret Okafor"
check decision cocomm-decision -- \
  "declared a conflict and withdraws from the item" "<code>I-6</code>" \
  "Margaret Okafor presided, as the chair." "delegated proposals due 12:00, 9 January 2015"

if [ "$failed" -ne 0 ]; then
  echo "html-browser: $failed failed"
  exit 1
fi
echo "html-browser: 2 pages passed"
