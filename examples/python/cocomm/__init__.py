# SPDX-License-Identifier: MIT
"""Python bindings for libcocomm, NHS England's primary care
co-commissioning policy as a C library. Pure ctypes: no compiler, no
third-party packages.

The library is found through $COCOMM_LIBRARY (a path), then the build
tree beside this package, then the system's libcocomm.so.2.

    import cocomm
    members = cocomm.read_roster("examples/data/delegated-committee.csv")
    for f in cocomm.validate_committee(members, kind="delegated"):
        print(f.severity.name, f.rule, f.message)
"""
import ctypes
import dataclasses
import datetime
import enum
import functools
from typing import Iterable, List, Optional, Sequence, Union

from . import _ffi
from ._ffi import lib

__all__ = [
    "CocommError", "RosterParseError", "Status", "Field", "Model", "Category", "Position", "CommitteeKind",
    "Severity", "Role", "Function", "Presiding", "Vote", "Outcome", "Finding", "Member", "Quorum",
    "Rule", "Milestone", "Submission", "DecisionResult", "version", "status_str", "parse_model",
    "rule", "rules", "function_role", "read_roster", "parse_roster", "validate_committee",
    "validate_committees", "check_decision", "timeline", "timeline_ics", "timeline_csv",
    "check_submission", "constitution_due", "parse_instant",
]


class Status(enum.IntEnum):
    OK = 0
    INVALID_ARGUMENT = -1
    BUFFER_TOO_SMALL = -2
    PARSE = -3
    OUT_OF_RANGE = -4
    STRUCT_SIZE = -5
    AMBIGUOUS = -6
    NOT_FOUND = -7


class Field(enum.IntEnum):
    """Which field of an input was wrong (enum cocomm_field); CocommError.field_id."""
    NONE = 0
    STRUCT_SIZE = 1
    ELEMENT_SIZE = 2
    COUNT = 3
    ARRAY = 4
    KIND = 5
    CATEGORY = 6
    VOTING = 7
    POSITION = 8
    NAME = 9
    BODY = 10
    CCG_CODES = 11
    QUORUM = 12
    CASTING_VOTE = 13
    PRESENT = 14
    CONFLICTED = 15
    VOTES = 16
    CASTING = 17
    ITEM = 18
    DATE = 19
    CONTRACT_AWARD = 20
    RESULT = 21
    FINDINGS = 22
    MODEL = 23
    ID = 24
    LABEL = 25
    SOURCE = 26
    NOTE = 27
    KEY = 28
    TITLE = 29
    MODELS = 30
    PRECISION = 31
    RANGE = 32
    TIME = 33
    SUBMISSION = 34
    PUBLISHED = 35
    RESERVED = 36
    ODS_CODE = 37
    FLAGS = 38
    PURPOSE = 39
    SECTIONS = 40
    TEXT = 41
    HEADER = 42


class Model(enum.IntEnum):
    NONE = 0
    GREATER_INVOLVEMENT = 1
    JOINT = 2
    DELEGATED = 3


class Category(enum.IntEnum):
    LAY = 1
    EXECUTIVE = 2
    CLINICAL = 3
    NHS_ENGLAND = 4
    HEALTHWATCH = 5
    HWB = 6
    LMC = 7
    OTHER = 8


class Position(enum.IntEnum):
    NONE = 0
    CHAIR = 1
    VICE_CHAIR = 2


class CommitteeKind(enum.IntEnum):
    DELEGATED = 1
    JOINT = 2
    IN_COMMON = 3
    GREATER_INVOLVEMENT = 4


class Presiding(enum.IntEnum):
    ANY = 0
    CHAIR_OR_VICE = 1
    CHAIR = 2


class Severity(enum.IntEnum):
    ERROR = 1
    WARNING = 2
    INFO = 3


class Role(enum.IntEnum):
    NONE = 0
    DISCUSSION = 1
    INVOLVEMENT = 2
    JOINT_AGREEMENT = 3
    JOINT = 4
    FULL = 5


