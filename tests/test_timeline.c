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
  CU_ASSERT_EQUAL(cocomm_edition_count(), 7); /* 2014-11, 2014-09, four later cycles, the end */
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
                                 "004", "", 0, {0, 0, 0}, {0, 0, 0}, 0, 0};
  rows[1].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "L-2",
                                 "delegated proposal (local plan)", COCOMM_MODELS_DELEGATED,
                                 COCOMM_PRECISION_MONTH, {2016, 4, 1}, {2016, 4, 30}, 0, 0, 1, 2017,
                                 "004", "by April 2016", 0, {0, 0, 0}, {0, 0, 0}, 0, 0};
  rows[2].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "N-2016",
                                 "delegated applications close", COCOMM_MODELS_DELEGATED,
                                 COCOMM_PRECISION_DAY, {2015, 11, 6}, {2015, 11, 6}, 0, 0, 1, 2016,
                                 "secondary source", "", 0, {0, 0, 0}, {0, 0, 0}, 0, 0};
  rows[3].m = (cocomm_milestone){sizeof(cocomm_milestone), COCOMM_MILESTONE_DEADLINE, "N-2017",
                                 "delegated applications close", COCOMM_MODELS_DELEGATED,
                                 COCOMM_PRECISION_DAY, {2016, 12, 5}, {2016, 12, 5}, 0, 0, 1, 2017,
                                 "secondary source", "", 0, {0, 0, 0}, {0, 0, 0}, 0, 0};
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

/* A milestone's date in words says exactly what its precision says: the
 * days the source gives, never an invented one (the section's rule on
 * precision; T-11 to the minute, T-12 mid-month). */
