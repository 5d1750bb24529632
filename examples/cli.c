/* SPDX-License-Identifier: MIT */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *cli_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return NULL;
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    char *bigger = realloc(buf, 2 * cap + 1);
    if (bigger == NULL) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = bigger;
    cap *= 2;
  }
  int failed = ferror(f);
  fclose(f);
  if (buf == NULL || failed) {
    fprintf(stderr, "%s: read failed\n", path);
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

const char *cli_data_path(const char *file, char *buf, size_t cap) {
  const char *dirs[4] = {getenv("COCOMM_DATA_DIR"), NULL, NULL, "examples/data"};
#ifdef COCOMM_SOURCE_DATA_DIR
  dirs[1] = COCOMM_SOURCE_DATA_DIR;
#endif
#ifdef COCOMM_INSTALLED_DATA_DIR
  dirs[2] = COCOMM_INSTALLED_DATA_DIR;
#endif
  for (int i = 0; i < 4; i++) {
    if (dirs[i] == NULL) continue;
    snprintf(buf, cap, "%s/%s", dirs[i], file);
    if (access(buf, R_OK) == 0) return buf;
  }
  snprintf(buf, cap, "examples/data/%s", file);
  return buf;
}

int cli_load_roster(const char *path, const cocomm_terms *terms, cli_roster *r) {
  size_t len;
  memset(r, 0, sizeof *r);
  if ((r->csv = cli_read_file(path, &len)) == NULL) return -1;
  cocomm_error err = COCOMM_ERROR_INIT;
  cocomm_roster parsed;
  cocomm_findings notes;
  /* Once to size the buffers, once to fill them (at most one note a member). */
  cocomm_roster_init(&parsed, NULL, 0, NULL, 0);
  parsed.terms = terms;
  int32_t st = cocomm_roster_parse(r->csv, len, 0, &parsed, &err);
  if (st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    r->members = calloc(parsed.count ? parsed.count : 1, sizeof *r->members);
    r->text = malloc(parsed.text_needed ? parsed.text_needed : 1);
    r->notes = calloc(parsed.count ? parsed.count : 1, sizeof *r->notes);
    r->lines = calloc(parsed.count ? parsed.count : 1, sizeof *r->lines);
    if (r->members == NULL || r->text == NULL || r->notes == NULL || r->lines == NULL) {
      fprintf(stderr, "%s: out of memory\n", path);
      cli_free_roster(r);
      return -1;
    }
    cocomm_findings_init(&notes, r->notes, parsed.count);
    cocomm_roster_init(&parsed, r->members, parsed.count, r->text, parsed.text_needed);
    parsed.terms = terms;
    parsed.findings = &notes;
    parsed.lines = r->lines;
    st = cocomm_roster_parse(r->csv, len, 0, &parsed, &err);
    r->note_count = notes.count < notes.capacity ? notes.count : notes.capacity;
  }
  if (st != COCOMM_OK) {
    fprintf(stderr, "%s:%u:%u: %s: %s%s%s%s\n", path, err.line, err.column, cocomm_status_str(st),
            err.message ? err.message : "", err.text[0] ? " \"" : "", err.text, err.text[0] ? "\"" : "");
    cli_free_roster(r);
    return -1;
  }
  r->count = parsed.count;
  r->encoding = parsed.encoding;
  r->delimiter = parsed.delimiter;
  r->columns = parsed.columns;
  r->unused = parsed.unused;
  r->header = parsed.header;
  memcpy(r->column_kind, parsed.column_kind, sizeof r->column_kind);
  return 0;
}

void cli_free_roster(cli_roster *r) {
  free(r->members);
  free(r->text);
  free(r->csv);
  free(r->notes);
  free(r->lines);
  memset(r, 0, sizeof *r);
}

int cli_load_terms(const char *path, cocomm_terms *terms) {
  size_t len;
  char *text = cli_read_file(path, &len);
  if (text == NULL) return -1;
  cocomm_error err = COCOMM_ERROR_INIT;
  cocomm_terms_init(terms);
  int32_t st = cocomm_terms_parse(text, len, 0, terms, &err);
  free(text);
  if (st == COCOMM_OK) return 0;
  if (err.line)
    fprintf(stderr, "%s:%u:%u: %s%s%s%s\n", path, err.line, err.column,
            err.message && err.message[0] ? err.message : cocomm_status_str(st), err.text[0] ? " \"" : "",
            err.text, err.text[0] ? "\"" : "");
  else
    cli_print_error(stderr, path, "clause", st, &err);
  cocomm_terms_init(terms);
  return -1;
}

/* ---- the command line ---- */

enum { CODE_HELP = 200, CODE_VERSION = 201, OPTIONS_MAX = 64 };

static const cli_option builtin_options[] = {
  {"help", 0, CODE_HELP, NULL, "print this help and exit"},
  {"version", 0, CODE_VERSION, NULL, "print the program's and the library's version and exit"},
  {NULL, 0, 0, NULL, NULL},
};

static const char *program_name = "cocomm";

/* Every option of p, the built-in ones last: n of them into all[]. */
static int all_options(const cli_program *p, const cli_option *all[OPTIONS_MAX]) {
  int n = 0;
  for (int t = 0; t < 4 && p->tables[t]; t++)
    for (const cli_option *o = p->tables[t]; o->name && n < OPTIONS_MAX - 2; o++) all[n++] = o;
  for (const cli_option *o = builtin_options; o->name; o++) all[n++] = o;
  return n;
}

static const cli_option *option_by_code(const cli_program *p, int code) {
  const cli_option *all[OPTIONS_MAX];
  int n = all_options(p, all);
  for (int k = 0; k < n; k++)
    if (all[k]->code == code) return all[k];
  return NULL;
}

static void print_help(const cli_program *p) {
  const cli_option *all[OPTIONS_MAX];
  int n = all_options(p, all);
  printf("usage: %s %s\n", p->name, p->usage);
  if (p->about) printf("\n%s\n", p->about);
  printf("\noptions:\n");
  for (int k = 0; k < n; k++) {
    char left[96];
    snprintf(left, sizeof left, "--%s%s%s", all[k]->name, all[k]->value ? " " : "",
             all[k]->value ? all[k]->value : "");
    printf("  %-30s%s%s\n", left, strlen(left) >= 30 ? "  " : "", all[k]->help);
  }
  printf("\nexit status 2: bad usage (an unknown option, a missing or bad value) or bad input.\n");
}

int cli_usage_error(const char *format, ...) {
  va_list ap;
  fflush(stdout);
  fprintf(stderr, "%s: ", program_name);
  va_start(ap, format);
  vfprintf(stderr, format, ap);
  va_end(ap);
  fprintf(stderr, "\ntry '%s --help'\n", program_name);
  return 2;
}

int cli_bad_value(const char *option, const char *value, const char *expected) {
  return cli_usage_error("bad value for %s: '%s' (%s)", option, value, expected);
}

int cli_parse_long(const char *text, long min, long max, long *v) {
  if (!isdigit((unsigned char)text[0]) && !((text[0] == '-' || text[0] == '+') && isdigit((unsigned char)text[1])))
    return -1;
  char *end;
  errno = 0;
  long n = strtol(text, &end, 10);
  if (*end != '\0' || errno == ERANGE || n < min || n > max) return -1;
  *v = n;
  return 0;
}

/* Not an option cli_next knows: "--name[=value]" as given; ambiguous
 * when it begins more than one long name. */
static int unknown_option(const cli_program *p, const char *given) {
  const cli_option *all[OPTIONS_MAX];
  int n = all_options(p, all), matches = 0;
  size_t len = strcspn(given, "=");
  if (strncmp(given, "--", 2) == 0 && len > 2)
    for (int k = 0; k < n; k++) matches += strncmp(all[k]->name, given + 2, len - 2) == 0;
  if (matches > 1) return cli_usage_error("ambiguous option '%.*s'", (int)len, given);
  return cli_usage_error("unknown option '%.*s'", (int)len, given);
}

int cli_next(const cli_program *p, int argc, char **argv, char **value, int *status) {
  static struct option longs[OPTIONS_MAX + 1];
  static int ready = 0, rest = 0;
  const cli_option *all[OPTIONS_MAX];
  if (!ready) {
    int n = all_options(p, all);
    for (int k = 0; k < n; k++) {
      longs[k].name = all[k]->name;
      longs[k].has_arg = all[k]->has_arg ? required_argument : no_argument;
      longs[k].flag = NULL;
      longs[k].val = all[k]->code;
    }
    memset(&longs[n], 0, sizeof longs[n]);
    program_name = p->name;
    opterr = 0;
    ready = 1;
  }
  *value = NULL;
  if (rest) { /* after "--": every argument is an argument */
    if (optind >= argc) return CLI_END;
    *value = argv[optind++];
    return CLI_ARGUMENT;
  }
  /* "-": arguments in order, as code 1; ":": ':' for a missing value. */
  int c = getopt_long(argc, argv, "-:", longs, NULL);
  const cli_option *o;
  switch (c) {
    case -1:
      if (optind < argc) { /* "--" ended the options */
        rest = 1;
        return cli_next(p, argc, argv, value, status);
      }
      return CLI_END;
    case 1: *value = optarg; return CLI_ARGUMENT;
    case CODE_HELP: print_help(p); *status = 0; return CLI_STOP;
    case CODE_VERSION: printf("%s (libcocomm %s)\n", p->name, cocomm_version_string()); *status = 0; return CLI_STOP;
    case ':':
      o = option_by_code(p, optopt);
      *status = cli_usage_error("--%s needs a value (%s)", o ? o->name : "?", o && o->value ? o->value : "");
      return CLI_STOP;
    case '?':
      if ((o = option_by_code(p, optopt)) != NULL && optopt != 0)
        *status = cli_usage_error("--%s takes no value", o->name);
      else if (optopt > 0 && optopt < 256)
        *status = cli_usage_error("unknown option '-%c'", optopt);
      else
        *status = unknown_option(p, optind > 0 && optind <= argc ? argv[optind - 1] : "?");
      return CLI_STOP;
    default: *value = optarg; return c;
  }
}

int cli_parse_kind(const char *option, const char *text, int32_t *kind) {
  if (cocomm_committee_kind_parse(text, COCOMM_NTS, kind) == COCOMM_OK) return 0;
  cli_bad_value(option, text, "delegated, joint, in-common or greater-involvement");
  return -1;
}

int cli_select(const cli_roster *r, const char *list, uint8_t *flags) {
  memset(flags, 0, r->count);
  if (strcmp(list, "all") == 0) {
    memset(flags, 1, r->count);
    return 0;
  }
  if (list[0] == '\0') return 0;
  char *copy = strdup(list), *save = NULL;
  int bad = copy == NULL;
  for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok; tok = strtok_r(NULL, ",", &save)) {
    while (*tok == ' ') tok++;
    char *end;
    long row = strtol(tok, &end, 10);
    if (*end == '\0' && row >= 1 && (unsigned long)row <= r->count) {
      flags[row - 1] = 1;
      continue;
    }
    int found = 0;
    for (uint32_t i = 0; i < r->count; i++)
      if (strcmp(r->members[i].name, tok) == 0) flags[i] = 1, found = 1;
    if (!found) {
      fprintf(stderr, "no member \"%s\" (give a name as listed, or a member number 1-%u)\n", tok, r->count);
      bad = 1;
    }
  }
  free(copy);
  return bad ? -1 : 0;
}

