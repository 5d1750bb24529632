/* SPDX-License-Identifier: MIT */
#include <cocomm/committee.h>
#include <cocomm/ccg.h>
#include <cocomm/status.h>

#include <string.h>

#include "committee_internal.h"
#include "internal.h"

_Static_assert(sizeof(cocomm_member) == COCOMM_MEMBER_SIZE_V1, "first layout");
_Static_assert(sizeof(cocomm_committee) == COCOMM_COMMITTEE_SIZE_V1, "first layout");

void cocomm_member_init(cocomm_member *member) {
  if (member == NULL) return;
  memset(member, 0, sizeof *member);
  member->struct_size = (uint32_t)sizeof *member;
  member->category = COCOMM_CATEGORY_OTHER;
  member->voting = 1;
}

void cocomm_committee_init(cocomm_committee *committee) {
  if (committee == NULL) return;
  memset(committee, 0, sizeof *committee);
  committee->struct_size = (uint32_t)sizeof *committee;
  committee->member_size = (uint32_t)sizeof(cocomm_member);
  committee->kind = COCOMM_COMMITTEE_DELEGATED;
}

int cocomm__observer(int32_t category) {
  return category == COCOMM_CATEGORY_HEALTHWATCH || category == COCOMM_CATEGORY_HWB;
}

int cocomm__executive_side(int32_t category) {
  /* C-2: a voting NHS England officer has no practice interest and counts
   * with the executives. The one place this is decided. */
  return category == COCOMM_CATEGORY_EXECUTIVE || category == COCOMM_CATEGORY_NHS_ENGLAND;
}

int cocomm__lay_or_executive(int32_t category) {
  return category == COCOMM_CATEGORY_LAY || cocomm__executive_side(category);
}

void cocomm__load_member(const cocomm_committee *c, uint32_t i, cocomm_member *m) {
  /* Copy rather than cast: the caller's stride need not keep our alignment,
   * and an older, smaller element leaves the newer fields zero. */
  const unsigned char *src = (const unsigned char *)c->members + (size_t)i * c->member_size;
  if (c->member_size >= sizeof *m) /* the hot path: a plain copy the compiler inlines */
    memcpy(m, src, sizeof *m);
  else
    cocomm__copy_struct(m, sizeof *m, src, c->member_size);
}

