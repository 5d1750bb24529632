/* SPDX-License-Identifier: MIT */
#include <cocomm/ccg.h>
#include <cocomm/model.h>
#include <cocomm/status.h>

#include <string.h>

#include <cocomm/error.h>

#include "internal.h"

void cocomm_ccg_init(cocomm_ccg *ccg) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_ccg init = COCOMM_CCG_INIT;
  if (ccg != NULL) memcpy(ccg, &init, sizeof init);
}

int32_t cocomm_ccg_check_ods_code(const char *text, size_t len) {
  size_t n;
  int32_t st = cocomm__text_len(text, len, 3, &n);
  if (st != COCOMM_OK) return st;
  if (n != 3) return COCOMM_ERR_PARSE;
  for (size_t i = 0; i < 3; i++) {
    char c = text[i];
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return COCOMM_ERR_PARSE;
  }
  return COCOMM_OK;
}

int32_t cocomm__ccg_check(const cocomm_ccg *ccg, cocomm_error *e) {
  if (ccg == NULL) return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE, "no CCG");
  if (ccg->struct_size < COCOMM_CCG_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the CCG's struct_size is below the first layout");
  /* The code field is four bytes: it must hold its own terminator. */
  if (memchr(ccg->ods_code, '\0', sizeof ccg->ods_code) == NULL ||
      cocomm_ccg_check_ods_code(ccg->ods_code, COCOMM_NTS) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ODS_CODE, "not an ODS code (three digits or capital letters, such as 00Q)");
  if (cocomm_model_check(ccg->model) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL, "not a model");
  if (!cocomm__is_yes_no(ccg->serious_governance_issues) || !cocomm__is_yes_no(ccg->special_measures))
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS, "a flag must be 0 or 1");
  if ((!cocomm__is_yes_no(ccg->sound_financial_control) && ccg->sound_financial_control != COCOMM_FACT_UNKNOWN) ||
      (!cocomm__is_yes_no(ccg->statutory_requirements_met) && ccg->statutory_requirements_met != COCOMM_FACT_UNKNOWN))
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS,
                        "an A-5 fact must be 0, 1 or COCOMM_FACT_UNKNOWN");
  return COCOMM_OK;
}

int32_t cocomm_ccg_check(const cocomm_ccg *ccg, cocomm_error *error) {
  int32_t st = cocomm__error_open(error);
  if (st == COCOMM_OK) st = cocomm__ccg_check(ccg, error);
  return cocomm__finish(error, st);
}

uint32_t cocomm_ccg_size(void) { return (uint32_t)sizeof(cocomm_ccg); }
