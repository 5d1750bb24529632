/* SPDX-License-Identifier: MIT */
#include <cocomm/timeline.h>
#include <cocomm/model.h>
#include <cocomm/status.h>

#include <stdio.h>
#include <string.h>

#include <cocomm/error.h>

#include "internal.h"
#include "timeline_internal.h"

#define ALL COCOMM_MODELS_ALL
#define JOINT COCOMM_MODELS_JOINT
#define DELEG COCOMM_MODELS_DELEGATED
#define JD (COCOMM_MODELS_JOINT | COCOMM_MODELS_DELEGATED)

#define DATE(y, m, d) {y, m, d}
/* A milestone row: kind, id, label, models, precision, first and last day,
 * time of day (minutes, -1 for none), submission go-live year (0 if not a
 * submission deadline), source, note. */
#define MS(kind, id, label, models, precision, start, end, minute, go_live_fy, source, note, ...)   \
  {sizeof(cocomm_milestone), COCOMM_MILESTONE_##kind, id, label, models,                           \
   COCOMM_PRECISION_##precision, start, end, (minute) >= 0, (minute) >= 0 ? (minute) : 0,         \
   (go_live_fy) != 0, go_live_fy, source, note, __VA_ARGS__, 0}

/* A row's life (2.1): the edition or cycle it belongs to, the first and
 * last day the policy stated it, and whether its source is one of the
 * seeds (primary) or a later report (secondary). NODATE: not stated. */
#define NODATE {0, 0, 0}
#define END_OF_CCGS COCOMM__CCGS_LAST_DAY /* the last day: CCGs were abolished the next */
/* 2014-11: published 2014-11-10, stood until CCGs were abolished. */
#define L1411 "2014-11", DATE(2014, 11, 10), END_OF_CCGS, COCOMM_SOURCE_PRIMARY
/* 2014-09: published at the end of September 2014 (month precision: the
 * month's first day, as `published` has it), superseded on 2014-11-10. */
#define L1409 "2014-09", DATE(2014, 9, 1), DATE(2014, 11, 9), COCOMM_SOURCE_PRIMARY
/* A later national cycle (RULES.md, "Later national cycles"): secondary;
 * the day its invitation was published is stated only where known. */
#define LCYCLE(key, from) key, from, END_OF_CCGS, COCOMM_SOURCE_SECONDARY

/* Edition 2014-11: "Next steps towards primary care co-commissioning"
 * (002), with the earlier dates 002 leaves standing (001, 000). */
static const cocomm_milestone next_steps[] = {
  MS(EVENT, "T-1", "expressions of interest invited", ALL, DAY, DATE(2014, 5, 1), DATE(2014, 5, 1),
     -1, 0, "001", "announced on 1 May 2014; the letter followed the next week", L1411),
  MS(DEADLINE, "T-2", "expressions of interest due", ALL, DAY, DATE(2014, 6, 20), DATE(2014, 6, 20),
     -1, 0, "001", "", L1411),
  MS(EVENT, "T-3", "legislative reform order in force: CCGs may form joint committees with NHS England",
     JOINT, DAY, DATE(2014, 10, 1), DATE(2014, 10, 1), -1, 0, "000, 002 §4.3.2", "", L1411),
  MS(DEADLINE, "T-4", "original constitution amendment deadline (since extended)", JD, DAY,
     DATE(2014, 11, 1), DATE(2014, 11, 1), -1, 0, "002 §7.1.3", "extended to T-11 and T-13", L1411),
  MS(EVENT, "T-5", "\"Next steps\" published", ALL, DAY, DATE(2014, 11, 10), DATE(2014, 11, 10), -1,
     0, "002", "", L1411),
  MS(WINDOW, "T-6", "implementation roadshows", ALL, DAY_SPAN, DATE(2014, 11, 19), DATE(2014, 12, 2),
     -1, 0, "002 §10.1", "", L1411),
  MS(DEADLINE, "T-7", "baseline expenditure analysis to CCGs", ALL, MONTH, DATE(2014, 11, 1),
     DATE(2014, 11, 30), -1, 0, "002 §5.2.1", "by the end of November 2014", L1411),
  MS(EVENT, "T-8", "conflicts-of-interest statutory guidance; NHS England board allocation "
     "decisions; 2015/16 planning guidance", ALL, MONTH, DATE(2014, 12, 1), DATE(2014, 12, 31), -1, 0,
     "002 §5.2.1, §6.2, §7.4.2", "", L1411),
  MS(WINDOW, "T-9", "CCGs and area teams develop proposals", JD, MONTH_SPAN, DATE(2014, 11, 1),
     DATE(2015, 1, 31), -1, 0, "002 §7.3.3, §7.4.4", "", L1411),
  MS(EVENT, "T-10", "CCGs indicate their preferred arrangement", ALL, MONTH, DATE(2015, 1, 1),
     DATE(2015, 1, 31), -1, 0, "002 §7.1.2", "", L1411),
  MS(DEADLINE, "T-11", "delegated proforma (annex B) and constitution amendment due; also every "
     "constitution amendment not solely about joint commissioning", DELEG, EXACT, DATE(2015, 1, 9),
     DATE(2015, 1, 9), 12 * 60, 2015, "002 §7.1.2, §7.1.3, §7.4.1", "12 noon", L1411),
  /* T-12: the sources disagree; both are kept, each with its citation. */
  MS(EVENT, "T-12", "regional moderation panels for delegated proposals", DELEG, MID_MONTH,
     DATE(2015, 1, 11), DATE(2015, 1, 20), -1, 0, "002 §7.4.2",
     "the summary table in 002 §7.4.4 says February 2015", L1411),
  MS(EVENT, "T-12", "regional moderation panels for delegated proposals", DELEG, MONTH,
     DATE(2015, 2, 1), DATE(2015, 2, 28), -1, 0, "002 §7.4.4", "002 §7.4.2 says mid-January 2015", L1411),
  MS(DEADLINE, "T-13", "joint proforma (annex A) and joint-only constitution amendment due", JOINT,
     DAY, DATE(2015, 1, 30), DATE(2015, 1, 30), -1, 2015, "002 §7.1.2, §7.1.3, §7.3.1", "", L1411),
  MS(EVENT, "T-14", "regional moderation panels for joint proposals", JOINT, EARLY_MONTH,
     DATE(2015, 2, 1), DATE(2015, 2, 10), -1, 0, "002 §7.3.2", "", L1411),
  MS(EVENT, "T-15", "Commissioning Committee sign-off of delegated proposals", DELEG, MONTH,
     DATE(2015, 2, 1), DATE(2015, 2, 28), -1, 0, "002 §7.4.2, §7.4.4", "", L1411),
  MS(WINDOW, "T-16", "joint: panel recommendations, constitution outcomes, support to develop "
     "proposals", JOINT, MONTH_SPAN, DATE(2015, 2, 1), DATE(2015, 3, 31), -1, 0, "002 §7.3.3", "", L1411),
  MS(EVENT, "T-17", "delegated: budget transfer arranged; constitution outcomes", DELEG, MONTH,
     DATE(2015, 3, 1), DATE(2015, 3, 31), -1, 0, "002 §7.4.4", "", L1411),
  MS(EVENT, "T-18", "arrangements take effect; delegated funds transferred", JD, DAY,
     DATE(2015, 4, 1), DATE(2015, 4, 1), -1, 0, "002 §7.3.2, §7.4.3", "", L1411),
  /* No T-19 here: 2015-06-01 is the September slides' date (edition
   * 2014-09); 002 leaves the 2016/17 timetable to "due course". */
  MS(DEADLINE, "T-20", "MPIG phased out", ALL, MONTH, DATE(2020, 4, 1), DATE(2020, 4, 30), -1, 0,
     "002 §5.2.3", "by April 2020", L1411),
};

