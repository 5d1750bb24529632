/* SPDX-License-Identifier: MIT */
#include <cocomm/approval.h>
#include <cocomm/model.h>
#include <cocomm/rules.h>
#include <cocomm/status.h>

#include <string.h>

#include <cocomm/error.h>

#include "internal.h"
#include "message.h"

/* What each model requires (A-1..A-3; constitution amendment M-7).
 * Indexed by enum cocomm_model. */
static const struct {
  int32_t proforma;
  int32_t approver;
  int32_t binding_agreement;
  const char *rule;
  int32_t constitution_amendment;
} requirements[] = {
  [COCOMM_MODEL_NONE] = {COCOMM_PROFORMA_NONE, COCOMM_APPROVER_NONE, 0, NULL, 0},
  [COCOMM_MODEL_GREATER_INVOLVEMENT] = {COCOMM_PROFORMA_NONE, COCOMM_APPROVER_NONE, 0, "A-1", 0},
  [COCOMM_MODEL_JOINT] = {COCOMM_PROFORMA_ANNEX_A, COCOMM_APPROVER_REGIONAL_TEAM, 1, "A-2", 1},
  [COCOMM_MODEL_DELEGATED] = {COCOMM_PROFORMA_ANNEX_B, COCOMM_APPROVER_COMMISSIONING_COMMITTEE, 1,
                              "A-3", 1},
};
static const char constitution_rule[] = "M-7";

void cocomm_requirements_init(cocomm_requirements *req) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_requirements init = COCOMM_REQUIREMENTS_INIT;
  if (req != NULL) memcpy(req, &init, sizeof init);
}

int32_t cocomm_requirements_get(int32_t model, cocomm_requirements *req) {
  if (req == NULL || cocomm_model_check(model) != COCOMM_OK) return COCOMM_ERR_INVALID_ARGUMENT;
  if (req->struct_size < COCOMM_REQUIREMENTS_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  req->model = model;
  req->proforma = requirements[model].proforma;
  req->constitution_amendment = requirements[model].constitution_amendment;
  req->approver = requirements[model].approver;
  req->binding_agreement = requirements[model].binding_agreement;
  req->rule = requirements[model].rule;
  req->constitution_rule = constitution_rule;
  return COCOMM_OK;
}

static int32_t eligibility(const cocomm_ccg *ccg, int32_t target_model, cocomm__sink *s, cocomm_error *e) {
  int32_t st = cocomm__ccg_check(ccg, e);
  if (st != COCOMM_OK) return st;
  if (cocomm_model_check(target_model) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL, "not a target model");
  const int32_t code = cocomm__pack_code(ccg->ods_code);
  switch (target_model) {
    case COCOMM_MODEL_NONE:
      cocomm__report(s, COCOMM_RULE_M_1, COCOMM_SEVERITY_INFO, COCOMM_MSG_NOT_OBLIGED, -1, NULL);
      break;
    case COCOMM_MODEL_GREATER_INVOLVEMENT:
      cocomm__report(s, COCOMM_RULE_A_1, COCOMM_SEVERITY_INFO, COCOMM_MSG_GREATER_INVOLVEMENT_NO_APPROVAL,
                     -1, NULL);
      break;
    default:
      /* A-4 (should) promises support for a move up; with serious governance
       * issues or special measures that support is not assured, a warning
       * and not a bar. It says nothing about staying or stepping down,
       * which A-8 governs: no A-4 finding there. */
      if (target_model > ccg->model) {
        if (ccg->serious_governance_issues)
          cocomm__report(s, COCOMM_RULE_A_4, 0, COCOMM_MSG_SUPPORT_NOT_ASSURED_GOVERNANCE, -1,
                         COCOMM__V(code, target_model));
        if (ccg->special_measures)
          cocomm__report(s, COCOMM_RULE_A_4, 0, COCOMM_MSG_SUPPORT_NOT_ASSURED_SPECIAL_MEASURES, -1,
                         COCOMM__V(code, target_model));
      }
      /* lacking is an error; not shown either way is a warning, never "met". */
      if (target_model == COCOMM_MODEL_DELEGATED && ccg->sound_financial_control != 1)
        cocomm__report(s, COCOMM_RULE_A_5, ccg->sound_financial_control ? COCOMM_SEVERITY_WARNING : 0,
                       ccg->sound_financial_control ? COCOMM_MSG_FINANCIAL_CONTROL_NOT_SHOWN
                                                    : COCOMM_MSG_NO_SOUND_FINANCIAL_CONTROL,
                       -1, COCOMM__V(code));
      if (target_model == COCOMM_MODEL_DELEGATED && ccg->statutory_requirements_met != 1)
        cocomm__report(s, COCOMM_RULE_A_5, ccg->statutory_requirements_met ? COCOMM_SEVERITY_WARNING : 0,
                       ccg->statutory_requirements_met ? COCOMM_MSG_STATUTORY_REQUIREMENTS_NOT_SHOWN
                                                       : COCOMM_MSG_STATUTORY_REQUIREMENTS_UNMET,
                       -1, COCOMM__V(code));
      break;
  }
  return COCOMM_OK;
}

int32_t cocomm_approval_assess_eligibility(const cocomm_ccg *ccg, int32_t target_model, cocomm_findings *findings,
                                 cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = eligibility(ccg, target_model, &sink, error);
  return cocomm__end(&sink, error, st);
}

static int32_t change(int32_t from_model, int32_t to_model, cocomm__sink *s, cocomm_error *e) {
  if (cocomm_model_check(from_model) != COCOMM_OK || cocomm_model_check(to_model) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL, "not a model");
  const int32_t *models = COCOMM__V(from_model, to_model, from_model - 1);
  if (to_model > from_model) {
    if (to_model == COCOMM_MODEL_GREATER_INVOLVEMENT)
      cocomm__report(s, COCOMM_RULE_A_1, COCOMM_SEVERITY_INFO, COCOMM_MSG_CHANGE_TO_GREATER_INVOLVEMENT, -1,
                     models);
    else if (to_model == COCOMM_MODEL_JOINT)
      cocomm__report(s, COCOMM_RULE_A_7, COCOMM_SEVERITY_INFO, COCOMM_MSG_CHANGE_UP_TO_JOINT, -1, models);
    else
      cocomm__report(s, COCOMM_RULE_A_7, COCOMM_SEVERITY_INFO, COCOMM_MSG_CHANGE_UP_TO_DELEGATED, -1, models);
  } else if (to_model < from_model) {
    /* a CCG's own step down needs mutual agreement with NHS England
     * (must). The library cannot observe agreement, so the finding names
     * it as information. One level down is expected; joint -> none is
     * joint -> greater involvement in substance (M-3); a larger step is a
     * warning (should), never an error. A revocation by NHS England
     * needs no agreement, but nothing here says who makes the change: the
     * check describes a CCG's change. */
    int one_level = from_model - to_model == 1 ||
                    (from_model == COCOMM_MODEL_JOINT && to_model == COCOMM_MODEL_NONE);
    if (from_model == COCOMM_MODEL_GREATER_INVOLVEMENT)
      cocomm__report(s, COCOMM_RULE_M_3, COCOMM_SEVERITY_INFO, COCOMM_MSG_CHANGE_FROM_GREATER_INVOLVEMENT,
                     -1, models);
    else if (one_level)
      cocomm__report(s, COCOMM_RULE_A_8, COCOMM_SEVERITY_INFO, COCOMM_MSG_CHANGE_ONE_LEVEL_DOWN, -1, models);
    else
      cocomm__report(s, COCOMM_RULE_A_8, COCOMM_SEVERITY_WARNING, COCOMM_MSG_CHANGE_MORE_THAN_ONE_LEVEL_DOWN,
                     -1, models);
  }
  return COCOMM_OK;
}

int32_t cocomm_approval_assess_change(int32_t from_model, int32_t to_model, cocomm_findings *findings, cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = change(from_model, to_model, &sink, error);
  return cocomm__end(&sink, error, st);
}

static int32_t revocation(int32_t from_model, cocomm__sink *s, cocomm_error *e) {
  if (from_model != COCOMM_MODEL_DELEGATED)
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL,
                        "only a delegation can be revoked (A-9)");
  /* NHS England may ultimately revoke a delegation; A-8's mutual
   * agreement is for a CCG's own change, not for this. */
  cocomm__report(s, COCOMM_RULE_A_9, COCOMM_SEVERITY_INFO, COCOMM_MSG_REVOCATION, -1, COCOMM__V(from_model));
  return COCOMM_OK;
}

