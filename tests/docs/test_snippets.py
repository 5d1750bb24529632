#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the code in README.md and docs/*.md, so that the examples a
newcomer copies cannot go stale: C blocks are compiled against the built
library and run; Python blocks are run with the cocomm module; shell lines
that call build/examples/ programs are run (exit 0 or 1: a program that
finds faults answers 1)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ["COCOMM_BUILD_ROOT"]
LIBDIR = os.path.join(BUILD, "lib")
DOCS = ["README.md", "docs/getting-started.md", "docs/timeline.md", "docs/terms.md", "docs/mainpage.md"]
CC = shutil.which("cc") or shutil.which("gcc")


def blocks(path, lang):
    with open(os.path.join(TOP, path), encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"```%s\n(.*?)```" % lang, text, re.S)


def env():
    e = dict(os.environ)
    e["LD_LIBRARY_PATH"] = LIBDIR
    e["COCOMM_LIBRARY"] = os.path.join(LIBDIR, "libcocomm.so.2")
    e["PYTHONPATH"] = os.path.join(TOP, "examples", "python")
    return e


class Snippets(unittest.TestCase):
    def test_c_blocks_compile_and_run(self):
        n = 0
        for doc in DOCS:
            for code in blocks(doc, "c"):
                n += 1
                with tempfile.TemporaryDirectory() as tmp:
                    src, exe = os.path.join(tmp, "snippet.c"), os.path.join(tmp, "snippet")
                    with open(src, "w") as f:
                        f.write(code)
                    cc = subprocess.run([CC, "-std=c11", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
                                         "-I", os.path.join(TOP, "include"), "-I", os.path.join(BUILD, "include"),
                                         src, "-o", exe, "-L", LIBDIR, "-lcocomm"], capture_output=True)
                    self.assertEqual(cc.returncode, 0, "%s: %s" % (doc, cc.stderr.decode()))
                    run = subprocess.run([exe], capture_output=True, env=env())
                    self.assertEqual(run.returncode, 0, doc)
                    if doc == "docs/getting-started.md":
                        self.assertIn("error C-2: lay and executive members are 2 of 4 voting members: "
                                      "not a majority", run.stdout.decode())
        self.assertGreaterEqual(n, 2)

    def test_python_blocks_run(self):
        n = 0
        for doc in DOCS:
            for code in blocks(doc, "python"):
                n += 1
                run = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env(), cwd=TOP)
                self.assertEqual(run.returncode, 0, "%s: %s" % (doc, run.stderr.decode()))
        self.assertGreaterEqual(n, 2)

    def test_shell_lines_run(self):
        n = 0
        for doc in DOCS:
            for code in blocks(doc, "sh"):
                for line in code.splitlines():
                    line = line.split("#")[0].strip() if line.strip().startswith("build/") else ""
                    if not line.startswith("build/examples/"):
                        continue
                    line = line.replace(">", "#>").split("#>")[0]  # no redirections into the tree
                    n += 1
                    cmd = os.path.join(BUILD, line[len("build/"):])
                    run = subprocess.run(["bash", "-c", cmd], capture_output=True, env=env(), cwd=TOP)
                    self.assertIn(run.returncode, (0, 1), "%s: %s: %s" % (doc, line, run.stderr.decode()))
        self.assertGreaterEqual(n, 8)


if __name__ == "__main__":
    if CC is None:
        print("skipped: no C compiler")
        sys.exit(77)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    bad = len(result.failures) + len(result.errors)
    print("snippets: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
