#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The example programs, run as a governance officer would run them: on
the bundled data, on a list of one's own, with bad input; exit codes, the
readable report and the documented --json form."""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ["COCOMM_EXAMPLES"]
TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "examples", "data")
TERMS = "examples/data/terms"
JOINT = ["examples/data/joint-committee.csv", "--kind", "joint", "--terms", TERMS + "/joint.terms"]
CCGS = ["--ccg", "99X=NHS Example Dales CCG", "--ccg", "99Y=NHS Example Vale CCG"]


def run(program, *args):
    p = subprocess.run([os.path.join(BIN, program)] + list(args), capture_output=True, cwd=TOP)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def scratch(text, suffix):
    """A file holding text; the caller unlinks it."""
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False) as f:
        f.write(text)
    return f.name


class Committee(unittest.TestCase):
    def test_bundled_lists(self):
        rc, out, _ = run("cocomm-committee")
        self.assertEqual(rc, 1)  # the faulty list has errors
        self.assertIn("delegated-committee.csv: delegated committee, 11 members (7 voting): 0 errors", out)
        self.assertIn("error       C-1   the chair, member 1 (Dr Alan Reeve), is clinical", out)

    def test_json_is_stable(self):
        rc, out, _ = run("cocomm-committee", "--json")
        doc = json.loads(out)
        self.assertEqual(set(doc), {"libcocomm", "program", "committees"})
        c = doc["committees"][2]
        self.assertEqual(set(c), {"file", "kind", "member_count", "voting", "errors", "warnings",
                                  "information", "terms", "ccgs", "members", "roster", "notes", "findings"})
        self.assertEqual(c["errors"], 5)
        f = c["findings"][0]
        self.assertEqual(set(f), {"rule", "severity", "message", "source", "member", "name"})
        # Members are numbered from 1 in JSON as in the message.
        self.assertEqual((f["rule"], f["severity"], f["member"], f["name"]), ("C-10", "error", 2, "Dr Bea Collins"))
        self.assertIn("member 2 (Dr Bea Collins)", f["message"])
        self.assertEqual(c["member_count"], len(c["members"]))
        self.assertEqual(c["members"][1]["name"], "Dr Bea Collins")
        self.assertEqual(set(c["terms"]), {"file", "quorum_clauses", "membership_clauses", "majority",
                                           "casting_vote", "presiding", "options", "example_quorum", "text"})
        self.assertEqual((c["terms"]["file"], c["terms"]["quorum_clauses"], c["terms"]["example_quorum"]),
                         (None, 4, True))
        joint = doc["committees"][1]
        self.assertEqual([(n["rule"], n["member"], n["name"]) for n in joint["notes"]],
                         [("C-3", 8, "Peter Quinn"), ("C-3", 9, "Cllr Ruth Ellis")])

    def test_a_list_of_ones_own(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
            f.write("Name,Category,Position\nA Lay,Lay,Chair\nB Exec,Executive,\nDr C,GP,\n")
        try:
            rc, out, _ = run("cocomm-committee", f.name, "--kind", "delegated", "--quorum", "3,1,1,1")
            self.assertEqual(rc, 0)
            self.assertIn("3 members (3 voting): 0 errors, 1 warnings", out)  # C-12
            rc, out, _ = run("cocomm-committee", f.name, "--kind", "joint")
            self.assertEqual(rc, 1)  # no NHS England member: C-7
            self.assertIn("C-7", out)
        finally:
            os.unlink(f.name)

    def test_as_at_the_end_of_ccgs(self):
        """M-1, issue 16: as at 2022-06-30 a delegated committee is checked as
        ever; as at 2022-07-01 there is no CCG committee to check (exit 1)."""
        path = os.path.join(DATA, "delegated-committee.csv")
        rc, out, _ = run("cocomm-committee", path, "--kind", "delegated", "--as-at", "2022-06-30")
        self.assertEqual(rc, 0)
        self.assertNotIn("M-1", out)
        rc, out, _ = run("cocomm-committee", path, "--kind", "delegated", "--as-at", "2022-07-01")
        self.assertEqual(rc, 1)
        self.assertIn("error       M-1   checked as at a date on or after 1 July 2022, when CCGs were abolished", out)
        rc, _, err = run("cocomm-committee", "--as-at", "2022-02-30")
        self.assertEqual(rc, 2)
        self.assertIn("--as-at", err)
        rc, out, _ = run("cocomm-decision", "--date", "2022-07-01")
        self.assertEqual(rc, 1)
        self.assertIn("M-1", out)
        self.assertIn("can decide: no", out)

    def test_a_list_as_excel_saves_it(self):
        """Windows-1252 from "CSV (Comma delimited)": read, and said; the
        columns the library does not read are named; members keep their
        lines."""
        path = os.path.join(TOP, "tests", "excel", "corpus", "anytown-delegated.cp1252-comma-crlf.csv")
        rc, out, _ = run("cocomm-committee", path, "--kind", "delegated")
        self.assertEqual(rc, 0)
        self.assertIn("notes on the file:\n  read as Windows-1252: the bytes are not UTF-8", out)
        self.assertIn('  column 6 "Email" is not read\n  column 7 "Notes" is not read\n', out)
        rc, out, _ = run("cocomm-committee", path, "--kind", "delegated", "--json")
        roster = json.loads(out)["committees"][0]["roster"]
        self.assertEqual((roster["encoding"], roster["delimiter"]), ("Windows-1252", "comma"))
        self.assertEqual(roster["columns"][5], {"column": 6, "header": "Email", "read_as": "unused"})
        self.assertEqual([c["read_as"] for c in roster["columns"][:5]],
                         ["name", "category", "voting", "position", "organisation"])
        self.assertEqual(roster["lines"][:3], [2, 3, 4])
        rc, out, _ = run("cocomm-committee", path, "--kind", "delegated", "--html")
        self.assertIn("The list was read as Windows-1252, fields separated by commas (its bytes are not UTF-8). "
                      "Columns not read: 6 \u201cEmail\u201d, 7 \u201cNotes\u201d.", out)
        self.assertIn("Si\u00e2n O\u2019Brien", out)
        path = os.path.join(TOP, "tests", "excel", "corpus", "westbury-quoting.utf16le-tab-crlf.txt")
        rc, out, _ = run("cocomm-committee", path, "--kind", "delegated")
        self.assertIn("  read as UTF-16LE, after its byte-order mark\n  fields separated by tabs\n", out)

    def test_bad_input_exits_2(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
            f.write("Name,Category\nAnn,Lay\nBob,Trustee\n")
        try:
            rc, _, err = run("cocomm-committee", f.name, "--kind", "delegated")
            self.assertEqual(rc, 2)
            self.assertIn(":3:2: parse error: not a member type: write Lay, Executive", err)
            self.assertIn("\"Trustee\"", err)
        finally:
            os.unlink(f.name)
        self.assertEqual(run("cocomm-committee", "x.csv")[0], 2)  # no --kind
        self.assertEqual(run("cocomm-committee", "--kind", "sideways")[0], 2)
        rc, _, err = run("cocomm-committee", "--kind", "joint")  # the bundled lists have their own
        self.assertEqual(rc, 2)
        self.assertIn("--kind is for a file", err)

    def test_terms_from_a_file(self):
        rc, out, _ = run("cocomm-committee", "examples/data/delegated-committee.csv", "--kind", "delegated",
                         "--terms", TERMS + "/form-d.terms")
        self.assertEqual(rc, 0)
        self.assertIn("11 members (7 voting): 0 errors, 0 warnings, 0 information\n"
                      "terms: examples/data/terms/form-d.terms\n  majority: votes cast\n  casting vote: yes\n", out)
        self.assertIn("  quorum: at least 1 voting member of chief officer, chief finance officer\n", out)
        # The same terms over a list whose Tags column names no office they need.
        rc, out, _ = run("cocomm-committee", "examples/data/joint-committee.csv", "--kind", "joint",
                         "--terms", TERMS + "/form-d.terms")
        self.assertIn("warning     C-13  quorum can never be met: it needs at least 1 voting member of chief "
                      "officer, chief finance officer (1), and the committee lists 0", out)

    def test_terms_parse_error(self):
        path = scratch("# ours\nmajority: votes cast\nquorum: at least three members\n", ".terms")
        try:
            for program in ("cocomm-committee", "cocomm-decision"):
                rc, out, err = run(program, "examples/data/delegated-committee.csv", "--kind", "delegated",
                                   "--terms", path)
                self.assertEqual((rc, out), (2, ""), program)
                self.assertEqual(err, "%s:3:18: expected a number from 0 to 1024 after 'at least' \"three\"\n" % path)
        finally:
            os.unlink(path)
        rc, _, err = run("cocomm-committee", "--terms", "no-such.terms")
        self.assertEqual(rc, 2)
        self.assertIn("no-such.terms: No such file or directory", err)

    def test_an_option_wins_over_the_terms_file(self):
        rc, out, _ = run("cocomm-committee", "examples/data/delegated-committee.csv", "--kind", "delegated",
                         "--terms", TERMS + "/form-a.terms", "--majority", "present-and-entitled",
                         "--quorum-voting", "5", "--presiding", "any")
        self.assertEqual(rc, 0)
        self.assertIn("terms: examples/data/terms/form-a.terms; from the command line, over the file's: "
                      "--quorum-voting, --majority, --presiding\n  majority: present and entitled\n  casting vote: yes\n  presiding: any\n"
                      "  quorum: at least 5 voting members\n", out)
        self.assertNotIn("chief officer", out)
        rc, out, _ = run("cocomm-committee", "examples/data/delegated-committee.csv", "--kind", "delegated",
                         "--terms", TERMS + "/form-a.terms", "--casting-vote", "--json")
        terms = json.loads(out)["committees"][0]["terms"]
        self.assertEqual((terms["file"], terms["options"], terms["casting_vote"], terms["quorum_clauses"]),
                         (TERMS + "/form-a.terms", ["--casting-vote"], True, 3))
        self.assertTrue(terms["text"].startswith("majority: votes cast\ncasting vote: yes\n"))
        rc, _, err = run("cocomm-committee", "--quorum", "3,1,0,0", "--quorum-voting", "3")
        self.assertEqual(rc, 2)
        self.assertIn("--quorum and --quorum-voting both set the quorum: give one", err)
        self.assertEqual(run("cocomm-committee", "--majority", "most")[0], 2)
        self.assertEqual(run("cocomm-committee", "--presiding", "eldest")[0], 2)

    def test_the_old_quorum_option_as_clauses(self):
        rc, out, _ = run("cocomm-committee", "examples/data/delegated-committee.csv", "--kind", "delegated",
                         "--quorum", "4,2,0,0,chair-or-vice,lay")
        self.assertEqual(rc, 0)
        self.assertIn("terms: none given; from the command line: --quorum\n", out)
        self.assertIn("  quorum: at least 4 voting members\n  quorum: at least 2 voting members of lay\n"
                      "  quorum: at least 1 voting member of lay as chair or vice-chair\n", out)

    def test_tags_and_notes(self):
        rc, out, _ = run("cocomm-committee", "examples/data/form-b-committee.csv", "--kind", "delegated",
                         "--terms", TERMS + "/form-b.terms")
        self.assertEqual(rc, 0)
        self.assertIn("13 members (9 voting): 0 errors, 0 warnings, 0 information", out)
        self.assertIn("notes on the list (voting values missing and defaulted):\n"
                      "  information C-13  member 9 (Iris Nolan) has no voting value: read as voting", out)
        self.assertIn("member 13 (Dr Mo Reed) has no voting value: read as non-voting (LMC)", out)
        # Without the terms that name it, the tag is unknown.
        rc, out, err = run("cocomm-committee", "examples/data/form-b-committee.csv", "--kind", "delegated")
        self.assertEqual(rc, 2)
        self.assertIn("form-b-committee.csv:2:6: parse error: not an office, nor a tag the terms of reference "
                      "name \"non-executive member\"", err)

    def test_ccgs_and_bodies(self):
        rc, out, _ = run("cocomm-committee", *JOINT, *CCGS, "--json")
        self.assertEqual(rc, 0)
        c = json.loads(out)["committees"][0]
        self.assertEqual((c["ccgs"], c["warnings"], c["errors"]), (["99X", "99Y"], 0, 0))
        # Two CCGs and nobody said whose each member is: the quorum counts none of them.
        rc, out, _ = run("cocomm-committee", *JOINT, "--ccg", "99X", "--ccg", "99Y")
        self.assertIn("quorum can never be met: it needs at least 1 voting member from each body (1), and the "
                      "committee lists 0", out)
        rc, _, err = run("cocomm-committee", *JOINT, "--ccg", "99X=NHS Example Moor CCG")
        self.assertEqual(rc, 2)
        self.assertIn("--ccg 99X=NHS Example Moor CCG: no member's organisation is", err)
        rc, out, _ = run("cocomm-committee", *JOINT, *CCGS, "--body", "Helen Carter,Mark Fenwick=other")
        self.assertEqual(rc, 1)
        self.assertIn("error       C-7   no voting member of NHS England", out)
        rc, out, _ = run("cocomm-committee", *JOINT, "--ccg", "99X", "--body", "1,2=99X")
        self.assertIn("error       C-7   no voting member of NHS England", out)
        rc, _, err = run("cocomm-committee", *JOINT, "--body", "1=99Z")
        self.assertEqual(rc, 2)
        self.assertIn("bad --body: 99Z", err)
        rc, _, err = run("cocomm-committee", *JOINT, "--ccg", "9X")
        self.assertEqual(rc, 2)
        self.assertIn("CCG code 1 (ccg_codes): not an ODS code (three digits or capital letters, such as 00Q)", err)


class Decision(unittest.TestCase):
    def test_demo(self):
        rc, out, _ = run("cocomm-decision")
        self.assertEqual(rc, 0)
        self.assertIn("presiding: Margaret Okafor, the chair\n", out)
        self.assertIn("withdrawn for conflicts: 2", out)
        self.assertIn("majority: more for than against, of the votes cast\n"
                      "vote: 4 for, 1 against, 0 abstaining: carried\n", out)
        self.assertIn("Dr Aled Price: left the room", out)

    def test_chair_and_vice_conflicted(self):
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv",
                         "--conflicted", "1,2", "--json")
        self.assertEqual(rc, 1)
        doc = json.loads(out)
        self.assertFalse(doc["can_decide"])
        self.assertIn("C-15", [f["rule"] for f in doc["findings"]])
        self.assertNotIn("Margaret Okafor", [m["name"] for m in doc["may_vote"]])
        self.assertEqual((doc["presiding"], doc["presiding_member"], doc["presided"]), (None, None, "to choose"))
        self.assertEqual([(m["member"], m["name"]) for m in doc["may_preside"]], [(3, "Priya Raman")])
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "1,2")
        self.assertIn("presiding: the meeting must choose one of Priya Raman (--chosen)\n", out)

    def test_chosen(self):
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "1,2",
                         "--chosen", "Priya Raman")
        self.assertEqual(rc, 0)
        self.assertIn("presiding: Priya Raman, chosen by the meeting\n", out)
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "1,2",
                         "--chosen", "4")
        self.assertEqual(rc, 1)
        self.assertIn("presiding: nobody can preside\n", out)
        self.assertIn("error       C-15  member 4 (Stephen Walsh) was chosen to preside but may not: not a lay member", out)
        joint = run("cocomm-decision", *JOINT, *CCGS, "--conflicted", "Rosemary Lake,Dr Lucy Marsh")[1]
        self.assertIn("presiding: the meeting must choose one of Helen Carter, Mark Fenwick, Ian Brook, "
                      "Dr Omar Aziz and Gillian Hart (--chosen)\n", joint)
        rc, _, err = run("cocomm-decision", "examples/data/delegated-committee.csv", "--chosen", "Nobody")
        self.assertEqual(rc, 2)
        self.assertIn("--chosen: no member \"Nobody\"", err)

    def test_casting_vote_and_who_cast_it(self):
        tie = ["examples/data/delegated-committee.csv", "--for", "3,4", "--against", "5,6", "--casting-vote",
               "--casting", "for"]
        rc, out, _ = run("cocomm-decision", *tie)
        self.assertEqual(rc, 0)
        self.assertIn("vote: 2 for, 2 against, 0 abstaining: carried on the casting vote\n"
                      "casting vote: for, given by Margaret Okafor, who presides\n", out)
        self.assertIn("terms: none given; this program's example quorum; from the command line: --casting-vote\n", out)
        rc, out, _ = run("cocomm-decision", *tie, "--casting-by", "Priya Raman", "--json")
        doc = json.loads(out)
        self.assertEqual((doc["outcome"], doc["casting"], doc["casting_by"]), ("tied", "for", None))
        self.assertIn(("C-16", "error"), [(f["rule"], f["severity"]) for f in doc["findings"]])
        rc, out, _ = run("cocomm-decision", *tie[:5], "--casting", "for")  # the terms grant none
        self.assertIn("error       C-16  a casting vote was recorded but the terms of reference grant none", out)
        self.assertEqual(run("cocomm-decision", *tie[:5], "--casting", "maybe")[0], 2)

    def test_stayed(self):
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "6,7",
                         "--stayed", "Dr Aled Price", "--json")
        doc = json.loads(out)
        self.assertIn("Dr Aled Price: stayed in the room and took no part; Dr Sarah O'Brien: left the room",
                      doc["register_entry"])
        aled = doc["members"][5]
        self.assertEqual(aled, {"member": 6, "name": "Dr Aled Price", "category": "clinical", "voting": True,
                                "position": "member", "organisation": "Harbour Street Surgery",
                                "present": True, "conflicted": True, "stayed": True, "vote": None,
                                "roles": ["withdrawn"]})

    def test_majority_present_and_entitled(self):
        votes = ["--for", "3,4", "--against", "5", "--abstain", "6,7"]
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", *votes,
                         "--majority", "present-and-entitled")
        self.assertIn("majority: more for than half of the 7 voting members present and entitled to vote\n"
                      "vote: 2 for, 1 against, 2 abstaining: not carried\n", out)
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", *votes, "--json",
                         "--terms", TERMS + "/form-c.terms")
        doc = json.loads(out)
        self.assertEqual((doc["majority"], doc["outcome"]), ("present and entitled", "not carried"))
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv", *votes)
        self.assertIn("vote: 2 for, 1 against, 2 abstaining: carried\n", out)

    def test_json_carries_the_new_fields(self):
        rc, out, _ = run("cocomm-decision", *JOINT, *CCGS, "--conflicted", "3", "--for", "1,2", "--json")
        doc = json.loads(out)
        self.assertEqual(set(doc), {"libcocomm", "program", "file", "item", "date", "kind", "terms", "can_decide",
                                    "quorate", "counted", "presiding", "presiding_member", "presided", "may_preside",
                                    "eligible", "eligible_lay_executive", "withdrawn", "majority", "outcome", "votes",
                                    "casting", "casting_by", "casting_by_member", "may_vote", "members",
                                    "register_entry", "roster", "notes", "findings"})
        self.assertEqual((doc["presiding"], doc["presided"], doc["counted"], doc["majority"]),
                         ("Dr Lucy Marsh", "vice-chair", 6, "present and entitled"))
        self.assertEqual(doc["members"][4]["roles"], ["may vote", "may preside", "presides", "counted"])
        self.assertEqual(doc["members"][7]["roles"], [])  # Healthwatch: no vote, not counted
        self.assertEqual(len(doc["notes"]), 2)

    def test_unknown_member(self):
        rc, _, err = run("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "Nobody")
        self.assertEqual(rc, 2)
        self.assertIn("no member \"Nobody\"", err)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TagChecker(html.parser.HTMLParser):
    """Every element closed, in order; the attributes that load something."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.loads, self.headings, self.text = [], [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.loads += [(tag, k, v) for k, v in attrs if k in ("src", "href", "srcset", "action", "data", "poster")]
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.loads += [(tag, k, v) for k, v in attrs if k in ("src", "href", "srcset", "action", "data", "poster")]

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append("</%s> at %s, open: %s" % (tag, self.getpos(), self.stack[-3:]))

    def handle_data(self, data):
        self.text.append(data)


