/* SPDX-License-Identifier: MIT */
#include <cocomm/decision.h>
#include <cocomm/status.h>
#include <cocomm/error.h>

#include <string.h>

#include "committee_internal.h"
#include "internal.h"
#include "message.h"

void cocomm_decision_init(cocomm_decision *decision) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_decision init = COCOMM_DECISION_INIT;
  if (decision != NULL) memcpy(decision, &init, sizeof init);
}

void cocomm_decision_result_init(cocomm_decision_result *result) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_decision_result init = COCOMM_DECISION_RESULT_INIT;
  if (result != NULL) memcpy(result, &init, sizeof init);
}

static int32_t check_decision(const cocomm_committee *c, const cocomm_decision *d, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (d == NULL) return cocomm__fail(e, bad, -1, COCOMM_FIELD_NONE, "no decision");
  if (d->struct_size < COCOMM_DECISION_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the decision's struct_size is below the first layout");
  if (d->present == NULL && c->member_count > 0)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_PRESENT, "no present array");
  if (d->contract_award != 0 && d->contract_award != 1)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CONTRACT_AWARD, "contract_award must be 0 or 1");
  if (d->casting < COCOMM_VOTE_NONE || d->casting > COCOMM_VOTE_AGAINST)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CASTING, "a casting vote is for, against or none");
  cocomm_date zero = {0, 0, 0};
  if (memcmp(&d->date, &zero, sizeof zero) != 0 && cocomm_date_check(d->date) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_DATE, "not a date");
  size_t len;
  if (d->item && cocomm__utf8_check(d->item, 4 * COCOMM_NAME_MAX, &len) != COCOMM_OK)
    return cocomm__fail(e, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ITEM,
                        "not UTF-8 of at most 1020 bytes with no control character but HT");
  for (uint32_t i = 0; i < c->member_count; i++) {
    if (d->present[i] > 1) return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_PRESENT, "must be 0 or 1");
    if (d->conflicted && d->conflicted[i] > 1)
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_CONFLICTED, "must be 0 or 1");
    if (d->votes && (d->votes[i] < COCOMM_VOTE_NONE || d->votes[i] > COCOMM_VOTE_ABSTAIN))
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_VOTES, "not a vote");
  }
  return COCOMM_OK;
}

/* Who is in the room for this item: voting, present, not observers; split
 * into those who stay and those who withdrew for a conflict. */
typedef struct {
  uint32_t voting, lay, exec, clinical;
} heads;

static int conflicted(const cocomm_decision *d, uint32_t i) { return d->conflicted && d->conflicted[i]; }

static int eligible(const cocomm_member *m, const cocomm_decision *d, uint32_t i) {
  return d->present[i] && !conflicted(d, i) && m->voting && !cocomm__observer(m->category);
}

static void count(heads *h, const cocomm_member *m) {
  h->voting++;
  h->lay += m->category == COCOMM_CATEGORY_LAY;
  h->exec += cocomm__executive_side(m->category);
  h->clinical += m->category == COCOMM_CATEGORY_CLINICAL;
}

/* Can member i take the chair for this item? C-1 holds for the item too:
 * a delegated committee's item is chaired by a lay member. */
static int can_preside(const cocomm_committee *c, const cocomm_decision *d, int32_t i) {
  cocomm_member m;
  if (i < 0) return 0;
  cocomm__load_member(c, (uint32_t)i, &m);
  if (!eligible(&m, d, (uint32_t)i)) return 0;
  return c->kind != COCOMM_COMMITTEE_DELEGATED || m.category == COCOMM_CATEGORY_LAY;
}

static int32_t why_not(const cocomm_committee *c, const cocomm_decision *d, int32_t i) {
  cocomm_member m;
  if (i < 0) return COCOMM__REASON_NONE;
  cocomm__load_member(c, (uint32_t)i, &m);
  if (!d->present[i]) return COCOMM__REASON_ABSENT;
  if (conflicted(d, (uint32_t)i)) return COCOMM__REASON_CONFLICTED;
  if (!m.voting || cocomm__observer(m.category)) return COCOMM__REASON_NOT_VOTING;
  return COCOMM__REASON_NOT_LAY;
}

