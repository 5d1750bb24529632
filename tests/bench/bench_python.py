"""The Python module against the plain-Python peer, in one process, same
rounds (tests/bench/bench_committee.c runs it; figures only):

    python3 tests/bench/bench_python.py PEERS_DIR WORKLOAD.json ROSTER.csv [ROUNDS]

  x-python-module  committees a second from Python dicts, conversion
                   included: cocomm.validate_committees(workload) over the
                   peers' own py_validate.validate() on each committee;
  x-python-csv     committee lists read and validated from CSV files:
                   cocomm.validate_rosters(paths) (the library parses) over
                   Python's csv module, a dict of the spellings the file
                   uses and py_validate.validate().

Each ratio is the peer's time over the module's, the module timed just
before and just after the peer (the mean of the two); medians of ROUNDS
rounds are printed. The peers are imported from PEERS_DIR, never copied.
The module is examples/python/cocomm; COCOMM_LIBRARY names the library."""
import csv
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "examples", "python"))

ROWS = 1000  # rows a list, as bench_committee cuts the same CSV

# The spellings gen_roster.py writes, as an analyst would map them.
CATEGORY = {"lay": "lay", "lay member": "lay", "executive": "executive", "exec": "executive",
            "ccg executive": "executive", "clinical": "clinical", "gp": "clinical", "gp member": "clinical",
            "clinician": "clinical", "nhs england": "nhs_england", "nhse": "nhs_england",
            "area team": "nhs_england", "healthwatch": "healthwatch", "local healthwatch": "healthwatch",
            "hwb": "hwb", "health and wellbeing board": "hwb", "health & wellbeing board": "hwb",
            "lmc": "lmc", "local medical committee": "lmc", "other": "other"}
VOTING = {"yes": True, "y": True, "voting": True, "true": True, "no": False, "n": False, "non-voting": False}
POSITION = {"chair": "chair", "vice-chair": "vice_chair", "deputy chair": "vice_chair"}


def csv_peer(paths, validate):
    """Python's csv module, the spellings above, then the peer's rules."""
    found = 0
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            rows = csv.reader(f)
            header = [h.strip().lower() for h in next(rows)]
            ni, ci, vi, pi = (header.index(h) for h in ("name", "category", "voting", "position"))
            members = []
            for row in rows:
                cat = CATEGORY[row[ci].strip().lower()]
                vote = row[vi].strip().lower()
                members.append({"name": row[ni].strip(), "category": cat,
                                "voting": VOTING[vote] if vote else cat not in ("healthwatch", "hwb"),
                                "position": POSITION.get(row[pi].strip().lower(), "none")})
        found += len(validate({"kind": "delegated", "members": members}))
    return found


def cut(csv_path, into):
    """The CSV as lists of ROWS rows, each with the header, written as files."""
    with open(csv_path, "rb") as f:
        lines = f.read().split(b"\r\n")
    header, rows = lines[0], [r for r in lines[1:] if r]
    paths = []
    for k in range(0, len(rows), ROWS):
        path = os.path.join(into, "list-%04d.csv" % (k // ROWS))
        with open(path, "wb") as f:
            f.write(b"\r\n".join([header] + rows[k:k + ROWS]) + b"\r\n")
        paths.append(path)
    return paths


def timed(fn, seconds):
    """Passes of fn a second, over at least `seconds`."""
    n, t0 = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        dt = time.perf_counter() - t0
        if dt >= seconds:
            return n / dt


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: bench_python.py PEERS_DIR WORKLOAD.json ROSTER.csv [ROUNDS]")
    peers, workload, roster = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    sys.path.insert(0, peers)
    import py_validate  # the peer, from ../shared/peers
    import cocomm
    with open(workload, encoding="utf-8") as f:
        data = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        paths = cut(roster, tmp)
        # The same findings either way, counted once: the module's rules are a superset.
        module_found = cocomm.validate_committees(data).total
        peer_found = sum(len(py_validate.validate(c)) for c in data)
        csv_found = cocomm.validate_rosters(paths).total
        csv_peer_found = csv_peer(paths, py_validate.validate)
        print("python-module: cocomm %s from %s (%s); %d committees, findings module %d, peer %d"
              % (cocomm.__version__, cocomm.library_path, cocomm.library_found_by, len(data), module_found,
                 peer_found))
        print("python-module: speedups %s%s" % (cocomm.speedups_found_by,
                                                (" " + cocomm.speedups_path) if cocomm.speedups_path else ""))
        print("python-csv: %d lists of up to %d rows, findings module %d, peer %d"
              % (len(paths), ROWS, csv_found, csv_peer_found))
        x_module, x_csv = [], []
        for r in range(rounds):
            before = timed(lambda: cocomm.validate_committees(data), 0.2)
            peer = timed(lambda: [py_validate.validate(c) for c in data], 0.2)
            after = timed(lambda: cocomm.validate_committees(data), 0.2)
            x_module.append((before + after) / 2 / peer)
            cbefore = timed(lambda: cocomm.validate_rosters(paths), 0.3)
            cpeer = timed(lambda: csv_peer(paths, py_validate.validate), 0.3)
            cafter = timed(lambda: cocomm.validate_rosters(paths), 0.3)
            x_csv.append((cbefore + cafter) / 2 / cpeer)
            print("round %d/%d: dicts module %.0f vs python %.0f passes/s x%.1f; csv module %.1f vs python %.1f "
                  "passes/s x%.1f" % (r + 1, rounds, (before + after) / 2, peer, x_module[-1],
                                      (cbefore + cafter) / 2, cpeer, x_csv[-1]))
    print("x-python-module: %.1f" % statistics.median(x_module))
    print("x-python-csv: %.1f" % statistics.median(x_csv))


if __name__ == "__main__":
    main()
