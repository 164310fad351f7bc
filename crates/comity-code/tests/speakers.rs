//! One short article (written here) for each class of quote whose speaker was missed or named
//! by a common noun: the speaker a careful reader gives the quote, or none.

use comity_code::Coder;
use comity_core::{Article, CodedArticle, Date, QuoteKind, Speaker};
use comity_dict::Dictionaries;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Dictionaries::builtin()))
}

/// `text` coded as an article of 14 December 2009.
fn code(text: &str) -> CodedArticle {
    let article = Article {
        id: "t".into(),
        date: Date::parse("2009-12-14"),
        title: None,
        text: text.into(),
        byline: None,
        url: None,
    };
    coder().code(&article)
}

/// The speaker of the direct quote of `text` that starts with `quote`.
fn speaker(text: &str, quote: &str) -> Option<Speaker> {
    let coded = code(text);
    let q = coded
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct && q.text.starts_with(quote))
        .unwrap_or_else(|| panic!("no quote '{quote}' in {:?}", coded.quotes));
    q.speaker.clone()
}

fn name(text: &str, quote: &str) -> Option<String> {
    speaker(text, quote).map(|s| s.name)
}

#[test]
fn a_surname_the_recogniser_missed_is_completed_from_the_article() {
    let text = "Algebra Capital director Dino Kronfol spoke in Dubai on Monday. \"The market will \
                recover slowly,\" Kronfol said.";
    assert_eq!(name(text, "The market").as_deref(), Some("Dino Kronfol"));
}

#[test]
fn a_name_no_dictionary_knows_after_said_is_the_speaker() {
    let text = "The opposition met in Sydney. \"We will fix the state,\" said Mr Debnam.";
    assert_eq!(name(text, "We will").as_deref(), Some("Debnam"));
}

#[test]
fn he_said_is_the_speaker_named_last_when_no_person_was_recognised() {
    let text = "\"The market will recover slowly,\" Kronfol said on Monday. \"It will take time,\" \
                he said.";
    assert_eq!(name(text, "It will take").as_deref(), Some("Kronfol"));
}

#[test]
fn a_bare_role_with_no_one_behind_it_is_no_speaker() {
    let text = "A man was arrested on Monday. \"The suspect was armed,\" police said.";
    assert_eq!(speaker(text, "The suspect"), None);
    let text = "The critics gathered outside. Critics said: \"This plan will never work for us.\"";
    assert_eq!(speaker(text, "This plan"), None);
}

#[test]
fn a_role_coded_from_the_article_is_named_by_its_country() {
    let text = "Israeli police arrested a man in Jerusalem on Monday. \"The suspect was armed,\" \
                police said.";
    let sp = speaker(text, "The suspect").expect("a speaker");
    assert_eq!(sp.actor.as_deref(), Some("ISRCOP"));
    assert_eq!(sp.name, "Israel police");
}

#[test]
fn a_spokesman_for_an_organisation_is_the_organisation() {
    let text = "\"We reject the report entirely,\" said a spokesman for the Israeli Foreign \
                Ministry.";
    let sp = speaker(text, "We reject").expect("a speaker");
    assert_eq!(sp.actor.as_deref(), Some("ISRGOV"));
    assert_eq!(sp.title.as_deref(), Some("spokesman"));
}

#[test]
fn according_to_after_a_quote_names_its_speaker() {
    let text = "\"The launch went as planned and we are pleased,\" according to NASA official \
                Doug Cooke.";
    assert_eq!(name(text, "The launch").as_deref(), Some("Doug Cooke"));
}

#[test]
fn told_reporters_before_a_quote_names_its_speaker() {
    let text = "The minister left the meeting early. Kronfol told reporters: \"Nothing has \
                changed in the talks.\"";
    assert_eq!(name(text, "Nothing has").as_deref(), Some("Kronfol"));
}

#[test]
fn quoted_as_saying_names_its_speaker() {
    let text = "\"They have until the end of the month to appeal,\" Radzi was quoted as saying by \
                the Malay Mail.";
    assert_eq!(name(text, "They have").as_deref(), Some("Radzi"));
}

