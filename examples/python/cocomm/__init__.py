# SPDX-License-Identifier: MIT
"""Python bindings for libcocomm, NHS England's primary care
co-commissioning policy as a C library. Pure ctypes: no compiler, no
third-party packages.

The library is found through $COCOMM_LIBRARY (a path), then the build
tree beside this package, then the system's libcocomm.so.2.

    import cocomm
    terms = cocomm.Terms(quorum=[cocomm.Clause(min=4), cocomm.Clause(min=2, categories=["lay"])])
    members = cocomm.read_roster("examples/data/delegated-committee.csv")
    for f in members.notes + cocomm.validate_committee(members, kind="delegated", terms=terms):
        print(f.severity.name, f.rule, f.message)

A committee's terms of reference (quorum and membership clauses, the
majority's basis, the casting vote, who presides) are a Terms, built by
hand or read from a terms file (read_terms, docs/terms.md).

Install: python3 -m venv --system-site-packages v && v/bin/pip install
--no-build-isolation examples/python. The library loaded is
cocomm.library_path (found by cocomm.library_found_by: "COCOMM_LIBRARY",
"build tree" or "installed"); cocomm.__version__ is its version.

Input is checked before it reaches the library: a wrong type is a
TypeError, an unknown name or a value out of range a ValueError, each
saying which member and which field. Enums are taken as values or names
in any case (position="chair", votes={"Ann": "for"}); members as indices
or names wherever one is expected (conflicted, present, votes, chosen,
casting_by, stayed).

Many committees at once, in one call into the library:

    import json
    results = cocomm.validate_committees(json.load(open("committees.json")))
    results.counts, results.rows(), results[0]       # per committee
    results = cocomm.validate_rosters(["a.csv", "b.csv"])  # parsed by the library

Everything turns into plain data: x.to_dict(), cocomm.to_json(x), and
cocomm.to_dataframe(x) when pandas is installed (never required).
"""
import array
import ctypes
import dataclasses
import datetime
import enum
import functools
import itertools
import json
import operator
import os
from typing import (Any, Callable, ClassVar, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Set,
                    Tuple, Union, overload)

from . import _ffi
from ._ffi import lib

#: A model: a Model, its number, or a name ("delegated", "Model 3", "full delegation").
ModelLike = Union["Model", int, str]
#: A committee kind: a CommitteeKind, its number, or a name ("delegated", "joint", "in-common").
KindLike = Union["CommitteeKind", int, str]
#: One member of a committee: its index, or its name.
MemberRef = Union[int, str]
#: Members: one, or a collection of them (indices or names).
MemberRefs = Union[int, str, Iterable[Union[int, str]]]
#: A vote: a Vote, its number, or its name ("for", "against", "abstain", "none").
VoteLike = Union["Vote", int, str]

#: The loaded library's version (cocomm_version_string()), e.g. "2.1.0".
__version__: str = lib.cocomm_version_string().decode()
#: The file of the library loaded, and how it was found: "COCOMM_LIBRARY"
#: (that variable), "build tree" (a build directory of the checkout this
#: package sits in) or "installed" (the loader's search for libcocomm.so.2).
library_path: str = _ffi.library_path
library_found_by: str = _ffi.library_found_by
#: The optional C speedups (validate_committees() reads members' dicts in
#: C): the file loaded, and how it was found ("package", "build tree",
#: "COCOMM_SPEEDUPS"), or speedups_found_by says why there are none and
#: speedups_path is "". Results are the same either way.
speedups_path: str = _ffi.speedups_path
speedups_found_by: str = _ffi.speedups_found_by

__all__ = [
    "CocommError", "RosterParseError", "TermsParseError", "Status", "Field", "Model", "Category",
    "Position", "CommitteeKind", "Severity", "Role", "Function", "Vote", "Outcome", "Office", "Count",
    "ClauseBody", "Majority", "Preside", "Body", "Presided", "ItemRole", "Finding", "Member", "Clause",
    "Terms", "Roster", "Rule", "Milestone", "Submission", "DecisionResult", "version", "status_str",
    "parse_model", "parse_office", "rule", "rules", "function_role", "read_terms", "parse_terms",
    "read_roster", "parse_roster", "validate_committee", "validate_committees", "check_decision",
    "timeline", "timeline_ics", "timeline_csv", "check_submission", "constitution_due", "parse_instant",
    "spellings",
    "CycleVerdict", "Difference", "judge_cycle", "diff_editions", "rules_in_force",
    "NotFoundError", "Results", "validate_rosters", "to_json", "to_dataframe", "to_plain",
    "__version__", "library_path", "library_found_by", "speedups_path", "speedups_found_by",
]


def to_plain(obj: Any) -> Any:
    """obj as plain JSON data: enums as their names in lower case ("lay",
    "chair"; a flag as a list of names), dates and times in ISO 8601, a
    timedelta in seconds, records (anything with to_dict()) as dicts,
    sequences as lists, mappings with their keys as strings."""
    if obj is None or isinstance(obj, (bool, str, float)):
        return obj
    if isinstance(obj, enum.Flag):
        return [m.name.lower() for m in type(obj) if m.value and m in obj and m.name]
    if isinstance(obj, enum.Enum):
        return obj.name.lower() if obj.name else obj.value
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, (datetime.date, datetime.time)):
        return obj.isoformat()
    if isinstance(obj, datetime.timedelta):
        return obj.total_seconds()
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, Mapping):
        return {str(to_plain(k)): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, Exception):
        return {"error": type(obj).__name__, "message": str(obj)}
    raise TypeError("to_plain: cannot make plain data of %s" % type(obj).__name__)


def to_json(obj: Any, **kwargs: Any) -> str:
    """obj (a Finding, Member, DecisionResult, Results, Roster or a list of
    them...) as JSON text, enums as their names (to_plain()); keyword
    arguments go to json.dumps (indent=2, ...)."""
    return json.dumps(to_plain(obj), **kwargs)


class _Record:
    """to_dict() for the module's dataclasses."""

    def to_dict(self) -> Dict[str, Any]:
        """The fields as plain data: enums as their names, dates as ISO 8601 (to_plain())."""
        fields: Tuple[dataclasses.Field[Any], ...] = dataclasses.fields(self)
        return {f.name: to_plain(getattr(self, f.name)) for f in fields if not f.name.startswith("_")}


def to_dataframe(items: Any) -> Any:
    """A pandas DataFrame of items (Findings, Members, Results, a Roster,
    any records with to_dict()), one row each; enum columns are categorical
    with the enum's names as categories. Needs pandas, which the module
    never requires: ImportError says so when it is missing."""
    try:
        import pandas  # type: ignore[import]
    except ImportError as e:
        raise ImportError("cocomm.to_dataframe needs pandas (apt-get install python3-pandas)") from e
    if isinstance(items, Results):
        rows = items.records()
    else:
        items = list(items)
        rows = [x.to_dict() if hasattr(x, "to_dict") else dict(x) for x in items]
    frame = pandas.DataFrame(rows)
    sample = items.sample_record() if isinstance(items, Results) else (items[0] if items else None)
    for col in list(frame.columns):
        value = getattr(sample, col, None) if sample is not None else None
        if isinstance(value, enum.Enum) and not isinstance(value, enum.Flag):
            names = [m.name.lower() for m in type(value)]
            frame[col] = pandas.Categorical(frame[col], categories=names)
    return frame


class NotFoundError(KeyError, ValueError):
    """An identifier that names nothing: a rule, an edition. A ValueError
    (bad input) and, as before 2.1, a KeyError."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class Status(enum.IntEnum):
    """What a libcocomm call returned (enum cocomm_status): CocommError.status."""
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
    TERMS = 43
    TAGS = 44
    BODY_KIND = 45
    CLAUSE = 46
    MAJORITY = 47
    PRESIDING = 48
    CHOSEN = 49
    CASTING_BY = 50
    STAYED = 51
    TAG_NAME = 52


class Model(enum.IntEnum):
    """The three co-commissioning models, and none (enum cocomm_model; M-1, M-2)."""
    NONE = 0
    GREATER_INVOLVEMENT = 1
    JOINT = 2
    DELEGATED = 3


class Category(enum.IntEnum):
    """A member's category (enum cocomm_category): the interest that matters for conflicts."""
    LAY = 1
    EXECUTIVE = 2
    CLINICAL = 3
    NHS_ENGLAND = 4
    HEALTHWATCH = 5
    HWB = 6
    LMC = 7
    OTHER = 8


class Position(enum.IntEnum):
    """The office a member holds on the committee (enum cocomm_position)."""
    NONE = 0
    CHAIR = 1
    VICE_CHAIR = 2


class CommitteeKind(enum.IntEnum):
    """Kinds of committee (enum cocomm_committee_kind): which rules apply."""
    DELEGATED = 1
    JOINT = 2
    IN_COMMON = 3
    GREATER_INVOLVEMENT = 4


class Body(enum.IntEnum):
    """The body a member belongs to (enum cocomm_body; Member.body_kind)."""
    UNSTATED = 0     # the category says it: NHS England, or the committee's CCG
    NHS_ENGLAND = 1
    CCG = 2          # the CCG at index Member.body_ccg of the committee's ccg_codes
    OTHER = 3        # neither (a local authority, Healthwatch, the LMC)


class Office(enum.IntEnum):
    """Offices that terms of reference name (enum cocomm_office): tags 0 to 12.
    Tags 16 to 31 are named by the terms themselves (Terms.tag_names)."""
    CHIEF_OFFICER = 0
    CHIEF_FINANCE_OFFICER = 1
    DIRECTOR_OF_COMMISSIONING = 2
    DIRECTOR_OF_NURSING = 3
    REGISTERED_NURSE = 4
    SECONDARY_CARE_DOCTOR = 5
    GP = 6
    LAY_MEMBER_GOVERNANCE = 7
    LAY_MEMBER_PPI = 8
    LAY_PERSON = 9
    NHS_ENGLAND_DIRECTOR = 10
    DIRECTOR_OF_PUBLIC_HEALTH = 11
    PRACTICE_MANAGER = 12


class Count(enum.IntEnum):
    """Which members a clause counts, by their vote (enum cocomm_count)."""
    VOTING = 0
    NON_VOTING = 1
    ANY = 2


class ClauseBody(enum.IntEnum):
    """Which body a clause's members belong to (enum cocomm_clause_body)."""
    ANY = 0
    NHS_ENGLAND = 1
    CCG = 2
    EACH_BODY = 3


class Majority(enum.IntEnum):
    """The basis of a simple majority (C-14, enum cocomm_majority)."""
    VOTES_CAST = 0
    PRESENT_AND_ENTITLED = 1


