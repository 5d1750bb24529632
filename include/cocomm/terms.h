/* SPDX-License-Identifier: MIT */
/** @file terms.h
 *  @brief A committee's terms of reference (C-13 to C-16): the quorum and
 *  the membership it requires, written as clauses over sets of members;
 *  the basis of the majority; the casting vote; who may preside. Parsed
 *  from a small text format (docs/terms.md) or filled in by hand.
 *
 *  002 sets no quorum: each committee's terms of reference set it, in
 *  forms such as "at least 3 members, including a lay member and one of
 *  the chief officer or the chief finance officer". A clause says "at
 *  least min of this set of members"; a quorum is met when every clause
 *  is. A set is members of some categories, or holding some offices (tags),
 *  narrowed by position, by voting and by body. */
#ifndef COCOMM_TERMS_H
#define COCOMM_TERMS_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/error.h>
#include <cocomm/status.h>

COCOMM_BEGIN_DECLS

/** Offices that terms of reference name, as tag numbers: a member who
 *  holds one has bit (1u << office) in its tags. Tags
 *  COCOMM_TAG_FIRST_NAMED to 31 are named by the terms themselves
 *  (cocomm_terms.tag_names). Values are fixed forever and never reused. */
enum cocomm_office {
  COCOMM_OFFICE_CHIEF_OFFICER = 0,            /**< the CCG's chief officer (accountable officer) */
  COCOMM_OFFICE_CHIEF_FINANCE_OFFICER = 1,
  COCOMM_OFFICE_DIRECTOR_OF_COMMISSIONING = 2, /**< or chief of service delivery */
  COCOMM_OFFICE_DIRECTOR_OF_NURSING = 3,      /**< chief nurse, director of nursing and quality */
  COCOMM_OFFICE_REGISTERED_NURSE = 4,         /**< the governing body's registered nurse */
  COCOMM_OFFICE_SECONDARY_CARE_DOCTOR = 5,    /**< the governing body's secondary care consultant */
  COCOMM_OFFICE_GP = 6,                       /**< a practising GP */
  COCOMM_OFFICE_LAY_MEMBER_GOVERNANCE = 7,    /**< lay member for governance (audit chair) */
  COCOMM_OFFICE_LAY_MEMBER_PPI = 8,           /**< lay member for patient and public involvement */
  COCOMM_OFFICE_LAY_PERSON = 9,               /**< a lay person who is not a governing body member */
  COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR = 10,    /**< NHS England's area or regional director */
  COCOMM_OFFICE_DIRECTOR_OF_PUBLIC_HEALTH = 11,
  COCOMM_OFFICE_PRACTICE_MANAGER = 12
};

/** Offices the library knows: tags 0 to COCOMM_OFFICES_KNOWN - 1 (13 to 15 are kept for later). */
#define COCOMM_OFFICES_KNOWN 13u
/** First tag that the terms of reference name themselves. */
#define COCOMM_TAG_FIRST_NAMED 16u
/** Tags a member can hold: bits 0 to 31 of cocomm_member.tags. */
#define COCOMM_TAGS_MAX 32u
/** Bytes of a named tag, NUL included. */
#define COCOMM_TAG_NAME_SIZE 48u
/** Clauses in a quorum, and in a membership requirement. */
#define COCOMM_CLAUSES_MAX 16u

/** The bit of a category in cocomm_clause.categories.
 *  @param category an enum cocomm_category value. */
#define COCOMM_CATEGORY_BIT(category) (1u << (category))
/** The bit of a position in cocomm_clause.positions.
 *  @param position an enum cocomm_position value. */
#define COCOMM_POSITION_BIT(position) (1u << (position))
/** The bit of a tag (an office or a named tag) in cocomm_member.tags and cocomm_clause.tags.
 *  @param tag an enum cocomm_office value, or a named tag's number
 *  (COCOMM_TAG_FIRST_NAMED to 31). */
#define COCOMM_TAG_BIT(tag) (1u << (tag))
/** cocomm_clause.min: every member of the set must attend ("the chief officers"). */
#define COCOMM_CLAUSE_ALL (-1)

