#!/usr/bin/env bash
# A released version node is frozen: its symbol list, committed as
# tests/abi/nodes/NODE.symbols, must equal that node in lib/libcocomm.map.
# A new function goes into a new node; a node with no committed list is
# still open (being developed). When the soname moves, the old lists go.
# usage: check-nodes.sh MAPFILE NODES_DIR
set -euo pipefail
map=$1 dir=$2
node_symbols() { # NODE: the node's global symbols, sorted
  sed -e 's#/\*.*\*/##' "$map" |
    awk -v node="$1" '$1 == node && $2 == "{" {on = 1; next} on && /^}/ {on = 0} on' |
    grep -oE '^[[:space:]]+cocomm_[a-z0-9_]+;' | tr -d ' \t;' | sort
}
fail=0 n=0
for list in "$dir"/*.symbols; do
  [ -e "$list" ] || continue
  node=$(basename "$list" .symbols)
  n=$((n + 1))
  if ! diff <(sort "$list") <(node_symbols "$node") >/dev/null; then
    echo "version node $node differs from its frozen list $list:"
    diff <(sort "$list") <(node_symbols "$node") || true
    fail=1
  fi
done
echo "$n frozen version nodes"
if [ $fail -eq 0 ]; then echo "nodes: 1 passed, 0 failed"; else echo "nodes: 0 passed, 1 failed"; fi
exit $fail
