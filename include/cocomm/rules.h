/* SPDX-License-Identifier: MIT */
/** @file rules.h
 *  @brief The rule catalogue: every rule of the co-commissioning rulebook,
 *  with its identifier (C-1, T-30, E-A, ...), force and source.
 *
 *  Every finding the library reports names one of these identifiers, and
 *  docs/rules.md is generated from this table. */
#ifndef COCOMM_RULES_H
#define COCOMM_RULES_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/date.h>

COCOMM_BEGIN_DECLS

/** Rulebook sections. */
enum cocomm_section {
  COCOMM_SECTION_M = 1, /**< the models */
  COCOMM_SECTION_F = 2, /**< functions and scope */
  COCOMM_SECTION_C = 3, /**< committees */
  COCOMM_SECTION_I = 4, /**< conflicts of interest */
  COCOMM_SECTION_A = 5, /**< approvals and changes */
  COCOMM_SECTION_T = 6, /**< the timeline */
  COCOMM_SECTION_E = 7  /**< expressions of interest */
};

/** A rule's force, and so the severity of a finding that cites it. */
enum cocomm_force {
  COCOMM_FORCE_MUST = 1,   /**< a breach is an error */
  COCOMM_FORCE_SHOULD = 2, /**< a breach is a warning */
  COCOMM_FORCE_MAY = 3,    /**< an option or a right: information */
  COCOMM_FORCE_FACT = 4    /**< data the library returns, not a check */
};

/** Where a fact comes from (2.1). */
enum cocomm_source_kind {
  COCOMM_SOURCE_UNSTATED = 0,  /**< not said: a caller's own edition or milestone, as before 2.1 */
  COCOMM_SOURCE_PRIMARY = 1,   /**< the policy texts themselves (the seeds, 000 to 004) */
  COCOMM_SOURCE_SECONDARY = 2  /**< a later report of the policy, not among the seeds (RULES.md,
                                    "Later national cycles") */
};

/** Every rule of the rulebook, by identifier: COCOMM_RULE_C_3 is "C-3".
 *  Values are fixed forever and never reused; a new rule takes the next. */
