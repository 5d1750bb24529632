/* SPDX-License-Identifier: MIT */
#include "committee_fixture.h"

static fixture X;
static uint8_t present[MAXM], conflicts[MAXM], may_vote[MAXM];
static int32_t votes[MAXM];
static cocomm_decision D;
static cocomm_decision_result R;

/* The delegated committee, everyone present, nobody conflicted. */
static void setup(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X.c);
  memset(present, 1, sizeof present);
  memset(conflicts, 0, sizeof conflicts);
  memset(votes, 0, sizeof votes);
  cocomm_decision_init(&D);
  D.present = present;
  D.conflicted = conflicts;
  D.item = "GP contract variation";
  cocomm_decision_result_init(&R);
}

static int32_t check(void) {
  return settle(&X, cocomm_decision_assess(&X.c, &D, &R, may_vote, findings_of(&X), &X.err));
}

static void everyone_present_can_decide(void) {
  setup();
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.presiding, 0);
  CU_ASSERT_EQUAL(R.eligible, 7);
  CU_ASSERT_EQUAL(R.eligible_lay_executive, 5);
  CU_ASSERT_EQUAL(R.withdrawn, 0);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_UNDECIDED); /* no votes given */
  CU_ASSERT_EQUAL(X.n, 0);
  CU_ASSERT_EQUAL(may_vote[0], 1);
  CU_ASSERT_EQUAL(may_vote[7], 0); /* NHS England attends without a vote */
  CU_ASSERT_EQUAL(may_vote[8], 0); /* observer */
}

/* I-6: every GP declares a conflict on a GP-contract decision: both
 * withdraw, and the lay and executive members decide. */
static void I6_every_gp_conflicted(void) {
  setup();
  conflicts[5] = conflicts[6] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.withdrawn, 2);
  CU_ASSERT_EQUAL(R.eligible, 5);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_INFO), 2);
  CU_ASSERT_EQUAL(X.f[0].subject, 5);
  CU_ASSERT_PTR_NOT_NULL(strstr(X.f[0].message, "Dr Fay GP"));
  CU_ASSERT_EQUAL(may_vote[5], 0);
  CU_ASSERT_EQUAL(may_vote[6], 0);
  CU_ASSERT_EQUAL(may_vote[4], 1);
}

/* I-6: a quorum met only because a conflicted member was counted. */
static void I6_quorum_only_with_the_conflicted(void) {
  setup();
  memset(present, 0, sizeof present);
  present[0] = present[2] = present[3] = present[5] = 1; /* 4 voting: exactly the quorum */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  conflicts[5] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "I-6")->message, "withdraw"));
  CU_ASSERT_EQUAL(count_of(&X, "C-13", 0), 0);
}

/* C-13 in a decision: too few present is plain inquoracy. */
static void C13_not_quorate(void) {
  setup();
  memset(present, 0, sizeof present);
  present[0] = present[3] = present[5] = 1; /* 3 voting, 1 lay */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-13", COCOMM_SEVERITY_ERROR), 2); /* voting members, lay members */
  /* "1 lay member, 1 GP and 1 executive" is met by the same three. */
  X.c.quorum = (cocomm_quorum){0, 1, 1, 1, COCOMM_PRESIDING_ANY, 0};
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  present[5] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-13")->message, "clinical"));
}

/* The chair conflicted: the lay vice-chair takes the chair. */
static void I6_vice_chair_takes_the_chair(void) {
  setup();
  conflicts[0] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_INFO), 2); /* withdrawal; vice-chair presides */
  CU_ASSERT_PTR_NOT_NULL(strstr(X.f[1].message, "Bob Lay"));
  /* Absent rather than conflicted: the same, cited as C-10. */
  conflicts[0] = 0;
  present[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", COCOMM_SEVERITY_INFO), 1);
}

/* C-1 in a decision: chair and vice-chair both conflicted; in a delegated
 * committee nobody else may take the chair, so the item cannot be decided. */
static void C1_chair_and_vice_both_conflicted(void) {
  setup();
  conflicts[0] = conflicts[1] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-1", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-1")->message, "conflicted"));
  /* The quorum fails for the conflicts too: 1 lay member left of the 2
   * needed, and no chair or vice-chair to preside. */
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 2);
}

/* A delegated committee's vice-chair who is not lay cannot take the chair;
 * a joint committee's can. */