/* Edition 2014-09: the September 2014 slides (000), superseded by 2014-11
 * for delegated submissions; kept so that a caller can show what changed. */
static const cocomm_milestone slides[] = {
  MS(DEADLINE, "T-11", "delegated proposals due", DELEG, DAY, DATE(2015, 1, 5), DATE(2015, 1, 5), -1,
     2015, "000", "superseded by 12 noon on 9 January 2015 (edition 2014-11)", L1409),
  MS(DEADLINE, "T-13", "joint proposals due", JOINT, DAY, DATE(2015, 1, 30), DATE(2015, 1, 30), -1,
     2015, "000", "", L1409),
  MS(EVENT, "T-18", "approved arrangements come into force", JD, DAY, DATE(2015, 4, 1),
     DATE(2015, 4, 1), -1, 0, "000", "", L1409),
  MS(DEADLINE, "T-19", "delegated proposals for 2016/17 in, for the budget to be in 2016/17 "
     "allocations", DELEG, DAY, DATE(2015, 6, 1), DATE(2015, 6, 1), -1, 2016, "000", "", L1409),
};

/* The later national cycles (RULES.md revision 2, "Later national
 * cycles"): secondary sources, each fact with the precision its source
 * gives. The rulebook gives these rows no identifiers of their own; each
 * takes the T identifier of the 2015/16 milestone it corresponds to (T-11
 * the close of delegated applications, T-12 their review, T-17 the
 * agreements, T-18 taking effect, T-1 the invitation), so that a diff
 * between cycles matches them. A cycle whose close is not known has none:
 * 2018/19 is invited from 2017-11-01 and nothing more is invented. */
#define SRC_1617 "Surrey and Sussex LMCs, co-commissioning page"
#define SRC_1718 "NHS England application guidance for 2017/18"
#define SRC_1819 "GP Online, 2017"
#define SRC_2021 "NHS England, \"Apply for delegated commissioning\""
#define SRC_END "Health and Care Act 2022; NHS England delegation pages"

static const cocomm_milestone cycle_2016[] = {
  MS(DEADLINE, "T-11", "delegated applications close (joint needed no national application)", DELEG, DAY,
     DATE(2015, 11, 6), DATE(2015, 11, 6), -1, 2016, SRC_1617, "Friday 6 November 2015",
     LCYCLE("2016/17", NODATE)),
  MS(EVENT, "T-18", "delegated arrangements take effect", DELEG, DAY, DATE(2016, 4, 1), DATE(2016, 4, 1), -1, 0,
     SRC_1617, "", LCYCLE("2016/17", NODATE)),
};

static const cocomm_milestone cycle_2017[] = {
  MS(DEADLINE, "T-11", "delegated applications close", DELEG, DAY, DATE(2016, 12, 5), DATE(2016, 12, 5), -1,
     2017, SRC_1718, "", LCYCLE("2017/18", NODATE)),
  MS(EVENT, "T-18", "delegated arrangements take effect", DELEG, DAY, DATE(2017, 4, 1), DATE(2017, 4, 1), -1, 0,
     SRC_1718, "", LCYCLE("2017/18", NODATE)),
};

static const cocomm_milestone cycle_2018[] = {
  MS(EVENT, "T-1", "delegated applications invited", DELEG, DAY, DATE(2017, 11, 1), DATE(2017, 11, 1), -1, 0,
     SRC_1819, "invited from 1 November 2017; the close is not known and none is invented",
     LCYCLE("2018/19", DATE(2017, 11, 1))),
};

static const cocomm_milestone cycle_2020[] = {
  MS(DEADLINE, "T-11", "delegated applications close", DELEG, DAY, DATE(2019, 11, 1), DATE(2019, 11, 1), -1,
     2020, SRC_2021, "", LCYCLE("2020/21", NODATE)),
  MS(WINDOW, "T-12", "applications reviewed", DELEG, MONTH_SPAN, DATE(2019, 11, 1), DATE(2019, 12, 31), -1, 0,
     SRC_2021, "November to December 2019", LCYCLE("2020/21", NODATE)),
  MS(WINDOW, "T-17", "delegation agreements", DELEG, MONTH_SPAN, DATE(2020, 1, 1), DATE(2020, 3, 31), -1, 0,
     SRC_2021, "January to March 2020", LCYCLE("2020/21", NODATE)),
  MS(EVENT, "T-18", "delegated arrangements take effect", DELEG, DAY, DATE(2020, 4, 1), DATE(2020, 4, 1), -1, 0,
     SRC_2021, "", LCYCLE("2020/21", NODATE)),
};

/* The end: no T row fits, so it cites M-1 (the models, and the CCGs that
 * held them). From this day nothing of the CCG-era policy applies. */
static const cocomm_milestone the_end[] = {
  MS(EVENT, "M-1", "CCGs abolished; integrated care boards take on delegated primary medical services", ALL, DAY,
     COCOMM__CCGS_ABOLISHED, COCOMM__CCGS_ABOLISHED, -1, 0, SRC_END, "Health and Care Act 2022",
     "end", COCOMM__CCGS_ABOLISHED, NODATE, COCOMM_SOURCE_SECONDARY),
};

#define N_OF(a) ((uint32_t)(sizeof a / sizeof a[0]))
#define EDITION(key, title, source, rows, pprec, published, kind, fy, from, to, superseded_by) \
  {sizeof(cocomm_edition), sizeof(cocomm_milestone), key, title, source, rows, N_OF(rows), pprec, \
   published, kind, fy, from, to, superseded_by}

/* Index 0 is the default. Later cycles whose publication the sources do
 * not date have published_precision 0 and published 0 (no day invented). */
