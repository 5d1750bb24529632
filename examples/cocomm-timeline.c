/* SPDX-License-Identifier: MIT */
/* cocomm-timeline: the co-commissioning timeline, a deadline check, and
 * calendar export.
 *
 *   cocomm-timeline [--model M] [--edition E | --cycle E] [--ics | --csv]
 *                   [--check-submission DATETIME] [--as-at DATETIME]
 *                   [--constitution-received DATE] [--diff A B]
 *
 * M is any name of a model ("delegated", "Model 2", ...); E an edition or
 * cycle key ("2014-11", the default, "2014-09", "2016/17", "2017/18",
 * "2018/19", "2020/21", "end"). Without --ics or --csv it prints a table.
 * --check-submission judges a proposal submitted at DATETIME
 * (2015-01-09T12:00, UK local unless it carries Z or an offset) for the
 * model against the edition; --as-at against the cycle it falls in.
 * --diff A B lists what changed from edition A to edition B. Exit 0 on
 * success (and for a submission on time), 1 for a late submission (or one
 * with no known close, or after the end of CCGs), 2 on bad usage or input.
 *
 * consumer-args: --model delegated --check-submission 2015-01-09T12:00
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "cli.h"

/* The edition's milestones for model, in date order (the caller frees
 * them); NULL, said on stderr, when they cannot be listed. */
static const cocomm_milestone **milestones(const cocomm_edition *e, int32_t model, uint32_t *n) {
  *n = 0;
  cocomm_timeline_list(e, model, NULL, 0, n);
  const cocomm_milestone **ms = calloc(*n ? *n : 1, sizeof *ms);
  if (ms == NULL) return NULL;
  int32_t st = cocomm_timeline_list(e, model, ms, *n, n);
  if (st != COCOMM_OK) {
    fprintf(stderr, "timeline: %s\n", cocomm_status_str(st));
    free(ms);
    return NULL;
  }
  return ms;
}

static int print_table(const cocomm_edition *e, int32_t model) {
  uint32_t n = 0;
  const cocomm_milestone **ms = milestones(e, model, &n);
  if (ms == NULL) return 2;
  printf("Edition %s: %s (%s)%s%s\n\n", e->key, e->title, e->source,
         model ? ", model: " : "", model ? cocomm_model_name(model) : "");
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_milestone *m = ms[i];
    char a[16], b[16], when[48];
    cocomm_date_format(m->start, a, sizeof a, NULL);
    cocomm_date_format(m->end, b, sizeof b, NULL);
    if (m->has_time)
      snprintf(when, sizeof when, "%s %02d:%02d UK", a, m->minute_of_day / 60, m->minute_of_day % 60);
    else if (strcmp(a, b) == 0)
      snprintf(when, sizeof when, "%s", a);
    else
      snprintf(when, sizeof when, "%s..%s", a, b);
    printf("%-5s %-22s %-11s %-8s %s [%s]%s%s\n", m->id, when, cocomm_precision_name(m->precision),
           cocomm_milestone_kind_name(m->kind), m->label, m->source,
           m->note[0] ? " - " : "", m->note);
  }
  free(ms);
  return 0;
}

static int export(const cocomm_edition *e, int32_t model, int ics) {
  size_t need = 0;
  if (ics)
    cocomm_calendar_format_ics(e, model, e->published, NULL, 0, &need);
  else
    cocomm_calendar_format_csv(e, model, NULL, 0, &need);
  char *buf = malloc(need + 1);
  if (buf == NULL) return 2;
  int32_t st = ics ? cocomm_calendar_format_ics(e, model, e->published, buf, need + 1, NULL)
                   : cocomm_calendar_format_csv(e, model, buf, need + 1, NULL);
  if (st == COCOMM_OK) fwrite(buf, 1, need, stdout);
  else fprintf(stderr, "export: %s\n", cocomm_status_str(st));
  free(buf);
  return st == COCOMM_OK ? 0 : 2;
}

static void submission_json(const cli_program *p, const cocomm_edition *e, int32_t model, cocomm_instant t,
                            int32_t st, const cocomm_submission *s);

