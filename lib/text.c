/* SPDX-License-Identifier: MIT */
/* Helpers shared by the modules: UTF-8 validation, copies between struct
 * layouts, and an snprintf-style text builder. */
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"

int32_t cocomm__utf8_check(const char *text, size_t max, size_t *len) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  if (text == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  for (;;) {
    unsigned char c = s[i];
    if ((unsigned char)(c - 1) < 0x7F) { /* ASCII, not NUL: the common case */
      if (++i > max) return COCOMM_ERR_PARSE;
      continue;
    }
    if (c == 0) break;
    size_t need;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
    } else {
      return COCOMM_ERR_PARSE;
    }
    for (size_t k = 1; k <= need; k++) {
      /* Stops at a NUL too: NUL is not a continuation byte. */
      if ((s[i + k] & 0xC0) != 0x80) return COCOMM_ERR_PARSE;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return COCOMM_ERR_PARSE;
    i += need + 1;
    if (i > max) return COCOMM_ERR_PARSE;
  }
  *len = i;
  return COCOMM_OK;
}

#define WORD_MAX 64 /* longest normalised vocabulary word, NUL included */

/* Normalise s into out; 0 if it does not fit. */
static int normalise(const char *s, size_t n, int nbsp_is_blank, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int nbsp = nbsp_is_blank && c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0;
    if (nbsp) i++;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
      if (k > 0 && out[k - 1] != ' ') {
        if (k + 1 >= cap) return 0;
        out[k++] = ' ';
      }
      continue;
    }
    if (k + 1 >= cap) return 0;
    out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (k > 0 && out[k - 1] == ' ') k--;
  out[k] = '\0';
  return 1;
}

int32_t cocomm__lookup_word(const cocomm__word *table, size_t n, const char *text, size_t len,
                            int nbsp_is_blank, int32_t *out) {
  char norm[WORD_MAX];
  size_t tl;
  if (out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  /* Generous blank padding is allowed, but the scan is bounded. */
  int32_t st = cocomm__text_len(text, len, 4 * WORD_MAX, &tl);
  if (st != COCOMM_OK) return st;
  if (memchr(text, '\0', tl) || !normalise(text, tl, nbsp_is_blank, norm, sizeof norm)) return COCOMM_ERR_PARSE;
  for (size_t i = 0; i < n; i++)
    if (strcmp(norm, table[i].word) == 0) {
      *out = table[i].value;
      return COCOMM_OK;
    }
  return COCOMM_ERR_PARSE;
}

void cocomm__copy_struct(void *dst, size_t dst_size, const void *src, size_t src_size) {
  size_t n = src_size < dst_size ? src_size : dst_size;
  memcpy(dst, src, n);
  if (n < dst_size) memset((unsigned char *)dst + n, 0, dst_size - n);
}

void cocomm__text_put(cocomm__text *t, const char *s, size_t n) {
  if (t->len < t->cap) {
    size_t room = t->cap - t->len;
    memcpy(t->buf + t->len, s, n < room ? n : room);
  }
  t->len += n;
}

void cocomm__text_puts(cocomm__text *t, const char *s) { cocomm__text_put(t, s, strlen(s)); }

void cocomm__text_csv_escaped(cocomm__text *t, const char *s) {
  for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
    cocomm__text_put(t, s, (size_t)(q - s));
    cocomm__text_put(t, "\"\"", 2);
  }
  cocomm__text_puts(t, s);
}

void cocomm__text_csv_field(cocomm__text *t, const char *s) {
  if (strpbrk(s, ",\"\r\n") == NULL) {
    cocomm__text_puts(t, s);
    return;
  }
  cocomm__text_put(t, "\"", 1);
  cocomm__text_csv_escaped(t, s);
  cocomm__text_put(t, "\"", 1);
}

int32_t cocomm__text_finish(cocomm__text *t, size_t *needed) {
  if (needed) *needed = t->len;
  if (t->cap <= t->len) {
    if (t->cap > 0) t->buf[0] = '\0';
    return COCOMM_ERR_BUFFER_TOO_SMALL;
  }
  t->buf[t->len] = '\0';
  return COCOMM_OK;
}
