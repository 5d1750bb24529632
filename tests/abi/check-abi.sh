#!/usr/bin/env bash
# Compares the built shared library with the committed ABI baseline. Any
# difference, compatible or not, fails: abidiff's exit status is a bit set
# (1 error, 2 usage, 4 ABI change, 8 incompatible change) and a reordered
# field sets only 4. A deliberate change updates the baseline with
# tests/abi/update-baseline.sh in the same commit (docs/abi.md).
# usage: check-abi.sh LIBRARY BASELINE
set -uo pipefail
lib=$1 baseline=$2
if ! command -v abidiff >/dev/null; then
  echo "abidiff not found (Debian package abigail-tools)"
  echo "abi: 0 passed, 1 failed"
  exit 1
fi
# Read the section list whole: grep -q would close the pipe early, and
# under pipefail readelf's SIGPIPE would read as "no debug info".
sections=$(readelf -S "$lib")
if ! grep -q '\.debug_info' <<<"$sections"; then
  echo "$lib has no debug info: abidiff would pass everything. Build with -g."
  echo "abi: 0 passed, 1 failed"
  exit 1
fi
abidiff --no-show-locs "$baseline" "$lib"
rc=$?
if [ $rc -eq 0 ]; then
  echo "ABI matches $baseline"
  echo "abi: 1 passed, 0 failed"
  exit 0
fi
echo "abidiff exit status $rc: the ABI differs from $baseline"
echo "abi: 0 passed, 1 failed"
exit 1