class Function(enum.IntEnum):
    GENERAL_PRACTICE = 1
    PHARMACY_EYE_DENTAL = 2
    LOCAL_INCENTIVE_SCHEMES = 3
    BUDGET_MANAGEMENT = 4
    COMPLAINTS = 5
    PRACTICE_PERFORMANCE = 6
    PERFORMERS_LIST = 7
    CONTRACTS = 10
    ENHANCED_SERVICES = 11
    QOF_ALTERNATIVES = 12
    NEW_PRACTICES = 13
    PRACTICE_MERGERS = 14
    DISCRETIONARY_PAYMENTS = 15
    PAYMENTS_ADMINISTRATION = 100
    LIST_MANAGEMENT = 101
    NATIONAL_CONTRACT_TERMS = 102


class Vote(enum.IntEnum):
    NONE = 0
    FOR = 1
    AGAINST = 2
    ABSTAIN = 3


class Outcome(enum.IntEnum):
    UNDECIDED = 0
    CARRIED = 1
    DEFEATED = 2
    TIED = 3
    CARRIED_CASTING = 4
    DEFEATED_CASTING = 5


class CocommError(Exception):
    """A libcocomm call failed; .status is the Status it returned.

    Where the call takes a cocomm_error, the exception says what was wrong:
    .index is which member, milestone, row or contribution (None for the
    input as a whole), .field the field's name (cocomm_field_name: "category",
    "name", ...) and .field_id its Field, .message what is wrong in words;
    for text input (CSV), .line and .column (1-based) and .text, the
    offending text. These are None, 0 and "" where the library said nothing.
    A bad member reads "validate committee: member 2 (category): not a
    category (INVALID_ARGUMENT)"."""

    def __init__(self, status, what="", error=None, item="item"):
        self.status = Status(status) if status in Status._value2member_map_ else status
        self.index, self.field, self.field_id, self.message = None, None, None, None
        self.line, self.column, self.text = 0, 0, ""
        # message is NULL until the library reports something; an error struct
        # that tells of another status (it never should) is not this failure's.
        if error is not None and error.message is not None and error.status == status:
            self.index = error.index if error.index >= 0 else None
            self.field_id = Field(error.field) if error.field in Field._value2member_map_ else error.field
            self.field = lib.cocomm_field_name(error.field).decode()
            self.message = _s(error.message) or None
            self.line, self.column = error.line, error.column
            self.text = error.text.decode("utf-8", "replace")
        if self.message:
            where = self._where(item)
            text = (where + ": " if where else "") + self.message
            if self.text:
                text += ' "%s"' % self.text
        else:
            text = lib.cocomm_status_str(status).decode()
        super().__init__("%s%s (%s)" % (what + ": " if what else "", text, getattr(self.status, "name", status)))

    def _where(self, item):
        if self.line:
            return "line %d, column %d" % (self.line, self.column)
        if self.index is not None:
            # CCG codes are counted in their own array, not the members'.
            item = "CCG" if self.field_id == Field.CCG_CODES else item
            return "%s %d (%s)" % (item, self.index, self.field)
        return self.field if self.field_id != Field.NONE else ""


class RosterParseError(CocommError):
    """A committee list could not be read; .line, .column, .message and
    .text say where and why ("line 3, column 2: unknown category "Nurse"")."""

    def __init__(self, status, error):
        CocommError.__init__(self, status, "", error)


def _error():
    """A fresh cocomm_error for one call."""
    err = _ffi.Error()
    lib.cocomm_error_init(ctypes.byref(err))
    return err


def _check(status, what="", error=None, item="item"):
    if status != 0:
        raise CocommError(status, what, error, item)


def _s(b):
    return None if b is None else b.decode("utf-8")


def _enc(text):
    return text.encode("utf-8") if isinstance(text, str) else text


def version() -> str:
    return lib.cocomm_version_string().decode()


def status_str(status: int) -> str:
    return lib.cocomm_status_str(status).decode()


def _model(m) -> int:
    return parse_model(m) if isinstance(m, str) else int(m)


def parse_model(text: str) -> Model:
    """Any name rule M-2 lists ("Model 2", "full delegation", ...)."""
    out = ctypes.c_int32()
    raw = _enc(text)
    _check(lib.cocomm_model_parse(raw, len(raw), ctypes.byref(out)), "model %r" % text)
    return Model(out.value)


