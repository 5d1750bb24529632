/* SPDX-License-Identifier: MIT */
/* A table of hostile inputs: each row names what is wrong, gives the input
 * and the exact status the library must return (and, where the input is a
 * struct, the item and field its error struct must name; for text, a line
 * and column). Every output buffer sits between guard bytes, so a write
 * past the caller's capacity fails the row; the suite runs under
 * AddressSanitizer and valgrind, so a leak or a stray read fails too. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define GUARD 0xA5
#define PAD 32

/* A buffer of cap bytes with PAD guard bytes on either side. */
typedef struct {
  unsigned char *raw;
  size_t cap;
} guarded;

static void *guarded_new(guarded *g, size_t cap) {
  g->cap = cap;
  g->raw = malloc(cap + 2 * PAD);
  memset(g->raw, GUARD, cap + 2 * PAD);
  return g->raw + PAD;
}

/* 1 if the guards are intact; frees the buffer. */
static int guarded_done(guarded *g) {
  int ok = 1;
  for (size_t i = 0; i < PAD; i++) ok &= g->raw[i] == GUARD && g->raw[PAD + g->cap + i] == GUARD;
  free(g->raw);
  return ok;
}

/* ---- text parsers ---- */

enum parser { P_DATE, P_INSTANT, P_FY, P_MODEL, P_ODS, P_CATEGORY, P_POSITION, P_YESNO };

static const struct {
  const char *what;
  enum parser parser;
  const char *text;
  size_t len; /* 0: strlen */
  int32_t want;
} texts[] = {
  {"NULL date text", P_DATE, NULL, 10, COCOMM_ERR_INVALID_ARGUMENT},
  {"2015-02-29", P_DATE, "2015-02-29", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"2015-13-01", P_DATE, "2015-13-01", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"2015-00-10", P_DATE, "2015-00-10", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"2015-04-31", P_DATE, "2015-04-31", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"year 0000", P_DATE, "0000-06-01", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"day 00", P_DATE, "2015-06-00", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"two-digit year", P_DATE, "15-06-01", 0, COCOMM_ERR_PARSE},
  {"slashes", P_DATE, "2015/06/01", 0, COCOMM_ERR_PARSE},
  {"UK order", P_DATE, "01/06/2015", 0, COCOMM_ERR_PARSE},
  {"trailing blank", P_DATE, "2015-06-01 ", 0, COCOMM_ERR_PARSE},
  {"embedded NUL", P_DATE, "2015-0\0-01", 10, COCOMM_ERR_PARSE},
  {"non-ASCII digit", P_DATE, "2015-06-\xd9\xa1", 0, COCOMM_ERR_PARSE},
  {"empty date", P_DATE, "", 0, COCOMM_ERR_PARSE},
  {"length counting the NUL", P_DATE, "2015-06-01", 11, COCOMM_ERR_PARSE},
  {"24:00", P_INSTANT, "2015-01-09T24:00", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"24:01", P_INSTANT, "2015-01-09T24:01", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"minute 60", P_INSTANT, "2015-01-09T12:60", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"leap second", P_INSTANT, "2015-06-30T23:59:60Z", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"2015-02-29 with a time", P_INSTANT, "2015-02-29T12:00Z", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"offset +14:01", P_INSTANT, "2015-01-09T12:00+14:01", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"offset minutes 99", P_INSTANT, "2015-01-09T12:00+01:99", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"spring-forward gap", P_INSTANT, "2016-03-27T01:15", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"autumn fold", P_INSTANT, "2016-10-30T01:15", 0, COCOMM_ERR_AMBIGUOUS},
  {"before year 1", P_INSTANT, "0001-01-01T00:00+00:01", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"after year 9999", P_INSTANT, "9999-12-31T23:59-00:01", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"space separator", P_INSTANT, "2015-01-09 12:00", 0, COCOMM_ERR_PARSE},
  {"fractional seconds", P_INSTANT, "2015-01-09T12:00:00.000Z", 0, COCOMM_ERR_PARSE},
  {"lower-case z", P_INSTANT, "2015-01-09T12:00z", 0, COCOMM_ERR_PARSE},
  {"offset without colon", P_INSTANT, "2015-01-09T12:00+0100", 0, COCOMM_ERR_PARSE},
  {"hour only", P_INSTANT, "2015-01-09T12", 0, COCOMM_ERR_PARSE},
  {"date only", P_INSTANT, "2015-01-09", 0, COCOMM_ERR_PARSE},
  {"trailing garbage", P_INSTANT, "2015-01-09T12:00Zjunk", 0, COCOMM_ERR_PARSE},
  {"NULL instant text", P_INSTANT, NULL, 5, COCOMM_ERR_INVALID_ARGUMENT},
  {"unterminated, length given short", P_INSTANT, "2015-01-09T12:00Z", 12, COCOMM_ERR_PARSE},
  {"FY wrong second year", P_FY, "2015/17", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"FY 9999/00", P_FY, "9999/00", 0, COCOMM_ERR_OUT_OF_RANGE},
  {"FY dash", P_FY, "2015-16", 0, COCOMM_ERR_PARSE},
  {"FY short", P_FY, "15/16", 0, COCOMM_ERR_PARSE},
  {"FY long", P_FY, "2015/2016", 0, COCOMM_ERR_PARSE},
  {"model 4", P_MODEL, "Model 4", 0, COCOMM_ERR_PARSE},
  {"model D", P_MODEL, "model d", 0, COCOMM_ERR_PARSE},
  {"model as a digit", P_MODEL, "3", 0, COCOMM_ERR_PARSE},
  {"model misspelt", P_MODEL, "delagated", 0, COCOMM_ERR_PARSE},
  {"model with NUL", P_MODEL, "joint\0x", 7, COCOMM_ERR_PARSE},
  {"model overlong", P_MODEL, "joint commissioning joint commissioning joint commissioning joint", 0, COCOMM_ERR_PARSE},
  {"model not UTF-8", P_MODEL, "joint\xff", 0, COCOMM_ERR_PARSE},
  {"model NULL", P_MODEL, NULL, 3, COCOMM_ERR_INVALID_ARGUMENT},
  {"ODS 0Q", P_ODS, "0Q", 0, COCOMM_ERR_PARSE},
  {"ODS 00q", P_ODS, "00q", 0, COCOMM_ERR_PARSE},
  {"ODS 00Q blank", P_ODS, "00Q ", 0, COCOMM_ERR_PARSE},
  {"ODS ABCD", P_ODS, "ABCD", 0, COCOMM_ERR_PARSE},
  {"ODS empty", P_ODS, "", 0, COCOMM_ERR_PARSE},
  {"ODS with NUL", P_ODS, "0\0Q", 3, COCOMM_ERR_PARSE},
  {"ODS NULL", P_ODS, NULL, 3, COCOMM_ERR_INVALID_ARGUMENT},
  {"category nurse", P_CATEGORY, "nurse", 0, COCOMM_ERR_PARSE},
  {"category empty", P_CATEGORY, "", 0, COCOMM_ERR_PARSE},
  {"category too long", P_CATEGORY, "lay lay lay lay lay lay lay lay lay lay lay lay lay lay lay lay lay", 0, COCOMM_ERR_PARSE},
  {"position president", P_POSITION, "president", 0, COCOMM_ERR_PARSE},
  {"yes/no maybe", P_YESNO, "maybe", 0, COCOMM_ERR_PARSE},
  {"yes/no NULL", P_YESNO, NULL, 1, COCOMM_ERR_INVALID_ARGUMENT},
};

static int32_t run_text(size_t i) {
  const char *t = texts[i].text;
  size_t len = texts[i].len ? texts[i].len : strlen(t ? t : "");
  cocomm_date d;
  cocomm_instant in;
  int32_t v;
  switch (texts[i].parser) {
    case P_DATE: return cocomm_date_parse(t, len, &d);
    case P_INSTANT: return cocomm_instant_parse(t, len, &in);
    case P_FY: return cocomm_date_fy_parse(t, len, &v);
    case P_MODEL: return cocomm_model_parse(t, len, &v);
    case P_ODS: return cocomm_ccg_check_ods_code(t, len);
    case P_CATEGORY: return cocomm_category_parse(t, len, &v);
    case P_POSITION: return cocomm_position_parse(t, len, &v);
    default: return cocomm_roster_parse_yes_no(t, len, &v);
  }
}

static void hostile_text(void) {
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    int32_t got = run_text(i);
    if (got != texts[i].want) {
      fprintf(stderr, "  row \"%s\": got %s, want %s\n", texts[i].what, cocomm_status_name(got),
              cocomm_status_name(texts[i].want));
      CU_FAIL(texts[i].what);
    }
  }
}

/* ---- committees: one good committee, one field broken per row ---- */

static const char *names[4] = {"Ann Lay", "Bob Exec", "Dr Cy GP", "Di Healthwatch"};

static void good_committee(cocomm_committee *c, cocomm_member *m) {
  static const int32_t cats[4] = {COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_EXECUTIVE,
                                  COCOMM_CATEGORY_CLINICAL, COCOMM_CATEGORY_HEALTHWATCH};
  for (int i = 0; i < 4; i++) {
    cocomm_member_init(&m[i]);
    m[i].name = names[i];
    m[i].category = cats[i];
    m[i].voting = i < 3;
  }
  m[0].position = COCOMM_POSITION_CHAIR;
  cocomm_committee_init(c);
  c->members = m;
  c->member_count = 4;
}

static char overlong[COCOMM_NAME_MAX + 2];
static const char unterminated_sentinel[] = "x";

