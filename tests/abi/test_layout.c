/* SPDX-License-Identifier: MIT */
/* Pins every public struct's size and field offsets and every public enum's
 * values. A change here is an ABI change: it fails the build of this test
 * before any test runs. See docs/abi.md. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cocomm/cocomm.h>

/* Each layout is pinned twice: for 64-bit pointers (LP64) and for 32-bit
 * ones (ILP32: gcc -m32, wasm32). The layout is the ABI on each target. */
#if UINTPTR_MAX > UINT32_MAX
#define LAYOUT(lp64, ilp32) (lp64)
#else
#define LAYOUT(lp64, ilp32) (ilp32)
#endif
/* i386 aligns an int64_t inside a struct to 4 bytes, wasm32 to 8: a struct
 * that ends in padding after one differs between them. */
struct i64_probe {
  char c;
  int64_t v;
};
#define I64_TAIL(i386, wasm32) (offsetof(struct i64_probe, v) == 4 ? (i386) : (wasm32))
#define PIN_SIZE(type, lp64, ilp32) \
  _Static_assert(sizeof(type) == LAYOUT(lp64, ilp32), "size of " #type)
#define PIN_LAYOUT_VAL(name, lp64, ilp32) _Static_assert((name) == LAYOUT(lp64, ilp32), #name)
#define PIN_OFF(type, field, lp64, ilp32) \
  _Static_assert(offsetof(type, field) == LAYOUT(lp64, ilp32), #type "." #field)
#define PIN_VAL(name, v) _Static_assert((name) == (v), #name)

/* status.h */
PIN_VAL(COCOMM_NTS, SIZE_MAX);
PIN_VAL(COCOMM_OK, 0);
PIN_VAL(COCOMM_ERR_INVALID_ARGUMENT, -1);
PIN_VAL(COCOMM_ERR_BUFFER_TOO_SMALL, -2);
PIN_VAL(COCOMM_ERR_PARSE, -3);
PIN_VAL(COCOMM_ERR_OUT_OF_RANGE, -4);
PIN_VAL(COCOMM_ERR_STRUCT_SIZE, -5);
PIN_VAL(COCOMM_ERR_AMBIGUOUS, -6);
PIN_VAL(COCOMM_ERR_NOT_FOUND, -7);

/* export.h */
PIN_LAYOUT_VAL(COCOMM_SIZE_THROUGH(cocomm_version_info, patch), 16, 16);

/* version.h: the release numbers change with each release; these do not */
PIN_VAL(COCOMM_SOVERSION, 2);
PIN_VAL(COCOMM_VERSION_AT_LEAST(COCOMM_VERSION_MAJOR, COCOMM_VERSION_MINOR, COCOMM_VERSION_PATCH), 1);
PIN_VAL(COCOMM_VERSION_AT_LEAST(COCOMM_VERSION_MAJOR, COCOMM_VERSION_MINOR, COCOMM_VERSION_PATCH + 1), 0);
PIN_VAL(COCOMM_VERSION_AT_LEAST(2, 0, 0), 1);
PIN_VAL(COCOMM_VERSION_AT_LEAST(2, 1, 0), 0);

/* version.h */
PIN_SIZE(cocomm_version_info, 32, 28);
PIN_OFF(cocomm_version_info, struct_size, 0, 0);
PIN_OFF(cocomm_version_info, major, 4, 4);
PIN_OFF(cocomm_version_info, minor, 8, 8);
PIN_OFF(cocomm_version_info, patch, 12, 12);
PIN_OFF(cocomm_version_info, soversion, 16, 16);
PIN_OFF(cocomm_version_info, reserved0, 20, 20);
PIN_OFF(cocomm_version_info, string, 24, 24);
PIN_LAYOUT_VAL(COCOMM_VERSION_INFO_SIZE_V1, 16, 16);

/* date.h */
PIN_SIZE(cocomm_date, 4, 4);
PIN_OFF(cocomm_date, year, 0, 0);
PIN_OFF(cocomm_date, month, 2, 2);
PIN_OFF(cocomm_date, day, 3, 3);
PIN_SIZE(cocomm_datetime, 12, 12);
PIN_OFF(cocomm_datetime, date, 0, 0);
PIN_OFF(cocomm_datetime, hour, 4, 4);
PIN_OFF(cocomm_datetime, minute, 5, 5);
PIN_OFF(cocomm_datetime, second, 6, 6);
PIN_OFF(cocomm_datetime, reserved0, 7, 7);
PIN_OFF(cocomm_datetime, utc_offset_minutes, 8, 8);
PIN_SIZE(cocomm_instant, 8, 8);
PIN_VAL(COCOMM_MONDAY, 1);
PIN_VAL(COCOMM_TUESDAY, 2);
PIN_VAL(COCOMM_WEDNESDAY, 3);
PIN_VAL(COCOMM_THURSDAY, 4);
PIN_VAL(COCOMM_FRIDAY, 5);
PIN_VAL(COCOMM_SATURDAY, 6);
PIN_VAL(COCOMM_SUNDAY, 7);
PIN_VAL(COCOMM_INSTANT_MIN, INT64_C(-62135596800));
PIN_VAL(COCOMM_INSTANT_MAX, INT64_C(253402300799));
PIN_VAL(COCOMM_FOLD_EARLIER, 0);
PIN_VAL(COCOMM_FOLD_LATER, 1);
PIN_VAL(COCOMM_FOLD_STRICT, 2);
PIN_VAL(COCOMM_TIME_UTC, 1);
PIN_VAL(COCOMM_TIME_UK, 2);

/* rules.h */
PIN_VAL(COCOMM_RULE_M_1, 1);
PIN_VAL(COCOMM_RULE_M_2, 2);
PIN_VAL(COCOMM_RULE_M_3, 3);
PIN_VAL(COCOMM_RULE_M_4, 4);
PIN_VAL(COCOMM_RULE_M_5, 5);
PIN_VAL(COCOMM_RULE_M_6, 6);
PIN_VAL(COCOMM_RULE_M_7, 7);
PIN_VAL(COCOMM_RULE_F_1, 8);
PIN_VAL(COCOMM_RULE_F_2, 9);
PIN_VAL(COCOMM_RULE_F_3, 10);
PIN_VAL(COCOMM_RULE_F_4, 11);
PIN_VAL(COCOMM_RULE_F_5, 12);
PIN_VAL(COCOMM_RULE_F_6, 13);
PIN_VAL(COCOMM_RULE_F_7, 14);
PIN_VAL(COCOMM_RULE_F_10, 15);
PIN_VAL(COCOMM_RULE_F_11, 16);
PIN_VAL(COCOMM_RULE_F_12, 17);
PIN_VAL(COCOMM_RULE_F_13, 18);
PIN_VAL(COCOMM_RULE_F_14, 19);
PIN_VAL(COCOMM_RULE_F_15, 20);
PIN_VAL(COCOMM_RULE_F_20, 21);
PIN_VAL(COCOMM_RULE_F_21, 22);
PIN_VAL(COCOMM_RULE_F_22, 23);
PIN_VAL(COCOMM_RULE_F_23, 24);
PIN_VAL(COCOMM_RULE_F_24, 25);
PIN_VAL(COCOMM_RULE_F_25, 26);
PIN_VAL(COCOMM_RULE_F_26, 27);
PIN_VAL(COCOMM_RULE_C_1, 28);
PIN_VAL(COCOMM_RULE_C_2, 29);
PIN_VAL(COCOMM_RULE_C_3, 30);
PIN_VAL(COCOMM_RULE_C_4, 31);
PIN_VAL(COCOMM_RULE_C_5, 32);
PIN_VAL(COCOMM_RULE_C_6, 33);
PIN_VAL(COCOMM_RULE_C_7, 34);
PIN_VAL(COCOMM_RULE_C_8, 35);
PIN_VAL(COCOMM_RULE_C_9, 36);
PIN_VAL(COCOMM_RULE_C_10, 37);
PIN_VAL(COCOMM_RULE_C_11, 38);
PIN_VAL(COCOMM_RULE_C_12, 39);
PIN_VAL(COCOMM_RULE_C_13, 40);
PIN_VAL(COCOMM_RULE_C_14, 41);
PIN_VAL(COCOMM_RULE_C_15, 42);
PIN_VAL(COCOMM_RULE_C_16, 43);
PIN_VAL(COCOMM_RULE_C_17, 44);
PIN_VAL(COCOMM_RULE_I_1, 45);
PIN_VAL(COCOMM_RULE_I_2, 46);
PIN_VAL(COCOMM_RULE_I_3, 47);
PIN_VAL(COCOMM_RULE_I_4, 48);
PIN_VAL(COCOMM_RULE_I_5, 49);
PIN_VAL(COCOMM_RULE_I_6, 50);
PIN_VAL(COCOMM_RULE_A_1, 51);
PIN_VAL(COCOMM_RULE_A_2, 52);
PIN_VAL(COCOMM_RULE_A_3, 53);
PIN_VAL(COCOMM_RULE_A_4, 54);
PIN_VAL(COCOMM_RULE_A_5, 55);
PIN_VAL(COCOMM_RULE_A_6, 56);
PIN_VAL(COCOMM_RULE_A_7, 57);
PIN_VAL(COCOMM_RULE_A_8, 58);
PIN_VAL(COCOMM_RULE_A_9, 59);
PIN_VAL(COCOMM_RULE_A_10, 60);
PIN_VAL(COCOMM_RULE_T_1, 61);
PIN_VAL(COCOMM_RULE_T_2, 62);
PIN_VAL(COCOMM_RULE_T_3, 63);
PIN_VAL(COCOMM_RULE_T_4, 64);
PIN_VAL(COCOMM_RULE_T_5, 65);
PIN_VAL(COCOMM_RULE_T_6, 66);
PIN_VAL(COCOMM_RULE_T_7, 67);
PIN_VAL(COCOMM_RULE_T_8, 68);
PIN_VAL(COCOMM_RULE_T_9, 69);
PIN_VAL(COCOMM_RULE_T_10, 70);
PIN_VAL(COCOMM_RULE_T_11, 71);
PIN_VAL(COCOMM_RULE_T_12, 72);
PIN_VAL(COCOMM_RULE_T_13, 73);
PIN_VAL(COCOMM_RULE_T_14, 74);
PIN_VAL(COCOMM_RULE_T_15, 75);
PIN_VAL(COCOMM_RULE_T_16, 76);
PIN_VAL(COCOMM_RULE_T_17, 77);
PIN_VAL(COCOMM_RULE_T_18, 78);
PIN_VAL(COCOMM_RULE_T_19, 79);
PIN_VAL(COCOMM_RULE_T_20, 80);
PIN_VAL(COCOMM_RULE_T_30, 81);
PIN_VAL(COCOMM_RULE_T_31, 82);
PIN_VAL(COCOMM_RULE_T_32, 83);
PIN_VAL(COCOMM_RULE_T_33, 84);
PIN_VAL(COCOMM_RULE_T_34, 85);
PIN_VAL(COCOMM_RULE_T_35, 86);
PIN_VAL(COCOMM_RULE_E_A, 87);
PIN_VAL(COCOMM_RULE_E_B, 88);
PIN_VAL(COCOMM_RULE_E_C, 89);
PIN_VAL(COCOMM_RULE_E_D, 90);
PIN_VAL(COCOMM_RULE_E_E, 91);
PIN_VAL(COCOMM_RULE_E_F, 92);
PIN_VAL(COCOMM_RULE_E_G, 93);
PIN_VAL(COCOMM_RULE_E_H, 94);
PIN_VAL(COCOMM_RULE_LAST, 94);
PIN_SIZE(cocomm_rule, 64, 44);
PIN_OFF(cocomm_rule, id, 0, 0);
PIN_OFF(cocomm_rule, section, 8, 4);
PIN_OFF(cocomm_rule, force, 12, 8);
PIN_OFF(cocomm_rule, statement, 16, 12);
PIN_OFF(cocomm_rule, applies_to, 24, 16);
PIN_OFF(cocomm_rule, source, 32, 20);
PIN_OFF(cocomm_rule, edition, 40, 24); /* 2.1: appended */
PIN_OFF(cocomm_rule, in_force_from, 48, 28);
PIN_OFF(cocomm_rule, in_force_to, 52, 32);
PIN_OFF(cocomm_rule, source_kind, 56, 36);
PIN_OFF(cocomm_rule, dated, 60, 40);
PIN_VAL(COCOMM_SOURCE_UNSTATED, 0);
PIN_VAL(COCOMM_SOURCE_PRIMARY, 1);
PIN_VAL(COCOMM_SOURCE_SECONDARY, 2);
PIN_SIZE(cocomm_source, 40, 20);
PIN_OFF(cocomm_source, key, 0, 0);
PIN_OFF(cocomm_source, title, 8, 4);
PIN_OFF(cocomm_source, publisher, 16, 8);
PIN_OFF(cocomm_source, date, 24, 12);
PIN_OFF(cocomm_source, note, 32, 16);
PIN_VAL(COCOMM_SECTION_M, 1);
PIN_VAL(COCOMM_SECTION_F, 2);
PIN_VAL(COCOMM_SECTION_C, 3);
PIN_VAL(COCOMM_SECTION_I, 4);
PIN_VAL(COCOMM_SECTION_A, 5);
PIN_VAL(COCOMM_SECTION_T, 6);
PIN_VAL(COCOMM_SECTION_E, 7);
PIN_VAL(COCOMM_FORCE_MUST, 1);
PIN_VAL(COCOMM_FORCE_SHOULD, 2);
PIN_VAL(COCOMM_FORCE_MAY, 3);
PIN_VAL(COCOMM_FORCE_FACT, 4);

/* findings.h */
PIN_SIZE(cocomm_finding, 32, 32);
PIN_OFF(cocomm_finding, rule, 0, 0);
PIN_OFF(cocomm_finding, severity, 4, 4);
PIN_OFF(cocomm_finding, message, 8, 8);
PIN_OFF(cocomm_finding, subject, 12, 12);
PIN_OFF(cocomm_finding, values, 16, 16);
PIN_LAYOUT_VAL(COCOMM_FINDING_SIZE_V1, 32, 32);
PIN_SIZE(cocomm_findings, 40, 36);
PIN_OFF(cocomm_findings, struct_size, 0, 0);
PIN_OFF(cocomm_findings, elem_size, 4, 4);
PIN_OFF(cocomm_findings, capacity, 8, 8);
PIN_OFF(cocomm_findings, count, 12, 12);
PIN_OFF(cocomm_findings, items, 16, 16);
PIN_OFF(cocomm_findings, errors, 24, 20);
PIN_OFF(cocomm_findings, warnings, 28, 24);
PIN_OFF(cocomm_findings, information, 32, 28);
PIN_OFF(cocomm_findings, reserved0, 36, 32);
PIN_LAYOUT_VAL(COCOMM_FINDINGS_SIZE_V1, 40, 36);
PIN_VAL(COCOMM_MSG_NO_QUORUM_SET, 1);
/* 2 to 7 are retired (2.0) and never reused */
PIN_VAL(COCOMM_MSG_GREATER_INVOLVEMENT_FORM_ONLY, 8);
PIN_VAL(COCOMM_MSG_IN_COMMON_ON_ITS_OWN, 9);
PIN_VAL(COCOMM_MSG_NO_CHAIR, 10);
PIN_VAL(COCOMM_MSG_SECOND_CHAIR, 11);
PIN_VAL(COCOMM_MSG_SECOND_VICE_CHAIR, 12);
PIN_VAL(COCOMM_MSG_CHAIR_NOT_VOTING, 13);
PIN_VAL(COCOMM_MSG_NO_VOTING_MEMBER, 14);
PIN_VAL(COCOMM_MSG_LISTED_TWICE, 15);
PIN_VAL(COCOMM_MSG_OBSERVER_VOTING, 16);
PIN_VAL(COCOMM_MSG_CHAIR_NOT_LAY, 17);
PIN_VAL(COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY, 18);
PIN_VAL(COCOMM_MSG_NO_NHS_ENGLAND_MEMBER, 19);
PIN_VAL(COCOMM_MSG_NO_CCG_MEMBER, 20);
PIN_VAL(COCOMM_MSG_NO_CLINICAL_INVOLVEMENT, 21);
PIN_VAL(COCOMM_MSG_NO_CLINICAL_LEADERSHIP, 22);
PIN_VAL(COCOMM_MSG_NO_HEALTHWATCH, 23);
PIN_VAL(COCOMM_MSG_NO_HWB, 24);
PIN_VAL(COCOMM_MSG_NO_STAKEHOLDERS, 25);
PIN_VAL(COCOMM_MSG_QUORUM_NEVER_MET, 26);
PIN_VAL(COCOMM_MSG_MEMBERSHIP_SHORT, 27);
PIN_VAL(COCOMM_MSG_VOTING_DEFAULT_NON_VOTING, 28);
PIN_VAL(COCOMM_MSG_VOTING_DEFAULT_VOTING, 29);
PIN_VAL(COCOMM_MSG_VICE_TAKES_CHAIR, 40);
PIN_VAL(COCOMM_MSG_NO_ONE_CAN_CHAIR, 41);
PIN_VAL(COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY, 42);
/* 43 to 47 are retired (2.0) and never reused */
PIN_VAL(COCOMM_MSG_CONFLICTED_TOOK_PART, 48);
PIN_VAL(COCOMM_MSG_CONFLICTED_TOOK_PART_IN_AWARD, 49);
PIN_VAL(COCOMM_MSG_OBSERVER_VOTED, 50);
PIN_VAL(COCOMM_MSG_VOTED_NOT_VOTING_MEMBER, 51);
PIN_VAL(COCOMM_MSG_VOTED_ABSENT, 52);
PIN_VAL(COCOMM_MSG_CASTING_VOTE_NOT_GRANTED, 53);
PIN_VAL(COCOMM_MSG_TIE_CASTING_VOTE_AVAILABLE, 54);
PIN_VAL(COCOMM_MSG_TIE_NOT_CARRIED, 55);
PIN_VAL(COCOMM_MSG_WITHDRAWS, 56);
PIN_VAL(COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT, 57);
PIN_VAL(COCOMM_MSG_GREATER_INVOLVEMENT_NO_DECISION, 58);
PIN_VAL(COCOMM_MSG_MEETING_MUST_CHOOSE, 59);
PIN_VAL(COCOMM_MSG_CHOSEN_PRESIDES, 60);
PIN_VAL(COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE, 61);
PIN_VAL(COCOMM_MSG_PRESIDING_NOT_LAY, 62);
PIN_VAL(COCOMM_MSG_NOT_QUORATE, 63);
PIN_VAL(COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL, 64);
PIN_VAL(COCOMM_MSG_CASTING_BY_WITHDRAWN, 65);
PIN_VAL(COCOMM_MSG_CASTING_BY_NOT_PRESIDING, 66);
PIN_VAL(COCOMM_MSG_CASTING_VOTE_GIVEN, 67);
PIN_VAL(COCOMM_MSG_NOT_MORE_THAN_HALF, 68);
PIN_VAL(COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT, 69);
PIN_VAL(COCOMM_MSG_NOT_OBLIGED, 70);
PIN_VAL(COCOMM_MSG_GREATER_INVOLVEMENT_NO_APPROVAL, 71);
PIN_VAL(COCOMM_MSG_SUPPORT_NOT_ASSURED_GOVERNANCE, 72);
PIN_VAL(COCOMM_MSG_SUPPORT_NOT_ASSURED_SPECIAL_MEASURES, 73);
PIN_VAL(COCOMM_MSG_NO_SOUND_FINANCIAL_CONTROL, 74);
PIN_VAL(COCOMM_MSG_STATUTORY_REQUIREMENTS_UNMET, 75);
PIN_VAL(COCOMM_MSG_CHANGE_TO_GREATER_INVOLVEMENT, 76);
PIN_VAL(COCOMM_MSG_CHANGE_UP_TO_JOINT, 77);
PIN_VAL(COCOMM_MSG_CHANGE_UP_TO_DELEGATED, 78);
PIN_VAL(COCOMM_MSG_CHANGE_FROM_GREATER_INVOLVEMENT, 79);
PIN_VAL(COCOMM_MSG_CHANGE_ONE_LEVEL_DOWN, 80);
PIN_VAL(COCOMM_MSG_CHANGE_MORE_THAN_ONE_LEVEL_DOWN, 81);
PIN_VAL(COCOMM_MSG_POOLED_CORE_PRIMARY_MEDICAL, 82);
PIN_VAL(COCOMM_MSG_EOI_SECTION_MISSING, 83);
PIN_VAL(COCOMM_MSG_REVOCATION, 84);
PIN_VAL(COCOMM_MSG_FINANCIAL_CONTROL_NOT_SHOWN, 85);
PIN_VAL(COCOMM_MSG_STATUTORY_REQUIREMENTS_NOT_SHOWN, 86);
PIN_VAL(COCOMM_MSG_NO_REGISTER, 100);
PIN_VAL(COCOMM_MSG_REGISTER_NOT_PUBLISHED, 101);
PIN_VAL(COCOMM_MSG_NO_PROMPT_DECLARATION, 102);
PIN_VAL(COCOMM_MSG_CONFLICTS_NOT_MANAGED, 103);
PIN_VAL(COCOMM_MSG_REGISTER_NO_NATURE, 104);
PIN_VAL(COCOMM_MSG_REGISTER_NO_PARTIES, 105);
PIN_VAL(COCOMM_MSG_REGISTER_NOT_IN_ACCOUNTS, 106);
PIN_VAL(COCOMM_MSG_NO_PROCUREMENT_REGISTER, 107);
PIN_VAL(COCOMM_MSG_PROCUREMENT_REGISTER_NOT_PUBLISHED, 108);
PIN_VAL(COCOMM_MSG_AUDIT_CHAIR_NOT_ATTESTED, 109);
PIN_VAL(COCOMM_MSG_ACCOUNTABLE_OFFICER_NOT_ATTESTED, 110);
PIN_VAL(COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND, 120);
PIN_VAL(COCOMM_MSG_NOT_JOINT_NO_CCG, 121);
PIN_VAL(COCOMM_MSG_AFTER_CCGS_ABOLISHED, 122); /* 2.1 */
PIN_VAL(COCOMM_MSG_COMMITTEE_AFTER_CCGS_ABOLISHED, 123);
PIN_VAL(COCOMM_SEVERITY_ERROR, 1);
PIN_VAL(COCOMM_SEVERITY_WARNING, 2);
PIN_VAL(COCOMM_SEVERITY_INFO, 3);

/* model.h */
PIN_VAL(COCOMM_MODEL_NONE, 0);
PIN_VAL(COCOMM_MODEL_GREATER_INVOLVEMENT, 1);
PIN_VAL(COCOMM_MODEL_JOINT, 2);
PIN_VAL(COCOMM_MODEL_DELEGATED, 3);

/* scope.h */
PIN_VAL(COCOMM_FN_GENERAL_PRACTICE, 1);
PIN_VAL(COCOMM_FN_PHARMACY_EYE_DENTAL, 2);
PIN_VAL(COCOMM_FN_LOCAL_INCENTIVE_SCHEMES, 3);
PIN_VAL(COCOMM_FN_BUDGET_MANAGEMENT, 4);
PIN_VAL(COCOMM_FN_COMPLAINTS, 5);
PIN_VAL(COCOMM_FN_PRACTICE_PERFORMANCE, 6);
PIN_VAL(COCOMM_FN_PERFORMERS_LIST, 7);
PIN_VAL(COCOMM_FN_CONTRACTS, 10);
PIN_VAL(COCOMM_FN_ENHANCED_SERVICES, 11);
PIN_VAL(COCOMM_FN_QOF_ALTERNATIVES, 12);
PIN_VAL(COCOMM_FN_NEW_PRACTICES, 13);
PIN_VAL(COCOMM_FN_PRACTICE_MERGERS, 14);
PIN_VAL(COCOMM_FN_DISCRETIONARY_PAYMENTS, 15);
PIN_VAL(COCOMM_FN_PAYMENTS_ADMINISTRATION, 100);
PIN_VAL(COCOMM_FN_LIST_MANAGEMENT, 101);
PIN_VAL(COCOMM_FN_NATIONAL_CONTRACT_TERMS, 102);
PIN_VAL(COCOMM_ROLE_NONE, 0);
PIN_VAL(COCOMM_ROLE_DISCUSSION, 1);
PIN_VAL(COCOMM_ROLE_INVOLVEMENT, 2);
PIN_VAL(COCOMM_ROLE_JOINT_AGREEMENT, 3);
PIN_VAL(COCOMM_ROLE_JOINT, 4);
PIN_VAL(COCOMM_ROLE_FULL, 5);
PIN_VAL(COCOMM_SERVICE_GENERAL_PRACTICE, 1);
PIN_VAL(COCOMM_SERVICE_COMMUNITY_PHARMACY, 2);
PIN_VAL(COCOMM_SERVICE_DENTAL, 3);
PIN_VAL(COCOMM_SERVICE_EYE_HEALTH, 4);
PIN_VAL(COCOMM_SCOPE_IN, 1);
PIN_VAL(COCOMM_SCOPE_DISCUSSION_ONLY, 2);
PIN_VAL(COCOMM_SCOPE_NOT_YET, 3);
PIN_VAL(COCOMM_SCOPE_NO_ARRANGEMENT, 6);
PIN_VAL(COCOMM_SCOPE_UNDER_REVIEW, 7);

/* ccg.h */
PIN_VAL(COCOMM_FACT_UNKNOWN, -1);
PIN_SIZE(cocomm_ccg, 48, 36);
PIN_OFF(cocomm_ccg, struct_size, 0, 0);
PIN_OFF(cocomm_ccg, ods_code, 4, 4);
PIN_OFF(cocomm_ccg, name, 8, 8);
PIN_OFF(cocomm_ccg, region, 16, 12);
PIN_OFF(cocomm_ccg, model, 24, 16);
PIN_OFF(cocomm_ccg, serious_governance_issues, 28, 20);
PIN_OFF(cocomm_ccg, special_measures, 32, 24);
PIN_OFF(cocomm_ccg, sound_financial_control, 36, 28);
PIN_OFF(cocomm_ccg, statutory_requirements_met, 40, 32);
PIN_LAYOUT_VAL(COCOMM_CCG_SIZE_V1, 44, 36);

/* approval.h */
PIN_SIZE(cocomm_requirements, 40, 32);
PIN_OFF(cocomm_requirements, struct_size, 0, 0);
PIN_OFF(cocomm_requirements, model, 4, 4);
PIN_OFF(cocomm_requirements, proforma, 8, 8);
PIN_OFF(cocomm_requirements, constitution_amendment, 12, 12);
PIN_OFF(cocomm_requirements, approver, 16, 16);
PIN_OFF(cocomm_requirements, binding_agreement, 20, 20);
PIN_OFF(cocomm_requirements, rule, 24, 24);
PIN_OFF(cocomm_requirements, constitution_rule, 32, 28);
PIN_LAYOUT_VAL(COCOMM_REQUIREMENTS_SIZE_V1, 40, 32);
PIN_VAL(COCOMM_PROFORMA_NONE, 0);
PIN_VAL(COCOMM_PROFORMA_ANNEX_A, 1);
PIN_VAL(COCOMM_PROFORMA_ANNEX_B, 2);
PIN_VAL(COCOMM_APPROVER_NONE, 0);
PIN_VAL(COCOMM_APPROVER_REGIONAL_TEAM, 1);
PIN_VAL(COCOMM_APPROVER_COMMISSIONING_COMMITTEE, 2);
PIN_VAL(COCOMM_FUND_CCG_OWN_FUNCTION, 1);
PIN_VAL(COCOMM_FUND_CORE_PRIMARY_MEDICAL, 2);
PIN_VAL(COCOMM_EOI_A_CCGS, 1);
PIN_VAL(COCOMM_EOI_B_BENEFITS, 2);
PIN_VAL(COCOMM_EOI_C_SCOPE, 4);
PIN_VAL(COCOMM_EOI_D_NATURE, 8);
PIN_VAL(COCOMM_EOI_E_TIMESCALES, 16);
PIN_VAL(COCOMM_EOI_F_GOVERNANCE, 32);
PIN_VAL(COCOMM_EOI_G_ENGAGEMENT, 64);
PIN_VAL(COCOMM_EOI_H_MONITORING, 128);
PIN_VAL(COCOMM_EOI_ALL, 255);

/* terms.h */
PIN_VAL(COCOMM_OFFICE_CHIEF_OFFICER, 0);
PIN_VAL(COCOMM_OFFICE_CHIEF_FINANCE_OFFICER, 1);
PIN_VAL(COCOMM_OFFICE_DIRECTOR_OF_COMMISSIONING, 2);
PIN_VAL(COCOMM_OFFICE_DIRECTOR_OF_NURSING, 3);
PIN_VAL(COCOMM_OFFICE_REGISTERED_NURSE, 4);
PIN_VAL(COCOMM_OFFICE_SECONDARY_CARE_DOCTOR, 5);
PIN_VAL(COCOMM_OFFICE_GP, 6);
PIN_VAL(COCOMM_OFFICE_LAY_MEMBER_GOVERNANCE, 7);
PIN_VAL(COCOMM_OFFICE_LAY_MEMBER_PPI, 8);
PIN_VAL(COCOMM_OFFICE_LAY_PERSON, 9);
PIN_VAL(COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR, 10);
PIN_VAL(COCOMM_OFFICE_DIRECTOR_OF_PUBLIC_HEALTH, 11);
PIN_VAL(COCOMM_OFFICE_PRACTICE_MANAGER, 12);
PIN_VAL(COCOMM_OFFICES_KNOWN, 13u);
PIN_VAL(COCOMM_TAG_FIRST_NAMED, 16u);
PIN_VAL(COCOMM_TAGS_MAX, 32u);
PIN_VAL(COCOMM_TAG_NAME_SIZE, 48u);
PIN_VAL(COCOMM_CLAUSES_MAX, 16u);
PIN_VAL(COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY), 0x2u);
PIN_VAL(COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_OTHER), 0x100u);
PIN_VAL(COCOMM_POSITION_BIT(COCOMM_POSITION_NONE), 0x1u);
PIN_VAL(COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR), 0x2u);
PIN_VAL(COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR), 0x4u);
PIN_VAL(COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER), 0x1u);
PIN_VAL(COCOMM_TAG_BIT(COCOMM_OFFICE_PRACTICE_MANAGER), 0x1000u);
PIN_VAL(COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED), 0x10000u);
PIN_VAL(COCOMM_TAG_BIT(COCOMM_TAGS_MAX - 1), 0x80000000u);
PIN_VAL(COCOMM_CLAUSE_ALL, -1);
PIN_VAL(COCOMM_COUNT_VOTING, 0);
PIN_VAL(COCOMM_COUNT_NON_VOTING, 1);
PIN_VAL(COCOMM_COUNT_ANY, 2);
PIN_VAL(COCOMM_CLAUSE_ANY_BODY, 0);
PIN_VAL(COCOMM_CLAUSE_NHS_ENGLAND, 1);
PIN_VAL(COCOMM_CLAUSE_CCG, 2);
PIN_VAL(COCOMM_CLAUSE_EACH_BODY, 3);
PIN_VAL(COCOMM_MAJORITY_VOTES_CAST, 0);
PIN_VAL(COCOMM_MAJORITY_PRESENT_AND_ENTITLED, 1);
PIN_VAL(COCOMM_PRESIDE_BY_KIND, 0);
PIN_VAL(COCOMM_PRESIDE_LAY, 1);
PIN_VAL(COCOMM_PRESIDE_ANY, 2);
PIN_SIZE(cocomm_clause, 24, 24);
PIN_OFF(cocomm_clause, min, 0, 0);
PIN_OFF(cocomm_clause, categories, 4, 4);
PIN_OFF(cocomm_clause, tags, 8, 8);
PIN_OFF(cocomm_clause, positions, 12, 12);
PIN_OFF(cocomm_clause, voting, 16, 16);
PIN_OFF(cocomm_clause, body, 20, 20);
PIN_SIZE(cocomm_terms, 1560, 1560);
PIN_OFF(cocomm_terms, struct_size, 0, 0);
PIN_OFF(cocomm_terms, majority, 4, 4);
PIN_OFF(cocomm_terms, casting_vote, 8, 8);
PIN_OFF(cocomm_terms, presiding, 12, 12);
PIN_OFF(cocomm_terms, quorum_count, 16, 16);
PIN_OFF(cocomm_terms, membership_count, 20, 20);
PIN_OFF(cocomm_terms, quorum, 24, 24);
PIN_OFF(cocomm_terms, membership, 408, 408);
PIN_OFF(cocomm_terms, tag_names, 792, 792);
PIN_SIZE(((cocomm_terms *)0)->tag_names, 768, 768);
PIN_LAYOUT_VAL(COCOMM_TERMS_SIZE_V1, 1560, 1560);

