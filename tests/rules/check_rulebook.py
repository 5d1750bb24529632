#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The rule catalogue compiled into the library and the rulebook
../shared/spec/RULES.md (beside the checkout, as in CI) name the same set
of identifiers, with the same force. Skips, saying so, where the rulebook
is absent: a user's clone has no ../shared."""
import ctypes
import os
import re
import sys

SKIP = 77
top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
rulebook = os.path.join(os.path.dirname(top), "shared", "spec", "RULES.md")
if not os.path.exists(rulebook):
    print("skipped: %s not found (it exists only beside a CI checkout)" % rulebook)
    sys.exit(SKIP)


class Rule(ctypes.Structure):
    _fields_ = [("id", ctypes.c_char_p), ("section", ctypes.c_int32), ("force", ctypes.c_int32),
                ("statement", ctypes.c_char_p), ("applies_to", ctypes.c_char_p),
                ("source", ctypes.c_char_p)]


lib = ctypes.CDLL(os.environ["COCOMM_LIBRARY"])
lib.cocomm_rule_count.restype = ctypes.c_uint32
lib.cocomm_rule_at.restype = ctypes.POINTER(Rule)
lib.cocomm_rule_at.argtypes = [ctypes.c_uint32]
FORCES = {1: "must", 2: "should", 3: "may", 4: "fact"}
catalogue = {}
for i in range(lib.cocomm_rule_count()):
    r = lib.cocomm_rule_at(i).contents
    catalogue[r.id.decode()] = (FORCES[r.force], r.source.decode())

book = {}
for line in open(rulebook, encoding="utf-8"):
    m = re.match(r"^\| ([A-Z]-[0-9A-Z]+) \|(.*)\|\s*$", line)
    if not m:
        continue
    cols = [c.strip() for c in m.group(2).split("|")]
    force = None
    for c in cols:
        w = c.split(" ")[0].rstrip(",").lower()
        if w in ("must", "should", "may", "fact"):
            force = w
    book[m.group(1)] = force

failed = 0
only_book = sorted(set(book) - set(catalogue))
only_lib = sorted(set(catalogue) - set(book))
if only_book:
    print("in RULES.md but not in the catalogue:", " ".join(only_book))
    failed += 1
if only_lib:
    print("in the catalogue but not in RULES.md:", " ".join(only_lib))
    failed += 1
for rid in sorted(set(book) & set(catalogue)):
    # Rows whose force column the rulebook leaves implicit (function and
    # milestone tables, E sections) have no force word to compare.
    if book[rid] is not None and book[rid] != catalogue[rid][0]:
        print("%s: force %s in RULES.md, %s in the catalogue" % (rid, book[rid], catalogue[rid][0]))
        failed += 1
print("%d identifiers in both" % len(set(book) & set(catalogue)))
print("rulebook: %d passed, %d failed" % (0 if failed else 1, 1 if failed else 0))
sys.exit(1 if failed else 0)
