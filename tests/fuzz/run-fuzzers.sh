#!/usr/bin/env bash
# Builds the libFuzzer targets (every tests/fuzz/fuzz_*.c) with clang, the
# library instrumented too, under AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each one on a scratch copy of its
# committed seed corpus (tests/fuzz/corpus/<target>/) for a bounded time or
# number of runs. A crash, a sanitizer report (undefined behaviour halts
# too), an oracle failure (tests/fuzz/fuzz.h) or an input slower than the
# per-input timeout fails the target; the input is saved as
# $build/fuzz-<target>-crash-* (or -timeout-*, -slow-unit-*). Prints each
# target's executions and rate, one "fuzz-result TARGET OK|FAIL" line per
# target (tests/run.sh records each), and exits 1 if any failed (77, for
# skipped, when there is no clang).
#
#   usage: tests/fuzz/run-fuzzers.sh [SECONDS [RUNS]]   (defaults 10 s, no run limit)
#
# Environment:
#   COCOMM_FUZZ_BUILD    build directory (default build-fuzz)
#   COCOMM_FUZZ_TIMEOUT  libFuzzer -timeout, seconds per input (default 2).
#                        Every check is documented as linear in its input and
#                        the largest input (4 KB, or a committee of 1,024
#                        members of 255-byte names built from it) takes
#                        milliseconds, so an input that needs seconds is a
#                        complexity bug (issue 11, defect 4), not a slow machine.
#   COCOMM_FUZZ_TARGETS  the targets to run (default: all), e.g. "calendar timeline"
#   COCOMM_FUZZ_ARGS     more libFuzzer flags, e.g. "-fork=1 -ignore_crashes=1"
#                        to go on past the first failure in long runs
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
seconds=${1:-10}
runs=${2:--1}
build=${COCOMM_FUZZ_BUILD:-$top/build-fuzz}
per_input=${COCOMM_FUZZ_TIMEOUT:-2}
if ! command -v clang >/dev/null; then
  echo "fuzz: clang not found, skipped"
  exit 77
fi
targets=${COCOMM_FUZZ_TARGETS:-$(for f in tests/fuzz/fuzz_*.c; do t=$(basename "$f" .c); echo "${t#fuzz_}"; done)}
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dexamples=false --buildtype=debugoptimized \
    -Db_lundef=false >/dev/null
fi
# Only the fuzzers (the unit suites need not be built with coverage instrumentation).
# shellcheck disable=SC2046
meson compile -C "$build" $(for t in $targets; do echo "fuzz_$t"; done) >/dev/null
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
failed=0
for t in $targets; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$t/." "$work/"
  log="$build/fuzz-$t.log"
  # shellcheck disable=SC2086
  if "$build/tests/fuzz/fuzz_$t" "$work" -max_total_time="$seconds" -runs="$runs" -max_len=4096 \
       -timeout="$per_input" -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$build/fuzz-$t-" ${COCOMM_FUZZ_ARGS:-} >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    echo "fuzz $t: $execs executions ($rate/s), $cov, no failure"
    echo "fuzz-result $t OK"
  else
    echo "fuzz $t: FAILED, see $log"
    grep -m 3 -E "fuzz oracle|ERROR: (AddressSanitizer|libFuzzer)|runtime error|SUMMARY" "$log" || true
    grep -m 1 -E "^artifact_prefix|Test unit written to" "$log" || true
    tail -n 20 "$log"
    echo "fuzz-result $t FAIL"
    failed=1
  fi
  rm -rf "$work"
done
exit $failed
