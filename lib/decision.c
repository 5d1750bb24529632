/* SPDX-License-Identifier: MIT */
#include <cocomm/decision.h>
#include <cocomm/status.h>
#include <cocomm/error.h>

#include <stddef.h>
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
  if (d->chosen < -1 || (d->chosen >= 0 && (uint32_t)d->chosen >= c->member_count))
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CHOSEN, "chosen is -1 or a member's index");
  if (d->casting_by < -1 || (d->casting_by >= 0 && (uint32_t)d->casting_by >= c->member_count))
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CASTING_BY, "casting_by is -1 or a member's index");
  for (uint32_t i = 0; i < c->member_count; i++) {
    if (d->present[i] > 1) return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_PRESENT, "must be 0 or 1");
    if (d->conflicted && d->conflicted[i] > 1)
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_CONFLICTED, "must be 0 or 1");
    if (d->stayed && d->stayed[i] > 1) return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_STAYED, "must be 0 or 1");
    if (d->votes && (d->votes[i] < COCOMM_VOTE_NONE || d->votes[i] > COCOMM_VOTE_ABSTAIN))
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_VOTES, "not a vote");
  }
  return COCOMM_OK;
}

/* Voting members, split as C-2 counts them. */
typedef struct {
  uint32_t voting, lay_exec, nhs_england, ccg;
} heads;

static int conflicted(const cocomm_decision *d, uint32_t i) { return d->conflicted && d->conflicted[i]; }
static int withdrawn(const cocomm_decision *d, uint32_t i) { return d->present[i] && conflicted(d, i); }

static void count(heads *h, const cocomm__person *p) {
  h->voting++;
  h->lay_exec += (uint32_t)cocomm__lay_or_executive(p->category);
  h->nhs_england += p->body == COCOMM__BODY_NHS_ENGLAND;
  h->ccg += p->body >= COCOMM__BODY_CCG;
}

/* Everything one item's check works out, member by member. */
typedef struct {
  const cocomm_committee *c;
  const cocomm_decision *d;
  const cocomm__roster *r;
  int lay_presides;        /* whoever presides must be lay (C-1 applied to the item, C-15) */
  int lay_chosen;          /* whoever the meeting chooses must be lay (that, or the terms) */
  heads present, stay;     /* voting members present; of them, those who stay */
  uint32_t withdrawn;
  uint8_t counts[COCOMM_MEMBERS_MAX]; /* present and not withdrawn */
  uint8_t before[COCOMM_MEMBERS_MAX]; /* present, withdrawn or not */
  uint8_t roles[COCOMM_MEMBERS_MAX];  /* enum cocomm_item_role */
} item;

/* Why member i may not preside over the item (a cocomm__reason), or -1 if
 * it may; chosen: as one the meeting chooses, not as chair or vice. */
static int32_t why_not(const item *it, int32_t i, int chosen) {
  cocomm_member m;
  if (i < 0) return COCOMM__REASON_NONE;
  cocomm__load_member(it->c, (uint32_t)i, &m);
  if (!it->d->present[i]) return COCOMM__REASON_ABSENT;
  if (conflicted(it->d, (uint32_t)i)) return COCOMM__REASON_CONFLICTED;
  if (!cocomm__votes(&m)) return COCOMM__REASON_NOT_VOTING;
  if ((chosen ? it->lay_chosen : it->lay_presides) && m.category != COCOMM_CATEGORY_LAY)
    return COCOMM__REASON_NOT_LAY;
  return -1;
}

/* C-15: the chair; else the vice-chair; else whom the meeting chooses
 * from those who may. */
