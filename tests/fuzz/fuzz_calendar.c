/* SPDX-License-Identifier: MIT */
/* A caller's own edition built from the bytes (build.h: odd milestone_size
 * and struct_size, control characters in labels, identifiers one control
 * character apart, dates near 9999-12-31, times in the spring-forward gap),
 * or a built-in one, through the iCalendar and CSV writers at tiny
 * capacities in exact-size buffers. The writers run first, so that a
 * sanitizer sees what they do before any oracle judges it; then the .ics
 * must pass the RFC 5545 oracle, the CSV the RFC 4180 one, and both must
 * agree with cocomm_timeline_list() and cocomm_milestone_deadline(). The
 * edition check fills a cocomm_error chosen from the end of the input
 * (build.h's error oracle). */
#include <stdlib.h>

#include "build.h"

#define MAXOUT 64

/* Write with one writer at a capacity from the bytes, then at the size it
 * asked for; returns the whole text (malloc'd) or NULL with *st the error. */
static char *write_one(int ics, const cocomm_edition *e, int32_t model, cocomm_instant stamp, size_t cap,
                       int32_t *st) {
  size_t need = 0;
  char *buf = malloc(cap ? cap : 1);
  *st = ics ? cocomm_calendar_format_ics(e, model, stamp, cap ? buf : NULL, cap, &need)
            : cocomm_calendar_format_csv(e, model, cap ? buf : NULL, cap, &need);
  if (*st == COCOMM_OK) FUZZ_ASSERT(need < cap && strlen(buf) == need);
  if (*st != COCOMM_ERR_BUFFER_TOO_SMALL) {
    if (*st == COCOMM_OK) return buf;
    free(buf);
    return NULL;
  }
  FUZZ_ASSERT(need >= cap && (cap == 0 || buf[0] == '\0'));
  free(buf);
  char *full = malloc(need + 1);
  size_t again = 0;
  *st = ics ? cocomm_calendar_format_ics(e, model, stamp, full, need + 1, &again)
            : cocomm_calendar_format_csv(e, model, full, need + 1, &again);
  FUZZ_ASSERT(*st == COCOMM_OK && again == need && strlen(full) == need);
  /* The same call twice writes the same bytes. */
  char *twice = malloc(need + 1);
  FUZZ_ASSERT((ics ? cocomm_calendar_format_ics(e, model, stamp, twice, need + 1, NULL)
                   : cocomm_calendar_format_csv(e, model, twice, need + 1, NULL)) == COCOMM_OK);
  FUZZ_ASSERT(memcmp(full, twice, need + 1) == 0);
  free(twice);
  return full;
}

