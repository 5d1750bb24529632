/* SPDX-License-Identifier: MIT */
/** @file decision.h
 *  @brief One agenda item: who withdraws for a declared conflict, whether
 *  the meeting is still quorate and still properly led (I-6, C-1, C-2,
 *  C-13), the vote (C-14), and the entry for the register of procurement
 *  decisions (I-3, I-4). */
#ifndef COCOMM_DECISION_H
#define COCOMM_DECISION_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/committee.h>
#include <cocomm/date.h>
#include <cocomm/findings.h>

COCOMM_BEGIN_DECLS

/** A member's vote on the item. */
enum cocomm_vote {
  COCOMM_VOTE_NONE = 0,    /**< did not vote */
  COCOMM_VOTE_FOR = 1,
  COCOMM_VOTE_AGAINST = 2,
  COCOMM_VOTE_ABSTAIN = 3
};

/** Outcome of the vote. */
enum cocomm_outcome {
  COCOMM_OUTCOME_UNDECIDED = 0,       /**< no vote given, or the item could not be decided */
  COCOMM_OUTCOME_CARRIED = 1,         /**< more for than against */
  COCOMM_OUTCOME_DEFEATED = 2,        /**< more against than for */
  COCOMM_OUTCOME_TIED = 3,            /**< a tie with no casting vote */
  COCOMM_OUTCOME_CARRIED_CASTING = 4, /**< a tie, carried by the chair's casting vote */
  COCOMM_OUTCOME_DEFEATED_CASTING = 5, /**< a tie, defeated by the presiding member's casting vote */
  COCOMM_OUTCOME_NOT_CARRIED = 6       /**< present and entitled basis: not more than half of those
                                            entitled voted for, and it is neither a tie (exactly half)
                                            nor more against than for (C-14) */
};

/** How the member presiding over an item came to preside (C-15). */
enum cocomm_presided {
  COCOMM_PRESIDED_NONE = 0,       /**< no one can: the item cannot be decided */
  COCOMM_PRESIDED_CHAIR = 1,
  COCOMM_PRESIDED_VICE_CHAIR = 2, /**< the chair was absent, withdrew or may not preside */
  COCOMM_PRESIDED_CHOSEN = 3,     /**< chosen by the meeting (cocomm_decision.chosen) */
  COCOMM_PRESIDED_TO_CHOOSE = 4   /**< the meeting must choose one of the members marked
                                       COCOMM_ITEM_MAY_PRESIDE, and has not */
};

/** What each member may do on the item: the flags written per member by
 *  cocomm_decision_assess(). */
enum cocomm_item_role {
  COCOMM_ITEM_MAY_VOTE = 1,    /**< a voting member present and eligible (not withdrawn) */
  COCOMM_ITEM_MAY_PRESIDE = 2, /**< may preside over the item, or be chosen to */
  COCOMM_ITEM_PRESIDES = 4,    /**< presides over the item */
  COCOMM_ITEM_WITHDRAWN = 8,   /**< present, declared a conflict and takes no part */
  COCOMM_ITEM_COUNTED = 16     /**< counted towards the quorum */
};

/** One agenda item. The per-member arrays have the committee's
 *  member_count entries, in member order. */
typedef struct cocomm_decision {
  uint32_t struct_size;      /**< set by cocomm_decision_init() */
  int32_t contract_award;    /**< 1 if the item awards a contract (I-4) */
  const char *item;          /**< agenda item title, UTF-8 with no control character but HT,
                                  at most 1020 bytes (else COCOMM_ERR_PARSE); may be NULL */
  const uint8_t *present;    /**< 1 if the member is present; required */
  const uint8_t *conflicted; /**< 1 if the member declared a conflict on this item; may be NULL (none) */
  const int32_t *votes;      /**< enum cocomm_vote per member; NULL when no vote is recorded */
  int32_t casting;           /**< the casting vote given on a tie: COCOMM_VOTE_FOR / _AGAINST, or NONE */
  cocomm_date date;          /**< date of the meeting (for the register); may be zero */
  const uint8_t *stayed;     /**< 1 if a conflicted member stayed in the room and took no part,
                                  0 if it left the room (the register says which); may be NULL (all left) */
  int32_t chosen;            /**< the member the meeting chose to preside when neither the chair nor
                                  the vice-chair can (C-15); -1: none chosen */
  int32_t casting_by;        /**< the member recorded as casting the casting vote (C-16); -1: whoever
                                  presides */
} cocomm_decision;

