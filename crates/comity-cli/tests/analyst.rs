//! Answers an analyst can trust (issue 12), on a store of real Wikinews articles from
//! `../shared/corpus`: exports that hold every matching event, listings that say how many rows
//! they left out, one filter parser for the command line and the API (dates, codes, unknown
//! actors), one output convention, Goldstein values without float noise, and ingests that say
//! when there was nothing to read.

mod common;

use common::{comity, ok, repo, run, scratch};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Articles of the corpus ingested into the shared test store.
const ARTICLES: usize = 400;

fn lines(s: &str) -> Vec<Value> {
    s.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

/// A store of the first articles of the Wikinews corpus, built once per test process (None
/// when the corpus is absent).
fn store() -> Option<PathBuf> {
    static DB: OnceLock<Option<PathBuf>> = OnceLock::new();
    DB.get_or_init(|| common::corpus_store("analyst-store", ARTICLES)).clone()
}

fn merged_events(db: &Path) -> u64 {
    let st: Value = serde_json::from_str(&ok(&["status", "--format", "json"], db)).unwrap();
    st["stats"]["events"].as_u64().unwrap()
}

#[test]
fn export_writes_every_event_unless_limited() {
    let Some(db) = store() else { return };
    let events = merged_events(&db);
    assert!(events > 100, "the store holds more events than the old default limit: {events}");
    let all = ok(&["export", "--format", "jsonl"], &db);
    assert_eq!(all.lines().count() as u64, events, "every merged event is exported");
    // The old flag still works, and --limit cuts only when asked to; 0 means no limit.
    let old = ok(&["export", "--as", "jsonl"], &db);
    assert_eq!(old, all);
    assert_eq!(ok(&["export", "--format", "jsonl", "--limit", "0"], &db), all);
    assert_eq!(ok(&["export", "--format", "jsonl", "--limit", "7"], &db).lines().count(), 7);
    let csv = ok(&["export", "--format", "csv"], &db);
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(rdr.records().count() as u64, events);
    let gdelt = ok(&["export", "--format", "gdelt"], &db);
    assert_eq!(gdelt.lines().count() as u64, events);
}

/// The node ids of a GraphML or GEXF document.
fn xml_nodes(xml: &str) -> BTreeSet<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut nodes = BTreeSet::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == b"node" =>
            {
                let id = e
                    .attributes()
                    .map(Result::unwrap)
                    .find(|a| a.key.as_ref() == b"id")
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                    .unwrap();
                nodes.insert(id);
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    nodes
}

#[test]
fn the_network_export_has_every_actor() {
    let Some(db) = store() else { return };
    let mut actors = BTreeSet::new();
    for e in lines(&ok(&["export", "--format", "jsonl"], &db)) {
        for k in ["source", "target"] {
            if let Some(c) = e[k].as_str()
                && !c.starts_with("---")
            {
                actors.insert(c.to_string());
            }
        }
    }
    let listed: BTreeSet<String> =
        serde_json::from_str::<Value>(&ok(&["actors", "--format", "json", "--limit", "0"], &db))
            .unwrap()["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["code"].as_str().unwrap().to_string())
            .filter(|c| !c.starts_with("---"))
            .collect();
    assert_eq!(actors, listed, "the events' actors are the store's actors");
    for fmt in ["graphml", "gexf"] {
        let nodes = xml_nodes(&ok(&["export", "--format", fmt], &db));
        assert_eq!(nodes, actors, "{fmt}: one node per actor");
    }
}

#[test]
fn listings_say_how_many_more_rows_there_are() {
    let Some(db) = store() else { return };
    let events = merged_events(&db);
    let (code, table, err) = run(&["events"], &db);
    assert_eq!(code, 0);
    assert_eq!(table.lines().count(), 102, "a header, 100 rows and the row count");
    assert!(
        err.contains(&format!("100 of {events} events shown; {} more", events - 100))
            && err.contains("--offset 100"),
        "{err}"
    );
    let doc: Value =
        serde_json::from_str(&ok(&["events", "--format", "json", "--limit", "10"], &db)).unwrap();
    assert_eq!(doc["total"].as_u64(), Some(events));
    assert_eq!(doc["events"].as_array().unwrap().len(), 10);
    // Paging: the second page starts where the first ended.
    let p1 = lines(&ok(&["events", "--format", "jsonl", "--limit", "5"], &db));
    let p2 = lines(&ok(&["events", "--format", "jsonl", "--limit", "5", "--offset", "4"], &db));
    assert_eq!(p1[4], p2[0]);
    // Every row when asked; then no note.
    let (_, all, err) = run(&["events", "--format", "jsonl", "--limit", "0"], &db);
    assert_eq!(all.lines().count() as u64, events);
    assert!(!err.contains("more"), "{err}");
    let (_, _, err) = run(&["quotes", "--limit", "3"], &db);
    assert!(err.contains("3 of ") && err.contains("quotes shown"), "{err}");
    let (_, _, err) = run(&["actors", "--limit", "3"], &db);
    assert!(err.contains("3 of ") && err.contains("actors shown"), "{err}");
}

#[test]
fn dates_must_be_iso_everywhere() {
    let Some(db) = store() else { return };
    for bad in ["2008/08/07", "07-08-2008"] {
        for args in [
            vec!["events", "--since", bad],
            vec!["events", "--until", bad],
            vec!["export", "--format", "csv", "--since", bad],
            vec!["quotes", "--since", bad],
            vec!["allies", "USA", "--since", bad],
            vec!["dyad", "USA", "IRQ", "--since", bad],
        ] {
            let (code, out, err) = run(&args, &db);
            assert_eq!(code, 2, "{args:?}: {out}");
            assert!(err.contains(bad) && err.contains("YYYY-MM-DD"), "{args:?}: {err}");
        }
    }
    let (code, _, err) = run(&["events", "--since", "2009-01-01", "--until", "2008-01-01"], &db);
    assert_eq!(code, 2);
    assert!(err.contains("after"), "{err}");
}

#[test]
fn codes_are_case_insensitive_and_unknown_actors_are_named() {
    let Some(db) = store() else { return };
    let upper = ok(&["events", "--format", "jsonl", "--actor", "USA", "--limit", "0"], &db);
    assert!(!upper.is_empty());
    assert_eq!(ok(&["events", "--format", "jsonl", "--actor", "usa", "--limit", "0"], &db), upper);
    assert_eq!(
        ok(&["allies", "usa", "--format", "json"], &db),
        ok(&["allies", "USA", "--format", "json"], &db)
    );
    for args in [
        vec!["events", "--actor", "UAS"],
        vec!["events", "--dyad", "USA,UAS"],
        vec!["export", "--format", "csv", "--source", "uas"],
        vec!["allies", "UAS"],
        vec!["dyad", "UAS", "IRQ"],
    ] {
        let (code, out, err) = run(&args, &db);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(
            err.contains("no actor UAS in the store") && err.contains("did you mean USA"),
            "{args:?}: {err}"
        );
    }
    let (code, _, err) = run(&["events", "--code", "25"], &db);
    assert_eq!(code, 2);
    assert!(err.contains("'25' is not a CAMEO event code"), "{err}");
}

#[test]
fn one_output_convention() {
    let Some(db) = store() else { return };
    let json = ok(&["allies", "USA", "--format", "json"], &db);
    assert_eq!(ok(&["allies", "USA", "--json"], &db), json, "--json is --format json");
    let ranked: Value = serde_json::from_str(&json).unwrap();
    let partners = ranked["partners"].as_array().unwrap();
    assert!(!partners.is_empty(), "{json}");
    assert!(ranked["total"].as_u64().unwrap() >= partners.len() as u64);
    assert_eq!(lines(&ok(&["allies", "USA", "--format", "jsonl"], &db)), *partners);
    let csv = ok(&["allies", "USA", "--format", "csv"], &db);
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(&rdr.headers().unwrap()[1], "partner");
    assert_eq!(rdr.records().count(), partners.len());
    let events = ok(&["events", "--format", "csv", "--limit", "20"], &db);
    let mut rdr = csv::Reader::from_reader(events.as_bytes());
    assert_eq!(&rdr.headers().unwrap()[2], "source");
    assert_eq!(rdr.records().count(), 20);
    assert_eq!(ok(&["events", "--format", "text", "--limit", "3"], &db).lines().count(), 5);
    for cmd in [&["events"][..], &["quotes"], &["actors"], &["allies", "USA"], &["dyad", "A", "B"]]
    {
        let help =
            String::from_utf8_lossy(&comity().args(cmd).arg("--help").output().unwrap().stdout)
                .into_owned();
        assert!(help.contains("jsonl") && help.contains("csv"), "{cmd:?}: {help}");
        assert!(!help.contains("one object per article"), "{cmd:?}: {help}");
    }
}

#[test]
fn goldstein_values_print_without_float_noise() {
    let Some(db) = store() else { return };
    let rows = ok(&["events", "--format", "jsonl", "--limit", "0"], &db);
    let mut seen = 0;
    for e in lines(&rows) {
        let g = e["goldstein"].as_f64().unwrap();
        let printed = e["goldstein"].to_string();
        assert!(printed.split('.').nth(1).is_none_or(|d| d.len() == 1), "{printed} in {e}");
        assert_eq!(g, (g * 10.0).round() / 10.0);
        seen += 1;
    }
    assert!(seen > 100);
}

#[test]
fn the_api_reads_filters_as_the_command_line_does() {
    let Some(db) = store() else { return };
    let server = common::serve(&db, &[]);
    let get = |path: &str| -> (u16, Value) {
        let agent: ureq::Agent =
            ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let mut r = agent.get(format!("{}{path}", server.url)).call().unwrap();
        let status = r.status().as_u16();
        (status, serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap())
    };
    let (status, v) = get("/api/events?since=2008/08/07");
    assert_eq!(status, 400, "{v}");
    assert!(v["error"].as_str().unwrap().contains("2008/08/07"), "{v}");
    let (status, v) = get("/api/events?actor=UAS");
    assert_eq!(status, 400, "{v}");
    assert!(v["error"].as_str().unwrap().contains("did you mean USA"), "{v}");
    let (status, v) = get("/api/events?actor=usa&limit=5");
    assert_eq!(status, 200, "{v}");
    let cli: Value = serde_json::from_str(&ok(
        &["events", "--format", "json", "--actor", "USA", "--limit", "5"],
        &db,
    ))
    .unwrap();
    assert_eq!(v["events"], cli["events"]);
    // By default the API counts one page ahead (enough to page); total=exact counts them all.
    assert!(cli["total"].as_u64().unwrap() > 10, "{cli}");
    assert_eq!((v["total"].as_u64(), v["total_exact"].as_bool()), (Some(10), Some(false)));
    let (_, exact) = get("/api/events?actor=usa&limit=5&total=exact");
    assert_eq!((&exact["total"], exact["total_exact"].as_bool()), (&cli["total"], Some(true)));
    let (status, v) = get("/api/allies/usa?limit=5");
    assert_eq!(status, 200, "{v}");
    let cli: Value =
        serde_json::from_str(&ok(&["allies", "USA", "--format", "json", "--limit", "5"], &db))
            .unwrap();
    assert_eq!(v, cli, "one ranking for the API and the command line");
    let (status, v) = get("/api/places?limit=3&offset=1");
    assert_eq!(status, 200, "{v}");
    let cli: Value = serde_json::from_str(&ok(
        &["places", "--format", "json", "--limit", "3", "--offset", "1"],
        &db,
    ))
    .unwrap();
    assert_eq!(v, cli, "places page through the API as on the command line");
    // Lists the API cuts say how much they cut.
    let (_, net) = get("/api/network?limit=5");
    assert_eq!(net["nodes"].as_array().unwrap().len(), 5);
    assert!(net["nodes_total"].as_u64().unwrap() > 5, "{}", net["nodes_total"]);
    let (_, arts) = get("/api/articles?limit=3");
    assert_eq!(arts["total"].as_u64(), Some(ARTICLES as u64));
    let (_, dyad) = get("/api/dyad/usa/irq");
    let shown = dyad["events"].as_array().unwrap().len() as u64;
    assert!(shown > 0 && dyad["events_total"].as_u64().unwrap() >= shown, "{dyad}");
}

#[test]
fn ingesting_nothing_says_so() {
    let d = scratch("analyst-empty");
    let empty = d.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let db = d.join("store.db");
    let (code, _, err) = run(&["ingest", empty.to_str().unwrap()], &db);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("nothing to read"), "{err}");
    // Files of kinds comity does not read are named; the others are read.
    let mixed = d.join("mixed");
    std::fs::create_dir_all(&mixed).unwrap();
    std::fs::write(mixed.join("table.csv"), "a,b\n1,2\n").unwrap();
    std::fs::write(mixed.join("report.pdf"), "%PDF-1.4").unwrap();
    std::fs::copy(repo().join("examples/diplomacy.txt"), mixed.join("diplomacy.txt")).unwrap();
    let (code, _, err) = run(&["ingest", mixed.to_str().unwrap(), "--date", "2025-03-14"], &db);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("left out 2 file(s)")
            && err.contains("table.csv")
            && err.contains("report.pdf"),
        "{err}"
    );
    assert!(err.contains("1 stored"), "{err}");
    // A folder holding only such files has nothing to read.
    std::fs::remove_file(mixed.join("diplomacy.txt")).unwrap();
    let (code, _, err) = run(&["ingest", mixed.to_str().unwrap()], &db);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("nothing to read") && err.contains("table.csv"), "{err}");
    // An empty JSON Lines file holds no article.
    std::fs::write(d.join("none.jsonl"), "").unwrap();
    let (code, _, err) = run(&["ingest", d.join("none.jsonl").to_str().unwrap()], &db);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no articles") || err.contains("empty"), "{err}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn one_event_with_every_mention_and_the_places() {
    let Some(db) = store() else { return };
    let top = lines(&ok(&["events", "--format", "jsonl", "--limit", "1"], &db)).remove(0);
    let id = top["cluster"].as_i64().unwrap().to_string();
    let mentions = top["mentions"].as_u64().unwrap();
    assert!(mentions > 1, "the top event is merged from several mentions: {top}");
    let doc: Value = serde_json::from_str(&ok(&["event", &id, "--format", "json"], &db)).unwrap();
    assert_eq!(doc["event"], top);
    let list = doc["mentions"].as_array().unwrap();
    assert_eq!(list.len() as u64, mentions);
    let table = ok(&["event", &id], &db);
    for m in list {
        let sentence = m["sentence"].as_str().unwrap();
        assert!(!sentence.is_empty());
        let folded = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(table.contains(&folded), "{table}");
    }
    let (code, _, err) = run(&["event", "999999999"], &db);
    assert_eq!(code, 2);
    assert!(err.contains("no event 999999999"), "{err}");

    let all: Value =
        serde_json::from_str(&ok(&["places", "--format", "json", "--limit", "0"], &db)).unwrap();
    let places = all["places"].as_array().unwrap();
    assert!(places.len() > 5);
    assert_eq!(all["total"].as_u64(), Some(places.len() as u64));
    let (code, out, err) = run(&["places", "--format", "jsonl", "--limit", "5"], &db);
    assert_eq!(code, 0);
    assert_eq!(lines(&out), places[..5]);
    assert!(err.contains(&format!("5 of {} places shown", places.len())), "{err}");
}

