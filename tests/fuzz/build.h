/* SPDX-License-Identifier: MIT */
/* Caller structs built from the fuzzer's bytes, as a careless or hostile
 * caller would build them: cocomm_findings of odd struct and element sizes
 * (and the oracles every finding and its text must pass), members
 * and committees at odd strides with unterminated or control-laden names,
 * decisions, and whole editions of milestones (odd milestone_size and
 * struct_size, labels with control characters, identifiers that differ by
 * one control character, dates near 9999-12-31, times in the spring-forward
 * gap and the autumn repeat). Every buffer is allocated at its exact size so
 * that AddressSanitizer sees a read or write past it. */
#ifndef COCOMM_FUZZ_BUILD_H
#define COCOMM_FUZZ_BUILD_H

#include <cocomm/cocomm.h>

#include "fuzz.h"

/* ---- texts ---- */

/* Control characters worth trying: line breaks, terminal escapes, DEL. */
static inline char pick_ctl(uint8_t x) {
  static const char ctl[] = {'\r', '\n', '\t', 0x07, 0x1B, 0x7F, 0x01, 0x0B, 0x0C, 0x1F};
  return ctl[x % sizeof ctl];
}

/* A heap copy of s at its exact size. */
static inline char *dup_exact(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  memcpy(p, s, n);
  return p;
}

/* A name or body as committee.h allows or refuses it, on the heap at its
 * exact size; NULL sometimes. Mode 4 is COCOMM_NAME_MAX + 1 bytes with no
 * NUL whose last bytes begin a multi-byte character: reading past it is a
 * bug whatever the status. */
static inline char *take_name(bytes *b, int may_be_null) {
  char tmp[COCOMM_NAME_MAX + 2];
  uint8_t mode = take_u8(b);
  switch (mode % 8) {
    case 4: {
      char *p = malloc(COCOMM_NAME_MAX + 1);
      const char *fill = take_str(b, tmp, 16);
      size_t fl = strlen(fill);
      for (size_t i = 0; i <= COCOMM_NAME_MAX; i++) p[i] = fl ? (fill[i % fl] ? fill[i % fl] : 'a') : 'a';
      static const char *const tails[] = {"\xC3", "\xE2", "\xE2\x82", "\xF0", "\xF0\x9F", "\xF0\x9F\x98"};
      const char *tail = tails[take_u8(b) % 6];
      size_t tl = strlen(tail);
      memcpy(p + COCOMM_NAME_MAX + 1 - tl, tail, tl);
      return p;
    }
    case 5: { /* exactly COCOMM_NAME_MAX bytes: the longest name allowed */
      memset(tmp, 'n', COCOMM_NAME_MAX);
      tmp[COCOMM_NAME_MAX] = '\0';
      if (mode & 0x80) memcpy(tmp + COCOMM_NAME_MAX - 2, "\xC3\xA9", 2);
      return dup_exact(tmp);
    }
    case 6: {
      const char *base = take_str(b, tmp, 40);
      char out[64];
      size_t at = take_u8(b), bl = strlen(base);
      at = bl ? at % (bl + 1) : 0;
      memcpy(out, base, at);
      out[at] = pick_ctl(take_u8(b));
      memcpy(out + at + 1, base + at, bl - at + 1);
      return dup_exact(out);
    }
    case 7:
      if (may_be_null) return NULL;
      /* fall through */
    default:
      return dup_exact(take_str(b, tmp, 63));
  }
}

/* ---- error structs ---- */

/* A cocomm_error as a caller passes it: its struct_size and what is in it
 * before the call, from two bytes (take_back_u8, so that the front of the
 * input keeps its meaning; error_make_with() takes them from elsewhere):
 *   sel    0..159 sizeof(cocomm_error); 160..199 a newer caller's, 1 to 64
 *          bytes bigger; 200..223 below the first layout (0, 1, 4, 8, ...,
 *          COCOMM_ERROR_SIZE_V1 - 1), or sizeof when not may_be_small;
 *          224..255 none (the call gets NULL);
 *   fill   bit 0: a stale story from an earlier call (every field set,
 *          the text without a NUL) instead of COCOMM_ERROR_INIT; bit 1:
 *          cocomm_error_init() instead of the macro; the byte itself fills
 *          what lies past the fields (0xA5 for 0).
 * It lives on the heap at its struct_size (at least the 4 bytes of
 * struct_size itself) and ERROR_GUARD bytes more; error_judge() says
 * whether a call wrote past its struct_size, or wrote anything at all to
 * one below the first layout. */
#define ERROR_GUARD 32

typedef struct {
  unsigned char *p;   /* alloc bytes: the struct, then the guard */
  unsigned char *was; /* the same bytes before the call */
  size_t alloc;
  uint32_t size; /* its struct_size */
  int none;      /* the call gets NULL */
} error_buf;

/* The message a stale story points to: a call must replace it. */
static const char error_stale_message[] = "a stale story";

