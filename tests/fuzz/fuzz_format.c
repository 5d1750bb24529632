/* SPDX-License-Identifier: MIT */
/* cocomm_finding_format over findings the caller made up (any rule,
 * severity, message, subject and values: member indices out of range,
 * INT32_MIN, unknown categories and models) and over a committee from the
 * bytes (build.h: unterminated, non-UTF-8 or control-laden names, odd
 * strides), or none, at every capacity. findings.h promises that any values
 * are safe: the text must pass the message oracle of fuzz.h, an unknown
 * message must be refused, and the snprintf contract must hold. */
#include <stdlib.h>

#include "build.h"

static int32_t take_int(bytes *b, int32_t small) {
  uint8_t x = take_u8(b);
  if (x < 200) return (int32_t)(x % (small + 3)) - 2;
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
  }
  committee_free(fc);
  free(fc);
  return 0;
}
