//! Newspapers named after a place are that country's press, not its government; papers of no
//! named place are the press (MED); a country named only as where someone went gives no role its
//! country; a capital or an institution named as a place is no government or actor. Sentences
//! written here; the papers' home countries are facts.

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
        // (A paper the lexicon knows is its country's press: the Daily Mirror is British.)
        ("The Daily Mirror accused the government of lying.", "Daily Mirror", "GBRMED"),
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

/// A role with no country of its own takes the country its sentence names, but not one named
/// only as where someone went.
#[test]
fn a_country_reached_is_not_the_country_of_a_role() {
    let text = "Kyrgyzstan held elections. Kyrgyzstan's opposition won. \
                The deposed president fled to Russia on Monday.";
    assert_eq!(code_of(text, "president").as_deref(), Some("KGZGOV"));
    // The country a sentence names otherwise is the role's.
    let text = "The police in Kenya arrested two men.";
    assert_eq!(code_of(text, "police").as_deref(), Some("KENCOP"));
}

/// A capital named as a place is its country; an institution named as a place ("to hospital")
/// is no actor.
#[test]
fn places_named_as_places() {
    assert_eq!(
        code_of("Israeli jets struck the southern suburbs of Beirut.", "Beirut").as_deref(),
        Some("LBN")
    );
    assert_eq!(code_of("Rice arrived in Beijing on Monday.", "Beijing").as_deref(), Some("CHN"));
    assert_eq!(code_of("Moscow said it would respond.", "Moscow").as_deref(), Some("RUSGOV"));
    assert_eq!(code_of("Singh returned to hospital on Friday.", "hospital"), None);
    assert_eq!(
        code_of("An Indian hospital said two men died.", "Indian").as_deref(),
        Some("INDHLH")
    );
}
