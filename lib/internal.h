/* SPDX-License-Identifier: MIT */
/* Helpers shared by the library's modules. Hidden: never exported, and
 * named cocomm__* so that they cannot clash in a static link. */
#ifndef COCOMM_INTERNAL_H
#define COCOMM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <cocomm/date.h>

/* Copy n bytes of src into buf as a NUL-terminated string, snprintf-style:
 * *needed (if not NULL) gets n; too small a buffer gets "" and an error. */
int32_t cocomm__emit(const char *src, size_t n, char *buf, size_t cap, size_t *needed);

/* Resolve a (text, len) argument. len COCOMM_NTS means NUL-terminated: at
 * most max bytes are scanned, so an unterminated string cannot run away.
 * Returns COCOMM_OK, COCOMM_ERR_INVALID_ARGUMENT (NULL text) or
 * COCOMM_ERR_PARSE (longer than max). */
int32_t cocomm__text_len(const char *text, size_t len, size_t max, size_t *out);

/* A value of the one vocabulary (lib/roster.c's spelling table, matched as
 * a list's cells are) into *value: in column COCOMM_COLUMN_CATEGORY the
 * category of a member type naming no office (office 0) or the office one
 * names (office 1); in COCOMM_COLUMN_POSITION the position (blanks: none).
 * COCOMM_ERR_PARSE for none, COCOMM_ERR_INVALID_ARGUMENT for NULLs. */
int32_t cocomm__spelling_value(int32_t column, int32_t office, const char *text, size_t len, int32_t *value);

/* A word of a small vocabulary (model names, committee kinds, terms-file
 * keys; member types, offices and positions are lib/roster.c's table) and
 * the value it stands for. */
typedef struct cocomm__word {
  const char *word; /* normalised: lower case, single spaces */
  int32_t value;
} cocomm__word;

/* Look text up in a vocabulary after normalising it: ASCII case folded,
 * blanks (space, tab, CR, LF; and U+00A0 too when nbsp_is_blank, as in
 * cells pasted into spreadsheets) trimmed and runs of them read as one
 * space. COCOMM_ERR_PARSE for an unknown word, an embedded NUL or text too
 * long to be any word; COCOMM_ERR_INVALID_ARGUMENT for NULLs. */
/* Normalise n bytes of s into out as cocomm__lookup_word() does; 0 if it
 * does not fit in cap bytes (NUL included). */
int cocomm__normalise(const char *s, size_t n, int nbsp_is_blank, char *out, size_t cap);
int32_t cocomm__lookup_word(const cocomm__word *table, size_t n, const char *text, size_t len,
                            int nbsp_is_blank, int32_t *out);

/* 1 for the yes/no values of public structs (0 or 1). */
static inline int cocomm__is_yes_no(int32_t v) { return v == 0 || v == 1; }

/* Parse exactly n ASCII digits. Returns 1 on success. */
int cocomm__digits(const char *s, size_t n, int32_t *out);

/* A findings array being written: see findings.h. */
struct cocomm_committee;
struct cocomm_findings;
typedef struct cocomm__sink {
  struct cocomm_findings *target;       /* the caller's; NULL: findings are only counted */
  unsigned char *out;
  uint32_t elem_size;
  uint32_t capacity;
  uint32_t n, by_severity[4];
} cocomm__sink;

/* Check the caller's findings buffer (NULL is allowed: nothing is written)
 * and start an empty sink. */
struct cocomm_error;
int32_t cocomm__sink_open(cocomm__sink *sink, struct cocomm_findings *findings, struct cocomm_error *e);

/* Report one finding: its rule (enum cocomm_rule_id), severity (0: from
 * the rule's force), message code (message.h), subject and the values the
 * message needs (NULL: none). Beyond capacity it is only counted. */
void cocomm__report(cocomm__sink *sink, int32_t rule, int32_t severity, int32_t code, int32_t subject,
                    const int32_t *values);

/* The values of a finding, in order: COCOMM__V(a, b). */
#define COCOMM__V(...) ((const int32_t[4]){__VA_ARGS__})

/* Start and end an assessing entry point: begin checks the caller's error
 * struct and findings buffer; end closes the sink and records the outcome
 * in the error struct. */
int32_t cocomm__begin(cocomm__sink *sink, struct cocomm_findings *findings, struct cocomm_error *e);
int32_t cocomm__end(cocomm__sink *sink, struct cocomm_error *e, int32_t status);

/* Finish a check that returned status: on success, the caller's count
 * and counts by severity are set, and COCOMM_ERR_BUFFER_TOO_SMALL is
 * returned if some findings did not fit; any other status is returned as
 * it is, with nothing written. */
int32_t cocomm__sink_close(cocomm__sink *sink, int32_t status);

/* A rule of the catalogue by identifier (enum cocomm_rule_id); NULL if none. */
struct cocomm_rule;
const struct cocomm_rule *cocomm__rule(int32_t id);

