/* SPDX-License-Identifier: MIT */
/* Committee validation and decision checks over arbitrary member arrays
 * (build.h): raw enum values, odd element sizes, names that are not UTF-8
 * or not terminated within COCOMM_NAME_MAX, control characters, members'
 * bodies (body_kind, body_ccg in and out of the committee's CCGs), tags
 * (offices, named tags the terms name or do not, raw bits) and reserved0,
 * terms of reference (none; quorum and membership clauses, majority,
 * casting vote and presiding rule in range and out; named tags with bad
 * names; a struct_size below the first layout or a newer caller's), any
 * presence, conflicts, stays, votes, choice of who presides and casting
 * voter, cocomm_findings of odd struct and element sizes and every small
 * capacity, or none. Every finding and its text (cocomm_finding_format,
 * members named from this committee) must pass the oracles of fuzz.h, a
 * smaller array must get a prefix of what a larger one gets, the
 * committee's findings must say what its terms ask (build.h,
 * oracle_committee_findings), the decision's result, roles and findings
 * what the rules say (oracle_result, oracle_decision), and the register
 * entry must be one clean CSV record saying what the decision was
 * (oracle_register). A refused call writes no result and no role. Every
 * call fills a cocomm_error of the caller's struct_size from the end of
 * the input (build.h): the error oracle judges it, cocomm_committee_check
 * and cocomm_committee_assess (and cocomm_decision_assess, for a
 * committee the check refuses) must tell the same story, a committee with
 * refused terms the story cocomm_terms_check tells, and one more check
 * with another struct (perhaps below the first layout: refused, not a
 * byte written) the same again. Large committees built to collide are
 * fuzz_scale.c's. */
#include <stdlib.h>

