//! Helpers shared by the server tests: a store built from the sample articles and a running
//! `comity serve` on a free loopback port.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The `comity` binary under test.
pub fn comity() -> Command {
    Command::new(env!("CARGO_BIN_EXE_comity"))
}

/// An empty scratch folder of this test process.
pub fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("comity-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A store holding the sample articles, the alliance corpus and a hostile article: a SQLite
/// file, or with `COMITY_TEST_BACKEND=postgres` a fresh schema `comity_serve_NAME` on the
/// server `COMITY_TEST_POSTGRES` names (its URL as the path; `--db` reads it as such), so that
/// the API and dashboard tests run on either backend.
pub fn build_store(name: &str) -> PathBuf {
    if std::env::var("COMITY_TEST_BACKEND").is_ok_and(|b| b == "postgres") {
        let base = std::env::var("COMITY_TEST_POSTGRES")
            .ok()
            .filter(|v| !v.is_empty())
            .expect("COMITY_TEST_BACKEND=postgres needs COMITY_TEST_POSTGRES=postgres://...");
        let safe: String =
            name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        let schema = format!("comity_serve_{safe}");
        let mut c = postgres::Client::connect(&base, postgres::NoTls)
            .unwrap_or_else(|e| panic!("COMITY_TEST_POSTGRES names no server that answers: {e}"));
        c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"))
            .unwrap();
        let sep = if base.contains('?') { '&' } else { '?' };
        return ingest_samples(PathBuf::from(format!(
            "{base}{sep}options=-c%20search_path%3D{schema}"
        )));
    }
    build_sqlite_store(name)
}

/// [`build_store`] as a SQLite file whatever the backend asked for (for what only SQLite
/// does, such as a lock held on the file).
pub fn build_sqlite_store(name: &str) -> PathBuf {
    let db = std::env::temp_dir().join(format!("comity-serve-{}-{name}.db", std::process::id()));
    for s in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{s}", db.display()));
    }
    ingest_samples(db)
}

/// Ingests the sample articles, the alliance corpus and the hostile article into `db`.
fn ingest_samples(db: PathBuf) -> PathBuf {
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .arg("ingest")
        .arg(repo().join("examples"))
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.txt"))
        .args(["--date", "2025-03-14", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

pub struct Server {
    pub child: Child,
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `comity serve` on port 0 and reads the address it bound from its first line.
pub fn serve(db: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(db)
        .args(extra)
        .env_remove("COMITY_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, url }
}

/// A store of the first `articles` articles of the Wikinews corpus, ingested into a scratch
/// folder `name` (None, or a failure under `CI`, when the corpus is absent).
pub fn corpus_store(name: &str, articles: usize) -> Option<PathBuf> {
    use std::io::Write;
    let corpus = repo().join("../shared/corpus/wikinews.jsonl");
    let Ok(f) = std::fs::File::open(&corpus) else {
        comity_core::missing_test_input(&format!("the corpus {}", corpus.display()));
        return None;
    };
    let d = scratch(name);
    let input = d.join("articles.jsonl");
    let mut w = std::fs::File::create(&input).unwrap();
    for l in BufReader::new(f).lines().take(articles) {
        writeln!(w, "{}", l.unwrap()).unwrap();
    }
    drop(w);
    let db = d.join("store.db");
    let out = comity()
        .args(["ingest", input.to_str().unwrap(), "--date", "2008-06-01", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(db)
}

/// Runs `comity ARGS --db DB`: exit code, standard output, standard error.
pub fn run(args: &[&str], db: &Path) -> (i32, String, String) {
    let out = comity().args(args).arg("--db").arg(db).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `comity ARGS --db DB`, which must succeed; its standard output.
pub fn ok(args: &[&str], db: &Path) -> String {
    let (code, out, err) = run(args, db);
    assert_eq!(code, 0, "comity {args:?}: {err}");
    out
}