#[test]
fn an_apposition_between_name_and_verb_is_skipped() {
    let text = "\"They are given free meals on every shift,\" Tom Harvey, from the Independent \
                Dockers Union, said.";
    assert_eq!(name(text, "They are").as_deref(), Some("Tom Harvey"));
    let text = "\"We panicked when the news came out,\" the group's president, Raja Zulkepley \
                Dahalan, said.";
    assert_eq!(name(text, "We panicked").as_deref(), Some("Raja Zulkepley Dahalan"));
}

#[test]
fn said_the_title_is_the_person_of_the_article_with_that_title() {
    let text = "Treasurer Peter Costello spoke in Canberra on Monday. \"They made a basic error in \
                the budget,\" said the Treasurer.";
    assert_eq!(name(text, "They made").as_deref(), Some("Peter Costello"));
}

#[test]
fn an_organisation_that_said_something_speaks_a_quote_inside_the_sentence() {
    let text = "Hezbollah said Israel's shelling of the south was \"part of a plan to weaken \
                Lebanon\".";
    let sp = speaker(text, "part of").expect("a speaker");
    assert_eq!(sp.name, "Hezbollah");
}

#[test]
fn a_surname_ending_in_ly_before_said_is_a_name_not_an_adverb() {
    let text = "Ruth Kelly opened the new school in Leeds on Friday. \"Every child deserves a \
                good teacher,\" Kelly said.";
    assert_eq!(name(text, "Every child").as_deref(), Some("Ruth Kelly"));
    let text = "Sean O'Reilly led the march through the town. \"We will not be silenced,\" Mr \
                O'Reilly said.";
    assert_eq!(name(text, "We will not").as_deref(), Some("Sean O'Reilly"));
}

#[test]
fn a_lower_case_adverb_between_name_and_verb_is_still_skipped() {
    let text = "Ruth Kelly opened the new school in Leeds on Friday. \"Every child deserves a \
                good teacher,\" Kelly reportedly said.";
    assert_eq!(name(text, "Every child").as_deref(), Some("Ruth Kelly"));
}

#[test]
fn a_sentence_of_saying_that_quotes_no_one_introduces_the_quote_after_it() {
    let text = "The council met on Tuesday. Mary Darling said the new bridge would open in \
                spring. \"We have waited long enough for this crossing.\" The work starts soon.";
    assert_eq!(name(text, "We have waited").as_deref(), Some("Mary Darling"));
}

#[test]
fn a_sentence_that_opens_with_a_person_introduces_the_quote_after_it() {
    let text = "The talks ended on Friday. John McCain closed the debate with a story about his \
                years in the navy. \"I saw what war does to young men.\" The vote is next week.";
    assert_eq!(name(text, "I saw what").as_deref(), Some("John McCain"));
}

#[test]
fn a_name_that_does_not_open_the_sentence_introduces_no_quote() {
    // The name before the verb is the pupil's school, not who speaks.
    let text = "The board heard parents on Monday. A father of a pupil at Franklin told the \
                board that his son was unwell. \"He has been sick every week this term.\" \
                The board will report in May.";
    assert_eq!(speaker(text, "He has been"), None);
}

#[test]
fn a_quote_that_goes_on_after_its_closing_mark_is_not_introduced_by_the_sentence_before() {
    let text = "The union met on Monday. Mary Darling said the strike would go ahead. \"We will \
                not back down\", the banner on the gate read.";
    assert_eq!(speaker(text, "We will not"), None);
}

#[test]
fn a_sentence_with_a_quote_of_its_own_introduces_nothing_new() {
    // The quote in the sentence before carries its speaker over, not the name it opens with.
    let text = "The board met on Monday. Peter Costello praised the plan, and Alan Mulally said \
                \"it works\". \"Our costs are down.\" The shares rose.";
    assert_eq!(name(text, "Our costs").as_deref(), Some("Alan Mulally"));
}