static int32_t preside(item *it, const cocomm__roster *r, int32_t *presided, uint32_t *may, cocomm__sink *s) {
  const cocomm_committee *c = it->c;
  const int32_t chosen = it->d->chosen;
  *may = 0;
  const int32_t chair = why_not(it, r->chair, 0), vice = why_not(it, r->vice, 0);
  int32_t who = -1;
  /* Who may preside: the chair or vice-chair who does, else everyone the
   * meeting may choose. */
  if (chair < 0 || vice < 0) {
    it->roles[chair < 0 ? r->chair : r->vice] |= COCOMM_ITEM_MAY_PRESIDE;
    *may = 1;
  } else {
    for (uint32_t i = 0; i < c->member_count; i++)
      if (why_not(it, (int32_t)i, 1) < 0) {
        it->roles[i] |= COCOMM_ITEM_MAY_PRESIDE;
        (*may)++;
      }
  }
  if (chair < 0 || vice < 0) {
    who = chair < 0 ? r->chair : r->vice;
    *presided = chair < 0 ? COCOMM_PRESIDED_CHAIR : COCOMM_PRESIDED_VICE_CHAIR;
    if (chair >= 0)
      cocomm__report(s, chair == COCOMM__REASON_CONFLICTED ? COCOMM_RULE_I_6 : COCOMM_RULE_C_15,
                     COCOMM_SEVERITY_INFO, COCOMM_MSG_VICE_TAKES_CHAIR, r->vice, COCOMM__V(chair, r->vice));
    if (chosen >= 0 && chosen != who) {
      cocomm__report(s, COCOMM_RULE_C_15, COCOMM_SEVERITY_ERROR, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, chosen,
                     COCOMM__V(chosen, chair < 0 ? COCOMM__REASON_CHAIR_PRESIDES : COCOMM__REASON_VICE_PRESIDES));
      *presided = COCOMM_PRESIDED_NONE;
      return -1;
    }
  } else if (chosen >= 0) {
    int32_t why = why_not(it, chosen, 1);
    if (why >= 0) {
      cocomm__report(s, COCOMM_RULE_C_15, COCOMM_SEVERITY_ERROR, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, chosen,
                     COCOMM__V(chosen, why));
      *presided = COCOMM_PRESIDED_NONE;
      return -1;
    }
    who = chosen;
    *presided = COCOMM_PRESIDED_CHOSEN;
    cocomm__report(s, COCOMM_RULE_C_15, COCOMM_SEVERITY_INFO, COCOMM_MSG_CHOSEN_PRESIDES, chosen, COCOMM__V(chosen));
  } else if (*may > 0) {
    *presided = COCOMM_PRESIDED_TO_CHOOSE;
    cocomm__report(s, COCOMM_RULE_C_15, COCOMM_SEVERITY_WARNING, COCOMM_MSG_MEETING_MUST_CHOOSE, -1,
                   COCOMM__V(chair, vice, (int32_t)*may));
    return -1;
  } else {
    *presided = COCOMM_PRESIDED_NONE;
    cocomm__report(s, COCOMM_RULE_C_15, COCOMM_SEVERITY_ERROR,
                   it->lay_chosen ? COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY : COCOMM_MSG_NO_ONE_CAN_CHAIR, -1,
                   COCOMM__V(chair, vice));
    return -1;
  }
  /* C-8 (C-15): a joint committee's item should be presided over by a lay member too. */
  cocomm_member m;
  cocomm__load_member(c, (uint32_t)who, &m);
  if (c->kind == COCOMM_COMMITTEE_JOINT && m.category != COCOMM_CATEGORY_LAY)
    cocomm__report(s, COCOMM_RULE_C_8, COCOMM_SEVERITY_WARNING, COCOMM_MSG_PRESIDING_NOT_LAY, who,
                   COCOMM__V(who, m.category));
  it->roles[who] |= COCOMM_ITEM_PRESIDES;
  return who;
}

/* C-13: every clause of the quorum among those who count. A shortfall
 * that the withdrawn members would have covered cites I-6. */
static int quorate(item *it, uint32_t *counted, cocomm__sink *s) {
  const cocomm_committee *c = it->c;
  const cocomm_terms *t = c->terms;
  const cocomm__person *person = it->r->person;
  const uint32_t n = c->member_count;
  int ok = 1;
  /* One pass per clause: its tally, and who it counts (C-3: whether
   * non-voting attendees count is for the terms). */
  for (uint32_t k = 0; k < t->quorum_count; k++) {
    const cocomm_clause *q = &t->quorum[k];
    cocomm__tally now = {0, 0};
    if (q->body == COCOMM_CLAUSE_EACH_BODY) {
      now = cocomm__clause_tally(c, it->r, q, it->counts);
      for (uint32_t i = 0; i < n; i++)
        if (it->counts[i] && cocomm__clause_has(c, q, &person[i])) it->roles[i] |= COCOMM_ITEM_COUNTED;
    } else {
      uint32_t listed = 0;
      for (uint32_t i = 0; i < n; i++) {
        if (!cocomm__in_set(q, &person[i])) continue;
        listed++;
        if (it->counts[i]) {
          now.have++;
          it->roles[i] |= COCOMM_ITEM_COUNTED;
        }
      }
      now.need = q->min == COCOMM_CLAUSE_ALL ? listed : (uint32_t)q->min;
    }
    if (now.have >= now.need) continue;
    ok = 0;
    /* A shortfall that the withdrawn members would have covered is I-6's. */
    cocomm__tally was = cocomm__clause_tally(c, it->r, q, it->before);
    int withdrawals = was.have >= was.need;
    cocomm__report(s, withdrawals ? COCOMM_RULE_I_6 : COCOMM_RULE_C_13, COCOMM_SEVERITY_ERROR,
                   withdrawals ? COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL : COCOMM_MSG_NOT_QUORATE, -1,
                   COCOMM__V((int32_t)k, (int32_t)now.need, (int32_t)now.have));
  }
  /* With no quorum, the voting members who stay count. */
  *counted = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (t->quorum_count == 0 && it->counts[i] && person[i].votes) it->roles[i] |= COCOMM_ITEM_COUNTED;
    *counted += (it->roles[i] & COCOMM_ITEM_COUNTED) != 0;
  }
  return ok;
}

