//! Hostile sizes from real text: one article made of many Wikinews articles and one sentence of
//! many thousand words code with valid spans, and what they give grows in proportion to the
//! input (no reported claim holding the rest of a huge sentence, say). A time budget stops the
//! coding of an article with a typed error. Speed itself is measured by
//! `cargo bench -p comity-cli --bench scaling`, not here.

use comity_code::Coder;
use comity_core::{Article, CodedArticle, Date, Deadline, TimedOut};
use comity_dict::Dictionaries;
use comity_ingest::{ReadOptions, Source};
use std::path::PathBuf;
use std::time::Duration;

/// The Wikinews texts, or None (a skip, or a failure under CI) without ../shared.
fn wikinews() -> Option<Vec<String>> {
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/wikinews.jsonl");
    if !file.exists() {
        assert!(std::env::var_os("CI").is_none(), "../shared/corpus is missing under CI");
        eprintln!("SKIPPED: ../shared/corpus not found beside the checkout");
        return None;
    }
    let mut texts = Vec::new();
    comity_ingest::read_source(&Source::File(file), &ReadOptions::default(), &mut |r| {
        if let Ok(a) = r {
            texts.push(a.text);
        }
    });
    Some(texts)
}

fn joined(texts: &[String], bytes: usize) -> String {
    let mut out = String::new();
    for t in texts {
        if out.len() >= bytes {
            break;
        }
        out.push_str(t);
        out.push_str("\n\n");
    }
    out
}

fn sentence(texts: &[String], words: usize) -> String {
    let ws: Vec<String> = texts
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|w| w.chars().filter(|c| !matches!(c, '.' | '!' | '?')).collect::<String>())
        .filter(|w| !w.is_empty())
        .take(words)
        .collect();
    ws.join(" ")
}

fn article(text: String) -> Article {
    Article { id: "big".into(), date: Date::new(2020, 1, 1), text, ..Default::default() }
}

/// Bytes of text the coded article reports (quotes and claims, people's mentions).
fn reported_bytes(c: &CodedArticle) -> usize {
    c.quotes.iter().map(|q| q.text.len()).sum::<usize>()
        + c.people.iter().map(|p| p.mentions.len()).sum::<usize>()
}

fn spans_ok(a: &Article, c: &CodedArticle) -> bool {
    let ok = |s: [usize; 2]| {
        s[0] <= s[1]
            && s[1] <= a.text.len()
            && a.text.is_char_boundary(s[0])
            && a.text.is_char_boundary(s[1])
    };
    c.events.iter().all(|e| ok(e.span) && ok(e.trigger.span) && ok(e.source.span))
        && c.quotes.iter().all(|q| ok(q.span))
        && c.people.iter().all(|p| p.mentions.iter().all(|m| ok(*m)))
}

#[test]
fn output_grows_in_proportion_to_a_huge_sentence() {
    let Some(texts) = wikinews() else { return };
    let coder = Coder::new(Dictionaries::builtin());
    // Articles with a story-level discard phrase would discard the whole sentence.
    let kept: Vec<String> =
        texts.into_iter().filter(|t| !coder.code(&article(t.clone())).discarded).collect();
    let small = article(sentence(&kept, 10_000));
    let large = article(sentence(&kept, 100_000));
    let (cs, cl) = (coder.code(&small), coder.code(&large));
    assert_eq!(cl.sentences, 1, "one sentence of 100,000 words");
    assert!(spans_ok(&large, &cl));
    assert!(!cl.discarded);
    assert!(!cl.quotes.is_empty() && !cl.people.is_empty() && cl.events.len() > 100);
    // Ten times the words: about ten times the reported text, not a hundred times (a claim
    // ends within its clause's reach, not at the end of the huge sentence).
    let (rs, rl) = (reported_bytes(&cs), reported_bytes(&cl));
    assert!(rl < rs * 20, "reported text grew from {rs} to {rl} bytes for 10x the words");
    assert!(rl < large.text.len() * 4, "{rl} bytes reported for {} of text", large.text.len());
}

#[test]
fn a_long_article_of_real_news_codes_every_part() {
    let Some(texts) = wikinews() else { return };
    let coder = Coder::new(Dictionaries::builtin());
    // Articles with a story-level discard phrase would discard the whole joined article.
    let kept: Vec<String> =
        texts.into_iter().filter(|t| !coder.code(&article(t.clone())).discarded).collect();
    let a = article(joined(&kept, 1_500_000));
    let c = coder.code(&a);
    assert!(!c.discarded);
    assert!(spans_ok(&a, &c));
    // People named in many articles, and the mentions by surname after each full name.
    assert!(c.people.len() > 500, "{} people", c.people.len());
    assert!(c.events.len() > 300, "{} events", c.events.len());
    // The same as coding with a deadline that does not pass.
    let within = coder.code_within(&a, &Deadline::after(Duration::from_secs(3600))).unwrap();
    assert_eq!(within, c);
}

#[test]
fn a_passed_deadline_stops_coding_with_a_typed_error() {
    let coder = Coder::new(Dictionaries::builtin());
    let a = article("Japan praised India for the talks. ".repeat(2000));
    let e = coder.code_within(&a, &Deadline::after(Duration::ZERO)).unwrap_err();
    assert_eq!(e, TimedOut { budget: Duration::ZERO });
    let ok = coder.code_within(&a, &Deadline::none()).unwrap();
    assert_eq!(ok, coder.code(&a));
    assert!(!ok.events.is_empty());
}

#[test]
fn a_clause_repeated_through_a_huge_sentence_codes_as_the_clause_alone() {
    // Every verb of a sentence of 40,000 words looks back for a denial in its clause and for
    // its subject: through a table and nearby tokens, not through the whole sentence.
    let coder = Coder::new(Dictionaries::builtin());
    let clause = "Russia denied that its troops attacked Poland, and China praised Japan";
    let short = coder.code(&article(format!("{clause}.")));
    let long = coder.code(&article(format!("{}.", vec![clause; 3000].join(", and "))));
    assert_eq!(long.sentences, 1);
    let key = |c: &CodedArticle| {
        let mut v: Vec<(String, String, String, String)> = c
            .events
            .iter()
            .map(|e| {
                let t = e.target.as_ref().map(|t| t.code.clone()).unwrap_or_default();
                (e.source.code.clone(), e.code.clone(), t, format!("{:?}", e.modality))
            })
            .collect();
        v.sort();
        v.dedup();
        v
    };
    assert!(!short.events.is_empty());
    assert_eq!(key(&long), key(&short));
}
