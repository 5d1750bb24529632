/* SPDX-License-Identifier: MIT */
#include "harness.h"

#include <stdio.h>

#include <CUnit/Basic.h>

int harness_run(const char *suite, const test_case *cases, size_t n) {
  if (CU_initialize_registry() != CUE_SUCCESS) return 2;
  CU_pSuite s = CU_add_suite(suite, NULL, NULL);
  if (s == NULL) goto fail;
  for (size_t i = 0; i < n; i++)
    if (CU_add_test(s, cases[i].name, cases[i].fn) == NULL) goto fail;
  CU_basic_set_mode(CU_BRM_VERBOSE);
  if (CU_basic_run_tests() != CUE_SUCCESS) goto fail;
  unsigned run = CU_get_number_of_tests_run();
  unsigned failed = CU_get_number_of_tests_failed();
  unsigned asserts_failed = CU_get_number_of_failures();
  CU_cleanup_registry();
  printf("\n%s: %u passed, %u failed\n", suite, run - failed, failed);
  return failed == 0 && asserts_failed == 0 && run == n ? 0 : 1;
fail:
  fprintf(stderr, "%s: CUnit error: %s\n", suite, CU_get_error_msg());
  CU_cleanup_registry();
  return 2;
}