int32_t cocomm_approval_assess_revocation(int32_t from_model, cocomm_findings *findings, cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = revocation(from_model, &sink, error);
  return cocomm__end(&sink, error, st);
}

static int32_t pooled_fund(const int32_t *purposes, uint32_t n, cocomm__sink *s, cocomm_error *e) {
  if (purposes == NULL && n > 0)
    return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY, "contributions counted but no array");
  if (n > INT32_MAX) /* a subject is an int32_t index */
    return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT, "more than INT32_MAX contributions");
  /* Refuse bad input before reporting anything: no finding is invented. */
  for (uint32_t i = 0; i < n; i++)
    if (purposes[i] != COCOMM_FUND_CCG_OWN_FUNCTION && purposes[i] != COCOMM_FUND_CORE_PRIMARY_MEDICAL)
      return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, (int32_t)i, COCOMM_FIELD_PURPOSE, "not a purpose");
  for (uint32_t i = 0; i < n; i++)
    if (purposes[i] == COCOMM_FUND_CORE_PRIMARY_MEDICAL)
      cocomm__report(s, COCOMM_RULE_A_10, 0, COCOMM_MSG_POOLED_CORE_PRIMARY_MEDICAL, (int32_t)i,
                     COCOMM__V((int32_t)i));
  return COCOMM_OK;
}

int32_t cocomm_approval_assess_pooled_fund(const int32_t *purposes, uint32_t n, cocomm_findings *findings,
                                 cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = pooled_fund(purposes, n, &sink, error);
  return cocomm__end(&sink, error, st);
}

int32_t cocomm_approval_assess_eoi(uint32_t sections_present, cocomm_findings *findings, cocomm_error *error) {
  static const int32_t section_rules[] = {COCOMM_RULE_E_A, COCOMM_RULE_E_B, COCOMM_RULE_E_C, COCOMM_RULE_E_D,
                                          COCOMM_RULE_E_E, COCOMM_RULE_E_F, COCOMM_RULE_E_G, COCOMM_RULE_E_H};
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK && (sections_present & ~(uint32_t)COCOMM_EOI_ALL))
    st = cocomm__fail(error, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_SECTIONS, "not a set of sections A to H");
  for (int32_t i = 0; st == COCOMM_OK && i < 8; i++)
    if (!(sections_present & (1u << i)))
      cocomm__report(&sink, section_rules[i], 0, COCOMM_MSG_EOI_SECTION_MISSING, i, NULL);
  return cocomm__end(&sink, error, st);
}

uint32_t cocomm_requirements_size(void) { return (uint32_t)sizeof(cocomm_requirements); }
