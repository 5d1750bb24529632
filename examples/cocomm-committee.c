/* SPDX-License-Identifier: MIT */
/* cocomm-committee: validate a committee membership list (rules C-1 to
 * C-13) against its terms of reference.
 *
 *   cocomm-committee [FILE.csv --kind delegated|joint|in-common|greater-involvement]
 *                    [--terms FILE] [--quorum VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay]]
 *                    [--quorum-voting N] [--casting-vote] [--majority votes-cast|present-and-entitled]
 *                    [--presiding by-kind|lay|any] [--ccg CODE[=ORGANISATION]]... [--body LIST=BODY]...
 *                    [--json]
 *
 * With no FILE it validates the bundled lists in examples/data (a
 * delegated committee, a joint committee, and a list with faults in it),
 * each with the quorum its example terms of reference set, unless --terms
 * or a quorum option gives another. Prints each finding with severity,
 * rule, member, message and citation, then the notes on the list (voting
 * values it left out, and what they were read as); --json prints the
 * stable form documented in docs/cli.md. Exit 0 when no finding is an
 * error, 1 when one is, 2 on bad usage or input.
 *
 * consumer-args: examples/data/delegated-committee.csv --kind delegated
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "html.h"

/* Validate one list; print it; return 1 if any finding is an error, 2 on bad input. */
static int run(cli_committee *o, const char *path, int json, int html, int first, cocomm_date as_at) {
  cli_roster r;
  cocomm_committee c;
  if (cli_committee_load(o, path, &r, &c) != 0) {
    cli_free_roster(&r);
    return 2;
  }
  c.as_at = as_at; /* M-1: on or after 2022-07-01 there is no CCG committee */
  /* Enough for most lists in one call; a second only when it was not. */
  cocomm_findings fs;
  cocomm_finding *f = calloc(64, sizeof *f);
  cocomm_findings_init(&fs, f, f ? 64 : 0);
  cocomm_error err = COCOMM_ERROR_INIT;
  int32_t st = cocomm_committee_assess(&c, &fs, &err);
  if (st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    cocomm_finding *more = realloc(f, fs.count * sizeof *f);
    if (more) {
      f = more;
      cocomm_findings_init(&fs, f, fs.count);
      st = cocomm_committee_assess(&c, &fs, &err);
    }
  }
  const uint32_t n = fs.count;
  if (f == NULL || st != COCOMM_OK) {
    cli_print_error(stderr, path, "member", st, &err); /* which member, which field, what is wrong */
    free(f);
    cli_free_roster(&r);
    return 2;
  }
  uint32_t voting = 0;
  for (uint32_t i = 0; i < r.count; i++)
    voting += r.members[i].voting && r.members[i].category != COCOMM_CATEGORY_HEALTHWATCH &&
              r.members[i].category != COCOMM_CATEGORY_HWB;
  if (html) {
    html_committee(stdout, o, path, &r, &c, &fs, f, n);
  } else if (json) {
    printf("%s\n    {\"file\": ", first ? "" : ",");
    cli_json_string(stdout, path);
    printf(", \"kind\": ");
    cli_json_string(stdout, cocomm_committee_kind_name(c.kind));
    printf(", \"member_count\": %u, \"voting\": %u, \"errors\": %u, \"warnings\": %u, \"information\": %u,"
           "\n     \"terms\": ", r.count, voting, fs.errors, fs.warnings, fs.information);
    cli_print_terms_json(stdout, o);
    printf(",\n     \"ccgs\": [");
    for (uint32_t k = 0; k < c.ccg_count; k++) {
      printf("%s", k ? ", " : "");
      cli_json_string(stdout, c.ccg_codes[k]);
    }
    printf("],\n     \"members\": ");
    cli_print_members_json(stdout, r.members, r.count, NULL, 0);
    printf(",\n     \"roster\": ");
    cli_print_roster_json(stdout, &r);
    printf(",\n     \"notes\": ");
    cli_print_notes_json(stdout, &r, &c);
    printf(", \"findings\": ");
    cli_print_findings_json(stdout, f, n, &c, "    ");
    printf("}");
  } else {
    printf("%s: %s committee, %u members (%u voting): %u errors, %u warnings, %u information\n", path,
           cocomm_committee_kind_name(c.kind), r.count, voting, fs.errors, fs.warnings, fs.information);
    cli_print_terms(stdout, o);
    for (uint32_t i = 0; i < n; i++) cli_print_finding_text(stdout, &f[i], &c);
    cli_print_notes(stdout, &r, &c);
  }
  int errors = fs.errors > 0;
  free(f);
  cli_free_roster(&r);
  return errors;
}

