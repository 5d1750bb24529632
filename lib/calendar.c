/* SPDX-License-Identifier: MIT */
#include <cocomm/calendar.h>
#include <cocomm/model.h>
#include <cocomm/status.h>
#include <cocomm/version.h>

#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "timeline_internal.h"

static void models_text(uint32_t models, char *buf, size_t cap) {
  buf[0] = '\0';
  for (int32_t m = COCOMM_MODEL_GREATER_INVOLVEMENT; m <= COCOMM_MODEL_DELEGATED; m++) {
    if (!(models & (1u << m))) continue;
    size_t len = strlen(buf);
    snprintf(buf + len, cap - len, "%s%s", len ? "; " : "", cocomm_model_key(m));
  }
}

static void compact_date(cocomm_date d, char out[16]) {
  snprintf(out, 16, "%04u%02u%02u", (unsigned)d.year % 10000u, d.month % 100u, d.day % 100u);
}

/* ---- iCalendar: content lines folded at 75 octets ---- */

typedef struct {
  cocomm__text *t;
  size_t col;
} ics;

static size_t utf8_len(unsigned char lead) {
  return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

static void ics_raw(ics *w, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t len = utf8_len((unsigned char)s[i]);
    if (len > n - i) len = n - i;
    if (w->col + len > 75) { /* fold: CRLF and one space, never inside a character */
      cocomm__text_put(w->t, "\r\n ", 3);
      w->col = 1;
    }
    cocomm__text_put(w->t, s + i, len);
    w->col += len;
    i += len;
  }
}

static void ics_str(ics *w, const char *s) { ics_raw(w, s, strlen(s)); }

/* A TEXT value, escaped as RFC 5545 §3.3.11 says. */
static void ics_text(ics *w, const char *s) {
  for (; *s; s++) {
    switch (*s) {
      case '\\': ics_str(w, "\\\\"); break;
      case ';': ics_str(w, "\\;"); break;
      case ',': ics_str(w, "\\,"); break;
      case '\n': ics_str(w, "\\n"); break;
      case '\r': break;
      default: {
        size_t len = utf8_len((unsigned char)*s);
        ics_raw(w, s, len);
        s += len - 1;
      }
    }
  }
}

static void ics_end(ics *w) {
  cocomm__text_put(w->t, "\r\n", 2);
  w->col = 0;
}

static void ics_line(ics *w, const char *name, const char *value) {
  ics_str(w, name);
  ics_str(w, value);
  ics_end(w);
}

static int32_t check_args(const cocomm_edition *e, int32_t model, char *buf, size_t cap) {
  if ((buf == NULL && cap > 0) || cocomm_model_check(model) != COCOMM_OK)
    return COCOMM_ERR_INVALID_ARGUMENT;
  return cocomm__edition_check(e, NULL);
}

static void utc_stamp(cocomm_instant t, char out[24]) {
  cocomm_datetime dt;
  cocomm_instant_to_utc(t, &dt);
  snprintf(out, 24, "%04u%02u%02uT%02u%02u%02uZ", (unsigned)dt.date.year % 10000u,
           dt.date.month % 100u, dt.date.day % 100u, dt.hour % 100u, dt.minute % 100u,
           dt.second % 100u);
}

