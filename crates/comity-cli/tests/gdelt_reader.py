#!/usr/bin/env python3
"""Loads comity's GDELT export with an independent GDELT reader: gdeltPyR (PyPI `gdelt`, GPL-3,
used, not copied). Its download parser (`gdelt.parallel._mp_worker`: a zipped file fetched over
HTTP, read with pandas as GDELT's tab-separated files are) reads the export, served zipped from a
loopback HTTP server; its own schema files (the GDELT 2.0 codebook's column names and types,
`events2.csv` and `mentions.csv`) name and type the columns.

Usage: gdelt_reader.py EVENTS.tsv MENTIONS.tsv. Exit 0: every column loads as the codebook types
it; exit 1: a mismatch (printed); exit 77: the reader is not installed (printed).

`import gdelt` fetches a file from the web when the package's data files sit outside its folder
(as pip installs them), so the two modules used are loaded straight from their files.
"""

import http.server
import importlib.metadata
import importlib.util
import io
import os
import re
import sys
import threading
import zipfile

os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["no_proxy"] = "127.0.0.1,localhost"

try:
    import pandas as pd

    dist = importlib.metadata.distribution("gdelt")
except Exception as e:  # the reader or pandas is absent
    print(f"SKIPPED: the GDELT reader (PyPI gdelt) is not installed: {e}")
    sys.exit(77)


def load_module(name):
    path = dist.locate_file(f"gdelt/{name}.py")
    spec = importlib.util.spec_from_file_location(f"gdeltpyr_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def schema(table):
    for f in dist.files or []:
        if f.name == f"{table}.csv" and "data" in f.parts:
            return pd.read_csv(dist.locate_file(f))
    raise SystemExit(f"gdelt ships no {table}.csv schema")


parallel = load_module("parallel")


class Handler(http.server.BaseHTTPRequestHandler):
    files = {}

    def do_GET(self):
        body = self.files.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


def zipped(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.write(path, os.path.basename(path))
    return buf.getvalue()


failures = []


def check(table, path, reader_table, expected_columns):
    Handler.files[f"/{table}.zip"] = zipped(path)
    url = f"http://127.0.0.1:{server.server_port}/{table}.zip"
    frame = parallel._mp_worker(url, table=reader_table)
    if frame is None:
        failures.append(f"{table}: the reader returned no data")
        return
    s = schema("events2" if table == "events" else "mentions")
    rows = sum(1 for _ in open(path, encoding="utf-8"))
    print(f"{table}: {len(frame)} rows of {rows} loaded, {frame.shape[1]} columns "
          f"(the codebook lists {len(s)})")
    if frame.shape[1] != expected_columns or len(s) != expected_columns:
        failures.append(f"{table}: {frame.shape[1]} columns, codebook {len(s)}, expected {expected_columns}")
        return
    if len(frame) != rows:
        failures.append(f"{table}: {rows - len(frame)} rows the reader skipped as bad lines")
    frame.columns = list(s["name"])
    for name, kind in zip(s["name"], s["type"]):
        col = frame[name]
        filled = col.dropna()
        if kind == "INTEGER":
            if len(filled) != len(col) or not pd.api.types.is_integer_dtype(col):
                failures.append(f"{table}.{name}: INTEGER in the codebook, read as {col.dtype} "
                                f"with {len(col) - len(filled)} blanks")
        elif kind == "FLOAT":
            if not pd.api.types.is_float_dtype(col) and not pd.api.types.is_integer_dtype(col):
                failures.append(f"{table}.{name}: FLOAT in the codebook, read as {col.dtype}")
        elif kind == "STRING":
            if len(filled) and not (pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col)
                                    or name.endswith("ADM2Code") or name.endswith("FeatureID")):
                failures.append(f"{table}.{name}: STRING in the codebook, read as {col.dtype}")
    if table == "events":
        for name in ["SQLDATE"]:
            bad = pd.to_datetime(frame[name].astype(str), format="%Y%m%d", errors="coerce").isna().sum()
            if bad:
                failures.append(f"events.{name}: {bad} values are not YYYYMMDD dates")
        for name in ["Actor1Geo_CountryCode", "Actor2Geo_CountryCode", "ActionGeo_CountryCode"]:
            vals = frame[name].dropna().astype(str)
            bad = [v for v in vals if not re.fullmatch(r"[A-Z]{2}", v)]
            if bad:
                failures.append(f"events.{name}: not FIPS 10-4 codes: {sorted(set(bad))[:5]}")
            print(f"events.{name}: {len(vals)} FIPS codes, e.g. {sorted(set(vals))[:6]}")
        for name in ["EventCode", "EventBaseCode", "EventRootCode"]:
            if not all(re.fullmatch(r"\d{2,4}", str(v)) for v in frame[name]):
                failures.append(f"events.{name}: not CAMEO codes kept as text")
    stamps = ["DATEADDED"] if table == "events" else ["EventTimeDate", "MentionTimeDate"]
    for name in stamps:
        bad = pd.to_datetime(frame[name].astype(str), format="%Y%m%d%H%M%S", errors="coerce").isna().sum()
        if bad:
            failures.append(f"{table}.{name}: {bad} values are not YYYYMMDDHHMMSS")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
try:
    check("events", sys.argv[1], "events", 61)
    check("mentions", sys.argv[2], "mentions", 16)
finally:
    server.shutdown()
for f in failures:
    print("FAIL: " + f)
sys.exit(1 if failures else 0)