int cli_member(const cli_roster *r, const char *text, const char *what, int32_t *index) {
  char *end;
  long row = strtol(text, &end, 10);
  if (text[0] != '\0' && *end == '\0' && row >= 1 && (unsigned long)row <= r->count) {
    *index = (int32_t)(row - 1);
    return 0;
  }
  int32_t found = -1;
  for (uint32_t i = 0; i < r->count; i++) {
    if (strcmp(r->members[i].name, text) != 0) continue;
    if (found >= 0) {
      fprintf(stderr, "%s: more than one member \"%s\" (give a member number: %d or %u)\n", what, text,
              found + 1, i + 1);
      return -1;
    }
    found = (int32_t)i;
  }
  if (found < 0) {
    fprintf(stderr, "%s: no member \"%s\" (give a name as listed, or a member number 1-%u)\n", what, text,
            r->count);
    return -1;
  }
  *index = found;
  return 0;
}

void cli_print_error(FILE *out, const char *what, const char *noun, int32_t status, const cocomm_error *e) {
  fprintf(out, "%s: %s", what, cocomm_status_str(status));
  if (e->index >= 0) fprintf(out, ": %s %d", e->field == COCOMM_FIELD_CCG_CODES ? "CCG code" : noun, e->index + 1);
  if (e->field != COCOMM_FIELD_NONE) fprintf(out, " (%s)", cocomm_field_name(e->field));
  if (e->message && e->message[0]) fprintf(out, ": %s", e->message);
  fputc('\n', out);
}

