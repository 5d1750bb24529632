/* SPDX-License-Identifier: MIT */
/* The committee-list CSV parser, then the parsed committee through every
 * check: tiny and exact buffers, members at an odd member_size (33..48
 * bytes, unaligned too: chosen from a hash of the input), and the answers
 * must agree. A parse error must say where: a line that exists, a column
 * from 1, a clean UTF-8 text cut on a character boundary; and the same
 * file with its lone CRs made LFs must fail at the same line and column
 * (a lone CR ends a line as LF does). Every finding and the register
 * entry must pass the oracles of fuzz.h. Every call fills a cocomm_error
 * chosen from the hash (build.h's error oracle: bigger, stale, none, or
 * below the first layout and then refused untouched), a refusal told the
 * same way twice; the cocomm_roster lives on the heap at its struct_size
 * (bigger ones too) with a guard after it that no call may write, and a
 * refused call writes none of it. Flags, a roster below its first layout
 * and members below theirs are refused before any parsing, each with its
 * field; COCOMM_ROSTER_INIT sets what cocomm_roster_init does. */
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

/* A byte of the hash for choice k, apart from the stride's and the findings'. */
static uint8_t pick(uint32_t h, uint32_t k) { return (uint8_t)((h ^ (h >> 16)) * (2654435761u + 2 * k) >> 24); }

/* A roster on the heap at the caller's struct_size, the guard after it. */
typedef struct {
  unsigned char *p, *was;
  size_t alloc;
  uint32_t size;
} roster_buf;

static cocomm_roster *roster_make(roster_buf *rb, uint32_t size, cocomm_member *members, uint32_t member_size,
                                  uint32_t capacity, char *text, size_t text_cap) {
  cocomm_roster r;
  cocomm_roster_init(&r, members, capacity, text, text_cap);
  FUZZ_ASSERT(r.struct_size == sizeof r && r.member_size == sizeof(cocomm_member) && r.capacity == capacity &&
              r.members == members && r.text == text && r.text_cap == text_cap && r.count == 0 &&
              r.text_needed == 0);
  r.struct_size = size;
  r.member_size = member_size;
  r.count = 0xA5A5A5A5u; /* outputs: stale until written */
  r.text_needed = (size_t)-1;
  rb->size = size;
  rb->alloc = (size > sizeof r ? size : sizeof r) + ERROR_GUARD;
  rb->p = malloc(rb->alloc);
  rb->was = malloc(rb->alloc);
  memset(rb->p, 0x5A, rb->alloc);
  memcpy(rb->p, &r, sizeof r);
  memcpy(rb->was, rb->p, rb->alloc);
  return (cocomm_roster *)(void *)rb->p;
}

/* What the call left in the roster: nothing past its struct_size, and
 * nothing at all when it was refused. */
static cocomm_roster roster_got(roster_buf *rb, int32_t st) {
  size_t from = st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL ? rb->size : 0;
  for (size_t i = from; i < rb->alloc; i++)
    if (rb->p[i] != rb->was[i])
      FUZZ_FAIL("roster", from ? "written past the roster's struct_size" : "a refused call wrote to the roster",
                (const char *)rb->p, rb->alloc, i);
  cocomm_roster r;
  memcpy(&r, rb->p, sizeof r);
  free(rb->p);
  free(rb->was);
  return r;
}

/* A parse error (build.h's error oracle, then the roster's own): a line
 * that exists, a column from 1, no index, a cell or a header cell. */
static cocomm_error error_oracle(const error_buf *eb, int32_t st, const char *csv, size_t size) {
  cocomm_error err = error_judge(eb, st, 0, 0);
  if (err.struct_size == 0) return err;
  FUZZ_ASSERT((err.field == COCOMM_FIELD_TEXT || err.field == COCOMM_FIELD_HEADER) && err.index == -1);
  if (err.line < 1 || err.line > line_count(csv, size))
    FUZZ_FAIL("roster", "the error names a line that does not exist", csv, size, 0);
  if (err.column < 1) FUZZ_FAIL("roster", "the error names column 0", err.message, strlen(err.message), 0);
  char what[160];
  snprintf(what, sizeof what, "roster error text (line %u, column %u: %s)", (unsigned)err.line,
           (unsigned)err.column, err.message);
  oracle_message(what, err.text, sizeof err.text);
  return err;
}

/* Arguments refused before any parsing: flags, a roster below its first
 * layout, members below theirs. The status and field, and the roster
 * untouched. */
