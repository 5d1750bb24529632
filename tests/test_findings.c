/* SPDX-License-Identifier: MIT */
/* The findings protocol every check shares, driven mostly through
 * cocomm_approval_assess_eoi(), whose output is simple to predict: one finding per
 * missing section, an error for D and E and a warning for the others; and
 * the formatter that makes a finding's text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define GUARD 0xEE

static int all_bytes(const void *p, size_t n, unsigned char value) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    if (b[i] != value) return 0;
  return 1;
}

static void severity_names(void) {
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(COCOMM_SEVERITY_ERROR), "error");
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(COCOMM_SEVERITY_WARNING), "warning");
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(COCOMM_SEVERITY_INFO), "information");
  CU_ASSERT_STRING_EQUAL(cocomm_severity_name(0), "unknown");
  CU_ASSERT_EQUAL(cocomm_finding_size(), sizeof(cocomm_finding));
  CU_ASSERT_EQUAL(cocomm_findings_size(), sizeof(cocomm_findings));
}

/* The static initialiser and the function give the same struct. */
static void init_macro_and_function_agree(void) {
  cocomm_finding f[5];
  cocomm_findings a = COCOMM_FINDINGS_INIT(f), b;
  memset(&b, 0x5A, sizeof b);
  cocomm_findings_init(&b, f, 5);
  CU_ASSERT_EQUAL(a.struct_size, sizeof(cocomm_findings));
  CU_ASSERT_EQUAL(a.elem_size, sizeof(cocomm_finding));
  CU_ASSERT_EQUAL(a.capacity, 5);
  CU_ASSERT_PTR_EQUAL(a.items, f);
  CU_ASSERT_EQUAL(b.struct_size, a.struct_size);
  CU_ASSERT_EQUAL(b.elem_size, a.elem_size);
  CU_ASSERT_EQUAL(b.capacity, a.capacity);
  CU_ASSERT_PTR_EQUAL(b.items, a.items);
  CU_ASSERT_EQUAL(a.count + a.errors + a.warnings + a.information + a.reserved0, 0);
  CU_ASSERT_EQUAL(b.count + b.errors + b.warnings + b.information + b.reserved0, 0);
  /* No array: capacity 0, whatever was asked; and a NULL struct is ignored. */
  cocomm_findings_init(&b, NULL, 7);
  CU_ASSERT_EQUAL(b.capacity, 0);
  CU_ASSERT_PTR_NULL(b.items);
  cocomm_findings_init(NULL, f, 5);
  /* Either way the check fills it alike. */
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &a, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  cocomm_findings_init(&b, f, 5);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &b, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(a.count, 8);
  CU_ASSERT_EQUAL(b.count, 8);
}

