/* SPDX-License-Identifier: MIT */
/** @file timeline.h
 *  @brief The co-commissioning timeline (rules T-1 to T-35): policy
 *  editions, milestones with their real date precision, deadline checks to
 *  the second in UK time and constitution-amendment due dates. Export as
 *  iCalendar or CSV is in calendar.h.
 *
 *  Dates never gain precision the source lacks: "February 2015" is the
 *  range 2015-02-01..2015-02-28 with precision COCOMM_PRECISION_MONTH.
 *  "Early", "mid" and "late" in a month are days 1-10, 11-20 and 21 to the
 *  end (the library's stated convention). A deadline "by" a day without a
 *  time of day ends at 23:59:59 UK time on that day (T-34). */
#ifndef COCOMM_TIMELINE_H
#define COCOMM_TIMELINE_H

#include <stddef.h>
#include <stdint.h>
#include <cocomm/export.h>
#include <cocomm/error.h>
#include <cocomm/date.h>
#include <cocomm/status.h>
#include <cocomm/rules.h>

COCOMM_BEGIN_DECLS

/** How precisely a source dates a milestone. */
enum cocomm_precision {
  COCOMM_PRECISION_EXACT = 1,       /**< a day and a time of day (UK local) */
  COCOMM_PRECISION_DAY = 2,         /**< a day */
  COCOMM_PRECISION_EARLY_MONTH = 3, /**< "early <month>": days 1-10 */
  COCOMM_PRECISION_MID_MONTH = 4,   /**< "mid-<month>": days 11-20 */
  COCOMM_PRECISION_LATE_MONTH = 5,  /**< "late <month>": day 21 to the end */
  COCOMM_PRECISION_MONTH = 6,       /**< a month */
  COCOMM_PRECISION_DAY_SPAN = 7,    /**< from one day to another */
  COCOMM_PRECISION_MONTH_SPAN = 8   /**< from one month to another */
};

/** What a milestone is. */
enum cocomm_milestone_kind {
  COCOMM_MILESTONE_DEADLINE = 1, /**< something is due by the end of the range */
  COCOMM_MILESTONE_EVENT = 2,    /**< something happens within the range */
  COCOMM_MILESTONE_WINDOW = 3    /**< a period of work */
};

/** Bits of a milestone's models mask: bit N is enum cocomm_model N. */
#define COCOMM_MODELS_GREATER_INVOLVEMENT (1u << 1)
/** Joint commissioning's bit. */
#define COCOMM_MODELS_JOINT (1u << 2)
/** Delegated commissioning's bit. */
#define COCOMM_MODELS_DELEGATED (1u << 3)
/** Every model's bit. */
#define COCOMM_MODELS_ALL (COCOMM_MODELS_GREATER_INVOLVEMENT | COCOMM_MODELS_JOINT | COCOMM_MODELS_DELEGATED)

/** One milestone. Growable: a caller's own milestones start from
 *  cocomm_milestone_init() and travel with their element size. */
typedef struct cocomm_milestone {
  uint32_t struct_size;  /**< set by cocomm_milestone_init() */
  int32_t kind;          /**< enum cocomm_milestone_kind */
  const char *id;        /**< rule identifier, "T-11"; several rows may share one (T-12) */
  const char *label;     /**< what happens, UTF-8 */
  uint32_t models;       /**< COCOMM_MODELS_* mask */
  int32_t precision;     /**< enum cocomm_precision */
  cocomm_date start;     /**< first day of the range */
  cocomm_date end;       /**< last day of the range (= start for a day) */
  int32_t has_time;      /**< 1 if the source gives a time of day (precision EXACT) */
  int32_t minute_of_day; /**< that time, UK local, minutes after midnight (720 = 12:00) */
  int32_t submission;    /**< 1 if this is the proposal deadline for its models: only
                              a deadline, and never for greater involvement, which
                              needs no proposal */
  int32_t go_live_fy;    /**< for a submission deadline: the financial year (start year)
                              in which an on-time proposal takes effect, on its 1 April */
  const char *source;    /**< citation, "002 §7.1.2" */
  const char *note;      /**< what else the sources say; "" or NULL if nothing */
  /* Appended in 2.1 (zero: not stated, as before): the milestone's life. */
  const char *edition;       /**< key of the edition or cycle it belongs to ("2014-09", "2016/17");
                                  NULL: the edition that holds it */
  cocomm_date in_force_from; /**< first day the policy stated it; {0, 0, 0}: not stated (a cycle
                                  whose publication the sources do not date) */
  cocomm_date in_force_to;   /**< last day it held: the day before its edition was superseded, or
                                  2022-06-30 (CCGs abolished); {0, 0, 0}: not ended or not stated */
  int32_t source_kind;       /**< enum cocomm_source_kind: primary (the seeds) or secondary */
  int32_t reserved1;         /**< 0 */
} cocomm_milestone;

