/* SPDX-License-Identifier: MIT */
#include <cocomm/approval.h>
#include <cocomm/model.h>
#include <cocomm/rules.h>
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"


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

int32_t cocomm_model_requirements(int32_t model, cocomm_requirements *req) {
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

int32_t cocomm_eligibility_check(const cocomm_ccg *ccg, int32_t target_model, cocomm_finding *out,
                                 uint32_t elem_size, uint32_t capacity, uint32_t *count) {
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if ((st = cocomm_ccg_check(ccg)) != COCOMM_OK) return st;
  if (cocomm_model_check(target_model) != COCOMM_OK) return COCOMM_ERR_INVALID_ARGUMENT;
  switch (target_model) {
    case COCOMM_MODEL_NONE:
      cocomm__report(&sink, "M-1", COCOMM_SEVERITY_INFO, -1,
                     "no CCG is obliged to apply for co-commissioning");
      break;
    case COCOMM_MODEL_GREATER_INVOLVEMENT:
      cocomm__report(&sink, "A-1", COCOMM_SEVERITY_INFO, -1,
                     "greater involvement needs no proforma and no formal approval: "
                     "liaise with the area team");
      break;
    default:
      /* A-4 (should) promises support for a move up; with serious governance
       * issues or special measures that support is not assured, a warning
       * and not a bar. It says nothing about staying or stepping down,
       * which A-8 governs: no A-4 finding there. */
      if (target_model > ccg->model) {
        if (ccg->serious_governance_issues)
          cocomm__report(&sink, "A-4", 0, -1, "%s has serious governance issues: NHS England's "
                         "support for its move up to %s is not assured", ccg->ods_code,
                         cocomm_model_name(target_model));
        if (ccg->special_measures)
          cocomm__report(&sink, "A-4", 0, -1, "%s is in a state akin to special measures: NHS "
                         "England's support for its move up to %s is not assured", ccg->ods_code,
                         cocomm_model_name(target_model));
      }
      if (target_model == COCOMM_MODEL_DELEGATED && !ccg->sound_financial_control)
        cocomm__report(&sink, "A-5", 0, -1, "%s lacks sound financial control, which "
                       "delegation needs", ccg->ods_code);
      if (target_model == COCOMM_MODEL_DELEGATED && !ccg->statutory_requirements_met)
        cocomm__report(&sink, "A-5", 0, -1, "%s does not meet all statutory and "
                       "business-planning requirements, which delegation needs", ccg->ods_code);
      break;
  }
  return cocomm__sink_close(&sink, count);
}

int32_t cocomm_change_check(int32_t from_model, int32_t to_model, cocomm_finding *out,
                            uint32_t elem_size, uint32_t capacity, uint32_t *count) {
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if (cocomm_model_check(from_model) != COCOMM_OK || cocomm_model_check(to_model) != COCOMM_OK)
    return COCOMM_ERR_INVALID_ARGUMENT;
  const char *from = cocomm_model_name(from_model), *to = cocomm_model_name(to_model);
  if (to_model > from_model) {
    if (to_model == COCOMM_MODEL_GREATER_INVOLVEMENT)
      cocomm__report(&sink, "A-1", COCOMM_SEVERITY_INFO, -1,
                     "%s to %s: no formal approval, liaise with the area team", from, to);
    else if (to_model == COCOMM_MODEL_JOINT)
      cocomm__report(&sink, "A-7", COCOMM_SEVERITY_INFO, -1,
                     "%s to %s: may apply; agreed in the quarterly CCG assurance meetings", from, to);
    else
      cocomm__report(&sink, "A-7", COCOMM_SEVERITY_INFO, -1,
                     "%s to %s: may apply through the delegated approvals process", from, to);
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
      cocomm__report(&sink, "M-3", COCOMM_SEVERITY_INFO, -1,
                     "%s to %s: greater involvement has no formal arrangement to end", from, to);
    else if (one_level)
      cocomm__report(&sink, "A-8", COCOMM_SEVERITY_INFO, -1,
                     "%s to %s: one level down; needs mutual agreement with NHS England", from, to);
    else
      cocomm__report(&sink, "A-8", COCOMM_SEVERITY_WARNING, -1,
                     "%s to %s: more than one level down (expected: one, to %s); needs mutual "
                     "agreement with NHS England", from, to,
                     cocomm_model_name(from_model - 1));
  }
  return cocomm__sink_close(&sink, count);
}

int32_t cocomm_pooled_fund_check(const int32_t *purposes, uint32_t n, cocomm_finding *out,
                                 uint32_t elem_size, uint32_t capacity, uint32_t *count) {
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if (purposes == NULL && n > 0) return COCOMM_ERR_INVALID_ARGUMENT;
  /* Refuse bad input before reporting anything: no finding is invented. */
  for (uint32_t i = 0; i < n; i++)
    if (purposes[i] != COCOMM_FUND_CCG_OWN_FUNCTION && purposes[i] != COCOMM_FUND_CORE_PRIMARY_MEDICAL)
      return COCOMM_ERR_INVALID_ARGUMENT;
  for (uint32_t i = 0; i < n; i++)
    if (purposes[i] == COCOMM_FUND_CORE_PRIMARY_MEDICAL)
      cocomm__report(&sink, "A-10", 0, (int32_t)i, "contribution %u is towards core primary "
                     "medical services, which a CCG may never pay into a pooled fund", (unsigned)i);
  return cocomm__sink_close(&sink, count);
}

int32_t cocomm_eoi_check(uint32_t sections_present, cocomm_finding *out, uint32_t elem_size,
                         uint32_t capacity, uint32_t *count) {
  static const char *const section_rules[] = {"E-A", "E-B", "E-C", "E-D", "E-E", "E-F", "E-G", "E-H"};
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if (sections_present & ~(uint32_t)COCOMM_EOI_ALL) return COCOMM_ERR_INVALID_ARGUMENT;
  for (int32_t i = 0; i < 8; i++) {
    if (sections_present & (1u << i)) continue;
    const cocomm_rule *rule = cocomm_rule_find(section_rules[i]);
    cocomm__report(&sink, section_rules[i], 0, i, "missing %s", rule ? rule->statement : "");
  }
  return cocomm__sink_close(&sink, count);
}

uint32_t cocomm_requirements_size(void) { return (uint32_t)sizeof(cocomm_requirements); }
