/* SPDX-License-Identifier: MIT */
/* Terms of reference (terms.h) and their text format (docs/terms.md):
 * every key and value, the defaults, comments, line ends and the
 * byte-order mark; the clause grammar; each error with its line, column,
 * message and text; the limits at their boundaries; the writer and the
 * round trip; and the four published quorum forms of C-13 and a joint
 * committee's, read from examples/data/terms/ and put to
 * cocomm_decision_assess(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static cocomm_terms T;
static cocomm_error E;

/* Parse NUL-terminated text into T (initialised first) with E. */
static int32_t parse(const char *text) {
  cocomm_terms_init(&T);
  cocomm_error_init(&E);
  return cocomm_terms_parse(text, strlen(text), 0, &T, &E);
}

/* Assert that text is refused with this status at this line and column,
 * with exactly this message and offending text. */
#define REFUSED(input, status, line, column, want_message, want_text)                               \
  do {                                                                                                \
    ASSERT_STATUS(parse(input), (status));                                                           \
    ASSERT_TEXT_ERROR(&E, (status), (line), (column));                                               \
    if (E.message == NULL || strcmp(E.message, (want_message)) != 0)                                 \
      fprintf(stderr, "  %s:%d: message \"%s\", want \"%s\"\n", __FILE__, __LINE__,                 \
              E.message ? E.message : "(null)", (want_message));                                     \
    CU_ASSERT_STRING_EQUAL(E.message ? E.message : "", (want_message));                              \
    if (strcmp(E.text, (want_text)) != 0)                                                            \
      fprintf(stderr, "  %s:%d: text \"%s\", want \"%s\"\n", __FILE__, __LINE__, E.text, (want_text)); \
    CU_ASSERT_STRING_EQUAL(E.text, (want_text));                                                     \
  } while (0)

#define PARSES(text)                     \
  do {                                   \
    ASSERT_STATUS(parse(text), COCOMM_OK); \
    ASSERT_NO_ERROR(&E);                 \
  } while (0)

static int same_clause(const cocomm_clause *a, const cocomm_clause *b) {
  return a->min == b->min && a->categories == b->categories && a->tags == b->tags && a->positions == b->positions &&
         a->voting == b->voting && a->body == b->body;
}

/* The fields a text can say, compared. */
static int same_terms(const cocomm_terms *a, const cocomm_terms *b) {
  if (a->majority != b->majority || a->casting_vote != b->casting_vote || a->presiding != b->presiding ||
      a->quorum_count != b->quorum_count || a->membership_count != b->membership_count)
    return 0;
  for (uint32_t i = 0; i < a->quorum_count; i++)
    if (!same_clause(&a->quorum[i], &b->quorum[i])) return 0;
  for (uint32_t i = 0; i < a->membership_count; i++)
    if (!same_clause(&a->membership[i], &b->membership[i])) return 0;
  for (uint32_t i = 0; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++)
    if (strcmp(a->tag_names[i], b->tag_names[i]) != 0) return 0;
  return 1;
}

/* 1 if text is lines ending LF, each clean UTF-8 with no control
 * character at all (not even HT): what the writer writes. */
static int clean_text(const char *text) {
  size_t n = strlen(text);
  char *copy = malloc(n + 1);
  memcpy(copy, text, n + 1);
  for (char *p = copy; *p; p++)
    if (*p == '\n') *p = ' ';
  int ok = clean_utf8(copy) && strchr(text, '\t') == NULL && (n == 0 || text[n - 1] == '\n');
  free(copy);
  return ok;
}

/* Format t, parse it back, format again: the same terms and the same
 * bytes. Returns the first text (static storage). */
static const char *round_trip(const cocomm_terms *t) {
  static char out[8192], again[8192];
  size_t need = 0, need2 = 0;
  ASSERT_STATUS(cocomm_terms_format(t, out, sizeof out, &need), COCOMM_OK);
  CU_ASSERT_EQUAL(need, strlen(out));
  CU_ASSERT_TRUE(clean_text(out));
  cocomm_terms back;
  cocomm_terms_init(&back);
  cocomm_error e = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_terms_parse(out, need, 0, &back, &e), COCOMM_OK);
  if (e.status != COCOMM_OK)
    fprintf(stderr, "  round trip: line %u, column %u: %s (%s)\n%s", (unsigned)e.line, (unsigned)e.column,
            e.message, e.text, out);
  CU_ASSERT_TRUE(same_terms(t, &back));
  ASSERT_STATUS(cocomm_terms_format(&back, again, sizeof again, &need2), COCOMM_OK);
  CU_ASSERT_EQUAL(need, need2);
  CU_ASSERT_STRING_EQUAL(out, again);
  return out;
}

/* ---- keys and values ---- */

/* C-14, C-15, C-16: no statement at all is cocomm_terms_init()'s terms. */
static void defaults(void) {
  cocomm_terms init;
  cocomm_terms_init(&init);
  PARSES("");
  CU_ASSERT_EQUAL(memcmp(&T, &init, sizeof T), 0);
  PARSES("# nothing but a comment\n\n   \t\n");
  CU_ASSERT_EQUAL(memcmp(&T, &init, sizeof T), 0);
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_VOTES_CAST);
  CU_ASSERT_EQUAL(T.casting_vote, 0);
  CU_ASSERT_EQUAL(T.presiding, COCOMM_PRESIDE_BY_KIND);
  CU_ASSERT_EQUAL(T.quorum_count + T.membership_count, 0);
  /* The static initialiser says the same. */
  cocomm_terms macro = COCOMM_TERMS_INIT;
  CU_ASSERT_EQUAL(memcmp(&macro, &init, sizeof macro), 0);
  /* A key not given keeps its default while the others change. */
  PARSES("casting vote: yes\n");
  CU_ASSERT_EQUAL(T.casting_vote, 1);
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_VOTES_CAST);
  CU_ASSERT_EQUAL(T.presiding, COCOMM_PRESIDE_BY_KIND);
}

/* C-14: the basis of the majority, both values. */
static void majority_values_c14(void) {
  PARSES("majority: votes cast");
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_VOTES_CAST);
  PARSES("majority: present and entitled");
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  PARSES("MAJORITY :\tPresent   AND\tEntitled  ");
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  REFUSED("majority: most", COCOMM_ERR_PARSE, 1, 11,
          "expected 'votes cast' or 'present and entitled' after 'majority:'", "most");
  REFUSED("majority:", COCOMM_ERR_PARSE, 1, 10, "expected 'votes cast' or 'present and entitled' after 'majority:'",
          "");
}

/* C-16: whether whoever presides has a casting vote. */
static void casting_vote_values_c16(void) {
  PARSES("casting vote: yes");
  CU_ASSERT_EQUAL(T.casting_vote, 1);
  PARSES("casting vote: no");
  CU_ASSERT_EQUAL(T.casting_vote, 0);
  PARSES("Casting  Vote:YES");
  CU_ASSERT_EQUAL(T.casting_vote, 1);
  REFUSED("casting vote: true", COCOMM_ERR_PARSE, 1, 15, "expected 'yes' or 'no' after 'casting vote:'", "true");
  REFUSED("castingvote: yes", COCOMM_ERR_PARSE, 1, 1,
          "expected a key before ':': majority, casting vote, presiding, tag, quorum or membership", "castingvote");
}

/* C-15: who may preside, each value. */
static void presiding_values_c15(void) {
  PARSES("presiding: by kind");
  CU_ASSERT_EQUAL(T.presiding, COCOMM_PRESIDE_BY_KIND);
  PARSES("presiding: lay");
  CU_ASSERT_EQUAL(T.presiding, COCOMM_PRESIDE_LAY);
  PARSES("presiding: ANY");
  CU_ASSERT_EQUAL(T.presiding, COCOMM_PRESIDE_ANY);
  REFUSED("presiding: chair", COCOMM_ERR_PARSE, 1, 12, "expected 'by kind', 'lay' or 'any' after 'presiding:'",
          "chair");
}

/* C-14, C-15, C-16: each of the three keys at most once. */
static void key_given_twice(void) {
  REFUSED("majority: votes cast\nmajority: votes cast\n", COCOMM_ERR_PARSE, 2, 1,
          "expected 'majority:' once: it is given on an earlier line", "majority");
  REFUSED("casting vote: no\n# a comment\n  casting vote : yes\n", COCOMM_ERR_PARSE, 3, 3,
          "expected 'casting vote:' once: it is given on an earlier line", "casting vote");
  REFUSED("presiding: lay\npresiding: lay", COCOMM_ERR_PARSE, 2, 1,
          "expected 'presiding:' once: it is given on an earlier line", "presiding");
  /* Clauses and tags may repeat: that is how there are several. */
  PARSES("quorum: at least 1 member\nquorum: at least 1 member\ntag: a\ntag: b\n");
  CU_ASSERT_EQUAL(T.quorum_count, 2);
}

