/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "committee_fixture.h"

static fixture X;

static void realistic_delegated_committee_is_clean(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(X.n, 0);
}

/* C-1: a delegated committee is chaired by a lay member. */
static void C1_lay_chair(void) {
  static const spec s[] = {{"Dr Chair", CLIN, V, CHAIR}, {"L1", LAY, V, 0}, {"L2", LAY, V, 0},
                           {"E1", EXEC, V, 0}, {"HW", HW, NV, 0}, {"HWB", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-1", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(first_of(&X, "C-1")->subject, 0);
  CU_ASSERT_STRING_EQUAL(first_of(&X, "C-1")->source, "002 §4.4.2, §6.2");
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-1")->message, "Dr Chair"));
  X.m[0].category = LAY;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-1", 0), 0);
}

/* C-2: lay and executive members are strictly more than half of the voting
 * members. 7 voting with 4 lay or executive is a majority; 8 with 4 is not. */
static void C2_majority_boundary(void) {
  static const spec seven[] = {{"L1", LAY, V, CHAIR}, {"L2", LAY, V, 0}, {"E1", EXEC, V, 0},
                               {"E2", EXEC, V, 0}, {"G1", CLIN, V, 0}, {"G2", CLIN, V, 0},
                               {"G3", CLIN, V, 0}, {"HW", HW, NV, 0}, {"HWB", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, seven);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", 0), 0);
  static const spec eight[] = {{"L1", LAY, V, CHAIR}, {"L2", LAY, V, 0}, {"E1", EXEC, V, 0},
                               {"E2", EXEC, V, 0}, {"G1", CLIN, V, 0}, {"G2", CLIN, V, 0},
                               {"G3", CLIN, V, 0}, {"G4", CLIN, V, 0}, {"HW", HW, NV, 0},
                               {"HWB", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, eight);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-2")->message, "4 of 8"));
  /* A voting NHS England officer counts with the executives. */
  X.m[7].category = NHSE;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", 0), 0);
  /* Observers never count, even when wrongly marked voting. */
  X.m[7].category = CLIN;
  X.m[8].voting = V;
  X.m[9].voting = V;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-2")->message, "4 of 8"));
}

/* C-3: a Healthwatch or HWB member marked voting is an error naming them. */
static void C3_observer_marked_voting(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X);
  X.m[8].voting = V;
  X.m[9].voting = V;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-3", COCOMM_SEVERITY_ERROR), 2);
  CU_ASSERT_EQUAL(first_of(&X, "C-3")->subject, 8);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-3")->message, "Ivy Healthwatch"));
  /* A joint committee too: C-3 is a must for both. */
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-3", COCOMM_SEVERITY_ERROR), 2);
}

/* C-4: no Healthwatch or HWB member is information, not a fault. */
static void C4_absent_observers_are_information(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X);
  X.c.member_count = 8; /* drop Healthwatch, HWB, LMC */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-4", COCOMM_SEVERITY_INFO), 2);
  CU_ASSERT_EQUAL(count_of(&X, "C-4", 0), 2);
  CU_ASSERT_EQUAL(errors(&X), 0);
}

/* C-5: no clinical member of a joint committee is a warning;
 * C-6: likewise for a delegated committee. */
static void C5_C6_clinical_members(void) {
  static const spec s[] = {{"L1", LAY, V, CHAIR}, {"E1", EXEC, V, 0}, {"NE", NHSE, V, 0},
                           {"HW", HW, NV, 0}, {"HWB", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-5", COCOMM_SEVERITY_WARNING), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-6", 0), 0);
  X.c.kind = COCOMM_COMMITTEE_DELEGATED;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-6", COCOMM_SEVERITY_WARNING), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-5", 0), 0);
  CU_ASSERT_EQUAL(errors(&X), 0);
}

/* C-7: a joint committee has NHS England and CCG members. */
static void C7_joint_committee_has_both_sides(void) {
  static const spec no_nhse[] = {{"L1", LAY, V, CHAIR}, {"E1", EXEC, V, 0}, {"G1", CLIN, V, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, no_nhse);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-7")->message, "NHS England"));
  static const spec no_ccg[] = {{"N1", NHSE, V, CHAIR}, {"N2", NHSE, V, 0}, {"HW", HW, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, no_ccg);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", COCOMM_SEVERITY_ERROR), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_CCG_MEMBER, "C-7", COCOMM_SEVERITY_ERROR,
              "no voting member of a CCG: a joint committee is formed by NHS England and one or more CCGs");
  /* A delegated committee need not have NHS England. */
  X.c.kind = COCOMM_COMMITTEE_DELEGATED;
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, no_nhse);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", 0), 0);
}

/* C-8: for a joint committee C-1 and C-2 are warnings, cited as C-8. */
static void C8_joint_lay_rules_are_warnings(void) {
  static const spec s[] = {{"Dr Chair", CLIN, V, CHAIR}, {"G2", CLIN, V, 0}, {"G3", CLIN, V, 0},
                           {"NE", NHSE, V, 0}, {"E1", EXEC, V, 0}, {"HW", HW, NV, 0}, {"HWB", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-8", COCOMM_SEVERITY_WARNING), 2); /* chair; 2 of 5 */
  CU_ASSERT_EQUAL(count_of(&X, "C-1", 0), 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", 0), 0);
  CU_ASSERT_EQUAL(errors(&X), 0);
  CU_ASSERT_STRING_EQUAL(first_of(&X, "C-8")->source, "002 §6.2");
  X.c.kind = COCOMM_COMMITTEE_DELEGATED;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-1", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", COCOMM_SEVERITY_ERROR), 1);
}

/* C-9: a greater-involvement forum is checked for well-formedness only. */
static void C9_greater_involvement_forum(void) {
  static const spec s[] = {{"Dr Chair", CLIN, V, CHAIR}, {"G2", CLIN, V, 0}};
  BUILD(&X, COCOMM_COMMITTEE_GREATER_INVOLVEMENT, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(X.n, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-9", COCOMM_SEVERITY_INFO), 1);
  X.m[0].position = MEMBER; /* but C-10 still applies */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_ERROR), 1);
}

/* C-10: exactly one chair, who votes; at most one vice-chair; no member
 * twice; at least one voting member. */
static void C10_well_formedness(void) {
  static const spec two_chairs[] = {{"L1", LAY, V, CHAIR}, {"L2", LAY, V, CHAIR}, {"E", EXEC, V, VICE},
                                    {"E2", EXEC, V, VICE}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, two_chairs);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_ERROR), 2);
  CU_ASSERT_EQUAL(X.f[0].subject, 1); /* stable order: the second chair first */
  CU_ASSERT_PTR_NOT_NULL(strstr(X.f[0].message, "second chair"));
  CU_ASSERT_PTR_NOT_NULL(strstr(X.f[1].message, "second vice-chair"));
  static const spec mute_chair[] = {{"L1", LAY, NV, CHAIR}, {"L2", LAY, V, 0}, {"E", EXEC, V, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, mute_chair);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-10")->message, "not a voting member"));
  static const spec nobody[] = {{"HW", HW, NV, 0}, {"O", OTHER, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, nobody);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_ERROR), 2); /* no chair, no voting member */
  static const spec twice[] = {{"Ann Lay", LAY, V, CHAIR}, {"E", EXEC, V, 0},
                               {"  ann   LAY ", LAY, V, 0}, {"Ann Lay", LAY, V, 0}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, twice);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_ERROR), 2);
  CU_ASSERT_EQUAL(first_of(&X, "C-10")->subject, 2);
  /* Same name, different body: two people. */
  X.m[2].body = "NHS Blackpool CCG";
  X.m[3].body = "NHS Fylde and Wyre CCG";
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", 0), 0);
  static const spec empty[1] = {{"x", LAY, V, CHAIR}};
  build(&X, COCOMM_COMMITTEE_JOINT, empty, 0);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_ERROR), 2);
}

