/* SPDX-License-Identifier: MIT */
/* cocomm-decision: check one decision of a committee (I-4, I-6, C-1, C-2,
 * C-9, C-13 to C-17): who withdraws, who presides and how, whether the
 * meeting is quorate, the vote on its majority basis, the casting vote;
 * and print its entry for the register of procurement decisions (I-3).
 *
 *   cocomm-decision [FILE.csv] [--kind KIND] [--terms FILE] [--quorum Q | --quorum-voting N]
 *                   [--casting-vote] [--majority votes-cast|present-and-entitled]
 *                   [--presiding by-kind|lay|any] [--ccg CODE[=ORGANISATION]]... [--body LIST=BODY]...
 *                   [--present LIST] [--conflicted LIST] [--stayed LIST]
 *                   [--for LIST] [--against LIST] [--abstain LIST] [--casting for|against]
 *                   [--chosen MEMBER] [--casting-by MEMBER] [--contract-award]
 *                   [--item TEXT] [--date YYYY-MM-DD] [--json]
 *
 * A LIST is "all" or comma-separated names (as listed) or member numbers; a
 * MEMBER is one name or member number. Without --terms or a quorum option the
 * quorum is "at least 4 voting members". With no FILE: the bundled
 * delegated committee deciding a GP contract award on which both GPs
 * declared a conflict. Exit 0 if the item can be decided, 1 if it cannot,
 * 2 on bad usage or input.
 *
 * consumer-args: examples/data/delegated-committee.csv --conflicted 6,7
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "html.h"

static const char *presided_name(int32_t presided) {
  static const char *const names[] = {"none", "chair", "vice-chair", "chosen", "to choose"};
  return presided >= COCOMM_PRESIDED_NONE && presided <= COCOMM_PRESIDED_TO_CHOOSE ? names[presided] : "unknown";
}

static const char *vote_name(int32_t vote) {
  static const char *const names[] = {"none", "for", "against", "abstain"};
  return vote >= COCOMM_VOTE_NONE && vote <= COCOMM_VOTE_ABSTAIN ? names[vote] : "unknown";
}

/* The names of the members whose roles include role, as text ("A, B and C"). */
static void names_with(const cli_roster *r, const uint8_t *roles, uint8_t role) {
  uint32_t total = 0, k = 0;
  for (uint32_t i = 0; i < r->count; i++) total += (roles[i] & role) != 0;
  for (uint32_t i = 0; i < r->count; i++) {
    if (!(roles[i] & role)) continue;
    printf("%s%s", k == 0 ? "" : k + 1 == total ? " and " : ", ", r->members[i].name);
    k++;
  }
}

static void roles_json(uint8_t roles) {
  static const char *const names[] = {"may vote", "may preside", "presides", "withdrawn", "counted"};
  int first = 1;
  putchar('[');
  for (int b = 0; b < 5; b++)
    if (roles & (1u << b)) {
      printf("%s\"%s\"", first ? "" : ", ", names[b]);
      first = 0;
    }
  putchar(']');
}

enum { OPT_JSON = 300, OPT_CONTRACT, OPT_PRESENT, OPT_CONFLICTED, OPT_STAYED, OPT_FOR, OPT_AGAINST, OPT_ABSTAIN,
       OPT_CHOSEN, OPT_CASTING_BY, OPT_ITEM, OPT_DATE, OPT_CASTING, OPT_HTML };

