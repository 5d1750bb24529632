#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The package's optional C speedups (examples/python/cocomm/_speedups.c)
read members' dicts exactly as the pure-Python path does: the same
columns byte for byte, the same results from validate_committees(), and
None (the Python paths then read and explain) for anything out of the
ordinary. Also: no reference or memory left behind, and the input never
changed. $COCOMM_SPEEDUPS names the built module (tests/python/meson.build);
without one the test is skipped (exit 77), saying why."""
import gc
import json
import os
import random
import sys
import tracemalloc
import unittest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, "examples", "python"))
import cocomm  # noqa: E402
from cocomm import _ffi  # noqa: E402

CATS = ["lay", "executive", "clinical", "nhs_england", "healthwatch", "hwb", "lmc", "other"]
NAMES = ["Dr Siân Jones", "Łukasz Nowak", "Mr Amir Davies", "Ms Zoë O'Brien", "Bob 🙂 Smith", "A", "陈伟"]


def committees(seed, n=60):
    """Committees as JSON gives them, with varied spellings and names."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        ms = []
        for j in range(rnd.randrange(1, 18)):
            cat = rnd.choice(CATS + [c.upper() for c in CATS])
            ms.append({"name": "%s %d" % (rnd.choice(NAMES), j), "category": cat,
                       "voting": rnd.random() < 0.8,
                       "position": rnd.choice(["none", "chair", "vice_chair", "vice-chair", "vice chair", "",
                                               "CHAIR", "none", "none"])})
        out.append({"kind": rnd.choice(["delegated", "joint", "DELEGATED"]), "members": ms})
    return out


def columns(members_of):
    return _ffi.speedups.columns(members_of, cocomm._CATEGORY_KEYS, cocomm._POSITION_KEYS)


def pure(fn):
    """fn() with the speedups switched off: the pure-Python paths."""
    saved = _ffi.speedups
    _ffi.speedups = None
    try:
        return fn()
    finally:
        _ffi.speedups = saved


def plain(results):
    return [(r.status, str(r)) if isinstance(r, cocomm.CocommError) else [f.to_dict() for f in r] for r in results]


class Speedups(unittest.TestCase):
    def test_loaded_and_said(self):
        self.assertIsNotNone(_ffi.speedups)
        self.assertEqual(cocomm.speedups_found_by, "COCOMM_SPEEDUPS")
        self.assertEqual(cocomm.speedups_path, os.environ["COCOMM_SPEEDUPS"])

    def test_same_columns_as_python(self):
        for seed in range(20):
            data = committees(seed)
            members_of = [c["members"] for c in data]
            kinds = [c["kind"] for c in data]
            fast = cocomm._fast_columns(members_of, kinds, None)
            slow = pure(lambda: cocomm._fast_columns(members_of, kinds, None))
            n = slow.member_offsets[-1]
            self.assertEqual(fast.names, slow.names)
            self.assertEqual(list(fast.member_offsets), list(slow.member_offsets))
            for f in ("categories", "voting", "positions", "kinds"):
                count = n if f != "kinds" else len(data)
                self.assertEqual(bytes(getattr(fast.struct, f)[:count]), bytes(getattr(slow.struct, f)[:count]), f)

    def test_same_results_as_python(self):
        for seed in range(10):
            data = committees(100 + seed)
            self.assertEqual(plain(cocomm.validate_committees(data)),
                             plain(pure(lambda: cocomm.validate_committees(data))))

    def test_out_of_the_ordinary_goes_to_python(self):
        good = {"name": "Ann", "category": "lay", "voting": True, "position": "chair"}

        class Dict(dict):
            pass

        class Str(str):
            pass

        odd = {
            "extra key": dict(good, tags="chief_officer"),
            "missing key": {k: v for k, v in good.items() if k != "position"},
            "other key": {"name": "Ann", "category": "lay", "voting": True, "office": "chair"},
            "voting as int": dict(good, voting=1),
            "voting as str": dict(good, voting="yes"),
            "category as enum": dict(good, category=cocomm.Category.LAY),
            "category as int": dict(good, category=int(cocomm.Category.LAY)),
            "unknown category": dict(good, category="layperson"),
            "unknown position": dict(good, position="president"),
            "name not str": dict(good, name=12),
            "name a str subclass": dict(good, name=Str("Ann")),
            "NUL in name": dict(good, name="A\0nn"),
            "lone surrogate": dict(good, name="A\udc80nn"),
            "dict subclass": Dict(good),
            "not a dict": ("Ann", "lay", True, "chair"),
            "a key not str": {"name": "Ann", "category": "lay", "voting": True, 4: "chair"},
        }
        for why, member in odd.items():
            with self.subTest(why):
                self.assertIsNone(columns([[dict(good, name="Bo")], [member]]))
                # and validate_committees gives what the Python paths give
                data = [{"kind": "delegated", "members": [dict(good, name="Bo"), member]}]
                try:
                    want = plain(pure(lambda: cocomm.validate_committees(data)))
                except (TypeError, ValueError) as e:
                    with self.assertRaises(type(e)) as got:
                        cocomm.validate_committees(data)
                    self.assertEqual(str(got.exception), str(e))
                else:
                    self.assertEqual(plain(cocomm.validate_committees(data)), want)
        self.assertIsNone(columns([]))
        self.assertIsNone(columns([[], []]))
        self.assertIsNone(columns([[good], (good,)]))
        with self.assertRaises(TypeError):
            columns("not a list")
        with self.assertRaises(TypeError):
            _ffi.speedups.columns([[good]], [], {})

    def test_names_exactly(self):
        members = [{"name": n, "category": "lay", "voting": False, "position": "none"} for n in NAMES]
        names, cats, votes, poss = columns([members])
        self.assertEqual(names, b"".join(n.encode("utf-8") + b"\0" for n in NAMES))
        self.assertEqual(cats, bytes([int(cocomm.Category.LAY)]) * len(NAMES))
        self.assertEqual(votes, b"\0" * len(NAMES))
        self.assertEqual(poss, bytes([int(cocomm.Position.NONE)]) * len(NAMES))

    def test_nothing_left_behind(self):
        data = committees(7)
        members_of = [c["members"] for c in data]
        name = members_of[0][0]["name"]
        before = json.dumps(data, sort_keys=True)
        refs = sys.getrefcount(name), sys.getrefcount(members_of[0][0]), sys.getrefcount(members_of[0])
        for _ in range(50):
            columns(members_of)
            columns([[{"name": 1}]])
        gc.collect()
        self.assertEqual((sys.getrefcount(name), sys.getrefcount(members_of[0][0]), sys.getrefcount(members_of[0])),
                         refs)
        self.assertEqual(json.dumps(data, sort_keys=True), before)
        tracemalloc.start()
        columns(members_of)
        gc.collect()
        start = tracemalloc.get_traced_memory()[0]
        for _ in range(2000):
            columns(members_of)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - start
        tracemalloc.stop()
        self.assertLess(grown, 4096, "memory kept by 2000 calls")


if __name__ == "__main__":
    if _ffi.speedups is None:
        print("speedups: skipped (%s)" % cocomm.speedups_found_by)
        sys.exit(77)
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