/* Comments, blank lines, case and blanks. */
static void comments_and_blanks(void) {
  PARSES("# the terms of reference, 2015\n"
         "\n"
         "  majority: present and entitled   # C-14\n"
         "\t# indented comment\n"
         "Quorum:At Least 2 Voting Members Of Lay#no blank before the comment\n"
         "quorum:\tat\tleast\t1\tmember\n"
         "#quorum: at least 99 members   (commented out)\n");
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  CU_ASSERT_EQUAL(T.quorum_count, 2);
  CU_ASSERT_EQUAL(T.quorum[0].min, 2);
  CU_ASSERT_EQUAL(T.quorum[0].categories, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY));
  CU_ASSERT_EQUAL(T.quorum[1].min, 1);
  CU_ASSERT_EQUAL(T.quorum[1].categories | T.quorum[1].tags, 0);
}

/* CRLF, LF and a lone CR each end a line; a byte-order mark is skipped
 * and not counted as a column. */
static void line_ends_and_bom(void) {
  PARSES("\xEF\xBB\xBFmajority: present and entitled\r\ncasting vote: yes\rpresiding: lay\nquorum: all members\r\n");
  CU_ASSERT_EQUAL(T.majority, COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  CU_ASSERT_EQUAL(T.casting_vote, 1);
  CU_ASSERT_EQUAL(T.presiding, COCOMM_PRESIDE_LAY);
  CU_ASSERT_EQUAL(T.quorum_count, 1);
  CU_ASSERT_EQUAL(T.quorum[0].min, COCOMM_CLAUSE_ALL);
  /* The same error on line 4 whichever line ends come before it. */
  static const char *const texts[] = {"\n\n\nmajority: x\n", "\r\n\r\n\r\nmajority: x\r\n", "\r\r\rmajority: x\r",
                                      "\r\n\n\rmajority: x", "\xEF\xBB\xBF\r\n\n\rmajority: x"};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
    REFUSED(texts[i], COCOMM_ERR_PARSE, 4, 11, "expected 'votes cast' or 'present and entitled' after 'majority:'",
            "x");
  /* The mark only at the very start: elsewhere it is text. */
  REFUSED("\xEF\xBB\xBF\xEF\xBB\xBFmajority: votes cast", COCOMM_ERR_PARSE, 1, 1,
          "expected a key before ':': majority, casting vote, presiding, tag, quorum or membership",
          "\xEF\xBB\xBFmajority");
  /* A CR LF pair is one line end; LF CR is two. */
  REFUSED("\n\rmajority: x", COCOMM_ERR_PARSE, 3, 11,
          "expected 'votes cast' or 'present and entitled' after 'majority:'", "x");
}

/* NUL bytes, invalid UTF-8 and control characters but HT are refused
 * where they are, comments included; columns count characters. */
static void text_errors(void) {
  cocomm_terms_init(&T);
  cocomm_error_init(&E);
  static const char nul[] = "quorum: all members\n# a\0b\n";
  ASSERT_STATUS(cocomm_terms_parse(nul, sizeof nul - 1, 0, &T, &E), COCOMM_ERR_PARSE);
  ASSERT_TEXT_ERROR(&E, COCOMM_ERR_PARSE, 2, 4);
  CU_ASSERT_STRING_EQUAL(E.message, "expected text, not a NUL byte");
  CU_ASSERT_STRING_EQUAL(E.text, "\xEF\xBF\xBD");
  REFUSED("majority: votes cast\x07", COCOMM_ERR_PARSE, 1, 21, "expected text, not a control character",
          "\xEF\xBF\xBD");
  REFUSED("# caf\xC3\xA9 \x1B[2J\n", COCOMM_ERR_PARSE, 1, 8, "expected text, not a control character",
          "\xEF\xBF\xBD");
  REFUSED("tag: x\x7Fy", COCOMM_ERR_PARSE, 1, 7, "expected text, not a control character", "\xEF\xBF\xBD");
  REFUSED("tag: \xC2\x85", COCOMM_ERR_PARSE, 1, 6, "expected text, not a control character", "\xEF\xBF\xBD");
  REFUSED("tag: caf\xE9", COCOMM_ERR_PARSE, 1, 9, "expected UTF-8 text: a byte that is not UTF-8", "\xEF\xBF\xBD");
  REFUSED("tag: \xC0\xAF", COCOMM_ERR_PARSE, 1, 6, "expected UTF-8 text: a byte that is not UTF-8", "\xEF\xBF\xBD");
  REFUSED("tag: \xED\xA0\x80", COCOMM_ERR_PARSE, 1, 6, "expected UTF-8 text: a byte that is not UTF-8",
          "\xEF\xBF\xBD");
  REFUSED("tag: \xE2\x82", COCOMM_ERR_PARSE, 1, 6, "expected UTF-8 text: a byte that is not UTF-8", "\xEF\xBF\xBD");
  REFUSED("tag: \xC2", COCOMM_ERR_PARSE, 1, 6, "expected UTF-8 text: a byte that is not UTF-8", "\xEF\xBF\xBD");
  /* HT is a blank; characters before the fault count once each. */
  PARSES("tag:\t\xE2\x82\xAC \xF0\x9F\x98\x80 pounds\n");
  CU_ASSERT_STRING_EQUAL(T.tag_names[0], "\xE2\x82\xAC \xF0\x9F\x98\x80 pounds");
  REFUSED("tag: \xE2\x82\xAC\xF0\x9F\x98\x80\x01", COCOMM_ERR_PARSE, 1, 8, "expected text, not a control character",
          "\xEF\xBF\xBD");
}

/* Lines that are no statement. */
static void statement_errors(void) {
  REFUSED("majority votes cast", COCOMM_ERR_PARSE, 1, 1, "expected 'key: value' (no ':' on the line)",
          "majority votes cast");
  REFUSED("\n   quorum at least 3  # no colon\n", COCOMM_ERR_PARSE, 2, 4, "expected 'key: value' (no ':' on the line)",
          "quorum at least 3");
  REFUSED("  colour: red", COCOMM_ERR_PARSE, 1, 3,
          "expected a key before ':': majority, casting vote, presiding, tag, quorum or membership", "colour");
  REFUSED(": yes", COCOMM_ERR_PARSE, 1, 1,
          "expected a key before ':': majority, casting vote, presiding, tag, quorum or membership", "");
}

/* ---- clauses (C-13) ---- */

/* C-13: the number, "all", what is counted, items, positions, bodies. */
static void clause_grammar_c13(void) {
  PARSES("quorum: at least 0 members\n"
         "quorum: at least 3 members\n"
         "quorum: all members of chief officer\n"
         "quorum: at least 2 voting members of lay\n"
         "quorum: at least 2 non-voting members\n"
         "quorum: at least 2 voting or non-voting members\n"
         "quorum: at least 2 any members\n"
         "quorum: at least 1 member of GP, chief finance officer\n"
         "quorum: at least 1 member of chief officer or chief finance officer or director of nursing, lay\n"
         "quorum: at least 1 member of lay as chair or vice-chair\n"
         "quorum: at least 1 member as member\n"
         "quorum: at least 1 member from NHS England\n"
         "quorum: at least 1 member from a CCG\n"
         "quorum: at least 1 member from the CCGs\n"
         "quorum: at least 1 member of executive as Vice Chair from each body\n"
         "membership: at least 007 members of Health and Wellbeing Board, Healthwatch, LMC, other, NHS England\n");
  CU_ASSERT_EQUAL(T.quorum_count, 15);
  CU_ASSERT_EQUAL(T.membership_count, 1);
  const cocomm_clause *q = T.quorum;
  CU_ASSERT_EQUAL(q[0].min, 0);
  CU_ASSERT_EQUAL(q[1].min, 3);
  CU_ASSERT_TRUE(q[1].categories == 0 && q[1].tags == 0 && q[1].positions == 0);
  CU_ASSERT_TRUE(q[1].voting == COCOMM_COUNT_VOTING && q[1].body == COCOMM_CLAUSE_ANY_BODY);
  CU_ASSERT_EQUAL(q[2].min, COCOMM_CLAUSE_ALL);
  CU_ASSERT_EQUAL(q[2].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER));
  CU_ASSERT_EQUAL(q[3].voting, COCOMM_COUNT_VOTING);
  CU_ASSERT_EQUAL(q[4].voting, COCOMM_COUNT_NON_VOTING);
  CU_ASSERT_EQUAL(q[5].voting, COCOMM_COUNT_ANY);
  CU_ASSERT_EQUAL(q[6].voting, COCOMM_COUNT_ANY);
  CU_ASSERT_EQUAL(q[7].categories, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_CLINICAL));
  CU_ASSERT_EQUAL(q[7].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER));
  CU_ASSERT_EQUAL(q[8].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER) |
                                 COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER) |
                                 COCOMM_TAG_BIT(COCOMM_OFFICE_DIRECTOR_OF_NURSING));
  CU_ASSERT_EQUAL(q[8].categories, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY));
  CU_ASSERT_EQUAL(q[9].positions,
                  COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) | COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR));
  CU_ASSERT_EQUAL(q[10].positions, COCOMM_POSITION_BIT(COCOMM_POSITION_NONE));
  CU_ASSERT_EQUAL(q[11].body, COCOMM_CLAUSE_NHS_ENGLAND);
  CU_ASSERT_EQUAL(q[11].categories, 0); /* "from NHS England" is the body, not the category */
  CU_ASSERT_EQUAL(q[12].body, COCOMM_CLAUSE_CCG);
  CU_ASSERT_EQUAL(q[13].body, COCOMM_CLAUSE_CCG);
  CU_ASSERT_EQUAL(q[14].body, COCOMM_CLAUSE_EACH_BODY);
  CU_ASSERT_EQUAL(q[14].positions, COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR));
  CU_ASSERT_EQUAL(q[14].categories, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_EXECUTIVE));
  const cocomm_clause *m = T.membership;
  CU_ASSERT_EQUAL(m[0].min, 7);
  CU_ASSERT_EQUAL(m[0].categories,
                  COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_HWB) | COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_HEALTHWATCH) |
                      COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LMC) | COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_OTHER) |
                      COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_NHS_ENGLAND));
  CU_ASSERT_EQUAL(m[0].body, COCOMM_CLAUSE_ANY_BODY);
  /* "of", "as" and "from" in the order of the grammar, words in any case. */
  PARSES("QUORUM: AT LEAST 2 VOTING OR NON-VOTING MEMBERS OF LAY MEMBER, PRACTISING GP AS CHAIR FROM EACH BODY");
  CU_ASSERT_EQUAL(T.quorum[0].voting, COCOMM_COUNT_ANY);
  CU_ASSERT_EQUAL(T.quorum[0].categories, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY));
  CU_ASSERT_EQUAL(T.quorum[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_GP));
  /* Blanks are flexible, however many. */
  {
    char text[2048];
    snprintf(text, sizeof text, "quorum%300s:%300sat least 1 member of chief%300sofficer as vice%300schair\n"
             "casting%300svote: yes%300s", "", "", "", "", "", "");
    PARSES(text);
    CU_ASSERT_EQUAL(T.quorum[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER));
    CU_ASSERT_EQUAL(T.quorum[0].positions, COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR));
    CU_ASSERT_EQUAL(T.casting_vote, 1);
  }
  REFUSED("quorum: all members as \xC2\xA0", COCOMM_ERR_PARSE, 1, 24,
          "expected 'chair', 'vice-chair' or 'member' after 'as' and after each 'or'", "\xC2\xA0");
  /* A piece that is an item as a whole is not split on "or"; one that is not, is. */
  PARSES("tag: lay member for x\nquorum: at least 1 member of director of commissioning operations or lay member for x");
  CU_ASSERT_EQUAL(T.quorum[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR) | COCOMM_TAG_BIT(16));
}

