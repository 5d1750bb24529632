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

/** The text encoding a list was read in (cocomm_roster.encoding). Values
 *  are fixed forever and never reused. */
enum cocomm_encoding {
  COCOMM_ENCODING_UTF8 = 1,         /**< UTF-8 without a byte-order mark */
  COCOMM_ENCODING_UTF8_BOM = 2,     /**< UTF-8 after a byte-order mark (Excel's "CSV UTF-8") */
  COCOMM_ENCODING_UTF16LE = 3,      /**< UTF-16 little-endian after its byte-order mark (Excel's
                                         "Unicode Text") */
  COCOMM_ENCODING_UTF16BE = 4,      /**< UTF-16 big-endian after its byte-order mark */
  COCOMM_ENCODING_WINDOWS_1252 = 5  /**< bytes that are not UTF-8, read as Windows-1252 (Excel's
                                         "CSV (Comma delimited)" on a UK PC) */
};

/** What a column of the list is read as (cocomm_roster.column_kind, and
 *  cocomm_spelling.column). Values are fixed forever and never reused. */
enum cocomm_column {
  COCOMM_COLUMN_UNUSED = 0,       /**< a column the library does not read (reported) */
  COCOMM_COLUMN_NAME = 1,
  COCOMM_COLUMN_CATEGORY = 2,     /**< the member type, or an office that implies one */
  COCOMM_COLUMN_VOTING = 3,
  COCOMM_COLUMN_POSITION = 4,     /**< chair, vice-chair or none (or an office, as a tag) */
  COCOMM_COLUMN_ORGANISATION = 5,
  COCOMM_COLUMN_TAGS = 6,
  COCOMM_COLUMN_CHAIR = 7,        /**< a "Chair" column: yes (the chair), no, or a position */
  COCOMM_COLUMN_REFUSED = 8       /**< a header too ambiguous to read ("Role"): an error */
};

/** What a cocomm_spelling is the spelling of. */
enum cocomm_spelling_kind {
  COCOMM_SPELLING_HEADER = 1, /**< a header naming a column */
  COCOMM_SPELLING_VALUE = 2   /**< a value in a column */
};

/** One spelling the list reader accepts, from the library's one table of
 *  them (cocomm_roster_spelling_at(); docs/csv.md is generated from it).
 *  Spellings match whatever their case, and their punctuation and blanks
 *  (so "Voting (Y/N)" matches "voting y/n" and "VOTING Y N"). */
typedef struct cocomm_spelling {
  uint32_t struct_size; /**< sizeof(cocomm_spelling) as the library built it */
  int32_t kind;         /**< enum cocomm_spelling_kind */
  int32_t column;       /**< enum cocomm_column: the column the header names, or the value is in */
  int32_t rule;         /**< enum cocomm_rule_id the value matters to; 0 for none */
  int32_t category;     /**< a category value: enum cocomm_category it gives; else -1 */
  int32_t tag;          /**< the office it sets (enum cocomm_office); else -1 */
  int32_t position;     /**< a position or chair value: enum cocomm_position; else -1 */
  int32_t voting;       /**< a voting or chair value: 1 yes, 0 no; else -1 */
  int32_t body_kind;    /**< enum cocomm_body it sets; 0 (unstated) for none */
  int32_t reserved0;    /**< 0 */
  const char *text;     /**< the spelling as written, e.g. "Voting (Y/N)" */
  const char *note;     /**< for a refused header: why; else NULL */
} cocomm_spelling;

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
  size_t text_cap;        /**< bytes at text */
  size_t text_needed;     /**< out: the bytes of text the members need */
  const cocomm_terms *terms; /**< the names of the tags a Tags column may use beyond the offices;
                                  may be NULL */
  cocomm_findings *findings; /**< out: a note (information) for each member whose voting value
                                  was missing and defaulted; may be NULL */
  /* since 2.1 (COCOMM_ROSTER_SIZE_V2): what the parser found out about the file */
  int32_t encoding;       /**< out: enum cocomm_encoding the list was read in */
  int32_t delimiter;      /**< out: the field separator found in the header row: ',', ';' or TAB */
  uint32_t columns;       /**< out: the columns of the header row */
  uint32_t unused;        /**< out: how many of them the library does not read */
  const char *header;     /**< out: the header row's cells, trimmed, each NUL-terminated, one
                               after another at the start of text (column 1 first); NULL when
                               text is too short */
  uint32_t *lines;        /**< NULL, or capacity elements: out, the line of the file each
                               member's row starts on (the row number a spreadsheet shows) */
  uint8_t column_kind[64]; /**< out: enum cocomm_column of each header column (0-based) */
} cocomm_roster;

