/* SPDX-License-Identifier: MIT */
/* Large committees built to collide: up to COCOMM_MEMBERS_MAX members whose
 * names come from one template of up to COCOMM_NAME_MAX - 10 bytes, in one
 * of five families: names that differ only in where their blanks fall
 * (near the end, so that they agree for most of their length), numbered
 * names, names that differ only in the case of some letters (duplicates),
 * one name repeated, and the template rotated (the same bytes in another
 * order). cocomm_committee_assess and cocomm_committee_check are
 * documented as linear in the number of members, so every input must
 * finish well inside libFuzzer's per-input -timeout (run-fuzzers.sh, 2 s)
 * and the replay driver's (driver.c, 5 s): a hash that equal names share
 * but that unequal names share too must not make them quadratic (issue 11,
 * defect 4). The answers must still pass the oracles of fuzz.h, and one
 * name repeated n times must give n - 1 "listed twice" findings (C-10).
 * Each call fills a cocomm_error chosen from the end of the input
 * (build.h's error oracle): every committee here is well-formed, so the
 * check and validation succeed and say so. */
#include <stdlib.h>

#include "build.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size}, back = {data, size};
  fuzz_committee *fc = malloc(sizeof *fc);
  memset(fc, 0, sizeof *fc);
  uint32_t n = 1 + take_u16(&b) % COCOMM_MEMBERS_MAX;
  char tmpl[COCOMM_NAME_MAX + 1];
  size_t len = take_u8(&b), gen = take_u8(&b) % 5;
  uint8_t chair = take_u8(&b);
  if (len > b.n) len = b.n;
  for (size_t i = 0; i < len; i++) tmpl[i] = (char)(b.p[i] % 32 == 31 ? ' ' : 'a' + b.p[i] % 26);
  b.p += len, b.n -= len;
  if (len > COCOMM_NAME_MAX - 10) len = COCOMM_NAME_MAX - 10;
  if (len == 0) tmpl[len++] = 'x';
  committee_alloc(fc, n, sizeof(cocomm_member));
  for (uint32_t i = 0; i < n; i++) {
    char name[COCOMM_NAME_MAX + 1];
    size_t k = 0;
    switch (gen) {
      case 0: /* a blank after the template's (2j+2)-th last byte for each bit j of i */
        for (size_t j = 0; j < len; j++) {
          name[k++] = tmpl[j];
          for (unsigned bit = 0; bit < 10; bit++)
            if (j + 2 * bit + 2 == len && (i >> bit & 1)) name[k++] = ' ';
        }
        break;
      case 1: k = (size_t)snprintf(name, sizeof name, "%.*s %u", (int)len, tmpl, (unsigned)i); break;
      case 2: /* the same name with the case of some letters flipped */
        for (size_t j = 0; j < len; j++)
          name[k++] = (char)(j < 32 && (i >> (j % 10) & 1) && tmpl[j] != ' ' ? tmpl[j] - 32 : tmpl[j]);
        break;
      case 3: memcpy(name, tmpl, len), k = len; break;
      default: /* rotated by i */
        for (size_t j = 0; j < len; j++) name[k++] = tmpl[(j + i) % len];
        break;
    }
    name[k] = '\0';
    cocomm_member m;
    cocomm_member_init(&m);
    m.category = (int32_t)(1 + i % 3);
    m.position = i == chair ? COCOMM_POSITION_CHAIR : COCOMM_POSITION_NONE;
    fc->names[i] = dup_exact(name);
    m.name = fc->names[i];
    m.body = i & 1 && gen != 3 ? "NHS Blackpool CCG" : NULL;
    committee_store(fc, i, &m);
  }
  fc->c.kind = COCOMM_COMMITTEE_DELEGATED;

  findings_buf fb;
  findings_make(&fb, &b, 8);
  error_buf ev, ec;
  error_make(&ev, &back, 0);
  error_make(&ec, &back, 1);
  int32_t st = cocomm_committee_assess(&fc->c, findings_arg(&fb), error_arg(&ev));
  error_judge(&ev, st, (int32_t)n, 0);
  if (fb.none || fb.size >= COCOMM_FINDINGS_SIZE_V1)
    FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
  else
    FUZZ_ASSERT(st == COCOMM_ERR_STRUCT_SIZE);
  int32_t check = cocomm_committee_check(&fc->c, error_arg(&ec));
  error_judge(&ec, check, (int32_t)n, 0);
  FUZZ_ASSERT(check == (error_small(&ec) ? COCOMM_ERR_STRUCT_SIZE : COCOMM_OK));
  oracle_findings(&fb, st, (int32_t)n, &fc->c);
  if (gen == 3) { /* one person n times: n - 1 of them listed twice (C-10) */
    cocomm_findings fs;
    cocomm_findings_init(&fs, NULL, 0);
    int32_t sized = cocomm_committee_assess(&fc->c, &fs, NULL);
    FUZZ_ASSERT(sized == (fs.count ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK));
    cocomm_finding *all = malloc((fs.count ? fs.count : 1) * sizeof *all);
    uint32_t total = fs.count, twice = 0;
    cocomm_findings_init(&fs, all, total);
    error_again(&ev);
    FUZZ_ASSERT(cocomm_committee_assess(&fc->c, &fs, error_arg(&ev)) == COCOMM_OK && fs.count == total);
    error_judge(&ev, COCOMM_OK, (int32_t)n, 0);
    for (uint32_t i = 0; i < total; i++) twice += all[i].message == COCOMM_MSG_LISTED_TWICE;
    FUZZ_ASSERT(twice == n - 1);
    free(all);
  }
  error_free(&ev);
  error_free(&ec);
  findings_free(&fb);
  committee_free(fc);
  free(fc);
  return 0;
}