void cli_json_string(FILE *out, const char *s) {
  if (s == NULL) {
    fputs("null", out);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
    else if (c == '\n') fputs("\\n", out);
    else if (c == '\r') fputs("\\r", out);
    else if (c == '\t') fputs("\\t", out);
    else if (c < 0x20) fprintf(out, "\\u%04x", c);
    else fputc(c, out);
  }
  fputc('"', out);
}

void cli_json_begin(FILE *out, const cli_program *p) {
  fprintf(out, "{\"libcocomm\": ");
  cli_json_string(out, cocomm_version_string());
  fprintf(out, ", \"program\": ");
  cli_json_string(out, p->name);
}

void cli_json_bool(FILE *out, int v) { fputs(v ? "true" : "false", out); }

void cli_json_date(FILE *out, cocomm_date d) {
  char buf[16];
  cli_json_string(out, cocomm_date_format(d, buf, sizeof buf, NULL) == COCOMM_OK ? buf : NULL);
}

void cli_json_instant(FILE *out, cocomm_instant t) {
  char buf[40];
  cli_json_string(out, cocomm_instant_format(t, COCOMM_TIME_UK, buf, sizeof buf, NULL) == COCOMM_OK ? buf : NULL);
}

void cli_json_fy(FILE *out, int32_t start_year) {
  char buf[16];
  cli_json_string(out, cocomm_date_fy_format(start_year, buf, sizeof buf, NULL) == COCOMM_OK ? buf : NULL);
}

