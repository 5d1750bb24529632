/* SPDX-License-Identifier: MIT */
/* Date and time arithmetic over raw field values, instants over the whole
 * int64 range, UK summer time, financial years, and formatting into tiny
 * buffers. What the library formats must pass the date oracles of fuzz.h;
 * what it computes must agree with what its other functions say. */
#include <stdlib.h>

#include <cocomm/cocomm.h>

#include "fuzz.h"

static void formatted(int32_t st, const char *buf, size_t cap, size_t need, int what, int32_t fy) {
  if (st == COCOMM_OK) {
    FUZZ_ASSERT(need < cap && strlen(buf) == need);
    if (what == 0) oracle_date_text(buf);
    if (what == 1 || what == 2) oracle_instant_text(buf, what == 2);
    if (what == 3) oracle_fy_text(buf, fy);
  } else if (st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    FUZZ_ASSERT(need >= cap && (cap == 0 || buf[0] == '\0'));
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size};
  cocomm_date d = {(int16_t)take_u32(&b), take_u8(&b), take_u8(&b)};
  int64_t k = (int64_t)((uint64_t)take_u32(&b) << 32 | take_u32(&b));
  cocomm_date out;
  int64_t days;
  int32_t v;
  int valid = cocomm_date_check(d) == COCOMM_OK;
  FUZZ_ASSERT(valid == (d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
                        d.day <= fuzz_days_in_month(d.year, d.month)));
  FUZZ_ASSERT((cocomm_date_make(d.year, d.month, d.day, &out) == COCOMM_OK) == valid);
  if (d.month >= 1 && d.month <= 12 && d.year >= 1 && d.year <= 9999)
    FUZZ_ASSERT(cocomm_date_days_in_month(d.year, d.month) == fuzz_days_in_month(d.year, d.month));
  if (valid) {
    FUZZ_ASSERT(cocomm_date_to_days(d, &days) == COCOMM_OK);
    FUZZ_ASSERT(cocomm_date_from_days(days, &out) == COCOMM_OK && cocomm_date_compare(out, d) == 0);
    if (cocomm_date_add_days(d, k % 4000000, &out) == COCOMM_OK) {
      int64_t diff;
      FUZZ_ASSERT(cocomm_date_diff_days(d, out, &diff) == COCOMM_OK && diff == k % 4000000);
    }
    FUZZ_ASSERT(cocomm_date_weekday(d, &v) == COCOMM_OK && v >= 1 && v <= 7);
    cocomm_instant eod;
    FUZZ_ASSERT(cocomm_date_uk_end_of_day(d, &eod) == COCOMM_OK || d.year == 9999);
    cocomm_date a, z;
    if (cocomm_date_fy(d, &v) == COCOMM_OK && cocomm_date_fy_bounds(v, &a, &z) == COCOMM_OK)
      FUZZ_ASSERT(cocomm_date_compare(a, d) <= 0 && cocomm_date_compare(d, z) <= 0);
    /* The last given weekday of d's month. */
    int32_t wd = 1 + (int32_t)(k & 0xFF) % 7;
    if (cocomm_date_last_weekday(d.year, d.month, wd, &out) == COCOMM_OK) {
      int32_t w;
      FUZZ_ASSERT(out.year == d.year && out.month == d.month && out.day + 7 > fuzz_days_in_month(d.year, d.month));
      FUZZ_ASSERT(cocomm_date_weekday(out, &w) == COCOMM_OK && w == wd);
    }
    /* Summer time starts and ends once a year, an hour apart in UK wall time. */
    cocomm_instant s, e;
    if (cocomm_instant_bst_bounds(d.year, &s, &e) == COCOMM_OK) {
      int32_t bst;
      FUZZ_ASSERT(s < e);
      FUZZ_ASSERT(cocomm_instant_is_bst(s, &bst) == COCOMM_OK && bst == 1);
      FUZZ_ASSERT(cocomm_instant_is_bst(s - 1, &bst) != COCOMM_OK || bst == 0);
      FUZZ_ASSERT(cocomm_instant_is_bst(e - 1, &bst) == COCOMM_OK && bst == 1);
      FUZZ_ASSERT(cocomm_instant_is_bst(e, &bst) == COCOMM_OK && bst == 0);
    }
  } else {
    FUZZ_ASSERT(cocomm_date_to_days(d, &days) == COCOMM_ERR_OUT_OF_RANGE);
  }
  cocomm_datetime dt, uk, utc;
  if (cocomm_instant_to_uk(k, &uk) == COCOMM_OK) {
    cocomm_instant back;
    int32_t bst;
    FUZZ_ASSERT(uk.utc_offset_minutes == 0 || uk.utc_offset_minutes == 60);
    FUZZ_ASSERT(cocomm_instant_is_bst(k, &bst) == COCOMM_OK && bst == (uk.utc_offset_minutes == 60));
    FUZZ_ASSERT(cocomm_datetime_check(&uk) == COCOMM_OK);
    FUZZ_ASSERT(cocomm_datetime_to_instant(&uk, &back) == COCOMM_OK && back == k);
    int32_t fold = uk.utc_offset_minutes ? COCOMM_FOLD_EARLIER : COCOMM_FOLD_LATER;
    FUZZ_ASSERT(cocomm_instant_from_uk(&uk, fold, &back) == COCOMM_OK && back == k);
    FUZZ_ASSERT(cocomm_instant_to_utc(k, &utc) == COCOMM_OK && utc.utc_offset_minutes == 0);
    FUZZ_ASSERT(cocomm_datetime_to_instant(&utc, &back) == COCOMM_OK && back == k);
    char text[64];
    size_t need = 0;
    int32_t st = cocomm_instant_format(k, COCOMM_TIME_UTC, text, sizeof text, &need);
    formatted(st, text, sizeof text, need, 1, 0);
    st = cocomm_instant_format(k, COCOMM_TIME_UK, text, sizeof text, &need);
    formatted(st, text, sizeof text, need, 2, 0);
  } else {
    FUZZ_ASSERT(k < COCOMM_INSTANT_MIN || k > COCOMM_INSTANT_MAX);
  }
  dt.date = d;
  dt.hour = take_u8(&b);
  dt.minute = take_u8(&b);
  dt.second = take_u8(&b);
  dt.reserved0 = 0;
  dt.utc_offset_minutes = (int32_t)take_u32(&b);
  cocomm_instant t;
  if (cocomm_datetime_to_instant(&dt, &t) == COCOMM_OK) FUZZ_ASSERT(t >= COCOMM_INSTANT_MIN && t <= COCOMM_INSTANT_MAX);
  int32_t fold = take_u8(&b) % 4;
  if (cocomm_instant_from_uk(&dt, fold, &t) == COCOMM_OK) { /* the same wall-clock time back */
    FUZZ_ASSERT(cocomm_instant_to_uk(t, &uk) == COCOMM_OK);
    FUZZ_ASSERT(cocomm_date_compare(uk.date, d) == 0 && uk.hour == dt.hour && uk.minute == dt.minute &&
                uk.second == dt.second);
  }
  size_t cap = take_u8(&b) % 32, need = 0;
  char *buf = malloc(cap ? cap : 1);
  int32_t style = 1 + take_u8(&b) % 3;
  int32_t st = cocomm_instant_format(k, style, cap ? buf : NULL, cap, &need);
  formatted(st, buf, cap, need, style, 0);
  st = cocomm_date_format(d, cap ? buf : NULL, cap, &need);
  formatted(st, buf, cap, need, 0, 0);
  int32_t fy = (int32_t)take_u32(&b);
  if (take_u8(&b) < 128) fy = 1 + (int32_t)((uint32_t)fy % 9999);
  st = cocomm_date_fy_format(fy, cap ? buf : NULL, cap, &need);
  formatted(st, buf, cap, need, 3, fy);
  char full[32];
  if (cocomm_date_fy_format(fy, full, sizeof full, NULL) == COCOMM_OK) {
    int32_t back = 0;
    cocomm_date first, last;
    oracle_fy_text(full, fy);
    FUZZ_ASSERT(cocomm_date_fy_parse(full, COCOMM_NTS, &back) == COCOMM_OK && back == fy);
    FUZZ_ASSERT(cocomm_date_fy_bounds(fy, &first, &last) == COCOMM_OK);
    FUZZ_ASSERT(first.year == fy && first.month == 4 && first.day == 1 && last.year == fy + 1 && last.month == 3 &&
                last.day == 31);
  }
  free(buf);
  return 0;
}
