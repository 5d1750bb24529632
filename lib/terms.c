/* SPDX-License-Identifier: MIT */
#include <cocomm/terms.h>
#include <cocomm/committee.h>
#include <cocomm/roster.h>

#include <stdio.h>
#include <string.h>

#include "committee_internal.h"
#include "internal.h"

void cocomm_terms_init(cocomm_terms *terms) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_terms init = COCOMM_TERMS_INIT;
  if (terms != NULL) memcpy(terms, &init, sizeof init);
}

uint32_t cocomm_clause_size(void) { return (uint32_t)sizeof(cocomm_clause); }
uint32_t cocomm_terms_size(void) { return (uint32_t)sizeof(cocomm_terms); }

/* ---- names ---- */

static const char *const office_names[COCOMM_OFFICES_KNOWN] = {
  "chief officer", "chief finance officer", "director of commissioning", "director of nursing",
  "registered nurse", "secondary care doctor", "practising GP", "lay member for governance",
  "lay member for patient and public involvement", "lay person", "NHS England director",
  "director of public health", "practice manager",
};

/* Office spellings are the member types of the one vocabulary that name an
 * office (lib/roster.c): "Accountable Officer" in a list, a terms file or
 * cocomm_office_parse(). "GP" alone is a category (clinical), so the
 * office is "practising GP". */

const char *cocomm_office_name(int32_t office) {
  return office >= 0 && office < (int32_t)COCOMM_OFFICES_KNOWN ? office_names[office] : "unknown";
}

int32_t cocomm_office_parse(const char *text, size_t len, int32_t *office) {
  return cocomm__spelling_value(COCOMM_COLUMN_CATEGORY, 1, text, len, office);
}

const char *cocomm_terms_tag_name(const cocomm_terms *terms, int32_t tag) {
  if (tag >= 0 && tag < (int32_t)COCOMM_OFFICES_KNOWN) return office_names[tag];
  if (terms == NULL || terms->struct_size < COCOMM_TERMS_SIZE_V1 || tag < (int32_t)COCOMM_TAG_FIRST_NAMED ||
      tag >= (int32_t)COCOMM_TAGS_MAX)
    return "unknown";
  const char *name = terms->tag_names[tag - (int32_t)COCOMM_TAG_FIRST_NAMED];
  size_t len;
  /* Only a name that cocomm_terms_check() would accept is ever handed out. */
  if (name[0] == '\0' || cocomm__utf8_check(name, COCOMM_TAG_NAME_SIZE - 1, &len) != COCOMM_OK) return "unknown";
  return name;
}

/* A tag the terms declare by this name (case and blanks as the vocabulary
 * reads them); 0 for none. */
static int declared_tag(const cocomm_terms *terms, const char *text, size_t len, int32_t *tag) {
  char want[COCOMM_TAG_NAME_SIZE * 2], have[COCOMM_TAG_NAME_SIZE * 2];
  if (terms == NULL || len > 4 * COCOMM_TAG_NAME_SIZE || !cocomm__normalise(text, len, 1, want, sizeof want) ||
      want[0] == '\0')
    return 0;
  for (uint32_t i = 0; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++) {
    const char *name = terms->tag_names[i];
    const char *end = memchr(name, '\0', COCOMM_TAG_NAME_SIZE);
    if (end == NULL || end == name || !cocomm__normalise(name, (size_t)(end - name), 1, have, sizeof have)) continue;
    if (strcmp(want, have) == 0) {
      *tag = (int32_t)(COCOMM_TAG_FIRST_NAMED + i);
      return 1;
    }
  }
  return 0;
}

/* A name the terms declare comes first: terms made in code may name a tag
 * what the vocabulary has since learnt as an office ("Consultant"), and
 * the tag keeps its meaning. A terms file cannot (tag_name_problem). */
int32_t cocomm__tag_parse(const cocomm_terms *terms, const char *text, size_t len, int32_t *tag) {
  if (declared_tag(terms, text, len, tag)) return COCOMM_OK;
  return cocomm_office_parse(text, len, tag) == COCOMM_OK ? COCOMM_OK : COCOMM_ERR_PARSE;
}

const char *cocomm_majority_name(int32_t majority) {
  switch (majority) {
    case COCOMM_MAJORITY_VOTES_CAST: return "votes cast";
    case COCOMM_MAJORITY_PRESENT_AND_ENTITLED: return "present and entitled";
    default: return "unknown";
  }
}

const char *cocomm_preside_name(int32_t presiding) {
  switch (presiding) {
    case COCOMM_PRESIDE_BY_KIND: return "by kind";
    case COCOMM_PRESIDE_LAY: return "lay";
    case COCOMM_PRESIDE_ANY: return "any";
    default: return "unknown";
  }
}

