/* SPDX-License-Identifier: MIT */
/* The rule catalogue: one row per rule of the co-commissioning rulebook.
 * The single source of every rule's identifier, statement, force and
 * citation; findings, tests and docs/rules.md all read it. Roles per model
 * (F-1..F-15) live in scope.c and milestone dates in the timeline tables,
 * not here, so that no fact is written twice. */
#include <cocomm/rules.h>
#include <cocomm/findings.h>
#include <cocomm/date.h>
#include <cocomm/status.h>

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

/* The rows follow the rulebook (../shared/spec/RULES.md), revision 2: each
 * row's statement, applies-to, force and source as the rulebook gives them
 * (markdown formatting dropped). Conventions where the rulebook's columns
 * say more than one force can hold:
 * - a compound force ("must (non-voting), right (presence)", "must
 *   (delegated), should (joint)") is stored as the force named first; the
 *   statement says the rest, and each check reports the severity that fits;
 * - I-2, I-3 and I-5 qualify their force by kind of CCG, and the I table
 *   has no applies-to column: applies_to says which CCGs the must and the
 *   should bind, and the row carries must;
 * - the rulebook's prose gives the E forces: sections D and E must, the
 *   others should;
 * - function rows (F-1..F-15) and milestones (T-1..T-20) are facts. */
/* Rows are indexed by their identifier (enum cocomm_rule_id, rules.h):
 * finding a rule is an array index, and a mistyped identifier does not
 * compile. */
/* Each rule's life (2.1): the edition it belongs to, the first and last day
 * it holds, primary or secondary source, and whether it states a date of
 * its edition's own timetable (then cocomm_edition_diff compares it):
 * - by default a rule is 002's (edition 2014-11): in force from its
 *   publication, 2014-11-10, to 2022-06-30, the last day of CCGs
 *   (abolished on 2022-07-01; RULES.md, later national cycles);
 * - the expressions-of-interest rules (E-A..E-H) and T-1, T-2 come from
 *   the May 2014 letter (001) and hold from 2014-05-01 (T-1);
 * - T-19 is edition 2014-09's only: from September 2014 (month precision:
 *   its first day, as the edition's `published`) to 2014-11-09, the day
 *   before 2014-11 replaced it (RULES.md revision 2);
 * - T-30 and T-35 state 2014-11's own dates (12:00 on 2015-01-09; the
 *   constitution deadlines split by what an amendment covers). */
