/* SPDX-License-Identifier: MIT */
/* The terms-of-reference text parser and writer (terms.h, docs/terms.md).
 * The input is the text. The oracles: the parser never crashes, never
 * reads past the text (the replay driver and libFuzzer hand it an
 * exact-size buffer) and never writes past the caller's struct_size (the
 * cocomm_terms lives on the heap at a struct_size chosen from a hash of
 * the input, bigger ones too, with a guard after it; one below the first
 * layout is refused untouched, as is every refused text's). On success the
 * terms pass cocomm_terms_check(), the writer writes them (snprintf-style:
 * the length it asks for is exactly enough) as UTF-8 lines ending LF with
 * no other control character, the parser reads that text back to the same
 * terms and writing those again gives the same bytes; the terms then serve
 * a small committee through cocomm_decision_assess(), whose quorum answer
 * must agree with its findings. On a refusal the error (build.h's
 * oracle) says where: a line that exists, a column from 1, a message in
 * words and a clean UTF-8 text; a second error struct gets the same story,
 * and the same text with its lone CRs made LFs fails in the same place (a
 * lone CR ends a line as LF does). */
#include <stdlib.h>

#include "build.h"

static uint32_t hash(const uint8_t *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

/* A byte of the hash for choice k. */
static uint8_t pick(uint32_t h, uint32_t k) { return (uint8_t)((h ^ (h >> 16)) * (2654435761u + 2 * k) >> 24); }

/* Lines in the text: every CRLF, lone CR and lone LF ends one. */
static uint32_t line_count(const char *s, size_t n) {
  uint32_t lines = 1;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i++;
    if (s[i] == '\r' || s[i] == '\n') lines++;
  }
  return lines;
}

/* A cocomm_terms on the heap at a caller's struct_size, a guard after it. */
typedef struct {
  unsigned char *p, *was;
  size_t alloc;
  uint32_t size;
} heap_terms_buf;

static cocomm_terms *heap_terms(heap_terms_buf *tb, uint32_t size, uint8_t fill) {
  tb->size = size;
  tb->alloc = (size > sizeof(cocomm_terms) ? size : sizeof(cocomm_terms)) + ERROR_GUARD;
  tb->p = malloc(tb->alloc);
  tb->was = malloc(tb->alloc);
  memset(tb->p, fill, tb->alloc);
  memcpy(tb->p, &size, sizeof size);
  memcpy(tb->was, tb->p, tb->alloc);
  return (cocomm_terms *)(void *)tb->p;
}

/* What the call left: nothing past struct_size (and past the library's
 * own size, zeros up to it), nothing at all when refused. */
static cocomm_terms heap_terms_got(heap_terms_buf *tb, int32_t st) {
  size_t from = st == COCOMM_OK ? tb->size : 0;
  for (size_t i = from; i < tb->alloc; i++)
    if (tb->p[i] != tb->was[i])
      FUZZ_FAIL("terms", from ? "written past the terms' struct_size" : "a refused call wrote to the terms",
                (const char *)tb->p, tb->alloc, i);
  for (size_t i = sizeof(cocomm_terms); st == COCOMM_OK && i < tb->size; i++)
    if (tb->p[i] != 0) FUZZ_FAIL("terms", "a newer caller's tail is not cleared", (const char *)tb->p, tb->alloc, i);
  cocomm_terms t;
  memcpy(&t, tb->p, sizeof t);
  free(tb->p);
  free(tb->was);
  return t;
}

static cocomm_error error_oracle(const error_buf *eb, int32_t st, const char *text, size_t size) {
  cocomm_error err = error_judge(eb, st, 0, 0);
  if (err.struct_size == 0 || st == COCOMM_OK) return err;
  FUZZ_ASSERT(err.field == COCOMM_FIELD_TEXT && err.index == -1);
  if (err.line < 1 || err.line > line_count(text, size))
    FUZZ_FAIL("terms", "the error names a line that does not exist", text, size, 0);
  if (err.column < 1) FUZZ_FAIL("terms", "the error names column 0", err.message, strlen(err.message), 0);
  if (err.message[0] == '\0') FUZZ_FAIL("terms", "an error without a message", text, size, 0);
  char what[200];
  snprintf(what, sizeof what, "terms error text (line %u, column %u: %s)", (unsigned)err.line,
           (unsigned)err.column, err.message);
  oracle_message(what, err.text, sizeof err.text);
  return err;
}

