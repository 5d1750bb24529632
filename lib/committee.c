/* SPDX-License-Identifier: MIT */
#include <cocomm/committee.h>
#include <cocomm/ccg.h>
#include <cocomm/status.h>
#include <cocomm/error.h>
#include <cocomm/roster.h>

#include <stddef.h>
#include <string.h>

#include "committee_internal.h"
#include "internal.h"
#include "message.h"

/* ---- spellings: the one vocabulary, lib/roster.c's table ---- */

int32_t cocomm_category_parse(const char *text, size_t len, int32_t *category) {
  return cocomm__spelling_value(COCOMM_COLUMN_CATEGORY, 0, text, len, category);
}

int32_t cocomm_position_parse(const char *text, size_t len, int32_t *position) {
  return cocomm__spelling_value(COCOMM_COLUMN_POSITION, -1, text, len, position);
}

void cocomm_member_init(cocomm_member *member) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_member init = COCOMM_MEMBER_INIT;
  if (member != NULL) memcpy(member, &init, sizeof init);
}

void cocomm_committee_init(cocomm_committee *committee) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_committee init = COCOMM_COMMITTEE_INIT;
  if (committee != NULL) memcpy(committee, &init, sizeof init);
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

int cocomm__votes(const cocomm_member *m) { return m->voting && !cocomm__observer(m->category); }

int32_t cocomm__member_body(const cocomm_committee *c, const cocomm_member *m) {
  switch (m->body_kind) {
    case COCOMM_BODY_NHS_ENGLAND: return COCOMM__BODY_NHS_ENGLAND;
    case COCOMM_BODY_CCG: return COCOMM__BODY_CCG + m->body_ccg;
    case COCOMM_BODY_OTHER: return COCOMM__BODY_NEITHER;
    default: break;
  }
  /* Unstated: the category says it where it can. */
  if (m->category == COCOMM_CATEGORY_NHS_ENGLAND) return COCOMM__BODY_NHS_ENGLAND;
  if (m->category == COCOMM_CATEGORY_LAY || m->category == COCOMM_CATEGORY_EXECUTIVE ||
      m->category == COCOMM_CATEGORY_CLINICAL)
    return c->ccg_count <= 1 ? COCOMM__BODY_CCG : COCOMM__BODY_SOME_CCG;
  return COCOMM__BODY_NEITHER;
}

static int32_t check_member_fields(const cocomm_committee *c, const cocomm_member *m, uint32_t known_tags, int32_t i,
                                   cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (m->struct_size < COCOMM_MEMBER_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, i, COCOMM_FIELD_STRUCT_SIZE,
                        "a member's struct_size is below the first layout");
  if (m->category < COCOMM_CATEGORY_LAY || m->category > COCOMM_CATEGORY_OTHER)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_CATEGORY, "not a category");
  if (!cocomm__is_yes_no(m->voting)) return cocomm__fail(e, bad, i, COCOMM_FIELD_VOTING, "voting must be 0 or 1");
  if (m->position < COCOMM_POSITION_NONE || m->position > COCOMM_POSITION_VICE_CHAIR)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_POSITION, "not a position");
  if (m->name == NULL) return cocomm__fail(e, bad, i, COCOMM_FIELD_NAME, "no name");
  if (m->body_kind < COCOMM_BODY_UNSTATED || m->body_kind > COCOMM_BODY_OTHER)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_BODY_KIND, "not a body");
  if (m->body_kind == COCOMM_BODY_CCG ? m->body_ccg < 0 || (uint32_t)m->body_ccg >= c->ccg_count : m->body_ccg != 0)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_BODY_KIND,
                        "body_ccg is the index of one of the committee's CCGs, and 0 unless the body is a CCG");
  if (m->tags & ~known_tags)
    return cocomm__fail(e, bad, i, COCOMM_FIELD_TAGS, "a tag that is no office and that the terms do not name");
  if (m->reserved0 != 0) return cocomm__fail(e, bad, i, COCOMM_FIELD_RESERVED, "reserved0 must be 0");
  return COCOMM_OK;
}

static const cocomm_terms default_terms = COCOMM_TERMS_INIT;

