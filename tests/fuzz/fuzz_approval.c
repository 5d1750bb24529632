/* SPDX-License-Identifier: MIT */
/* The CCG, approval, change and conflicts-of-interest functions over
 * caller structs built from the bytes: cocomm_ccg_check and
 * cocomm_approval_assess_eligibility (odd struct_size, ODS codes without their NUL,
 * raw facts), cocomm_requirements_get into a struct of the caller's
 * size, cocomm_approval_assess_change, cocomm_approval_assess_pooled_fund, cocomm_approval_assess_eoi,
 * cocomm_coi_assess (odd struct_size, raw values). Findings must pass the
 * oracles of fuzz.h and say what the header says they say. Each check
 * fills a cocomm_error chosen from the end of the input (build.h's error
 * oracle): the index a refusal names is -1, a contribution or a field of
 * the arrangements; and each is called once more with an error struct
 * below the first layout, or another one, to be refused for it untouched
 * or to answer the same. */
#include <stdlib.h>

#include "build.h"

/* A struct of the caller's size on the heap: exactly size bytes when that
 * is less than the full struct (the library must read no further). */
static void *caller_struct(const void *full, size_t full_size, uint32_t size) {
  size_t alloc = size > full_size ? size : full_size;
  unsigned char *p = malloc(size < full_size ? (size ? size : 1) : alloc);
  if (size >= full_size) {
    memset(p, 0x5A, alloc);
    memcpy(p, full, full_size);
  } else {
    memcpy(p, full, size);
  }
  return p;
}

static uint32_t take_size(bytes *b, uint32_t full, uint32_t v1) {
  uint8_t s = take_u8(b);
  return s < 200 ? full : s < 220 ? full + 8 : s < 240 ? v1 - 1 - s % 4u : s % 4u + 4;
}

static int32_t take_yes_no(bytes *b, uint8_t sel) {
  uint8_t x = take_u8(b);
  return sel == 0xFF ? (int32_t)(int8_t)x : x & 1;
}

/* The second call of a check, with another error struct (back, may be
 * small): refused for a small one and left untouched, else the answer and
 * story of the first. */
