#!/usr/bin/env bash
# Builds libcocomm with another compiler or target, without meson and
# without CUnit, and runs what needs no CUnit: the layout test, every fuzz
# corpus replay and every example program on the bundled data.
#   usage: tests/alt-build.sh OUTDIR [--compare REFDIR] [--runner CMD] -- CC [FLAGS...]
# The example programs' output goes to OUTDIR/examples.out; with
# --compare it must equal REFDIR/examples.out byte for byte. With
# --runner, every program runs through CMD (for wasm32, Node's WASI).
# Used by tests/run.sh for the native reference, gcc -m32 and
# MemorySanitizer builds. Prints "NAME: OK" or "NAME: FAIL" per step and
# exits non-zero if any failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
out=$1
shift
compare="" runner=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in
    --compare) compare=$2; shift 2 ;;
    --runner) runner=$2; shift 2 ;;
    *) echo "alt-build: unknown option $1" >&2; exit 2 ;;
  esac
done
shift
cc=("$@")
name=$(basename "$out")
rm -rf "$out"
mkdir -p "$out/include/cocomm" "$out/obj" "$out/bin"
failed=0
step() { # NAME STATUS
  if [ "$2" -eq 0 ]; then echo "$name $1: OK"; else echo "$name $1: FAIL"; failed=1; fi
}

# version.h as meson would configure it.
version=$(sed -n "s/^ *version : '\([0-9.]*\)'.*/\1/p" meson.build | head -n 1)
soversion=$(sed -n "s/^cocomm_soversion = '\([0-9]*\)'.*/\1/p" meson.build)
IFS=. read -r major minor patch <<<"$version"
sed -e "s/@MAJOR@/$major/; s/@MINOR@/$minor/; s/@PATCH@/$patch/; s/@VERSION@/$version/; s/@SOVERSION@/$soversion/" \
  include/cocomm/version.h.in >"$out/include/cocomm/version.h"

flags=(-std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Werror -g -O1
       -I"$out/include" -Iinclude)
objs=()
ok=0
for src in lib/*.c; do
  obj="$out/obj/$(basename "$src" .c).o"
  "${cc[@]}" "${flags[@]}" -Ilib -c "$src" -o "$obj" || ok=1
  objs+=("$obj")
done
step library $ok
[ $ok -eq 0 ] || exit 1

run() { # PROGRAM ARGS...
  # shellcheck disable=SC2086
  $runner "$@"
}

link() { # OUTPUT SOURCES...
  local output=$1
  shift
  "${cc[@]}" "${flags[@]}" "$@" "${objs[@]}" -o "$output"
}
link "$out/bin/test_layout" tests/abi/test_layout.c && run "$out/bin/test_layout" >/dev/null
step layout $?

for src in tests/fuzz/fuzz_*.c; do
  t=$(basename "$src" .c)
  t=${t#fuzz_}
  link "$out/bin/replay_$t" "$src" tests/fuzz/driver.c -Itests/fuzz &&
    run "$out/bin/replay_$t" "tests/fuzz/corpus/$t" >/dev/null
  step "fuzz-$t" $?
done

ok=0
for src in examples/cocomm-*.c; do
  link "$out/bin/$(basename "$src" .c)" "$src" examples/cli.c -Iexamples \
    -DCOCOMM_SOURCE_DATA_DIR="\"examples/data\"" || ok=1
done
step examples-build $ok
COCOMM_EXAMPLES_BIN="$out/bin" COCOMM_EXAMPLES_RUNNER="$runner" bash examples/run.sh >"$out/examples.out" 2>&1
step examples-run $?
if [ -n "$compare" ]; then
  cmp "$compare/examples.out" "$out/examples.out"
  step examples-same-output $?
fi
exit $failed