static void C1_vice_chair_must_be_lay_when_delegated(void) {
  setup();
  X.m[1].category = EXEC;
  X.c.quorum = (cocomm_quorum){4, 1, 0, 0, COCOMM_PRESIDING_ANY, 0};
  present[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-1")->message, "not a lay member"));
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
}

/* C-2 in a decision: for a delegated committee the lay and executive
 * majority must hold among those left; for a joint one it is a warning. */
static void C2_majority_among_those_left(void) {
  setup();
  X.c.quorum = (cocomm_quorum){3, 1, 0, 0, COCOMM_PRESIDING_ANY, 0};
  conflicts[2] = conflicts[3] = conflicts[4] = 1; /* left: Ann, Bob (lay), two GPs */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.eligible, 4);
  CU_ASSERT_EQUAL(R.eligible_lay_executive, 2); /* exactly half: not a majority */
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", COCOMM_SEVERITY_ERROR), 1);
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-8", COCOMM_SEVERITY_WARNING), 1);
  X.c.kind = COCOMM_COMMITTEE_DELEGATED;
  conflicts[4] = 0; /* 3 of 5: a majority */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 1);
}

/* C-14: a simple majority of those voting; a tie is not carried unless
 * the chair's casting vote, where granted, carries it. */
static void C14_tally_and_casting_vote(void) {
  setup();
  D.votes = votes;
  int32_t v[] = {1, 1, 1, 1, 2, 2, 2, 0, 0, 0, 0};
  memcpy(votes, v, sizeof v);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
  CU_ASSERT_EQUAL(R.votes_for, 4);
  CU_ASSERT_EQUAL(R.votes_against, 3);
  votes[3] = COCOMM_VOTE_ABSTAIN; /* 3 for, 3 against, 1 abstains: a tie */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(R.abstentions, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-14", COCOMM_SEVERITY_INFO), 1);
  X.c.casting_vote = 1;
  D.casting = COCOMM_VOTE_FOR;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED_CASTING);
  D.casting = COCOMM_VOTE_AGAINST;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_DEFEATED_CASTING);
  X.c.casting_vote = 0; /* a casting vote the terms of reference do not grant */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(count_of(&X, "C-14", COCOMM_SEVERITY_ERROR), 1);
  D.casting = COCOMM_VOTE_NONE;
  votes[0] = COCOMM_VOTE_AGAINST;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_DEFEATED);
  /* Votes from people not entitled are errors and do not count. */
  votes[7] = COCOMM_VOTE_FOR; /* NHS England, non-voting */
  votes[8] = COCOMM_VOTE_FOR; /* Healthwatch observer */
  present[2] = 0;             /* Cath absent but recorded as voting for */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.votes_for, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-14", COCOMM_SEVERITY_ERROR), 2);
  CU_ASSERT_EQUAL(count_of(&X, "C-3", COCOMM_SEVERITY_ERROR), 1);
}

/* I-4: a contract awarded with a conflicted member taking part is an
 * error; any other decision so taken breaches I-6. */
static void I4_conflicted_member_in_a_contract_award(void) {
  setup();
  D.votes = votes;
  D.contract_award = 1;
  conflicts[5] = 1;
  votes[0] = votes[2] = votes[3] = COCOMM_VOTE_FOR;
  votes[5] = COCOMM_VOTE_FOR;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "I-4", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(first_of(&X, "I-4")->subject, 5);
  CU_ASSERT_EQUAL(R.votes_for, 3);
  D.contract_award = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "I-4", 0), 0);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 1);
}

/* I-3: the entry for the register of procurement decisions. */
static void I3_register_entry(void) {
  setup();
  D.votes = votes;
  D.contract_award = 1;
  D.item = "Award of APMS contract, \"Bay\" surgery";
  D.date = (cocomm_date){2015, 6, 10};
  conflicts[5] = 1;
  conflicts[8] = 1; /* an observer may declare too */
  present[8] = 0;
  int32_t v[] = {1, 1, 1, 1, 2, 0, 1, 0, 0, 0, 0};
  memcpy(votes, v, sizeof v);
  ASSERT_STATUS(check(), COCOMM_OK);
  char buf[512];
  size_t need;
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-10,\"Award of APMS contract, \"\"Bay\"\" surgery\","
                              "\"Ann Lay; Bob Lay; Cath Lay; Dan Exec; Eve Exec; Dr Gus GP\","
                              "\"Dr Fay GP: withdrew; Ivy Healthwatch: absent\",carried\r\n");
  CU_ASSERT_EQUAL(need, strlen(buf));
  char small[20];
  memset(small, 'x', sizeof small);
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, small, 10, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(need, strlen(buf));
  CU_ASSERT_EQUAL(small[0], '\0');
  CU_ASSERT_EQUAL(small[10], 'x');
  /* Not decidable: the outcome column says so. */
  conflicts[0] = conflicts[1] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, ",not decided\r\n"));
}

/* What the batch call gave, as a loop over the single call: each
 * decision's own result and findings; a bad one gets its own status and
 * adds no finding. */
