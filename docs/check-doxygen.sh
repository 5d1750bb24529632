#!/usr/bin/env bash
# Test 'doxygen' (suite docs): builds the API reference from the public
# headers and docs/mainpage.md and fails on any warning (the Doxyfile has
# WARN_AS_ERROR = FAIL_ON_WARNINGS; the count here says how many).
# Usage: check-doxygen.sh DOXYGEN DOXYFILE, or with no DOXYGEN: skip (77).
set -uo pipefail
if [ $# -lt 2 ] || [ -z "$1" ]; then
  echo "doxygen is not installed: skipped (apt-get install doxygen)"
  exit 77
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$1" "$2" 2>"$log" >/dev/null
rc=$?
warnings=$(grep -cE 'warning:|error:' "$log")
cat "$log"
echo "doxygen: $warnings warnings, exit $rc"
[ "$rc" = 0 ] && [ "$warnings" = 0 ] && [ ! -s "$log" ]
