/* SPDX-License-Identifier: MIT */
/* The HTML reports (html.h): one self-contained file, written as it goes.
 * Nothing in it reaches the network: no link, no script, no font, no
 * image; the styles are inline, the timeline is SVG text made here. */
#include "html.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- text ---- */

/* The length of the valid UTF-8 character at s (1 to 4), or 0 when the
 * bytes there are not one (overlong forms and surrogates included). Reads
 * no byte past a NUL. */
static int utf8_length(const unsigned char *s) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)) return 0;
    return 3;
  }
  if (c < 0xF5) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* At most max bytes of s, escaped; stops at a character boundary. */
static void text_n(FILE *out, const char *s, size_t max) {
  const unsigned char *p = (const unsigned char *)s;
  size_t done = 0;
  while (p && *p && done < max) {
    unsigned char c = *p;
    int len = utf8_length(p);
    if (len == 0) {
      fputs(replacement, out);
      p++, done++;
      continue;
    }
    if ((size_t)len > max - done) break;
    switch (c) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs("&quot;", out); break;
      case '\'': fputs("&#39;", out); break;
      default:
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c == 0xC2 && p[1] < 0xA0))
          fputs(replacement, out); /* C0 and C1 controls */
        else
          fwrite(p, 1, (size_t)len, out);
    }
    p += len, done += (size_t)len;
  }
}

void html_text(FILE *out, const char *s) { text_n(out, s, (size_t)-1); }

/* printf, then escaped. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void textf(FILE *out, const char *format, ...) {
  char small[512];
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(small, sizeof small, format, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    html_text(out, small);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (big == NULL) return;
  va_start(ap, format);
  vsnprintf(big, (size_t)n + 1, format, ap);
  va_end(ap);
  html_text(out, big);
  free(big);
}

/* A label cut to about max bytes at a word, with "…" when cut. */
static void text_cut(FILE *out, const char *s, size_t max) {
  size_t len = strlen(s);
  if (len <= max) {
    html_text(out, s);
    return;
  }
  size_t cut = max;
  while (cut > max / 2 && s[cut] != ' ') cut--;
  if (s[cut] != ' ') cut = max;
  text_n(out, s, cut);
  fputs("\xE2\x80\xA6", out);
}

/* ---- dates in words ---- */

static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

static const char *month_name(int month) { return month >= 1 && month <= 12 ? month_names[month - 1] : "?"; }

/* "9 January 2015" */
static void date_words(char *buf, size_t cap, cocomm_date d) {
  snprintf(buf, cap, "%d %s %d", d.day, month_name(d.month), d.year);
}

/* Only a month, or part of one, is known: the bar spans all of it. */
static int approximate(int32_t precision) {
  return precision == COCOMM_PRECISION_EARLY_MONTH || precision == COCOMM_PRECISION_MID_MONTH ||
         precision == COCOMM_PRECISION_LATE_MONTH || precision == COCOMM_PRECISION_MONTH ||
         precision == COCOMM_PRECISION_MONTH_SPAN;
}

static int64_t days_of(cocomm_date d) {
  int64_t n = 0;
  cocomm_date_to_days(d, &n);
  return n;
}

/* ---- the document ---- */

static const char style[] =
    ":root{color-scheme:light}\n"
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;"
    "line-height:1.45;color:#1a1a1a;background:#fff;margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem}\n"
    "h1{font-size:1.75rem;margin:.5rem 0 1rem}\n"
    "h2{font-size:1.4rem;margin:2.25rem 0 .75rem;border-bottom:2px solid #1d4f91;padding-bottom:.2rem}\n"
    "h3{font-size:1.15rem;margin:1.5rem 0 .5rem}\n"
    "p.lead{font-size:1.05rem}\n"
    ".scroll{overflow-x:auto}\n"
    "table{border-collapse:collapse;width:100%;font-size:.95rem}\n"
    "caption{text-align:left;font-weight:600;padding:.25rem 0}\n"
    "th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
    "thead th{background:#e8eef6}\n"
    "td.num,th.num{text-align:right}\n"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}\n"
    "dl.facts dt{font-weight:600}\n"
    "dl.facts dd{margin:0}\n"
    "ol.findings{padding-left:1.75rem}\n"
    ".finding{margin:.5rem 0;padding:.4rem .6rem;border-left:.4rem solid #555;background:#fafafa}\n"
    ".finding p{margin:.15rem 0}\n"
    ".sev{display:inline-block;font-weight:700;padding:0 .35rem;border:1px solid currentColor;"
    "border-radius:.2rem;margin-right:.35rem}\n"
    ".sev-error{border-left-color:#a4000f}.sev-error .sev{color:#a4000f}\n"
    ".sev-warning{border-left-color:#8a5a00;border-left-style:dashed}.sev-warning .sev{color:#6b4500}\n"
    ".sev-information{border-left-color:#1d4f91;border-left-style:dotted}.sev-information .sev{color:#1d4f91}\n"
    ".cite{font-size:.9rem;color:#333}\n"
    "code{font-size:1em}\n"
    ".verdict{font-weight:700}\n"
    "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;border:1px solid #ccc;padding:.5rem;"
    "font-size:.9rem}\n"
    "figure{margin:1rem 0}\n"
    "figcaption{font-weight:600;margin-bottom:.25rem}\n"
    ".chart{overflow-x:auto}\n"
    "svg.timeline{display:block;width:100%;min-width:50rem;height:auto;font-family:inherit}\n"
    "svg.timeline text{fill:#1a1a1a}\n"
    "svg.timeline .milestone text{paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}\n"
    "@media print{\n"
    "  body{max-width:none;padding:0;font-size:10pt}\n"
    "  h2,h3{break-after:avoid}\n"
    "  tr,li,.finding,svg{break-inside:avoid}\n"
    "  .scroll,.chart{overflow:visible}\n"
    "  svg.timeline{min-width:0}\n"
    "  thead{display:table-header-group}\n"
    "  .finding,pre{background:none}\n"
    "}\n";

