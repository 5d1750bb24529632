/* SPDX-License-Identifier: MIT */
/* What the fuzz targets share: a reader over the fuzzer's bytes, and the
 * oracles every text the library writes must pass. Each target defines
 * LLVMFuzzerTestOneInput; it runs under libFuzzer (meson -Dfuzzing=true,
 * clang), under driver.c, which replays a corpus with any compiler, and
 * under tests/msan.sh (MemorySanitizer).
 *
 * The oracles (each names itself when it fails, then traps):
 *   utf8      strict UTF-8 (RFC 3629): no overlong form, no surrogate,
 *             nothing past U+10FFFF, no sequence cut short;
 *   message   finding messages, roster error text and every other short
 *             text: NUL-terminated within its field, UTF-8, no C0 control
 *             but TAB, no DEL;
 *   csv       RFC 4180 as the library writes it: UTF-8, CRLF after every
 *             record, the same number of fields in every record, quotes
 *             only around a whole field and doubled inside it, no control
 *             character anywhere but CR and LF inside a quoted field;
 *   ics       RFC 5545: UTF-8, CRLF line ends, physical lines of at most 75
 *             octets never folded inside a UTF-8 character, no control
 *             character but HTAB (and only in values), well-formed content
 *             lines, TEXT values escaped, BEGIN:VCALENDAR .. END:VCALENDAR
 *             with VERSION and PRODID once each, BEGIN/END balanced, every
 *             VEVENT with one UID, DTSTAMP (UTC) and DTSTART, a DTEND (if
 *             any) of the same value type strictly after DTSTART, real
 *             dates and times, UIDs unique within the calendar;
 *   date      formatted dates, instants and financial years: exactly the
 *             documented shape, a real date and time;
 *   error     (build.h, as it needs the library's header) every cocomm_error
 *             a call fills: after a refusal the status returned, a message
 *             in words (UTF-8, no control character at all), a clean text
 *             (UTF-8, no control character but TAB, C1 included), a known
 *             field, an index of -1 or inside the input's array; after a
 *             success COCOMM_OK, -1, no field, "" and no stale text; never
 *             a byte written past the struct_size, and not one written
 *             into a struct whose struct_size is below the first layout;
 *   rules     (build.h) a decision's result, per-member roles and findings
 *             consistent with one another (one member presides exactly
 *             when presiding >= 0, each role's count the result's, a
 *             casting vote only the presiding member's, an outcome only
 *             when the item can be decided, NOT_CARRIED only on the present
 *             and entitled basis) and equal to what RULES.md and the
 *             headers say, worked out without the library: who withdraws
 *             and may vote (I-6, C-3, C-9), who presides (C-15), the quorum
 *             clauses and who counts (C-13), the majority left (C-2 through
 *             I-6), the tally (C-14, C-16, I-4), a joint decision (C-17);
 *             a committee's findings on its terms' clauses;
 *   register  (build.h) a register entry (I-3): one CSV record whose five
 *             fields are the date, the item, the members who took part,
 *             the conflicts and how each was managed, and the outcome.
 * Every oracle holds, in the replays and under libFuzzer alike. */
#ifndef COCOMM_FUZZ_H
#define COCOMM_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
  const uint8_t *p;
  size_t n;
} bytes;

static inline uint8_t take_u8(bytes *b) {
  if (b->n == 0) return 0;
  b->n--;
  return *b->p++;
}

static inline uint16_t take_u16(bytes *b) {
  uint16_t hi = take_u8(b);
  return (uint16_t)(hi << 8 | take_u8(b));
}

static inline uint32_t take_u32(bytes *b) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) v = v << 8 | take_u8(b);
  return v;
}

/* A byte from the end of the input, going backwards: for choices that
 * must not shift what the bytes from the front mean (the named seeds of
 * tests/fuzz/seeds.py were written for the front alone). Keep this reader
 * apart from the front one: they overlap, as the fuzzer does not care. */
static inline uint8_t take_back_u8(bytes *b) {
  if (b->n == 0) return 0;
  return b->p[--b->n];
}

/* A NUL-terminated string of up to max bytes, copied into buf (which holds max + 1). */
static inline const char *take_str(bytes *b, char *buf, size_t max) {
  size_t len = take_u8(b);
  if (len > max) len = max;
  if (len > b->n) len = b->n;
  memcpy(buf, b->p, len);
  buf[len] = '\0';
  b->p += len;
  b->n -= len;
  return buf;
}

/* ---- failing loudly ---- */

