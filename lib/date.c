/* SPDX-License-Identifier: MIT */
#include <cocomm/date.h>
#include <cocomm/status.h>

#include <stdio.h>

#include "internal.h"

#define SECONDS_PER_DAY INT64_C(86400)
#define DAYS_MIN INT64_C(-719162) /* 0001-01-01 */
#define DAYS_MAX INT64_C(2932896) /* 9999-12-31 */
#define MAX_OFFSET_MINUTES 840    /* +-14:00, the widest offset in use */
#define BST_OFFSET_SECONDS 3600
#define BST_CHANGE_UTC_HOUR 1     /* BST starts and ends at 01:00 UTC */

/* T-33: the financial year starts on 1 April. The one place this fact lives. */
static const struct {
  int32_t month, day;
  const char *rule;
} fy_start = {4, 1, "T-33"};

static int is_leap(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int32_t cocomm_date_days_in_month(int32_t year, int32_t month) {
  static const int8_t days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || year > 9999 || month < 1 || month > 12) return 0;
  return days[month - 1] + (month == 2 && is_leap(year));
}

int32_t cocomm_date_check(cocomm_date d) {
  int32_t dim = cocomm_date_days_in_month(d.year, d.month);
  if (dim == 0 || d.day < 1 || d.day > dim) return COCOMM_ERR_OUT_OF_RANGE;
  return COCOMM_OK;
}

int32_t cocomm_date_make(int32_t year, int32_t month, int32_t day, cocomm_date *out) {
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (cocomm_date_days_in_month(year, month) == 0 || day < 1 || day > cocomm_date_days_in_month(year, month))
    return COCOMM_ERR_OUT_OF_RANGE;
  out->year = (int16_t)year;
  out->month = (uint8_t)month;
  out->day = (uint8_t)day;
  return COCOMM_OK;
}

/* Days from civil and back: H. Hinnant's era algorithm (public domain). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static cocomm_date civil_from_days(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  cocomm_date out = {(int16_t)(yoe + era * 400 + (m <= 2)), (uint8_t)m, (uint8_t)d};
  return out;
}

int32_t cocomm_date_to_days(cocomm_date d, int64_t *days) {
  if (days == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (cocomm_date_check(d) != COCOMM_OK) return COCOMM_ERR_OUT_OF_RANGE;
  *days = days_from_civil(d.year, d.month, d.day);
  return COCOMM_OK;
}

int32_t cocomm_date_from_days(int64_t days, cocomm_date *out) {
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (days < DAYS_MIN || days > DAYS_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  *out = civil_from_days(days);
  return COCOMM_OK;
}

int32_t cocomm_date_add_days(cocomm_date d, int64_t n, cocomm_date *out) {
  int64_t days;
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm_date_to_days(d, &days);
  if (st != COCOMM_OK) return st;
  /* Compare before adding so that a huge n cannot overflow. */
  if (n < DAYS_MIN - days || n > DAYS_MAX - days) return COCOMM_ERR_OUT_OF_RANGE;
  return cocomm_date_from_days(days + n, out);
}