/* committee.h */
PIN_VAL(COCOMM_CATEGORY_LAY, 1);
PIN_VAL(COCOMM_CATEGORY_EXECUTIVE, 2);
PIN_VAL(COCOMM_CATEGORY_CLINICAL, 3);
PIN_VAL(COCOMM_CATEGORY_NHS_ENGLAND, 4);
PIN_VAL(COCOMM_CATEGORY_HEALTHWATCH, 5);
PIN_VAL(COCOMM_CATEGORY_HWB, 6);
PIN_VAL(COCOMM_CATEGORY_LMC, 7);
PIN_VAL(COCOMM_CATEGORY_OTHER, 8);
PIN_VAL(COCOMM_POSITION_NONE, 0);
PIN_VAL(COCOMM_POSITION_CHAIR, 1);
PIN_VAL(COCOMM_POSITION_VICE_CHAIR, 2);
PIN_VAL(COCOMM_COMMITTEE_DELEGATED, 1);
PIN_VAL(COCOMM_COMMITTEE_JOINT, 2);
PIN_VAL(COCOMM_COMMITTEE_IN_COMMON, 3);
PIN_VAL(COCOMM_COMMITTEE_GREATER_INVOLVEMENT, 4);
PIN_VAL(COCOMM_BODY_UNSTATED, 0);
PIN_VAL(COCOMM_BODY_NHS_ENGLAND, 1);
PIN_VAL(COCOMM_BODY_CCG, 2);
PIN_VAL(COCOMM_BODY_OTHER, 3);
PIN_VAL(COCOMM_NAME_MAX, 255);
PIN_VAL(COCOMM_MEMBERS_MAX, 1024);
PIN_SIZE(cocomm_member, 48, 40);
PIN_OFF(cocomm_member, struct_size, 0, 0);
PIN_OFF(cocomm_member, category, 4, 4);
PIN_OFF(cocomm_member, voting, 8, 8);
PIN_OFF(cocomm_member, position, 12, 12);
PIN_OFF(cocomm_member, name, 16, 16);
PIN_OFF(cocomm_member, body, 24, 20);
PIN_OFF(cocomm_member, body_kind, 32, 24);
PIN_OFF(cocomm_member, body_ccg, 36, 28);
PIN_OFF(cocomm_member, tags, 40, 32);
PIN_OFF(cocomm_member, reserved0, 44, 36);
PIN_LAYOUT_VAL(COCOMM_MEMBER_SIZE_V1, 48, 40);
PIN_SIZE(cocomm_committee, 64, 48);
PIN_OFF(cocomm_committee, struct_size, 0, 0);
PIN_OFF(cocomm_committee, kind, 4, 4);
PIN_OFF(cocomm_committee, name, 8, 8);
PIN_OFF(cocomm_committee, members, 16, 12);
PIN_OFF(cocomm_committee, member_count, 24, 16);
PIN_OFF(cocomm_committee, member_size, 28, 20);
PIN_OFF(cocomm_committee, ccg_codes, 32, 24);
PIN_OFF(cocomm_committee, terms, 40, 28);
PIN_OFF(cocomm_committee, ccg_count, 48, 32);
PIN_OFF(cocomm_committee, reserved0, 52, 36);
PIN_OFF(cocomm_committee, as_at, 56, 40); /* 2.1 */
PIN_OFF(cocomm_committee, reserved1, 60, 44);
PIN_LAYOUT_VAL(COCOMM_COMMITTEE_SIZE_V1, 56, 40);
PIN_LAYOUT_VAL(COCOMM_COMMITTEE_SIZE_V2, 64, 48);
PIN_SIZE(cocomm_columns, 96, 56);
PIN_OFF(cocomm_columns, struct_size, 0, 0);
PIN_OFF(cocomm_columns, committee_count, 4, 4);
PIN_OFF(cocomm_columns, member_count, 8, 8);
PIN_OFF(cocomm_columns, names_size, 12, 12);
PIN_OFF(cocomm_columns, kinds, 16, 16);
PIN_OFF(cocomm_columns, member_offsets, 24, 20);
PIN_OFF(cocomm_columns, categories, 32, 24);
PIN_OFF(cocomm_columns, voting, 40, 28);
PIN_OFF(cocomm_columns, positions, 48, 32);
PIN_OFF(cocomm_columns, body_kinds, 56, 36);
PIN_OFF(cocomm_columns, tags, 64, 40);
PIN_OFF(cocomm_columns, names, 72, 44);
PIN_OFF(cocomm_columns, name_offsets, 80, 48);
PIN_OFF(cocomm_columns, terms, 88, 52);
PIN_LAYOUT_VAL(COCOMM_COLUMNS_SIZE_V1, 96, 56);

