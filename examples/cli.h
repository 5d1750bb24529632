/* SPDX-License-Identifier: MIT */
/* Helpers the example programs share: reading files, finding the bundled
 * example data, loading a committee list, printing findings as text or
 * JSON. Not part of the library. */
#ifndef COCOMM_EXAMPLES_CLI_H
#define COCOMM_EXAMPLES_CLI_H

#include <stdio.h>

#include <cocomm/cocomm.h>

/* The whole file, NUL-terminated; NULL with a message on failure. */
char *cli_read_file(const char *path, size_t *len);

/* The path of a bundled data file: $COCOMM_DATA_DIR, the source tree's
 * examples/data, the installed data directory, or ./examples/data. */
const char *cli_data_path(const char *file, char *buf, size_t cap);

/* A committee list read from CSV: members and their text, owned here. */
typedef struct {
  cocomm_member *members;
  uint32_t count;
  char *text;
  char *csv;
} cli_roster;

/* 0 on success; prints the parser's line, column and text otherwise. */
int cli_load_roster(const char *path, cli_roster *roster);
void cli_free_roster(cli_roster *roster);

/* A committee kind from its name: delegated, joint, in-common, greater-involvement. */
int cli_parse_kind(const char *text, int32_t *kind);

/* Resolve "all", or a comma-separated list of 1-based row numbers or
 * member names, into flags[member_count]. 0 on success. */
int cli_select(const cli_roster *roster, const char *list, uint8_t *flags);

/* What a check refused and why, from its error struct: "FILE: invalid
 * argument: member 3 (category): not a category". noun names what the
 * index counts; they count from 1. */
void cli_print_error(FILE *out, const char *what, const char *noun, int32_t status, const cocomm_error *error);

void cli_json_string(FILE *out, const char *s);
/* A finding's text and citation, made by the library; committee (may be
 * NULL) names the members. */
void cli_print_finding_text(FILE *out, const cocomm_finding *f, const cocomm_committee *committee);
void cli_print_finding_json(FILE *out, const cocomm_finding *f, const cocomm_committee *committee);

/* Split one CSV record of text (RFC 4180) into at most max fields, in
 * place. Returns the number of fields; *next gets the following record. */
int cli_csv_record(char *text, char **fields, int max, char **next);

#endif