/* The one scanner for every text the library reads (names, bodies,
 * labels, identifiers): valid UTF-8 (no overlong forms, surrogates or code
 * points past U+10FFFF) with no control character but HT (no other C0
 * control, no DEL, no C1 control), NUL-terminated at index max at the
 * latest. It never reads a byte past index max. *len gets the length.
 * With hash not NULL, *hash gets a hash of the text as
 * cocomm__text_compare() normalises it, so equal texts hash equal.
 * COCOMM_ERR_INVALID_ARGUMENT for NULL, COCOMM_ERR_PARSE otherwise. */
int32_t cocomm__utf8_scan(const char *text, size_t max, size_t *len, uint32_t *hash);
int32_t cocomm__utf8_check(const char *text, size_t max, size_t *len);

/* Compare two texts (NULL reads as empty) normalised: ASCII case folded,
 * blanks (space, HT, CR, LF) trimmed and each run of them read as one
 * space. <0, 0 or >0 like strcmp. */
int cocomm__text_compare(const char *a, const char *b);

/* Length of s[0..n) without a trailing UTF-8 sequence that a cut left
 * incomplete: the UTF-8-safe truncation every message uses. */
size_t cocomm__utf8_prefix(const char *s, size_t n);

/* The end of the policy, said once (RULES.md, later national cycles):
 * CCGs were abolished on 2022-07-01, so 2022-06-30 is the last day any
 * rule or cycle holds. Initialisers, for the const tables of rules.c and
 * timeline.c; timeline.c's THE_END is 00:00 UK time on the first. */
#define COCOMM__CCGS_ABOLISHED {2022, 7, 1}
#define COCOMM__CCGS_LAST_DAY {2022, 6, 30}

/* 1 for the zero date {0, 0, 0}: "no date". */
int cocomm__date_unset(cocomm_date d);
/* 1 if d (not unset) is on or after COCOMM__CCGS_ABOLISHED: a date in UK
 * time, the day of the timeline's end (cocomm_timeline_end). */
int cocomm__after_ccgs(cocomm_date d);

/* The length of the longest prefix of text[0..n) that is valid UTF-8
 * (control characters and NUL included): n when all of it is. */
size_t cocomm__utf8_valid_prefix(const char *text, size_t n);

/* The length of the character at text[0..n) if it is valid UTF-8 and no
 * control character but HT (C0, DEL and C1 are controls); 0 otherwise. */
size_t cocomm__text_char(const char *text, size_t n);
/* Copy untrusted bytes src[0..n) into dst (cap bytes, cap > 0) as text to
 * show a person: valid UTF-8, each invalid byte and each control character
 * but HT replaced by U+FFFD, cut at a character boundary, NUL-terminated.
 * Returns the bytes written, NUL excluded. */
size_t cocomm__display_copy(char *dst, size_t cap, const char *src, size_t n);

/* An snprintf-style text builder over a caller's buffer: appends past the
 * capacity are counted, not written. */
typedef struct cocomm__text {
  char *buf;
  size_t cap;
  size_t len;
} cocomm__text;

void cocomm__text_put(cocomm__text *t, const char *s, size_t n);
void cocomm__text_puts(cocomm__text *t, const char *s);
/* Append s with its quotes doubled, for inside a quoted CSV field. */
void cocomm__text_csv_escaped(cocomm__text *t, const char *s);
/* Append s as one RFC 4180 CSV field: quoted when it holds a comma, a
 * quote, CR, LF or a tab, with quotes doubled. */
void cocomm__text_csv_field(cocomm__text *t, const char *s);
/* NUL-terminate and report like cocomm__emit(). */
int32_t cocomm__text_finish(cocomm__text *t, size_t *needed);

/* Sort n (at most 65536) indices stably with cmp, tmp (n entries) as
 * scratch: a merge sort, O(n log n) comparisons whatever the input, with
 * insertion sort on short runs. */
typedef int (*cocomm__compare_fn)(const void *ctx, uint16_t a, uint16_t b);
void cocomm__sort_indices(uint16_t *idx, uint16_t *tmp, uint32_t n, cocomm__compare_fn cmp, const void *ctx);

/* Error detail (error.h). Each takes the caller's cocomm_error, which may
 * be NULL. error_open refuses one too small to fill; fail and fail_text
 * fill it for a refused input and return status; finish records a success
 * (or a buffer too small) and returns status. */
struct cocomm_error;
int32_t cocomm__error_open(struct cocomm_error *e);
int32_t cocomm__fail(struct cocomm_error *e, int32_t status, int32_t index, int32_t field, const char *message);
int32_t cocomm__fail_text(struct cocomm_error *e, int32_t status, int32_t field, uint32_t line,
                          uint32_t column, const char *message, const char *text, size_t len);
int32_t cocomm__finish(struct cocomm_error *e, int32_t status);

/* cocomm_ccg_check's work, for checks that take a CCG. */
struct cocomm_ccg;
int32_t cocomm__ccg_check(const struct cocomm_ccg *ccg, struct cocomm_error *e);

/* Copy a struct between layouts of different sizes, either way: the
 * common prefix is copied, never a byte past either size, and whatever dst
 * has beyond it is zeroed. Reading a caller's older, smaller struct, the
 * fields it lacks read as zero; writing into a newer, larger one, its
 * unknown tail is cleared. */
void cocomm__copy_struct(void *dst, size_t dst_size, const void *src, size_t src_size);

#endif
