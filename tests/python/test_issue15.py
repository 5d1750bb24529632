#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 15, the Python half: the module installable and typed, safe and
clear errors, results that flow (dicts, JSON, pandas), and the columnar
batch path (cocomm_committee_assess_columns, validate_committees,
validate_rosters)."""
import dataclasses
import inspect
import json
import os
import subprocess
import sys
import tempfile
import unittest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, "examples", "python"))
import cocomm  # noqa: E402
from cocomm import _ffi  # noqa: E402

DATA = os.path.join(TOP, "examples", "data")
GOOD = os.path.join(DATA, "delegated-committee.csv")
FAULTY = os.path.join(DATA, "faulty-committee.csv")


def workload():
    """Committees as JSON gives them (the peers' shape)."""
    cats = ["lay", "executive", "clinical", "nhs_england", "healthwatch", "hwb", "lmc", "other"]
    out = []
    for k in range(40):
        members = [{"name": "Member %d-%d" % (k, j), "category": cats[(k + j * 3) % 8],
                    "voting": cats[(k + j * 3) % 8] not in ("healthwatch", "hwb") or j == 5,
                    "position": "chair" if j == k % 7 else "vice_chair" if j == (k + 1) % 7 and k % 3 else "none"}
                   for j in range(7 + k % 9)]
        out.append({"kind": "delegated" if k % 4 else "joint", "members": members})
    return out


class Package(unittest.TestCase):
    def test_version_and_library(self):
        self.assertEqual(cocomm.__version__, cocomm.version())
        self.assertEqual(cocomm.__version__, _ffi.lib.cocomm_version_string().decode())
        self.assertTrue(os.path.exists(cocomm.library_path), cocomm.library_path)
        self.assertEqual(cocomm.library_found_by, "COCOMM_LIBRARY")
        self.assertEqual(os.path.realpath(cocomm.library_path), os.path.realpath(os.environ["COCOMM_LIBRARY"]))

    def test_build_trees_are_searched_after_the_variable(self):
        import pathlib
        trees = _ffi._build_trees(pathlib.Path(TOP))
        self.assertEqual([str(t.relative_to(TOP)) for t in trees[:2]],
                         ["build/lib/libcocomm.so.2", "builddir/lib/libcocomm.so.2"])
        self.assertEqual(_ffi._build_trees(pathlib.Path(TOP) / "docs"), [])  # not a checkout's top
        here = os.path.realpath(os.environ["COCOMM_LIBRARY"])
        if here.startswith(os.path.realpath(TOP) + os.sep):  # a build directory in the checkout: found without the variable
            env = {k: v for k, v in os.environ.items() if k != "COCOMM_LIBRARY"}
            out = subprocess.run([sys.executable, "-c", "import cocomm; print(cocomm.library_found_by)"],
                                 cwd=os.path.join(TOP, "examples", "python"), env=env, capture_output=True,
                                 text=True)
            self.assertEqual(out.stdout.strip(), "build tree", out.stderr)

    def test_py_typed_and_pyproject(self):
        self.assertTrue(os.path.exists(os.path.join(TOP, "examples", "python", "cocomm", "py.typed")))
        with open(os.path.join(TOP, "examples", "python", "pyproject.toml")) as f:
            text = f.read()
        self.assertIn('name = "cocomm"', text)
        self.assertIn('"py.typed"', text)
        self.assertIn("setuptools.build_meta", text)

    def test_every_public_name_has_a_docstring(self):
        for name in cocomm.__all__:
            obj = getattr(cocomm, name)
            if isinstance(obj, str):
                continue
            doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else obj.__doc__
            self.assertTrue(doc and doc.strip(), name)
            self.assertFalse(doc.startswith(name + "("), name + ": only dataclass' generated signature")

    def test_every_public_function_is_annotated(self):
        for name in cocomm.__all__:
            obj = getattr(cocomm, name)
            if inspect.isfunction(obj):
                sig = inspect.signature(obj)
                self.assertIsNot(sig.return_annotation, inspect.Signature.empty, name)
                for p in sig.parameters.values():
                    self.assertIsNot(p.annotation, inspect.Parameter.empty, "%s(%s)" % (name, p.name))


class Errors(unittest.TestCase):
    def setUp(self):
        self.ms = cocomm.read_roster(GOOD)

    def test_wrong_types_raise_type_error_naming_the_field(self):
        with self.assertRaisesRegex(TypeError, "Member.name must be a str, not int"):
            cocomm.Member(123, "lay")
        with self.assertRaisesRegex(TypeError, r"Member\('A'\)\.category"):
            cocomm.Member("A", 3.5)
        with self.assertRaisesRegex(TypeError, r"\.voting"):
            cocomm.Member("A", "lay", voting=[1])
        with self.assertRaisesRegex(ValueError, r"\.voting: .*'maybe'"):
            cocomm.Member("A", "lay", voting="maybe")
        with self.assertRaisesRegex(TypeError, r"\.body must be a str"):
            cocomm.Member("A", "lay", body=7)
        with self.assertRaisesRegex(TypeError, r"member 1: Member.name must be a str"):
            cocomm.validate_committee([{"name": "A", "category": "lay"}, {"name": None, "category": "lay"}])
        with self.assertRaisesRegex(ValueError, r"member 0: unknown field colour"):
            cocomm.validate_committee([{"name": "A", "category": "lay", "colour": "red"}])
        # C would read a name only up to a NUL: refused, never cut short
        with self.assertRaisesRegex(ValueError, r"Member\('A\\x00nn'\)\.name: a NUL character"):
            cocomm.Member("A\0nn", "lay")
        with self.assertRaisesRegex(ValueError, r"committee 1: member 0: .*\.name: a NUL character"):
            cocomm.validate_committees([[{"name": "Bo", "category": "lay", "voting": True, "position": "none"}],
                                        [{"name": "A\0nn", "category": "lay", "voting": True, "position": "none"}]])
        with self.assertRaisesRegex(TypeError, "members must be a list"):
            cocomm.validate_committee("Ann, Bob")
        with self.assertRaisesRegex(TypeError, "terms must be a Terms"):
            cocomm.validate_committees([self.ms], terms="quorum 3")
        m = cocomm.Member("A", "lay")
        m.name = 123  # changed after it was made: still refused before the library sees it
        with self.assertRaisesRegex(TypeError, "member 0: Member.name must be a str"):
            cocomm.validate_committee([m])

    def test_enums_by_name_case_insensitive(self):
        m = cocomm.Member("Ann", "LAY", position="Chair", voting="yes")
        self.assertEqual((m.category, m.position, m.voting), (cocomm.Category.LAY, cocomm.Position.CHAIR, True))
        self.assertEqual(cocomm.Member("B", "nhs_england", position="vice-chair").position,
                         cocomm.Position.VICE_CHAIR)
        self.assertEqual(cocomm.Member("C", "Lay member").category, cocomm.Category.LAY)  # a list's spelling
        self.assertEqual(cocomm.function_role("delegated", "contracts"),
                         cocomm.function_role(cocomm.Model.DELEGATED, cocomm.Function.CONTRACTS))
        self.assertEqual(cocomm.function_role("Delegated", "Enhanced services"),
                         cocomm.function_role(3, 11))
        with self.assertRaisesRegex(ValueError, "function: 'catering' is not a Function"):
            cocomm.function_role("delegated", "catering")
        with self.assertRaisesRegex(ValueError, "position"):
            cocomm.Member("D", "lay", position="boss")
        self.assertEqual(cocomm.validate_committee(self.ms, "DELEGATED"), cocomm.validate_committee(self.ms))

    def test_members_by_index_or_name_everywhere(self):
        ms = self.ms
        by_name = cocomm.check_decision(ms, conflicted=["Dr Aled Price"], votes={"Margaret Okafor": "for",
                                                                                 "Joanne Fell": "AGAINST"})
        by_index = cocomm.check_decision(ms, conflicted=[5], votes={0: cocomm.Vote.FOR, 4: 2})
        self.assertEqual(by_name.withdrawn, 1)
        self.assertEqual(dataclasses.replace(by_name, findings=[]), dataclasses.replace(by_index, findings=[]))
        self.assertEqual((by_name.votes_for, by_name.votes_against), (1, 1))
        absent = cocomm.check_decision(ms, present=[m.name for m in ms if m.name != "Karen Doyle"])
        self.assertEqual(absent.roles[7] & cocomm.ItemRole.COUNTED, 0)
        with self.assertRaisesRegex(ValueError, "conflicted: no member named 'Dr Nobody'"):
            cocomm.check_decision(ms, conflicted=["Dr Nobody"])
        with self.assertRaisesRegex(ValueError, r"conflicted: no member 99 \(0 to 10\)"):
            cocomm.check_decision(ms, conflicted=[99])
        with self.assertRaisesRegex(ValueError, "votes: no member 11"):
            cocomm.check_decision(ms, votes={11: "for"})
        with self.assertRaisesRegex(ValueError, r"votes.Margaret Okafor: vote .*'yes'"):
            cocomm.check_decision(ms, votes={"Margaret Okafor": "yes"})
        with self.assertRaisesRegex(ValueError, "chosen: no member named 'Zed'"):
            cocomm.check_decision(ms, chosen="Zed")
        with self.assertRaisesRegex(ValueError, "casting_by: no member -1"):
            cocomm.check_decision(ms, casting_by=-1)
        with self.assertRaisesRegex(TypeError, "votes: expected a mapping"):
            cocomm.check_decision(ms, votes=["Ann"])
        with self.assertRaisesRegex(TypeError, "present: a member is an index or a name, not float"):
            cocomm.check_decision(ms, present=[1.5])

    def test_unknown_identifiers(self):
        with self.assertRaises(cocomm.NotFoundError) as cm:
            cocomm.rule("X-99")
        self.assertIsInstance(cm.exception, ValueError)
        self.assertIsInstance(cm.exception, KeyError)
        self.assertIn("no rule 'X-99'", str(cm.exception))
        with self.assertRaisesRegex(ValueError, "no edition 'nope'"):
            cocomm.timeline("delegated", edition="nope")
        with self.assertRaisesRegex(TypeError, "rule: identifier must be a str"):
            cocomm.rule(1)


class Results(unittest.TestCase):
    def test_findings_carry_the_member_name(self):
        found = cocomm.validate_committee(cocomm.read_roster(FAULTY))
        named = [f for f in found if f.subject >= 0]
        self.assertTrue(named)
        ms = cocomm.read_roster(FAULTY)
        for f in named:
            self.assertEqual(f.member_name, ms[f.subject].name)
        self.assertTrue(all(f.member_name is None for f in found if f.subject < 0))

    def test_milestone_when_in_words(self):
        by_id = {m.id: m for m in cocomm.timeline("delegated")}
        self.assertEqual(by_id["T-11"].when, "12:00, 9 January 2015")
        self.assertEqual(by_id["T-9"].when, "November 2014 to January 2015")
        self.assertIn("when", by_id["T-11"].to_dict())

    def test_to_dict_and_json(self):
        ms = cocomm.read_roster(FAULTY)
        found = cocomm.validate_committee(ms)
        d = found[0].to_dict()
        self.assertEqual(d["severity"], found[0].severity.name.lower())
        self.assertEqual(json.loads(json.dumps(d)), d)
        data = json.loads(cocomm.to_json(found))
        self.assertEqual([f["rule"] for f in data], [f.rule for f in found])
        self.assertEqual(json.loads(cocomm.to_json(cocomm.read_roster(GOOD)[0]))["category"], "lay")
        r = cocomm.check_decision(cocomm.read_roster(GOOD), conflicted=["Dr Aled Price"])
        rd = json.loads(cocomm.to_json(r))
        self.assertEqual(rd["outcome"], r.outcome.name.lower())
        self.assertIn("withdrawn", rd["roles"][5])
        self.assertIsInstance(json.loads(cocomm.to_json(cocomm.timeline("delegated")))[0]["start"], str)
        self.assertEqual(json.loads(cocomm.to_json(cocomm.check_submission("delegated", "2015-01-09T12:00:01")))
                         ["late_by"], 1.0)
        self.assertEqual(json.loads(cocomm.to_json(cocomm.rule("C-1")))["id"], "C-1")

    def test_to_dataframe(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            with self.assertRaisesRegex(ImportError, "needs pandas"):
                cocomm.to_dataframe([])
            self.skipTest("pandas is not installed (python3-pandas): to_dataframe says so")
        found = cocomm.validate_committee(cocomm.read_roster(FAULTY))
        df = cocomm.to_dataframe(found)
        self.assertEqual(len(df), len(found))
        self.assertEqual(str(df["severity"].dtype), "category")
        self.assertEqual(list(df["severity"].cat.categories), ["error", "warning", "info"])
        self.assertEqual(list(df["member_name"]), [f.member_name for f in found])
        members = cocomm.to_dataframe(cocomm.read_roster(GOOD))
        self.assertEqual(members["category"][0], "lay")
        batch = cocomm.to_dataframe(cocomm.validate_committees(workload()[:3]))
        self.assertEqual(sorted(set(batch["committee"])), [0, 1, 2])


class Batch(unittest.TestCase):
    def test_columns_agree_with_one_at_a_time(self):
        data = workload()
        with_calls = []
        real = _ffi.lib.cocomm_committee_assess_columns
        _ffi.lib.cocomm_committee_assess_columns = lambda *a: with_calls.append(a) or real(*a)
        try:
            r = cocomm.validate_committees(data)
        finally:
            _ffi.lib.cocomm_committee_assess_columns = real
        self.assertEqual(len(with_calls), 1)  # one call for every committee
        self.assertEqual(len(r), len(data))
        for k, c in enumerate(data):
            one = cocomm.validate_committee(c["members"], c["kind"])
            self.assertEqual(r[k], one, k)
            self.assertEqual(r.counts[k], len(one))
        self.assertEqual(r.total, sum(r.counts))
        rows = r.rows()
        self.assertEqual(len(rows), r.total)
        self.assertEqual(rows[0][:3], (0, r[0][0].rule, "error" if r[0][0].severity == 1 else rows[0][2]))
        self.assertEqual(r.statuses, [0] * len(data))
        self.assertIn("40 committees", repr(r))
        self.assertEqual(json.loads(cocomm.to_json(r))[1]["committee"], 1)

    def test_every_input_shape(self):
        good, bad = cocomm.read_roster(GOOD), cocomm.read_roster(FAULTY)
        as_dicts = [{"name": m.name, "category": m.category.name.lower(), "voting": m.voting,
                     "position": m.position.name.lower()} for m in good]
        spelled = [dict(d, category="Lay member" if d["category"] == "lay" else d["category"]) for d in as_dicts]
        terms = cocomm.Terms(quorum=8)
        r = cocomm.validate_committees([good, (bad, "joint"), {"kind": "delegated", "members": as_dicts},
                                        (spelled, "delegated"), (good, "delegated", terms), iter([])],
                                       kind="delegated")
        self.assertEqual(r[0], cocomm.validate_committee(good))
        self.assertEqual(r[1], cocomm.validate_committee(bad, "joint"))
        self.assertEqual([f.rule for f in r[2]], [f.rule for f in r[0]])
        self.assertEqual([f.rule for f in r[3]], [f.rule for f in r[0]])
        self.assertEqual(r[4], cocomm.validate_committee(good, terms=terms))  # its own terms: a call of its own
        self.assertEqual(r[5], cocomm.validate_committee([]))  # no one: the findings of an empty committee
        with self.assertRaisesRegex(TypeError, "a committee is a dict"):
            cocomm.validate_committees([42])
        with self.assertRaisesRegex(ValueError, r"committee 1: member 0: .*category"):
            cocomm.validate_committees([good, [{"name": "A", "category": "wizard"}]])

    def test_a_refused_committee_does_not_stop_the_others(self):
        data = workload()[:3]
        data[1]["members"][2]["name"] = "Bad\x01name"
        r = cocomm.validate_committees(data)
        self.assertIsInstance(r[1], cocomm.CocommError)
        self.assertEqual((r[1].status, r[1].index, r[1].field), (cocomm.Status.PARSE, 2, "name"))
        self.assertIn("committee 1: member 2 (name)", str(r[1]))
        self.assertEqual(r[0], cocomm.validate_committee(data[0]["members"], data[0]["kind"]))
        self.assertEqual(r[2], cocomm.validate_committee(data[2]["members"], data[2]["kind"]))
        self.assertEqual(r.counts[1], 0)
        self.assertEqual(list(r.errors()), [1])

    def test_rosters_from_files_and_bytes(self):
        with open(GOOD, "rb") as f:
            good_bytes = f.read()
        r = cocomm.validate_rosters([GOOD, FAULTY, good_bytes, b"name,category\nAnn,Wizard\n"])
        self.assertEqual(r[0], cocomm.validate_committee(cocomm.read_roster(GOOD)))
        self.assertEqual(r[1], cocomm.validate_committee(cocomm.read_roster(FAULTY)))
        self.assertEqual(r[2], r[0])
        self.assertIsInstance(r[3], cocomm.RosterParseError)
        self.assertEqual(r[3].line, 2)
        with self.assertRaisesRegex(TypeError, "source 0: a path or bytes"):
            cocomm.validate_rosters([3])
        many = cocomm.validate_rosters([FAULTY] * 30)  # the findings array grows
        self.assertEqual(many.counts, [len(r[1])] * 30)
        self.assertEqual(many[29], r[1])


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print("issue15: %d passed, %d failed" % (result.testsRun - failed - len(result.skipped), failed))
    sys.exit(1 if failed else 0)
