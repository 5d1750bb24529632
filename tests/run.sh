#!/usr/bin/env bash
# Builds libcocomm and runs every test: what CI runs (.ci/run calls this).
#  1. warnings-as-errors debug-info build: every suite (unit, abi, python,
#     cli, docs, web (issue 17: cocomm.html in headless Chromium), fuzz corpus replays);
#  2. the unit suites again under valgrind memcheck;
#  3. the unit suites and the fuzz corpora again in an AddressSanitizer +
#     UndefinedBehaviorSanitizer build;
#  4. the threads test in a ThreadSanitizer build;
#  5. meson install into a scratch root, then every example program built
#     with nothing but `pkg-config --cflags --libs cocomm`, as an outside
#     project would, and run with the arguments its 'consumer-args:' line gives;
#  5a. a CMake project (find_package(cocomm)) against that install, and a
#     meson project with libcocomm as a subproject (tests/consumers/run.sh);
#  5b. gcc -m32, clang --target=wasm32-wasi and clang MemorySanitizer builds
#     (tests/alt-build.sh, no meson or CUnit): layout test, fuzz corpora,
#     example programs with output identical to the native build's;
#  6. coverage of lib/ (floors: 95% of lines, 90% of branches);
#  7. each libFuzzer target (tests/fuzz/run-fuzzers.sh) for
#     COCOMM_FUZZ_SECONDS (default 8) seconds, at most COCOMM_FUZZ_TIMEOUT
#     (default 2) seconds an input, its output judged by the oracles of
#     tests/fuzz/fuzz.h;
#  8. the benchmark (tests/bench): the library on its own workload and on the
#     peers' in ../shared/peers against plain Python and json-rules-engine
#     (medians of same-round ratios over COCOMM_BENCH_ROUNDS rounds, default
#     5; 1 for a short run); it prints figures and gates nothing.
# Ends with one line "N passed, N failed, N skipped" over everything.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
cocomm_deps=test source .ci/deps
out=${COCOMM_TEST_DIR:-$top/build-test}
fuzz_seconds=${COCOMM_FUZZ_SECONDS:-8}
rm -rf "$out"
mkdir -p "$out"
logs=()
status=0
extra="$out/extra.json"
: >"$extra"
logs+=("$extra")
record() { # NAME OK|FAIL
  echo "{\"name\": \"$1\", \"result\": \"$2\"}" >>"$extra"
  [ "$2" = OK ] || status=1
}

echo "== 1. build (werror, debug info) and every suite"
meson setup "$out/main" -Dwerror=true --buildtype=debugoptimized >/dev/null
meson compile -C "$out/main"
meson test -C "$out/main" --print-errorlogs -v || status=1
logs+=("$out/main/meson-logs/testlog.json")

echo "== 2. unit suites under valgrind"
meson test -C "$out/main" --setup valgrind --suite unit --print-errorlogs || status=1
logs+=("$out/main/meson-logs/testlog-valgrind.json")

echo "== 3. unit suites and fuzz corpora under AddressSanitizer and UndefinedBehaviorSanitizer"
meson setup "$out/asan" -Dwerror=true --buildtype=debug -Db_sanitize=address,undefined \
  -Dc_args=-fno-sanitize-recover=all -Dexamples=false >/dev/null
meson compile -C "$out/asan"
ASAN_OPTIONS=detect_leaks=1 meson test -C "$out/asan" --suite unit --suite fuzz --print-errorlogs || status=1
logs+=("$out/asan/meson-logs/testlog.json")

echo "== 4. threads under ThreadSanitizer"
meson setup "$out/tsan" -Dwerror=true --buildtype=debug -Db_sanitize=thread -Dexamples=false >/dev/null
meson compile -C "$out/tsan"
TSAN_OPTIONS=halt_on_error=1 meson test -C "$out/tsan" --suite threads --print-errorlogs || status=1
logs+=("$out/tsan/meson-logs/testlog.json")

# Runs a script that prints "PREFIX-result NAME OK|FAIL" lines, showing its
# output and recording each result as PREFIX-NAME. Exit status 77 records
# PREFIX as skipped; any other failure with no FAIL line records PREFIX failed.
results() { # PREFIX COMMAND...
  local prefix=$1 line name result rc=0 fails=0
  shift
  while IFS= read -r line; do
    case $line in
      "$prefix-exit "*) rc=${line#"$prefix-exit "} ;;
      "$prefix-result "*)
        echo "$line"
        read -r _ name result <<<"$line"
        record "$prefix-$name" "$result"
        [ "$result" = OK ] || fails=$((fails + 1)) ;;
      *) echo "$line" ;;
    esac
  done < <("$@" 2>&1; echo "$prefix-exit $?")
  if [ "$rc" = 77 ]; then
    echo "{\"name\": \"$prefix\", \"result\": \"SKIP\"}" >>"$extra"
  elif [ "$rc" != 0 ] && [ "$fails" = 0 ]; then
    record "$prefix" FAIL
  fi
}