/* Print what broke, with the text around the offending byte escaped, then
 * trap: libFuzzer saves the input, the replay driver dies. */
static inline void fuzz_fail(const char *file, int line, const char *oracle, const char *why,
                             const char *text, size_t len, size_t at) {
  fprintf(stderr, "\nfuzz oracle '%s' failed: %s (%s:%d)\n", oracle, why, file, line);
  if (text != NULL) {
    size_t from = at > 60 ? at - 60 : 0, to = from + 160 < len ? from + 160 : len;
    fprintf(stderr, "  %zu bytes, offending byte at %zu; bytes %zu..%zu:\n  \"", len, at, from, to);
    for (size_t i = from; i < to; i++) {
      unsigned char c = (unsigned char)text[i];
      if (i == at) fprintf(stderr, "<<HERE>>");
      if (c == '\\' || c == '"')
        fprintf(stderr, "\\%c", c);
      else if (c >= 0x20 && c < 0x7F)
        fputc(c, stderr);
      else
        fprintf(stderr, "\\x%02X", c);
    }
    fprintf(stderr, "\"\n");
  }
  fflush(stderr);
  __builtin_trap();
}

#define FUZZ_FAIL(oracle, why, text, len, at) fuzz_fail(__FILE__, __LINE__, oracle, why, text, len, at)

/* Crash loudly when an invariant breaks: the fuzzer reports it. */
#define FUZZ_ASSERT(cond)                                                  \
  do {                                                                     \
    if (!(cond)) fuzz_fail(__FILE__, __LINE__, "assert", #cond, NULL, 0, 0); \
  } while (0)

/* ---- UTF-8 ---- */

/* Length of the longest valid strict UTF-8 prefix of s[0..n): n when all
 * of it is valid. */
static inline size_t utf8_valid_prefix(const char *text, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1, cp = c & 0x1Fu, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2, cp = c & 0x0Fu, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3, cp = c & 0x07u, min = 0x10000;
    } else {
      return i;
    }
    if (n - i <= need) return i;
    for (size_t k = 1; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = cp << 6 | (s[i + k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += need + 1;
  }
  return n;
}

static inline int is_c0_or_del(unsigned char c) { return c < 0x20 || c == 0x7F; }

static inline void oracle_utf8(const char *what, const char *s, size_t n) {
  size_t ok = utf8_valid_prefix(s, n);
  if (ok != n) FUZZ_FAIL("utf8", what, s, n, ok);
}

/* A short text in a fixed field (or any NUL-terminated text: cap SIZE_MAX):
 * NUL-terminated within cap bytes, UTF-8, no C0 control but TAB, no DEL. */
static inline void oracle_message(const char *what, const char *s, size_t cap) {
  char why[256];
  if (s == NULL) FUZZ_FAIL("message", what, NULL, 0, 0);
  const char *nul = memchr(s, '\0', cap);
  snprintf(why, sizeof why, "%s: not NUL-terminated within its field", what);
  if (nul == NULL) FUZZ_FAIL("message", why, s, cap, cap - 1);
  size_t n = (size_t)(nul - s);
  snprintf(why, sizeof why, "%s: not valid UTF-8", what);
  oracle_utf8(why, s, n);
  snprintf(why, sizeof why, "%s: a control character", what);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_c0_or_del(c) && c != '\t') FUZZ_FAIL("message", why, s, n, i);
  }
}

/* No C1 control (U+0080..U+009F, C2 80..C2 9F) in a UTF-8 text of n bytes. */
static inline void oracle_no_c1(const char *what, const char *s, size_t n) {
  for (size_t i = 0; i + 1 < n; i++)
    if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] < 0xA0)
      FUZZ_FAIL("message", what, s, n, i);
}

/* The same for a NUL-terminated text of any length. */
static inline void oracle_text(const char *what, const char *s) {
  if (s == NULL) FUZZ_FAIL("message", what, NULL, 0, 0);
  oracle_message(what, s, strlen(s) + 1);
}

/* ---- CSV (RFC 4180, as the library writes it) ---- */

/* Reads csv records after checking them; cells are unquoted into a scratch
 * buffer that the caller sizes to the text's length + 1. */
typedef struct {
  const char *s;
  size_t n, i;
  char *out;
  size_t used;
} csv_reader;

#define CSV_MAX_CELLS 64

/* One record: its cells (unquoted, NUL-terminated) into cells[]; returns
 * how many, 0 at the end of the text. */
