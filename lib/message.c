/* SPDX-License-Identifier: MIT */
/* The text of every finding, made on demand from its code and values.
 * Placeholders: %dK a value as a number; %mK the member values[K] names,
 * "member N (Name)", N counted from 1; %cK a category; %MK a model; %oK an ODS code; %wK why
 * a member cannot take the chair; %kK a clause of the terms; %r the
 * cited rule's statement; %% a percent sign. */
#include "message.h"

#include <cocomm/committee.h>
#include <cocomm/model.h>
#include <cocomm/rules.h>
#include <cocomm/status.h>

#include <stdio.h>
#include <string.h>

#include "committee_internal.h"

#define MSG(code, text) [COCOMM_MSG_##code] = text

static const char *const templates[] = {
  MSG(NO_QUORUM_SET, "no quorum set: the committee's terms of reference must set one"),
  MSG(GREATER_INVOLVEMENT_FORM_ONLY, "greater involvement needs no committee: only well-formedness is checked"),
  MSG(IN_COMMON_ON_ITS_OWN, "a committee in common is validated on its own; each body's committee makes its own decision"),
  MSG(NO_CHAIR, "no chair: a committee has exactly one"),
  MSG(SECOND_CHAIR, "%m0 is a second chair"),
  MSG(SECOND_VICE_CHAIR, "%m0 is a second vice-chair"),
  MSG(CHAIR_NOT_VOTING, "the chair, %m0, is not a voting member"),
  MSG(NO_VOTING_MEMBER, "no voting member"),
  MSG(LISTED_TWICE, "%m0 is listed twice"),
  MSG(OBSERVER_VOTING, "%m0 is a %c1 observer and must not vote"),
  MSG(CHAIR_NOT_LAY, "the chair, %m0, is %c1, not a lay member"),
  MSG(NO_LAY_EXECUTIVE_MAJORITY, "lay and executive members are %d0 of %d1 voting members: not a majority"),
  MSG(NO_NHS_ENGLAND_MEMBER, "no voting member of NHS England: a joint committee is formed by NHS England and one or more CCGs"),
  MSG(NO_CCG_MEMBER, "no voting member of a CCG: a joint committee is formed by NHS England and one or more CCGs"),
  MSG(NO_CLINICAL_INVOLVEMENT, "no clinical member, voting or not: clinical involvement should be retained"),
  MSG(NO_CLINICAL_LEADERSHIP, "no voting clinical member: clinical leadership should be retained"),
  MSG(NO_HEALTHWATCH, "no Healthwatch representative: it has the right to join, not a duty"),
  MSG(NO_HWB, "no Health and Wellbeing Board representative: it has the right to join, not a duty"),
  MSG(NO_STAKEHOLDERS, "no Healthwatch, Health and Wellbeing Board or LMC member: membership should let the full range of stakeholders contribute"),
  MSG(QUORUM_NEVER_MET, "quorum can never be met: it needs %k0 (%d1), and the committee lists %d2"),
  MSG(MEMBERSHIP_SHORT, "membership falls short of the terms of reference: they require %k0 (%d1), and the committee lists %d2"),
  MSG(VOTING_DEFAULT_NON_VOTING, "%m0 has no voting value: read as non-voting (%c1)"),
  MSG(VOTING_DEFAULT_VOTING, "%m0 has no voting value: read as voting"),
  MSG(VICE_TAKES_CHAIR, "chair: %w0; the vice-chair, %m1, takes the chair"),
  MSG(NO_ONE_CAN_CHAIR, "no one can preside over this item: chair %w0, vice-chair %w1, and no member present may be chosen"),
  MSG(NO_ONE_CAN_CHAIR_LAY, "no one can preside over this item: chair %w0, vice-chair %w1, and no lay member present may be chosen (whoever presides must be lay)"),
  MSG(CONFLICTED_TOOK_PART, "%m0 declared a conflict but took part in the decision"),
  MSG(CONFLICTED_TOOK_PART_IN_AWARD, "%m0 declared a conflict but took part in the contract award: the award is not carried"),
  MSG(OBSERVER_VOTED, "%m0 is an observer and voted"),
  MSG(VOTED_NOT_VOTING_MEMBER, "%m0 voted but is not a voting member"),
  MSG(VOTED_ABSENT, "%m0 voted but is absent"),
  MSG(CASTING_VOTE_NOT_GRANTED, "a casting vote was recorded but the terms of reference grant none: the tie stands"),
  MSG(TIE_CASTING_VOTE_AVAILABLE, "a tie: the member presiding may give a casting vote"),
  MSG(TIE_NOT_CARRIED, "a tie: no casting vote, not carried"),
  MSG(WITHDRAWS, "%m0 declared a conflict and withdraws from the item"),
  MSG(NO_LAY_EXECUTIVE_MAJORITY_LEFT, "lay and executive members are %d0 of the %d1 voting members left for this item once conflicted members withdraw: not a majority"),
  MSG(GREATER_INVOLVEMENT_NO_DECISION, "a greater-involvement forum takes no decisions: it discusses, and NHS England decides"),
  MSG(MEETING_MUST_CHOOSE, "chair %w0, vice-chair %w1: the meeting chooses who presides (members who may: %d2)"),
  MSG(CHOSEN_PRESIDES, "%m0, chosen by the meeting, presides"),
  MSG(CHOSEN_MAY_NOT_PRESIDE, "%m0 was chosen to preside but may not: %w1"),
  MSG(PRESIDING_NOT_LAY, "%m0 presides and is %c1, not a lay member"),
  MSG(NOT_QUORATE, "not quorate: the quorum needs %k0 (%d1), and %d2 count"),
  MSG(NOT_QUORATE_AFTER_WITHDRAWAL, "not quorate once conflicted members withdraw: the quorum needs %k0 (%d1), and %d2 count"),
  MSG(CASTING_BY_WITHDRAWN, "%m0 withdrew from the item and cannot give the casting vote"),
  MSG(CASTING_BY_NOT_PRESIDING, "%m0 does not preside over the item: only %m1, who presides, may give the casting vote"),
  MSG(CASTING_VOTE_GIVEN, "a tie, decided by the casting vote of %m0, who presides"),
  MSG(NOT_MORE_THAN_HALF, "%d0 for is not more than half of the %d1 voting members present and entitled to vote: not carried"),
  MSG(NO_LAY_EXECUTIVE_MAJORITY_ABSENT, "lay and executive members are %d0 of the %d1 voting members present: not a majority, through absences rather than withdrawals"),
  MSG(NOT_OBLIGED, "no CCG is obliged to apply for co-commissioning"),
  MSG(GREATER_INVOLVEMENT_NO_APPROVAL, "greater involvement needs no proforma and no formal approval: liaise with the area team"),
  MSG(SUPPORT_NOT_ASSURED_GOVERNANCE, "%o0 has serious governance issues: NHS England's support for its move up to %M1 is not assured"),
  MSG(SUPPORT_NOT_ASSURED_SPECIAL_MEASURES, "%o0 is in a state akin to special measures: NHS England's support for its move up to %M1 is not assured"),
  MSG(NO_SOUND_FINANCIAL_CONTROL, "%o0 lacks sound financial control, which delegation needs"),
  MSG(STATUTORY_REQUIREMENTS_UNMET, "%o0 does not meet all statutory and business-planning requirements, which delegation needs"),
  MSG(CHANGE_TO_GREATER_INVOLVEMENT, "%M0 to %M1: no formal approval, liaise with the area team"),
  MSG(CHANGE_UP_TO_JOINT, "%M0 to %M1: may apply; agreed in the quarterly CCG assurance meetings"),
  MSG(CHANGE_UP_TO_DELEGATED, "%M0 to %M1: may apply through the delegated approvals process"),
  MSG(CHANGE_FROM_GREATER_INVOLVEMENT, "%M0 to %M1: greater involvement has no formal arrangement to end"),
  MSG(CHANGE_ONE_LEVEL_DOWN, "%M0 to %M1: one level down; needs mutual agreement with NHS England"),
  MSG(CHANGE_MORE_THAN_ONE_LEVEL_DOWN, "%M0 to %M1: more than one level down (expected: one, to %M2); needs mutual agreement with NHS England"),
  MSG(POOLED_CORE_PRIMARY_MEDICAL, "contribution %d0 is towards core primary medical services, which a CCG may never pay into a pooled fund"),
  MSG(EOI_SECTION_MISSING, "missing %r"),
  MSG(REVOCATION, "NHS England revokes the delegation (%M0): not a CCG's change, so no mutual agreement is needed"),
  MSG(FINANCIAL_CONTROL_NOT_SHOWN, "%o0 has not shown sound financial control, which delegation needs"),
  MSG(STATUTORY_REQUIREMENTS_NOT_SHOWN, "%o0 has not shown that it meets all statutory and business-planning requirements, which delegation needs"),
  MSG(NO_REGISTER, "no register of interests is kept"),
  MSG(REGISTER_NOT_PUBLISHED, "the register of interests is not published or made accessible"),
  MSG(NO_PROMPT_DECLARATION, "members and employees are not required to declare interests promptly"),
  MSG(CONFLICTS_NOT_MANAGED, "conflicts are not managed"),
  MSG(REGISTER_NO_NATURE, "the register does not record the nature of each conflict"),
  MSG(REGISTER_NO_PARTIES, "the register does not record the conflicted parties"),
  MSG(REGISTER_NOT_IN_ACCOUNTS, "the register is not part of the annual accounts signed off by external auditors"),
  MSG(NO_PROCUREMENT_REGISTER, "no register of procurement decisions is kept"),
  MSG(PROCUREMENT_REGISTER_NOT_PUBLISHED, "the register of procurement decisions is not regularly published"),
  MSG(AUDIT_CHAIR_NOT_ATTESTED, "the audit committee chair has not attested compliance"),
  MSG(ACCOUNTABLE_OFFICER_NOT_ATTESTED, "the Accountable Officer has not attested compliance"),
  MSG(NOT_JOINT_NO_NHS_ENGLAND, "no voting member of NHS England is present and eligible: not a joint decision"),
  MSG(NOT_JOINT_NO_CCG, "no CCG party to the committee has a voting member present and eligible: not a joint decision"),
  MSG(COMMITTEE_AFTER_CCGS_ABOLISHED, "checked as at a date on or after 1 July 2022, when CCGs were abolished: integrated care boards took on delegated primary medical services, and no CCG committee exists to meet these rules"),
  MSG(AFTER_CCGS_ABOLISHED, "the meeting is on or after 1 July 2022, when CCGs were abolished: integrated care boards took on delegated primary medical services, and no CCG committee decides under these rules"),
};

