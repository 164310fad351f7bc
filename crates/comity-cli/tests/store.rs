//! `comity ingest` into a store, the query commands, the exports read back with independent
//! readers (csv, an XML parser), and an ingest killed midway that leaves the store consistent.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;

use common::{comity, repo, run, scratch};

/// A folder of articles: the sample articles, an HTML page, a JSON Lines file with a copy.
fn fixture(dir: &Path) -> PathBuf {
    let src = dir.join("in");
    std::fs::create_dir_all(src.join("web")).unwrap();
    for f in ["diplomacy.txt", "conflict.txt"] {
        std::fs::copy(repo().join("examples").join(f), src.join(f)).unwrap();
    }
    std::fs::write(
        src.join("web/page.html"),
        "<html><head><title>Talks</title><meta property=\"article:published_time\" content=\"2025-03-10T09:00:00Z\"></head><body><nav>Menu</nav>\
         <article><p>Japan praised India for its role in the talks.</p><p>India and Japan signed a defence agreement in Delhi.</p></article></body></html>",
    )
    .unwrap();
    std::fs::write(
        src.join("feed.jsonl"),
        "{\"id\":\"w1\",\"date\":\"2025-03-11\",\"url\":\"https://example.org/a\",\"text\":\"Poland condemned Belarus over the border incident. Poland and Lithuania signed a security pact.\"}\n\
         {\"id\":\"w2\",\"date\":\"2025-03-12\",\"url\":\"https://example.net/b\",\"text\":\"Poland condemned Belarus again on Wednesday, officials said.\"}\n\
         {\"id\":\"bad\",\"text\":\n",
    )
    .unwrap();
    std::fs::write(src.join(".hidden.txt"), "Russia attacked Ukraine.").unwrap();
    src
}

