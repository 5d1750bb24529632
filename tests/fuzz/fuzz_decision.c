/* SPDX-License-Identifier: MIT */
/* Caller committees (with terms of reference, members' bodies and tags:
 * build.h) and decisions (stays, the member the meeting chose, the member
 * recorded as casting the casting vote) through cocomm_decision_assess
 * (results of the caller's struct_size, per-member roles or none,
 * cocomm_findings of odd sizes or none) and
 * cocomm_decision_format_register (also with a result the caller made
 * up: refused exactly when decision.h says, else clean). A smaller findings
 * array must get a prefix of what a larger one gets; every finding, its
 * text and every register entry must pass the oracles of fuzz.h; the
 * result, the roles and the findings must agree with one another and say
 * what the rules say (build.h: oracle_result, oracle_decision), and the
 * register entry what the decision was (oracle_register). Every check
 * fills a cocomm_error chosen from the end of the input (build.h's error
 * oracle, struct_size below the first layout included); a refused
 * committee is refused with the check's story. */
#include <stdlib.h>

#include "build.h"

#define MAXD 4

/* The entry for a result: refused exactly when the committee, the decision
 * or the result could not have come from a check (decision.h), else one
 * clean record saying what the decision was. accepted: the committee and
 * the decision were (cocomm_decision_assess took them). */
