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
        self.assertEqual(len(_ffi.STRUCTS), 25)
        self.assertIn("error", _ffi.STRUCTS)
        self.assertIn("roster", _ffi.STRUCTS)
        self.assertIn("terms", _ffi.STRUCTS)
        self.assertIn("clause", _ffi.STRUCTS)
        self.assertNotIn("quorum", _ffi.STRUCTS)  # 2.0 step 4: the quorum is the terms'
        self.assertEqual(ctypes.sizeof(_ffi.Finding), 32)
        self.assertEqual(ctypes.sizeof(_ffi.Clause), 24)

    def test_the_library_exports_every_mirrored_function(self):
        self.assertEqual(_ffi.MISSING, [])

    def test_enums_are_the_library_s(self):
        for o in cocomm.Office:
            self.assertNotEqual(_ffi.lib.cocomm_office_name(o), b"unknown", o)
        self.assertEqual(_ffi.lib.cocomm_office_name(len(cocomm.Office)), b"unknown")
        self.assertEqual([_ffi.lib.cocomm_majority_name(m).decode() for m in cocomm.Majority],
                         ["votes cast", "present and entitled"])
        self.assertEqual([_ffi.lib.cocomm_preside_name(p).decode() for p in cocomm.Preside],
                         ["by kind", "lay", "any"])
        self.assertEqual(_ffi.lib.cocomm_outcome_name(cocomm.Outcome.NOT_CARRIED), b"not carried")
        self.assertEqual(_ffi.lib.cocomm_outcome_name(max(cocomm.Outcome) + 1), b"unknown")
        self.assertFalse(hasattr(cocomm, "Quorum") or hasattr(cocomm, "Presiding"))

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
        # "4 voting members including 2 lay members, one of them the chair or vice-chair"
        terms = cocomm.Terms(quorum=[cocomm.Clause(min=4), cocomm.Clause(min=2, categories=["lay"]),
                                     cocomm.Clause(categories=[cocomm.Category.LAY],
                                                   positions=["chair", "vice-chair"])])
        self.assertEqual(cocomm.validate_committee(good, "delegated", terms), [])
        self.assertEqual(cocomm.validate_committee(good, "delegated", terms=terms), [])
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
        broken = [cocomm.Member("x\x07", cocomm.Category.LAY)]  # a control character: the library refuses it
        with counting("cocomm_committee_assess_columns") as calls:
            out = cocomm.validate_committees([(good, "delegated"), (bad, "delegated"), (broken, "joint"),
                                              (bad, "joint")])
        self.assertEqual(len(calls), 2)  # all four at once, then the refused one alone, to say why
        self.assertEqual(out.statuses, [0, 0, cocomm.Status.PARSE, 0])
        self.assertEqual(out[0], cocomm.validate_committee(good, "delegated"))
        self.assertEqual(out[1], cocomm.validate_committee(bad, "delegated"))
        self.assertIsInstance(out[2], cocomm.CocommError)
        self.assertEqual(out[2].status, cocomm.Status.PARSE)
        self.assertEqual((out[2].index, out[2].field), (0, "name"))
        self.assertIn("committee 2: member 0 (name): not UTF-8", str(out[2]))
        self.assertEqual(out[3], cocomm.validate_committee(bad, "joint"))

    def test_findings_name_members_and_cite_sources(self):
        bad = cocomm.read_roster(os.path.join(DATA, "faulty-committee.csv"))
        found = cocomm.validate_committee(bad, "delegated")
        c3 = [f for f in found if f.rule == "C-3"][0]
        self.assertEqual(c3.severity, cocomm.Severity.ERROR)
        self.assertEqual(c3.subject, 6)
        self.assertEqual(c3.message, "member 7 (Gwen Hall) is a Healthwatch observer and must not vote")
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
        self.assertEqual(len([f for f in found if f.message == "member 2 (Dup) is listed twice"]), 1)
        self.assertEqual(few, cocomm.validate_committee(bad, "delegated"))
        with counting("cocomm_decision_assess") as calls:
            cocomm.check_decision(bad, conflicted={0, 1})
        self.assertEqual(len(calls), 1)

    def test_long_names_are_not_cut(self):
        name = "N" * 250
        ms = [cocomm.Member(name + "1", cocomm.Category.LAY, position=cocomm.Position.CHAIR),
              cocomm.Member(name + "2", cocomm.Category.LAY, position=cocomm.Position.CHAIR)]
        second = [f for f in cocomm.validate_committee(ms, "joint") if f.subject == 1][0]
        self.assertEqual(second.message, "member 2 (%s2) is a second chair" % name)

    def test_roster_errors_say_where(self):
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b"name,category\nAnn,Lay\nBob,Trustee\n")
        e = cm.exception
        self.assertEqual((e.line, e.column, e.text), (3, 2, "Trustee"))
        self.assertEqual((e.status, e.index, e.field, e.field_id),
                         (cocomm.Status.PARSE, None, "category", cocomm.Field.CATEGORY))
        self.assertTrue(e.message.startswith("not a member type: write Lay, Executive"), e.message)
        self.assertTrue(str(e).startswith("line 3, column 2: not a member type: write Lay"), str(e))
        self.assertTrue(str(e).endswith('"Trustee" (PARSE)'), str(e))
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b"name\nAnn\n")
        self.assertEqual((cm.exception.line, cm.exception.column, cm.exception.text), (1, 1, ""))
        self.assertEqual(cm.exception.message,
                         "no member-type column in the header: head one column Member type (or Category, Type)")
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.parse_roster(b'name,category\n"Ann\x01",Lay\n')
        self.assertEqual((cm.exception.line, cm.exception.column), (2, 1))
        self.assertEqual(cm.exception.text, "Ann\ufffd")  # a control character reads as U+FFFD

    def test_roster_says_how_it_read_the_file(self):
        """Encoding, delimiter, the header and what each column was read as,
        the columns not read, each member's line (docs/csv.md)."""
        data = "Name;Member type;Voting (Y/N);Email\r\nSi\u00e2n O\u2019Brien;Accountable Officer;N;x\r\n\r\nBo;GP;Y;\r\n"
        r = cocomm.parse_roster(data.encode("cp1252"))
        self.assertEqual((r.encoding, r.delimiter), ("Windows-1252", ";"))
        self.assertEqual(r.header, ["Name", "Member type", "Voting (Y/N)", "Email"])
        self.assertEqual(r.column_kinds, ["name", "category", "voting", "unused"])
        self.assertEqual(r.unused_columns, [(4, "Email")])
        self.assertEqual(r.lines, [2, 4])
        self.assertEqual(r[0].name, "Si\u00e2n O\u2019Brien")
        self.assertEqual((r[0].category, r[0].voting, r[0].tags), (cocomm.Category.EXECUTIVE, False,
                                                                    (cocomm.Office.CHIEF_OFFICER,)))
        r = cocomm.parse_roster(b"\xff\xfe" + "name\tcategory\nAnn\tLay\n".encode("utf-16-le"))
        self.assertEqual((r.encoding, r.delimiter, r[0].name), ("UTF-16LE", "\t", "Ann"))
        sp = cocomm.spellings()
        self.assertIn({"kind": "value", "column": "category", "text": "Accountable Officer",
                       "category": cocomm.Category.EXECUTIVE, "office": cocomm.Office.CHIEF_OFFICER,
                       "position": None, "voting": None, "body": None, "note": None}, sp)
        role = [s for s in sp if s["text"] == "Role"][0]
        self.assertEqual((role["kind"], role["column"]), ("header", "refused"))
        self.assertIn("ambiguous", role["note"])

    def test_roster_counts_then_fills(self):
        with counting("cocomm_roster_parse") as calls:
            self.assertEqual(cocomm.parse_roster(b"name,category\n"), [])
        self.assertEqual(len(calls), 2)  # no member, but the header's cells are kept
        with counting("cocomm_roster_parse") as calls:
            ms = cocomm.parse_roster("name,category,organisation\nAnn,Lay,\"Leeds, North\"\nBj\u00f6rn,GP,\n")
        self.assertEqual(len(calls), 2)
        self.assertEqual([(m.name, m.category, m.body) for m in ms],
                         [("Ann", cocomm.Category.LAY, "Leeds, North"),
                          ("Bj\u00f6rn", cocomm.Category.CLINICAL, None)])

    def test_bad_members_say_which_and_what(self):
        ms = [cocomm.Member("Ann", cocomm.Category.LAY, position=cocomm.Position.CHAIR),
              cocomm.Member("Bob", cocomm.Category.EXECUTIVE), cocomm.Member("Cy", cocomm.Category.LAY)]
        # A value no enum has is refused before the library sees it (issue 15).
        with self.assertRaisesRegex(ValueError, r"Member\('Cy'\)\.category: .*99 is not a Category"):
            cocomm.Member("Cy", 99)
        ms[2].category = 99  # changed after it was made: refused all the same, saying which member
        with self.assertRaisesRegex(ValueError, r"member 2: Member\('Cy'\)\.category"):
            cocomm.validate_committee(ms, "delegated")
        ms[2] = cocomm.Member("C\x07y", cocomm.Category.LAY)
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee(ms, "delegated")
        self.assertEqual((cm.exception.status, cm.exception.index, cm.exception.field),
                         (cocomm.Status.PARSE, 2, "name"))
        ms[2] = cocomm.Member("Cy", cocomm.Category.LAY)
        with self.assertRaisesRegex(ValueError, "committee kind: 9 is not a CommitteeKind"):
            cocomm.validate_committee(ms, 9)
        with self.assertRaisesRegex(ValueError, "votes.1: vote .*: 9 is not a Vote"):
            cocomm.check_decision(ms, votes={1: 9})
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
        self.assertIn("Dr Aled Price: left the room", r.register_entry)
        # Chair and vice-chair conflicted: only a lay member may be chosen to
        # preside over a delegated committee's item (C-15), and none is chosen.
        r = cocomm.check_decision(members, conflicted={0, 1})
        self.assertFalse(r.can_decide)
        self.assertEqual((r.presided, r.presiding, r.may_preside), (cocomm.Presided.TO_CHOOSE, None, [2]))
        self.assertIn("C-15", [f.rule for f in r.findings])


