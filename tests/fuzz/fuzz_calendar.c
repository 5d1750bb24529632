/* SPDX-License-Identifier: MIT */
/* A caller's own edition built from the bytes: edition checks, timeline,
 * submission checks, and the iCalendar and CSV writers at tiny capacities
 * in exact-size buffers. */
#include <stdlib.h>

#include <cocomm/cocomm.h>

#include "fuzz.h"

#define MAXMS 12

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size};
  uint32_t n = take_u8(&b) % (MAXMS + 1);
  cocomm_milestone ms[MAXMS];
  static char text[MAXMS][4][48];
  for (uint32_t i = 0; i < n; i++) {
    cocomm_milestone *m = &ms[i];
    cocomm_milestone_init(m);
    m->kind = take_u8(&b) % 4;
    m->id = take_str(&b, text[i][0], 8);
    m->label = take_str(&b, text[i][1], 47);
    m->source = take_str(&b, text[i][2], 16);
    m->note = take_str(&b, text[i][3], 47);
    m->models = take_u8(&b) & 0x1F;
    m->precision = take_u8(&b) % 10;
    m->start = (cocomm_date){(int16_t)(2010 + take_u8(&b) % 12), (uint8_t)(take_u8(&b) % 14), (uint8_t)(take_u8(&b) % 33)};
    m->end = (cocomm_date){(int16_t)(2010 + take_u8(&b) % 12), (uint8_t)(take_u8(&b) % 14), (uint8_t)(take_u8(&b) % 33)};
    m->has_time = take_u8(&b) % 3;
    m->minute_of_day = (int32_t)(take_u32(&b) % 1500);
    m->submission = take_u8(&b) % 3;
    m->go_live_fy = 2010 + take_u8(&b) % 20;
  }
  cocomm_edition e;
  cocomm_edition_init(&e);
  e.key = "fuzz";
  e.milestones = ms;
  e.milestone_count = n;
  int32_t model = take_u8(&b) % 5;
  int32_t valid = cocomm_edition_check(&e, NULL);
  const cocomm_milestone *out[MAXMS];
  uint32_t count = 0;
  int32_t st = cocomm_timeline(&e, model, out, take_u8(&b) % (MAXMS + 1), &count);
  FUZZ_ASSERT(valid != COCOMM_OK || model > 3 || st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
  cocomm_submission s;
  cocomm_submission_init(&s);
  cocomm_instant at = (cocomm_instant)(int32_t)take_u32(&b) + INT64_C(1420000000);
  st = cocomm_submission_check(&e, model, at, &s);
  if (st == COCOMM_OK) FUZZ_ASSERT(s.on_time ? s.late_by == 0 : s.late_by > 0);
  for (int w = 0; w < 2; w++) {
    size_t need = 0, cap = take_u8(&b);
    char *buf = malloc(cap ? cap : 1);
    st = w ? cocomm_timeline_ics(&e, model, at, cap ? buf : NULL, cap, &need)
           : cocomm_timeline_csv(&e, model, cap ? buf : NULL, cap, &need);
    if (st == COCOMM_OK) FUZZ_ASSERT(need < cap && strlen(buf) == need);
    if (st == COCOMM_ERR_BUFFER_TOO_SMALL) {
      FUZZ_ASSERT(need >= cap && (cap == 0 || buf[0] == '\0'));
      char *full = malloc(need + 1);
      FUZZ_ASSERT((w ? cocomm_timeline_ics(&e, model, at, full, need + 1, NULL)
                     : cocomm_timeline_csv(&e, model, full, need + 1, NULL)) == COCOMM_OK);
      if (w) /* every line of the iCalendar output is at most 75 octets */
        for (char *p = full, *eol; (eol = strstr(p, "\r\n")) != NULL; p = eol + 2) FUZZ_ASSERT(eol - p <= 75);
      free(full);
    }
    free(buf);
  }
  return 0;
}
