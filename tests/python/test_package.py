#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The cocomm package installs offline: a venv over the system's packages,
pip install --no-build-isolation of examples/python (setuptools from
python3-setuptools), then the installed module loads the library, says
which, and ships py.typed. And meson install's directory for the module
(examples/python/install_dir.py) is on this python3's import path.
Exit 77 (skipped) without venv, pip or setuptools."""
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(TOP, "examples", "python")


def install_dir_on_path() -> None:
    for prefix in ("/usr/local", "/usr"):
        rel = subprocess.run([sys.executable, os.path.join(SRC, "install_dir.py"), prefix], check=True,
                             capture_output=True, text=True).stdout.strip()
        where = os.path.join(prefix, rel)
        if "deb_system" in sysconfig.get_scheme_names() or prefix == sys.prefix:
            assert where in sys.path, "%s (meson install, prefix %s) is not on sys.path %r" % (where, prefix, sys.path)
        print("meson install, prefix %s: %s" % (prefix, where))


def main() -> int:
    install_dir_on_path()
    try:
        import ensurepip  # noqa: F401
        import setuptools  # noqa: F401
        import venv  # noqa: F401
    except ImportError as e:
        print("package: skipped (%s: apt-get install python3-venv python3-setuptools)" % e)
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        shutil.copytree(SRC, src, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
        env_dir = os.path.join(tmp, "v")
        made = subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", env_dir],
                              capture_output=True, text=True)
        if made.returncode != 0:
            print("package: skipped (no venv: %s)" % made.stderr.strip()[-200:])
            return 77
        py = os.path.join(env_dir, "bin", "python")
        pip = subprocess.run([py, "-m", "pip", "install", "--no-build-isolation", "--no-index", "--no-deps", src],
                             capture_output=True, text=True, env=dict(os.environ, PIP_NO_INPUT="1"))
        if pip.returncode != 0:
            print(pip.stdout[-2000:] + pip.stderr[-2000:])
            print("package: 0 passed, 1 failed")
            return 1
        check = ("import cocomm, os, sys; d = os.path.dirname(cocomm.__file__); "
                 "assert d.startswith(sys.prefix), d; assert os.path.exists(os.path.join(d, 'py.typed')); "
                 "print(cocomm.__version__, cocomm.library_found_by, cocomm.library_path); "
                 "print('speedups:', cocomm.speedups_found_by, cocomm.speedups_path)")
        run = subprocess.run([py, "-c", check], capture_output=True, text=True, cwd=tmp)
        sys.stdout.write(run.stdout + run.stderr)
        ok = run.returncode == 0 and run.stdout.startswith("2.")
        # With Python's headers pip compiles the speedups into the package;
        # without them it installs the package alone (setup.py: optional).
        headers = os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))
        if headers and "speedups: package " + env_dir not in run.stdout.replace(os.path.realpath(env_dir), env_dir):
            print("the speedups were not built into the package, though Python.h is here")
            ok = False
    print("package: %d passed, %d failed" % (ok, not ok))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