#include "build.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size}, back = {data, size};
  fuzz_committee *fc = malloc(sizeof *fc);
  committee_make(fc, &b);
  const cocomm_committee *c = &fc->c;
  uint32_t n = fc->n;
  int32_t ccgs = (int32_t)fc->c.ccg_count;
  const int terms = fc->terms.p != NULL;
  findings_buf fb;
  findings_make(&fb, &b, 8);
  error_buf ev, ec, ep;
  error_make(&ev, &back, 0);
  error_make(&ec, &back, 0);
  error_make(&ep, &back, 1);
  int32_t st = cocomm_committee_assess(c, findings_arg(&fb), error_arg(&ev));
  cocomm_error e_validate = error_judge_terms(&ev, st, (int32_t)n, ccgs, terms);
  int32_t check = cocomm_committee_check(c, error_arg(&ec));
  cocomm_error e_check = error_judge_terms(&ec, check, (int32_t)n, ccgs, terms);
  if (check != COCOMM_OK) oracle_refused_for_terms(fc, check, &e_check);
  if (fb.none || fb.size >= COCOMM_FINDINGS_SIZE_V1) {
    FUZZ_ASSERT(check == COCOMM_OK ? st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL : st == check);
    if (check != COCOMM_OK) error_same(&e_validate, &e_check);
  } else {
    FUZZ_ASSERT(st == COCOMM_ERR_STRUCT_SIZE);
    if (e_validate.struct_size) FUZZ_ASSERT(e_validate.field == COCOMM_FIELD_FINDINGS);
  }
  /* Again with another struct: the same answer, or refused for the struct. */
  int32_t again = cocomm_committee_check(c, error_arg(&ep));
  cocomm_error e_again = error_judge_terms(&ep, again, (int32_t)n, ccgs, terms);
  if (!error_small(&ep)) {
    FUZZ_ASSERT(again == check);
    error_same(&e_again, &e_check);
  }
  oracle_findings(&fb, st, (int32_t)n, c);
  if (check == COCOMM_OK) {
    /* All of them: the smaller array got a prefix; they say what the terms ask. */
    cocomm_findings fs;
    cocomm_findings_init(&fs, NULL, 0);
    FUZZ_ASSERT(cocomm_committee_assess(c, &fs, NULL) == (fs.count ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK));
    uint32_t total = fs.count;
    cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
    cocomm_findings_init(&fs, all, total);
    error_again(&ec);
    FUZZ_ASSERT(cocomm_committee_assess(c, &fs, error_arg(&ec)) == COCOMM_OK && fs.count == total);
    error_judge(&ec, COCOMM_OK, (int32_t)n, ccgs);
    if (!fb.none && fb.size >= COCOMM_FINDINGS_SIZE_V1) {
      FUZZ_ASSERT(findings_got(&fb).count == total);
      for (uint32_t i = 0; i < total && i < fb.cap; i++) {
        cocomm_finding x = findings_at(&fb, i);
        FUZZ_ASSERT(same_finding(&x, &all[i]));
      }
    }
    for (uint32_t i = fb.none ? 0 : fb.cap; i < total; i++) oracle_finding_text(&all[i], c, 0);
    oracle_committee_findings(c, fc->full, committee_terms(fc), all, total);
    free(all);
  }

  fuzz_decision fd;
  decision_make(&fd, &b, n);
  findings_buf db;
  findings_make(&db, &b, 8);
  static const cocomm_decision_result macro = COCOMM_DECISION_RESULT_INIT;
  cocomm_decision_result r;
  memset(&r, 0x3C, sizeof r);
  cocomm_decision_result_init(&r);
  FUZZ_ASSERT(memcmp(&r, &macro, sizeof r) == 0);
  uint8_t *roles = malloc(n ? n : 1);
  memset(roles, 0xA5, n ? n : 1);
  error_buf ed;
  error_make(&ed, &back, 1);
  st = cocomm_decision_assess(c, &fd.d, &r, roles, findings_arg(&db), error_arg(&ed));
  cocomm_error e_decision = error_judge_terms(&ed, st, (int32_t)n, ccgs, terms);
  if (error_small(&ed)) {
    st = cocomm_decision_assess(c, &fd.d, &r, roles, findings_arg(&db), NULL);
  } else if (check != COCOMM_OK && (db.none || db.size >= COCOMM_FINDINGS_SIZE_V1)) {
    /* The committee is refused first, as the check refuses it. */
    FUZZ_ASSERT(st == check);
    error_same(&e_decision, &e_check);
  }
  oracle_findings(&db, st, (int32_t)n, c);
  if (st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    FUZZ_ASSERT(check == COCOMM_OK);
    oracle_result(&r, roles, n, c);
    /* All the findings, and what the rules say of the item. */
    cocomm_findings fs;
    cocomm_findings_init(&fs, NULL, 0);
    cocomm_decision_result r2;
    cocomm_decision_result_init(&r2);
    FUZZ_ASSERT(cocomm_decision_assess(c, &fd.d, &r2, NULL, &fs, NULL) ==
                (fs.count ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK));
    uint32_t total = fs.count;
    cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
    cocomm_findings_init(&fs, all, total);
    FUZZ_ASSERT(cocomm_decision_assess(c, &fd.d, &r2, NULL, &fs, NULL) == COCOMM_OK && fs.count == total);
    FUZZ_ASSERT(memcmp(&r, &r2, sizeof r) == 0);
    if (!db.none && db.size >= COCOMM_FINDINGS_SIZE_V1)
      for (uint32_t i = 0; i < total && i < db.cap; i++) {
        cocomm_finding x = findings_at(&db, i);
        FUZZ_ASSERT(same_finding(&x, &all[i]));
      }
    for (uint32_t i = db.none ? 0 : db.cap; i < total; i++) oracle_finding_text(&all[i], c, 0);
    oracle_decision(c, fc->full, committee_terms(fc), &fd.d, &r, roles, all, total);
    free(all);
    size_t need = 0;
    FUZZ_ASSERT(cocomm_decision_format_register(c, &fd.d, &r, NULL, 0, &need) == COCOMM_ERR_BUFFER_TOO_SMALL);
    char *entry = malloc(need + 1);
    FUZZ_ASSERT(cocomm_decision_format_register(c, &fd.d, &r, entry, need + 1, NULL) == COCOMM_OK);
    oracle_register(c, fc->full, &fd.d, &r, entry, need);
    free(entry);
  } else {
    /* Refused: no result, no role written. */
    FUZZ_ASSERT(memcmp(&r, &macro, sizeof r) == 0);
    for (uint32_t i = 0; i < n; i++) FUZZ_ASSERT(roles[i] == 0xA5);
  }
  free(roles);
  error_free(&ed);
  error_free(&ev);
  error_free(&ec);
  error_free(&ep);
  findings_free(&db);
  findings_free(&fb);
  decision_free(&fd);
  committee_free(fc);
  free(fc);
  return 0;
}