/* decision.h */
PIN_VAL(COCOMM_VOTE_NONE, 0);
PIN_VAL(COCOMM_VOTE_FOR, 1);
PIN_VAL(COCOMM_VOTE_AGAINST, 2);
PIN_VAL(COCOMM_VOTE_ABSTAIN, 3);
PIN_VAL(COCOMM_OUTCOME_UNDECIDED, 0);
PIN_VAL(COCOMM_OUTCOME_CARRIED, 1);
PIN_VAL(COCOMM_OUTCOME_DEFEATED, 2);
PIN_VAL(COCOMM_OUTCOME_TIED, 3);
PIN_VAL(COCOMM_OUTCOME_CARRIED_CASTING, 4);
PIN_VAL(COCOMM_OUTCOME_DEFEATED_CASTING, 5);
PIN_VAL(COCOMM_OUTCOME_NOT_CARRIED, 6);
PIN_VAL(COCOMM_PRESIDED_NONE, 0);
PIN_VAL(COCOMM_PRESIDED_CHAIR, 1);
PIN_VAL(COCOMM_PRESIDED_VICE_CHAIR, 2);
PIN_VAL(COCOMM_PRESIDED_CHOSEN, 3);
PIN_VAL(COCOMM_PRESIDED_TO_CHOOSE, 4);
PIN_VAL(COCOMM_ITEM_MAY_VOTE, 1);
PIN_VAL(COCOMM_ITEM_MAY_PRESIDE, 2);
PIN_VAL(COCOMM_ITEM_PRESIDES, 4);
PIN_VAL(COCOMM_ITEM_WITHDRAWN, 8);
PIN_VAL(COCOMM_ITEM_COUNTED, 16);
PIN_SIZE(cocomm_decision, 64, 44);
PIN_OFF(cocomm_decision, struct_size, 0, 0);
PIN_OFF(cocomm_decision, contract_award, 4, 4);
PIN_OFF(cocomm_decision, item, 8, 8);
PIN_OFF(cocomm_decision, present, 16, 12);
PIN_OFF(cocomm_decision, conflicted, 24, 16);
PIN_OFF(cocomm_decision, votes, 32, 20);
PIN_OFF(cocomm_decision, casting, 40, 24);
PIN_OFF(cocomm_decision, date, 44, 28);
PIN_OFF(cocomm_decision, stayed, 48, 32);
PIN_OFF(cocomm_decision, chosen, 56, 36);
PIN_OFF(cocomm_decision, casting_by, 60, 40);
PIN_LAYOUT_VAL(COCOMM_DECISION_SIZE_V1, 64, 44);
PIN_SIZE(cocomm_decision_result, 68, 68);
PIN_OFF(cocomm_decision_result, struct_size, 0, 0);
PIN_OFF(cocomm_decision_result, can_decide, 4, 4);
PIN_OFF(cocomm_decision_result, quorate, 8, 8);
PIN_OFF(cocomm_decision_result, presiding, 12, 12);
PIN_OFF(cocomm_decision_result, eligible, 16, 16);
PIN_OFF(cocomm_decision_result, eligible_lay_executive, 20, 20);
PIN_OFF(cocomm_decision_result, withdrawn, 24, 24);
PIN_OFF(cocomm_decision_result, outcome, 28, 28);
PIN_OFF(cocomm_decision_result, votes_for, 32, 32);
PIN_OFF(cocomm_decision_result, votes_against, 36, 36);
PIN_OFF(cocomm_decision_result, abstentions, 40, 40);
PIN_OFF(cocomm_decision_result, presided, 44, 44);
PIN_OFF(cocomm_decision_result, may_preside, 48, 48);
PIN_OFF(cocomm_decision_result, casting_by, 52, 52);
PIN_OFF(cocomm_decision_result, majority, 56, 56);
PIN_OFF(cocomm_decision_result, counted, 60, 60);
PIN_OFF(cocomm_decision_result, reserved0, 64, 64);
PIN_LAYOUT_VAL(COCOMM_DECISION_RESULT_SIZE_V1, 68, 68);