static const cocomm_edition editions[] = {
  EDITION("2014-11", "Next steps towards primary care co-commissioning",
          "002 (with 000 and 001 where 002 is silent)", next_steps, COCOMM_PRECISION_DAY,
          INT64_C(1415577600) /* 2014-11-10 */, COCOMM_SOURCE_PRIMARY, 2015, DATE(2014, 11, 10), END_OF_CCGS,
          NULL),
  EDITION("2014-09", "Proposed next steps towards primary care co-commissioning: an overview", "000", slides,
          COCOMM_PRECISION_MONTH, INT64_C(1409529600) /* September 2014: "end of September", no day (000) */,
          COCOMM_SOURCE_PRIMARY, 2015, DATE(2014, 9, 1), DATE(2014, 11, 9), "2014-11"),
  EDITION("2016/17", "National cycle 2016/17: delegated commissioning applications", SRC_1617,
          cycle_2016, 0, 0, COCOMM_SOURCE_SECONDARY, 2016, NODATE, END_OF_CCGS, NULL),
  EDITION("2017/18", "National cycle 2017/18: delegated commissioning applications", SRC_1718,
          cycle_2017, 0, 0, COCOMM_SOURCE_SECONDARY, 2017, NODATE, END_OF_CCGS, NULL),
  EDITION("2018/19", "National cycle 2018/19: delegated commissioning applications (close not known)",
          SRC_1819, cycle_2018, 0, 0, COCOMM_SOURCE_SECONDARY, 2018, DATE(2017, 11, 1),
          END_OF_CCGS, NULL),
  EDITION("2020/21", "National cycle 2020/21: delegated commissioning applications", SRC_2021,
          cycle_2020, 0, 0, COCOMM_SOURCE_SECONDARY, 2020, NODATE, END_OF_CCGS, NULL),
  EDITION("end", "The end of CCGs: integrated care boards", SRC_END, the_end,
          COCOMM_PRECISION_DAY, INT64_C(1656633600) /* 2022-07-01 */, COCOMM_SOURCE_SECONDARY, 0,
          COCOMM__CCGS_ABOLISHED, NODATE, NULL),
};

/* The reference figures (RULES.md revision 2: "Counts for reference (not
 * per CCG)"), secondary. */
static const cocomm_figure figures[] = {
  {"2015/16", COCOMM_MODEL_DELEGATED, 63, 64, COCOMM_SOURCE_SECONDARY, "rulebook revision 2, later national cycles; HSJ",
   "the HSJ also reports 64 approved, one more conditionally"},
  {"2015/16", COCOMM_MODEL_JOINT, 87, 0, COCOMM_SOURCE_SECONDARY, "rulebook revision 2, later national cycles", ""},
  {"2016/17", COCOMM_MODEL_DELEGATED, 114, 0, COCOMM_SOURCE_SECONDARY, "rulebook revision 2, later national cycles",
   ""},
  {"2018/19", COCOMM_MODEL_DELEGATED, 174, 0, COCOMM_SOURCE_SECONDARY, "rulebook revision 2, later national cycles",
   "the rulebook gives \"174 in 2018/19\" after the delegated counts"},
};

/* 2022-07-01 00:00 BST = 2022-06-30T23:00:00Z (test_timeline.c checks it
 * against the date code). */
#define THE_END INT64_C(1656630000)

#define N_EDITIONS ((uint32_t)(sizeof editions / sizeof editions[0]))

/* T-32: the constitution-amendment clock, in days from receipt. */
static const struct {
  int32_t acknowledge_days, decide_days;
  const char *rule;
} constitution_clock = {14, 56, "T-32"};

int cocomm__applies(const cocomm_milestone *m, int32_t model) {
  return model == COCOMM_MODEL_NONE || (m->models & (1u << model));
}

uint32_t cocomm_edition_count(void) { return N_EDITIONS; }
const cocomm_edition *cocomm_edition_at(uint32_t i) { return i < N_EDITIONS ? &editions[i] : NULL; }
const cocomm_edition *cocomm_edition_default(void) { return &editions[0]; }

const cocomm_edition *cocomm_edition_find(const char *key) {
  if (key == NULL) return NULL;
  for (uint32_t i = 0; i < N_EDITIONS; i++)
    if (strcmp(editions[i].key, key) == 0) return &editions[i];
  return NULL;
}

void cocomm_milestone_init(cocomm_milestone *m) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_milestone init = COCOMM_MILESTONE_INIT;
  if (m != NULL) memcpy(m, &init, sizeof init);
}

void cocomm_edition_init(cocomm_edition *e) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_edition init = COCOMM_EDITION_INIT;
  if (e != NULL) memcpy(e, &init, sizeof init);
}

void cocomm_submission_init(cocomm_submission *s) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_submission init = COCOMM_SUBMISSION_INIT;
  if (s != NULL) memcpy(s, &init, sizeof init);
}

/* Read milestone i of an edition, whatever the caller's element size. */
const cocomm_milestone *cocomm__milestone_at(const cocomm_edition *e, uint32_t i) {
  return (const cocomm_milestone *)(const void *)((const unsigned char *)e->milestones +
                                                  (size_t)i * e->milestone_size);
}

static int same_month(cocomm_date a, cocomm_date b) { return a.year == b.year && a.month == b.month; }
static int month_end(cocomm_date d) { return d.day == cocomm_date_days_in_month(d.year, d.month); }

/* The instant a milestone's last day or time falls at: its exact time,
 * else the end of its last day, UK time. */
static int32_t deadline_of(const cocomm_milestone *m, cocomm_instant *out) {
  if (!m->has_time) return cocomm_date_uk_end_of_day(m->end, out);
  cocomm_datetime dt = {m->end, (uint8_t)(m->minute_of_day / 60), (uint8_t)(m->minute_of_day % 60), 0, 0, 0};
  return cocomm_instant_from_uk(&dt, COCOMM_FOLD_EARLIER, out);
}

/* A text of an edition or milestone; NULL only where not required. */
static int32_t check_text_field(const char *s, int required, int32_t index, int32_t field, cocomm_error *e) {
  size_t len;
  if (s == NULL)
    return required ? cocomm__fail(e, COCOMM_ERR_INVALID_ARGUMENT, index, field, "required") : COCOMM_OK;
  int32_t st = cocomm__utf8_check(s, 1024, &len);
  return st == COCOMM_OK ? st : cocomm__fail(e, st, index, field,
                                             "not UTF-8 of at most 1024 bytes with no control character but HT");
}

/* Every milestone check, the edition check's and each exporter's, is this
 * one: what it accepts, every function can compute and write. */