/** Static initialiser: the same values as cocomm_milestone_init(), for
 *  "cocomm_milestone x = COCOMM_MILESTONE_INIT;". */
#define COCOMM_MILESTONE_INIT {(uint32_t)sizeof(cocomm_milestone), COCOMM_MILESTONE_EVENT, 0, 0, COCOMM_MODELS_ALL, COCOMM_PRECISION_DAY, {0, 0, 0}, {0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, {0, 0, 0}, {0, 0, 0}, 0, 0}

/** The first (2.0) layout's size: the smallest struct_size accepted. */
#define COCOMM_MILESTONE_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_milestone, note)
/** The 2.1 layout: with edition, in_force_from, in_force_to and source_kind. */
#define COCOMM_MILESTONE_SIZE_V2 COCOMM_SIZE_THROUGH(cocomm_milestone, reserved1)

/** A policy edition or national cycle: a named set of milestones. The
 *  library has "2014-11" (the November 2014 "Next steps", the default,
 *  which times 2015/16), "2014-09" (the September 2014 slides, superseded
 *  by 2014-11), the later national cycles "2016/17", "2017/18", "2018/19"
 *  and "2020/21" (secondary sources), and "end" (CCGs abolished on
 *  2022-07-01); a caller may describe a cycle of its own. */
typedef struct cocomm_edition {
  uint32_t struct_size;                 /**< set by cocomm_edition_init() */
  uint32_t milestone_size;              /**< element size of milestones[] */
  const char *key;                      /**< "2014-11" */
  const char *title;                    /**< its title, UTF-8 */
  const char *source;                   /**< where its dates come from */
  const cocomm_milestone *milestones;   /**< milestone_count elements of milestone_size bytes */
  uint32_t milestone_count;             /**< how many milestones */
  int32_t published_precision;          /**< how precisely the sources date publication: 0 or
                                             COCOMM_PRECISION_EXACT (an instant), _DAY or _MONTH */
  cocomm_instant published;             /**< when it was published (DTSTAMP of exports); with DAY or
                                             MONTH precision the first instant (UTC) of that day or
                                             month: the day of a month is not known, never invented */
  /* Appended in 2.1 (zero: not stated, as before). */
  int32_t source_kind;                  /**< enum cocomm_source_kind of its dates */
  int32_t cycle_fy;                     /**< the financial year (start year) whose arrangements it
                                             times: 2015 for 2015/16; 0: none or not stated */
  cocomm_date in_force_from;            /**< first day it held; {0, 0, 0}: not stated */
  cocomm_date in_force_to;              /**< last day it held; {0, 0, 0}: not ended or not stated */
  const char *superseded_by;            /**< key of the edition that replaced it; NULL if none */
} cocomm_edition;

/** Static initialiser: the same values as cocomm_edition_init(), for
 *  "cocomm_edition x = COCOMM_EDITION_INIT;". */
#define COCOMM_EDITION_INIT {(uint32_t)sizeof(cocomm_edition), (uint32_t)sizeof(cocomm_milestone), 0, 0, 0, 0, 0, 0, 0, 0, 0, {0, 0, 0}, {0, 0, 0}, 0}