/* C-10 in a large committee, where duplicates are found by a radix sort
 * of the names' hashes: exactly the later of each repeated name, named
 * however its case and blanks differ, and no one else. */
static void C10_listed_twice_in_a_large_committee(void) {
  enum { N = 1000, FIRST_REPEAT = 900 };
  static cocomm_member m[N];
  static char names[N][32];
  for (uint32_t i = 0; i < N; i++) {
    const uint32_t who = i < FIRST_REPEAT ? i : (i - FIRST_REPEAT) * 9; /* a repeat names an earlier member */
    snprintf(names[i], sizeof names[i], i < FIRST_REPEAT ? "Member %u" : " MEMBER  %u ", (unsigned)who);
    cocomm_member_init(&m[i]);
    m[i].name = names[i];
    m[i].category = i % 2 ? COCOMM_CATEGORY_LAY : COCOMM_CATEGORY_EXECUTIVE;
  }
  m[1].position = COCOMM_POSITION_CHAIR;
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = COCOMM_COMMITTEE_DELEGATED;
  c.members = m;
  c.member_count = N;
  static cocomm_finding all[256];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(all);
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
  uint32_t twice = 0, in_order = 1;
  int32_t last = -1;
  for (uint32_t k = 0; k < fs.count; k++) {
    if (all[k].message != COCOMM_MSG_LISTED_TWICE) continue;
    CU_ASSERT_EQUAL(all[k].rule, COCOMM_RULE_C_10);
    CU_ASSERT(all[k].subject >= FIRST_REPEAT);
    in_order &= all[k].subject > last;
    last = all[k].subject;
    twice++;
  }
  CU_ASSERT_EQUAL(twice, N - FIRST_REPEAT);
  CU_ASSERT(in_order);
  /* one more repeat, of a repeat: the third listing is flagged too */
  snprintf(names[FIRST_REPEAT - 1], sizeof names[0], "member 9");
  fs = (cocomm_findings)COCOMM_FINDINGS_INIT(all);
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
  twice = 0;
  for (uint32_t k = 0; k < fs.count; k++) twice += all[k].message == COCOMM_MSG_LISTED_TWICE;
  CU_ASSERT_EQUAL(twice, N - FIRST_REPEAT + 1);
}

/* C-11: a committee in common is validated on its own: no C-7. */
static void C11_committee_in_common(void) {
  static const spec s[] = {{"L1", LAY, V, CHAIR}, {"E1", EXEC, V, 0}, {"G1", CLIN, V, 0},
                           {"HW", HW, NV, 0}, {"HWB", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_IN_COMMON, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-11", COCOMM_SEVERITY_INFO), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", 0), 0);
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", 0), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-11", 0), 0);
}

/* C-12: with no Healthwatch, HWB or LMC member the full range of
 * stakeholders cannot contribute: a warning. */
static void C12_stakeholders(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X);
  X.c.member_count = 8;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-12", COCOMM_SEVERITY_WARNING), 1);
  X.c.member_count = 11; /* with the LMC, Healthwatch and HWB back */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-12", 0), 0);
}

/* C-13: the quorum is the committee's own terms of reference, and each of
 * the published forms the rule quotes can be written as clauses; one the
 * membership can never meet is a warning. */
static void C13_quorum_examples(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", COCOMM_SEVERITY_INFO), 1); /* none set */
  ASSERT_SAYS(&X, COCOMM_MSG_NO_QUORUM_SET, "C-13", COCOMM_SEVERITY_INFO,
              "no quorum set: the committee's terms of reference must set one");
  /* The offices the forms name. */
  X.m[3].tags = COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER);
  X.m[4].tags = COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER);
  X.m[5].tags = COCOMM_TAG_BIT(COCOMM_OFFICE_GP);
  X.m[6].tags = COCOMM_TAG_BIT(COCOMM_OFFICE_GP) | COCOMM_TAG_BIT(COCOMM_OFFICE_SECONDARY_CARE_DOCTOR);
  const uint32_t chiefs = COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER) |
                          COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER);
  const uint32_t lay_like = COCOMM_TAG_BIT(COCOMM_OFFICE_LAY_PERSON) | COCOMM_TAG_BIT(COCOMM_OFFICE_REGISTERED_NURSE) |
                            COCOMM_TAG_BIT(COCOMM_OFFICE_SECONDARY_CARE_DOCTOR);
  /* (a) "at least 3 members, including a lay member and one of the chief
   * officer, the chief finance officer or the chief of service delivery" */
  QUORUM(&X, clause(3, 0, 0), clause(1, CAT(LAY), 0),
         (cocomm_clause){1, 0, chiefs | COCOMM_TAG_BIT(COCOMM_OFFICE_DIRECTOR_OF_COMMISSIONING), 0,
                         COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY});
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
  /* (b) "at least 3 non-executive members, one GP, the chief officers, and
   * any two non-voting members" */
  QUORUM(&X, clause(3, CAT(LAY) | CAT(CLIN), 0),
         (cocomm_clause){1, 0, COCOMM_TAG_BIT(COCOMM_OFFICE_GP), 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY},
         (cocomm_clause){COCOMM_CLAUSE_ALL, 0, chiefs, 0, COCOMM_COUNT_ANY, COCOMM_CLAUSE_ANY_BODY},
         (cocomm_clause){2, 0, 0, 0, COCOMM_COUNT_NON_VOTING, COCOMM_CLAUSE_ANY_BODY});
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
  /* (c) "1 lay member, 1 GP and 1 executive" */
  QUORUM(&X, clause(1, CAT(LAY), 0), clause(1, CAT(CLIN), 0), clause(1, CAT(EXEC), 0));
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
  /* (d) "four members: the chief officer or chief finance officer, and two
   * of {lay member, lay person, registered nurse, secondary care
   * consultant}, one of them the chair or vice-chair" */
  QUORUM(&X, clause(4, 0, 0),
         (cocomm_clause){1, 0, chiefs, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY},
         (cocomm_clause){2, CAT(LAY), lay_like, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY},
         (cocomm_clause){1, CAT(LAY), lay_like, CHAIR_OR_VICE, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY});
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
  /* 1.0's example: 4 voting including 2 lay, one of them chairing. */
  delegated_quorum(&X);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
  QUORUM(&X, clause(8, 0, 0), clause(4, CAT(LAY), 0)); /* 7 voting, 3 lay */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", COCOMM_SEVERITY_WARNING), 2);
  /* A clause that cannot be right: refused, naming the clause. */
  X.t.quorum[1].min = -2;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 1, COCOMM_FIELD_CLAUSE);
}

