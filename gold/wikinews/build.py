#!/usr/bin/env python3
"""Assemble the gold set from the annotators' files and measure their agreement.

    python3 gold/wikinews/build.py            # writes gold/wikinews/events.jsonl, prints agreement

events.jsonl holds every article of sample.tsv once, in its order, each line from the
annotator who was given it (annot/A.jsonl ... annot/F.jsonl), with `split` from sample.tsv.
Conventions fixed here (and only these): the African Union is written IGOAFRAU as in the
guidelines (an early version of show.py --check refused that spelling, so one annotator wrote
IGOAFRAFU).

Agreement: each annotator also coded articles of another (annot/*-overlap.jsonl: A and B three
each, C to N one each).
Events are compared as comity's scorer compares coded and gold events (overlapping sentence,
same country or organisation on both sides, same CAMEO root), one to one.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = set("AFR ASA BLK CAS CAU EAF EEU EUR LAM MEA NAF NAM SAF SAM SAS SEA WAF WST CAF CRB PGS".split())


# A and B coded the first sample (24 articles each); C, D, E and F the held-out articles, and
# G, H, I and J the second development sample (six each), in session 42; K, L, M and N the
# third development sample (six each), in session 43; O, P, Q and R the fourth (dev4), in
# session 44; S, T, U and V the fifth (dev5), in session 45; W, X, Y and Z the sixth (dev6), in
# session 46. Each of C to Z also coded one article of another annotator of its group again.
ANNOTATORS = (
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
    "S", "T", "U", "V", "W", "X", "Y", "Z",
)


def principal(code):
    code = code.strip()
    if code.startswith("IGO"):
        return code[:9] if code[3:6] in REGIONS else code[:6]
    return code[:3]


def match(a, b):
    return (
        a["span"][0] < b["span"][1]
        and b["span"][0] < a["span"][1]
        and principal(a["source"]) == principal(b["source"])
        and principal(a.get("target", "")) == principal(b.get("target", ""))
        and a["code"][:2] == b["code"][:2]
    )


def matched(xs, ys):
    used = [False] * len(ys)
    n = 0
    for x in xs:
        for j, y in enumerate(ys):
            if not used[j] and match(x, y):
                used[j] = True
                n += 1
                break
    return n


def read(path):
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(l) for l in f if l.strip())}


def main():
    sample = []
    with open(os.path.join(HERE, "sample.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            i, period, split = line.rstrip("\n").split("\t")[:3]
            sample.append((i, split))
    coded = {}
    for who in ANNOTATORS:
        coded.update(read(os.path.join(HERE, "annot", f"{who}.jsonl")))
    missing = [i for i, _ in sample if i not in coded]
    if missing:
        raise SystemExit(f"not annotated: {' '.join(missing)}")
    with open(os.path.join(HERE, "events.jsonl"), "w", encoding="utf-8") as out:
        for i, split in sample:
            rec = dict(coded[i])
            rec["split"] = split
            for e in rec["events"]:
                for role in ("source", "target"):
                    if e.get(role) == "IGOAFRAFU":
                        e[role] = "IGOAFRAU"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_ev = sum(len(coded[i]["events"]) for i, _ in sample)
    print(f"events.jsonl: {len(sample)} articles, {n_ev} events")
    # Agreement on the doubly coded articles.
    both = {}
    for who in ANNOTATORS:
        for i, r in read(os.path.join(HERE, "annot", f"{who}-overlap.jsonl")).items():
            both[(who, i)] = (r["events"], coded[i]["events"])
    total_a = total_b = agree = 0
    for (who, i), (x, y) in sorted(both.items()):
        m = matched(x, y)
        total_a += len(x)
        total_b += len(y)
        agree += m
        print(f"  {i} (again by {who}): {len(x)} vs {len(y)} events, {m} agree")
    f1 = 2 * agree / max(1, total_a + total_b)
    print(f"agreement on {len(both)} articles: {agree} events in common of {total_a} and {total_b} (F1 {f1:.2f})")


if __name__ == "__main__":
    main()
