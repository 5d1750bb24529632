/* SPDX-License-Identifier: MIT */
/** @file findings.h
 *  @brief Findings: what every check reports.
 *
 *  A finding is a few integers: the rule it cites (enum cocomm_rule_id),
 *  its severity, its message (enum cocomm_message), its subject and the
 *  values the message needs. Checks write no text; cocomm_finding_format()
 *  makes a finding's text when it is wanted.
 *
 *  Every check takes one cocomm_findings: the caller's array with its
 *  element size and capacity. The check writes the findings that fit and
 *  sets count to how many there are, like snprintf: call with capacity 0 to
 *  size the array, then again (COCOMM_ERR_BUFFER_TOO_SMALL says some did
 *  not fit). A check given no cocomm_findings (NULL) writes none and
 *  returns COCOMM_OK or an input error. Findings come in a stable order (the order
 *  the rules are checked, then subject index). Nothing is allocated. */
#ifndef COCOMM_FINDINGS_H
#define COCOMM_FINDINGS_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>

struct cocomm_committee;

COCOMM_BEGIN_DECLS

/** Severity of a finding, from the force of the rule it cites. */
enum cocomm_severity {
  COCOMM_SEVERITY_ERROR = 1,   /**< a "must" is broken */
  COCOMM_SEVERITY_WARNING = 2, /**< a "should" is not met */
  COCOMM_SEVERITY_INFO = 3     /**< an option, a right, or what the rules require next */
};

/** What a finding says: its message, made into text by
 *  cocomm_finding_format(). Values are fixed forever and never reused; a new
 *  message takes a new value. cocomm_finding_template() gives each one's
 *  text with the values it reads; docs/rules.md lists them all. */