class Preside(enum.IntEnum):
    """Who may preside when neither chair nor vice-chair can (C-15, enum cocomm_preside)."""
    BY_KIND = 0
    LAY = 1
    ANY = 2


class Presided(enum.IntEnum):
    """How the member presiding over an item came to preside (enum cocomm_presided)."""
    NONE = 0
    CHAIR = 1
    VICE_CHAIR = 2
    CHOSEN = 3
    TO_CHOOSE = 4


class ItemRole(enum.IntFlag):
    """What a member may do on an item (enum cocomm_item_role): DecisionResult.roles."""
    NONE = 0
    MAY_VOTE = 1
    MAY_PRESIDE = 2
    PRESIDES = 4
    WITHDRAWN = 8
    COUNTED = 16


class Severity(enum.IntEnum):
    """A finding's severity, from the force of the rule it cites."""
    ERROR = 1
    WARNING = 2
    INFO = 3


class Role(enum.IntEnum):
    """A CCG's role in a commissioning function under a model (enum cocomm_role)."""
    NONE = 0
    DISCUSSION = 1
    INVOLVEMENT = 2
    JOINT_AGREEMENT = 3
    JOINT = 4
    FULL = 5


class Function(enum.IntEnum):
    """Primary care commissioning functions (enum cocomm_function); function_role() takes them by name too."""
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
    """A member's vote on an item (enum cocomm_vote); check_decision() takes names ("for")."""
    NONE = 0
    FOR = 1
    AGAINST = 2
    ABSTAIN = 3


class Outcome(enum.IntEnum):
    """What became of an item put to the vote (enum cocomm_outcome)."""
    UNDECIDED = 0
    CARRIED = 1
    DEFEATED = 2
    TIED = 3
    CARRIED_CASTING = 4
    DEFEATED_CASTING = 5
    NOT_CARRIED = 6  # present and entitled: not more than half for, no tie, not more against than for


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

    def __init__(self, status: Any, what: Any = "", error: Any = None, item: Any = "item") -> None:
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

    def _where(self, item: Any) -> Any:
        if self.line:
            return "line %d, column %d" % (self.line, self.column)
        if self.index is not None:
            # CCG codes are counted in their own array, not the members'.
            item = "CCG" if self.field_id == Field.CCG_CODES else item
            return "%s %d (%s)" % (item, self.index, self.field)
        return self.field if self.field_id != Field.NONE else ""


class _UnknownWord(CocommError, ValueError):
    """A word the library does not know for an enum: a CocommError (PARSE)
    and a ValueError."""


class RosterParseError(CocommError):
    """A committee list could not be read; .line, .column, .message and
    .text say where and why ("line 3, column 2: unknown category "Nurse"")."""

    def __init__(self, status: Any, error: Any) -> None:
        CocommError.__init__(self, status, "", error)


class TermsParseError(CocommError):
    """Terms of reference could not be read; .line, .column, .message and
    .text say where and why."""

    def __init__(self, status: Any, error: Any, what: Any = "") -> None:
        CocommError.__init__(self, status, what, error)


def _error() -> Any:
    """A fresh cocomm_error for one call."""
    err = _ffi.Error()
    lib.cocomm_error_init(ctypes.byref(err))
    return err


def _check(status: Any, what: Any = "", error: Any = None, item: Any = "item") -> None:
    if status != 0:
        raise CocommError(status, what, error, item)


def _s(b: Any) -> Any:
    return None if b is None else b.decode("utf-8")


def _enc(text: Any) -> Any:
    return text.encode("utf-8") if isinstance(text, str) else text


def version() -> str:
    """The loaded library's version ("2.1.0"); also cocomm.__version__."""
    return str(lib.cocomm_version_string().decode())


def status_str(status: int) -> str:
    """A status in words (cocomm_status_str)."""
    return str(lib.cocomm_status_str(status).decode())


def _model(m: "ModelLike") -> int:
    if isinstance(m, str):
        key = m.strip().upper().replace("-", "_").replace(" ", "_")
        return int(Model[key]) if key in Model.__members__ else int(parse_model(m))
    return int(_enum(Model, m, what="model"))


def parse_model(text: str) -> Model:
    """Any name rule M-2 lists ("Model 2", "full delegation", ...)."""
    out = ctypes.c_int32()
    raw = _enc(text)
    _check(lib.cocomm_model_parse(raw, len(raw), ctypes.byref(out)), "model %r" % text)
    return Model(out.value)


# ---- rules ----

@dataclasses.dataclass(frozen=True)
class Rule(_Record):
    """One rule of the rulebook (docs/rules.md): its identifier, section,
    force ("must", "should", ...), statement, what it applies to and the
    policy paragraph it comes from."""
    id: str
    section: int
    force: str
    statement: str
    applies_to: str
    source: str


def _rule(p: Any) -> Rule:
    r = p.contents
    return Rule(_s(r.id), r.section, lib.cocomm_force_name(r.force).decode(), _s(r.statement),
                _s(r.applies_to), _s(r.source))


def rule(identifier: str) -> Rule:
    """One rule by its identifier ("C-1", "T-30"); NotFoundError if there is none."""
    if not isinstance(identifier, str):
        raise TypeError("rule: identifier must be a str such as 'C-1', not %s" % type(identifier).__name__)
    p = lib.cocomm_rule_find(_enc(identifier))
    if not p:
        raise NotFoundError("no rule %r (cocomm.rules() lists them)" % identifier)
    return _rule(p)


def rules() -> List[Rule]:
    """Every rule of the rulebook, in order."""
    return [_rule(lib.cocomm_rule_at(i)) for i in range(lib.cocomm_rule_count())]


def function_role(model: "ModelLike", function: Union[Function, int, str]) -> Role:
    """The role a CCG has in a commissioning function under a model; both
    may be given by name ("delegated", "contracts")."""
    out = ctypes.c_int32()
    _check(lib.cocomm_function_role(_model(model), int(_enum(Function, function, what="function")),
                                    ctypes.byref(out)), "function role")
    return Role(out.value)


# ---- findings ----

@dataclasses.dataclass(frozen=True)
class Finding(_Record):
    """What a check found: the rule it cites ("C-1"), its severity, its
    subject (a member's index, or -1 for none; member_name is that
    member's name), the message in words and the rule's source."""
    rule: str
    severity: Severity
    subject: int
    message: str
    source: str
    member_name: Optional[str] = None


@functools.lru_cache(maxsize=None)
def _rule_of(rule_id: int) -> Any:
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

    def _grow(self, capacity: Any) -> None:
        self.capacity = max(int(capacity), 1)
        self.items = (_ffi.Finding * self.capacity)()
        self.findings = _ffi.Findings()
        lib.cocomm_findings_init(ctypes.byref(self.findings), self.items, self.capacity)

    def run(self, call: Callable[[Any, Any], int], what: str, committee: Any = None, item: str = "item",
            names: Optional[Sequence[str]] = None) -> List["Finding"]:
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
        return [self._finding(self.items[i], committee, names) for i in range(self.findings.count)]

    def _text(self, f: Any, committee: Any) -> str:
        st = lib.cocomm_finding_format(ctypes.byref(f), committee, self.text, len(self.text),
                                       ctypes.byref(self.needed))
        if st == Status.BUFFER_TOO_SMALL:
            self.text = ctypes.create_string_buffer(self.needed.value + 1)
            st = lib.cocomm_finding_format(ctypes.byref(f), committee, self.text, len(self.text),
                                           ctypes.byref(self.needed))
        _check(st, "finding text")
        return self.text.raw[:self.needed.value].decode("utf-8")

    def _finding(self, f: Any, committee: Any, names: Optional[Sequence[str]] = None) -> "Finding":
        rule_id, source = _rule_of(f.rule)
        who = names[f.subject] if names is not None and 0 <= f.subject < len(names) else None
        return Finding(rule_id, Severity(f.severity), f.subject, self._text(f, committee), source, who)


# ---- committees: terms of reference ----

def _lookup(parse: Any, text: str, what: str) -> int:
    out = ctypes.c_int32()
    raw = _enc(text)
    st = parse(raw, len(raw), ctypes.byref(out))
    if st != 0:
        raise _UnknownWord(st, "%s %r" % (what, text))
    return int(out.value)


