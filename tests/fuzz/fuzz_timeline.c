/* SPDX-License-Identifier: MIT */
/* Caller editions and milestones (build.h) through every timeline function
 * that takes them: cocomm_edition_check, cocomm_timeline_list at every capacity,
 * cocomm_milestone_deadline, cocomm_milestone_judge, cocomm_submission_judge
 * with odd struct sizes, cocomm_timeline_constitution_due. The answers must agree
 * with each other and with what the header promises. cocomm_edition_check
 * fills a cocomm_error chosen from the end of the input (build.h's error
 * oracle: a refusal names -1 or a milestone of the edition), and says the
 * same again with another struct, or refuses one below the first layout
 * untouched; a milestone it names is refused alone too. */
#include <stdlib.h>

#include "build.h"

#define MAXOUT 64

static int before(const cocomm_milestone *a, const cocomm_milestone *b) {
  return cocomm_date_compare(a->start, b->start) < 0;
}

/* A milestone's deadline and what the other calls say about it. */
static void check_milestone(const cocomm_milestone *m, bytes *b, bytes *back) {
  cocomm_instant d = 0;
  int32_t st = cocomm_milestone_deadline(m, &d);
  /* A one-milestone edition: its check and the deadline agree. */
  cocomm_edition one;
  cocomm_edition_init(&one);
  one.key = "one";
  one.milestones = m;
  one.milestone_count = 1;
  error_buf eb;
  error_make(&eb, back, 0);
  int32_t checked = cocomm_edition_check(&one, error_arg(&eb));
  cocomm_error e = error_judge(&eb, checked, 1, 0);
  error_free(&eb);
  if (checked != COCOMM_OK && e.struct_size) FUZZ_ASSERT(e.index == 0); /* the milestone, not the edition */
  if ((checked == COCOMM_OK) != (st == COCOMM_OK)) {
    char what[160];
    describe_milestone(m, checked == COCOMM_OK ? st : checked, what, sizeof what);
    FUZZ_FAIL("agree", checked == COCOMM_OK ? "cocomm_edition_check passes a milestone whose deadline is refused"
                                            : "cocomm_milestone_deadline answers for a milestone the check refuses",
              what, strlen(what), 0);
  }
  uint8_t sel = take_u8(b);
  cocomm_instant at = st == COCOMM_OK ? d + (int32_t)take_u16(b) - 32768 : (int32_t)take_u32(b) + INT64_C(1420000000);
  if (sel == 0xFF) at = COCOMM_INSTANT_MAX + 1;
  int32_t on_time = -1;
  int64_t late = -1;
  int32_t st2 = cocomm_milestone_judge(m, at, &on_time, sel & 1 ? NULL : &late);
  if (st != COCOMM_OK) {
    FUZZ_ASSERT(st2 == st);
    return;
  }
  FUZZ_ASSERT(d >= COCOMM_INSTANT_MIN && d <= COCOMM_INSTANT_MAX);
  if (at < COCOMM_INSTANT_MIN || at > COCOMM_INSTANT_MAX) {
    FUZZ_ASSERT(st2 == COCOMM_ERR_OUT_OF_RANGE);
  } else {
    FUZZ_ASSERT(st2 == COCOMM_OK && on_time == (at <= d));
    if (!(sel & 1)) FUZZ_ASSERT(late == (at <= d ? 0 : at - d));
  }
  /* The deadline falls on the milestone's last day, UK time: 23:59:59 for
   * a day, the time of day (or an hour later, across a gap) for EXACT. */
  cocomm_datetime uk;
  FUZZ_ASSERT(cocomm_instant_to_uk(d, &uk) == COCOMM_OK);
  FUZZ_ASSERT(cocomm_date_compare(uk.date, m->end) == 0);
  int32_t minute = uk.hour * 60 + uk.minute;
  if (m->has_time)
    FUZZ_ASSERT(uk.second == 0 && (minute == m->minute_of_day || minute == m->minute_of_day + 60));
  else
    FUZZ_ASSERT(minute == 23 * 60 + 59 && uk.second == 59);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  bytes b = {data, size}, back = {data, size};
  static fuzz_edition fe;
  edition_make(&fe, &b);
  const cocomm_edition *e = fe.use;
  int builtin = e != fe.e;
  uint32_t n = builtin ? e->milestone_count : fe.n;
  int32_t model = take_u8(&b) % 5;
  error_buf ev, ep;
  error_make(&ev, &back, 0);
  error_make(&ep, &back, 1);
  int32_t valid = cocomm_edition_check(e, error_arg(&ev));
  cocomm_error story = error_judge(&ev, valid, (int32_t)n, 0);
  int32_t again = cocomm_edition_check(e, error_arg(&ep));
  cocomm_error story2 = error_judge(&ep, again, (int32_t)n, 0);
  if (!error_small(&ep)) {
    FUZZ_ASSERT(again == valid);
    error_same(&story, &story2);
  }
  error_free(&ev);
  error_free(&ep);
  if (story.struct_size && story.index >= 0 && !builtin && fe.stride >= sizeof(cocomm_milestone)) {
    /* The milestone it names, alone at full size, is refused for the same field. */
    cocomm_edition one;
    cocomm_edition_init(&one);
    one.key = "one";
    one.milestones = &fe.ms[story.index];
    one.milestone_count = 1;
    cocomm_error alone = COCOMM_ERROR_INIT;
    FUZZ_ASSERT(cocomm_edition_check(&one, &alone) == valid);
    FUZZ_ASSERT(alone.index == 0 && alone.field == story.field && strcmp(alone.message, story.message) == 0);
  }

  /* Each milestone alone, at full size. */
  for (uint32_t i = 0; i < n; i++) check_milestone(builtin ? edition_ms(e, i) : &fe.ms[i], &b, &back);

  /* The timeline, whole and cut short. */
  const cocomm_milestone *all[MAXOUT], *some[MAXOUT];
  uint32_t count = 0, count2 = 0, cap = take_u8(&b) % (MAXOUT + 1);
  int32_t st = cocomm_timeline_list(e, model, all, MAXOUT, &count);
  int32_t st2 = cocomm_timeline_list(e, model, cap ? some : NULL, cap, &count2);
  if (model > COCOMM_MODEL_DELEGATED) {
    FUZZ_ASSERT(st == COCOMM_ERR_INVALID_ARGUMENT && st2 == st);
  } else if (valid != COCOMM_OK) {
    FUZZ_ASSERT(st == valid && st2 == valid);
  } else {
    uint32_t want = 0;
    for (uint32_t i = 0; i < n; i++) want += applies(edition_ms(e, i), model);
    FUZZ_ASSERT(st == COCOMM_OK && count == want && count2 == want);
    FUZZ_ASSERT((st2 == COCOMM_OK) == (cap >= want) && (st2 == COCOMM_OK || st2 == COCOMM_ERR_BUFFER_TOO_SMALL));
    for (uint32_t k = 0; k < count; k++) {
      size_t off = (size_t)((const unsigned char *)all[k] - (const unsigned char *)e->milestones);
      FUZZ_ASSERT(off % e->milestone_size == 0 && off / e->milestone_size < n && applies(all[k], model));
      FUZZ_ASSERT(k == 0 || !before(all[k], all[k - 1]));
      if (k < cap) FUZZ_ASSERT(some[k] == all[k]);
    }
  }

  /* A submission, judged by hand from the deadlines. */
  uint8_t ssel = take_u8(&b);
  uint32_t ssize = ssel < 200 ? sizeof(cocomm_submission) : ssel < 230 ? sizeof(cocomm_submission) + 8
                                                                        : COCOMM_SUBMISSION_SIZE_V1 - 4;
  cocomm_submission *s = malloc(ssize > sizeof *s ? ssize : sizeof *s);
  memset(s, 0x5A, ssize > sizeof *s ? ssize : sizeof *s);
  s->struct_size = ssize;
  cocomm_instant at = (cocomm_instant)(int32_t)take_u32(&b) + INT64_C(1420000000);
  if (ssel == 0xFF) at = COCOMM_INSTANT_MIN - 1;
  st = cocomm_submission_judge(e, model, at, s);
  if (valid == COCOMM_OK && model <= COCOMM_MODEL_DELEGATED && ssize >= COCOMM_SUBMISSION_SIZE_V1 &&
      at >= COCOMM_INSTANT_MIN) {
    const cocomm_milestone *first = NULL, *next = NULL;
    cocomm_instant first_at = 0, next_at = 0;
    for (uint32_t i = 0; i < n; i++) {
      const cocomm_milestone *m = edition_ms(e, i);
      cocomm_instant d;
      if (!m->submission || model == COCOMM_MODEL_NONE || !applies(m, model)) continue;
      FUZZ_ASSERT(cocomm_milestone_deadline(m, &d) == COCOMM_OK);
      if (first == NULL || d < first_at) first = m, first_at = d;
      if (d >= at && (next == NULL || d < next_at)) next = m, next_at = d;
    }
    if (first == NULL) {
      FUZZ_ASSERT(st == COCOMM_ERR_NOT_FOUND);
    } else {
      FUZZ_ASSERT(st == COCOMM_OK && s->struct_size == ssize);
      FUZZ_ASSERT(s->deadline == first_at && s->on_time == (at <= first_at));
      FUZZ_ASSERT(s->late_by == (at <= first_at ? 0 : at - first_at));
      FUZZ_ASSERT(s->deadline_id != NULL && strcmp(s->deadline_id, first->id) == 0);
      FUZZ_ASSERT((s->consequence == COCOMM_LATE_NONE) == (s->on_time == 1));
      oracle_text("submission rule", s->rule);
      FUZZ_ASSERT(cocomm_rule_find(s->rule) != NULL);
      const cocomm_milestone *effect = s->on_time ? first : next;
      if (!s->on_time) FUZZ_ASSERT(next ? s->next_deadline_id && strcmp(s->next_deadline_id, next->id) == 0
                                        : s->next_deadline_id == NULL);
      if (effect) {
        FUZZ_ASSERT(s->go_live_fy == effect->go_live_fy);
        FUZZ_ASSERT(s->go_live.year == effect->go_live_fy && s->go_live.month == 4 && s->go_live.day == 1);
      }
    }
  } else {
    FUZZ_ASSERT(st != COCOMM_OK);
  }
  free(s);

  /* T-32: two and eight weeks from receipt. */
  cocomm_date received = {take_year(&b), take_u8(&b) % 14, take_u8(&b) % 33}, ack, decide;
  if (take_u8(&b) == 0xFF) received = (cocomm_date){9999, 12, (uint8_t)(take_u8(&b) % 32)};
  st = cocomm_timeline_constitution_due(received, &ack, &decide);
  if (cocomm_date_check(received) != COCOMM_OK) {
    FUZZ_ASSERT(st != COCOMM_OK);
  } else {
    cocomm_date a = fuzz_add_days(received, 14), z = fuzz_add_days(received, 56);
    int room = !(z.year == 9999 && z.month == 12 && z.day == 31);
    if (st == COCOMM_OK)
      FUZZ_ASSERT(cocomm_date_compare(ack, a) == 0 && cocomm_date_compare(decide, z) == 0);
    else
      FUZZ_ASSERT(st == COCOMM_ERR_OUT_OF_RANGE && !room);
  }
  edition_free(&fe);
  return 0;
}
