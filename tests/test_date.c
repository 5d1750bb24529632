/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static cocomm_date D(int y, int m, int d) {
  cocomm_date x = {(int16_t)y, (uint8_t)m, (uint8_t)d};
  return x;
}

static cocomm_instant parse_instant(const char *s) {
  cocomm_instant t = 0;
  CU_ASSERT_EQUAL(cocomm_instant_parse(s, COCOMM_NTS, &t), COCOMM_OK);
  return t;
}

static void date_validation_knows_leap_years(void) {
  ASSERT_STATUS(cocomm_date_check(D(2015, 2, 29)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(2016, 2, 29)), COCOMM_OK);
  ASSERT_STATUS(cocomm_date_check(D(1900, 2, 29)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(2000, 2, 29)), COCOMM_OK);
  ASSERT_STATUS(cocomm_date_check(D(2015, 4, 31)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(2015, 12, 31)), COCOMM_OK);
  ASSERT_STATUS(cocomm_date_check(D(2015, 13, 1)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(2015, 0, 1)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(2015, 1, 0)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(0, 1, 1)), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_check(D(1, 1, 1)), COCOMM_OK);
  ASSERT_STATUS(cocomm_date_check(D(9999, 12, 31)), COCOMM_OK);
  ASSERT_STATUS(cocomm_date_check(D(-5, 1, 1)), COCOMM_ERR_OUT_OF_RANGE);
  CU_ASSERT_EQUAL(cocomm_date_days_in_month(2016, 2), 29);
  CU_ASSERT_EQUAL(cocomm_date_days_in_month(2015, 2), 28);
  CU_ASSERT_EQUAL(cocomm_date_days_in_month(2015, 13), 0);
}

