/* SPDX-License-Identifier: MIT */
/* A synthetic national workload: 209 delegated committees of 8 to 16
 * members, and 100,000 decisions with random presence and conflicts.
 * Prints committees per second, decisions per second, nanoseconds per
 * member, and the ratio of validation time to a plain read of the same
 * member arrays (every scalar field and every byte of every name), measured
 * in the same run. The last line is "ratio: X". A benchmark, not a test:
 * it prints figures and exits 0.
 *
 *   bench_committee [ROUNDS]   (default 200 passes over the 209 committees) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cocomm/cocomm.h>

#define N_COMMITTEES 209
#define N_DECISIONS 100000
#define MAX_MEMBERS 16

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint32_t next(void) { /* xorshift64*: deterministic, so runs compare */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (uint32_t)((rng * 2685821657736338717u) >> 32);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char names[N_COMMITTEES][MAX_MEMBERS][40];
static cocomm_member members[N_COMMITTEES][MAX_MEMBERS];
static cocomm_committee committees[N_COMMITTEES];

static void make_committee(uint32_t k) {
  static const int32_t shape[] = {COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_LAY, COCOMM_CATEGORY_EXECUTIVE,
                                  COCOMM_CATEGORY_EXECUTIVE, COCOMM_CATEGORY_CLINICAL,
                                  COCOMM_CATEGORY_HEALTHWATCH, COCOMM_CATEGORY_HWB,
                                  COCOMM_CATEGORY_LMC};
  static const char *const surnames[] = {"Smith", "Jones", "Patel", "Williams", "Brown", "Taylor",
                                         "Davies", "Evans", "Khan", "O'Neill"};
  uint32_t n = 8 + next() % 9;
  for (uint32_t i = 0; i < n; i++) {
    cocomm_member *m = &members[k][i];
    cocomm_member_init(m);
    /* The first eight follow a sound shape; the rest are lay, executive or
     * clinical at random, so some committees break C-2. */
    m->category = i < 8 ? shape[i] : (int32_t)(1 + next() % 3);
    m->voting = !(m->category == COCOMM_CATEGORY_HEALTHWATCH || m->category == COCOMM_CATEGORY_HWB ||
                  m->category == COCOMM_CATEGORY_LMC);
    m->position = i == 0 ? COCOMM_POSITION_CHAIR : i == 1 ? COCOMM_POSITION_VICE_CHAIR
                                                          : COCOMM_POSITION_NONE;
    snprintf(names[k][i], sizeof names[k][i], "%s %c. %s-%u", m->category == COCOMM_CATEGORY_CLINICAL
             ? "Dr" : "Ms", 'A' + (int)(next() % 26), surnames[next() % 10], (unsigned)i);
    m->name = names[k][i];
    m->body = "NHS Example CCG";
  }
  cocomm_committee *c = &committees[k];
  cocomm_committee_init(c);
  c->kind = COCOMM_COMMITTEE_DELEGATED;
  c->members = members[k];
  c->member_count = n;
  c->quorum = (cocomm_quorum){4, 2, 0, 0, COCOMM_PRESIDING_CHAIR_OR_VICE, 1};
}

/* A plain read of the member arrays: what any validation has to touch. */
static uint64_t plain_read(void) {
  uint64_t sum = 0;
  for (uint32_t k = 0; k < N_COMMITTEES; k++) {
    const cocomm_committee *c = &committees[k];
    for (uint32_t i = 0; i < c->member_count; i++) {
      const cocomm_member *m = &c->members[i];
      sum += (uint64_t)m->struct_size + (uint64_t)m->category + (uint64_t)m->voting +
             (uint64_t)m->position;
      for (const char *p = m->name; *p; p++) sum += (unsigned char)*p;
      for (const char *p = m->body; *p; p++) sum += (unsigned char)*p;
    }
  }
  return sum;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 200;
  if (rounds < 1) rounds = 1;
  uint32_t total_members = 0;
  for (uint32_t k = 0; k < N_COMMITTEES; k++) {
    make_committee(k);
    total_members += committees[k].member_count;
  }
  static cocomm_finding findings[N_COMMITTEES * 32];
  static int32_t statuses[N_COMMITTEES];
  static uint32_t counts[N_COMMITTEES];
  uint32_t total = 0;
  volatile uint64_t sink = 0;

  /* Warm up both, then alternate so that neither gets a cache advantage. */
  sink += plain_read();
  cocomm_committee_validate_batch(committees, N_COMMITTEES, sizeof committees[0], statuses, counts,
                                  findings, sizeof findings[0], N_COMMITTEES * 32, &total);
  double t_read = 0, t_validate = 0;
  for (int r = 0; r < rounds; r++) {
    double t0 = now();
    sink += plain_read();
    double t1 = now();
    int32_t st = cocomm_committee_validate_batch(committees, N_COMMITTEES, sizeof committees[0],
                                                 statuses, counts, findings, sizeof findings[0],
                                                 N_COMMITTEES * 32, &total);
    double t2 = now();
    if (st != COCOMM_OK) {
      fprintf(stderr, "validation failed: %s\n", cocomm_status_str(st));
      return 1;
    }
    t_read += t1 - t0;
    t_validate += t2 - t1;
  }
  uint32_t errors = 0;
  for (uint32_t i = 0; i < total; i++) errors += findings[i].severity == COCOMM_SEVERITY_ERROR;

  /* 100,000 decisions spread over the committees. */
  static uint8_t present[64][MAX_MEMBERS];
  static uint8_t conflicted[64][MAX_MEMBERS];
  static cocomm_decision decisions[64];
  cocomm_decision_result result;
  cocomm_finding dfind[64];
  uint32_t dn, decidable = 0;
  double t_dec = 0;
  for (uint32_t done = 0; done < N_DECISIONS; done += 64) {
    for (uint32_t j = 0; j < 64; j++) {
      for (uint32_t i = 0; i < MAX_MEMBERS; i++) {
        present[j][i] = next() % 10 != 0;  /* 90% attendance */
        conflicted[j][i] = next() % 8 == 0; /* one in eight conflicted */
      }
      cocomm_decision_init(&decisions[j]);
      decisions[j].present = present[j];
      decisions[j].conflicted = conflicted[j];
    }
    double t0 = now();
    for (uint32_t j = 0; j < 64 && done + j < N_DECISIONS; j++) {
      cocomm_decision_result_init(&result);
      const cocomm_committee *c = &committees[(done + j) % N_COMMITTEES];
      if (cocomm_decision_check(c, &decisions[j], &result, NULL, dfind, sizeof dfind[0], 64, &dn) ==
          COCOMM_OK)
        decidable += (uint32_t)result.can_decide;
    }
    t_dec += now() - t0;
  }

  double validated = (double)N_COMMITTEES * rounds;
  double ratio = t_validate / t_read;
  printf("committees: %d, members: %u (mean %.1f), rounds: %d\n", N_COMMITTEES, total_members,
         (double)total_members / N_COMMITTEES, rounds);
  printf("findings per pass: %u (%u errors)\n", total, errors);
  printf("committees per second: %.0f\n", validated / t_validate);
  printf("ns per member (validation): %.1f\n", t_validate * 1e9 / (validated / N_COMMITTEES * total_members));
  printf("ns per member (plain read): %.1f\n", t_read * 1e9 / (validated / N_COMMITTEES * total_members));
  printf("decisions: %d, decidable: %u\n", N_DECISIONS, decidable);
  printf("decisions per second: %.0f\n", N_DECISIONS / t_dec);
  printf("(checksum %llu)\n", (unsigned long long)sink);
  printf("ratio: %.2f\n", ratio);
  return 0;
}
