#!/usr/bin/env bash
# Rewrites the committed ABI baseline from a fresh debug build. Run it only
# for a deliberate ABI change, and say why in the commit (docs/abi.md).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
meson setup "$build" "$top" --buildtype=debugoptimized -Dtests=false -Dexamples=false >/dev/null
meson compile -C "$build" >/dev/null
abidw --short-locs --no-corpus-path --out-file "$top/tests/abi/libcocomm.abi" "$build/lib/libcocomm.so"
echo "wrote tests/abi/libcocomm.abi"