/* C-13 at its boundary: a quorum clause the list meets exactly is no
 * finding, one more is QUORUM_NEVER_MET; the same for the membership the
 * terms require (MEMBERSHIP_SHORT). 1.0 had neither. */
static void C13_quorum_never_met_and_membership_short(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  QUORUM(&X, clause(7, 0, 0), clause(3, CAT(LAY), 0)); /* exactly the 7 voting, 3 lay listed */
  MEMBERSHIP(&X, clause(2, CAT(CLIN), 0),
             (cocomm_clause){4, 0, 0, 0, COCOMM_COUNT_NON_VOTING, COCOMM_CLAUSE_ANY_BODY});
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
  CU_ASSERT_EQUAL(X.n, 0);
  X.t.quorum[0].min = 8;
  X.t.quorum[1].min = 4;
  X.t.membership[0].min = 3;
  X.t.membership[1].min = 5;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", COCOMM_SEVERITY_WARNING), 4);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_QUORUM_NEVER_MET), 2);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_MEMBERSHIP_SHORT), 2);
  ASSERT_SAYS(&X, COCOMM_MSG_QUORUM_NEVER_MET, "C-13", COCOMM_SEVERITY_WARNING,
              "quorum can never be met: it needs at least 8 voting members (8), and the committee lists 7");
  ASSERT_SAYS(&X, COCOMM_MSG_MEMBERSHIP_SHORT, "C-13", COCOMM_SEVERITY_WARNING,
              "membership falls short of the terms of reference: they require at least 3 voting members of "
              "clinical (3), and the committee lists 2");
  /* In order: the quorum's clauses, then the membership's, each naming its clause. */
  uint32_t k = 0;
  for (uint32_t i = 0; i < X.n; i++) {
    if (X.raw[i].message != COCOMM_MSG_QUORUM_NEVER_MET && X.raw[i].message != COCOMM_MSG_MEMBERSHIP_SHORT) continue;
    static const int32_t clause_of[4] = {0, 1, 100, 101};
    CU_ASSERT_EQUAL(X.raw[i].values[0], clause_of[k]);
    k++;
  }
  CU_ASSERT_EQUAL(k, 4);
  CU_ASSERT_STRING_EQUAL(X.f[1].message, "quorum can never be met: it needs at least 4 voting members of lay (4), "
                                         "and the committee lists 3");
  CU_ASSERT_STRING_EQUAL(X.f[3].message, "membership falls short of the terms of reference: they require at least "
                                         "5 non-voting members (5), and the committee lists 4");
  /* Each body: a joint committee of two CCGs must list a voting member of
   * NHS England and of each CCG. */
  static const char *const codes[2] = {"00R", "02M"};
  static const spec joint[] = {{"Ann Lay", LAY, V, CHAIR}, {"Hal NHS England", NHSE, V, MEMBER},
                               {"Dr Fay GP", CLIN, V, MEMBER}, {"Ivy Healthwatch", HW, NV, MEMBER}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, joint);
  X.c.ccg_codes = codes;
  X.c.ccg_count = 2;
  X.m[0].body_kind = X.m[2].body_kind = COCOMM_BODY_CCG; /* both of the first CCG */
  QUORUM(&X, clause(2, 0, 0));
  MEMBERSHIP(&X, (cocomm_clause){1, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_EACH_BODY});
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_MEMBERSHIP_SHORT), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_MEMBERSHIP_SHORT, "C-13", COCOMM_SEVERITY_WARNING,
              "membership falls short of the terms of reference: they require at least 1 voting member from each "
              "body (1), and the committee lists 0");
  X.m[2].body_ccg = 1; /* the GP is of the second CCG: every body has one */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_MEMBERSHIP_SHORT), 0);
}

/* C-5 (revision 2): clinical leadership of a joint committee needs a
 * voting clinical member; C-6: clinical involvement in a delegated one is
 * a clinical member, voting or not. 1.0 counted any clinician for both. */
static void C5_C6_voting_and_non_voting_clinicians(void) {
  static const spec s[] = {{"Ann Lay", LAY, V, CHAIR}, {"Dan Exec", EXEC, V, 0}, {"Hal NHS England", NHSE, V, 0},
                           {"Dr Fay GP", CLIN, NV, 0}, {"Ivy Healthwatch", HW, NV, 0}, {"Jo Council", HWB, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-5", COCOMM_SEVERITY_WARNING), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_CLINICAL_LEADERSHIP, "C-5", COCOMM_SEVERITY_WARNING,
              "no voting clinical member: clinical leadership should be retained");
  X.m[3].voting = V;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-5", 0), 0);
  /* Delegated: the non-voting GP retains involvement. */
  X.m[3].voting = NV;
  X.c.kind = COCOMM_COMMITTEE_DELEGATED;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-6", 0), 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-5", 0), 0);
  X.c.member_count = 3; /* no clinician at all */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_CLINICAL_INVOLVEMENT, "C-6", COCOMM_SEVERITY_WARNING,
              "no clinical member, voting or not: clinical involvement should be retained");
}

