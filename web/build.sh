#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds cocomm.html (issue 17, docs/web.md): libcocomm and web/glue.c
# compiled with clang for wasm32-wasi (Debian's wasi-libc, linked by lld)
# as a reactor module, then one self-contained page: web/page.html with
# web/style.css, web/app.js, the module (base64) and the bundled example
# committee (examples/data/faulty-committee.csv, base64) inline.
#
#   web/build.sh [--cc CLANG] [--include DIR] [--depfile FILE] OUTPUT [C SOURCES...]
#   web/build.sh --probe [--cc CLANG]   exit 0 if CLANG can build a wasm32-wasi reactor here
#
# C SOURCES default to lib/*.c; web/glue.c is always added. --include
# names a directory holding cocomm/version.h as meson configured it
# (default: made here from include/cocomm/version.h.in, as
# tests/alt-build.sh does). --depfile writes a Makefile-style depfile of
# every header the build read (meson's custom_target uses it). Meson runs
# this for the cocomm.html target (web/meson.build); it also runs by hand.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cc=clang include="" depfile="" probe=0
while [ $# -gt 0 ]; do
  case $1 in
    --cc) cc=$2; shift 2 ;;
    --include) include=$2; shift 2 ;;
    --depfile) depfile=$2; shift 2 ;;
    --probe) probe=1; shift ;;
    *) break ;;
  esac
done
target=(--target=wasm32-wasi)
# The warnings tests/alt-build.sh builds the library with, and -Os: the
# module is carried in the page as base64.
flags=(-std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Werror -Os)
# A reactor (no main; _initialize sets up libc), the page's entry points
# exported by name (glue.c's export_name) and these library functions.
exports=(cocomm_version_string cocomm_rule_count cocomm_edition_count cocomm_status_str cocomm_model_name
         cocomm_committee_kind_name)
reactor=(-mexec-model=reactor -Wl,--strip-all)
link=("${reactor[@]}")
for e in "${exports[@]}"; do link+=("-Wl,--export=$e"); done

if [ $probe -eq 1 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  printf '#include <stdlib.h>\n__attribute__((export_name("f"))) void *f(size_t n) { return malloc(n); }\n' >"$work/p.c"
  "$cc" "${target[@]}" "${reactor[@]}" "$work/p.c" -o "$work/p.wasm" >/dev/null 2>&1
  exit $?
fi

output=${1:?usage: web/build.sh [--cc CLANG] [--include DIR] [--depfile FILE] OUTPUT [C SOURCES...]}
shift
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=("$top"/lib/*.c)
sources+=("$top/web/glue.c")
work="$output.d"
rm -rf "$work"
mkdir -p "$work/obj" "$work/include/cocomm"

if [ -z "$include" ]; then
  version=$(sed -n "s/^ *version : '\([0-9.]*\)'.*/\1/p" "$top/meson.build" | head -n 1)
  soversion=$(sed -n "s/^cocomm_soversion = '\([0-9]*\)'.*/\1/p" "$top/meson.build")
  IFS=. read -r major minor patch <<<"$version"
  sed -e "s/@MAJOR@/$major/; s/@MINOR@/$minor/; s/@PATCH@/$patch/; s/@VERSION@/$version/; s/@SOVERSION@/$soversion/" \
    "$top/include/cocomm/version.h.in" >"$work/include/cocomm/version.h"
  include=$work/include
fi

objs=()
for src in "${sources[@]}"; do
  obj="$work/obj/$(basename "$src" .c).o"
  "$cc" "${target[@]}" "${flags[@]}" -I"$include" -I"$top/include" -I"$top/lib" -MD -MF "$obj.d" -c "$src" -o "$obj"
  objs+=("$obj")
done
"$cc" "${target[@]}" "${link[@]}" "${objs[@]}" -o "$work/cocomm.wasm"

if [ -n "$depfile" ]; then
  # One rule: the page depends on every file any object read.
  { printf '%s:' "$output"
    cat "$work"/obj/*.d | sed -e 's/^[^:]*://' -e 's/\\$//' | tr ' ' '\n' | sed '/^$/d' | sort -u |
      sed 's/^/ \\\n  /' | tr -d '\n'
    printf '\n'; } >"$depfile"
fi

python3 - "$top" "$work/cocomm.wasm" "$output" <<'EOF'
import base64, sys
top, wasm, output = sys.argv[1:4]
def read(path):
    with open(path, 'rb') as f:
        return f.read()
def text(path):
    return read(path).decode('utf-8')
page = text(top + '/web/page.html')
parts = {
    '@STYLE@': text(top + '/web/style.css'),
    '@SCRIPT@': text(top + '/web/app.js'),
    '@WASM@': base64.b64encode(read(wasm)).decode('ascii'),
    '@DEMO@': base64.b64encode(read(top + '/examples/data/faulty-committee.csv')).decode('ascii'),
}
for key, value in parts.items():
    if page.count(key) != 1:
        sys.exit('web/page.html must hold %s once' % key)
    if key in ('@STYLE@', '@SCRIPT@') and ('</style' in value.lower() or '</script' in value.lower()):
        sys.exit('%s would close its element early' % key)
import re
page = re.sub('@(STYLE|SCRIPT|WASM|DEMO)@', lambda m: parts[m.group(0)], page)
with open(output + '.tmp', 'w', encoding='utf-8', newline='\n') as f:
    f.write(page)
import os
os.replace(output + '.tmp', output)
EOF
