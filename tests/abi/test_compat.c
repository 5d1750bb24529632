/* SPDX-License-Identifier: MIT */
/* Callers built against an older (smaller) or a newer (larger) layout of a
 * growable struct keep working: the library reads struct_size first and
 * never touches a byte past it. The caller's struct is laid in a buffer
 * of guard bytes so that any stray write shows. In 2.0 each *_SIZE_V1 is
 * the whole current layout: a caller below it is refused, one at it or
 * above it is served. */
#include <stdint.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "../harness.h"

#define GUARD 0xEE

typedef struct {
  _Alignas(8) unsigned char bytes[2048]; /* room for a cocomm_terms and a future tail */
} arena;

static uint32_t u32_at(const arena *a, size_t off) {
  uint32_t v;
  memcpy(&v, a->bytes + off, sizeof v);
  return v;
}

static int guards_intact(const arena *a, size_t from) {
  for (size_t i = from; i < sizeof a->bytes; i++)
    if (a->bytes[i] != GUARD) return 0;
  return 1;
}

static void older_caller_with_first_layout(void) {
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = COCOMM_VERSION_INFO_SIZE_V1;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_OK);
  CU_ASSERT_EQUAL(u32_at(&a, 0), COCOMM_VERSION_INFO_SIZE_V1);
  CU_ASSERT_EQUAL(u32_at(&a, 4), COCOMM_VERSION_MAJOR);
  CU_ASSERT_EQUAL(u32_at(&a, 8), COCOMM_VERSION_MINOR);
  CU_ASSERT_EQUAL(u32_at(&a, 12), COCOMM_VERSION_PATCH);
  CU_ASSERT_TRUE(guards_intact(&a, COCOMM_VERSION_INFO_SIZE_V1));
}

static void caller_between_layouts(void) {
  /* Covers soversion but not the rest: only that much is written. */
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = 20;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_OK);
  CU_ASSERT_EQUAL(u32_at(&a, 16), COCOMM_SOVERSION);
  CU_ASSERT_TRUE(guards_intact(&a, 20));
}

static void newer_caller_with_larger_layout(void) {
  /* A caller built against a future header passes a bigger struct: the
   * library fills what it knows, clears the tail it does not know (as for
   * every struct it writes: a newer field reads 0, "not filled"), and
   * writes nothing past struct_size. */
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = (uint32_t)sizeof(cocomm_version_info) + 16;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_OK);
  CU_ASSERT_EQUAL(u32_at(&a, 16), COCOMM_SOVERSION);
  for (size_t i = sizeof(cocomm_version_info); i < size; i++) CU_ASSERT_EQUAL(a.bytes[i], 0);
  CU_ASSERT_TRUE(guards_intact(&a, size));
}

static void caller_below_first_layout_is_refused(void) {
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = COCOMM_VERSION_INFO_SIZE_V1 - 4;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_ERR_STRUCT_SIZE);
  CU_ASSERT_TRUE(guards_intact(&a, sizeof size));
}


/* ---- the structs 2.0 grew: committee, terms, member, decision, result, roster ---- */

/* A small joint committee: a lay chair, an NHS England director who
 * votes, an executive and a GP. */
static cocomm_member M[4];

static void four_members(void) {
  static const char *const names[4] = {"Ann Lay", "Hal NHS England", "Dan Exec", "Dr Fay GP"};
  static const int32_t cats[4] = {COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_NHS_ENGLAND, COCOMM_CATEGORY_EXECUTIVE,
                                  COCOMM_CATEGORY_CLINICAL};
  for (int i = 0; i < 4; i++) {
    cocomm_member_init(&M[i]);
    M[i].name = names[i];
    M[i].category = cats[i];
  }
  M[0].position = COCOMM_POSITION_CHAIR;
}

/* The committee laid at the start of a, with struct_size size; the
 * bytes from sizeof(cocomm_committee) to size are a newer caller's fields
 * the library does not know (nonzero). */
static cocomm_committee *committee_in(arena *a, uint32_t size, const cocomm_terms *terms) {
  memset(a->bytes, GUARD, sizeof a->bytes);
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = COCOMM_COMMITTEE_JOINT;
  c.members = M;
  c.member_count = 4;
  c.terms = terms;
  c.struct_size = size;
  memcpy(a->bytes, &c, sizeof c < size ? sizeof c : size);
  return (cocomm_committee *)(void *)a->bytes;
}

