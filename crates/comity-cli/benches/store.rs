//! Store throughput over ../shared/corpus: codes every article first (not timed), then times
//! writing them all into a fresh SQLite store in batches, then a second pass that must add
//! nothing. `cargo bench -p comity-cli --bench store`.

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
    for pass in ["first", "second"] {
        let t = Instant::now();
        let mut stored = 0;
        for batch in prepared.chunks(256) {
            stored += store
                .insert(batch)
                .expect("insert")
                .iter()
                .filter(|o| !matches!(o, Outcome::AlreadyStored(_)))
                .count();
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{pass} pass: {stored} articles stored in {secs:.2} s ({:.1} MB/s of article text, {:.0} articles/s)",
            bytes as f64 / 1e6 / secs,
            prepared.len() as f64 / secs
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}
