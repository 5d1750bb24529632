#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the named seeds of tests/fuzz/corpus/: inputs that build, through
build.h, the caller structs a regression needs (an EXACT milestone at 01:30
on 2015-03-29, an all-day milestone on 9999-12-31, identifiers one CR apart,
a name of COCOMM_NAME_MAX + 1 bytes ending in a lead byte, 1,023 names that
differ only in where their blanks fall, ...). The encoders below mirror the
order in which build.h and the targets take bytes; if that order changes,
rerun this script (the old files stay valid inputs, only less pointed).
The error structs a target passes (build.h, error_make) are read from the
end of the input, backwards: back() appends them after zeros, so that the
front of every seed keeps its meaning.
The random-* and seed-* files were made by the fuzzers, not by this script.

    python3 tests/fuzz/seeds.py   # rewrites the files it names, nothing else
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def u8(*v):
    return bytes(x & 0xFF for x in v)


def u16(v):
    return bytes([(v >> 8) & 0xFF, v & 0xFF])


def u32(v):
    return (v & 0xFFFFFFFF).to_bytes(4, "big")


def s(text):
    """take_str: a length byte, then the bytes."""
    b = text if isinstance(text, bytes) else text.encode()
    return u8(len(b)) + b


# ---- build.h: milestones and editions ----

KIND = {"deadline": 0, "event": 1, "window": 2}          # kind = 1 + k % 3
MODELS = {"gi": 0, "joint": 1, "delegated": 3, "all": 6}  # ((m % 7) + 1) << 1
PREC = {"exact": 0, "day": 1, "early": 2, "mid": 3, "late": 4, "month": 5, "dayspan": 6, "monthspan": 7}


def year(y):
    if 2010 <= y <= 2021:
        return u8(y - 2010)
    if 9990 <= y <= 9999:
        return u8(200 + y - 9990)
    raise ValueError(y)


def id_plain(n):
    return u8(0, n)


def id_raw(text):
    return u8(1) + s(text)


def id_copy_plus_ctl(earlier, at, ctl_index):
    """Mode 3: an earlier identifier with one control character inserted
    (pick_ctl: 0 CR, 1 LF, 2 TAB, 3 BEL, 4 ESC, 5 DEL, ...)."""
    return u8(3, earlier, at, ctl_index)


def id_long(digits, digit):
    return u8(4, digits - 1, digit)


def label_plain():
    return u8(0)


def label_ctl(ctl_index):
    return u8(2, ctl_index)


def label_multibyte(which, ascii_prefix):
    return u8(3, which, ascii_prefix)


def extra(source=1, note=1, submission=0, fy=1):
    """source: 0 NULL, 1 "002 §7.1.2"; note: 0 NULL, 1 ""; go-live 2014 + fy."""
    return u8(source | note << 2 | submission << 4 | fy << 5)


def when(precision, y, month, day=1, minute=None, span=0):
    """take_when, a range consistent with its precision (mode 1)."""
    out = u8(1) + year(y) + u8(month - 1, PREC[precision], 0)
    if precision == "exact":
        out += u16(minute)
    if precision in ("exact", "day", "dayspan"):
        out += u8(day - 1)
    if precision == "dayspan":
        out += u8(span - 1)
    if precision == "monthspan":
        out += u8(span - 1)
    return out


def when_gap(y, minute_in_hour):
    """Mode 5: 01:MM on the last Sunday of March, a time that does not exist."""
    return u8(5) + year(y) + u8(0, 0, minute_in_hour, 0)


def when_fold(y, minute_in_hour):
    """Mode 6: 01:MM on the last Sunday of October, a time that happens twice."""
    return u8(6) + year(y) + u8(0, 0, minute_in_hour, 0)


def when_end(which):
    """Mode 7, the last days there are; which: 0 DAY 9999-12-31, 1 EXACT
    23:59 on it, 2 DAY_SPAN to it, 3 MONTH, 4 LATE_MONTH, 5 MONTH_SPAN."""
    out = u8(7) + year(9999) + u8(11, 0, which)
    if which == 1:
        out += u16(0)
    if which == 2:
        out += u8(29)
    if which == 5:
        out += u8(0)
    return out


def milestone(kind, models, ident, label, ex, when_bytes):
    return u8(KIND[kind], MODELS[models]) + ident + label + ex + when_bytes


def edition(milestones, key=4, stride=0):
    """key: sel % 8 (0 "2014-11", 4 "fuzz"); stride byte < 192: sizeof."""
    out = u8(key, len(milestones), stride)
    for m in milestones:
        out += m
    return out + u32(0)  # published


def builtin(index):
    return u8(248 + index)


# ---- build.h: error structs, read from the end of the input ----

# error_make's sel byte: a full struct, a bigger one (+8, +16, +24, +1, +3,
# +5, +7, +64 bytes), one below the first layout (0, 1, 4, 8 bytes, up to
# the message, up to the text, V1 - 8, V1 - 1: where a call allows it), none.
ERR_FULL, ERR_NONE = 0, 224


def err_bigger(k):
    return 160 + k


def err_small(k):
    return 200 + k


# error_make's fill byte: bit 0 a stale story, bit 1 cocomm_error_init(),
# the byte itself what lies past the fields.
FILL_MACRO, FILL_STALE, FILL_INIT = 0, 1, 2


def back(*errors):
    """Error structs in the order the target makes them, each (sel, fill),
    after 64 zero bytes (the front reads zeros there as at its end): the
    last byte is read first, by take_back_u8."""
    out = b""
    for sel, fill in errors:
        out += u8(sel, fill)
    return bytes(64) + bytes(reversed(out))


# ---- build.h: terms of reference ----

OFFICE = {"chief officer": 0, "cfo": 1, "director of commissioning": 2, "director of nursing": 3,
          "registered nurse": 4, "secondary care doctor": 5, "gp": 6, "lay governance": 7, "lay ppi": 8,
          "lay person": 9, "nhse director": 10, "public health": 11, "practice manager": 12}
WHERE = {"any": 0, "chair or vice": 1, "chair": 2, "members only": 3}  # a clause's positions
COUNT = {"voting": 0, "non-voting": 1, "any": 2}
FROM = {"any": 0, "nhse": 1, "ccg": 2, "each": 3}
ALL = "all"