void html_begin(FILE *out, const char *title) {
  fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        out);
  fprintf(out, "<meta name=\"generator\" content=\"libcocomm %s\">\n<title>", cocomm_version_string());
  html_text(out, title);
  fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<h1>", style);
  html_text(out, title);
  fputs("</h1>\n", out);
}

void html_end(FILE *out) {
  fprintf(out, "<footer>\n<p class=\"cite\">Made by libcocomm %s. Every finding cites a rule of the "
               "rulebook (docs/rules.md) and the paragraph of the policy it comes from.</p>\n</footer>\n"
               "</main>\n</body>\n</html>\n",
          cocomm_version_string());
}

static void heading(FILE *out, int level, const char *text) {
  fprintf(out, "<h%d>", level);
  html_text(out, text);
  fprintf(out, "</h%d>\n", level);
}

/* "A, B and C" from the members whose flag (in roles, or flags when
 * roles is NULL) is set; "none" when nobody's is. */
static void names_where(FILE *out, const cli_roster *r, const uint8_t *flags, uint8_t mask) {
  uint32_t total = 0, k = 0;
  int comma = 0; /* "Hughes, David": then "; " between names */
  for (uint32_t i = 0; i < r->count; i++)
    if (flags[i] & mask) total++, comma |= strchr(r->members[i].name, ',') != NULL;
  if (total == 0) {
    fputs("none", out);
    return;
  }
  for (uint32_t i = 0; i < r->count; i++) {
    if (!(flags[i] & mask)) continue;
    fputs(k == 0 ? "" : k + 1 == total ? " and " : comma ? "; " : ", ", out);
    html_text(out, r->members[i].name);
    k++;
  }
}

/* ---- members ---- */

static int observer(int32_t category) {
  return category == COCOMM_CATEGORY_HEALTHWATCH || category == COCOMM_CATEGORY_HWB;
}

/* Who a member counts as: lay, executive, clinical or observer; voting;
 * chair or vice-chair. */
static void counts_as(FILE *out, const cocomm_member *m) {
  switch (m->category) {
    case COCOMM_CATEGORY_LAY: fputs("lay", out); break;
    case COCOMM_CATEGORY_EXECUTIVE: fputs("executive", out); break;
    case COCOMM_CATEGORY_NHS_ENGLAND: fputs("executive (NHS England counts with the executives, C-2)", out); break;
    case COCOMM_CATEGORY_CLINICAL: fputs("clinical", out); break;
    case COCOMM_CATEGORY_HEALTHWATCH:
    case COCOMM_CATEGORY_HWB: fputs("observer (C-3)", out); break;
    default: fputs("neither lay, executive nor clinical", out); break;
  }
  if (observer(m->category)) fputs(m->voting ? "; listed as voting, but an observer may not vote (C-3)" : "; non-voting", out);
  else fputs(m->voting ? "; voting" : "; non-voting", out);
  if (m->position == COCOMM_POSITION_CHAIR) fputs("; the chair", out);
  else if (m->position == COCOMM_POSITION_VICE_CHAIR) fputs("; the vice-chair", out);
}

static void offices(FILE *out, const cocomm_member *m, const cocomm_committee *c) {
  int k = 0;
  for (int32_t tag = 0; tag < (int32_t)COCOMM_TAGS_MAX; tag++) {
    if (!(m->tags & COCOMM_TAG_BIT((uint32_t)tag))) continue;
    fputs(k++ ? ", " : "", out);
    html_text(out, cocomm_terms_tag_name(c->terms, tag));
  }
}

static const char *vote_words(int32_t vote) {
  switch (vote) {
    case COCOMM_VOTE_FOR: return "for";
    case COCOMM_VOTE_AGAINST: return "against";
    case COCOMM_VOTE_ABSTAIN: return "abstained";
    default: return "did not vote";
  }
}