static void milestone_dates_in_words(void) {
  static const struct {
    int32_t precision;
    cocomm_date start, end;
    int32_t minute;
    const char *words;
  } cases[] = {
    {COCOMM_PRECISION_EXACT, {2015, 1, 9}, {2015, 1, 9}, 12 * 60, "12:00, 9 January 2015"},
    {COCOMM_PRECISION_EXACT, {2015, 6, 2}, {2015, 6, 2}, 30, "00:30, 2 June 2015"},
    {COCOMM_PRECISION_DAY, {2015, 1, 30}, {2015, 1, 30}, 0, "30 January 2015"},
    {COCOMM_PRECISION_EARLY_MONTH, {2015, 3, 1}, {2015, 3, 10}, 0, "early March 2015 (days 1 to 10)"},
    {COCOMM_PRECISION_MID_MONTH, {2015, 2, 11}, {2015, 2, 20}, 0, "mid-February 2015 (days 11 to 20)"},
    {COCOMM_PRECISION_LATE_MONTH, {2016, 2, 21}, {2016, 2, 29}, 0, "late February 2016 (day 21 to the end)"},
    {COCOMM_PRECISION_MONTH, {2014, 9, 1}, {2014, 9, 30}, 0, "September 2014"},
    {COCOMM_PRECISION_MONTH_SPAN, {2014, 11, 1}, {2015, 1, 31}, 0, "November 2014 to January 2015"},
    {COCOMM_PRECISION_DAY_SPAN, {2015, 1, 9}, {2015, 2, 27}, 0, "9 January 2015 to 27 February 2015"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    cocomm_milestone m;
    cocomm_milestone_init(&m);
    m.id = "X-1";
    m.label = "x";
    m.precision = cases[k].precision;
    m.start = cases[k].start;
    m.end = cases[k].end;
    m.has_time = cases[k].precision == COCOMM_PRECISION_EXACT;
    m.minute_of_day = cases[k].minute;
    char buf[80];
    size_t needed = 0;
    ASSERT_STATUS(cocomm_milestone_format_when(&m, buf, sizeof buf, &needed), COCOMM_OK);
    CU_ASSERT_STRING_EQUAL(buf, cases[k].words);
    CU_ASSERT_EQUAL(needed, strlen(cases[k].words));
  }
  /* The built-in T-11 and T-12 of the 2015/16 edition. */
  const cocomm_milestone *ms[64];
  uint32_t n = 0;
  ASSERT_STATUS(cocomm_timeline_list(cocomm_edition_default(), COCOMM_MODEL_NONE, ms, 64, &n), COCOMM_OK);
  int seen = 0;
  for (uint32_t i = 0; i < n; i++) {
    char buf[80];
    ASSERT_STATUS(cocomm_milestone_format_when(ms[i], buf, sizeof buf, NULL), COCOMM_OK);
    if (strcmp(ms[i]->id, "T-11") == 0) {
      CU_ASSERT_STRING_EQUAL(buf, "12:00, 9 January 2015");
      seen |= 1;
    }
    if (strcmp(ms[i]->id, "T-12") == 0 && ms[i]->precision == COCOMM_PRECISION_MID_MONTH) {
      CU_ASSERT_PTR_NOT_NULL(strstr(buf, "(days 11 to 20)"));
      seen |= 2;
    }
  }
  CU_ASSERT_EQUAL(seen, 3);
  /* snprintf-style: too small a buffer gets "", and the length needed */
  cocomm_milestone m;
  cocomm_milestone_init(&m);
  m.id = "X-1";
  m.label = "x";
  m.precision = COCOMM_PRECISION_EXACT;
  m.has_time = 1;
  m.minute_of_day = 12 * 60;
  m.start = m.end = D(2015, 1, 9);
  char small[6];
  size_t needed = 0;
  ASSERT_STATUS(cocomm_milestone_format_when(&m, small, sizeof small, &needed), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_STRING_EQUAL(small, "");
  CU_ASSERT_EQUAL(needed, strlen("12:00, 9 January 2015"));
  ASSERT_STATUS(cocomm_milestone_format_when(&m, NULL, 0, &needed), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(needed, strlen("12:00, 9 January 2015"));
  ASSERT_STATUS(cocomm_milestone_format_when(&m, NULL, 4, &needed), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_milestone_format_when(NULL, small, sizeof small, &needed), COCOMM_ERR_INVALID_ARGUMENT);
  /* a milestone whose days do not match its precision: refused as its deadline is */
  cocomm_instant at;
  m.precision = COCOMM_PRECISION_MID_MONTH;
  m.has_time = 0;
  m.minute_of_day = 0;
  ASSERT_STATUS(cocomm_milestone_format_when(&m, small, sizeof small, NULL), cocomm_milestone_deadline(&m, &at));
  CU_ASSERT_NOT_EQUAL(cocomm_milestone_deadline(&m, &at), COCOMM_OK);
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


/* ---- 2.1: the policy's whole life, 2014-2022 (issue 16) ---- */

static const cocomm_milestone *row(const char *edition, const char *id) {
  const cocomm_edition *e = cocomm_edition_find(edition);
  CU_ASSERT_PTR_NOT_NULL_FATAL(e);
  for (uint32_t i = 0; i < e->milestone_count; i++)
    if (strcmp(e->milestones[i].id, id) == 0) return &e->milestones[i];
  CU_FAIL(id);
  return NULL;
}

/* Every national cycle of RULES.md ("Later national cycles", T section),
 * written out here independently of lib/timeline.c: each date with the
 * precision its source gives, its source secondary, and no invented close
 * for 2018/19. T-11 rows close delegated applications (T-30 judges them),
 * T-18 rows take effect. */
static void T11_T18_every_national_cycle(void) {
  static const struct {
    const char *edition, *id;
    int32_t kind, precision;
    cocomm_date start, end;
    int32_t go_live_fy;
  } cycles[] = {
    {"2016/17", "T-11", COCOMM_MILESTONE_DEADLINE, COCOMM_PRECISION_DAY, {2015, 11, 6}, {2015, 11, 6}, 2016},
    {"2016/17", "T-18", COCOMM_MILESTONE_EVENT, COCOMM_PRECISION_DAY, {2016, 4, 1}, {2016, 4, 1}, 0},
    {"2017/18", "T-11", COCOMM_MILESTONE_DEADLINE, COCOMM_PRECISION_DAY, {2016, 12, 5}, {2016, 12, 5}, 2017},
    {"2017/18", "T-18", COCOMM_MILESTONE_EVENT, COCOMM_PRECISION_DAY, {2017, 4, 1}, {2017, 4, 1}, 0},
    {"2018/19", "T-1", COCOMM_MILESTONE_EVENT, COCOMM_PRECISION_DAY, {2017, 11, 1}, {2017, 11, 1}, 0},
    {"2020/21", "T-11", COCOMM_MILESTONE_DEADLINE, COCOMM_PRECISION_DAY, {2019, 11, 1}, {2019, 11, 1}, 2020},
    {"2020/21", "T-12", COCOMM_MILESTONE_WINDOW, COCOMM_PRECISION_MONTH_SPAN, {2019, 11, 1}, {2019, 12, 31}, 0},
    {"2020/21", "T-17", COCOMM_MILESTONE_WINDOW, COCOMM_PRECISION_MONTH_SPAN, {2020, 1, 1}, {2020, 3, 31}, 0},
    {"2020/21", "T-18", COCOMM_MILESTONE_EVENT, COCOMM_PRECISION_DAY, {2020, 4, 1}, {2020, 4, 1}, 0},
    {"end", "M-1", COCOMM_MILESTONE_EVENT, COCOMM_PRECISION_DAY, {2022, 7, 1}, {2022, 7, 1}, 0},
  };
  uint32_t rows = 0;
  for (uint32_t k = 2; k < cocomm_edition_count(); k++) {
    const cocomm_edition *e = cocomm_edition_at(k);
    CU_ASSERT_EQUAL(e->source_kind, COCOMM_SOURCE_SECONDARY);
    CU_ASSERT_PTR_NULL(e->superseded_by);
    rows += e->milestone_count;
    for (uint32_t i = 0; i < e->milestone_count; i++) {
      CU_ASSERT_EQUAL(e->milestones[i].source_kind, COCOMM_SOURCE_SECONDARY);
      CU_ASSERT_STRING_EQUAL(e->milestones[i].edition, e->key);
      CU_ASSERT(e->milestones[i].source[0] != '\0');
    }
  }
  CU_ASSERT_EQUAL(rows, sizeof cycles / sizeof cycles[0]);
  for (size_t i = 0; i < sizeof cycles / sizeof cycles[0]; i++) {
    const cocomm_milestone *m = row(cycles[i].edition, cycles[i].id);
    if (m == NULL) continue;
    int ok = m->kind == cycles[i].kind && m->precision == cycles[i].precision &&
             cocomm_date_compare(m->start, cycles[i].start) == 0 && cocomm_date_compare(m->end, cycles[i].end) == 0 &&
             m->has_time == 0 && m->submission == (cycles[i].go_live_fy != 0) && m->go_live_fy == cycles[i].go_live_fy &&
             m->models == (strcmp(cycles[i].edition, "end") == 0 ? COCOMM_MODELS_ALL : COCOMM_MODELS_DELEGATED);
    if (!ok) CU_FAIL(cycles[i].edition);
  }
  /* 2018/19: invited from 2017-11-01, no close: no submission row at all. */
  const cocomm_edition *e1819 = cocomm_edition_find("2018/19");
  for (uint32_t i = 0; i < e1819->milestone_count; i++) CU_ASSERT_EQUAL(e1819->milestones[i].submission, 0);
  CU_ASSERT_EQUAL(cocomm_date_compare(e1819->in_force_from, D(2017, 11, 1)), 0);
  cocomm_submission s;
  cocomm_submission_init(&s);
  ASSERT_STATUS(cocomm_submission_judge(e1819, COCOMM_MODEL_DELEGATED, at("2018-01-01T00:00"), &s), COCOMM_ERR_NOT_FOUND);
  /* The cycles' financial years. */
  static const struct { const char *key; int32_t fy; } fy[] = {
    {"2014-11", 2015}, {"2014-09", 2015}, {"2016/17", 2016}, {"2017/18", 2017}, {"2018/19", 2018}, {"2020/21", 2020}, {"end", 0}};
  for (size_t i = 0; i < sizeof fy / sizeof fy[0]; i++) CU_ASSERT_EQUAL(cocomm_edition_find(fy[i].key)->cycle_fy, fy[i].fy);
  /* Every built-in edition and cycle is well-formed. */
  for (uint32_t k = 0; k < cocomm_edition_count(); k++) ASSERT_STATUS(cocomm_edition_check(cocomm_edition_at(k), NULL), COCOMM_OK);
}

/* T-19 and the editions' lives: each row carries its edition, in-force
 * dates and whether its source is primary (the seeds) or secondary. */
static void T19_rows_carry_their_life(void) {
  const cocomm_milestone *t19 = row("2014-09", "T-19");
  CU_ASSERT_STRING_EQUAL(t19->edition, "2014-09");
  CU_ASSERT_EQUAL(cocomm_date_compare(t19->in_force_from, D(2014, 9, 1)), 0);
  CU_ASSERT_EQUAL(cocomm_date_compare(t19->in_force_to, D(2014, 11, 9)), 0);
  CU_ASSERT_EQUAL(t19->source_kind, COCOMM_SOURCE_PRIMARY);
  const cocomm_milestone *t11 = row("2014-11", "T-11");
  CU_ASSERT_STRING_EQUAL(t11->edition, "2014-11");
  CU_ASSERT_EQUAL(cocomm_date_compare(t11->in_force_from, D(2014, 11, 10)), 0);
  CU_ASSERT_EQUAL(cocomm_date_compare(t11->in_force_to, D(2022, 6, 30)), 0);
  CU_ASSERT_EQUAL(t11->source_kind, COCOMM_SOURCE_PRIMARY);
  const cocomm_edition *sep = cocomm_edition_find("2014-09");
  CU_ASSERT_STRING_EQUAL(sep->superseded_by, "2014-11");
  CU_ASSERT_EQUAL(sep->source_kind, COCOMM_SOURCE_PRIMARY);
  CU_ASSERT_EQUAL(cocomm_edition_default()->source_kind, COCOMM_SOURCE_PRIMARY);
  CU_ASSERT_PTR_NULL(cocomm_edition_default()->superseded_by);
  /* A caller's edition built at the 2.0 size keeps working: the 2.1 fields are not read. */
  cocomm_edition e = *sep;
  e.struct_size = COCOMM_EDITION_SIZE_V1;
  e.source_kind = 99;
  ASSERT_STATUS(cocomm_edition_check(&e, NULL), COCOMM_OK);
  e.struct_size = sizeof e;
  ASSERT_STATUS(cocomm_edition_check(&e, NULL), COCOMM_ERR_OUT_OF_RANGE);
  e.source_kind = COCOMM_SOURCE_PRIMARY;
  e.in_force_to = D(2014, 8, 1); /* before in_force_from */
  ASSERT_STATUS(cocomm_edition_check(&e, NULL), COCOMM_ERR_OUT_OF_RANGE);
  cocomm_milestone m = *t19;
  cocomm_error err = COCOMM_ERROR_INIT;
  e = *sep;
  e.milestones = &m;
  e.milestone_count = 1;
  m.source_kind = 3;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_ERROR(&err, COCOMM_ERR_OUT_OF_RANGE, 0, COCOMM_FIELD_RANGE);
  m.struct_size = COCOMM_MILESTONE_SIZE_V1; /* a 2.0 caller's row: not read */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  m.struct_size = sizeof m;
  m.source_kind = COCOMM_SOURCE_SECONDARY;
  m.in_force_from = D(2015, 2, 29);
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  m.in_force_from = D(2015, 2, 1);
  m.in_force_to = D(2015, 1, 1); /* to before from */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  m.in_force_to = D(2015, 2, 30);
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  m.in_force_to = D(0, 0, 0); /* not ended */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  m.edition = "\xE2\x82";
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, 0, COCOMM_FIELD_KEY);
  m.edition = NULL; /* the edition that holds it */
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  e.milestone_size = COCOMM_MILESTONE_SIZE_V1; /* a 2.0 stride: the 2.1 fields are not read */
  m.source_kind = 9;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  e.milestone_size = sizeof m;
  m.source_kind = 0;
  e.cycle_fy = 9999;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  e.cycle_fy = -1;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  e.cycle_fy = 2015;
  e.in_force_from = D(2015, 2, 29);
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_OUT_OF_RANGE);
  e.in_force_from = D(0, 0, 0);
  e.superseded_by = "\xE2\x82";
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_KEY);
  e.superseded_by = NULL;
  ASSERT_STATUS(cocomm_edition_check(&e, &err), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(cocomm_source_kind_name(COCOMM_SOURCE_SECONDARY), "secondary");
  CU_ASSERT_STRING_EQUAL(cocomm_source_kind_name(COCOMM_SOURCE_PRIMARY), "primary");
  CU_ASSERT_STRING_EQUAL(cocomm_source_kind_name(COCOMM_SOURCE_UNSTATED), "unstated");
  CU_ASSERT_STRING_EQUAL(cocomm_source_kind_name(7), "unknown");
}

static int32_t cycle(int32_t model, const char *when, cocomm_submission *s) {
  cocomm_submission_init(s);
  return cocomm_timeline_judge_cycle(model, at(when), s);
}

/* The end (RULES.md, later national cycles): 2022-06-30 23:59:59 UK time
 * (BST) is before it, 2022-07-01 00:00:00 after. After it nothing is
 * answered from the CCG-era rules. */
static void M1_the_end_of_ccgs_2022_07_01(void) {
  CU_ASSERT_EQUAL(cocomm_timeline_end(), at("2022-07-01T00:00:00"));
  CU_ASSERT_EQUAL(cocomm_timeline_end(), at("2022-06-30T23:00:00Z"));
  cocomm_submission s;
  ASSERT_STATUS(cycle(COCOMM_MODEL_DELEGATED, "2022-06-30T23:59:59", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_NO_KNOWN_CLOSE);
  ASSERT_STATUS(cycle(COCOMM_MODEL_DELEGATED, "2022-07-01T00:00:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_AFTER_END);
  CU_ASSERT_STRING_EQUAL(s.edition, "end");
  CU_ASSERT_STRING_EQUAL(s.rule, "M-1");
  CU_ASSERT_EQUAL(s.on_time, 0);
  CU_ASSERT_PTR_NULL(s.deadline_id);
  CU_ASSERT_EQUAL(s.go_live_fy, 0);
  CU_ASSERT_EQUAL(s.source_kind, COCOMM_SOURCE_SECONDARY);
  CU_ASSERT_EQUAL(s.deadline, cocomm_timeline_end());
  ASSERT_STATUS(cycle(COCOMM_MODEL_JOINT, "2030-01-01T00:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_AFTER_END);
  ASSERT_STATUS(cycle(COCOMM_MODEL_GREATER_INVOLVEMENT, "2022-07-01T00:00:00", &s), COCOMM_OK);
  CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_AFTER_END);
  /* No rule is in force from that day. */
  uint32_t n = 99;
  ASSERT_STATUS(cocomm_rules_in_force(D(2022, 7, 1), NULL, 0, &n), COCOMM_OK);
  CU_ASSERT_EQUAL(n, 0);
  ASSERT_STATUS(cocomm_rules_in_force(D(2022, 6, 30), NULL, 0, &n), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT(n > 0);
  CU_ASSERT_STRING_EQUAL(cocomm_cycle_verdict_name(COCOMM_CYCLE_AFTER_END), "after the end of CCGs");
  CU_ASSERT_STRING_EQUAL(cocomm_cycle_verdict_name(COCOMM_CYCLE_NO_KNOWN_CLOSE), "no known close");
  CU_ASSERT_STRING_EQUAL(cocomm_cycle_verdict_name(COCOMM_CYCLE_JUDGED), "judged");
  CU_ASSERT_STRING_EQUAL(cocomm_cycle_verdict_name(-1), "unknown");
}

/* T-30 as at: a submission is judged against the first cycle whose known
 * close it meets; one from each year 2015 to 2022. */
static void T30_as_at_each_year_2015_to_2022(void) {
  static const struct {
    int32_t model;
    const char *when, *edition;
    int32_t verdict, go_live_fy;
    const char *unknown_close;
  } cases[] = {
    {COCOMM_MODEL_DELEGATED, "2014-10-01T09:00", "2014-11", COCOMM_CYCLE_JUDGED, 2015, NULL},
    {COCOMM_MODEL_DELEGATED, "2015-01-09T12:00", "2014-11", COCOMM_CYCLE_JUDGED, 2015, NULL},
    {COCOMM_MODEL_DELEGATED, "2015-06-01T10:00", "2016/17", COCOMM_CYCLE_JUDGED, 2016, NULL},
    {COCOMM_MODEL_DELEGATED, "2016-06-01T10:00", "2017/18", COCOMM_CYCLE_JUDGED, 2017, NULL},
    {COCOMM_MODEL_DELEGATED, "2017-06-01T10:00", "2020/21", COCOMM_CYCLE_JUDGED, 2020, "2018/19"},
    {COCOMM_MODEL_DELEGATED, "2018-06-01T10:00", "2020/21", COCOMM_CYCLE_JUDGED, 2020, "2018/19"},
    {COCOMM_MODEL_DELEGATED, "2019-06-01T10:00", "2020/21", COCOMM_CYCLE_JUDGED, 2020, "2018/19"},
    {COCOMM_MODEL_DELEGATED, "2020-06-01T10:00", NULL, COCOMM_CYCLE_NO_KNOWN_CLOSE, 0, NULL},
    {COCOMM_MODEL_DELEGATED, "2021-06-01T10:00", NULL, COCOMM_CYCLE_NO_KNOWN_CLOSE, 0, NULL},
    {COCOMM_MODEL_DELEGATED, "2022-06-01T10:00", NULL, COCOMM_CYCLE_NO_KNOWN_CLOSE, 0, NULL},
    {COCOMM_MODEL_DELEGATED, "2022-08-01T10:00", "end", COCOMM_CYCLE_AFTER_END, 0, NULL},
    /* joint needed no national application after 2015/16 (T-31) */
    {COCOMM_MODEL_JOINT, "2015-01-30T23:59:59", "2014-11", COCOMM_CYCLE_JUDGED, 2015, NULL},
    {COCOMM_MODEL_JOINT, "2015-01-31T00:00:00", NULL, COCOMM_CYCLE_NO_KNOWN_CLOSE, 0, NULL},
    {COCOMM_MODEL_JOINT, "2018-03-01T00:00:00", NULL, COCOMM_CYCLE_NO_KNOWN_CLOSE, 0, NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    cocomm_submission s;
    ASSERT_STATUS(cycle(cases[i].model, cases[i].when, &s), COCOMM_OK);
    int ok = s.verdict == cases[i].verdict && s.go_live_fy == cases[i].go_live_fy &&
             (cases[i].edition ? s.edition && strcmp(s.edition, cases[i].edition) == 0 : s.edition == NULL) &&
             (cases[i].unknown_close ? s.unknown_close && strcmp(s.unknown_close, cases[i].unknown_close) == 0
                                     : s.unknown_close == NULL) &&
             (s.verdict != COCOMM_CYCLE_JUDGED || (s.on_time == 1 && s.late_by == 0)) &&
             (s.verdict != COCOMM_CYCLE_NO_KNOWN_CLOSE || (s.on_time == 0 && s.deadline_id == NULL));
    if (!ok) CU_FAIL(cases[i].when);
  }
  cocomm_submission s;
  ASSERT_STATUS(cycle(COCOMM_MODEL_DELEGATED, "2015-06-01T10:00", &s), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(s.rule, "T-30");
  CU_ASSERT_STRING_EQUAL(s.deadline_id, "T-11");
  CU_ASSERT_EQUAL(s.deadline, at("2015-11-06T23:59:59"));
  CU_ASSERT_EQUAL(cocomm_date_compare(s.go_live, D(2016, 4, 1)), 0);
  CU_ASSERT_EQUAL(s.source_kind, COCOMM_SOURCE_SECONDARY);
  ASSERT_STATUS(cycle(COCOMM_MODEL_JOINT, "2016-01-01T00:00", &s), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(s.rule, "T-31");
  CU_ASSERT_EQUAL(s.consequence, COCOMM_LATE_QUARTERLY_ASSURANCE);
  /* Greater involvement needs no proposal; bad arguments. */
  ASSERT_STATUS(cycle(COCOMM_MODEL_GREATER_INVOLVEMENT, "2016-01-01T00:00", &s), COCOMM_ERR_NOT_FOUND);
  ASSERT_STATUS(cycle(COCOMM_MODEL_NONE, "2016-01-01T00:00", &s), COCOMM_ERR_NOT_FOUND);
  ASSERT_STATUS(cocomm_timeline_judge_cycle(9, 0, &s), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_timeline_judge_cycle(COCOMM_MODEL_JOINT, 0, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_timeline_judge_cycle(COCOMM_MODEL_JOINT, COCOMM_INSTANT_MAX + 1, &s), COCOMM_ERR_OUT_OF_RANGE);
  s.struct_size = COCOMM_SUBMISSION_SIZE_V1; /* the verdict would not fit */
  ASSERT_STATUS(cocomm_timeline_judge_cycle(COCOMM_MODEL_JOINT, 0, &s), COCOMM_ERR_STRUCT_SIZE);
  /* cocomm_submission_judge names the edition it judged against. */
  ASSERT_STATUS(submit("2014-09", COCOMM_MODEL_DELEGATED, "2015-01-05T10:00", &s), COCOMM_OK);
  CU_ASSERT_STRING_EQUAL(s.edition, "2014-09");
  CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_JUDGED);
  CU_ASSERT_EQUAL(s.source_kind, COCOMM_SOURCE_PRIMARY);
}

/* T-30, T-31, T-34: one second before, at and after every known close, UK
 * time, judged against its own edition and as at. */
static void T30_T31_T34_every_known_close_to_the_second(void) {
  static const struct {
    const char *edition;
    int32_t model;
    const char *close, *before, *after, *next; /* next: the cycle that judges "after", or NULL */
  } closes[] = {
    {"2014-11", COCOMM_MODEL_DELEGATED, "2015-01-09T12:00:00", "2015-01-09T11:59:59", "2015-01-09T12:00:01", "2016/17"},
    {"2014-11", COCOMM_MODEL_JOINT, "2015-01-30T23:59:59", "2015-01-30T23:59:58", "2015-01-31T00:00:00", NULL},
    {"2016/17", COCOMM_MODEL_DELEGATED, "2015-11-06T23:59:59", "2015-11-06T23:59:58", "2015-11-07T00:00:00", "2017/18"},
    {"2017/18", COCOMM_MODEL_DELEGATED, "2016-12-05T23:59:59", "2016-12-05T23:59:58", "2016-12-06T00:00:00", "2020/21"},
    {"2020/21", COCOMM_MODEL_DELEGATED, "2019-11-01T23:59:59", "2019-11-01T23:59:58", "2019-11-02T00:00:00", NULL},
    {"2014-09", COCOMM_MODEL_DELEGATED, "2015-01-05T23:59:59", "2015-01-05T23:59:58", "2015-01-06T00:00:00", NULL},
    {"2014-09", COCOMM_MODEL_JOINT, "2015-01-30T23:59:59", "2015-01-30T23:59:58", "2015-01-31T00:00:00", NULL},
  };
  for (size_t i = 0; i < sizeof closes / sizeof closes[0]; i++) {
    const char *w[3] = {closes[i].before, closes[i].close, closes[i].after};
    for (int k = 0; k < 3; k++) {
      cocomm_submission s;
      ASSERT_STATUS(submit(closes[i].edition, closes[i].model, w[k], &s), COCOMM_OK);
      if (s.on_time != (k < 2) || s.late_by != (k < 2 ? 0 : 1) || s.deadline != at(closes[i].close))
        CU_FAIL(w[k]);
    }
    if (strcmp(closes[i].edition, "2014-09") == 0) continue; /* superseded: not a cycle of its own */
    cocomm_submission s;
    for (int k = 0; k < 2; k++) {
      ASSERT_STATUS(cycle(closes[i].model, w[k], &s), COCOMM_OK);
      if (s.verdict != COCOMM_CYCLE_JUDGED || strcmp(s.edition, closes[i].edition) != 0 || !s.on_time) CU_FAIL(w[k]);
    }
    ASSERT_STATUS(cycle(closes[i].model, closes[i].after, &s), COCOMM_OK);
    if (closes[i].next) {
      CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_JUDGED);
      CU_ASSERT_STRING_EQUAL(s.edition, closes[i].next);
    } else {
      CU_ASSERT_EQUAL(s.verdict, COCOMM_CYCLE_NO_KNOWN_CLOSE);
    }
  }
  /* The UK-time code: 2016-12-05 23:59:59 is GMT; the end is BST. */
  CU_ASSERT_EQUAL(at("2016-12-05T23:59:59"), at("2016-12-05T23:59:59Z"));
  CU_ASSERT_EQUAL(at("2022-06-30T23:59:59"), at("2022-06-30T22:59:59Z"));
}

static uint32_t diff(const char *a, const char *b, cocomm_difference *out, uint32_t cap) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < cap; i++) cocomm_difference_init(&out[i]);
  ASSERT_STATUS(cocomm_edition_diff(cocomm_edition_find(a), cocomm_edition_find(b), out, sizeof *out, cap, &n),
                n > cap ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK);
  return n;
}

/* What changed from 2014-09 to 2014-11, in full: the delegated deadline
 * (T-11) moves from 2015-01-05 to 12:00 on 2015-01-09, T-19 leaves, and the
 * constitution amendment deadline is extended (T-4's original deadline of
 * 2014-11-01 "since extended", and T-35). T-13 and T-18 are the same in
 * both and are not listed. */
static void T11_T19_T35_diff_2014_09_to_2014_11(void) {
  static const struct {
    int32_t change, item;
    const char *id;
  } want[] = {
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-1"},   {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-2"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-3"},   {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-4"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-7"},   {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-9"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-5"},   {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-6"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-8"},   {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-10"},
    {COCOMM_CHANGE_CHANGED, COCOMM_ITEM_MILESTONE, "T-11"}, {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-12"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-12"},  {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-14"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-15"},  {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-16"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-17"},  {COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, "T-20"},
    {COCOMM_CHANGE_REMOVED, COCOMM_ITEM_MILESTONE, "T-19"}, {COCOMM_CHANGE_REMOVED, COCOMM_ITEM_RULE, "T-19"},
    {COCOMM_CHANGE_ADDED, COCOMM_ITEM_RULE, "T-30"},       {COCOMM_CHANGE_ADDED, COCOMM_ITEM_RULE, "T-35"},
  };
  cocomm_difference d[40];
  uint32_t n = diff("2014-09", "2014-11", d, 40);
  CU_ASSERT_EQUAL_FATAL(n, sizeof want / sizeof want[0]);
  for (uint32_t i = 0; i < n; i++) {
    int ok = d[i].change == want[i].change && d[i].item == want[i].item && strcmp(d[i].id, want[i].id) == 0 &&
             (d[i].item == COCOMM_ITEM_MILESTONE
                  ? (d[i].old_milestone != NULL) == (d[i].change != COCOMM_CHANGE_ADDED) &&
                        (d[i].new_milestone != NULL) == (d[i].change != COCOMM_CHANGE_REMOVED) && d[i].old_rule == NULL &&
                        d[i].new_rule == NULL
                  : d[i].old_milestone == NULL && d[i].new_milestone == NULL &&
                        (d[i].old_rule != NULL) == (d[i].change == COCOMM_CHANGE_REMOVED) &&
                        (d[i].new_rule != NULL) == (d[i].change == COCOMM_CHANGE_ADDED));
    if (!ok) CU_FAIL(want[i].id);
  }
  /* T-11 side by side: 2015-01-05 (000) and 12:00 on 2015-01-09 (002). */
  const cocomm_difference *t11 = &d[10];
  CU_ASSERT_EQUAL(cocomm_date_compare(t11->old_milestone->end, D(2015, 1, 5)), 0);
  CU_ASSERT_EQUAL(t11->old_milestone->has_time, 0);
  CU_ASSERT_STRING_EQUAL(t11->old_milestone->source, "000");
  CU_ASSERT_EQUAL(cocomm_date_compare(t11->new_milestone->end, D(2015, 1, 9)), 0);
  CU_ASSERT_EQUAL(t11->new_milestone->minute_of_day, 720);
  CU_ASSERT_STRING_EQUAL(t11->new_milestone->source, "002 §7.1.2, §7.1.3, §7.4.1");
  /* the constitution deadline extension */
  CU_ASSERT_STRING_EQUAL(d[3].new_milestone->note, "extended to T-11 and T-13");
  CU_ASSERT_STRING_EQUAL(d[21].new_rule->source, "002 §7.1.3");
  CU_ASSERT_STRING_EQUAL(d[19].old_rule->edition, "2014-09");
  /* and back: the same differences, the other way round */
  cocomm_difference back[40];
  CU_ASSERT_EQUAL(diff("2014-11", "2014-09", back, 40), n);
  CU_ASSERT_EQUAL(back[0].change, COCOMM_CHANGE_CHANGED); /* T-11 first in 2014-09's timeline */
  CU_ASSERT_STRING_EQUAL(back[0].id, "T-11");
  /* an edition against itself: nothing */
  CU_ASSERT_EQUAL(diff("2014-11", "2014-11", back, 40), 0);
  CU_ASSERT_STRING_EQUAL(cocomm_change_name(COCOMM_CHANGE_CHANGED), "changed");
  CU_ASSERT_STRING_EQUAL(cocomm_change_name(0), "unknown");
}

/* T-11 across cycles: 2016/17 -> 2017/18 moves the close and the go-live;
 * snprintf-style counts; bad arguments. */
static void T11_diff_between_cycles(void) {
  cocomm_difference d[8];
  uint32_t n = diff("2016/17", "2017/18", d, 8);
  CU_ASSERT_EQUAL_FATAL(n, 2);
  CU_ASSERT_EQUAL(d[0].change, COCOMM_CHANGE_CHANGED);
  CU_ASSERT_STRING_EQUAL(d[0].id, "T-11");
  CU_ASSERT_EQUAL(d[0].old_milestone->go_live_fy, 2016);
  CU_ASSERT_EQUAL(d[0].new_milestone->go_live_fy, 2017);
  CU_ASSERT_STRING_EQUAL(d[1].id, "T-18");
  uint32_t count = 0;
  ASSERT_STATUS(cocomm_edition_diff(cocomm_edition_find("2016/17"), cocomm_edition_find("2017/18"), NULL,
                                    sizeof d[0], 0, &count), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(count, 2);
  cocomm_difference one[1];
  CU_ASSERT_EQUAL(diff("2014-09", "2014-11", one, 1), 22);
  CU_ASSERT_STRING_EQUAL(one[0].id, "T-1");
  const cocomm_edition *a = cocomm_edition_default();
  ASSERT_STATUS(cocomm_edition_diff(a, a, d, sizeof d[0], 8, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_edition_diff(a, NULL, d, sizeof d[0], 8, &count), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_edition_diff(a, a, NULL, sizeof d[0], 8, &count), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_edition_diff(a, a, d, 8, 8, &count), COCOMM_ERR_STRUCT_SIZE);
  d[0].struct_size = 4;
  ASSERT_STATUS(cocomm_edition_diff(a, a, d, sizeof d[0], 8, &count), COCOMM_ERR_STRUCT_SIZE);
  d[0].struct_size = sizeof d[0] + 8; /* more than the element holds */
  ASSERT_STATUS(cocomm_edition_diff(a, a, d, sizeof d[0], 8, &count), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_STATUS(cocomm_edition_diff(a, a, d, sizeof d[0] + 4, 8, &count), COCOMM_ERR_STRUCT_SIZE); /* misaligned */
  ASSERT_STATUS(cocomm_edition_diff(NULL, a, d, sizeof d[0], 8, &count), COCOMM_ERR_INVALID_ARGUMENT);
  /* A caller's element larger than the library's: guard bytes past it untouched. */
  struct wide {
    cocomm_difference d;
    unsigned char guard[8];
  } w[3];
  memset(w, 0xA5, sizeof w);
  for (int i = 0; i < 3; i++) cocomm_difference_init(&w[i].d);
  ASSERT_STATUS(cocomm_edition_diff(cocomm_edition_find("2016/17"), cocomm_edition_find("2020/21"), &w[0].d,
                                    sizeof w[0], 3, &count), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT_EQUAL(count, 4); /* T-11 and T-18 changed, T-12 and T-17 added */
  CU_ASSERT_STRING_EQUAL(w[2].d.id, "T-17");
  for (int i = 0; i < 3; i++) CU_ASSERT(w[i].guard[0] == 0xA5 && w[i].guard[7] == 0xA5);
  CU_ASSERT_EQUAL(cocomm_difference_size(), sizeof(cocomm_difference));
}

/* Reference counts (RULES.md, later national cycles): 63 (or 64)
 * delegated and 87 joint in 2015/16, 114 in 2016/17, 174 in 2018/19. */
static void T18_reference_figures(void) {
  CU_ASSERT_EQUAL_FATAL(cocomm_figure_count(), 4);
  const cocomm_figure *f = cocomm_figure_at(0);
  CU_ASSERT_STRING_EQUAL(f->cycle, "2015/16");
  CU_ASSERT_EQUAL(f->model, COCOMM_MODEL_DELEGATED);
  CU_ASSERT_EQUAL(f->count, 63);
  CU_ASSERT_EQUAL(f->count_alt, 64);
  CU_ASSERT_EQUAL(cocomm_figure_at(1)->count, 87);
  CU_ASSERT_EQUAL(cocomm_figure_at(1)->model, COCOMM_MODEL_JOINT);
  CU_ASSERT_EQUAL(cocomm_figure_at(2)->count, 114);
  CU_ASSERT_STRING_EQUAL(cocomm_figure_at(2)->cycle, "2016/17");
  CU_ASSERT_EQUAL(cocomm_figure_at(3)->count, 174);
  CU_ASSERT_STRING_EQUAL(cocomm_figure_at(3)->cycle, "2018/19");
  for (uint32_t i = 0; i < cocomm_figure_count(); i++) {
    CU_ASSERT_EQUAL(cocomm_figure_at(i)->source_kind, COCOMM_SOURCE_SECONDARY);
    CU_ASSERT(cocomm_figure_at(i)->source[0] != '\0');
  }
  CU_ASSERT_PTR_NULL(cocomm_figure_at(4));
  CU_ASSERT_EQUAL(cocomm_figure_size(), sizeof(cocomm_figure));
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
  RULE_TEST("T-11 T-12", milestone_dates_in_words),
  RULE_TEST("T-11 T-12 T-17 T-18 T-1", T11_T18_every_national_cycle),
  RULE_TEST("T-19 T-11", T19_rows_carry_their_life),
  RULE_TEST("M-1", M1_the_end_of_ccgs_2022_07_01),
  RULE_TEST("T-30 T-31", T30_as_at_each_year_2015_to_2022),
  RULE_TEST("T-30 T-31 T-34", T30_T31_T34_every_known_close_to_the_second),
  RULE_TEST("T-11 T-19 T-35 T-4", T11_T19_T35_diff_2014_09_to_2014_11),
  RULE_TEST("T-11", T11_diff_between_cycles),
  RULE_TEST("T-18", T18_reference_figures),
};
RUN_TESTS("timeline", cases)
