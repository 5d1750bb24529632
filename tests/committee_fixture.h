/* SPDX-License-Identifier: MIT */
/* Building committees in tests: a member list from a compact table, and
 * helpers to look findings up by their rule's identifier, rendered with the
 * committee's member names (harness.h). */
#ifndef COCOMM_TEST_COMMITTEE_FIXTURE_H
#define COCOMM_TEST_COMMITTEE_FIXTURE_H

#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

enum { LAY = COCOMM_CATEGORY_LAY, EXEC = COCOMM_CATEGORY_EXECUTIVE, CLIN = COCOMM_CATEGORY_CLINICAL,
       NHSE = COCOMM_CATEGORY_NHS_ENGLAND, HW = COCOMM_CATEGORY_HEALTHWATCH, HWB = COCOMM_CATEGORY_HWB,
       LMC = COCOMM_CATEGORY_LMC, OTHER = COCOMM_CATEGORY_OTHER };
enum { MEMBER = COCOMM_POSITION_NONE, CHAIR = COCOMM_POSITION_CHAIR, VICE = COCOMM_POSITION_VICE_CHAIR };
enum { V = 1, NV = 0 };

typedef struct {
  const char *name;
  int32_t category, voting, position;
} spec;

#define MAXM 64
#define MAXF 64
typedef struct {
  cocomm_member m[MAXM];
  cocomm_committee c;
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

/* A realistic delegated primary care commissioning committee: lay chair
 * and vice-chair, a lay and executive majority (5 of 7 voting), two GPs,
 * and NHS England, Healthwatch, the Health and Wellbeing Board and the LMC
 * attending without a vote. Quorum: 4 voting members including 2 lay, one
 * of them the chair or vice-chair (the third example of C-13). */
static const spec delegated_committee[] = {
  {"Ann Lay", LAY, V, CHAIR},        {"Bob Lay", LAY, V, VICE},
  {"Cath Lay", LAY, V, MEMBER},      {"Dan Exec", EXEC, V, MEMBER},
  {"Eve Exec", EXEC, V, MEMBER},     {"Dr Fay GP", CLIN, V, MEMBER},
  {"Dr Gus GP", CLIN, V, MEMBER},    {"Hal NHS England", NHSE, NV, MEMBER},
  {"Ivy Healthwatch", HW, NV, MEMBER}, {"Jo Council", HWB, NV, MEMBER},
  {"Ken LMC", LMC, NV, MEMBER},
};

static inline void delegated_quorum(cocomm_committee *c) {
  c->quorum.min_voting = 4;
  c->quorum.min_lay = 2;
  c->quorum.presiding = COCOMM_PRESIDING_CHAIR_OR_VICE;
  c->quorum.presiding_lay = 1;
}

#endif