/* The members, numbered from 1; with a decision, what each did on it. */
static void members_table(FILE *out, int level, const cli_roster *r, const cocomm_committee *c,
                          const cocomm_decision *d, const uint8_t *roles) {
  heading(out, level, "Members");
  fprintf(out, "<div class=\"scroll\">\n<table>\n<caption>The %u members, numbered from 1 in the order the list "
               "gives them, with the row each is on in the file</caption>\n<thead><tr><th scope=\"col\" "
               "class=\"num\">No.</th><th scope=\"col\" class=\"num\">Row</th><th scope=\"col\">Name</th>"
               "<th scope=\"col\">Organisation</th><th scope=\"col\">Category</th><th scope=\"col\">Voting</th>"
               "<th scope=\"col\">Position</th><th scope=\"col\">Offices</th><th scope=\"col\">Counts as</th>",
          r->count);
  if (d) fputs("<th scope=\"col\">On this item</th><th scope=\"col\">Vote</th>", out);
  fputs("</tr></thead>\n<tbody>\n", out);
  for (uint32_t i = 0; i < r->count; i++) {
    const cocomm_member *m = &r->members[i];
    fprintf(out, "<tr><td class=\"num\">%u</td><td class=\"num\">%u</td><th scope=\"row\">", i + 1,
            r->lines ? r->lines[i] : 0);
    html_text(out, m->name);
    fputs("</th><td>", out);
    html_text(out, m->body ? m->body : "");
    fputs("</td><td>", out);
    html_text(out, cocomm_category_name(m->category));
    fprintf(out, "</td><td>%s</td><td>", m->voting ? "yes" : "no");
    html_text(out, m->position == COCOMM_POSITION_NONE ? "" : cocomm_position_name(m->position));
    fputs("</td><td>", out);
    offices(out, m, c);
    fputs("</td><td>", out);
    counts_as(out, m);
    fputs("</td>", out);
    if (d) {
      const uint8_t ro = roles[i];
      fputs("<td>", out);
      if (!d->present[i]) {
        fputs(d->conflicted && d->conflicted[i] ? "absent (declared a conflict)" : "absent", out);
      } else if (ro & COCOMM_ITEM_WITHDRAWN) {
        fputs(d->stayed && d->stayed[i] ? "withdrew: declared a conflict, stayed in the room and took no part"
                                        : "withdrew: declared a conflict and left the room",
              out);
      } else {
        int k = 0;
        fputs("present", out);
        if (d->conflicted && d->conflicted[i]) fputs("; declared a conflict", out), k++;
        if (ro & COCOMM_ITEM_PRESIDES) fputs("; presides", out), k++;
        else if (ro & COCOMM_ITEM_MAY_PRESIDE) fputs("; may preside", out), k++;
        if (ro & COCOMM_ITEM_MAY_VOTE) fputs("; may vote", out), k++;
        if (ro & COCOMM_ITEM_COUNTED) fputs("; counted towards the quorum", out), k++;
        if (k == 0) fputs("; takes no part in the vote", out);
      }
      fprintf(out, "</td><td>%s</td>", d->votes ? vote_words(d->votes[i]) : "no vote recorded");
    }
    fputs("</tr>\n", out);
  }
  fputs("</tbody>\n</table>\n</div>\n", out);
}

/* ---- findings ---- */

static void finding_item(FILE *out, const cocomm_finding *f, const cocomm_committee *c) {
  const cocomm_rule *rule = cocomm_rule_get(f->rule);
  const char *sev = cocomm_severity_name(f->severity);
  char text[1024];
  if (cocomm_finding_format(f, c, text, sizeof text, NULL) == COCOMM_ERR_INVALID_ARGUMENT)
    snprintf(text, sizeof text, "(unknown message %d)", f->message);
  fprintf(out, "<li class=\"finding sev-%s\"><p><span class=\"sev\">%c%s</span> rule <code>", sev,
          sev[0] - 'a' + 'A', sev + 1);
  html_text(out, rule ? rule->id : "?");
  fputs("</code>: ", out);
  html_text(out, text);
  fputs("</p>\n", out);
  if (rule) {
    fputs("<p class=\"cite\">Rule ", out);
    html_text(out, rule->id);
    fprintf(out, " (%s): ", cocomm_force_name(rule->force));
    html_text(out, rule->statement);
    fputs(" <span class=\"source\">Source: <cite>", out);
    html_text(out, rule->source);
    fputs("</cite></span></p>\n", out);
  }
  fputs("</li>\n", out);
}

static void findings_list(FILE *out, int level, const char *title, const cocomm_finding *f, uint32_t n,
                          const cocomm_committee *c, const char *none) {
  heading(out, level, title);
  if (n == 0) {
    fprintf(out, "<p>%s</p>\n", none);
    return;
  }
  fputs("<ol class=\"findings\">\n", out);
  for (uint32_t i = 0; i < n; i++) finding_item(out, &f[i], c);
  fputs("</ol>\n", out);
}

/* ---- terms ---- */

/* The text report's terms lines (cli_print_terms), malloc'd. */
static char *terms_report(const cli_committee *o) {
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (mem == NULL) return NULL;
  cli_print_terms(mem, o);
  fclose(mem);
  return text;
}

static void terms_block(FILE *out, int level, const cli_committee *o, int32_t kind) {
  const cocomm_terms *t = &o->terms;
  char *report = terms_report(o);
  heading(out, level, "Terms of reference");
  fputs("<dl class=\"facts\">\n<dt>Quorum</dt><dd>", out);
  int clauses = 0;
  for (const char *line = report; line && *line;) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) : strlen(line);
    if (strncmp(line, "  quorum: ", 10) == 0) {
      fputs(clauses++ ? "<br>" : "", out);
      text_n(out, line + 10, len - 10);
    }
    line += len + (end != NULL);
  }
  if (clauses == 0) fputs("none set: the terms must set one (C-13)", out);
  fputs("</dd>\n<dt>Majority basis</dt><dd>", out);
  fputs(t->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED
            ? "more for than half of the voting members present and entitled to vote (C-14)"
            : "more for than against, of the votes cast; abstentions do not count (C-14)",
        out);
  fputs("</dd>\n<dt>Casting vote</dt><dd>", out);
  fputs(t->casting_vote ? "whoever presides has a casting vote on a tie (C-16)" : "none: a tie is not carried (C-16)",
        out);
  fputs("</dd>\n<dt>Presiding</dt><dd>the chair; if the chair cannot, the vice-chair; else a member the meeting "
        "chooses: ",
        out);
  if (t->presiding == COCOMM_PRESIDE_LAY) fputs("a lay member", out);
  else if (t->presiding == COCOMM_PRESIDE_ANY) fputs("any voting member present and eligible", out);
  else if (kind == COCOMM_COMMITTEE_DELEGATED) fputs("a lay member, as C-15 says for a delegated committee", out);
  else fputs("any voting member, as C-15 says for this kind of committee", out);
  fputs(" (C-15)</dd>\n</dl>\n<p>As the text report shows them:</p>\n<pre>", out);
  html_text(out, report ? report : "(the terms cannot be written)\n");
  fputs("</pre>\n", out);
  free(report);
}