void cli_print_member_keys_json(FILE *out, const cocomm_member *m, uint32_t index) {
  fprintf(out, "\"member\": %u, \"name\": ", index + 1);
  cli_json_string(out, m->name);
  fprintf(out, ", \"category\": ");
  cli_json_string(out, cocomm_category_name(m->category));
  fprintf(out, ", \"voting\": ");
  cli_json_bool(out, m->voting);
  fprintf(out, ", \"position\": ");
  cli_json_string(out, cocomm_position_name(m->position));
  fprintf(out, ", \"organisation\": ");
  cli_json_string(out, m->body);
}

void cli_print_members_json(FILE *out, const cocomm_member *members, uint32_t count, const uint8_t *flags,
                            uint8_t mask) {
  int k = 0;
  fputc('[', out);
  for (uint32_t i = 0; i < count; i++) {
    if (flags && !(flags[i] & mask)) continue;
    fprintf(out, "%s{", k++ ? ", " : "");
    cli_print_member_keys_json(out, &members[i], i);
    fputc('}', out);
  }
  fputc(']', out);
}

/* The member a finding concerns, when its subject is one: its index, or -1. */
static int32_t finding_member(const cocomm_finding *f, const cocomm_committee *c) {
  return c && f->subject >= 0 && (uint32_t)f->subject < c->member_count ? f->subject : -1;
}

/* The finding's text, made by the library (names from the committee). */
static const char *finding_text(const cocomm_finding *f, const cocomm_committee *c, char *buf, size_t cap) {
  if (cocomm_finding_format(f, c, buf, cap, NULL) == COCOMM_ERR_INVALID_ARGUMENT)
    snprintf(buf, cap, "(unknown message %d)", f->message);
  return buf;
}

void cli_print_finding_text(FILE *out, const cocomm_finding *f, const cocomm_committee *c) {
  const cocomm_rule *rule = cocomm_rule_get(f->rule);
  char text[1024];
  fprintf(out, "  %-11s %-5s %s  [%s]\n", cocomm_severity_name(f->severity), rule ? rule->id : "?",
          finding_text(f, c, text, sizeof text), rule ? rule->source : "");
}

void cli_print_finding_json(FILE *out, const cocomm_finding *f, const cocomm_committee *c) {
  const cocomm_rule *rule = cocomm_rule_get(f->rule);
  char text[1024];
  int32_t m = finding_member(f, c);
  fprintf(out, "{\"rule\": ");
  cli_json_string(out, rule ? rule->id : NULL);
  fprintf(out, ", \"severity\": ");
  cli_json_string(out, cocomm_severity_name(f->severity));
  fprintf(out, ", \"message\": ");
  cli_json_string(out, finding_text(f, c, text, sizeof text));
  fprintf(out, ", \"source\": ");
  cli_json_string(out, rule ? rule->source : NULL);
  if (m >= 0) fprintf(out, ", \"member\": %d, \"name\": ", m + 1); /* numbered from 1, as in the message */
  else fprintf(out, ", \"member\": null, \"name\": ");
  cli_json_string(out, m >= 0 ? c->members[m].name : NULL);
  fputc('}', out);
}

void cli_print_findings_json(FILE *out, const cocomm_finding *f, uint32_t n, const cocomm_committee *c,
                             const char *indent) {
  fputc('[', out);
  for (uint32_t i = 0; i < n; i++) {
    fprintf(out, "%s\n%s  ", i ? "," : "", indent);
    cli_print_finding_json(out, &f[i], c);
  }
  fprintf(out, "%s%s]", n ? "\n" : "", n ? indent : "");
}

