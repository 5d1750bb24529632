/* SPDX-License-Identifier: MIT */
/** @file approval.h
 *  @brief Approvals and changes of model (rules M-3, M-7, A-1 to A-10) and
 *  expressions of interest (E-A to E-H).
 *
 *  Every check writes findings into one cocomm_findings, as findings.h
 *  describes. */
#ifndef COCOMM_APPROVAL_H
#define COCOMM_APPROVAL_H

#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/error.h>
#include <cocomm/ccg.h>
#include <cocomm/findings.h>

COCOMM_BEGIN_DECLS

/** The proforma a model's proposal needs. */
enum cocomm_proforma {
  COCOMM_PROFORMA_NONE = 0,    /**< greater involvement: none */
  COCOMM_PROFORMA_ANNEX_A = 1, /**< joint: governance arrangements */
  COCOMM_PROFORMA_ANNEX_B = 2  /**< delegated: conflicts-of-interest management */
};

/** Who approves a model's proposal. */
enum cocomm_approver {
  COCOMM_APPROVER_NONE = 0,          /**< no formal approval: liaise with the area team */
  COCOMM_APPROVER_REGIONAL_TEAM = 1, /**< agreed by the regional team once assured */
  COCOMM_APPROVER_COMMISSIONING_COMMITTEE = 2 /**< regional and national moderation panels, then
                                                   NHS England's Commissioning Committee */
};

/** What taking up a model requires. Filled by the library: a growable
 *  struct, initialise with cocomm_requirements_init(). */
typedef struct cocomm_requirements {
  uint32_t struct_size;           /**< set by cocomm_requirements_init() */
  int32_t model;                  /**< the model asked about */
  int32_t proforma;               /**< enum cocomm_proforma */
  int32_t constitution_amendment; /**< 1 if the CCG's constitution must be amended (M-7) */
  int32_t approver;               /**< enum cocomm_approver */
  int32_t binding_agreement;      /**< 1 if a legally binding agreement is signed */
  const char *rule;               /**< the rule these come from: "A-1", "A-2", "A-3"; NULL for none */
  const char *constitution_rule;  /**< "M-7" */
} cocomm_requirements;

/** Static initialiser: the same values as cocomm_requirements_init(), for
 *  "cocomm_requirements x = COCOMM_REQUIREMENTS_INIT;". */
#define COCOMM_REQUIREMENTS_INIT {(uint32_t)sizeof(cocomm_requirements), 0, 0, 0, 0, 0, 0, 0}

/** Smallest struct_size accepted for cocomm_requirements. */
#define COCOMM_REQUIREMENTS_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_requirements, constitution_rule)

/** What a CCG contributes to a pooled fund for. */
enum cocomm_fund_purpose {
  COCOMM_FUND_CCG_OWN_FUNCTION = 1, /**< one of the CCG's own functions: allowed */
  COCOMM_FUND_CORE_PRIMARY_MEDICAL = 2 /**< core primary medical services: never */
};

/** Sections of an expression of interest (001 §A-§H), as bits of a mask. */
enum cocomm_eoi_section {
  COCOMM_EOI_A_CCGS = 1 << 0,        /**< E-A CCG(s) involved */
  COCOMM_EOI_B_BENEFITS = 1 << 1,    /**< E-B intended benefits */
  COCOMM_EOI_C_SCOPE = 1 << 2,       /**< E-C scope */
  COCOMM_EOI_D_NATURE = 1 << 3,      /**< E-D nature of co-commissioning */
  COCOMM_EOI_E_TIMESCALES = 1 << 4,  /**< E-E timescales */
  COCOMM_EOI_F_GOVERNANCE = 1 << 5,  /**< E-F governance */
  COCOMM_EOI_G_ENGAGEMENT = 1 << 6,  /**< E-G engaging member practices and stakeholders */
  COCOMM_EOI_H_MONITORING = 1 << 7,  /**< E-H monitoring and evaluation */
  COCOMM_EOI_ALL = 0xFF
};

/** Zero *req and set its struct_size.
 *  @param[out] req the requirements to initialise; NULL does nothing. */
COCOMM_API void cocomm_requirements_init(cocomm_requirements *req);
/** What a model requires (A-1, A-2, A-3, M-3, M-7), filled up to req->struct_size.
 *  @param model an enum cocomm_model value.
 *  @param[out] req where the requirements go, its struct_size set; NULL is
 *  refused.
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT for an unknown model or
 *  a NULL req; COCOMM_ERR_STRUCT_SIZE for req->struct_size below
 *  COCOMM_REQUIREMENTS_SIZE_V1. */
COCOMM_API int32_t cocomm_requirements_get(int32_t model, cocomm_requirements *req);

