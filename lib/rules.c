/* SPDX-License-Identifier: MIT */
/* The rule catalogue: one row per rule of the co-commissioning rulebook.
 * The single source of every rule's identifier, statement, force and
 * citation; findings, tests and docs/rules.md all read it. Roles per model
 * (F-1..F-15) live in scope.c and milestone dates in the timeline tables,
 * not here, so that no fact is written twice. */
#include <cocomm/rules.h>
#include <cocomm/findings.h>

#include <string.h>

#include "internal.h"

static const cocomm_source sources[] = {
  {"000", "Proposed next steps towards primary care co-commissioning: an overview (slides)",
   "NHS England; read through a published commentary on the slides", "2014-09",
   "the September 2014 timetable, kept as policy edition 2014-09"},
  {"001", "Co-commissioning of primary care services: letter inviting expressions of interest, "
          "with the press notice of 1 May 2014",
   "NHS England", "2014-05",
   "expressions of interest (sections A to H) and what cannot be delegated"},
  {"002", "Next steps towards primary care co-commissioning (Publications Gateway reference 02501)",
   "NHS England and NHS Clinical Commissioners", "2014-11-10",
   "the authoritative text: where it and an earlier source disagree, it wins"},
  {"003", "What is co-commissioning? (web page, Commissioning section)",
   "British Medical Association", "after 2016", "names of the models (Model A/B/C)"},
  {"004", "Primary Care Co-Commissioning: consultation page",
   "NHS Mid Essex CCG", "2015", "names of the models (Model One/Two/Three); a local plan"},
};

