/* SPDX-License-Identifier: MIT */
/* The caller's error struct (error.h): its initialisers, the field names,
 * a struct too small to fill (refused, not a byte written), a success that
 * clears a stale story, and for every function that takes one, each input
 * it refuses naming the right item and field. */
#include <stdint.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define GUARD 0xC7

/* The error struct every REFUSES / ACCEPTS fills: before each call it holds
 * a stale story (another status, item, field, place and text), so each
 * assertion also shows that the call replaced all of it. */
static cocomm_error E;

static cocomm_error *stale(void) {
  cocomm_error_init(&E);
  E.status = COCOMM_ERR_AMBIGUOUS;
  E.index = 99;
  E.field = COCOMM_FIELD_HEADER;
  E.line = 7;
  E.column = 8;
  E.message = "a stale message";
  memcpy(E.text, "stale text", sizeof "stale text");
  return &E;
}

#define REFUSES(call, status, index, field)  \
  do {                                       \
    stale();                                 \
    ASSERT_STATUS((call), (status));         \
    ASSERT_ERROR(&E, (status), (index), (field)); \
  } while (0)

#define ACCEPTS(call)                \
  do {                               \
    stale();                         \
    ASSERT_STATUS((call), COCOMM_OK); \
    ASSERT_NO_ERROR(&E);             \
  } while (0)

/* ---- inputs every function accepts, rebuilt before each test ---- */

static const char *const names[4] = {"Ann Lay", "Bob Exec", "Dr Cy GP", "Di Healthwatch"};
static cocomm_member M[4];
static cocomm_committee C;
static uint8_t present[4], conflicted[4];
static int32_t votes[4];
static cocomm_decision D;
static cocomm_decision_result R;
static cocomm_coi_arrangements A;
static cocomm_ccg G;
static cocomm_milestone MS[2];
static cocomm_edition ED;
static cocomm_finding F[16];
static cocomm_findings FS;
static const int32_t purposes[3] = {COCOMM_FUND_CCG_OWN_FUNCTION, COCOMM_FUND_CORE_PRIMARY_MEDICAL,
                                    COCOMM_FUND_CCG_OWN_FUNCTION};
static const char roster_csv[] = "name,category,voting\nAnn Lay,Lay,yes\nDr Cy GP,GP,\n";
static cocomm_member RM[4];
static char RT[128];
static cocomm_roster RO;
static cocomm_terms TR;
static cocomm_finding RF[4];
static cocomm_findings RFS; /* the roster's notes */

static void setup(void) {
  static const int32_t cats[4] = {COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_EXECUTIVE, COCOMM_CATEGORY_CLINICAL,
                                  COCOMM_CATEGORY_HEALTHWATCH};
  for (int i = 0; i < 4; i++) {
    cocomm_member_init(&M[i]);
    M[i].name = names[i];
    M[i].category = cats[i];
    M[i].voting = i < 3;
    present[i] = 1;
    conflicted[i] = 0;
    votes[i] = COCOMM_VOTE_NONE;
  }
  M[0].position = COCOMM_POSITION_CHAIR;
  cocomm_committee_init(&C);
  C.members = M;
  C.member_count = 4;
  cocomm_decision_init(&D);
  D.present = present;
  D.conflicted = conflicted;
  D.votes = votes;
  cocomm_decision_result_init(&R);
  cocomm_coi_arrangements_init(&A);
  cocomm_ccg_init(&G);
  memcpy(G.ods_code, "00R", 4);
  for (int i = 0; i < 2; i++) {
    cocomm_milestone_init(&MS[i]);
    MS[i].id = i ? "X-2" : "X-1";
    MS[i].label = "a milestone";
    MS[i].start = MS[i].end = (cocomm_date){2015, 3, 10};
  }
  cocomm_edition_init(&ED);
  ED.key = "test";
  ED.milestones = MS;
  ED.milestone_count = 2;
  cocomm_findings_init(&FS, F, 16);
  cocomm_terms_init(&TR);
  C.terms = &TR;
  cocomm_findings_init(&RFS, RF, 4);
  cocomm_roster_init(&RO, RM, 4, RT, sizeof RT);
  RO.terms = &TR;
  RO.findings = &RFS;
}

static cocomm_findings *findings(void) {
  cocomm_findings_init(&FS, F, 16);
  return &FS;
}

/* ---- every function that takes an error struct, on good input ---- */

enum { FN_COMMITTEE_CHECK, FN_VALIDATE, FN_DECISION, FN_COI, FN_CCG, FN_ELIGIBILITY, FN_CHANGE, FN_POOLED,
       FN_EOI, FN_EDITION, FN_ROSTER, FN_COUNT };