/* C-7 (revision 2): a joint committee has voting members of both bodies;
 * a non-voting NHS England officer does not make it joint. The body is the
 * member's body_kind: a clinician of NHS England counts for NHS England. */
static void C7_voting_members_of_both_bodies(void) {
  static const spec s[] = {{"Ann Lay", LAY, V, CHAIR}, {"Dan Exec", EXEC, V, 0}, {"Dr Fay GP", CLIN, V, 0},
                           {"Hal NHS England", NHSE, NV, 0}};
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", COCOMM_SEVERITY_ERROR), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_NHS_ENGLAND_MEMBER, "C-7", COCOMM_SEVERITY_ERROR,
              "no voting member of NHS England: a joint committee is formed by NHS England and one or more CCGs");
  X.m[3].voting = V;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", 0), 0);
  /* NHS England's medical director, a clinician, votes for NHS England. */
  X.m[3].voting = NV;
  X.m[2].body_kind = COCOMM_BODY_NHS_ENGLAND;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-7", 0), 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-5", 0), 0); /* and is still the clinical leadership */
  /* An NHS England officer said to belong to neither body counts for neither. */
  X.m[2].body_kind = COCOMM_BODY_UNSTATED;
  X.m[3].voting = V;
  X.m[3].body_kind = COCOMM_BODY_OTHER;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NO_NHS_ENGLAND_MEMBER), 1);
  /* No voting member of a CCG: every CCG-side member is a non-voting one. */
  X.m[3].body_kind = COCOMM_BODY_UNSTATED;
  X.m[0].body_kind = X.m[1].body_kind = COCOMM_BODY_NHS_ENGLAND;
  X.m[2].voting = NV;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NO_CCG_MEMBER), 1);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NO_NHS_ENGLAND_MEMBER), 0);
}

static void bad_input_is_refused_without_findings(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  cocomm_error err = COCOMM_ERROR_INIT;
  err.index = 99; /* a stale story: a success clears it */
  err.field = COCOMM_FIELD_NAME;
  ASSERT_STATUS(cocomm_committee_check(&X.c, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  X.n = 777;
  cocomm_findings *fs = findings_of(&X);
  fs->errors = fs->warnings = fs->information = 5;
  ASSERT_STATUS(cocomm_committee_assess(NULL, fs, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(fs->count, 777); /* nothing written */
  CU_ASSERT_EQUAL(fs->errors, 5);
  CU_ASSERT_EQUAL(fs->warnings, 5);
  CU_ASSERT_EQUAL(fs->information, 5);
  ASSERT_STATUS(settle(&X, cocomm_committee_assess(NULL, findings_of(&X), &X.err)), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(X.n, 777);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  X.c.members = NULL;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ARRAY);
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  X.c.kind = 9;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_KIND);
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  X.m[3].category = 0;
  ASSERT_STATUS(cocomm_committee_check(&X.c, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 3, COCOMM_FIELD_CATEGORY);
  X.m[3].category = EXEC;
  X.m[4].position = 3;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 4, COCOMM_FIELD_POSITION);
  X.m[4].position = MEMBER;
  X.m[5].voting = 2;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 5, COCOMM_FIELD_VOTING);
  X.m[5].voting = V;
  X.m[6].struct_size = COCOMM_MEMBER_SIZE_V1 - 1;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_STRUCT_SIZE, 6, COCOMM_FIELD_STRUCT_SIZE);
  X.m[6].struct_size = sizeof X.m[6];
  X.m[6].name = "Dr \xC3\x28 GP"; /* invalid UTF-8 */
  ASSERT_STATUS(cocomm_committee_check(&X.c, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, 6, COCOMM_FIELD_NAME);
  X.m[6].name = "\xED\xA0\x80"; /* a surrogate */
  ASSERT_STATUS(validate(&X), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_PARSE, 6, COCOMM_FIELD_NAME);
  X.m[6].name = "\xC0\xAF"; /* overlong */
  ASSERT_STATUS(validate(&X), COCOMM_ERR_PARSE);
  char *longname = malloc(COCOMM_NAME_MAX + 2);
  memset(longname, 'a', COCOMM_NAME_MAX + 1);
  longname[COCOMM_NAME_MAX + 1] = '\0';
  X.m[6].name = longname;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_PARSE, 6, COCOMM_FIELD_NAME);
  longname[COCOMM_NAME_MAX] = '\0'; /* exactly the limit is fine */
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  ASSERT_NO_ERROR(&X.err);
  free(longname);
  X.m[6].name = NULL;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 6, COCOMM_FIELD_NAME);
  X.m[6].name = "Dr Gus GP";
  X.m[6].body = "\xFF";
  ASSERT_STATUS(validate(&X), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_PARSE, 6, COCOMM_FIELD_BODY);
  X.m[6].body = NULL;
  X.c.member_size = COCOMM_MEMBER_SIZE_V1 - 8;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE);
  X.c.member_size = sizeof(cocomm_member);
  X.c.struct_size = 12;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  X.c.struct_size = sizeof X.c;
  X.c.member_count = COCOMM_MEMBERS_MAX + 1;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  X.c.member_count = 11;
  X.c.ccg_count = 1;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CCG_CODES);
  const char *codes[] = {"00R", "02M"};
  X.c.ccg_codes = codes;
  X.c.ccg_count = 2;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  codes[1] = "2M";
  ASSERT_STATUS(validate(&X), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_PARSE, 1, COCOMM_FIELD_CCG_CODES);
  X.c.ccg_count = 1;
  terms_of(&X)->casting_vote = 3;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_VOTE);
  X.t.casting_vote = 1;
  X.t.struct_size = COCOMM_TERMS_SIZE_V1 - 4;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS);
  X.t.struct_size = sizeof X.t;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  /* The member fields 2.0 added. */
  X.m[2].body_kind = 4;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_BODY_KIND);
  X.m[2].body_kind = COCOMM_BODY_CCG;
  X.m[2].body_ccg = 1; /* the committee serves one CCG: index 0 only */
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_BODY_KIND);
  X.m[2].body_ccg = 0;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  X.m[2].body_kind = COCOMM_BODY_NHS_ENGLAND;
  X.m[2].body_ccg = 0;
  X.m[2].tags = COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED); /* a named tag the terms do not name */
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_TAGS);
  memcpy(X.t.tag_names[0], "quorum lead", sizeof "quorum lead");
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  X.m[2].tags = COCOMM_TAG_BIT(COCOMM_OFFICES_KNOWN); /* no such office */
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_TAGS);
  X.m[2].tags = 0;
  X.m[2].reserved0 = 1;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_RESERVED);
  X.m[2].reserved0 = 0;
  X.c.reserved0 = 1;
  ASSERT_STATUS(validate(&X), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_RESERVED);
}

