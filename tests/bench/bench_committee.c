/* SPDX-License-Identifier: MIT */
/* The benchmark: figures only, it gates nothing and exits 0 whatever it
 * measures. In one run it times, round after round:
 *
 *  - the library on its own synthetic workload: 209 delegated committees of
 *    8 to 16 members with names and bodies (3.2 findings a committee, as
 *    real lists have: no Healthwatch member, a chair who is not lay, ...),
 *    against a plain read of the same member arrays at memory speed (every
 *    scalar field, strlen of every name and body); 100,000 decisions; a
 *    100,000-row committee list cut into lists of 1,000 rows;
 *  - the peers in ../shared/peers (README.md there) on their own workload,
 *    and the library on exactly that workload: the same 209 committees
 *    (gen_workload.py, read through tests/bench/workload.py; no quorum set,
 *    as the JSON has none: 3.6 findings a committee), the same 100,000
 *    decisions with py_decision.py's quorum as terms of reference
 *    (bench_terms; gen_decisions.py), the same CSV (gen_roster.py).
 *    Peers: plain Python (py_validate.py,
 *    py_decision.py) and json-rules-engine (jre/validate.js, installed with
 *    npm into a temporary copy, since ../shared is read-only). Findings are
 *    written into a caller array (cocomm_committee_assess,
 *    cocomm_decision_assess), members parsed with cocomm_roster_parse.
 *
 * Each ratio is library throughput over peer throughput measured in the
 * same round, the library running just before and just after each peer
 * (the mean of the two); the figures printed are medians over the rounds.
 * The last lines are
 *
 *   x-python: N              committees/s, library over py_validate.py
 *   x-jre: N                 committees/s, library over json-rules-engine
 *   x-python-decisions: N    decisions/s, library over py_decision.py
 *   roster-mb-s: N           cocomm_roster_parse, MB (10^6 bytes) a second
 *   x-python-module: N       the Python module (examples/python/cocomm) from
 *                            Python dicts, conversion included, over py_validate.py
 *   x-python-csv: N          the Python module reading CSV files (the library
 *                            parses) over Python's csv module and py_validate.py
 *                            (both from tests/bench/bench_python.py, in one process)
 *
 * with "skipped (reason)" for a peer that cannot run. Without ../shared
 * (a user's clone) it says so and measures the library on its own workload.
 *
 *   bench_committee [--peers DIR | --no-peers] [--no-jre] [ROUNDS]
 *       ROUNDS: rounds of every measurement (default 5; 1 or 2 for a short run;
 *       above 20, the former argument, passes, read as the default)
 *   bench_committee [--peers DIR] --only validate|decisions|roster [SECONDS]
 *       the library alone on the peers' workload (or its own without them),
 *       for SECONDS (default 10): for perf record. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cocomm/cocomm.h>

#ifndef BENCH_PEERS_DIR
#define BENCH_PEERS_DIR "../shared/peers"
#endif
#ifndef BENCH_SOURCE_DIR
#define BENCH_SOURCE_DIR "tests/bench"
#endif
#ifndef BENCH_PYTHON
#define BENCH_PYTHON "python3"
#endif
#ifndef BENCH_LIBRARY /* the library the Python module loads (COCOMM_LIBRARY); "": its own search */
#define BENCH_LIBRARY ""
#endif

#define MAX_ROUNDS 20
#define DEFAULT_ROUNDS 5
#define FINDINGS_CAP 256
#define ROSTER_ROWS 100000u   /* rows of a large committee list */
#define ROSTER_CHUNK 1000u    /* rows a list (the library takes at most 1024 members) */
#define N_DECISIONS 100000u
#define LIB_SECONDS 0.25      /* each library measurement runs at least this long */
#define PY_REPS 400           /* passes of py_validate.py over the 209 committees */
#define JRE_REPS 200          /* json-rules-engine: 200 or more so its JIT is warm */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void *xmalloc(size_t n) {
  void *p = calloc(1, n ? n : 1);
  if (p == NULL) {
    fprintf(stderr, "bench_committee: out of memory\n");
    exit(1);
  }
  return p;
}

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint32_t next(void) { /* xorshift64*: deterministic, so runs compare */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (uint32_t)((rng * 2685821657736338717u) >> 32);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(const double *v, int n) {
  double s[MAX_ROUNDS];
  if (n <= 0) return 0;
  memcpy(s, v, (size_t)n * sizeof s[0]);
  qsort(s, (size_t)n, sizeof s[0], cmp_double);
  return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/* 2.1M, 176k, 950 */
static const char *si(double v, char *buf, size_t cap) {
  if (v >= 1e6)
    snprintf(buf, cap, "%.2fM", v / 1e6);
  else if (v >= 1e4)
    snprintf(buf, cap, "%.0fk", v / 1e3);
  else
    snprintf(buf, cap, "%.0f", v);
  return buf;
}

/* ---- committees ---- */

/* The quorum py_decision.py assumes, as terms of reference: at least 4
 * voting members, at least 2 of them lay, and a lay chair or vice-chair
 * (who, as C-15 has it for a delegated committee, presides when present,
 * voting and not withdrawn: py_decision.py's "the chair or vice-chair
 * presiding, lay"). Votes cast, no casting vote, presiding by kind: the
 * defaults. The library's own committees have it too; the peers'
 * committees have it for decisions only (their JSON sets no quorum, so
 * validation reports C-13 "no quorum set", as gen_workload.py's "about
 * 3.5 findings per committee" counts). */
static cocomm_terms bench_terms;

static void make_terms(void) {
  cocomm_terms_init(&bench_terms);
  bench_terms.quorum_count = 3;
  bench_terms.quorum[0] = (cocomm_clause){4, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  bench_terms.quorum[1] = (cocomm_clause){2, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY), 0, 0, COCOMM_COUNT_VOTING,
                                          COCOMM_CLAUSE_ANY_BODY};
  bench_terms.quorum[2] = (cocomm_clause){1, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY), 0,
                                          COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) |
                                              COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR),
                                          COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  if (cocomm_terms_check(&bench_terms, NULL) != COCOMM_OK) {
    fprintf(stderr, "bench_committee: the benchmark's terms of reference are refused\n");
    exit(1);
  }
}

typedef struct {
  uint32_t n, members, max_members;
  cocomm_committee *c;
  cocomm_member *m;
  char *text; /* names (and bodies) live here */
} workload;

/* The library's own: 209 delegated committees of 8 to 16 members with
 * categories drawn as the peers' gen_workload.py draws them (clinical
 * members the most common, then lay and executive; an observer votes one
 * time in twenty), a chair anywhere, a vice-chair seven times in ten, and
 * one member in thirty listed twice. Names and bodies as lists give them. */
