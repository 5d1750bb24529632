#!/usr/bin/env bash
# The main job: build libcocomm and run every example program on the
# bundled example data in examples/data/. Installs the build tools first if
# they are missing. Programs that find faults exit 1; that is their answer,
# not a failure of this script.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source .ci/deps
[ -d build ] || meson setup build -Dtests=false >/dev/null || exit 1
meson compile -C build >/dev/null || exit 1
show() {
  echo
  echo "== $*"
  "$@"
  echo "(exit $?)"
}
bin=build/examples
show $bin/cocomm-committee
show $bin/cocomm-decision
show $bin/cocomm-timeline --model delegated
show $bin/cocomm-timeline --model delegated --check-submission 2015-01-09T12:00:01
show $bin/cocomm-scope
show $bin/cocomm-ccg 00R
show $bin/cocomm-dates
exit 0