# ---- rules ----

@dataclasses.dataclass(frozen=True)
class Rule:
    id: str
    section: int
    force: str
    statement: str
    applies_to: str
    source: str


def _rule(p) -> Rule:
    r = p.contents
    return Rule(_s(r.id), r.section, lib.cocomm_force_name(r.force).decode(), _s(r.statement),
                _s(r.applies_to), _s(r.source))


def rule(identifier: str) -> Rule:
    p = lib.cocomm_rule_find(_enc(identifier))
    if not p:
        raise KeyError(identifier)
    return _rule(p)


def rules() -> List[Rule]:
    return [_rule(lib.cocomm_rule_at(i)) for i in range(lib.cocomm_rule_count())]


def function_role(model, function) -> Role:
    out = ctypes.c_int32()
    _check(lib.cocomm_function_role(_model(model), int(function), ctypes.byref(out)))
    return Role(out.value)


# ---- findings ----

@dataclasses.dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    subject: int
    message: str
    source: str


@functools.lru_cache(maxsize=None)
def _rule_of(rule_id: int):
    """(identifier, source) of a finding's rule (enum cocomm_rule_id)."""
    p = lib.cocomm_rule_get(rule_id)
    return (_s(p.contents.id), _s(p.contents.source)) if p else (None, None)


class _Findings:
    """A findings array for the library's checks, reused across calls.

    A check runs once into an array sized generously at first; only if its
    findings did not fit (BUFFER_TOO_SMALL: count says how many there are)
    is the array grown to that count and the check run once more. The array
    keeps its size for the next check. Texts are made by
    cocomm_finding_format, with the committee so that members are named."""

    FIRST_CAPACITY = 64
    FIRST_TEXT = 1024  # two names of COCOMM_NAME_MAX bytes and the words around them

    def __init__(self, capacity: int = FIRST_CAPACITY):
        self._grow(capacity)
        self.text = ctypes.create_string_buffer(self.FIRST_TEXT)
        self.needed = ctypes.c_size_t()

    def _grow(self, capacity):
        self.capacity = max(int(capacity), 1)
        self.items = (_ffi.Finding * self.capacity)()
        self.findings = _ffi.Findings()
        lib.cocomm_findings_init(ctypes.byref(self.findings), self.items, self.capacity)

    def run(self, call, what, committee=None, item="item") -> List["Finding"]:
        """call(pointer to cocomm_findings, pointer to cocomm_error) runs one
        check; committee (a pointer, or None) names members in the texts. A
        refused input raises CocommError saying which item (the word for
        what the check's index counts) and field, and what is wrong."""
        err = _error()
        st = call(ctypes.byref(self.findings), ctypes.byref(err))
        if st == Status.BUFFER_TOO_SMALL and self.findings.count > self.capacity:
            self._grow(self.findings.count)
            st = call(ctypes.byref(self.findings), ctypes.byref(err))
        _check(st, what, err, item)
        return [self._finding(self.items[i], committee) for i in range(self.findings.count)]

    def _text(self, f, committee) -> str:
        st = lib.cocomm_finding_format(ctypes.byref(f), committee, self.text, len(self.text),
                                       ctypes.byref(self.needed))
        if st == Status.BUFFER_TOO_SMALL:
            self.text = ctypes.create_string_buffer(self.needed.value + 1)
            st = lib.cocomm_finding_format(ctypes.byref(f), committee, self.text, len(self.text),
                                           ctypes.byref(self.needed))
        _check(st, "finding text")
        return self.text.raw[:self.needed.value].decode("utf-8")

    def _finding(self, f, committee) -> "Finding":
        rule_id, source = _rule_of(f.rule)
        return Finding(rule_id, Severity(f.severity), f.subject, self._text(f, committee), source)


# ---- committees ----

@dataclasses.dataclass
class Member:
    name: str
    category: Category
    voting: bool = True
    position: Position = Position.NONE
    body: Optional[str] = None


@dataclasses.dataclass
class Quorum:
    min_voting: int = 0
    min_lay: int = 0
    min_executive: int = 0
    min_clinical: int = 0
    presiding: Presiding = Presiding.ANY
    presiding_lay: bool = False


