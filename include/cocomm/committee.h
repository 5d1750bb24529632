/* SPDX-License-Identifier: MIT */
/** @file committee.h
 *  @brief Committees and their members; membership validation (rules C-1
 *  to C-13).
 *
 *  Members and committees are growable structs: initialise them with
 *  cocomm_member_init() and cocomm_committee_init(), and pass the member
 *  array with its element size (sizeof(cocomm_member) as you compiled it).
 *  Names are the caller's UTF-8 strings; the library never keeps a pointer
 *  after a call returns and never allocates. */
#ifndef COCOMM_COMMITTEE_H
#define COCOMM_COMMITTEE_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/date.h>
#include <cocomm/export.h>
#include <cocomm/error.h>
#include <cocomm/findings.h>
#include <cocomm/status.h>
#include <cocomm/terms.h>

COCOMM_BEGIN_DECLS

/** Member categories. Categorise by the interest that matters for
 *  conflicts of interest: a practising GP is clinical even in an executive
 *  post; a voting NHS England officer counts with the executives for C-2. */
enum cocomm_category {
  COCOMM_CATEGORY_LAY = 1,
  COCOMM_CATEGORY_EXECUTIVE = 2,
  COCOMM_CATEGORY_CLINICAL = 3,    /**< GP or other clinician member */
  COCOMM_CATEGORY_NHS_ENGLAND = 4,
  COCOMM_CATEGORY_HEALTHWATCH = 5, /**< local Healthwatch representative: observer (C-3) */
  COCOMM_CATEGORY_HWB = 6,         /**< local authority member of the Health and Wellbeing Board: observer (C-3) */
  COCOMM_CATEGORY_LMC = 7,         /**< Local Medical Committee */
  COCOMM_CATEGORY_OTHER = 8
};

/** Office a member holds on the committee. */
enum cocomm_position {
  COCOMM_POSITION_NONE = 0,
  COCOMM_POSITION_CHAIR = 1,
  COCOMM_POSITION_VICE_CHAIR = 2
};

/** Kinds of committee. */
enum cocomm_committee_kind {
  COCOMM_COMMITTEE_DELEGATED = 1,  /**< a CCG's primary care commissioning committee (M-5) */
  COCOMM_COMMITTEE_JOINT = 2,      /**< joint committee of NHS England and one or more CCGs (M-4, C-7) */
  COCOMM_COMMITTEE_IN_COMMON = 3,  /**< one body's committee in common (C-11) */
  COCOMM_COMMITTEE_GREATER_INVOLVEMENT = 4 /**< a greater-involvement forum: no committee needed (C-9) */
};

/** The body a member belongs to (C-7, C-17, and quorum clauses that
 *  count members of each body). */
enum cocomm_body {
  COCOMM_BODY_UNSTATED = 0,   /**< not said: an NHS England member belongs to NHS England; a lay,
                                   executive or clinical member to the committee's CCG when it
                                   serves one; anyone else to neither */
  COCOMM_BODY_NHS_ENGLAND = 1,
  COCOMM_BODY_CCG = 2,        /**< the CCG whose index in the committee's ccg_codes is body_ccg */
  COCOMM_BODY_OTHER = 3       /**< neither (a local authority, Healthwatch, the LMC) */
};

/** Longest name or body, in bytes, NUL excluded. */
#define COCOMM_NAME_MAX 255u
/** Most members a committee may list. */
#define COCOMM_MEMBERS_MAX 1024u

/** A committee member. */
typedef struct cocomm_member {
  uint32_t struct_size; /**< set by cocomm_member_init() */
  int32_t category;     /**< enum cocomm_category */
  int32_t voting;       /**< 1 voting, 0 not */
  int32_t position;     /**< enum cocomm_position */
  const char *name;     /**< UTF-8 with no control character but HT, NUL-terminated within
                             COCOMM_NAME_MAX bytes (no byte past index COCOMM_NAME_MAX is
                             read); required */
  const char *body;     /**< body represented ("NHS Blackpool CCG", "NHS England"), as name;
                             may be NULL; for printing only (body_kind decides) */
  int32_t body_kind;    /**< enum cocomm_body */
  int32_t body_ccg;     /**< with COCOMM_BODY_CCG: index into the committee's ccg_codes; else 0 */
  uint32_t tags;        /**< COCOMM_TAG_BIT() of each office held (enum cocomm_office) and
                             of each tag the committee's terms name */
  uint32_t reserved0;   /**< 0 */
} cocomm_member;

