#!/usr/bin/env python3
"""Print Wikinews articles sentence by sentence with UTF-8 byte offsets, for annotators.

    python3 gold/wikinews/show.py wn-tosca-5751 [more ids]     # from ../shared/corpus/wikinews.jsonl
    python3 gold/wikinews/show.py --check gold/wikinews/events.jsonl

Each sentence is printed as `[n] start-end  text`, where start and end are byte offsets into the
article's `text` (UTF-8, end exclusive). The splitter is deliberately simple and independent of
comity's own segmenter; when it splits wrongly, annotators give the offsets of the real sentence
(`--span START END` prints any byte range to check them). `--check` verifies an annotation file:
ids exist, spans lie inside the text on character boundaries, each trigger occurs in its span,
codes have the right shape.
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus", "wikinews.jsonl"))

ABBREV = set(
    """mr mrs ms dr gen col lt sgt capt maj rev sen rep gov st jr sr prof pres adm cmdr
    jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co no vs etc u.s u.n u.k e.u""".split()
)


def load(corpus):
    arts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            arts[rec["id"]] = rec
    return arts


def sentences(text):
    """Byte spans of sentences: a break after . ! ? (and closing quotes) before white space and
    a capital, digit or quote, unless the word before is a known abbreviation or an initial."""
    b = text.encode("utf-8")
    spans = []
    start = 0
    for m in re.finditer(rb"[.!?][\"'\)\]\xe2\x80\x9d\xe2\x80\x99]*(\s+)(?=[\"'A-Z0-9\xe2\x80\x9c])|\n\s*\n", b):
        if m.group(0).startswith(b"\n"):
            end = m.start()
        else:
            end = m.start(1)
            before = b[start:m.start() + 1].split()
            word = before[-1].decode("utf-8", "replace").lower().strip("\"'(").rstrip(".") if before else ""
            if word in ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        if b[start:end].strip():
            spans.append(trim(b, start, end))
        start = m.end()
    if b[start:].strip():
        spans.append(trim(b, start, len(b)))
    return spans


def trim(b, s, e):
    while s < e and b[s:s + 1].isspace():
        s += 1
    while e > s and b[e - 1:e].isspace():
        e -= 1
    return (s, e)


def show(rec):
    text = rec["text"]
    b = text.encode("utf-8")
    print(f"=== {rec['id']}  {rec.get('date')}  {rec.get('title')}")
    print(f"    {rec.get('url')}")
    for i, (s, e) in enumerate(sentences(text)):
        print(f"[{i}] {s}-{e}  {b[s:e].decode('utf-8')}")
    print()


def check(path, arts):
    bad = 0
    n_art = n_ev = 0
    code_re = re.compile(r"^\d{3,4}$")
    actor_re = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{ln}: not JSON: {e}")
                bad += 1
                continue
            art = arts.get(rec.get("id"))
            if art is None:
                print(f"{path}:{ln}: unknown article id {rec.get('id')!r}")
                bad += 1
                continue
            n_art += 1
            b = art["text"].encode("utf-8")
            for k, ev in enumerate(rec.get("events", [])):
                n_ev += 1
                where = f"{path}:{ln}: {rec['id']} event {k}"
                s, e = ev.get("span", [None, None])
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(b)):
                    print(f"{where}: bad span {ev.get('span')}")
                    bad += 1
                    continue
                try:
                    sent = b[s:e].decode("utf-8")
                except UnicodeDecodeError:
                    print(f"{where}: span {s}-{e} cuts a character")
                    bad += 1
                    continue
                trig = ev.get("trigger", "")
                if not trig or trig.lower() not in sent.lower():
                    print(f"{where}: trigger {trig!r} not in the sentence")
                    bad += 1
                if not code_re.match(str(ev.get("code", ""))):
                    print(f"{where}: bad CAMEO code {ev.get('code')!r}")
                    bad += 1
                for role in ("source", "target"):
                    v = ev.get(role, "")
                    if role == "target" and v == "":
                        continue
                    if not actor_re.match(v):
                        print(f"{where}: bad {role} code {v!r}")
                        bad += 1
    print(f"{n_art} articles, {n_ev} events, {bad} problems")
    return bad == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--check", metavar="EVENTS_JSONL")
    ap.add_argument("--span", nargs=2, type=int, metavar=("START", "END"))
    args = ap.parse_args()
    arts = load(args.corpus)
    if args.check:
        sys.exit(0 if check(args.check, arts) else 1)
    for i in args.ids:
        if i not in arts:
            sys.exit(f"unknown article id {i}")
        if args.span:
            s, e = args.span
            print(arts[i]["text"].encode("utf-8")[s:e].decode("utf-8", "replace"))
        else:
            show(arts[i])


if __name__ == "__main__":
    main()
