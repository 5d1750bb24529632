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
 * check and validation succeed and say so. A byte from the end (after
 * the error structs') may give the committee terms of reference at their
 * largest (sixteen quorum and sixteen membership clauses of every kind,
 * a named tag), three CCGs, members of every body holding offices, and an
 * item to decide: the quorum's tally, who counts and who presides over
 * 1,024 members under the same time limit, the result what the rules say
 * (build.h: oracle_result, oracle_decision). */
#include <stdlib.h>

#include "build.h"

/* Terms of reference at their largest: every clause kind (everyone, all
 * of a set, categories, offices, a named tag, the chair or vice-chair,
 * non-voting members, each body, NHS England, a CCG), and three CCGs. */
static void scale_terms(fuzz_committee *fc, uint8_t tb) {
  static const char *const codes[] = {"00Q", "13T", "00R"};
  cocomm_terms *t = &fc->terms.full;
  cocomm_terms_init(t);
  t->majority = tb % 4 >= 2;
  t->casting_vote = tb % 4 == 3;
  t->presiding = (tb >> 2) % 3;
  strcpy(t->tag_names[0], "quality lead");
  t->quorum_count = t->membership_count = COCOMM_CLAUSES_MAX;
  for (uint32_t k = 0; k < 2 * COCOMM_CLAUSES_MAX; k++) {
    cocomm_clause *c = k < COCOMM_CLAUSES_MAX ? &t->quorum[k] : &t->membership[k - COCOMM_CLAUSES_MAX];
    uint32_t j = k + (tb >> 4);
    c->min = j % 5 == 4 ? COCOMM_CLAUSE_ALL : (int32_t)(j % 4) * (int32_t)(1 + (tb >> 6)) * 7;
    c->categories = j % 3 == 1 ? COCOMM_CATEGORY_BIT(1 + j % 8) | COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY) : 0;
    c->tags = j % 3 == 2 ? COCOMM_TAG_BIT(j % COCOMM_OFFICES_KNOWN) | COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED) : 0;
    c->positions = j % 6 == 5 ? COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) | COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR) : 0;
    c->voting = (int32_t)(j % 7) % 3;
    c->body = (int32_t)(j / 2) % 4;
  }
  fc->terms.size = (uint32_t)sizeof *t;
  fc->terms.p = malloc(sizeof *t);
  memcpy(fc->terms.p, t, sizeof *t);
  fc->c.terms = terms_arg(&fc->terms);
  for (uint32_t i = 0; i < 3; i++) fc->codes[i] = codes[i];
  fc->c.ccg_codes = fc->codes;
  fc->c.ccg_count = 3;
}

/* An item: everyone present, one in seven conflicted (one in three of them
 * staying in the room), votes from the index, the chosen member and the
 * casting vote from the byte. */
static void scale_decision(const fuzz_committee *fc, uint8_t tb) {
  const uint32_t n = fc->n;
  uint8_t *present = malloc(n), *conflicted = malloc(n), *stayed = malloc(n), *roles = malloc(n);
  int32_t *votes = malloc(n * sizeof *votes);
  for (uint32_t i = 0; i < n; i++) {
    present[i] = (uint8_t)(i % 13 != 12);
    conflicted[i] = (uint8_t)(i % 7 == 1);
    stayed[i] = (uint8_t)(i % 3 == 0);
    votes[i] = (int32_t)((i * 7 + tb) % 4);
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = conflicted;
  d.stayed = stayed;
  d.votes = votes;
  d.casting = tb & 0x40 ? COCOMM_VOTE_FOR : COCOMM_VOTE_NONE;
  d.chosen = tb & 0x80 ? (int32_t)(tb % n) : -1;
  cocomm_decision_result r;
  cocomm_decision_result_init(&r);
  cocomm_findings fs;
  cocomm_findings_init(&fs, NULL, 0);
  int32_t st = cocomm_decision_assess(&fc->c, &d, &r, roles, &fs, NULL);
  FUZZ_ASSERT(st == (fs.count ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK));
  oracle_result(&r, roles, n, &fc->c);
  uint32_t total = fs.count;
  cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
  cocomm_findings_init(&fs, all, total);
  FUZZ_ASSERT(cocomm_decision_assess(&fc->c, &d, &r, roles, &fs, NULL) == COCOMM_OK && fs.count == total);
  oracle_decision(&fc->c, fc->full, committee_terms(fc), &d, &r, roles, all, total);
  free(all);
  free(present);
  free(conflicted);
  free(stayed);
  free(roles);
  free(votes);
}

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
  error_buf ev, ec;
  error_make(&ev, &back, 0);
  error_make(&ec, &back, 1);
  const uint8_t tb = take_back_u8(&back); /* % 4: no terms; terms; present and entitled; and a casting vote */
  if (tb % 4) scale_terms(fc, tb);
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
    if (tb % 4) { /* every body, offices, a named tag */
      static const int32_t kinds[] = {COCOMM_BODY_UNSTATED, COCOMM_BODY_NHS_ENGLAND, COCOMM_BODY_CCG,
                                      COCOMM_BODY_OTHER, COCOMM_BODY_CCG};
      m.body_kind = kinds[i % 5];
      m.body_ccg = m.body_kind == COCOMM_BODY_CCG ? (int32_t)((i / 5) % 3) : 0;
      m.tags = COCOMM_TAG_BIT(i % COCOMM_OFFICES_KNOWN) | (i % 7 == 0 ? COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED) : 0);
      m.voting = i % 11 != 10;
      if (i % 17 == 3) m.position = COCOMM_POSITION_VICE_CHAIR;
    }
    committee_store(fc, i, &m);
  }
  fc->c.kind = COCOMM_COMMITTEE_DELEGATED;

  findings_buf fb;
  findings_make(&fb, &b, 8);
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
  if (tb % 4) { /* all findings, what the terms ask; then an item */
    cocomm_findings fs;
    cocomm_findings_init(&fs, NULL, 0);
    cocomm_committee_assess(&fc->c, &fs, NULL);
    uint32_t total = fs.count;
    cocomm_finding *all = malloc((total ? total : 1) * sizeof *all);
    cocomm_findings_init(&fs, all, total);
    FUZZ_ASSERT(cocomm_committee_assess(&fc->c, &fs, NULL) == COCOMM_OK && fs.count == total);
    oracle_committee_findings(&fc->c, fc->full, committee_terms(fc), all, total);
    free(all);
    scale_decision(fc, tb);
  }
  error_free(&ev);
  error_free(&ec);
  findings_free(&fb);
  committee_free(fc);
  free(fc);
  return 0;
}
