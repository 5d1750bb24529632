#!/usr/bin/env bash
# Measures test coverage of lib/ (gcovr over a -Db_coverage=true build) and
# fails below the floors: 95% of lines, 90% of branches.
#   usage: tests/coverage.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
build=${1:-$top/build-coverage}
line_floor=95
branch_floor=90
if [ ! -f "$build/build.ninja" ]; then
  # Atomic counters: the threads test updates them from four threads.
  meson setup "$build" -Db_coverage=true --buildtype=debug -Dc_args=-fprofile-update=atomic >/dev/null
fi
meson compile -C "$build" >/dev/null
find "$build" -name '*.gcda' -delete
meson test -C "$build" >/dev/null || { echo "coverage: tests failed"; exit 1; }
summary=$(gcovr -r "$top" "$build" --filter "$top/lib/" \
  --exclude-unreachable-branches --exclude-throw-branches --print-summary -o /dev/null)
echo "$summary"
lines=$(printf '%s\n' "$summary" | sed -n 's/^lines: *\([0-9.]*\)%.*/\1/p')
branches=$(printf '%s\n' "$summary" | sed -n 's/^branches: *\([0-9.]*\)%.*/\1/p')
ok=$(awk -v l="$lines" -v b="$branches" -v lf=$line_floor -v bf=$branch_floor \
  'BEGIN { print (l >= lf && b >= bf) ? 1 : 0 }')
if [ "$ok" = 1 ]; then
  echo "coverage: 1 passed, 0 failed (lines $lines% >= $line_floor%, branches $branches% >= $branch_floor%)"
else
  echo "coverage: 0 passed, 1 failed (lines $lines% (floor $line_floor%), branches $branches% (floor $branch_floor%))"
  exit 1
fi
