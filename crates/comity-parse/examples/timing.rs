//! Times tagging, lemmas and trees over many different sentences (so that the weight tables
//! are read as a corpus reads them, not from the cache as the fixed sentences of
//! `cargo bench -p comity-parse` are): `cargo run --release -p comity-parse --example timing
//! -- sentences.txt [rounds]`, one whitespace-tokenised sentence a line. Sentences go to
//! `Parser::parse_many` eight at a time, as comity's coder hands them over. Prints the model's
//! load time, the best CPU time of the rounds and a checksum of the analyses, which two builds
//! that analyse alike share.

use std::hash::{Hash, Hasher};
use std::time::Instant;

use comity_parse::Parser;
use comity_parse::train::cpu_seconds;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: timing SENTENCES.txt [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3).max(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let t = Instant::now();
    let parser = Parser::english();
    println!("model load: {:.3} s", t.elapsed().as_secs_f64());
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split_whitespace().collect()).collect();
    let words: usize = lines.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    let mut sum = 0;
    for _ in 0..rounds {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        let c0 = cpu_seconds();
        for chunk in lines.chunks(8) {
            let slices: Vec<&[&str]> = chunk.iter().map(Vec::as_slice).collect();
            for a in parser.parse_many(&slices) {
                (&a.tags, &a.heads, &a.rels, &a.lemmas).hash(&mut h);
            }
        }
        if let (Some(a), Some(b)) = (c0, cpu_seconds()) {
            best = best.min(b - a);
        }
        sum = h.finish();
    }
    let rate = words as f64 / best.max(1e-9);
    println!("{} sentences, {words} words: {best:.3} CPU s (best of {rounds})", lines.len());
    println!("{rate:.0} words per CPU second, checksum {sum:016x}");
}
