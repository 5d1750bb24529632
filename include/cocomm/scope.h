/* SPDX-License-Identifier: MIT */
/** @file scope.h
 *  @brief Commissioning functions, the role each model gives a CCG for each
 *  (the table of 002 §4.1.5, rules F-1 to F-15), what stays with NHS
 *  England (F-20, F-21), and which service lines are in scope (F-22 to F-24). */
#ifndef COCOMM_SCOPE_H
#define COCOMM_SCOPE_H

#include <stdint.h>
#include <cocomm/export.h>

COCOMM_BEGIN_DECLS

/** Commissioning functions. Values 1-7 and 10-15 are the rule numbers
 *  F-1..F-7 and F-10..F-15; 100 and up are functions NHS England keeps. */
enum cocomm_function {
  COCOMM_FN_GENERAL_PRACTICE = 1,        /**< F-1 general practice commissioning */
  COCOMM_FN_PHARMACY_EYE_DENTAL = 2,     /**< F-2 pharmacy, eye health and dental commissioning */
  COCOMM_FN_LOCAL_INCENTIVE_SCHEMES = 3, /**< F-3 design and implementation of local incentive schemes */
  COCOMM_FN_BUDGET_MANAGEMENT = 4,       /**< F-4 general practice budget management */
  COCOMM_FN_COMPLAINTS = 5,              /**< F-5 complaints management */
  COCOMM_FN_PRACTICE_PERFORMANCE = 6,    /**< F-6 contractual GP practice performance management */
  COCOMM_FN_PERFORMERS_LIST = 7,         /**< F-7 medical performers' list, appraisal, revalidation */
  COCOMM_FN_CONTRACTS = 10,              /**< F-10 GMS, PMS and APMS contracts */
  COCOMM_FN_ENHANCED_SERVICES = 11,      /**< F-11 newly designed enhanced services */
  COCOMM_FN_QOF_ALTERNATIVES = 12,       /**< F-12 local incentive schemes as an alternative to QOF */
  COCOMM_FN_NEW_PRACTICES = 13,          /**< F-13 establishing new GP practices */
  COCOMM_FN_PRACTICE_MERGERS = 14,       /**< F-14 approving practice mergers */
  COCOMM_FN_DISCRETIONARY_PAYMENTS = 15, /**< F-15 discretionary payments */
  COCOMM_FN_PAYMENTS_ADMINISTRATION = 100, /**< F-20 administration of payments */
  COCOMM_FN_LIST_MANAGEMENT = 101,         /**< F-20 list management */
  COCOMM_FN_NATIONAL_CONTRACT_TERMS = 102  /**< F-21 varying national GMS / PMS / APMS terms */
};

/** The role a CCG holds for a function, from least to most. */
enum cocomm_role {
  COCOMM_ROLE_NONE = 0,            /**< no role */
  COCOMM_ROLE_DISCUSSION = 1,      /**< may take part in discussions, no decision-making role */
  COCOMM_ROLE_INVOLVEMENT = 2,     /**< opportunity for involvement in performance-management discussions */
  COCOMM_ROLE_JOINT_AGREEMENT = 3, /**< subject to joint agreement with the area team */
  COCOMM_ROLE_JOINT = 4,           /**< jointly with the area team */
  COCOMM_ROLE_FULL = 5             /**< the CCG decides */
};

/** Primary care service lines. */
enum cocomm_service {
  COCOMM_SERVICE_GENERAL_PRACTICE = 1,
  COCOMM_SERVICE_COMMUNITY_PHARMACY = 2,
  COCOMM_SERVICE_DENTAL = 3,
  COCOMM_SERVICE_EYE_HEALTH = 4
};

/** Whether a service line can come under a model in a financial year. */
enum cocomm_scope {
  COCOMM_SCOPE_IN = 1,              /**< within the arrangement */
  COCOMM_SCOPE_DISCUSSION_ONLY = 2, /**< the CCG may take part in discussions only (F-2, F-24) */
  COCOMM_SCOPE_NOT_YET = 3,         /**< before 2015/16, when co-commissioning starts (F-22) */
  /* 4 ("may be considered") and 5 ("never") are retired by revision 2 and never reused. */
  COCOMM_SCOPE_NO_ARRANGEMENT = 6,  /**< the CCG has no co-commissioning model (M-1) */
  COCOMM_SCOPE_UNDER_REVIEW = 7     /**< from 2016/17 NHS England "will be looking into" it: undecided (F-22;
                                         for pharmacy and dental under delegation the rule given is F-23,
                                         the May 2014 letter's "cannot delegate", reported beside F-22) */
};