int32_t cocomm__committee_open(const cocomm_committee *src, cocomm__committee *out, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (src == NULL) return cocomm__fail(e, bad, -1, COCOMM_FIELD_NONE, "no committee");
  if (src->struct_size < COCOMM_COMMITTEE_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the committee's struct_size is below the first layout");
  /* Read once, at the caller's size: fields a smaller caller lacks read 0. */
  cocomm__copy_struct(&out->c, sizeof out->c, src, src->struct_size);
  cocomm_committee *c = &out->c;
  const cocomm_terms *t = c->terms;
  if (t == NULL) {
    c->terms = &default_terms;
  } else {
    if (t->struct_size < COCOMM_TERMS_SIZE_V1)
      return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_TERMS,
                          "the terms' struct_size is below the first layout");
    if (t->struct_size < sizeof *t) { /* an older caller's: copy, so that every field can be read */
      cocomm__copy_struct(&out->terms, sizeof out->terms, t, t->struct_size);
      c->terms = &out->terms;
    }
  }
  /* The library's own defaults need no check. */
  int32_t st = c->terms == &default_terms ? COCOMM_OK : cocomm__terms_check(c->terms, e);
  if (st != COCOMM_OK) return st;
  if (c->kind < COCOMM_COMMITTEE_DELEGATED || c->kind > COCOMM_COMMITTEE_GREATER_INVOLVEMENT)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_KIND, "not a committee kind");
  if (c->member_count > COCOMM_MEMBERS_MAX)
    return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_COUNT, "more than 1024 members");
  if (c->member_count > 0 && c->members == NULL)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_ARRAY, "members counted but no member array");
  if (c->member_size < COCOMM_MEMBER_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_ELEMENT_SIZE,
                        "member_size is below the first layout");
  if (c->ccg_count > 0 && c->ccg_codes == NULL)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_CCG_CODES, "CCGs counted but no code array");
  if (c->ccg_count > COCOMM_MEMBERS_MAX)
    return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, -1, COCOMM_FIELD_CCG_CODES, "more than 1024 CCGs");
  for (uint32_t i = 0; i < c->ccg_count; i++) {
    if (c->ccg_codes[i] == NULL) return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_CCG_CODES, "no ODS code");
    st = cocomm_ccg_check_ods_code(c->ccg_codes[i], COCOMM_NTS);
    if (st != COCOMM_OK)
      return cocomm__fail(e, st, (int32_t)i, COCOMM_FIELD_CCG_CODES, "not an ODS code (three digits or capital letters, such as 00Q)");
  }
  if (c->reserved0 != 0) return cocomm__fail(e, bad, -1, COCOMM_FIELD_RESERVED, "reserved0 must be 0");
  if (c->reserved1 != 0) return cocomm__fail(e, bad, -1, COCOMM_FIELD_RESERVED, "reserved1 must be 0");
  if (!cocomm__date_unset(c->as_at) && cocomm_date_check(c->as_at) != COCOMM_OK)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_DATE, "as_at is neither a date nor zero");
  return COCOMM_OK;
}

/* ---- quorum and membership clauses (C-13) ---- */

/* Bodies a clause "from each body" counts: NHS England (0) and each CCG
 * (1..), one CCG when the committee names none. */
static uint32_t bodies_of(const cocomm_committee *c) { return 1 + (c->ccg_count > 1 ? c->ccg_count : 1); }

int cocomm__clause_has(const cocomm_committee *c, const cocomm_clause *k, const cocomm__person *p) {
  /* A member of several CCGs' committee who does not say which counts for
   * no one body (COCOMM_CLAUSE_EACH_BODY). */
  if (k->body == COCOMM_CLAUSE_EACH_BODY && (p->body < 0 || (uint32_t)p->body >= bodies_of(c))) return 0;
  return cocomm__in_set(k, p);
}

