//! The PETRARCH validation suite from ../shared/petrarch, coded from the sentence text with the
//! suite's own dictionaries. Fails when the pass rate falls below the recorded floor.

use comity_code::validate::{read_records, run};
use comity_dict::PetrarchSet;
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch")
}

#[test]
fn validation_suite_pass_rate() {
    let dir = shared();
    let Ok(text) = std::fs::read_to_string(dir.join("records.dev.jsonl")) else {
        comity_core::missing_test_input(&format!(
            "{} not found (the validation suite lives in ../shared/petrarch beside the checkout)",
            dir.display()
        ));
        return;
    };
    let files = PetrarchSet::find(&dir.join("dictionaries")).expect("dictionary folder");
    let set = PetrarchSet::load(&files).expect("dictionaries load");
    let (records, bad) = read_records(&text);
    assert!(bad.is_empty(), "unreadable records: {bad:?}");
    let report = run(&set, &records);
    if let Ok(id) = std::env::var("COMITY_EXPLAIN") {
        for r in records.iter().filter(|r| r.id == id) {
            let date = r.date.as_deref().and_then(comity_core::Date::parse);
            eprintln!(
                "{}\n{}",
                r.text,
                comity_code::petrarch::explain(
                    &set,
                    &r.text,
                    date,
                    &comity_code::validate::options_of(&r.config)
                )
            );
        }
    }
    for o in report.outcomes.iter().filter(|o| !o.passed) {
        let f = |v: &[comity_code::validate::Triple]| {
            v.iter()
                .map(|t| format!("{}>{}:{}", t.source, t.target, t.code))
                .collect::<Vec<_>>()
                .join(" ")
        };
        eprintln!(
            "FAIL {:<18} expected [{}] coded [{}]{}",
            o.id,
            f(&o.expected),
            f(&o.coded),
            o.discarded.as_deref().map(|d| format!(" ({d})")).unwrap_or_default()
        );
    }
    for (c, n) in &report.by_category {
        eprintln!("{c:<10} {:>3}/{:<3}", n.passed, n.scored);
    }
    eprintln!("passed {}/{} ({:.1}%)", report.passed, report.scored, 100.0 * report.pass_rate());
    assert!(report.scored >= 180, "scored {}", report.scored);
    // The issue asks for 90%; this is the measured floor, so any regression fails.
    assert!(
        report.passed >= FLOOR,
        "{} records pass, fewer than the {FLOOR} recorded (see README)",
        report.passed
    );
}

/// Records of records.dev.jsonl that passed when this floor was set (of 185 scored).
const FLOOR: usize = 176;

/// PETRARCH2's production dictionaries load through the same door as any user's (file kinds
/// from names and contents), with few refused lines, and code real articles without panicking.
#[test]
fn phoenix_dictionaries_load_and_code_the_corpus() {
    let dir = shared().join("phoenix");
    if !dir.exists() {
        comity_core::missing_test_input(&format!("{} not found", dir.display()));
        return;
    }
    let d =
        comity_dict::Dictionaries::load(&dir, comity_dict::Mode::Replace).expect("phoenix loads");
    let set = d.petrarch.as_ref().expect("PETRARCH files recognised");
    let counts: std::collections::HashMap<&str, usize> = set.counts().into_iter().collect();
    eprintln!("{counts:?}; {} lines refused", d.warnings.len());
    assert!(counts["actors"] > 25_000 && counts["agents"] > 2_000, "{counts:?}");
    assert!(counts["verb patterns"] > 4_500 && counts["synsets"] > 30, "{counts:?}");
    assert!(counts["issue phrases"] > 500 && counts["discards"] > 100, "{counts:?}");
    let entries: usize =
        counts["actors"] + counts["agents"] + counts["verb patterns"] + counts["issue phrases"];
    assert!(d.warnings.len() * 100 < entries, "{} refused lines", d.warnings.len());
    // A sample of the corpus: every event's spans hold.
    let corpus = shared().join("../corpus/wikinews.jsonl");
    let Ok(text) = std::fs::read_to_string(&corpus) else {
        comity_core::missing_test_input(&format!("{} not found", corpus.display()));
        return;
    };
    let coder = comity_code::Coder::new(d);
    let mut events = 0;
    for line in text.lines().take(1500) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let a = comity_core::Article {
            id: String::new(),
            date: v["date"].as_str().and_then(comity_core::Date::parse),
            title: None,
            text: v["text"].as_str().unwrap_or("").to_string(),
            byline: None,
            url: None,
        };
        let c = coder.code(&a);
        for e in &c.events {
            assert_eq!(
                a.text.get(e.trigger.span[0]..e.trigger.span[1]),
                Some(e.trigger.text.as_str())
            );
            assert!(a.text.get(e.source.span[0]..e.source.span[1]).is_some());
            assert!(
                e.span[0] <= e.trigger.span[0] && e.trigger.span[1] <= e.span[1],
                "trigger inside its sentence"
            );
        }
        events += c.events.len();
    }
    assert!(events > 500, "only {events} events from 1,500 articles");
}
