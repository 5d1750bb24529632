#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""mypy --strict on the cocomm package (examples/python/cocomm): every
public function annotated, py.typed shipped. Exit 77 (skipped) when mypy
is not installed (Debian: apt-get install mypy)."""
import os
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    mypy = shutil.which("mypy")
    cmd = [mypy] if mypy else [sys.executable, "-m", "mypy"]
    if subprocess.run(cmd + ["--version"], capture_output=True).returncode != 0:
        print("mypy: skipped (mypy is not installed: apt-get install mypy)")
        return 77
    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run(cmd + ["--strict", "--cache-dir", cache, "cocomm"],
                             cwd=os.path.join(TOP, "examples", "python"), capture_output=True, text=True)
    sys.stdout.write(out.stdout + out.stderr)
    ok = out.returncode == 0
    print("mypy: %d passed, %d failed" % (ok, not ok))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
