# SPDX-License-Identifier: MIT
"""ctypes mirrors of every public libcocomm struct and function.

Loaded once at import; every struct's size is checked against the
library's own cocomm_<struct>_size() so that a stale mirror fails loudly
instead of corrupting memory. This mirror is of the 2.x ABI
(libcocomm.so.2): a library of another major version is refused."""
import ctypes
import ctypes.util
import os
import pathlib
from typing import Any, Iterator, List, Tuple

c_int32, c_uint32, c_int64, c_uint8 = ctypes.c_int32, ctypes.c_uint32, ctypes.c_int64, ctypes.c_uint8
c_size_t, c_char_p, c_void_p = ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p
P = ctypes.POINTER

# The ABI this mirror describes: the soname's number and the version's major.
SOVERSION = 2
SONAME = "libcocomm.so.%d" % SOVERSION


def _build_trees(top: pathlib.Path) -> List[pathlib.Path]:
    """Build directories of a source tree at top, the usual names first,
    then any other directory holding lib/libcocomm.so.2 (newest first)."""
    if not (top / "meson.build").exists() or not (top / "include" / "cocomm").is_dir():
        return []
    first = [top / b for b in ("build", "builddir", "build-test/main")]
    others = sorted((p for p in top.glob("*/lib/" + SONAME) if p.parent.parent not in first),
                    key=lambda p: float(p.stat().st_mtime), reverse=True)
    return [b / "lib" / SONAME for b in first] + list(others)


def _candidates() -> Any:
    """(path, how) to try in turn: $COCOMM_LIBRARY alone when it is set;
    else the build tree this package sits in (examples/python/cocomm in a
    checkout: build/, builddir/, then any <dir>/lib/libcocomm.so.2); else
    the installed library, by soname through the loader's search
    (LD_LIBRARY_PATH, ld.so.cache after ldconfig), then find_library."""
    env = os.environ.get("COCOMM_LIBRARY")
    if env:
        yield env, "COCOMM_LIBRARY"
        return
    here = pathlib.Path(__file__).resolve()
    # In the source tree: examples/python/cocomm/_ffi.py -> the top is three up.
    if len(here.parents) > 3:
        for lib in _build_trees(here.parents[3]):
            if lib.exists():
                yield str(lib), "build tree"
    yield SONAME, "installed"
    found = ctypes.util.find_library("cocomm")
    if found and found != SONAME:
        yield found, "installed"


def _loaded_path(cdll: Any, name: Any) -> Any:
    """The file the loader actually mapped for cdll (a soname resolves to a path)."""
    if os.sep in name:
        return os.path.abspath(name)
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split(None, 5)[-1].strip()
                if os.path.basename(path).startswith("libcocomm.so"):
                    return path
    except OSError:
        pass
    return name


# Which library was loaded, and how it was found ("COCOMM_LIBRARY", "build tree", "installed").
library_path = ""
library_found_by = ""


def _load() -> Any:
    global library_path, library_found_by
    errors = []
    for path, how in _candidates():
        try:
            cdll = ctypes.CDLL(path)
        except OSError as e:
            errors.append("%s: %s" % (path, e))
            continue
        version = getattr(cdll, "cocomm_version", None)
        if version is None:
            errors.append("%s: not libcocomm" % path)
            continue
        version.restype, version.argtypes = c_uint32, []
        major = version() >> 16
        if major != SOVERSION:
            errors.append("%s: version %d.x, not %d.x" % (path, major, SOVERSION))
            continue
        stale = _stale_mirror(cdll)
        if stale:  # a build tree left from an older checkout, say: try the next
            errors.append("%s: %s" % (path, stale))
            continue
        library_path, library_found_by = _loaded_path(cdll, path), how
        return cdll
    raise OSError("libcocomm %d.x not found; set COCOMM_LIBRARY to the path of %s (%s)"
                  % (SOVERSION, SONAME, "; ".join(errors)))



# The optional C speedups (cocomm/_speedups.c, the stable ABI): which file
# was loaded, and how it was found ("COCOMM_SPEEDUPS", "package", "build
# tree"), or why there is none. Everything works without them.
speedups_path = ""
speedups_found_by = ""


