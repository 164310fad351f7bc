//! Classes of the coder's mistakes fixed in session 46, with the sentence of each (see
//! `main.rs`).

use super::*;

#[test]
fn working_against_another_said_of_it_accuses_the_one_who_does_it() {
    // What one says another is doing to undermine, destabilise, sabotage or meddle is an
    // accusation (112) of the one doing it, the subject of the deed's clause.
    for (text, source, target) in [
        ("Chile claimed that Peru is trying to destabilize Bolivia.", "CHL", "PER"),
        ("Chile said Peru was acting with hostile intent.", "CHL", "PER"),
        (
            "The Chilean government claims that Peruvian rebels incited the riots.",
            "CHLGOV",
            "PERREB",
        ),
        ("Chile said Peru should stop interfering in the election.", "CHL", "PER"),
    ] {
        let evs = events(text, "2008-01-01");
        assert!(has(&evs, source, "112", target), "{text}: {evs:?}");
    }
    // Not whom the deed is done to, nor anyone when it is undergone or denied.
    for text in [
        "Chile said the talks were undermined by the dispute.",
        "Chile said it had no intention to interfere in Peru.",
        "Chile said neither Peru nor Bolivia wants to undermine the talks.",
        "Chile said those who persist in destabilising Peru will fail.",
    ] {
        let evs = events(text, "2008-01-01");
        assert!(!evs.iter().any(|(_, c, _)| c == "112"), "{text}: {evs:?}");
    }
}

#[test]
fn pressure_put_on_another_presses_it_to_act() {
    // Pressure put, placed, applied or stepped up on another is a demand on it (100).
    for text in [
        "Chile put pressure on Peru to release the fishermen.",
        "The Chilean opposition has placed heavy pressure on the Chilean government.",
        "Chile stepped up pressure on Peru.",
    ] {
        let evs = events(text, "2008-01-01");
        assert!(
            evs.iter().any(|(s, c, t)| s.starts_with("CHL")
                && c == "100"
                && t.starts_with(if text.contains("Peru") { "PER" } else { "CHLGOV" })),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn regretting_anothers_decision_disapproves_of_it() {
    // Regretting another's act or decision disapproves of it (110); a loss regretted names no
    // one.
    for text in [
        "The Chilean government deeply regrets the decisions made by Peru.",
        "Chile regretted Peru's decision to close the border.",
    ] {
        let evs = events(text, "2008-01-01");
        assert!(
            evs.iter().any(|(s, c, t)| s.starts_with("CHL") && c == "110" && t == "PER"),
            "{text}: {evs:?}"
        );
    }
    let evs = events("Chile regrets the loss of life in Peru.", "2008-01-01");
    assert!(evs.is_empty(), "{evs:?}");
}
