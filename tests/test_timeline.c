/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

#define D(y, m, d) ((cocomm_date){y, m, d})

static cocomm_instant at(const char *s) {
  cocomm_instant t = 0;
  CU_ASSERT_EQUAL(cocomm_instant_parse(s, COCOMM_NTS, &t), COCOMM_OK);
  return t;
}

/* Every milestone of edition 2014-11 as the seeds date it, written out here
 * independently of lib/timeline.c: identifier, precision, first and last
 * day, time (minutes, -1 none), models, kind. */
static const struct {
  const char *id;
  int32_t precision;
  cocomm_date start, end;
  int32_t minute;
  uint32_t models;
  int32_t kind;
} seed[] = {
  {"T-1", COCOMM_PRECISION_DAY, {2014, 5, 1}, {2014, 5, 1}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_EVENT},
  {"T-2", COCOMM_PRECISION_DAY, {2014, 6, 20}, {2014, 6, 20}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_DEADLINE},
  {"T-3", COCOMM_PRECISION_DAY, {2014, 10, 1}, {2014, 10, 1}, -1, COCOMM_MODELS_JOINT, COCOMM_MILESTONE_EVENT},
  {"T-4", COCOMM_PRECISION_DAY, {2014, 11, 1}, {2014, 11, 1}, -1, COCOMM_MODELS_JOINT | COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_DEADLINE},
  {"T-5", COCOMM_PRECISION_DAY, {2014, 11, 10}, {2014, 11, 10}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_EVENT},
  {"T-6", COCOMM_PRECISION_DAY_SPAN, {2014, 11, 19}, {2014, 12, 2}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_WINDOW},
  {"T-7", COCOMM_PRECISION_MONTH, {2014, 11, 1}, {2014, 11, 30}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_DEADLINE},
  {"T-8", COCOMM_PRECISION_MONTH, {2014, 12, 1}, {2014, 12, 31}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_EVENT},
  {"T-9", COCOMM_PRECISION_MONTH_SPAN, {2014, 11, 1}, {2015, 1, 31}, -1, COCOMM_MODELS_JOINT | COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_WINDOW},
  {"T-10", COCOMM_PRECISION_MONTH, {2015, 1, 1}, {2015, 1, 31}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_EVENT},
  {"T-11", COCOMM_PRECISION_EXACT, {2015, 1, 9}, {2015, 1, 9}, 720, COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_DEADLINE},
  {"T-12", COCOMM_PRECISION_MID_MONTH, {2015, 1, 11}, {2015, 1, 20}, -1, COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_EVENT},
  {"T-12", COCOMM_PRECISION_MONTH, {2015, 2, 1}, {2015, 2, 28}, -1, COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_EVENT},
  {"T-13", COCOMM_PRECISION_DAY, {2015, 1, 30}, {2015, 1, 30}, -1, COCOMM_MODELS_JOINT, COCOMM_MILESTONE_DEADLINE},
  {"T-14", COCOMM_PRECISION_EARLY_MONTH, {2015, 2, 1}, {2015, 2, 10}, -1, COCOMM_MODELS_JOINT, COCOMM_MILESTONE_EVENT},
  {"T-15", COCOMM_PRECISION_MONTH, {2015, 2, 1}, {2015, 2, 28}, -1, COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_EVENT},
  {"T-16", COCOMM_PRECISION_MONTH_SPAN, {2015, 2, 1}, {2015, 3, 31}, -1, COCOMM_MODELS_JOINT, COCOMM_MILESTONE_WINDOW},
  {"T-17", COCOMM_PRECISION_MONTH, {2015, 3, 1}, {2015, 3, 31}, -1, COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_EVENT},
  {"T-18", COCOMM_PRECISION_DAY, {2015, 4, 1}, {2015, 4, 1}, -1, COCOMM_MODELS_JOINT | COCOMM_MODELS_DELEGATED, COCOMM_MILESTONE_EVENT},
  {"T-20", COCOMM_PRECISION_MONTH, {2020, 4, 1}, {2020, 4, 30}, -1, COCOMM_MODELS_ALL, COCOMM_MILESTONE_DEADLINE},
};