/** Smallest cocomm_roster struct_size accepted: the first layout. */
#define COCOMM_ROSTER_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_roster, findings)
/** cocomm_roster struct_size from which the parser reports the encoding,
 *  the delimiter, the header and each member's line (2.1). */
#define COCOMM_ROSTER_SIZE_V2 COCOMM_SIZE_THROUGH(cocomm_roster, column_kind)
/** Columns a list may have. */
#define COCOMM_ROSTER_COLUMNS_MAX 64u

/** Static initialiser over two arrays (not pointers):
 *  "cocomm_member m[64]; char t[4096]; cocomm_roster r = COCOMM_ROSTER_INIT(m, t);".
 *  @param members an array of cocomm_member, its capacity its length.
 *  @param text an array of char for the names and organisations. */
#define COCOMM_ROSTER_INIT(members, text)                                                   \
  {(uint32_t)sizeof(cocomm_roster), (uint32_t)sizeof((members)[0]),                          \
   (uint32_t)(sizeof(members) / sizeof((members)[0])), 0, (members), (text), sizeof(text), 0, 0, 0, \
   0, 0, 0, 0, 0, 0, {0}}

/** Initialise *roster over members (capacity elements) and text (text_cap
 *  bytes); either may be NULL with a zero size, to count what is needed.
 *  @param[out] roster the roster to initialise; NULL does nothing.
 *  @param members capacity elements; may be NULL (capacity is then 0).
 *  @param capacity elements at members.
 *  @param text text_cap bytes; may be NULL (text_cap is then 0).
 *  @param text_cap bytes at text. */
COCOMM_API void cocomm_roster_init(cocomm_roster *roster, cocomm_member *members, uint32_t capacity,
                                   char *text, size_t text_cap);