def clause(least, cats=(), offices=(), named=(), where="any", voting="voting", body="any"):
    """take_clause: "at least least (0..4, or ALL) of a set": categories, offices,
    named tags (0..2: tag 16 + j, or 31 - j in terms with high names)."""
    m = 200 if least == ALL else least
    how = WHERE[where] | COUNT[voting] << 2 | FROM[body] << 4
    catbyte = sum(1 << CAT[c] for c in cats)
    if not offices and not named:
        return u8(m, 1, how, catbyte) if cats else u8(m, 0, how)
    if cats or len(offices) > 1 or len(named) > 1:
        tags = sum(1 << OFFICE[o] for o in offices) | sum(1 << (13 + j) for j in named)
        return u8(m, 3, how, catbyte) + u16(tags)
    office = OFFICE[offices[0]] if offices else 15
    sel = 2 | office << 2 | ((named[0] + 1) << 6 if named else 0)
    if sel == 0xFE:  # that byte is the office kept for later
        return u8(m, 3, how, 0) + u16(sum(1 << (13 + j) for j in named))
    return u8(m, sel, how)


def tag_name(text=None, good=None, mode=None, extra=()):
    """take_tag_name: good[k] (0 "quality lead", 1 "deputy chief officer", 2 "café lead",
    3 "Registered Nurse", 4 'lay person, audit "A"', 5 "chief officer"), any text, or a
    mode (4 the longest, 5 no NUL, 6 a control character, 7 not UTF-8) and its bytes."""
    if text is not None:
        return u8(3) + s(text)
    if good is not None:
        return u8(good << 3)
    return u8(mode, *extra)


def terms(quorum=(), membership=(), majority=0, casting=0, presiding=0, names=(), high=False, size=0, extra=b""):
    """terms_make: majority 1 present and entitled; presiding 0 by kind, 1 lay, 2 any;
    up to 4 quorum and 3 membership clauses; names: tag_name()s for tags 16.. (31.. high);
    size: 12 bigger, 13 below the first layout, 14 raw counts, 15 raw enumerations (extra)."""
    assert len(quorum) <= 4 and len(membership) <= 3 and len(names) <= 3
    x = majority | casting << 1 | presiding << 2 | len(quorum) << 4 | (0x80 if high else 0)
    u = len(membership) | len(names) << 2 | size << 4
    return u8(x, u) + b"".join(quorum) + b"".join(membership) + b"".join(names) + extra


# ---- build.h: members and committees ----

CAT = {"lay": 0, "executive": 1, "clinical": 2, "nhse": 3, "healthwatch": 4, "hwb": 5, "lmc": 6, "other": 7}
POS = {"none": 0, "chair": 1, "vice": 2}
BELONGS = {"unstated": 0, "nhse": 1, "ccg": 2, "other": 3}


def name(text):
    return u8(0) + s(text)


def name_unterminated(fill, tail):
    """Mode 4: COCOMM_NAME_MAX + 1 bytes, no NUL, ending in tails[tail]
    (0 C3, 1 E2, 2 E2 82, 3 F0, 4 F0 9F, 5 F0 9F 98)."""
    return u8(4) + s(fill) + u8(tail)


def tag_office(office):
    """take_tags: one office."""
    return (OFFICE[office] << 2) & 0xFF


def tag_offices(*offices):
    """take_tags: offices 0..5 (chief officer .. secondary care doctor)."""
    mask = sum(1 << OFFICE[o] for o in offices)
    assert mask < 0x38
    return 3 | mask << 2


def tag_named(j, high=False):
    """take_tags: named tag j (16 + j; with high, 31 - j)."""
    return next(t for t in range(256) if t % 4 == 1 and bool(t & 0x80) == high and (t >> 2) % 3 == j)


def member(category, position="none", nm=None, body=None, voting=None, belongs=None, ccg=0, tags=None, x=None,
           after_x=b""):
    """committee_make's member: sel, the voting byte (voting 0 or 1), position, x (belongs:
    the body_kind; ccg: its CCG, modulo the committee's; tags: a take_tags byte; or x itself
    and the bytes it takes, after_x), name, body."""
    sel = CAT[category] | (0x10 if body is not None else 0) | (0x40 if voting is not None else 0)
    out = u8(sel) + (u8(voting) if voting is not None else b"") + u8(POS[position])
    if x is None:
        x = (0x10 | BELONGS[belongs] | ccg << 2 if belongs else 0) | (0x20 if tags is not None else 0)
    out += u8(x) + (u8(tags) if tags is not None else b"") + after_x
    out += nm if nm is not None else name("member")
    if body is not None:
        out += body
    return out


def committee(members, kind=1, tr=None, codes=(), q=None):
    """kind: 1 delegated, 2 joint, 3 in common, 4 greater involvement; tr: terms() or None
    (the defaults); codes: a byte each (0..3 good codes, 200.. one of the bytes after)."""
    out = u8(len(members), 0)
    for m in members:
        out += m
    if q is None:
        q = (1 if tr is not None else 0) | len(codes) << 4
    out += u8(kind - 1, q) + (tr if tr is not None else b"")
    for c in codes:
        out += u8(c)
    return out


SOUND = [member("lay", "chair", name("Ms Ann Lay"), tags=tag_office("lay governance")),
         member("lay", "vice", name("Mr Bob Lay"), tags=tag_office("lay ppi")),
         member("executive", nm=name("Ms Cat Exec"), tags=tag_offices("chief officer")),
         member("executive", nm=name("Mr Dan Exec"), tags=tag_offices("cfo")),
         member("clinical", nm=name("Dr Eve GP"), tags=tag_office("gp")),
         member("clinical", nm=name("Dr Fay GP"), tags=tag_office("gp")),
         member("nhse", nm=name("Mr Gus NHSE"), body=name("NHS England"), belongs="nhse"),
         member("healthwatch", nm=name("Ms Hal Watch"), belongs="other"),
         member("hwb", nm=name("Cllr Ida Board"), belongs="other")]
# the quorum the benchmark gives py_decision.py's: 4 voting, 2 lay, a lay chair or vice-chair
BENCH_QUORUM = terms(quorum=[clause(4), clause(2, cats=("lay",)), clause(1, cats=("lay",), where="chair or vice")])


