/* SPDX-License-Identifier: MIT */
/* Caller structs built from the fuzzer's bytes, as a careless or hostile
 * caller would build them: cocomm_findings of odd struct and element sizes
 * (and the oracles every finding and its text must pass), members
 * and committees at odd strides with unterminated or control-laden names,
 * bodies and tags in range and out, terms of reference (clauses of every
 * kind, named tags with good and bad names, out-of-range values, odd
 * struct_size, or none), decisions (stays, the member chosen to preside,
 * the casting voter), what the rules say a decision and a committee's
 * findings must be, worked out here without the library (oracle_decision,
 * oracle_committee_findings), and what a register entry must say
 * (oracle_register); and whole editions of milestones (odd milestone_size and
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

/* Two answers that must be equal; says both when they are not. */
#define REF_SAME(what, got, want)                                                                    \
  do {                                                                                               \
    long long got_ = (long long)(got), want_ = (long long)(want);                                    \
    if (got_ != want_) {                                                                             \
      char why_[160];                                                                                \
      snprintf(why_, sizeof why_, "%s: the library says %lld, the rules %lld", what, got_, want_);   \
      fuzz_fail(__FILE__, __LINE__, "rules", why_, NULL, 0, 0);                                      \
    }                                                                                                \
  } while (0)

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
static inline cocomm_error error_judge_terms(const error_buf *eb, int32_t st, int32_t n, int32_t ccgs, int terms);
static inline cocomm_error error_judge(const error_buf *eb, int32_t st, int32_t n, int32_t ccgs) {
  return error_judge_terms(eb, st, n, ccgs, 0);
}

/* The same for a call that reads terms of reference (terms 1): their
 * refusal names a clause (quorum clauses 0.., membership clauses 100..)
 * or a named tag (COCOMM_TAG_FIRST_NAMED..31) in index. */
static inline cocomm_error error_judge_terms(const error_buf *eb, int32_t st, int32_t n, int32_t ccgs, int terms) {
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
  int clause = terms && (e.field == COCOMM_FIELD_CLAUSE || e.field == COCOMM_FIELD_CATEGORY ||
                         e.field == COCOMM_FIELD_TAGS || e.field == COCOMM_FIELD_POSITION ||
                         e.field == COCOMM_FIELD_VOTING || e.field == COCOMM_FIELD_BODY_KIND) &&
               ((e.index >= 0 && e.index < (int32_t)COCOMM_CLAUSES_MAX) ||
                (e.index >= 100 && e.index < 100 + (int32_t)COCOMM_CLAUSES_MAX));
  int tag = terms && e.field == COCOMM_FIELD_TAG_NAME && e.index >= (int32_t)COCOMM_TAG_FIRST_NAMED &&
            e.index < (int32_t)COCOMM_TAGS_MAX;
  if (!clause && !tag && (e.index < -1 || e.index >= bound)) {
    char why[64];
    snprintf(why, sizeof why, "an index outside the input's array of %d", (int)bound);
    FUZZ_FAIL("error", why, what, strlen(what), 0);
  }
  if (st == COCOMM_ERR_BUFFER_TOO_SMALL) FUZZ_ASSERT(e.index == -1 && e.field == COCOMM_FIELD_NONE);
  /* A line and a column for text input only (a cell or a header cell), both or neither; an
   * error in text names where, never a member (the field may say which kind of cell). */
  FUZZ_ASSERT((e.line == 0) == (e.column == 0));
  if (e.line != 0) FUZZ_ASSERT(e.index == -1);
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

/* ---- terms of reference ---- */

/* A named tag: one of three numbers at the low end of the named tags
 * (16, 17, 18) or, with high, at the top (31, 30, 29: bit 31 too). */
static inline uint32_t named_tag(uint8_t x, int high) {
  return high ? COCOMM_TAGS_MAX - 1u - x % 3u : COCOMM_TAG_FIRST_NAMED + x % 3u;
}

/* The name of a named tag as terms.h allows or refuses it, into out
 * (COCOMM_TAG_NAME_SIZE bytes, every one written): plain, accented, one
 * that spells an office, the longest there is, none at all (""), or
 * refused: no NUL within the field, a control character, not UTF-8. */
static inline void take_tag_name(bytes *b, char *out) {
  static const char *const good[] = {"quality lead", "deputy chief officer", "caf\xC3\xA9 lead",
                                     "Registered Nurse", "lay person, audit \"A\"", "chief officer"};
  static const char *const bad[] = {"caf\xC3", "\xC0\xAF lead", "\xED\xA0\x80 lead", "\xF4\x90\x80\x80",
                                    "\xC2\x85 lead", "lead\xE2\x82"};
  char tmp[COCOMM_TAG_NAME_SIZE];
  uint8_t mode = take_u8(b);
  memset(out, 0, COCOMM_TAG_NAME_SIZE);
  switch (mode % 8) {
    case 3: take_str(b, tmp, COCOMM_TAG_NAME_SIZE - 1), memcpy(out, tmp, strlen(tmp)); break;
    case 4: /* the longest: 47 bytes, the last two a character */
      memset(out, 'q', COCOMM_TAG_NAME_SIZE - 1);
      if (mode & 0x80) memcpy(out + COCOMM_TAG_NAME_SIZE - 3, "\xC3\xA9", 2);
      break;
    case 5: /* no NUL in the field, a lead byte last */
      memset(out, 'u', COCOMM_TAG_NAME_SIZE);
      if (mode & 0x80) out[COCOMM_TAG_NAME_SIZE - 1] = '\xC3';
      break;
    case 6: snprintf(out, COCOMM_TAG_NAME_SIZE, "quality%clead", pick_ctl(take_u8(b))); break;
    case 7: strcpy(out, bad[take_u8(b) % 6]); break;
    default: strcpy(out, good[(mode >> 3) % 6]); break;
  }
}

/* A clause from three bytes (and those its set needs):
 *   m    0..199 min 0..4; 200..229 COCOMM_CLAUSE_ALL; above, raw mins
 *        (-2, 1025, INT32_MIN, INT32_MAX, 1024, -1);
 *   set  % 4: every member; categories (the next byte, shifted to bits
 *        1..8); an office (bits 2-5 % 13; 15: none) and, with bits 6-7 not
 *        0, a named tag (named_tag(bits 6-7 less 1)); or categories (the
 *        next byte) and tags (the next two: offices in bits 0-12, named
 *        tags 0..2 in bits 13-15, as "the chief officer, the chief
 *        finance officer or ..." says); 0xFE an office kept for later (13);
 *   how  positions (any, chair or vice-chair, chair, members only),
 *        voting (% 3), body (% 4); 0xFC.. put one field out of range.
 * Unused clauses of the terms stay 0xA5 bytes: no call may read them. */
static inline void take_clause(bytes *b, cocomm_clause *k, int high) {
  static const int32_t raw_min[] = {-2, 1025, INT32_MIN, INT32_MAX, 1024, COCOMM_CLAUSE_ALL};
  static const uint32_t positions[] = {0, COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) |
                                              COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR),
                                       COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR),
                                       COCOMM_POSITION_BIT(COCOMM_POSITION_NONE)};
  uint8_t m = take_u8(b), set = take_u8(b), how = take_u8(b);
  memset(k, 0, sizeof *k);
  k->min = m < 200 ? m % 5 : m < 230 ? COCOMM_CLAUSE_ALL : raw_min[m % 6];
  if (set % 4 == 1 || set % 4 == 3) k->categories = (uint32_t)take_u8(b) << 1;
  if (set % 4 == 2 && ((set >> 2) & 15u) != 15) k->tags = COCOMM_TAG_BIT(((set >> 2) & 15u) % COCOMM_OFFICES_KNOWN);
  if (set % 4 == 2 && set >> 6) k->tags |= COCOMM_TAG_BIT(named_tag((uint8_t)((set >> 6) - 1), high));
  if (set % 4 == 3) {
    uint16_t tags = take_u16(b);
    k->tags = tags & ((1u << COCOMM_OFFICES_KNOWN) - 1u);
    for (uint8_t j = 0; j < 3; j++)
      if (tags >> (13 + j) & 1) k->tags |= COCOMM_TAG_BIT(named_tag(j, high));
  }
  if (set == 0xFE) k->tags = COCOMM_TAG_BIT(COCOMM_OFFICES_KNOWN);
  k->positions = positions[how % 4];
  k->voting = (how >> 2) % 3;
  k->body = (how >> 4) % 4;
  if (how >= 0xFC) {
    switch (how % 4) {
      case 0: k->positions |= COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR + 1); break;
      case 1: k->voting = COCOMM_COUNT_ANY + 1; break;
      case 2: k->body = -1; break;
      default: k->categories |= 1u | COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_OTHER + 1); break;
    }
  }
}