def _category(c):
    if isinstance(c, str):
        out = ctypes.c_int32()
        raw = _enc(c)
        _check(lib.cocomm_category_parse(raw, len(raw), ctypes.byref(out)), "category %r" % c)
        return out.value
    return int(c)


def _kind(k):
    if isinstance(k, str):
        out = ctypes.c_int32()
        raw = _enc(k)
        _check(lib.cocomm_committee_kind_parse(raw, len(raw), ctypes.byref(out)), "committee kind %r" % k)
        return out.value
    return int(k)


class _CommitteeMemory:
    """A committee's C structs and the byte strings they point at, kept alive together."""

    def __init__(self, members: Sequence[Member], kind, quorum: Optional[Quorum], casting_vote=False):
        self.strings = []
        self.array = (_ffi.Member * max(len(members), 1))()
        for i, m in enumerate(members):
            c = self.array[i]
            lib.cocomm_member_init(ctypes.byref(c))
            c.category = _category(m.category)
            c.voting = int(bool(m.voting))
            c.position = int(m.position)
            c.name = self._keep(m.name)
            c.body = self._keep(m.body) if m.body is not None else None
        self.committee = _ffi.Committee()
        lib.cocomm_committee_init(ctypes.byref(self.committee))
        self.committee.kind = _kind(kind)
        self.committee.members = self.array
        self.committee.member_count = len(members)
        self.committee.casting_vote = int(bool(casting_vote))
        if quorum is not None:
            q = self.committee.quorum
            q.min_voting, q.min_lay = quorum.min_voting, quorum.min_lay
            q.min_executive, q.min_clinical = quorum.min_executive, quorum.min_clinical
            q.presiding, q.presiding_lay = int(quorum.presiding), int(bool(quorum.presiding_lay))

    def _keep(self, s):
        b = _enc(s)
        self.strings.append(b)
        return b


def _validate(mem: _CommitteeMemory, findings: _Findings, what: str) -> List[Finding]:
    committee = ctypes.byref(mem.committee)
    return findings.run(lambda fs, err: lib.cocomm_committee_assess(committee, fs, err), what, committee,
                        "member")


def validate_committee(members: Sequence[Member], kind="delegated", quorum: Optional[Quorum] = None) -> List[Finding]:
    """Findings for a committee's membership (C-1 to C-13)."""
    return _validate(_CommitteeMemory(members, kind, quorum), _Findings(), "validate committee")


def validate_committees(committees: Iterable[tuple]) -> List[Union[List[Finding], CocommError]]:
    """Validate many committees, one check each into one reused findings
    array: each item is (members, kind) or (members, kind, quorum). Returns,
    per committee, its findings or the CocommError its input caused (a bad
    committee does not stop the others)."""
    mems = [_CommitteeMemory(c[0], c[1], c[2] if len(c) > 2 else None) for c in committees]
    findings = _Findings()
    result = []
    for i, mem in enumerate(mems):
        try:
            result.append(_validate(mem, findings, "committee %d" % i))
        except CocommError as e:
            result.append(e)
    return result


def parse_roster(data: bytes) -> List[Member]:
    """Members from a CSV committee list (docs/csv.md). A list that cannot
    be read raises RosterParseError, saying the line, column and text."""
    data = _enc(data)
    err = _error()
    roster = _ffi.Roster()
    lib.cocomm_roster_init(ctypes.byref(roster), None, 0, None, 0)  # count what is needed
    st = lib.cocomm_roster_parse(data, len(data), 0, ctypes.byref(roster), ctypes.byref(err))
    if st == Status.BUFFER_TOO_SMALL:
        members = (_ffi.Member * max(roster.count, 1))()
        text = ctypes.create_string_buffer(max(roster.text_needed, 1))
        lib.cocomm_roster_init(ctypes.byref(roster), members, roster.count, text, len(text))
        st = lib.cocomm_roster_parse(data, len(data), 0, ctypes.byref(roster), ctypes.byref(err))
    if st != 0:
        if err.status == st and err.line:
            raise RosterParseError(st, err)
        raise CocommError(st, "roster", err)
    if roster.count == 0:
        return []
    return [Member(_s(m.name), Category(m.category), bool(m.voting), Position(m.position), _s(m.body))
            for m in members[:roster.count]]