/** Parse a membership list as Excel and LibreOffice save it (docs/csv.md).
 *
 *  - Encoding: UTF-8 with or without a byte-order mark; UTF-16 LE or BE
 *    after its byte-order mark; otherwise, when the bytes are not valid
 *    UTF-8, Windows-1252. roster->encoding says which (2.1).
 *  - Delimiter: comma, semicolon or tab, whichever the header row uses
 *    most outside quotes (a tie goes to comma, then semicolon);
 *    roster->delimiter says which (2.1).
 *  - RFC 4180 quoting (fields with delimiters, doubled quotes and line
 *    breaks); lines end in CRLF, LF or a lone CR, inside quoted fields too.
 *  - A header row naming the columns in any order, in the spellings of
 *    cocomm_roster_spelling_at() (case, blanks and punctuation ignored):
 *    name and member type required; voting, position (or a "Chair"
 *    column), organisation and tags optional. A header too ambiguous to
 *    read ("Role") is refused; any other column is not read, and is
 *    reported (roster->unused, roster->column_kind; 2.1).
 *  - Values in the spellings of that table too. A member type may be an
 *    office ("Accountable Officer" is an executive holding the chief
 *    officer office); an organisation or member type of NHS England or an
 *    area team makes the member's body_kind COCOMM_BODY_NHS_ENGLAND. A
 *    tags cell lists offices (cocomm_office_parse()) or tags named by
 *    roster->terms, separated by ";" or ",".
 *  - Blank rows are skipped. A line break inside a quoted name or
 *    organisation reads as one space (a name is one line); another
 *    control character there is an error.
 *  - A missing voting value means "no" for Healthwatch and Health and
 *    Wellbeing Board members (C-3) and for LMC members (as published terms
 *    of reference make them, C-13), and "yes" for everyone else; each
 *    default applied is a note (information) in roster->findings.
 *
 *  At most COCOMM_ROSTER_COLUMNS_MAX columns.
 *
 *  snprintf-style twice over: roster->count gets the number of members and
 *  roster->text_needed the bytes of text they need; the result is
 *  COCOMM_ERR_BUFFER_TOO_SMALL when either buffer is short, or the notes
 *  do not fit roster->findings (call again with bigger ones). flags is for
 *  future needs and must be 0. On a parse
 *  error (COCOMM_ERR_PARSE, or COCOMM_ERR_OUT_OF_RANGE for more than
 *  COCOMM_MEMBERS_MAX members) *error (may be NULL) gives the line, the
 *  column (for a row that stops short, the header's column that is
 *  missing), the field (COCOMM_FIELD_CATEGORY, ...), what is wrong with
 *  the spellings that would be accepted, and the offending text.
 *  @param data the list's bytes; NULL is refused.
 *  @param len bytes at data.
 *  @param flags 0.
 *  @param[in,out] roster the caller's buffers, terms and findings, and
 *  what the parser found; NULL is refused.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when the members, the
 *  text or the findings did not fit; COCOMM_ERR_PARSE or
 *  COCOMM_ERR_OUT_OF_RANGE for a list refused as above;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL data or roster, flags not 0, or
 *  a capacity without its buffer; COCOMM_ERR_STRUCT_SIZE for a
 *  struct_size or member_size below its first layout (*error's included);
 *  for roster->terms refused, the status of cocomm_terms_check(); for
 *  roster->findings refused, COCOMM_ERR_STRUCT_SIZE or
 *  COCOMM_ERR_INVALID_ARGUMENT. */
COCOMM_API int32_t cocomm_roster_parse(const char *data, size_t len, uint32_t flags, cocomm_roster *roster,
                                       cocomm_error *error);

/** Read one voting value ("Y", "yes", "non-voting", ...) as the parser
 *  does; COCOMM_ERR_PARSE for an unknown spelling.
 *  @param text the text; NULL is refused.
 *  @param len its length in bytes, or COCOMM_NTS if NUL-terminated.
 *  @param[out] yes 1 for yes, 0 for no; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_PARSE for an unknown spelling (or more
 *  than 256 bytes); COCOMM_ERR_INVALID_ARGUMENT for a NULL text or yes. */
COCOMM_API int32_t cocomm_roster_parse_yes_no(const char *text, size_t len, int32_t *yes);

/** Spellings the list reader accepts: headers and values, in one table.
 *  (2.1)
 *  @return how many spellings the table has. */
COCOMM_API uint32_t cocomm_roster_spelling_count(void);
/** The index-th spelling (0-based), or NULL past the end. (2.1)
 *  @param index 0 to cocomm_roster_spelling_count() - 1.
 *  @return the library's own row, never to be freed; NULL past the end. */
COCOMM_API const cocomm_spelling *cocomm_roster_spelling_at(uint32_t index);
/** "name", "category", ...; "unused" for 0; "unknown" for a value that is
 *  no column. Never NULL. (2.1)
 *  @param column an enum cocomm_column value.
 *  @return the column's name; "unknown" for a value that is no column. */
COCOMM_API const char *cocomm_column_name(int32_t column);
/** "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252";
 *  "unknown" otherwise. Never NULL. (2.1)
 *  @param encoding an enum cocomm_encoding value.
 *  @return the encoding's name; "unknown" for a value that is no
 *  encoding. */
COCOMM_API const char *cocomm_encoding_name(int32_t encoding);
/** sizeof(cocomm_spelling) as built. (2.1)
 *  @return sizeof(cocomm_spelling) as the library was built. */
COCOMM_API uint32_t cocomm_spelling_size(void);

/** sizeof(cocomm_roster) as built.
 *  @return sizeof(cocomm_roster) as the library was built. */
COCOMM_API uint32_t cocomm_roster_size(void);

COCOMM_END_DECLS

#endif