static void make_synthetic(workload *w) {
  static const int32_t draw[15] = {
      COCOMM_CATEGORY_LAY,         COCOMM_CATEGORY_LAY,      COCOMM_CATEGORY_LAY,
      COCOMM_CATEGORY_EXECUTIVE,   COCOMM_CATEGORY_EXECUTIVE, COCOMM_CATEGORY_EXECUTIVE,
      COCOMM_CATEGORY_CLINICAL,    COCOMM_CATEGORY_CLINICAL, COCOMM_CATEGORY_CLINICAL,
      COCOMM_CATEGORY_CLINICAL,    COCOMM_CATEGORY_NHS_ENGLAND, COCOMM_CATEGORY_HEALTHWATCH,
      COCOMM_CATEGORY_HWB,         COCOMM_CATEGORY_LMC,      COCOMM_CATEGORY_OTHER};
  static const char *const bodies[] = {"", "NHS Example CCG", "NHS Example CCG", "NHS Example CCG",
                                       "NHS England", "Healthwatch Example",
                                       "Example County Council", "Example LMC", "Example CVS"};
  static const char *const titles[] = {"", "Mr", "Ms", "Dr", "Ms", "Mrs", "Cllr", "Dr", "Mr"};
  static const char *const surnames[] = {"Smith", "Jones", "Patel", "Williams", "Brown", "Taylor",
                                         "Davies", "Evans", "Khan", "O'Neill", "Brontë", "Łukasz"};
  enum { N = 209, MAXM = 16, NAME = 48 };
  w->n = N;
  w->max_members = MAXM;
  w->c = xmalloc(N * sizeof *w->c);
  w->m = xmalloc(N * MAXM * sizeof *w->m);
  w->text = xmalloc(N * MAXM * NAME);
  w->members = 0;
  for (uint32_t k = 0; k < N; k++) {
    uint32_t n = 8 + next() % 9;
    cocomm_member *ms = &w->m[k * MAXM];
    for (uint32_t i = 0; i < n; i++) {
      cocomm_member *m = &ms[i];
      char *name = &w->text[(k * MAXM + i) * NAME];
      cocomm_member_init(m);
      if (i > 0 && next() % 30 == 0) { /* listed twice (C-10) */
        *m = ms[i - 1];
        m->position = COCOMM_POSITION_NONE;
        continue;
      }
      m->category = draw[next() % 15];
      const int observer =
          m->category == COCOMM_CATEGORY_HEALTHWATCH || m->category == COCOMM_CATEGORY_HWB;
      m->voting = !observer || next() % 20 == 0;
      m->position = COCOMM_POSITION_NONE;
      snprintf(name, NAME, "%s %c. %s %u-%u", titles[m->category], 'A' + (int)(next() % 26),
               surnames[next() % 12], (unsigned)k, (unsigned)i);
      m->name = name;
      m->body = bodies[m->category];
    }
    uint32_t chair = next() % n;
    ms[chair].position = COCOMM_POSITION_CHAIR;
    if (next() % 10 < 7) ms[(chair + 1) % n].position = COCOMM_POSITION_VICE_CHAIR;
    cocomm_committee *c = &w->c[k];
    cocomm_committee_init(c);
    c->kind = COCOMM_COMMITTEE_DELEGATED;
    c->members = ms;
    c->member_count = n;
    c->terms = &bench_terms;
    w->members += n;
  }
}

typedef struct {
  const char *word;
  int32_t value;
} word_value;

static int lookup(const word_value *t, size_t n, const char *word, int32_t *value) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(t[i].word, word) == 0) return *value = t[i].value, 1;
  return 0;
}
#define LOOKUP(t, word, value) lookup(t, sizeof t / sizeof t[0], word, value)

static const word_value kinds[] = {
    {"delegated", COCOMM_COMMITTEE_DELEGATED}, {"joint", COCOMM_COMMITTEE_JOINT},
    {"in-common", COCOMM_COMMITTEE_IN_COMMON}, {"in_common", COCOMM_COMMITTEE_IN_COMMON},
    {"greater-involvement", COCOMM_COMMITTEE_GREATER_INVOLVEMENT},
    {"greater_involvement", COCOMM_COMMITTEE_GREATER_INVOLVEMENT}};
static const word_value categories[] = {
    {"lay", COCOMM_CATEGORY_LAY},           {"executive", COCOMM_CATEGORY_EXECUTIVE},
    {"clinical", COCOMM_CATEGORY_CLINICAL}, {"nhs_england", COCOMM_CATEGORY_NHS_ENGLAND},
    {"healthwatch", COCOMM_CATEGORY_HEALTHWATCH}, {"hwb", COCOMM_CATEGORY_HWB},
    {"lmc", COCOMM_CATEGORY_LMC},           {"other", COCOMM_CATEGORY_OTHER}};
static const word_value positions[] = {{"none", COCOMM_POSITION_NONE},
                                       {"chair", COCOMM_POSITION_CHAIR},
                                       {"vice_chair", COCOMM_POSITION_VICE_CHAIR}};

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 1 << 20, n = 0;
  char *buf = xmalloc(cap + 1);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, 2 * cap + 1);
      if (bigger == NULL) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = bigger;
      cap *= 2;
    }
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Splits *p at the next space (or line end); returns the word. */
static char *word_at(char **p) {
  char *s = *p, *e = s;
  while (*e && *e != ' ' && *e != '\n') e++;
  if (*e == ' ') *e++ = '\0';
  *p = e;
  return s;
}

/* workload.py's lines: "cocomm-workload N", then "C kind n" and n lines
 * "M category voting position name". The names stay in the file's buffer. */
static int load_workload(const char *path, workload *w, char *why, size_t why_cap) {
  size_t len;
  char *buf = read_file(path, &len);
  unsigned n = 0;
  if (buf == NULL || sscanf(buf, "cocomm-workload %u", &n) != 1 || n == 0) {
    snprintf(why, why_cap, "%s: not a converted workload", path);
    return 0;
  }
  uint32_t lines = 0;
  for (size_t i = 0; i < len; i++) lines += buf[i] == '\n';
  memset(w, 0, sizeof *w);
  w->text = buf;
  w->c = xmalloc(n * sizeof *w->c);
  w->m = xmalloc((size_t)lines * sizeof *w->m);
  char *p = strchr(buf, '\n') + 1;
  for (uint32_t k = 0; k < n; k++) {
    char *line = p;
    char *end = strchr(line, '\n');
    unsigned count = 0;
    int32_t kind;
    if (end == NULL) break;
    *end = '\0';
    p = end + 1;
    if (line[0] != 'C' || line[1] != ' ') goto bad;
    line += 2;
    if (!LOOKUP(kinds, word_at(&line), &kind) || sscanf(line, "%u", &count) != 1 ||
        count > COCOMM_MEMBERS_MAX)
      goto bad;
    cocomm_committee *c = &w->c[k];
    cocomm_committee_init(c);
    c->kind = kind;
    c->members = &w->m[w->members];
    c->member_count = count;
    /* No quorum: the workload sets none (C-13 reports it, as for any
     * committee whose terms of reference are not given). */
    for (uint32_t i = 0; i < count; i++) {
      cocomm_member *m = &w->m[w->members + i];
      char *q = p;
      end = strchr(q, '\n');
      if (end == NULL || q[0] != 'M' || q[1] != ' ') goto bad;
      *end = '\0';
      p = end + 1;
      q += 2;
      cocomm_member_init(m);
      if (!LOOKUP(categories, word_at(&q), &m->category)) goto bad;
      char *voting = word_at(&q);
      if (strcmp(voting, "0") != 0 && strcmp(voting, "1") != 0) goto bad;
      m->voting = voting[0] == '1';
      if (!LOOKUP(positions, word_at(&q), &m->position)) goto bad;
      m->name = q;
      m->body = NULL; /* the peers' members have no body */
    }
    w->members += count;
    if (count > w->max_members) w->max_members = count;
    w->n = k + 1;
  }
  if (w->n == n) return 1;
bad:
  snprintf(why, why_cap, "%s: committee %u is malformed", path, (unsigned)w->n);
  return 0;
}