def read_roster(path) -> List[Member]:
    with open(path, "rb") as f:
        return parse_roster(f.read())


@dataclasses.dataclass(frozen=True)
class DecisionResult:
    can_decide: bool
    quorate: bool
    presiding: Optional[int]
    eligible: int
    eligible_lay_executive: int
    withdrawn: int
    outcome: Outcome
    votes_for: int
    votes_against: int
    abstentions: int
    may_vote: List[int]
    findings: List[Finding]
    register_entry: str


def check_decision(members: Sequence[Member], kind="delegated", present=None, conflicted=(),
                   votes=None, quorum: Optional[Quorum] = None, casting_vote=False,
                   casting: Vote = Vote.NONE, contract_award=False, item=None,
                   date: Optional[datetime.date] = None) -> DecisionResult:
    """One agenda item (I-6, C-1, C-2, C-13, C-14). present and conflicted
    are member indices (present defaults to everyone); votes maps a member
    index to a Vote."""
    mem = _CommitteeMemory(members, kind, quorum, casting_vote)
    n = len(members)
    pres = (ctypes.c_uint8 * max(n, 1))(*[1 if present is None or i in present else 0 for i in range(n)])
    conf = (ctypes.c_uint8 * max(n, 1))(*[1 if i in conflicted else 0 for i in range(n)])
    d = _ffi.Decision()
    lib.cocomm_decision_init(ctypes.byref(d))
    d.present, d.conflicted = pres, conf
    if votes is not None:
        vs = (ctypes.c_int32 * max(n, 1))(*[int(votes.get(i, Vote.NONE)) for i in range(n)])
        d.votes = vs
    d.casting = int(casting)
    d.contract_award = int(bool(contract_award))
    item_b = _enc(item) if item else None
    d.item = item_b
    if date is not None:
        d.date = _ffi.Date(date.year, date.month, date.day)
    res = _ffi.DecisionResult()
    lib.cocomm_decision_result_init(ctypes.byref(res))
    may = (ctypes.c_uint8 * max(n, 1))()
    committee = ctypes.byref(mem.committee)
    findings = _Findings().run(lambda fs, err: lib.cocomm_decision_assess(
        committee, ctypes.byref(d), ctypes.byref(res), may, fs, err), "decision", committee, "member")
    need = ctypes.c_size_t()
    buf = ctypes.create_string_buffer(512)
    st = lib.cocomm_decision_format_register(committee, ctypes.byref(d), ctypes.byref(res), buf, len(buf),
                                   ctypes.byref(need))
    if st == Status.BUFFER_TOO_SMALL:
        buf = ctypes.create_string_buffer(need.value + 1)
        st = lib.cocomm_decision_format_register(committee, ctypes.byref(d), ctypes.byref(res), buf, len(buf),
                                       ctypes.byref(need))
    _check(st, "register entry")
    return DecisionResult(bool(res.can_decide), bool(res.quorate),
                          res.presiding if res.presiding >= 0 else None, res.eligible,
                          res.eligible_lay_executive, res.withdrawn, Outcome(res.outcome), res.votes_for,
                          res.votes_against, res.abstentions, [i for i in range(n) if may[i]], findings,
                          buf.value.decode("utf-8"))


# ---- timeline ----

def _date(d: _ffi.Date) -> Optional[datetime.date]:
    return datetime.date(d.year, d.month, d.day) if d.year else None


def _edition(key):
    p = lib.cocomm_edition_find(_enc(key)) if key else lib.cocomm_edition_default()
    if not p:
        raise KeyError(key)
    return p


@dataclasses.dataclass(frozen=True)
class Milestone:
    id: str
    kind: str
    label: str
    precision: str
    start: datetime.date
    end: datetime.date
    time: Optional[datetime.time]
    deadline: Optional[datetime.datetime]
    source: str
    note: str