def decision(n, present=1, conflicted=(), votes=None, item=None, casting=0, absent=(), stayed=None,
             chosen=None, casting_by=None, award=False):
    """decision_make for n members: sel, per member presence/conflict/vote, casting, the
    item, the stays (a byte a member), chosen and casting_by (-1 or a member)."""
    sel = 1 | (2 if conflicted else 0) | (4 if votes else 0) | (8 if award else 0) | \
        (0x10 if item is not None else 0) | (0x40 if stayed is not None else 0) | \
        (0x80 if chosen is not None or casting_by is not None else 0)
    out = u8(sel)
    for i in range(n):
        x = (0 if i in absent else present) | (2 if i in conflicted else 0) | ((votes[i] if votes else 0) << 2)
        out += u8(x)
    out += u8(casting)
    if item is not None:
        out += u8(0) + s(item)
    if stayed is not None:
        out += u8(*[1 if i in stayed else 0 for i in range(n)])
    if sel & 0x80:
        out += u8((-1 if chosen is None else chosen) + 1, (-1 if casting_by is None else casting_by) + 1)
    return out


def messages():
    """The message codes with a template, in order: fuzz_format.c's messages[]."""
    import re
    with open(os.path.join(HERE, "..", "..", "include", "cocomm", "findings.h"), encoding="utf-8") as f:
        text = f.read()
    enum = text[text.index("enum cocomm_message {"):]
    enum = enum[:enum.index("};")]
    return sorted(int(v) for v in re.findall(r"COCOMM_MSG_\w+ = (\d+)", enum))


def fnv(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def pick(h, k):
    """fuzz_roster.c's pick()."""
    return (((h ^ (h >> 16)) * (2654435761 + 2 * k)) & 0xFFFFFFFF) >> 24


def roster_csv(csv, terms=None, count_notes=None):
    """A CSV for fuzz_roster with blank rows added until its hash picks these terms
    (None, "named", "clauses", "refused") and, if said, notes for the count-only call."""
    for pad in range(4096):
        data = csv + b"\n" * pad
        h = fnv(data)
        k = pick(h, 50) % 16
        got = None if k < 8 else "named" if k < 11 else "clauses" if k < 14 else "refused"
        notes = pick(h, 73) % 4 == 0 and pick(h, 71) < 240
        if got == terms and (count_notes is None or notes == count_notes):
            return data
    raise ValueError("no padding gives that choice")


def write(target, filename, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, filename), "wb") as f:
        f.write(data)


