/* SPDX-License-Identifier: MIT */
/* The findings protocol every check shares, driven through
 * cocomm_eoi_check(), whose output is simple to predict: one error per
 * missing section. */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define GUARD 0xEE

static void severity_names(void) {
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(COCOMM_SEVERITY_ERROR), "error");
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(COCOMM_SEVERITY_WARNING), "warning");
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(COCOMM_SEVERITY_INFO), "information");
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(0), "unknown");
  CU_ASSERT_EQUAL(cocomm_finding_size(), sizeof(cocomm_finding));
}

static void count_without_a_buffer(void) {
  uint32_t n = 0;
  ASSERT_STATUS(cocomm_eoi_check(0, NULL, 0, 0, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(n, 8);
  ASSERT_STATUS(cocomm_eoi_check(COCOMM_EOI_ALL, NULL, 0, 0, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 0);
}

static void short_buffer_gets_the_first_and_the_full_count(void) {
  cocomm_finding f[4];
  uint32_t n = 0;
  memset(f, GUARD, sizeof f);
  ASSERT_STATUS(cocomm_eoi_check(0, f, sizeof f[0], 3, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(n, 8);
  CU_ASSERT_STRING_EQUAL(f[0].rule, "E-A");
  CU_ASSERT_STRING_EQUAL(f[2].rule, "E-C");
  const unsigned char *tail = (const unsigned char *)&f[3];
  int untouched = 1;
  for (size_t i = 0; i < sizeof f[3]; i++) untouched &= tail[i] == GUARD;
  CU_ASSERT_TRUE(untouched);
}

static void same_input_same_output(void) {
  cocomm_finding a[8], b[8];
  uint32_t na, nb;
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  ASSERT_STATUS(cocomm_eoi_check(0x55, a, sizeof a[0], 8, &na), COCOMM_OK);
  ASSERT_STATUS(cocomm_eoi_check(0x55, b, sizeof b[0], 8, &nb), COCOMM_OK);
  CU_ASSERT_EQUAL(na, 4);
  CU_ASSERT_EQUAL(nb, 4);
  CU_ASSERT_EQUAL(memcmp(a, b, sizeof a), 0);
}

/* A caller whose finding struct is larger (a future layout) gets each
 * element at its own stride, with the unknown tail zeroed. */
static void larger_elements_are_strided(void) {
  enum { ELEM = sizeof(cocomm_finding) + 24 };
  _Alignas(8) unsigned char buf[ELEM * 3 + 16];
  uint32_t n;
  memset(buf, GUARD, sizeof buf);
  ASSERT_STATUS(cocomm_eoi_check(COCOMM_EOI_ALL & ~(uint32_t)(COCOMM_EOI_B_BENEFITS | COCOMM_EOI_E_TIMESCALES),
                                 (cocomm_finding *)(void *)buf, ELEM, 3, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 2);
  cocomm_finding second;
  memcpy(&second, buf + ELEM, sizeof second);
  CU_ASSERT_STRING_EQUAL(second.rule, "E-E");
  CU_ASSERT_EQUAL(second.subject, 4);
  CU_ASSERT_EQUAL(buf[sizeof(cocomm_finding)], 0);      /* tail of element 0 zeroed */
  CU_ASSERT_EQUAL(buf[ELEM * 2], GUARD);                /* element 2 never written */
  CU_ASSERT_EQUAL(buf[ELEM * 3 + 15], GUARD);
}

static void bad_arguments(void) {
  cocomm_finding f[2];
  uint32_t n = 1234;
  ASSERT_STATUS(cocomm_eoi_check(0, f, COCOMM_FINDING_SIZE_V1 - 1, 2, &n), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_STATUS(cocomm_eoi_check(0, NULL, sizeof f[0], 2, &n), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_eoi_check(0, f, sizeof f[0], 2, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(n, 1234); /* untouched on argument errors */
}

static const test_case cases[] = {
  TEST(severity_names),
  TEST(count_without_a_buffer),
  TEST(short_buffer_gets_the_first_and_the_full_count),
  TEST(same_input_same_output),
  TEST(larger_elements_are_strided),
  TEST(bad_arguments),
};
RUN_TESTS("findings", cases)
