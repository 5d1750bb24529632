/* SPDX-License-Identifier: MIT */
/* Writes docs/rules.md from the library's own tables: the rule catalogue,
 * the source documents, the function matrix and the model names. Run at
 * build time; a test fails if the committed docs/rules.md differs. */
#include <stdio.h>

#include <cocomm/cocomm.h>

static void cell(const char *s) {
  for (; *s; s++) {
    if (*s == '|') fputs("\\|", stdout);
    else putchar(*s);
  }
}

static void sources(void) {
  printf("## Sources\n\nRules cite these documents as `<key> §<section>`.\n\n");
  printf("| key | document | publisher | date | used for |\n| --- | --- | --- | --- | --- |\n");
  for (uint32_t i = 0; i < cocomm_source_count(); i++) {
    const cocomm_source *s = cocomm_source_at(i);
    printf("| %s | ", s->key);
    cell(s->title);
    printf(" | ");
    cell(s->publisher);
    printf(" | %s | ", s->date);
    cell(s->note);
    printf(" |\n");
  }
  printf("\nCitations in parentheses, such as \"(structural)\" or \"(convention)\", are the\n"
         "library's own conventions; \"published CCG terms of reference\" are real\n"
         "committees' own (002's model terms of reference, its annexes D and F, are not\n"
         "among the sources); \"(applied)\" marks a source's principle applied to a case\n"
         "it does not spell out.\n\n");
}

/* A rule's life (2.1): edition, in force from and to, source kind. */
static void life(const cocomm_rule *r) {
  char a[16], b[16] = "";
  cocomm_date_format(r->in_force_from, a, sizeof a, NULL);
  if (r->in_force_to.year) cocomm_date_format(r->in_force_to, b, sizeof b, NULL);
  printf("%s%s; %s to %s; %s", r->edition, r->dated ? " (dated)" : "", a, b[0] ? b : "open",
         cocomm_source_kind_name(r->source_kind));
}

static void section(int32_t sec) {
  int any_applies = 0;
  for (uint32_t i = 0; i < cocomm_rule_count(); i++) {
    const cocomm_rule *r = cocomm_rule_at(i);
    if (r->section == sec && r->applies_to[0]) any_applies = 1;
  }
  char letter = cocomm_rule_at(0)->id[0];
  for (uint32_t i = 0; i < cocomm_rule_count(); i++)
    if (cocomm_rule_at(i)->section == sec) {
      letter = cocomm_rule_at(i)->id[0];
      break;
    }
  printf("## %c — %s\n\n", letter, cocomm_section_name(sec));
  printf(any_applies ? "| id | rule | applies to | force | source | life |\n| --- | --- | --- | --- | --- | --- |\n"
                     : "| id | rule | force | source | life |\n| --- | --- | --- | --- | --- |\n");
  for (uint32_t i = 0; i < cocomm_rule_count(); i++) {
    const cocomm_rule *r = cocomm_rule_at(i);
    if (r->section != sec) continue;
    printf("| %s | ", r->id);
    cell(r->statement);
    if (any_applies) {
      printf(" | ");
      cell(r->applies_to);
    }
    printf(" | %s | ", cocomm_force_name(r->force));
    cell(r->source);
    printf(" | ");
    life(r);
    printf(" |\n");
  }
  printf("\n");
}

static void function_matrix(void) {
  printf("### Roles by model (002 §4.1.5)\n\n");
  printf("Generated from the function table that `cocomm_function_role()` reads.\n\n");
  printf("| function | rule | greater involvement | joint | delegated | NHS England keeps it |\n");
  printf("| --- | --- | --- | --- | --- | --- |\n");
  for (uint32_t i = 0; i < cocomm_function_count(); i++) {
    int32_t fn, gi, jt, dl, reserved;
    cocomm_function_at(i, &fn);
    cocomm_function_role(COCOMM_MODEL_GREATER_INVOLVEMENT, fn, &gi);
    cocomm_function_role(COCOMM_MODEL_JOINT, fn, &jt);
    cocomm_function_role(COCOMM_MODEL_DELEGATED, fn, &dl);
    cocomm_function_reserved(fn, &reserved);
    printf("| ");
    cell(cocomm_function_name(fn));
    printf(" | %s | %s | %s | %s | %s |\n", cocomm_function_rule(fn), cocomm_role_name(gi),
           cocomm_role_name(jt), cocomm_role_name(dl), reserved ? "yes" : "no");
  }
  printf("\n");
  printf("### Service lines (F-22, F-23, F-24)\n\n");
  printf("| service | model | 2015/16 | 2016/17 onwards |\n| --- | --- | --- | --- |\n");
  for (int32_t s = COCOMM_SERVICE_GENERAL_PRACTICE; s <= COCOMM_SERVICE_EYE_HEALTH; s++)
    for (int32_t m = COCOMM_MODEL_GREATER_INVOLVEMENT; m <= COCOMM_MODEL_DELEGATED; m++) {
      int32_t a, b;
      const char *ra, *rb;
      cocomm_service_scope(s, m, 2015, &a, &ra);
      cocomm_service_scope(s, m, 2016, &b, &rb);
      printf("| %s | %s | %s (%s) | %s (%s) |\n", cocomm_service_name(s), cocomm_model_name(m),
             cocomm_scope_name(a), ra, cocomm_scope_name(b), rb);
    }
  printf("\n");
}

