#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Check every corpus file's bytes against its MANIFEST.tsv row.

    python3 verify.py        # from anywhere; exit 1 on any mismatch

Checks: size < 4 KiB; byte-order mark (EF BB BF, FF FE, FE FF, or none);
the encoding (UTF-8 must decode as UTF-8; Windows-1252 must not, since
every 1252 file holds a non-ASCII byte); the delimiter is the only one of
, ; TAB in the header line; every record ends in the stated line end (an
LF inside a quoted cell is allowed; Excel writes Alt+Enter so); the member
count (records that are not all empty, less the header).  Stdlib only.
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DELIM = {"comma": ",", "semicolon": ";", "tab": "\t"}
BOMS = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16le": b"\xff\xfe", "utf-16be": b"\xfe\xff"}
CODEC = {"utf-8": "utf-8", "utf-8-bom": "utf-8", "windows-1252": "cp1252", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be"}


def record_ends(text):
    """The line ends that end records (outside quotes), and any bare CR/LF inside quotes."""
    ends, inside, quoted, i = [], [], False, 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n":
            e = "\r\n" if text.startswith("\r\n", i) else ch
            (inside if quoted else ends).append(e)
            i += len(e)
            continue
        i += 1
    return ends, inside


def check(row):
    errs = []
    path = os.path.join(HERE, "corpus", row["file"])
    data = open(path, "rb").read()
    if len(data) >= 4096:
        errs.append("%d bytes, not < 4096" % len(data))
    enc = row["encoding"]
    bom = BOMS.get(enc, b"")
    for other in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(other) and other != bom:
            errs.append("starts with an unexpected BOM %s" % other.hex())
    if bom and not data.startswith(bom):
        errs.append("no BOM %s" % bom.hex())
    body = data[len(bom):]
    if enc.startswith("utf-16") and len(body) % 2:
        errs.append("odd length for UTF-16")
    try:
        text = body.decode(CODEC[enc])
    except UnicodeDecodeError as e:
        return errs + ["does not decode as %s: %s" % (enc, e)]
    if enc == "windows-1252":
        try:
            body.decode("utf-8")
            errs.append("Windows-1252 file is also valid UTF-8 (no non-ASCII byte?)")
        except UnicodeDecodeError:
            pass
    if "\ufeff" in text:
        errs.append("a U+FEFF inside the text")
    ends, inside = record_ends(text)
    want = {"crlf": "\r\n", "lf": "\n", "cr": "\r"}[row["line_end"]]
    if not ends or any(e != want for e in ends):
        errs.append("record ends %s, not all %r" % (sorted(set(ends)), want))
    if any(e != "\n" for e in inside):
        errs.append("a CR inside a quoted cell")
    header = text.split(want, 1)[0]
    d = DELIM[row["delimiter"]]
    if d not in header or any(o in header for o in DELIM.values() if o != d):
        errs.append("header line %r is not %s-delimited alone" % (header, row["delimiter"]))
    records = list(csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter=d))
    members = sum(1 for r in records[1:] if any(c.strip() for c in r))
    if str(members) != row["members"]:
        errs.append("%d member rows, manifest says %s" % (members, row["members"]))
    return errs


def main():
    with open(os.path.join(HERE, "MANIFEST.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    listed = {r["file"] for r in rows}
    bad = 0
    for extra in sorted(set(os.listdir(os.path.join(HERE, "corpus"))) - listed):
        print("corpus/%s: not in MANIFEST.tsv" % extra)
        bad += 1
    for row in rows:
        errs = check(row)
        bad += bool(errs)
        print("%-4s %s" % ("ok" if not errs else "BAD", row["file"]) + "".join("\n     " + e for e in errs))
    print("%d files, %d bad" % (len(rows), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
