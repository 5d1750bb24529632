#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The pure-Python cocomm module (examples/python/cocomm): every public
function mirrored, struct sizes checked, Pythonic wrappers behaving as the
C library does."""
import datetime
import os
import re
import sys
import unittest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, "examples", "python"))
import cocomm  # noqa: E402
from cocomm import _ffi  # noqa: E402

DATA = os.path.join(TOP, "examples", "data")


class Binding(unittest.TestCase):
    def test_every_exported_function_is_mirrored(self):
        with open(os.path.join(TOP, "lib", "libcocomm.map")) as f:
            exported = set(re.findall(r"^\s+(cocomm_\w+);", f.read(), re.M))
        self.assertEqual(exported, set(_ffi.FUNCTIONS))

    def test_struct_mirrors_match_the_library(self):
        _ffi.check_mirrors()  # raises on any mismatch
        self.assertEqual(len(_ffi.STRUCTS), 18)

    def test_errors_raise(self):
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.parse_model("model four")
        self.assertEqual(cm.exception.status, cocomm.Status.PARSE)
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.parse_instant("2015-02-29T12:00")
        self.assertEqual(cm.exception.status, cocomm.Status.OUT_OF_RANGE)
        with self.assertRaises(KeyError):
            cocomm.rule("Z-9")


class Policy(unittest.TestCase):
    def test_model_names_M2(self):
        self.assertEqual(cocomm.parse_model("Model B"), cocomm.Model.JOINT)
        self.assertEqual(cocomm.parse_model(" full delegation "), cocomm.Model.DELEGATED)

    def test_rules_and_roles(self):
        self.assertEqual(len(cocomm.rules()), 94)
        self.assertEqual(cocomm.rule("C-1").force, "must")
        self.assertEqual(cocomm.function_role("joint", cocomm.Function.LOCAL_INCENTIVE_SCHEMES),
                         cocomm.Role.JOINT_AGREEMENT)


class Committees(unittest.TestCase):
    def test_read_and_validate_bundled_lists(self):
        good = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        self.assertEqual(len(good), 11)
        self.assertEqual(good[1].name, "Hughes, David")
        self.assertEqual(good[0].position, cocomm.Position.CHAIR)
        q = cocomm.Quorum(4, 2, presiding=cocomm.Presiding.CHAIR_OR_VICE, presiding_lay=True)
        self.assertEqual(cocomm.validate_committee(good, "delegated", q), [])
        bad = cocomm.read_roster(os.path.join(DATA, "faulty-committee.csv"))
        errors = [f.rule for f in cocomm.validate_committee(bad, "delegated")
                  if f.severity == cocomm.Severity.ERROR]
        self.assertEqual(sorted(errors), ["C-1", "C-10", "C-10", "C-2", "C-3"])

    def test_majority_boundary_C2(self):
        def members(lay_exec, clinical):
            ms = [cocomm.Member("L%d" % i, cocomm.Category.LAY) for i in range(lay_exec)]
            ms += [cocomm.Member("G%d" % i, cocomm.Category.CLINICAL) for i in range(clinical)]
            ms[0].position = cocomm.Position.CHAIR
            return ms
        rules = lambda ms: [f.rule for f in cocomm.validate_committee(ms, "delegated")]
        self.assertNotIn("C-2", rules(members(4, 3)))  # 4 of 7
        self.assertIn("C-2", rules(members(4, 4)))     # 4 of 8: exactly half

    def test_batch_is_one_call_with_per_committee_results(self):
        good = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        bad = cocomm.read_roster(os.path.join(DATA, "faulty-committee.csv"))
        broken = [cocomm.Member("x", cocomm.Category.LAY, position=7)]
        out = cocomm.validate_committees([(good, "delegated"), (bad, "delegated"), (broken, "joint")])
        self.assertEqual(out[0], cocomm.validate_committee(good, "delegated"))
        self.assertEqual(out[1], cocomm.validate_committee(bad, "delegated"))
        self.assertIsInstance(out[2], cocomm.CocommError)

    def test_roster_errors_say_where(self):
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b"name,category\nAnn,Lay\nBob,Nurse\n")
        self.assertEqual((cm.exception.line, cm.exception.column, cm.exception.text), (3, 2, "Nurse"))

    def test_decision_I6(self):
        members = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        r = cocomm.check_decision(members, conflicted={5, 6}, contract_award=True,
                                  votes={0: cocomm.Vote.FOR, 1: cocomm.Vote.FOR, 4: cocomm.Vote.AGAINST},
                                  item="APMS award", date=datetime.date(2015, 6, 10))
        self.assertTrue(r.can_decide)
        self.assertEqual(r.withdrawn, 2)
        self.assertNotIn(5, r.may_vote)
        self.assertEqual(r.outcome, cocomm.Outcome.CARRIED)
        self.assertTrue(r.register_entry.startswith("2015-06-10,APMS award,"))
        r = cocomm.check_decision(members, conflicted={0, 1})
        self.assertFalse(r.can_decide)
        self.assertIn("C-1", [f.rule for f in r.findings])


class Timeline(unittest.TestCase):
    def test_submission_boundaries_T30_T31(self):
        self.assertTrue(cocomm.check_submission("delegated", "2015-01-09T12:00:00").on_time)
        late = cocomm.check_submission("delegated", "2015-01-09T12:00:01")
        self.assertFalse(late.on_time)
        self.assertEqual(late.late_by, datetime.timedelta(seconds=1))
        self.assertEqual(late.next_deadline_id, "T-19")
        self.assertTrue(cocomm.check_submission("joint", "2015-01-30T23:59:59").on_time)
        utc = datetime.datetime(2015, 1, 9, 12, 0, 1, tzinfo=datetime.timezone.utc)
        self.assertFalse(cocomm.check_submission(cocomm.Model.DELEGATED, utc).on_time)

    def test_timeline_and_exports(self):
        ms = cocomm.timeline("delegated")
        t11 = [m for m in ms if m.id == "T-11"][0]
        self.assertEqual(t11.time, datetime.time(12, 0))
        self.assertEqual(t11.deadline, datetime.datetime(2015, 1, 9, 12, 0, tzinfo=datetime.timezone.utc))
        self.assertEqual(len([m for m in ms if m.id == "T-12"]), 2)
        ics = cocomm.timeline_ics("delegated")
        with open(os.path.join(TOP, "docs", "timeline-2014-11-delegated.ics"), newline="") as f:
            self.assertEqual(ics, f.read())
        self.assertTrue(cocomm.timeline_csv("joint").startswith("id,kind,label"))
        self.assertEqual(cocomm.constitution_due(datetime.date(2015, 1, 9)),
                         (datetime.date(2015, 1, 23), datetime.date(2015, 3, 6)))


if __name__ == "__main__":
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    bad = len(result.failures) + len(result.errors)
    print("module: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
