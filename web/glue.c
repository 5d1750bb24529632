/* SPDX-License-Identifier: MIT */
/* The page's glue (issue 17): what web/app.js calls in the WebAssembly
 * build of libcocomm. The library's structs are filled and read here, so
 * that the page's JavaScript passes only numbers and strings: each web_*
 * function is exported by name, strings go in as (pointer, length) in
 * memory the page got from web_alloc(), and come back as pointers to
 * NUL-terminated UTF-8 (library constants, or a buffer here that the next
 * call reuses). State lives in this file: one committee list, its terms,
 * one decision, one judged submission, one timeline.
 *
 * Not part of the library and uses only its public API. Every rule,
 * message and date the page shows is made by the library; the few words
 * made here (how someone came to preside, a duration, a milestone's date
 * as precisely as its source gives it) put the library's values into
 * words as examples/html.c does for the CLI's reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#if defined(__wasm__)
#define WEB(name) __attribute__((export_name(#name)))
#else
#define WEB(name)
#endif

/* ---- memory and strings ---- */

WEB(web_alloc) void *web_alloc(size_t n) { return malloc(n ? n : 1); }
WEB(web_free) void web_free(void *p) { free(p); }

/* The buffer formatted strings come back in: valid until the next call. */
static char out[8192];

static const char *said(const char *s) { return s ? s : ""; }

/* ---- the last refusal ---- */

static cocomm_error err = COCOMM_ERROR_INIT;

WEB(web_error_message) const char *web_error_message(void) {
  return err.message && *err.message ? err.message : cocomm_status_str(err.status);
}
WEB(web_error_line) uint32_t web_error_line(void) { return err.line; }
WEB(web_error_column) uint32_t web_error_column(void) { return err.column; }
WEB(web_error_text) const char *web_error_text(void) { return err.text; }
WEB(web_error_field) const char *web_error_field(void) { return cocomm_field_name(err.field); }
WEB(web_error_index) int32_t web_error_index(void) { return err.index; }

/* ---- findings: three sets (the list's notes, the committee's, the decision's) ---- */

enum { SET_NOTES = 0, SET_COMMITTEE = 1, SET_DECISION = 2, SETS = 3 };

static cocomm_finding *found[SETS];
static uint32_t found_count[SETS];

static cocomm_committee committee = COCOMM_COMMITTEE_INIT;

/* Run a check twice, snprintf-style: sized, then written. */
#define TWICE(set, call)                                                      \
  do {                                                                        \
    cocomm_findings fs_;                                                      \
    cocomm_findings_init(&fs_, NULL, 0);                                      \
    cocomm_findings *findings = &fs_;                                         \
    int32_t st_ = (call);                                                     \
    if (st_ != COCOMM_OK && st_ != COCOMM_ERR_BUFFER_TOO_SMALL) return st_;   \
    free(found[set]);                                                         \
    found[set] = calloc(fs_.count ? fs_.count : 1, sizeof(cocomm_finding));   \
    if (found[set] == NULL) return COCOMM_ERR_OUT_OF_RANGE;                   \
    cocomm_findings_init(&fs_, found[set], fs_.count);                        \
    st_ = (call);                                                             \
    if (st_ != COCOMM_OK) return st_;                                         \
    found_count[set] = fs_.count;                                             \
  } while (0)

static const cocomm_finding *finding(int32_t set, uint32_t i) {
  return set >= 0 && set < SETS && i < found_count[set] ? &found[set][i] : NULL;
}

WEB(web_findings_count) uint32_t web_findings_count(int32_t set) {
  return set >= 0 && set < SETS ? found_count[set] : 0;
}

/* A finding's numbers: 0 severity, 1 subject (the member's index, or -1),
 * 2 rule (enum cocomm_rule_id), 3 message. */
WEB(web_finding_int) int32_t web_finding_int(int32_t set, uint32_t i, int32_t what) {
  const cocomm_finding *f = finding(set, i);
  if (f == NULL) return -1;
  switch (what) {
    case 0: return f->severity;
    case 1: return f->subject;
    case 2: return f->rule;
    case 3: return f->message;
    default: return -1;
  }
}

/* A finding's words: 0 its text, 1 its severity, 2 its rule's identifier,
 * 3 the rule's statement, 4 its source, 5 the rule's force. */
