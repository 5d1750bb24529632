/* SPDX-License-Identifier: MIT */
#include <cocomm/scope.h>
#include <cocomm/model.h>
#include <cocomm/rules.h>
#include <cocomm/status.h>

#include <stddef.h>

#include "internal.h"

#define N_MODELS 4 /* none, greater involvement, joint, delegated */

/* The table of 002 §4.1.5, one row per function, each citing its rule.
 * roles[] is indexed by enum cocomm_model; no model gives anything under
 * "none". Rows F-10..F-15 expand F-1 and take its roles (follows), but
 * F-12, which takes F-3's. Names
 * come from the rule catalogue unless the row has its own. */
static const struct function_row {
  int32_t function;
  const char *rule;
  int32_t follows;
  int32_t roles[N_MODELS];
  const char *own_name;
} functions[] = {
  {COCOMM_FN_GENERAL_PRACTICE, "F-1", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_DISCUSSION, COCOMM_ROLE_JOINT, COCOMM_ROLE_FULL}, NULL},
  {COCOMM_FN_PHARMACY_EYE_DENTAL, "F-2", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_DISCUSSION, COCOMM_ROLE_DISCUSSION, COCOMM_ROLE_DISCUSSION}, NULL},
  {COCOMM_FN_LOCAL_INCENTIVE_SCHEMES, "F-3", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_JOINT_AGREEMENT, COCOMM_ROLE_FULL}, NULL},
  {COCOMM_FN_BUDGET_MANAGEMENT, "F-4", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_JOINT, COCOMM_ROLE_FULL}, NULL},
  {COCOMM_FN_COMPLAINTS, "F-5", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_JOINT, COCOMM_ROLE_FULL}, NULL},
  {COCOMM_FN_PRACTICE_PERFORMANCE, "F-6", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_INVOLVEMENT, COCOMM_ROLE_JOINT, COCOMM_ROLE_FULL}, NULL},
  {COCOMM_FN_PERFORMERS_LIST, "F-7", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE}, NULL},
  {COCOMM_FN_CONTRACTS, "F-10", COCOMM_FN_GENERAL_PRACTICE, {0}, NULL},
  {COCOMM_FN_ENHANCED_SERVICES, "F-11", COCOMM_FN_GENERAL_PRACTICE, {0}, NULL},
  /* F-12 is F-3's function in detail: it takes F-3's roles, not F-1's. */
  {COCOMM_FN_QOF_ALTERNATIVES, "F-12", COCOMM_FN_LOCAL_INCENTIVE_SCHEMES, {0}, NULL},
  {COCOMM_FN_NEW_PRACTICES, "F-13", COCOMM_FN_GENERAL_PRACTICE, {0}, NULL},
  {COCOMM_FN_PRACTICE_MERGERS, "F-14", COCOMM_FN_GENERAL_PRACTICE, {0}, NULL},
  {COCOMM_FN_DISCRETIONARY_PAYMENTS, "F-15", COCOMM_FN_GENERAL_PRACTICE, {0}, NULL},
  {COCOMM_FN_PAYMENTS_ADMINISTRATION, "F-20", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE},
   "administration of payments"},
  {COCOMM_FN_LIST_MANAGEMENT, "F-20", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE}, "list management"},
  {COCOMM_FN_NATIONAL_CONTRACT_TERMS, "F-21", 0,
   {COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE, COCOMM_ROLE_NONE},
   "varying GMS contract terms or the national elements of PMS and APMS contracts"},
};

#define N_FUNCTIONS ((uint32_t)(sizeof functions / sizeof functions[0]))

static const struct function_row *find_function(int32_t function) {
  for (uint32_t i = 0; i < N_FUNCTIONS; i++)
    if (functions[i].function == function) return &functions[i];
  return NULL;
}

/* The row whose roles apply: a detailed function takes its parent's. */
static const struct function_row *role_row(const struct function_row *row) {
  return row->follows ? find_function(row->follows) : row;
}

uint32_t cocomm_function_count(void) { return N_FUNCTIONS; }

