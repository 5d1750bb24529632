/* SPDX-License-Identifier: MIT */
#include <cocomm/roster.h>

#include <string.h>

#include <cocomm/error.h>

#include "committee_internal.h"
#include "internal.h"
#include "message.h"

/* ---- spellings: normalised (lower case, single spaces) ---- */

static const cocomm__word yes_no[] = {
  {"y", 1}, {"yes", 1}, {"true", 1}, {"1", 1}, {"voting", 1},
  {"n", 0}, {"no", 0}, {"false", 0}, {"0", 0}, {"non-voting", 0},
};

enum column { COL_IGNORED, COL_NAME, COL_CATEGORY, COL_VOTING, COL_POSITION, COL_ORGANISATION, COL_TAGS };
#define COL_LAST COL_TAGS

static const cocomm__word headers[] = {
  {"name", COL_NAME}, {"member", COL_NAME}, {"member name", COL_NAME}, {"full name", COL_NAME},
  {"category", COL_CATEGORY}, {"type", COL_CATEGORY}, {"member type", COL_CATEGORY},
  {"membership category", COL_CATEGORY},
  {"voting", COL_VOTING}, {"vote", COL_VOTING}, {"votes", COL_VOTING}, {"voting member", COL_VOTING},
  {"position", COL_POSITION}, {"role", COL_POSITION}, {"office", COL_POSITION},
  {"organisation", COL_ORGANISATION}, {"organization", COL_ORGANISATION},
  {"body", COL_ORGANISATION}, {"represents", COL_ORGANISATION},
  {"tags", COL_TAGS}, {"offices", COL_TAGS}, {"office held", COL_TAGS}, {"offices held", COL_TAGS},
};

/* "NHS England", "NHSE", or either followed by more words: "NHS England
 * (Lancashire area team)". */
static int names_nhs_england(const char *s, size_t n) {
  char norm[COCOMM_NAME_MAX + 2];
  if (!cocomm__normalise(s, n, 1, norm, sizeof norm)) return 0;
  for (const char *const *p = (const char *const[]){"nhs england", "nhse", NULL}; *p; p++) {
    size_t k = strlen(*p);
    if (strncmp(norm, *p, k) == 0 && (norm[k] == '\0' || norm[k] == ' ')) return 1;
  }
  return 0;
}

#define CELL_MAX 64 /* longest category, position or yes/no value read */

#define LOOKUP(table, text, len, out) \
  cocomm__lookup_word(table, sizeof table / sizeof table[0], text, len, 1, out)

int32_t cocomm_roster_parse_yes_no(const char *text, size_t len, int32_t *yes) {
  return LOOKUP(yes_no, text, len, yes);
}

void cocomm_roster_init(cocomm_roster *roster, cocomm_member *members, uint32_t capacity, char *text,
                        size_t text_cap) {
  if (roster == NULL) return;
  memset(roster, 0, sizeof *roster);
  roster->struct_size = (uint32_t)sizeof *roster;
  roster->member_size = (uint32_t)sizeof(cocomm_member);
  roster->capacity = members ? capacity : 0;
  roster->members = members;
  roster->text = text;
  roster->text_cap = text ? text_cap : 0;
}

uint32_t cocomm_roster_size(void) { return (uint32_t)sizeof(cocomm_roster); }

/* ---- the CSV reader ---- */

typedef struct {
  const char *p, *end;
  uint32_t line;
} reader;

/* One field, unescaped into buf (NUL-terminated; when it does not fit,
 * *len still counts it all). *more is 1 when a comma followed. */
typedef struct {
  char *buf;
  size_t cap, len;
  uint32_t line; /* where the field started */
} field;