WEB(web_finding_str) const char *web_finding_str(int32_t set, uint32_t i, int32_t what) {
  const cocomm_finding *f = finding(set, i);
  if (f == NULL) return "";
  const cocomm_rule *r = cocomm_rule_get(f->rule);
  switch (what) {
    case 0:
      if (cocomm_finding_format(f, committee.members ? &committee : NULL, out, sizeof out, NULL) != COCOMM_OK)
        snprintf(out, sizeof out, "(message %d)", (int)f->message);
      return out;
    case 1: return cocomm_severity_name(f->severity);
    case 2: return r ? r->id : "?";
    case 3: return r ? r->statement : "";
    case 4: return r ? r->source : "";
    case 5: return r ? cocomm_force_name(r->force) : "";
    default: return "";
  }
}

/* ---- the committee list ---- */

static char *csv;          /* a copy of the file's bytes */
static size_t csv_len;
static cocomm_roster roster;
static cocomm_member *members;
static char *text;
static uint32_t *lines;
static int have_roster;

static cocomm_terms file_terms; /* a terms-of-reference file's, when one was read */
static int have_file_terms;
static cocomm_terms terms;      /* what applies: the file's, with the page's quorum over it */

static void roster_free(void) {
  free(members), free(text), free(lines);
  members = NULL, text = NULL, lines = NULL;
  have_roster = 0;
  committee.members = NULL;
  committee.member_count = 0;
  for (int s = 0; s < SETS; s++) found_count[s] = 0;
}

/* Parse the kept bytes (with the terms' tag names, when a file gave some). */
static int32_t roster_parse(void) {
  roster_free();
  cocomm_error_init(&err);
  cocomm_roster_init(&roster, NULL, 0, NULL, 0);
  roster.terms = have_file_terms ? &file_terms : NULL;
  int32_t st = cocomm_roster_parse(csv, csv_len, 0, &roster, &err);
  if (st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL) return st;
  const uint32_t n = roster.count;
  const size_t t = roster.text_needed;
  members = calloc(n ? n : 1, sizeof *members);
  lines = calloc(n ? n : 1, sizeof *lines);
  text = malloc(t + 1);
  cocomm_finding *notes = calloc(n ? n : 1, sizeof *notes);
  if (members == NULL || lines == NULL || text == NULL || notes == NULL) {
    free(notes);
    roster_free();
    return COCOMM_ERR_OUT_OF_RANGE;
  }
  cocomm_findings fs;
  cocomm_findings_init(&fs, notes, n);
  cocomm_roster_init(&roster, members, n, text, t + 1);
  roster.terms = have_file_terms ? &file_terms : NULL;
  roster.lines = lines;
  roster.findings = &fs;
  st = cocomm_roster_parse(csv, csv_len, 0, &roster, &err);
  roster.findings = NULL;
  if (st != COCOMM_OK) {
    free(notes);
    roster_free();
    return st;
  }
  free(found[SET_NOTES]);
  found[SET_NOTES] = notes;
  found_count[SET_NOTES] = fs.count < n ? fs.count : n;
  committee.members = members;
  committee.member_count = roster.count;
  have_roster = 1;
  return COCOMM_OK;
}

/* Read a committee list (CSV, UTF-16 or Windows-1252: docs/csv.md). */
WEB(web_roster_load) int32_t web_roster_load(const char *data, size_t len) {
  free(csv);
  csv = malloc(len ? len : 1);
  if (csv == NULL) return COCOMM_ERR_OUT_OF_RANGE;
  memcpy(csv, data, len);
  csv_len = len;
  return roster_parse();
}

WEB(web_roster_count) uint32_t web_roster_count(void) { return have_roster ? roster.count : 0; }

/* How the file was read: 0 encoding, 1 delimiter, 2 columns, 3 columns not read. */
WEB(web_roster_int) int32_t web_roster_int(int32_t what) {
  if (!have_roster) return -1;
  switch (what) {
    case 0: return roster.encoding;
    case 1: return roster.delimiter;
    case 2: return (int32_t)roster.columns;
    case 3: return (int32_t)roster.unused;
    default: return -1;
  }
}

