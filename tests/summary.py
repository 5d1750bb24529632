#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Sums the "NAME: N passed, N failed" lines that every test program prints
over one or more meson testlog.json files, and prints one closing line.
A test that printed no such line counts once, by its meson result."""
import json
import re
import sys

LINE = re.compile(r"^(\w[\w-]*): (\d+) passed, (\d+) failed", re.M)
passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for row in f:
            test = json.loads(row)
            found = LINE.findall(test.get("stdout") or "")
            result = test.get("result")
            if result == "SKIP":
                skipped += 1
            elif found:
                for _, p, q in found:
                    passed += int(p)
                    failed += int(q)
                if result != "OK" and not any(int(q) for _, _, q in found):
                    failed += 1  # crashed or exited non-zero after its count
            elif result == "OK":
                passed += 1
            else:
                failed += 1
print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
sys.exit(1 if failed or passed == 0 else 0)
