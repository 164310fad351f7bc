//! The gazetteer (dictionaries/gazetteer.tsv, GeoNames cities of 15,000 people or more):
//! cities are places of the right country, in the sentences news write them in, and the
//! names it must not take (English words, people, firms, what other files name) are not
//! places. Sentences are written here; the countries are facts of geography.

use comity_dict::Dictionaries;
use comity_recognise::{Recognised, recognise};
use comity_text::Doc;
use std::sync::OnceLock;

fn dict() -> &'static Dictionaries {
    static D: OnceLock<Dictionaries> = OnceLock::new();
    D.get_or_init(Dictionaries::builtin)
}

fn places(text: &str) -> (Recognised, Vec<(String, String, String)>) {
    let doc = Doc::new(text);
    let r = recognise(&doc, dict(), None);
    let p = r
        .places
        .iter()
        .map(|p| (doc.slice(p.first, p.last).to_string(), p.name.clone(), p.country.clone()))
        .collect();
    (r, p)
}

#[test]
fn cities_of_the_news_are_places_of_their_country() {
    // (sentence, words of the place, ISO3 country)
    let cases = [
        ("Russian aircraft bombed Gori on Saturday.", "Gori", "GEO"),
        ("The army advanced toward Jericho before dawn.", "Jericho", "PSE"),
        ("Protesters marched through downtown Halifax.", "Halifax", "CAN"),
        ("Talks resumed in Thessaloniki on Monday.", "Thessaloniki", "GRC"),
        ("Two soldiers were wounded near Kandahar.", "Kandahar", "AFG"),
        ("Troops were sent to Mariupol in May.", "Mariupol", "UKR"),
        ("The summit opened in Porto Alegre.", "Porto Alegre", "BRA"),
        ("Shells landed in Sidon overnight.", "Sidon", "LBN"),
        ("A bomb exploded in Samarra.", "Samarra", "IRQ"),
    ];
    let mut wrong = Vec::new();
    for (text, words, iso) in cases {
        let (_, found) = places(text);
        if !found.iter().any(|(w, _, c)| w == words && c == iso) {
            wrong.push(format!("{text}: expected {words} ({iso}), found {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn words_people_and_firms_named_like_cities_are_not_places() {
    // Each sentence names a city of 15,000 people or more somewhere in the world, used
    // here as something else.
    let cases = [
        "Split decisions are common in this court.",
        "Nice weather helped the rescue teams.",
        "Police said the man was arrested.",
        "Reading the statement, the minister paused.",
        "Toyota said it would close the plant.",
        "Michael Jackson was mentioned in the report.",
        "March was the wettest month.",
        "Victoria announced new measures for the state.",
        "Abraham Lincoln was quoted by the senator.",
    ];
    let mut wrong = Vec::new();
    for text in cases {
        let (_, found) = places(text);
        let cities: Vec<_> = found.iter().filter(|(_, _, c)| c != "---").collect();
        if !cities.is_empty() {
            wrong.push(format!("{text}: {cities:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn what_other_files_name_stays_theirs() {
    // A capital names its government, a country is a country: the gazetteer adds nothing to
    // names another file already holds.
    let (r, found) = places("Moscow said Georgia had attacked.");
    assert!(found.iter().all(|(w, _, _)| w != "Moscow"), "{found:?}");
    assert!(
        r.mentions
            .iter()
            .any(|m| m.code.as_deref() == Some("RUS") || m.code.as_deref() == Some("RUSGOV")),
        "{:?}",
        r.mentions
    );
}

#[test]
fn a_place_of_several_words_does_not_end_in_a_lower_case_function_word() {
    // "Co To" is a Vietnamese city; a firm's "Co" before "to" names no place.
    let (_, p) = places("The regulator ordered Smith and Co to repay its clients.");
    assert!(p.is_empty(), "{p:?}");
    let (_, p) = places("The ferry left for Co To at dawn.");
    assert!(p.iter().any(|(_, _, c)| c == "VNM"), "{p:?}");
}