/* coi.h */
PIN_SIZE(cocomm_coi_arrangements, 52, 52);
PIN_OFF(cocomm_coi_arrangements, struct_size, 0, 0);
PIN_OFF(cocomm_coi_arrangements, register_kept, 4, 4);
PIN_OFF(cocomm_coi_arrangements, accountable_officer_attested, 44, 44);
PIN_OFF(cocomm_coi_arrangements, model, 48, 48);
PIN_LAYOUT_VAL(COCOMM_COI_ARRANGEMENTS_SIZE_V1, 52, 52);

/* timeline.h */
PIN_VAL(COCOMM_PRECISION_EXACT, 1);
PIN_VAL(COCOMM_PRECISION_DAY, 2);
PIN_VAL(COCOMM_PRECISION_EARLY_MONTH, 3);
PIN_VAL(COCOMM_PRECISION_MID_MONTH, 4);
PIN_VAL(COCOMM_PRECISION_LATE_MONTH, 5);
PIN_VAL(COCOMM_PRECISION_MONTH, 6);
PIN_VAL(COCOMM_PRECISION_DAY_SPAN, 7);
PIN_VAL(COCOMM_PRECISION_MONTH_SPAN, 8);
PIN_VAL(COCOMM_MILESTONE_DEADLINE, 1);
PIN_VAL(COCOMM_MILESTONE_EVENT, 2);
PIN_VAL(COCOMM_MILESTONE_WINDOW, 3);
PIN_VAL(COCOMM_MODELS_GREATER_INVOLVEMENT, 2);
PIN_VAL(COCOMM_MODELS_JOINT, 4);
PIN_VAL(COCOMM_MODELS_DELEGATED, 8);
PIN_VAL(COCOMM_MODELS_ALL, 14);
PIN_VAL(COCOMM_LATE_NONE, 0);
PIN_VAL(COCOMM_LATE_IN_YEAR_OR_NEXT_CYCLE, 1);
PIN_VAL(COCOMM_LATE_QUARTERLY_ASSURANCE, 2);
PIN_VAL(COCOMM_AMENDMENT_JOINT_ONLY, 1);
PIN_VAL(COCOMM_AMENDMENT_OTHER, 2);
PIN_VAL(COCOMM_MILESTONES_MAX, 4096);
PIN_SIZE(cocomm_milestone, 96, 76);
PIN_OFF(cocomm_milestone, struct_size, 0, 0);
PIN_OFF(cocomm_milestone, kind, 4, 4);
PIN_OFF(cocomm_milestone, id, 8, 8);
PIN_OFF(cocomm_milestone, label, 16, 12);
PIN_OFF(cocomm_milestone, models, 24, 16);
PIN_OFF(cocomm_milestone, precision, 28, 20);
PIN_OFF(cocomm_milestone, start, 32, 24);
PIN_OFF(cocomm_milestone, end, 36, 28);
PIN_OFF(cocomm_milestone, has_time, 40, 32);
PIN_OFF(cocomm_milestone, minute_of_day, 44, 36);
PIN_OFF(cocomm_milestone, submission, 48, 40);
PIN_OFF(cocomm_milestone, go_live_fy, 52, 44);
PIN_OFF(cocomm_milestone, source, 56, 48);
PIN_OFF(cocomm_milestone, note, 64, 52);
PIN_LAYOUT_VAL(COCOMM_MILESTONE_SIZE_V1, 72, 56);
PIN_OFF(cocomm_milestone, edition, 72, 56); /* 2.1: appended */
PIN_OFF(cocomm_milestone, in_force_from, 80, 60);
PIN_OFF(cocomm_milestone, in_force_to, 84, 64);
PIN_OFF(cocomm_milestone, source_kind, 88, 68);
PIN_OFF(cocomm_milestone, reserved1, 92, 72);
PIN_LAYOUT_VAL(COCOMM_MILESTONE_SIZE_V2, 96, 76);
PIN_SIZE(cocomm_edition, 80, I64_TAIL(60, 64));
PIN_OFF(cocomm_edition, struct_size, 0, 0);
PIN_OFF(cocomm_edition, milestone_size, 4, 4);
PIN_OFF(cocomm_edition, key, 8, 8);
PIN_OFF(cocomm_edition, title, 16, 12);
PIN_OFF(cocomm_edition, source, 24, 16);
PIN_OFF(cocomm_edition, milestones, 32, 20);
PIN_OFF(cocomm_edition, milestone_count, 40, 24);
PIN_OFF(cocomm_edition, published_precision, 44, 28);
PIN_OFF(cocomm_edition, published, 48, 32);
PIN_LAYOUT_VAL(COCOMM_EDITION_SIZE_V1, 56, 40);
PIN_OFF(cocomm_edition, source_kind, 56, 40); /* 2.1: appended */
PIN_OFF(cocomm_edition, cycle_fy, 60, 44);
PIN_OFF(cocomm_edition, in_force_from, 64, 48);
PIN_OFF(cocomm_edition, in_force_to, 68, 52);
PIN_OFF(cocomm_edition, superseded_by, 72, 56);
PIN_LAYOUT_VAL(COCOMM_EDITION_SIZE_V2, 80, 60);
PIN_SIZE(cocomm_submission, 88, I64_TAIL(68, 72));
PIN_OFF(cocomm_submission, struct_size, 0, 0);
PIN_OFF(cocomm_submission, on_time, 4, 4);
PIN_OFF(cocomm_submission, deadline_id, 8, 8);
PIN_OFF(cocomm_submission, rule, 16, 12);
PIN_OFF(cocomm_submission, deadline, 24, 16);
PIN_OFF(cocomm_submission, late_by, 32, 24);
PIN_OFF(cocomm_submission, go_live, 40, 32);
PIN_OFF(cocomm_submission, go_live_fy, 44, 36);
PIN_OFF(cocomm_submission, consequence, 48, 40);
PIN_OFF(cocomm_submission, reserved0, 52, 44);
PIN_OFF(cocomm_submission, next_deadline_id, 56, 48);
PIN_LAYOUT_VAL(COCOMM_SUBMISSION_SIZE_V1, 64, 52);
PIN_OFF(cocomm_submission, edition, 64, 52); /* 2.1: appended */
PIN_OFF(cocomm_submission, verdict, 72, 56);
PIN_OFF(cocomm_submission, source_kind, 76, 60);
PIN_OFF(cocomm_submission, unknown_close, 80, 64);
PIN_LAYOUT_VAL(COCOMM_SUBMISSION_SIZE_V2, 88, 68);
PIN_VAL(COCOMM_CYCLE_JUDGED, 0);
PIN_VAL(COCOMM_CYCLE_NO_KNOWN_CLOSE, 1);
PIN_VAL(COCOMM_CYCLE_AFTER_END, 2);
PIN_VAL(COCOMM_CHANGE_ADDED, 1);
PIN_VAL(COCOMM_CHANGE_REMOVED, 2);
PIN_VAL(COCOMM_CHANGE_CHANGED, 3);
PIN_VAL(COCOMM_ITEM_MILESTONE, 1);
PIN_VAL(COCOMM_ITEM_RULE, 2);
PIN_SIZE(cocomm_difference, 56, 36); /* 2.1 */
PIN_OFF(cocomm_difference, struct_size, 0, 0);
PIN_OFF(cocomm_difference, change, 4, 4);
PIN_OFF(cocomm_difference, item, 8, 8);
PIN_OFF(cocomm_difference, reserved0, 12, 12);
PIN_OFF(cocomm_difference, id, 16, 16);
PIN_OFF(cocomm_difference, old_milestone, 24, 20);
PIN_OFF(cocomm_difference, new_milestone, 32, 24);
PIN_OFF(cocomm_difference, old_rule, 40, 28);
PIN_OFF(cocomm_difference, new_rule, 48, 32);
PIN_LAYOUT_VAL(COCOMM_DIFFERENCE_SIZE_V1, 56, 36);
PIN_SIZE(cocomm_figure, 40, 28); /* 2.1 */
PIN_OFF(cocomm_figure, cycle, 0, 0);
PIN_OFF(cocomm_figure, model, 8, 4);
PIN_OFF(cocomm_figure, count, 12, 8);
PIN_OFF(cocomm_figure, count_alt, 16, 12);
PIN_OFF(cocomm_figure, source_kind, 20, 16);
PIN_OFF(cocomm_figure, source, 24, 20);
PIN_OFF(cocomm_figure, note, 32, 24);