static const char *const fn_names[FN_COUNT] = {
  "cocomm_committee_check", "cocomm_committee_assess", "cocomm_decision_assess", "cocomm_coi_assess",
  "cocomm_ccg_check", "cocomm_approval_assess_eligibility", "cocomm_approval_assess_change", "cocomm_approval_assess_pooled_fund",
  "cocomm_approval_assess_eoi", "cocomm_edition_check", "cocomm_roster_parse"};

/* Call function fn on the good inputs of setup(), its findings (when it
 * takes any) in FS. The arrangements, CCG and sections are all in place
 * or good, so every call succeeds. */
static int32_t call(int fn, cocomm_error *e) {
  switch (fn) {
    case FN_COMMITTEE_CHECK: return cocomm_committee_check(&C, e);
    case FN_VALIDATE: return cocomm_committee_assess(&C, &FS, e);
    case FN_DECISION: return cocomm_decision_assess(&C, &D, &R, NULL, &FS, e);
    case FN_COI: return cocomm_coi_assess(&A, &FS, e);
    case FN_CCG: return cocomm_ccg_check(&G, e);
    case FN_ELIGIBILITY: return cocomm_approval_assess_eligibility(&G, COCOMM_MODEL_JOINT, &FS, e);
    case FN_CHANGE: return cocomm_approval_assess_change(COCOMM_MODEL_JOINT, COCOMM_MODEL_DELEGATED, &FS, e);
    case FN_POOLED: return cocomm_approval_assess_pooled_fund(purposes, 3, &FS, e);
    case FN_EOI: return cocomm_approval_assess_eoi(COCOMM_EOI_ALL, &FS, e);
    case FN_EDITION: return cocomm_edition_check(&ED, e);
    default: return cocomm_roster_parse(roster_csv, sizeof roster_csv - 1, 0, &RO, e);
  }
}

/* ---- the struct itself ---- */

static void init_macro_equals_init_function(void) {
  static const cocomm_error from_macro = COCOMM_ERROR_INIT; /* static: padding zero too */
  cocomm_error e;
  memset(&e, 0x5A, sizeof e);
  cocomm_error_init(&e);
  CU_ASSERT_EQUAL(memcmp(&e, &from_macro, sizeof e), 0);
  cocomm_error local = COCOMM_ERROR_INIT;
  CU_ASSERT_EQUAL(local.struct_size, e.struct_size);
  CU_ASSERT_EQUAL(local.status, e.status);
  CU_ASSERT_EQUAL(local.index, e.index);
  CU_ASSERT_EQUAL(local.field, e.field);
  CU_ASSERT_EQUAL(local.line, e.line);
  CU_ASSERT_EQUAL(local.column, e.column);
  CU_ASSERT_PTR_EQUAL(local.message, e.message);
  CU_ASSERT_EQUAL(memcmp(local.text, e.text, sizeof e.text), 0);
  /* What they hold: the size as compiled, no story yet. */
  CU_ASSERT_EQUAL(e.struct_size, sizeof(cocomm_error));
  CU_ASSERT_EQUAL(cocomm_error_size(), sizeof(cocomm_error));
  CU_ASSERT(COCOMM_ERROR_SIZE_V1 <= sizeof(cocomm_error));
  CU_ASSERT_EQUAL(COCOMM_ERROR_SIZE_V1, offsetof(cocomm_error, text) + sizeof e.text);
  CU_ASSERT_EQUAL(e.status, COCOMM_OK);
  CU_ASSERT_EQUAL(e.index, -1);
  CU_ASSERT_EQUAL(e.field, COCOMM_FIELD_NONE);
  CU_ASSERT_EQUAL(e.line + e.column, 0);
  CU_ASSERT_PTR_NULL(e.message); /* NULL before any call */
  CU_ASSERT_STRING_EQUAL(e.text, "");
  cocomm_error_init(NULL);
}

static void every_field_has_its_own_name(void) {
  enum { LAST = COCOMM_FIELD_TAG_NAME };
  CU_ASSERT_EQUAL(LAST, 52);
  const char *seen[LAST + 1];
  for (int32_t f = 0; f <= LAST; f++) {
    const char *name = cocomm_field_name(f);
    seen[f] = name;
    CU_ASSERT_PTR_NOT_NULL_FATAL(name);
    CU_ASSERT(name[0] != '\0');
    CU_ASSERT_TRUE(clean_utf8(name));
    if (strcmp(name, "unknown") == 0) CU_FAIL("a field named \"unknown\"");
    for (int32_t g = 0; g < f; g++)
      if (strcmp(seen[g], name) == 0) CU_FAIL("two fields with one name");
  }
  const int32_t beyond[] = {LAST + 1, LAST + 2, 1000, INT32_MAX, -1, INT32_MIN};
  for (size_t i = 0; i < sizeof beyond / sizeof beyond[0]; i++)
    CU_ASSERT_STRING_EQUAL(cocomm_field_name(beyond[i]), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_NONE), "none");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_CATEGORY), "category");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_NAME), "name");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_LABEL), "label");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_TIME), "time");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_FINDINGS), "findings");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_TEXT), "text");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_HEADER), "header");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_TERMS), "terms");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_TAGS), "tags");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_BODY_KIND), "body_kind");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_CLAUSE), "clause");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_MAJORITY), "majority");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_PRESIDING), "presiding");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_CHOSEN), "chosen");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_CASTING_BY), "casting_by");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_STAYED), "stayed");
  CU_ASSERT_STRING_EQUAL(cocomm_field_name(COCOMM_FIELD_TAG_NAME), "tag name");
}

