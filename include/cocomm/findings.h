/* SPDX-License-Identifier: MIT */
/** @file findings.h
 *  @brief Findings: what every check reports.
 *
 *  A check writes its findings into a caller's array and returns how many
 *  exist even when the array is too small, like snprintf: call once with
 *  capacity 0 to size the array, then again. Every finding is reported at
 *  once, in a stable order (the order the rules are checked, then subject
 *  index). Nothing is allocated.
 *
 *  The array travels with its element size (pass sizeof(cocomm_finding)):
 *  a caller built against this layout keeps working when later versions
 *  append fields. */
#ifndef COCOMM_FINDINGS_H
#define COCOMM_FINDINGS_H

#include <stdint.h>
#include <cocomm/export.h>

COCOMM_BEGIN_DECLS

/** Severity of a finding, from the force of the rule it cites. */
enum cocomm_severity {
  COCOMM_SEVERITY_ERROR = 1,   /**< a "must" is broken */
  COCOMM_SEVERITY_WARNING = 2, /**< a "should" is not met */
  COCOMM_SEVERITY_INFO = 3     /**< an option, a right, or what the rules require next */
};

/** Bytes of message text a finding holds, NUL included. */
#define COCOMM_FINDING_MESSAGE_MAX 160

/** One finding. */
typedef struct cocomm_finding {
  const char *rule;     /**< rule identifier, e.g. "C-3" (static storage) */
  const char *source;   /**< the rule's citation, e.g. "002 §4.4.2, §6.2" (static) */
  int32_t severity;     /**< enum cocomm_severity */
  int32_t subject;      /**< index of the member, section or item concerned; -1 for none */
  char message[COCOMM_FINDING_MESSAGE_MAX]; /**< short UTF-8 message, NUL-terminated */
} cocomm_finding;

/** Smallest element size a findings array may have: the first layout. */
#define COCOMM_FINDING_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_finding, message)

/** "error", "warning", "information"; "unknown" otherwise. */
COCOMM_API const char *cocomm_severity_name(int32_t severity);
/** sizeof(cocomm_finding) as built. */
COCOMM_API uint32_t cocomm_finding_size(void);

COCOMM_END_DECLS

#endif
