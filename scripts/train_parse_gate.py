#!/usr/bin/env python3
"""Trains the parse gate (crates/comity-code/src/gate.rs) on the coder's own output.

    python3 scripts/train_parse_gate.py [--comity target/release/comity] [--loss 0.01]

Runs `comity code` on ../shared/corpus/wikinews.jsonl with COMITY_PARSE_GATE=dump (every
candidate sentence parsed, its features printed), labels each candidate sentence by whether the
coder gave an event in it, fits a logistic model (numpy, L2), and picks the threshold by
two-fold cross-validation over articles: the highest score under which the sentences left
unparsed hold no more than --loss of the candidates' events. Writes
crates/comity-code/src/parse_gate.tsv. Trigger words seen in fewer than --min-count candidate
sentences get no weight of their own. No gold data is read.
"""

import argparse
import json
import os
import subprocess
import zlib

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fit(x, y, l2, steps=400, rate=5.0):
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = (x.T @ (p - y) + l2 * w) / len(y)
        w -= rate * g
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--comity", default=os.path.join(ROOT, "target/release/comity"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "../shared/corpus/wikinews.jsonl"))
    ap.add_argument("--loss", type=float, default=0.01)
    ap.add_argument("--min-count", type=int, default=20)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", default=os.path.join(ROOT, "crates/comity-code/src/parse_gate.tsv"))
    a = ap.parse_args()

    env = dict(os.environ, COMITY_PARSE_GATE="dump")
    run = subprocess.run([a.comity, "code", a.corpus, "--format", "json"], env=env,
                         capture_output=True, text=True, check=True)
    events = {}
    for line in run.stdout.splitlines():
        if line.strip():
            art = json.loads(line)
            for e in art.get("events", []):
                k = (art["id"], e["sentence"])
                events[k] = events.get(k, 0) + 1
    rows = [json.loads(l) for l in run.stderr.splitlines() if l.startswith("{")]
    rows = [r for r in rows if "features" in r]
    counts = {}
    for r in rows:
        for f in r["features"]:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if not f.startswith("w:") or c >= a.min_count)
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for f in r["features"]:
            if f in index:
                x[i, index[f]] = 1
    ev = np.array([events.get((r["id"], r["sentence"]), 0) for r in rows], dtype=float)
    y = (ev > 0).astype(float)
    fold = np.array([zlib.crc32(r["id"].encode()) % 2 for r in rows])

    # Held-out scores, to choose the threshold on sentences the model did not see.
    held = np.zeros(len(rows))
    for k in (0, 1):
        w = fit(x[fold != k], y[fold != k], a.l2)
        held[fold == k] = x[fold == k] @ w
    order = np.argsort(held, kind="stable")
    lost = np.cumsum(ev[order])
    n = int(np.searchsorted(lost, a.loss * ev.sum(), side="right"))
    threshold = float(held[order[n]]) if n < len(order) else float("inf")
    w = fit(x, y, a.l2)
    print(f"{len(rows)} candidate sentences, {int(y.sum())} with events ({int(ev.sum())} events); "
          f"{len(names)} features")
    print(f"held out: {n} sentences ({n / len(rows):.1%}) under {threshold:.3f}, "
          f"{int(lost[n - 1]) if n else 0} events in them")
    with open(a.out, "w") as out:
        out.write("# The parse gate's model (crates/comity-code/src/gate.rs): a logistic model's\n")
        out.write("# weights, written by scripts/train_parse_gate.py from the coder's own output\n")
        out.write(f"# on the Wikinews corpus ({len(rows)} candidate sentences); a sentence whose\n")
        out.write("# features' weights sum to less than the threshold is not parsed.\n")
        out.write(f"threshold\t{threshold:.3f}\n")
        for f, v in zip(names, w):
            if abs(v) >= 0.005:
                out.write(f"{f}\t{v:.3f}\n")


if __name__ == "__main__":
    main()
