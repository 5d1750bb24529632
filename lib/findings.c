/* SPDX-License-Identifier: MIT */
#include <cocomm/findings.h>
#include <cocomm/rules.h>
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"
#include "message.h"


const char *cocomm_severity_name(int32_t severity) {
  switch (severity) {
    case COCOMM_SEVERITY_ERROR: return "error";
    case COCOMM_SEVERITY_WARNING: return "warning";
    case COCOMM_SEVERITY_INFO: return "information";
    default: return "unknown";
  }
}

uint32_t cocomm_finding_size(void) { return (uint32_t)sizeof(cocomm_finding); }

int32_t cocomm__sink_open(cocomm__sink *sink, cocomm_finding *out, uint32_t elem_size,
                          uint32_t capacity, const uint32_t *count) {
  if (count == NULL || (out == NULL && capacity > 0)) return COCOMM_ERR_INVALID_ARGUMENT;
  if (capacity > 0 && elem_size < COCOMM_FINDING_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  /* The whole array must be addressable: capacity * elem_size must not wrap. */
  if (capacity > 0 && (size_t)capacity > SIZE_MAX / elem_size) return COCOMM_ERR_INVALID_ARGUMENT;
  sink->out = (unsigned char *)out;
  sink->elem_size = elem_size;
  sink->capacity = capacity;
  sink->n = 0;
  sink->names = NULL;
  return COCOMM_OK;
}

void cocomm__report(cocomm__sink *sink, int32_t rule_id, int32_t severity, int32_t code, int32_t subject,
                    const int32_t *values) {
  static const int32_t none[4] = {0, 0, 0, 0};
  uint32_t index = sink->n;
  if (sink->n < UINT32_MAX) sink->n++;
  if (index >= sink->capacity) return;
  const cocomm_rule *rule = cocomm__rule(rule_id);
  cocomm_finding f;
  memset(&f, 0, sizeof f);
  f.rule = rule ? rule->id : "";
  f.source = rule ? rule->source : "";
  f.severity = severity ? severity : (rule ? cocomm_force_severity(rule->force) : COCOMM_SEVERITY_ERROR);
  if (f.severity == 0) f.severity = COCOMM_SEVERITY_INFO;
  f.subject = subject;
  cocomm__text t = {f.message, sizeof f.message - 1, 0};
  cocomm__message_write(&t, code, rule_id, values ? values : none, sink->names);
  size_t n = t.len < sizeof f.message - 1 ? t.len : cocomm__utf8_prefix(f.message, sizeof f.message - 1);
  f.message[n] = '\0';
  cocomm__copy_struct(sink->out + (size_t)index * sink->elem_size, sink->elem_size, &f, sizeof f);
}

int32_t cocomm__sink_close(const cocomm__sink *sink, uint32_t *count) {
  *count = sink->n;
  return sink->n > sink->capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK;
}