/** The first (2.0) layout's size: the smallest struct_size accepted. */
#define COCOMM_EDITION_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_edition, published)
/** The 2.1 layout: with source_kind, cycle_fy, in-force dates and superseded_by. */
#define COCOMM_EDITION_SIZE_V2 COCOMM_SIZE_THROUGH(cocomm_edition, superseded_by)
/** Most milestones an edition may hold. */
#define COCOMM_MILESTONES_MAX 4096u

/** What a late submission leads to. */
enum cocomm_lateness {
  COCOMM_LATE_NONE = 0,                   /**< on time */
  COCOMM_LATE_IN_YEAR_OR_NEXT_CYCLE = 1,  /**< delegated: in-year by agreement, or the next cycle (T-30) */
  COCOMM_LATE_QUARTERLY_ASSURANCE = 2     /**< joint: agreed in the quarterly CCG assurance meetings (A-7) */
};

/** What a constitution amendment covers (T-35). */
enum cocomm_amendment {
  COCOMM_AMENDMENT_JOINT_ONLY = 1, /**< relates solely to joint commissioning: due with joint proposals (T-13) */
  COCOMM_AMENDMENT_OTHER = 2       /**< anything else, joint and more included: due with delegated proposals (T-11) */
};

/** Which cycle a submission was judged against (2.1): the verdict of
 *  cocomm_timeline_judge_cycle(). */
enum cocomm_cycle_verdict {
  COCOMM_CYCLE_JUDGED = 0,         /**< judged against a cycle's known close (and what
                                        cocomm_submission_judge() always says) */
  COCOMM_CYCLE_NO_KNOWN_CLOSE = 1, /**< no known close remains for the model: nothing is judged,
                                        nothing is guessed */
  COCOMM_CYCLE_AFTER_END = 2       /**< on or after 2022-07-01 00:00 UK time: CCGs no longer exist;
                                        integrated care boards hold delegated primary medical services */
};

/** The verdict on a submission. Growable; initialise with cocomm_submission_init(). */
typedef struct cocomm_submission {
  uint32_t struct_size;     /**< set by cocomm_submission_init() */
  int32_t on_time;          /**< 1 if on time for the first deadline of the cycle */
  const char *deadline_id;  /**< the milestone judged against, "T-11" */
  const char *rule;         /**< the rule applied, "T-30" or "T-31" */
  cocomm_instant deadline;  /**< the last instant that is on time */
  int64_t late_by;          /**< seconds late; 0 when on time */
  cocomm_date go_live;      /**< when the arrangement can take effect */
  int32_t go_live_fy;       /**< that date's financial year (start year) */
  int32_t consequence;      /**< enum cocomm_lateness */
  int32_t reserved0;        /**< 0 */
  const char *next_deadline_id; /**< a later deadline this submission meets, or NULL */
  /* Appended in 2.1. */
  const char *edition;      /**< key of the edition or cycle judged against; NULL if none */
  int32_t verdict;          /**< enum cocomm_cycle_verdict */
  int32_t source_kind;      /**< that edition's enum cocomm_source_kind */
  const char *unknown_close; /**< key of an earlier cycle whose close is not known and to which
                                  the submission may belong ("2018/19"); NULL if none */
} cocomm_submission;

/** Static initialiser: the same values as cocomm_submission_init(), for
 *  "cocomm_submission x = COCOMM_SUBMISSION_INIT;". */
#define COCOMM_SUBMISSION_INIT {(uint32_t)sizeof(cocomm_submission), 0, 0, 0, 0, 0, {0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, 0}

/** The first (2.0) layout's size: the smallest struct_size accepted. */
#define COCOMM_SUBMISSION_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_submission, next_deadline_id)
/** The 2.1 layout: with edition, verdict, source_kind and unknown_close. */
#define COCOMM_SUBMISSION_SIZE_V2 COCOMM_SIZE_THROUGH(cocomm_submission, unknown_close)

/** How an item differs between two editions (2.1). */
enum cocomm_change {
  COCOMM_CHANGE_ADDED = 1,   /**< only in the later edition */
  COCOMM_CHANGE_REMOVED = 2, /**< only in the earlier edition */
  COCOMM_CHANGE_CHANGED = 3  /**< in both, with another date, time, precision, kind, models or go-live */
};

