/* SPDX-License-Identifier: MIT */
/* cocomm-ccg: look a CCG up in the list of the 209 CCGs of April 2015 and
 * say what moving to each model would require of it (A-1 to A-8, M-7).
 *
 *   cocomm-ccg [CODE | NAME] [--current M] [--governance-issues] [--special-measures]
 *              [--financial-control | --no-financial-control] [--statutory-met | --statutory-unmet]
 *              [--list FILE.csv]
 *
 * The two A-5 facts are "not shown" unless an option says them: shown
 * (--financial-control, --statutory-met) or lacking (--no-..., --...-unmet).
 * NAME matches any part of the CCG's name, case-insensitively. With no
 * CODE or NAME it counts the list by region and shows one CCG. Exit 0 on
 * success, 1 when nothing matches, 2 on bad usage.
 *
 * consumer-args: 00R --list examples/data/ccgs-2015-04.csv
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int contains(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++) {
    size_t k = 0;
    while (k < n && hay[k] && tolower((unsigned char)hay[k]) == tolower((unsigned char)needle[k])) k++;
    if (k == n) return 1;
  }
  return 0;
}

static const char *const proformas[] = {"no proforma", "proforma annex A (governance)",
                                        "proforma annex B (conflicts of interest)"};
static const char *const approvers[] = {"no formal approval: liaise with the area team",
                                        "agreed by the regional team once assured",
                                        ("regional and national moderation panels, then NHS "
                                         "England's Commissioning Committee")};

/* One CCG as a JSON object (docs/cli.md, "JSON output"). */
static void describe_json(cocomm_ccg *ccg, int first) {
  printf("%s\n  {\"ods_code\": ", first ? "" : ",");
  cli_json_string(stdout, ccg->ods_code);
  printf(", \"name\": ");
  cli_json_string(stdout, ccg->name);
  printf(", \"region\": ");
  cli_json_string(stdout, ccg->region);
  printf(", \"model\": ");
  cli_json_string(stdout, cocomm_model_key(ccg->model));
  printf(", \"moves\": [");
  for (int32_t m = COCOMM_MODEL_GREATER_INVOLVEMENT; m <= COCOMM_MODEL_DELEGATED; m++) {
    cocomm_requirements req;
    cocomm_requirements_init(&req);
    cocomm_requirements_get(m, &req);
    printf("%s\n   {\"model\": ", m > COCOMM_MODEL_GREATER_INVOLVEMENT ? "," : "");
    cli_json_string(stdout, cocomm_model_key(m));
    printf(", \"rule\": ");
    cli_json_string(stdout, req.rule);
    printf(", \"proforma\": ");
    cli_json_string(stdout, req.proforma >= 0 && req.proforma <= 2 ? proformas[req.proforma] : NULL);
    printf(", \"constitution_amendment\": ");
    cli_json_bool(stdout, req.constitution_amendment);
    printf(", \"approver\": ");
    cli_json_string(stdout, req.approver >= 0 && req.approver <= 2 ? approvers[req.approver] : NULL);
    printf(", \"binding_agreement\": ");
    cli_json_bool(stdout, req.binding_agreement);
    printf(", \"current\": ");
    cli_json_bool(stdout, m == ccg->model);
    printf(", \"findings\": [");
    if (m != ccg->model) {
      cocomm_finding change[8], eligible[8];
      cocomm_findings cf = COCOMM_FINDINGS_INIT(change), ef = COCOMM_FINDINGS_INIT(eligible);
      cocomm_approval_assess_change(ccg->model, m, &cf, NULL);
      cocomm_approval_assess_eligibility(ccg, m, &ef, NULL);
      int k = 0;
      for (uint32_t i = 0; i < cf.count && i < 8; i++) {
        printf("%s\n    ", k++ ? "," : "");
        cli_print_finding_json(stdout, &change[i], NULL);
      }
      /* Eligibility repeats A-1 for greater involvement; only what is new, as in the text. */
      for (uint32_t i = 0; i < ef.count && i < 8; i++)
        if (cf.count == 0 || eligible[i].rule != change[0].rule) {
          printf("%s\n    ", k++ ? "," : "");
          cli_print_finding_json(stdout, &eligible[i], NULL);
        }
    }
    printf("]}");
  }
  printf("]}");
}

static void describe(cocomm_ccg *ccg) {
  printf("%s %s (%s), now: %s\n", ccg->ods_code, ccg->name, ccg->region, cocomm_model_name(ccg->model));
  for (int32_t m = COCOMM_MODEL_GREATER_INVOLVEMENT; m <= COCOMM_MODEL_DELEGATED; m++) {
    cocomm_requirements req;
    cocomm_requirements_init(&req);
    cocomm_requirements_get(m, &req);
    printf("\n  to %s (%s):\n", cocomm_model_name(m), req.rule);
    printf("    %s; %s; %s%s\n", proformas[req.proforma],
           req.constitution_amendment ? "constitution amendment (M-7)" : "no constitution amendment",
           approvers[req.approver], req.binding_agreement ? "; a legally binding agreement is signed" : "");
    if (m == ccg->model) {
      printf("    (the current model)\n");
      continue;
    }
    cocomm_finding change[8], eligible[8];
    cocomm_findings cf = COCOMM_FINDINGS_INIT(change), ef = COCOMM_FINDINGS_INIT(eligible);
    cocomm_approval_assess_change(ccg->model, m, &cf, NULL);
    cocomm_approval_assess_eligibility(ccg, m, &ef, NULL);
    for (uint32_t i = 0; i < cf.count && i < 8; i++) cli_print_finding_text(stdout, &change[i], NULL);
    /* Eligibility repeats A-1 for greater involvement; show only what is new. */
    for (uint32_t i = 0; i < ef.count && i < 8; i++)
      if (cf.count == 0 || eligible[i].rule != change[0].rule) cli_print_finding_text(stdout, &eligible[i], NULL);
  }
}

