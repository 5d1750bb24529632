/* SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
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

int cli_load_roster(const char *path, cli_roster *r) {
  size_t len;
  memset(r, 0, sizeof *r);
  if ((r->csv = cli_read_file(path, &len)) == NULL) return -1;
  cocomm_error err = COCOMM_ERROR_INIT;
  cocomm_roster parsed;
  /* Once to size the buffers, once to fill them. */
  cocomm_roster_init(&parsed, NULL, 0, NULL, 0);
  int32_t st = cocomm_roster_parse(r->csv, len, 0, &parsed, &err);
  if (st == COCOMM_ERR_BUFFER_TOO_SMALL) {
    r->members = calloc(parsed.count ? parsed.count : 1, sizeof *r->members);
    r->text = malloc(parsed.text_needed ? parsed.text_needed : 1);
    if (r->members == NULL || r->text == NULL) {
      fprintf(stderr, "%s: out of memory\n", path);
      cli_free_roster(r);
      return -1;
    }
    cocomm_roster_init(&parsed, r->members, parsed.count, r->text, parsed.text_needed);
    st = cocomm_roster_parse(r->csv, len, 0, &parsed, &err);
  }
  if (st != COCOMM_OK) {
    fprintf(stderr, "%s:%u:%u: %s: %s%s%s%s\n", path, err.line, err.column, cocomm_status_str(st),
            err.message ? err.message : "", err.text[0] ? " \"" : "", err.text, err.text[0] ? "\"" : "");
    cli_free_roster(r);
    return -1;
  }
  r->count = parsed.count;
  return 0;
}

void cli_free_roster(cli_roster *r) {
  free(r->members);
  free(r->text);
  free(r->csv);
  memset(r, 0, sizeof *r);
}

int cli_parse_kind(const char *text, int32_t *kind) {
  if (cocomm_committee_kind_parse(text, COCOMM_NTS, kind) == COCOMM_OK) return 0;
  fprintf(stderr, "unknown committee kind: %s (delegated, joint, in-common, greater-involvement)\n", text);
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
      fprintf(stderr, "no member \"%s\" (give a name as listed, or a row number 1-%u)\n", tok, r->count);
      bad = 1;
    }
  }
  free(copy);
  return bad ? -1 : 0;
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

/* The subject's name, for findings whose subject is a member. */
static const char *member_name(const cocomm_finding *f, const cocomm_committee *c) {
  return c && f->subject >= 0 && (uint32_t)f->subject < c->member_count ? c->members[f->subject].name
                                                                           : NULL;
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
  fprintf(out, "{\"rule\": ");
  cli_json_string(out, rule ? rule->id : NULL);
  fprintf(out, ", \"severity\": ");
  cli_json_string(out, cocomm_severity_name(f->severity));
  fprintf(out, ", \"subject\": %d, \"member\": ", f->subject);
  cli_json_string(out, member_name(f, c));
  fprintf(out, ", \"message\": ");
  cli_json_string(out, finding_text(f, c, text, sizeof text));
  fprintf(out, ", \"source\": ");
  cli_json_string(out, rule ? rule->source : NULL);
  fputc('}', out);
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
