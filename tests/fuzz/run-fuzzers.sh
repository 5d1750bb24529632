#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each one, on a scratch
# copy of its committed seed corpus (tests/fuzz/corpus/), for a bounded
# time or number of runs; prints each target's executions and exits
# non-zero on the first crash.
#   usage: tests/fuzz/run-fuzzers.sh [SECONDS [RUNS]]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
seconds=${1:-10}
runs=${2:--1}
build=${COCOMM_FUZZ_BUILD:-$top/build-fuzz}
if ! command -v clang >/dev/null; then
  echo "fuzz: clang not found, skipped"
  exit 0
fi
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dexamples=false --buildtype=debugoptimized \
    -Db_lundef=false >/dev/null
fi
meson compile -C "$build" >/dev/null
failed=0
for t in parsers roster committee calendar dates; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$t/." "$work/"
  log="$build/fuzz-$t.log"
  if "$build/tests/fuzz/fuzz_$t" "$work" -max_total_time="$seconds" -runs="$runs" -max_len=4096 \
       -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    echo "fuzz $t: $execs executions ($rate/s), $cov, no crash"
  else
    echo "fuzz $t: FAILED, see $log"
    tail -n 30 "$log"
    failed=1
  fi
  rm -rf "$work"
done
exit $failed