/* ---- clauses as text ---- */

const cocomm_clause *cocomm__terms_clause(const cocomm_terms *terms, int32_t index) {
  if (terms == NULL || terms->struct_size < COCOMM_TERMS_SIZE_V1) return NULL;
  if (index >= 0 && (uint32_t)index < terms->quorum_count && index < (int32_t)COCOMM_CLAUSES_MAX)
    return &terms->quorum[index];
  if (index >= 100 && (uint32_t)(index - 100) < terms->membership_count && index - 100 < (int32_t)COCOMM_CLAUSES_MAX)
    return &terms->membership[index - 100];
  return NULL;
}

static void put_list_item(cocomm__text *t, int *first, const char *s) {
  cocomm__text_puts(t, *first ? " of " : ", ");
  cocomm__text_puts(t, s);
  *first = 0;
}

void cocomm__clause_describe(cocomm__text *t, const cocomm_terms *terms, const cocomm_clause *k) {
  static const char *const counts[] = {"voting", "non-voting", "voting or non-voting"};
  static const char *const bodies[] = {"", " from NHS England", " from a CCG", " from each body"};
  char num[16];
  if (k->min == COCOMM_CLAUSE_ALL) {
    cocomm__text_puts(t, "all ");
  } else {
    snprintf(num, sizeof num, "%d", (int)k->min);
    cocomm__text_puts(t, "at least ");
    cocomm__text_puts(t, num);
    cocomm__text_puts(t, " ");
  }
  cocomm__text_puts(t, k->voting >= 0 && k->voting <= COCOMM_COUNT_ANY ? counts[k->voting] : "voting");
  cocomm__text_puts(t, k->min == 1 ? " member" : " members");
  int first = 1;
  for (int32_t cat = COCOMM_CATEGORY_LAY; cat <= COCOMM_CATEGORY_OTHER; cat++)
    if (k->categories & COCOMM_CATEGORY_BIT(cat)) put_list_item(t, &first, cocomm_category_name(cat));
  for (int32_t tag = 0; tag < (int32_t)COCOMM_TAGS_MAX; tag++)
    if (k->tags & COCOMM_TAG_BIT(tag)) put_list_item(t, &first, cocomm_terms_tag_name(terms, tag));
  first = 1;
  for (int32_t p = COCOMM_POSITION_NONE; p <= COCOMM_POSITION_VICE_CHAIR; p++)
    if (k->positions & COCOMM_POSITION_BIT(p)) {
      cocomm__text_puts(t, first ? " as " : " or ");
      cocomm__text_puts(t, cocomm_position_name(p));
      first = 0;
    }
  cocomm__text_puts(t, k->body >= 0 && k->body <= COCOMM_CLAUSE_EACH_BODY ? bodies[k->body] : "");
}

/* ---- well-formedness ---- */

/* The tags these terms define: every office the library knows, and each
 * named tag that has a name. */
uint32_t cocomm__terms_known_tags(const cocomm_terms *t) {
  uint32_t known = (1u << COCOMM_OFFICES_KNOWN) - 1u;
  for (uint32_t i = 0; t != NULL && i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++)
    if (t->tag_names[i][0] != '\0') known |= 1u << (COCOMM_TAG_FIRST_NAMED + i);
  return known;
}

#define CATEGORIES_KNOWN (((1u << (COCOMM_CATEGORY_OTHER + 1)) - 1u) & ~1u)
#define POSITIONS_KNOWN ((1u << (COCOMM_POSITION_VICE_CHAIR + 1)) - 1u)

static int32_t check_clause(const cocomm_clause *k, uint32_t tags_known, int32_t index, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (k->min != COCOMM_CLAUSE_ALL && (k->min < 0 || k->min > (int32_t)COCOMM_MEMBERS_MAX))
    return cocomm__fail(e, bad, index, COCOMM_FIELD_CLAUSE, "a clause's min is below 0 or above 1024");
  if (k->categories & ~CATEGORIES_KNOWN)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_CATEGORY, "a clause names an unknown category");
  if (k->tags & ~tags_known)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_TAGS, "a clause names a tag the terms do not define");
  if (k->positions & ~POSITIONS_KNOWN)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_POSITION, "a clause names an unknown position");
  if (k->voting < COCOMM_COUNT_VOTING || k->voting > COCOMM_COUNT_ANY)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_VOTING, "a clause counts voting, non-voting or any");
  if (k->body < COCOMM_CLAUSE_ANY_BODY || k->body > COCOMM_CLAUSE_EACH_BODY)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_BODY_KIND, "not a clause body");
  return COCOMM_OK;
}