enum { OPT_CURRENT = 300, OPT_GOVERNANCE, OPT_SPECIAL, OPT_FINANCIAL, OPT_NO_FINANCIAL, OPT_STATUTORY_MET,
       OPT_STATUTORY_UNMET, OPT_LIST };
enum { OPT_JSON = 350 };

static const cli_option options[] = {
  {"current", 1, OPT_CURRENT, "M", "the CCG's model now (any name of a model)"},
  {"governance-issues", 0, OPT_GOVERNANCE, NULL, "the CCG has serious governance issues (A-4)"},
  {"special-measures", 0, OPT_SPECIAL, NULL, "the CCG is in special measures (A-4)"},
  {"financial-control", 0, OPT_FINANCIAL, NULL, "sound financial control is shown (A-5)"},
  {"no-financial-control", 0, OPT_NO_FINANCIAL, NULL, "sound financial control is lacking (A-5)"},
  {"statutory-met", 0, OPT_STATUTORY_MET, NULL, "statutory requirements are shown to be met (A-5)"},
  {"statutory-unmet", 0, OPT_STATUTORY_UNMET, NULL, "statutory requirements are not met (A-5)"},
  {"list", 1, OPT_LIST, "FILE.csv", "read another CCG list (default: the bundled list of April 2015)"},
  {"json", 0, OPT_JSON, NULL, "print the CCGs and the counts as JSON (docs/cli.md)"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-ccg",
  "[CODE | NAME] [--current M] [--governance-issues] [--special-measures]\n"
  "       [--financial-control | --no-financial-control] [--statutory-met | --statutory-unmet] [--list FILE.csv]",
  "Looks a CCG up (by ODS code, or any part of its name) and says what moving to\n"
  "each model would require of it. Exit 1 when nothing matches.",
  {options, NULL, NULL, NULL},
};

int main(int argc, char **argv) {
  const char *query = NULL, *list = NULL;
  int json = 0;
  cocomm_ccg facts;
  cocomm_ccg_init(&facts);
  for (;;) {
    char *v;
    int status, c = cli_next(&program, argc, argv, &v, &status);
    if (c == CLI_END) break;
    if (c == CLI_STOP) return status;
    switch (c) {
      case OPT_GOVERNANCE: facts.serious_governance_issues = 1; break;
      case OPT_SPECIAL: facts.special_measures = 1; break;
      case OPT_FINANCIAL: facts.sound_financial_control = 1; break;
      case OPT_NO_FINANCIAL: facts.sound_financial_control = 0; break;
      case OPT_STATUTORY_MET: facts.statutory_requirements_met = 1; break;
      case OPT_STATUTORY_UNMET: facts.statutory_requirements_met = 0; break;
      case OPT_LIST: list = v; break;
      case OPT_JSON: json = 1; break;
      case OPT_CURRENT:
        if (cocomm_model_parse(v, COCOMM_NTS, &facts.model) != COCOMM_OK)
          return cli_bad_value("--current", v, "delegated, joint, greater-involvement, \"Model 2\", ...");
        break;
      default:
        if (query != NULL) return cli_usage_error("unexpected argument '%s' (one CODE or NAME)", v);
        query = v;
        break;
    }
  }
  char path[1024];
  size_t len;
  const char *list_path = list ? list : cli_data_path("ccgs-2015-04.csv", path, sizeof path);
  char *csv = cli_read_file(list_path, &len);
  if (csv == NULL) return 2;
  if (json) {
    cli_json_begin(stdout, &program);
    printf(", \"list\": ");
    cli_json_string(stdout, list_path);
    printf(", \"query\": ");
    cli_json_string(stdout, query);
    printf(",\n \"ccgs\": [");
  }
  char *rec = csv, *next, *f[8];
  cli_csv_record(rec, f, 8, &next); /* header: ods_code,name,ons_code,region_code,region,... */
  int matches = 0, total = 0, regions[4] = {0, 0, 0, 0};
  static const char *const region_names[4] = {"North of England", "Midlands and East of England",
                                              "London", "South of England"};
  for (rec = next; rec; rec = next) {
    if (cli_csv_record(rec, f, 8, &next) < 5) continue;
    total++;
    for (int r = 0; r < 4; r++) regions[r] += strcmp(f[4], region_names[r]) == 0;
    int hit = query ? (strcmp(f[0], query) == 0 || (strlen(query) > 3 && contains(f[1], query)))
                    : strcmp(f[0], "00R") == 0;
    if (!hit) continue;
    if (cocomm_ccg_check_ods_code(f[0], COCOMM_NTS) != COCOMM_OK) continue;
    cocomm_ccg ccg = facts;
    memcpy(ccg.ods_code, f[0], 4);
    ccg.name = f[1];
    ccg.region = f[4];
    if (json) {
      describe_json(&ccg, matches++ == 0);
      continue;
    }
    if (matches++) printf("\n");
    describe(&ccg);
  }
  if (json) {
    printf("%s],\n \"total\": %d, \"regions\": {", matches ? "\n" : "", total);
    for (int r = 0; r < 4; r++) {
      printf("%s", r ? ", " : "");
      cli_json_string(stdout, region_names[r]);
      printf(": %d", regions[r]);
    }
    printf("}}\n");
  } else if (!query) {
    printf("\n%d CCGs in the list:", total);
    for (int r = 0; r < 4; r++) printf(" %s %d;", region_names[r], regions[r]);
    printf("\n");
  }
  free(csv);
  if (query && !matches) {
    fprintf(stderr, "no CCG matches \"%s\"\n", query);
    return 1;
  }
  return 0;
}
