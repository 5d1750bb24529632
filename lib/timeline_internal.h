/* SPDX-License-Identifier: MIT */
/* What timeline.c shares with calendar.c. */
#ifndef COCOMM_TIMELINE_INTERNAL_H
#define COCOMM_TIMELINE_INTERNAL_H

#include <cocomm/timeline.h>

/* cocomm_edition_check's work. */
struct cocomm_error;
int32_t cocomm__edition_check(const cocomm_edition *e, struct cocomm_error *err);

/* Milestone i of a checked edition, at the caller's element size. */
const cocomm_milestone *cocomm__milestone_at(const cocomm_edition *e, uint32_t i);
/* 1 if milestone m, held at element size stride, has the 2.1 fields. */
int cocomm__milestone_v2(const cocomm_milestone *m, uint32_t stride);
/* 1 if a milestone applies to a model (COCOMM_MODEL_NONE: every one). */
int cocomm__applies(const cocomm_milestone *m, int32_t model);

/* The milestones of a checked edition that apply to a model, as indices in
 * timeline order (start date, then identifier: T-9 before T-10, then table
 * order) into idx; tmp is scratch. Both hold COCOMM_MILESTONES_MAX. */
uint32_t cocomm__timeline_order(const cocomm_edition *e, int32_t model, uint16_t *idx, uint16_t *tmp);

/* rank[i] gets 1 + the number of earlier rows with milestone i's identifier
 * (rows that share one, as T-12 does, are told apart by it). */
void cocomm__timeline_ranks(const cocomm_edition *e, uint16_t *rank, uint16_t *idx, uint16_t *tmp);

#endif
