/* SPDX-License-Identifier: MIT */
#include "committee_fixture.h"

static fixture X;
static uint8_t present[MAXM], conflicts[MAXM], stayed[MAXM], roles[MAXM];
static int32_t votes[MAXM];
static cocomm_decision D;
static cocomm_decision_result R;

/* The delegated committee, everyone present, nobody conflicted. */
static void setup(void) {
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, delegated_committee);
  delegated_quorum(&X);
  memset(present, 1, sizeof present);
  memset(conflicts, 0, sizeof conflicts);
  memset(stayed, 0, sizeof stayed);
  memset(roles, 0xFF, sizeof roles);
  memset(votes, 0, sizeof votes);
  cocomm_decision_init(&D);
  D.present = present;
  D.conflicted = conflicts;
  D.item = "GP contract variation";
  cocomm_decision_result_init(&R);
}

/* 1 if member i may vote on the item (COCOMM_ITEM_MAY_VOTE). */
static int may_vote(uint32_t i) { return (roles[i] & COCOMM_ITEM_MAY_VOTE) != 0; }
static int role(uint32_t i, uint8_t flag) { return (roles[i] & flag) != 0; }

static int32_t check(void) {
  return settle(&X, cocomm_decision_assess(&X.c, &D, &R, roles, findings_of(&X), &X.err));
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
  CU_ASSERT_TRUE(may_vote(0));
  CU_ASSERT_FALSE(may_vote(7)); /* NHS England attends without a vote */
  CU_ASSERT_FALSE(may_vote(8)); /* observer */
  /* What 2.0 adds: how presiding came about, who counted, the basis. */
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHAIR);
  CU_ASSERT_EQUAL(roles[0], COCOMM_ITEM_MAY_VOTE | COCOMM_ITEM_MAY_PRESIDE | COCOMM_ITEM_PRESIDES | COCOMM_ITEM_COUNTED);
  CU_ASSERT_EQUAL(roles[5], COCOMM_ITEM_MAY_VOTE | COCOMM_ITEM_COUNTED);
  CU_ASSERT_EQUAL(roles[8], 0); /* an observer, present: not counted by a quorum of voting members (C-3) */
  CU_ASSERT_EQUAL(R.counted, 7);
  CU_ASSERT_EQUAL(R.majority, COCOMM_MAJORITY_VOTES_CAST);
  CU_ASSERT_EQUAL(R.casting_by, -1);
  CU_ASSERT_EQUAL(R.reserved0, 0);
  for (uint32_t i = 0; i < X.c.member_count; i++) CU_ASSERT_EQUAL(role(i, COCOMM_ITEM_PRESIDES), i == 0);
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
  CU_ASSERT_FALSE(may_vote(5));
  CU_ASSERT_FALSE(may_vote(6));
  CU_ASSERT_TRUE(may_vote(4));
  CU_ASSERT_EQUAL(roles[5], COCOMM_ITEM_WITHDRAWN); /* and not counted towards the quorum */
  CU_ASSERT_EQUAL(R.counted, 5);
  ASSERT_SAYS(&X, COCOMM_MSG_WITHDRAWS, "I-6", COCOMM_SEVERITY_INFO,
              "member 6 (Dr Fay GP) declared a conflict and withdraws from the item");
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
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL, "I-6", COCOMM_SEVERITY_ERROR,
              "not quorate once conflicted members withdraw: the quorum needs at least 4 voting members (4), "
              "and 3 count");
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
  CU_ASSERT_STRING_EQUAL(first_of(&X, "C-13")->message,
                         "not quorate: the quorum needs at least 4 voting members (4), and 3 count");
  /* "1 lay member, 1 GP and 1 executive" is met by the same three. */
  QUORUM(&X, clause(1, CAT(LAY), 0), clause(1, CAT(CLIN), 0), clause(1, CAT(EXEC), 0));
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  present[5] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-13")->message, "clinical"));
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_QUORATE, "C-13", COCOMM_SEVERITY_ERROR,
              "not quorate: the quorum needs at least 1 voting member of clinical (1), and 0 count");
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
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_VICE_CHAIR);
  ASSERT_SAYS(&X, COCOMM_MSG_VICE_TAKES_CHAIR, "I-6", COCOMM_SEVERITY_INFO,
              "chair: conflicted; the vice-chair, member 2 (Bob Lay), takes the chair");
  /* Absent rather than conflicted: the same. 1.0 cited C-10; revision 2's
   * C-15 is the rule of who presides (the chair, else the vice-chair). */
  conflicts[0] = 0;
  present[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-15", COCOMM_SEVERITY_INFO), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-10", 0), 0);
  ASSERT_SAYS(&X, COCOMM_MSG_VICE_TAKES_CHAIR, "C-15", COCOMM_SEVERITY_INFO,
              "chair: absent; the vice-chair, member 2 (Bob Lay), takes the chair");
}

/* Chair and vice-chair both conflicted. 1.0 said nobody else may take the
 * chair of a delegated committee (a C-1 error); revision 2's C-15 says the
 * members present choose one of themselves, a lay member for a delegated
 * committee: until they do, the item cannot be decided (a C-15 warning). */