TERMS = os.path.join(DATA, "terms")
C = cocomm.Clause


def names(members, indices):
    return [members[i].name for i in indices]


class Terms(unittest.TestCase):
    """Terms of reference (C-13 to C-16): by hand, from a terms file, back to text."""

    def test_read_terms_from_a_file(self):
        t = cocomm.read_terms(os.path.join(TERMS, "form-a.terms"))
        self.assertEqual((t.majority, t.casting_vote, t.presiding),
                         (cocomm.Majority.VOTES_CAST, True, cocomm.Preside.BY_KIND))
        self.assertEqual(t.quorum, [C(min=3), C(categories=["lay"]),
                                    C(tags=["chief officer", "chief finance officer",
                                            cocomm.Office.DIRECTOR_OF_COMMISSIONING])])
        self.assertEqual(t.quorum[2].tags, (cocomm.Office.CHIEF_OFFICER, cocomm.Office.CHIEF_FINANCE_OFFICER,
                                            cocomm.Office.DIRECTOR_OF_COMMISSIONING))
        self.assertEqual((t.membership, t.tag_names), ([], {}))

    def test_named_tags_and_counts(self):
        t = cocomm.read_terms(os.path.join(TERMS, "form-b.terms"))
        self.assertEqual(t.tag_names, {16: "non-executive member"})
        self.assertEqual(t.tag("Non-Executive  Member"), 16)
        self.assertEqual(t.tag("CFO"), cocomm.Office.CHIEF_FINANCE_OFFICER)
        self.assertEqual((t.tag_name(16), t.tag_name(0)), ("non-executive member", "chief officer"))
        self.assertEqual(t.quorum[0], C(min=3, tags=[16]))
        self.assertEqual(t.quorum[2], C(min=C.ALL, tags=["chief officer"], voting=cocomm.Count.ANY))
        self.assertEqual(t.quorum[3], C(min=2, voting="non-voting"))
        # a name the terms give resolves when the Terms is made
        self.assertEqual(cocomm.Terms(quorum=[C(min=3, tags=["non-executive member"])],
                                      tag_names=["non-executive member"]).quorum, t.quorum[:1])

    def test_joint_terms_count_each_body(self):
        t = cocomm.read_terms(os.path.join(TERMS, "joint.terms"))
        self.assertEqual((t.majority, t.presiding), (cocomm.Majority.PRESENT_AND_ENTITLED, cocomm.Preside.ANY))
        self.assertEqual(t.quorum[1], C(body=cocomm.ClauseBody.EACH_BODY))
        self.assertEqual(t.membership, [C(body="nhs_england"), C(body=cocomm.ClauseBody.CCG)])

    def test_every_bundled_terms_file_reads_back_from_its_text(self):
        for name in sorted(os.listdir(TERMS)):
            t = cocomm.read_terms(os.path.join(TERMS, name))
            text = t.format()
            self.assertEqual(cocomm.parse_terms(text), t, name)
            self.assertEqual(cocomm.parse_terms(text.encode()), t, name)
            t.check()

    def test_the_old_simple_quorum(self):
        self.assertEqual(cocomm.Terms(quorum=3), cocomm.Terms(quorum=[C(min=3)]))
        self.assertEqual(cocomm.Terms(quorum=C(min=3)).quorum, [C(min=3, voting=cocomm.Count.VOTING)])
        self.assertEqual(cocomm.Terms(quorum=3).format(),
                         "majority: votes cast\ncasting vote: no\npresiding: by kind\n"
                         "quorum: at least 3 voting members\n")
        self.assertEqual(cocomm.Terms().format(), "majority: votes cast\ncasting vote: no\npresiding: by kind\n")
        # As the third item of validate_committees, or as quorum= (replacing the terms' quorum).
        good = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        [never] = cocomm.validate_committees([(good, "delegated", cocomm.Terms(quorum=8))])
        self.assertEqual([f.message for f in never], ["quorum can never be met: it needs at least 8 voting members "
                                                      "(8), and the committee lists 7"])
        self.assertEqual(cocomm.validate_committee(good, quorum=8), never)
        form_a = cocomm.read_terms(os.path.join(TERMS, "form-a.terms"))
        self.assertEqual(cocomm.validate_committee(good, terms=form_a, quorum=[C(min=8)]), never)
        self.assertEqual(cocomm.parse_office(" Accountable  Officer "), cocomm.Office.CHIEF_OFFICER)
        with self.assertRaises(cocomm.CocommError):
            cocomm.parse_office("chief wizard")

    def test_parse_errors_say_where(self):
        with self.assertRaises(cocomm.TermsParseError) as cm:
            cocomm.parse_terms("# ours\nmajority: votes counted\n")
        e = cm.exception
        self.assertIsInstance(e, cocomm.CocommError)
        self.assertEqual((e.status, e.line, e.column, e.field_id, e.text),
                         (cocomm.Status.PARSE, 2, 11, cocomm.Field.TEXT, "votes counted"))
        self.assertEqual(e.message, "expected 'votes cast' or 'present and entitled' after 'majority:'")
        with self.assertRaises(cocomm.TermsParseError) as cm:
            cocomm.parse_terms(b"quorum: at least 3 members of wizards\n")
        self.assertEqual((cm.exception.line, cm.exception.column, cm.exception.text), (1, 31, "wizards"))
        self.assertEqual(str(cm.exception), 'line 1, column 31: expected a category, an office or a tag '
                                            'declared on an earlier line "wizards" (PARSE)')
        with self.assertRaises(cocomm.TermsParseError) as cm:
            cocomm.parse_terms("quorum: at least 2000 members")
        self.assertEqual(cm.exception.status, cocomm.Status.OUT_OF_RANGE)
        path = os.path.join(TERMS, "form-a.terms")
        with open(path, "rb") as f:
            broken = f.read().replace(b"casting vote: yes", b"casting vote: maybe")
        import tempfile
        with tempfile.NamedTemporaryFile("wb", suffix=".terms", delete=False) as f:
            f.write(broken)
        try:
            with self.assertRaises(cocomm.TermsParseError) as cm:
                cocomm.read_terms(f.name)
            self.assertTrue(str(cm.exception).startswith(f.name + ": line 13, column 15: expected 'yes' or 'no'"),
                            str(cm.exception))
        finally:
            os.unlink(f.name)

    def test_bad_terms_are_refused(self):
        with self.assertRaises(ValueError):
            C(voting="sometimes")
        with self.assertRaises(ValueError):
            cocomm.Terms(quorum=[C(tags=["wizard"])])
        with self.assertRaises(ValueError):
            cocomm.Terms(quorum=[C(min=1)] * 17)._to_c()
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.Terms(quorum=[C(min=2000)]).check()
        self.assertEqual((cm.exception.index, cm.exception.field_id), (0, cocomm.Field.CLAUSE))
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee([cocomm.Member("A", "lay", position="chair")], "delegated",
                                      cocomm.Terms(membership=[C(min=2000)]))
        self.assertEqual((cm.exception.index, cm.exception.field), (100, "clause"))


