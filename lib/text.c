/* SPDX-License-Identifier: MIT */
/* Helpers shared by the modules: the one bounded UTF-8 scanner for every
 * text the library reads, UTF-8-safe truncation and display copies for
 * every text it writes, copies between struct layouts, and an
 * snprintf-style text builder. */
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"

/* ---- reading: one bounded scanner ---- */

static int is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* The scanner's hash of a text: rotate and xor over its bytes with ASCII
 * case folded, skipping every byte up to and including the space. Texts
 * that cocomm__text_compare() finds equal hash equal (blanks are skipped
 * wherever they fall); texts that differ only in their blanks collide,
 * which costs a comparison, never a wrong answer. Cheap, because it runs
 * on every byte of every name. */
static inline uint32_t mix(uint32_t h, unsigned char c) {
  return c > ' ' ? ((h << 5) | (h >> 27)) ^ (uint32_t)(c | 0x20) : h;
}

/* 1 if all eight bytes of x are printable ASCII (0x20..0x7E). */
static inline int printable8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  uint64_t below = (x - 0x20 * ones) & ~x & highs; /* some byte < 0x20 */
  uint64_t above = ((x + ones) | x) & highs;       /* some byte >= 0x7F */
  return (below | above) == 0;
}

/* want_hash is a constant at each call, so each caller gets its own loop. */
static inline int32_t scan(const char *text, size_t max, size_t *len, uint32_t *hash, const int want_hash) {
  const unsigned char *s = (const unsigned char *)text;
  uint32_t h = 0;
  if (text == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  /* strnlen reads no byte past index max; knowing n, the loop below reads
   * only the text's own bytes, eight at a time where it can. */
  const size_t n = strnlen(text, max + 1);
  if (n > max) return COCOMM_ERR_PARSE;
  size_t i = 0;
  /* Printable ASCII throughout, tested eight bytes at a time (the last
   * eight overlap the ones before): the common case, with no per-byte
   * test but the hash. */
  if (n >= 8) {
    uint64_t x;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
      memcpy(&x, s + k, 8);
      if (!printable8(x)) break;
    }
    if (k + 8 > n) memcpy(&x, s + n - 8, 8);
    if (k + 8 > n && printable8(x)) {
      if (want_hash)
        for (size_t j = 0; j < n; j++) h = mix(h, s[j]);
      i = n;
    } else if (want_hash) {
      for (size_t j = 0; j < k; j++) h = mix(h, s[j]);
      i = k;
    } else {
      i = k;
    }
  }
  while (i < n) {
    unsigned char c = s[i];
    if ((unsigned char)(c - 0x20) < 0x5F || c == '\t') {
      if (want_hash) h = mix(h, c);
      i++;
      continue;
    }
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
      return COCOMM_ERR_PARSE; /* C0 control, DEL, continuation or invalid lead */
    }
    if (need >= n - i) return COCOMM_ERR_PARSE; /* cut short by the end */
    for (size_t k = 1; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return COCOMM_ERR_PARSE;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp <= 0x9F) /* C1 controls */)
      return COCOMM_ERR_PARSE;
    if (want_hash)
      for (size_t k = 0; k <= need; k++) h = mix(h, s[i + k]);
    i += need + 1;
  }
  *len = n;
  if (want_hash) *hash = h;
  return COCOMM_OK;
}

int32_t cocomm__utf8_scan(const char *text, size_t max, size_t *len, uint32_t *hash) {
  return hash ? scan(text, max, len, hash, 1) : scan(text, max, len, NULL, 0);
}

int32_t cocomm__utf8_check(const char *text, size_t max, size_t *len) {
  return scan(text, max, len, NULL, 0);
}

/* Next byte of s in normalised form (ASCII case folded, blank runs read as
 * one space, leading and trailing blanks dropped); 0 at the end. */
typedef struct {
  const unsigned char *p;
  int started;
} norm_reader;

static unsigned char norm_next(norm_reader *r) {
  if (r->p == NULL) return 0;
  int blank = 0;
  while (is_blank(*r->p)) {
    blank = 1;
    r->p++;
  }
  if (*r->p == 0) return 0;
  if (blank && r->started) return ' ';
  r->started = 1;
  return fold(*r->p++);
}

int cocomm__text_compare(const char *a, const char *b) {
  norm_reader ra = {(const unsigned char *)a, 0}, rb = {(const unsigned char *)b, 0};
  unsigned char ca, cb;
  do {
    ca = norm_next(&ra);
    cb = norm_next(&rb);
  } while (ca == cb && ca != 0);
  return (int)ca - (int)cb;
}