/* An array built with a larger element (a future member layout) is read
 * at its own stride. */
static void members_at_a_larger_stride(void) {
  struct wide {
    cocomm_member m;
    char future[40];
  } w[3];
  memset(w, 0x7F, sizeof w);
  static const spec s[] = {{"L1", LAY, V, CHAIR}, {"E1", EXEC, V, 0}, {"G1", CLIN, V, 0}};
  for (int i = 0; i < 3; i++) {
    cocomm_member_init(&w[i].m);
    w[i].m.name = s[i].name;
    w[i].m.category = s[i].category;
    w[i].m.position = s[i].position;
  }
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = &w[0].m;
  c.member_count = 3;
  c.member_size = sizeof w[0];
  cocomm_finding f[16];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
  for (uint32_t i = 0; i < fs.count; i++) CU_ASSERT_NOT_EQUAL(f[i].severity, COCOMM_SEVERITY_ERROR);
  CU_ASSERT_EQUAL(fs.errors, 0);
}

/* What the batch call gave, as a loop over the single call: the findings
 * of several committees in one array, each call writing after the last;
 * a bad committee gets its own status and adds no finding; with too
 * small an array every count is still complete. */
static void several_committees_in_a_loop(void) {
  static const spec bad_chair[] = {{"Dr Chair", CLIN, V, CHAIR}, {"G2", CLIN, V, 0}, {"E", EXEC, V, 0}};
  static fixture a, b;
  BUILD(&a, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  BUILD(&b, COCOMM_COMMITTEE_DELEGATED, bad_chair);
  ASSERT_STATUS(validate(&a), COCOMM_OK);
  ASSERT_STATUS(validate(&b), COCOMM_OK);
  cocomm_committee cs[3] = {a.c, b.c, a.c};
  cs[2].kind = 42; /* bad input: its own status, no findings */
  int32_t statuses[3];
  uint32_t counts[3], total = 0;
  cocomm_finding f[64];
  for (int i = 0; i < 3; i++) {
    cocomm_findings fs;
    cocomm_findings_init(&fs, f + total, 64 - total);
    statuses[i] = cocomm_committee_assess(&cs[i], &fs, NULL);
    counts[i] = fs.count;
    total += fs.count;
  }
  ASSERT_STATUS(statuses[0], COCOMM_OK);
  ASSERT_STATUS(statuses[1], COCOMM_OK);
  ASSERT_STATUS(statuses[2], COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(counts[2], 0);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_assess(&cs[2], NULL, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_KIND);
  CU_ASSERT_EQUAL(total, counts[0] + counts[1]);
  CU_ASSERT_EQUAL(counts[0], a.n);
  CU_ASSERT_EQUAL(counts[1], b.n);
  CU_ASSERT_EQUAL(memcmp(f, a.raw, a.n * sizeof f[0]), 0);
  CU_ASSERT_EQUAL(memcmp(f + a.n, b.raw, b.n * sizeof f[0]), 0);
  /* Too small an array (one element for both): the count is still complete. */
  uint32_t written = 0, all = 0;
  for (int i = 0; i < 2; i++) {
    cocomm_findings fs;
    cocomm_findings_init(&fs, f + written, 1 - written);
    int32_t st = cocomm_committee_assess(&cs[i], &fs, NULL);
    CU_ASSERT(st == (fs.count > fs.capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK));
    all += fs.count;
    written += fs.count < fs.capacity ? fs.count : fs.capacity;
  }
  CU_ASSERT_EQUAL(all, a.n + b.n);
  CU_ASSERT_EQUAL(written, 1);
}

/* ---- many committees as columns (2.1) ---- */

/* Committees as columns: the arrays cocomm_committee_assess_columns() reads. */
typedef struct {
  cocomm_columns cols;
  uint8_t kinds[8], categories[256], voting[256], positions[256];
  uint32_t member_offsets[9], name_offsets[257];
  char names[4096];
} columns_fixture;

static void columns_of(columns_fixture *x, const cocomm_committee *cs, uint32_t n) {
  memset(x, 0, sizeof *x);
  cocomm_columns_init(&x->cols);
  uint32_t m = 0, at = 0;
  for (uint32_t k = 0; k < n; k++) {
    x->kinds[k] = (uint8_t)cs[k].kind;
    x->member_offsets[k] = m;
    for (uint32_t j = 0; j < cs[k].member_count; j++, m++) {
      const cocomm_member *mm = &cs[k].members[j];
      x->categories[m] = (uint8_t)mm->category;
      x->voting[m] = (uint8_t)mm->voting;
      x->positions[m] = (uint8_t)mm->position;
      x->name_offsets[m] = at;
      size_t len = strlen(mm->name) + 1;
      memcpy(x->names + at, mm->name, len);
      at += (uint32_t)len;
    }
  }
  x->member_offsets[n] = m;
  x->name_offsets[m] = at;
  x->cols.committee_count = n;
  x->cols.member_count = m;
  x->cols.names_size = at;
  x->cols.kinds = x->kinds;
  x->cols.member_offsets = x->member_offsets;
  x->cols.categories = x->categories;
  x->cols.voting = x->voting;
  x->cols.positions = x->positions;
  x->cols.names = x->names;
  x->cols.name_offsets = x->name_offsets;
}

/* Each committee's findings, its offsets, are what cocomm_committee_assess()
 * writes for it alone; an empty committee among them too. */
static void columns_agree_with_one_by_one(void) {
  static const spec bad_chair[] = {{"Dr Chair", CLIN, V, CHAIR}, {"G2", CLIN, V, 0}, {"E", EXEC, V, 0}};
  static fixture a, b;
  static columns_fixture x;
  BUILD(&a, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  BUILD(&b, COCOMM_COMMITTEE_JOINT, bad_chair);
  cocomm_committee empty = COCOMM_COMMITTEE_INIT;
  cocomm_committee cs[4] = {a.c, b.c, empty, a.c};
  cocomm_finding one[4][MAXF];
  uint32_t counts[4];
  for (int k = 0; k < 4; k++) {
    cocomm_findings fs;
    cocomm_findings_init(&fs, one[k], MAXF);
    ASSERT_STATUS(cocomm_committee_assess(&cs[k], &fs, NULL), COCOMM_OK);
    counts[k] = fs.count;
  }
  columns_of(&x, cs, 4);
  cocomm_finding f[4 * MAXF];
  cocomm_findings fs;
  cocomm_findings_init(&fs, f, 4 * MAXF);
  uint32_t offsets[5];
  int32_t statuses[4] = {9, 9, 9, 9};
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &fs, offsets, statuses, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  CU_ASSERT_EQUAL(offsets[0], 0);
  for (int k = 0; k < 4; k++) {
    ASSERT_STATUS(statuses[k], COCOMM_OK);
    CU_ASSERT_EQUAL(offsets[k + 1] - offsets[k], counts[k]);
    CU_ASSERT_EQUAL(memcmp(f + offsets[k], one[k], counts[k] * sizeof f[0]), 0);
  }
  CU_ASSERT_EQUAL(fs.count, offsets[4]);
  CU_ASSERT(counts[1] > 0 && counts[2] > 0);
  /* Names one after another, with no offsets: the same findings. */
  cocomm_finding g[4 * MAXF];
  cocomm_findings gs;
  cocomm_findings_init(&gs, g, 4 * MAXF);
  x.cols.name_offsets = NULL;
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &gs, NULL, NULL, &err), COCOMM_OK);
  CU_ASSERT_EQUAL(gs.count, fs.count);
  CU_ASSERT_EQUAL(memcmp(g, f, fs.count * sizeof f[0]), 0);
  x.cols.name_offsets = x.name_offsets;
  /* Without statuses, without offsets, without findings: the same call. */
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, NULL, NULL, NULL, NULL), COCOMM_OK);
  /* Too small an array: the count and the offsets are complete. */
  cocomm_findings small;
  cocomm_findings_init(&small, f, 1);
  uint32_t again[5];
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &small, again, NULL, &err), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(small.count, fs.count);
  CU_ASSERT_EQUAL(memcmp(again, offsets, sizeof offsets), 0);
  /* No committee at all. */
  cocomm_columns none = COCOMM_COLUMNS_INIT;
  uint32_t zero = 0, out[1] = {7};
  none.member_offsets = &zero;
  none.name_offsets = &zero;
  ASSERT_STATUS(cocomm_committee_assess_columns(&none, &fs, out, NULL, &err), COCOMM_OK);
  CU_ASSERT_EQUAL(fs.count, 0);
  CU_ASSERT_EQUAL(out[0], 0);
  /* Terms apply to every committee: a quorum never met is a finding each. */
  delegated_quorum(&a);
  x.cols.terms = a.c.terms;
  cocomm_findings_init(&fs, f, 4 * MAXF);
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &fs, offsets, NULL, &err), COCOMM_OK);
  CU_ASSERT_EQUAL(offsets[1], 0); /* the realistic committee meets its quorum */
  CU_ASSERT(offsets[3] - offsets[2] > counts[2]); /* the empty one cannot */
}

