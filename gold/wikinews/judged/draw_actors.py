#!/usr/bin/env python3
"""Draw coded actor mentions at random for an independent judge (issue 14).

Usage: draw_actors.py CODED.jsonl [--n 60] [--seed S] > actors/sample.jsonl
CODED.jsonl is `comity code ../shared/corpus/wikinews.jsonl --format json`; only articles that
`select.py --all` counts as international politics are drawn from. The pool is every source and
every target of every coded event (an actor mention: the words the coder read as an actor, and
the code it gave them); one mention that serves several events is one entry. An actor the
coder implied with no words of its own (its span is the event's trigger: "USA government
(implied)" for a protest naming no one, the authorities behind an arrest) is no mention and is
left out (from actors19 on): it is judged with its event in the event rounds. Each line of the
output names the article, the sentence's byte span, the mention's byte span and text, and the
code; the judge reads the sentence and the article from the corpus by these offsets and never
sees why the coder chose the code.
"""
import argparse
import json
import random
import sys

from draw import intl_ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coded")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20261203)
    args = ap.parse_args()
    ids = intl_ids()
    pool, seen = [], set()
    for line in open(args.coded, encoding="utf-8"):
        a = json.loads(line)
        if a["id"] not in ids:
            continue
        for e in a["events"]:
            for role in ("source", "target"):
                m = e.get(role)
                if not m or m["span"] == e["trigger"]["span"]:
                    continue
                key = (a["id"], tuple(m["span"]), m["code"])
                if key in seen:
                    continue
                seen.add(key)
                pool.append({
                    "article": a["id"], "date": a.get("date"), "sentence_span": e["span"],
                    "span": m["span"], "text": m["text"], "code": m["code"],
                })
    random.Random(args.seed).shuffle(pool)
    for m in pool[: args.n]:
        print(json.dumps(m, ensure_ascii=False))
    print(f"{len(pool)} actor mentions in {len(ids)} articles; drew {min(args.n, len(pool))}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