/* C-13: each clause error at its place, with what was expected. */
static void clause_errors_c13(void) {
  static const char *const first = "expected 'at least' and a number, or 'all', after 'quorum:'";
  static const char *const count = "expected a number from 0 to 1024 after 'at least'";
  static const char *const noun =
      "expected 'member' or 'members' (after 'voting', 'non-voting', 'voting or non-voting' or 'any')";
  static const char *const item = "expected a category, an office or a tag declared on an earlier line";
  static const char *const pos = "expected 'chair', 'vice-chair' or 'member' after 'as' and after each 'or'";
  REFUSED("quorum: three members", COCOMM_ERR_PARSE, 1, 9, first, "three");
  REFUSED("quorum: 3 members", COCOMM_ERR_PARSE, 1, 9, first, "3");
  REFUSED("quorum:", COCOMM_ERR_PARSE, 1, 8, first, "");
  REFUSED("membership:   # nothing", COCOMM_ERR_PARSE, 1, 12,
          "expected 'at least' and a number, or 'all', after 'membership:'", "");
  REFUSED("quorum: at most 3 members", COCOMM_ERR_PARSE, 1, 12, "expected 'least' after 'at'", "most");
  REFUSED("quorum: at", COCOMM_ERR_PARSE, 1, 11, "expected 'least' after 'at'", "");
  REFUSED("quorum: at least three members", COCOMM_ERR_PARSE, 1, 18, count, "three");
  REFUSED("quorum: at least -1 members", COCOMM_ERR_PARSE, 1, 18, count, "-1");
  REFUSED("quorum: at least 3x members", COCOMM_ERR_PARSE, 1, 18, count, "3x");
  REFUSED("quorum: at least", COCOMM_ERR_PARSE, 1, 17, count, "");
  REFUSED("quorum: at least 3", COCOMM_ERR_PARSE, 1, 19, noun, "");
  REFUSED("quorum: at least 3 people", COCOMM_ERR_PARSE, 1, 20, noun, "people");
  REFUSED("quorum: at least 3 voting", COCOMM_ERR_PARSE, 1, 26, noun, "");
  REFUSED("quorum: all voting or members", COCOMM_ERR_PARSE, 1, 23, "expected 'non-voting' after 'voting or'",
          "members");
  REFUSED("quorum: all members including lay", COCOMM_ERR_PARSE, 1, 21,
          "expected 'of', 'as', 'from' or the end of the line", "including");
  REFUSED("quorum: at least 2 members of lay, vicar", COCOMM_ERR_PARSE, 1, 36, item, "vicar");
  REFUSED("quorum: at least 2 members of lay,, GP", COCOMM_ERR_PARSE, 1, 35,
          "expected a category, an office or a tag before and after each ','", "");
  REFUSED("quorum: at least 2 members of lay,", COCOMM_ERR_PARSE, 1, 35,
          "expected a category, an office or a tag before and after each ','", "");
  REFUSED("quorum: at least 2 members of", COCOMM_ERR_PARSE, 1, 30, "expected a category, an office or a tag after 'of'",
          "");
  REFUSED("quorum: at least 2 members of as chair", COCOMM_ERR_PARSE, 1, 31,
          "expected a category, an office or a tag after 'of'", "");
  REFUSED("quorum: at least 1 member of chief officer or vicar", COCOMM_ERR_PARSE, 1, 47, item, "vicar");
  REFUSED("quorum: at least 1 member of vicar or chief officer", COCOMM_ERR_PARSE, 1, 30, item, "vicar");
  REFUSED("quorum: at least 1 member of or lay", COCOMM_ERR_PARSE, 1, 30,
          "expected a category, an office or a tag before and after 'or'", "or");
  REFUSED("quorum: at least 1 member of lay or", COCOMM_ERR_PARSE, 1, 36,
          "expected a category, an office or a tag before and after 'or'", "");
  REFUSED("quorum: at least 1 member of lay or or GP", COCOMM_ERR_PARSE, 1, 37,
          "expected a category, an office or a tag before and after 'or'", "or");
  REFUSED("quorum: at least 1 member as", COCOMM_ERR_PARSE, 1, 29, pos, "");
  REFUSED("quorum: at least 1 member as chair or", COCOMM_ERR_PARSE, 1, 38, pos, "");
  REFUSED("quorum: at least 1 member as or chair", COCOMM_ERR_PARSE, 1, 30, pos, "or");
  REFUSED("quorum: at least 1 member as secretary", COCOMM_ERR_PARSE, 1, 30, pos, "secretary");
  REFUSED("quorum: at least 1 member as chair as vice-chair", COCOMM_ERR_PARSE, 1, 30, pos, "chair as vice-chair");
  REFUSED("quorum: at least 1 member from Mars", COCOMM_ERR_PARSE, 1, 32,
          "expected 'NHS England', 'a CCG', 'the CCGs' or 'each body' after 'from'", "Mars");
  REFUSED("quorum: at least 1 member from a CCG as chair", COCOMM_ERR_PARSE, 1, 32,
          "expected 'NHS England', 'a CCG', 'the CCGs' or 'each body' after 'from'", "a CCG as chair");
  REFUSED("quorum: at least 1 member from", COCOMM_ERR_PARSE, 1, 31,
          "expected 'NHS England', 'a CCG', 'the CCGs' or 'each body' after 'from'", "");
  /* A tag is known only once declared. */
  REFUSED("quorum: at least 1 member of clinical lead\ntag: clinical lead", COCOMM_ERR_PARSE, 1, 30, item,
          "clinical lead");
  /* The error names the line it is on. */
  REFUSED("majority: votes cast\n\nquorum: at least 1 member\nquorum: at least 1 member of nobody\n", COCOMM_ERR_PARSE,
          4, 30, item, "nobody");
}