/* The writer's text: UTF-8, lines ending LF, no other control character. */
static void oracle_terms_text(const char *s, size_t n) {
  oracle_utf8("terms text", s, n);
  oracle_no_c1("terms text: a C1 control character", s, n);
  for (size_t i = 0; i < n; i++)
    if (is_c0_or_del((unsigned char)s[i]) && s[i] != '\n')
      FUZZ_FAIL("terms", "a control character other than LF in the written text", s, n, i);
  if (n == 0 || s[n - 1] != '\n') FUZZ_FAIL("terms", "the written text does not end with LF", s, n, n);
}

/* Format t onto the heap at its exact size, checking the snprintf contract. */
static char *format_exact(const cocomm_terms *t, size_t *len) {
  size_t need = (size_t)-1;
  FUZZ_ASSERT(cocomm_terms_format(t, NULL, 0, &need) == COCOMM_ERR_BUFFER_TOO_SMALL && need != (size_t)-1);
  char *out = malloc(need + 1);
  if (need > 0) {
    memset(out, 'x', need);
    size_t again = 0;
    FUZZ_ASSERT(cocomm_terms_format(t, out, need, &again) == COCOMM_ERR_BUFFER_TOO_SMALL && again == need);
    FUZZ_ASSERT(out[0] == '\0');
  }
  size_t got = 0;
  FUZZ_ASSERT(cocomm_terms_format(t, out, need + 1, &got) == COCOMM_OK && got == need);
  FUZZ_ASSERT(out[need] == '\0' && strlen(out) == need);
  *len = need;
  return out;
}

/* The terms as parsed, struct_size set to the library's: comparable whole. */
static cocomm_terms plain(cocomm_terms t) {
  t.struct_size = (uint32_t)sizeof t;
  return t;
}

/* The parsed terms through a decision of a committee of up to eight
 * members made from the hash: the quorum answer agrees with the
 * findings. */
