/* SPDX-License-Identifier: MIT */
/* cocomm-committee: validate a committee membership list (rules C-1 to
 * C-13).
 *
 *   cocomm-committee [FILE.csv --kind delegated|joint|in-common|greater-involvement]
 *                    [--quorum VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay]] [--json]
 *
 * With no FILE it validates the bundled lists in examples/data (a
 * delegated committee, a joint committee, and a list with faults in it).
 * Prints each finding with severity, rule, member, message and citation;
 * --json prints the stable form documented in docs/cli.md. Exit 0 when no
 * finding is an error, 1 when one is, 2 on bad usage or input.
 *
 * consumer-args: examples/data/delegated-committee.csv --kind delegated
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int parse_quorum(const char *text, cocomm_quorum *q) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", text);
  memset(q, 0, sizeof *q);
  int32_t *nums[] = {&q->min_voting, &q->min_lay, &q->min_executive, &q->min_clinical};
  int k = 0;
  char *save = NULL;
  for (char *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
    if (k < 4) {
      char *end;
      long v = strtol(tok, &end, 10);
      if (*end || v < 0 || v > 1024) return -1;
      *nums[k++] = (int32_t)v;
    } else if (strcmp(tok, "chair") == 0) q->presiding = COCOMM_PRESIDING_CHAIR;
    else if (strcmp(tok, "chair-or-vice") == 0) q->presiding = COCOMM_PRESIDING_CHAIR_OR_VICE;
    else if (strcmp(tok, "lay") == 0) q->presiding_lay = 1;
    else return -1;
  }
  return 0;
}

/* Validate one list; print it; return 1 if any finding is an error, 2 on bad input. */
static int run(const char *path, int32_t kind, const cocomm_quorum *q, int json, int first) {
  cli_roster r;
  if (cli_load_roster(path, &r) != 0) return 2;
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = kind;
  c.members = r.members;
  c.member_count = r.count;
  if (q) c.quorum = *q;
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
  if (json) {
    printf("%s\n    {\"file\": ", first ? "" : ",");
    cli_json_string(stdout, path);
    printf(", \"kind\": ");
    cli_json_string(stdout, cocomm_committee_kind_name(kind));
    printf(", \"members\": %u, \"voting\": %u, \"errors\": %u, \"warnings\": %u, \"information\": %u,"
           " \"findings\": [", r.count, voting, fs.errors, fs.warnings, fs.information);
    for (uint32_t i = 0; i < n; i++) {
      printf("%s\n      ", i ? "," : "");
      cli_print_finding_json(stdout, &f[i], &c);
    }
    printf("%s]}", n ? "\n    " : "");
  } else {
    printf("%s: %s committee, %u members (%u voting): %u errors, %u warnings, %u information\n", path,
           cocomm_committee_kind_name(kind), r.count, voting, fs.errors, fs.warnings, fs.information);
    for (uint32_t i = 0; i < n; i++) cli_print_finding_text(stdout, &f[i], &c);
  }
  int errors = fs.errors > 0;
  free(f);
  cli_free_roster(&r);
  return errors;
}

int main(int argc, char **argv) {
  const char *file = NULL;
  int32_t kind = 0;
  int json = 0, have_quorum = 0;
  cocomm_quorum q;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0) json = 1;
    else if (strcmp(argv[i], "--kind") == 0 && i + 1 < argc) {
      if (cli_parse_kind(argv[++i], &kind) != 0) return 2;
    } else if (strcmp(argv[i], "--quorum") == 0 && i + 1 < argc) {
      if (parse_quorum(argv[++i], &q) != 0) {
        fprintf(stderr, "bad --quorum: %s (VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay])\n", argv[i]);
        return 2;
      }
      have_quorum = 1;
    } else if (argv[i][0] != '-' && file == NULL) file = argv[i];
    else {
      fprintf(stderr, "usage: %s [FILE.csv --kind KIND] [--quorum Q] [--json]\n", argv[0]);
      return 2;
    }
  }
  int worst = 0, k = 0;
  if (json) printf("{\"libcocomm\": \"%s\", \"committees\": [", cocomm_version_string());
  if (file) {
    if (kind == 0) {
      fprintf(stderr, "--kind is needed with a file\n");
      return 2;
    }
    worst = run(file, kind, have_quorum ? &q : NULL, json, 1);
  } else {
    /* The bundled lists. The delegated committee's terms of reference set
     * "4 members including 2 lay members, one of them the chair or
     * vice-chair" (C-13). */
    static const struct {
      const char *file;
      int32_t kind;
      cocomm_quorum quorum;
    } demo[] = {
      {"delegated-committee.csv", COCOMM_COMMITTEE_DELEGATED, {4, 2, 0, 0, COCOMM_PRESIDING_CHAIR_OR_VICE, 1}},
      {"joint-committee.csv", COCOMM_COMMITTEE_JOINT, {3, 1, 1, 0, COCOMM_PRESIDING_ANY, 0}},
      {"faulty-committee.csv", COCOMM_COMMITTEE_DELEGATED, {3, 1, 1, 1, COCOMM_PRESIDING_ANY, 0}},
    };
    for (size_t i = 0; i < sizeof demo / sizeof demo[0]; i++) {
      char path[1024];
      if (!json && i) printf("\n");
      int rc = run(cli_data_path(demo[i].file, path, sizeof path), demo[i].kind,
                   have_quorum ? &q : &demo[i].quorum, json, k++ == 0);
      if (rc > worst) worst = rc;
    }
  }
  if (json) printf("\n]}\n");
  return worst;
}