/* ---- the timeline ---- */

static int32_t kind_model(int32_t kind) {
  switch (kind) {
    case COCOMM_COMMITTEE_DELEGATED: return COCOMM_MODEL_DELEGATED;
    case COCOMM_COMMITTEE_JOINT:
    case COCOMM_COMMITTEE_IN_COMMON: return COCOMM_MODEL_JOINT;
    case COCOMM_COMMITTEE_GREATER_INVOLVEMENT: return COCOMM_MODEL_GREATER_INVOLVEMENT;
    default: return COCOMM_MODEL_NONE;
  }
}

/* Geometry of the chart, in SVG user units. */
enum { W = 1000, X0 = 12, X1 = 988, AXIS = 48, ROW = 40 };

typedef struct {
  int64_t first, last; /* the days the axis spans, inclusive */
} axis;

/* Where a minute falls on the axis, in tenths of a unit: integers only,
 * so that every target writes the same chart. minute: minutes since day 0
 * of the axis's days (day * 1440 + minute of the day). */
static int64_t x_of(const axis *a, int64_t minute) {
  const int64_t span = (a->last + 1 - a->first) * 1440;
  return X0 * 10 + ((minute - a->first * 1440) * (X1 - X0) * 10 + span / 2) / span;
}

/* A coordinate in tenths (not negative), written as a decimal: TENTHS with T(v). */
#define TENTHS "%lld.%d"
#define T(v) (long long)((v) / 10), (int)((v) % 10)

/* The submission deadline's label: "delegated proposals due 12:00, 9
 * January 2015". */
static void deadline_label(char *buf, size_t cap, const cocomm_milestone *m, int32_t model) {
  char day[40];
  date_words(day, sizeof day, m->end);
  if (m->has_time)
    snprintf(buf, cap, "%s proposals due %02d:%02d, %s (%s)", cocomm_model_key(model), m->minute_of_day / 60,
             m->minute_of_day % 60, day, m->id);
  else
    snprintf(buf, cap, "%s proposals due by the end of %s (%s)", cocomm_model_key(model), day, m->id);
}

static const char *kind_class(int32_t kind) {
  return kind == COCOMM_MILESTONE_DEADLINE ? "deadline" : kind == COCOMM_MILESTONE_WINDOW ? "window" : "event";
}

static const char *kind_colour(int32_t kind) {
  return kind == COCOMM_MILESTONE_DEADLINE ? "#a4000f" : kind == COCOMM_MILESTONE_WINDOW ? "#2f6b3a" : "#1d4f91";
}