static inline void error_make_with(error_buf *eb, uint8_t sel, uint8_t fill, int may_be_small) {
  static const uint32_t bigger[] = {8, 16, 24, 1, 3, 5, 7, 64};
  static const uint32_t small[] = {0, 1, 4, 8, offsetof(cocomm_error, message), offsetof(cocomm_error, text),
                                   COCOMM_ERROR_SIZE_V1 - 8, COCOMM_ERROR_SIZE_V1 - 1};
  memset(eb, 0, sizeof *eb);
  eb->size = (uint32_t)sizeof(cocomm_error);
  if (sel >= 160 && sel < 200) eb->size += bigger[sel % 8];
  if (sel >= 200 && sel < 224 && may_be_small) eb->size = small[sel % 8];
  eb->none = sel >= 224;
  size_t body = eb->size < sizeof(uint32_t) ? sizeof(uint32_t) : eb->size;
  if (eb->size >= COCOMM_ERROR_SIZE_V1 && body < sizeof(cocomm_error)) body = sizeof(cocomm_error);
  eb->alloc = body + ERROR_GUARD;
  eb->p = malloc(eb->alloc);
  eb->was = malloc(eb->alloc);
  memset(eb->p, fill ? fill : 0xA5, eb->alloc);
  if (eb->size >= COCOMM_ERROR_SIZE_V1) {
    cocomm_error e = COCOMM_ERROR_INIT;
    if (fill & 2) {
      memset(&e, 0x3C, sizeof e);
      cocomm_error_init(&e);
      cocomm_error macro = COCOMM_ERROR_INIT;
      FUZZ_ASSERT(e.struct_size == macro.struct_size && e.status == macro.status && e.index == macro.index &&
                  e.field == macro.field && e.line == macro.line && e.column == macro.column &&
                  e.message == macro.message && e.text[0] == '\0');
    }
    if (fill & 1) {
      e.status = COCOMM_ERR_PARSE;
      e.index = 12345;
      e.field = 9999;
      e.line = e.column = 77;
      e.message = error_stale_message;
      memset(e.text, 0xFF, sizeof e.text); /* not even terminated */
    }
    memcpy(eb->p, &e, sizeof e);
  }
  memcpy(eb->p, &eb->size, sizeof eb->size);
  memcpy(eb->was, eb->p, eb->alloc);
}

/* The two bytes from the end of the input, sel first. */
static inline void error_make(error_buf *eb, bytes *back, int may_be_small) {
  uint8_t sel = take_back_u8(back);
  error_make_with(eb, sel, take_back_u8(back), may_be_small);
}

static inline cocomm_error *error_arg(const error_buf *eb) {
  return eb->none ? NULL : (cocomm_error *)(void *)eb->p;
}

static inline int error_small(const error_buf *eb) { return !eb->none && eb->size < COCOMM_ERROR_SIZE_V1; }

/* What the call left in the struct (call only when it is not small). */
static inline cocomm_error error_got(const error_buf *eb) {
  cocomm_error e;
  memcpy(&e, eb->p, sizeof e);
  return e;
}

/* Before calling again with the same struct: what it holds now is what
 * the next call must not write past. */
static inline void error_again(error_buf *eb) { memcpy(eb->was, eb->p, eb->alloc); }

static inline void error_free(error_buf *eb) {
  free(eb->p);
  free(eb->was);
}

/* The error oracle, after a call that returned st with eb: index must be
 * -1 or below n (below ccgs for COCOMM_FIELD_CCG_CODES, the committee's
 * code array). Returns the struct as the call left it (struct_size 0 when
 * there was none or it was too small to be written). */
