/* SPDX-License-Identifier: MIT */
/** @file roster.h
 *  @brief Committee membership lists from CSV, as governance teams export
 *  them from Excel (docs/csv.md).
 *
 *  The library does no I/O: the caller passes the bytes. Parsed members
 *  go into the caller's member array; their names and organisations are
 *  copied, NUL-terminated, into the caller's text buffer, and the members'
 *  name and body pointers point into it. Nothing is allocated, so nothing
 *  needs freeing beyond the caller's own buffers, which must outlive the
 *  members. */
#ifndef COCOMM_ROSTER_H
#define COCOMM_ROSTER_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/committee.h>
#include <cocomm/error.h>
#include <cocomm/findings.h>
#include <cocomm/terms.h>
#include <cocomm/status.h>

COCOMM_BEGIN_DECLS

/** Where parsed members go: the caller's member array and the text
 *  arena their names point into, with what was needed. Growable:
 *  initialise it with cocomm_roster_init() or COCOMM_ROSTER_INIT(). */
typedef struct cocomm_roster {
  uint32_t struct_size;   /**< sizeof(cocomm_roster) as the caller compiled it */
  uint32_t member_size;   /**< sizeof(cocomm_member) as the caller compiled it */
  uint32_t capacity;      /**< members the array holds; 0 to count only */
  uint32_t count;         /**< out: every member of the list, even past capacity */
  cocomm_member *members; /**< capacity elements; may be NULL when capacity is 0 */
  char *text;             /**< text_cap bytes for names and organisations; may be NULL when 0 */
  size_t text_cap;
  size_t text_needed;     /**< out: the bytes of text the members need */
  const cocomm_terms *terms; /**< the names of the tags a Tags column may use beyond the offices;
                                  may be NULL */
  cocomm_findings *findings; /**< out: a note (information) for each member whose voting value
                                  was missing and defaulted; may be NULL */
} cocomm_roster;

/** Smallest cocomm_roster struct_size accepted: the first layout. */
#define COCOMM_ROSTER_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_roster, findings)

/** Static initialiser over two arrays (not pointers):
 *  "cocomm_member m[64]; char t[4096]; cocomm_roster r = COCOMM_ROSTER_INIT(m, t);". */
#define COCOMM_ROSTER_INIT(members, text)                                                   \
  {(uint32_t)sizeof(cocomm_roster), (uint32_t)sizeof((members)[0]),                          \
   (uint32_t)(sizeof(members) / sizeof((members)[0])), 0, (members), (text), sizeof(text), 0, 0, 0}

/** Initialise *roster over members (capacity elements) and text (text_cap
 *  bytes); either may be NULL with a zero size, to count what is needed. */
COCOMM_API void cocomm_roster_init(cocomm_roster *roster, cocomm_member *members, uint32_t capacity,
                                   char *text, size_t text_cap);

/** Parse a membership list: RFC 4180 CSV (quoted fields with commas,
 *  doubled quotes and line breaks), CRLF or LF line ends, an optional UTF-8
 *  byte-order mark, a header row naming the columns in any order. Columns:
 *  name (required), category (required), voting, position, organisation,
 *  tags; others are ignored. An organisation of "NHS England" makes the
 *  member's body_kind COCOMM_BODY_NHS_ENGLAND. A tags cell lists offices
 *  (cocomm_office_parse()) or tags named by roster->terms, separated by
 *  ";" or ",". Values are read case-insensitively with blanks
 *  trimmed; docs/csv.md lists every spelling accepted. Blank rows are
 *  skipped. A line break inside a quoted name or organisation reads as
 *  one space (a name is one line); another control character there is an
 *  error. Lines are counted as CRLF, LF or a lone CR, inside quoted fields
 *  too. A missing voting value means "no" for Healthwatch and Health
 *  and Wellbeing Board members (C-3) and for LMC members (as published
 *  terms of reference make them, C-13), and "yes" for everyone else; each
 *  default applied is a note (information) in roster->findings.
 *
 *  At most 64 columns.
 *
 *  snprintf-style twice over: roster->count gets the number of members and
 *  roster->text_needed the bytes of text they need; the result is
 *  COCOMM_ERR_BUFFER_TOO_SMALL when either buffer is short (call again
 *  with bigger ones). flags is for future needs and must be 0. On a parse
 *  error (COCOMM_ERR_PARSE, or COCOMM_ERR_OUT_OF_RANGE for more than
 *  COCOMM_MEMBERS_MAX members) *error (may be NULL) gives the line, the
 *  column (for a row that stops short, the header's column that is
 *  missing), what is wrong and the offending text. */
COCOMM_API int32_t cocomm_roster_parse(const char *data, size_t len, uint32_t flags, cocomm_roster *roster,
                                       cocomm_error *error);

/** Read one voting value ("Y", "yes", "non-voting", ...) as the parser
 *  does; COCOMM_ERR_PARSE for an unknown spelling. */
COCOMM_API int32_t cocomm_roster_parse_yes_no(const char *text, size_t len, int32_t *yes);

/** sizeof(cocomm_roster) as built. */
COCOMM_API uint32_t cocomm_roster_size(void);

COCOMM_END_DECLS

#endif