static void count_without_a_buffer(void) {
  cocomm_findings fs;
  cocomm_findings_init(&fs, NULL, 0);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &fs, &err), COCOMM_ERR_BUFFER_TOO_SMALL);
  ASSERT_ERROR(&err, COCOMM_ERR_BUFFER_TOO_SMALL, -1, COCOMM_FIELD_NONE);
  CU_ASSERT_EQUAL(fs.count, 8);
  CU_ASSERT_EQUAL(fs.errors, 2);
  CU_ASSERT_EQUAL(fs.warnings, 6);
  CU_ASSERT_EQUAL(fs.information, 0);
  ASSERT_STATUS(cocomm_approval_assess_eoi(COCOMM_EOI_ALL, &fs, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err); /* the buffer-too-small story does not linger */
  CU_ASSERT_EQUAL(fs.count, 0);
  CU_ASSERT_EQUAL(fs.errors + fs.warnings + fs.information, 0);
  /* A capacity of 0 with an array: counted, nothing written. */
  cocomm_finding f[1];
  memset(f, GUARD, sizeof f);
  cocomm_findings_init(&fs, f, 0);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &fs, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(fs.count, 8);
  CU_ASSERT_TRUE(all_bytes(f, sizeof f, GUARD));
  /* No findings struct at all: findings are not wanted. */
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, NULL, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0x100, NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

/* The counts by severity cover every finding, written or not. */
static void counts_by_severity(void) {
  cocomm_finding f[16];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  ASSERT_STATUS(cocomm_approval_assess_eoi(COCOMM_EOI_ALL & ~(uint32_t)(COCOMM_EOI_A_CCGS | COCOMM_EOI_D_NATURE), &fs, NULL),
                COCOMM_OK);
  CU_ASSERT_EQUAL(fs.count, 2);
  CU_ASSERT_EQUAL(fs.errors, 1);
  CU_ASSERT_EQUAL(fs.warnings, 1);
  CU_ASSERT_EQUAL(fs.information, 0);
  ASSERT_STATUS(cocomm_approval_assess_change(COCOMM_MODEL_JOINT, COCOMM_MODEL_DELEGATED, &fs, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(fs.count, 1);
  CU_ASSERT_EQUAL(fs.errors + fs.warnings, 0);
  CU_ASSERT_EQUAL(fs.information, 1);
  /* A call that finds nothing sets every count back to 0. */
  ASSERT_STATUS(cocomm_approval_assess_change(COCOMM_MODEL_JOINT, COCOMM_MODEL_JOINT, &fs, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(fs.count + fs.errors + fs.warnings + fs.information, 0);
  /* All three severities from one check, beyond the capacity too. */
  cocomm_member m[3];
  const char *names[3] = {"Dr Chair", "Ed Exec", "Di GP"};
  const int32_t cats[3] = {COCOMM_CATEGORY_CLINICAL, COCOMM_CATEGORY_EXECUTIVE, COCOMM_CATEGORY_CLINICAL};
  for (int i = 0; i < 3; i++) {
    cocomm_member_init(&m[i]);
    m[i].name = names[i];
    m[i].category = cats[i];
  }
  m[0].position = COCOMM_POSITION_CHAIR;
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = m;
  c.member_count = 3;
  ASSERT_STATUS(cocomm_committee_assess(&c, &fs, NULL), COCOMM_OK);
  uint32_t by[4] = {0, 0, 0, 0};
  CU_ASSERT_FATAL(fs.count <= fs.capacity);
  for (uint32_t i = 0; i < fs.count; i++) {
    CU_ASSERT_FATAL(f[i].severity >= COCOMM_SEVERITY_ERROR && f[i].severity <= COCOMM_SEVERITY_INFO);
    by[f[i].severity]++;
  }
  CU_ASSERT_EQUAL(fs.errors, by[COCOMM_SEVERITY_ERROR]);
  CU_ASSERT_EQUAL(fs.warnings, by[COCOMM_SEVERITY_WARNING]);
  CU_ASSERT_EQUAL(fs.information, by[COCOMM_SEVERITY_INFO]);
  CU_ASSERT(fs.errors > 0 && fs.warnings > 0 && fs.information > 0);
  const uint32_t count = fs.count, e = fs.errors, w = fs.warnings, info = fs.information;
  cocomm_findings one;
  cocomm_findings_init(&one, f, 1);
  ASSERT_STATUS(cocomm_committee_assess(&c, &one, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(one.count, count);
  CU_ASSERT_EQUAL(one.errors, e);
  CU_ASSERT_EQUAL(one.warnings, w);
  CU_ASSERT_EQUAL(one.information, info);
}

/* Too short an array gets exactly capacity findings, the first ones, and
 * the full count; not a byte past it is touched. */
static void short_buffer_gets_the_first_and_the_full_count(void) {
  cocomm_finding f[4];
  memset(f, GUARD, sizeof f);
  cocomm_findings fs;
  cocomm_findings_init(&fs, f, 3);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &fs, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(fs.count, 8);
  CU_ASSERT_EQUAL(fs.errors, 2);
  CU_ASSERT_EQUAL(fs.warnings, 6);
  CU_ASSERT_EQUAL(fs.capacity, 3);
  CU_ASSERT_EQUAL(f[0].rule, COCOMM_RULE_E_A);
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(f[0].rule)->id, "E-A");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(f[1].rule)->id, "E-B");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(f[2].rule)->id, "E-C");
  for (int i = 0; i < 3; i++) {
    CU_ASSERT_EQUAL(f[i].subject, i);
    CU_ASSERT_EQUAL(f[i].message, COCOMM_MSG_EOI_SECTION_MISSING);
    CU_ASSERT_EQUAL(f[i].severity, COCOMM_SEVERITY_WARNING);
  }
  CU_ASSERT_TRUE(all_bytes(&f[3], sizeof f[3], GUARD));
  /* Capacity 1 of a guarded array: one element written, the rest intact. */
  memset(f, GUARD, sizeof f);
  cocomm_findings_init(&fs, &f[1], 1);
  ASSERT_STATUS(cocomm_approval_assess_eoi(COCOMM_EOI_A_CCGS, &fs, NULL), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(fs.count, 7);
  CU_ASSERT_EQUAL(f[1].rule, COCOMM_RULE_E_B);
  CU_ASSERT_TRUE(all_bytes(&f[0], sizeof f[0], GUARD));
  CU_ASSERT_TRUE(all_bytes(&f[2], 2 * sizeof f[2], GUARD));
  /* Exactly enough: OK. */
  cocomm_finding eight[8];
  cocomm_findings all = COCOMM_FINDINGS_INIT(eight);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0, &all, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(all.count, 8);
}

static void same_input_same_output(void) {
  cocomm_finding a[8], b[8];
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  cocomm_findings fa = COCOMM_FINDINGS_INIT(a), fb = COCOMM_FINDINGS_INIT(b);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0x55, &fa, NULL), COCOMM_OK);
  ASSERT_STATUS(cocomm_approval_assess_eoi(0x55, &fb, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(fa.count, 4);
  CU_ASSERT_EQUAL(fb.count, 4);
  CU_ASSERT_EQUAL(memcmp(a, b, sizeof a), 0);
}

/* A caller whose finding struct is larger (a future layout) gets each
 * element at its own stride, with the unknown tail zeroed. */
static void larger_elements_are_strided(void) {
  enum { ELEM = sizeof(cocomm_finding) + 24 };
  _Alignas(8) unsigned char buf[ELEM * 3 + 16];
  memset(buf, GUARD, sizeof buf);
  cocomm_findings fs;
  cocomm_findings_init(&fs, (cocomm_finding *)(void *)buf, 3);
  fs.elem_size = ELEM;
  ASSERT_STATUS(cocomm_approval_assess_eoi(COCOMM_EOI_ALL & ~(uint32_t)(COCOMM_EOI_B_BENEFITS | COCOMM_EOI_E_TIMESCALES),
                                 &fs, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(fs.count, 2);
  cocomm_finding first, second;
  memcpy(&first, buf, sizeof first);
  memcpy(&second, buf + ELEM, sizeof second);
  CU_ASSERT_EQUAL(first.rule, COCOMM_RULE_E_B);
  CU_ASSERT_EQUAL(second.rule, COCOMM_RULE_E_E);
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(second.rule)->id, "E-E");
  CU_ASSERT_EQUAL(second.subject, 4);
  CU_ASSERT_EQUAL(second.severity, COCOMM_SEVERITY_ERROR);
  /* the tails of elements 0 and 1 zeroed */
  CU_ASSERT_TRUE(all_bytes(buf + sizeof(cocomm_finding), ELEM - sizeof(cocomm_finding), 0));
  CU_ASSERT_TRUE(all_bytes(buf + ELEM + sizeof(cocomm_finding), ELEM - sizeof(cocomm_finding), 0));
  CU_ASSERT_TRUE(all_bytes(buf + ELEM * 2, ELEM + 16, GUARD)); /* element 2 never written, nor past it */
  /* The harness reads at the same stride. */
  finding_view v[3];
  CU_ASSERT_EQUAL(view_findings(v, 3, &fs, NULL), 2);
  CU_ASSERT_STRING_EQUAL(v[1].rule, "E-E");
}

/* A findings struct that cannot be right is refused, and nothing in it or
 * its array is written. */
static void bad_arguments(void) {
  cocomm_finding f[2];
  cocomm_findings fs, before;
  cocomm_error err;
#define REFUSED(change, want)                                  \
  do {                                                         \
    memset(f, GUARD, sizeof f);                                \
    cocomm_findings_init(&fs, f, 2);                           \
    fs.count = 1234;                                           \
    fs.errors = fs.warnings = fs.information = 99;             \
    change;                                                    \
    before = fs;                                               \
    cocomm_error_init(&err);                                   \
    ASSERT_STATUS(cocomm_approval_assess_eoi(0, &fs, &err), want);       \
    ASSERT_ERROR(&err, want, -1, COCOMM_FIELD_FINDINGS);       \
    CU_ASSERT_EQUAL(memcmp(&fs, &before, sizeof fs), 0);       \
    CU_ASSERT_TRUE(all_bytes(f, sizeof f, GUARD));             \
  } while (0)
  REFUSED(fs.struct_size = COCOMM_FINDINGS_SIZE_V1 - 1, COCOMM_ERR_STRUCT_SIZE);
  REFUSED(fs.struct_size = 0, COCOMM_ERR_STRUCT_SIZE);
  REFUSED(fs.elem_size = COCOMM_FINDING_SIZE_V1 - 1, COCOMM_ERR_STRUCT_SIZE);
  REFUSED(fs.elem_size = 0, COCOMM_ERR_STRUCT_SIZE);
  REFUSED(fs.items = NULL, COCOMM_ERR_INVALID_ARGUMENT);
  if (SIZE_MAX / UINT32_MAX < UINT32_MAX) /* capacity * elem_size can wrap: a 32-bit size_t */
    REFUSED((fs.capacity = UINT32_MAX, fs.elem_size = UINT32_MAX), COCOMM_ERR_INVALID_ARGUMENT);
#undef REFUSED
  /* An input error writes nothing either. */
  memset(f, GUARD, sizeof f);
  cocomm_findings_init(&fs, f, 2);
  fs.count = 1234;
  ASSERT_STATUS(cocomm_approval_assess_eoi(0x100, &fs, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_SECTIONS);
  CU_ASSERT_EQUAL(fs.count, 1234);
  CU_ASSERT_TRUE(all_bytes(f, sizeof f, GUARD));
  /* With capacity 0 the element size and array are not looked at. */
  cocomm_findings_init(&fs, NULL, 0);
  fs.elem_size = 0;
  ASSERT_STATUS(cocomm_approval_assess_eoi(COCOMM_EOI_ALL, &fs, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  /* A newer caller's larger struct is accepted, and nothing past its
   * struct_size is touched. */
  struct {
    cocomm_findings fs;
    unsigned char future[16];
  } wide;
  memset(&wide, GUARD, sizeof wide);
  cocomm_findings_init(&wide.fs, f, 2);
  wide.fs.struct_size = sizeof wide.fs + 8;
  ASSERT_STATUS(cocomm_approval_assess_eoi(COCOMM_EOI_ALL & ~(uint32_t)COCOMM_EOI_H_MONITORING, &wide.fs, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(wide.fs.count, 1);
  CU_ASSERT_EQUAL(wide.fs.warnings, 1);
  CU_ASSERT_EQUAL(f[0].rule, COCOMM_RULE_E_H);
  CU_ASSERT_TRUE(all_bytes(wide.future + 8, 8, GUARD));
}

/* ---- cocomm_finding_format ---- */

/* Every message, in the order of enum cocomm_message. */
static const int32_t messages[] = {
  COCOMM_MSG_NO_QUORUM_SET, COCOMM_MSG_GREATER_INVOLVEMENT_FORM_ONLY,
  COCOMM_MSG_IN_COMMON_ON_ITS_OWN, COCOMM_MSG_NO_CHAIR, COCOMM_MSG_SECOND_CHAIR,
  COCOMM_MSG_SECOND_VICE_CHAIR, COCOMM_MSG_CHAIR_NOT_VOTING, COCOMM_MSG_NO_VOTING_MEMBER,
  COCOMM_MSG_LISTED_TWICE, COCOMM_MSG_OBSERVER_VOTING, COCOMM_MSG_CHAIR_NOT_LAY,
  COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY, COCOMM_MSG_NO_NHS_ENGLAND_MEMBER, COCOMM_MSG_NO_CCG_MEMBER,
  COCOMM_MSG_NO_CLINICAL_INVOLVEMENT, COCOMM_MSG_NO_CLINICAL_LEADERSHIP, COCOMM_MSG_NO_HEALTHWATCH,
  COCOMM_MSG_NO_HWB, COCOMM_MSG_NO_STAKEHOLDERS, COCOMM_MSG_QUORUM_NEVER_MET, COCOMM_MSG_MEMBERSHIP_SHORT,
  COCOMM_MSG_VOTING_DEFAULT_NON_VOTING, COCOMM_MSG_VOTING_DEFAULT_VOTING, COCOMM_MSG_VICE_TAKES_CHAIR,
  COCOMM_MSG_NO_ONE_CAN_CHAIR, COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY,
  COCOMM_MSG_CONFLICTED_TOOK_PART, COCOMM_MSG_CONFLICTED_TOOK_PART_IN_AWARD, COCOMM_MSG_OBSERVER_VOTED,
  COCOMM_MSG_VOTED_NOT_VOTING_MEMBER, COCOMM_MSG_VOTED_ABSENT, COCOMM_MSG_CASTING_VOTE_NOT_GRANTED,
  COCOMM_MSG_TIE_CASTING_VOTE_AVAILABLE, COCOMM_MSG_TIE_NOT_CARRIED, COCOMM_MSG_WITHDRAWS,
  COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT, COCOMM_MSG_GREATER_INVOLVEMENT_NO_DECISION,
  COCOMM_MSG_MEETING_MUST_CHOOSE, COCOMM_MSG_CHOSEN_PRESIDES, COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE,
  COCOMM_MSG_PRESIDING_NOT_LAY, COCOMM_MSG_NOT_QUORATE, COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL,
  COCOMM_MSG_CASTING_BY_WITHDRAWN, COCOMM_MSG_CASTING_BY_NOT_PRESIDING, COCOMM_MSG_CASTING_VOTE_GIVEN,
  COCOMM_MSG_NOT_MORE_THAN_HALF, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT, COCOMM_MSG_NOT_OBLIGED,
  COCOMM_MSG_GREATER_INVOLVEMENT_NO_APPROVAL, COCOMM_MSG_SUPPORT_NOT_ASSURED_GOVERNANCE,
  COCOMM_MSG_SUPPORT_NOT_ASSURED_SPECIAL_MEASURES, COCOMM_MSG_NO_SOUND_FINANCIAL_CONTROL,
  COCOMM_MSG_STATUTORY_REQUIREMENTS_UNMET, COCOMM_MSG_CHANGE_TO_GREATER_INVOLVEMENT,
  COCOMM_MSG_CHANGE_UP_TO_JOINT, COCOMM_MSG_CHANGE_UP_TO_DELEGATED,
  COCOMM_MSG_CHANGE_FROM_GREATER_INVOLVEMENT, COCOMM_MSG_CHANGE_ONE_LEVEL_DOWN,
  COCOMM_MSG_CHANGE_MORE_THAN_ONE_LEVEL_DOWN, COCOMM_MSG_POOLED_CORE_PRIMARY_MEDICAL,
  COCOMM_MSG_EOI_SECTION_MISSING, COCOMM_MSG_REVOCATION, COCOMM_MSG_FINANCIAL_CONTROL_NOT_SHOWN,
  COCOMM_MSG_STATUTORY_REQUIREMENTS_NOT_SHOWN, COCOMM_MSG_NO_REGISTER, COCOMM_MSG_REGISTER_NOT_PUBLISHED,
  COCOMM_MSG_NO_PROMPT_DECLARATION, COCOMM_MSG_CONFLICTS_NOT_MANAGED, COCOMM_MSG_REGISTER_NO_NATURE,
  COCOMM_MSG_REGISTER_NO_PARTIES, COCOMM_MSG_REGISTER_NOT_IN_ACCOUNTS,
  COCOMM_MSG_NO_PROCUREMENT_REGISTER, COCOMM_MSG_PROCUREMENT_REGISTER_NOT_PUBLISHED,
  COCOMM_MSG_AUDIT_CHAIR_NOT_ATTESTED, COCOMM_MSG_ACCOUNTABLE_OFFICER_NOT_ATTESTED,
  COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND, COCOMM_MSG_NOT_JOINT_NO_CCG, COCOMM_MSG_AFTER_CCGS_ABOLISHED, COCOMM_MSG_COMMITTEE_AFTER_CCGS_ABOLISHED,
};
#define N_MESSAGES (sizeof messages / sizeof messages[0])

/* A committee to name members from. */
static cocomm_member M[4];
static cocomm_committee C;

static void small_committee(void) {
  static const char *const names[4] = {"Ann Lay", "Bob Lay", "Dr Fay GP", "Ivy Healthwatch"};
  static const int32_t cats[4] = {COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_CLINICAL,
                                  COCOMM_CATEGORY_HEALTHWATCH};
  for (int i = 0; i < 4; i++) {
    cocomm_member_init(&M[i]);
    M[i].name = names[i];
    M[i].category = cats[i];
    M[i].voting = i < 3;
  }
  M[0].position = COCOMM_POSITION_CHAIR;
  cocomm_committee_init(&C);
  C.members = M;
  C.member_count = 4;
}

/* The text of f, or "(status)" when it does not format. */
static const char *text_of(const cocomm_finding *f, const cocomm_committee *c) {
  static char buf[VIEW_TEXT_MAX];
  size_t need = 0;
  int32_t st = cocomm_finding_format(f, c, buf, sizeof buf, &need);
  if (st != COCOMM_OK) return cocomm_status_name(st);
  CU_ASSERT_EQUAL(need, strlen(buf));
  return buf;
}

static cocomm_finding finding(int32_t rule, int32_t message, int32_t v0, int32_t v1, int32_t v2) {
  cocomm_finding f = {rule, COCOMM_SEVERITY_ERROR, message, -1, {v0, v1, v2, 0}};
  return f;
}

/* With the committee members are named; without it, or for an index the
 * committee does not have, numbered. Numbers count from 1 (index 1 is
 * "member 2"), as people count; an index that is no member's reads "?". */
static void format_names_members_from_the_committee(void) {
  small_committee();
  cocomm_finding f = finding(COCOMM_RULE_C_10, COCOMM_MSG_SECOND_CHAIR, 1, 0, 0);
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 (Bob Lay) is a second chair");
  CU_ASSERT_STRING_EQUAL(text_of(&f, NULL), "member 2 is a second chair");
  f.values[0] = 4; /* one past the last member */
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 5 is a second chair");
  f.values[0] = -1;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member ? is a second chair");
  f.values[0] = INT32_MIN;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member ? is a second chair");
  f.values[0] = INT32_MAX; /* one more would overflow */
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member ? is a second chair");
  f.values[0] = INT32_MAX - 1;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2147483647 is a second chair");
  f = finding(COCOMM_RULE_C_3, COCOMM_MSG_OBSERVER_VOTING, 3, COCOMM_CATEGORY_HEALTHWATCH, 0);
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 4 (Ivy Healthwatch) is a Healthwatch observer and must not vote");
  f = finding(COCOMM_RULE_I_6, COCOMM_MSG_VICE_TAKES_CHAIR, 2, 1, 0);
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "chair: conflicted; the vice-chair, member 2 (Bob Lay), takes the chair");
  f = finding(COCOMM_RULE_I_6, COCOMM_MSG_CASTING_BY_NOT_PRESIDING, 2, 0, 0);
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 3 (Dr Fay GP) does not preside over the item: only member 1 "
                                          "(Ann Lay), who presides, may give the casting vote");
  f = finding(COCOMM_RULE_C_2, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY, 4, 8, 0);
  CU_ASSERT_STRING_EQUAL(text_of(&f, NULL), "lay and executive members are 4 of 8 voting members: not a majority");
  /* An ODS code travels as a number, three bytes. */
  f = finding(COCOMM_RULE_A_4, COCOMM_MSG_SUPPORT_NOT_ASSURED_GOVERNANCE, '0' | '0' << 8 | 'R' << 16,
              COCOMM_MODEL_JOINT, 0);
  char want[256];
  snprintf(want, sizeof want,
           "00R has serious governance issues: NHS England's support for its move up to %s is not assured",
           cocomm_model_name(COCOMM_MODEL_JOINT));
  CU_ASSERT_STRING_EQUAL(text_of(&f, NULL), want);
  /* The cited rule's statement. */
  f = finding(COCOMM_RULE_E_F, COCOMM_MSG_EOI_SECTION_MISSING, 0, 0, 0);
  snprintf(want, sizeof want, "missing %s", cocomm_rule_get(COCOMM_RULE_E_F)->statement);
  CU_ASSERT_STRING_EQUAL(text_of(&f, NULL), want);
  /* A name the library would refuse is never printed: the member is numbered. */
  f = finding(COCOMM_RULE_C_10, COCOMM_MSG_SECOND_CHAIR, 1, 0, 0);
  M[1].name = "Bob \xff";
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  M[1].name = "Bob \x1b[31m";
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  M[1].name = NULL;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  M[1].name = "Bob Lay";
  M[1].struct_size = 4;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  /* Nor is any name read from a committee of the wrong shape. */
  small_committee();
  C.kind = 0;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  small_committee();
  C.member_size = 4;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  small_committee();
  C.struct_size = 8;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 is a second chair");
  small_committee();
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "member 2 (Bob Lay) is a second chair");
}

/* %k: a clause of the committee's terms, described as the terms format
 * writes it (quorum clauses 0.., membership clauses 100..); without the
 * committee, or for a clause it does not have, numbered. */
static void format_describes_clauses_from_the_terms(void) {
  small_committee();
  cocomm_terms t;
  cocomm_terms_init(&t);
  memcpy(t.tag_names[0], "quorum lead", sizeof "quorum lead");
  t.quorum[0] = (cocomm_clause){3, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  t.quorum[1] = (cocomm_clause){1, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY),
                                COCOMM_TAG_BIT(COCOMM_OFFICE_LAY_PERSON) | COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED),
                                COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) |
                                    COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR),
                                COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  t.quorum[2] = (cocomm_clause){COCOMM_CLAUSE_ALL, 0, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER), 0,
                                COCOMM_COUNT_ANY, COCOMM_CLAUSE_ANY_BODY};
  t.quorum[3] = (cocomm_clause){2, 0, 0, 0, COCOMM_COUNT_NON_VOTING, COCOMM_CLAUSE_NHS_ENGLAND};
  t.quorum_count = 4;
  t.membership[0] = (cocomm_clause){1, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_CLINICAL), 0, 0, COCOMM_COUNT_VOTING,
                                    COCOMM_CLAUSE_EACH_BODY};
  t.membership_count = 1;
  C.terms = &t;
  cocomm_finding f = finding(COCOMM_RULE_C_13, COCOMM_MSG_NOT_QUORATE, 0, 3, 2);
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "not quorate: the quorum needs at least 3 voting members (3), and 2 count");
  f.values[0] = 1;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "not quorate: the quorum needs at least 1 voting member of lay, lay person, "
                                          "quorum lead as chair or vice-chair (3), and 2 count");
  f.values[0] = 2;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "not quorate: the quorum needs all voting or non-voting members of chief "
                                          "officer (3), and 2 count");
  f.values[0] = 3;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "not quorate: the quorum needs at least 2 non-voting members from NHS "
                                          "England (3), and 2 count");
  f = finding(COCOMM_RULE_C_13, COCOMM_MSG_MEMBERSHIP_SHORT, 100, 1, 0);
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "membership falls short of the terms of reference: they require at least 1 "
                                          "voting member of clinical from each body (1), and the committee lists 0");
  /* No such clause: numbered. */
  f.values[0] = 101;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "membership falls short of the terms of reference: they require clause 101 "
                                          "(1), and the committee lists 0");
  f.values[0] = 4;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "membership falls short of the terms of reference: they require clause 4 "
                                          "(1), and the committee lists 0");
  f.values[0] = 100;
  CU_ASSERT_STRING_EQUAL(text_of(&f, NULL), "membership falls short of the terms of reference: they require clause 100 "
                                            "(1), and the committee lists 0");
  /* Terms that cannot be right are never read: the committee is not used. */
  t.casting_vote = 5;
  CU_ASSERT_STRING_EQUAL(text_of(&f, &C), "membership falls short of the terms of reference: they require clause 100 "
                                          "(1), and the committee lists 0");
  small_committee();
}

