/* SPDX-License-Identifier: MIT */
#include <cocomm/coi.h>
#include <cocomm/status.h>
#include <cocomm/model.h>

#include <stddef.h>
#include <string.h>

#include <cocomm/error.h>

#include "internal.h"
#include "message.h"

/* Each element of the arrangements, the rule that requires it and what
 * its absence means. One row per field, in field order. */
static const struct {
  size_t offset;
  int32_t rule, message;
} elements[] = {
  {offsetof(cocomm_coi_arrangements, register_kept), COCOMM_RULE_I_1, COCOMM_MSG_NO_REGISTER},
  {offsetof(cocomm_coi_arrangements, register_published), COCOMM_RULE_I_1, COCOMM_MSG_REGISTER_NOT_PUBLISHED},
  {offsetof(cocomm_coi_arrangements, prompt_declaration), COCOMM_RULE_I_1, COCOMM_MSG_NO_PROMPT_DECLARATION},
  {offsetof(cocomm_coi_arrangements, conflicts_managed), COCOMM_RULE_I_1, COCOMM_MSG_CONFLICTS_NOT_MANAGED},
  {offsetof(cocomm_coi_arrangements, records_nature), COCOMM_RULE_I_2, COCOMM_MSG_REGISTER_NO_NATURE},
  {offsetof(cocomm_coi_arrangements, records_parties), COCOMM_RULE_I_2, COCOMM_MSG_REGISTER_NO_PARTIES},
  {offsetof(cocomm_coi_arrangements, in_annual_accounts), COCOMM_RULE_I_2, COCOMM_MSG_REGISTER_NOT_IN_ACCOUNTS},
  {offsetof(cocomm_coi_arrangements, procurement_register_kept), COCOMM_RULE_I_3, COCOMM_MSG_NO_PROCUREMENT_REGISTER},
  {offsetof(cocomm_coi_arrangements, procurement_register_published), COCOMM_RULE_I_3,
   COCOMM_MSG_PROCUREMENT_REGISTER_NOT_PUBLISHED},
  {offsetof(cocomm_coi_arrangements, audit_chair_attested), COCOMM_RULE_I_5, COCOMM_MSG_AUDIT_CHAIR_NOT_ATTESTED},
  {offsetof(cocomm_coi_arrangements, accountable_officer_attested), COCOMM_RULE_I_5,
   COCOMM_MSG_ACCOUNTABLE_OFFICER_NOT_ATTESTED},
};

#define N_ELEMENTS (sizeof elements / sizeof elements[0])

void cocomm_coi_arrangements_init(cocomm_coi_arrangements *arrangements) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_coi_arrangements init = COCOMM_COI_ARRANGEMENTS_INIT;
  if (arrangements != NULL) memcpy(arrangements, &init, sizeof init);
}

static int32_t assess(const cocomm_coi_arrangements *a, cocomm__sink *sink, cocomm_error *e) {
  if (a == NULL) return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE, "no arrangements");
  if (a->struct_size < COCOMM_COI_ARRANGEMENTS_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the arrangements' struct_size is below the first layout");
  int32_t v[N_ELEMENTS];
  for (size_t i = 0; i < N_ELEMENTS; i++) {
    memcpy(&v[i], (const unsigned char *)a + elements[i].offset, sizeof v[i]);
    if (v[i] != 0 && v[i] != 1)
      return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, (int32_t)i, COCOMM_FIELD_FLAGS, "must be 0 or 1");
  }
  if (cocomm_model_check(a->model) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL, "not a model");
  /* Who must, and who should (have regard to the principles): I-2 and I-3
   * bind a delegated CCG; I-5 a joint or delegated one. */
  const int delegated = a->model == COCOMM_MODEL_DELEGATED;
  const int co_commissioning = delegated || a->model == COCOMM_MODEL_JOINT;
  for (size_t i = 0; i < N_ELEMENTS; i++) {
    if (v[i]) continue;
    const int32_t rule = elements[i].rule;
    const int must = rule == COCOMM_RULE_I_1 || (rule == COCOMM_RULE_I_5 ? co_commissioning : delegated);
    cocomm__report(sink, rule, must ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING, elements[i].message,
                   (int32_t)i, NULL);
  }
  return COCOMM_OK;
}

int32_t cocomm_coi_assess(const cocomm_coi_arrangements *a, cocomm_findings *findings, cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = assess(a, &sink, error);
  return cocomm__end(&sink, error, st);
}

uint32_t cocomm_coi_arrangements_size(void) { return (uint32_t)sizeof(cocomm_coi_arrangements); }