def _load_speedups() -> Any:
    """cocomm._speedups, or None: $COCOMM_SPEEDUPS names the file ("0" for
    none, to run the pure-Python paths); else the one installed beside the
    package (meson install, pip); else, for a library found in a build
    tree, the one built there (<build>/examples/_speedups.abi3.so). A file
    that does not load (another interpreter, a sanitizer build) is skipped."""
    global speedups_path, speedups_found_by
    import importlib.machinery
    import importlib.util
    env = os.environ.get("COCOMM_SPEEDUPS")
    if env == "0":
        speedups_found_by = "off ($COCOMM_SPEEDUPS=0)"
        return None
    here = pathlib.Path(__file__).resolve().parent
    tries: List[Tuple[pathlib.Path, str]] = []
    if env:
        tries.append((pathlib.Path(env), "COCOMM_SPEEDUPS"))
    else:
        tries += [(p, "package") for s in importlib.machinery.EXTENSION_SUFFIXES
                  for p in [here / ("_speedups" + s)] if p.exists()]
        if library_found_by in ("build tree", "COCOMM_LIBRARY") and os.sep in library_path:
            tries.append((pathlib.Path(library_path).parent.parent / "examples" / "_speedups.abi3.so", "build tree"))
    why = []
    for path, how in tries:
        if not path.exists():
            why.append("%s: no such file" % path)
            continue
        try:
            spec = importlib.util.spec_from_file_location("cocomm._speedups", str(path))
            if spec is None or spec.loader is None:
                raise ImportError("not a module")
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
        except (ImportError, OSError) as e:
            why.append("%s: %s" % (path, e))
            continue
        speedups_path, speedups_found_by = str(path), how
        return mod
    speedups_found_by = "none (%s)" % ("; ".join(why) if why else "not built")
    return None


class Date(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int16), ("month", c_uint8), ("day", c_uint8)]


class DateTime(ctypes.Structure):
    _fields_ = [("date", Date), ("hour", c_uint8), ("minute", c_uint8), ("second", c_uint8),
                ("reserved0", c_uint8), ("utc_offset_minutes", c_int32)]


class VersionInfo(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("major", c_uint32), ("minor", c_uint32),
                ("patch", c_uint32), ("soversion", c_uint32), ("reserved0", c_uint32),
                ("string", c_char_p)]


class Rule(ctypes.Structure):
    _fields_ = [("id", c_char_p), ("section", c_int32), ("force", c_int32),
                ("statement", c_char_p), ("applies_to", c_char_p), ("source", c_char_p),
                # 2.1: the rule's life
                ("edition", c_char_p), ("in_force_from", Date), ("in_force_to", Date),
                ("source_kind", c_int32), ("dated", c_int32)]


class Source(ctypes.Structure):
    _fields_ = [("key", c_char_p), ("title", c_char_p), ("publisher", c_char_p),
                ("date", c_char_p), ("note", c_char_p)]


class Finding(ctypes.Structure):
    # Integers only: rule is an enum cocomm_rule_id (cocomm_rule_get), message
    # an enum cocomm_message (cocomm_finding_format makes the text).
    _fields_ = [("rule", c_int32), ("severity", c_int32), ("message", c_int32),
                ("subject", c_int32), ("values", c_int32 * 4)]


class Findings(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("elem_size", c_uint32), ("capacity", c_uint32),
                ("count", c_uint32), ("items", P(Finding)), ("errors", c_uint32),
                ("warnings", c_uint32), ("information", c_uint32), ("reserved0", c_uint32)]


class Ccg(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("ods_code", ctypes.c_char * 4), ("name", c_char_p),
                ("region", c_char_p), ("model", c_int32), ("serious_governance_issues", c_int32),
                ("special_measures", c_int32), ("sound_financial_control", c_int32),
                ("statutory_requirements_met", c_int32)]


class Requirements(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("model", c_int32), ("proforma", c_int32),
                ("constitution_amendment", c_int32), ("approver", c_int32),
                ("binding_agreement", c_int32), ("rule", c_char_p), ("constitution_rule", c_char_p)]


class Member(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("category", c_int32), ("voting", c_int32),
                ("position", c_int32), ("name", c_char_p), ("body", c_char_p),
                ("body_kind", c_int32), ("body_ccg", c_int32), ("tags", c_uint32),
                ("reserved0", c_uint32)]


# committee.h: most members a committee may list.
MEMBERS_MAX = 1024

