/* SPDX-License-Identifier: MIT */
/* What committee.c and decision.c share about a committee's members. */
#ifndef COCOMM_COMMITTEE_INTERNAL_H
#define COCOMM_COMMITTEE_INTERNAL_H

#include <cocomm/committee.h>

struct cocomm_error;

/* Counts from one pass over a committee's members. Indexed by category. */
typedef struct cocomm__roster {
  uint32_t members;
  uint32_t voting;               /* voting members, observers excluded */
  uint32_t voting_lay_executive; /* of whom lay, executive or NHS England */
  uint32_t voting_executive;     /* of whom executive or NHS England */
  uint32_t observers_voting;     /* Healthwatch / HWB members marked voting */
  uint32_t chairs, vices, duplicates;
  int32_t chair, vice;           /* first of each, or -1 */
  uint32_t by_category[COCOMM_CATEGORY_OTHER + 1];
  uint32_t voting_by_category[COCOMM_CATEGORY_OTHER + 1];
  uint32_t duplicate[COCOMM_MEMBERS_MAX / 32]; /* bit i: member i repeats an earlier one */
} cocomm__roster;

int cocomm__observer(int32_t category);
int cocomm__executive_side(int32_t category); /* executive or NHS England (C-2) */
int cocomm__lay_or_executive(int32_t category);
void cocomm__load_member(const cocomm_committee *c, uint32_t i, cocomm_member *m);
/* The committee's own fields, not its members. */
int32_t cocomm__check_committee_shell(const cocomm_committee *c, struct cocomm_error *e);
/* Check every member and count them (the committee shell already checked);
 * with find_duplicates, also mark members listed twice (C-10). */
int32_t cocomm__scan_members(const cocomm_committee *c, cocomm__roster *r, int find_dups,
                             struct cocomm_error *e);

#endif