/* A plain read of the member arrays at memory speed: every scalar field,
 * and strlen (word-at-a-time in any libc) of every name and body. What any
 * validation has to touch at the least. */
static uint64_t plain_read(const workload *w) {
  uint64_t sum = 0;
  for (uint32_t k = 0; k < w->n; k++) {
    const cocomm_committee *c = &w->c[k];
    for (uint32_t i = 0; i < c->member_count; i++) {
      const cocomm_member *m = &c->members[i];
      sum += (uint64_t)m->struct_size + (uint64_t)m->category + (uint64_t)m->voting +
             (uint64_t)m->position + strlen(m->name) + (m->body ? strlen(m->body) : 0);
    }
  }
  return sum;
}

static cocomm_finding findings[FINDINGS_CAP];
static cocomm_findings found = COCOMM_FINDINGS_INIT(findings);

/* One pass of cocomm_committee_assess over every committee, findings
 * written into a caller array; returns how many. */
static uint32_t validate_pass(const workload *w) {
  uint32_t total = 0;
  for (uint32_t k = 0; k < w->n; k++) {
    cocomm_error error = COCOMM_ERROR_INIT;
    int32_t st = cocomm_committee_assess(&w->c[k], &found, &error);
    if (st != COCOMM_OK) {
      fprintf(stderr, "bench_committee: committee %u: %s: member %d, %s: %s\n", (unsigned)k,
              cocomm_status_str(st), (int)error.index, cocomm_field_name(error.field),
              error.message ? error.message : "");
      exit(1);
    }
    total += found.count;
  }
  return total;
}

/* Committees a second over at least `seconds`. */
static double lib_validate(const workload *w, double seconds) {
  uint64_t passes = 0;
  double t0 = now(), t;
  do {
    validate_pass(w);
    passes++;
  } while ((t = now() - t0) < seconds);
  return (double)passes * w->n / t;
}

/* Validation and the plain read alternating pass by pass, so that neither
 * gets a cache advantage: seconds per pass of each. */
static volatile uint64_t sink;
static void lib_validate_vs_read(const workload *w, double seconds, double *t_validate,
                                 double *t_read) {
  uint64_t passes = 0;
  double tv = 0, tr = 0;
  do {
    double t0 = now();
    sink += plain_read(w);
    double t1 = now();
    validate_pass(w);
    double t2 = now();
    tr += t1 - t0;
    tv += t2 - t1;
    passes++;
  } while (tv + tr < seconds);
  *t_validate = tv / (double)passes;
  *t_read = tr / (double)passes;
}

typedef struct {
  uint32_t total, errors, warnings, infos, peer_rules;
} finding_counts;

static finding_counts count_findings(const workload *w) {
  static const int32_t peer_rules[] = {COCOMM_RULE_C_1, COCOMM_RULE_C_2, COCOMM_RULE_C_3,
                                       COCOMM_RULE_C_4, COCOMM_RULE_C_6, COCOMM_RULE_C_10};
  finding_counts fc = {0, 0, 0, 0, 0};
  for (uint32_t k = 0; k < w->n; k++) {
    if (cocomm_committee_assess(&w->c[k], &found, NULL) != COCOMM_OK) continue;
    for (uint32_t i = 0; i < found.count; i++) {
      fc.total++;
      fc.errors += findings[i].severity == COCOMM_SEVERITY_ERROR;
      fc.warnings += findings[i].severity == COCOMM_SEVERITY_WARNING;
      fc.infos += findings[i].severity == COCOMM_SEVERITY_INFO;
      for (size_t r = 0; r < sizeof peer_rules / sizeof peer_rules[0]; r++)
        fc.peer_rules += findings[i].rule == peer_rules[r];
    }
  }
  return fc;
}

/* ---- decisions ---- */

typedef struct {
  uint32_t n, stride;
  uint32_t *k;
  uint8_t *present, *conflicted;
  cocomm_decision *d;
} decision_set;

static void decisions_alloc(decision_set *ds, uint32_t n, uint32_t stride) {
  ds->n = n;
  ds->stride = stride;
  ds->k = xmalloc(n * sizeof *ds->k);
  ds->present = xmalloc((size_t)n * stride);
  ds->conflicted = xmalloc((size_t)n * stride);
  ds->d = xmalloc(n * sizeof *ds->d);
}

static void decisions_link(decision_set *ds) {
  for (uint32_t j = 0; j < ds->n; j++) {
    cocomm_decision_init(&ds->d[j]);
    ds->d[j].present = &ds->present[(size_t)j * ds->stride];
    ds->d[j].conflicted = &ds->conflicted[(size_t)j * ds->stride];
  }
}

/* 100,000 agenda items spread over the committees: 90% attendance, one
 * member in eight conflicted (as gen_decisions.py draws them). */
static void make_decisions(const workload *w, decision_set *ds) {
  decisions_alloc(ds, N_DECISIONS, w->max_members);
  for (uint32_t j = 0; j < ds->n; j++) {
    ds->k[j] = j % w->n;
    for (uint32_t i = 0; i < w->c[ds->k[j]].member_count; i++) {
      ds->present[(size_t)j * ds->stride + i] = next() % 10 != 0;
      ds->conflicted[(size_t)j * ds->stride + i] = next() % 8 == 0;
    }
  }
  decisions_link(ds);
}

/* gen_decisions.py's lines: committee index, present mask, conflicted mask (hex). */
static int load_decisions(const char *path, const workload *w, decision_set *ds, char *why,
                          size_t why_cap) {
  FILE *f = fopen(path, "r");
  uint32_t n = 0;
  char line[128];
  if (f == NULL || w->max_members > 64) {
    snprintf(why, why_cap, "%s: cannot read", path);
    if (f) fclose(f);
    return 0;
  }
  while (fgets(line, sizeof line, f)) n++;
  rewind(f);
  decisions_alloc(ds, n, w->max_members);
  for (uint32_t j = 0; j < n; j++) {
    unsigned k;
    unsigned long long p, c;
    if (fgets(line, sizeof line, f) == NULL || sscanf(line, "%u %llx %llx", &k, &p, &c) != 3 ||
        k >= w->n) {
      snprintf(why, why_cap, "%s: line %u is malformed", path, (unsigned)j + 1);
      fclose(f);
      return 0;
    }
    ds->k[j] = k;
    for (uint32_t i = 0; i < w->c[k].member_count; i++) {
      ds->present[(size_t)j * ds->stride + i] = (uint8_t)(p >> i & 1);
      ds->conflicted[(size_t)j * ds->stride + i] = (uint8_t)(c >> i & 1);
    }
  }
  fclose(f);
  decisions_link(ds);
  return 1;
}

