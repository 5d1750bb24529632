/* SPDX-License-Identifier: MIT */
#include <cocomm/cocomm.h>

#include "harness.h"

static int32_t parse(const char *s) {
  int32_t m = -1;
  int32_t st = cocomm_model_parse(s, COCOMM_NTS, &m);
  return st == COCOMM_OK ? m : st;
}

/* M-1: three models, plus none; the values are fixed. */
static void three_models_and_none(void) {
  CU_ASSERT_EQUAL(COCOMM_MODEL_NONE, 0);
  CU_ASSERT_EQUAL(COCOMM_MODEL_GREATER_INVOLVEMENT, 1);
  CU_ASSERT_EQUAL(COCOMM_MODEL_JOINT, 2);
  CU_ASSERT_EQUAL(COCOMM_MODEL_DELEGATED, 3);
  CU_ASSERT_STRING_EQUAL(cocomm_model_name(COCOMM_MODEL_GREATER_INVOLVEMENT), "greater involvement");
  CU_ASSERT_STRING_EQUAL(cocomm_model_name(COCOMM_MODEL_JOINT), "joint commissioning");
  CU_ASSERT_STRING_EQUAL(cocomm_model_name(COCOMM_MODEL_DELEGATED), "delegated commissioning");
  CU_ASSERT_STRING_EQUAL(cocomm_model_name(COCOMM_MODEL_NONE), "none");
  CU_ASSERT_STRING_EQUAL(cocomm_model_name(4), "unknown"); /* never NULL */
  CU_ASSERT_STRING_EQUAL(cocomm_model_name(-1), "unknown");
  ASSERT_STATUS(cocomm_model_check(4), COCOMM_ERR_INVALID_ARGUMENT);
  const cocomm_rule *r = cocomm_rule_find("M-1");
  CU_ASSERT_PTR_NOT_NULL_FATAL(r);
  CU_ASSERT_EQUAL(r->force, COCOMM_FORCE_FACT);
}

/* M-2: every name maps to the same value, case-insensitively. */
static void every_alias_of_M2(void) {
  CU_ASSERT_EQUAL(parse("Model 1"), COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("model a"), COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("Model One"), COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("Greater Involvement"), COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("Model 2"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("model b"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("Model Two"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("joint"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("joint commissioning"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("Model 3"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("MODEL C"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Model Three"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("delegated"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Delegated Commissioning"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("full delegation"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Full Delegated Responsibility"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("  model\t two \r\n"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("model   three"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("none"), COCOMM_MODEL_NONE);
}

/* M-2 (revision 2): labels as the seeds print them (000, 003, 004), and
 * the worded names revision 2 adds. */
static void M2_labels_as_the_seeds_print_them(void) {
  CU_ASSERT_EQUAL(parse("Model 3:"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Model A: Greater involvement"), COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("Model Three: Full delegated responsibility for commissioning the majority of GP services"),
                  COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Model 1:  Greater involvement in primary care commissioning decisions within NHS England"),
                  COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("Model 2:  Joint commissioning between CCGs and their area team"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("Model 3:  Delegated arrangements for CCGs to take full responsibility for commissioning "
                        "from NHS England"),
                  COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Model B: Joint commissioning"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("Model C: Delegated commissioning"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Model One: Greater involvement in GP commissioning decisions"),
                  COCOMM_MODEL_GREATER_INVOLVEMENT);
  CU_ASSERT_EQUAL(parse("Model Two: Joint commissioning responsibility with NHS England"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("model 2 :joint"), COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(parse("delegation"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("delegated commissioning arrangements"), COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(parse("Joint arrangements"), COCOMM_MODEL_JOINT);
  /* Words that name another model than the number are refused, never guessed. */
  int32_t m;
  const char *bad[] = {"Model 3: Greater involvement", "Model A: delegated", "Model 2: none", "joint:",
                       "Model 3: delegated please", "Model 3:: delegated", ": delegated", "model: joint",
                       "Model 4:", "delegation:"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ASSERT_STATUS(cocomm_model_parse(bad[i], COCOMM_NTS, &m), COCOMM_ERR_PARSE);
}

static void model_parse_never_guesses(void) {
  const char *bad[] = {"", "   ", "model", "model 4", "model d", "model four", "2", "B", "three",
                       "joint-commissioning", "delegations", "model2", "greater", "jointly",
                       "full", "delegated commissioning please", "model \xc2\xa0two"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    if (parse(bad[i]) != COCOMM_ERR_PARSE) CU_FAIL(bad[i]);
  int32_t m = 77;
  ASSERT_STATUS(cocomm_model_parse("model\0two", 9, &m), COCOMM_ERR_PARSE); /* embedded NUL */
  ASSERT_STATUS(cocomm_model_parse(NULL, 3, &m), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_model_parse("joint", COCOMM_NTS, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(m, 77);
  /* A length lets the caller pass a slice. */
  ASSERT_STATUS(cocomm_model_parse("jointXYZ", 5, &m), COCOMM_OK);
  CU_ASSERT_EQUAL(m, COCOMM_MODEL_JOINT);
  /* Very long input is refused without reading past the given length. */
  char big[1000];
  for (size_t i = 0; i < sizeof big; i++) big[i] = ' ';
  ASSERT_STATUS(cocomm_model_parse(big, sizeof big, &m), COCOMM_ERR_PARSE);
}

static void keys_and_aliases_round_trip(void) {
  for (int32_t m = COCOMM_MODEL_NONE; m <= COCOMM_MODEL_DELEGATED; m++) {
    CU_ASSERT_EQUAL(parse(cocomm_model_key(m)), m);
    CU_ASSERT_EQUAL(parse(cocomm_model_name(m)), m);
  }
  uint32_t n = cocomm_model_alias_count();
  CU_ASSERT(n >= 18);
  for (uint32_t i = 0; i < n; i++) {
    const char *alias;
    int32_t model;
    ASSERT_STATUS(cocomm_model_alias_at(i, &alias, &model), COCOMM_OK);
    CU_ASSERT_EQUAL(parse(alias), model);
  }
  const char *alias;
  int32_t model;
  ASSERT_STATUS(cocomm_model_alias_at(n, &alias, &model), COCOMM_ERR_NOT_FOUND);
}

static const test_case cases[] = {
  RULE_TEST("M-1", three_models_and_none),
  RULE_TEST("M-2", every_alias_of_M2),
  RULE_TEST("M-2", model_parse_never_guesses),
  RULE_TEST("M-2", M2_labels_as_the_seeds_print_them),
  TEST(keys_and_aliases_round_trip),
};
RUN_TESTS("model", cases)