static void several_decisions_in_a_loop(void) {
  setup();
  cocomm_decision ds[3];
  uint8_t conflicted_gp[MAXM] = {0};
  conflicted_gp[5] = 1;
  ds[0] = D;
  ds[1] = D;
  ds[1].conflicted = conflicted_gp;
  ds[2] = D;
  ds[2].present = NULL; /* bad input */
  cocomm_decision_result rs[3];
  int32_t statuses[3];
  uint32_t counts[3], total = 0;
  cocomm_finding f[16];
  for (int i = 0; i < 3; i++) {
    cocomm_decision_result_init(&rs[i]);
    cocomm_findings fs;
    cocomm_findings_init(&fs, f + total, 16 - total);
    statuses[i] = cocomm_decision_assess(&X.c, &ds[i], &rs[i], NULL, &fs, NULL);
    counts[i] = fs.count;
    total += fs.count;
  }
  ASSERT_STATUS(statuses[0], COCOMM_OK);
  ASSERT_STATUS(statuses[1], COCOMM_OK);
  ASSERT_STATUS(statuses[2], COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_decision_assess(&X.c, &ds[2], &rs[2], NULL, NULL, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESENT);
  CU_ASSERT_EQUAL(counts[0], 0);
  CU_ASSERT_EQUAL(counts[1], 1);
  CU_ASSERT_EQUAL(counts[2], 0);
  CU_ASSERT_EQUAL(total, 1);
  CU_ASSERT_EQUAL(f[0].rule, COCOMM_RULE_I_6);
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(f[0].rule)->id, "I-6");
  CU_ASSERT_EQUAL(rs[1].eligible, 6);
  CU_ASSERT_EQUAL(rs[1].can_decide, 1);
}

static void bad_input(void) {
  setup();
  X.n = 5;
  ASSERT_STATUS(settle(&X, cocomm_decision_assess(&X.c, NULL, &R, NULL, findings_of(&X), &X.err)),
                COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(settle(&X, cocomm_decision_assess(&X.c, &D, NULL, NULL, findings_of(&X), &X.err)),
                COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_RESULT);
  CU_ASSERT_EQUAL(X.n, 5);
  CU_ASSERT_EQUAL(X.fs.count, 5); /* nothing written */
  R.struct_size = 8;
  ASSERT_STATUS(check(), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_RESULT);
  cocomm_decision_result_init(&R);
  D.present = NULL;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PRESENT);
  D.present = present;
  present[3] = 2;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 3, COCOMM_FIELD_PRESENT);
  present[3] = 1;
  conflicts[8] = 3;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 8, COCOMM_FIELD_CONFLICTED);
  conflicts[8] = 0;
  D.votes = votes;
  votes[2] = 4;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 2, COCOMM_FIELD_VOTES);
  votes[2] = 0;
  D.casting = COCOMM_VOTE_ABSTAIN;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING);
  D.casting = 0;
  D.contract_award = 2;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CONTRACT_AWARD);
  D.contract_award = 0;
  D.date = (cocomm_date){2015, 2, 29};
  ASSERT_STATUS(check(), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_DATE);
  D.date = (cocomm_date){0, 0, 0};
  D.item = "\xC3";
  ASSERT_STATUS(check(), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ITEM);
  D.item = NULL;
  D.struct_size = 4;
  ASSERT_STATUS(check(), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&X.err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  D.struct_size = sizeof D;
  X.m[0].category = 77;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_CATEGORY);
  X.m[0].category = LAY;
  ASSERT_STATUS(check(), COCOMM_OK);
  ASSERT_NO_ERROR(&X.err);
  CU_ASSERT_STRING_EQUAL(cocomm_outcome_name(COCOMM_OUTCOME_CARRIED_CASTING), "carried on the casting vote");
  CU_ASSERT_STRING_EQUAL(cocomm_outcome_name(9), "unknown");
  CU_ASSERT_EQUAL(cocomm_decision_size(), sizeof(cocomm_decision));
  CU_ASSERT_EQUAL(cocomm_decision_result_size(), sizeof(cocomm_decision_result));
}

static const test_case cases[] = {
  TEST(everyone_present_can_decide),
  RULE_TEST("I-6", I6_every_gp_conflicted),
  RULE_TEST("I-6", I6_quorum_only_with_the_conflicted),
  RULE_TEST("C-13", C13_not_quorate),
  RULE_TEST("I-6", I6_vice_chair_takes_the_chair),
  RULE_TEST("C-1 I-6", C1_chair_and_vice_both_conflicted),
  RULE_TEST("C-1", C1_vice_chair_must_be_lay_when_delegated),
  RULE_TEST("C-2 C-8", C2_majority_among_those_left),
  RULE_TEST("C-14", C14_tally_and_casting_vote),
  RULE_TEST("I-4", I4_conflicted_member_in_a_contract_award),
  RULE_TEST("I-3", I3_register_entry),
  TEST(several_decisions_in_a_loop),
  TEST(bad_input),
};
RUN_TESTS("decision", cases)