/* roster.h */
PIN_SIZE(cocomm_roster, 160, 128);
PIN_OFF(cocomm_roster, struct_size, 0, 0);
PIN_OFF(cocomm_roster, member_size, 4, 4);
PIN_OFF(cocomm_roster, capacity, 8, 8);
PIN_OFF(cocomm_roster, count, 12, 12);
PIN_OFF(cocomm_roster, members, 16, 16);
PIN_OFF(cocomm_roster, text, 24, 20);
PIN_OFF(cocomm_roster, text_cap, 32, 24);
PIN_OFF(cocomm_roster, text_needed, 40, 28);
PIN_OFF(cocomm_roster, terms, 48, 32);
PIN_OFF(cocomm_roster, findings, 56, 36);
PIN_OFF(cocomm_roster, encoding, 64, 40); /* 2.1 */
PIN_OFF(cocomm_roster, delimiter, 68, 44);
PIN_OFF(cocomm_roster, columns, 72, 48);
PIN_OFF(cocomm_roster, unused, 76, 52);
PIN_OFF(cocomm_roster, header, 80, 56);
PIN_OFF(cocomm_roster, lines, 88, 60);
PIN_OFF(cocomm_roster, column_kind, 96, 64);
PIN_SIZE(cocomm_spelling, 56, 48); /* 2.1 */
PIN_OFF(cocomm_spelling, struct_size, 0, 0);
PIN_OFF(cocomm_spelling, kind, 4, 4);
PIN_OFF(cocomm_spelling, column, 8, 8);
PIN_OFF(cocomm_spelling, rule, 12, 12);
PIN_OFF(cocomm_spelling, category, 16, 16);
PIN_OFF(cocomm_spelling, tag, 20, 20);
PIN_OFF(cocomm_spelling, position, 24, 24);
PIN_OFF(cocomm_spelling, voting, 28, 28);
PIN_OFF(cocomm_spelling, body_kind, 32, 32);
PIN_OFF(cocomm_spelling, reserved0, 36, 36);
PIN_OFF(cocomm_spelling, text, 40, 40);
PIN_OFF(cocomm_spelling, note, 48, 44);
PIN_LAYOUT_VAL(COCOMM_ROSTER_SIZE_V1, 64, 40);
PIN_LAYOUT_VAL(COCOMM_ROSTER_SIZE_V2, 160, 128);
PIN_VAL(COCOMM_ROSTER_COLUMNS_MAX, 64u);
PIN_VAL(COCOMM_ENCODING_UTF8, 1); /* 2.1 */
PIN_VAL(COCOMM_ENCODING_UTF8_BOM, 2);
PIN_VAL(COCOMM_ENCODING_UTF16LE, 3);
PIN_VAL(COCOMM_ENCODING_UTF16BE, 4);
PIN_VAL(COCOMM_ENCODING_WINDOWS_1252, 5);
PIN_VAL(COCOMM_COLUMN_UNUSED, 0);
PIN_VAL(COCOMM_COLUMN_NAME, 1);
PIN_VAL(COCOMM_COLUMN_CATEGORY, 2);
PIN_VAL(COCOMM_COLUMN_VOTING, 3);
PIN_VAL(COCOMM_COLUMN_POSITION, 4);
PIN_VAL(COCOMM_COLUMN_ORGANISATION, 5);
PIN_VAL(COCOMM_COLUMN_TAGS, 6);
PIN_VAL(COCOMM_COLUMN_CHAIR, 7);
PIN_VAL(COCOMM_COLUMN_REFUSED, 8);
PIN_VAL(COCOMM_SPELLING_HEADER, 1);
PIN_VAL(COCOMM_SPELLING_VALUE, 2);