int32_t cocomm__terms_check(const cocomm_terms *t, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (t == NULL) return cocomm__fail(e, bad, -1, COCOMM_FIELD_TERMS, "no terms");
  if (t->struct_size < COCOMM_TERMS_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the terms' struct_size is below the first layout");
  if (t->majority < COCOMM_MAJORITY_VOTES_CAST || t->majority > COCOMM_MAJORITY_PRESENT_AND_ENTITLED)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_MAJORITY, "not a majority basis");
  if (!cocomm__is_yes_no(t->casting_vote))
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CASTING_VOTE, "casting_vote must be 0 or 1");
  if (t->presiding < COCOMM_PRESIDE_BY_KIND || t->presiding > COCOMM_PRESIDE_ANY)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_PRESIDING, "not a presiding rule");
  if (t->quorum_count > COCOMM_CLAUSES_MAX || t->membership_count > COCOMM_CLAUSES_MAX)
    return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT, "more than 16 clauses");
  for (uint32_t i = 0; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++) {
    const char *name = t->tag_names[i];
    size_t len;
    if (memchr(name, '\0', COCOMM_TAG_NAME_SIZE) == NULL ||
        (name[0] != '\0' && cocomm__utf8_check(name, COCOMM_TAG_NAME_SIZE - 1, &len) != COCOMM_OK))
      return cocomm__fail(e, COCOMM_ERR_PARSE, (int32_t)(COCOMM_TAG_FIRST_NAMED + i), COCOMM_FIELD_TAG_NAME,
                          "a tag name is not UTF-8 of at most 47 bytes with no control character but HT");
  }
  const uint32_t known = cocomm__terms_known_tags(t);
  int32_t st;
  for (uint32_t i = 0; i < t->quorum_count; i++)
    if ((st = check_clause(&t->quorum[i], known, (int32_t)i, e)) != COCOMM_OK) return st;
  for (uint32_t i = 0; i < t->membership_count; i++)
    if ((st = check_clause(&t->membership[i], known, (int32_t)(100 + i), e)) != COCOMM_OK) return st;
  return COCOMM_OK;
}

int32_t cocomm_terms_check(const cocomm_terms *terms, cocomm_error *error) {
  int32_t st = cocomm__error_open(error);
  if (st == COCOMM_OK) st = cocomm__terms_check(terms, error);
  return cocomm__finish(error, st);
}

/* ---- the text format (docs/terms.md) ----
 *
 * One statement a line, "key: value"; '#' to the end of the line is a
 * comment. The parser makes one pass over the bytes: each line is checked
 * as text (UTF-8, no control character but HT), then read as a statement
 * by splitting it on blanks, commas and a handful of keywords. Every word
 * or item is looked up once, after cocomm__normalise() has copied it into
 * a small buffer (it stops at the first byte that does not fit), so the
 * time is linear in the input whatever it holds. No recursion. */

/* Blanks between words: space and HT. */
static int blank(char c) { return c == ' ' || c == '\t'; }

typedef struct {
  const char *s;
  size_t n;
} token;

/* Where a failure is reported: the current line and where it starts. */
typedef struct {
  const char *line; /* first byte of the current line */
  uint32_t line_no; /* 1-based */
  cocomm_error *e;
} where;

/* Characters (not bytes) from the start of the line to at, plus one. The
 * line is known to be UTF-8 up to at: a character is a byte that is not a
 * continuation byte. */
static uint32_t column_of(const where *w, const char *at) {
  uint64_t col = 1;
  for (const char *p = w->line; p < at; p++) col += ((unsigned char)*p & 0xC0) != 0x80;
  return col > UINT32_MAX ? UINT32_MAX : (uint32_t)col;
}

static int32_t fail_at(const where *w, int32_t status, const char *at, const char *message, const char *text,
                       size_t len) {
  return cocomm__fail_text(w->e, status, COCOMM_FIELD_TEXT, w->line_no, column_of(w, at), message, text, len);
}

static int32_t fail_token(const where *w, const token *t, const char *message) {
  return fail_at(w, COCOMM_ERR_PARSE, t->s, message, t->s, t->n);
}

/* The next blank-separated word of [*p, end); 0 at the end. */
static int next_word(const char **p, const char *end, token *t) {
  const char *q = *p;
  while (q < end && blank(*q)) q++;
  if (q == end) {
    *p = end;
    t->s = end;
    t->n = 0;
    return 0;
  }
  t->s = q;
  while (q < end && !blank(*q)) q++;
  t->n = (size_t)(q - t->s);
  *p = q;
  return 1;
}

/* 1 if t is the word w (ASCII, lower case), case ignored. */
static int is_word(const token *t, const char *w) {
  size_t n = strlen(w);
  if (t->n != n) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)t->s[i];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[i]) return 0;
  }
  return 1;
}