/** What a difference is about (2.1). */
enum cocomm_item {
  COCOMM_ITEM_MILESTONE = 1, /**< a milestone row */
  COCOMM_ITEM_RULE = 2       /**< a dated rule of the catalogue (cocomm_rule.dated) */
};

/** One difference between two editions (2.1), old and new side by side,
 *  each with its own citation (the milestone's or rule's source). Growable:
 *  arrays travel with their element size. */
typedef struct cocomm_difference {
  uint32_t struct_size;                  /**< set by cocomm_difference_init() */
  int32_t change;                        /**< enum cocomm_change */
  int32_t item;                          /**< enum cocomm_item */
  uint32_t reserved0;                    /**< 0 */
  const char *id;                        /**< the rule identifier, "T-11" */
  const cocomm_milestone *old_milestone; /**< in the earlier edition; NULL if added or a rule */
  const cocomm_milestone *new_milestone; /**< in the later edition; NULL if removed or a rule */
  const cocomm_rule *old_rule;           /**< a removed dated rule; NULL otherwise */
  const cocomm_rule *new_rule;           /**< an added dated rule; NULL otherwise */
} cocomm_difference;

/** Static initialiser: the same values as cocomm_difference_init(), for
 *  "cocomm_difference x = COCOMM_DIFFERENCE_INIT;". */
#define COCOMM_DIFFERENCE_INIT {(uint32_t)sizeof(cocomm_difference), 0, 0, 0, 0, 0, 0, 0, 0}
/** The first layout's size: the smallest struct_size accepted. */
#define COCOMM_DIFFERENCE_SIZE_V1 COCOMM_SIZE_THROUGH(cocomm_difference, new_rule)

/** A reference figure (2.1): how many CCGs took up a model in a cycle, as
 *  a source reports it. For reference, not per CCG. */
typedef struct cocomm_figure {
  const char *cycle;    /**< "2015/16" */
  int32_t model;        /**< enum cocomm_model */
  int32_t count;        /**< the number the source gives */
  int32_t count_alt;    /**< another figure reported for the same thing (0 if none): 2015/16's
                             63 delegated, which the HSJ reports as 64 */
  int32_t source_kind;  /**< enum cocomm_source_kind */
  const char *source;   /**< citation */
  const char *note;     /**< "" if nothing */
} cocomm_figure;

/** The built-in editions.
 *  @return the number of built-in editions */
COCOMM_API uint32_t cocomm_edition_count(void);
/** The built-in edition at an index, 0 to cocomm_edition_count() - 1; NULL past the end.
 *  @param index 0 to cocomm_edition_count() - 1
 *  @return the edition (static storage), or NULL if index is cocomm_edition_count() or more */
COCOMM_API const cocomm_edition *cocomm_edition_at(uint32_t index);
/** Look an edition up by key ("2014-11", "2014-09"); NULL when unknown.
 *  @param key the key, NUL-terminated, compared exactly; may be NULL
 *  @return the built-in edition (static storage), or NULL if key is NULL or unknown */
COCOMM_API const cocomm_edition *cocomm_edition_find(const char *key);
/** The default edition, "2014-11".
 *  @return the edition (static storage), never NULL */
COCOMM_API const cocomm_edition *cocomm_edition_default(void);

/** The instant CCGs ceased to exist (2.1): 2022-07-01 00:00 UK time (BST, so
 *  2022-06-30T23:00:00Z). From then on integrated care boards hold
 *  delegated primary medical services and the library answers nothing from
 *  the CCG-era rules.
 *  @return that instant, 2022-06-30T23:00:00Z */
COCOMM_API cocomm_instant cocomm_timeline_end(void);

/** Set a caller's struct to its INIT macro's values (struct_size and defaults).
 *  @param[out] milestone the struct to set; NULL does nothing */
COCOMM_API void cocomm_milestone_init(cocomm_milestone *milestone);
/** Set *edition to COCOMM_EDITION_INIT: struct_size, milestone_size, nothing else.
 *  @param[out] edition the struct to set; NULL does nothing */
