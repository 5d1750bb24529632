/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define CAP 16
static found F; /* the last check's findings, rendered (harness.h): F.n and F.f[i] */

static cocomm_ccg good_ccg(void) {
  cocomm_ccg c;
  cocomm_ccg_init(&c);
  memcpy(c.ods_code, "00R", 4);
  c.name = "NHS Blackpool CCG";
  c.sound_financial_control = c.statutory_requirements_met = 1; /* shown */
  return c;
}

static int32_t eligibility(const cocomm_ccg *c, int32_t target) {
  return found_settle(&F, cocomm_approval_assess_eligibility(c, target, found_reset(&F, CAP), &F.err), NULL);
}

static int32_t change(int32_t from, int32_t to) {
  return found_settle(&F, cocomm_approval_assess_change(from, to, found_reset(&F, CAP), &F.err), NULL);
}

static int32_t pooled(const int32_t *purposes, uint32_t count) {
  return found_settle(&F, cocomm_approval_assess_pooled_fund(purposes, count, found_reset(&F, CAP), &F.err), NULL);
}

static int32_t eoi(uint32_t sections) {
  return found_settle(&F, cocomm_approval_assess_eoi(sections, found_reset(&F, CAP), &F.err), NULL);
}

static void assert_finding(uint32_t i, const char *rule, int32_t severity) {
  CU_ASSERT_FATAL(i < F.n);
  CU_ASSERT_STRING_EQUAL(F.f[i].rule, rule);
  CU_ASSERT_EQUAL(F.f[i].severity, severity);
}

/* A-1 and M-3: greater involvement needs no proforma, approval or constitution change. */
static void A1_M3_greater_involvement_needs_no_approval(void) {
  cocomm_requirements r;
  cocomm_requirements_init(&r);
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_GREATER_INVOLVEMENT, &r), COCOMM_OK);
  CU_ASSERT_EQUAL(r.proforma, COCOMM_PROFORMA_NONE);
  CU_ASSERT_EQUAL(r.approver, COCOMM_APPROVER_NONE);
  CU_ASSERT_EQUAL(r.constitution_amendment, 0);
  CU_ASSERT_EQUAL(r.binding_agreement, 0);
  CU_ASSERT_STRING_EQUAL(r.rule, "A-1");
  cocomm_ccg c = good_ccg();
  c.serious_governance_issues = 1; /* even so: no approval to refuse */
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_GREATER_INVOLVEMENT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-1", COCOMM_SEVERITY_INFO);
  ASSERT_STATUS(change(COCOMM_MODEL_GREATER_INVOLVEMENT, COCOMM_MODEL_NONE), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "M-3", COCOMM_SEVERITY_INFO);
}

/* A-2 and M-7: joint needs annex A, a constitution amendment and the regional team. */
static void A2_M7_joint_requirements(void) {
  cocomm_requirements r;
  cocomm_requirements_init(&r);
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_JOINT, &r), COCOMM_OK);
  CU_ASSERT_EQUAL(r.model, COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(r.proforma, COCOMM_PROFORMA_ANNEX_A);
  CU_ASSERT_EQUAL(r.approver, COCOMM_APPROVER_REGIONAL_TEAM);
  CU_ASSERT_EQUAL(r.constitution_amendment, 1);
  CU_ASSERT_EQUAL(r.binding_agreement, 1);
  CU_ASSERT_STRING_EQUAL(r.rule, "A-2");
  CU_ASSERT_STRING_EQUAL(r.constitution_rule, "M-7");
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_NONE, &r), COCOMM_OK);
  CU_ASSERT_EQUAL(r.constitution_amendment, 0);
  CU_ASSERT_PTR_NULL(r.rule);
}

/* A-3 and M-7: delegated needs annex B, an amendment, the moderation
 * panels and the Commissioning Committee. */
