/* SPDX-License-Identifier: MIT */
/** @file date.h
 *  @brief Civil dates, instants and UK time (GMT/BST), with no dependency on
 *  the system time-zone database; financial years (rule T-33).
 *
 *  Dates are proleptic Gregorian, years 1 to 9999. UK summer time is applied
 *  by the rule in force since 1996 (BST from 01:00 UTC on the last Sunday of
 *  March to 01:00 UTC on the last Sunday of October) for every year: the
 *  policy dates this library serves are all later than that.
 *
 *  Parsing is strict ISO 8601 / RFC 3339: text that is not exactly one of the
 *  documented forms is COCOMM_ERR_PARSE; well-formed text naming an
 *  impossible value (2015-02-29, 24:00, month 13) is COCOMM_ERR_OUT_OF_RANGE.
 *  Text arguments are (pointer, length); pass COCOMM_NTS as the length for a
 *  NUL-terminated string. */
#ifndef COCOMM_DATE_H
#define COCOMM_DATE_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/status.h>

COCOMM_BEGIN_DECLS

/** A civil date. Fixed layout forever (4 bytes): no size field. */
typedef struct cocomm_date {
  int16_t year;  /**< 1..9999 */
  uint8_t month; /**< 1..12 */
  uint8_t day;   /**< 1..28/29/30/31 */
} cocomm_date;

/** A date and time of day with its offset from UTC. Fixed layout (12 bytes). */
typedef struct cocomm_datetime {
  cocomm_date date; /**< the calendar date */
  uint8_t hour;   /**< 0..23 (24:00 is not accepted) */
  uint8_t minute; /**< 0..59 */
  uint8_t second; /**< 0..59 (no leap seconds) */
  uint8_t reserved0; /**< always 0 */
  int32_t utc_offset_minutes; /**< local time minus UTC: 0 for GMT/UTC, 60 for BST */
} cocomm_datetime;

/** An instant: seconds since 1970-01-01T00:00:00Z, leap seconds ignored. */
typedef int64_t cocomm_instant;

/** ISO weekdays. */
enum cocomm_weekday {
  COCOMM_MONDAY = 1,
  COCOMM_TUESDAY = 2,
  COCOMM_WEDNESDAY = 3,
  COCOMM_THURSDAY = 4,
  COCOMM_FRIDAY = 5,
  COCOMM_SATURDAY = 6,
  COCOMM_SUNDAY = 7
};

/** Which instant cocomm_instant_from_uk() returns for a UK wall-clock time
 *  in the repeated hour at the end of BST. */
enum cocomm_fold {
  COCOMM_FOLD_EARLIER = 0, /**< the first occurrence (still BST) */
  COCOMM_FOLD_LATER = 1,   /**< the second occurrence (GMT again) */
  COCOMM_FOLD_STRICT = 2   /**< refuse: COCOMM_ERR_AMBIGUOUS */
};

/** How cocomm_instant_format() writes an instant. */
enum cocomm_time_style {
  COCOMM_TIME_UTC = 1, /**< 2015-01-09T12:00:00Z */
  COCOMM_TIME_UK = 2   /**< UK local with offset: 2015-06-02T00:30:00+01:00 */
};

/** The smallest instant the library handles: 0001-01-01T00:00:00Z. */
#define COCOMM_INSTANT_MIN INT64_C(-62135596800)
/** The largest instant the library handles: 9999-12-31T23:59:59Z. */
#define COCOMM_INSTANT_MAX INT64_C(253402300799)

/* ---- dates ---- */

/** COCOMM_OK if d is a real date, else COCOMM_ERR_OUT_OF_RANGE.
 *  @param d the date to check
 *  @return COCOMM_OK or COCOMM_ERR_OUT_OF_RANGE */
COCOMM_API int32_t cocomm_date_check(cocomm_date d);
/** Build a date from numbers; COCOMM_ERR_OUT_OF_RANGE if it does not exist.
 *  @param year 1..9999
 *  @param month 1..12
 *  @param day 1..31, within the month
 *  @param[out] out the date; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE, or COCOMM_ERR_INVALID_ARGUMENT
 *  for a NULL out */