# terms.h: sizes of the fixed arrays.
CLAUSES_MAX = 16
TAGS_MAX = 32
TAG_FIRST_NAMED = 16
TAG_NAME_SIZE = 48
OFFICES_KNOWN = 13


class Clause(ctypes.Structure):
    # "At least min members of a set" (terms.h): min is COCOMM_CLAUSE_ALL (-1)
    # for every member of the set; the rest are bit sets and enums.
    _fields_ = [("min", c_int32), ("categories", c_uint32), ("tags", c_uint32),
                ("positions", c_uint32), ("voting", c_int32), ("body", c_int32)]


class Terms(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("majority", c_int32), ("casting_vote", c_int32),
                ("presiding", c_int32), ("quorum_count", c_uint32), ("membership_count", c_uint32),
                ("quorum", Clause * CLAUSES_MAX), ("membership", Clause * CLAUSES_MAX),
                ("tag_names", (ctypes.c_char * TAG_NAME_SIZE) * (TAGS_MAX - TAG_FIRST_NAMED))]


class Committee(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("kind", c_int32), ("name", c_char_p),
                ("members", P(Member)), ("member_count", c_uint32), ("member_size", c_uint32),
                ("ccg_codes", P(c_char_p)), ("terms", P(Terms)), ("ccg_count", c_uint32),
                ("reserved0", c_uint32),
                # 2.1: the date the committee is checked as at (zero: none)
                ("as_at", Date), ("reserved1", c_uint32)]


class Columns(ctypes.Structure):
    # Many committees as columns (2.1, committee.h): one array a field.
    _fields_ = [("struct_size", c_uint32), ("committee_count", c_uint32), ("member_count", c_uint32),
                ("names_size", c_uint32), ("kinds", P(c_uint8)), ("member_offsets", P(c_uint32)),
                ("categories", P(c_uint8)), ("voting", P(c_uint8)), ("positions", P(c_uint8)),
                ("body_kinds", P(c_uint8)), ("tags", P(c_uint32)), ("names", c_void_p),
                ("name_offsets", P(c_uint32)), ("terms", P(Terms))]


class Decision(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("contract_award", c_int32), ("item", c_char_p),
                ("present", P(c_uint8)), ("conflicted", P(c_uint8)), ("votes", P(c_int32)),
                ("casting", c_int32), ("date", Date), ("stayed", P(c_uint8)), ("chosen", c_int32),
                ("casting_by", c_int32)]


class DecisionResult(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("can_decide", c_int32), ("quorate", c_int32),
                ("presiding", c_int32), ("eligible", c_uint32), ("eligible_lay_executive", c_uint32),
                ("withdrawn", c_uint32), ("outcome", c_int32), ("votes_for", c_uint32),
                ("votes_against", c_uint32), ("abstentions", c_uint32), ("presided", c_int32),
                ("may_preside", c_uint32), ("casting_by", c_int32), ("majority", c_int32),
                ("counted", c_uint32), ("reserved0", c_uint32)]


class CoiArrangements(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32)] + [(n, c_int32) for n in (
        "register_kept", "register_published", "prompt_declaration", "conflicts_managed",
        "records_nature", "records_parties", "in_annual_accounts", "procurement_register_kept",
        "procurement_register_published", "audit_chair_attested", "accountable_officer_attested",
        "model")]


class Milestone(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("kind", c_int32), ("id", c_char_p), ("label", c_char_p),
                ("models", c_uint32), ("precision", c_int32), ("start", Date), ("end", Date),
                ("has_time", c_int32), ("minute_of_day", c_int32), ("submission", c_int32),
                ("go_live_fy", c_int32), ("source", c_char_p), ("note", c_char_p),
                # 2.1: the milestone's life
                ("edition", c_char_p), ("in_force_from", Date), ("in_force_to", Date),
                ("source_kind", c_int32), ("reserved1", c_int32)]


class Edition(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("milestone_size", c_uint32), ("key", c_char_p),
                ("title", c_char_p), ("source", c_char_p), ("milestones", P(Milestone)),
                ("milestone_count", c_uint32), ("published_precision", c_int32), ("published", c_int64),
                # 2.1
                ("source_kind", c_int32), ("cycle_fy", c_int32), ("in_force_from", Date),
                ("in_force_to", Date), ("superseded_by", c_char_p)]


