/* SPDX-License-Identifier: MIT */
/** @file calendar.h
 *  @brief A timeline as an iCalendar object (RFC 5545) or as CSV, so that a
 *  governance team can drop the deadlines into its calendar or a sheet. */
#ifndef COCOMM_CALENDAR_H
#define COCOMM_CALENDAR_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/timeline.h>

COCOMM_BEGIN_DECLS

/** Write a model's timeline (COCOMM_MODEL_NONE: every milestone) as one
 *  VCALENDAR: a VEVENT per milestone in timeline order; all-day events for
 *  date ranges (DTEND the day after the last), timed events in UTC; DTSTAMP
 *  from dtstamp; a UID stable per edition and milestone row; text escaped,
 *  lines folded at 75 octets (never inside a UTF-8 character), CRLF line
 *  ends. snprintf-style: *needed gets the length without the NUL.
 *  @param edition the timeline edition; not NULL
 *  @param model whose timeline (enum cocomm_model); COCOMM_MODEL_NONE for all
 *  @param dtstamp the instant written as each event's DTSTAMP
 *  @param[out] buf where the text goes; may be NULL when cap is 0
 *  @param cap size of buf in bytes, NUL included
 *  @param[out] needed the text's length without the NUL; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL; COCOMM_ERR_OUT_OF_RANGE
 *  for a dtstamp outside COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX;
 *  COCOMM_ERR_INVALID_ARGUMENT for a model that is not one or a NULL buf with
 *  cap > 0; or the status cocomm_edition_check() gives for a refused
 *  edition */
COCOMM_API int32_t cocomm_calendar_format_ics(const cocomm_edition *edition, int32_t model,
                                       cocomm_instant dtstamp, char *buf, size_t cap, size_t *needed);

/** Write a model's timeline as CSV (RFC 4180, CRLF), one header row then a
 *  row per milestone: id, kind, label, models, precision, start, end, time
 *  (UK local, HH:MM or empty), deadline (the last on-time instant, UK, for
 *  a deadline), source, note. snprintf-style.
 *  @param edition the timeline edition; not NULL
 *  @param model whose timeline (enum cocomm_model); COCOMM_MODEL_NONE for all
 *  @param[out] buf where the text goes; may be NULL when cap is 0
 *  @param cap size of buf in bytes, NUL included
 *  @param[out] needed the text's length without the NUL; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL;
 *  COCOMM_ERR_INVALID_ARGUMENT for a model that is not one or a NULL buf with
 *  cap > 0; or the status cocomm_edition_check() gives for a refused
 *  edition */
COCOMM_API int32_t cocomm_calendar_format_csv(const cocomm_edition *edition, int32_t model, char *buf,
                                       size_t cap, size_t *needed);

COCOMM_END_DECLS

#endif
