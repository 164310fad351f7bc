//! Shared types of the comity pipeline.
//!
//! Every stage hands these types to the next: ingest produces [`Article`]s, the coder turns an
//! article into a [`CodedArticle`]. All spans are byte offsets `[start, end)` into the article's
//! `text`, exactly as it was read, so that every fact can be traced back to its sentence.

mod date;
mod deadline;

pub use date::{Date, PartialDate};
pub use deadline::{Deadline, TimedOut};
use serde::Serialize;

/// A byte range `[start, end)` into an article's text.
pub type Span = [usize; 2];

/// One article as read from the input, before any analysis.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Identifier: the JSON Lines `id`, or the file name for plain-text input.
    pub id: String,
    /// Publication date, used to resolve relative dates and date-limited actor codes.
    pub date: Option<Date>,
    pub title: Option<String>,
    pub text: String,
    /// Author line, when the input gives one (HTML pages).
    pub byline: Option<String>,
    /// Where the article was published (feeds, web pages, JSON Lines `url`).
    pub url: Option<String>,
}

/// How firmly the text asserts that an event took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact by the writer or the quoted speaker.
    Asserted,
    /// Announced, intended or scheduled ("is planning to", "will").
    Planned,
    /// Possible or likely ("may", "could", "possible transfers").
    Possible,
    /// Within the scope of a denial ("denied that ...").
    Denied,
    /// Relayed from someone else ("according to", "reports indicate").
    Reported,
    /// Negated ("did not attack").
    Negated,
    /// Conditional or threatened ("if", "threatened to").
    Hypothetical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Possible => "possible",
            Modality::Denied => "denied",
            Modality::Reported => "reported",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// An actor as it takes part in an event: its CAMEO code and the words that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    pub code: String,
    pub text: String,
    pub span: Span,
}

/// Words of the text and where they stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trigger {
    pub text: String,
    pub span: Span,
}

/// Why an event was coded: the dictionary entries and pattern behind it (`--explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub verb: String,
    pub verb_span: Span,
    pub pattern: String,
    pub source_entry: String,
    pub target_entry: Option<String>,
    pub rule: String,
    /// The dependency relations the coder read to find source and target
    /// (`nsubj police -> accused`), when the sentence was parsed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<String>,
    /// The parse of the sentence, one `word/UPOS/relation>head` a word (heads numbered from 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse: Option<String>,
}

/// One coded event: who did what to whom, where in the text it was said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub source: ActorRef,
    pub target: Option<ActorRef>,
    /// CAMEO event code, e.g. `072`.
    pub code: String,
    /// CAMEO name of the code.
    pub name: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f32,
    pub modality: Modality,
    /// Who the claim comes from, when it is not the article's own voice.
    pub attributed_to: Option<String>,
    /// Index of the sentence in the article.
    pub sentence: usize,
    /// Byte span of the sentence the event was coded from.
    pub span: Span,
    /// The verb that triggered the event, with its byte span.
    pub trigger: Trigger,
    pub place: Option<String>,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explanation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// A claim relayed without quotation marks ("according to", "noted that").
    Reported,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Speaker {
    pub name: String,
    pub title: Option<String>,
    pub organization: Option<String>,
    pub actor: Option<String>,
}

/// A direct quote or a reported claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub kind: QuoteKind,
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The words that tie the quote to its speaker: "said", "according to", "noted that".
    pub cue: Option<String>,
    pub sentence: usize,
    /// Byte span of the quoted or reported words.
    pub span: Span,
}

/// A quantity: troops, money, shells.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    pub value: f64,
    /// "about", "up to", "more than", ...
    pub qualifier: Option<String>,
    /// What is counted ("soldiers") or the currency ("USD").
    pub what: Option<String>,
    /// The country or actor the amount belongs to.
    pub actor: Option<String>,
    pub text: String,
    pub sentence: usize,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    /// ISO 3166-1 alpha-3 code of the country the place is in.
    pub country: String,
    /// country, capital, city, region, sea, ...
    pub kind: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub sentence: usize,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub title: Option<String>,
    pub organization: Option<String>,
    pub actor: Option<String>,
    /// Byte spans of every mention (full name, surname, pronoun) resolved to this person.
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organization {
    pub name: String,
    pub actor: Option<String>,
}

/// Goods moving between two states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flow {
    pub from: String,
    pub to: String,
    pub goods: Vec<String>,
    /// True when the goods go both ways ("exchanging coal for seafood").
    pub mutual: bool,
    pub sentence: usize,
    pub span: Span,
}

/// A date expression and the date it resolves to against the article date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub text: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub value: String,
    pub sentence: usize,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
}

/// Everything the coder takes from one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodedArticle {
    pub id: String,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub sentences: usize,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub amounts: Vec<Amount>,
    pub places: Vec<Place>,
    pub dates: Vec<DateMention>,
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub flows: Vec<Flow>,
    /// Issues the article's sentences raise (PETRARCH issue dictionaries; empty otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<IssueMention>,
    /// True when a discard phrase (sports, weather, ...) dropped the whole story.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub discarded: bool,
}

/// A phrase that signals an issue (`EARLY_CHILDHOOD_EDUCATION` in category `EDUCATION`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueMention {
    pub issue: String,
    pub category: String,
    pub text: String,
    pub sentence: usize,
    pub span: Span,
}

/// Does a code name no state or organisation (`---GOV`: an official of unknown country, as
/// PETRARCH dictionaries code agents found alone)? Such actors take no part in rankings and
/// networks, which are about relations between known actors.
pub fn unknown_actor(code: &str) -> bool {
    code.starts_with("---") || code.is_empty()
}

/// Whether a code's first three letters name a kind of actor that belongs to no country
/// (an international or non-governmental organisation, an international militarised group,
/// a multinational company, a non-governmental movement, an unidentified state actor:
/// `IGO`, `NGO`, `IMG`, `MNC`, `NGM`, `UIS`) rather than a country.
pub fn transnational(code: &str) -> bool {
    matches!(code.get(..3), Some("IGO" | "NGO" | "IMG" | "MNC" | "NGM" | "UIS"))
}

/// The actor a code belongs to at country level: `RUSGOV` -> `RUS`; organisations keep their
/// own code (`IGOUNO`), since their first three letters say only what kind they are.
pub fn actor_key(code: &str) -> String {
    match code.get(..3) {
        Some(_) if transnational(code) => code.get(..6).unwrap_or(code).to_string(),
        Some(p) => p.to_string(),
        None => code.to_string(),
    }
}

/// The CAMEO quad class of an event code: 1 verbal cooperation (01-05), 2 material
/// cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
pub fn quad_class(code: &str) -> u8 {
    let root: u32 = code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
    match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        14..=20 => 4,
        _ => 0,
    }
}

/// For tests whose input lives outside the repository (`../shared`, a browser): when it is
/// missing, the test fails if the environment variable `CI` is set, and otherwise prints why it
/// did not run. Returns so that the caller can `return` after it.
pub fn missing_test_input(what: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{what}: required under CI, so this test fails instead of skipping");
    }
    eprintln!("SKIPPED: {what}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_follow_the_root() {
        assert_eq!(quad_class("057"), 1);
        assert_eq!(quad_class("072"), 2);
        assert_eq!(quad_class("112"), 3);
        assert_eq!(quad_class("190"), 4);
        assert_eq!(quad_class("x"), 0);
    }
}