/** Static initialiser: the same values as cocomm_member_init(), for
 *  "cocomm_member x = COCOMM_MEMBER_INIT;". */
#define COCOMM_MEMBER_INIT {(uint32_t)sizeof(cocomm_member), COCOMM_CATEGORY_OTHER, 1, COCOMM_POSITION_NONE, 0, 0, COCOMM_BODY_UNSTATED, 0, 0, 0}

/** Smallest member element size accepted: the first layout. */
#define COCOMM_MEMBER_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_member, reserved0)

/** A committee. */
typedef struct cocomm_committee {
  uint32_t struct_size;         /**< set by cocomm_committee_init() */
  int32_t kind;                 /**< enum cocomm_committee_kind */
  const char *name;             /**< may be NULL */
  const cocomm_member *members; /**< member_count elements of member_size bytes */
  uint32_t member_count;        /**< how many members */
  uint32_t member_size;         /**< sizeof(cocomm_member) as the caller compiled it */
  const char *const *ccg_codes; /**< ODS codes of the CCGs it serves; may be NULL when ccg_count is 0 */
  const cocomm_terms *terms;    /**< its terms of reference: quorum, majority, casting vote, who
                                     presides (C-13 to C-16); NULL: cocomm_terms_init()'s */
  uint32_t ccg_count;           /**< elements of ccg_codes */
  uint32_t reserved0;           /**< 0 */
  /* since 2.1 (COCOMM_COMMITTEE_SIZE_V2) */
  cocomm_date as_at;            /**< the date the committee is checked as at (its meeting's); zero:
                                     no date, the default edition's rules. On or after 2022-07-01,
                                     when CCGs were abolished, the check says so (M-1) */
  uint32_t reserved1;           /**< 0 */
} cocomm_committee;

/** Static initialiser: the same values as cocomm_committee_init(), for
 *  "cocomm_committee x = COCOMM_COMMITTEE_INIT;". */
#define COCOMM_COMMITTEE_INIT {(uint32_t)sizeof(cocomm_committee), COCOMM_COMMITTEE_DELEGATED, 0, 0, 0, (uint32_t)sizeof(cocomm_member), 0, 0, 0, 0, {0, 0, 0}, 0}

/** Smallest committee struct_size accepted: the first layout. */
#define COCOMM_COMMITTEE_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_committee, reserved0)
/** cocomm_committee struct_size from which as_at is read (2.1). */
#define COCOMM_COMMITTEE_SIZE_V2 COCOMM_SIZE_THROUGH(cocomm_committee, reserved1)

/** Zero *member, set struct_size, category other, voting.
 *  @param[out] member the member to initialise; NULL does nothing. */
COCOMM_API void cocomm_member_init(cocomm_member *member);
/** Zero *committee, set struct_size, member_size and kind delegated.
 *  @param[out] committee the committee to initialise; NULL does nothing. */
COCOMM_API void cocomm_committee_init(cocomm_committee *committee);

/** Check a committee's structure and every member's fields: sizes,
 *  enumerations, names (valid UTF-8 with no control character but HT,
 *  terminated within COCOMM_NAME_MAX),
 *  body_kind, body_ccg within ccg_count, tags (a named tag only where the
 *  terms name it), the terms (cocomm_terms_check()). COCOMM_OK or the status that validation would return;
 *  *error (may be NULL) says which member and field, and what is wrong.
 *  @param committee the committee to check; NULL is refused.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK, or the first refusal: COCOMM_ERR_INVALID_ARGUMENT (a
 *  NULL committee, a field out of range), COCOMM_ERR_STRUCT_SIZE (a
 *  struct_size or member_size below its first layout, *error's included),
 *  COCOMM_ERR_OUT_OF_RANGE (more than COCOMM_MEMBERS_MAX members or CCGs,
 *  more than COCOMM_CLAUSES_MAX clauses) or COCOMM_ERR_PARSE (a name, body,
 *  ODS code or tag name that is not valid text). */
COCOMM_API int32_t cocomm_committee_check(const cocomm_committee *committee, cocomm_error *error);

