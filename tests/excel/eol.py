#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Rewrite the record ends of a CSV file that LibreOffice wrote on Linux (LF).

    eol.py crlf|cr [--utf16] < in > out

Every LF that ends a record becomes CRLF (crlf) or CR (cr).  An LF inside a
quoted cell (a line break typed with Alt+Enter) is left as a bare LF, which
is what Excel on Windows writes.  Without --utf16 the bytes are handled as
they are (UTF-8 and Windows-1252 are ASCII-compatible); with --utf16 the
input is UTF-16 with a byte-order mark, read and written back little-endian
with its BOM (what LibreOffice's "Unicode" character set writes on x86).
Stdlib only; nothing else changes.
"""
import sys


def main(argv):
    if len(argv) not in (2, 3) or argv[1] not in ("crlf", "cr") or (len(argv) == 3 and argv[2] != "--utf16"):
        sys.exit("usage: eol.py crlf|cr [--utf16] < in > out")
    end = "\r\n" if argv[1] == "crlf" else "\r"
    utf16 = len(argv) == 3
    data = sys.stdin.buffer.read()
    text = data.decode("utf-16") if utf16 else data.decode("latin-1")
    out, quoted = [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == "\n" and not quoted:
            out.append(end)
        else:
            out.append(ch)
    text = "".join(out)
    sys.stdout.buffer.write(b"\xff\xfe" + text.encode("utf-16-le") if utf16 else text.encode("latin-1"))


if __name__ == "__main__":
    main(sys.argv)
