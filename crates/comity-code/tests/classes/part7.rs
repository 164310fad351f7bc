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
    ] {
        let evs = events(text, "2008-01-01");
        assert!(has(&evs, source, "112", target), "{text}: {evs:?}");
    }
    // Asked to stop the deed, the doer is appealed to.
    let evs = events("Chile said Peru should stop interfering in the election.", "2008-01-01");
    assert!(evs.iter().any(|(s, c, t)| s == "CHL" && c.starts_with("02") && t == "PER"), "{evs:?}");
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

#[test]
fn protesters_and_police_of_a_sentence_of_several_countries_are_the_articles() {
    // Protesters, activists and the police with no country of their own, in a sentence naming
    // several countries, are of the article's country when the sentence names it.
    let article = "Iran's government called for calm on Friday. Iranian officials met in Tehran. ";
    let text = format!(
        "{article}Protesters threw stones at the Danish embassy in Iran, chanting against the United States."
    );
    let evs = events(&text, "2008-01-01");
    assert!(has(&evs, "IRNOPP", "145", "DNKGOV"), "{evs:?}");
    let text = format!(
        "{article}Police arrested two Danish citizens in Iran after they criticised Israel."
    );
    let evs = events(&text, "2008-01-01");
    assert!(has(&evs, "IRNCOP", "173", "DNKCVL"), "{evs:?}");
    // Civilians harmed in such a sentence too.
    let text =
        format!("{article}A US air strike in Iran killed ten civilians, an Iraqi official said.");
    let evs = events(&text, "2008-01-01");
    assert!(
        evs.iter().any(|(s, c, t)| s.starts_with("USA") && c.starts_with("19") && t == "IRNCVL"),
        "{evs:?}"
    );
}

#[test]
fn a_deputy_before_a_countrys_title_is_no_police() {
    // "Deputy" before a capitalised title is the title's rank, not a sheriff's deputy (of the
    // article's country, in a sentence naming two).
    let text = "Japan's trade ministry sent a team to Washington. Japan wants to avoid tariffs. \
                Kenji Sato, a Japanese vice minister, will hold talks with the Deputy U.S. \
                Trade Representative, John Miller, and with Canadian officials.";
    let evs = events(text, "1987-04-01");
    assert!(!evs.iter().any(|(s, _, t)| s.ends_with("COP") || t.ends_with("COP")), "{evs:?}");
    assert!(has(&evs, "JPNGOV", "036", "USA"), "{evs:?}");
}

#[test]
fn a_person_is_known_by_a_given_name_of_no_recorded_gender() {
    // A capitalised run that opens with a given name of the leaders' lexicon ("Tariq") is a
    // person, though the text gives no title, and the court that convicts them is not theirs.
    let evs = events("A Jordanian court found Tariq Halabi guilty of fraud.", "2007-02-22");
    assert!(has(&evs, "JORJUD", "116", "JORCVL"), "{evs:?}");
    // (A title of capitalised words, "of" and "for" before the name is still the name's.)
    for text in [
        "Chilean Minister for Mining Tariq Soto said Peru must act.",
        "Chilean Minister of the Interior Tariq Soto said Peru must act.",
    ] {
        let evs = events(text, "2007-02-22");
        assert!(has(&evs, "CHLGOV", "10", "PER"), "{text}: {evs:?}");
    }
    // A role, then "named", is the name's: the rebel who surrenders is a rebel.
    let evs = events(
        "A rebel commander named Tariq Halabi hijacked a Jordanian bus. Halabi surrendered to \
         Jordanian police two hours later.",
        "2007-02-22",
    );
    assert!(has(&evs, "JORREB", "080", "JORCOP"), "{evs:?}");
}

#[test]
fn being_in_touch_with_another_consults_it() {
    // Being, remaining or keeping "in touch" or "in contact" with another consults it (040).
    for text in [
        "Chile has been in touch with Peruvian officials.",
        "Chile remained in close contact with Peru.",
        "Chile kept in touch with Peru.",
    ] {
        let evs = events(text, "2008-01-01");
        assert!(
            evs.iter().any(|(s, c, t)| s == "CHL" && c == "040" && t.starts_with("PER")),
            "{text}: {evs:?}"
        );
    }
    // Being in talks or negotiations with another negotiates with it (046).
    for text in ["Chile is in talks with Peru.", "Chile was in negotiations with Peru on Monday."] {
        let evs = events(text, "2008-01-01");
        assert!(has(&evs, "CHL", "046", "PER"), "{text}: {evs:?}");
    }
}

#[test]
fn criticism_received_from_another_is_its_criticism() {
    // Criticism received, faced or drawn from another is that other's (111), aimed at the
    // one who receives it.
    for text in [
        "The Chilean government has received criticism from Peru.",
        "Chile faced sharp criticism from Peru.",
        "Chile drew criticism from Peru.",
    ] {
        let evs = events(text, "2008-01-01");
        assert!(
            evs.iter().any(|(s, c, t)| s == "PER" && c == "111" && t.starts_with("CHL")),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn what_an_issued_text_says_its_issuer_says() {
    // A statement, letter or resolution issued, released or passed "accusing", "condemning" or
    // "calling on" another is its issuer's act.
    for (text, source, code, target) in [
        (
            "The Chilean government issued a statement accusing Peru of spying.",
            "CHLGOV",
            "112",
            "PER",
        ),
        ("The Chilean parliament passed a resolution condemning Peru.", "CHLLEG", "111", "PER"),
        ("Chile released a letter thanking Peru for its help.", "CHL", "051", "PER"),
    ] {
        let evs = events(text, "2008-01-01");
        assert!(has(&evs, source, code, target), "{text}: {evs:?}");
    }
}

#[test]
fn it_that_holds_a_stance_stands_for_an_actor() {
    // "It" as the subject of a stance ("critical of", "in talks with") stands for the actor
    // before it, not for a thing judged by a quality ("it was dangerous").
    for (text, code) in [
        ("Chile said it was critical of Peru.", "111"),
        ("Chile said it was in negotiations with Peru.", "046"),
    ] {
        let evs = events(text, "2008-01-01");
        assert!(has(&evs, "CHL", code, "PER"), "{text}: {evs:?}");
    }
}