/* [s, end) without the blanks at either end. */
static token trimmed(const char *s, const char *end) {
  while (s < end && blank(*s)) s++;
  while (end > s && blank(end[-1])) end--;
  token t = {s, (size_t)(end - s)};
  return t;
}

/* A value from a small vocabulary: [s, s + n) normalised (case folded,
 * blanks trimmed, runs of them one space) and looked up; -1 if none. */
static int32_t vocabulary(const cocomm__word *table, size_t count, const token *t) {
  char norm[32];
  /* cocomm__normalise() stops at the first byte that does not fit, and a
   * run of blanks takes one: linear, whatever the blanks. */
  if (!cocomm__normalise(t->s, t->n, 0, norm, sizeof norm)) return -1;
  for (size_t i = 0; i < count; i++)
    if (strcmp(norm, table[i].word) == 0) return table[i].value;
  return -1;
}

enum key { KEY_MAJORITY, KEY_CASTING_VOTE, KEY_PRESIDING, KEY_TAG, KEY_QUORUM, KEY_MEMBERSHIP };

static const cocomm__word keys[] = {
  {"majority", KEY_MAJORITY}, {"casting vote", KEY_CASTING_VOTE}, {"presiding", KEY_PRESIDING},
  {"tag", KEY_TAG},           {"quorum", KEY_QUORUM},             {"membership", KEY_MEMBERSHIP},
};
static const cocomm__word majorities[] = {
  {"votes cast", COCOMM_MAJORITY_VOTES_CAST}, {"present and entitled", COCOMM_MAJORITY_PRESENT_AND_ENTITLED}};
static const cocomm__word yes_no[] = {{"yes", 1}, {"no", 0}};
static const cocomm__word presidings[] = {
  {"by kind", COCOMM_PRESIDE_BY_KIND}, {"lay", COCOMM_PRESIDE_LAY}, {"any", COCOMM_PRESIDE_ANY}};
static const cocomm__word clause_bodies[] = {
  {"nhs england", COCOMM_CLAUSE_NHS_ENGLAND}, {"a ccg", COCOMM_CLAUSE_CCG}, {"the ccgs", COCOMM_CLAUSE_CCG},
  {"each body", COCOMM_CLAUSE_EACH_BODY}};

#define VOCABULARY(table, t) vocabulary(table, sizeof table / sizeof table[0], t)

/* ---- tag names ---- */

/* Why a tag name cannot be the name of tag COCOMM_TAG_FIRST_NAMED + index
 * in the text format, given the names of the tags before it; NULL if it
 * can. *at gets the offset of the problem and *len its length. A name is
 * written as it is stored, so it must already be in the form the parser
 * stores: no blank at either end, and single spaces between words. */
static const char *tag_name_problem(const cocomm_terms *t, uint32_t index, const char *s, size_t n, size_t *at,
                                    size_t *len) {
  *at = 0;
  *len = n;
  if (n == 0) return "expected a tag name after 'tag:'";
  if (n > COCOMM_TAG_NAME_SIZE - 1) return "expected a tag name of at most 47 bytes";
  for (size_t i = 0; i < n; i++) {
    if (s[i] == ',' || s[i] == ';' || s[i] == ':' || s[i] == '#') {
      *at = i;
      *len = 1;
      return "expected a tag name without ',', ';', ':' or '#'";
    }
    if (s[i] == '\t' || (s[i] == ' ' && (i == 0 || i + 1 == n || s[i + 1] == ' '))) {
      *at = i;
      *len = 1;
      return "expected a tag name with single spaces between its words";
    }
  }
  const char *p = s;
  token w;
  while (next_word(&p, s + n, &w))
    if (is_word(&w, "of") || is_word(&w, "or") || is_word(&w, "as") || is_word(&w, "from")) {
      *at = (size_t)(w.s - s);
      *len = w.n;
      return "expected a tag name without the words 'of', 'or', 'as' or 'from'";
    }
  int32_t v;
  if (cocomm_office_parse(s, n, &v) == COCOMM_OK) return "expected a new name: this one is an office's";
  if (cocomm_category_parse(s, n, &v) == COCOMM_OK) return "expected a new name: this one is a category's";
  /* Compared as cocomm__tag_parse() compares them, so that every name
   * written reads back as its own tag. */
  char want[COCOMM_TAG_NAME_SIZE * 2], have[COCOMM_TAG_NAME_SIZE * 2];
  if (!cocomm__normalise(s, n, 1, want, sizeof want) || want[0] == '\0')
    return "expected a tag name with a character that is not a blank";
  for (uint32_t i = 0; i < index; i++) {
    const char *name = t->tag_names[i];
    const char *end = memchr(name, '\0', COCOMM_TAG_NAME_SIZE);
    if (end != NULL && cocomm__normalise(name, (size_t)(end - name), 1, have, sizeof have) &&
        strcmp(want, have) == 0)
      return "expected a new name: a tag of this name is declared on an earlier line";
  }
  return NULL;
}