static inline cocomm_error error_judge(const error_buf *eb, int32_t st, int32_t n, int32_t ccgs) {
  cocomm_error none;
  memset(&none, 0, sizeof none);
  if (eb->none) return none;
  if (error_small(eb)) {
    char why[96];
    snprintf(why, sizeof why, "struct_size %u is below the first layout: want COCOMM_ERR_STRUCT_SIZE",
             (unsigned)eb->size);
    if (st != COCOMM_ERR_STRUCT_SIZE) FUZZ_FAIL("error", why, NULL, 0, 0);
    for (size_t i = 0; i < eb->alloc; i++)
      if (eb->p[i] != eb->was[i])
        FUZZ_FAIL("error", "a struct_size below the first layout, yet written to", (const char *)eb->p, eb->alloc, i);
    return none;
  }
  for (size_t i = eb->size; i < eb->alloc; i++)
    if (eb->p[i] != eb->was[i])
      FUZZ_FAIL("error", "written past its struct_size", (const char *)eb->p, eb->alloc, i);
  cocomm_error e = error_got(eb);
  FUZZ_ASSERT(e.struct_size == eb->size); /* the caller's, never the library's */
  FUZZ_ASSERT(e.message != error_stale_message && e.message != NULL);
  oracle_message("error text", e.text, sizeof e.text);
  oracle_no_c1("error text: a C1 control character", e.text, strlen(e.text));
  if (st == COCOMM_OK) {
    FUZZ_ASSERT(e.status == COCOMM_OK && e.index == -1 && e.field == COCOMM_FIELD_NONE);
    FUZZ_ASSERT(e.message[0] == '\0' && e.text[0] == '\0' && e.line == 0 && e.column == 0);
    return e;
  }
  char what[160];
  snprintf(what, sizeof what, "error message (status %d, field %d, index %d)", (int)st, (int)e.field,
           (int)e.index);
  if (e.status != st) FUZZ_FAIL("error", "the status in the error is not the one returned", what, strlen(what), 0);
  oracle_text(what, e.message);
  size_t ml = strlen(e.message);
  if (ml == 0) FUZZ_FAIL("error", "a refusal without a message", what, strlen(what), 0);
  for (size_t i = 0; i < ml; i++)
    if (e.message[i] == '\t') FUZZ_FAIL("error", "a TAB in an error message", e.message, ml, i);
  oracle_no_c1(what, e.message, ml);
  if (strcmp(cocomm_field_name(e.field), "unknown") == 0)
    FUZZ_FAIL("error", "not a field cocomm_field_name() knows", what, strlen(what), 0);
  oracle_text("field name", cocomm_field_name(e.field));
  int32_t bound = e.field == COCOMM_FIELD_CCG_CODES ? ccgs : n;
  if (e.index < -1 || e.index >= bound) {
    char why[64];
    snprintf(why, sizeof why, "an index outside the input's array of %d", (int)bound);
    FUZZ_FAIL("error", why, what, strlen(what), 0);
  }
  if (st == COCOMM_ERR_BUFFER_TOO_SMALL) FUZZ_ASSERT(e.index == -1 && e.field == COCOMM_FIELD_NONE);
  /* A line and a column for text input only (a cell or a header cell), both or neither. */
  FUZZ_ASSERT((e.line == 0) == (e.column == 0));
  if (e.field != COCOMM_FIELD_TEXT && e.field != COCOMM_FIELD_HEADER) FUZZ_ASSERT(e.line == 0);
  return e;
}

/* Two calls with the same input, each with its own error struct, tell
 * the same story (when both were written). */
static inline void error_same(const cocomm_error *a, const cocomm_error *b) {
  if (a->struct_size == 0 || b->struct_size == 0) return;
  FUZZ_ASSERT(a->status == b->status && a->index == b->index && a->field == b->field);
  FUZZ_ASSERT(a->line == b->line && a->column == b->column);
  FUZZ_ASSERT(strcmp(a->message, b->message) == 0 && strcmp(a->text, b->text) == 0);
}

/* ---- findings ---- */

/* A cocomm_findings of the caller's struct_size over an array of the
 * caller's element size (16 bytes more, or 1 to 15 more: unaligned), or no
 * cocomm_findings at all (the check then only says whether the input is
 * good). */
typedef struct {
  cocomm_findings *fs; /* on the heap at exactly size bytes (or the full struct, if more) */
  unsigned char *buf;  /* cap elements of elem bytes; NULL when cap is 0 */
  uint32_t elem, cap, size;
  int none; /* the check gets NULL */
} findings_buf;

static inline void findings_make(findings_buf *f, bytes *b, uint32_t max_cap) {
  uint8_t sel = take_u8(b), s = take_u8(b);
  memset(f, 0, sizeof *f);
  f->cap = (sel & 0x3F) % (max_cap + 1);
  f->elem = (uint32_t)sizeof(cocomm_finding);
  if ((sel & 0xC0) == 0x80) f->elem += 16;                  /* a newer caller */
  if ((sel & 0xC0) == 0xC0) f->elem += 1 + take_u8(b) % 15; /* an odd one, unaligned */
  f->size = s < 200 ? (uint32_t)sizeof(cocomm_findings) : s < 220 ? (uint32_t)sizeof(cocomm_findings) + 8
                                                                    : COCOMM_FINDINGS_SIZE_V1 - 4;
  f->none = s >= 240;
  f->buf = f->cap ? malloc((size_t)f->cap * f->elem) : NULL;
  if (f->buf) memset(f->buf, 0xA5, (size_t)f->cap * f->elem);
  cocomm_findings whole;
  cocomm_findings_init(&whole, NULL, 0);
  whole.struct_size = f->size;
  whole.elem_size = f->elem;
  whole.capacity = f->cap;
  whole.items = (cocomm_finding *)(void *)f->buf;
  whole.count = whole.errors = whole.warnings = whole.information = 0xA5A5A5A5u;
  size_t alloc = f->size > sizeof whole ? f->size : sizeof whole;
  if (f->size < sizeof whole) alloc = f->size; /* an older, smaller struct: exactly that many bytes */
  unsigned char *p = malloc(alloc);
  memset(p, 0x5A, alloc);
  memcpy(p, &whole, alloc < sizeof whole ? alloc : sizeof whole);
  f->fs = (cocomm_findings *)(void *)p;
}

static inline cocomm_findings *findings_arg(const findings_buf *f) { return f->none ? NULL : f->fs; }

static inline void findings_free(findings_buf *f) {
  free(f->buf);
  free(f->fs);
}

static inline cocomm_findings findings_got(const findings_buf *f) {
  cocomm_findings got;
  memcpy(&got, f->fs, sizeof got);
  return got;
}

