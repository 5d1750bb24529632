/* SPDX-License-Identifier: MIT */
/* Pins every public struct's size and field offsets and every public enum's
 * values. A change here is an ABI change: it fails the build of this test
 * before any test runs. See docs/abi.md. */
#include <stddef.h>
#include <stdio.h>

#include <cocomm/cocomm.h>

#define PIN_SIZE(type, n) _Static_assert(sizeof(type) == (n), "size of " #type)
#define PIN_OFF(type, field, n) _Static_assert(offsetof(type, field) == (n), #type "." #field)
#define PIN_VAL(name, v) _Static_assert((name) == (v), #name)

/* status.h */
PIN_VAL(COCOMM_OK, 0);
PIN_VAL(COCOMM_ERR_INVALID_ARGUMENT, -1);
PIN_VAL(COCOMM_ERR_BUFFER_TOO_SMALL, -2);
PIN_VAL(COCOMM_ERR_PARSE, -3);
PIN_VAL(COCOMM_ERR_OUT_OF_RANGE, -4);
PIN_VAL(COCOMM_ERR_STRUCT_SIZE, -5);
PIN_VAL(COCOMM_ERR_AMBIGUOUS, -6);
PIN_VAL(COCOMM_ERR_NOT_FOUND, -7);

/* version.h */
PIN_SIZE(cocomm_version_info, 32);
PIN_OFF(cocomm_version_info, struct_size, 0);
PIN_OFF(cocomm_version_info, major, 4);
PIN_OFF(cocomm_version_info, minor, 8);
PIN_OFF(cocomm_version_info, patch, 12);
PIN_OFF(cocomm_version_info, soversion, 16);
PIN_OFF(cocomm_version_info, reserved0, 20);
PIN_OFF(cocomm_version_info, string, 24);
PIN_VAL(COCOMM_VERSION_INFO_SIZE_V1, 16);

/* date.h */
PIN_SIZE(cocomm_date, 4);
PIN_OFF(cocomm_date, year, 0);
PIN_OFF(cocomm_date, month, 2);
PIN_OFF(cocomm_date, day, 3);
PIN_SIZE(cocomm_datetime, 12);
PIN_OFF(cocomm_datetime, date, 0);
PIN_OFF(cocomm_datetime, hour, 4);
PIN_OFF(cocomm_datetime, minute, 5);
PIN_OFF(cocomm_datetime, second, 6);
PIN_OFF(cocomm_datetime, reserved0, 7);
PIN_OFF(cocomm_datetime, utc_offset_minutes, 8);
PIN_SIZE(cocomm_instant, 8);
PIN_VAL(COCOMM_MONDAY, 1);
PIN_VAL(COCOMM_TUESDAY, 2);
PIN_VAL(COCOMM_WEDNESDAY, 3);
PIN_VAL(COCOMM_THURSDAY, 4);
PIN_VAL(COCOMM_FRIDAY, 5);
PIN_VAL(COCOMM_SATURDAY, 6);
PIN_VAL(COCOMM_SUNDAY, 7);
PIN_VAL(COCOMM_FOLD_EARLIER, 0);
PIN_VAL(COCOMM_FOLD_LATER, 1);
PIN_VAL(COCOMM_FOLD_STRICT, 2);
PIN_VAL(COCOMM_TIME_UTC, 1);
PIN_VAL(COCOMM_TIME_UK, 2);

int main(void) {
  /* The size functions must agree with the pinned header sizes. */
  int ok = cocomm_version_info_size() == sizeof(cocomm_version_info) &&
           cocomm_date_size() == sizeof(cocomm_date) &&
           cocomm_datetime_size() == sizeof(cocomm_datetime);
  printf("layout: %d passed, %d failed\n", ok, !ok);
  return ok ? 0 : 1;
}