static void A3_M7_delegated_requirements(void) {
  cocomm_requirements r;
  cocomm_requirements_init(&r);
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_DELEGATED, &r), COCOMM_OK);
  CU_ASSERT_EQUAL(r.proforma, COCOMM_PROFORMA_ANNEX_B);
  CU_ASSERT_EQUAL(r.approver, COCOMM_APPROVER_COMMISSIONING_COMMITTEE);
  CU_ASSERT_EQUAL(r.constitution_amendment, 1);
  CU_ASSERT_EQUAL(r.binding_agreement, 1);
  CU_ASSERT_STRING_EQUAL(r.rule, "A-3");
  ASSERT_STATUS(cocomm_requirements_get(4, &r), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_DELEGATED, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  r.struct_size = COCOMM_REQUIREMENTS_SIZE_V1 - 1;
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_DELEGATED, &r), COCOMM_ERR_STRUCT_SIZE);
}

/* A-4 (should): with serious governance issues or in a state akin to
 * special measures, NHS England's support for a move up is not assured: a
 * warning, never an error, and never applied to staying or stepping down
 * (A-8 governs that). The current model is ccg->model. */
static void A4_governance_and_special_measures(void) {
  CU_ASSERT_EQUAL(cocomm_rule_find("A-4")->force, COCOMM_FORCE_SHOULD);
  cocomm_ccg c = good_ccg();
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  c.serious_governance_issues = 1;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-4", COCOMM_SEVERITY_WARNING);
  CU_ASSERT_STRING_EQUAL(F.f[0].source, "002 §1, §7.1.1");
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "00R"));
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "not assured"));
  c.special_measures = 1;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  assert_finding(0, "A-4", COCOMM_SEVERITY_WARNING);
  assert_finding(1, "A-4", COCOMM_SEVERITY_WARNING);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[1].message, "special measures"));
}

/* A-4 at its boundary: a CCG in special measures, now in joint
 * commissioning. One level up is a move up (warning); staying and every
 * step down give no A-4 finding, and the step down is A-8's business. */
static void A4_not_applied_to_staying_or_stepping_down(void) {
  cocomm_ccg c = good_ccg();
  c.special_measures = 1;
  c.model = COCOMM_MODEL_JOINT;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK); /* up */
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-4", COCOMM_SEVERITY_WARNING);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "special measures"));
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_OK); /* staying */
  CU_ASSERT_EQUAL(F.n, 0);
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_GREATER_INVOLVEMENT), COCOMM_OK); /* down */
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-1", COCOMM_SEVERITY_INFO);
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_NONE), COCOMM_OK); /* down */
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "M-1", COCOMM_SEVERITY_INFO);
  ASSERT_STATUS(change(COCOMM_MODEL_JOINT, COCOMM_MODEL_GREATER_INVOLVEMENT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-8", COCOMM_SEVERITY_INFO);
  /* Delegated and in special measures, with both governance facts set:
   * stepping down to joint and staying delegated carry no A-4 either. */
  c.model = COCOMM_MODEL_DELEGATED;
  c.serious_governance_issues = 1;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  /* From greater involvement, joint is a move up again. */
  c.model = COCOMM_MODEL_GREATER_INVOLVEMENT;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  assert_finding(0, "A-4", COCOMM_SEVERITY_WARNING);
  assert_finding(1, "A-4", COCOMM_SEVERITY_WARNING);
}

/* delegation also needs sound financial control and statutory requirements met. */
static void A5_delegation_needs_sound_finance(void) {
  cocomm_ccg c = good_ccg();
  c.sound_financial_control = 0;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0); /* joint does not ask for it */
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-5", COCOMM_SEVERITY_ERROR);
  c.statutory_requirements_met = 0;
  c.special_measures = 1;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 3); /* stable order: A-4 first, then both A-5 */
  assert_finding(0, "A-4", COCOMM_SEVERITY_WARNING);
  assert_finding(1, "A-5", COCOMM_SEVERITY_ERROR);
  assert_finding(2, "A-5", COCOMM_SEVERITY_ERROR);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[2].message, "statutory"));
}

/* A-5 (revision 2): facts nobody has shown are "not shown" (a warning),
 * never "met"; cocomm_ccg_init() starts from not shown. */