static inline cocomm_finding findings_at(const findings_buf *f, uint32_t i) {
  cocomm_finding x;
  memcpy(&x, f->buf + (size_t)i * f->elem, sizeof x);
  return x;
}

static inline int same_finding(const cocomm_finding *a, const cocomm_finding *b) {
  return memcmp(a, b, sizeof *a) == 0;
}

/* A finding's text, from cocomm_finding_format at every capacity the
 * bytes ask for: clean (fuzz.h's message oracle), and the same with and
 * without a committee to name members from, apart from the names. */
static inline void oracle_finding_text(const cocomm_finding *x, const cocomm_committee *c, size_t tiny) {
  for (int with = 0; with < 2; with++) {
    const cocomm_committee *by = with ? c : NULL;
    size_t need = 0, again = 0;
    int32_t st = cocomm_finding_format(x, by, NULL, 0, &need);
    if (cocomm_finding_template(x->message) == NULL) {
      FUZZ_ASSERT(st == COCOMM_ERR_INVALID_ARGUMENT);
      return;
    }
    FUZZ_ASSERT(st == COCOMM_ERR_BUFFER_TOO_SMALL || (st == COCOMM_OK && need == 0));
    char *text = malloc(need + 1);
    FUZZ_ASSERT(cocomm_finding_format(x, by, text, need + 1, &again) == COCOMM_OK && again == need);
    FUZZ_ASSERT(strlen(text) == need);
    oracle_message(with ? "finding text, members named" : "finding text", text, need + 1);
    if (tiny > 0 && tiny <= need) { /* too small: "" and the size */
      char *small = malloc(tiny);
      FUZZ_ASSERT(cocomm_finding_format(x, by, small, tiny, &again) == COCOMM_ERR_BUFFER_TOO_SMALL);
      FUZZ_ASSERT(again == need && small[0] == '\0');
      free(small);
    }
    free(text);
  }
}

/* Every finding written: a real severity, a rule of the catalogue, a
 * message with a template, a subject in range, a clean text; the counts
 * agree with what was written and the status with the count. */
static inline void oracle_findings(const findings_buf *f, int32_t st, int32_t subjects, const cocomm_committee *c) {
  if (st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL) return;
  if (f->none) {
    FUZZ_ASSERT(st == COCOMM_OK);
    return;
  }
  FUZZ_ASSERT(f->size >= COCOMM_FINDINGS_SIZE_V1);
  cocomm_findings got = findings_got(f);
  FUZZ_ASSERT((st == COCOMM_OK) == (got.count <= f->cap));
  FUZZ_ASSERT(got.errors + got.warnings + got.information == got.count);
  uint32_t by[4] = {0, 0, 0, 0};
  for (uint32_t i = 0; i < got.count && i < f->cap; i++) {
    cocomm_finding x = findings_at(f, i);
    FUZZ_ASSERT(x.severity >= COCOMM_SEVERITY_ERROR && x.severity <= COCOMM_SEVERITY_INFO);
    by[x.severity]++;
    const cocomm_rule *rule = cocomm_rule_get(x.rule);
    FUZZ_ASSERT(rule != NULL && cocomm_rule_find(rule->id) == rule);
    oracle_text("rule source", rule->source);
    FUZZ_ASSERT(cocomm_finding_template(x.message) != NULL);
    FUZZ_ASSERT(x.subject >= -1 && x.subject < subjects);
    oracle_finding_text(&x, c, (size_t)(i % 7));
  }
  if (got.count <= f->cap)
    FUZZ_ASSERT(by[1] == got.errors && by[2] == got.warnings && by[3] == got.information);
}

/* ---- members and committees ---- */

#define FUZZ_MAXM 24

typedef struct {
  unsigned char *arr; /* n elements of stride bytes */
  uint32_t n, stride;
  char **names, **bodies;
  char *codes_text[4];
  const char *codes[4];
  cocomm_committee c;
} fuzz_committee;

static inline uint32_t take_stride(bytes *b, uint32_t size, uint32_t v1) {
  uint8_t s = take_u8(b);
  if (s < 192) return size;
  switch (s % 5) {
    case 0: return size + 8;
    case 1: return size + 16;
    case 2: return size + 1 + take_u8(b) % 7; /* unaligned */
    case 3: return v1 - 1 - take_u8(b) % 8;   /* an older layout than any */
    default: return size + 4;
  }
}

static inline void committee_store(fuzz_committee *fc, uint32_t i, const cocomm_member *m) {
  memcpy(fc->arr + (size_t)i * fc->stride, m, fc->stride < sizeof *m ? fc->stride : sizeof *m);
}

static inline void committee_alloc(fuzz_committee *fc, uint32_t n, uint32_t stride) {
  fc->n = n;
  fc->stride = stride;
  fc->arr = malloc(n ? (size_t)n * stride : 1);
  memset(fc->arr, 0x5A, n ? (size_t)n * stride : 1);
  fc->names = calloc(n ? n : 1, sizeof *fc->names);
  fc->bodies = calloc(n ? n : 1, sizeof *fc->bodies);
  cocomm_committee_init(&fc->c);
  fc->c.members = (const cocomm_member *)(const void *)fc->arr;
  fc->c.member_count = n;
  fc->c.member_size = stride;
}

