#!/usr/bin/env bash
# Every public macro has its value pinned in tests/abi/test_layout.c (a
# new value for a macro is an ABI change that no symbol or layout check
# would see). Include guards, the export and C++ wrappers, and the release
# numbers (which change with each release by design) are the exceptions.
# usage: check-macros.sh LAYOUT_TEST HEADER...
set -euo pipefail
layout=$1
shift
macros=$(sed -n 's/^#[[:space:]]*define[[:space:]]\{1,\}\(COCOMM_[A-Z0-9_]*\).*/\1/p' "$@" | sort -u |
  grep -vE '_H$|^COCOMM_(API|BEGIN_DECLS|END_DECLS)$|^COCOMM_VERSION_(MAJOR|MINOR|PATCH|STRING|NUMBER)$')
missing=""
n=0
for m in $macros; do
  n=$((n + 1))
  grep -qE "PIN_[A-Z_]*\((.*[^A-Z0-9_])?$m([^A-Z0-9_]|$)" "$layout" || missing="$missing $m"
done
echo "$n public macros"
if [ -n "$missing" ]; then
  echo "not pinned in $layout:$missing"
  echo "macros: 0 passed, 1 failed"
  exit 1
fi
echo "macros: 1 passed, 0 failed"
