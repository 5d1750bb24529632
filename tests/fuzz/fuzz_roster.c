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
 * refused call writes none of it. Flags, a roster below its first layout,
 * members below theirs and findings below theirs are refused before any
 * parsing, each with its field; COCOMM_ROSTER_INIT sets what
 * cocomm_roster_init does. The roster's terms (from the hash: none, terms
 * naming tags a Tags column may use, terms with clauses, or terms
 * cocomm_terms_check refuses, refused the same way before any parsing) and
 * its notes (roster->findings, odd sizes or none): a note for each member
 * whose voting value was defaulted, saying what it was read as, written
 * and counted as findings.h says (count set whenever the status is OK or
 * COCOMM_ERR_BUFFER_TOO_SMALL, nothing written on an input error). Parsed
 * members hold only tags the terms know, a body of NHS England or unstated,
 * and pass cocomm_committee_check with those terms; a decision on them must
 * say what the rules say (build.h: oracle_result, oracle_decision). */
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
                                  uint32_t capacity, char *text, size_t text_cap, const cocomm_terms *terms,
                                  cocomm_findings *findings) {
  cocomm_roster r;
  cocomm_roster_init(&r, members, capacity, text, text_cap);
  FUZZ_ASSERT(r.struct_size == sizeof r && r.member_size == sizeof(cocomm_member) && r.capacity == capacity &&
              r.members == members && r.text == text && r.text_cap == text_cap && r.count == 0 &&
              r.text_needed == 0 && r.terms == NULL && r.findings == NULL);
  r.terms = terms;
  r.findings = findings;
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
 * that exists, a column from 1, no index, a cell (by what the cell holds,
 * or just text) or a header cell. */
static cocomm_error error_oracle(const error_buf *eb, int32_t st, const char *csv, size_t size) {
  cocomm_error err = error_judge(eb, st, 0, 0);
  if (err.struct_size == 0) return err;
  FUZZ_ASSERT((err.field == COCOMM_FIELD_TEXT || err.field == COCOMM_FIELD_HEADER || err.field == COCOMM_FIELD_NAME ||
               err.field == COCOMM_FIELD_CATEGORY || err.field == COCOMM_FIELD_VOTING ||
               err.field == COCOMM_FIELD_POSITION || err.field == COCOMM_FIELD_BODY ||
               err.field == COCOMM_FIELD_COUNT) &&
              err.index == -1);
  if (err.line < 1 || err.line > line_count(csv, size))
    FUZZ_FAIL("roster", "the error names a line that does not exist", csv, size, 0);
  if (err.column < 1) FUZZ_FAIL("roster", "the error names column 0", err.message, strlen(err.message), 0);
  char what[160];
  snprintf(what, sizeof what, "roster error text (line %u, column %u: %s)", (unsigned)err.line,
           (unsigned)err.column, err.message);
  oracle_message(what, err.text, sizeof err.text);
  return err;
}

/* The roster's terms, from the hash: none (half the time), terms naming
 * four tags (16, 17, 18 and 31) that a Tags column may use, terms with
 * quorum and membership clauses, or terms cocomm_terms_check refuses (a
 * tag name without its NUL, a majority that is none). */
static const cocomm_terms *roster_terms(uint32_t h, int *refused) {
  static cocomm_terms named, clauses, bad_name, bad_majority;
  static int made;
  if (!made) {
    cocomm_terms_init(&named);
    strcpy(named.tag_names[0], "quality lead");
    strcpy(named.tag_names[1], "deputy chief officer");
    strcpy(named.tag_names[2], "caf\xC3\xA9 lead");
    strcpy(named.tag_names[15], "Registered Nurse"); /* an office's spelling too: the office wins */
    clauses = named;
    clauses.majority = COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
    clauses.casting_vote = 1;
    clauses.quorum_count = 3;
    clauses.quorum[0] = (cocomm_clause){3, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
    clauses.quorum[1] = (cocomm_clause){1, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY), 0, 0, COCOMM_COUNT_VOTING,
                                        COCOMM_CLAUSE_ANY_BODY};
    clauses.quorum[2] = (cocomm_clause){1, 0, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER) |
                                                  COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER) |
                                                  COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED + 1),
                                        0, COCOMM_COUNT_ANY, COCOMM_CLAUSE_ANY_BODY};
    clauses.membership_count = 1;
    clauses.membership[0] = (cocomm_clause){COCOMM_CLAUSE_ALL, 0, COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED), 0,
                                            COCOMM_COUNT_ANY, COCOMM_CLAUSE_ANY_BODY};
    bad_name = named;
    memset(bad_name.tag_names[3], 'x', COCOMM_TAG_NAME_SIZE);
    bad_majority = named;
    bad_majority.majority = 9;
    made = 1;
  }
  uint8_t k = pick(h, 50) % 16;
  *refused = k >= 14;
  return k < 8 ? NULL : k < 11 ? &named : k < 14 ? &clauses : k == 14 ? &bad_name : &bad_majority;
}