/* The committee's own fields after its members: kind, quorum, casting
 * vote, the CCGs it serves. */
static inline void committee_shell(fuzz_committee *fc, bytes *b) {
  cocomm_committee *c = &fc->c;
  uint8_t k = take_u8(b);
  c->kind = k < 240 ? 1 + k % 4 : (int32_t)(k % 7) - 1;
  uint8_t q = take_u8(b);
  c->casting_vote = q & 1;
  if (q & 2) {
    c->quorum.min_voting = take_u8(b) % 8;
    c->quorum.min_lay = take_u8(b) % 3;
    c->quorum.min_executive = take_u8(b) % 3;
    c->quorum.min_clinical = take_u8(b) % 3;
    c->quorum.presiding = take_u8(b) % 3;
    c->quorum.presiding_lay = take_u8(b) & 1;
  }
  if (q == 0xFF) { /* raw values: refused, never trusted */
    c->casting_vote = (int32_t)take_u32(b);
    c->quorum.min_voting = (int32_t)take_u32(b);
    c->quorum.presiding = (int8_t)take_u8(b);
    c->quorum.presiding_lay = (int8_t)take_u8(b);
  }
  uint32_t ncodes = (q >> 4) % 4;
  for (uint32_t i = 0; i < ncodes; i++) {
    static const char *const good[] = {"00Q", "13T", "00R", "99Z"};
    char tmp[8];
    uint8_t s = take_u8(b);
    fc->codes_text[i] = s < 200 ? dup_exact(good[s % 4]) : dup_exact(take_str(b, tmp, 5));
    fc->codes[i] = s == 0xFF ? NULL : fc->codes_text[i];
  }
  c->ccg_codes = ncodes ? fc->codes : NULL;
  c->ccg_count = ncodes;
  if (q == 0xFE) c->struct_size = take_u8(b);
}

/* Up to FUZZ_MAXM members of any kind. */
static inline void committee_make(fuzz_committee *fc, bytes *b) {
  memset(fc, 0, sizeof *fc);
  uint32_t n = take_u8(b) % (FUZZ_MAXM + 1);
  committee_alloc(fc, n, take_stride(b, sizeof(cocomm_member), COCOMM_MEMBER_SIZE_V1));
  for (uint32_t i = 0; i < n; i++) {
    cocomm_member m;
    cocomm_member_init(&m);
    uint8_t sel = take_u8(b);
    m.category = sel & 0x80 && sel & 0x08 ? (int32_t)take_u32(b) : 1 + sel % 8;
    m.voting = sel & 0x40 ? (int32_t)take_u8(b) % 3 : 1;
    m.position = (int32_t)(take_u8(b) % 4);
    fc->names[i] = take_name(b, (sel & 0x20) != 0);
    fc->bodies[i] = sel & 0x10 ? take_name(b, 1) : NULL;
    m.name = fc->names[i];
    m.body = fc->bodies[i];
    if (sel == 0xFF) m.struct_size = take_u8(b);
    committee_store(fc, i, &m);
  }
  committee_shell(fc, b);
}

static inline void committee_free(fuzz_committee *fc) {
  for (uint32_t i = 0; i < fc->n; i++) {
    free(fc->names[i]);
    free(fc->bodies[i]);
  }
  for (uint32_t i = 0; i < 4; i++) free(fc->codes_text[i]);
  free(fc->names);
  free(fc->bodies);
  free(fc->arr);
}

/* ---- decisions ---- */

typedef struct {
  uint8_t *present, *conflicted;
  int32_t *votes;
  char *item;
  cocomm_decision d;
} fuzz_decision;

static inline void decision_make(fuzz_decision *fd, bytes *b, uint32_t n) {
  memset(fd, 0, sizeof *fd);
  uint8_t sel = take_u8(b);
  fd->present = malloc(n ? n : 1);
  fd->conflicted = malloc(n ? n : 1);
  fd->votes = malloc((n ? n : 1) * sizeof *fd->votes);
  for (uint32_t i = 0; i < n; i++) {
    uint8_t x = take_u8(b);
    fd->present[i] = x == 0xFF ? 2 : x & 1;
    fd->conflicted[i] = x == 0xFE ? 3 : (x >> 1) & 1;
    fd->votes[i] = x == 0xFD ? -1 : (x >> 2) % (x & 0x80 ? 5 : 4);
  }
  cocomm_decision_init(&fd->d);
  fd->d.present = n || (sel & 1) ? fd->present : NULL;
  fd->d.conflicted = sel & 2 ? fd->conflicted : NULL;
  fd->d.votes = sel & 4 ? fd->votes : NULL;
  fd->d.casting = take_u8(b) % 4;
  fd->d.contract_award = sel & 8 ? 1 : sel == 0xF7 ? 2 : 0;
  if (sel & 0x10) {
    char tmp[128];
    static const char *const items[] = {"award of the APMS contract, Practice \"A\", 2015/16", "item 4;b,\\c",
                                        "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", ""};
    uint8_t m = take_u8(b);
    if (m % 4 == 0) {
      fd->item = dup_exact(take_str(b, tmp, 120));
    } else if (m % 4 == 1) {
      snprintf(tmp, sizeof tmp, "item%cnext", pick_ctl(take_u8(b)));
      fd->item = dup_exact(tmp);
    } else {
      fd->item = dup_exact(items[m % 4 == 2 ? take_u8(b) % 4 : 0]);
    }
    fd->d.item = fd->item;
  }
  if (sel & 0x20) {
    uint8_t y = take_u8(b);
    fd->d.date = (cocomm_date){(int16_t)(y < 250 ? 2014 + y % 4 : 9999 + y % 3 - 1), take_u8(b) % 14,
                               take_u8(b) % 33};
  }
  if (sel == 0xEF) fd->d.struct_size = take_u8(b);
}

