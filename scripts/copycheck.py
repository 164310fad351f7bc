#!/usr/bin/env python3
"""Finds text of the news corpus or of the PLOVER gold records copied into the repository.

Neither may be copied here (README: the corpus's licences; tests and comments use sentences
written here). A line is flagged when it starts a run of 8 consecutive words that also stands
in an article of ../shared/corpus, or of 6 words that stands in a PLOVER record of
../shared/plover. Words are lower-case letters only, so punctuation and line breaks do not hide
a copy. Names of organisations and the month list are facts, not prose: runs inside ALLOWED are
not flagged.

Usage (from the checkout): python3 scripts/copycheck.py [FILE ...]
Without files it checks every tracked source, documentation and script file outside gold/ (the
hand-coded gold set quotes nothing but offsets and notes), the Phoenix dictionaries and the data
tables of names. Prints FILE:LINE: the shared words [source id] and exits 1 when any line is
flagged; exits 2 when ../shared is missing.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
CORPUS = [os.path.join(SHARED, "corpus", f) for f in ("wikinews.jsonl", "reuters21578.jsonl")]
PLOVER = os.path.join(SHARED, "plover", "plover_dev.jsonl")

# Names and fixed lists that may be shared word for word.
ALLOWED = [
    "the liberation tigers of tamil eelam",
    "the organisation for economic co operation and development",
    "jan feb mar apr may jun jul aug sep oct nov dec",
]

# Files that hold names and codes (facts), or others' dictionaries kept apart.
SKIPPED = ("gold/", "dictionaries/phoenix/", "dictionaries/terms/", "dictionaries/gazetteer.tsv")
CHECKED = (".rs", ".md", ".py", ".txt", ".toml", ".html", ".js", ".css", ".sh", ".tsv")


def words(text):
    """The lower-case words of `text` with the line each stands on."""
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        out.extend((w, n) for w in re.findall(r"[a-z]+", line.lower()))
    return out


def tracked():
    """The repository's tracked files that are checked (None when git cannot list them)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                             check=True).stdout.decode("utf-8", "replace").split("\0")
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"copycheck: cannot list the tracked files with git: {e}", file=sys.stderr)
        return None
    return [f for f in out if f and f.endswith(CHECKED) and not f.startswith(SKIPPED)]


def allowed(run):
    """Whether the run of words stands, word for word, inside an allowed name or list."""
    return any(f" {run} " in f" {a} " for a in ALLOWED)


def checked_text(path, text):
    """The text of a file that is checked: all of it, or only the comment lines of a table."""
    if path.endswith(".tsv"):
        return "\n".join(line if line.startswith("#") else "" for line in text.split("\n"))
    return text


def main():
    if not all(os.path.exists(p) for p in CORPUS + [PLOVER]):
        print(f"copycheck: {SHARED} (corpus and PLOVER records) not found", file=sys.stderr)
        return 2
    files = sys.argv[1:] or tracked()
    if files is None:
        return 2
    wanted = {}
    for f in files:
        path = f if os.path.isabs(f) else os.path.join(REPO, f)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as fh:
            ws = words(checked_text(path, fh.read()))
        for k in (6, 8):
            for i in range(len(ws) - k + 1):
                run = " ".join(w for w, _ in ws[i:i + k])
                if not allowed(run):
                    wanted.setdefault((k, run), []).append((f, ws[i][1]))
    hits = {}

    def scan(text, source, k):
        ws = re.findall(r"[a-z]+", text.lower())
        for i in range(len(ws) - k + 1):
            key = (k, " ".join(ws[i:i + k]))
            for at in wanted.get(key, ()):
                hits.setdefault(at, (key[1], source))

    with open(PLOVER, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            scan(r.get("text") or "", r.get("id", "?"), 6)
    for path in CORPUS:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                o = json.loads(line)
                scan(o.get("text") or "", o.get("id", "?"), 8)
    for (f, n), (run, source) in sorted(hits.items()):
        print(f"{f}:{n}: {run} [{source}]")
    print(f"copycheck: {len(hits)} line(s) flagged in {len(files)} file(s)", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