/** Validate a committee's membership against C-1..C-13 according to its
 *  kind, writing findings into *findings (may be NULL) as findings.h
 *  describes: all at once, in a
 *  stable order, no allocation. Time is O(n log n) in the number of
 *  members whatever their names: members listed twice (C-10) are found by
 *  sorting, not by a hash table that crafted names could defeat.
 *  Bad input (see cocomm_committee_check()) returns its status and writes
 *  no finding.
 *  @param committee the committee to validate; NULL is refused.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; a refusal as cocomm_committee_check() returns it; or
 *  COCOMM_ERR_STRUCT_SIZE or COCOMM_ERR_INVALID_ARGUMENT for a findings
 *  struct refused (struct_size, elem_size, a capacity without items). */
COCOMM_API int32_t cocomm_committee_assess(const cocomm_committee *committee, cocomm_findings *findings,
                                             cocomm_error *error);

/** Many committees as columns (2.1), for cocomm_committee_assess_columns():
 *  one array a field instead of one struct a member, which a binding
 *  fills with a few bulk copies. Committee k's members are those from
 *  member_offsets[k] to member_offsets[k + 1] - 1; member i's name is the
 *  UTF-8 text at names + name_offsets[i], NUL-terminated at
 *  name_offsets[i + 1] - 1 (so names are stored one after another, each
 *  with its NUL). Everything is the caller's; nothing is kept. */
typedef struct cocomm_columns {
  uint32_t struct_size;            /**< set by cocomm_columns_init() */
  uint32_t committee_count;        /**< committees */
  uint32_t member_count;           /**< members of every committee together */
  uint32_t names_size;             /**< bytes of names, every NUL included */
  const uint8_t *kinds;            /**< committee_count: enum cocomm_committee_kind */
  const uint32_t *member_offsets;  /**< committee_count + 1: first 0, last member_count, none
                                        decreasing, at most COCOMM_MEMBERS_MAX a committee */
  const uint8_t *categories;       /**< member_count: enum cocomm_category */
  const uint8_t *voting;           /**< member_count: 1 voting, 0 not */
  const uint8_t *positions;        /**< member_count: enum cocomm_position */
  const uint8_t *body_kinds;       /**< member_count: enum cocomm_body but COCOMM_BODY_CCG (columns
                                        name no CCGs); NULL: every one unstated */
  const uint32_t *tags;            /**< member_count: as cocomm_member.tags; NULL: none */
  const char *names;               /**< names_size bytes */
  const uint32_t *name_offsets;    /**< member_count + 1: first 0, last names_size, each name
                                        at least its NUL; NULL: the names lie one after another,
                                        member_count NUL-terminated texts filling names_size */
  const cocomm_terms *terms;       /**< every committee's terms of reference; NULL:
                                        cocomm_terms_init()'s */
} cocomm_columns;

/** Static initialiser: the same values as cocomm_columns_init(). */
#define COCOMM_COLUMNS_INIT {(uint32_t)sizeof(cocomm_columns), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Smallest columns struct_size accepted: the first layout. */
#define COCOMM_COLUMNS_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_columns, terms)

/** Zero *columns and set struct_size (2.1).
 *  @param[out] columns the columns to initialise; NULL does nothing. */
COCOMM_API void cocomm_columns_init(cocomm_columns *columns);

/** Validate many committees given as columns (2.1), each once, exactly as
 *  cocomm_committee_assess() validates it, the findings of all of them
 *  into the one *findings array (may be NULL), committee after committee;
 *  a finding's subject and values are indices within its committee.
 *  offsets (may be NULL) gets committee_count + 1 entries: committee k's
 *  findings are those from offsets[k] to offsets[k + 1] - 1 (counted even
 *  past the capacity, as count is). No allocation; uses about 100 KB of
 *  stack.
 *
 *  Columns that are not well-formed (NULL arrays that are counted, member
 *  or name offsets that do not start at 0, decrease, or do not end at the
 *  counts, a committee of more than COCOMM_MEMBERS_MAX, a name not
 *  NUL-terminated where its offsets say, terms refused) return their
 *  status with nothing written; *error says which field, and index the
 *  committee (member_offsets, kinds) or member (name_offsets).
 *  A committee whose own input is refused (a kind, category, voting,
 *  position, body or tag out of range; a name not UTF-8 of at most
 *  COCOMM_NAME_MAX bytes, or with a control character): with statuses
 *  NULL, the call stops there and returns its status, *error saying the
 *  field and index: the committee's for its kind, else the member's index
 *  in the columns; with statuses (committee_count entries), statuses[k]
 *  gets each committee's status (COCOMM_OK or the refusal), a refused
 *  committee gets no findings and the others are validated: call again on
 *  that committee alone, without statuses, to learn why. Otherwise
 *  COCOMM_OK, or COCOMM_ERR_BUFFER_TOO_SMALL when some findings did not
 *  fit (count says how many there are).
 *  @param columns the committees as columns; NULL is refused.
 *  @param[in,out] findings the caller's findings array, for every
 *  committee; may be NULL.
 *  @param[out] offsets committee_count + 1 entries; may be NULL.
 *  @param[out] statuses committee_count entries, each committee's status;
 *  may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; COCOMM_ERR_INVALID_ARGUMENT, COCOMM_ERR_STRUCT_SIZE,
 *  COCOMM_ERR_OUT_OF_RANGE or COCOMM_ERR_PARSE for columns, terms or a
 *  findings struct refused, or (statuses NULL) a committee refused. */