#[test]
fn output_cut_short_by_a_closed_pipe_ends_quietly() {
    // `comity events | head -1`, with standard error sent to the pipe too or kept apart: comity
    // stops as Unix filters do (SIGPIPE, or success), with no "Broken pipe" error (exit 2) and
    // no panic (exit 101).
    let Some(db) = store() else { return };
    let d = scratch("analyst-pipe");
    let bin = env!("CARGO_BIN_EXE_comity");
    for (what, redirect) in [("standard error apart", "2>\"$2\""), ("standard error too", "2>&1")] {
        let err = d.join("err.txt");
        let script = format!(
            "\"$0\" events --mentions --limit 0 --format jsonl --db \"$1\" {redirect} | head -n 1 >/dev/null; echo \"${{PIPESTATUS[0]}}\""
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .arg(bin)
            .arg(&db)
            .arg(&err)
            .output()
            .expect("bash runs");
        let status = String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert!(status == "141" || status == "0", "{what}: exit {status}");
        let err = std::fs::read_to_string(&err).unwrap_or_default();
        assert!(err.is_empty(), "{what}: {err}");
    }
    // The output is longer than a pipe holds (64 KiB on Linux), so the pipe was closed while
    // comity wrote.
    let all = ok(&["events", "--mentions", "--limit", "0", "--format", "jsonl"], &db);
    assert!(all.len() > 2 * 65536, "{} bytes, more than a pipe holds (64 KiB)", all.len());
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn progress_on_a_terminal_shows_the_total_and_the_time_left() {
    // `comity ingest` and `comity code` on a terminal (a pseudo-terminal made by util-linux's
    // `script`): when the input's size is known (JSON Lines), the progress line counts the
    // articles done of the total and the time left.
    let corpus = repo().join("../shared/corpus/wikinews.jsonl");
    let Ok(text) = std::fs::read_to_string(&corpus) else {
        comity_core::missing_test_input(&format!("the corpus {}", corpus.display()));
        return;
    };
    if std::process::Command::new("script").arg("--version").output().is_err() {
        comity_core::missing_test_input("util-linux's script (a pseudo-terminal for the test)");
        return;
    }
    let d = scratch("analyst-progress");
    let input = d.join("articles.jsonl");
    let lines: Vec<&str> = text.lines().take(600).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let bin = env!("CARGO_BIN_EXE_comity");
    let db = d.join("store.db");
    for (what, cmd) in [
        ("ingest", format!("'{bin}' ingest '{}' --db '{}'", input.display(), db.display())),
        ("code", format!("'{bin}' code '{}' --format json >/dev/null", input.display())),
    ] {
        let out = std::process::Command::new("script")
            .args(["-qefc", &cmd, "/dev/null"])
            .output()
            .expect("script runs");
        let screen = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{what}: {screen}");
        assert!(
            screen.contains("/600 articles") && screen.contains(" left"),
            "{what}: no count of the total or time left in {screen:?}"
        );
    }
    // Not on a terminal: no progress line at all.
    let (code, _, err) = run(&["ingest", input.to_str().unwrap()], &d.join("other.db"));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains(" left"), "{err}");
    std::fs::remove_dir_all(&d).ok();
}
