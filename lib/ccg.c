/* SPDX-License-Identifier: MIT */
#include <cocomm/ccg.h>
#include <cocomm/model.h>
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"


void cocomm_ccg_init(cocomm_ccg *ccg) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_ccg init = COCOMM_CCG_INIT;
  if (ccg != NULL) memcpy(ccg, &init, sizeof init);
}

int32_t cocomm_ods_code_check(const char *text, size_t len) {
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

int32_t cocomm_ccg_check(const cocomm_ccg *ccg) {
  if (ccg == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (ccg->struct_size < COCOMM_CCG_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  /* The code field is four bytes: it must hold its own terminator. */
  if (memchr(ccg->ods_code, '\0', sizeof ccg->ods_code) == NULL) return COCOMM_ERR_PARSE;
  int32_t st = cocomm_ods_code_check(ccg->ods_code, COCOMM_NTS);
  if (st != COCOMM_OK) return st;
  if (cocomm_model_check(ccg->model) != COCOMM_OK || !cocomm__is_yes_no(ccg->serious_governance_issues) ||
      !cocomm__is_yes_no(ccg->special_measures) || !cocomm__is_yes_no(ccg->sound_financial_control) ||
      !cocomm__is_yes_no(ccg->statutory_requirements_met))
    return COCOMM_ERR_INVALID_ARGUMENT;
  return COCOMM_OK;
}

uint32_t cocomm_ccg_size(void) { return (uint32_t)sizeof(cocomm_ccg); }
