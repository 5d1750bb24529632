/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

enum { GI = COCOMM_MODEL_GREATER_INVOLVEMENT, JT = COCOMM_MODEL_JOINT, DL = COCOMM_MODEL_DELEGATED };
enum { NO = COCOMM_ROLE_NONE, DISC = COCOMM_ROLE_DISCUSSION, INV = COCOMM_ROLE_INVOLVEMENT,
       JA = COCOMM_ROLE_JOINT_AGREEMENT, JOINT = COCOMM_ROLE_JOINT, FULL = COCOMM_ROLE_FULL };

static int32_t role(int32_t model, int32_t fn) {
  int32_t r = -1;
  ASSERT_STATUS(cocomm_function_role(model, fn, &r), COCOMM_OK);
  return r;
}

/* The table of 002 §4.1.5, cell for cell, written out here independently
 * of lib/scope.c so that a wrong cell there fails. */
static void assert_row(const char *rule, int32_t fn, int32_t gi, int32_t joint, int32_t delegated) {
  CU_ASSERT_STRING_EQUAL(cocomm_function_rule(fn), rule);
  CU_ASSERT_EQUAL(role(COCOMM_MODEL_NONE, fn), NO);
  CU_ASSERT_EQUAL(role(GI, fn), gi);
  CU_ASSERT_EQUAL(role(JT, fn), joint);
  CU_ASSERT_EQUAL(role(DL, fn), delegated);
}

static void F1_general_practice(void) { assert_row("F-1", COCOMM_FN_GENERAL_PRACTICE, DISC, JOINT, FULL); }
static void F2_pharmacy_eye_dental(void) { assert_row("F-2", COCOMM_FN_PHARMACY_EYE_DENTAL, DISC, DISC, DISC); }
static void F3_local_incentive_schemes(void) { assert_row("F-3", COCOMM_FN_LOCAL_INCENTIVE_SCHEMES, NO, JA, FULL); }
static void F4_budget_management(void) { assert_row("F-4", COCOMM_FN_BUDGET_MANAGEMENT, NO, JOINT, FULL); }
static void F5_complaints(void) { assert_row("F-5", COCOMM_FN_COMPLAINTS, NO, JOINT, FULL); }
static void F6_practice_performance(void) { assert_row("F-6", COCOMM_FN_PRACTICE_PERFORMANCE, INV, JOINT, FULL); }
static void F7_performers_list(void) { assert_row("F-7", COCOMM_FN_PERFORMERS_LIST, NO, NO, NO); }

/* F-10..F-15 expand F-1 and take its roles, but F-12. */
static void F10_to_F15_follow_F1(void) {
  assert_row("F-10", COCOMM_FN_CONTRACTS, DISC, JOINT, FULL);
  assert_row("F-11", COCOMM_FN_ENHANCED_SERVICES, DISC, JOINT, FULL);
  assert_row("F-13", COCOMM_FN_NEW_PRACTICES, DISC, JOINT, FULL);
  assert_row("F-14", COCOMM_FN_PRACTICE_MERGERS, DISC, JOINT, FULL);
  assert_row("F-15", COCOMM_FN_DISCRETIONARY_PAYMENTS, DISC, JOINT, FULL);
  CU_ASSERT_STRING_EQUAL(cocomm_function_name(COCOMM_FN_PRACTICE_MERGERS), "approving practice mergers");
}

/* F-12 (revision 2): the design of local incentive schemes as an
 * alternative to QOF is F-3's function in detail and takes F-3's roles:
 * none / joint agreement / full (1.0 gave it F-1's discussion / joint). */
static void F12_takes_F3_roles(void) {
  assert_row("F-12", COCOMM_FN_QOF_ALTERNATIVES, NO, JA, FULL);
  CU_ASSERT_NOT_EQUAL(role(GI, COCOMM_FN_QOF_ALTERNATIVES), role(GI, COCOMM_FN_GENERAL_PRACTICE));
}