class RostersWithTagsAndNotes(unittest.TestCase):
    def test_tags_column_offices(self):
        ms = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        self.assertEqual(ms[3].tags, (cocomm.Office.CHIEF_OFFICER,))  # "Accountable officer"
        self.assertEqual(ms[5].tags, (cocomm.Office.GP,))
        self.assertEqual(ms.notes, [])  # every voting value given
        self.assertIsNone(ms.terms)

    def test_tags_the_terms_name_and_the_defaults_noted(self):
        terms = cocomm.read_terms(os.path.join(TERMS, "form-b.terms"))
        ms = cocomm.read_roster(os.path.join(DATA, "form-b-committee.csv"), terms=terms)
        self.assertEqual(len(ms), 13)
        self.assertIs(ms.terms, terms)
        self.assertEqual(ms[0].tags, (cocomm.Office.LAY_MEMBER_GOVERNANCE, 16))
        self.assertEqual([(n.rule, n.severity, n.subject, n.message) for n in ms.notes], [
            ("C-13", cocomm.Severity.INFO, 8, "member 9 (Iris Nolan) has no voting value: read as voting"),
            ("C-3", cocomm.Severity.INFO, 10,
             "member 11 (Kath Dent) has no voting value: read as non-voting (Healthwatch)"),
            ("C-3", cocomm.Severity.INFO, 11, "member 12 (Cllr Liam Oates) has no voting value: read as "
                                              "non-voting (Health and Wellbeing Board)"),
            ("C-13", cocomm.Severity.INFO, 12,
             "member 13 (Dr Mo Reed) has no voting value: read as non-voting (LMC)")])
        self.assertEqual([m.voting for m in ms[8:]], [True, False, False, False, False])
        self.assertEqual(cocomm.validate_committee(ms, "delegated", terms), [])
        # The same list without its terms: the tag is unknown.
        with self.assertRaises(cocomm.RosterParseError) as cm:
            cocomm.read_roster(os.path.join(DATA, "form-b-committee.csv"))
        self.assertEqual((cm.exception.line, cm.exception.column, cm.exception.text), (2, 6, "non-executive member"))
        self.assertEqual(cm.exception.message, "not an office, nor a tag the terms of reference name")

    def test_lmc_defaults_to_non_voting(self):
        ms = cocomm.parse_roster("name,category,voting\nAnn,Lay,\nDr Lee,LMC,\nDr Kay,LMC,yes\n")
        self.assertEqual([m.voting for m in ms], [True, False, True])
        self.assertEqual([n.subject for n in ms.notes], [0, 1])

    def test_nhs_england_organisation_is_the_body(self):
        ms = cocomm.parse_roster("name,category,organisation\nJo,Executive,NHS England\nKi,Executive,NHSE area team\n"
                                 "Al,Executive,NHS Englandshire CCG\n")
        self.assertEqual([m.body_kind for m in ms], [cocomm.Body.NHS_ENGLAND, cocomm.Body.NHS_ENGLAND,
                                                     cocomm.Body.UNSTATED])