static inline size_t csv_next(csv_reader *r, const char **cells) {
  const char *s = r->s;
  size_t n = r->n, k = 0;
  if (r->i == n) return 0;
  for (;;) {
    char *cell = r->out + r->used;
    size_t len = 0;
    if (s[r->i] == '"') {
      r->i++;
      for (;;) {
        if (r->i == n) FUZZ_FAIL("csv", "a quoted field is never closed", s, n, n);
        unsigned char c = (unsigned char)s[r->i];
        if (c == '"') {
          if (r->i + 1 < n && s[r->i + 1] == '"') {
            cell[len++] = '"';
            r->i += 2;
            continue;
          }
          r->i++;
          break;
        }
        /* A tab (which the library accepts in text) is written quoted, as
         * spreadsheets read it; RFC 4180 itself has no tab at all. */
        if (is_c0_or_del(c) && c != '\r' && c != '\n' && c != '\t')
          FUZZ_FAIL("csv", "control character in a quoted field", s, n, r->i);
        cell[len++] = (char)c;
        r->i++;
      }
      if (r->i < n && s[r->i] != ',' && s[r->i] != '\r')
        FUZZ_FAIL("csv", "text after a closing quote", s, n, r->i);
    } else {
      while (r->i < n && s[r->i] != ',' && s[r->i] != '\r' && s[r->i] != '\n') {
        unsigned char c = (unsigned char)s[r->i];
        if (c == '"') FUZZ_FAIL("csv", "a quote inside an unquoted field", s, n, r->i);
        if (is_c0_or_del(c)) FUZZ_FAIL("csv", "control character in an unquoted field", s, n, r->i);
        cell[len++] = (char)c;
        r->i++;
      }
    }
    cell[len] = '\0';
    r->used += len + 1;
    if (k == CSV_MAX_CELLS) FUZZ_FAIL("csv", "more than 64 fields in a record", s, n, r->i);
    cells[k++] = cell;
    if (r->i == n) FUZZ_FAIL("csv", "the last record does not end with CRLF", s, n, n);
    if (s[r->i] == ',') {
      r->i++;
      continue;
    }
    if (s[r->i] == '\r' && r->i + 1 < n && s[r->i + 1] == '\n') {
      r->i += 2;
      return k;
    }
    FUZZ_FAIL("csv", "a record ends without CRLF", s, n, r->i);
  }
}

/* Check a whole CSV text: UTF-8, records as above, every one with the
 * same number of fields (fields, or as many as the first when 0).
 * Returns the number of records. */
static inline size_t oracle_csv(const char *what, const char *s, size_t n, size_t fields) {
  oracle_utf8(what, s, n);
  char *scratch = malloc(n + 1);
  csv_reader r = {s, n, 0, scratch, 0};
  const char *cells[CSV_MAX_CELLS];
  size_t records = 0, k;
  while ((k = csv_next(&r, cells)) != 0) {
    if (fields == 0) fields = k;
    if (k != fields) FUZZ_FAIL("csv", "a record with a different number of fields", s, n, r.i - 1);
    records++;
  }
  free(scratch);
  return records;
}

/* ---- dates as the library formats them ---- */

static inline int fuzz_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static inline int fuzz_days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && fuzz_leap(y) ? 29 : days[m - 1];
}

static inline int fuzz_digits(const char *s, size_t n, int *out) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 1;
}

/* "YYYYMMDD" (compact, iCalendar) or "YYYY-MM-DD": a real date, years 1..9999. */
static inline int fuzz_real_date(const char *s, int dashes) {
  int y, m, d;
  size_t at = dashes ? 1 : 0;
  if (!fuzz_digits(s, 4, &y) || !fuzz_digits(s + 4 + at, 2, &m) || !fuzz_digits(s + 6 + 2 * at, 2, &d))
    return 0;
  if (dashes && (s[4] != '-' || s[7] != '-')) return 0;
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= fuzz_days_in_month(y, m);
}

/* "HHMMSS" or "HH:MM:SS". */
static inline int fuzz_real_time(const char *s, int colons) {
  int h, m, sec;
  size_t at = colons ? 1 : 0;
  if (!fuzz_digits(s, 2, &h) || !fuzz_digits(s + 2 + at, 2, &m) || !fuzz_digits(s + 4 + 2 * at, 2, &sec))
    return 0;
  if (colons && (s[2] != ':' || s[5] != ':')) return 0;
  return h <= 23 && m <= 59 && sec <= 59;
}

