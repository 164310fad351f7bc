//! Store throughput over ../shared/corpus: codes every article first (not timed), then times
//! writing them all into a fresh SQLite store in batches, then a second pass that must add
//! nothing. `cargo bench -p comity-cli --bench store`.
//!
//! With `COMITY_BENCH_POSTGRES=postgres://...` (a role that may create schemas), the same on
//! PostgreSQL in a fresh schema, then two writers at once (each with half the batches, in a
//! second fresh schema). `COMITY_BENCH_BATCH=N` writes batches of N articles (256 unless
//! given, as `comity ingest --batch`).

use comity_code::Coder;
use comity_core::Article;
use comity_dict::Dictionaries;
use comity_ingest::{ReadOptions, Source};
use comity_store::{ArticleMeta, Outcome, Prepared, Store};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let files = ["wikinews.jsonl", "reuters21578.jsonl"];
    if !files.iter().all(|f| dir.join(f).exists()) {
        println!("SKIPPED: ../shared/corpus not found beside the checkout; no throughput measured");
        return;
    }
    let mut articles: Vec<(Article, String)> = Vec::new();
    for f in files {
        comity_ingest::read_source(&Source::File(dir.join(f)), &ReadOptions::default(), &mut |r| {
            if let Ok(a) = r {
                articles.push((a, f.to_string()));
            }
        });
    }
    let bytes: usize = articles.iter().map(|a| a.0.text.len()).sum();
    let coder = Coder::new(Dictionaries::builtin());
    let prepared: Vec<Prepared> = articles
        .par_iter()
        .map(|(a, src)| {
            let meta = ArticleMeta {
                ext_id: a.id.clone(),
                source: src.clone(),
                url: a.url.clone(),
                title: a.title.clone(),
                byline: None,
                date: a.date,
            };
            Prepared::new(meta, a.text.clone(), coder.code(a))
        })
        .collect();
    let db = std::env::temp_dir().join(format!("comity-bench-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut store = Store::open(&db).expect("store opens");
    two_passes(&mut store, "", &prepared, bytes);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    if let Some(base) = std::env::var("COMITY_BENCH_POSTGRES").ok().filter(|v| !v.is_empty()) {
        postgres(&base, &prepared, bytes);
    }
}

/// Articles per batch: `COMITY_BENCH_BATCH`, else 256.
fn batch_size() -> usize {
    std::env::var("COMITY_BENCH_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(256)
}

/// Stores every article twice (the second pass adds nothing) and prints each pass's rate,
/// each line led by `label`.
fn two_passes(store: &mut Store, label: &str, prepared: &[Prepared], bytes: usize) {
    for pass in ["first", "second"] {
        let before = store.write_phases();
        let t = Instant::now();
        let mut stored = 0;
        for batch in prepared.chunks(batch_size()) {
            stored += store
                .insert(batch)
                .expect("insert")
                .iter()
                .filter(|o| !matches!(o, Outcome::AlreadyStored(_)))
                .count();
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{label}{pass} pass: {stored} articles stored in {secs:.2} s ({:.1} MB/s of article text, {:.0} articles/s)",
            bytes as f64 / 1e6 / secs,
            prepared.len() as f64 / secs
        );
        print_phases(store, before);
    }
}

/// A URL for a fresh schema `name` on the server at `base`.
fn fresh_schema(base: &str, name: &str) -> String {
    let mut c = ::postgres::Client::connect(base, ::postgres::NoTls).expect("the server answers");
    c.batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"))
        .expect("a fresh schema");
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-c%20search_path%3D{name}")
}

fn postgres(base: &str, prepared: &[Prepared], bytes: usize) {
    let url = fresh_schema(base, "comity_bench_one");
    let mut store = Store::open_postgres(&url).expect("store opens");
    two_passes(&mut store, "PostgreSQL, ", prepared, bytes);
    // Two writers at once, each with every other batch.
    let url = fresh_schema(base, "comity_bench_two");
    let batches: Vec<&[Prepared]> = prepared.chunks(batch_size()).collect();
    let t = Instant::now();
    let stored: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|w| {
                let (url, batches) = (&url, &batches);
                scope.spawn(move || {
                    let mut store = Store::open_postgres(url).expect("store opens");
                    let mut n = 0;
                    for b in batches.iter().skip(w).step_by(2) {
                        n += store.insert(b).expect("insert").len();
                    }
                    print_phases(&store, None);
                    n
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("writer")).sum()
    });
    let secs = t.elapsed().as_secs_f64();
    println!(
        "PostgreSQL, two writers at once: {stored} articles in {secs:.2} s ({:.1} MB/s of article text)",
        bytes as f64 / 1e6 / secs
    );
}

/// The average time per batch of each phase of a PostgreSQL store's writes since `before`.
fn print_phases(store: &Store, before: Option<comity_store::Phases>) {
    let Some(p) = store.write_phases() else { return };
    let before = before.unwrap_or_default();
    let n = (p.batches - before.batches).max(1) as f64;
    let parts: Vec<String> = comity_store::PHASES
        .iter()
        .zip(p.time.iter().zip(before.time))
        .map(|(name, (t, b))| format!("{name} {:.1}", (*t - b).as_secs_f64() * 1e3 / n))
        .collect();
    println!("  ms per batch ({} batches): {}", p.batches - before.batches, parts.join(", "));
}