static int32_t choose_presiding(const cocomm_committee *c, const cocomm_decision *d,
                                const cocomm__roster *r, cocomm__sink *s) {
  if (can_preside(c, d, r->chair)) return r->chair;
  const int delegated = c->kind == COCOMM_COMMITTEE_DELEGATED;
  const int32_t chair = why_not(c, d, r->chair);
  if (can_preside(c, d, r->vice)) {
    /* I-6 when the chair withdrew for a conflict; an absent chair is C-10's business. */
    cocomm__report(s, chair == COCOMM__REASON_CONFLICTED ? COCOMM_RULE_I_6 : COCOMM_RULE_C_10,
                   COCOMM_SEVERITY_INFO, COCOMM_MSG_VICE_TAKES_CHAIR, r->vice, COCOMM__V(chair, r->vice));
    return r->vice;
  }
  cocomm__report(s, delegated ? COCOMM_RULE_C_1 : COCOMM_RULE_C_10, COCOMM_SEVERITY_ERROR,
                 delegated ? COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY : COCOMM_MSG_NO_ONE_CAN_CHAIR, -1,
                 COCOMM__V(chair, why_not(c, d, r->vice)));
  return -1;
}

/* The presiding part of the quorum (C-13): the chair, or the chair or
 * vice-chair, present and able to chair; lay where the quorum says so. */
static int quorate_presiding(const cocomm_committee *c, const cocomm_decision *d, int32_t presiding,
                             const cocomm__roster *r, cocomm__sink *s) {
  const cocomm_quorum *q = &c->quorum;
  if (q->presiding == COCOMM_PRESIDING_ANY) return 1;
  int ok = presiding >= 0 && (q->presiding == COCOMM_PRESIDING_CHAIR_OR_VICE || presiding == r->chair);
  if (!ok) {
    int chair_conflicted = r->chair >= 0 && d->present[r->chair] && conflicted(d, (uint32_t)r->chair);
    cocomm__report(s, chair_conflicted ? COCOMM_RULE_I_6 : COCOMM_RULE_C_13, COCOMM_SEVERITY_ERROR,
                   q->presiding == COCOMM_PRESIDING_CHAIR ? COCOMM_MSG_NOT_QUORATE_NEEDS_CHAIR
                                                          : COCOMM_MSG_NOT_QUORATE_NEEDS_CHAIR_OR_VICE,
                   -1, NULL);
    return 0;
  }
  if (q->presiding_lay) {
    cocomm_member m;
    cocomm__load_member(c, (uint32_t)presiding, &m);
    if (m.category != COCOMM_CATEGORY_LAY) {
      cocomm__report(s, COCOMM_RULE_C_13, COCOMM_SEVERITY_ERROR, COCOMM_MSG_NOT_QUORATE_NEEDS_LAY_CHAIR, -1,
                     COCOMM__V(presiding, m.category));
      return 0;
    }
  }
  return 1;
}

/* The quorum among those who stay. A shortfall that counting the
 * withdrawn members would have covered cites I-6. */
static int quorate(const cocomm_committee *c, const cocomm_decision *d, const cocomm__roster *r,
                   const heads *stay, const heads *gone, int32_t presiding, cocomm__sink *s) {
  const cocomm_quorum *q = &c->quorum;
  const struct {
    uint32_t have, gone;
    int32_t need;
    int32_t what;
  } parts[] = {
    {stay->voting, gone->voting, q->min_voting, COCOMM__COUNTED_VOTING},
    {stay->lay, gone->lay, q->min_lay, COCOMM__COUNTED_LAY},
    {stay->exec, gone->exec, q->min_executive, COCOMM__COUNTED_EXECUTIVE},
    {stay->clinical, gone->clinical, q->min_clinical, COCOMM__COUNTED_CLINICAL},
  };
  int ok = 1;
  for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
    if (parts[k].have >= (uint32_t)parts[k].need) continue;
    ok = 0;
    int conflicts_cost_it = parts[k].have + parts[k].gone >= (uint32_t)parts[k].need;
    cocomm__report(s, conflicts_cost_it ? COCOMM_RULE_I_6 : COCOMM_RULE_C_13, COCOMM_SEVERITY_ERROR,
                   conflicts_cost_it ? COCOMM_MSG_NOT_QUORATE_COUNT_AFTER_WITHDRAWAL : COCOMM_MSG_NOT_QUORATE_COUNT,
                   -1, COCOMM__V((int32_t)parts[k].have, parts[k].what, parts[k].need));
  }
  return ok & quorate_presiding(c, d, presiding, r, s);
}

/* C-14: a simple majority of those voting; a casting vote on a tie where
 * the committee grants one. Votes from anyone not entitled are errors and
 * do not count. */