/* cocomm_date_format: YYYY-MM-DD, a real date. */
static inline void oracle_date_text(const char *s) {
  size_t n = strlen(s);
  if (n != 10 || !fuzz_real_date(s, 1)) FUZZ_FAIL("date", "not a real YYYY-MM-DD date", s, n, 0);
}

/* cocomm_instant_format: YYYY-MM-DDTHH:MM:SSZ (UTC) or ...+HH:MM (UK: +00:00 or +01:00). */
static inline void oracle_instant_text(const char *s, int uk) {
  size_t n = strlen(s);
  int ok = n == (uk ? 25u : 20u) && fuzz_real_date(s, 1) && s[10] == 'T' && fuzz_real_time(s + 11, 1);
  if (ok && uk) ok = strcmp(s + 19, "+00:00") == 0 || strcmp(s + 19, "+01:00") == 0;
  if (ok && !uk) ok = s[19] == 'Z';
  if (!ok) FUZZ_FAIL("date", uk ? "not a UK instant YYYY-MM-DDTHH:MM:SS+0H:00" : "not a UTC instant YYYY-MM-DDTHH:MM:SSZ",
                     s, n, 0);
}

/* cocomm_date_fy_format: YYYY/YY, the second the year after the first. */
static inline void oracle_fy_text(const char *s, int start_year) {
  size_t n = strlen(s);
  int y, z;
  if (n != 7 || s[4] != '/' || !fuzz_digits(s, 4, &y) || !fuzz_digits(s + 5, 2, &z) || y != start_year ||
      z != (start_year + 1) % 100)
    FUZZ_FAIL("date", "not the financial year YYYY/YY", s, n, 0);
}

/* ---- iCalendar (RFC 5545) ---- */

/* What oracle_ics() reports of each VEVENT, in order. */
typedef struct {
  char dtstart[20]; /* the value: YYYYMMDD or YYYYMMDDTHHMMSS[Z] */
  int all_day;      /* 1 for VALUE=DATE */
  char dtend[20];   /* "" when absent */
} ics_event;

static inline int ics_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

static inline int ics_is(const char *value, size_t len, const char *want) {
  size_t n = strlen(want);
  if (len != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = value[i];
    if (c >= 'a' && c <= 'z') c = (char)(c - 32);
    if (c != want[i]) return 0;
  }
  return 1;
}

/* A DATE (all_day) or DATE-TIME value; 1 if well-formed and real. */
static inline int ics_date_value(const char *v, size_t len, int all_day) {
  if (all_day) return len == 8 && fuzz_real_date(v, 0);
  if (len != 15 && len != 16) return 0;
  if (v[8] != 'T' || !fuzz_real_date(v, 0) || !fuzz_real_time(v + 9, 0)) return 0;
  return len == 15 || v[15] == 'Z';
}

/* Unescape a TEXT value into out (as large as the value + 1), checking
 * its escapes and that no ';' (nor ',' unless a list) stands unescaped. */
static inline void ics_text_value(const char *line, size_t line_len, size_t at, int list, char *out) {
  size_t k = 0;
  for (size_t i = at; i < line_len; i++) {
    char c = line[i];
    if (c == '\\') {
      char e = i + 1 < line_len ? line[i + 1] : '\0';
      if (e != '\\' && e != ';' && e != ',' && e != 'n' && e != 'N')
        FUZZ_FAIL("ics", "a TEXT value with a bad escape", line, line_len, i);
      out[k++] = e == 'n' || e == 'N' ? '\n' : e;
      i++;
      continue;
    }
    if (c == ';' || (c == ',' && !list)) FUZZ_FAIL("ics", "an unescaped ; or , in a TEXT value", line, line_len, i);
    out[k++] = c;
  }
  out[k] = '\0';
}

#define ICS_MAX_DEPTH 8

/* Check an iCalendar object; fill events[0..max) and return how many
 * VEVENTs it has. */