/* A date that is {0, 0, 0} (not stated) or a real one. */
static int date_unset(cocomm_date d) { return d.year == 0 && d.month == 0 && d.day == 0; }
static int life_ok(cocomm_date from, cocomm_date to, int32_t source_kind) {
  if (!date_unset(from) && cocomm_date_check(from) != COCOMM_OK) return 0;
  if (!date_unset(to) && cocomm_date_check(to) != COCOMM_OK) return 0;
  if (!date_unset(from) && !date_unset(to) && cocomm_date_compare(from, to) > 0) return 0;
  return source_kind >= COCOMM_SOURCE_UNSTATED && source_kind <= COCOMM_SOURCE_SECONDARY;
}

/* 1 if milestone m, held at element size stride, has the 2.1 fields. */
int cocomm__milestone_v2(const cocomm_milestone *m, uint32_t stride) {
  return m->struct_size >= COCOMM_MILESTONE_SIZE_V2 && stride >= COCOMM_MILESTONE_SIZE_V2;
}

static int32_t check_milestone(const cocomm_milestone *m, int32_t i, uint32_t stride, cocomm_instant *deadline,
                               cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT, range = COCOMM_ERR_OUT_OF_RANGE;
  int32_t st;
  if (m->struct_size < COCOMM_MILESTONE_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, i, COCOMM_FIELD_STRUCT_SIZE,
                        "a milestone's struct_size is below the first layout");
  if ((st = check_text_field(m->id, 1, i, COCOMM_FIELD_ID, e)) != COCOMM_OK ||
      (st = check_text_field(m->label, 1, i, COCOMM_FIELD_LABEL, e)) != COCOMM_OK ||
      (st = check_text_field(m->source, 0, i, COCOMM_FIELD_SOURCE, e)) != COCOMM_OK ||
      (st = check_text_field(m->note, 0, i, COCOMM_FIELD_NOTE, e)) != COCOMM_OK)
    return st;
  if (m->kind < COCOMM_MILESTONE_DEADLINE || m->kind > COCOMM_MILESTONE_WINDOW)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_KIND, "not a milestone kind");
  if (m->precision < COCOMM_PRECISION_EXACT || m->precision > COCOMM_PRECISION_MONTH_SPAN)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_PRECISION, "not a precision");
  if (m->models == 0 || (m->models & ~COCOMM_MODELS_ALL))
    return cocomm__fail(e, bad, i, COCOMM_FIELD_MODELS, "not a set of models");
  if ((m->has_time != 0 && m->has_time != 1) || (m->submission != 0 && m->submission != 1))
    return cocomm__fail(e, bad, i, COCOMM_FIELD_FLAGS, "has_time and submission must be 0 or 1");
  if (cocomm_date_check(m->start) != COCOMM_OK || cocomm_date_check(m->end) != COCOMM_OK ||
      cocomm_date_compare(m->start, m->end) > 0)
    return cocomm__fail(e, range, i, COCOMM_FIELD_RANGE, "not two dates, the first not after the last");
  if (m->has_time != (m->precision == COCOMM_PRECISION_EXACT) || m->minute_of_day < 0 ||
      m->minute_of_day >= 24 * 60)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_TIME, "a time of day (0..1439) with EXACT precision only");
  if ((m->submission && m->kind != COCOMM_MILESTONE_DEADLINE) ||
      (m->submission && (m->go_live_fy < 1 || m->go_live_fy > 9998)) ||
      /* greater involvement has no proposal, so no submission deadline */
      (m->submission && (m->models & COCOMM_MODELS_GREATER_INVOLVEMENT)))
    return cocomm__fail(e, bad, i, COCOMM_FIELD_SUBMISSION,
                        "a submission deadline is a deadline with a go-live year, never for greater involvement");
  /* The range must be exactly what the precision says: no invented day. */
  int ok;
  switch (m->precision) {
    case COCOMM_PRECISION_EXACT:
    case COCOMM_PRECISION_DAY: ok = cocomm_date_compare(m->start, m->end) == 0; break;
    case COCOMM_PRECISION_EARLY_MONTH: ok = same_month(m->start, m->end) && m->start.day == 1 && m->end.day == 10; break;
    case COCOMM_PRECISION_MID_MONTH: ok = same_month(m->start, m->end) && m->start.day == 11 && m->end.day == 20; break;
    case COCOMM_PRECISION_LATE_MONTH: ok = same_month(m->start, m->end) && m->start.day == 21 && month_end(m->end); break;
    case COCOMM_PRECISION_MONTH: ok = same_month(m->start, m->end) && m->start.day == 1 && month_end(m->end); break;
    case COCOMM_PRECISION_DAY_SPAN: ok = cocomm_date_compare(m->start, m->end) < 0; break;
    default: ok = !same_month(m->start, m->end) && m->start.day == 1 && month_end(m->end); break;
  }
  if (!ok) return cocomm__fail(e, range, i, COCOMM_FIELD_RANGE, "the days do not match the precision");
  if (cocomm__milestone_v2(m, stride)) {
    if ((st = check_text_field(m->edition, 0, i, COCOMM_FIELD_KEY, e)) != COCOMM_OK) return st;
    if (!life_ok(m->in_force_from, m->in_force_to, m->source_kind))
      return cocomm__fail(e, range, i, COCOMM_FIELD_RANGE,
                          "in force from and to are unset or dates, the first not after the last, with a source kind");
  }
  /* A time that does not exist in UK time (the spring-forward gap) is
   * refused here, not discovered by an exporter; and an all-day milestone
   * needs the day after its last, for iCalendar's exclusive DTEND. */
  cocomm_date after;
  if (deadline_of(m, deadline) != COCOMM_OK)
    return cocomm__fail(e, range, i, COCOMM_FIELD_TIME, "not a UK time (the clocks go forward over it)");
  if (cocomm_date_add_days(m->end, 1, &after) != COCOMM_OK)
    return cocomm__fail(e, range, i, COCOMM_FIELD_RANGE, "the last day must have a day after it");
  return COCOMM_OK;
}

