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


# ---- build.h: members and committees ----

CAT = {"lay": 0, "executive": 1, "clinical": 2, "nhse": 3, "healthwatch": 4, "hwb": 5, "lmc": 6, "other": 7}
POS = {"none": 0, "chair": 1, "vice": 2}


def name(text):
    return u8(0) + s(text)


def name_unterminated(fill, tail):
    """Mode 4: COCOMM_NAME_MAX + 1 bytes, no NUL, ending in tails[tail]
    (0 C3, 1 E2, 2 E2 82, 3 F0, 4 F0 9F, 5 F0 9F 98)."""
    return u8(4) + s(fill) + u8(tail)


def member(category, position="none", nm=None, body=None):
    sel = CAT[category] | (0x10 if body is not None else 0)
    out = u8(sel, POS[position]) + (nm if nm is not None else name("member"))
    if body is not None:
        out += body
    return out


def committee(members, kind=1, quorum=None, codes=()):
    """kind: 1 delegated, 2 joint; quorum: (voting, lay, exec, clinical, presiding, presiding_lay)."""
    out = u8(len(members), 0)
    for m in members:
        out += m
    q = (2 if quorum else 0) | len(codes) << 4
    out += u8(kind - 1, q)
    if quorum:
        out += u8(*quorum)
    for c in codes:
        out += u8(c)
    return out


SOUND = [member("lay", "chair", name("Ms Ann Lay")), member("lay", "vice", name("Mr Bob Lay")),
         member("executive", nm=name("Ms Cat Exec")), member("executive", nm=name("Mr Dan Exec")),
         member("clinical", nm=name("Dr Eve GP")), member("clinical", nm=name("Dr Fay GP")),
         member("nhse", nm=name("Mr Gus NHSE"), body=name("NHS England")),
         member("healthwatch", nm=name("Ms Hal Watch")), member("hwb", nm=name("Cllr Ida Board"))]


def decision(n, present=1, conflicted=(), votes=None, item=None, casting=0):
    """decision_make for n members: sel, per member presence/conflict/vote, casting."""
    sel = 1 | (2 if conflicted else 0) | (4 if votes else 0) | (0x10 if item is not None else 0)
    out = u8(sel)
    for i in range(n):
        x = present | (2 if i in conflicted else 0) | ((votes[i] if votes else 0) << 2)
        out += u8(x)
    out += u8(casting)
    if item is not None:
        out += u8(0) + s(item)
    return out


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

    sound = committee(SOUND, quorum=(4, 1, 1, 0, 1, 1), codes=(0,))
    n = len(SOUND)
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
    # defect 4: 1,023 names of 255 bytes that differ only in where their blanks fall; and the others
    template = bytes(i % 26 for i in range(245))
    for gen, fname in enumerate(["blanks-1023x255", "numbered-1024x250", "case-1024x245", "same-1024x245",
                                 "rotated-1024x245"]):
        write("scale", fname, u16(1022 if gen == 0 else 1023) + u8(245, gen, 0) + template + fs(8))
    write("scale", "same-100x245-error-structs", u16(99) + u8(245, 3, 0) + template + fs(8)
          + back(stale_big, (err_small(6), FILL_STALE)))

    # format: a committee, then findings (sel, rule, severity, message, subject, four values, tiny)
    def finding(rule, severity, message_index, subject, values, sel=0, tiny=0):
        return u8(sel, rule - 1, severity - 1, message_index, subject + 2) + u8(*[v + 2 for v in values]) + u8(tiny)
    write("format", "sound-each-message", sound + u8(7) + b"".join(
        finding(37, 1, k * 7, k, (k, 1, 2, 3), tiny=k) for k in range(8)))
    write("format", "members-out-of-range", sound + u8(3) + finding(37, 1, 14, 40, (40, 50, 60, 70)) +
          u8(1 | 2 | 4 | 8) + u8(230) + u32(0x80000000) + u8(201, 231) + u32(7) + u8(200, 201, 202, 203, 204, 5))
    write("format", "no-committee", committee([]) + u8(1) + finding(28, 1, 3, 0, (0, 0, 0, 0), sel=0x10))
    write("format", "names-unterminated",
          committee([member("lay", "chair", name_unterminated("abc", 2)), member("lay", nm=name("B\x07b"))])
          + u8(2) + finding(37, 1, 14, 1, (0, 1, 0, 0)) + finding(37, 1, 9, 0, (0, 1, 0, 0)))

    # decision: a committee, then decisions (decision, result size, findings, may_vote, a made-up result)
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


if __name__ == "__main__":
    main()
