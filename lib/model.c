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
static const struct {
  const char *alias;
  int32_t model;
} aliases[] = {
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
#define ALIAS_MAX 64

int32_t cocomm_model_check(int32_t model) {
  return model >= COCOMM_MODEL_NONE && model <= COCOMM_MODEL_DELEGATED ? COCOMM_OK
                                                                       : COCOMM_ERR_INVALID_ARGUMENT;
}

const char *cocomm_model_name(int32_t model) {
  return cocomm_model_check(model) == COCOMM_OK ? models[model].name : NULL;
}

const char *cocomm_model_key(int32_t model) {
  return cocomm_model_check(model) == COCOMM_OK ? models[model].key : NULL;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int32_t cocomm_model_parse(const char *text, size_t len, int32_t *model) {
  char norm[ALIAS_MAX + 1];
  size_t n, k = 0;
  if (model == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  /* Allow generous blank padding, but bound the scan. */
  int32_t st = cocomm__text_len(text, len, 4 * ALIAS_MAX, &n);
  if (st != COCOMM_OK) return st;
  for (size_t i = 0; i < n; i++) {
    char c = text[i];
    if (c == '\0') return COCOMM_ERR_PARSE;
    if (is_blank(c)) {
      if (k > 0 && norm[k - 1] != ' ') {
        if (k == ALIAS_MAX) return COCOMM_ERR_PARSE;
        norm[k++] = ' ';
      }
      continue;
    }
    if (k == ALIAS_MAX) return COCOMM_ERR_PARSE;
    norm[k++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  if (k > 0 && norm[k - 1] == ' ') k--;
  norm[k] = '\0';
  for (uint32_t i = 0; i < N_ALIASES; i++) {
    if (strcmp(norm, aliases[i].alias) == 0) {
      *model = aliases[i].model;
      return COCOMM_OK;
    }
  }
  return COCOMM_ERR_PARSE;
}

uint32_t cocomm_model_alias_count(void) { return N_ALIASES; }

int32_t cocomm_model_alias_at(uint32_t index, const char **alias, int32_t *model) {
  if (alias == NULL || model == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (index >= N_ALIASES) return COCOMM_ERR_NOT_FOUND;
  *alias = aliases[index].alias;
  *model = aliases[index].model;
  return COCOMM_OK;
}