enum cocomm_rule_id {
  COCOMM_RULE_M_1 = 1,
  COCOMM_RULE_M_2 = 2,
  COCOMM_RULE_M_3 = 3,
  COCOMM_RULE_M_4 = 4,
  COCOMM_RULE_M_5 = 5,
  COCOMM_RULE_M_6 = 6,
  COCOMM_RULE_M_7 = 7,
  COCOMM_RULE_F_1 = 8,
  COCOMM_RULE_F_2 = 9,
  COCOMM_RULE_F_3 = 10,
  COCOMM_RULE_F_4 = 11,
  COCOMM_RULE_F_5 = 12,
  COCOMM_RULE_F_6 = 13,
  COCOMM_RULE_F_7 = 14,
  COCOMM_RULE_F_10 = 15,
  COCOMM_RULE_F_11 = 16,
  COCOMM_RULE_F_12 = 17,
  COCOMM_RULE_F_13 = 18,
  COCOMM_RULE_F_14 = 19,
  COCOMM_RULE_F_15 = 20,
  COCOMM_RULE_F_20 = 21,
  COCOMM_RULE_F_21 = 22,
  COCOMM_RULE_F_22 = 23,
  COCOMM_RULE_F_23 = 24,
  COCOMM_RULE_F_24 = 25,
  COCOMM_RULE_F_25 = 26,
  COCOMM_RULE_F_26 = 27,
  COCOMM_RULE_C_1 = 28,
  COCOMM_RULE_C_2 = 29,
  COCOMM_RULE_C_3 = 30,
  COCOMM_RULE_C_4 = 31,
  COCOMM_RULE_C_5 = 32,
  COCOMM_RULE_C_6 = 33,
  COCOMM_RULE_C_7 = 34,
  COCOMM_RULE_C_8 = 35,
  COCOMM_RULE_C_9 = 36,
  COCOMM_RULE_C_10 = 37,
  COCOMM_RULE_C_11 = 38,
  COCOMM_RULE_C_12 = 39,
  COCOMM_RULE_C_13 = 40,
  COCOMM_RULE_C_14 = 41,
  COCOMM_RULE_C_15 = 42,
  COCOMM_RULE_C_16 = 43,
  COCOMM_RULE_C_17 = 44,
  COCOMM_RULE_I_1 = 45,
  COCOMM_RULE_I_2 = 46,
  COCOMM_RULE_I_3 = 47,
  COCOMM_RULE_I_4 = 48,
  COCOMM_RULE_I_5 = 49,
  COCOMM_RULE_I_6 = 50,
  COCOMM_RULE_A_1 = 51,
  COCOMM_RULE_A_2 = 52,
  COCOMM_RULE_A_3 = 53,
  COCOMM_RULE_A_4 = 54,
  COCOMM_RULE_A_5 = 55,
  COCOMM_RULE_A_6 = 56,
  COCOMM_RULE_A_7 = 57,
  COCOMM_RULE_A_8 = 58,
  COCOMM_RULE_A_9 = 59,
  COCOMM_RULE_A_10 = 60,
  COCOMM_RULE_T_1 = 61,
  COCOMM_RULE_T_2 = 62,
  COCOMM_RULE_T_3 = 63,
  COCOMM_RULE_T_4 = 64,
  COCOMM_RULE_T_5 = 65,
  COCOMM_RULE_T_6 = 66,
  COCOMM_RULE_T_7 = 67,
  COCOMM_RULE_T_8 = 68,
  COCOMM_RULE_T_9 = 69,
  COCOMM_RULE_T_10 = 70,
  COCOMM_RULE_T_11 = 71,
  COCOMM_RULE_T_12 = 72,
  COCOMM_RULE_T_13 = 73,
  COCOMM_RULE_T_14 = 74,
  COCOMM_RULE_T_15 = 75,
  COCOMM_RULE_T_16 = 76,
  COCOMM_RULE_T_17 = 77,
  COCOMM_RULE_T_18 = 78,
  COCOMM_RULE_T_19 = 79,
  COCOMM_RULE_T_20 = 80,
  COCOMM_RULE_T_30 = 81,
  COCOMM_RULE_T_31 = 82,
  COCOMM_RULE_T_32 = 83,
  COCOMM_RULE_T_33 = 84,
  COCOMM_RULE_T_34 = 85,
  COCOMM_RULE_T_35 = 86,
  COCOMM_RULE_E_A = 87,
  COCOMM_RULE_E_B = 88,
  COCOMM_RULE_E_C = 89,
  COCOMM_RULE_E_D = 90,
  COCOMM_RULE_E_E = 91,
  COCOMM_RULE_E_F = 92,
  COCOMM_RULE_E_G = 93,
  COCOMM_RULE_E_H = 94,
  COCOMM_RULE_LAST = 94 /**< the highest identifier so far (grows, never shrinks) */
};

/** One rule of the rulebook (docs/rules.md): its identifier, section, force,
 *  statement and citation, and (2.1) its life. The library's own rules are
 *  static, in read-only storage; look them up with cocomm_rule_get() and
 *  cocomm_rule_find(). Callers get pointers and never allocate one, so
 *  fields may be appended in a later minor version without breaking anyone. */
typedef struct cocomm_rule {
  const char *id;         /**< "C-1", "T-30", "E-A" */
  int32_t section;        /**< enum cocomm_section */
  int32_t force;          /**< enum cocomm_force */
  const char *statement;  /**< one-line statement (UTF-8) */
  const char *applies_to; /**< which committees or models; "" when the rule says nothing */
  const char *source;     /**< citation: "<document> §<section>", documents as cocomm_source_at() */
  /* Appended in 2.1: the rule's life. */
  const char *edition;       /**< key of the edition it belongs to: "2014-11", "2014-09" (T-19) */
  cocomm_date in_force_from; /**< first day it holds (UK civil date) */
  cocomm_date in_force_to;   /**< last day it holds: 2022-06-30 at the latest (CCGs were abolished
                                  on 2022-07-01); {0, 0, 0} if it has not ended */
  int32_t source_kind;       /**< enum cocomm_source_kind */
  int32_t dated;             /**< 1: it states a date of its edition's own timetable (T-19, T-30,
                                  T-35), so it is compared between editions (cocomm_edition_diff);
                                  0: it holds whatever the edition */
} cocomm_rule;

/** A source document that rules cite. */
typedef struct cocomm_source {
  const char *key;       /**< how citations name it: "002" */
  const char *title;     /**< full title */
  const char *publisher; /**< who published it */
  const char *date;      /**< when, as precise as known: "2014-11-10", "2014-09" */
  const char *note;      /**< how the library uses it */
} cocomm_source;

/** Number of rules in the catalogue.
 *  @return the number of rules (COCOMM_RULE_LAST as built) */