/** Static initialiser: the same values as cocomm_decision_init(), for
 *  "cocomm_decision x = COCOMM_DECISION_INIT;". */
#define COCOMM_DECISION_INIT {(uint32_t)sizeof(cocomm_decision), 0, 0, 0, 0, 0, COCOMM_VOTE_NONE, {0, 0, 0}, 0, -1, -1}

/** Smallest decision struct_size accepted. */
#define COCOMM_DECISION_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_decision, casting_by)

/** What the check concluded. Filled by the library up to struct_size. */
typedef struct cocomm_decision_result {
  uint32_t struct_size;   /**< set by cocomm_decision_result_init() */
  int32_t can_decide;     /**< 1 if the item can be decided: quorate, presided and, for a delegated committee, C-1 and C-2 still hold */
  int32_t quorate;        /**< 1 if quorate among the eligible members */
  int32_t presiding;      /**< index of the member who chairs the item, -1 if none can */
  uint32_t eligible;      /**< voting members present and not conflicted (observers excluded); 0 for a
                               greater-involvement forum, which takes no decisions (C-9) */
  uint32_t eligible_lay_executive; /**< of whom lay, executive or NHS England */
  uint32_t withdrawn;     /**< members present who withdrew for a conflict */
  int32_t outcome;        /**< enum cocomm_outcome */
  uint32_t votes_for;     /**< votes counted for */
  uint32_t votes_against; /**< votes counted against */
  uint32_t abstentions;   /**< votes recorded as abstentions */
  int32_t presided;       /**< enum cocomm_presided: how presiding came about */
  uint32_t may_preside;   /**< members who may preside or be chosen to */
  int32_t casting_by;     /**< the member who cast a casting vote (C-16); -1 if none was cast */
  int32_t majority;       /**< enum cocomm_majority: the basis applied (C-14) */
  uint32_t counted;       /**< members counted towards the quorum */
  uint32_t reserved0;     /**< 0 */
} cocomm_decision_result;

/** Static initialiser: the same values as cocomm_decision_result_init(), for
 *  "cocomm_decision_result x = COCOMM_DECISION_RESULT_INIT;". */
#define COCOMM_DECISION_RESULT_INIT {(uint32_t)sizeof(cocomm_decision_result), 0, 0, -1, 0, 0, 0, COCOMM_OUTCOME_UNDECIDED, 0, 0, 0, COCOMM_PRESIDED_NONE, 0, -1, COCOMM_MAJORITY_VOTES_CAST, 0, 0}

/** Smallest result struct_size accepted. */
#define COCOMM_DECISION_RESULT_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_decision_result, reserved0)

/** Set *decision to COCOMM_DECISION_INIT: struct_size, no arrays, no casting vote,
 *  chosen and casting_by -1.
 *  @param[out] decision the decision to initialise; NULL does nothing. */
COCOMM_API void cocomm_decision_init(cocomm_decision *decision);
/** Set *result to COCOMM_DECISION_RESULT_INIT, ready for cocomm_decision_assess().
 *  @param[out] result the result to initialise; NULL does nothing. */
COCOMM_API void cocomm_decision_result_init(cocomm_decision_result *result);

