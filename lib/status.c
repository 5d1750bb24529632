/* SPDX-License-Identifier: MIT */
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"

static const struct {
  int32_t code;
  const char *name;
  const char *text;
} status_table[] = {
  {COCOMM_OK, "COCOMM_OK", "success"},
  {COCOMM_ERR_INVALID_ARGUMENT, "COCOMM_ERR_INVALID_ARGUMENT", "invalid argument"},
  {COCOMM_ERR_BUFFER_TOO_SMALL, "COCOMM_ERR_BUFFER_TOO_SMALL", "buffer too small"},
  {COCOMM_ERR_PARSE, "COCOMM_ERR_PARSE", "parse error"},
  {COCOMM_ERR_OUT_OF_RANGE, "COCOMM_ERR_OUT_OF_RANGE", "value out of range"},
  {COCOMM_ERR_STRUCT_SIZE, "COCOMM_ERR_STRUCT_SIZE", "struct size smaller than the first layout"},
  {COCOMM_ERR_AMBIGUOUS, "COCOMM_ERR_AMBIGUOUS", "ambiguous UK local time"},
  {COCOMM_ERR_NOT_FOUND, "COCOMM_ERR_NOT_FOUND", "not found"},
};

const char *cocomm_status_str(int32_t status) {
  for (size_t i = 0; i < sizeof status_table / sizeof status_table[0]; i++)
    if (status_table[i].code == status) return status_table[i].text;
  return "unknown status";
}

const char *cocomm_status_name(int32_t status) {
  for (size_t i = 0; i < sizeof status_table / sizeof status_table[0]; i++)
    if (status_table[i].code == status) return status_table[i].name;
  return "COCOMM_UNKNOWN";
}

int32_t cocomm__emit(const char *src, size_t n, char *buf, size_t cap, size_t *needed) {
  if (buf == NULL && cap != 0) return COCOMM_ERR_INVALID_ARGUMENT;
  cocomm__text t = {buf, cap, 0};
  cocomm__text_put(&t, src, n);
  return cocomm__text_finish(&t, needed);
}

int32_t cocomm__text_len(const char *text, size_t len, size_t max, size_t *out) {
  if (text == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (len == (size_t)-1) {
    size_t n = 0;
    while (n <= max && text[n] != '\0') n++;
    len = n;
  }
  if (len > max) return COCOMM_ERR_PARSE;
  *out = len;
  return COCOMM_OK;
}

int cocomm__digits(const char *s, size_t n, int32_t *out) {
  int32_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 1;
}