#[test]
fn ingest_query_and_export() {
    let d = scratch("main");
    let src = fixture(&d);
    let db = d.join("store.db");
    let (code, _, err) = run(&["ingest", src.to_str().unwrap(), "--date", "2025-03-14"], &db);
    assert_eq!(code, 1, "one malformed line makes the exit code 1: {err}");
    assert!(err.contains("feed.jsonl:3: malformed JSON"), "{err}");
    assert!(err.contains("5 stored"), "{err}");
    // Idempotent: the second ingest adds nothing.
    let (_, _, err2) = run(&["ingest", src.to_str().unwrap(), "--date", "2025-03-14"], &db);
    assert!(err2.contains("0 stored") && err2.contains("5 already stored"), "{err2}");
    let (code, status, _) = run(&["status", "--format", "json"], &db);
    assert_eq!(code, 0);
    let st: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(st["stats"]["articles"], 5);
    assert_eq!(st["stats"]["errors"], 2, "the malformed line, recorded twice (once per ingest)");
    assert_eq!(st["problems"].as_array().unwrap().len(), 0);

    // Two articles report Poland condemning Belarus within three days: one event, two mentions.
    let (_, ev, _) = run(&["events", "--format", "jsonl", "--dyad", "POL,BLR"], &db);
    let rows: Vec<serde_json::Value> =
        ev.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1, "{ev}");
    assert_eq!(
        (rows[0]["mentions"].as_i64(), rows[0]["articles"].as_i64(), rows[0]["sources"].as_i64()),
        (Some(2), Some(2), Some(2))
    );
    assert_eq!(rows[0]["code"], "111");
    let (_, ev, _) = run(&["events", "--format", "jsonl", "--mentions", "--dyad", "POL,BLR"], &db);
    assert_eq!(ev.lines().count(), 2);
    // The HTML page was read: its date, its events.
    let (_, ev, _) = run(&["events", "--format", "jsonl", "--source", "JPN", "--code", "05"], &db);
    let rows: Vec<serde_json::Value> =
        ev.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(
        rows.iter().any(|r| r["article"] == "page.html"
            && r["date"] == "2025-03-10"
            && r["code"] == "051"),
        "{ev}"
    );
    let (_, table, _) = run(&["events", "--quad", "4"], &db);
    assert!(table.contains("ISRMIL") && table.contains("195"), "{table}");
    let (_, q, _) = run(&["quotes", "--format", "json", "--speaker", "Iwaya"], &db);
    assert!(q.contains("come back to the table"), "{q}");
    let (_, a, _) = run(&["actors", "--format", "json", "--code", "POL"], &db);
    assert!(a.contains("\"code\":\"POL\""), "{a}");

    // Exports, read back with independent readers.
    let csv_path = d.join("events.csv");
    run(&["export", "--as", "csv", "--out", csv_path.to_str().unwrap()], &db);
    let mut rdr = csv::Reader::from_path(&csv_path).unwrap();
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(&headers[2], "source");
    let recs: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert!(recs.iter().any(|r| &r[2] == "POL" && &r[4] == "BLR" && &r[12] == "2"), "{recs:?}");
    let (_, gdelt, _) = run(&["export", "--as", "gdelt", "--dyad", "POL,BLR"], &db);
    let cols: Vec<&str> = gdelt.lines().next().unwrap().split('\t').collect();
    assert_eq!(cols.len(), 61, "GDELT 2.0 rows have 61 columns");
    assert_eq!(
        (cols[1], cols[5], cols[7], cols[15], cols[26], cols[28], cols[29], cols[31]),
        ("20250311", "POL", "POL", "BLR", "111", "11", "3", "2")
    );
    for (fmt, root) in [("graphml", "graphml"), ("gexf", "gexf")] {
        let (_, xml, _) = run(&["export", "--as", fmt], &db);
        let mut reader = quick_xml::Reader::from_str(&xml);
        let (mut nodes, mut edges, mut first) = (0, 0, None);
        loop {
            match reader
                .read_event()
                .unwrap_or_else(|e| panic!("{fmt} is not well-formed XML: {e}"))
            {
                quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    first.get_or_insert(name.clone());
                    if name == "node" {
                        nodes += 1;
                    }
                    if name == "edge" {
                        edges += 1;
                    }
                }
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(first.as_deref(), Some(root));
        assert!(nodes >= 4 && edges >= 3, "{fmt}: {nodes} nodes, {edges} edges");
    }
    let pq = d.join("events.parquet");
    run(&["export", "--as", "parquet", "--out", pq.to_str().unwrap()], &db);
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
        std::fs::File::open(&pq).unwrap(),
    )
    .unwrap()
    .build()
    .unwrap();
    let batches: Vec<arrow_array::RecordBatch> = reader.map(Result::unwrap).collect();
    let total: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(total, recs.len(), "parquet and csv hold the same events");
    let b = &batches[0];
    let src = b
        .column_by_name("source")
        .unwrap()
        .as_any()
        .downcast_ref::<arrow_array::StringArray>()
        .unwrap();
    let mentions = b
        .column_by_name("mentions")
        .unwrap()
        .as_any()
        .downcast_ref::<arrow_array::Int64Array>()
        .unwrap();
    assert!((0..b.num_rows()).any(|i| src.value(i) == "POL" && mentions.value(i) == 2));
    // Deterministic: the same store gives the same bytes.
    let (_, a1, _) = run(&["export", "--as", "gexf"], &db);
    let (_, a2, _) = run(&["export", "--as", "gexf"], &db);
    assert_eq!(a1, a2);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn killed_ingest_leaves_a_consistent_store_and_the_rerun_completes() {
    let d = scratch("kill");
    let lines: Vec<String> = (0..3000)
        .map(|i| {
            let text = format!(
                "Report {i}: Poland condemned Belarus over incident number {i} at the border, and Lithuania praised Poland for its response. \
                 Officials in Warsaw said that talks with Vilnius would continue next week, the {i}th such meeting this year."
            );
            serde_json::json!({"id": format!("r{i}"), "date": "2025-02-01", "text": text}).to_string()
        })
        .collect();
    let input = d.join("many.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let db = d.join("kill.db");
    let mut child = comity()
        .args(["ingest", "--batch", "50"])
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are committed.
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let stored = Command::new(env!("CARGO_BIN_EXE_comity"))
            .args(["status", "--format", "json", "--db"])
            .arg(&db)
            .output()
            .ok()
            .and_then(|o| {
                serde_json::from_slice::<serde_json::Value>(&o.stdout)
                    .ok()
                    .and_then(|v| v["stats"]["articles"].as_i64())
            });
        if stored.unwrap_or(0) > 0 || started.elapsed().as_secs() > 60 {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL
    let _ = child.wait();
    let (code, status, err) = run(&["status", "--format", "json"], &db);
    assert_eq!(code, 0, "store consistent after kill -9: {status} {err}");
    let st: serde_json::Value = serde_json::from_str(&status).unwrap();
    let partial = st["stats"]["articles"].as_i64().unwrap();
    assert!(partial > 0, "something was committed before the kill");
    let (code, _, err) = run(&["ingest", input.to_str().unwrap()], &db);
    assert_eq!(code, 0, "{err}");
    let (_, status, _) = run(&["status", "--format", "json"], &db);
    let st: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(
        st["stats"]["articles"], 3000,
        "the rerun finishes the job (had {partial} after the kill)"
    );
    assert_eq!(st["problems"].as_array().unwrap().len(), 0);
    std::fs::remove_dir_all(&d).ok();
}