#[test]
fn a_participle_of_saying_speaks_for_the_subject_that_opens_the_sentence() {
    let text = "The plant was closed on Monday. Dow Chemical halted production at the site, \
                saying \"all work will stop until the cause of the leak is known.\"";
    assert_eq!(name(text, "all work").as_deref(), Some("Dow Chemical"));
    // A role speaks for the organisation named after it; a name in apposition is the speaker.
    let text = "The floods reached the capital on Sunday. A spokesman for the Red Cross \
                described the damage as grave, adding \"we need far more tents than we have.\"";
    assert_eq!(name(text, "we need").as_deref(), Some("Red Cross"));
    let text = "The fire was put out at dawn. The mayor of the town, Helga Brandt, thanked the \
                crews, adding \"no one could have done more to save the houses.\"";
    assert_eq!(name(text, "no one could").as_deref(), Some("Helga Brandt"));
}

#[test]
fn a_participle_after_a_second_clause_or_a_possessive_gives_no_speaker() {
    // The second clause has a subject of its own that is not named at the sentence's start.
    let text = "The rally was held in the old square. Poland asked for calm, and the local \
                council condemned the march, stating \"hatred has no place in our streets.\"";
    assert_eq!(speaker(text, "hatred has"), None);
    // The company's lawyer spoke, not the company.
    let text = "The case was heard on Friday. Microsoft's lawyer attacked the ruling, saying \
                \"the judge ignored every piece of evidence we brought.\"";
    assert_eq!(speaker(text, "the judge ignored"), None);
    // A bare role of no known organisation speaks for no country ("the man" is no one).
    let text = "A video was posted in Australia on Monday. The man in the video looked at the \
                camera, saying \"you will all regret the day you sent soldiers abroad.\"";
    assert_eq!(speaker(text, "you will all"), None);
}

#[test]
fn a_statement_speaks_for_who_issued_it() {
    let text = "Two soldiers died near the border on Monday. \"The soldiers were killed by a \
                roadside bomb,\" said a statement issued by the Pakistani Foreign Ministry.";
    let sp = speaker(text, "The soldiers").expect("a speaker");
    assert_eq!(sp.actor.as_deref(), Some("PAKGOV"));
    let text = "The ferry sank on Sunday. \"Rescue boats reached the ferry within the hour,\" \
                said a press release from the Red Cross.";
    assert_eq!(name(text, "Rescue boats").as_deref(), Some("Red Cross"));
}

#[test]
fn a_news_report_or_an_unnamed_statement_is_no_speaker() {
    // The broadcaster relays what someone else said.
    let text = "The talks failed on Monday. \"We were facing a choice between two bad \
                options,\" according to a report by al-Jazeera.";
    assert_eq!(speaker(text, "We were facing"), None);
    let text = "The border was closed on Monday. \"No trucks will pass until further notice,\" \
                said a statement.";
    assert_eq!(speaker(text, "No trucks"), None);
}

#[test]
fn the_statement_speaks_for_who_issued_the_statement_named_before() {
    let text = "The Turkish government released a statement on Thursday. \"We will not accept \
                this resolution under any conditions,\" the statement added.";
    let sp = speaker(text, "We will not").expect("a speaker");
    assert_eq!(sp.actor.as_deref(), Some("TURGOV"));
    // A statement no one is named as issuing speaks for no one.
    let text = "A statement was read out on the radio on Thursday. \"We will not accept this \
                resolution under any conditions,\" the statement added.";
    assert_eq!(speaker(text, "We will not"), None);
}

#[test]
fn a_person_of_an_organisation_speaks_not_the_organisation() {
    let text = "The report was published in London. Kevin Rudd of Amnesty International said: \
                \"The prisoners must be released at once.\"";
    assert_eq!(name(text, "The prisoners").as_deref(), Some("Kevin Rudd"));
    // Stopping condition: a role "of" an organisation is no person; the organisation stays.
    let text = "The report was published in London. The head of Amnesty International said: \
                \"The prisoners must be released at once.\"";
    assert_ne!(name(text, "The prisoners").as_deref(), Some("head"));
}

