#!/usr/bin/env python3
"""Which Wikinews articles are "about international politics", and which of them the gold set holds.

An article qualifies when (1) it comes from the toscaData "Politics and conflicts" file or from
the 2019/2020 vanatteveldt scrape, (2) it names at least two different countries (names, demonyms
or capitals from comity's dictionaries/countries.tsv), one of them at least twice, and (3) it
uses at least three words of government, diplomacy or conflict (a closed list below). The rule
looks at no event coding, so it serves as the denominator of corpus-wide coverage figures too.

    python3 gold/wikinews/select.py --all              # every qualifying id (one a line)
    python3 gold/wikinews/select.py --sample 48        # the gold sample: ids, period, split
    python3 gold/wikinews/select.py --sample 96        # with the 24 held-out and 24 dev2 after them
    python3 gold/wikinews/select.py --sample 120       # and the 24 of dev3 (session 43) after those
    python3 gold/wikinews/select.py --sample 144       # and the 24 of dev4 (session 44) after those
    python3 gold/wikinews/select.py --sample 168       # and the 24 of dev5 (session 45) after those
    python3 gold/wikinews/select.py --sample 192       # and the 24 of dev6 (session 46) after those

The sample is stratified by period (six periods, equal shares), limited to texts of 1,200 to
4,500 bytes (so one article can be coded in a sitting), and ordered within each period by the
SHA-256 of the article id: deterministic, and blind to content beyond the rule. Every fourth
article of each period goes to the test split, the rest to dev. Of a larger sample, the ninth
to twelfth articles of each period are held out (coded later by other annotators and never
read while tuning the coder), the thirteenth to sixteenth form a second development
sample (dev2), the seventeenth to twentieth a third (dev3, coded in session 43 and first
scored against the coder of that session's start and end), the twenty-first to twenty-fourth a
fourth (dev4, coded in session 44 and likewise first scored unread), and the twenty-fifth to
twenty-eighth a fifth (dev5, coded in session 45, scored with that session's starting and final
coders and not read in it), and the twenty-ninth to thirty-second a sixth (dev6, coded in
session 46, scored first with that session's starting coder, then read as a development set).
"""

import argparse
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "wikinews.jsonl")

POLITICAL = set(
    """government minister ministry president prime parliament military army troops forces
    police rebels militants talks summit sanctions treaty agreement embassy ambassador diplomat
    diplomatic foreign defence defense war attack attacked killed election elections protest
    protesters nuclear security council united nations nato accused condemned negotiations
    ceasefire opposition coalition official officials spokesman leader leaders""".split()
)

PERIODS = [
    ("2004-2005", "2004", "2005"),
    ("2006", "2006", "2006"),
    ("2007", "2007", "2007"),
    ("2008", "2008", "2008"),
    ("2009-2018", "2009", "2018"),
    ("2019-2021", "2019", "2021"),
]


def country_patterns():
    """One compiled regex per country code, over its names, demonyms and capitals."""
    pats = {}
    path = os.path.join(ROOT, "dictionaries", "countries.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            code = cols[0]
            words = []
            for col in cols[1:4]:
                words += [w.strip() for w in col.split(";") if w.strip()]
            # Short all-capital aliases (US, UK) only as written; the rest as words.
            alts = sorted(set(words), key=len, reverse=True)
            pats[code] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alts) + r")s?\b")
    return pats


def qualifies(rec, pats):
    src = rec.get("source") or ""
    if "politics.rda" not in src and "vanatteveldt" not in src:
        return False
    text = rec.get("text") or ""
    counts = {}
    for code, pat in pats.items():
        n = len(pat.findall(text))
        if n:
            counts[code] = n
    if len(counts) < 2 or max(counts.values()) < 2:
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    return len(words & POLITICAL) >= 3


def period_of(date):
    year = (date or "")[:4]
    for name, lo, hi in PERIODS:
        if lo <= year <= hi:
            return name
    return None


# Articles of each period in the first sample (48 in all); the next four of each period are
# held out (24), and the four after them a second development sample (24).
FIRST = 8
HELDOUT = 4
DEV2 = 4
DEV3 = 4
DEV4 = 4
DEV5 = 4


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=CORPUS)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--all", action="store_true", help="print every qualifying article id")
    g.add_argument("--sample", type=int, help="print the stratified gold sample of N articles")
    args = ap.parse_args()
    pats = country_patterns()
    chosen = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if qualifies(rec, pats):
                chosen.append(rec)
    if args.all:
        for rec in chosen:
            print(rec["id"])
        print(f"{len(chosen)} articles qualify", file=sys.stderr)
        return
    per = args.sample // len(PERIODS)
    for name, _, _ in PERIODS:
        pool = [
            r
            for r in chosen
            if period_of(r.get("date")) == name and 1200 <= len(r["text"].encode()) <= 4500
        ]
        pool.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        for i, rec in enumerate(pool[:per]):
            # The first eight of each period are the first sample (dev and test); the ones
            # after them were coded later by other annotators.
            if i >= FIRST + HELDOUT + DEV2 + DEV3 + DEV4 + DEV5:
                split = "dev6"
            elif i >= FIRST + HELDOUT + DEV2 + DEV3 + DEV4:
                split = "dev5"
            elif i >= FIRST + HELDOUT + DEV2 + DEV3:
                split = "dev4"
            elif i >= FIRST + HELDOUT + DEV2:
                split = "dev3"
            elif i >= FIRST + HELDOUT:
                split = "dev2"
            elif i >= FIRST:
                split = "heldout"
            else:
                split = "test" if i % 4 == 3 else "dev"
            print(f"{rec['id']}\t{name}\t{split}\t{rec['title']}")


if __name__ == "__main__":
    main()