/* C-2 applied to the item (I-6): lost through withdrawals is an error for
 * a delegated committee; lost already through absences, a warning. For a
 * joint committee or one in common both are C-8 warnings. Returns 0 when
 * the item cannot be decided for it. */
static int still_led(const item *it, cocomm__sink *s) {
  const heads *now = &it->stay, *was = &it->present;
  if (now->voting == 0 || 2 * now->lay_exec > now->voting) return 1;
  const int delegated = it->c->kind == COCOMM_COMMITTEE_DELEGATED;
  const int absences = 2 * was->lay_exec <= was->voting;
  if (absences) {
    cocomm__report(s, delegated ? COCOMM_RULE_I_6 : COCOMM_RULE_C_8, COCOMM_SEVERITY_WARNING,
                   COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT, -1,
                   COCOMM__V((int32_t)was->lay_exec, (int32_t)was->voting));
    return 1;
  }
  cocomm__report(s, delegated ? COCOMM_RULE_I_6 : COCOMM_RULE_C_8,
                 delegated ? COCOMM_SEVERITY_ERROR : COCOMM_SEVERITY_WARNING,
                 COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT, -1,
                 COCOMM__V((int32_t)now->lay_exec, (int32_t)now->voting));
  return !delegated;
}

/* C-14 and C-16 on a tie. */
static int32_t tie(const item *it, int32_t presiding, cocomm_decision_result *res, cocomm__sink *s) {
  const cocomm_decision *d = it->d;
  const int granted = it->c->terms->casting_vote;
  if (d->casting == COCOMM_VOTE_NONE) {
    cocomm__report(s, granted ? COCOMM_RULE_C_16 : COCOMM_RULE_C_14, COCOMM_SEVERITY_INFO,
                   granted ? COCOMM_MSG_TIE_CASTING_VOTE_AVAILABLE : COCOMM_MSG_TIE_NOT_CARRIED, -1, NULL);
    return COCOMM_OUTCOME_TIED;
  }
  if (!granted) {
    cocomm__report(s, COCOMM_RULE_C_16, COCOMM_SEVERITY_ERROR, COCOMM_MSG_CASTING_VOTE_NOT_GRANTED, -1, NULL);
    return COCOMM_OUTCOME_TIED;
  }
  const int32_t by = d->casting_by < 0 ? presiding : d->casting_by;
  if (by != presiding) {
    if (withdrawn(d, (uint32_t)by))
      cocomm__report(s, COCOMM_RULE_C_16, COCOMM_SEVERITY_ERROR, COCOMM_MSG_CASTING_BY_WITHDRAWN, by, COCOMM__V(by));
    else
      cocomm__report(s, COCOMM_RULE_C_16, COCOMM_SEVERITY_ERROR, COCOMM_MSG_CASTING_BY_NOT_PRESIDING, by,
                     COCOMM__V(by, presiding));
    return COCOMM_OUTCOME_TIED;
  }
  res->casting_by = by;
  cocomm__report(s, COCOMM_RULE_C_16, COCOMM_SEVERITY_INFO, COCOMM_MSG_CASTING_VOTE_GIVEN, by, COCOMM__V(by));
  return d->casting == COCOMM_VOTE_FOR ? COCOMM_OUTCOME_CARRIED_CASTING : COCOMM_OUTCOME_DEFEATED_CASTING;
}

/* C-14: count the votes of those entitled; votes from anyone else are
 * errors and do not count. A conflicted member's vote on a contract award
 * means the award is not carried (I-4). */