/* C-13: limits at their boundaries: 0..1024, 16 clauses of each kind. */
static void limits_c13(void) {
  PARSES("quorum: at least 1024 members");
  CU_ASSERT_EQUAL(T.quorum[0].min, 1024);
  PARSES("quorum: at least 0000001024 members");
  CU_ASSERT_EQUAL(T.quorum[0].min, 1024);
  REFUSED("quorum: at least 1025 members", COCOMM_ERR_OUT_OF_RANGE, 1, 18,
          "expected a number from 0 to 1024 after 'at least'", "1025");
  REFUSED("membership: at least 99999999999999999999999999 members", COCOMM_ERR_OUT_OF_RANGE, 1, 22,
          "expected a number from 0 to 1024 after 'at least'", "99999999999999999999999999");
  char text[2048];
  for (int which = 0; which < 2; which++) {
    const char *key = which ? "membership" : "quorum";
    size_t n = 0;
    for (int i = 0; i < 16; i++) n += (size_t)snprintf(text + n, sizeof text - n, "%s: at least %d members\n", key, i);
    PARSES(text);
    CU_ASSERT_EQUAL(which ? T.membership_count : T.quorum_count, 16);
    CU_ASSERT_EQUAL((which ? T.membership : T.quorum)[15].min, 15);
    snprintf(text + n, sizeof text - n, "  %s: at least 16 members\n", key);
    ASSERT_STATUS(parse(text), COCOMM_ERR_OUT_OF_RANGE);
    ASSERT_TEXT_ERROR(&E, COCOMM_ERR_OUT_OF_RANGE, 17, 3);
    CU_ASSERT_STRING_EQUAL(E.message, which ? "expected at most 16 'membership:' lines"
                                            : "expected at most 16 'quorum:' lines");
    CU_ASSERT_STRING_EQUAL(E.text, key);
  }
  /* 16 of each together. */
  size_t n = 0;
  for (int i = 0; i < 16; i++)
    n += (size_t)snprintf(text + n, sizeof text - n, "quorum: all members\nmembership: all members\n");
  PARSES(text);
  CU_ASSERT_EQUAL(T.quorum_count + T.membership_count, 32);
}

/* ---- named tags ---- */