/* A clause "at least min voting members of categories, as positions". */
#define CLAUSE(min, categories, positions) {(min), (categories), 0, (positions), COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY}
#define CAT(x) COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_##x)
#define CHAIR_OR_VICE (COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) | COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR))

enum { OPT_JSON = 300, OPT_HTML, OPT_AS_AT };

static const cli_option options[] = {
  {"json", 0, OPT_JSON, NULL, "print the stable JSON form (docs/cli.md)"},
  {"html", 0, OPT_HTML, NULL, "write one self-contained, printable HTML report (docs/cli.md)"},
  {"as-at", 1, OPT_AS_AT, "DATE", "check the committee as at DATE (YYYY-MM-DD); from 2022-07-01 no CCG committee exists"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-committee",
  "[FILE.csv --kind KIND] [committee options] [--as-at DATE] [--json | --html]",
  "Validates a committee membership list (rules C-1 to C-13) against its terms of\n"
  "reference; with no FILE, the bundled lists in examples/data. Exit 0 when no\n"
  "finding is an error, 1 when one is.",
  {cli_committee_options, options, NULL, NULL},
};

int main(int argc, char **argv) {
  const char *file = NULL;
  int json = 0, html = 0;
  cocomm_date as_at = {0, 0, 0}; /* none: the default edition's rules */
  cli_committee o;
  cli_committee_init(&o);
  for (;;) {
    char *v;
    int status, c = cli_next(&program, argc, argv, &v, &status);
    if (c == CLI_END) break;
    if (c == CLI_STOP) return status;
    int took = cli_committee_option(&o, c, v);
    if (took < 0) return 2;
    if (took) continue;
    if (c == OPT_JSON) json = 1;
    else if (c == OPT_HTML) html = 1;
    else if (c == OPT_AS_AT) {
      if (cocomm_date_parse(v, COCOMM_NTS, &as_at) != COCOMM_OK) return cli_bad_value("--as-at", v, "a date, YYYY-MM-DD");
    }
    else if (c == CLI_ARGUMENT && file == NULL) file = v;
    else return cli_usage_error("unexpected argument '%s' (one FILE.csv)", v);
  }
  if (file && o.kind == 0) {
    return cli_usage_error("--kind is needed with a file");
  }
  if (!file && o.kind != 0) {
    return cli_usage_error("--kind is for a file: the bundled lists have their own");
  }
  if (json && html) return cli_usage_error("give one of --json and --html");
  if (cli_committee_terms(&o) != 0) return 2;
  int worst = 0, k = 0;
  if (json) {
    cli_json_begin(stdout, &program);
    printf(", \"committees\": [");
  }
  if (html) html_begin(stdout, "Committee report");
  if (file) {
    worst = run(&o, file, json, html, 1, as_at);
  } else {
    /* The bundled lists, each with the quorum of its example terms of
     * reference (C-13). The delegated committee's: "4 voting members
     * including 2 lay members, one of them the chair or vice-chair". */
    static const cocomm_clause delegated[] = {CLAUSE(4, 0, 0), CLAUSE(2, CAT(LAY), 0),
                                              CLAUSE(1, CAT(LAY), CHAIR_OR_VICE)};
    static const cocomm_clause joint[] = {CLAUSE(3, 0, 0), CLAUSE(1, CAT(LAY), 0),
                                          CLAUSE(1, CAT(EXECUTIVE) | CAT(NHS_ENGLAND), 0)};
    static const cocomm_clause faulty[] = {CLAUSE(3, 0, 0), CLAUSE(1, CAT(LAY), 0),
                                           CLAUSE(1, CAT(EXECUTIVE) | CAT(NHS_ENGLAND), 0),
                                           CLAUSE(1, CAT(CLINICAL), 0)};
    static const struct {
      const char *file;
      int32_t kind;
      const cocomm_clause *quorum;
      uint32_t clauses;
    } demo[] = {
      {"delegated-committee.csv", COCOMM_COMMITTEE_DELEGATED, delegated, 3},
      {"joint-committee.csv", COCOMM_COMMITTEE_JOINT, joint, 3},
      {"faulty-committee.csv", COCOMM_COMMITTEE_DELEGATED, faulty, 4},
    };
    for (size_t i = 0; i < sizeof demo / sizeof demo[0]; i++) {
      char path[1024];
      cli_committee one = o;
      one.kind = demo[i].kind;
      cli_committee_default_quorum(&one, demo[i].quorum, demo[i].clauses);
      if (!json && !html && i) printf("\n");
      int rc = run(&one, cli_data_path(demo[i].file, path, sizeof path), json, html, k++ == 0, as_at);
      if (rc > worst) worst = rc;
    }
  }
  if (json) printf("\n]}\n");
  if (html) html_end(stdout);
  return worst;
}