static inline void decision_free(fuzz_decision *fd) {
  free(fd->present);
  free(fd->conflicted);
  free(fd->votes);
  free(fd->item);
}

/* ---- civil dates, computed here without the library ---- */

static inline int fuzz_weekday(int y, int m, int d) { /* ISO: 1 Monday .. 7 Sunday */
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y--;
  int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
  return w == 0 ? 7 : w;
}

static inline cocomm_date fuzz_last_sunday(int y, int m) {
  int d = fuzz_days_in_month(y, m);
  while (fuzz_weekday(y, m, d) != 7) d--;
  return (cocomm_date){(int16_t)y, (uint8_t)m, (uint8_t)d};
}

static inline cocomm_date fuzz_add_days(cocomm_date d, int k) {
  while (k-- > 0) {
    if (d.year == 9999 && d.month == 12 && d.day == 31) break;
    if (++d.day > fuzz_days_in_month(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        d.year++;
      }
    }
  }
  return d;
}

/* ---- milestones and editions ---- */

#define FUZZ_MAXMS 12
#define FUZZ_TEXT 96

typedef struct {
  unsigned char *arr; /* n milestones of stride bytes */
  uint32_t n, stride;
  char text[FUZZ_MAXMS][4][FUZZ_TEXT];
  char key[48], title[48], source[48];
  cocomm_milestone ms[FUZZ_MAXMS]; /* what was stored, at full size */
  cocomm_edition *e;               /* on the heap at the caller's struct_size */
  const cocomm_edition *use;       /* e, or a built-in edition */
} fuzz_edition;

static inline int16_t take_year(bytes *b) {
  uint8_t y = take_u8(b);
  if (y < 200) return (int16_t)(2010 + y % 12);
  if (y < 240) return (int16_t)(9990 + y % 10);
  return (int16_t)(1 + y % 3);
}

static inline void take_id(bytes *b, fuzz_edition *fe, uint32_t i, char *out) {
  uint8_t mode = take_u8(b);
  char tmp[FUZZ_TEXT];
  switch (mode % 8) {
    case 1: take_str(b, out, 40); break;
    case 2: strcpy(out, i ? fe->text[take_u8(b) % i][0] : "T-1"); break;
    case 3: { /* an earlier identifier with one control character more */
      strcpy(tmp, i ? fe->text[take_u8(b) % i][0] : "T-11");
      size_t len = strlen(tmp), at = take_u8(b) % (len + 1);
      memcpy(out, tmp, at);
      out[at] = pick_ctl(take_u8(b));
      memcpy(out + at + 1, tmp + at, len - at + 1);
      break;
    }
    case 4: { /* a long number */
      size_t k = 1 + take_u8(b) % 40;
      char digit = (char)('0' + take_u8(b) % 10);
      out[0] = 'T', out[1] = '-';
      for (size_t j = 0; j < k; j++) out[2 + j] = j == 0 && digit == '0' ? '9' : digit;
      out[2 + k] = '\0';
      break;
    }
    case 5: {
      static const char *const odd[] = {"T-11\xC3\xA9", "T-\xE2\x82\xAC", "\xF0\x9F\x98\x80-1", "T-1,2;3\\"};
      strcpy(out, odd[take_u8(b) % 4]);
      break;
    }
    default: snprintf(out, FUZZ_TEXT, "T-%u", (unsigned)(take_u8(b) % 40)); break;
  }
}

static inline void take_label(bytes *b, char *out) {
  uint8_t mode = take_u8(b);
  switch (mode % 6) {
    case 1: take_str(b, out, FUZZ_TEXT - 1); break;
    case 2: {
      char c = pick_ctl(take_u8(b));
      if (c == 0x1B)
        strcpy(out, "proposal \x1B[31mdue\x1B[0m");
      else
        snprintf(out, FUZZ_TEXT, "proposal%cdue", c);
      break;
    }
    case 3: { /* multi-byte characters across the 75-octet fold */
      static const char *const ch[] = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
      const char *c = ch[take_u8(b) % 3];
      size_t ascii = take_u8(b) % 80, cl = strlen(c), k = 0;
      while (k < ascii && k + 1 < FUZZ_TEXT) out[k++] = 'x';
      while (k + cl < FUZZ_TEXT) {
        memcpy(out + k, c, cl);
        k += cl;
      }
      out[k] = '\0';
      break;
    }
    case 4: strcpy(out, "a,b;c\\d\"e\"\n f"); break;
    case 5: out[0] = '\0'; break;
    default: strcpy(out, "proposals due"); break;
  }
}