cocomm__tally cocomm__clause_tally(const cocomm_committee *c, const cocomm__roster *r, const cocomm_clause *k,
                                   const uint8_t *in) {
  cocomm__tally out = {0, 0};
  if (k->body != COCOMM_CLAUSE_EACH_BODY) {
    uint32_t listed = 0;
    for (uint32_t i = 0; i < c->member_count; i++) {
      if (!cocomm__in_set(k, &r->person[i])) continue;
      listed++;
      out.have += in[i];
    }
    out.need = k->min == COCOMM_CLAUSE_ALL ? listed : (uint32_t)k->min;
    return out;
  }
  /* Each body party to the committee: NHS England, and each CCG it serves
   * (one CCG when it names none). A CCG member who does not say which of
   * several CCGs is theirs counts for none of them. */
  uint16_t have[1 + COCOMM_MEMBERS_MAX], listed[1 + COCOMM_MEMBERS_MAX];
  const uint32_t bodies = bodies_of(c);
  memset(have, 0, bodies * sizeof have[0]);
  memset(listed, 0, bodies * sizeof listed[0]);
  for (uint32_t i = 0; i < c->member_count; i++) {
    const cocomm__person *p = &r->person[i];
    if (!cocomm__clause_has(c, k, p)) continue;
    listed[p->body]++;
    have[p->body] = (uint16_t)(have[p->body] + in[i]);
  }
  int64_t worst = INT64_MIN;
  for (uint32_t b = 0; b < bodies; b++) {
    uint32_t need = k->min == COCOMM_CLAUSE_ALL ? listed[b] : (uint32_t)k->min;
    int64_t short_by = (int64_t)need - (int64_t)have[b];
    if (short_by > worst) {
      worst = short_by;
      out.have = have[b];
      out.need = need;
    }
  }
  return out;
}

/* ---- duplicate detection (C-10): sort, then compare neighbours ---- */

/* Sorting keeps the worst case at O(n log n) comparisons whatever the
 * names: a hash table falls to O(n^2) on names built to collide. The
 * members are sorted first by the hash of their name (integers: cheap),
 * then each run of equal hashes by name and body compared as text. */
/* Name, then body, compared normalised, then index: a stable order. */
static int person_compare(const void *ctx, uint16_t a, uint16_t b) {
  const cocomm_committee *c = ctx;
  cocomm_member ma, mb;
  cocomm__load_member(c, a, &ma);
  cocomm__load_member(c, b, &mb);
  int d = cocomm__text_compare(ma.name, mb.name);
  if (d == 0) d = cocomm__text_compare(ma.body, mb.body);
  return d ? d : (int)a - (int)b;
}

/* Sort keys (hash << 32 | index), given in index order: insertion sort
 * for a committee's dozen or so; beyond, a stable radix sort of the hash,
 * a byte a pass (linear, whatever the names), which keeps equal hashes in
 * index order and so gives the order of the whole keys. */
static void sort_keys(uint64_t *key, uint64_t *tmp, uint32_t n) {
  if (n <= 24) {
    for (uint32_t i = 1; i < n; i++) {
      uint64_t v = key[i];
      uint32_t j = i;
      for (; j > 0 && key[j - 1] > v; j--) key[j] = key[j - 1];
      key[j] = v;
    }
    return;
  }
  uint32_t count[4][256];
  memset(count, 0, sizeof count);
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t d = 0; d < 4; d++) count[d][(key[i] >> (32 + 8 * d)) & 0xFF]++;
  uint64_t *from = key, *to = tmp;
  for (uint32_t d = 0; d < 4; d++) {
    uint32_t at = 0;
    for (uint32_t b = 0; b < 256; b++) {
      const uint32_t c = count[d][b];
      count[d][b] = at;
      at += c;
    }
    for (uint32_t i = 0; i < n; i++) to[count[d][(from[i] >> (32 + 8 * d)) & 0xFF]++] = from[i];
    uint64_t *t = from;
    from = to;
    to = t;
  }
  /* four passes: the sorted keys are back in key */
}

/* Mark every member that repeats an earlier one: within a run of equal
 * people, sorted by index last, all but the first. */
