/* SPDX-License-Identifier: MIT */
/* cocomm-decision: check one decision of a committee (I-6, C-1, C-2,
 * C-13, C-14) and print its entry for the register of procurement
 * decisions (I-3).
 *
 *   cocomm-decision [FILE.csv] [--kind KIND] [--present LIST] [--conflicted LIST]
 *                   [--for LIST] [--against LIST] [--abstain LIST] [--casting for|against]
 *                   [--quorum-voting N] [--casting-vote] [--contract-award]
 *                   [--item TEXT] [--date YYYY-MM-DD] [--json]
 *
 * A LIST is "all" or comma-separated names (as listed) or row numbers.
 * With no FILE: the bundled delegated committee deciding a GP contract
 * award on which both GPs declared a conflict. Exit 0 if the item can be
 * decided, 1 if it cannot, 2 on bad usage or input.
 *
 * consumer-args: examples/data/delegated-committee.csv --conflicted 6,7
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv) {
  const char *file = NULL, *present = "all", *conflicted = "", *lists[3] = {NULL, NULL, NULL};
  const char *item = NULL, *date = NULL;
  int32_t kind = COCOMM_COMMITTEE_DELEGATED, casting = COCOMM_VOTE_NONE;
  int json = 0, casting_vote = 0, contract = 0, quorum = 4;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int more = i + 1 < argc;
    if (strcmp(a, "--json") == 0) json = 1;
    else if (strcmp(a, "--casting-vote") == 0) casting_vote = 1;
    else if (strcmp(a, "--contract-award") == 0) contract = 1;
    else if (more && strcmp(a, "--kind") == 0) { if (cli_parse_kind(argv[++i], &kind)) return 2; }
    else if (more && strcmp(a, "--present") == 0) present = argv[++i];
    else if (more && strcmp(a, "--conflicted") == 0) conflicted = argv[++i];
    else if (more && strcmp(a, "--for") == 0) lists[0] = argv[++i];
    else if (more && strcmp(a, "--against") == 0) lists[1] = argv[++i];
    else if (more && strcmp(a, "--abstain") == 0) lists[2] = argv[++i];
    else if (more && strcmp(a, "--item") == 0) item = argv[++i];
    else if (more && strcmp(a, "--date") == 0) date = argv[++i];
    else if (more && strcmp(a, "--quorum-voting") == 0) quorum = atoi(argv[++i]);
    else if (more && strcmp(a, "--casting") == 0) {
      const char *v = argv[++i];
      casting = strcmp(v, "for") == 0 ? COCOMM_VOTE_FOR : strcmp(v, "against") == 0 ? COCOMM_VOTE_AGAINST : -1;
      if (casting < 0) return 2;
    } else if (a[0] != '-' && file == NULL) file = a;
    else {
      fprintf(stderr, "usage: %s [FILE.csv] [--present LIST] [--conflicted LIST] [--for LIST] "
                      "[--against LIST] [--abstain LIST] [--casting for|against] [--kind KIND] "
                      "[--quorum-voting N] [--casting-vote] [--contract-award] [--item TEXT] "
                      "[--date YYYY-MM-DD] [--json]\n", argv[0]);
      return 2;
    }
  }
  char path[1024];
  if (file == NULL) {
    file = cli_data_path("delegated-committee.csv", path, sizeof path);
    conflicted = "Dr Aled Price,Dr Sarah O'Brien"; /* both GPs */
    lists[0] = "1,2,3,4";                          /* rows: three lay members, the AO */
    lists[1] = "Joanne Fell";
    contract = 1;
    item = "Award of an APMS contract for the Harbour Street list";
    date = "2015-06-10";
  }
  cli_roster r;
  if (cli_load_roster(file, &r) != 0) return 2;
  uint8_t *pres = calloc(r.count + 1, 1), *conf = calloc(r.count + 1, 1), *may = calloc(r.count + 1, 1);
  uint8_t *sel = calloc(r.count + 1, 1);
  int32_t *votes = calloc(r.count + 1, sizeof *votes);
  int rc = 2;
  if (!pres || !conf || !may || !sel || !votes) goto out;
  if (cli_select(&r, present, pres) || cli_select(&r, conflicted, conf)) goto out;
  int any_vote = 0;
  for (int v = 0; v < 3; v++) {
    if (lists[v] == NULL) continue;
    if (cli_select(&r, lists[v], sel)) goto out;
    for (uint32_t i = 0; i < r.count; i++)
      if (sel[i]) votes[i] = v + 1, any_vote = 1;
  }
  cocomm_committee c;
  cocomm_committee_init(&c);
  c.kind = kind;
  c.members = r.members;
  c.member_count = r.count;
  c.casting_vote = casting_vote;
  c.quorum.min_voting = quorum;
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = pres;
  d.conflicted = conf;
  d.votes = any_vote ? votes : NULL;
  d.casting = casting;
  d.contract_award = contract;
  d.item = item;
  if (date && cocomm_date_parse(date, COCOMM_NTS, &d.date) != COCOMM_OK) {
    fprintf(stderr, "bad --date: %s\n", date);
    goto out;
  }
  cocomm_decision_result res;
  cocomm_decision_result_init(&res);
  cocomm_finding f[64];
  cocomm_findings fs = COCOMM_FINDINGS_INIT(f);
  cocomm_error err = COCOMM_ERROR_INIT;
  int32_t st = cocomm_decision_assess(&c, &d, &res, may, &fs, &err);
  if (st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL) {
    cli_print_error(stderr, file, "member", st, &err);
    goto out;
  }
  const uint32_t n = fs.count < 64 ? fs.count : 64;
  char entry[4096];
  cocomm_decision_format_register(&c, &d, &res, entry, sizeof entry, NULL);
  const char *chair = res.presiding >= 0 ? r.members[res.presiding].name : NULL;
  if (json) {
    printf("{\"file\": ");
    cli_json_string(stdout, file);
    printf(", \"can_decide\": %s, \"quorate\": %s, \"presiding\": ", res.can_decide ? "true" : "false",
           res.quorate ? "true" : "false");
    cli_json_string(stdout, chair);
    printf(", \"eligible\": %u, \"eligible_lay_executive\": %u, \"withdrawn\": %u, \"outcome\": ",
           res.eligible, res.eligible_lay_executive, res.withdrawn);
    cli_json_string(stdout, cocomm_outcome_name(res.outcome));
    printf(", \"votes\": {\"for\": %u, \"against\": %u, \"abstain\": %u}, \"may_vote\": [",
           res.votes_for, res.votes_against, res.abstentions);
    int first = 1;
    for (uint32_t i = 0; i < r.count; i++)
      if (may[i]) {
        printf("%s", first ? "" : ", ");
        cli_json_string(stdout, r.members[i].name);
        first = 0;
      }
    printf("], \"register_entry\": ");
    cli_json_string(stdout, entry);
    printf(", \"findings\": [");
    for (uint32_t i = 0; i < n; i++) {
      printf("%s\n  ", i ? "," : "");
      cli_print_finding_json(stdout, &f[i], &c);
    }
    printf("%s]}\n", n ? "\n" : "");
  } else {
    printf("%s: %s\n", file, item ? item : "(item)");
    printf("can decide: %s (quorate: %s; chaired by %s)\n", res.can_decide ? "yes" : "no",
           res.quorate ? "yes" : "no", chair ? chair : "nobody");
    printf("eligible to vote: %u, of whom lay or executive: %u; withdrawn for conflicts: %u\n",
           res.eligible, res.eligible_lay_executive, res.withdrawn);
    if (d.votes)
      printf("vote: %u for, %u against, %u abstaining: %s\n", res.votes_for, res.votes_against,
             res.abstentions, cocomm_outcome_name(res.outcome));
    for (uint32_t i = 0; i < n; i++) cli_print_finding_text(stdout, &f[i], &c);
    printf("register of procurement decisions (I-3):\n  %s", entry);
  }
  rc = res.can_decide ? 0 : 1;
out:
  free(pres);
  free(conf);
  free(may);
  free(sel);
  free(votes);
  cli_free_roster(&r);
  return rc;
}
