/* SPDX-License-Identifier: MIT */
/* A thin CUnit runner: CU_basic_run_tests() returns 0 even when assertions
 * fail, so the exit status and the "N passed, N failed" line come from the
 * run's own counts. And the one way the tests read findings: a finding is
 * integers (findings.h), so each is rendered once here into what a reader
 * sees: its rule's identifier and source, and its text. */
#ifndef COCOMM_TEST_HARNESS_H
#define COCOMM_TEST_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include <CUnit/CUnit.h>

#include <cocomm/cocomm.h>

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

/* 1 if text is strict UTF-8 (no overlong form, surrogate or code point
 * past U+10FFFF) with no control character but HT: what every text the
 * library writes must be. Written here, not borrowed from lib/. */
int clean_utf8(const char *text);

/* Room for any finding's text: two names of COCOMM_NAME_MAX bytes and the
 * longest template fit with plenty to spare. */
#define VIEW_TEXT_MAX 1024

/* A finding as a reader sees it. */
typedef struct finding_view {
  const char *rule;   /* the rule's identifier, "C-3" (cocomm_rule_get); "" for none */
  const char *source; /* its citation, "002 §4.4.2, §6.2"; "" for none */
  int32_t severity;
  int32_t subject;
  char message[VIEW_TEXT_MAX]; /* cocomm_finding_format() with the committee's members named */
} finding_view;

/* Render one finding; committee (may be NULL) names its members. Asserts
 * that the finding cites a rule, that its text formats, that the length
 * reported is the length written and that the text is clean UTF-8. */
void view_finding(finding_view *view, const cocomm_finding *finding, const cocomm_committee *committee);

/* After a check that returned COCOMM_OK or COCOMM_ERR_BUFFER_TOO_SMALL:
 * render the findings *fs holds (the first min(count, capacity, max),
 * read at fs->elem_size) into view[], and assert that the counts by
 * severity add up to count and, when every finding was written, agree
 * with the findings themselves. Returns how many were rendered. */
uint32_t view_findings(finding_view *view, uint32_t max, const cocomm_findings *fs,
                       const cocomm_committee *committee);

/* 1 if *error says what a call that returned status must say (error.h):
 * that status, that index and field, and a message (nonempty on a
 * failure, "" after a success) and text that are clean UTF-8; a refused
 * input other than text has line, column and text empty. Otherwise 0, and
 * what was found instead goes to stderr. */
int error_is(const cocomm_error *error, int32_t status, int32_t index, int32_t field);
/* The same for text input (field COCOMM_FIELD_TEXT or, for a CSV header,
 * COCOMM_FIELD_HEADER; index -1): its line
 * and column. */
int error_at(const cocomm_error *error, int32_t status, int32_t field, uint32_t line, uint32_t column);

#define ASSERT_ERROR(error, status, index, field) CU_ASSERT_TRUE(error_is((error), (status), (index), (field)))
#define ASSERT_NO_ERROR(error) ASSERT_ERROR((error), COCOMM_OK, -1, COCOMM_FIELD_NONE)
#define ASSERT_TEXT_ERROR(error, status, line, column) \
  CU_ASSERT_TRUE(error_at((error), (status), COCOMM_FIELD_TEXT, (line), (column)))
/* The same for the header row of a CSV list (field COCOMM_FIELD_HEADER). */
#define ASSERT_HEADER_ERROR(error, line, column) \
  CU_ASSERT_TRUE(error_at((error), COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, (line), (column)))

/* A findings array for a test, with its rendered view. */
#define FOUND_MAX 64
typedef struct found {
  cocomm_finding raw[FOUND_MAX]; /* as the library wrote them */
  finding_view f[FOUND_MAX];     /* the same, rendered */
  cocomm_findings fs;            /* the last call's */
  uint32_t n;                    /* count after the last call that was not refused */
  cocomm_error err;              /* the last call's error struct (found_reset initialises it) */
} found;

/* Make x->fs ready for a call, over raw with capacity (at most FOUND_MAX),
 * its count preset to x->n: a call that refuses its input writes nothing,
 * so n stays as it was. x->err is initialised for the call to fill. */
cocomm_findings *found_reset(found *x, uint32_t capacity);

/* After the call that returned status: on COCOMM_OK or
 * COCOMM_ERR_BUFFER_TOO_SMALL, n = count and the findings rendered with
 * committee (may be NULL) naming members. Returns status. */
int32_t found_settle(found *x, int32_t status, const cocomm_committee *committee);

#endif