static void find_duplicates(const cocomm_committee *c, uint64_t *key, cocomm__roster *r) {
  uint64_t tmp[COCOMM_MEMBERS_MAX];
  uint16_t idx[COCOMM_MEMBERS_MAX], itmp[COCOMM_MEMBERS_MAX];
  const uint32_t n = c->member_count;
  sort_keys(key, tmp, n);
  for (uint32_t lo = 0, hi; lo < n; lo = hi) {
    for (hi = lo + 1; hi < n && key[hi] >> 32 == key[lo] >> 32; hi++) {
    }
    if (hi - lo < 2) continue;
    for (uint32_t k = lo; k < hi; k++) idx[k - lo] = (uint16_t)key[k];
    cocomm__sort_indices(idx, itmp, hi - lo, person_compare, c);
    cocomm_member a, b;
    for (uint32_t k = 1; k < hi - lo; k++) {
      cocomm__load_member(c, idx[k - 1], &a);
      cocomm__load_member(c, idx[k], &b);
      if (cocomm__text_compare(a.name, b.name) == 0 && cocomm__text_compare(a.body, b.body) == 0) {
        r->duplicate[idx[k] / 32] |= 1u << (idx[k] % 32);
        r->duplicates++;
      }
    }
  }
}

/* ---- one pass over the members: check, count ---- */

int32_t cocomm__scan_members(const cocomm_committee *c, cocomm__roster *r, int find_dups, cocomm_error *e) {
  uint64_t key[COCOMM_MEMBERS_MAX];
  memset(r, 0, offsetof(cocomm__roster, person));
  r->chair = r->vice = -1;
  const uint32_t known_tags = cocomm__terms_known_tags(c->terms);
  for (uint32_t i = 0; i < c->member_count; i++) {
    cocomm_member m;
    size_t len;
    int32_t st;
    uint32_t h;
    cocomm__load_member(c, i, &m);
    if ((st = check_member_fields(c, &m, known_tags, (int32_t)i, e)) != COCOMM_OK) return st;
    if ((st = cocomm__utf8_scan(m.name, COCOMM_NAME_MAX, &len, &h)) != COCOMM_OK)
      return cocomm__fail(e, st, (int32_t)i, COCOMM_FIELD_NAME,
                          "not UTF-8 of at most 255 bytes with no control character but HT");
    if (m.body && (st = cocomm__utf8_check(m.body, COCOMM_NAME_MAX, &len)) != COCOMM_OK)
      return cocomm__fail(e, st, (int32_t)i, COCOMM_FIELD_BODY,
                          "not UTF-8 of at most 255 bytes with no control character but HT");
    key[i] = (uint64_t)h << 32 | i;
    r->members++;
    r->by_category[m.category]++;
    const int32_t body = cocomm__member_body(c, &m);
    const int votes = cocomm__votes(&m);
    r->person[i] = (cocomm__person){m.tags, body, (uint8_t)m.category, (uint8_t)m.position, (uint8_t)votes, 0};
    if (votes) {
      r->voting++;
      r->voting_by_category[m.category]++;
      if (cocomm__lay_or_executive(m.category)) r->voting_lay_executive++;
      if (cocomm__executive_side(m.category)) r->voting_executive++;
      r->voting_nhs_england += body == COCOMM__BODY_NHS_ENGLAND;
      r->voting_ccg += body >= COCOMM__BODY_CCG;
    }
    if (m.voting && cocomm__observer(m.category)) r->observers_voting++;
    if (m.position == COCOMM_POSITION_CHAIR) {
      if (r->chairs++ == 0) r->chair = (int32_t)i;
    } else if (m.position == COCOMM_POSITION_VICE_CHAIR) {
      if (r->vices++ == 0) r->vice = (int32_t)i;
    }
  }
  if (find_dups && c->member_count > 1) find_duplicates(c, key, r);
  return COCOMM_OK;
}

int32_t cocomm_committee_check(const cocomm_committee *committee, cocomm_error *error) {
  cocomm__committee view;
  cocomm__roster r;
  int32_t st = cocomm__error_open(error);
  if (st == COCOMM_OK) st = cocomm__committee_open(committee, &view, error);
  if (st == COCOMM_OK) st = cocomm__scan_members(&view.c, &r, 1, error);
  return cocomm__finish(error, st);
}

/* ---- validation: C-1..C-13 by kind ---- */

/* Under a joint committee or a committee in common, C-1 and C-2 apply as
 * "should" (C-8); under a delegated committee as "must". */
