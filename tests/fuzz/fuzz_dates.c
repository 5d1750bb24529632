/* SPDX-License-Identifier: MIT */
/* Date and time arithmetic over raw field values, instants over the whole
 * int64 range, and formatting into tiny buffers. */
#include <stdlib.h>

#include <cocomm/cocomm.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size};
  cocomm_date d = {(int16_t)take_u32(&b), take_u8(&b), take_u8(&b)};
  int64_t k = (int64_t)((uint64_t)take_u32(&b) << 32 | take_u32(&b));
  cocomm_date out;
  int64_t days;
  int32_t v;
  if (cocomm_date_check(d) == COCOMM_OK) {
    FUZZ_ASSERT(cocomm_date_to_days(d, &days) == COCOMM_OK);
    FUZZ_ASSERT(cocomm_date_from_days(days, &out) == COCOMM_OK && cocomm_date_compare(out, d) == 0);
    if (cocomm_date_add_days(d, k % 4000000, &out) == COCOMM_OK) {
      int64_t diff;
      FUZZ_ASSERT(cocomm_date_diff_days(d, out, &diff) == COCOMM_OK && diff == k % 4000000);
    }
    FUZZ_ASSERT(cocomm_date_weekday(d, &v) == COCOMM_OK && v >= 1 && v <= 7);
    cocomm_instant eod;
    FUZZ_ASSERT(cocomm_uk_end_of_day(d, &eod) == COCOMM_OK || d.year == 9999);
    cocomm_date a, z;
    if (cocomm_fy_of_date(d, &v) == COCOMM_OK && cocomm_fy_bounds(v, &a, &z) == COCOMM_OK)
      FUZZ_ASSERT(cocomm_date_compare(a, d) <= 0 && cocomm_date_compare(d, z) <= 0);
  } else {
    FUZZ_ASSERT(cocomm_date_to_days(d, &days) == COCOMM_ERR_OUT_OF_RANGE);
  }
  cocomm_datetime dt, uk;
  if (cocomm_instant_to_uk(k, &uk) == COCOMM_OK) {
    cocomm_instant back;
    FUZZ_ASSERT(uk.utc_offset_minutes == 0 || uk.utc_offset_minutes == 60);
    FUZZ_ASSERT(cocomm_datetime_to_instant(&uk, &back) == COCOMM_OK && back == k);
    int32_t fold = uk.utc_offset_minutes ? COCOMM_FOLD_EARLIER : COCOMM_FOLD_LATER;
    FUZZ_ASSERT(cocomm_uk_to_instant(&uk, fold, &back) == COCOMM_OK && back == k);
  }
  dt.date = d;
  dt.hour = take_u8(&b);
  dt.minute = take_u8(&b);
  dt.second = take_u8(&b);
  dt.reserved0 = 0;
  dt.utc_offset_minutes = (int32_t)take_u32(&b);
  cocomm_instant t;
  cocomm_datetime_to_instant(&dt, &t);
  cocomm_uk_to_instant(&dt, take_u8(&b) % 4, &t);
  size_t cap = take_u8(&b) % 32, need;
  char *buf = malloc(cap ? cap : 1);
  cocomm_instant_format(k, 1 + take_u8(&b) % 3, cap ? buf : NULL, cap, &need);
  cocomm_date_format(d, cap ? buf : NULL, cap, &need);
  cocomm_fy_format((int32_t)take_u32(&b), cap ? buf : NULL, cap, &need);
  free(buf);
  return 0;
}