/** Which members a clause counts, by their vote (C-3: whether non-voting
 *  attendees count towards a quorum is for the terms). */
enum cocomm_count {
  COCOMM_COUNT_VOTING = 0,     /**< voting members only (the default) */
  COCOMM_COUNT_NON_VOTING = 1, /**< non-voting members and attendees only */
  COCOMM_COUNT_ANY = 2         /**< both */
};

/** Which body a clause's members belong to (cocomm_member.body_kind). */
enum cocomm_clause_body {
  COCOMM_CLAUSE_ANY_BODY = 0,
  COCOMM_CLAUSE_NHS_ENGLAND = 1, /**< members of NHS England */
  COCOMM_CLAUSE_CCG = 2,         /**< members of any CCG party to the committee */
  COCOMM_CLAUSE_EACH_BODY = 3    /**< min members of NHS England and min of each CCG party to the committee */
};

/** "At least min members of a set." The set is the members whose category
 *  is in categories or who hold a tag in tags (both 0: every member),
 *  holding one of positions (0: any position), counted as voting says,
 *  and belonging to body. At a meeting only members present and not
 *  withdrawn for a conflict count. Fixed layout. */
typedef struct cocomm_clause {
  int32_t min;         /**< 0..1024, or COCOMM_CLAUSE_ALL */
  uint32_t categories; /**< COCOMM_CATEGORY_BIT() of each category in the set */
  uint32_t tags;       /**< COCOMM_TAG_BIT() of each office or named tag in the set */
  uint32_t positions;  /**< COCOMM_POSITION_BIT() of each position allowed; 0: any */
  int32_t voting;      /**< enum cocomm_count */
  int32_t body;        /**< enum cocomm_clause_body */
} cocomm_clause;

/** The basis of a simple majority (C-14). */
enum cocomm_majority {
  COCOMM_MAJORITY_VOTES_CAST = 0,          /**< more for than against; abstentions do not count (default) */
  COCOMM_MAJORITY_PRESENT_AND_ENTITLED = 1 /**< more for than half of the voting members present and entitled to vote */
};

/** Who may preside over an item when neither the chair nor the vice-chair
 *  can, and whom the meeting may choose (C-15). */
enum cocomm_preside {
  COCOMM_PRESIDE_BY_KIND = 0, /**< as C-15 says for the kind: a lay member of a delegated committee;
                                   any voting member of a joint one (a non-lay one is a C-8 warning) */
  COCOMM_PRESIDE_LAY = 1,     /**< a lay member, whatever the kind */
  COCOMM_PRESIDE_ANY = 2      /**< any voting member present and eligible (still C-1 for a delegated committee) */
};

/** A committee's terms of reference. Growable: initialise with
 *  cocomm_terms_init() or COCOMM_TERMS_INIT. All of it is plain data, so
 *  one cocomm_terms may serve many committees and many threads. */
typedef struct cocomm_terms {
  uint32_t struct_size;        /**< set by cocomm_terms_init() */
  int32_t majority;            /**< enum cocomm_majority */
  int32_t casting_vote;        /**< 1: whoever presides has a casting vote on a tie (C-16) */
  int32_t presiding;           /**< enum cocomm_preside */
  uint32_t quorum_count;       /**< clauses used in quorum; 0: the terms set no quorum */
  uint32_t membership_count;   /**< clauses used in membership */
  cocomm_clause quorum[COCOMM_CLAUSES_MAX];     /**< every clause must hold at a meeting */
  cocomm_clause membership[COCOMM_CLAUSES_MAX]; /**< every clause must hold over the whole list */
  char tag_names[COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED][COCOMM_TAG_NAME_SIZE];
  /**< the name of tag COCOMM_TAG_FIRST_NAMED + i, UTF-8, NUL-terminated; "" when unused */
} cocomm_terms;

/** Smallest cocomm_terms struct_size accepted: the first layout. */
#define COCOMM_TERMS_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_terms, tag_names)