COCOMM_API int32_t cocomm_committee_assess_columns(const cocomm_columns *columns, cocomm_findings *findings,
                                                   uint32_t *offsets, int32_t *statuses, cocomm_error *error);

/** A category's name for printing: "lay", "executive", "NHS England", ...; "unknown" otherwise.
 *  @param category an enum cocomm_category value.
 *  @return the category's name; "unknown" for a value that is no category.
 *  Never NULL. */
COCOMM_API const char *cocomm_category_name(int32_t category);
/** A position's name for printing: "member", "chair", "vice-chair"; "unknown" otherwise.
 *  @param position an enum cocomm_position value.
 *  @return the position's name; "unknown" for a value that is no
 *  position. Never NULL. */
COCOMM_API const char *cocomm_position_name(int32_t position);
/** A committee kind's name for printing: "delegated", "joint", ...; "unknown" otherwise.
 *  @param kind an enum cocomm_committee_kind value.
 *  @return the kind's name; "unknown" for a value that is no kind. Never
 *  NULL. */
COCOMM_API const char *cocomm_committee_kind_name(int32_t kind);
/** A category from the member types a committee list uses ("Lay member",
 *  "GP", "Health & Wellbeing Board", ...): the library's one table of
 *  spellings (cocomm_roster_spelling_at(), docs/csv.md), matched as the
 *  roster parser matches a cell (case, blanks and punctuation ignored).
 *  Only the spellings that name no office: "Accountable Officer" is an
 *  office (cocomm_office_parse()), which a list reads as an executive
 *  holding it. COCOMM_ERR_PARSE for any other text.
 *  @param text the text; NULL is refused.
 *  @param len its length in bytes, or COCOMM_NTS if NUL-terminated.
 *  @param[out] category the enum cocomm_category read; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_PARSE for an unknown spelling;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL text or category. */
COCOMM_API int32_t cocomm_category_parse(const char *text, size_t len, int32_t *category);
/** A position from a committee list's spellings ("Chair", "Vice Chair",
 *  "Deputy chairman", ...: the same table and matching as the roster
 *  parser's); blanks alone are no position (COCOMM_POSITION_NONE);
 *  COCOMM_ERR_PARSE for an unknown spelling.
 *  @param text the text; NULL is refused.
 *  @param len its length in bytes, or COCOMM_NTS if NUL-terminated.
 *  @param[out] position the enum cocomm_position read; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_PARSE for an unknown spelling;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL text or position. */
COCOMM_API int32_t cocomm_position_parse(const char *text, size_t len, int32_t *position);
/** A committee kind from its name: "delegated", "joint", "in-common" or
 *  "committee in common", "greater-involvement" or "greater involvement"
 *  (case-insensitive, blanks trimmed); COCOMM_ERR_PARSE otherwise.
 *  @param text the text; NULL is refused.
 *  @param len its length in bytes, or COCOMM_NTS if NUL-terminated.
 *  @param[out] kind the enum cocomm_committee_kind read; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_PARSE for an unknown name;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL text or kind. */
COCOMM_API int32_t cocomm_committee_kind_parse(const char *text, size_t len, int32_t *kind);

/** sizeof as built, for bindings.
 *  @return sizeof(cocomm_member) as the library was built. */
COCOMM_API uint32_t cocomm_member_size(void);
/** sizeof(cocomm_committee) as built, for bindings.
 *  @return sizeof(cocomm_committee) as the library was built. */
COCOMM_API uint32_t cocomm_committee_size(void);
/** sizeof(cocomm_columns) as built (2.1).
 *  @return sizeof(cocomm_columns) as the library was built. */
COCOMM_API uint32_t cocomm_columns_size(void);

COCOMM_END_DECLS

#endif
