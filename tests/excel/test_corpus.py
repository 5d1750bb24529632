#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The committee lists of tests/excel/corpus, saved by LibreOffice Calc the
way UK governance teams save them (README.md), read by the library: each
file's encoding, delimiter, members and exact findings (expected.json);
the same list in every encoding, delimiter and line end reads the same;
and what MANIFEST.tsv says of each file's bytes is what the parser found.

  test_corpus.py            check
  test_corpus.py --write    rewrite expected.json from the library (then
                            read the diff: it is the review)"""
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "examples", "python"))
import cocomm  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected.json")
# The committee kind each list was written for (README.md).
KINDS = {"anytown-delegated": "delegated", "northshire-joint": "joint", "westbury-quoting": "delegated",
         "eastvale-offices": "delegated", "ridgeway-small": "delegated", "lowfield-joint": "joint",
         "fault-role-header": "delegated", "fault-trustee": "delegated", "fault-maybe": "delegated",
         "fault-no-name": "delegated", "fault-gps-n": "joint"}
ENCODINGS = {"utf-8": "UTF-8", "utf-8-bom": "UTF-8 with BOM", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE",
             "windows-1252": "Windows-1252"}
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def read(name):
    """What the library makes of one file, as plain data."""
    try:
        roster = cocomm.read_roster(os.path.join(CORPUS, name))
    except cocomm.RosterParseError as e:
        return {"refused": {"line": e.line, "column": e.column, "field": e.field, "message": e.message,
                            "text": e.text}}
    findings = cocomm.validate_committee(list(roster), KINDS[name.split(".")[0]])
    return {
        "encoding": roster.encoding,
        "delimiter": roster.delimiter,
        "unused_columns": [[k, h] for k, h in roster.unused_columns],
        "members": [[m.name, m.category.name, m.voting, m.position.name, m.body or "",
                     sorted(o.name for o in m.tags), m.body_kind.name, line]
                    for m, line in zip(roster, roster.lines)],
        "notes": [[f.severity.name, f.rule, f.message] for f in roster.notes],
        "findings": [[f.severity.name, f.rule, f.message] for f in findings],
    }


def comparable(members):
    """Members as every shape of a list holds them: Windows-1252 has no Ł,
    and LibreOffice wrote "?ukasz" there."""
    return [m for m in members if "ukasz" not in m[0]]


def manifest():
    with open(os.path.join(HERE, "MANIFEST.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


class Corpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(EXPECTED, encoding="utf-8") as f:
            cls.expected = json.load(f)
        cls.files = sorted(os.listdir(CORPUS))

    def test_at_least_twenty_files_every_shape(self):
        self.assertGreaterEqual(len(self.files), 20)
        rows = manifest()
        self.assertEqual(sorted(r["file"] for r in rows), self.files)
        shapes = {(r["encoding"], r["delimiter"], r["line_end"]) for r in rows}
        for enc in ENCODINGS:
            self.assertTrue(any(s[0] == enc for s in shapes), enc)
        for d in DELIMITERS:
            self.assertTrue(any(s[1] == d for s in shapes), d)
        for eol in ("crlf", "lf", "cr"):
            self.assertTrue(any(s[2] == eol for s in shapes), eol)

    def test_each_file_exactly(self):
        self.assertEqual(sorted(self.expected), self.files)
        for name in self.files:
            with self.subTest(file=name):
                self.assertEqual(read(name), self.expected[name])

    def test_encoding_and_delimiter_as_the_manifest_says(self):
        for row in manifest():
            got = self.expected[row["file"]]
            if "refused" in got:
                continue
            with self.subTest(file=row["file"]):
                self.assertEqual(got["encoding"], ENCODINGS[row["encoding"]])
                self.assertEqual(got["delimiter"], DELIMITERS[row["delimiter"]])
                self.assertEqual(len(got["members"]), int(row["members"]))

    def test_one_list_reads_the_same_in_every_shape(self):
        """Encoding, delimiter and line ends change nothing the library reads,
        but a name Windows-1252 cannot hold (LibreOffice wrote '?')."""
        by_list = {}
        for name in self.files:
            got = self.expected[name]
            if "refused" not in got:
                by_list.setdefault(name.split(".")[0], []).append((name, got))
        for lst, versions in by_list.items():
            first_name, first = versions[0]
            for name, got in versions[1:]:
                with self.subTest(list=lst, file=name):
                    self.assertEqual(comparable(got["members"]), comparable(first["members"]))
                    self.assertEqual(got["unused_columns"], first["unused_columns"])
                    self.assertEqual([f[:2] for f in got["findings"]], [f[:2] for f in first["findings"]])

    def test_what_the_corpus_was_made_to_show(self):
        e = self.expected
        # Windows-1252: the curly apostrophe (0x92) and the accents read right.
        names = [m[0] for m in e["anytown-delegated.cp1252-comma-crlf.csv"]["members"]]
        self.assertIn("Siân O\u2019Brien", names)
        self.assertIn("Zoë Fairclough", names)
        # Office words give a member type and an office.
        members = {m[0]: m for m in e["eastvale-offices.utf8-comma-lf.csv"]["members"]}
        self.assertEqual(members["Stephen Walsh"][1], "EXECUTIVE")
        self.assertEqual(members["Stephen Walsh"][5], ["CHIEF_OFFICER"])
        # Voting (Y/N) is read: two GPs marked N give the C-5 warning, and no
        # false C-2 error or C-10 "no chair" as 1.0 gave.
        for name in ("fault-gps-n.cp1252-comma-crlf.csv", "fault-gps-n.utf8-comma-lf.csv"):
            rules = [(f[0], f[1]) for f in e[name]["findings"] if f[0] != "INFO"]
            self.assertEqual(rules, [("WARNING", "C-5")])
        # Refusals say where and what would be accepted.
        role = e["fault-role-header.utf8bom-comma-crlf.csv"]["refused"]
        self.assertEqual((role["line"], role["column"], role["field"], role["text"]), (1, 3, "header", "Role"))
        self.assertIn("ambiguous", role["message"])
        trustee = e["fault-trustee.cp1252-comma-crlf.csv"]["refused"]
        self.assertEqual((trustee["line"], trustee["column"], trustee["field"], trustee["text"]),
                         (6, 2, "category", "Trustee"))
        maybe = e["fault-maybe.utf16le-tab-crlf.txt"]["refused"]
        self.assertEqual((maybe["line"], maybe["column"], maybe["field"], maybe["text"]), (5, 3, "voting", "Maybe"))


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        out = {name: read(name) for name in sorted(os.listdir(CORPUS))}
        with open(EXPECTED, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", EXPECTED)
    else:
        unittest.main(verbosity=2)