static void committee_at_v1_below_and_above(void) {
  four_members();
  arena a;
  cocomm_error err = COCOMM_ERROR_INIT;
  CU_ASSERT_EQUAL(COCOMM_COMMITTEE_SIZE_V2, sizeof(cocomm_committee));
  ASSERT_STATUS(cocomm_committee_check(committee_in(&a, COCOMM_COMMITTEE_SIZE_V1, NULL), &err), COCOMM_OK);
  /* A 2.0 caller's committee ends before as_at: the guard bytes there are
   * not read as a date (they would be 0xA5A5...: an error if read). */
  CU_ASSERT_TRUE(guards_intact(&a, COCOMM_COMMITTEE_SIZE_V1));
  ASSERT_STATUS(cocomm_committee_check(committee_in(&a, COCOMM_COMMITTEE_SIZE_V1 - 4, NULL), &err),
                COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  /* A newer caller's larger committee: its tail is not read (it is not 0). */
  cocomm_finding f[32];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_committee *c = committee_in(&a, (uint32_t)sizeof(cocomm_committee) + 16, NULL);
  ASSERT_STATUS(cocomm_committee_assess(c, &fs, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  CU_ASSERT_EQUAL(fs.errors, 0);
  CU_ASSERT_TRUE(guards_intact(&a, sizeof(cocomm_committee))); /* read, never written */
}

/* Terms below their first layout are refused through the committee that
 * points at them (field terms); a newer caller's larger terms are read
 * through their known fields. */
static void terms_below_and_above(void) {
  four_members();
  arena a, t;
  cocomm_error err = COCOMM_ERROR_INIT;
  memset(t.bytes, GUARD, sizeof t.bytes);
  cocomm_terms terms;
  cocomm_terms_init(&terms);
  CU_ASSERT_EQUAL(COCOMM_TERMS_SIZE_V1, sizeof(cocomm_terms));
  terms.casting_vote = 1;
  terms.struct_size = COCOMM_TERMS_SIZE_V1 - 4;
  memcpy(t.bytes, &terms, sizeof terms);
  const cocomm_terms *tp = (const cocomm_terms *)(const void *)t.bytes;
  ASSERT_STATUS(cocomm_committee_check(committee_in(&a, sizeof(cocomm_committee), tp), &err),
                COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS);
  terms.struct_size = (uint32_t)sizeof(cocomm_terms) + 16; /* the guard bytes after it are its tail */
  memcpy(t.bytes, &terms, sizeof terms);
  const arena t_before = t;
  cocomm_committee *c = committee_in(&a, sizeof(cocomm_committee), tp);
  ASSERT_STATUS(cocomm_committee_check(c, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  /* And it is read: its casting vote decides a tie. */
  uint8_t present[4] = {1, 1, 1, 1};
  int32_t votes[4] = {COCOMM_VOTE_FOR, COCOMM_VOTE_AGAINST, COCOMM_VOTE_FOR, COCOMM_VOTE_AGAINST};
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.votes = votes;
  d.casting = COCOMM_VOTE_FOR;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  ASSERT_STATUS(cocomm_decision_assess(c, &d, &r, NULL, NULL, &err), COCOMM_OK);
  CU_ASSERT_EQUAL(r.outcome, COCOMM_OUTCOME_CARRIED_CASTING);
  CU_ASSERT_EQUAL(r.casting_by, 0);
  CU_ASSERT_EQUAL(memcmp(&t, &t_before, sizeof t), 0); /* terms are read, never written */
}

/* Members below their first layout are refused; at a larger stride
 * (a newer caller's member) they are read at that stride. */
static void member_size_below_and_above(void) {
  four_members();
  CU_ASSERT_EQUAL(COCOMM_MEMBER_SIZE_V1, sizeof(cocomm_member));
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = M;
  c.member_count = 4;
  c.member_size = COCOMM_MEMBER_SIZE_V1 - 4;
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_check(&c, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  struct wide {
    cocomm_member m;
    uint32_t future[6];
  } w[4];
  memset(w, GUARD, sizeof w);
  for (int i = 0; i < 4; i++) w[i].m = M[i];
  w[3].m.voting = 0; /* something only a correct stride reads */
  c.members = &w[0].m;
  c.member_size = sizeof w[0];
  c.kind = COCOMM_COMMITTEE_JOINT;
  uint8_t present[4] = {1, 1, 1, 1}, roles[4];
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  ASSERT_STATUS(cocomm_decision_assess(&c, &d, &r, roles, NULL, &err), COCOMM_OK);
  CU_ASSERT_EQUAL(r.eligible, 3);
  CU_ASSERT_EQUAL(roles[3] & COCOMM_ITEM_MAY_VOTE, 0);
  CU_ASSERT_NOT_EQUAL(roles[2] & COCOMM_ITEM_MAY_VOTE, 0);
}

/* The decision (read) and its result (written) at V1, below it, and
 * larger: the result's unknown tail is cleared and nothing past its
 * struct_size is written. */
static void decision_and_result_below_and_above(void) {
  four_members();
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = COCOMM_COMMITTEE_JOINT;
  c.members = M;
  c.member_count = 4;
  uint8_t present[4] = {1, 1, 1, 1};
  cocomm_error err = COCOMM_ERROR_INIT;
  CU_ASSERT_EQUAL(COCOMM_DECISION_SIZE_V1, sizeof(cocomm_decision));
  CU_ASSERT_EQUAL(COCOMM_DECISION_RESULT_SIZE_V1, sizeof(cocomm_decision_result));
  arena da, ra;
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.struct_size = COCOMM_DECISION_SIZE_V1 - 4;
  memset(da.bytes, GUARD, sizeof da.bytes);
  memcpy(da.bytes, &d, sizeof d);
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  ASSERT_STATUS(cocomm_decision_assess(&c, (cocomm_decision *)(void *)da.bytes, &r, NULL, NULL, &err),
                COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  /* A newer caller's decision: a tail of guard bytes it does not read. */
  d.struct_size = (uint32_t)sizeof d + 16;
  memcpy(da.bytes, &d, sizeof d);
  const uint32_t sizes[] = {COCOMM_DECISION_RESULT_SIZE_V1 - 4, COCOMM_DECISION_RESULT_SIZE_V1,
                            (uint32_t)sizeof(cocomm_decision_result) + 12};
  for (size_t k = 0; k < 3; k++) {
    memset(ra.bytes, GUARD, sizeof ra.bytes);
    memcpy(ra.bytes, &sizes[k], sizeof sizes[k]);
    int32_t st = cocomm_decision_assess(&c, (cocomm_decision *)(void *)da.bytes,
                                        (cocomm_decision_result *)(void *)ra.bytes, NULL, NULL, &err);
    if (k == 0) {
      ASSERT_STATUS(st, COCOMM_ERR_STRUCT_SIZE);
      ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_RESULT);
      CU_ASSERT_TRUE(guards_intact(&ra, sizeof sizes[k]));
      continue;
    }
    ASSERT_STATUS(st, COCOMM_OK);
    cocomm_decision_result got;
    memcpy(&got, ra.bytes, sizeof got);
    CU_ASSERT_EQUAL(got.struct_size, sizes[k]);
    CU_ASSERT_EQUAL(got.can_decide, 1);
    CU_ASSERT_EQUAL(got.presiding, 0);
    CU_ASSERT_EQUAL(got.presided, COCOMM_PRESIDED_CHAIR);
    CU_ASSERT_EQUAL(got.casting_by, -1);
    CU_ASSERT_EQUAL(got.counted, 4);
    CU_ASSERT_EQUAL(got.reserved0, 0);
    for (size_t i = sizeof got; i < sizes[k]; i++) CU_ASSERT_EQUAL(ra.bytes[i], 0);
    CU_ASSERT_TRUE(guards_intact(&ra, sizes[k]));
  }
}

/* The roster at V1, below it, at V2 and larger: its outputs (count,
 * text_needed; from V2 the encoding and the header) are written, nothing
 * past struct_size; a V1 caller's text holds no header. */
static void roster_below_and_above(void) {
  static const char csv[] = "name,category\nAnn Lay,Lay\nKen LMC,LMC\n";
  cocomm_member m[4];
  char text[64];
  cocomm_roster r;
  cocomm_roster_init(&r, m, 4, text, sizeof text);
  CU_ASSERT_EQUAL(COCOMM_ROSTER_SIZE_V2, sizeof(cocomm_roster));
  arena a;
  cocomm_error err = COCOMM_ERROR_INIT;
  const uint32_t sizes[] = {COCOMM_ROSTER_SIZE_V1 - 4, COCOMM_ROSTER_SIZE_V1, COCOMM_ROSTER_SIZE_V2,
                            (uint32_t)sizeof r + 24};
  for (size_t k = 0; k < 4; k++) {
    memset(a.bytes, GUARD, sizeof a.bytes);
    const size_t caller = sizes[k] < sizeof r ? sizes[k] : sizeof r; /* what the caller's struct has */
    memcpy(a.bytes, &r, caller);
    memcpy(a.bytes, &sizes[k], sizeof sizes[k]);
    int32_t st = cocomm_roster_parse(csv, sizeof csv - 1, 0, (cocomm_roster *)(void *)a.bytes, &err);
    cocomm_roster got;
    memcpy(&got, a.bytes, sizeof got);
    if (k == 0) {
      ASSERT_STATUS(st, COCOMM_ERR_STRUCT_SIZE);
      ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
      CU_ASSERT_EQUAL(got.count, 0);
      continue;
    }
    ASSERT_STATUS(st, COCOMM_OK);
    CU_ASSERT_EQUAL(got.count, 2);
    const int v2 = sizes[k] >= COCOMM_ROSTER_SIZE_V2;
    CU_ASSERT_EQUAL(got.text_needed, (v2 ? sizeof "name" + sizeof "category" : 0) + sizeof "Ann Lay" + sizeof "Ken LMC");
    CU_ASSERT_EQUAL(m[1].voting, 0);
    if (v2) {
      CU_ASSERT_EQUAL(got.encoding, COCOMM_ENCODING_UTF8);
      CU_ASSERT_EQUAL(got.delimiter, ',');
      CU_ASSERT_STRING_EQUAL(got.header, "name");
    }
    CU_ASSERT_TRUE(guards_intact(&a, caller)); /* nothing past the caller's struct is written */
  }
}

static const test_case cases[] = {
  TEST(older_caller_with_first_layout),
  TEST(caller_between_layouts),
  TEST(newer_caller_with_larger_layout),
  TEST(caller_below_first_layout_is_refused),
  TEST(committee_at_v1_below_and_above),
  TEST(terms_below_and_above),
  TEST(member_size_below_and_above),
  TEST(decision_and_result_below_and_above),
  TEST(roster_below_and_above),
};
RUN_TESTS("compat", cases)
