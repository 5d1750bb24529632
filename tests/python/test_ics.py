#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads the committed iCalendar export of the default delegated timeline
with a real parser (Debian's python3-icalendar) and checks every event
against the CSV export of the same timeline. Skips, saying so, where the
parser is not installed."""
import csv
import datetime
import io
import os
import subprocess
import sys
import unittest

try:
    import icalendar
except ImportError:
    print("skipped: python3-icalendar is not installed (apt-get install python3-icalendar)")
    sys.exit(77)

ICS = os.environ["COCOMM_ICS"]
PROGRAM = os.environ["COCOMM_TIMELINE"]


def rows():
    out = subprocess.run([PROGRAM, "--model", "delegated", "--csv"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return list(csv.DictReader(io.StringIO(out, newline="")))


class CommittedCalendar(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(ICS, "rb") as f:
            cls.raw = f.read()
        cls.cal = icalendar.Calendar.from_ical(cls.raw)
        cls.events = [c for c in cls.cal.walk() if c.name == "VEVENT"]
        cls.rows = rows()

    def test_calendar_header(self):
        self.assertEqual(self.cal["VERSION"], "2.0")
        self.assertIn("libcocomm", str(self.cal["PRODID"]))

    def test_one_event_per_milestone_in_order(self):
        self.assertEqual(len(self.events), len(self.rows))
        for ev, row in zip(self.events, self.rows):
            self.assertTrue(str(ev["SUMMARY"]).startswith(row["id"] + " "), row["id"])
            self.assertEqual(str(ev["SUMMARY"]), row["id"] + " " + row["label"])

    def test_uids_are_unique_and_stable(self):
        uids = [str(ev["UID"]) for ev in self.events]
        self.assertEqual(len(uids), len(set(uids)))
        self.assertIn("2014-11-T-11-1@libcocomm", uids)
        self.assertIn("2014-11-T-12-2@libcocomm", uids)

    def test_every_event_dates_match_the_timeline(self):
        for ev, row in zip(self.events, self.rows):
            start = ev.decoded("DTSTART")
            if row["time"]:
                # A point in time has no DTEND: RFC 5545 wants DTEND later
                # than DTSTART, and without one the event ends as it starts.
                self.assertNotIn("DTEND", ev)
                # Timed (T-11, 12 noon UK in January): a UTC date-time.
                self.assertIsInstance(start, datetime.datetime)
                self.assertEqual(start.utcoffset(), datetime.timedelta(0))
                self.assertEqual(start.strftime("%Y-%m-%d %H:%M"), row["start"] + " " + row["time"])
            else:
                self.assertNotIsInstance(start, datetime.datetime)
                self.assertEqual(start.isoformat(), row["start"])
                end = ev.decoded("DTEND")
                self.assertGreater(end, start)
                # DTEND is exclusive: the day after the last day.
                self.assertEqual((end - datetime.timedelta(days=1)).isoformat(), row["end"])

    def test_T11_noon_T18_all_day_T20_a_month(self):
        by_uid = {str(ev["UID"]): ev for ev in self.events}
        t11 = by_uid["2014-11-T-11-1@libcocomm"].decoded("DTSTART")
        self.assertEqual(t11, datetime.datetime(2015, 1, 9, 12, 0, tzinfo=datetime.timezone.utc))
        t18 = by_uid["2014-11-T-18-1@libcocomm"]
        self.assertEqual(t18.decoded("DTSTART"), datetime.date(2015, 4, 1))
        self.assertEqual(t18.decoded("DTEND"), datetime.date(2015, 4, 2))
        # "by April 2020": month precision, the whole month (DTEND exclusive).
        t20 = by_uid["2014-11-T-20-1@libcocomm"]
        self.assertEqual(t20.decoded("DTSTART"), datetime.date(2020, 4, 1))
        self.assertEqual(t20.decoded("DTEND"), datetime.date(2020, 5, 1))
        # RULES.md revision 2: T-19 belongs to edition 2014-09 only.
        self.assertNotIn("2014-11-T-19-1@libcocomm", by_uid)

    def test_lines_are_folded_at_75_octets(self):
        for line in self.raw.split(b"\r\n"):
            self.assertLessEqual(len(line), 75)


if __name__ == "__main__":
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    bad = len(result.failures) + len(result.errors)
    print("ics: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