static void tags(void) {
  PARSES("tag: clinical lead\n"
         "tag:   Finance   Lead\t Deputy  \n"
         "quorum: at least 1 member of CLINICAL LEAD, finance lead deputy, chief officer\n");
  CU_ASSERT_STRING_EQUAL(T.tag_names[0], "clinical lead");
  CU_ASSERT_STRING_EQUAL(T.tag_names[1], "Finance Lead Deputy"); /* as written, each run of blanks one space */
  CU_ASSERT_STRING_EQUAL(T.tag_names[2], "");
  CU_ASSERT_EQUAL(T.quorum[0].tags, COCOMM_TAG_BIT(16) | COCOMM_TAG_BIT(17) |
                                        COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER));
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(&T, 17), "Finance Lead Deputy");
  /* 47 bytes are a name; 48 are not. */
  char text[256];
  snprintf(text, sizeof text, "tag: %.47s", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
  PARSES(text);
  CU_ASSERT_EQUAL(strlen(T.tag_names[0]), 47);
  snprintf(text, sizeof text, "tag: %.48s", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
  REFUSED(text, COCOMM_ERR_PARSE, 1, 6, "expected a tag name of at most 47 bytes",
          "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv");
  /* 47 bytes of which the last two are one character; blanks between
   * words count as one. */
  snprintf(text, sizeof text, "tag: %.22s      %.22s\xC3\xA9", "abcdefghijklmnopqrstuvwxyz",
           "abcdefghijklmnopqrstuvwxyz");
  PARSES(text);
  CU_ASSERT_EQUAL(strlen(T.tag_names[0]), 47);
  /* 16 tags, and no 17th. */
  size_t n = 0;
  char many[1024];
  for (int i = 0; i < 16; i++) n += (size_t)snprintf(many + n, sizeof many - n, "tag: group %c\n", 'a' + i);
  snprintf(many + n, sizeof many - n, "quorum: at least 1 member of group p\n");
  PARSES(many);
  CU_ASSERT_STRING_EQUAL(T.tag_names[15], "group p");
  CU_ASSERT_EQUAL(T.quorum[0].tags, COCOMM_TAG_BIT(31));
  snprintf(many + n, sizeof many - n, "tag: group q\n");
  REFUSED(many, COCOMM_ERR_OUT_OF_RANGE, 17, 1, "expected at most 16 'tag:' lines", "tag");
  /* Names the format could not read back. */
  REFUSED("tag:", COCOMM_ERR_PARSE, 1, 5, "expected a tag name after 'tag:'", "");
  REFUSED("tag: a, b", COCOMM_ERR_PARSE, 1, 7, "expected a tag name without ',', ';', ':' or '#'", ",");
  REFUSED("tag: a;b", COCOMM_ERR_PARSE, 1, 7, "expected a tag name without ',', ';', ':' or '#'", ";");
  REFUSED("tag: ratio 1:2", COCOMM_ERR_PARSE, 1, 13, "expected a tag name without ',', ';', ':' or '#'", ":");
  REFUSED("tag: head  of\tservice", COCOMM_ERR_PARSE, 1, 12,
          "expected a tag name without the words 'of', 'or', 'as' or 'from'", "of");
  REFUSED("tag: this OR that", COCOMM_ERR_PARSE, 1, 11,
          "expected a tag name without the words 'of', 'or', 'as' or 'from'", "OR");
  REFUSED("tag: as", COCOMM_ERR_PARSE, 1, 6, "expected a tag name without the words 'of', 'or', 'as' or 'from'",
          "as");
  REFUSED("tag: delegate from", COCOMM_ERR_PARSE, 1, 15,
          "expected a tag name without the words 'of', 'or', 'as' or 'from'", "from");
  PARSES("tag: professor\ntag: asterisk\ntag: offer"); /* the words, not letters */
  REFUSED("tag: Accountable  Officer", COCOMM_ERR_PARSE, 1, 6, "expected a new name: this one is an office's",
          "Accountable  Officer"); /* the offending text as written */
  REFUSED("tag: cfo", COCOMM_ERR_PARSE, 1, 6, "expected a new name: this one is an office's", "cfo");
  REFUSED("tag: GP", COCOMM_ERR_PARSE, 1, 6, "expected a new name: this one is a category's", "GP");
  REFUSED("tag: lay member", COCOMM_ERR_PARSE, 1, 6, "expected a new name: this one is a category's", "lay member");
  REFUSED("tag: clinical lead\ntag: Clinical   LEAD", COCOMM_ERR_PARSE, 2, 6,
          "expected a new name: a tag of this name is declared on an earlier line", "Clinical   LEAD");
  REFUSED("tag: \xC2\xA0", COCOMM_ERR_PARSE, 1, 6, "expected a tag name with a character that is not a blank",
          "\xC2\xA0");
}

/* ---- arguments ---- */

static void arguments(void) {
  cocomm_terms t;
  cocomm_error e;
  cocomm_error_init(&e);
  cocomm_terms_init(&t);
  ASSERT_STATUS(cocomm_terms_parse(NULL, 0, 0, &t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(cocomm_terms_parse("", 0, 1, &t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS);
  ASSERT_STATUS(cocomm_terms_parse("", 0, 0x80000000u, &t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_terms_parse("", 0, 0, NULL, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_TERMS);
  /* A struct below the first layout is refused and not written. */
  t.struct_size = COCOMM_TERMS_SIZE_V1 - 1;
  t.majority = 77;
  ASSERT_STATUS(cocomm_terms_parse("", 0, 0, &t, &e), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  CU_ASSERT_EQUAL(t.majority, 77);
  /* An error struct below its first layout: refused, nothing written. */
  cocomm_terms_init(&t);
  cocomm_error small;
  memset(&small, 0x5A, sizeof small);
  small.struct_size = COCOMM_ERROR_SIZE_V1 - 1;
  ASSERT_STATUS(cocomm_terms_parse("quorum: all members", 19, 0, &t, &small), COCOMM_ERR_STRUCT_SIZE);
  CU_ASSERT_EQUAL(t.quorum_count, 0);
  CU_ASSERT_EQUAL(small.line, 0x5A5A5A5Au);
  /* No error struct at all. */
  ASSERT_STATUS(cocomm_terms_parse("quorum: all members", 19, 0, &t, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(t.quorum_count, 1);
  ASSERT_STATUS(cocomm_terms_parse("quorum: nobody", 14, 0, &t, NULL), COCOMM_ERR_PARSE);
  /* A refused text leaves the caller's terms as they were. */
  cocomm_terms before = t;
  ASSERT_STATUS(cocomm_terms_parse("majority: present and entitled\nquorum: nobody", 45, 0, &t, &e), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(memcmp(&before, &t, sizeof t), 0);
  /* len, not the NUL, ends the text: nothing past it is read. */
  static const char cut[] = "majority: present and entitled";
  ASSERT_STATUS(cocomm_terms_parse(cut, 18, 0, &t, &e), COCOMM_ERR_PARSE); /* "majority: present" */
  CU_ASSERT_STRING_EQUAL(e.text, "present");
  char *exact = malloc(20);
  memcpy(exact, "quorum: all members", 19);
  ASSERT_STATUS(cocomm_terms_parse(exact, 19, 0, &t, &e), COCOMM_OK); /* no NUL in the buffer */
  free(exact);
  /* A newer caller's bigger struct: its struct_size kept, its tail cleared,
   * not a byte past it written. */
  unsigned char big[sizeof(cocomm_terms) + 32];
  memset(big, 0xEE, sizeof big);
  cocomm_terms *bt = (cocomm_terms *)(void *)big;
  bt->struct_size = (uint32_t)sizeof(cocomm_terms) + 16;
  ASSERT_STATUS(cocomm_terms_parse("casting vote: yes", 17, 0, bt, &e), COCOMM_OK);
  CU_ASSERT_EQUAL(bt->struct_size, sizeof(cocomm_terms) + 16);
  CU_ASSERT_EQUAL(bt->casting_vote, 1);
  for (size_t i = sizeof(cocomm_terms); i < sizeof(cocomm_terms) + 16; i++) CU_ASSERT_EQUAL(big[i], 0);
  for (size_t i = sizeof(cocomm_terms) + 16; i < sizeof big; i++) CU_ASSERT_EQUAL(big[i], 0xEE);
  ASSERT_STATUS(cocomm_terms_check(bt, &e), COCOMM_OK);
  /* The struct need not be initialised beyond struct_size. */
  memset(&t, 0xA5, sizeof t);
  t.struct_size = (uint32_t)sizeof t;
  ASSERT_STATUS(cocomm_terms_parse("", 0, 0, &t, &e), COCOMM_OK);
  ASSERT_NO_ERROR(&e);
  cocomm_terms init;
  cocomm_terms_init(&init);
  CU_ASSERT_EQUAL(memcmp(&t, &init, sizeof t), 0);
}

/* Long input: a line of 200,000 items and 100,000 comment lines parse in
 * one pass. */
static void long_input(void) {
  const size_t items = 200000;
  size_t cap = 64 + items * 5 + 100000 * 3;
  char *text = malloc(cap), *p = text;
  p += sprintf(p, "quorum: at least 1 member of lay");
  for (size_t i = 1; i < items; i++) p += sprintf(p, ", GP");
  *p++ = '\n';
  for (size_t i = 0; i < 100000; i++) p += sprintf(p, "#\r\n");
  cocomm_terms_init(&T);
  ASSERT_STATUS(cocomm_terms_parse(text, (size_t)(p - text), 0, &T, &E), COCOMM_OK);
  CU_ASSERT_EQUAL(T.quorum[0].categories,
                  COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY) | COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_CLINICAL));
  /* The same with an unknown item at the end: its column counts characters. */
  memcpy(p, "quorum: at least 1 member of ", 29);
  p += 29;
  for (size_t i = 0; i < 1000; i++) p += sprintf(p, "\xC3\xA9");
  ASSERT_STATUS(cocomm_terms_parse(text, (size_t)(p - text), 0, &T, &E), COCOMM_ERR_PARSE);
  ASSERT_TEXT_ERROR(&E, COCOMM_ERR_PARSE, 100002, 30);
  CU_ASSERT_TRUE(clean_utf8(E.text));
  CU_ASSERT_TRUE(strlen(E.text) <= 62);
  free(text);
}

/* ---- the writer ---- */

static void format_snprintf(void) {
  cocomm_terms t;
  cocomm_terms_init(&t);
  static const char want[] = "majority: votes cast\ncasting vote: no\npresiding: by kind\n";
  char buf[1024];
  size_t need = 0;
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, want);
  CU_ASSERT_EQUAL(need, sizeof want - 1);
  /* Counting only, then exactly too small, then exactly enough. */
  need = 0;
  ASSERT_STATUS(cocomm_terms_format(&t, NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(need, sizeof want - 1);
  memset(buf, 'x', sizeof buf);
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof want - 1, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_STRING_EQUAL(buf, "");
  CU_ASSERT_EQUAL(buf[sizeof want - 1], 'x');
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof want, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, want);
  ASSERT_STATUS(cocomm_terms_format(&t, NULL, 5, &need), COCOMM_ERR_INVALID_ARGUMENT);
  /* Every line of every kind, in the canonical order. */
  t.majority = COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
  t.casting_vote = 1;
  t.presiding = COCOMM_PRESIDE_ANY;
  strcpy(t.tag_names[0], "clinical lead");
  t.membership_count = 1;
  t.membership[0] = (cocomm_clause){1, 0, COCOMM_TAG_BIT(16), 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_CCG};
  t.quorum_count = 2;
  t.quorum[0] = (cocomm_clause){COCOMM_CLAUSE_ALL, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY),
                                COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER), 0, COCOMM_COUNT_ANY, 0};
  t.quorum[1] = (cocomm_clause){2, 0, 0,
                                COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) |
                                    COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR),
                                COCOMM_COUNT_NON_VOTING, COCOMM_CLAUSE_EACH_BODY};
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "majority: present and entitled\n"
                              "casting vote: yes\n"
                              "presiding: any\n"
                              "tag: clinical lead\n"
                              "quorum: all voting or non-voting members of lay, chief officer\n"
                              "quorum: at least 2 non-voting members as chair or vice-chair from each body\n"
                              "membership: at least 1 voting member of clinical lead from a CCG\n");
  round_trip(&t);
}

/* Terms that fail the check get its status; terms the format cannot say
 * are refused, not written wrongly. */
static void format_refuses(void) {
  cocomm_terms t;
  char buf[512];
  size_t need = 99;
  cocomm_terms_init(&t);
  t.majority = 2;
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(need, 99);
  ASSERT_STATUS(cocomm_terms_format(NULL, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_terms_init(&t);
  t.struct_size = 8;
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_ERR_STRUCT_SIZE);
  cocomm_terms_init(&t);
  t.quorum_count = 17;
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_ERR_OUT_OF_RANGE);
  cocomm_terms_init(&t);
  t.quorum_count = 1;
  t.quorum[0].tags = COCOMM_TAG_BIT(16); /* a tag with no name */
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  /* Checked terms, but names the text could not carry. */
  static const char *const names[] = {" lead", "lead ", "clinical  lead", "clinical\tlead", "a, b", "a;b",
                                      "a:b", "a#b", "head of service", "this or that", "chief officer",
                                      "Lay Member", "GP"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    cocomm_terms_init(&t);
    strcpy(t.tag_names[0], names[i]);
    ASSERT_STATUS(cocomm_terms_check(&t, NULL), COCOMM_OK);
    if (cocomm_terms_format(&t, buf, sizeof buf, &need) != COCOMM_ERR_INVALID_ARGUMENT) CU_FAIL(names[i]);
  }
  cocomm_terms_init(&t);
  strcpy(t.tag_names[0], "lead");
  strcpy(t.tag_names[1], "LEAD");
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_terms_init(&t);
  strcpy(t.tag_names[1], "lead"); /* tag 17 named, 16 not */
  ASSERT_STATUS(cocomm_terms_check(&t, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_terms_format(&t, buf, sizeof buf, &need), COCOMM_ERR_INVALID_ARGUMENT);
}

/* ---- round trips ---- */

static char *slurp(const char *file, size_t *len) {
  const char *dir = getenv("COCOMM_DATA_DIR");
  char path[1024];
  snprintf(path, sizeof path, "%s/terms/%s", dir ? dir : "examples/data", file);
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "  cannot open %s\n", path);
    return NULL;
  }
  char *buf = malloc(1 << 16);
  *len = fread(buf, 1, 1 << 16, f);
  fclose(f);
  return buf;
}

/* Parse examples/data/terms/<file> into *t; a missing file fails. */
static int load(const char *file, cocomm_terms *t) {
  size_t len = 0;
  char *text = slurp(file, &len);
  CU_ASSERT_PTR_NOT_NULL(text);
  if (text == NULL) return 0;
  cocomm_terms_init(t);
  cocomm_error e = COCOMM_ERROR_INIT;
  int32_t st = cocomm_terms_parse(text, len, 0, t, &e);
  ASSERT_STATUS(st, COCOMM_OK);
  if (st != COCOMM_OK)
    fprintf(stderr, "  %s: line %u, column %u: %s (%s)\n", file, (unsigned)e.line, (unsigned)e.column, e.message,
            e.text);
  free(text);
  return st == COCOMM_OK;
}

static const char *const example_files[] = {"form-a.terms", "form-b.terms", "form-c.terms", "form-d.terms",
                                            "joint.terms"};

static void round_trip_examples(void) {
  for (size_t i = 0; i < sizeof example_files / sizeof example_files[0]; i++) {
    cocomm_terms t;
    if (!load(example_files[i], &t)) continue;
    ASSERT_STATUS(cocomm_terms_check(&t, NULL), COCOMM_OK);
    round_trip(&t);
  }
}

/* Hand-built terms: every category, every office, each count, position
 * set and body, named tags up to 31, N at 0 and 1024. */
static void round_trip_hand_built(void) {
  cocomm_terms t;
  cocomm_terms_init(&t);
  t.majority = COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
  t.presiding = COCOMM_PRESIDE_LAY;
  for (uint32_t i = 0; i < 16; i++) snprintf(t.tag_names[i], COCOMM_TAG_NAME_SIZE, "Group %u \xC3\xA9", (unsigned)i);
  memcpy(t.tag_names[15], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU", 48); /* 47 bytes */
  for (uint32_t k = 0; k < 16; k++) {
    cocomm_clause *q = &t.quorum[k], *m = &t.membership[k];
    q->min = k == 0 ? 0 : k == 1 ? 1024 : k == 2 ? COCOMM_CLAUSE_ALL : (int32_t)k;
    q->categories = (k * 0x2Bu) & 0x1FEu;                /* categories 1..8 */
    q->tags = (k * 0x9E3779B1u) & (0xFFFF1FFFu);         /* offices 0..12, named tags 16..31 */
    q->positions = k % 8;
    q->voting = (int32_t)(k % 3);
    q->body = (int32_t)(k % 4);
    m->min = (int32_t)(k * 64);
    m->categories = COCOMM_CATEGORY_BIT(1 + k % 8);
    m->tags = COCOMM_TAG_BIT(k < 13 ? k : 16 + k);
    m->positions = 0;
    m->voting = (int32_t)((k + 1) % 3);
    m->body = (int32_t)((k + 2) % 4);
  }
  t.quorum_count = t.membership_count = 16;
  ASSERT_STATUS(cocomm_terms_check(&t, NULL), COCOMM_OK);
  round_trip(&t);
  /* Each office and each category alone, with one clause each. */
  for (int32_t tag = 0; tag < (int32_t)COCOMM_OFFICES_KNOWN; tag++) {
    cocomm_terms_init(&t);
    t.quorum_count = 1;
    t.quorum[0].min = 1;
    t.quorum[0].tags = COCOMM_TAG_BIT(tag);
    round_trip(&t);
  }
  for (int32_t cat = COCOMM_CATEGORY_LAY; cat <= COCOMM_CATEGORY_OTHER; cat++) {
    cocomm_terms_init(&t);
    t.membership_count = 1;
    t.membership[0].min = COCOMM_CLAUSE_ALL;
    t.membership[0].categories = COCOMM_CATEGORY_BIT(cat);
    round_trip(&t);
  }
}

/* Text as a person writes it: formatting it again is a fixed point. */
static void format_fixed_point(void) {
  PARSES("Majority:Present And Entitled\r\n  quorum :  at least  02  Members of lay or GP,chief   officer\r\n"
         "tag:  deputy   lead \nmembership: all voting or non-voting members of Deputy Lead as Vice Chair or chair "
         "from the CCGs # C-13");
  const char *out = round_trip(&T);
  CU_ASSERT_STRING_EQUAL(out, "majority: present and entitled\n"
                              "casting vote: no\n"
                              "presiding: by kind\n"
                              "tag: deputy lead\n"
                              "quorum: at least 2 voting members of lay, clinical, chief officer\n"
                              "membership: all voting or non-voting members of deputy lead as chair or vice-chair "
                              "from a CCG\n");
}

/* ---- the rest of terms.h ---- */

/* A tag the terms declare keeps its meaning when the vocabulary has since
 * learnt its name as an office: "Consultant" was a free name in 2.0 and is
 * now a spelling of the secondary care doctor office. Terms made in code
 * may still name a tag so, and a list's tags cell then reads the tag; a
 * terms file cannot declare it (it would shadow the office). */
static void declared_tag_names_come_first(void) {
  cocomm_terms t;
  cocomm_terms_init(&t);
  strcpy(t.tag_names[0], "Consultant");
  ASSERT_STATUS(cocomm_terms_check(&t, NULL), COCOMM_OK);
  static const char list[] = "Name,Member type,Tags\nAnn,Other,Consultant\nBob,Other,secondary care consultant\n";
  cocomm_member m[4];
  char text[256];
  cocomm_roster r = COCOMM_ROSTER_INIT(m, text);
  r.terms = &t;
  ASSERT_STATUS(cocomm_roster_parse(list, sizeof list - 1, 0, &r, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(r.count, 2);
  CU_ASSERT_EQUAL(m[0].tags, COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED)); /* the declared tag, not the office */
  CU_ASSERT_EQUAL(m[1].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_SECONDARY_CARE_DOCTOR));
  r = (cocomm_roster)COCOMM_ROSTER_INIT(m, text); /* without the terms: the office */
  ASSERT_STATUS(cocomm_roster_parse(list, sizeof list - 1, 0, &r, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(m[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_SECONDARY_CARE_DOCTOR));
  REFUSED("tag: Consultant\n", COCOMM_ERR_PARSE, 1, 6, "expected a new name: this one is an office's", "Consultant");
}

static void check_office_and_tag_names(void) {
  cocomm_terms t;
  cocomm_error e;
  cocomm_error_init(&e);
  cocomm_terms_init(&t);
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_OK);
  ASSERT_NO_ERROR(&e);
  ASSERT_STATUS(cocomm_terms_check(NULL, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_TERMS);
  t.presiding = 3;
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESIDING);
  cocomm_terms_init(&t);
  t.casting_vote = 2;
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_VOTE);
  cocomm_terms_init(&t);
  t.membership_count = 2;
  t.membership[1].min = 1025;
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, 101, COCOMM_FIELD_CLAUSE);
  cocomm_terms_init(&t);
  t.quorum_count = 1;
  t.quorum[0].tags = COCOMM_TAG_BIT(13); /* kept for later: no office yet */
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&e, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_TAGS);
  strcpy(t.tag_names[0], "x");
  t.quorum[0].tags = COCOMM_TAG_BIT(16);
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_OK);
  memset(t.tag_names[3], 'a', COCOMM_TAG_NAME_SIZE); /* no NUL */
  ASSERT_STATUS(cocomm_terms_check(&t, &e), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&e, COCOMM_ERR_PARSE, 19, COCOMM_FIELD_TAG_NAME);
  /* Offices: each name reads back as its office, and the spellings. */
  int32_t office = -1;
  for (int32_t i = 0; i < (int32_t)COCOMM_OFFICES_KNOWN; i++) {
    ASSERT_STATUS(cocomm_office_parse(cocomm_office_name(i), COCOMM_NTS, &office), COCOMM_OK);
    CU_ASSERT_EQUAL(office, i);
    int32_t category;
    if (cocomm_category_parse(cocomm_office_name(i), COCOMM_NTS, &category) == COCOMM_OK)
      CU_FAIL("an office's name is a category's spelling");
  }
  ASSERT_STATUS(cocomm_office_parse("  Accountable\tOFFICER ", COCOMM_NTS, &office), COCOMM_OK);
  CU_ASSERT_EQUAL(office, COCOMM_OFFICE_CHIEF_OFFICER);
  ASSERT_STATUS(cocomm_office_parse("CFO", 3, &office), COCOMM_OK);
  CU_ASSERT_EQUAL(office, COCOMM_OFFICE_CHIEF_FINANCE_OFFICER);
  ASSERT_STATUS(cocomm_office_parse("secondary care consultant", COCOMM_NTS, &office), COCOMM_OK);
  CU_ASSERT_EQUAL(office, COCOMM_OFFICE_SECONDARY_CARE_DOCTOR);
  ASSERT_STATUS(cocomm_office_parse("GP", COCOMM_NTS, &office), COCOMM_ERR_PARSE); /* a category */
  ASSERT_STATUS(cocomm_office_parse("chief officer", 5, &office), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_office_parse(NULL, 3, &office), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_STRING_EQUAL(cocomm_office_name(COCOMM_OFFICE_PRACTICE_MANAGER), "practice manager");
  CU_ASSERT_STRING_EQUAL(cocomm_office_name(13), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_office_name(-1), "unknown");
  /* Tag names: offices without terms, named tags with them. */
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(NULL, COCOMM_OFFICE_CHIEF_OFFICER), "chief officer");
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(NULL, 16), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(&t, 16), "x");
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(&t, 17), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(&t, 19), "unknown"); /* not NUL-terminated: never handed out */
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(&t, 14), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_terms_tag_name(&t, 32), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_majority_name(COCOMM_MAJORITY_PRESENT_AND_ENTITLED), "present and entitled");
  CU_ASSERT_STRING_EQUAL(cocomm_preside_name(COCOMM_PRESIDE_BY_KIND), "by kind");
  CU_ASSERT_STRING_EQUAL(cocomm_preside_name(9), "unknown");
  CU_ASSERT_EQUAL(cocomm_terms_size(), sizeof(cocomm_terms));
  CU_ASSERT_EQUAL(cocomm_clause_size(), sizeof(cocomm_clause));
}

