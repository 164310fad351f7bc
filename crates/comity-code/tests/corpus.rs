//! Robustness over the real corpus in ../shared/corpus: every article codes without a panic,
//! every span the coder reports lies on character boundaries inside its article, and fewer
//! than 15% of the Wikinews quotes are left without a speaker.

use comity_code::Coder;
use comity_core::{Article, CodedArticle};
use comity_dict::Dictionaries;
use comity_ingest::{ReadOptions, Source};
use std::path::PathBuf;

/// Words that never name an actor or a speaker.
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "its", "his", "their",
    "our", "it is", "they are",
];

fn check_spans(a: &Article, c: &CodedArticle) -> Result<(), String> {
    let ok = |s: [usize; 2]| {
        s[0] <= s[1]
            && s[1] <= a.text.len()
            && a.text.is_char_boundary(s[0])
            && a.text.is_char_boundary(s[1])
    };
    let mut spans: Vec<[usize; 2]> = Vec::new();
    for e in &c.events {
        spans.extend([e.span, e.trigger.span, e.source.span]);
        spans.extend(e.target.as_ref().map(|t| t.span));
        if e.code.is_empty() || e.source.code.is_empty() {
            return Err(format!("{}: event without a code", a.id));
        }
    }
    spans.extend(c.quotes.iter().map(|q| q.span));
    spans.extend(c.amounts.iter().map(|q| q.span));
    spans.extend(c.places.iter().map(|q| q.span));
    spans.extend(c.dates.iter().map(|q| q.span));
    spans.extend(c.flows.iter().map(|q| q.span));
    match spans.into_iter().find(|s| !ok(*s)) {
        Some(s) => {
            Err(format!("{}: span {s:?} outside the text or off a character boundary", a.id))
        }
        None => Ok(()),
    }
}

#[test]
fn whole_corpus_codes_without_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let files = ["wikinews.jsonl", "reuters21578.jsonl"];
    if !files.iter().all(|f| dir.join(f).exists()) {
        comity_core::missing_test_input(
            "../shared/corpus not found beside the checkout; the corpus run did not happen",
        );
        return;
    }
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        comity_ingest::read_source(&Source::File(dir.join(f)), &ReadOptions::default(), &mut |r| {
            match r {
                Ok(a) => articles.push(a),
                Err(e) => errors.push(e.to_string()),
            }
        });
    }
    assert!(errors.is_empty(), "corpus records that did not read: {errors:?}");
    assert!(articles.len() > 24_000);
    let coder = Coder::new(Dictionaries::builtin());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = articles.len().div_ceil(threads);
    let results: Vec<(usize, Vec<String>, (usize, usize))> = std::thread::scope(|s| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                let coder = &coder;
                s.spawn(move || {
                    let mut events = 0;
                    let mut bad = Vec::new();
                    let mut quotes = (0, 0);
                    for a in part {
                        let c = coder.code(a);
                        events += c.events.len();
                        if a.id.starts_with("wn-") {
                            quotes.0 += c.quotes.len();
                            quotes.1 += c.quotes.iter().filter(|q| q.speaker.is_none()).count();
                        }
                        if let Err(e) = check_spans(a, &c) {
                            bad.push(e);
                        }
                        // An actor or a speaker is named by its words, never by a pronoun.
                        let actors = c.events.iter().flat_map(|e| {
                            std::iter::once(e.source.text.as_str())
                                .chain(e.target.as_ref().map(|t| t.text.as_str()))
                        });
                        let speakers = c
                            .quotes
                            .iter()
                            .filter_map(|q| q.speaker.as_ref())
                            .map(|s| s.name.as_str());
                        for name in actors.chain(speakers) {
                            if PRONOUNS.contains(&name.to_lowercase().as_str()) {
                                bad.push(format!(
                                    "{}: '{name}' stands as an actor or speaker",
                                    a.id
                                ));
                            }
                        }
                    }
                    (events, bad, quotes)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("no panic while coding")).collect()
    });
    let events: usize = results.iter().map(|r| r.0).sum();
    let bad: Vec<&String> = results.iter().flat_map(|r| &r.1).collect();
    assert!(
        bad.is_empty(),
        "{} articles with bad spans or pronoun names, first: {:?}",
        bad.len(),
        bad.first()
    );
    assert!(events > 1000, "only {events} events from {} articles", articles.len());
    // Issue 14's floor: fewer than 15% of the Wikinews quotes without a speaker (14.98% when
    // set; `scripts/quote_speakers.py` lists them).
    let quotes: usize = results.iter().map(|r| r.2.0).sum();
    let unknown: usize = results.iter().map(|r| r.2.1).sum();
    assert!(quotes > 20_000, "only {quotes} Wikinews quotes");
    assert!(
        (unknown as f64) < 0.15 * quotes as f64,
        "{unknown} of {quotes} Wikinews quotes have no speaker (floor: under 15%)"
    );
    eprintln!(
        "coded {} articles, {events} events; {unknown} of {quotes} Wikinews quotes unknown",
        articles.len()
    );
}
