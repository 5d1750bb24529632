/* SPDX-License-Identifier: MIT */
#include <cocomm/roster.h>

#include <string.h>

#include <cocomm/error.h>
#include <cocomm/rules.h>

#include "committee_internal.h"
#include "internal.h"
#include "message.h"

/* ---- the spellings: the one table the parser, docs/csv.md and Python read ---- */

#define SP(kind, col, rule, cat, tag, pos, vote, body, text, note) \
  {(uint32_t)sizeof(cocomm_spelling), kind, col, rule, cat, tag, pos, vote, body, 0, text, note}
#define HEAD(col, text) SP(COCOMM_SPELLING_HEADER, COCOMM_COLUMN_##col, 0, -1, -1, -1, -1, 0, text, NULL)
#define REFUSE(text, why) SP(COCOMM_SPELLING_HEADER, COCOMM_COLUMN_REFUSED, 0, -1, -1, -1, -1, 0, text, why)
/* a member type: the category, the office it names (or -1) and the body it implies */
#define CAT(rule, cat, tag, body, text)                                                     \
  SP(COCOMM_SPELLING_VALUE, COCOMM_COLUMN_CATEGORY, COCOMM_RULE_##rule, COCOMM_CATEGORY_##cat, tag, -1, \
     -1, body, text, NULL)
#define OFFICE(office) COCOMM_OFFICE_##office
#define NONE (-1)
#define NHSE COCOMM_BODY_NHS_ENGLAND
#define VOTE(v, text) SP(COCOMM_SPELLING_VALUE, COCOMM_COLUMN_VOTING, COCOMM_RULE_C_2, -1, -1, -1, v, 0, text, NULL)
#define POS(pos, text)                                                                            \
  SP(COCOMM_SPELLING_VALUE, COCOMM_COLUMN_POSITION, COCOMM_RULE_C_10, -1, -1, COCOMM_POSITION_##pos, -1, 0, \
     text, NULL)

static const char role_why[] =
  "ambiguous: it could be the member type (lay, GP, executive) or the office (chair, vice-chair); "
  "name the column \"Member type\" or \"Position\"";