/* An error struct too small for the first layout: every function returns
 * COCOMM_ERR_STRUCT_SIZE before doing anything, and writes not a byte of
 * it, nor of the findings or roster counts. */
static void too_small_is_refused_and_not_written(void) {
  const uint32_t sizes[] = {0, 4, 8, COCOMM_ERROR_SIZE_V1 - 1};
  for (int fn = 0; fn < FN_COUNT; fn++)
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
      setup();
      struct {
        _Alignas(cocomm_error) unsigned char bytes[sizeof(cocomm_error) + 32];
      } arena, before;
      memset(arena.bytes, GUARD, sizeof arena.bytes);
      memcpy(arena.bytes, &sizes[k], sizeof sizes[k]);
      before = arena;
      FS.count = 1234;
      FS.errors = 55;
      RO.count = 777;
      RO.text_needed = 555;
      int32_t st = call(fn, (cocomm_error *)(void *)arena.bytes);
      int untouched = memcmp(&arena, &before, sizeof arena) == 0 && FS.count == 1234 && FS.errors == 55 &&
                      RO.count == 777 && RO.text_needed == 555;
      if (st != COCOMM_ERR_STRUCT_SIZE || !untouched) {
        fprintf(stderr, "  %s with struct_size %u: %s%s\n", fn_names[fn], (unsigned)sizes[k],
                cocomm_status_name(st), untouched ? "" : ", written");
        CU_FAIL(fn_names[fn]);
      }
    }
}

/* The first layout exactly, and a newer caller's larger struct, are
 * filled; not a byte past struct_size is touched. */
static void first_and_larger_layouts_are_filled(void) {
  const uint32_t sizes[] = {COCOMM_ERROR_SIZE_V1, (uint32_t)sizeof(cocomm_error),
                            (uint32_t)sizeof(cocomm_error) + 16};
  for (int fn = 0; fn < FN_COUNT; fn++)
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
      setup();
      struct {
        _Alignas(cocomm_error) unsigned char bytes[sizeof(cocomm_error) + 32];
      } arena;
      memset(arena.bytes, GUARD, sizeof arena.bytes);
      memcpy(arena.bytes, &sizes[k], sizeof sizes[k]);
      const cocomm_error *e = (const cocomm_error *)(const void *)arena.bytes;
      int32_t st = call(fn, (cocomm_error *)(void *)arena.bytes);
      int guards = 1;
      for (size_t i = sizes[k]; i < sizeof arena.bytes; i++) guards &= arena.bytes[i] == GUARD;
      /* A newer caller's tail the library does not know reads 0. */
      for (size_t i = sizeof(cocomm_error); i < sizes[k]; i++) guards &= arena.bytes[i] == 0;
      if (st != COCOMM_OK || !error_is(e, COCOMM_OK, -1, COCOMM_FIELD_NONE) || !guards) {
        fprintf(stderr, "  %s with struct_size %u: %s%s\n", fn_names[fn], (unsigned)sizes[k],
                cocomm_status_name(st), guards ? "" : ", written past struct_size");
        CU_FAIL(fn_names[fn]);
      }
    }
}

/* A success leaves no stale story: status OK, index -1, field none, ""
 * for message and text, line and column 0. NULL is no error struct. */
static void success_clears_a_stale_error(void) {
  for (int fn = 0; fn < FN_COUNT; fn++) {
    setup();
    stale();
    int32_t st = call(fn, &E);
    if (st != COCOMM_OK || !error_is(&E, COCOMM_OK, -1, COCOMM_FIELD_NONE)) CU_FAIL(fn_names[fn]);
    setup();
    if (call(fn, NULL) != COCOMM_OK) CU_FAIL(fn_names[fn]);
  }
}

