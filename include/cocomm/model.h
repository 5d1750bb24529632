/* SPDX-License-Identifier: MIT */
/** @file model.h
 *  @brief The three co-commissioning models, and none (rules M-1, M-2). */
#ifndef COCOMM_MODEL_H
#define COCOMM_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/status.h>

COCOMM_BEGIN_DECLS

/** A CCG's co-commissioning model (M-1). Ordered: a higher value is a
 *  greater role for the CCG. */
enum cocomm_model {
  COCOMM_MODEL_NONE = 0,                /**< no co-commissioning arrangement */
  COCOMM_MODEL_GREATER_INVOLVEMENT = 1, /**< model 1 / A / One */
  COCOMM_MODEL_JOINT = 2,               /**< model 2 / B / Two: joint commissioning */
  COCOMM_MODEL_DELEGATED = 3            /**< model 3 / C / Three: delegated commissioning */
};

/** COCOMM_OK for a value of enum cocomm_model, else COCOMM_ERR_INVALID_ARGUMENT.
 *  @param model the value to check
 *  @return COCOMM_OK or COCOMM_ERR_INVALID_ARGUMENT */
COCOMM_API int32_t cocomm_model_check(int32_t model);
/** Canonical name: "none", "greater involvement", "joint commissioning",
 *  "delegated commissioning"; "unknown" for an unknown value (never NULL).
 *  @param model an enum cocomm_model value
 *  @return a static string: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_model_name(int32_t model);
/** Short machine name: "none", "greater-involvement", "joint", "delegated";
 *  "unknown" for an unknown value (never NULL).
 *  @param model an enum cocomm_model value
 *  @return a static string: the key, or "unknown" for any other value */
COCOMM_API const char *cocomm_model_key(int32_t model);
/** Parse any name rule M-2 lists ("Model 2", "model b", "Model Two",
 *  "joint commissioning", "delegation", "full delegation", "delegated
 *  commissioning arrangements", ...), and a label as the seeds print it: a
 *  numbered or lettered name, a colon, then nothing or a worded name of
 *  the same model ("Model 3:", "Model A: Greater involvement", "Model Three:
 *  Full delegated responsibility for commissioning the majority of GP
 *  services"). Case-insensitive, with blanks around it allowed and runs of
 *  inner blanks read as one. Anything else is COCOMM_ERR_PARSE, and so is
 *  a label whose words name another model than its number: it never
 *  guesses.
 *  @param text the name; not NULL
 *  @param len its length in bytes, or COCOMM_NTS if it is NUL-terminated
 *  @param[out] model the enum cocomm_model value, written on success only; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if text or model is NULL;
 *          COCOMM_ERR_PARSE for any other text (also one with a NUL within
 *          len, or longer than 512 bytes) */
COCOMM_API int32_t cocomm_model_parse(const char *text, size_t len, int32_t *model);
/** Number of names cocomm_model_parse() accepts (for listing them).
 *  @return how many entries cocomm_model_alias_at() has */
COCOMM_API uint32_t cocomm_model_alias_count(void);
/** The accepted name at index, in lower case, and its model; COCOMM_ERR_NOT_FOUND past the end.
 *  @param index 0 to cocomm_model_alias_count() - 1
 *  @param[out] alias the name (static, normalised: lower case, single spaces); not NULL
 *  @param[out] model its enum cocomm_model value; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if alias or model is NULL;
 *          COCOMM_ERR_NOT_FOUND if index is cocomm_model_alias_count() or more */
COCOMM_API int32_t cocomm_model_alias_at(uint32_t index, const char **alias, int32_t *model);

COCOMM_END_DECLS

#endif