class Html(unittest.TestCase):
    """--html: one self-contained, printable HTML file on stdout."""

    def page(self, program, *args, rc=None):
        p = subprocess.run([os.path.join(BIN, program)] + list(args), capture_output=True, cwd=TOP)
        if rc is not None:
            self.assertEqual(p.returncode, rc, p.stderr)
        doc = p.stdout.decode("utf-8")  # valid UTF-8, or this raises
        self.assertTrue(doc.startswith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), doc[:80])
        self.assertIn('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
                      'style-src \'unsafe-inline\'; img-src data:">', doc)
        self.assertIn("@media print", doc)
        self.assertIn("<svg", doc)
        self.assertNotIn("<script", doc.lower())
        self.assertNotIn("http://", doc)
        self.assertNotIn("https://", doc)
        checker = TagChecker()
        checker.feed(doc)
        checker.close()
        self.assertEqual(checker.errors, [])
        self.assertEqual(checker.stack, [], "unclosed tags")
        self.assertEqual([v for _, _, v in checker.loads if v and re.match(r"\s*(https?:)?//", v)], [])
        self.assertEqual([(t, k) for t, k, v in checker.loads if t != "a"], [])  # nothing loaded at all
        # Headings in order: one h1 first, never a level skipped going down.
        self.assertEqual(checker.headings[0], 1)
        self.assertEqual(checker.headings.count(1), 1)
        for a, b in zip(checker.headings, checker.headings[1:]):
            self.assertLessEqual(b, a + 1, checker.headings)
        # Every table header has a scope.
        self.assertEqual(re.findall(r"<th(?=[\s>])(?![^>]*scope=)[^>]*>", doc), [])
        return doc, "".join(checker.text)

    def test_committee(self):
        doc, text = self.page("cocomm-committee", "--html", rc=1)
        for name in ("Margaret Okafor", "Hughes, David", "Dr Alan Reeve", "Cllr Ruth Ellis"):
            self.assertIn(name, text)
        self.assertIn("Dr Sarah O&#39;Brien", doc)  # escaped
        self.assertIn("Dr Sarah O'Brien", text)
        # Members numbered from 1; who counts as what.
        self.assertIn('<tr><td class="num">1</td><td class="num">2</td><th scope="row">Margaret Okafor</th>', doc)
        self.assertIn("lay; voting; the chair", text)
        self.assertIn("observer (C-3); non-voting", text)
        # A finding in plain words, its severity in words, its rule and source.
        self.assertIn("the chair, member 1 (Dr Alan Reeve), is clinical", text)
        self.assertIn('<span class="sev">Error</span> rule <code>C-1</code>', doc)
        self.assertIn("Rule C-10 (must)", text)
        self.assertIn("Source: 002 §", text)
        # The terms, as the text report shows them.
        self.assertIn("terms: none given; this program's example quorum\n  majority: votes cast\n", text)
        # The timeline: the delegated deadline, and the joint one for the joint committee.
        self.assertIn("delegated proposals due 12:00, 9 January 2015 (T-11)", text)
        self.assertIn("joint proposals due by the end of 30 January 2015 (T-13)", text)
        self.assertIn("<title id=", doc)
        self.assertIn("November 2014", text)  # a month-precision milestone, as a month
        self.assertEqual(doc.count("<svg"), 3)

    def test_decision(self):
        doc, text = self.page("cocomm-decision", "--html", rc=0)
        self.assertIn("member 6, Dr Aled Price, declared a conflict and withdrew: left the room", text)
        self.assertIn("Margaret Okafor presided, as the chair.", text)
        self.assertIn("Neededat least 4 voting members", text.replace("\n", ""))
        self.assertIn("Counted5: Margaret Okafor; Hughes, David; Priya Raman; Stephen Walsh and Joanne Fell",
                      text.replace("\n", ""))
        self.assertIn("5 are lay or executive members", text)
        self.assertIn("more for than against, of the votes cast", text)
        self.assertIn("Outcomecarried", text.replace("\n", ""))
        self.assertIn("declared a conflict and withdraws from the item", text)
        self.assertIn("rule <code>I-6</code>", doc)
        self.assertIn("Award of an APMS contract for the Harbour Street list", text)
        self.assertIn("delegated proposals due 12:00, 9 January 2015", text)

    def test_decision_presiding_and_casting(self):
        _, text = self.page("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "1,2",
                            "--html", rc=1)
        self.assertIn("the meeting must choose one of Priya Raman", text)
        _, text = self.page("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "1,2",
                            "--chosen", "Priya Raman", "--html", rc=0)
        self.assertIn("Priya Raman presided, chosen by the meeting.", text)
        _, text = self.page("cocomm-decision", "examples/data/delegated-committee.csv", "--for", "3,4",
                            "--against", "5,6", "--casting-vote", "--casting", "for", "--html", rc=0)
        self.assertIn("for, given by Margaret Okafor, who presides", text)
        self.assertIn("carried on the casting vote", text)
        _, text = self.page("cocomm-decision", *JOINT, *CCGS, "--conflicted", "3", "--for", "1,2", "--html")
        self.assertIn("Dr Lucy Marsh presided, as the vice-chair.", text)
        self.assertIn("more for than half of the", text)

    def test_hostile_names_are_escaped(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "<i>list & co.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write('Name,Category,Voting,Position\n"<b>Eve & ""Mallory""</b>",Lay member,Yes,Chair\n'
                        'B Exec,Executive,Yes,\n"<script>alert(1)</script>",GP,Yes,\n')
            for program, args in (("cocomm-committee", ["--kind", "delegated"]),
                                  ("cocomm-decision", ["--conflicted", "1", "--for", "2,3"])):
                with self.subTest(program=program):
                    doc, text = self.page(program, path, "--html", *args)
                    self.assertIn("&lt;b&gt;Eve &amp; &quot;Mallory&quot;&lt;/b&gt;", doc)
                    self.assertIn('<b>Eve & "Mallory"</b>', text)
                    self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", doc)
                    self.assertNotIn("<b>Eve", doc)
                    self.assertNotIn("<i>list", doc)
                    self.assertIn("&lt;i&gt;list &amp; co.csv", doc)

    def test_invalid_utf8_in_a_file_name(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(os.fsencode(tmp), b"list-\xff\xc3.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("Name,Category,Voting,Position\nA Lay,Lay member,Yes,Chair\nB Exec,Executive,Yes,\n")
            doc, _ = self.page("cocomm-committee", path, "--kind", "delegated", "--html", rc=0)
            self.assertIn("list-\ufffd\ufffd.csv", doc)

    def test_html_and_json_together_is_bad_usage(self):
        for program in ("cocomm-committee", "cocomm-decision"):
            rc, out, err = run(program, "--html", "--json")
            self.assertEqual((rc, out), (2, ""))
            self.assertIn("give one of --json and --html", err)


class Timeline(unittest.TestCase):
    def test_check_submission(self):
        self.assertEqual(run("cocomm-timeline", "--model", "delegated", "--check-submission",
                             "2015-01-09T12:00:00")[0], 0)
        rc, out, _ = run("cocomm-timeline", "--model", "Model 3", "--check-submission", "2015-01-09T12:00:01")
        self.assertEqual(rc, 1)
        self.assertIn("late by 1 s", out)
        self.assertEqual(run("cocomm-timeline", "--check-submission", "2015-13-01T00:00", "--model", "joint")[0], 2)

    def test_ics_matches_committed(self):
        rc, out, _ = run("cocomm-timeline", "--model", "delegated", "--ics")
        with open(os.path.join(TOP, "docs", "timeline-2014-11-delegated.ics"), newline="") as f:
            self.assertEqual(out.replace("\n", "\r\n").replace("\r\r\n", "\r\n"), f.read())

    def test_constitution(self):
        rc, out, _ = run("cocomm-timeline", "--constitution-received", "2015-01-09")
        self.assertIn("acknowledge by 2015-01-23, decide by 2015-03-06", out)

    def test_diff_2014_09_to_2014_11(self):
        """T-11, T-19, T-35, T-4: what changed between the two editions."""
        rc, out, err = run("cocomm-timeline", "--diff", "2014-09", "2014-11")
        self.assertEqual((rc, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0], "From 2014-09 to 2014-11: 22 differences")
        self.assertIn("changed  T-11  2015-01-05 [000] -> 2015-01-09 12:00 UK [002 \u00a77.1.2, \u00a77.1.3, "
                      "\u00a77.4.1]: delegated proforma (annex B) and constitution amendment due; also every "
                      "constitution amendment not solely about joint commissioning", lines)
        self.assertIn("removed  T-19  2015-06-01 [000]: delegated proposals for 2016/17 in, for the budget to be "
                      "in 2016/17 allocations", lines)
        self.assertIn("added    T-4   2014-11-01 [002 \u00a77.1.3]: original constitution amendment deadline "
                      "(since extended)", lines)
        self.assertTrue(any(l.startswith("added    T-35  rule (2014-11): The constitution amendment deadline")
                            for l in lines))
        self.assertTrue(any(l.startswith("removed  T-19  rule (2014-09):") for l in lines))
        self.assertFalse(any(" T-13 " in l or " T-18 " in l for l in lines))  # the same in both

    def test_diff_between_cycles_and_its_errors(self):
        """T-11: the close moves from 2015-11-06 to 2016-12-05."""
        rc, out, _ = run("cocomm-timeline", "--diff", "2016/17", "2017/18")
        self.assertEqual(rc, 0)
        self.assertIn("changed  T-11  2015-11-06 [Surrey and Sussex LMCs, co-commissioning page] -> 2016-12-05 "
                      "[NHS England application guidance for 2017/18]: delegated applications close", out)
        rc, out, err = run("cocomm-timeline", "--diff", "2014-09")
        self.assertEqual(rc, 2)
        self.assertIn("--diff needs two editions", err)
        rc, out, err = run("cocomm-timeline", "--diff", "2014-09", "2019/20")
        self.assertEqual(rc, 2)
        self.assertIn("bad value for --diff: '2019/20'", err)
        rc, out, err = run("cocomm-timeline", "--diff", "2014-09", "2014-11", "extra")
        self.assertEqual(rc, 2)
        self.assertIn("unexpected argument 'extra'", err)

    def test_any_cycle_as_table_and_ics(self):
        """T-11, T-18: every cycle lists, and exports to iCalendar."""
        rc, out, _ = run("cocomm-timeline", "--cycle", "2020/21")
        self.assertEqual(rc, 0)
        self.assertIn("T-11  2019-11-01", out)
        self.assertIn("T-18  2020-04-01", out)
        for key in ("2014-11", "2014-09", "2016/17", "2017/18", "2018/19", "2020/21", "end"):
            with self.subTest(key=key):
                rc, out, _ = run("cocomm-timeline", "--edition", key, "--ics")
                self.assertEqual(rc, 0)
                self.assertTrue(out.startswith("BEGIN:VCALENDAR"))
                self.assertIn("X-WR-CALNAME:Co-commissioning " + key, out)
        rc, _, err = run("cocomm-timeline", "--cycle", "2019/20")
        self.assertEqual(rc, 2)
        self.assertIn("bad value for --cycle: '2019/20'", err)

    def test_as_at(self):
        """T-30 as at, and the end of CCGs on 2022-07-01 (M-1)."""
        rc, out, _ = run("cocomm-timeline", "--model", "delegated", "--as-at", "2015-11-06T23:59:59")
        self.assertEqual(rc, 0)
        self.assertIn("cycle 2016/17 (secondary source)", out)
        self.assertIn("on time: takes effect 2016-04-01", out)
        rc, out, _ = run("cocomm-timeline", "--model", "delegated", "--as-at", "2017-06-01T10:00")
        self.assertIn("cycle 2018/19 comes earlier and has no known close", out)
        rc, out, _ = run("cocomm-timeline", "--model", "delegated", "--as-at", "2020-06-01T10:00")
        self.assertEqual(rc, 1)
        self.assertIn("no known close remains", out)
        rc, out, _ = run("cocomm-timeline", "--model", "delegated", "--as-at", "2022-06-30T23:59:59")
        self.assertIn("no known close remains", out)
        rc, out, _ = run("cocomm-timeline", "--model", "joint", "--as-at", "2022-07-01T00:00:00")
        self.assertEqual(rc, 1)
        self.assertIn("CCGs no longer exist; integrated care boards hold delegated primary medical services", out)


class Dates(unittest.TestCase):
    def test_bundled_dates_and_errors(self):
        rc, out, _ = run("cocomm-dates")
        self.assertEqual(rc, 0)
        self.assertIn("UK 2015-06-02T00:30:00+01:00 BST", out)
        rc, out, _ = run("cocomm-dates", "2015-02-29", "2015-10-25T01:30")
        self.assertEqual(rc, 1)
        self.assertIn("value out of range", out)
        self.assertIn("ambiguous UK local time", out)


class ScopeAndCcg(unittest.TestCase):
    def test_scope(self):
        rc, out, _ = run("cocomm-scope", "--year", "2016/17")
        self.assertEqual(rc, 0)
        self.assertIn("community pharmacy", out)
        # RULES.md revision 2: from 2016/17 "under review", citing F-23 beside F-22, never a flat "never".
        self.assertIn("delegated: under review (F-23)", out)
        self.assertNotIn("never", out)

    def test_ccg(self):
        rc, out, _ = run("cocomm-ccg")
        self.assertIn("209 CCGs in the list", out)
        rc, out, _ = run("cocomm-ccg", "blackburn", "--current", "delegated")
        self.assertEqual(rc, 0)
        self.assertIn("00Q NHS Blackburn with Darwen CCG", out)
        # RULES.md revision 2: delegated -> greater involvement is more than
        # one level down, a warning citing A-8, not an error.
        self.assertIn("warning     A-8", out)
        self.assertNotIn("error       A-8", out)
        self.assertEqual(run("cocomm-ccg", "ZZZ")[0], 1)


SCHEMA_PATH = os.path.join(TOP, "docs", "cocomm-output.schema.json")
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def is_type(value, name):
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


class Schema:
    """The part of JSON Schema (draft 2020-12) that docs/cocomm-output.schema.json
    uses: $ref to #/$defs, type, const, enum, pattern, minimum, properties,
    required, additionalProperties, items, allOf, anyOf, oneOf. Beyond the
    standard, strict=True reports a key that no schema that applies declares:
    every key the programs print is documented."""

    def __init__(self, schema):
        self.root = schema

    def resolve(self, s):
        while "$ref" in s:
            ref = s["$ref"]
            assert ref.startswith("#/$defs/"), ref
            s = self.root["$defs"][ref[len("#/$defs/"):]]
        return s

    def errors(self, v, s, where="$"):
        s = self.resolve(s)
        out = []
        t = s.get("type")
        if t is not None and not any(is_type(v, n) for n in ([t] if isinstance(t, str) else t)):
            return ["%s: %r is not of type %s" % (where, v, t)]
        if "const" in s and v != s["const"]:
            out.append("%s: %r is not %r" % (where, v, s["const"]))
        if "enum" in s and v not in s["enum"]:
            out.append("%s: %r is not one of %r" % (where, v, s["enum"]))
        if "pattern" in s and isinstance(v, str) and not re.search(s["pattern"], v):
            out.append("%s: %r does not match %s" % (where, v, s["pattern"]))
        if "minimum" in s and is_type(v, "number") and v < s["minimum"]:
            out.append("%s: %r is less than %r" % (where, v, s["minimum"]))
        if isinstance(v, dict):
            props = s.get("properties", {})
            for k in s.get("required", []):
                if k not in v:
                    out.append("%s: no key %r" % (where, k))
            for k, x in v.items():
                if k in props:
                    out += self.errors(x, props[k], "%s.%s" % (where, k))
                elif "additionalProperties" in s:
                    out += self.errors(x, s["additionalProperties"], "%s.%s" % (where, k))
        if isinstance(v, list) and "items" in s:
            for i, x in enumerate(v):
                out += self.errors(x, s["items"], "%s[%d]" % (where, i))
        for sub in s.get("allOf", []):
            out += self.errors(v, sub, where)
        if "anyOf" in s and all(self.errors(v, sub, where) for sub in s["anyOf"]):
            out.append("%s: matches none of anyOf" % where)
        if "oneOf" in s:
            ok = [sub for sub in s["oneOf"] if not self.errors(v, sub, where)]
            if len(ok) != 1:
                out.append("%s: matches %d of oneOf, not 1" % (where, len(ok)))
        return out

    def parts(self, v, s):
        """s and every schema within it that applies to v (allOf, and the
        anyOf and oneOf branches v matches)."""
        s = self.resolve(s)
        out = [s]
        for sub in s.get("allOf", []) + [x for x in s.get("anyOf", []) + s.get("oneOf", []) if not self.errors(v, x)]:
            out += self.parts(v, sub)
        return out

    def undeclared(self, v, s, where="$"):
        """Keys of v (and within it) that no applicable schema declares."""
        parts = self.parts(v, s)
        out = []
        if isinstance(v, dict):
            props, extra = {}, [p["additionalProperties"] for p in parts if "additionalProperties" in p]
            for p in parts:
                for k, x in p.get("properties", {}).items():
                    props.setdefault(k, x)
            for k, x in v.items():
                if k in props or extra:
                    out += self.undeclared(x, props.get(k) or extra[0], "%s.%s" % (where, k))
                else:
                    out.append("%s.%s" % (where, k))
        if isinstance(v, list):
            for p in parts:
                if "items" in p:
                    for i, x in enumerate(v):
                        out += self.undeclared(x, p["items"], "%s[%d]" % (where, i))
                    break
        return sorted(set(out))


class Json(unittest.TestCase):
    """--json of every program: one object, the common keys, members numbered
    from 1, ISO 8601 times, and the documented schema."""

    @classmethod
    def setUpClass(cls):
        with open(SCHEMA_PATH, encoding="utf-8") as f:
            cls.schema_doc = json.load(f)
        cls.schema = Schema(cls.schema_doc)

    def json(self, program, *args, rc=0):
        p = subprocess.run([os.path.join(BIN, program), "--json"] + list(args), capture_output=True, cwd=TOP)
        self.assertEqual(p.returncode, rc, (program, args, p.stderr))
        doc = json.loads(p.stdout.decode("utf-8"))  # valid UTF-8, one JSON value
        self.assertEqual((doc["libcocomm"], doc["program"]), (run(program, "--version")[1].split()[-1][:-1], program))
        errors = self.schema.errors(doc, self.schema_doc)
        self.assertEqual(errors, [], (program, args))
        self.assertEqual(self.schema.undeclared(doc, self.schema_doc), [], (program, args))
        try:  # Debian's python3-jsonschema, when this interpreter has it
            import jsonschema
        except ImportError:
            jsonschema = None
        if jsonschema is not None:
            jsonschema.Draft202012Validator(self.schema_doc).validate(doc)
        return doc

    def test_the_schema_is_draft_2020_12(self):
        self.assertEqual(self.schema_doc["$schema"], "https://json-schema.org/draft/2020-12/schema")
        self.assertEqual(set(self.schema_doc["properties"]["program"]["enum"]), set(PROGRAMS))
        try:
            import jsonschema
        except ImportError:
            self.skipTest("python3-jsonschema is not installed for %s" % sys.executable)
        jsonschema.Draft202012Validator.check_schema(self.schema_doc)

    def test_the_validator_refuses(self):
        doc = self.json("cocomm-decision")
        bad = json.loads(json.dumps(doc))
        bad["findings"][0]["member"] = 0  # members are numbered from 1
        bad["members"][0]["voting"] = "yes"
        bad["members"][1]["undocumented"] = 1
        bad["program"] = "cocomm-nothing"
        self.assertEqual(len(self.schema.errors(bad["findings"][0], {"$ref": "#/$defs/finding"})), 1)
        self.assertTrue(self.schema.errors(bad, self.schema_doc))
        del bad["program"]
        self.assertIn("$.members[1].undocumented", self.schema.undeclared(bad, {"$ref": "#/$defs/cocomm-decision"}))

    def test_committee(self):
        doc = self.json("cocomm-committee", rc=1)
        self.assertEqual([c["kind"] for c in doc["committees"]], ["delegated", "joint", "delegated"])
        joint = doc["committees"][1]
        self.assertEqual(joint["members"][7], {"member": 8, "name": "Peter Quinn", "category": "Healthwatch",
                                               "voting": False, "position": "member",
                                               "organisation": joint["members"][7]["organisation"]})
        self.assertEqual(joint["notes"][0]["member"], 8)
        self.assertIn("member 8 (Peter Quinn)", joint["notes"][0]["message"])
        faulty = doc["committees"][2]
        for f in faulty["findings"] + joint["notes"]:
            if f["member"] is not None:  # the number in the JSON is the one in the message
                self.assertIn("member %d (%s)" % (f["member"], f["name"]), f["message"])
                self.assertEqual(faulty["members"][f["member"] - 1]["name"] if f in faulty["findings"]
                                 else joint["members"][f["member"] - 1]["name"], f["name"])
        self.assertIn(None, [f["member"] for f in faulty["findings"]])  # findings about no member

    def test_decision(self):
        doc = self.json("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "6,7",
                        "--for", "1,2,3,4", "--against", "5", "--date", "2015-06-10")
        withdrawn = [(f["member"], f["name"]) for f in doc["findings"] if f["rule"] == "I-6"]
        self.assertEqual(withdrawn, [(6, "Dr Aled Price"), (7, "Dr Sarah O'Brien")])
        aled = doc["members"][5]
        self.assertEqual((aled["member"], aled["name"], aled["conflicted"], aled["roles"]),
                         (6, "Dr Aled Price", True, ["withdrawn"]))
        self.assertEqual((doc["presiding"], doc["presiding_member"], doc["date"]), ("Margaret Okafor", 1, "2015-06-10"))
        self.assertEqual([m["member"] for m in doc["may_vote"]], [1, 2, 3, 4, 5])
        self.assertEqual(doc["outcome"], "carried")
        tie = self.json("cocomm-decision", "examples/data/delegated-committee.csv", "--for", "3,4", "--against",
                        "5,6", "--casting-vote", "--casting", "for")
        self.assertEqual((tie["casting_by"], tie["casting_by_member"]), ("Margaret Okafor", 1))

    def test_timeline(self):
        doc = self.json("cocomm-timeline", "--model", "delegated")
        self.assertEqual((doc["model"], doc["edition"]["key"], doc["edition"]["published"],
                          doc["edition"]["published_precision"]), ("delegated", "2014-11", "2014-11-10", "day"))
        t11 = [m for m in doc["milestones"] if m["submission"]]
        self.assertEqual([(m["id"], m["at"], m["precision"], m["start"], m["takes_effect_fy"]) for m in t11],
                         [("T-11", "2015-01-09T12:00:00+00:00", "exact", "2015-01-09", "2015/16")])
        t7 = [m for m in doc["milestones"] if m["id"] == "T-7"][0]
        self.assertEqual((t7["precision"], t7["start"], t7["end"], t7["at"]), ("month", "2014-11-01", "2014-11-30", None))
        late = self.json("cocomm-timeline", "--model", "delegated", "--check-submission", "2015-01-09T12:00:01", rc=1)
        self.assertEqual(late["submission"]["deadline"], "2015-01-09T12:00:00+00:00")
        self.assertEqual((late["submission"]["on_time"], late["submission"]["late_by"], late["submission"]["rule"]),
                         (False, 1, "T-30"))
        summer = self.json("cocomm-timeline", "--model", "joint", "--check-submission", "2015-01-30T23:59:59")
        self.assertTrue(summer["submission"]["on_time"])
        none = self.json("cocomm-timeline", "--model", "greater-involvement", "--check-submission", "2015-01-09T12:00")
        self.assertEqual((none["submission"]["needed"], none["submission"]["deadline"]), (False, None))
        c = self.json("cocomm-timeline", "--constitution-received", "2015-01-09")["constitution"]
        self.assertEqual((c["acknowledge_by"], c["decide_by"]), ("2015-01-23", "2015-03-06"))
        self.assertEqual(self.json("cocomm-timeline", "--edition", "2014-09")["edition"]["published_precision"], "month")
        self.assertIn("give one of --json and --ics", run("cocomm-timeline", "--json", "--ics")[2])

    def test_dates(self):
        doc = self.json("cocomm-dates")
        self.assertGreater(len(doc["values"]), 3)
        doc = self.json("cocomm-dates", "2015-04-01", "2015-06-02T00:30", "2015-02-29", rc=1)
        d, t, bad = doc["values"]
        self.assertEqual((d["type"], d["weekday"], d["financial_year"], d["end_of_day"]),
                         ("date", "Wednesday", "2015/16", "2015-04-01T23:59:59+01:00"))
        self.assertEqual((t["uk"], t["utc"], t["zone"], t["date"]),
                         ("2015-06-02T00:30:00+01:00", "2015-06-01T23:30:00Z", "BST", "2015-06-02"))
        self.assertEqual((bad["valid"], bad["error"]["name"]), (False, "COCOMM_ERR_OUT_OF_RANGE"))

    def test_scope(self):
        doc = self.json("cocomm-scope", "--year", "2016/17")
        self.assertEqual((doc["year"], doc["models"]), ("2016/17", ["greater-involvement", "joint", "delegated"]))
        f1 = doc["functions"][0]
        self.assertEqual((f1["rule"], f1["roles"]["delegated"]), ("F-1", "full"))
        pharmacy = [x for x in doc["services"] if x["service"] == "community pharmacy"][0]
        self.assertEqual(pharmacy["scopes"]["delegated"], {"scope": "under review", "rule": "F-23"})
        self.assertEqual(self.json("cocomm-scope", "--model", "joint")["models"], ["joint"])

    def test_ccg(self):
        doc = self.json("cocomm-ccg")
        self.assertEqual((doc["total"], doc["query"], [c["ods_code"] for c in doc["ccgs"]]), (209, None, ["00R"]))
        self.assertEqual(sum(doc["regions"].values()), 209)
        doc = self.json("cocomm-ccg", "blackburn", "--current", "delegated")
        ccg = doc["ccgs"][0]
        self.assertEqual((ccg["ods_code"], ccg["model"]), ("00Q", "delegated"))
        gi = ccg["moves"][0]
        self.assertEqual((gi["model"], gi["findings"][0]["rule"], gi["findings"][0]["severity"], gi["findings"][0]["member"]),
                         ("greater-involvement", "A-8", "warning", None))
        self.assertEqual([m["current"] for m in ccg["moves"]], [False, False, True])
        self.assertEqual(self.json("cocomm-ccg", "ZZZ", rc=1)["ccgs"], [])

    def test_every_key_is_documented(self):
        with open(os.path.join(TOP, "docs", "cli.md"), encoding="utf-8") as f:
            doc = f.read()
        section = doc[doc.index("## JSON output"):doc.index("## Man pages")]
        keys = set()

        def walk(x):
            if isinstance(x, dict):
                keys.update(x.get("properties", {}))
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
        walk(self.schema_doc)
        self.assertEqual(sorted(k for k in keys if "`%s`" % k not in section), [])

    def test_every_program_has_json(self):
        for program in PROGRAMS:
            with self.subTest(program=program):
                self.assertIn("\n  --json ", run(program, "--help")[1])


PROGRAMS = ["cocomm-committee", "cocomm-decision", "cocomm-timeline", "cocomm-scope", "cocomm-ccg", "cocomm-dates"]


class CommandLine(unittest.TestCase):
    """Every program: --help, --version, and usage errors (exit 2, named, with a pointer to --help)."""

    def usage_error(self, program, *args):
        rc, out, err = run(program, *args)
        self.assertEqual(rc, 2, (program, args, err))
        self.assertEqual(out, "")
        self.assertTrue(err.startswith(program + ": "), err)
        self.assertIn("try '%s --help'" % program, err)
        return err

    def test_help(self):
        for program in PROGRAMS:
            with self.subTest(program=program):
                rc, out, err = run(program, "--help")
                self.assertEqual((rc, err), (0, ""))
                self.assertTrue(out.startswith("usage: %s " % program), out)
                self.assertIn("  --help ", out)
                self.assertIn("  --version ", out)

    def test_help_lists_every_option(self):
        rc, out, _ = run("cocomm-decision", "--help")
        for option in ["--kind KIND", "--terms FILE", "--quorum VOTING,", "--quorum-voting N", "--casting-vote",
                       "--majority", "--presiding", "--ccg", "--body", "--present LIST", "--casting for|against",
                       "--casting-by MEMBER", "--contract-award", "--item TEXT", "--date YYYY-MM-DD", "--json"]:
            self.assertIn("\n  " + option, out)
        rc, out, _ = run("cocomm-timeline", "--help")
        for option in ["--model M", "--edition E", "--ics", "--csv", "--check-submission DATETIME",
                       "--constitution-received DATE"]:
            self.assertIn("\n  " + option, out)

    def test_version(self):
        rc, lib, _ = run("cocomm-dates", "2015-04-01")
        version = lib.splitlines()[0].split()[1]  # "libcocomm X.Y.Z"
        for program in PROGRAMS:
            with self.subTest(program=program):
                rc, out, err = run(program, "--version")
                self.assertEqual((rc, err), (0, ""))
                self.assertEqual(out, "%s (libcocomm %s)\n" % (program, version))

    def test_unknown_option(self):
        for program in PROGRAMS:
            with self.subTest(program=program):
                err = self.usage_error(program, "--no-such-option")
                self.assertIn("unknown option '--no-such-option'", err)
                err = self.usage_error(program, "--no-such-option=3")
                self.assertIn("unknown option '--no-such-option'", err)

    def test_missing_value(self):
        for program, option in [("cocomm-committee", "--kind"), ("cocomm-decision", "--casting"),
                                ("cocomm-timeline", "--model"), ("cocomm-scope", "--year"),
                                ("cocomm-ccg", "--list"), ("cocomm-dates", "--file")]:
            with self.subTest(program=program):
                self.assertIn(option + " needs a value", self.usage_error(program, option))

    def test_a_value_for_a_flag(self):
        self.assertIn("--json takes no value", self.usage_error("cocomm-committee", "--json=yes"))

    def test_malformed_values(self):
        for program, args, expect in [
                ("cocomm-committee", ["--quorum-voting", "many"], "--quorum-voting: 'many'"),
                ("cocomm-committee", ["--quorum-voting", "4x"], "--quorum-voting: '4x'"),
                ("cocomm-committee", ["--quorum-voting", ""], "--quorum-voting: ''"),
                ("cocomm-committee", ["--quorum", "3,one,1,1"], "--quorum: '3,one,1,1'"),
                ("cocomm-committee", ["--kind", "parish"], "--kind: 'parish'"),
                ("cocomm-committee", ["--majority", "most"], "--majority: 'most'"),
                ("cocomm-decision", ["--casting", "maybe"], "--casting: 'maybe'"),
                ("cocomm-decision", ["--presiding", "anyone"], "--presiding: 'anyone'"),
                ("cocomm-decision", ["--date", "2015-02-30"], "--date: '2015-02-30'"),
                ("cocomm-timeline", ["--model", "foo"], "--model: 'foo'"),
                ("cocomm-timeline", ["--edition", "2020-01"], "--edition: '2020-01'"),
                ("cocomm-scope", ["--year", "20x5"], "--year: '20x5'"),
                ("cocomm-scope", ["--model", "foo"], "--model: 'foo'"),
                ("cocomm-ccg", ["--current", "foo"], "--current: 'foo'")]:
            with self.subTest(program=program, args=args):
                self.assertIn("bad value for " + expect, self.usage_error(program, *args))

    def test_unexpected_arguments(self):
        self.assertIn("unexpected argument 'extra'", self.usage_error("cocomm-scope", "extra"))
        self.assertIn("unexpected argument 'b.csv'", self.usage_error("cocomm-committee", "a.csv", "b.csv"))
        self.assertIn("give one of --ics and --csv", self.usage_error("cocomm-timeline", "--ics", "--csv"))

    def test_options_after_arguments_and_in_order(self):
        rc, out, _ = run("cocomm-ccg", "--current", "delegated", "blackburn")
        self.assertEqual(rc, 0)
        self.assertIn("00Q NHS Blackburn with Darwen CCG", out)
        rc, out, _ = run("cocomm-dates", "2015-04-01", "--file", os.path.join(DATA, "policy-dates.txt"), "--",
                         "2015-04-02")
        lines = out.splitlines()
        self.assertTrue(lines[1].startswith("2015-04-01 "), lines[1])
        self.assertTrue(lines[-1].startswith("2015-04-02 "), lines[-1])


if __name__ == "__main__":
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    bad = len(result.failures) + len(result.errors)
    print("cli: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
