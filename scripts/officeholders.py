#!/usr/bin/env python3
"""Builds dictionaries/officeholders.tsv from the terms of office in dictionaries/terms/*.txt.

The terms files list facts of the public record (who held which office, from when to when),
written for comity from public sources; see dictionaries/terms/README.md. This script turns them
into the people.tsv format: one line per person with the aliases of all their lines, and the
dated codes of their terms in time order. Before the first term of a politician (a first term in
government, parliament or opposition), between two terms, and after the last one until their
death, the person is of their country's elite (`ELI`).
Terms of one person with the same code that touch or overlap are merged.

Run from the repository root:
    python3 scripts/officeholders.py > dictionaries/officeholders.tsv
It reads nothing but the terms files and needs nothing outside Python's standard library.
"""

import datetime
import glob
import os
import sys

HEADER = """\
# People in office 1990-2026 with dated codes, generated from dictionaries/terms/*.txt by
# scripts/officeholders.py (python3 scripts/officeholders.py > dictionaries/officeholders.tsv).
# Do not edit by hand: edit the terms and rerun. people.tsv wins over this file, and this file
# over leaders.tsv, where they name the same person.
# Format as people.tsv (full name, aliases with '?' for weak ones, CODE@FROM..TO, gender, title).
"""


def day(s):
    return datetime.date.fromisoformat(s) if s else None


def fail(path, n, msg):
    sys.exit(f"{path}:{n}: {msg}")


def read_terms(paths):
    """Yields (path, line, name, aliases, code, from, to, gender, title, home)."""
    for path in paths:
        country = None
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                if line.startswith("@"):
                    country = line[1:].split()[0]
                    if len(country) != 3 or not country.isupper():
                        fail(path, n, f"bad country header {line!r}")
                    continue
                f_ = [x.strip() for x in line.split("|")]
                f_ += [""] * (7 - len(f_))
                name, aliases, code, start, end, gender, title = f_[:7]
                if not name or not code:
                    fail(path, n, "expected NAME | ALIASES | CODE | FROM | TO | GENDER | TITLE")
                if code == "DIED":
                    yield path, n, name, aliases, code, day(start), None, gender, title, None
                    continue
                if len(code) == 3 and country:
                    code = country + code
                if not code.isalnum() or not code.isupper():
                    fail(path, n, f"bad code {code!r}")
                try:
                    a, b = day(start), day(end)
                except ValueError as e:
                    fail(path, n, str(e))
                if a and b and b < a:
                    fail(path, n, "term ends before it starts")
                if gender not in ("", "m", "f"):
                    fail(path, n, f"bad gender {gender!r}")
                home = country or (code[:3] if not code.startswith("IGO") else None)
                yield path, n, name, aliases, code, a, b, gender, title, home


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dictionaries", "terms")
    paths = sorted(glob.glob(os.path.join(root, "*.txt")))
    people = {}
    order = []
    for path, n, name, aliases, code, a, b, gender, title, home in read_terms(paths):
        p = people.get(name)
        if p is None:
            p = people[name] = {"aliases": [], "terms": [], "gender": "", "home": home}
            order.append(name)
        for al in aliases.split(";"):
            al = al.strip()
            if al and al not in p["aliases"]:
                p["aliases"].append(al)
        if gender:
            p["gender"] = gender
        if not p["home"] and home:
            p["home"] = home
        if code == "DIED":
            p["died"] = a
            continue
        p["terms"].append((a, b, code, title))
    sys.stdout.write(HEADER)
    one = datetime.timedelta(days=1)
    for name in order:
        p = people[name]
        # Open starts sort first; then by start.
        terms = sorted(p["terms"], key=lambda t: (t[0] or datetime.date.min, t[1] or datetime.date.max))
        merged = []
        for a, b, code, title in terms:
            if merged:
                pa, pb, pcode, ptitle = merged[-1]
                touches = pb is None or a is None or a <= pb + one
                if pcode == code and touches:
                    end = None if (pb is None or b is None) else max(pb, b)
                    merged[-1] = (pa, end, code, title or ptitle)
                    continue
            merged.append((a, b, code, title))
        died = p.get("died")
        periods = []
        # Before a politician's first term (a candidate, a mayor, a party figure), they are of
        # their country's elite too.
        first = merged[0] if merged else None
        if (
            first
            and first[0]
            and p["home"]
            and not first[2].startswith("IGO")
            and first[2][3:] in ("GOV", "LEG", "OPP")
        ):
            periods.append((None, first[0] - one, p["home"] + "ELI"))
        for k, (a, b, code, title) in enumerate(merged):
            # (An open last term ends with its holder's death.)
            if b is None and k + 1 == len(merged):
                b = died
            periods.append((a, b, code))
            if b is None:
                continue
            nxt = merged[k + 1][0] if k + 1 < len(merged) else None
            home = p["home"]
            if not home:
                continue
            eli = home + "ELI"
            if nxt is None:
                if died is None or died > b:
                    periods.append((b + one, died, eli))
            elif nxt - one >= b + one:
                periods.append((b + one, nxt - one, eli))
        codes = "; ".join(
            f"{c}@{a.isoformat() if a else ''}..{b.isoformat() if b else ''}" for a, b, c in periods
        )
        title = next((t[3] for t in reversed(merged) if t[3]), "")
        print("\t".join([name, "; ".join(p["aliases"]), codes, p["gender"], title]))


if __name__ == "__main__":
    main()
