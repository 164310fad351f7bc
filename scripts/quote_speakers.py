#!/usr/bin/env python3
"""Measures the speakers of quotes over a corpus coded by `comity code --format json`.

Prints the number of quotes, the share without a speaker, the speaker names that are
pronouns, common nouns or role words ("officials", "the ministry", "a spokesman"), a random
sample (fixed seed) of quotes without a speaker and one of quotes with a speaker to check by
hand, each with its sentence. With --before, also the quotes whose speaker changed between the
two codings, and a sample of them.

    target/release/comity code ../shared/corpus/wikinews.jsonl --format json > /tmp/coded.jsonl
    python3 scripts/quote_speakers.py /tmp/coded.jsonl ../shared/corpus/wikinews.jsonl

Spans are byte offsets into the article's text, so the text is read as UTF-8 bytes.
"""

import argparse
import collections
import json
import random
import re
import sys

PRONOUNS = {
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "its", "his", "their",
    "our", "this", "that", "these", "those", "who", "one",
}

# Words that name a role or a kind of body, not who holds it.
ROLE_WORDS = {
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
    "police", "ministry", "government", "authorities", "source", "sources", "statement",
    "report", "reports", "analysts", "experts", "witnesses", "residents", "company", "agency",
    "department", "office", "military", "army", "president", "minister", "chairman", "director",
    "leader", "leaders", "officer", "officers", "representative", "members", "member", "group",
    "organisation", "organization", "committee", "council", "court", "judge", "prosecutor",
    "prosecutors", "lawyer", "lawyers", "doctors", "scientists", "researchers", "observers",
    "diplomats", "people", "man", "woman", "website", "newspaper", "paper", "letter", "study",
}

LOWER_PARTICLES = {"al", "al-", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "la",
                   "le", "el", "dos", "das", "del", "ben", "abu"}


def common_name(name):
    """Whether a speaker's name is a pronoun, a common noun or a role word, not a proper name."""
    words = re.findall(r"[\w'-]+", name)
    if not words:
        return True
    low = [w.lower() for w in words]
    if any(w.isupper() and len(w) > 1 for w in words[:1]):
        return False  # an acronym: "WHO", "US"
    # "one" opening a longer name is a determiner ("one journalist Arlene Rodriguez"), not
    # the pronoun; the words after it decide below.
    first = re.split(r"['’]", low[0])[0]
    if " ".join(low) in PRONOUNS or (first in PRONOUNS and not (first == "one" and len(low) > 1)):
        return True
    while len(words) > 1 and low[0] in {"a", "an", "the", "one", "some", "local"}:
        words, low = words[1:], low[1:]
    # A proper name has a capitalised word that is no role word ("Police", "Officials" at a
    # sentence's start are role words), or an acronym ("US", "WHO").
    proper = [w for w in words
              if (len(w) > 1 and w.isupper())
              or (w[0].isupper() and w.lower() not in ROLE_WORDS | PRONOUNS)]
    return not proper


def sentence_around(text, span):
    """The sentence (or paragraph piece) around a byte span of `text` (bytes)."""
    a, b = span
    start = max(0, a - 400)
    head = text[start:a]
    cut = max(head.rfind(b". "), head.rfind(b"\n"), head.rfind(b"? "), head.rfind(b"! "))
    if cut >= 0:
        start += cut + 1
    tail = text[b:b + 400]
    ends = [i for i in (tail.find(b". "), tail.find(b"\n"), tail.find(b".\n")) if i >= 0]
    end = b + (min(ends) + 1 if ends else len(tail))
    return text[start:end].decode("utf-8", "replace").strip()