COCOMM_API void cocomm_edition_init(cocomm_edition *edition);
/** Set *submission to COCOMM_SUBMISSION_INIT: struct_size, nothing else.
 *  @param[out] submission the struct to set; NULL does nothing */
COCOMM_API void cocomm_submission_init(cocomm_submission *submission);
/** COCOMM_OK if an edition and every milestone in it are well-formed
 *  (sizes, enumerations, real dates, end not before start, a range that
 *  matches its precision, a time only with EXACT); *error (may be NULL)
 *  says which milestone and field, and what is wrong. Every text (key, title, source,
 *  id, label, note) is valid UTF-8 of at most 1024 bytes with no control
 *  character but HT (COCOMM_ERR_PARSE otherwise). An EXACT time must exist
 *  in UK time: 01:30 on the day the clocks go forward is refused
 *  (COCOMM_ERR_OUT_OF_RANGE), never moved. The last day must have a day
 *  after it (so at most 9999-12-30), as an all-day iCalendar event ends on
 *  the day after its last. Every function that takes an edition or a
 *  milestone applies this one check, so what it accepts each of them can
 *  compute and export.
 *  @param edition the edition to check; NULL is COCOMM_ERR_INVALID_ARGUMENT
 *  @param[in,out] error set with cocomm_error_init(); gets the first fault, or
 *                 COCOMM_OK; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT (no edition, a required
 *          text missing, a value outside its enumeration or flags, milestones
 *          counted but no array, a misaligned milestone_size);
 *          COCOMM_ERR_STRUCT_SIZE (a struct_size or milestone_size below the
 *          first layout, error's included); COCOMM_ERR_OUT_OF_RANGE (dates,
 *          times, publication, more than COCOMM_MILESTONES_MAX milestones);
 *          COCOMM_ERR_PARSE (a text) */
COCOMM_API int32_t cocomm_edition_check(const cocomm_edition *edition, cocomm_error *error);

/** The milestones of an edition that apply to a model (COCOMM_MODEL_NONE:
 *  all of them), sorted by start date then identifier, as pointers into the
 *  edition, snprintf-style: *count gets how many there are, out the first
 *  capacity of them.
 *  @param edition the edition, checked as cocomm_edition_check() does
 *  @param model an enum cocomm_model value; COCOMM_MODEL_NONE for every milestone
 *  @param[out] out array of capacity pointers into edition; may be NULL when
 *              capacity is 0
 *  @param capacity how many elements out holds
 *  @param[out] count how many milestones apply, set also when out is too
 *              small; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL if more than capacity apply;
 *          COCOMM_ERR_INVALID_ARGUMENT if count is NULL, out is NULL with
 *          capacity above 0, or model is not an enum cocomm_model value;
 *          otherwise the status cocomm_edition_check() gives the edition */
COCOMM_API int32_t cocomm_timeline_list(const cocomm_edition *edition, int32_t model,
                                   const cocomm_milestone **out, uint32_t capacity, uint32_t *count);

/** The last on-time instant of a milestone: its time of day for EXACT,
 *  else 23:59:59 UK time on its last day (T-34).
 *  @param milestone the milestone, checked as cocomm_edition_check() checks
 *         each one; not NULL
 *  @param[out] out the instant, written on success only; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if milestone or out is NULL;
 *          otherwise the milestone check's status (COCOMM_ERR_INVALID_ARGUMENT,
 *          COCOMM_ERR_STRUCT_SIZE, COCOMM_ERR_OUT_OF_RANGE, COCOMM_ERR_PARSE) */
COCOMM_API int32_t cocomm_milestone_deadline(const cocomm_milestone *milestone, cocomm_instant *out);