class Tags(unittest.TestCase):
    def test_a_clause_over_offices(self):
        terms = cocomm.Terms(quorum=[C(min=1, tags=["chief officer", "chief finance officer"])])
        ms = [cocomm.Member("Ann", "lay", position="chair"), cocomm.Member("Bob", "executive")]
        [f] = [f for f in cocomm.validate_committee(ms, "delegated", terms) if f.rule == "C-13"]
        self.assertEqual(f.message, "quorum can never be met: it needs at least 1 voting member of chief officer, "
                                    "chief finance officer (1), and the committee lists 0")
        ms[1].tags = ["CFO"]
        self.assertEqual([f for f in cocomm.validate_committee(ms, "delegated", terms) if f.rule == "C-13"], [])
        r = cocomm.check_decision(ms, terms=terms, present=["Ann"])
        self.assertFalse(r.quorate)
        self.assertEqual([f.message for f in r.findings if f.rule == "C-13"],
                         ["not quorate: the quorum needs at least 1 voting member of chief officer, chief finance "
                          "officer (1), and 0 count"])

    def test_named_tags(self):
        terms = cocomm.Terms(quorum=[C(min=2, tags=["finance lead"])], tag_names={20: "finance lead"})
        ms = [cocomm.Member("Ann", "lay", position="chair", tags=["finance lead"]),
              cocomm.Member("Bob", "executive", tags=[20])]
        self.assertEqual([f for f in cocomm.validate_committee(ms, "delegated", terms) if f.rule == "C-13"], [])
        with self.assertRaises(ValueError):
            cocomm.validate_committee(ms)  # no terms: "finance lead" is nobody's tag
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee([ms[1]], "delegated", cocomm.Terms())
        self.assertEqual((cm.exception.index, cm.exception.field_id), (0, cocomm.Field.TAGS))