static const cocomm_spelling spellings[] = {
  /* headers */
  HEAD(NAME, "Name"), HEAD(NAME, "Member"), HEAD(NAME, "Member name"), HEAD(NAME, "Full name"),
  HEAD(NAME, "Name of member"), HEAD(NAME, "Committee member"),
  HEAD(CATEGORY, "Category"), HEAD(CATEGORY, "Type"), HEAD(CATEGORY, "Member type"),
  HEAD(CATEGORY, "Membership category"), HEAD(CATEGORY, "Membership type"), HEAD(CATEGORY, "Member category"),
  HEAD(CATEGORY, "Type of member"), HEAD(CATEGORY, "Category of member"),
  HEAD(VOTING, "Voting"), HEAD(VOTING, "Vote"), HEAD(VOTING, "Votes"), HEAD(VOTING, "Voting member"),
  HEAD(VOTING, "Voting (Y/N)"), HEAD(VOTING, "Vote (Y/N)"), HEAD(VOTING, "Voting member (Y/N)"),
  HEAD(VOTING, "Voting rights"), HEAD(VOTING, "Voting status"),
  HEAD(POSITION, "Position"), HEAD(POSITION, "Office"), HEAD(POSITION, "Chair / Vice-chair"),
  HEAD(POSITION, "Chair or vice-chair"), HEAD(POSITION, "Position on committee"),
  HEAD(POSITION, "Committee position"),
  HEAD(CHAIR, "Chair"), HEAD(CHAIR, "Chair (Y/N)"),
  HEAD(ORGANISATION, "Organisation"), HEAD(ORGANISATION, "Organization"), HEAD(ORGANISATION, "Body"),
  HEAD(ORGANISATION, "Represents"), HEAD(ORGANISATION, "Representing"),
  HEAD(ORGANISATION, "Organisation represented"), HEAD(ORGANISATION, "Organization represented"),
  HEAD(TAGS, "Tags"), HEAD(TAGS, "Offices"), HEAD(TAGS, "Office held"), HEAD(TAGS, "Offices held"),
  REFUSE("Role", role_why), REFUSE("Roles", role_why), REFUSE("Member role", role_why),
  REFUSE("Committee role", role_why),

  /* member types (C-1, C-2: lay and executive; C-5, C-6: clinical; C-7: NHS England; C-3: observers) */
  CAT(C_2, LAY, NONE, 0, "Lay"), CAT(C_2, LAY, NONE, 0, "Lay member"),
  CAT(C_13, LAY, OFFICE(LAY_PERSON), 0, "Lay person"),
  CAT(C_13, LAY, OFFICE(LAY_MEMBER_GOVERNANCE), 0, "Lay member for governance"),
  CAT(C_13, LAY, OFFICE(LAY_MEMBER_GOVERNANCE), 0, "Lay member (governance)"),
  CAT(C_13, LAY, OFFICE(LAY_MEMBER_GOVERNANCE), 0, "Audit chair"),
  CAT(C_13, LAY, OFFICE(LAY_MEMBER_PPI), 0, "Lay member for patient and public involvement"),
  CAT(C_13, LAY, OFFICE(LAY_MEMBER_PPI), 0, "Lay member for PPI"),
  CAT(C_13, LAY, OFFICE(LAY_MEMBER_PPI), 0, "Lay member (PPI)"),
  CAT(C_2, EXECUTIVE, NONE, 0, "Executive"), CAT(C_2, EXECUTIVE, NONE, 0, "Exec"),
  CAT(C_2, EXECUTIVE, NONE, 0, "Executive member"), CAT(C_2, EXECUTIVE, NONE, 0, "CCG executive"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_OFFICER), 0, "Accountable Officer"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_OFFICER), 0, "Chief Officer"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_OFFICER), 0, "Chief Executive"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_OFFICER), 0, "Chief Executive Officer"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_FINANCE_OFFICER), 0, "Chief Finance Officer"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_FINANCE_OFFICER), 0, "Chief Financial Officer"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_FINANCE_OFFICER), 0, "CFO"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_FINANCE_OFFICER), 0, "Director of Finance"),
  CAT(C_13, EXECUTIVE, OFFICE(CHIEF_FINANCE_OFFICER), 0, "Finance Director"),
  CAT(C_13, EXECUTIVE, OFFICE(DIRECTOR_OF_COMMISSIONING), 0, "Director of Commissioning"),
  CAT(C_13, EXECUTIVE, OFFICE(DIRECTOR_OF_COMMISSIONING), 0, "Chief of Service Delivery"),
  CAT(C_13, EXECUTIVE, OFFICE(DIRECTOR_OF_NURSING), 0, "Director of Nursing"),
  CAT(C_13, EXECUTIVE, OFFICE(DIRECTOR_OF_NURSING), 0, "Director of Nursing and Quality"),
  CAT(C_13, EXECUTIVE, OFFICE(DIRECTOR_OF_NURSING), 0, "Chief Nurse"),
  CAT(C_5, CLINICAL, NONE, 0, "Clinical"), CAT(C_5, CLINICAL, NONE, 0, "Clinician"),
  CAT(C_5, CLINICAL, NONE, 0, "Clinical member"), CAT(C_5, CLINICAL, NONE, 0, "GP"),
  CAT(C_5, CLINICAL, NONE, 0, "GP member"),
  CAT(C_13, CLINICAL, OFFICE(GP), 0, "Practising GP"), CAT(C_13, CLINICAL, OFFICE(GP), 0, "GP partner"),
  CAT(C_13, CLINICAL, OFFICE(REGISTERED_NURSE), 0, "Registered nurse"),
  CAT(C_13, CLINICAL, OFFICE(REGISTERED_NURSE), 0, "Nurse"),
  CAT(C_13, CLINICAL, OFFICE(REGISTERED_NURSE), 0, "Governing body nurse"),
  CAT(C_13, CLINICAL, OFFICE(SECONDARY_CARE_DOCTOR), 0, "Secondary care doctor"),
  CAT(C_13, CLINICAL, OFFICE(SECONDARY_CARE_DOCTOR), 0, "Secondary care consultant"),
  CAT(C_13, CLINICAL, OFFICE(SECONDARY_CARE_DOCTOR), 0, "Secondary care clinician"),
  CAT(C_13, CLINICAL, OFFICE(SECONDARY_CARE_DOCTOR), 0, "Consultant"),
  CAT(C_7, NHS_ENGLAND, NONE, NHSE, "NHS England"), CAT(C_7, NHS_ENGLAND, NONE, NHSE, "NHSE"),
  CAT(C_7, NHS_ENGLAND, NONE, NHSE, "NHS England member"), CAT(C_7, NHS_ENGLAND, NONE, NHSE, "Area team"),
  CAT(C_7, NHS_ENGLAND, NONE, NHSE, "NHS England area team"),
  CAT(C_13, NHS_ENGLAND, OFFICE(NHS_ENGLAND_DIRECTOR), NHSE, "NHS England director"),
  CAT(C_13, NHS_ENGLAND, OFFICE(NHS_ENGLAND_DIRECTOR), NHSE, "Area director"),
  CAT(C_13, NHS_ENGLAND, OFFICE(NHS_ENGLAND_DIRECTOR), NHSE, "Director of Commissioning Operations"),
  CAT(C_3, HEALTHWATCH, NONE, 0, "Healthwatch"), CAT(C_3, HEALTHWATCH, NONE, 0, "Local Healthwatch"),
  CAT(C_3, HEALTHWATCH, NONE, 0, "Healthwatch representative"),
  CAT(C_3, HWB, NONE, 0, "HWB"), CAT(C_3, HWB, NONE, 0, "Health and Wellbeing Board"),
  CAT(C_3, HWB, NONE, 0, "Health & Wellbeing Board"), CAT(C_3, HWB, NONE, 0, "HWB representative"),
  CAT(C_3, HWB, NONE, 0, "Health and Wellbeing Board representative"),
  CAT(C_13, LMC, NONE, 0, "LMC"), CAT(C_13, LMC, NONE, 0, "Local Medical Committee"),
  CAT(C_13, LMC, NONE, 0, "LMC representative"),
  CAT(C_12, OTHER, NONE, 0, "Other"),
  CAT(C_13, OTHER, OFFICE(DIRECTOR_OF_PUBLIC_HEALTH), 0, "Director of Public Health"),
  CAT(C_13, OTHER, OFFICE(PRACTICE_MANAGER), 0, "Practice manager"),

  /* voting (C-2 counts voting members) */
  VOTE(1, "Y"), VOTE(1, "Yes"), VOTE(1, "TRUE"), VOTE(1, "1"), VOTE(1, "Voting"), VOTE(1, "Voting member"),
  VOTE(0, "N"), VOTE(0, "No"), VOTE(0, "FALSE"), VOTE(0, "0"), VOTE(0, "Non-voting"), VOTE(0, "Nonvoting"),
  VOTE(0, "Not voting"), VOTE(0, "Non-voting member"),

  /* positions (C-10: one chair, at most one vice-chair; C-1: the chair) */
  POS(NONE, "None"), POS(NONE, "Member"),
  POS(CHAIR, "Chair"), POS(CHAIR, "Chairman"), POS(CHAIR, "Chairperson"), POS(CHAIR, "Chairwoman"),
  POS(CHAIR, "Committee chair"),
  POS(VICE_CHAIR, "Vice-chair"), POS(VICE_CHAIR, "Vice-chairman"), POS(VICE_CHAIR, "Vice-chairperson"),
  POS(VICE_CHAIR, "Deputy chair"), POS(VICE_CHAIR, "Deputy chairman"), POS(VICE_CHAIR, "Deputy chairperson"),
};

#undef SP
#undef HEAD
#undef REFUSE
#undef CAT
#undef OFFICE
#undef NONE
#undef NHSE
#undef VOTE
#undef POS

#define SPELLINGS (sizeof spellings / sizeof spellings[0])

uint32_t cocomm_roster_spelling_count(void) { return (uint32_t)SPELLINGS; }

const cocomm_spelling *cocomm_roster_spelling_at(uint32_t index) {
  return index < SPELLINGS ? &spellings[index] : NULL;
}

uint32_t cocomm_spelling_size(void) { return (uint32_t)sizeof(cocomm_spelling); }

const char *cocomm_column_name(int32_t column) {
  static const char *const names[] = {"unused", "name", "category", "voting", "position",
                                      "organisation", "tags", "chair", "refused"};
  return column >= 0 && column <= COCOMM_COLUMN_REFUSED ? names[column] : "unknown";
}

const char *cocomm_encoding_name(int32_t encoding) {
  static const char *const names[] = {"UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"};
  return encoding >= COCOMM_ENCODING_UTF8 && encoding <= COCOMM_ENCODING_WINDOWS_1252 ? names[encoding - 1]
                                                                                       : "unknown";
}

/* ---- matching: case, blanks and punctuation do not count ---- */

/* Walks a text as its key: ASCII letters folded, digits and non-ASCII
 * bytes kept, every run of anything else (U+00A0 included) one space
 * between words. So "Voting (Y/N)" and "voting y/n" are both "voting y n". */
typedef struct {
  const unsigned char *p, *end;
  int started, gap;
} key_walk;

