#!/usr/bin/env bash
# Builds libcocomm with another compiler, target or sanitizer, without
# meson and without CUnit, and runs what needs neither: the layout test,
# every fuzz corpus replay, and every example program on the bundled data
# (what examples/run.sh runs, and more that reaches the exporters and the
# JSON output). Used by tests/run.sh for the native reference, gcc -m32,
# wasm32 under Node's WASI, and clang's MemorySanitizer (whose CUnit-free
# run this is: Debian's CUnit is not built with it).
#   usage: tests/alt-build.sh OUTDIR [--compare REFDIR] [--runner CMD] [--optional]
#                             -- CC [FLAGS...]
# The programs' output goes to OUTDIR/examples.out; with --compare it must
# equal REFDIR/examples.out byte for byte (a sanitizer's report would make
# it differ). --runner runs every program through CMD. --optional: when CC
# cannot build and run a trivial program with FLAGS, exit 77 (skipped)
# instead of failing.
# Prints "NAME-result STEP OK|FAIL" per step (NAME is OUTDIR's last part),
# then "NAME: N passed, N failed"; exits non-zero if a step failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
out=$1
shift
compare="" runner="" optional=0
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in
    --compare) compare=$2; shift 2 ;;
    --runner) runner=$2; shift 2 ;;
    --optional) optional=1; shift ;;
    *) echo "alt-build: unknown option $1" >&2; exit 2 ;;
  esac
done
shift
cc=("$@")
name=$(basename "$out")
rm -rf "$out"
mkdir -p "$out/include/cocomm" "$out/obj" "$out/bin"
passed=0 failed=0
step() { # STEP STATUS
  if [ "$2" -eq 0 ]; then
    echo "$name-result $1 OK"
    passed=$((passed + 1))
  else
    echo "$name-result $1 FAIL"
    failed=$((failed + 1))
  fi
}
run() { # PROGRAM ARGS...
  # shellcheck disable=SC2086
  $runner "$@"
}

flags=(-std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Werror -g -O1
       -I"$out/include" -Iinclude)

if [ $optional -eq 1 ]; then
  printf 'int main(void) { return 0; }\n' >"$out/probe.c"
  if ! "${cc[@]}" "$out/probe.c" -o "$out/probe" >"$out/probe.log" 2>&1 || ! run "$out/probe"; then
    echo "$name: ${cc[*]} cannot build here (see $out/probe.log), skipped"
    exit 77
  fi
fi

# version.h as meson would configure it.
version=$(sed -n "s/^ *version : '\([0-9.]*\)'.*/\1/p" meson.build | head -n 1)
soversion=$(sed -n "s/^cocomm_soversion = '\([0-9]*\)'.*/\1/p" meson.build)
IFS=. read -r major minor patch <<<"$version"
sed -e "s/@MAJOR@/$major/; s/@MINOR@/$minor/; s/@PATCH@/$patch/; s/@VERSION@/$version/; s/@SOVERSION@/$soversion/" \
  include/cocomm/version.h.in >"$out/include/cocomm/version.h"

objs=()
ok=0
for src in lib/*.c; do
  obj="$out/obj/$(basename "$src" .c).o"
  "${cc[@]}" "${flags[@]}" -Ilib -c "$src" -o "$obj" || ok=1
  objs+=("$obj")
done
step library $ok
if [ $ok -ne 0 ]; then
  echo "$name: $passed passed, $failed failed"
  exit 1
fi

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
    run "$out/bin/replay_$t" "tests/fuzz/corpus/$t" >"$out/replay-$t.log" 2>&1
  st=$?
  [ $st -eq 0 ] || tail -n 20 "$out/replay-$t.log"
  step "fuzz-$t" $st
done

ok=0
for src in examples/cocomm-*.c; do
  link "$out/bin/$(basename "$src" .c)" "$src" examples/cli.c examples/html.c -Iexamples \
    -DCOCOMM_SOURCE_DATA_DIR="\"examples/data\"" || ok=1
done
step examples-build $ok
# The main job's runs, then more of what the programs can do; each
# program's exit status is part of the output.
more=(
  "cocomm-committee examples/data/faulty-committee.csv --kind delegated"
  "cocomm-committee examples/data/joint-committee.csv --kind joint --json"
  "cocomm-decision examples/data/delegated-committee.csv --conflicted 6,7 --json"
  "cocomm-committee --html"
  "cocomm-decision examples/data/joint-committee.csv --kind joint --conflicted 1,2 --for 3,4 --against 5 --html"
  "cocomm-timeline --model delegated --ics"
  "cocomm-timeline --csv"
  "cocomm-timeline --edition 2014-09 --model joint --check-submission 2015-01-30T23:59:59"
  "cocomm-timeline --constitution-received 2015-01-09"
  "cocomm-ccg 00R --list examples/data/ccgs-2015-04.csv --no-financial-control"
)
{
  COCOMM_EXAMPLES_BIN="$out/bin" COCOMM_EXAMPLES_RUNNER="$runner" bash examples/run.sh
  for m in "${more[@]}"; do
    read -r -a words <<<"$m"
    echo
    echo "== $m"
    run "$out/bin/${words[0]}" "${words[@]:1}"
    echo "(exit $?)"
  done
} >"$out/examples.out" 2>&1
step examples-run $?
if [ -n "$compare" ]; then
  cmp "$compare/examples.out" "$out/examples.out"
  step examples-same-output $?
fi
echo "$name: $passed passed, $failed failed"
[ $failed -eq 0 ]
