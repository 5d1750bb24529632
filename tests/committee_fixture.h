/* SPDX-License-Identifier: MIT */
/* Building committees in tests: a member list from a compact table, terms
 * of reference from a few clauses, and helpers to look findings up by their
 * rule's identifier or message, rendered with the committee's member names
 * (harness.h). */
#ifndef COCOMM_TEST_COMMITTEE_FIXTURE_H
#define COCOMM_TEST_COMMITTEE_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

enum { LAY = COCOMM_CATEGORY_LAY, EXEC = COCOMM_CATEGORY_EXECUTIVE, CLIN = COCOMM_CATEGORY_CLINICAL,
       NHSE = COCOMM_CATEGORY_NHS_ENGLAND, HW = COCOMM_CATEGORY_HEALTHWATCH, HWB = COCOMM_CATEGORY_HWB,
       LMC = COCOMM_CATEGORY_LMC, OTHER = COCOMM_CATEGORY_OTHER };
enum { MEMBER = COCOMM_POSITION_NONE, CHAIR = COCOMM_POSITION_CHAIR, VICE = COCOMM_POSITION_VICE_CHAIR };
enum { V = 1, NV = 0 };
/* Bits of a clause's sets. */
#define CAT(category) COCOMM_CATEGORY_BIT(category)
#define POS(position) COCOMM_POSITION_BIT(position)
#define CHAIR_OR_VICE (POS(CHAIR) | POS(VICE))

typedef struct {
  const char *name;
  int32_t category, voting, position;
} spec;

#define MAXM 64
#define MAXF 64
typedef struct {
  cocomm_member m[MAXM];
  cocomm_committee c;
  cocomm_terms t;           /* the terms c.terms points at once terms_of() has been called */
  cocomm_finding raw[MAXF]; /* the findings as the library wrote them */
  finding_view f[MAXF];     /* the same as read: rule identifier, source, text with names */
  cocomm_findings fs;       /* the last call's */
  uint32_t n;               /* count after the last call that was not refused */
  cocomm_error err;         /* the last call's error struct */
} fixture;

static inline void build(fixture *x, int32_t kind, const spec *s, size_t n) {
  cocomm_committee_init(&x->c);
  x->c.kind = kind;
  for (size_t i = 0; i < n; i++) {
    cocomm_member_init(&x->m[i]);
    x->m[i].name = s[i].name;
    x->m[i].category = s[i].category;
    x->m[i].voting = s[i].voting;
    x->m[i].position = s[i].position;
  }
  x->c.members = x->m;
  x->c.member_count = (uint32_t)n;
}

#define BUILD(x, kind, specs) build(x, kind, specs, sizeof specs / sizeof specs[0])

/* The fixture's findings, ready for a call: count preset to x->n, which a
 * refused call (writing nothing) leaves as it was; x->err initialised for
 * the call to fill. */
static inline cocomm_findings *findings_of(fixture *x) {
  cocomm_error_init(&x->err);
  cocomm_findings_init(&x->fs, x->raw, MAXF);
  x->fs.count = x->n;
  return &x->fs;
}

/* After a call through findings_of(x) that returned status: x->n and the
 * rendered x->f, members named from x->c. Returns status. */
static inline int32_t settle(fixture *x, int32_t status) {
  if (status == COCOMM_OK || status == COCOMM_ERR_BUFFER_TOO_SMALL) {
    x->n = x->fs.count;
    view_findings(x->f, MAXF, &x->fs, &x->c);
  }
  return status;
}

static inline int32_t validate(fixture *x) {
  return settle(x, cocomm_committee_assess(&x->c, findings_of(x), &x->err));
}

/* How many findings cite rule at severity (0: any severity). */
static inline uint32_t count_of(const fixture *x, const char *rule, int32_t severity) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < x->n && i < MAXF; i++)
    if (strcmp(x->f[i].rule, rule) == 0 && (severity == 0 || x->f[i].severity == severity)) k++;
  return k;
}

/* The first finding citing rule, or NULL. */
static inline const finding_view *first_of(const fixture *x, const char *rule) {
  for (uint32_t i = 0; i < x->n && i < MAXF; i++)
    if (strcmp(x->f[i].rule, rule) == 0) return &x->f[i];
  return NULL;
}

static inline uint32_t errors(const fixture *x) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < x->n && i < MAXF; i++) k += x->f[i].severity == COCOMM_SEVERITY_ERROR;
  return k;
}

