/* SPDX-License-Identifier: MIT */
/* An outside program, built by tests/consumers/run.sh through CMake's
 * find_package(cocomm) and through meson's dependency('cocomm') with
 * libcocomm as a subproject: it prints the library's version and judges a
 * delegated proposal against the 2014-11 timeline (T-11: due by 12:00 on
 * 9 January 2015, UK time), checking the answer. */
#include <stdio.h>
#include <string.h>
#include <cocomm/cocomm.h>

static int judge(const char *when, cocomm_submission *s) {
  cocomm_instant t;
  if (cocomm_instant_parse(when, COCOMM_NTS, &t) != COCOMM_OK) return -1;
  cocomm_submission_init(s);
  return cocomm_submission_judge(cocomm_edition_default(), COCOMM_MODEL_DELEGATED, t, s) == COCOMM_OK ? 0 : -1;
}

int main(void) {
  cocomm_submission noon = COCOMM_SUBMISSION_INIT, late = COCOMM_SUBMISSION_INIT;
  if (judge("2015-01-09T12:00:00", &noon) != 0 || judge("2015-01-09T12:00:01", &late) != 0) {
    fprintf(stderr, "consumer: a judgement failed\n");
    return 1;
  }
  printf("libcocomm %s: delegated proposal at 12:00:00 %s, at 12:00:01 late by %lld s (%s, rule %s)\n",
         cocomm_version_string(), noon.on_time ? "on time" : "late", (long long)late.late_by,
         late.deadline_id, late.rule);
  if (!noon.on_time || late.on_time || late.late_by != 1 || strcmp(late.deadline_id, "T-11") != 0) {
    fprintf(stderr, "consumer: unexpected verdict\n");
    return 1;
  }
  return 0;
}
