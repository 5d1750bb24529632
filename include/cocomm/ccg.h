/* SPDX-License-Identifier: MIT */
/** @file ccg.h
 *  @brief Clinical commissioning groups: the facts the approval rules need. */
#ifndef COCOMM_CCG_H
#define COCOMM_CCG_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/error.h>
#include <cocomm/status.h>

COCOMM_BEGIN_DECLS

/** A fact that nobody has shown either way: neither met nor unmet. */
#define COCOMM_FACT_UNKNOWN (-1)

/** A CCG. A growable struct: initialise with cocomm_ccg_init(). Strings
 *  are the caller's, UTF-8, and must outlive the calls that read them. The
 *  yes/no facts are 1 (yes) or 0 (no); the two A-5 facts may also be
 *  COCOMM_FACT_UNKNOWN. Any other value is refused. */
typedef struct cocomm_ccg {
  uint32_t struct_size;        /**< set by cocomm_ccg_init() */
  char ods_code[4];            /**< ODS code: three digits or upper-case letters, NUL-terminated */
  const char *name;            /**< e.g. "NHS Blackpool CCG"; may be NULL */
  const char *region;          /**< NHS England region, e.g. "North of England"; may be NULL */
  int32_t model;               /**< current model, enum cocomm_model */
  int32_t serious_governance_issues; /**< A-4: 1 if it has serious governance issues */
  int32_t special_measures;          /**< A-4: 1 if in a state akin to special measures */
  int32_t sound_financial_control;   /**< A-5: 1 shown, 0 lacking, COCOMM_FACT_UNKNOWN not shown */
  int32_t statutory_requirements_met; /**< A-5: 1 met, 0 unmet, COCOMM_FACT_UNKNOWN not shown */
} cocomm_ccg;

/** Static initialiser: the same values as cocomm_ccg_init(), for
 *  "cocomm_ccg x = COCOMM_CCG_INIT;". */
#define COCOMM_CCG_INIT {(uint32_t)sizeof(cocomm_ccg), "", 0, 0, COCOMM_MODEL_NONE, 0, 0, COCOMM_FACT_UNKNOWN, COCOMM_FACT_UNKNOWN}

/** Smallest struct_size accepted: the first layout. */
#define COCOMM_CCG_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_ccg, statutory_requirements_met)

/** Zero *ccg, set struct_size, model none, and the A-5 facts to
 *  COCOMM_FACT_UNKNOWN: what nobody has shown is "not shown", never "met".
 *  @param[out] ccg the struct to initialise; NULL does nothing */
COCOMM_API void cocomm_ccg_init(cocomm_ccg *ccg);
/** COCOMM_OK if ccg is well-formed: size, ODS code, model and yes/no facts.
 *  @param ccg the CCG to check; not NULL
 *  @param[in,out] error where a refused input is described; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_PARSE for a bad ODS code;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL ccg, a model that is not one or a
 *  fact that is not 0 or 1 (or, for A-5, COCOMM_FACT_UNKNOWN); or COCOMM_ERR_STRUCT_SIZE for a struct_size (ccg or
 *  error) below its first layout */
COCOMM_API int32_t cocomm_ccg_check(const cocomm_ccg *ccg, cocomm_error *error);
/** COCOMM_OK if text is an ODS CCG code: exactly three characters, each a
 *  digit or an upper-case letter ("00Q", "13T"); COCOMM_ERR_PARSE otherwise
 *  (COCOMM_ERR_INVALID_ARGUMENT for a NULL text).
 *  @param text the text; not NULL
 *  @param len its length in bytes, or COCOMM_NTS
 *  @return COCOMM_OK, COCOMM_ERR_PARSE, or COCOMM_ERR_INVALID_ARGUMENT for a
 *  NULL text */
COCOMM_API int32_t cocomm_ccg_check_ods_code(const char *text, size_t len);
/** sizeof(cocomm_ccg) as built.
 *  @return sizeof(cocomm_ccg) */
COCOMM_API uint32_t cocomm_ccg_size(void);

COCOMM_END_DECLS

#endif