int32_t cocomm__edition_check(const cocomm_edition *e, cocomm_error *err) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (e == NULL) return cocomm__fail(err, bad, -1, COCOMM_FIELD_NONE, "no edition");
  if (e->struct_size < COCOMM_EDITION_SIZE_V1)
    return cocomm__fail(err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the edition's struct_size is below the first layout");
  if (e->milestone_count > 0 && e->milestones == NULL)
    return cocomm__fail(err, bad, -1, COCOMM_FIELD_ARRAY, "milestones counted but no array");
  if (e->milestone_size < COCOMM_MILESTONE_SIZE_V1)
    return cocomm__fail(err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE,
                        "milestone_size is below the first layout");
  /* Milestones are handed back as pointers into the caller's array. */
  if (e->milestone_size % _Alignof(cocomm_milestone) != 0)
    return cocomm__fail(err, bad, -1, COCOMM_FIELD_ELEMENT_SIZE, "milestone_size breaks the alignment");
  if (e->milestone_count > COCOMM_MILESTONES_MAX)
    return cocomm__fail(err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT, "more than 4096 milestones");
  /* published says when the edition was published: it must be an instant
   * (exports stamp DTSTAMP from their own argument, calendar.h). */
  if (e->published < COCOMM_INSTANT_MIN || e->published > COCOMM_INSTANT_MAX)
    return cocomm__fail(err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_PUBLISHED, "not an instant");
  const int32_t p = e->published_precision;
  if (p != 0 && p != COCOMM_PRECISION_EXACT && p != COCOMM_PRECISION_DAY && p != COCOMM_PRECISION_MONTH)
    return cocomm__fail(err, bad, -1, COCOMM_FIELD_PUBLISHED, "published_precision is exact, a day or a month");
  if (p == COCOMM_PRECISION_DAY || p == COCOMM_PRECISION_MONTH) {
    cocomm_datetime at;
    cocomm_instant_to_utc(e->published, &at);
    if (at.hour || at.minute || at.second || (p == COCOMM_PRECISION_MONTH && at.date.day != 1))
      return cocomm__fail(err, bad, -1, COCOMM_FIELD_PUBLISHED,
                          "a day or month of publication starts at its first instant (UTC)");
  }
  int32_t st;
  if (e->struct_size >= COCOMM_EDITION_SIZE_V2) {
    if (!life_ok(e->in_force_from, e->in_force_to, e->source_kind) || e->cycle_fy < 0 || e->cycle_fy > 9998)
      return cocomm__fail(err, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_RANGE,
                          "in force from and to are unset or dates in order, a source kind, a cycle year 0..9998");
    if ((st = check_text_field(e->superseded_by, 0, -1, COCOMM_FIELD_KEY, err)) != COCOMM_OK) return st;
  }
  if ((st = check_text_field(e->key, 1, -1, COCOMM_FIELD_KEY, err)) != COCOMM_OK ||
      (st = check_text_field(e->title, 0, -1, COCOMM_FIELD_TITLE, err)) != COCOMM_OK ||
      (st = check_text_field(e->source, 0, -1, COCOMM_FIELD_SOURCE, err)) != COCOMM_OK)
    return st;
  for (uint32_t i = 0; i < e->milestone_count; i++) {
    cocomm_instant deadline;
    if ((st = check_milestone(cocomm__milestone_at(e, i), (int32_t)i, e->milestone_size, &deadline, err)) !=
        COCOMM_OK)
      return st;
  }
  return COCOMM_OK;
}

int32_t cocomm_edition_check(const cocomm_edition *edition, cocomm_error *error) {
  int32_t st = cocomm__error_open(error);
  if (st == COCOMM_OK) st = cocomm__edition_check(edition, error);
  return cocomm__finish(error, st);
}

/* Order: start date, then identifier by section letter and number (T-9
 * before T-10), then table order. Numbers are compared as digit strings,
 * so an identifier of any length neither overflows nor misorders; the
 * sort is a merge sort, so no set of identifiers makes it quadratic. */
static const char *id_digits(const char *id, size_t *n) {
  const char *p = strchr(id, '-');
  p = p ? p + 1 : id + strlen(id);
  while (*p == '0' && p[1] >= '0' && p[1] <= '9') p++; /* leading zeros */
  size_t k = 0;
  while (p[k] >= '0' && p[k] <= '9') k++;
  *n = k;
  return p;
}

/* Timeline order of milestones a and b of an edition, then table order. */
static int timeline_compare(const void *ctx, uint16_t ia, uint16_t ib) {
  const cocomm_milestone *a = cocomm__milestone_at(ctx, ia), *b = cocomm__milestone_at(ctx, ib);
  int c = cocomm_date_compare(a->start, b->start);
  if (c) return c;
  if (a->id[0] != b->id[0]) return (unsigned char)a->id[0] < (unsigned char)b->id[0] ? -1 : 1;
  size_t na, nb;
  const char *da = id_digits(a->id, &na), *db = id_digits(b->id, &nb);
  if (na != nb) return na < nb ? -1 : 1;
  c = strncmp(da, db, na);
  return c ? c : (int)ia - (int)ib;
}

uint32_t cocomm__timeline_order(const cocomm_edition *e, int32_t model, uint16_t *idx, uint16_t *tmp) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < e->milestone_count; i++)
    if (cocomm__applies(cocomm__milestone_at(e, i), model)) idx[n++] = (uint16_t)i;
  cocomm__sort_indices(idx, tmp, n, timeline_compare, e);
  return n;
}

static int id_compare(const void *ctx, uint16_t ia, uint16_t ib) {
  int c = strcmp(cocomm__milestone_at(ctx, ia)->id, cocomm__milestone_at(ctx, ib)->id);
  return c ? c : (int)ia - (int)ib;
}

void cocomm__timeline_ranks(const cocomm_edition *e, uint16_t *rank, uint16_t *idx, uint16_t *tmp) {
  const uint32_t n = e->milestone_count;
  for (uint32_t i = 0; i < n; i++) idx[i] = (uint16_t)i;
  cocomm__sort_indices(idx, tmp, n, id_compare, e);
  for (uint32_t k = 0; k < n; k++)
    rank[idx[k]] = (uint16_t)(k > 0 && strcmp(cocomm__milestone_at(e, idx[k - 1])->id,
                                              cocomm__milestone_at(e, idx[k])->id) == 0
                                  ? rank[idx[k - 1]] + 1
                                  : 1);
}

int32_t cocomm_timeline_list(const cocomm_edition *e, int32_t model, const cocomm_milestone **out,
                        uint32_t capacity, uint32_t *count) {
  if (count == NULL || (out == NULL && capacity > 0) || cocomm_model_check(model) != COCOMM_OK)
    return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm__edition_check(e, NULL);
  if (st != COCOMM_OK) return st;
  uint16_t idx[COCOMM_MILESTONES_MAX], tmp[COCOMM_MILESTONES_MAX];
  uint32_t n = cocomm__timeline_order(e, model, idx, tmp);
  for (uint32_t k = 0; k < n && k < capacity; k++) out[k] = cocomm__milestone_at(e, idx[k]);
  *count = n;
  return n > capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK;
}

int32_t cocomm_milestone_deadline(const cocomm_milestone *m, cocomm_instant *out) {
  cocomm_instant at;
  if (m == NULL || out == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = check_milestone(m, -1, UINT32_MAX, &at, NULL);
  if (st == COCOMM_OK) *out = at;
  return st;
}

static const char *const month_names[12] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};