def parse_instant(text: str) -> datetime.datetime:
    """An ISO 8601 time as libcocomm reads it (bare times are UK local)."""
    t = ctypes.c_int64()
    raw = _enc(text)
    _check(lib.cocomm_instant_parse(raw, len(raw), ctypes.byref(t)), "instant %r" % text)
    return datetime.datetime.fromtimestamp(t.value, datetime.timezone.utc)


def _instant(when) -> int:
    if isinstance(when, str):
        when = parse_instant(when)
    if when.tzinfo is None:
        raise ValueError("give an aware datetime, or a string (bare strings are UK local time)")
    return int(when.timestamp())


def timeline(model="none", edition: Optional[str] = None) -> List[Milestone]:
    """The milestones that apply to a model, in date order (T-1 to T-20)."""
    ed = _edition(edition)
    m = _model(model)
    count = ctypes.c_uint32()
    lib.cocomm_timeline_list(ed, m, None, 0, ctypes.byref(count))
    ptrs = (ctypes.POINTER(_ffi.Milestone) * max(count.value, 1))()
    _check(lib.cocomm_timeline_list(ed, m, ptrs, count.value, ctypes.byref(count)), "timeline")
    out = []
    for i in range(count.value):
        ms = ptrs[i].contents
        deadline = None
        if ms.kind == 1:
            t = ctypes.c_int64()
            _check(lib.cocomm_milestone_deadline(ptrs[i], ctypes.byref(t)))
            deadline = datetime.datetime.fromtimestamp(t.value, datetime.timezone.utc)
        out.append(Milestone(
            _s(ms.id), lib.cocomm_milestone_kind_name(ms.kind).decode(), _s(ms.label),
            lib.cocomm_precision_name(ms.precision).decode(), _date(ms.start), _date(ms.end),
            datetime.time(ms.minute_of_day // 60, ms.minute_of_day % 60) if ms.has_time else None,
            deadline, _s(ms.source) or "", _s(ms.note) or ""))
    return out


def _export(fn, *args) -> str:
    need = ctypes.c_size_t()
    fn(*args, None, 0, ctypes.byref(need))
    buf = ctypes.create_string_buffer(need.value + 1)
    _check(fn(*args, buf, need.value + 1, None), "export")
    return buf.raw[:need.value].decode("utf-8")


def timeline_ics(model="none", edition: Optional[str] = None, dtstamp=None) -> str:
    """The timeline as an iCalendar object (RFC 5545)."""
    ed = _edition(edition)
    stamp = ed.contents.published if dtstamp is None else _instant(dtstamp)
    return _export(lib.cocomm_calendar_format_ics, ed, _model(model), stamp)


def timeline_csv(model="none", edition: Optional[str] = None) -> str:
    return _export(lib.cocomm_calendar_format_csv, _edition(edition), _model(model))


@dataclasses.dataclass(frozen=True)
class Submission:
    on_time: bool
    deadline_id: str
    rule: str
    deadline: datetime.datetime
    late_by: datetime.timedelta
    go_live: Optional[datetime.date]
    consequence: str
    next_deadline_id: Optional[str]


def check_submission(model, submitted, edition: Optional[str] = None) -> Submission:
    """On time or late, by how much, and what follows (T-30, T-31, T-34)."""
    s = _ffi.Submission()
    lib.cocomm_submission_init(ctypes.byref(s))
    _check(lib.cocomm_submission_judge(_edition(edition), _model(model), _instant(submitted),
                                       ctypes.byref(s)), "submission")
    return Submission(bool(s.on_time), _s(s.deadline_id), _s(s.rule),
                      datetime.datetime.fromtimestamp(s.deadline, datetime.timezone.utc),
                      datetime.timedelta(seconds=s.late_by), _date(s.go_live) if s.go_live_fy else None,
                      lib.cocomm_lateness_name(s.consequence).decode(), _s(s.next_deadline_id))


def constitution_due(received: datetime.date):
    """(acknowledge by, decide by) for a constitution amendment request (T-32)."""
    ack, decide = _ffi.Date(), _ffi.Date()
    _check(lib.cocomm_timeline_constitution_due(_ffi.Date(received.year, received.month, received.day),
                                       ctypes.byref(ack), ctypes.byref(decide)), "constitution")
    return _date(ack), _date(decide)
