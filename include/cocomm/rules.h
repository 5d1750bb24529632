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

/** One rule. Rules live in the library's read-only storage: callers get
 *  pointers to them and never allocate one, so fields may be appended in
 *  a later minor version without breaking anyone. */
typedef struct cocomm_rule {
  const char *id;         /**< "C-1", "T-30", "E-A" */
  int32_t section;        /**< enum cocomm_section */
  int32_t force;          /**< enum cocomm_force */
  const char *statement;  /**< one-line statement (UTF-8) */
  const char *applies_to; /**< which committees or models; "" when the rule says nothing */
  const char *source;     /**< citation: "<document> §<section>", documents as cocomm_source_at() */
} cocomm_rule;

/** A source document that rules cite. */
typedef struct cocomm_source {
  const char *key;       /**< how citations name it: "002" */
  const char *title;     /**< full title */
  const char *publisher; /**< who published it */
  const char *date;      /**< when, as precise as known: "2014-11-10", "2014-09" */
  const char *note;      /**< how the library uses it */
} cocomm_source;

/** Number of rules in the catalogue. */
COCOMM_API uint32_t cocomm_rule_count(void);
/** The rule at index (0..count-1), in rulebook order; NULL past the end. */
COCOMM_API const cocomm_rule *cocomm_rule_at(uint32_t index);
/** Look a rule up by identifier (exact, e.g. "C-10"); NULL if unknown. */
COCOMM_API const cocomm_rule *cocomm_rule_find(const char *id);
/** The severity a breach of a rule of this force carries: enum
 *  cocomm_severity from findings.h; 0 for COCOMM_FORCE_FACT or an unknown force. */
COCOMM_API int32_t cocomm_force_severity(int32_t force);
/** "must", "should", "may", "fact"; "unknown" otherwise. */
COCOMM_API const char *cocomm_force_name(int32_t force);
/** Section title ("committees"); "unknown" otherwise. */
COCOMM_API const char *cocomm_section_name(int32_t section);

/** Number of source documents. */
COCOMM_API uint32_t cocomm_source_count(void);
/** The source at index; NULL past the end. */
COCOMM_API const cocomm_source *cocomm_source_at(uint32_t index);

/** sizeof(cocomm_rule) as built. */
COCOMM_API uint32_t cocomm_rule_size(void);
/** sizeof(cocomm_source) as built. */
COCOMM_API uint32_t cocomm_source_size(void);

COCOMM_END_DECLS

#endif