static int32_t tally(const cocomm_committee *c, const cocomm_decision *d, int can_decide,
                     cocomm_decision_result *res, cocomm__sink *s) {
  uint32_t yes = 0, no = 0, abstain = 0;
  for (uint32_t i = 0; i < c->member_count; i++) {
    int32_t v = d->votes[i];
    if (v == COCOMM_VOTE_NONE) continue;
    cocomm_member m;
    cocomm__load_member(c, i, &m);
    if (eligible(&m, d, i)) {
      yes += v == COCOMM_VOTE_FOR;
      no += v == COCOMM_VOTE_AGAINST;
      abstain += v == COCOMM_VOTE_ABSTAIN;
    } else if (d->present[i] && conflicted(d, i)) {
      cocomm__report(s, d->contract_award ? COCOMM_RULE_I_4 : COCOMM_RULE_I_6, COCOMM_SEVERITY_ERROR,
                     d->contract_award ? COCOMM_MSG_CONFLICTED_TOOK_PART_IN_AWARD : COCOMM_MSG_CONFLICTED_TOOK_PART,
                     (int32_t)i, COCOMM__V((int32_t)i));
    } else if (d->present[i] && cocomm__observer(m.category)) {
      cocomm__report(s, COCOMM_RULE_C_3, COCOMM_SEVERITY_ERROR, COCOMM_MSG_OBSERVER_VOTED, (int32_t)i,
                     COCOMM__V((int32_t)i));
    } else {
      cocomm__report(s, COCOMM_RULE_C_14, COCOMM_SEVERITY_ERROR,
                     d->present[i] ? COCOMM_MSG_VOTED_NOT_VOTING_MEMBER : COCOMM_MSG_VOTED_ABSENT, (int32_t)i,
                     COCOMM__V((int32_t)i));
    }
  }
  res->votes_for = yes;
  res->votes_against = no;
  res->abstentions = abstain;
  if (!can_decide) return COCOMM_OUTCOME_UNDECIDED;
  if (yes > no) return COCOMM_OUTCOME_CARRIED;
  if (no > yes) return COCOMM_OUTCOME_DEFEATED;
  if (d->casting != COCOMM_VOTE_NONE && !c->casting_vote) {
    cocomm__report(s, COCOMM_RULE_C_14, COCOMM_SEVERITY_ERROR, COCOMM_MSG_CASTING_VOTE_NOT_GRANTED, -1, NULL);
    return COCOMM_OUTCOME_TIED;
  }
  if (d->casting == COCOMM_VOTE_FOR) return COCOMM_OUTCOME_CARRIED_CASTING;
  if (d->casting == COCOMM_VOTE_AGAINST) return COCOMM_OUTCOME_DEFEATED_CASTING;
  cocomm__report(s, COCOMM_RULE_C_14, COCOMM_SEVERITY_INFO,
                 c->casting_vote ? COCOMM_MSG_TIE_CASTING_VOTE_AVAILABLE : COCOMM_MSG_TIE_NOT_CARRIED, -1, NULL);
  return COCOMM_OUTCOME_TIED;
}

static int32_t check_one(const cocomm_committee *c, const cocomm_decision *d,
                         cocomm_decision_result *result, uint8_t *may_vote, cocomm__sink *s, cocomm_error *e) {
  cocomm__roster r;
  int32_t st = cocomm__check_committee_shell(c, e);
  if (st == COCOMM_OK) st = cocomm__scan_members(c, &r, 0, e);
  if (st == COCOMM_OK) st = check_decision(c, d, e);
  if (st != COCOMM_OK) return st;
  if (result == NULL) return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_RESULT, "no result");
  if (result->struct_size < COCOMM_DECISION_RESULT_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_RESULT,
                        "the result's struct_size is below the first layout");

  heads stay = {0, 0, 0, 0}, gone = {0, 0, 0, 0};
  uint32_t withdrawn = 0;
  for (uint32_t i = 0; i < c->member_count; i++) {
    cocomm_member m;
    cocomm__load_member(c, i, &m);
    int votes = m.voting && !cocomm__observer(m.category);
    if (d->present[i] && conflicted(d, i)) {
      withdrawn++;
      if (votes) count(&gone, &m);
      cocomm__report(s, COCOMM_RULE_I_6, COCOMM_SEVERITY_INFO, COCOMM_MSG_WITHDRAWS, (int32_t)i,
                     COCOMM__V((int32_t)i));
    } else if (d->present[i] && votes) {
      count(&stay, &m);
    }
    if (may_vote) may_vote[i] = (uint8_t)eligible(&m, d, i);
  }
  int32_t presiding = choose_presiding(c, d, &r, s);
  int is_quorate = quorate(c, d, &r, &stay, &gone, presiding, s);
  int led = 1;
  if (2 * (stay.lay + stay.exec) <= stay.voting) {
    const int delegated = c->kind == COCOMM_COMMITTEE_DELEGATED;
    if (delegated) led = 0;
    if (c->kind != COCOMM_COMMITTEE_GREATER_INVOLVEMENT)
      cocomm__report(s, delegated ? COCOMM_RULE_C_2 : COCOMM_RULE_C_8,
                     delegated ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING,
                     COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT, -1,
                     COCOMM__V((int32_t)(stay.lay + stay.exec), (int32_t)stay.voting));
  }
  int can_decide = is_quorate && presiding >= 0 && led;
  cocomm_decision_result res;
  memset(&res, 0, sizeof res);
  res.can_decide = can_decide;
  res.quorate = is_quorate;
  res.presiding = presiding;
  res.eligible = stay.voting;
  res.eligible_lay_executive = stay.lay + stay.exec;
  res.withdrawn = withdrawn;
  res.outcome = d->votes ? tally(c, d, can_decide, &res, s) : COCOMM_OUTCOME_UNDECIDED;
  res.struct_size = result->struct_size;
  cocomm__copy_struct(result, result->struct_size, &res, sizeof res);
  return COCOMM_OK;
}