/* Columns that are not well-formed: a status, the field and index, no
 * finding, never a read out of bounds. */
static void columns_refuse_bad_shape(void) {
  static fixture a;
  static columns_fixture x;
  BUILD(&a, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  cocomm_committee cs[2] = {a.c, a.c};
  cocomm_finding f[8];
  cocomm_findings fs;
  cocomm_error err = COCOMM_ERROR_INIT;
  const int32_t E = COCOMM_ERR_INVALID_ARGUMENT;
#define REFUSED(change, status, index, field)                                           \
  do {                                                                                  \
    columns_of(&x, cs, 2);                                                              \
    change;                                                                             \
    cocomm_findings_init(&fs, f, 8);                                                    \
    fs.count = 77;                                                                      \
    ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &fs, NULL, NULL, &err), status); \
    ASSERT_ERROR(&err, status, index, field);                                           \
    CU_ASSERT_EQUAL(fs.count, 77);                                                      \
  } while (0)
  REFUSED(x.cols.struct_size = 8, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  REFUSED(x.cols.struct_size = COCOMM_COLUMNS_SIZE_V1 - 1, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  REFUSED(x.cols.member_offsets = NULL, E, -1, COCOMM_FIELD_ARRAY);
  REFUSED(x.cols.kinds = NULL, E, -1, COCOMM_FIELD_KIND);
  REFUSED(x.cols.categories = NULL, E, -1, COCOMM_FIELD_ARRAY);
  REFUSED(x.cols.voting = NULL, E, -1, COCOMM_FIELD_ARRAY);
  REFUSED(x.cols.positions = NULL, E, -1, COCOMM_FIELD_ARRAY);
  REFUSED(x.cols.names = NULL, E, -1, COCOMM_FIELD_NAME);
  REFUSED(x.cols.member_count = 0, E, 0, COCOMM_FIELD_ARRAY);                 /* members but no names */
  REFUSED((x.cols.name_offsets = NULL, x.cols.names_size -= 1), E, 21, COCOMM_FIELD_NAME); /* no last NUL */
  REFUSED((x.cols.name_offsets = NULL, x.names[2] = '\0'), E, 22, COCOMM_FIELD_NAME);     /* one name too many */
  REFUSED((x.cols.name_offsets = NULL, x.cols.names_size = x.name_offsets[21]), E, 21, COCOMM_FIELD_NAME); /* too few */
  REFUSED((x.cols.name_offsets = NULL, x.cols.names_size = 0), E, -1, COCOMM_FIELD_NAME);
  REFUSED(x.member_offsets[0] = 1, E, 0, COCOMM_FIELD_ARRAY);
  REFUSED(x.member_offsets[1] = 30, E, 0, COCOMM_FIELD_ARRAY);            /* past member_count */
  REFUSED(x.member_offsets[1] = UINT32_MAX, E, 0, COCOMM_FIELD_ARRAY);
  REFUSED((x.member_offsets[1] = 20, x.member_offsets[2] = 19), E, 1, COCOMM_FIELD_ARRAY); /* decreasing */
  REFUSED(x.member_offsets[2] = 21, E, 2, COCOMM_FIELD_ARRAY);            /* does not end at the count */
  REFUSED(x.cols.member_count = 21, E, 1, COCOMM_FIELD_ARRAY);
  REFUSED(x.cols.committee_count = 1, E, 1, COCOMM_FIELD_ARRAY);
  REFUSED(x.name_offsets[0] = 1, E, 0, COCOMM_FIELD_NAME);
  REFUSED(x.name_offsets[3] = x.name_offsets[2], E, 2, COCOMM_FIELD_NAME); /* an empty slice: no NUL */
  REFUSED(x.name_offsets[3] = x.name_offsets[4] + 1, E, 2, COCOMM_FIELD_NAME); /* decreasing */
  REFUSED(x.name_offsets[5] = UINT32_MAX, E, 4, COCOMM_FIELD_NAME);       /* past names_size */
  REFUSED(x.name_offsets[1] -= 1, E, 0, COCOMM_FIELD_NAME);               /* the NUL is not where it says */
  REFUSED(x.names[2] = '\0', E, 0, COCOMM_FIELD_NAME);                    /* a NUL inside a name */
  REFUSED(x.cols.names_size -= 1, E, 21, COCOMM_FIELD_NAME);             /* last offset past the size */
  REFUSED(x.cols.names_size += 1, E, 22, COCOMM_FIELD_NAME);             /* does not end at the size */
  /* More than 1024 members in one committee. */
  static uint8_t bytes[1100];
  static uint32_t name_at[1101];
  static char blank[2200];
  for (uint32_t i = 0; i <= 1100; i++) name_at[i] = 2 * i;
  for (uint32_t i = 0; i < 1100; i++) blank[2 * i] = 'x';
  uint32_t mo[2] = {0, 1100};
  uint8_t kind = COCOMM_COMMITTEE_DELEGATED;
  cocomm_columns big = COCOMM_COLUMNS_INIT;
  big.committee_count = 1;
  big.member_count = 1100;
  big.names_size = 2200;
  big.kinds = &kind;
  big.member_offsets = mo;
  big.categories = big.voting = big.positions = bytes;
  big.names = blank;
  big.name_offsets = name_at;
  ASSERT_STATUS(cocomm_committee_assess_columns(&big, &fs, NULL, NULL, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_COUNT);
  /* Terms refused, and a bad error struct. */
  cocomm_terms t;
  cocomm_terms_init(&t);
  t.majority = 9;
  columns_of(&x, cs, 2);
  x.cols.terms = &t;
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &fs, NULL, NULL, &err), E);
  CU_ASSERT_EQUAL(err.field, COCOMM_FIELD_MAJORITY);
  cocomm_error small = COCOMM_ERROR_INIT;
  small.struct_size = 4;
  ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &fs, NULL, NULL, &small), COCOMM_ERR_STRUCT_SIZE);