COCOMM_API int32_t cocomm_date_make(int32_t year, int32_t month, int32_t day, cocomm_date *out);
/** Days in a month of a year (28..31), or 0 for a month or year out of range.
 *  @param year the year (1..9999)
 *  @param month the month (1..12)
 *  @return 28..31, or 0 when year or month is out of range */
COCOMM_API int32_t cocomm_date_days_in_month(int32_t year, int32_t month);
/** Days since 1970-01-01 (negative before it).
 *  @param d the date
 *  @param[out] days the days since 1970-01-01; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if d is not a real date, or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL days */
COCOMM_API int32_t cocomm_date_to_days(cocomm_date d, int64_t *days);
/** The date that many days after 1970-01-01.
 *  @param days days since 1970-01-01 (negative before it)
 *  @param[out] out the date; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if the date is outside
 *  0001-01-01..9999-12-31, or COCOMM_ERR_INVALID_ARGUMENT for a NULL out */
COCOMM_API int32_t cocomm_date_from_days(int64_t days, cocomm_date *out);
/** d plus n days (n may be negative); COCOMM_ERR_OUT_OF_RANGE past 1..9999.
 *  @param d the starting date
 *  @param n days to add
 *  @param[out] out the result; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if d is not a real date or the
 *  result is past 1..9999, or COCOMM_ERR_INVALID_ARGUMENT for a NULL out */
COCOMM_API int32_t cocomm_date_add_days(cocomm_date d, int64_t n, cocomm_date *out);
/** b minus a, in days.
 *  @param a the date counted from
 *  @param b the date counted to
 *  @param[out] days b minus a; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if a or b is not a real date,
 *  or COCOMM_ERR_INVALID_ARGUMENT for a NULL days */
COCOMM_API int32_t cocomm_date_diff_days(cocomm_date a, cocomm_date b, int64_t *days);
/** ISO weekday of d (enum cocomm_weekday).
 *  @param d the date
 *  @param[out] weekday 1 (Monday) to 7 (Sunday); not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if d is not a real date, or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL weekday */
COCOMM_API int32_t cocomm_date_weekday(cocomm_date d, int32_t *weekday);
/** -1, 0 or 1 as a is before, equal to or after b (field by field; no validation).
 *  @param a the first date
 *  @param b the second date
 *  @return -1, 0 or 1 (never a status) */
COCOMM_API int32_t cocomm_date_compare(cocomm_date a, cocomm_date b);
/** The last given weekday of a month (e.g. the last Sunday of March).
 *  @param year the year (1..9999)
 *  @param month the month (1..12)
 *  @param weekday the weekday wanted (enum cocomm_weekday)
 *  @param[out] out the date; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE for a year or month out of
 *  range, or COCOMM_ERR_INVALID_ARGUMENT for a NULL out or a weekday that is
 *  not 1..7 */
COCOMM_API int32_t cocomm_date_last_weekday(int32_t year, int32_t month, int32_t weekday, cocomm_date *out);
/** Parse exactly "YYYY-MM-DD".
 *  @param text the text; not NULL
 *  @param len its length in bytes, or COCOMM_NTS
 *  @param[out] out the date; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_PARSE, COCOMM_ERR_OUT_OF_RANGE for a date
 *  that does not exist, or COCOMM_ERR_INVALID_ARGUMENT for a NULL text or
 *  out */
COCOMM_API int32_t cocomm_date_parse(const char *text, size_t len, cocomm_date *out);
/** Write "YYYY-MM-DD" like snprintf: *needed (may be NULL) gets the length
 *  without the NUL; COCOMM_ERR_BUFFER_TOO_SMALL if cap <= that length, in
 *  which case buf (when cap > 0) holds "". buf may be NULL when cap is 0.
 *  @param d the date
 *  @param[out] buf where the text goes; may be NULL when cap is 0
 *  @param cap size of buf in bytes, NUL included
 *  @param[out] needed the text's length without the NUL; may be NULL
 *  @return COCOMM_OK, COCOMM_ERR_BUFFER_TOO_SMALL, COCOMM_ERR_OUT_OF_RANGE
 *  if d is not a real date, or COCOMM_ERR_INVALID_ARGUMENT for a NULL buf
 *  with cap > 0 */