/** Static initialiser: the same values as cocomm_terms_init(): votes
 *  cast, no casting vote, presiding by kind, no quorum, no membership
 *  clause. */
#define COCOMM_TERMS_INIT {(uint32_t)sizeof(cocomm_terms), COCOMM_MAJORITY_VOTES_CAST, 0, COCOMM_PRESIDE_BY_KIND, 0, 0, {{0, 0, 0, 0, 0, 0}}, {{0, 0, 0, 0, 0, 0}}, {""}}

/** Set *terms to COCOMM_TERMS_INIT: votes cast, no casting vote, presiding
 *  by kind, no quorum and no membership clause, no named tag.
 *  @param[out] terms the terms to initialise; NULL does nothing. */
COCOMM_API void cocomm_terms_init(cocomm_terms *terms);

/** COCOMM_OK if terms are well-formed: struct_size, enumerations, counts
 *  within COCOMM_CLAUSES_MAX, each used clause's min (0..1024 or
 *  COCOMM_CLAUSE_ALL), categories, positions and tags known (a named tag
 *  needs its name), and every tag name valid UTF-8, NUL-terminated, with no
 *  control character but HT. *error (may be NULL) names the clause (index: quorum
 *  clauses 0.., membership clauses 100..) and the field.
 *  @param terms the terms to check; NULL is refused.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT (NULL terms, a field out
 *  of range); COCOMM_ERR_STRUCT_SIZE (struct_size below
 *  COCOMM_TERMS_SIZE_V1, or *error's below its first layout);
 *  COCOMM_ERR_OUT_OF_RANGE (a count above COCOMM_CLAUSES_MAX);
 *  COCOMM_ERR_PARSE (a tag name that is not valid text). */
COCOMM_API int32_t cocomm_terms_check(const cocomm_terms *terms, cocomm_error *error);

/** Parse terms of reference written in the text format of docs/terms.md:
 *  UTF-8 (a byte-order mark allowed), lines ending CRLF, LF or CR, '#'
 *  comments, one "key: value" statement a line (majority, casting vote,
 *  presiding, tag, quorum, membership). flags is for future needs and must
 *  be 0. terms->struct_size must be set (cocomm_terms_init(), or
 *  sizeof(cocomm_terms)) and at least COCOMM_TERMS_SIZE_V1: on success
 *  *terms is cocomm_terms_init()'s values with what the text says, written
 *  up to that struct_size (kept as it was), and passes
 *  cocomm_terms_check(). On a refusal *terms is left as it was and *error
 *  (may be NULL) gives, with field COCOMM_FIELD_TEXT, the 1-based line and
 *  column (in characters, the byte-order mark not counted) where the
 *  problem starts, what was expected and the offending text:
 *  COCOMM_ERR_PARSE for text that is not the format (NUL bytes, invalid
 *  UTF-8 and control characters but HT included), COCOMM_ERR_OUT_OF_RANGE
 *  for more than COCOMM_CLAUSES_MAX quorum or membership clauses, more
 *  than 16 tags, or a number above 1024. Time linear in len; no byte past
 *  data + len is read; no I/O, no allocation.
 *  @param data the text; NULL is refused.
 *  @param len bytes at data.
 *  @param flags 0.
 *  @param[out] terms where the terms go, its struct_size set; NULL is
 *  refused.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_PARSE or COCOMM_ERR_OUT_OF_RANGE for the
 *  text as above; COCOMM_ERR_INVALID_ARGUMENT for a NULL data or terms, or
 *  flags not 0; COCOMM_ERR_STRUCT_SIZE for terms->struct_size below
 *  COCOMM_TERMS_SIZE_V1, or *error's below its first layout. */
COCOMM_API int32_t cocomm_terms_parse(const char *data, size_t len, uint32_t flags, cocomm_terms *terms,
                                      cocomm_error *error);