/* The roster's notes: a findings_buf from bytes of the hash (never below
 * the first layout: refused_arguments() tries that), or none (one time in
 * sixteen, or three in four unless often). */
static void notes_make(findings_buf *fb, uint32_t h, uint32_t k, int often) {
  uint8_t sizes[3] = {pick(h, k), pick(h, k + 1), pick(h, k + 2)};
  if (sizes[1] >= 220 && sizes[1] < 240) sizes[1] = 0;
  if (!often && pick(h, k + 3) % 4 != 0) sizes[1] = 240; /* none, three times in four */
  bytes sb = {sizes, 3};
  findings_make(fb, &sb, 8);
}

/* A copy of what the notes hold before a call. */
typedef struct {
  unsigned char *fs, *items;
  size_t fs_len, items_len;
} notes_was;

static void notes_keep(notes_was *w, const findings_buf *fb) {
  w->fs_len = fb->size < sizeof(cocomm_findings) ? fb->size : sizeof(cocomm_findings);
  w->items_len = (size_t)fb->cap * fb->elem;
  w->fs = malloc(w->fs_len ? w->fs_len : 1);
  w->items = malloc(w->items_len ? w->items_len : 1);
  memcpy(w->fs, fb->fs, w->fs_len);
  if (w->items_len) memcpy(w->items, fb->buf, w->items_len);
}

/* The notes after a call that returned st: nothing at all written on an
 * input error (findings.h); after OK or COCOMM_ERR_BUFFER_TOO_SMALL
 * (members or text too short too), count and the counts by severity set
 * (every note information), the notes that fit written, no more: each a
 * C-3 or C-13 note on one member, in member order, of the members there
 * are (n, or n_members when known: ms, then each note says what its
 * member's voting value was read as). Returns the count (UINT32_MAX when
 * there are no notes to count). */
