/* SPDX-License-Identifier: MIT */
/* The HTML reports of cocomm-committee --html and cocomm-decision --html:
 * one self-contained, printable HTML file (no network, no script; a
 * Content-Security-Policy that allows inline style only; @media print;
 * valid UTF-8, every text from the data escaped), with the committee's
 * members, the findings in plain words with their rules and sources, the
 * terms, for a decision who withdrew, who presided, the quorum, the vote
 * and the outcome, and the timeline of the committee's model as an inline
 * SVG chart. Not part of the library. */
#ifndef COCOMM_EXAMPLES_HTML_H
#define COCOMM_EXAMPLES_HTML_H

#include <stdio.h>

#include "cli.h"

/* The document's head and the top of its body, with an <h1> of title. */
void html_begin(FILE *out, const char *title);
/* The document's end. */
void html_end(FILE *out);

/* One committee list, validated: an <h2> naming the list (path), the
 * summary, the members, the terms, the findings (f, n of them; fs gives
 * the counts by severity), the notes on the list and the timeline. */
void html_committee(FILE *out, const cli_committee *o, const char *path, const cli_roster *r,
                    const cocomm_committee *c, const cocomm_findings *fs, const cocomm_finding *f, uint32_t n);

/* One decision, checked (a whole document: call it between html_begin
 * and html_end): the item, who withdrew and who stayed, who presided and
 * how, the quorum, the lay and executive majority, the vote and the
 * outcome, the members, the terms, the findings, the entry for the
 * register (register_entry, may be NULL) and the timeline. */
void html_decision(FILE *out, const cli_committee *o, const char *path, const cli_roster *r,
                   const cocomm_committee *c, const cocomm_decision *d, const cocomm_decision_result *res,
                   const uint8_t *roles, const cocomm_finding *f, uint32_t n, const char *register_entry);

/* Text as HTML: & < > " ' escaped; invalid UTF-8 and control characters
 * (but HT and LF) each written as U+FFFD. NULL writes nothing. */
void html_text(FILE *out, const char *s);

#endif
