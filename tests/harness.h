/* SPDX-License-Identifier: MIT */
/* A thin CUnit runner: CU_basic_run_tests() returns 0 even when assertions
 * fail, so the exit status and the "N passed, N failed" line come from the
 * run's own counts. */
#ifndef COCOMM_TEST_HARNESS_H
#define COCOMM_TEST_HARNESS_H

#include <stddef.h>

#include <CUnit/CUnit.h>

typedef struct test_case {
  const char *name;
  void (*fn)(void);
} test_case;

int harness_run(const char *suite, const test_case *cases, size_t n);

#define TEST(fn) {#fn, fn}
/* A test that proves a rulebook rule carries its identifier in its name. */
#define RULE_TEST(id, fn) {id ": " #fn, fn}
#define RUN_TESTS(suite, cases) \
  int main(void) { return harness_run(suite, cases, sizeof cases / sizeof cases[0]); }

/* Assert a status code and show both names on failure. */
#define ASSERT_STATUS(expr, want) CU_ASSERT_EQUAL((int)(expr), (int)(want))

#endif