/* ---- the published quorum forms (C-13), through a decision ---- */

typedef struct {
  const char *name;
  int32_t category, voting, position;
  uint32_t tags;
  int32_t body_kind, body_ccg;
} person;

#define MAX_PEOPLE 10
static cocomm_member M[MAX_PEOPLE];
static cocomm_committee C;
static const char *const CCG_CODES[2] = {"00Q", "00R"};

static void build(cocomm_terms *terms, int32_t kind, const person *people, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    cocomm_member_init(&M[i]);
    M[i].name = people[i].name;
    M[i].category = people[i].category;
    M[i].voting = people[i].voting;
    M[i].position = people[i].position;
    M[i].tags = people[i].tags;
    M[i].body_kind = people[i].body_kind;
    M[i].body_ccg = people[i].body_ccg;
  }
  cocomm_committee_init(&C);
  C.kind = kind;
  C.members = M;
  C.member_count = n;
  C.terms = terms;
  if (kind == COCOMM_COMMITTEE_JOINT) {
    C.ccg_codes = CCG_CODES;
    C.ccg_count = 2;
  }
  cocomm_error e = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_check(&C, &e), COCOMM_OK);
  if (e.status != COCOMM_OK) fprintf(stderr, "  committee: %s (member %d)\n", e.message, (int)e.index);
}