#[test]
fn a_capitalised_word_of_a_name_before_a_quote_is_no_verb_of_saying() {
    // "States" in "the United States" is no "states": the person before it speaks.
    let text = "Kevin Rudd spoke in Canberra on Monday about the death penalty in the United \
                States, \"which has not made anyone safer.\"";
    assert_eq!(name(text, "which has not").as_deref(), Some("Kevin Rudd"));
    // Stopping condition: a verb of saying in lower case still introduces the quote.
    let text = "The talks ended on Monday. Kevin Rudd states: \"We have made progress.\"";
    assert_eq!(name(text, "We have made").as_deref(), Some("Kevin Rudd"));
}

#[test]
fn a_quotation_inside_a_quote_does_not_end_it() {
    let text = "The prison was closed in May. \"The guards called them 'enemies of the state' and \
                locked them away,\" Kevin Rudd said.";
    assert_eq!(name(text, "The guards called them 'enemies").as_deref(), Some("Kevin Rudd"));
    // An apostrophe inside a quote ends nothing either.
    let text = "The band played on Friday. \"We have played rock 'n' roll since the '90s,\" Kevin \
                Rudd said.";
    assert_eq!(name(text, "We have played rock 'n' roll since").as_deref(), Some("Kevin Rudd"));
    // Stopping condition: a quote opened by a single mark ends at a single mark.
    let text = "The band played on Friday. 'We will be back next year,' Kevin Rudd said.";
    assert_eq!(name(text, "We will be back next year").as_deref(), Some("Kevin Rudd"));
}

/// Whether `text` lists a direct quote that starts with `quote`.
fn quoted(text: &str, quote: &str) -> bool {
    code(text).quotes.iter().any(|q| q.kind == QuoteKind::Direct && q.text.starts_with(quote))
}

#[test]
fn a_title_in_quotation_marks_that_no_one_speaks_is_no_quote() {
    let text = "The senator voted for the \"Rural Water Supply and Sanitation Act\" on Tuesday.";
    assert!(!quoted(text, "Rural Water Supply"));
    // Stopping conditions: a sentence in quotation marks stays a quote, as does a title-case
    // phrase with a pronoun of who speaks, or one a speaker is named for.
    let text = "The protest moved to the square. \"Troops must leave the country now.\" The crowd \
                grew by noon.";
    assert!(quoted(text, "Troops must leave"));
    let text = "The crowd sang \"We Shall Not Be Moved Again\" outside the embassy.";
    assert!(quoted(text, "We Shall Not"));
    let text = "\"Peace And Bread For All Workers,\" Kevin Rudd said on Monday.";
    assert_eq!(name(text, "Peace And Bread").as_deref(), Some("Kevin Rudd"));
}

#[test]
fn the_second_part_of_an_interrupted_quote_has_the_first_part_s_speaker() {
    let text = "The plant closed on Monday. \"We did what we could,\" said Bert Kowalczyk, who \
                represents the workers, \"but the owners had decided long ago.\"";
    assert_eq!(name(text, "but the owners").as_deref(), Some("Bert Kowalczyk"));
    // Stopping conditions: a second speaker between the two parts, or a full stop.
    let text = "The plant closed on Monday. \"We did what we could,\" said Bert Kowalczyk, and \
                the manager replied, \"but the owners had decided long ago.\"";
    assert_ne!(name(text, "but the owners").as_deref(), Some("Bert Kowalczyk"));
    let text = "The plant closed on Monday. \"We did what we could,\" said Bert Kowalczyk. The \
                owners, \"who had decided long ago,\" left the city.";
    assert_ne!(name(text, "who had decided").as_deref(), Some("Bert Kowalczyk"));
}