int32_t cocomm_function_at(uint32_t index, int32_t *function) {
  if (function == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (index >= N_FUNCTIONS) return COCOMM_ERR_NOT_FOUND;
  *function = functions[index].function;
  return COCOMM_OK;
}

const char *cocomm_function_rule(int32_t function) {
  const struct function_row *row = find_function(function);
  return row ? row->rule : "unknown";
}

const char *cocomm_function_name(int32_t function) {
  const struct function_row *row = find_function(function);
  if (row == NULL) return "unknown";
  if (row->own_name) return row->own_name;
  const cocomm_rule *rule = cocomm_rule_find(row->rule);
  return rule ? rule->statement : "unknown";
}

int32_t cocomm_function_role(int32_t model, int32_t function, int32_t *role) {
  const struct function_row *row = find_function(function);
  if (role == NULL || row == NULL || cocomm_model_check(model) != COCOMM_OK)
    return COCOMM_ERR_INVALID_ARGUMENT;
  *role = role_row(row)->roles[model];
  return COCOMM_OK;
}

int32_t cocomm_function_list(int32_t model, int32_t min_role, int32_t *out, uint32_t capacity,
                               uint32_t *count) {
  if (count == NULL || (out == NULL && capacity > 0) || cocomm_model_check(model) != COCOMM_OK ||
      min_role < COCOMM_ROLE_NONE || min_role > COCOMM_ROLE_FULL)
    return COCOMM_ERR_INVALID_ARGUMENT;
  uint32_t n = 0;
  for (uint32_t i = 0; i < N_FUNCTIONS; i++) {
    if (role_row(&functions[i])->roles[model] < min_role) continue;
    if (n < capacity) out[n] = functions[i].function;
    n++;
  }
  *count = n;
  return n > capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK;
}

int32_t cocomm_function_reserved(int32_t function, int32_t *reserved) {
  const struct function_row *row = find_function(function);
  if (reserved == NULL || row == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t best = COCOMM_ROLE_NONE;
  for (int32_t m = 0; m < N_MODELS; m++)
    if (role_row(row)->roles[m] > best) best = role_row(row)->roles[m];
  *reserved = best < COCOMM_ROLE_JOINT_AGREEMENT;
  return COCOMM_OK;
}

const char *cocomm_role_name(int32_t role) {
  static const char *const names[] = {"none", "discussion", "involvement", "joint agreement",
                                      "joint", "full"};
  return role >= COCOMM_ROLE_NONE && role <= COCOMM_ROLE_FULL ? names[role] : "unknown";
}

/* Service lines (F-22, F-23). General practice is in scope of joint and
 * delegated arrangements from 2015/16. Pharmacy, eye health and dental
 * are discussion only under every model in 2015/16 (F-2); from 2016/17
 * 002 says NHS England "will be looking into" them: under review, never a
 * flat "never" (the May 2014 letter's "cannot delegate" for pharmacy and
 * dental is F-23, reported beside it). */
static const struct {
  int32_t service;
  const char *name;
  const char *review_rule; /* cited when the line is under review */
} services[] = {
  {COCOMM_SERVICE_GENERAL_PRACTICE, "general practice", NULL},
  {COCOMM_SERVICE_COMMUNITY_PHARMACY, "community pharmacy", "F-23"},
  {COCOMM_SERVICE_DENTAL, "dental", "F-23"},
  {COCOMM_SERVICE_EYE_HEALTH, "primary eye care", "F-22"},
};

#define N_SERVICES (sizeof services / sizeof services[0])
#define FIRST_FY 2015    /* co-commissioning starts in 2015/16 */
#define REVIEW_FY 2016   /* "from 2016/17" (F-22) */

const char *cocomm_service_name(int32_t service) {
  for (size_t i = 0; i < N_SERVICES; i++)
    if (services[i].service == service) return services[i].name;
  return "unknown";
}

int32_t cocomm_service_scope(int32_t service, int32_t model, int32_t fy_start_year, int32_t *scope,
                             const char **rule) {
  size_t i = 0;
  while (i < N_SERVICES && services[i].service != service) i++;
  if (scope == NULL || i == N_SERVICES || cocomm_model_check(model) != COCOMM_OK)
    return COCOMM_ERR_INVALID_ARGUMENT;
  if (fy_start_year < 1 || fy_start_year > 9998) return COCOMM_ERR_OUT_OF_RANGE;
  const char *why;
  if (model == COCOMM_MODEL_NONE) {
    *scope = COCOMM_SCOPE_NO_ARRANGEMENT;
    why = "M-1";
  } else if (fy_start_year < FIRST_FY) {
    *scope = COCOMM_SCOPE_NOT_YET;
    why = "F-22";
  } else if (model == COCOMM_MODEL_GREATER_INVOLVEMENT) {
    *scope = COCOMM_SCOPE_DISCUSSION_ONLY;
    why = "F-24";
  } else if (service == COCOMM_SERVICE_GENERAL_PRACTICE) {
    *scope = COCOMM_SCOPE_IN;
    why = "F-22";
  } else if (fy_start_year < REVIEW_FY) {
    *scope = COCOMM_SCOPE_DISCUSSION_ONLY;
    why = "F-2";
  } else {
    *scope = COCOMM_SCOPE_UNDER_REVIEW;
    why = model == COCOMM_MODEL_DELEGATED ? services[i].review_rule : "F-22";
  }
  if (rule) *rule = why;
  return COCOMM_OK;
}

const char *cocomm_scope_name(int32_t scope) {
  /* 4 and 5 are retired values: "unknown", like any value that is no scope. */
  static const char *const names[] = {"unknown", "in scope", "discussion only", "not in scope yet",
                                      "unknown", "unknown",  "no arrangement",  "under review"};
  return scope >= COCOMM_SCOPE_IN && scope <= COCOMM_SCOPE_UNDER_REVIEW ? names[scope] : names[0];
}
