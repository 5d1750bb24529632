/* SPDX-License-Identifier: MIT */
#include <cocomm/terms.h>
#include <cocomm/committee.h>

#include <stdio.h>
#include <string.h>

#include "committee_internal.h"
#include "internal.h"

void cocomm_terms_init(cocomm_terms *terms) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_terms init = COCOMM_TERMS_INIT;
  if (terms != NULL) memcpy(terms, &init, sizeof init);
}

uint32_t cocomm_clause_size(void) { return (uint32_t)sizeof(cocomm_clause); }
uint32_t cocomm_terms_size(void) { return (uint32_t)sizeof(cocomm_terms); }

/* ---- names ---- */

static const char *const office_names[COCOMM_OFFICES_KNOWN] = {
  "chief officer", "chief finance officer", "director of commissioning", "director of nursing",
  "registered nurse", "secondary care doctor", "practising GP", "lay member for governance",
  "lay member for patient and public involvement", "lay person", "NHS England director",
  "director of public health", "practice manager",
};

/* Spellings, normalised (lower case, single spaces). "GP" alone is a
 * category (clinical), so the office is "practising GP". */
static const cocomm__word offices[] = {
  {"chief officer", COCOMM_OFFICE_CHIEF_OFFICER},
  {"accountable officer", COCOMM_OFFICE_CHIEF_OFFICER},
  {"chief executive", COCOMM_OFFICE_CHIEF_OFFICER},
  {"chief finance officer", COCOMM_OFFICE_CHIEF_FINANCE_OFFICER},
  {"chief financial officer", COCOMM_OFFICE_CHIEF_FINANCE_OFFICER},
  {"cfo", COCOMM_OFFICE_CHIEF_FINANCE_OFFICER},
  {"director of finance", COCOMM_OFFICE_CHIEF_FINANCE_OFFICER},
  {"director of commissioning", COCOMM_OFFICE_DIRECTOR_OF_COMMISSIONING},
  {"chief of service delivery", COCOMM_OFFICE_DIRECTOR_OF_COMMISSIONING},
  {"director of nursing", COCOMM_OFFICE_DIRECTOR_OF_NURSING},
  {"chief nurse", COCOMM_OFFICE_DIRECTOR_OF_NURSING},
  {"director of nursing and quality", COCOMM_OFFICE_DIRECTOR_OF_NURSING},
  {"registered nurse", COCOMM_OFFICE_REGISTERED_NURSE},
  {"nurse", COCOMM_OFFICE_REGISTERED_NURSE},
  {"secondary care doctor", COCOMM_OFFICE_SECONDARY_CARE_DOCTOR},
  {"secondary care consultant", COCOMM_OFFICE_SECONDARY_CARE_DOCTOR},
  {"practising gp", COCOMM_OFFICE_GP},
  {"gp partner", COCOMM_OFFICE_GP},
  {"lay member for governance", COCOMM_OFFICE_LAY_MEMBER_GOVERNANCE},
  {"audit chair", COCOMM_OFFICE_LAY_MEMBER_GOVERNANCE},
  {"lay member for patient and public involvement", COCOMM_OFFICE_LAY_MEMBER_PPI},
  {"lay member for ppi", COCOMM_OFFICE_LAY_MEMBER_PPI},
  {"lay person", COCOMM_OFFICE_LAY_PERSON},
  {"nhs england director", COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR},
  {"area director", COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR},
  {"director of commissioning operations", COCOMM_OFFICE_NHS_ENGLAND_DIRECTOR},
  {"director of public health", COCOMM_OFFICE_DIRECTOR_OF_PUBLIC_HEALTH},
  {"practice manager", COCOMM_OFFICE_PRACTICE_MANAGER},
};

const char *cocomm_office_name(int32_t office) {
  return office >= 0 && office < (int32_t)COCOMM_OFFICES_KNOWN ? office_names[office] : "unknown";
}

int32_t cocomm_office_parse(const char *text, size_t len, int32_t *office) {
  return cocomm__lookup_word(offices, sizeof offices / sizeof offices[0], text, len, 1, office);
}

const char *cocomm_terms_tag_name(const cocomm_terms *terms, int32_t tag) {
  if (tag >= 0 && tag < (int32_t)COCOMM_OFFICES_KNOWN) return office_names[tag];
  if (terms == NULL || terms->struct_size < COCOMM_TERMS_SIZE_V1 || tag < (int32_t)COCOMM_TAG_FIRST_NAMED ||
      tag >= (int32_t)COCOMM_TAGS_MAX)
    return "unknown";
  const char *name = terms->tag_names[tag - (int32_t)COCOMM_TAG_FIRST_NAMED];
  size_t len;
  /* Only a name that cocomm_terms_check() would accept is ever handed out. */
  if (name[0] == '\0' || cocomm__utf8_check(name, COCOMM_TAG_NAME_SIZE - 1, &len) != COCOMM_OK) return "unknown";
  return name;
}