/* T-1 to T-20: every milestone's dates, precision, models and kind as the
 * seeds give them, in table order; and no invented day. */
static void T1_to_T20_match_the_seeds(void) {
  const cocomm_edition *e = cocomm_edition_default();
  CU_ASSERT_PTR_NOT_NULL_FATAL(e);
  CU_ASSERT_STRING_EQUAL(e->key, "2014-11");
  CU_ASSERT_EQUAL_FATAL(e->milestone_count, sizeof seed / sizeof seed[0]);
  for (uint32_t i = 0; i < e->milestone_count; i++) {
    const cocomm_milestone *m = &e->milestones[i];
    int ok = strcmp(m->id, seed[i].id) == 0 && m->precision == seed[i].precision &&
             cocomm_date_compare(m->start, seed[i].start) == 0 &&
             cocomm_date_compare(m->end, seed[i].end) == 0 && m->has_time == (seed[i].minute >= 0) &&
             (seed[i].minute < 0 || m->minute_of_day == seed[i].minute) &&
             m->models == seed[i].models && m->kind == seed[i].kind && m->source[0] != '\0' &&
             cocomm_rule_find(m->id) != NULL;
    if (!ok) CU_FAIL(seed[i].id);
  }
  cocomm_error err = COCOMM_ERROR_INIT;
  for (uint32_t i = 0; i < cocomm_edition_count(); i++) {
    ASSERT_STATUS(cocomm_edition_check(cocomm_edition_at(i), &err), COCOMM_OK);
    ASSERT_NO_ERROR(&err);
  }
}

/* T-12: where 002 disagrees with itself both dates are returned, each
 * with its citation. */
static void T12_both_sources_kept(void) {
  const cocomm_milestone *ms[32];
  uint32_t n;
  ASSERT_STATUS(cocomm_timeline_list(cocomm_edition_default(), COCOMM_MODEL_DELEGATED, ms, 32, &n), COCOMM_OK);
  int seen = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (strcmp(ms[i]->id, "T-12") != 0) continue;
    seen++;
    if (ms[i]->precision == COCOMM_PRECISION_MID_MONTH) {
      CU_ASSERT_STRING_EQUAL(ms[i]->source, "002 §7.4.2");
    } else {
      CU_ASSERT_EQUAL(ms[i]->precision, COCOMM_PRECISION_MONTH);
      CU_ASSERT_STRING_EQUAL(ms[i]->source, "002 §7.4.4");
    }
  }
  CU_ASSERT_EQUAL(seen, 2);
}

