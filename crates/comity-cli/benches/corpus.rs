//! Throughput of the full pipeline (segmentation, recognition, coding) over ../shared/corpus.
//!
//! `cargo bench -p comity-cli --bench corpus` reads every article into memory first (reading is
//! not timed), then codes them all on every core, three times, and prints the best run in MB of
//! article text a second. `COMITY_DICTIONARIES=DIR` benchmarks with other dictionaries.

use comity_code::Coder;
use comity_core::Article;
use comity_dict::{Dictionaries, Mode};
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
        comity_ingest::read_source(&Source::File(dir.join(f)), &ReadOptions::default(), &mut |r| match r {
            Ok(a) => articles.push(a),
            Err(_) => errors += 1,
        });
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let started = Instant::now();
    let dict = match std::env::var_os("COMITY_DICTIONARIES") {
        Some(d) => Dictionaries::load(&PathBuf::from(d), Mode::Replace).expect("dictionaries load"),
        None => Dictionaries::builtin(),
    };
    let load = started.elapsed();
    let coder = Coder::new(dict);
    println!("corpus: {} articles, {:.1} MB of text ({} unreadable); dictionaries loaded in {:.3} s", articles.len(), bytes as f64 / 1e6, errors, load.as_secs_f64());
    let run = |parallel: bool| {
        let t = Instant::now();
        let events: usize = if parallel {
            articles.par_iter().map(|a| coder.code(a).events.len()).sum()
        } else {
            articles.iter().map(|a| coder.code(a).events.len()).sum()
        };
        (t.elapsed().as_secs_f64(), events)
    };
    for (label, parallel, runs) in [("all cores", true, 3), ("one core", false, 1)] {
        let mut best = f64::MAX;
        let mut events = 0;
        for _ in 0..runs {
            let (secs, ev) = run(parallel);
            best = best.min(secs);
            events = ev;
        }
        println!(
            "{label:>9} ({} threads): {:.2} s, {:.1} MB/s, {:.0} articles/s, {} events",
            if parallel { rayon::current_num_threads() } else { 1 },
            best,
            bytes as f64 / 1e6 / best,
            articles.len() as f64 / best,
            events
        );
    }
}