class Presiding(unittest.TestCase):
    """C-15: chair, vice-chair, or whom the meeting chooses."""

    def setUp(self):
        self.ms = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))

    def test_chair_then_vice(self):
        r = cocomm.check_decision(self.ms)
        self.assertEqual((r.presided, r.presiding), (cocomm.Presided.CHAIR, 0))
        self.assertEqual(r.roles[0], cocomm.ItemRole.MAY_VOTE | cocomm.ItemRole.MAY_PRESIDE |
                         cocomm.ItemRole.PRESIDES | cocomm.ItemRole.COUNTED)
        r = cocomm.check_decision(self.ms, present=set(range(1, 11)))
        self.assertEqual((r.presided, r.presiding), (cocomm.Presided.VICE_CHAIR, 1))
        self.assertEqual([f.message for f in r.findings if f.rule == "C-15"],
                         ["chair: absent; the vice-chair, member 2 (Hughes, David), takes the chair"])

    def test_chosen_by_the_meeting(self):
        r = cocomm.check_decision(self.ms, conflicted=["Margaret Okafor", "Hughes, David"], chosen="Priya Raman")
        self.assertTrue(r.can_decide)
        self.assertEqual((r.presided, r.presiding, r.may_preside), (cocomm.Presided.CHOSEN, 2, [2]))
        self.assertIn("member 3 (Priya Raman), chosen by the meeting, presides", [f.message for f in r.findings])
        self.assertEqual(r.roles[0], cocomm.ItemRole.WITHDRAWN)
        self.assertTrue(r.roles[2] & cocomm.ItemRole.PRESIDES)
        self.assertEqual(r, cocomm.check_decision(self.ms, conflicted={0, 1}, chosen=2))

    def test_a_choice_that_may_not_preside(self):
        r = cocomm.check_decision(self.ms, conflicted={0, 1}, chosen="Stephen Walsh")
        self.assertFalse(r.can_decide)
        self.assertEqual((r.presided, r.presiding), (cocomm.Presided.NONE, None))
        [f] = [f for f in r.findings if f.rule == "C-15"]
        self.assertEqual((f.severity, f.message), (cocomm.Severity.ERROR,
                         "member 4 (Stephen Walsh) was chosen to preside but may not: not a lay member"))
        r = cocomm.check_decision(self.ms, conflicted={0}, chosen="Priya Raman")
        self.assertIn("member 3 (Priya Raman) was chosen to preside but may not: the vice-chair can preside",
                      [f.message for f in r.findings])
        with self.assertRaises(ValueError):
            cocomm.check_decision(self.ms, chosen="Nobody")
        with self.assertRaises(ValueError):
            cocomm.check_decision(self.ms, chosen=11)

    def test_any_member_when_the_terms_say_so(self):
        joint = cocomm.read_roster(os.path.join(DATA, "joint-committee.csv"))
        r = cocomm.check_decision(joint, "joint", conflicted={2, 4})
        self.assertEqual((r.presided, names(joint, r.may_preside)),
                         (cocomm.Presided.TO_CHOOSE, ["Helen Carter", "Mark Fenwick", "Ian Brook", "Dr Omar Aziz",
                                                      "Gillian Hart"]))
        r = cocomm.check_decision(joint, "joint", conflicted={2, 4}, presiding="lay")
        self.assertEqual(names(joint, r.may_preside), ["Gillian Hart"])
        r = cocomm.check_decision(joint, "joint", conflicted={2, 4}, chosen="Helen Carter")
        self.assertEqual(r.presided, cocomm.Presided.CHOSEN)
        self.assertIn(("C-8", "member 1 (Helen Carter) presides and is NHS England, not a lay member"),
                      [(f.rule, f.message) for f in r.findings])