echo "== 5. install, then build the examples against the installed copy"
root="$out/root"
meson install -C "$out/main" --destdir "$root" >/dev/null
pc=$(find "$root" -name cocomm.pc | head -n 1)
export PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR=$root
libdir=$(dirname "$(dirname "$pc")")
for src in examples/cocomm-*.c; do
  name=$(basename "$src" .c)
  # shellcheck disable=SC2046
  if cc -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Werror "$src" examples/cli.c examples/html.c \
       -o "$out/$name" $(pkg-config --cflags --libs cocomm) &&
     LD_LIBRARY_PATH=$libdir "$out/$name" $(sed -n 's/^ \* consumer-args: //p' "$src") >/dev/null; then
    echo "consumer $name: OK"
    record "consumer-$name" OK
  else
    echo "consumer $name: FAIL"
    record "consumer-$name" FAIL
  fi
done
# The Python module as meson installed it: it imports from the scratch
# root, loads the installed library and the speedups installed beside it.
pyinit=$(find "$root" -path '*/cocomm/__init__.py' | head -n 1)
if [ -z "$pyinit" ]; then
  echo "consumer python-installed: FAIL (no cocomm/__init__.py installed)"
  record consumer-python-installed FAIL
elif [ ! -e "$(dirname "$pyinit")/_speedups.abi3.so" ]; then
  echo "consumer python-installed: FAIL (no _speedups.abi3.so beside $pyinit)"
  record consumer-python-installed FAIL
elif got=$(cd / && PYTHONPATH=$(dirname "$(dirname "$pyinit")") LD_LIBRARY_PATH=$libdir /usr/bin/python3 -c \
    'import cocomm; print(cocomm.library_found_by, cocomm.speedups_found_by, len(cocomm.validate_committees([[{"name": "A", "category": "lay", "voting": True, "position": "chair"}]])[0]))' 2>&1) &&
    [ "${got%% *}" = installed ] && case $got in *" package "*) true ;; *) false ;; esac; then
  echo "consumer python-installed: OK ($got)"
  record consumer-python-installed OK
else
  echo "consumer python-installed: FAIL ($got)"
  record consumer-python-installed FAIL
fi
unset PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR

# Packaging (issue 15): tests/consumers/run.sh builds tests/consumers/main.c
# with CMake (find_package(cocomm) in the scratch install above, target
# cocomm::cocomm) and with meson (libcocomm as a subproject through
# dependency('cocomm'), registering no tests and needing no CUnit);
# recorded as consumer-cmake and consumer-meson.
echo "== 5a. CMake and meson consumer projects"
results consumer bash tests/consumers/run.sh "$out/consumers" \
  "$root$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --variable=prefix cocomm)"

echo "== 5b. other targets and MemorySanitizer: gcc -m32, wasm32-wasi (under Node), clang -fsanitize=memory"
# The layout test, every fuzz corpus and every example program on the
# bundled data; the programs' output must equal the native build's byte
# for byte.
alt() { # NAME ARGS...: tests/alt-build.sh into $out/alt/NAME
  local name=$1
  shift
  results "$name" bash tests/alt-build.sh "$out/alt/$name" "$@"
}
alt native -- cc
alt m32 --compare "$out/alt/native" -- gcc -m32
alt wasm32 --compare "$out/alt/native" --runner "node --no-warnings tests/wasm/wasi-run.mjs" \
  -- clang --target=wasm32-wasi
# MemorySanitizer: the library, the corpora and the programs (no CUnit,
# which Debian does not build with it); a report would change the output.
alt msan --compare "$out/alt/native" --optional \
  -- clang -fsanitize=memory -fsanitize-memory-track-origins -fno-omit-frame-pointer

echo "== 6. coverage of lib/"
if bash tests/coverage.sh "$out/coverage"; then record coverage OK; else record coverage FAIL; fi

echo "== 7. libFuzzer, ${fuzz_seconds}s a target, ${COCOMM_FUZZ_TIMEOUT:-2}s an input, oracles on every output"
results fuzz env COCOMM_FUZZ_BUILD="$out/fuzz" bash tests/fuzz/run-fuzzers.sh "$fuzz_seconds"

echo "== 8. benchmark (figures only; not a test)"
"$out/main/tests/bench/bench_committee" --peers "$top/../shared/peers" "${COCOMM_BENCH_ROUNDS:-5}" || true

echo "== summary"
python3 tests/summary.py "${logs[@]}" || status=1
exit $status
