/* SPDX-License-Identifier: MIT */
/* What timeline.c shares with calendar.c. */
#ifndef COCOMM_TIMELINE_INTERNAL_H
#define COCOMM_TIMELINE_INTERNAL_H

#include <cocomm/timeline.h>

/* Milestone i of a checked edition, at the caller's element size. */
const cocomm_milestone *cocomm__milestone_at(const cocomm_edition *e, uint32_t i);
/* 1 if a milestone applies to a model (COCOMM_MODEL_NONE: every one). */
int cocomm__applies(const cocomm_milestone *m, int32_t model);

/* Timeline order: start date, then identifier (T-9 before T-10). */
int cocomm__milestone_before(const cocomm_milestone *a, const cocomm_milestone *b);

#endif