enum cocomm_message {
  /* committees (C-1..C-13); 2 to 7 are retired and never reused */
  COCOMM_MSG_NO_QUORUM_SET = 1,
  COCOMM_MSG_GREATER_INVOLVEMENT_FORM_ONLY = 8,
  COCOMM_MSG_IN_COMMON_ON_ITS_OWN = 9,
  COCOMM_MSG_NO_CHAIR = 10,
  COCOMM_MSG_SECOND_CHAIR = 11,
  COCOMM_MSG_SECOND_VICE_CHAIR = 12,
  COCOMM_MSG_CHAIR_NOT_VOTING = 13,
  COCOMM_MSG_NO_VOTING_MEMBER = 14,
  COCOMM_MSG_LISTED_TWICE = 15,
  COCOMM_MSG_OBSERVER_VOTING = 16,
  COCOMM_MSG_CHAIR_NOT_LAY = 17,
  COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY = 18,
  COCOMM_MSG_NO_NHS_ENGLAND_MEMBER = 19,
  COCOMM_MSG_NO_CCG_MEMBER = 20,
  COCOMM_MSG_NO_CLINICAL_INVOLVEMENT = 21,
  COCOMM_MSG_NO_CLINICAL_LEADERSHIP = 22,
  COCOMM_MSG_NO_HEALTHWATCH = 23,
  COCOMM_MSG_NO_HWB = 24,
  COCOMM_MSG_NO_STAKEHOLDERS = 25,
  COCOMM_MSG_QUORUM_NEVER_MET = 26,
  COCOMM_MSG_MEMBERSHIP_SHORT = 27,
  COCOMM_MSG_VOTING_DEFAULT_NON_VOTING = 28,
  COCOMM_MSG_VOTING_DEFAULT_VOTING = 29,
  /* one decision (I-4, I-6, C-9, C-13 to C-17); 43 to 47 are retired and never reused */
  COCOMM_MSG_VICE_TAKES_CHAIR = 40,
  COCOMM_MSG_NO_ONE_CAN_CHAIR = 41,
  COCOMM_MSG_NO_ONE_CAN_CHAIR_LAY = 42,
  COCOMM_MSG_CONFLICTED_TOOK_PART = 48,
  COCOMM_MSG_CONFLICTED_TOOK_PART_IN_AWARD = 49,
  COCOMM_MSG_OBSERVER_VOTED = 50,
  COCOMM_MSG_VOTED_NOT_VOTING_MEMBER = 51,
  COCOMM_MSG_VOTED_ABSENT = 52,
  COCOMM_MSG_CASTING_VOTE_NOT_GRANTED = 53,
  COCOMM_MSG_TIE_CASTING_VOTE_AVAILABLE = 54,
  COCOMM_MSG_TIE_NOT_CARRIED = 55,
  COCOMM_MSG_WITHDRAWS = 56,
  COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_LEFT = 57,
  COCOMM_MSG_GREATER_INVOLVEMENT_NO_DECISION = 58,
  COCOMM_MSG_MEETING_MUST_CHOOSE = 59,
  COCOMM_MSG_CHOSEN_PRESIDES = 60,
  COCOMM_MSG_CHOSEN_MAY_NOT_PRESIDE = 61,
  COCOMM_MSG_PRESIDING_NOT_LAY = 62,
  COCOMM_MSG_NOT_QUORATE = 63,
  COCOMM_MSG_NOT_QUORATE_AFTER_WITHDRAWAL = 64,
  COCOMM_MSG_CASTING_BY_WITHDRAWN = 65,
  COCOMM_MSG_CASTING_BY_NOT_PRESIDING = 66,
  COCOMM_MSG_CASTING_VOTE_GIVEN = 67,
  COCOMM_MSG_NOT_MORE_THAN_HALF = 68,
  COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT = 69,
  /* approvals and changes (M, A, E) */
  COCOMM_MSG_NOT_OBLIGED = 70,
  COCOMM_MSG_GREATER_INVOLVEMENT_NO_APPROVAL = 71,
  COCOMM_MSG_SUPPORT_NOT_ASSURED_GOVERNANCE = 72,
  COCOMM_MSG_SUPPORT_NOT_ASSURED_SPECIAL_MEASURES = 73,
  COCOMM_MSG_NO_SOUND_FINANCIAL_CONTROL = 74,
  COCOMM_MSG_STATUTORY_REQUIREMENTS_UNMET = 75,
  COCOMM_MSG_CHANGE_TO_GREATER_INVOLVEMENT = 76,
  COCOMM_MSG_CHANGE_UP_TO_JOINT = 77,
  COCOMM_MSG_CHANGE_UP_TO_DELEGATED = 78,
  COCOMM_MSG_CHANGE_FROM_GREATER_INVOLVEMENT = 79,
  COCOMM_MSG_CHANGE_ONE_LEVEL_DOWN = 80,
  COCOMM_MSG_CHANGE_MORE_THAN_ONE_LEVEL_DOWN = 81,
  COCOMM_MSG_POOLED_CORE_PRIMARY_MEDICAL = 82,
  COCOMM_MSG_EOI_SECTION_MISSING = 83,
  COCOMM_MSG_REVOCATION = 84,
  COCOMM_MSG_FINANCIAL_CONTROL_NOT_SHOWN = 85,
  COCOMM_MSG_STATUTORY_REQUIREMENTS_NOT_SHOWN = 86,
  /* conflicts-of-interest arrangements (I-1..I-5), one per element */
  COCOMM_MSG_NO_REGISTER = 100,
  COCOMM_MSG_REGISTER_NOT_PUBLISHED = 101,
  COCOMM_MSG_NO_PROMPT_DECLARATION = 102,
  COCOMM_MSG_CONFLICTS_NOT_MANAGED = 103,
  COCOMM_MSG_REGISTER_NO_NATURE = 104,
  COCOMM_MSG_REGISTER_NO_PARTIES = 105,
  COCOMM_MSG_REGISTER_NOT_IN_ACCOUNTS = 106,
  COCOMM_MSG_NO_PROCUREMENT_REGISTER = 107,
  COCOMM_MSG_PROCUREMENT_REGISTER_NOT_PUBLISHED = 108,
  COCOMM_MSG_AUDIT_CHAIR_NOT_ATTESTED = 109,
  COCOMM_MSG_ACCOUNTABLE_OFFICER_NOT_ATTESTED = 110,
  /* one decision, continued (C-17) */
  COCOMM_MSG_NOT_JOINT_NO_NHS_ENGLAND = 120,
  COCOMM_MSG_NOT_JOINT_NO_CCG = 121,
  /* the policy's end (M-1; 2.1) */
  COCOMM_MSG_AFTER_CCGS_ABOLISHED = 122,
  COCOMM_MSG_COMMITTEE_AFTER_CCGS_ABOLISHED = 123
};


/** One finding: integers only, the same layout on every target. */
typedef struct cocomm_finding {
  int32_t rule;      /**< enum cocomm_rule_id: cocomm_rule_get() gives its identifier and source */
  int32_t severity;  /**< enum cocomm_severity */
  int32_t message;   /**< enum cocomm_message */
  int32_t subject;   /**< index of the member, section, element or contribution concerned; -1 for none */
  int32_t values[4]; /**< what the message needs (member indices, counts, categories, models) */
} cocomm_finding;

