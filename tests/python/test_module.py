#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The pure-Python cocomm module (examples/python/cocomm): every public
function mirrored, struct sizes checked, Pythonic wrappers behaving as the
C library does."""
import contextlib
import ctypes
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


@contextlib.contextmanager
def counting(name):
    """Counts the calls the module makes to one library function."""
    real = getattr(_ffi.lib, name)
    calls = []

    def spy(*args):
        calls.append(args)
        return real(*args)
    setattr(_ffi.lib, name, spy)
    try:
        yield calls
    finally:
        setattr(_ffi.lib, name, real)


class Binding(unittest.TestCase):
    def test_every_exported_function_is_mirrored(self):
        with open(os.path.join(TOP, "lib", "libcocomm.map")) as f:
            exported = set(re.findall(r"^\s+(cocomm_\w+);", f.read(), re.M))
        self.assertEqual(exported, set(_ffi.FUNCTIONS))

    def test_struct_mirrors_match_the_library(self):
        _ffi.check_mirrors()  # raises on any mismatch
        self.assertEqual(len(_ffi.STRUCTS), 20)
        self.assertIn("error", _ffi.STRUCTS)
        self.assertIn("roster", _ffi.STRUCTS)
        self.assertEqual(ctypes.sizeof(_ffi.Finding), 32)

    def test_loads_the_2_x_library(self):
        self.assertTrue(cocomm.version().startswith("2."))
        self.assertEqual(_ffi.SONAME, "libcocomm.so.2")

    def test_errors_raise(self):
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.parse_model("model four")
        self.assertEqual(cm.exception.status, cocomm.Status.PARSE)
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.parse_instant("2015-02-29T12:00")
        self.assertEqual(cm.exception.status, cocomm.Status.OUT_OF_RANGE)
        with self.assertRaises(KeyError):
            cocomm.rule("Z-9")

    def test_fields_are_the_library_s(self):
        for f in cocomm.Field:
            self.assertNotEqual(_ffi.lib.cocomm_field_name(f), b"unknown", f)
        self.assertEqual(_ffi.lib.cocomm_field_name(max(cocomm.Field) + 1), b"unknown")
        self.assertEqual(_ffi.lib.cocomm_field_name(cocomm.Field.CATEGORY), b"category")


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

    def test_many_committees_one_check_each_with_per_committee_results(self):
        good = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        bad = cocomm.read_roster(os.path.join(DATA, "faulty-committee.csv"))
        broken = [cocomm.Member("x", cocomm.Category.LAY, position=7)]
        with counting("cocomm_committee_assess") as calls:
            out = cocomm.validate_committees([(good, "delegated"), (bad, "delegated"), (broken, "joint"),
                                              (bad, "joint")])
        self.assertEqual(len(calls), 4)
        self.assertEqual(out[0], cocomm.validate_committee(good, "delegated"))
        self.assertEqual(out[1], cocomm.validate_committee(bad, "delegated"))
        self.assertIsInstance(out[2], cocomm.CocommError)
        self.assertEqual(out[2].status, cocomm.Status.INVALID_ARGUMENT)
        self.assertEqual((out[2].index, out[2].field, out[2].message), (0, "position", "not a position"))
        self.assertIn("committee 2: member 0 (position): not a position", str(out[2]))
        self.assertEqual(out[3], cocomm.validate_committee(bad, "joint"))

    def test_findings_name_members_and_cite_sources(self):
        bad = cocomm.read_roster(os.path.join(DATA, "faulty-committee.csv"))
        found = cocomm.validate_committee(bad, "delegated")
        c3 = [f for f in found if f.rule == "C-3"][0]
        self.assertEqual(c3.severity, cocomm.Severity.ERROR)
        self.assertEqual(c3.subject, 6)
        self.assertEqual(c3.message, "member 6 (Gwen Hall) is a Healthwatch observer and must not vote")
        for f in found:
            self.assertEqual(f.source, cocomm.rule(f.rule).source)
        c2 = [f for f in found if f.rule == "C-2"][0]
        self.assertEqual((c2.subject, c2.message),
                         (-1, "lay and executive members are 3 of 7 voting members: not a majority"))

    def test_a_check_runs_once_unless_its_findings_do_not_fit(self):
        bad = cocomm.read_roster(os.path.join(DATA, "faulty-committee.csv"))
        with counting("cocomm_committee_assess") as calls:
            few = cocomm.validate_committee(bad, "delegated")
        self.assertEqual(len(calls), 1)
        many = [cocomm.Member("Dup", cocomm.Category.OTHER) for _ in range(150)]
        with counting("cocomm_committee_assess") as calls:
            found = cocomm.validate_committee(many, "delegated")
        self.assertEqual(len(calls), 2)  # 64 did not hold them: once more, sized
        self.assertGreater(len(found), 64)
        self.assertEqual(len([f for f in found if f.message == "member 1 (Dup) is listed twice"]), 1)
        self.assertEqual(few, cocomm.validate_committee(bad, "delegated"))
        with counting("cocomm_decision_assess") as calls:
            cocomm.check_decision(bad, conflicted={0, 1})
        self.assertEqual(len(calls), 1)

    def test_long_names_are_not_cut(self):
        name = "N" * 250
        ms = [cocomm.Member(name + "1", cocomm.Category.LAY, position=cocomm.Position.CHAIR),
              cocomm.Member(name + "2", cocomm.Category.LAY, position=cocomm.Position.CHAIR)]
        second = [f for f in cocomm.validate_committee(ms, "joint") if f.subject == 1][0]
        self.assertEqual(second.message, "member 1 (%s2) is a second chair" % name)

    def test_roster_errors_say_where(self):
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b"name,category\nAnn,Lay\nBob,Nurse\n")
        e = cm.exception
        self.assertEqual((e.line, e.column, e.text), (3, 2, "Nurse"))
        self.assertEqual((e.status, e.index, e.field, e.field_id, e.message),
                         (cocomm.Status.PARSE, None, "text", cocomm.Field.TEXT, "unknown category"))
        self.assertEqual(str(e), 'line 3, column 2: unknown category "Nurse" (PARSE)')
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b"name\nAnn\n")
        self.assertEqual((cm.exception.line, cm.exception.column, cm.exception.text), (1, 1, ""))
        self.assertEqual(cm.exception.message, "no category column in the header")
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b'name,category\n"Ann\x01",Lay\n')
        self.assertEqual((cm.exception.line, cm.exception.column), (2, 1))
        self.assertEqual(cm.exception.text, "Ann\ufffd")  # a control character reads as U+FFFD

    def test_roster_counts_then_fills(self):
        with counting("cocomm_roster_parse") as calls:
            self.assertEqual(cocomm.parse_roster(b"name,category\n"), [])
        self.assertEqual(len(calls), 1)  # nothing to hold: no second call
        with counting("cocomm_roster_parse") as calls:
            ms = cocomm.parse_roster("name,category,organisation\nAnn,Lay,\"Leeds, North\"\nBj\u00f6rn,GP,\n")
        self.assertEqual(len(calls), 2)
        self.assertEqual([(m.name, m.category, m.body) for m in ms],
                         [("Ann", cocomm.Category.LAY, "Leeds, North"),
                          ("Bj\u00f6rn", cocomm.Category.CLINICAL, None)])

    def test_bad_members_say_which_and_what(self):
        ms = [cocomm.Member("Ann", cocomm.Category.LAY, position=cocomm.Position.CHAIR),
              cocomm.Member("Bob", cocomm.Category.EXECUTIVE), cocomm.Member("Cy", 99)]
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee(ms, "delegated")
        e = cm.exception
        self.assertNotIsInstance(e, cocomm.RosterParseError)
        self.assertEqual((e.status, e.index, e.field, e.field_id, e.message),
                         (cocomm.Status.INVALID_ARGUMENT, 2, "category", cocomm.Field.CATEGORY,
                          "not a category"))
        self.assertEqual((e.line, e.column, e.text), (0, 0, ""))
        self.assertIn("member 2 (category): not a category", str(e))
        ms[2] = cocomm.Member("C\x07y", cocomm.Category.LAY)
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee(ms, "delegated")
        self.assertEqual((cm.exception.status, cm.exception.index, cm.exception.field),
                         (cocomm.Status.PARSE, 2, "name"))
        ms[2] = cocomm.Member("Cy", cocomm.Category.LAY)
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee(ms, 9)
        self.assertEqual((cm.exception.index, cm.exception.field, cm.exception.message),
                         (None, "kind", "not a committee kind"))
        self.assertIn(": kind: not a committee kind", str(cm.exception))
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.check_decision(ms, votes={1: 9})
        self.assertEqual((cm.exception.index, cm.exception.field), (1, "votes"))
        self.assertIn("decision: member 1 (votes): not a vote", str(cm.exception))
        self.assertIsInstance(cocomm.validate_committee(ms, "delegated"), list)  # mended: no raise

    def test_errors_without_an_error_struct_keep_their_status_text(self):
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.parse_model("model four")
        self.assertEqual((cm.exception.index, cm.exception.field, cm.exception.message), (None, None, None))
        self.assertEqual(str(cm.exception), "model 'model four': parse error (PARSE)")

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