/* One pass of cocomm_decision_assess over every decision; returns how many
 * can be decided, and the findings in *nfind; in *absences (may be NULL)
 * how many of those decided have lost the lay and executive majority
 * through absences alone (I-6: a warning, not an error; py_decision.py,
 * written before I-6 said so, does not decide them). */
static uint32_t decisions_pass(const workload *w, const decision_set *ds, uint32_t *nfind, uint32_t *absences) {
  uint32_t decidable = 0, total = 0, absent = 0;
  for (uint32_t j = 0; j < ds->n; j++) {
    cocomm_decision_result result;
    cocomm_decision_result_init(&result);
    cocomm_error error = COCOMM_ERROR_INIT;
    int32_t st = cocomm_decision_assess(&w->c[ds->k[j]], &ds->d[j], &result, NULL, &found, &error);
    if (st != COCOMM_OK) {
      fprintf(stderr, "bench_committee: decision %u: %s: index %d, %s: %s\n", (unsigned)j,
              cocomm_status_str(st), (int)error.index, cocomm_field_name(error.field),
              error.message ? error.message : "");
      exit(1);
    }
    decidable += (uint32_t)result.can_decide;
    total += found.count;
    for (uint32_t i = 0; absences && result.can_decide && i < found.count && i < FINDINGS_CAP; i++)
      if (findings[i].message == COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY_ABSENT) {
        absent++;
        break;
      }
  }
  if (nfind) *nfind = total;
  if (absences) *absences = absent;
  return decidable;
}

static double lib_decisions(const workload *w, const decision_set *ds, double seconds) {
  uint64_t passes = 0;
  double t0 = now(), t;
  do {
    sink += decisions_pass(w, ds, NULL, NULL);
    passes++;
  } while ((t = now() - t0) < seconds);
  return (double)passes * ds->n / t;
}

/* ---- committee lists (CSV) ---- */

typedef struct {
  char *buf;     /* every list back to back, each with the header row */
  size_t *off;   /* list i is buf[off[i] .. off[i + 1]) */
  uint32_t n, rows;
  size_t bytes;
} roster_set;

/* Cuts a CSV with no line break inside quotes on line ends into lists of
 * at most ROSTER_CHUNK rows, each with the header row. */
static void cut_roster(const char *csv, size_t len, roster_set *rs) {
  const char *eol = memchr(csv, '\n', len);
  size_t head = eol ? (size_t)(eol - csv) + 1 : len;
  uint32_t lines = 0;
  for (const char *p = csv + head; p < csv + len && (p = memchr(p, '\n', (size_t)(csv + len - p)));
       p++)
    lines++;
  uint32_t chunks = lines / ROSTER_CHUNK + 2;
  rs->buf = xmalloc(len + (size_t)chunks * head);
  rs->off = xmalloc((chunks + 1) * sizeof *rs->off);
  rs->n = 0;
  rs->rows = 0;
  size_t at = 0;
  const char *p = csv + head, *end = csv + len;
  while (p < end) {
    const char *q = p;
    uint32_t rows = 0;
    while (q < end && rows < ROSTER_CHUNK) {
      const char *e = memchr(q, '\n', (size_t)(end - q));
      q = e ? e + 1 : end;
      rows++;
    }
    rs->off[rs->n++] = at;
    memcpy(rs->buf + at, csv, head);
    memcpy(rs->buf + at + head, p, (size_t)(q - p));
    at += head + (size_t)(q - p);
    rs->rows += rows;
    p = q;
  }
  rs->off[rs->n] = at;
  rs->bytes = at;
}

/* The library's own list: gen_roster.py's spellings and shapes (quoted
 * names with commas and doubled quotes, non-ASCII names, mixed case and
 * stray blanks, CRLF line ends). */
static char *make_roster_csv(uint32_t rows, size_t *len) {
  static const char *const cats[] = {"Lay", "lay member", "Executive", "exec", "CCG Executive",
                                     "Clinical", "GP", "GP member", "Clinician", "NHS England",
                                     "NHSE", "Area Team", "Healthwatch", "Local Healthwatch", "HWB",
                                     "Health and Wellbeing Board", "Health & Wellbeing Board", "LMC",
                                     "Local Medical Committee", "Other"};
  static const char *const votes[] = {"",  "",  "Yes",    "No",        "Y",
                                      "N", "voting", "non-voting", "TRUE"};
  static const char *const pos[] = {"", "", "", "", "", "", "", "", "", "", "", "",
                                    "Chair", "Vice-Chair", "Deputy Chair", "member", "None"};
  static const char *const first[] = {"Jane", "John", "Amir", "Priya", "Siobhán", "Zoë",
                                      "Łukasz", "Mary", "David", "Aisha", "Gareth", "Siân"};
  static const char *const last[] = {"Smith", "Jones", "Patel", "Williams", "Brown", "O'Neill",
                                     "Khan", "Evans", "Taylor", "Davies", "Brontë"};
  static const char *const orgs[] = {"NHS Example CCG", "NHS England", "Healthwatch Example",
                                     "Example County Council", "Example LMC", "", ""};
  static const char *const titles[] = {"Dr", "Ms", "Mr", "Cllr"};
#define PICK(a) a[next() % (sizeof a / sizeof a[0])]
  size_t cap = (size_t)rows * 160 + 64, n = 0;
  char *buf = xmalloc(cap);
  n += (size_t)snprintf(buf, cap, "Name,Category,Voting,Position,Organisation\r\n");
  for (uint32_t i = 0; i < rows; i++) {
    const char *f = PICK(first), *l = PICK(last);
    char name[96], cat[64];
    uint32_t r = next() % 100;
    if (r < 10)
      snprintf(name, sizeof name, "\"%s, %s %u\"", l, f, (unsigned)i);
    else if (r < 13)
      snprintf(name, sizeof name, "\"Dr \"\"%s\"\" %s %u\"", f, l, (unsigned)i);
    else
      snprintf(name, sizeof name, "%s %s %s %u", PICK(titles), f, l, (unsigned)i);
    const char *c = PICK(cats);
    if (next() % 5 == 0) {
      size_t k = 0;
      cat[k++] = ' ';
      for (const char *s = c; *s && k < sizeof cat - 2; s++)
        cat[k++] = (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s);
      cat[k++] = ' ';
      cat[k] = '\0';
    } else {
      snprintf(cat, sizeof cat, "%s", c);
    }
    n += (size_t)snprintf(buf + n, cap - n, "%s,%s,%s,%s,%s\r\n", name, cat, PICK(votes), PICK(pos),
                          PICK(orgs));
  }
#undef PICK
  *len = n;
  return buf;
}