static int32_t lay_rule(int32_t kind, int32_t own) {
  return kind == COCOMM_COMMITTEE_DELEGATED ? own : COCOMM_RULE_C_8;
}

/* C-13: the terms' quorum, against everyone listed (can it ever be met?),
 * and their membership clauses. */
static void terms_findings(const cocomm_committee *c, const cocomm__roster *r, cocomm__sink *s) {
  const cocomm_terms *t = c->terms;
  uint8_t all[COCOMM_MEMBERS_MAX];
  memset(all, 1, c->member_count);
  if (t->quorum_count == 0)
    cocomm__report(s, COCOMM_RULE_C_13, COCOMM_SEVERITY_INFO, COCOMM_MSG_NO_QUORUM_SET, -1, NULL);
  for (uint32_t k = 0; k < t->quorum_count; k++) {
    cocomm__tally n = cocomm__clause_tally(c, r, &t->quorum[k], all);
    if (n.have < n.need)
      cocomm__report(s, COCOMM_RULE_C_13, COCOMM_SEVERITY_WARNING, COCOMM_MSG_QUORUM_NEVER_MET, -1,
                     COCOMM__V((int32_t)k, (int32_t)n.need, (int32_t)n.have));
  }
  for (uint32_t k = 0; k < t->membership_count; k++) {
    cocomm__tally n = cocomm__clause_tally(c, r, &t->membership[k], all);
    if (n.have < n.need)
      cocomm__report(s, COCOMM_RULE_C_13, COCOMM_SEVERITY_WARNING, COCOMM_MSG_MEMBERSHIP_SHORT, -1,
                     COCOMM__V((int32_t)(100 + k), (int32_t)n.need, (int32_t)n.have));
  }
}

