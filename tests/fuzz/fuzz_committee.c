/* SPDX-License-Identifier: MIT */
/* Committee validation and decision checks over arbitrary member arrays:
 * raw enum values, odd element sizes, names that are not UTF-8, any
 * quorum, any presence and conflicts and votes, findings buffers of every
 * small capacity. */
#include <stdlib.h>

#include <cocomm/cocomm.h>

#include "fuzz.h"

#define MAXM 24

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size};
  uint32_t n = take_u8(&b) % (MAXM + 1);
  uint32_t stride = sizeof(cocomm_member) + (take_u8(&b) % 3) * 8; /* older, equal or newer callers */
  unsigned char *arr = calloc(MAXM + 1, stride);
  static char names[MAXM][2][64];
  for (uint32_t i = 0; i < n; i++) {
    cocomm_member m;
    cocomm_member_init(&m);
    uint8_t sel = take_u8(&b);
    m.category = sel & 0x80 ? (int32_t)take_u32(&b) : 1 + sel % 8;
    m.voting = sel & 0x40 ? (int32_t)take_u8(&b) % 3 : 1;
    m.position = (int32_t)(take_u8(&b) % 4);
    m.name = sel & 0x20 && i == 0 ? NULL : take_str(&b, names[i][0], 63);
    m.body = sel & 0x10 ? take_str(&b, names[i][1], 63) : NULL;
    if (sel == 0xFF) m.struct_size = take_u8(&b);
    memcpy(arr + (size_t)i * stride, &m, sizeof m);
  }
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = (int32_t)(take_u8(&b) % 6);
  c.members = (const cocomm_member *)(const void *)arr;
  c.member_count = n;
  c.member_size = stride;
  c.casting_vote = take_u8(&b) % 3;
  c.quorum.min_voting = (int8_t)take_u8(&b);
  c.quorum.min_lay = take_u8(&b) % 6;
  c.quorum.min_executive = take_u8(&b) % 6;
  c.quorum.min_clinical = take_u8(&b) % 6;
  c.quorum.presiding = take_u8(&b) % 4;
  c.quorum.presiding_lay = take_u8(&b) % 3;
  uint32_t cap = take_u8(&b) % 6, total = 0;
  cocomm_finding *f = malloc((cap ? cap : 1) * sizeof *f);
  int32_t st = cocomm_committee_validate(&c, cap ? f : NULL, sizeof *f, cap, &total);
  int32_t check = cocomm_committee_check(&c, NULL);
  FUZZ_ASSERT(check == COCOMM_OK ? (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) : st == check);
  for (uint32_t i = 0; st != check && i < cap && i < total; i++)
    FUZZ_ASSERT(f[i].severity >= 1 && f[i].severity <= 3 && strlen(f[i].message) < 160 &&
                cocomm_rule_find(f[i].rule) != NULL);

  uint8_t present[MAXM + 1], conflicted[MAXM + 1];
  int32_t votes[MAXM + 1];
  for (uint32_t i = 0; i < n; i++) {
    uint8_t x = take_u8(&b);
    present[i] = x & 1;
    conflicted[i] = (x >> 1) & 1;
    votes[i] = (x >> 2) % 5; /* 4 is not a vote: refused */
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = take_u8(&b) & 1 ? conflicted : NULL;
  d.votes = take_u8(&b) & 1 ? votes : NULL;
  d.casting = take_u8(&b) % 4;
  d.contract_award = take_u8(&b) % 2;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  uint8_t may[MAXM + 1];
  st = cocomm_decision_check(&c, &d, &r, may, cap ? f : NULL, sizeof *f, cap, &total);
  if (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    FUZZ_ASSERT(r.eligible <= n && r.eligible_lay_executive <= r.eligible);
    FUZZ_ASSERT(r.presiding >= -1 && r.presiding < (int32_t)n);
    FUZZ_ASSERT(!r.can_decide || (r.quorate && r.presiding >= 0));
    uint32_t eligible = 0;
    for (uint32_t i = 0; i < n; i++) eligible += may[i];
    FUZZ_ASSERT(eligible == r.eligible);
  }
  free(f);
  free(arr);
  return 0;
}
