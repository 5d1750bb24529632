/* SPDX-License-Identifier: MIT */
#include <cocomm/coi.h>
#include <cocomm/status.h>

#include <stddef.h>
#include <string.h>

#include "internal.h"


/* Each element of the arrangements, the rule that requires it and what
 * its absence means. One row per field, in field order. */
static const struct {
  size_t offset;
  const char *rule;
  const char *missing;
} elements[] = {
  {offsetof(cocomm_coi_arrangements, register_kept), "I-1", "no register of interests is kept"},
  {offsetof(cocomm_coi_arrangements, register_published), "I-1",
   "the register of interests is not published or made accessible"},
  {offsetof(cocomm_coi_arrangements, prompt_declaration), "I-1",
   "members and employees are not required to declare interests promptly"},
  {offsetof(cocomm_coi_arrangements, conflicts_managed), "I-1", "conflicts are not managed"},
  {offsetof(cocomm_coi_arrangements, records_nature), "I-2",
   "the register does not record the nature of each conflict"},
  {offsetof(cocomm_coi_arrangements, records_parties), "I-2",
   "the register does not record the conflicted parties"},
  {offsetof(cocomm_coi_arrangements, in_annual_accounts), "I-2",
   "the register is not part of the annual accounts signed off by external auditors"},
  {offsetof(cocomm_coi_arrangements, procurement_register_kept), "I-3",
   "no register of procurement decisions is kept"},
  {offsetof(cocomm_coi_arrangements, procurement_register_published), "I-3",
   "the register of procurement decisions is not regularly published"},
  {offsetof(cocomm_coi_arrangements, audit_chair_attested), "I-5",
   "the audit committee chair has not attested compliance"},
  {offsetof(cocomm_coi_arrangements, accountable_officer_attested), "I-5",
   "the Accountable Officer has not attested compliance"},
};

#define N_ELEMENTS (sizeof elements / sizeof elements[0])

void cocomm_coi_arrangements_init(cocomm_coi_arrangements *arrangements) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_coi_arrangements init = COCOMM_COI_ARRANGEMENTS_INIT;
  if (arrangements != NULL) memcpy(arrangements, &init, sizeof init);
}

int32_t cocomm_coi_check(const cocomm_coi_arrangements *a, cocomm_finding *out, uint32_t elem_size,
                         uint32_t capacity, uint32_t *count) {
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if (a == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (a->struct_size < COCOMM_COI_ARRANGEMENTS_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  int32_t v[N_ELEMENTS];
  for (size_t i = 0; i < N_ELEMENTS; i++) {
    memcpy(&v[i], (const unsigned char *)a + elements[i].offset, sizeof v[i]);
    if (v[i] != 0 && v[i] != 1) return COCOMM_ERR_INVALID_ARGUMENT;
  }
  for (size_t i = 0; i < N_ELEMENTS; i++)
    if (!v[i]) cocomm__report(&sink, elements[i].rule, 0, (int32_t)i, "%s", elements[i].missing);
  return cocomm__sink_close(&sink, count);
}

uint32_t cocomm_coi_arrangements_size(void) { return (uint32_t)sizeof(cocomm_coi_arrangements); }