static void C15_chair_and_vice_both_conflicted(void) {
  setup();
  conflicts[0] = conflicts[1] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(count_of(&X, "C-1", 0), 0);
  CU_ASSERT_EQUAL(count_of(&X, "C-15", COCOMM_SEVERITY_WARNING), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_MEETING_MUST_CHOOSE, "C-15", COCOMM_SEVERITY_WARNING,
              "chair conflicted, vice-chair conflicted: the meeting chooses who presides (members who may: 1)");
  CU_ASSERT_EQUAL(R.may_preside, 1);
  CU_ASSERT_TRUE(role(2, COCOMM_ITEM_MAY_PRESIDE)); /* Cath, the one lay member left */
  /* The quorum fails for the conflicts too: 1 lay member left of the 2
   * needed, and no lay chair or vice-chair present and eligible. */
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 2);
  /* Chosen, Cath presides; the quorum still fails. */
  D.chosen = 2;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 2);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHOSEN);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_EQUAL(R.can_decide, 0);
}

/* A delegated committee's vice-chair who is not lay cannot take the chair
 * (C-1 applied to the item); a joint committee's can. 1.0 made this a C-1
 * error; revision 2's C-15 passes over such a vice-chair as if absent, and
 * the meeting chooses a lay member. */
static void C15_vice_chair_must_be_lay_when_delegated(void) {
  setup();
  X.m[1].category = EXEC;
  QUORUM(&X, clause(4, 0, 0), clause(1, CAT(LAY), 0));
  present[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_PTR_NOT_NULL(strstr(first_of(&X, "C-15")->message, "not a lay member"));
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_VICE_CHAIR);
  CU_ASSERT_EQUAL(R.can_decide, 1);
}

/* C-2 in a decision: for a delegated committee the lay and executive
 * majority must hold among those left; for a joint one it is a warning. */
static void C2_majority_among_those_left(void) {
  setup();
  QUORUM(&X, clause(3, 0, 0), clause(1, CAT(LAY), 0));
  conflicts[2] = conflicts[3] = conflicts[4] = 1; /* left: Ann, Bob (lay), two GPs */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.eligible, 4);
  CU_ASSERT_EQUAL(R.eligible_lay_executive, 2); /* exactly half: not a majority */
  CU_ASSERT_EQUAL(R.can_decide, 0);
  /* 1.0 cited C-2; revision 2's I-6 is the rule for a majority lost
   * through withdrawals (an error for a delegated committee). */
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", 0), 0);
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
 * the casting vote of whoever presides, where granted, carries it (C-16). */
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
  X.t.casting_vote = 1;
  D.casting = COCOMM_VOTE_FOR;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED_CASTING);
  D.casting = COCOMM_VOTE_AGAINST;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_DEFEATED_CASTING);
  X.t.casting_vote = 0; /* a casting vote the terms of reference do not grant */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  /* 1.0 cited C-14; revision 2's C-16 is the rule of the casting vote. */
  CU_ASSERT_EQUAL(count_of(&X, "C-16", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-14", COCOMM_SEVERITY_ERROR), 0);
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
  /* 1.0 wrote "withdrew"; 2.0 says whether the member left the room or
   * stayed and took no part (decision.stayed: NULL, all left). */
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-10,\"Award of APMS contract, \"\"Bay\"\" surgery\","
                              "\"Ann Lay; Bob Lay; Cath Lay; Dan Exec; Eve Exec; Dr Gus GP\","
                              "\"Dr Fay GP: left the room; Ivy Healthwatch: absent\",carried\r\n");
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
  /* The decision fields 2.0 added. */
  D.chosen = -2;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CHOSEN);
  D.chosen = 11; /* one past the last member */
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CHOSEN);
  D.chosen = -1;
  D.casting_by = 11;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_BY);
  D.casting_by = INT32_MIN;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_CASTING_BY);
  D.casting_by = -1;
  D.stayed = stayed;
  stayed[4] = 2;
  ASSERT_STATUS(check(), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&X.err, COCOMM_ERR_INVALID_ARGUMENT, 4, COCOMM_FIELD_STAYED);
  stayed[4] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(cocomm_outcome_name(COCOMM_OUTCOME_CARRIED_CASTING), "carried on the casting vote");
  CU_ASSERT_STRING_EQUAL(cocomm_outcome_name(COCOMM_OUTCOME_NOT_CARRIED), "not carried");
  CU_ASSERT_STRING_EQUAL(cocomm_outcome_name(7), "unknown");
  CU_ASSERT_STRING_EQUAL(cocomm_outcome_name(9), "unknown");
  CU_ASSERT_EQUAL(cocomm_decision_size(), sizeof(cocomm_decision));
  CU_ASSERT_EQUAL(cocomm_decision_result_size(), sizeof(cocomm_decision_result));
}

/* ---- revision 2: C-9, C-14 to C-17, I-4, I-6, C-3 with C-13, I-3 ---- */

/* Votes for the delegated committee's members, in member order; the rest
 * (the attendees) none. */
static void vote(const int32_t *v, size_t n) {
  memset(votes, 0, sizeof votes);
  memcpy(votes, v, n * sizeof v[0]);
  D.votes = votes;
}
#define VOTES(...) vote((const int32_t[]){__VA_ARGS__}, sizeof((const int32_t[]){__VA_ARGS__}) / sizeof(int32_t))
enum { F = COCOMM_VOTE_FOR, A = COCOMM_VOTE_AGAINST, AB = COCOMM_VOTE_ABSTAIN, NO = COCOMM_VOTE_NONE };