/* json: the program, for --json; NULL for text. */
static int check_submission(const cocomm_edition *e, int32_t model, const char *when, const cli_program *json) {
  cocomm_instant t;
  int32_t st = cocomm_instant_parse(when, COCOMM_NTS, &t);
  if (st != COCOMM_OK) {
    fprintf(stderr, "%s: %s\n", when, cocomm_status_str(st));
    return 2;
  }
  cocomm_submission s;
  cocomm_submission_init(&s);
  st = cocomm_submission_judge(e, model, t, &s);
  if (json && (st == COCOMM_OK || st == COCOMM_ERR_NOT_FOUND)) {
    submission_json(json, e, model, t, st, &s);
    return st == COCOMM_OK && !s.on_time ? 1 : 0;
  }
  if (st == COCOMM_ERR_NOT_FOUND) {
    printf("%s has no submission deadline in edition %s: no proposal is needed (A-1)\n",
           cocomm_model_name(model), e->key);
    return 0;
  }
  if (st != COCOMM_OK) {
    fprintf(stderr, "submission check: %s\n", cocomm_status_str(st));
    return 2;
  }
  char at[32], deadline[32], go_live[16] = "unknown";
  cocomm_instant_format(t, COCOMM_TIME_UK, at, sizeof at, NULL);
  cocomm_instant_format(s.deadline, COCOMM_TIME_UK, deadline, sizeof deadline, NULL);
  if (s.go_live_fy) cocomm_date_format(s.go_live, go_live, sizeof go_live, NULL);
  printf("submitted %s, %s proposal, deadline %s %s (%s)\n", at, cocomm_model_key(model),
         s.deadline_id, deadline, s.rule);
  if (s.on_time) {
    printf("on time: takes effect %s\n", go_live);
    return 0;
  }
  printf("late by %lld s (%lldd %02lldh %02lldm %02llds): %s\n", (long long)s.late_by,
         (long long)(s.late_by / 86400), (long long)(s.late_by / 3600 % 24),
         (long long)(s.late_by / 60 % 60), (long long)(s.late_by % 60),
         cocomm_lateness_name(s.consequence));
  if (s.next_deadline_id)
    printf("on time for %s: takes effect %s\n", s.next_deadline_id, go_live);
  return 1;
}

/* ---- --json (docs/cli.md, "JSON output") ---- */

/* The common keys, then "edition" and "model"; the caller adds its own. */
static void json_begin(const cli_program *p, const cocomm_edition *e, int32_t model) {
  cli_json_begin(stdout, p);
  printf(",\n \"edition\": {\"key\": ");
  cli_json_string(stdout, e->key);
  printf(", \"title\": ");
  cli_json_string(stdout, e->title);
  printf(", \"source\": ");
  cli_json_string(stdout, e->source);
  printf(", \"published\": ");
  if (e->published_precision == COCOMM_PRECISION_EXACT) {
    cli_json_instant(stdout, e->published);
  } else if (e->published_precision) {
    cocomm_datetime utc; /* the first instant (UTC) of the day or month: its date */
    if (cocomm_instant_to_utc(e->published, &utc) == COCOMM_OK) cli_json_date(stdout, utc.date);
    else printf("null");
  } else {
    printf("null");
  }
  printf(", \"published_precision\": ");
  cli_json_string(stdout, e->published_precision ? cocomm_precision_name(e->published_precision) : NULL);
  printf("},\n \"model\": ");
  cli_json_string(stdout, model ? cocomm_model_key(model) : NULL);
}

static int print_table_json(const cli_program *p, const cocomm_edition *e, int32_t model) {
  uint32_t n = 0;
  const cocomm_milestone **ms = milestones(e, model, &n);
  if (ms == NULL) return 2;
  json_begin(p, e, model);
  printf(",\n \"milestones\": [");
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_milestone *m = ms[i];
    printf("%s\n  {\"id\": ", i ? "," : "");
    cli_json_string(stdout, m->id);
    printf(", \"kind\": ");
    cli_json_string(stdout, cocomm_milestone_kind_name(m->kind));
    printf(", \"label\": ");
    cli_json_string(stdout, m->label);
    printf(", \"precision\": ");
    cli_json_string(stdout, cocomm_precision_name(m->precision));
    char words[96];
    printf(", \"when\": ");
    cli_json_string(stdout, cocomm_milestone_format_when(m, words, sizeof words, NULL) == COCOMM_OK ? words : NULL);
    printf(", \"start\": ");
    cli_json_date(stdout, m->start);
    printf(", \"end\": ");
    cli_json_date(stdout, m->end);
    printf(", \"at\": ");
    cocomm_datetime local = {m->start, (uint8_t)(m->minute_of_day / 60), (uint8_t)(m->minute_of_day % 60), 0, 0, 0};
    cocomm_instant at;
    if (m->has_time && cocomm_instant_from_uk(&local, COCOMM_FOLD_EARLIER, &at) == COCOMM_OK)
      cli_json_instant(stdout, at);
    else
      printf("null");
    printf(", \"submission\": ");
    cli_json_bool(stdout, m->submission);
    printf(", \"takes_effect_fy\": ");
    if (m->submission && m->go_live_fy) cli_json_fy(stdout, m->go_live_fy);
    else printf("null");
    printf(", \"source\": ");
    cli_json_string(stdout, m->source);
    printf(", \"note\": ");
    cli_json_string(stdout, m->note && m->note[0] ? m->note : NULL);
    putchar('}');
  }
  printf("%s]}\n", n ? "\n" : "");
  free(ms);
  return 0;
}