/* "9 January 2015" */
static void date_words(cocomm__text *t, cocomm_date d) {
  char s[48];
  snprintf(s, sizeof s, "%d %s %d", d.day, month_names[(d.month - 1) % 12], d.year);
  cocomm__text_puts(t, s);
}

/* "January 2015" */
static void month_words(cocomm__text *t, cocomm_date d) {
  char s[32];
  snprintf(s, sizeof s, "%s %d", month_names[(d.month - 1) % 12], d.year);
  cocomm__text_puts(t, s);
}

int32_t cocomm_milestone_format_when(const cocomm_milestone *m, char *buf, size_t cap, size_t *needed) {
  cocomm_instant at;
  if (m == NULL || (buf == NULL && cap > 0)) return COCOMM_ERR_INVALID_ARGUMENT;
  /* Checked first: the days then match the precision (check_milestone), so
   * the words say only what the dates hold. */
  int32_t st = check_milestone(m, -1, UINT32_MAX, &at, NULL);
  if (st != COCOMM_OK) return st;
  cocomm__text t = {buf, cap, 0};
  char part[48];
  const cocomm_date a = m->start, b = m->end;
  switch (m->precision) {
    case COCOMM_PRECISION_EXACT:
      snprintf(part, sizeof part, "%02d:%02d, ", m->minute_of_day / 60 % 24, m->minute_of_day % 60);
      cocomm__text_puts(&t, part);
      date_words(&t, a);
      break;
    case COCOMM_PRECISION_DAY: date_words(&t, a); break;
    case COCOMM_PRECISION_EARLY_MONTH:
    case COCOMM_PRECISION_MID_MONTH:
      cocomm__text_puts(&t, m->precision == COCOMM_PRECISION_EARLY_MONTH ? "early " : "mid-");
      month_words(&t, a);
      snprintf(part, sizeof part, " (days %d to %d)", a.day, b.day);
      cocomm__text_puts(&t, part);
      break;
    case COCOMM_PRECISION_LATE_MONTH:
      cocomm__text_puts(&t, "late ");
      month_words(&t, a);
      snprintf(part, sizeof part, " (day %d to the end)", a.day);
      cocomm__text_puts(&t, part);
      break;
    case COCOMM_PRECISION_MONTH: month_words(&t, a); break;
    case COCOMM_PRECISION_MONTH_SPAN:
      month_words(&t, a);
      cocomm__text_puts(&t, " to ");
      month_words(&t, b);
      break;
    default: /* a span of days */
      date_words(&t, a);
      cocomm__text_puts(&t, " to ");
      date_words(&t, b);
      break;
  }
  return cocomm__text_finish(&t, needed);
}

