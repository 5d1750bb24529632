/* SPDX-License-Identifier: MIT */
/* cocomm_finding_format over findings the caller made up (any rule,
 * severity, message, subject and values: member indices out of range,
 * INT32_MIN, unknown categories and models, clause indices of the
 * committee's terms and past them) and over a committee from the bytes
 * (build.h: unterminated, non-UTF-8 or control-laden names, odd strides,
 * terms of reference whose clauses %k describes, with named tags of good
 * and bad names, refused terms, a struct_size below the first layout), or
 * none, at every capacity. findings.h promises that any values are safe:
 * the text must pass the message oracle of fuzz.h, an unknown message must
 * be refused, and the snprintf contract must hold. */
#include <stdlib.h>

#include "build.h"

static int32_t take_int(bytes *b, int32_t small) {
  uint8_t x = take_u8(b);
  if (x < 160) return (int32_t)(x % (small + 3)) - 2;
  if (x < 200) return (x & 1 ? 100 : 0) + (int32_t)(x >> 1) % 20 - 2; /* a clause (%k), or near one */
  if (x < 230) return x & 1 ? INT32_MAX : INT32_MIN;
  return (int32_t)take_u32(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int32_t messages[256];
  static uint32_t nmessages;
  if (nmessages == 0)
    for (int32_t m = 0; m < 256; m++)
      if (cocomm_finding_template(m) != NULL) messages[nmessages++] = m;
  FUZZ_ASSERT(nmessages > 0);

  bytes b = {data, size};
  fuzz_committee *fc = malloc(sizeof *fc);
  committee_make(fc, &b);
  uint32_t k = 1 + take_u8(&b) % 8;
  for (uint32_t i = 0; i < k; i++) {
    cocomm_finding x;
    uint8_t sel = take_u8(&b);
    x.rule = sel & 1 ? take_int(&b, COCOMM_RULE_LAST) : 1 + (int32_t)(take_u8(&b) % COCOMM_RULE_LAST);
    x.severity = sel & 2 ? take_int(&b, 4) : 1 + (int32_t)(take_u8(&b) % 3);
    x.message = sel & 4 ? take_int(&b, 128) : messages[take_u8(&b) % nmessages];
    x.subject = take_int(&b, (int32_t)fc->n);
    for (int v = 0; v < 4; v++) x.values[v] = take_int(&b, sel & 8 ? 12 : (int32_t)fc->n + 1);
    const char *tmpl = cocomm_finding_template(x.message);
    if (tmpl) oracle_text("finding template", tmpl);
    oracle_finding_text(&x, sel & 0x10 ? NULL : &fc->c, take_u8(&b) % 64);
    /* %kK with a sound committee and a clause its terms have: the clause
     * described, not "clause N" as without the committee. */
    const char *at = tmpl ? strstr(tmpl, "%k") : NULL;
    if (at && at[2] >= '0' && at[2] <= '3' && fc->terms.p && cocomm_committee_check(&fc->c, NULL) == COCOMM_OK) {
      int32_t v = x.values[at[2] - '0'];
      const cocomm_terms *t = &fc->terms.full;
      if ((v >= 0 && (uint32_t)v < t->quorum_count) || (v >= 100 && (uint32_t)(v - 100) < t->membership_count)) {
        char with[1024], without[1024];
        FUZZ_ASSERT(cocomm_finding_format(&x, &fc->c, with, sizeof with, NULL) == COCOMM_OK);
        FUZZ_ASSERT(cocomm_finding_format(&x, NULL, without, sizeof without, NULL) == COCOMM_OK);
        FUZZ_ASSERT(strcmp(with, without) != 0 && strstr(with, "member") != NULL);
      }
    }
  }
  committee_free(fc);
  free(fc);
  return 0;
}