/* --check-submission as JSON: st is what cocomm_submission_judge said. */
static void submission_json(const cli_program *p, const cocomm_edition *e, int32_t model, cocomm_instant t,
                            int32_t st, const cocomm_submission *s) {
  int needed = st != COCOMM_ERR_NOT_FOUND;
  json_begin(p, e, model);
  printf(",\n \"submission\": {\"submitted\": ");
  cli_json_instant(stdout, t);
  printf(", \"needed\": ");
  cli_json_bool(stdout, needed);
  printf(", \"deadline_id\": ");
  cli_json_string(stdout, needed ? s->deadline_id : NULL);
  printf(", \"deadline\": ");
  if (needed) cli_json_instant(stdout, s->deadline);
  else printf("null");
  printf(", \"rule\": ");
  cli_json_string(stdout, needed ? s->rule : "A-1");
  printf(", \"on_time\": ");
  if (needed) cli_json_bool(stdout, s->on_time);
  else printf("null");
  printf(", \"late_by\": %lld, \"consequence\": ", needed ? (long long)s->late_by : 0LL);
  cli_json_string(stdout, needed && !s->on_time ? cocomm_lateness_name(s->consequence) : NULL);
  printf(", \"next_deadline_id\": ");
  cli_json_string(stdout, needed && !s->on_time ? s->next_deadline_id : NULL);
  printf(", \"takes_effect\": ");
  if (needed && s->go_live_fy && (s->on_time || s->next_deadline_id)) cli_json_date(stdout, s->go_live);
  else printf("null");
  printf("}}\n");
}


/* One milestone's when, as the table prints it. */
static void when_of(const cocomm_milestone *m, char *when, size_t cap) {
  char a[16], b[16];
  cocomm_date_format(m->start, a, sizeof a, NULL);
  cocomm_date_format(m->end, b, sizeof b, NULL);
  if (m->has_time)
    snprintf(when, cap, "%s %02d:%02d UK", a, m->minute_of_day / 60 % 100, m->minute_of_day % 60);
  else if (strcmp(a, b) == 0)
    snprintf(when, cap, "%s", a);
  else
    snprintf(when, cap, "%s..%s", a, b);
}

/* --diff A B: every milestone and dated rule that differs, old and new
 * side by side with both citations. */
static int print_diff(const char *from_key, const char *to_key) {
  const cocomm_edition *a = cocomm_edition_find(from_key), *b = cocomm_edition_find(to_key);
  if (a == NULL) return cli_bad_value("--diff", from_key, "an edition or cycle key (2014-11, 2014-09, 2016/17, ...)");
  if (b == NULL) return cli_bad_value("--diff", to_key, "an edition or cycle key (2014-11, 2014-09, 2016/17, ...)");
  uint32_t n = 0;
  cocomm_edition_diff(a, b, NULL, sizeof(cocomm_difference), 0, &n);
  cocomm_difference *d = calloc(n ? n : 1, sizeof *d);
  if (d == NULL) return 2;
  for (uint32_t i = 0; i < n; i++) cocomm_difference_init(&d[i]);
  int32_t st = cocomm_edition_diff(a, b, d, sizeof *d, n, &n);
  if (st != COCOMM_OK) {
    fprintf(stderr, "diff: %s\n", cocomm_status_str(st));
    free(d);
    return 2;
  }
  printf("From %s to %s: %u differences\n\n", a->key, b->key, (unsigned)n);
  for (uint32_t i = 0; i < n; i++) {
    char was[48], now[48];
    printf("%-8s %-5s ", cocomm_change_name(d[i].change), d[i].id);
    if (d[i].item == COCOMM_ITEM_RULE) {
      const cocomm_rule *r = d[i].old_rule ? d[i].old_rule : d[i].new_rule;
      printf("rule (%s): %s [%s]\n", r->edition, r->statement, r->source);
      continue;
    }
    if (d[i].old_milestone) when_of(d[i].old_milestone, was, sizeof was);
    if (d[i].new_milestone) when_of(d[i].new_milestone, now, sizeof now);
    if (d[i].change == COCOMM_CHANGE_CHANGED)
      printf("%s [%s] -> %s [%s]: %s\n", was, d[i].old_milestone->source, now, d[i].new_milestone->source,
             d[i].new_milestone->label);
    else if (d[i].old_milestone)
      printf("%s [%s]: %s\n", was, d[i].old_milestone->source, d[i].old_milestone->label);
    else
      printf("%s [%s]: %s\n", now, d[i].new_milestone->source, d[i].new_milestone->label);
  }
  free(d);
  return 0;
}