#define RULE(id, sec, force, statement, applies, source) \
  {id, COCOMM_SECTION_##sec, COCOMM_FORCE_##force, statement, applies, source}

static const cocomm_rule rules[] = {
  RULE("M-1", M, FACT, "There are three co-commissioning models: greater involvement, joint commissioning, delegated commissioning. A CCG may also have no co-commissioning arrangement: no CCG is obliged to apply.",
   "", "002 §1, 003"),
  RULE("M-2", M, MUST, "The models are known by several names: \"Model 1/2/3\", \"Model A/B/C\", \"Model One/Two/Three\", \"greater involvement\", \"joint (commissioning)\", \"delegated (commissioning)\", \"full delegation\", \"full delegated responsibility\". All must map to the same three values, case-insensitively.",
   "", "000, 003, 004, 002 §1"),
  RULE("M-3", M, FACT, "Greater involvement needs no new governance arrangements and no formal approval; it can be agreed with the area team at any time.",
   "", "002 §4.2.2, §7.2"),
  RULE("M-4", M, FACT, "Joint commissioning is done by one or more CCGs with their area team through a joint committee (recommended) or \"committees in common\". Under committees in common each body's committee makes its own decision.",
   "", "002 §4.3, §4.3.2 fn 2"),
  RULE("M-5", M, FACT, "Under delegation NHS England keeps residual liability; the CCG sets up a primary care commissioning committee to exercise the delegated functions.",
   "", "002 §4.4, §4.4.2"),
  RULE("M-6", M, FACT, "A proposal may come from one CCG or from a group of CCGs covering their combined localities; collaborating CCGs need not be contiguous.",
   "", "001 §A, 002 §5.1"),
  RULE("M-7", M, MUST, "Joint and delegated arrangements need an amendment to the CCG's constitution; greater involvement does not.",
   "", "000, 002 §7.1.3"),
  RULE("F-1", F, FACT, "general practice commissioning",
   "", "002 §4.1.5"),
  RULE("F-2", F, FACT, "pharmacy, eye health and dental commissioning",
   "", "002 §4.1.5, §4.3.1, §4.4.1"),
  RULE("F-3", F, FACT, "design and implementation of local incentive schemes (alternative to QOF / DES)",
   "", "002 §4.1.5, §4.1.2"),
  RULE("F-4", F, FACT, "general practice budget management",
   "", "002 §4.1.5"),
  RULE("F-5", F, FACT, "complaints management",
   "", "002 §4.1.5"),
  RULE("F-6", F, FACT, "contractual GP practice performance management",
   "", "002 §4.1.5"),
  RULE("F-7", F, FACT, "medical performers' list, appraisal, revalidation",
   "", "002 §4.1.4, §4.1.5"),
  RULE("F-10", F, FACT, "GMS, PMS and APMS contracts: design of PMS and APMS contracts, monitoring, contractual action such as breach or remedial notices, removing a contract",
   "", "002 §4.3.1, §4.4.1"),
  RULE("F-11", F, FACT, "newly designed enhanced services (local and directed enhanced services)",
   "", "002 §4.3.1, §4.4.1"),
  RULE("F-12", F, FACT, "design of local incentive schemes as an alternative to QOF",
   "", "002 §4.3.1, §4.4.1"),
  RULE("F-13", F, FACT, "establishing new GP practices in an area",
   "", "002 §4.3.1, §4.4.1"),
  RULE("F-14", F, FACT, "approving practice mergers",
   "", "002 §4.3.1, §4.4.1"),
  RULE("F-15", F, FACT, "decisions on discretionary payments (e.g. returner / retainer schemes)",
   "", "002 §4.3.1, §4.4.1"),
  RULE("F-20", F, MUST, "Individual GP performance management (performers' list, appraisal, revalidation), administration of payments and list management stay with NHS England under every model.",
   "", "002 §4.1.4, §4.3.1, §4.4.1"),
  RULE("F-21", F, MUST, "The terms of GMS contracts and the nationally determined elements of PMS and APMS contracts cannot be varied by CCGs or joint committees.",
   "", "002 §4.1.4"),
  RULE("F-22", F, MUST, "In 2015/16 joint and delegated arrangements cover general practice services only; dental, eye health and community pharmacy may be considered for 2016/17 onwards.",
   "", "002 §4.1.1, 000"),
  RULE("F-23", F, FACT, "NHS England cannot delegate the commissioning of community pharmacy or dental services; primary eye care could in principle be delegated.",
   "", "001 §C"),
  RULE("F-24", F, MAY, "Under greater involvement a CCG may take part in discussions about all areas of primary care, NHS England keeping its statutory decision-making responsibilities.",
   "", "002 §4.2.1"),
  RULE("F-25", F, SHOULD, "A local incentive scheme needs no formal approval but should be consulted on with the Local Medical Committee and show improved outcomes, reduced inequalities and value for money; moving off a national contract is voluntary only.",
   "", "002 §4.1.2"),
  RULE("F-26", F, MUST, "CCGs must adopt the findings of the national PMS and MPIG reviews.",
   "", "002 §4.1.4"),
  RULE("C-1", C, MUST, "The committee is chaired by a lay member.",
   "delegated committee", "002 §4.4.2, §6.2"),
  RULE("C-2", C, MUST, "Lay and executive members together are a majority of the voting members.",
   "delegated committee", "002 §4.4.2, §6.2"),
  RULE("C-3", C, MUST, "The local Healthwatch representative and a local authority representative of the Health and Wellbeing Board have the right to join as non-voting attendees (observers). If present they must not vote and do not count towards a majority or quorum.",
   "joint and delegated committees", "002 §4.3.2, §4.4.2, §6.2"),
  RULE("C-4", C, MAY, "Healthwatch and the Health and Wellbeing Board are under no obligation to nominate: their absence is information, not a fault.",
   "joint and delegated committees", "002 §4.3.2, §4.4.2"),
  RULE("C-5", C, SHOULD, "Clinical leadership of commissioning is retained in a joint committee.",
   "joint committee", "002 §4.3.2"),
  RULE("C-6", C, SHOULD, "Clinical involvement is retained in a delegated committee.",
   "delegated committee", "002 §4.4.2"),
  RULE("C-7", C, MUST, "A joint committee is formed by NHS England and one or more CCGs: it has members of both.",
   "joint committee", "002 §4.3.2"),
  RULE("C-8", C, SHOULD, "The conflicts-of-interest principles (lay chair, lay and executive majority) are aimed at delegated committees but every CCG must have regard to them: for joint committees C-1 and C-2 apply as should.",
   "joint committee", "002 §6.2"),
  RULE("C-9", C, FACT, "Greater involvement needs no committee; a committee submitted under it is checked for nothing but well-formedness.",
   "greater involvement", "002 §4.2.2"),
  RULE("C-10", C, MUST, "Well-formedness: exactly one chair, who is a voting member; at most one vice-chair; no member counted twice; at least one voting member.",
   "every committee", "(structural)"),
  RULE("C-11", C, FACT, "Under committees in common each body's committee is validated on its own.",
   "committees in common", "002 §4.3.2 fn 2"),
  RULE("C-12", C, SHOULD, "Membership should let the full range of stakeholders contribute (Transforming Participation guidance).",
   "joint and delegated committees", "002 §4.3.2, §4.4.2"),
  RULE("C-13", C, FACT, "There is no national quorum: each committee's own terms of reference set it (the model terms of reference in annex F leave it to local choice). Real examples: \"3 members including a lay member and an executive\"; \"1 lay member, 1 GP and 1 executive\"; \"4 members including 2 lay members, one of them the chair or vice-chair\".",
   "every committee", "002 §4.4.2 (annex F); published CCG terms of reference"),
  RULE("C-14", C, FACT, "Decisions are taken by a simple majority of the voting members present and entitled to vote; the chair has a casting vote on a tie where the terms of reference grant one.",
   "joint and delegated committees", "model terms of reference (annexes D, F), published CCG terms of reference"),
  RULE("I-1", I, MUST, "CCGs keep registers of interests, publish them or make them accessible, require prompt declaration by members and employees, and manage conflicts.",
   "", "002 §6.1"),
  RULE("I-2", I, MUST, "The register of interests records the nature of each conflict and the conflicted parties; it is part of the annual accounts, signed off by external auditors.",
   "", "002 §6.2"),
  RULE("I-3", I, MUST, "CCGs keep and regularly publish a register of procurement decisions.",
   "", "002 §6.2"),
  RULE("I-4", I, MUST, "A contract must not be awarded where conflicts affect, or appear to affect, the integrity of the award.",
   "", "002 §6.1"),
  RULE("I-5", I, MUST, "The audit committee chair and the Accountable Officer formally attest compliance with the conflicts-of-interest guidance.",
   "", "002 §6.2"),
  RULE("I-6", I, MUST, "A member with a declared conflict on an item takes no part in the decision on it; the decision stands only if the committee is still quorate and still meets C-1/C-2 without that member.",
   "", "002 §6 (applied; the quorum itself is set by the committee's own terms of reference)"),
  RULE("A-1", A, FACT, "Greater involvement: no proforma, no formal approval; liaise with the area team.",
   "", "002 §7.1.2, §7.1.5, §7.2"),
  RULE("A-2", A, MUST, "Joint: proforma (annex A, governance) and constitution amendment (annex C); agreed by regional teams once assured; a legally binding agreement is signed.",
   "", "002 §7.1.5, §7.3"),
  RULE("A-3", A, MUST, "Delegated: proforma (annex B, conflicts-of-interest management) and constitution amendment; regional moderation panels, a national moderation panel, final sign-off by NHS England's Commissioning Committee; a legally binding delegation agreement is signed.",
   "", "002 §7.1.5, §7.4"),
  RULE("A-4", A, MUST, "NHS England supports a CCG's move unless it has serious governance issues or is in a state akin to special measures.",
   "", "002 §1, §7.1.1"),
  RULE("A-5", A, MUST, "Delegated additionally needs sound financial control and all statutory and business-planning requirements met.",
   "", "002 §7.1.1"),
  RULE("A-6", A, FACT, "A delegated proposal that is not approved leads to a plan to develop it further or to set up joint arrangements instead.",
   "", "002 §7.4.2"),
  RULE("A-7", A, MAY, "Moving up from 2015/16: none or greater involvement → joint or delegated; joint → delegated. Joint requests are agreed in the quarterly CCG assurance meetings.",
   "", "002 §8"),
  RULE("A-8", A, MUST, "Ending an arrangement needs mutual agreement with NHS England and steps down one level: delegated → joint, joint → greater involvement.",
   "", "002 §8"),
  RULE("A-9", A, FACT, "Under delegation NHS England may direct a CCG that fails to secure adequate primary medical care, and may ultimately revoke the delegation; Monitor may direct a CCG (and NHS England) found in breach of procurement or conflicts-of-interest rules.",
   "", "002 §4.1.3"),
  RULE("A-10", A, MUST, "A pooled fund under joint arrangements may receive a CCG contribution only for the CCG's own functions, never for core primary medical services.",
   "", "002 §4.3.3"),
  RULE("T-1", T, FACT, "expressions of interest invited",
   "", "001"),
  RULE("T-2", T, FACT, "expressions of interest due",
   "", "001"),
  RULE("T-3", T, FACT, "legislative reform order in force: CCGs may form joint committees with NHS England",
   "", "000, 002 §4.3.2"),
  RULE("T-4", T, FACT, "original constitution amendment deadline (since extended)",
   "", "002 §7.1.3"),
  RULE("T-5", T, FACT, "\"Next steps\" published",
   "", "002"),
  RULE("T-6", T, FACT, "implementation roadshows",
   "", "002 §10.1"),
  RULE("T-7", T, FACT, "baseline expenditure analysis to CCGs",
   "", "002 §5.2.1"),
  RULE("T-8", T, FACT, "conflicts-of-interest statutory guidance; NHS England board allocation decisions; 2015/16 planning guidance",
   "", "002 §5.2.1, §6.2, §7.4.2"),
  RULE("T-9", T, FACT, "CCGs and area teams develop proposals",
   "", "002 §7.3.3, §7.4.4"),
  RULE("T-10", T, FACT, "CCGs indicate their preferred arrangement",
   "", "002 §7.1.2"),
  RULE("T-11", T, FACT, "delegated proforma and constitution amendment due; also every constitution amendment not solely about joint commissioning",
   "", "002 §7.1.2, §7.1.3, §7.4.1"),
  RULE("T-12", T, FACT, "regional moderation panels for delegated proposals",
   "", "002 §7.4.2, §7.4.4"),
  RULE("T-13", T, FACT, "joint proforma and joint-only constitution amendment due",
   "", "002 §7.1.2, §7.1.3, §7.3.1"),
  RULE("T-14", T, FACT, "regional moderation panels for joint proposals",
   "", "002 §7.3.2"),
  RULE("T-15", T, FACT, "Commissioning Committee sign-off of delegated proposals",
   "", "002 §7.4.2, §7.4.4"),
  RULE("T-16", T, FACT, "joint: panel recommendations, constitution outcomes, support to develop proposals",
   "", "002 §7.3.3"),
  RULE("T-17", T, FACT, "delegated: budget transfer arranged; constitution outcomes",
   "", "002 §7.4.4"),
  RULE("T-18", T, FACT, "arrangements take effect; delegated funds transferred",
   "", "002 §7.3.2, §7.4.3"),
  RULE("T-19", T, FACT, "delegated proposals for 2016/17 must be in for the budget to be in 2016/17 allocations",
   "", "000"),
  RULE("T-20", T, FACT, "MPIG phased out",
   "", "002 §5.2.3"),
  RULE("T-30", T, MUST, "A delegated submission is on time if received no later than the T-11 deadline (to the second, UK time); then it can take effect on the T-18 date. A later one may be implemented in year by agreement, or falls to the next cycle.",
   "", "002 §7.1.2, §7.4.2"),
  RULE("T-31", T, MUST, "A joint submission is on time if received on or before the T-13 date (to the end of that day, UK time).",
   "", "002 §7.1.2"),
  RULE("T-32", T, MUST, "NHS England acknowledges a constitution amendment request within two weeks of receipt and gives its decision in writing within eight weeks of receipt.",
   "", "002 §7.1.3"),
  RULE("T-33", T, FACT, "The financial year runs 1 April to 31 March and is written 2015/16.",
   "", "(convention used throughout 002)"),
  RULE("T-34", T, FACT, "Deadlines \"by\" a date without a time mean the end of that day, UK local time.",
   "", "(convention)"),
  RULE("E-A", E, MUST, "Section A: CCG(s) involved",
   "", "001 §A"),
  RULE("E-B", E, MUST, "Section B: intended benefits: integration, quality, patient and public involvement, health inequalities",
   "", "001 §B"),
  RULE("E-C", E, MUST, "Section C: scope: which commissioning activities",
   "", "001 §C"),
  RULE("E-D", E, MUST, "Section D: nature: influence, joint, or delegated; relation to joint commissioning with local authorities",
   "", "001 §D"),
  RULE("E-E", E, MUST, "Section E: timescales, including phasing; locality budgets only from 2015/16",
   "", "001 §E"),
  RULE("E-F", E, MUST, "Section F: governance: extra safeguards for conflicts of interest",
   "", "001 §F"),
  RULE("E-G", E, MUST, "Section G: engagement of member practices and local stakeholders",
   "", "001 §G"),
  RULE("E-H", E, MUST, "Section H: monitoring and evaluation",
   "", "001 §H"),
};

#define N_RULES ((uint32_t)(sizeof rules / sizeof rules[0]))
#define N_SOURCES ((uint32_t)(sizeof sources / sizeof sources[0]))

uint32_t cocomm_rule_count(void) { return N_RULES; }

const cocomm_rule *cocomm_rule_at(uint32_t index) { return index < N_RULES ? &rules[index] : NULL; }

const cocomm_rule *cocomm_rule_find(const char *id) {
  if (id == NULL) return NULL;
  /* Compare the section letter before the rest: findings look rules up on
   * every report, and most rows differ in their first byte. */
  for (uint32_t i = 0; i < N_RULES; i++)
    if (rules[i].id[0] == id[0] && id[0] && strcmp(rules[i].id + 1, id + 1) == 0) return &rules[i];
  return NULL;
}

int32_t cocomm_force_severity(int32_t force) {
  switch (force) {
    case COCOMM_FORCE_MUST: return COCOMM_SEVERITY_ERROR;
    case COCOMM_FORCE_SHOULD: return COCOMM_SEVERITY_WARNING;
    case COCOMM_FORCE_MAY: return COCOMM_SEVERITY_INFO;
    default: return 0;
  }
}

const char *cocomm_force_name(int32_t force) {
  static const char *const names[] = {"unknown", "must", "should", "may", "fact"};
  return force >= COCOMM_FORCE_MUST && force <= COCOMM_FORCE_FACT ? names[force] : names[0];
}

const char *cocomm_section_name(int32_t section) {
  static const char *const names[] = {"unknown", "the models", "functions and scope", "committees",
                                      "conflicts of interest", "approvals and changes",
                                      "the timeline", "expressions of interest"};
  return section >= COCOMM_SECTION_M && section <= COCOMM_SECTION_E ? names[section] : names[0];
}

uint32_t cocomm_source_count(void) { return N_SOURCES; }

const cocomm_source *cocomm_source_at(uint32_t index) {
  return index < N_SOURCES ? &sources[index] : NULL;
}

uint32_t cocomm_rule_size(void) { return (uint32_t)sizeof(cocomm_rule); }
uint32_t cocomm_source_size(void) { return (uint32_t)sizeof(cocomm_source); }