#define N_TEMPLATES ((int32_t)(sizeof templates / sizeof templates[0]))

static const char *const reasons[] = {"there is none",       "absent",           "conflicted",
                                      "not a voting member", "not a lay member", "the chair can preside",
                                      "the vice-chair can preside"};

const char *cocomm__message_template(int32_t code) {
  return code >= 0 && code < N_TEMPLATES ? templates[code] : NULL;
}

int32_t cocomm__pack_code(const char *code) {
  uint32_t v = 0;
  for (int i = 0; i < 3 && code[i]; i++) v |= (uint32_t)(unsigned char)code[i] << (8 * i);
  return (int32_t)v;
}

static const char *from_table(const char *const *table, size_t n, int32_t v) {
  return v >= 0 && (size_t)v < n ? table[v] : "unknown";
}

static void put_number(cocomm__text *t, int32_t v) {
  char num[16];
  int n = snprintf(num, sizeof num, "%d", (int)v);
  cocomm__text_put(t, num, (size_t)n);
}

/* Members are numbered as people number them, from 1 (the subject and
 * values stay 0-based indices). */
static void put_member(cocomm__text *t, int32_t i, const cocomm_committee *c) {
  cocomm__text_puts(t, "member ");
  if (i < 0 || i == INT32_MAX) {
    cocomm__text_puts(t, "?");
    return;
  }
  put_number(t, i + 1);
  if (c == NULL || i < 0 || (uint32_t)i >= c->member_count) return;
  cocomm_member m;
  size_t len;
  cocomm__load_member(c, (uint32_t)i, &m);
  if (m.struct_size < COCOMM_MEMBER_SIZE_V1 || cocomm__utf8_check(m.name, COCOMM_NAME_MAX, &len) != COCOMM_OK)
    return; /* not a name the library would accept: numbered only */
  cocomm__text_puts(t, " (");
  cocomm__text_puts(t, m.name ? m.name : "");
  cocomm__text_puts(t, ")");
}

