#!/usr/bin/env bash
# The naming rules of the public API (docs/api.md), checked on the headers:
#  - a function's name starts with its header's module (cocomm_calendar_*
#    in calendar.h) or with a type declared in that header
#    (cocomm_milestone_* in timeline.h);
#  - one verb per meaning: a function that writes findings is *_assess*,
#    one that judges a time against a deadline *_judge, and *_check only
#    says whether its input is well-formed (it never takes findings);
#  - at most 6 parameters.
# usage: check-names.sh HEADER...
set -euo pipefail
bad=0
n=0
for h in "$@"; do
  module=$(basename "$h" .h)
  # the types this header declares: typedef struct cocomm_x / enum cocomm_x / typedef ... cocomm_x;
  types=$(sed -n -e 's/^typedef struct cocomm_\([a-z0-9_]*\).*/\1/p' -e 's/^enum cocomm_\([a-z0-9_]*\) {.*/\1/p' \
    -e 's/^typedef [a-z0-9_ ]* cocomm_\([a-z0-9_]*\);.*/\1/p' "$h" | sort -u)
  # one declaration per line: join continuation lines up to ';'
  decls=$(awk '/^COCOMM_API/{d=$0; while (d !~ /;/ && (getline l) > 0) d = d " " l; print d}' "$h")
  while IFS= read -r d; do
    [ -n "$d" ] || continue
    n=$((n + 1))
    name=$(sed -E 's/.*[ *](cocomm_[a-z0-9_]+)\(.*/\1/' <<<"$d")
    rest=${name#cocomm_}
    ok=0
    for p in $module $types; do
      case $rest in "$p"_*) ok=1 ;; esac
    done
    [ $ok = 1 ] || { echo "$h: $name: prefix is neither cocomm_${module}_ nor a type of $module.h"; bad=1; }
    params=$(sed -E 's/^[^(]*\((.*)\);.*/\1/' <<<"$d")
    if [ "$params" = void ]; then count=0; else count=$(($(tr -cd , <<<"$params" | wc -c) + 1)); fi
    [ "$count" -le 6 ] || { echo "$h: $name: $count parameters (at most 6)"; bad=1; }
    case $params in
      *cocomm_findings*) case $name in *_assess* | *_init) ;; *) echo "$h: $name: takes findings but is not *_assess*"; bad=1 ;; esac ;;
      *) case $name in *_assess*) echo "$h: $name: *_assess* without findings"; bad=1 ;; esac ;;
    esac
  done <<<"$decls"
done
echo "$n public functions"
if [ $bad = 0 ]; then echo "names: 1 passed, 0 failed"; else echo "names: 0 passed, 1 failed"; exit 1; fi