/** Write terms in the text format, snprintf-style: the canonical text,
 *  one statement a line ending LF, no comment: majority, casting vote,
 *  presiding, each named tag in order, each quorum clause, each membership
 *  clause (clauses written as findings describe them). *needed (may be
 *  NULL) gets the length without the NUL; COCOMM_ERR_BUFFER_TOO_SMALL when
 *  cap is not more than that. cocomm_terms_parse() reads the text back to
 *  the same terms. Terms that fail cocomm_terms_check() get its status;
 *  COCOMM_ERR_INVALID_ARGUMENT for terms the format cannot say: a named
 *  tag after an unnamed one, or a tag name that is not as the parser
 *  stores one (blanks at an end, a run of blanks, a HT, ',', ';', ':',
 *  '#', the word "of", "or", "as" or "from", an office's or a category's
 *  spelling, or the name of an earlier tag).
 *  @param terms the terms to write; NULL is refused.
 *  @param[out] buf cap bytes for the text and its NUL; may be NULL when
 *  cap is 0.
 *  @param cap bytes at buf.
 *  @param[out] needed the text's length without the NUL; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when cap is not more
 *  than the length (buf then holds "" if cap is not 0); the status of
 *  cocomm_terms_check() for terms it refuses; COCOMM_ERR_INVALID_ARGUMENT
 *  for terms the format cannot say, or a NULL buf with a cap. */
COCOMM_API int32_t cocomm_terms_format(const cocomm_terms *terms, char *buf, size_t cap, size_t *needed);

/** The name of a tag: an office's ("chief officer"), or a named tag's from
 *  terms (may be NULL for offices only); "unknown" otherwise. Never NULL.
 *  @param terms the terms that name tags COCOMM_TAG_FIRST_NAMED to 31;
 *  may be NULL.
 *  @param tag an enum cocomm_office value, or a named tag's number.
 *  @return the office's name, or the named tag's (a pointer into
 *  terms->tag_names); "unknown" for a tag that is no office and has no
 *  valid name in terms. */
COCOMM_API const char *cocomm_terms_tag_name(const cocomm_terms *terms, int32_t tag);
/** An office's name ("chief finance officer", ...); "unknown" otherwise.
 *  @param office an enum cocomm_office value.
 *  @return the office's name; "unknown" for a value that is no office
 *  (0 to COCOMM_OFFICES_KNOWN - 1). Never NULL. */
COCOMM_API const char *cocomm_office_name(int32_t office);
/** An office from its spellings ("Chief Officer", "accountable officer",
 *  "CFO", "practising GP", ...): the member types of the library's one
 *  table of spellings that give an office (docs/csv.md), matched as the
 *  roster parser matches a cell (case, blanks and punctuation ignored).
 *  "GP" alone is a category, not an office: COCOMM_ERR_PARSE, as for any
 *  other text.
 *  @param text the text; NULL is refused.
 *  @param len its length in bytes, or COCOMM_NTS if NUL-terminated.
 *  @param[out] office the enum cocomm_office read; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_PARSE for an unknown spelling;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL text or office. */
COCOMM_API int32_t cocomm_office_parse(const char *text, size_t len, int32_t *office);
/** "votes cast", "present and entitled"; "unknown" otherwise.
 *  @param majority an enum cocomm_majority value.
 *  @return the basis's name; "unknown" for a value that is no basis.
 *  Never NULL. */
COCOMM_API const char *cocomm_majority_name(int32_t majority);
/** "by kind", "lay", "any"; "unknown" otherwise.
 *  @param presiding an enum cocomm_preside value.
 *  @return the rule's name; "unknown" for a value that is no presiding
 *  rule. Never NULL. */
COCOMM_API const char *cocomm_preside_name(int32_t presiding);
/** sizeof as built, for bindings.
 *  @return sizeof(cocomm_clause) as the library was built. */
COCOMM_API uint32_t cocomm_clause_size(void);
/** sizeof(cocomm_terms) as built, for bindings.
 *  @return sizeof(cocomm_terms) as the library was built. */
COCOMM_API uint32_t cocomm_terms_size(void);

COCOMM_END_DECLS

#endif
