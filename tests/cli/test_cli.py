#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The example programs, run as a governance officer would run them: on
the bundled data, on a list of one's own, with bad input; exit codes, the
readable report and the documented --json form."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ["COCOMM_EXAMPLES"]
TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "examples", "data")


def run(program, *args):
    p = subprocess.run([os.path.join(BIN, program)] + list(args), capture_output=True, cwd=TOP)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class Committee(unittest.TestCase):
    def test_bundled_lists(self):
        rc, out, _ = run("cocomm-committee")
        self.assertEqual(rc, 1)  # the faulty list has errors
        self.assertIn("delegated-committee.csv: delegated committee, 11 members (7 voting): 0 errors", out)
        self.assertIn("error       C-1   the chair, member 0 (Dr Alan Reeve), is clinical", out)

    def test_json_is_stable(self):
        rc, out, _ = run("cocomm-committee", "--json")
        doc = json.loads(out)
        self.assertEqual(set(doc), {"libcocomm", "committees"})
        c = doc["committees"][2]
        self.assertEqual(set(c), {"file", "kind", "members", "voting", "errors", "warnings",
                                  "information", "findings"})
        self.assertEqual(c["errors"], 5)
        f = c["findings"][0]
        self.assertEqual(set(f), {"rule", "severity", "subject", "member", "message", "source"})
        self.assertEqual((f["rule"], f["severity"], f["member"]), ("C-10", "error", "Dr Bea Collins"))

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

    def test_bad_input_exits_2(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
            f.write("Name,Category\nAnn,Lay\nBob,Nurse\n")
        try:
            rc, _, err = run("cocomm-committee", f.name, "--kind", "delegated")
            self.assertEqual(rc, 2)
            self.assertIn(":3:2: parse error: unknown category \"Nurse\"", err)
        finally:
            os.unlink(f.name)
        self.assertEqual(run("cocomm-committee", "x.csv")[0], 2)  # no --kind
        self.assertEqual(run("cocomm-committee", "--kind", "sideways")[0], 2)


class Decision(unittest.TestCase):
    def test_demo(self):
        rc, out, _ = run("cocomm-decision")
        self.assertEqual(rc, 0)
        self.assertIn("withdrawn for conflicts: 2", out)
        self.assertIn("Dr Aled Price: withdrew", out)

    def test_chair_and_vice_conflicted(self):
        rc, out, _ = run("cocomm-decision", "examples/data/delegated-committee.csv",
                         "--conflicted", "1,2", "--json")
        self.assertEqual(rc, 1)
        doc = json.loads(out)
        self.assertFalse(doc["can_decide"])
        self.assertIn("C-1", [f["rule"] for f in doc["findings"]])
        self.assertNotIn("Margaret Okafor", doc["may_vote"])

    def test_unknown_member(self):
        rc, _, err = run("cocomm-decision", "examples/data/delegated-committee.csv", "--conflicted", "Nobody")
        self.assertEqual(rc, 2)
        self.assertIn("no member \"Nobody\"", err)


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
        self.assertIn("delegated: never (F-23)", out)

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


if __name__ == "__main__":
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    bad = len(result.failures) + len(result.errors)
    print("cli: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