static const char *read_field(reader *r, field *f, int *more) {
  f->len = 0;
  f->line = r->line;
  *more = 0;
#define PUT(ch)                                  \
  do {                                           \
    if (f->len + 1 < f->cap) f->buf[f->len] = (ch); \
    f->len++;                                    \
  } while (0)
  if (r->p < r->end && *r->p == '"') {
    r->p++;
    for (;;) {
      if (r->p == r->end) return "a quoted field is never closed";
      char c = *r->p++;
      if (c == '\0') return "a NUL byte";
      if (c == '"') {
        if (r->p < r->end && *r->p == '"') {
          PUT('"');
          r->p++;
          continue;
        }
        break;
      }
      /* A line break is CRLF, LF or a lone CR, as between records. */
      if (c == '\n' || (c == '\r' && (r->p == r->end || *r->p != '\n'))) r->line++;
      PUT(c);
    }
    if (r->p < r->end && *r->p != ',' && *r->p != '\r' && *r->p != '\n')
      return "text after a closing quote";
  } else {
    while (r->p < r->end && *r->p != ',' && *r->p != '\r' && *r->p != '\n') {
      if (*r->p == '\0') return "a NUL byte";
      PUT(*r->p);
      r->p++;
    }
  }
#undef PUT
  if (f->cap > 0) f->buf[f->len < f->cap ? f->len : f->cap - 1] = '\0';
  if (r->p < r->end && *r->p == ',') {
    r->p++;
    *more = 1;
  } else if (r->p < r->end) { /* CRLF, LF or a lone CR */
    if (*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n') r->p++;
    r->p++;
    r->line++;
  }
  return NULL;
}

/* What of a field's text is held: a field longer than its buffer was cut,
 * perhaps inside a character, so drop what the cut left incomplete. */
static size_t held(const field *f) {
  if (f->cap == 0) return 0;
  return f->len < f->cap ? f->len : cocomm__utf8_prefix(f->buf, f->cap - 1);
}

static void fail(cocomm_error *e, int32_t status, uint32_t line, uint32_t column, const char *message,
                 const char *text, size_t len) {
  cocomm__fail_text(e, status, COCOMM_FIELD_TEXT, line, column, message, text, len);
}

/* An error in the header row. */
static void fail_header(cocomm_error *e, uint32_t line, uint32_t column, const char *message, const char *text,
                        size_t len) {
  cocomm__fail_text(e, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, line, column, message, text, len);
}

/* Why a name or organisation cell is refused. */
static const char *bad_text(const char *s, size_t n, const char *what_utf8, const char *what_control) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int c1 = c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] < 0xA0;
    if ((c < 0x20 && c != '\t') || c == 0x7F || c1) return what_control;
  }
  return what_utf8;
}

