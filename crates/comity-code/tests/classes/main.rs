//! One sentence (written here) for each class of mistake fixed in the coder, with the event a
//! careful coder records, or the event that must not be coded. Each failed before its fix.

use comity_code::Coder;
use comity_core::{Article, Date};
use comity_dict::Dictionaries;
use std::sync::OnceLock;

mod part1;
mod part2;
mod part3;
mod part4;
mod part5;
mod part6;
mod part7;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Dictionaries::builtin()))
}

/// (source, code, target) of every event coded in `text` on `date`.
fn events(text: &str, date: &str) -> Vec<(String, String, String)> {
    coded(text, date, |_| true)
}

/// (source, code, target) of the events coded in `text` as having happened.
fn asserted(text: &str, date: &str) -> Vec<(String, String, String)> {
    coded(text, date, |m| m == comity_core::Modality::Asserted)
}

fn coded(
    text: &str,
    date: &str,
    keep: impl Fn(comity_core::Modality) -> bool,
) -> Vec<(String, String, String)> {
    let article = Article {
        id: "t".into(),
        date: Date::parse(date),
        title: None,
        text: text.into(),
        byline: None,
        url: None,
    };
    coder()
        .code(&article)
        .events
        .iter()
        .filter(|e| keep(e.modality))
        .map(|e| {
            let t = e.target.as_ref().map_or("-".to_string(), |t| t.code.clone());
            (e.source.code.clone(), e.code.clone(), t)
        })
        .collect()
}

fn has(evs: &[(String, String, String)], source: &str, root: &str, target: &str) -> bool {
    evs.iter().any(|(s, c, t)| s == source && c.starts_with(root) && t == target)
}