/* error.h */
PIN_SIZE(cocomm_error, 96, 92);
PIN_OFF(cocomm_error, struct_size, 0, 0);
PIN_OFF(cocomm_error, status, 4, 4);
PIN_OFF(cocomm_error, index, 8, 8);
PIN_OFF(cocomm_error, field, 12, 12);
PIN_OFF(cocomm_error, line, 16, 16);
PIN_OFF(cocomm_error, column, 20, 20);
PIN_OFF(cocomm_error, message, 24, 24);
PIN_OFF(cocomm_error, text, 32, 28);
PIN_LAYOUT_VAL(COCOMM_ERROR_SIZE_V1, 96, 92);
PIN_VAL(COCOMM_FIELD_NONE, 0);
PIN_VAL(COCOMM_FIELD_STRUCT_SIZE, 1);
PIN_VAL(COCOMM_FIELD_ELEMENT_SIZE, 2);
PIN_VAL(COCOMM_FIELD_COUNT, 3);
PIN_VAL(COCOMM_FIELD_ARRAY, 4);
PIN_VAL(COCOMM_FIELD_KIND, 5);
PIN_VAL(COCOMM_FIELD_CATEGORY, 6);
PIN_VAL(COCOMM_FIELD_VOTING, 7);
PIN_VAL(COCOMM_FIELD_POSITION, 8);
PIN_VAL(COCOMM_FIELD_NAME, 9);
PIN_VAL(COCOMM_FIELD_BODY, 10);
PIN_VAL(COCOMM_FIELD_CCG_CODES, 11);
PIN_VAL(COCOMM_FIELD_QUORUM, 12);
PIN_VAL(COCOMM_FIELD_CASTING_VOTE, 13);
PIN_VAL(COCOMM_FIELD_PRESENT, 14);
PIN_VAL(COCOMM_FIELD_CONFLICTED, 15);
PIN_VAL(COCOMM_FIELD_VOTES, 16);
PIN_VAL(COCOMM_FIELD_CASTING, 17);
PIN_VAL(COCOMM_FIELD_ITEM, 18);
PIN_VAL(COCOMM_FIELD_DATE, 19);
PIN_VAL(COCOMM_FIELD_CONTRACT_AWARD, 20);
PIN_VAL(COCOMM_FIELD_RESULT, 21);
PIN_VAL(COCOMM_FIELD_FINDINGS, 22);
PIN_VAL(COCOMM_FIELD_MODEL, 23);
PIN_VAL(COCOMM_FIELD_ID, 24);
PIN_VAL(COCOMM_FIELD_LABEL, 25);
PIN_VAL(COCOMM_FIELD_SOURCE, 26);
PIN_VAL(COCOMM_FIELD_NOTE, 27);
PIN_VAL(COCOMM_FIELD_KEY, 28);
PIN_VAL(COCOMM_FIELD_TITLE, 29);
PIN_VAL(COCOMM_FIELD_MODELS, 30);
PIN_VAL(COCOMM_FIELD_PRECISION, 31);
PIN_VAL(COCOMM_FIELD_RANGE, 32);
PIN_VAL(COCOMM_FIELD_TIME, 33);
PIN_VAL(COCOMM_FIELD_SUBMISSION, 34);
PIN_VAL(COCOMM_FIELD_PUBLISHED, 35);
PIN_VAL(COCOMM_FIELD_RESERVED, 36);
PIN_VAL(COCOMM_FIELD_ODS_CODE, 37);
PIN_VAL(COCOMM_FIELD_FLAGS, 38);
PIN_VAL(COCOMM_FIELD_PURPOSE, 39);
PIN_VAL(COCOMM_FIELD_SECTIONS, 40);
PIN_VAL(COCOMM_FIELD_TEXT, 41);
PIN_VAL(COCOMM_FIELD_HEADER, 42);
PIN_VAL(COCOMM_FIELD_TERMS, 43);
PIN_VAL(COCOMM_FIELD_TAGS, 44);
PIN_VAL(COCOMM_FIELD_BODY_KIND, 45);
PIN_VAL(COCOMM_FIELD_CLAUSE, 46);
PIN_VAL(COCOMM_FIELD_MAJORITY, 47);
PIN_VAL(COCOMM_FIELD_PRESIDING, 48);
PIN_VAL(COCOMM_FIELD_CHOSEN, 49);
PIN_VAL(COCOMM_FIELD_CASTING_BY, 50);
PIN_VAL(COCOMM_FIELD_STAYED, 51);
PIN_VAL(COCOMM_FIELD_TAG_NAME, 52);