int32_t cocomm_milestone_judge(const cocomm_milestone *m, cocomm_instant at_time, int32_t *on_time,
                              int64_t *late_by) {
  cocomm_instant deadline;
  if (on_time == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm_milestone_deadline(m, &deadline);
  if (st != COCOMM_OK) return st;
  if (at_time < COCOMM_INSTANT_MIN || at_time > COCOMM_INSTANT_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  *on_time = at_time <= deadline;
  if (late_by) *late_by = at_time <= deadline ? 0 : at_time - deadline;
  return COCOMM_OK;
}

int32_t cocomm_submission_judge(const cocomm_edition *e, int32_t model, cocomm_instant submitted,
                                cocomm_submission *result) {
  if (result == NULL || cocomm_model_check(model) != COCOMM_OK) return COCOMM_ERR_INVALID_ARGUMENT;
  if (result->struct_size < COCOMM_SUBMISSION_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  if (submitted < COCOMM_INSTANT_MIN || submitted > COCOMM_INSTANT_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  int32_t st = cocomm__edition_check(e, NULL);
  if (st != COCOMM_OK) return st;
  /* The first deadline of the cycle, and the first one still ahead. */
  const cocomm_milestone *first = NULL, *next = NULL;
  cocomm_instant first_at = 0, next_at = 0;
  for (uint32_t i = 0; i < e->milestone_count; i++) {
    const cocomm_milestone *m = cocomm__milestone_at(e, i);
    cocomm_instant d;
    if (!m->submission || model == COCOMM_MODEL_NONE || !(m->models & (1u << model))) continue;
    if (cocomm_milestone_deadline(m, &d) != COCOMM_OK) continue;
    if (first == NULL || d < first_at) first = m, first_at = d;
    if (d >= submitted && (next == NULL || d < next_at)) next = m, next_at = d;
  }
  if (first == NULL) return COCOMM_ERR_NOT_FOUND;
  cocomm_submission r;
  memset(&r, 0, sizeof r);
  r.struct_size = result->struct_size;
  r.deadline_id = first->id;
  r.edition = e->key;
  r.source_kind = e->struct_size >= COCOMM_EDITION_SIZE_V2 ? e->source_kind : COCOMM_SOURCE_UNSTATED;
  r.rule = model == COCOMM_MODEL_DELEGATED ? "T-30" : model == COCOMM_MODEL_JOINT ? "T-31" : "T-34";
  r.deadline = first_at;
  r.on_time = submitted <= first_at;
  r.late_by = r.on_time ? 0 : submitted - first_at;
  const cocomm_milestone *takes_effect = r.on_time ? first : next;
  if (!r.on_time) {
    r.consequence = model == COCOMM_MODEL_DELEGATED ? COCOMM_LATE_IN_YEAR_OR_NEXT_CYCLE
                                                    : COCOMM_LATE_QUARTERLY_ASSURANCE;
    r.next_deadline_id = next ? next->id : NULL;
  }
  if (takes_effect) {
    cocomm_date last;
    r.go_live_fy = takes_effect->go_live_fy;
    cocomm_date_fy_bounds(r.go_live_fy, &r.go_live, &last); /* T-33: 1 April */
  }
  cocomm__copy_struct(result, result->struct_size, &r, sizeof r);
  return COCOMM_OK;
}

int32_t cocomm_timeline_judge_amendment(const cocomm_edition *edition, int32_t covers, cocomm_instant submitted_at,
                                        cocomm_submission *result) {
  /* T-35: an amendment solely about joint commissioning is due with the
   * joint proposals; any other (delegated, or joint and anything else)
   * with the delegated ones. */
  if (covers != COCOMM_AMENDMENT_JOINT_ONLY && covers != COCOMM_AMENDMENT_OTHER) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t model = covers == COCOMM_AMENDMENT_JOINT_ONLY ? COCOMM_MODEL_JOINT : COCOMM_MODEL_DELEGATED;
  int32_t st = cocomm_submission_judge(edition, model, submitted_at, result);
  if (st == COCOMM_OK) result->rule = "T-35";
  return st;
}

int32_t cocomm_timeline_constitution_due(cocomm_date received, cocomm_date *acknowledge_by, cocomm_date *decide_by) {
  cocomm_date ack, decide;
  if (acknowledge_by == NULL || decide_by == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  int32_t st = cocomm_date_add_days(received, constitution_clock.acknowledge_days, &ack);
  if (st == COCOMM_OK) st = cocomm_date_add_days(received, constitution_clock.decide_days, &decide);
  if (st != COCOMM_OK) return st; /* nothing written: both or neither */
  *acknowledge_by = ack;
  *decide_by = decide;
  return COCOMM_OK;
}

const char *cocomm_precision_name(int32_t precision) {
  static const char *const names[] = {"unknown", "exact", "day", "early month", "mid-month",
                                      "late month", "month", "day span", "month span"};
  return precision >= COCOMM_PRECISION_EXACT && precision <= COCOMM_PRECISION_MONTH_SPAN
             ? names[precision]
             : names[0];
}

const char *cocomm_milestone_kind_name(int32_t kind) {
  static const char *const names[] = {"unknown", "deadline", "event", "window"};
  return kind >= COCOMM_MILESTONE_DEADLINE && kind <= COCOMM_MILESTONE_WINDOW ? names[kind] : names[0];
}

const char *cocomm_lateness_name(int32_t consequence) {
  static const char *const names[] = {"on time", "in-year implementation by agreement, or the next cycle",
                                      "agreed in the quarterly CCG assurance meetings"};
  return consequence >= COCOMM_LATE_NONE && consequence <= COCOMM_LATE_QUARTERLY_ASSURANCE
             ? names[consequence]
             : "unknown";
}

cocomm_instant cocomm_timeline_end(void) { return THE_END; }

int cocomm__date_unset(cocomm_date d) { return d.year == 0 && d.month == 0 && d.day == 0; }

int cocomm__after_ccgs(cocomm_date d) {
  static const cocomm_date abolished = COCOMM__CCGS_ABOLISHED;
  return !cocomm__date_unset(d) && cocomm_date_compare(d, abolished) >= 0;
}

/* The first submission deadline of an edition for a model (0 if none). */
static int first_close(const cocomm_edition *e, int32_t model, cocomm_instant *at) {
  int found = 0;
  for (uint32_t i = 0; i < e->milestone_count; i++) {
    const cocomm_milestone *m = cocomm__milestone_at(e, i);
    cocomm_instant d;
    if (!m->submission || !(m->models & (1u << model)) || cocomm_milestone_deadline(m, &d) != COCOMM_OK) continue;
    if (!found || d < *at) *at = d;
    found = 1;
  }
  return found;
}

/* 1 if any milestone of an edition applies to a model. */
static int touches(const cocomm_edition *e, int32_t model) {
  for (uint32_t i = 0; i < e->milestone_count; i++)
    if (cocomm__milestone_at(e, i)->models & (1u << model)) return 1;
  return 0;
}

int32_t cocomm_timeline_judge_cycle(int32_t model, cocomm_instant submitted, cocomm_submission *result) {
  if (result == NULL || cocomm_model_check(model) != COCOMM_OK) return COCOMM_ERR_INVALID_ARGUMENT;
  if (result->struct_size < COCOMM_SUBMISSION_SIZE_V2) return COCOMM_ERR_STRUCT_SIZE;
  if (submitted < COCOMM_INSTANT_MIN || submitted > COCOMM_INSTANT_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  cocomm_submission r;
  memset(&r, 0, sizeof r);
  r.struct_size = result->struct_size;
  if (submitted >= THE_END) {
    /* CCGs no longer exist: no answer from the CCG-era rules. */
    const cocomm_edition *end = cocomm_edition_find("end");
    r.verdict = COCOMM_CYCLE_AFTER_END;
    r.edition = end->key;
    r.source_kind = end->source_kind;
    r.rule = end->milestones[0].id;
    r.deadline = THE_END;
    cocomm__copy_struct(result, result->struct_size, &r, sizeof r);
    return COCOMM_OK;
  }
  if (model == COCOMM_MODEL_NONE || model == COCOMM_MODEL_GREATER_INVOLVEMENT) return COCOMM_ERR_NOT_FOUND; /* */
  /* The cycle whose known close comes first at or after the submission,
   * and the latest cycle whose known close has passed. */
  const cocomm_edition *best = NULL;
  cocomm_instant best_at = 0;
  int32_t passed_fy = 0;
  for (uint32_t k = 0; k < N_EDITIONS; k++) {
    const cocomm_edition *e = &editions[k];
    cocomm_instant close;
    if (e->superseded_by != NULL || e->cycle_fy == 0 || !first_close(e, model, &close)) continue;
    if (close >= submitted && (best == NULL || close < best_at)) best = e, best_at = close;
    if (close < submitted && e->cycle_fy > passed_fy) passed_fy = e->cycle_fy;
  }
  /* A cycle between the two whose close is not known may be the one. */
  for (uint32_t k = 0; k < N_EDITIONS; k++) {
    const cocomm_edition *e = &editions[k];
    cocomm_instant close;
    if (e->superseded_by != NULL || e->cycle_fy == 0 || !touches(e, model) || first_close(e, model, &close))
      continue;
    if (e->cycle_fy > passed_fy && (best == NULL || e->cycle_fy < best->cycle_fy)) {
      r.unknown_close = e->key;
      break;
    }
  }
  if (best == NULL) {
    /* No known close remains: say so, guess nothing. */
    r.verdict = COCOMM_CYCLE_NO_KNOWN_CLOSE;
    r.rule = model == COCOMM_MODEL_DELEGATED ? "T-30" : "T-31";
    r.consequence = model == COCOMM_MODEL_DELEGATED ? COCOMM_LATE_IN_YEAR_OR_NEXT_CYCLE
                                                    : COCOMM_LATE_QUARTERLY_ASSURANCE;
    cocomm__copy_struct(result, result->struct_size, &r, sizeof r);
    return COCOMM_OK;
  }
  const char *unknown = r.unknown_close;
  r.struct_size = sizeof r;
  int32_t st = cocomm_submission_judge(best, model, submitted, &r);
  if (st != COCOMM_OK) return st; /* cannot happen: the tables are checked by the tests */
  r.struct_size = result->struct_size;
  r.verdict = COCOMM_CYCLE_JUDGED;
  r.unknown_close = unknown;
  cocomm__copy_struct(result, result->struct_size, &r, sizeof r);
  return COCOMM_OK;
}

/* ---- what changed between two editions ---- */

static int milestones_differ(const cocomm_milestone *a, const cocomm_milestone *b) {
  return a->kind != b->kind || a->models != b->models || a->precision != b->precision ||
         cocomm_date_compare(a->start, b->start) != 0 || cocomm_date_compare(a->end, b->end) != 0 ||
         a->has_time != b->has_time || (a->has_time && a->minute_of_day != b->minute_of_day) ||
         a->submission != b->submission || a->go_live_fy != b->go_live_fy;
}

/* Index of the row of e with identifier id and rank (or -1). */
static int32_t find_row(const cocomm_edition *e, const uint16_t *rank, const char *id, uint16_t want) {
  for (uint32_t i = 0; i < e->milestone_count; i++)
    if (rank[i] == want && strcmp(cocomm__milestone_at(e, i)->id, id) == 0) return (int32_t)i;
  return -1;
}

typedef struct {
  cocomm_difference *out;
  uint32_t elem_size, capacity, n;
} diff_sink;

static void emit(diff_sink *s, int32_t change, int32_t item, const char *id, const cocomm_milestone *om,
                 const cocomm_milestone *nm, const cocomm_rule *orl, const cocomm_rule *nrl) {
  if (s->n < s->capacity) {
    cocomm_difference *d = (cocomm_difference *)(void *)((unsigned char *)s->out + (size_t)s->n * s->elem_size);
    cocomm_difference v;
    memset(&v, 0, sizeof v);
    v.struct_size = d->struct_size;
    v.change = change;
    v.item = item;
    v.id = id;
    v.old_milestone = om;
    v.new_milestone = nm;
    v.old_rule = orl;
    v.new_rule = nrl;
    cocomm__copy_struct(d, d->struct_size, &v, sizeof v); /* never past the caller's struct_size */
  }
  s->n++;
}

int32_t cocomm_edition_diff(const cocomm_edition *from, const cocomm_edition *to, cocomm_difference *out,
                            uint32_t elem_size, uint32_t capacity, uint32_t *count) {
  if (count == NULL || (out == NULL && capacity > 0)) return COCOMM_ERR_INVALID_ARGUMENT;
  if (capacity > 0 && (elem_size < COCOMM_DIFFERENCE_SIZE_V1 || elem_size % _Alignof(cocomm_difference) != 0))
    return COCOMM_ERR_STRUCT_SIZE;
  int32_t st = cocomm__edition_check(from, NULL);
  if (st == COCOMM_OK) st = cocomm__edition_check(to, NULL);
  if (st != COCOMM_OK) return st;
  for (uint32_t i = 0; i < capacity; i++) {
    const cocomm_difference *d =
        (const cocomm_difference *)(const void *)((const unsigned char *)out + (size_t)i * elem_size);
    if (d->struct_size < COCOMM_DIFFERENCE_SIZE_V1 || d->struct_size > elem_size) return COCOMM_ERR_STRUCT_SIZE;
  }
  uint16_t rank_a[COCOMM_MILESTONES_MAX], rank_b[COCOMM_MILESTONES_MAX], order[COCOMM_MILESTONES_MAX],
      tmp[COCOMM_MILESTONES_MAX];
  cocomm__timeline_ranks(from, rank_a, order, tmp);
  cocomm__timeline_ranks(to, rank_b, order, tmp);
  diff_sink sink = {out, elem_size, capacity, 0};
  /* Added and changed, in the later edition's timeline order. */
  uint32_t n = cocomm__timeline_order(to, COCOMM_MODEL_NONE, order, tmp);
  for (uint32_t k = 0; k < n; k++) {
    const cocomm_milestone *b = cocomm__milestone_at(to, order[k]);
    int32_t ia = find_row(from, rank_a, b->id, rank_b[order[k]]);
    if (ia < 0)
      emit(&sink, COCOMM_CHANGE_ADDED, COCOMM_ITEM_MILESTONE, b->id, NULL, b, NULL, NULL);
    else if (milestones_differ(cocomm__milestone_at(from, (uint32_t)ia), b))
      emit(&sink, COCOMM_CHANGE_CHANGED, COCOMM_ITEM_MILESTONE, b->id, cocomm__milestone_at(from, (uint32_t)ia), b,
           NULL, NULL);
  }
  /* Removed, in the earlier edition's timeline order. */
  n = cocomm__timeline_order(from, COCOMM_MODEL_NONE, order, tmp);
  for (uint32_t k = 0; k < n; k++) {
    const cocomm_milestone *a = cocomm__milestone_at(from, order[k]);
    if (find_row(to, rank_b, a->id, rank_a[order[k]]) < 0)
      emit(&sink, COCOMM_CHANGE_REMOVED, COCOMM_ITEM_MILESTONE, a->id, a, NULL, NULL, NULL);
  }
  /* Dated rules: each belongs to one edition. */
  if (strcmp(from->key, to->key) != 0)
    for (uint32_t i = 0; i < cocomm_rule_count(); i++) {
      const cocomm_rule *r = cocomm_rule_at(i);
      if (!r->dated) continue;
      if (strcmp(r->edition, from->key) == 0)
        emit(&sink, COCOMM_CHANGE_REMOVED, COCOMM_ITEM_RULE, r->id, NULL, NULL, r, NULL);
      else if (strcmp(r->edition, to->key) == 0)
        emit(&sink, COCOMM_CHANGE_ADDED, COCOMM_ITEM_RULE, r->id, NULL, NULL, NULL, r);
    }
  *count = sink.n;
  return sink.n > capacity ? COCOMM_ERR_BUFFER_TOO_SMALL : COCOMM_OK;
}

void cocomm_difference_init(cocomm_difference *d) {
  static const cocomm_difference init = COCOMM_DIFFERENCE_INIT;
  if (d != NULL) memcpy(d, &init, sizeof init);
}

uint32_t cocomm_figure_count(void) { return N_OF(figures); }
const cocomm_figure *cocomm_figure_at(uint32_t i) { return i < N_OF(figures) ? &figures[i] : NULL; }

const char *cocomm_change_name(int32_t change) {
  static const char *const names[] = {"unknown", "added", "removed", "changed"};
  return change >= COCOMM_CHANGE_ADDED && change <= COCOMM_CHANGE_CHANGED ? names[change] : names[0];
}

const char *cocomm_cycle_verdict_name(int32_t verdict) {
  static const char *const names[] = {"judged", "no known close", "after the end of CCGs"};
  return verdict >= COCOMM_CYCLE_JUDGED && verdict <= COCOMM_CYCLE_AFTER_END ? names[verdict] : "unknown";
}

uint32_t cocomm_difference_size(void) { return (uint32_t)sizeof(cocomm_difference); }
uint32_t cocomm_figure_size(void) { return (uint32_t)sizeof(cocomm_figure); }
uint32_t cocomm_milestone_size(void) { return (uint32_t)sizeof(cocomm_milestone); }
uint32_t cocomm_edition_size(void) { return (uint32_t)sizeof(cocomm_edition); }
uint32_t cocomm_submission_size(void) { return (uint32_t)sizeof(cocomm_submission); }