int cli_csv_record(char *text, char **fields, int max, char **next) {
  int n = 0;
  char *p = text, *w;
  for (;;) {
    char *start = w = p;
    if (*p == '"') {
      p++;
      for (;;) {
        if (*p == '\0') break;
        if (*p == '"' && p[1] == '"') { *w++ = '"'; p += 2; continue; }
        if (*p == '"') { p++; break; }
        *w++ = *p++;
      }
      while (*p && *p != ',' && *p != '\n' && *p != '\r') p++;
    } else {
      while (*p && *p != ',' && *p != '\n' && *p != '\r') *w++ = *p++;
    }
    char sep = *p;
    *w = '\0';
    if (n < max) fields[n++] = start;
    if (sep == ',') { p++; continue; }
    /* *p itself may now be the terminator just written: step by sep. */
    if (sep == '\r' && p[1] == '\n') p += 2;
    else if (sep == '\r' || sep == '\n') p++;
    break;
  }
  *next = *p ? p : NULL;
  return n;
}

/* ---- the options that describe a committee ---- */

/* ASCII case-insensitive equality, "-" and " " read alike. */
static int same_word(const char *a, const char *b) {
  for (;; a++, b++) {
    int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
    if (x == '-') x = ' ';
    if (y == '-') y = ' ';
    if (x != y) return 0;
    if (x == '\0') return 1;
  }
}

void cli_committee_init(cli_committee *o) {
  memset(o, 0, sizeof *o);
  cocomm_terms_init(&o->terms);
  o->casting_vote = o->majority = o->presiding = -1;
}

static int parse_number(const char *text, int32_t *v) {
  long n;
  if (cli_parse_long(text, 0, (long)COCOMM_MEMBERS_MAX, &n) != 0) return -1;
  *v = (int32_t)n;
  return 0;
}

static void add_clause(cli_committee *o, int32_t min, uint32_t categories, uint32_t positions) {
  cocomm_clause *k = &o->quorum[o->quorum_count++];
  memset(k, 0, sizeof *k);
  k->min = min;
  k->categories = categories;
  k->positions = positions;
  k->voting = COCOMM_COUNT_VOTING;
  k->body = COCOMM_CLAUSE_ANY_BODY;
}

/* --quorum VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay]: "at
 * least VOTING voting members", "at least LAY lay members", ... (an
 * executive count counts NHS England members too, as C-2 does), and "the
 * chair (or the vice-chair) present", lay when ",lay" says so. */
static int parse_quorum(cli_committee *o, const char *text) {
  char buf[128];
  int32_t n[4] = {0, 0, 0, 0};
  int k = 0, presiding = 0, lay = 0;
  if (strlen(text) >= sizeof buf) return -1;
  snprintf(buf, sizeof buf, "%s", text);
  char *save = NULL;
  for (char *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
    if (k < 4) {
      if (parse_number(tok, &n[k++]) != 0) return -1;
    } else if (strcmp(tok, "chair") == 0) presiding = 1;
    else if (strcmp(tok, "chair-or-vice") == 0) presiding = 2;
    else if (strcmp(tok, "lay") == 0) lay = 1;
    else return -1;
  }
  if (k == 0) return -1;
  static const uint32_t sets[4] = {
    0, COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY),
    COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_EXECUTIVE) | COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_NHS_ENGLAND),
    COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_CLINICAL)};
  o->quorum_count = 0;
  for (int i = 0; i < 4; i++)
    if (n[i] > 0) add_clause(o, n[i], sets[i], 0);
  if (presiding || lay)
    add_clause(o, 1, lay ? COCOMM_CATEGORY_BIT(COCOMM_CATEGORY_LAY) : 0,
               COCOMM_POSITION_BIT(COCOMM_POSITION_CHAIR) |
                   (presiding == 1 ? 0 : COCOMM_POSITION_BIT(COCOMM_POSITION_VICE_CHAIR)));
  return 0;
}

enum { OPT_KIND = 256, OPT_TERMS, OPT_QUORUM, OPT_QUORUM_VOTING, OPT_MAJORITY, OPT_PRESIDING, OPT_CCG, OPT_BODY,
       OPT_CASTING_VOTE };