int32_t cocomm_calendar_format_ics(const cocomm_edition *e, int32_t model, cocomm_instant dtstamp, char *buf,
                            size_t cap, size_t *needed) {
  int32_t st = check_args(e, model, buf, cap);
  if (st != COCOMM_OK) return st;
  if (dtstamp < COCOMM_INSTANT_MIN || dtstamp > COCOMM_INSTANT_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  uint16_t idx[COCOMM_MILESTONES_MAX], scratch[COCOMM_MILESTONES_MAX], rank[COCOMM_MILESTONES_MAX];
  cocomm__timeline_ranks(e, rank, idx, scratch);
  uint32_t n = cocomm__timeline_order(e, model, idx, scratch);
  cocomm__text t = {buf, cap, 0};
  ics w = {&t, 0};
  char stamp[24], tmp[64], models[64];
  utc_stamp(dtstamp, stamp);
  ics_line(&w, "BEGIN:", "VCALENDAR");
  ics_line(&w, "VERSION:", "2.0");
  ics_line(&w, "PRODID:", "-//libcocomm//cocomm " COCOMM_VERSION_STRING "//EN");
  ics_line(&w, "CALSCALE:", "GREGORIAN");
  ics_str(&w, "X-WR-CALNAME:");
  ics_text(&w, "Co-commissioning ");
  ics_text(&w, e->key);
  ics_text(&w, model == COCOMM_MODEL_NONE ? "" : " ");
  ics_text(&w, model == COCOMM_MODEL_NONE ? "" : cocomm_model_name(model));
  ics_end(&w);
  for (uint32_t k = 0; k < n; k++) {
    const cocomm_milestone *m = cocomm__milestone_at(e, idx[k]);
    ics_line(&w, "BEGIN:", "VEVENT");
    ics_str(&w, "UID:");
    snprintf(tmp, sizeof tmp, "-%u@libcocomm", (unsigned)rank[idx[k]]);
    ics_text(&w, e->key);
    ics_text(&w, "-");
    ics_text(&w, m->id);
    ics_text(&w, tmp);
    ics_end(&w);
    ics_line(&w, "DTSTAMP:", stamp);
    if (m->has_time) {
      /* A point in time: DTEND would have to be later than DTSTART
       * (RFC 5545 §3.8.2.2), and an event without one ends as it starts. */
      cocomm_instant at = 0;
      cocomm_milestone_deadline(m, &at); /* cannot fail: the edition was checked */
      utc_stamp(at, tmp);
      ics_line(&w, "DTSTART:", tmp);
    } else {
      cocomm_date after = m->end;
      compact_date(m->start, tmp);
      ics_line(&w, "DTSTART;VALUE=DATE:", tmp);
      /* DTEND of an all-day event is exclusive: the day after the last,
       * which the edition check guarantees exists. */
      cocomm_date_add_days(m->end, 1, &after);
      compact_date(after, tmp);
      ics_line(&w, "DTEND;VALUE=DATE:", tmp);
    }
    ics_str(&w, "SUMMARY:");
    ics_text(&w, m->id);
    ics_text(&w, " ");
    ics_text(&w, m->label);
    ics_end(&w);
    models_text(m->models, models, sizeof models);
    ics_str(&w, "DESCRIPTION:");
    ics_text(&w, cocomm_milestone_kind_name(m->kind));
    ics_text(&w, " (");
    ics_text(&w, cocomm_precision_name(m->precision));
    ics_text(&w, ") for ");
    ics_text(&w, models);
    ics_text(&w, ". Source: ");
    ics_text(&w, m->source ? m->source : "");
    if (m->note && m->note[0]) {
      ics_text(&w, ". ");
      ics_text(&w, m->note);
    }
    ics_end(&w);
    ics_str(&w, "CATEGORIES:");
    ics_text(&w, cocomm_milestone_kind_name(m->kind));
    ics_end(&w);
    ics_line(&w, "TRANSP:", "TRANSPARENT");
    ics_line(&w, "END:", "VEVENT");
  }
  ics_line(&w, "END:", "VCALENDAR");
  return cocomm__text_finish(&t, needed);
}

int32_t cocomm_calendar_format_csv(const cocomm_edition *e, int32_t model, char *buf, size_t cap,
                            size_t *needed) {
  int32_t st = check_args(e, model, buf, cap);
  if (st != COCOMM_OK) return st;
  uint16_t idx[COCOMM_MILESTONES_MAX], tmp[COCOMM_MILESTONES_MAX];
  uint32_t n = cocomm__timeline_order(e, model, idx, tmp);
  cocomm__text t = {buf, cap, 0};
  cocomm__text_puts(&t, "id,kind,label,models,precision,start,end,time,deadline,source,note\r\n");
  for (uint32_t k = 0; k < n; k++) {
    const cocomm_milestone *m = cocomm__milestone_at(e, idx[k]);
    char models[64], start[16], end[16], time[8] = "", deadline[32] = "";
    models_text(m->models, models, sizeof models);
    cocomm_date_format(m->start, start, sizeof start, NULL);
    cocomm_date_format(m->end, end, sizeof end, NULL);
    if (m->has_time) snprintf(time, sizeof time, "%02d:%02d", m->minute_of_day / 60 % 100, m->minute_of_day % 60);
    if (m->kind == COCOMM_MILESTONE_DEADLINE) {
      cocomm_instant at = 0;
      cocomm_milestone_deadline(m, &at); /* cannot fail: the edition was checked */
      cocomm_instant_format(at, COCOMM_TIME_UK, deadline, sizeof deadline, NULL);
    }
    const char *fields[] = {m->id, cocomm_milestone_kind_name(m->kind), m->label, models,
                            cocomm_precision_name(m->precision), start, end, time, deadline,
                            m->source ? m->source : "", m->note ? m->note : ""};
    for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) {
      if (f) cocomm__text_puts(&t, ",");
      cocomm__text_csv_field(&t, fields[f]);
    }
    cocomm__text_puts(&t, "\r\n");
  }
  return cocomm__text_finish(&t, needed);
}