/* C-14: the terms state the basis of the majority. Of the votes cast
 * (the default), 1 for, 0 against and 6 abstaining carries it. Of the
 * voting members present and entitled, it needs more for than half of
 * them: 1 of 7 is not carried, 4 of 7 is, 4 of 8 is not (exactly half is
 * no majority). 1.0 knew only votes cast. */
static void C14_majority_of_votes_cast_or_of_those_entitled(void) {
  setup();
  VOTES(F, AB, AB, AB, AB, AB, AB);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.majority, COCOMM_MAJORITY_VOTES_CAST);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
  CU_ASSERT_EQUAL(R.votes_for, 1);
  CU_ASSERT_EQUAL(R.abstentions, 6);
  terms_of(&X)->majority = COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.majority, COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_NOT_CARRIED);
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_MORE_THAN_HALF, "C-14", COCOMM_SEVERITY_INFO,
              "1 for is not more than half of the 7 voting members present and entitled to vote: not carried");
  /* 4 of the 7: carried. */
  VOTES(F, F, F, F, AB, AB, AB);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NOT_MORE_THAN_HALF), 0);
  /* 4 of 8 (NHS England's member votes too, and abstains): exactly half
   * is not a majority. With the abstention counted against, 4 for and 4
   * against is a tie, which only a casting vote could break. */
  X.m[7].voting = V;
  VOTES(F, F, F, F, A, A, A, AB);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.eligible, 8);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_TIE_NOT_CARRIED), 1);
  /* 3 for, 2 against, 3 abstaining of 8: more for than against, not more
   * than half: simply not carried. */
  VOTES(F, F, F, A, A, AB, AB, AB);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_NOT_CARRIED);
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_MORE_THAN_HALF, "C-14", COCOMM_SEVERITY_INFO,
              "3 for is not more than half of the 8 voting members present and entitled to vote: not carried");
  VOTES(F, F, F, F, A, A, A, AB);
  /* The same votes counted as cast: 4 to 3, carried. */
  X.t.majority = COCOMM_MAJORITY_VOTES_CAST;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
  /* Entitled means present and not withdrawn: with NHS England's member
   * conflicted, 4 of 7. */
  X.t.majority = COCOMM_MAJORITY_PRESENT_AND_ENTITLED;
  conflicts[7] = 1;
  votes[7] = NO;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.eligible, 7);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
  /* More against than for is defeated on either basis. As many for as
   * against with abstentions is no tie on this basis, where abstentions
   * count against: 2 of 7 is not carried. */
  VOTES(F, A, A, A, AB, AB, AB);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_DEFEATED);
  VOTES(F, F, A, A, AB, AB, AB);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_NOT_CARRIED);
}

/* I-4 (revision 2): a contract award in which a member with a declared
 * conflict voted is not carried: the item is not decided. 1.0 reported
 * the vote and carried the award on the others' votes. */
static void I4_conflicted_vote_means_the_award_is_not_carried(void) {
  setup();
  D.contract_award = 1;
  conflicts[5] = 1;
  VOTES(F, NO, F, F, NO, F);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "I-4", COCOMM_SEVERITY_ERROR), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_CONFLICTED_TOOK_PART_IN_AWARD, "I-4", COCOMM_SEVERITY_ERROR,
              "member 6 (Dr Fay GP) declared a conflict but took part in the contract award: the award is not carried");
  CU_ASSERT_EQUAL(R.votes_for, 3); /* the conflicted vote is not counted */
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_UNDECIDED);
  char buf[512];
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, ",GP contract variation,\"Ann Lay; Cath Lay; Dan Exec; Dr Fay GP\","
                              "\"Dr Fay GP: took part despite a declared conflict\",not decided\r\n");
  /* Without the conflicted vote the award is carried. */
  votes[5] = NO;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "I-4", 0), 0);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
  /* Not an award: the vote is an I-6 error, and the others decide. */
  votes[5] = F;
  D.contract_award = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED);
}

/* C-9 (revision 2): a greater-involvement forum takes no decisions: an
 * item put to it is an error and cannot be decided, however it votes. */
static void C9_greater_involvement_forum_decides_nothing(void) {
  static const spec s[] = {{"Ann Lay", LAY, V, CHAIR}, {"Dan Exec", EXEC, V, MEMBER}, {"Dr Fay GP", CLIN, V, MEMBER}};
  setup();
  BUILD(&X, COCOMM_COMMITTEE_GREATER_INVOLVEMENT, s);
  VOTES(F, F, F);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-9", COCOMM_SEVERITY_ERROR), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_GREATER_INVOLVEMENT_NO_DECISION, "C-9", COCOMM_SEVERITY_ERROR,
              "a greater-involvement forum takes no decisions: it discusses, and NHS England decides");
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_UNDECIDED);
  CU_ASSERT_EQUAL(R.presiding, -1);
  for (uint32_t i = 0; i < 3; i++) CU_ASSERT_FALSE(may_vote(i));
  X.c.kind = COCOMM_COMMITTEE_JOINT; /* the same members as a committee: no C-9 */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-9", 0), 0);
}

/* C-15: when neither the chair nor the vice-chair can preside, the
 * members present choose one of themselves: for a delegated committee a
 * lay member. The library names who may be chosen and takes the
 * caller's choice. 1.0 had no choice: the item could not be decided. */
