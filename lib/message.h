/* SPDX-License-Identifier: MIT */
/* Every message a finding can carry, as a code and the values it needs;
 * text is made from them on demand by one formatter. The checks write
 * codes, never text. */
#ifndef COCOMM_MESSAGE_H
#define COCOMM_MESSAGE_H

#include <stdint.h>

#include <cocomm/committee.h>
#include <cocomm/findings.h>
#include <cocomm/rules.h>

#include "internal.h"

/* Why a member cannot take the chair for an item (values of %w). */
enum cocomm__reason {
  COCOMM__REASON_NONE = 0,       /* there is no such member */
  COCOMM__REASON_ABSENT = 1,
  COCOMM__REASON_CONFLICTED = 2,
  COCOMM__REASON_NOT_VOTING = 3,
  COCOMM__REASON_NOT_LAY = 4,
  COCOMM__REASON_CHAIR_PRESIDES = 5, /* the chair can preside: no one else is chosen */
  COCOMM__REASON_VICE_PRESIDES = 6
};

/* The template of a message; NULL for an unknown code. */
const char *cocomm__message_template(int32_t code);

/* An ODS code ("00Q") as one value of a finding. */
int32_t cocomm__pack_code(const char *code);

/* Write a finding's text: the template of code with its placeholders
 * filled from values[], the rule's statement, and the members' names when
 * committee is not NULL. Returns COCOMM_ERR_INVALID_ARGUMENT for an
 * unknown code. */
int32_t cocomm__message_write(cocomm__text *t, int32_t code, int32_t rule, const int32_t *values,
                              const cocomm_committee *committee);

#endif
