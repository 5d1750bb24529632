/* SPDX-License-Identifier: MIT */
/* What the fuzz targets share: a reader over the fuzzer's bytes. Each
 * target defines LLVMFuzzerTestOneInput; it runs under libFuzzer
 * (meson -Dfuzzing=true, clang) or under driver.c, which replays a corpus
 * with any compiler. */
#ifndef COCOMM_FUZZ_H
#define COCOMM_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
  const uint8_t *p;
  size_t n;
} bytes;

static inline uint8_t take_u8(bytes *b) {
  if (b->n == 0) return 0;
  b->n--;
  return *b->p++;
}

static inline uint32_t take_u32(bytes *b) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) v = v << 8 | take_u8(b);
  return v;
}

/* A NUL-terminated string of up to max bytes, copied into buf (which holds max + 1). */
static inline const char *take_str(bytes *b, char *buf, size_t max) {
  size_t len = take_u8(b);
  if (len > max) len = max;
  if (len > b->n) len = b->n;
  memcpy(buf, b->p, len);
  buf[len] = '\0';
  b->p += len;
  b->n -= len;
  return buf;
}

/* Crash loudly when an invariant breaks: the fuzzer reports it. */
#define FUZZ_ASSERT(cond) \
  do {                    \
    if (!(cond)) __builtin_trap(); \
  } while (0)

#endif