static void model_names(void) {
  printf("### Names of the models (M-2)\n\n");
  printf("`cocomm_model_parse()` accepts exactly these, in any case, with blanks around\n"
         "them and runs of blanks inside read as one:\n\n");
  for (int32_t m = COCOMM_MODEL_NONE; m <= COCOMM_MODEL_DELEGATED; m++) {
    printf("- %s (%d):", cocomm_model_name(m), m);
    const char *sep = " ";
    for (uint32_t i = 0; i < cocomm_model_alias_count(); i++) {
      const char *alias;
      int32_t model;
      cocomm_model_alias_at(i, &alias, &model);
      if (model != m) continue;
      printf("%s\"%s\"", sep, alias);
      sep = ", ";
    }
    printf("\n");
  }
  printf("\n");
}

static void milestones(void) {
  for (uint32_t k = 0; k < cocomm_edition_count(); k++) {
    const cocomm_edition *e = cocomm_edition_at(k);
    printf("### Milestones, edition %s%s\n\n", e->key, k == 0 ? " (the default)" : "");
    char from[16] = "not stated", to[16] = "open";
    if (e->in_force_from.year) cocomm_date_format(e->in_force_from, from, sizeof from, NULL);
    if (e->in_force_to.year) cocomm_date_format(e->in_force_to, to, sizeof to, NULL);
    printf("%s (%s). Source %s; in force from %s to %s%s%s. Generated from the table that "
           "`cocomm_timeline_list()` reads; [timeline.md](timeline.md) explains the precisions.\n\n",
           e->title, e->source, cocomm_source_kind_name(e->source_kind), from, to,
           e->superseded_by ? "; superseded by " : "", e->superseded_by ? e->superseded_by : "");
    printf("| id | milestone | kind | from | to | time (UK) | precision | models | source |\n");
    printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    const cocomm_milestone *ms[64];
    uint32_t n = 0;
    cocomm_timeline_list(e, COCOMM_MODEL_NONE, ms, 64, &n);
    for (uint32_t i = 0; i < n && i < 64; i++) {
      const cocomm_milestone *m = ms[i];
      char a[16], b[16], t[8] = "";
      cocomm_date_format(m->start, a, sizeof a, NULL);
      cocomm_date_format(m->end, b, sizeof b, NULL);
      if (m->has_time) snprintf(t, sizeof t, "%02d:%02d", m->minute_of_day / 60 % 100, m->minute_of_day % 60);
      printf("| %s | ", m->id);
      cell(m->label);
      if (m->note[0]) {
        printf(" (");
        cell(m->note);
        printf(")");
      }
      printf(" | %s | %s | %s | %s | %s | ", cocomm_milestone_kind_name(m->kind), a, b, t,
             cocomm_precision_name(m->precision));
      const char *sep = "";
      for (int32_t md = COCOMM_MODEL_GREATER_INVOLVEMENT; md <= COCOMM_MODEL_DELEGATED; md++)
        if (m->models & (1u << md)) {
          printf("%s%s", sep, cocomm_model_key(md));
          sep = ", ";
        }
      printf(" | ");
      cell(m->source);
      printf(" |\n");
    }
    printf("\n");
  }
}

static void messages(void) {
  printf("## Messages\n\nWhat a finding says: its message code (enum cocomm_message) and the text\n"
         "`cocomm_finding_format()` makes from it. `%%dK` is the finding's values[K] as a number,\n"
         "`%%mK` the member values[K] names, `%%cK` a category, `%%MK` a model, `%%oK` an ODS code,\n"
         "`%%wK` why a member cannot take the chair, `%%qK` what a quorum count counts, `%%r` the\n"
         "rule's statement.\n\n| code | template |\n| --- | --- |\n");
  for (int32_t code = 0; code < 1000; code++) {
    const char *t = cocomm_finding_template(code);
    if (t == NULL) continue;
    printf("| %d | ", (int)code);
    cell(t);
    printf(" |\n");
  }
  printf("\n");
}

int main(void) {
  printf("# Rule catalogue\n\n");
  printf("<!-- Generated by docs/gen_rules.c from the library's tables; do not edit.\n"
         "     Rebuild and copy build/docs/rules.md here (ninja -C build update-rules-doc). -->\n\n");
  printf("Every rule libcocomm encodes: %u rules, each with the identifier that findings,\n"
         "tests and this page use, its force and its source. Force sets a finding's\n"
         "severity: **must** is an error, **should** a warning, **may** information;\n"
         "**fact** is data the library returns, not a check.\n\n", (unsigned)cocomm_rule_count());
  printf("Each rule's life (`cocomm_rule_in_force()`, `cocomm_rules_in_force()`): the edition it\n"
         "belongs to, \"(dated)\" when it states a date of that edition's own timetable (then\n"
         "`cocomm_edition_diff()` compares it between editions), the first and last day it\n"
         "holds (no later than 2022-06-30: CCGs were abolished on 2022-07-01), and whether its\n"
         "source is primary (the seeds) or secondary.\n\n");
  sources();
  for (int32_t sec = COCOMM_SECTION_M; sec <= COCOMM_SECTION_E; sec++) {
    section(sec);
    if (sec == COCOMM_SECTION_M) model_names();
    if (sec == COCOMM_SECTION_F) function_matrix();
    if (sec == COCOMM_SECTION_T) milestones();
  }
  messages();
  return 0;
}
