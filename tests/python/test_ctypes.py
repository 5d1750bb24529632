#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Loads the freshly built shared library with ctypes (standard library
only) and checks version, status strings, struct mirrors, findings and UK
dates."""
import ctypes
import os
import sys
import unittest

LIB = ctypes.CDLL(os.environ.get("COCOMM_LIBRARY", "libcocomm.so.2"))
NTS = ctypes.c_size_t(-1).value


class Date(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int16), ("month", ctypes.c_uint8), ("day", ctypes.c_uint8)]


class DateTime(ctypes.Structure):
    _fields_ = [("date", Date), ("hour", ctypes.c_uint8), ("minute", ctypes.c_uint8),
                ("second", ctypes.c_uint8), ("reserved0", ctypes.c_uint8),
                ("utc_offset_minutes", ctypes.c_int32)]


class VersionInfo(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("major", ctypes.c_uint32),
                ("minor", ctypes.c_uint32), ("patch", ctypes.c_uint32),
                ("soversion", ctypes.c_uint32), ("reserved0", ctypes.c_uint32),
                ("string", ctypes.c_char_p)]


class Finding(ctypes.Structure):
    _fields_ = [("rule", ctypes.c_int32), ("severity", ctypes.c_int32), ("message", ctypes.c_int32),
                ("subject", ctypes.c_int32), ("values", ctypes.c_int32 * 4)]


class Findings(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("elem_size", ctypes.c_uint32),
                ("capacity", ctypes.c_uint32), ("count", ctypes.c_uint32),
                ("items", ctypes.POINTER(Finding)), ("errors", ctypes.c_uint32),
                ("warnings", ctypes.c_uint32), ("information", ctypes.c_uint32),
                ("reserved0", ctypes.c_uint32)]


class Rule(ctypes.Structure):
    _fields_ = [("id", ctypes.c_char_p), ("section", ctypes.c_int32), ("force", ctypes.c_int32),
                ("statement", ctypes.c_char_p), ("applies_to", ctypes.c_char_p),
                ("source", ctypes.c_char_p), ("edition", ctypes.c_char_p), ("in_force_from", Date),
                ("in_force_to", Date), ("source_kind", ctypes.c_int32), ("dated", ctypes.c_int32)]


class Error(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("status", ctypes.c_int32), ("index", ctypes.c_int32),
                ("field", ctypes.c_int32), ("line", ctypes.c_uint32), ("column", ctypes.c_uint32),
                ("message", ctypes.c_char_p), ("text", ctypes.c_char * 64)]


class Clause(ctypes.Structure):
    _fields_ = [("min", ctypes.c_int32), ("categories", ctypes.c_uint32), ("tags", ctypes.c_uint32),
                ("positions", ctypes.c_uint32), ("voting", ctypes.c_int32), ("body", ctypes.c_int32)]


class Terms(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("majority", ctypes.c_int32), ("casting_vote", ctypes.c_int32),
                ("presiding", ctypes.c_int32), ("quorum_count", ctypes.c_uint32),
                ("membership_count", ctypes.c_uint32), ("quorum", Clause * 16), ("membership", Clause * 16),
                ("tag_names", (ctypes.c_char * 48) * 16)]


def fn(name, restype, *argtypes):
    f = getattr(LIB, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


version_string = fn("cocomm_version_string", ctypes.c_char_p)
version = fn("cocomm_version", ctypes.c_uint32)
version_info_get = fn("cocomm_version_info_get", ctypes.c_int32, ctypes.POINTER(VersionInfo))
status_str = fn("cocomm_status_str", ctypes.c_char_p, ctypes.c_int32)
date_parse = fn("cocomm_date_parse", ctypes.c_int32, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(Date))
date_weekday = fn("cocomm_date_weekday", ctypes.c_int32, Date, ctypes.POINTER(ctypes.c_int32))
date_add_days = fn("cocomm_date_add_days", ctypes.c_int32, Date, ctypes.c_int64, ctypes.POINTER(Date))
instant_parse = fn("cocomm_instant_parse", ctypes.c_int32, ctypes.c_char_p, ctypes.c_size_t,
                   ctypes.POINTER(ctypes.c_int64))
instant_to_uk = fn("cocomm_instant_to_uk", ctypes.c_int32, ctypes.c_int64, ctypes.POINTER(DateTime))
instant_format = fn("cocomm_instant_format", ctypes.c_int32, ctypes.c_int64, ctypes.c_int32,
                    ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t))
fy_of_date = fn("cocomm_date_fy", ctypes.c_int32, Date, ctypes.POINTER(ctypes.c_int32))
fy_format = fn("cocomm_date_fy_format", ctypes.c_int32, ctypes.c_int32, ctypes.c_char_p, ctypes.c_size_t,
               ctypes.POINTER(ctypes.c_size_t))
findings_init = fn("cocomm_findings_init", None, ctypes.POINTER(Findings), ctypes.POINTER(Finding),
                   ctypes.c_uint32)
eoi_check = fn("cocomm_approval_assess_eoi", ctypes.c_int32, ctypes.c_uint32, ctypes.POINTER(Findings),
               ctypes.POINTER(Error))
error_init = fn("cocomm_error_init", None, ctypes.POINTER(Error))
field_name = fn("cocomm_field_name", ctypes.c_char_p, ctypes.c_int32)
finding_format = fn("cocomm_finding_format", ctypes.c_int32, ctypes.POINTER(Finding), ctypes.c_void_p,
                    ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t))
rule_get = fn("cocomm_rule_get", ctypes.POINTER(Rule), ctypes.c_int32)
terms_init = fn("cocomm_terms_init", None, ctypes.POINTER(Terms))
terms_parse = fn("cocomm_terms_parse", ctypes.c_int32, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32,
                 ctypes.POINTER(Terms), ctypes.POINTER(Error))
terms_format = fn("cocomm_terms_format", ctypes.c_int32, ctypes.POINTER(Terms), ctypes.c_char_p, ctypes.c_size_t,
                  ctypes.POINTER(ctypes.c_size_t))

OK, ERR_INVALID_ARGUMENT, ERR_BUFFER_TOO_SMALL, ERR_PARSE = 0, -1, -2, -3
ERR_OUT_OF_RANGE, ERR_STRUCT_SIZE, ERR_AMBIGUOUS = -4, -5, -6
FIELD_NONE, FIELD_SECTIONS, FIELD_HEADER, FIELD_TERMS, FIELD_TAG_NAME = 0, 40, 42, 43, 52


class Mirrors(unittest.TestCase):
    def test_struct_sizes_match_library(self):
        for struct, name in ((Date, "date"), (DateTime, "datetime"), (VersionInfo, "version_info"),
                             (Finding, "finding"), (Findings, "findings"), (Rule, "rule"), (Error, "error"),
                             (Clause, "clause"), (Terms, "terms")):
            size = fn("cocomm_%s_size" % name, ctypes.c_uint32)()
            self.assertEqual(ctypes.sizeof(struct), size, name)

    def test_a_finding_is_32_bytes_everywhere(self):
        self.assertEqual(ctypes.sizeof(Finding), 32)


class Version(unittest.TestCase):
    def test_version_string_and_number_agree(self):
        text = version_string().decode()
        major, minor, patch = (int(x) for x in text.split("."))
        self.assertEqual(version(), major << 16 | minor << 8 | patch)

    def test_version_info(self):
        info = VersionInfo(struct_size=ctypes.sizeof(VersionInfo))
        self.assertEqual(version_info_get(ctypes.byref(info)), OK)
        self.assertEqual(info.string, version_string())
        self.assertEqual(info.soversion, 2)
        self.assertEqual(info.major, 2)


class Status(unittest.TestCase):
    def test_status_strings(self):
        self.assertEqual(status_str(0), b"success")
        self.assertEqual(status_str(ERR_PARSE), b"parse error")
        self.assertEqual(status_str(12345), b"unknown status")


class Findings2(unittest.TestCase):
    """The 2.0 findings: integers in one cocomm_findings, text on demand."""

    def findings(self, capacity):
        items = (Finding * max(capacity, 1))()
        fs = Findings()
        findings_init(ctypes.byref(fs), items, capacity)
        return fs, items

    def test_init(self):
        fs, items = self.findings(8)
        self.assertEqual((fs.struct_size, fs.elem_size, fs.capacity, fs.count),
                         (ctypes.sizeof(Findings), ctypes.sizeof(Finding), 8, 0))

    def test_count_only_then_fill_E(self):
        fs, _ = self.findings(0)
        self.assertEqual(eoi_check(0, ctypes.byref(fs), None), ERR_BUFFER_TOO_SMALL)
        self.assertEqual(fs.count, 8)  # sections A..H all missing
        self.assertEqual(fs.errors + fs.warnings + fs.information, 8)
        self.assertEqual(fs.errors, 2)  # D and E
        fs, items = self.findings(fs.count)
        self.assertEqual(eoi_check(0, ctypes.byref(fs), None), OK)
        ids = [rule_get(items[i].rule).contents.id for i in range(fs.count)]
        self.assertEqual(ids, [b"E-" + bytes([c]) for c in b"ABCDEFGH"])
        self.assertEqual([items[i].subject for i in range(8)], list(range(8)))

    def test_format_snprintf_style(self):
        fs, items = self.findings(8)
        self.assertEqual(eoi_check(0xFF & ~(1 << 3), ctypes.byref(fs), None), OK)
        self.assertEqual(fs.count, 1)
        need = ctypes.c_size_t()
        self.assertEqual(finding_format(ctypes.byref(items[0]), None, None, 0, ctypes.byref(need)),
                         ERR_BUFFER_TOO_SMALL)
        buf = ctypes.create_string_buffer(need.value + 1)
        self.assertEqual(finding_format(ctypes.byref(items[0]), None, buf, len(buf), ctypes.byref(need)), OK)
        self.assertEqual(len(buf.value), need.value)
        self.assertGreater(need.value, 0)
        self.assertIsNotNone(rule_get(items[0].rule).contents.source)
        self.assertFalse(rule_get(0))


class Errors(unittest.TestCase):
    """The 2.0 cocomm_error: one caller-owned struct, last on every check."""

    def error(self):
        e = Error()
        error_init(ctypes.byref(e))
        return e

    def test_init(self):
        e = self.error()
        self.assertEqual((e.struct_size, e.status, e.index, e.field, e.line, e.column),
                         (ctypes.sizeof(Error), OK, -1, FIELD_NONE, 0, 0))
        self.assertIsNone(e.message)  # NULL before any call
        self.assertEqual(e.text, b"")

    def test_field_names(self):
        self.assertEqual(field_name(6), b"category")
        self.assertEqual(field_name(FIELD_SECTIONS), b"sections")
        self.assertEqual(field_name(FIELD_HEADER), b"header")
        self.assertEqual(field_name(FIELD_TERMS), b"terms")
        self.assertEqual(field_name(FIELD_TAG_NAME), b"tag name")
        self.assertEqual(field_name(FIELD_TAG_NAME + 1), b"unknown")
        self.assertEqual(field_name(-1), b"unknown")

    def test_a_refusal_says_what_and_a_success_clears_it(self):
        e = self.error()
        self.assertEqual(eoi_check(0x100, None, ctypes.byref(e)), ERR_INVALID_ARGUMENT)
        self.assertEqual((e.status, e.index, e.field), (ERR_INVALID_ARGUMENT, -1, FIELD_SECTIONS))
        self.assertEqual(e.message, b"not a set of sections A to H")
        self.assertEqual(eoi_check(0xFF, None, ctypes.byref(e)), OK)
        self.assertEqual((e.status, e.index, e.field, e.message), (OK, -1, FIELD_NONE, b""))

    def test_an_error_struct_too_small_is_refused(self):
        e = self.error()
        e.struct_size = 8
        self.assertEqual(eoi_check(0xFF, None, ctypes.byref(e)), ERR_STRUCT_SIZE)


class TermsOfReference(unittest.TestCase):
    """2.0 step 4: terms of reference parsed from text, written back."""

    def test_parse_and_format(self):
        t, e = Terms(), Error()
        terms_init(ctypes.byref(t))
        error_init(ctypes.byref(e))
        text = b"majority: present and entitled\nquorum: at least 3 members\nquorum: at least 1 member of lay\n"
        self.assertEqual(terms_parse(text, len(text), 0, ctypes.byref(t), ctypes.byref(e)), OK)
        self.assertEqual((t.majority, t.casting_vote, t.quorum_count, t.quorum[0].min, t.quorum[1].categories),
                         (1, 0, 2, 3, 1 << 1))
        need = ctypes.c_size_t()
        self.assertEqual(terms_format(ctypes.byref(t), None, 0, ctypes.byref(need)), ERR_BUFFER_TOO_SMALL)
        buf = ctypes.create_string_buffer(need.value + 1)
        self.assertEqual(terms_format(ctypes.byref(t), buf, len(buf), None), OK)
        self.assertIn(b"quorum: at least 3 voting members\n", buf.value)

    def test_a_parse_error_says_where(self):
        t, e = Terms(), Error()
        terms_init(ctypes.byref(t))
        error_init(ctypes.byref(e))
        text = b"# terms\ncasting vote: perhaps\n"
        self.assertEqual(terms_parse(text, len(text), 0, ctypes.byref(t), ctypes.byref(e)), ERR_PARSE)
        self.assertEqual((e.line, e.column, e.text), (2, 15, b"perhaps"))
        self.assertTrue(e.message)


class Dates(unittest.TestCase):
    def parse_date(self, text):
        d = Date()
        return date_parse(text.encode(), NTS, ctypes.byref(d)), d

    def test_leap_days(self):
        self.assertEqual(self.parse_date("2016-02-29")[0], OK)
        self.assertEqual(self.parse_date("2015-02-29")[0], ERR_OUT_OF_RANGE)
        self.assertEqual(self.parse_date("2015-2-28")[0], ERR_PARSE)

    def test_weekday_and_arithmetic_by_value(self):
        st, d = self.parse_date("2015-01-09")
        wd = ctypes.c_int32()
        self.assertEqual(date_weekday(d, ctypes.byref(wd)), OK)
        self.assertEqual(wd.value, 5)  # Friday
        out = Date()
        self.assertEqual(date_add_days(d, 56, ctypes.byref(out)), OK)
        self.assertEqual((out.year, out.month, out.day), (2015, 3, 6))

    def test_bst_instant(self):
        t = ctypes.c_int64()
        self.assertEqual(instant_parse(b"2015-06-01T23:30Z", NTS, ctypes.byref(t)), OK)
        dt = DateTime()
        self.assertEqual(instant_to_uk(t, ctypes.byref(dt)), OK)
        self.assertEqual((dt.date.day, dt.hour, dt.minute, dt.utc_offset_minutes), (2, 0, 30, 60))
        buf = ctypes.create_string_buffer(32)
        need = ctypes.c_size_t()
        self.assertEqual(instant_format(t, 2, buf, 32, ctypes.byref(need)), OK)
        self.assertEqual(buf.value, b"2015-06-02T00:30:00+01:00")
        self.assertEqual(instant_format(t, 2, buf, 5, ctypes.byref(need)), ERR_BUFFER_TOO_SMALL)
        self.assertEqual(need.value, 25)

    def test_ambiguous_local_time_is_refused(self):
        t = ctypes.c_int64()
        self.assertEqual(instant_parse(b"2015-10-25T01:30", NTS, ctypes.byref(t)), ERR_AMBIGUOUS)

    def test_financial_year_T33(self):
        fy = ctypes.c_int32()
        self.assertEqual(fy_of_date(Date(2016, 3, 31), ctypes.byref(fy)), OK)
        buf = ctypes.create_string_buffer(8)
        self.assertEqual(fy_format(fy.value, buf, 8, None), OK)
        self.assertEqual(buf.value, b"2015/16")


if __name__ == "__main__":
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    bad = len(result.failures) + len(result.errors)
    print("python: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