/** Smallest element size a findings array may have: the first layout. */
#define COCOMM_FINDING_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_finding, values)

/** A findings array as one argument. Growable: initialise it with
 *  COCOMM_FINDINGS_INIT(array) or cocomm_findings_init(). A check sets
 *  count and the three counts by severity (over every finding, written or
 *  not); it writes nothing when it returns an input error. */
typedef struct cocomm_findings {
  uint32_t struct_size;   /**< sizeof(cocomm_findings) as the caller compiled it */
  uint32_t elem_size;     /**< sizeof(cocomm_finding) as the caller compiled it */
  uint32_t capacity;      /**< elements items holds; 0 to count only */
  uint32_t count;         /**< out: every finding, even those past capacity */
  cocomm_finding *items;  /**< capacity elements; may be NULL when capacity is 0 */
  uint32_t errors;        /**< out: findings of severity error */
  uint32_t warnings;      /**< out: ... warning */
  uint32_t information;   /**< out: ... information */
  uint32_t reserved0;     /**< 0 */
} cocomm_findings;

/** Smallest cocomm_findings struct_size accepted: the first layout. */
#define COCOMM_FINDINGS_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_findings, reserved0)

/** Static initialiser over an array (not a pointer):
 *  "cocomm_finding f[32]; cocomm_findings fs = COCOMM_FINDINGS_INIT(f);".
 *  @param array an array of cocomm_finding, its capacity its length. */
#define COCOMM_FINDINGS_INIT(array)                                                        \
  {(uint32_t)sizeof(cocomm_findings), (uint32_t)sizeof((array)[0]),                          \
   (uint32_t)(sizeof(array) / sizeof((array)[0])), 0, (array), 0, 0, 0, 0}

/** Initialise *findings over items (capacity elements; items may be NULL
 *  when capacity is 0).
 *  @param[out] findings the findings struct to initialise; NULL does
 *  nothing.
 *  @param items capacity elements; may be NULL (capacity is then 0).
 *  @param capacity elements at items. */
COCOMM_API void cocomm_findings_init(cocomm_findings *findings, cocomm_finding *items, uint32_t capacity);

/** Write a finding's text, snprintf-style: *needed (may be NULL) gets its
 *  length without the NUL; COCOMM_ERR_BUFFER_TOO_SMALL when buf is short
 *  (then buf holds ""), COCOMM_ERR_INVALID_ARGUMENT for an unknown message.
 *  committee (may be NULL) is the one the finding is about: its members are
 *  then named ("member 3 (Dr Aled Price)"), else numbered ("member 3").
 *  Any values are safe: the text is always valid UTF-8.
 *  @param finding the finding; NULL is refused.
 *  @param committee the committee it is about; may be NULL (one whose
 *  structure is refused counts as NULL).
 *  @param[out] buf cap bytes for the text and its NUL; may be NULL when
 *  cap is 0.
 *  @param cap bytes at buf.
 *  @param[out] needed the text's length without the NUL; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when cap is not more
 *  than the length; COCOMM_ERR_INVALID_ARGUMENT for a NULL finding, an
 *  unknown message, or a NULL buf with a cap. */
COCOMM_API int32_t cocomm_finding_format(const cocomm_finding *finding,
                                         const struct cocomm_committee *committee, char *buf,
                                         size_t cap, size_t *needed);

/** The template of a message, its placeholders naming the values it reads:
 *  %dK values[K] as a number, %mK the member whose index is values[K], %cK a
 *  category, %MK a model, %oK an ODS code, %wK why a member cannot take the
 *  chair, %kK a clause of the committee's terms (cocomm_terms), %r the
 *  rule's statement. NULL for
 *  a value that is no message.
 *  @param message an enum cocomm_message value.
 *  @return the template, a static string; NULL for a value that is no
 *  message (the retired ones included). */
COCOMM_API const char *cocomm_finding_template(int32_t message);

/** "error", "warning", "information"; "unknown" otherwise.
 *  @param severity an enum cocomm_severity value.
 *  @return the severity's name; "unknown" for a value that is no
 *  severity. Never NULL. */
COCOMM_API const char *cocomm_severity_name(int32_t severity);
/** sizeof(cocomm_finding) as built.
 *  @return sizeof(cocomm_finding) as the library was built. */
COCOMM_API uint32_t cocomm_finding_size(void);
/** sizeof(cocomm_findings) as built.
 *  @return sizeof(cocomm_findings) as the library was built. */
COCOMM_API uint32_t cocomm_findings_size(void);

COCOMM_END_DECLS

#endif