def _enum(cls: Any, value: Any, parse: Any = None, what: str = "") -> Any:
    """An enum value from itself, its int, its Python name ("present_and_entitled",
    "EACH_BODY", case-insensitive) or, with parse, a spelling the library
    reads. Anything else is a TypeError; an unknown name a ValueError."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError("%s: expected a %s, its name or its number, not %s %r"
                        % (what or cls.__name__, cls.__name__, type(value).__name__, value))
    if isinstance(value, str):
        key = value.strip().upper().replace("-", "_").replace(" ", "_")
        if key in cls.__members__:
            return cls[key]
        if parse is not None:
            return cls(_lookup(parse, value, what))
        raise ValueError("%s: %r is not a %s (%s)" % (what or cls.__name__, value, cls.__name__,
                                                     ", ".join(m.lower() for m in cls.__members__)))
    if int(value) not in cls._value2member_map_:
        raise ValueError("%s: %d is not a %s (%s)" % (what or cls.__name__, value, cls.__name__,
                                                     ", ".join("%s=%d" % (m.name.lower(), m) for m in cls)))
    return cls(int(value))


def parse_office(text: str) -> Office:
    """An office from the spellings terms and committee lists use ("Chief
    Officer", "accountable officer", "CFO", "practising GP", ...)."""
    return Office(_lookup(lib.cocomm_office_parse, text, "office"))


def _tag(value: Any, tag_names: Mapping[int, str]) -> Any:
    """A tag number: an Office, an int, an office's spelling, or a name the terms give."""
    if not isinstance(value, str):
        v = int(value)
        return Office(v) if v in Office._value2member_map_ else v
    want = " ".join(value.lower().split())
    for tag, name in tag_names.items():  # a name the terms declare comes first, as in the library
        if " ".join(name.lower().split()) == want:
            return tag
    raw = _enc(value)
    out = ctypes.c_int32()
    if lib.cocomm_office_parse(raw, len(raw), ctypes.byref(out)) == 0:
        return Office(out.value)
    raise ValueError("tag %r: not an office, nor a tag the terms of reference name" % value)


def _tags(values: Any, tag_names: Mapping[int, str]) -> Tuple[Any, ...]:
    if isinstance(values, (str, int)):
        values = [values]
    return tuple(sorted({_tag(v, tag_names) for v in values}))


def _bits(values: Any) -> int:
    out = 0
    for v in values:
        out |= 1 << int(v)
    return out


def _from_bits(bits: int, cls: Any = None) -> Tuple[Any, ...]:
    out = tuple(i for i in range(32) if bits >> i & 1)
    return tuple(cls(i) if cls is not None and i in cls._value2member_map_ else i for i in out)


@dataclasses.dataclass
class Clause(_Record):
    """"At least min members of a set" (C-13): those whose category is in
    categories or who hold one of tags (both empty: every member), holding
    one of positions (empty: any), counted by voting and belonging to
    body. min=Clause.ALL: every member of the set must attend. Categories,
    positions and tags may be given as enum values or as the spellings a
    committee list uses ("lay member", "vice-chair", "chief officer"); a
    tag the terms name themselves resolves against Terms.tag_names."""
    min: int = 1
    categories: Sequence[Any] = ()
    tags: Sequence[Any] = ()
    positions: Sequence[Any] = ()
    voting: Count = Count.VOTING
    body: ClauseBody = ClauseBody.ANY
    ALL: ClassVar[int] = -1

    def __post_init__(self) -> None:
        def one(v: Any) -> Any:
            return [v] if isinstance(v, (str, int)) else v
        self.min = int(self.min)
        self.categories = tuple(sorted({Category(_category(c)) for c in one(self.categories)}))
        self.positions = tuple(sorted({_enum(Position, p, lib.cocomm_position_parse, "position")
                                       for p in one(self.positions)}))
        self.voting = _enum(Count, self.voting, what="count (voting, non_voting, any)")
        self.body = _enum(ClauseBody, self.body, what="clause body (any, nhs_england, ccg, each_body)")
        # Offices resolve now; names the terms give, when the Terms is made.
        self.tags = tuple(one(self.tags))
        try:
            self.tags = _tags(self.tags, {})
        except ValueError:
            pass

    def _to_c(self, c: _ffi.Clause, tag_names: Any) -> None:
        c.min = self.min
        c.categories = _bits(self.categories)
        c.tags = _bits(_tags(self.tags, tag_names))
        c.positions = _bits(self.positions)
        c.voting, c.body = int(self.voting), int(self.body)

    @classmethod
    def _from_c(cls, c: _ffi.Clause) -> "Clause":
        return cls(c.min, _from_bits(c.categories, Category), _from_bits(c.tags, Office),
                   _from_bits(c.positions, Position), c.voting, c.body)


def _clauses(value: Any) -> List[Clause]:
    """A quorum or membership: a list of Clauses, one Clause, or a number
    (that many voting members: the old simple quorum)."""
    if value is None:
        return []
    if isinstance(value, Clause):
        return [value]
    if isinstance(value, int):
        return [Clause(min=value)] if value > 0 else []
    return [c if isinstance(c, Clause) else Clause(c) for c in value]


@dataclasses.dataclass
class Terms(_Record):
    """A committee's terms of reference (terms.h, docs/terms.md): quorum
    and membership clauses (a quorum is met when every clause is), the
    majority's basis (C-14), whether whoever presides has a casting vote
    (C-16), who may preside when neither chair nor vice-chair can (C-15),
    and the names of the tags 16 to 31 (a dict {tag: name}, or a list whose
    first name is tag 16). Terms(quorum=3) is the old simple quorum, "at
    least 3 voting members": Terms(quorum=[Clause(min=3)])."""
    quorum: Sequence[Clause] = ()
    membership: Sequence[Clause] = ()
    majority: Majority = Majority.VOTES_CAST
    casting_vote: bool = False
    presiding: Preside = Preside.BY_KIND
    tag_names: Mapping[int, str] = dataclasses.field(default_factory=dict)

    TAG_FIRST_NAMED: ClassVar[int] = _ffi.TAG_FIRST_NAMED

    def __post_init__(self) -> None:
        names = self.tag_names
        if not isinstance(names, Mapping):
            names = {_ffi.TAG_FIRST_NAMED + i: n for i, n in enumerate(names)}
        self.tag_names = {int(k): v for k, v in sorted(names.items()) if v}
        self.quorum = _clauses(self.quorum)
        self.membership = _clauses(self.membership)
        for c in self.quorum + self.membership:
            c.tags = _tags(c.tags, self.tag_names)
        self.majority = _enum(Majority, self.majority, what="majority (votes_cast, present_and_entitled)")
        self.casting_vote = bool(self.casting_vote)
        self.presiding = _enum(Preside, self.presiding, what="presiding rule (by_kind, lay, any)")

    def _to_c(self) -> _ffi.Terms:
        t = _ffi.Terms()
        lib.cocomm_terms_init(ctypes.byref(t))
        if len(self.quorum) > _ffi.CLAUSES_MAX or len(self.membership) > _ffi.CLAUSES_MAX:
            raise ValueError("terms hold at most %d quorum and %d membership clauses"
                             % (_ffi.CLAUSES_MAX, _ffi.CLAUSES_MAX))
        t.majority, t.casting_vote, t.presiding = int(self.majority), int(self.casting_vote), int(self.presiding)
        t.quorum_count, t.membership_count = len(self.quorum), len(self.membership)
        for i, c in enumerate(self.quorum):
            c._to_c(t.quorum[i], self.tag_names)
        for i, c in enumerate(self.membership):
            c._to_c(t.membership[i], self.tag_names)
        for tag, name in self.tag_names.items():
            raw = _enc(name)
            k = tag - _ffi.TAG_FIRST_NAMED
            if not 0 <= k < _ffi.TAGS_MAX - _ffi.TAG_FIRST_NAMED or len(raw) >= _ffi.TAG_NAME_SIZE:
                raise ValueError("tag %d %r: named tags are 16 to 31, names at most %d bytes"
                                 % (tag, name, _ffi.TAG_NAME_SIZE - 1))
            t.tag_names[k].value = raw
        return t

    @classmethod
    def _from_c(cls, t: _ffi.Terms) -> "Terms":
        names = {}
        for k in range(_ffi.TAGS_MAX - _ffi.TAG_FIRST_NAMED):
            raw = t.tag_names[k].value
            if raw:
                names[_ffi.TAG_FIRST_NAMED + k] = raw.decode("utf-8")
        return cls([Clause._from_c(t.quorum[i]) for i in range(min(t.quorum_count, _ffi.CLAUSES_MAX))],
                   [Clause._from_c(t.membership[i]) for i in range(min(t.membership_count, _ffi.CLAUSES_MAX))],
                   t.majority, bool(t.casting_vote), t.presiding, names)

    def check(self) -> None:
        """Raise CocommError if the library would refuse these terms (cocomm_terms_check)."""
        t, err = self._to_c(), _error()
        _check(lib.cocomm_terms_check(ctypes.byref(t), ctypes.byref(err)), "terms", err, "clause")

    def format(self) -> str:
        """The terms in the text format of docs/terms.md; parse_terms() reads it back."""
        t = self._to_c()
        need = ctypes.c_size_t()
        st = lib.cocomm_terms_format(ctypes.byref(t), None, 0, ctypes.byref(need))
        if st not in (Status.OK, Status.BUFFER_TOO_SMALL):
            _check(st, "format terms")
        buf = ctypes.create_string_buffer(need.value + 1)
        _check(lib.cocomm_terms_format(ctypes.byref(t), buf, len(buf), ctypes.byref(need)), "format terms")
        return buf.raw[:need.value].decode("utf-8")

    def tag(self, name: Any) -> int:
        """The tag number of an office's spelling or of a name these terms give."""
        return int(_tag(name, self.tag_names))

    def tag_name(self, tag: int) -> str:
        """An office's name, or the name these terms give a tag; "unknown" otherwise."""
        if int(tag) in self.tag_names:
            return self.tag_names[int(tag)]
        return str(lib.cocomm_terms_tag_name(None, int(tag)).decode("utf-8"))


def parse_terms(text: Union[str, bytes], what: str = "") -> Terms:
    """Terms of reference written in the text format of docs/terms.md. Text
    that cannot be read raises TermsParseError, saying the line, column,
    what was expected and the offending text."""
    data = _enc(text)
    t, err = _ffi.Terms(), _error()
    lib.cocomm_terms_init(ctypes.byref(t))
    st = lib.cocomm_terms_parse(data, len(data), 0, ctypes.byref(t), ctypes.byref(err))
    if st != 0:
        if err.status == st and err.line:
            raise TermsParseError(st, err, what)
        raise CocommError(st, what or "terms", err)
    return Terms._from_c(t)


def read_terms(path: Union[str, "os.PathLike[str]"]) -> Terms:
    """Terms of reference from a terms file (docs/terms.md). A parse error
    raises TermsParseError, whose text starts with the path."""
    with open(path, "rb") as f:
        return parse_terms(f.read(), str(path))


# ---- committees: members ----

@dataclasses.dataclass
class Member:
    """A committee member. body is the organisation represented, for
    printing ("NHS Example Coast CCG"); body_kind says which body the member
    belongs to (C-7, C-17, quorum clauses by body): Body.NHS_ENGLAND,
    Body.CCG with body_ccg the index (or the ODS code) of one of the
    committee's ccg_codes, Body.OTHER, or Body.UNSTATED to let the category
    say. tags are the offices held (Office values or spellings such as
    "chief officer") and tags the committee's terms name."""
    name: str
    category: Category
    voting: bool = True
    position: Position = Position.NONE
    body: Optional[str] = None
    tags: Sequence[Any] = ()
    body_kind: Body = Body.UNSTATED
    body_ccg: Union[int, str] = 0

    def __post_init__(self) -> None:
        """Check every field's type and read enums from their names: a
        wrong type is a TypeError, an unknown name a ValueError, both
        naming the field, before anything reaches the library."""
        who = "Member(%r)" % (self.name,)
        if not isinstance(self.name, str):
            raise TypeError("Member.name must be a str, not %s %r" % (type(self.name).__name__, self.name))
        if "\0" in self.name:  # C would read the name only up to it
            raise ValueError("%s.name: a NUL character, which no name may hold" % who)
        self.category = Category(_field(who, "category", _category, self.category))
        self.voting = _field(who, "voting", _yes_no, self.voting)
        self.position = Position(_field(who, "position", _position, self.position))
        if self.body is not None and not isinstance(self.body, str):
            raise TypeError("%s.body must be a str or None, not %s" % (who, type(self.body).__name__))
        self.body_kind = _field(who, "body_kind", lambda v: _enum(Body, v, what="body kind"), self.body_kind)
        if isinstance(self.body_ccg, bool) or not isinstance(self.body_ccg, (int, str)):
            raise TypeError("%s.body_ccg must be an index or an ODS code, not %s"
                            % (who, type(self.body_ccg).__name__))
        if isinstance(self.tags, (str, int)):
            self.tags = (self.tags,)
        elif not isinstance(self.tags, Iterable):
            raise TypeError("%s.tags must be offices or tag names, not %s" % (who, type(self.tags).__name__))
        else:
            self.tags = tuple(self.tags)
        for t in self.tags:
            if isinstance(t, bool) or not isinstance(t, (int, str)):
                raise TypeError("%s.tags: %r is neither an office nor a tag name" % (who, t))

    def to_dict(self) -> Dict[str, Any]:
        """The member as plain data: enums as their names (to_plain())."""
        return {f.name: to_plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _field(who: str, field: str, convert: Callable[[Any], Any], value: Any) -> Any:
    """convert(value), its error saying which member and which field."""
    try:
        return convert(value)
    except TypeError as e:
        raise TypeError("%s.%s: %s" % (who, field, e)) from None
    except ValueError as e:
        raise ValueError("%s.%s: %s" % (who, field, e)) from None


_YES_NO = {"yes": True, "y": True, "true": True, "voting": True, "1": True,
           "no": False, "n": False, "false": False, "non-voting": False, "non voting": False, "0": False}


def _yes_no(v: Any) -> bool:
    """A vote flag from a bool, 0 or 1, or yes/no words ("yes", "non-voting")."""
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        if v in (0, 1):
            return bool(v)
        raise ValueError("voting: %d is neither 0 nor 1" % v)
    if isinstance(v, str):
        key = " ".join(v.lower().split())
        if key in _YES_NO:
            return _YES_NO[key]
        raise ValueError("voting: %r is not yes or no" % v)
    raise TypeError("voting: expected a bool, not %s %r" % (type(v).__name__, v))


def _category(c: Any) -> int:
    """A category from a Category, its number, its name ("nhs_england") or
    a spelling a committee list uses ("Lay member", "GP")."""
    return int(_enum(Category, c, lib.cocomm_category_parse, "category"))


def _kind(k: Any) -> int:
    return int(_enum(CommitteeKind, k, lib.cocomm_committee_kind_parse, "committee kind"))


def _position(p: Any) -> int:
    return int(_enum(Position, p, lib.cocomm_position_parse, "position"))


def _body_of(m: Member, ccg_codes: Sequence[str]) -> Any:
    """(body_kind, body_ccg) of a member: an ODS code in body_ccg means that CCG."""
    kind = m.body_kind
    if isinstance(kind, str):
        kind = _enum(Body, kind, what="body (unstated, nhs_england, ccg, other)")
    ccg = m.body_ccg
    if isinstance(ccg, str):
        if ccg not in ccg_codes:
            raise ValueError("member %r: CCG %r is not one of the committee's ccg_codes %r"
                             % (m.name, ccg, list(ccg_codes)))
        ccg = list(ccg_codes).index(ccg)
        kind = Body.CCG if int(kind) == Body.UNSTATED else kind
    return int(kind), int(ccg)


def _member_of(i: int, m: Any) -> Member:
    """Member i of a committee, checked: a Member (checked again, since its
    fields may have been changed since it was made) or a dict of Member's
    fields. Errors say which member and which field."""
    try:
        if isinstance(m, Member):
            return dataclasses.replace(m)
        if isinstance(m, Mapping):
            unknown = set(m) - {f.name for f in dataclasses.fields(Member)}
            if unknown:
                raise ValueError("unknown field%s %s" % ("s" if len(unknown) > 1 else "", ", ".join(sorted(unknown))))
            if "name" not in m or "category" not in m:
                raise ValueError("a member needs a name and a category")
            return Member(**m)
    except (TypeError, ValueError) as e:
        raise type(e)("member %d: %s" % (i, e)) from None
    raise TypeError("member %d: expected a Member or a dict, not %s" % (i, type(m).__name__))


class _CommitteeMemory:
    """A committee's C structs and the byte strings they point at, kept alive together."""

    def __init__(self, members: Sequence[Any], kind: Any, terms: Optional[Terms] = None,
                 ccg_codes: Sequence[str] = (), name: Optional[str] = None):
        self.strings: List[bytes] = []
        if terms is not None and not isinstance(terms, Terms):
            raise TypeError("terms must be a Terms, not %s" % type(terms).__name__)
        if isinstance(members, (str, bytes)) or not isinstance(members, Iterable):
            raise TypeError("members must be a list of Member (or dicts), not %s" % type(members).__name__)
        if isinstance(ccg_codes, str) or any(not isinstance(c, str) for c in ccg_codes):
            raise TypeError("ccg_codes must be a list of ODS codes (str)")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a str, not %s" % type(name).__name__)
        members = [_member_of(i, m) for i, m in enumerate(members)]
        self.names = [m.name for m in members]
        tag_names = terms.tag_names if terms is not None else {}
        self.array = (_ffi.Member * max(len(members), 1))()
        for i, m in enumerate(members):
            c = self.array[i]
            lib.cocomm_member_init(ctypes.byref(c))
            c.category = _category(m.category)
            c.voting = int(bool(m.voting))
            c.position = _position(m.position)
            c.name = self._keep(m.name)
            c.body = self._keep(m.body) if m.body is not None else None
            c.body_kind, c.body_ccg = _body_of(m, ccg_codes)
            try:
                c.tags = _bits(_tags(m.tags, tag_names))
            except ValueError as e:
                raise ValueError("member %d (%s): %s" % (i, m.name, e)) from None
        self.committee = _ffi.Committee()
        lib.cocomm_committee_init(ctypes.byref(self.committee))
        self.committee.kind = _kind(kind)
        self.committee.name = self._keep(name) if name is not None else None
        self.committee.members = self.array
        self.committee.member_count = len(members)
        self.codes = (ctypes.c_char_p * max(len(ccg_codes), 1))(*[self._keep(c) for c in ccg_codes])
        self.committee.ccg_codes = self.codes if ccg_codes else None
        self.committee.ccg_count = len(ccg_codes)
        self.terms = terms._to_c() if terms is not None else None
        self.committee.terms = ctypes.pointer(self.terms) if self.terms is not None else None

    def _keep(self, s: Any) -> Any:
        b = _enc(s)
        self.strings.append(b)
        return b


def _terms(terms: Any, quorum: Any = None, **overrides: Any) -> Optional[Terms]:
    """The terms a call uses: terms (a Terms, or a quorum as _clauses
    reads it, for the old third argument), with quorum= and any of
    majority=, casting_vote=, presiding= that are not None replacing
    what terms say."""
    if terms is not None and not isinstance(terms, Terms):
        terms, quorum = None, terms if quorum is None else quorum
    changes = {k: v for k, v in overrides.items() if v is not None}
    if quorum is not None:
        changes["quorum"] = _clauses(quorum)
    if not changes:
        return terms  # type: ignore[no-any-return]
    base = terms if terms is not None else Terms()
    return dataclasses.replace(base, **changes)  # type: ignore[no-any-return]


def _validate(mem: _CommitteeMemory, findings: _Findings, what: str) -> List[Finding]:
    committee = ctypes.byref(mem.committee)

    def call(fs: Any, err: Any) -> int:
        return int(lib.cocomm_committee_assess(committee, fs, err))
    return findings.run(call, what, committee, "member", mem.names)


def validate_committee(members: Sequence[Member], kind: KindLike = "delegated", terms: Optional[Terms] = None, *,
                       quorum: Any = None, ccg_codes: Sequence[str] = (), name: Optional[str] = None) -> List[Finding]:
    """Findings for a committee's membership (C-1 to C-13). terms are its
    terms of reference (None: the library's defaults, no quorum set);
    quorum= replaces their quorum (a list of Clauses, or a number of voting
    members); ccg_codes are the ODS codes of the CCGs it serves."""
    mem = _CommitteeMemory(members, kind, _terms(terms, quorum), ccg_codes, name)
    return _validate(mem, _Findings(), "validate committee")


# ---- committees: lists in CSV ----

class Roster(List["Member"]):
    """The members of a committee list (a list of Member), with .notes: a
    Finding (information) for each member whose voting value was missing
    and defaulted (Healthwatch, Health and Wellbeing Board and LMC members
    to non-voting, everyone else to voting), and .terms, the terms its Tags
    column was read with (or None). What the parser found out about the
    file: .encoding ("UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or
    "Windows-1252"), .delimiter (",", ";" or "\t"), .header (the header
    row's cells), .column_kinds (what each column was read as: "name",
    "category", ..., "unused"), .unused_columns ((column number from 1,
    header) of each column the library does not read) and .lines (the line
    of the file each member's row starts on)."""

    def __init__(self, members: Any = (), notes: Any = (), terms: Optional[Terms] = None, encoding: str = "UTF-8",
                 delimiter: str = ",", header: Sequence[str] = (), column_kinds: Sequence[str] = (),
                 lines: Sequence[int] = ()) -> None:
        super().__init__(members)
        self.notes: List[Finding] = list(notes)
        self.terms = terms
        self.encoding = encoding
        self.delimiter = delimiter
        self.header: List[str] = list(header)
        self.column_kinds: List[str] = list(column_kinds)
        self.lines: List[int] = list(lines)

    @property
    def unused_columns(self) -> List[Tuple[int, str]]:
        return [(k + 1, h) for k, (h, kind) in enumerate(zip(self.header, self.column_kinds))
                if kind == "unused" and h]


def spellings() -> List[Dict[str, Any]]:
    """Every spelling the list reader accepts, from the library's one
    table: dicts with kind ("header" or "value"), column, text, and what a
    value gives (category, office, position, voting, body) or why a header
    is refused (note)."""
    out = []
    for i in range(lib.cocomm_roster_spelling_count()):
        sp = lib.cocomm_roster_spelling_at(i).contents
        out.append({"kind": "header" if sp.kind == 1 else "value", "column": _s(lib.cocomm_column_name(sp.column)),
                    "text": _s(sp.text),
                    "category": Category(sp.category) if sp.category >= 0 else None,
                    "office": Office(sp.tag) if 0 <= sp.tag < len(Office) else None,
                    "position": Position(sp.position) if sp.position >= 0 else None,
                    "voting": bool(sp.voting) if sp.voting >= 0 else None,
                    "body": Body(sp.body_kind) if sp.body_kind else None,
                    "note": _s(sp.note) if sp.note else None})
    return out


def parse_roster(data: Union[str, bytes], terms: Optional[Terms] = None) -> Roster:
    """Members from a CSV committee list (docs/csv.md), as a Roster (a list
    of Member with .notes). terms name the tags a Tags column may use
    beyond the offices. A list that cannot be read raises RosterParseError,
    saying the line, column and text."""
    data = _enc(data)
    err = _error()
    roster = _ffi.Roster()
    cterms = terms._to_c() if terms is not None else None
    lib.cocomm_roster_init(ctypes.byref(roster), None, 0, None, 0)  # count what is needed
    roster.terms = ctypes.pointer(cterms) if cterms is not None else None
    st = lib.cocomm_roster_parse(data, len(data), 0, ctypes.byref(roster), ctypes.byref(err))
    notes = _Findings(1)
    text = None
    if st == Status.BUFFER_TOO_SMALL:
        members = (_ffi.Member * max(roster.count, 1))()
        text = ctypes.create_string_buffer(max(roster.text_needed, 1))
        notes = _Findings(max(roster.count, 1))  # at most one note a member
        lines = (ctypes.c_uint32 * max(roster.count, 1))()
        lib.cocomm_roster_init(ctypes.byref(roster), members, roster.count, text, len(text))
        roster.terms = ctypes.pointer(cterms) if cterms is not None else None
        roster.findings = ctypes.pointer(notes.findings)
        roster.lines = lines
        st = lib.cocomm_roster_parse(data, len(data), 0, ctypes.byref(roster), ctypes.byref(err))
    if st != 0:
        if err.status == st and err.line:
            raise RosterParseError(st, err)
        raise CocommError(st, "roster", err)
    # The header's cells lie one after another at the start of the text.
    header, at = [], 0
    raw = ctypes.string_at(text, roster.text_needed) if text is not None and roster.header else b""
    for _k in range(roster.columns if raw else 0):
        end = raw.index(b"\0", at)
        header.append(raw[at:end].decode("utf-8"))
        at = end + 1
    about = dict(encoding=_s(lib.cocomm_encoding_name(roster.encoding)), delimiter=chr(roster.delimiter),
                 header=header, column_kinds=[_s(lib.cocomm_column_name(roster.column_kind[k]))
                                              for k in range(roster.columns)])
    if roster.count == 0:
        return Roster([], [], terms, **about)
    ms = members[:roster.count]
    # The notes name members: a committee over the parsed members lends the names.
    committee = _ffi.Committee()
    lib.cocomm_committee_init(ctypes.byref(committee))
    committee.members, committee.member_count = members, roster.count
    committee.terms = roster.terms
    names = [_s(m.name) or "" for m in ms]
    found = [notes._finding(notes.items[i], ctypes.byref(committee), names)
             for i in range(min(notes.findings.count, notes.capacity))]
    return Roster([Member(_s(m.name), Category(m.category), bool(m.voting), Position(m.position), _s(m.body),
                          _from_bits(m.tags, Office), Body(m.body_kind), m.body_ccg) for m in ms], found, terms,
                  lines=list(lines[:roster.count]), **about)


def read_roster(path: Union[str, "os.PathLike[str]"], terms: Optional[Terms] = None) -> Roster:
    """Members from a committee list file (CSV, docs/csv.md): parse_roster() of its bytes."""
    with open(path, "rb") as f:
        return parse_roster(f.read(), terms)


# ---- many committees at once: columns (cocomm_committee_assess_columns) ----

def _keys(cls: Any, extra: Mapping[str, int] = {}) -> Dict[Any, int]:
    """The values a column takes without a call into the library: each enum
    member, its number, its name in upper and lower case."""
    out: Dict[Any, int] = {}
    for m in cls:
        out[m] = out[int(m)] = out[m.name] = out[m.name.lower()] = int(m)
    out.update(extra)
    return out


_CATEGORY_KEYS = _keys(Category)
_POSITION_KEYS = _keys(Position, {"vice-chair": 2, "vice chair": 2, "": 0})
_KIND_KEYS = _keys(CommitteeKind, {"in-common": 3, "greater-involvement": 4})
_VOTING_KEYS: Dict[Any, int] = {True: 1, False: 0}
_ITEM = operator.itemgetter("name", "category", "voting", "position")
_ATTR = operator.attrgetter("name", "category", "voting", "position")


class _Slow(Exception):
    """The columns cannot be made in bulk: the careful path says why."""


def _committee_parts(item: Any, kind: Any, terms: Optional[Terms]) -> Tuple[Any, Any, Optional[Terms]]:
    """(members, kind, terms) of one committee as validate_committees takes it."""
    if isinstance(item, Mapping):
        if "members" not in item:
            raise ValueError("a committee as a dict needs 'members' (and 'kind')")
        return item["members"], item.get("kind", kind), item.get("terms", terms)
    if isinstance(item, tuple) and 2 <= len(item) <= 3:
        return item[0], item[1], (item[2] if len(item) > 2 else terms)
    if isinstance(item, (list, Roster)):
        return item, kind, (item.terms if isinstance(item, Roster) and item.terms is not None else terms)
    if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
        return list(item), kind, terms
    raise TypeError("a committee is a dict {'kind', 'members'}, a (members, kind[, terms]) tuple or a list "
                    "of members, not %s" % type(item).__name__)


class _Columns:
    """Column arrays for cocomm_committee_assess_columns(), kept alive with
    the struct that points at them."""

    def __init__(self, kinds: bytes, member_offsets: "array.array[int]", categories: bytes, voting: bytes,
                 positions: bytes, names: bytes, member_count: int, terms: Optional[Terms],
                 body_kinds: Optional[bytes] = None, tags: Optional["array.array[int]"] = None):
        self.keep = (kinds, member_offsets, categories, voting, positions, names, body_kinds, tags)
        self.names = names
        self.member_offsets = member_offsets
        self.cterms = terms._to_c() if terms is not None else None
        c = self.struct = _ffi.Columns()
        lib.cocomm_columns_init(ctypes.byref(c))
        c.committee_count, c.member_count, c.names_size = len(kinds), member_count, len(names)
        u8, u32 = ctypes.POINTER(ctypes.c_uint8), ctypes.POINTER(ctypes.c_uint32)
        c.kinds = ctypes.cast(ctypes.c_char_p(kinds), u8)
        c.member_offsets = ctypes.cast(member_offsets.buffer_info()[0], u32)
        c.categories, c.voting, c.positions = (ctypes.cast(ctypes.c_char_p(categories), u8), ctypes.cast(ctypes.c_char_p(voting), u8),
                                               ctypes.cast(ctypes.c_char_p(positions), u8))
        if body_kinds is not None:
            c.body_kinds = ctypes.cast(ctypes.c_char_p(body_kinds), u8)
        if tags is not None:
            c.tags = ctypes.cast(tags.buffer_info()[0], u32)
        c.names = ctypes.cast(ctypes.c_char_p(names), ctypes.c_void_p)
        c.terms = ctypes.pointer(self.cterms) if self.cterms is not None else None

    def member_names(self, k: int) -> Tuple[List[str], Any]:
        """Committee k's names, and the terms, for finding texts."""
        lo, hi = self.member_offsets[k], self.member_offsets[k + 1]
        if not hasattr(self, "_all"):
            self._all = self.names.split(b"\0")
        return [n.decode("utf-8", "replace") for n in self._all[lo:hi]], self.cterms


_NAME, _CAT, _VOTE, _POS = (operator.itemgetter(k) for k in ("name", "category", "voting", "position"))
_ANAME, _ACAT, _AVOTE, _APOS = (operator.attrgetter(k) for k in ("name", "category", "voting", "position"))


def _fast_columns(members_of: List[Any], kinds: List[Any], terms: Optional[Terms]) -> _Columns:
    """Columns in bulk: one map a field over all members at once (dict
    lookups in C), no Python step a member. Anything out of the ordinary
    (a spelling only the library reads, a wrong type, tags, bodies) raises
    _Slow and the careful path reads it, with errors that say where."""
    if _ffi.speedups is not None:
        made = _ffi.speedups.columns(members_of, _CATEGORY_KEYS, _POSITION_KEYS)
        if made is not None:  # dicts of exactly the four fields, str spellings, bool votes
            try:
                kind_codes = bytes(map(_KIND_KEYS.__getitem__, kinds))
            except (KeyError, TypeError):
                raise _Slow() from None
            raw, categories, voting, positions = made
            offsets = array.array("I", itertools.accumulate(map(len, members_of), initial=0))
            return _Columns(kind_codes, offsets, categories, voting, positions, raw, offsets[-1], terms)
    flat = list(itertools.chain.from_iterable(members_of))
    if not flat:
        raise _Slow()
    first = type(flat[0])
    name: Callable[[Any], Any]
    cat: Callable[[Any], Any]
    vote: Callable[[Any], Any]
    pos: Callable[[Any], Any]
    if first is dict:
        name, cat, vote, pos = _NAME, _CAT, _VOTE, _POS
    elif first is Member:
        name, cat, vote, pos = _ANAME, _ACAT, _AVOTE, _APOS
    else:
        raise _Slow()
    try:
        text = "\0".join(map(name, flat))
        if text.count("\0") != len(flat) - 1:  # a NUL inside a name: the careful path says which
            raise _Slow()
        text += "\0"
        raw = text.encode("utf-8")
        categories = bytes(map(_CATEGORY_KEYS.__getitem__, map(cat, flat)))
        positions = bytes(map(_POSITION_KEYS.__getitem__, map(pos, flat)))
        voting = bytes(map(vote, flat))
        kind_codes = bytes(map(_KIND_KEYS.__getitem__, kinds))
    except (KeyError, TypeError, AttributeError, ValueError, UnicodeError):
        raise _Slow() from None
    # Only dicts of exactly the four fields (each has them, or a lookup
    # failed, so a total of 4 a member means no more: no tags, no body),
    # or Members with none of those; voting 0 or 1.
    if voting.translate(None, b"\0\1"):
        raise _Slow()
    if first is dict:
        if sum(map(len, flat)) != 4 * len(flat) or set(map(type, flat)) != {dict}:
            raise _Slow()
    elif not all(type(m) is Member and not m.tags and m.body_kind == Body.UNSTATED and m.body_ccg == 0
                 for m in flat):
        raise _Slow()
    return _Columns(kind_codes, array.array("I", itertools.accumulate(map(len, members_of), initial=0)),
                    categories, voting, positions, raw, len(flat), terms)


def _careful_columns(members_of: List[Any], kinds: List[Any], terms: Optional[Terms]) -> _Columns:
    """Columns member by member: every value checked, errors naming the
    committee, the member and the field."""
    cats, votes, poss, bodies, tags, names = bytearray(), bytearray(), bytearray(), bytearray(), array.array("I"), []
    tag_names = terms.tag_names if terms is not None else {}
    ks = bytearray()
    for k, (ms, kind) in enumerate(zip(members_of, kinds)):
        try:
            ks.append(_kind(kind))
            if isinstance(ms, (str, bytes)) or not isinstance(ms, Iterable):
                raise TypeError("members must be a list of Member (or dicts), not %s" % type(ms).__name__)
            for i, x in enumerate(ms):
                m = _member_of(i, x)
                if isinstance(m.body_ccg, str) or m.body_kind == Body.CCG:
                    raise ValueError("member %d: a CCG body needs the committee's ccg_codes: "
                                     "use validate_committee(..., ccg_codes=...)" % i)
                cats.append(int(m.category))
                votes.append(int(m.voting))
                poss.append(int(m.position))
                bodies.append(int(m.body_kind))
                try:
                    tags.append(_bits(_tags(m.tags, tag_names)))
                except ValueError as e:
                    raise ValueError("member %d (%s): %s" % (i, m.name, e)) from None
                names.append(m.name)
        except (TypeError, ValueError) as e:
            raise type(e)("committee %d: %s" % (k, e)) from None
    text = "".join(n + "\0" for n in names).encode("utf-8", "surrogateescape")
    return _Columns(bytes(ks), array.array("I", itertools.accumulate(map(len, members_of), initial=0)),
                    bytes(cats), bytes(votes), bytes(poss), text, len(names), terms, bytes(bodies), tags)


class Results(Sequence[Union[List[Finding], "CocommError"]]):
    """What validate_committees() and validate_rosters() found, committee by
    committee: results[k] is committee k's list of Finding, or the
    CocommError its input caused (a bad committee does not stop the
    others). Findings are made into objects only when asked for; counts,
    statuses, rows() and records() read the library's array directly."""

    def __init__(self, items: Any, offsets: Sequence[int], statuses: Sequence[int],
                 names: Callable[[int], Tuple[List[str], Any]], errors: Mapping[int, "CocommError"]):
        self._items, self._offsets, self._names = items, offsets, names
        self.statuses: List[int] = statuses if isinstance(statuses, list) else list(statuses)
        self._errors = dict(errors)
        self._cache: Dict[int, List[Finding]] = {}

    def __len__(self) -> int:
        return len(self.statuses)

    @overload
    def __getitem__(self, k: int) -> Union[List[Finding], "CocommError"]: ...

    @overload
    def __getitem__(self, k: slice) -> List[Union[List[Finding], "CocommError"]]: ...

    def __getitem__(self, k: Union[int, slice]) -> Any:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError("committee %d: there are %d" % (k, len(self)))
        if k in self._errors:
            return self._errors[k]
        if k not in self._cache:
            self._cache[k] = self.findings(k)
        return self._cache[k]

    def __repr__(self) -> str:
        return "<cocomm.Results: %d committees, %d findings, %d refused>" % (len(self), self.total,
                                                                              len(self._errors))

    @property
    def counts(self) -> List[int]:
        """Findings per committee (0 for a refused one)."""
        o = self._offsets
        return [o[k + 1] - o[k] for k in range(len(self))]

    @property
    def total(self) -> int:
        """Findings of every committee together."""
        return int(self._offsets[len(self)]) if len(self) else 0

    def errors(self) -> Dict[int, "CocommError"]:
        """{committee index: the CocommError its input caused}."""
        return dict(self._errors)

    def findings(self, k: int) -> List[Finding]:
        """Committee k's findings as Finding objects, with their text."""
        if k in self._errors:
            raise self._errors[k]
        lo, hi = self._offsets[k], self._offsets[k + 1]
        if lo == hi:
            return []
        names, cterms = self._names(k)
        committee = _named_committee(names, cterms)
        fs = _Findings(1)
        return [fs._finding(self._items[i], ctypes.byref(committee.committee), names) for i in range(lo, hi)]

    def rows(self) -> List[Tuple[int, str, str, int]]:
        """(committee, rule, severity, subject) of every finding, in order,
        without their text: the quickest way through many findings."""
        items, rule_ids = self._items, _RULE_IDS
        sev = {1: "error", 2: "warning", 3: "information"}
        committee = itertools.chain.from_iterable(itertools.repeat(k, n) for k, n in enumerate(self.counts))
        return [(k, rule_ids[f.rule], sev.get(f.severity, "unknown"), f.subject)
                for k, f in zip(committee, items[:self.total])]

    def records(self) -> List[Dict[str, Any]]:
        """One dict a finding, with its committee's index: to_dataframe() rows."""
        out = []
        for k in range(len(self)):
            if k in self._errors:
                continue
            for f in self[k]:  # type: ignore[union-attr]
                out.append(dict(committee=k, **f.to_dict()))
        return out

    def sample_record(self) -> Optional[Finding]:
        """A Finding, for the types of records() (None without findings)."""
        for k in range(len(self)):
            r = self[k]
            if isinstance(r, list) and r:
                return r[0]
        return None

    def to_dict(self) -> List[Dict[str, Any]]:
        """Per committee: its index, and its findings or its error, as plain data."""
        out: List[Dict[str, Any]] = []
        for k in range(len(self)):
            r = self[k]
            if isinstance(r, CocommError):
                out.append({"committee": k, "error": str(r)})
            else:
                out.append({"committee": k, "findings": [f.to_dict() for f in r]})
        return out


class _RuleIds(dict):  # type: ignore[type-arg]
    """enum cocomm_rule_id -> identifier, filled as rules are met."""

    def __missing__(self, key: int) -> str:
        rule_id = _rule_of(key)[0] or "unknown"
        self[key] = rule_id
        return rule_id


_RULE_IDS = _RuleIds()


class _NamedCommittee:
    def __init__(self, names: Sequence[str], cterms: Any):
        self.raw = [n.encode("utf-8", "surrogateescape") for n in names]
        self.array = (_ffi.Member * max(len(names), 1))()
        for i, n in enumerate(self.raw):
            lib.cocomm_member_init(ctypes.byref(self.array[i]))
            self.array[i].name = n
        self.committee = _ffi.Committee()
        lib.cocomm_committee_init(ctypes.byref(self.committee))
        self.committee.members, self.committee.member_count = self.array, len(names)
        self.cterms = cterms
        self.committee.terms = ctypes.pointer(cterms) if cterms is not None else None


def _named_committee(names: Sequence[str], cterms: Any) -> _NamedCommittee:
    """A committee that lends its members' names (and its terms' clauses)
    to finding texts."""
    return _NamedCommittee(names, cterms)


class _Run:
    """One growing findings array over several calls."""

    def __init__(self, capacity: int):
        self.capacity = max(capacity, 16)
        self.items = (_ffi.Finding * self.capacity)()
        self.findings = _ffi.Findings()
        lib.cocomm_findings_init(ctypes.byref(self.findings), self.items, self.capacity)


def _assess_columns(cols: _Columns, what: str = "validate committees") -> Tuple[Any, Any, List[int], Dict[int, "CocommError"]]:
    """Run cocomm_committee_assess_columns once (twice if the findings did
    not fit); refused committees are run again alone for their error."""
    n = cols.struct.committee_count
    run = _Run(8 * n + 16)
    offsets = (ctypes.c_uint32 * (n + 1))()
    statuses = (ctypes.c_int32 * max(n, 1))()
    err = _error()
    st = lib.cocomm_committee_assess_columns(ctypes.byref(cols.struct), ctypes.byref(run.findings), offsets,
                                             statuses, ctypes.byref(err))
    if st == Status.BUFFER_TOO_SMALL:
        run = _Run(run.findings.count)
        st = lib.cocomm_committee_assess_columns(ctypes.byref(cols.struct), ctypes.byref(run.findings), offsets,
                                                 statuses, ctypes.byref(err))
    _check(st, what, err, "member")
    status = statuses[:n]
    refused = {k: _refusal(cols, k) for k, one in enumerate(status) if one} if any(status) else {}
    return run.items, offsets, status, refused


def _refusal(cols: _Columns, k: int) -> "CocommError":
    """Why committee k of cols was refused: the columns call again, on it alone."""
    c = cols.struct
    lo = cols.member_offsets[k]
    one = _ffi.Columns()
    ctypes.pointer(one)[0] = c
    u8, u32 = ctypes.POINTER(ctypes.c_uint8), ctypes.POINTER(ctypes.c_uint32)
    starts = array.array("I", [0, cols.member_offsets[k + 1] - lo])
    name_at = [0]
    for part in cols.names.split(b"\0")[:cols.member_offsets[-1]]:
        name_at.append(name_at[-1] + len(part) + 1)
    keep = (starts,)
    one.committee_count, one.member_count = 1, starts[1]
    one.kinds = ctypes.cast(ctypes.addressof(c.kinds.contents) + k, u8)
    one.member_offsets = ctypes.cast(starts.buffer_info()[0], u32)
    for f in ("categories", "voting", "positions", "body_kinds"):
        p = getattr(c, f)
        if p:
            setattr(one, f, ctypes.cast(ctypes.addressof(p.contents) + lo, u8))
    if c.tags:
        one.tags = ctypes.cast(ctypes.addressof(c.tags.contents) + 4 * lo, u32)
    one.names = c.names + name_at[lo]
    one.names_size = name_at[lo + starts[1]] - name_at[lo]
    err = _error()
    st = lib.cocomm_committee_assess_columns(ctypes.byref(one), None, None, None, ctypes.byref(err))
    del keep
    return CocommError(st, "committee %d" % k, err, "member")


def validate_committees(committees: Iterable[Any], kind: KindLike = "delegated",
                        terms: Optional[Terms] = None) -> Results:
    """Validate many committees in one call into the library
    (cocomm_committee_assess_columns: each committee once, every finding
    into one array). Each item is a dict {"kind": ..., "members": [...]}
    (as JSON gives it), a (members, kind) or (members, kind, terms) tuple,
    or a list of members (kind= and terms= then apply); members are Member
    objects or dicts of Member's fields, enums as values or names. Returns
    a Results: per committee its findings, or the CocommError its input
    caused (a bad committee does not stop the others). Wrong types raise
    TypeError at once, naming the committee, member and field.

    Committees whose members carry CCG bodies (ccg_codes) need
    validate_committee() one at a time."""
    if terms is not None and not isinstance(terms, Terms):
        raise TypeError("terms must be a Terms, not %s" % type(terms).__name__)
    if not isinstance(committees, list):
        committees = list(committees)
    if committees and all(type(c) is dict and len(c) == 2 for c in committees):
        try:  # JSON as the peers' workload has it: {"kind", "members"} each
            members_of, kinds = list(map(_MEMBERS, committees)), list(map(_KIND, committees))
            if all(type(m) is list for m in members_of):
                return _validate_group(members_of, kinds, terms)
        except KeyError:
            pass
    parts = [_committee_parts(c, kind, terms) for c in committees]
    groups: Dict[int, List[int]] = {}
    for k, (_m, _kd, t) in enumerate(parts):
        if t is not None and not isinstance(t, Terms):
            raise TypeError("committee %d: terms must be a Terms, not %s" % (k, type(t).__name__))
        groups.setdefault(id(t), []).append(k)
    if len(groups) <= 1:
        return _validate_group([p[0] for p in parts], [p[1] for p in parts], terms if not parts else parts[0][2])
    # Several terms: one call per group, then back in order.
    done: Dict[int, Tuple[Results, int]] = {}
    for ks in groups.values():
        r = _validate_group([parts[k][0] for k in ks], [parts[k][1] for k in ks], parts[ks[0]][2])
        for j, k in enumerate(ks):
            done[k] = (r, j)
    return _merge([done[k] for k in range(len(parts))])


_MEMBERS = operator.itemgetter("members")
_KIND = operator.itemgetter("kind")


def _validate_group(members_of: List[Any], kinds: List[Any], terms: Optional[Terms]) -> Results:
    try:
        if not all(type(m) is list for m in members_of):
            raise _Slow()
        cols = _fast_columns(members_of, kinds, terms)
    except _Slow:
        members_of = [list(m) if isinstance(m, Iterable) and not isinstance(m, (str, bytes)) else m
                      for m in members_of]
        cols = _careful_columns(members_of, kinds, terms)
    items, offsets, statuses, refused = _assess_columns(cols)
    return Results(items, offsets, statuses, cols.member_names, refused)


def _merge(picks: List[Tuple[Results, int]]) -> Results:
    """Results of several calls as one, committee by committee."""
    found: List[Any] = []
    offsets, statuses, errors, names = [0], [], {}, []
    for k, (r, j) in enumerate(picks):
        lo, hi = r._offsets[j], r._offsets[j + 1]
        found.extend(r._items[lo:hi])
        offsets.append(offsets[-1] + hi - lo)
        statuses.append(r.statuses[j])
        if j in r._errors:
            errors[k] = r._errors[j]
        names.append((r, j))
    items = (_ffi.Finding * max(len(found), 1))(*found)
    return Results(items, offsets, statuses, lambda k: names[k][0]._names(names[k][1]), errors)


def validate_rosters(sources: Iterable[Union[str, bytes, "os.PathLike[str]"]], kind: KindLike = "delegated",
                     terms: Optional[Terms] = None) -> Results:
    """Read and validate many committee lists (CSV, docs/csv.md): each
    source is a path or the file's bytes; each is parsed by the library
    (cocomm_roster_parse) straight into one reused member array and
    validated (cocomm_committee_assess), with no Python object a member.
    Returns a Results, one entry a list; a list that cannot be read is its
    RosterParseError there (the others go on)."""
    if terms is not None and not isinstance(terms, Terms):
        raise TypeError("terms must be a Terms, not %s" % type(terms).__name__)
    ckind = _kind(kind)
    cap = int(_ffi.MEMBERS_MAX)
    members = (_ffi.Member * cap)()
    text = ctypes.create_string_buffer(1 << 16)
    roster = _ffi.Roster()
    cterms = terms._to_c() if terms is not None else None
    committee = _ffi.Committee()
    lib.cocomm_committee_init(ctypes.byref(committee))
    committee.kind, committee.members = ckind, members
    committee.terms = ctypes.pointer(cterms) if cterms is not None else None
    run = _Run(256)
    fs = _ffi.Findings()
    offsets, statuses = [0], []
    errors: Dict[int, CocommError] = {}
    datas: List[bytes] = []
    err = _error()
    size = ctypes.sizeof(_ffi.Finding)
    for k, src in enumerate(sources):
        if isinstance(src, bytes):
            data = src
        elif isinstance(src, (str, os.PathLike)):
            with open(src, "rb") as f:
                data = f.read()
        else:
            raise TypeError("source %d: a path or bytes, not %s" % (k, type(src).__name__))
        datas.append(data)
        while True:
            lib.cocomm_roster_init(ctypes.byref(roster), members, cap, text, len(text))
            roster.terms = committee.terms
            st = lib.cocomm_roster_parse(data, len(data), 0, ctypes.byref(roster), ctypes.byref(err))
            if st == Status.BUFFER_TOO_SMALL and roster.text_needed > len(text):
                text = ctypes.create_string_buffer(roster.text_needed + 1)
                continue
            break
        if st != 0:
            errors[k] = (RosterParseError(st, err) if err.status == st and err.line
                         else CocommError(st, "roster %d" % k, err))
            statuses.append(st)
            offsets.append(offsets[-1])
            continue
        committee.member_count = roster.count
        at = offsets[-1]
        while True:
            room = run.capacity - at
            lib.cocomm_findings_init(ctypes.byref(fs), ctypes.cast(ctypes.addressof(run.items) + at * size,
                                                                   ctypes.POINTER(_ffi.Finding)), room)
            st = lib.cocomm_committee_assess(ctypes.byref(committee), ctypes.byref(fs), ctypes.byref(err))
            if st == Status.BUFFER_TOO_SMALL:
                bigger = _Run(2 * run.capacity + fs.count)
                ctypes.memmove(bigger.items, run.items, at * size)
                run = bigger
                continue
            break
        if st != 0:
            errors[k] = CocommError(st, "roster %d" % k, err, "member")
            statuses.append(st)
            offsets.append(at)
            continue
        statuses.append(0)
        offsets.append(at + fs.count)

    def names(k: int) -> Tuple[List[str], Any]:
        return [m.name for m in parse_roster(datas[k], terms)], cterms
    return Results(run.items, offsets, statuses, names, errors)


# ---- committees: one decision ----

@dataclasses.dataclass(frozen=True)
class DecisionResult(_Record):
    """check_decision(): whether the committee can decide the item, the
    quorum, who presides (and how), who withdrew, the vote and its
    outcome, the findings, the register entry and each member's roles."""
    can_decide: bool
    quorate: bool
    presiding: Optional[int]          # the member presiding over the item
    eligible: int
    eligible_lay_executive: int
    withdrawn: int
    outcome: Outcome
    votes_for: int
    votes_against: int
    abstentions: int
    may_vote: List[int]               # members present, voting and not withdrawn
    findings: List[Finding]
    register_entry: str
    presided: Presided = Presided.NONE  # how presiding came about (C-15)
    may_preside: List[int] = dataclasses.field(default_factory=list)  # may preside, or be chosen to
    casting_by: Optional[int] = None  # who gave a casting vote (C-16)
    majority: Majority = Majority.VOTES_CAST  # the basis applied (C-14)
    counted: int = 0                  # members counted towards the quorum
    roles: List[ItemRole] = dataclasses.field(default_factory=list)  # per member


def _index(members: Sequence[Member], who: Union[int, str], what: str) -> int:
    """One member, by index or name (a name listed twice is refused)."""
    if isinstance(who, bool) or not isinstance(who, (int, str)):
        raise TypeError("%s: a member is an index or a name, not %s %r" % (what, type(who).__name__, who))
    if isinstance(who, str):
        found = [i for i, m in enumerate(members) if m.name == who]
        if len(found) != 1:
            raise ValueError("%s: %s member named %r" % (what, "no" if not found else "more than one", who))
        return found[0]
    i = int(who)
    if not 0 <= i < len(members):
        raise ValueError("%s: no member %d (0 to %d)" % (what, i, len(members) - 1))
    return i


def _indices(members: Sequence[Member], whos: Any, what: str) -> Set[int]:
    """Members by index or name (every member of that name)."""
    if isinstance(whos, (str, int)):
        whos = [whos]
    if not isinstance(whos, Iterable):
        raise TypeError("%s: expected members (indices or names), not %s" % (what, type(whos).__name__))
    out: Set[int] = set()
    for who in whos:
        if isinstance(who, str):
            found = {i for i, m in enumerate(members) if m.name == who}
            if not found:
                raise ValueError("%s: no member named %r" % (what, who))
            out |= found
        else:
            out.add(_index(members, who, what))
    return out


def check_decision(members: Sequence[Member], kind: KindLike = "delegated", present: Optional[MemberRefs] = None,
                   conflicted: MemberRefs = (), votes: Optional[Mapping[MemberRef, VoteLike]] = None,
                   terms: Optional[Terms] = None, casting_vote: Optional[bool] = None,
                   casting: VoteLike = Vote.NONE, contract_award: bool = False, item: Optional[str] = None,
                   date: Optional[datetime.date] = None, *, chosen: Optional[MemberRef] = None,
                   casting_by: Optional[MemberRef] = None, stayed: MemberRefs = (),
                   majority: Union[Majority, int, str, None] = None, presiding: Union[Preside, int, str, None] = None,
                   quorum: Any = None, ccg_codes: Sequence[str] = (),
                   name: Optional[str] = None) -> DecisionResult:
    """One agenda item (I-4, I-6, C-1, C-2, C-9, C-13 to C-17). Members are
    named by index or by name: present (default everyone), conflicted, and
    stayed (conflicted members who stayed in the room and took no part;
    the others left) are collections of them; votes maps one to a Vote;
    chosen is the member the meeting chose to preside when neither chair
    nor vice-chair can; casting_by the member recorded as giving the
    casting vote (default whoever presides). terms are the committee's
    terms of reference; casting_vote=, majority=, presiding= and quorum=,
    when given, replace what they say."""
    mem = _CommitteeMemory(members, kind, _terms(terms, quorum, casting_vote=casting_vote, majority=majority,
                                                 presiding=presiding), ccg_codes, name)
    n = len(members)
    pres = set(range(n)) if present is None else _indices(members, present, "present")
    conf = _indices(members, conflicted, "conflicted")
    stay = _indices(members, stayed, "stayed")
    arrays = [(ctypes.c_uint8 * max(n, 1))(*[1 if i in s else 0 for i in range(n)]) for s in (pres, conf, stay)]
    d = _ffi.Decision()
    lib.cocomm_decision_init(ctypes.byref(d))
    d.present, d.conflicted = arrays[0], arrays[1]
    if stay:
        d.stayed = arrays[2]
    if votes is not None and not isinstance(votes, Mapping):
        raise TypeError("votes: expected a mapping of member (index or name) to vote, not %s"
                        % type(votes).__name__)
    if votes is not None:
        by = {}
        for who, v in votes.items():
            for i in _indices(members, who, "votes"):
                by[i] = _field("votes", str(who), lambda x: _enum(Vote, x, what="vote (for, against, abstain, none)"), v)
        vs = (ctypes.c_int32 * max(n, 1))(*[int(by.get(i, Vote.NONE)) for i in range(n)])
        d.votes = vs
    d.casting = int(_enum(Vote, casting, what="casting vote (for, against, none)"))
    d.contract_award = int(bool(contract_award))
    if chosen is not None:
        d.chosen = _index(members, chosen, "chosen")
    if casting_by is not None:
        d.casting_by = _index(members, casting_by, "casting_by")
    item_b = _enc(item) if item else None
    d.item = item_b
    if date is not None:
        d.date = _ffi.Date(date.year, date.month, date.day)
    res = _ffi.DecisionResult()
    lib.cocomm_decision_result_init(ctypes.byref(res))
    roles = (ctypes.c_uint8 * max(n, 1))()
    committee = ctypes.byref(mem.committee)
    def call(fs: Any, err: Any) -> int:
        return int(lib.cocomm_decision_assess(committee, ctypes.byref(d), ctypes.byref(res), roles, fs, err))
    findings = _Findings().run(call, "decision", committee, "member", mem.names)
    need = ctypes.c_size_t()
    buf = ctypes.create_string_buffer(512)
    st = lib.cocomm_decision_format_register(committee, ctypes.byref(d), ctypes.byref(res), buf, len(buf),
                                             ctypes.byref(need))
    if st == Status.BUFFER_TOO_SMALL:
        buf = ctypes.create_string_buffer(need.value + 1)
        st = lib.cocomm_decision_format_register(committee, ctypes.byref(d), ctypes.byref(res), buf, len(buf),
                                                 ctypes.byref(need))
    _check(st, "register entry")
    role = [ItemRole(roles[i]) for i in range(n)]
    return DecisionResult(bool(res.can_decide), bool(res.quorate),
                          res.presiding if res.presiding >= 0 else None, res.eligible,
                          res.eligible_lay_executive, res.withdrawn, Outcome(res.outcome), res.votes_for,
                          res.votes_against, res.abstentions, [i for i in range(n) if role[i] & ItemRole.MAY_VOTE],
                          findings, buf.value.decode("utf-8"), Presided(res.presided),
                          [i for i in range(n) if role[i] & ItemRole.MAY_PRESIDE],
                          res.casting_by if res.casting_by >= 0 else None, Majority(res.majority), res.counted,
                          role)


# ---- timeline ----

def _date(d: _ffi.Date) -> Optional[datetime.date]:
    return datetime.date(d.year, d.month, d.day) if d.year else None


def _edition(key: Optional[str]) -> Any:
    if key is not None and not isinstance(key, str):
        raise TypeError("edition: expected a key such as '2014-11', not %s" % type(key).__name__)
    p = lib.cocomm_edition_find(_enc(key)) if key else lib.cocomm_edition_default()
    if not p:
        raise NotFoundError("no edition %r" % key)
    return p


@dataclasses.dataclass(frozen=True)
class Milestone(_Record):
    """One milestone of an edition's timeline: a deadline (with its instant),
    a window or an event, with its dates, source and note; when is its
    date in words, as precisely as the source gives it ("mid-February 2015
    (days 11 to 20)"; cocomm_milestone_format_when())."""
    id: str
    kind: str
    label: str
    precision: str
    start: Optional[datetime.date]
    end: Optional[datetime.date]
    time: Optional[datetime.time]
    deadline: Optional[datetime.datetime]
    source: str
    note: str
    when: str


def parse_instant(text: str) -> datetime.datetime:
    """An ISO 8601 time as libcocomm reads it (bare times are UK local)."""
    t = ctypes.c_int64()
    raw = _enc(text)
    _check(lib.cocomm_instant_parse(raw, len(raw), ctypes.byref(t)), "instant %r" % text)
    return datetime.datetime.fromtimestamp(t.value, datetime.timezone.utc)


def _instant(when: Any) -> int:
    if isinstance(when, str):
        when = parse_instant(when)
    if when.tzinfo is None:
        raise ValueError("give an aware datetime, or a string (bare strings are UK local time)")
    return int(when.timestamp())


def timeline(model: ModelLike = "none", edition: Optional[str] = None) -> List[Milestone]:
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
            deadline, _s(ms.source) or "", _s(ms.note) or "", _export(lib.cocomm_milestone_format_when, ptrs[i])))
    return out


