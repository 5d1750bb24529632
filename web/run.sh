#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the offline page, build/web/cocomm.html (docs/web.md), installing
# clang, lld and wasi-libc first if they are missing, and opens it when
# this machine has a desktop (xdg-open); otherwise prints where it is.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
cocomm_deps=web source .ci/deps
out=build/web/cocomm.html
mkdir -p build/web
bash web/build.sh "$out"
echo "built $out ($(wc -c <"$out") bytes): open it in a browser; nothing in it uses the network"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then xdg-open "$out" || true; fi
