/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static found F; /* the last check's findings, rendered (harness.h): F.n and F.f[i] */

static int32_t coi(const cocomm_coi_arrangements *a, uint32_t capacity) {
  return found_settle(&F, cocomm_coi_assess(a, found_reset(&F, capacity), &F.err), NULL);
}

/* Every element in place, for a CCG of the given model. */
static cocomm_coi_arrangements in_place(int32_t model) {
  cocomm_coi_arrangements a;
  cocomm_coi_arrangements_init(&a);
  int32_t *fields = &a.register_kept;
  for (int i = 0; i < 11; i++) fields[i] = 1;
  a.model = model;
  return a;
}

static cocomm_coi_arrangements all_in_place(void) { return in_place(COCOMM_MODEL_DELEGATED); }

static uint32_t count_severity(const char *rule, int32_t severity) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < F.n; i++) k += strcmp(F.f[i].rule, rule) == 0 && F.f[i].severity == severity;
  return k;
}

static uint32_t count_rule(const char *rule) { return count_severity(rule, COCOMM_SEVERITY_ERROR); }

static void complete_arrangements_are_clean(void) {
  cocomm_coi_arrangements a = all_in_place();
  ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 0);
}

/* I-1: registers kept, published, promptly declared; conflicts managed. */
static void I1_registers_of_interests(void) {
  cocomm_coi_arrangements a = all_in_place();
  a.register_published = 0;
  a.prompt_declaration = 0;
  ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 2);
  CU_ASSERT_EQUAL(count_rule("I-1"), 2);
  CU_ASSERT_EQUAL(F.f[0].subject, 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[0].message, "published"));
}

/* I-2: the register records nature and parties, and is audited. */
static void I2_register_contents(void) {
  cocomm_coi_arrangements a = all_in_place();
  a.records_nature = a.records_parties = a.in_annual_accounts = 0;
  ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
  CU_ASSERT_EQUAL(count_rule("I-2"), 3);
  CU_ASSERT_STRING_EQUAL(F.f[0].source, "002 §6.2");
}

/* I-3: a register of procurement decisions, kept and published. */
static void I3_procurement_register(void) {
  cocomm_coi_arrangements a = all_in_place();
  a.procurement_register_published = 0;
  ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
  CU_ASSERT_EQUAL(count_rule("I-3"), 1);
  CU_ASSERT_EQUAL(F.n, 1);
}

/* I-5: both attestations. */
static void I5_attestations(void) {
  cocomm_coi_arrangements a = all_in_place();
  a.audit_chair_attested = 0;
  a.accountable_officer_attested = 0;
  ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
  CU_ASSERT_EQUAL(count_rule("I-5"), 2);
  CU_ASSERT_PTR_NOT_NULL(strstr(F.f[1].message, "Accountable Officer"));
}

/* I-2, I-3, I-5 (revision 2) by model: I-2 and I-3 are musts for a
 * delegated CCG and shoulds (warnings) for every other; I-5 is a must for
 * joint and delegated CCGs. I-1 is a must for all. */
static void I2_I3_I5_force_by_model(void) {
  const int32_t models[] = {COCOMM_MODEL_NONE, COCOMM_MODEL_GREATER_INVOLVEMENT, COCOMM_MODEL_JOINT,
                            COCOMM_MODEL_DELEGATED};
  for (size_t k = 0; k < 4; k++) {
    cocomm_coi_arrangements a = in_place(models[k]);
    a.register_kept = a.records_nature = a.procurement_register_kept = a.audit_chair_attested = 0;
    ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
    CU_ASSERT_EQUAL(F.n, 4);
    const int delegated = models[k] == COCOMM_MODEL_DELEGATED;
    const int joint_or_delegated = delegated || models[k] == COCOMM_MODEL_JOINT;
    CU_ASSERT_EQUAL(count_severity("I-1", COCOMM_SEVERITY_ERROR), 1);
    CU_ASSERT_EQUAL(count_severity("I-2", delegated ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING), 1);
    CU_ASSERT_EQUAL(count_severity("I-3", delegated ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING), 1);
    CU_ASSERT_EQUAL(count_severity("I-5", joint_or_delegated ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING), 1);
  }
  cocomm_coi_arrangements a = in_place(4);
  ASSERT_STATUS(coi(&a, 16), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
}

/* Nothing in place: every element reported, in field order. */
static void nothing_in_place(void) {
  cocomm_coi_arrangements a;
  cocomm_coi_arrangements_init(&a);
  a.model = COCOMM_MODEL_DELEGATED;
  ASSERT_STATUS(coi(&a, 16), COCOMM_OK);
  CU_ASSERT_EQUAL(F.n, 11);
  for (uint32_t i = 0; i < F.n; i++) CU_ASSERT_EQUAL(F.f[i].subject, (int32_t)i);
  CU_ASSERT_EQUAL(count_rule("I-1") + count_rule("I-2") + count_rule("I-3") + count_rule("I-5"), 11);
  ASSERT_STATUS(coi(&a, 4), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(F.n, 11);
  ASSERT_ERROR(&F.err, COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
}

static void bad_input(void) {
  cocomm_coi_arrangements a = all_in_place();
  a.conflicts_managed = 2;
  ASSERT_STATUS(coi(&a, 16), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, 3, COCOMM_FIELD_FLAGS); /* the fourth element */
  a = all_in_place();
  a.struct_size = 20;
  ASSERT_STATUS(coi(&a, 16), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&F.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  ASSERT_STATUS(coi(NULL, 16), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&F.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(cocomm_coi_assess(NULL, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(cocomm_coi_arrangements_size(), sizeof a);
}

static const test_case cases[] = {
  TEST(complete_arrangements_are_clean),
  RULE_TEST("I-1", I1_registers_of_interests),
  RULE_TEST("I-2", I2_register_contents),
  RULE_TEST("I-3", I3_procurement_register),
  RULE_TEST("I-5", I5_attestations),
  RULE_TEST("I-2 I-3 I-5", I2_I3_I5_force_by_model),
  TEST(nothing_in_place),
  TEST(bad_input),
};
RUN_TESTS("coi", cases)
