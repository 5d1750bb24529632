/* SPDX-License-Identifier: MIT */
/* Helpers the example programs share: reading files, finding the bundled
 * example data, loading a committee list and its terms of reference,
 * the options that describe a committee, printing findings as text or
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

/* A committee list read from CSV: members and their text, owned here,
 * and the notes the parser made (a voting value missing and defaulted). */
typedef struct {
  cocomm_member *members;
  uint32_t count;
  char *text;
  char *csv;
  cocomm_finding *notes;
  uint32_t note_count;
} cli_roster;

/* 0 on success; prints the parser's line, column and text otherwise.
 * terms (may be NULL) name the tags a Tags column may use beyond the
 * offices. */
int cli_load_roster(const char *path, const cocomm_terms *terms, cli_roster *roster);
void cli_free_roster(cli_roster *roster);

/* Terms of reference from a terms file (docs/terms.md). 0 on success;
 * otherwise prints "FILE:LINE:COLUMN: message "text"" and returns -1. */
int cli_load_terms(const char *path, cocomm_terms *terms);

/* A committee kind from its name: delegated, joint, in-common, greater-involvement. */
int cli_parse_kind(const char *text, int32_t *kind);

/* Resolve "all", or a comma-separated list of 1-based row numbers or
 * member names, into flags[member_count]. 0 on success. */
int cli_select(const cli_roster *roster, const char *list, uint8_t *flags);

/* One member, by name as listed or 1-based row number, into *index
 * (0-based). 0 on success; prints why not otherwise (what names the
 * option). */
int cli_member(const cli_roster *roster, const char *text, const char *what, int32_t *index);

/* ---- the options that describe a committee, shared by the programs ----
 *
 *   --kind KIND                       delegated, joint, in-common, greater-involvement
 *   --terms FILE                      its terms of reference (docs/terms.md)
 *   --quorum VOTING,LAY,EXEC,CLINICAL[,chair|chair-or-vice][,lay]
 *   --quorum-voting N                 the quorum as clauses (replacing the file's quorum)
 *   --casting-vote                    whoever presides has a casting vote
 *   --majority votes-cast|present-and-entitled
 *   --presiding by-kind|lay|any       who may be chosen when neither chair nor vice can
 *   --ccg CODE[=ORGANISATION]         a CCG the committee serves; members of that organisation belong to it
 *   --body LIST=BODY                  members' body: nhs-england, other, unstated, or a --ccg CODE
 *
 * An option given with --terms wins over the file for what it sets; the
 * report says so (cli_print_terms). */
#define CLI_CCGS_MAX 32
#define CLI_BODIES_MAX 32

typedef struct {
  int32_t kind;              /* 0 until --kind */
  const char *terms_file;    /* --terms, or NULL */
  cocomm_terms terms;        /* what applies: the file's, then the options' */
  const char *quorum_option; /* "--quorum" or "--quorum-voting" when one replaced the quorum */
  int quorum_default;        /* 1: the program's default quorum applies (no --terms, no quorum option) */
  cocomm_clause quorum[8];
  uint32_t quorum_count;
  int32_t casting_vote, majority, presiding; /* -1 when not given */
  const char *ccg_codes[CLI_CCGS_MAX];
  const char *ccg_orgs[CLI_CCGS_MAX]; /* NULL: no organisation named */
  uint32_t ccg_count;
  const char *bodies[CLI_BODIES_MAX]; /* LIST=BODY, as given */
  uint32_t body_count;
} cli_committee;

void cli_committee_init(cli_committee *o);
/* If argv[*i] is one of the options above, read it (and its value, moving
 * *i on) and return 1; 0 if it is none of them; -1 (after saying why) for a
 * bad value. */
int cli_committee_option(cli_committee *o, int argc, char **argv, int *i);
/* Read --terms, if given, and apply the options over it. 0 or -1. */
int cli_committee_terms(cli_committee *o);
/* The bundled defaults for a program's demo: clauses used when neither
 * --terms nor a quorum option was given. */
void cli_committee_default_quorum(cli_committee *o, const cocomm_clause *clauses, uint32_t n);
/* Load a committee list and make the committee: kind, members, terms,
 * CCGs, and each member's body from --ccg and --body. 0 or -1 (said why). */
int cli_committee_load(cli_committee *o, const char *path, cli_roster *roster, cocomm_committee *committee);

/* What terms apply and where they came from ("terms: FILE (--majority
 * over the file's)"), then the terms themselves as the terms format
 * writes them, each line indented. */
void cli_print_terms(FILE *out, const cli_committee *o);
/* The same as a JSON object: file, counts, majority, casting vote,
 * presiding, the options that set a part, and the text. */
void cli_print_terms_json(FILE *out, const cli_committee *o);
/* The roster's notes as text lines, or as a JSON array. */
void cli_print_notes(FILE *out, const cli_roster *roster, const cocomm_committee *committee);
void cli_print_notes_json(FILE *out, const cli_roster *roster, const cocomm_committee *committee);

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
