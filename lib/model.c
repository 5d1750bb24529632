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
 * "greater-involvement", ...) so that cocomm_model_key() parses back. The
 * "model N" forms may also be followed by a colon and nothing, or by one
 * of the worded names of the same model (cocomm_model_parse()). */
static const cocomm__word aliases[] = {
  {"none", COCOMM_MODEL_NONE},
  /* numbered and lettered (000, 003, 004) */
  {"model 1", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"model a", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"model one", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"model 2", COCOMM_MODEL_JOINT},
  {"model b", COCOMM_MODEL_JOINT},
  {"model two", COCOMM_MODEL_JOINT},
  {"model 3", COCOMM_MODEL_DELEGATED},
  {"model c", COCOMM_MODEL_DELEGATED},
  {"model three", COCOMM_MODEL_DELEGATED},
  /* worded: greater involvement */
  {"greater involvement", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater-involvement", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater involvement in primary care commissioning", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater involvement in primary care commissioning decisions", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater involvement in primary care commissioning decisions within nhs england",
   COCOMM_MODEL_GREATER_INVOLVEMENT}, /* 000 */
  {"greater involvement in gp commissioning decisions", COCOMM_MODEL_GREATER_INVOLVEMENT}, /* 004 */
  {"greater involvement in decision making", COCOMM_MODEL_GREATER_INVOLVEMENT},
  {"greater involvement in primary care decision making", COCOMM_MODEL_GREATER_INVOLVEMENT},
  /* worded: joint */
  {"joint", COCOMM_MODEL_JOINT},
  {"joint commissioning", COCOMM_MODEL_JOINT},
  {"joint arrangements", COCOMM_MODEL_JOINT},
  {"joint commissioning arrangements", COCOMM_MODEL_JOINT},
  {"joint responsibility", COCOMM_MODEL_JOINT},
  {"joint commissioning responsibility", COCOMM_MODEL_JOINT},
  {"joint commissioning responsibility with nhs england", COCOMM_MODEL_JOINT},       /* 004 */
  {"joint commissioning between ccgs and their area team", COCOMM_MODEL_JOINT},      /* 000 */
  /* worded: delegated */
  {"delegated", COCOMM_MODEL_DELEGATED},
  {"delegated commissioning", COCOMM_MODEL_DELEGATED},
  {"delegated arrangements", COCOMM_MODEL_DELEGATED},
  {"delegated commissioning arrangements", COCOMM_MODEL_DELEGATED},
  {"delegation", COCOMM_MODEL_DELEGATED},
  {"full delegation", COCOMM_MODEL_DELEGATED},
  {"full delegated responsibility", COCOMM_MODEL_DELEGATED},
  {"full delegated responsibility for commissioning", COCOMM_MODEL_DELEGATED},
  {"full delegated responsibility for commissioning gp services", COCOMM_MODEL_DELEGATED},
  {"full delegated responsibility for commissioning the majority of gp services", COCOMM_MODEL_DELEGATED}, /* 004 */
  {"delegated arrangements for ccgs to take full responsibility for commissioning from nhs england",
   COCOMM_MODEL_DELEGATED}, /* 000 */
};

#define FIRST_WORDED 10 /* aliases[] from here on are worded names */
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

static int find(const char *norm, uint32_t from, int32_t *model) {
  for (uint32_t i = from; i < N_ALIASES; i++)
    if (strcmp(norm, aliases[i].word) == 0) {
      *model = aliases[i].value;
      return 1;
    }
  return 0;
}

#define LABEL_MAX 128 /* longest normalised label, NUL included */

int32_t cocomm_model_parse(const char *text, size_t len, int32_t *model) {
  char norm[LABEL_MAX];
  size_t n;
  if (model == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  /* Generous blank padding is allowed, but the scan is bounded. */
  int32_t st = cocomm__text_len(text, len, 4 * LABEL_MAX, &n);
  if (st != COCOMM_OK) return st;
  if (memchr(text, '\0', n) || !cocomm__normalise(text, n, 0, norm, sizeof norm)) return COCOMM_ERR_PARSE;
  char *colon = strchr(norm, ':');
  if (colon == NULL) return find(norm, 0, model) ? COCOMM_OK : COCOMM_ERR_PARSE;
  /* "Model 3:", "Model A: Greater involvement": a number or letter, a
   * colon, then nothing or words naming the same model (M-2). */
  char *words = colon + 1;
  while (colon > norm && colon[-1] == ' ') colon--;
  *colon = '\0';
  if (*words == ' ') words++;
  int32_t numbered, worded;
  if (strncmp(norm, "model ", 6) != 0 || !find(norm, 0, &numbered) || strchr(words, ':')) return COCOMM_ERR_PARSE;
  if (*words != '\0' && (!find(words, FIRST_WORDED, &worded) || worded != numbered)) return COCOMM_ERR_PARSE;
  *model = numbered;
  return COCOMM_OK;
}

uint32_t cocomm_model_alias_count(void) { return N_ALIASES; }

int32_t cocomm_model_alias_at(uint32_t index, const char **alias, int32_t *model) {
  if (alias == NULL || model == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (index >= N_ALIASES) return COCOMM_ERR_NOT_FOUND;
  *alias = aliases[index].word;
  *model = aliases[index].value;
  return COCOMM_OK;
}