class Submission(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("on_time", c_int32), ("deadline_id", c_char_p),
                ("rule", c_char_p), ("deadline", c_int64), ("late_by", c_int64), ("go_live", Date),
                ("go_live_fy", c_int32), ("consequence", c_int32), ("reserved0", c_int32),
                ("next_deadline_id", c_char_p),
                # 2.1
                ("edition", c_char_p), ("verdict", c_int32), ("source_kind", c_int32),
                ("unknown_close", c_char_p)]


class Difference(ctypes.Structure):
    _fields_ = [("struct_size", c_uint32), ("change", c_int32), ("item", c_int32), ("reserved0", c_uint32),
                ("id", c_char_p), ("old_milestone", P(Milestone)), ("new_milestone", P(Milestone)),
                ("old_rule", P(Rule)), ("new_rule", P(Rule))]


class Figure(ctypes.Structure):
    _fields_ = [("cycle", c_char_p), ("model", c_int32), ("count", c_int32), ("count_alt", c_int32),
                ("source_kind", c_int32), ("source", c_char_p), ("note", c_char_p)]


class Error(ctypes.Structure):
    # What was wrong with an input (error.h): every check and the roster
    # parser take one, last. field is an enum cocomm_field (cocomm_field_name
    # names it); message is NULL before any call and "" after a success.
    _fields_ = [("struct_size", c_uint32), ("status", c_int32), ("index", c_int32),
                ("field", c_int32), ("line", c_uint32), ("column", c_uint32),
                ("message", c_char_p), ("text", ctypes.c_char * 64)]


class Roster(ctypes.Structure):
    # Where parsed members go: the caller's member array and text arena.
    # text is written by the library, so a plain char pointer (c_char_p
    # would read it back as a copy of bytes).
    # terms names the tags a Tags column may use beyond the offices; findings
    # gets a note for each voting value that was missing and defaulted.
    _fields_ = [("struct_size", c_uint32), ("member_size", c_uint32), ("capacity", c_uint32),
                ("count", c_uint32), ("members", P(Member)), ("text", P(ctypes.c_char)),
                ("text_cap", c_size_t), ("text_needed", c_size_t), ("terms", P(Terms)),
                ("findings", P(Findings)),
                # 2.1: what the parser found out about the file
                ("encoding", c_int32), ("delimiter", c_int32), ("columns", c_uint32), ("unused", c_uint32),
                ("header", P(ctypes.c_char)), ("lines", P(c_uint32)), ("column_kind", c_uint8 * 64)]


class Spelling(ctypes.Structure):
    # One spelling of the list reader's one table (2.1).
    _fields_ = [("struct_size", c_uint32), ("kind", c_int32), ("column", c_int32), ("rule", c_int32),
                ("category", c_int32), ("tag", c_int32), ("position", c_int32), ("voting", c_int32),
                ("body_kind", c_int32), ("reserved0", c_int32), ("text", c_char_p), ("note", c_char_p)]


STRUCTS = {
    "date": Date, "datetime": DateTime, "version_info": VersionInfo, "rule": Rule,
    "source": Source, "finding": Finding, "findings": Findings, "ccg": Ccg,
    "requirements": Requirements, "member": Member, "clause": Clause, "terms": Terms,
    "committee": Committee, "columns": Columns,
    "decision": Decision,
    "decision_result": DecisionResult, "coi_arrangements": CoiArrangements,
    "milestone": Milestone, "edition": Edition, "submission": Submission,
    "difference": Difference, "figure": Figure,
    "error": Error, "roster": Roster, "spelling": Spelling,
}

FINDINGS = [P(Findings)]
ERROR = [P(Error)]
I32 = c_int32

# name: (restype, argtypes) for every exported function.
def _stale_mirror(cdll: Any) -> str:
    """Why cdll does not fit these mirrors ("" when it does): every struct's
    size must equal the library's own, or the binding would corrupt memory."""
    for name, struct in STRUCTS.items():
        size = getattr(cdll, "cocomm_%s_size" % name, None)
        if size is None:
            return "no cocomm_%s_size: an older library than this module" % name
        size.restype, size.argtypes = c_uint32, []
        if size() != ctypes.sizeof(struct):
            return "struct %s is %d bytes here but %d there" % (name, ctypes.sizeof(struct), size())
    return ""


lib = _load()
speedups = _load_speedups()

