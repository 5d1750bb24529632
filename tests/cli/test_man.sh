#!/bin/sh
# SPDX-License-Identifier: MIT
# The installed man pages (examples/man): each page given has the sections
# a reader looks for, and groff reads it without a warning. With no page
# (help2man was not found, so none was built) the test is skipped (77).
[ $# -gt 0 ] || { echo "help2man not found: no man pages to check"; exit 77; }
status=0
warnings=$(mktemp)
trap 'rm -f "$warnings"' EXIT
for page in "$@"; do
  name=$(basename "$page" .1)
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" EXAMPLES "SEE ALSO"; do
    grep -q "^\.SH \"\{0,1\}$section\"\{0,1\}\$" "$page" || { echo "$page: no $section section"; status=1; }
  done
  grep -q "^$name \\\\- " "$page" || { echo "$page: the NAME line is not '$name \\- ...'"; status=1; }
  for option in json help version; do
    grep -q "^\\\\fB\\\\-\\\\-$option\\\\fR" "$page" || { echo "$page: --$option is not listed"; status=1; }
  done
  if command -v groff >/dev/null 2>&1; then
    text=$(groff -man -Tutf8 -ww -P-cbou "$page" 2>"$warnings") || status=1
    if [ -s "$warnings" ]; then echo "$page: groff warns:"; cat "$warnings"; status=1; fi
    printf '%s\n' "$text" | grep -q "^EXIT STATUS" || { echo "$page: EXIT STATUS not rendered"; status=1; }
  fi
  [ $status -eq 0 ] && echo "$page: ok"
done
exit $status