/* The first finding with this message, or NULL. */
static inline const finding_view *with_message(const fixture *x, int32_t message) {
  for (uint32_t i = 0; i < x->n && i < MAXF; i++)
    if (x->raw[i].message == message) return &x->f[i];
  return NULL;
}

/* How many findings carry this message. */
static inline uint32_t count_message(const fixture *x, int32_t message) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < x->n && i < MAXF; i++) k += x->raw[i].message == message;
  return k;
}

/* 1 if a finding with this message cites rule at severity and reads
 * exactly text (cocomm_finding_format() with the members named); else 0,
 * and what there is instead goes to stderr. */
static inline int says(const fixture *x, int32_t message, const char *rule, int32_t severity, const char *text) {
  const finding_view *v = with_message(x, message);
  if (v != NULL && strcmp(v->rule, rule) == 0 && v->severity == severity && strcmp(v->message, text) == 0)
    return 1;
  fprintf(stderr, "\n  want %s %s: \"%s\"\n", rule, cocomm_severity_name(severity), text);
  if (v == NULL) fprintf(stderr, "  got no finding with message %d\n", (int)message);
  else fprintf(stderr, "  got  %s %s: \"%s\"\n", v->rule, cocomm_severity_name(v->severity), v->message);
  return 0;
}
#define ASSERT_SAYS(x, message, rule, severity, text) CU_ASSERT_TRUE(says((x), (message), (rule), (severity), (text)))

/* ---- terms of reference ---- */

/* "At least min voting members of these categories (0: any member)
 * holding one of these positions (0: any)", from any body. */
static inline cocomm_clause clause(int32_t min, uint32_t categories, uint32_t positions) {
  cocomm_clause k = {min, categories, 0, positions, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
  return k;
}

/* The committee's own terms, x->t: set to cocomm_terms_init()'s defaults
 * the first time after build() (which leaves the committee with none). */
static inline cocomm_terms *terms_of(fixture *x) {
  if (x->c.terms != &x->t) {
    cocomm_terms_init(&x->t);
    x->c.terms = &x->t;
  }
  return &x->t;
}

/* The quorum: these n clauses, every one of which must hold. */
static inline void set_quorum(fixture *x, const cocomm_clause *k, size_t n) {
  cocomm_terms *t = terms_of(x);
  t->quorum_count = (uint32_t)n;
  for (size_t i = 0; i < n; i++) t->quorum[i] = k[i];
}
#define QUORUM(x, ...) \
  set_quorum((x), (const cocomm_clause[]){__VA_ARGS__}, sizeof((const cocomm_clause[]){__VA_ARGS__}) / sizeof(cocomm_clause))

/* The membership the terms require: n clauses over the whole list. */
static inline void set_membership(fixture *x, const cocomm_clause *k, size_t n) {
  cocomm_terms *t = terms_of(x);
  t->membership_count = (uint32_t)n;
  for (size_t i = 0; i < n; i++) t->membership[i] = k[i];
}
#define MEMBERSHIP(x, ...)                                      \
  set_membership((x), (const cocomm_clause[]){__VA_ARGS__}, \
                 sizeof((const cocomm_clause[]){__VA_ARGS__}) / sizeof(cocomm_clause))

/* A realistic delegated primary care commissioning committee: lay chair
 * and vice-chair, a lay and executive majority (5 of 7 voting), two GPs,
 * and NHS England, Healthwatch, the Health and Wellbeing Board and the LMC
 * attending without a vote. */
static const spec delegated_committee[] = {
  {"Ann Lay", LAY, V, CHAIR},        {"Bob Lay", LAY, V, VICE},
  {"Cath Lay", LAY, V, MEMBER},      {"Dan Exec", EXEC, V, MEMBER},
  {"Eve Exec", EXEC, V, MEMBER},     {"Dr Fay GP", CLIN, V, MEMBER},
  {"Dr Gus GP", CLIN, V, MEMBER},    {"Hal NHS England", NHSE, NV, MEMBER},
  {"Ivy Healthwatch", HW, NV, MEMBER}, {"Jo Council", HWB, NV, MEMBER},
  {"Ken LMC", LMC, NV, MEMBER},
};

/* Its quorum: 4 voting members including 2 lay members, one of them the
 * chair or vice-chair (the 1.0 quorum {4 voting, 2 lay, the chair or
 * vice-chair presiding, lay} as clauses of its terms). */
static inline void delegated_quorum(fixture *x) {
  QUORUM(x, clause(4, 0, 0), clause(2, CAT(LAY), 0), clause(1, CAT(LAY), CHAIR_OR_VICE));
}

#endif
