/* SPDX-License-Identifier: MIT */
/* Every parser of caller text: the first byte picks one, the rest is the
 * text. What parses must format back to clean text of the documented shape
 * (the date oracles of fuzz.h) and parse again to the same value. */
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
  switch (data[0] % 9) {
    case 0:
      if (cocomm_date_parse(text, len, &d) == COCOMM_OK) {
        FUZZ_ASSERT(cocomm_date_check(d) == COCOMM_OK);
        FUZZ_ASSERT(cocomm_date_format(d, buf, sizeof buf, NULL) == COCOMM_OK && len == 10 &&
                    memcmp(buf, text, 10) == 0);
        oracle_date_text(buf);
      }
      break;
    case 1:
      if (cocomm_instant_parse(text, len, &t) == COCOMM_OK) {
        cocomm_instant back;
        FUZZ_ASSERT(cocomm_instant_format(t, COCOMM_TIME_UK, buf, sizeof buf, NULL) == COCOMM_OK);
        oracle_instant_text(buf, 1);
        FUZZ_ASSERT(cocomm_instant_parse(buf, COCOMM_NTS, &back) == COCOMM_OK && back == t);
        FUZZ_ASSERT(cocomm_instant_format(t, COCOMM_TIME_UTC, buf, sizeof buf, NULL) == COCOMM_OK);
        oracle_instant_text(buf, 0);
        FUZZ_ASSERT(cocomm_instant_parse(buf, COCOMM_NTS, &back) == COCOMM_OK && back == t);
      }
      break;
    case 2:
      if (cocomm_date_fy_parse(text, len, &v) == COCOMM_OK) {
        FUZZ_ASSERT(cocomm_date_fy_format(v, buf, sizeof buf, NULL) == COCOMM_OK && memcmp(buf, text, 7) == 0);
        oracle_fy_text(buf, v);
      }
      break;
    case 3:
      if (cocomm_model_parse(text, len, &v) == COCOMM_OK) {
        FUZZ_ASSERT(cocomm_model_check(v) == COCOMM_OK);
        oracle_text("model name", cocomm_model_name(v));
        oracle_text("model key", cocomm_model_key(v));
      }
      break;
    case 4:
      if (cocomm_ccg_check_ods_code(text, len) == COCOMM_OK) FUZZ_ASSERT(len == 3);
      break;
    case 5: /* the words of a committee list: a category, or an office (terms.h) */
      cocomm_category_parse(text, len, &v);
      if (cocomm_office_parse(text, len, &v) == COCOMM_OK) {
        int32_t again = -1;
        FUZZ_ASSERT(v >= 0 && v < (int32_t)COCOMM_OFFICES_KNOWN);
        const char *name = cocomm_office_name(v);
        oracle_text("office name", name);
        FUZZ_ASSERT(cocomm_office_parse(name, COCOMM_NTS, &again) == COCOMM_OK && again == v);
        FUZZ_ASSERT(strcmp(cocomm_terms_tag_name(NULL, v), name) == 0);
      }
      break;
    case 6: cocomm_position_parse(text, len, &v); break;
    case 7: cocomm_roster_parse_yes_no(text, len, &v); break;
    default:
      if (cocomm_committee_kind_parse(text, len, &v) == COCOMM_OK) {
        int32_t again = 0;
        const char *name = cocomm_committee_kind_name(v);
        oracle_text("committee kind name", name);
        FUZZ_ASSERT(cocomm_committee_kind_parse(name, COCOMM_NTS, &again) == COCOMM_OK && again == v);
      }
      break;
  }
  return 0;
}
