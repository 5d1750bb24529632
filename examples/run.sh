#!/usr/bin/env bash
# The main job: build libcocomm and run the example programs on the bundled
# example data in examples/data/. Installs build tools if they are missing.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source .ci/deps
[ -d build ] || meson setup build -Dtests=false >/dev/null
meson compile -C build >/dev/null
echo "== cocomm-dates --file examples/data/policy-dates.txt"
./build/examples/cocomm-dates --file examples/data/policy-dates.txt
echo
echo "== cocomm-timeline --model delegated"
./build/examples/cocomm-timeline --model delegated
echo
echo "== cocomm-timeline --model delegated --check-submission 2015-01-09T12:00:01"
./build/examples/cocomm-timeline --model delegated --check-submission 2015-01-09T12:00:01 || true
