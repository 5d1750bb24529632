/* SPDX-License-Identifier: MIT */
/* Helpers shared by the library's modules. Hidden: never exported, and
 * named cocomm__* so that they cannot clash in a static link. */
#ifndef COCOMM_INTERNAL_H
#define COCOMM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* Copy n bytes of src into buf as a NUL-terminated string, snprintf-style:
 * *needed (if not NULL) gets n; too small a buffer gets "" and an error. */
int32_t cocomm__emit(const char *src, size_t n, char *buf, size_t cap, size_t *needed);

/* Resolve a (text, len) argument. len COCOMM_NTS means NUL-terminated: at
 * most max bytes are scanned, so an unterminated string cannot run away.
 * Returns COCOMM_OK, COCOMM_ERR_INVALID_ARGUMENT (NULL text) or
 * COCOMM_ERR_PARSE (longer than max). */
int32_t cocomm__text_len(const char *text, size_t len, size_t max, size_t *out);

/* Parse exactly n ASCII digits. Returns 1 on success. */
int cocomm__digits(const char *s, size_t n, int32_t *out);

#endif