/** When a milestone is, in words, as precisely as its source gives it and
 *  no more (2.1): "12:00, 9 January 2015" (EXACT, UK time), "9 January
 *  2015", "early January 2015 (days 1 to 10)", "mid-January 2015 (days 11
 *  to 20)", "late January 2015 (day 21 to the end)", "January 2015",
 *  "January 2015 to March 2015", "9 January 2015 to 30 January 2015".
 *  snprintf-style: *needed gets the length; too small a buffer gets ""
 *  and COCOMM_ERR_BUFFER_TOO_SMALL.
 *  @param milestone the milestone, checked as cocomm_milestone_deadline()
 *         checks it; not NULL
 *  @param[out] buf where the words go; may be NULL when cap is 0
 *  @param cap size of buf in bytes, NUL included
 *  @param[out] needed the text's length without the NUL; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL; COCOMM_ERR_INVALID_ARGUMENT
 *          if milestone is NULL or buf is NULL with cap > 0; otherwise the
 *          milestone check's status, as for cocomm_milestone_deadline() */
COCOMM_API int32_t cocomm_milestone_format_when(const cocomm_milestone *milestone, char *buf, size_t cap,
                                               size_t *needed);

/** Judge a proposal submitted at an instant against the edition's
 *  submission deadlines for a model (T-30, T-31, T-34). On time for the
 *  first deadline: it takes effect on 1 April of that deadline's go-live
 *  year. Late: how late, the consequence, and the later deadline (if any)
 *  it still meets and so the go-live that follows. COCOMM_ERR_NOT_FOUND
 *  for a model without a deadline (greater involvement needs none: A-1).
 *  @param edition the edition, checked as cocomm_edition_check() does
 *  @param model an enum cocomm_model value
 *  @param submitted_at when the proposal was submitted
 *  @param[in,out] result set with cocomm_submission_init() (struct_size at
 *                 least COCOMM_SUBMISSION_SIZE_V1); filled up to its
 *                 struct_size, on success only; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if result is NULL or model is
 *          not an enum cocomm_model value; COCOMM_ERR_STRUCT_SIZE for a result
 *          smaller than COCOMM_SUBMISSION_SIZE_V1; COCOMM_ERR_OUT_OF_RANGE for
 *          submitted_at outside COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX;
 *          COCOMM_ERR_NOT_FOUND if the edition has no submission deadline for
 *          the model (always for COCOMM_MODEL_NONE and greater involvement);
 *          otherwise the status cocomm_edition_check() gives the edition */
COCOMM_API int32_t cocomm_submission_judge(const cocomm_edition *edition, int32_t model,
                                           cocomm_instant submitted_at, cocomm_submission *result);

/** Judge a proposal submitted at an instant for a model against the national
 *  cycle it falls in (2.1): the built-in editions that are not superseded
 *  (2014-11 for 2015/16, then 2016/17, 2017/18, 2020/21), and the first of
 *  them whose known close (its first submission deadline for the model) the
 *  submission meets, judged as cocomm_submission_judge() does, with
 *  result->edition naming it. "A submission is judged against the first
 *  cycle whose known close it meets; where no known close remains, the
 *  library says so rather than guess": then result->verdict is
 *  COCOMM_CYCLE_NO_KNOWN_CLOSE, on_time 0 and nothing else is judged.
 *  Where an earlier cycle has no known close (2018/19) and the submission
 *  may belong to it, result->unknown_close names it. On or after
 *  2022-07-01 00:00 UK time result->verdict is COCOMM_CYCLE_AFTER_END,
 *  result->edition "end" and result->rule "M-1": CCGs no longer exist,
 *  never an answer from the 2015 rules. Before then, COCOMM_ERR_NOT_FOUND
 *  for greater involvement or no model; COCOMM_ERR_STRUCT_SIZE for a result smaller than
 *  COCOMM_SUBMISSION_SIZE_V2.
 *  @param model an enum cocomm_model value
 *  @param submitted_at when the proposal was submitted
 *  @param[in,out] result set with cocomm_submission_init(); filled up to its
 *                 struct_size, on success only; not NULL
 *  @return COCOMM_OK, whatever the verdict; COCOMM_ERR_INVALID_ARGUMENT if
 *          result is NULL or model is not an enum cocomm_model value;
 *          COCOMM_ERR_STRUCT_SIZE for a result smaller than
 *          COCOMM_SUBMISSION_SIZE_V2; COCOMM_ERR_OUT_OF_RANGE for submitted_at
 *          outside COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX; COCOMM_ERR_NOT_FOUND
 *          for COCOMM_MODEL_NONE or greater involvement before 2022-07-01 (on
 *          or after it, COCOMM_OK with COCOMM_CYCLE_AFTER_END) */