static void C15_the_meeting_chooses_who_presides(void) {
  setup();
  QUORUM(&X, clause(4, 0, 0), clause(1, CAT(LAY), 0));
  present[0] = present[1] = 0; /* chair and vice-chair absent; Cath is the lay member present */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(R.may_preside, 1);
  for (uint32_t i = 0; i < X.c.member_count; i++) {
    CU_ASSERT_EQUAL(role(i, COCOMM_ITEM_MAY_PRESIDE), i == 2);
    CU_ASSERT_FALSE(role(i, COCOMM_ITEM_PRESIDES));
  }
  CU_ASSERT_EQUAL(count_of(&X, "C-15", COCOMM_SEVERITY_WARNING), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_MEETING_MUST_CHOOSE, "C-15", COCOMM_SEVERITY_WARNING,
              "chair absent, vice-chair absent: the meeting chooses who presides (members who may: 1)");
  /* The meeting chooses Cath. */
  D.chosen = 2;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHOSEN);
  CU_ASSERT_EQUAL(R.presiding, D.chosen);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_TRUE(role(2, COCOMM_ITEM_PRESIDES));
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_PRESIDES, "C-15", COCOMM_SEVERITY_INFO,
              "member 3 (Cath Lay), chosen by the meeting, presides");
  CU_ASSERT_EQUAL(errors(&X), 0);
  /* An executive of a delegated committee may not be chosen. */
  D.chosen = 3;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_NONE);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, "C-15", COCOMM_SEVERITY_ERROR,
              "member 4 (Dan Exec) was chosen to preside but may not: not a lay member");
  /* Nor an absent member, nor one who withdrew. */
  D.chosen = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, "C-15", COCOMM_SEVERITY_ERROR,
              "member 2 (Bob Lay) was chosen to preside but may not: absent");
  D.chosen = 2;
  conflicts[2] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, "C-15", COCOMM_SEVERITY_ERROR,
              "member 3 (Cath Lay) was chosen to preside but may not: conflicted");
  conflicts[2] = 0;
  /* With no lay member present there is no one to choose: an error. */
  D.chosen = -1;
  present[2] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_NONE);
  CU_ASSERT_EQUAL(R.may_preside, 0);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY, "C-15", COCOMM_SEVERITY_ERROR,
              "no one can preside over this item: chair absent, vice-chair absent, and no lay member present may be "
              "chosen (whoever presides must be lay)");
  present[2] = 1;
  /* A joint committee may choose any voting member present and eligible;
   * a non-lay one is a C-8 warning. */
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(R.may_preside, 5);
  for (uint32_t i = 0; i < X.c.member_count; i++) CU_ASSERT_EQUAL(role(i, COCOMM_ITEM_MAY_PRESIDE), i >= 2 && i <= 6);
  D.chosen = 3;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHOSEN);
  CU_ASSERT_EQUAL(R.presiding, 3);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  ASSERT_SAYS(&X, COCOMM_MSG_PRESIDING_NOT_LAY, "C-8", COCOMM_SEVERITY_WARNING,
              "member 4 (Dan Exec) presides and is executive, not a lay member");
  /* The terms may require a lay member whatever the kind. */
  X.t.presiding = COCOMM_PRESIDE_LAY;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_NONE);
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, "C-15", COCOMM_SEVERITY_ERROR,
              "member 4 (Dan Exec) was chosen to preside but may not: not a lay member");
}

/* C-15: no one is chosen while the chair (or the vice-chair) can
 * preside; and a non-lay vice-chair of a delegated committee is passed
 * over as if absent. 1.0 made the second a C-1 error. */
static void C15_chosen_while_the_chair_can_and_a_non_lay_vice_chair(void) {
  setup();
  QUORUM(&X, clause(4, 0, 0), clause(1, CAT(LAY), 0));
  D.chosen = 2;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_NONE);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, "C-15", COCOMM_SEVERITY_ERROR,
              "member 3 (Cath Lay) was chosen to preside but may not: the chair can preside");
  present[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  ASSERT_SAYS(&X, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, "C-15", COCOMM_SEVERITY_ERROR,
              "member 3 (Cath Lay) was chosen to preside but may not: the vice-chair can preside");
  D.chosen = 1; /* choosing the one who presides anyway is no error */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_VICE_CHAIR);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(errors(&X), 0);
  /* A vice-chair who is an executive: passed over as if absent. */
  D.chosen = -1;
  X.m[1].category = EXEC;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(R.presiding, -1);
  CU_ASSERT_FALSE(role(1, COCOMM_ITEM_MAY_PRESIDE));
  CU_ASSERT_TRUE(may_vote(1)); /* still a voting member */
  CU_ASSERT_EQUAL(count_of(&X, "C-1", 0), 0);
  ASSERT_SAYS(&X, COCOMM_MSG_MEETING_MUST_CHOOSE, "C-15", COCOMM_SEVERITY_WARNING,
              "chair absent, vice-chair not a lay member: the meeting chooses who presides (members who may: 1)");
  D.chosen = 2;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHOSEN);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  /* A lay vice-chair who withdrew is passed over too. */
  X.m[1].category = LAY;
  conflicts[1] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHOSEN);
  CU_ASSERT_EQUAL(R.presiding, 2);
}

/* C-8 applied to presiding (C-15): a joint committee's lay chair
 * withdraws, and the clinician vice-chair presides: a warning, not a bar.
 * 1.0 let the vice-chair preside without one. */