static cocomm_decision_result R;
static cocomm_finding F[32];
static cocomm_findings FS;
static uint32_t NOT_QUORATE_CLAUSE; /* values[0] of the first C-13 not-quorate finding; 99 if none */

/* A meeting with the members present whose indices are listed (ending
 * -1), voting as votes says (NULL: no vote). Returns result.quorate. */
static int32_t meet(const int *present_list, const int32_t *votes, int32_t casting) {
  uint8_t present[MAX_PEOPLE] = {0};
  for (const int *p = present_list; *p >= 0; p++) present[*p] = 1;
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.votes = votes;
  d.casting = casting;
  d.item = "an item";
  cocomm_decision_result_init(&R);
  cocomm_findings_init(&FS, F, 32);
  cocomm_error e = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_decision_assess(&C, &d, &R, NULL, &FS, &e), COCOMM_OK);
  NOT_QUORATE_CLAUSE = 99;
  for (uint32_t i = 0; i < FS.count && i < 32; i++)
    if (F[i].rule == COCOMM_RULE_C_13 && F[i].message == COCOMM_MSG_NOT_QUORATE && NOT_QUORATE_CLAUSE == 99) {
      CU_ASSERT_EQUAL(F[i].severity, COCOMM_SEVERITY_ERROR);
      NOT_QUORATE_CLAUSE = (uint32_t)F[i].values[0];
    }
  return R.quorate;
}

#define QUORATE(...)                                        \
  do {                                                      \
    static const int who[] = {__VA_ARGS__, -1};             \
    CU_ASSERT_EQUAL(meet(who, NULL, COCOMM_VOTE_NONE), 1);  \
    CU_ASSERT_EQUAL(NOT_QUORATE_CLAUSE, 99);                \
  } while (0)

/* Not quorate, and the C-13 finding names the clause that failed. */
#define NOT_QUORATE(clause, ...)                            \
  do {                                                      \
    static const int who[] = {__VA_ARGS__, -1};             \
    CU_ASSERT_EQUAL(meet(who, NULL, COCOMM_VOTE_NONE), 0);  \
    CU_ASSERT_EQUAL(NOT_QUORATE_CLAUSE, (clause));          \
  } while (0)

#define LAY COCOMM_CATEGORY_LAY
#define EXEC COCOMM_CATEGORY_EXECUTIVE
#define CLIN COCOMM_CATEGORY_CLINICAL
#define CHAIR COCOMM_POSITION_CHAIR
#define VICE COCOMM_POSITION_VICE_CHAIR
#define TAG(office) COCOMM_TAG_BIT(COCOMM_OFFICE_##office)

/* C-13 (a): at least 3 members, including a lay member and one of the
 * chief officer, the chief finance officer or the chief of service
 * delivery. */
static void form_a_c13(void) {
  cocomm_terms t;
  if (!load("form-a.terms", &t)) return;
  CU_ASSERT_EQUAL(t.quorum_count, 3);
  static const person people[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, 0, 0},
    {"Bob Officer", EXEC, 1, 0, TAG(CHIEF_OFFICER), 0, 0},
    {"Dr Cy GP", CLIN, 1, 0, 0, 0, 0},
    {"Di Lay", LAY, 1, VICE, 0, 0, 0},
    {"Ed Finance", EXEC, 1, 0, TAG(CHIEF_FINANCE_OFFICER), 0, 0},
    {"Flo Delivery", EXEC, 1, 0, TAG(DIRECTOR_OF_COMMISSIONING), 0, 0},
  };
  build(&t, COCOMM_COMMITTEE_DELEGATED, people, 6);
  QUORATE(0, 1, 2);
  QUORATE(3, 2, 4);
  QUORATE(0, 2, 5); /* the chief of service delivery */
  NOT_QUORATE(0, 0, 1);    /* one member fewer */
  NOT_QUORATE(2, 0, 2, 3); /* three, a lay member, but no officer */
  NOT_QUORATE(1, 1, 2, 4); /* three, an officer, but no lay member */
}

/* C-13 (b) and C-3: at least 3 non-executive members, one GP, the chief
 * officers, and any two non-voting members: non-voting attendees count
 * towards this quorum because the terms say so. */
static void form_b_non_voting_counted_c13_c3(void) {
  cocomm_terms t;
  if (!load("form-b.terms", &t)) return;
  CU_ASSERT_EQUAL(t.quorum_count, 4);
  CU_ASSERT_STRING_EQUAL(t.tag_names[0], "non-executive member");
  const uint32_t ne = COCOMM_TAG_BIT(16);
  const person people[] = {
    {"Ann Lay", LAY, 1, CHAIR, ne, 0, 0},
    {"Dr Gail GP", CLIN, 1, 0, ne | TAG(GP), 0, 0},
    {"Hal Lay", LAY, 1, VICE, ne, 0, 0},
    {"Bob Officer", EXEC, 1, 0, TAG(CHIEF_OFFICER), 0, 0},
    {"Wendy Healthwatch", COCOMM_CATEGORY_HEALTHWATCH, 0, 0, 0, 0, 0},
    {"Harry Wellbeing", COCOMM_CATEGORY_HWB, 0, 0, 0, 0, 0},
    {"Dr Gus GP", CLIN, 0, 0, TAG(GP), 0, 0},
    {"Cath Officer", EXEC, 1, 0, TAG(CHIEF_OFFICER), 0, 0},
    {"Ivy Nurse", CLIN, 1, 0, ne | TAG(REGISTERED_NURSE), 0, 0},
  };
  build(&t, COCOMM_COMMITTEE_DELEGATED, people, 9);
  QUORATE(0, 1, 2, 3, 4, 5, 7);
  /* Who counted: the five voting members and the two observers. */
  CU_ASSERT_EQUAL(R.counted, 7);
  CU_ASSERT_EQUAL(R.eligible, 5);
  NOT_QUORATE(3, 0, 1, 2, 3, 4, 7);    /* one non-voting member fewer */
  QUORATE(0, 1, 2, 3, 4, 6, 7);         /* a non-voting GP counts as much as an observer */
  NOT_QUORATE(2, 0, 1, 2, 3, 4, 5);    /* not every chief officer */
  NOT_QUORATE(0, 0, 1, 3, 4, 5, 7);    /* two non-executives */
  NOT_QUORATE(1, 0, 2, 8, 3, 7, 4, 5, 6); /* a GP, but a non-voting one: "one GP" counts voting members */
  QUORATE(0, 2, 8, 1, 3, 7, 4, 5);       /* with the voting GP */
}

/* C-13 (c): 1 lay member, 1 GP and 1 executive. */
static void form_c_c13(void) {
  cocomm_terms t;
  if (!load("form-c.terms", &t)) return;
  CU_ASSERT_EQUAL(t.quorum_count, 3);
  static const person people[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, 0, 0},
    {"Dr Cy GP", CLIN, 1, 0, 0, 0, 0},
    {"Bob Exec", EXEC, 1, 0, 0, 0, 0},
    {"Dr Gus GP", CLIN, 0, 0, 0, 0, 0},
    {"Di Lay", LAY, 1, VICE, 0, 0, 0},
  };
  build(&t, COCOMM_COMMITTEE_DELEGATED, people, 5);
  QUORATE(0, 1, 2);
  NOT_QUORATE(2, 0, 1, 4);  /* no executive */
  NOT_QUORATE(1, 0, 2, 3);  /* the GP present does not vote (C-3: by default not counted) */
  NOT_QUORATE(0, 1, 2);     /* one member fewer */
}

/* C-13 (d): four members: the chief officer or chief finance officer, and
 * two of {lay member, lay person, registered nurse, secondary care
 * consultant}, one of them the chair or vice-chair. */