/* Each static initialiser holds what its _init function writes. */
#define PIN_INIT(type, initialiser)                      \
  static int init_##type(void) {                         \
    static const type pinned = initialiser;              \
    type made;                                           \
    memset(&made, 0xA5, sizeof made);                    \
    type##_init(&made);                                  \
    return memcmp(&pinned, &made, sizeof made) == 0;     \
  }
PIN_INIT(cocomm_version_info, COCOMM_VERSION_INFO_INIT)
PIN_INIT(cocomm_ccg, COCOMM_CCG_INIT)
PIN_INIT(cocomm_requirements, COCOMM_REQUIREMENTS_INIT)
PIN_INIT(cocomm_coi_arrangements, COCOMM_COI_ARRANGEMENTS_INIT)
PIN_INIT(cocomm_terms, COCOMM_TERMS_INIT)
PIN_INIT(cocomm_member, COCOMM_MEMBER_INIT)
PIN_INIT(cocomm_committee, COCOMM_COMMITTEE_INIT)
PIN_INIT(cocomm_columns, COCOMM_COLUMNS_INIT)
PIN_INIT(cocomm_decision, COCOMM_DECISION_INIT)
PIN_INIT(cocomm_decision_result, COCOMM_DECISION_RESULT_INIT)
PIN_INIT(cocomm_milestone, COCOMM_MILESTONE_INIT)
PIN_INIT(cocomm_edition, COCOMM_EDITION_INIT)
PIN_INIT(cocomm_submission, COCOMM_SUBMISSION_INIT)
PIN_INIT(cocomm_difference, COCOMM_DIFFERENCE_INIT)
PIN_INIT(cocomm_error, COCOMM_ERROR_INIT)

