/* SPDX-License-Identifier: MIT */
#include <cocomm/error.h>
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"

void cocomm_error_init(cocomm_error *error) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_error init = COCOMM_ERROR_INIT;
  if (error != NULL) memcpy(error, &init, sizeof init);
}

uint32_t cocomm_error_size(void) { return (uint32_t)sizeof(cocomm_error); }

static const char *const field_names[] = {
  "none", "struct_size", "element size", "count", "array", "kind", "category", "voting",
  "position", "name", "body", "ccg_codes", "quorum", "casting_vote", "present", "conflicted",
  "votes", "casting", "item", "date", "contract_award", "result", "findings", "model", "id",
  "label", "source", "note", "key", "title", "models", "precision", "range", "time",
  "submission", "published", "reserved", "ODS code", "flag", "purpose", "sections", "text",
  "header", "terms", "tags", "body_kind", "clause", "majority", "presiding", "chosen",
  "casting_by", "stayed", "tag name",
};

const char *cocomm_field_name(int32_t field) {
  return field >= 0 && (size_t)field < sizeof field_names / sizeof field_names[0] ? field_names[field]
                                                                                    : "unknown";
}

int32_t cocomm__error_open(cocomm_error *e) {
  return e != NULL && e->struct_size < COCOMM_ERROR_SIZE_V1 ? COCOMM_ERR_STRUCT_SIZE : COCOMM_OK;
}

static void set(cocomm_error *e, int32_t status, int32_t index, int32_t field, const char *message) {
  /* A newer caller's tail, which this library does not know, reads 0, as
   * in every struct the library writes. */
  if (e->struct_size > sizeof *e) memset((unsigned char *)e + sizeof *e, 0, e->struct_size - sizeof *e);
  e->status = status;
  e->index = index;
  e->field = field;
  e->line = e->column = 0;
  e->message = message;
  e->text[0] = '\0';
}

int32_t cocomm__fail(cocomm_error *e, int32_t status, int32_t index, int32_t field, const char *message) {
  if (e != NULL && status != COCOMM_OK) set(e, status, index, field, message);
  return status;
}

int32_t cocomm__fail_text(cocomm_error *e, int32_t status, int32_t field, uint32_t line, uint32_t column,
                          const char *message, const char *text, size_t len) {
  if (e == NULL || status == COCOMM_OK) return status;
  set(e, status, -1, field, message);
  e->line = line;
  e->column = column;
  /* The offending text is the caller's, so anything may be in it. */
  cocomm__display_copy(e->text, sizeof e->text, text, text ? len : 0);
  return status;
}

int32_t cocomm__finish(cocomm_error *e, int32_t status) {
  if (e == NULL) return status;
  if (status == COCOMM_OK) set(e, COCOMM_OK, -1, COCOMM_FIELD_NONE, "");
  if (status == COCOMM_ERR_BUFFER_TOO_SMALL) set(e, status, -1, COCOMM_FIELD_NONE, "an output buffer is too small");
  return status;
}
