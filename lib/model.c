/* SPDX-License-Identifier: MIT */
#include <cocomm/model.h>
#include <cocomm/status.h>

#include <string.h>

#include "internal.h"

static const struct {
  const char *name;
  const char *key;
} models[] = {
  [COCOMM_MODEL_NONE] = {"none", "none"},
  [COCOMM_MODEL_GREATER_INVOLVEMENT] = {"greater involvement", "greater-involvement"},
  [COCOMM_MODEL_JOINT] = {"joint commissioning", "joint"},
  [COCOMM_MODEL_DELEGATED] = {"delegated commissioning", "delegated"},
};

/* M-2: every name the sources use for a model, in normalised form (lower
 * case, single spaces), plus the library's own keys ("none",
 * "greater-involvement", ...) so that cocomm_model_key() parses back. */
static const cocomm__word aliases[] = {
  {"none", COCOMM_MODEL_NONE},
  {"model 1", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"model a", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"model one", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater involvement", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater-involvement", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"model 2", COCOMM_MODEL_JOINT},
  {"model b", COCOMM_MODEL_JOINT},
  {"model two", COCOMM_MODEL_JOINT},
  {"joint", COCOMM_MODEL_JOINT},
  {"joint commissioning", COCOMM_MODEL_JOINT},
  {"model 3", COCOMM_MODEL_DELEGATED},
  {"model c", COCOMM_MODEL_DELEGATED},
  {"model three", COCOMM_MODEL_DELEGATED},
  {"delegated", COCOMM_MODEL_DELEGATED},
  {"delegated commissioning", COCOMM_MODEL_DELEGATED},
  {"full delegation", COCOMM_MODEL_DELEGATED},
  {"full delegated responsibility", COCOMM_MODEL_DELEGATED},
};

#define N_ALIASES ((uint32_t)(sizeof aliases / sizeof aliases[0]))

int32_t cocomm_model_check(int32_t model) {
  return model >= COCOMM_MODEL_NONE && model <= COCOMM_MODEL_DELEGATED ? COCOMM_OK
                                                                       : COCOMM_ERR_INVALID_ARGUMENT;
}

const char *cocomm_model_name(int32_t model) {
  return cocomm_model_check(model) == COCOMM_OK ? models[model].name : "unknown";
}

const char *cocomm_model_key(int32_t model) {
  return cocomm_model_check(model) == COCOMM_OK ? models[model].key : "unknown";
}

int32_t cocomm_model_parse(const char *text, size_t len, int32_t *model) {
  return cocomm__lookup_word(aliases, N_ALIASES, text, len, 0, model);
}

uint32_t cocomm_model_alias_count(void) { return N_ALIASES; }

int32_t cocomm_model_alias_at(uint32_t index, const char **alias, int32_t *model) {
  if (alias == NULL || model == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (index >= N_ALIASES) return COCOMM_ERR_NOT_FOUND;
  *alias = aliases[index].word;
  *model = aliases[index].value;
  return COCOMM_OK;
}