static void validate(const cocomm_committee *c, const cocomm__roster *r, cocomm__sink *s) {
  const int32_t kind = c->kind;
  const int committee_rules = kind != COCOMM_COMMITTEE_GREATER_INVOLVEMENT;
  cocomm_member m;

  /* M-1 and the end of CCGs (issue 16): as at 2022-07-01 or later there
   * is no CCG, so no CCG committee; the 2015 rules are no answer. */
  if (cocomm__after_ccgs(c->as_at))
    cocomm__report(s, COCOMM_RULE_M_1, COCOMM_SEVERITY_ERROR, COCOMM_MSG_COMMITTEE_AFTER_CCGS_ABOLISHED, -1, NULL);
  if (kind == COCOMM_COMMITTEE_GREATER_INVOLVEMENT)
    cocomm__report(s, COCOMM_RULE_C_9, COCOMM_SEVERITY_INFO, COCOMM_MSG_GREATER_INVOLVEMENT_FORM_ONLY, -1,
                   NULL);
  if (kind == COCOMM_COMMITTEE_IN_COMMON)
    cocomm__report(s, COCOMM_RULE_C_11, COCOMM_SEVERITY_INFO, COCOMM_MSG_IN_COMMON_ON_ITS_OWN, -1, NULL);

  /* C-10: well-formedness, every kind. */
  if (r->chairs == 0) cocomm__report(s, COCOMM_RULE_C_10, 0, COCOMM_MSG_NO_CHAIR, -1, NULL);
  for (uint32_t i = 0; (r->chairs > 1 || r->vices > 1) && i < c->member_count; i++) {
    cocomm__load_member(c, i, &m);
    if (m.position == COCOMM_POSITION_CHAIR && (int32_t)i != r->chair)
      cocomm__report(s, COCOMM_RULE_C_10, 0, COCOMM_MSG_SECOND_CHAIR, (int32_t)i, COCOMM__V((int32_t)i));
    if (m.position == COCOMM_POSITION_VICE_CHAIR && (int32_t)i != r->vice)
      cocomm__report(s, COCOMM_RULE_C_10, 0, COCOMM_MSG_SECOND_VICE_CHAIR, (int32_t)i, COCOMM__V((int32_t)i));
  }
  if (r->chair >= 0) {
    cocomm__load_member(c, (uint32_t)r->chair, &m);
    if (!m.voting || cocomm__observer(m.category))
      cocomm__report(s, COCOMM_RULE_C_10, 0, COCOMM_MSG_CHAIR_NOT_VOTING, r->chair, COCOMM__V(r->chair));
  }
  if (r->voting == 0) cocomm__report(s, COCOMM_RULE_C_10, 0, COCOMM_MSG_NO_VOTING_MEMBER, -1, NULL);
  for (uint32_t i = 0; r->duplicates && i < c->member_count; i++)
    if (r->duplicate[i / 32] & (1u << (i % 32)))
      cocomm__report(s, COCOMM_RULE_C_10, 0, COCOMM_MSG_LISTED_TWICE, (int32_t)i, COCOMM__V((int32_t)i));
  if (!committee_rules) return;

  /* C-3: observers never vote. */
  for (uint32_t i = 0; r->observers_voting && i < c->member_count; i++) {
    cocomm__load_member(c, i, &m);
    if (m.voting && cocomm__observer(m.category))
      cocomm__report(s, COCOMM_RULE_C_3, 0, COCOMM_MSG_OBSERVER_VOTING, (int32_t)i,
                     COCOMM__V((int32_t)i, m.category));
  }

  /* C-1 / C-8: a lay chair. */
  if (r->chair >= 0) {
    cocomm__load_member(c, (uint32_t)r->chair, &m);
    if (m.category != COCOMM_CATEGORY_LAY)
      cocomm__report(s, lay_rule(kind, COCOMM_RULE_C_1), 0, COCOMM_MSG_CHAIR_NOT_LAY, r->chair,
                     COCOMM__V(r->chair, m.category));
  }
  /* C-2 / C-8: lay and executive majority: strictly more than half. */
  if (r->voting > 0 && 2 * r->voting_lay_executive <= r->voting)
    cocomm__report(s, lay_rule(kind, COCOMM_RULE_C_2), 0, COCOMM_MSG_NO_LAY_EXECUTIVE_MAJORITY, -1,
                   COCOMM__V((int32_t)r->voting_lay_executive, (int32_t)r->voting));

  /* C-7: a joint committee has voting members of NHS England and of a
   * CCG; a non-voting officer does not make it joint. */
  if (kind == COCOMM_COMMITTEE_JOINT) {
    if (r->voting_nhs_england == 0) cocomm__report(s, COCOMM_RULE_C_7, 0, COCOMM_MSG_NO_NHS_ENGLAND_MEMBER, -1, NULL);
    if (r->voting_ccg == 0) cocomm__report(s, COCOMM_RULE_C_7, 0, COCOMM_MSG_NO_CCG_MEMBER, -1, NULL);
  }
  /* C-6: involvement, voting or not (delegated); C-5: leadership needs a
   * vote (joint and in common). */
  if (kind == COCOMM_COMMITTEE_DELEGATED && r->by_category[COCOMM_CATEGORY_CLINICAL] == 0)
    cocomm__report(s, COCOMM_RULE_C_6, 0, COCOMM_MSG_NO_CLINICAL_INVOLVEMENT, -1, NULL);
  if (kind != COCOMM_COMMITTEE_DELEGATED && r->voting_by_category[COCOMM_CATEGORY_CLINICAL] == 0)
    cocomm__report(s, COCOMM_RULE_C_5, 0, COCOMM_MSG_NO_CLINICAL_LEADERSHIP, -1, NULL);

  terms_findings(c, r, s);

  /* C-4: observers' absence is information. */
  if (r->by_category[COCOMM_CATEGORY_HEALTHWATCH] == 0)
    cocomm__report(s, COCOMM_RULE_C_4, 0, COCOMM_MSG_NO_HEALTHWATCH, -1, NULL);
  if (r->by_category[COCOMM_CATEGORY_HWB] == 0)
    cocomm__report(s, COCOMM_RULE_C_4, 0, COCOMM_MSG_NO_HWB, -1, NULL);
  /* C-12: the wider stakeholders have a voice. */
  if (r->by_category[COCOMM_CATEGORY_HEALTHWATCH] + r->by_category[COCOMM_CATEGORY_HWB] +
          r->by_category[COCOMM_CATEGORY_LMC] == 0)
    cocomm__report(s, COCOMM_RULE_C_12, 0, COCOMM_MSG_NO_STAKEHOLDERS, -1, NULL);
}

