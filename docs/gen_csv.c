/* SPDX-License-Identifier: MIT */
/* Writes docs/csv.md from docs/csv.md.in and the library's one table of
 * spellings (cocomm_roster_spelling_at): each "@SPELLINGS column@" line of
 * the template becomes that column's table. Run at build time; a test
 * fails if the committed docs/csv.md differs. */
#include <stdio.h>
#include <string.h>

#include <cocomm/cocomm.h>

static const char *category_name(int32_t c) { return cocomm_category_name(c); }

static void headers(void) {
  printf("| column | headers accepted |\n| --- | --- |\n");
  for (int32_t col = COCOMM_COLUMN_NAME; col <= COCOMM_COLUMN_REFUSED; col++) {
    printf("| %s | ", col == COCOMM_COLUMN_REFUSED ? "refused" : cocomm_column_name(col));
    int first = 1;
    const char *note = NULL;
    for (uint32_t i = 0; i < cocomm_roster_spelling_count(); i++) {
      const cocomm_spelling *s = cocomm_roster_spelling_at(i);
      if (s->kind != COCOMM_SPELLING_HEADER || s->column != col) continue;
      printf("%s\"%s\"", first ? "" : ", ", s->text);
      first = 0;
      if (s->note) note = s->note;
    }
    if (note) printf(": %s", note);
    printf(" |\n");
  }
}

static void categories(void) {
  printf("| written | member type | office it gives | body | rule |\n| --- | --- | --- | --- | --- |\n");
  for (uint32_t i = 0; i < cocomm_roster_spelling_count(); i++) {
    const cocomm_spelling *s = cocomm_roster_spelling_at(i);
    if (s->kind != COCOMM_SPELLING_VALUE || s->column != COCOMM_COLUMN_CATEGORY) continue;
    const cocomm_rule *r = cocomm_rule_get(s->rule);
    printf("| %s | %s | %s | %s | %s |\n", s->text, category_name(s->category),
           s->tag >= 0 ? cocomm_office_name(s->tag) : "", s->body_kind == COCOMM_BODY_NHS_ENGLAND ? "NHS England" : "",
           r ? r->id : "");
  }
}

static void values(int32_t column) {
  printf("| written | read as |\n| --- | --- |\n");
  for (uint32_t i = 0; i < cocomm_roster_spelling_count(); i++) {
    const cocomm_spelling *s = cocomm_roster_spelling_at(i);
    if (s->kind != COCOMM_SPELLING_VALUE || s->column != column) continue;
    if (column == COCOMM_COLUMN_VOTING) printf("| %s | %s |\n", s->text, s->voting ? "voting" : "not voting");
    else printf("| %s | %s |\n", s->text, cocomm_position_name(s->position));
  }
}

/* Each office with its spellings, as a list item: "chief officer: Chief
 * Officer, Accountable Officer, ...". */
static void offices(void) {
  for (int32_t o = 0; o < (int32_t)COCOMM_OFFICES_KNOWN; o++) {
    printf("  - %s:", cocomm_office_name(o));
    int first = 1;
    for (uint32_t i = 0; i < cocomm_roster_spelling_count(); i++) {
      const cocomm_spelling *s = cocomm_roster_spelling_at(i);
      if (s->kind != COCOMM_SPELLING_VALUE || s->column != COCOMM_COLUMN_CATEGORY || s->tag != o) continue;
      printf("%s %s", first ? "" : ",", s->text);
      first = 0;
    }
    printf("\n");
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: cocomm-gen-csv docs/csv.md.in\n");
    return 2;
  }
  FILE *in = fopen(argv[1], "r");
  if (in == NULL) {
    perror(argv[1]);
    return 2;
  }
  char line[4096];
  while (fgets(line, sizeof line, in)) {
    if (strcmp(line, "@SPELLINGS headers@\n") == 0) headers();
    else if (strcmp(line, "@SPELLINGS category@\n") == 0) categories();
    else if (strcmp(line, "@SPELLINGS voting@\n") == 0) values(COCOMM_COLUMN_VOTING);
    else if (strcmp(line, "@SPELLINGS position@\n") == 0) values(COCOMM_COLUMN_POSITION);
    else if (strcmp(line, "@SPELLINGS offices@\n") == 0) offices();
    else if (line[0] == '@') {
      fprintf(stderr, "%s: unknown directive %s", argv[1], line);
      return 2;
    } else fputs(line, stdout);
  }
  fclose(in);
  return 0;
}
