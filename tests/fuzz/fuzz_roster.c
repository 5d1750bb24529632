/* SPDX-License-Identifier: MIT */
/* The committee-list CSV parser, then the parsed committee through every
 * check: tiny and exact buffers, and the answers must agree. */
#include <stdlib.h>

#include <cocomm/cocomm.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *csv = (const char *)data;
  uint32_t n = 0;
  size_t need = 0;
  cocomm_roster_error err;
  cocomm_roster_error_init(&err);
  int32_t st = cocomm_roster_parse(csv, size, NULL, 0, 0, &n, NULL, 0, &need, &err);
  if (st != COCOMM_ERR_BUFFER_TOO_SMALL && st != COCOMM_OK) {
    FUZZ_ASSERT(err.status == st && err.line >= 1 && strlen(err.text) < sizeof err.text);
    return 0;
  }
  /* Exact-size buffers: ASan catches a write past either. */
  cocomm_member *m = malloc((n ? n : 1) * sizeof *m);
  char *text = malloc(need ? need : 1);
  uint32_t n2 = 0;
  size_t need2 = 0;
  st = cocomm_roster_parse(csv, size, m, sizeof *m, n, &n2, text, need, &need2, &err);
  FUZZ_ASSERT(st == COCOMM_OK && n2 == n && need2 == need);
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = m;
  c.member_count = n;
  for (int32_t kind = COCOMM_COMMITTEE_DELEGATED; kind <= COCOMM_COMMITTEE_GREATER_INVOLVEMENT; kind++) {
    c.kind = kind;
    uint32_t total = 0, again = 0;
    st = cocomm_committee_validate(&c, NULL, 0, 0, &total);
    FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
    uint32_t cap = total > 2 ? total - 1 : total;
    cocomm_finding *f = malloc((cap ? cap : 1) * sizeof *f);
    st = cocomm_committee_validate(&c, f, sizeof *f, cap, &again);
    FUZZ_ASSERT(again == total && (st == COCOMM_OK) == (cap >= total));
    free(f);
  }
  uint8_t *present = malloc(n ? n : 1), *conflicted = malloc(n ? n : 1);
  for (uint32_t i = 0; i < n; i++) {
    present[i] = (uint8_t)(i % 3 != 1);
    conflicted[i] = (uint8_t)(i % 4 == 2);
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = conflicted;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  cocomm_finding f[8];
  uint32_t nf;
  st = cocomm_decision_check(&c, &d, &r, NULL, f, sizeof f[0], 8, &nf);
  FUZZ_ASSERT(st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL);
  FUZZ_ASSERT(r.eligible <= n && r.withdrawn <= n);
  size_t len = 0;
  cocomm_register_entry(&c, &d, &r, NULL, 0, &len);
  char *entry = malloc(len + 1);
  FUZZ_ASSERT(cocomm_register_entry(&c, &d, &r, entry, len + 1, NULL) == COCOMM_OK);
  free(entry);
  free(present);
  free(conflicted);
  free(m);
  free(text);
  return 0;
}
