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
  /* what the parser found out about the file */
  int32_t encoding, delimiter;
  uint32_t columns, unused;
  const char *header;            /* the header row's cells, one after another */
  uint8_t column_kind[COCOMM_ROSTER_COLUMNS_MAX];
  uint32_t *lines;               /* each member's line in the file */
} cli_roster;

/* 0 on success; prints the parser's line, column and text otherwise.
 * terms (may be NULL) name the tags a Tags column may use beyond the
 * offices. */
int cli_load_roster(const char *path, const cocomm_terms *terms, cli_roster *roster);
void cli_free_roster(cli_roster *roster);

/* Terms of reference from a terms file (docs/terms.md). 0 on success;
 * otherwise prints "FILE:LINE:COLUMN: message "text"" and returns -1. */
int cli_load_terms(const char *path, cocomm_terms *terms);

/* ---- the command line: getopt_long over a table of options ----
 *
 * Each program lists its options once, in cli_option tables; cli_next
 * reads argv with getopt_long over them (long options only; arguments
 * that are not options come back in order, as CLI_ARGUMENT), answers
 * --help (every option, one line each, on stdout) and --version
 * ("PROGRAM (libcocomm X.Y.Z)") itself, and reports an unknown option, a
 * missing value or a value given to an option that takes none as a usage
 * error. A usage error is "PROGRAM: what is wrong" and "try 'PROGRAM
 * --help'" on stderr, and exit status 2. */
typedef struct {
  const char *name;  /* the long name, without "--"; NULL ends a table */
  int has_arg;       /* 1: it takes a value */
  int code;          /* what cli_next returns for it: 256 or more */
  const char *value; /* the value's name in the help ("FILE"), or NULL */
  const char *help;  /* one line */
} cli_option;

typedef struct {
  const char *name;             /* "cocomm-committee": in messages and --version */
  const char *usage;            /* what follows the name on the usage line */
  const char *about;            /* the help's text after the usage line, or NULL */
  const cli_option *tables[4];  /* the program's option tables; NULL ends the list */
} cli_program;

#define CLI_END (-1)     /* no more arguments */
#define CLI_ARGUMENT 1   /* an argument that is not an option: in *value */
#define CLI_STOP (-2)    /* exit now, with *status: after --help, --version (0) or a usage error (2) */

/* The next option (its code, its value in *value) or argument. */
int cli_next(const cli_program *p, int argc, char **argv, char **value, int *status);

/* A usage error: "PROGRAM: " and the message, then "try 'PROGRAM
 * --help'", on stderr. Returns 2, the exit status for it. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
int cli_usage_error(const char *format, ...);
/* A bad value for an option: "PROGRAM: bad value for --OPTION: 'VALUE'
 * (what it should be)", as a usage error. Returns 2. */
int cli_bad_value(const char *option, const char *value, const char *expected);

/* A whole decimal number, from min to max: 0 and *v, or -1 if text is
 * anything else (empty, "many", "20x5", " 5", out of range). */
int cli_parse_long(const char *text, long min, long max, long *v);

/* A committee kind from its name: delegated, joint, in-common,
 * greater-involvement. 0, or -1 (said, naming option). */
int cli_parse_kind(const char *option, const char *text, int32_t *kind);

/* Resolve "all", or a comma-separated list of member numbers (1 for the first member listed) or
 * member names, into flags[member_count]. 0 on success. */
int cli_select(const cli_roster *roster, const char *list, uint8_t *flags);

/* One member, by name as listed or member number, into *index
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

/* The options above, as a cli_option table (codes 256 to 264). */
extern const cli_option cli_committee_options[];

void cli_committee_init(cli_committee *o);
/* If code (from cli_next) is one of the options above, read its value and
 * return 1; 0 if it is none of them; -1 (after a usage error) for a bad
 * value. --ccg cuts value at its '='. */
int cli_committee_option(cli_committee *o, int code, char *value);
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
/* The header's cell of column k (0-based), or "". */
const char *cli_header_cell(const cli_roster *roster, uint32_t k);
/* "comma", "semicolon" or "tab". */
const char *cli_delimiter_name(int32_t delimiter);
/* What the parser found out about the file (encoding, delimiter, each
 * column and what it was read as, each member's line), as a JSON object. */
void cli_print_roster_json(FILE *out, const cli_roster *roster);
/* The roster's notes as text lines (the file's first: an encoding other
 * than UTF-8, a delimiter other than comma, each column not read), or as a
 * JSON array. */
void cli_print_notes(FILE *out, const cli_roster *roster, const cocomm_committee *committee);
void cli_print_notes_json(FILE *out, const cli_roster *roster, const cocomm_committee *committee);

/* What a check refused and why, from its error struct: "FILE: invalid
 * argument: member 3 (category): not a category". noun names what the
 * index counts; they count from 1. */
void cli_print_error(FILE *out, const char *what, const char *noun, int32_t status, const cocomm_error *error);

/* ---- JSON (docs/cli.md, "JSON output"; docs/cocomm-output.schema.json) ----
 *
 * Every program's --json prints one object: cli_json_begin writes its
 * opening brace and the common keys ("libcocomm", "program"); the program
 * adds its own keys, each after ", ", and closes it with "}\n". */
void cli_json_begin(FILE *out, const cli_program *p);
/* A JSON string, escaped; "null" for NULL. */
void cli_json_string(FILE *out, const char *s);
/* "true" or "false". */
void cli_json_bool(FILE *out, int v);
/* A date as a JSON string "YYYY-MM-DD". */
void cli_json_date(FILE *out, cocomm_date d);
/* An instant as a JSON string in ISO 8601 with the UK offset in force
 * ("2015-01-09T12:00:00+00:00", "2015-06-02T00:30:00+01:00"). */
void cli_json_instant(FILE *out, cocomm_instant t);
/* A financial year as a JSON string "2015/16", from its start year. */
void cli_json_fy(FILE *out, int32_t start_year);
/* One member's common keys, without braces: "member" (index + 1), "name",
 * "category", "voting", "position", "organisation". */
void cli_print_member_keys_json(FILE *out, const cocomm_member *m, uint32_t index);
/* The members whose flags are set (all when flags is NULL) as a JSON
 * array of member objects. */
void cli_print_members_json(FILE *out, const cocomm_member *members, uint32_t count, const uint8_t *flags,
                            uint8_t mask);

/* A finding's text and citation, made by the library; committee (may be
 * NULL) names the members. As JSON: {"rule", "severity", "message",
 * "source", "member" (index + 1, or null), "name"}. */
void cli_print_finding_text(FILE *out, const cocomm_finding *f, const cocomm_committee *committee);
void cli_print_finding_json(FILE *out, const cocomm_finding *f, const cocomm_committee *committee);
/* Findings as a JSON array, one a line after indent. */
void cli_print_findings_json(FILE *out, const cocomm_finding *f, uint32_t n, const cocomm_committee *committee,
                             const char *indent);

/* Split one CSV record of text (RFC 4180) into at most max fields, in
 * place. Returns the number of fields; *next gets the following record. */
int cli_csv_record(char *text, char **fields, int max, char **next);

#endif