static void timeline(FILE *out, int level, int32_t committee_kind) {
  static unsigned charts = 0;
  const unsigned id = ++charts;
  const int32_t model = kind_model(committee_kind);
  const cocomm_edition *e = cocomm_edition_default();
  uint32_t n = 0;
  fprintf(out, "<h%d id=\"timeline-%u\">Timeline</h%d>\n", level, id, level);
  cocomm_timeline_list(e, model, NULL, 0, &n);
  const cocomm_milestone **ms = calloc(n ? n : 1, sizeof *ms);
  if (ms == NULL || cocomm_timeline_list(e, model, ms, n, &n) != COCOMM_OK || n == 0) {
    fputs("<p>No milestones.</p>\n", out);
    free(ms);
    return;
  }
  /* The axis: from the first month with a milestone to the end of the
   * last month with one starting within two years of it; later ones
   * point past the right edge. */
  axis a;
  int64_t s0 = days_of(ms[0]->start), last = s0;
  for (uint32_t i = 0; i < n; i++) {
    int64_t s = days_of(ms[i]->start), t = days_of(ms[i]->end);
    if (s < s0) s0 = s;
    if (s <= s0 + 731 && t > last) last = t;
  }
  cocomm_date d0, dl;
  cocomm_date_from_days(s0, &d0);
  cocomm_date_from_days(last, &dl);
  d0.day = 1;
  dl.day = (uint8_t)cocomm_date_days_in_month(dl.year, dl.month);
  a.first = days_of(d0);
  a.last = days_of(dl);
  const cocomm_milestone *due = NULL;
  for (uint32_t i = 0; i < n && model != COCOMM_MODEL_NONE; i++)
    if (ms[i]->submission && ms[i]->kind == COCOMM_MILESTONE_DEADLINE && (ms[i]->models & (1u << model))) {
      due = ms[i];
      break;
    }
  char due_text[160] = "", first_words[40], last_words[40];
  if (due) deadline_label(due_text, sizeof due_text, due, model);
  snprintf(first_words, sizeof first_words, "%s %d", month_name(d0.month), d0.year);
  snprintf(last_words, sizeof last_words, "%s %d", month_name(dl.month), dl.year);

  const int rows_top = AXIS + 8, rows_end = rows_top + (int)n * ROW, height = rows_end + 92;
  fputs("<figure>\n<figcaption>", out);
  textf(out, "Edition %s (%s), the milestones for %s", e->key, e->title, cocomm_model_name(model));
  fputs("</figcaption>\n<div class=\"chart\">\n", out);
  fprintf(out, "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"tl%u-title tl%u-desc\">\n",
          W, height, id, id);
  fprintf(out, "<title id=\"tl%u-title\">", id);
  textf(out, "Timeline of %s, %s to %s", cocomm_model_name(model), first_words, last_words);
  fprintf(out, "</title>\n<desc id=\"tl%u-desc\">", id);
  textf(out, "%u milestones as bars on a time axis of months. A bar dated to the day is solid; a bar dated "
             "only to a month, or part of one, is hatched and spans all of it.%s%s",
        n, due ? " The dashed line marks the submission deadline: " : "", due ? due_text : "");
  fputs("</desc>\n<defs>\n", out);
  static const int32_t kinds[] = {COCOMM_MILESTONE_DEADLINE, COCOMM_MILESTONE_EVENT, COCOMM_MILESTONE_WINDOW};
  for (int k = 0; k < 3; k++)
    fprintf(out, "<pattern id=\"tl%u-hatch-%s\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
                 "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                 "<rect width=\"2.5\" height=\"6\" fill=\"%s\"/></pattern>\n",
            id, kind_class(kinds[k]), kind_colour(kinds[k]));
  fputs("</defs>\n", out);

  /* The axis: a tick and a name for each month, the year at January and
   * at the start; a light line down through the rows. */
  fprintf(out, "<g class=\"axis\" font-size=\"12\">\n<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1a1a1a\"/>\n",
          X0, AXIS, X1, AXIS);
  cocomm_date m = d0;
  for (int64_t day = a.first; day <= a.last;) {
    int dim = cocomm_date_days_in_month(m.year, m.month);
    int64_t x = x_of(&a, day * 1440), w = x_of(&a, (day + dim) * 1440) - x;
    fprintf(out, "<line x1=\"" TENTHS "\" y1=\"%d\" x2=\"" TENTHS "\" y2=\"%d\" stroke=\"#c8c8c8\"/>\n", T(x), AXIS - 6, T(x),
            rows_end);
    if (w >= 260)
      fprintf(out, "<text x=\"" TENTHS "\" y=\"%d\" text-anchor=\"middle\">%.3s</text>\n", T(x + w / 2), AXIS - 8,
              month_name(m.month));
    if (m.month == 1 || day == a.first)
      fprintf(out, "<text x=\"" TENTHS "\" y=\"%d\" font-weight=\"700\">%d</text>\n", T(x + 20), AXIS - 28, m.year);
    day += dim;
    if (++m.month > 12) m.month = 1, m.year++;
  }
  fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c8c8c8\"/>\n</g>\n", X1, AXIS - 6, X1, rows_end);

  /* The submission deadline: a dashed line down the chart (under the rows' words), named below it. */
  if (due) {
    int64_t x = x_of(&a, due->has_time ? days_of(due->start) * 1440 + due->minute_of_day
                                       : (days_of(due->end) + 1) * 1440);
    fprintf(out, "<g class=\"submission\">\n<title>");
    html_text(out, due_text);
    fprintf(out, "</title>\n<line x1=\"" TENTHS "\" y1=\"%d\" x2=\"" TENTHS "\" y2=\"%d\" stroke=\"#1a1a1a\" stroke-width=\"2\" "
                 "stroke-dasharray=\"6 4\"/>\n",
            T(x), AXIS, T(x), rows_end + 8);
    fprintf(out, "<text x=\"" TENTHS "\" y=\"%d\" font-size=\"14\" font-weight=\"700\" text-anchor=\"%s\">", T(x),
            rows_end + 26, x > W * 5 ? "end" : "start");
    html_text(out, due_text);
    fputs("</text>\n</g>\n", out);
  }
  /* One row a milestone: its words above, its bar below. */
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_milestone *ml = ms[i];
    const int y = rows_top + (int)i * ROW;
    const int64_t s = days_of(ml->start), t = days_of(ml->end);
    const int beyond = s > a.last;
    char when[96];
    if (cocomm_milestone_format_when(ml, when, sizeof when, NULL) != COCOMM_OK) /* as its source says */
      snprintf(when, sizeof when, "?");
    fprintf(out, "<g class=\"milestone %s\">\n<title>", kind_class(ml->kind));
    textf(out, "%s, %s (%s, dated to the %s): %s [%s]%s%s", ml->id, when, cocomm_milestone_kind_name(ml->kind),
          cocomm_precision_name(ml->precision), ml->label, ml->source, ml->note && ml->note[0] ? ". " : "",
          ml->note ? ml->note : "");
    fputs("</title>\n", out);
    if (i % 2)
      fprintf(out, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1d4f91\" fill-opacity=\"0.06\"/>\n", y, W, ROW);
    fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"13\"><tspan font-weight=\"700\">", X0, y + 15);
    html_text(out, ml->id);
    fputs("</tspan> ", out);
    textf(out, "%s \xC2\xB7 %s \xC2\xB7 ", when, cocomm_milestone_kind_name(ml->kind));
    text_cut(out, ml->label, 84);
    if (beyond) fputs(" (past the right edge of the chart)", out);
    fputs("</text>\n", out);
    const char *colour = kind_colour(ml->kind);
    if (beyond) {
      fprintf(out, "<path d=\"M%d %d l-12 -7 v14 z\" fill=\"%s\"/>\n", X1, y + 27, colour);
    } else if (ml->precision == COCOMM_PRECISION_EXACT) {
      int64_t x = x_of(&a, s * 1440 + ml->minute_of_day);
      fprintf(out, "<path d=\"M" TENTHS " %d l7 7 l-7 7 l-7 -7 z\" fill=\"%s\"/>\n", T(x), y + 20, colour);
    } else {
      int64_t x = x_of(&a, s * 1440), w = x_of(&a, (t + 1) * 1440) - x;
      if (w < 40) x -= (40 - w) / 2, w = 40;
      if (approximate(ml->precision))
        fprintf(out, "<rect x=\"" TENTHS "\" y=\"%d\" width=\"" TENTHS "\" height=\"14\" fill=\"url(#tl%u-hatch-%s)\" "
                     "stroke=\"%s\" stroke-dasharray=\"3 2\"/>\n",
                T(x), y + 20, T(w), id, kind_class(ml->kind), colour);
      else
        fprintf(out, "<rect x=\"" TENTHS "\" y=\"%d\" width=\"" TENTHS "\" height=\"14\" fill=\"%s\"/>\n", T(x), y + 20, T(w),
                colour);
    }
    fputs("</g>\n", out);
  }

  /* The legend, in words and shapes. */
  const int ly = rows_end + 50;
  fprintf(out, "<g class=\"legend\" font-size=\"12\">\n"
               "<rect x=\"%d\" y=\"%d\" width=\"22\" height=\"12\" fill=\"#1d4f91\"/>"
               "<text x=\"%d\" y=\"%d\">dated to the day</text>\n"
               "<rect x=\"%d\" y=\"%d\" width=\"22\" height=\"12\" fill=\"url(#tl%u-hatch-event)\" stroke=\"#1d4f91\" "
               "stroke-dasharray=\"3 2\"/><text x=\"%d\" y=\"%d\">dated only to a month or part of one: spans all of it</text>\n"
               "<path d=\"M%d %d l6 6 l-6 6 l-6 -6 z\" fill=\"#1d4f91\"/><text x=\"%d\" y=\"%d\">a day and a time</text>\n"
               "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
               "<text x=\"%d\" y=\"%d\">the submission deadline</text>\n"
               "<text x=\"%d\" y=\"%d\">red: deadline; blue: event; green: a period of work (each also named in words)</text>\n"
               "</g>\n",
          X0, ly, X0 + 28, ly + 11, X0 + 170, ly, id, X0 + 198, ly + 11, X0 + 546, ly, X0 + 558, ly + 11, X0 + 690,
          ly + 6, X0 + 720, ly + 6, X0 + 728, ly + 11, X0, ly + 32);
  fputs("</svg>\n</div>\n</figure>\n", out);
  if (due) {
    fputs("<p>Submission deadline for this model: <strong>", out);
    html_text(out, due_text);
    fputs("</strong>.</p>\n", out);
  } else if (model == COCOMM_MODEL_GREATER_INVOLVEMENT) {
    fputs("<p>Greater involvement needs no proposal, so it has no submission deadline (A-1).</p>\n", out);
  }

  /* The same as a table, for reading without the chart. */
  fprintf(out, "<div class=\"scroll\">\n<table>\n<caption>The milestones as a table</caption>\n<thead><tr>"
               "<th scope=\"col\">Rule</th><th scope=\"col\">When</th><th scope=\"col\">Dated to the</th>"
               "<th scope=\"col\">Kind</th><th scope=\"col\">What</th><th scope=\"col\">Source</th></tr></thead>\n"
               "<tbody>\n");
  for (uint32_t i = 0; i < n; i++) {
    const cocomm_milestone *ml = ms[i];
    char when[96];
    if (cocomm_milestone_format_when(ml, when, sizeof when, NULL) != COCOMM_OK) /* as its source says */
      snprintf(when, sizeof when, "?");
    fputs("<tr><th scope=\"row\">", out);
    html_text(out, ml->id);
    fputs("</th><td>", out);
    html_text(out, when);
    fputs("</td><td>", out);
    html_text(out, cocomm_precision_name(ml->precision));
    fputs("</td><td>", out);
    html_text(out, cocomm_milestone_kind_name(ml->kind));
    fputs("</td><td>", out);
    html_text(out, ml->label);
    if (ml->note && ml->note[0]) {
      fputs(" (", out);
      html_text(out, ml->note);
      fputs(")", out);
    }
    fputs("</td><td>", out);
    html_text(out, ml->source);
    fputs("</td></tr>\n", out);
  }
  fputs("</tbody>\n</table>\n</div>\n", out);
  free(ms);
}