def load(coded_path, corpus_path):
    texts = {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                texts[a["id"]] = a["text"].encode("utf-8")
    quotes = []
    with open(coded_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            c = json.loads(line)
            for q in c.get("quotes", []):
                quotes.append((c["id"], q))
    return texts, quotes


def show(texts, aid, q, n):
    sp = q.get("speaker")
    who = "?" if sp is None else f"{sp['name']} [{sp.get('actor') or '-'}]"
    print(f"{n:3}. {aid} {q['kind']} speaker={who} cue={q.get('cue')!r}")
    print(f"     {sentence_around(texts[aid], q['span'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("coded", help="output of `comity code CORPUS --format json`")
    ap.add_argument("corpus", help="the corpus it was coded from (JSON lines with id and text)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--unknown", type=int, default=30, help="unknown-speaker quotes to show")
    ap.add_argument("--check", type=int, default=40, help="quotes with a speaker to show")
    ap.add_argument("--top", type=int, default=30, help="common-noun speaker names to list")
    ap.add_argument("--before", help="an earlier coding: list the quotes whose speaker changed")
    ap.add_argument("--changed", type=int, default=40, help="changed quotes to show")
    args = ap.parse_args()
    texts, quotes = load(args.coded, args.corpus)

    direct = [x for x in quotes if x[1]["kind"] == "direct"]
    unknown = [x for x in quotes if x[1].get("speaker") is None]
    print(f"quotes: {len(quotes)} ({len(direct)} direct, {len(quotes) - len(direct)} reported)")
    print(f"unknown speaker: {len(unknown)} ({100 * len(unknown) / max(1, len(quotes)):.2f}% of"
          f" all, {100 * len(unknown) / max(1, len(direct)):.1f}% of direct)")

    names = collections.Counter(
        q["speaker"]["name"] for _, q in quotes
        if q.get("speaker") and common_name(q["speaker"]["name"]))
    total = sum(names.values())
    print(f"\nspeaker names that are pronouns, common nouns or role words: {total}"
          f" ({100 * total / max(1, len(quotes)):.1f}% of quotes), top {args.top}:")
    for name, n in names.most_common(args.top):
        print(f"  {n:5}  {name}")
    pron = sum(n for name, n in names.items()
               if re.split(r"['’ ]", name.lower())[0] in PRONOUNS and not name.isupper())
    print(f"  of which pronouns: {pron}")

    rng = random.Random(args.seed)
    print(f"\nsample of {args.unknown} quotes without a speaker (seed {args.seed}):")
    for i, (aid, q) in enumerate(rng.sample(unknown, min(args.unknown, len(unknown))), 1):
        show(texts, aid, q, i)

    with_speaker = [x for x in quotes if x[1].get("speaker") is not None]
    rng = random.Random(args.seed)
    print(f"\nsample of {args.check} quotes with a speaker to check by hand (seed {args.seed}):")
    for i, (aid, q) in enumerate(rng.sample(with_speaker, min(args.check, len(with_speaker))), 1):
        show(texts, aid, q, i)

    if args.before:
        _, old = load(args.before, args.corpus)
        # A claim and a quote, or two claims ("according to" and "said that"), may share a span.
        key = lambda x: (x[0], x[1]["kind"], tuple(x[1]["span"]),
                         x[1].get("cue") if x[1]["kind"] == "reported" else None)
        was = {key(x): x[1].get("speaker") for x in old}
        name = lambda s: None if s is None else s["name"]
        changed = [(x, was[key(x)]) for x in quotes
                   if key(x) in was and name(was[key(x)]) != name(x[1].get("speaker"))]
        gained = sum(1 for x, w in changed if w is None)
        lost = sum(1 for x, w in changed if x[1].get("speaker") is None)
        new = sum(1 for x in quotes if key(x) not in was)
        gone = len(set(was) - {key(x) for x in quotes})
        print(f"\nagainst {args.before}: {len(changed)} quotes changed speaker ({gained} gained"
              f" one, {lost} lost one, {len(changed) - gained - lost} another); {new} quotes"
              f" new, {gone} gone")
        rng = random.Random(args.seed)
        for i, ((aid, q), w) in enumerate(
                rng.sample(changed, min(args.changed, len(changed))), 1):
            print(f"     was: {'?' if w is None else w['name']}")
            show(texts, aid, q, i)
    return 0


if __name__ == "__main__":
    sys.exit(main())
