#!/usr/bin/env bash
# The main job: build libcocomm and run every example program on the
# bundled example data in examples/data/. Installs the build tools first if
# they are missing. Programs that find faults exit 1; that is their answer,
# not a failure of this script. With COCOMM_EXAMPLES_BIN set, it runs the
# programs found there instead of building (tests/alt-build.sh compares
# the output of other builds with this one's, byte for byte), each through
# $COCOMM_EXAMPLES_RUNNER when that is set (a WebAssembly runtime).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bin=${COCOMM_EXAMPLES_BIN:-}
runner=${COCOMM_EXAMPLES_RUNNER:-}
if [ -z "$bin" ]; then
  source .ci/deps
  [ -d build ] || meson setup build -Dtests=false >/dev/null || exit 1
  meson compile -C build >/dev/null || exit 1
  bin=build/examples
fi
show() {
  echo
  echo "== ${1##*/} ${*:2}"
  # shellcheck disable=SC2086
  $runner "$@"
  echo "(exit $?)"
}
terms=examples/data/terms
joint=(examples/data/joint-committee.csv --kind joint --terms $terms/joint.terms
       --ccg "99X=NHS Example Dales CCG" --ccg "99Y=NHS Example Vale CCG")
show $bin/cocomm-committee
# Committees against their terms of reference (docs/terms.md): published
# quorum form (b), which names a tag of its own, and a joint committee of
# NHS England and two CCGs, each member's CCG known from its organisation.
show $bin/cocomm-committee examples/data/form-b-committee.csv --kind delegated --terms $terms/form-b.terms
show $bin/cocomm-committee "${joint[@]}"
show $bin/cocomm-decision
# Chair and vice-chair conflicted: the meeting chooses a lay member to
# preside (C-15), who breaks a tie with a casting vote (C-16); the
# vice-chair stayed in the room.
show $bin/cocomm-decision examples/data/delegated-committee.csv --terms $terms/form-a.terms \
  --conflicted 1,2 --stayed 2 --chosen "Priya Raman" --for 3,4 --against 5,6 --casting for \
  --item "Merger of the Harbour Street and Quay practices" --date 2015-09-16
# A joint committee deciding on a majority of those present and entitled
# to vote (C-14): two abstentions leave two votes for short of it.
show $bin/cocomm-decision "${joint[@]}" --conflicted "Rosemary Lake" --for 1,4 --against 6 --abstain 2,7 \
  --item "Local incentive scheme 2015/16" --date 2015-10-07
show $bin/cocomm-timeline --model delegated
show $bin/cocomm-timeline --model delegated --check-submission 2015-01-09T12:00:01
show $bin/cocomm-scope
show $bin/cocomm-ccg 00R
show $bin/cocomm-dates
exit 0
