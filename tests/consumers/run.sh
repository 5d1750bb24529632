#!/usr/bin/env bash
# Builds and runs tests/consumers/main.c as two outside projects would
# (tests/run.sh step 5a; docs/testing.md):
#   cmake: tests/consumers/cmake copied to OUTDIR/cmake/src, find_package(cocomm)
#          against an installed copy (PREFIX, the scratch install of step 5),
#          cocomm::cocomm;
#   meson: tests/consumers/meson copied to OUTDIR/meson/src with
#          subprojects/cocomm linked to this source tree, dependency('cocomm')
#          resolved by the subproject's meson.override_dependency(). The
#          subproject must register no tests (`meson test --list` is the
#          consumer's one test), must not look for CUnit (pkg-config sees no
#          .pc files at all: none is needed), and must install the library,
#          headers, cocomm.pc and the CMake package but no program, data or
#          Python module.
# Prints "consumer-result NAME OK|FAIL" for each; tests/run.sh records them.
# Usage: tests/consumers/run.sh OUTDIR PREFIX
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
prefix=$2
rm -rf "$out"
mkdir -p "$out"

fail() { echo "consumer $1: $2"; echo "consumer-result $1 FAIL"; }

cmake_consumer() {
  if ! command -v cmake >/dev/null; then fail cmake "cmake not installed"; return; fi
  local src="$out/cmake/src" b="$out/cmake/build"
  mkdir -p "$src"
  cp "$top/tests/consumers/cmake/CMakeLists.txt" "$top/tests/consumers/main.c" "$src/"
  cmake -S "$src" -B "$b" -DCMAKE_PREFIX_PATH="$prefix" >"$out/cmake.log" 2>&1 &&
    cmake --build "$b" >>"$out/cmake.log" 2>&1 || { cat "$out/cmake.log"; fail cmake "configure or build failed"; return; }
  grep -q "cocomm_DIR:PATH=$prefix/" "$b/CMakeCache.txt" || { fail cmake "find_package did not use $prefix"; return; }
  "$b/consumer" || { fail cmake "the program failed"; return; }
  echo "consumer-result cmake OK"
}

meson_consumer() {
  local m="$out/meson" src="$out/meson/src" b="$out/meson/build" tests
  mkdir -p "$src/subprojects" "$m/no-pc"
  cp "$top/tests/consumers/meson/meson.build" "$top/tests/consumers/main.c" "$src/"
  ln -s "$top" "$src/subprojects/cocomm"
  # An empty pkg-config path: CUnit cannot be found, so configuring proves it
  # is not needed; --force-fallback-for uses the subproject even where a
  # cocomm.pc is installed.
  PKG_CONFIG_LIBDIR="$m/no-pc" PKG_CONFIG_PATH="" \
    meson setup "$b" "$src" --force-fallback-for=cocomm >"$m/setup.log" 2>&1 &&
    meson compile -C "$b" >>"$m/setup.log" 2>&1 || { cat "$m/setup.log"; fail meson "configure or build failed"; return; }
  if grep -qi cunit "$b/meson-logs/meson-log.txt"; then fail meson "the subproject looked for CUnit"; return; fi
  tests=$(meson test -C "$b" --list --no-rebuild 2>/dev/null)
  echo "meson test --list: $(echo $tests)"
  [ "$tests" = consumer ] || { fail meson "tests other than the consumer's are registered"; return; }
  meson test -C "$b" >/dev/null || { fail meson "meson test failed"; return; }
  "$b/consumer" || { fail meson "the program failed"; return; }
  meson install -C "$b" --destdir "$m/root" >/dev/null 2>&1 || { fail meson "install failed"; return; }
  local f missing="" extra
  for f in libcocomm.so.2 libcocomm.a cocomm.h version.h cocomm.pc cocommConfig.cmake cocommConfigVersion.cmake consumer; do
    [ -n "$(find "$m/root" -name "$f" -print -quit)" ] || missing="$missing $f"
  done
  [ -z "$missing" ] || { fail meson "not installed:$missing"; return; }
  extra=$(cd "$m/root" && find . \( -name 'cocomm-*' -o -path '*/share/cocomm*' -o -path '*-packages/cocomm*' \) -print)
  [ -z "$extra" ] || { fail meson "installed from the subproject: $extra"; return; }
  echo "consumer-result meson OK"
}

cmake_consumer
meson_consumer
# The link points back at the tree that holds OUTDIR: remove it, so that
# nothing walking the source tree later goes round in a loop.
rm -f "$out/meson/src/subprojects/cocomm"
