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
#include <cocomm/status.h>

COCOMM_BEGIN_DECLS

/** Where and why parsing failed. Growable; initialise with
 *  cocomm_roster_error_init(). */
typedef struct cocomm_roster_error {
  uint32_t struct_size;
  uint32_t line;        /**< 1-based line of the input (a quoted field may span lines) */
  uint32_t column;      /**< 1-based column (field number); for a row that stops short,
                             the header's column that is missing */
  int32_t status;       /**< the status returned */
  const char *message;  /**< what is wrong, static; NULL until an error is reported */
  char text[64];        /**< the offending text, NUL-terminated, cut on a character
                             boundary; always valid UTF-8: invalid bytes and control
                             characters (but HT) read as U+FFFD */
} cocomm_roster_error;

/** Static initialiser: the same values as cocomm_roster_error_init(), for
 *  "cocomm_roster_error x = COCOMM_ROSTER_ERROR_INIT;". */
#define COCOMM_ROSTER_ERROR_INIT {(uint32_t)sizeof(cocomm_roster_error), 0, 0, 0, 0, ""}

#define COCOMM_ROSTER_ERROR_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_roster_error, text)

COCOMM_API void cocomm_roster_error_init(cocomm_roster_error *error);

/** Parse a membership list: RFC 4180 CSV (quoted fields with commas,
 *  doubled quotes and line breaks), CRLF or LF line ends, an optional UTF-8
 *  byte-order mark, a header row naming the columns in any order. Columns:
 *  name (required), category (required), voting, position, organisation;
 *  others are ignored. Values are read case-insensitively with blanks
 *  trimmed; docs/csv.md lists every spelling accepted. Blank rows are
 *  skipped. A line break inside a quoted name or organisation reads as
 *  one space (a name is one line); another control character there is an
 *  error. Lines are counted as CRLF, LF or a lone CR, inside quoted fields
 *  too. A missing voting value means "no" for Healthwatch and Health
 *  and Wellbeing Board members (C-3) and "yes" for everyone else.
 *
 *  snprintf-style twice over: *count gets the number of members and
 *  *text_needed the bytes of text they need; COCOMM_ERR_BUFFER_TOO_SMALL
 *  when either buffer is short (call again with bigger ones). members may
 *  be NULL when capacity is 0, text when text_cap is 0. On a parse error
 *  (COCOMM_ERR_PARSE, or COCOMM_ERR_OUT_OF_RANGE for more than
 *  COCOMM_MEMBERS_MAX members) *error (may be NULL) says where. */
COCOMM_API int32_t cocomm_roster_parse(const char *data, size_t len, cocomm_member *members,
                                       uint32_t member_size, uint32_t capacity, uint32_t *count,
                                       char *text, size_t text_cap, size_t *text_needed,
                                       cocomm_roster_error *error);

/** Read one category, position or yes/no value as the parser does;
 *  COCOMM_ERR_PARSE for an unknown spelling. */
COCOMM_API int32_t cocomm_category_parse(const char *text, size_t len, int32_t *category);
COCOMM_API int32_t cocomm_position_parse(const char *text, size_t len, int32_t *position);
COCOMM_API int32_t cocomm_yes_no_parse(const char *text, size_t len, int32_t *yes);

COCOMM_API uint32_t cocomm_roster_error_size(void);

COCOMM_END_DECLS

#endif