/* A buffer too small is no input error: its status, no item or field. */
static void buffer_too_small_is_recorded(void) {
  setup();
  cocomm_findings none;
  cocomm_findings_init(&none, NULL, 0);
  REFUSES(cocomm_approval_assess_eoi(0, &none, &E), COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
  CU_ASSERT_STRING_EQUAL(E.message, "an output buffer is too small");
  M[0].category = COCOMM_CATEGORY_CLINICAL; /* a GP chairs a delegated committee: findings to count */
  REFUSES(cocomm_committee_assess(&C, &none, &E), COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
  cocomm_roster_init(&RO, NULL, 0, NULL, 0);
  REFUSES(cocomm_roster_parse(roster_csv, sizeof roster_csv - 1, 0, &RO, &E), COCOMM_ERR_BUFFER_TOO_SMALL, -1,
          COCOMM_FIELD_NONE);
  CU_ASSERT_EQUAL(RO.count, 2);
  /* And the next success clears it. */
  ACCEPTS(cocomm_approval_assess_eoi(COCOMM_EOI_ALL, &none, &E));
}

/* ---- each check, one refused input per field ---- */

static void committee_fields(void) {
  setup();
  ACCEPTS(cocomm_committee_check(&C, &E));
  REFUSES(cocomm_committee_check(NULL, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  C.struct_size = 8;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  C.kind = 7;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_KIND);
  setup();
  C.member_count = COCOMM_MEMBERS_MAX + 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  setup();
  C.members = NULL;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  setup();
  C.member_size = 16;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  setup();
  C.ccg_count = 2; /* and no codes */
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CCG_CODES);
  const char *codes[3] = {"00R", "02M", NULL};
  C.ccg_codes = codes;
  ACCEPTS(cocomm_committee_check(&C, &E));
  C.ccg_count = 3;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_CCG_CODES);
  codes[2] = "2M";
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_PARSE, 2, COCOMM_FIELD_CCG_CODES);
  C.ccg_count = COCOMM_MEMBERS_MAX + 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_CCG_CODES);
  setup();
  C.reserved0 = 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_RESERVED);
  /* Its terms (1.0's casting_vote and quorum fields): the item is the
   * clause (quorum 0.., membership 100..), else -1. */
  setup();
  TR.struct_size = COCOMM_TERMS_SIZE_V1 - 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS);
  setup();
  TR.casting_vote = 2;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_VOTE);
  setup();
  TR.majority = 2;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MAJORITY);
  setup();
  TR.presiding = -1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESIDING);
  setup();
  TR.quorum_count = COCOMM_CLAUSES_MAX + 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  setup();
  TR.quorum_count = 2;
  TR.quorum[1].min = -2;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_CLAUSE);
  TR.quorum[1].min = COCOMM_CLAUSE_ALL;
  ACCEPTS(cocomm_committee_check(&C, &E));
  TR.quorum[1].min = (int32_t)COCOMM_MEMBERS_MAX + 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_CLAUSE);
  TR.quorum[1].min = 1;
  TR.quorum[1].categories = 1; /* bit 0 is no category */
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_CATEGORY);
  TR.quorum[1].categories = 0;
  TR.quorum[1].positions = COCOMM_POSITION_BIT(3);
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_POSITION);
  TR.quorum[1].positions = 0;
  TR.quorum[1].voting = 3;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_VOTING);
  TR.quorum[1].voting = COCOMM_COUNT_ANY;
  TR.quorum[1].body = 4;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_BODY_KIND);
  TR.quorum[1].body = COCOMM_CLAUSE_EACH_BODY;
  TR.quorum[1].tags = COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED + 1); /* a tag the terms do not name */
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_TAGS);
  memcpy(TR.tag_names[1], "quorum lead", sizeof "quorum lead");
  ACCEPTS(cocomm_committee_check(&C, &E));
  memset(TR.tag_names[1], 'x', sizeof TR.tag_names[1]); /* no terminator */
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_PARSE, (int32_t)COCOMM_TAG_FIRST_NAMED + 1,
          COCOMM_FIELD_TAG_NAME);
  memcpy(TR.tag_names[1], "lead \x1b", sizeof "lead \x1b");
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_PARSE, (int32_t)COCOMM_TAG_FIRST_NAMED + 1,
          COCOMM_FIELD_TAG_NAME);
  setup();
  TR.membership_count = 3;
  TR.membership[2].voting = -1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 102, COCOMM_FIELD_VOTING);
  TR.membership_count = UINT32_MAX;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  /* Members: the index is the member's. */
  setup();
  M[2].category = 9;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_CATEGORY);
  setup();
  M[1].struct_size = 4;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_STRUCT_SIZE, 1, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  M[3].voting = 5;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 3, COCOMM_FIELD_VOTING);
  setup();
  M[0].position = -1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_POSITION);
  setup();
  M[1].name = NULL;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_NAME);
  M[1].name = "Bob \x07"; /* BEL */
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_PARSE, 1, COCOMM_FIELD_NAME);
  setup();
  M[3].body = "Surgery \xC3";
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_PARSE, 3, COCOMM_FIELD_BODY);
  setup();
  M[2].body_kind = -1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_BODY_KIND);
  M[2].body_kind = COCOMM_BODY_CCG; /* and the committee names no CCG */
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_BODY_KIND);
  M[2].body_kind = COCOMM_BODY_OTHER;
  M[2].body_ccg = 1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_BODY_KIND);
  setup();
  M[1].tags = COCOMM_TAG_BIT(COCOMM_TAGS_MAX - 1);
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_TAGS);
  setup();
  M[0].reserved0 = 7;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_RESERVED);
  /* The first bad member is the one named. */
  setup();
  M[3].category = 0;
  M[1].voting = -1;
  REFUSES(cocomm_committee_check(&C, &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_VOTING);
  /* validate names the same, and writes no finding. */
  REFUSES(cocomm_committee_assess(&C, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_VOTING);
  setup();
  M[2].category = 9;
  REFUSES(cocomm_committee_assess(&C, NULL, &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_CATEGORY);
  ASSERT_STATUS(cocomm_committee_assess(&C, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

/* A findings struct that cannot be right, for each assessing check. */
static void findings_fields(void) {
  for (int fn = 0; fn < FN_COUNT; fn++) {
    if (fn == FN_COMMITTEE_CHECK || fn == FN_CCG || fn == FN_EDITION || fn == FN_ROSTER) continue;
    for (int bad = 0; bad < 4; bad++) {
      setup();
      int32_t want = COCOMM_ERR_STRUCT_SIZE;
      if (bad == 0) FS.struct_size = 0;
      if (bad == 1) FS.struct_size = COCOMM_FINDINGS_SIZE_V1 - 1;
      if (bad == 2) FS.elem_size = COCOMM_FINDING_SIZE_V1 - 1;
      if (bad == 3) {
        FS.items = NULL;
        want = COCOMM_ERR_INVALID_ARGUMENT;
      }
      stale();
      int32_t st = call(fn, &E);
      if (st != want || !error_is(&E, want, -1, COCOMM_FIELD_FINDINGS)) {
        fprintf(stderr, "  %s, findings %d: %s\n", fn_names[fn], bad, cocomm_status_name(st));
        CU_FAIL(fn_names[fn]);
      }
    }
  }
}

static void decision_fields(void) {
  setup();
  ACCEPTS(cocomm_decision_assess(&C, &D, &R, NULL, findings(), &E));
  REFUSES(cocomm_decision_assess(NULL, &D, &R, NULL, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_NONE);
  REFUSES(cocomm_decision_assess(&C, NULL, &R, NULL, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_NONE);
  REFUSES(cocomm_decision_assess(&C, &D, NULL, NULL, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_RESULT);
  R.struct_size = 8;
  REFUSES(cocomm_decision_assess(&C, &D, &R, NULL, findings(), &E), COCOMM_ERR_STRUCT_SIZE, -1,
          COCOMM_FIELD_RESULT);
#define CHECK() cocomm_decision_assess(&C, &D, &R, NULL, findings(), &E)
  setup();
  M[2].category = 9; /* the committee first */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_CATEGORY);
  setup();
  D.struct_size = 4;
  REFUSES(CHECK(), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  D.present = NULL;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESENT);
  setup();
  present[2] = 2;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_PRESENT);
  setup();
  conflicted[3] = 7;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 3, COCOMM_FIELD_CONFLICTED);
  setup();
  votes[1] = 9;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_VOTES);
  setup();
  D.contract_award = -1;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CONTRACT_AWARD);
  setup();
  D.casting = COCOMM_VOTE_ABSTAIN;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING);
  setup();
  D.date = (cocomm_date){2015, 2, 30};
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_DATE);
  setup();
  D.item = "Item \x1b[1m";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ITEM);
  setup();
  D.chosen = 4;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CHOSEN);
  setup();
  D.casting_by = -7;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_BY);
  setup();
  uint8_t stayed[4] = {0, 0, 0, 9};
  D.stayed = stayed;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 3, COCOMM_FIELD_STAYED);
  setup();
  TR.presiding = 3; /* the committee's terms first */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESIDING);