static void C8_joint_committee_presided_over_by_a_clinician(void) {
  static const spec s[] = {{"Ann Lay", LAY, V, CHAIR}, {"Dr Vic GP", CLIN, V, VICE},
                           {"Hal NHS England", NHSE, V, MEMBER}, {"Dan Exec", EXEC, V, MEMBER}};
  setup();
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  conflicts[0] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_VICE_CHAIR);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  ASSERT_SAYS(&X, COCOMM_MSG_VICE_TAKES_CHAIR, "I-6", COCOMM_SEVERITY_INFO,
              "chair: conflicted; the vice-chair, member 2 (Dr Vic GP), takes the chair");
  CU_ASSERT_EQUAL(count_of(&X, "C-8", COCOMM_SEVERITY_WARNING), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_PRESIDING_NOT_LAY, "C-8", COCOMM_SEVERITY_WARNING,
              "member 2 (Dr Vic GP) presides and is clinical, not a lay member");
  CU_ASSERT_EQUAL(errors(&X), 0);
  /* The lay chair presiding: no warning. */
  conflicts[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-8", 0), 0);
}

/* C-16: the casting vote is cast by whoever presides over the item,
 * never by a member who withdrew from it, and the record says who cast
 * it. 1.0 took any casting vote as the chair's. */
static void C16_casting_vote_of_whoever_presides(void) {
  setup();
  terms_of(&X)->casting_vote = 1;
  VOTES(F, F, F, A, A, A, AB); /* 3 to 3 */
  D.casting = COCOMM_VOTE_FOR;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED_CASTING);
  CU_ASSERT_EQUAL(R.casting_by, 0);
  CU_ASSERT_EQUAL(R.casting_by, R.presiding);
  ASSERT_SAYS(&X, COCOMM_MSG_CASTING_VOTE_GIVEN, "C-16", COCOMM_SEVERITY_INFO,
              "a tie, decided by the casting vote of member 1 (Ann Lay), who presides");
  D.casting_by = 0; /* said explicitly: the same */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_CARRIED_CASTING);
  CU_ASSERT_EQUAL(R.casting_by, 0);
  /* Recorded as cast by a member present who does not preside. */
  D.casting_by = 3;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(R.casting_by, -1);
  CU_ASSERT_EQUAL(count_of(&X, "C-16", COCOMM_SEVERITY_ERROR), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_CASTING_BY_NOT_PRESIDING, "C-16", COCOMM_SEVERITY_ERROR,
              "member 4 (Dan Exec) does not preside over the item: only member 1 (Ann Lay), who presides, may give "
              "the casting vote");
  /* Recorded as cast by a member who withdrew. */
  conflicts[6] = 1;
  votes[6] = NO;
  D.casting_by = 6;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(R.casting_by, -1);
  ASSERT_SAYS(&X, COCOMM_MSG_CASTING_BY_WITHDRAWN, "C-16", COCOMM_SEVERITY_ERROR,
              "member 7 (Dr Gus GP) withdrew from the item and cannot give the casting vote");
  /* The chair withdrew: the vice-chair presides and casts; the chair may not. */
  conflicts[6] = 0;
  conflicts[0] = 1;
  VOTES(NO, F, F, A, A, AB, AB); /* 2 to 2 */
  D.casting_by = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  ASSERT_SAYS(&X, COCOMM_MSG_CASTING_BY_WITHDRAWN, "C-16", COCOMM_SEVERITY_ERROR,
              "member 1 (Ann Lay) withdrew from the item and cannot give the casting vote");
  D.casting_by = -1;
  D.casting = COCOMM_VOTE_AGAINST;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_DEFEATED_CASTING);
  CU_ASSERT_EQUAL(R.casting_by, 1);
  CU_ASSERT_EQUAL(errors(&X), 0);
  /* Given where the terms grant none. */
  X.t.casting_vote = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  CU_ASSERT_EQUAL(R.casting_by, -1);
  ASSERT_SAYS(&X, COCOMM_MSG_CASTING_VOTE_NOT_GRANTED, "C-16", COCOMM_SEVERITY_ERROR,
              "a casting vote was recorded but the terms of reference grant none: the tie stands");
  /* A tie with a casting vote available and not given: information. */
  X.t.casting_vote = 1;
  D.casting = COCOMM_VOTE_NONE;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_TIED);
  ASSERT_SAYS(&X, COCOMM_MSG_TIE_CASTING_VOTE_AVAILABLE, "C-16", COCOMM_SEVERITY_INFO,
              "a tie: the member presiding may give a casting vote");
}

/* C-17: a joint committee's decision is one decision for NHS England and
 * the CCGs: with no eligible voting member of either present it is not a
 * joint decision (a warning). 1.0 did not look. */