/* --as-at: the cycle a submission falls in, judged. */
static int as_at(int32_t model, const char *when) {
  cocomm_instant t;
  int32_t st = cocomm_instant_parse(when, COCOMM_NTS, &t);
  if (st != COCOMM_OK) {
    fprintf(stderr, "%s: %s\n", when, cocomm_status_str(st));
    return 2;
  }
  cocomm_submission s;
  cocomm_submission_init(&s);
  st = cocomm_timeline_judge_cycle(model, t, &s);
  if (st == COCOMM_ERR_NOT_FOUND) {
    printf("%s needs no proposal: no cycle applies (A-1)\n", cocomm_model_name(model));
    return 0;
  }
  if (st != COCOMM_OK) {
    fprintf(stderr, "as-at: %s\n", cocomm_status_str(st));
    return 2;
  }
  char at[32];
  cocomm_instant_format(t, COCOMM_TIME_UK, at, sizeof at, NULL);
  if (s.verdict == COCOMM_CYCLE_AFTER_END) {
    printf("submitted %s: on or after 2022-07-01 CCGs no longer exist; integrated care boards hold "
           "delegated primary medical services (%s, %s)\n", at, s.edition, s.rule);
    return 1;
  }
  if (s.verdict == COCOMM_CYCLE_NO_KNOWN_CLOSE) {
    printf("submitted %s, %s proposal: no known close remains (%s); the library does not guess one: %s\n", at,
           cocomm_model_key(model), s.rule, cocomm_lateness_name(s.consequence));
    if (s.unknown_close) printf("cycle %s has no known close\n", s.unknown_close);
    return 1;
  }
  char deadline[32], go_live[16] = "unknown";
  cocomm_instant_format(s.deadline, COCOMM_TIME_UK, deadline, sizeof deadline, NULL);
  if (s.go_live_fy) cocomm_date_format(s.go_live, go_live, sizeof go_live, NULL);
  printf("submitted %s, %s proposal: cycle %s (%s source), deadline %s %s (%s)\n", at, cocomm_model_key(model),
         s.edition, cocomm_source_kind_name(s.source_kind), s.deadline_id, deadline, s.rule);
  if (s.unknown_close)
    printf("note: cycle %s comes earlier and has no known close; the submission may belong to it\n",
           s.unknown_close);
  printf("on time: takes effect %s\n", go_live);
  return 0;
}

enum { OPT_MODEL = 300, OPT_EDITION, OPT_ICS, OPT_CSV, OPT_CHECK_SUBMISSION, OPT_CONSTITUTION_RECEIVED, OPT_DIFF,
       OPT_CYCLE, OPT_AS_AT };
enum { OPT_JSON = 350 };