int32_t cocomm__message_write(cocomm__text *t, int32_t code, int32_t rule, const int32_t *values,
                              const cocomm_committee *committee) {
  const char *p = cocomm__message_template(code);
  if (p == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  for (const char *q; (q = strchr(p, '%')) != NULL; p = q) {
    cocomm__text_put(t, p, (size_t)(q - p));
    char kind = q[1];
    if (kind == '%' || kind == 'r') {
      const cocomm_rule *r = cocomm__rule(rule);
      if (kind == '%') cocomm__text_put(t, "%", 1);
      else cocomm__text_puts(t, r ? r->statement : "");
      q += 2;
      continue;
    }
    int32_t v = values[q[2] - '0'];
    q += 3;
    switch (kind) {
      case 'd': put_number(t, v); break;
      case 'm': put_member(t, v, committee); break;
      case 'c': cocomm__text_puts(t, cocomm_category_name(v)); break;
      case 'M': cocomm__text_puts(t, cocomm_model_name(v)); break;
      case 'o': { /* the value may come from anywhere: only what an ODS code holds */
        char ods[4] = "";
        for (int k = 0; k < 3; k++) {
          char ch = (char)((uint32_t)v >> (8 * k) & 0xFF);
          ods[k] = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ? ch : '?';
        }
        cocomm__text_puts(t, ods);
        break;
      }
      case 'w': cocomm__text_puts(t, from_table(reasons, sizeof reasons / sizeof reasons[0], v)); break;
      default: { /* 'k': a clause of the committee's terms */
        const cocomm_clause *k = committee ? cocomm__terms_clause(committee->terms, v) : NULL;
        if (k != NULL) {
          cocomm__clause_describe(t, committee->terms, k);
        } else {
          cocomm__text_puts(t, "clause ");
          put_number(t, v);
        }
        break;
      }
    }
  }
  cocomm__text_puts(t, p);
  return COCOMM_OK;
}