const cli_option cli_committee_options[] = {
  {"kind", 1, OPT_KIND, "KIND", "delegated, joint, in-common or greater-involvement"},
  {"terms", 1, OPT_TERMS, "FILE", "the committee's terms of reference (docs/terms.md)"},
  {"quorum", 1, OPT_QUORUM, "VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay]", "the quorum as four counts"},
  {"quorum-voting", 1, OPT_QUORUM_VOTING, "N", "the quorum: at least N voting members (0: none)"},
  {"casting-vote", 0, OPT_CASTING_VOTE, NULL, "whoever presides has a casting vote on a tie"},
  {"majority", 1, OPT_MAJORITY, "votes-cast|present-and-entitled", "the basis of the simple majority"},
  {"presiding", 1, OPT_PRESIDING, "by-kind|lay|any", "who may be chosen to preside when chair and vice cannot"},
  {"ccg", 1, OPT_CCG, "CODE[=ORGANISATION]", "a CCG the committee serves (may be repeated)"},
  {"body", 1, OPT_BODY, "LIST=BODY", "members' body: nhs-england, other, unstated or a --ccg CODE"},
  {NULL, 0, 0, NULL, NULL},
};

int cli_committee_option(cli_committee *o, int code, char *v) {
  switch (code) {
    case OPT_CASTING_VOTE: o->casting_vote = 1; return 1;
    case OPT_KIND: return cli_parse_kind("--kind", v, &o->kind) == 0 ? 1 : -1;
    case OPT_TERMS: o->terms_file = v; return 1;
    case OPT_QUORUM:
    case OPT_QUORUM_VOTING: {
      const char *a = code == OPT_QUORUM ? "--quorum" : "--quorum-voting";
      if (o->quorum_option && strcmp(o->quorum_option, a) != 0) {
        cli_usage_error("%s and %s both set the quorum: give one", o->quorum_option, a);
        return -1;
      }
      int32_t n = 0;
      int bad = code == OPT_QUORUM ? parse_quorum(o, v) : parse_number(v, &n);
      if (bad) {
        cli_bad_value(a, v, code == OPT_QUORUM ? "VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay]"
                                               : "a number of voting members");
        return -1;
      }
      if (code == OPT_QUORUM_VOTING) {
        o->quorum_count = 0;
        if (n > 0) add_clause(o, n, 0, 0);
      }
      o->quorum_option = a;
      return 1;
    }
    case OPT_MAJORITY:
    case OPT_PRESIDING: {
      int32_t *out = code == OPT_MAJORITY ? &o->majority : &o->presiding;
      for (int32_t k = 0; k <= 2; k++) {
        const char *name = code == OPT_MAJORITY ? cocomm_majority_name(k) : cocomm_preside_name(k);
        if (strcmp(name, "unknown") != 0 && same_word(v, name)) {
          *out = k;
          return 1;
        }
      }
      cli_bad_value(code == OPT_MAJORITY ? "--majority" : "--presiding", v,
                    code == OPT_MAJORITY ? "votes-cast or present-and-entitled" : "by-kind, lay or any");
      return -1;
    }
    case OPT_CCG: {
      if (o->ccg_count == CLI_CCGS_MAX) {
        cli_usage_error("--ccg: at most %d CCGs", CLI_CCGS_MAX);
        return -1;
      }
      /* CODE or CODE=ORGANISATION: the code is cut off in place. */
      char *eq = strchr(v, '=');
      o->ccg_orgs[o->ccg_count] = eq ? eq + 1 : NULL;
      if (eq) *eq = '\0';
      o->ccg_codes[o->ccg_count++] = v;
      return 1;
    }
    case OPT_BODY: {
      if (o->body_count == CLI_BODIES_MAX || strrchr(v, '=') == NULL) {
        char expected[64];
        snprintf(expected, sizeof expected, "LIST=BODY, at most %d times", CLI_BODIES_MAX);
        cli_bad_value("--body", v, expected);
        return -1;
      }
      o->bodies[o->body_count++] = v;
      return 1;
    }
    default: return 0;
  }
}

int cli_committee_terms(cli_committee *o) {
  if (o->terms_file && cli_load_terms(o->terms_file, &o->terms) != 0) return -1;
  if (o->quorum_option) {
    memcpy(o->terms.quorum, o->quorum, o->quorum_count * sizeof o->quorum[0]);
    o->terms.quorum_count = o->quorum_count;
  }
  if (o->casting_vote >= 0) o->terms.casting_vote = o->casting_vote;
  if (o->majority >= 0) o->terms.majority = o->majority;
  if (o->presiding >= 0) o->terms.presiding = o->presiding;
  return 0;
}

void cli_committee_default_quorum(cli_committee *o, const cocomm_clause *clauses, uint32_t n) {
  if (o->terms_file || o->quorum_option) return;
  memcpy(o->terms.quorum, clauses, n * sizeof clauses[0]);
  o->terms.quorum_count = n;
  o->quorum_default = 1;
}