static const cli_option options[] = {
  {"model", 1, OPT_MODEL, "M", "any name of a model (delegated, \"Model 2\", ...); default: none"},
  {"edition", 1, OPT_EDITION, "E", "2014-11 (the default), 2014-09, 2016/17, 2017/18, 2018/19, 2020/21 or end"},
  {"cycle", 1, OPT_CYCLE, "E", "the same as --edition: a national cycle's key (2016/17, ...)"},
  {"ics", 0, OPT_ICS, NULL, "the timeline as iCalendar instead of a table"},
  {"csv", 0, OPT_CSV, NULL, "the timeline as CSV instead of a table"},
  {"check-submission", 1, OPT_CHECK_SUBMISSION, "DATETIME", "judge a proposal submitted then (UK local unless Z or an offset)"},
  {"constitution-received", 1, OPT_CONSTITUTION_RECEIVED, "DATE", "when a constitution amendment must be acknowledged and decided"},
  {"json", 0, OPT_JSON, NULL, "print the table or the check as JSON (docs/cli.md)"},
  {"as-at", 1, OPT_AS_AT, "DATETIME", "judge a proposal submitted then against the cycle it falls in"},
  {"diff", 1, OPT_DIFF, "A B", "what changed from edition A to edition B (B is the next argument)"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-timeline",
  "[--model M] [--edition E | --cycle E] [--ics | --csv | --json] [--check-submission DATETIME]\n"
  "       [--as-at DATETIME] [--constitution-received DATE] [--diff A B]",
  "The co-commissioning timeline as a table, iCalendar or CSV; a deadline check\n"
  "(exit 1 for a late submission).",
  {options, NULL, NULL, NULL},
};

int main(int argc, char **argv) {
  int32_t model = COCOMM_MODEL_NONE;
  const cocomm_edition *e = cocomm_edition_default();
  int ics = 0, csv = 0, json = 0;
  const char *submitted = NULL, *received = NULL, *diff_from = NULL, *diff_to = NULL, *as_at_time = NULL;
  for (;;) {
    char *v;
    int status, c = cli_next(&program, argc, argv, &v, &status);
    if (c == CLI_END) break;
    if (c == CLI_STOP) return status;
    switch (c) {
      case OPT_ICS: ics = 1; break;
      case OPT_CSV: csv = 1; break;
      case OPT_JSON: json = 1; break;
      case OPT_MODEL:
        if (cocomm_model_parse(v, COCOMM_NTS, &model) != COCOMM_OK)
          return cli_bad_value("--model", v, "delegated, joint, greater-involvement, \"Model 2\", ...");
        break;
      case OPT_EDITION:
      case OPT_CYCLE:
        if ((e = cocomm_edition_find(v)) == NULL)
          return cli_bad_value(c == OPT_CYCLE ? "--cycle" : "--edition", v,
                               "2014-11, 2014-09, 2016/17, 2017/18, 2018/19, 2020/21 or end");
        break;
      case OPT_DIFF: diff_from = v; break;
      case OPT_AS_AT: as_at_time = v; break;
      case CLI_ARGUMENT:
        if (diff_from != NULL && diff_to == NULL) {
          diff_to = v;
          break;
        }
        return cli_usage_error("unexpected argument '%s'", v);
      case OPT_CHECK_SUBMISSION: submitted = v; break;
      case OPT_CONSTITUTION_RECEIVED: received = v; break;
      default: return cli_usage_error("unexpected argument '%s'", v);
    }
  }
  if (ics && csv) return cli_usage_error("give one of --ics and --csv");
  if (json && (ics || csv)) return cli_usage_error("give one of --json and --%s", ics ? "ics" : "csv");
  if (json && (diff_from || as_at_time))
    return cli_usage_error("--json is for the table, --check-submission and --constitution-received; "
                           "--%s prints text only", diff_from ? "diff" : "as-at");
  if (diff_from != NULL) {
    if (diff_to == NULL) return cli_usage_error("--diff needs two editions: --diff A B");
    return print_diff(diff_from, diff_to);
  }
  if (as_at_time) return as_at(model, as_at_time);
  if (submitted) return check_submission(e, model, submitted, json ? &program : NULL);
  if (received) {
    cocomm_date d, ack, decide;
    char a[16], b[16];
    if (cocomm_date_parse(received, COCOMM_NTS, &d) != COCOMM_OK ||
        cocomm_timeline_constitution_due(d, &ack, &decide) != COCOMM_OK) {
      fprintf(stderr, "bad date: %s\n", received);
      return 2;
    }
    if (json) {
      json_begin(&program, e, model);
      printf(",\n \"constitution\": {\"received\": ");
      cli_json_date(stdout, d);
      printf(", \"acknowledge_by\": ");
      cli_json_date(stdout, ack);
      printf(", \"decide_by\": ");
      cli_json_date(stdout, decide);
      printf(", \"rule\": \"T-32\"}}\n");
      return 0;
    }
    cocomm_date_format(ack, a, sizeof a, NULL);
    cocomm_date_format(decide, b, sizeof b, NULL);
    printf("constitution amendment received %s: acknowledge by %s, decide by %s (T-32)\n", received, a, b);
    return 0;
  }
  if (ics || csv) return export(e, model, ics);
  return json ? print_table_json(&program, e, model) : print_table(e, model);
}
