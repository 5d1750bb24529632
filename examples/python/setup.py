# SPDX-License-Identifier: MIT
"""The package's one compiled part, optional: cocomm/_speedups.c, the
stable ABI of Python 3.10 on. Without a compiler or Python's headers
(python3-dev) pip installs the package without it, and it runs the same,
more slowly (cocomm.speedups_found_by says so). Everything else is in
pyproject.toml."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("cocomm._speedups", ["cocomm/_speedups.c"],
                             define_macros=[("Py_LIMITED_API", "0x030A0000")],
                             py_limited_api=True, optional=True)])