int32_t cocomm_decision_assess(const cocomm_committee *committee, const cocomm_decision *decision,
                              cocomm_decision_result *result, uint8_t *may_vote, cocomm_findings *findings,
                              cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = check_one(committee, decision, result, may_vote, &sink, error);
  return cocomm__end(&sink, error, st);
}

/* How a member with a declared conflict was dealt with, for the register. */
static const char *conflict_handling(const cocomm_decision *d, uint32_t i) {
  if (!d->present[i]) return ": absent";
  if (d->votes && d->votes[i] != COCOMM_VOTE_NONE) return ": took part despite a declared conflict";
  return ": withdrew";
}

int32_t cocomm_decision_format_register(const cocomm_committee *committee, const cocomm_decision *decision,
                              const cocomm_decision_result *result, char *buf, size_t cap,
                              size_t *needed) {
  cocomm__roster r;
  if (buf == NULL && cap > 0) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__check_committee_shell(committee, NULL);
  if (st == COCOMM_OK) st = cocomm__scan_members(committee, &r, 0, NULL);
  if (st == COCOMM_OK) st = check_decision(committee, decision, NULL);
  if (st != COCOMM_OK) return st;
  if (result == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (result->struct_size < COCOMM_DECISION_RESULT_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  /* What it prints must be a result the check could have made. */
  if (!cocomm__is_yes_no(result->can_decide) || !cocomm__is_yes_no(result->quorate) ||
      result->outcome < COCOMM_OUTCOME_UNDECIDED || result->outcome > COCOMM_OUTCOME_DEFEATED_CASTING ||
      (!result->can_decide && result->outcome != COCOMM_OUTCOME_UNDECIDED) || result->presiding < -1 ||
      (result->presiding >= 0 && (uint32_t)result->presiding >= committee->member_count))
    return COCOMM_ERR_INVALID_ARGUMENT;
  const cocomm_committee *c = committee;
  const cocomm_decision *d = decision;
  cocomm__text t = {buf, cap, 0};
  char date[16] = "";
  if (d->date.year) cocomm_date_format(d->date, date, sizeof date, NULL);
  cocomm__text_csv_field(&t, date);
  cocomm__text_puts(&t, ",");
  cocomm__text_csv_field(&t, d->item ? d->item : "");
  /* The two list fields are always quoted: names may hold commas. */
  for (int field = 0; field < 2; field++) {
    int first = 1;
    cocomm__text_puts(&t, ",\"");
    for (uint32_t i = 0; i < c->member_count; i++) {
      cocomm_member m;
      cocomm__load_member(c, i, &m);
      int voted = d->votes && d->votes[i] != COCOMM_VOTE_NONE;
      if (field == 0 ? !(voted || (!d->votes && eligible(&m, d, i))) : !conflicted(d, i)) continue;
      if (!first) cocomm__text_puts(&t, "; ");
      first = 0;
      cocomm__text_csv_escaped(&t, m.name);
      if (field == 1) cocomm__text_puts(&t, conflict_handling(d, i));
    }
    cocomm__text_puts(&t, "\"");
  }
  cocomm__text_puts(&t, ",");
  cocomm__text_puts(&t, result->can_decide ? cocomm_outcome_name(result->outcome) : "not decided");
  cocomm__text_puts(&t, "\r\n");
  return cocomm__text_finish(&t, needed);
}

const char *cocomm_outcome_name(int32_t outcome) {
  static const char *const names[] = {"undecided", "carried", "defeated", "tied",
                                      "carried on the casting vote", "defeated on the casting vote"};
  return outcome >= COCOMM_OUTCOME_UNDECIDED && outcome <= COCOMM_OUTCOME_DEFEATED_CASTING
             ? names[outcome]
             : "unknown";
}

uint32_t cocomm_decision_size(void) { return (uint32_t)sizeof(cocomm_decision); }
uint32_t cocomm_decision_result_size(void) { return (uint32_t)sizeof(cocomm_decision_result); }