static void timeline_filters_and_sorts(void) {
  const cocomm_edition *e = cocomm_edition_default();
  const cocomm_milestone *ms[32];
  uint32_t n, all, joint;
  ASSERT_STATUS(cocomm_timeline_list(e, COCOMM_MODEL_NONE, ms, 32, &all), COCOMM_OK);
  CU_ASSERT_EQUAL(all, 20); /* T-1..T-20 with T-12 twice, and no T-19 (edition 2014-09 only) */
  for (uint32_t i = 1; i < all; i++) {
    int c = cocomm_date_compare(ms[i - 1]->start, ms[i]->start);
    CU_ASSERT(c <= 0);
  }
  /* Same start: by identifier number, T-7 before T-9 (both 2014-11-01). */
  CU_ASSERT_STRING_EQUAL(ms[3]->id, "T-4");
  CU_ASSERT_STRING_EQUAL(ms[4]->id, "T-7");
  CU_ASSERT_STRING_EQUAL(ms[5]->id, "T-9");
  ASSERT_STATUS(cocomm_timeline_list(e, COCOMM_MODEL_JOINT, ms, 32, &joint), COCOMM_OK);
  for (uint32_t i = 0; i < joint; i++) CU_ASSERT(ms[i]->models & COCOMM_MODELS_JOINT);
  CU_ASSERT_EQUAL(joint, 15);
  ASSERT_STATUS(cocomm_timeline_list(e, COCOMM_MODEL_GREATER_INVOLVEMENT, ms, 32, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 8);
  /* snprintf-style: the earliest three, and the full count. */
  const cocomm_milestone *few[3];
  ASSERT_STATUS(cocomm_timeline_list(e, COCOMM_MODEL_NONE, few, 3, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(n, all);
  CU_ASSERT_STRING_EQUAL(few[0]->id, "T-1");
  CU_ASSERT_STRING_EQUAL(few[1]->id, "T-2");
  CU_ASSERT_STRING_EQUAL(few[2]->id, "T-3");
  ASSERT_STATUS(cocomm_timeline_list(e, COCOMM_MODEL_NONE, NULL, 0, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  ASSERT_STATUS(cocomm_timeline_list(e, 4, ms, 32, &n), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_timeline_list(NULL, 0, ms, 32, &n), COCOMM_ERR_INVALID_ARGUMENT);
}

static int32_t submit(const char *edition, int32_t model, const char *when, cocomm_submission *s) {
  cocomm_submission_init(s);
  return cocomm_submission_judge(cocomm_edition_find(edition), model, at(when), s);
}

/* T-30: 12:00:00 UK on 9 January 2015 is on time; 12:00:01 is late. */
static void T30_delegated_deadline_to_the_second(void) {
  cocomm_submission s;
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_DELEGATED, "2015-01-09T12:00:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  CU_ASSERT_EQUAL(s.late_by, 0);
  CU_ASSERT_STRING_EQUAL(s.deadline_id, "T-11");
  CU_ASSERT_STRING_EQUAL(s.rule, "T-30");
  CU_ASSERT_EQUAL(cocomm_date_compare(s.go_live, D(2015, 4, 1)), 0);
  CU_ASSERT_EQUAL(s.go_live_fy, 2015);
  CU_ASSERT_EQUAL(s.consequence, COCOMM_LATE_NONE);
  CU_ASSERT_PTR_NULL(s.next_deadline_id);
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_DELEGATED, "2015-01-09T12:00:01", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_EQUAL(s.late_by, 1);
  CU_ASSERT_EQUAL(s.consequence, COCOMM_LATE_IN_YEAR_OR_NEXT_CYCLE);
  /* 002 leaves the next cycle to "due course" (T-19 is 2014-09's): no
   * later deadline and no go-live date are invented. */
  CU_ASSERT_PTR_NULL(s.next_deadline_id);
  CU_ASSERT_EQUAL(s.go_live_fy, 0);
  /* The same instant written in UTC and with an offset. */
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_DELEGATED, "2015-01-09T12:00:00Z", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_DELEGATED, "2015-01-09T13:00:01+01:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
}

/* T-31: a joint submission on 30 January 2015 is on time to the end of the day. */
static void T31_joint_deadline_end_of_day(void) {
  cocomm_submission s;
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_JOINT, "2015-01-30T23:59:59", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  CU_ASSERT_STRING_EQUAL(s.rule, "T-31");
  CU_ASSERT_STRING_EQUAL(s.deadline_id, "T-13");
  CU_ASSERT_EQUAL(cocomm_date_compare(s.go_live, D(2015, 4, 1)), 0);
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_JOINT, "2015-01-31T00:00:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_EQUAL(s.late_by, 1);
  CU_ASSERT_EQUAL(s.consequence, COCOMM_LATE_QUARTERLY_ASSURANCE);
  CU_ASSERT_PTR_NULL(s.next_deadline_id);
  CU_ASSERT_EQUAL(s.go_live_fy, 0); /* not known: the area team sets it */
  /* Greater involvement has no deadline at all. */
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_GREATER_INVOLVEMENT, "2015-01-30T12:00", &s),
                COCOMM_ERR_NOT_FOUND);
}

/* T-19 (revision 2) belongs to edition 2014-09 only: under the default
 * 2014-11 a delegated proposal submitted on 2015-03-01 is late with no
 * later deadline to meet; under 2014-09 it is on time for T-19 and takes
 * effect on 2016-04-01. */
static void T19_only_in_edition_2014_09(void) {
  const cocomm_edition *e = cocomm_edition_default();
  for (uint32_t i = 0; i < e->milestone_count; i++) CU_ASSERT_STRING_NOT_EQUAL(e->milestones[i].id, "T-19");
  cocomm_submission s;
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_DELEGATED, "2015-03-01T10:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_PTR_NULL(s.next_deadline_id);
  CU_ASSERT_EQUAL(s.go_live_fy, 0);
  ASSERT_STATUS(submit("2014-09", COCOMM_MODEL_DELEGATED, "2015-03-01T10:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_STRING_EQUAL(s.next_deadline_id, "T-19");
  CU_ASSERT_EQUAL(cocomm_date_compare(s.go_live, D(2016, 4, 1)), 0);
}

/* Edition 2014-09 (revision 2): 000 says "end of September 2014": month
 * precision, no invented day. 2014-11 ("Next steps") is dated to the day. */
static void editions_dated_as_the_sources_date_them(void) {
  const cocomm_edition *sep = cocomm_edition_find("2014-09"), *nov = cocomm_edition_default();
  CU_ASSERT_EQUAL(sep->published_precision, COCOMM_PRECISION_MONTH);
  CU_ASSERT_EQUAL(sep->published, at("2014-09-01T00:00Z"));
  CU_ASSERT_EQUAL(nov->published_precision, COCOMM_PRECISION_DAY);
  CU_ASSERT_EQUAL(nov->published, at("2014-11-10T00:00Z"));
  cocomm_edition e = *sep;
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  e.published = at("2014-09-30T00:00Z"); /* a day inside the month is no month */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_PUBLISHED);
  e.published_precision = COCOMM_PRECISION_DAY;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  e.published = at("2014-09-30T12:00Z");
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  e.published_precision = COCOMM_PRECISION_EXACT;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
}

/* T-35: a joint proposal's constitution amendment that relates solely to
 * joint commissioning is due by the end of 2015-01-30 (T-13); one that
 * also changes anything else is due at 12:00 on 2015-01-09 (T-11). */
static void T35_amendment_deadline_depends_on_what_it_covers(void) {
  const cocomm_edition *e = cocomm_edition_default();
  cocomm_submission s;
  cocomm_submission_init(&s);
  ASSERT_STATUS(cocomm_timeline_judge_amendment(e, COCOMM_AMENDMENT_OTHER, at("2015-01-09T12:00:00"), &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  CU_ASSERT_STRING_EQUAL(s.rule, "T-35");
  CU_ASSERT_STRING_EQUAL(s.deadline_id, "T-11");
  ASSERT_STATUS(cocomm_timeline_judge_amendment(e, COCOMM_AMENDMENT_OTHER, at("2015-01-09T12:00:01"), &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_EQUAL(s.late_by, 1);
  ASSERT_STATUS(cocomm_timeline_judge_amendment(e, COCOMM_AMENDMENT_JOINT_ONLY, at("2015-01-30T23:59:59"), &s),
                COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  CU_ASSERT_STRING_EQUAL(s.deadline_id, "T-13");
  ASSERT_STATUS(cocomm_timeline_judge_amendment(e, COCOMM_AMENDMENT_JOINT_ONLY, at("2015-01-31T00:00:00"), &s),
                COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  ASSERT_STATUS(cocomm_timeline_judge_amendment(e, 0, at("2015-01-09T12:00"), &s), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_timeline_judge_amendment(e, 3, at("2015-01-09T12:00"), &s), COCOMM_ERR_INVALID_ARGUMENT);
}

/* T-34: a deadline "by" a day ends at 23:59:59 UK time; in summer that is
 * 22:59:59 UTC, so 2015-06-01T23:30Z (00:30 BST on 2 June) is late for
 * T-19 (edition 2014-09). */
static void T34_T19_end_of_day_in_summer(void) {
  const cocomm_edition *e = cocomm_edition_find("2014-09");
  const cocomm_milestone *t19 = NULL;
  for (uint32_t i = 0; i < e->milestone_count; i++)
    if (strcmp(e->milestones[i].id, "T-19") == 0) t19 = &e->milestones[i];
  CU_ASSERT_PTR_NOT_NULL_FATAL(t19);
  cocomm_instant d;
  ASSERT_STATUS(cocomm_milestone_deadline(t19, &d), COCOMM_OK);
  CU_ASSERT_EQUAL(d, at("2015-06-01T22:59:59Z"));
  int32_t on_time;
  int64_t late;
  ASSERT_STATUS(cocomm_milestone_judge(t19, at("2015-06-01T23:30Z"), &on_time, &late), COCOMM_OK);
  CU_ASSERT_EQUAL(on_time, 0);
  CU_ASSERT_EQUAL(late, 1801);
  ASSERT_STATUS(cocomm_milestone_judge(t19, at("2015-06-01T23:59:59"), &on_time, &late), COCOMM_OK);
  CU_ASSERT_EQUAL(on_time, 1);
  CU_ASSERT_EQUAL(late, 0);
  ASSERT_STATUS(cocomm_milestone_judge(t19, COCOMM_INSTANT_MAX + 1, &on_time, &late), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_milestone_judge(NULL, 0, &on_time, &late), COCOMM_ERR_INVALID_ARGUMENT);
}

/* T-32: acknowledgement within two weeks, decision within eight. */
static void T32_constitution_amendment_clock(void) {
  cocomm_date ack, decide;
  ASSERT_STATUS(cocomm_timeline_constitution_due(D(2015, 1, 9), &ack, &decide), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(ack, D(2015, 1, 23)), 0);
  CU_ASSERT_EQUAL(cocomm_date_compare(decide, D(2015, 3, 6)), 0);
  ASSERT_STATUS(cocomm_timeline_constitution_due(D(2016, 2, 20), &ack, &decide), COCOMM_OK);
  CU_ASSERT_EQUAL(cocomm_date_compare(ack, D(2016, 3, 5)), 0); /* across 29 February */
  ASSERT_STATUS(cocomm_timeline_constitution_due(D(2015, 2, 29), &ack, &decide), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_timeline_constitution_due(D(9999, 12, 1), &ack, &decide), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_timeline_constitution_due(D(2015, 1, 9), NULL, &decide), COCOMM_ERR_INVALID_ARGUMENT);
}

/* Edition 2014-09 (the September slides): delegated proposals were due on
 * 5 January 2015; 2014-11 moved that to 12 noon on 9 January. */
static void edition_2014_09_differs(void) {
  const cocomm_edition *old = cocomm_edition_find("2014-09");
  CU_ASSERT_PTR_NOT_NULL_FATAL(old);
  CU_ASSERT_PTR_NULL(cocomm_edition_find("2015-01"));
  CU_ASSERT_PTR_NULL(cocomm_edition_find(NULL));
  CU_ASSERT_EQUAL(cocomm_edition_count(), 2);
  cocomm_submission s;
  ASSERT_STATUS(submit("2014-09", COCOMM_MODEL_DELEGATED, "2015-01-06T09:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_EQUAL(s.deadline, at("2015-01-05T23:59:59"));
  ASSERT_STATUS(submit("2014-11", COCOMM_MODEL_DELEGATED, "2015-01-06T09:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  ASSERT_STATUS(submit("2014-09", COCOMM_MODEL_JOINT, "2015-01-30T23:59:59", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
}

/* A caller's own cycle, in its own memory, at its own element size: the
 * 004 local plan (joint by 30 September 2015, delegated by April 2016) and
 * the later national cycles (delegated applications closed 6 November 2015
 * for 2016/17 and 5 December 2016 for 2017/18). */
static void callers_own_cycle(void) {
  struct wide {
    cocomm_milestone m;
    char caller_data[24];
  } rows[4];
  memset(rows, 0, sizeof rows);
  for (int i = 0; i < 4; i++) cocomm_milestone_init(&rows[i].m);
  rows[0].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "L-1",
                                 "joint proposal (local plan)", COCOMM_MODELS_JOINT,
                                 COCOMM_PRECISION_DAY, {2015, 9, 30}, {2015, 9, 30}, 0, 0, 1, 2016,
                                 "004", ""};
  rows[1].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "L-2",
                                 "delegated proposal (local plan)", COCOMM_MODELS_DELEGATED,
                                 COCOMM_PRECISION_MONTH, {2016, 4, 1}, {2016, 4, 30}, 0, 0, 1, 2017,
                                 "004", "by April 2016"};
  rows[2].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "N-2016",
                                 "delegated applications close", COCOMM_MODELS_DELEGATED,
                                 COCOMM_PRECISION_DAY, {2015, 11, 6}, {2015, 11, 6}, 0, 0, 1, 2016,
                                 "secondary source", ""};
  rows[3].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "N-2017",
                                 "delegated applications close", COCOMM_MODELS_DELEGATED,
                                 COCOMM_PRECISION_DAY, {2016, 12, 5}, {2016, 12, 5}, 0, 0, 1, 2017,
                                 "secondary source", ""};
  cocomm_edition e;
  cocomm_edition_init(&e);
  e.key = "local";
  e.milestones = &rows[0].m;
  e.milestone_count = 4;
  e.milestone_size = sizeof rows[0];
  ASSERT_STATUS(cocomm_edition_check(&e, NULL), COCOMM_OK);
  cocomm_submission s;
  cocomm_submission_init(&s);
  ASSERT_STATUS(cocomm_submission_judge(&e, COCOMM_MODEL_DELEGATED, at("2015-11-06T23:59:59"), &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  CU_ASSERT_STRING_EQUAL(s.deadline_id, "N-2016");
  CU_ASSERT_EQUAL(cocomm_date_compare(s.go_live, D(2016, 4, 1)), 0);
  ASSERT_STATUS(cocomm_submission_judge(&e, COCOMM_MODEL_DELEGATED, at("2016-01-04T10:00"), &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_STRING_EQUAL(s.next_deadline_id, "L-2"); /* end of April 2016 */
  CU_ASSERT_EQUAL(cocomm_date_compare(s.go_live, D(2017, 4, 1)), 0);
  ASSERT_STATUS(cocomm_submission_judge(&e, COCOMM_MODEL_JOINT, at("2015-09-30T23:59:59"), &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.on_time, 1);
  const cocomm_milestone *ms[4];
  uint32_t n;
  ASSERT_STATUS(cocomm_timeline_list(&e, COCOMM_MODEL_DELEGATED, ms, 4, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 3);
  CU_ASSERT_STRING_EQUAL(ms[0]->id, "N-2016");
  CU_ASSERT_STRING_EQUAL(ms[1]->id, "L-2");
  CU_ASSERT_PTR_EQUAL(ms[2], &rows[3].m); /* pointers into the caller's array */
}

static void bad_milestones_are_refused(void) {
  cocomm_milestone m;
  cocomm_edition e;
  cocomm_error err = COCOMM_ERROR_INIT;
  cocomm_edition_init(&e);
  e.key = "bad";
  e.milestones = &m;
  e.milestone_count = 1;
  cocomm_milestone_init(&m);
  m.id = "X-1";
  m.label = "x";
  m.start = m.end = D(2015, 2, 5);
  err.index = 5; /* stale: a success clears it */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  m.precision = COCOMM_PRECISION_MONTH; /* a month must run from its first day to its last */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_RANGE);
  m.start = D(2015, 2, 1);
  m.end = D(2015, 2, 28);
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  m.precision = COCOMM_PRECISION_MID_MONTH;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_RANGE);
  m.precision = COCOMM_PRECISION_DAY;
  m.start = D(2015, 3, 1);
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE); /* end before start */
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_RANGE);
  m.start = m.end = D(2015, 2, 29);
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_RANGE);
  m.start = m.end = D(2015, 2, 5);
  m.has_time = 1; /* a time only with EXACT */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_TIME);
  m.precision = COCOMM_PRECISION_EXACT;
  m.minute_of_day = 24 * 60;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_TIME);
  m.minute_of_day = 0;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  m.models = 1; /* "none" is not a model a milestone applies to */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_MODELS);
  m.models = COCOMM_MODELS_ALL;
  m.submission = 1; /* only a deadline can be a submission, with a go-live year */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  m.kind = COCOMM_MILESTONE_DEADLINE;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  m.go_live_fy = 2015;
  /* Greater involvement needs no proposal: no submission deadline. */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_SUBMISSION);
  m.models = COCOMM_MODELS_JOINT | COCOMM_MODELS_DELEGATED;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  m.label = "\xE2\x82";
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, 0, COCOMM_FIELD_LABEL);
  m.label = NULL;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, 0, COCOMM_FIELD_LABEL);
  m.label = "x";
  m.struct_size = 8;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, 0, COCOMM_FIELD_STRUCT_SIZE);
  m.struct_size = sizeof m;
  e.milestone_size = sizeof m + 4; /* misaligned stride */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_ELEMENT_SIZE);
  e.milestone_size = sizeof m;
  e.milestone_count = COCOMM_MILESTONES_MAX + 1;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT);
  e.milestone_count = 1;
  e.key = NULL;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_KEY);
  ASSERT_STATUS(cocomm_edition_check(&e, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_submission s;
  cocomm_submission_init(&s);
  s.struct_size = 4;
  ASSERT_STATUS(cocomm_submission_judge(cocomm_edition_default(), COCOMM_MODEL_JOINT, 0, &s), COCOMM_ERR_STRUCT_SIZE);
  CU_ASSERT_STRING_EQUAL(cocomm_precision_name(COCOMM_PRECISION_MID_MONTH), "mid-month");
  CU_ASSERT_STRING_EQUAL(cocomm_milestone_kind_name(COCOMM_MILESTONE_WINDOW), "window");
  CU_ASSERT_STRING_EQUAL(cocomm_lateness_name(7), "unknown");
  CU_ASSERT_EQUAL(cocomm_milestone_size(), sizeof(cocomm_milestone));
  CU_ASSERT_EQUAL(cocomm_edition_size(), sizeof(cocomm_edition));
  CU_ASSERT_EQUAL(cocomm_submission_size(), sizeof(cocomm_submission));
}

static const test_case cases[] = {
  RULE_TEST("T-1 T-2 T-3 T-4 T-5 T-6 T-7 T-8 T-9 T-10 T-11 T-12 T-13 T-14 T-15 T-16 T-17 T-18 T-20", T1_to_T20_match_the_seeds),
  RULE_TEST("T-12", T12_both_sources_kept),
  TEST(timeline_filters_and_sorts),
  RULE_TEST("T-30 T-11", T30_delegated_deadline_to_the_second),
  RULE_TEST("T-31 T-13", T31_joint_deadline_end_of_day),
  RULE_TEST("T-34 T-19", T34_T19_end_of_day_in_summer),
  RULE_TEST("T-19", T19_only_in_edition_2014_09),
  RULE_TEST("T-35", T35_amendment_deadline_depends_on_what_it_covers),
  TEST(editions_dated_as_the_sources_date_them),
  RULE_TEST("T-32", T32_constitution_amendment_clock),
  TEST(edition_2014_09_differs),
  TEST(callers_own_cycle),
  TEST(bad_milestones_are_refused),
};
RUN_TESTS("timeline", cases)