/* snprintf-style at every capacity around the length: never a byte past
 * cap, always NUL-terminated, the length needed exact. */
static void format_at_every_capacity(void) {
  enum { PAD = 16 };
  small_committee();
  cocomm_finding f = finding(COCOMM_RULE_C_1, COCOMM_MSG_CHAIR_NOT_LAY, 2, COCOMM_CATEGORY_CLINICAL, 0);
  size_t len = 0;
  ASSERT_STATUS(cocomm_finding_format(&f, &C, NULL, 0, &len), COCOMM_ERR_BUFFER_TOO_SMALL);
  char full[256];
  ASSERT_STATUS(cocomm_finding_format(&f, &C, full, sizeof full, NULL), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(full, "the chair, member 3 (Dr Fay GP), is clinical, not a lay member");
  CU_ASSERT_EQUAL(len, strlen(full));
  for (size_t cap = 0; cap <= len + 2; cap++) {
    unsigned char *raw = malloc(cap + 2 * PAD);
    CU_ASSERT_PTR_NOT_NULL_FATAL(raw);
    memset(raw, GUARD, cap + 2 * PAD);
    char *buf = (char *)raw + PAD;
    size_t need = 12345;
    int32_t st = cocomm_finding_format(&f, &C, cap ? buf : NULL, cap, &need);
    CU_ASSERT_EQUAL(need, len);
    if (cap > len) {
      ASSERT_STATUS(st, COCOMM_OK);
      CU_ASSERT_STRING_EQUAL(buf, full);
    } else {
      ASSERT_STATUS(st, COCOMM_ERR_BUFFER_TOO_SMALL);
      if (cap > 0) CU_ASSERT_EQUAL(buf[0], '\0'); /* "" rather than a cut text */
    }
    if (cap > 0) CU_ASSERT_PTR_NOT_NULL(memchr(buf, '\0', cap));
    CU_ASSERT_TRUE(all_bytes(raw, PAD, GUARD));
    CU_ASSERT_TRUE(all_bytes(raw + PAD + cap, PAD, GUARD));
    free(raw);
  }
  char buf[8];
  ASSERT_STATUS(cocomm_finding_format(&f, &C, NULL, sizeof buf, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_finding_format(NULL, &C, buf, sizeof buf, NULL), COCOMM_ERR_INVALID_ARGUMENT);
}

/* Every message formats; no other code does. */
static void unknown_messages_are_refused(void) {
  uint8_t known[256] = {0};
  for (size_t i = 0; i < N_MESSAGES; i++) {
    cocomm_finding f = finding(COCOMM_RULE_C_1, messages[i], 0, 0, 0);
    char buf[VIEW_TEXT_MAX];
    size_t need = 0;
    ASSERT_STATUS(cocomm_finding_format(&f, NULL, buf, sizeof buf, &need), COCOMM_OK);
    CU_ASSERT(need > 0);
    CU_ASSERT(messages[i] > 0 && messages[i] < 256);
    known[messages[i] & 0xFF] = 1;
  }
  for (int32_t code = -1; code < 256; code++) {
    if (code >= 0 && known[code]) continue;
    cocomm_finding f = finding(COCOMM_RULE_C_1, code, 0, 0, 0);
    char buf[64];
    size_t need;
    if (cocomm_finding_format(&f, NULL, buf, sizeof buf, &need) != COCOMM_ERR_INVALID_ARGUMENT) {
      fprintf(stderr, "  message %d is not refused\n", (int)code);
      CU_FAIL("unknown message accepted");
    }
  }
  const int32_t far[] = {INT32_MIN, INT32_MIN + 1, -256, 1000, 65536, INT32_MAX};
  for (size_t i = 0; i < sizeof far / sizeof far[0]; i++) {
    cocomm_finding f = finding(COCOMM_RULE_C_1, far[i], 0, 0, 0);
    char buf[64];
    ASSERT_STATUS(cocomm_finding_format(&f, &C, buf, sizeof buf, NULL), COCOMM_ERR_INVALID_ARGUMENT);
    ASSERT_STATUS(cocomm_finding_format(&f, NULL, NULL, 0, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  }
}

/* Whatever a finding holds (it may come from anywhere: a file, another
 * process, a fuzzer) its text is clean UTF-8, named or not. */
static void hostile_values_give_clean_text(void) {
  static const int32_t values[] = {0, 1, 3, 4, 5, -1, -2, 99, 1024, INT32_MIN, INT32_MAX, 0x00FFFFFF,
                                   (int32_t)0xFFFFFFFFu, (int32_t)0x80C3E2F0u, 0x00525130, 0x7F1B0A00};
  static const int32_t rules[] = {COCOMM_RULE_C_1, COCOMM_RULE_E_H, 0, -1, COCOMM_RULE_LAST + 1, INT32_MIN,
                                  INT32_MAX};
  enum { NV = sizeof values / sizeof values[0], NR = sizeof rules / sizeof rules[0] };
  /* Committees: sound; a member whose name is not UTF-8; a name of the
   * longest length in four-byte characters; and one of the wrong shape. */
  static char longest[COCOMM_NAME_MAX + 1];
  size_t k = 0;
  while (k + 4 <= COCOMM_NAME_MAX) {
    memcpy(longest + k, "\xf0\x9d\x84\x9e", 4);
    k += 4;
  }
  longest[k] = '\0';
  uint32_t rng = 12345;
  unsigned formatted = 0;
  for (int which = 0; which < 5; which++) {
    small_committee();
    if (which == 1) M[2].name = "GP \xc3";
    if (which == 2) M[1].name = longest;
    if (which == 3) C.member_count = 5000; /* more than it may have: not read */
    const cocomm_committee *c = which == 4 ? NULL : &C;
    for (size_t m = 0; m < N_MESSAGES; m++)
      for (size_t r = 0; r < NR; r++)
        for (size_t t = 0; t < NV + 8; t++) {
          cocomm_finding f = finding(rules[r], messages[m], 0, 0, 0);
          for (int j = 0; j < 4; j++) {
            if (t < NV) {
              f.values[j] = values[t];
            } else { /* mixed, from a fixed sequence */
              rng = rng * 1103515245u + 12345u;
              f.values[j] = values[(rng >> 16) % NV];
            }
          }
          f.severity = values[t % NV];
          f.subject = values[(t + 3) % NV];
          char buf[VIEW_TEXT_MAX];
          size_t need = 0;
          int32_t st = cocomm_finding_format(&f, c, buf, sizeof buf, &need);
          if (st != COCOMM_OK || need != strlen(buf) || !clean_utf8(buf)) {
            fprintf(stderr, "  message %d, rule %d, values %d %d %d %d: %s\n", (int)f.message, (int)f.rule,
                    (int)f.values[0], (int)f.values[1], (int)f.values[2], (int)f.values[3],
                    cocomm_status_name(st));
            CU_FAIL("a finding's text is not clean");
          }
          formatted++;
        }
  }
  CU_ASSERT_EQUAL(formatted, 5 * N_MESSAGES * NR * (NV + 8));
  /* The long name is printed whole. */
  small_committee();
  M[1].name = longest;
  cocomm_finding f = finding(COCOMM_RULE_C_10, COCOMM_MSG_SECOND_CHAIR, 1, 0, 0);
  const char *text = text_of(&f, &C);
  CU_ASSERT_PTR_NOT_NULL(strstr(text, longest));
  CU_ASSERT_TRUE(clean_utf8(text));
}

/* ---- the rule catalogue by identifier ---- */

static void rules_by_identifier(void) {
  CU_ASSERT_PTR_NULL(cocomm_rule_get(0));
  CU_ASSERT_PTR_NULL(cocomm_rule_get(COCOMM_RULE_LAST + 1));
  CU_ASSERT_PTR_NULL(cocomm_rule_get(-1));
  CU_ASSERT_PTR_NULL(cocomm_rule_get(INT32_MIN));
  CU_ASSERT_PTR_NULL(cocomm_rule_get(INT32_MAX));
  CU_ASSERT_PTR_NOT_NULL_FATAL(cocomm_rule_get(COCOMM_RULE_C_3));
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(COCOMM_RULE_C_3)->id, "C-3");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(COCOMM_RULE_M_1)->id, "M-1");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(COCOMM_RULE_F_10)->id, "F-10");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(COCOMM_RULE_T_30)->id, "T-30");
  CU_ASSERT_STRING_EQUAL(cocomm_rule_get(COCOMM_RULE_E_H)->id, "E-H");
  CU_ASSERT_EQUAL(COCOMM_RULE_LAST, COCOMM_RULE_E_H);
  /* Every identifier names a rule of the catalogue, each a different one,
   * and the catalogue has no rule without an identifier. */
  CU_ASSERT_EQUAL(cocomm_rule_count(), (uint32_t)COCOMM_RULE_LAST);
  for (int32_t id = 1; id <= COCOMM_RULE_LAST; id++) {
    const cocomm_rule *r = cocomm_rule_get(id);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_PTR_EQUAL(cocomm_rule_find(r->id), r);
    for (int32_t other = 1; other < id; other++) CU_ASSERT_PTR_NOT_EQUAL(cocomm_rule_get(other), r);
  }
}

static const test_case cases[] = {
  TEST(severity_names),
  TEST(init_macro_and_function_agree),
  TEST(count_without_a_buffer),
  TEST(counts_by_severity),
  TEST(short_buffer_gets_the_first_and_the_full_count),
  TEST(same_input_same_output),
  TEST(larger_elements_are_strided),
  TEST(bad_arguments),
  TEST(format_names_members_from_the_committee),
  TEST(format_describes_clauses_from_the_terms),
  TEST(format_at_every_capacity),
  TEST(unknown_messages_are_refused),
  TEST(hostile_values_give_clean_text),
  TEST(rules_by_identifier),
};
RUN_TESTS("findings", cases)
