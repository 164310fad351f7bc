//! Classes of the coder's mistakes fixed in session 45, with the sentence of each (see
//! `main.rs`).

use super::*;

#[test]
fn people_named_by_where_they_are_are_of_its_country() {
    // Protesters, students or residents "in", "of" or "from" a city, a region or a country are
    // its people, though the sentence names another country.
    for (text, source) in [
        ("Students in Lahore marched against India.", "PAK"),
        ("Residents of the West Bank criticised Jordan.", "PSE"),
        ("Demonstrators in Peru rallied against Chile.", "PER"),
    ] {
        let evs = events(text, "2008-01-01");
        assert!(evs.iter().any(|(s, _, _)| s.starts_with(source)), "{text}: {evs:?}");
    }
    // Visitors are not of the place they visit.
    let evs = events("Tourists in Lahore praised India.", "2008-01-01");
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("PAK")), "{evs:?}");
}