/* ---- clauses ---- */

static const char *const expect_item = "expected a category, an office or a tag declared on an earlier line";

/* Longest item, normalised, that could be a spelling or a tag name. */
#define ITEM_MAX (2 * COCOMM_TAG_NAME_SIZE)

/* One item: a tag the terms name, else a category, else an office (a
 * declared name first, as cocomm__tag_parse() reads it). Runs of blanks
 * are made one space first, so that any number of them is read as the
 * vocabularies read one. */
static int item(const cocomm_terms *t, const token *x, cocomm_clause *k) {
  char norm[ITEM_MAX];
  int32_t v;
  if (!cocomm__normalise(x->s, x->n, 0, norm, sizeof norm)) return 0;
  const size_t n = strlen(norm);
  if (declared_tag(t, norm, n, &v)) {
    k->tags |= COCOMM_TAG_BIT(v);
    return 1;
  }
  if (cocomm_category_parse(norm, n, &v) == COCOMM_OK) {
    k->categories |= COCOMM_CATEGORY_BIT(v);
    return 1;
  }
  if (cocomm__tag_parse(t, norm, n, &v) == COCOMM_OK) {
    k->tags |= COCOMM_TAG_BIT(v);
    return 1;
  }
  return 0;
}

/* Items separated by ',' in [s, end): each piece is an item as a whole,
 * or else items separated by the word "or". */
static int32_t read_items(const where *w, const cocomm_terms *t, const char *s, const char *end, cocomm_clause *k) {
  token all = trimmed(s, end);
  if (all.n == 0) return fail_at(w, COCOMM_ERR_PARSE, all.s, "expected a category, an office or a tag after 'of'", "", 0);
  for (const char *p = s;;) {
    const char *comma = memchr(p, ',', (size_t)(end - p));
    const char *stop = comma ? comma : end;
    token piece = trimmed(p, stop);
    if (piece.n == 0)
      return fail_at(w, COCOMM_ERR_PARSE, piece.s, "expected a category, an office or a tag before and after each ','", "", 0);
    if (!item(t, &piece, k)) {
      /* "chief officer or chief finance officer": split on "or". */
      const char *q = piece.s, *from = piece.s, *piece_end = piece.s + piece.n;
      token x;
      int ors = 0;
      while (next_word(&q, piece_end, &x)) {
        if (!is_word(&x, "or")) continue;
        ors++;
        token sub = trimmed(from, x.s);
        if (sub.n == 0) return fail_token(w, &x, "expected a category, an office or a tag before and after 'or'");
        if (!item(t, &sub, k)) return fail_token(w, &sub, expect_item);
        from = x.s + x.n;
      }
      token sub = trimmed(from, piece_end);
      if (ors == 0) return fail_token(w, &piece, expect_item);
      if (sub.n == 0)
        return fail_at(w, COCOMM_ERR_PARSE, sub.s, "expected a category, an office or a tag before and after 'or'", "", 0);
      if (!item(t, &sub, k)) return fail_token(w, &sub, expect_item);
    }
    if (comma == NULL) return COCOMM_OK;
    p = comma + 1;
  }
}

/* Positions separated by the word "or" in [s, end). */
static int32_t read_positions(const where *w, const char *s, const char *end, cocomm_clause *k) {
  static const char *const expect = "expected 'chair', 'vice-chair' or 'member' after 'as' and after each 'or'";
  const char *q = s, *from = s;
  token x;
  for (;;) {
    int more = next_word(&q, end, &x);
    if (more && !is_word(&x, "or")) continue;
    token sub = trimmed(from, more ? x.s : end);
    int32_t pos;
    char norm[32];
    if (sub.n == 0) return fail_at(w, COCOMM_ERR_PARSE, more ? x.s : sub.s, expect, more ? x.s : "", more ? x.n : 0);
    /* Normalised as the vocabulary is (U+00A0 a blank), and never "": that is no position here. */
    if (!cocomm__normalise(sub.s, sub.n, 1, norm, sizeof norm) || norm[0] == '\0' ||
        cocomm_position_parse(norm, strlen(norm), &pos) != COCOMM_OK)
      return fail_token(w, &sub, expect);
    k->positions |= COCOMM_POSITION_BIT(pos);
    if (!more) return COCOMM_OK;
    from = x.s + x.n;
  }
}