/* Terms of reference as a caller fills them in, at the caller's
 * struct_size, on the heap at exactly that size. */
typedef struct {
  cocomm_terms full;  /* what was made, at full size */
  unsigned char *p;   /* the caller's struct: size bytes (at least 4) */
  uint32_t size;
} fuzz_terms;

/* Two bytes, then the clauses and the tag names:
 *   t  bit 0 majority (present and entitled), bit 1 casting vote, bits
 *      2-3 presiding (3: by kind), bits 4-6 quorum clauses (% 5), bit 7
 *      named tags at the top (31, 30, 29) rather than at 16, 17, 18;
 *   u  bits 0-1 membership clauses, bits 2-3 named tags (0..3), bits 4-7:
 *      15 raw enumerations (majority, casting vote, presiding, refused
 *      unless in range), 14 raw clause counts (above 16: refused), 13 a
 *      struct_size below the first layout (refused), 12 a newer caller's,
 *      bigger (the bytes past ours are 0x5A and must be ignored). */
static inline void terms_make(fuzz_terms *ft, bytes *b) {
  static const uint32_t small[] = {0, 4, 8, offsetof(cocomm_terms, quorum), offsetof(cocomm_terms, tag_names),
                                   COCOMM_TERMS_SIZE_V1 - COCOMM_TAG_NAME_SIZE, COCOMM_TERMS_SIZE_V1 - 4,
                                   COCOMM_TERMS_SIZE_V1 - 1};
  static const uint32_t bigger[] = {8, 16, 3, 64};
  static const cocomm_terms macro = COCOMM_TERMS_INIT;
  cocomm_terms *t = &ft->full;
  memset(t, 0x3C, sizeof *t);
  cocomm_terms_init(t);
  FUZZ_ASSERT(memcmp(t, &macro, sizeof macro) == 0);
  uint8_t x = take_u8(b), u = take_u8(b);
  const int high = (x & 0x80) != 0;
  t->majority = x & 1;
  t->casting_vote = (x >> 1) & 1;
  t->presiding = (x >> 2) % 4 == 3 ? COCOMM_PRESIDE_BY_KIND : (x >> 2) % 4;
  t->quorum_count = ((uint32_t)x >> 4 & 7) % 5;
  t->membership_count = u % 4;
  memset(t->quorum, 0xA5, sizeof t->quorum);
  memset(t->membership, 0xA5, sizeof t->membership);
  for (uint32_t i = 0; i < t->quorum_count; i++) take_clause(b, &t->quorum[i], high);
  for (uint32_t i = 0; i < t->membership_count; i++) take_clause(b, &t->membership[i], high);
  for (uint32_t i = 0; i < (u >> 2) % 4; i++) take_tag_name(b, t->tag_names[high ? 15 - i : i]);
  ft->size = (uint32_t)sizeof *t;
  switch (u >> 4) {
    case 15:
      t->majority = (int32_t)take_u32(b) % 4;
      t->casting_vote = (int8_t)take_u8(b);
      t->presiding = (int8_t)take_u8(b) % 5;
      break;
    case 14: {
      uint8_t c = take_u8(b);
      if (c & 1) t->quorum_count = COCOMM_CLAUSES_MAX + 1u + c % 4;
      else t->membership_count = c & 2 ? 0xFFFFFFFFu : COCOMM_CLAUSES_MAX + 1u;
      break;
    }
    case 13: ft->size = small[take_u8(b) % 8]; break;
    case 12: ft->size += bigger[take_u8(b) % 4]; break;
    default: break;
  }
  size_t alloc = ft->size < sizeof(uint32_t) ? sizeof(uint32_t) : ft->size;
  ft->p = malloc(alloc);
  memset(ft->p, 0x5A, alloc);
  memcpy(ft->p, t, alloc < sizeof *t ? alloc : sizeof *t);
  memcpy(ft->p, &ft->size, sizeof ft->size);
  t->struct_size = ft->size;
}

static inline const cocomm_terms *terms_arg(const fuzz_terms *ft) {
  return ft->p ? (const cocomm_terms *)(const void *)ft->p : NULL;
}

/* ---- members and committees ---- */

#define FUZZ_MAXM 24

typedef struct {
  unsigned char *arr; /* n elements of stride bytes */
  uint32_t n, stride;
  char **names, **bodies;
  cocomm_member *full; /* what was stored, at full size */
  uint8_t *pick;       /* per member: how its body_ccg is chosen once the CCGs are known */
  char *codes_text[4];
  const char *codes[4];
  fuzz_terms terms;
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
  fc->full[i] = *m;
  memcpy(fc->arr + (size_t)i * fc->stride, m, fc->stride < sizeof *m ? fc->stride : sizeof *m);
}

static inline void committee_alloc(fuzz_committee *fc, uint32_t n, uint32_t stride) {
  fc->n = n;
  fc->stride = stride;
  fc->arr = malloc(n ? (size_t)n * stride : 1);
  memset(fc->arr, 0x5A, n ? (size_t)n * stride : 1);
  fc->names = calloc(n ? n : 1, sizeof *fc->names);
  fc->bodies = calloc(n ? n : 1, sizeof *fc->bodies);
  fc->full = calloc(n ? n : 1, sizeof *fc->full);
  fc->pick = calloc(n ? n : 1, 1);
  cocomm_committee_init(&fc->c);
  fc->c.members = (const cocomm_member *)(const void *)fc->arr;
  fc->c.member_count = n;
  fc->c.member_size = stride;
}

/* A member's tags from a byte: an office, a named tag (low or high), both,
 * or several offices; 0xE0.. an office kept for later, 0xF0.. four raw
 * bytes. */