static int32_t validate_into(const cocomm_committee *committee, cocomm__sink *s, cocomm_error *e) {
  cocomm__committee view;
  cocomm__roster r;
  int32_t st = cocomm__committee_open(committee, &view, e);
  if (st == COCOMM_OK) st = cocomm__scan_members(&view.c, &r, 1, e);
  if (st == COCOMM_OK) validate(&view.c, &r, s);
  return st;
}

int32_t cocomm_committee_assess(const cocomm_committee *committee, cocomm_findings *findings,
                                  cocomm_error *error) {
  cocomm__sink sink;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = validate_into(committee, &sink, error);
  return cocomm__end(&sink, error, st);
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
uint32_t cocomm_committee_size(void) { return (uint32_t)sizeof(cocomm_committee); }

/* ---- many committees as columns (2.1) ---- */

void cocomm_columns_init(cocomm_columns *columns) {
  static const cocomm_columns init = COCOMM_COLUMNS_INIT;
  if (columns != NULL) memcpy(columns, &init, sizeof init);
}

uint32_t cocomm_columns_size(void) { return (uint32_t)sizeof(cocomm_columns); }

/* Terms of the full size are checked once here; smaller ones (or NULL)
 * by each committee's open, which copies them. */
static int32_t columns_terms(const cocomm_columns *c, cocomm_error *e) {
  if (c->terms != NULL && c->terms->struct_size >= sizeof *c->terms) return cocomm__terms_check(c->terms, e);
  return COCOMM_OK;
}

/* The columns as a whole: counts, arrays, offsets, names' ends, terms. */
static int32_t columns_open(const cocomm_columns *src, cocomm_columns *c, cocomm_error *e) {
  const int32_t bad = COCOMM_ERR_INVALID_ARGUMENT;
  if (src == NULL) return cocomm__fail(e, bad, -1, COCOMM_FIELD_NONE, "no columns");
  if (src->struct_size < COCOMM_COLUMNS_SIZE_V1)
    return cocomm__fail(e, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE,
                        "the columns' struct_size is below the first layout");
  cocomm__copy_struct(c, sizeof *c, src, src->struct_size);
  if (c->member_offsets == NULL)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_ARRAY, "no member_offsets (committee_count + 1 entries)");
  if (c->committee_count > 0 && c->kinds == NULL)
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_KIND, "committees counted but no kinds");
  if (c->member_count > 0 && (c->categories == NULL || c->voting == NULL || c->positions == NULL))
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_ARRAY, "members counted but no categories, voting or positions");
  if (c->member_count > 0 && (c->names == NULL || c->names_size == 0))
    return cocomm__fail(e, bad, -1, COCOMM_FIELD_NAME, "members counted but no names");
  if (c->member_offsets[0] != 0)
    return cocomm__fail(e, bad, 0, COCOMM_FIELD_ARRAY, "member_offsets must start at 0");
  for (uint32_t k = 0; k < c->committee_count; k++) {
    const uint32_t lo = c->member_offsets[k], hi = c->member_offsets[k + 1];
    if (hi < lo || hi > c->member_count)
      return cocomm__fail(e, bad, (int32_t)k, COCOMM_FIELD_ARRAY,
                          "member_offsets decrease or pass member_count");
    if (hi - lo > COCOMM_MEMBERS_MAX)
      return cocomm__fail(e, COCOMM_ERR_OUT_OF_RANGE, (int32_t)k, COCOMM_FIELD_COUNT, "more than 1024 members");
  }
  if (c->member_offsets[c->committee_count] != c->member_count)
    return cocomm__fail(e, bad, (int32_t)c->committee_count, COCOMM_FIELD_ARRAY,
                        "member_offsets must end at member_count");
  if (c->name_offsets == NULL) { /* names one after another: exactly member_count NULs, the last at the end */
    uint32_t i = 0;
    for (const char *p = c->names, *end = c->names + c->names_size; p < end; i++) {
      const char *nul = memchr(p, '\0', (size_t)(end - p));
      if (nul == NULL || i == c->member_count)
        return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_NAME,
                            "names must be member_count texts, each ending with a NUL, filling names_size");
      p = nul + 1;
    }
    if (i != c->member_count)
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_NAME, "fewer names than member_count");
    return columns_terms(c, e);
  }
  if (c->name_offsets[0] != 0) return cocomm__fail(e, bad, 0, COCOMM_FIELD_NAME, "name_offsets must start at 0");
  for (uint32_t i = 0; i < c->member_count; i++) {
    const uint32_t lo = c->name_offsets[i], hi = c->name_offsets[i + 1];
    if (hi <= lo || hi > c->names_size)
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_NAME,
                          "name_offsets must increase (each name at least its NUL) within names_size");
    if (c->names[hi - 1] != '\0' || memchr(c->names + lo, '\0', hi - lo - 1) != NULL)
      return cocomm__fail(e, bad, (int32_t)i, COCOMM_FIELD_NAME,
                          "a name must end with a NUL where name_offsets say, and hold none before");
  }
  if (c->name_offsets[c->member_count] != c->names_size)
    return cocomm__fail(e, bad, (int32_t)c->member_count, COCOMM_FIELD_NAME, "name_offsets must end at names_size");
  return columns_terms(c, e);
}