static int32_t check_member_fields(const cocomm_member *m) {
  if (m->struct_size < COCOMM_MEMBER_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  if (m->category < COCOMM_CATEGORY_LAY || m->category > COCOMM_CATEGORY_OTHER ||
      !cocomm__is_yes_no(m->voting) || m->position < COCOMM_POSITION_NONE ||
      m->position > COCOMM_POSITION_VICE_CHAIR || m->name == NULL)
    return COCOMM_ERR_INVALID_ARGUMENT;
  return COCOMM_OK;
}

int32_t cocomm__check_committee_shell(const cocomm_committee *c) {
  if (c == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (c->struct_size < COCOMM_COMMITTEE_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  if (c->kind < COCOMM_COMMITTEE_DELEGATED || c->kind > COCOMM_COMMITTEE_GREATER_INVOLVEMENT)
    return COCOMM_ERR_INVALID_ARGUMENT;
  if (c->member_count > COCOMM_MEMBERS_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  if (c->member_count > 0 && c->members == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (c->member_size < COCOMM_MEMBER_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  if (c->ccg_count > 0 && c->ccg_codes == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (c->ccg_count > COCOMM_MEMBERS_MAX) return COCOMM_ERR_OUT_OF_RANGE;
  for (uint32_t i = 0; i < c->ccg_count; i++) {
    if (c->ccg_codes[i] == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
    int32_t st = cocomm_ods_code_check(c->ccg_codes[i], COCOMM_NTS);
    if (st != COCOMM_OK) return st;
  }
  const cocomm_quorum *q = &c->quorum;
  const int32_t limit = (int32_t)COCOMM_MEMBERS_MAX;
  if (!cocomm__is_yes_no(c->casting_vote) || q->min_voting < 0 || q->min_voting > limit || q->min_lay < 0 ||
      q->min_lay > limit || q->min_executive < 0 || q->min_executive > limit ||
      q->min_clinical < 0 || q->min_clinical > limit || q->presiding < COCOMM_PRESIDING_ANY ||
      q->presiding > COCOMM_PRESIDING_CHAIR || !cocomm__is_yes_no(q->presiding_lay))
    return COCOMM_ERR_INVALID_ARGUMENT;
  return COCOMM_OK;
}

/* ---- duplicate detection: a small open-addressing table on the stack ---- */

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* Next byte of s in normalised form (ASCII case folded, blank runs read as
 * one space, leading and trailing blanks dropped); 0 at the end. */
typedef struct {
  const unsigned char *p;
  int started;
} norm_reader;

static unsigned char norm_next(norm_reader *r) {
  if (r->p == NULL) return 0;
  int blank = 0;
  while (is_space(*r->p)) {
    blank = 1;
    r->p++;
  }
  if (*r->p == 0) return 0;
  if (blank && r->started) return ' ';
  r->started = 1;
  return fold(*r->p++);
}

static int same_text(const char *a, const char *b) {
  norm_reader ra = {(const unsigned char *)a, 0}, rb = {(const unsigned char *)b, 0};
  unsigned char ca, cb;
  do {
    ca = norm_next(&ra);
    cb = norm_next(&rb);
    if (ca != cb) return 0;
  } while (ca);
  return 1;
}

/* The same person: the same name and the same body, read normalised. */
static int same_person(const cocomm_member *a, const cocomm_member *b) {
  return same_text(a->name, b->name) && same_text(a->body, b->body);
}

/* Validate a name as UTF-8 and hash it in the same pass. The hash skips
 * blanks and folds ASCII case, so names that normalise alike hash alike;
 * it is cheap (rotate and xor) because it runs on every byte of every
 * name, and collisions are settled by same_person(). */
static int32_t scan_name(const char *text, uint32_t *hash) {
  const unsigned char *s = (const unsigned char *)text;
  uint32_t h = 0;
  size_t i = 0;
  for (;;) {
    unsigned char c = s[i];
    if ((unsigned char)(c - 1) < 0x7F) { /* ASCII, not NUL */
      if (++i > COCOMM_NAME_MAX) return COCOMM_ERR_PARSE;
      /* Skipping every control byte too keeps the hash coarser than
       * same_text(), never finer. */
      if (c > ' ') h = ((h << 5) | (h >> 27)) ^ (uint32_t)(c | 0x20);
      continue;
    }
    if (c == 0) break;
    /* Not ASCII: let the full validator judge this name from here. */
    size_t rest;
    int32_t st = cocomm__utf8_check(text + i, COCOMM_NAME_MAX - i, &rest);
    if (st != COCOMM_OK) return st;
    for (size_t k = i; k < i + rest; k++)
      if (s[k] > ' ') h = ((h << 5) | (h >> 27)) ^ (uint32_t)(s[k] | 0x20);
    break;
  }
  *hash = h;
  return COCOMM_OK;
}

/* ---- one pass over the members: check, count, find duplicates ---- */

int32_t cocomm__scan_members(const cocomm_committee *c, cocomm__roster *r, int find_duplicates,
                             int32_t *bad_member) {
  uint16_t slots[2 * COCOMM_MEMBERS_MAX];
  uint32_t hashes[COCOMM_MEMBERS_MAX];
  uint32_t table = 16;
  while (table < 2 * c->member_count) table *= 2;
  if (find_duplicates) memset(slots, 0, table * sizeof slots[0]);
  memset(r, 0, sizeof *r);
  r->chair = r->vice = -1;
  for (uint32_t i = 0; i < c->member_count; i++) {
    cocomm_member m;
    size_t len;
    uint32_t h = 0;
    int32_t st;
    cocomm__load_member(c, i, &m);
    if ((st = check_member_fields(&m)) != COCOMM_OK || (st = scan_name(m.name, &h)) != COCOMM_OK ||
        (m.body && (st = cocomm__utf8_check(m.body, COCOMM_NAME_MAX, &len)) != COCOMM_OK)) {
      if (bad_member) *bad_member = (int32_t)i;
      return st;
    }
    r->members++;
    r->by_category[m.category]++;
    int counts = m.voting && !cocomm__observer(m.category);
    if (counts) {
      r->voting++;
      r->voting_by_category[m.category]++;
      if (cocomm__lay_or_executive(m.category)) r->voting_lay_executive++;
      if (cocomm__executive_side(m.category)) r->voting_executive++;
    }
    if (m.voting && cocomm__observer(m.category)) r->observers_voting++;
    if (m.position == COCOMM_POSITION_CHAIR) {
      if (r->chairs++ == 0) r->chair = (int32_t)i;
    } else if (m.position == COCOMM_POSITION_VICE_CHAIR) {
      if (r->vices++ == 0) r->vice = (int32_t)i;
    }
    if (!find_duplicates) continue;
    hashes[i] = h;
    uint32_t slot = (h * 2654435761u) >> 16 & (table - 1);
    while (slots[slot]) {
      cocomm_member other;
      uint32_t j = slots[slot] - 1u;
      cocomm__load_member(c, j, &other);
      if (hashes[j] == h && same_person(&m, &other)) {
        r->duplicate[i / 32] |= 1u << (i % 32);
        r->duplicates++;
        break;
      }
      slot = (slot + 1) & (table - 1);
    }
    if (!slots[slot]) slots[slot] = (uint16_t)(i + 1);
  }
  if (bad_member) *bad_member = -1;
  return COCOMM_OK;
}

int32_t cocomm_committee_check(const cocomm_committee *committee, int32_t *bad_member) {
  cocomm__roster r;
  if (bad_member) *bad_member = -1;
  int32_t st = cocomm__check_committee_shell(committee);
  if (st != COCOMM_OK) return st;
  return cocomm__scan_members(committee, &r, 1, bad_member);
}

/* ---- validation: C-1..C-13 by kind ---- */

/* Under a joint committee or a committee in common, C-1 and C-2 apply as
 * "should" (C-8); under a delegated committee as "must". */
static const char *lay_rule(int32_t kind, const char *own) {
  return kind == COCOMM_COMMITTEE_DELEGATED ? own : "C-8";
}

static void name_of(const cocomm_committee *c, int32_t i, cocomm_member *m) {
  cocomm__load_member(c, (uint32_t)i, m);
}

static void quorum_findings(const cocomm_committee *c, const cocomm__roster *r, cocomm__sink *s) {
  const cocomm_quorum *q = &c->quorum;
  if (q->min_voting == 0 && q->min_lay == 0 && q->min_executive == 0 && q->min_clinical == 0 &&
      q->presiding == COCOMM_PRESIDING_ANY) {
    cocomm__report(s, "C-13", COCOMM_SEVERITY_INFO, -1,
                   "no quorum set: the committee's terms of reference must set one");
    return;
  }
  uint32_t lay = r->voting_by_category[COCOMM_CATEGORY_LAY];
  uint32_t exec = r->voting_executive;
  uint32_t clin = r->voting_by_category[COCOMM_CATEGORY_CLINICAL];
  if ((uint32_t)q->min_voting > r->voting)
    cocomm__report(s, "C-13", COCOMM_SEVERITY_WARNING, -1, "quorum can never be met: it needs %d "
                   "voting members and the committee has %u", q->min_voting, r->voting);
  if ((uint32_t)q->min_lay > lay)
    cocomm__report(s, "C-13", COCOMM_SEVERITY_WARNING, -1, "quorum can never be met: it needs %d "
                   "lay members and the committee has %u voting", q->min_lay, lay);
  if ((uint32_t)q->min_executive > exec)
    cocomm__report(s, "C-13", COCOMM_SEVERITY_WARNING, -1, "quorum can never be met: it needs %d "
                   "executive members and the committee has %u voting", q->min_executive, exec);
  if ((uint32_t)q->min_clinical > clin)
    cocomm__report(s, "C-13", COCOMM_SEVERITY_WARNING, -1, "quorum can never be met: it needs %d "
                   "clinical members and the committee has %u voting", q->min_clinical, clin);
  if (q->presiding == COCOMM_PRESIDING_CHAIR && r->chairs == 0)
    cocomm__report(s, "C-13", COCOMM_SEVERITY_WARNING, -1,
                   "quorum can never be met: it needs the chair and there is none");
  if (q->presiding == COCOMM_PRESIDING_CHAIR_OR_VICE && r->chairs == 0 && r->vices == 0)
    cocomm__report(s, "C-13", COCOMM_SEVERITY_WARNING, -1,
                   "quorum can never be met: it needs the chair or vice-chair and there is neither");
}

static void validate(const cocomm_committee *c, const cocomm__roster *r, cocomm__sink *s) {
  const int32_t kind = c->kind;
  const int committee_rules = kind != COCOMM_COMMITTEE_GREATER_INVOLVEMENT;
  cocomm_member m;

  if (kind == COCOMM_COMMITTEE_GREATER_INVOLVEMENT)
    cocomm__report(s, "C-9", COCOMM_SEVERITY_INFO, -1, "greater involvement needs no committee: "
                   "only well-formedness is checked");
  if (kind == COCOMM_COMMITTEE_IN_COMMON)
    cocomm__report(s, "C-11", COCOMM_SEVERITY_INFO, -1, "a committee in common is validated on its "
                   "own; each body's committee makes its own decision");

  /* C-10: well-formedness, every kind. */
  if (r->chairs == 0)
    cocomm__report(s, "C-10", 0, -1, "no chair: a committee has exactly one");
  for (uint32_t i = 0; (r->chairs > 1 || r->vices > 1) && i < c->member_count; i++) {
    cocomm__load_member(c, i, &m);
    if (m.position == COCOMM_POSITION_CHAIR && (int32_t)i != r->chair)
      cocomm__report(s, "C-10", 0, (int32_t)i, "member %u (%s) is a second chair", (unsigned)i, m.name);
    if (m.position == COCOMM_POSITION_VICE_CHAIR && (int32_t)i != r->vice)
      cocomm__report(s, "C-10", 0, (int32_t)i, "member %u (%s) is a second vice-chair", (unsigned)i,
                     m.name);
  }
  if (r->chair >= 0) {
    name_of(c, r->chair, &m);
    if (!m.voting || cocomm__observer(m.category))
      cocomm__report(s, "C-10", 0, r->chair, "the chair, member %d (%s), is not a voting member",
                     r->chair, m.name);
  }
  if (r->voting == 0) cocomm__report(s, "C-10", 0, -1, "no voting member");
  for (uint32_t i = 0; r->duplicates && i < c->member_count; i++)
    if (r->duplicate[i / 32] & (1u << (i % 32))) {
      cocomm__load_member(c, i, &m);
      cocomm__report(s, "C-10", 0, (int32_t)i, "member %u (%s) is listed twice", (unsigned)i, m.name);
    }
  if (!committee_rules) return;

  /* C-3: observers never vote. */
  for (uint32_t i = 0; r->observers_voting && i < c->member_count; i++) {
    cocomm__load_member(c, i, &m);
    if (m.voting && cocomm__observer(m.category))
      cocomm__report(s, "C-3", 0, (int32_t)i, "member %u (%s) is a %s observer and must not vote",
                     (unsigned)i, m.name, cocomm_category_name(m.category));
  }

  /* C-1 / C-8: a lay chair. */
  if (r->chair >= 0) {
    name_of(c, r->chair, &m);
    if (m.category != COCOMM_CATEGORY_LAY)
      cocomm__report(s, lay_rule(kind, "C-1"), 0, r->chair, "the chair, member %d (%s), is %s, "
                     "not a lay member", r->chair, m.name, cocomm_category_name(m.category));
  }
  /* C-2 / C-8: lay and executive majority: strictly more than half. */
  if (r->voting > 0 && 2 * r->voting_lay_executive <= r->voting)
    cocomm__report(s, lay_rule(kind, "C-2"), 0, -1, "lay and executive members are %u of %u voting "
                   "members: not a majority", r->voting_lay_executive, r->voting);

  /* C-7: a joint committee has members of NHS England and of a CCG. */
  if (kind == COCOMM_COMMITTEE_JOINT) {
    if (r->by_category[COCOMM_CATEGORY_NHS_ENGLAND] == 0)
      cocomm__report(s, "C-7", 0, -1, "no NHS England member: a joint committee is formed by NHS "
                     "England and one or more CCGs");
    if (r->by_category[COCOMM_CATEGORY_LAY] + r->by_category[COCOMM_CATEGORY_EXECUTIVE] +
            r->by_category[COCOMM_CATEGORY_CLINICAL] == 0)
      cocomm__report(s, "C-7", 0, -1, "no CCG member: a joint committee is formed by NHS England "
                     "and one or more CCGs");
  }
  /* C-5 / C-6: clinical leadership or involvement. */
  if (r->by_category[COCOMM_CATEGORY_CLINICAL] == 0)
    cocomm__report(s, kind == COCOMM_COMMITTEE_DELEGATED ? "C-6" : "C-5", 0, -1,
                   "no clinical member: clinical %s should be retained",
                   kind == COCOMM_COMMITTEE_DELEGATED ? "involvement" : "leadership");

  quorum_findings(c, r, s);

  /* C-4: observers' absence is information. */
  if (r->by_category[COCOMM_CATEGORY_HEALTHWATCH] == 0)
    cocomm__report(s, "C-4", 0, -1, "no Healthwatch representative: it has the right to join, "
                   "not a duty");
  if (r->by_category[COCOMM_CATEGORY_HWB] == 0)
    cocomm__report(s, "C-4", 0, -1, "no Health and Wellbeing Board representative: it has the "
                   "right to join, not a duty");
  /* C-12: the wider stakeholders have a voice. */
  if (r->by_category[COCOMM_CATEGORY_HEALTHWATCH] + r->by_category[COCOMM_CATEGORY_HWB] +
          r->by_category[COCOMM_CATEGORY_LMC] == 0)
    cocomm__report(s, "C-12", 0, -1, "no Healthwatch, Health and Wellbeing Board or LMC member: "
                   "membership should let the full range of stakeholders contribute");
}

static int32_t validate_into(const cocomm_committee *c, cocomm__sink *s) {
  cocomm__roster r;
  int32_t st = cocomm__check_committee_shell(c);
  if (st == COCOMM_OK) st = cocomm__scan_members(c, &r, 1, NULL);
  if (st == COCOMM_OK) validate(c, &r, s);
  return st;
}

int32_t cocomm_committee_validate(const cocomm_committee *committee, cocomm_finding *out,
                                  uint32_t elem_size, uint32_t capacity, uint32_t *count) {
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if ((st = validate_into(committee, &sink)) != COCOMM_OK) return st;
  return cocomm__sink_close(&sink, count);
}

int32_t cocomm_committee_validate_batch(const cocomm_committee *committees, uint32_t n,
                                        uint32_t committee_size, int32_t *statuses,
                                        uint32_t *counts, cocomm_finding *out, uint32_t elem_size,
                                        uint32_t capacity, uint32_t *count) {
  cocomm__sink sink;
  int32_t st = cocomm__sink_open(&sink, out, elem_size, capacity, count);
  if (st != COCOMM_OK) return st;
  if (n > 0 && (committees == NULL || statuses == NULL || counts == NULL))
    return COCOMM_ERR_INVALID_ARGUMENT;
  if (n > 0 && committee_size < COCOMM_COMMITTEE_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  for (uint32_t i = 0; i < n; i++) {
    cocomm_committee c;
    cocomm__copy_struct(&c, sizeof c, (const unsigned char *)committees + (size_t)i * committee_size,
                    committee_size);
    if (c.struct_size > committee_size) c.struct_size = committee_size;
    uint32_t before = sink.n;
    statuses[i] = validate_into(&c, &sink);
    counts[i] = sink.n - before;
  }
  return cocomm__sink_close(&sink, count);
}

const char *cocomm_category_name(int32_t category) {
  static const char *const names[] = {"unknown", "lay", "executive", "clinical", "NHS England",
                                      "Healthwatch", "Health and Wellbeing Board", "LMC", "other"};
  return category >= COCOMM_CATEGORY_LAY && category <= COCOMM_CATEGORY_OTHER ? names[category]
                                                                               : names[0];
}

const char *cocomm_position_name(int32_t position) {
  static const char *const names[] = {"member", "chair", "vice-chair"};
  return position >= COCOMM_POSITION_NONE && position <= COCOMM_POSITION_VICE_CHAIR ? names[position]
                                                                                    : "unknown";
}

/* Names of the committee kinds: the first row of each kind is its display
 * name, the others are accepted by cocomm_committee_kind_parse() too. */
static const cocomm__word kinds[] = {
  {"delegated", COCOMM_COMMITTEE_DELEGATED},
  {"joint", COCOMM_COMMITTEE_JOINT},
  {"committee in common", COCOMM_COMMITTEE_IN_COMMON},
  {"greater involvement", COCOMM_COMMITTEE_GREATER_INVOLVEMENT},
  {"in-common", COCOMM_COMMITTEE_IN_COMMON},
  {"in common", COCOMM_COMMITTEE_IN_COMMON},
  {"greater-involvement", COCOMM_COMMITTEE_GREATER_INVOLVEMENT},
  {"delegated committee", COCOMM_COMMITTEE_DELEGATED},
  {"joint committee", COCOMM_COMMITTEE_JOINT},
};

const char *cocomm_committee_kind_name(int32_t kind) {
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (kinds[i].value == kind) return kinds[i].word;
  return "unknown";
}

int32_t cocomm_committee_kind_parse(const char *text, size_t len, int32_t *kind) {
  return cocomm__lookup_word(kinds, sizeof kinds / sizeof kinds[0], text, len, 0, kind);
}

uint32_t cocomm_member_size(void) { return (uint32_t)sizeof(cocomm_member); }
uint32_t cocomm_quorum_size(void) { return (uint32_t)sizeof(cocomm_quorum); }
uint32_t cocomm_committee_size(void) { return (uint32_t)sizeof(cocomm_committee); }
