/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static cocomm_member M[64];
static char T[8192];
static cocomm_roster R; /* over M and T: R.count members, R.text_needed bytes of text */
static cocomm_error E;

static int32_t parse_len(const char *csv, size_t len) {
  cocomm_error_init(&E);
  cocomm_roster_init(&R, M, 64, T, sizeof T);
  return cocomm_roster_parse(csv, len, 0, &R, &E);
}

static int32_t parse(const char *csv) { return parse_len(csv, strlen(csv)); }

/* The text a header row takes (2.1 keeps its cells, each NUL-terminated). */
#define HEADER_TEXT(row) (strlen(row) + 1)

#define ASSERT_CELL_ERROR(error, field, line, column) \
  CU_ASSERT_TRUE(error_at((error), COCOMM_ERR_PARSE, (field), (line), (column)))

static void reads_columns_in_any_order(void) {
  ASSERT_STATUS(parse("organisation,voting,category,name,position\n"
                      "NHS England,yes,NHS England,Helen Carter,\n"
                      "Example CCG,Y,Lay member,Rosemary Lake,Chair\n"), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(R.count, 2);
  CU_ASSERT_STRING_EQUAL(M[0].name, "Helen Carter");
  CU_ASSERT_STRING_EQUAL(M[0].body, "NHS England");
  CU_ASSERT_EQUAL(M[0].category, COCOMM_CATEGORY_NHS_ENGLAND);
  CU_ASSERT_EQUAL(M[0].voting, 1);
  CU_ASSERT_EQUAL(M[0].body_kind, COCOMM_BODY_NHS_ENGLAND);
  CU_ASSERT_EQUAL(M[1].body_kind, COCOMM_BODY_UNSTATED);
  CU_ASSERT_EQUAL(M[1].position, COCOMM_POSITION_CHAIR);
  CU_ASSERT_EQUAL(M[1].category, COCOMM_CATEGORY_LAY);
  CU_ASSERT(M[0].name >= T && M[0].name < T + sizeof T); /* names live in the caller's buffer */
  CU_ASSERT_EQUAL(R.text_needed, HEADER_TEXT("organisation,voting,category,name,position") + strlen("Helen Carter") +
                                     strlen("NHS England") + strlen("Rosemary Lake") + strlen("Example CCG") + 4);
}

static void rfc4180_quoting_crlf_and_bom(void) {
  ASSERT_STATUS(parse("\xEF\xBB\xBFName,Category,Position\r\n"
                      "\"Hughes, David\",Lay,Vice-chair\r\n"
                      "\"Dr \"\"Bob\"\" Smith\",GP,\r\n"
                      "\"Line one\nline two\",Executive,\r\n"
                      "\r\n"
                      ",,\r\n"
                      "Last Row,Other,none"), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(R.count, 4);
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
  CU_ASSERT_EQUAL_FATAL(R.count, 7);
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
  ASSERT_STATUS(cocomm_category_parse("nurse", COCOMM_NTS, &v), COCOMM_ERR_PARSE); /* a list may say it */
  ASSERT_STATUS(cocomm_roster_parse_yes_no("YES", COCOMM_NTS, &v), COCOMM_OK);
  ASSERT_STATUS(cocomm_roster_parse_yes_no("maybe", COCOMM_NTS, &v), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_position_parse("Vice Chair", COCOMM_NTS, &v), COCOMM_OK);
  CU_ASSERT_EQUAL(v, COCOMM_POSITION_VICE_CHAIR);
}

/* One vocabulary: every value spelling of the table means the same through
 * cocomm_category_parse(), cocomm_office_parse() and
 * cocomm_position_parse() as in a list, matched the same way. */
static void one_vocabulary_for_lists_terms_and_calls(void) {
  uint32_t categories = 0, offices = 0, positions = 0;
  for (uint32_t i = 0; i < cocomm_roster_spelling_count(); i++) {
    const cocomm_spelling *s = cocomm_roster_spelling_at(i);
    int32_t v = -1, w = -1;
    if (s->kind != COCOMM_SPELLING_VALUE) continue;
    if (s->column == COCOMM_COLUMN_CATEGORY && s->tag < 0) {
      ASSERT_STATUS(cocomm_category_parse(s->text, COCOMM_NTS, &v), COCOMM_OK);
      CU_ASSERT_EQUAL(v, s->category);
      ASSERT_STATUS(cocomm_office_parse(s->text, COCOMM_NTS, &w), COCOMM_ERR_PARSE);
      categories++;
    } else if (s->column == COCOMM_COLUMN_CATEGORY) {
      ASSERT_STATUS(cocomm_office_parse(s->text, COCOMM_NTS, &v), COCOMM_OK);
      CU_ASSERT_EQUAL(v, s->tag);
      /* an office is not a member type outside a list: "chief nurse" in
       * a quorum clause counts holders of the office, not executives */
      ASSERT_STATUS(cocomm_category_parse(s->text, COCOMM_NTS, &w), COCOMM_ERR_PARSE);
      offices++;
    } else if (s->column == COCOMM_COLUMN_POSITION) {
      ASSERT_STATUS(cocomm_position_parse(s->text, COCOMM_NTS, &v), COCOMM_OK);
      CU_ASSERT_EQUAL(v, s->position);
      positions++;
    }
  }
  CU_ASSERT(categories >= 28 && offices >= 35 && positions >= 13);
  int32_t v;
  /* matched as cells are: case, blanks and punctuation ignored, words kept apart */
  ASSERT_STATUS(cocomm_position_parse("VICE-CHAIR", COCOMM_NTS, &v), COCOMM_OK);
  CU_ASSERT_EQUAL(v, COCOMM_POSITION_VICE_CHAIR);
  ASSERT_STATUS(cocomm_position_parse("vicechair", COCOMM_NTS, &v), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_position_parse(" \t", COCOMM_NTS, &v), COCOMM_OK); /* nothing written: no position */
  CU_ASSERT_EQUAL(v, COCOMM_POSITION_NONE);
  ASSERT_STATUS(cocomm_position_parse("-", COCOMM_NTS, &v), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_category_parse("lay\xC2\xA0member", COCOMM_NTS, &v), COCOMM_OK);
  CU_ASSERT_EQUAL(v, COCOMM_CATEGORY_LAY);
  ASSERT_STATUS(cocomm_office_parse("Director of Commissioning Operations", COCOMM_NTS, &v), COCOMM_OK);
  CU_ASSERT_EQUAL(v, COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR);
  ASSERT_STATUS(cocomm_office_parse("Finance Director", COCOMM_NTS, &v), COCOMM_OK); /* a list's, now a call's too */
  CU_ASSERT_EQUAL(v, COCOMM_OFFICE_CHIEF_FINANCE_OFFICER);
  ASSERT_STATUS(cocomm_category_parse("lay\0member", 10, &v), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_category_parse(NULL, 3, &v), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_position_parse("chair", COCOMM_NTS, NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

static void errors_name_line_column_and_text(void) {
  ASSERT_STATUS(parse("name,category\nAnn,Lay\nBob,Trustee\n"), COCOMM_ERR_PARSE);
  ASSERT_CELL_ERROR(&E, COCOMM_FIELD_CATEGORY, 3, 2); /* index -1 */
  CU_ASSERT_EQUAL(E.line, 3);
  CU_ASSERT_EQUAL(E.column, 2);
  CU_ASSERT_STRING_EQUAL(E.text, "Trustee");
  /* the message says what would be accepted */
  CU_ASSERT_PTR_NOT_NULL(strstr(E.message, "not a member type: write Lay, Executive, Clinical (or GP), NHS England"));
  CU_ASSERT_PTR_NOT_NULL(strstr(E.message, "Accountable Officer"));
  CU_ASSERT_EQUAL(E.status, COCOMM_ERR_PARSE);
  ASSERT_STATUS(parse("name,category\n\"Ann,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a quoted field is never closed");
  CU_ASSERT_EQUAL(E.line, 2);
  CU_ASSERT_EQUAL(E.field, COCOMM_FIELD_TEXT);
  ASSERT_STATUS(parse("name,category\n\"Ann\"x,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "text after a closing quote");
  ASSERT_STATUS(parse("name,category,voting\nAnn,Lay,perhaps\n"), COCOMM_ERR_PARSE);
  ASSERT_CELL_ERROR(&E, COCOMM_FIELD_VOTING, 2, 3);
  CU_ASSERT_STRING_EQUAL(E.text, "perhaps");
  CU_ASSERT_PTR_NOT_NULL(strstr(E.message, "not a yes or no: write Y, Yes, TRUE, 1 or Voting"));
  ASSERT_STATUS(parse("name,category\n,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "empty name");
  ASSERT_CELL_ERROR(&E, COCOMM_FIELD_NAME, 2, 1);
  ASSERT_STATUS(parse("name,category\nAnn,Lay,extra\n"), COCOMM_ERR_PARSE);
  ASSERT_TEXT_ERROR(&E, COCOMM_ERR_PARSE, 2, 3);
  ASSERT_STATUS(parse("name,category\nAnn,Lay,\n"), COCOMM_OK); /* an empty extra cell is fine */
  ASSERT_NO_ERROR(&E);
  ASSERT_STATUS(parse("who,category\nAnn,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "no name column in the header: head one column Name (or Member name, Full name)");
  ASSERT_HEADER_ERROR(&E, 1, 1);
  ASSERT_STATUS(parse("name,Member name,category\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a second column for the same thing: another header means the same");
  CU_ASSERT_STRING_EQUAL(E.text, "Member name");
  ASSERT_HEADER_ERROR(&E, 1, 2);
  /* Bytes that are not UTF-8 make the list Windows-1252, where 0xC3 is a letter. */
  ASSERT_STATUS(parse("name,category\n\xC3(,Lay\n"), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(M[0].name, "\xC3\x83(");
  CU_ASSERT_EQUAL(R.encoding, COCOMM_ENCODING_WINDOWS_1252);
  ASSERT_STATUS(parse(""), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(E.field, COCOMM_FIELD_HEADER); /* no header row at all */
  /* An embedded NUL byte. */
  const char nul[] = "name,category\nA\0n,Lay\n";
  ASSERT_STATUS(parse_len(nul, sizeof nul - 1), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a NUL byte");
  ASSERT_TEXT_ERROR(&E, COCOMM_ERR_PARSE, 2, 1);
  /* A name over 255 bytes. */
  char big[400];
  snprintf(big, sizeof big, "name,category\n%0300d,Lay\n", 0);
  ASSERT_STATUS(parse(big), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "longer than 255 bytes");
  CU_ASSERT_EQUAL(strlen(E.text), 63);
}

static void small_buffers_report_what_is_needed(void) {
  const char *csv = "name,category,organisation\nAnn,Lay,Example CCG\nBob,GP,Surgery\n";
  cocomm_error err = COCOMM_ERROR_INIT;
  cocomm_roster r;
  cocomm_roster_init(&r, NULL, 0, NULL, 0);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, &err), COCOMM_ERR_BUFFER_TOO_SMALL);
  ASSERT_ERROR(&err, COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
  CU_ASSERT_EQUAL(r.count, 2);
  CU_ASSERT_EQUAL(r.text_needed, HEADER_TEXT("name,category,organisation") + 4 + 12 + 4 + 8);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  cocomm_member two[2];
  char text[28 + sizeof "name,category,organisation"];
  cocomm_roster fit = COCOMM_ROSTER_INIT(two, text);
  CU_ASSERT_EQUAL(fit.capacity, 2);
  CU_ASSERT_EQUAL(fit.text_cap, sizeof text);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &fit, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  CU_ASSERT_EQUAL(fit.count, 2);
  CU_ASSERT_EQUAL(fit.text_needed, sizeof text);
  CU_ASSERT_STRING_EQUAL(two[1].body, "Surgery");
  char short_text[10];
  memset(short_text, 'x', sizeof short_text);
  cocomm_roster_init(&r, two, 2, short_text, 9);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, &err), COCOMM_ERR_BUFFER_TOO_SMALL);
  ASSERT_ERROR(&err, COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
  CU_ASSERT_EQUAL(r.count, 2);
  CU_ASSERT_EQUAL(r.text_needed, sizeof text);
  CU_ASSERT_EQUAL(short_text[9], 'x');
  CU_ASSERT_PTR_NULL(two[1].name); /* never a pointer past the buffer */
  /* A parse error leaves count and text_needed as they were. */
  cocomm_roster_init(&r, two, 2, text, sizeof text);
  r.count = 777;
  r.text_needed = 555;
  ASSERT_STATUS(cocomm_roster_parse("name,category\nAnn,Nurses\n", 25, 0, &r, &err), COCOMM_ERR_PARSE);
  ASSERT_CELL_ERROR(&err, COCOMM_FIELD_CATEGORY, 2, 2);
  CU_ASSERT_EQUAL(r.count, 777);
  CU_ASSERT_EQUAL(r.text_needed, 555);
  /* Arguments that cannot be right, each naming its field. */
  ASSERT_STATUS(cocomm_roster_parse(NULL, 0, 0, &fit, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, NULL, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 1, &fit, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS);
  cocomm_roster_init(&r, two, 2, text, sizeof text);
  r.member_size = 8;
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  cocomm_roster_init(&r, two, 2, text, sizeof text);
  r.struct_size = COCOMM_ROSTER_SIZE_V1 - 1;
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  cocomm_roster_init(&r, two, 2, text, sizeof text);
  r.members = NULL;
  ASSERT_STATUS(cocomm_roster_parse(csv, strlen(csv), 0, &r, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  /* The initialiser: no array means no capacity; the macro agrees with it. */
  cocomm_roster_init(&r, NULL, 5, NULL, 9);
  CU_ASSERT_EQUAL(r.capacity, 0);
  CU_ASSERT_EQUAL(r.text_cap, 0);
  cocomm_roster_init(&r, two, 2, text, sizeof text);
  CU_ASSERT_EQUAL(r.struct_size, fit.struct_size);
  CU_ASSERT_EQUAL(r.member_size, fit.member_size);
  CU_ASSERT_EQUAL(r.capacity, fit.capacity);
  CU_ASSERT_PTR_EQUAL(r.members, fit.members);
  CU_ASSERT_PTR_EQUAL(r.text, fit.text);
  CU_ASSERT_EQUAL(r.text_cap, fit.text_cap);
  CU_ASSERT_EQUAL(r.count + r.text_needed, 0);
  CU_ASSERT_EQUAL(cocomm_roster_size(), sizeof(cocomm_roster));
  cocomm_roster_init(NULL, two, 2, text, sizeof text);
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
    ASSERT_STATUS(parse_len(csv, len), COCOMM_OK);
    ASSERT_NO_ERROR(&E);
    CU_ASSERT_EQUAL(R.count, lists[k].members);
    cocomm_committee c;
    cocomm_committee_init(&c);
    c.kind = lists[k].kind;
    c.members = M;
    c.member_count = R.count;
    cocomm_finding f[32];
    cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
    uint32_t errors = 0;
    ASSERT_STATUS(cocomm_committee_assess(&c, &fs, &E), COCOMM_OK);
    ASSERT_NO_ERROR(&E);
    for (uint32_t i = 0; i < fs.count; i++) errors += f[i].severity == COCOMM_SEVERITY_ERROR;
    if (errors != lists[k].errors) CU_FAIL(lists[k].file);
    CU_ASSERT_EQUAL(fs.errors, errors);
    free(csv);
  }
}

/* The text of finding i of fs, members named from the members parsed. */
static const char *note_text(const cocomm_findings *fs, uint32_t i) {
  static char buf[VIEW_TEXT_MAX];
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = M;
  c.member_count = R.count;
  if (cocomm_finding_format(&fs->items[i], &c, buf, sizeof buf, NULL) != COCOMM_OK) return "(does not format)";
  return buf;
}

/* A missing voting value: Healthwatch and Health and Wellbeing Board
 * members read as non-voting (C-3), LMC members too (as published terms
 * of reference make them; C-13), everyone else as voting; each default
 * is a note in roster.findings. 1.0 read an LMC member as voting, and
 * said nothing. */
static void C3_C13_voting_defaults_are_noted(void) {
  static const char csv[] = "name,category,voting\n"
                            "Ann Lay,Lay,\n"
                            "Ivy Healthwatch,Healthwatch,\n"
                            "Jo Council,HWB,\n"
                            "Ken LMC,LMC,\n"
                            "Dr Fay GP,GP,yes\n"
                            "Dan Exec,Executive,\n"
                            "Lee LMC,LMC,yes\n"
                            "Oz Other,Other,\n";
  cocomm_finding f[16];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_error_init(&E);
  cocomm_roster_init(&R, M, 64, T, sizeof T);
  R.findings = &fs;
  ASSERT_STATUS(cocomm_roster_parse(csv, sizeof csv - 1, 0, &R, &E), COCOMM_OK);
  ASSERT_NO_ERROR(&E);
  CU_ASSERT_EQUAL_FATAL(R.count, 8);
  static const int32_t voting[8] = {1, 0, 0, 0, 1, 1, 1, 1};
  for (uint32_t i = 0; i < 8; i++) CU_ASSERT_EQUAL(M[i].voting, voting[i]);
  /* One note per default, in member order, each information. */
  CU_ASSERT_EQUAL_FATAL(fs.count, 6);
  CU_ASSERT_EQUAL(fs.information, 6);
  CU_ASSERT_EQUAL(fs.errors + fs.warnings, 0);
  static const struct {
    int32_t subject;
    const char *rule, *text;
  } notes[6] = {
    {0, "C-13", "member 1 (Ann Lay) has no voting value: read as voting"},
    {1, "C-3", "member 2 (Ivy Healthwatch) has no voting value: read as non-voting (Healthwatch)"},
    {2, "C-3", "member 3 (Jo Council) has no voting value: read as non-voting (Health and Wellbeing Board)"},
    {3, "C-13", "member 4 (Ken LMC) has no voting value: read as non-voting (LMC)"},
    {5, "C-13", "member 6 (Dan Exec) has no voting value: read as voting"},
    {7, "C-13", "member 8 (Oz Other) has no voting value: read as voting"},
  };
  for (uint32_t i = 0; i < 6; i++) {
    CU_ASSERT_EQUAL(f[i].subject, notes[i].subject);
    CU_ASSERT_EQUAL(f[i].values[0], notes[i].subject);
    CU_ASSERT_EQUAL(f[i].severity, COCOMM_SEVERITY_INFO);
    CU_ASSERT_EQUAL(f[i].message, M[f[i].subject].voting ? COCOMM_MSG_VOTING_DEFAULT_VOTING
                                                         : COCOMM_MSG_VOTING_DEFAULT_NON_VOTING);
    CU_ASSERT_STRING_EQUAL(cocomm_rule_get(f[i].rule)->id, notes[i].rule);
    CU_ASSERT_STRING_EQUAL(note_text(&fs, i), notes[i].text);
  }
  /* No voting column at all: every member defaulted, every one noted. */
  static const char no_column[] = "name,category\nKen LMC,LMC\nAnn Lay,Lay\n";
  cocomm_roster_init(&R, M, 64, T, sizeof T);
  R.findings = &fs;
  ASSERT_STATUS(cocomm_roster_parse(no_column, sizeof no_column - 1, 0, &R, &E), COCOMM_OK);
  CU_ASSERT_EQUAL(M[0].voting, 0);
  CU_ASSERT_EQUAL(M[1].voting, 1);
  CU_ASSERT_EQUAL(fs.count, 2);
  /* Every value given: no note, and the count is reset. */
  static const char given[] = "name,category,voting\nKen LMC,LMC,yes\n";
  ASSERT_STATUS(cocomm_roster_parse(given, sizeof given - 1, 0, &R, &E), COCOMM_OK);
  CU_ASSERT_EQUAL(M[0].voting, 1);
  CU_ASSERT_EQUAL(fs.count + fs.information, 0);
  /* Too few elements for the notes: the whole count, and buffer too small. */
  cocomm_findings one;
  cocomm_findings_init(&one, f, 1);
  cocomm_roster_init(&R, M, 64, T, sizeof T);
  R.findings = &one;
  ASSERT_STATUS(cocomm_roster_parse(csv, sizeof csv - 1, 0, &R, &E), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(R.count, 8);
  CU_ASSERT_EQUAL(one.count, 6);
  CU_ASSERT_EQUAL(f[0].subject, 0);
  /* A findings struct that cannot be right is refused. */
  one.struct_size = COCOMM_FINDINGS_SIZE_V1 - 1;
  ASSERT_STATUS(cocomm_roster_parse(csv, sizeof csv - 1, 0, &R, &E), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&E, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_FINDINGS);
}

/* A Tags column: offices by any of their spellings, and tags the terms of
 * reference name, separated by ";" or ","; an unknown one is a parse error
 * at its cell. */
static void tags_column(void) {
  ASSERT_STATUS(parse("Name,Category,Tags\n"
                      "Dan Exec,Executive,Chief Officer; CFO\n"
                      "Ann Lay,Lay,\n"
                      "Dr Fay GP,GP,\"  practising GP ,  Secondary care consultant \"\n"), COCOMM_OK);
  ASSERT_NO_ERROR(&E);
  CU_ASSERT_EQUAL_FATAL(R.count, 3);
  CU_ASSERT_EQUAL(M[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER) |
                                 COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER));
  CU_ASSERT_EQUAL(M[1].tags, 0);
  CU_ASSERT_EQUAL(M[2].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_GP) | COCOMM_TAG_BIT(COCOMM_OFFICE_SECONDARY_CARE_DOCTOR));
  CU_ASSERT_EQUAL(R.text_needed, HEADER_TEXT("Name,Category,Tags") + sizeof "Dan Exec" + sizeof "Ann Lay" +
                                     sizeof "Dr Fay GP"); /* tags take no text */
  /* Another spelling of the column. */
  ASSERT_STATUS(parse("name,category,offices held\nDan Exec,Executive,accountable officer\n"), COCOMM_OK);
  CU_ASSERT_EQUAL(M[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER));
  /* An unknown tag: line and column of its cell, and the tag itself. */
  ASSERT_STATUS(parse("name,category,tags\nAnn Lay,Lay,\nDan Exec,Executive,Chief Officer; Wizard\n"),
                COCOMM_ERR_PARSE);
  ASSERT_TEXT_ERROR(&E, COCOMM_ERR_PARSE, 3, 3);
  CU_ASSERT_STRING_EQUAL(E.text, "Wizard");
  CU_ASSERT_STRING_EQUAL(E.message, "not an office, nor a tag the terms of reference name");
  /* A tag the terms name is known once they are given. */
  static const char named[] = "name,category,tags\nAnn Lay,Lay,quorum LEAD; lay person\n";
  ASSERT_STATUS(parse(named), COCOMM_ERR_PARSE);
  ASSERT_TEXT_ERROR(&E, COCOMM_ERR_PARSE, 2, 3);
  CU_ASSERT_STRING_EQUAL(E.text, "quorum LEAD");
  cocomm_terms terms;
  cocomm_terms_init(&terms);
  memcpy(terms.tag_names[2], "Quorum lead", sizeof "Quorum lead");
  cocomm_error_init(&E);
  cocomm_roster_init(&R, M, 64, T, sizeof T);
  R.terms = &terms;
  ASSERT_STATUS(cocomm_roster_parse(named, sizeof named - 1, 0, &R, &E), COCOMM_OK);
  ASSERT_NO_ERROR(&E);
  CU_ASSERT_EQUAL(M[0].tags, COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED + 2) | COCOMM_TAG_BIT(COCOMM_OFFICE_LAY_PERSON));
  /* Terms that cannot be right are refused before any row is read. */
  terms.casting_vote = 2;
  ASSERT_STATUS(cocomm_roster_parse(named, sizeof named - 1, 0, &R, &E), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&E, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_VOTE);
}

/* The organisation "NHS England" makes the member NHS England's
 * (body_kind), whatever the category; any other organisation leaves the
 * body unstated; so does "NHS England" followed by more words. */
static void nhs_england_organisation_sets_the_body(void) {
  ASSERT_STATUS(parse("name,category,organisation\n"
                      "Dr Hal Medical,GP,NHS England\n"
                      "Nia Officer,Executive,  nhse \n"
                      "Ann Lay,Lay,NHS Example Coast CCG\n"
                      "Bo Area,NHS England,NHS England (North area team)\n"
                      "Cy Nobody,Other,\n"), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(R.count, 5);
  CU_ASSERT_EQUAL(M[0].body_kind, COCOMM_BODY_NHS_ENGLAND);
  CU_ASSERT_EQUAL(M[0].category, COCOMM_CATEGORY_CLINICAL);
  CU_ASSERT_EQUAL(M[1].body_kind, COCOMM_BODY_NHS_ENGLAND);
  CU_ASSERT_STRING_EQUAL(M[1].body, "nhse");
  CU_ASSERT_EQUAL(M[2].body_kind, COCOMM_BODY_UNSTATED);
  CU_ASSERT_EQUAL(M[3].body_kind, COCOMM_BODY_NHS_ENGLAND); /* "NHS England" and more words */
  CU_ASSERT_EQUAL(M[4].body_kind, COCOMM_BODY_UNSTATED);
  for (uint32_t i = 0; i < 5; i++) CU_ASSERT_EQUAL(M[i].body_ccg + (int32_t)M[i].reserved0, 0);
  /* And a joint committee of them has a voting member of NHS England
   * (C-7) in the GP. */
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = COCOMM_COMMITTEE_JOINT;
  c.members = M;
  c.member_count = 3;
  M[2].position = COCOMM_POSITION_CHAIR;
  cocomm_finding f[32];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
  for (uint32_t i = 0; i < fs.count; i++) CU_ASSERT_NOT_EQUAL(f[i].rule, COCOMM_RULE_C_7);
}


/* Every spelling of the library's one table reads as the table says: each
 * header in place of its column's, each value in its column. The table
 * cites C-2, C-3, C-5, C-7, C-10 and C-13 for what its values decide. */
static void every_spelling_reads_as_the_table_says(void) {
  CU_ASSERT_TRUE(cocomm_roster_spelling_count() > 100);
  CU_ASSERT_PTR_NULL(cocomm_roster_spelling_at(cocomm_roster_spelling_count()));
  CU_ASSERT_EQUAL(cocomm_spelling_size(), sizeof(cocomm_spelling));
  char csv[512];
  for (uint32_t i = 0; i < cocomm_roster_spelling_count(); i++) {
    const cocomm_spelling *sp = cocomm_roster_spelling_at(i);
    CU_ASSERT_EQUAL(sp->struct_size, sizeof *sp);
    CU_ASSERT_EQUAL(sp->reserved0, 0);
    if (sp->kind == COCOMM_SPELLING_HEADER) {
      const char *rest = sp->column == COCOMM_COLUMN_NAME ? "Type" : "Name,Type";
      const char *cell = sp->column == COCOMM_COLUMN_CATEGORY ? "" : "x";
      if (sp->column == COCOMM_COLUMN_CATEGORY) rest = "Name";
      snprintf(csv, sizeof csv, "\"%s\",%s\n%s,Lay,Lay\n", sp->text, rest, cell);
      if (sp->column == COCOMM_COLUMN_CATEGORY) snprintf(csv, sizeof csv, "\"%s\",%s\nLay,Ann\n", sp->text, rest);
      else if (sp->column == COCOMM_COLUMN_NAME) snprintf(csv, sizeof csv, "\"%s\",%s\nAnn,Lay\n", sp->text, rest);
      else snprintf(csv, sizeof csv, "\"%s\",%s\n,Ann,Lay\n", sp->text, rest);
      int32_t st = parse(csv);
      if (sp->column == COCOMM_COLUMN_REFUSED) {
        ASSERT_STATUS(st, COCOMM_ERR_PARSE);
        ASSERT_HEADER_ERROR(&E, 1, 1);
        CU_ASSERT_PTR_EQUAL(E.message, sp->note);
        continue;
      }
      ASSERT_STATUS(st, COCOMM_OK);
      CU_ASSERT_EQUAL(R.column_kind[0], sp->column);
      CU_ASSERT_STRING_EQUAL(R.header, sp->text);
      CU_ASSERT_EQUAL(R.unused, 0);
      continue;
    }
    CU_ASSERT_EQUAL(sp->kind, COCOMM_SPELLING_VALUE);
    CU_ASSERT_PTR_NOT_NULL(cocomm_rule_get(sp->rule)); /* every value cites its rule */
    if (sp->column == COCOMM_COLUMN_CATEGORY) snprintf(csv, sizeof csv, "name,category\nAnn,\"%s\"\n", sp->text);
    else if (sp->column == COCOMM_COLUMN_VOTING) snprintf(csv, sizeof csv, "name,category,voting\nAnn,Lay,\"%s\"\n", sp->text);
    else snprintf(csv, sizeof csv, "name,category,position\nAnn,Lay,\"%s\"\n", sp->text);
    ASSERT_STATUS(parse(csv), COCOMM_OK);
    CU_ASSERT_EQUAL_FATAL(R.count, 1);
    if (sp->category >= 0) CU_ASSERT_EQUAL(M[0].category, sp->category);
    if (sp->voting >= 0) CU_ASSERT_EQUAL(M[0].voting, sp->voting);
    if (sp->position >= 0) CU_ASSERT_EQUAL(M[0].position, sp->position);
    CU_ASSERT_EQUAL(M[0].tags, sp->tag >= 0 ? COCOMM_TAG_BIT(sp->tag) : 0u);
    CU_ASSERT_EQUAL(M[0].body_kind, sp->body_kind);
  }
  CU_ASSERT_STRING_EQUAL(cocomm_column_name(COCOMM_COLUMN_UNUSED), "unused");
  CU_ASSERT_STRING_EQUAL(cocomm_column_name(COCOMM_COLUMN_REFUSED), "refused");
  CU_ASSERT_STRING_EQUAL(cocomm_column_name(99), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_column_name(-1), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_encoding_name(COCOMM_ENCODING_WINDOWS_1252), "Windows-1252");
  CU_ASSERT_STRING_EQUAL(cocomm_encoding_name(0), "unknown");
}

/* Headers and values as people write them: case, blanks and punctuation
 * do not count; an office gives a member type and the office (C-13); a
 * Voting (Y/N) column of N makes GPs non-voting (C-2 counts voting
 * members, so it must be read); a Chair column takes yes or no (C-10). */
static void headers_and_values_as_people_write_them(void) {
  ASSERT_STATUS(parse("Full Name , MEMBER-TYPE,Voting (y/n)?,Chair,Email,,\n"
                      "Siân O'Brien,lay member,Y,yes,a@example.org,,\n"
                      "Graham Pollard,Accountable Officer,y,,,,\n"
                      "Dr Amir Khan,GP member,N,no,,,\n"
                      "Dr Ben Ode,gp-member,n,Vice Chair,,,\n"
                      "Karen Doyle,Area team,no,,,,\n"), COCOMM_OK);
  ASSERT_NO_ERROR(&E);
  CU_ASSERT_EQUAL_FATAL(R.count, 5);
  CU_ASSERT_EQUAL(M[0].position, COCOMM_POSITION_CHAIR);
  CU_ASSERT_EQUAL(M[1].category, COCOMM_CATEGORY_EXECUTIVE);
  CU_ASSERT_EQUAL(M[1].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER));
  CU_ASSERT_EQUAL(M[2].voting, 0);
  CU_ASSERT_EQUAL(M[2].position, COCOMM_POSITION_NONE);
  CU_ASSERT_EQUAL(M[3].voting, 0);
  CU_ASSERT_EQUAL(M[3].position, COCOMM_POSITION_VICE_CHAIR);
  CU_ASSERT_EQUAL(M[4].category, COCOMM_CATEGORY_NHS_ENGLAND);
  CU_ASSERT_EQUAL(M[4].body_kind, COCOMM_BODY_NHS_ENGLAND);
  /* The columns: what each was read as, the unused one reported by name
   * (the empty trailing headers are not counted), the header kept. */
  CU_ASSERT_EQUAL(R.columns, 7);
  CU_ASSERT_EQUAL(R.unused, 1);
  static const uint8_t kinds[] = {COCOMM_COLUMN_NAME, COCOMM_COLUMN_CATEGORY, COCOMM_COLUMN_VOTING,
                                  COCOMM_COLUMN_CHAIR, COCOMM_COLUMN_UNUSED, COCOMM_COLUMN_UNUSED,
                                  COCOMM_COLUMN_UNUSED};
  CU_ASSERT_EQUAL(memcmp(R.column_kind, kinds, sizeof kinds), 0);
  CU_ASSERT_EQUAL(R.column_kind[7], 0);
  const char *h = R.header;
  CU_ASSERT_PTR_EQUAL(h, T);
  static const char *const cells[] = {"Full Name", "MEMBER-TYPE", "Voting (y/n)?", "Chair", "Email", "", ""};
  for (size_t k = 0; k < 7; k++, h += strlen(h) + 1) CU_ASSERT_STRING_EQUAL(h, cells[k]);
  CU_ASSERT_PTR_EQUAL(h, M[0].name); /* then the names */
  /* The GPs marked N: no false C-2 error, no false C-10 "no chair". */
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = COCOMM_COMMITTEE_DELEGATED;
  c.members = M;
  c.member_count = R.count;
  cocomm_finding f[32];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(fs.errors, 0);
  /* "Role" is never guessed. */
  ASSERT_STATUS(parse("Name,Role\nAnn,Chair\n"), COCOMM_ERR_PARSE);
  ASSERT_HEADER_ERROR(&E, 1, 2);
  CU_ASSERT_STRING_EQUAL(E.text, "Role");
  CU_ASSERT_PTR_NOT_NULL(strstr(E.message, "ambiguous"));
  /* A position column may hold an office: the member holds it. */
  ASSERT_STATUS(parse("Name,Type,Office\nAnn,Executive,CFO\nBob,Lay,Chair\n"), COCOMM_OK);
  CU_ASSERT_EQUAL(M[0].tags, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER));
  CU_ASSERT_EQUAL(M[0].position, COCOMM_POSITION_NONE);
  CU_ASSERT_EQUAL(M[1].position, COCOMM_POSITION_CHAIR);
  /* Punctuation alone is no value. */
  ASSERT_STATUS(parse("Name,Type,Voting\nAnn,Lay,-\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_TRUE(error_at(&E, COCOMM_ERR_PARSE, COCOMM_FIELD_VOTING, 2, 3));
}

/* The encodings Excel and Calc save in, and the delimiters: each reads the
 * same members, and the parser says what it found. */
static void encodings_and_delimiters(void) {
  /* "Siân O’Brien,Lay" in each encoding. */
  static const char utf8[] = "name,category\nSi\xC3\xA2n O\xE2\x80\x99" "Brien,Lay\n";
  static const char bom[] = "\xEF\xBB\xBFname;category\r\nSi\xC3\xA2n O\xE2\x80\x99" "Brien;Lay\r\n";
  static const char cp1252[] = "name,category\rSi\xE2n O\x92" "Brien,Lay\r";
  static const char le[] = "\xFF\xFEn\0a\0m\0e\0\t\0c\0a\0t\0e\0g\0o\0r\0y\0\r\0\n\0S\0i\0\xE2\0n\0 \0O\0\x19\x20"
                           "B\0r\0i\0e\0n\0\t\0L\0a\0y\0\r\0\n\0";
  static const char be[] = "\xFE\xFF\0n\0a\0m\0e\0,\0c\0a\0t\0e\0g\0o\0r\0y\0\n\0S\0i\0\xE2\0n\0 \0O\x20\x19"
                           "\0B\0r\0i\0e\0n\0,\0L\0a\0y\0\n";
  static const struct {
    const char *csv;
    size_t len;
    int32_t encoding, delimiter;
  } files[] = {
    {utf8, sizeof utf8 - 1, COCOMM_ENCODING_UTF8, ','},
    {bom, sizeof bom - 1, COCOMM_ENCODING_UTF8_BOM, ';'},
    {cp1252, sizeof cp1252 - 1, COCOMM_ENCODING_WINDOWS_1252, ','},
    {le, sizeof le - 1, COCOMM_ENCODING_UTF16LE, '\t'},
    {be, sizeof be - 1, COCOMM_ENCODING_UTF16BE, ','},
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    ASSERT_STATUS(parse_len(files[i].csv, files[i].len), COCOMM_OK);
    ASSERT_NO_ERROR(&E);
    CU_ASSERT_EQUAL(R.encoding, files[i].encoding);
    CU_ASSERT_EQUAL(R.delimiter, files[i].delimiter);
    CU_ASSERT_EQUAL_FATAL(R.count, 1);
    CU_ASSERT_STRING_EQUAL(M[0].name, "Si\xC3\xA2n O\xE2\x80\x99" "Brien");
    CU_ASSERT_EQUAL(M[0].category, COCOMM_CATEGORY_LAY);
  }
  /* A supplementary character through a surrogate pair, and each lines. */
  static const char pair[] = "\xFF\xFEn\0a\0m\0e\0,\0t\0y\0p\0e\0\n\0\x3D\xD8\x00\xDE,\0L\0a\0y\0";
  cocomm_member one[1];
  uint32_t lines[1] = {0};
  char text[64];
  cocomm_roster r = COCOMM_ROSTER_INIT(one, text);
  r.lines = lines;
  ASSERT_STATUS(cocomm_roster_parse(pair, sizeof pair - 1, 0, &r, &E), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(one[0].name, "\xF0\x9F\x98\x80"); /* U+1F600 */
  CU_ASSERT_EQUAL(lines[0], 2);
  /* The delimiter the header uses most outside quotes; a tie goes to comma. */
  ASSERT_STATUS(parse("\"name,x\";category;voting\nAnn;Lay;Y\n"), COCOMM_ERR_PARSE); /* no name column */
  ASSERT_STATUS(parse("name;category,voting;position\nAnn;Lay,Y;Chair\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_EQUAL(R.delimiter, 0); /* written only on success */
  ASSERT_STATUS(parse("name;category;voting\nAnn;Lay;Y\n"), COCOMM_OK);
  CU_ASSERT_EQUAL(R.delimiter, ';');
  ASSERT_STATUS(parse("name\tcategory\tnotes, with commas\nAnn\tLay\tx, y\n"), COCOMM_OK);
  CU_ASSERT_EQUAL(R.delimiter, '\t');
  CU_ASSERT_EQUAL(R.unused, 1);
  /* Windows-1252's undefined bytes are C1 controls: refused in a name. */
  ASSERT_STATUS(parse("name,category\nA\x81" "nn,Lay\n"), COCOMM_ERR_PARSE);
  CU_ASSERT_STRING_EQUAL(E.message, "a control character in a name");
}

static const test_case cases[] = {
  TEST(reads_columns_in_any_order),
  TEST(rfc4180_quoting_crlf_and_bom),
  RULE_TEST("C-3", spellings_and_defaults),
  TEST(errors_name_line_column_and_text),
  RULE_TEST("C-2 C-10 C-13", one_vocabulary_for_lists_terms_and_calls),
  TEST(small_buffers_report_what_is_needed),
  TEST(bundled_lists),
  RULE_TEST("C-3 C-13", C3_C13_voting_defaults_are_noted),
  TEST(tags_column),
  RULE_TEST("C-7", nhs_england_organisation_sets_the_body),
  RULE_TEST("C-2 C-3 C-5 C-7 C-10 C-13", every_spelling_reads_as_the_table_says),
  RULE_TEST("C-2 C-10 C-13", headers_and_values_as_people_write_them),
  TEST(encodings_and_delimiters),
};
RUN_TESTS("roster", cases)