class CastingVote(unittest.TestCase):
    """C-14 and C-16: a tie, broken by whoever presides where the terms grant a casting vote."""

    def setUp(self):
        self.ms = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        self.tie = {2: cocomm.Vote.FOR, "Stephen Walsh": "for", 4: "against", "Dr Aled Price": cocomm.Vote.AGAINST}

    def test_by_whoever_presides(self):
        r = cocomm.check_decision(self.ms, votes=self.tie, casting_vote=True, casting=cocomm.Vote.FOR)
        self.assertEqual((r.outcome, r.casting_by), (cocomm.Outcome.CARRIED_CASTING, 0))
        self.assertIn("a tie, decided by the casting vote of member 1 (Margaret Okafor), who presides",
                      [f.message for f in r.findings])
        terms = cocomm.read_terms(os.path.join(TERMS, "form-a.terms"))
        r = cocomm.check_decision(self.ms, votes=self.tie, terms=terms, casting="against", casting_by=0)
        self.assertEqual((r.outcome, r.casting_by), (cocomm.Outcome.DEFEATED_CASTING, 0))
        r = cocomm.check_decision(self.ms, votes=self.tie, terms=terms, casting_vote=False, casting="for")
        self.assertEqual((r.outcome, r.casting_by), (cocomm.Outcome.TIED, None))
        self.assertIn("C-16", [f.rule for f in r.findings if f.severity == cocomm.Severity.ERROR])

    def test_never_by_another_member(self):
        r = cocomm.check_decision(self.ms, votes=self.tie, casting_vote=True, casting="for", casting_by="Priya Raman")
        self.assertEqual((r.outcome, r.casting_by), (cocomm.Outcome.TIED, None))
        self.assertIn("member 3 (Priya Raman) does not preside over the item: only member 1 (Margaret Okafor), "
                      "who presides, may give the casting vote", [f.message for f in r.findings])

    def test_never_by_a_member_who_withdrew(self):
        r = cocomm.check_decision(self.ms, conflicted={0, 1}, chosen=2, votes=self.tie, casting_vote=True,
                                  casting="for", casting_by="Hughes, David")
        self.assertEqual(r.outcome, cocomm.Outcome.TIED)
        self.assertIn(("C-16", cocomm.Severity.ERROR,
                       "member 2 (Hughes, David) withdrew from the item and cannot give the casting vote"),
                      [(f.rule, f.severity, f.message) for f in r.findings])