static uint32_t notes_oracle(const findings_buf *fb, notes_was *w, int32_t st, uint32_t n, const unsigned char *ms,
                             uint32_t stride) {
  uint32_t count = UINT32_MAX;
  if (fb->none) goto done;
  if (st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL) {
    for (size_t i = 0; i < w->fs_len; i++)
      if (((unsigned char *)fb->fs)[i] != w->fs[i])
        FUZZ_FAIL("findings", "a refused parse wrote to the findings struct", NULL, 0, 0);
    for (size_t i = 0; i < w->items_len; i++)
      if (fb->buf[i] != w->items[i]) FUZZ_FAIL("findings", "a refused parse wrote notes (findings.h)", NULL, 0, 0);
    goto done;
  }
  cocomm_findings got = findings_got(fb);
  if (got.count == 0xA5A5A5A5u) {
    FUZZ_FAIL("findings", "the notes' count is not set after OK or COCOMM_ERR_BUFFER_TOO_SMALL (findings.h)", NULL,
              0, 0);
  }
  count = got.count;
  FUZZ_ASSERT(got.errors == 0 && got.warnings == 0 && got.information == count);
  FUZZ_ASSERT(count <= n);
  int32_t last = -1;
  for (uint32_t i = 0; i < fb->cap; i++) {
    if (i >= count) { /* past the notes: untouched */
      FUZZ_ASSERT(memcmp(fb->buf + (size_t)i * fb->elem, w->items + (size_t)i * fb->elem, fb->elem) == 0);
      continue;
    }
    cocomm_finding x = findings_at(fb, i);
    FUZZ_ASSERT(x.severity == COCOMM_SEVERITY_INFO);
    FUZZ_ASSERT(x.message == COCOMM_MSG_VOTING_DEFAULT_VOTING || x.message == COCOMM_MSG_VOTING_DEFAULT_NON_VOTING);
    FUZZ_ASSERT(x.rule == COCOMM_RULE_C_3 || x.rule == COCOMM_RULE_C_13);
    FUZZ_ASSERT(x.subject > last && x.subject < (int32_t)n && x.values[0] == x.subject);
    FUZZ_ASSERT(x.values[1] >= COCOMM_CATEGORY_LAY && x.values[1] <= COCOMM_CATEGORY_OTHER);
    const int observer = x.values[1] == COCOMM_CATEGORY_HEALTHWATCH || x.values[1] == COCOMM_CATEGORY_HWB;
    /* C-3: an observer's missing value reads as non-voting, and the note cites C-3. */
    if (observer) FUZZ_ASSERT(x.message == COCOMM_MSG_VOTING_DEFAULT_NON_VOTING && x.rule == COCOMM_RULE_C_3);
    if (ms) {
      cocomm_member m;
      memcpy(&m, ms + (size_t)x.subject * stride, sizeof m);
      FUZZ_ASSERT(m.category == x.values[1]);
      FUZZ_ASSERT(m.voting == (x.message == COCOMM_MSG_VOTING_DEFAULT_VOTING));
    }
    oracle_finding_text(&x, NULL, 0);
    last = x.subject;
  }
done:
  free(w->fs);
  free(w->items);
  return count;
}

/* Arguments refused before any parsing: flags, a roster below its first
 * layout, members below theirs. The status and field, and the roster
 * untouched. */
static void refused_arguments(const char *csv, size_t size, uint32_t h, const cocomm_terms *terms) {
  static const uint32_t small_sizes[] = {0, 4, 16, COCOMM_ROSTER_SIZE_V1 - 8, COCOMM_ROSTER_SIZE_V1 - 1};
  cocomm_member one;
  char text[8];
  for (int k = 0; k < 4; k++) {
    error_buf eb;
    roster_buf rb;
    findings_buf fb;
    uint8_t fsizes[2] = {(uint8_t)(pick(h, 9) & 0x3F), (uint8_t)(220 + pick(h, 9) % 20)}; /* below the first layout */
    bytes sb = {fsizes, 2};
    findings_make(&fb, &sb, 4);
    uint32_t flags = k == 0 ? 1u << (pick(h, 10) % 32) : 0;
    uint32_t rsize = k == 1 ? small_sizes[pick(h, 11) % 5] : (uint32_t)sizeof(cocomm_roster);
    uint32_t member_size = k == 2 ? COCOMM_MEMBER_SIZE_V1 - 1 - pick(h, 12) % 8 : (uint32_t)sizeof one;
    error_make_with(&eb, pick(h, 13 + (uint32_t)k), pick(h, 16 + (uint32_t)k), 1);
    /* Flags and sizes are refused before the terms are read; findings after them. */
    cocomm_roster *r = roster_make(&rb, rsize, &one, member_size, 1, text, sizeof text, k == 3 ? NULL : terms,
                                   k == 3 ? fb.fs : NULL);
    notes_was w;
    notes_keep(&w, &fb);
    int32_t st = cocomm_roster_parse(csv, size, flags, r, error_arg(&eb));
    cocomm_error e = error_judge(&eb, st, 0, 0);
    roster_got(&rb, COCOMM_ERR_STRUCT_SIZE); /* nothing written, whatever the status */
    notes_oracle(&fb, &w, COCOMM_ERR_STRUCT_SIZE, 0, NULL, 0);
    findings_free(&fb);
    int small = error_small(&eb);
    error_free(&eb);
    if (small) continue;
    static const int32_t want[] = {COCOMM_ERR_INVALID_ARGUMENT, COCOMM_ERR_STRUCT_SIZE, COCOMM_ERR_STRUCT_SIZE,
                                   COCOMM_ERR_STRUCT_SIZE};
    static const int32_t field[] = {COCOMM_FIELD_FLAGS, COCOMM_FIELD_STRUCT_SIZE, COCOMM_FIELD_ELEMENT_SIZE,
                                    COCOMM_FIELD_FINDINGS};
    FUZZ_ASSERT(st == want[k]);
    if (e.struct_size) FUZZ_ASSERT(e.field == field[k] && e.index == -1);
  }
}