#undef CHECK
}

static void coi_fields(void) {
  setup();
  ACCEPTS(cocomm_coi_assess(&A, findings(), &E)); /* nothing in place: findings, no error */
  CU_ASSERT_EQUAL(FS.count, 11);
  REFUSES(cocomm_coi_assess(NULL, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  A.struct_size = 8;
  REFUSES(cocomm_coi_assess(&A, findings(), &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  /* Each element: its index is its position (0 = register_kept). */
  for (int32_t i = 0; i < 11; i++) {
    setup();
    int32_t *elements = &A.register_kept;
    elements[i] = 2;
    REFUSES(cocomm_coi_assess(&A, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, i, COCOMM_FIELD_FLAGS);
  }
}

static void ccg_and_eligibility_fields(void) {
  setup();
  ACCEPTS(cocomm_ccg_check(&G, &E));
  REFUSES(cocomm_ccg_check(NULL, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  G.struct_size = 4;
  REFUSES(cocomm_ccg_check(&G, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  memcpy(G.ods_code, "0r", 3);
  REFUSES(cocomm_ccg_check(&G, &E), COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ODS_CODE);
  memcpy(G.ods_code, "00RX", 4); /* no terminator */
  REFUSES(cocomm_ccg_check(&G, &E), COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ODS_CODE);
  setup();
  G.model = 9;
  REFUSES(cocomm_ccg_check(&G, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
  setup();
  G.statutory_requirements_met = 3;
  REFUSES(cocomm_ccg_check(&G, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS);
  /* Eligibility reads the CCG with the same check, then its target. */
  REFUSES(cocomm_approval_assess_eligibility(&G, COCOMM_MODEL_JOINT, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_FLAGS);
  REFUSES(cocomm_approval_assess_eligibility(NULL, COCOMM_MODEL_JOINT, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_NONE);
  setup();
  ACCEPTS(cocomm_approval_assess_eligibility(&G, COCOMM_MODEL_DELEGATED, findings(), &E));
  REFUSES(cocomm_approval_assess_eligibility(&G, 4, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
  memcpy(G.ods_code, "", 1);
  REFUSES(cocomm_approval_assess_eligibility(&G, COCOMM_MODEL_JOINT, NULL, &E), COCOMM_ERR_PARSE, -1,
          COCOMM_FIELD_ODS_CODE);
}

static void change_pooled_and_eoi_fields(void) {
  setup();
  ACCEPTS(cocomm_approval_assess_change(COCOMM_MODEL_DELEGATED, COCOMM_MODEL_NONE, findings(), &E));
  REFUSES(cocomm_approval_assess_change(-1, COCOMM_MODEL_JOINT, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_MODEL);
  REFUSES(cocomm_approval_assess_change(COCOMM_MODEL_JOINT, 4, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1,
          COCOMM_FIELD_MODEL);
  ACCEPTS(cocomm_approval_assess_pooled_fund(NULL, 0, findings(), &E));
  REFUSES(cocomm_approval_assess_pooled_fund(NULL, 2, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  REFUSES(cocomm_approval_assess_pooled_fund(purposes, (uint32_t)INT32_MAX + 1u, findings(), &E), COCOMM_ERR_OUT_OF_RANGE,
          -1, COCOMM_FIELD_COUNT);
  const int32_t bad[4] = {COCOMM_FUND_CCG_OWN_FUNCTION, COCOMM_FUND_CORE_PRIMARY_MEDICAL, 0,
                          COCOMM_FUND_CCG_OWN_FUNCTION};
  REFUSES(cocomm_approval_assess_pooled_fund(bad, 4, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_PURPOSE);
  CU_ASSERT_EQUAL(FS.count, 0); /* nothing reported before the bad contribution */
  ACCEPTS(cocomm_approval_assess_eoi(0, NULL, &E));
  REFUSES(cocomm_approval_assess_eoi(0x100, findings(), &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_SECTIONS);
  REFUSES(cocomm_approval_assess_eoi(UINT32_MAX, NULL, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_SECTIONS);
}

static void edition_fields(void) {
  setup();
  ACCEPTS(cocomm_edition_check(&ED, &E));
  REFUSES(cocomm_edition_check(NULL, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
#define CHECK() cocomm_edition_check(&ED, &E)
  ED.struct_size = 8;
  REFUSES(CHECK(), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  ED.milestones = NULL;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  setup();
  ED.milestone_size = 16;
  REFUSES(CHECK(), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  ED.milestone_size = sizeof(cocomm_milestone) + 1; /* breaks the alignment */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ELEMENT_SIZE);
  setup();
  ED.milestone_count = COCOMM_MILESTONES_MAX + 1;
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  setup();
  ED.published_precision = COCOMM_PRECISION_MID_MONTH;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PUBLISHED);
  setup();
  ED.published = COCOMM_INSTANT_MAX + 1;
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_PUBLISHED);
  setup();
  ED.key = NULL;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_KEY);
  ED.key = "k\x7f";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, -1, COCOMM_FIELD_KEY);
  setup();
  ED.title = "\xff";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, -1, COCOMM_FIELD_TITLE);
  setup();
  ED.source = "line\nbreak";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, -1, COCOMM_FIELD_SOURCE);
  /* Milestones: the index is the milestone's. */
  setup();
  MS[1].label = "bell\a";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, 1, COCOMM_FIELD_LABEL);
  MS[1].label = NULL;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_LABEL);
  setup();
  MS[0].struct_size = 8;
  REFUSES(CHECK(), COCOMM_ERR_STRUCT_SIZE, 0, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  MS[1].id = NULL;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_ID);
  MS[1].id = "X-2\r";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, 1, COCOMM_FIELD_ID);
  setup();
  MS[0].source = "\xc0\x80";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, 0, COCOMM_FIELD_SOURCE);
  setup();
  MS[1].note = "\x80";
  REFUSES(CHECK(), COCOMM_ERR_PARSE, 1, COCOMM_FIELD_NOTE);
  setup();
  MS[1].kind = 4;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_KIND);
  setup();
  MS[0].precision = 0;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_PRECISION);
  setup();
  MS[1].models = COCOMM_MODELS_ALL | 1u; /* "none" is no model a milestone applies to */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_MODELS);
  MS[1].models = 0;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_MODELS);
  setup();
  MS[1].has_time = 2;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_FLAGS);
  setup();
  MS[0].submission = -1;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_FLAGS);
  setup();
  MS[1].end = (cocomm_date){2015, 2, 29};
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, 1, COCOMM_FIELD_RANGE);
  MS[1].end = (cocomm_date){2015, 3, 9}; /* before its start */
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, 1, COCOMM_FIELD_RANGE);
  setup();
  MS[1].precision = COCOMM_PRECISION_MONTH; /* the 10th is not a whole month */
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, 1, COCOMM_FIELD_RANGE);
  setup();
  MS[1].start = MS[1].end = (cocomm_date){9999, 12, 31}; /* no day after it */
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, 1, COCOMM_FIELD_RANGE);
  setup();
  MS[1].has_time = 1; /* a time needs EXACT */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_TIME);
  MS[1].precision = COCOMM_PRECISION_EXACT;
  MS[1].minute_of_day = 24 * 60;
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_TIME);
  /* 01:30 on the day the clocks go forward does not exist in UK time. */
  MS[1].start = MS[1].end = (cocomm_date){2015, 3, 29};
  MS[1].minute_of_day = 90;
  REFUSES(CHECK(), COCOMM_ERR_OUT_OF_RANGE, 1, COCOMM_FIELD_TIME);
  MS[1].minute_of_day = 120; /* 02:00 BST does */
  ACCEPTS(CHECK());
  setup();
  MS[0].submission = 1; /* an event cannot be a submission deadline */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  MS[0].kind = COCOMM_MILESTONE_DEADLINE; /* nor one without a go-live year */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  MS[0].go_live_fy = 2016; /* nor one for greater involvement */
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  MS[0].models = COCOMM_MODELS_DELEGATED;
  ACCEPTS(CHECK());
  /* The first bad milestone is the one named. */
  MS[0].kind = 0;
  MS[1].label = "\a";
  REFUSES(CHECK(), COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_KIND);
#undef CHECK
}

/* The roster parser's arguments, then its text: a line and column, never
 * an index, and the offending text as clean UTF-8. */
static void roster_fields(void) {
  setup();
  const size_t len = sizeof roster_csv - 1;
  ACCEPTS(cocomm_roster_parse(roster_csv, len, 0, &RO, &E));
  CU_ASSERT_EQUAL(RO.count, 2);
  REFUSES(cocomm_roster_parse(NULL, len, 0, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, NULL, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  REFUSES(cocomm_roster_parse(roster_csv, len, 2, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS);
  RO.struct_size = COCOMM_ROSTER_SIZE_V1 - 4;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  setup();
  RO.member_size = 8;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  setup();
  RO.members = NULL;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  setup();
  RO.text = NULL;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  /* The terms it reads tags by, and the findings it notes defaults in. */
  setup();
  TR.majority = 7;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MAJORITY);
  setup();
  RFS.elem_size = COCOMM_FINDING_SIZE_V1 - 1;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_FINDINGS);
  setup();
  RFS.items = NULL;
  REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FINDINGS);
  if (SIZE_MAX / UINT32_MAX < UINT32_MAX) { /* capacity * member_size can wrap: a 32-bit size_t */
    setup();
    static cocomm_member one;
    RO.members = &one;
    RO.capacity = UINT32_MAX;
    RO.member_size = UINT32_MAX;
    REFUSES(cocomm_roster_parse(roster_csv, len, 0, &RO, &E), COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_COUNT);
  }
  static const struct {
    const char *csv;
    int32_t status, field;
    uint32_t line, column;
    const char *message, *text; /* a NULL message: only its start is checked, below */
  } rows[] = {
    {"name,category\nAnn,Lay\nBob,Trustee\n", COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, 3, 2, NULL, "Trustee"},
    {"name,category,voting\nAnn,Lay,perhaps\n", COCOMM_ERR_PARSE, COCOMM_FIELD_VOTING, 2, 3, NULL, "perhaps"},
    {"name,category,position\nAnn,Lay,Boss\n", COCOMM_ERR_PARSE, COCOMM_FIELD_POSITION, 2, 3, NULL, "Boss"},
    {"name,category,chair\nAnn,Lay,Boss\n", COCOMM_ERR_PARSE, COCOMM_FIELD_POSITION, 2, 3,
     "not a chair value: write Y (the chair), N, Chair, Vice-chair, or leave it empty", "Boss"},
    {"category,name\nLay,\n", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, 2, 2, "empty name", ""},
    {"name,category\n\"Ann\nLee\",Lay\nBob,Lay,x\n", COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, 4, 3,
     "more cells than the header has", "x"},
    {"name,category\n\"Dr \x1b[31mRed\",GP\n", COCOMM_ERR_PARSE, COCOMM_FIELD_NAME, 2, 1,
     "a control character in a name", "Dr \xEF\xBF\xBD[31mRed"},
    {"who,category\n", COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 1,
     "no name column in the header: head one column Name (or Member name, Full name)", ""},
    {"name,kind\n", COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 1,
     "no member-type column in the header: head one column Member type (or Category, Type)", ""},
    {"name,name,category\n", COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 2,
     "a second column for the same thing: another header means the same", "name"},
    {"name,Role,category\n", COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 2,
     "ambiguous: it could be the member type (lay, GP, executive) or the office (chair, vice-chair); "
     "name the column \"Member type\" or \"Position\"", "Role"},
    {"name,position,category,chair\n", COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 4,
     "a Chair column and a Position column both say who chairs: keep one", "chair"},
    {"name,position,category\nAnn\n", COCOMM_ERR_PARSE, COCOMM_FIELD_CATEGORY, 2, 3,
     "no member type: the row ends before this column", ""},
    {"name,category\nAnn,\"Lay\n", COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, 2, 2, "a quoted field is never closed", NULL},
    {"name,category,tags\nAnn,Lay,CFO; Chief Wizard\n", COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, 2, 3,
     "not an office, nor a tag the terms of reference name", "Chief Wizard"},
    {"\xEF\xBB\xBFname,category\nAnn,Lay\n\xff,Lay\n", COCOMM_ERR_PARSE, COCOMM_FIELD_TEXT, 3, 1,
     "not valid UTF-8, though the file starts with UTF-8's byte-order mark", "\xEF\xBF\xBD,Lay\xEF\xBF\xBD"},
    {"\xFF\xFEn\0a\0m\0e\0,\0c\0\0\xD8", COCOMM_ERR_PARSE, COCOMM_FIELD_HEADER, 1, 2,
     "not valid UTF-16: a lone surrogate or an odd byte", "c"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    setup();
    RO.count = 777;
    RO.text_needed = 555;
    stale();
    const size_t len = rows[i].csv[0] == '\xFF' ? 17 : strlen(rows[i].csv); /* UTF-16 holds NULs */
    int32_t st = cocomm_roster_parse(rows[i].csv, len, 0, &RO, &E);
    ASSERT_STATUS(st, rows[i].status);
    CU_ASSERT_TRUE(error_at(&E, rows[i].status, rows[i].field, rows[i].line, rows[i].column));
    if (rows[i].message) CU_ASSERT_STRING_EQUAL(E.message, rows[i].message);
    /* A value's error says which spellings would do. */
    if (!rows[i].message) CU_ASSERT_PTR_NOT_NULL(strstr(E.message, ": write "));
    if (rows[i].text) CU_ASSERT_STRING_EQUAL(E.text, rows[i].text);
    CU_ASSERT_EQUAL(RO.count, 777); /* written only on OK or BUFFER_TOO_SMALL */
    CU_ASSERT_EQUAL(RO.text_needed, 555);
  }
}

static const test_case cases[] = {
  TEST(init_macro_equals_init_function),
  TEST(every_field_has_its_own_name),
  TEST(too_small_is_refused_and_not_written),
  TEST(first_and_larger_layouts_are_filled),
  TEST(success_clears_a_stale_error),
  TEST(buffer_too_small_is_recorded),
  TEST(committee_fields),
  TEST(findings_fields),
  TEST(decision_fields),
  TEST(coi_fields),
  TEST(ccg_and_eligibility_fields),
  TEST(change_pooled_and_eoi_fields),
  TEST(edition_fields),
  TEST(roster_fields),
};
RUN_TESTS("error", cases)