FUNCTIONS = {
    "cocomm_version": (c_uint32, []),
    "cocomm_version_string": (c_char_p, []),
    "cocomm_version_info_init": (None, [P(VersionInfo)]),
    "cocomm_version_info_get": (I32, [P(VersionInfo)]),
    "cocomm_status_str": (c_char_p, [I32]),
    "cocomm_status_name": (c_char_p, [I32]),
    # error.h
    "cocomm_error_init": (None, [P(Error)]),
    "cocomm_field_name": (c_char_p, [I32]),
    # date.h
    "cocomm_date_check": (I32, [Date]),
    "cocomm_date_make": (I32, [I32, I32, I32, P(Date)]),
    "cocomm_date_days_in_month": (I32, [I32, I32]),
    "cocomm_date_to_days": (I32, [Date, P(c_int64)]),
    "cocomm_date_from_days": (I32, [c_int64, P(Date)]),
    "cocomm_date_add_days": (I32, [Date, c_int64, P(Date)]),
    "cocomm_date_diff_days": (I32, [Date, Date, P(c_int64)]),
    "cocomm_date_weekday": (I32, [Date, P(I32)]),
    "cocomm_date_compare": (I32, [Date, Date]),
    "cocomm_date_last_weekday": (I32, [I32, I32, I32, P(Date)]),
    "cocomm_date_parse": (I32, [c_char_p, c_size_t, P(Date)]),
    "cocomm_date_format": (I32, [Date, c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_datetime_check": (I32, [P(DateTime)]),
    "cocomm_datetime_to_instant": (I32, [P(DateTime), P(c_int64)]),
    "cocomm_instant_to_utc": (I32, [c_int64, P(DateTime)]),
    "cocomm_instant_to_uk": (I32, [c_int64, P(DateTime)]),
    "cocomm_instant_is_bst": (I32, [c_int64, P(I32)]),
    "cocomm_instant_bst_bounds": (I32, [I32, P(c_int64), P(c_int64)]),
    "cocomm_instant_from_uk": (I32, [P(DateTime), I32, P(c_int64)]),
    "cocomm_date_uk_end_of_day": (I32, [Date, P(c_int64)]),
    "cocomm_instant_parse": (I32, [c_char_p, c_size_t, P(c_int64)]),
    "cocomm_instant_format": (I32, [c_int64, I32, c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_date_fy": (I32, [Date, P(I32)]),
    "cocomm_date_fy_bounds": (I32, [I32, P(Date), P(Date)]),
    "cocomm_date_fy_format": (I32, [I32, c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_date_fy_parse": (I32, [c_char_p, c_size_t, P(I32)]),
    # rules.h, findings.h
    "cocomm_rule_count": (c_uint32, []),
    "cocomm_rule_at": (P(Rule), [c_uint32]),
    "cocomm_rule_find": (P(Rule), [c_char_p]),
    "cocomm_rule_get": (P(Rule), [I32]),
    "cocomm_force_severity": (I32, [I32]),
    "cocomm_force_name": (c_char_p, [I32]),
    "cocomm_section_name": (c_char_p, [I32]),
    "cocomm_source_count": (c_uint32, []),
    "cocomm_source_at": (P(Source), [c_uint32]),
    "cocomm_severity_name": (c_char_p, [I32]),
    "cocomm_findings_init": (None, [P(Findings), P(Finding), c_uint32]),
    "cocomm_finding_format": (I32, [P(Finding), P(Committee), c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_finding_template": (c_char_p, [I32]),
    # model.h, scope.h
    "cocomm_model_check": (I32, [I32]),
    "cocomm_model_name": (c_char_p, [I32]),
    "cocomm_model_key": (c_char_p, [I32]),
    "cocomm_model_parse": (I32, [c_char_p, c_size_t, P(I32)]),
    "cocomm_model_alias_count": (c_uint32, []),
    "cocomm_model_alias_at": (I32, [c_uint32, P(c_char_p), P(I32)]),
    "cocomm_function_count": (c_uint32, []),
    "cocomm_function_at": (I32, [c_uint32, P(I32)]),
    "cocomm_function_rule": (c_char_p, [I32]),
    "cocomm_function_name": (c_char_p, [I32]),
    "cocomm_function_role": (I32, [I32, I32, P(I32)]),
    "cocomm_function_list": (I32, [I32, I32, P(I32), c_uint32, P(c_uint32)]),
    "cocomm_function_reserved": (I32, [I32, P(I32)]),
    "cocomm_role_name": (c_char_p, [I32]),
    "cocomm_service_scope": (I32, [I32, I32, I32, P(I32), P(c_char_p)]),
    "cocomm_service_name": (c_char_p, [I32]),
    "cocomm_scope_name": (c_char_p, [I32]),
    # ccg.h, approval.h
    "cocomm_ccg_init": (None, [P(Ccg)]),
    "cocomm_ccg_check": (I32, [P(Ccg)] + ERROR),
    "cocomm_ccg_check_ods_code": (I32, [c_char_p, c_size_t]),
    "cocomm_requirements_init": (None, [P(Requirements)]),
    "cocomm_requirements_get": (I32, [I32, P(Requirements)]),
    "cocomm_approval_assess_eligibility": (I32, [P(Ccg), I32] + FINDINGS + ERROR),
    "cocomm_approval_assess_change": (I32, [I32, I32] + FINDINGS + ERROR),
    "cocomm_approval_assess_pooled_fund": (I32, [P(I32), c_uint32] + FINDINGS + ERROR),
    "cocomm_approval_assess_eoi": (I32, [c_uint32] + FINDINGS + ERROR),
    "cocomm_approval_assess_revocation": (I32, [I32] + FINDINGS + ERROR),
    # committee.h, decision.h, coi.h
    "cocomm_member_init": (None, [P(Member)]),
    "cocomm_committee_init": (None, [P(Committee)]),
    "cocomm_committee_check": (I32, [P(Committee)] + ERROR),
    "cocomm_committee_assess": (I32, [P(Committee)] + FINDINGS + ERROR),
    "cocomm_category_name": (c_char_p, [I32]),
    "cocomm_position_name": (c_char_p, [I32]),
    "cocomm_committee_kind_name": (c_char_p, [I32]),
    "cocomm_committee_kind_parse": (I32, [c_char_p, c_size_t, P(I32)]),
    # 2.1: many committees as columns
    "cocomm_columns_init": (None, [P(Columns)]),
    "cocomm_committee_assess_columns": (I32, [P(Columns)] + FINDINGS + [P(c_uint32), P(I32)] + ERROR),
    # terms.h
    "cocomm_terms_init": (None, [P(Terms)]),
    "cocomm_terms_check": (I32, [P(Terms)] + ERROR),
    "cocomm_terms_parse": (I32, [c_char_p, c_size_t, c_uint32, P(Terms)] + ERROR),
    "cocomm_terms_format": (I32, [P(Terms), c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_terms_tag_name": (c_char_p, [P(Terms), I32]),
    "cocomm_office_name": (c_char_p, [I32]),
    "cocomm_office_parse": (I32, [c_char_p, c_size_t, P(I32)]),
    "cocomm_majority_name": (c_char_p, [I32]),
    "cocomm_preside_name": (c_char_p, [I32]),
    "cocomm_decision_init": (None, [P(Decision)]),
    "cocomm_decision_result_init": (None, [P(DecisionResult)]),
    # the 4th argument gets member_count bytes of enum cocomm_item_role flags
    "cocomm_decision_assess": (I32, [P(Committee), P(Decision), P(DecisionResult), P(c_uint8)]
                              + FINDINGS + ERROR),
    "cocomm_decision_format_register": (I32, [P(Committee), P(Decision), P(DecisionResult), c_char_p, c_size_t,
                                    P(c_size_t)]),
    "cocomm_outcome_name": (c_char_p, [I32]),
    "cocomm_coi_arrangements_init": (None, [P(CoiArrangements)]),
    "cocomm_coi_assess": (I32, [P(CoiArrangements)] + FINDINGS + ERROR),
    # timeline.h, calendar.h
    "cocomm_edition_count": (c_uint32, []),
    "cocomm_edition_at": (P(Edition), [c_uint32]),
    "cocomm_edition_find": (P(Edition), [c_char_p]),
    "cocomm_edition_default": (P(Edition), []),
    "cocomm_milestone_init": (None, [P(Milestone)]),
    "cocomm_edition_init": (None, [P(Edition)]),
    "cocomm_submission_init": (None, [P(Submission)]),
    "cocomm_edition_check": (I32, [P(Edition)] + ERROR),
    "cocomm_timeline_list": (I32, [P(Edition), I32, P(P(Milestone)), c_uint32, P(c_uint32)]),
    "cocomm_milestone_deadline": (I32, [P(Milestone), P(c_int64)]),
    "cocomm_milestone_format_when": (I32, [P(Milestone), c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_milestone_judge": (I32, [P(Milestone), c_int64, P(I32), P(c_int64)]),
    "cocomm_submission_judge": (I32, [P(Edition), I32, c_int64, P(Submission)]),
    "cocomm_timeline_constitution_due": (I32, [Date, P(Date), P(Date)]),
    "cocomm_timeline_judge_amendment": (I32, [P(Edition), I32, c_int64, P(Submission)]),
    "cocomm_calendar_format_ics": (I32, [P(Edition), I32, c_int64, c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_calendar_format_csv": (I32, [P(Edition), I32, c_char_p, c_size_t, P(c_size_t)]),
    "cocomm_precision_name": (c_char_p, [I32]),
    "cocomm_milestone_kind_name": (c_char_p, [I32]),
    "cocomm_lateness_name": (c_char_p, [I32]),
    # 2.1
    "cocomm_timeline_end": (c_int64, []),
    "cocomm_timeline_judge_cycle": (I32, [I32, c_int64, P(Submission)]),
    "cocomm_edition_diff": (I32, [P(Edition), P(Edition), P(Difference), c_uint32, c_uint32, P(c_uint32)]),
    "cocomm_difference_init": (None, [P(Difference)]),
    "cocomm_difference_size": (c_uint32, []),
    "cocomm_figure_count": (c_uint32, []),
    "cocomm_figure_at": (P(Figure), [c_uint32]),
    "cocomm_figure_size": (c_uint32, []),
    "cocomm_change_name": (c_char_p, [I32]),
    "cocomm_cycle_verdict_name": (c_char_p, [I32]),
    "cocomm_rule_in_force": (I32, [P(Rule), Date, P(I32)]),
    "cocomm_rules_in_force": (I32, [Date, P(P(Rule)), c_uint32, P(c_uint32)]),
    "cocomm_source_kind_name": (c_char_p, [I32]),
    # roster.h
    "cocomm_roster_init": (None, [P(Roster), P(Member), c_uint32, c_char_p, c_size_t]),
    "cocomm_roster_parse": (I32, [c_char_p, c_size_t, c_uint32, P(Roster)] + ERROR),
    "cocomm_category_parse": (I32, [c_char_p, c_size_t, P(I32)]),
    "cocomm_position_parse": (I32, [c_char_p, c_size_t, P(I32)]),
    "cocomm_roster_parse_yes_no": (I32, [c_char_p, c_size_t, P(I32)]),
    "cocomm_roster_spelling_count": (c_uint32, []),
    "cocomm_roster_spelling_at": (P(Spelling), [c_uint32]),
    "cocomm_column_name": (c_char_p, [I32]),
    "cocomm_encoding_name": (c_char_p, [I32]),
}
for _name in STRUCTS:
    FUNCTIONS["cocomm_%s_size" % _name] = (c_uint32, [])



class _Missing:
    """A function this mirror knows and the loaded library does not export
    (a library of an earlier 2.x minor version): calling it says so."""

    def __init__(self, name: Any) -> None:
        self.__name__ = name

    def __call__(self, *args: Any) -> None:
        raise OSError("%s does not export %s: rebuild or update libcocomm" % (lib._name, self.__name__))


# Functions the loaded library lacks: each is a _Missing on lib.
MISSING = []
for _name, (_res, _args) in FUNCTIONS.items():
    try:
        _f = getattr(lib, _name)
    except AttributeError:
        MISSING.append(_name)
        setattr(lib, _name, _Missing(_name))
        continue
    _f.restype = _res
    _f.argtypes = _args


def check_mirrors() -> None:
    """Each mirror's size must equal the library's: a mismatch is a stale binding."""
    for name, struct in STRUCTS.items():
        theirs = getattr(lib, "cocomm_%s_size" % name)()
        if ctypes.sizeof(struct) != theirs:
            raise ImportError("cocomm: struct %s is %d bytes here but %d in %s"
                              % (name, ctypes.sizeof(struct), theirs, lib._name))


check_mirrors()
