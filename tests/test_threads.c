/* SPDX-License-Identifier: MIT */
/* The library has no global mutable state: four threads validating
 * committees, checking decisions, parsing rosters and computing timelines
 * at once get exactly what one thread gets. CI runs this under
 * ThreadSanitizer as well (tests/run.sh). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define THREADS 4
#define ROUNDS 200

static uint64_t mix(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211u;
  return h;
}

/* Each finding as a reader gets it: its rule's identifier and its text,
 * members named from the committee (the formatter runs in every thread
 * too), with its severity and subject. */
static uint64_t mix_findings(uint64_t h, const cocomm_findings *fs, const cocomm_committee *c) {
  uint32_t n = fs->count < fs->capacity ? fs->count : fs->capacity;
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_finding *f = &fs->items[i];
    const cocomm_rule *rule = cocomm_rule_get(f->rule);
    const char *id = rule ? rule->id : "?";
    char text[1024];
    size_t need;
    if (cocomm_finding_format(f, c, text, sizeof text, &need) != COCOMM_OK) return 0;
    h = mix(h, id, strlen(id));
    h = mix(h, text, need);
    h = mix(h, &f->severity, sizeof f->severity);
    h = mix(h, &f->subject, sizeof f->subject);
  }
  return h;
}

static const char roster_csv[] =
  "Name,Category,Voting,Position,Organisation,Tags\n"
  "Ann Lay,Lay,Yes,Chair,,Lay member for governance\nBob Lay,Lay,Yes,Vice-chair,,quorum lead\n"
  "Cat Exec,Executive,Yes,,,Chief Officer; CFO\nDr Dee,GP,Yes,,,practising GP\nDr Eve,GP,Yes,,,\n"
  "Dr Fay,GP,,,,\nGus,Healthwatch,,,,\nHal,NHS England,,,NHS England,\nKen,LMC,,,,\n";