/* F-20, F-21: what NHS England keeps under every model. */
static void F20_F21_reserved_functions(void) {
  int32_t reserved;
  const int32_t kept[] = {COCOMM_FN_PERFORMERS_LIST, COCOMM_FN_PAYMENTS_ADMINISTRATION,
                          COCOMM_FN_LIST_MANAGEMENT, COCOMM_FN_NATIONAL_CONTRACT_TERMS,
                          COCOMM_FN_PHARMACY_EYE_DENTAL};
  for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
    ASSERT_STATUS(cocomm_function_reserved(kept[i], &reserved), COCOMM_OK);
    CU_ASSERT_EQUAL(reserved, 1);
    for (int32_t m = COCOMM_MODEL_NONE; m <= DL; m++) CU_ASSERT(role(m, kept[i]) < JA);
  }
  const int32_t ccg_decides[] = {COCOMM_FN_GENERAL_PRACTICE, COCOMM_FN_LOCAL_INCENTIVE_SCHEMES,
                                 COCOMM_FN_CONTRACTS, COCOMM_FN_DISCRETIONARY_PAYMENTS};
  for (size_t i = 0; i < sizeof ccg_decides / sizeof ccg_decides[0]; i++) {
    ASSERT_STATUS(cocomm_function_reserved(ccg_decides[i], &reserved), COCOMM_OK);
    CU_ASSERT_EQUAL(reserved, 0);
  }
  CU_ASSERT_STRING_EQUAL(cocomm_function_rule(COCOMM_FN_PAYMENTS_ADMINISTRATION), "F-20");
  CU_ASSERT_STRING_EQUAL(cocomm_function_rule(COCOMM_FN_LIST_MANAGEMENT), "F-20");
  CU_ASSERT_STRING_EQUAL(cocomm_function_rule(COCOMM_FN_NATIONAL_CONTRACT_TERMS), "F-21");
  ASSERT_STATUS(cocomm_function_reserved(8, &reserved), COCOMM_ERR_INVALID_ARGUMENT);
}

