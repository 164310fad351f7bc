//! Throughput of the full pipeline (segmentation, recognition, coding) over ../shared/corpus.
//!
//! `cargo bench -p comity-cli --bench corpus` reads every article into memory first (reading is
//! not timed), then codes them all on every core, three times, and prints the best run in MB of
//! article text a second. With ../shared/petrarch/phoenix present it also measures PETRARCH2's production
//! dictionaries; `COMITY_DICTIONARIES=DIR` benchmarks only the dictionaries of DIR.

mod common;

use comity_code::Coder;
use comity_core::Article;
use comity_ingest::{ReadOptions, Source};
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
    let mut articles: Vec<Article> = Vec::new();
    let mut errors = 0;
    for f in files {
        comity_ingest::read_source(&Source::File(dir.join(f)), &ReadOptions::default(), &mut |r| {
            match r {
                Ok(a) => articles.push(a),
                Err(_) => errors += 1,
            }
        });
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "corpus: {} articles, {:.1} MB of text ({} unreadable)",
        articles.len(),
        bytes as f64 / 1e6,
        errors
    );
    // The built-in dictionaries, then PETRARCH2's production dictionaries when they are beside
    // the checkout (or only the folder COMITY_DICTIONARIES names).
    let configs = common::dictionary_configs(&dir);
    for (name, path) in configs {
        let started = Instant::now();
        let dict = common::load(path.as_deref());
        let load = started.elapsed();
        println!("dictionaries {name}: loaded in {:.3} s", load.as_secs_f64());
        measure(&articles, bytes, Coder::new(dict));
    }
}

fn measure(articles: &[Article], bytes: usize, coder: Coder) {
    let run = |parallel: bool| {
        let t = Instant::now();
        let (events, sentences): (usize, usize) = if parallel {
            articles
                .par_iter()
                .map(|a| coder.code(a))
                .map(|c| (c.events.len(), c.sentences))
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        } else {
            articles
                .iter()
                .map(|a| coder.code(a))
                .map(|c| (c.events.len(), c.sentences))
                .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        };
        (t.elapsed().as_secs_f64(), events, sentences)
    };
    for (label, parallel, runs) in [("all cores", true, 3), ("one core", false, 1)] {
        let mut best = f64::MAX;
        let (mut events, mut sentences) = (0, 0);
        for _ in 0..runs {
            let (secs, ev, se) = run(parallel);
            best = best.min(secs);
            (events, sentences) = (ev, se);
        }
        println!(
            "{label:>9} ({} threads): {:.2} s, {:.1} MB/s, {:.0} articles/s, {:.0} sentences/s, {} events",
            if parallel { rayon::current_num_threads() } else { 1 },
            best,
            bytes as f64 / 1e6 / best,
            articles.len() as f64 / best,
            sentences as f64 / best,
            events
        );
    }
}
