/* SPDX-License-Identifier: MIT */
/* cocomm-dates: show how libcocomm reads policy dates and times.
 *
 *   cocomm-dates [--file FILE] [VALUE ...]
 *
 * Each VALUE is a date (2015-04-01) or an instant (2015-01-09T12:00, with
 * "Z" or "+01:00", or bare for UK local time). FILE holds one value a line;
 * blank lines and lines starting with '#' are skipped. With no arguments it
 * reads the bundled examples/data/policy-dates.txt. Prints UTC and UK
 * time, weekday and financial year. Exit 0 if every value was understood,
 * 1 if any was not, 2 on bad usage.
 *
 * consumer-args: --file examples/data/policy-dates.txt
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "cli.h"

static const char *const weekday_names[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};

static void print_fy(cocomm_date d) {
  int32_t fy;
  char buf[16];
  if (cocomm_date_fy(d, &fy) == COCOMM_OK && cocomm_date_fy_format(fy, buf, sizeof buf, NULL) == COCOMM_OK)
    printf("  financial year %s", buf);
}

/* --json: the program (NULL for text), and how many values were shown. */
static const cli_program *json;
static int shown, began;

/* One value as a JSON object (docs/cli.md, "JSON output"). */
static int show_json(const char *text) {
  cocomm_date d;
  cocomm_instant t;
  cocomm_datetime uk;
  int32_t wd = 0, fy, is_date, st = cocomm_date_parse(text, COCOMM_NTS, &d);
  is_date = st == COCOMM_OK;
  if (st == COCOMM_ERR_PARSE) st = cocomm_instant_parse(text, COCOMM_NTS, &t);
  printf("%s\n  {\"input\": ", shown++ ? "," : "");
  cli_json_string(stdout, text);
  printf(", \"valid\": ");
  cli_json_bool(stdout, st == COCOMM_OK);
  printf(", \"type\": ");
  cli_json_string(stdout, st != COCOMM_OK ? NULL : is_date ? "date" : "instant");
  if (st == COCOMM_OK && !is_date) {
    cocomm_instant_to_uk(t, &uk);
    d = uk.date;
  }
  if (st == COCOMM_OK) cocomm_date_weekday(d, &wd);
  printf(", \"date\": ");
  if (st == COCOMM_OK) cli_json_date(stdout, d);
  else printf("null");
  printf(", \"weekday\": ");
  cli_json_string(stdout, st == COCOMM_OK ? weekday_names[wd] : NULL);
  printf(", \"financial_year\": ");
  if (st == COCOMM_OK && cocomm_date_fy(d, &fy) == COCOMM_OK) cli_json_fy(stdout, fy);
  else printf("null");
  printf(", \"uk\": ");
  if (st == COCOMM_OK && !is_date) cli_json_instant(stdout, t);
  else printf("null");
  printf(", \"utc\": ");
  char utc_s[32];
  cli_json_string(stdout, st == COCOMM_OK && !is_date &&
                                  cocomm_instant_format(t, COCOMM_TIME_UTC, utc_s, sizeof utc_s, NULL) == COCOMM_OK
                              ? utc_s : NULL);
  printf(", \"zone\": ");
  cli_json_string(stdout, st == COCOMM_OK && !is_date ? (uk.utc_offset_minutes ? "BST" : "GMT") : NULL);
  printf(", \"end_of_day\": ");
  if (is_date && cocomm_date_uk_end_of_day(d, &t) == COCOMM_OK) cli_json_instant(stdout, t);
  else printf("null");
  printf(", \"error\": ");
  if (st == COCOMM_OK) {
    printf("null");
  } else {
    printf("{\"status\": ");
    cli_json_string(stdout, cocomm_status_str(st));
    printf(", \"name\": ");
    cli_json_string(stdout, cocomm_status_name(st));
    putchar('}');
  }
  putchar('}');
  return st == COCOMM_OK ? 0 : 1;
}

