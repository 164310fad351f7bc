//! Newspapers named after a place are that country's press, not its government; papers of no
//! named place are the press (MED). Sentences written here; the papers' home countries are
//! facts.

use comity_dict::Dictionaries;
use comity_recognise::recognise;
use comity_text::Doc;
use std::sync::OnceLock;

fn dict() -> &'static Dictionaries {
    static D: OnceLock<Dictionaries> = OnceLock::new();
    D.get_or_init(Dictionaries::builtin)
}

/// The code of the mention starting at the first word of `words` in `text`.
fn code_of(text: &str, words: &str) -> Option<String> {
    let doc = Doc::new(text);
    let r = recognise(&doc, dict(), None);
    let at = text.find(words)?;
    r.mentions
        .iter()
        .find(|m| doc.tokens[m.first].start as usize == at)
        .and_then(|m| m.code.clone())
}

#[test]
fn papers_named_after_places_are_their_countrys_press() {
    let cases = [
        ("The Tehran Times accused the United States of lying.", "Tehran Times", "IRNMED"),
        ("The Jerusalem Post criticised Iran.", "Jerusalem Post", "ISRMED"),
        ("The Jordan Times criticised Israel.", "Jordan Times", "JORMED"),
        ("The Sydney Morning Herald accused the government.", "Sydney Morning Herald", "AUSMED"),
        ("The Daily Mirror accused the government of lying.", "Daily Mirror", "MED"),
        ("The minister spoke to the Telegraph on Monday.", "Telegraph", "MED"),
    ];
    let mut wrong = Vec::new();
    for (text, words, code) in cases {
        let got = code_of(text, words);
        if got.as_deref() != Some(code) {
            wrong.push(format!("{text}: {words} expected {code}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn what_is_no_paper_stays_what_it_was() {
    // A capital saying something is its government; "Times" opening a sentence is a word.
    assert_eq!(code_of("Tehran accused the United States.", "Tehran").as_deref(), Some("IRNGOV"));
    assert_eq!(code_of("Times have changed in Iran.", "Times"), None);
    // A paper a report is attributed to is no actor of the sentence.
    assert_eq!(
        code_of("Protesters marched, according to the Los Angeles Times.", "Los Angeles"),
        None
    );
}