#undef REFUSED
}

/* A committee whose own input is refused: without statuses the call stops
 * and says which member (its index in the columns) and field; with them the
 * others are validated and it gets its status and no finding. */
static void columns_refused_committee(void) {
  static fixture a;
  static columns_fixture x;
  BUILD(&a, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  cocomm_committee cs[3] = {a.c, a.c, a.c};
  cocomm_finding f[64];
  cocomm_findings fs;
  uint32_t offsets[4];
  int32_t statuses[3];
  cocomm_error err = COCOMM_ERROR_INIT;
  const uint32_t n = a.c.member_count;
  static const struct {
    const char *what;
    int which; /* 0 kind, 1 category, 2 voting, 3 position, 4 name byte, 5 body kind, 6 tags */
    uint32_t value;
    int32_t status, field;
  } rows[] = {
    {"kind 0", 0, 0, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_KIND},
    {"kind 200", 0, 200, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_KIND},
    {"category 0", 1, 0, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CATEGORY},
    {"category 255", 1, 255, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_CATEGORY},
    {"voting 2", 2, 2, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_VOTING},
    {"position 3", 3, 3, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_POSITION},
    {"name not UTF-8", 4, 0xFF, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
    {"name with a control character", 4, 0x01, COCOMM_ERR_PARSE, COCOMM_FIELD_NAME},
    {"body kind CCG (columns name no CCG)", 5, COCOMM_BODY_CCG, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
    {"body kind 9", 5, 9, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_BODY_KIND},
    {"a tag no one names", 6, 1u << 20, COCOMM_ERR_INVALID_ARGUMENT, COCOMM_FIELD_TAGS},
  };
  static uint8_t bodies[256];
  static uint32_t tags[256];
  for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
    columns_of(&x, cs, 3);
    memset(bodies, 0, sizeof bodies);
    memset(tags, 0, sizeof tags);
    x.cols.body_kinds = bodies;
    x.cols.tags = tags;
    const uint32_t member = n + 2; /* committee 1's third member */
    switch (rows[r].which) {
      case 0: x.kinds[1] = (uint8_t)rows[r].value; break;
      case 1: x.categories[member] = (uint8_t)rows[r].value; break;
      case 2: x.voting[member] = (uint8_t)rows[r].value; break;
      case 3: x.positions[member] = (uint8_t)rows[r].value; break;
      case 4: x.names[x.name_offsets[member]] = (char)rows[r].value; break;
      case 5: bodies[member] = (uint8_t)rows[r].value; break;
      default: tags[member] = rows[r].value; break;
    }
    const int32_t index = rows[r].which == 0 ? 1 : (int32_t)member;
    cocomm_findings_init(&fs, f, 64);
    int32_t st = cocomm_committee_assess_columns(&x.cols, &fs, offsets, NULL, &err);
    CU_ASSERT_EQUAL(st, rows[r].status);
    if (st != rows[r].status || !error_is(&err, rows[r].status, index, rows[r].field))
      fprintf(stderr, "  %s: %s, index %d, field %d\n", rows[r].what, cocomm_status_name(st), (int)err.index,
              (int)err.field);
    ASSERT_ERROR(&err, rows[r].status, index, rows[r].field);
    cocomm_findings_init(&fs, f, 64);
    ASSERT_STATUS(cocomm_committee_assess_columns(&x.cols, &fs, offsets, statuses, &err), COCOMM_OK);
    ASSERT_NO_ERROR(&err);
    ASSERT_STATUS(statuses[0], COCOMM_OK);
    ASSERT_STATUS(statuses[1], rows[r].status);
    ASSERT_STATUS(statuses[2], COCOMM_OK);
    CU_ASSERT_EQUAL(offsets[1], offsets[2]); /* the refused committee: none */
    CU_ASSERT_EQUAL(offsets[1] - offsets[0], offsets[3] - offsets[2]);
    CU_ASSERT_EQUAL(fs.count, offsets[3]);
  }
}

/* A long UTF-8 name appears whole in the message, which is valid UTF-8 to
 * the end (1.0 cut it at 160 bytes, on a character boundary); a buffer too
 * short for the text gets "", never a text cut inside a character. */
static void long_names_stay_whole_and_valid(void) {
  char name[COCOMM_NAME_MAX + 1];
  size_t k = 0;
  while (k + 2 <= COCOMM_NAME_MAX) { /* "é" repeated: two bytes each */
    name[k++] = (char)0xC3;
    name[k++] = (char)0xA9;
  }
  name[k] = '\0';
  static const spec s[] = {{"x", CLIN, V, CHAIR}, {"E", EXEC, V, 0}};
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, s);
  X.m[0].name = name;
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL_FATAL(X.f[0].subject, 0);
  CU_ASSERT_STRING_EQUAL(X.f[0].rule, "C-1");
  const char *msg = X.f[0].message;
  size_t len = strlen(msg);
  CU_ASSERT_PTR_NOT_NULL(strstr(msg, name));
  CU_ASSERT(len > k);
  CU_ASSERT_TRUE(clean_utf8(msg));
  /* Valid UTF-8 to the end: the last byte is not a dangling lead byte. */
  CU_ASSERT(((unsigned char)msg[len - 1] & 0xC0) == 0x80 || (unsigned char)msg[len - 1] < 0x80);
  for (size_t cap = 0; cap <= len + 1; cap++) {
    char buf[VIEW_TEXT_MAX];
    size_t need = 0;
    memset(buf, 'x', sizeof buf);
    int32_t st = cocomm_finding_format(&X.raw[0], &X.c, cap ? buf : NULL, cap, &need);
    CU_ASSERT_EQUAL(need, len);
    if (cap > len) {
      ASSERT_STATUS(st, COCOMM_OK);
      CU_ASSERT_STRING_EQUAL(buf, msg);
    } else {
      ASSERT_STATUS(st, COCOMM_ERR_BUFFER_TOO_SMALL);
      if (cap > 0) CU_ASSERT_EQUAL(buf[0], '\0');
    }
  }
}

static void names_for_printing(void) {
  CU_ASSERT_STRING_EQUAL(cocomm_category_name(HWB), "Health and Wellbeing Board");
  CU_ASSERT_STRING_EQUAL(cocomm_category_name(0), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_position_name(VICE), "vice-chair");
  CU_ASSERT_STRING_EQUAL(cocomm_committee_kind_name(COCOMM_COMMITTEE_IN_COMMON), "committee in common");
  CU_ASSERT_STRING_EQUAL(cocomm_committee_kind_name(9), "unknown");
  for (int32_t k = COCOMM_COMMITTEE_DELEGATED; k <= COCOMM_COMMITTEE_GREATER_INVOLVEMENT; k++) {
    int32_t back = 0;
    ASSERT_STATUS(cocomm_committee_kind_parse(cocomm_committee_kind_name(k), COCOMM_NTS, &back), COCOMM_OK);
    CU_ASSERT_EQUAL(back, k);
  }
  int32_t kind;
  ASSERT_STATUS(cocomm_committee_kind_parse(" In-Common ", COCOMM_NTS, &kind), COCOMM_OK);
  CU_ASSERT_EQUAL(kind, COCOMM_COMMITTEE_IN_COMMON);
  ASSERT_STATUS(cocomm_committee_kind_parse("sideways", COCOMM_NTS, &kind), COCOMM_ERR_PARSE);
  ASSERT_STATUS(cocomm_committee_kind_parse(NULL, 3, &kind), COCOMM_ERR_INVALID_ARGUMENT);
  CU_ASSERT_EQUAL(cocomm_member_size(), sizeof(cocomm_member));
  CU_ASSERT_EQUAL(cocomm_committee_size(), sizeof(cocomm_committee));
}


/* M-1 and the end of CCGs (issue 16): a committee checked as at
 * 2022-06-30 is a CCG committee like any other; as at 2022-07-01, the day
 * CCGs were abolished, or later, the check says no CCG committee exists.
 * No date (zero) is the default edition's rules; a date that is no date
 * is refused, as is reserved1. */
static void M1_committee_as_at_the_end_of_ccgs(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X);
  X.c.as_at = (cocomm_date){2022, 6, 30};
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(X.n, 0);
  X.c.as_at = (cocomm_date){2022, 7, 1};
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(X.n, 1);
  ASSERT_SAYS(&X, COCOMM_MSG_COMMITTEE_AFTER_CCGS_ABOLISHED, "M-1", COCOMM_SEVERITY_ERROR,
              "checked as at a date on or after 1 July 2022, when CCGs were abolished: integrated care boards "
              "took on delegated primary medical services, and no CCG committee exists to meet these rules");
  X.c.as_at = (cocomm_date){2015, 4, 1};
  ASSERT_STATUS(validate(&X), COCOMM_OK);
  CU_ASSERT_EQUAL(X.n, 0);
  cocomm_error err = COCOMM_ERROR_INIT;
  X.c.as_at = (cocomm_date){2015, 2, 29};
  ASSERT_STATUS(cocomm_committee_check(&X.c, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_DATE);
  X.c.as_at = (cocomm_date){0, 0, 0};
  X.c.reserved1 = 1;
  ASSERT_STATUS(cocomm_committee_check(&X.c, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_RESERVED);
  X.c.reserved1 = 0;
}

static const test_case cases[] = {
  TEST(realistic_delegated_committee_is_clean),
  RULE_TEST("M-1", M1_committee_as_at_the_end_of_ccgs),
  RULE_TEST("C-1", C1_lay_chair),
  RULE_TEST("C-2", C2_majority_boundary),
  RULE_TEST("C-3", C3_observer_marked_voting),
  RULE_TEST("C-4", C4_absent_observers_are_information),
  RULE_TEST("C-5 C-6", C5_C6_clinical_members),
  RULE_TEST("C-7", C7_joint_committee_has_both_sides),
  RULE_TEST("C-8", C8_joint_lay_rules_are_warnings),
  RULE_TEST("C-9", C9_greater_involvement_forum),
  RULE_TEST("C-10", C10_well_formedness),
  RULE_TEST("C-10", C10_listed_twice_in_a_large_committee),
  RULE_TEST("C-11", C11_committee_in_common),
  RULE_TEST("C-12", C12_stakeholders),
  RULE_TEST("C-13", C13_quorum_examples),
  RULE_TEST("C-13", C13_quorum_never_met_and_membership_short),
  RULE_TEST("C-5 C-6", C5_C6_voting_and_non_voting_clinicians),
  RULE_TEST("C-7", C7_voting_members_of_both_bodies),
  TEST(bad_input_is_refused_without_findings),
  TEST(members_at_a_larger_stride),
  TEST(several_committees_in_a_loop),
  TEST(columns_agree_with_one_by_one),
  TEST(columns_refuse_bad_shape),
  TEST(columns_refused_committee),
  TEST(long_names_stay_whole_and_valid),
  TEST(names_for_printing),
};
RUN_TESTS("committee", cases)