static void functions_granted_at_or_above_a_role(void) {
  int32_t out[32];
  uint32_t n = 0;
  ASSERT_STATUS(cocomm_function_list(DL, FULL, out, 32, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 11); /* F-1, F-3..F-6, F-10..F-15 */
  CU_ASSERT_EQUAL(out[0], COCOMM_FN_GENERAL_PRACTICE);
  CU_ASSERT_EQUAL(out[1], COCOMM_FN_LOCAL_INCENTIVE_SCHEMES);
  ASSERT_STATUS(cocomm_function_list(JT, JOINT, out, 32, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 9); /* F-3 and F-12 are only joint agreement */
  ASSERT_STATUS(cocomm_function_list(JT, JA, out, 32, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 11);
  ASSERT_STATUS(cocomm_function_list(GI, JA, out, 32, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 0);
  ASSERT_STATUS(cocomm_function_list(GI, INV, out, 32, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 1);
  CU_ASSERT_EQUAL(out[0], COCOMM_FN_PRACTICE_PERFORMANCE);
  /* snprintf-style: the count is right even when the buffer is short. */
  out[2] = 12345;
  ASSERT_STATUS(cocomm_function_list(DL, FULL, out, 2, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(n, 11);
  CU_ASSERT_EQUAL(out[2], 12345);
  ASSERT_STATUS(cocomm_function_list(DL, FULL, NULL, 0, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  ASSERT_STATUS(cocomm_function_list(DL, FULL, NULL, 3, &n), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_function_list(9, FULL, out, 32, &n), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_function_list(DL, 6, out, 32, &n), COCOMM_ERR_INVALID_ARGUMENT);
}

static void every_function_is_listed_and_named(void) {
  uint32_t n = cocomm_function_count();
  CU_ASSERT_EQUAL(n, 16);
  for (uint32_t i = 0; i < n; i++) {
    int32_t fn;
    ASSERT_STATUS(cocomm_function_at(i, &fn), COCOMM_OK);
    CU_ASSERT_PTR_NOT_NULL(cocomm_function_name(fn));
    CU_ASSERT_PTR_NOT_NULL(cocomm_rule_find(cocomm_function_rule(fn)));
  }
  int32_t fn, r;
  ASSERT_STATUS(cocomm_function_at(n, &fn), COCOMM_ERR_NOT_FOUND);
  ASSERT_STATUS(cocomm_function_role(DL, 9, &r), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_function_role(DL, COCOMM_FN_GENERAL_PRACTICE, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_STRING_EQUAL(cocomm_function_name(0), "unknown"); /* never NULL */
  CU_ASSERT_STRING_EQUAL(cocomm_role_name(COCOMM_ROLE_JOINT_AGREEMENT), "joint agreement");
  CU_ASSERT_STRING_EQUAL(cocomm_role_name(99), "unknown");
}

static int32_t scope(int32_t service, int32_t model, int32_t fy, const char *want_rule) {
  int32_t s = -1;
  const char *rule = NULL;
  ASSERT_STATUS(cocomm_service_scope(service, model, fy, &s, &rule), COCOMM_OK);
  if (rule == NULL || strcmp(rule, want_rule) != 0) CU_FAIL("wrong rule cited");
  return s;
}

static int32_t scope_any(int32_t service, int32_t model, int32_t fy) {
  int32_t s = 0;
  ASSERT_STATUS(cocomm_service_scope(service, model, fy, &s, NULL), COCOMM_OK);
  return s;
}

/* F-22 (revision 2): in 2015/16 joint and delegated arrangements cover
 * general practice; for pharmacy, eye health and dental a CCG under any
 * model may discuss but not decide: "discussion only" (F-2), never "not in
 * scope yet". From 2016/17 002 leaves them "under review". Before 2015/16
 * nothing is in scope yet. */
static void F22_general_practice_only_in_2015_16(void) {
  CU_ASSERT_EQUAL(scope(COCOMM_SERVICE_GENERAL_PRACTICE, JT, 2015, "F-22"), COCOMM_SCOPE_IN);
  CU_ASSERT_EQUAL(scope(COCOMM_SERVICE_GENERAL_PRACTICE, DL, 2015, "F-22"), COCOMM_SCOPE_IN);
  for (int32_t s = COCOMM_SERVICE_COMMUNITY_PHARMACY; s <= COCOMM_SERVICE_EYE_HEALTH; s++) {
    CU_ASSERT_EQUAL(scope(s, JT, 2015, "F-2"), COCOMM_SCOPE_DISCUSSION_ONLY);
    CU_ASSERT_EQUAL(scope(s, DL, 2015, "F-2"), COCOMM_SCOPE_DISCUSSION_ONLY);
    CU_ASSERT_EQUAL(scope(s, JT, 2016, "F-22"), COCOMM_SCOPE_UNDER_REVIEW);
    CU_ASSERT_EQUAL(scope(s, JT, 2014, "F-22"), COCOMM_SCOPE_NOT_YET);
  }
  CU_ASSERT_EQUAL(scope(COCOMM_SERVICE_EYE_HEALTH, DL, 2016, "F-22"), COCOMM_SCOPE_UNDER_REVIEW);
  CU_ASSERT_EQUAL(scope(COCOMM_SERVICE_GENERAL_PRACTICE, JT, 2014, "F-22"), COCOMM_SCOPE_NOT_YET);
  CU_ASSERT_STRING_EQUAL(cocomm_scope_name(COCOMM_SCOPE_UNDER_REVIEW), "under review");
}

/* F-23 (revision 2): the May 2014 letter's "cannot delegate" pharmacy and
 * dental is reported beside F-22's "under review" from 2016/17, never as a
 * flat "never"; in 2015/16 they are discussion only like every line. */
static void F23_what_cannot_be_delegated(void) {
  const int32_t lines[] = {COCOMM_SERVICE_COMMUNITY_PHARMACY, COCOMM_SERVICE_DENTAL};
  for (size_t i = 0; i < 2; i++) {
    CU_ASSERT_EQUAL(scope(lines[i], DL, 2015, "F-2"), COCOMM_SCOPE_DISCUSSION_ONLY);
    CU_ASSERT_EQUAL(scope(lines[i], DL, 2016, "F-23"), COCOMM_SCOPE_UNDER_REVIEW);
    CU_ASSERT_EQUAL(scope(lines[i], DL, 2020, "F-23"), COCOMM_SCOPE_UNDER_REVIEW);
  }
  for (int32_t s = COCOMM_SERVICE_GENERAL_PRACTICE; s <= COCOMM_SERVICE_EYE_HEALTH; s++)
    for (int32_t m = COCOMM_MODEL_NONE; m <= DL; m++)
      for (int32_t fy = 2013; fy <= 2022; fy++) CU_ASSERT_NOT_EQUAL(scope_any(s, m, fy), 5); /* the retired "never" */
}

/* F-24: under greater involvement a CCG may discuss all areas of primary
 * care; NHS England keeps the decisions. With no model there is nothing (M-1). */
static void F24_greater_involvement_discusses_everything(void) {
  for (int32_t s = COCOMM_SERVICE_GENERAL_PRACTICE; s <= COCOMM_SERVICE_EYE_HEALTH; s++) {
    CU_ASSERT_EQUAL(scope(s, GI, 2015, "F-24"), COCOMM_SCOPE_DISCUSSION_ONLY);
    CU_ASSERT_EQUAL(scope(s, COCOMM_MODEL_NONE, 2015, "M-1"), COCOMM_SCOPE_NO_ARRANGEMENT);
  }
  const cocomm_rule *r = cocomm_rule_find("F-24");
  CU_ASSERT_PTR_NOT_NULL_FATAL(r);
  CU_ASSERT_EQUAL(r->force, COCOMM_FORCE_MAY);
  int32_t s;
  ASSERT_STATUS(cocomm_service_scope(5, DL, 2015, &s, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_service_scope(1, 4, 2015, &s, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  /* A financial year that cannot exist is out of range, as for cocomm_fy_*. */
  ASSERT_STATUS(cocomm_service_scope(1, DL, 0, &s, NULL), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_service_scope(1, DL, 9999, &s, NULL), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_service_scope(1, DL, 9998, &s, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_service_scope(1, DL, 2015, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_service_scope(1, DL, 2015, &s, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(cocomm_service_name(COCOMM_SERVICE_EYE_HEALTH), "primary eye care");
  CU_ASSERT_STRING_EQUAL(cocomm_scope_name(COCOMM_SCOPE_DISCUSSION_ONLY), "discussion only");
}

/* F-25 and F-26 are obligations on the CCG that the library records but
 * cannot observe: their catalogue rows carry the right force and source. */
static void F25_F26_recorded_with_force(void) {
  const cocomm_rule *f25 = cocomm_rule_find("F-25"), *f26 = cocomm_rule_find("F-26");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f25);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f26);
  CU_ASSERT_EQUAL(f25->force, COCOMM_FORCE_SHOULD);
  CU_ASSERT_STRING_EQUAL(f25->source, "002 §4.1.2");
  CU_ASSERT_EQUAL(f26->force, COCOMM_FORCE_MUST);
  CU_ASSERT_STRING_EQUAL(f26->source, "002 §4.1.4");
}

static const test_case cases[] = {
  RULE_TEST("F-1", F1_general_practice),
  RULE_TEST("F-2", F2_pharmacy_eye_dental),
  RULE_TEST("F-3", F3_local_incentive_schemes),
  RULE_TEST("F-4", F4_budget_management),
  RULE_TEST("F-5", F5_complaints),
  RULE_TEST("F-6", F6_practice_performance),
  RULE_TEST("F-7", F7_performers_list),
  RULE_TEST("F-10 F-11 F-13 F-14 F-15", F10_to_F15_follow_F1),
  RULE_TEST("F-12", F12_takes_F3_roles),
  RULE_TEST("F-20 F-21", F20_F21_reserved_functions),
  TEST(functions_granted_at_or_above_a_role),
  TEST(every_function_is_listed_and_named),
  RULE_TEST("F-22", F22_general_practice_only_in_2015_16),
  RULE_TEST("F-23", F23_what_cannot_be_delegated),
  RULE_TEST("F-24", F24_greater_involvement_discusses_everything),
  RULE_TEST("F-25 F-26", F25_F26_recorded_with_force),
};
RUN_TESTS("scope", cases)