/** Can NHS England support this CCG's move from its current model
 *  (ccg->model) to target_model? For a move up to joint or delegated,
 *  serious governance issues or a state akin to special measures make
 *  NHS England's support not assured: a warning citing A-4 for each. A-4
 *  is never applied to staying on the current model or stepping down
 *  (A-8 governs that; see cocomm_approval_assess_change()). A target of delegated
 *  needs sound financial control and the statutory requirements met:
 *  citing A-5, an error for each that is lacking (0) and a warning for
 *  each that is not shown (COCOMM_FACT_UNKNOWN, cocomm_ccg_init()'s
 *  default): never read as met. Moving to greater involvement needs no approval
 *  (A-1, information); to none, M-1 (information).
 *  @param ccg the CCG, as cocomm_ccg_check() accepts it; NULL is refused.
 *  @param target_model the enum cocomm_model it would move to.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; COCOMM_ERR_STRUCT_SIZE or COCOMM_ERR_INVALID_ARGUMENT for a
 *  findings or error struct refused; else the CCG's refusal
 *  (COCOMM_ERR_INVALID_ARGUMENT, COCOMM_ERR_STRUCT_SIZE, or
 *  COCOMM_ERR_PARSE for its ODS code) or COCOMM_ERR_INVALID_ARGUMENT for
 *  an unknown target_model. */
COCOMM_API int32_t cocomm_approval_assess_eligibility(const cocomm_ccg *ccg, int32_t target_model,
                                            cocomm_findings *findings, cocomm_error *error);

/** Is a change of model from one to another allowed, and how? Moving up is
 *  an option (A-7, information). A CCG ending or reducing its arrangement
 *  needs mutual agreement with NHS England (A-8, must), which the library
 *  cannot observe: a step one level down (delegated to joint; joint to
 *  greater involvement, or to none, the same step in substance) is
 *  information citing A-8; a step of more than one level is a warning
 *  citing A-8, never an error. Leaving greater involvement has no formal
 *  arrangement to end (M-3, information). The check describes a CCG's own
 *  change: a revocation by NHS England, which needs no agreement,
 *  cannot be told apart here. No change gives no finding.
 *  @param from_model the current enum cocomm_model.
 *  @param to_model the enum cocomm_model changed to.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; COCOMM_ERR_STRUCT_SIZE or COCOMM_ERR_INVALID_ARGUMENT for a
 *  findings or error struct refused; COCOMM_ERR_INVALID_ARGUMENT for an
 *  unknown model. */
COCOMM_API int32_t cocomm_approval_assess_change(int32_t from_model, int32_t to_model, cocomm_findings *findings,
                                       cocomm_error *error);

/** A revocation of a delegation by NHS England: one information
 *  finding saying that it is not a CCG's change and needs no mutual
 *  agreement (A-8 covers a CCG's own changes: see
 *  cocomm_approval_assess_change()). from_model must be
 *  COCOMM_MODEL_DELEGATED, else COCOMM_ERR_INVALID_ARGUMENT.
 *  @param from_model the model revoked: COCOMM_MODEL_DELEGATED.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; COCOMM_ERR_STRUCT_SIZE or COCOMM_ERR_INVALID_ARGUMENT for a
 *  findings or error struct refused; COCOMM_ERR_INVALID_ARGUMENT for a
 *  from_model other than COCOMM_MODEL_DELEGATED. */
COCOMM_API int32_t cocomm_approval_assess_revocation(int32_t from_model, cocomm_findings *findings,
                                                     cocomm_error *error);

/** Check a pooled fund's CCG contributions, one purpose (enum
 *  cocomm_fund_purpose) each: a contribution towards core primary medical
 *  services is an error citing A-10, its subject the contribution's index.
 *  At most INT32_MAX contributions (COCOMM_ERR_OUT_OF_RANGE otherwise).
 *  @param purposes n purposes, one a contribution; may be NULL when n is 0.
 *  @param n how many contributions.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; COCOMM_ERR_STRUCT_SIZE or COCOMM_ERR_INVALID_ARGUMENT for a
 *  findings or error struct refused; COCOMM_ERR_INVALID_ARGUMENT for an
 *  unknown purpose or a NULL purposes with n; COCOMM_ERR_OUT_OF_RANGE for
 *  n above INT32_MAX. */
COCOMM_API int32_t cocomm_approval_assess_pooled_fund(const int32_t *purposes, uint32_t n,
                                            cocomm_findings *findings, cocomm_error *error);

/** Which sections of an expression of interest are missing: one finding
 *  per missing section, citing E-A..E-H, its subject the section index
 *  (0 = A). A missing D or E is an error (the letter says expressions "will
 *  need to indicate" them); any other missing section is a warning.
 *  @param sections_present the enum cocomm_eoi_section bits of the
 *  sections given.
 *  @param[in,out] findings the caller's findings array; may be NULL.
 *  @param[out] error what was refused, and where; may be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when some findings did
 *  not fit; COCOMM_ERR_STRUCT_SIZE or COCOMM_ERR_INVALID_ARGUMENT for a
 *  findings or error struct refused; COCOMM_ERR_INVALID_ARGUMENT for a bit
 *  outside COCOMM_EOI_ALL. */
COCOMM_API int32_t cocomm_approval_assess_eoi(uint32_t sections_present, cocomm_findings *findings,
                                    cocomm_error *error);

/** sizeof(cocomm_requirements) as built.
 *  @return sizeof(cocomm_requirements) as the library was built. */
COCOMM_API uint32_t cocomm_requirements_size(void);

COCOMM_END_DECLS

#endif