int32_t cocomm__tag_parse(const cocomm_terms *terms, const char *text, size_t len, int32_t *tag) {
  if (cocomm_office_parse(text, len, tag) == COCOMM_OK) return COCOMM_OK;
  char want[COCOMM_TAG_NAME_SIZE * 2], have[COCOMM_TAG_NAME_SIZE * 2];
  if (terms == NULL || len > 4 * COCOMM_TAG_NAME_SIZE || !cocomm__normalise(text, len, 1, want, sizeof want) ||
      want[0] == '\0')
    return COCOMM_ERR_PARSE;
  for (uint32_t i = 0; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++) {
    const char *name = terms->tag_names[i];
    const char *end = memchr(name, '\0', COCOMM_TAG_NAME_SIZE);
    if (end == NULL || end == name || !cocomm__normalise(name, (size_t)(end - name), 1, have, sizeof have)) continue;
    if (strcmp(want, have) == 0) {
      *tag = (int32_t)(COCOMM_TAG_FIRST_NAMED + i);
      return COCOMM_OK;
    }
  }
  return COCOMM_ERR_PARSE;
}

const char *cocomm_majority_name(int32_t majority) {
  switch (majority) {
    case COCOMM_MAJORITY_VOTES_CAST: return "votes cast";
    case COCOMM_MAJORITY_PRESENT_AND_ENTITLED: return "present and entitled";
    default: return "unknown";
  }
}

const char *cocomm_preside_name(int32_t presiding) {
  switch (presiding) {
    case COCOMM_PRESIDE_BY_KIND: return "by kind";
    case COCOMM_PRESIDE_LAY: return "lay";
    case COCOMM_PRESIDE_ANY: return "any";
    default: return "unknown";
  }
}

/* ---- clauses as text ---- */

const cocomm_clause *cocomm__terms_clause(const cocomm_terms *terms, int32_t index) {
  if (terms == NULL || terms->struct_size < COCOMM_TERMS_SIZE_V1) return NULL;
  if (index >= 0 && (uint32_t)index < terms->quorum_count && index < (int32_t)COCOMM_CLAUSES_MAX)
    return &terms->quorum[index];
  if (index >= 100 && (uint32_t)(index - 100) < terms->membership_count && index - 100 < (int32_t)COCOMM_CLAUSES_MAX)
    return &terms->membership[index - 100];
  return NULL;
}

static void put_list_item(cocomm__text *t, int *first, const char *s) {
  cocomm__text_puts(t, *first ? " of " : ", ");
  cocomm__text_puts(t, s);
  *first = 0;
}

void cocomm__clause_describe(cocomm__text *t, const cocomm_terms *terms, const cocomm_clause *k) {
  static const char *const counts[] = {"voting", "non-voting", "voting or non-voting"};
  static const char *const bodies[] = {"", " from NHS England", " from a CCG", " from each body"};
  char num[16];
  if (k->min == COCOMM_CLAUSE_ALL) {
    cocomm__text_puts(t, "all ");
  } else {
    snprintf(num, sizeof num, "%d", (int)k->min);
    cocomm__text_puts(t, "at least ");
    cocomm__text_puts(t, num);
    cocomm__text_puts(t, " ");
  }
  cocomm__text_puts(t, k->voting >= 0 && k->voting <= COCOMM_COUNT_ANY ? counts[k->voting] : "voting");
  cocomm__text_puts(t, k->min == 1 ? " member" : " members");
  int first = 1;
  for (int32_t cat = COCOMM_CATEGORY_LAY; cat <= COCOMM_CATEGORY_OTHER; cat++)
    if (k->categories & COCOMM_CATEGORY_BIT(cat)) put_list_item(t, &first, cocomm_category_name(cat));
  for (int32_t tag = 0; tag < (int32_t)COCOMM_TAGS_MAX; tag++)
    if (k->tags & COCOMM_TAG_BIT(tag)) put_list_item(t, &first, cocomm_terms_tag_name(terms, tag));
  first = 1;
  for (int32_t p = COCOMM_POSITION_NONE; p <= COCOMM_POSITION_VICE_CHAIR; p++)
    if (k->positions & COCOMM_POSITION_BIT(p)) {
      cocomm__text_puts(t, first ? " as " : " or ");
      cocomm__text_puts(t, cocomm_position_name(p));
      first = 0;
    }
  cocomm__text_puts(t, k->body >= 0 && k->body <= COCOMM_CLAUSE_EACH_BODY ? bodies[k->body] : "");
}

