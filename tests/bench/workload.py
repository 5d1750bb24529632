"""Flattens the peers' JSON workload (../shared/peers/gen_workload.py) into the
line format bench_committee reads, so the library validates exactly the
committees the peers do:

    python3 tests/bench/workload.py WORKLOAD.json > workload.txt

    cocomm-workload COMMITTEES
    C KIND MEMBERS                         one line a committee ...
    M CATEGORY VOTING POSITION NAME        ... then one line a member

KIND, CATEGORY and POSITION are the workload's own words ("delegated", "lay",
"vice_chair"); bench_committee maps them onto the library's enumerations.
VOTING is 1 or 0. NAME runs to the end of the line. Standard library only."""
import json
import sys


def word(value, what):
    text = str(value)
    if not text or any(ch.isspace() for ch in text):
        sys.exit("workload.py: %s %r is not one word" % (what, value))
    return text


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: workload.py WORKLOAD.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    out = ["cocomm-workload %d" % len(data)]
    for c in data:
        members = c["members"]
        out.append("C %s %d" % (word(c["kind"], "kind"), len(members)))
        for m in members:
            name = str(m["name"])
            if any(ord(ch) < 0x20 for ch in name):
                sys.exit("workload.py: name %r has a control character" % name)
            out.append("M %s %d %s %s" % (word(m["category"], "category"), 1 if m["voting"] else 0,
                                          word(m.get("position", "none"), "position"), name))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
