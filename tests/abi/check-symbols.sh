#!/usr/bin/env bash
# The shared library exports exactly the symbols that lib/libcocomm.map
# lists, every one of them cocomm_*, all in a COCOMM_ version node.
# usage: check-symbols.sh LIBRARY MAPFILE
set -euo pipefail
lib=$1 map=$2
exported=$(nm -D --defined-only "$lib" | awk '$2 != "A" {print $3}' | sort)
listed=$(sed -e 's#/\*.*\*/##' "$map" | grep -oE '^[[:space:]]+cocomm_[a-z0-9_]+;' | tr -d ' \t;' | sort)
fail=0
if [ "$(printf '%s\n' "$exported" | sed 's/@.*//' | sort)" != "$listed" ]; then
  echo "exported symbols differ from $map:"
  diff <(printf '%s\n' "$listed") <(printf '%s\n' "$exported" | sed 's/@.*//' | sort) || true
  fail=1
fi
if printf '%s\n' "$exported" | grep -vE '^cocomm_[a-z0-9_]+@@?COCOMM_[0-9]+\.[0-9]+$'; then
  echo "symbols above are not cocomm_* in a COCOMM_ version node"
  fail=1
fi
n=$(printf '%s\n' "$exported" | grep -c . || true)
echo "$n symbols exported"
if [ $fail -eq 0 ]; then echo "symbols: 1 passed, 0 failed"; else echo "symbols: 0 passed, 1 failed"; fi
exit $fail
