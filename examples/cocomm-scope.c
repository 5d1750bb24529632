/* SPDX-License-Identifier: MIT */
/* cocomm-scope: which commissioning functions each model gives a CCG, and
 * in what role (002 §4.1.5, rules F-1 to F-24).
 *
 *   cocomm-scope [--model M] [--year 2015/16]
 *
 * consumer-args: --model delegated
 */
#include "cli.h"

enum { OPT_MODEL = 300, OPT_YEAR };

static const cli_option options[] = {
  {"model", 1, OPT_MODEL, "M", "only this model (any name of it); default: every model"},
  {"year", 1, OPT_YEAR, "YYYY/YY", "the financial year for the service lines (default 2015/16)"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-scope",
  "[--model M] [--year YYYY/YY]",
  "Which commissioning functions each model gives a CCG, and in what role\n"
  "(F-1 to F-24), and each service line's scope in the year.",
  {options, NULL, NULL, NULL},
};

int main(int argc, char **argv) {
  int32_t only = -1, fy = 2015;
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
      default: return cli_usage_error("unexpected argument '%s'", v);
    }
  }
  int32_t first = only >= 1 ? only : COCOMM_MODEL_GREATER_INVOLVEMENT;
  int32_t last = only >= 1 ? only : COCOMM_MODEL_DELEGATED;
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
