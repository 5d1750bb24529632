/* SPDX-License-Identifier: MIT */
/* The committee-list CSV parser, then the parsed committee through every
 * check: tiny and exact buffers, members at an odd member_size (33..48
 * bytes, unaligned too: chosen from a hash of the input), and the answers
 * must agree. A parse error must say where: a line that exists, a column
 * from 1, a clean UTF-8 text cut on a character boundary; and the same
 * file with its lone CRs made LFs must fail at the same line and column
 * (a lone CR ends a line as LF does). Every finding and the register
 * entry must pass the oracles of fuzz.h. */
#include <stdlib.h>

#include "build.h"

static uint32_t hash(const uint8_t *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

/* Lines in the text: every CRLF, lone CR and lone LF ends one. */
static uint32_t line_count(const char *s, size_t n) {
  uint32_t lines = 1;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i++;
    if (s[i] == '\r' || s[i] == '\n') lines++;
  }
  return lines;
}

static void error_oracle(const cocomm_roster_error *err, int32_t st, const char *csv, size_t size) {
  FUZZ_ASSERT(err->status == st);
  if (err->line < 1 || err->line > line_count(csv, size))
    FUZZ_FAIL("roster", "the error names a line that does not exist", csv, size, 0);
  if (err->column < 1) FUZZ_FAIL("roster", "the error names column 0", err->message, strlen(err->message), 0);
  FUZZ_ASSERT(err->message != NULL);
  oracle_text("roster error message", err->message);
  char what[160];
  snprintf(what, sizeof what, "roster error text (line %u, column %u: %s)", (unsigned)err->line,
           (unsigned)err->column, err->message);
  oracle_message(what, err->text, sizeof err->text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *csv = (const char *)data;
  uint32_t h = hash(data, size);
  uint32_t n = 0;
  size_t need = 0;
  cocomm_roster_error err;
  cocomm_roster_error_init(&err);
  int32_t st = cocomm_roster_parse(csv, size, NULL, 0, 0, &n, NULL, 0, &need, &err);

  /* The same bytes with every lone CR an LF. */
  char *lf = malloc(size ? size : 1);
  int lone_cr = 0;
  for (size_t i = 0; i < size; i++) {
    lf[i] = csv[i];
    if (csv[i] == '\r' && !(i + 1 < size && csv[i + 1] == '\n')) lf[i] = '\n', lone_cr = 1;
  }
  uint32_t n_lf = 0;
  size_t need_lf = 0;
  cocomm_roster_error err_lf;
  cocomm_roster_error_init(&err_lf);
  int32_t st_lf = lone_cr ? cocomm_roster_parse(lf, size, NULL, 0, 0, &n_lf, NULL, 0, &need_lf, &err_lf) : st;
  free(lf);

  if (st != COCOMM_ERR_BUFFER_TOO_SMALL && st != COCOMM_OK) {
    error_oracle(&err, st, csv, size);
    /* A newer caller's bigger error struct gets the same answer. */
    unsigned char *big = malloc(sizeof err + 8);
    memset(big, 0x5A, sizeof err + 8);
    cocomm_roster_error e2;
    cocomm_roster_error_init(&e2);
    e2.struct_size = (uint32_t)sizeof err + 8;
    memcpy(big, &e2, sizeof e2);
    FUZZ_ASSERT(cocomm_roster_parse(csv, size, NULL, 0, 0, &n, NULL, 0, &need, (cocomm_roster_error *)(void *)big) == st);
    memcpy(&e2, big, sizeof e2);
    FUZZ_ASSERT(e2.line == err.line && e2.column == err.column && strcmp(e2.text, err.text) == 0);
    free(big);
    if (lone_cr) {
      FUZZ_ASSERT(st_lf == st && strcmp(err_lf.message, err.message) == 0);
      if (err_lf.line != err.line || err_lf.column != err.column)
        FUZZ_FAIL("roster", "a lone CR does not end a line as LF does (line or column differs)", err.message,
                  strlen(err.message), 0);
    }
    return 0;
  }
  if (lone_cr) FUZZ_ASSERT((st_lf == COCOMM_OK || st_lf == COCOMM_ERR_BUFFER_TOO_SMALL) && n_lf == n);

  /* Exact-size buffers at an odd stride: ASan catches a write past either. */
  static const uint32_t strides[] = {sizeof(cocomm_member), sizeof(cocomm_member) + 8, sizeof(cocomm_member) + 1,
                                     sizeof(cocomm_member) + 3, sizeof(cocomm_member) + 16, COCOMM_MEMBER_SIZE_V1};
  uint32_t stride = strides[h % 6];
  unsigned char *m = malloc(n ? (size_t)n * stride : 1);
  memset(m, 0x5A, n ? (size_t)n * stride : 1);
  char *text = malloc(need ? need : 1);
  uint32_t n2 = 0;
  size_t need2 = 0;
  st = cocomm_roster_parse(csv, size, (cocomm_member *)(void *)m, stride, n, &n2, need ? text : NULL, need, &need2,
                           &err);
  FUZZ_ASSERT(st == COCOMM_OK && n2 == n && need2 == need);
  for (uint32_t i = 0; i < n; i++) {
    cocomm_member x;
    memcpy(&x, m + (size_t)i * stride, sizeof x);
    FUZZ_ASSERT(x.struct_size >= COCOMM_MEMBER_SIZE_V1 && x.name != NULL);
    FUZZ_ASSERT(x.name >= text && x.name < text + need);
    size_t len = strlen(x.name);
    FUZZ_ASSERT(len >= 1 && len <= COCOMM_NAME_MAX);
    oracle_utf8("parsed name", x.name, len);
    if (x.body) oracle_utf8("parsed organisation", x.body, strlen(x.body));
    FUZZ_ASSERT(x.category >= COCOMM_CATEGORY_LAY && x.category <= COCOMM_CATEGORY_OTHER);
    FUZZ_ASSERT((x.voting == 0 || x.voting == 1) && x.position >= 0 && x.position <= 2);
  }
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = (const cocomm_member *)(const void *)m;
  c.member_count = n;
  c.member_size = stride;
  for (int32_t kind = COCOMM_COMMITTEE_DELEGATED; kind <= COCOMM_COMMITTEE_GREATER_INVOLVEMENT; kind++) {
    c.kind = kind;
    cocomm_findings fs;
    cocomm_findings_init(&fs, NULL, 0);
    st = cocomm_committee_validate(&c, &fs);
    FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
    uint32_t total = fs.count;
    /* One fewer than all, at an element size from the hash. */
    uint8_t sizes[2] = {(uint8_t)(h >> 8), 0};
    bytes sb = {sizes, 2};
    findings_buf fb;
    findings_make(&fb, &sb, 0);
    free(fb.buf);
    fb.cap = total > 2 ? total - 1 : total;
    fb.buf = malloc(fb.cap ? (size_t)fb.cap * fb.elem : 1);
    fb.fs->capacity = fb.cap;
    fb.fs->items = (cocomm_finding *)(void *)fb.buf;
    st = cocomm_committee_validate(&c, findings_arg(&fb));
    FUZZ_ASSERT(findings_got(&fb).count == total && (st == COCOMM_OK) == (fb.cap >= total));
    oracle_findings(&fb, st, (int32_t)n, &c);
    findings_free(&fb);
  }
  uint8_t *present = malloc(n ? n : 1), *conflicted = malloc(n ? n : 1);
  for (uint32_t i = 0; i < n; i++) {
    present[i] = (uint8_t)(i % 3 != 1);
    conflicted[i] = (uint8_t)(i % 4 == 2);
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = conflicted;
  d.item = "item"; /* or the first member's name, read through memcpy: the stride may be unaligned */
  if (n) memcpy(&d.item, m + offsetof(cocomm_member, name), sizeof d.item);
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  cocomm_finding items[8];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(items);
  st = cocomm_decision_check(&c, &d, &r, NULL, &fs);
  FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
  for (uint32_t i = 0; i < fs.count && i < 8; i++) oracle_finding_text(&items[i], &c, 0);
  FUZZ_ASSERT(r.eligible <= n && r.withdrawn <= n);
  size_t len = 0;
  cocomm_register_entry(&c, &d, &r, NULL, 0, &len);
  char *entry = malloc(len + 1);
  FUZZ_ASSERT(cocomm_register_entry(&c, &d, &r, entry, len + 1, NULL) == COCOMM_OK);
  FUZZ_ASSERT(oracle_csv("register entry", entry, len, 5) == 1);
  free(entry);
  free(present);
  free(conflicted);
  free(m);
  free(text);
  return 0;
}