/* A body as --body names it: 0 and *kind, *ccg; -1 if unknown. */
static int parse_body(const cli_committee *o, const char *text, int32_t *kind, int32_t *ccg) {
  *ccg = 0;
  if (same_word(text, "nhs england")) *kind = COCOMM_BODY_NHS_ENGLAND;
  else if (same_word(text, "other")) *kind = COCOMM_BODY_OTHER;
  else if (same_word(text, "unstated")) *kind = COCOMM_BODY_UNSTATED;
  else {
    for (uint32_t k = 0; k < o->ccg_count; k++)
      if (same_word(text, o->ccg_codes[k])) {
        *kind = COCOMM_BODY_CCG;
        *ccg = (int32_t)k;
        return 0;
      }
    return -1;
  }
  return 0;
}

int cli_committee_load(cli_committee *o, const char *path, cli_roster *r, cocomm_committee *c) {
  if (cli_load_roster(path, &o->terms, r) != 0) return -1;
  cocomm_committee_init(c);
  c->kind = o->kind ? o->kind : COCOMM_COMMITTEE_DELEGATED;
  c->members = r->members;
  c->member_count = r->count;
  c->terms = &o->terms;
  c->ccg_codes = o->ccg_count ? o->ccg_codes : NULL;
  c->ccg_count = o->ccg_count;
  /* --ccg CODE=ORGANISATION: members of that organisation belong to the CCG. */
  for (uint32_t k = 0; k < o->ccg_count; k++) {
    if (o->ccg_orgs[k] == NULL) continue;
    int found = 0;
    for (uint32_t i = 0; i < r->count; i++)
      if (r->members[i].body && same_word(r->members[i].body, o->ccg_orgs[k])) {
        r->members[i].body_kind = COCOMM_BODY_CCG;
        r->members[i].body_ccg = (int32_t)k;
        found = 1;
      }
    if (!found) {
      fprintf(stderr, "--ccg %s=%s: no member's organisation is \"%s\"\n", o->ccg_codes[k], o->ccg_orgs[k],
              o->ccg_orgs[k]);
      return -1;
    }
  }
  /* --body LIST=BODY, in the order given. */
  uint8_t *sel = calloc(r->count + 1, 1);
  int rc = sel ? 0 : -1;
  for (uint32_t b = 0; rc == 0 && b < o->body_count; b++) {
    const char *eq = strrchr(o->bodies[b], '=');
    char list[1024];
    int32_t kind, ccg;
    snprintf(list, sizeof list, "%.*s", (int)(eq - o->bodies[b]), o->bodies[b]);
    if (parse_body(o, eq + 1, &kind, &ccg) != 0) {
      fprintf(stderr, "bad --body: %s (nhs-england, other, unstated, or a CCG code given with --ccg)\n", eq + 1);
      rc = -1;
    } else if (cli_select(r, list, sel) != 0) {
      rc = -1;
    } else {
      for (uint32_t i = 0; i < r->count; i++)
        if (sel[i]) r->members[i].body_kind = kind, r->members[i].body_ccg = ccg;
    }
  }
  free(sel);
  return rc;
}

/* The options that set part of the terms, in a fixed order; n of them. */
static int overrides(const cli_committee *o, const char *opts[4]) {
  int n = 0;
  if (o->quorum_option) opts[n++] = o->quorum_option;
  if (o->majority >= 0) opts[n++] = "--majority";
  if (o->casting_vote >= 0) opts[n++] = "--casting-vote";
  if (o->presiding >= 0) opts[n++] = "--presiding";
  return n;
}

/* The terms as the terms format writes them (malloc'd), or NULL. */
static char *terms_text(const cocomm_terms *t) {
  size_t need = 0;
  int32_t st = cocomm_terms_format(t, NULL, 0, &need);
  if (st != COCOMM_OK && st != COCOMM_ERR_BUFFER_TOO_SMALL) return NULL;
  char *text = malloc(need + 1);
  if (text && cocomm_terms_format(t, text, need + 1, NULL) != COCOMM_OK) {
    free(text);
    text = NULL;
  }
  return text;
}

void cli_print_terms(FILE *out, const cli_committee *o) {
  const char *opts[4];
  int n = overrides(o, opts);
  if (o->terms_file)
    fprintf(out, "terms: %s", o->terms_file);
  else if (o->quorum_default)
    fprintf(out, "terms: none given; this program's example quorum");
  else if (n == 0)
    fprintf(out, "terms: none given (the library's defaults)");
  else
    fprintf(out, "terms: none given");
  for (int k = 0; k < n; k++)
    fprintf(out, "%s%s", k ? ", " : o->terms_file ? "; from the command line, over the file's: "
                                                   : "; from the command line: ", opts[k]);
  fputc('\n', out);
  char *text = terms_text(&o->terms);
  for (char *line = text, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    next = next ? next + 1 : line + strlen(line);
    fprintf(out, "  %.*s", (int)(next - line), line);
  }
  if (text && text[0] && text[strlen(text) - 1] != '\n') fputc('\n', out);
  free(text);
}

