/* SPDX-License-Identifier: MIT */
/** @file status.h
 *  @brief Status codes returned by every libcocomm function that can fail. */
#ifndef COCOMM_STATUS_H
#define COCOMM_STATUS_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>

COCOMM_BEGIN_DECLS

/** Text arguments are (pointer, length); this length means "the text is
 *  NUL-terminated". */
#define COCOMM_NTS ((size_t)-1)

/** Functions return these as int32_t: 0 is success, every error is negative.
 *  Values are fixed forever and never reused. */
enum cocomm_status_code {
  COCOMM_OK = 0,
  COCOMM_ERR_INVALID_ARGUMENT = -1, /**< NULL pointer, unknown enum value, count without array */
  COCOMM_ERR_BUFFER_TOO_SMALL = -2, /**< output did not fit; the needed size was reported */
  COCOMM_ERR_PARSE = -3,            /**< text is not in the accepted syntax */
  COCOMM_ERR_OUT_OF_RANGE = -4,     /**< well-formed but impossible: 2015-02-29, 24:00, month 13 */
  COCOMM_ERR_STRUCT_SIZE = -5,      /**< a struct_size or element size below the first layout */
  COCOMM_ERR_AMBIGUOUS = -6,        /**< UK local time that occurs twice (end of BST) */
  COCOMM_ERR_NOT_FOUND = -7         /**< no such rule, code or entry */
};

/** A static, human-readable description of a status code; "unknown status"
 *  for a value that is not one of cocomm_status_code. Never NULL.
 *  @param status a status code (enum cocomm_status_code)
 *  @return the description, e.g. "parse error"; "unknown status" for an
 *  unknown value */
COCOMM_API const char *cocomm_status_str(int32_t status);
/** The code's identifier, e.g. "COCOMM_ERR_PARSE"; "COCOMM_UNKNOWN" otherwise.
 *  @param status a status code (enum cocomm_status_code)
 *  @return the identifier (static storage, never NULL); "COCOMM_UNKNOWN" for
 *  an unknown value */
COCOMM_API const char *cocomm_status_name(int32_t status);

COCOMM_END_DECLS

#endif