/* One clause: [s, end) is the value after "quorum:" or "membership:". */
static int32_t read_clause(const where *w, const cocomm_terms *t, const char *s, const char *end, int quorum,
                           cocomm_clause *k) {
  static const char *const expect_count = "expected a number from 0 to 1024 after 'at least'";
  static const char *const expect_noun = "expected 'member' or 'members' (after 'voting', 'non-voting', "
                                         "'voting or non-voting' or 'any')";
  memset(k, 0, sizeof *k);
  const char *p = s;
  token x;
  if (!next_word(&p, end, &x) || !(is_word(&x, "all") || is_word(&x, "at")))
    return fail_at(w, COCOMM_ERR_PARSE, x.s,
                   quorum ? "expected 'at least' and a number, or 'all', after 'quorum:'"
                          : "expected 'at least' and a number, or 'all', after 'membership:'",
                   x.s, x.n);
  if (is_word(&x, "all")) {
    k->min = COCOMM_CLAUSE_ALL;
  } else {
    if (!next_word(&p, end, &x) || !is_word(&x, "least"))
      return fail_at(w, COCOMM_ERR_PARSE, x.s, "expected 'least' after 'at'", x.s, x.n);
    if (!next_word(&p, end, &x)) return fail_at(w, COCOMM_ERR_PARSE, x.s, expect_count, "", 0);
    uint32_t n = 0;
    int over = 0;
    for (size_t i = 0; i < x.n; i++) {
      if (x.s[i] < '0' || x.s[i] > '9') return fail_token(w, &x, expect_count);
      n = n * 10 + (uint32_t)(x.s[i] - '0');
      if (n > COCOMM_MEMBERS_MAX) over = 1, n = COCOMM_MEMBERS_MAX + 1; /* no overflow, however long */
    }
    if (over) return fail_at(w, COCOMM_ERR_OUT_OF_RANGE, x.s, expect_count, x.s, x.n);
    k->min = (int32_t)n;
  }
  /* What the clause counts, then "member" or "members". */
  k->voting = COCOMM_COUNT_VOTING;
  int have = next_word(&p, end, &x);
  if (have && is_word(&x, "voting")) {
    const char *back = p;
    token y;
    if (next_word(&p, end, &y) && is_word(&y, "or")) {
      if (!next_word(&p, end, &y) || !is_word(&y, "non-voting"))
        return fail_at(w, COCOMM_ERR_PARSE, y.s, "expected 'non-voting' after 'voting or'", y.s, y.n);
      k->voting = COCOMM_COUNT_ANY;
    } else {
      p = back;
    }
    have = next_word(&p, end, &x);
  } else if (have && (is_word(&x, "non-voting") || is_word(&x, "any"))) {
    k->voting = is_word(&x, "any") ? COCOMM_COUNT_ANY : COCOMM_COUNT_NON_VOTING;
    have = next_word(&p, end, &x);
  }
  if (!have || !(is_word(&x, "member") || is_word(&x, "members")))
    return fail_at(w, COCOMM_ERR_PARSE, x.s, expect_noun, x.s, x.n);
  /* Then, each optional and in this order: "of" items, "as" positions, "from" a body. */
  have = next_word(&p, end, &x);
  if (have && is_word(&x, "of")) {
    const char *from = p;
    while ((have = next_word(&p, end, &x)) && !is_word(&x, "as") && !is_word(&x, "from")) {
    }
    int32_t st = read_items(w, t, from, have ? x.s : end, k);
    if (st != COCOMM_OK) return st;
  }
  if (have && is_word(&x, "as")) {
    const char *from = p;
    while ((have = next_word(&p, end, &x)) && !is_word(&x, "from")) {
    }
    int32_t st = read_positions(w, from, have ? x.s : end, k);
    if (st != COCOMM_OK) return st;
  }
  if (have && is_word(&x, "from")) {
    token body = trimmed(p, end);
    int32_t b = VOCABULARY(clause_bodies, &body);
    if (b < 0)
      return fail_at(w, COCOMM_ERR_PARSE, body.s,
                     "expected 'NHS England', 'a CCG', 'the CCGs' or 'each body' after 'from'", body.s, body.n);
    k->body = b;
    return COCOMM_OK;
  }
  if (have) return fail_token(w, &x, "expected 'of', 'as', 'from' or the end of the line");
  return COCOMM_OK;
}

/* ---- lines ---- */

/* Length of the character at s[0..n) if the format allows it (UTF-8 with
 * no C0 control but HT, no DEL, no C1 control; no overlong form, surrogate
 * or code point past U+10FFFF), else 0. */