static int32_t tally(const item *it, int can_decide, int32_t presiding, cocomm_decision_result *res,
                     cocomm__sink *s) {
  const cocomm_committee *c = it->c;
  const cocomm_decision *d = it->d;
  uint32_t yes = 0, no = 0, abstain = 0;
  int tainted = 0;
  for (uint32_t i = 0; i < c->member_count; i++) {
    int32_t v = d->votes[i];
    if (v == COCOMM_VOTE_NONE) continue;
    cocomm_member m;
    cocomm__load_member(c, i, &m);
    if (it->roles[i] & COCOMM_ITEM_MAY_VOTE) {
      yes += v == COCOMM_VOTE_FOR;
      no += v == COCOMM_VOTE_AGAINST;
      abstain += v == COCOMM_VOTE_ABSTAIN;
    } else if (withdrawn(d, i)) {
      tainted |= d->contract_award;
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
  if (tainted) res->can_decide = 0;
  if (!can_decide || tainted) return COCOMM_OUTCOME_UNDECIDED;
  if (c->terms->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED) {
    /* More for than half of those entitled: abstentions and silence count
     * against, so a tie is exactly half for. */
    const uint32_t entitled = it->stay.voting;
    if (2 * yes > entitled) return COCOMM_OUTCOME_CARRIED;
    if (2 * yes == entitled) return tie(it, presiding, res, s);
    if (no > yes) return COCOMM_OUTCOME_DEFEATED;
    cocomm__report(s, COCOMM_RULE_C_14, COCOMM_SEVERITY_INFO, COCOMM_MSG_NOT_MORE_THAN_HALF, -1,
                   COCOMM__V((int32_t)yes, (int32_t)entitled));
    return COCOMM_OUTCOME_NOT_CARRIED;
  }
  if (yes == no) return tie(it, presiding, res, s);
  return yes > no ? COCOMM_OUTCOME_CARRIED : COCOMM_OUTCOME_DEFEATED;
}

static int32_t assess(const cocomm_committee *c, const cocomm_decision *d, cocomm_decision_result *result,
                      uint8_t *roles, cocomm__sink *s, cocomm_error *e) {
  cocomm__roster r;
  int32_t st = cocomm__scan_members(c, &r, 0, e);
  if (st == COCOMM_OK) st = check_decision(c, d, e);
  if (st != COCOMM_OK) return st;
  if (result == NULL) return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_RESULT, "no result");
  if (result->struct_size < COCOMM_DECISION_RESULT_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_RESULT,
                        "the result's struct_size is below the first layout");

  item it;
  memset(&it, 0, offsetof(item, counts));
  it.c = c;
  it.d = d;
  it.r = &r;
  it.lay_presides = c->kind == COCOMM_COMMITTEE_DELEGATED;
  it.lay_chosen = it.lay_presides || c->terms->presiding == COCOMM_PRESIDE_LAY;
  for (uint32_t i = 0; i < c->member_count; i++) {
    const cocomm__person *p = &r.person[i];
    const int votes = p->votes, gone = withdrawn(d, i);
    it.before[i] = d->present[i];
    it.counts[i] = (uint8_t)(d->present[i] && !gone);
    it.roles[i] = (uint8_t)((it.counts[i] && votes ? COCOMM_ITEM_MAY_VOTE : 0) | (gone ? COCOMM_ITEM_WITHDRAWN : 0));
    if (d->present[i] && votes) count(&it.present, p);
    if (it.counts[i] && votes) count(&it.stay, p);
    if (gone) {
      it.withdrawn++;
      cocomm__report(s, COCOMM_RULE_I_6, COCOMM_SEVERITY_INFO, COCOMM_MSG_WITHDRAWS, (int32_t)i, COCOMM__V((int32_t)i));
    }
  }

  cocomm_decision_result res;
  memset(&res, 0, sizeof res);
  res.presiding = res.casting_by = -1;
  res.majority = c->terms->majority;
  res.eligible = it.stay.voting;
  res.eligible_lay_executive = it.stay.lay_exec;
  res.withdrawn = it.withdrawn;
  if (cocomm__after_ccgs(d->date)) {
    /* CCGs were abolished on 2022-07-01 (issue 16): no CCG committee decides
     * from then, and the 2015 rules are no answer. */
    cocomm__report(s, COCOMM_RULE_M_1, COCOMM_SEVERITY_ERROR, COCOMM_MSG_AFTER_CCGS_ABOLISHED, -1, NULL);
    for (uint32_t i = 0; i < c->member_count; i++) it.roles[i] &= (uint8_t)~COCOMM_ITEM_MAY_VOTE;
    res.eligible = res.eligible_lay_executive = 0;
  } else if (c->kind == COCOMM_COMMITTEE_GREATER_INVOLVEMENT) {
    /* C-9: the forum discusses; NHS England decides. */
    cocomm__report(s, COCOMM_RULE_C_9, COCOMM_SEVERITY_ERROR, COCOMM_MSG_GREATER_INVOLVEMENT_NO_DECISION, -1, NULL);
    for (uint32_t i = 0; i < c->member_count; i++) it.roles[i] &= (uint8_t)~COCOMM_ITEM_MAY_VOTE;
    res.eligible = res.eligible_lay_executive = 0; /* nobody votes on what the forum cannot decide */
  } else {
    res.presiding = preside(&it, &r, &res.presided, &res.may_preside, s);
    res.quorate = quorate(&it, &res.counted, s);
    int led = still_led(&it, s);
    if (c->kind == COCOMM_COMMITTEE_JOINT) { /* C-17: one decision for both bodies */
      if (it.stay.nhs_england == 0)
        cocomm__report(s, COCOMM_RULE_C_17, COCOMM_SEVERITY_WARNING, COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND, -1, NULL);
      if (it.stay.ccg == 0)
        cocomm__report(s, COCOMM_RULE_C_17, COCOMM_SEVERITY_WARNING, COCOMM_MSG_NOT_JOINT_NO_CCG, -1, NULL);
    }
    res.can_decide = res.quorate && res.presiding >= 0 && led;
    res.outcome = d->votes ? tally(&it, res.can_decide, res.presiding, &res, s) : COCOMM_OUTCOME_UNDECIDED;
  }
  if (roles) memcpy(roles, it.roles, c->member_count);
  res.struct_size = result->struct_size;
  cocomm__copy_struct(result, result->struct_size, &res, sizeof res);
  return COCOMM_OK;
}

int32_t cocomm_decision_assess(const cocomm_committee *committee, const cocomm_decision *decision,
                               cocomm_decision_result *result, uint8_t *roles, cocomm_findings *findings,
                               cocomm_error *error) {
  cocomm__sink sink;
  cocomm__committee view;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = cocomm__committee_open(committee, &view, error);
  if (st == COCOMM_OK) st = assess(&view.c, decision, result, roles, &sink, error);
  return cocomm__end(&sink, error, st);
}

/* How a member with a declared conflict was dealt with, for the register. */
static const char *conflict_handling(const cocomm_decision *d, uint32_t i) {
  if (!d->present[i]) return ": absent";
  if (d->votes && d->votes[i] != COCOMM_VOTE_NONE) return ": took part despite a declared conflict";
  if (d->stayed && d->stayed[i]) return ": stayed in the room and took no part";
  return ": left the room";
}

int32_t cocomm_decision_format_register(const cocomm_committee *committee, const cocomm_decision *decision,
                              const cocomm_decision_result *result, char *buf, size_t cap,
                              size_t *needed) {
  cocomm__roster r;
  cocomm__committee view;
  if (buf == NULL && cap > 0) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__committee_open(committee, &view, NULL);
  if (st == COCOMM_OK) st = cocomm__scan_members(&view.c, &r, 0, NULL);
  if (st == COCOMM_OK) st = check_decision(&view.c, decision, NULL);
  if (st != COCOMM_OK) return st;
  if (result == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (result->struct_size < COCOMM_DECISION_RESULT_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  /* What it prints must be a result the check could have made. */
  if (!cocomm__is_yes_no(result->can_decide) || !cocomm__is_yes_no(result->quorate) ||
      result->outcome < COCOMM_OUTCOME_UNDECIDED || result->outcome > COCOMM_OUTCOME_NOT_CARRIED ||
      (!result->can_decide && result->outcome != COCOMM_OUTCOME_UNDECIDED) || result->presiding < -1 ||
      (result->presiding >= 0 && (uint32_t)result->presiding >= committee->member_count))
    return COCOMM_ERR_INVALID_ARGUMENT;
  const cocomm_committee *c = &view.c;
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
      int may_vote = d->present[i] && !conflicted(d, i) && cocomm__votes(&m);
      if (field == 0 ? !(voted || (!d->votes && may_vote)) : !conflicted(d, i)) continue;
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
                                      "carried on the casting vote", "defeated on the casting vote",
                                      "not carried"};
  return outcome >= COCOMM_OUTCOME_UNDECIDED && outcome <= COCOMM_OUTCOME_NOT_CARRIED
             ? names[outcome]
             : "unknown";
}

uint32_t cocomm_decision_size(void) { return (uint32_t)sizeof(cocomm_decision); }
uint32_t cocomm_decision_result_size(void) { return (uint32_t)sizeof(cocomm_decision_result); }