#define L_002 "2014-11", {2014, 11, 10}, COCOMM__CCGS_LAST_DAY, COCOMM_SOURCE_PRIMARY, 0
#define L_001 "2014-11", {2014, 5, 1}, COCOMM__CCGS_LAST_DAY, COCOMM_SOURCE_PRIMARY, 0
#define L_DATED_1411 "2014-11", {2014, 11, 10}, COCOMM__CCGS_LAST_DAY, COCOMM_SOURCE_PRIMARY, 1
#define L_DATED_1409 "2014-09", {2014, 9, 1}, {2014, 11, 9}, COCOMM_SOURCE_PRIMARY, 1
#define RULE_L(name, id, sec, force, statement, applies, source, ...) \
  [COCOMM_RULE_##name - 1] = {id, COCOMM_SECTION_##sec, COCOMM_FORCE_##force, statement, applies, source, __VA_ARGS__}
#define RULE(name, id, sec, force, statement, applies, source) \
  RULE_L(name, id, sec, force, statement, applies, source, L_002)

static const cocomm_rule rules[COCOMM_RULE_LAST] = {
  RULE(M_1, "M-1", M, FACT, "There are three co-commissioning models: greater involvement, joint commissioning, delegated commissioning. A CCG may also have no co-commissioning arrangement: no CCG is obliged to apply.",
   "", "002 §1, 003"),
  RULE(M_2, "M-2", M, MUST, "The models are known by several names. Numbers and letters: 1 / A / One = greater involvement, 2 / B / Two = joint, 3 / C / Three = delegated (\"Model 1\", \"model b\", \"Model Three\"). Words: \"greater involvement (in primary care commissioning / in GP commissioning decisions / decision making)\", \"joint (commissioning) (arrangements / responsibility)\", \"delegated (commissioning) (arrangements)\", \"delegation\", \"full delegation\", \"full delegated responsibility (for commissioning (the majority of) GP services)\". A label as the seeds print it — \"Model 3:\", \"Model A: Greater involvement\", \"Model Three: Full delegated responsibility for commissioning the majority of GP services\" — is a number or letter, a colon, then nothing or words naming the same model. Case-insensitive, runs of blanks collapsed, surrounding blanks ignored; anything else is refused, never guessed, and a label whose words name another model than its number is refused.",
   "", "000, 003, 004, 002 §1, §4"),
  RULE(M_3, "M-3", M, FACT, "Greater involvement needs no new governance arrangements and no formal approval; it can be agreed with the area team at any time.",
   "", "002 §4.2.2, §7.2"),
  RULE(M_4, "M-4", M, FACT, "Joint commissioning is done by one or more CCGs with their area team through a joint committee (recommended) or \"committees in common\". Under committees in common each body's committee makes its own decision.",
   "", "002 §4.3, §4.3.2 fn 2"),
  RULE(M_5, "M-5", M, FACT, "Under delegation NHS England keeps residual liability. The recommendation is that the CCG establishes a primary care commissioning committee to oversee the exercise of the delegated functions.",
   "", "002 §4.4, §4.4.2"),
  RULE(M_6, "M-6", M, FACT, "A proposal may come from one CCG or from a group of CCGs covering their combined localities; collaborating CCGs need not be contiguous.",
   "", "001 §A, 002 §5.1"),
  RULE(M_7, "M-7", M, MUST, "Joint and delegated arrangements need an amendment to the CCG's constitution; greater involvement does not.",
   "", "000, 002 §7.1.3"),
  RULE(F_1, "F-1", F, FACT, "general practice commissioning",
   "", "002 §4.1.5"),
  RULE(F_2, "F-2", F, FACT, "pharmacy, eye health and dental commissioning",
   "", "002 §4.1.5, §4.3.1, §4.4.1"),
  RULE(F_3, "F-3", F, FACT, "design and implementation of local incentive schemes (alternative to QOF / DES)",
   "", "002 §4.1.5, §4.1.2"),
  RULE(F_4, "F-4", F, FACT, "general practice budget management",
   "", "002 §4.1.5"),
  RULE(F_5, "F-5", F, FACT, "complaints management",
   "", "002 §4.1.5"),
  RULE(F_6, "F-6", F, FACT, "contractual GP practice performance management",
   "", "002 §4.1.5"),
  RULE(F_7, "F-7", F, FACT, "medical performers' list, appraisal, revalidation",
   "", "002 §4.1.4, §4.1.5"),
  RULE(F_10, "F-10", F, FACT, "GMS, PMS and APMS contracts: design of PMS and APMS contracts, monitoring, contractual action such as breach or remedial notices (002 prints \"branch/remedial\" [sic]), removing a contract",
   "", "002 §4.3.1, §4.4.1"),
  RULE(F_11, "F-11", F, FACT, "newly designed enhanced services (local and directed enhanced services)",
   "", "002 §4.3.1, §4.4.1"),
  RULE(F_12, "F-12", F, FACT, "design of local incentive schemes as an alternative to QOF",
   "", "002 §4.3.1, §4.4.1"),
  RULE(F_13, "F-13", F, FACT, "establishing new GP practices in an area",
   "", "002 §4.3.1, §4.4.1"),
  RULE(F_14, "F-14", F, FACT, "approving practice mergers",
   "", "002 §4.3.1, §4.4.1"),
  RULE(F_15, "F-15", F, FACT, "decisions on discretionary payments (e.g. returner / retainer schemes)",
   "", "002 §4.3.1, §4.4.1"),
  RULE(F_20, "F-20", F, MUST, "Individual GP performance management (performers' list, appraisal, revalidation), administration of payments and list management stay with NHS England under every model.",
   "", "002 §4.1.4, §4.3.1, §4.4.1"),
  RULE(F_21, "F-21", F, MUST, "The terms of GMS contracts and the nationally determined elements of PMS and APMS contracts cannot be varied by CCGs or joint committees.",
   "", "002 §4.1.4"),
  RULE(F_22, "F-22", F, MUST, "In 2015/16 joint and delegated arrangements cover general practice services only. For dental, eye health and community pharmacy, a CCG under any model may take part in discussions but has no decision-making role (F-2) — so under joint and delegated arrangements the answer for these services in 2015/16 is \"discussion only\", not \"out of scope\". From 2016/17 NHS England \"will be looking into this\" (002 §11 adds public health services such as immunisation): 002 leaves it undecided, and the library says so (\"under review\"), citing 002 and F-23. The later BMA summary (003, secondary) reports that CCGs gained no powers over these services; the library may cite it as the outcome, never as 2014 policy.",
   "", "002 §4.1.1, §4.1.5, §4.3.1, §4.4.1, §11; 000; 003"),
  RULE(F_23, "F-23", F, FACT, "The May 2014 letter says NHS England cannot delegate the commissioning of community pharmacy or dental services, and will continue to discharge them directly; primary eye care could in principle be delegated. 002 does not repeat this and promises to look into all three for 2016/17: report F-23 beside F-22's \"under review\", never as a flat \"never\".",
   "", "001 §C"),
  RULE(F_24, "F-24", F, MAY, "Under greater involvement a CCG may take part in discussions about all areas of primary care, NHS England keeping its statutory decision-making responsibilities, with appropriate involvement of local professional networks.",
   "", "002 §4.2.1"),
  RULE(F_25, "F-25", F, SHOULD, "A local incentive scheme needs no formal approval but should be consulted on with the Local Medical Committee and show improved outcomes, reduced inequalities and value for money (should). A practice moves off a national contract only voluntarily, keeping its GMS entitlements (must).",
   "", "002 §4.1.2"),
  RULE(F_26, "F-26", F, MUST, "CCGs must adopt the findings of the national PMS and MPIG reviews.",
   "", "002 §4.1.4"),
  RULE(C_1, "C-1", C, MUST, "The committee is chaired by a lay member.",
   "delegated committee", "002 §4.4.2, §6.2"),
  RULE(C_2, "C-2", C, MUST, "Lay and executive members together are a majority of the voting members.",
   "delegated committee", "002 §4.4.2, §6.2"),
  RULE(C_3, "C-3", C, MUST, "The local Healthwatch representative and a local authority representative of the Health and Wellbeing Board have the right to join as non-voting attendees (observers). If present they must not vote and never count towards the C-2 majority; whether non-voting attendees count towards a quorum is for the terms of reference (C-13), and by default they do not.",
   "joint and delegated committees", "002 §4.3.2, §4.4.2, §6.2"),
  RULE(C_4, "C-4", C, MAY, "Healthwatch and the Health and Wellbeing Board are under no obligation to nominate: their absence is information, not a fault.",
   "joint and delegated committees", "002 §4.3.2, §4.4.2"),
  RULE(C_5, "C-5", C, SHOULD, "Clinical leadership of commissioning is retained in a joint committee: at least one voting clinical member (leadership needs a part in the decision; applied).",
   "joint committee", "002 §4.3.2"),
  RULE(C_6, "C-6", C, SHOULD, "Clinical involvement is retained in a delegated committee: at least one clinical member, voting or not (many delegated committees made their GP members non-voting to manage conflicts; that still retains involvement).",
   "delegated committee", "002 §4.4.2"),
  RULE(C_7, "C-7", C, MUST, "A joint committee is formed by NHS England and one or more CCGs, which delegate decision-making to it: it has voting members of both (a non-voting NHS England officer does not make it joint; applied).",
   "joint committee", "002 §4.3.2 and fn 2"),
  RULE(C_8, "C-8", C, SHOULD, "The conflicts-of-interest principles (lay chair, lay and executive majority) are aimed at delegated committees but every CCG must have regard to them: for joint committees C-1 and C-2 apply as should.",
   "joint committee", "002 §6.2"),
  RULE(C_9, "C-9", C, FACT, "Greater involvement needs no committee; a committee submitted under it is checked for nothing but well-formedness. It takes no decisions: the CCG has \"no decision making role\" and no formal accountability for decisions, which stay with NHS England — a decision of NHS England's put to such a forum can be discussed, never decided. The CCG's own investment in primary care remains its own decision, outside the forum.",
   "greater involvement", "002 §4.1.5, §4.2.1, §4.2.2"),
  RULE(C_10, "C-10", C, MUST, "Well-formedness: exactly one chair, who is a voting member; at most one vice-chair; no member counted twice; at least one voting member.",
   "every committee", "(structural)"),
  RULE(C_11, "C-11", C, FACT, "Under committees in common each body's committee is validated on its own.",
   "committees in common", "002 §4.3.2 fn 2"),
  RULE(C_12, "C-12", C, SHOULD, "Membership should let the full range of stakeholders contribute (Transforming Participation guidance).",
   "joint and delegated committees", "002 §4.3.2, §4.4.2"),
  RULE(C_13, "C-13", C, FACT, "002 sets no quorum: each committee's own terms of reference set it (002 leaves membership to local agreement; its annexes D and F, not among our sources, hold the model terms of reference). A quorum must be expressible in every form published terms of reference use. Published forms (a 2017 study of CCG primary care commissioning committees): (a) at least 3 members, including a lay member and one of the chief officer, the chief finance officer or the chief of service delivery; (b) at least 3 non-executive members, one GP, the chief officers, and any two non-voting members; (c) 1 lay member, 1 GP and 1 executive; (d) four members: the chief officer or chief finance officer, and two of {lay member, lay person, registered nurse, secondary care consultant}, one of them the chair or vice-chair. So a quorum needs: minimum counts over sets of members (categories, or offices and groups that the terms of reference name), \"k of this set\", members who must attend by office, non-voting attendees counted where the terms say so, the chair or vice-chair present, and, for a joint committee, members of each body.",
   "every committee", "002 §4.3.2, §4.4.2; published CCG terms of reference"),
  RULE(C_14, "C-14", C, FACT, "Decisions are taken by a simple majority. Terms of reference differ on its basis, and the committee states which: of the votes cast (more for than against; abstentions do not count), or of the voting members present and entitled to vote (more for than half of them; an abstention counts against). The library's default is votes cast. A tie is as many votes for as against; only a tie can be broken, by the member presiding over the item, where the terms of reference grant a casting vote (C-16). On the present-and-entitled basis a vote that is not a tie and does not reach more than half is simply not carried.",
   "joint and delegated committees", "published CCG terms of reference"),
  RULE(C_15, "C-15", C, MUST, "Who presides over an item: the chair; if the chair is absent or withdraws for a conflict, the vice-chair; if neither can, the members present choose one of themselves. For a delegated committee whoever presides is a lay member (C-1 applied to the item, as published terms of reference do); for a joint committee a non-lay presiding member is a C-8 warning. Whoever presides is a voting member present and eligible for the item; a vice-chair who may not preside (a non-lay vice-chair of a delegated committee, or one who withdrew) is passed over as if absent. When the meeting must choose, the library names who may be chosen and accepts the caller's choice.",
   "joint and delegated committees", "002 §4.4.2, §6.2 (applied); published CCG terms of reference"),
  RULE(C_16, "C-16", C, MUST, "A casting vote is cast by the member presiding over the item, never by a member who withdrew from it; the record says who cast it.",
   "joint and delegated committees", "published CCG terms of reference (applied with I-6)"),
  RULE(C_17, "C-17", C, SHOULD, "A joint committee makes a single decision on behalf of NHS England and the CCGs: an item decided with no eligible voting member of NHS England present, or with none of the CCGs party to the committee represented by an eligible voting member, is not a joint decision.",
   "joint committee", "002 §4.3.2 fn 2 (applied)"),
  RULE(I_1, "I-1", I, MUST, "CCGs keep registers of interests, publish them or make them accessible, require prompt declaration by members and employees, and manage conflicts.",
   "", "002 §6.1"),
  RULE(I_2, "I-2", I, MUST, "The public register of interests records the nature of each conflict and the conflicted parties; it is part of the annual accounts, signed off by external auditors.",
   "a CCG with delegated functions (must); every other CCG (should)", "002 §6.2"),
  RULE(I_3, "I-3", I, MUST, "CCGs keep and regularly publish a register of procurement decisions.",
   "a CCG with delegated functions (must); every other CCG (should)", "002 §6.2"),
  RULE(I_4, "I-4", I, MUST, "A contract must not be awarded where conflicts, or potential conflicts of interest, affect, or appear to affect, the integrity of the award. Applied: a contract award in which a member with a declared conflict took part (voted, or was counted towards the quorum) cannot be carried — the item is not decided.",
   "", "002 §6.1 (the 2013 procurement regulations; the test is applied)"),
  RULE(I_5, "I-5", I, MUST, "The audit committee chair and the Accountable Officer formally attest compliance with the conflicts-of-interest guidance.",
   "a CCG in joint or delegated arrangements (must); every other CCG (should)", "002 §6.2 (§6 addresses CCGs that implement co-commissioning)"),
  RULE(I_6, "I-6", I, MUST, "A member with a declared conflict on an item takes no part in the decision on it; the decision stands only if the committee is still quorate (C-13), still has someone who may preside (C-15), and, for a delegated committee, still has a lay and executive majority among the voting members present and eligible for the item (C-2 applied to the item). If the majority held among those present before the withdrawals and is lost through them, that is an error. If it was already lost among those present before anyone withdrew (through absences), that is a warning: 002 makes the majority a rule of membership, and attendance is the quorum's business.",
   "", "002 §6 (applied; the quorum itself is set by the committee's own terms of reference)"),
  RULE(A_1, "A-1", A, FACT, "Greater involvement: no proforma, no formal approval; liaise with the area team.",
   "", "002 §7.1.2, §7.1.5, §7.2"),
  RULE(A_2, "A-2", A, MUST, "Joint: proforma (annex A, governance) and constitution amendment (annex C), the amendment approved by the CCG's members and by NHS England; reviewed by regional moderation panels; implemented only once regional teams are satisfied the arrangements comply with the legal framework and the constitution amendment has been approved; a pooled fund complies with financial instructions (A-10); a legally binding agreement is signed; information handling meets information governance standards.",
   "", "000; 002 §7.1.5, §7.3.1, §7.3.2"),
  RULE(A_3, "A-3", A, MUST, "Delegated: proforma (annex B, conflicts-of-interest management) and constitution amendment; regional moderation panels, a national moderation panel, final sign-off by NHS England's Commissioning Committee (002: \"likely to be\" it); a legally binding delegation agreement is signed; the CCG complies with the directions on statement of financial entitlements and with information governance standards.",
   "", "002 §7.1.5, §7.4"),
  RULE(A_4, "A-4", A, SHOULD, "Unless a CCG has serious governance issues or is in a state akin to special measures, NHS England will support its move towards co-commissioning. This is a promise of support, not a bar: with such issues, support for a move up is not assured (a warning), and the rule says nothing about stepping down (A-8).",
   "", "002 §1, §7.1.1"),
  RULE(A_5, "A-5", A, MUST, "Delegated additionally needs sound financial control and all statutory and business-planning requirements met.",
   "", "002 §7.1.1"),
  RULE(A_6, "A-6", A, FACT, "A delegated proposal that is not approved leads to a plan to develop it further or, if that is agreed to be the preferred approach, to set up joint arrangements instead.",
   "", "002 §7.4.2"),
  RULE(A_7, "A-7", A, MAY, "Moving up from 2015/16: none or greater involvement → joint or delegated; joint → delegated. Joint requests are agreed in the quarterly CCG assurance meetings; delegated requests follow the approvals process, with the timeline confirmed by the area team.",
   "", "002 §8"),
  RULE(A_8, "A-8", A, MUST, "A CCG that wishes to terminate or reduce its arrangement needs mutual agreement with NHS England (must). It is expected to step down one level — delegated → joint, joint → greater involvement — and a larger step is a warning, not an error. Joint → none and joint → greater involvement are the same step in substance (M-3). A revocation by NHS England (A-9) is not a CCG's change and needs no agreement; leaving greater involvement, which has no formal arrangement (M-3), needs none either.",
   "", "002 §8, §4.1.3"),
  RULE(A_9, "A-9", A, FACT, "Under delegation NHS England may direct a CCG that fails to secure adequate primary medical care, and may ultimately revoke the delegation. Under joint and delegated arrangements Monitor may direct a CCG (or a CCG and NHS England) found in breach of procurement regulations or conflicts-of-interest guidance.",
   "", "002 §4.1.3"),
  RULE(A_10, "A-10", A, MUST, "A pooled fund under joint arrangements may receive a CCG contribution only for the CCG's own functions, never for core primary medical services (an NHS England statutory function). A CCG may still invest in a way conducive or incidental to primary medical care, provided no other body has a statutory duty to provide that funding.",
   "", "002 §4.3.3"),
  RULE_L(T_1, "T-1", T, FACT, "expressions of interest invited",
   "", "001", L_001),
  RULE_L(T_2, "T-2", T, FACT, "expressions of interest due",
   "", "001", L_001),
  RULE(T_3, "T-3", T, FACT, "legislative reform order in force: CCGs may form joint committees with NHS England",
   "", "000, 002 §4.3.2"),
  RULE(T_4, "T-4", T, FACT, "original deadline for every constitution amendment request (since extended for co-commissioning)",
   "", "002 §7.1.3"),
  RULE(T_5, "T-5", T, FACT, "\"Next steps\" published",
   "", "002"),
  RULE(T_6, "T-6", T, FACT, "implementation roadshows",
   "", "002 §10.1"),
  RULE(T_7, "T-7", T, FACT, "baseline expenditure analysis to CCGs",
   "", "002 §5.2.1"),
  RULE(T_8, "T-8", T, FACT, "conflicts-of-interest statutory guidance; NHS England board allocation decisions; 2015/16 planning guidance",
   "", "002 §5.2.1, §6.2, §7.4.2"),
  RULE(T_9, "T-9", T, FACT, "CCGs and area teams develop proposals",
   "", "002 §7.3.3, §7.4.4"),
  RULE(T_10, "T-10", T, FACT, "CCGs indicate their preferred arrangement",
   "", "002 §7.1.2"),
  RULE(T_11, "T-11", T, FACT, "delegated proforma and constitution amendment due; also every constitution amendment not solely about joint commissioning",
   "", "002 §7.1.2, §7.1.3, §7.4.1"),
  RULE(T_12, "T-12", T, FACT, "regional moderation panels for delegated proposals",
   "", "002 §7.4.2, §7.4.4"),
  RULE(T_13, "T-13", T, FACT, "joint proforma and joint-only constitution amendment due",
   "", "002 §7.1.2, §7.1.3, §7.3.1"),
  RULE(T_14, "T-14", T, FACT, "regional moderation panels for joint proposals",
   "", "002 §7.3.2"),
  RULE(T_15, "T-15", T, FACT, "Commissioning Committee sign-off of delegated proposals",
   "", "002 §7.4.2, §7.4.4"),
  RULE(T_16, "T-16", T, FACT, "joint: panel recommendations, constitution outcomes, support to develop proposals",
   "", "002 §7.3.3"),
  RULE(T_17, "T-17", T, FACT, "delegated: budget transfer arranged; constitution outcomes",
   "", "002 §7.4.4"),
  RULE(T_18, "T-18", T, FACT, "delegated arrangements implemented and funds transferred on 2015-04-01; joint arrangements can be implemented by 2015-04-01, once approved",
   "", "002 §7.3.2, §7.4.3"),
  RULE_L(T_19, "T-19", T, FACT, "(edition 2014-09 only) delegated proposals for 2016/17 must be in for the budget to be in 2016/17 allocations; in edition 2014-11 the 2016/17 timetable is \"in due course\" — a late delegated submission there may possibly be implemented in year, or falls to a cycle whose dates this edition does not set",
   "", "000; 002 §7.4.2, §8", L_DATED_1409),
  RULE(T_20, "T-20", T, FACT, "MPIG phased out",
   "", "002 §5.2.3"),
  RULE_L(T_30, "T-30", T, MUST, "A delegated proposal is on time if submitted no later than 12:00 UK time on 2015-01-09; then it can take effect 2015-04-01. For a later one \"it may be possible\" to implement in year; otherwise it falls to 2016/17, whose timetable 002 leaves to \"due course\".",
   "", "002 §7.1.2, §7.4.2, §8", L_DATED_1411),
  RULE(T_31, "T-31", T, MUST, "A joint submission is on time if received on or before 2015-01-30 (end of that day, UK time).",
   "", "002 §7.1.2"),
  RULE(T_32, "T-32", T, MUST, "NHS England acknowledges a constitution amendment request within two weeks of receipt and gives its decision in writing within eight weeks of receipt.",
   "", "002 §7.1.3"),
  RULE(T_33, "T-33", T, FACT, "The financial year runs 1 April to 31 March and is written 2015/16.",
   "", "(convention used throughout 002)"),
  RULE(T_34, "T-34", T, FACT, "Deadlines \"by\" a date without a time mean the end of that day, UK local time.",
   "", "(convention)"),
  RULE_L(T_35, "T-35", T, MUST, "The constitution amendment deadline depends on what the amendment covers: one that relates solely to joint commissioning is due by 2015-01-30 (T-13); every other one by 12:00 on 2015-01-09 (T-11). A joint proposal whose amendment also changes anything else is late after 2015-01-09 12:00 for that amendment.",
   "", "002 §7.1.3", L_DATED_1411),
  RULE_L(E_A, "E-A", E, SHOULD, "Section A: CCG(s) involved",
   "", "001 §A", L_001),
  RULE_L(E_B, "E-B", E, SHOULD, "Section B: intended benefits: integration, quality, patient and public involvement, health inequalities",
   "", "001 §B", L_001),
  RULE_L(E_C, "E-C", E, SHOULD, "Section C: scope: which commissioning activities",
   "", "001 §C", L_001),
  RULE_L(E_D, "E-D", E, MUST, "Section D: nature: influence, joint, or delegated; relation to joint commissioning with local authorities",
   "", "001 §D", L_001),
  RULE_L(E_E, "E-E", E, MUST, "Section E: timescales, including phasing; locality budgets only from 2015/16",
   "", "001 §E", L_001),
  RULE_L(E_F, "E-F", E, SHOULD, "Section F: governance: extra safeguards for conflicts of interest",
   "", "001 §F", L_001),
  RULE_L(E_G, "E-G", E, SHOULD, "Section G: engagement of member practices and local stakeholders",
   "", "001 §G", L_001),
  RULE_L(E_H, "E-H", E, SHOULD, "Section H: monitoring and evaluation",
   "", "001 §H", L_001),
};

#define N_RULES ((uint32_t)(sizeof rules / sizeof rules[0]))
#define N_SOURCES ((uint32_t)(sizeof sources / sizeof sources[0]))

uint32_t cocomm_rule_count(void) { return N_RULES; }

const cocomm_rule *cocomm_rule_at(uint32_t index) { return index < N_RULES ? &rules[index] : NULL; }

const cocomm_rule *cocomm__rule(int32_t id) {
  return id >= 1 && id <= COCOMM_RULE_LAST ? &rules[id - 1] : NULL;
}

const cocomm_rule *cocomm_rule_get(int32_t id) { return cocomm__rule(id); }

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

/* The date {0, 0, 0} stands for the library's default: the day the
 * default edition (2014-11) was published. */
static cocomm_date as_at(cocomm_date d) {
  if (d.year == 0 && d.month == 0 && d.day == 0) return (cocomm_date){2014, 11, 10};
  return d;
}

static int holds(const cocomm_rule *r, cocomm_date d) {
  int ended = !(r->in_force_to.year == 0 && r->in_force_to.month == 0 && r->in_force_to.day == 0) &&
              cocomm_date_compare(d, r->in_force_to) > 0;
  return cocomm_date_compare(r->in_force_from, d) <= 0 && !ended;
}

int32_t cocomm_rule_in_force(const cocomm_rule *rule, cocomm_date date, int32_t *in_force) {
  if (rule == NULL || in_force == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  date = as_at(date);
  if (cocomm_date_check(date) != COCOMM_OK) return COCOMM_ERR_OUT_OF_RANGE;
  *in_force = holds(rule, date);
  return COCOMM_OK;
}

int32_t cocomm_rules_in_force(cocomm_date date, const cocomm_rule **out, uint32_t capacity, uint32_t *count) {
  if (count == NULL || (out == NULL && capacity > 0)) return COCOMM_ERR_INVALID_ARGUMENT;
  date = as_at(date);
  if (cocomm_date_check(date) != COCOMM_OK) return COCOMM_ERR_OUT_OF_RANGE;
  uint32_t n = 0;
  for (uint32_t i = 0; i < N_RULES; i++)
    if (holds(&rules[i], date)) {
      if (n < capacity) out[n] = &rules[i];
      n++;
    }
  *count = n;
  return n > capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK;
}

const char *cocomm_source_kind_name(int32_t kind) {
  static const char *const names[] = {"unstated", "primary", "secondary"};
  return kind >= COCOMM_SOURCE_UNSTATED && kind <= COCOMM_SOURCE_SECONDARY ? names[kind] : "unknown";
}

uint32_t cocomm_source_count(void) { return N_SOURCES; }

const cocomm_source *cocomm_source_at(uint32_t index) {
  return index < N_SOURCES ? &sources[index] : NULL;
}

uint32_t cocomm_rule_size(void) { return (uint32_t)sizeof(cocomm_rule); }
uint32_t cocomm_source_size(void) { return (uint32_t)sizeof(cocomm_source); }