static inline uint32_t take_tags(bytes *b) {
  uint8_t t = take_u8(b);
  switch (t % 4) {
    case 0: return COCOMM_TAG_BIT((t >> 2) % COCOMM_OFFICES_KNOWN);
    case 1: return COCOMM_TAG_BIT(named_tag((uint8_t)(t >> 2), t & 0x80));
    case 2: return COCOMM_TAG_BIT((t >> 2) % COCOMM_OFFICES_KNOWN) | COCOMM_TAG_BIT(named_tag((uint8_t)(t >> 4), t & 0x80));
    default:
      if (t >= 0xF0) return take_u32(b);
      if (t >= 0xE0) return COCOMM_TAG_BIT(COCOMM_OFFICES_KNOWN + t % 3u);
      return (uint32_t)(t >> 2) & 0x3Fu;
  }
}

/* The committee's own fields after its members: kind; then a byte q:
 * bits 0-1 terms of reference (0: none, the defaults), bits 4-5 the CCGs
 * it serves (0..3 codes); 0xFE a committee struct_size from the next
 * byte, 0xFD a reserved0 that is not 0. Then each member's body_ccg, now
 * that the CCGs are known. */
static inline void committee_shell(fuzz_committee *fc, bytes *b) {
  cocomm_committee *c = &fc->c;
  uint8_t k = take_u8(b);
  c->kind = k < 240 ? 1 + k % 4 : (int32_t)(k % 7) - 1;
  uint8_t q = take_u8(b);
  if (q & 3) {
    terms_make(&fc->terms, b);
    c->terms = terms_arg(&fc->terms);
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
  if (q == 0xFD) c->reserved0 = 1u + take_u8(b);
  /* body_ccg: one of the committee's CCGs, unless the member's byte says
   * raw (bit 7: 0..3 whatever the count; 0xFE: any value). */
  for (uint32_t i = 0; i < fc->n; i++) {
    cocomm_member m = fc->full[i];
    uint8_t x = fc->pick[i];
    if (x == 0xFE) {
      m.body_ccg = (int8_t)take_u8(b);
    } else if (m.body_kind == COCOMM_BODY_CCG && (x & 0x10)) {
      m.body_ccg = (x >> 2) % 4;
      if (!(x & 0x80) && ncodes > 0) m.body_ccg %= (int32_t)ncodes;
    }
    committee_store(fc, i, &m);
  }
}

/* Up to FUZZ_MAXM members of any kind. Each member: sel (category, voting,
 * name, body, struct_size as before), its position, and x: bit 4 the body
 * it belongs to (body_kind x % 4; body_ccg from bits 2-3, see
 * committee_shell), bit 5 tags (take_tags), 0xFF a raw body_kind, 0xFE a
 * raw body_ccg, 0xFD a reserved0 that is not 0. */
static inline void committee_make(fuzz_committee *fc, bytes *b) {
  memset(fc, 0, sizeof *fc);
  uint32_t n = take_u8(b) % (FUZZ_MAXM + 1);
  committee_alloc(fc, n, take_stride(b, sizeof(cocomm_member), COCOMM_MEMBER_SIZE_V1));
  for (uint32_t i = 0; i < n; i++) {
    static const cocomm_member macro = COCOMM_MEMBER_INIT;
    cocomm_member m;
    memset(&m, 0x3C, sizeof m);
    cocomm_member_init(&m);
    FUZZ_ASSERT(memcmp(&m, &macro, sizeof m) == 0);
    uint8_t sel = take_u8(b);
    m.category = sel & 0x80 && sel & 0x08 ? (int32_t)take_u32(b) : 1 + sel % 8;
    m.voting = sel & 0x40 ? (int32_t)take_u8(b) % 3 : 1;
    m.position = (int32_t)(take_u8(b) % 4);
    uint8_t x = take_u8(b);
    if (x & 0x10) m.body_kind = x % 4;
    if (x & 0x20) m.tags = take_tags(b);
    if (x == 0xFF) m.body_kind = (int8_t)take_u8(b);
    if (x == 0xFD) m.reserved0 = 1u + take_u8(b);
    fc->pick[i] = x;
    fc->names[i] = take_name(b, (sel & 0x20) != 0);
    fc->bodies[i] = sel & 0x10 ? take_name(b, 1) : NULL;
    m.name = fc->names[i];
    m.body = fc->bodies[i];
    if (sel == 0xFF) m.struct_size = take_u8(b);
    fc->full[i] = m;
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
  free(fc->full);
  free(fc->pick);
  free(fc->terms.p);
  free(fc->arr);
}

/* The terms a committee's checks read: its own when it has them (NULL when
 * it has none: the defaults). */
static inline const cocomm_terms *committee_terms(const fuzz_committee *fc) {
  return fc->terms.p ? &fc->terms.full : NULL;
}

/* What a committee's checks must say of its terms, right after its own
 * struct_size and before anything else: COCOMM_OK when it has none or
 * they are sound; else the status, and in *e the story cocomm_terms_check
 * tells (for a struct_size below the first layout, the committee's:
 * COCOMM_FIELD_TERMS, index -1). */
static inline int32_t terms_verdict(const fuzz_committee *fc, cocomm_error *e) {
  cocomm_error_init(e);
  if (fc->terms.p == NULL) return COCOMM_OK;
  if (fc->terms.size < COCOMM_TERMS_SIZE_V1) {
    e->status = COCOMM_ERR_STRUCT_SIZE;
    e->field = COCOMM_FIELD_TERMS;
    e->message = NULL; /* the committee's words, not the terms' */
    return COCOMM_ERR_STRUCT_SIZE;
  }
  int32_t st = cocomm_terms_check(terms_arg(&fc->terms), e);
  FUZZ_ASSERT(e->status == st);
  if (st != COCOMM_OK) {
    oracle_text("terms error message", e->message);
    oracle_message("terms error text", e->text, sizeof e->text);
    if (e->field == COCOMM_FIELD_TAG_NAME)
      FUZZ_ASSERT(e->index >= (int32_t)COCOMM_TAG_FIRST_NAMED && e->index < (int32_t)COCOMM_TAGS_MAX);
    else if (e->index >= 100)
      FUZZ_ASSERT((uint32_t)(e->index - 100) < fc->terms.full.membership_count);
    else if (e->index >= 0)
      FUZZ_ASSERT((uint32_t)e->index < fc->terms.full.quorum_count);
    else
      FUZZ_ASSERT(e->index == -1);
  }
  return st;
}

/* A committee refused: when its own struct_size is sound and its terms are
 * not, it is refused for them, as terms_verdict() says (the same story). */
static inline void oracle_refused_for_terms(const fuzz_committee *fc, int32_t st, const cocomm_error *got) {
  cocomm_error want;
  int32_t verdict = terms_verdict(fc, &want);
  if (fc->c.struct_size < COCOMM_COMMITTEE_SIZE_V1 || verdict == COCOMM_OK) return;
  REF_SAME("a committee whose terms are refused: its status", st, verdict);
  if (got->struct_size == 0) return;
  FUZZ_ASSERT(got->field == want.field && got->index == want.index);
  if (want.message) FUZZ_ASSERT(strcmp(got->message, want.message) == 0 && strcmp(got->text, want.text) == 0);
}

/* ---- decisions ---- */

typedef struct {
  uint8_t *present, *conflicted, *stayed;
  int32_t *votes;
  char *item;
  cocomm_decision d;
} fuzz_decision;

/* A member index for chosen or casting_by: mostly -1 or a member, n (one
 * past the last) now and then, raw values rarely. */
static inline int32_t take_member_index(bytes *b, uint32_t n) {
  uint8_t x = take_u8(b);
  if (x == 0xFF) return (int32_t)take_u32(b);
  if (x >= 0xF0) return x & 1 ? (int32_t)n : -2;
  return (int32_t)(x % (n + 1)) - 1;
}

/* sel: bit 0 a present array even for no member, 1 conflicted, 2 votes,
 * 3 contract award (0xF7: 2), 4 an item, 5 a date, 6 stayed (a byte a
 * member after the others), 7 chosen and casting_by; 0xEF a struct_size. */
static inline void decision_make(fuzz_decision *fd, bytes *b, uint32_t n) {
  memset(fd, 0, sizeof *fd);
  uint8_t sel = take_u8(b);
  fd->present = malloc(n ? n : 1);
  fd->conflicted = malloc(n ? n : 1);
  fd->stayed = malloc(n ? n : 1);
  fd->votes = malloc((n ? n : 1) * sizeof *fd->votes);
  for (uint32_t i = 0; i < n; i++) {
    uint8_t x = take_u8(b);
    fd->present[i] = x == 0xFF ? 2 : x & 1;
    fd->conflicted[i] = x == 0xFE ? 3 : (x >> 1) & 1;
    fd->votes[i] = x == 0xFD ? -1 : (x >> 2) % (x & 0x80 ? 5 : 4);
  }
  static const cocomm_decision macro = COCOMM_DECISION_INIT; /* static: its padding is 0, as the library's */
  memset(&fd->d, 0x3C, sizeof fd->d);
  cocomm_decision_init(&fd->d);
  FUZZ_ASSERT(memcmp(&fd->d, &macro, sizeof macro) == 0);
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
  if (sel & 0x40) {
    for (uint32_t i = 0; i < n; i++) {
      uint8_t x = take_u8(b);
      fd->stayed[i] = x == 0xFF ? 2 : x & 1;
    }
    fd->d.stayed = fd->stayed;
  }
  if (sel & 0x80) {
    fd->d.chosen = take_member_index(b, n);
    fd->d.casting_by = take_member_index(b, n);
  }
  if (sel == 0xEF) fd->d.struct_size = take_u8(b);
}

static inline void decision_free(fuzz_decision *fd) {
  free(fd->present);
  free(fd->conflicted);
  free(fd->stayed);
  free(fd->votes);
  free(fd->item);
}

/* ---- what a committee and a decision must conclude ---- */

/* RULES.md and the headers read here without the library: who withdraws
 * and who may vote (I-6, C-3, C-9), who presides (C-15), the quorum and
 * membership clauses (C-13, as terms.h defines a clause), the lay and
 * executive majority left for the item (C-2 through I-6), the tally (C-14,
 * C-16, I-4), and what the findings must say about each. */

static inline int ref_observer(int32_t category) {
  return category == COCOMM_CATEGORY_HEALTHWATCH || category == COCOMM_CATEGORY_HWB;
}

/* A voting member: marked voting and not an observer (C-3). */
static inline int ref_votes(const cocomm_member *m) { return m->voting == 1 && !ref_observer(m->category); }

/* Lay, executive or NHS England: the C-2 side. */
static inline int ref_lay_exec(int32_t category) {
  return category == COCOMM_CATEGORY_LAY || category == COCOMM_CATEGORY_EXECUTIVE ||
         category == COCOMM_CATEGORY_NHS_ENGLAND;
}

/* The body a member belongs to (committee.h, enum cocomm_body): 0 NHS
 * England, 1 + k the committee's k-th CCG (its one CCG when it names one or
 * none), REF_SOME_CCG a CCG member of a committee of several CCGs who did
 * not say which, REF_NEITHER. */
#define REF_NEITHER (-1)
#define REF_SOME_CCG (-2)
static inline int32_t ref_body(const cocomm_committee *c, const cocomm_member *m) {
  if (m->body_kind == COCOMM_BODY_NHS_ENGLAND) return 0;
  if (m->body_kind == COCOMM_BODY_CCG) return 1 + m->body_ccg;
  if (m->body_kind == COCOMM_BODY_OTHER) return REF_NEITHER;
  if (m->category == COCOMM_CATEGORY_NHS_ENGLAND) return 0;
  if (m->category == COCOMM_CATEGORY_LAY || m->category == COCOMM_CATEGORY_EXECUTIVE ||
      m->category == COCOMM_CATEGORY_CLINICAL)
    return c->ccg_count <= 1 ? 1 : REF_SOME_CCG;
  return REF_NEITHER;
}

typedef struct {
  uint32_t have, need;
} ref_tally;

/* A member of a clause's set (terms.h), present or not: of its categories
 * or holding one of its tags (both none: everyone), in one of its positions
 * (none: any), counted as its voting says, of its body (for
 * COCOMM_CLAUSE_EACH_BODY, of NHS England or of one CCG party to the
 * committee: its one CCG when it names one or none). */
static inline int ref_in_set(const cocomm_committee *c, const cocomm_clause *k, const cocomm_member *m) {
  const int32_t body = ref_body(c, m);
  if ((k->categories | k->tags) != 0 && !(k->categories & COCOMM_CATEGORY_BIT(m->category)) && !(k->tags & m->tags))
    return 0;
  if (k->positions != 0 && !(k->positions & COCOMM_POSITION_BIT(m->position))) return 0;
  if (k->voting == COCOMM_COUNT_VOTING && !ref_votes(m)) return 0;
  if (k->voting == COCOMM_COUNT_NON_VOTING && ref_votes(m)) return 0;
  if (k->body == COCOMM_CLAUSE_NHS_ENGLAND) return body == 0;
  if (k->body == COCOMM_CLAUSE_CCG) return body >= 1 || body == REF_SOME_CCG;
  if (k->body == COCOMM_CLAUSE_EACH_BODY) return body >= 0;
  return 1;
}

/* "At least min of a set" (terms.h) among the members for whom in[i]: for
 * COCOMM_CLAUSE_EACH_BODY, the body (NHS England, then each CCG) that
 * falls shortest, the first of equals. */
static inline ref_tally ref_clause(const cocomm_committee *c, const cocomm_member *ms, const cocomm_clause *k,
                                   const uint8_t *in) {
  const int each = k->body == COCOMM_CLAUSE_EACH_BODY;
  const uint32_t groups = each ? 1 + (c->ccg_count > 1 ? c->ccg_count : 1) : 1;
  ref_tally out = {0, 0};
  int64_t worst = INT64_MIN;
  for (uint32_t g = 0; g < groups; g++) {
    uint32_t have = 0, listed = 0;
    for (uint32_t i = 0; i < c->member_count; i++) {
      if (!ref_in_set(c, k, &ms[i]) || (each && ref_body(c, &ms[i]) != (int32_t)g)) continue;
      listed++;
      have += in[i] != 0;
    }
    uint32_t need = k->min == COCOMM_CLAUSE_ALL ? listed : (uint32_t)k->min;
    if ((int64_t)need - (int64_t)have > worst) {
      worst = (int64_t)need - (int64_t)have;
      out.have = have;
      out.need = need;
    }
  }
  return out;
}

/* How many findings of a message there are, and the first of them. */
static inline uint32_t ref_count(const cocomm_finding *all, uint32_t nall, int32_t message, const cocomm_finding **first) {
  uint32_t k = 0;
  if (first) *first = NULL;
  for (uint32_t i = 0; i < nall; i++)
    if (all[i].message == message) {
      if (k++ == 0 && first) *first = &all[i];
    }
  return k;
}

/* A committee's findings (cocomm_committee_assess, all of them) against
 * its terms: "no quorum set" exactly when there is none, "can never be
 * met" for each quorum clause the whole list cannot meet, "falls short"
 * for each membership clause it does not (C-13); nothing of the kind for a
 * greater-involvement forum (C-9: well-formedness only). */
static inline void oracle_committee_findings(const cocomm_committee *c, const cocomm_member *ms,
                                             const cocomm_terms *terms, const cocomm_finding *all, uint32_t nall) {
  static const cocomm_terms defaults = COCOMM_TERMS_INIT;
  const cocomm_terms *t = terms ? terms : &defaults;
  const int gi = c->kind == COCOMM_COMMITTEE_GREATER_INVOLVEMENT;
  uint8_t *every = malloc(c->member_count ? c->member_count : 1);
  memset(every, 1, c->member_count ? c->member_count : 1);
  REF_SAME("'no quorum set' findings", ref_count(all, nall, COCOMM_MSG_NO_QUORUM_SET, NULL),
           !gi && t->quorum_count == 0);
  uint32_t never = 0, shortfalls = 0;
  for (int part = 0; part < 2 && !gi; part++) {
    uint32_t count = part ? t->membership_count : t->quorum_count;
    const cocomm_clause *k = part ? t->membership : t->quorum;
    int32_t message = part ? COCOMM_MSG_MEMBERSHIP_SHORT : COCOMM_MSG_QUORUM_NEVER_MET;
    for (uint32_t j = 0; j < count; j++) {
      ref_tally r = ref_clause(c, ms, &k[j], every);
      if (r.have >= r.need) continue;
      const cocomm_finding *f = NULL;
      int32_t index = (int32_t)(part ? 100 + j : j);
      for (uint32_t i = 0; i < nall && f == NULL; i++)
        if (all[i].message == message && all[i].values[0] == index) f = &all[i];
      if (f == NULL) FUZZ_FAIL("rules", "a clause the members cannot meet without its finding (C-13)", NULL, 0, 0);
      REF_SAME("clause finding: members needed", f->values[1], r.need);
      REF_SAME("clause finding: members listed", f->values[2], r.have);
      REF_SAME("clause finding: severity", f->severity, COCOMM_SEVERITY_WARNING);
      if (part) shortfalls++;
      else never++;
    }
  }
  REF_SAME("'quorum can never be met' findings", ref_count(all, nall, COCOMM_MSG_QUORUM_NEVER_MET, NULL), never);
  REF_SAME("'membership falls short' findings", ref_count(all, nall, COCOMM_MSG_MEMBERSHIP_SHORT, NULL), shortfalls);
  free(every);
}

/* One decision's result (and roles, and all its findings, when given)
 * against the rules. The committee, its terms and the decision were
 * accepted. ms: the members at full size; terms: NULL for the defaults. */
static inline void oracle_decision(const cocomm_committee *c, const cocomm_member *ms, const cocomm_terms *terms,
                                   const cocomm_decision *d, const cocomm_decision_result *got, const uint8_t *roles,
                                   const cocomm_finding *all, uint32_t nall) {
  static const cocomm_terms defaults = COCOMM_TERMS_INIT;
  const cocomm_terms *t = terms ? terms : &defaults;
  const uint32_t n = c->member_count;
  const int forum = c->kind == COCOMM_COMMITTEE_GREATER_INVOLVEMENT, delegated = c->kind == COCOMM_COMMITTEE_DELEGATED;
  /* M-1 and the end of CCGs (issue 16): a meeting on or after 2022-07-01
   * decides nothing, as a forum decides nothing (C-9); that comes first. */
  const cocomm_date end = {2022, 7, 1};
  const int ended = d->date.year != 0 &&
                    (d->date.year != end.year ? d->date.year > end.year
                     : d->date.month != end.month ? d->date.month > end.month : d->date.day >= end.day);
  const int gi = forum || ended;
  /* C-15: the chair or vice-chair of a delegated committee presides only if
   * lay (C-1 applied to the item); whom the meeting chooses, lay also where
   * the terms say so (terms.h, enum cocomm_preside). */
  const int lay_presides = delegated, lay_chosen = delegated || t->presiding == COCOMM_PRESIDE_LAY;
  uint32_t may_be_chosen = 0;
  uint8_t *want = calloc(n ? n : 1, 1), *stays = calloc(n ? n : 1, 1), *before = calloc(n ? n : 1, 1);
  cocomm_decision_result e;
  memset(&e, 0, sizeof e);
  e.presiding = e.casting_by = -1;
  e.majority = t->majority;
  uint32_t present_voting = 0, present_lay_exec = 0, nhse = 0, ccg = 0;

  /* I-6: a member present with a declared conflict withdraws; C-3: only
   * voting members who stay may vote (C-9: none in a forum). */
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_member *m = &ms[i];
    const int conflicted = d->conflicted && d->conflicted[i];
    before[i] = d->present[i];
    stays[i] = d->present[i] && !conflicted;
    if (d->present[i] && conflicted) {
      e.withdrawn++;
      want[i] |= COCOMM_ITEM_WITHDRAWN;
    }
    if (d->present[i] && ref_votes(m)) {
      present_voting++;
      present_lay_exec += (uint32_t)ref_lay_exec(m->category);
    }
    if (!stays[i] || !ref_votes(m)) continue;
    e.eligible++;
    e.eligible_lay_executive += (uint32_t)ref_lay_exec(m->category);
    int32_t body = ref_body(c, m);
    nhse += body == 0;
    ccg += body >= 1 || body == REF_SOME_CCG;
    if (gi) continue;
    want[i] |= COCOMM_ITEM_MAY_VOTE;
    may_be_chosen += !lay_chosen || m->category == COCOMM_CATEGORY_LAY;
  }

  uint32_t failed = 0, yes = 0, no = 0, abstain = 0;
  int lost = 0, absences = 0, tainted = 0;
  if (!gi) {
    /* C-15: the chair, else the vice-chair, else whom the meeting chose
     * (a choice when the chair or vice-chair presides is refused). */
    int32_t chair = -1, vice = -1;
    for (uint32_t i = 0; i < n; i++) {
      if (ms[i].position == COCOMM_POSITION_CHAIR && chair < 0) chair = (int32_t)i;
      if (ms[i].position == COCOMM_POSITION_VICE_CHAIR && vice < 0) vice = (int32_t)i;
    }
    const int chair_may = chair >= 0 && (want[chair] & COCOMM_ITEM_MAY_VOTE) &&
                          (!lay_presides || ms[chair].category == COCOMM_CATEGORY_LAY);
    const int vice_may = vice >= 0 && (want[vice] & COCOMM_ITEM_MAY_VOTE) &&
                         (!lay_presides || ms[vice].category == COCOMM_CATEGORY_LAY);
    /* Who may preside: the chair or vice-chair who does, else every member
     * the meeting may choose. */
    if (chair_may || vice_may) {
      int32_t who = chair_may ? chair : vice;
      want[who] |= COCOMM_ITEM_MAY_PRESIDE;
      e.may_preside = 1;
      e.presiding = who;
      e.presided = chair_may ? COCOMM_PRESIDED_CHAIR : COCOMM_PRESIDED_VICE_CHAIR;
      if (d->chosen >= 0 && d->chosen != who) e.presiding = -1, e.presided = COCOMM_PRESIDED_NONE;
    } else {
      for (uint32_t i = 0; i < n; i++)
        if ((want[i] & COCOMM_ITEM_MAY_VOTE) && (!lay_chosen || ms[i].category == COCOMM_CATEGORY_LAY))
          want[i] |= COCOMM_ITEM_MAY_PRESIDE;
      e.may_preside = may_be_chosen;
      if (d->chosen >= 0) {
        if (want[d->chosen] & COCOMM_ITEM_MAY_PRESIDE) e.presiding = d->chosen, e.presided = COCOMM_PRESIDED_CHOSEN;
      } else if (may_be_chosen > 0) {
        e.presided = COCOMM_PRESIDED_TO_CHOOSE;
      }
    }
    if (e.presiding >= 0) want[e.presiding] |= COCOMM_ITEM_PRESIDES;

    /* C-13: every clause among the members who stay; who counts. */
    for (uint32_t k = 0; k < t->quorum_count; k++) {
      ref_tally r = ref_clause(c, ms, &t->quorum[k], stays);
      failed += r.have < r.need;
      if (r.have < r.need && all) {
        const cocomm_finding *f = NULL;
        for (uint32_t i = 0; i < nall && f == NULL; i++)
          if ((all[i].message == COCOMM_MSG_NOT_QUORATE || all[i].message == COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL) &&
              all[i].values[0] == (int32_t)k)
            f = &all[i];
        if (f == NULL) FUZZ_FAIL("rules", "a quorum clause not met without its finding (C-13)", NULL, 0, 0);
        ref_tally was = ref_clause(c, ms, &t->quorum[k], before);
        REF_SAME("not quorate: after withdrawals (I-6)", f->message == COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL,
                 was.have >= was.need);
        REF_SAME("not quorate: members needed", f->values[1], r.need);
        REF_SAME("not quorate: members who count", f->values[2], r.have);
        REF_SAME("not quorate: severity", f->severity, COCOMM_SEVERITY_ERROR);
      }
    }
    e.quorate = failed == 0;
    /* Who counts towards the quorum: those who stay and belong to a
     * clause's set; with no quorum, the voting members who stay (C-3). */
    for (uint32_t i = 0; i < n; i++) {
      int in = t->quorum_count == 0 && ref_votes(&ms[i]);
      for (uint32_t k = 0; !in && k < t->quorum_count; k++) {
        in = ref_in_set(c, &t->quorum[k], &ms[i]);
      }
      if (stays[i] && in) {
        want[i] |= COCOMM_ITEM_COUNTED;
        e.counted++;
      }
    }

    /* C-2 through I-6: lost through withdrawals stops a delegated
     * committee's item; lost already through absences is a warning. */
    if (e.eligible > 0 && 2 * e.eligible_lay_executive <= e.eligible) {
      if (2 * present_lay_exec <= present_voting) absences = 1;
      else lost = 1;
    }
    e.can_decide = e.quorate && e.presiding >= 0 && !(lost && delegated);

    /* C-14, C-16, I-4: the votes of those who may vote; a conflicted
     * member's vote on a contract award leaves it undecided. */
    if (d->votes) {
      for (uint32_t i = 0; i < n; i++) {
        int32_t v = d->votes[i];
        if (v == COCOMM_VOTE_NONE) continue;
        if (want[i] & COCOMM_ITEM_MAY_VOTE) {
          yes += v == COCOMM_VOTE_FOR;
          no += v == COCOMM_VOTE_AGAINST;
          abstain += v == COCOMM_VOTE_ABSTAIN;
        } else if (want[i] & COCOMM_ITEM_WITHDRAWN) {
          tainted |= d->contract_award;
        }
      }
      e.votes_for = yes, e.votes_against = no, e.abstentions = abstain;
      const int pe = t->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
      if (tainted) e.can_decide = 0;
      if (!e.can_decide) {
        e.outcome = COCOMM_OUTCOME_UNDECIDED;
      } else if (pe ? 2 * yes == e.eligible : yes == no) {
        /* A tie: as many for as against; on the present and entitled
         * basis, where abstentions and silence count against, exactly
         * half for. Broken only by whoever presides, where the terms grant
         * a casting vote (C-16). */
        int32_t by = d->casting_by < 0 ? e.presiding : d->casting_by;
        e.outcome = COCOMM_OUTCOME_TIED;
        if (d->casting != COCOMM_VOTE_NONE && t->casting_vote && by == e.presiding) {
          e.casting_by = by;
          e.outcome = d->casting == COCOMM_VOTE_FOR ? COCOMM_OUTCOME_CARRIED_CASTING : COCOMM_OUTCOME_DEFEATED_CASTING;
        }
      } else if (pe) {
        e.outcome = 2 * yes > e.eligible ? COCOMM_OUTCOME_CARRIED
                    : no > yes           ? COCOMM_OUTCOME_DEFEATED
                                         : COCOMM_OUTCOME_NOT_CARRIED;
      } else {
        e.outcome = yes > no ? COCOMM_OUTCOME_CARRIED : COCOMM_OUTCOME_DEFEATED;
      }
    }
  }

  /* The result as the rules have it. */
  if (gi) e.eligible = e.eligible_lay_executive = 0; /* C-9: no one votes on what a forum cannot decide */
  REF_SAME("withdrawn", got->withdrawn, e.withdrawn);
  REF_SAME("eligible", got->eligible, e.eligible);
  REF_SAME("eligible lay and executive", got->eligible_lay_executive, e.eligible_lay_executive);
  REF_SAME("presiding (C-15)", got->presiding, e.presiding);
  REF_SAME("presided (C-15)", got->presided, e.presided);
  REF_SAME("may preside (C-15)", got->may_preside, e.may_preside);
  REF_SAME("quorate (C-13)", got->quorate, e.quorate);
  REF_SAME("counted (C-13)", got->counted, e.counted);
  REF_SAME("can decide (I-6, C-13, C-15, C-2, I-4)", got->can_decide, e.can_decide);
  REF_SAME("votes for", got->votes_for, e.votes_for);
  REF_SAME("votes against", got->votes_against, e.votes_against);
  REF_SAME("abstentions", got->abstentions, e.abstentions);
  REF_SAME("outcome (C-14, C-16)", got->outcome, e.outcome);
  REF_SAME("casting_by (C-16)", got->casting_by, e.casting_by);
  REF_SAME("majority", got->majority, e.majority);
  REF_SAME("reserved0", got->reserved0, 0);
  if (roles)
    for (uint32_t i = 0; i < n; i++) REF_SAME("a member's roles", roles[i], want[i]);

  /* What the findings say (all of them, when given). */
  if (all) {
    const cocomm_finding *f;
    REF_SAME("'withdraws' findings (I-6)", ref_count(all, nall, COCOMM_MSG_WITHDRAWS, NULL), e.withdrawn);
    for (uint32_t i = 0, k = 0; i < nall; i++)
      if (all[i].message == COCOMM_MSG_WITHDRAWS) {
        while (k < n && !(want[k] & COCOMM_ITEM_WITHDRAWN)) k++;
        REF_SAME("'withdraws' finding: the member", all[i].subject, k);
        k++;
      }
    REF_SAME("'forum takes no decisions' findings (C-9)",
             ref_count(all, nall, COCOMM_MSG_GREATER_INVOLVEMENT_NO_DECISION, NULL), forum && !ended);
    REF_SAME("'CCGs abolished' findings (M-1)", ref_count(all, nall, COCOMM_MSG_AFTER_CCGS_ABOLISHED, NULL), ended);
    REF_SAME("'not quorate' findings (C-13)",
             ref_count(all, nall, COCOMM_MSG_NOT_QUORATE, NULL) +
                 ref_count(all, nall, COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL, NULL),
             failed);
    REF_SAME("'the meeting chooses' findings (C-15)", ref_count(all, nall, COCOMM_MSG_MEETING_MUST_CHOOSE, &f),
             e.presided == COCOMM_PRESIDED_TO_CHOOSE);
    if (f) REF_SAME("'the meeting chooses': members who may", f->values[2], e.may_preside);
    REF_SAME("'chosen presides' findings (C-15)", ref_count(all, nall, COCOMM_MSG_CHOSEN_PRESIDES, &f),
             e.presided == COCOMM_PRESIDED_CHOSEN);
    if (f) REF_SAME("'chosen presides': the member", f->subject, e.presiding);
    REF_SAME("'chosen may not preside' findings (C-15)", ref_count(all, nall, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, &f),
             !gi && d->chosen >= 0 && e.presiding < 0);
    if (f) REF_SAME("'chosen may not preside': the member", f->subject, d->chosen);
    REF_SAME("'no one can preside' findings (C-15)",
             ref_count(all, nall, COCOMM_MSG_NO_ONE_CAN_CHAIR, NULL) +
                 ref_count(all, nall, COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY, NULL),
             !gi && e.presided == COCOMM_PRESIDED_NONE && d->chosen < 0);
    REF_SAME("'casting vote given' findings (C-16)", ref_count(all, nall, COCOMM_MSG_CASTING_VOTE_GIVEN, &f),
             e.casting_by >= 0);
    if (f) REF_SAME("'casting vote given': the member", f->subject, e.casting_by);
    REF_SAME("'not more than half' findings (C-14)", ref_count(all, nall, COCOMM_MSG_NOT_MORE_THAN_HALF, &f),
             e.outcome == COCOMM_OUTCOME_NOT_CARRIED);
    if (f) REF_SAME("'not more than half': for", f->values[0], e.votes_for);
    if (f) REF_SAME("'not more than half': entitled", f->values[1], e.eligible);
    REF_SAME("'majority lost through withdrawals' findings (I-6)",
             ref_count(all, nall, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT, &f), lost);
    if (f) REF_SAME("'majority lost through withdrawals': severity", f->severity,
                    delegated ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING);
    REF_SAME("'majority lost through absences' findings (I-6)",
             ref_count(all, nall, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT, &f), absences);
    if (f) REF_SAME("'majority lost through absences': severity", f->severity, COCOMM_SEVERITY_WARNING);
    REF_SAME("'award taken part in' findings (I-4)",
             ref_count(all, nall, COCOMM_MSG_CONFLICTED_TOOK_PART_IN_AWARD, NULL) > 0, tainted);
    const int joint = c->kind == COCOMM_COMMITTEE_JOINT && !ended; /* no CCG after the end: nothing joint */
    REF_SAME("'presides and is not lay' findings (C-8)", ref_count(all, nall, COCOMM_MSG_PRESIDING_NOT_LAY, &f),
             joint && e.presiding >= 0 && ms[e.presiding].category != COCOMM_CATEGORY_LAY);
    if (f) REF_SAME("'presides and is not lay': the member", f->subject, e.presiding);
    REF_SAME("'not joint: no NHS England' findings (C-17)", ref_count(all, nall, COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND, NULL),
             joint && nhse == 0);
    REF_SAME("'not joint: no CCG' findings (C-17)", ref_count(all, nall, COCOMM_MSG_NOT_JOINT_NO_CCG, NULL),
             joint && ccg == 0);
  }
  free(want);
  free(stays);
  free(before);
}

/* The result and roles consistent with one another, whatever the rules:
 * exactly one member presides when presiding >= 0, and it is that one;
 * the counts of each flag are the result's counts; presided agrees with
 * presiding; a casting vote is the presiding member's; an outcome only
 * when the item can be decided, NOT_CARRIED only on the present and
 * entitled basis. roles may be NULL. */
static inline void oracle_result(const cocomm_decision_result *r, const uint8_t *roles, uint32_t n,
                                 const cocomm_committee *c) {
  FUZZ_ASSERT(r->eligible <= n && r->eligible_lay_executive <= r->eligible && r->withdrawn <= n);
  FUZZ_ASSERT(r->may_preside <= n && r->counted <= n);
  FUZZ_ASSERT(r->presiding >= -1 && r->presiding < (int32_t)n);
  FUZZ_ASSERT(r->can_decide == 0 || r->can_decide == 1);
  FUZZ_ASSERT(r->quorate == 0 || r->quorate == 1);
  FUZZ_ASSERT(!r->can_decide || (r->quorate && r->presiding >= 0));
  FUZZ_ASSERT(r->outcome >= COCOMM_OUTCOME_UNDECIDED && r->outcome <= COCOMM_OUTCOME_NOT_CARRIED);
  FUZZ_ASSERT(r->outcome == COCOMM_OUTCOME_UNDECIDED || r->can_decide); /* as decision.h says */
  FUZZ_ASSERT(r->outcome != COCOMM_OUTCOME_NOT_CARRIED || r->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  FUZZ_ASSERT(r->majority == COCOMM_MAJORITY_VOTES_CAST || r->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  FUZZ_ASSERT(r->presided >= COCOMM_PRESIDED_NONE && r->presided <= COCOMM_PRESIDED_TO_CHOOSE);
  if (r->presided == COCOMM_PRESIDED_CHAIR || r->presided == COCOMM_PRESIDED_VICE_CHAIR ||
      r->presided == COCOMM_PRESIDED_CHOSEN)
    FUZZ_ASSERT(r->presiding >= 0);
  else
    FUZZ_ASSERT(r->presiding == -1);
  if (r->presided == COCOMM_PRESIDED_TO_CHOOSE) FUZZ_ASSERT(r->may_preside > 0);
  if (r->presiding >= 0) {
    cocomm_member m;
    memcpy(&m, (const unsigned char *)c->members + (size_t)r->presiding * c->member_size, sizeof m);
    if (r->presided == COCOMM_PRESIDED_CHAIR) FUZZ_ASSERT(m.position == COCOMM_POSITION_CHAIR);
    if (r->presided == COCOMM_PRESIDED_VICE_CHAIR) FUZZ_ASSERT(m.position == COCOMM_POSITION_VICE_CHAIR);
    FUZZ_ASSERT(ref_votes(&m)); /* C-15: a voting member */
    if (c->kind == COCOMM_COMMITTEE_DELEGATED) FUZZ_ASSERT(m.category == COCOMM_CATEGORY_LAY); /* C-1 */
  }
  FUZZ_ASSERT(r->casting_by == -1 || r->casting_by == r->presiding);
  FUZZ_ASSERT((r->casting_by >= 0) == (r->outcome == COCOMM_OUTCOME_CARRIED_CASTING ||
                                       r->outcome == COCOMM_OUTCOME_DEFEATED_CASTING));
  /* The tally behind each outcome (C-14): on votes cast, more for than
   * against carries, a tie is as many for as against; on the present and
   * entitled basis, more for than half of those entitled carries, a tie
   * is exactly half, and fewer is defeated with more against than for, or
   * else not carried. */
  const int pe = r->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
  const uint32_t yes = r->votes_for, no = r->votes_against;
  if (r->outcome == COCOMM_OUTCOME_CARRIED) FUZZ_ASSERT(yes > no && (!pe || 2 * yes > r->eligible));
  if (r->outcome == COCOMM_OUTCOME_DEFEATED) FUZZ_ASSERT(no > yes && (!pe || 2 * yes < r->eligible));
  if (r->outcome == COCOMM_OUTCOME_NOT_CARRIED) FUZZ_ASSERT(yes >= no && 2 * yes < r->eligible);
  if (r->outcome >= COCOMM_OUTCOME_TIED && r->outcome <= COCOMM_OUTCOME_DEFEATED_CASTING)
    FUZZ_ASSERT(pe ? 2 * yes == r->eligible : yes == no);
  FUZZ_ASSERT(r->votes_for + r->votes_against + r->abstentions <= r->eligible);
  FUZZ_ASSERT(r->reserved0 == 0);
  oracle_text("outcome name", cocomm_outcome_name(r->outcome));
  if (roles == NULL) return;
  uint32_t presides = 0, may_vote = 0, withdrawn = 0, counted = 0, may_preside = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t x = roles[i];
    FUZZ_ASSERT((x & ~31u) == 0); /* every byte written, with known flags only */
    presides += (x & COCOMM_ITEM_PRESIDES) != 0;
    may_vote += (x & COCOMM_ITEM_MAY_VOTE) != 0;
    withdrawn += (x & COCOMM_ITEM_WITHDRAWN) != 0;
    counted += (x & COCOMM_ITEM_COUNTED) != 0;
    may_preside += (x & COCOMM_ITEM_MAY_PRESIDE) != 0;
    if (x & COCOMM_ITEM_PRESIDES) FUZZ_ASSERT((int32_t)i == r->presiding && (x & COCOMM_ITEM_MAY_PRESIDE));
    if (x & COCOMM_ITEM_MAY_PRESIDE) FUZZ_ASSERT(x & COCOMM_ITEM_MAY_VOTE);
    if (x & COCOMM_ITEM_WITHDRAWN)
      FUZZ_ASSERT(!(x & (COCOMM_ITEM_MAY_VOTE | COCOMM_ITEM_COUNTED | COCOMM_ITEM_MAY_PRESIDE)));
  }
  FUZZ_ASSERT(presides == (r->presiding >= 0));
  REF_SAME("members marked MAY_VOTE, and the result's eligible", may_vote, r->eligible);
  REF_SAME("members marked WITHDRAWN, and the result's withdrawn", withdrawn, r->withdrawn);
  REF_SAME("members marked COUNTED, and the result's counted", counted, r->counted);
  REF_SAME("members marked MAY_PRESIDE, and the result's may_preside", may_preside, r->may_preside);
}

/* ---- the register of procurement decisions (I-3) ---- */

/* A text that grows. */
typedef struct {
  char *s;
  size_t n, cap;
} fuzz_text;

static inline void text_add(fuzz_text *t, const char *s) {
  size_t k = strlen(s);
  if (t->n + k + 1 > t->cap) {
    t->cap = 2 * (t->n + k + 1);
    t->s = realloc(t->s, t->cap);
  }
  memcpy(t->s + t->n, s, k + 1);
  t->n += k;
}

/* One register entry (cocomm_decision_format_register, n bytes): one CSV
 * record of five fields, and each field what decision.h says it is: the
 * date, the item, the members who took part (those who voted or, with no
 * votes recorded, those who may vote), each member who declared a conflict
 * with how it was managed, the outcome ("not decided" unless the item
 * could be decided). ms: the members at full size. */
static inline void oracle_register(const cocomm_committee *c, const cocomm_member *ms, const cocomm_decision *d,
                                   const cocomm_decision_result *r, const char *entry, size_t n) {
  FUZZ_ASSERT(strlen(entry) == n && oracle_csv("register entry", entry, n, 5) == 1);
  char *scratch = malloc(n + 1);
  csv_reader rd = {entry, n, 0, scratch, 0};
  const char *cells[CSV_MAX_CELLS];
  FUZZ_ASSERT(csv_next(&rd, cells) == 5);
  char date[16] = "";
  if (d->date.year) snprintf(date, sizeof date, "%04d-%02d-%02d", d->date.year, d->date.month, d->date.day);
  if (strcmp(cells[0], date) != 0) FUZZ_FAIL("register", "the date is not the meeting's", entry, n, 0);
  if (strcmp(cells[1], d->item ? d->item : "") != 0) FUZZ_FAIL("register", "the item is not the decision's", entry, n, 0);
  fuzz_text took = {NULL, 0, 0}, conflicts = {NULL, 0, 0};
  text_add(&took, "");
  text_add(&conflicts, "");
  int first_took = 1, first_conflict = 1; /* a name may be "" */
  for (uint32_t i = 0; i < c->member_count; i++) {
    const int voted = d->votes && d->votes[i] != COCOMM_VOTE_NONE;
    const int conflicted = d->conflicted && d->conflicted[i];
    if (voted || (!d->votes && d->present[i] && !conflicted && ref_votes(&ms[i]))) {
      if (!first_took) text_add(&took, "; ");
      first_took = 0;
      text_add(&took, ms[i].name);
    }
    if (!conflicted) continue;
    if (!first_conflict) text_add(&conflicts, "; ");
    first_conflict = 0;
    text_add(&conflicts, ms[i].name);
    text_add(&conflicts, !d->present[i]                ? ": absent"
                         : voted                       ? ": took part despite a declared conflict"
                         : d->stayed && d->stayed[i]   ? ": stayed in the room and took no part"
                                                       : ": left the room");
  }
  if (strcmp(cells[2], took.s) != 0) FUZZ_FAIL("register", "not the members who took part", entry, n, 0);
  if (strcmp(cells[3], conflicts.s) != 0)
    FUZZ_FAIL("register", "not the conflicts declared and how each was managed", entry, n, 0);
  if (strcmp(cells[4], r->can_decide ? cocomm_outcome_name(r->outcome) : "not decided") != 0)
    FUZZ_FAIL("register", "not the outcome", entry, n, 0);
  free(took.s);
  free(conflicts.s);
  free(scratch);
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