/* ---- well-formedness ---- */

/* The tags these terms define: every office the library knows, and each
 * named tag that has a name. */
uint32_t cocomm__terms_known_tags(const cocomm_terms *t) {
  uint32_t known = (1u << COCOMM_OFFICES_KNOWN) - 1u;
  for (uint32_t i = 0; t != NULL && i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++)
    if (t->tag_names[i][0] != '\0') known |= 1u << (COCOMM_TAG_FIRST_NAMED + i);
  return known;
}

#define CATEGORIES_KNOWN (((1u << (COCOMM_CATEGORY_OTHER + 1)) - 1u) & ~1u)
#define POSITIONS_KNOWN ((1u << (COCOMM_POSITION_VICE_CHAIR + 1)) - 1u)

static int32_t check_clause(const cocomm_clause *k, uint32_t tags_known, int32_t index, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (k->min != COCOMM_CLAUSE_ALL && (k->min < 0 || k->min > (int32_t)COCOMM_MEMBERS_MAX))
    return cocomm__fail(e, bad, index, COCOMM_FIELD_CLAUSE, "a clause's min is below 0 or above 1024");
  if (k->categories & ~CATEGORIES_KNOWN)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_CATEGORY, "a clause names an unknown category");
  if (k->tags & ~tags_known)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_TAGS, "a clause names a tag the terms do not define");
  if (k->positions & ~POSITIONS_KNOWN)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_POSITION, "a clause names an unknown position");
  if (k->voting < COCOMM_COUNT_VOTING || k->voting > COCOMM_COUNT_ANY)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_VOTING, "a clause counts voting, non-voting or any");
  if (k->body < COCOMM_CLAUSE_ANY_BODY || k->body > COCOMM_CLAUSE_EACH_BODY)
    return cocomm__fail(e, bad, index, COCOMM_FIELD_BODY_KIND, "not a clause body");
  return COCOMM_OK;
}

int32_t cocomm__terms_check(const cocomm_terms *t, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (t == NULL) return cocomm__fail(e, bad, -1, COCOMM_FIELD_TERMS, "no terms");
  if (t->struct_size < COCOMM_TERMS_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the terms' struct_size is below the first layout");
  if (t->majority < COCOMM_MAJORITY_VOTES_CAST || t->majority > COCOMM_MAJORITY_PRESENT_AND_ENTITLED)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_MAJORITY, "not a majority basis");
  if (!cocomm__is_yes_no(t->casting_vote))
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CASTING_VOTE, "casting_vote must be 0 or 1");
  if (t->presiding < COCOMM_PRESIDE_BY_KIND || t->presiding > COCOMM_PRESIDE_ANY)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_PRESIDING, "not a presiding rule");
  if (t->quorum_count > COCOMM_CLAUSES_MAX || t->membership_count > COCOMM_CLAUSES_MAX)
    return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT, "more than 16 clauses");
  for (uint32_t i = 0; i < COCOMM_TAGS_MAX - COCOMM_TAG_FIRST_NAMED; i++) {
    const char *name = t->tag_names[i];
    size_t len;
    if (memchr(name, '\0', COCOMM_TAG_NAME_SIZE) == NULL ||
        (name[0] != '\0' && cocomm__utf8_check(name, COCOMM_TAG_NAME_SIZE - 1, &len) != COCOMM_OK))
      return cocomm__fail(e, COCOMM_ERR_PARSE, (int32_t)(COCOMM_TAG_FIRST_NAMED + i), COCOMM_FIELD_TAG_NAME,
                          "a tag name is not UTF-8 of at most 47 bytes with no control character but HT");
  }
  const uint32_t known = cocomm__terms_known_tags(t);
  int32_t st;
  for (uint32_t i = 0; i < t->quorum_count; i++)
    if ((st = check_clause(&t->quorum[i], known, (int32_t)i, e)) != COCOMM_OK) return st;
  for (uint32_t i = 0; i < t->membership_count; i++)
    if ((st = check_clause(&t->membership[i], known, (int32_t)(100 + i), e)) != COCOMM_OK) return st;
  return COCOMM_OK;
}

int32_t cocomm_terms_check(const cocomm_terms *terms, cocomm_error *error) {
  int32_t st = cocomm__error_open(error);
  if (st == COCOMM_OK) st = cocomm__terms_check(terms, error);
  return cocomm__finish(error, st);
}
