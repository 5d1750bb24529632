/* SPDX-License-Identifier: MIT */
#include "harness.h"

#include <stdio.h>
#include <string.h>

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

int clean_utf8(const char *text) {
  const unsigned char *s = (const unsigned char *)text;
  while (*s) {
    unsigned char c = *s;
    size_t need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                  : c >= 0xF0 && c <= 0xF4 ? 3 : 9;
    if (need == 9 || (c < 0x20 && c != '\t') || c == 0x7F) return 0;
    uint32_t cp = need == 0 ? c : c & (0x3F >> need);
    for (size_t k = 1; k <= need; k++) {
      if ((s[k] & 0xC0) != 0x80) return 0;
      cp = cp << 6 | (s[k] & 0x3F);
    }
    static const uint32_t least[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < least[need] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp < 0xA0))
      return 0;
    s += need + 1;
  }
  return 1;
}

void view_finding(finding_view *view, const cocomm_finding *finding, const cocomm_committee *committee) {
  const cocomm_rule *rule = cocomm_rule_get(finding->rule);
  CU_ASSERT_PTR_NOT_NULL(rule);
  view->rule = rule ? rule->id : "";
  view->source = rule ? rule->source : "";
  view->severity = finding->severity;
  view->subject = finding->subject;
  size_t needed = 0;
  int32_t st = cocomm_finding_format(finding, committee, view->message, sizeof view->message, &needed);
  ASSERT_STATUS(st, COCOMM_OK);
  if (st != COCOMM_OK) {
    fprintf(stderr, "  message %d of rule %s: %s\n", (int)finding->message, view->rule, cocomm_status_name(st));
    snprintf(view->message, sizeof view->message, "(message %d: %s)", (int)finding->message,
             cocomm_status_name(st));
    return;
  }
  CU_ASSERT_EQUAL(needed, strlen(view->message));
  CU_ASSERT_TRUE(clean_utf8(view->message));
}

uint32_t view_findings(finding_view *view, uint32_t max, const cocomm_findings *fs,
                       const cocomm_committee *committee) {
  CU_ASSERT_EQUAL(fs->errors + fs->warnings + fs->information, fs->count);
  uint32_t n = fs->count;
  if (n > fs->capacity) n = fs->capacity;
  if (n > max) n = max;
  uint32_t by[4] = {0, 0, 0, 0};
  for (uint32_t i = 0; i < n; i++) {
    cocomm_finding f;
    memcpy(&f, (const unsigned char *)fs->items + (size_t)i * fs->elem_size, sizeof f);
    view_finding(&view[i], &f, committee);
    if (f.severity >= COCOMM_SEVERITY_ERROR && f.severity <= COCOMM_SEVERITY_INFO) by[f.severity]++;
  }
  if (n == fs->count) {
    CU_ASSERT_EQUAL(by[COCOMM_SEVERITY_ERROR], fs->errors);
    CU_ASSERT_EQUAL(by[COCOMM_SEVERITY_WARNING], fs->warnings);
    CU_ASSERT_EQUAL(by[COCOMM_SEVERITY_INFO], fs->information);
  }
  return n;
}

static int error_well_formed(const cocomm_error *e) {
  if (e->message == NULL || !clean_utf8(e->message)) return 0;
  if ((e->status == COCOMM_OK) != (e->message[0] == '\0')) return 0;
  return memchr(e->text, '\0', sizeof e->text) != NULL && clean_utf8(e->text);
}

static int error_report(const cocomm_error *e, int ok, const char *want) {
  if (!ok)
    fprintf(stderr, "  error: got %s, index %d, field %s, line %u, column %u, message \"%s\", text \"%s\"; want %s\n",
            cocomm_status_name(e->status), (int)e->index, cocomm_field_name(e->field), (unsigned)e->line,
            (unsigned)e->column, e->message ? e->message : "(null)",
            memchr(e->text, '\0', sizeof e->text) ? e->text : "(unterminated)", want);
  return ok;
}

int error_is(const cocomm_error *e, int32_t status, int32_t index, int32_t field) {
  int ok = e->status == status && e->index == index && e->field == field && error_well_formed(e);
  if (field != COCOMM_FIELD_TEXT && field != COCOMM_FIELD_HEADER) ok = ok && e->line == 0 && e->column == 0 && e->text[0] == '\0';
  char want[160];
  snprintf(want, sizeof want, "%s, index %d, field %s", cocomm_status_name(status), (int)index,
           cocomm_field_name(field));
  return error_report(e, ok, want);
}

int error_at(const cocomm_error *e, int32_t status, int32_t field, uint32_t line, uint32_t column) {
  int ok = e->status == status && e->index == -1 && e->field == field && e->line == line &&
           e->column == column && error_well_formed(e);
  char want[160];
  snprintf(want, sizeof want, "%s at line %u, column %u", cocomm_status_name(status), (unsigned)line,
           (unsigned)column);
  return error_report(e, ok, want);
}

cocomm_findings *found_reset(found *x, uint32_t capacity) {
  cocomm_error_init(&x->err);
  cocomm_findings_init(&x->fs, x->raw, capacity < FOUND_MAX ? capacity : FOUND_MAX);
  x->fs.count = x->n;
  return &x->fs;
}

int32_t found_settle(found *x, int32_t status, const cocomm_committee *committee) {
  if (status == COCOMM_OK || status == COCOMM_ERR_BUFFER_TOO_SMALL) {
    x->n = x->fs.count;
    view_findings(x->f, FOUND_MAX, &x->fs, committee);
  }
  return status;
}