/** Number of functions in the table (cocomm_function_at() gives each).
 *  @return how many functions the table has. */
COCOMM_API uint32_t cocomm_function_count(void);
/** The function value at an index (table order) into *function;
 *  COCOMM_ERR_NOT_FOUND past the end, COCOMM_ERR_INVALID_ARGUMENT for a NULL
 *  function.
 *  @param index 0 to cocomm_function_count() - 1.
 *  @param[out] function the enum cocomm_function at index; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_NOT_FOUND past the end;
 *  COCOMM_ERR_INVALID_ARGUMENT for a NULL function. */
COCOMM_API int32_t cocomm_function_at(uint32_t index, int32_t *function);
/** The function's rule identifier ("F-1", "F-20"; cocomm_function_name() gives its one-line name);
 *  "unknown" for an unknown function (never NULL).
 *  @param function an enum cocomm_function value.
 *  @return the rule identifier; "unknown" for an unknown function. */
COCOMM_API const char *cocomm_function_rule(int32_t function);
/** The function's one-line name (see cocomm_function_rule()).
 *  @param function an enum cocomm_function value.
 *  @return the name; "unknown" for an unknown function. Never NULL. */
COCOMM_API const char *cocomm_function_name(int32_t function);
/** The role a model gives a CCG for a function (002 §4.1.5).
 *  @param model an enum cocomm_model value.
 *  @param function an enum cocomm_function value.
 *  @param[out] role the enum cocomm_role; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT for an unknown model or
 *  function, or a NULL role. */
COCOMM_API int32_t cocomm_function_role(int32_t model, int32_t function, int32_t *role);
/** The functions a model grants at or above min_role, in table order,
 *  snprintf-style: *count gets how many there are; COCOMM_ERR_BUFFER_TOO_SMALL
 *  when capacity is less. out may be NULL when capacity is 0.
 *  @param model an enum cocomm_model value.
 *  @param min_role the least enum cocomm_role to list.
 *  @param[out] out capacity elements for the functions; may be NULL when
 *  capacity is 0.
 *  @param capacity elements at out.
 *  @param[out] count how many functions there are, even past capacity;
 *  NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL when capacity is less
 *  than *count; COCOMM_ERR_INVALID_ARGUMENT for an unknown model or role,
 *  a NULL count, or a NULL out with a capacity. */
COCOMM_API int32_t cocomm_function_list(int32_t model, int32_t min_role, int32_t *out,
                                          uint32_t capacity, uint32_t *count);
/** 1 via *reserved if NHS England keeps the decisions on a function under
 *  every model (no model gives the CCG joint agreement or more: F-20, F-21).
 *  @param function an enum cocomm_function value.
 *  @param[out] reserved 1 if NHS England keeps it, else 0; NULL is refused.
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT for an unknown function
 *  or a NULL reserved. */
COCOMM_API int32_t cocomm_function_reserved(int32_t function, int32_t *reserved);
/** Role name: "none", "discussion", "involvement", "joint agreement", "joint", "full".
 *  @param role an enum cocomm_role value.
 *  @return the role's name; "unknown" for a value that is no role. Never
 *  NULL. */
COCOMM_API const char *cocomm_role_name(int32_t role);

/** Whether a service line is in scope of a model in the financial year that
 *  starts in fy_start_year (2015 for 2015/16; 1..9998, else
 *  COCOMM_ERR_OUT_OF_RANGE), and the rule that says so.
 *  @param service an enum cocomm_service value.
 *  @param model an enum cocomm_model value.
 *  @param fy_start_year the year the financial year starts in, 1..9998.
 *  @param[out] scope the enum cocomm_scope; NULL is refused.
 *  @param[out] rule the rule's identifier ("F-22"), a static string; may
 *  be NULL.
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT for an unknown service
 *  or model, or a NULL scope; COCOMM_ERR_OUT_OF_RANGE for a year outside
 *  1..9998. */
COCOMM_API int32_t cocomm_service_scope(int32_t service, int32_t model, int32_t fy_start_year,
                                        int32_t *scope, const char **rule);
/** Service name ("general practice", ...); "unknown" if unknown (never NULL).
 *  @param service an enum cocomm_service value.
 *  @return the service's name; "unknown" for an unknown service. */
COCOMM_API const char *cocomm_service_name(int32_t service);
/** Scope name ("in scope", "discussion only", ...); "unknown" otherwise.
 *  @param scope an enum cocomm_scope value.
 *  @return the scope's name; "unknown" for a value that is no scope (the
 *  retired 4 and 5 included). Never NULL. */
COCOMM_API const char *cocomm_scope_name(int32_t scope);

COCOMM_END_DECLS

#endif
