#!/bin/sh
# SPDX-License-Identifier: MIT
# What help2man runs as the program when it makes a man page
# (examples/man/meson.build): the program is $COCOMM_PROGRAM. --help is
# the program's own, with the headings help2man knows spelt its way
# ("usage:" -> "Usage:", "options:" -> "Options:"), a usage line that goes
# on over several lines joined into one, and the closing exit-status line
# left to the page's EXIT STATUS section; anything else goes straight to
# the program. The program's --help itself is unchanged.
prog=${COCOMM_PROGRAM:?COCOMM_PROGRAM names the program}
if [ "$1" = --help ]; then
  "$prog" --help | awk '
    /^usage: / { sub(/^usage: /, "Usage: "); line = $0; usage = 1; next }
    usage && /^       / { sub(/^ +/, " "); line = line $0; next }
    usage { print line; usage = 0 }
    /^options:$/ { print "Options:"; next }
    /^exit status 2: / { next }
    { print }
    END { if (usage) print line }'
else
  exec "$prog" "$@"
fi
