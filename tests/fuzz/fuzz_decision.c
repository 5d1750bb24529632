/* SPDX-License-Identifier: MIT */
/* Caller committees and decisions (build.h) through cocomm_decision_assess
 * (results of the caller's struct_size, cocomm_findings of odd sizes or
 * none) and cocomm_decision_format_register (also with a result the caller made up).
 * A smaller findings array must get a prefix of what a larger one gets;
 * every finding, its text and every register entry must pass the oracles
 * of fuzz.h. Every check fills a cocomm_error chosen from the end of the
 * input (build.h's error oracle, struct_size below the first layout
 * included); a refused committee is refused with the check's story. */
#include <stdlib.h>

#include "build.h"

#define MAXD 4

static void entry_oracle(const cocomm_committee *c, const cocomm_decision *d, const cocomm_decision_result *r) {
  size_t need = 0;
  int32_t st = cocomm_decision_format_register(c, d, r, NULL, 0, &need);
  if (st != COCOMM_ERR_BUFFER_TOO_SMALL) {
    FUZZ_ASSERT(st != COCOMM_OK);
    return;
  }
  char *buf = malloc(need + 1);
  size_t again = 0;
  FUZZ_ASSERT(cocomm_decision_format_register(c, d, r, buf, need + 1, &again) == COCOMM_OK && again == need);
  FUZZ_ASSERT(strlen(buf) == need);
  FUZZ_ASSERT(oracle_csv("register entry", buf, need, 5) == 1);
  free(buf);
}

/* A result struct of the caller's size: exactly that many bytes. */
static cocomm_decision_result *take_result(bytes *b) {
  uint8_t s = take_u8(b);
  uint32_t size = s < 200 ? (uint32_t)sizeof(cocomm_decision_result)
                  : s < 230 ? (uint32_t)sizeof(cocomm_decision_result) + 8
                            : COCOMM_DECISION_RESULT_SIZE_V1 - 4;
  cocomm_decision_result init;
  cocomm_decision_result_init(&init);
  init.struct_size = size;
  unsigned char *p = malloc(size);
  memset(p, 0x5A, size);
  memcpy(p, &init, size < sizeof init ? size : sizeof init);
  return (cocomm_decision_result *)(void *)p;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size}, back = {data, size};
  fuzz_committee *fc = malloc(sizeof *fc);
  committee_make(fc, &b);
  const cocomm_committee *c = &fc->c;
  uint32_t n = fc->n;
  int32_t ccgs = (int32_t)fc->c.ccg_count;
  error_buf ec;
  error_make(&ec, &back, 0);
  int32_t check = cocomm_committee_check(c, error_arg(&ec));
  cocomm_error e_check = error_judge(&ec, check, (int32_t)n, ccgs);
  uint32_t nd = 1 + take_u8(&b) % MAXD;
  for (uint32_t i = 0; i < nd; i++) {
    fuzz_decision fd;
    decision_make(&fd, &b, n);
    cocomm_decision_result *rp = take_result(&b);
    findings_buf fb;
    findings_make(&fb, &b, 12);
    uint8_t *may = malloc(n ? n : 1);
    uint8_t *may_arg = take_u8(&b) & 1 ? NULL : may;
    error_buf ed;
    error_make(&ed, &back, 1);
    int32_t st = cocomm_decision_assess(c, &fd.d, rp, may_arg, findings_arg(&fb), error_arg(&ed));
    cocomm_error e_decision = error_judge(&ed, st, (int32_t)n, ccgs);
    if (error_small(&ed)) {
      error_free(&ed);
      error_make_with(&ed, 0, 0, 0);
      st = cocomm_decision_assess(c, &fd.d, rp, may_arg, findings_arg(&fb), error_arg(&ed));
      e_decision = error_judge(&ed, st, (int32_t)n, ccgs);
    }
    if (check != COCOMM_OK && (fb.none || fb.size >= COCOMM_FINDINGS_SIZE_V1)) {
      FUZZ_ASSERT(st == check);
      error_same(&e_decision, &e_check);
    }
    if (st == COCOMM_ERR_STRUCT_SIZE && e_decision.field == COCOMM_FIELD_RESULT)
      FUZZ_ASSERT(rp->struct_size < COCOMM_DECISION_RESULT_SIZE_V1);
    oracle_findings(&fb, st, (int32_t)n, c);
    if (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) {
      FUZZ_ASSERT(check == COCOMM_OK && rp->struct_size >= COCOMM_DECISION_RESULT_SIZE_V1);
      cocomm_decision_result r;
      memcpy(&r, rp, sizeof r);
      FUZZ_ASSERT(r.eligible <= n && r.eligible_lay_executive <= r.eligible && r.withdrawn <= n);
      FUZZ_ASSERT(r.presiding >= -1 && r.presiding < (int32_t)n);
      FUZZ_ASSERT(!r.can_decide || (r.quorate && r.presiding >= 0));
      FUZZ_ASSERT(r.outcome >= COCOMM_OUTCOME_UNDECIDED && r.outcome <= COCOMM_OUTCOME_DEFEATED_CASTING);
      FUZZ_ASSERT(r.can_decide || r.outcome == COCOMM_OUTCOME_UNDECIDED); /* as decision.h says */
      oracle_text("outcome name", cocomm_outcome_name(r.outcome));
      /* Again with room for all: the same result, and a prefix before. */
      if (!fb.none) {
        uint32_t total = findings_got(&fb).count;
        cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
        cocomm_findings fs;
        cocomm_findings_init(&fs, all, total);
        cocomm_decision_result r2;
        cocomm_decision_result_init(&r2);
        error_again(&ed);
        FUZZ_ASSERT(cocomm_decision_assess(c, &fd.d, &r2, NULL, &fs, error_arg(&ed)) == COCOMM_OK &&
                    fs.count == total);
        error_judge(&ed, COCOMM_OK, (int32_t)n, ccgs);
        FUZZ_ASSERT(memcmp((char *)&r2 + sizeof r2.struct_size, (char *)&r + sizeof r.struct_size,
                           sizeof r - sizeof r.struct_size) == 0);
        for (uint32_t k = 0; k < total && k < fb.cap; k++) {
          cocomm_finding x = findings_at(&fb, k);
          FUZZ_ASSERT(same_finding(&x, &all[k]));
        }
        free(all);
      }
      entry_oracle(c, &fd.d, rp);
    }
    /* A result the caller made up: the entry must be refused or clean. */
    cocomm_decision_result made;
    cocomm_decision_result_init(&made);
    uint8_t ms = take_u8(&b);
    made.can_decide = ms % 3;
    made.quorate = (ms >> 2) % 3;
    made.outcome = (int8_t)take_u8(&b) % 8;
    made.presiding = (int32_t)(take_u8(&b) % (n + 3)) - 2;
    made.eligible = take_u32(&b);
    if (ms == 0xFF) made.struct_size = take_u8(&b);
    entry_oracle(c, &fd.d, &made);
    free(may);
    error_free(&ed);
    findings_free(&fb);
    free(rp);
    decision_free(&fd);
  }
  error_free(&ec);
  committee_free(fc);
  free(fc);
  return 0;
}