#[test]
fn a_name_after_the_words_that_describe_its_bearer_is_the_speaker() {
    // Lower-case descriptions, a comma before the name, acronyms and titles before it.
    let cases = [
        ("\"It is loud here every single night,\" said motel owner Ranjan Patel.", "Ranjan Patel"),
        (
            "\"He was a good boy and we loved him,\" said his father, Abdullah Kurdi, after the \
             burial.",
            "Abdullah Kurdi",
        ),
        (
            "\"We are sad to see it close like this,\" said acting ATF director Michael Sullivan \
             on Tuesday.",
            "Michael Sullivan",
        ),
        (
            "\"We did what we could to stop it,\" said Army Col. Romeo Ucag, who put out the fire.",
            "Romeo Ucag",
        ),
        (
            "\"It is clear the firm can no longer keep trading,\" said joint administrator Ann \
             Pryce of PwC.",
            "Ann Pryce",
        ),
    ];
    for (text, who) in cases {
        assert_eq!(name(text, "").as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_capitalised_word_before_a_name_belongs_to_the_name_unless_a_title() {
    // "Government" opens the name of a publication, not a description of it.
    let text = "\"The secret network shares information on threats with officials,\" reports \
                Government Computer News.";
    assert_eq!(name(text, "The secret").as_deref(), Some("Government Computer News"));
    let text = "\"We are continuing to investigate this incident closely,\" said Detective \
                Inspector Steven Jones.";
    assert_eq!(name(text, "We are").as_deref(), Some("Steven Jones"));
}

#[test]
fn a_quote_whose_speaker_is_described_but_not_read_is_nobody_elses() {
    // The professor is named after the quote: the quote is not Laura Bush's, whose words the
    // quote before it were.
    let text = "Laura Bush spoke in Cairo. \"We share a deep faith in peace,\" she said. \"Part of \
                it is that voters like her far more than they like her husband,\" said \
                professor of history Joan Marsh to the Monitor.";
    let who = name(text, "Part of");
    assert!(who.is_none() || who.as_deref() == Some("Joan Marsh"), "{who:?}");
}

#[test]
fn an_aside_between_the_speaker_and_the_verb_is_skipped() {
    let text = "Netflix in a statement said, \"An outside contractor suffered a data \
                breach.\"";
    assert_eq!(name(text, "An outside").as_deref(), Some("Netflix"));
}

#[test]
fn an_honorific_before_capitalised_words_makes_a_person_he_can_stand_for() {
    let text = "Dr. Lamin Jobe testified today in Banjul. \"I used to edit a weekly paper in \
                the city,\" he said.";
    assert_eq!(name(text, "I used").as_deref(), Some("Lamin Jobe"));
}

#[test]
fn a_knight_named_by_title_and_given_name_is_the_person_named_before() {
    // "Sir Ian" is Sir Ian Blair, not the Prime Minister Tony Blair named in between.
    let text = "Sir Ian Blair, the police chief, spoke in Berlin. Prime Minister Tony Blair \
                disagreed. Sir Ian outlined new laws. \"The police need more time to question \
                suspects,\" he said.";
    assert_eq!(name(text, "The police").as_deref(), Some("Ian Blair"));
}

#[test]
fn it_read_is_the_document_its_issuer_wrote_not_the_speaker_before() {
    let text = "Gordon Brown spoke with Obama. \"We talked about trade,\" Brown said. Iranian \
                President Mahmoud Ahmadinejad issued a statement on Friday. \"Our nation hopes \
                for a new page in relations with America,\" it read.";
    assert_eq!(name(text, "Our nation").as_deref(), Some("Mahmoud Ahmadinejad"));
}

#[test]
fn a_person_inside_what_a_verb_of_saying_reports_is_no_speaker() {
    // The phrase is the warner's, not the words of the two leaders the clause names.
    let text = "Attorney General Peter Goldwin has warned British media that reporting on a \
                dispute between Tony Blair and George W. Bush \"could be in breach of the Act.\"";
    assert_eq!(name(text, "could be").as_deref(), Some("Peter Goldwin"));
    // "X said Y was ..." gives the phrase to X.
    let text = "Pervez Musharraf said General Ashfaq Kayani was \"an excellent soldier\".";
    assert_eq!(name(text, "an excellent").as_deref(), Some("Pervez Musharraf"));
    // But one who opens a clause of their own, or names another in words of their own, speaks.
    let text = "Officials in London have not commented on the case, but British Prime Minister \
                Tony Blair has called the arrest \"wrong and unlawful.\"";
    assert_eq!(name(text, "wrong").as_deref(), Some("Tony Blair"));
    let text = "Sergeant Frank Ford said that Donald Rumsfeld accused him of being \"delusional\".";
    assert_eq!(name(text, "delusional").as_deref(), Some("Donald Rumsfeld"));
}

#[test]
fn a_second_verb_of_the_sentence_subject_is_its_speech() {
    let text = "Angela Merkel pointed to the rising national debt and said that the Schroeder \
                government had left \"a heavy burden for Germany\".";
    assert_eq!(name(text, "a heavy").as_deref(), Some("Angela Merkel"));
}

#[test]
fn the_one_quoted_as_saying_is_the_speaker_without_as() {
    let text = "The Times quoted a senior Downing Street source as saying that the choice was \
                \"entirely a matter for the attorney general\".";
    let sp = name(text, "entirely").unwrap_or_default();
    assert!(sp.contains("Downing Street") && !sp.ends_with(" as"), "{sp}");
}

#[test]
fn according_to_opening_the_next_sentence_is_not_the_quote_before() {
    let text = "Jeremy Dear continued, \"These moves do the ministers no favours at all.\" \
                According to The Guardian this \"is thought to be unprecedented\".";
    assert_eq!(name(text, "These moves").as_deref(), Some("Jeremy Dear"));
    // Inside the sentence it still names the speaker.
    let text = "Police will publish footage showing \"a long line of burning cars.\" according \
                to NSW Police.";
    assert!(name(text, "a long").is_some_and(|n| n.contains("Police")));
}

#[test]
fn a_lexicon_title_of_a_later_office_is_not_given_on_an_earlier_date() {
    // In December 2009 Kevin Rudd was Prime Minister, not yet ambassador to the United States.
    let sp = speaker("Kevin Rudd said \"we welcome this decision\".", "we welcome");
    let title = sp.and_then(|s| s.title).unwrap_or_default();
    assert!(!title.contains("Ambassador"), "{title}");
}

#[test]
fn a_bodys_name_before_a_verb_of_saying_speaks_and_an_armed_groups_is_no_person() {
    let coded = code("The Conference Board said the consumer confidence index dropped in July.");
    assert!(
        coded.quotes.iter().any(|q| q.kind == QuoteKind::Reported
            && q.speaker.as_ref().is_some_and(|s| s.name == "Conference Board")),
        "{:?}",
        coded.quotes
    );
    let coded = code("The Syrian Ansar and Tawheed Brigades said they would free the hostage.");
    assert!(!coded.people.iter().any(|p| p.name.contains("Brigades")), "{:?}", coded.people);
}

#[test]
fn according_to_a_report_by_a_source_is_the_sources_claim() {
    let coded = code(
        "According to a report by the Kathmandu Post the army has arrested six Maoist leaders. \
         According to the Stockholm International Peace Research Institute arms sales rose.",
    );
    let names: Vec<String> = coded
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .filter_map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect();
    assert!(names.iter().any(|n| n == "Kathmandu Post"), "{names:?}");
    assert!(
        names.iter().any(|n| n == "Stockholm International Peace Research Institute"),
        "{names:?}"
    );
}

#[test]
fn weapons_named_before_they_are_no_speaker() {
    let text = "Experts say Iran's missiles can hit distant targets. China, however, pressed for \
                dialogue, stating that they consider Iran to be \"ready for serious talks\".";
    let quotes = code(text).quotes;
    assert!(
        quotes.iter().all(|q| q.speaker.as_ref().is_none_or(|s| !s.name.contains("missiles"))),
        "{quotes:?}"
    );
}

#[test]
fn rights_groups_of_no_country_speak_by_their_own_words() {
    let text = "The Sri Lankan army shelled the town. Human rights groups said: \"Many of those \
                killed were civilians.\"";
    let s = speaker(text, "Many of those").expect("a speaker");
    assert_eq!(s.actor.as_deref(), Some("NGO"), "{s:?}");
    assert!(s.name.to_lowercase().contains("human rights groups"), "{s:?}");
}