COCOMM_API int32_t cocomm_timeline_judge_cycle(int32_t model, cocomm_instant submitted_at,
                                               cocomm_submission *result);

/** Every milestone and dated rule that differs between two editions (2.1),
 *  snprintf-style into a caller's array of elem_size-byte elements, each
 *  set with cocomm_difference_init() (a struct_size of at least
 *  COCOMM_DIFFERENCE_SIZE_V1 and at most elem_size, else
 *  COCOMM_ERR_STRUCT_SIZE; nothing is written past it):
 *  *count gets how many differences there are, out the first capacity of
 *  them. Milestones are matched by identifier and, where several rows share
 *  one (T-12), by their order among those rows; a milestone is changed when
 *  its kind, models, precision, days, time of day or go-live year differ
 *  (a label or a citation alone is no change: both are shown side by side).
 *  Dated rules (cocomm_rule.dated) of the one edition but not the other are
 *  added or removed. Milestone differences come first, in the timeline
 *  order of the later edition (removed ones in that of the earlier), then
 *  rules in rulebook order.
 *  @param from the earlier edition, checked as cocomm_edition_check() does
 *  @param to the later edition, likewise
 *  @param[in,out] out array of capacity elements of elem_size bytes, each set
 *                 with cocomm_difference_init(); may be NULL when capacity is 0
 *  @param elem_size bytes from one element to the next: at least
 *         COCOMM_DIFFERENCE_SIZE_V1 and a multiple of cocomm_difference's
 *         alignment (checked when capacity is above 0)
 *  @param capacity how many elements out holds
 *  @param[out] count how many differences there are, set also when out is too
 *              small; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_BUFFER_TOO_SMALL if there are more than
 *          capacity; COCOMM_ERR_INVALID_ARGUMENT if count is NULL, or out is
 *          NULL with capacity above 0; COCOMM_ERR_STRUCT_SIZE for an elem_size
 *          or an element's struct_size as above; otherwise the status
 *          cocomm_edition_check() gives either edition */
COCOMM_API int32_t cocomm_edition_diff(const cocomm_edition *from, const cocomm_edition *to,
                                       cocomm_difference *out, uint32_t elem_size, uint32_t capacity,
                                       uint32_t *count);
/** Set *difference to COCOMM_DIFFERENCE_INIT: struct_size, nothing else.
 *  @param[out] difference the struct to set; NULL does nothing */
COCOMM_API void cocomm_difference_init(cocomm_difference *difference);
/** sizeof(cocomm_difference) as built, for bindings.
 *  @return the size in bytes */
COCOMM_API uint32_t cocomm_difference_size(void);

/** The reference figures (2.1): counts of CCGs by cycle and model, each
 *  with its source.
 *  @return the number of reference figures */
COCOMM_API uint32_t cocomm_figure_count(void);
/** The reference figure at an index, 0 to cocomm_figure_count() - 1; NULL past the end.
 *  @param index 0 to cocomm_figure_count() - 1
 *  @return the figure (static storage), or NULL if index is cocomm_figure_count() or more */
COCOMM_API const cocomm_figure *cocomm_figure_at(uint32_t index);
/** sizeof(cocomm_figure) as built, for bindings.
 *  @return the size in bytes */
COCOMM_API uint32_t cocomm_figure_size(void);

