/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static char *render_ics(const cocomm_edition *e, int32_t model, size_t *len) {
  size_t need = 0;
  CU_ASSERT_EQUAL(cocomm_calendar_format_ics(e, model, e->published, NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  char *buf = malloc(need + 1);
  CU_ASSERT_EQUAL(cocomm_calendar_format_ics(e, model, e->published, buf, need + 1, len), COCOMM_OK);
  CU_ASSERT_EQUAL(*len, need);
  return buf;
}

static uint32_t count(const char *hay, const char *needle) {
  uint32_t n = 0;
  for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle)) n++;
  return n;
}

/* Undo RFC 5545 folding in place: drop every CRLF followed by a space. */
static void unfold(char *s) {
  char *w = s;
  for (const char *r = s; *r;) {
    if (r[0] == '\r' && r[1] == '\n' && r[2] == ' ') {
      r += 3;
      continue;
    }
    *w++ = *r++;
  }
  *w = '\0';
}

/* RFC 5545 §3.1: CRLF line ends, at most 75 octets a line, folds that
 * start with a space and never split a UTF-8 character. */
static void assert_lines_well_formed(const char *ics, size_t len) {
  size_t start = 0;
  int bad = 0;
  for (size_t i = 0; i < len; i++) {
    if (ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r')) bad++;
    if (ics[i] == '\r') {
      if (i + 1 >= len || ics[i + 1] != '\n') bad++;
      if (i - start > 75) bad++;
      /* The next line must not start with a UTF-8 continuation byte. */
      if (i + 2 < len && ics[i + 2] == ' ' && i + 3 < len && ((unsigned char)ics[i + 3] & 0xC0) == 0x80) bad++;
      start = i + 2;
    }
  }
  CU_ASSERT_EQUAL(bad, 0);
  CU_ASSERT(len >= 2 && ics[len - 2] == '\r' && ics[len - 1] == '\n');
}

static void ics_of_the_delegated_timeline(void) {
  size_t len;
  const cocomm_edition *e = cocomm_edition_default();
  char *ics = render_ics(e, COCOMM_MODEL_DELEGATED, &len);
  CU_ASSERT_EQUAL(strncmp(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 37), 0);
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "END:VCALENDAR\r\n"));
  assert_lines_well_formed(ics, len);
  uint32_t n;
  cocomm_timeline_list(e, COCOMM_MODEL_DELEGATED, NULL, 0, &n);
  CU_ASSERT_EQUAL(count(ics, "BEGIN:VEVENT\r\n"), n);
  CU_ASSERT_EQUAL(count(ics, "END:VEVENT\r\n"), n);
  CU_ASSERT_EQUAL(count(ics, "DTSTAMP:20141110T000000Z\r\n"), n);
  /* T-11 is timed, in UTC (GMT in January); T-18 is all-day, DTEND exclusive. */
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "UID:2014-11-T-11-1@libcocomm\r\nDTSTAMP:20141110T000000Z\r\n"
                                     "DTSTART:20150109T120000Z\r\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "DTSTART;VALUE=DATE:20150401\r\nDTEND;VALUE=DATE:20150402\r\n"));
  /* A month is the whole month: February 2015 ends before 1 March. */
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "DTSTART;VALUE=DATE:20150201\r\nDTEND;VALUE=DATE:20150301\r\n"));
  /* T-12 twice, told apart by its UID. */
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "UID:2014-11-T-12-1@libcocomm"));
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "UID:2014-11-T-12-2@libcocomm"));
  /* Commas and semicolons in text are escaped. */
  unfold(ics);
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "002 §7.1.2\\, §7.1.3\\, §7.4.1"));
  CU_ASSERT_PTR_NULL(strstr(ics, "SUMMARY:T-13")); /* joint only */
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "SUMMARY:T-11 delegated proforma (annex B) and constitution "
                                     "amendment due\\; also every constitution amendment not solely "
                                     "about joint commissioning\r\n"));
  free(ics);
}