/* The statement on one line, [s, end), comment and blanks removed. */
static int32_t statement(const where *w, cocomm_terms *t, int seen[3], const char *s, const char *end) {
  const char *colon = memchr(s, ':', (size_t)(end - s));
  if (colon == NULL)
    return fail_at(w, COCOMM_ERR_PARSE, s, "expected 'key: value' (no ':' on the line)", s, (size_t)(end - s));
  token key = trimmed(s, colon), value = trimmed(colon + 1, end);
  int32_t k = VOCABULARY(keys, &key);
  if (k < 0)
    return fail_at(w, COCOMM_ERR_PARSE, key.s,
                   "expected a key before ':': majority, casting vote, presiding, tag, quorum or membership", key.s,
                   key.n);
  switch (k) {
    case KEY_MAJORITY:
    case KEY_CASTING_VOTE:
    case KEY_PRESIDING: {
      static const char *const twice[] = {"expected 'majority:' once: it is given on an earlier line",
                                          "expected 'casting vote:' once: it is given on an earlier line",
                                          "expected 'presiding:' once: it is given on an earlier line"};
      if (seen[k]++) return fail_token(w, &key, twice[k]);
      if (k == KEY_MAJORITY) {
        if ((t->majority = VOCABULARY(majorities, &value)) < 0)
          return fail_token(w, &value, "expected 'votes cast' or 'present and entitled' after 'majority:'");
      } else if (k == KEY_CASTING_VOTE) {
        if ((t->casting_vote = VOCABULARY(yes_no, &value)) < 0)
          return fail_token(w, &value, "expected 'yes' or 'no' after 'casting vote:'");
      } else if ((t->presiding = VOCABULARY(presidings, &value)) < 0) {
        return fail_token(w, &value, "expected 'by kind', 'lay' or 'any' after 'presiding:'");
      }
      return COCOMM_OK;
    }
    case KEY_TAG: {
      uint32_t i = 0;
      while (i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED && t->tag_names[i][0] != '\0') i++;
      if (i == COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED)
        return fail_at(w, COCOMM_ERR_OUT_OF_RANGE, key.s, "expected at most 16 'tag:' lines", key.s, key.n);
      /* Stored with each run of blanks made one space. */
      char name[COCOMM_TAG_NAME_SIZE];
      size_t n = 0;
      for (size_t j = 0; j < value.n; j++) {
        if (blank(value.s[j]) && blank(value.s[j - 1])) continue; /* value is trimmed: j > 0 here */
        if (n == COCOMM_TAG_NAME_SIZE - 1)
          return fail_token(w, &value, "expected a tag name of at most 47 bytes");
        name[n++] = blank(value.s[j]) ? ' ' : value.s[j];
      }
      name[n] = '\0';
      size_t at, len;
      const char *why = tag_name_problem(t, i, name, n, &at, &len);
      if (why != NULL) {
        /* at is in the stored name; find it in the line, where blanks may run. */
        const char *p = value.s;
        for (size_t j = 0; j < at; j++) {
          p++;
          if (blank(p[-1]))
            while (blank(*p)) p++;
        }
        return at == 0 && len == n ? fail_token(w, &value, why)
                                   : fail_at(w, COCOMM_ERR_PARSE, p, why, name + at, len);
      }
      memcpy(t->tag_names[i], name, n + 1);
      return COCOMM_OK;
    }
    default: {
      const int quorum = k == KEY_QUORUM;
      uint32_t *count = quorum ? &t->quorum_count : &t->membership_count;
      if (*count == COCOMM_CLAUSES_MAX)
        return fail_at(w, COCOMM_ERR_OUT_OF_RANGE, key.s,
                       quorum ? "expected at most 16 'quorum:' lines" : "expected at most 16 'membership:' lines",
                       key.s, key.n);
      cocomm_clause clause;
      int32_t st = read_clause(w, t, value.s, value.s + value.n, quorum, &clause);
      if (st != COCOMM_OK) return st;
      (quorum ? t->quorum : t->membership)[(*count)++] = clause;
      return COCOMM_OK;
    }
  }
}