static void date_make_checks_and_fills(void) {
  cocomm_date d;
  ASSERT_STATUS(cocomm_date_make(2015, 1, 9, &d), COCOMM_OK);
  CU_ASSERT(d.year == 2015 && d.month == 1 && d.day == 9);
  ASSERT_STATUS(cocomm_date_make(2015, 2, 29, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_make(70000, 1, 1, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_make(2015, 1, 300, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_make(2015, 1, 9, NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

static void day_numbers_match_known_values(void) {
  int64_t n;
  ASSERT_STATUS(cocomm_date_to_days(D(1970, 1, 1), &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 0);
  ASSERT_STATUS(cocomm_date_to_days(D(2015, 1, 9), &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 16444);
  ASSERT_STATUS(cocomm_date_to_days(D(1, 1, 1), &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, -719162);
  ASSERT_STATUS(cocomm_date_to_days(D(9999, 12, 31), &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 2932896);
  ASSERT_STATUS(cocomm_date_to_days(D(2015, 2, 29), &n), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_to_days(D(2015, 1, 1), NULL), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_date d;
  ASSERT_STATUS(cocomm_date_from_days(2932897, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_from_days(-719163, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_from_days(INT64_MIN, &d), COCOMM_ERR_OUT_OF_RANGE);
}

/* Walk every day from 1899 to 2101 by hand-counted calendar and compare. */
static void day_arithmetic_walks_every_day(void) {
  cocomm_date d = D(1899, 1, 1), next;
  int64_t start, n;
  ASSERT_STATUS(cocomm_date_to_days(d, &start), COCOMM_OK);
  for (int64_t i = 0; d.year < 2102; i++) {
    ASSERT_STATUS(cocomm_date_to_days(d, &n), COCOMM_OK);
    if (n != start + i) {
      CU_FAIL("day number skipped");
      return;
    }
    ASSERT_STATUS(cocomm_date_add_days(d, 1, &next), COCOMM_OK);
    int last = d.day == cocomm_date_days_in_month(d.year, d.month);
    cocomm_date want = last ? (d.month == 12 ? D(d.year + 1, 1, 1) : D(d.year, d.month + 1, 1))
                            : D(d.year, d.month, d.day + 1);
    if (cocomm_date_compare(next, want) != 0) {
      CU_FAIL("add_days(1) is not the next calendar day");
      return;
    }
    d = next;
  }
}

static void add_and_diff_days(void) {
  cocomm_date out;
  int64_t diff;
  ASSERT_STATUS(cocomm_date_add_days(D(2015, 1, 9), 14, &out), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(out, D(2015, 1, 23)), 0);
  ASSERT_STATUS(cocomm_date_add_days(D(2015, 3, 1), -1, &out), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(out, D(2015, 2, 28)), 0);
  ASSERT_STATUS(cocomm_date_add_days(D(2016, 3, 1), -1, &out), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(out, D(2016, 2, 29)), 0);
  ASSERT_STATUS(cocomm_date_add_days(D(9999, 12, 31), 1, &out), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_add_days(D(1, 1, 1), -1, &out), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_add_days(D(2015, 1, 1), INT64_MAX, &out), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_add_days(D(2015, 1, 1), INT64_MIN, &out), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_diff_days(D(2015, 1, 9), D(2015, 4, 1), &diff), COCOMM_OK);
  CU_ASSERT_EQUAL(diff, 82);
  ASSERT_STATUS(cocomm_date_diff_days(D(2015, 4, 1), D(2015, 1, 9), &diff), COCOMM_OK);
  CU_ASSERT_EQUAL(diff, -82);
  ASSERT_STATUS(cocomm_date_diff_days(D(2015, 2, 29), D(2015, 1, 9), &diff), COCOMM_ERR_OUT_OF_RANGE);
}

static void weekdays_and_comparison(void) {
  int32_t wd;
  ASSERT_STATUS(cocomm_date_weekday(D(1970, 1, 1), &wd), COCOMM_OK);
  CU_ASSERT_EQUAL(wd, COCOMM_THURSDAY);
  ASSERT_STATUS(cocomm_date_weekday(D(2015, 1, 9), &wd), COCOMM_OK);
  CU_ASSERT_EQUAL(wd, COCOMM_FRIDAY);
  ASSERT_STATUS(cocomm_date_weekday(D(2015, 4, 1), &wd), COCOMM_OK);
  CU_ASSERT_EQUAL(wd, COCOMM_WEDNESDAY);
  ASSERT_STATUS(cocomm_date_weekday(D(1, 1, 1), &wd), COCOMM_OK);
  CU_ASSERT_EQUAL(wd, COCOMM_MONDAY);
  ASSERT_STATUS(cocomm_date_weekday(D(2015, 2, 29), &wd), COCOMM_ERR_OUT_OF_RANGE);
  CU_ASSERT_EQUAL(cocomm_date_compare(D(2015, 1, 9), D(2015, 1, 30)), -1);
  CU_ASSERT_EQUAL(cocomm_date_compare(D(2015, 2, 1), D(2015, 1, 30)), 1);
  CU_ASSERT_EQUAL(cocomm_date_compare(D(2016, 1, 1), D(2015, 12, 31)), 1);
  CU_ASSERT_EQUAL(cocomm_date_compare(D(2015, 1, 9), D(2015, 1, 9)), 0);
  cocomm_date last;
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 3, COCOMM_SUNDAY, &last), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(last, D(2015, 3, 29)), 0);
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 10, COCOMM_SUNDAY, &last), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(last, D(2015, 10, 25)), 0);
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 5, COCOMM_SUNDAY, &last), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(last, D(2015, 5, 31)), 0);
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 3, 8, &last), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 13, COCOMM_SUNDAY, &last), COCOMM_ERR_OUT_OF_RANGE);
}

static void date_parse_is_strict(void) {
  cocomm_date d;
  ASSERT_STATUS(cocomm_date_parse("2015-01-09", COCOMM_NTS, &d), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(d, D(2015, 1, 9)), 0);
  ASSERT_STATUS(cocomm_date_parse("2016-02-29", COCOMM_NTS, &d), COCOMM_OK);
  /* A length lets the caller pass an unterminated slice. */
  ASSERT_STATUS(cocomm_date_parse("2015-01-09T12:00", 10, &d), COCOMM_OK);
  const char *bad[] = {"", "2015-1-09", "2015-01-9", "20150109", " 2015-01-09", "2015-01-09 ",
                       "2015/01/09", "+2015-01-09", "2015-01-09T", "15-01-09", "2015-0a-09",
                       "09/01/2015", "2015-01-0\xff", "2015-01-09x"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ASSERT_STATUS(cocomm_date_parse(bad[i], COCOMM_NTS, &d), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_date_parse("2015-02-29", COCOMM_NTS, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_parse("2015-13-01", COCOMM_NTS, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_parse("0000-01-01", COCOMM_NTS, &d), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_parse(NULL, 10, &d), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_date_parse("2015-01-09", COCOMM_NTS, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_date_parse("2015-01-09", 9, &d), COCOMM_ERR_PARSE);
}

static void date_format_is_snprintf_like(void) {
  char buf[16];
  size_t need = 99;
  memset(buf, 'x', sizeof buf);
  ASSERT_STATUS(cocomm_date_format(D(2015, 1, 9), buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-01-09");
  CU_ASSERT_EQUAL(need, 10);
  memset(buf, 'x', sizeof buf);
  ASSERT_STATUS(cocomm_date_format(D(2015, 1, 9), buf, 10, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(need, 10);
  CU_ASSERT_EQUAL(buf[0], '\0');
  CU_ASSERT_EQUAL(buf[10], 'x'); /* nothing past the capacity */
  ASSERT_STATUS(cocomm_date_format(D(2015, 1, 9), buf, 11, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_date_format(D(2015, 1, 9), NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(need, 10);
  ASSERT_STATUS(cocomm_date_format(D(2015, 1, 9), NULL, 5, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_date_format(D(2015, 2, 29), buf, sizeof buf, &need), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_format(D(7, 3, 4), buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "0007-03-04");
}

static void instant_parse_accepts_the_four_forms(void) {
  /* 2015-01-09 12:00 in winter: UK local is UTC. */
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T12:00"), 1420804800);
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T12:00:00"), 1420804800);
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T12:00Z"), 1420804800);
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T12:00:00Z"), 1420804800);
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T13:00:00+01:00"), 1420804800);
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T07:30-04:30"), 1420804800);
  CU_ASSERT_EQUAL(parse_instant("2015-01-09T12:00:01"), 1420804801);
  /* In summer a bare time is BST: 00:30 on 2 June is 23:30Z on 1 June. */
  CU_ASSERT_EQUAL(parse_instant("2015-06-02T00:30"), 1433201400);
  CU_ASSERT_EQUAL(parse_instant("2015-06-01T23:30Z"), 1433201400);
}

static void instant_parse_rejects_everything_else(void) {
  cocomm_instant t = 42;
  const char *bad[] = {"", "2015-01-09", "2015-01-09T12", "2015-01-09T12Z", "2015-01-09 12:00",
                       "2015-01-09t12:00", "2015-01-09T12:00z", "2015-01-09T12:00:00.5Z",
                       "2015-01-09T12:00+01", "2015-01-09T12:00+0100", "2015-01-09T12:00 Z",
                       "2015-01-09T12:00:0", "2015-01-09T1:00", "2015-01-09T12:00:00Z ",
                       "2015-01-09T12:00UTC", "2015-01-09T12:00+01:00:00", "2015-01-09T12:00:",
                       "2015-01-09T12.00", "2015-01-09T12:00GMT"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    int32_t st = cocomm_instant_parse(bad[i], COCOMM_NTS, &t);
    if (st != COCOMM_ERR_PARSE) CU_FAIL(bad[i]);
  }
  CU_ASSERT_EQUAL(t, 42); /* untouched on error */
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T24:00", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T23:60Z", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T23:59:60Z", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("2015-02-29T12:00Z", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T12:00+15:00", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T12:00+01:60", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("0001-01-01T00:30+01:00", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse(NULL, COCOMM_NTS, &t), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T12:00Z", COCOMM_NTS, NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

static void bst_starts_and_ends_at_0100_utc(void) {
  cocomm_instant start, end;
  int32_t bst = -1;
  ASSERT_STATUS(cocomm_instant_bst_bounds(2015, &start, &end), COCOMM_OK);
  CU_ASSERT_EQUAL(start, 1427590800); /* 2015-03-29T01:00Z */
  CU_ASSERT_EQUAL(end, 1445734800);   /* 2015-10-25T01:00Z */
  ASSERT_STATUS(cocomm_instant_is_bst(start - 1, &bst), COCOMM_OK);
  CU_ASSERT_EQUAL(bst, 0);
  ASSERT_STATUS(cocomm_instant_is_bst(start, &bst), COCOMM_OK);
  CU_ASSERT_EQUAL(bst, 1);
  ASSERT_STATUS(cocomm_instant_is_bst(end - 1, &bst), COCOMM_OK);
  CU_ASSERT_EQUAL(bst, 1);
  ASSERT_STATUS(cocomm_instant_is_bst(end, &bst), COCOMM_OK);
  CU_ASSERT_EQUAL(bst, 0);
  ASSERT_STATUS(cocomm_instant_bst_bounds(0, &start, &end), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_bst_bounds(2015, NULL, &end), COCOMM_ERR_INVALID_ARGUMENT);
}

static void uk_local_time_round_trips_every_hour(void) {
  cocomm_instant from, to, t, back;
  cocomm_datetime dt;
  ASSERT_STATUS(cocomm_instant_parse("2014-01-01T00:00Z", COCOMM_NTS, &from), COCOMM_OK);
  ASSERT_STATUS(cocomm_instant_parse("2017-01-01T00:00Z", COCOMM_NTS, &to), COCOMM_OK);
  int bad = 0;
  for (t = from; t < to; t += 1800) {
    cocomm_instant_to_uk(t, &dt);
    int32_t bst;
    cocomm_instant_is_bst(t, &bst);
    if (dt.utc_offset_minutes != (bst ? 60 : 0)) bad++;
    int32_t fold = bst ? COCOMM_FOLD_EARLIER : COCOMM_FOLD_LATER;
    if (cocomm_instant_from_uk(&dt, fold, &back) != COCOMM_OK || back != t) bad++;
  }
  CU_ASSERT_EQUAL(bad, 0);
}

static void uk_local_gap_and_fold(void) {
  cocomm_datetime dt = {{2015, 3, 29}, 1, 30, 0, 0, 0};
  cocomm_instant t;
  /* 01:30 on the spring-forward day never happens in the UK. */
  ASSERT_STATUS(cocomm_instant_from_uk(&dt, COCOMM_FOLD_EARLIER, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_parse("2015-03-29T01:30", COCOMM_NTS, &t), COCOMM_ERR_OUT_OF_RANGE);
  /* 01:30 on the fall-back day happens twice. */
  cocomm_datetime fold = {{2015, 10, 25}, 1, 30, 0, 0, 0};
  ASSERT_STATUS(cocomm_instant_from_uk(&fold, COCOMM_FOLD_STRICT, &t), COCOMM_ERR_AMBIGUOUS);
  ASSERT_STATUS(cocomm_instant_parse("2015-10-25T01:30", COCOMM_NTS, &t), COCOMM_ERR_AMBIGUOUS);
  ASSERT_STATUS(cocomm_instant_from_uk(&fold, COCOMM_FOLD_EARLIER, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1445733000); /* 00:30Z, still BST */
  ASSERT_STATUS(cocomm_instant_from_uk(&fold, COCOMM_FOLD_LATER, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1445733000 + 3600);
  ASSERT_STATUS(cocomm_instant_from_uk(&fold, 3, &t), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_instant_parse("2015-10-25T01:30+01:00", COCOMM_NTS, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1445733000);
  /* The offset field of the input is ignored; bad fields are not. */
  fold.utc_offset_minutes = 999;
  ASSERT_STATUS(cocomm_instant_from_uk(&fold, COCOMM_FOLD_LATER, &t), COCOMM_OK);
  fold.hour = 24;
  ASSERT_STATUS(cocomm_instant_from_uk(&fold, COCOMM_FOLD_LATER, &t), COCOMM_ERR_OUT_OF_RANGE);
}

static void uk_conversion_of_known_instants(void) {
  cocomm_datetime dt;
  ASSERT_STATUS(cocomm_instant_to_uk(1433201400, &dt), COCOMM_OK); /* 2015-06-01T23:30Z */
  CU_ASSERT(dt.date.year == 2015 && dt.date.month == 6 && dt.date.day == 2);
  CU_ASSERT(dt.hour == 0 && dt.minute == 30 && dt.second == 0);
  CU_ASSERT_EQUAL(dt.utc_offset_minutes, 60);
  ASSERT_STATUS(cocomm_instant_to_utc(1433201400, &dt), COCOMM_OK);
  CU_ASSERT(dt.date.day == 1 && dt.hour == 23 && dt.utc_offset_minutes == 0);
  ASSERT_STATUS(cocomm_instant_to_utc(COCOMM_INSTANT_MIN, &dt), COCOMM_OK);
  CU_ASSERT(dt.date.year == 1 && dt.date.month == 1 && dt.date.day == 1 && dt.hour == 0);
  ASSERT_STATUS(cocomm_instant_to_utc(COCOMM_INSTANT_MAX, &dt), COCOMM_OK);
  CU_ASSERT(dt.date.year == 9999 && dt.hour == 23 && dt.second == 59);
  ASSERT_STATUS(cocomm_instant_to_uk(COCOMM_INSTANT_MAX + 1, &dt), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_to_utc(INT64_MIN, &dt), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_to_uk(0, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_datetime dt2 = {{2015, 1, 9}, 13, 0, 0, 0, 60};
  cocomm_instant t;
  ASSERT_STATUS(cocomm_datetime_to_instant(&dt2, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1420804800);
  dt2.utc_offset_minutes = 841;
  ASSERT_STATUS(cocomm_datetime_to_instant(&dt2, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_datetime_check(NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

/* T-34: "by" a date without a time means the end of that UK day. */
static void end_of_uk_day_T34(void) {
  cocomm_instant t;
  ASSERT_STATUS(cocomm_date_uk_end_of_day((cocomm_date){2015, 1, 30}, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1422662399); /* 2015-01-30T23:59:59Z: GMT */
  ASSERT_STATUS(cocomm_date_uk_end_of_day((cocomm_date){2015, 6, 1}, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1433199599); /* 2015-06-01T22:59:59Z: BST */
  ASSERT_STATUS(cocomm_date_uk_end_of_day((cocomm_date){2015, 6, 31}, &t), COCOMM_ERR_OUT_OF_RANGE);
}

static void instant_format_utc_and_uk(void) {
  char buf[40];
  size_t need;
  ASSERT_STATUS(cocomm_instant_format(1433201400, COCOMM_TIME_UTC, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-01T23:30:00Z");
  CU_ASSERT_EQUAL(need, 20);
  ASSERT_STATUS(cocomm_instant_format(1433201400, COCOMM_TIME_UK, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-02T00:30:00+01:00");
  ASSERT_STATUS(cocomm_instant_format(1420804800, COCOMM_TIME_UK, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-01-09T12:00:00+00:00");
  CU_ASSERT_EQUAL(need, 25);
  ASSERT_STATUS(cocomm_instant_format(1420804800, COCOMM_TIME_UK, buf, 25, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(need, 25);
  ASSERT_STATUS(cocomm_instant_format(1420804800, 0, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  /* Formatting then parsing gives the same instant back. */
  cocomm_instant t;
  ASSERT_STATUS(cocomm_instant_format(1433201400, COCOMM_TIME_UK, buf, sizeof buf, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_instant_parse(buf, COCOMM_NTS, &t), COCOMM_OK);
  CU_ASSERT_EQUAL(t, 1433201400);
}

/* T-33: the financial year runs 1 April to 31 March and is written 2015/16. */
static void financial_year_T33(void) {
  int32_t fy;
  char buf[16];
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){2015, 4, 1}, &fy), COCOMM_OK);
  CU_ASSERT_EQUAL(fy, 2015);
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){2016, 3, 31}, &fy), COCOMM_OK);
  CU_ASSERT_EQUAL(fy, 2015);
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){2015, 3, 31}, &fy), COCOMM_OK);
  CU_ASSERT_EQUAL(fy, 2014);
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){1, 3, 31}, &fy), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){2015, 2, 29}, &fy), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy_format(2015, buf, sizeof buf, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015/16");
  ASSERT_STATUS(cocomm_date_fy_format(1999, buf, sizeof buf, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "1999/00");
  ASSERT_STATUS(cocomm_date_fy_format(9999, buf, sizeof buf, NULL), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy_parse("2015/16", COCOMM_NTS, &fy), COCOMM_OK);
  CU_ASSERT_EQUAL(fy, 2015);
  ASSERT_STATUS(cocomm_date_fy_parse("1999/00", COCOMM_NTS, &fy), COCOMM_OK);
  CU_ASSERT_EQUAL(fy, 1999);
  ASSERT_STATUS(cocomm_date_fy_parse("2015/17", COCOMM_NTS, &fy), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy_parse("2015-16", COCOMM_NTS, &fy), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_date_fy_parse("2015/2016", COCOMM_NTS, &fy), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_date_fy_parse("15/16", COCOMM_NTS, &fy), COCOMM_ERR_PARSE);
  cocomm_date first, last;
  ASSERT_STATUS(cocomm_date_fy_bounds(2015, &first, &last), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(first, (cocomm_date){2015, 4, 1}), 0);
  CU_ASSERT_EQUAL(cocomm_date_compare(last, (cocomm_date){2016, 3, 31}), 0);
  ASSERT_STATUS(cocomm_date_fy_bounds(0, &first, &last), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy_bounds(2015, NULL, &last), COCOMM_ERR_INVALID_ARGUMENT);
}

static void struct_sizes_are_reported(void) {
  CU_ASSERT_EQUAL(cocomm_date_size(), sizeof(cocomm_date));
  CU_ASSERT_EQUAL(cocomm_datetime_size(), sizeof(cocomm_datetime));
}

static const test_case cases[] = {
  TEST(date_validation_knows_leap_years),
  TEST(date_make_checks_and_fills),
  TEST(day_numbers_match_known_values),
  TEST(day_arithmetic_walks_every_day),
  TEST(add_and_diff_days),
  TEST(weekdays_and_comparison),
  TEST(date_parse_is_strict),
  TEST(date_format_is_snprintf_like),
  TEST(instant_parse_accepts_the_four_forms),
  TEST(instant_parse_rejects_everything_else),
  TEST(bst_starts_and_ends_at_0100_utc),
  TEST(uk_local_time_round_trips_every_hour),
  TEST(uk_local_gap_and_fold),
  TEST(uk_conversion_of_known_instants),
  RULE_TEST("T-34", end_of_uk_day_T34),
  TEST(instant_format_utc_and_uk),
  RULE_TEST("T-33", financial_year_T33),
  TEST(struct_sizes_are_reported),
};
RUN_TESTS("date", cases)