static void C17_joint_decision_needs_both_bodies(void) {
  static const spec s[] = {{"Ann Lay", LAY, V, CHAIR}, {"Hal NHS England", NHSE, V, VICE},
                           {"Dan Exec", EXEC, V, MEMBER}, {"Dr Fay GP", CLIN, V, MEMBER},
                           {"Nia NHS England", NHSE, NV, MEMBER}, {"Ivy Healthwatch", HW, NV, MEMBER}};
  setup();
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-17", 0), 0);
  CU_ASSERT_EQUAL(X.n, 0);
  /* NHS England's voting member absent; its non-voting officer does not count. */
  present[1] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-17", COCOMM_SEVERITY_WARNING), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND, "C-17", COCOMM_SEVERITY_WARNING,
              "no voting member of NHS England is present and eligible: not a joint decision");
  CU_ASSERT_EQUAL(R.can_decide, 1); /* a should: the item is still decided */
  /* Present but withdrawn: not eligible. */
  present[1] = 1;
  conflicts[1] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND), 1);
  /* A clinician of NHS England (body_kind) is NHS England's member. */
  X.m[3].body_kind = COCOMM_BODY_NHS_ENGLAND;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-17", 0), 0);
  X.m[3].body_kind = COCOMM_BODY_UNSTATED;
  conflicts[1] = 0;
  /* No voting member of a CCG present: NHS England's vice-chair presides alone. */
  present[0] = present[2] = present[3] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-17", COCOMM_SEVERITY_WARNING), 1);
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_JOINT_NO_CCG, "C-17", COCOMM_SEVERITY_WARNING,
              "no CCG party to the committee has a voting member present and eligible: not a joint decision");
  /* A delegated committee is one body's: no C-17. */
  X.c.kind = COCOMM_COMMITTEE_DELEGATED;
  present[0] = 1;
  present[1] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_of(&X, "C-17", 0), 0);
}

/* I-6 (revision 2): a delegated committee's lay and executive majority
 * among those present and eligible. Lost through withdrawals: an error,
 * the item not decided. Already lost through absences: a warning, the
 * item decided (attendance is the quorum's business). 1.0 made both a
 * C-2 error. */
static void I6_majority_lost_through_absence_or_through_withdrawal(void) {
  setup();
  present[2] = present[3] = present[4] = 0; /* Cath, Dan, Eve absent: 2 of the 4 present */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_WARNING), 1);
  CU_ASSERT_EQUAL(count_of(&X, "C-2", 0), 0);
  CU_ASSERT_EQUAL(errors(&X), 0);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT, "I-6", COCOMM_SEVERITY_WARNING,
              "lay and executive members are 2 of the 4 voting members present: not a majority, through absences "
              "rather than withdrawals");
  /* Everyone present, and the same three withdraw: an error. */
  memset(present, 1, sizeof present);
  conflicts[2] = conflicts[3] = conflicts[4] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.can_decide, 0);
  CU_ASSERT_EQUAL(count_of(&X, "I-6", COCOMM_SEVERITY_ERROR), 1);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT), 0);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT, "I-6", COCOMM_SEVERITY_ERROR,
              "lay and executive members are 2 of the 4 voting members left for this item once conflicted members "
              "withdraw: not a majority");
  /* Lost through absences, then lessened by a withdrawal: still the absences'. */
  conflicts[2] = conflicts[3] = conflicts[4] = 0;
  present[2] = present[3] = present[4] = 0;
  conflicts[1] = 1;
  QUORUM(&X, clause(3, 0, 0), clause(1, CAT(LAY), 0));
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  ASSERT_SAYS(&X, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT, "I-6", COCOMM_SEVERITY_WARNING,
              "lay and executive members are 2 of the 4 voting members present: not a majority, through absences "
              "rather than withdrawals");
  /* A joint committee: C-8 warnings either way. */
  X.c.kind = COCOMM_COMMITTEE_JOINT;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT), 1);
  CU_ASSERT_STRING_EQUAL(with_message(&X, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT)->rule, "C-8");
  CU_ASSERT_EQUAL(R.can_decide, 1);
}

/* C-3 and C-13: whether non-voting attendees count towards a quorum is
 * for the terms of reference. A clause that counts non-voting members
 * counts the observers present; a clause of voting members (the default)
 * never does, even an observer wrongly marked voting. 1.0 counted voting
 * members only. */
static void C3_C13_observers_count_only_where_the_terms_say(void) {
  setup();
  QUORUM(&X, (cocomm_clause){8, 0, 0, 0, COCOMM_COUNT_ANY, COCOMM_CLAUSE_ANY_BODY});
  present[7] = present[9] = present[10] = 0; /* the 7 voting members and Ivy of Healthwatch */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(R.counted, 8);
  CU_ASSERT_EQUAL(roles[8], COCOMM_ITEM_COUNTED); /* counted, and still no vote */
  CU_ASSERT_EQUAL(R.eligible, 7);                /* nor part of the C-2 majority */
  present[8] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_EQUAL(R.counted, 7);
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_QUORATE, "C-13", COCOMM_SEVERITY_ERROR,
              "not quorate: the quorum needs at least 8 voting or non-voting members (8), and 7 count");
  /* Non-voting members only: the observers and NHS England's officer. */
  memset(present, 1, sizeof present);
  QUORUM(&X, clause(4, 0, 0), (cocomm_clause){2, CAT(HW) | CAT(HWB), 0, 0, COCOMM_COUNT_NON_VOTING,
                                              COCOMM_CLAUSE_ANY_BODY});
  present[9] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  ASSERT_SAYS(&X, COCOMM_MSG_NOT_QUORATE, "C-13", COCOMM_SEVERITY_ERROR,
              "not quorate: the quorum needs at least 2 non-voting members of Healthwatch, Health and Wellbeing "
              "Board (2), and 1 count");
  present[9] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  /* The default clause counts voting members: Ivy present makes no difference. */
  QUORUM(&X, clause(8, 0, 0));
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_EQUAL(R.counted, 7);
  CU_ASSERT_FALSE(role(8, COCOMM_ITEM_COUNTED));
  X.m[8].voting = V; /* wrongly marked voting: an observer still never counts as one */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 0);
  CU_ASSERT_EQUAL(R.counted, 7);
  CU_ASSERT_FALSE(may_vote(8));
}

