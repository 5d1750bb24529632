/* SPDX-License-Identifier: MIT */
/* cocomm-scope: which commissioning functions each model gives a CCG, and
 * in what role (002 §4.1.5, rules F-1 to F-24).
 *
 *   cocomm-scope [--model M] [--year 2015/16]
 *
 * consumer-args: --model delegated
 */
#include <stdio.h>

#include "cli.h"

enum { OPT_MODEL = 300, OPT_YEAR };
enum { OPT_JSON = 350 };

static const cli_option options[] = {
  {"model", 1, OPT_MODEL, "M", "only this model (any name of it); default: every model"},
  {"year", 1, OPT_YEAR, "YYYY/YY", "the financial year for the service lines (default 2015/16)"},
  {"json", 0, OPT_JSON, NULL, "print the matrix as JSON (docs/cli.md)"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-scope",
  "[--model M] [--year YYYY/YY] [--json]",
  "Which commissioning functions each model gives a CCG, and in what role\n"
  "(F-1 to F-24), and each service line's scope in the year.",
  {options, NULL, NULL, NULL},
};

/* The same as JSON (docs/cli.md, "JSON output"). */
static void print_json(int32_t first, int32_t last, int32_t fy) {
  cli_json_begin(stdout, &program);
  printf(", \"year\": ");
  cli_json_fy(stdout, fy);
  printf(", \"models\": [");
  for (int32_t m = first; m <= last; m++) {
    printf("%s", m > first ? ", " : "");
    cli_json_string(stdout, cocomm_model_key(m));
  }
  printf("],\n \"functions\": [");
  for (uint32_t i = 0; i < cocomm_function_count(); i++) {
    int32_t fn, role, reserved;
    cocomm_function_at(i, &fn);
    cocomm_function_reserved(fn, &reserved);
    printf("%s\n  {\"rule\": ", i ? "," : "");
    cli_json_string(stdout, cocomm_function_rule(fn));
    printf(", \"function\": ");
    cli_json_string(stdout, cocomm_function_name(fn));
    printf(", \"roles\": {");
    for (int32_t m = first; m <= last; m++) {
      cocomm_function_role(m, fn, &role);
      printf("%s", m > first ? ", " : "");
      cli_json_string(stdout, cocomm_model_key(m));
      printf(": ");
      cli_json_string(stdout, cocomm_role_name(role));
    }
    printf("}, \"nhs_england_keeps\": ");
    cli_json_bool(stdout, reserved);
    putchar('}');
  }
  printf("],\n \"services\": [");
  for (int32_t s = COCOMM_SERVICE_GENERAL_PRACTICE; s <= COCOMM_SERVICE_EYE_HEALTH; s++) {
    printf("%s\n  {\"service\": ", s > COCOMM_SERVICE_GENERAL_PRACTICE ? "," : "");
    cli_json_string(stdout, cocomm_service_name(s));
    printf(", \"scopes\": {");
    for (int32_t m = first; m <= last; m++) {
      int32_t scope;
      const char *rule;
      cocomm_service_scope(s, m, fy, &scope, &rule);
      printf("%s", m > first ? ", " : "");
      cli_json_string(stdout, cocomm_model_key(m));
      printf(": {\"scope\": ");
      cli_json_string(stdout, cocomm_scope_name(scope));
      printf(", \"rule\": ");
      cli_json_string(stdout, rule);
      printf("}");
    }
    printf("}}");
  }
  printf("\n]}\n");
}

int main(int argc, char **argv) {
  int32_t only = -1, fy = 2015;
  int json = 0;
  for (;;) {
    char *v;
    int status, c = cli_next(&program, argc, argv, &v, &status);
    if (c == CLI_END) break;
    if (c == CLI_STOP) return status;
    switch (c) {
      case OPT_MODEL:
        if (cocomm_model_parse(v, COCOMM_NTS, &only) != COCOMM_OK)
          return cli_bad_value("--model", v, "delegated, joint, greater-involvement, \"Model 2\", ...");
        break;
      case OPT_YEAR:
        if (cocomm_date_fy_parse(v, COCOMM_NTS, &fy) != COCOMM_OK)
          return cli_bad_value("--year", v, "a financial year like 2015/16");
        break;
      case OPT_JSON: json = 1; break;
      default: return cli_usage_error("unexpected argument '%s'", v);
    }
  }
  int32_t first = only >= 1 ? only : COCOMM_MODEL_GREATER_INVOLVEMENT;
  int32_t last = only >= 1 ? only : COCOMM_MODEL_DELEGATED;
  if (json) {
    print_json(first, last, fy);
    return 0;
  }
  printf("%-5s %-78s", "rule", "function");
  for (int32_t m = first; m <= last; m++) printf(" %-16s", cocomm_model_key(m));
  printf(" NHS England keeps\n");
  for (uint32_t i = 0; i < cocomm_function_count(); i++) {
    int32_t fn, role, reserved;
    cocomm_function_at(i, &fn);
    cocomm_function_reserved(fn, &reserved);
    printf("%-5s %-78.78s", cocomm_function_rule(fn), cocomm_function_name(fn));
    for (int32_t m = first; m <= last; m++) {
      cocomm_function_role(m, fn, &role);
      printf(" %-16s", cocomm_role_name(role));
    }
    printf(" %s\n", reserved ? "yes" : "");
  }
  char year[16];
  cocomm_date_fy_format(fy, year, sizeof year, NULL);
  printf("\nservice lines in %s:\n", year);
  for (int32_t s = COCOMM_SERVICE_GENERAL_PRACTICE; s <= COCOMM_SERVICE_EYE_HEALTH; s++) {
    printf("  %-20s", cocomm_service_name(s));
    for (int32_t m = first; m <= last; m++) {
      int32_t scope;
      const char *rule;
      cocomm_service_scope(s, m, fy, &scope, &rule);
      printf(" %s: %s (%s);", cocomm_model_key(m), cocomm_scope_name(scope), rule);
    }
    printf("\n");
  }
  return 0;
}