static void decide(const cocomm_terms *t, uint32_t h) {
  static const char *const codes[2] = {"00Q", "00R"};
  static const char *const names[8] = {"A", "B", "C", "D", "E", "F", "G", "H"};
  uint32_t known = (1u << COCOMM_OFFICES_KNOWN) - 1u;
  for (uint32_t i = 0; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++)
    if (t->tag_names[i][0] != '\0') known |= 1u << (COCOMM_TAG_FIRST_NAMED + i);
  cocomm_member m[8];
  uint8_t present[8], conflicted[8];
  const uint32_t n = 1 + pick(h, 30) % 8, ccgs = pick(h, 32) % 3;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t a = pick(h, 40 + i), b = pick(h, 50 + i), c = pick(h, 60 + i), d = pick(h, 70 + i);
    cocomm_member_init(&m[i]);
    m[i].name = names[i];
    m[i].category = 1 + a % 8;
    m[i].voting = (a >> 3) & 1;
    m[i].position = i == 0 ? COCOMM_POSITION_CHAIR : i == 1 ? COCOMM_POSITION_VICE_CHAIR : COCOMM_POSITION_NONE;
    m[i].tags = ((uint32_t)b << 24 | (uint32_t)c << 16 | (uint32_t)d << 8 | a) * 2654435761u & known;
    m[i].body_kind = (b >> 4) % 4;
    if (m[i].body_kind == COCOMM_BODY_CCG && ccgs == 0) m[i].body_kind = COCOMM_BODY_UNSTATED;
    m[i].body_ccg = m[i].body_kind == COCOMM_BODY_CCG ? (int32_t)((c >> 4) % ccgs) : 0;
    present[i] = (uint8_t)((c & 3) != 0);
    conflicted[i] = (uint8_t)((d & 7) == 0);
  }
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = 1 + pick(h, 31) % 3;
  c.members = m;
  c.member_count = n;
  c.ccg_codes = codes;
  c.ccg_count = ccgs;
  c.terms = t;
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = conflicted;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  cocomm_finding f[64];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_error e = COCOMM_ERROR_INIT;
  int32_t st = cocomm_decision_assess(&c, &d, &r, NULL, &fs, &e);
  if (st != COCOMM_OK) FUZZ_FAIL("terms", e.message ? e.message : "decision refused", NULL, 0, 0);
  FUZZ_ASSERT(r.quorate == 0 || r.quorate == 1);
  uint32_t short_clauses = 0;
  for (uint32_t i = 0; i < fs.count && i < 64; i++) {
    if (f[i].message == COCOMM_MSG_NOT_QUORATE || f[i].message == COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL) {
      FUZZ_ASSERT(f[i].values[0] >= 0 && (uint32_t)f[i].values[0] < t->quorum_count);
      FUZZ_ASSERT(f[i].values[2] < f[i].values[1]);
      short_clauses++;
    }
    oracle_finding_text(&f[i], &c, 0);
  }
  FUZZ_ASSERT(fs.count <= 64);
  FUZZ_ASSERT((r.quorate == 1) == (short_clauses == 0));
  if (t->quorum_count == 0) FUZZ_ASSERT(r.quorate == 1);
  FUZZ_ASSERT(r.counted <= n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  const uint32_t h = hash(data, size);

  /* Refused before any parsing: flags, and a struct below the first layout. */
  {
    static const uint32_t small[] = {0, 4, 8, COCOMM_TERMS_SIZE_V1 - 48, COCOMM_TERMS_SIZE_V1 - 1};
    for (int k = 0; k < 2; k++) {
      heap_terms_buf tb;
      error_buf eb;
      error_make_with(&eb, pick(h, 10 + (uint32_t)k), pick(h, 12 + (uint32_t)k), 1);
      cocomm_terms *tp = heap_terms(&tb, k ? small[pick(h, 14) % 5] : (uint32_t)sizeof(cocomm_terms), 0x5A);
      int32_t st = cocomm_terms_parse(text, size, k ? 0 : 1u << (pick(h, 15) % 32), tp, error_arg(&eb));
      cocomm_error e = error_judge(&eb, st, 0, 0);
      heap_terms_got(&tb, COCOMM_ERR_STRUCT_SIZE); /* nothing written, whatever the status */
      int small_error = error_small(&eb);
      error_free(&eb);
      if (small_error) continue;
      FUZZ_ASSERT(st == (k ? COCOMM_ERR_STRUCT_SIZE : COCOMM_ERR_INVALID_ARGUMENT));
      if (e.struct_size) FUZZ_ASSERT(e.field == (k ? COCOMM_FIELD_STRUCT_SIZE : COCOMM_FIELD_FLAGS));
    }
  }

  /* The parse, into a caller's struct of a size from the hash. */
  static const uint32_t sizes[] = {sizeof(cocomm_terms), sizeof(cocomm_terms), sizeof(cocomm_terms) + 8,
                                   sizeof(cocomm_terms) + 3, sizeof(cocomm_terms) + 64, COCOMM_TERMS_SIZE_V1};
  error_buf eb;
  error_make_with(&eb, pick(h, 0), pick(h, 1), 1);
  heap_terms_buf tb;
  cocomm_terms *tp = heap_terms(&tb, sizes[pick(h, 2) % 6], pick(h, 3));
  int32_t st = cocomm_terms_parse(text, size, 0, tp, error_arg(&eb));
  if (error_small(&eb)) {
    /* Refused, the error struct and the terms untouched; again with a full one. */
    error_judge(&eb, st, 0, 0);
    heap_terms_got(&tb, COCOMM_ERR_STRUCT_SIZE);
    error_free(&eb);
    error_make_with(&eb, 0, pick(h, 1), 0);
    tp = heap_terms(&tb, sizes[pick(h, 2) % 6], pick(h, 3));
    st = cocomm_terms_parse(text, size, 0, tp, error_arg(&eb));
  }
  FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_PARSE || st == COCOMM_ERR_OUT_OF_RANGE);
  cocomm_error err = error_oracle(&eb, st, text, size);
  error_free(&eb);
  cocomm_terms t = heap_terms_got(&tb, st);

  /* The same bytes with every lone CR an LF. */
  char *lf = malloc(size ? size : 1);
  int lone_cr = 0;
  for (size_t i = 0; i < size; i++) {
    lf[i] = text[i];
    if (text[i] == '\r' && !(i + 1 < size && text[i + 1] == '\n')) lf[i] = '\n', lone_cr = 1;
  }
  cocomm_terms t_lf;
  cocomm_terms_init(&t_lf);
  cocomm_error err_lf = COCOMM_ERROR_INIT;
  int32_t st_lf = lone_cr ? cocomm_terms_parse(lf, size, 0, &t_lf, &err_lf) : st;
  free(lf);

  if (st != COCOMM_OK) {
    /* Another caller's error struct gets the same story. */
    error_buf e2;
    error_make_with(&e2, pick(h, 4), pick(h, 5), 1);
    cocomm_terms t2;
    cocomm_terms_init(&t2);
    int32_t again = cocomm_terms_parse(text, size, 0, &t2, error_arg(&e2));
    cocomm_error err2 = error_oracle(&e2, again, text, size);
    if (!error_small(&e2)) {
      FUZZ_ASSERT(again == st);
      error_same(&err, &err2);
    }
    error_free(&e2);
    const cocomm_error *ref = err.struct_size ? &err : err2.struct_size ? &err2 : NULL;
    if (lone_cr) {
      FUZZ_ASSERT(st_lf == st && err_lf.status == st);
      if (ref && (strcmp(err_lf.message, ref->message) != 0 || err_lf.line != ref->line ||
                  err_lf.column != ref->column))
        FUZZ_FAIL("terms", "a lone CR does not end a line as LF does", err_lf.message, strlen(err_lf.message), 0);
    }
    return 0;
  }

  /* Parsed: well-formed, the same as with LF line ends, and written. */
  cocomm_error ce = COCOMM_ERROR_INIT;
  if (cocomm_terms_check(&t, &ce) != COCOMM_OK) FUZZ_FAIL("terms", ce.message, NULL, 0, 0);
  FUZZ_ASSERT(t.struct_size == tb.size);
  const cocomm_terms parsed = plain(t);
  if (lone_cr) FUZZ_ASSERT(st_lf == COCOMM_OK && memcmp(&t_lf, &parsed, sizeof parsed) == 0);
  size_t len = 0;
  char *out = format_exact(&parsed, &len);
  oracle_terms_text(out, len);

  /* Read back: the same terms; written again: the same bytes. */
  cocomm_terms back;
  cocomm_terms_init(&back);
  cocomm_error be = COCOMM_ERROR_INIT;
  if (cocomm_terms_parse(out, len, 0, &back, &be) != COCOMM_OK) {
    char why[200];
    snprintf(why, sizeof why, "the written text does not parse: line %u, column %u: %s", (unsigned)be.line,
             (unsigned)be.column, be.message);
    FUZZ_FAIL("terms", why, out, len, 0);
  }
  if (memcmp(&back, &parsed, sizeof back) != 0) FUZZ_FAIL("terms", "parse(format(t)) is not t", out, len, 0);
  size_t len2 = 0;
  char *out2 = format_exact(&back, &len2);
  if (len2 != len || memcmp(out, out2, len) != 0) FUZZ_FAIL("terms", "format is not a fixed point", out2, len2, 0);
  free(out);
  free(out2);

  decide(&parsed, h);
  return 0;
}