int32_t cocomm_date_diff_days(cocomm_date a, cocomm_date b, int64_t *days) {
  int64_t da, db;
  if (days == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (cocomm_date_to_days(a, &da) != COCOMM_OK || cocomm_date_to_days(b, &db) != COCOMM_OK)
    return COCOMM_ERR_OUT_OF_RANGE;
  *days = db - da;
  return COCOMM_OK;
}

static int32_t weekday_of_days(int64_t days) {
  /* 1970-01-01 was a Thursday (ISO 4). */
  int64_t r = (days + 3) % 7;
  if (r < 0) r += 7;
  return (int32_t)r + 1;
}

int32_t cocomm_date_weekday(cocomm_date d, int32_t *weekday) {
  int64_t days;
  if (weekday == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm_date_to_days(d, &days);
  if (st != COCOMM_OK) return st;
  *weekday = weekday_of_days(days);
  return COCOMM_OK;
}

int32_t cocomm_date_compare(cocomm_date a, cocomm_date b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

int32_t cocomm_date_last_weekday(int32_t year, int32_t month, int32_t weekday, cocomm_date *out) {
  if (out == NULL || weekday < COCOMM_MONDAY || weekday > COCOMM_SUNDAY)
    return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t dim = cocomm_date_days_in_month(year, month);
  if (dim == 0) return COCOMM_ERR_OUT_OF_RANGE;
  int64_t last = days_from_civil(year, month, dim);
  int32_t back = (weekday_of_days(last) - weekday + 7) % 7;
  *out = civil_from_days(last - back);
  return COCOMM_OK;
}

int32_t cocomm_date_parse(const char *text, size_t len, cocomm_date *out) {
  int32_t y, m, d;
  size_t n;
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__text_len(text, len, 10, &n);
  if (st != COCOMM_OK) return st;
  if (n != 10 || text[4] != '-' || text[7] != '-' || !cocomm__digits(text, 4, &y) ||
      !cocomm__digits(text + 5, 2, &m) || !cocomm__digits(text + 8, 2, &d))
    return COCOMM_ERR_PARSE;
  return cocomm_date_make(y, m, d, out);
}

int32_t cocomm_date_format(cocomm_date d, char *buf, size_t cap, size_t *needed) {
  char tmp[16];
  if (cocomm_date_check(d) != COCOMM_OK) return COCOMM_ERR_OUT_OF_RANGE;
  int n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d.year, d.month, d.day);
  return cocomm__emit(tmp, (size_t)n, buf, cap, needed);
}

/* ---- instants ---- */

int32_t cocomm_datetime_check(const cocomm_datetime *dt) {
  if (dt == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (cocomm_date_check(dt->date) != COCOMM_OK || dt->hour > 23 || dt->minute > 59 ||
      dt->second > 59 || dt->utc_offset_minutes < -MAX_OFFSET_MINUTES ||
      dt->utc_offset_minutes > MAX_OFFSET_MINUTES)
    return COCOMM_ERR_OUT_OF_RANGE;
  if (dt->reserved0 != 0) return COCOMM_ERR_INVALID_ARGUMENT;
  return COCOMM_OK;
}

/* Seconds of the wall-clock reading as if it were UTC. */
static int64_t wall_seconds(const cocomm_datetime *dt) {
  return days_from_civil(dt->date.year, dt->date.month, dt->date.day) * SECONDS_PER_DAY +
         dt->hour * 3600 + dt->minute * 60 + dt->second;
}

static int32_t instant_in_range(int64_t t) {
  return t >= COCOMM_INSTANT_MIN && t <= COCOMM_INSTANT_MAX ? COCOMM_OK : COCOMM_ERR_OUT_OF_RANGE;
}

int32_t cocomm_datetime_to_instant(const cocomm_datetime *dt, cocomm_instant *out) {
  if (dt == NULL || out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm_datetime_check(dt);
  if (st != COCOMM_OK) return st;
  int64_t t = wall_seconds(dt) - (int64_t)dt->utc_offset_minutes * 60;
  if ((st = instant_in_range(t)) != COCOMM_OK) return st;
  *out = t;
  return COCOMM_OK;
}

static void split(int64_t t, int32_t offset_minutes, cocomm_datetime *out) {
  int64_t local = t + (int64_t)offset_minutes * 60;
  int64_t days = local / SECONDS_PER_DAY, rem = local % SECONDS_PER_DAY;
  if (rem < 0) {
    rem += SECONDS_PER_DAY;
    days--;
  }
  out->date = civil_from_days(days);
  out->hour = (uint8_t)(rem / 3600);
  out->minute = (uint8_t)(rem / 60 % 60);
  out->second = (uint8_t)(rem % 60);
  out->reserved0 = 0;
  out->utc_offset_minutes = offset_minutes;
}

int32_t cocomm_instant_to_utc(cocomm_instant t, cocomm_datetime *out) {
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = instant_in_range(t);
  if (st != COCOMM_OK) return st;
  split(t, 0, out);
  return COCOMM_OK;
}

static void bst_bounds_of(int32_t year, int64_t *start, int64_t *end) {
  cocomm_date march, october;
  cocomm_date_last_weekday(year, 3, COCOMM_SUNDAY, &march);
  cocomm_date_last_weekday(year, 10, COCOMM_SUNDAY, &october);
  *start = days_from_civil(year, 3, march.day) * SECONDS_PER_DAY + BST_CHANGE_UTC_HOUR * 3600;
  *end = days_from_civil(year, 10, october.day) * SECONDS_PER_DAY + BST_CHANGE_UTC_HOUR * 3600;
}

int32_t cocomm_instant_bst_bounds(int32_t year, cocomm_instant *start, cocomm_instant *end) {
  if (start == NULL || end == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (year < 1 || year > 9999) return COCOMM_ERR_OUT_OF_RANGE;
  bst_bounds_of(year, start, end);
  return COCOMM_OK;
}

/* UK offset in seconds at a valid instant. */
static int32_t uk_offset(int64_t t) {
  int64_t days = t / SECONDS_PER_DAY - (t % SECONDS_PER_DAY < 0);
  int64_t start, end;
  bst_bounds_of(civil_from_days(days).year, &start, &end);
  return t >= start && t < end ? BST_OFFSET_SECONDS : 0;
}

int32_t cocomm_instant_is_bst(cocomm_instant t, int32_t *is_bst) {
  if (is_bst == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = instant_in_range(t);
  if (st != COCOMM_OK) return st;
  *is_bst = uk_offset(t) != 0;
  return COCOMM_OK;
}

int32_t cocomm_instant_to_uk(cocomm_instant t, cocomm_datetime *out) {
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = instant_in_range(t);
  if (st != COCOMM_OK) return st;
  split(t, uk_offset(t) / 60, out);
  return COCOMM_OK;
}

int32_t cocomm_instant_from_uk(const cocomm_datetime *local, int32_t fold, cocomm_instant *out) {
  if (local == NULL || out == NULL || fold < COCOMM_FOLD_EARLIER || fold > COCOMM_FOLD_STRICT)
    return COCOMM_ERR_INVALID_ARGUMENT;
  cocomm_datetime wall = *local;
  wall.utc_offset_minutes = 0;
  int32_t st = cocomm_datetime_check(&wall);
  if (st != COCOMM_OK) return st;
  int64_t w = wall_seconds(&wall);
  /* A wall-clock reading is GMT-valid if the instant w has offset 0, and
   * BST-valid if w - 1h has offset 1h: both in the autumn hour, neither in
   * the spring gap. */
  int64_t as_bst = w - BST_OFFSET_SECONDS;
  int bst_ok = instant_in_range(as_bst) == COCOMM_OK && uk_offset(as_bst) == BST_OFFSET_SECONDS;
  int gmt_ok = instant_in_range(w) == COCOMM_OK && uk_offset(w) == 0;
  if (bst_ok && gmt_ok) {
    if (fold == COCOMM_FOLD_STRICT) return COCOMM_ERR_AMBIGUOUS;
    *out = fold == COCOMM_FOLD_EARLIER ? as_bst : w;
    return COCOMM_OK;
  }
  if (!bst_ok && !gmt_ok) return COCOMM_ERR_OUT_OF_RANGE;
  *out = bst_ok ? as_bst : w;
  return COCOMM_OK;
}

int32_t cocomm_date_uk_end_of_day(cocomm_date d, cocomm_instant *out) {
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  cocomm_datetime eod = {d, 23, 59, 59, 0, 0};
  return cocomm_instant_from_uk(&eod, COCOMM_FOLD_STRICT, out);
}

int32_t cocomm_instant_parse(const char *text, size_t len, cocomm_instant *out) {
  size_t n;
  int32_t y, mo, d, h, mi, s = 0, oh, om;
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__text_len(text, len, 25, &n);
  if (st != COCOMM_OK) return st;
  if (n < 16 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      !cocomm__digits(text, 4, &y) || !cocomm__digits(text + 5, 2, &mo) ||
      !cocomm__digits(text + 8, 2, &d) || !cocomm__digits(text + 11, 2, &h) ||
      !cocomm__digits(text + 14, 2, &mi))
    return COCOMM_ERR_PARSE;
  size_t i = 16;
  if (i < n && text[i] == ':') {
    if (n < 19 || !cocomm__digits(text + 17, 2, &s)) return COCOMM_ERR_PARSE;
    i = 19;
  }
  enum { LOCAL, UTC, OFFSET } zone;
  int32_t offset = 0;
  if (i == n) {
    zone = LOCAL;
  } else if (text[i] == 'Z' && i + 1 == n) {
    zone = UTC;
  } else if ((text[i] == '+' || text[i] == '-') && i + 6 == n && text[i + 3] == ':' &&
             cocomm__digits(text + i + 1, 2, &oh) && cocomm__digits(text + i + 4, 2, &om)) {
    zone = OFFSET;
    if (om > 59) return COCOMM_ERR_OUT_OF_RANGE;
    offset = (oh * 60 + om) * (text[i] == '-' ? -1 : 1);
  } else {
    return COCOMM_ERR_PARSE;
  }
  cocomm_date date;
  if ((st = cocomm_date_make(y, mo, d, &date)) != COCOMM_OK) return st;
  if (h > 23 || mi > 59 || s > 59) return COCOMM_ERR_OUT_OF_RANGE;
  cocomm_datetime dt = {date, (uint8_t)h, (uint8_t)mi, (uint8_t)s, 0, offset};
  if (zone == LOCAL) return cocomm_instant_from_uk(&dt, COCOMM_FOLD_STRICT, out);
  return cocomm_datetime_to_instant(&dt, out);
}

int32_t cocomm_instant_format(cocomm_instant t, int32_t style, char *buf, size_t cap, size_t *needed) {
  cocomm_datetime dt;
  char tmp[40];
  int32_t st;
  if (style == COCOMM_TIME_UTC)
    st = cocomm_instant_to_utc(t, &dt);
  else if (style == COCOMM_TIME_UK)
    st = cocomm_instant_to_uk(t, &dt);
  else
    return COCOMM_ERR_INVALID_ARGUMENT;
  if (st != COCOMM_OK) return st;
  int n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d", dt.date.year, dt.date.month,
                   dt.date.day, dt.hour, dt.minute, dt.second);
  if (style == COCOMM_TIME_UTC)
    n += snprintf(tmp + n, sizeof tmp - (size_t)n, "Z");
  else
    n += snprintf(tmp + n, sizeof tmp - (size_t)n, "+%02d:%02d", dt.utc_offset_minutes / 60,
                  dt.utc_offset_minutes % 60);
  return cocomm__emit(tmp, (size_t)n, buf, cap, needed);
}

/* ---- financial years ---- */

int32_t cocomm_date_fy(cocomm_date d, int32_t *start_year) {
  if (start_year == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (cocomm_date_check(d) != COCOMM_OK) return COCOMM_ERR_OUT_OF_RANGE;
  int before_start = d.month < fy_start.month || (d.month == fy_start.month && d.day < fy_start.day);
  int32_t y = d.year - before_start;
  /* A year starting in 9999 would end in 10000: like every other
   * financial-year function, years run 1..9998. */
  if (y < 1 || y > 9998) return COCOMM_ERR_OUT_OF_RANGE;
  *start_year = y;
  return COCOMM_OK;
}

int32_t cocomm_date_fy_bounds(int32_t start_year, cocomm_date *first, cocomm_date *last) {
  cocomm_date f;
  if (first == NULL || last == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (start_year < 1 || start_year > 9998) return COCOMM_ERR_OUT_OF_RANGE;
  cocomm_date_make(start_year, fy_start.month, fy_start.day, &f);
  cocomm_date next;
  cocomm_date_make(start_year + 1, fy_start.month, fy_start.day, &next);
  *first = f;
  return cocomm_date_add_days(next, -1, last);
}

int32_t cocomm_date_fy_format(int32_t start_year, char *buf, size_t cap, size_t *needed) {
  char tmp[16];
  if (start_year < 1 || start_year > 9998) return COCOMM_ERR_OUT_OF_RANGE;
  int n = snprintf(tmp, sizeof tmp, "%04d/%02d", start_year, (start_year + 1) % 100);
  return cocomm__emit(tmp, (size_t)n, buf, cap, needed);
}

int32_t cocomm_date_fy_parse(const char *text, size_t len, int32_t *start_year) {
  size_t n;
  int32_t y, yy;
  if (start_year == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__text_len(text, len, 7, &n);
  if (st != COCOMM_OK) return st;
  if (n != 7 || text[4] != '/' || !cocomm__digits(text, 4, &y) || !cocomm__digits(text + 5, 2, &yy))
    return COCOMM_ERR_PARSE;
  if (y < 1 || y > 9998 || yy != (y + 1) % 100) return COCOMM_ERR_OUT_OF_RANGE;
  *start_year = y;
  return COCOMM_OK;
}

uint32_t cocomm_date_size(void) { return (uint32_t)sizeof(cocomm_date); }
uint32_t cocomm_datetime_size(void) { return (uint32_t)sizeof(cocomm_datetime); }