COCOMM_API int32_t cocomm_date_format(cocomm_date d, char *buf, size_t cap, size_t *needed);

/* ---- instants and UK time ---- */

/** COCOMM_OK if dt's fields are in range (offset within +-14:00) and its
 *  reserved0 is 0.
 *  @param dt the date and time; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE, or COCOMM_ERR_INVALID_ARGUMENT
 *  for a NULL dt or a reserved0 that is not 0 */
COCOMM_API int32_t cocomm_datetime_check(const cocomm_datetime *dt);
/** The instant that dt (with its utc_offset_minutes) denotes.
 *  @param dt the date and time; not NULL
 *  @param[out] out the instant; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if a field or the instant is out
 *  of range, or COCOMM_ERR_INVALID_ARGUMENT for a NULL argument or a
 *  reserved0 that is not 0 */
COCOMM_API int32_t cocomm_datetime_to_instant(const cocomm_datetime *dt, cocomm_instant *out);
/** t as UTC civil time (utc_offset_minutes 0).
 *  @param t the instant
 *  @param[out] out the date and time; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if t is outside
 *  COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX, or COCOMM_ERR_INVALID_ARGUMENT for
 *  a NULL out */
COCOMM_API int32_t cocomm_instant_to_utc(cocomm_instant t, cocomm_datetime *out);
/** t as UK civil time: offset 0 (GMT) or 60 (BST).
 *  @param t the instant
 *  @param[out] out the date and time; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if t is outside
 *  COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX, or COCOMM_ERR_INVALID_ARGUMENT for
 *  a NULL out */
COCOMM_API int32_t cocomm_instant_to_uk(cocomm_instant t, cocomm_datetime *out);
/** 1 if t falls in British Summer Time, 0 if in GMT, via *is_bst.
 *  @param t the instant
 *  @param[out] is_bst 1 (BST) or 0 (GMT); not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if t is outside
 *  COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX, or COCOMM_ERR_INVALID_ARGUMENT for
 *  a NULL is_bst */
COCOMM_API int32_t cocomm_instant_is_bst(cocomm_instant t, int32_t *is_bst);
/** Start (last Sunday of March, 01:00 UTC) and end (last Sunday of
 *  October, 01:00 UTC) of BST in a year.
 *  @param year the year (1..9999)
 *  @param[out] start the first instant of BST; not NULL
 *  @param[out] end the first instant of GMT again; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE for a year out of range, or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL start or end */
COCOMM_API int32_t cocomm_instant_bst_bounds(int32_t year, cocomm_instant *start, cocomm_instant *end);
/** The instant of a UK wall-clock time; the offset field of *local is ignored.
 *  A time in the spring-forward gap is COCOMM_ERR_OUT_OF_RANGE. A time in the
 *  repeated autumn hour occurs twice: fold (enum cocomm_fold) picks one or,
 *  with COCOMM_FOLD_STRICT, refuses with COCOMM_ERR_AMBIGUOUS.
 *  @param local the UK wall-clock date and time; not NULL
 *  @param fold which occurrence of a repeated time (enum cocomm_fold)
 *  @param[out] out the instant; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_OUT_OF_RANGE for a field out of range, a
 *  time in the gap or an instant out of range; COCOMM_ERR_AMBIGUOUS; or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL local or out, a fold that is not
 *  one, or a reserved0 that is not 0 */
COCOMM_API int32_t cocomm_instant_from_uk(const cocomm_datetime *local, int32_t fold, cocomm_instant *out);
/** The last second of a UK calendar day (23:59:59 local): a deadline "by" a
 *  date with no time of day (rule T-34).
 *  @param d the date
 *  @param[out] out the instant; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if d is not a real date, or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL out */
COCOMM_API int32_t cocomm_date_uk_end_of_day(cocomm_date d, cocomm_instant *out);
/** Parse "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS", followed by "Z", by
 *  "+HH:MM" / "-HH:MM", or by nothing (UK local time; a time in the repeated
 *  autumn hour is then COCOMM_ERR_AMBIGUOUS, never a guess).
 *  @param text the text; not NULL
 *  @param len its length in bytes, or COCOMM_NTS
 *  @param[out] out the instant; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_PARSE; COCOMM_ERR_OUT_OF_RANGE for an
 *  impossible value, an offset beyond +-14:00, a UK local time in the
 *  spring-forward gap or an instant out of range; COCOMM_ERR_AMBIGUOUS; or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL text or out */
