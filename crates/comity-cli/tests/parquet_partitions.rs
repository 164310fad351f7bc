//! `comity export --format parquet --partition month --out DIR`: Hive's layout, read back as one
//! table by an independent reader (DuckDB's Python package, `pip install duckdb`), with the
//! same events, per month, as `comity events` lists.

use std::collections::BTreeMap;
use std::process::Command;

mod common;

use common::{corpus_store, ok, scratch};

#[test]
fn monthly_partitions_read_back_as_one_table() {
    let duckdb = Command::new("python3").args(["-c", "import duckdb"]).output();
    if !duckdb.is_ok_and(|o| o.status.success()) {
        comity_core::missing_test_input("DuckDB's Python package (pip install duckdb)");
        return;
    }
    let Some(db) = corpus_store("parquet-months", 250) else { return };
    let d = scratch("parquet-months-out");
    let out = d.join("events");
    ok(
        &["export", "--format", "parquet", "--partition", "month", "--out", out.to_str().unwrap()],
        &db,
    );
    // What the store holds, per month (events without a date under Hive's default partition).
    let mut expected: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
    for l in ok(&["events", "--limit", "0", "--format", "jsonl"], &db).lines() {
        let e: serde_json::Value = serde_json::from_str(l).unwrap();
        let key = match e["date"].as_str() {
            Some(d) => (d[..4].to_string(), d[5..7].to_string()),
            None => ("__HIVE_DEFAULT_PARTITION__".into(), "__HIVE_DEFAULT_PARTITION__".into()),
        };
        let v = expected.entry(key).or_default();
        v.0 += 1;
        v.1 += e["mentions"].as_i64().unwrap();
    }
    assert!(expected.len() > 5, "events over several months: {expected:?}");
    let files = walk(&out);
    assert_eq!(files.len(), expected.len(), "one file a month: {files:?}");
    for (y, m) in expected.keys() {
        assert!(out.join(format!("year={y}/month={m}/part-0.parquet")).exists(), "{y}-{m}");
    }
    // DuckDB reads the folder as one table, the partition columns from the folder names.
    let script = format!(
        "import duckdb, json\n\
         t = \"read_parquet('{}/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)\"\n\
         rows = duckdb.sql('SELECT CAST(year AS VARCHAR), CAST(month AS VARCHAR), count(*), sum(mentions) FROM ' + t + ' GROUP BY ALL ORDER BY ALL').fetchall()\n\
         types = duckdb.sql('SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ' + t + ')').fetchall()\n\
         print(json.dumps({{'rows': rows, 'types': types}}))",
        out.display()
    );
    let r = Command::new("python3").args(["-c", &script]).output().unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let got: BTreeMap<(String, String), (i64, i64)> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            // DuckDB reads Hive's default partition as NULL.
            let s = |i: usize| r[i].as_str().unwrap_or("").to_string();
            let n = |i: usize| r[i].as_i64().unwrap();
            ((s(0), s(1)), (n(2), n(3)))
        })
        .collect();
    let expected: BTreeMap<(String, String), (i64, i64)> = expected
        .into_iter()
        .map(|((y, m), v)| {
            if y.starts_with("__HIVE") { ((String::new(), String::new()), v) } else { ((y, m), v) }
        })
        .collect();
    assert_eq!(got, expected);
    let types: BTreeMap<String, String> = v["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_str().unwrap().to_string()))
        .collect();
    for (col, ty) in [
        ("event", "BIGINT"),
        ("date", "VARCHAR"),
        ("goldstein", "DOUBLE"),
        ("mentions", "BIGINT"),
        ("source", "VARCHAR"),
    ] {
        assert_eq!(types.get(col).map(String::as_str), Some(ty), "{col}: {types:?}");
    }
    // A folder that is not empty is refused (old files would join the table).
    let (code, _, err) = common::run(
        &["export", "--format", "parquet", "--partition", "month", "--out", out.to_str().unwrap()],
        &db,
    );
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("not empty"), "{err}");
    let _ = std::fs::remove_dir_all(&d);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}