/* Terms cocomm_terms_check refuses: every parse is refused for them, with
 * the check's story, before a byte of the text is read, and writes nothing. */
static void refused_terms(const char *csv, size_t size, uint32_t h, const cocomm_terms *terms) {
  cocomm_error want = COCOMM_ERROR_INIT;
  int32_t verdict = cocomm_terms_check(terms, &want);
  FUZZ_ASSERT(verdict != COCOMM_OK);
  cocomm_member m[2];
  char text[64];
  findings_buf fb;
  notes_make(&fb, h, 60, 1);
  error_buf eb;
  error_make_with(&eb, pick(h, 0), pick(h, 1), 1);
  roster_buf rb;
  notes_was w;
  notes_keep(&w, &fb);
  int32_t st = cocomm_roster_parse(csv, size, 0,
                                   roster_make(&rb, (uint32_t)sizeof(cocomm_roster), m, sizeof m[0], 2, text,
                                               sizeof text, terms, findings_arg(&fb)),
                                   error_arg(&eb));
  cocomm_error e = error_judge_terms(&eb, st, 0, 0, 1);
  roster_got(&rb, COCOMM_ERR_STRUCT_SIZE);
  notes_oracle(&fb, &w, COCOMM_ERR_STRUCT_SIZE, 0, NULL, 0);
  if (!error_small(&eb)) {
    REF_SAME("a roster with refused terms: its status", st, verdict);
    if (e.struct_size) {
      error_same(&e, &want);
      FUZZ_ASSERT(e.line == 0 && e.column == 0);
    }
  }
  error_free(&eb);
  findings_free(&fb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *csv = (const char *)data;
  uint32_t h = hash(data, size);
  int terms_refused;
  const cocomm_terms *terms = roster_terms(h, &terms_refused);
  refused_arguments(csv, size, h, terms);
  if (terms_refused) {
    refused_terms(csv, size, h, terms);
    return 0;
  }

  /* Count only: the members, the text and (perhaps) the notes. */
  error_buf eb;
  error_make_with(&eb, pick(h, 0), pick(h, 1), 0);
  roster_buf rb;
  findings_buf fc;
  notes_make(&fc, h, 70, 0);
  notes_was wc;
  notes_keep(&wc, &fc);
  int32_t st = cocomm_roster_parse(
      csv, size, 0, roster_make(&rb, (uint32_t)sizeof(cocomm_roster), NULL, 0, 0, NULL, 0, terms, findings_arg(&fc)),
      error_arg(&eb));
  cocomm_roster counted = roster_got(&rb, st);
  uint32_t n = counted.count;
  size_t need = counted.text_needed;
  uint32_t notes_counted = notes_oracle(&fc, &wc, st, st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL ? n : 0,
                                        NULL, 0);
  findings_free(&fc);

  /* The same bytes with every lone CR an LF: in a list of bytes (UTF-8 or
   * Windows-1252); UTF-16's CR is two bytes, so a UTF-16 list is left be. */
  char *lf = malloc(size ? size : 1);
  int lone_cr = 0;
  const int utf16 = size >= 2 && (((unsigned char)csv[0] == 0xFF && (unsigned char)csv[1] == 0xFE) ||
                                  ((unsigned char)csv[0] == 0xFE && (unsigned char)csv[1] == 0xFF));
  for (size_t i = 0; i < size; i++) {
    lf[i] = csv[i];
    if (!utf16 && csv[i] == '\r' && !(i + 1 < size && csv[i + 1] == '\n')) lf[i] = '\n', lone_cr = 1;
  }
  cocomm_roster r_lf;
  cocomm_roster_init(&r_lf, NULL, 0, NULL, 0);
  r_lf.terms = terms;
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
    r2.terms = terms;
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
  findings_buf fb;
  notes_make(&fb, h, 80, 1);
  notes_was wb;
  notes_keep(&wb, &fb);
  error_make_with(&eb, pick(h, 4), pick(h, 5), 0);
  cocomm_roster *rp = roster_make(&rb, roster_sizes[pick(h, 6) % 4], (cocomm_member *)(void *)m, stride, n,
                                  need ? text : NULL, need, terms, findings_arg(&fb));
  st = cocomm_roster_parse(csv, size, 0, rp, error_arg(&eb));
  error_judge(&eb, st, 0, 0);
  error_free(&eb);
  cocomm_roster parsed = roster_got(&rb, st);
  uint32_t notes = notes_oracle(&fb, &wb, st, n, m, stride);
  /* The members fit: the notes alone may not. */
  FUZZ_ASSERT(st == (fb.none || notes <= fb.cap ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL));
  FUZZ_ASSERT(parsed.count == n && parsed.text_needed == need);
  if (notes != UINT32_MAX && notes_counted != UINT32_MAX) REF_SAME("notes, counted and parsed", notes_counted, notes);
  findings_free(&fb);
  /* COCOMM_ROSTER_INIT over two arrays: what cocomm_roster_init sets. */
  {
    static cocomm_member few[4];
    static char few_text[256];
    cocomm_roster fr = COCOMM_ROSTER_INIT(few, few_text);
    FUZZ_ASSERT(fr.terms == NULL && fr.findings == NULL);
    fr.terms = terms;
    cocomm_error fe = COCOMM_ERROR_INIT;
    int32_t fst = cocomm_roster_parse(csv, size, 0, &fr, &fe);
    FUZZ_ASSERT(fr.struct_size == sizeof fr && fr.member_size == sizeof few[0] && fr.capacity == 4);
    FUZZ_ASSERT(fst == (n <= 4 && need <= sizeof few_text ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL));
    FUZZ_ASSERT(fr.count == n && fr.text_needed == need && fe.status == fst);
  }
  cocomm_member *full = calloc(n ? n : 1, sizeof *full); /* the members at full size, for the oracles */
  for (uint32_t i = 0; i < n; i++) {
    cocomm_member x;
    memcpy(&x, m + (size_t)i * stride, sizeof x);
    full[i] = x;
    FUZZ_ASSERT(x.struct_size >= COCOMM_MEMBER_SIZE_V1 && x.name != NULL);
    FUZZ_ASSERT(x.name >= text && x.name < text + need);
    size_t len = strlen(x.name);
    FUZZ_ASSERT(len >= 1 && len <= COCOMM_NAME_MAX);
    oracle_utf8("parsed name", x.name, len);
    if (x.body) oracle_utf8("parsed organisation", x.body, strlen(x.body));
    FUZZ_ASSERT(x.category >= COCOMM_CATEGORY_LAY && x.category <= COCOMM_CATEGORY_OTHER);
    FUZZ_ASSERT((x.voting == 0 || x.voting == 1) && x.position >= 0 && x.position <= 2);
    /* The body only NHS England (from an organisation, or a member type of
     * NHS England) or unstated (roster.h), an office or a tag the terms name. */
    FUZZ_ASSERT(x.body_kind == COCOMM_BODY_UNSTATED ||
                (x.body_kind == COCOMM_BODY_NHS_ENGLAND && (x.body || x.category == COCOMM_CATEGORY_NHS_ENGLAND)));
    FUZZ_ASSERT(x.body_ccg == 0 && x.reserved0 == 0);
    uint32_t known = (1u << COCOMM_OFFICES_KNOWN) - 1u;
    for (uint32_t t = 0; terms && t < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; t++)
      if (terms->tag_names[t][0]) known |= COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED + t);
    FUZZ_ASSERT((x.tags & ~known) == 0);
  }
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = (const cocomm_member *)(const void *)m;
  c.member_count = n;
  c.member_size = stride;
  c.terms = terms;
  /* What the parser makes, the checks take, with the same terms. */
  REF_SAME("a parsed committee, checked", cocomm_committee_check(&c, NULL), COCOMM_OK);
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
    findings_buf kb;
    findings_make(&kb, &sb, 0);
    free(kb.buf);
    kb.cap = total > 2 ? total - 1 : total;
    kb.buf = malloc(kb.cap ? (size_t)kb.cap * kb.elem : 1);
    kb.fs->capacity = kb.cap;
    kb.fs->items = (cocomm_finding *)(void *)kb.buf;
    st = cocomm_committee_assess(&c, findings_arg(&kb), NULL);
    FUZZ_ASSERT(findings_got(&kb).count == total && (st == COCOMM_OK) == (kb.cap >= total));
    oracle_findings(&kb, st, (int32_t)n, &c);
    findings_free(&kb);
    cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
    cocomm_findings_init(&fs, all, total);
    FUZZ_ASSERT(cocomm_committee_assess(&c, &fs, NULL) == COCOMM_OK && fs.count == total);
    oracle_committee_findings(&c, full, terms, all, total);
    free(all);
  }
  /* A decision: a third absent, a quarter conflicted, votes and who presides from the hash. */
  c.kind = 1 + pick(h, 42) % 3;
  uint8_t *present = malloc(n ? n : 1), *conflicted = malloc(n ? n : 1), *stayed = malloc(n ? n : 1);
  int32_t *votes = malloc((n ? n : 1) * sizeof *votes);
  for (uint32_t i = 0; i < n; i++) {
    present[i] = (uint8_t)(i % 3 != 1);
    conflicted[i] = (uint8_t)(i % 4 == 2);
    stayed[i] = (uint8_t)(i % 8 == 2);
    votes[i] = (int32_t)((h >> (i % 29)) & 3);
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = conflicted;
  d.stayed = pick(h, 43) & 1 ? stayed : NULL;
  d.votes = pick(h, 43) & 2 ? votes : NULL;
  d.casting = pick(h, 43) >> 2 & 3 ? COCOMM_VOTE_FOR : COCOMM_VOTE_NONE;
  d.contract_award = pick(h, 43) >> 4 & 1;
  d.chosen = n && pick(h, 44) < 64 ? (int32_t)(pick(h, 45) % n) : -1;
  d.casting_by = n && pick(h, 44) >= 224 ? (int32_t)(pick(h, 46) % n) : -1;
  d.item = "item"; /* or the first member's name, read through memcpy: the stride may be unaligned */
  if (n) memcpy(&d.item, m + offsetof(cocomm_member, name), sizeof d.item);
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  uint8_t *roles = malloc(n ? n : 1);
  memset(roles, 0xA5, n ? n : 1);
  cocomm_finding items[8];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(items);
  error_make_with(&eb, pick(h, 40), pick(h, 41), 0);
  st = cocomm_decision_assess(&c, &d, &r, roles, &fs, error_arg(&eb));
  error_judge(&eb, st, (int32_t)n, 0);
  error_free(&eb);
  FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
  for (uint32_t i = 0; i < fs.count && i < 8; i++) oracle_finding_text(&items[i], &c, 0);
  oracle_result(&r, roles, n, &c);
  {
    uint32_t total = fs.count;
    cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
    cocomm_findings_init(&fs, all, total);
    cocomm_decision_result r2;
    cocomm_decision_result_init(&r2);
    FUZZ_ASSERT(cocomm_decision_assess(&c, &d, &r2, NULL, &fs, NULL) == COCOMM_OK && fs.count == total);
    oracle_decision(&c, full, terms, &d, &r, roles, all, total);
    free(all);
  }
  size_t len = 0;
  cocomm_decision_format_register(&c, &d, &r, NULL, 0, &len);
  char *entry = malloc(len + 1);
  FUZZ_ASSERT(cocomm_decision_format_register(&c, &d, &r, entry, len + 1, NULL) == COCOMM_OK);
  oracle_register(&c, full, &d, &r, entry, len);
  free(entry);
  free(roles);
  free(present);
  free(conflicted);
  free(stayed);
  free(votes);
  free(full);
  free(m);
  free(text);
  return 0;
}
