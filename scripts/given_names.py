#!/usr/bin/env python3
"""Builds the '?' row of dictionaries/names.tsv: given names of no recorded gender.

Source: the people of PETRARCH2's Phoenix country dictionary (dictionaries/phoenix/
Phoenix.Countries.actors.txt, MIT, Open Event Data Alliance), the entries marked as taken from
CountryInfo.txt: heads of state and government and ministers of every country since 1945. A
given name is the first word of such a person's name, kept by these rules:
- it is the first word of at least two people's names (one person's first word may be a
  title or a one-off spelling);
- it is alphabetic and at least three letters long;
- the news corpus beside the checkout (../shared/corpus/wikinews.jsonl, read for word counts
  only; nothing of its text is written) writes it in lower case less than a fifth as often as
  capitalised: otherwise it is an English word ("Grace", "Will");
- it is no title ("Sheikh", "Sultan"), no country name, demonym or capital (countries.tsv),
  and no place name (places.tsv, gazetteer.tsv): "Santiago", "Abu" (as in Abu Dhabi) are
  places first;
- it is not already a given name with a gender (the 'f' and 'm' rows, written by hand).
comity reads these names to recognise a person it does not know by the first word of a
capitalised run ("Salim Hamdan"), as it does with the rows of known gender, but gives no gender
for them ("she" and "he" are resolved by the other rows alone).

Usage: python3 scripts/given_names.py [CORPUS_DIR]   (rewrites dictionaries/names.tsv in place)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DICT = os.path.join(ROOT, "dictionaries")

# Titles and honorifics that stand first in some dictionary names.
TITLES = {
    "sheikh", "shaikh", "sheik", "sultan", "emir", "amir", "king", "queen", "prince", "princess",
    "imam", "mullah", "mulla", "haji", "hajji", "sayyid", "sayed", "syed", "general", "colonel",
    "president", "prime", "minister", "marshal", "admiral", "major", "captain", "lord", "lady",
    "sir", "dame", "dr", "doctor", "prof", "professor", "father", "bishop", "archbishop",
    "cardinal", "pope", "ayatollah", "hojjat", "hojatoleslam", "maulana", "mawlawi", "tuanku",
    "raja", "rajah", "maharaja", "shah", "crown", "grand", "chief", "deputy", "acting", "interim",
    "kpa", "chairman", "secretary", "governor", "senator", "judge", "justice", "mr", "mrs", "ms",
}


def words_of(path, columns, whole=False):
    """Lower-case words of the given tab-separated columns of a dictionary file; with `whole`,
    only names that are one word ("Santiago", not the "Martin" of "San Martin")."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for c in columns:
                if c < len(cols):
                    for name in cols[c].split(";"):
                        ws = name.strip().split()
                        if whole and len(ws) != 1:
                            continue
                        out.update(w.lower() for w in ws)
    return out


def main():
    corpus_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "corpus")
    first = collections.Counter()
    with open(os.path.join(DICT, "phoenix", "Phoenix.Countries.actors.txt"), encoding="utf-8",
              errors="replace") as f:
        for line in f:
            if not line or line[0] in "#+\t [" or "CountryInfo" not in line:
                continue
            name = line.split("#")[0].split("[")[0].strip().rstrip("_")
            toks = [t for t in name.split("_") if t]
            if len(toks) >= 2:
                first[toks[0].capitalize()] += 1
    lower = collections.Counter()
    capital = collections.Counter()
    with open(os.path.join(corpus_dir, "wikinews.jsonl"), encoding="utf-8") as f:
        for line in f:
            for w in re.findall(r"[A-Za-z][a-z'-]+", json.loads(line)["text"]):
                (capital if w[0].isupper() else lower)[w.lower()] += 1
    known = set()
    rows = []
    with open(os.path.join(DICT, "names.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("?\t"):
                continue
            rows.append(line)
            if line[:2] in ("f\t", "m\t"):
                known |= {w.lower() for w in line.split("\t")[1].split()}
    places = (words_of(os.path.join(DICT, "countries.tsv"), [1, 2, 3], whole=True)
              | words_of(os.path.join(DICT, "places.tsv"), [0], whole=True)
              | words_of(os.path.join(DICT, "gazetteer.tsv"), [0], whole=True))
    # (The first word of a place's name of several words stands for the place as often:
    # "Abu" of Abu Dhabi, "San" of San Salvador.)
    for path, col in (("places.tsv", 0), ("gazetteer.tsv", 0), ("countries.tsv", 1)):
        with open(os.path.join(DICT, path), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                for name in line.rstrip("\n").split("\t")[col].split(";"):
                    ws = name.strip().split()
                    if len(ws) > 1:
                        places.add(ws[0].lower())
    roles = words_of(os.path.join(DICT, "roles.txt"), [0])
    kept = []
    for name, n in first.items():
        w = name.lower()
        if (n >= 2 and name.isalpha() and len(name) >= 3
                and lower[w] * 5 < max(capital[w], 1)
                and w not in TITLES and w not in places and w not in roles and w not in known):
            kept.append(name)
    kept.sort()
    with open(os.path.join(DICT, "names.tsv"), "w", encoding="utf-8") as f:
        f.writelines(rows)
        f.write("?\t" + " ".join(kept) + "\n")
    print(f"{len(kept)} given names of no recorded gender", file=sys.stderr)


if __name__ == "__main__":
    main()