static const struct {
  const char *what;
  int member;        /* -1: the committee itself */
  size_t offset;     /* of an int32_t or uint32_t field, or a pointer field */
  int is_pointer;
  int64_t value;     /* for int fields */
  const char *text;  /* for pointer fields */
  int32_t want;
  int32_t field;     /* the field the error names; its index is member */
} committees[] = {
  {"unknown category 0", 1, offsetof(cocomm_member, category), 0, 0, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CATEGORY},
  {"unknown category 9", 1, offsetof(cocomm_member, category), 0, 9, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CATEGORY},
  {"category -1", 1, offsetof(cocomm_member, category), 0, -1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CATEGORY},
  {"category INT32_MIN", 1, offsetof(cocomm_member, category), 0, INT32_MIN, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CATEGORY},
  {"voting 2", 2, offsetof(cocomm_member, voting), 0, 2, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_VOTING},
  {"voting -1", 2, offsetof(cocomm_member, voting), 0, -1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_VOTING},
  {"position 3", 0, offsetof(cocomm_member, position), 0, 3, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_POSITION},
  {"position -1", 0, offsetof(cocomm_member, position), 0, -1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_POSITION},
  {"member struct_size 0", 3, offsetof(cocomm_member, struct_size), 0, 0, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_STRUCT_SIZE},
  {"member struct_size 31", 3, offsetof(cocomm_member, struct_size), 0, 31, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_STRUCT_SIZE},
  {"name NULL", 0, offsetof(cocomm_member, name), 1, 0, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_NAME},
  {"name overlong", 0, offsetof(cocomm_member, name), 1, 0, overlong, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"name lone continuation byte", 1, offsetof(cocomm_member, name), 1, 0, "A\x80", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"name truncated sequence", 1, offsetof(cocomm_member, name), 1, 0, "Zo\xc3", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"name overlong encoding", 1, offsetof(cocomm_member, name), 1, 0, "\xe0\x80\xaf", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"name surrogate", 1, offsetof(cocomm_member, name), 1, 0, "\xed\xb0\x80", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"name past U+10FFFF", 1, offsetof(cocomm_member, name), 1, 0, "\xf4\x90\x80\x80", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"name 0xFE byte", 1, offsetof(cocomm_member, name), 1, 0, "\xfe", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
  {"body not UTF-8", 2, offsetof(cocomm_member, body), 1, 0, "Surgery \xc0\x80", COCOMM_ERR_PARSE, COCOMM_FIELD_BODY},
  {"kind 0", -1, offsetof(cocomm_committee, kind), 0, 0, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_KIND},
  {"kind 5", -1, offsetof(cocomm_committee, kind), 0, 5, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_KIND},
  {"committee struct_size 4", -1, offsetof(cocomm_committee, struct_size), 0, 4, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_STRUCT_SIZE},
  {"member_size 0", -1, offsetof(cocomm_committee, member_size), 0, 0, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_ELEMENT_SIZE},
  {"member_size 31", -1, offsetof(cocomm_committee, member_size), 0, 31, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_ELEMENT_SIZE},
  {"member_count huge", -1, offsetof(cocomm_committee, member_count), 0, UINT32_MAX, NULL, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_COUNT},
  {"member_count 1025", -1, offsetof(cocomm_committee, member_count), 0, 1025, NULL, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_COUNT},
  {"members NULL with a count", -1, offsetof(cocomm_committee, members), 1, 0, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_ARRAY},
  {"ccg_count without codes", -1, offsetof(cocomm_committee, ccg_count), 0, 2, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CCG_CODES},
  {"committee reserved0 1", -1, offsetof(cocomm_committee, reserved0), 0, 1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_RESERVED},
  {"member struct_size V1 - 1", 2, offsetof(cocomm_member, struct_size), 0, COCOMM_MEMBER_SIZE_V1 - 1, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_STRUCT_SIZE},
  {"member_size V1 - 1", -1, offsetof(cocomm_committee, member_size), 0, COCOMM_MEMBER_SIZE_V1 - 1, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_ELEMENT_SIZE},
  {"body_kind 4", 1, offsetof(cocomm_member, body_kind), 0, 4, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
  {"body_kind INT32_MIN", 1, offsetof(cocomm_member, body_kind), 0, INT32_MIN, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
  {"body_kind CCG of a committee of none", 1, offsetof(cocomm_member, body_kind), 0, COCOMM_BODY_CCG, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
  {"body_ccg without a CCG body", 1, offsetof(cocomm_member, body_ccg), 0, 1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
  {"body_ccg -1", 1, offsetof(cocomm_member, body_ccg), 0, -1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
  {"tags: an office past those known", 3, offsetof(cocomm_member, tags), 0, 1 << 13, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TAGS},
  {"tags: a named tag the terms do not name", 3, offsetof(cocomm_member, tags), 0, 1 << 20, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TAGS},
  {"tags: every bit", 3, offsetof(cocomm_member, tags), 0, -1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TAGS},
  {"member reserved0", 0, offsetof(cocomm_member, reserved0), 0, 1, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_RESERVED},
};

/* The committee's terms (the place of 1.0's casting_vote and quorum), one
 * field broken per row. The good terms have one quorum and one membership
 * clause in use, and the first named tag named. */
static const struct {
  const char *what;
  size_t offset;      /* of an int32_t or uint32_t field of cocomm_terms */
  int64_t value;
  size_t fill;        /* > 0: fill this many bytes at offset with byte value instead */
  int32_t want;
  int32_t index;      /* the item the error names: a clause (0.., 100..), a tag, or -1 */
  int32_t field;
} terms_rows[] = {
  {"terms struct_size 0", offsetof(cocomm_terms, struct_size), 0, 0, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS},
  {"terms struct_size V1 - 1", offsetof(cocomm_terms, struct_size), COCOMM_TERMS_SIZE_V1 - 1, 0, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS},
  {"majority 2", offsetof(cocomm_terms, majority), 2, 0, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MAJORITY},
  {"majority -1", offsetof(cocomm_terms, majority), -1, 0, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MAJORITY},
  {"casting_vote 7", offsetof(cocomm_terms, casting_vote), 7, 0, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_VOTE},
  {"presiding 3", offsetof(cocomm_terms, presiding), 3, 0, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESIDING},
  {"quorum_count 17", offsetof(cocomm_terms, quorum_count), 17, 0, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT},
  {"quorum_count huge", offsetof(cocomm_terms, quorum_count), UINT32_MAX, 0, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT},
  {"membership_count 17", offsetof(cocomm_terms, membership_count), 17, 0, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT},
  {"clause min -2", offsetof(cocomm_terms, quorum[0].min), -2, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_CLAUSE},
  {"clause min 1025", offsetof(cocomm_terms, quorum[0].min), 1025, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_CLAUSE},
  {"clause min INT32_MIN", offsetof(cocomm_terms, quorum[0].min), INT32_MIN, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_CLAUSE},
  {"clause category bit 0", offsetof(cocomm_terms, quorum[0].categories), 1, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_CATEGORY},
  {"clause category bit 9", offsetof(cocomm_terms, quorum[0].categories), 1 << 9, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_CATEGORY},
  {"clause office past those known", offsetof(cocomm_terms, quorum[0].tags), 1 << 15, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_TAGS},
  {"clause tag not named", offsetof(cocomm_terms, quorum[0].tags), 1 << 17, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_TAGS},
  {"clause position bit 3", offsetof(cocomm_terms, quorum[0].positions), 1 << 3, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_POSITION},
  {"clause voting 3", offsetof(cocomm_terms, quorum[0].voting), 3, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_VOTING},
  {"clause body 4", offsetof(cocomm_terms, quorum[0].body), 4, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_BODY_KIND},
  {"clause body -1", offsetof(cocomm_terms, quorum[0].body), -1, 0, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_BODY_KIND},
  {"membership clause min -5", offsetof(cocomm_terms, membership[0].min), -5, 0, COCOMM_ERR_INVALID_ARGUMENT, 100, COCOMM_FIELD_CLAUSE},
  {"tag name unterminated", offsetof(cocomm_terms, tag_names[0]), 'a', COCOMM_TAG_NAME_SIZE, COCOMM_ERR_PARSE, 16, COCOMM_FIELD_TAG_NAME},
  {"tag name of 0xFF bytes", offsetof(cocomm_terms, tag_names[3]), 0xFF, 4, COCOMM_ERR_PARSE, 19, COCOMM_FIELD_TAG_NAME},
  {"tag name with ESC", offsetof(cocomm_terms, tag_names[15]), 0x1B, 2, COCOMM_ERR_PARSE, 31, COCOMM_FIELD_TAG_NAME},
};

static void good_terms(cocomm_terms *t) {
  cocomm_terms_init(t);
  t->quorum[0] = (cocomm_clause){2, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  t->quorum_count = 1;
  t->membership[0] = (cocomm_clause){1, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY), COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED),
                                     0, COCOMM_COUNT_ANY, COCOMM_CLAUSE_ANY_BODY};
  t->membership_count = 1;
  memcpy(t->tag_names[0], "quorum lead", sizeof "quorum lead");
}

static void poke(void *base, size_t offset, int is_pointer, int64_t value, const char *text) {
  unsigned char *p = (unsigned char *)base + offset;
  if (is_pointer) {
    memcpy(p, &text, sizeof text);
  } else {
    int32_t v = (int32_t)value;
    memcpy(p, &v, sizeof v);
  }
}

static void hostile_committees(void) {
  memset(overlong, 'a', sizeof overlong - 1);
  overlong[sizeof overlong - 1] = '\0';
  (void)unterminated_sentinel;
  for (size_t i = 0; i < sizeof committees / sizeof committees[0]; i++) {
    cocomm_member m[4];
    cocomm_committee c;
    good_committee(&c, m);
    void *target = committees[i].member < 0 ? (void *)&c : (void *)&m[committees[i].member];
    poke(target, committees[i].offset, committees[i].is_pointer, committees[i].value, committees[i].text);
    guarded g;
    cocomm_finding *f = guarded_new(&g, 8 * sizeof *f);
    cocomm_findings fs;
    cocomm_findings_init(&fs, f, 8);
    fs.count = 12345;
    fs.errors = fs.warnings = fs.information = 777;
    const cocomm_findings before = fs;
    cocomm_error err = COCOMM_ERROR_INIT, err2 = COCOMM_ERROR_INIT;
    int32_t got = cocomm_committee_assess(&c, &fs, &err);
    /* The decision check refuses the same committee with the same status,
     * and names the same member and field. */
    uint8_t present[4] = {1, 1, 1, 1};
    cocomm_decision d;
    cocomm_decision_init(&d);
    d.present = present;
    cocomm_decision_result r;
    cocomm_decision_result_init(&r);
    int32_t got2 = cocomm_decision_assess(&c, &d, &r, NULL, &fs, &err2);
    int untouched = memcmp(&fs, &before, sizeof fs) == 0;
    int guards = guarded_done(&g);
    const int32_t index = committees[i].member;
    int named = error_is(&err, committees[i].want, index, committees[i].field) &&
                error_is(&err2, committees[i].want, index, committees[i].field);
    if (got != committees[i].want || got2 != committees[i].want || !untouched || !guards || !named) {
      fprintf(stderr, "  row \"%s\": got %s / %s, want %s%s%s%s\n", committees[i].what,
              cocomm_status_name(got), cocomm_status_name(got2), cocomm_status_name(committees[i].want),
              untouched ? "" : ", count written", guards ? "" : ", guard bytes overwritten",
              named ? "" : ", error struct wrong");
      CU_FAIL(committees[i].what);
    }
  }
  /* Terms broken one field at a time: refused by both checks, with the
   * same status, item and field, and no finding written. */
  for (size_t i = 0; i < sizeof terms_rows / sizeof terms_rows[0]; i++) {
    cocomm_member m[4];
    cocomm_committee c;
    cocomm_terms t;
    good_committee(&c, m);
    good_terms(&t);
    c.terms = &t;
    unsigned char *at = (unsigned char *)&t + terms_rows[i].offset;
    if (terms_rows[i].fill > 0) {
      memset(at, (int)terms_rows[i].value, terms_rows[i].fill);
    } else {
      int32_t v = (int32_t)terms_rows[i].value;
      memcpy(at, &v, sizeof v);
    }
    cocomm_finding f[8];
    cocomm_findings fs;
    cocomm_findings_init(&fs, f, 8);
    fs.count = 12345;
    const cocomm_findings before = fs;
    cocomm_error err = COCOMM_ERROR_INIT, err2 = COCOMM_ERROR_INIT;
    int32_t got = cocomm_committee_assess(&c, &fs, &err);
    uint8_t present[4] = {1, 1, 1, 1};
    cocomm_decision d;
    cocomm_decision_init(&d);
    d.present = present;
    cocomm_decision_result r;
    cocomm_decision_result_init(&r);
    int32_t got2 = cocomm_decision_assess(&c, &d, &r, NULL, &fs, &err2);
    int untouched = memcmp(&fs, &before, sizeof fs) == 0;
    int named = error_is(&err, terms_rows[i].want, terms_rows[i].index, terms_rows[i].field) &&
                error_is(&err2, terms_rows[i].want, terms_rows[i].index, terms_rows[i].field);
    /* The formatter reads no clause from such terms. */
    cocomm_finding k = {COCOMM_RULE_C_13, COCOMM_SEVERITY_WARNING, COCOMM_MSG_QUORUM_NEVER_MET, -1, {0, 2, 1, 0}};
    char text[256];
    int32_t st3 = cocomm_finding_format(&k, &c, text, sizeof text, NULL);
    int numbered = st3 == COCOMM_OK && strstr(text, "needs clause 0 (2)") != NULL;
    if (got != terms_rows[i].want || got2 != terms_rows[i].want || !untouched || !named || !numbered) {
      fprintf(stderr, "  terms row \"%s\": got %s / %s, want %s%s%s%s\n", terms_rows[i].what,
              cocomm_status_name(got), cocomm_status_name(got2), cocomm_status_name(terms_rows[i].want),
              untouched ? "" : ", count written", named ? "" : ", error struct wrong",
              numbered ? "" : ", a clause read from bad terms");
      CU_FAIL(terms_rows[i].what);
    }
  }
  /* A good committee with good terms, for contrast: the same harness says OK. */
  cocomm_member m[4];
  cocomm_committee c;
  cocomm_terms t;
  good_committee(&c, m);
  good_terms(&t);
  c.terms = &t;
  m[0].tags = COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED) | COCOMM_TAG_BIT(COCOMM_OFFICE_PRACTICE_MANAGER);
  cocomm_finding f[8];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  ASSERT_STATUS(cocomm_terms_check(&t, &err), COCOMM_OK);
}

/* ---- findings buffers and snprintf-style outputs ---- */

static void hostile_buffers(void) {
  cocomm_member m[4];
  cocomm_committee c;
  good_committee(&c, m);
  /* Every capacity from 0 to the total: never a write past it. */
  cocomm_findings sizing;
  cocomm_findings_init(&sizing, NULL, 0);
  ASSERT_STATUS(cocomm_committee_assess(&c, &sizing, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  uint32_t total = sizing.count;
  CU_ASSERT(total > 0);
  for (uint32_t cap = 0; cap <= total; cap++) {
    guarded g;
    cocomm_finding *f = guarded_new(&g, cap * sizeof *f);
    cocomm_findings fs;
    cocomm_findings_init(&fs, cap ? f : NULL, cap);
    cocomm_error err = COCOMM_ERROR_INIT;
    int32_t st = cocomm_committee_assess(&c, &fs, &err);
    CU_ASSERT_EQUAL(st, cap < total ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK);
    ASSERT_ERROR(&err, st, -1, COCOMM_FIELD_NONE);
    CU_ASSERT_EQUAL(fs.count, total);
    CU_ASSERT_TRUE(guarded_done(&g));
  }
  /* A findings array that cannot be right is refused, and nothing is written. */
  cocomm_finding f[4];
  cocomm_findings fs, before;
  cocomm_error err;
#define REFUSED(change, want)                                          \
  do {                                                                 \
    cocomm_findings_init(&fs, f, 4);                                   \
    change;                                                            \
    before = fs;                                                       \
    cocomm_error_init(&err);                                           \
    ASSERT_STATUS(cocomm_committee_assess(&c, &fs, &err), want);     \
    ASSERT_ERROR(&err, want, -1, COCOMM_FIELD_FINDINGS);               \
    CU_ASSERT_EQUAL(memcmp(&fs, &before, sizeof fs), 0);               \
  } while (0)
  REFUSED(fs.items = NULL, COCOMM_ERR_INVALID_ARGUMENT); /* a capacity but no array */
  REFUSED(fs.elem_size = COCOMM_FINDING_SIZE_V1 - 1, COCOMM_ERR_STRUCT_SIZE);
  REFUSED(fs.elem_size = 0, COCOMM_ERR_STRUCT_SIZE);
  REFUSED(fs.struct_size = 0, COCOMM_ERR_STRUCT_SIZE); /* not initialised */
  REFUSED(fs.struct_size = COCOMM_FINDINGS_SIZE_V1 - 1, COCOMM_ERR_STRUCT_SIZE);
  if (SIZE_MAX / UINT32_MAX < UINT32_MAX) /* capacity * elem_size can wrap: a 32-bit size_t */
    REFUSED((fs.capacity = UINT32_MAX, fs.elem_size = UINT32_MAX), COCOMM_ERR_INVALID_ARGUMENT);
#undef REFUSED
  /* Text outputs at every capacity around the length. */
  const cocomm_edition *e = cocomm_edition_default();
  size_t need;
  ASSERT_STATUS(cocomm_calendar_format_csv(e, COCOMM_MODEL_JOINT, NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  for (size_t cap = 0; cap <= need + 1; cap += cap < 8 || cap + 8 > need ? 1 : 97) {
    guarded g;
    char *buf = guarded_new(&g, cap);
    size_t got;
    int32_t st = cocomm_calendar_format_csv(e, COCOMM_MODEL_JOINT, cap ? buf : NULL, cap, &got);
    CU_ASSERT_EQUAL(st, cap > need ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(got, need);
    CU_ASSERT_TRUE(guarded_done(&g));
  }
  ASSERT_STATUS(cocomm_calendar_format_ics(e, COCOMM_MODEL_JOINT, 0, NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  for (size_t cap = 0; cap <= need + 1; cap += cap < 80 || cap + 80 > need ? 1 : 501) {
    guarded g;
    char *buf = guarded_new(&g, cap);
    size_t got;
    int32_t st = cocomm_calendar_format_ics(e, COCOMM_MODEL_JOINT, 0, cap ? buf : NULL, cap, &got);
    CU_ASSERT_EQUAL(st, cap > need ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(got, need);
    CU_ASSERT_TRUE(guarded_done(&g));
  }
  for (size_t cap = 0; cap <= 26; cap++) {
    guarded g;
    char *buf = guarded_new(&g, cap);
    int32_t st = cocomm_instant_format(0, COCOMM_TIME_UK, cap ? buf : NULL, cap, &need);
    CU_ASSERT_EQUAL(st, cap > 25 ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL);
    CU_ASSERT_TRUE(guarded_done(&g));
  }
}

/* ---- roster CSV ---- */

static const struct {
  const char *what;
  const char *csv;
  size_t len; /* 0: strlen */
  int32_t want;
} csvs[] = {
  {"unbalanced quote", "name,category\n\"Ann,Lay\n", 0, COCOMM_ERR_PARSE},
  {"quote then text", "name,category\n\"Ann\"x,Lay\n", 0, COCOMM_ERR_PARSE},
  {"NUL in a field", "name,category\nA\0n,Lay\n", 22, COCOMM_ERR_PARSE},
  {"NUL in the header", "na\0me,category\n", 15, COCOMM_ERR_PARSE},
  {"no header", "", 0, COCOMM_ERR_PARSE},
  {"header only: no members", "name,category\n", 0, COCOMM_OK},
  {"no category column", "name,vote\nAnn,yes\n", 0, COCOMM_ERR_PARSE},
  {"no name column", "who,category\nAnn,Lay\n", 0, COCOMM_ERR_PARSE},
  {"column twice", "name,category,Name\n", 0, COCOMM_ERR_PARSE},
  {"unknown category", "name,category\nAnn,Trustee\n", 0, COCOMM_ERR_PARSE},
  {"unknown position", "name,category,position\nAnn,Lay,President\n", 0, COCOMM_ERR_PARSE},
  {"unknown yes/no", "name,category,voting\nAnn,Lay,sometimes\n", 0, COCOMM_ERR_PARSE},
  {"name not UTF-8: read as Windows-1252", "name,category\n\xff\xfe,Lay\n", 0, COCOMM_OK},
  {"empty name", "name,category\n  ,Lay\n", 0, COCOMM_ERR_PARSE},
  {"extra non-empty cell", "name,category\nAnn,Lay,oops\n", 0, COCOMM_ERR_PARSE},
  {"BOM only", "\xef\xbb\xbf", 0, COCOMM_ERR_PARSE},
  {"quoted header with newline", "\"na\nme\",category\nAnn,Lay\n", 0, COCOMM_ERR_PARSE},
  {"organisation not UTF-8: Windows-1252", "name,category,organisation\nAnn,Lay,\xe2\x28\xa1\n", 0, COCOMM_OK},
  {"not UTF-8 after a UTF-8 BOM", "\xef\xbb\xbfname,category\nAnn,Lay,\xe2\x28\xa1\n", 0, COCOMM_ERR_PARSE},
  {"UTF-16LE, odd byte", "\xff\xfen\0a\0m\0e\0,\0c\0a\0t\0\n", 19, COCOMM_ERR_PARSE},
  {"UTF-16BE, lone low surrogate", "\xfe\xff\0n\0a\0m\0e\0,\xdc\0", 14, COCOMM_ERR_PARSE},
  {"UTF-16LE, NUL", "\xff\xfen\0a\0m\0e\0,\0\0\0", 16, COCOMM_ERR_PARSE},
  {"semicolons", "name;category\nAnn;Lay\n", 0, COCOMM_OK},
  {"an ambiguous header", "name;category;role\n", 0, COCOMM_ERR_PARSE},
  {"category cell of 80 bytes", "name,category\nAnn,layyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n", 0, COCOMM_ERR_PARSE},
  {"lone CR line ends", "name,category\rAnn,Lay\rBob,GP\r", 0, COCOMM_OK},
  {"quoted last field, no newline", "name,category\n\"Ann\",\"Lay\"", 0, COCOMM_OK},
  {"quote opened at the very end", "name,category\nAnn,\"", 0, COCOMM_ERR_PARSE},
  {"NUL inside quotes", "name,category\n\"A\0\",Lay\n", 22, COCOMM_ERR_PARSE},
  {"tab-padded name", "name,category\n\tAnn Lay\t,Lay\n", 0, COCOMM_OK},
  {"65 columns", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,a1,b1,c1,d1,e1,f1,g1,h1,i1,j1,k1,l1,m1,n1,o1,p1,q1,r1,s1,t1,u1,v1,w1,x1,y1,z1,a2,b2,c2,d2,e2,f2,g2,h2,i2,j2,k2,name,category\n", 0, COCOMM_ERR_PARSE},
  {"a lone 0xA0 byte: Windows-1252's no-break space", "name,category\nAnn,lay\xa0member\n", 0, COCOMM_OK},
  {"a no-break space in a value", "name,category\nAnn,lay\xc2\xa0member\n", 0, COCOMM_OK},
  {"unknown tag", "name,category,tags\nAnn,Lay,Wizard\n", 0, COCOMM_ERR_PARSE},
  {"tags of separators only", "name,category,tags\nAnn,Lay,\" ; ,;, \"\n", 0, COCOMM_OK},
  {"tags not UTF-8", "name,category,tags\nAnn,Lay,CFO;\xc3\n", 0, COCOMM_ERR_PARSE},
  {"a named tag with no terms", "name,category,tags\nAnn,Lay,quorum lead\n", 0, COCOMM_ERR_PARSE},
  {"tag of 300 bytes", "name,category,tags\nAnn,Lay,cfooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo\n", 0, COCOMM_ERR_PARSE},
  {"organisation NHS England with blanks", "name,category,organisation\nAnn,GP,\"  NHS   England \"\n", 0, COCOMM_OK},
};

/* Parse csv (len bytes) into members and text; what was refused goes to *err. */
static int32_t roster_into(const char *csv, size_t len, cocomm_member *m, uint32_t capacity, char *text,
                           size_t text_cap, cocomm_roster *r, cocomm_error *err) {
  cocomm_roster_init(r, m, capacity, text, text_cap);
  if (err) cocomm_error_init(err);
  return cocomm_roster_parse(csv, len, 0, r, err);
}

static void hostile_csv(void) {
  cocomm_member m[8];
  char text[256];
  cocomm_roster r;
  cocomm_error err;
  for (size_t i = 0; i < sizeof csvs / sizeof csvs[0]; i++) {
    size_t len = csvs[i].len ? csvs[i].len : strlen(csvs[i].csv);
    int32_t got = roster_into(csvs[i].csv, len, m, 8, text, sizeof text, &r, &err);
    /* A refused text names where: a line and column, never a member. */
    int placed = csvs[i].want == COCOMM_OK ? error_is(&err, COCOMM_OK, -1, COCOMM_FIELD_NONE)
                                           : error_at(&err, csvs[i].want, err.field, err.line, err.column) &&
                                               err.field != COCOMM_FIELD_NONE && err.line >= 1 && err.column >= 1;
    if (got != csvs[i].want || !placed) {
      fprintf(stderr, "  row \"%s\": got %s, want %s%s\n", csvs[i].what, cocomm_status_name(got),
              cocomm_status_name(csvs[i].want), placed ? "" : ", error struct wrong");
      CU_FAIL(csvs[i].what);
    }
  }
  /* A 1 MB field, in the name column and in an ignored one. */
  size_t big = 1u << 20;
  char *csv = malloc(big + 64);
  strcpy(csv, "name,category,notes\nAnn,Lay,");
  size_t at = strlen(csv);
  memset(csv + at, 'n', big);
  memcpy(csv + at + big, "\n", 2);
  ASSERT_STATUS(roster_into(csv, strlen(csv), m, 8, text, sizeof text, &r, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(r.count, 1);
  strcpy(csv, "name,category\n");
  at = strlen(csv);
  memset(csv + at, 'n', big);
  memcpy(csv + at + big, ",Lay\n", 6);
  ASSERT_STATUS(roster_into(csv, strlen(csv), m, 8, text, sizeof text, &r, &err), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(err.message, "longer than 255 bytes");
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, 2, 1));
  free(csv);
  /* More members than a committee may have. */
  size_t rows = COCOMM_MEMBERS_MAX + 1;
  csv = malloc(16 + rows * 8);
  strcpy(csv, "name,category\n");
  for (size_t i = 0; i < rows; i++) strcat(csv, "a,lay\n");
  ASSERT_STATUS(roster_into(csv, strlen(csv), NULL, 0, NULL, 0, &r, NULL), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(roster_into(csv, strlen(csv), NULL, 0, NULL, 0, &r, &err), COCOMM_ERR_OUT_OF_RANGE);
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_COUNT, (uint32_t)rows + 1, 1)); /* the 1,025th member's row */
  free(csv);
  /* A too-small error struct is refused rather than written. */
  struct {
    cocomm_error e;
    unsigned char tail[8];
  } small;
  memset(&small, GUARD, sizeof small);
  small.e.struct_size = 8;
  unsigned char before[sizeof small];
  memcpy(before, &small, sizeof small);
  cocomm_roster_init(&r, m, 8, text, sizeof text);
  ASSERT_STATUS(cocomm_roster_parse("name,category\n", 14, 0, &r, &small.e), COCOMM_ERR_STRUCT_SIZE);
  CU_ASSERT_EQUAL(memcmp(&small, before, sizeof small), 0);
  CU_ASSERT_EQUAL(r.count + r.text_needed, 0);
}

/* ---- dates, instants and the timeline with out-of-range values ---- */

static void hostile_values(void) {
  cocomm_date out;
  cocomm_instant t;
  cocomm_datetime dt;
  int64_t days;
  int32_t v;
  const cocomm_date bad_dates[] = {{0, 1, 1}, {-1, 1, 1}, {2015, 0, 1}, {2015, 13, 1}, {2015, 255, 1},
                                   {2015, 1, 0}, {2015, 1, 32}, {2015, 2, 29}, {2100, 2, 29}, {INT16_MAX, 1, 1}};
  for (size_t i = 0; i < sizeof bad_dates / sizeof bad_dates[0]; i++) {
    ASSERT_STATUS(cocomm_date_check(bad_dates[i]), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_date_to_days(bad_dates[i], &days), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_date_add_days(bad_dates[i], 1, &out), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_date_weekday(bad_dates[i], &v), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_date_uk_end_of_day(bad_dates[i], &t), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_date_fy(bad_dates[i], &v), COCOMM_ERR_OUT_OF_RANGE);
  }
  const int64_t bad_instants[] = {INT64_MIN, INT64_MAX, COCOMM_INSTANT_MIN - 1, COCOMM_INSTANT_MAX + 1};
  for (size_t i = 0; i < 4; i++) {
    ASSERT_STATUS(cocomm_instant_to_uk(bad_instants[i], &dt), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_instant_to_utc(bad_instants[i], &dt), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_STATUS(cocomm_instant_is_bst(bad_instants[i], &v), COCOMM_ERR_OUT_OF_RANGE);
    cocomm_submission s;
    cocomm_submission_init(&s);
    ASSERT_STATUS(cocomm_submission_judge(cocomm_edition_default(), COCOMM_MODEL_JOINT, bad_instants[i], &s),
                  COCOMM_ERR_OUT_OF_RANGE);
  }
  cocomm_datetime bad = {{2015, 1, 9}, 24, 0, 0, 0, 0};
  ASSERT_STATUS(cocomm_datetime_check(&bad), COCOMM_ERR_OUT_OF_RANGE);
  bad.hour = 23;
  bad.minute = 60;
  ASSERT_STATUS(cocomm_datetime_to_instant(&bad, &t), COCOMM_ERR_OUT_OF_RANGE);
  bad.minute = 0;
  bad.second = 60;
  ASSERT_STATUS(cocomm_instant_from_uk(&bad, COCOMM_FOLD_STRICT, &t), COCOMM_ERR_OUT_OF_RANGE);
  bad.second = 0;
  bad.utc_offset_minutes = INT32_MIN;
  ASSERT_STATUS(cocomm_datetime_to_instant(&bad, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_from_uk(&bad, -1, &t), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_date_days_in_month(2015, 0), 0);
  ASSERT_STATUS(cocomm_date_from_days(INT64_MAX, &out), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_instant_bst_bounds(10000, &t, &t), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy_bounds(INT32_MIN, &out, &out), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_function_role(COCOMM_MODEL_JOINT, INT32_MAX, &v), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_requirements_get(-1, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_service_scope(COCOMM_SERVICE_DENTAL, COCOMM_MODEL_JOINT, INT32_MAX, &v, NULL),
                COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_approval_assess_eoi(UINT32_MAX, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_approval_assess_change(INT32_MIN, 0, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_PTR_NULL(cocomm_rule_find("C-1\xff"));
  CU_ASSERT_PTR_NULL(cocomm_edition_find(""));
  CU_ASSERT_STRING_EQUAL(cocomm_status_str(INT32_MIN), "unknown status");
}

/* ---- every pointer argument NULL, one at a time ---- */

static void null_arguments(void) {
  const cocomm_date d = {2015, 1, 9};
  cocomm_date out;
  cocomm_datetime dt = {{2015, 1, 9}, 12, 0, 0, 0, 0};
  cocomm_instant t;
  int64_t days;
  int32_t v;
  uint32_t n;
  const int32_t E = COCOMM_ERR_INVALID_ARGUMENT;
  ASSERT_STATUS(cocomm_date_make(2015, 1, 9, NULL), E);
  ASSERT_STATUS(cocomm_date_from_days(0, NULL), E);
  ASSERT_STATUS(cocomm_date_add_days(d, 1, NULL), E);
  ASSERT_STATUS(cocomm_date_diff_days(d, d, NULL), E);
  ASSERT_STATUS(cocomm_date_weekday(d, NULL), E);
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 3, COCOMM_SUNDAY, NULL), E);
  ASSERT_STATUS(cocomm_date_last_weekday(2015, 3, 0, &out), E);
  ASSERT_STATUS(cocomm_date_to_days(d, NULL), E);
  ASSERT_STATUS(cocomm_datetime_to_instant(NULL, &t), E);
  ASSERT_STATUS(cocomm_datetime_to_instant(&dt, NULL), E);
  ASSERT_STATUS(cocomm_instant_to_utc(0, NULL), E);
  ASSERT_STATUS(cocomm_instant_is_bst(0, NULL), E);
  ASSERT_STATUS(cocomm_instant_bst_bounds(2015, &t, NULL), E);
  ASSERT_STATUS(cocomm_instant_from_uk(NULL, 0, &t), E);
  ASSERT_STATUS(cocomm_instant_from_uk(&dt, 0, NULL), E);
  ASSERT_STATUS(cocomm_date_uk_end_of_day(d, NULL), E);
  ASSERT_STATUS(cocomm_instant_parse("2015-01-09T12:00", COCOMM_NTS, NULL), E);
  ASSERT_STATUS(cocomm_date_fy(d, NULL), E);
  ASSERT_STATUS(cocomm_date_fy_bounds(2015, &out, NULL), E);
  ASSERT_STATUS(cocomm_date_fy_parse("2015/16", COCOMM_NTS, NULL), E);
  ASSERT_STATUS(cocomm_date_fy_parse(NULL, 7, &v), E);
  ASSERT_STATUS(cocomm_date_format(d, NULL, 4, NULL), E);
  ASSERT_STATUS(cocomm_date_diff_days((cocomm_date){2015, 1, 1}, (cocomm_date){2015, 2, 30}, &days),
                COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_model_parse("joint", COCOMM_NTS, NULL), E);
  ASSERT_STATUS(cocomm_model_alias_at(0, NULL, &v), E);
  ASSERT_STATUS(cocomm_function_at(0, NULL), E);
  ASSERT_STATUS(cocomm_function_list(COCOMM_MODEL_JOINT, 0, NULL, 0, NULL), E);
  ASSERT_STATUS(cocomm_function_list(COCOMM_MODEL_JOINT, -1, NULL, 0, &n), E);
  ASSERT_STATUS(cocomm_function_reserved(COCOMM_FN_CONTRACTS, NULL), E);
  ASSERT_STATUS(cocomm_service_scope(COCOMM_SERVICE_DENTAL, COCOMM_MODEL_JOINT, 2015, NULL, NULL), E);
  CU_ASSERT_STRING_EQUAL(cocomm_function_rule(99), "unknown"); /* names are never NULL */
  CU_ASSERT_STRING_EQUAL(cocomm_service_name(99), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_scope_name(0), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_model_key(9), "unknown");
  ASSERT_STATUS(cocomm_ccg_check(NULL, NULL), E);
  ASSERT_STATUS(cocomm_requirements_get(COCOMM_MODEL_JOINT, NULL), E);
  cocomm_requirements_init(NULL);
  cocomm_ccg_init(NULL);
  cocomm_member_init(NULL);
  cocomm_committee_init(NULL);
  cocomm_decision_init(NULL);
  cocomm_decision_result_init(NULL);
  cocomm_coi_arrangements_init(NULL);
  cocomm_milestone_init(NULL);
  cocomm_edition_init(NULL);
  cocomm_submission_init(NULL);
  cocomm_roster_init(NULL, NULL, 0, NULL, 0);
  cocomm_error_init(NULL);
  cocomm_terms_init(NULL);
  ASSERT_STATUS(cocomm_terms_check(NULL, NULL), E);
  ASSERT_STATUS(cocomm_committee_check(NULL, NULL), E);
  ASSERT_STATUS(cocomm_approval_assess_pooled_fund(NULL, 1, NULL, NULL), E);
  ASSERT_STATUS(cocomm_approval_assess_eligibility(NULL, 0, NULL, NULL), E);
  ASSERT_STATUS(cocomm_coi_assess(NULL, NULL, NULL), E);
  ASSERT_STATUS(cocomm_decision_assess(NULL, NULL, NULL, NULL, NULL, NULL), E);
  ASSERT_STATUS(cocomm_committee_assess(NULL, NULL, NULL), E);
  cocomm_columns_init(NULL);
  ASSERT_STATUS(cocomm_committee_assess_columns(NULL, NULL, NULL, NULL, NULL), E);
  {
    cocomm_columns cols = COCOMM_COLUMNS_INIT; /* no offsets arrays at all */
    ASSERT_STATUS(cocomm_committee_assess_columns(&cols, NULL, NULL, NULL, NULL), E);
    uint32_t zero = 0;
    cols.member_offsets = &zero;              /* nothing: nothing to do */
    ASSERT_STATUS(cocomm_committee_assess_columns(&cols, NULL, NULL, NULL, NULL), COCOMM_OK);
    cols.member_count = 1;                    /* a member counted, no arrays */
    ASSERT_STATUS(cocomm_committee_assess_columns(&cols, NULL, NULL, NULL, NULL), E);
    cols.member_count = 0;
    cols.name_offsets = &zero;
    ASSERT_STATUS(cocomm_committee_assess_columns(&cols, NULL, NULL, NULL, NULL), COCOMM_OK);
    cols.committee_count = 1;                 /* counted, but no kinds */
    ASSERT_STATUS(cocomm_committee_assess_columns(&cols, NULL, NULL, NULL, NULL), E);
  }
  ASSERT_STATUS(cocomm_finding_format(NULL, NULL, NULL, 0, NULL), E);
  /* No findings array is no error: findings are not wanted. */
  ASSERT_STATUS(cocomm_approval_assess_pooled_fund(NULL, 0, NULL, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_approval_assess_change(0, 0, NULL, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_decision_format_register(NULL, NULL, NULL, NULL, 0, NULL), E);
  ASSERT_STATUS(cocomm_timeline_list(cocomm_edition_default(), 0, NULL, 0, NULL), E);
  ASSERT_STATUS(cocomm_timeline_list(cocomm_edition_default(), 0, NULL, 3, &n), E);
  ASSERT_STATUS(cocomm_milestone_deadline(NULL, &t), E);
  ASSERT_STATUS(cocomm_milestone_deadline(&cocomm_edition_default()->milestones[0], NULL), E);
  ASSERT_STATUS(cocomm_milestone_judge(&cocomm_edition_default()->milestones[0], 0, NULL, NULL), E);
  ASSERT_STATUS(cocomm_submission_judge(cocomm_edition_default(), COCOMM_MODEL_JOINT, 0, NULL), E);
  ASSERT_STATUS(cocomm_submission_judge(cocomm_edition_default(), 7, 0, NULL), E);
  ASSERT_STATUS(cocomm_submission_judge(NULL, COCOMM_MODEL_JOINT, 0, &(cocomm_submission){64, 0, 0, 0, 0, 0, {0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, 0}), E);
  ASSERT_STATUS(cocomm_edition_check(NULL, NULL), E);
  ASSERT_STATUS(cocomm_calendar_format_csv(NULL, 0, NULL, 0, NULL), E);
  cocomm_roster roster;
  ASSERT_STATUS(cocomm_roster_parse("x", 1, 0, NULL, NULL), E);
  cocomm_roster_init(&roster, NULL, 0, NULL, 0);
  ASSERT_STATUS(cocomm_roster_parse(NULL, 1, 0, &roster, NULL), E);
  roster.capacity = 2; /* members counted, no array */
  ASSERT_STATUS(cocomm_roster_parse("x", 1, 0, &roster, NULL), E);
  cocomm_roster_init(&roster, NULL, 0, NULL, 0);
  roster.text_cap = 4; /* text room, no buffer */
  ASSERT_STATUS(cocomm_roster_parse("x", 1, 0, &roster, NULL), E);
  ASSERT_STATUS(cocomm_category_parse("lay", COCOMM_NTS, NULL), E);
  ASSERT_STATUS(cocomm_version_info_get(NULL), E);
  /* A findings capacity but no array. */
  cocomm_findings fs;
  cocomm_findings_init(&fs, NULL, 0);
  fs.capacity = 2;
  cocomm_member m[4];
  cocomm_committee c;
  good_committee(&c, m);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, &err), E);
  ASSERT_ERROR(&err, E, -1, COCOMM_FIELD_FINDINGS);
  ASSERT_STATUS(cocomm_committee_assess(&c, NULL, &err), COCOMM_OK); /* no findings struct: not wanted */
  ASSERT_NO_ERROR(&err);
  uint8_t present[4] = {1, 1, 1, 1};
  cocomm_decision item;
  cocomm_decision_init(&item);
  item.present = present;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  ASSERT_STATUS(cocomm_decision_assess(&c, &item, &r, NULL, &fs, &err), E);
  ASSERT_ERROR(&err, E, -1, COCOMM_FIELD_FINDINGS);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &fs, &err), E);
  ASSERT_ERROR(&err, E, -1, COCOMM_FIELD_FINDINGS);
  CU_ASSERT_EQUAL(fs.count, 0);
}

/* ---- a caller's milestone, one field broken per row ---- */

static const struct {
  const char *what;
  size_t offset;
  int is_date, is_pointer;
  int32_t value;
  cocomm_date date;
  const char *text;
  int32_t want;
  int32_t field; /* the field the error names, of milestone 0 */
} milestones[] = {
  {"kind 0", offsetof(cocomm_milestone, kind), 0, 0, 0, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_KIND},
  {"kind 4", offsetof(cocomm_milestone, kind), 0, 0, 4, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_KIND},
  {"precision 0", offsetof(cocomm_milestone, precision), 0, 0, 0, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_PRECISION},
  {"precision 9", offsetof(cocomm_milestone, precision), 0, 0, 9, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_PRECISION},
  {"models 0", offsetof(cocomm_milestone, models), 0, 0, 0, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_MODELS},
  {"models bit 4", offsetof(cocomm_milestone, models), 0, 0, 16, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_MODELS},
  {"has_time 2", offsetof(cocomm_milestone, has_time), 0, 0, 2, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_FLAGS},
  {"has_time without EXACT", offsetof(cocomm_milestone, has_time), 0, 0, 1, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TIME},
  {"submission 2", offsetof(cocomm_milestone, submission), 0, 0, 2, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_FLAGS},
  {"minute -1", offsetof(cocomm_milestone, minute_of_day), 0, 0, -1, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TIME},
  {"start 2015-02-29", offsetof(cocomm_milestone, start), 1, 0, 0, {2015, 2, 29}, NULL, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"end 2015-13-01", offsetof(cocomm_milestone, end), 1, 0, 0, {2015, 13, 1}, NULL, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"end before start", offsetof(cocomm_milestone, end), 1, 0, 0, {2015, 3, 9}, NULL, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"day with a longer range", offsetof(cocomm_milestone, end), 1, 0, 0, {2015, 3, 11}, NULL, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"id NULL", offsetof(cocomm_milestone, id), 0, 1, 0, {0, 0, 0}, NULL, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_ID},
  {"id not UTF-8", offsetof(cocomm_milestone, id), 0, 1, 0, {0, 0, 0}, "T-\xff", COCOMM_ERR_PARSE, COCOMM_FIELD_ID},
  {"label not UTF-8", offsetof(cocomm_milestone, label), 0, 1, 0, {0, 0, 0}, "\xc3", COCOMM_ERR_PARSE, COCOMM_FIELD_LABEL},
  {"source not UTF-8", offsetof(cocomm_milestone, source), 0, 1, 0, {0, 0, 0}, "\xe2\x82", COCOMM_ERR_PARSE, COCOMM_FIELD_SOURCE},
  {"note not UTF-8", offsetof(cocomm_milestone, note), 0, 1, 0, {0, 0, 0}, "\x80", COCOMM_ERR_PARSE, COCOMM_FIELD_NOTE},
  {"struct_size 0", offsetof(cocomm_milestone, struct_size), 0, 0, 0, {0, 0, 0}, NULL, COCOMM_ERR_STRUCT_SIZE, COCOMM_FIELD_STRUCT_SIZE},
};

static const struct {
  const char *what;
  int32_t precision;
  cocomm_date start, end;
  int32_t want;
  int32_t field;
} ranges[] = {
  {"early month days 1-10", COCOMM_PRECISION_EARLY_MONTH, {2015, 2, 1}, {2015, 2, 10}, COCOMM_OK, COCOMM_FIELD_NONE},
  {"early month ending 11", COCOMM_PRECISION_EARLY_MONTH, {2015, 2, 1}, {2015, 2, 11}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"early month from 2", COCOMM_PRECISION_EARLY_MONTH, {2015, 2, 2}, {2015, 2, 10}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"early month across months", COCOMM_PRECISION_EARLY_MONTH, {2015, 2, 1}, {2015, 3, 10}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"mid-month days 11-20", COCOMM_PRECISION_MID_MONTH, {2015, 1, 11}, {2015, 1, 20}, COCOMM_OK, COCOMM_FIELD_NONE},
  {"mid-month from 10", COCOMM_PRECISION_MID_MONTH, {2015, 1, 10}, {2015, 1, 20}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"mid-month to 21", COCOMM_PRECISION_MID_MONTH, {2015, 1, 11}, {2015, 1, 21}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"late month 21 to end", COCOMM_PRECISION_LATE_MONTH, {2016, 2, 21}, {2016, 2, 29}, COCOMM_OK, COCOMM_FIELD_NONE},
  {"late month short of the end", COCOMM_PRECISION_LATE_MONTH, {2016, 2, 21}, {2016, 2, 28}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"late month from 20", COCOMM_PRECISION_LATE_MONTH, {2016, 2, 20}, {2016, 2, 29}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"month whole", COCOMM_PRECISION_MONTH, {2015, 4, 1}, {2015, 4, 30}, COCOMM_OK, COCOMM_FIELD_NONE},
  {"month from 2", COCOMM_PRECISION_MONTH, {2015, 4, 2}, {2015, 4, 30}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"month into the next", COCOMM_PRECISION_MONTH, {2015, 4, 1}, {2015, 5, 31}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"day span", COCOMM_PRECISION_DAY_SPAN, {2014, 11, 19}, {2014, 12, 2}, COCOMM_OK, COCOMM_FIELD_NONE},
  {"day span of one day", COCOMM_PRECISION_DAY_SPAN, {2014, 11, 19}, {2014, 11, 19}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"month span", COCOMM_PRECISION_MONTH_SPAN, {2015, 2, 1}, {2015, 3, 31}, COCOMM_OK, COCOMM_FIELD_NONE},
  {"month span in one month", COCOMM_PRECISION_MONTH_SPAN, {2015, 2, 1}, {2015, 2, 28}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"month span ending early", COCOMM_PRECISION_MONTH_SPAN, {2015, 2, 1}, {2015, 3, 30}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"month span starting late", COCOMM_PRECISION_MONTH_SPAN, {2015, 2, 2}, {2015, 3, 31}, COCOMM_ERR_OUT_OF_RANGE, COCOMM_FIELD_RANGE},
  {"exact without a time", COCOMM_PRECISION_EXACT, {2015, 2, 2}, {2015, 2, 2}, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TIME},
};

static void good_milestone(cocomm_milestone *m) {
  cocomm_milestone_init(m);
  m->id = "X-1";
  m->label = "a milestone";
  m->source = "test";
  m->start = m->end = (cocomm_date){2015, 3, 10};
}

static int32_t check_one_milestone(const cocomm_milestone *m, cocomm_error *err) {
  cocomm_edition e;
  cocomm_edition_init(&e);
  e.key = "t";
  e.milestones = m;
  e.milestone_count = 1;
  cocomm_error_init(err);
  return cocomm_edition_check(&e, err);
}

static void hostile_milestones(void) {
  for (size_t i = 0; i < sizeof milestones / sizeof milestones[0]; i++) {
    cocomm_milestone m;
    good_milestone(&m);
    unsigned char *p = (unsigned char *)&m + milestones[i].offset;
    if (milestones[i].is_date) memcpy(p, &milestones[i].date, sizeof milestones[i].date);
    else if (milestones[i].is_pointer) memcpy(p, &milestones[i].text, sizeof milestones[i].text);
    else memcpy(p, &milestones[i].value, sizeof milestones[i].value);
    cocomm_error err;
    int32_t got = check_one_milestone(&m, &err);
    int named = error_is(&err, milestones[i].want, 0, milestones[i].field);
    if (got != milestones[i].want || !named) {
      fprintf(stderr, "  row \"%s\": got %s, want %s%s\n", milestones[i].what, cocomm_status_name(got),
              cocomm_status_name(milestones[i].want), named ? "" : ", error struct wrong");
      CU_FAIL(milestones[i].what);
    }
  }
  for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
    cocomm_milestone m;
    good_milestone(&m);
    m.precision = ranges[i].precision;
    m.start = ranges[i].start;
    m.end = ranges[i].end;
    cocomm_error err;
    int32_t got = check_one_milestone(&m, &err);
    int named = error_is(&err, ranges[i].want, ranges[i].want == COCOMM_OK ? -1 : 0, ranges[i].field);
    if (got != ranges[i].want || !named) {
      fprintf(stderr, "  row \"%s\": got %s, want %s%s\n", ranges[i].what, cocomm_status_name(got),
              cocomm_status_name(ranges[i].want), named ? "" : ", error struct wrong");
      CU_FAIL(ranges[i].what);
    }
  }
  /* The edition around it. */
  cocomm_milestone m;
  good_milestone(&m);
  cocomm_edition e;
  cocomm_edition_init(&e);
  e.key = "t";
  e.milestones = &m;
  e.milestone_count = 1;
  cocomm_error err = COCOMM_ERROR_INIT;
  e.title = "\xff";
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_TITLE);
  e.title = NULL;
  e.source = "\xc0\x80";
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_SOURCE);
  e.source = NULL;
  e.struct_size = 8;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  e.struct_size = sizeof e;
  e.milestones = NULL;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  e.milestones = &m;
  e.milestone_size = 16;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  /* A submission deadline with a go-live year out of range. */
  e.milestone_size = sizeof m;
  m.kind = COCOMM_MILESTONE_DEADLINE;
  m.submission = 1;
  m.go_live_fy = 9999;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  ASSERT_STATUS(cocomm_edition_check(&e, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  /* Broken editions are refused by every function that reads one. */
  size_t need;
  const cocomm_milestone *out[2];
  uint32_t n;
  cocomm_submission s;
  cocomm_submission_init(&s);
  ASSERT_STATUS(cocomm_timeline_list(&e, 0, out, 2, &n), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_calendar_format_ics(&e, 0, 0, NULL, 0, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_calendar_format_csv(&e, 0, NULL, 0, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_submission_judge(&e, COCOMM_MODEL_JOINT, 0, &s), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_milestone_deadline(&m, (cocomm_instant *)&need), COCOMM_ERR_INVALID_ARGUMENT);
}

/* ---- long names of every character width: messages whole and valid UTF-8 ---- */

static void long_names_of_every_width(void) {
  const char *chars[] = {"e", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e"}; /* e é € 𝄞 */
  for (int w = 0; w < 4; w++) {
    for (size_t shift = 0; shift < 4; shift++) {
      char name[COCOMM_NAME_MAX + 1];
      size_t k = 0, cl = strlen(chars[w]);
      for (; k < shift; k++) name[k] = 'x';
      while (k + cl <= COCOMM_NAME_MAX) {
        memcpy(name + k, chars[w], cl);
        k += cl;
      }
      name[k] = '\0';
      cocomm_member m[2];
      cocomm_committee c;
      cocomm_committee_init(&c);
      cocomm_member_init(&m[0]);
      cocomm_member_init(&m[1]);
      m[0].name = name;
      m[0].category = COCOMM_CATEGORY_CLINICAL;
      m[0].position = COCOMM_POSITION_CHAIR;
      m[1].name = "Lay";
      m[1].category = COCOMM_CATEGORY_LAY;
      c.members = m;
      c.member_count = 2;
      cocomm_finding f[16];
      cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
      ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
      int named = 0;
      for (uint32_t i = 0; i < fs.count; i++) {
        /* The text is whole: the name in full, strict UTF-8 (harness.c),
         * its length what the formatter said. */
        finding_view v;
        view_finding(&v, &f[i], &c);
        CU_ASSERT_TRUE(clean_utf8(v.message));
        named += strstr(v.message, name) != NULL;
        /* Where the text does not fit, nothing of it is written. */
        char small[64];
        size_t need;
        memset(small, 'x', sizeof small);
        ASSERT_STATUS(cocomm_finding_format(&f[i], &c, small, sizeof small, &need),
                      need < sizeof small ? COCOMM_OK : COCOMM_ERR_BUFFER_TOO_SMALL);
        CU_ASSERT_TRUE(need < sizeof small || small[0] == '\0');
        CU_ASSERT_EQUAL(need, strlen(v.message));
      }
      CU_ASSERT(named > 0); /* the chair is not lay (C-1): the message names them */
    }
  }
}

/* ---- decisions: one field broken per row, and odd but legal cases ---- */

static void hostile_decisions(void) {
  cocomm_member m[4];
  cocomm_committee c;
  good_committee(&c, m);
  uint8_t present[4] = {1, 1, 1, 1}, conflicted[4] = {0, 0, 0, 0};
  int32_t votes[4] = {0, 0, 0, 0};
  cocomm_decision d;
  cocomm_decision_result r;
  cocomm_finding f[16];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_error err = COCOMM_ERROR_INIT;
#define RESET()                   \
  do {                            \
    cocomm_decision_init(&d);     \
    d.present = present;          \
    d.conflicted = conflicted;    \
    d.votes = votes;              \
    cocomm_decision_result_init(&r); \
  } while (0)
#define CHECK() cocomm_decision_assess(&c, &d, &r, NULL, &fs, &err)
  RESET();
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  d.contract_award = 2;
  ASSERT_STATUS(CHECK(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CONTRACT_AWARD);
  RESET();
  d.casting = -1;
  ASSERT_STATUS(CHECK(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING);
  RESET();
  conflicted[2] = 2;
  ASSERT_STATUS(CHECK(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_CONFLICTED);
  conflicted[2] = 0;
  votes[1] = -1;
  ASSERT_STATUS(CHECK(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_VOTES);
  votes[1] = 0;
  d.item = "\xf8\x88\x80\x80\x80";
  ASSERT_STATUS(CHECK(), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ITEM);
  RESET();
  d.conflicted = NULL; /* no conflicts declared */
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  CU_ASSERT_EQUAL(r.withdrawn, 0);
  /* The quorum needs the chair, who is absent: not quorate (C-13). */
  RESET();
  cocomm_terms t;
  cocomm_terms_init(&t);
  t.quorum[0] = (cocomm_clause){1, 0, 0, COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR), COCOMM_COUNT_VOTING,
                                COCOMM_CLAUSE_ANY_BODY};
  t.quorum_count = 1;
  c.terms = &t;
  present[0] = 0;
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  CU_ASSERT_EQUAL(r.quorate, 0);
  present[0] = 1;
  /* A lay chair or vice-chair required, and the chair is an executive (a joint committee). */
  c.kind = COCOMM_COMMITTEE_JOINT;
  m[0].category = COCOMM_CATEGORY_EXECUTIVE;
  m[1].category = COCOMM_CATEGORY_LAY;
  t.quorum[0].categories = COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY);
  t.quorum[0].positions |= COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR);
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  CU_ASSERT_EQUAL(r.quorate, 0);
  m[1].position = COCOMM_POSITION_VICE_CHAIR; /* the lay member is the vice-chair */
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  CU_ASSERT_EQUAL(r.quorate, 1);
  /* Every member chosen, casting and staying, at each index and past them. */
  for (int32_t who = -3; who <= 5; who++) {
    RESET();
    d.chosen = who;
    d.casting_by = who;
    d.casting = COCOMM_VOTE_FOR;
    int32_t want = who < -1 || who >= 4 ? COCOMM_ERR_INVALID_ARGUMENT : COCOMM_OK;
    ASSERT_STATUS(CHECK(), want);
    if (want == COCOMM_OK) CU_ASSERT(r.presiding >= -1 && r.presiding < 4);
  }
  /* A tie where the chair may cast a vote but has not. */
  good_committee(&c, m);
  cocomm_terms_init(&t);
  t.casting_vote = 1;
  c.terms = &t;
  RESET();
  votes[0] = COCOMM_VOTE_FOR;
  votes[1] = COCOMM_VOTE_AGAINST;
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  CU_ASSERT_EQUAL(r.outcome, COCOMM_OUTCOME_TIED);
  /* A vote from a non-voting member who is present. */
  votes[3] = COCOMM_VOTE_FOR;
  m[3].category = COCOMM_CATEGORY_OTHER;
  ASSERT_STATUS(CHECK(), COCOMM_OK);
  CU_ASSERT_EQUAL(r.votes_for, 1);
  memset(votes, 0, sizeof votes);
  /* The register entry refuses what the check refuses. */
  char buf[64];
  size_t need;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &r, NULL, 5, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, NULL, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  r.struct_size = 4;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &r, buf, sizeof buf, &need), COCOMM_ERR_STRUCT_SIZE);
  c.kind = 0;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &r, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  /* A decision and a result larger than ours (a newer caller's). */
  good_committee(&c, m);
  struct {
    cocomm_decision d;
    char future[16];
  } wide;
  struct {
    cocomm_decision_result r;
    char future[8];
  } wide_r;
  RESET();
  memset(&wide, 0x55, sizeof wide);
  wide.d = d;
  wide.d.struct_size = sizeof wide;
  memset(&wide_r, 0x77, sizeof wide_r);
  cocomm_decision_result_init(&wide_r.r);
  wide_r.r.struct_size = sizeof wide_r;
  ASSERT_STATUS(cocomm_decision_assess(&c, &wide.d, &wide_r.r, NULL, &fs, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(wide_r.r.eligible, 3);
  CU_ASSERT_EQUAL(wide_r.future[0], 0); /* the unknown tail is cleared, not left as garbage */
  CU_ASSERT_EQUAL(wide_r.future[7], 0);
  wide_r.r.struct_size = 8;
  ASSERT_STATUS(cocomm_decision_assess(&c, &wide.d, &wide_r.r, NULL, &fs, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_RESULT);
#undef RESET
#undef CHECK
}

/* ---- the outside campaign against 1.0: ten defects, one test each ---- */

/* clean_utf8(): strict UTF-8 with no control character but HT (harness.c). */

/* 256 bytes that end where an unreadable page begins: a read past the
 * last byte faults, with or without a sanitizer. */
typedef struct {
  unsigned char *map;
  size_t page;
} fenced;

static char *fenced_new(fenced *f) {
  f->page = (size_t)sysconf(_SC_PAGESIZE);
  f->map = mmap(NULL, 2 * f->page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CU_ASSERT_FATAL(f->map != MAP_FAILED);
  CU_ASSERT_FATAL(mprotect(f->map + f->page, f->page, PROT_NONE) == 0);
  return (char *)f->map + f->page - (COCOMM_NAME_MAX + 1);
}

static void fenced_done(fenced *f) { munmap(f->map, 2 * f->page); }

/* Defect 1: a name of COCOMM_NAME_MAX + 1 bytes with no NUL whose last
 * bytes begin a multi-byte sequence was read up to 3 bytes past its bound. */
static void campaign_1_name_bound(void) {
  static const struct {
    unsigned char lead;
    size_t at;
  } tails[] = {{0xC3, 255}, {0xE2, 254}, {0xF0, 253}, {0xE2, 255}, {0xF0, 255}};
  for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++)
    for (int field = 0; field < 2; field++) {
      fenced fence;
      char *text = fenced_new(&fence);
      memset(text, 'a', COCOMM_NAME_MAX + 1);
      text[tails[t].at] = (char)tails[t].lead;
      for (size_t k = tails[t].at + 1; k <= COCOMM_NAME_MAX; k++) text[k] = (char)0x80;
      cocomm_member m[4];
      cocomm_committee c;
      good_committee(&c, m);
      if (field == 0) m[1].name = text;
      else m[1].body = text;
      cocomm_error err = COCOMM_ERROR_INIT;
      ASSERT_STATUS(cocomm_committee_check(&c, &err), COCOMM_ERR_PARSE);
      ASSERT_ERROR(&err, COCOMM_ERR_PARSE, 1, field == 0 ? COCOMM_FIELD_NAME : COCOMM_FIELD_BODY);
      /* The longest name that fits is still accepted right at the fence. */
      text[COCOMM_NAME_MAX] = '\0';
      memset(text, 'b', COCOMM_NAME_MAX);
      memcpy(text + COCOMM_NAME_MAX - 3, "\xE2\x82\xAC", 3); /* U+20AC ends the name */
      ASSERT_STATUS(cocomm_committee_check(&c, &err), COCOMM_OK);
      ASSERT_NO_ERROR(&err);
      fenced_done(&fence);
    }
}

static void one_milestone(cocomm_edition *e, cocomm_milestone *m, uint32_t n) {
  cocomm_edition_init(e);
  e->key = "campaign";
  e->milestones = m;
  e->milestone_count = n;
  for (uint32_t i = 0; i < n; i++) {
    cocomm_milestone_init(&m[i]);
    m[i].id = "X-1";
    m[i].label = "a milestone";
    m[i].start = m[i].end = (cocomm_date){2015, 3, 2};
  }
}

/* Every exporter returns what the edition check returns; the check names
 * the milestone (index; -1 for the edition itself) and field. */
static void exporters_agree(const cocomm_edition *e, int32_t want, int32_t index, int32_t field) {
  size_t need;
  cocomm_error err = COCOMM_ERROR_INIT;
  const cocomm_milestone *out[4];
  uint32_t n;
  ASSERT_STATUS(cocomm_edition_check(e, &err), want);
  ASSERT_ERROR(&err, want, index, field);
  ASSERT_STATUS(cocomm_calendar_format_ics(e, COCOMM_MODEL_NONE, 0, NULL, 0, &need),
                want == COCOMM_OK ? COCOMM_ERR_BUFFER_TOO_SMALL : want);
  ASSERT_STATUS(cocomm_calendar_format_csv(e, COCOMM_MODEL_NONE, NULL, 0, &need),
                want == COCOMM_OK ? COCOMM_ERR_BUFFER_TOO_SMALL : want);
  ASSERT_STATUS(cocomm_timeline_list(e, COCOMM_MODEL_NONE, out, 4, &n), want);
}

/* Defect 2: a 23-digit identifier overflowed the number used to order
 * milestones; now numbers compare as digit strings, in the right order. */
static void campaign_2_long_ids(void) {
  cocomm_milestone m[5];
  cocomm_edition e;
  one_milestone(&e, m, 5);
  m[0].id = "T-99999999999999999999999";
  m[1].id = "T-10";
  m[2].id = "T-0009";
  m[3].id = "T-99999999999999999999998";
  m[4].id = "T-18446744073709551615"; /* 2^64 - 1: wrapped to -1 in 1.0 */
  const cocomm_milestone *out[5];
  uint32_t n;
  ASSERT_STATUS(cocomm_timeline_list(&e, COCOMM_MODEL_NONE, out, 5, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 5);
  CU_ASSERT_PTR_EQUAL(out[0], &m[2]);
  CU_ASSERT_PTR_EQUAL(out[1], &m[1]);
  CU_ASSERT_PTR_EQUAL(out[2], &m[4]);
  CU_ASSERT_PTR_EQUAL(out[3], &m[3]);
  CU_ASSERT_PTR_EQUAL(out[4], &m[0]);
}

/* Defect 3: a time that does not exist (01:30 as the clocks go forward)
 * passed the edition check, and the exporters printed an uninitialised
 * instant. The one check refuses it; every exporter agrees. */
static void campaign_3_gap_time(void) {
  cocomm_milestone m[1];
  cocomm_edition e;
  one_milestone(&e, m, 1);
  m[0].kind = COCOMM_MILESTONE_DEADLINE;
  m[0].precision = COCOMM_PRECISION_EXACT;
  m[0].has_time = 1;
  m[0].start = m[0].end = (cocomm_date){2015, 3, 29};
  m[0].minute_of_day = 90;
  exporters_agree(&e, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_TIME);
  cocomm_instant at;
  ASSERT_STATUS(cocomm_milestone_deadline(&m[0], &at), COCOMM_ERR_OUT_OF_RANGE);
  m[0].minute_of_day = 59; /* 00:59 GMT exists, and 02:00 BST */
  exporters_agree(&e, COCOMM_OK, -1, COCOMM_FIELD_NONE);
  m[0].minute_of_day = 120;
  exporters_agree(&e, COCOMM_OK, -1, COCOMM_FIELD_NONE);
  /* The autumn fold exists twice: the earlier is documented and used. */
  m[0].start = m[0].end = (cocomm_date){2015, 10, 25};
  m[0].minute_of_day = 90;
  exporters_agree(&e, COCOMM_OK, -1, COCOMM_FIELD_NONE);
}

static double cpu_seconds(void) { return (double)clock() / CLOCKS_PER_SEC; }

/* The fastest of three validations: the time of the work, not of a noisy
 * neighbour. */
static double validate_time(const cocomm_committee *c, cocomm_finding *f) {
  double best = 1e9;
  for (int r = 0; r < 3; r++) {
    cocomm_findings fs;
    cocomm_findings_init(&fs, f, 4);
    double t0 = cpu_seconds();
    for (int k = 0; k < 4; k++) cocomm_committee_assess(c, &fs, NULL);
    double t = cpu_seconds() - t0;
    if (t < best) best = t;
  }
  return best;
}

/* Defect 4: 1,024 names that differ only in where their blanks fall all
 * hashed alike, and the duplicate check took 2,861 times as long as for
 * ordinary names. This compares the two in the same run: a complexity
 * guard, with a bound far above noise (n log n against n gives 10-30x)
 * and far below quadratic. */
static void campaign_4_colliding_names(void) {
  enum { N = COCOMM_MEMBERS_MAX, LEN = 250 };
  static char names[2][N][LEN + 1];
  static cocomm_member m[N];
  cocomm_finding f[4];
  double t[2];
  for (int set = 0; set < 2; set++) {
    for (uint32_t i = 0; i < N; i++) {
      char *s = names[set][i];
      memset(s, 'a', LEN);
      s[LEN] = '\0';
      if (set == 0) { /* ordinary: distinct from the start */
        snprintf(s, 8, "%04u", (unsigned)i);
        s[4] = 'a';
      } else { /* blanks near the end, at the positions of i's set bits */
        for (int b = 0; b < 10; b++)
          if (i & (1u << b)) s[LEN - 2 - 2 * b] = ' ';
      }
      cocomm_member_init(&m[i]);
      m[i].name = s;
      m[i].category = COCOMM_CATEGORY_LAY;
    }
    m[0].position = COCOMM_POSITION_CHAIR;
    cocomm_committee c;
    cocomm_committee_init(&c);
    c.members = m;
    c.member_count = N;
    static cocomm_finding all[64];
    static finding_view seen[64];
    cocomm_findings fs = COCOMM_FINDINGS_INIT(all);
    ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
    uint32_t n = view_findings(seen, 64, &fs, &c);
    for (uint32_t k = 0; k < n; k++) CU_ASSERT_PTR_NULL(strstr(seen[k].message, "listed twice"));
    t[set] = validate_time(&c, f);
  }
  double ratio = t[1] / (t[0] > 1e-6 ? t[0] : 1e-6);
  fprintf(stderr, "  colliding names took %.1fx as long as ordinary ones\n", ratio);
  CU_ASSERT(ratio < 100); /* 1.0 took 300x (release build) to 2,861x */
}

/* Defect 5: an over-long category, position or yes/no cell was reported
 * with its text cut inside a UTF-8 character. */
static void campaign_5_error_text_cut(void) {
  static const char *const headers[3] = {"name,category", "name,category,position", "name,category,voting"};
  static const char *const chars[3] = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
  int variants = 0;
  for (int h = 0; h < 3; h++)
    for (int ch = 0; ch < 3; ch++)
      for (int shift = 0; shift < 2; shift++) {
        char csv[256];
        char cell[128];
        size_t lead = 62 - (size_t)shift;
        memset(cell, 'x', lead);
        cell[lead] = '\0';
        strcat(cell, chars[ch]);
        strcat(cell, "yyyyyyyy");
        snprintf(csv, sizeof csv, "%s\nAnn,%s%s\n", headers[h], h ? "Lay," : "", cell);
        cocomm_error err;
        cocomm_member mem[2];
        char text[64];
        cocomm_roster r;
        ASSERT_STATUS(roster_into(csv, strlen(csv), mem, 2, text, sizeof text, &r, &err), COCOMM_ERR_PARSE);
        CU_ASSERT_STRING_EQUAL(err.message, "too long to be a member type, position or yes/no");
        ASSERT_TEXT_ERROR(&err, COCOMM_ERR_PARSE, 2, h ? 3 : 2);
        CU_ASSERT_TRUE(clean_utf8(err.text));
        /* As much as fits, cut before a character, never inside it. */
        size_t cut = sizeof err.text - 1;
        while (cut > 0 && ((unsigned char)cell[cut] & 0xC0) == 0x80) cut--;
        CU_ASSERT_EQUAL(strlen(err.text), cut);
        CU_ASSERT_EQUAL(strncmp(err.text, cell, cut), 0);
        variants++;
      }
  CU_ASSERT_EQUAL(variants, 18);
  /* Control characters never reach it raw; bytes that are not UTF-8 make
   * the list Windows-1252, where 0xFF is y with diaeresis. */
  cocomm_error err;
  cocomm_roster r;
  const char *csv = "name,category\nAnn,Lay\xff\x1b[31m\n";
  ASSERT_STATUS(roster_into(csv, strlen(csv), NULL, 0, NULL, 0, &r, &err), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(err.text, "Lay\xC3\xBF\xEF\xBF\xBD[31m");
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, 2, 2));
}

/* Parse csv counting only (no buffers); what was refused goes to *err. */
static int32_t parse_error(const char *csv, cocomm_error *err) {
  cocomm_roster r;
  return roster_into(csv, strlen(csv), NULL, 0, NULL, 0, &r, err);
}

/* Defect 6: in a CR-only file a quoted line break was not counted, so a
 * later row was reported a line early. */
static void campaign_6_cr_lines(void) {
  cocomm_error err;
  ASSERT_STATUS(parse_error("name,category\r\"Ann\rSmith\",Lay\rBob,Trustee\r", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, 4, 2));
  ASSERT_STATUS(parse_error("name,category\r\n\"Ann\r\nSmith\",Lay\r\nBob,Trustee\r\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(err.line, 4);
  ASSERT_STATUS(parse_error("name,category\n\"Ann\nSmith\",Lay\nBob,Trustee\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(err.line, 4);
}

/* Defect 7: a row with fewer cells than the header named column 0. */
static void campaign_7_short_rows(void) {
  cocomm_error err;
  ASSERT_STATUS(parse_error("name,position,category\nAnn\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, 2, 3));
  CU_ASSERT_STRING_EQUAL(err.message, "no member type: the row ends before this column");
  ASSERT_STATUS(parse_error("category,voting,name\nLay\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(err.column, 3);
  CU_ASSERT_STRING_EQUAL(err.message, "no name: the row ends before this column");
  ASSERT_STATUS(parse_error("name,category,voting,position\nAnn,Lay,maybe\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(err.column, 3);
  /* Optional columns may still be left off the end of a row. */
  ASSERT_STATUS(parse_error("name,category,voting,position\nAnn,Lay\n", &err), COCOMM_ERR_BUFFER_TOO_SMALL);
  ASSERT_ERROR(&err, COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
}

/* Defect 8: an all-day milestone on 9999-12-31 has no day after it, and
 * its iCalendar DTEND was not after its DTSTART. */
static void campaign_8_last_day(void) {
  cocomm_milestone m[1];
  cocomm_edition e;
  one_milestone(&e, m, 1);
  m[0].start = m[0].end = (cocomm_date){9999, 12, 31};
  exporters_agree(&e, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_RANGE);
  m[0].start = m[0].end = (cocomm_date){9999, 12, 30};
  exporters_agree(&e, COCOMM_OK, -1, COCOMM_FIELD_NONE);
  char ics[2048];
  size_t need;
  ASSERT_STATUS(cocomm_calendar_format_ics(&e, COCOMM_MODEL_NONE, 0, ics, sizeof ics, &need), COCOMM_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n"));
}

/* Defect 9: control characters in a label reached iCalendar TEXT, CSV and
 * a terminal raw. Every text of an edition is refused with one. */
static void campaign_9_control_characters(void) {
  static const char *const bad[] = {"bell\a", "\x1b[2Jclear", "del\x7f", ("c1 \xC2\x9B" "31m"), "line\nbreak",
                                    "cr\r"};
  static const int32_t fields[4] = {COCOMM_FIELD_LABEL, COCOMM_FIELD_NOTE, COCOMM_FIELD_SOURCE, COCOMM_FIELD_TITLE};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    for (int field = 0; field < 4; field++) {
      cocomm_milestone m[1];
      cocomm_edition e;
      one_milestone(&e, m, 1);
      if (field == 0) m[0].label = bad[i];
      if (field == 1) m[0].note = bad[i];
      if (field == 2) m[0].source = bad[i];
      if (field == 3) e.title = bad[i];
      exporters_agree(&e, COCOMM_ERR_PARSE, field == 3 ? -1 : 0, fields[field]);
    }
  cocomm_milestone m[1];
  cocomm_edition e;
  one_milestone(&e, m, 1);
  m[0].label = "tab\tis text";
  exporters_agree(&e, COCOMM_OK, -1, COCOMM_FIELD_NONE);
  /* A member's name too: it goes into every finding's message. */
  cocomm_member mem[4];
  cocomm_committee c;
  good_committee(&c, mem);
  mem[2].name = "Dr \x1b[31mRed";
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_check(&c, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, 2, COCOMM_FIELD_NAME);
  ASSERT_STATUS(parse_error("name,category\n\"Dr \x1b[31mRed\",GP\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(err.message, "a control character in a name");
  CU_ASSERT_TRUE(clean_utf8(err.text));
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, 2, 1));
}

/* Defect 10: two identifiers that differ only by a CR got the same UID. */
static void campaign_10_uids(void) {
  cocomm_milestone m[2];
  cocomm_edition e;
  one_milestone(&e, m, 2);
  m[1].id = "X-1\r";
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, 1, COCOMM_FIELD_ID);
  exporters_agree(&e, COCOMM_ERR_PARSE, 1, COCOMM_FIELD_ID);
  /* Rows that share an identifier (as T-12 does) get UIDs by rank. */
  m[1].id = "X-1";
  char ics[4096];
  size_t need;
  ASSERT_STATUS(cocomm_calendar_format_ics(&e, COCOMM_MODEL_NONE, 0, ics, sizeof ics, &need), COCOMM_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "UID:campaign-X-1-1@libcocomm\r\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "UID:campaign-X-1-2@libcocomm\r\n"));
}

/* ---- the header review after the campaign: one test per gap ---- */

/* The timeline's order and the calendar's UIDs were insertion sorts and a
 * rescan per row: 4,096 milestones with long identifiers took seconds. */
static void review_timeline_worst_case(void) {
  enum { N = COCOMM_MILESTONES_MAX, IDLEN = 1000 };
  static cocomm_milestone m[N];
  static char ids[2][N][IDLEN + 8];
  double t[2];
  for (int set = 0; set < 2; set++) {
    for (uint32_t i = 0; i < N; i++) {
      char *id = ids[set][i];
      cocomm_milestone_init(&m[i]);
      if (set == 0) {
        snprintf(id, 16, "T-%u", (unsigned)i);
      } else { /* long, equal but for their last digits, in reverse order */
        memcpy(id, "T-", 2);
        memset(id + 2, '9', IDLEN);
        snprintf(id + 2 + IDLEN, 6, "%04u", (unsigned)(N - 1 - i));
      }
      m[i].id = id;
      m[i].label = "x";
      m[i].start = m[i].end = (cocomm_date){2015, 1, 9};
    }
    cocomm_edition e;
    cocomm_edition_init(&e);
    e.key = "worst";
    e.milestones = m;
    e.milestone_count = N;
    const cocomm_milestone *first[2];
    uint32_t n;
    size_t need;
    double best = 1e9;
    for (int r = 0; r < 2; r++) {
      double t0 = cpu_seconds();
      ASSERT_STATUS(cocomm_timeline_list(&e, COCOMM_MODEL_NONE, first, 2, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
      ASSERT_STATUS(cocomm_calendar_format_ics(&e, COCOMM_MODEL_NONE, 0, NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
      double dt = cpu_seconds() - t0;
      if (dt < best) best = dt;
    }
    t[set] = best;
    if (set == 1) CU_ASSERT_PTR_EQUAL(first[0], &m[N - 1]); /* ...0000 sorts first */
  }
  double ratio = t[1] / (t[0] > 1e-6 ? t[0] : 1e-6);
  fprintf(stderr, "  long identifiers took %.1fx as long as short ones\n", ratio);
  CU_ASSERT(ratio < 100); /* quadratic was over 1000x */
}

/* Values one function accepted and the next refused. */
static void review_values_agree(void) {
  int32_t fy = 0;
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){9999, 4, 1}, &fy), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_date_fy((cocomm_date){9999, 3, 31}, &fy), COCOMM_OK);
  CU_ASSERT_EQUAL(fy, 9998);
  cocomm_date first, last;
  ASSERT_STATUS(cocomm_date_fy_bounds(fy, &first, &last), COCOMM_OK);
  /* An edition's stamp and reserved field. */
  cocomm_milestone ms[1];
  cocomm_edition e;
  one_milestone(&e, ms, 1);
  e.published = INT64_MAX;
  exporters_agree(&e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_PUBLISHED);
  e.published = COCOMM_INSTANT_MAX;
  exporters_agree(&e, COCOMM_OK, -1, COCOMM_FIELD_NONE);
  e.published_precision = 0xDEAD;
  exporters_agree(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PUBLISHED);
  e.published_precision = COCOMM_PRECISION_MONTH; /* COCOMM_INSTANT_MAX is no first of a month */
  exporters_agree(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PUBLISHED);
  e.published_precision = 0;
  /* Greater involvement has no submission deadline to be judged by. */
  ms[0].kind = COCOMM_MILESTONE_DEADLINE;
  ms[0].submission = 1;
  ms[0].go_live_fy = 2015;
  ms[0].models = COCOMM_MODELS_GREATER_INVOLVEMENT;
  exporters_agree(&e, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  cocomm_submission sub;
  cocomm_submission_init(&sub);
  ASSERT_STATUS(cocomm_submission_judge(&e, COCOMM_MODEL_GREATER_INVOLVEMENT, 0, &sub),
                COCOMM_ERR_INVALID_ARGUMENT);
  /* Both dates or neither. */
  cocomm_date ack = {1, 1, 1}, decide = {1, 1, 1};
  ASSERT_STATUS(cocomm_timeline_constitution_due((cocomm_date){9999, 11, 30}, &ack, &decide), COCOMM_ERR_OUT_OF_RANGE);
  CU_ASSERT_EQUAL(ack.year, 1);
  CU_ASSERT_EQUAL(decide.year, 1);
  /* A reserved field must be zero. */
  cocomm_datetime dt = {{2015, 1, 9}, 12, 0, 0, 7, 0};
  ASSERT_STATUS(cocomm_datetime_check(&dt), COCOMM_ERR_INVALID_ARGUMENT);
  /* A subject is an int32_t: more contributions than that are refused
   * before any is read. */
  const int32_t one = COCOMM_FUND_CCG_OWN_FUNCTION;
  cocomm_findings sizing;
  cocomm_findings_init(&sizing, NULL, 0);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_approval_assess_pooled_fund(&one, (uint32_t)INT32_MAX + 1u, &sizing, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  ASSERT_STATUS(cocomm_approval_assess_pooled_fund(&one, (uint32_t)INT32_MAX + 1u, NULL, NULL), COCOMM_ERR_OUT_OF_RANGE);
}

/* A register entry prints only a result the check could have made; a
 * check with no committee is the call's own error. */
static void review_decision_inputs(void) {
  cocomm_member m[4];
  cocomm_committee c;
  good_committee(&c, m);
  uint8_t present[4] = {1, 1, 1, 1};
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  cocomm_finding f[16];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_decision_assess(&c, &d, &r, NULL, &fs, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  char entry[512];
  size_t need;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &r, entry, sizeof entry, &need), COCOMM_OK);
  cocomm_decision_result bad = r;
  bad.can_decide = 7;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &bad, entry, sizeof entry, &need), COCOMM_ERR_INVALID_ARGUMENT);
  bad = r;
  bad.outcome = 42;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &bad, entry, sizeof entry, &need), COCOMM_ERR_INVALID_ARGUMENT);
  bad = r;
  bad.can_decide = 0;
  bad.outcome = COCOMM_OUTCOME_CARRIED;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &bad, entry, sizeof entry, &need), COCOMM_ERR_INVALID_ARGUMENT);
  bad = r;
  bad.presiding = 4;
  ASSERT_STATUS(cocomm_decision_format_register(&c, &d, &bad, entry, sizeof entry, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_decision_assess(NULL, &d, &r, NULL, &fs, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
}

/* Blanks are trimmed everywhere, and lines are where the cell is. */
static void review_roster_blanks_and_lines(void) {
  cocomm_member mem[4];
  char text[256];
  cocomm_roster r = COCOMM_ROSTER_INIT(mem, text);
  cocomm_error err = COCOMM_ERROR_INIT;
  const char *csv = "name,category,voting,organisation\nAnn,lay, ,  NHS Blackpool CCG  \n"
                    "Bob,hwb,\xC2\xA0,   \n , , , \n";
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  CU_ASSERT_EQUAL(r.count, 2); /* the row of blanks is skipped */
  CU_ASSERT_EQUAL(mem[0].voting, 1); /* blanks only: the default */
  CU_ASSERT_EQUAL(mem[1].voting, 0);
  CU_ASSERT_STRING_EQUAL(mem[0].body, "NHS Blackpool CCG");
  CU_ASSERT_PTR_NULL(mem[1].body);
  ASSERT_STATUS(parse_error("notes,name,category\n\"one\ntwo\nthree\",Ann,Trustee\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_TRUE(error_at(&err, COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, 4, 3));
  ASSERT_STATUS(parse_error("name,category\nA\xC2\x85" "B,lay\n", &err), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(err.message, "a control character in a name");
}

static const test_case cases[] = {
  TEST(review_timeline_worst_case),
  TEST(review_values_agree),
  TEST(review_decision_inputs),
  TEST(review_roster_blanks_and_lines),
  TEST(campaign_1_name_bound),
  TEST(campaign_2_long_ids),
  TEST(campaign_3_gap_time),
  TEST(campaign_4_colliding_names),
  TEST(campaign_5_error_text_cut),
  TEST(campaign_6_cr_lines),
  TEST(campaign_7_short_rows),
  TEST(campaign_8_last_day),
  TEST(campaign_9_control_characters),
  TEST(campaign_10_uids),
  TEST(hostile_decisions),
  TEST(null_arguments),
  TEST(hostile_milestones),
  TEST(long_names_of_every_width),
  TEST(hostile_text),
  TEST(hostile_committees),
  TEST(hostile_buffers),
  TEST(hostile_csv),
  TEST(hostile_values),
};
RUN_TESTS("hostile", cases)