/* One committee of the columns, validated into the sink. Indices in *e are
 * made the columns': the committee's for its own fields, the member's
 * otherwise. */
static int32_t columns_committee(const cocomm_columns *cols, uint32_t k, const char **name, cocomm_member *members,
                                 cocomm__sink *s, cocomm_error *e) {
  const uint32_t lo = cols->member_offsets[k], n = cols->member_offsets[k + 1] - lo;
  for (uint32_t j = 0; j < n; j++) {
    const uint32_t i = lo + j;
    cocomm_member *m = &members[j];
    *m = (cocomm_member)COCOMM_MEMBER_INIT;
    m->category = cols->categories[i];
    m->voting = cols->voting[i];
    m->position = cols->positions[i];
    if (cols->name_offsets) {
      m->name = cols->names + cols->name_offsets[i];
    } else { /* the next of the names, which columns_open() counted */
      m->name = *name;
      *name += strlen(*name) + 1;
    }
    if (cols->body_kinds) m->body_kind = cols->body_kinds[i];
    if (cols->tags) m->tags = cols->tags[i];
  }
  cocomm_committee c = COCOMM_COMMITTEE_INIT;
  c.kind = cols->kinds[k];
  c.members = members;
  c.member_count = n;
  c.terms = cols->terms;
  cocomm__committee view;
  cocomm__roster r;
  int32_t st = cocomm__committee_open(&c, &view, e);
  if (st != COCOMM_OK) {
    if (e != NULL && e->field == COCOMM_FIELD_KIND) e->index = (int32_t)k;
    return st;
  }
  st = cocomm__scan_members(&view.c, &r, 1, e);
  if (st != COCOMM_OK) {
    if (e != NULL && e->index >= 0) e->index += (int32_t)lo;
    return st;
  }
  validate(&view.c, &r, s);
  return COCOMM_OK;
}

int32_t cocomm_committee_assess_columns(const cocomm_columns *columns, cocomm_findings *findings,
                                        uint32_t *offsets, int32_t *statuses, cocomm_error *error) {
  cocomm__sink sink;
  cocomm_columns cols;
  int32_t st = cocomm__begin(&sink, findings, error);
  if (st == COCOMM_OK) st = columns_open(columns, &cols, error);
  if (st != COCOMM_OK) return cocomm__end(&sink, error, st);
  cocomm_member members[COCOMM_MEMBERS_MAX];
  const char *name = cols.names;
  for (uint32_t k = 0; k < cols.committee_count; k++) {
    if (offsets) offsets[k] = sink.n;
    int32_t one = columns_committee(&cols, k, &name, members, &sink, statuses ? NULL : error);
    if (statuses) {
      statuses[k] = one;
    } else if (one != COCOMM_OK) {
      return cocomm__end(&sink, error, one);
    }
  }
  if (offsets) offsets[cols.committee_count] = sink.n;
  return cocomm__end(&sink, error, COCOMM_OK);
}