def _export(fn: Any, *args: Any) -> str:
    need = ctypes.c_size_t()
    fn(*args, None, 0, ctypes.byref(need))
    buf = ctypes.create_string_buffer(need.value + 1)
    _check(fn(*args, buf, need.value + 1, None), "export")
    return buf.raw[:need.value].decode("utf-8")


def timeline_ics(model: ModelLike = "none", edition: Optional[str] = None, dtstamp: Any = None) -> str:
    """The timeline as an iCalendar object (RFC 5545)."""
    ed = _edition(edition)
    stamp = ed.contents.published if dtstamp is None else _instant(dtstamp)
    return _export(lib.cocomm_calendar_format_ics, ed, _model(model), stamp)


def timeline_csv(model: ModelLike = "none", edition: Optional[str] = None) -> str:
    """The timeline as CSV (cocomm_calendar_format_csv)."""
    return _export(lib.cocomm_calendar_format_csv, _edition(edition), _model(model))


@dataclasses.dataclass(frozen=True)
class Submission(_Record):
    """check_submission(): on time or late against a deadline, by how much,
    the go-live it leads to and what follows."""
    on_time: bool
    deadline_id: str
    rule: str
    deadline: datetime.datetime
    late_by: datetime.timedelta
    go_live: Optional[datetime.date]
    consequence: str
    next_deadline_id: Optional[str]