static int32_t parse_terms(const char *data, size_t len, cocomm_terms *t, cocomm_error *e) {
  const char *p = data, *end = data + len;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) p += 3; /* byte-order mark */
  where w = {p, 1, e};
  int seen[3] = {0, 0, 0};
  while (p < end) {
    /* The line, checked as text, up to its CRLF, LF or CR. */
    const char *s = p;
    w.line = s;
    while (p < end && *p != '\n' && *p != '\r') {
      size_t k = cocomm__text_char(p, (size_t)(end - p));
      if (k == 0) {
        const char *why = *p == '\0'                            ? "expected text, not a NUL byte"
                          : (unsigned char)*p < 0x20 || *p == 0x7F ? "expected text, not a control character"
                          : (unsigned char)*p == 0xC2             ? "expected text, not a control character"
                                                                   : "expected UTF-8 text: a byte that is not UTF-8";
        /* 0xC2 starts U+0080..U+009F (C1 controls) or a valid character;
         * if it starts a valid one, the next byte is what is wrong. */
        if ((unsigned char)*p == 0xC2 && (end - p < 2 || ((unsigned char)p[1] & 0xC0) != 0x80))
          why = "expected UTF-8 text: a byte that is not UTF-8";
        return fail_at(&w, COCOMM_ERR_PARSE, p, why, p, 1);
      }
      p += k;
    }
    const char *line_end = p;
    if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n') p++;
    if (p < end) p++;
    /* The comment, then the blanks, off. */
    const char *hash = memchr(s, '#', (size_t)(line_end - s));
    token stmt = trimmed(s, hash ? hash : line_end);
    if (stmt.n > 0) {
      int32_t st = statement(&w, t, seen, stmt.s, stmt.s + stmt.n);
      if (st != COCOMM_OK) return st;
    }
    if (w.line_no < UINT32_MAX) w.line_no++;
  }
  return COCOMM_OK;
}

int32_t cocomm_terms_parse(const char *data, size_t len, uint32_t flags, cocomm_terms *terms, cocomm_error *error) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__error_open(error);
  if (st != COCOMM_OK) return st;
  if (data == NULL) return cocomm__fail(error, bad, -1, COCOMM_FIELD_NONE, "no data");
  if (flags != 0) return cocomm__fail(error, bad, -1, COCOMM_FIELD_FLAGS, "flags must be 0");
  if (terms == NULL) return cocomm__fail(error, bad, -1, COCOMM_FIELD_TERMS, "no terms");
  if (terms->struct_size < COCOMM_TERMS_SIZE_V1)
    return cocomm__fail(error, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the terms' struct_size is below the first layout");
  cocomm_terms t;
  cocomm_terms_init(&t);
  st = parse_terms(data, len, &t, error);
  /* What the parser builds is well-formed; checked all the same. */
  if (st == COCOMM_OK) st = cocomm__terms_check(&t, error);
  if (st != COCOMM_OK) return st;
  /* The caller's struct at its own size: a newer caller's tail is cleared. */
  t.struct_size = terms->struct_size;
  cocomm__copy_struct(terms, terms->struct_size, &t, sizeof t);
  return cocomm__finish(error, COCOMM_OK);
}

int32_t cocomm_terms_format(const cocomm_terms *terms, char *buf, size_t cap, size_t *needed) {
  if (buf == NULL && cap > 0) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__terms_check(terms, NULL);
  if (st != COCOMM_OK) return st;
  cocomm_terms t;
  cocomm__copy_struct(&t, sizeof t, terms, terms->struct_size);
  /* Only what the format can say: named tags from COCOMM_TAG_FIRST_NAMED
   * with no gap, each with a name that reads back as that tag. */
  uint32_t named = 0;
  while (named < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED && t.tag_names[named][0] != '\0') named++;
  for (uint32_t i = named; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++)
    if (t.tag_names[i][0] != '\0') return COCOMM_ERR_INVALID_ARGUMENT;
  for (uint32_t i = 0; i < named; i++) {
    size_t at, len;
    if (tag_name_problem(&t, i, t.tag_names[i], strlen(t.tag_names[i]), &at, &len) != NULL)
      return COCOMM_ERR_INVALID_ARGUMENT;
  }
  cocomm__text w = {buf, cap, 0};
  cocomm__text_puts(&w, "majority: ");
  cocomm__text_puts(&w, cocomm_majority_name(t.majority));
  cocomm__text_puts(&w, t.casting_vote ? "\ncasting vote: yes\npresiding: " : "\ncasting vote: no\npresiding: ");
  cocomm__text_puts(&w, cocomm_preside_name(t.presiding));
  cocomm__text_puts(&w, "\n");
  for (uint32_t i = 0; i < named; i++) {
    cocomm__text_puts(&w, "tag: ");
    cocomm__text_puts(&w, t.tag_names[i]);
    cocomm__text_puts(&w, "\n");
  }
  for (uint32_t i = 0; i < t.quorum_count; i++) {
    cocomm__text_puts(&w, "quorum: ");
    cocomm__clause_describe(&w, &t, &t.quorum[i]);
    cocomm__text_puts(&w, "\n");
  }
  for (uint32_t i = 0; i < t.membership_count; i++) {
    cocomm__text_puts(&w, "membership: ");
    cocomm__clause_describe(&w, &t, &t.membership[i]);
    cocomm__text_puts(&w, "\n");
  }
  return cocomm__text_finish(&w, needed);
}