/** "added", "removed", "changed"; "unknown" otherwise (2.1).
 *  @param change an enum cocomm_change value
 *  @return a static string, never NULL: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_change_name(int32_t change);
/** "judged", "no known close", "after the end of CCGs"; "unknown" otherwise (2.1).
 *  @param verdict an enum cocomm_cycle_verdict value
 *  @return a static string, never NULL: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_cycle_verdict_name(int32_t verdict);

/** Judge an instant against one milestone's deadline: *on_time gets 1 or
 *  0, *late_by (may be NULL) the seconds past it (0 when on time).
 *  @param milestone the milestone, checked as cocomm_milestone_deadline()
 *         does; not NULL
 *  @param at the instant to judge
 *  @param[out] on_time 1 if at is no later than the deadline, else 0; not NULL
 *  @param[out] late_by seconds past the deadline, 0 when on time; may be NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if milestone or on_time is
 *          NULL; COCOMM_ERR_OUT_OF_RANGE for at outside
 *          COCOMM_INSTANT_MIN..COCOMM_INSTANT_MAX; otherwise the status
 *          cocomm_milestone_deadline() gives the milestone */
COCOMM_API int32_t cocomm_milestone_judge(const cocomm_milestone *milestone, cocomm_instant at,
                                         int32_t *on_time, int64_t *late_by);

/** Judge a constitution amendment request submitted at an instant (T-35):
 *  one that covers solely joint commissioning (COCOMM_AMENDMENT_JOINT_ONLY)
 *  against the edition's joint submission deadline, any other
 *  (COCOMM_AMENDMENT_OTHER: a joint proposal's amendment that also changes
 *  anything else included) against its delegated one. *result as
 *  cocomm_submission_judge() fills it, with rule "T-35".
 *  @param edition the edition, checked as cocomm_edition_check() does
 *  @param covers an enum cocomm_amendment value
 *  @param submitted_at when the request was submitted
 *  @param[in,out] result as for cocomm_submission_judge()
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if covers is not an enum
 *          cocomm_amendment value; otherwise as cocomm_submission_judge() for
 *          the joint model (COCOMM_AMENDMENT_JOINT_ONLY) or the delegated one,
 *          COCOMM_ERR_NOT_FOUND included if the edition has no such deadline */
COCOMM_API int32_t cocomm_timeline_judge_amendment(const cocomm_edition *edition, int32_t covers,
                                                   cocomm_instant submitted_at, cocomm_submission *result);

/** T-32: NHS England acknowledges a constitution amendment request within
 *  two weeks of receipt and decides within eight weeks.
 *  @param received the day the request was received
 *  @param[out] acknowledge_by received plus 14 days; not NULL
 *  @param[out] decide_by received plus 56 days; not NULL
 *  @return COCOMM_OK; COCOMM_ERR_INVALID_ARGUMENT if acknowledge_by or
 *          decide_by is NULL; COCOMM_ERR_OUT_OF_RANGE if received is not a real
 *          date or a due date would pass 9999-12-31 (then neither is written) */
COCOMM_API int32_t cocomm_timeline_constitution_due(cocomm_date received, cocomm_date *acknowledge_by,
                                           cocomm_date *decide_by);

/** A date precision's name for printing ("exact", "day", "mid-month", ...);
 *  "unknown" for a value that is none (never NULL).
 *  @param precision an enum cocomm_precision value
 *  @return a static string, never NULL: the name ("exact", "day", "early
 *          month", "mid-month", ...), or "unknown" for any other value */
COCOMM_API const char *cocomm_precision_name(int32_t precision);
/** A milestone kind's name: "deadline", "event", "window"; "unknown" otherwise.
 *  @param kind an enum cocomm_milestone_kind value
 *  @return a static string, never NULL: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_milestone_kind_name(int32_t kind);
/** A lateness consequence's name ("on time", "agreed in the quarterly CCG assurance
 *  meetings", ...); "unknown" otherwise.
 *  @param consequence an enum cocomm_lateness value
 *  @return a static string, never NULL: the name, or "unknown" for any other value */
COCOMM_API const char *cocomm_lateness_name(int32_t consequence);
/** sizeof as built, for bindings.
 *  @return sizeof(cocomm_milestone), in bytes */
COCOMM_API uint32_t cocomm_milestone_size(void);
/** sizeof(cocomm_edition) as built, for bindings.
 *  @return the size in bytes */
COCOMM_API uint32_t cocomm_edition_size(void);
/** sizeof(cocomm_submission) as built, for bindings.
 *  @return the size in bytes */
COCOMM_API uint32_t cocomm_submission_size(void);

COCOMM_END_DECLS

#endif
