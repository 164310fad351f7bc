//! The PostgreSQL backend against the SQLite one: the same articles (the sample articles and a
//! slice of the Wikinews corpus) ingested into both, then every command that reads a store run
//! on each, with the answers compared (events, mentions and their counts, quotes, actors,
//! places, single events, allies, rivals, dyads, flows, every export format, status). Then
//! what only a server store meets: re-ingest, an ingest killed with SIGKILL and rerun, and two
//! ingests of overlapping inputs running at once.
//!
//! The server is named by `COMITY_TEST_POSTGRES` (a `postgres://` URL of a role that may create
//! schemas in its database); each test works in a fresh schema of its own. Without it the
//! tests print SKIPPED, and fail under `CI`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;

use common::{comity, repo, scratch};

/// The server's URL and a fresh schema `name` on it (dropped first if a previous run left it):
/// the URL that makes comity work in that schema.
fn fresh(name: &str) -> Option<String> {
    let Some(base) = std::env::var("COMITY_TEST_POSTGRES").ok().filter(|v| !v.is_empty()) else {
        comity_core::missing_test_input(
            "a PostgreSQL server (COMITY_TEST_POSTGRES=postgres://...)",
        );
        return None;
    };
    let schema = format!("comity_test_{name}");
    let mut c = postgres::Client::connect(&base, postgres::NoTls)
        .unwrap_or_else(|e| panic!("COMITY_TEST_POSTGRES names no server that answers: {e}"));
    c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"))
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    Some(format!("{base}{sep}options=-c%20search_path%3D{schema}"))
}