/* I-3: the register says how each declared conflict was managed: a
 * member who left the room, one who stayed and took no part
 * (decision.stayed), one who took part, one absent. 1.0 said "withdrew"
 * for the first two alike. */
static void I3_register_left_the_room_or_stayed(void) {
  setup();
  D.contract_award = 1;
  D.date = (cocomm_date){2015, 6, 10};
  conflicts[5] = conflicts[6] = 1;
  VOTES(F, F, F, F, A);
  ASSERT_STATUS(check(), COCOMM_OK);
  char buf[512];
  size_t need = 0;
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-10,GP contract variation,\"Ann Lay; Bob Lay; Cath Lay; Dan Exec; Eve Exec\","
                              "\"Dr Fay GP: left the room; Dr Gus GP: left the room\",carried\r\n");
  CU_ASSERT_EQUAL(need, strlen(buf));
  D.stayed = stayed;
  stayed[6] = 1;
  ASSERT_STATUS(check(), COCOMM_OK);
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-10,GP contract variation,\"Ann Lay; Bob Lay; Cath Lay; Dan Exec; Eve Exec\","
                              "\"Dr Fay GP: left the room; Dr Gus GP: stayed in the room and took no part\","
                              "carried\r\n");
  CU_ASSERT_EQUAL(need, strlen(buf));
  CU_ASSERT_EQUAL(R.can_decide, 1); /* staying and taking no part is a way of withdrawing */
  CU_ASSERT_EQUAL(R.withdrawn, 2);
  /* stayed says nothing of a member with no conflict, nor of one absent. */
  stayed[2] = 1;
  present[6] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  ASSERT_STATUS(cocomm_decision_format_register(&X.c, &D, &R, buf, sizeof buf, &need), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(buf, "2015-06-10,GP contract variation,\"Ann Lay; Bob Lay; Cath Lay; Dan Exec; Eve Exec\","
                              "\"Dr Fay GP: left the room; Dr Gus GP: absent\",carried\r\n");
}

/* C-15: the chair presides; if the chair cannot, the vice-chair; only if
 * neither can does the meeting choose. What the terms say of presiding
 * (cocomm_terms.presiding: "who may preside over an item when neither the
 * chair nor the vice-chair can, and whom the meeting may choose") governs
 * that choice, not the chair and vice-chair: of a joint committee a
 * non-lay chair or vice-chair who is present and eligible presides, with
 * a C-8 warning; only a delegated committee's non-lay vice-chair is passed
 * over. FAILS against this tree: lib/decision.c applies
 * COCOMM_PRESIDE_LAY to the chair and the vice-chair too (it sets
 * lay_presides, which why_not() applies to everyone), so a joint
 * committee's executive chair, present, is passed over and the meeting is
 * asked to choose. */
static void C15_terms_lay_rule_is_only_for_whom_the_meeting_chooses(void) {
  static const spec s[] = {{"Dan Exec", EXEC, V, CHAIR}, {"Dr Vic GP", CLIN, V, VICE},
                           {"Ann Lay", LAY, V, MEMBER}, {"Hal NHS England", NHSE, V, MEMBER}};
  setup();
  BUILD(&X, COCOMM_COMMITTEE_JOINT, s);
  terms_of(&X)->presiding = COCOMM_PRESIDE_LAY;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_CHAIR);
  CU_ASSERT_EQUAL(R.presiding, 0);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  ASSERT_SAYS(&X, COCOMM_MSG_PRESIDING_NOT_LAY, "C-8", COCOMM_SEVERITY_WARNING,
              "member 1 (Dan Exec) presides and is executive, not a lay member");
  CU_ASSERT_EQUAL(count_of(&X, "C-15", 0), 0);
  /* The chair absent: the vice-chair, a clinician. */
  present[0] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_VICE_CHAIR);
  CU_ASSERT_EQUAL(R.presiding, 1);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  ASSERT_SAYS(&X, COCOMM_MSG_PRESIDING_NOT_LAY, "C-8", COCOMM_SEVERITY_WARNING,
              "member 2 (Dr Vic GP) presides and is clinical, not a lay member");
  /* Neither: now the terms' rule says whom the meeting may choose, a lay member. */
  present[1] = 0;
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.presided, COCOMM_PRESIDED_TO_CHOOSE);
  CU_ASSERT_EQUAL(R.may_preside, 1);
  CU_ASSERT_TRUE(role(2, COCOMM_ITEM_MAY_PRESIDE));
  CU_ASSERT_FALSE(role(3, COCOMM_ITEM_MAY_PRESIDE));
}

/* C-3 and C-13: non-voting attendees count towards the quorum only where
 * the terms say so, and only those the terms name. A clause of Healthwatch
 * members who do not vote counts the Healthwatch representative present;
 * NHS England's non-voting officer and the LMC member, whom no clause
 * counts, are not counted (roles COUNTED, result.counted). FAILS against
 * this tree: lib/decision.c quorate() marks every non-voting member
 * present COUNTED as soon as any clause counts non-voting members
 * (non_voting_counted), whatever that clause's set: counted is 6, not 4. */