static void form_d_c13(void) {
  cocomm_terms t;
  if (!load("form-d.terms", &t)) return;
  CU_ASSERT_EQUAL(t.quorum_count, 4);
  static const person people[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, 0, 0},
    {"Bob Officer", EXEC, 1, 0, TAG(CHIEF_OFFICER), 0, 0},
    {"Nina Nurse", CLIN, 1, 0, TAG(REGISTERED_NURSE), 0, 0},
    {"Dr Sam Consultant", CLIN, 1, 0, TAG(SECONDARY_CARE_DOCTOR), 0, 0},
    {"Lee Person", COCOMM_CATEGORY_OTHER, 1, 0, TAG(LAY_PERSON), 0, 0},
    {"Fay Finance", EXEC, 1, 0, TAG(CHIEF_FINANCE_OFFICER), 0, 0},
    {"Di Lay", LAY, 1, VICE, 0, 0, 0},
    {"Ed Exec", EXEC, 1, 0, 0, 0, 0},
  };
  build(&t, COCOMM_COMMITTEE_DELEGATED, people, 8);
  QUORATE(0, 1, 2, 3);
  QUORATE(5, 4, 2, 6);         /* the CFO; the vice-chair is one of the two */
  NOT_QUORATE(0, 0, 1, 2);     /* one member fewer */
  NOT_QUORATE(3, 1, 2, 3, 4, 5); /* five, the officers, three of the set, but no chair or vice-chair among them */
  NOT_QUORATE(1, 0, 2, 3, 4);  /* no officer */
  NOT_QUORATE(2, 1, 5, 6, 7);  /* the officers and the vice-chair: only one of the set */
}

/* C-13 with C-7 and C-17: a joint committee whose quorum needs a voting
 * member of each body. */
static void joint_each_body_c13(void) {
  cocomm_terms t;
  if (!load("joint.terms", &t)) return;
  CU_ASSERT_EQUAL(t.quorum[1].body, COCOMM_CLAUSE_EACH_BODY);
  static const person people[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, COCOMM_BODY_CCG, 0},
    {"Bob Officer", EXEC, 1, 0, TAG(CHIEF_OFFICER), COCOMM_BODY_CCG, 0},
    {"Cat Lay", LAY, 1, VICE, 0, COCOMM_BODY_CCG, 1},
    {"Dan Officer", EXEC, 1, 0, TAG(CHIEF_OFFICER), COCOMM_BODY_CCG, 1},
    {"Nell Director", COCOMM_CATEGORY_NHS_ENGLAND, 1, 0, TAG(NHS_ENGLAND_DIRECTOR), COCOMM_BODY_NHS_ENGLAND, 0},
    {"Olly Adviser", COCOMM_CATEGORY_NHS_ENGLAND, 0, 0, 0, COCOMM_BODY_NHS_ENGLAND, 0},
  };
  build(&t, COCOMM_COMMITTEE_JOINT, people, 6);
  QUORATE(0, 1, 2, 4);            /* one voting member of NHS England present */
  NOT_QUORATE(1, 0, 1, 2, 3, 5);  /* four voting members, but NHS England's only by a non-voting one */
  QUORATE(0, 1, 3, 4);            /* the second CCG by its other member */
  NOT_QUORATE(0, 0, 1, 2, 5);     /* three voting members and a non-voting one */
  /* The membership clauses hold over the whole list. */
  cocomm_finding f[32];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  ASSERT_STATUS(cocomm_committee_assess(&C, &fs, NULL), COCOMM_OK);
  for (uint32_t i = 0; i < fs.count && i < 32; i++) {
    CU_ASSERT_NOT_EQUAL(f[i].message, COCOMM_MSG_MEMBERSHIP_SHORT);
    CU_ASSERT_NOT_EQUAL(f[i].message, COCOMM_MSG_QUORUM_NEVER_MET);
  }
}

/* C-14 and C-16 from the text: the joint committee decides on the
 * present-and-entitled basis; form (a) grants a casting vote, form (c)
 * does not. */
static void majority_and_casting_vote_from_text_c14_c16(void) {
  cocomm_terms t;
  if (!load("joint.terms", &t)) return;
  static const person joint[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, COCOMM_BODY_CCG, 0},
    {"Bob Officer", EXEC, 1, 0, 0, COCOMM_BODY_CCG, 0},
    {"Cat Lay", LAY, 1, VICE, 0, COCOMM_BODY_CCG, 1},
    {"Nell Director", COCOMM_CATEGORY_NHS_ENGLAND, 1, 0, 0, COCOMM_BODY_NHS_ENGLAND, 0},
  };
  build(&t, COCOMM_COMMITTEE_JOINT, joint, 4);
  static const int all4[] = {0, 1, 2, 3, -1};
  const int32_t two_for[] = {COCOMM_VOTE_FOR, COCOMM_VOTE_FOR, COCOMM_VOTE_ABSTAIN, COCOMM_VOTE_AGAINST};
  CU_ASSERT_EQUAL(meet(all4, two_for, COCOMM_VOTE_NONE), 1);
  CU_ASSERT_EQUAL(R.majority, COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED); /* 2 for of 4 entitled: exactly half, a tie (C-14) */
  /* The same votes on the votes-cast basis are carried. */
  t.majority = COCOMM_MAJORITY_VOTES_CAST;
  CU_ASSERT_EQUAL(meet(all4, two_for, COCOMM_VOTE_NONE), 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);

  static const person delegated[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, 0, 0},
    {"Bob Exec", EXEC, 1, 0, TAG(CHIEF_OFFICER), 0, 0},
    {"Dr Cy GP", CLIN, 1, 0, 0, 0, 0},
    {"Di Lay", LAY, 1, VICE, 0, 0, 0},
  };
  const int32_t tie[] = {COCOMM_VOTE_FOR, COCOMM_VOTE_AGAINST, COCOMM_VOTE_FOR, COCOMM_VOTE_AGAINST};
  if (!load("form-a.terms", &t)) return;
  build(&t, COCOMM_COMMITTEE_DELEGATED, delegated, 4);
  CU_ASSERT_EQUAL(meet(all4, tie, COCOMM_VOTE_FOR), 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED_CASTING);
  CU_ASSERT_EQUAL(R.casting_by, 0); /* the chair, who presides */
  if (!load("form-c.terms", &t)) return;
  build(&t, COCOMM_COMMITTEE_DELEGATED, delegated, 4);
  CU_ASSERT_EQUAL(meet(all4, tie, COCOMM_VOTE_FOR), 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(R.casting_by, -1);
  int refused = 0;
  for (uint32_t i = 0; i < FS.count && i < 32; i++)
    refused |= F[i].rule == COCOMM_RULE_C_16 && F[i].message == COCOMM_MSG_CASTING_VOTE_NOT_GRANTED;
  CU_ASSERT_TRUE(refused);
}

/* C-15 from the text: with neither chair nor vice-chair able to preside,
 * "presiding: lay" lets the meeting choose only a lay member; "presiding:
 * any" any voting member of a joint committee. */
static void presiding_from_text_c15(void) {
  static const person people[] = {
    {"Ann Lay", LAY, 1, CHAIR, 0, COCOMM_BODY_CCG, 0},
    {"Bob Officer", EXEC, 1, 0, 0, COCOMM_BODY_CCG, 0},
    {"Cat Lay", LAY, 1, 0, 0, COCOMM_BODY_CCG, 1},
    {"Nell Director", COCOMM_CATEGORY_NHS_ENGLAND, 1, 0, 0, COCOMM_BODY_NHS_ENGLAND, 0},
  };
  static const int no_chair[] = {1, 2, 3, -1};
  PARSES("presiding: lay\nquorum: at least 3 members");
  cocomm_terms t = T;
  build(&t, COCOMM_COMMITTEE_JOINT, people, 4);
  CU_ASSERT_EQUAL(meet(no_chair, NULL, COCOMM_VOTE_NONE), 1);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(R.may_preside, 1); /* Cat */
  PARSES("presiding: any\nquorum: at least 3 members");
  t = T;
  CU_ASSERT_EQUAL(meet(no_chair, NULL, COCOMM_VOTE_NONE), 1);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(R.may_preside, 3);
}

static const test_case cases[] = {
  RULE_TEST("C-14 C-15 C-16", defaults),
  RULE_TEST("C-14", majority_values_c14),
  RULE_TEST("C-16", casting_vote_values_c16),
  RULE_TEST("C-15", presiding_values_c15),
  RULE_TEST("C-14 C-15 C-16", key_given_twice),
  TEST(comments_and_blanks),
  TEST(line_ends_and_bom),
  TEST(text_errors),
  TEST(statement_errors),
  RULE_TEST("C-13", clause_grammar_c13),
  RULE_TEST("C-13", clause_errors_c13),
  RULE_TEST("C-13", limits_c13),
  RULE_TEST("C-13", tags),
  TEST(arguments),
  TEST(long_input),
  TEST(format_snprintf),
  TEST(format_refuses),
  RULE_TEST("C-13", round_trip_examples),
  RULE_TEST("C-13", round_trip_hand_built),
  TEST(format_fixed_point),
  RULE_TEST("C-13", check_office_and_tag_names),
  RULE_TEST("C-13", declared_tag_names_come_first),
  RULE_TEST("C-13", form_a_c13),
  RULE_TEST("C-13 C-3", form_b_non_voting_counted_c13_c3),
  RULE_TEST("C-13", form_c_c13),
  RULE_TEST("C-13", form_d_c13),
  RULE_TEST("C-13 C-7 C-17", joint_each_body_c13),
  RULE_TEST("C-14 C-16", majority_and_casting_vote_from_text_c14_c16),
  RULE_TEST("C-15", presiding_from_text_c15),
};

RUN_TESTS("terms", cases)