/** Assess one decision of a committee (I-4, I-6, C-2, C-9, C-13 to C-17).
 *  Members who declared a conflict and are present withdraw (I-6). Who
 *  presides (C-15): the chair; if the chair is absent, withdrew or may not
 *  preside, the vice-chair; else the member the meeting chose
 *  (decision->chosen), who must be one of those marked
 *  COCOMM_ITEM_MAY_PRESIDE; with no choice made, result->presided is
 *  COCOMM_PRESIDED_TO_CHOOSE and the item cannot be decided yet. Whoever
 *  presides is a voting member present and not withdrawn, and a lay member
 *  for a delegated committee (or where the terms say so); a joint
 *  committee's non-lay presiding member is a C-8 warning. Every clause of
 *  the terms' quorum must hold among those who stay (C-13). For a
 *  delegated committee, lay and executive members must still be a
 *  majority of the voting members who stay: lost through withdrawals an
 *  error, lost already through absences a warning (I-6). A joint decision
 *  needs eligible voting members of NHS England and of a CCG (C-17, a
 *  warning). With votes, the tally follows the terms' majority basis
 *  (C-14); a tie may be broken by the presiding member's casting vote
 *  where the terms grant one, never by anyone else (C-16). A vote from a
 *  member not entitled is an error, and on a contract award a conflicted
 *  member's vote means the award is not carried (I-4). A greater
 *  involvement forum decides nothing (C-9). The committee itself is not
 *  re-assessed (see cocomm_committee_assess()). roles (may be NULL) gets
 *  member_count bytes: each member's enum cocomm_item_role flags.
 *  @param committee the committee; NULL is refused.
 *  @param decision the item, its arrays of member_count entries; NULL is
 *  refused.
 *  @param[out] result what the check concluded, written up to its
 *  struct_size; NULL is refused.
 *  @param[out] roles member_count bytes; may be NULL.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; for a committee refused, the status of
 *  cocomm_committee_check(); for a decision refused,
 *  COCOMM_ERR_INVALID_ARGUMENT (NULL, no present array, a field out of
 *  range), COCOMM_ERR_STRUCT_SIZE, COCOMM_ERR_OUT_OF_RANGE (not a date)
 *  or COCOMM_ERR_PARSE (item); COCOMM_ERR_INVALID_ARGUMENT or
 *  COCOMM_ERR_STRUCT_SIZE for a NULL result or one below
 *  COCOMM_DECISION_RESULT_SIZE_V1, or a findings or error struct
 *  refused. */
COCOMM_API int32_t cocomm_decision_assess(const cocomm_committee *committee,
                                         const cocomm_decision *decision,
                                         cocomm_decision_result *result, uint8_t *roles,
                                         cocomm_findings *findings, cocomm_error *error);

/** Write the register-of-procurement-decisions entry (I-3) for a checked
 *  decision as one CSV record (RFC 4180, CRLF-terminated): date, item,
 *  members who took part, conflicts declared and how each was managed,
 *  outcome. snprintf-style: *needed gets the length without the NUL. The
 *  result must be one the check could have made (can_decide and quorate 0
 *  or 1, outcome UNDECIDED unless can_decide, presiding -1 or a member's
 *  index), else COCOMM_ERR_INVALID_ARGUMENT.
 *  @param committee the committee; NULL is refused.
 *  @param decision the item, as given to cocomm_decision_assess(); NULL is
 *  refused.
 *  @param result what cocomm_decision_assess() concluded; NULL is refused.
 *  @param[out] buf cap bytes for the record and its NUL; may be NULL when
 *  cap is 0.
 *  @param cap bytes at buf.
 *  @param[out] needed the record's length without the NUL; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when cap is not more
 *  than the length (buf then holds "" if cap is not 0); a committee or
 *  decision refused as cocomm_decision_assess() refuses it;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL result, a result the check
 *  could not have made, or a NULL buf with a cap; COCOMM_ERR_STRUCT_SIZE
 *  for result->struct_size below COCOMM_DECISION_RESULT_SIZE_V1. */
COCOMM_API int32_t cocomm_decision_format_register(const cocomm_committee *committee,
                                         const cocomm_decision *decision,
                                         const cocomm_decision_result *result, char *buf,
                                         size_t cap, size_t *needed);

/** "carried", "defeated", ...; "unknown" otherwise.
 *  @param outcome an enum cocomm_outcome value.
 *  @return the outcome's name; "unknown" for a value that is no outcome.
 *  Never NULL. */
COCOMM_API const char *cocomm_outcome_name(int32_t outcome);
/** sizeof(cocomm_decision) as built, for bindings.
 *  @return sizeof(cocomm_decision) as the library was built. */
COCOMM_API uint32_t cocomm_decision_size(void);
/** sizeof(cocomm_decision_result) as built, for bindings.
 *  @return sizeof(cocomm_decision_result) as the library was built. */
COCOMM_API uint32_t cocomm_decision_result_size(void);

COCOMM_END_DECLS

#endif