class Stayed(unittest.TestCase):
    def test_the_register_says_who_stayed_in_the_room(self):
        ms = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        r = cocomm.check_decision(ms, conflicted={5, 6}, stayed=["Dr Aled Price"], item="APMS award",
                                  votes={0: "for", 1: "for", 2: "for"}, contract_award=True)
        self.assertEqual(r.register_entry, ',APMS award,"Margaret Okafor; Hughes, David; Priya Raman",'
                                           '"Dr Aled Price: stayed in the room and took no part; '
                                           'Dr Sarah O\'Brien: left the room",carried\r\n')
        self.assertEqual(r.roles[5], cocomm.ItemRole.WITHDRAWN)
        # Staying in the room is no licence to vote (I-4): the award is not carried.
        r = cocomm.check_decision(ms, conflicted={5}, stayed={5}, votes={0: "for", 5: "for"}, contract_award=True)
        self.assertEqual((r.can_decide, r.outcome), (False, cocomm.Outcome.UNDECIDED))
        self.assertIn("I-4", [f.rule for f in r.findings])


class PresentAndEntitled(unittest.TestCase):
    """C-14: more for than half of the voting members present and entitled to vote."""

    def setUp(self):
        self.ms = cocomm.read_roster(os.path.join(DATA, "delegated-committee.csv"))
        self.votes = {2: "for", 3: "for", 4: "against", 5: "abstain", 6: "abstain"}

    def test_not_carried(self):
        r = cocomm.check_decision(self.ms, votes=self.votes, majority="present and entitled")
        self.assertEqual((r.outcome, r.majority, r.eligible), (cocomm.Outcome.NOT_CARRIED,
                                                               cocomm.Majority.PRESENT_AND_ENTITLED, 7))
        self.assertFalse(r.register_entry.endswith(",carried\r\n"))
        [f] = [f for f in r.findings if f.rule == "C-14"]
        self.assertEqual(f.message, "2 for is not more than half of the 7 voting members present and entitled "
                                    "to vote: not carried")
        # The same votes carry on the votes cast.
        r = cocomm.check_decision(self.ms, votes=self.votes)
        self.assertEqual((r.outcome, r.majority), (cocomm.Outcome.CARRIED, cocomm.Majority.VOTES_CAST))

    def test_from_the_terms_and_carried(self):
        terms = cocomm.read_terms(os.path.join(TERMS, "form-c.terms"))
        votes = dict(self.votes, **{"Dr Aled Price": "for", "Dr Sarah O'Brien": "for"})
        r = cocomm.check_decision(self.ms, votes=votes, terms=terms)
        self.assertEqual((r.outcome, r.majority, r.votes_for), (cocomm.Outcome.CARRIED,
                                                                cocomm.Majority.PRESENT_AND_ENTITLED, 4))
        r = cocomm.check_decision(self.ms, votes=votes, terms=terms, majority=cocomm.Majority.VOTES_CAST)
        self.assertEqual(r.majority, cocomm.Majority.VOTES_CAST)


class Bodies(unittest.TestCase):
    """A joint committee's bodies (C-7, C-17, quorum clauses by body)."""

    CCGS = ["99X", "99Y"]

    def setUp(self):
        self.ms = cocomm.read_roster(os.path.join(DATA, "joint-committee.csv"))
        self.terms = cocomm.read_terms(os.path.join(TERMS, "joint.terms"))
        for m in self.ms:
            m.body_ccg = {"NHS Example Dales CCG": "99X", "NHS Example Vale CCG": "99Y"}.get(m.body, 0)

    def test_each_body_counted(self):
        # "NHS England (... area team)" names the body; the CCG members say nothing.
        self.assertEqual([m.body_kind for m in self.ms[:3]],
                         [cocomm.Body.NHS_ENGLAND if m.body.startswith("NHS England") else cocomm.Body.UNSTATED
                          for m in self.ms[:3]])
        self.assertEqual(cocomm.validate_committee(self.ms, "joint", self.terms, ccg_codes=self.CCGS), [])
        # Without saying whose CCG each member is, two CCGs cannot be told apart.
        for m in self.ms:
            m.body_ccg = 0
        [f] = cocomm.validate_committee(self.ms, "joint", self.terms, ccg_codes=self.CCGS)
        self.assertEqual(f.message, "quorum can never be met: it needs at least 1 voting member from each body (1), "
                                    "and the committee lists 0")

    def test_a_body_not_present(self):
        r = cocomm.check_decision(self.ms, "joint", present=[0, 1, 2, 3, 4], terms=self.terms, ccg_codes=self.CCGS)
        self.assertFalse(r.quorate)
        self.assertIn("not quorate: the quorum needs at least 1 voting member from each body (1), and 0 count",
                      [f.message for f in r.findings])
        r = cocomm.check_decision(self.ms, "joint", present=[2, 3, 4, 5, 6], terms=self.terms, ccg_codes=self.CCGS)
        self.assertIn(("C-17", "no voting member of NHS England is present and eligible: not a joint decision"),
                      [(f.rule, f.message) for f in r.findings])

    def test_body_by_index_and_kind(self):
        ms = [cocomm.Member("Ann", "lay", position="chair", body_kind=cocomm.Body.CCG, body_ccg=1),
              cocomm.Member("Nia", "executive", body_kind="nhs england"),
              cocomm.Member("Oli", "other", body_kind=cocomm.Body.OTHER)]
        found = cocomm.validate_committee(ms, "joint", ccg_codes=self.CCGS)
        self.assertNotIn("C-7", [f.rule for f in found])
        with self.assertRaises(cocomm.CocommError) as cm:
            cocomm.validate_committee(ms, "joint")  # no CCG 1
        self.assertEqual((cm.exception.index, cm.exception.field_id), (0, cocomm.Field.BODY_KIND))
        ms[0].body_ccg = "02Z"
        with self.assertRaises(ValueError):
            cocomm.validate_committee(ms, "joint", ccg_codes=self.CCGS)


