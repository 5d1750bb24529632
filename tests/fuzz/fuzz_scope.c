/* SPDX-License-Identifier: MIT */
/* The tables the library publishes, looked up with raw values: functions,
 * roles, service scope, model aliases, the rule and source catalogues (by
 * index, by text and by number), message templates, status and enumeration
 * names (offices, tags, majority bases and presiding rules of terms.h
 * too), cocomm_version_info_get into a struct of the caller's size. Every
 * answer must agree with the others, and every text returned must pass the
 * message oracle of fuzz.h. */
#include <stdlib.h>

#include "build.h"

static int32_t take_value(bytes *b, int32_t small) {
  uint8_t x = take_u8(b);
  return x < 240 ? (int32_t)(x % small) : (int32_t)take_u32(b);
}

static void name_oracle(const char *what, const char *s, int may_be_null) {
  if (s == NULL) {
    FUZZ_ASSERT(may_be_null);
    return;
  }
  oracle_text(what, s);
}

/* A _name() is never NULL: an unknown value is named "unknown". */
static void never_null(const char *what, const char *s, int unknown) {
  name_oracle(what, s, 0);
  if (unknown) FUZZ_ASSERT(strcmp(s, "unknown") == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size};
  uint32_t nf = cocomm_function_count();
  FUZZ_ASSERT(nf > 0 && nf < 64);
  int32_t fns[64];
  for (uint32_t i = 0; i < nf; i++) FUZZ_ASSERT(cocomm_function_at(i, &fns[i]) == COCOMM_OK);
  int32_t model = take_value(&b, 5), fn = take_value(&b, 110), role = -1, reserved = -1;
  uint8_t pick = take_u8(&b);
  if (pick < 128) fn = fns[pick % nf];
  int known = 0;
  for (uint32_t i = 0; i < nf; i++) known |= fns[i] == fn;
  never_null("function rule", cocomm_function_rule(fn), !known);
  never_null("function name", cocomm_function_name(fn), !known);
  if (known) FUZZ_ASSERT(cocomm_rule_find(cocomm_function_rule(fn)) != NULL);
  int32_t st = cocomm_function_role(model, fn, &role);
  FUZZ_ASSERT((st == COCOMM_OK) == (known && cocomm_model_check(model) == COCOMM_OK));
  if (st == COCOMM_OK) FUZZ_ASSERT(role >= COCOMM_ROLE_NONE && role <= COCOMM_ROLE_FULL);
  st = cocomm_function_reserved(fn, &reserved);
  FUZZ_ASSERT((st == COCOMM_OK) == known);
  if (known) { /* reserved: no model gives joint agreement or more */
    int32_t best = COCOMM_ROLE_NONE;
    for (int32_t m = COCOMM_MODEL_NONE; m <= COCOMM_MODEL_DELEGATED; m++) {
      int32_t r;
      FUZZ_ASSERT(cocomm_function_role(m, fn, &r) == COCOMM_OK);
      if (r > best) best = r;
    }
    FUZZ_ASSERT(reserved == (best < COCOMM_ROLE_JOINT_AGREEMENT));
  }
  name_oracle("role name", cocomm_role_name(take_value(&b, 8)), 0);

  /* The functions a model grants, at every capacity, in table order. */
  int32_t min_role = take_value(&b, 7);
  uint32_t cap = take_u8(&b) % (nf + 2), count = 0;
  int32_t *out = malloc((cap ? cap : 1) * sizeof *out);
  st = cocomm_function_list(model, min_role, cap ? out : NULL, cap, &count);
  if (cocomm_model_check(model) != COCOMM_OK || min_role < COCOMM_ROLE_NONE || min_role > COCOMM_ROLE_FULL) {
    FUZZ_ASSERT(st == COCOMM_ERR_INVALID_ARGUMENT);
  } else {
    uint32_t want = 0;
    for (uint32_t i = 0; i < nf; i++) {
      int32_t r;
      FUZZ_ASSERT(cocomm_function_role(model, fns[i], &r) == COCOMM_OK);
      if (r < min_role) continue;
      if (want < cap) FUZZ_ASSERT(out[want] == fns[i]);
      want++;
    }
    FUZZ_ASSERT(count == want && (st == COCOMM_OK) == (cap >= want));
  }
  free(out);

  /* Service lines. */
  int32_t service = take_value(&b, 6), scope = -1, fy = 2013 + take_u8(&b) % 6;
  if (take_u8(&b) == 0xFF) fy = (int32_t)take_u32(&b);
  const char *rule = NULL;
  st = cocomm_service_scope(service, model, fy, &scope, take_u8(&b) & 1 ? NULL : &rule);
  never_null("service name", cocomm_service_name(service), 0);
  if (st == COCOMM_OK) {
    FUZZ_ASSERT(cocomm_service_name(service) != NULL && cocomm_model_check(model) == COCOMM_OK);
    /* a scope there is (4 and 5 are retired, scope.h) with a name */
    FUZZ_ASSERT(scope == COCOMM_SCOPE_IN || scope == COCOMM_SCOPE_DISCUSSION_ONLY || scope == COCOMM_SCOPE_NOT_YET ||
                scope == COCOMM_SCOPE_NO_ARRANGEMENT || scope == COCOMM_SCOPE_UNDER_REVIEW);
    FUZZ_ASSERT(strcmp(cocomm_scope_name(scope), "unknown") != 0);
    if (rule) FUZZ_ASSERT(cocomm_rule_find(rule) != NULL);
  }
  name_oracle("scope name", cocomm_scope_name(scope), 0);

  /* Model names and aliases. */
  uint32_t na = cocomm_model_alias_count(), ai = take_u8(&b);
  const char *alias = NULL;
  int32_t am = -1, parsed = -1;
  st = cocomm_model_alias_at(ai, &alias, &am);
  FUZZ_ASSERT((st == COCOMM_OK) == (ai < na));
  if (st == COCOMM_OK) {
    oracle_text("model alias", alias);
    FUZZ_ASSERT(cocomm_model_parse(alias, COCOMM_NTS, &parsed) == COCOMM_OK && parsed == am);
  }
  int32_t anymodel = take_value(&b, 6);
  never_null("model name", cocomm_model_name(anymodel), cocomm_model_check(anymodel) != COCOMM_OK);
  never_null("model key", cocomm_model_key(anymodel), cocomm_model_check(anymodel) != COCOMM_OK);

  /* The catalogues. */
  uint32_t nr = cocomm_rule_count(), ri = take_u16(&b) % (nr + 2);
  const cocomm_rule *r = cocomm_rule_at(ri);
  FUZZ_ASSERT((r != NULL) == (ri < nr));
  if (r) {
    oracle_text("rule id", r->id);
    oracle_text("rule statement", r->statement);
    oracle_text("rule applies_to", r->applies_to);
    oracle_text("rule source", r->source);
    FUZZ_ASSERT(cocomm_rule_find(r->id) == r);
    FUZZ_ASSERT(r->section >= COCOMM_SECTION_M && r->section <= COCOMM_SECTION_E);
    FUZZ_ASSERT(r->force >= COCOMM_FORCE_MUST && r->force <= COCOMM_FORCE_FACT);
  }
  char id[24];
  const cocomm_rule *found = cocomm_rule_find(take_str(&b, id, 16));
  if (found) FUZZ_ASSERT(strcmp(found->id, id) == 0);
  /* By number: every value 1..COCOMM_RULE_LAST names the rule whose text identifier finds it. */
  int32_t rid = (int32_t)((uint32_t)take_value(&b, COCOMM_RULE_LAST + 3) - 1u);
  const cocomm_rule *byid = cocomm_rule_get(rid);
  if (rid >= 1 && rid <= COCOMM_RULE_LAST) FUZZ_ASSERT(byid != NULL);
  if (byid) {
    FUZZ_ASSERT(rid >= 1 && rid <= COCOMM_RULE_LAST && cocomm_rule_find(byid->id) == byid);
    oracle_text("rule statement", byid->statement);
  }
  /* Every message has a clean template; a value that is none has none. */
  int32_t msg = (int32_t)((uint32_t)take_value(&b, 130) - 1u);
  const char *tmpl = cocomm_finding_template(msg);
  if (tmpl) oracle_text("finding template", tmpl);
  uint32_t ns = cocomm_source_count(), si = take_u8(&b) % (ns + 2);
  const cocomm_source *src = cocomm_source_at(si);
  FUZZ_ASSERT((src != NULL) == (si < ns));
  if (src) {
    oracle_text("source key", src->key);
    oracle_text("source title", src->title);
    name_oracle("source publisher", src->publisher, 1);
    name_oracle("source date", src->date, 1);
    name_oracle("source note", src->note, 1);
  }

  /* Names of every enumeration, for any value. */
  int32_t v = (int32_t)((uint32_t)take_value(&b, 12) - 8u);
  name_oracle("status text", cocomm_status_str(v), 0);
  name_oracle("status name", cocomm_status_name(v), 0);
  name_oracle("severity name", cocomm_severity_name(v), 0);
  name_oracle("category name", cocomm_category_name(v), 0);
  name_oracle("position name", cocomm_position_name(v), 0);
  name_oracle("committee kind name", cocomm_committee_kind_name(v), 0);
  name_oracle("outcome name", cocomm_outcome_name(v), 0);
  name_oracle("precision name", cocomm_precision_name(v), 0);
  name_oracle("milestone kind name", cocomm_milestone_kind_name(v), 0);
  name_oracle("lateness name", cocomm_lateness_name(v), 0);
  name_oracle("force name", cocomm_force_name(v), 1);
  name_oracle("section name", cocomm_section_name(v), 1);
  if (cocomm_force_severity(v) != 0) FUZZ_ASSERT(cocomm_force_severity(v) >= 1 && cocomm_force_severity(v) <= 3);

  /* Version details into a struct of the caller's size. */
  uint32_t vsize = take_u8(&b) % 48;
  size_t alloc = vsize < sizeof(uint32_t) ? sizeof(uint32_t) : vsize;
  unsigned char *info = malloc(alloc);
  memset(info, 0x5A, alloc);
  memcpy(info, &vsize, sizeof vsize);
  st = cocomm_version_info_get((cocomm_version_info *)(void *)info);
  FUZZ_ASSERT((st == COCOMM_OK) == (vsize >= COCOMM_VERSION_INFO_SIZE_V1));
  if (st == COCOMM_OK) {
    uint32_t major;
    memcpy(&major, info + offsetof(cocomm_version_info, major), sizeof major);
    FUZZ_ASSERT(major == COCOMM_VERSION_MAJOR);
    if (vsize >= sizeof(cocomm_version_info)) {
      cocomm_version_info vi;
      memcpy(&vi, info, sizeof vi);
      FUZZ_ASSERT(vi.string && strcmp(vi.string, cocomm_version_string()) == 0);
    }
  }
  free(info);

  /* The names terms of reference use (terms.h), for any value: an office's
   * and an office's tag name the same, a named tag's "unknown" without terms. */
  int32_t office = (int32_t)((uint32_t)take_value(&b, 40) - 4u);
  const int is_office = office >= 0 && office < (int32_t)COCOMM_OFFICES_KNOWN;
  never_null("office name", cocomm_office_name(office), !is_office);
  never_null("tag name", cocomm_terms_tag_name(NULL, office), !is_office);
  if (is_office) FUZZ_ASSERT(strcmp(cocomm_office_name(office), cocomm_terms_tag_name(NULL, office)) == 0);
  never_null("majority name", cocomm_majority_name(v), v < COCOMM_MAJORITY_VOTES_CAST ||
                                                         v > COCOMM_MAJORITY_PRESENT_AND_ENTITLED);
  never_null("preside name", cocomm_preside_name(v), v < COCOMM_PRESIDE_BY_KIND || v > COCOMM_PRESIDE_ANY);
  never_null("field name", cocomm_field_name(office), 0);
  FUZZ_ASSERT(cocomm_terms_size() == sizeof(cocomm_terms) && cocomm_clause_size() == sizeof(cocomm_clause));
  return 0;
}