COCOMM_API int32_t cocomm_instant_parse(const char *text, size_t len, cocomm_instant *out);
/** Write t as COCOMM_TIME_UTC or COCOMM_TIME_UK text; snprintf-style as
 *  cocomm_date_format().
 *  @param t the instant
 *  @param style COCOMM_TIME_UTC or COCOMM_TIME_UK (enum cocomm_time_style)
 *  @param[out] buf where the text goes; may be NULL when cap is 0
 *  @param cap size of buf in bytes, NUL included
 *  @param[out] needed the text's length without the NUL; may be NULL
 *  @return COCOMM_OK, COCOMM_ERR_BUFFER_TOO_SMALL, COCOMM_ERR_OUT_OF_RANGE if
 *  t is outside COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX, or
 *  COCOMM_ERR_INVALID_ARGUMENT for an unknown style or a NULL buf with
 *  cap > 0 */
COCOMM_API int32_t cocomm_instant_format(cocomm_instant t, int32_t style, char *buf, size_t cap, size_t *needed);

/* ---- financial years (T-33): 1 April to 31 March, written 2015/16 ---- */
/* A financial year starts in a year from 1 to 9998 (the one starting in
 * 9999 would end in 10000); outside that, COCOMM_ERR_OUT_OF_RANGE. */

/** The calendar year in which d's financial year starts (2015 for 2016-03-31).
 *  @param d the date
 *  @param[out] start_year the year its financial year starts in; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE if d is not a real date or its
 *  financial year does not start in 1..9998, or COCOMM_ERR_INVALID_ARGUMENT
 *  for a NULL start_year */
COCOMM_API int32_t cocomm_date_fy(cocomm_date d, int32_t *start_year);
/** First and last day of the financial year starting in start_year.
 *  @param start_year the year the financial year starts in (1..9998)
 *  @param[out] first its first day (1 April); not NULL
 *  @param[out] last its last day (31 March); not NULL
 *  @return COCOMM_OK, COCOMM_ERR_OUT_OF_RANGE for a start_year out of range,
 *  or COCOMM_ERR_INVALID_ARGUMENT for a NULL first or last */
COCOMM_API int32_t cocomm_date_fy_bounds(int32_t start_year, cocomm_date *first, cocomm_date *last);
/** Write "2015/16"; snprintf-style as cocomm_date_format().
 *  @param start_year the year the financial year starts in (1..9998)
 *  @param[out] buf where the text goes; may be NULL when cap is 0
 *  @param cap size of buf in bytes, NUL included
 *  @param[out] needed the text's length without the NUL; may be NULL
 *  @return COCOMM_OK, COCOMM_ERR_BUFFER_TOO_SMALL, COCOMM_ERR_OUT_OF_RANGE for
 *  a start_year out of range, or COCOMM_ERR_INVALID_ARGUMENT for a NULL buf
 *  with cap > 0 */
COCOMM_API int32_t cocomm_date_fy_format(int32_t start_year, char *buf, size_t cap, size_t *needed);
/** Parse exactly "YYYY/YY" where YY is the two last digits of YYYY + 1.
 *  @param text the text; not NULL
 *  @param len its length in bytes, or COCOMM_NTS
 *  @param[out] start_year the year the financial year starts in; not NULL
 *  @return COCOMM_OK, COCOMM_ERR_PARSE, COCOMM_ERR_OUT_OF_RANGE for a year
 *  outside 1..9998 or a YY that does not follow YYYY, or
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL text or start_year */
COCOMM_API int32_t cocomm_date_fy_parse(const char *text, size_t len, int32_t *start_year);

/** sizeof(cocomm_date) as built (4).
 *  @return sizeof(cocomm_date) */
COCOMM_API uint32_t cocomm_date_size(void);
/** sizeof(cocomm_datetime) as built (12).
 *  @return sizeof(cocomm_datetime) */
COCOMM_API uint32_t cocomm_datetime_size(void);

COCOMM_END_DECLS

#endif