/// Runs `comity ARGS --db DB`: exit code, standard output, standard error.
fn run(args: &[&str], db: &str) -> (i32, String, String) {
    let out = comity().args(args).args(["--db", db]).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(args: &[&str], db: &str) -> String {
    let (code, out, err) = run(args, db);
    assert_eq!(code, 0, "comity {args:?} --db {db}: {err}");
    out
}

/// The first `n` articles of the Wikinews corpus as a JSON Lines file in `dir`, skipping the
/// first `skip` (None, or a failure under `CI`, without the corpus).
fn corpus_slice(dir: &Path, name: &str, skip: usize, n: usize) -> Option<PathBuf> {
    let corpus = repo().join("../shared/corpus/wikinews.jsonl");
    let Ok(f) = std::fs::File::open(&corpus) else {
        comity_core::missing_test_input(&format!("the corpus {}", corpus.display()));
        return None;
    };
    let path = dir.join(name);
    let mut w = std::fs::File::create(&path).unwrap();
    for l in BufReader::new(f).lines().skip(skip).take(n) {
        writeln!(w, "{}", l.unwrap()).unwrap();
    }
    Some(path)
}

/// GDELT's DATEADDED and the mentions' times (the ingest time, to the second) differ between
/// two ingests; everything else must not.
fn without_ingest_times(s: &str) -> String {
    s.lines()
        .map(|l| {
            l.split('\t')
                .map(
                    |c| {
                        if c.len() == 14 && c.bytes().all(|b| b.is_ascii_digit()) { "T" } else { c }
                    },
                )
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn jsonl(s: &str) -> Vec<serde_json::Value> {
    s.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn both_backends_give_the_same_answers() {
    let Some(pg) = fresh("same") else { return };
    let d = scratch("pg-same");
    let Some(slice) = corpus_slice(&d, "wikinews.jsonl", 0, 300) else { return };
    let sqlite = d.join("store.db");
    let sqlite = sqlite.to_str().unwrap();
    let examples = repo().join("examples");
    let inputs = [examples.to_str().unwrap(), slice.to_str().unwrap()];
    for db in [sqlite, pg.as_str()] {
        let (code, _, err) =
            run(&["ingest", inputs[0], inputs[1], "--date", "2008-06-01", "--batch", "40"], db);
        assert_eq!(code, 0, "{db}: {err}");
    }
    let status = |db: &str| {
        let v: serde_json::Value =
            serde_json::from_str(&ok(&["status", "--format", "json"], db)).unwrap();
        (v["stats"].clone(), v["problems"].clone(), v["schema"].clone())
    };
    let (stats, problems, schema) = status(sqlite);
    assert_eq!(status(&pg), (stats.clone(), problems, schema));
    assert!(stats["event_mentions"].as_i64().unwrap() > 300, "{stats}");
    assert!(stats["quotes"].as_i64().unwrap() > 100, "{stats}");

    // The commands, by the same flags on both stores.
    let mut commands: Vec<Vec<String>> = [
        "events --limit 0 --format jsonl",
        "events --mentions true --limit 0 --format jsonl",
        "events --actor USA --format jsonl --limit 0",
        "events --code 04 --since 2005-01-01 --until 2010-12-31 --format jsonl --limit 0",
        "events --quad 4 --format jsonl --limit 0",
        "events --modality reported --mentions true --format jsonl --limit 0",
        "events --text minister --format jsonl --limit 0",
        "events --text MINISTER --mentions true --format jsonl --limit 0",
        "events --place iraq --format jsonl --limit 0",
        "events --limit 7 --offset 5",
        "events --actor usa --limit 3 --format json",
        "events --actor USZ",
        "quotes --limit 0 --format jsonl",
        "quotes --kind direct --limit 4 --offset 2 --format json",
        "quotes --speaker bush --limit 0 --format jsonl",
        "quotes --text iraq --since 2005-01-01 --limit 0 --format jsonl",
        "actors --limit 0 --format jsonl",
        "actors --code US --limit 0",
        "places --limit 0 --format jsonl",
        "export --format csv",
        "export --format jsonl --actor USA",
        "export --format graphml",
        "export --format gexf",
    ]
    .iter()
    .map(|c| c.split(' ').map(String::from).collect())
    .collect();
    let events = jsonl(&ok(&["events", "--limit", "40", "--format", "jsonl"], sqlite));
    assert_eq!(events.len(), 40);
    for e in &events {
        let cluster = e["cluster"].as_i64().unwrap().to_string();
        commands.push(vec!["event".into(), cluster]);
    }
    let actors = jsonl(&ok(&["actors", "--limit", "8", "--format", "jsonl"], sqlite));
    let codes: Vec<String> =
        actors.iter().map(|a| a["code"].as_str().unwrap().chars().take(3).collect()).collect();
    for a in &codes {
        commands.push(vec!["allies".into(), a.clone(), "--evidence".into(), "2".into()]);
        commands.push(vec!["rivals".into(), a.clone()]);
        for b in &codes {
            if a < b {
                commands.push(vec!["dyad".into(), a.clone(), b.clone()]);
                commands.push(vec!["flows".into(), a.clone(), b.clone()]);
            }
        }
    }
    let mut nonempty = 0;
    for c in &commands {
        let args: Vec<&str> = c.iter().map(String::as_str).collect();
        let (code, a, err_a) = run(&args, sqlite);
        let (code_b, b, err_b) = run(&args, &pg);
        assert_eq!(code, code_b, "comity {args:?}: exit codes differ ({err_a} / {err_b})");
        assert_eq!(a, b, "comity {args:?}: the answers differ");
        // Errors name the store, otherwise they are the same.
        let norm = |s: &str| {
            s.split_whitespace()
                .filter(|w| !w.contains(sqlite) && !w.starts_with("postgres"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(norm(&err_a), norm(&err_b), "comity {args:?}: the messages differ");
        nonempty += usize::from(a.lines().count() > 1);
    }
    assert!(nonempty > 40, "most commands answer something ({nonempty} of {})", commands.len());

    // GDELT rows, with the ingest time set aside; Parquet files byte for byte.
    let gdelt = |db: &str| without_ingest_times(&ok(&["export", "--format", "gdelt"], db));
    let g = gdelt(sqlite);
    assert!(g.lines().count() > 100);
    assert_eq!(g, gdelt(&pg));
    let parquet = |db: &str, name: &str| {
        let p = d.join(name);
        ok(&["export", "--format", "parquet", "--out", p.to_str().unwrap()], db);
        std::fs::read(p).unwrap()
    };
    assert_eq!(parquet(sqlite, "a.parquet"), parquet(&pg, "b.parquet"));

    // The JSON API of `comity serve` on each.
    let a = common::serve(Path::new(sqlite), &[]);
    let b = common::serve(Path::new(&pg), &[]);
    let first = events[0]["cluster"].as_i64().unwrap();
    let article = events[0]["id"].as_i64().unwrap();
    let mut paths: Vec<String> = [
        "status",
        "events?limit=20",
        "events?mentions=true&text=minister&total=exact",
        "events?actor=USA&since=2005-01-01&limit=5&offset=2",
        "events?actor=usz",
        "quotes?limit=10&offset=3",
        "actors?limit=0",
        "network",
        "places",
        "articles?limit=10",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    paths.push(format!("events/{first}"));
    paths.push(format!("articles/{article}"));
    for c in &codes {
        paths.push(format!("allies/{c}"));
        paths.push(format!("rivals/{c}"));
    }
    paths.push(format!("dyad/{}/{}", codes[0], codes[1]));
    paths.push(format!("flows/{}/{}", codes[0], codes[1]));
    let agent: ureq::Agent =
        ureq::Agent::config_builder().http_status_as_error(false).build().into();
    for p in &paths {
        let get = |base: &str| {
            let mut r = agent.get(&format!("{base}/api/{p}")).call().unwrap();
            (r.status().as_u16(), r.body_mut().read_to_string().unwrap())
        };
        let (x, y) = (get(&a.url), get(&b.url));
        assert_eq!(x, y, "GET /api/{p}");
        assert!(x.1.len() > 10, "GET /api/{p}: {}", x.1);
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn processes_opening_one_new_store_at_once_all_succeed() {
    let Some(pg) = fresh("open") else { return };
    let start = std::sync::Barrier::new(6);
    let versions: Vec<i64> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..6)
            .map(|_| {
                scope.spawn(|| {
                    start.wait();
                    let s = comity_store::Store::open_postgres(&pg).expect("opens");
                    s.schema_version().expect("a version")
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("no panic")).collect()
    });
    let sqlite = comity_store::Store::open_in_memory().unwrap().schema_version().unwrap();
    assert_eq!(versions, vec![sqlite; 6], "the same version as a new SQLite store");
    // A store written by a newer comity is refused, naming the versions.
    let mut c = postgres::Client::connect(&pg, postgres::NoTls).unwrap();
    c.execute("UPDATE comity_schema SET version = version + 1", &[]).unwrap();
    let e = comity_store::Store::open_postgres(&pg).err().expect("refused").to_string();
    assert!(e.contains(&format!("schema version {} is newer", sqlite + 1)), "{e}");
}

/// Ids aside (a rolled-back PostgreSQL transaction leaves gaps in its sequences), the events a
/// store holds, merged, with their counts, sorted.
fn events_without_ids(db: &str) -> Vec<String> {
    let mut rows: Vec<String> = jsonl(&ok(&["events", "--limit", "0", "--format", "jsonl"], db))
        .into_iter()
        .map(|mut e| {
            e["id"] = serde_json::Value::Null;
            e["cluster"] = serde_json::Value::Null;
            e.to_string()
        })
        .collect();
    rows.sort();
    rows
}

fn stats(db: &str) -> serde_json::Value {
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["status", "--format", "json"], db)).unwrap();
    assert_eq!(v["problems"], serde_json::json!([]), "{v}");
    v["stats"].clone()
}

#[test]
fn reingest_adds_nothing_and_a_killed_ingest_loses_only_its_batch() {
    let Some(pg) = fresh("kill") else { return };
    let d = scratch("pg-kill");
    let Some(input) = corpus_slice(&d, "wikinews.jsonl", 300, 400) else { return };
    let input = input.to_str().unwrap();
    let sqlite = d.join("one.db");
    let sqlite = sqlite.to_str().unwrap();
    ok(&["ingest", input, "--date", "2008-06-01", "--batch", "10"], sqlite);
    let mut child = comity()
        .args(["ingest", input, "--date", "2008-06-01", "--batch", "10", "--db", &pg])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Killed once some batches are committed, not all.
    let started = std::time::Instant::now();
    let mut killed_at = 0;
    loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let n = stats(&pg)["articles"].as_i64().unwrap_or(0);
        if n >= 30 || started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().unwrap();
            killed_at = n;
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
    }
    let _ = child.wait();
    assert!(killed_at > 0 && killed_at < 400, "killed midway ({killed_at} stored)");
    let after_kill = stats(&pg);
    assert!(after_kill["articles"].as_i64().unwrap() < 400, "{after_kill}");
    // The rerun stores the rest, and a third run nothing.
    let (code, _, err) = run(&["ingest", input, "--date", "2008-06-01", "--batch", "10"], &pg);
    assert_eq!(code, 0, "{err}");
    let (_, _, err) = run(&["ingest", input, "--date", "2008-06-01"], &pg);
    assert!(err.contains("0 stored"), "{err}");
    assert_eq!(stats(&pg), stats(sqlite));
    assert_eq!(events_without_ids(&pg), events_without_ids(sqlite));
    assert_eq!(recount_mismatches(&pg), 0);
    let _ = std::fs::remove_dir_all(&d);
}

/// Recounts every running total from the rows (clusters' mentions, articles and sources;
/// actors' mentions; edges' mentions; dyads' events, mentions, quad classes and scores, all
/// time and summed over days; table sizes): the number that differ.
fn recount_mismatches(url: &str) -> i64 {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let row = c
        .query_one(
            "SELECT
               (SELECT count(*) FROM clusters c WHERE c.mentions != (SELECT count(*) FROM events e WHERE e.cluster_id = c.id)
                  OR c.articles != (SELECT count(DISTINCT e.article_id) FROM events e WHERE e.cluster_id = c.id)
                  OR c.sources != (SELECT count(DISTINCT e.origin) FROM events e WHERE e.cluster_id = c.id)
                  OR c.first_event != (SELECT min(e.id) FROM events e WHERE e.cluster_id = c.id))
             + (SELECT count(*) FROM actor_counts a
                 WHERE a.mentions != (SELECT count(*) FROM events e WHERE e.cluster_id IS NOT NULL AND e.source_code = a.actor)
                                   + (SELECT count(*) FROM events e WHERE e.cluster_id IS NOT NULL AND e.target_code = a.actor)
                    OR a.as_source != (SELECT count(*) FROM clusters c WHERE c.source_code = a.actor)
                    OR a.as_target != (SELECT count(*) FROM clusters c WHERE c.target_code = a.actor))
             + (SELECT count(*) FROM clusters c WHERE c.mentions = 0)
             + (SELECT count(*) FROM dyad_totals d, LATERAL (SELECT count(*) AS n, sum(c.mentions) AS m,
                     count(*) FILTER (WHERE c.quad_class = 1) AS q1, count(*) FILTER (WHERE c.quad_class = 2) AS q2,
                     count(*) FILTER (WHERE c.quad_class = 3) AS q3, count(*) FILTER (WHERE c.quad_class = 4) AS q4,
                     sum(CASE c.quad_class WHEN 1 THEN 1 WHEN 2 THEN 3 WHEN 3 THEN -1 WHEN 4 THEN -3 ELSE 0 END
                       * CASE c.modality WHEN 'asserted' THEN 1 WHEN 'reported' THEN 0.8 WHEN 'planned' THEN 0.6 WHEN 'possible' THEN 0.4
                                         WHEN 'hypothetical' THEN 0.3 WHEN 'denied' THEN 0.2 ELSE 0 END
                       * (1 + log(2, greatest(c.articles, 1)::numeric)))::float8 AS w
                    FROM clusters c WHERE c.source_code = d.source AND c.target_code = d.target) x
                 WHERE d.period = '*' AND (d.events != x.n OR d.mentions != x.m OR d.q1 != x.q1 OR d.q2 != x.q2 OR d.q3 != x.q3
                   OR d.q4 != x.q4 OR abs(d.score - x.w) > 1e-6))
             + (SELECT count(*) FROM (SELECT DISTINCT source_code, target_code FROM clusters) p
                 WHERE NOT EXISTS (SELECT 1 FROM dyad_totals d WHERE d.period = '*' AND d.source = p.source_code AND d.target = p.target_code))
             + (SELECT count(*) FROM (SELECT source, target, sum(events) AS n FROM dyad_totals WHERE length(period) = 10 OR period = '-' GROUP BY source, target) x
                 JOIN dyad_totals d ON d.period = '*' AND d.source = x.source AND d.target = x.target WHERE d.events != x.n)
             + (SELECT count(*) FROM store_totals s WHERE s.n != CASE s.name
                 WHEN 'articles' THEN (SELECT count(*) FROM articles) WHEN 'near_duplicates' THEN (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)
                 WHEN 'event_mentions' THEN (SELECT count(*) FROM events) WHEN 'events' THEN (SELECT count(*) FROM clusters)
                 WHEN 'quotes' THEN (SELECT count(*) FROM quotes) WHEN 'errors' THEN (SELECT count(*) FROM errors) ELSE s.n END)",
            &[],
        )
        .unwrap();
    row.get(0)
}

#[test]
fn two_ingests_at_once_give_the_counts_of_one() {
    let Some(pg) = fresh("two") else { return };
    let d = scratch("pg-two");
    // Overlapping inputs: articles 700-999 and 850-1149.
    let Some(a) = corpus_slice(&d, "a.jsonl", 700, 300) else { return };
    let Some(b) = corpus_slice(&d, "b.jsonl", 850, 300) else { return };
    let Some(all) = corpus_slice(&d, "all.jsonl", 700, 450) else { return };
    let sqlite = d.join("one.db");
    let sqlite = sqlite.to_str().unwrap();
    ok(&["ingest", all.to_str().unwrap(), "--date", "2008-06-01"], sqlite);
    let spawn = |input: &Path| {
        Command::new(env!("CARGO_BIN_EXE_comity"))
            .args(["ingest", input.to_str().unwrap(), "--date", "2008-06-01", "--batch", "8"])
            .args(["--db", &pg])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (x, y) = (spawn(&a), spawn(&b));
    for c in [x, y] {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    // Each article once, each mention once, whoever stored it.
    let one = stats(sqlite);
    let two = stats(&pg);
    for k in ["articles", "near_duplicates", "event_mentions", "quotes", "errors"] {
        assert_eq!(two[k], one[k], "{k}: {two} / {one}");
    }
    // Merging depends on the order mentions arrive in; the running totals stay exact.
    assert_eq!(recount_mismatches(&pg), 0);
    let _ = std::fs::remove_dir_all(&d);
}

/// One coded article, as the server's cache of answers sees a batch.
fn prepared(id: &str, text: &str) -> comity_store::Prepared {
    let coder = comity_code::Coder::new(comity_dict::Dictionaries::builtin());
    let a = comity_core::Article {
        id: id.into(),
        date: comity_core::Date::parse("2025-03-01"),
        title: None,
        text: text.into(),
        byline: None,
        url: None,
    };
    let meta = comity_store::ArticleMeta {
        ext_id: id.into(),
        source: "test".into(),
        date: a.date,
        ..Default::default()
    };
    comity_store::Prepared::new(meta, a.text.clone(), coder.code(&a))
}

#[test]
fn the_generation_grows_with_every_batch_on_both_backends() {
    let d = scratch("pg-generation");
    let mut stores = vec![comity_store::Location::File(d.join("generation.db"))];
    if let Some(pg) = fresh("generation") {
        stores.push(comity_store::Location::Postgres(pg));
    }
    for at in stores {
        let mut one = at.open().unwrap();
        // (A new store's migrations may have written their totals already.)
        let g = one.generation().unwrap();
        one.insert(&[prepared("g1", "Russia praised China for the gas agreement.")]).unwrap();
        assert_eq!(one.generation().unwrap(), g + 1, "{at:?}");
        // Another connection (another process, as far as the store knows) sees it, and its
        // own batch is the next generation, seen by the first.
        let mut other = at.open().unwrap();
        assert_eq!(other.generation().unwrap(), g + 1, "{at:?}");
        other
            .insert(&[
                prepared("g2", "China condemned Japan over the islands."),
                prepared("g3", "Japan and India signed a trade agreement."),
            ])
            .unwrap();
        assert_eq!(one.generation().unwrap(), g + 2, "{at:?}: one batch, one generation");
        // A batch of articles already stored is a batch all the same.
        one.insert(&[prepared("g1", "Russia praised China for the gas agreement.")]).unwrap();
        assert_eq!(other.generation().unwrap(), g + 3, "{at:?}");
    }
}

/// `comity serve` on PostgreSQL answers, then stops on SIGINT with exit status 0: its pooled
/// store connections are closed without starting the `postgres` client's runtime inside the
/// server's (which aborted the process).
#[test]
fn serve_on_postgres_stops_cleanly() {
    let Some(pg) = fresh("serve_stop") else { return };
    let d = scratch("pg-serve-stop");
    let input = d.join("a.txt");
    std::fs::write(&input, "Russia and China signed a trade agreement in Beijing on Monday.\n")
        .unwrap();
    ok(&["ingest", input.to_str().unwrap(), "--date", "2024-05-01"], &pg);
    let mut child = comity()
        .args(["serve", "--addr", "127.0.0.1:0", "--db", &pg])
        .env_remove("COMITY_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    // Several requests at once, so that the pool holds several connections.
    std::thread::scope(|s| {
        for p in ["/api/status", "/api/events?limit=5", "/api/actors", "/api/network"] {
            let u = format!("{url}{p}");
            s.spawn(move || {
                let r = ureq::get(&u).call().unwrap_or_else(|e| panic!("{u}: {e}"));
                assert_eq!(r.status(), 200, "{u}");
            });
        }
    });
    // SAFETY: sends SIGINT to the child this test started.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert!(!rest.contains("panicked") && !rest.contains("runtime"), "{rest}");
    assert_eq!(status.code(), Some(0), "comity serve on PostgreSQL: {status:?}: {rest}");
}
