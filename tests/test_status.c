/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static void status_strings_are_distinct_and_static(void) {
  const int32_t codes[] = {COCOMM_OK, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_ERR_BUFFER_TOO_SMALL,
                           COCOMM_ERR_PARSE, COCOMM_ERR_OUT_OF_RANGE, COCOMM_ERR_STRUCT_SIZE,
                           COCOMM_ERR_AMBIGUOUS, COCOMM_ERR_NOT_FOUND};
  size_t n = sizeof codes / sizeof codes[0];
  for (size_t i = 0; i < n; i++) {
    CU_ASSERT_PTR_NOT_NULL_FATAL(cocomm_status_str(codes[i]));
    CU_ASSERT_STRING_NOT_EQUAL(cocomm_status_str(codes[i]), "unknown status");
    CU_ASSERT_STRING_NOT_EQUAL(cocomm_status_name(codes[i]), "COCOMM_UNKNOWN");
    for (size_t j = i + 1; j < n; j++)
      CU_ASSERT_STRING_NOT_EQUAL(cocomm_status_str(codes[i]), cocomm_status_str(codes[j]));
  }
  CU_ASSERT_STRING_EQUAL(cocomm_status_str(COCOMM_OK), "success");
  CU_ASSERT_STRING_EQUAL(cocomm_status_str(COCOMM_ERR_PARSE), "parse error");
  CU_ASSERT_STRING_EQUAL(cocomm_status_name(COCOMM_ERR_BUFFER_TOO_SMALL), "COCOMM_ERR_BUFFER_TOO_SMALL");
}

static void unknown_status_is_named_unknown(void) {
  CU_ASSERT_STRING_EQUAL(cocomm_status_str(1), "unknown status");
  CU_ASSERT_STRING_EQUAL(cocomm_status_str(-9999), "unknown status");
  CU_ASSERT_STRING_EQUAL(cocomm_status_str(INT32_MIN), "unknown status");
  CU_ASSERT_STRING_EQUAL(cocomm_status_name(INT32_MAX), "COCOMM_UNKNOWN");
}

static const test_case cases[] = {
  TEST(status_strings_are_distinct_and_static),
  TEST(unknown_status_is_named_unknown),
};
RUN_TESTS("status", cases)