static cocomm_member roster_members[COCOMM_MEMBERS_MAX];
static char roster_text[1 << 18];

/* One pass of cocomm_roster_parse over every list; returns members read. */
static uint32_t roster_pass(const roster_set *rs) {
  uint32_t total = 0;
  for (uint32_t i = 0; i < rs->n; i++) {
    cocomm_roster roster = COCOMM_ROSTER_INIT(roster_members, roster_text);
    cocomm_error error = COCOMM_ERROR_INIT;
    int32_t st = cocomm_roster_parse(rs->buf + rs->off[i], rs->off[i + 1] - rs->off[i], 0, &roster, &error);
    if (st != COCOMM_OK) {
      fprintf(stderr, "bench_committee: list %u, line %u, column %u: %s: %s \"%s\"\n", (unsigned)i,
              (unsigned)error.line, (unsigned)error.column, cocomm_status_str(st),
              error.message ? error.message : "", error.text);
      exit(1);
    }
    total += roster.count;
  }
  return total;
}

/* MB (10^6 bytes) a second. */
static double lib_roster(const roster_set *rs, double seconds) {
  uint64_t passes = 0;
  double t0 = now(), t;
  do {
    sink += roster_pass(rs);
    passes++;
  } while ((t = now() - t0) < seconds);
  return (double)passes * (double)rs->bytes / t / 1e6;
}

/* The floor: memchr over the same bytes for every line end. */
static double memchr_floor(const roster_set *rs, double seconds) {
  uint64_t passes = 0;
  double t0 = now(), t;
  do {
    const char *p = rs->buf, *end = rs->buf + rs->bytes;
    uint64_t lines = 0;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) p++, lines++;
    sink += lines;
    passes++;
  } while ((t = now() - t0) < seconds);
  return (double)passes * (double)rs->bytes / t / 1e6;
}

/* ---- peers ---- */

static char tmpdir[256];

/* 'text' quoted for sh. */
static const char *shq(const char *text) {
  static char bufs[8][1024];
  static int which;
  char *b = bufs[which++ % 8];
  size_t n = 0;
  b[n++] = '\'';
  for (const char *p = text; *p && n < sizeof bufs[0] - 6; p++) {
    if (*p == '\'') {
      memcpy(b + n, "'\\''", 4);
      n += 4;
    } else {
      b[n++] = *p;
    }
  }
  b[n++] = '\'';
  b[n] = '\0';
  return b;
}

static char *tmp_path(const char *name) {
  static char bufs[8][512];
  static int which;
  char *b = bufs[which++ % 8];
  snprintf(b, sizeof bufs[0], "%s/%s", tmpdir, name);
  return b;
}

/* The last non-empty line of the peers' error log, for a reason. */
static const char *last_error(void) {
  static char last[200];
  char line[512];
  FILE *f = fopen(tmp_path("stderr.log"), "r");
  snprintf(last, sizeof last, "no message");
  while (f && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0]) snprintf(last, sizeof last, "%.190s", line);
  }
  if (f) fclose(f);
  return last;
}

