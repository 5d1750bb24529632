/* SPDX-License-Identifier: MIT */
/** @file coi.h
 *  @brief A CCG's conflicts-of-interest arrangements (rules I-1 to I-5). */
#ifndef COCOMM_COI_H
#define COCOMM_COI_H

#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/error.h>
#include <cocomm/findings.h>
#include <cocomm/model.h>

COCOMM_BEGIN_DECLS

/** What a CCG has in place; each element is 1 (yes) or 0 (no), and the
 *  CCG's model says how much each weighs (I-2, I-3, I-5). Growable:
 *  initialise with cocomm_coi_arrangements_init() (everything "no", no
 *  model). */
typedef struct cocomm_coi_arrangements {
  uint32_t struct_size;             /**< set by cocomm_coi_arrangements_init() */
  int32_t register_kept;            /**< I-1 registers of interests kept */
  int32_t register_published;       /**< I-1 published or made accessible */
  int32_t prompt_declaration;       /**< I-1 members and employees declare promptly; register updated */
  int32_t conflicts_managed;        /**< I-1 conflicts are managed */
  int32_t records_nature;           /**< I-2 register records the nature of each conflict */
  int32_t records_parties;          /**< I-2 ... and the conflicted parties */
  int32_t in_annual_accounts;       /**< I-2 part of the annual accounts, signed off by external auditors */
  int32_t procurement_register_kept;      /**< I-3 register of procurement decisions kept */
  int32_t procurement_register_published; /**< I-3 ... and regularly published */
  int32_t audit_chair_attested;     /**< I-5 audit committee chair's attestation */
  int32_t accountable_officer_attested; /**< I-5 Accountable Officer's attestation */
  int32_t model;                    /**< the CCG's co-commissioning model (enum cocomm_model) */
} cocomm_coi_arrangements;

/** Static initialiser: the same values as cocomm_coi_arrangements_init(), for
 *  "cocomm_coi_arrangements x = COCOMM_COI_ARRANGEMENTS_INIT;". */
#define COCOMM_COI_ARRANGEMENTS_INIT {(uint32_t)sizeof(cocomm_coi_arrangements), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** The first (2.0) layout's size: the smallest struct_size accepted. */
#define COCOMM_COI_ARRANGEMENTS_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_coi_arrangements, model)

/** Set *arrangements to COCOMM_COI_ARRANGEMENTS_INIT: struct_size, nothing in place, no model.
 *  @param[out] arrangements the struct to initialise; NULL does nothing */
COCOMM_API void cocomm_coi_arrangements_init(cocomm_coi_arrangements *arrangements);
/** One finding per missing element, citing I-1, I-2, I-3 or I-5; the
 *  subject is the element's position (0 = register_kept). I-1 is a must
 *  for every CCG (an error); I-2 and I-3 are musts for a delegated CCG and
 *  shoulds for the rest (warnings: "have regard to the principles"); I-5
 *  is a must for a joint or delegated CCG and a should for the rest. A
 *  model that is not one (cocomm_model_check()) is COCOMM_ERR_INVALID_ARGUMENT
 *  with field COCOMM_FIELD_MODEL.
 *  @param arrangements what the CCG has in place; not NULL
 *  @param[in,out] findings the caller's findings array; may be NULL (none
 *  written)
 *  @param[in,out] error where a refused input is described; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL if some findings did not
 *  fit; COCOMM_ERR_INVALID_ARGUMENT for a NULL arrangements, an element that
 *  is not 0 or 1, a model that is not one, or findings with a capacity but
 *  no items (or a capacity too large for memory); or COCOMM_ERR_STRUCT_SIZE for a struct_size (arrangements,
 *  findings, error) or findings elem_size below its first layout */
COCOMM_API int32_t cocomm_coi_assess(const cocomm_coi_arrangements *arrangements,
                                    cocomm_findings *findings, cocomm_error *error);
/** sizeof(cocomm_coi_arrangements) as built, for bindings.
 *  @return sizeof(cocomm_coi_arrangements) */
COCOMM_API uint32_t cocomm_coi_arrangements_size(void);

COCOMM_END_DECLS

#endif