static const cli_option options[] = {
  {"present", 1, OPT_PRESENT, "LIST", "who attended (default all)"},
  {"conflicted", 1, OPT_CONFLICTED, "LIST", "who declared a conflict on the item; present ones withdraw"},
  {"stayed", 1, OPT_STAYED, "LIST", "conflicted members who stayed in the room and took no part"},
  {"for", 1, OPT_FOR, "LIST", "who voted for"},
  {"against", 1, OPT_AGAINST, "LIST", "who voted against"},
  {"abstain", 1, OPT_ABSTAIN, "LIST", "who abstained"},
  {"casting", 1, OPT_CASTING, "for|against", "the casting vote given on a tie"},
  {"chosen", 1, OPT_CHOSEN, "MEMBER", "the member the meeting chose to preside"},
  {"casting-by", 1, OPT_CASTING_BY, "MEMBER", "who gave the casting vote (default: whoever presides)"},
  {"contract-award", 0, OPT_CONTRACT, NULL, "the item awards a contract (I-4)"},
  {"item", 1, OPT_ITEM, "TEXT", "the item's title, for the register"},
  {"date", 1, OPT_DATE, "YYYY-MM-DD", "the meeting's date, for the register; from 2022-07-01 no CCG committee decides (M-1)"},
  {"json", 0, OPT_JSON, NULL, "print the stable JSON form (docs/cli.md)"},
  {"html", 0, OPT_HTML, NULL, "write one self-contained, printable HTML report (docs/cli.md)"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-decision",
  "[FILE.csv] [committee options] [decision options] [--json | --html]",
  "Checks one decision of a committee: who withdraws, who presides, whether the\n"
  "meeting is quorate, the vote and the casting vote; prints its entry for the\n"
  "register of procurement decisions. A LIST is \"all\" or comma-separated names\n"
  "or member numbers; a MEMBER one name or member number. Exit 0 if the item can be\n"
  "decided, 1 if it cannot.",
  {cli_committee_options, options, NULL, NULL},
};

int main(int argc, char **argv) {
  const char *file = NULL, *present = "all", *conflicted = "", *stayed = "", *lists[3] = {NULL, NULL, NULL};
  const char *item = NULL, *date = NULL, *chosen = NULL, *casting_by = NULL;
  int32_t casting = COCOMM_VOTE_NONE;
  int json = 0, html = 0, contract = 0;
  cli_committee o;
  cli_committee_init(&o);
  o.kind = COCOMM_COMMITTEE_DELEGATED;
  for (;;) {
    char *v;
    int status, c = cli_next(&program, argc, argv, &v, &status);
    if (c == CLI_END) break;
    if (c == CLI_STOP) return status;
    int took = cli_committee_option(&o, c, v);
    if (took < 0) return 2;
    if (took) continue;
    switch (c) {
      case OPT_JSON: json = 1; break;
      case OPT_HTML: html = 1; break;
      case OPT_CONTRACT: contract = 1; break;
      case OPT_PRESENT: present = v; break;
      case OPT_CONFLICTED: conflicted = v; break;
      case OPT_STAYED: stayed = v; break;
      case OPT_FOR: lists[0] = v; break;
      case OPT_AGAINST: lists[1] = v; break;
      case OPT_ABSTAIN: lists[2] = v; break;
      case OPT_CHOSEN: chosen = v; break;
      case OPT_CASTING_BY: casting_by = v; break;
      case OPT_ITEM: item = v; break;
      case OPT_DATE: {
        cocomm_date d;
        if (cocomm_date_parse(v, COCOMM_NTS, &d) != COCOMM_OK) return cli_bad_value("--date", v, "YYYY-MM-DD");
        date = v;
        break;
      }
      case OPT_CASTING:
        casting = strcmp(v, "for") == 0 ? COCOMM_VOTE_FOR : strcmp(v, "against") == 0 ? COCOMM_VOTE_AGAINST : -1;
        if (casting < 0) return cli_bad_value("--casting", v, "for or against");
        break;
      default:
        if (file != NULL) return cli_usage_error("unexpected argument '%s' (one FILE.csv)", v);
        file = v;
        break;
    }
  }
  if (json && html) return cli_usage_error("give one of --json and --html");
  char path[1024];
  if (file == NULL) {
    file = cli_data_path("delegated-committee.csv", path, sizeof path);
    conflicted = "Dr Aled Price,Dr Sarah O'Brien"; /* both GPs */
    lists[0] = "1,2,3,4";                          /* members 1 to 4: three lay members, the AO */
    lists[1] = "Joanne Fell";
    contract = 1;
    item = "Award of an APMS contract for the Harbour Street list";
    if (date == NULL) date = "2015-06-10"; /* the example's meeting, unless --date says */
  }
  if (cli_committee_terms(&o) != 0) return 2;
  static const cocomm_clause four_voting[] = {{4, 0, 0, 0, COCOMM_COUNT_VOTING, COCOMM_CLAUSE_ANY_BODY}};
  cli_committee_default_quorum(&o, four_voting, 1);
  cli_roster r;
  cocomm_committee c;
  uint8_t *pres = NULL, *conf = NULL, *stay = NULL, *roles = NULL, *sel = NULL;
  int32_t *votes = NULL;
  cocomm_finding *f = NULL;
  int rc = 2;
  if (cli_committee_load(&o, file, &r, &c) != 0) goto out;
  pres = calloc(r.count + 1, 1), conf = calloc(r.count + 1, 1), stay = calloc(r.count + 1, 1);
  roles = calloc(r.count + 1, 1), sel = calloc(r.count + 1, 1);
  votes = calloc(r.count + 1, sizeof *votes);
  if (!pres || !conf || !stay || !roles || !sel || !votes) goto out;
  if (cli_select(&r, present, pres) || cli_select(&r, conflicted, conf) || cli_select(&r, stayed, stay)) goto out;
  int any_vote = 0;
  for (int v = 0; v < 3; v++) {
    if (lists[v] == NULL) continue;
    if (cli_select(&r, lists[v], sel)) goto out;
    for (uint32_t i = 0; i < r.count; i++)
      if (sel[i]) votes[i] = v + 1, any_vote = 1;
  }
  cocomm_decision d;
  cocomm_decision_init(&d);
  d.present = pres;
  d.conflicted = conf;
  d.stayed = stayed[0] ? stay : NULL;
  d.votes = any_vote ? votes : NULL;
  d.casting = casting;
  d.contract_award = contract;
  d.item = item;
  if (chosen && cli_member(&r, chosen, "--chosen", &d.chosen) != 0) goto out;
  if (casting_by && cli_member(&r, casting_by, "--casting-by", &d.casting_by) != 0) goto out;
  if (date) cocomm_date_parse(date, COCOMM_NTS, &d.date); /* checked with the options */
  cocomm_decision_result res;
  cocomm_decision_result_init(&res);
  cocomm_findings fs;
  cocomm_error err = COCOMM_ERROR_INIT;
  /* Enough for most items in one call; a second only when it was not. */
  f = calloc(64, sizeof *f);
  if (f == NULL) goto out;
  cocomm_findings_init(&fs, f, 64);
  int32_t st = cocomm_decision_assess(&c, &d, &res, roles, &fs, &err);
  if (st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    cocomm_finding *bigger = realloc(f, fs.count * sizeof *f);
    if (bigger == NULL) goto out;
    f = bigger;
    cocomm_findings_init(&fs, f, fs.count);
    cocomm_decision_result_init(&res);
    st = cocomm_decision_assess(&c, &d, &res, roles, &fs, &err);
  }
  if (st != COCOMM_OK) {
    cli_print_error(stderr, file, "member", st, &err);
    goto out;
  }
  const uint32_t n = fs.count;
  char entry[4096];
  if (cocomm_decision_format_register(&c, &d, &res, entry, sizeof entry, NULL) != COCOMM_OK)
    snprintf(entry, sizeof entry, "(no register entry)\n");
  const char *chair = res.presiding >= 0 ? r.members[res.presiding].name : NULL;
  const char *caster = res.casting_by >= 0 ? r.members[res.casting_by].name : NULL;
  if (html) {
    html_begin(stdout, item ? item : "Decision report");
    html_decision(stdout, &o, file, &r, &c, &d, &res, roles, f, n, entry);
    html_end(stdout);
  } else if (json) {
    cli_json_begin(stdout, &program);
    printf(", \"file\": ");
    cli_json_string(stdout, file);
    printf(", \"item\": ");
    cli_json_string(stdout, item);
    printf(", \"date\": ");
    if (date) cli_json_date(stdout, d.date);
    else printf("null");
    printf(", \"kind\": ");
    cli_json_string(stdout, cocomm_committee_kind_name(c.kind));
    printf(",\n \"terms\": ");
    cli_print_terms_json(stdout, &o);
    printf(",\n \"can_decide\": %s, \"quorate\": %s, \"counted\": %u, \"presiding\": ",
           res.can_decide ? "true" : "false", res.quorate ? "true" : "false", res.counted);
    cli_json_string(stdout, chair);
    if (res.presiding >= 0) printf(", \"presiding_member\": %d", res.presiding + 1);
    else printf(", \"presiding_member\": null");
    printf(", \"presided\": ");
    cli_json_string(stdout, presided_name(res.presided));
    printf(",\n \"may_preside\": ");
    cli_print_members_json(stdout, r.members, r.count, roles, COCOMM_ITEM_MAY_PRESIDE);
    printf(",\n \"eligible\": %u, \"eligible_lay_executive\": %u, \"withdrawn\": %u, \"majority\": ",
           res.eligible, res.eligible_lay_executive, res.withdrawn);
    cli_json_string(stdout, cocomm_majority_name(res.majority));
    printf(", \"outcome\": ");
    cli_json_string(stdout, cocomm_outcome_name(res.outcome));
    printf(", \"votes\": {\"for\": %u, \"against\": %u, \"abstain\": %u}, \"casting\": ", res.votes_for,
           res.votes_against, res.abstentions);
    cli_json_string(stdout, casting == COCOMM_VOTE_NONE ? NULL : vote_name(casting));
    printf(", \"casting_by\": ");
    cli_json_string(stdout, caster);
    if (res.casting_by >= 0) printf(", \"casting_by_member\": %d", res.casting_by + 1);
    else printf(", \"casting_by_member\": null");
    printf(",\n \"may_vote\": ");
    cli_print_members_json(stdout, r.members, r.count, roles, COCOMM_ITEM_MAY_VOTE);
    printf(",\n \"members\": [");
    for (uint32_t i = 0; i < r.count; i++) {
      printf("%s\n  {", i ? "," : "");
      cli_print_member_keys_json(stdout, &r.members[i], i);
      printf(", \"present\": %s, \"conflicted\": %s, \"stayed\": %s, \"vote\": ", pres[i] ? "true" : "false",
             conf[i] ? "true" : "false", d.stayed && stay[i] ? "true" : "false");
      cli_json_string(stdout, d.votes ? vote_name(votes[i]) : NULL);
      printf(", \"roles\": ");
      roles_json(roles[i]);
      putchar('}');
    }
    printf("],\n \"register_entry\": ");
    cli_json_string(stdout, entry);
    printf(",\n \"roster\": ");
    cli_print_roster_json(stdout, &r);
    printf(",\n \"notes\": ");
    cli_print_notes_json(stdout, &r, &c);
    printf(",\n \"findings\": ");
    cli_print_findings_json(stdout, f, n, &c, "");
    printf("}\n");
  } else {
    printf("%s: %s\n", file, item ? item : "(item)");
    cli_print_terms(stdout, &o);
    switch (res.presided) {
      case COCOMM_PRESIDED_CHAIR: printf("presiding: %s, the chair\n", chair); break;
      case COCOMM_PRESIDED_VICE_CHAIR: printf("presiding: %s, the vice-chair\n", chair); break;
      case COCOMM_PRESIDED_CHOSEN: printf("presiding: %s, chosen by the meeting\n", chair); break;
      case COCOMM_PRESIDED_TO_CHOOSE:
        printf("presiding: the meeting must choose one of ");
        names_with(&r, roles, COCOMM_ITEM_MAY_PRESIDE);
        printf(" (--chosen)\n");
        break;
      default: printf("presiding: nobody can preside\n"); break;
    }
    printf("can decide: %s (quorate: %s; %u counted towards the quorum)\n", res.can_decide ? "yes" : "no",
           res.quorate ? "yes" : "no", res.counted);
    printf("eligible to vote: %u, of whom lay or executive: %u; withdrawn for conflicts: %u\n",
           res.eligible, res.eligible_lay_executive, res.withdrawn);
    if (res.majority == COCOMM_MAJORITY_PRESENT_AND_ENTITLED)
      printf("majority: more for than half of the %u voting members present and entitled to vote\n", res.eligible);
    else
      printf("majority: more for than against, of the votes cast\n");
    if (d.votes)
      printf("vote: %u for, %u against, %u abstaining: %s\n", res.votes_for, res.votes_against,
             res.abstentions, cocomm_outcome_name(res.outcome));
    if (caster) printf("casting vote: %s, given by %s, who presides\n", vote_name(casting), caster);
    for (uint32_t i = 0; i < n; i++) cli_print_finding_text(stdout, &f[i], &c);
    cli_print_notes(stdout, &r, &c);
    printf("register of procurement decisions (I-3):\n  %s", entry);
  }
  rc = res.can_decide ? 0 : 1;
out:
  free(pres);
  free(conf);
  free(stay);
  free(roles);
  free(sel);
  free(votes);
  free(f);
  cli_free_roster(&r);
  return rc;
}