static void judge_again(const error_buf *eb, int32_t first, const cocomm_error *story, int32_t again, int32_t n) {
  cocomm_error e = error_judge(eb, again, n, 0);
  if (error_small(eb)) return;
  FUZZ_ASSERT(again == first);
  error_same(&e, story);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size}, back = {data, size};
  error_buf e1, e2;
  cocomm_error story;
  char tmp[64], region[64];

  /* A CCG. */
  cocomm_ccg g;
  cocomm_ccg_init(&g);
  uint8_t sel = take_u8(&b);
  static const char *const codes[] = {"00Q", "13T", "00R", "99Z", "0Q", "00q", "00Q1", ""};
  if (sel & 0x80) {
    for (int i = 0; i < 4; i++) g.ods_code[i] = (char)take_u8(&b);
  } else {
    size_t cl = strlen(codes[sel % 8]); /* "00Q1" fills all four bytes: no NUL */
    memcpy(g.ods_code, codes[sel % 8], cl < sizeof g.ods_code ? cl + 1 : sizeof g.ods_code);
  }
  g.name = sel & 0x40 ? take_str(&b, tmp, 60) : NULL;
  g.region = sel & 0x20 ? take_str(&b, region, 60) : NULL;
  uint8_t m = take_u8(&b);
  g.model = m < 240 ? m % 4 : (int32_t)(int8_t)m;
  g.serious_governance_issues = take_yes_no(&b, sel);
  g.special_measures = take_yes_no(&b, sel);
  g.sound_financial_control = take_yes_no(&b, sel);
  g.statutory_requirements_met = take_yes_no(&b, sel);
  uint32_t gsize = take_size(&b, sizeof g, COCOMM_CCG_SIZE_V1);
  g.struct_size = gsize;
  cocomm_ccg *gp = caller_struct(&g, sizeof g, gsize);
  error_make(&e1, &back, 0);
  error_make(&e2, &back, 1);
  int32_t ccg_ok = cocomm_ccg_check(gp, error_arg(&e1));
  cocomm_error e_ccg = error_judge(&e1, ccg_ok, 0, 0);
  judge_again(&e2, ccg_ok, &e_ccg, cocomm_ccg_check(gp, error_arg(&e2)), 0);
  error_free(&e1);
  error_free(&e2);
  if (gsize < COCOMM_CCG_SIZE_V1) FUZZ_ASSERT(ccg_ok == COCOMM_ERR_STRUCT_SIZE);
  if (ccg_ok == COCOMM_OK) {
    FUZZ_ASSERT(cocomm_ccg_check_ods_code(g.ods_code, COCOMM_NTS) == COCOMM_OK);
    oracle_text("ODS code", g.ods_code);
  }

  findings_buf fb;
  findings_make(&fb, &b, 8);
  int32_t target = (int32_t)(take_u8(&b) % 5);
  error_make(&e1, &back, 0);
  error_make(&e2, &back, 1);
  int32_t st = cocomm_approval_assess_eligibility(gp, target, findings_arg(&fb), error_arg(&e1));
  story = error_judge(&e1, st, 0, 0);
  judge_again(&e2, st, &story, cocomm_approval_assess_eligibility(gp, target, findings_arg(&fb), error_arg(&e2)), 0);
  error_free(&e1);
  error_free(&e2);
  oracle_findings(&fb, st, 0, NULL);
  if (ccg_ok != COCOMM_OK) FUZZ_ASSERT(st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL);
  if (ccg_ok != COCOMM_OK && (fb.none || fb.size >= COCOMM_FINDINGS_SIZE_V1)) { /* the CCG's story */
    FUZZ_ASSERT(st == ccg_ok);
    error_same(&story, &e_ccg);
  }
  if ((st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) && !fb.none) FUZZ_ASSERT(findings_got(&fb).count <= 4);
  free(gp);
  findings_free(&fb);

  /* What a model requires, into a struct of the caller's size. */
  cocomm_requirements req;
  cocomm_requirements_init(&req);
  req.struct_size = take_size(&b, sizeof req, COCOMM_REQUIREMENTS_SIZE_V1);
  cocomm_requirements *rp = caller_struct(&req, sizeof req, req.struct_size);
  int32_t model = (int32_t)(int8_t)take_u8(&b) % 6;
  st = cocomm_requirements_get(model, rp);
  if (st == COCOMM_OK) {
    FUZZ_ASSERT(req.struct_size >= COCOMM_REQUIREMENTS_SIZE_V1 && cocomm_model_check(model) == COCOMM_OK);
    memcpy(&req, rp, sizeof req);
    FUZZ_ASSERT(req.model == model && req.proforma >= COCOMM_PROFORMA_NONE && req.proforma <= COCOMM_PROFORMA_ANNEX_B);
    if (req.rule) FUZZ_ASSERT(cocomm_rule_find(req.rule) != NULL);
    if (req.constitution_rule) FUZZ_ASSERT(cocomm_rule_find(req.constitution_rule) != NULL);
  }
  free(rp);

  /* A change of model. */
  findings_make(&fb, &b, 4);
  int32_t from = (int32_t)(int8_t)take_u8(&b) % 5, to = (int32_t)(int8_t)take_u8(&b) % 5;
  error_make(&e1, &back, 0);
  error_make(&e2, &back, 1);
  st = cocomm_approval_assess_change(from, to, findings_arg(&fb), error_arg(&e1));
  story = error_judge(&e1, st, 0, 0);
  judge_again(&e2, st, &story, cocomm_approval_assess_change(from, to, findings_arg(&fb), error_arg(&e2)), 0);
  error_free(&e1);
  error_free(&e2);
  oracle_findings(&fb, st, 0, NULL);
  if ((st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) && !fb.none)
    FUZZ_ASSERT(findings_got(&fb).count == (from != to));
  findings_free(&fb);

  /* A pooled fund: one error per core primary medical contribution, in order. */
  uint32_t n = take_u8(&b) % 17;
  int32_t *purposes = malloc((n ? n : 1) * sizeof *purposes);
  uint32_t core = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t x = take_u8(&b);
    purposes[i] = x == 0xFF ? (int32_t)take_u32(&b) : 1 + (x & 1);
    core += purposes[i] == COCOMM_FUND_CORE_PRIMARY_MEDICAL;
  }
  findings_make(&fb, &b, 16);
  error_make(&e1, &back, 0);
  error_make(&e2, &back, 1);
  st = cocomm_approval_assess_pooled_fund(n ? purposes : NULL, n, findings_arg(&fb), error_arg(&e1));
  story = error_judge(&e1, st, (int32_t)n, 0);
  judge_again(&e2, st, &story, cocomm_approval_assess_pooled_fund(n ? purposes : NULL, n, findings_arg(&fb), error_arg(&e2)),
              (int32_t)n);
  error_free(&e1);
  error_free(&e2);
  if (story.struct_size && story.field == COCOMM_FIELD_PURPOSE) { /* the first contribution that is none */
    FUZZ_ASSERT(story.index >= 0);
    for (int32_t i = 0; i <= story.index; i++)
      FUZZ_ASSERT((purposes[i] == COCOMM_FUND_CCG_OWN_FUNCTION || purposes[i] == COCOMM_FUND_CORE_PRIMARY_MEDICAL) ==
                  (i < story.index));
  }
  oracle_findings(&fb, st, (int32_t)n, NULL);
  if ((st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) && !fb.none) {
    FUZZ_ASSERT(findings_got(&fb).count == core);
    for (uint32_t i = 0, k = 0; i < n && k < fb.cap; i++)
      if (purposes[i] == COCOMM_FUND_CORE_PRIMARY_MEDICAL) FUZZ_ASSERT(findings_at(&fb, k++).subject == (int32_t)i);
  }
  free(purposes);
  findings_free(&fb);

  /* An expression of interest: one error per missing section, A to H. */
  uint8_t es = take_u8(&b);
  uint32_t sections = es == 0xFF ? take_u32(&b) : take_u8(&b);
  findings_make(&fb, &b, 8);
  error_make(&e1, &back, 0);
  error_make(&e2, &back, 1);
  st = cocomm_approval_assess_eoi(sections, findings_arg(&fb), error_arg(&e1));
  story = error_judge(&e1, st, 0, 0);
  judge_again(&e2, st, &story, cocomm_approval_assess_eoi(sections, findings_arg(&fb), error_arg(&e2)), 0);
  error_free(&e1);
  error_free(&e2);
  if (sections > 0xFF && (fb.none || fb.size >= COCOMM_FINDINGS_SIZE_V1)) {
    FUZZ_ASSERT(st == COCOMM_ERR_INVALID_ARGUMENT);
    if (story.struct_size) FUZZ_ASSERT(story.field == COCOMM_FIELD_SECTIONS);
  }
  oracle_findings(&fb, st, 8, NULL);
  if ((st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) && !fb.none) {
    uint32_t missing = 0;
    for (int i = 0; i < 8; i++) missing += !(sections >> i & 1);
    FUZZ_ASSERT(sections <= 0xFF && findings_got(&fb).count == missing);
  }
  findings_free(&fb);

  /* Conflicts-of-interest arrangements: one error per missing element. */
  cocomm_coi_arrangements a;
  cocomm_coi_arrangements_init(&a);
  int32_t fields[11]; /* register_kept .. accountable_officer_attested, in order */
  uint8_t as = take_u8(&b);
  uint32_t zeros = 0;
  for (int i = 0; i < 11; i++) {
    fields[i] = take_yes_no(&b, as);
    zeros += fields[i] == 0;
  }
  memcpy((unsigned char *)&a + offsetof(cocomm_coi_arrangements, register_kept), fields, sizeof fields);
  a.struct_size = take_size(&b, sizeof a, COCOMM_COI_ARRANGEMENTS_SIZE_V1);
  cocomm_coi_arrangements *ap = caller_struct(&a, sizeof a, a.struct_size);
  findings_make(&fb, &b, 12);
  error_make(&e1, &back, 0);
  error_make(&e2, &back, 1);
  st = cocomm_coi_assess(ap, findings_arg(&fb), error_arg(&e1));
  story = error_judge(&e1, st, 11, 0);
  judge_again(&e2, st, &story, cocomm_coi_assess(ap, findings_arg(&fb), error_arg(&e2)), 11);
  error_free(&e1);
  error_free(&e2);
  if (story.struct_size && story.field == COCOMM_FIELD_FLAGS) { /* the first field that is not 0 or 1 */
    FUZZ_ASSERT(story.index >= 0);
    for (int32_t i = 0; i <= story.index; i++) FUZZ_ASSERT((fields[i] == 0 || fields[i] == 1) == (i < story.index));
  }
  oracle_findings(&fb, st, 11, NULL);
  if ((st == COCOMM_OK || st == COCOMM_ERR_BUFFER_TOO_SMALL) && !fb.none) {
    uint32_t count = findings_got(&fb).count;
    FUZZ_ASSERT(a.struct_size >= COCOMM_COI_ARRANGEMENTS_SIZE_V1 && count == zeros);
    for (uint32_t i = 0, k = 0; i < 11 && k < fb.cap && k < count; i++)
      if (fields[i] == 0) FUZZ_ASSERT(findings_at(&fb, k++).subject == (int32_t)i);
  }
  free(ap);
  findings_free(&fb);
  return 0;
}