def main():
    noon = milestone("deadline", "delegated", id_plain(11), label_plain(), extra(submission=1, fy=1),
                     when("exact", 2015, 1, 9, minute=720))
    plain = [noon,
             milestone("event", "all", id_plain(1), label_plain(), extra(), when("day", 2014, 5, 1)),
             milestone("window", "joint", id_plain(9), label_plain(), extra(), when("monthspan", 2014, 11, span=2)),
             milestone("event", "delegated", id_plain(12), label_plain(), extra(), when("mid", 2015, 1)),
             milestone("deadline", "joint", id_plain(13), label_plain(), extra(submission=1, fy=1),
                       when("day", 2015, 1, 30)),
             milestone("deadline", "all", id_plain(20), label_plain(), extra(), when("month", 2020, 4))]
    editions = {
        # defect 3: 01:30 on 2015-03-29 does not exist in UK time
        "gap-0130-2015-03-29": edition([milestone("deadline", "delegated", id_plain(11), label_plain(),
                                                  extra(submission=1, fy=1), when_gap(2015, 30))]),
        "fold-0130-2015-10-25": edition([milestone("deadline", "delegated", id_plain(11), label_plain(),
                                                   extra(submission=1, fy=1), when_fold(2015, 30))]),
        # defect 8: an all-day milestone on the last day there is
        "allday-9999-12-31": edition([milestone("event", "all", id_plain(1), label_plain(), extra(),
                                                when_end(0))]),
        "span-to-9999-12-31": edition([milestone("window", "all", id_plain(2), label_plain(), extra(),
                                                 when_end(2))]),
        # defect 9: BEL and ESC in labels
        "label-bel": edition([milestone("event", "all", id_plain(3), label_ctl(3), extra(), when("day", 2015, 2, 2))]),
        "label-esc": edition([milestone("event", "all", id_plain(3), label_ctl(4), extra(), when("day", 2015, 2, 2))]),
        # defect 10: identifiers that differ by a CR
        "ids-differ-by-cr": edition([milestone("event", "all", id_plain(7), label_plain(), extra(),
                                               when("day", 2015, 2, 2)),
                                     milestone("event", "all", id_copy_plus_ctl(0, 3, 0), label_plain(), extra(),
                                               when("day", 2015, 2, 3))]),
        # defect 2: a 23-digit identifier
        "id-23-digits": edition([milestone("event", "all", id_long(23, 9), label_plain(), extra(),
                                           when("day", 2015, 2, 2)),
                                 milestone("event", "all", id_long(23, 9), label_plain(), extra(),
                                           when("day", 2015, 2, 2))]),
        "fold-75-multibyte": edition([milestone("event", "all", id_plain(4), label_multibyte(2, 61), extra(),
                                                when("day", 2015, 2, 2)),
                                      milestone("event", "all", id_plain(5), label_multibyte(1, 62), extra(),
                                                when("dayspan", 2015, 2, 2, span=3))]),
        "plain-six": edition(plain),
        "plain-2014-11-key": edition(plain[1:], key=0),
        "builtin-2014-11": builtin(0),
        "builtin-2014-09": builtin(1),
    }
    for fname, ed in editions.items():
        write("calendar", fname, ed + u8(3) + u32(0) + u8(0, 0))   # model delegated, tiny capacities
        write("timeline", fname, ed + u8(3))                         # model delegated, then zeros
    # error structs: the edition check's, and one below the first layout
    write("calendar", "gap-error-struct-small", editions["gap-0130-2015-03-29"] + u8(3) + u32(0) + u8(0, 0)
          + back((err_small(7), FILL_STALE)))
    write("calendar", "plain-six-error-struct-stale", editions["plain-six"] + u8(3) + u32(0) + u8(0, 0)
          + back((err_bigger(7), FILL_STALE)))
    write("timeline", "gap-error-structs", editions["gap-0130-2015-03-29"] + u8(3)
          + back((ERR_FULL, FILL_STALE), (err_small(3), 0), (err_bigger(1), FILL_STALE)))
    write("timeline", "plain-six-error-structs", editions["plain-six"] + u8(3)
          + back((err_bigger(7), FILL_STALE), (ERR_FULL, FILL_STALE), *[(ERR_FULL, FILL_STALE)] * 6))
    write("calendar", "plain-six-all-models", editions["plain-six"] + u8(0) + u32(0) + u8(200, 90))
    write("timeline", "plain-six-joint", editions["plain-six"] + u8(2))

    def fs(cap, elem=0):
        """findings_make: capacity (and a newer element size with elem=0x80), a full-size struct."""
        return u8(cap | elem, 0)

    n = len(SOUND)
    sound = committee(SOUND, tr=terms(quorum=[clause(4), clause(1, cats=("lay",)),
                                              clause(1, cats=("executive", "nhse")),
                                              clause(1, cats=("lay",), where="chair or vice")]), codes=(0,))
    write("committee", "sound-delegated", sound + fs(8, 0x80) + decision(n, conflicted=(4, 5)) + fs(8, 0x80))
    write("committee", "name-256-ends-c3", committee([member("lay", "chair", name_unterminated("abc", 0))]))
    write("committee", "name-256-ends-f09f98", committee([member("lay", "chair", name_unterminated("abc", 5))]))
    write("committee", "body-256-ends-e2",
          committee([member("lay", "chair", name("Ann"), body=name_unterminated("xyz", 1))]))
    write("committee", "names-with-esc-twice",
          committee([member("lay", "chair", name("Ann\x1b[2J")), member("lay", nm=name("Ann\x1b[2J"))]) + fs(8))
    write("committee", "names-listed-twice",
          committee([member("lay", "chair", name("Ann Lay")), member("lay", nm=name("ann  LAY")),
                     member("executive", nm=name("Bob"))]) + fs(8))
    # error structs: stale, bigger, none, and below the first layout (refused, untouched)
    stale_big = (err_bigger(7), FILL_STALE | 0x70)
    write("committee", "error-structs-sound", sound + fs(8, 0x80) + decision(n, conflicted=(4, 5)) + fs(8, 0x80)
          + back(stale_big, (ERR_FULL, FILL_STALE | FILL_INIT), (err_small(7), 0x33), (err_small(0), FILL_STALE)))
    write("committee", "error-structs-refused",
          committee([member("lay", "chair", name("Ann\x1b[2J")), member("lay", nm=name("Bob"))]) + fs(8) + decision(2) + fs(8)
          + back(stale_big, (err_bigger(3), FILL_STALE), (err_bigger(0), FILL_INIT), (ERR_FULL, FILL_STALE)))
    write("committee", "error-structs-bad-code",
          committee([member("lay", "chair", name("Ann"))], codes=(0, 0xC8)) + s("0q") + fs(8) + decision(1) + fs(8)
          + back((ERR_FULL, FILL_STALE), (err_bigger(1), FILL_STALE), (err_small(5), 0), (ERR_NONE, 0)))

    # terms of reference (C-13): the four published quorum forms, over members who hold the offices
    form_members = [member("lay", "chair", name("Ms Ann Lay"), tags=tag_office("lay governance")),
                    member("lay", "vice", name("Mr Bob Lay"), tags=tag_office("lay person")),
                    member("executive", nm=name("Ms Cat Exec"), tags=tag_offices("chief officer")),
                    member("executive", nm=name("Mr Dan Exec"), tags=tag_offices("cfo", "director of commissioning")),
                    member("clinical", nm=name("Dr Eve GP"), tags=tag_office("gp")),
                    member("clinical", nm=name("Ms Fay Nurse"), tags=tag_offices("registered nurse")),
                    member("clinical", nm=name("Dr Gus Consultant"), voting=0,
                           tags=tag_offices("secondary care doctor")),
                    member("nhse", nm=name("Mr Hal NHSE"), body=name("NHS England"), belongs="nhse"),
                    member("healthwatch", nm=name("Ms Ida Watch"), belongs="other"),
                    member("lmc", nm=name("Dr Jo LMC"), voting=0, belongs="other")]
    nf = len(form_members)
    forms = {
        # (a) at least 3 members, including a lay member and one of the chief officer, CFO or chief of service delivery
        "form-a": terms(quorum=[clause(3), clause(1, cats=("lay",)),
                                clause(1, offices=("chief officer", "cfo", "director of commissioning"))]),
        # (b) at least 3 non-executive members, one GP, the chief officers, and any two non-voting members
        "form-b": terms(quorum=[clause(3, cats=("lay", "clinical", "nhse", "other")), clause(1, offices=("gp",)),
                                clause(ALL, offices=("chief officer", "cfo"), voting="any"),
                                clause(2, voting="non-voting")], majority=1),
        # (c) 1 lay member, 1 GP and 1 executive
        "form-c": terms(quorum=[clause(1, cats=("lay",)), clause(1, cats=("clinical",), offices=("gp",)),
                                clause(1, cats=("executive",))], casting=1),
        # (d) four members: the chief officer or CFO, and two of {lay member, lay person, registered nurse,
        # secondary care consultant}, one of them the chair or vice-chair
        "form-d": terms(quorum=[clause(4, voting="any"), clause(1, offices=("chief officer", "cfo")),
                                clause(2, cats=("lay",), offices=("lay person", "registered nurse",
                                                                  "secondary care doctor"), voting="any"),
                                clause(1, cats=("lay",), offices=("lay person", "registered nurse",
                                                                  "secondary care doctor"), where="chair or vice")],
                        membership=[clause(ALL, offices=("chief officer",), voting="any"), clause(1, cats=("lmc",),
                                                                                                 voting="any")],
                        presiding=1),
    }
    for fname, tr in forms.items():
        write("committee", "terms-" + fname,
              committee(form_members, tr=tr, codes=(1,)) + fs(12, 0x80)
              + decision(nf, absent=(1,), conflicted=(2,), stayed=(2,)) + fs(8))
    # named tags, low and high, used by members and clauses; and each refused
    named = [member("lay", "chair", name("Ann"), tags=tag_named(0)), member("lay", "vice", name("Bob"), tags=tag_named(1)),
             member("executive", nm=name("Cat"), tags=tag_named(2)), member("clinical", nm=name("Dan"))]
    named_terms = terms(quorum=[clause(2, named=(0, 1), voting="any"), clause(1, offices=("cfo",), named=(2,))],
                        membership=[clause(ALL, named=(0,))],
                        names=[tag_name(good=0), tag_name(good=2), tag_name(text="lead \U0001F600")])
    write("committee", "terms-named-tags", committee(named, tr=named_terms) + fs(8) + decision(4) + fs(8))
    named_high = [member("lay", "chair", name("Ann"), tags=tag_named(0, high=True)),
                  member("lay", "vice", name("Bob"), tags=tag_named(2, high=True))]
    write("committee", "terms-named-tags-high",
          committee(named_high, tr=terms(quorum=[clause(1, named=(0,))], high=True,
                                         names=[tag_name(mode=4 | 0x80), tag_name(good=5), tag_name(good=3)]))
          + fs(8) + decision(2) + fs(8))
    write("committee", "terms-tag-not-named",
          committee(named, tr=terms(names=[tag_name(good=0)])) + fs(8) + decision(4) + fs(8))
    for k, (mode, more) in enumerate([(5, ()), (5 | 0x80, ()), (6, (4,)), (7, (0,)), (7, (2,)), (7, (4,))]):
        write("committee", "terms-bad-tag-name-%d" % k,
              committee(named, tr=terms(names=[tag_name(good=0), tag_name(mode=mode, extra=more)])) + fs(8)
              + decision(4) + fs(8))
    write("committee", "terms-raw-enumerations",
          committee(named[:2], tr=terms(size=15, extra=u32(3) + u8(2, 0xFD))) + fs(8) + decision(2) + fs(8))
    write("committee", "terms-17-clauses", committee(named[:2], tr=terms(size=14, extra=u8(1))) + fs(8))
    write("committee", "terms-below-first-layout",
          committee(named[:2], tr=terms(size=13, extra=u8(7))) + fs(8) + decision(2) + fs(8))
    plain = [member("lay", "chair", name("Ann")), member("lay", "vice", name("Bob"))]
    write("committee", "terms-newer-caller",
          committee(plain, tr=terms(quorum=[clause(1)], size=12, extra=u8(3))) + fs(8) + decision(2) + fs(8))
    write("committee", "terms-min-1025",
          committee(named[:2], tr=terms(quorum=[clause(0), u8(235, 0, 0)])) + fs(8))
    # members' bodies: a joint committee of NHS England and two CCGs, each body in its clause
    joint = [member("lay", "chair", name("Ann"), belongs="ccg", ccg=0),
             member("executive", "vice", name("Bob"), belongs="ccg", ccg=1),
             member("nhse", nm=name("Cat"), belongs="nhse"), member("executive", nm=name("Dan"), belongs="nhse"),
             member("clinical", nm=name("Eve"), belongs="ccg", ccg=1), member("clinical", nm=name("Fay")),
             member("hwb", nm=name("Gus"), belongs="other")]
    joint_terms = terms(quorum=[clause(1, body="each"), clause(1, body="nhse"), clause(2, body="ccg")],
                        membership=[clause(2, body="each", voting="any")], presiding=2)
    write("committee", "joint-two-ccgs",
          committee(joint, kind=2, tr=joint_terms, codes=(0, 1)) + fs(12) + decision(7, absent=(2, 3)) + fs(12))
    write("committee", "joint-no-ccg-codes-each-body",
          committee(joint[2:4] + [member("lay", "chair", name("Ann")), member("executive", "vice", name("Bob"))],
                    kind=2, tr=joint_terms) + fs(12) + decision(4, absent=(0,)) + fs(12))
    write("committee", "body-ccg-out-of-range",
          committee([member("lay", "chair", name("Ann"), x=0x80 | 0x10 | 2 | 3 << 2)], codes=(0,)) + fs(8))
    # x 0xFE: a raw body_ccg, after the codes (-128); 0xFF: a raw body_kind (7); 0xFD: reserved0
    write("committee", "body-ccg-negative",
          committee([member("lay", "chair", name("Ann"), x=0xFE, after_x=u8(0)), member("lay", nm=name("Bob"))],
                    codes=(0, 1)) + u8(0x80) + fs(8))
    write("committee", "body-kind-raw",
          committee([member("lay", "chair", name("Ann"), x=0xFF, after_x=u8(0, 7))]) + fs(8))
    write("committee", "member-reserved0",
          committee([member("lay", "chair", name("Ann"), x=0xFD, after_x=u8(0, 0))]) + fs(8))
    write("committee", "committee-reserved0",
          committee([member("lay", "chair", name("Ann"))], q=0xFD, tr=terms(), codes=(0, 1, 2)) + u8(0) + fs(8))
    write("committee", "member-tags-raw",
          committee([member("lay", "chair", name("Ann"), x=0x20, after_x=u8(0xF3) + u32(1 << 13)),
                     member("lay", nm=name("Bob"))]) + fs(8))

    # defect 4: 1,023 names of 255 bytes that differ only in where their blanks fall; and the others
    template = bytes(i % 26 for i in range(245))
    for gen, fname in enumerate(["blanks-1023x255", "numbered-1024x250", "case-1024x245", "same-1024x245",
                                 "rotated-1024x245"]):
        write("scale", fname, u16(1022 if gen == 0 else 1023) + u8(245, gen, 0) + template + fs(8))
    write("scale", "same-100x245-error-structs", u16(99) + u8(245, 3, 0) + template + fs(8)
          + back(stale_big, (err_small(6), FILL_STALE)))
    # with terms: sixteen clauses of every kind over 1,024 members of three bodies, and an item
    # (the terms byte is read from the end after the four bytes of the two error structs)
    write("scale", "numbered-1024x250-terms", u16(1023) + u8(245, 1, 0) + template + fs(8) + bytes(60) + u8(0x41)
          + bytes(4))
    write("scale", "blanks-1023x255-terms-present-and-entitled", u16(1022) + u8(245, 0, 0) + template + fs(8)
          + bytes(60) + u8(0x87) + bytes(4))

    # format: a committee, then findings (sel, rule, severity, message, subject, four values, tiny)
    codes = messages()

    def finding(rule, severity, message, subject, values, sel=0, tiny=0):
        """message: a code (its index in messages()); values: small numbers, or ("q", k) the
        quorum clause k, ("m", k) the membership clause k (take_int: 164 + 2k, 165 + 2k)."""
        def value(v):
            if isinstance(v, tuple):
                return 164 + 2 * v[1] + (1 if v[0] == "m" else 0)
            return v + 2
        return u8(sel, rule - 1, severity - 1, codes.index(message), subject + 2) + u8(*[value(v) for v in values]) \
            + u8(tiny)
    write("format", "sound-each-message", sound + u8(7) + b"".join(
        finding(37, 1, codes[k * 7], k, (k, 1, 2, 3), tiny=k) for k in range(8)))
    write("format", "members-out-of-range", sound + u8(3) + finding(37, 1, codes[14], 40, (40, 50, 60, 70)) +
          u8(1 | 2 | 4 | 8) + u8(230) + u32(0x80000000) + u8(201, 231) + u32(7) + u8(200, 201, 202, 203, 204, 5))
    write("format", "no-committee", committee([]) + u8(1) + finding(28, 1, codes[3], 0, (0, 0, 0, 0), sel=0x10))
    write("format", "names-unterminated",
          committee([member("lay", "chair", name_unterminated("abc", 2)), member("lay", nm=name("B\x07b"))])
          + u8(2) + finding(37, 1, codes[14], 1, (0, 1, 0, 0)) + finding(37, 1, codes[9], 0, (0, 1, 0, 0)))
    # %k: each clause of the terms, one past the last, with the committee and without
    NEVER_MET, SHORT, NOT_QUORATE, AFTER = 26, 27, 63, 64
    for fname, tr in [("terms-form-d", forms["form-d"]), ("terms-named-tags", named_terms),
                      ("terms-joint", joint_terms)]:
        members = form_members if fname == "terms-form-d" else named if fname == "terms-named-tags" else joint
        write("format", fname, committee(members, tr=tr, codes=(0, 1) if fname == "terms-joint" else ())
              + u8(7) + finding(37, 2, NEVER_MET, -1, (("q", 0), 3, 1, 0)) + finding(37, 2, NEVER_MET, -1, (("q", 3), 4, 2, 0))
              + finding(37, 2, SHORT, -1, (("m", 0), 1, 0, 0)) + finding(37, 2, SHORT, -1, (("m", 2), 1, 0, 0))
              + finding(37, 1, NOT_QUORATE, -1, (("q", 1), 1, 0, 0), sel=0x10)
              + finding(37, 1, AFTER, -1, (("q", 2), 2, 1, 0), tiny=9) + finding(37, 1, AFTER, -1, (("q", 4), 2, 1, 0)))
    write("format", "terms-refused-tag-name",
          committee(named, tr=terms(quorum=[clause(1, named=(0,))], names=[tag_name(mode=7, extra=(4,))]))
          + u8(1) + finding(37, 2, NEVER_MET, -1, (("q", 0), 1, 0, 0)))

    # decision: a committee, then decisions (decision, result size, findings, roles, a made-up result)
    votes = [1, 1, 2, 1, 0, 0, 1, 3, 0]
    made = u8(0, 0, 0) + u32(0)
    write("decision", "sound-two-items",
          sound + u8(1) + decision(n, conflicted=(4,), votes=votes, item="award of the APMS contract") + u8(0)
          + fs(8, 0x80) + u8(0) + made + decision(n, item="item 4;b,\\c") + u8(200) + fs(1) + u8(1) + made)
    write("decision", "item-with-del", sound + u8(0) + u8(0x11) + u8(*([1] * n)) + u8(0, 1, 5) + u8(0) + fs(8)
          + u8(0) + made)
    write("decision", "error-structs",
          sound + u8(1) + decision(n, conflicted=(4,), votes=votes, item="award") + u8(0) + fs(8, 0x80) + u8(0) + made
          + decision(n, item="item 4") + u8(200) + fs(1) + u8(1) + made
          + back((ERR_FULL, FILL_STALE), (err_small(4), FILL_STALE), (err_bigger(2), FILL_STALE)))
    write("decision", "error-structs-refused",
          committee([member("lay", "chair", name("Ann")), member("lay", nm=name("B\x07b"))]) + u8(1)
          + decision(2) + u8(0) + fs(8) + u8(0) + made + decision(2) + u8(0) + fs(8) + u8(0) + made
          + back((err_bigger(7), FILL_STALE), (err_small(1), 0), (ERR_FULL, FILL_STALE)))
    write("decision", "names-with-quotes",
          committee([member("lay", "chair", name('Ann "Nan" Lay, OBE')), member("executive", nm=name("Bob"))])
          + u8(0) + decision(2) + u8(0) + fs(8) + u8(0) + u8(5, 4, 3) + u32(1))

    def items(c, *ds):
        """Up to four decisions on committee c, each with a full result, findings for 12, roles."""
        return c + u8(len(ds) - 1) + b"".join(d + u8(0) + fs(12) + u8(0) + made for d in ds)
    # C-14 on the present and entitled basis: 2 for and 2 against of 6 entitled is not carried; 4 for of 7
    # carries; 3 for of 6 (3 abstaining) is a tie the chair breaks; 1 for and 3 against of 7 is defeated
    pe = committee(SOUND, tr=terms(quorum=[clause(3)], majority=1, casting=1), codes=(0,))
    write("decision", "present-and-entitled",
          items(pe, decision(n, absent=(8,), conflicted=(5,), votes=[1, 1, 2, 2, 0, 0, 0, 0, 0]),
                decision(n, votes=[1, 1, 1, 1, 2, 2, 0, 3, 0]),
                decision(n, absent=(7, 8), conflicted=(5,), votes=[1, 1, 1, 3, 3, 0, 3, 0, 0], casting=1),
                decision(n, absent=(7, 8), votes=[1, 2, 2, 3, 0, 0, 2, 0, 0], casting=2, casting_by=0)))
    # C-16: a tie and a casting vote by whoever presides, by another member, by one who withdrew, ungranted
    tie = [1, 2, 1, 2, 0, 0, 0, 0, 0]
    cv = committee(SOUND, tr=terms(casting=1), codes=(0,))
    write("decision", "casting-votes",
          items(cv, decision(n, votes=tie, casting=1), decision(n, votes=tie, casting=2, casting_by=2),
                decision(n, conflicted=(5,), votes=tie, casting=1, casting_by=5),
                decision(n, absent=(0,), votes=[0, 2, 1, 2, 1, 0, 0, 0, 0], casting=2, casting_by=1)))
    write("decision", "casting-vote-not-granted", items(sound, decision(n, votes=tie, casting=1)))
    # C-15: chair and vice-chair away: the meeting must choose, chooses a lay member, a non-lay one, or
    # chooses while the chair presides
    three_lay = [member("lay", "chair", name("Ann")), member("lay", "vice", name("Bob")),
                 member("lay", nm=name("Cat")), member("executive", nm=name("Dan")),
                 member("executive", nm=name("Eve")), member("clinical", nm=name("Fay"))]
    write("decision", "who-presides",
          items(committee(three_lay), decision(6, absent=(0,), conflicted=(1,)),
                decision(6, absent=(0, 1), chosen=2), decision(6, absent=(0, 1), chosen=3),
                decision(6, chosen=1)))
    write("decision", "no-one-may-preside", items(sound, decision(n, absent=(0,), conflicted=(1,))))
    nl = [member("lay", nm=name("Ann")), member("executive", "chair", name("Bob")),
          member("clinical", "vice", name("Cat")), member("lay", nm=name("Dan"))]
    write("decision", "who-presides-joint",
          items(committee(nl, kind=2, tr=terms(presiding=1)), decision(4, absent=(1, 2)),
                decision(4, absent=(1, 2), chosen=3), decision(4, absent=(1,), chosen=0), decision(4)))
    # I-4, I-6: conflicted members who stayed or left, one who voted on a contract award; the register says which
    write("decision", "conflicts-stayed-and-award",
          items(sound, decision(n, conflicted=(2, 4, 6), stayed=(4,), votes=[1, 1, 1, 1, 2, 0, 0, 0, 0],
                                award=True, item="award of the APMS contract"),
                decision(n, conflicted=(2, 3), absent=(3,), stayed=(2, 3), votes=[1, 1, 0, 0, 2, 2, 1, 0, 0])))
    # I-6: the quorum lost through withdrawals; C-2 lost through withdrawals, and through absences
    write("decision", "withdrawals",
          items(committee(SOUND, tr=terms(quorum=[clause(2, cats=("executive", "nhse"))])),
                decision(n, conflicted=(2, 3)), decision(n, absent=(2,), conflicted=(3,)),
                decision(n, conflicted=(0, 2, 3)), decision(n, absent=(1, 2, 3))))
    # C-17: a joint decision without NHS England; C-9: a forum decides nothing
    write("decision", "joint-without-nhs-england",
          items(committee(joint, kind=2, tr=joint_terms, codes=(0, 1)), decision(7, absent=(2, 3)),
                decision(7, absent=(0, 1, 4, 5)), decision(7, votes=[1, 1, 2, 2, 1, 0, 0], chosen=2)))
    write("decision", "greater-involvement-nobody-present",
          items(committee(SOUND, kind=4), decision(n, present=0, votes=[0] * n)))
    write("decision", "greater-involvement-everyone-present",
          items(committee(SOUND, kind=4, tr=terms(quorum=[clause(2)])), decision(n, conflicted=(2,), votes=votes)))

    # approval: ccg (sel, code or raw, model, facts, size), target, requirements, change, fund, eoi, coi
    write("approval", "sound-ccg-delegated",
          u8(0, 3, 0, 0, 1, 1, 0) + fs(8) + u8(3) + u8(0, 3) + fs(4) + u8(1, 3) + u8(3, 0, 1, 0) + fs(4)
          + u8(0, 0x7F) + fs(8) + u8(0) + u8(*([1] * 11)) + u8(0) + fs(12))
    write("approval", "special-measures",
          u8(1, 3, 1, 1, 0, 0, 0) + fs(8) + u8(2) + u8(0, 2) + fs(4) + u8(3, 1) + u8(2, 1, 2) + fs(4)
          + u8(0, 0) + fs(8) + u8(0) + u8(*([0] * 11)) + u8(0) + fs(12))
    checks = [(err_bigger(7), FILL_STALE), (err_small(7), FILL_STALE)] * 3 + \
             [(ERR_FULL, FILL_STALE | FILL_INIT), (err_small(0), 0)] * 3
    write("approval", "error-structs",
          u8(0, 3, 0, 0, 1, 1, 0) + fs(8) + u8(3) + u8(0, 3) + fs(4) + u8(1, 3) + u8(3, 0, 1, 0) + fs(4)
          + u8(0, 0x7F) + fs(8) + u8(0) + u8(*([1] * 11)) + u8(0) + fs(12) + back(*checks))
    # every check refused: raw CCG facts, a purpose that is none, sections past H, a flag of 5
    write("approval", "error-structs-refused",
          u8(0xFF) + b"00Q\0" + s("Some CCG") + s("North") + u8(3) + u8(0, 0, 1, 7) + u8(0) + fs(8) + u8(3)
          + u8(0, 3) + fs(4) + u8(9, 3) + u8(3, 1, 0xFF) + u32(7) + u8(0) + fs(4) + u8(0xFF) + u32(0x1FF) + fs(8)
          + u8(0xFF) + u8(1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 1) + u8(0) + fs(12)
          + back(*[(err_bigger(k % 8), FILL_STALE) for k in range(12)]))
    write("approval", "ccg-code-without-nul", u8(0x80) + b"00QX" + u8(2, 0, 0, 1, 1, 0) + fs(4) + u8(3))

    write("scope", "delegated-functions", u8(3, 1, 0) + u8(3, 30) + u8(1, 2, 0, 0) + u8(5) + u8(0, 0, 20))
    write("scope", "raw-values", u8(250) + u32(0x80000000) + u8(200, 5, 250) + u32(7) + u8(3) + u8(7, 0xFF)
          + u32(0xFFFF) + u8(0, 200) + s("C-1") + u8(2, 250) + u32(0xFFFFFFF9) + u8(40))
    write("scope", "version-info-16", u8(*([0] * 24)) + u8(16))

    # roster: CSV files as typed, one per defect
    write("roster", "cr-only-quoted-break", b'name,category\r"Ann\rLay",lay\r"Bob",lay\rCat,nonsense\r')
    write("roster", "short-row", b"name,category,voting\nAnn,lay,yes\nBob\n")
    write("roster", "long-category-cut-in-e-acute",
          b"name,category\nAnn," + b"x" * 62 + "é".encode() + b"\n")
    write("roster", "name-not-utf8", b"name,category\nAnn\xff,lay\n")
    write("roster", "name-with-bel", b"name,category,position\nAnn\x07,lay,chair\nBob,lay,vice-chair\n")
    write("roster", "unclosed-quote-with-break", b'name,category\n"Ann,Lay\n')
    # parsers: an office's spellings (case 5: the words of a committee list)
    for fname, text in [("office-accountable-officer", b"Accountable  Officer"), ("office-cfo", b" CFO\t"),
                        ("office-gp-is-a-category", b"GP"), ("office-lay-ppi", b"lay member for PPI")]:
        write("parsers", fname, u8(5) + text)
    # tags, bodies and notes (the hash picks the terms: roster_csv pads with blank rows until it picks these)
    tagged = ("Name,Category,Voting,Position,Organisation,Tags\r\n"
              "Ms Ann Lay,Lay member,,Chair,NHS Example CCG,\"lay member for governance; quality lead\"\r\n"
              "Mr Bob Lay,lay,yes,vice-chair,,\"Lay Person,  Caf\u00e9 Lead\"\r\n"
              "Ms Cat Exec,Executive,,,NHS Example CCG,\"Accountable Officer, CFO\"\r\n"
              "Dr Dan GP,GP,no,,Riverside Practice,practising GP;registered nurse\r\n"
              "Mr Eve Area,NHS England,,,NHS England (Lancashire area team),deputy chief officer\r\n"
              "Ms Fay Area,NHS England,yes,,nhse,NHS England director\r\n"
              "Mr Gus Watch,Healthwatch,,,Healthwatch Example,\r\n"
              "Cllr Hal Board,HWB,,,Example Council,director of public health\r\n"
              "Dr Ida LMC,LMC,,,Example LMC,\"practice manager;\"\r\n").encode()
    write("roster", "tags-bodies-notes-named", roster_csv(tagged, "named", count_notes=True))
    write("roster", "tags-bodies-notes-clauses", roster_csv(tagged, "clauses", count_notes=False))
    write("roster", "tags-named-but-no-terms", roster_csv(tagged, None))
    write("roster", "tags-refused-terms", roster_csv(tagged, "refused"))
    write("roster", "tags-offices-only", roster_csv(b"name,category,tags\nAnn,lay,chief officer\n"
                                                    b"Bob,executive,\"CFO,,director of finance\"\nCat,lmc,\n", None))
    write("roster", "tags-unknown", roster_csv(b"name,category,tags\nAnn,lay,vicar\n", "named"))

    terms_seeds()


