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
show $bin/cocomm-committee
show $bin/cocomm-decision
show $bin/cocomm-timeline --model delegated
show $bin/cocomm-timeline --model delegated --check-submission 2015-01-09T12:00:01
show $bin/cocomm-scope
show $bin/cocomm-ccg 00R
show $bin/cocomm-dates
exit 0