/* The members who vote, as the CLI counts them: marked voting, observers
 * (Healthwatch, the Health and Wellbeing Board) excepted (C-3). */
WEB(web_roster_voting) uint32_t web_roster_voting(void) {
  uint32_t n = 0;
  for (uint32_t i = 0; have_roster && i < roster.count; i++)
    n += members[i].voting && members[i].category != COCOMM_CATEGORY_HEALTHWATCH &&
         members[i].category != COCOMM_CATEGORY_HWB;
  return n;
}

/* 0 the encoding's name, 1 the delimiter's ("comma", "semicolon", "tab"). */
WEB(web_roster_str) const char *web_roster_str(int32_t what) {
  if (!have_roster) return "";
  if (what == 0) return cocomm_encoding_name(roster.encoding);
  if (what == 1)
    return roster.delimiter == ',' ? "comma" : roster.delimiter == ';' ? "semicolon"
                                           : roster.delimiter == '\t' ? "tab" : "unknown";
  return "";
}

/* Column k (0-based) of the header: its cell, and what it was read as. */
WEB(web_column_header) const char *web_column_header(uint32_t k) {
  if (!have_roster || roster.header == NULL || k >= roster.columns) return "";
  const char *p = roster.header;
  for (uint32_t i = 0; i < k; i++) p += strlen(p) + 1;
  return p;
}
WEB(web_column_kind) const char *web_column_kind(uint32_t k) {
  if (!have_roster || k >= roster.columns || k >= COCOMM_ROSTER_COLUMNS_MAX) return "";
  return cocomm_column_name(roster.column_kind[k]);
}

static const cocomm_member *member(uint32_t i) { return have_roster && i < roster.count ? &members[i] : NULL; }

/* A member's words: 0 name, 1 organisation, 2 category, 3 position ("" for none). */
WEB(web_member_str) const char *web_member_str(uint32_t i, int32_t what) {
  const cocomm_member *m = member(i);
  if (m == NULL) return "";
  switch (what) {
    case 0: return said(m->name);
    case 1: return said(m->body);
    case 2: return cocomm_category_name(m->category);
    case 3: return m->position == COCOMM_POSITION_NONE ? "" : cocomm_position_name(m->position);
    default: return "";
  }
}

/* A member's numbers: 0 category, 1 voting, 2 position, 3 the line its row starts on. */
WEB(web_member_int) int32_t web_member_int(uint32_t i, int32_t what) {
  const cocomm_member *m = member(i);
  if (m == NULL) return -1;
  switch (what) {
    case 0: return m->category;
    case 1: return m->voting;
    case 2: return m->position;
    case 3: return (int32_t)lines[i];
    default: return -1;
  }
}

/* ---- terms of reference ---- */

/* Read a terms file (docs/terms.md); the list, if any, is read again with its tag names. */
WEB(web_terms_load) int32_t web_terms_load(const char *data, size_t len) {
  cocomm_terms t;
  cocomm_terms_init(&t);
  cocomm_error_init(&err);
  int32_t st = cocomm_terms_parse(data, len, 0, &t, &err);
  if (st != COCOMM_OK) return st;
  file_terms = t;
  have_file_terms = 1;
  return csv ? roster_parse() : COCOMM_OK;
}

WEB(web_terms_clear) int32_t web_terms_clear(void) {
  have_file_terms = 0;
  return csv ? roster_parse() : COCOMM_OK;
}

/* The terms that apply, as the terms format writes them. */
WEB(web_terms_text) const char *web_terms_text(void) {
  if (cocomm_terms_format(&terms, out, sizeof out, NULL) != COCOMM_OK) out[0] = '\0';
  return out;
}

/* The committee: its kind, and its quorum: "at least quorum voting
 * members" (0: none) replacing the terms', or the terms' (-1). */
WEB(web_committee_set) int32_t web_committee_set(int32_t kind, int32_t quorum) {
  if (have_file_terms) terms = file_terms;
  else cocomm_terms_init(&terms);
  if (quorum >= 0) {
    const cocomm_clause at_least = {quorum, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY};
    terms.quorum[0] = at_least;
    terms.quorum_count = quorum > 0 ? 1 : 0;
  }
  committee.kind = kind;
  committee.terms = &terms;
  cocomm_error_init(&err);
  return cocomm_committee_check(&committee, &err);
}

