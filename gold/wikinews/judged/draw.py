#!/usr/bin/env python3
"""Draw coded events at random for an independent judge.

Usage: draw.py CODED.jsonl [--n 60] [--seed S] > sample.jsonl
CODED.jsonl is `comity code ../shared/corpus/wikinews.jsonl --format json`; only articles that
`select.py --all` counts as international politics are drawn from. Each line of the output
names the article, the sentence's byte span and the coded event (codes, actor texts, trigger,
modality); the judge reads the sentence from the corpus by these offsets.
"""
import argparse
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def intl_ids():
    """The ids of the articles `select.py --all` counts as international politics."""
    select = os.path.join(HERE, "..", "select.py")
    out = subprocess.run([sys.executable, select, "--all"], capture_output=True, text=True,
                         check=True).stdout
    return {l.strip() for l in out.splitlines() if l.startswith("wn-")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coded")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20261202)
    args = ap.parse_args()
    ids = intl_ids()
    pool = []
    for line in open(args.coded, encoding="utf-8"):
        a = json.loads(line)
        if a["id"] not in ids:
            continue
        for e in a["events"]:
            t = e.get("target") or {}
            pool.append({
                "article": a["id"], "date": a.get("date"), "span": e["span"],
                "source": e["source"]["code"], "source_text": e["source"]["text"],
                "target": t.get("code", ""), "target_text": t.get("text", ""),
                "code": e["code"], "name": e.get("name", ""), "trigger": e["trigger"]["text"],
                "modality": e.get("modality", ""),
            })
    random.Random(args.seed).shuffle(pool)
    for e in pool[: args.n]:
        print(json.dumps(e, ensure_ascii=False))
    print(f"{len(pool)} events in {len(ids)} articles; drew {min(args.n, len(pool))}", file=sys.stderr)


if __name__ == "__main__":
    main()