COCOMM_API uint32_t cocomm_rule_count(void);
/** The rule at index (0..count-1), in rulebook order; NULL past the end.
 *  @param index 0 to cocomm_rule_count() - 1
 *  @return the rule (static storage), or NULL if index is cocomm_rule_count() or more */
COCOMM_API const cocomm_rule *cocomm_rule_at(uint32_t index);
/** Look a rule up by identifier (exact, e.g. "C-10"); NULL if unknown.
 *  @param id the identifier, NUL-terminated, case-sensitive; may be NULL
 *  @return the rule (static storage), or NULL if id is NULL or unknown */
COCOMM_API const cocomm_rule *cocomm_rule_find(const char *id);
/** The rule with identifier id (enum cocomm_rule_id, a finding's rule);
 *  NULL for a value that names none. Constant time.
 *  @param id an enum cocomm_rule_id value, 1 to COCOMM_RULE_LAST
 *  @return the rule (static storage), or NULL outside 1 to COCOMM_RULE_LAST */
COCOMM_API const cocomm_rule *cocomm_rule_get(int32_t id);
/** The severity a breach of a rule of this force carries: enum
 *  cocomm_severity from findings.h; 0 for COCOMM_FORCE_FACT or an unknown force.
 *  @param force an enum cocomm_force value
 *  @return COCOMM_SEVERITY_ERROR for must, COCOMM_SEVERITY_WARNING for should,
 *          COCOMM_SEVERITY_INFO for may; 0 otherwise */
COCOMM_API int32_t cocomm_force_severity(int32_t force);
/** "must", "should", "may", "fact"; "unknown" otherwise.
 *  @param force an enum cocomm_force value
 *  @return a static string, never NULL: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_force_name(int32_t force);
/** Section title ("committees"); "unknown" otherwise.
 *  @param section an enum cocomm_section value
 *  @return a static string, never NULL: the title, or "unknown" for any other value */
COCOMM_API const char *cocomm_section_name(int32_t section);

/** Whether a rule is in force on a UK civil date (2.1): *in_force gets 1
 *  if in_force_from <= date <= in_force_to (an in_force_to of {0, 0, 0}
 *  has no end). The date {0, 0, 0} means the library's default, the day
 *  the default edition was published (2014-11-10, "Next steps"). Nothing
 *  is in force on or after 2022-07-01: CCGs no longer exist.
 *  @param rule the rule; not NULL
 *  @param date the day; {0, 0, 0} for the default
 *  @param[out] in_force 1 if the rule holds on that day, else 0; written on
 *              success only; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if rule or in_force is NULL;
 *          COCOMM_ERR_OUT_OF_RANGE if date is neither {0, 0, 0} nor a real date */
COCOMM_API int32_t cocomm_rule_in_force(const cocomm_rule *rule, cocomm_date date, int32_t *in_force);
/** The rules in force on a date (as cocomm_rule_in_force(); {0, 0, 0}: the
 *  default, 2014-11-10), in rulebook order, snprintf-style: *count gets how
 *  many there are, out the first capacity of them.
 *  @param date the day; {0, 0, 0} for the default
 *  @param[out] out array of capacity rule pointers; may be NULL when capacity is 0
 *  @param capacity how many elements out holds
 *  @param[out] count how many rules are in force, set also when out is too
 *              small; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL if more than capacity rules
 *          are in force; COCOMM_ERR_INVALID_ARGUMENT if count is NULL, or out is
 *          NULL with capacity above 0; COCOMM_ERR_OUT_OF_RANGE if date is
 *          neither {0, 0, 0} nor a real date */
COCOMM_API int32_t cocomm_rules_in_force(cocomm_date date, const cocomm_rule **out, uint32_t capacity,
                                         uint32_t *count);
/** "primary", "secondary", "unstated"; "unknown" otherwise.
 *  @param kind an enum cocomm_source_kind value
 *  @return a static string, never NULL: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_source_kind_name(int32_t kind);

/** Number of source documents.
 *  @return the number of sources */
COCOMM_API uint32_t cocomm_source_count(void);
/** The source at index; NULL past the end.
 *  @param index 0 to cocomm_source_count() - 1
 *  @return the source (static storage), or NULL if index is cocomm_source_count() or more */
COCOMM_API const cocomm_source *cocomm_source_at(uint32_t index);

/** sizeof(cocomm_rule) as built.
 *  @return the size in bytes */
COCOMM_API uint32_t cocomm_rule_size(void);
/** sizeof(cocomm_source) as built.
 *  @return the size in bytes */
COCOMM_API uint32_t cocomm_source_size(void);

COCOMM_END_DECLS

#endif
