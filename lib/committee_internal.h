/* SPDX-License-Identifier: MIT */
/* What committee.c and decision.c share about a committee's members. */
#ifndef COCOMM_COMMITTEE_INTERNAL_H
#define COCOMM_COMMITTEE_INTERNAL_H

#include <cocomm/committee.h>
#include <cocomm/terms.h>

struct cocomm_error;
struct cocomm__text;

/* The committee as the library reads it: the caller's struct copied at its
 * struct_size into the full layout, its terms pointing at terms the
 * library may read whole (the caller's own when they are the full size, a
 * copy when older and smaller, the defaults when NULL). */
typedef struct cocomm__committee {
  cocomm_committee c;
  cocomm_terms terms; /* used only for a copy */
} cocomm__committee;

/* Copy, then check the committee's own fields and its terms (not its
 * members). */
int32_t cocomm__committee_open(const cocomm_committee *src, cocomm__committee *out, struct cocomm_error *e);

/* The body a member belongs to: COCOMM__BODY_NHS_ENGLAND, COCOMM__BODY_CCG
 * + its index in ccg_codes, COCOMM__BODY_SOME_CCG (a CCG member of a
 * committee of several CCGs who did not say which), or
 * COCOMM__BODY_NEITHER. */
#define COCOMM__BODY_NEITHER (-1)
#define COCOMM__BODY_NHS_ENGLAND 0
#define COCOMM__BODY_CCG 1
#define COCOMM__BODY_SOME_CCG (COCOMM__BODY_CCG + (int32_t)COCOMM_MEMBERS_MAX)
int32_t cocomm__member_body(const cocomm_committee *c, const cocomm_member *m);

/* 1 if the member votes: marked voting and not an observer (C-3). */
int cocomm__votes(const cocomm_member *m);

/* Describe a clause as the terms format writes it ("at least 2 voting
 * members of lay, registered nurse as chair or vice-chair"). */
void cocomm__clause_describe(struct cocomm__text *t, const cocomm_terms *terms, const cocomm_clause *k);
/* The clause of terms with this finding index (0.. quorum, 100.. membership); NULL if none. */
const cocomm_clause *cocomm__terms_clause(const cocomm_terms *terms, int32_t index);
/* Terms well-formed (cocomm_terms_check() without the error's open and finish). */
int32_t cocomm__terms_check(const cocomm_terms *t, struct cocomm_error *e);
/* A tag from its name: an office's spelling (cocomm_office_parse()), or a
 * tag the terms name (case and blanks ignored). COCOMM_ERR_PARSE if
 * neither; len is not COCOMM_NTS. */
int32_t cocomm__tag_parse(const cocomm_terms *terms, const char *text, size_t len, int32_t *tag);
/* Bits of the tags terms define: the offices, and each named tag with a name. */
uint32_t cocomm__terms_known_tags(const cocomm_terms *t);

/* What the clauses of terms read of a member, gathered once per call. */
typedef struct cocomm__person {
  uint32_t tags;
  int32_t body;     /* cocomm__member_body() */
  uint8_t category;
  uint8_t position;
  uint8_t votes;    /* cocomm__votes() */
  uint8_t unused;
} cocomm__person;

/* Counts from one pass over a committee's members. Indexed by category. */
typedef struct cocomm__roster {
  uint32_t members;
  uint32_t voting;               /* voting members, observers excluded */
  uint32_t voting_lay_executive; /* of whom lay, executive or NHS England */
  uint32_t voting_executive;     /* of whom executive or NHS England */
  uint32_t voting_nhs_england;   /* voting members of NHS England, the body (C-7) */
  uint32_t voting_ccg;           /* voting members of a CCG (C-7) */
  uint32_t observers_voting;     /* Healthwatch / HWB members marked voting */
  uint32_t chairs, vices, duplicates;
  int32_t chair, vice;           /* first of each, or -1 */
  uint32_t by_category[COCOMM_CATEGORY_OTHER + 1];
  uint32_t voting_by_category[COCOMM_CATEGORY_OTHER + 1];
  uint32_t duplicate[COCOMM_MEMBERS_MAX / 32]; /* bit i: member i repeats an earlier one */
  cocomm__person person[COCOMM_MEMBERS_MAX];    /* the first `members` are set; last, so not cleared */
} cocomm__roster;

int cocomm__observer(int32_t category);
int cocomm__executive_side(int32_t category); /* executive or NHS England (C-2) */
int cocomm__lay_or_executive(int32_t category);
void cocomm__load_member(const cocomm_committee *c, uint32_t i, cocomm_member *m);
/* Check every member and count them (the committee shell already checked);
 * with find_duplicates, also mark members listed twice (C-10). */
int32_t cocomm__scan_members(const cocomm_committee *c, cocomm__roster *r, int find_dups,
                             struct cocomm_error *e);
/* How far a clause is met among the members for whom in[i] is 1: have
 * of need. For COCOMM_CLAUSE_ALL need is every member of the set; for each
 * body, the body that falls shortest. */
typedef struct cocomm__tally {
  uint32_t have, need;
} cocomm__tally;
cocomm__tally cocomm__clause_tally(const cocomm_committee *c, const cocomm__roster *r, const cocomm_clause *k,
                                   const uint8_t *in);

/* 1 if a member belongs to a clause's set, the body "each body" aside
 * (cocomm__clause_has() checks that too). Inline: the hot loop of quorums. */
static inline int cocomm__in_set(const cocomm_clause *k, const cocomm__person *p) {
  if ((k->categories | k->tags) != 0 && !(k->categories & COCOMM_CATEGORY_BIT(p->category)) && !(k->tags & p->tags))
    return 0;
  if (k->positions != 0 && !(k->positions & COCOMM_POSITION_BIT(p->position))) return 0;
  if ((k->voting == COCOMM_COUNT_VOTING && !p->votes) || (k->voting == COCOMM_COUNT_NON_VOTING && p->votes)) return 0;
  if (k->body == COCOMM_CLAUSE_NHS_ENGLAND) return p->body == COCOMM__BODY_NHS_ENGLAND;
  if (k->body == COCOMM_CLAUSE_CCG) return p->body >= COCOMM__BODY_CCG;
  return 1;
}

/* 1 if a member belongs to a clause's set (present or not). */
int cocomm__clause_has(const cocomm_committee *c, const cocomm_clause *k, const cocomm__person *p);

#endif