/* ---- writing: every text the library writes is valid UTF-8 ---- */

/* Length of a sequence from its lead byte; 0 for a byte no sequence starts with. */
static size_t seq_len(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
}

size_t cocomm__utf8_prefix(const char *s, size_t n) {
  size_t i = n;
  /* Back over at most three continuation bytes to the last lead byte. */
  while (i > 0 && n - i < 3 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) i--;
  if (i == 0) return 0;
  size_t want = seq_len((unsigned char)s[i - 1]);
  return want != 0 && n - (i - 1) < want ? i - 1 : n;
}

/* Length of the valid UTF-8 sequence at s[0..n), 0 if there is none. */
static size_t valid_seq(const unsigned char *s, size_t n) {
  size_t want = seq_len(s[0]);
  if (want == 0 || want > n) return 0;
  uint32_t cp = want == 1 ? s[0] : s[0] & (0xFF >> (want + 1));
  for (size_t k = 1; k < want; k++) {
    if ((s[k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[k] & 0x3F);
  }
  static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[want] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return want;
}

size_t cocomm__utf8_valid_prefix(const char *text, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < n) {
    /* ASCII, eight bytes at a time: most of any list */
    while (i + 8 <= n) {
      uint64_t x;
      memcpy(&x, s + i, 8);
      if (x & UINT64_C(0x8080808080808080)) break;
      i += 8;
    }
    if (i == n) break;
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t len = valid_seq(s + i, n - i);
    if (len == 0) break;
    i += len;
  }
  return i;
}

size_t cocomm__text_char(const char *text, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = n == 0 ? 0 : valid_seq(s, n);
  int control = len == 1 ? (s[0] < 0x20 && s[0] != '\t') || s[0] == 0x7F : len == 2 && s[0] == 0xC2 && s[1] < 0xA0;
  return control ? 0 : len;
}

size_t cocomm__display_copy(char *dst, size_t cap, const char *src, size_t n) {
  static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */
  const unsigned char *s = (const unsigned char *)src;
  size_t k = 0;
  if (cap == 0) return 0;
  for (size_t i = 0; src != NULL && i < n;) {
    size_t len = valid_seq(s + i, n - i);
    const char *put = src + i;
    size_t put_len = len;
    if (len == 0 || cocomm__text_char(src + i, n - i) == 0) { /* an invalid byte, or a control character */
      put = replacement;
      put_len = 3;
      if (len == 0) len = 1;
    }
    if (k + put_len >= cap) break; /* whole characters only, room for the NUL */
    memcpy(dst + k, put, put_len);
    k += put_len;
    i += len;
  }
  dst[k] = '\0';
  return k;
}

#define WORD_MAX 64 /* longest normalised vocabulary word, NUL included */

int cocomm__normalise(const char *s, size_t n, int nbsp_is_blank, char *out, size_t cap) {
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
  if (memchr(text, '\0', tl) || !cocomm__normalise(text, tl, nbsp_is_blank, norm, sizeof norm)) return COCOMM_ERR_PARSE;
  for (size_t i = 0; i < n; i++)
    if (strcmp(norm, table[i].word) == 0) {
      *out = table[i].value;
      return COCOMM_OK;
    }
  return COCOMM_ERR_PARSE;
}

void cocomm__sort_indices(uint16_t *idx, uint16_t *tmp, uint32_t n, cocomm__compare_fn cmp, const void *ctx) {
  if (n <= 16) {
    for (uint32_t i = 1; i < n; i++) {
      uint16_t v = idx[i];
      uint32_t j = i;
      for (; j > 0 && cmp(ctx, idx[j - 1], v) > 0; j--) idx[j] = idx[j - 1];
      idx[j] = v;
    }
    return;
  }
  uint32_t half = n / 2;
  cocomm__sort_indices(idx, tmp, half, cmp, ctx);
  cocomm__sort_indices(idx + half, tmp, n - half, cmp, ctx);
  uint32_t i = 0, j = half, k = 0;
  while (i < half && j < n) tmp[k++] = cmp(ctx, idx[i], idx[j]) <= 0 ? idx[i++] : idx[j++];
  while (i < half) tmp[k++] = idx[i++];
  while (j < n) tmp[k++] = idx[j++];
  memcpy(idx, tmp, n * sizeof idx[0]);
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
  /* A tab is quoted too: RFC 4180 has none, and spreadsheets read a
   * quoted one as text. */
  if (strpbrk(s, ",\"\r\n\t") == NULL) {
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
