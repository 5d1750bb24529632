#!/usr/bin/env bash
# Builds libcocomm and runs every test: what CI runs (.ci/run calls this).
#  1. warnings-as-errors debug-info build: every suite (unit, abi, python);
#  2. the unit suites again under valgrind memcheck;
#  3. the unit suites again in an AddressSanitizer + UBSan build;
#  4. meson install into a scratch root, then every example program built
#     with nothing but `pkg-config --cflags --libs cocomm`, as an outside
#     project would, and run with the arguments its 'consumer-args:' line gives;
#  5. the committee benchmark, which prints figures and gates nothing.
# Ends with one line "N passed, N failed, N skipped" over everything.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source .ci/deps
out=${COCOMM_TEST_DIR:-$top/build-test}
rm -rf "$out"
mkdir -p "$out"
logs=()
status=0

echo "== 1. build (werror, debug info) and every suite"
meson setup "$out/main" -Dwerror=true --buildtype=debugoptimized >/dev/null
meson compile -C "$out/main"
meson test -C "$out/main" --print-errorlogs -v || status=1
logs+=("$out/main/meson-logs/testlog.json")

echo "== 2. unit suites under valgrind"
meson test -C "$out/main" --setup valgrind --suite unit --print-errorlogs \
  --logbase valgrind || status=1
logs+=("$out/main/meson-logs/valgrind-valgrind.json")

echo "== 3. unit suites under AddressSanitizer and UndefinedBehaviorSanitizer"
meson setup "$out/asan" -Dwerror=true --buildtype=debug -Db_sanitize=address,undefined \
  -Dc_args=-fno-sanitize-recover=all >/dev/null
meson compile -C "$out/asan"
ASAN_OPTIONS=detect_leaks=1 meson test -C "$out/asan" --suite unit --print-errorlogs || status=1
logs+=("$out/asan/meson-logs/testlog.json")

echo "== 4. install, then build the examples against the installed copy"
root="$out/root"
meson install -C "$out/main" --destdir "$root" >/dev/null
pc=$(find "$root" -name cocomm.pc | head -n 1)
export PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR=$root
libdir=$(dirname "$(dirname "$pc")")
consumer_log="$out/consumer.json"
: >"$consumer_log"
for src in examples/cocomm-*.c; do
  name=$(basename "$src" .c)
  # shellcheck disable=SC2046
  if cc -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Werror "$src" examples/cli.c \
       -o "$out/$name" $(pkg-config --cflags --libs cocomm) &&
     LD_LIBRARY_PATH=$libdir "$out/$name" $(sed -n 's/^ \* consumer-args: //p' "$src") >/dev/null; then
    echo "consumer $name: OK"
    echo "{\"name\": \"consumer-$name\", \"result\": \"OK\"}" >>"$consumer_log"
  else
    echo "consumer $name: FAIL"
    echo "{\"name\": \"consumer-$name\", \"result\": \"FAIL\"}" >>"$consumer_log"
    status=1
  fi
done
logs+=("$consumer_log")

echo "== benchmark (figures only; not a test)"
"$out/main/tests/bench/bench_committee" 100 || true

echo "== summary"
python3 tests/summary.py "${logs[@]}" || status=1
exit $status
