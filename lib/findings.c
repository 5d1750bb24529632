/* SPDX-License-Identifier: MIT */
#include <cocomm/findings.h>
#include <cocomm/committee.h>
#include <cocomm/error.h>
#include <cocomm/rules.h>
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"
#include "committee_internal.h"
#include "message.h"

const char *cocomm_severity_name(int32_t severity) {
  switch (severity) {
    case COCOMM_SEVERITY_ERROR: return "error";
    case COCOMM_SEVERITY_WARNING: return "warning";
    case COCOMM_SEVERITY_INFO: return "information";
    default: return "unknown";
  }
}

const char *cocomm_finding_template(int32_t message) { return cocomm__message_template(message); }

uint32_t cocomm_finding_size(void) { return (uint32_t)sizeof(cocomm_finding); }
uint32_t cocomm_findings_size(void) { return (uint32_t)sizeof(cocomm_findings); }

void cocomm_findings_init(cocomm_findings *findings, cocomm_finding *items, uint32_t capacity) {
  if (findings == NULL) return;
  memset(findings, 0, sizeof *findings);
  findings->struct_size = (uint32_t)sizeof *findings;
  findings->elem_size = (uint32_t)sizeof(cocomm_finding);
  findings->capacity = items ? capacity : 0;
  findings->items = items;
}

int32_t cocomm__sink_open(cocomm__sink *sink, cocomm_findings *findings, cocomm_error *e) {
  memset(sink, 0, sizeof *sink);
  if (findings == NULL) return COCOMM_OK;
  if (findings->struct_size < COCOMM_FINDINGS_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_FINDINGS,
                        "the findings' struct_size is below the first layout");
  if (findings->capacity > 0) {
    if (findings->items == NULL)
      return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FINDINGS, "a capacity but no items");
    if (findings->elem_size < COCOMM_FINDING_SIZE_V1)
      return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_FINDINGS,
                          "the findings' elem_size is below the first layout");
    /* The whole array must be addressable: capacity * elem_size must not wrap. */
    if ((size_t)findings->capacity > SIZE_MAX / findings->elem_size)
      return cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FINDINGS,
                          "capacity times elem_size is more than memory holds");
  }
  sink->target = findings;
  sink->out = (unsigned char *)findings->items;
  sink->elem_size = findings->elem_size;
  sink->capacity = findings->capacity;
  return COCOMM_OK;
}

void cocomm__report(cocomm__sink *sink, int32_t rule_id, int32_t severity, int32_t code, int32_t subject,
                    const int32_t *values) {
  if (severity == 0) { /* from the rule's force */
    const cocomm_rule *rule = cocomm__rule(rule_id);
    severity = rule ? cocomm_force_severity(rule->force) : COCOMM_SEVERITY_ERROR;
    if (severity == 0) severity = COCOMM_SEVERITY_INFO;
  }
  uint32_t index = sink->n;
  if (sink->n < UINT32_MAX) sink->n++;
  if (severity >= COCOMM_SEVERITY_ERROR && severity <= COCOMM_SEVERITY_INFO) sink->by_severity[severity]++;
  if (index >= sink->capacity) return;
  cocomm_finding f = {rule_id, severity, code, subject, {0, 0, 0, 0}};
  if (values) memcpy(f.values, values, sizeof f.values);
  unsigned char *at = sink->out + (size_t)index * sink->elem_size;
  if (sink->elem_size == sizeof f)
    memcpy(at, &f, sizeof f);
  else
    cocomm__copy_struct(at, sink->elem_size, &f, sizeof f);
}

int32_t cocomm__sink_close(cocomm__sink *sink, int32_t status) {
  /* A short buffer elsewhere (the roster's) still sizes the findings. */
  if (status != COCOMM_OK && status != COCOMM_ERR_BUFFER_TOO_SMALL) return status;
  cocomm_findings *t = sink->target;
  if (t == NULL) return status; /* findings were not wanted */
  t->count = sink->n;
  t->errors = sink->by_severity[COCOMM_SEVERITY_ERROR];
  t->warnings = sink->by_severity[COCOMM_SEVERITY_WARNING];
  t->information = sink->by_severity[COCOMM_SEVERITY_INFO];
  return sink->n > sink->capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : status;
}

int32_t cocomm__begin(cocomm__sink *sink, cocomm_findings *findings, cocomm_error *e) {
  int32_t st = cocomm__error_open(e);
  if (st == COCOMM_OK) st = cocomm__sink_open(sink, findings, e);
  else memset(sink, 0, sizeof *sink);
  return st;
}

int32_t cocomm__end(cocomm__sink *sink, cocomm_error *e, int32_t status) {
  return cocomm__finish(e, cocomm__sink_close(sink, status));
}

int32_t cocomm_finding_format(const cocomm_finding *finding, const cocomm_committee *committee, char *buf,
                              size_t cap, size_t *needed) {
  if (finding == NULL || (buf == NULL && cap > 0)) return COCOMM_ERR_INVALID_ARGUMENT;
  if (cocomm__message_template(finding->message) == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  /* Members are named only from a committee whose shape is sound; each
   * name is checked as it is used (message.c). */
  cocomm__committee view;
  if (committee != NULL && cocomm__committee_open(committee, &view, NULL) != COCOMM_OK) committee = NULL;
  cocomm__text t = {buf, cap, 0};
  cocomm__message_write(&t, finding->message, finding->rule, finding->values, committee ? &view.c : NULL);
  return cocomm__text_finish(&t, needed);
}