static void entry_oracle(const fuzz_committee *fc, const cocomm_decision *d, const cocomm_decision_result *r,
                         int accepted) {
  const cocomm_committee *c = &fc->c;
  size_t need = 0;
  int32_t st = cocomm_decision_format_register(c, d, r, NULL, 0, &need);
  int fits = r->struct_size >= COCOMM_DECISION_RESULT_SIZE_V1;
  if (fits) {
    cocomm_decision_result x;
    memcpy(&x, r, sizeof x);
    fits = (x.can_decide == 0 || x.can_decide == 1) && (x.quorate == 0 || x.quorate == 1) &&
           x.outcome >= COCOMM_OUTCOME_UNDECIDED && x.outcome <= COCOMM_OUTCOME_NOT_CARRIED &&
           (x.can_decide || x.outcome == COCOMM_OUTCOME_UNDECIDED) && x.presiding >= -1 &&
           x.presiding < (int32_t)fc->n;
  }
  if (accepted) REF_SAME("a register entry refused (or not) as decision.h says", st == COCOMM_ERR_BUFFER_TOO_SMALL, fits);
  if (st != COCOMM_ERR_BUFFER_TOO_SMALL) {
    FUZZ_ASSERT(st != COCOMM_OK);
    return;
  }
  FUZZ_ASSERT(fits);
  char *buf = malloc(need + 1);
  size_t again = 0;
  FUZZ_ASSERT(cocomm_decision_format_register(c, d, r, buf, need + 1, &again) == COCOMM_OK && again == need);
  if (need > 0) { /* too small by one: "" and the size */
    FUZZ_ASSERT(cocomm_decision_format_register(c, d, r, buf, need, &again) == COCOMM_ERR_BUFFER_TOO_SMALL);
    FUZZ_ASSERT(again == need && buf[0] == '\0');
    FUZZ_ASSERT(cocomm_decision_format_register(c, d, r, buf, need + 1, NULL) == COCOMM_OK);
  }
  oracle_register(c, fc->full, d, r, buf, need);
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
  const int terms = fc->terms.p != NULL;
  error_buf ec;
  error_make(&ec, &back, 0);
  int32_t check = cocomm_committee_check(c, error_arg(&ec));
  cocomm_error e_check = error_judge_terms(&ec, check, (int32_t)n, ccgs, terms);
  if (check != COCOMM_OK) oracle_refused_for_terms(fc, check, &e_check);
  uint32_t nd = 1 + take_u8(&b) % MAXD;
  for (uint32_t i = 0; i < nd; i++) {
    fuzz_decision fd;
    decision_make(&fd, &b, n);
    cocomm_decision_result *rp = take_result(&b);
    findings_buf fb;
    findings_make(&fb, &b, 12);
    uint8_t *roles = malloc(n ? n : 1);
    memset(roles, 0xA5, n ? n : 1);
    uint8_t *roles_arg = take_u8(&b) & 1 ? NULL : roles;
    unsigned char *was = malloc(rp->struct_size);
    memcpy(was, rp, rp->struct_size);
    error_buf ed;
    error_make(&ed, &back, 1);
    int32_t st = cocomm_decision_assess(c, &fd.d, rp, roles_arg, findings_arg(&fb), error_arg(&ed));
    cocomm_error e_decision = error_judge_terms(&ed, st, (int32_t)n, ccgs, terms);
    if (error_small(&ed)) {
      error_free(&ed);
      error_make_with(&ed, 0, 0, 0);
      st = cocomm_decision_assess(c, &fd.d, rp, roles_arg, findings_arg(&fb), error_arg(&ed));
      e_decision = error_judge_terms(&ed, st, (int32_t)n, ccgs, terms);
    }
    if (check != COCOMM_OK && (fb.none || fb.size >= COCOMM_FINDINGS_SIZE_V1)) {
      FUZZ_ASSERT(st == check);
      error_same(&e_decision, &e_check);
    }
    if (st == COCOMM_ERR_STRUCT_SIZE && e_decision.field == COCOMM_FIELD_RESULT)
      FUZZ_ASSERT(rp->struct_size < COCOMM_DECISION_RESULT_SIZE_V1);
    oracle_findings(&fb, st, (int32_t)n, c);
    cocomm_decision_result probe;
    cocomm_decision_result_init(&probe);
    const int accepted = cocomm_decision_assess(c, &fd.d, &probe, NULL, NULL, NULL) == COCOMM_OK;
    if (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) {
      FUZZ_ASSERT(check == COCOMM_OK && accepted && rp->struct_size >= COCOMM_DECISION_RESULT_SIZE_V1);
      cocomm_decision_result r;
      memcpy(&r, rp, sizeof r);
      FUZZ_ASSERT(r.struct_size == rp->struct_size); /* the caller's, never the library's */
      for (size_t k = sizeof r; k < rp->struct_size; k++) /* a newer caller's fields: zero */
        FUZZ_ASSERT(((unsigned char *)rp)[k] == 0);
      oracle_result(&r, roles_arg, n, c);
      /* Again with room for all: the same result, a prefix before, and what the rules say. */
      cocomm_findings fs;
      cocomm_findings_init(&fs, NULL, 0);
      cocomm_decision_result r2;
      cocomm_decision_result_init(&r2);
      FUZZ_ASSERT(cocomm_decision_assess(c, &fd.d, &r2, NULL, &fs, NULL) ==
                  (fs.count ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK));
      uint32_t total = fs.count;
      if (!fb.none) FUZZ_ASSERT(findings_got(&fb).count == total);
      cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
      cocomm_findings_init(&fs, all, total);
      error_again(&ed);
      FUZZ_ASSERT(cocomm_decision_assess(c, &fd.d, &r2, NULL, &fs, error_arg(&ed)) == COCOMM_OK &&
                  fs.count == total);
      error_judge(&ed, COCOMM_OK, (int32_t)n, ccgs);
      FUZZ_ASSERT(memcmp((char *)&r2 + sizeof r2.struct_size, (char *)&r + sizeof r.struct_size,
                         sizeof r - sizeof r.struct_size) == 0);
      FUZZ_ASSERT(memcmp(&probe, &r2, sizeof r2) == 0);
      for (uint32_t k = 0; !fb.none && k < total && k < fb.cap; k++) {
        cocomm_finding x = findings_at(&fb, k);
        FUZZ_ASSERT(same_finding(&x, &all[k]));
      }
      for (uint32_t k = fb.none ? 0 : fb.cap; k < total; k++) oracle_finding_text(&all[k], c, k % 5);
      oracle_decision(c, fc->full, committee_terms(fc), &fd.d, &r, roles_arg, all, total);
      free(all);
      entry_oracle(fc, &fd.d, rp, accepted);
    } else {
      /* Refused: not a byte of the result, not a role written. */
      FUZZ_ASSERT(memcmp(was, rp, rp->struct_size) == 0);
      for (uint32_t k = 0; k < n; k++) FUZZ_ASSERT(roles[k] == 0xA5);
    }
    /* A result the caller made up: the entry must be refused as decision.h says, or clean. */
    cocomm_decision_result made;
    cocomm_decision_result_init(&made);
    uint8_t ms = take_u8(&b);
    made.can_decide = ms % 3;
    made.quorate = (ms >> 2) % 3;
    made.outcome = (int8_t)take_u8(&b) % 8;
    made.presiding = (int32_t)(take_u8(&b) % (n + 3)) - 2;
    made.eligible = take_u32(&b);
    if (ms == 0xFF) made.struct_size = take_u8(&b);
    entry_oracle(fc, &fd.d, &made, accepted);
    free(was);
    free(roles);
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