/* One round of everything; returns a digest of every output. */
static uint64_t workload(unsigned round) {
  uint64_t h = 14695981039346656037u;
  cocomm_member m[16];
  char text[512];
  size_t need;
  cocomm_finding f[32];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  /* Terms shared by every thread (read only), and this round's own. */
  static cocomm_terms shared;
  static int shared_ready; /* set once, before any thread starts */
  if (!shared_ready) {
    cocomm_terms_init(&shared);
    memcpy(shared.tag_names[0], "quorum lead", sizeof "quorum lead");
    shared_ready = 1;
  }
  cocomm_roster roster = COCOMM_ROSTER_INIT(m, text);
  roster.terms = &shared;
  roster.findings = &fs; /* the notes of defaulted voting values */
  cocomm_error err = COCOMM_ERROR_INIT;
  if (cocomm_roster_parse(roster_csv, sizeof roster_csv - 1, 0, &roster, &err) != COCOMM_OK) return 0;
  if ((h = mix_findings(h, &fs, NULL)) == 0) return 0;
  const uint32_t n = roster.count;
  for (uint32_t i = 0; i < n; i++) {
    h = mix(h, &m[i].voting, sizeof m[i].voting);
    h = mix(h, &m[i].tags, sizeof m[i].tags);
    h = mix(h, &m[i].body_kind, sizeof m[i].body_kind);
  }
  cocomm_terms terms = shared;
  /* 3 voting members including a lay member, the lay chair or vice-chair,
   * and (on odd rounds) the named tag's holder or a non-voting attendee. */
  terms.quorum[0] = (cocomm_clause){3, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  terms.quorum[1] = (cocomm_clause){1, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY), 0,
                                    COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) |
                                        COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR),
                                    COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  terms.quorum[2] = (cocomm_clause){1, 0, COCOMM_TAG_BIT(COCOMM_TAG_FIRST_NAMED), 0, COCOMM_COUNT_ANY,
                                    COCOMM_CLAUSE_ANY_BODY};
  terms.quorum_count = 2 + round % 2;
  terms.membership[0] = (cocomm_clause){1, 0, COCOMM_TAG_BIT(COCOMM_OFFICE_CHIEF_OFFICER), 0, COCOMM_COUNT_ANY,
                                        COCOMM_CLAUSE_ANY_BODY};
  terms.membership_count = 1;
  terms.majority = (int32_t)(round / 2 % 2);
  terms.casting_vote = (int32_t)(round / 4 % 2);
  terms.presiding = (int32_t)(round / 8 % 3);
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.members = m;
  c.member_count = n;
  c.terms = &terms;
  for (int32_t kind = COCOMM_COMMITTEE_DELEGATED; kind <= COCOMM_COMMITTEE_GREATER_INVOLVEMENT; kind++) {
    c.kind = kind;
    int32_t st = cocomm_committee_assess(&c, &fs, &err);
    h = mix(h, &st, sizeof st);
    h = mix(h, &err.status, sizeof err.status);
    if ((h = mix_findings(h, &fs, &c)) == 0) return 0; /* a finding that does not format */
  }
  uint8_t present[16], conflicted[16], stayed[16], roles[16];
  int32_t votes[16];
  for (uint32_t i = 0; i < n; i++) {
    present[i] = (uint8_t)(((round + i) % 5) != 0);
    conflicted[i] = (uint8_t)(((round * 7 + i) % 4) == 0);
    stayed[i] = (uint8_t)((round + i) % 2);
    votes[i] = (int32_t)((round * 3 + i * 5) % 4); /* none, for, against, abstain */
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = present;
  d.conflicted = conflicted;
  d.stayed = stayed;
  d.votes = round % 3 ? votes : NULL;
  d.contract_award = (int32_t)(round % 2);
  d.casting = (int32_t)(round % 3); /* none, for, against */
  d.chosen = round % 7 < 3 ? (int32_t)(round % 7) : -1;
  d.casting_by = round % 5 == 0 ? (int32_t)(round % n) : -1;
  d.date = (cocomm_date){2015, 6, (uint8_t)(1 + round % 28)};
  for (int32_t kind = COCOMM_COMMITTEE_DELEGATED; kind <= COCOMM_COMMITTEE_GREATER_INVOLVEMENT; kind++) {
    c.kind = kind;
    cocomm_decision_result r;
    cocomm_decision_result_init(&r);
    int32_t st = cocomm_decision_assess(&c, &d, &r, roles, &fs, &err);
    h = mix(h, &st, sizeof st);
    h = mix(h, &err.status, sizeof err.status);
    if ((h = mix_findings(h, &fs, &c)) == 0) return 0;
    h = mix(h, &r, sizeof r);
    h = mix(h, roles, n);
    char entry[1024];
    st = cocomm_decision_format_register(&c, &d, &r, entry, sizeof entry, &need);
    h = mix(h, &st, sizeof st);
    h = mix(h, entry, st == COCOMM_OK ? need : 0);
  }
  cocomm_submission s;
  cocomm_submission_init(&s);
  cocomm_submission_judge(cocomm_edition_default(), COCOMM_MODEL_DELEGATED,
                          INT64_C(1420804800) + (int64_t)round * 3600 - 100 * 3600, &s);
  h = mix(h, &s.on_time, sizeof s.on_time);
  h = mix(h, &s.late_by, sizeof s.late_by);
  char out[16384];
  cocomm_calendar_format_ics(cocomm_edition_default(), (int32_t)(round % 4), 0, out, sizeof out, &need);
  h = mix(h, out, need < sizeof out ? need : 0);
  cocomm_calendar_format_csv(cocomm_edition_default(), (int32_t)(round % 4), out, sizeof out, &need);
  h = mix(h, out, need < sizeof out ? need : 0);
  int32_t model;
  cocomm_model_parse(round % 2 ? "Model Two" : "full delegation", COCOMM_NTS, &model);
  h = mix(h, &model, sizeof model);
  return h;
}

typedef struct {
  uint64_t digest[ROUNDS];
} run_result;

static void *run(void *arg) {
  run_result *res = arg;
  for (unsigned i = 0; i < ROUNDS; i++) res->digest[i] = workload(i);
  return NULL;
}

static void four_threads_agree_with_one(void) {
  static run_result single, multi[THREADS];
  run(&single); /* also readies the shared terms, before any thread starts */
  for (unsigned i = 0; i < ROUNDS; i++) CU_ASSERT_NOT_EQUAL(single.digest[i], 0);
  pthread_t th[THREADS];
  for (int t = 0; t < THREADS; t++) CU_ASSERT_EQUAL_FATAL(pthread_create(&th[t], NULL, run, &multi[t]), 0);
  for (int t = 0; t < THREADS; t++) pthread_join(th[t], NULL);
  for (int t = 0; t < THREADS; t++)
    CU_ASSERT_EQUAL(memcmp(single.digest, multi[t].digest, sizeof single.digest), 0);
  /* Rounds differ from one another, so the digests are not all alike. */
  CU_ASSERT_NOT_EQUAL(single.digest[0], single.digest[1]);
}

static const test_case cases[] = {
  TEST(four_threads_agree_with_one),
};
RUN_TESTS("threads", cases)