static void ics_folds_long_utf8_text(void) {
  cocomm_milestone m;
  cocomm_milestone_init(&m);
  m.id = "X-1";
  m.label = "réunion du comité — “délégué” ; écrit, à l’évidence, en français pour éprouver le pliage";
  m.start = m.end = (cocomm_date){2015, 3, 2};
  m.source = "test";
  cocomm_edition e;
  cocomm_edition_init(&e);
  e.key = "test";
  e.milestones = &m;
  e.milestone_count = 1;
  size_t len;
  char *ics = render_ics(&e, COCOMM_MODEL_NONE, &len);
  assert_lines_well_formed(ics, len);
  CU_ASSERT_PTR_NOT_NULL(strstr(ics, "\\;"));
  free(ics);
}

static void ics_buffer_and_arguments(void) {
  const cocomm_edition *e = cocomm_edition_default();
  char small[64];
  size_t need;
  memset(small, 'x', sizeof small);
  ASSERT_STATUS(cocomm_calendar_format_ics(e, COCOMM_MODEL_JOINT, 0, small, 32, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  CU_ASSERT(need > 1000);
  CU_ASSERT_EQUAL(small[0], '\0');
  CU_ASSERT_EQUAL(small[32], 'x');
  ASSERT_STATUS(cocomm_calendar_format_ics(e, 5, 0, NULL, 0, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_calendar_format_ics(e, 0, 0, NULL, 10, &need), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_STATUS(cocomm_calendar_format_ics(e, 0, COCOMM_INSTANT_MAX + 1, NULL, 0, &need), COCOMM_ERR_OUT_OF_RANGE);
  ASSERT_STATUS(cocomm_calendar_format_ics(NULL, 0, 0, NULL, 0, &need), COCOMM_ERR_INVALID_ARGUMENT);
}

static void csv_of_the_joint_timeline(void) {
  const cocomm_edition *e = cocomm_edition_default();
  size_t need;
  ASSERT_STATUS(cocomm_calendar_format_csv(e, COCOMM_MODEL_JOINT, NULL, 0, &need), COCOMM_ERR_BUFFER_TOO_SMALL);
  char *csv = malloc(need + 1);
  ASSERT_STATUS(cocomm_calendar_format_csv(e, COCOMM_MODEL_JOINT, csv, need + 1, NULL), COCOMM_OK);
  CU_ASSERT_EQUAL(strncmp(csv, "id,kind,label,models,precision,start,end,time,deadline,source,note\r\n", 68), 0);
  CU_ASSERT_PTR_NOT_NULL(strstr(csv, "\r\nT-13,deadline,joint proforma (annex A) and joint-only constitution "
                                     "amendment due,joint,day,2015-01-30,2015-01-30,,2015-01-30T23:59:59+00:00,"
                                     "\"002 §7.1.2, §7.1.3, §7.3.1\",\r\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(csv, "\r\nT-14,event,regional moderation panels for joint proposals,joint,"
                                     "early month,2015-02-01,2015-02-10,,,002 §7.3.2,\r\n"));
  uint32_t n;
  cocomm_timeline_list(e, COCOMM_MODEL_JOINT, NULL, 0, &n);
  CU_ASSERT_EQUAL(count(csv, "\r\n"), n + 1);
  free(csv);
  ASSERT_STATUS(cocomm_calendar_format_csv(cocomm_edition_default(), COCOMM_MODEL_DELEGATED, NULL, 0, &need),
                COCOMM_ERR_BUFFER_TOO_SMALL);
  csv = malloc(need + 1);
  ASSERT_STATUS(cocomm_calendar_format_csv(e, COCOMM_MODEL_DELEGATED, csv, need + 1, NULL), COCOMM_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(csv, ",exact,2015-01-09,2015-01-09,12:00,2015-01-09T12:00:00+00:00,"));
  free(csv);
}

static const test_case cases[] = {
  TEST(ics_of_the_delegated_timeline),
  TEST(ics_folds_long_utf8_text),
  TEST(ics_buffer_and_arguments),
  TEST(csv_of_the_joint_timeline),
};
RUN_TESTS("calendar", cases)
