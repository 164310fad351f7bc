//! How coding time grows with the size of one article: one article of 100 KB, 400 KB, 1.6 MB
//! and 7 MB made by joining Wikinews articles of ../shared/corpus (those the dictionaries do
//! not discard as a whole), one sentence of 10k, 100k and 1M words (the corpus's words with
//! their full stops, question and exclamation marks taken out), and one sentence of a clause
//! repeated 2,000 and 20,000 times, each coded whole by one thread.
//!
//! `cargo bench -p comity-cli --bench scaling` prints the time and the time per byte of each;
//! coding is linear in the input when the time per byte stays flat (the goal: within 2x of the
//! smallest input's). With ../shared/petrarch/phoenix present it also measures PETRARCH2's
//! production dictionaries (`COMITY_DICTIONARIES=DIR` measures only those of DIR).

mod common;

use comity_code::Coder;
use comity_core::{Article, Date};
use comity_ingest::{ReadOptions, Source};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// `n` bytes (cut at a character boundary) of the corpus's articles, one after another.
fn article_of(texts: &[String], n: usize) -> String {
    let mut out = String::with_capacity(n + 4096);
    for t in texts.iter().cycle() {
        if out.len() >= n {
            break;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(t);
    }
    let mut cut = n.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// One sentence of `n` words: the corpus's words without the marks that end a sentence.
fn sentence_of(texts: &[String], n: usize) -> String {
    let mut out = String::new();
    let mut words = 0;
    for t in texts.iter().cycle() {
        for w in t.split_whitespace() {
            let w: String = w.chars().filter(|c| !matches!(c, '.' | '!' | '?')).collect();
            if w.is_empty() {
                continue;
            }
            if words > 0 {
                out.push(' ');
            }
            out.push_str(&w);
            words += 1;
            if words == n {
                return out;
            }
        }
    }
    out
}

/// The best of three runs (this machine is shared: the best is the least disturbed).
fn time(coder: &Coder, a: &Article) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut events = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let c = coder.code(a);
        best = best.min(started.elapsed());
        events = c.events.len();
        drop(c);
    }
    (best, events)
}

fn table(coder: &Coder, inputs: &[(String, Article)]) {
    println!(
        "{:<22} {:>11} {:>10} {:>12} {:>9} {:>8}",
        "input", "bytes", "seconds", "ns per byte", "vs first", "events"
    );
    let mut first = None;
    for (name, a) in inputs {
        let (took, events) = time(coder, a);
        let per_byte = took.as_secs_f64() * 1e9 / a.text.len() as f64;
        let base = *first.get_or_insert(per_byte);
        println!(
            "{:<22} {:>11} {:>10.3} {:>12.1} {:>8.2}x {:>8}",
            name,
            a.text.len(),
            took.as_secs_f64(),
            per_byte,
            per_byte / base,
            events
        );
    }
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let file = dir.join("wikinews.jsonl");
    if !file.exists() {
        println!("SKIPPED: ../shared/corpus not found beside the checkout; nothing measured");
        return;
    }
    let mut texts = Vec::new();
    comity_ingest::read_source(&Source::File(file), &ReadOptions::default(), &mut |r| {
        if let Ok(a) = r {
            texts.push(a.text);
        }
    });
    let date = Date::new(2020, 1, 1);
    let article = |id: &str, text: &str| Article {
        id: id.to_string(),
        date,
        text: text.to_string(),
        ..Default::default()
    };
    let configs = common::dictionary_configs(&dir);
    for (name, path) in configs {
        let dict = common::load(path.as_deref());
        let coder = Coder::new(dict);
        // Articles with a story-level discard phrase ("sports results", say) are left out:
        // joined in, they would make the whole article discarded and leave its events uncoded.
        let kept: Vec<String> =
            texts.iter().filter(|t| !coder.code(&article("", t)).discarded).cloned().collect();
        println!(
            "\ndictionaries: {name} ({} of {} Wikinews articles kept: not discarded)",
            kept.len(),
            texts.len()
        );
        let articles: Vec<(String, Article)> = [100_000, 400_000, 1_600_000, 7_000_000]
            .into_iter()
            .map(|n| {
                let name = if n >= 1_000_000 {
                    format!("article {:.1} MB", n as f64 / 1e6)
                } else {
                    format!("article {} KB", n / 1000)
                };
                let a = article(&name, &article_of(&kept, n));
                (name, a)
            })
            .collect();
        let sentences: Vec<(String, Article)> = [10_000, 100_000, 1_000_000]
            .into_iter()
            .map(|n| {
                let name = format!("sentence {}k words", n / 1000);
                let a = article(&name, &sentence_of(&kept, n));
                (name, a)
            })
            .collect();
        // One clause with a denial, a report and three verbs, repeated through one sentence:
        // every verb looks back through its clause and the PETRARCH matcher through its
        // sentence.
        let clause = "Russia accused Ukraine and Germany said France would attack Poland, and China praised Japan";
        let clauses: Vec<(String, Article)> = [2_000, 20_000]
            .into_iter()
            .map(|n| {
                let name = format!("clause x{n}");
                let a = article(&name, &vec![clause; n].join(" "));
                (name, a)
            })
            .collect();
        table(&coder, &articles);
        println!();
        table(&coder, &sentences);
        println!();
        table(&coder, &clauses);
    }
}