def check_submission(model: ModelLike, submitted: Union[str, datetime.datetime], edition: Optional[str] = None) -> Submission:
    """On time or late, by how much, and what follows (T-30, T-31, T-34)."""
    s = _ffi.Submission()
    lib.cocomm_submission_init(ctypes.byref(s))
    _check(lib.cocomm_submission_judge(_edition(edition), _model(model), _instant(submitted),
                                       ctypes.byref(s)), "submission")
    return Submission(bool(s.on_time), _s(s.deadline_id), _s(s.rule),
                      datetime.datetime.fromtimestamp(s.deadline, datetime.timezone.utc),
                      datetime.timedelta(seconds=s.late_by), _date(s.go_live) if s.go_live_fy else None,
                      lib.cocomm_lateness_name(s.consequence).decode(), _s(s.next_deadline_id))


@dataclasses.dataclass(frozen=True)
class CycleVerdict(_Record):
    """cocomm_timeline_judge_cycle(): the cycle a submission falls in (2.1)."""
    verdict: str                     # "judged", "no known close", "after the end of CCGs"
    edition: Optional[str]           # the cycle judged against ("2016/17"), "end", or None
    on_time: bool
    rule: Optional[str]
    deadline_id: Optional[str]
    go_live: Optional[datetime.date]
    unknown_close: Optional[str]     # an earlier cycle with no known close ("2018/19")
    source_kind: str                 # "primary", "secondary"