/* Each byte's key character: ASCII letters folded, digits and bytes past
 * ASCII kept, 0 for anything else (a separator). */
static const unsigned char key_of[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
  0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
  0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
  128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
  144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
  160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
  176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
  192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
  208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
  224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
  240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

static inline int key_next(key_walk *k) {
  while (k->p < k->end) {
    const unsigned c = *k->p;
    const unsigned v = key_of[c];
    /* U+00A0 (C2 A0) separates words, as a space does */
    if (v == 0 || (c == 0xC2 && k->p + 1 < k->end && k->p[1] == 0xA0)) {
      k->p += v == 0 ? 1 : 2;
      k->gap = k->started;
      continue;
    }
    if (k->gap) {
      k->gap = 0;
      return ' ';
    }
    k->p++;
    k->started = 1;
    return (int)v;
  }
  return -1;
}

static int same_key(const char *a, size_t an, const char *b) {
  key_walk x = {(const unsigned char *)a, (const unsigned char *)a + an, 0, 0};
  key_walk y = {(const unsigned char *)b, (const unsigned char *)b + strlen(b), 0, 0};
  for (;;) {
    int cx = key_next(&x), cy = key_next(&y);
    if (cx != cy) return 0;
    if (cx < 0) return 1;
  }
}

/* The value spelling of column that text[0..n) is, by a walk of the table
 * (for one value; a list's cells use the lexicon); with office 0 or 1 only
 * member types that name no office, or one. NULL for none. */
static const cocomm_spelling *find_value(int32_t column, int32_t office, const char *text, size_t n) {
  for (size_t i = 0; i < SPELLINGS; i++) {
    const cocomm_spelling *s = &spellings[i];
    if (s->kind == COCOMM_SPELLING_VALUE && s->column == column && (office < 0 || (s->tag >= 0) == office) &&
        same_key(text, n, s->text))
      return s;
  }
  return NULL;
}

/* A header names one column; REFUSED ones are found too. */
static const cocomm_spelling *find_header(const char *text, size_t n) {
  for (size_t i = 0; i < SPELLINGS; i++)
    if (spellings[i].kind == COCOMM_SPELLING_HEADER && same_key(text, n, spellings[i].text)) return &spellings[i];
  return NULL;
}

int32_t cocomm_roster_parse_yes_no(const char *text, size_t len, int32_t *yes) {
  size_t n;
  if (yes == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__text_len(text, len, 256, &n);
  if (st != COCOMM_OK) return st;
  const cocomm_spelling *s = find_value(COCOMM_COLUMN_VOTING, -1, text, n);
  if (s == NULL) return COCOMM_ERR_PARSE;
  *yes = s->voting;
  return COCOMM_OK;
}

/* "NHS England", "NHSE", "Area team", or one followed by more words:
 * "NHS England (Lancashire area team)". */
static int names_nhs_england(const char *s, size_t n) {
  static const char *const heads[] = {"nhs england", "nhse", "area team"};
  for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
    key_walk k = {(const unsigned char *)s, (const unsigned char *)s + n, 0, 0};
    const char *w = heads[h];
    int c;
    while (*w && (c = key_next(&k)) == (unsigned char)*w) w++;
    if (*w == '\0' && ((c = key_next(&k)) < 0 || c == ' ')) return 1;
  }
  return 0;
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

/* ---- the bytes: four encodings, one CSV reader ---- */

enum { ENC_UTF8, ENC_1252, ENC_UTF16LE, ENC_UTF16BE };

/* Windows-1252's 0x80 to 0x9F. The five bytes it leaves undefined read as
 * the C1 controls Windows maps them to, so a name holding one is refused
 * as holding a control character. */
static const uint16_t cp1252[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
  0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

typedef struct {
  const unsigned char *p, *end;
  int enc;
  int32_t delim;
  uint32_t line;
} reader;

#define AT_END (-1)
#define NOT_UTF16 (-2) /* a lone surrogate, or an odd byte at the end */

static const char not_utf16[] = "not valid UTF-16: a lone surrogate or an odd byte";

/* The character at r->p, and its width in bytes. In UTF-8 every byte is
 * its own: bytes past ASCII are copied as they are, the whole list having
 * been checked as UTF-8 first. */
static inline int32_t peek(const reader *r, size_t *w) {
  const unsigned char *p = r->p;
  const size_t left = (size_t)(r->end - p);
  *w = 1;
  if (left == 0) return AT_END;
  if (r->enc == ENC_UTF8) return p[0];
  if (r->enc == ENC_1252) return p[0] >= 0x80 && p[0] < 0xA0 ? cp1252[p[0] - 0x80] : p[0];
  if (left < 2) return NOT_UTF16;
  const int be = r->enc == ENC_UTF16BE;
  uint32_t u = be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
  *w = 2;
  if (u < 0xD800 || u > 0xDFFF) return (int32_t)u;
  if (u > 0xDBFF || left < 4) return NOT_UTF16;
  uint32_t v = be ? (uint32_t)p[2] << 8 | p[3] : (uint32_t)p[3] << 8 | p[2];
  if (v < 0xDC00 || v > 0xDFFF) return NOT_UTF16;
  *w = 4;
  return (int32_t)(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
}

/* One field, unescaped into buf as UTF-8 (NUL-terminated; when it does not
 * fit, len still counts it all). */
typedef struct {
  char *buf;
  size_t cap, len;
  uint32_t line; /* where the field started */
  int broken;    /* a line break was read inside it (quoted) */
} field;

static inline void put_bytes(field *f, const unsigned char *s, size_t n) {
  if (f->len + 1 < f->cap) {
    size_t room = f->cap - 1 - f->len;
    memcpy(f->buf + f->len, s, n < room ? n : room);
  }
  f->len += n;
}

/* A character as UTF-8; in a UTF-8 list, a byte as it is. */
static void put_char(field *f, int32_t c, int raw) {
  unsigned char u[4];
  size_t n;
  const uint32_t cp = (uint32_t)c;
  if (raw || cp < 0x80) {
    u[0] = (unsigned char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (unsigned char)(0xC0 | cp >> 6);
    u[1] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (unsigned char)(0xE0 | cp >> 12);
    u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (unsigned char)(0xF0 | cp >> 18);
    u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    u[3] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  put_bytes(f, u, n);
}

/* In a UTF-8 list, copy the run of bytes up to the next one that may end
 * the field (the delimiter, a quote when quoted, or a byte at or below CR:
 * line ends, NUL), in one go. */
static inline void copy_run(reader *r, field *f, int quoted) {
  const unsigned char *s = r->p;
  const unsigned char stop = quoted ? '"' : (unsigned char)r->delim;
  /* Eight bytes at a time while none of them is stop or at most CR (the
   * word tests only say "some byte may be": the byte loop finds which). */
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u, stops = ones * stop;
  while (r->end - s >= 8) {
    uint64_t x, y;
    memcpy(&x, s, 8);
    y = x ^ stops;
    if ((((y - ones) & ~y) | ((x - ones * ('\r' + 1)) & ~x)) & highs) break;
    s += 8;
  }
  while (s < r->end && *s != stop && *s > '\r') s++;
  put_bytes(f, r->p, (size_t)(s - r->p));
  r->p = s;
}

/* Reads one field; *more is 1 when a delimiter followed it. */
static const char *read_field(reader *r, field *f, int *more) {
  const int utf8 = r->enc == ENC_UTF8;
  size_t w, w2;
  int32_t c;
  f->len = 0;
  f->line = r->line;
  f->broken = 0;
  *more = 0;
  if (peek(r, &w) == '"') {
    r->p += w;
    for (;;) {
      if (utf8) copy_run(r, f, 1);
      c = peek(r, &w);
      if (c == AT_END) return "a quoted field is never closed";
      if (c == NOT_UTF16) return not_utf16;
      if (c == 0) return "a NUL byte";
      r->p += w;
      if (c == '"') {
        if (peek(r, &w2) != '"') break;
        r->p += w2;
      } else if (c == '\n' || (c == '\r' && peek(r, &w2) != '\n')) {
        r->line++; /* a line break is CRLF, LF or a lone CR, as between records */
        f->broken = 1;
      }
      put_char(f, c, utf8);
    }
    c = peek(r, &w);
    if (c == NOT_UTF16) return not_utf16;
    if (c != AT_END && c != r->delim && c != '\r' && c != '\n') return "text after a closing quote";
  } else {
    for (;;) {
      if (utf8) copy_run(r, f, 0);
      c = peek(r, &w);
      if (c == AT_END || c == r->delim || c == '\r' || c == '\n') break;
      if (c == NOT_UTF16) return not_utf16;
      if (c == 0) return "a NUL byte";
      put_char(f, c, utf8);
      r->p += w;
    }
  }
  if (f->cap > 0) f->buf[f->len < f->cap ? f->len : f->cap - 1] = '\0';
  if (c == r->delim) {
    r->p += w;
    *more = 1;
  } else if (c == '\r' || c == '\n') {
    r->p += w;
    if (c == '\r' && peek(r, &w2) == '\n') r->p += w2;
    r->line++;
  }
  return NULL;
}

/* The delimiter the header row uses most outside quotes: comma, then
 * semicolon, then tab on a tie; comma when it has none. */
static int32_t find_delimiter(reader r) {
  uint32_t comma = 0, semicolon = 0, tab = 0;
  int quoted = 0;
  size_t w;
  for (int32_t c; (c = peek(&r, &w)) >= 0; r.p += w) {
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == '\r' || c == '\n' || c == 0) break;
    else if (c == ',') comma++;
    else if (c == ';') semicolon++;
    else if (c == '\t') tab++;
  }
  if (comma >= semicolon && comma >= tab) return ',';
  return semicolon >= tab ? ';' : '\t';
}

/* What of a field's text is held: a field longer than its buffer was cut,
 * perhaps inside a character, so drop what the cut left incomplete. */
static size_t held(const field *f) {
  if (f->cap == 0) return 0;
  return f->len < f->cap ? f->len : cocomm__utf8_prefix(f->buf, f->cap - 1);
}

static int32_t fail(cocomm_error *e, int32_t status, int32_t field, uint32_t line, uint32_t column,
                    const char *message, const char *text, size_t len) {
  cocomm__fail_text(e, status, field, line, column, message, text, len);
  return status;
}

/* Why a name or organisation cell is refused: a control character, or
 * else not UTF-8 (which a list read whole as UTF-8, or decoded into it,
 * cannot be: kept for what_utf8's sake should that ever change). */
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

/* 1 if s[0..n) is nothing but blanks. */
static int blank_span(const char *s, size_t n) {
  for (size_t i = 0, k; i < n; i += k)
    if ((k = blank_at(s + i, n - i)) == 0) return 0;
  return 1;
}

/* 1 if a cell holds nothing but blanks: it counts as empty. */
static int blank_cell(const field *f) {
  return f->len < f->cap && blank_span(f->buf, f->len); /* longer than its buffer: not blank */
}

/* Trim s[0..*n) of blanks on both sides; returns where the text starts. */
static const char *trim(const char *s, size_t *n) {
  size_t k;
  while (*n > 0 && (k = blank_at(s, *n)) != 0) s += k, *n -= k;
  for (;;) {
    if (*n > 0 && (s[*n - 1] == ' ' || s[*n - 1] == '\t' || s[*n - 1] == '\r' || s[*n - 1] == '\n')) *n -= 1;
    else if (*n > 1 && (unsigned char)s[*n - 2] == 0xC2 && (unsigned char)s[*n - 1] == 0xA0) *n -= 2;
    else return s;
  }
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

static int32_t parse(const char *data, size_t len, cocomm_roster *ro, int v2, cocomm__sink *notes,
                     cocomm_error *error);

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
  /* A caller of the first layout has none of the 2.1 fields: read only what it has. */
  const int v2 = roster->struct_size >= COCOMM_ROSTER_SIZE_V2;
  cocomm_roster r;
  memset(&r, 0, sizeof r);
  memcpy(&r, roster, v2 ? sizeof r : COCOMM_ROSTER_SIZE_V1);
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
  st = parse(data, len, &r, v2, &notes, error);
  if (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    roster->count = r.count;
    roster->text_needed = r.text_needed;
    if (v2) {
      roster->encoding = r.encoding;
      roster->delimiter = r.delimiter;
      roster->columns = r.columns;
      roster->unused = r.unused;
      roster->header = r.header;
      memcpy(roster->column_kind, r.column_kind, sizeof r.column_kind);
    }
  }
  return cocomm__finish(error, cocomm__sink_close(&notes, st));
}

/* The tags of a cell: offices or named tags, separated by ";" or ",". */
static const char *read_tags(const cocomm_terms *terms, const char *s, uint32_t *tags, const char **at, size_t *len) {
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

#define CELL_MAX 64 /* longest member type, position, chair or yes/no value read */

/* The value spellings of the table by their key, hashed: built on the
 * stack once a list (a walk of the table), then each cell costs one walk
 * of its own text and, mostly, one comparison. */
#define LEX_SLOTS 512u /* a power of two over twice the table */
#define KEY_MAX 64     /* a key longer than this is no spelling's */
typedef struct {
  uint16_t slot[LEX_SLOTS]; /* spelling index + 1; 0 for an empty slot */
} lexicon;

/* The key of text[0..n) into key (KEY_MAX bytes); its length, or
 * KEY_MAX when it is longer than any spelling's. */
static size_t key_copy(const char *text, size_t n, char *key) {
  key_walk k = {(const unsigned char *)text, (const unsigned char *)text + n, 0, 0};
  size_t len = 0;
  for (int c; (c = key_next(&k)) >= 0;) {
    if (len == KEY_MAX) return KEY_MAX;
    key[len++] = (char)c;
  }
  return len;
}

static uint32_t key_hash(const char *key, size_t n, int32_t column) {
  uint32_t h = 2166136261u ^ (uint32_t)column;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)key[i]) * 16777619u;
  return h;
}

static void lexicon_build(lexicon *lx) {
  _Static_assert(SPELLINGS * 2 <= LEX_SLOTS && SPELLINGS < UINT16_MAX, "the lexicon is too small for the table");
  memset(lx, 0, sizeof *lx);
  for (uint32_t i = 0; i < SPELLINGS; i++) {
    const cocomm_spelling *s = &spellings[i];
    if (s->kind != COCOMM_SPELLING_VALUE) continue;
    char key[KEY_MAX];
    size_t n = key_copy(s->text, strlen(s->text), key);
    uint32_t h = key_hash(key, n, s->column) & (LEX_SLOTS - 1);
    while (lx->slot[h]) h = (h + 1) & (LEX_SLOTS - 1);
    lx->slot[h] = (uint16_t)(i + 1);
  }
}

/* The value spelling of column that text[0..n) is; NULL for none. */
static const cocomm_spelling *lexicon_find(const lexicon *lx, int32_t column, const char *text, size_t n) {
  char key[KEY_MAX];
  const size_t len = key_copy(text, n, key);
  if (len == KEY_MAX) return NULL;
  for (uint32_t h = key_hash(key, len, column) & (LEX_SLOTS - 1); lx->slot[h]; h = (h + 1) & (LEX_SLOTS - 1)) {
    const cocomm_spelling *s = &spellings[lx->slot[h] - 1];
    if (s->column == column && same_key(key, len, s->text)) return s;
  }
  return NULL;
}

/* The cells a list repeats, remembered as written: most lists spell each
 * member type, yes/no and position one way throughout, so after its first
 * row a cell costs a compare of its raw bytes, not a key walk and a hash
 * probe. Only cells that were read successfully are kept; the outcome
 * depends on nothing but the cell (the terms and the columns are fixed
 * for the parse). */
#define MEMO_SLOTS 64u /* a power of two, over the spellings one list uses */
#define MEMO_TEXT 32u   /* a longer cell is read, not remembered */
typedef struct {
  uint32_t len; /* MEMO_EMPTY for a free slot */
  char text[MEMO_TEXT];
  const cocomm_spelling *spelling; /* a member type or yes/no cell */
  int32_t position;                /* a position cell: the position, or -1 to leave it */
  uint32_t tags;                   /* a position cell: the office bits it sets */
} memo_entry;
typedef struct {
  memo_entry slot[MEMO_SLOTS];
} memo;
#define MEMO_EMPTY UINT32_MAX

static void memo_init(memo *mm) {
  for (uint32_t i = 0; i < MEMO_SLOTS; i++) mm->slot[i].len = MEMO_EMPTY;
}

/* Length and three bytes, multiplied apart: enough to spread one list's
 * few dozen spellings; an entry sits at its slot or the next. */
static uint32_t memo_hash(const char *text, size_t n) {
  const unsigned char *u = (const unsigned char *)text;
  uint32_t h = (uint32_t)n * 0x9E3779B1u;
  if (n > 0) h ^= u[0] * 0x85EBCA6Bu ^ u[n - 1] * 0xC2B2AE35u ^ u[n / 2] * 0x27D4EB2Fu;
  _Static_assert(MEMO_SLOTS == 64u, "memo_hash gives 6 bits");
  return (h ^ h >> 15) * 0x2C1B3C6Du >> 26;
}

/* The remembered entry for text[0..n), or NULL. */
static const memo_entry *memo_find(const memo *mm, const char *text, size_t n) {
  const uint32_t h = memo_hash(text, n);
  for (uint32_t k = 0; k < 2; k++) {
    const memo_entry *e = &mm->slot[(h + k) & (MEMO_SLOTS - 1)];
    if (e->len == n && memcmp(e->text, text, n) == 0) return e;
  }
  return NULL;
}

/* Remembers text[0..n): in a free slot of its two, else in place of the first. */
static void memo_keep(memo *mm, const char *text, size_t n, const cocomm_spelling *spelling, int32_t position,
                      uint32_t tags) {
  if (n > MEMO_TEXT) return;
  const uint32_t h = memo_hash(text, n);
  memo_entry *e = &mm->slot[h];
  if (e->len != MEMO_EMPTY && mm->slot[(h + 1) & (MEMO_SLOTS - 1)].len == MEMO_EMPTY)
    e = &mm->slot[(h + 1) & (MEMO_SLOTS - 1)];
  e->len = (uint32_t)n;
  memcpy(e->text, text, n);
  e->spelling = spelling;
  e->position = position;
  e->tags = tags;
}

static const char category_spellings[] =
  "not a member type: write Lay, Executive, Clinical (or GP), NHS England, Healthwatch, Health and Wellbeing "
  "Board, LMC or Other, or an office such as Accountable Officer, Chief Finance Officer, Registered nurse or "
  "Secondary care doctor (docs/csv.md lists every spelling)";
static const char voting_spellings[] =
  "not a yes or no: write Y, Yes, TRUE, 1 or Voting for a voting member; N, No, FALSE, 0 or Non-voting for "
  "one who does not vote; or leave it empty";
static const char position_spellings[] =
  "not a position: write Chair, Vice-chair (or Vice chair, Deputy chair), Member, or leave it empty; an "
  "office such as Accountable Officer is read as the office held";
static const char chair_spellings[] =
  "not a chair value: write Y (the chair), N, Chair, Vice-chair, or leave it empty";

/* A position or chair cell: a position, in a Chair column yes or no, or
 * an office (the member holds it; the position is none). */
static int read_position(const lexicon *lx, int chair_column, const cocomm_terms *terms, const char *text, size_t n,
                         cocomm_member *out) {
  const cocomm_spelling *s = lexicon_find(lx, COCOMM_COLUMN_POSITION, text, n);
  if (s != NULL) {
    out->position = s->position;
    return 1;
  }
  if (chair_column && (s = lexicon_find(lx, COCOMM_COLUMN_VOTING, text, n)) != NULL) {
    out->position = s->voting ? COCOMM_POSITION_CHAIR : COCOMM_POSITION_NONE;
    return 1;
  }
  if ((s = lexicon_find(lx, COCOMM_COLUMN_CATEGORY, text, n)) != NULL && s->tag >= 0) {
    out->tags |= COCOMM_TAG_BIT(s->tag);
    return 1;
  }
  int32_t tag;
  if (cocomm__tag_parse(terms, text, n, &tag) == COCOMM_OK) {
    out->tags |= COCOMM_TAG_BIT(tag);
    return 1;
  }
  return 0;
}

#define NCOL (COCOMM_COLUMN_REFUSED + 1)

/* Where the cells of a row go, and what the sweep found. */
typedef struct {
  char *name, *org, *tags, *cat, *vote, *pos;
  size_t cat_len, vote_len, pos_len;
  uint32_t cells;
  int any, has_vote;
} row_cells;

/* An ordinary row of a UTF-8 list read in one sweep: no quote in it, no
 * byte at or below CR but its line end (and a tab delimiter), no cell
 * longer than 255 bytes, none of the short ones CELL_MAX or more, and none
 * past the header's that is not blank. Its cells go where read_field
 * would have put them, so the row reads exactly as it would cell by cell.
 * Returns 0, with *r untouched, for any other row: read_field then reads
 * it, errors and all. */
static int sweep_row(reader *r, const uint8_t *cols, uint32_t ncols, row_cells *out) {
  const unsigned char *const p = r->p, *const end = r->end;
  const unsigned char delim = (unsigned char)r->delim;
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u, quotes = ones * '"';
  /* The row's end: the first byte at or below CR that is not the delimiter. */
  const unsigned char *s = p, *next;
  for (;;) {
    while (end - s >= 8) {
      uint64_t x, y;
      memcpy(&x, s, 8);
      y = x ^ quotes;
      if ((((y - ones) & ~y) | ((x - ones * ('\r' + 1)) & ~x)) & highs) break;
      s += 8;
    }
    while (s < end && *s != '"' && *s > '\r') s++;
    if (s == end) {
      next = end;
      break;
    }
    if (*s == delim) { /* a tab delimiter */
      s++;
      continue;
    }
    if (*s == '\n') {
      next = s + 1;
      break;
    }
    if (*s == '\r') {
      next = s + 1 + (s + 1 < end && s[1] == '\n');
      break;
    }
    return 0; /* a quote, a NUL or another control character: read_field's */
  }
  const unsigned char *const row_end = s;
  out->any = out->has_vote = 0;
  uint32_t c = 0;
  for (const unsigned char *q = p;; c++, q++) {
    const unsigned char *e = memchr(q, delim, (size_t)(row_end - q));
    if (e == NULL) e = row_end;
    const size_t n = (size_t)(e - q);
    const int kind = c < ncols ? cols[c] : COCOMM_COLUMN_UNUSED;
    if (n > COCOMM_NAME_MAX) goto refuse;
    const int blank = blank_span((const char *)q, n);
    out->any |= !blank;
    char *dst = NULL;
    size_t *short_len = NULL;
    switch (kind) {
      case COCOMM_COLUMN_NAME: dst = out->name; break;
      case COCOMM_COLUMN_ORGANISATION: dst = out->org; break;
      case COCOMM_COLUMN_TAGS: dst = out->tags; break;
      case COCOMM_COLUMN_CATEGORY: dst = out->cat, short_len = &out->cat_len; break;
      case COCOMM_COLUMN_VOTING: dst = out->vote, short_len = &out->vote_len, out->has_vote = !blank; break;
      case COCOMM_COLUMN_POSITION:
      case COCOMM_COLUMN_CHAIR: dst = out->pos, short_len = &out->pos_len; break;
      default:
        if (c >= ncols && !blank) goto refuse;
        break;
    }
    if (short_len != NULL) {
      if (n >= CELL_MAX) goto refuse;
      *short_len = n;
    }
    if (dst != NULL) {
      memcpy(dst, q, n);
      dst[n] = '\0';
    }
    q = e;
    if (q == row_end) break;
  }
  out->cells = c + 1;
  if (next != row_end) r->line++; /* a line end was read, as read_field counts it */
  r->p = next;
  return 1;
refuse: /* leave the cells as the row found them: empty */
  out->name[0] = out->org[0] = out->tags[0] = out->cat[0] = out->vote[0] = out->pos[0] = '\0';
  out->cat_len = out->vote_len = out->pos_len = 0;
  return 0;
}

static int32_t parse(const char *data, size_t len, cocomm_roster *ro, int v2, cocomm__sink *notes,
                     cocomm_error *error) {
  struct note defaulted[COCOMM_MEMBERS_MAX];
  uint32_t defaults = 0;
  cocomm_member *members = ro->members;
  const uint32_t member_size = ro->member_size, capacity = ro->capacity;
  char *text = ro->text;
  const size_t text_cap = ro->text_cap;
  const cocomm_terms *terms = ro->terms;

  /* The encoding: a byte-order mark says it; without one, UTF-8 if the
   * bytes are, else Windows-1252. */
  const unsigned char *bytes = (const unsigned char *)data;
  reader r = {bytes, bytes + len, ENC_UTF8, ',', 1};
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    r.p += 3;
    ro->encoding = COCOMM_ENCODING_UTF8_BOM;
    size_t ok = cocomm__utf8_valid_prefix(data + 3, len - 3);
    if (ok < len - 3) { /* say where: the line, and the column in bytes */
      uint32_t line = 1, column = 1;
      for (size_t i = 3; i < 3 + ok; i++) {
        column++;
        if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) line++, column = 1;
      }
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, line, column,
                  "not valid UTF-8, though the file starts with UTF-8's byte-order mark", data + 3 + ok,
                  len - 3 - ok < 8 ? len - 3 - ok : 8);
    }
  } else if (len >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
    r.p += 2;
    r.enc = ENC_UTF16LE;
    ro->encoding = COCOMM_ENCODING_UTF16LE;
  } else if (len >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
    r.p += 2;
    r.enc = ENC_UTF16BE;
    ro->encoding = COCOMM_ENCODING_UTF16BE;
  } else if (cocomm__utf8_valid_prefix(data, len) == len) {
    ro->encoding = COCOMM_ENCODING_UTF8;
  } else {
    r.enc = ENC_1252;
    ro->encoding = COCOMM_ENCODING_WINDOWS_1252;
  }
  r.delim = find_delimiter(r);
  ro->delimiter = r.delim;

  /* The header row. */
  uint8_t cols[COCOMM_ROSTER_COLUMNS_MAX];
  uint32_t ncols = 0, unused = 0;
  uint32_t col_of[NCOL] = {0}; /* 1-based column of each kind; 0 for none */
  char cell[COCOMM_NAME_MAX + 2];
  size_t used = 0;
  int header_kept = 1;
  const char *header = NULL;
  int more = 1;
  while (more) {
    field f = {cell, sizeof cell, 0, 1, 0};
    const char *why = read_field(&r, &f, &more);
    if (why) return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, f.line, ncols + 1, why, cell, held(&f));
    if (ncols == COCOMM_ROSTER_COLUMNS_MAX)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, f.line, ncols + 1, "more than 64 columns", NULL, 0);
    size_t n = held(&f);
    const char *h = trim(cell, &n);
    const cocomm_spelling *s = f.len < sizeof cell ? find_header(h, n) : NULL;
    int32_t kind = s ? s->column : COCOMM_COLUMN_UNUSED;
    if (kind == COCOMM_COLUMN_REFUSED)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, f.line, ncols + 1, s->note, h, n);
    if (kind != COCOMM_COLUMN_UNUSED && col_of[kind])
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, f.line, ncols + 1,
                  "a second column for the same thing: another header means the same", h, n);
    if ((kind == COCOMM_COLUMN_CHAIR && col_of[COCOMM_COLUMN_POSITION]) ||
        (kind == COCOMM_COLUMN_POSITION && col_of[COCOMM_COLUMN_CHAIR]))
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, f.line, ncols + 1,
                  "a Chair column and a Position column both say who chairs: keep one", h, n);
    if (kind == COCOMM_COLUMN_UNUSED && n > 0) unused++;
    if (v2) { /* the header's cells, for the caller to name unused columns by */
      const char *kept = keep_text(text, text_cap, &used, h, n);
      if (kept == NULL) header_kept = 0;
      else if (header == NULL) header = kept;
    }
    cols[ncols++] = (uint8_t)kind;
    if (kind != COCOMM_COLUMN_UNUSED) col_of[kind] = ncols;
  }
  if (!col_of[COCOMM_COLUMN_NAME])
    return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 1,
                "no name column in the header: head one column Name (or Member name, Full name)", NULL, 0);
  if (!col_of[COCOMM_COLUMN_CATEGORY])
    return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 1,
                "no member-type column in the header: head one column Member type (or Category, Type)", NULL, 0);
  ro->columns = ncols;
  ro->unused = unused;
  ro->header = header_kept ? header : NULL;
  memset(ro->column_kind, 0, sizeof ro->column_kind);
  memcpy(ro->column_kind, cols, ncols);

  lexicon lx;
  lexicon_build(&lx);
  memo cat_memo, vote_memo, pos_memo;
  memo_init(&cat_memo);
  memo_init(&vote_memo);
  memo_init(&pos_memo);
  const int chair_column = col_of[COCOMM_COLUMN_CHAIR] != 0;
  const uint32_t pos_col = chair_column ? col_of[COCOMM_COLUMN_CHAIR] : col_of[COCOMM_COLUMN_POSITION];
  uint32_t n = 0;
  while (r.p < r.end) {
    /* Only the first byte is set: a cell read fills what it uses. */
    char name[COCOMM_NAME_MAX + 2], org[COCOMM_NAME_MAX + 2], tags[COCOMM_NAME_MAX + 2];
    char cat[CELL_MAX], vote[CELL_MAX], pos[CELL_MAX];
    name[0] = org[0] = tags[0] = cat[0] = vote[0] = pos[0] = '\0';
    size_t cat_len = 0, vote_len = 0, pos_len = 0;
    const uint32_t row_line = r.line;
    uint32_t cells = 0;
    uint32_t line_of[NCOL]; /* where each known cell starts */
    for (int k = 0; k < NCOL; k++) line_of[k] = row_line;
    int any = 0, has_vote = 0, broken = 0;
    row_cells swept = {name, org, tags, cat, vote, pos, 0, 0, 0, 0, 0, 0};
    if (r.enc == ENC_UTF8 && sweep_row(&r, cols, ncols, &swept)) {
      cat_len = swept.cat_len, vote_len = swept.vote_len, pos_len = swept.pos_len;
      cells = swept.cells, any = swept.any, has_vote = swept.has_vote;
      more = 0;
    } else {
      more = 1;
    }
    for (uint32_t c = 0; more; c++) {
      const int kind = c < ncols ? cols[c] : COCOMM_COLUMN_UNUSED;
      char *dst = cell;
      size_t cap = sizeof cell, *short_len = NULL;
      switch (kind) {
        case COCOMM_COLUMN_NAME: dst = name; cap = sizeof name; break;
        case COCOMM_COLUMN_ORGANISATION: dst = org; cap = sizeof org; break;
        case COCOMM_COLUMN_TAGS: dst = tags; cap = sizeof tags; break;
        case COCOMM_COLUMN_CATEGORY: dst = cat, cap = CELL_MAX, short_len = &cat_len; break;
        case COCOMM_COLUMN_VOTING: dst = vote, cap = CELL_MAX, short_len = &vote_len; break;
        case COCOMM_COLUMN_POSITION:
        case COCOMM_COLUMN_CHAIR: dst = pos, cap = CELL_MAX, short_len = &pos_len; break;
        default: break;
      }
      field fl = {dst, cap, 0, r.line, 0};
      const char *why = read_field(&r, &fl, &more);
      cells = c + 1;
      if (why) return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, fl.line, c + 1, why, dst, held(&fl));
      broken |= fl.broken && (kind == COCOMM_COLUMN_NAME || kind == COCOMM_COLUMN_ORGANISATION ||
                              kind == COCOMM_COLUMN_TAGS);
      const int blank = blank_cell(&fl);
      if (!blank) any = 1;
      line_of[kind] = fl.line;
      if (c >= ncols && !blank)
        return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, fl.line, c + 1, "more cells than the header has",
                    dst, held(&fl));
      if (cap == COCOMM_NAME_MAX + 2 && kind != COCOMM_COLUMN_UNUSED && fl.len > COCOMM_NAME_MAX)
        return fail(error, COCOMM_ERR_PARSE, kind == COCOMM_COLUMN_NAME ? COCOMM_FIELD_NAME : COCOMM_FIELD_TEXT,
                    fl.line, c + 1, "longer than 255 bytes", dst, held(&fl));
      if (short_len != NULL) {
        if (fl.len >= CELL_MAX)
          return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, fl.line, c + 1,
                      "too long to be a member type, position or yes/no", dst, held(&fl));
        *short_len = fl.len;
      }
      if (kind == COCOMM_COLUMN_VOTING) has_vote = !blank; /* blanks only: no value, the default */
    }
    if (!any) continue; /* a blank row: every cell empty or blanks */
    /* Errors name the header's column; a row may stop short of it. */
    const uint32_t name_col = col_of[COCOMM_COLUMN_NAME], cat_col = col_of[COCOMM_COLUMN_CATEGORY];
    if (cells < name_col)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, row_line, name_col,
                  "no name: the row ends before this column", NULL, 0);
    if (cells < cat_col)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, row_line, cat_col,
                  "no member type: the row ends before this column", NULL, 0);
    cocomm_member m;
    cocomm_member_init(&m);
    size_t ulen;
    /* A name is one line; its surrounding blanks are trimmed and its inner
     * text stays as written. */
    if (broken) {
      unbreak(name);
      unbreak(org);
      unbreak(tags);
    }
    size_t name_len = strlen(name), org_len = strlen(org);
    const char *nm = trim(name, &name_len), *og = trim(org, &org_len);
    if (name_len == 0)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, line_of[COCOMM_COLUMN_NAME], name_col, "empty name",
                  NULL, 0);
    if (cocomm__utf8_check(name, COCOMM_NAME_MAX + 1, &ulen) != COCOMM_OK)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, line_of[COCOMM_COLUMN_NAME], name_col,
                  bad_text(nm, name_len, "not valid UTF-8", "a control character in a name"), nm, name_len);
    if (org_len && cocomm__utf8_check(org, COCOMM_NAME_MAX + 1, &ulen) != COCOMM_OK)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_BODY, line_of[COCOMM_COLUMN_ORGANISATION],
                  col_of[COCOMM_COLUMN_ORGANISATION],
                  bad_text(og, org_len, "organisation is not valid UTF-8", "a control character in an organisation"),
                  og, org_len);
    const memo_entry *seen = memo_find(&cat_memo, cat, cat_len);
    const cocomm_spelling *s = seen ? seen->spelling : lexicon_find(&lx, COCOMM_COLUMN_CATEGORY, cat, cat_len);
    if (s == NULL)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, line_of[COCOMM_COLUMN_CATEGORY], cat_col,
                  category_spellings, cat, cat_len);
    if (seen == NULL) memo_keep(&cat_memo, cat, cat_len, s, -1, 0);
    m.category = s->category;
    if (s->tag >= 0) m.tags |= COCOMM_TAG_BIT(s->tag);
    if (s->body_kind != COCOMM_BODY_UNSTATED) m.body_kind = s->body_kind;
    if ((seen = memo_find(&pos_memo, pos, pos_len)) != NULL) {
      if (seen->position >= 0) m.position = seen->position;
      m.tags |= seen->tags;
    } else {
      size_t pl = pos_len;
      const char *pt = trim(pos, &pl);
      cocomm_member read;
      read.position = -1;
      read.tags = 0;
      if (pl > 0 && !read_position(&lx, chair_column, terms, pt, pl, &read))
        return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_POSITION,
                    line_of[chair_column ? COCOMM_COLUMN_CHAIR : COCOMM_COLUMN_POSITION], pos_col,
                    chair_column ? chair_spellings : position_spellings, pos, pos_len);
      memo_keep(&pos_memo, pos, pos_len, NULL, read.position, read.tags);
      if (read.position >= 0) m.position = read.position;
      m.tags |= read.tags;
    }
    const char *bad_tag;
    size_t bad_len;
    if (tags[0] != '\0' && cocomm__utf8_check(tags, COCOMM_NAME_MAX + 1, &ulen) != COCOMM_OK)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, line_of[COCOMM_COLUMN_TAGS], col_of[COCOMM_COLUMN_TAGS],
                  bad_text(tags, strlen(tags), "tags are not valid UTF-8", "a control character in tags"), tags,
                  strlen(tags));
    const char *why = read_tags(terms, tags, &m.tags, &bad_tag, &bad_len);
    if (why)
      return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, line_of[COCOMM_COLUMN_TAGS], col_of[COCOMM_COLUMN_TAGS],
                  why, bad_tag, bad_len);
    if (org_len && names_nhs_england(og, org_len)) m.body_kind = COCOMM_BODY_NHS_ENGLAND;
    if (has_vote) {
      if ((seen = memo_find(&vote_memo, vote, vote_len)) != NULL) {
        s = seen->spelling;
      } else {
        size_t vl = vote_len;
        const char *vt = trim(vote, &vl);
        if ((s = lexicon_find(&lx, COCOMM_COLUMN_VOTING, vt, vl)) == NULL)
          return fail(error, COCOMM_ERR_PARSE, COCOMM_FIELD_VOTING, line_of[COCOMM_COLUMN_VOTING],
                      col_of[COCOMM_COLUMN_VOTING], voting_spellings, vote, vote_len);
        memo_keep(&vote_memo, vote, vote_len, s, -1, 0);
      }
      m.voting = s->voting;
    } else {
      /* C-3: observers never vote; published terms of reference make the
       * LMC non-voting too (C-13); everyone else votes. Each default is
       * said, so that a reader can check it. */
      m.voting = !(cocomm__observer(m.category) || m.category == COCOMM_CATEGORY_LMC);
      if (n < COCOMM_MEMBERS_MAX)
        defaulted[defaults++] = (struct note){(uint16_t)n, (uint8_t)m.category, (uint8_t)m.voting};
    }
    if (n == COCOMM_MEMBERS_MAX)
      return fail(error, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_COUNT, row_line, name_col, "more than 1024 members",
                  NULL, 0);
    m.name = keep_text(text, text_cap, &used, nm, name_len);
    m.body = org_len ? keep_text(text, text_cap, &used, og, org_len) : NULL;
    if (n < capacity) {
      cocomm__copy_struct((unsigned char *)members + (size_t)n * member_size, member_size, &m, sizeof m);
      if (v2 && ro->lines != NULL) ro->lines[n] = row_line;
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

/* The vocabulary outside a list: cocomm_category_parse() (member types
 * that name no office), cocomm_office_parse() (those that do) and
 * cocomm_position_parse() read this table with the parser's matching, so
 * that a spelling means the same in a list, a terms file and a call. */
int32_t cocomm__spelling_value(int32_t column, int32_t office, const char *text, size_t len, int32_t *value) {
  size_t n;
  if (value == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__text_len(text, len, 4 * KEY_MAX, &n);
  if (st != COCOMM_OK) return st;
  if (memchr(text, '\0', n) != NULL) return COCOMM_ERR_PARSE;
  if (column == COCOMM_COLUMN_POSITION && blank_span(text, n)) { /* no position written: none */
    *value = COCOMM_POSITION_NONE;
    return COCOMM_OK;
  }
  const cocomm_spelling *s = find_value(column, office, text, n);
  if (s == NULL) return COCOMM_ERR_PARSE;
  *value = column == COCOMM_COLUMN_POSITION ? s->position : office == 1 ? s->tag : s->category;
  return COCOMM_OK;
}