static int show(const char *text) {
  if (json) return show_json(text);
  cocomm_date d;
  cocomm_instant t;
  cocomm_datetime uk;
  char utc_s[32], uk_s[32];
  int32_t wd, st;
  st = cocomm_date_parse(text, COCOMM_NTS, &d);
  if (st == COCOMM_OK) {
    cocomm_date_weekday(d, &wd);
    cocomm_date_uk_end_of_day(d, &t);
    cocomm_instant_format(t, COCOMM_TIME_UK, uk_s, sizeof uk_s, NULL);
    printf("%-26s %-9s", text, weekday_names[wd]);
    print_fy(d);
    printf("  ends %s (T-34)\n", uk_s);
    return 0;
  }
  if (st == COCOMM_ERR_PARSE) st = cocomm_instant_parse(text, COCOMM_NTS, &t);
  if (st != COCOMM_OK) {
    printf("%-26s error: %s (%s)\n", text, cocomm_status_str(st), cocomm_status_name(st));
    return 1;
  }
  cocomm_instant_to_uk(t, &uk);
  cocomm_date_weekday(uk.date, &wd);
  cocomm_instant_format(t, COCOMM_TIME_UTC, utc_s, sizeof utc_s, NULL);
  cocomm_instant_format(t, COCOMM_TIME_UK, uk_s, sizeof uk_s, NULL);
  printf("%-26s %-9s UTC %s  UK %s %s", text, weekday_names[wd], utc_s, uk_s,
         uk.utc_offset_minutes ? "BST" : "GMT");
  print_fy(uk.date);
  printf("\n");
  return 0;
}

static int show_file(const char *path) {
  FILE *f = fopen(path, "r");
  char line[256];
  int bad = 0;
  if (f == NULL) {
    perror(path);
    return -1;
  }
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '\0' || line[0] == '#') continue;
    bad |= show(line);
  }
  fclose(f);
  return bad;
}

enum { OPT_FILE = 300 };
enum { OPT_JSON = 350 };

static const cli_option options[] = {
  {"file", 1, OPT_FILE, "FILE", "read values from FILE, one a line ('#' starts a comment line); may be repeated"},
  {"json", 0, OPT_JSON, NULL, "print the values as JSON (docs/cli.md)"},
  {NULL, 0, 0, NULL, NULL},
};

static const cli_program program = {
  "cocomm-dates",
  "[--file FILE] [--json] [VALUE ...]",
  "Shows how libcocomm reads each VALUE, a date (2015-04-01) or an instant\n"
  "(2015-01-09T12:00, with Z or +01:00, or bare for UK local time): UTC and UK\n"
  "time, weekday and financial year. With no arguments, the bundled\n"
  "examples/data/policy-dates.txt. Exit 1 if a value was not understood.",
  {options, NULL, NULL, NULL},
};

int main(int argc, char **argv) {
  /* Values and files in the order given, all read before any is shown. */
  char **values = calloc((size_t)argc + 1, sizeof *values);
  int *is_file = calloc((size_t)argc + 1, sizeof *is_file);
  int n = 0, bad = 0, rc = 2;
  if (values == NULL || is_file == NULL) goto out;
  for (;;) {
    char *v;
    int status, c = cli_next(&program, argc, argv, &v, &status);
    if (c == CLI_END) break;
    if (c == CLI_STOP) {
      rc = status;
      goto out;
    }
    if (c == OPT_JSON) {
      json = &program;
      continue;
    }
    is_file[n] = c == OPT_FILE;
    values[n++] = v;
  }
  if (json) {
    cli_json_begin(stdout, json);
    printf(", \"values\": [");
    began = 1;
  } else {
    printf("libcocomm %s\n", cocomm_version_string());
  }
  if (n == 0) {
    char path[1024];
    int r = show_file(cli_data_path("policy-dates.txt", path, sizeof path));
    rc = r < 0 ? 2 : r;
    goto out;
  }
  for (int i = 0; i < n; i++) {
    if (is_file[i]) {
      int r = show_file(values[i]);
      if (r < 0) goto out;
      bad |= r;
    } else {
      bad |= show(values[i]);
    }
  }
  rc = bad ? 1 : 0;
out:
  if (began) printf("%s]}\n", shown ? "\n" : "");
  free(values);
  free(is_file);
  return rc;
}