/* Blanks as the vocabulary reads them: space, HT, CR, LF and U+00A0. */
static size_t blank_at(const char *s, size_t n) {
  unsigned char c = (unsigned char)s[0];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  return c == 0xC2 && n > 1 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* 1 if a cell holds nothing but blanks: it counts as empty. */
static int blank_cell(const field *f) {
  if (f->len >= f->cap) return 0; /* longer than its buffer: not blank */
  for (size_t i = 0, k; i < f->len; i += k)
    if ((k = blank_at(f->buf + i, f->len - i)) == 0) return 0;
  return 1;
}

/* Trim s[0..*n) of blanks on both sides; returns where the text starts. */
static const char *trim(const char *s, size_t *n) {
  size_t k;
  while (*n > 0 && (k = blank_at(s, *n)) != 0) s += k, *n -= k;
  while (*n > 0 && (s[*n - 1] == ' ' || s[*n - 1] == '\t' ||
                    (*n > 1 && (unsigned char)s[*n - 2] == 0xC2 && (unsigned char)s[*n - 1] == 0xA0)))
    *n -= s[*n - 1] == ' ' || s[*n - 1] == '\t' ? 1 : 2;
  return s;
}

/* Line breaks inside a quoted name or organisation (Alt+Enter in Excel)
 * read as one space each: a name is one line. */
static void unbreak(char *s) {
  for (char *w = s, *r = s;; r++) {
    if (*r == '\r' && r[1] == '\n') r++;
    *w++ = (*r == '\r' || *r == '\n') ? ' ' : *r;
    if (*r == '\0') break;
  }
}

/* Copy s into the caller's text buffer; NULL when it does not fit (the
 * call then fails with COCOMM_ERR_BUFFER_TOO_SMALL anyway). */
static const char *keep_text(char *text, size_t cap, size_t *used, const char *s, size_t n) {
  size_t at = *used;
  *used += n + 1;
  if (text == NULL || *used > cap) return NULL;
  memcpy(text + at, s, n);
  text[at + n] = '\0';
  return text + at;
}

#define MAX_COLUMNS 64

static int32_t parse(const char *data, size_t len, cocomm_roster *ro, cocomm__sink *notes, cocomm_error *error);

int32_t cocomm_roster_parse(const char *data, size_t len, uint32_t flags, cocomm_roster *roster,
                            cocomm_error *error) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__error_open(error);
  if (st != COCOMM_OK) return st;
  if (data == NULL) return cocomm__fail(error, bad, -1, COCOMM_FIELD_NONE, "no data");
  if (flags != 0) return cocomm__fail(error, bad, -1, COCOMM_FIELD_FLAGS, "flags must be 0");
  if (roster == NULL) return cocomm__fail(error, bad, -1, COCOMM_FIELD_NONE, "no roster");
  if (roster->struct_size < COCOMM_ROSTER_SIZE_V1)
    return cocomm__fail(error, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the roster's struct_size is below the first layout");
  cocomm_roster r = *roster;
  if ((r.members == NULL && r.capacity > 0) || (r.text == NULL && r.text_cap > 0))
    return cocomm__fail(error, bad, -1, COCOMM_FIELD_ARRAY, "a capacity but no buffer");
  if (r.capacity > 0 && r.member_size < COCOMM_MEMBER_SIZE_V1)
    return cocomm__fail(error, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE,
                        "member_size is below the first layout");
  if (r.capacity > 0 && (size_t)r.capacity > SIZE_MAX / r.member_size)
    return cocomm__fail(error, bad, -1, COCOMM_FIELD_COUNT, "capacity times member_size is more than memory holds");
  if (r.terms != NULL && r.terms->struct_size < COCOMM_TERMS_SIZE_V1)
    return cocomm__finish(error, cocomm__fail(error, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS,
                                              "the terms' struct_size is below the first layout"));
  if (r.terms != NULL && (st = cocomm__terms_check(r.terms, error)) != COCOMM_OK) return cocomm__finish(error, st);
  cocomm__sink notes;
  if ((st = cocomm__sink_open(&notes, r.findings, error)) != COCOMM_OK) return cocomm__finish(error, st);
  st = parse(data, len, &r, &notes, error);
  if (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    roster->count = r.count;
    roster->text_needed = r.text_needed;
  }
  return cocomm__finish(error, cocomm__sink_close(&notes, st));
}

/* The tags of a cell: offices or named tags, separated by ";" or ",". */
static const char *read_tags(const cocomm_terms *terms, const char *s, uint32_t *tags, const char **at, size_t *len) {
  *tags = 0;
  for (const char *p = s; *p;) {
    size_t n = strcspn(p, ";,");
    const char *item = p;
    size_t item_len = n;
    p += n + (p[n] != '\0');
    item = trim(item, &item_len);
    if (item_len == 0) continue;
    int32_t tag;
    if (cocomm__tag_parse(terms, item, item_len, &tag) != COCOMM_OK) {
      *at = item;
      *len = item_len;
      return "not an office, nor a tag the terms of reference name";
    }
    *tags |= COCOMM_TAG_BIT(tag);
  }
  return NULL;
}

/* A voting value the list left out and the parser defaulted (C-3, C-13). */
struct note {
  uint16_t member;
  uint8_t category, voting;
};

static int32_t parse(const char *data, size_t len, cocomm_roster *ro, cocomm__sink *notes, cocomm_error *error) {
  struct note defaulted[COCOMM_MEMBERS_MAX];
  uint32_t defaults = 0;
  cocomm_member *members = ro->members;
  const uint32_t member_size = ro->member_size, capacity = ro->capacity;
  char *text = ro->text;
  const size_t text_cap = ro->text_cap;

  reader r = {data, data + len, 1};
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) r.p += 3; /* byte-order mark */

  /* The header row. */
  enum column cols[MAX_COLUMNS];
  uint32_t ncols = 0;
  int seen[COL_LAST + 1] = {0};
  uint32_t col_of[COL_LAST + 1] = {0}; /* 1-based column of each kind */
  char cell[COCOMM_NAME_MAX + 2];
  field f = {cell, sizeof cell, 0, 1};
  int more = 1;
  while (more) {
    const char *why = read_field(&r, &f, &more);
    if (why) {
      fail_header(error, f.line, ncols + 1, why, cell, held(&f));
      return COCOMM_ERR_PARSE;
    }
    if (ncols == MAX_COLUMNS) {
      fail_header(error, f.line, ncols + 1, "more than 64 columns", NULL, 0);
      return COCOMM_ERR_PARSE;
    }
    int32_t kind = COL_IGNORED;
    if (f.len < sizeof cell && LOOKUP(headers, cell, f.len, &kind) != COCOMM_OK) kind = COL_IGNORED;
    if (kind != COL_IGNORED && seen[kind]++) {
      fail_header(error, f.line, ncols + 1, "a column named twice", cell, held(&f));
      return COCOMM_ERR_PARSE;
    }
    cols[ncols++] = (enum column)kind;
    if (kind != COL_IGNORED) col_of[kind] = ncols;
  }
  if (!seen[COL_NAME] || !seen[COL_CATEGORY]) {
    fail_header(error, 1, 1, seen[COL_NAME] ? "no category column in the header"
                                                         : "no name column in the header", NULL, 0);
    return COCOMM_ERR_PARSE;
  }

  uint32_t n = 0;
  size_t used = 0;
  while (r.p < r.end) {
    char name[COCOMM_NAME_MAX + 2] = "", org[COCOMM_NAME_MAX + 2] = "", tags[COCOMM_NAME_MAX + 2] = "";
    char cat[CELL_MAX] = "", vote[CELL_MAX] = "", pos[CELL_MAX] = "";
    uint32_t row_line = r.line, cells = 0;
    uint32_t line_of[COL_LAST + 1]; /* where each known cell starts */
    for (int k = 0; k <= COL_LAST; k++) line_of[k] = row_line;
    int any = 0, has_vote = 0;
    more = 1;
    for (uint32_t c = 0; more; c++) {
      enum column kind = c < ncols ? cols[c] : COL_IGNORED;
      char *dst = kind == COL_NAME ? name : kind == COL_ORGANISATION ? org : kind == COL_TAGS ? tags
                  : kind == COL_CATEGORY ? cat : kind == COL_VOTING ? vote
                  : kind == COL_POSITION ? pos : cell;
      size_t cap = (kind == COL_NAME || kind == COL_ORGANISATION || kind == COL_TAGS) ? COCOMM_NAME_MAX + 2
                   : kind == COL_IGNORED ? sizeof cell : CELL_MAX;
      field fl = {dst, cap, 0, r.line};
      const char *why = read_field(&r, &fl, &more);
      cells = c + 1;
      if (why) {
        fail(error, COCOMM_ERR_PARSE, fl.line, c + 1, why, dst, held(&fl));
        return COCOMM_ERR_PARSE;
      }
      const int blank = blank_cell(&fl);
      if (!blank) any = 1;
      line_of[kind] = fl.line;
      if (c >= ncols && !blank) {
        fail(error, COCOMM_ERR_PARSE, fl.line, c + 1, "more cells than the header has", dst, held(&fl));
        return COCOMM_ERR_PARSE;
      }
      if ((kind == COL_NAME || kind == COL_ORGANISATION || kind == COL_TAGS) && fl.len > COCOMM_NAME_MAX) {
        fail(error, COCOMM_ERR_PARSE, fl.line, c + 1, "longer than 255 bytes", dst, held(&fl));
        return COCOMM_ERR_PARSE;
      }
      if ((kind == COL_CATEGORY || kind == COL_VOTING || kind == COL_POSITION) && fl.len >= CELL_MAX) {
        fail(error, COCOMM_ERR_PARSE, fl.line, c + 1, "too long to be a category, position or yes/no",
             dst, held(&fl));
        return COCOMM_ERR_PARSE;
      }
      if (kind == COL_VOTING) has_vote = !blank; /* blanks only: no value, the default */
    }
    if (!any) continue; /* a blank row: every cell empty or blanks */
    /* Errors name the header's column; a row may stop short of it. */
    const uint32_t name_col = col_of[COL_NAME], cat_col = col_of[COL_CATEGORY];
    if (cells < name_col) {
      fail(error, COCOMM_ERR_PARSE, row_line, name_col, "no name: the row ends before this column",
           NULL, 0);
      return COCOMM_ERR_PARSE;
    }
    if (cells < cat_col) {
      fail(error, COCOMM_ERR_PARSE, row_line, cat_col, "no category: the row ends before this column",
           NULL, 0);
      return COCOMM_ERR_PARSE;
    }
    cocomm_member m;
    cocomm_member_init(&m);
    size_t ulen;
    /* A name is one line; its surrounding blanks are trimmed and its inner
     * text stays as written. */
    unbreak(name);
    unbreak(org);
    unbreak(tags);
    size_t name_len = strlen(name), org_len = strlen(org);
    const char *nm = trim(name, &name_len), *og = trim(org, &org_len);
    if (name_len == 0) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_NAME], name_col, "empty name", NULL, 0);
      return COCOMM_ERR_PARSE;
    }
    if (cocomm__utf8_check(name, COCOMM_NAME_MAX + 1, &ulen) != COCOMM_OK) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_NAME], name_col,
           bad_text(nm, name_len, "not valid UTF-8", "a control character in a name"), nm, name_len);
      return COCOMM_ERR_PARSE;
    }
    if (org_len && cocomm__utf8_check(org, COCOMM_NAME_MAX + 1, &ulen) != COCOMM_OK) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_ORGANISATION], col_of[COL_ORGANISATION],
           bad_text(og, org_len, "organisation is not valid UTF-8",
                    "a control character in an organisation"), og, org_len);
      return COCOMM_ERR_PARSE;
    }
    if (cocomm_category_parse(cat, COCOMM_NTS, &m.category) != COCOMM_OK) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_CATEGORY], cat_col, "unknown category", cat, strlen(cat));
      return COCOMM_ERR_PARSE;
    }
    if (cocomm_position_parse(pos, COCOMM_NTS, &m.position) != COCOMM_OK) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_POSITION], col_of[COL_POSITION], "unknown position", pos,
           strlen(pos));
      return COCOMM_ERR_PARSE;
    }
    const char *bad_tag;
    size_t bad_len;
    if (tags[0] != '\0' && cocomm__utf8_check(tags, COCOMM_NAME_MAX + 1, &ulen) != COCOMM_OK) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_TAGS], col_of[COL_TAGS],
           bad_text(tags, strlen(tags), "tags are not valid UTF-8", "a control character in tags"), tags,
           strlen(tags));
      return COCOMM_ERR_PARSE;
    }
    const char *why = read_tags(ro->terms, tags, &m.tags, &bad_tag, &bad_len);
    if (why) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_TAGS], col_of[COL_TAGS], why, bad_tag, bad_len);
      return COCOMM_ERR_PARSE;
    }
    if (org_len && names_nhs_england(og, org_len)) m.body_kind = COCOMM_BODY_NHS_ENGLAND;
    if (has_vote && cocomm_roster_parse_yes_no(vote, COCOMM_NTS, &m.voting) != COCOMM_OK) {
      fail(error, COCOMM_ERR_PARSE, line_of[COL_VOTING], col_of[COL_VOTING], "not a yes or no", vote,
           strlen(vote));
      return COCOMM_ERR_PARSE;
    }
    if (!has_vote) {
      /* C-3: observers never vote; published terms of reference make the
       * LMC non-voting too (C-13); everyone else votes. Each default is
       * said, so that a reader can check it. */
      m.voting = !(cocomm__observer(m.category) || m.category == COCOMM_CATEGORY_LMC);
      if (n < COCOMM_MEMBERS_MAX) defaulted[defaults++] = (struct note){(uint16_t)n, (uint8_t)m.category, (uint8_t)m.voting};
    }
    if (n == COCOMM_MEMBERS_MAX) {
      fail(error, COCOMM_ERR_OUT_OF_RANGE, row_line, name_col, "more than 1024 members", NULL, 0);
      return COCOMM_ERR_OUT_OF_RANGE;
    }
    m.name = keep_text(text, text_cap, &used, nm, name_len);
    m.body = org_len ? keep_text(text, text_cap, &used, og, org_len) : NULL;
    if (n < capacity) {
      cocomm__copy_struct((unsigned char *)members + (size_t)n * member_size, member_size, &m, sizeof m);
    }
    n++;
  }
  /* Notes only once the whole list is read: a refused list writes none. */
  for (uint32_t k = 0; k < defaults; k++) {
    const struct note *d = &defaulted[k];
    cocomm__report(notes, cocomm__observer(d->category) ? COCOMM_RULE_C_3 : COCOMM_RULE_C_13, COCOMM_SEVERITY_INFO,
                   d->voting ? COCOMM_MSG_VOTING_DEFAULT_VOTING : COCOMM_MSG_VOTING_DEFAULT_NON_VOTING, d->member,
                   COCOMM__V(d->member, d->category));
  }
  ro->count = n;
  ro->text_needed = used;
  return n > capacity || used > text_cap ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK;
}