static void C3_C13_only_the_attendees_the_terms_count_are_counted(void) {
  static const spec s[] = {{"Ann Lay", LAY, V, CHAIR}, {"Dan Exec", EXEC, V, MEMBER},
                           {"Dr Fay GP", CLIN, V, MEMBER}, {"Hal NHS England", NHSE, NV, MEMBER},
                           {"Ivy Healthwatch", HW, NV, MEMBER}, {"Ken LMC", LMC, NV, MEMBER}};
  setup();
  BUILD(&X, COCOMM_COMMITTEE_DELEGATED, s);
  QUORUM(&X, clause(2, 0, 0), (cocomm_clause){1, CAT(HW), 0, 0, COCOMM_COUNT_NON_VOTING, COCOMM_CLAUSE_ANY_BODY});
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.quorate, 1);
  CU_ASSERT_TRUE(role(0, COCOMM_ITEM_COUNTED));
  CU_ASSERT_TRUE(role(4, COCOMM_ITEM_COUNTED)); /* Healthwatch: the terms count it */
  CU_ASSERT_FALSE(role(3, COCOMM_ITEM_COUNTED)); /* NHS England's non-voting officer: no clause counts it */
  CU_ASSERT_FALSE(role(5, COCOMM_ITEM_COUNTED)); /* the LMC member: likewise */
  CU_ASSERT_EQUAL(R.counted, 4);
}


/* M-1 and the end of the policy (issue 16): a meeting dated 2022-06-30 is a
 * CCG committee's; one dated 2022-07-01, the day CCGs were abolished, or
 * later decides nothing under these rules, and says why. */
static void M1_no_ccg_decides_after_2022_07_01(void) {
  setup();
  D.date = (cocomm_date){2022, 6, 30};
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 1);
  CU_ASSERT_EQUAL(count_message(&X, COCOMM_MSG_AFTER_CCGS_ABOLISHED), 0);
  static const cocomm_date after[] = {{2022, 7, 1}, {2022, 7, 2}, {2023, 1, 1}};
  for (size_t k = 0; k < sizeof after / sizeof after[0]; k++) {
    D.date = after[k];
    ASSERT_STATUS(check(), COCOMM_OK);
    CU_ASSERT_EQUAL(R.can_decide, 0);
    CU_ASSERT_EQUAL(R.eligible, 0);
    CU_ASSERT_EQUAL(R.outcome, COCOMM_OUTCOME_UNDECIDED);
    for (uint32_t i = 0; i < X.c.member_count; i++) CU_ASSERT_EQUAL(roles[i] & COCOMM_ITEM_MAY_VOTE, 0);
    ASSERT_SAYS(&X, COCOMM_MSG_AFTER_CCGS_ABOLISHED, "M-1", COCOMM_SEVERITY_ERROR,
                "the meeting is on or after 1 July 2022, when CCGs were abolished: integrated care boards took on "
                "delegated primary medical services, and no CCG committee decides under these rules");
  }
  D.date = (cocomm_date){0, 0, 0}; /* no date: the rules of the default edition */
  ASSERT_STATUS(check(), COCOMM_OK);
  CU_ASSERT_EQUAL(R.can_decide, 1);
}

static const test_case cases[] = {
  TEST(everyone_present_can_decide),
  RULE_TEST("I-6", I6_every_gp_conflicted),
  RULE_TEST("I-6", I6_quorum_only_with_the_conflicted),
  RULE_TEST("C-13", C13_not_quorate),
  RULE_TEST("I-6", I6_vice_chair_takes_the_chair),
  RULE_TEST("C-15 I-6", C15_chair_and_vice_both_conflicted),
  RULE_TEST("C-1 C-15", C15_vice_chair_must_be_lay_when_delegated),
  RULE_TEST("C-2 C-8 I-6", C2_majority_among_those_left),
  RULE_TEST("C-14", C14_tally_and_casting_vote),
  RULE_TEST("I-4", I4_conflicted_member_in_a_contract_award),
  RULE_TEST("I-3", I3_register_entry),
  TEST(several_decisions_in_a_loop),
  TEST(bad_input),
  RULE_TEST("C-14", C14_majority_of_votes_cast_or_of_those_entitled),
  RULE_TEST("I-4", I4_conflicted_vote_means_the_award_is_not_carried),
  RULE_TEST("C-9", C9_greater_involvement_forum_decides_nothing),
  RULE_TEST("C-15", C15_the_meeting_chooses_who_presides),
  RULE_TEST("C-15", C15_chosen_while_the_chair_can_and_a_non_lay_vice_chair),
  RULE_TEST("C-8 C-15", C8_joint_committee_presided_over_by_a_clinician),
  RULE_TEST("C-16", C16_casting_vote_of_whoever_presides),
  RULE_TEST("C-17", C17_joint_decision_needs_both_bodies),
  RULE_TEST("M-1", M1_no_ccg_decides_after_2022_07_01),
  RULE_TEST("I-6", I6_majority_lost_through_absence_or_through_withdrawal),
  RULE_TEST("C-3 C-13", C3_C13_observers_count_only_where_the_terms_say),
  RULE_TEST("I-3", I3_register_left_the_room_or_stayed),
  RULE_TEST("C-15 C-8", C15_terms_lay_rule_is_only_for_whom_the_meeting_chooses),
  RULE_TEST("C-3 C-13", C3_C13_only_the_attendees_the_terms_count_are_counted),
};
RUN_TESTS("decision", cases)