WEB(web_committee_assess) int32_t web_committee_assess(void) {
  if (!have_roster) return COCOMM_ERR_INVALID_ARGUMENT;
  found_count[SET_COMMITTEE] = 0;
  cocomm_error_init(&err);
  TWICE(SET_COMMITTEE, cocomm_committee_assess(&committee, findings, &err));
  return COCOMM_OK;
}

/* ---- one decision ---- */

static uint8_t *present, *conflicted, *roles;
static int32_t *votes;
static int have_votes;
static cocomm_decision decision = COCOMM_DECISION_INIT;
static cocomm_decision_result result = COCOMM_DECISION_RESULT_INIT;

/* Everyone present, no conflict, no vote, no choice, no casting vote. */
WEB(web_decision_reset) int32_t web_decision_reset(void) {
  free(present), free(conflicted), free(roles), free(votes);
  const uint32_t n = have_roster && roster.count ? roster.count : 1;
  present = malloc(n), conflicted = calloc(n, 1), roles = calloc(n, 1), votes = calloc(n, sizeof *votes);
  if (!present || !conflicted || !roles || !votes) return COCOMM_ERR_OUT_OF_RANGE;
  memset(present, 1, n);
  have_votes = 0;
  cocomm_decision_init(&decision);
  cocomm_decision_result_init(&result);
  found_count[SET_DECISION] = 0;
  return COCOMM_OK;
}