void cli_print_terms_json(FILE *out, const cli_committee *o) {
  const cocomm_terms *t = &o->terms;
  fprintf(out, "{\"file\": ");
  cli_json_string(out, o->terms_file);
  fprintf(out, ", \"quorum_clauses\": %u, \"membership_clauses\": %u, \"majority\": ", t->quorum_count,
          t->membership_count);
  cli_json_string(out, cocomm_majority_name(t->majority));
  fprintf(out, ", \"casting_vote\": %s, \"presiding\": ", t->casting_vote ? "true" : "false");
  cli_json_string(out, cocomm_preside_name(t->presiding));
  fprintf(out, ", \"options\": [");
  const char *opts[4];
  int n = overrides(o, opts);
  for (int k = 0; k < n; k++) {
    fprintf(out, "%s", k ? ", " : "");
    cli_json_string(out, opts[k]);
  }
  fprintf(out, "], \"example_quorum\": %s, \"text\": ", o->quorum_default ? "true" : "false");
  char *text = terms_text(t); /* the whole terms, as the terms format writes them */
  cli_json_string(out, text);
  free(text);
  fputc('}', out);
}

const char *cli_delimiter_name(int32_t d) {
  return d == ';' ? "semicolon" : d == '\t' ? "tab" : "comma";
}

const char *cli_header_cell(const cli_roster *r, uint32_t k) {
  const char *h = r->header;
  if (h == NULL || k >= r->columns) return "";
  for (uint32_t i = 0; i < k; i++) h += strlen(h) + 1;
  return h;
}

void cli_print_roster_json(FILE *out, const cli_roster *r) {
  fprintf(out, "{\"encoding\": ");
  cli_json_string(out, cocomm_encoding_name(r->encoding));
  fprintf(out, ", \"delimiter\": \"%s\", \"columns\": [", cli_delimiter_name(r->delimiter));
  for (uint32_t k = 0; k < r->columns; k++) {
    fprintf(out, "%s{\"column\": %u, \"header\": ", k ? ", " : "", k + 1);
    cli_json_string(out, cli_header_cell(r, k));
    fprintf(out, ", \"read_as\": ");
    cli_json_string(out, cocomm_column_name(r->column_kind[k]));
    fputc('}', out);
  }
  fprintf(out, "], \"lines\": [");
  for (uint32_t i = 0; i < r->count; i++) fprintf(out, "%s%u", i ? ", " : "", r->lines ? r->lines[i] : 0);
  fprintf(out, "]}");
}

void cli_print_notes(FILE *out, const cli_roster *r, const cocomm_committee *c) {
  const int other_encoding = r->encoding != COCOMM_ENCODING_UTF8 && r->encoding != COCOMM_ENCODING_UTF8_BOM;
  if (other_encoding || r->delimiter != ',' || r->unused > 0) {
    fprintf(out, "notes on the file:\n");
    if (r->encoding == COCOMM_ENCODING_WINDOWS_1252)
      fprintf(out, "  read as Windows-1252: the bytes are not UTF-8 (Excel's \"CSV (Comma delimited)\")\n");
    else if (other_encoding)
      fprintf(out, "  read as %s, after its byte-order mark\n", cocomm_encoding_name(r->encoding));
    if (r->delimiter != ',') fprintf(out, "  fields separated by %ss\n", cli_delimiter_name(r->delimiter));
    for (uint32_t k = 0; k < r->columns; k++)
      if (r->column_kind[k] == COCOMM_COLUMN_UNUSED && cli_header_cell(r, k)[0] != '\0')
        fprintf(out, "  column %u \"%s\" is not read\n", k + 1, cli_header_cell(r, k));
  }
  if (r->note_count == 0) return;
  fprintf(out, "notes on the list (voting values missing and defaulted):\n");
  for (uint32_t i = 0; i < r->note_count; i++) cli_print_finding_text(out, &r->notes[i], c);
}

void cli_print_notes_json(FILE *out, const cli_roster *r, const cocomm_committee *c) {
  fputc('[', out);
  for (uint32_t i = 0; i < r->note_count; i++) {
    fprintf(out, "%s", i ? ", " : "");
    cli_print_finding_json(out, &r->notes[i], c);
  }
  fputc(']', out);
}