/* Runs a shell command (stderr to the log); 0 when it exits 0. */
static int sh(const char *fmt, ...) {
  char cmd[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  char full[4200];
  snprintf(full, sizeof full, "( %s ) 2>%s", cmd, shq(tmp_path("stderr.log")));
  int st = system(full);
  return st == -1 || !WIFEXITED(st) ? -1 : WEXITSTATUS(st);
}

/* Runs a shell command and keeps its standard output in out; 0 on success. */
static int capture(char *out, size_t cap, const char *fmt, ...) {
  char cmd[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  char full[4200];
  snprintf(full, sizeof full, "( %s ) 2>%s", cmd, shq(tmp_path("stderr.log")));
  FILE *p = popen(full, "r");
  if (p == NULL) return -1;
  size_t n = 0, got;
  while (n + 1 < cap && (got = fread(out + n, 1, cap - 1 - n, p)) > 0) n += got;
  out[n] = '\0';
  char drain[256];
  while (fread(drain, 1, sizeof drain, p) > 0) {
  }
  int st = pclose(p);
  return st == -1 || !WIFEXITED(st) ? -1 : WEXITSTATUS(st);
}

/* Removes the temporary directory (its error log is inside it). */
static void cleanup(void) {
  char cmd[1100];
  if (!tmpdir[0]) return;
  snprintf(cmd, sizeof cmd, "rm -rf %s", shq(tmpdir));
  if (system(cmd) != 0) fprintf(stderr, "bench_committee: could not remove %s\n", tmpdir);
  tmpdir[0] = '\0';
}

typedef struct {
  double per_second, ns_member, found; /* found: findings (or events) a pass, or decidable */
} peer_figure;

/* "...: N committees in Ts = ..., X ns/member, findings F" (py_validate.py,
 * jre/validate.js). */
static int parse_committees(const char *out, int reps, peer_figure *pf) {
  const char *p = strstr(out, " committees in ");
  double n, t;
  if (p == NULL) return 0;
  while (p > out && p[-1] != ' ' && p[-1] != ':') p--;
  if (sscanf(p, "%lf committees in %lfs", &n, &t) != 2 || t <= 0) return 0;
  pf->per_second = n / t;
  const char *ns = strstr(out, " ns/member");
  pf->ns_member = 0;
  if (ns) {
    while (ns > out && ns[-1] != ' ') ns--;
    pf->ns_member = atof(ns);
  }
  const char *f = strstr(out, "findings ");
  if (f == NULL) f = strstr(out, "events ");
  pf->found = f ? atof(strchr(f, ' ') + 1) / reps : 0;
  return 1;
}

/* "py_decision: N decisions, decidable D, ..." and "DECISION|...|RATE". */
static int parse_decisions(const char *out, peer_figure *pf) {
  const char *d = strstr(out, "decidable ");
  const char *r = strstr(out, "DECISION|");
  if (d == NULL || r == NULL || (r = strrchr(r, '|')) == NULL) return 0;
  pf->found = atof(d + strlen("decidable "));
  pf->per_second = atof(r + 1);
  pf->ns_member = 0;
  return pf->per_second > 0;
}

typedef struct {
  int on;              /* still running */
  char why[512];       /* why not, when skipped */
} peer_state;

static int file_exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

static const char *python = BENCH_PYTHON;

/* ---- main ---- */

static void usage(void) {
  fprintf(stderr, "usage: bench_committee [--peers DIR | --no-peers] [--no-jre] [ROUNDS]\n"
                  "       bench_committee [--peers DIR | --no-peers] "
                  "--only validate|decisions|roster [SECONDS]\n");
  exit(2);
}

int main(int argc, char **argv) {
  const char *peers_dir = BENCH_PEERS_DIR, *only = NULL;
  int use_peers = 1, use_jre = 1, rounds = DEFAULT_ROUNDS, legacy = 0;
  double only_seconds = 10;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--peers") == 0 && i + 1 < argc)
      peers_dir = argv[++i];
    else if (strcmp(argv[i], "--no-peers") == 0)
      use_peers = 0;
    else if (strcmp(argv[i], "--no-jre") == 0)
      use_jre = 0;
    else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
      only = argv[++i];
    else if (argv[i][0] >= '0' && argv[i][0] <= '9') {
      rounds = atoi(argv[i]);
      only_seconds = atof(argv[i]);
    } else
      usage();
  }
  if (rounds < 1) rounds = 1;
  if (rounds > MAX_ROUNDS) { /* 1.x's argument: passes over the committees (100, 200) */
    legacy = rounds;
    rounds = DEFAULT_ROUNDS;
  }
  if (only && strcmp(only, "validate") != 0 && strcmp(only, "decisions") != 0 &&
      strcmp(only, "roster") != 0)
    usage();
  setvbuf(stdout, NULL, _IOLBF, 0);
  double t_start = now();

  /* The library's own workload. */
  workload own;
  decision_set own_dec;
  roster_set own_roster;
  size_t own_csv_len;
  make_terms();
  make_synthetic(&own);
  make_decisions(&own, &own_dec);
  char *own_csv = make_roster_csv(ROSTER_ROWS, &own_csv_len);
  cut_roster(own_csv, own_csv_len, &own_roster);
  free(own_csv);

  /* The peers' workload, generated by their own scripts. */
  peer_state peers = {0, ""}, py = {0, ""}, jre = {0, ""}, pydec = {0, ""};
  char out[8192];
  workload pw, pwq; /* pwq: the same committees with py_decision.py's quorum */
  decision_set pw_dec;
  roster_set pw_roster;
  const char *peers_path = peers_dir;
  if (!use_peers) {
    snprintf(peers.why, sizeof peers.why, "--no-peers");
  } else if (!file_exists(peers_dir)) {
    snprintf(peers.why, sizeof peers.why, "%.400s is absent", peers_dir);
  } else {
    snprintf(tmpdir, sizeof tmpdir, "%s/cocomm-bench.XXXXXX",
             getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    char gen[4200];
    snprintf(gen, sizeof gen, "%s/gen_workload.py", peers_path);
    if (mkdtemp(tmpdir) == NULL) {
      tmpdir[0] = '\0';
      snprintf(peers.why, sizeof peers.why, "cannot make a temporary directory");
    } else if (!file_exists(gen)) {
      snprintf(peers.why, sizeof peers.why, "%.400s has no gen_workload.py", peers_path);
    } else if (sh("%s %s >%s", python, shq(gen), shq(tmp_path("workload.json"))) != 0 ||
               sh("%s %s %s >%s", python, shq(BENCH_SOURCE_DIR "/workload.py"),
                  shq(tmp_path("workload.json")), shq(tmp_path("workload.txt"))) != 0 ||
               sh("%s %s/gen_decisions.py %s >%s", python, shq(peers_path),
                  shq(tmp_path("workload.json")), shq(tmp_path("decisions.txt"))) != 0 ||
               sh("%s %s/gen_roster.py >%s", python, shq(peers_path),
                  shq(tmp_path("roster.csv"))) != 0) {
      snprintf(peers.why, sizeof peers.why, "generating the workload failed: %s", last_error());
    } else if (!load_workload(tmp_path("workload.txt"), &pw, peers.why, sizeof peers.why) ||
               !load_decisions(tmp_path("decisions.txt"), &pw, &pw_dec, peers.why,
                               sizeof peers.why)) {
      /* peers.why says why */
    } else {
      size_t len;
      char *csv = read_file(tmp_path("roster.csv"), &len);
      pwq = pw;
      pwq.c = xmalloc(pw.n * sizeof *pwq.c);
      for (uint32_t k = 0; k < pw.n; k++) {
        pwq.c[k] = pw.c[k];
        pwq.c[k].terms = &bench_terms;
      }
      if (csv == NULL) {
        snprintf(peers.why, sizeof peers.why, "cannot read the generated CSV");
      } else {
        cut_roster(csv, len, &pw_roster);
        free(csv);
        peers.on = py.on = pydec.on = 1;
      }
    }
  }

  if (only) { /* for perf record: the library alone, nothing else running */
    const workload *w = peers.on ? &pw : &own;
    printf("--only %s for %.0f s on the %s workload\n", only, only_seconds,
           peers.on ? "peers'" : "library's own");
    if (strcmp(only, "validate") == 0)
      printf("committees per second: %.0f\n", lib_validate(w, only_seconds));
    else if (strcmp(only, "decisions") == 0)
      printf("decisions per second: %.0f\n",
             lib_decisions(peers.on ? &pwq : &own, peers.on ? &pw_dec : &own_dec, only_seconds));
    else
      printf("roster MB/s: %.0f\n", lib_roster(peers.on ? &pw_roster : &own_roster, only_seconds));
    cleanup();
    return 0;
  }

  printf("libcocomm %s benchmark: figures only, gates nothing; %d round%s, medians printed\n",
         cocomm_version_string(), rounds, rounds == 1 ? "" : "s");
  if (legacy)
    printf("(the argument %d is read as the former pass count: ROUNDS is at most %d)\n", legacy,
           MAX_ROUNDS);
  if (!peers.on) {
    printf("peers: skipped (%s); measuring the library on its own workload only\n", peers.why);
  } else {
    char version[256] = "";
    capture(version, sizeof version, "%s --version", python);
    version[strcspn(version, "\n")] = '\0';
    printf("peers: %s, workload generated into %s\n", peers_path, tmpdir);
    printf("python peer: %s (%s)\n", python, version);
    /* json-rules-engine: a temporary copy, since ../shared is read-only. */
    if (!use_jre) {
      snprintf(jre.why, sizeof jre.why, "--no-jre");
    } else if (sh("command -v node >/dev/null") != 0) {
      snprintf(jre.why, sizeof jre.why, "node is not installed");
    } else if (sh("command -v npm >/dev/null") != 0) {
      snprintf(jre.why, sizeof jre.why, "npm is not installed");
    } else if (sh("cp -R %s/jre %s && chmod -R u+w %s", shq(peers_path), shq(tmp_path("jre")),
                  shq(tmp_path("jre"))) != 0) {
      snprintf(jre.why, sizeof jre.why, "cannot copy jre/: %s", last_error());
    } else {
      double t0 = now();
      /* timeout(1) bounds a stalled registry; npm's own output goes to its log */
      int st = sh("cd %s && if command -v timeout >/dev/null; then t='timeout 120'; else t=; fi && "
                  "NPM_CONFIG_UPDATE_NOTIFIER=false $t npm install --no-audit --no-fund "
                  "--loglevel=error >npm.log 2>&1 || { tail -n 3 npm.log >&2; exit 1; }",
                  shq(tmp_path("jre")));
      if (st != 0) {
        snprintf(jre.why, sizeof jre.why, "npm install failed: %s", last_error());
      } else {
        char nv[64] = "";
        capture(nv, sizeof nv, "node --version");
        nv[strcspn(nv, "\n")] = '\0';
        printf("json-rules-engine peer: npm install in %.1f s, node %s\n", now() - t0, nv);
        jre.on = 1;
      }
    }
    if (!jre.on) printf("json-rules-engine peer: skipped (%s)\n", jre.why);
  }

  /* Findings, counted once, untimed: the own workload has a realistic rate
   * (3 or more a committee); on the peers' workload the library's findings
   * for the rules the peers check are printed beside py_validate.py's (the
   * same but for the C-10 difference the output names), and the decisions
   * the library finds decidable beside py_decision.py's (the same once
   * those decided with the majority lost through absences alone are set
   * aside: I-6 makes that a warning, and py_decision.py predates it). */
  finding_counts own_fc = count_findings(&own);
  uint32_t own_dfind = 0, own_decidable = decisions_pass(&own, &own_dec, &own_dfind, NULL);
  finding_counts pw_fc = {0, 0, 0, 0, 0};
  uint32_t pw_dfind = 0, pw_decidable = 0, pw_absences = 0;
  if (peers.on) {
    pw_fc = count_findings(&pw);
    pw_decidable = decisions_pass(&pwq, &pw_dec, &pw_dfind, &pw_absences);
  }

  double o_cps[MAX_ROUNDS], o_nsm[MAX_ROUNDS], o_nsr[MAX_ROUNDS], o_ratio[MAX_ROUNDS],
      o_dps[MAX_ROUNDS], o_mbs[MAX_ROUNDS], o_floor[MAX_ROUNDS];
  double l_dps[MAX_ROUNDS], l_mbs[MAX_ROUNDS], l_floor[MAX_ROUNDS];
  double p_cps[MAX_ROUNDS], p_nsm[MAX_ROUNDS], j_cps[MAX_ROUNDS], j_nsm[MAX_ROUNDS],
      d_dps[MAX_ROUNDS];
  double x_py[MAX_ROUNDS], x_jre[MAX_ROUNDS], x_dec[MAX_ROUNDS], l_cps_all[2 * MAX_ROUNDS];
  int n_py = 0, n_jre = 0, n_dec = 0, n_lcps = 0;
  double py_found = 0, jre_found = 0, pydec_decidable = -1;

  for (int r = 0; r < rounds; r++) {
    char a[32], b[32], c[32];
    /* The library on its own workload. */
    double tv, tr;
    lib_validate_vs_read(&own, LIB_SECONDS, &tv, &tr);
    o_cps[r] = own.n / tv;
    o_nsm[r] = tv * 1e9 / own.members;
    o_nsr[r] = tr * 1e9 / own.members;
    o_ratio[r] = tv / tr;
    o_dps[r] = lib_decisions(&own, &own_dec, LIB_SECONDS);
    o_mbs[r] = lib_roster(&own_roster, LIB_SECONDS);
    o_floor[r] = memchr_floor(&own_roster, LIB_SECONDS / 5);
    printf("round %d/%d own workload: %s committees/s, %.1f ns/member (plain read %.2f, x%.1f), "
           "%s decisions/s, roster %.0f MB/s\n",
           r + 1, rounds, si(o_cps[r], a, sizeof a), o_nsm[r], o_nsr[r], o_ratio[r],
           si(o_dps[r], b, sizeof b), o_mbs[r]);
    if (!peers.on) continue;

    /* The library and the peers alternating on the peers' workload: the
     * library runs just before and just after each peer (the run after one
     * peer is the run before the next), and its figure is the mean of the
     * two, so that a change in the machine's load during a peer's run
     * weighs on both sides of the ratio. */
    char line[512];
    int at = snprintf(line, sizeof line, "round %d/%d peers' workload:", r + 1, rounds);
    double before = lib_validate(&pw, LIB_SECONDS);
    if (py.on) {
      peer_figure pf;
      if (capture(out, sizeof out, "%s %s/py_validate.py %s %d", python, shq(peers_path),
                  shq(tmp_path("workload.json")), PY_REPS) != 0 ||
          !parse_committees(out, PY_REPS, &pf)) {
        py.on = 0;
        snprintf(py.why, sizeof py.why, "py_validate.py failed: %s", last_error());
      } else {
        double after = lib_validate(&pw, LIB_SECONDS), lib = (before + after) / 2;
        before = after;
        p_cps[n_py] = pf.per_second;
        p_nsm[n_py] = pf.ns_member;
        py_found = pf.found;
        x_py[n_py++] = lib / pf.per_second;
        l_cps_all[n_lcps++] = lib;
        at += snprintf(line + at, sizeof line - (size_t)at,
                       " library %s vs python %s committees/s x%.1f;", si(lib, a, sizeof a),
                       si(pf.per_second, b, sizeof b), lib / pf.per_second);
      }
    }
    if (jre.on) {
      peer_figure pf;
      if (capture(out, sizeof out, "node %s %s %d", shq(tmp_path("jre/validate.js")),
                  shq(tmp_path("workload.json")), JRE_REPS) != 0 ||
          !parse_committees(out, JRE_REPS, &pf)) {
        jre.on = 0;
        snprintf(jre.why, sizeof jre.why, "validate.js failed: %s", last_error());
      } else {
        double after = lib_validate(&pw, LIB_SECONDS), lib = (before + after) / 2;
        j_cps[n_jre] = pf.per_second;
        j_nsm[n_jre] = pf.ns_member;
        jre_found = pf.found;
        x_jre[n_jre++] = lib / pf.per_second;
        l_cps_all[n_lcps++] = lib;
        at += snprintf(line + at, sizeof line - (size_t)at, " library %s vs jre %s x%.0f;",
                       si(lib, a, sizeof a), si(pf.per_second, b, sizeof b), lib / pf.per_second);
      }
    }
    if (pydec.on) {
      peer_figure pf;
      before = lib_decisions(&pwq, &pw_dec, LIB_SECONDS);
      if (capture(out, sizeof out, "%s %s/py_decision.py %s %s 1", python, shq(peers_path),
                  shq(tmp_path("workload.json")), shq(tmp_path("decisions.txt"))) != 0 ||
          !parse_decisions(out, &pf)) {
        pydec.on = 0;
        snprintf(pydec.why, sizeof pydec.why, "py_decision.py failed: %s", last_error());
      } else {
        double after = lib_decisions(&pwq, &pw_dec, LIB_SECONDS), lib = (before + after) / 2;
        l_dps[n_dec] = lib;
        d_dps[n_dec] = pf.per_second;
        pydec_decidable = pf.found;
        x_dec[n_dec++] = lib / pf.per_second;
        at += snprintf(line + at, sizeof line - (size_t)at, " decisions %s vs %s/s x%.1f;",
                       si(lib, a, sizeof a), si(pf.per_second, c, sizeof c), lib / pf.per_second);
      }
    }
    l_mbs[r] = lib_roster(&pw_roster, LIB_SECONDS);
    l_floor[r] = memchr_floor(&pw_roster, LIB_SECONDS / 5);
    snprintf(line + at, sizeof line - (size_t)at, " roster %.0f MB/s", l_mbs[r]);
    printf("%s\n", line);
  }

  /* The Python module against the plain-Python peer, in one Python
   * process (tests/bench/bench_python.py: its own same-round ratios). */
  char pymod[8192] = "", pymod_why[512] = "";
  int pymod_on = 0;
  if (peers.on) {
    printf("== the Python module (tests/bench/bench_python.py; medians of %d same-round ratios)\n", rounds);
    if (capture(pymod, sizeof pymod, "COCOMM_LIBRARY=%s %s %s %s %s %s %d", shq(BENCH_LIBRARY), python,
                shq(BENCH_SOURCE_DIR "/bench_python.py"), shq(peers_path), shq(tmp_path("workload.json")),
                shq(tmp_path("roster.csv")), rounds) != 0 ||
        strstr(pymod, "x-python-module: ") == NULL || strstr(pymod, "x-python-csv: ") == NULL) {
      snprintf(pymod_why, sizeof pymod_why, "bench_python.py failed: %s", last_error());
    } else {
      pymod_on = 1;
      for (const char *line = pymod; *line;) { /* its lines but the figures, printed last */
        size_t n = strcspn(line, "\n");
        if (strncmp(line, "x-python-", 9) != 0) printf("%.*s\n", (int)n, line);
        line += n + (line[n] == '\n');
      }
    }
  }

  char a[32];
  printf("== the library's own workload (medians of %d rounds)\n", rounds);
  printf("committees: %u, members: %u (mean %.1f)\n", (unsigned)own.n, (unsigned)own.members,
         (double)own.members / own.n);
  printf("findings per pass: %u (%u errors, %u warnings, %u information), %.2f per committee\n",
         (unsigned)own_fc.total, (unsigned)own_fc.errors, (unsigned)own_fc.warnings,
         (unsigned)own_fc.infos, (double)own_fc.total / own.n);
  printf("committees per second: %.0f\n", median(o_cps, rounds));
  printf("ns per member (validation): %.1f\n", median(o_nsm, rounds));
  printf("ns per member (plain read, strlen): %.2f\n", median(o_nsr, rounds));
  printf("ratio to plain read: %.1f\n", median(o_ratio, rounds));
  printf("decisions: %u, decidable: %u, findings per decision: %.2f\n", (unsigned)own_dec.n,
         (unsigned)own_decidable, (double)own_dfind / own_dec.n);
  printf("decisions per second: %.0f\n", median(o_dps, rounds));
  printf("roster: %u rows in %u lists, %.2f MB\n", (unsigned)own_roster.rows,
         (unsigned)own_roster.n, (double)own_roster.bytes / 1e6);
  printf("roster MB/s: %.0f (memchr floor %.0f MB/s)\n", median(o_mbs, rounds),
         median(o_floor, rounds));

  if (peers.on) {
    printf("== the peers' workload (%s; medians of same-round ratios)\n", peers_path);
    printf("committees: %u, members: %u (mean %.1f)\n", (unsigned)pw.n, (unsigned)pw.members,
           (double)pw.members / pw.n);
    printf("findings per pass: library %u (%.2f per committee); for the rules the peers check "
           "(C-1, C-2, C-3, C-4, C-6, C-10) library %u (C-10 also counts a voting observer in "
           "the chair)",
           (unsigned)pw_fc.total, (double)pw_fc.total / pw.n, (unsigned)pw_fc.peer_rules);
    if (n_py) printf(", python %.0f", py_found);
    if (n_jre) printf(", json-rules-engine %.0f events (one a rule)", jre_found);
    printf("\n");
    if (n_lcps)
      printf("library committees per second: %.0f, ns per member: %.1f\n",
             median(l_cps_all, n_lcps), 1e9 * pw.n / median(l_cps_all, n_lcps) / pw.members);
    if (n_py)
      printf("python committees per second: %.0f, ns per member: %.1f\n", median(p_cps, n_py),
             median(p_nsm, n_py));
    if (n_jre)
      printf("json-rules-engine committees per second: %.0f, ns per member: %.1f\n",
             median(j_cps, n_jre), median(j_nsm, n_jre));
    printf("decisions: %u, decidable: library %u (%u without those whose lay and executive majority was lost "
           "through absences alone, a warning under I-6)",
           (unsigned)pw_dec.n, (unsigned)pw_decidable, (unsigned)(pw_decidable - pw_absences));
    if (n_dec) printf(", python %.0f", pydec_decidable);
    printf("; library findings per decision %.2f\n", (double)pw_dfind / pw_dec.n);
    if (n_dec)
      printf("decisions per second: library %.0f, python %.0f\n", median(l_dps, n_dec),
             median(d_dps, n_dec));
    printf("roster: %u rows in %u lists, %.2f MB (gen_roster.py)\n", (unsigned)pw_roster.rows,
           (unsigned)pw_roster.n, (double)pw_roster.bytes / 1e6);
    printf("roster MB/s: %.0f (memchr floor %.0f MB/s)\n", median(l_mbs, rounds),
           median(l_floor, rounds));
  }
  printf("== figures (targets, not gated: x-python >= 100, x-jre >= 1000, "
         "x-python-decisions >= 30, roster-mb-s >= 500, x-python-module >= 3, x-python-csv >= 20)\n");
  if (n_py)
    printf("x-python: %.1f\n", median(x_py, n_py));
  else
    printf("x-python: skipped (%s)\n", peers.on ? py.why : peers.why);
  if (n_jre)
    printf("x-jre: %.0f\n", median(x_jre, n_jre));
  else
    printf("x-jre: skipped (%s)\n", peers.on ? jre.why : peers.why);
  if (n_dec)
    printf("x-python-decisions: %.1f\n", median(x_dec, n_dec));
  else
    printf("x-python-decisions: skipped (%s)\n", peers.on ? pydec.why : peers.why);
  printf("roster-mb-s: %.0f%s\n", peers.on ? median(l_mbs, rounds) : median(o_mbs, rounds),
         peers.on ? "" : " (own list: the peers' gen_roster.py was not run)");
  static const char *const pyfigs[] = {"x-python-module: ", "x-python-csv: "};
  for (int k = 0; k < 2; k++) {
    const char *at = pymod_on ? strstr(pymod, pyfigs[k]) : NULL;
    if (at)
      printf("%.*s\n", (int)strcspn(at, "\n"), at);
    else
      printf("%sskipped (%s)\n", pyfigs[k], !peers.on ? peers.why : pymod_on ? "no figure" : pymod_why);
  }
  printf("(checksum %llu; %s s)\n", (unsigned long long)sink, si(now() - t_start, a, sizeof a));
  cleanup();
  return 0;
}