/* "2015-01-09T12:00:00Z" -> "20150109T120000Z" */
static void compact_utc(cocomm_instant t, char out[20]) {
  char iso[40];
  FUZZ_ASSERT(cocomm_instant_format(t, COCOMM_TIME_UTC, iso, sizeof iso, NULL) == COCOMM_OK);
  size_t k = 0;
  for (const char *p = iso; *p; p++)
    if (*p != '-' && *p != ':') out[k++] = *p;
  out[k] = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size}, back = {data, size};
  static fuzz_edition fe;
  edition_make(&fe, &b);
  const cocomm_edition *e = fe.use;
  uint8_t sel = take_u8(&b);
  int32_t model = sel % 5; /* 4 is no model */
  cocomm_instant stamp = (cocomm_instant)(int32_t)take_u32(&b) + INT64_C(1420000000);
  if (sel >= 0xF0) stamp = sel & 1 ? COCOMM_INSTANT_MAX : COCOMM_INSTANT_MAX + 1;
  error_buf eb;
  error_make(&eb, &back, 1);
  int32_t valid = cocomm_edition_check(e, error_arg(&eb));
  error_judge(&eb, valid, (int32_t)(e != fe.e ? e->milestone_count : fe.n), 0);
  if (error_small(&eb)) valid = cocomm_edition_check(e, NULL);
  error_free(&eb);
  int32_t st_ics, st_csv;
  char *ics = write_one(1, e, model, stamp, take_u8(&b), &st_ics);
  char *csv = write_one(0, e, model, stamp, take_u8(&b), &st_csv);

  /* Nothing is written for an edition the check refuses. */
  if (valid != COCOMM_OK) FUZZ_ASSERT(ics == NULL && csv == NULL);
  int usable = valid == COCOMM_OK && model <= COCOMM_MODEL_DELEGATED;
  if (usable) FUZZ_ASSERT(csv != NULL);
  if (usable && stamp <= COCOMM_INSTANT_MAX) FUZZ_ASSERT(ics != NULL);

  ics_event ev[MAXOUT];
  size_t events = ics ? oracle_ics(ics, strlen(ics), ev, MAXOUT) : 0;
  size_t records = csv ? oracle_csv("timeline CSV", csv, strlen(csv), 11) : 0;

  if (usable) {
    /* Every milestone of a checked edition has a deadline: the exporters
     * print it, so the check must not pass what the deadline refuses. */
    for (uint32_t i = 0; i < e->milestone_count; i++) {
      cocomm_instant d;
      int32_t st = cocomm_milestone_deadline(edition_ms(e, i), &d);
      if (st != COCOMM_OK) {
        char what[160];
        describe_milestone(edition_ms(e, i), st, what, sizeof what);
        FUZZ_FAIL("agree", "cocomm_edition_check passed a milestone that cocomm_milestone_deadline refuses", what,
                  strlen(what), 0);
      }
    }
    const cocomm_milestone *order[MAXOUT];
    uint32_t count = 0;
    FUZZ_ASSERT(cocomm_timeline_list(e, model, order, MAXOUT, &count) == COCOMM_OK);
    if (ics) FUZZ_ASSERT(events == count);
    FUZZ_ASSERT(records == count + 1);
    for (uint32_t k = 0; ics && k < count; k++) {
      const cocomm_milestone *m = order[k];
      char want[20];
      FUZZ_ASSERT(ev[k].all_day == !m->has_time);
      if (m->has_time) {
        cocomm_instant d;
        FUZZ_ASSERT(cocomm_milestone_deadline(m, &d) == COCOMM_OK);
        compact_utc(d, want);
      } else {
        snprintf(want, sizeof want, "%04d%02d%02d", m->start.year, m->start.month, m->start.day);
      }
      if (strcmp(ev[k].dtstart, want) != 0) FUZZ_FAIL("agree", "DTSTART is not the milestone's", ev[k].dtstart, strlen(ev[k].dtstart), 0);
    }
    /* The CSV row by row: header, then dates and deadline as the library computes them. */
    size_t n = strlen(csv);
    char *scratch = malloc(n + 1);
    csv_reader r = {csv, n, 0, scratch, 0};
    const char *cells[CSV_MAX_CELLS];
    static const char *const header[] = {"id", "kind", "label", "models", "precision", "start",
                                         "end", "time", "deadline", "source", "note"};
    FUZZ_ASSERT(csv_next(&r, cells) == 11);
    for (int c = 0; c < 11; c++) FUZZ_ASSERT(strcmp(cells[c], header[c]) == 0);
    for (uint32_t k = 0; k < count; k++) {
      const cocomm_milestone *m = order[k];
      char start[16], end[16];
      FUZZ_ASSERT(csv_next(&r, cells) == 11);
      FUZZ_ASSERT(cocomm_date_format(m->start, start, sizeof start, NULL) == COCOMM_OK);
      FUZZ_ASSERT(cocomm_date_format(m->end, end, sizeof end, NULL) == COCOMM_OK);
      FUZZ_ASSERT(strcmp(cells[5], start) == 0 && strcmp(cells[6], end) == 0);
      if (m->kind == COCOMM_MILESTONE_DEADLINE) {
        cocomm_instant d, printed;
        FUZZ_ASSERT(cocomm_milestone_deadline(m, &d) == COCOMM_OK);
        oracle_instant_text(cells[8], 1);
        if (cocomm_instant_parse(cells[8], COCOMM_NTS, &printed) != COCOMM_OK || printed != d)
          FUZZ_FAIL("agree", "the CSV deadline is not cocomm_milestone_deadline()", cells[8], strlen(cells[8]), 0);
      } else {
        FUZZ_ASSERT(cells[8][0] == '\0');
      }
    }
    free(scratch);
  }
  free(ics);
  free(csv);
  edition_free(&fe);
  return 0;
}