/* A milestone's range and time: raw values, or consistent with a
 * precision, near the end of time, or in the hours the clocks change. */
static inline void take_when(bytes *b, cocomm_milestone *m) {
  uint8_t mode = take_u8(b);
  int y = take_year(b);
  int mo = 1 + take_u8(b) % 12;
  int p = 1 + take_u8(b) % 8;
  uint8_t x = take_u8(b);
  cocomm_date s = {(int16_t)y, (uint8_t)mo, 1}, e;
  int dim = fuzz_days_in_month(y, mo);
  switch (mode % 8) {
    case 0: /* raw */
      m->precision = p + (x & 1 ? 0 : (int)(x % 3)) - 1;
      m->start = (cocomm_date){(int16_t)y, (uint8_t)(take_u8(b) % 14), (uint8_t)(take_u8(b) % 33)};
      m->end = (cocomm_date){(int16_t)take_year(b), (uint8_t)(take_u8(b) % 14), (uint8_t)(take_u8(b) % 33)};
      m->has_time = take_u8(b) % 3;
      m->minute_of_day = (int32_t)(take_u16(b) % 1500) - 20;
      return;
    case 5: /* the hour that does not exist: 01:00-01:59 on the last Sunday of March */
    case 6: /* the hour that happens twice: 01:00-01:59 on the last Sunday of October */
      if (y < 1997 && y > 3) y = 2015;
      m->precision = COCOMM_PRECISION_EXACT;
      m->start = m->end = fuzz_last_sunday(y, mode % 8 == 5 ? 3 : 10);
      m->has_time = 1;
      m->minute_of_day = 60 + x % 60;
      if (take_u8(b) == 0xFF) m->minute_of_day = x & 1 ? 59 : 120; /* either side */
      return;
    case 7: { /* the last days there are */
      static const int precisions[] = {COCOMM_PRECISION_DAY, COCOMM_PRECISION_EXACT, COCOMM_PRECISION_DAY_SPAN,
                                       COCOMM_PRECISION_MONTH, COCOMM_PRECISION_LATE_MONTH,
                                       COCOMM_PRECISION_MONTH_SPAN};
      p = precisions[x % 6];
      y = 9999;
      mo = 12;
      dim = 31;
      s = (cocomm_date){9999, 12, 31};
      break;
    }
    default: break;
  }
  m->precision = p;
  m->has_time = p == COCOMM_PRECISION_EXACT;
  m->minute_of_day = m->has_time ? (int32_t)(take_u16(b) % 1440) : 0;
  if (mode % 8 == 7 && p == COCOMM_PRECISION_EXACT) m->minute_of_day = 23 * 60 + 59 - x % 3;
  switch (p) {
    case COCOMM_PRECISION_EXACT:
    case COCOMM_PRECISION_DAY:
      if (mode % 8 != 7) s.day = (uint8_t)(1 + take_u8(b) % dim);
      e = s;
      break;
    case COCOMM_PRECISION_EARLY_MONTH: s.day = 1, e = s, e.day = 10; break;
    case COCOMM_PRECISION_MID_MONTH: s.day = 11, e = s, e.day = 20; break;
    case COCOMM_PRECISION_LATE_MONTH: s.day = 21, e = s, e.day = (uint8_t)dim; break;
    case COCOMM_PRECISION_MONTH: s.day = 1, e = s, e.day = (uint8_t)dim; break;
    case COCOMM_PRECISION_DAY_SPAN:
      if (mode % 8 == 7) s = fuzz_add_days((cocomm_date){9999, 12, 1}, x % 30);
      else s.day = (uint8_t)(1 + take_u8(b) % dim);
      e = fuzz_add_days(s, 1 + take_u8(b) % 60);
      break;
    default: { /* month span */
      int months = 1 + take_u8(b) % 14, ey = y, em = mo + months;
      while (em > 12) em -= 12, ey++;
      if (ey > 9999) ey = 9999, em = 12;
      if (mode % 8 == 7) y = 9999, mo = 11;
      s = (cocomm_date){(int16_t)y, (uint8_t)mo, 1};
      e = (cocomm_date){(int16_t)ey, (uint8_t)em, (uint8_t)fuzz_days_in_month(ey, em)};
      break;
    }
  }
  m->start = s;
  m->end = e;
}