def terms_seeds():
    """terms: the example files as published, and texts as typed, one per
    kind of error (each line of the format, its limits, its text)."""
    examples = os.path.join(HERE, "..", "..", "examples", "data", "terms")
    for fname in sorted(os.listdir(examples)):
        with open(os.path.join(examples, fname), "rb") as f:
            write("terms", fname, f.read())
    good = {
        "every-key-crlf-bom": b"\xef\xbb\xbfmajority: present and entitled\r\ncasting vote: yes\r\n"
                              b"presiding: any\r\ntag: clinical lead\r\n"
                              b"quorum: at least 2 voting or non-voting members of lay, clinical lead as chair "
                              b"or vice-chair from each body\r\nmembership: all members of chief officer\r\n",
        "cr-only-tabs": b"majority:\tvotes cast\rquorum:\tat\tleast 1 any member of GP or cfo\r# done\r",
        "tag-nbsp-utf8": "tag: caf\u00e9\u00a0lead \U0001F600\nquorum: at least 1 member of CAF\u00c9 LEAD \U0001F600"
                         "\n".encode(),
        "sixteen-tags": b"".join(b"tag: group %d\n" % i for i in range(16)) + b"quorum: at least 1 member of group 15\n",
        "sixteen-clauses": b"".join(b"quorum: at least %d members\nmembership: all non-voting members\n" % i
                                    for i in range(16)),
        "n-1024-name-47": b"quorum: at least 1024 members\ntag: " + b"n" * 47 + b"\n",
    }
    bad = {
        "seventeen-clauses": good["sixteen-clauses"] + b"quorum: all members\n",
        "seventeen-tags": good["sixteen-tags"] + b"tag: one more\n",
        "n-1025": b"quorum: at least 1025 members\n",
        "name-48": b"tag: " + b"n" * 47 + "\u00e9".encode() + b"\n",
        "key-twice": b"casting vote: yes\n\ncasting vote: no\n",
        "unknown-key": b"colour: red\n",
        "no-colon": b"# terms\nquorum at least 3 members\n",
        "unknown-item": b"quorum: at least 2 members of lay, vicar or chief officer\n",
        "tag-is-office": b"tag: Accountable  Officer\n",
        "tag-with-of": b"tag: head of service\n",
        "nul-in-comment": b"quorum: all members # a\x00b\n",
        "bel-and-invalid-utf8": b"majority: votes cast\x07\ntag: caf\xe9\n",
        "c1-control": "tag: a\u0085b\n".encode(),
        "body-unknown": b"quorum: at least 1 member from Mars\r\n",
        "positions-empty": b"quorum: at least 1 member as chair or\r",
    }
    for name, data in list(good.items()) + list(bad.items()):
        write("terms", name, data)


if __name__ == "__main__":
    main()
