/* SPDX-License-Identifier: MIT */
/** @file error.h
 *  @brief What was wrong with an input: one caller-owned struct that every
 *  check and parser may fill, like jansson's json_error_t.
 *
 *  A function that takes a `cocomm_error *error` (always its last
 *  argument, and NULL is allowed) fills it when it refuses its input: the
 *  status it returns, which item (member, milestone, row, contribution),
 *  which field, what is wrong in words, and for text, where and what. On
 *  success it sets status to COCOMM_OK and index to -1, so an error struct
 *  never keeps a stale story. */
#ifndef COCOMM_ERROR_H
#define COCOMM_ERROR_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>

COCOMM_BEGIN_DECLS

/** Which field of the input was wrong. Values are fixed forever and never
 *  reused; cocomm_field_name() names each. */
enum cocomm_field {
  COCOMM_FIELD_NONE = 0,          /**< the call itself (an argument) */
  COCOMM_FIELD_STRUCT_SIZE = 1,   /**< a struct_size */
  COCOMM_FIELD_ELEMENT_SIZE = 2,  /**< the element size of an array */
  COCOMM_FIELD_COUNT = 3,         /**< how many elements an array has */
  COCOMM_FIELD_ARRAY = 4,         /**< an array pointer */
  COCOMM_FIELD_KIND = 5,          /**< a committee's or milestone's kind */
  COCOMM_FIELD_CATEGORY = 6,
  COCOMM_FIELD_VOTING = 7,
  COCOMM_FIELD_POSITION = 8,
  COCOMM_FIELD_NAME = 9,
  COCOMM_FIELD_BODY = 10,         /**< the body a member represents */
  COCOMM_FIELD_CCG_CODES = 11,
  COCOMM_FIELD_QUORUM = 12,
  COCOMM_FIELD_CASTING_VOTE = 13, /**< whether the terms grant a casting vote */
  COCOMM_FIELD_PRESENT = 14,
  COCOMM_FIELD_CONFLICTED = 15,
  COCOMM_FIELD_VOTES = 16,
  COCOMM_FIELD_CASTING = 17,      /**< the casting vote given */
  COCOMM_FIELD_ITEM = 18,
  COCOMM_FIELD_DATE = 19,
  COCOMM_FIELD_CONTRACT_AWARD = 20,
  COCOMM_FIELD_RESULT = 21,
  COCOMM_FIELD_FINDINGS = 22,
  COCOMM_FIELD_MODEL = 23,
  COCOMM_FIELD_ID = 24,
  COCOMM_FIELD_LABEL = 25,
  COCOMM_FIELD_SOURCE = 26,
  COCOMM_FIELD_NOTE = 27,
  COCOMM_FIELD_KEY = 28,
  COCOMM_FIELD_TITLE = 29,
  COCOMM_FIELD_MODELS = 30,
  COCOMM_FIELD_PRECISION = 31,
  COCOMM_FIELD_RANGE = 32,        /**< a milestone's first and last days */
  COCOMM_FIELD_TIME = 33,         /**< a milestone's time of day */
  COCOMM_FIELD_SUBMISSION = 34,
  COCOMM_FIELD_PUBLISHED = 35,
  COCOMM_FIELD_RESERVED = 36,
  COCOMM_FIELD_ODS_CODE = 37,
  COCOMM_FIELD_FLAGS = 38,        /**< a flag that must be 0 or 1 */
  COCOMM_FIELD_PURPOSE = 39,      /**< a pooled-fund contribution's purpose */
  COCOMM_FIELD_SECTIONS = 40,     /**< an expression of interest's sections */
  COCOMM_FIELD_TEXT = 41,         /**< text input (CSV): see line and column */
  COCOMM_FIELD_HEADER = 42,       /**< a CSV header cell: see line and column */
  COCOMM_FIELD_TERMS = 43,        /**< a committee's terms of reference */
  COCOMM_FIELD_TAGS = 44,         /**< a member's tags (offices) */
  COCOMM_FIELD_BODY_KIND = 45,    /**< the body a member belongs to */
  COCOMM_FIELD_CLAUSE = 46,       /**< a quorum or membership clause (index says which) */
  COCOMM_FIELD_MAJORITY = 47,     /**< the basis of the majority */
  COCOMM_FIELD_PRESIDING = 48,    /**< who may preside */
  COCOMM_FIELD_CHOSEN = 49,       /**< the member a meeting chose to preside */
  COCOMM_FIELD_CASTING_BY = 50,   /**< the member recorded as casting the casting vote */
  COCOMM_FIELD_STAYED = 51,       /**< whether a conflicted member stayed in the room */
  COCOMM_FIELD_TAG_NAME = 52      /**< a tag's name in the terms of reference */
};

/** Where and why an input was refused. Growable: initialise it with
 *  COCOMM_ERROR_INIT or cocomm_error_init(). */
typedef struct cocomm_error {
  uint32_t struct_size; /**< sizeof(cocomm_error) as the caller compiled it */
  int32_t status;       /**< the status returned (COCOMM_OK after a success) */
  int32_t index;        /**< which member, milestone, row or contribution; -1 for none */
  int32_t field;        /**< enum cocomm_field */
  uint32_t line;        /**< text input: 1-based line (a quoted field may span lines); else 0 */
  uint32_t column;      /**< text input: 1-based column; else 0 */
  const char *message;  /**< what is wrong, in words (static storage); "" after a success,
                             NULL before any call */
  char text[64];        /**< the offending text, NUL-terminated, cut at a character boundary;
                             always valid UTF-8 (invalid bytes and control characters but HT
                             read as U+FFFD); "" when there is none */
} cocomm_error;

/** Smallest cocomm_error struct_size accepted: the first layout. */
#define COCOMM_ERROR_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_error, text)

/** Static initialiser: the same values as cocomm_error_init(). */
#define COCOMM_ERROR_INIT {(uint32_t)sizeof(cocomm_error), 0, -1, COCOMM_FIELD_NONE, 0, 0, 0, ""}

/** Set *error to COCOMM_ERROR_INIT (struct_size, index -1, no message yet).
 *  @param[out] error the struct to initialise; NULL does nothing */
COCOMM_API void cocomm_error_init(cocomm_error *error);
/** "category", "name", ...; "unknown" for a value that is no field. Never NULL.
 *  @param field a field (enum cocomm_field)
 *  @return the field's name (static storage); "unknown" for an unknown value */
COCOMM_API const char *cocomm_field_name(int32_t field);
/** sizeof(cocomm_error) as built.
 *  @return sizeof(cocomm_error) */
COCOMM_API uint32_t cocomm_error_size(void);

COCOMM_END_DECLS

#endif
