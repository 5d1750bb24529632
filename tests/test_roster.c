/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static cocomm_member M[64];
static char T[8192];
static uint32_t N;
static size_t need;
static cocomm_roster_error E;

static int32_t parse(const char *csv) {
  cocomm_roster_error_init(&E);
  return cocomm_roster_parse(csv, strlen(csv), M, sizeof M[0], 64, &N, T, sizeof T, &need, &E);
}

static void reads_columns_in_any_order(void) {
  ASSERT_STATUS(parse("organisation,voting,category,name,position\n"
                      "NHS England,yes,NHS England,Helen Carter,\n"
                      "Example CCG,Y,Lay member,Rosemary Lake,Chair\n"), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(N, 2);
  CU_ASSERT_STRING_EQUAL(M[0].name, "Helen Carter");
  CU_ASSERT_STRING_EQUAL(M[0].body, "NHS England");
  CU_ASSERT_EQUAL(M[0].category, COCOMM_CATEGORY_NHS_ENGLAND);
  CU_ASSERT_EQUAL(M[0].voting, 1);
  CU_ASSERT_EQUAL(M[1].position, COCOMM_POSITION_CHAIR);
  CU_ASSERT_EQUAL(M[1].category, COCOMM_CATEGORY_LAY);
  CU_ASSERT(M[0].name >= T && M[0].name < T + sizeof T); /* names live in the caller's buffer */
  CU_ASSERT_EQUAL(need, strlen("Helen Carter") + strlen("NHS England") + strlen("Rosemary Lake") +
                        strlen("Example CCG") + 4);
}

static void rfc4180_quoting_crlf_and_bom(void) {
  ASSERT_STATUS(parse("\xEF\xBB\xBFName,Category,Position\r\n"
                      "\"Hughes, David\",Lay,Vice-chair\r\n"
                      "\"Dr \"\"Bob\"\" Smith\",GP,\r\n"
                      "\"Line one\nline two\",Executive,\r\n"
                      "\r\n"
                      ",,\r\n"
                      "Last Row,Other,none"), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(N, 4);
  CU_ASSERT_STRING_EQUAL(M[0].name, "Hughes, David");
  CU_ASSERT_EQUAL(M[0].position, COCOMM_POSITION_VICE_CHAIR);
  CU_ASSERT_STRING_EQUAL(M[1].name, "Dr \"Bob\" Smith");
  CU_ASSERT_EQUAL(M[1].category, COCOMM_CATEGORY_CLINICAL);
  CU_ASSERT_STRING_EQUAL(M[2].name, "Line one line two"); /* a name is one line */
  CU_ASSERT_STRING_EQUAL(M[3].name, "Last Row");
  CU_ASSERT_PTR_NULL(M[3].body); /* no organisation column */
}

static void spellings_and_defaults(void) {
  ASSERT_STATUS(parse("name,category,voting,position\n"
                      "a,HEALTHWATCH,,\n"
                      "b,Health and Wellbeing Board,,\n"
                      "c,HWB,true,\n"
                      "d,  gp  ,No,member\n"
                      "e,Lay,yes,chairman\n"
                      "f,exec,1,deputy chair\n"
                      "g,LMC,0,\n"), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(N, 7);
  CU_ASSERT_EQUAL(M[0].category, COCOMM_CATEGORY_HEALTHWATCH);
  CU_ASSERT_EQUAL(M[0].voting, 0); /* observers default to non-voting (C-3) */
  CU_ASSERT_EQUAL(M[1].category, COCOMM_CATEGORY_HWB);
  CU_ASSERT_EQUAL(M[1].voting, 0);
  CU_ASSERT_EQUAL(M[2].voting, 1); /* but the list can say otherwise */
  CU_ASSERT_EQUAL(M[3].category, COCOMM_CATEGORY_CLINICAL);
  CU_ASSERT_EQUAL(M[3].voting, 0);
  CU_ASSERT_EQUAL(M[4].position, COCOMM_POSITION_CHAIR);
  CU_ASSERT_EQUAL(M[5].position, COCOMM_POSITION_VICE_CHAIR);
  CU_ASSERT_EQUAL(M[6].category, COCOMM_CATEGORY_LMC);
  int32_t v;
  ASSERT_STATUS(cocomm_category_parse("Health & Wellbeing Board", COCOMM_NTS, &v), COCOMM_OK);
  CU_ASSERT_EQUAL(v, COCOMM_CATEGORY_HWB);
  ASSERT_STATUS(cocomm_category_parse("nurse", COCOMM_NTS, &v), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_yes_no_parse("YES", COCOMM_NTS, &v), COCOMM_OK);
  ASSERT_STATUS(cocomm_yes_no_parse("maybe", COCOMM_NTS, &v), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_position_parse("Vice Chair", COCOMM_NTS, &v), COCOMM_OK);
  CU_ASSERT_EQUAL(v, COCOMM_POSITION_VICE_CHAIR);
}

static void errors_name_line_column_and_text(void) {
  ASSERT_STATUS(parse("name,category\nAnn,Lay\nBob,Nurse\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(E.line, 3);
  CU_ASSERT_EQUAL(E.column, 2);
  CU_ASSERT_STRING_EQUAL(E.text, "Nurse");
  CU_ASSERT_STRING_EQUAL(E.message, "unknown category");
  CU_ASSERT_EQUAL(E.status, COCOMM_ERR_PARSE);
  ASSERT_STATUS(parse("name,category\n\"Ann,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a quoted field is never closed");
  CU_ASSERT_EQUAL(E.line, 2);
  ASSERT_STATUS(parse("name,category\n\"Ann\"x,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "text after a closing quote");
  ASSERT_STATUS(parse("name,category,voting\nAnn,Lay,perhaps\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(E.column, 3);
  CU_ASSERT_STRING_EQUAL(E.text, "perhaps");
  ASSERT_STATUS(parse("name,category\n,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "empty name");
  ASSERT_STATUS(parse("name,category\nAnn,Lay,extra\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(E.column, 3);
  ASSERT_STATUS(parse("name,category\nAnn,Lay,\n"), COCOMM_OK); /* an empty extra cell is fine */
  ASSERT_STATUS(parse("who,category\nAnn,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "no name column in the header");
  ASSERT_STATUS(parse("name,name,category\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a column named twice");
  ASSERT_STATUS(parse("name,category\n\xC3(,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "not valid UTF-8");
  ASSERT_STATUS(parse(""), COCOMM_ERR_PARSE);
  /* An embedded NUL byte. */
  const char nul[] = "name,category\nA\0n,Lay\n";
  cocomm_roster_error_init(&E);
  ASSERT_STATUS(cocomm_roster_parse(nul, sizeof nul - 1, M, sizeof M[0], 64, &N, T, sizeof T, &need, &E),
                COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a NUL byte");
  /* A name over 255 bytes. */
  char big[400];
  snprintf(big, sizeof big, "name,category\n%0300d,Lay\n", 0);
  ASSERT_STATUS(parse(big), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "longer than 255 bytes");
  CU_ASSERT_EQUAL(strlen(E.text), 63);
}

static void small_buffers_report_what_is_needed(void) {
  const char *csv = "name,category,organisation\nAnn,Lay,Example CCG\nBob,GP,Surgery\n";
  uint32_t n;
  size_t text_needed;
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), NULL, 0, 0, &n, NULL, 0, &text_needed, NULL),
                COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(text_needed, 4 + 12 + 4 + 8);
  cocomm_member two[2];
  char text[28];
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), two, sizeof two[0], 2, &n, text, sizeof text,
                                    &text_needed, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(two[1].body, "Surgery");
  char short_text[10];
  memset(short_text, 'x', sizeof short_text);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), two, sizeof two[0], 2, &n, short_text, 9,
                                    &text_needed, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(short_text[9], 'x');
  CU_ASSERT_PTR_NULL(two[1].name); /* never a pointer past the buffer */
  ASSERT_STATUS(cocomm_roster_parse(NULL, 0, two, sizeof two[0], 2, &n, text, sizeof text, &text_needed, NULL),
                COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), two, 8, 2, &n, text, sizeof text, &text_needed, NULL),
                COCOMM_ERR_STRUCT_SIZE);
}

static char *slurp(const char *file, size_t *len) {
  const char *dir = getenv("COCOMM_DATA_DIR");
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir ? dir : "examples/data", file);
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  char *buf = malloc(1 << 16);
  *len = fread(buf, 1, 1 << 16, f);
  fclose(f);
  return buf;
}

/* The bundled lists parse, and validate as their names say. */
static void bundled_lists(void) {
  size_t len = 0;
  struct {
    const char *file;
    int32_t kind;
    uint32_t members, errors;
  } lists[] = {{"delegated-committee.csv", COCOMM_COMMITTEE_DELEGATED, 11, 0},
               {"joint-committee.csv", COCOMM_COMMITTEE_JOINT, 9, 0},
               {"faulty-committee.csv", COCOMM_COMMITTEE_DELEGATED, 8, 5}};
  for (size_t k = 0; k < 3; k++) {
    char *csv = slurp(lists[k].file, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(csv);
    cocomm_roster_error_init(&E);
    ASSERT_STATUS(cocomm_roster_parse(csv, len, M, sizeof M[0], 64, &N, T, sizeof T, &need, &E), COCOMM_OK);
    CU_ASSERT_EQUAL(N, lists[k].members);
    cocomm_committee c;
    cocomm_committee_init(&c);
    c.kind = lists[k].kind;
    c.members = M;
    c.member_count = N;
    cocomm_finding f[32];
    cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
    uint32_t errors = 0;
    ASSERT_STATUS(cocomm_committee_validate(&c, &fs), COCOMM_OK);
    for (uint32_t i = 0; i < fs.count; i++) errors += f[i].severity == COCOMM_SEVERITY_ERROR;
    if (errors != lists[k].errors) CU_FAIL(lists[k].file);
    CU_ASSERT_EQUAL(fs.errors, errors);
    free(csv);
  }
}

static const test_case cases[] = {
  TEST(reads_columns_in_any_order),
  TEST(rfc4180_quoting_crlf_and_bom),
  RULE_TEST("C-3", spellings_and_defaults),
  TEST(errors_name_line_column_and_text),
  TEST(small_buffers_report_what_is_needed),
  TEST(bundled_lists),
};
RUN_TESTS("roster", cases)