static inline void take_milestone(bytes *b, fuzz_edition *fe, uint32_t i, cocomm_milestone *m) {
  char(*t)[FUZZ_TEXT] = fe->text[i];
  cocomm_milestone_init(m);
  uint8_t k = take_u8(b);
  m->kind = k < 240 ? 1 + k % 3 : (int32_t)(k % 6) - 1;
  uint8_t models = take_u8(b);
  m->models = models < 224 ? (uint32_t)((models % 7) + 1) << 1 : models & 0x1Fu;
  take_id(b, fe, i, t[0]);
  m->id = t[0];
  take_label(b, t[1]);
  m->label = t[1];
  uint8_t extra = take_u8(b);
  switch (extra % 4) {
    case 0: m->source = NULL; break;
    case 1: m->source = "002 \xC2\xA7" "7.1.2"; break;
    case 2: m->source = take_str(b, t[2], 40); break;
    default: snprintf(t[2], FUZZ_TEXT, "002%c7", pick_ctl(take_u8(b))), m->source = t[2]; break;
  }
  switch ((extra >> 2) % 4) {
    case 0: m->note = NULL; break;
    case 1: m->note = ""; break;
    case 2: m->note = take_str(b, t[3], 60); break;
    default: take_label(b, t[3]), m->note = t[3]; break;
  }
  take_when(b, m);
  m->submission = m->kind == COCOMM_MILESTONE_DEADLINE ? (extra >> 4) & 1 : 0;
  m->go_live_fy = (extra >> 5) == 7 ? 9998 + (int32_t)(take_u8(b) % 3) : 2014 + (extra >> 5);
  if (extra == 0xFF) {
    m->submission = (int32_t)(take_u8(b) % 3);
    m->has_time = (int32_t)(take_u8(b) % 3);
    m->struct_size = take_u8(b);
  }
}

static inline void edition_make(fuzz_edition *fe, bytes *b) {
  memset(fe, 0, sizeof *fe);
  uint8_t sel = take_u8(b);
  if (sel >= 248) { /* a built-in edition, as it is */
    fe->use = cocomm_edition_at(sel % 2);
    return;
  }
  uint32_t n = take_u8(b) % (FUZZ_MAXMS + 1);
  fe->n = n;
  fe->stride = take_stride(b, sizeof(cocomm_milestone), COCOMM_MILESTONE_SIZE_V1);
  size_t bytes_needed = n ? (size_t)n * fe->stride : 1;
  fe->arr = malloc(bytes_needed);
  memset(fe->arr, 0x5A, bytes_needed);
  for (uint32_t i = 0; i < n; i++) {
    take_milestone(b, fe, i, &fe->ms[i]);
    memcpy(fe->arr + (size_t)i * fe->stride, &fe->ms[i],
           fe->stride < sizeof fe->ms[i] ? fe->stride : sizeof fe->ms[i]);
  }
  cocomm_edition e;
  cocomm_edition_init(&e);
  e.milestone_size = fe->stride;
  e.milestones = (const cocomm_milestone *)(const void *)fe->arr;
  e.milestone_count = n;
  switch (sel % 8) {
    case 0: e.key = "2014-11"; break;
    case 1: e.key = take_str(b, fe->key, 40); break;
    case 2: snprintf(fe->key, sizeof fe->key, "cycle%c2016", pick_ctl(take_u8(b))), e.key = fe->key; break;
    case 3: e.key = sel & 0x80 ? NULL : "caf\xC3\xA9"; break;
    default: e.key = "fuzz"; break;
  }
  if (sel & 0x10) e.title = take_str(b, fe->title, 40);
  if (sel & 0x20) e.source = take_str(b, fe->source, 40);
  e.published = (cocomm_instant)(int32_t)take_u32(b) + INT64_C(1420000000);
  uint32_t size = (uint32_t)sizeof e;
  if (sel & 0x40) {
    uint8_t s = take_u8(b);
    size = s < 128 ? size + 8 : s < 192 ? COCOMM_EDITION_SIZE_V1 - 1 - s % 8 : s;
  }
  e.struct_size = size;
  fe->e = malloc(size > sizeof e ? size : sizeof e);
  memset(fe->e, 0x5A, size > sizeof e ? size : sizeof e);
  memcpy(fe->e, &e, size < sizeof e ? size : sizeof e);
  if (size < sizeof e) { /* an older, smaller struct: exactly that many bytes */
    cocomm_edition *small = malloc(size ? size : 1);
    memcpy(small, &e, size);
    free(fe->e);
    fe->e = small;
  }
  fe->use = fe->e;
}

static inline void edition_free(fuzz_edition *fe) {
  free(fe->arr);
  free(fe->e);
}

/* A milestone in words, for an oracle's report. */
static inline const char *describe_milestone(const cocomm_milestone *m, int32_t status, char *out, size_t cap) {
  snprintf(out, cap, "status %d for milestone kind %d precision %d %04d-%02d-%02d..%04d-%02d-%02d has_time %d minute %d",
           (int)status, (int)m->kind, (int)m->precision, m->start.year, m->start.month, m->start.day, m->end.year,
           m->end.month, m->end.day, (int)m->has_time, (int)m->minute_of_day);
  return out;
}

/* Milestone i of an edition, at its element size. */
static inline const cocomm_milestone *edition_ms(const cocomm_edition *e, uint32_t i) {
  return (const cocomm_milestone *)(const void *)((const unsigned char *)e->milestones + (size_t)i * e->milestone_size);
}

static inline int applies(const cocomm_milestone *m, int32_t model) {
  return model == COCOMM_MODEL_NONE || (m->models & (1u << model));
}

#endif