/* ---- a committee ---- */

/* How the file was read: its encoding and delimiter, and each column the
 * library did not read, so that nothing in it is silently dropped. */
static void file_notes(FILE *out, const cli_roster *r) {
  fputs("<p class=\"file\">", out);
  textf(out, "The list was read as %s, fields separated by %ss", cocomm_encoding_name(r->encoding),
        cli_delimiter_name(r->delimiter));
  if (r->encoding == COCOMM_ENCODING_WINDOWS_1252) fputs(" (its bytes are not UTF-8)", out);
  int first = 1;
  for (uint32_t k = 0; k < r->columns; k++) {
    const char *h = cli_header_cell(r, k);
    if (r->column_kind[k] != COCOMM_COLUMN_UNUSED || h[0] == '\0') continue;
    fputs(first ? ". Columns not read: " : ", ", out);
    textf(out, "%u \xE2\x80\x9C%s\xE2\x80\x9D", k + 1, h);
    first = 0;
  }
  fputs(".</p>\n", out);
}

void html_committee(FILE *out, const cli_committee *o, const char *path, const cli_roster *r,
                    const cocomm_committee *c, const cocomm_findings *fs, const cocomm_finding *f, uint32_t n) {
  uint32_t voting = 0;
  for (uint32_t i = 0; i < r->count; i++) voting += r->members[i].voting && !observer(r->members[i].category);
  fputs("<section>\n<h2>", out);
  textf(out, "%s: %s committee", path, cocomm_committee_kind_name(c->kind));
  fputs("</h2>\n<p class=\"lead\">", out);
  textf(out, "%u members (%u voting). ", r->count, voting);
  fprintf(out, "<span class=\"verdict\">%u error%s, %u warning%s, %u information</span>. %s</p>\n", fs->errors,
          fs->errors == 1 ? "" : "s", fs->warnings, fs->warnings == 1 ? "" : "s", fs->information,
          fs->errors ? "Some finding is an error: the committee does not meet the rules as listed."
                     : "No finding is an error.");
  file_notes(out, r);
  members_table(out, 3, r, c, NULL, NULL);
  terms_block(out, 3, o, c->kind);
  findings_list(out, 3, "Findings", f, n, c, "No findings: the list meets every rule checked (C-1 to C-13).");
  if (r->note_count)
    findings_list(out, 3, "Notes on the list (voting values missing and defaulted)", r->notes, r->note_count, c, "");
  timeline(out, 3, c->kind);
  fputs("</section>\n", out);
}