static void A5_unknown_is_not_shown(void) {
  cocomm_ccg c;
  cocomm_ccg_init(&c);
  memcpy(c.ods_code, "00R", 4);
  CU_ASSERT_EQUAL(c.sound_financial_control, COCOMM_FACT_UNKNOWN);
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  assert_finding(0, "A-5", COCOMM_SEVERITY_WARNING);
  assert_finding(1, "A-5", COCOMM_SEVERITY_WARNING);
  CU_ASSERT_STRING_EQUAL(F.f[0].message, "00R has not shown sound financial control, which delegation needs");
  CU_ASSERT_STRING_EQUAL(F.f[1].message, "00R has not shown that it meets all statutory and business-planning "
                                         "requirements, which delegation needs");
  c.sound_financial_control = 1;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  c.statutory_requirements_met = 1;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  c.statutory_requirements_met = -2;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_DELEGATED), COCOMM_ERR_INVALID_ARGUMENT);
}

static void eligibility_rejects_bad_input(void) {
  cocomm_ccg c = good_ccg();
  ASSERT_STATUS(eligibility(NULL, COCOMM_MODEL_JOINT), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(eligibility(&c, 7), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
  c.special_measures = 2;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS);
  c = good_ccg();
  memcpy(c.ods_code, "0q", 3);
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&F.err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ODS_CODE);
  c = good_ccg();
  c.struct_size = 8;
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_JOINT), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&F.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  c = good_ccg();
  ASSERT_STATUS(eligibility(&c, COCOMM_MODEL_NONE), COCOMM_OK);
  ASSERT_NO_ERROR(&F.err);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "M-1", COCOMM_SEVERITY_INFO);
  /* No findings array: findings are not wanted, the input is still
   * checked; an array of an unknown layout is refused. */
  ASSERT_STATUS(cocomm_approval_assess_eligibility(&c, COCOMM_MODEL_JOINT, NULL, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_approval_assess_eligibility(&c, COCOMM_MODEL_NONE, NULL, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_approval_assess_eligibility(&c, 7, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_findings *fs = found_reset(&F, CAP);
  fs->struct_size = 0;
  ASSERT_STATUS(cocomm_approval_assess_eligibility(&c, COCOMM_MODEL_JOINT, fs, &F.err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&F.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_FINDINGS);
}

/* moving up is an option. */
static void A7_moving_up(void) {
  const int32_t ups[][2] = {{COCOMM_MODEL_NONE, COCOMM_MODEL_JOINT},
                            {COCOMM_MODEL_NONE, COCOMM_MODEL_DELEGATED},
                            {COCOMM_MODEL_GREATER_INVOLVEMENT, COCOMM_MODEL_JOINT},
                            {COCOMM_MODEL_GREATER_INVOLVEMENT, COCOMM_MODEL_DELEGATED},
                            {COCOMM_MODEL_JOINT, COCOMM_MODEL_DELEGATED}};
  for (size_t i = 0; i < 5; i++) {
    ASSERT_STATUS(change(ups[i][0], ups[i][1]), COCOMM_OK);
    CU_ASSERT_EQUAL(F.n, 1);
    assert_finding(0, "A-7", COCOMM_SEVERITY_INFO);
  }
  ASSERT_STATUS(change(COCOMM_MODEL_GREATER_INVOLVEMENT, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "quarterly"));
  ASSERT_STATUS(change(COCOMM_MODEL_JOINT, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
}

/* a CCG's own step down needs mutual agreement with NHS England
 * (must; the library cannot observe agreement, so the finding names it as
 * information). One level down is expected; a larger step is a warning,
 * never an error. Joint -> none is one level (the same step as joint ->
 * greater involvement in substance, M-3). A revocation by NHS England
 * is not a CCG's change: cocomm_approval_assess_revocation(). */
static void A8_ending_steps_one_level_down(void) {
  CU_ASSERT_EQUAL(cocomm_rule_find("A-8")->force, COCOMM_FORCE_MUST);
  /* One level down: information naming the agreement. */
  ASSERT_STATUS(change(COCOMM_MODEL_DELEGATED, COCOMM_MODEL_JOINT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-8", COCOMM_SEVERITY_INFO);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "mutual agreement"));
  ASSERT_STATUS(change(COCOMM_MODEL_JOINT, COCOMM_MODEL_GREATER_INVOLVEMENT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-8", COCOMM_SEVERITY_INFO);
  ASSERT_STATUS(change(COCOMM_MODEL_JOINT, COCOMM_MODEL_NONE), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-8", COCOMM_SEVERITY_INFO);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "mutual agreement"));
  /* Two levels down: a warning that names the expected step and the agreement. */
  ASSERT_STATUS(change(COCOMM_MODEL_DELEGATED, COCOMM_MODEL_GREATER_INVOLVEMENT), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-8", COCOMM_SEVERITY_WARNING);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "joint commissioning"));
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "mutual agreement"));
  CU_ASSERT_STRING_EQUAL(F.f[0].source, "002 §8, §4.1.3");
  ASSERT_STATUS(change(COCOMM_MODEL_DELEGATED, COCOMM_MODEL_NONE), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-8", COCOMM_SEVERITY_WARNING);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "joint commissioning"));
  /* No step down, of any size, is an error. */
  for (int32_t from = COCOMM_MODEL_NONE; from <= COCOMM_MODEL_DELEGATED; from++)
    for (int32_t to = COCOMM_MODEL_NONE; to < from; to++) {
      ASSERT_STATUS(change(from, to), COCOMM_OK);
      CU_ASSERT_EQUAL(F.n, 1);
      if (F.n == 1) CU_ASSERT_NOT_EQUAL(F.f[0].severity, COCOMM_SEVERITY_ERROR);
    }
  ASSERT_STATUS(change(-1, COCOMM_MODEL_NONE), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
  ASSERT_STATUS(change(COCOMM_MODEL_JOINT, 4), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
}

/* A-8 and A-9 (revision 2): a revocation of a delegation by NHS England is
 * not a CCG's change and needs no mutual agreement. */
static void A8_A9_revocation_needs_no_agreement(void) {
  found_settle(&F, cocomm_approval_assess_revocation(COCOMM_MODEL_DELEGATED, found_reset(&F, CAP), &F.err), NULL);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "A-9", COCOMM_SEVERITY_INFO);
  CU_ASSERT_STRING_EQUAL(F.f[0].message, "NHS England revokes the delegation (delegated commissioning): not a "
                                         "CCG's change, so no mutual agreement is needed");
  CU_ASSERT_EQUAL(F.f[0].severity, COCOMM_SEVERITY_INFO);
  ASSERT_STATUS(found_settle(&F, cocomm_approval_assess_revocation(COCOMM_MODEL_JOINT, found_reset(&F, CAP), &F.err),
                             NULL),
                COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
}

/* no CCG contribution to a pooled fund for core primary medical services. */
static void A10_pooled_fund_contributions(void) {
  const int32_t ok[] = {COCOMM_FUND_CCG_OWN_FUNCTION, COCOMM_FUND_CCG_OWN_FUNCTION};
  ASSERT_STATUS(pooled(ok, 2), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  const int32_t mixed[] = {COCOMM_FUND_CCG_OWN_FUNCTION, COCOMM_FUND_CORE_PRIMARY_MEDICAL,
                           COCOMM_FUND_CCG_OWN_FUNCTION, COCOMM_FUND_CORE_PRIMARY_MEDICAL};
  ASSERT_STATUS(pooled(mixed, 4), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  assert_finding(0, "A-10", COCOMM_SEVERITY_ERROR);
  CU_ASSERT_EQUAL(F.f[0].subject, 1);
  CU_ASSERT_EQUAL(F.f[1].subject, 3);
  const int32_t bad[] = {COCOMM_FUND_CORE_PRIMARY_MEDICAL, 9};
  F.n = 99;
  ASSERT_STATUS(pooled(bad, 2), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_PURPOSE);
  ASSERT_STATUS(pooled(NULL, 2), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  ASSERT_STATUS(pooled(NULL, 0), COCOMM_OK);
  ASSERT_NO_ERROR(&F.err);
  CU_ASSERT_EQUAL(F.n, 0);
}

/* are facts about what follows approval: recorded, with source. */
static void A6_A9_recorded(void) {
  const cocomm_rule *a6 = cocomm_rule_find("A-6"), *a9 = cocomm_rule_find("A-9");
  CU_ASSERT_PTR_NOT_NULL_FATAL(a6);
  CU_ASSERT_PTR_NOT_NULL_FATAL(a9);
  CU_ASSERT_EQUAL(a6->force, COCOMM_FORCE_FACT);
  CU_ASSERT_STRING_EQUAL(a6->source, "002 §7.4.2");
  CU_ASSERT_EQUAL(a9->force, COCOMM_FORCE_FACT);
  CU_ASSERT_PTR_NOT_NULL(strstr(a9->statement, "revoke"));
}

/* E-A..E-H: each missing section of an expression of interest is a
 * finding naming it: an error for D and E ("will need to indicate"), a
 * warning for the others ("should include"). */
static void EA_to_EH_missing_sections(void) {
  ASSERT_STATUS(eoi(COCOMM_EOI_ALL), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
  ASSERT_STATUS(eoi(0), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 8);
  const char *ids[] = {"E-A", "E-B", "E-C", "E-D", "E-E", "E-F", "E-G", "E-H"};
  for (uint32_t i = 0; i < 8; i++) {
    int32_t want = (i == 3 || i == 4) ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING;
    assert_finding(i, ids[i], want);
    CU_ASSERT_EQUAL(F.f[i].subject, (int32_t)i);
  }
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[5].message, "governance"));
  CU_ASSERT_STRING_EQUAL(F.f[7].source, "001 §H");
  ASSERT_STATUS(eoi(COCOMM_EOI_ALL & ~(uint32_t)(COCOMM_EOI_C_SCOPE | COCOMM_EOI_G_ENGAGEMENT)), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  assert_finding(0, "E-C", COCOMM_SEVERITY_WARNING);
  assert_finding(1, "E-G", COCOMM_SEVERITY_WARNING);
  /* The boundary between must and should: C is a warning, D an error. */
  ASSERT_STATUS(eoi(COCOMM_EOI_ALL & ~(uint32_t)(COCOMM_EOI_C_SCOPE | COCOMM_EOI_D_NATURE)), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  assert_finding(0, "E-C", COCOMM_SEVERITY_WARNING);
  assert_finding(1, "E-D", COCOMM_SEVERITY_ERROR);
  ASSERT_STATUS(eoi(COCOMM_EOI_ALL & ~(uint32_t)COCOMM_EOI_E_TIMESCALES), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 1);
  assert_finding(0, "E-E", COCOMM_SEVERITY_ERROR);
  ASSERT_STATUS(eoi(0x100), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_SECTIONS);
}

static const test_case cases[] = {
  RULE_TEST("A-1 M-3", A1_M3_greater_involvement_needs_no_approval),
  RULE_TEST("A-2 M-7", A2_M7_joint_requirements),
  RULE_TEST("A-3 M-7", A3_M7_delegated_requirements),
  RULE_TEST("A-4", A4_governance_and_special_measures),
  RULE_TEST("A-4 A-8", A4_not_applied_to_staying_or_stepping_down),
  RULE_TEST("A-5", A5_delegation_needs_sound_finance),
  RULE_TEST("A-5", A5_unknown_is_not_shown),
  TEST(eligibility_rejects_bad_input),
  RULE_TEST("A-7", A7_moving_up),
  RULE_TEST("A-8", A8_ending_steps_one_level_down),
  RULE_TEST("A-8 A-9", A8_A9_revocation_needs_no_agreement),
  RULE_TEST("A-10", A10_pooled_fund_contributions),
  RULE_TEST("A-6 A-9", A6_A9_recorded),
  RULE_TEST("E-A E-B E-C E-D E-E E-F E-G E-H", EA_to_EH_missing_sections),
};
RUN_TESTS("approval", cases)