static inline size_t oracle_ics(const char *s, size_t n, ics_event *events, size_t max) {
  oracle_utf8("iCalendar text", s, n);
  if (n < 2 || s[n - 2] != '\r' || s[n - 1] != '\n') FUZZ_FAIL("ics", "does not end with CRLF", s, n, n ? n - 1 : 0);
  /* Unfold into content lines, each NUL-terminated in u; starts[] indexes them. */
  char *u = malloc(n + 1);
  size_t *starts = malloc((n / 2 + 2) * sizeof *starts), lines = 0, used = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (s[j] != '\r' && s[j] != '\n') j++; /* the text ends with CRLF */
    if (s[j] == '\n') FUZZ_FAIL("ics", "LF without CR", s, n, j);
    if (s[j + 1] != '\n') FUZZ_FAIL("ics", "CR without LF", s, n, j);
    size_t len = j - i;
    if (len > 75) FUZZ_FAIL("ics", "a line longer than 75 octets", s, n, i + 75);
    if (utf8_valid_prefix(s + i, len) != len)
      FUZZ_FAIL("ics", "a line folded inside a UTF-8 character", s, n, i + utf8_valid_prefix(s + i, len));
    for (size_t k = i; k < j; k++)
      if (is_c0_or_del((unsigned char)s[k]) && s[k] != '\t') FUZZ_FAIL("ics", "control character", s, n, k);
    if (len == 0) FUZZ_FAIL("ics", "an empty line", s, n, i);
    if (s[i] == ' ' || s[i] == '\t') { /* a continuation */
      if (lines == 0) FUZZ_FAIL("ics", "the first line is a continuation", s, n, i);
      used--; /* over the previous NUL */
      memcpy(u + used, s + i + 1, len - 1);
      used += len - 1;
    } else {
      starts[lines++] = used;
      memcpy(u + used, s + i, len);
      used += len;
    }
    u[used++] = '\0';
    i = j + 2;
  }
  char *text = malloc(n + 1);
  size_t events_seen = 0;
  const char *stack[ICS_MAX_DEPTH];
  size_t depth = 0, version = 0, prodid = 0;
  size_t uid = 0, dtstamp = 0, dtstart = 0, dtend = 0, duration = 0;
  int start_date = 0, end_date = 0;
  char start_v[20] = "", end_v[20] = "";
  char **uids = NULL;
  size_t nuids = 0;
  if (lines == 0 || strcmp(u, "BEGIN:VCALENDAR") != 0)
    FUZZ_FAIL("ics", "does not start with BEGIN:VCALENDAR", s, n, 0);
  for (size_t li = 0; li < lines; li++) {
    const char *line = u + starts[li];
    size_t len = strlen(line), i = 0;
    while (i < len && ics_name_char(line[i])) i++;
    if (i == 0) FUZZ_FAIL("ics", "a content line without a name", line, len, 0);
    const char *name = line;
    size_t name_len = i;
    int value_date = 0, value_other = 0;
    while (i < len && line[i] == ';') { /* parameters */
      size_t p = ++i;
      while (i < len && ics_name_char(line[i])) i++;
      if (i == p || i == len || line[i] != '=') FUZZ_FAIL("ics", "a malformed parameter", line, len, i);
      int is_value = ics_is(line + p, i - p, "VALUE");
      do {
        size_t v = ++i;
        if (i < len && line[i] == '"') {
          i++;
          while (i < len && line[i] != '"') i++;
          if (i == len) FUZZ_FAIL("ics", "an unclosed quoted parameter value", line, len, v);
          i++;
        } else {
          while (i < len && line[i] != ';' && line[i] != ':' && line[i] != ',' && line[i] != '"') {
            if (line[i] == '\t') FUZZ_FAIL("ics", "HTAB outside a value", line, len, i);
            i++;
          }
        }
        if (is_value) {
          if (ics_is(line + v, i - v, "DATE"))
            value_date = 1;
          else if (!ics_is(line + v, i - v, "DATE-TIME"))
            value_other = 1;
        }
      } while (i < len && line[i] == ',');
    }
    if (i == len || line[i] != ':') FUZZ_FAIL("ics", "a content line without ':'", line, len, i);
    const char *value = line + i + 1;
    size_t value_len = len - i - 1;
    if (ics_is(name, name_len, "BEGIN") || ics_is(name, name_len, "END")) {
      int begin = name_len == 5;
      if (begin) {
        if (depth == ICS_MAX_DEPTH) FUZZ_FAIL("ics", "components nested too deep", line, len, 0);
        if (depth == 0 && li != 0) FUZZ_FAIL("ics", "a second component after END:VCALENDAR", line, len, 0);
        if (ics_is(value, value_len, "VEVENT")) {
          if (depth != 1) FUZZ_FAIL("ics", "a VEVENT outside the VCALENDAR", line, len, 0);
          uid = dtstamp = dtstart = dtend = duration = 0;
          start_v[0] = end_v[0] = '\0';
        }
        stack[depth++] = value;
        continue;
      }
      if (depth == 0 || strcmp(stack[depth - 1], value) != 0)
        FUZZ_FAIL("ics", "an END that does not match its BEGIN", line, len, 0);
      depth--;
      if (depth == 0) {
        if (li != lines - 1) FUZZ_FAIL("ics", "content after END:VCALENDAR", line, len, 0);
        if (version != 1 || prodid != 1) FUZZ_FAIL("ics", "VERSION and PRODID must appear once each", line, len, 0);
      }
      if (ics_is(value, value_len, "VEVENT")) {
        if (uid != 1 || dtstamp != 1 || dtstart != 1)
          FUZZ_FAIL("ics", "a VEVENT without exactly one UID, DTSTAMP and DTSTART", line, len, 0);
        if (dtend > 1 || (dtend && duration)) FUZZ_FAIL("ics", "a VEVENT with two ends", line, len, 0);
        if (dtend) {
          if (start_date != end_date) FUZZ_FAIL("ics", "DTEND and DTSTART of different value types", start_v, strlen(start_v), 0);
          size_t sl = strlen(start_v), el = strlen(end_v);
          if (!start_date && (sl != el)) FUZZ_FAIL("ics", "DTEND and DTSTART mix UTC and local time", end_v, el, 0);
          if (strcmp(end_v, start_v) <= 0) {
            char both[48];
            snprintf(both, sizeof both, "%s..%s", start_v, end_v);
            FUZZ_FAIL("ics", "DTEND is not after DTSTART", both, strlen(both), 0);
          }
        }
        if (events_seen < max) {
          memcpy(events[events_seen].dtstart, start_v, sizeof start_v);
          memcpy(events[events_seen].dtend, end_v, sizeof end_v);
          events[events_seen].all_day = start_date;
        }
        events_seen++;
      }
      continue;
    }
    if (depth == 0) FUZZ_FAIL("ics", "a property outside any component", line, len, 0);
    int in_event = ics_is(stack[depth - 1], strlen(stack[depth - 1]), "VEVENT");
    if (depth == 1) {
      if (ics_is(name, name_len, "VERSION")) {
        version++;
        if (!ics_is(value, value_len, "2.0")) FUZZ_FAIL("ics", "VERSION is not 2.0", line, len, 0);
      }
      if (ics_is(name, name_len, "PRODID")) prodid++;
    }
    int is_text = ics_is(name, name_len, "SUMMARY") || ics_is(name, name_len, "DESCRIPTION") ||
                  ics_is(name, name_len, "UID") || ics_is(name, name_len, "LOCATION") ||
                  ics_is(name, name_len, "COMMENT") || ics_is(name, name_len, "X-WR-CALNAME");
    int is_list = ics_is(name, name_len, "CATEGORIES");
    if (is_text || is_list) ics_text_value(value, value_len, 0, is_list, text);
    if (!in_event) continue;
    if (ics_is(name, name_len, "UID")) {
      uid++;
      for (size_t k = 0; k < nuids; k++)
        if (strcmp(uids[k], text) == 0) FUZZ_FAIL("ics", "two VEVENTs with the same UID", line, len, 0);
      uids = realloc(uids, (nuids + 1) * sizeof *uids);
      uids[nuids] = malloc(strlen(text) + 1);
      strcpy(uids[nuids++], text);
    } else if (ics_is(name, name_len, "DTSTAMP")) {
      dtstamp++;
      if (value_date || value_other || value_len != 16 || !ics_date_value(value, value_len, 0))
        FUZZ_FAIL("ics", "DTSTAMP is not a UTC DATE-TIME", line, len, 0);
    } else if (ics_is(name, name_len, "DTSTART") || ics_is(name, name_len, "DTEND")) {
      int start = name_len == 7;
      if (value_other || !ics_date_value(value, value_len, value_date))
        FUZZ_FAIL("ics", "a DTSTART or DTEND that is not a real DATE or DATE-TIME", line, len, 0);
      memcpy(start ? start_v : end_v, value, value_len);
      (start ? start_v : end_v)[value_len] = '\0';
      if (start) {
        dtstart++;
        start_date = value_date;
      } else {
        dtend++;
        end_date = value_date;
      }
    } else if (ics_is(name, name_len, "DURATION")) {
      duration++;
    }
  }
  if (depth != 0) FUZZ_FAIL("ics", "does not end with END:VCALENDAR", s, n, n - 1);
  for (size_t k = 0; k < nuids; k++) free(uids[k]);
  free(uids);
  free(text);
  free(starts);
  free(u);
  return events_seen;
}

#endif
