/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static int known_citation(const char *source) {
  /* Every citation starts with a source key ("002 §4.4.2") or is one of the
   * non-document sources the rulebook names. */
  if (source[0] == '(' || strncmp(source, "model terms of reference", 24) == 0) return 1;
  for (uint32_t i = 0; i < cocomm_source_count(); i++) {
    const char *key = cocomm_source_at(i)->key;
    if (strncmp(source, key, strlen(key)) == 0) return 1;
  }
  return 0;
}

static void catalogue_is_well_formed(void) {
  uint32_t n = cocomm_rule_count();
  CU_ASSERT_EQUAL(n, 90);
  const char letters[] = "?MFCIATE";
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_rule *r = cocomm_rule_at(i);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT(r->section >= COCOMM_SECTION_M && r->section <= COCOMM_SECTION_E);
    CU_ASSERT_EQUAL(r->id[0], letters[r->section]);
    CU_ASSERT_EQUAL(r->id[1], '-');
    CU_ASSERT(r->force >= COCOMM_FORCE_MUST && r->force <= COCOMM_FORCE_FACT);
    CU_ASSERT(strlen(r->statement) > 5);
    CU_ASSERT_PTR_NOT_NULL(r->applies_to);
    if (!known_citation(r->source)) CU_FAIL(r->id);
    CU_ASSERT_PTR_EQUAL(cocomm_rule_find(r->id), r); /* so identifiers are unique */
  }
  CU_ASSERT_PTR_NULL(cocomm_rule_at(n));
  CU_ASSERT_PTR_NULL(cocomm_rule_at(UINT32_MAX));
}

static void lookup_is_exact(void) {
  const cocomm_rule *r = cocomm_rule_find("C-10");
  CU_ASSERT_PTR_NOT_NULL_FATAL(r);
  CU_ASSERT_STRING_EQUAL(r->id, "C-10");
  CU_ASSERT_EQUAL(r->section, COCOMM_SECTION_C);
  CU_ASSERT_PTR_NULL(cocomm_rule_find("c-10"));
  CU_ASSERT_PTR_NULL(cocomm_rule_find("C-1 "));
  CU_ASSERT_PTR_NULL(cocomm_rule_find("C-"));
  CU_ASSERT_PTR_NULL(cocomm_rule_find(""));
  CU_ASSERT_PTR_NULL(cocomm_rule_find("Z-1"));
  CU_ASSERT_PTR_NULL(cocomm_rule_find(NULL));
  CU_ASSERT_STRING_EQUAL(cocomm_rule_find("E-H")->source, "001 §H");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_find("C-1")->applies_to, "delegated committee");
}

static void force_sets_severity(void) {
  CU_ASSERT_EQUAL(cocomm_force_severity(COCOMM_FORCE_MUST), COCOMM_SEVERITY_ERROR);
  CU_ASSERT_EQUAL(cocomm_force_severity(COCOMM_FORCE_SHOULD), COCOMM_SEVERITY_WARNING);
  CU_ASSERT_EQUAL(cocomm_force_severity(COCOMM_FORCE_MAY), COCOMM_SEVERITY_INFO);
  CU_ASSERT_EQUAL(cocomm_force_severity(COCOMM_FORCE_FACT), 0);
  CU_ASSERT_EQUAL(cocomm_force_severity(0), 0);
  CU_ASSERT_STRING_EQUAL(cocomm_force_name(COCOMM_FORCE_SHOULD), "should");
  CU_ASSERT_STRING_EQUAL(cocomm_force_name(9), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_section_name(COCOMM_SECTION_C), "committees");
  CU_ASSERT_STRING_EQUAL(cocomm_section_name(0), "unknown");
  /* The forces of the rulebook, spot-checked across sections. */
  CU_ASSERT_EQUAL(cocomm_rule_find("C-1")->force, COCOMM_FORCE_MUST);
  CU_ASSERT_EQUAL(cocomm_rule_find("C-5")->force, COCOMM_FORCE_SHOULD);
  CU_ASSERT_EQUAL(cocomm_rule_find("C-4")->force, COCOMM_FORCE_MAY);
  CU_ASSERT_EQUAL(cocomm_rule_find("C-3")->force, COCOMM_FORCE_MUST);
  CU_ASSERT_EQUAL(cocomm_rule_find("T-33")->force, COCOMM_FORCE_FACT);
  CU_ASSERT_EQUAL(cocomm_rule_find("E-D")->force, COCOMM_FORCE_MUST);
}

static void sources_are_named_in_full(void) {
  uint32_t n = cocomm_source_count();
  CU_ASSERT_EQUAL(n, 5);
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_source *s = cocomm_source_at(i);
    CU_ASSERT(strlen(s->title) > 10 && strlen(s->publisher) > 3 && strlen(s->date) >= 4);
  }
  CU_ASSERT_STRING_EQUAL(cocomm_source_at(2)->key, "002");
  CU_ASSERT_STRING_EQUAL(cocomm_source_at(2)->date, "2014-11-10");
  CU_ASSERT_PTR_NULL(cocomm_source_at(n));
  CU_ASSERT_EQUAL(cocomm_rule_size(), sizeof(cocomm_rule));
  CU_ASSERT_EQUAL(cocomm_source_size(), sizeof(cocomm_source));
}

/* M-4, M-5, M-6 describe how the models work; the committee checks use
 * them. Their catalogue rows carry force and source. */
static void M4_M5_M6_recorded(void) {
  const char *ids[] = {"M-4", "M-5", "M-6"};
  const char *sources[] = {"002 §4.3, §4.3.2 fn 2", "002 §4.4, §4.4.2", "001 §A, 002 §5.1"};
  for (int i = 0; i < 3; i++) {
    const cocomm_rule *r = cocomm_rule_find(ids[i]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(r->force, COCOMM_FORCE_FACT);
    CU_ASSERT_STRING_EQUAL(r->source, sources[i]);
  }
  CU_ASSERT_PTR_NOT_NULL(strstr(cocomm_rule_find("M-4")->statement, "committees in common"));
  CU_ASSERT_EQUAL(cocomm_rule_find("M-7")->force, COCOMM_FORCE_MUST);
  CU_ASSERT_EQUAL(cocomm_rule_find("M-2")->force, COCOMM_FORCE_MUST);
}

static const test_case cases[] = {
  TEST(catalogue_is_well_formed),
  TEST(lookup_is_exact),
  TEST(force_sets_severity),
  TEST(sources_are_named_in_full),
  RULE_TEST("M-4 M-5 M-6", M4_M5_M6_recorded),
};
RUN_TESTS("rules", cases)