static void refused_arguments(const char *csv, size_t size, uint32_t h) {
  static const uint32_t small_sizes[] = {0, 4, 16, COCOMM_ROSTER_SIZE_V1 - 8, COCOMM_ROSTER_SIZE_V1 - 1};
  cocomm_member one;
  char text[8];
  for (int k = 0; k < 3; k++) {
    error_buf eb;
    roster_buf rb;
    uint32_t flags = k == 0 ? 1u << (pick(h, 10) % 32) : 0;
    uint32_t rsize = k == 1 ? small_sizes[pick(h, 11) % 5] : (uint32_t)sizeof(cocomm_roster);
    uint32_t member_size = k == 2 ? COCOMM_MEMBER_SIZE_V1 - 1 - pick(h, 12) % 8 : (uint32_t)sizeof one;
    error_make_with(&eb, pick(h, 13 + (uint32_t)k), pick(h, 16 + (uint32_t)k), 1);
    cocomm_roster *r = roster_make(&rb, rsize, &one, member_size, 1, text, sizeof text);
    int32_t st = cocomm_roster_parse(csv, size, flags, r, error_arg(&eb));
    cocomm_error e = error_judge(&eb, st, 0, 0);
    roster_got(&rb, COCOMM_ERR_STRUCT_SIZE); /* nothing written, whatever the status */
    int small = error_small(&eb);
    error_free(&eb);
    if (small) continue;
    static const int32_t want[] = {COCOMM_ERR_INVALID_ARGUMENT, COCOMM_ERR_STRUCT_SIZE, COCOMM_ERR_STRUCT_SIZE};
    static const int32_t field[] = {COCOMM_FIELD_FLAGS, COCOMM_FIELD_STRUCT_SIZE, COCOMM_FIELD_ELEMENT_SIZE};
    FUZZ_ASSERT(st == want[k]);
    if (e.struct_size) FUZZ_ASSERT(e.field == field[k] && e.index == -1);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *csv = (const char *)data;
  uint32_t h = hash(data, size);
  refused_arguments(csv, size, h);

  /* Count only. */
  error_buf eb;
  error_make_with(&eb, pick(h, 0), pick(h, 1), 0);
  roster_buf rb;
  int32_t st = cocomm_roster_parse(csv, size, 0, roster_make(&rb, (uint32_t)sizeof(cocomm_roster), NULL, 0, 0, NULL, 0),
                                   error_arg(&eb));
  cocomm_roster counted = roster_got(&rb, st);
  uint32_t n = counted.count;
  size_t need = counted.text_needed;

  /* The same bytes with every lone CR an LF. */
  char *lf = malloc(size ? size : 1);
  int lone_cr = 0;
  for (size_t i = 0; i < size; i++) {
    lf[i] = csv[i];
    if (csv[i] == '\r' && !(i + 1 < size && csv[i + 1] == '\n')) lf[i] = '\n', lone_cr = 1;
  }
  cocomm_roster r_lf;
  cocomm_roster_init(&r_lf, NULL, 0, NULL, 0);
  cocomm_error err_lf = COCOMM_ERROR_INIT;
  int32_t st_lf = lone_cr ? cocomm_roster_parse(lf, size, 0, &r_lf, &err_lf) : st;
  uint32_t n_lf = r_lf.count;
  free(lf);

  if (st != COCOMM_ERR_BUFFER_TOO_SMALL && st != COCOMM_OK) {
    cocomm_error err = error_oracle(&eb, st, csv, size);
    /* Another caller's error struct (bigger, stale, or below the first
     * layout: refused untouched) gets the same answer. */
    error_buf e2;
    error_make_with(&e2, pick(h, 2), pick(h, 3), 1);
    cocomm_roster r2;
    cocomm_roster_init(&r2, NULL, 0, NULL, 0);
    int32_t again = cocomm_roster_parse(csv, size, 0, &r2, error_arg(&e2));
    cocomm_error err2 = error_oracle(&e2, again, csv, size);
    if (!error_small(&e2)) {
      FUZZ_ASSERT(again == st);
      error_same(&err, &err2);
    }
    error_free(&e2);
    const cocomm_error *ref = err.struct_size ? &err : err2.struct_size ? &err2 : NULL;
    if (lone_cr) {
      FUZZ_ASSERT(st_lf == st && err_lf.status == st);
      if (ref && (strcmp(err_lf.message, ref->message) != 0 || err_lf.field != ref->field))
        FUZZ_FAIL("roster", "a lone CR does not end a line as LF does (another error)", err_lf.message,
                  strlen(err_lf.message), 0);
      if (ref && (err_lf.line != ref->line || err_lf.column != ref->column))
        FUZZ_FAIL("roster", "a lone CR does not end a line as LF does (line or column differs)", ref->message,
                  strlen(ref->message), 0);
    }
    error_free(&eb);
    return 0;
  }
  error_judge(&eb, st, 0, 0);
  error_free(&eb);
  if (lone_cr) FUZZ_ASSERT((st_lf == COCOMM_OK || st_lf == COCOMM_ERR_BUFFER_TOO_SMALL) && n_lf == n);

  /* Exact-size buffers at an odd stride: ASan catches a write past either. */
  static const uint32_t strides[] = {sizeof(cocomm_member), sizeof(cocomm_member) + 8, sizeof(cocomm_member) + 1,
                                     sizeof(cocomm_member) + 3, sizeof(cocomm_member) + 16, COCOMM_MEMBER_SIZE_V1};
  uint32_t stride = strides[h % 6];
  unsigned char *m = malloc(n ? (size_t)n * stride : 1);
  memset(m, 0x5A, n ? (size_t)n * stride : 1);
  char *text = malloc(need ? need : 1);
  static const uint32_t roster_sizes[] = {sizeof(cocomm_roster), sizeof(cocomm_roster) + 8,
                                           sizeof(cocomm_roster) + 16, sizeof(cocomm_roster) + 3};
  error_make_with(&eb, pick(h, 4), pick(h, 5), 0);
  cocomm_roster *rp = roster_make(&rb, roster_sizes[pick(h, 6) % 4], (cocomm_member *)(void *)m, stride, n,
                                  need ? text : NULL, need);
  st = cocomm_roster_parse(csv, size, 0, rp, error_arg(&eb));
  error_judge(&eb, st, 0, 0);
  error_free(&eb);
  cocomm_roster parsed = roster_got(&rb, st);
  FUZZ_ASSERT(st == COCOMM_OK && parsed.count == n && parsed.text_needed == need);
  /* COCOMM_ROSTER_INIT over two arrays: what cocomm_roster_init sets. */
  {
    static cocomm_member few[4];
    static char few_text[256];
    cocomm_roster fr = COCOMM_ROSTER_INIT(few, few_text);
    cocomm_error fe = COCOMM_ERROR_INIT;
    int32_t fst = cocomm_roster_parse(csv, size, 0, &fr, &fe);
    FUZZ_ASSERT(fr.struct_size == sizeof fr && fr.member_size == sizeof few[0] && fr.capacity == 4);
    FUZZ_ASSERT(fst == (n <= 4 && need <= sizeof few_text ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL));
    FUZZ_ASSERT(fr.count == n && fr.text_needed == need && fe.status == fst);
  }
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
    error_make_with(&eb, pick(h, 20 + (uint32_t)kind), pick(h, 30 + (uint32_t)kind), 1);
    st = cocomm_committee_assess(&c, &fs, error_arg(&eb));
    error_judge(&eb, st, (int32_t)n, 0);
    if (error_small(&eb)) st = cocomm_committee_assess(&c, &fs, NULL);
    error_free(&eb);
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
    st = cocomm_committee_assess(&c, findings_arg(&fb), NULL);
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
  error_make_with(&eb, pick(h, 40), pick(h, 41), 0);
  st = cocomm_decision_assess(&c, &d, &r, NULL, &fs, error_arg(&eb));
  error_judge(&eb, st, (int32_t)n, 0);
  error_free(&eb);
  FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
  for (uint32_t i = 0; i < fs.count && i < 8; i++) oracle_finding_text(&items[i], &c, 0);
  FUZZ_ASSERT(r.eligible <= n && r.withdrawn <= n);
  size_t len = 0;
  cocomm_decision_format_register(&c, &d, &r, NULL, 0, &len);
  char *entry = malloc(len + 1);
  FUZZ_ASSERT(cocomm_decision_format_register(&c, &d, &r, entry, len + 1, NULL) == COCOMM_OK);
  FUZZ_ASSERT(oracle_csv("register entry", entry, len, 5) == 1);
  free(entry);
  free(present);
  free(conflicted);
  free(m);
  free(text);
  return 0;
}