def judge_cycle(model: ModelLike, submitted: Union[str, datetime.datetime]) -> CycleVerdict:
    """Judge a submission against the first cycle whose known close it meets
    (T-30, T-31); says so when no known close remains, and after 2022-07-01
    00:00 UK time that CCGs no longer exist."""
    s = _ffi.Submission()
    lib.cocomm_submission_init(ctypes.byref(s))
    _check(lib.cocomm_timeline_judge_cycle(_model(model), _instant(submitted), ctypes.byref(s)), "submission")
    return CycleVerdict(lib.cocomm_cycle_verdict_name(s.verdict).decode(), _s(s.edition), bool(s.on_time),
                        _s(s.rule), _s(s.deadline_id), _date(s.go_live) if s.go_live_fy else None,
                        _s(s.unknown_close), lib.cocomm_source_kind_name(s.source_kind).decode())


@dataclasses.dataclass(frozen=True)
class Difference(_Record):
    """One difference between two editions (cocomm_edition_diff, 2.1)."""
    change: str                      # "added", "removed", "changed"
    item: str                        # "milestone", "rule"
    id: str
    old: Optional[Tuple[Any, ...]]   # (start, end, time or None, source) or (statement, source) for a rule
    new: Optional[Tuple[Any, ...]]


def _diff_side(ms: Any, rule: Any) -> Any:
    if ms:
        m = ms.contents
        return (_date(m.start), _date(m.end),
                datetime.time(m.minute_of_day // 60, m.minute_of_day % 60) if m.has_time else None, _s(m.source))
    if rule:
        return (_s(rule.contents.statement), _s(rule.contents.source))
    return None


def diff_editions(a: str, b: str) -> List[Difference]:
    """Every milestone and dated rule that differs from edition a to edition b."""
    ea, eb = _edition(a), _edition(b)
    count = ctypes.c_uint32()
    size = ctypes.sizeof(_ffi.Difference)
    lib.cocomm_edition_diff(ea, eb, None, size, 0, ctypes.byref(count))
    out = (_ffi.Difference * max(count.value, 1))()
    for d in out:
        lib.cocomm_difference_init(ctypes.byref(d))
    _check(lib.cocomm_edition_diff(ea, eb, out, size, count.value, ctypes.byref(count)), "diff")
    return [Difference(lib.cocomm_change_name(d.change).decode(), "milestone" if d.item == 1 else "rule",
                       _s(d.id), _diff_side(d.old_milestone, d.old_rule), _diff_side(d.new_milestone, d.new_rule))
            for d in out[:count.value]]


def rules_in_force(on: Optional[datetime.date] = None) -> List[str]:
    """The identifiers of the rules in force on a date (default: 2014-11-10,
    the default edition's publication); none on or after 2022-07-01."""
    d = _ffi.Date(on.year, on.month, on.day) if on else _ffi.Date(0, 0, 0)
    count = ctypes.c_uint32()
    lib.cocomm_rules_in_force(d, None, 0, ctypes.byref(count))
    ptrs = (ctypes.POINTER(_ffi.Rule) * max(count.value, 1))()
    _check(lib.cocomm_rules_in_force(d, ptrs, count.value, ctypes.byref(count)), "rules in force")
    return [_s(ptrs[i].contents.id) for i in range(count.value)]


def constitution_due(received: datetime.date) -> Tuple[Optional[datetime.date], Optional[datetime.date]]:
    """(acknowledge by, decide by) for a constitution amendment request (T-32)."""
    ack, decide = _ffi.Date(), _ffi.Date()
    _check(lib.cocomm_timeline_constitution_due(_ffi.Date(received.year, received.month, received.day),
                                       ctypes.byref(ack), ctypes.byref(decide)), "constitution")
    return _date(ack), _date(decide)