/* Member i: present (0/1), declared a conflict (0/1), vote (enum cocomm_vote). */
WEB(web_decision_member) int32_t web_decision_member(uint32_t i, int32_t is_present, int32_t is_conflicted,
                                                      int32_t vote) {
  if (!have_roster || i >= roster.count || present == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  present[i] = is_present != 0;
  conflicted[i] = is_conflicted != 0;
  votes[i] = vote;
  if (vote != COCOMM_VOTE_NONE) have_votes = 1;
  return COCOMM_OK;
}

/* The member the meeting chose to preside (-1: none), the casting vote
 * given on a tie (enum cocomm_vote), 1 if the item awards a contract. */
WEB(web_decision_options) void web_decision_options(int32_t chosen, int32_t casting, int32_t contract_award) {
  decision.chosen = chosen;
  decision.casting = casting;
  decision.contract_award = contract_award;
}

WEB(web_decision_assess) int32_t web_decision_assess(void) {
  if (!have_roster || present == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  decision.present = present;
  decision.conflicted = conflicted;
  decision.votes = have_votes ? votes : NULL;
  cocomm_decision_result_init(&result);
  found_count[SET_DECISION] = 0;
  cocomm_error_init(&err);
  TWICE(SET_DECISION, cocomm_decision_assess(&committee, &decision, &result, roles, findings, &err));
  return COCOMM_OK;
}

/* The result: 0 can decide, 1 quorate, 2 who presides (-1: no one),
 * 3 eligible voting members, 4 of whom lay, executive or NHS England,
 * 5 withdrawn, 6 outcome, 7 for, 8 against, 9 abstentions, 10 how
 * presiding came about, 11 members who may preside, 12 who cast a
 * casting vote, 13 majority basis, 14 counted towards the quorum, 15 1 if
 * lay and executive members are still more than half of the eligible
 * voting members (I-6; 2 * lay-and-executive > eligible). */
WEB(web_result_int) int32_t web_result_int(int32_t what) {
  switch (what) {
    case 0: return result.can_decide;
    case 1: return result.quorate;
    case 2: return result.presiding;
    case 3: return (int32_t)result.eligible;
    case 4: return (int32_t)result.eligible_lay_executive;
    case 5: return (int32_t)result.withdrawn;
    case 6: return result.outcome;
    case 7: return (int32_t)result.votes_for;
    case 8: return (int32_t)result.votes_against;
    case 9: return (int32_t)result.abstentions;
    case 10: return result.presided;
    case 11: return (int32_t)result.may_preside;
    case 12: return result.casting_by;
    case 13: return result.majority;
    case 14: return (int32_t)result.counted;
    case 15: return 2 * result.eligible_lay_executive > result.eligible;
    default: return -1;
  }
}

/* Member i's enum cocomm_item_role flags on the item. */
WEB(web_result_role) int32_t web_result_role(uint32_t i) {
  return have_roster && i < roster.count && roles ? roles[i] : 0;
}

/* The result's words: 0 the outcome, 1 how the presiding member came to
 * preside, 2 the majority basis, 3 the entry for the register of
 * procurement decisions (I-3, one CSV record). */
WEB(web_result_str) const char *web_result_str(int32_t what) {
  switch (what) {
    case 0: return cocomm_outcome_name(result.outcome);
    case 1:
      switch (result.presided) {
        case COCOMM_PRESIDED_CHAIR: return "as the chair";
        case COCOMM_PRESIDED_VICE_CHAIR: return "as the vice-chair: the chair is absent, withdrew or may not preside";
        case COCOMM_PRESIDED_CHOSEN: return "chosen by the meeting: neither the chair nor the vice-chair can";
        case COCOMM_PRESIDED_TO_CHOOSE:
          return "neither the chair nor the vice-chair can: the meeting must choose one of the members who may preside";
        default: return "no one can preside: the item cannot be decided";
      }
    case 2: return cocomm_majority_name(result.majority);
    case 3:
      if (cocomm_decision_format_register(&committee, &decision, &result, out, sizeof out, NULL) != COCOMM_OK)
        out[0] = '\0';
      return out;
    default: return "";
  }
}

/* ---- dates in words (as examples/html.c writes them) ---- */

static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
static const char *const day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

static const char *month_name(int month) { return month >= 1 && month <= 12 ? month_names[month - 1] : "?"; }

/* "Friday 9 January 2015" */
static void date_words(char *buf, size_t cap, cocomm_date d) {
  int32_t wd = 0;
  if (cocomm_date_weekday(d, &wd) == COCOMM_OK && wd >= 1 && wd <= 7)
    snprintf(buf, cap, "%s %d %s %d", day_names[wd - 1], d.day, month_name(d.month), d.year);
  else
    snprintf(buf, cap, "%d %s %d", d.day, month_name(d.month), d.year);
}

/* "12:00:01 GMT on Friday 9 January 2015" */
static void instant_words(char *buf, size_t cap, cocomm_instant t) {
  cocomm_datetime dt;
  char day[48];
  if (cocomm_instant_to_uk(t, &dt) != COCOMM_OK) {
    snprintf(buf, cap, "?");
    return;
  }
  date_words(day, sizeof day, dt.date);
  snprintf(buf, cap, "%02d:%02d:%02d %s on %s", dt.hour, dt.minute, dt.second,
           dt.utc_offset_minutes ? "BST" : "GMT", day);
}

/* "1 day, 2 hours, 3 minutes and 1 second" */
static void duration_words(char *buf, size_t cap, int64_t s) {
  const int64_t parts[4] = {s / 86400, s / 3600 % 24, s / 60 % 60, s % 60};
  static const char *const units[4] = {"day", "hour", "minute", "second"};
  int n = 0, k = 0;
  for (int i = 0; i < 4; i++) n += parts[i] != 0;
  buf[0] = '\0';
  if (n == 0) {
    snprintf(buf, cap, "0 seconds");
    return;
  }
  for (int i = 0; i < 4; i++) {
    if (parts[i] == 0) continue;
    size_t len = strlen(buf);
    snprintf(buf + len, cap - len, "%s%lld %s%s", k == 0 ? "" : k + 1 == n ? " and " : ", ", (long long)parts[i],
             units[i], parts[i] == 1 ? "" : "s");
    k++;
  }
}

/* ---- a deadline ---- */

static cocomm_instant submitted;
static cocomm_submission submission = COCOMM_SUBMISSION_INIT;
static int have_submission;

/* A UK local date-time ("2015-01-09T12:00:01"; GMT or BST as the library
 * says), or one with "Z" or an offset. */
WEB(web_instant_parse) int32_t web_instant_parse(const char *data, size_t len) {
  cocomm_instant t = 0;
  int32_t st = cocomm_instant_parse(data, len, &t);
  if (st == COCOMM_OK) submitted = t;
  return st;
}

/* Judge the instant last parsed for a model against an edition (its key;
 * "" for the national cycle the submission falls in). */
WEB(web_judge) int32_t web_judge(const char *key, int32_t model) {
  cocomm_submission_init(&submission);
  have_submission = 0;
  int32_t st;
  if (key == NULL || *key == '\0') {
    st = cocomm_timeline_judge_cycle(model, submitted, &submission);
  } else {
    const cocomm_edition *e = cocomm_edition_find(key);
    if (e == NULL) return COCOMM_ERR_NOT_FOUND;
    st = cocomm_submission_judge(e, model, submitted, &submission);
  }
  have_submission = st == COCOMM_OK;
  return st;
}

/* 0 on time (1/0), 1 consequence (enum cocomm_lateness), 2 verdict (enum
 * cocomm_cycle_verdict), 3 source kind, 4 seconds late (at most 2^31 - 1),
 * 5 go-live financial year. */
WEB(web_judged_int) int32_t web_judged_int(int32_t what) {
  if (!have_submission) return -1;
  switch (what) {
    case 0: return submission.on_time;
    case 1: return submission.consequence;
    case 2: return submission.verdict;
    case 3: return submission.source_kind;
    case 4: return submission.late_by > INT32_MAX ? INT32_MAX : (int32_t)submission.late_by;
    case 5: return submission.go_live_fy;
    default: return -1;
  }
}

static const char *rule_part(const char *id, int what) {
  const cocomm_rule *r = id ? cocomm_rule_find(id) : NULL;
  return r == NULL ? "" : what == 0 ? r->statement : r->source;
}

/* 0 submitted (UK time, with its offset), 1 submitted in words, 2 the
 * deadline, 3 in words, 4 how late in words, 5 the deadline's milestone
 * ("T-11"), 6 the rule applied ("T-30"), 7 its statement, 8 its source,
 * 9 go-live date, 10 in words, 11 its financial year ("2015/16"),
 * 12 what lateness leads to, 13 a later deadline it meets, 14 the
 * edition or cycle judged against, 15 its title, 16 the verdict,
 * 17 an earlier cycle with no known close it may belong to,
 * 18 the deadline milestone's statement, 19 its source. */
WEB(web_judged_str) const char *web_judged_str(int32_t what) {
  if (!have_submission && what > 1) return "";
  const cocomm_edition *e = submission.edition ? cocomm_edition_find(submission.edition) : NULL;
  switch (what) {
    case 0: cocomm_instant_format(submitted, COCOMM_TIME_UK, out, sizeof out, NULL); return out;
    case 1: instant_words(out, sizeof out, submitted); return out;
    case 2: cocomm_instant_format(submission.deadline, COCOMM_TIME_UK, out, sizeof out, NULL); return out;
    case 3: instant_words(out, sizeof out, submission.deadline); return out;
    case 4: duration_words(out, sizeof out, submission.late_by); return out;
    case 5: return said(submission.deadline_id);
    case 6: return said(submission.rule);
    case 7: return rule_part(submission.rule, 0);
    case 8: return rule_part(submission.rule, 1);
    case 9:
      if (submission.go_live.year == 0) return "";
      cocomm_date_format(submission.go_live, out, sizeof out, NULL);
      return out;
    case 10:
      if (submission.go_live.year == 0) return "";
      date_words(out, sizeof out, submission.go_live);
      return out;
    case 11:
      if (submission.go_live_fy == 0) return "";
      cocomm_date_fy_format(submission.go_live_fy, out, sizeof out, NULL);
      return out;
    case 12:
      switch (submission.consequence) {
        case COCOMM_LATE_IN_YEAR_OR_NEXT_CYCLE:
          return "delegation in-year by agreement with NHS England, or in the next cycle";
        case COCOMM_LATE_QUARTERLY_ASSURANCE: return "agreed in the quarterly CCG assurance meetings";
        default: return "";
      }
    case 13: return said(submission.next_deadline_id);
    case 14: return said(submission.edition);
    case 15: return e ? said(e->title) : "";
    case 16: return cocomm_cycle_verdict_name(submission.verdict);
    case 17: return said(submission.unknown_close);
    case 18: return rule_part(submission.deadline_id, 0);
    case 19: return rule_part(submission.deadline_id, 1);
    default: return "";
  }
}

/* ---- editions and timelines ---- */

/* Edition i: 0 key, 1 title, 2 where its dates come from, 3 superseded by. */
WEB(web_edition_str) const char *web_edition_str(uint32_t i, int32_t what) {
  const cocomm_edition *e = cocomm_edition_at(i);
  if (e == NULL) return "";
  switch (what) {
    case 0: return said(e->key);
    case 1: return said(e->title);
    case 2: return said(e->source);
    case 3: return said(e->superseded_by);
    default: return "";
  }
}

static const cocomm_milestone **listed;
static uint32_t listed_count;

/* List an edition's milestones for a model (COCOMM_MODEL_NONE: all);
 * returns how many, or a negative status. */
WEB(web_timeline) int32_t web_timeline(const char *key, int32_t model) {
  const cocomm_edition *e = key && *key ? cocomm_edition_find(key) : cocomm_edition_default();
  listed_count = 0;
  if (e == NULL) return COCOMM_ERR_NOT_FOUND;
  uint32_t n = 0;
  int32_t st = cocomm_timeline_list(e, model, NULL, 0, &n);
  if (st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL) return st;
  free(listed);
  listed = calloc(n ? n : 1, sizeof *listed);
  if (listed == NULL) return COCOMM_ERR_OUT_OF_RANGE;
  st = cocomm_timeline_list(e, model, listed, n, &n);
  if (st != COCOMM_OK) return st;
  listed_count = n;
  return (int32_t)n;
}

/* Milestone i of the list: 0 rule id, 1 what happens, 2 when (as
 * precisely as the source says), 3 kind ("deadline", "event", "window"),
 * 4 source, 5 note, 6 for a deadline, its last on-time instant in words. */
WEB(web_milestone_str) const char *web_milestone_str(uint32_t i, int32_t what) {
  if (i >= listed_count) return "";
  const cocomm_milestone *m = listed[i];
  cocomm_instant t;
  switch (what) {
    case 0: return said(m->id);
    case 1: return said(m->label);
    case 2: return cocomm_milestone_format_when(m, out, sizeof out, NULL) == COCOMM_OK ? out : "?";
    case 3:
      return m->kind == COCOMM_MILESTONE_DEADLINE ? "deadline" : m->kind == COCOMM_MILESTONE_WINDOW ? "window" : "event";
    case 4: return said(m->source);
    case 5: return said(m->note);
    case 6:
      if (m->kind != COCOMM_MILESTONE_DEADLINE || cocomm_milestone_deadline(m, &t) != COCOMM_OK) return "";
      instant_words(out, sizeof out, t);
      return out;
    default: return "";
  }
}

/* 1 if milestone i is a proposal deadline. */
WEB(web_milestone_submission) int32_t web_milestone_submission(uint32_t i) {
  return i < listed_count ? listed[i]->submission : 0;
}

/* An edition's timeline for a model as CSV (the library's export), or "". */
WEB(web_timeline_csv) const char *web_timeline_csv(const char *key, int32_t model) {
  const cocomm_edition *e = key && *key ? cocomm_edition_find(key) : cocomm_edition_default();
  static char *csv_text;
  size_t needed = 0;
  if (e == NULL) return "";
  cocomm_calendar_format_csv(e, model, NULL, 0, &needed);
  free(csv_text);
  csv_text = malloc(needed + 1);
  if (csv_text == NULL || cocomm_calendar_format_csv(e, model, csv_text, needed + 1, &needed) != COCOMM_OK) return "";
  return csv_text;
}

/* ---- the rule catalogue ---- */

/* Rule i (rulebook order): 0 id, 1 statement, 2 source, 3 its section's
 * name, 4 its force, 5 what it applies to. */
WEB(web_rule_str) const char *web_rule_str(uint32_t i, int32_t what) {
  const cocomm_rule *r = cocomm_rule_at(i);
  if (r == NULL) return "";
  switch (what) {
    case 0: return said(r->id);
    case 1: return said(r->statement);
    case 2: return said(r->source);
    case 3: return cocomm_section_name(r->section);
    case 4: return cocomm_force_name(r->force);
    case 5: return said(r->applies_to);
    default: return "";
  }
}

WEB(web_rule_section) int32_t web_rule_section(uint32_t i) {
  const cocomm_rule *r = cocomm_rule_at(i);
  return r ? r->section : 0;
}
