/* SPDX-License-Identifier: MIT */
/* Every parser of caller text: the first byte picks one, the rest is the text. */
#include <stdlib.h>

#include <cocomm/cocomm.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  cocomm_date d;
  cocomm_instant t;
  int32_t v;
  char buf[64];
  switch (data[0] % 8) {
    case 0:
      if (cocomm_date_parse(text, len, &d) == COCOMM_OK) {
        FUZZ_ASSERT(cocomm_date_check(d) == COCOMM_OK);
        FUZZ_ASSERT(cocomm_date_format(d, buf, sizeof buf, NULL) == COCOMM_OK && len == 10 &&
                    memcmp(buf, text, 10) == 0);
      }
      break;
    case 1:
      if (cocomm_instant_parse(text, len, &t) == COCOMM_OK) {
        cocomm_instant back;
        FUZZ_ASSERT(cocomm_instant_format(t, COCOMM_TIME_UK, buf, sizeof buf, NULL) == COCOMM_OK);
        FUZZ_ASSERT(cocomm_instant_parse(buf, COCOMM_NTS, &back) == COCOMM_OK && back == t);
      }
      break;
    case 2:
      if (cocomm_fy_parse(text, len, &v) == COCOMM_OK)
        FUZZ_ASSERT(cocomm_fy_format(v, buf, sizeof buf, NULL) == COCOMM_OK && memcmp(buf, text, 7) == 0);
      break;
    case 3:
      if (cocomm_model_parse(text, len, &v) == COCOMM_OK) FUZZ_ASSERT(cocomm_model_check(v) == COCOMM_OK);
      break;
    case 4:
      if (cocomm_ods_code_check(text, len) == COCOMM_OK) FUZZ_ASSERT(len == 3);
      break;
    case 5: cocomm_category_parse(text, len, &v); break;
    case 6: cocomm_position_parse(text, len, &v); break;
    default: cocomm_yes_no_parse(text, len, &v); break;
  }
  return 0;
}