/* The roster initialiser over two arrays holds what cocomm_roster_init()
 * writes over them. */
#define PIN_ROSTER_INIT(initialiser)                                      \
  static int init_cocomm_roster(void) {                                   \
    static cocomm_member members[3];                                      \
    static char text[40];                                                 \
    static const cocomm_roster pinned = initialiser(members, text);       \
    cocomm_roster made;                                                   \
    memset(&made, 0xA5, sizeof made);                                     \
    cocomm_roster_init(&made, members, 3, text, sizeof text);             \
    return memcmp(&pinned, &made, sizeof made) == 0;                      \
  }
PIN_ROSTER_INIT(COCOMM_ROSTER_INIT)

/* An array initialiser holds what its _init function writes over the
 * same array. */
#define PIN_ARRAY_INIT(type, elem, initialiser)        \
  static int init_##type(void) {                       \
    static elem items[3];                              \
    static const type pinned = initialiser(items);     \
    type made;                                         \
    memset(&made, 0xA5, sizeof made);                  \
    type##_init(&made, items, 3);                      \
    return memcmp(&pinned, &made, sizeof made) == 0;   \
  }
PIN_ARRAY_INIT(cocomm_findings, cocomm_finding, COCOMM_FINDINGS_INIT)

int main(void) {
  /* The size functions must agree with the pinned header sizes. */
  int ok = cocomm_version_info_size() == sizeof(cocomm_version_info) &&
           cocomm_date_size() == sizeof(cocomm_date) &&
           cocomm_datetime_size() == sizeof(cocomm_datetime) &&
           cocomm_rule_size() == sizeof(cocomm_rule) &&
           cocomm_source_size() == sizeof(cocomm_source) &&
           cocomm_finding_size() == sizeof(cocomm_finding) &&
           cocomm_findings_size() == sizeof(cocomm_findings) && init_cocomm_findings() &&
           cocomm_ccg_size() == sizeof(cocomm_ccg) &&
           cocomm_requirements_size() == sizeof(cocomm_requirements) &&
           cocomm_member_size() == sizeof(cocomm_member) &&
           cocomm_clause_size() == sizeof(cocomm_clause) && cocomm_terms_size() == sizeof(cocomm_terms) &&
           cocomm_committee_size() == sizeof(cocomm_committee) &&
           cocomm_columns_size() == sizeof(cocomm_columns) && init_cocomm_columns() &&
           cocomm_decision_size() == sizeof(cocomm_decision) &&
           cocomm_decision_result_size() == sizeof(cocomm_decision_result) &&
           cocomm_coi_arrangements_size() == sizeof(cocomm_coi_arrangements) &&
           cocomm_milestone_size() == sizeof(cocomm_milestone) &&
           cocomm_edition_size() == sizeof(cocomm_edition) &&
           cocomm_submission_size() == sizeof(cocomm_submission) &&
           cocomm_difference_size() == sizeof(cocomm_difference) && init_cocomm_difference() &&
           cocomm_figure_size() == sizeof(cocomm_figure) &&
           cocomm_roster_size() == sizeof(cocomm_roster) && cocomm_error_size() == sizeof(cocomm_error) &&
           init_cocomm_version_info() && init_cocomm_ccg() && init_cocomm_requirements() &&
           init_cocomm_coi_arrangements() && init_cocomm_terms() && init_cocomm_member() && init_cocomm_committee() &&
           init_cocomm_decision() && init_cocomm_decision_result() && init_cocomm_milestone() &&
           init_cocomm_edition() && init_cocomm_submission() && init_cocomm_error() && init_cocomm_roster();
  printf("layout: %d passed, %d failed\n", ok, !ok);
  return ok ? 0 : 1;
}