class Timeline(unittest.TestCase):
    def test_submission_boundaries_T30_T31(self):
        self.assertTrue(cocomm.check_submission("delegated", "2015-01-09T12:00:00").on_time)
        late = cocomm.check_submission("delegated", "2015-01-09T12:00:01")
        self.assertFalse(late.on_time)
        self.assertEqual(late.late_by, datetime.timedelta(seconds=1))
        # RULES.md revision 2: T-19 belongs to edition 2014-09 only; 002 leaves
        # the next cycle to "due course", so no later deadline is named.
        self.assertIsNone(late.next_deadline_id)
        late = cocomm.check_submission("delegated", "2015-01-09T12:00:01", edition="2014-09")
        self.assertEqual((late.next_deadline_id, late.go_live), ("T-19", datetime.date(2016, 4, 1)))
        self.assertTrue(cocomm.check_submission("joint", "2015-01-30T23:59:59").on_time)
        utc = datetime.datetime(2015, 1, 9, 12, 0, 1, tzinfo=datetime.timezone.utc)
        self.assertFalse(cocomm.check_submission(cocomm.Model.DELEGATED, utc).on_time)

    def test_judge_cycle_T30_and_the_end(self):
        v = cocomm.judge_cycle("delegated", "2015-11-06T23:59:59")
        self.assertEqual((v.verdict, v.edition, v.on_time, v.go_live, v.source_kind),
                         ("judged", "2016/17", True, datetime.date(2016, 4, 1), "secondary"))
        self.assertEqual(cocomm.judge_cycle("delegated", "2018-01-01T00:00").unknown_close, "2018/19")
        self.assertEqual(cocomm.judge_cycle("delegated", "2020-01-01T00:00").verdict, "no known close")
        end = cocomm.judge_cycle("joint", "2022-07-01T00:00:00")
        self.assertEqual((end.verdict, end.edition, end.rule), ("after the end of CCGs", "end", "M-1"))

    def test_diff_T11_T19_T35(self):
        d = cocomm.diff_editions("2014-09", "2014-11")
        self.assertEqual(len(d), 22)
        t11 = [x for x in d if x.id == "T-11"][0]
        self.assertEqual(t11.change, "changed")
        self.assertEqual(t11.old[:3], (datetime.date(2015, 1, 5), datetime.date(2015, 1, 5), None))
        self.assertEqual(t11.new[2], datetime.time(12, 0))
        self.assertEqual([(x.change, x.item) for x in d if x.id == "T-19"],
                         [("removed", "milestone"), ("removed", "rule")])
        self.assertEqual([(x.change, x.item) for x in d if x.id == "T-35"], [("added", "rule")])

    def test_rules_in_force_T19(self):
        self.assertNotIn("T-19", cocomm.rules_in_force())
        self.assertIn("T-19", cocomm.rules_in_force(datetime.date(2014, 10, 1)))
        self.assertEqual(cocomm.rules_in_force(datetime.date(2022, 7, 1)), [])

    def test_timeline_and_exports(self):
        ms = cocomm.timeline("delegated")
        t11 = [m for m in ms if m.id == "T-11"][0]
        self.assertEqual(t11.time, datetime.time(12, 0))
        self.assertEqual(t11.deadline, datetime.datetime(2015, 1, 9, 12, 0, tzinfo=datetime.timezone.utc))
        self.assertEqual(len([m for m in ms if m.id == "T-12"]), 2)
        self.assertEqual([m for m in ms if m.id == "T-19"], [])  # edition 2014-09's
        self.assertEqual([m.id for m in cocomm.timeline("delegated", "2014-09") if m.id == "T-19"], ["T-19"])
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