/* ---- a decision ---- */

void html_decision(FILE *out, const cli_committee *o, const char *path, const cli_roster *r,
                   const cocomm_committee *c, const cocomm_decision *d, const cocomm_decision_result *res,
                   const uint8_t *roles, const cocomm_finding *f, uint32_t n, const char *register_entry) {
  uint8_t *flags = calloc(r->count + 1, 1);
  if (flags == NULL) return;
  const char *chair = res->presiding >= 0 && (uint32_t)res->presiding < r->count ? r->members[res->presiding].name : NULL;
  const char *caster = res->casting_by >= 0 && (uint32_t)res->casting_by < r->count ? r->members[res->casting_by].name : NULL;

  fputs("<section>\n<h2>The decision</h2>\n<dl class=\"facts\">\n<dt>Item</dt><dd>", out);
  html_text(out, d->item ? d->item : "(not named)");
  fputs("</dd>\n<dt>Meeting</dt><dd>", out);
  if (d->date.year) {
    char day[40];
    date_words(day, sizeof day, d->date);
    html_text(out, day);
  } else {
    fputs("(date not given)", out);
  }
  fputs("</dd>\n<dt>Committee</dt><dd>", out);
  textf(out, "%s committee, %u members (list: %s)", cocomm_committee_kind_name(c->kind), r->count, path);
  fprintf(out, "</dd>\n<dt>Contract award</dt><dd>%s</dd>\n<dt>Can it be decided?</dt><dd class=\"verdict\">%s</dd>\n",
          d->contract_award ? "yes (I-4)" : "no",
          res->can_decide ? "Yes" : "No: see the findings");
  fputs("<dt>Outcome</dt><dd class=\"verdict\">", out);
  html_text(out, d->votes ? cocomm_outcome_name(res->outcome) : "no vote recorded");
  fputs("</dd>\n</dl>\n</section>\n", out);

  /* Who withdrew, and who stayed. */
  fputs("<section>\n<h2>Conflicts of interest: who withdrew</h2>\n", out);
  uint32_t declared = 0;
  for (uint32_t i = 0; i < r->count; i++) declared += d->conflicted && d->conflicted[i];
  if (declared == 0) {
    fputs("<p>Nobody declared a conflict of interest on this item.</p>\n", out);
  } else {
    fputs("<ul>\n", out);
    for (uint32_t i = 0; i < r->count; i++) {
      if (!(d->conflicted && d->conflicted[i])) continue;
      fprintf(out, "<li>member %u, ", i + 1);
      html_text(out, r->members[i].name);
      if (!d->present[i]) fputs(", declared a conflict and was absent", out);
      else if (roles[i] & COCOMM_ITEM_WITHDRAWN)
        fputs(d->stayed && d->stayed[i] ? ", declared a conflict and withdrew: stayed in the room and took no part"
                                        : ", declared a conflict and withdrew: left the room",
              out);
      else fputs(", declared a conflict and did not withdraw", out);
      fputs("</li>\n", out);
    }
    fputs("</ul>\n", out);
  }
  fprintf(out, "<p>Withdrew: %u. Present and taking part: ", res->withdrawn);
  for (uint32_t i = 0; i < r->count; i++) flags[i] = d->present[i] && !(roles[i] & COCOMM_ITEM_WITHDRAWN);
  names_where(out, r, flags, 1);
  fputs(".</p>\n</section>\n", out);

  /* Who presided, and how. */
  fputs("<section>\n<h2>Who presided</h2>\n<p class=\"lead\">", out);
  switch (res->presided) {
    case COCOMM_PRESIDED_CHAIR: html_text(out, chair); fputs(" presided, as the chair.", out); break;
    case COCOMM_PRESIDED_VICE_CHAIR: html_text(out, chair); fputs(" presided, as the vice-chair.", out); break;
    case COCOMM_PRESIDED_CHOSEN: html_text(out, chair); fputs(" presided, chosen by the meeting.", out); break;
    case COCOMM_PRESIDED_TO_CHOOSE:
      fputs("Neither the chair nor the vice-chair can preside: the meeting must choose one of ", out);
      names_where(out, r, roles, COCOMM_ITEM_MAY_PRESIDE);
      fputs(" (cocomm-decision --chosen), and has not yet.", out);
      break;
    default: fputs("Nobody can preside: the item cannot be decided.", out); break;
  }
  fputs("</p>\n</section>\n", out);

  /* The quorum: what is needed, who counted. */
  fputs("<section>\n<h2>Quorum</h2>\n<dl class=\"facts\">\n<dt>Needed</dt><dd>", out);
  if (o->terms.quorum_count == 0) fputs("no quorum is set (C-13)", out);
  else {
    char *report = terms_report(o);
    int k = 0;
    for (const char *line = report; line && *line;) {
      const char *end = strchr(line, '\n');
      size_t len = end ? (size_t)(end - line) : strlen(line);
      if (strncmp(line, "  quorum: ", 10) == 0) {
        fputs(k++ ? "; and " : "", out);
        text_n(out, line + 10, len - 10);
      }
      line += len + (end != NULL);
    }
    free(report);
  }
  fprintf(out, "</dd>\n<dt>Counted</dt><dd>%u: ", res->counted);
  names_where(out, r, roles, COCOMM_ITEM_COUNTED);
  fprintf(out, "</dd>\n<dt>Quorate</dt><dd class=\"verdict\">%s</dd>\n</dl>\n</section>\n",
          res->quorate ? "yes" : "no");

  /* The lay and executive majority. */
  const int majority = 2 * res->eligible_lay_executive > res->eligible;
  fputs("<section>\n<h2>Lay and executive majority</h2>\n<p>", out);
  fprintf(out, "Of the %u voting members eligible on this item, %u are lay or executive members (NHS England "
               "members count with the executives): <span class=\"verdict\">%s</span>.",
          res->eligible, res->eligible_lay_executive, majority ? "a majority" : "not a majority");
  if (c->kind == COCOMM_COMMITTEE_DELEGATED)
    fputs(" A delegated committee's lay and executive members must be the majority of the voting members who "
          "stay (C-1, I-6).",
          out);
  fputs("</p>\n</section>\n", out);

  /* The vote. */
  fputs("<section>\n<h2>The vote</h2>\n", out);
  if (d->votes) {
    static const struct {
      int32_t vote;
      const char *name;
    } rows[] = {{COCOMM_VOTE_FOR, "For"}, {COCOMM_VOTE_AGAINST, "Against"}, {COCOMM_VOTE_ABSTAIN, "Abstaining"}};
    const uint32_t counts[] = {res->votes_for, res->votes_against, res->abstentions};
    fputs("<div class=\"scroll\">\n<table>\n<caption>Votes</caption>\n<thead><tr><th scope=\"col\">Vote</th>"
          "<th scope=\"col\" class=\"num\">Count</th><th scope=\"col\">Who</th></tr></thead>\n<tbody>\n",
          out);
    for (int v = 0; v < 3; v++) {
      for (uint32_t i = 0; i < r->count; i++) flags[i] = d->votes[i] == rows[v].vote;
      fprintf(out, "<tr><th scope=\"row\">%s</th><td class=\"num\">%u</td><td>", rows[v].name, counts[v]);
      names_where(out, r, flags, 1);
      fputs("</td></tr>\n", out);
    }
    fputs("</tbody>\n</table>\n</div>\n", out);
  } else {
    fputs("<p>No vote is recorded.</p>\n", out);
  }
  fputs("<dl class=\"facts\">\n<dt>Majority basis</dt><dd>", out);
  if (res->majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED)
    fprintf(out, "more for than half of the %u voting members present and entitled to vote", res->eligible);
  else
    fputs("more for than against, of the votes cast", out);
  fputs("</dd>\n<dt>Casting vote</dt><dd>", out);
  if (caster) {
    fprintf(out, "%s, given by ", d->casting == COCOMM_VOTE_AGAINST ? "against" : "for");
    html_text(out, caster);
    fputs(", who presides", out);
  } else if (d->casting != COCOMM_VOTE_NONE) {
    fprintf(out, "%s recorded, but it decided nothing (see the findings)",
            d->casting == COCOMM_VOTE_AGAINST ? "against" : "for");
  } else {
    fputs(o->terms.casting_vote ? "none given (the terms grant one to whoever presides)"
                                : "none (the terms grant none)",
          out);
  }
  fputs("</dd>\n<dt>Outcome</dt><dd class=\"verdict\">", out);
  html_text(out, d->votes ? cocomm_outcome_name(res->outcome) : "no vote recorded");
  fputs("</dd>\n</dl>\n</section>\n", out);

  fputs("<section>\n", out);
  findings_list(out, 2, "Findings", f, n, c, "No findings on this item.");
  fputs("</section>\n<section>\n", out);
  file_notes(out, r);
  members_table(out, 2, r, c, d, roles);
  fputs("</section>\n<section>\n", out);
  terms_block(out, 2, o, c->kind);
  fputs("</section>\n", out);
  if (r->note_count) {
    fputs("<section>\n", out);
    findings_list(out, 2, "Notes on the list (voting values missing and defaulted)", r->notes, r->note_count, c, "");
    fputs("</section>\n", out);
  }
  if (register_entry) {
    fputs("<section>\n<h2>Entry for the register of procurement decisions (I-3)</h2>\n<p>One CSV record: date, "
          "item, members who took part, conflicts declared and how each was managed, outcome.</p>\n<pre>",
          out);
    html_text(out, register_entry);
    fputs("</pre>\n</section>\n", out);
  }
  fputs("<section>\n", out);
  timeline(out, 2, c->kind);
  fputs("</section>\n", out);
  free(flags);
}
