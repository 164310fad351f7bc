//! Recognise stage: finds what the words of an article refer to.
//!
//! Input: a tokenised [`Doc`] and the [`Dictionaries`]. Output: [`Recognised`], the actor
//! mentions (countries, people, institutions, role agents, pronouns, combined as in "North
//! Korean troops" -> `PRKMIL`), the people of the article with their titles and organisations,
//! places, dates resolved against the article date, and amounts. Nothing here decides who did
//! what to whom; that is the coder's job.

mod dates;
mod documents;
pub use documents::is_document;
mod numbers;
mod people;

use comity_core::{Date, Deadline, TimedOut};
use comity_dict::index::CountryForm;
use comity_dict::{Dictionaries, Entity, code_at};
use comity_text::{ALLCAPS, CAP, Doc, Kind};
pub use dates::DateMention;
pub use numbers::AmountMention;
pub use people::{DocOrg, DocPerson};
use std::collections::{HashMap, HashSet};

/// What an actor mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Country,
    /// A capital used for its government ("Pyongyang said").
    Capital,
    Person,
    /// An institution or organisation from the dictionary.
    Actor,
    /// A role without a known country ("the soldiers").
    Agent,
    /// he, she, his, they, its ...
    Pronoun,
}

/// A phrase that names an actor, over tokens `first..last`.
#[derive(Debug, Clone)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
    /// Candidate country codes; more than one while ambiguous ("Korean").
    pub countries: Vec<String>,
    /// Role agent code such as MIL.
    pub agent: Option<String>,
    /// Full actor code once known.
    pub code: Option<String>,
    /// Index into [`Recognised::people`].
    pub person: Option<usize>,
    pub plural: bool,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// A country adjective without a role ("Russian sources"): it modifies the noun after it.
    pub adjective: bool,
    /// The dictionary entry behind the mention, for `--explain`.
    pub entry: String,
}

#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub first: usize,
    pub last: usize,
    pub name: String,
    pub country: String,
    pub kind: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// Everything recognised in one article.
#[derive(Debug, Default)]
pub struct Recognised {
    pub mentions: Vec<Mention>,
    /// For each token, 1 + the index of the mention covering it, or 0.
    pub mention_at: Vec<u32>,
    pub people: Vec<DocPerson>,
    pub orgs: Vec<DocOrg>,
    pub places: Vec<PlaceMention>,
    pub dates: Vec<DateMention>,
    pub amounts: Vec<AmountMention>,
    /// Roles that took the one country their sentence names ("the minister criticized Iran" in
    /// an article about Britain reads "minister" as Iran's): by the role's first token, its code
    /// with the country the article is about instead. The coder uses it when the sentence's
    /// country turns out to be the other side of the role's own event.
    pub article_homes: HashMap<usize, String>,
    /// The text's quotations ([`Doc::quote_spans`]), read once for the recogniser and the
    /// coder.
    pub quote_spans: Vec<(usize, usize)>,
}

impl Recognised {
    pub fn mention(&self, token: usize) -> Option<&Mention> {
        match self.mention_at.get(token) {
            Some(&m) if m > 0 => Some(&self.mentions[m as usize - 1]),
            _ => None,
        }
    }

    pub fn mention_index(&self, token: usize) -> Option<usize> {
        match self.mention_at.get(token) {
            Some(&m) if m > 0 => Some(m as usize - 1),
            _ => None,
        }
    }
}

/// Function words and pronouns: capitalised at the start of a sentence, they start no name
/// (with the days and months, see [`is_function_word`]).
static FUNCTION_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "in",
    "on",
    "at",
    "for",
    "but",
    "and",
    "or",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "according",
    "however",
    "also",
    "then",
    "there",
    "here",
    "what",
    "who",
    "which",
    "both",
    "some",
    "many",
    "several",
    "all",
    "no",
    "not",
    "with",
    "from",
    "by",
    "to",
    "of",
    "one",
    "yesterday",
    "today",
    "tomorrow",
    "earlier",
    "later",
    "last",
    "next",
    "asked",
]);

/// Words that never start a name even when capitalised: [`is_function_word`] and these
/// (sentence adverbs, honorifics, titles, place and office adjectives, verbs of saying).
static NOT_NAMES_MORE: comity_text::WordSet = comity_text::WordSet::new(&[
    "moreover",
    "meanwhile",
    "yet",
    "so",
    "why",
    "how",
    "mr",
    "mrs",
    "ms",
    "dr",
    "reports",
    "officials",
    "sources",
    "under",
    "over",
    "during",
    "despite",
    "although",
    "though",
    "because",
    "until",
    "unless",
    "where",
    "two",
    "three",
    "president",
    "minister",
    "prime",
    "foreign",
    "defence",
    "defense",
    "general",
    "gen.",
    "secretary",
    "chancellor",
    "ambassador",
    "senator",
    "governor",
    "spokesman",
    "spokeswoman",
    "leader",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "sen.",
    "rep.",
    "gov.",
    "lt.",
    "col.",
    "maj.",
    "capt.",
    "sgt.",
    "adm.",
    "st.",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "new",
    "former",
    "senior",
    "deputy",
    "vice",
    "chief",
    "head",
    "state",
    "national",
    "international",
    "united",
    "royal",
    "supreme",
    "federal",
    "democratic",
    "republican",
    "islamic",
    "people",
    "army",
    "police",
    "government",
    "ministry",
    "party",
    "council",
    "committee",
    "court",
    "like",
    "such",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "must",
    "might",
    "said",
    "says",
    "told",
    "added",
    "noted",
    "ukraine",
    "russia",
    "china",
    "korea",
]);

/// Whether `w` (lower-case) is a function word, a pronoun, a day or a month: capitalised at the
/// start of a sentence, it starts no name (shared with the quote speaker search).
pub fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
        || comity_text::MONTHS.contains(&w)
        || comity_text::WEEKDAYS.contains(&w)
}

/// Whether a capitalised word never starts a name.
pub(crate) fn not_name(w: &str) -> bool {
    is_function_word(w) || NOT_NAMES_MORE.contains(&w)
}

/// Nouns that, after "the", stand for an organisation named before ("Amnesty International
/// ... the group said"): recognised as pronouns, resolved by the coder to the last
/// organisation (not a state) named.
pub const DESCRIPTIONS: &[&str] = &[
    "group",
    "organisation",
    "organization",
    "agency",
    "watchdog",
    "movement",
    "network",
    "alliance",
    "bloc",
    "coalition",
];

/// The entry of a pair description's mention ("the two leaders"): this prefix, then its noun.
pub const PAIR_ENTRY: &str = "pair: ";

/// Nouns that, after "the two" or "both", name two actors named before: states or their
/// governments, or people ("the two leaders", "both sides").
pub const PAIR_NOUNS: &[&str] = &[
    "countries",
    "nations",
    "states",
    "neighbours",
    "neighbors",
    "governments",
    "leaders",
    "presidents",
    "premiers",
    "men",
    "sides",
];

/// Agent codes of faiths, which stand alone where the states or the people of a faith are of
/// no one country ("ambassadors from 12 Muslim countries", "all Muslims in the world").
const FAITHS: &[&str] = &["MOS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN"];

/// Words that follow a bare "the two" as its verb group: auxiliaries, adverbs and verbs whose
/// past form does not end in "-ed" ("the two met", "the two will meet").
static PAIR_VERB_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "have", "had", "has", "will", "would", "are", "were", "also", "then", "later", "met", "meet",
    "spoke", "held", "agree", "discuss", "shook", "made", "signed", "reached", "said", "say",
    "sat", "hold", "spent", "began", "gave", "took", "struck", "did", "could", "should", "must",
    "may",
]);

/// A pair description at `i`: "the two leaders" (at "two"), "both countries", "the pair" (at
/// "pair"), "the two" right before its verb ("the two agreed"), with the number of its words
/// from `i`.
fn pair_description(norms: &[&str], i: usize, end: usize) -> Option<usize> {
    let after_the = i > 0 && norms[i - 1] == "the";
    let noun = |k: usize| k < end && PAIR_NOUNS.contains(&norms[k]);
    // "The two agreed to meet", "the two have also discussed": the bare pair as a subject,
    // right before its verb (a past form, an auxiliary or an adverb of the verb group).
    let verbal = |k: usize| {
        k < end
            && (norms[k].len() > 3 && norms[k].ends_with("ed")
                || PAIR_VERB_WORDS.contains(&norms[k]))
    };
    match norms[i] {
        "two" if after_the && noun(i + 1) => Some(2),
        "two" if after_the && verbal(i + 1) => Some(1),
        "both" if noun(i + 1) => Some(2),
        "pair" if after_the => Some(1),
        _ => None,
    }
}

const PRONOUNS: &[(&str, bool)] = &[
    // (word, plural)
    ("he", false),
    ("him", false),
    ("his", false),
    ("she", false),
    ("her", false),
    ("hers", false),
    ("they", true),
    ("them", true),
    ("their", true),
    ("it", false),
    ("its", false),
];

/// Words that, after "it is/was", make a clause about a fact, not about a thing: "it is
/// likely that", "it was reported that", "it is time to".
static IMPERSONAL: comity_text::WordSet = comity_text::WordSet::new(&[
    "clear",
    "unclear",
    "likely",
    "unlikely",
    "possible",
    "impossible",
    "probable",
    "necessary",
    "important",
    "essential",
    "crucial",
    "vital",
    "true",
    "hard",
    "difficult",
    "easy",
    "believed",
    "expected",
    "reported",
    "said",
    "thought",
    "feared",
    "understood",
    "known",
    "estimated",
    "hoped",
    "alleged",
    "claimed",
    "rumoured",
    "rumored",
    "time",
    "unknown",
    "uncertain",
    "obvious",
    "evident",
    "apparent",
    "doubtful",
    "certain",
]);

/// Whether "it" before token `k` is the empty subject of an idiom or an impersonal clause
/// ("when it comes to", "it seems that", "it is likely that", "it was reported that"),
/// standing for no actor.
fn expletive_it(norms: &[&str], k: usize, end: usize) -> bool {
    let at = |j: usize| if j < end { norms[j] } else { "" };
    if matches!(at(k), "comes" | "came" | "come") && at(k + 1) == "to" {
        return true;
    }
    if matches!(at(k), "seems" | "seemed" | "appears" | "appeared") {
        return true;
    }
    let mut j = k;
    match at(j) {
        "is" | "was" | "'s" | "remains" | "remained" => j += 1,
        "will" | "would" | "could" | "may" | "might" if at(j + 1) == "be" => j += 2,
        "has" | "had" if at(j + 1) == "been" => j += 2,
        _ => return false,
    }
    while matches!(
        at(j),
        "not" | "also" | "still" | "now" | "very" | "highly" | "widely" | "already"
    ) {
        j += 1;
    }
    IMPERSONAL.contains(&at(j))
        && matches!(at(j + 1), "that" | "to" | "whether" | "if" | "how" | "when" | "why")
}

/// Recognises the article's mentions. `date` selects date-limited codes and resolves dates.
pub fn recognise(doc: &Doc<'_>, dict: &Dictionaries, date: Option<Date>) -> Recognised {
    // Without a deadline nothing times out.
    recognise_within(doc, dict, date, &Deadline::none()).unwrap_or_default()
}

/// How many tokens the long loops go between two looks at the deadline.
pub(crate) const CHECK_EVERY: usize = 4096;

/// [`recognise`], giving up with [`TimedOut`] once `deadline` has passed (checked per
/// sentence and every few thousand tokens).
pub fn recognise_within(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    date: Option<Date>,
    deadline: &Deadline,
) -> Result<Recognised, TimedOut> {
    let n = doc.tokens.len();
    // Words with their diacritics taken off, as the dictionary's phrases are stored
    // ("Erdogan" and "Erdoğan" are one name).
    let folded: Vec<std::borrow::Cow<'_, str>> =
        (0..n).map(|i| comity_dict::fold(doc.norm(i))).collect();
    let norms: Vec<&str> = folded.iter().map(|w| w.as_ref()).collect();
    let mut r =
        Recognised { mention_at: vec![0; n], quote_spans: doc.quote_spans(), ..Default::default() };
    let mut seen_people: Vec<usize> = Vec::new();
    let mut others: HashSet<String> = HashSet::new();
    let mut steps = 0usize;
    for s in &doc.sentences {
        deadline.check()?;
        let mut i = s.first;
        while i < s.last {
            steps += 1;
            if steps.is_multiple_of(CHECK_EVERY) {
                deadline.check()?;
            }
            let consumed =
                match_at(doc, dict, &norms, i, s.last, date, &mut r, &mut seen_people, &mut others);
            i += consumed.max(1);
        }
    }
    people::find_people(doc, dict, &norms, &mut r, date, deadline)?;
    deadline.check()?;
    national_carriers(doc, &mut r);
    national_broadcasters(doc, &mut r);
    led_forces(dict, &norms, date, &mut r);
    head_anaphora(doc, &norms, &mut r);
    national_societies(&norms, &mut r);
    governments_of_parties(&norms, &mut r);
    sects_of_peoples(&mut r);
    envoys_to_bodies(&norms, &mut r);
    armed_group_names(doc, &norms, &mut r);
    named_parties(doc, &norms, &mut r);
    named_unions(doc, &norms, &mut r);
    short_names(doc, &norms, &mut r);
    party_short_names(doc, &norms, &mut r);
    the_country_named_before(doc, dict, &norms, &mut r);
    the_two_koreas(doc, &norms, &mut r);
    // "Prison terms", "a jail sentence": a place of detention naming a punishment is no actor;
    // nor is a word in the name of an operation;
    // a settlement is a place or an agreement ("these settlements are illegal", "a settlement
    // had not been reached"), never its settlers (Phoenix codes it CVL).
    r.mentions.retain(|m| {
        let one = m.kind == MentionKind::Agent && m.last == m.first + 1;
        let punishment = matches!(norms[m.first], "prison" | "prisons" | "jail")
            && norms.get(m.last).is_some_and(|w| {
                matches!(*w, "term" | "terms" | "sentence" | "sentences" | "time" | "conditions")
            });
        // "Operation Iraqi Freedom": a word in the name of a military operation names no one.
        let operation =
            m.first > 0 && norms[m.first - 1] == "operation" && doc.tokens[m.first - 1].is(CAP);
        // "Molotov cocktails": a name a weapon is called by names no one.
        let weapon = norms.get(m.last).is_some_and(|w| matches!(*w, "cocktail" | "cocktails"));
        !(one && (punishment || matches!(norms[m.first], "settlement" | "settlements")))
            && !operation
            && !weapon
    });
    // Mentions in text order; `mention_at` follows.
    sort_mentions(&mut r);
    roles_of_countries(dict, &norms, &mut r);
    people_of_places(&norms, &mut r);
    peoples_of_countries(&mut r);
    former_officeholders(&norms, &mut r);
    resolve_ambiguous_countries(&mut r);
    share_coordinated_agents(&norms, &mut r);
    leaders_of_groups(&norms, &mut r);
    resolve_lone_agents(doc, dict, &norms, &mut r);
    titles_of_people(&mut r);
    bare_legislatures(dict, &norms, &mut r);
    titles_in_apposition(doc, &norms, &mut r);
    documents::authored_documents(doc, &norms, &mut r);
    people::find_orgs(doc, dict, &norms, &mut r);
    r.dates = dates::find_dates(doc, &norms, date);
    deadline.check()?;
    r.amounts = numbers::find_amounts(doc, dict, &norms, &r);
    Ok(r)
}

/// Puts the mentions in text order and `mention_at` in step with them.
fn sort_mentions(r: &mut Recognised) {
    r.mentions.sort_by_key(|m| m.first);
    r.mention_at.iter_mut().for_each(|x| *x = 0);
    for (k, m) in r.mentions.iter().enumerate() {
        for t in m.first..m.last {
            r.mention_at[t] = k as u32 + 1;
        }
    }
}

/// "The Lebanese Red Cross", "the Palestinian Red Crescent": a country's adjective before the
/// Red Cross or Red Crescent names that country's national society (LBNNGO), not the
/// International Committee.
fn national_societies(norms: &[&str], r: &mut Recognised) {
    let by_first: HashMap<usize, usize> =
        r.mentions.iter().enumerate().map(|(k, m)| (m.first, k)).collect();
    let mut drop = Vec::new();
    for k in 0..r.mentions.len() {
        let a = &r.mentions[k];
        if !(a.kind == MentionKind::Country && a.adjective && a.countries.len() == 1) {
            continue;
        }
        let Some(&b) = by_first.get(&a.last) else { continue };
        let bm = &r.mentions[b];
        let red = norms.get(bm.first) == Some(&"red")
            && matches!(norms.get(bm.first + 1), Some(&"cross" | &"crescent"));
        if bm.kind != MentionKind::Actor || !red {
            continue;
        }
        let code = format!("{}NGO", r.mentions[k].countries[0]);
        let why = format!("the Red Cross: its national society {code}");
        absorb(r, k, b, &code, &why);
        drop.push(b);
    }
    remove_mentions(r, drop);
}

/// Country mention `k` takes in the mention `b` after it, as one actor of code `code` (its
/// agent the code's sector), noting `why`.
fn absorb(r: &mut Recognised, k: usize, b: usize, code: &str, why: &str) {
    let (last, plural, possessive) =
        (r.mentions[b].last, r.mentions[b].plural, r.mentions[b].possessive);
    let a = &mut r.mentions[k];
    a.entry.push_str(&format!(" + {why}"));
    a.last = last;
    a.kind = MentionKind::Actor;
    a.adjective = false;
    a.plural = plural;
    a.possessive = possessive;
    a.agent = code.get(3..).map(str::to_string);
    a.code = Some(code.to_string());
}

/// Removes the mentions at `drop` (taken into others).
fn remove_mentions(r: &mut Recognised, mut drop: Vec<usize>) {
    drop.sort_unstable();
    drop.dedup();
    for b in drop.into_iter().rev() {
        r.mentions.remove(b);
    }
}

/// "The Palestinian Jihad and Tawheed Brigades": a country's adjective before a capitalised
/// name the lexicon does not know that ends as an armed group's does (brigades, battalions, a
/// militia) is that country's armed group (REB), not the country.
fn armed_group_names(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    for k in 0..r.mentions.len() {
        let m = &r.mentions[k];
        if !(m.kind == MentionKind::Country
            && m.adjective
            && m.agent.is_none()
            && m.countries.len() == 1)
        {
            continue;
        }
        let mut end = None;
        let mut j = m.last;
        while j < norms.len() && j < m.last + 6 {
            let cap = doc.tokens[j].is(CAP);
            if !(cap || matches!(norms[j], "and" | "of" | "al")) {
                break;
            }
            // (Not a state's army, corps or regiment: "the American Marine Corps".)
            let state_force = matches!(norms[j], "army" | "corps" | "regiment");
            if cap && people::ARMED_HEADS.contains(&norms[j]) && !state_force {
                end = Some(j + 1);
            }
            j += 1;
        }
        let Some(end) = end else { continue };
        if r.mentions.iter().any(|o| o.first < end && o.last > m.last) {
            continue;
        }
        let code = format!("{}REB", m.countries[0]);
        let m = &mut r.mentions[k];
        m.entry.push_str(" + the name of an armed group: REB");
        m.last = end;
        m.kind = MentionKind::Actor;
        m.adjective = false;
        m.agent = Some("REB".to_string());
        m.code = Some(code);
    }
}

/// "the Democratic Action Party", "the Samajwadi Party", "the Workers' Party": a capitalised
/// name ending in "Party" that the lexicon does not know is a political party (PTY), of the
/// country of an adjective before it ("the Malaysian Islamic Party") or, like any role, of its
/// context. What the lexicon read inside the name gives way ("Workers" is no labour there); a
/// name it knows ("the Labour Party", "the Republican Party") or one holding a person's stays.
fn named_parties(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    for p in 1..norms.len() {
        if norms[p] != "party" || !doc.tokens[p].is(CAP) {
            continue;
        }
        let mut start = capitalised_name_start(doc, norms, p);
        // (A country's adjective before the name gives the party its country, as for roles.)
        let mut adjective: Option<String> = None;
        while let Some(m) = r.mentions.iter().find(|m| {
            m.first == start && m.kind == MentionKind::Country && m.adjective && m.last <= p
        }) {
            start = m.last;
            adjective = m.countries.first().cloned();
        }
        if start == p {
            continue;
        }
        let over: Vec<usize> = (0..r.mentions.len())
            .filter(|&i| r.mentions[i].first <= p && r.mentions[i].last > start)
            .collect();
        // "the Iraqi Islamic Party": a party the lexicon knows by the words after the
        // adjective is another country's (Phoenix's Afghan Hizb-i-Islami) when the adjective
        // names another; the name is this country's party.
        let other_country = |m: &Mention| {
            m.kind == MentionKind::Actor
                && m.first == start
                && m.last == p + 1
                && adjective.as_deref().is_some_and(|c| {
                    m.code.as_deref().and_then(|x| x.get(..3)).is_some_and(|x| x != c)
                })
        };
        if over.iter().any(|&i| {
            let m = &r.mentions[i];
            (m.last > p || m.first < start || m.kind == MentionKind::Person) && !other_country(m)
        }) {
            continue;
        }
        remove_mentions(r, over);
        push_mention(
            r,
            Mention {
                first: start,
                last: p + 1,
                kind: MentionKind::Agent,
                countries: vec![],
                agent: Some("PTY".to_string()),
                code: None,
                person: None,
                plural: false,
                possessive: norms.get(p + 1).is_some_and(|w| matches!(*w, "'s" | "’s")),
                adjective: false,
                entry: "agent: PTY (the name of a party)".to_string(),
            },
        );
    }
}

/// Where the capitalised name ending at the word `p` begins: the capitalised words before it in
/// its sentence (at most six back), or a joint between two of them ("and", "of", an
/// apostrophe), past a leading article ("the Workers' Party" → "Workers").
fn capitalised_name_start(doc: &Doc<'_>, norms: &[&str], p: usize) -> usize {
    let first = doc.sentences[doc.sentence_of(p)].first;
    let name_word = |w: usize| doc.tokens[w].is(CAP | ALLCAPS);
    let mut start = p;
    let mut k = p;
    while k > first && p - k < 6 {
        let w = k - 1;
        if name_word(w) {
            start = w;
        } else if !(matches!(norms[w], "and" | "of" | "'" | "’" | "'s" | "’s")
            && w > first
            && name_word(w - 1))
        {
            break;
        }
        k = w;
    }
    while start < p && matches!(norms[start], "the" | "a" | "an") {
        start += 1;
    }
    start
}

/// The words that head the name of a union, a federation or a congress of unions.
const UNION_HEADS: &[&str] = &["union", "unions", "federation", "confederation", "congress"];

/// Words that make such a name a labour body's ("the National Union of Mineworkers", "the
/// Transport Workers Union"; "Trade" before "Unions" too); without one the name
/// is a state's, a bloc's or a party's ("the Soviet Union", "the African Union", "the Indian
/// National Congress").
const LABOUR_WORDS: &[&str] = &[
    "workers",
    "workers'",
    "employees",
    "journalists",
    "teachers",
    "miners",
    "mineworkers",
    "nurses",
    "labour",
    "labor",
    "pilots",
    "drivers",
    "dockers",
    "seafarers",
    "steelworkers",
    "autoworkers",
];

/// "Jeremy Dear, secretary of the National Union of Journalists", "the Communication Workers'
/// Union", "the Congress of South African Trade Unions": a capitalised name the lexicon does
/// not know, headed by a union, a federation or a congress and holding a word of labour, is a
/// trade union (LAB), of the country of an adjective before or inside it, or, like any role,
/// of its context. What the lexicon read inside the name gives way ("Workers" alone is
/// labour, "Transport" nothing); a name holding a person's stays as it is.
fn named_unions(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    let name_word = |w: usize| doc.tokens[w].is(CAP | ALLCAPS);
    let mut p = 0;
    while p < norms.len() {
        if !UNION_HEADS.contains(&norms[p]) || !doc.tokens[p].is(CAP) {
            p += 1;
            continue;
        }
        let stop = doc.sentences[doc.sentence_of(p)].last;
        let mut start = capitalised_name_start(doc, norms, p);
        // After the head: more capitalised words, or "of" and a capitalised word.
        let mut end = p + 1;
        loop {
            if end < stop && name_word(end) {
                end += 1;
            } else if end + 1 < stop && norms[end] == "of" && name_word(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        let next = end;
        // ("Trade" is labour only before a union: not "the Federation of Trade and Industry".)
        let labour = |w: usize| {
            LABOUR_WORDS.contains(&norms[w])
                || matches!(norms[w], "trade" | "trades")
                    && matches!(norms.get(w + 1), Some(&"union" | &"unions"))
        };
        if !(start..end).any(labour) {
            p = next;
            continue;
        }
        // A country before the name ("the British", "Britain's") stays to give it its
        // country, as for roles; one inside it ("of South African Trade Unions") gives the
        // name its country.
        while let Some(m) = r
            .mentions
            .iter()
            .find(|m| m.first == start && m.kind == MentionKind::Country && m.last <= p)
        {
            start = m.last;
            while start < end && matches!(norms[start], "'s" | "’s") {
                start += 1;
            }
        }
        let over: Vec<usize> = (0..r.mentions.len())
            .filter(|&i| r.mentions[i].first < end && r.mentions[i].last > start)
            .collect();
        let inside = over.iter().find_map(|&i| {
            let m = &r.mentions[i];
            (m.kind == MentionKind::Country && m.countries.len() == 1)
                .then(|| m.countries[0].clone())
        });
        if end - start < 2
            || over.iter().any(|&i| {
                let m = &r.mentions[i];
                m.last > end
                    || m.first < start
                    || m.kind == MentionKind::Person
                    // (a name the lexicon knows around the head: "the Korean Confederation of
                    // Trade Unions", "the European Union Trade Commissioner"; a one-word name,
                    // "Congress", gives way)
                    || m.kind == MentionKind::Actor
                        && m.first <= p
                        && m.last > p
                        && m.last - m.first >= 2
            })
        {
            p = next;
            continue;
        }
        remove_mentions(r, over);
        let entry = "agent: LAB (the name of a trade union)".to_string();
        let possessive = norms.get(end).is_some_and(|w| matches!(*w, "'s" | "’s"));
        let mut mention = Mention {
            first: start,
            last: end,
            kind: MentionKind::Agent,
            countries: vec![],
            agent: Some("LAB".to_string()),
            code: None,
            person: None,
            plural: false,
            possessive,
            adjective: false,
            entry,
        };
        if let Some(country) = inside {
            mention.kind = MentionKind::Actor;
            mention.code = Some(format!("{country}LAB"));
            mention.countries = vec![country];
        }
        push_mention(r, mention);
        p = next;
    }
}

/// "Speaking of Syria, the minister said that the country had not kept its promises":
/// "the country" (or "the nation"; not "the country of ...") is the one country its sentence
/// named before it (by name, not by an adjective, nor as a modifier), when there is exactly
/// one; with none or several it stays no one.
fn the_country_named_before(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    r: &mut Recognised,
) {
    let mut found = Vec::new();
    for k in 1..norms.len() {
        if !matches!(norms[k], "country" | "nation")
            || norms[k - 1] != "the"
            || doc.tokens[k].is(CAP)
            || r.mention_at[k] != 0
            || r.mention_at[k - 1] != 0
            || norms.get(k + 1) == Some(&"of")
        {
            continue;
        }
        let first = doc.sentences[doc.sentence_of(k)].first;
        let mut named: Vec<&str> = r
            .mentions
            .iter()
            .filter(|m| {
                m.first >= first
                    && m.last < k
                    && (m.kind == MentionKind::Country
                        || m.kind == MentionKind::Actor
                            && m.code.as_ref().is_some_and(|c| c.len() == 3))
                    && !m.adjective
                    && m.agent.is_none()
                    // (An ambiguous country, "Congo", is no antecedent.)
                    && (m.code.is_some() || m.countries.len() == 1)
                    // (Not a name used as a modifier: "the new U.S. president", "the US
                    // Army".)
                    && doc.tokens.get(m.last).is_none_or(|t| {
                        t.kind != Kind::Word
                            || !t.is(CAP)
                                && r.mention_at[m.last] == 0
                                && agent_after(dict, norms, m.last, norms.len()).is_none()
                    })
            })
            .filter_map(|m| m.code.as_deref().or(m.countries.first().map(String::as_str)))
            .map(|c| c.get(..3).unwrap_or(c))
            .collect();
        named.sort_unstable();
        named.dedup();
        if let [one] = named[..] {
            found.push((k, one.to_string()));
        }
    }
    for (k, country) in found {
        push_the_country(r, norms, k, &country, "country: the one named before in its sentence");
    }
}

/// Adds a mention of `country` over "the" and the word at `k` ("the country", "the North"),
/// noting `why`.
fn push_the_country(r: &mut Recognised, norms: &[&str], k: usize, country: &str, why: &str) {
    push_mention(
        r,
        Mention {
            first: k - 1,
            last: k + 1,
            kind: MentionKind::Country,
            code: Some(country.to_string()),
            countries: vec![country.to_string()],
            agent: None,
            person: None,
            plural: false,
            possessive: norms.get(k + 1).is_some_and(|w| matches!(*w, "'s" | "’s")),
            adjective: false,
            entry: why.to_string(),
        },
    );
}

/// "The North" and "the South" in an article about the two Koreas (one naming North or South
/// Korea): North Korea (PRK) and South Korea (KOR), as their news calls them ("Pyongyang accused
/// the South of hostile acts"). Only capitalised, after "the", and not
/// the first word of a name ("the North Atlantic", "the South China Sea").
fn the_two_koreas(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    let korean = r.mentions.iter().any(|m| {
        m.code
            .as_deref()
            .or(m.countries.first().map(String::as_str))
            .is_some_and(|c| c.starts_with("PRK") || c.starts_with("KOR"))
    });
    if !korean {
        return;
    }
    let mut found = Vec::new();
    for k in 1..norms.len() {
        let country = match norms[k] {
            "north" => "PRK",
            "south" => "KOR",
            _ => continue,
        };
        let name_goes_on =
            doc.tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word && t.is(CAP | ALLCAPS));
        if norms[k - 1] != "the"
            || !doc.tokens[k].is(CAP)
            || name_goes_on
            || r.mention_at[k] != 0
            || r.mention_at[k - 1] != 0
        {
            continue;
        }
        found.push((k, country));
    }
    for (k, country) in found {
        push_the_country(r, norms, k, country, "country: one of the two Koreas, by its half");
    }
}

/// Words that head the names of many bodies ("the Party", "the Council"): a one-word name
/// inside a longer one stands for it only when it ends it.
const COMMON_NAME_WORDS: &[&str] = &[
    "party",
    "movement",
    "front",
    "council",
    "union",
    "army",
    "government",
    "ministry",
    "committee",
    "league",
    "organization",
    "organisation",
    "association",
    "forces",
    "court",
    "assembly",
    "congress",
    "parliament",
    "commission",
    "national",
    "democratic",
    "people",
    "republic",
    "state",
    "states",
    "united",
    "islamic",
    "revolutionary",
    "liberation",
];

/// "Liberation Tigers of Tamil Eelam, or Tamil Tigers, ... Tigers have kept civilians
/// from leaving": a one-word name that ends the name of a body named before in the article,
/// or stands in it past its first word and is no word that heads many names, is that body,
/// not what the lexicon knows by the word alone (Phoenix's Swazi "Tigers").
fn short_names(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    for k in 0..r.mentions.len() {
        let m = &r.mentions[k];
        if m.kind != MentionKind::Actor || m.last != m.first + 1 {
            continue;
        }
        let word = norms[m.first];
        let Some(code) = r.mentions[..k]
            .iter()
            .rev()
            .find(|e| {
                e.kind == MentionKind::Actor
                    && e.last >= e.first + 2
                    && (norms[e.last - 1] == word
                        || !COMMON_NAME_WORDS.contains(&word)
                            // (An acronym is a name of its own: "IMF", not the "U.S. IMF
                            // director" before.)
                            && !doc.tokens[m.first].is(ALLCAPS)
                            && norms[e.first + 1..e.last].contains(&word))
                    && e.code.is_some()
            })
            .and_then(|e| e.code.clone())
            .filter(|c| m.code.as_ref() != Some(c))
        else {
            continue;
        };
        let m = &mut r.mentions[k];
        m.entry.push_str(&format!(" -> {code} (the end of a name given before)"));
        m.countries = vec![code.chars().take(3).collect()];
        m.code = Some(code);
    }
}

/// "the Australian Labor Party ... Howard attacked Labor's policy": the word before "Party" in
/// a party named earlier in the article, capitalised and alone later, is that party (not a
/// word that heads many names: "National", "Democratic").
fn party_short_names(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    let parties: Vec<(usize, &str, String)> = r
        .mentions
        .iter()
        .filter(|m| {
            m.last >= m.first + 2
                && norms[m.last - 1] == "party"
                && m.code.as_deref().and_then(|c| c.get(3..6)) == Some("PTY")
        })
        .filter_map(|m| {
            let w = norms[m.last - 2];
            (doc.tokens[m.last - 2].is(CAP) && !COMMON_NAME_WORDS.contains(&w))
                .then(|| (m.last, w, m.code.clone().unwrap_or_default()))
        })
        .collect();
    if parties.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for k in 0..norms.len() {
        if r.mention_at[k] != 0
            || !doc.tokens[k].is(CAP)
            || doc.tokens[k].is(ALLCAPS)
            || norms.get(k + 1).is_some_and(|w| *w == "party")
        {
            continue;
        }
        if let Some((_, _, code)) =
            parties.iter().find(|(after, w, _)| *after <= k && norms[k] == *w)
        {
            found.push((k, code.clone()));
        }
    }
    for (k, code) in found {
        push_mention(
            r,
            Mention {
                first: k,
                last: k + 1,
                kind: MentionKind::Actor,
                countries: code.get(..3).map(str::to_string).into_iter().collect(),
                agent: Some("PTY".to_string()),
                entry: format!("party: {code}, by the short name of one named before"),
                code: Some(code),
                person: None,
                plural: false,
                possessive: norms.get(k + 1).is_some_and(|w| matches!(*w, "'s" | "’s")),
                adjective: false,
            },
        );
    }
}

/// "Lebanon's UN envoy", "the Iranian UN ambassador": a state's envoy to an international body
/// is the state's (its government's), not the body's.
fn envoys_to_bodies(norms: &[&str], r: &mut Recognised) {
    let by_first: HashMap<usize, usize> =
        r.mentions.iter().enumerate().map(|(k, m)| (m.first, k)).collect();
    let mut drop = Vec::new();
    for k in 0..r.mentions.len() {
        let a = &r.mentions[k];
        if !(a.kind == MentionKind::Country && a.countries.len() == 1 && a.agent.is_none()) {
            continue;
        }
        let next = if a.possessive { a.last + 1 } else { a.last };
        let Some(&b) = by_first.get(&next) else { continue };
        let bm = &r.mentions[b];
        // (The envoy's word is in the body's name or right after it: "North Korea's United
        // Nations ambassador".)
        let envoy = (bm.first..=bm.last).any(|k| norms.get(k).is_some_and(|w| ENVOYS.contains(w)));
        if bm.kind != MentionKind::Actor
            || !bm.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
            || !envoy
        {
            continue;
        }
        let body = bm.code.clone().unwrap_or_default();
        let code = format!("{}GOV", r.mentions[k].countries[0]);
        // (The envoy's word after the name is the mention's end: "U.S. IMF representative" is
        // no name that a later "IMF" ends.)
        let after = ENVOYS.contains(&norms.get(bm.last).copied().unwrap_or(""))
            && !(bm.first..bm.last).any(|j| ENVOYS.contains(&norms[j]));
        absorb(r, k, b, &code, &format!("its envoy to {body}: {code}"));
        if after {
            r.mentions[k].last += 1;
        }
        drop.push(b);
    }
    remove_mentions(r, drop);
}

/// A state's envoys to a body.
static ENVOYS: comity_text::WordSet = comity_text::WordSet::new(&[
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "representative",
    "delegation",
]);

/// "Sunni Arab leaders": a faith's word before a people's ("Arab", "Kurdish") names one group,
/// of the faith and of the country around it, not two actors that meet each other.
fn sects_of_peoples(r: &mut Recognised) {
    let by_first: HashMap<usize, usize> =
        r.mentions.iter().enumerate().map(|(k, m)| (m.first, k)).collect();
    let mut drop = Vec::new();
    for k in 0..r.mentions.len() {
        let a = &r.mentions[k];
        let faith = a.kind == MentionKind::Agent
            && a.last == a.first + 1
            && a.code.is_none()
            && a.agent.as_deref().is_some_and(|g| matches!(g, "MOS" | "SHI" | "SUN" | "CHR"));
        if !faith {
            continue;
        }
        let Some(&b) = by_first.get(&a.last) else { continue };
        let bm = &r.mentions[b];
        if !bm.entry.starts_with("region: ") {
            continue;
        }
        let (last, plural, possessive, entry) =
            (bm.last, bm.plural, bm.possessive, bm.entry.clone());
        let a = &mut r.mentions[k];
        a.entry.push_str(&format!(" + {entry} (one group)"));
        a.last = last;
        a.plural = plural;
        a.possessive = possessive;
        drop.push(b);
    }
    remove_mentions(r, drop);
}

/// "The Hamas government", "a Likud government": a party's or a movement's government is its
/// country's government, not the party or the movement.
fn governments_of_parties(norms: &[&str], r: &mut Recognised) {
    for m in r.mentions.iter_mut() {
        let Some(code) = m.code.as_deref() else { continue };
        if m.kind != MentionKind::Actor
            || m.last <= m.first + 1
            || !matches!(norms[m.last - 1], "government" | "administration" | "cabinet")
            || code.len() != 6
            || !matches!(&code[3..], "PTY" | "REB" | "OPP")
            || comity_core::transnational(code)
        {
            continue;
        }
        let gov = format!("{}GOV", &code[..3]);
        m.entry.push_str(&format!(" -> {gov} (the government it forms)"));
        m.agent = Some("GOV".to_string());
        m.code = Some(gov);
    }
}

/// Head nouns of organisations' names that "the" and the noun alone may take up again.
/// ("The agency", "the organisation", "the alliance" and "the movement" are descriptions the
/// coder resolves as it resolves pronouns: `DESCRIPTIONS`.)
static ORG_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "council",
    "commission",
    "court",
    "tribunal",
    "assembly",
    "committee",
    "bank",
    "fund",
    "league",
    "federation",
    "union",
    "front",
]);

/// How many sentences back "the council" may take up the council named before.
const HEAD_REACH: usize = 8;

/// "The UN Security Council met ... The Council lifted the embargo", "the International
/// Criminal Court ... the court said", "the IAEA ... the agency": "the" and the head noun of an
/// organisation named in the last few sentences is that organisation, not a role of the
/// country around it ("the court" alone would be the judiciary of the sentence's country).
fn head_anaphora(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    // Organisations named, in text order: (last token, head noun, code, sentence).
    let mut named: Vec<(usize, &str, String, usize)> = r
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Actor && m.last > m.first)
        .filter_map(|m| {
            let code = m.code.clone().filter(|c| c.len() > 3)?;
            // The head of "the International Court of Justice" stands before its "of".
            let of = (m.first + 1..m.last).find(|&k| norms[k] == "of").unwrap_or(m.last);
            let head = norms[of - 1];
            ORG_HEADS.contains(&head).then(|| (m.last, head, code, doc.sentence_of(m.first)))
        })
        .collect();
    if named.is_empty() {
        return;
    }
    // "the ICC" named again keeps the International Criminal Court in reach.
    let again: Vec<(usize, &str, String, usize)> = r
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Actor && m.last == m.first + 1)
        .filter_map(|m| {
            let code = m.code.as_ref()?;
            let head = named.iter().find(|n| &n.2 == code)?.1;
            Some((m.last, head, code.clone(), doc.sentence_of(m.first)))
        })
        .collect();
    named.extend(again);
    named.sort_by_key(|n| n.0);
    let mut covered: HashMap<usize, usize> = HashMap::default();
    for (k, m) in r.mentions.iter().enumerate() {
        for t in m.first..m.last {
            covered.insert(t, k);
        }
    }
    let mut added = Vec::new();
    for i in 1..norms.len() {
        if norms[i - 1] != "the"
            || !ORG_HEADS.contains(&norms[i])
            || norms.get(i + 1) == Some(&"of")
        {
            continue;
        }
        // "the Security Council" names the council itself ("The court" is one mention).
        if covered.get(&(i - 1)).is_some_and(|&k| r.mentions[k].first + 1 != i) {
            continue;
        }
        let here = doc.sentence_of(i);
        let before = named.partition_point(|n| n.0 < i);
        let Some((_, head, code, _)) = named[..before]
            .iter()
            .rev()
            .take_while(|n| here <= n.3 + HEAD_REACH)
            .find(|n| n.1 == norms[i])
            .cloned()
        else {
            continue;
        };
        // "The agency" taken up again keeps the agency in reach.
        named.insert(before, (i + 1, head, code.clone(), here));
        let entry = format!(" -> {code} (the {} named before)", norms[i]);
        match covered.get(&i).map(|&k| &mut r.mentions[k]) {
            // ("The court" may be one mention with its article.)
            Some(m) if m.first + 1 >= i && m.last == i + 1 && m.code.is_none() => {
                m.kind = MentionKind::Actor;
                m.agent = None;
                m.entry.push_str(&entry);
                m.countries = code
                    .get(..3)
                    .filter(|c| !c.starts_with("IGO"))
                    .map(str::to_string)
                    .into_iter()
                    .collect();
                m.code = Some(code.clone());
            }
            Some(_) => {}
            None => added.push(Mention {
                first: i,
                last: i + 1,
                kind: MentionKind::Actor,
                countries: Vec::new(),
                agent: None,
                code: Some(code.clone()),
                person: None,
                plural: false,
                possessive: doc.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Possessive),
                adjective: false,
                entry: format!("description: the {}{entry}", norms[i]),
            }),
        }
    }
    r.mentions.extend(added);
}

/// "US-led forces", "NATO-led troops", "the US-led coalition", "an African Union-led peace
/// keeping force": forces led by a state or an international body are its military (USAMIL,
/// IGOWSTNATMIL), a few words of their kind ("peacekeeping", "multinational") between. (Forces
/// a state backs are not its own: "US-backed" says nothing.)
fn led_forces(dict: &Dictionaries, norms: &[&str], date: Option<Date>, r: &mut Recognised) {
    // The code of the state or international body named by `words`.
    let leader_code = |words: &[&str]| -> Option<String> {
        let found = dict.phrases.longest(words).filter(|f| f.len == words.len())?;
        found.entities.iter().find_map(|e| match e {
            Entity::Country { iso, .. } => Some(iso.clone()),
            Entity::Actor { idx } => {
                let a = &dict.actors[*idx];
                let c = code_at(&a.codes, date)?;
                let state = a.kind == "state" && c.len() == 3;
                (state || c.starts_with("IGO")).then(|| c.to_string())
            }
            _ => None,
        })
    };
    let mut added = Vec::new();
    for k in 0..norms.len() {
        let Some(last) = norms[k].strip_suffix("-led").filter(|w| !w.is_empty()) else {
            continue;
        };
        // The leader: the word before "-led", or with the word before it ("African Union-led").
        let two = (k > 0).then(|| leader_code(&[norms[k - 1], last])).flatten();
        let (first, code) = match two {
            Some(c) => (k - 1, c),
            None => match leader_code(&[last]) {
                Some(c) => (k, c),
                None => continue,
            },
        };
        // The forces: a military role, or a coalition, a force or a mission, after at most
        // two words of their kind.
        let role_at = |h: usize| {
            r.mentions.iter().position(|m| {
                m.first == h && m.kind == MentionKind::Agent && m.agent.as_deref() == Some("MIL")
            })
        };
        let mut h = k + 1;
        while h < norms.len()
            && h <= k + 2
            && role_at(h).is_none()
            && !LED_BODIES.contains(&norms[h])
            && LED_KINDS.contains(&norms[h])
        {
            h += 1;
        }
        let Some(&head) = norms.get(h) else { continue };
        let role = role_at(h);
        if role.is_none() && !LED_BODIES.contains(&head) {
            continue;
        }
        // (Nothing already read there: "the Hezbollah-led opposition" stays the opposition;
        // nor a role already coded.)
        if r.mentions.iter().any(|m| m.first <= h && m.last > first && m.first != h)
            || role.is_some_and(|x| r.mentions[x].code.is_some())
        {
            continue;
        }
        let mut m = match role {
            Some(x) => r.mentions.remove(x),
            None => Mention {
                first: h,
                last: h + 1,
                kind: MentionKind::Agent,
                countries: vec![],
                agent: Some("MIL".to_string()),
                code: None,
                person: None,
                plural: false,
                possessive: false,
                adjective: false,
                entry: format!("agent: MIL ({head})"),
            },
        };
        m.first = first;
        if code.len() == 3 {
            m.countries = vec![code.clone()];
        }
        let code = format!("{code}MIL");
        m.entry.push_str(&format!(" -> {code} (forces it leads)"));
        m.code = Some(code);
        added.push(m);
    }
    for m in added {
        push_mention(r, m);
    }
}

/// Words of a led force's kind between "-led" and the force ("a US-led multinational force").
static LED_KINDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "peacekeeping",
    "peace",
    "keeping",
    "multinational",
    "international",
    "security",
    "stabilisation",
    "stabilization",
]);

/// Bodies of forces, and the wars they wage, that, led by a state, are its military ("the
/// US-led coalition", "the US-led invasion of Iraq").
static LED_BODIES: comity_text::WordSet = comity_text::WordSet::new(&[
    "coalition",
    "force",
    "forces",
    "mission",
    "troops",
    "war",
    "invasion",
    "offensive",
    "intervention",
    "occupation",
    "campaign",
    "operation",
    "operations",
    "blockade",
]);

/// "Chilean dictator Augusto Pinochet", "Iraqi Prime Minister Nouri al-Maliki": a role right
/// before a person's name is that person, who is coded by the date (the dictator is the
/// elite in 2008), not the role of the country it names.
fn titles_of_people(r: &mut Recognised) {
    for k in 0..r.mentions.len().saturating_sub(1) {
        let (a, b) = (&r.mentions[k], &r.mentions[k + 1]);
        if a.agent.is_none()
            || a.kind == MentionKind::Person
            || b.kind != MentionKind::Person
            || b.first != a.last
        {
            continue;
        }
        // (An unknown person titled from the context takes nothing the title lacks.)
        if b.entry.contains(&format!("({TITLE_IN_CONTEXT}")) {
            continue;
        }
        let Some(code) = b.code.clone().filter(|c| a.code.as_ref() != Some(c)) else { continue };
        assign_code(&mut r.mentions[k], &code, "the person it titles");
    }
}

/// "Israel Army Radio", "Iraqi Television", "Russia TV": a country (or one of its bodies)
/// named before "Radio", "Television" or "TV" is the name of a broadcaster of that country
/// (ISRMED), not the country or the body.
fn national_broadcasters(doc: &Doc<'_>, r: &mut Recognised) {
    let n = doc.tokens.len();
    for k in 0..r.mentions.len() {
        let m = &r.mentions[k];
        if m.countries.len() != 1
            || m.last >= n
            || m.possessive
            || !matches!(m.kind, MentionKind::Country | MentionKind::Actor)
            || !matches!(doc.surface(m.last), "Radio" | "Television" | "TV")
            || r.mention_at[m.last] != 0
        {
            continue;
        }
        let code = format!("{}MED", m.countries[0]);
        let at = m.last;
        let m = &mut r.mentions[k];
        m.last = at + 1;
        // (A country's name still: "Israel Radio" names Israel as "Israeli troops" do.)
        m.agent = Some("MED".to_string());
        m.adjective = false;
        m.possessive = at + 1 < n && doc.tokens[at + 1].kind == Kind::Possessive;
        m.entry.push_str(&format!(" -> {code} (a broadcaster's name)"));
        m.code = Some(code);
        r.mention_at[at] = k as u32 + 1;
    }
}

/// "Air New Zealand", "Air France", "Air India": "Air" and a country's name is that country's
/// airline, a company of the country (NZLBUS), never its state.
fn national_carriers(doc: &Doc<'_>, r: &mut Recognised) {
    let covered: HashSet<usize> = r.mentions.iter().flat_map(|m| m.first..m.last).collect();
    for m in &mut r.mentions {
        if m.kind != MentionKind::Country || m.countries.len() != 1 || m.adjective || m.first == 0 {
            continue;
        }
        let before = m.first - 1;
        if doc.surface(before) != "Air" || covered.contains(&before) {
            continue;
        }
        let code = format!("{}BUS", m.countries[0]);
        m.first = before;
        m.kind = MentionKind::Actor;
        m.agent = Some("BUS".to_string());
        m.entry.push_str(&format!(" -> {code} (\"Air\" and a country: its airline)"));
        m.code = Some(code);
    }
}

/// "The government of Cuba", "the King of Spain", "the president of Russia": a role followed
/// by "of" and a country's name is that country's role, one mention over the phrase (CUBGOV),
/// never the role of the country its context names with the country beside it. A role of several
/// countries ("the leaders of France and Germany") is each one's role (FRAGOV, DEUGOV).
fn roles_of_countries(dict: &Dictionaries, norms: &[&str], r: &mut Recognised) {
    let n = r.mentions.len();
    let mut merged = vec![false; n];
    for k in 0..n.saturating_sub(1) {
        let (a, b) = (&r.mentions[k], &r.mentions[k + 1]);
        if a.kind != MentionKind::Agent || a.code.is_some() || a.possessive || merged[k] {
            continue;
        }
        let Some(agent) = a.agent.clone() else { continue };
        let mut j = a.last;
        // "refugees from Iraq", "officials from Japan", "troops from New Zealand": where a
        // role's people come from is their country, as with "of"; not for forces withdrawn or
        // moved from a country not theirs ("withdraw troops from Iraq", "the pull-out of
        // soldiers from Lebanon").
        let moved = (a.first.saturating_sub(5)..a.first).any(|t| {
            let w = norms[t];
            [
                "withdr", "pull", "remov", "evacuat", "redeploy", "move", "out", "exit", "extract",
                "return",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        });
        // ("British civilian and military leaders in Basra": a country before the role
        // already says whose they are.)
        let owned_before = r.mentions[..k].iter().rev().take(2).any(|m| {
            m.kind == MentionKind::Country
                && m.last + 4 >= a.first
                && m.last <= a.first
                && norms[m.last..a.first].iter().all(|w| {
                    !matches!(
                        *w,
                        "that"
                            | "has"
                            | "have"
                            | "had"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "said"
                            | "says"
                            | "stated"
                            | "told"
                            | "to"
                            | "by"
                    )
                })
        });
        let from = norms.get(j) == Some(&"from")
            && (!matches!(agent.as_str(), "MIL" | "COP" | "REB") || !(moved || owned_before));
        // "the regime in Tehran", "officials in Washington", "police in Baghdad": a state's
        // institution in its country or capital is that state's (not so troops, refugees or
        // tourists, who are as often foreign there).
        let seat = norms.get(j) == Some(&"in")
            && matches!(agent.as_str(), "GOV" | "LEG" | "JUD" | "COP" | "PTY")
            // "the US-led coalition authorities in Iraq": a modifier before the role says whose
            // it is.
            && a.first.checked_sub(1).is_none_or(|p| SEAT_OPENERS.contains(&norms[p]))
            && !(a.first..a.last)
                .any(|t| dict.set_match("&foreign_roles", &norms[t..a.last]).is_some());
        if norms.get(j) != Some(&"of") && !from && !seat {
            continue;
        }
        j += 1;
        if norms.get(j) == Some(&"the") {
            j += 1;
        }
        // "the population of south Lebanon": a part of the country is still the country.
        if b.first == j + 1 && norms.get(j).is_some_and(|w| REGION_PARTS.contains(w)) {
            j += 1;
        }
        // "the foreign ministers of the EU", "leaders of NATO", "forces of the African Union":
        // an international body's officers and forces are the body, which takes no sector
        // (not its citizens or workers, who are its member states' people).
        if norms.get(a.last) == Some(&"of")
            && b.first == j
            && b.kind == MentionKind::Actor
            && !b.adjective
            && b.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
            && matches!(agent.as_str(), "GOV" | "MIL" | "LEG" | "JUD" | "SPY" | "COP")
        {
            let (code, countries, last, possessive, entry) =
                (b.code.clone(), b.countries.clone(), b.last, b.possessive, b.entry.clone());
            let a = &mut r.mentions[k];
            a.entry = format!("{} of {entry}", a.entry);
            // (Its forces are the body's military: "troops of the African Union".)
            a.code = code.map(|c| if agent == "MIL" { format!("{c}MIL") } else { c });
            a.countries = countries;
            a.agent = None;
            a.kind = MentionKind::Actor;
            a.last = last;
            a.possessive = possessive;
            merged[k + 1] = true;
            continue;
        }
        // "police in Tallinn, Estonia": a city with its country after it is left to the
        // context, which reads both.
        let city_of_country = seat && norms.get(b.last) == Some(&",");
        if b.first != j
            || city_of_country
            // ("the governor of Minnesota": a place that stands for its state.)
            || !(b.kind == MentionKind::Country
                || (b.kind == MentionKind::Actor
                    && b.entry.starts_with("state:")
                    && b.code.as_deref().is_some_and(|c| c.len() == 3))
                || (seat && b.kind == MentionKind::Capital))
            || b.countries.len() != 1
            || b.agent.is_some()
            || b.adjective
        {
            continue;
        }
        let list = coordinated_countries(norms, r, k + 1);
        if list.len() > 1 {
            // "the governments of Rwanda and Burundi", "the leaders of France, Germany and
            // Italy": each country named is the role's (RWAGOV, BDIGOV); the role word itself
            // then names no one more.
            let role = norms[a.last - 1];
            for &c in &list {
                let m = &mut r.mentions[c];
                m.code = Some(format!("{}{agent}", m.countries[0]));
                m.entry = format!("{} + agent {agent} (the {role} of each)", m.entry);
                m.agent = Some(agent.clone());
            }
            merged[k] = true;
            continue;
        }
        let (iso, last, possessive, entry) =
            (b.countries[0].clone(), b.last, b.possessive, b.entry.clone());
        let a = &mut r.mentions[k];
        a.code = Some(format!("{iso}{agent}"));
        a.entry = format!("{} of {entry}", a.entry);
        a.countries = vec![iso];
        a.kind = MentionKind::Country;
        a.last = last;
        a.possessive = possessive;
        merged[k + 1] = true;
    }
    drop_merged(r, &merged);
}

/// The mentions of countries named in a list from mention `k` on ("Rwanda and Burundi",
/// "Colombia, Venezuela and Spain"): bare names, each joined to the one before by commas,
/// "and", "or" or "the".
fn coordinated_countries(norms: &[&str], r: &Recognised, k: usize) -> Vec<usize> {
    let mut list = vec![k];
    while let Some(c) = r.mentions.get(list[list.len() - 1] + 1) {
        let gap = &norms[r.mentions[list[list.len() - 1]].last..c.first];
        let joined = !gap.is_empty()
            && gap.len() <= 3
            && gap.iter().all(|w| matches!(*w, "," | "and" | "or" | "the"));
        if !joined
            || c.kind != MentionKind::Country
            || c.countries.len() != 1
            || c.agent.is_some()
            || c.adjective
        {
            break;
        }
        list.push(list[list.len() - 1] + 1);
    }
    list
}

/// Words before a role that leave its owner open ("the regime in Tehran", "by police in
/// Baghdad").
static SEAT_OPENERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "the", "a", "an", ",", "by", "of", "and", "with", "to", "from", "for", "on", "that", "said",
    "says", "as", "against", "between", "while", "when", "but", "\"", "(",
]);

/// Removes the mentions marked in `merged` (taken into the mention before them) and indexes the
/// rest again.
fn drop_merged(r: &mut Recognised, merged: &[bool]) {
    if !merged.contains(&true) {
        return;
    }
    let mut k = 0;
    r.mentions.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
    r.mention_at.iter_mut().for_each(|x| *x = 0);
    for (k, m) in r.mentions.iter().enumerate() {
        for t in m.first..m.last {
            r.mention_at[t] = k as u32 + 1;
        }
    }
}

/// Private people named by where they are ("protesters in Shanghai", "residents of Gaza",
/// "students from Tehran", "villagers in northern Iraq"): the place's country is theirs, as
/// "Chinese protesters" would say, whatever else the sentence names. Not so people who are
/// where they are as visitors (tourists, pilgrims, refugees), nor forces or officials, which
/// [`roles_of_countries`] reads.
fn people_of_places(norms: &[&str], r: &mut Recognised) {
    // The place starting at each token, by index, looked up in one step.
    let mut place_from: Vec<Option<usize>> = vec![None; norms.len()];
    for (i, p) in r.places.iter().enumerate() {
        if let Some(slot) = place_from.get_mut(p.first) {
            slot.get_or_insert(i);
        }
    }
    for k in 0..r.mentions.len() {
        let a = &r.mentions[k];
        if a.kind != MentionKind::Agent
            || a.code.is_some()
            || a.possessive
            || !a.agent.as_deref().is_some_and(|g| PEOPLE_OF_PLACES.contains(&g))
            || VISITORS.contains(&norms[a.last - 1])
            || ABROAD_PEOPLE.contains(&norms[a.last - 1])
        {
            continue;
        }
        let mut j = a.last;
        if !matches!(norms.get(j), Some(&("in" | "of" | "from"))) {
            continue;
        }
        j += 1;
        if norms.get(j) == Some(&"the") {
            j += 1;
        }
        // ("residents of southern Lebanon"; not the "West" of "the West Bank".)
        let starts = |j: usize| r.mention_at[j] != 0 || place_from[j].is_some();
        if norms.get(j).is_some_and(|w| REGION_PARTS.contains(w)) && !starts(j) {
            j += 1;
        }
        // The place named there: a country or capital mention, or a city or region.
        let next = r.mentions.get(k + 1).filter(|b| b.first == j);
        // (The place stays a mention of its own: it still tells the roles around it, "a
        // suicide bomber killed 24 children in Iraq", where they are.)
        let (country, last) = match next {
            Some(b)
                if matches!(b.kind, MentionKind::Country | MentionKind::Capital)
                    && b.countries.len() == 1
                    && b.agent.is_none()
                    && !b.adjective
                    && !b.possessive =>
            {
                (b.countries[0].clone(), b.last)
            }
            Some(_) => continue,
            None => match place_from.get(j).copied().flatten().map(|i| &r.places[i]) {
                Some(p) if p.country.len() == 3 && r.mention_at[j] == 0 => {
                    (p.country.clone(), p.last)
                }
                _ => continue,
            },
        };
        let agent = a.agent.clone().unwrap_or_default();
        let place = norms[j..last].join(" ");
        let a = &mut r.mentions[k];
        a.code = Some(format!("{country}{agent}"));
        a.entry = format!("{} of the place: {place} ({country})", a.entry);
        a.countries = vec![country];
    }
}

/// Role agents of private people a place they are in makes of its country (see
/// [`people_of_places`]).
const PEOPLE_OF_PLACES: [&str; 5] = ["CVL", "OPP", "EDU", "LAB", "AGR"];

/// People who are where they are as visitors.
static VISITORS: comity_text::WordSet = comity_text::WordSet::new(&[
    "tourists",
    "tourist",
    "pilgrims",
    "passengers",
    "visitors",
    "shoppers",
    "commuters",
    "motorists",
    "holidaymakers",
    "travellers",
    "travelers",
]);

/// "Israeli Arabs", "Iraqi Kurds", "Iranian Azeris": a people named after a country's
/// adjective are that country's civilians, not the region or people at large (`ARB`, `KUR`).
fn peoples_of_countries(r: &mut Recognised) {
    let n = r.mentions.len();
    let mut merged = vec![false; n];
    for k in 0..n.saturating_sub(1) {
        let (a, b) = (&r.mentions[k], &r.mentions[k + 1]);
        if merged[k]
            || a.kind != MentionKind::Country
            || !a.adjective
            || a.agent.is_some()
            || a.countries.len() != 1
            || a.last != b.first
            || b.kind != MentionKind::Actor
            || !b.entry.starts_with("region:")
            || b.agent.is_some()
            || !b.plural
        {
            continue;
        }
        let (last, possessive, entry) = (b.last, b.possessive, b.entry.clone());
        let a = &mut r.mentions[k];
        a.code = Some(format!("{}CVL", a.countries[0]));
        a.agent = Some("CVL".to_string());
        a.adjective = false;
        a.plural = true;
        a.last = last;
        a.possessive = possessive;
        a.entry = format!("{} + people ({entry}): its civilians", a.entry);
        merged[k + 1] = true;
    }
    drop_merged(r, &merged);
}

/// Words that name a part of a country before its name: "residents of southern Lebanon".
pub static REGION_PARTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "south", "southern", "north", "northern", "east", "eastern", "west", "western", "central",
    "rural", "occupied",
]);

/// Whether the words at `k` are "of" and a country's name ("of Israel", "of the United
/// States").
fn country_owner_after(dict: &Dictionaries, norms: &[&str], k: usize) -> bool {
    if norms.get(k) != Some(&"of") {
        return false;
    }
    let mut j = k + 1;
    if norms.get(j) == Some(&"the") {
        j += 1;
    }
    (1..=3).any(|n| {
        norms.get(j..j + n).is_some_and(|words| {
            let key: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            dict.phrases.get(&key).iter().any(
                |e| matches!(e, Entity::Country { form, .. } if *form != CountryForm::Adjective),
            )
        })
    })
}

/// Words that put an office in the past: "former minister", "previous leader".
pub(crate) const FORMER: &[&str] = &["former", "ex", "ex-", "previous"];

/// Words that end a ruler's term against their will: "deposed president", "ousted leader".
const ENDED: &[&str] = &["deposed", "ousted", "toppled", "overthrown"];

/// "The former Emir of Kuwait", "a former Iraqi minister", "ex-president": a government role
/// held before is an elite's (ELI), not the government's. A force's or an armed group's role
/// held before: its leaders' an elite's ("a former general"), its rank and file's a civilian's
/// ("a former Israeli soldier", "a former rebel").
fn former_officeholders(norms: &[&str], r: &mut Recognised) {
    // "former UN Secretary General Kofi Annan": an international body's office held before is
    // not the body; the name after it says who (no one, without a name).
    for k in 0..r.mentions.len() {
        let m = &r.mentions[k];
        if !m.code.as_deref().is_some_and(|c| c.starts_with("IGO")) || m.kind == MentionKind::Person
        {
            continue;
        }
        let mut j = m.first;
        while j > 0 && matches!(norms[j - 1], "the" | "a" | "an") {
            j -= 1;
        }
        if !(j > 0 && FORMER.contains(&norms[j - 1])) {
            continue;
        }
        let named = r
            .mentions
            .get(k + 1)
            .filter(|p| p.first == m.last && p.kind == MentionKind::Person && p.code.is_some());
        let code = named.and_then(|p| p.code.clone());
        let m = &mut r.mentions[k];
        m.entry.push_str(match code {
            Some(_) => " (former: the person named after it)",
            None => " (former: no longer the body's)",
        });
        m.countries = code.iter().map(|c| c.chars().take(3).collect()).collect();
        m.code = code;
    }
    for m in &mut r.mentions {
        let armed = matches!(m.agent.as_deref(), Some("MIL" | "COP" | "REB" | "SPY"));
        if !armed && !matches!(m.agent.as_deref(), Some("GOV" | "LEG" | "JUD")) {
            continue;
        }
        let mut k = m.first;
        while k > 0 && matches!(norms[k - 1], "the" | "a" | "an" | "his" | "her" | "its" | "their")
        {
            k -= 1;
        }
        // "Congo's former vice presidents": the word may stand inside the mention, after
        // the country that owns the office.
        let inside = (m.first..m.last).any(|j| FORMER.contains(&norms[j]));
        let former = (k > 0 && FORMER.contains(&norms[k - 1]))
            || norms[m.first].starts_with("ex-")
            || inside;
        if !former {
            continue;
        }
        // The mention's last word or the noun right after it ("former army commanders").
        let leader = [m.last.saturating_sub(1), m.last].iter().any(|&h| {
            norms.get(h).is_some_and(|w| {
                matches!(
                    *w,
                    "general"
                        | "generals"
                        | "commander"
                        | "commanders"
                        | "chief"
                        | "chiefs"
                        | "head"
                        | "leader"
                        | "leaders"
                        | "director"
                        | "admiral"
                        | "colonel"
                        | "marshal"
                        | "official"
                        | "officials"
                        | "lieutenant"
                )
            })
        });
        let to = if armed && !leader { "CVL" } else { "ELI" };
        if let Some(code) = &mut m.code
            && let Some(a) = m.agent.as_deref()
            && code.ends_with(a)
        {
            code.truncate(code.len() - a.len());
            code.push_str(to);
        }
        m.agent = Some(to.to_string());
        m.entry.push_str(&format!(" (former: {to})"));
    }
}

/// "Iraqi and American forces", "Russian, Chinese and Iranian navies": country adjectives
/// coordinated before one role noun share it, so each is the role of its country (IRQMIL as
/// well as USAMIL), not the bare country.
fn share_coordinated_agents(norms: &[&str], r: &mut Recognised) {
    for k in (0..r.mentions.len().saturating_sub(1)).rev() {
        let (head, tail) = r.mentions.split_at_mut(k + 1);
        let (a, b) = (&mut head[k], &tail[0]);
        let joined = matches!(&norms[a.last.min(b.first)..b.first], ["and"] | [","] | [",", "and"]);
        // "U.S. and allied forces", "Afghan and coalition troops": a country before "and" and
        // an unowned role of its partners shares that role.
        let between = &norms[a.last.min(b.first)..b.first];
        let partners =
            |w: &str| matches!(w, "allied" | "coalition" | "international" | "multinational");
        let allied_word =
            (joined && partners(norms[b.first])) || matches!(between, ["and", w] if partners(w));
        let allied = allied_word
            && a.agent.is_none()
            && !a.countries.is_empty()
            && a.countries.iter().all(|c| *c == a.countries[0])
            && matches!(a.kind, MentionKind::Country)
            && b.kind == MentionKind::Agent
            && b.code.is_none()
            && b.agent.as_deref() == Some("MIL");
        if allied {
            let agent = "MIL";
            a.countries.truncate(1);
            a.code = Some(format!("{}{agent}", a.countries[0]));
            a.entry = format!("{} + agent {agent} (shared with the allied role after it)", a.entry);
            a.agent = Some(agent.to_string());
            a.adjective = false;
            a.plural = b.plural;
            continue;
        }
        // "Bolivian business and civic leaders": the leaders after a sector's noun and a
        // second modifier are that sector's, of that country (not the state's, as "leaders"
        // alone would be).
        if matches!(between, ["and", w] if w.chars().all(char::is_alphabetic))
            && b.kind == MentionKind::Agent
            && b.code.is_none()
            && b.last == b.first + 1
            && GENERIC_HEADS.contains(&norms[b.first])
            && a.kind == MentionKind::Country
            && a.countries.len() == 1
            && let Some(code) = a.code.clone().filter(|_| a.agent.is_some())
        {
            let b = &mut tail[0];
            b.entry.push_str(&format!(" -> {code} (the sector named before the other modifier)"));
            b.countries = a.countries.clone();
            b.agent = a.agent.clone();
            b.code = Some(code);
            continue;
        }
        // "U.S. and Iraqi forces", "the US and Australian governments": a country's name
        // before "and" and an adjective's role shares it as an adjective would.
        let name_before = between == ["and"]
            && !a.possessive
            && (a.kind == MentionKind::Country
                || (a.kind == MentionKind::Actor && a.entry.starts_with("state: ")));
        if !(joined && (a.adjective || name_before) && a.agent.is_none() && a.countries.len() == 1)
        {
            continue;
        }
        let Some(agent) = b.agent.clone().filter(|_| b.kind == MentionKind::Country) else {
            continue;
        };
        // (A name shares only a state's role: "Iran and Iraqi Kurds" are a state and a people.)
        if !a.adjective && !matches!(agent.as_str(), "MIL" | "GOV" | "COP" | "SPY" | "JUD" | "LEG")
        {
            continue;
        }
        // The role noun is after the last adjective: only an adjective-led mention shares it.
        if !b.entry.contains("(adjective)") {
            continue;
        }
        a.code = Some(format!("{}{agent}", a.countries[0]));
        a.entry = format!("{} + agent {agent} (shared with the next adjective)", a.entry);
        a.agent = Some(agent);
        a.adjective = false;
        a.plural = b.plural;
    }
}

/// "The leader of the main opposition party", "the head of the rebels", "a spokesman for the
/// police", "one of the leaders in al-Qaeda": one who leads or speaks for a group is of that
/// group's sector (OPP, REB, COP),
/// not the government a bare "leader" or "spokesman" stands for; with the group's country
/// when the group has one ("the chairman of Taiwan's opposition party").
fn leaders_of_groups(norms: &[&str], r: &mut Recognised) {
    for k in 0..r.mentions.len() {
        let m = &r.mentions[k];
        if m.agent.as_deref() != Some("GOV")
            || m.code.is_some()
            || m.kind != MentionKind::Agent
            || !LEADERS.contains(&norms[m.last - 1])
        {
            continue;
        }
        let (first, last) = (m.first, m.last);
        // "Hezbollah's spiritual leader", "Hamas's spokesman": the named body's own, before
        // the role with a possessive (up to two describing words between).
        let mut b = first;
        while b > 0 && first - b < 2 && ROLE_DESCRIBERS.contains(&norms[b - 1]) {
            b -= 1;
        }
        if b >= 2
            && matches!(norms[b - 1], "'s" | "’s" | "'")
            && let Some(gi) = r.mention_index(b - 2)
            && r.mentions[gi].kind == MentionKind::Actor
            && r.mentions[gi].possessive
            && lead_for_body(r, k, gi, "leads or speaks for the body before it")
        {
            continue;
        }
        let mut t = last;
        let within = norms.get(t) == Some(&"in");
        if !matches!(norms.get(t), Some(&"of" | &"for" | &"in")) {
            continue;
        }
        t += 1;
        while t < norms.len() && t < last + 5 && GROUP_MODIFIERS.contains(&norms[t]) {
            t += 1;
        }
        // "a senior figure in the global militant network al-Qaeda": words describing the
        // body stand before its name.
        let described = |t: usize| {
            let mut k = t;
            while k < norms.len()
                && k < t + 5
                && r.mention_index(k).is_none_or(|g| r.mentions[g].code.is_none())
                && BODY_DESCRIPTORS.contains(&norms[k])
            {
                k += 1;
            }
            r.mention_index(k)
                .filter(|&g| r.mentions[g].kind == MentionKind::Actor && r.mentions[g].first == k)
                .map_or(t, |_| k)
        };
        let t = described(t);
        let Some(gi) = r.mention_index(t) else { continue };
        let g = &r.mentions[gi];
        // "leaders in the party" are of a named body only.
        if within && g.kind != MentionKind::Actor {
            continue;
        }
        // "a spokesman for the Uganda People's Defence Force", "the leader of Hamas", "the
        // head of the IAEA": one who leads or speaks for a named body is that body.
        if g.kind == MentionKind::Actor
            && g.first == t
            && lead_for_body(r, k, gi, "leads or speaks for the body after it")
        {
            continue;
        }
        let g = &r.mentions[gi];
        let Some(agent) = g.agent.clone().filter(|a| a != "GOV") else { continue };
        if !matches!(g.kind, MentionKind::Agent | MentionKind::Country) {
            continue;
        }
        let (code, countries) = match &g.code {
            Some(c) if g.kind == MentionKind::Country && g.countries.len() == 1 => {
                (Some(c.clone()), g.countries.clone())
            }
            _ => (None, Vec::new()),
        };
        let m = &mut r.mentions[k];
        m.entry.push_str(&format!(" -> {agent} (leads or speaks for the group after it)"));
        m.agent = Some(agent);
        if code.is_some() {
            m.code = code;
            m.countries = countries;
        }
    }
}

/// Gives the leader or spokesman mention `k` the code of the named body `g` (one with a sector
/// or an organisation's code, not a bare country), noting `why`; false when the body has none.
fn lead_for_body(r: &mut Recognised, k: usize, g: usize, why: &str) -> bool {
    let Some(code) = r.mentions[g].code.clone().filter(|c| c.len() > 3) else { return false };
    let countries = r.mentions[g].countries.clone();
    let m = &mut r.mentions[k];
    m.entry.push_str(&format!(" -> {code} ({why})"));
    m.code = Some(code);
    m.countries = countries;
    true
}

/// Words that may describe a leader or spokesman between the body's possessive and the role
/// ("Hezbollah's spiritual leader", "Hamas's chief spokesman").
static ROLE_DESCRIBERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "spiritual",
    "political",
    "military",
    "top",
    "chief",
    "senior",
    "deputy",
    "exiled",
    "new",
    "supreme",
    "overall",
    "official",
    "main",
]);

/// Words for one who leads or speaks for a group.
static LEADERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "leader",
    "leaders",
    "leadership",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
]);

/// Words describing a body before its name: "the militant group Hamas", "international
/// Islamic fundamentalist campaign al-Qaeda".
static BODY_DESCRIPTORS: comity_text::WordSet = comity_text::WordSet::new(&[
    "international",
    "global",
    "islamic",
    "islamist",
    "fundamentalist",
    "militant",
    "terrorist",
    "terror",
    "extremist",
    "jihadist",
    "separatist",
    "armed",
    "rebel",
    "insurgent",
    "political",
    "opposition",
    "group",
    "network",
    "movement",
    "organisation",
    "organization",
    "campaign",
    "party",
    "faction",
    "wing",
]);

/// Words between "leader of" and its group: "the main opposition", "a banned rebel group".
static GROUP_MODIFIERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "the",
    "a",
    "an",
    "its",
    "their",
    "main",
    "largest",
    "biggest",
    "leading",
    "principal",
    "chief",
    "major",
    "banned",
    "outlawed",
    "radical",
]);

/// "Tony Blair and George Bush" in 2005: a full name whose person is out of office on the
/// date, when the name is the first and last word of the full name of the one person of
/// that surname (`entities`) in office then ("George W. Bush"), names the one in office.
fn namesake_in_office(
    dict: &Dictionaries,
    entities: &[Entity],
    norms: &[&str],
    i: usize,
    len: usize,
    date: Option<Date>,
) -> Option<usize> {
    let (given, surname) = (norms[i], norms[i + len - 1]);
    let mut fits = entities
        .iter()
        .filter_map(|e| match e {
            Entity::Person { idx, .. } => Some(*idx),
            _ => None,
        })
        .filter(|&q| people::in_office(dict, q, date))
        .filter(|&q| {
            let name = comity_dict::words(&dict.people[q].name);
            name.len() > len
                && name.first().is_some_and(|w| w == given)
                && name.last().is_some_and(|w| w == surname)
        });
    match (fits.next(), fits.next()) {
        (Some(q), None) => Some(q),
        _ => None,
    }
}

fn is_name_token(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == Kind::Number || t.flags & (CAP | ALLCAPS) != 0
}

/// Lower-case particles that open Arabic, Dutch, French or German names ("al-Qaeda", "al
/// Shabaab", "de Mistura", "van Rompuy").
const NAME_PARTICLES: &[&str] =
    &["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "de", "van", "von", "bin", "ibn"];

/// Whether the phrase of `len` tokens at `i` is written as a name: its first word capitalised
/// (or a number), or a lower-case particle joined to a capitalised word ("al-Qaeda", "al
/// Qaeda").
fn name_start(doc: &Doc<'_>, i: usize, len: usize) -> bool {
    if is_name_token(doc, i) {
        return true;
    }
    let surface = doc.surface(i);
    let (head, rest) = surface.split_once('-').unwrap_or((surface, ""));
    if !rest.is_empty() {
        return particle_joined_name(surface);
    }
    NAME_PARTICLES.contains(&head)
        && len > 1
        && i + 1 < doc.tokens.len()
        && is_name_token(doc, i + 1)
}

/// Whether a word is a name particle joined by a hyphen to a capitalised word ("al-Qaeda",
/// "el-Baradei", "al-Amiri").
fn particle_joined_name(surface: &str) -> bool {
    surface.split_once('-').is_some_and(|(p, rest)| {
        NAME_PARTICLES.contains(&p) && rest.starts_with(|c: char| c.is_uppercase())
    })
}

/// A word no dictionary knows and written as a name, which may carry on a name beside it.
fn unknown_name_word(doc: &Doc<'_>, dict: &Dictionaries, norms: &[&str], k: usize) -> bool {
    let t = &doc.tokens[k];
    t.kind == Kind::Word
        && t.is(CAP)
        && !t.is(ALLCAPS)
        && !not_name(norms[k])
        && !people::is_office(norms[k])
        && !matches!(norms[k], "jr" | "sr" | "administration" | "government" | "junior")
        && dict.phrases.longest(&norms[k..(k + 1).min(norms.len())]).is_none()
}

/// Whether the phrase of `len` tokens at `i` is a piece of a longer name that no dictionary
/// knows: a person's or a titled name followed by a capitalised unknown word ("Senator Kerry
/// Nettle" is not John Kerry), or a one-word country, place or city standing for its state
/// after a given name, not at the start of its sentence ("Regional Chief Angus Toulouse" is no
/// French actor).
fn inside_other_name(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    i: usize,
    len: usize,
    entities: &[Entity],
) -> bool {
    let next = i + len;
    // A surname alone ("Kerry"), or an office and a surname ("Senator Kerry"); not an office
    // whose holder's full name follows ("Secretary of State Mike Pompeo").
    let surname = |k: usize| doc.tokens[k].is(CAP) && !people::is_office(norms[k]);
    let personal = (len == 1
        && surname(i)
        && entities.iter().any(|e| matches!(e, Entity::Person { .. })))
        || (len == 2
            && (people::is_office(norms[i])
                || matches!(
                    norms[i],
                    "senator" | "sen" | "congressman" | "congresswoman" | "governor" | "mayor"
                ))
            && surname(i + 1)
            && entities.iter().any(|e| matches!(e, Entity::Actor { .. } | Entity::Person { .. })));
    // "Grand Judge Abdullah al-Amiri": a one-word actor that is a given name (Phoenix names
    // kings by theirs) followed by a name's word no dictionary knows is another person's
    // first name.
    let given_actor = len == 1
        && dict.is_given_name(norms[i])
        && entities.iter().any(|e| matches!(e, Entity::Actor { .. }));
    if (personal || given_actor)
        && next < doc.tokens.len()
        && doc.tokens[next].start == doc.tokens[next - 1].end + 1
        && (unknown_name_word(doc, dict, norms, next)
            || (given_actor && particle_joined_name(doc.surface(next))))
    {
        return true;
    }
    // A city standing for its state ("Toulouse" under France in Phoenix) is a place too.
    let place = len == 1
        && !entities.is_empty()
        && entities.iter().all(|e| match e {
            Entity::Place { .. } | Entity::Country { form: CountryForm::Name, .. } => true,
            Entity::Actor { idx } => dict.actors[*idx].kind == "state",
            _ => false,
        });
    // The word before must itself follow a word (no sentence starts with a given name here):
    // "Regional Chief Angus Toulouse", not "Canberra Toulouse" at a sentence's start.
    place
        && i >= 2
        && doc.tokens[i].start == doc.tokens[i - 1].end + 1
        && unknown_name_word(doc, dict, norms, i - 1)
        && matches!(doc.tokens[i - 2].kind, Kind::Word)
        && doc.tokens[i - 2].is(CAP)
}

/// Tries to recognise a phrase at token `i`; returns the number of tokens consumed (0: none).
#[allow(clippy::too_many_arguments)]
fn match_at(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    i: usize,
    end: usize,
    date: Option<Date>,
    r: &mut Recognised,
    seen_people: &mut Vec<usize>,
    others: &mut HashSet<String>,
) -> usize {
    let t = &doc.tokens[i];
    if !matches!(t.kind, Kind::Word | Kind::Number) {
        return 0;
    }
    // ":BP: We actually have ...": initials between colons label a speaker's turn in an
    // interview's transcript; they name the speaker, not an organisation.
    let glued = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    if t.is(ALLCAPS)
        && i > 0
        && i + 1 < doc.tokens.len()
        && doc.surface(i - 1) == ":"
        && doc.surface(i + 1) == ":"
        && glued(i - 1, i)
        && glued(i, i + 1)
    {
        return 1;
    }
    let window = &norms[i..end.min(i + 8)];
    // Short acronyms written in capitals ("US", "WHO") are keyed in capitals.
    let mut found = None;
    if t.is(ALLCAPS) && t.end - t.start <= 5 {
        let mut w: Vec<&str> = window.to_vec();
        let surface = doc.surface(i);
        w[0] = surface;
        if let Some(m) = dict.phrases.longest(&w) {
            found = Some(m);
        }
    }
    if found.is_none() {
        found = dict.phrases.longest(window);
    }
    // "Who owes nothing", "told us": a function word is the acronym it spells ("WHO", "US")
    // only when written in capitals.
    if !t.is(ALLCAPS) && found.is_some_and(|m| m.len == 1) && ACRONYM_WORDS.contains(&norms[i]) {
        found = None;
    }
    if let Some(n) = newspaper(doc, dict, norms, i, end, found.as_ref(), r) {
        return n;
    }
    if found.is_none()
        && let Some(len) = pair_description(norms, i, end)
    {
        // "the two leaders", "both countries", "the pair": two actors named before, found
        // like a plural pronoun and resolved by the coder to both.
        push_mention(
            r,
            Mention {
                first: i,
                last: i + len,
                kind: MentionKind::Pronoun,
                countries: vec![],
                agent: None,
                code: None,
                person: None,
                plural: true,
                possessive: doc.tokens.get(i + len).is_some_and(|t| t.kind == Kind::Possessive),
                adjective: false,
                entry: format!("{PAIR_ENTRY}{}", norms[i + len - 1]),
            },
        );
        return len;
    }
    if found.is_none() {
        // "the group", "the agency": an organisation named before, found like a pronoun.
        // A capitalised one before "of" and a capitalised word is a name's first word: "the
        // Network of Northeastern Alternative Agriculture" (not "the Agency will ...").
        let name_head = doc.tokens[i].is(CAP)
            && matches!(norms.get(i + 1), Some(&"of" | &"for"))
            && doc.tokens.get(i + 2).is_some_and(|t| t.is(CAP));
        let description =
            i > 0 && norms[i - 1] == "the" && DESCRIPTIONS.contains(&norms[i]) && !name_head;
        let pronoun = PRONOUNS
            .iter()
            .find(|(w, _)| *w == norms[i])
            .filter(|_| !(norms[i] == "it" && expletive_it(norms, i + 1, end)))
            // "his Highness the Amir", "Her Majesty": a style of address, no reference.
            .filter(|_| {
                !(matches!(norms[i], "his" | "her" | "their" | "your")
                    && norms.get(i + 1).is_some_and(|w| STYLES.contains(w)))
            });
        if description || pronoun.is_some() {
            push_mention(
                r,
                Mention {
                    first: i,
                    last: i + 1,
                    kind: MentionKind::Pronoun,
                    countries: vec![],
                    agent: None,
                    code: None,
                    person: None,
                    plural: pronoun.is_some_and(|p| p.1),
                    possessive: matches!(norms[i], "his" | "her" | "their" | "its"),
                    adjective: false,
                    entry: String::new(),
                },
            );
            // "his soldiers": the agent after a possessive pronoun belongs to the pronoun; "the
            // group's spokesman": so does one after a description's possessive.
            let role_at = if !description {
                Some(i + 1)
            } else if doc.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Possessive) {
                Some(i + 2)
            } else {
                None
            };
            if let Some(at) = role_at
                && let Some(len) = agent_after(dict, norms, at, end)
            {
                let idx = r.mentions.len() as u32;
                let m = r.mentions.last_mut().expect("just pushed");
                m.agent = Some(len.1);
                m.last = at + len.0;
                let last = m.last;
                for k in i..last {
                    r.mention_at[k] = idx;
                }
                return last - i;
            }
            if description {
                return 1;
            }
        }
        return 0;
    }
    let m = found.expect("checked");
    // "President Bush": when an office word and a surname make a phrase of their own (the
    // Phoenix dictionaries name "President Bush" as one of the two), the officeholder of the
    // article's date is meant; the surname is read on its own at the next word.
    if m.len >= 2
        && i + 1 < end
        && people::is_office(norms[i])
        && is_name_token(doc, i + 1)
        && let Some(next) = dict.phrases.longest(&norms[i + 1..end.min(i + 9)])
        && next.entities.iter().all(|e| !matches!(e, Entity::Person { weak: false, .. }))
        && people::office_holder(dict, norms[i], next.entities, date).is_some()
    {
        return 0;
    }
    let len = m.len;
    // A name that is part of another name: a currency ("US$25 million", "HK$"), a war ("the
    // Iraq War", "the Second Congo War").
    let next = i + len;
    if next < doc.tokens.len() {
        let currency = norms[next] == "$" && doc.tokens[next].start == doc.tokens[next - 1].end;
        let war = doc.surface(next) == "War";
        // In lower case, a city's plural agreements or an accord or protocol are still named
        // after where they were made ("the Minsk agreements", "the Oslo accords"); a country's
        // ("the Iran agreement") is about that country.
        let city_document = LOWER_DOCUMENT_WORDS.contains(&norms[next])
            && !m.entities.iter().any(|e| {
                matches!(
                    e,
                    Entity::Country { form: CountryForm::Name | CountryForm::Adjective, .. }
                )
            });
        if currency || war || document_word(doc, norms, next) || city_document {
            return len;
        }
    }
    // "the Treaty of Rome", "the Statute of Rome": likewise.
    if i >= 2 && norms[i - 1] == "of" && document_word(doc, norms, i - 2) {
        return len;
    }
    if inside_other_name(doc, dict, norms, i, len, m.entities) {
        return len;
    }
    let name_like = name_start(doc, i, len);
    // Pick the entity: people first, then organisations, countries, places, agents.
    let mut person = None;
    let mut actor = None;
    let mut countries: Vec<(String, CountryForm)> = Vec::new();
    let mut place = None;
    let mut agent = None;
    // "Mr. Abbas" before any full name: a weak alias that is the surname of a person in
    // office on the date, after an honorific of their gender, is that person, unless a person
    // already named is meant, or the text named someone else of that surname before ("Bobby
    // Fischer ... Mr Fischer" is not the German minister).
    let any_seen = m
        .entities
        .iter()
        .any(|e| matches!(e, Entity::Person { idx, .. } if seen_people.contains(idx)));
    let titled = |p: usize| {
        let e = &dict.people[p];
        // The cheap checks first: the name's words are built only after an honorific.
        if any_seen
            || len != 1
            || i == 0
            || !people::honorific(norms[i - 1]).is_some_and(|g| g.is_none() || g == e.gender)
        {
            return false;
        }
        let name = comity_dict::words(&e.name);
        let other_named = || {
            (1..i.saturating_sub(1)).any(|k| {
                norms[k] == norms[i]
                    && is_name_token(doc, k - 1)
                    && doc.tokens[k - 1].kind == Kind::Word
                    && !name.iter().any(|w| w == norms[k - 1])
                    && people::honorific(norms[k - 1]).is_none()
                    && !people::is_office(norms[k - 1])
            })
        };
        name.last().is_some_and(|w| w == norms[i])
            && people::in_office(dict, p, date)
            && !other_named()
    };
    // "Senator Joe Lieberman ... Lieberman": a one-word alias right after a known given name
    // that is not the dictionary person's names someone else of that surname, and so does the
    // surname alone later (`others`), unless the dictionary person was named in full before.
    // So does one after a capitalised word the lexicon does not know at all ("Dalton
    // McGuinty" is not David McGuinty): a given name it lacks.
    // (A sentence's first word is capitalised whatever it is: "Incumbent Lieberman said".)
    let unknown_given = |w: &str| {
        doc.sentences[doc.sentence_of(i - 1)].first != i - 1
            && doc.tokens[i - 1].kind == Kind::Word
            && !not_name(w)
            && people::honorific(w).is_none()
            && !people::is_office(w)
            && dict.phrases.get(&[w.to_string()]).is_empty()
    };
    let after_other_given = len == 1
        && i > 0
        && doc.tokens[i - 1].is(CAP)
        && (dict.is_given_name(norms[i - 1]) || unknown_given(norms[i - 1]));
    let other_before = len == 1 && others.contains(norms[i]);
    let namesake = |p: usize| {
        if len != 1 || seen_people.contains(&p) {
            return false;
        }
        let name = comity_dict::words(&dict.people[p].name);
        let other = after_other_given && !name.iter().any(|w| w == norms[i - 1]);
        name.len() > 1 && (other || other_before)
    };
    if m.entities.iter().any(|e| matches!(e, Entity::Person { idx, .. } if namesake(*idx)))
        && after_other_given
    {
        others.insert(norms[i].to_string());
    }
    for e in m.entities {
        match e {
            Entity::Person { idx, weak }
                if name_like
                    && (!weak || seen_people.contains(idx) || titled(*idx))
                    && !namesake(*idx) =>
            {
                person = Some(*idx);
            }
            Entity::Actor { idx } if name_like => actor = Some(*idx),
            // (One country listed as name and adjective, as "U.S." is, is one country; a
            // city-state's name and capital, "Hong Kong", stay two readings for the
            // context to settle.)
            Entity::Country { iso, form }
                if name_like
                    && !countries.iter().any(|(c, f)| {
                        c == iso && *f != CountryForm::Capital && *form != CountryForm::Capital
                    }) =>
            {
                countries.push((iso.clone(), *form))
            }
            // (A place of several words does not end in a function word written in lower
            // case: "Boesky and Co to get" names no "Co To".)
            Entity::Place { idx }
                if name_like
                    && (len == 1
                        || is_name_token(doc, i + len - 1)
                        || !FUNCTION_WORDS.contains(&norms[i + len - 1])) =>
            {
                place = Some(*idx)
            }
            // An owned role ("ships", "nationals") is a sector only after its owner, or
            // before a country's name that owns it ("the leadership of Israel").
            Entity::Agent { code, owned: false } => agent = Some(code.clone()),
            Entity::Agent { code, owned: true } if country_owner_after(dict, norms, i + len) => {
                agent = Some(code.clone())
            }
            _ => {}
        }
    }
    // "President Bush", "Prime Minister Johnson": a surname no full name introduced yet, after
    // an office, names the one person of that surname in office on the article's date.
    if person.is_none() && name_like && i > 0 {
        person = people::office_holder(dict, norms[i - 1], m.entities, date);
    }
    // "President George Bush" in 2006: the full name is the father's, out of office then;
    // the office before the name says it is the one of that surname in office on the date.
    // The office may be a word of the phrase itself, and the phrase an organisation entry
    // ("President George Bush" in Phoenix, undated).
    let stale = match person {
        Some(p) => !people::in_office(dict, p, date),
        None => actor.is_some(),
    };
    if stale && len > 1 {
        let surname = [norms[i + len - 1].to_string()];
        let entities = dict.phrases.get(&surname);
        // A given name before the surname must be the office holder's ("President Jimmy
        // Carter" is not the minister Chris Carter in office that year).
        let given = norms[i + len - 2];
        let former = i > 0 && matches!(norms[i - 1], "former" | "ex" | "late");
        if let Some(q) = (i.saturating_sub(1)..i + len - 1)
            .find_map(|k| people::office_holder(dict, norms[k], entities, date))
            .filter(|&q| {
                people::is_office(given)
                    || comity_dict::words(&dict.people[q].name).iter().any(|w| w == given)
            })
            .filter(|_| !former)
            .or_else(|| {
                (!former).then(|| namesake_in_office(dict, entities, norms, i, len, date))?
            })
        {
            person = Some(q);
        }
    }
    // "the Abuja peace deal", "the Kyoto Protocol", "the Minsk Group": a city naming an
    // agreement, a meeting or a body is its name, no actor.
    let city = countries.iter().any(|(_, f)| *f == CountryForm::Capital)
        || (countries.is_empty() && actor.is_some_and(|a| dict.actors[a].kind == "state"));
    // "refuse to sign Kyoto", "ratified Kyoto": a city signed or ratified is its treaty.
    let treaty_signed = i > 0 && TREATY_VERBS.contains(&norms[i - 1]);
    if city && person.is_none() && (names_an_accord(norms, i + len, end) || treaty_signed) {
        return len;
    }
    // "London, Ontario", "Paris, Texas": a city's name followed by a place of another
    // country is a town of that other country, not that city.
    let city_country = countries
        .iter()
        .find(|(_, f)| *f == CountryForm::Capital)
        .map(|(iso, _)| iso.as_str())
        .or_else(|| {
            actor
                .filter(|&a| countries.is_empty() && dict.actors[a].kind == "state")
                .and_then(|a| code_at(&dict.actors[a].codes, date))
                .filter(|c| c.len() == 3)
        });
    if let Some(here) = city_country
        && person.is_none()
        && norms.get(i + len) == Some(&",")
        && i + len + 1 < end
        && let Some(next) = dict.phrases.longest(&norms[i + len + 1..end.min(i + len + 5)])
        // Not a list of states: "the UK, the USA and India".
        && !matches!(norms.get(i + len + 1 + next.len), Some(&"and" | &"or"))
        && next.entities.iter().any(|e| {
            let there = match e {
                Entity::Place { idx } => Some(dict.places[*idx].country.as_str()),
                Entity::Actor { idx } if dict.actors[*idx].kind == "state" => {
                    code_at(&dict.actors[*idx].codes, date)
                }
                _ => None,
            };
            there.is_some_and(|c| c.len() == 3 && c != "---" && c != here)
        })
    {
        return len;
    }
    let possessive_after =
        |k: usize| k < doc.tokens.len() && doc.tokens[k].kind == Kind::Possessive;
    // "the Kofi Annan International Peacekeeping Training Centre", "the Annan plan": a name
    // that names a place, a body or a plan after someone is not that person.
    if person.is_some() && named_after_someone(doc, norms, i, i + len, end) {
        return len;
    }
    if let Some(p) = person {
        if !seen_people.contains(&p) {
            seen_people.push(p);
        }
        let e = &dict.people[p];
        // A known person out of office on the date is named by the title before the name
        // ("British MP Boris Johnson" in 2005), or by the code an earlier title gave them.
        // Not a title held before ("former Iraqi dictator Saddam Hussein" after his death).
        // The title may run long before the name ("former Malaysian Prime Minister, Dr.
        // Mahathir").
        let first = doc.sentences[doc.sentence_of(i)].first;
        // A title of a past regime says the same: "then President Aristide", "the late
        // King Hussein", "Chilean dictator Augusto Pinochet" (in 2008).
        let past = |k: usize| {
            matches!(norms[k], "late" | "dictator" | "strongman")
                || ENDED.contains(&norms[k])
                || norms[k].starts_with("then-")
                || (norms[k] == "then" && doc.tokens.get(k + 1).is_some_and(|t| t.is(CAP)))
        };
        let former = (i.saturating_sub(8).max(first)..i)
            .any(|k| FORMER.contains(&norms[k]) || norms[k].starts_with("ex-") || past(k));
        let titled = || {
            (!former).then(|| people::code_from_preceding(doc, r, dict, norms, first, i)).flatten()
        };
        // Out of office, the lexicon says only "elite" (ELI); a title the sentence gives
        // says more ("Iraqi deputy prime minister Barham Saleh" in 2006, "Conservative MP
        // Philip Hammond" in 2019).
        // "Deposed president Askar Akayev" the day after he fled: the text knows before the
        // record that a term has ended.
        // Named so once, they stay so in the article ("Akayev flew to Russia").
        // (As a verb it ends the term only then: "the army ousted Prime Minister Thaksin".)
        let as_adjective = |k: usize| {
            k == first
                || matches!(
                    norms[k - 1],
                    "the"
                        | "a"
                        | "an"
                        | ","
                        | "("
                        | "of"
                        | "by"
                        | "with"
                        | "and"
                        | "to"
                        | "for"
                        | "from"
                        | "that"
                        | "'s"
                        | "former"
                        | "newly"
                        | "recently"
                )
        };
        let ended = (i.saturating_sub(3).max(first)..i)
            .any(|k| ENDED.contains(&norms[k]) && as_adjective(k))
            || r.people.iter().any(|x| {
                x.dict == Some(p)
                    && x.code.as_deref().is_some_and(|c| {
                        c.ends_with("ELI")
                            && code_at(&e.codes, date).is_some_and(|d| d.get(..3) == c.get(..3))
                    })
            });
        let code = match code_at(&e.codes, date) {
            Some(c) if ended && c.ends_with("GOV") => Some(format!("{}ELI", &c[..3])),
            Some(c) if c.ends_with("ELI") && !former => titled()
                .or_else(|| {
                    people::legislator_before(norms, first, i).then(|| format!("{}LEG", &c[..3]))
                })
                .or_else(|| Some(c.to_string())),
            Some(c) => Some(c.to_string()),
            // Past every term the lexicon records, a title of the past is the elite's.
            None if former => {
                e.codes.last().and_then(|c| c.code.get(..3)).map(|c| format!("{c}ELI"))
            }
            None => titled(),
        };
        let pi = people::register_dict_person(r, dict, p, code.clone());
        if r.people[pi].code.is_none() {
            r.people[pi].code.clone_from(&code);
        }
        let code = code.or_else(|| r.people[pi].code.clone());
        push_mention(
            r,
            Mention {
                first: i,
                last: i + len,
                kind: MentionKind::Person,
                countries: code.iter().map(|c| c.chars().take(3).collect()).collect(),
                agent: None,
                code,
                person: Some(pi),
                plural: false,
                possessive: possessive_after(i + len),
                adjective: false,
                entry: format!("person: {}", e.name),
            },
        );
        return len;
    }
    if let Some(a) = actor.filter(|&a| dict.actors[a].kind == "region") {
        return region(doc, dict, norms, i, len, end, date, a, r);
    }
    if let Some(a) = actor {
        let e = &dict.actors[a];
        // "Rayed Abdullah, a pilot": a one-word name the lexicon gives a body or a ruler
        // ("Abdullah"), after a capitalised word no mention covers, is a surname.
        let first = doc.sentences[doc.sentence_of(i)].first;
        if len == 1
            && e.kind == "org"
            && !t.is(ALLCAPS)
            && i > first
            && doc.tokens[i - 1].kind == Kind::Word
            && doc.tokens[i - 1].is(CAP)
            && !doc.tokens[i - 1].is(ALLCAPS)
            && r.mentions.last().is_none_or(|m| m.last != i)
            && !dict.roles.contains(norms[i - 1])
            && dict.phrases.longest(&norms[i - 1..i]).is_none()
        {
            return len;
        }
        let code = code_at(&e.codes, date).map(str::to_string);
        // "The Jaipur bombings", "the Samarra attack": a city before what happened there is
        // where it happened, no actor.
        if e.kind == "state"
            && norms.get(i + len).is_some_and(|w| {
                matches!(
                    *w,
                    "bombing"
                        | "bombings"
                        | "blast"
                        | "blasts"
                        | "attack"
                        | "attacks"
                        | "explosion"
                        | "explosions"
                        | "massacre"
                        | "riots"
                        | "bombers"
                )
            })
        {
            return len;
        }
        // A city standing for its state ("Samarra" under Iraq) is also the place it names
        // after "in", "near", ...
        if e.kind == "state"
            && let Some(iso) = code.as_deref().filter(|c| c.len() == 3)
        {
            push_place_if_locative(doc, dict, norms, r, i, i + len, iso, place);
        }
        // "Boko Haram militants", "Hamas fighters": the group's agents are the group.
        let mut len = len;
        let mut first_agent = None;
        if !possessive_after(i + len) {
            while let Some((alen, acode)) = agent_after(dict, norms, i + len, end) {
                len += alen;
                first_agent.get_or_insert(acode);
            }
            // "Australian Greens Senator Kerry Nettle": a one-word title before a name the
            // lexicon reads together with the title ("Senator Kerry") is still the title.
            if first_agent.is_none()
                && e.kind == "party"
                && let Some((1, acode)) = agent_after(dict, norms, i + len, (i + len + 1).min(end))
            {
                len += 1;
                first_agent = Some(acode);
            }
        }
        let country = code
            .as_deref()
            .filter(|c| c.len() >= 3 && dict.country(&c[..3]).is_some())
            .map(|c| c[..3].to_string());
        // "the US government", "Minnesota governor", "Khon Kaen police": a name standing for
        // a state, then an agent, is that state's agent, as "the American government" is.
        let mut code = code;
        let mut agent = None;
        // ("forty Taleban fighters died after they attacked": a group's agents named in
        // the plural are "they".)
        let mut plural = first_agent.is_some() && plural_head(norms, i, i + len);
        let forces = first_agent.as_deref() == Some("MIL");
        // "Likud MP X", "Republican senator Y", "Likud minister Z": a party's lawmakers and
        // ministers are their state's legislature and government; its leaders, officials and
        // spokesmen are the party.
        if e.kind == "party"
            && let (Some(c), Some(a)) = (country.as_deref(), first_agent.as_deref())
            && (a == "LEG"
                || (a == "GOV"
                    && matches!(
                        norms[i + len - 1],
                        "minister" | "ministers" | "premier" | "president" | "chancellor"
                    )))
        {
            code = Some(format!("{c}{a}"));
            agent = Some(a.to_string());
        }
        if e.kind == "state"
            && let (Some(c), Some(a)) = (code.as_deref(), first_agent)
            && c.len() == 3
            && country.as_deref() == Some(c)
        {
            code = Some(format!("{c}{a}"));
            plural = plural_head(norms, i, i + len);
            agent = Some(a);
        }
        // "NATO troops", "African Union peacekeepers": an international body's forces are the
        // body's military (IGOWSTNATMIL); its other officers are the body.
        if forces && let Some(c) = code.as_deref().filter(|c| c.starts_with("IGO")) {
            code = Some(format!("{c}MIL"));
        }
        // "United States military aid to Israel": what a state gives, not its forces.
        if military_as_modifier(norms, i + len)
            && let Some(c) = country.as_deref()
            && code.as_deref().is_some_and(|k| k.ends_with("MIL"))
        {
            code = Some(c.to_string());
            agent = None;
        }
        push_mention(
            r,
            Mention {
                first: i,
                last: i + len,
                kind: MentionKind::Actor,
                countries: country.into_iter().collect(),
                entry: format!("{}: {}", e.kind, e.name)
                    + &agent.as_ref().map(|a| format!(" + agent {a}")).unwrap_or_default(),
                agent,
                code,
                person: None,
                plural,
                possessive: possessive_after(i + len),
                adjective: false,
            },
        );
        // A place standing for its state ("Nairobi") is no organisation.
        if e.kind != "state" {
            people::register_org(r, &e.name, None, a, dict, date);
        }
        return len;
    }
    if !countries.is_empty() {
        let form = countries[0].1;
        // "the Beijing Olympics", "the Kyoto Protocol", "the Oslo Accords": a capital naming
        // an event or a text stands for neither its state nor its government.
        if form == CountryForm::Capital
            && norms.get(i + len).is_some_and(|w| NAMED_FOR_A_CITY.contains(w))
        {
            return len;
        }
        let mut last = i + len;
        let mut possessive = possessive_after(last);
        // Country, optional 's, up to two modifiers, then an agent: "Russia's foreign ministry".
        let mut k = if possessive { last + 1 } else { last };
        // "[US] troops": an editor's bracketed country before the role is the role's.
        if !possessive && i > 0 && norms[i - 1] == "[" && norms.get(last) == Some(&"]") {
            k += 1;
        }
        // "North Korean (DPRK) diplomats": a name in brackets after the country is its own.
        if norms.get(k) == Some(&"(") && norms.get(k + 2) == Some(&")") && k + 3 < end {
            k += 3;
        }
        // Modifiers may stand between an adjective or possessive and the agent; after a bare
        // name, one word of rank or field only ("U.S. federal prosecutors", "a US peace
        // activist").
        let max_skip = if form == CountryForm::Adjective || possessive {
            2
        } else if norms.get(k).is_some_and(|w| {
            matches!(
                *w,
                "federal"
                    | "senior"
                    | "top"
                    | "local"
                    | "provincial"
                    | "regional"
                    | "peace"
                    | "rights"
                    | "trade"
                    | "defense"
                    | "defence"
                    | "security"
                    | "intelligence"
                    | "aid"
            )
        }) {
            1
        } else {
            0
        };
        let mut agent_code = None;
        // ("North Korea's missile launch", "Iran's missile programme": a weapon named as the
        // modifier of a noun is no force; "an Iranian missile attack" still is.)
        if let Some((end_at, code)) = agent_after_modifiers(doc, dict, norms, k, end, max_skip)
            .filter(|&(e, _)| {
                // ("Russian military aid to Syria": what the state gives, not its forces.)
                !(weapon_as_modifier(norms, e) || military_as_modifier(norms, e))
            })
        {
            agent_code = Some(code);
            last = end_at;
            possessive = possessive_after(last);
        }
        // "two Austrians", "hundreds of Iraqis": people counted are civilians, not the state;
        // "returning Afghans", "displaced Iraqis" are refugees.
        if agent_code.is_none()
            && form == CountryForm::Name
            && len == 1
            && countries.len() == 1
            && counted_people(dict, norms, i, &countries[0].0)
        {
            if i > 0 && UPROOTED.contains(&norms[i - 1]) {
                agent_code = Some("REF".to_string());
            } else if numbers::counted(doc, norms, i)
                || (i > 0 && PEOPLE_WORDS.contains(&norms[i - 1]))
            {
                agent_code = Some("CVL".to_string());
            }
        }
        // "Korean Air", "British Steel", "Lebanese Broadcasting Corporation": a company of
        // the country, not the state.
        let mut company = false;
        if agent_code.is_none()
            && !possessive
            && form != CountryForm::Capital
            && let Some((end_at, code)) = company_name(doc, dict, norms, last, end)
        {
            agent_code = Some(code.to_string());
            last = end_at;
            possessive = possessive_after(last);
            company = true;
        }
        let agent_code_is_none = agent_code.is_none();
        let kind =
            if form == CountryForm::Capital { MentionKind::Capital } else { MentionKind::Country };
        let isos: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
        let code = if isos.len() == 1 {
            let base = &isos[0];
            Some(match (&agent_code, kind) {
                (Some(a), _) => format!("{base}{a}"),
                // "the streets of Beirut", "in Moscow": the city, so the country; "Moscow
                // said": its government.
                (None, MentionKind::Capital) if capital_as_place(norms, i) => base.clone(),
                (None, MentionKind::Capital) => format!("{base}GOV"),
                _ => base.clone(),
            })
        } else {
            None
        };
        let plural = agent_code.as_ref().is_some() && !company && plural_head(norms, i, last);
        let entry = format!(
            "country: {} ({})",
            isos.join("|"),
            match form {
                CountryForm::Name => "name",
                CountryForm::Adjective => "adjective",
                CountryForm::Capital => "capital",
            }
        ) + &agent_code.as_ref().map(|a| format!(" + agent {a}")).unwrap_or_default();
        push_mention(
            r,
            Mention {
                first: i,
                last,
                kind,
                countries: isos.clone(),
                agent: agent_code,
                code,
                person: None,
                plural,
                possessive,
                adjective: form == CountryForm::Adjective && agent_code_is_none,
                entry,
            },
        );
        if form != CountryForm::Adjective && isos.len() == 1 {
            push_place_if_locative(doc, dict, norms, r, i, i + len, &isos[0], place);
        }
        return last - i;
    }
    if let Some(p) = place {
        let e = &dict.places[p];
        r.places.push(PlaceMention {
            first: i,
            last: i + len,
            name: e.name.clone(),
            country: e.country.clone(),
            kind: e.kind.clone(),
            lat: e.lat,
            lon: e.lon,
        });
        return len;
    }
    // "returned to hospital", "said in parliament", "took the case to court": an institution
    // named as a place, no actor.
    if agent.is_some()
        && len == 1
        && i > 0
        && !doc.tokens[i].is(CAP)
        && matches!(norms[i - 1], "in" | "to" | "from" | "at" | "into")
        && PLACE_LIKE_INSTITUTIONS.contains(&norms[i])
    {
        return len;
    }
    // "marched to the presidential palace", "outside the royal palace": a palace named as
    // where people go or stand is a building, no actor ("the presidential palace said" is).
    if agent.is_some() && matches!(norms[i + len - 1], "palace" | "palaces") {
        let mut k = i;
        if k > 0 && norms[k - 1] == "the" {
            k -= 1;
        }
        if k > 0
            && matches!(
                norms[k - 1],
                "to" | "toward"
                    | "towards"
                    | "outside"
                    | "near"
                    | "at"
                    | "in"
                    | "inside"
                    | "into"
                    | "from"
                    | "around"
                    | "stormed"
                    | "surrounded"
            )
        {
            return len;
        }
    }
    if let Some(a) = agent.filter(|_| {
        !adjective_use(norms, i, len, end)
            && !act_use(norms, i, len, end)
            && !information_use(norms, i, len, end)
    }) {
        // "Deputy Defense Secretary", "deputy foreign minister": "deputy" before another role
        // is that role's rank, not a sheriff's deputy (Phoenix's DEPUTY is police).
        let after = agent_after(dict, norms, i + len, end);
        // ("Deputy U.S. Trade Representative John Miller": a title's rank before a
        // country's title, the whole capitalised.)
        if after.is_none()
            && len == 1
            && norms[i] == "deputy"
            && doc.tokens[i].is(CAP)
            && doc.tokens.get(i + 1).is_some_and(|t| t.is(CAP | ALLCAPS))
        {
            return 0;
        }
        let (len, a) = match after {
            Some((alen, code)) if len == 1 && norms[i] == "deputy" => (len + alen, code),
            // "Military leaders", "rebel spokesman": the voice of a sector is of that sector.
            Some((alen, _)) if GENERIC_HEADS.contains(&norms[i + len + alen - 1]) => {
                (len + alen, a.clone())
            }
            _ => (len, a.clone()),
        };
        let a = &a;
        push_mention(
            r,
            Mention {
                first: i,
                last: i + len,
                kind: MentionKind::Agent,
                countries: vec![],
                agent: Some(a.clone()),
                code: None,
                person: None,
                plural: plural_head(norms, i, i + len),
                possessive: possessive_after(i + len),
                adjective: false,
                entry: format!("agent: {a}"),
            },
        );
        return len;
    }
    0
}

/// Whether the phrase `first..last` names many: its head, the word before its first "of"
/// ("the Ministry of Foreign Affairs" is one body, "the ministers of defence" many) or else its
/// last word, is a plural in -s (not -ss: "the Congress").
fn plural_head(norms: &[&str], first: usize, last: usize) -> bool {
    let head = (first + 1..last).find(|&k| norms[k] == "of").map_or(last - 1, |k| k - 1);
    norms[head].ends_with('s') && !norms[head].ends_with("ss")
}

/// Verbs whose object is a treaty: a city after them names one ("refuse to sign Kyoto").
static TREATY_VERBS: comity_text::WordSet = comity_text::WordSet::new(&[
    "sign",
    "signs",
    "signed",
    "signing",
    "ratify",
    "ratifies",
    "ratified",
    "ratifying",
]);

/// Modifiers between a city and the agreement it names: "the Abuja peace deal".
static ACCORD_MODIFIERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "peace",
    "climate",
    "nuclear",
    "trade",
    "ceasefire",
    "cease-fire",
    "security",
    "framework",
    "final",
    "free",
    "border",
    "arms",
    "interim",
    "power-sharing",
]);

/// Nouns a city names when it stands before them: agreements, meetings and bodies.
static ACCORD_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "accord",
    "accords",
    "agreement",
    "agreements",
    "deal",
    "protocol",
    "treaty",
    "declaration",
    "convention",
    "conventions",
    "talks",
    "summit",
    "conference",
    "process",
    "round",
    "charter",
    "communique",
    "memorandum",
    "roadmap",
    "format",
    "group",
    "club",
    "consensus",
    "statute",
    "act",
]);

/// Whether the words from `k` name an agreement, a meeting or a body the city before them
/// gives its name to: up to two modifiers, then such a noun.
fn names_an_accord(norms: &[&str], k: usize, end: usize) -> bool {
    let mut k = k;
    let mut modifiers = 0;
    while k < end && modifiers < 2 && ACCORD_MODIFIERS.contains(&norms[k]) {
        k += 1;
        modifiers += 1;
    }
    k < end && ACCORD_NOUNS.contains(&norms[k])
}

/// A company's name after a country's name or adjective, from token `k`: capitalised words of
/// `&company_words` ("Air", "Steel", "Limited") or `&broadcaster_words` ("Broadcasting"), with
/// no other capitalised word after them ("Indian Air Force" is no company). Returns where the
/// name ends and its sector: BUS, or MED for a broadcaster.
fn company_name(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    k: usize,
    end: usize,
) -> Option<(usize, &'static str)> {
    let capitalised =
        |j: usize| j < end && doc.tokens[j].kind == Kind::Word && doc.tokens[j].is(CAP);
    let mut j = k;
    let mut code = None;
    while capitalised(j) {
        let words = &norms[j..end];
        if let Some(n) = dict.set_match("&broadcaster_words", words) {
            code = Some("MED");
            j += n;
        } else if let Some(n) = dict.set_match("&company_words", words) {
            code = code.or(Some("BUS"));
            j += n;
        } else {
            break;
        }
    }
    let code = code?;
    (!capitalised(j)).then_some((j, code))
}

/// Words before a plural demonym that describe people, not a state ("young Algerians", "angry
/// Egyptians", "ordinary Iraqis", "many Lebanese"): civilians, as a number before it makes them.
static PEOPLE_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "young",
    "angry",
    "ordinary",
    "unemployed",
    "poor",
    "frustrated",
    "furious",
    "jubilant",
    "elderly",
    "unarmed",
    "innocent",
    "many",
    "some",
    "most",
    "several",
    "fellow",
]);

/// Participles that make a people named after them refugees ("returning Afghans", "displaced
/// Iraqis", "fleeing Somalis").
static UPROOTED: comity_text::WordSet =
    comity_text::WordSet::new(&["returning", "fleeing", "displaced", "uprooted"]);

/// Whether the word at `i` is the plural of a demonym of `iso` ("Austrians", "Iraqis"): the
/// people of a country, which a number before it counts.
fn counted_people(dict: &Dictionaries, norms: &[&str], i: usize, iso: &str) -> bool {
    let Some(singular) = norms[i].strip_suffix('s') else { return false };
    dict.phrases
        .get(&[singular.to_string()])
        .iter()
        .any(|e| matches!(e, Entity::Country { iso: c, form: CountryForm::Adjective } if c == iso))
}

/// Words that, written with a capital after a place's name, make it the name of a treaty, a
/// meeting's outcome or a forum ("the Geneva Conventions", "the Kyoto Protocol", "the Oslo
/// Accords", "the Paris Club", "the Minsk Group"): no actor and no place of the text.
static DOCUMENT_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "convention",
    "conventions",
    "protocol",
    "protocols",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "treaty",
    "declaration",
    "statute",
    "process",
    "club",
    "group",
    "consensus",
    "principles",
    "communique",
    "initiative",
    "roadmap",
]);

/// [`DOCUMENT_WORDS`] that name a document after a city even in lower case.
static LOWER_DOCUMENT_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "accord",
    "accords",
    "protocol",
    "protocols",
    "agreements",
    "conventions",
]);

/// Whether token `k` is a [`DOCUMENT_WORDS`] word written with a capital.
fn document_word(doc: &Doc<'_>, norms: &[&str], k: usize) -> bool {
    doc.tokens[k].is(CAP) && DOCUMENT_WORDS.contains(&norms[k])
}

/// Function words that some organisation's or country's acronym spells ("WHO", "US", "IT").
static ACRONYM_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "who", "us", "it", "we", "he", "me", "my", "am", "an", "as", "at", "in", "on", "or", "so",
    "no", "do", "up", "if", "is", "be", "by", "of", "to", "and", "the", "all", "can", "may",
]);

/// Last words of the names of gatherings ("Forbes Global CEO Conference").
static EVENT_NAME_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "conference",
    "summit",
    "forum",
    "festival",
    "awards",
    "games",
    "convention",
    "expo",
    "exhibition",
    "symposium",
    "congress",
]);

/// Heads of a state's institutions: "the government", "the army", "the court" in a sentence
/// naming one country are that country's, whatever government or court was named before.
static INSTITUTION_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "government",
    "administration",
    "regime",
    "cabinet",
    "army",
    "military",
    "navy",
    "police",
    "parliament",
    "legislature",
    "ministry",
    "newspaper",
    "paper",
    "court",
    "judiciary",
    "president",
    "presidency",
]);

/// Institutions that, with no article after "in", "to", "at", are where someone is, not who.
static PLACE_LIKE_INSTITUTIONS: comity_text::WordSet = comity_text::WordSet::new(&[
    "hospital",
    "court",
    "prison",
    "jail",
    "parliament",
    "school",
    "college",
    "university",
    "church",
    "mosque",
    "office",
    "power",
    "custody",
]);

/// Nouns a capital's name may name (see [`CountryForm::Capital`] in the mention rules): events
/// and texts. (Institutions named for their city, "Washington University", keep the reading of
/// the name they are part of.)
static NAMED_FOR_A_CITY: comity_text::WordSet = comity_text::WordSet::new(&[
    "olympics",
    "olympic",
    "games",
    "marathon",
    "expo",
    "protocol",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "convention",
    "conventions",
    "declaration",
    "process",
    "consensus",
    "summit",
    "conference",
    "talks",
    "festival",
]);

/// Whether a capital at `first` is named as a place: after a preposition of place or "of"
/// ("the streets of Beirut", "talks in Moscow").
fn capital_as_place(norms: &[&str], first: usize) -> bool {
    // "a scheduled visit to Warsaw", "flew to Moscow": the destination of a journey.
    if first > 1
        && norms[first - 1] == "to"
        && matches!(
            norms[first - 2],
            "visit"
                | "visits"
                | "trip"
                | "trips"
                | "journey"
                | "travel"
                | "travelled"
                | "traveled"
                | "travels"
                | "flew"
                | "flies"
                | "went"
                | "returned"
                | "returns"
                | "return"
                | "moved"
                | "flight"
                | "flights"
                | "route"
                | "road"
                | "way"
        )
    {
        return true;
    }
    first > 0
        && matches!(
            norms[first - 1],
            "in" | "of"
                | "at"
                | "near"
                | "into"
                | "from"
                | "outside"
                | "around"
                | "across"
                | "toward"
                | "towards"
                | "through"
                | "over"
        )
}

/// The last word of a newspaper's name ("The Jordan Times", "Daily Mirror", "the Telegraph").
static PAPER_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "telegraph",
    "mirror",
    "observer",
    "chronicle",
    "globe",
    "inquirer",
    "examiner",
    "courier",
]);

/// Last words that name a newspaper only after a place ("China Daily", "Gulf News", "Toronto
/// Star", "Kyiv Independent").
static PLACE_PAPER_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "daily",
    "news",
    "star",
    "independent",
    "monitor",
    "express",
    "standard",
    "sun",
]);

/// A newspaper named at `i`: "The Tehran Times" and "The Jerusalem Post" are the press of Iran
/// and Israel (IRNMED, ISRMED), not their governments; "the Daily Mirror", "the Telegraph"
/// the press (MED). Returns the tokens consumed, after pushing the
/// mention. A dictionary entry naming the whole phrase ("The Guardian") is left to the
/// dictionary.
fn newspaper(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    i: usize,
    end: usize,
    found: Option<&comity_dict::PhraseMatch<'_>>,
    r: &mut Recognised,
) -> Option<usize> {
    let cap = |k: usize| k < end && doc.tokens[k].kind == Kind::Word && doc.tokens[k].is(CAP);
    if !cap(i) || norms[i] == "the" {
        return None;
    }
    // The run of capitalised words from i, at most four.
    let mut j = i;
    while j + 1 < end.min(i + 4) && cap(j + 1) {
        j += 1;
    }
    // Most capitalised words start no paper's name: say so before reading the entities.
    let named_like_a_paper = matches!(norms[i], "daily" | "sunday")
        || (i..=j)
            .any(|k| PAPER_HEADS.contains(&norms[k]) || PLACE_PAPER_HEADS.contains(&norms[k]));
    if !named_like_a_paper {
        return None;
    }
    // The country or place its first words name.
    let lead = found.and_then(|m| {
        m.entities.iter().find_map(|e| match e {
            Entity::Country { iso, form } if *form != CountryForm::Adjective => Some(iso.clone()),
            Entity::Place { idx } => Some(dict.places[*idx].country.clone()),
            Entity::Actor { idx } if dict.actors[*idx].kind == "state" => {
                code_at(&dict.actors[*idx].codes, None).map(|c| c[..3.min(c.len())].to_string())
            }
            _ => None,
        })
    });
    let lead_len = found.map_or(0, |m| m.len);
    let head = (i..=j).find(|&k| {
        let paper = PAPER_HEADS.contains(&norms[k])
            && (k > i || (i > 0 && norms[i - 1] == "the") || norms[i] == "daily");
        let place_paper =
            PLACE_PAPER_HEADS.contains(&norms[k]) && lead.is_some() && k >= i + lead_len;
        (paper || place_paper) && !cap(k + 1)
    });
    let head = match head {
        Some(k) => k,
        // "Daily Mirror", "Sunday Times": a daily's name.
        None if matches!(norms[i], "daily" | "sunday") && j > i && !cap(j + 1) && j == i + 1 => j,
        None => return None,
    };
    let last = head + 1;
    // A dictionary phrase that covers the whole name keeps it.
    if found.is_some_and(|m| m.len >= last - i) {
        return None;
    }
    // "according to the Los Angeles Times": a source of the report, no actor in it.
    let mut k = i;
    while k > 0 && matches!(norms[k - 1], "the" | "a") {
        k -= 1;
    }
    if k >= 2 && norms[k - 1] == "to" && norms[k - 2] == "according" {
        return Some(last - i);
    }
    let possessive = last < doc.tokens.len() && doc.tokens[last].kind == Kind::Possessive;
    // A paper of no named place is the press, of no country (as Phoenix's "The Guardian"):
    // the country its context names is as often the one it reports on.
    let code = match lead.filter(|c| c.len() == 3 && c != "---") {
        Some(iso) => format!("{iso}MED"),
        None => "MED".to_string(),
    };
    push_mention(
        r,
        Mention {
            first: i,
            last,
            kind: MentionKind::Actor,
            countries: code
                .get(..3)
                .filter(|c| *c != "MED")
                .map(str::to_string)
                .into_iter()
                .collect(),
            agent: None,
            code: Some(code),
            person: None,
            plural: false,
            possessive,
            adjective: false,
            entry: format!("newspaper: {}", doc.slice(i, last)),
        },
    );
    Some(last - i)
}

/// Modifiers that end the search for an agent after a country.
static STOP_MODIFIERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "and", "or", "but", "the", "a", "an", "to", "of", "in", "on", "for", "with", "by", "is", "are",
    "was", "were", "has", "have", "had", "will", "would", "said", "says", "that", "which", "who",
]);

/// An agent after a country or region at `k`, with up to `max_skip` lower-case modifiers before
/// it ("Russia's *new foreign ministry*"); a run of agents ends at the last, which heads the
/// phrase ("government forces"). Returns where the phrase ends and the agent's code.
fn agent_after_modifiers(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    mut k: usize,
    end: usize,
    max_skip: usize,
) -> Option<(usize, String)> {
    let mut skipped = 0;
    let mut capitalised = false;
    while k < end && skipped <= max_skip {
        if let Some((alen, code)) = agent_after(dict, norms, k, end) {
            // A capitalised modifier makes part of a title, whose role word is capitalised
            // too and names a ministry's ("German Economic Minister"), not of a name ("British
            // Petroleum workers", "Australian Greens Leader"; companies are found apart).
            // A leader's or a party's name before a government is its name ("the Australian
            // Howard Government", "the Spanish Socialist government").
            let titled = doc.tokens[k].is(CAP) && alen == 1 && TITLED_ROLES.contains(&norms[k]);
            let named_government = alen == 1 && GOVERNMENT_HEADS.contains(&norms[k]);
            if capitalised && !titled && !named_government {
                return None;
            }
            // "Iraqi student leaders", "church officials": a sector's noun before a body's
            // generic head names the sector (EDU, REL), not the state.
            let mut code = code;
            if skipped > 0
                && GENERIC_HEADS.contains(&norms[k + alen - 1])
                && let Some(sector) = modifier_sector(dict, norms[k - 1])
            {
                code = sector;
            }
            let mut last = k + alen;
            // ("a woman official" is an official.)
            let person_noun = PERSON_NOUNS.contains(&norms[k]);
            while let Some((alen2, code2)) = agent_after(dict, norms, last, end) {
                // "military leaders", "army officials", "media officials": the head of a
                // sector's body is of that sector.
                if person_noun || !GENERIC_HEADS.contains(&norms[last + alen2 - 1]) {
                    code = code2;
                }
                last += alen2;
            }
            return Some((last, code));
        }
        let tk = &doc.tokens[k];
        // ("centre-left parties": a hyphenated modifier is one word.)
        let word = |w: &str| {
            w.split('-').all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic))
        };
        if tk.kind != Kind::Word || !word(norms[k]) || STOP_MODIFIERS.contains(&norms[k]) {
            return None;
        }
        capitalised |= tk.is(CAP);
        k += 1;
        skipped += 1;
    }
    None
}

/// A region's or a people's adjective or name (`region` entries of `actors.tsv`: "Western",
/// "Arab", "Europeans") at `i`, `len` words long: with a role after it, the role of that region
/// ("Western media" WSTMED, "Arab foreign ministers" ARBGOV), else the region, modifying the noun
/// after it as a country's adjective does. It names no country, so it gives no role its country.
/// A capitalised word after it makes it part of another name ("Western Australia"), and "West"
/// alone is the West only after "the".
#[allow(clippy::too_many_arguments)]
fn region(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    i: usize,
    len: usize,
    end: usize,
    date: Option<Date>,
    a: usize,
    r: &mut Recognised,
) -> usize {
    let e = &dict.actors[a];
    let Some(base) = code_at(&e.codes, date).map(str::to_string) else { return 0 };
    let next = i + len;
    let cap_next = next < end && doc.tokens[next].kind == Kind::Word && doc.tokens[next].is(CAP);
    let noun = norms[i + len - 1] == "west";
    // "The African country of Sudan", "the Arab state": one country, named by its region.
    let one_country = next < end
        && matches!(
            norms[next],
            "country" | "nation" | "state" | "kingdom" | "republic" | "emirate"
        );
    if cap_next || one_country || (noun && (i == 0 || norms[i - 1] != "the")) {
        return 0;
    }
    let possessive_after =
        |k: usize| k < doc.tokens.len() && doc.tokens[k].kind == Kind::Possessive;
    let mut last = next;
    let possessive = possessive_after(last);
    let k = if possessive { last + 1 } else { last };
    let agent = agent_after_modifiers(doc, dict, norms, k, end, 2);
    if let Some((end_at, _)) = &agent {
        last = *end_at;
    }
    let code = match &agent {
        Some((_, g)) => format!("{base}{g}"),
        None => base.clone(),
    };
    let plural = match &agent {
        Some(_) => norms[last - 1].ends_with('s'),
        None => norms[i + len - 1].ends_with('s'),
    };
    push_mention(
        r,
        Mention {
            first: i,
            last,
            kind: MentionKind::Actor,
            countries: vec![],
            agent: agent.as_ref().map(|(_, g)| g.clone()),
            code: Some(code),
            person: None,
            plural,
            possessive: possessive_after(last),
            // "Arab countries": the adjective of the noun after it; "Arabs" is a people.
            adjective: agent.is_none() && !plural && !noun,
            entry: format!(
                "region: {}{}",
                e.name,
                agent.as_ref().map(|(_, g)| format!(" + agent {g}")).unwrap_or_default()
            ),
        },
    );
    last - i
}

/// Heads that name the leaders or voices of whatever body the word before them names:
/// "military leaders" are the military's, "university officials" the university's, and
/// "opposition parties" the opposition.
static GENERIC_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "parties",
    "leader",
    "leaders",
    "leadership",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representatives",
    "delegation",
]);

/// Nouns of a person, no sector: "a woman official" is an official.
const PERSON_NOUNS: &[&str] = &["woman", "women", "man", "men", "boy", "girl"];

/// The sector a noun names when it modifies another ("student" leaders, "church" officials):
/// the agent the word, or its plural, names alone, if any and not only with an owner.
fn modifier_sector(dict: &Dictionaries, word: &str) -> Option<String> {
    // "a woman official" is an official.
    if PERSON_NOUNS.contains(&word) {
        return None;
    }
    let plural = format!("{word}s");
    [word, plural.as_str()].into_iter().find_map(|w| {
        dict.phrases.longest(&[w]).filter(|m| m.len == 1)?.entities.iter().find_map(|e| match e {
            Entity::Agent { code, owned: false } => Some(code.clone()),
            _ => None,
        })
    })
}

/// An agent phrase starting at `k`: (length, code).
fn agent_after(
    dict: &Dictionaries,
    norms: &[&str],
    k: usize,
    end: usize,
) -> Option<(usize, String)> {
    if k >= end {
        return None;
    }
    let m = dict.phrases.longest(&norms[k..end.min(k + 6)])?;
    if adjective_use(norms, k, m.len, end) || act_use(norms, k, m.len, end) {
        return None;
    }
    m.entities.iter().find_map(|e| match e {
        Entity::Agent { code, .. } => Some((m.len, code.clone())),
        _ => None,
    })
}

/// Role words that are also adjectives ("an official said", "an official visit").
static ADJECTIVE_ROLES: comity_text::WordSet = comity_text::WordSet::new(&["official"]);

/// "Civilian" before what belongs to no civilian: "civilian disobedience", "civilian nuclear
/// technology", "civilian rule" (civilians who suffer, "civilian casualties", stay people; the
/// coder reads "criminal" and "terrorist" as adjectives from the parse).
static CIVILIAN_THINGS: comity_text::WordSet = comity_text::WordSet::new(&[
    "disobedience",
    "government",
    "governments",
    "rule",
    "nuclear",
    "court",
    "courts",
    "law",
    "laws",
    "code",
    "administration",
    "authorities",
    "authority",
    "control",
    "oversight",
    "leadership",
    "aviation",
    "airliner",
    "airliners",
    "aircraft",
    "flights",
    "use",
    "uses",
    "purposes",
    "programme",
    "program",
    "energy",
]);

/// Words after which such a word is the noun: a verb of the clause or the end of the phrase.
static AFTER_NOUN: comity_text::WordSet = comity_text::WordSet::new(&[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "confirmed",
    "stated",
    "declined",
    "refused",
    "denied",
    "insisted",
    "warned",
    "spoke",
    "speaking",
    "familiar",
    "quoted",
    "cited",
    "who",
    "whose",
    "was",
    "is",
    "has",
    "had",
    "have",
    "were",
    "are",
    "will",
    "would",
    "could",
    "and",
    "or",
    "but",
    "in",
    "at",
    "on",
    "of",
    "for",
    "to",
    "with",
    "from",
    "by",
    "as",
    "also",
    "did",
    "does",
    "later",
    "then",
    "earlier",
    "involved",
    "responsible",
    "close",
]);

/// Whether the one-word role at `k` (`len` words) is used as an adjective: "official" before a
/// word that is neither a verb of its clause nor a closed-class word ("an official visit"),
/// "civilian" before what no civilian is ("civilian disobedience"), "hospital" before the care
/// given there ("hospital treatment").
fn adjective_use(norms: &[&str], k: usize, len: usize, end: usize) -> bool {
    if len == 1 && norms[k] == "civilian" {
        return k + 1 < end && CIVILIAN_THINGS.contains(&norms[k + 1]);
    }
    // "received hospital treatment": the care given there, no one who acts.
    if len == 1 && matches!(norms[k], "hospital" | "hospitals") {
        return k + 1 < end
            && matches!(
                norms[k + 1],
                "treatment" | "care" | "bed" | "beds" | "bill" | "bills" | "ward"
            );
    }
    // "the glories of the Islamic Revolution", "under Islamic law": a faith's adjective before
    // a thing of the faith names no believers.
    if len == 1 && FAITH_WORDS.contains(&norms[k]) {
        return k + 1 < end && FAITH_THINGS.contains(&norms[k + 1]);
    }
    if len != 1 || !ADJECTIVE_ROLES.contains(&norms[k]) {
        return false;
    }
    let next = k + 1;
    next < end
        && norms[next].chars().next().is_some_and(char::is_alphabetic)
        && !AFTER_NOUN.contains(&norms[next])
}

/// Adjectives of a faith, which name its believers before a role ("Muslim clerics") or alone.
static FAITH_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "islamic",
    "muslim",
    "christian",
    "catholic",
    "jewish",
    "buddhist",
    "hindu",
    "sikh",
    "orthodox",
    "protestant",
]);

/// Things of a faith, not its believers: its revolution, law, calendar, feasts, teachings.
static FAITH_THINGS: comity_text::WordSet = comity_text::WordSet::new(&[
    "revolution",
    "law",
    "laws",
    "calendar",
    "holiday",
    "holidays",
    "festival",
    "festivals",
    "faith",
    "teachings",
    "teaching",
    "tradition",
    "traditions",
    "values",
    "dress",
    "art",
    "architecture",
    "culture",
    "banking",
    "finance",
    "studies",
    "month",
    "era",
    "scripture",
    "texts",
    "prayer",
    "prayers",
    "fasting",
]);

/// Whether the one-word role at `k` (`len` words) names an act rather than those who do it:
/// "opposition to the plan", "Australia's opposition against the war" (the opposing, not the
/// opposition parties).
fn act_use(norms: &[&str], k: usize, len: usize, end: usize) -> bool {
    len == 1 && norms[k] == "opposition" && k + 1 < end && matches!(norms[k + 1], "to" | "against")
}

/// Nouns after "intelligence" that make it the service rather than what it knows:
/// "intelligence agencies", "intelligence sources", "intelligence chiefs".
static INTELLIGENCE_BODIES: comity_text::WordSet = comity_text::WordSet::new(&[
    "agencies",
    "agency",
    "service",
    "services",
    "officials",
    "official",
    "officers",
    "officer",
    "sources",
    "source",
    "chief",
    "chiefs",
    "head",
    "community",
    "agents",
    "agent",
    "operatives",
    "personnel",
    "units",
    "unit",
    "staff",
    "analysts",
    "analyst",
    "department",
    "directorate",
    "bureau",
    "branch",
    "apparatus",
    "organisation",
    "organization",
    "network",
]);

/// Whether a lone "intelligence" (no country, organisation or possessive before it) is a mass
/// noun, information ("intelligence was being fixed", "intelligence suggests"), rather than a
/// service: only a noun of [`INTELLIGENCE_BODIES`] after it makes it the service.
fn information_use(norms: &[&str], k: usize, len: usize, end: usize) -> bool {
    len == 1
        && norms[k] == "intelligence"
        && !(k + 1 < end && INTELLIGENCE_BODIES.contains(&norms[k + 1]))
}

fn push_mention(r: &mut Recognised, m: Mention) {
    let idx = r.mentions.len() as u32 + 1;
    for k in m.first..m.last {
        r.mention_at[k] = idx;
    }
    r.mentions.push(m);
}

static LOCATIVE: comity_text::WordSet = comity_text::WordSet::new(&[
    "in",
    "at",
    "near",
    "over",
    "outside",
    "inside",
    "into",
    "across",
    "throughout",
    "around",
    "within",
]);

#[allow(clippy::too_many_arguments)]
fn push_place_if_locative(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    r: &mut Recognised,
    first: usize,
    last: usize,
    iso: &str,
    place: Option<usize>,
) {
    let mut k = first;
    while k > 0
        && matches!(
            norms[k - 1],
            "the" | "western" | "eastern" | "northern" | "southern" | "central"
        )
    {
        k -= 1;
    }
    if k == 0 || !LOCATIVE.contains(&norms[k - 1]) {
        return;
    }
    let (name, kind, lat, lon) = match place {
        Some(p) => {
            let e = &dict.places[p];
            (e.name.clone(), e.kind.clone(), e.lat, e.lon)
        }
        None => match dict.country(iso) {
            Some(c) => (c.name.clone(), "country".to_string(), c.lat, c.lon),
            None => (doc.slice(first, last).to_string(), "country".to_string(), None, None),
        },
    };
    r.places.push(PlaceMention { first, last, name, country: iso.to_string(), kind, lat, lon });
}

/// Countries named in the article, each with the token positions that name it (as an actor,
/// an adjective, a capital or through a place), each marked when it names where someone went
/// ("fled to Russia", "flew into Baghdad").
fn country_positions(
    dict: &Dictionaries,
    r: &Recognised,
    norms: &[&str],
) -> Vec<(String, Vec<(usize, bool)>)> {
    // "to Russia" ends its phrase; "to Gaza residents" names people of Gaza.
    let destination = |first: usize, last: usize| {
        let mut k = first;
        while k > 0 && matches!(norms[k - 1], "the" | "neighbouring" | "neighboring") {
            k -= 1;
        }
        let ends = norms.get(last).is_none_or(|w| {
            !w.chars().next().is_some_and(char::is_alphabetic) || DESTINATION_ENDS.contains(w)
        });
        k > 0 && matches!(norms[k - 1], "to" | "into" | "toward" | "towards") && ends
    };
    // "the scheduled October peace talks in Libya": where a gathering meets says nothing of
    // whose people the sentence speaks of.
    let venue = |first: usize| {
        first >= 2
            && matches!(norms[first - 1], "in" | "at")
            && matches!(
                norms[first - 2],
                "talks" | "summit" | "conference" | "meeting" | "meetings" | "negotiations"
            )
            // (A press conference is given at home: "In a press conference in Canberra, Mr
            // Howard said".)
            && !(first >= 3 && matches!(norms[first - 3], "press" | "news"))
    };
    let mut out: Vec<(String, Vec<(usize, bool)>)> = Vec::new();
    let mut add = |c: &str, at: usize, end: usize, aside: bool| {
        if c.len() != 3 || c == "---" {
            return;
        }
        let here = (at, aside || destination(at, end));
        match out.iter_mut().find(|(k, _)| k == c) {
            Some(e) => e.1.push(here),
            None => out.push((c.to_string(), vec![here])),
        }
    };
    for m in &r.mentions {
        // "The Spanish ambassador ... the coup plotters": a country named by its envoys abroad
        // is not the country of the sentence's other people.
        let envoy = m.agent.is_some()
            && (m.first..m.last)
                .any(|k| dict.set_match("&foreign_roles", &norms[k..m.last]).is_some());
        // ("Ontario premier": a state's officers name its country.)
        // ("The Palestinian Authority", "the U.S. Congress": a state's institution whose name
        // names the state names it too; "Congress" alone may be India's party.)
        let names_its_state = || {
            m.entry.starts_with("institution: ")
                && m.countries.len() == 1
                && (m.first..m.last).any(|k| {
                    dict.phrases
                        .get(&[norms[k].to_string()])
                        .iter()
                        .any(|e| matches!(e, Entity::Country { iso, .. } if *iso == m.countries[0]))
                })
        };
        let state = m.kind == MentionKind::Actor
            && (m.agent.is_some() && m.entry.starts_with("state: ") || names_its_state());
        // "five to six million US dollars": a currency's country names no one (after an
        // amount: "South Korea won", "Israel marks" are no currencies).
        let amount = m.first > 0 && {
            let w = norms[m.first - 1];
            w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "million" | "billion" | "trillion" | "thousand" | "mln" | "bln" | "bn"
                )
        };
        let currency = m.agent.is_none()
            && amount
            && norms.get(m.last).is_some_and(|w| {
                numbers::CURRENCY_AFTER
                    .iter()
                    .any(|(c, _)| *c == *w || c.strip_suffix('s') == Some(*w))
            });
        if m.countries.len() == 1
            && (matches!(m.kind, MentionKind::Country | MentionKind::Capital) || state)
            && !envoy
            && !currency
        {
            // "The run-up to the Iraq war": a country's name as the topic of the noun after
            // it says nothing of whose people the sentence speaks of (kept as a destination).
            let topic = m.agent.is_none()
                && !m.adjective
                && norms.get(m.last).is_some_and(|w| TOPIC_NOUNS.contains(w));
            // "a Jordanian born terrorist", "Iranian-born": where someone was born says
            // nothing of whose people the sentence speaks of.
            let origin = (m.first + 1..=m.last)
                .any(|k| norms.get(k).is_some_and(|w| matches!(*w, "born" | "-born")));
            // "an insurgent base on the Thai border": a border named by a
            // country's adjective is a place, as "the border with Thailand" is.
            let border =
                m.agent.is_none() && norms.get(m.last).is_some_and(|w| BORDER_NOUNS.contains(w));
            // "..., Thai police said late on Friday": who reports the sentence after a comma
            // is not whom it speaks of.
            let window = m.last..(m.last + 3).min(norms.len());
            let reporter = m.first > 0
                && norms[m.first - 1] == ","
                && window.clone().any(|k| REPORTED.contains(&norms[k]))
                && window.take_while(|&k| !REPORTED.contains(&norms[k])).all(|k| {
                    matches!(norms[k], "here" | "officials" | "sources" | "spokesman" | "media")
                });
            // "an agreement with neighbour Cambodia", "signed at the border with Eritrea": a
            // country named as the neighbour or across the border is by that word not the
            // country of the sentence's people.
            let neighbour = m.first > 0
                && (matches!(
                    norms[m.first - 1],
                    "neighbour" | "neighbor" | "neighbouring" | "neighboring"
                ) || (m.first > 1
                    && norms[m.first - 1] == "with"
                    && BORDER_NOUNS.contains(&norms[m.first - 2])));
            add(
                &m.countries[0],
                m.first,
                m.last,
                topic || origin || border || reporter || neighbour || venue(m.first),
            );
        }
    }
    // A base another state holds (Guantanamo Bay) lends no country to the people there, nor
    // does an embassy ("demonstrators rallied outside the US embassy").
    for p in &r.places {
        let mission = dict
            .set_match(
                "&foreign_roles",
                &norms[p.last.min(norms.len())..norms.len().min(p.last + 2)],
            )
            .is_some();
        add(&p.country, p.first, p.last, p.kind == "base" || mission || venue(p.first));
    }
    out
}

/// How often the article names each country, with its first mention: as
/// [`country_positions`] finds them, and once for each person of a known country it names
/// (the ministers of a story from Seoul count for South Korea; a visitor named twenty times
/// counts once).
fn article_countries(
    dict: &Dictionaries,
    r: &Recognised,
    named: &[(String, Vec<(usize, bool)>)],
) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = named
        .iter()
        .map(|(c, at)| (c.clone(), at.len(), at.iter().map(|&(t, _)| t).min().unwrap_or(0)))
        .collect();
    let mut counted = vec![false; r.people.len()];
    for m in r.mentions.iter().filter(|m| m.kind == MentionKind::Person) {
        let Some(c) = m.code.as_deref().and_then(|c| c.get(..3)) else { continue };
        let Some(p) = m.person else { continue };
        match counted.get_mut(p) {
            Some(seen) if !*seen => *seen = true,
            _ => continue,
        }
        if dict.country(c).is_none() {
            continue;
        }
        match out.iter_mut().find(|(k, _, _)| k == c) {
            Some(e) => {
                e.1 += 1;
                e.2 = e.2.min(m.first);
            }
            None => out.push((c.to_string(), 1, m.first)),
        }
    }
    out
}

/// The country the article is about: the one that has at least half of its mentions of
/// countries (of two with half each, the one named first, the lead's), named `min` times at
/// least.
fn article_country(counts: &[(String, usize, usize)], min: usize) -> Option<&str> {
    let total: usize = counts.iter().map(|c| c.1).sum();
    let (c, n, _) = counts.iter().min_by_key(|(_, n, first)| (std::cmp::Reverse(*n), *first))?;
    (2 * n >= total && *n >= min.max(1)).then_some(c.as_str())
}

/// Nouns of a border: a country's adjective before one names a place ("the Thai border"), and
/// the country in a "with" phrase after one is on its other side ("the border with Gaza").
pub static BORDER_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "border",
    "borders",
    "frontier",
    "boundary",
    "crossing",
    "crossings",
]);

/// Verbs that close a sentence by naming who reported it (", police said").
static REPORTED: comity_text::WordSet =
    comity_text::WordSet::new(&["said", "says", "reported", "reports", "told"]);

/// Nouns after a country's name that make the country their topic ("the Iraq war", "the
/// Kosovo question"), not a party named in the sentence.
pub static TOPIC_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "war",
    "wars",
    "conflict",
    "conflicts",
    "crisis",
    "invasion",
    "occupation",
    "issue",
    "question",
    "dispute",
    "debate",
    "inquiry",
    "scandal",
    "affair",
]);

/// Words that may follow a place reached ("went to Russia on Monday", "flew to Baghdad
/// where").
static DESTINATION_ENDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "and",
    "or",
    "but",
    "on",
    "in",
    "at",
    "for",
    "with",
    "by",
    "from",
    "after",
    "before",
    "as",
    "last",
    "this",
    "next",
    "where",
    "when",
    "which",
    "who",
    "that",
    "since",
    "until",
    "to",
    "of",
    "early",
    "late",
    "later",
    "yesterday",
    "today",
    "tomorrow",
    "again",
    "instead",
]);

/// Whether the country named at token `t` is named as a neighbour or as where someone is
/// based ("in nearby Bangladesh", "neighbouring Pakistan", "based in Kenya").
fn neighbour(norms: &[&str], t: usize) -> bool {
    let mut k = t;
    while k > 0 && norms[k - 1] == "the" {
        k -= 1;
    }
    (k > 0 && matches!(norms[k - 1], "nearby" | "neighbouring" | "neighboring"))
        || (k >= 2 && norms[k - 1] == "in" && norms[k - 2] == "based")
}

/// Why a role took the country of its sentence (see [`context_country`]); a mention's entry
/// names it.
pub const SENTENCE_COUNTRY: &str = "the country its sentence names";

/// The country a role with no country of its own belongs to, in a sentence spanning
/// `first..last`: the one country the sentence names (a country named only as where someone
/// went says nothing of whose people the sentence speaks of), or, when the sentence names
/// none, the country the article is about ([`article_country`]).
fn context_country(
    named: &[(String, Vec<(usize, bool)>)],
    article: &[(String, usize, usize)],
    first: usize,
    last: usize,
) -> Option<(String, &'static str)> {
    let in_sentence: Vec<&String> = named
        .iter()
        .filter(|(_, at)| at.iter().any(|&(t, dest)| !dest && (first..last).contains(&t)))
        .map(|(c, _)| c)
        .collect();
    match in_sentence.len() {
        1 => Some((in_sentence[0].clone(), SENTENCE_COUNTRY)),
        0 => article_country(article, 1).map(|c| (c.to_string(), ARTICLE_ABOUT)),
        _ => None,
    }
}

/// Words that end a description before a role noun ("the list of civilian locations" is no
/// definite "civilian"): determiners, prepositions, conjunctions, possessives.
static DESCRIPTION_STOPS: comity_text::WordSet = comity_text::WordSet::new(&[
    "the", "this", "that", "these", "those", "a", "an", "of", "in", "for", "to", "on", "at", "by",
    "with", "from", "and", "or", "but", "as", "into", "than", "about", "against", "between",
    "over", "under", "after", "before", "during", "its", "their", "his", "her", "our", "my",
    "your", "some", "many", "all", "other", "more", "most", "no", "any",
    // (Words of another term than the one named before: "the former president".)
    "former", "ex", "late", "then", "outgoing", "previous",
]);

/// Whether the words before `first` speak of forming what follows ("forming a transitional",
/// "the creation of a new", "to set up an interim"): a word of forming, then up to three
/// determiners and lower-case describing words.
fn to_be_formed(norms: &[&str], first: usize) -> bool {
    let mut k = first;
    let mut skipped = 0;
    while k > 0
        && skipped < 3
        && (matches!(norms[k - 1], "a" | "an" | "the" | "of" | "new")
            || BODY_TO_FORM.contains(&norms[k - 1]))
    {
        k -= 1;
        skipped += 1;
    }
    // ("set up", not "give up the administration".)
    k > 0
        && FORMING.contains(&norms[k - 1])
        && (norms[k - 1] != "up" || k > 1 && matches!(norms[k - 2], "set" | "sets" | "setting"))
}

/// Words of forming a body.
static FORMING: comity_text::WordSet = comity_text::WordSet::new(&[
    "form",
    "forming",
    "formation",
    "create",
    "creating",
    "creation",
    "establish",
    "establishing",
    "establishment",
    "up",
]);

/// Words describing a body yet to be formed.
static BODY_TO_FORM: comity_text::WordSet = comity_text::WordSet::new(&[
    "transitional",
    "interim",
    "unity",
    "caretaker",
    "coalition",
    "provisional",
    "national",
]);

/// Why armed men, or a state body acting on people abroad, took the other country the
/// article names most.
const ARMED_ABROAD: &str = "the other country the article names most, the foreigners' aside";

/// Words for people who are abroad by what they are.
static ABROAD_PEOPLE: comity_text::WordSet = comity_text::WordSet::new(&[
    "refugees",
    "refugee",
    "tourists",
    "tourist",
    "nationals",
    "expatriates",
    "holidaymakers",
    "exiles",
    "migrants",
]);

/// Why a role took the country the article names most (see [`context_country`]).
const ARTICLE_ABOUT: &str = "the country the article is about";

/// Why insurgents took the article's country (see [`insurgents_country`]); a mention's entry
/// names it.
pub const ARTICLE_COUNTRY_IN_SENTENCE: &str =
    "the article's country, among those its sentence names";

/// Insurgents and rebels with no country of their own in a sentence naming several: the
/// country the article is about, if the sentence names it ("Iraqi and American forces raided
/// a camp, killing 85 insurgents" in an article about Iraq). Armed groups fight where they
/// are; the foreign forces that fight them are named beside them. The other roles that act
/// where they are ([`DOMESTIC_AGENTS`]) and civilians harmed take it the same way.
fn insurgents_country(
    named: &[(String, Vec<(usize, bool)>)],
    article: &[(String, usize, usize)],
    first: usize,
    last: usize,
) -> Option<(String, &'static str)> {
    let home = article_country(article, 1)?;
    let named_here = named.iter().any(|(c, at)| {
        c == home && at.iter().any(|&(t, dest)| !dest && (first..last).contains(&t))
    });
    named_here.then(|| (home.to_string(), ARTICLE_COUNTRY_IN_SENTENCE))
}

/// Insurgents, militants and gunmen with no country of their own fight where they are, not
/// for the state whose forces the sentence names ("Insurgents near Mosul, Iraq killed three
/// British soldiers with a roadside bomb"), and the civilians those forces strike live
/// there ("A U.S. helicopter shelled a primary school"): the one country the sentence names other than
/// through its forces, else, when it names only forces, the article's country if it is not
/// theirs. None when the sentence names no forces (the general rule decides).
fn armed_country(
    named: &[(String, Vec<(usize, bool)>)],
    article: &[(String, usize, usize)],
    forces_at: &[bool],
    first: usize,
    last: usize,
    harmed_civilians: bool,
) -> Option<(String, &'static str)> {
    let mut forces: Vec<&str> = Vec::new();
    let mut others: Vec<&str> = Vec::new();
    for (c, at) in named {
        let ts: Vec<usize> = at
            .iter()
            .filter(|&&(t, dest)| !dest && (first..last).contains(&t))
            .map(|&(t, _)| t)
            .collect();
        if ts.is_empty() {
            continue;
        }
        if ts.iter().all(|&t| forces_at.get(t).copied().unwrap_or(false)) {
            forces.push(c);
        } else {
            others.push(c);
        }
    }
    if forces.is_empty() {
        return None;
    }
    match others[..] {
        [c] => Some((c.to_string(), "the country its sentence names, foreign forces aside")),
        // (Forces of several countries, "troops from Chile and Peru", fight abroad as often:
        // the article's country is no guide then.)
        // (Nor is a country the article names only as a border or a reporter's.)
        // (An article that is the forces' own country's may tell of their fight at home,
        // against gunmen of their own country; the civilians its forces harm are the other
        // country's it names most, twice at least: "Israeli soldiers gunned down two women" in
        // a story from Gaza. In a round-up of many countries' news no country is the article's:
        // the general rule decides.)
        [] if forces.len() == 1 => {
            let about = article_country(article, 1)?;
            let home = if !forces.contains(&about) {
                about
            } else if harmed_civilians {
                article
                    .iter()
                    .filter(|(c, n, _)| !forces.contains(&c.as_str()) && *n >= 2)
                    .min_by_key(|(_, n, first)| (std::cmp::Reverse(*n), *first))?
                    .0
                    .as_str()
            } else {
                return None;
            };
            named.iter().any(|(k, at)| k == home && at.iter().any(|&(_, aside)| !aside)).then(
                || (home.to_string(), "the country the article is about, foreign forces aside"),
            )
        }
        _ => None,
    }
}

/// A role with no country of its own ("the police", "the government", "villagers", "Vice
/// President Dick Cheney") belongs to the country of its context (see [`context_country`]),
/// unless it usually stands for a foreign state (`&foreign_roles`: ambassadors, envoys,
/// delegations) or is the armed forces, which in news of war are as often foreign as not.
fn resolve_lone_agents(doc: &Doc<'_>, dict: &Dictionaries, norms: &[&str], r: &mut Recognised) {
    let named = country_positions(dict, r, norms);
    if named.is_empty() {
        return;
    }
    let article = article_countries(dict, r, &named);
    // A role in the reporter's words takes no country from quoted words in its sentence
    // ("'... eager to please the US the government gave in,' a shadow minister criticised
    // the governments ..."): the countries named outside quotations, for it. (A
    // titled person below is most often the speaker of such words, and speaks of their own
    // country: "'Australian troops ... brought home,' Senator Brown said".)
    let mut quoted = vec![false; norms.len()];
    for &(open, close) in &r.quote_spans {
        quoted.iter_mut().take(close).skip(open + 1).for_each(|x| *x = true);
    }
    let unquoted: Vec<(String, Vec<(usize, bool)>)> = named
        .iter()
        .map(|(c, at)| (c.clone(), at.iter().filter(|&&(t, _)| !quoted[t]).copied().collect()))
        .filter(|(_, at): &(String, Vec<(usize, bool)>)| !at.is_empty())
        .collect();
    let named_for =
        |t: usize| if quoted.get(t).copied().unwrap_or(false) { &named } else { &unquoted };
    let sentence = |t: usize| {
        let s = &doc.sentences[doc.sentence_of(t).min(doc.sentences.len().saturating_sub(1))];
        (s.first, s.last)
    };
    // People with a title but no country: the role just before the name.
    let mut titled: Vec<(usize, String)> = Vec::new();
    // "Paddy Ankunda, a spokesman for the UPDF,": a person whose apposition speaks for a
    // named body is that body (its code found by `leaders_of_groups`).
    let mut voices: Vec<(usize, String, &str)> = Vec::new();
    for (mi, m) in r.mentions.iter().enumerate() {
        if m.kind != MentionKind::Person || m.code.is_some() {
            continue;
        }
        let mut k = m.last;
        if norms.get(k) == Some(&",") {
            k += 1;
            if matches!(norms.get(k), Some(&"the" | &"a" | &"an")) {
                k += 1;
            }
            // ("George Mitchell, the U.S. special envoy to the Middle East,": a country's
            // office in apposition is the person's too.)
            if let Some(a) = r.mention_index(k).map(|a| &r.mentions[a])
                && (a.kind == MentionKind::Agent
                    || a.kind == MentionKind::Country && a.agent.is_some())
                && a.first == k
                && let Some(code) = a.code.clone()
            {
                voices.push((mi, code, "speaks for the body in apposition"));
                continue;
            }
        }
        // "a militant named Nihat Acar": a role, then "named" or "called", is the name's.
        let named_as = m.first > 0 && matches!(norms[m.first - 1], "named" | "called");
        let end = if named_as { m.first - 1 } else { m.first };
        let role = (end.saturating_sub(3)..end)
            .find_map(|k| {
                let (len, code) = agent_after(dict, norms, k, end)?;
                // "Banyamulenge spokesman Binagana Amon": one who speaks for or leads a people
                // or body the lexicon does not know is not the state's.
                let owner = k.checked_sub(1).filter(|&o| {
                    o > sentence(m.first).0
                        && doc.tokens[o].is(CAP)
                        && r.mention_at[o] == 0
                        && doc.tokens[o].kind == Kind::Word
                });
                if owner.is_some() && LEADERS.contains(&norms[k + len - 1]) {
                    return None;
                }
                (k + len == end).then_some((k, code))
            })
            .or_else(|| {
                // "White House spokesman, Scott McClellan described the plan ...",
                // "Opposition leader, Kim Beazley told": a title opening the sentence, set off
                // from the name by a comma that no second comma closes.
                let (first, _) = sentence(m.first);
                let comma = m.first.checked_sub(1).filter(|&c| norms[c] == "," && c > first)?;
                // (The name runs straight into its verb; no bracket or comma closes it.)
                let verb_next = doc
                    .tokens
                    .get(m.last)
                    .is_some_and(|t| t.kind == Kind::Word && !t.is(CAP) && !t.is(ALLCAPS));
                if !verb_next || norms[first..comma].contains(&",") {
                    return None;
                }
                (comma.saturating_sub(3)..comma).find_map(|k| {
                    let (len, code) = agent_after(dict, norms, k, comma)?;
                    // (Only a title that is the sentence's opening phrase: not "a letter to
                    // the Foreign Minister, John Smith said".)
                    let opening = (first..k).all(|j| {
                        r.mention_at[j] != 0
                            || matches!(norms[j], "the" | "'s" | "acting" | "current" | "new")
                    });
                    // (An envoy or an ambassador is as often another state's.)
                    let foreign = dict.set_match("&foreign_roles", &norms[k..comma]).is_some();
                    (k + len == comma && opening && !foreign).then_some((k, code))
                })
            })
            .or_else(|| {
                // "Boris Johnson, MP for Henley, ...", "Ahmat Allami, the foreign minister,":
                // a role in apposition after the name.
                let mut k = m.last;
                if norms.get(k) != Some(&",") {
                    return None;
                }
                k += 1;
                if matches!(norms.get(k), Some(&"the" | &"a" | &"an")) {
                    k += 1;
                }
                if norms.get(k).is_some_and(|w| FORMER.contains(w)) {
                    k += 1;
                }
                // The role ends the apposition: "a spokesman for the protesters" or "chief
                // executive of Greenpeace" are roles of another body; "MP for Henley" is a
                // lawmaker's seat.
                let end = (k..norms.len().min(k + 6))
                    .find(|&j| matches!(norms[j], "," | "." | "and" | "of" | "for" | "said"))?;
                let (len, code) = agent_after(dict, norms, k, end)?;
                let seat = norms[end] == "for" && code == "LEG";
                let complete = matches!(norms[end], "," | "." | "said") || seat;
                (k + len == end
                    && complete
                    && matches!(code.as_str(), "GOV" | "LEG" | "MIL" | "JUD"))
                .then_some((k, code))
            });
        if let Some((k, agent)) = role.filter(|(_, a)| a != "MIL") {
            // "Previous leader Charles Kennedy", "former minister X": an office held before
            // makes one of the elite.
            // "former Lebanese Prime Minister X": a country's word may stand between.
            let former = (k.saturating_sub(3)..k).any(|j| FORMER.contains(&norms[j]));
            // "Minnesota Governor Tim Pawlenty": a title that names its country is the
            // person's whole code.
            let owned = r
                .mention_index(k)
                .map(|x| &r.mentions[x])
                .filter(|x| x.last == end && x.countries.len() == 1)
                .and_then(|x| x.code.clone())
                .filter(|c| c.len() >= 6);
            match owned {
                Some(c) if former => voices.push((mi, format!("{}ELI", &c[..3]), "a former title")),
                Some(c) => voices.push((mi, c, "the title before the name")),
                None => titled.push((mi, if former { "ELI".to_string() } else { agent })),
            }
        }
    }
    for (mi, code, why) in voices {
        code_person(r, mi, &code, why);
    }
    // The country adjectives and names of the article ("Iraqi"), by their first word.
    let country_words: HashMap<&str, String> = r
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Country && m.countries.len() == 1)
        .map(|m| (norms[m.first], m.countries[0].clone()))
        .collect();
    for (mi, agent) in titled {
        // "Ali Hassan, an Iraqi aid worker living in Canada": a country in
        // the person's own title is theirs, whatever the sentence or the article names.
        let own = r.mentions[mi]
            .person
            .and_then(|p| r.people[p].title.as_deref())
            .and_then(|t| {
                t.split_whitespace()
                    .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
                    .find_map(|w| country_words.get(w.to_lowercase().as_str()).cloned())
            })
            .map(|c| (c, "the country its title names"));
        // "Boris Johnson, MP for Henley" in 2005 in an article about Britain: a person the
        // lexicon knows, before any term it records, is of the one country all those terms are
        // in, when the article names that country (a namesake elsewhere is someone else).
        let known = r.mentions[mi].person.and_then(|p| r.people[p].dict).and_then(|d| {
            let codes = &dict.people[d].codes;
            let home = codes.first()?.code.get(..3)?;
            (home != "IGO"
                && codes.iter().all(|c| c.code.get(..3) == Some(home))
                && article.iter().any(|(c, _, _)| c == home))
            .then(|| (home.to_string(), "the country of the person's recorded terms"))
        });
        let (first, last) = sentence(r.mentions[mi].first);
        let Some((home, why)) =
            own.or(known).or_else(|| context_country(&named, &article, first, last))
        else {
            continue;
        };
        code_person(r, mi, &format!("{home}{agent}"), &format!("{TITLE_IN_CONTEXT}{why}"));
    }
    // People named with no title, office or body that the text or the lexicon gives them:
    // private people of their context's country (see [`private_people`]).
    private_people(doc, dict, norms, r, &named, &unquoted, &quoted, &article);
    let mut place_at = vec![false; norms.len()];
    for p in &r.places {
        place_at.iter_mut().take(p.last.min(norms.len())).skip(p.first).for_each(|x| *x = true);
    }
    // Where a state's forces are named ("two British soldiers"): such a country is not the
    // country of the armed groups they fight.
    let mut forces_at = vec![false; norms.len()];
    for m in r.mentions.iter().filter(|m| m.agent.as_deref() == Some("MIL")) {
        forces_at.iter_mut().take(m.last.min(norms.len())).skip(m.first).for_each(|x| *x = true);
    }
    // Where private people of a named country are ("a Chilean reporter", "two British
    // tourists"): foreigners among the people a state's police or courts act on say nothing
    // of whose police or courts they are.
    // Where people abroad are ("Iranian refugees", "British tourists", "Chinese nationals"):
    // a state body that acts on them is another country's.
    let mut abroad_at = vec![false; norms.len()];
    for m in r.mentions.iter().filter(|m| {
        m.countries.len() == 1 && m.last > m.first && ABROAD_PEOPLE.contains(&norms[m.last - 1])
    }) {
        abroad_at.iter_mut().take(m.last.min(norms.len())).skip(m.first).for_each(|x| *x = true);
    }
    let mut private_at = vec![false; norms.len()];
    for m in r.mentions.iter().filter(|m| {
        m.countries.len() == 1 && m.agent.as_deref().is_some_and(|a| PRIVATE.contains(&a))
    }) {
        private_at.iter_mut().take(m.last.min(norms.len())).skip(m.first).for_each(|x| *x = true);
    }
    // People with a code and a title, in text order: "the president" later in the article is
    // the president named before ("President Bush ... the president leaves Tuesday for
    // Israel"), not the country the article is about.
    let titled_people: Vec<(usize, String, String)> = r
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .filter_map(|m| {
            let p = &r.people[m.person?];
            Some((m.first, m.code.clone()?, p.title.as_deref()?.to_lowercase()))
        })
        .collect();
    // The country of the last role named with one, by its role's code and head word ("a
    // Palestinian gunman ... the gunman"): a definite role is the one named before.
    let mut named_roles: HashMap<(String, String), String> = HashMap::new();
    let head = |m: &Mention| {
        let w = norms[m.last - 1];
        w.strip_suffix("men").map_or_else(
            || w.strip_suffix('s').unwrap_or(w).to_string(),
            |stem| format!("{stem}man"),
        )
    };
    // International organisations named, by their first and last tokens.
    let organisations: Vec<(usize, usize, String)> = r
        .mentions
        .iter()
        .filter_map(|m| Some((m.first, m.last, m.code.clone().filter(|c| c.starts_with("IGO"))?)))
        .collect();
    // People named, by their first token: a title right before a name is that person's.
    let people_at: HashMap<usize, Option<String>> = r
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .map(|m| (m.first, m.code.clone()))
        .collect();
    let mut last_company: Option<String> = None;
    let mut covered = vec![false; norms.len()];
    for m in &r.mentions {
        covered.iter_mut().take(m.last.min(norms.len())).skip(m.first).for_each(|x| *x = true);
    }
    for m in &mut r.mentions {
        if m.kind == MentionKind::Country
            && m.countries.len() == 1
            && let Some(a) = &m.agent
        {
            named_roles.insert((a.clone(), head(m)), m.countries[0].clone());
        }
        // The last company named ("British Airways ... The airline").
        if m.kind != MentionKind::Agent
            && let Some(code) = m.code.as_deref().filter(|c| is_company(c))
        {
            last_company = Some(code.to_string());
        }
        if m.kind != MentionKind::Agent || m.code.is_some() {
            continue;
        }
        let Some(agent) = m.agent.clone() else { continue };
        // "Prime Minister Tony Blair", "then President Jean-Bertrand Aristide": the title is
        // the person's, never the office of the country around it.
        if let Some(person) = people_at.get(&m.last) {
            if let Some(code) = person {
                assign_code(m, code, "the person it titles");
            }
            continue;
        }
        // ("The convicted nurses", "the two reporters": a word or two of description may
        // stand between.)
        let definite = {
            let mut k = m.first;
            while k > 0
                && m.first - k < 2
                && r.mention_at[k - 1] == 0
                && !doc.tokens[k - 1].is(CAP)
                && norms[k - 1].chars().all(|c| c.is_alphanumeric() || c == '-')
                && !DESCRIPTION_STOPS.contains(&norms[k - 1])
            {
                k -= 1;
            }
            k > 0 && matches!(norms[k - 1], "the" | "this" | "that" | "these" | "those")
        };
        // "the airline", "the company": the company named before, not its sentence's country
        // ("The airline is in merger talks with Spanish carrier Iberia").
        if definite
            && agent == "BUS"
            && !m.plural
            && let Some(code) = &last_company
        {
            m.entry.push_str(&format!(" -> {code} (the company named before)"));
            m.countries = code
                .get(..3)
                .filter(|c| !c.starts_with("MNC"))
                .map(str::to_string)
                .into_iter()
                .collect();
            m.code = Some(code.clone());
            continue;
        }
        // "the president", "the prime minister": the last person named with that title.
        let office = match &norms[m.first..m.last] {
            ["president"] => Some("president"),
            ["prime", "minister"] => Some("prime minister"),
            ["premier"] => Some("premier"),
            ["chancellor"] => Some("chancellor"),
            ["king"] => Some("king"),
            _ => None,
        };
        let (first, last) = sentence(m.first);
        // The holder must be in office ("GOV"), and of the one country the sentence names if
        // it names one ("headed by the Prime Minister" in a sentence about India), where
        // something happens aside ("The President ... is recovering at the hospital in
        // Darwin, Australia" is still East Timor's).
        let located = |t: usize| {
            let mut k = t;
            while k > first
                && t - k < 5
                && (doc.tokens[k - 1].is(CAP) || matches!(norms[k - 1], "the" | ","))
            {
                k -= 1;
            }
            k > first && matches!(norms[k - 1], "in" | "at")
        };
        let of_sentence_country = |code: &str| {
            let mut countries = named_for(m.first).iter().filter(|(_, at)| {
                at.iter().any(|&(t, dest)| !dest && (first..last).contains(&t) && !located(t))
            });
            match (countries.next(), countries.next()) {
                (Some((c, _)), None) => code.starts_with(c.as_str()),
                _ => true,
            }
        };
        if definite
            && norms.get(m.last) != Some(&"of")
            && let Some(office) = office
            && let Some((_, code, _)) = titled_people
                .iter()
                .rev()
                .find(|(at, _, title)| *at < m.first && title.ends_with(office))
                .filter(|(_, code, _)| code.ends_with("GOV") && of_sentence_country(code))
        {
            m.code = Some(code.clone());
            m.countries = vec![code.chars().take(3).collect()];
            m.entry.push_str(&format!(" -> {code} (the {office} named before)"));
            continue;
        }
        // "leaders at an African Union summit", "ministers at the NATO meeting": those who
        // meet in an organisation's forum speak for it.
        if let Some(igo) = forum_body(norms, &organisations, m.last) {
            m.entry.push_str(&format!(" -> {igo} (met at its forum)"));
            m.code = Some(igo);
            m.countries.clear();
            continue;
        }
        // "Blackwater employees", "Halliburton workers": the staff of a body whose name the
        // lexicon does not know are that body's, of no country around them.
        let (first_tok, _) = sentence(m.first);
        if m.first > first_tok + 1
            && STAFF.contains(&norms[m.last - 1])
            && !doc.tokens[m.last - 1].is(CAP)
            && doc.tokens[m.first - 1].is(CAP)
            && !place_at[m.first - 1]
            && !covered[m.first - 1]
        {
            m.entry.push_str(" (staff of a body not in the lexicon: no country)");
            continue;
        }
        // "the Forbes Global CEO Conference", "the Young Leaders Forum": a role word inside the
        // capitalised name of a gathering names no one.
        let in_event_name = doc.tokens[m.last - 1].is(CAP | ALLCAPS)
            && (m.last..norms.len().min(m.last + 3))
                .take_while(|&k| doc.tokens[k].is(CAP | ALLCAPS))
                .any(|k| EVENT_NAME_HEADS.contains(&norms[k]));
        if in_event_name {
            m.entry.push_str(" (in the name of a gathering: no one)");
            continue;
        }
        // "talks on forming a transitional authority", "the creation of a unity government":
        // a body yet to be formed does nothing.
        if agent == "GOV" && to_be_formed(norms, m.first) {
            m.entry.push_str(" (a body yet to be formed: no one)");
            continue;
        }
        // "ambassadors from 12 Muslim countries", "the Arab world": a faith's or a people's
        // states are of no one country around them; the faith's code stands alone.
        if m.last == m.first + 1
            && FAITHS.contains(&agent.as_str())
            && norms
                .get(m.last)
                .is_some_and(|w| matches!(*w, "countries" | "nations" | "states" | "world"))
        {
            m.entry.push_str(&format!(" (states of the faith: {agent} alone)"));
            m.code = Some(agent.clone());
            continue;
        }
        // "all Muslims in the world", "journalists around the world": people of the whole
        // world are of no one country around them (a faith's code stands alone).
        let worldwide = matches!(
            norms.get(m.last..).unwrap_or(&[]),
            ["worldwide" | "everywhere", ..]
                | [
                    "in" | "around" | "across" | "of" | "throughout" | "all",
                    "the",
                    "world" | "globe",
                    ..,
                ]
                | ["all", "over", "the", "world" | "globe", ..]
                | ["from", "around" | "across" | "all", "the", "world" | "globe", ..]
        );
        // "Delegates from 23 countries", "ministers of several nations": people of many
        // states are of no one of them.
        let states = |w: &str| matches!(w, "countries" | "nations" | "states");
        let many = |w: &str| {
            w.chars().all(|c| c.is_ascii_digit() || c == ',')
                || matches!(
                    w,
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "dozen"
                        | "dozens"
                        | "several"
                        | "many"
                        | "various"
                        | "different"
                        | "numerous"
                        | "some"
                        | "other"
                )
        };
        let of_many_states = match norms.get(m.last..).unwrap_or(&[]) {
            ["from" | "of", a, b, ..] if many(a) && states(b) => true,
            ["from" | "of", "more" | "over" | "about" | "nearly" | "almost", a, b, ..]
                if many(a) && states(b) =>
            {
                true
            }
            ["from" | "of", "more", "than", a, b, ..] if many(a) && states(b) => true,
            _ => false,
        };
        let worldwide = worldwide || of_many_states;
        if worldwide {
            if FAITHS.contains(&agent.as_str()) {
                m.entry.push_str(&format!(" (of the whole world: {agent} alone)"));
                m.code = Some(agent.clone());
            } else {
                m.entry.push_str(" (of the whole world: no one country)");
            }
            continue;
        }
        // Civilians in a sentence that names a state only through its forces ("A U.S.
        // helicopter shelled a primary school") are, like the armed groups those forces fight,
        // of the country where it happens.
        let armed = matches!(
            agent.as_str(),
            "REB" | "UAF" | "INS" | "CVL" | "PPL" | "EDU" | "HLH" | "REL" | "REF" | "AGR" | "LAB"
        );
        // Civilians in a sentence that tells of harm done ("killed", "wounded").
        let harmed = matches!(agent.as_str(), "CVL" | "PPL")
            && norms[first..last].iter().any(|w| HARMED.contains(w));
        let context = armed
            .then(|| armed_country(named_for(m.first), &article, &forces_at, first, last, harmed))
            .flatten()
            .or_else(|| context_country(named_for(m.first), &article, first, last))
            .or_else(|| {
                // ("Cuba charged the dissidents with working for the US": protesters,
                // activists and the police, in a sentence naming several countries, are of the
                // article's country when the sentence names it, as insurgents are; civilians
                // too where the sentence tells of harm done: "the U.S. airstrike in Pakistan
                // killed 18 people".)
                (DOMESTIC_AGENTS.contains(&agent.as_str()) || harmed)
                    .then(|| insurgents_country(named_for(m.first), &article, first, last))
                    .flatten()
            });
        let institution = !m.plural && INSTITUTION_HEADS.contains(&norms[m.last - 1]);
        // "the government has blamed attacks on militants based in nearby Bangladesh": a state's
        // institution is not of a country the sentence names only as a neighbour or as where
        // someone is based; it is the article's country, if another.
        let context = match context {
            Some((c, why))
                if institution
                    && definite
                    && why == SENTENCE_COUNTRY
                    && named_for(m.first).iter().filter(|(k, _)| *k == c).all(|(_, at)| {
                        at.iter()
                            .filter(|&&(t, _)| (first..last).contains(&t))
                            .all(|&(t, _)| neighbour(norms, t))
                    }) =>
            {
                context_country(named_for(m.first), &article, 0, 0)
                    .filter(|(a, _)| *a != c)
                    .or(Some((c, why)))
            }
            other => other,
        };
        // A definite role resumes the one named before with its country, even in a sentence
        // naming another ("Local officials claim the reporters had been spying for
        // Iran": the British reporters). A state's one institution ("the government", "the
        // army") is rather the one of the country its sentence names.
        let sentence_names_one = context.as_ref().is_some_and(|(_, why)| *why == SENTENCE_COUNTRY);
        if definite
            && !(sentence_names_one && institution)
            && let Some(home) = named_roles.get(&(agent.clone(), head(m)))
        {
            m.code = Some(format!("{home}{agent}"));
            m.countries = vec![home.clone()];
            m.entry.push_str(&format!(" -> {home} (the {} named before)", norms[m.last - 1]));
            continue;
        }
        let foreign = (m.first..m.last)
            .any(|k| dict.set_match("&foreign_roles", &norms[k..m.last]).is_some());
        // "Foreign activists", "overseas investors": people the text says are not of the
        // country around them, of no country it names.
        // "Foreign minister" is a role of its own.
        let from_abroad = |k: usize| {
            // "Regional" is of several states only before their envoys and leaders ("regional
            // foreign ministers"), not before a province's police or government.
            let region_wide = norms[k] != "regional"
                || norms.get(k + 1).is_some_and(|w| matches!(*w, "foreign" | "leaders" | "heads"));
            FROM_ABROAD.contains(&norms[k])
                && region_wide
                && agent_after(dict, norms, k, m.last).is_none_or(|(len, _)| k + len < m.last)
        };
        let abroad = (m.first.saturating_sub(1)..m.last).any(from_abroad);
        let body = of_unknown_body(doc, norms, &r.mention_at, &place_at, m.first)
            || of_common_body(doc, norms, &r.mention_at, &place_at, m.last);
        // "Human rights groups", "aid agencies", "relief officials": rights and aid bodies
        // named with no country of their own work across borders (CAMEO's bare NGO), not for
        // the country around them (civic groups, charities and "local" groups are of it);
        // "foreign" or "international" ones all the more.
        let transnational = !body
            && agent == "NGO"
            && norms[m.first..m.last]
                .iter()
                .any(|w| matches!(*w, "rights" | "aid" | "relief" | "humanitarian"))
            && !m
                .first
                .checked_sub(1)
                .is_some_and(|k| matches!(norms[k], "domestic" | "local" | "national"));
        if transnational {
            m.code = Some("NGO".to_string());
            m.countries.clear();
            m.entry.push_str(" (a non-governmental body named without a country: NGO)");
            continue;
        }
        // (Forces the text calls the government's or the security forces are the state's at
        // home: "protesters have been fired on by government troops", "security forces were
        // deployed in the city".)
        let home_forces = agent == "MIL"
            && norms[m.first..m.last].iter().any(|w| matches!(*w, "government" | "security"));
        if agent == "MIL" && !home_forces || foreign || abroad || body {
            continue;
        }
        let Some((mut home, mut why)) = context else { continue };
        // "Anti-Israel militants", "pro-Russian separatists": people for or against a country
        // are not its state's people: where that country is the one of their context, they
        // are the article's country's, if it is another.
        if stance_country(dict, norms, m.first).is_some_and(|c| c == home) {
            let about = context_country(&named, &article, 0, 0).filter(|(c, _)| *c != home);
            let Some((c, w)) = about else { continue };
            (home, why) = (c, w);
        }
        // Civilians in a sentence whose one country is named only as the author of force
        // ("a US air strike killed scores of villagers", "an Israeli missile
        // killed eight children") or as the owner of forces ("civilians killed by US marines")
        // are not that country's: they are the article's, if any.
        if matches!(agent.as_str(), "CVL" | "PPL")
            && why == SENTENCE_COUNTRY
            && named.iter().filter(|(c, _)| *c == home).all(|(_, at)| {
                at.iter().filter(|&&(t, _)| (first..last).contains(&t)).all(|&(t, _)| {
                    (forces_at.get(t).copied().unwrap_or(false) && harmed)
                        || norms[t + 1..last.min(t + 3)].iter().any(|w| FORCE_AUTHORS.contains(w))
                })
            })
        {
            // An empty range names no country of its own: the article's country.
            let about = context_country(&named, &article, 0, 0).filter(|(c, _)| *c != home);
            let Some((c, w)) = about else { continue };
            (home, why) = (c, w);
        }
        // "By Tuesday the police had killed one man, a Chilean reporter": a state's
        // institution in a sentence whose one country is named only by private people in it
        // is the article's country's, if it is another; so are armed men ("the kidnappers of
        // three Romanian journalists" in Iraq are not Romania's).
        // Where the article is about the victims' country, armed men are of the other
        // country the article names most (twice at least: "Romanian journalists" kidnapped
        // in Iraq), or of none; so are state bodies acting on people who are abroad by what
        // they are (the police that arrest "164 Iranian political refugees" are not Iran's,
        // even in an article about Iranians).
        let armed_men = matches!(agent.as_str(), "REB" | "UAF" | "INS" | "CRM" | "MOS");
        let only_at = |marks: &[bool]| {
            named.iter().filter(|(c, _)| *c == home).all(|(_, at)| {
                at.iter()
                    .filter(|&&(t, _)| (first..last).contains(&t))
                    .all(|&(t, _)| marks.get(t).copied().unwrap_or(false))
            })
        };
        if (armed_men || matches!(agent.as_str(), "COP" | "GOV" | "JUD" | "LEG" | "SPY"))
            && why == SENTENCE_COUNTRY
            && only_at(&private_at)
        {
            if let Some((c, w)) =
                context_country(&named, &article, 0, 0).filter(|(c, _)| *c != home)
            {
                (home, why) = (c, w);
            } else if armed_men || only_at(&abroad_at) {
                let Some((c, _, _)) = article
                    .iter()
                    .filter(|(c, n, _)| *c != home && *n >= 2)
                    .min_by_key(|(_, n, first)| (std::cmp::Reverse(*n), *first))
                else {
                    continue;
                };
                (home, why) = (c.clone(), ARMED_ABROAD);
            }
        }
        if why == SENTENCE_COUNTRY
            && let Some((about, _)) = context_country(&named, &article, 0, 0)
            && about != home
        {
            r.article_homes.insert(m.first, format!("{about}{agent}"));
        }
        // "Darfur rebels ... condemned the rebels": a role a place names introduces the one
        // a definite role resumes.
        if !definite && m.first > 0 && place_at[m.first - 1] && why == SENTENCE_COUNTRY {
            named_roles.insert((agent.clone(), head(m)), home.clone());
        }
        m.code = Some(format!("{home}{agent}"));
        m.countries = vec![home.clone()];
        m.entry.push_str(&format!(" -> {home} ({why})"));
    }
}

/// Roles that act where they are: insurgents, protesters, activists and the police (not a
/// state's forces, government or envoys, nor people named by what they do, who are as often
/// of another country the sentence names). In a sentence naming several countries, one of
/// these with no country of its own is of the article's country when the sentence names it
/// ([`insurgents_country`]).
const DOMESTIC_AGENTS: &[&str] = &["REB", "OPP", "ACT", "COP"];

/// Words of a title in apposition that lead to the body or state the person serves.
/// (Besides the words of [`LEADERS`].)
static APPOSED_TITLES: comity_text::WordSet = comity_text::WordSet::new(&[
    "general",
    "special",
    "personal",
    "top",
    "secretary",
    "secretary-general",
    "president",
    "vice",
    "vice-president",
    "deputy",
    "director",
    "director-general",
    "chief",
    "executive",
    "member",
    "senior",
    "founder",
    "official",
    "representative",
    "of",
    "for",
]);

/// "Jane Roe, secretary of the Union of Teachers, described it as ... Roe continued":
/// a person still without a code whose name is followed by an apposition that is a title
/// leading to one coded body or office ("a British Labour MP", "general secretary of the
/// union", "spokesman for Hamas") takes that code, for every mention of them still without
/// one ("Roe continued" later). Only an apposition of title words and that one body counts
/// ("a critic of the government", "wife of the president" name no office of theirs), and one
/// that a comma, a full stop, "said" or "says" closes. A former office of the state makes one
/// of its elite (ELI).
fn titles_in_apposition(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    let mut coded: Vec<(usize, String)> = Vec::new();
    for (mi, m) in r.mentions.iter().enumerate() {
        let Some(p) = m.person else { continue };
        if m.kind != MentionKind::Person || m.code.is_some() || r.people[p].code.is_some() {
            continue;
        }
        if norms.get(m.last) != Some(&",") {
            continue;
        }
        let sentence = &doc.sentences[doc.sentence_of(m.first)];
        let (sentence_first, stop) = (sentence.first, sentence.last);
        let mut k = m.last + 1;
        while k < stop && matches!(norms[k], "the" | "a" | "an") {
            k += 1;
        }
        // "Obama met George J. Mitchell, his envoy to the Middle East": an office
        // of the one named before in the sentence is of that one's country.
        let mut owner: Option<String> = None;
        if k < stop && matches!(norms[k], "his" | "her" | "its" | "their") {
            owner = r.mentions[..mi]
                .iter()
                .rev()
                .take_while(|o| o.first >= sentence_first)
                .find(|o| matches!(o.kind, MentionKind::Person | MentionKind::Actor))
                .and_then(|o| o.code.clone())
                .filter(|c| c.len() >= 3 && c.is_char_boundary(3));
            if owner.is_none() {
                continue;
            }
            k += 1;
        }
        let mut body: Option<usize> = None;
        // (The lexicon may read the owner's word and the office as one: "his special envoy".)
        if owner.is_some()
            && let Some(b) = r.mention_index(k - 1)
            && r.mentions[b].kind == MentionKind::Pronoun
            && r.mentions[b].agent.is_some()
        {
            body = Some(b);
            k = r.mentions[b].last;
        }
        let mut former = false;
        let mut country_seen = false;
        while k < stop {
            if let Some(b) = r.mention_index(k) {
                let b_m = &r.mentions[b];
                // ("a spokesman for the union": a title the lexicon reads as an office of the
                // state, before the body it is held in.)
                let title = b_m.last == b_m.first + 1
                    && b_m.kind == MentionKind::Agent
                    && (APPOSED_TITLES.contains(&norms[k]) || LEADERS.contains(&norms[k]))
                    && matches!(norms.get(k + 1), Some(&"of" | &"for"));
                match b_m.kind {
                    _ if title => {}
                    // (A country's word may stand before the office: "a British Labour MP".)
                    MentionKind::Country if b_m.agent.is_none() && body.is_none() => {
                        country_seen = true;
                    }
                    MentionKind::Agent | MentionKind::Actor | MentionKind::Country
                        if body.is_none() && b_m.code.as_ref().is_some_and(|c| c.len() >= 6) =>
                    {
                        body = Some(b);
                    }
                    // (An office of the owner's needs no country of its own: "his envoy".)
                    MentionKind::Agent
                        if body.is_none() && owner.is_some() && b_m.agent.is_some() =>
                    {
                        body = Some(b);
                    }
                    _ => break,
                }
                k = b_m.last.max(k + 1);
                continue;
            }
            let word = norms[k];
            // (The office's post after it: "envoy to the Middle East".)
            if body.is_some() && word == "to" {
                if let Some(c) = (k..stop.min(k + 8)).find(|&j| matches!(norms[j], "," | ".")) {
                    k = c;
                }
                break;
            }
            let capital = doc.tokens[k].is(CAP) && doc.tokens[k].kind == Kind::Word;
            if FORMER.contains(&word) && body.is_none() {
                former = true;
                k += 1;
                continue;
            }
            // (A name the lexicon does not know is another body's after no country: "former
            // Home State president", "the RESPECT MP"; after one, a party's: "a British Labour
            // MP".)
            if APPOSED_TITLES.contains(&word)
                || LEADERS.contains(&word)
                || capital && body.is_none() && country_seen
                || word == "the"
            {
                k += 1;
                continue;
            }
            break;
        }
        let closed = k >= stop || matches!(norms[k], "," | "." | "said" | "says");
        let Some(b) = body.filter(|_| closed) else { continue };
        let code = match &owner {
            // (Only an office, not a body of its own: "his party, Hamas".)
            Some(o) => match (&r.mentions[b].agent, r.mentions[b].kind) {
                (Some(agent), MentionKind::Agent | MentionKind::Pronoun) => {
                    format!("{}{agent}", &o[..3])
                }
                _ => continue,
            },
            None => match &r.mentions[b].code {
                Some(c) => c.clone(),
                None => continue,
            },
        };
        // (A former office of the state makes one of its elite: "X, a former British MP";
        // a former post in another body says nothing of them now.)
        if former {
            if matches!(code.get(3..6), Some("GOV" | "LEG" | "MIL" | "JUD" | "ELI")) {
                coded.push((mi, format!("{}ELI", &code[..3])));
            }
        } else {
            coded.push((mi, code));
        }
    }
    for (mi, code) in coded {
        code_person(r, mi, &code, "the title in apposition");
    }
}

/// The start of the reason a person took a code from a title and its context (see
/// [`resolve_lone_agents`]); [`titles_of_people`] reads it.
const TITLE_IN_CONTEXT: &str = "a title, in ";

/// People named with no title, office or body that the text or the lexicon gives them
/// ("Mohammed Hassan was sentenced by an Egyptian court"): private people (CVL) of the country
/// the name is given, else of the country of their context where they are first named. `named`
/// are the countries the article names ([`country_positions`]), `unquoted` those named outside
/// quotations, `quoted` per token whether it stands in one, `article` the article's countries.
#[allow(clippy::too_many_arguments)]
fn private_people(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    r: &mut Recognised,
    named: &[(String, Vec<(usize, bool)>)],
    unquoted: &[(String, Vec<(usize, bool)>)],
    quoted: &[bool],
    article: &[(String, usize, usize)],
) {
    let named_for =
        |t: usize| if quoted.get(t).copied().unwrap_or(false) { named } else { unquoted };
    let sentence = |t: usize| {
        let s = &doc.sentences[doc.sentence_of(t).min(doc.sentences.len().saturating_sub(1))];
        (s.first, s.last)
    };
    // Per person, whether it is named in full somewhere ("Walter Wriston", not "USAir",
    // "Calny", a company's one word the name finder took for a surname), by words none of
    // which names a company ("Express" of "American Express").
    let named_in_full: Vec<bool> = r
        .people
        .iter()
        .map(|p| {
            let words: Vec<&str> = p.name.split_whitespace().collect();
            words.len() >= 2
                && !words.iter().any(|w| {
                    dict.set_match("&company_words", &[w.to_lowercase().as_str()]).is_some()
                })
        })
        .collect();
    let untitled: Vec<usize> = (0..r.mentions.len())
        .filter(|&mi| {
            let m = &r.mentions[mi];
            m.kind == MentionKind::Person
                && m.code.is_none()
                && m.person.is_some_and(|p| {
                    let p = &r.people[p];
                    p.code.is_none()
                        && p.dict.is_none()
                        && p.title.is_none()
                        && p.organization.is_none()
                })
        })
        .collect();
    // Per person, whether any of its mentions stands beside a role or a body (below): such a
    // person is the role's holder, in every sentence.
    let mut held: HashSet<usize> = HashSet::new();
    let mut candidates: Vec<(usize, String, &'static str)> = Vec::new();
    for mi in untitled {
        let m = &r.mentions[mi];
        // "Victoria Park", "Nelson Mandela Square": a place or a building named like a person.
        // ("the Kofi Annan International Peacekeeping Training Centre": a body named after
        // someone.)
        let (first_tok, last_tok) = sentence(m.first);
        let named_place = [m.last.saturating_sub(1), m.last].iter().any(|&k| {
            norms.get(k).is_some_and(|w| NAMESAKE_HEADS.contains(w) || BUILDING_HEADS.contains(w))
        }) || named_after_someone(doc, norms, m.first, m.last, last_tok);
        let full_name = m.person.is_some_and(|p| named_in_full[p]);
        if named_place || !full_name {
            if let Some(p) = m.person {
                held.insert(p);
            }
            continue;
        }
        // A name beside a role or a body ("Green Party speaker Keith Taylor", "the President
        // of the Swiss Confederation, Mrs. X", "David Keogh, 49, a UK civil servant") is that
        // role's holder: the role speaks for the person.
        // (Between them: words of address, commas, articles, numbers ("49"), and up to two
        // lower-case words that are no verb, the title itself: "speaker", "aide", "another".)
        let title_word = |k: usize| {
            let w = norms[k];
            doc.tokens[k].kind == Kind::Word
                && !doc.tokens[k].is(CAP)
                && !doc.tokens[k].is(ALLCAPS)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && dict.verbs.lookup(w).is_empty()
                && !is_function_word(w)
        };
        // ("a militant named Nihat Acar": the role that names the person.)
        let filler = |w: &str| {
            // ("Miss England X": a title, not an honorific.)
            (people::honorific(w).is_some() && w != "miss")
                || matches!(w, "," | "." | "the" | "a" | "an" | "named" | "called")
                || w.bytes().all(|b| b.is_ascii_digit())
        };
        let mut k = m.first;
        let mut titles = 0;
        let mut after_named = false;
        while k > first_tok && r.mention_at[k - 1] == 0 {
            let w = norms[k - 1];
            if title_word(k - 1) && titles < 2 {
                titles += 1;
            } else if !filler(w) {
                break;
            }
            after_named |= matches!(w, "named" | "called") && titles == 0;
            k -= 1;
        }
        // ("Citicorp Chairman Walter Wriston", "Sen. David Pryor": a capitalised word right
        // before the name, not the sentence's first, is a title or a body the lexicon does not
        // know.)
        let capitalised_before = k > first_tok + 1
            && doc.tokens[k - 1].kind == Kind::Word
            && (doc.tokens[k - 1].is(CAP) || doc.tokens[k - 1].is(ALLCAPS));
        let role_before = capitalised_before
            || (after_named && titles > 0)
            || k > first_tok
                && k < m.first
                && r.mention_at[k - 1] != 0
                && r.mention(k - 1).is_some_and(|a| a.kind != MentionKind::Person);
        let mut j = m.last;
        let mut titles = 0;
        if norms.get(j) == Some(&",") {
            while j < last_tok && r.mention_at[j] == 0 {
                let w = norms[j];
                if title_word(j) && titles < 2 {
                    titles += 1;
                } else if !filler(w) {
                    break;
                }
                j += 1;
            }
        }
        let role_after = j > m.last
            && j < last_tok
            && r.mention(j).is_some_and(|a| a.kind != MentionKind::Person);
        // ("Wayne Smith, who heads the Cuba program": a post the clause after the name gives.)
        let post_after = matches!(
            norms.get(m.last..(m.last + 3).min(norms.len())),
            Some([",", "who", w]) if POST_VERBS.contains(w)
        );
        let role_after = role_after || post_after;
        if role_before || role_after {
            if let Some(p) = m.person {
                held.insert(p);
            }
            continue;
        }
        // "Jose Alves of Brazil", "Mr Zhang, a Chinese asylum seeker,": a country the name
        // itself is given is the person's.
        let own = {
            let mut j = m.last;
            if matches!(norms.get(j), Some(&("of" | "from"))) {
                j += 1;
            } else if norms.get(j) == Some(&",") && matches!(norms.get(j + 1), Some(&("a" | "an")))
            {
                j += 2;
            }
            r.mention(j)
                .filter(|c| {
                    c.first == j
                        && c.kind == MentionKind::Country
                        && c.countries.len() == 1
                        && (c.agent.is_none()
                            || c.agent.as_deref().is_some_and(|a| PRIVATE.contains(&a)))
                })
                .map(|c| (c.countries[0].clone(), "the country the name is given"))
        };
        let Some((home, why)) =
            own.or_else(|| context_country(named_for(m.first), article, first_tok, last_tok))
        else {
            continue;
        };
        candidates.push((mi, home, why));
    }
    // The first token of each person's mentions, for the article's country below.
    let mut firsts: Vec<Vec<usize>> = vec![Vec::new(); r.people.len()];
    for x in &r.mentions {
        if let Some(p) = x.person.filter(|&p| p < firsts.len()) {
            firsts[p].push(x.first);
        }
    }
    for (mi, home, why) in candidates {
        let m = &r.mentions[mi];
        if m.person.is_none_or(|p| held.contains(&p) || r.people[p].code.is_some()) {
            continue;
        }
        // (Where its sentence's country turns out to be the other side of the person's own
        // event, the article's country is theirs: "Senator X criticised Iraq".)
        if why == SENTENCE_COUNTRY
            && let Some((about, _)) = context_country(named, article, 0, 0)
            && about != home
            && let Some(p) = m.person
        {
            for &f in &firsts[p] {
                r.article_homes.insert(f, format!("{about}CVL"));
            }
        }
        code_person(r, mi, &format!("{home}CVL"), &format!("{UNTITLED_IN_CONTEXT}{why}"));
    }
}

/// Heads of the names of buildings and places that may follow a person's name ("Victoria
/// Palace", "Blair House").
static BUILDING_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "palace",
    "house",
    "castle",
    "tower",
    "towers",
    "cathedral",
    "church",
    "mosque",
    "temple",
    "river",
    "lake",
    "mountain",
    "mount",
    "island",
    "bay",
    "beach",
    "valley",
    "county",
    "city",
    "hotel",
    "building",
    "gardens",
    "prison",
    "camp",
    "base",
    "port",
    "dam",
    "canal",
    "highway",
]);

/// Verbs by which a clause after a name gives its holder's post ("who heads", "who chairs").
static POST_VERBS: comity_text::WordSet = comity_text::WordSet::new(&[
    "heads",
    "headed",
    "leads",
    "led",
    "chairs",
    "chaired",
    "directs",
    "directed",
    "runs",
    "ran",
    "founded",
    "represents",
    "represented",
    "is",
    "was",
    "serves",
    "served",
    "works",
    "worked",
]);

/// How a person with no title took a country (see [`resolve_lone_agents`]).
const UNTITLED_IN_CONTEXT: &str = "a private person, in ";

/// Gives mention `m` the code `code` (its country the code's first three letters), noting
/// `why` in its entry.
fn assign_code(m: &mut Mention, code: &str, why: &str) {
    m.entry.push_str(&format!(" -> {code} ({why})"));
    m.countries = code.get(..3).map(str::to_string).into_iter().collect();
    m.code = Some(code.to_string());
}

/// Gives the person of mention `mi`, if that person has no code yet, the code `code`, and with
/// it every mention of them without one (the later "Rumsfeld said" included).
fn code_person(r: &mut Recognised, mi: usize, code: &str, why: &str) {
    let Some(p) = r.mentions[mi].person else { return };
    if r.people[p].code.is_some() {
        return;
    }
    r.people[p].code = Some(code.to_string());
    for m in r.mentions.iter_mut().filter(|m| m.person == Some(p) && m.code.is_none()) {
        assign_code(m, code, why);
    }
}

/// Sectors of private people: a country named on them names no state's institution.
const PRIVATE: &[&str] = &["CVL", "MED", "BUS", "EDU", "REL", "HLH", "LAB", "AGR", "CRM", "REF"];

/// The organisation whose forum follows the role ending at `last`: "at", an article, the
/// organisation's name and a word of meeting ("leaders at an African Union summit").
fn forum_body(
    norms: &[&str],
    organisations: &[(usize, usize, String)],
    last: usize,
) -> Option<String> {
    if norms.get(last) != Some(&"at") {
        return None;
    }
    let mut k = last + 1;
    if norms.get(k).is_some_and(|w| matches!(*w, "a" | "an" | "the" | "this" | "that")) {
        k += 1;
    }
    let (_, end, code) = organisations.iter().find(|(first, _, _)| *first == k)?;
    norms.get(*end).filter(|w| FORUMS.contains(w)).map(|_| code.clone())
}

/// Words for an organisation's meeting.
const FORUMS: &[&str] = &["summit", "meeting", "conference", "session", "talks", "gathering"];

/// Whether an actor code is a company's: a multinational (`MNC...`) or a country's business
/// sector (`GBRBUS`).
fn is_company(code: &str) -> bool {
    code.starts_with("MNC") || code.get(3..6) == Some("BUS")
}

/// Capitalised heads of the names of bodies that are not a state's government: a role right
/// after one is that body's ("European Committee spokesperson"). A party's, a front's or a
/// movement's role is left to its context: parties are of the country around them
/// ("Communist Party officials in China").
static BODY_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "council",
    "committee",
    "commission",
    "union",
    "association",
    "federation",
    "alliance",
    "group",
    "organization",
    "organisation",
    "foundation",
    "institute",
    "society",
    "forum",
    "network",
    "club",
    "company",
    "corporation",
    "bank",
    "fund",
]);

/// Whether the role at `first` follows the name of a body the dictionaries do not know, which
/// it belongs to ("European Committee spokesperson"): a capitalised body's head word that no
/// mention or place covers. Such a role is of no country its context names. (An unknown
/// acronym before a role is most often a local party or armed group, of the country around
/// it: "PAD protesters", "FNL fighters".)
fn of_unknown_body(
    doc: &Doc<'_>,
    norms: &[&str],
    mention_at: &[u32],
    place_at: &[bool],
    first: usize,
) -> bool {
    let Some(k) = first.checked_sub(1) else { return false };
    let s = &doc.sentences[doc.sentence_of(k).min(doc.sentences.len().saturating_sub(1))];
    let t = &doc.tokens[k];
    if k == s.first || t.kind != Kind::Word || mention_at[k] != 0 || place_at[k] {
        return false;
    }
    t.is(CAP) && BODY_HEADS.contains(&norms[k])
}

/// Whether the role ending at `last` is followed by "of" and a body named by a common noun
/// ("the leader of the protest group", "a spokesman for the campaign"): the role is that
/// body's, not the state's of its context. A country, a government, a region or a place
/// after "of" keeps the context ("the leader of the country").
fn of_common_body(
    doc: &Doc<'_>,
    norms: &[&str],
    mention_at: &[u32],
    place_at: &[bool],
    last: usize,
) -> bool {
    if !matches!(norms.get(last), Some(&"of" | &"for")) {
        return false;
    }
    let mut k = last + 1;
    while norms.get(k).is_some_and(|w| matches!(*w, "the" | "a" | "an" | "this" | "that")) {
        k += 1;
    }
    let s = &doc.sentences[doc.sentence_of(last).min(doc.sentences.len().saturating_sub(1))];
    // "representatives of 89 Asian and African countries": the role of many states is none's.
    if (k..s.last.min(last + 9))
        .take_while(|&j| !matches!(norms[j], "," | "." | ";" | "who" | "which"))
        .any(|j| MANY_STATES.contains(&norms[j]))
    {
        return true;
    }
    // "leader of the Nonviolent Radical Party": a body named in capitals that no mention or
    // place covers is no state the lexicon knows.
    let mut c = k;
    while c < s.last.min(k + 6)
        && doc.tokens[c].kind == Kind::Word
        && doc.tokens[c].is(CAP)
        && mention_at[c] == 0
        && !place_at[c]
    {
        c += 1;
    }
    if c > k && NAMED_BODY_ENDS.contains(&norms[c - 1]) {
        return true;
    }
    // The noun phrase's head: the last of the lower-case words no mention or place covers,
    // within eight tokens of the role.
    let mut head = None;
    while k < s.last.min(last + 8)
        && doc.tokens[k].kind == Kind::Word
        && !doc.tokens[k].is(CAP)
        && mention_at[k] == 0
        && !place_at[k]
    {
        head = Some(k);
        k += 1;
    }
    head.is_some_and(|h| COMMON_BODIES.contains(&norms[h]))
}

/// Last words of a body's name ("the Nonviolent Radical Party", "the Movement for Democratic
/// Change" ends otherwise and is in the lexicon).
static NAMED_BODY_ENDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "party",
    "movement",
    "front",
    "union",
    "council",
    "committee",
    "association",
    "league",
    "organisation",
    "organization",
    "foundation",
    "institute",
    "society",
    "alliance",
    "federation",
    "coalition",
    "club",
    "network",
    "forum",
    "centre",
    "center",
    "trust",
]);

/// Nouns of many states at once.
static MANY_STATES: comity_text::WordSet =
    comity_text::WordSet::new(&["countries", "nations", "states", "governments"]);

/// Common nouns of bodies that are not a state: their roles are theirs.
static COMMON_BODIES: comity_text::WordSet = comity_text::WordSet::new(&[
    "group",
    "groups",
    "movement",
    "campaign",
    "coalition",
    "organisation",
    "organization",
    "union",
    "association",
    "party",
    "protesters",
    "demonstrators",
    "protest",
    "protests",
    "rally",
    "committee",
    "network",
    "alliance",
    "company",
    "firm",
    "church",
    "charity",
    "foundation",
    "club",
]);

/// The country of an "anti-X" or "pro-X" word right before the role at `first`
/// ("anti-Israel militants", "pro-Syrian protesters").
fn stance_country(dict: &Dictionaries, norms: &[&str], first: usize) -> Option<String> {
    let w = norms[first.checked_sub(1)?];
    let rest = w.strip_prefix("anti-").or_else(|| w.strip_prefix("pro-"))?;
    dict.phrases.get(&[rest.to_string()]).iter().find_map(|e| match e {
        Entity::Country { iso, .. } => Some(iso.clone()),
        _ => None,
    })
}

/// "Congress" and "the Senate" alone are the United States' (the dictionary's code), unless
/// the text ties them to another country: a country's or a place's name right before ("the
/// Philippine Senate", "the Sao Paulo Congress"), or an article about another country, named
/// at least [`LEGISLATURE_ARTICLE_MIN`] times and with half of its mentions of countries at
/// least, where the United States is named less than a quarter as often.
fn bare_legislatures(dict: &Dictionaries, norms: &[&str], r: &mut Recognised) {
    let bare = |m: &Mention| {
        m.kind == MentionKind::Actor
            && m.last == m.first + 1
            && matches!(norms[m.first], "congress" | "senate")
            && m.code.as_deref() == Some("USALEG")
    };
    if !r.mentions.iter().any(bare) {
        return;
    }
    let named = country_positions(dict, r, norms);
    let article = article_countries(dict, r, &named);
    let usa = article.iter().find(|c| c.0 == "USA").map_or(0, |c| c.1);
    let about = article_country(&article, LEGISLATURE_ARTICLE_MIN)
        .filter(|&c| c != "USA")
        .filter(|&c| article.iter().any(|(k, n, _)| k == c && 4 * usa < *n));
    // The first place and the first mention ending at each token, found in one pass each.
    let first_ending = |lasts: &mut dyn Iterator<Item = usize>| {
        let mut at: Vec<Option<usize>> = vec![None; norms.len() + 1];
        for (k, last) in lasts.enumerate() {
            if let Some(e) = at.get_mut(last).filter(|e| e.is_none()) {
                *e = Some(k);
            }
        }
        at
    };
    let place_ending = first_ending(&mut r.places.iter().map(|p| p.last));
    let mention_ending = first_ending(&mut r.mentions.iter().map(|m| m.last));
    for mi in 0..r.mentions.len() {
        if !bare(&r.mentions[mi]) {
            continue;
        }
        let first = r.mentions[mi].first;
        // The name right before: a place, or a country's name or adjective.
        let before = place_ending[first].map(|p| r.places[p].country.clone()).or_else(|| {
            let b = &r.mentions[mention_ending[first]?];
            (matches!(b.kind, MentionKind::Country | MentionKind::Capital)
                && b.agent.is_none()
                && b.countries.len() == 1)
                .then(|| b.countries[0].clone())
        });
        let (home, why) = match (before, about) {
            (Some(c), _) => (c, "the name before it"),
            (None, Some(c)) => (c.to_string(), "the country the article is about"),
            (None, None) => continue,
        };
        if home == "USA" || dict.country(&home).is_none() {
            continue;
        }
        let code = CONGRESS_PARTIES
            .iter()
            .find(|(c, _)| *c == home && norms[first] == "congress")
            .map_or_else(|| format!("{home}LEG"), |(_, code)| code.to_string());
        let m = &mut r.mentions[mi];
        m.entry.push_str(&format!(" -> {code} ({why})"));
        m.code = Some(code);
        m.countries = vec![home];
    }
}

/// Countries where a bare "Congress" is a party, not the legislature: India's National
/// Congress ("Congress President Sonia Gandhi", "the BJP and Congress").
const CONGRESS_PARTIES: &[(&str, &str)] = &[("IND", "INDPTY")];

/// How often an article must name its country for a bare "Congress" to be that country's.
const LEGISLATURE_ARTICLE_MIN: usize = 3;

/// Whether the words from `k` make the name from `first` another's name: capitalised words (at
/// most five) ending in the head of a name of a place or a body ("Centre", "Airport",
/// "Foundation"), or right after it a plan or doctrine named after its author ("the Annan
/// plan"; "Putin plans to visit" is the person and a verb).
fn named_after_someone(doc: &Doc<'_>, norms: &[&str], first: usize, k: usize, end: usize) -> bool {
    if norms.get(k).is_some_and(|w| PLANS.contains(w)) && k < end {
        // A verb takes an infinitive or an object right after it, and its subject opens with
        // no article ("the Annan plan to reunify the island" is the plan).
        let article = first > 0 && matches!(norms[first - 1], "the" | "a" | "an" | "this" | "that");
        let verb = matches!(norms[k], "plans" | "plan")
            && matches!(norms.get(k + 1), Some(&("to" | "a" | "an" | "the")))
            && !article;
        return !verb;
    }
    let mut j = k;
    while j < end && j < k + 5 && doc.tokens[j].kind == Kind::Word && doc.tokens[j].is(CAP) {
        if NAMESAKE_HEADS.contains(&norms[j]) {
            return true;
        }
        j += 1;
    }
    false
}

/// Heads of the names of places and bodies named after people.
static NAMESAKE_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "centre",
    "center",
    "airport",
    "street",
    "avenue",
    "road",
    "square",
    "bridge",
    "stadium",
    "hospital",
    "prize",
    "award",
    "library",
    "museum",
    "hall",
    "park",
    "station",
    "foundation",
    "institute",
    "school",
    "university",
    "college",
    "academy",
    "memorial",
    "trust",
    "fund",
    "doctrine",
]);

/// Lower-case nouns of plans named after their authors ("the Annan plan").
const PLANS: &[&str] = &["plan", "plans", "doctrine", "proposal", "proposals", "roadmap"];

/// Role words a capitalised department or trade may stand before in a title.
static TITLED_ROLES: comity_text::WordSet =
    comity_text::WordSet::new(&["minister", "ministers", "ministry", "secretary", "department"]);

/// Heads that a leader's or a party's name may stand before ("the Howard Government").
static GOVERNMENT_HEADS: comity_text::WordSet =
    comity_text::WordSet::new(&["government", "administration", "cabinet", "regime"]);

/// Role words of a body's staff: after an unknown name they are that body's.
static STAFF: comity_text::WordSet = comity_text::WordSet::new(&[
    "employees",
    "employee",
    "workers",
    "worker",
    "staff",
    "staffers",
    "guards",
    "contractors",
    "executives",
    "executive",
    "personnel",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "journalist",
    "journalists",
]);

/// Styles of address after a possessive ("his Highness", "Her Majesty"): no pronoun.
const STYLES: &[&str] = &["highness", "majesty", "excellency", "holiness", "eminence"];

/// Words before a role that say its people came from abroad or from around a region ("foreign
/// journalists", "regional foreign ministers"): of no one country its context names.
static FROM_ABROAD: comity_text::WordSet = comity_text::WordSet::new(&[
    "foreign",
    "overseas",
    "expatriate",
    "expat",
    "international",
    "regional",
]);

/// Words of harm done to people: civilians harmed in a sentence that names a country only as
/// the owner of forces are not that country's ("civilians killed by US marines").
const HARMED: &[&str] = &[
    "killed",
    "killing",
    "killings",
    "wounded",
    "injured",
    "shot",
    "massacre",
    "massacred",
    "dead",
    "died",
    "deaths",
    "bombed",
    "shelled",
    "abused",
    "tortured",
    "raped",
    "detained",
];

/// Whether the word before `e` is "missile" describing a noun of `WEAPON_AS_MODIFIER` at `e`.
fn weapon_as_modifier(norms: &[&str], e: usize) -> bool {
    e > 0
        && matches!(norms[e - 1], "missile" | "missiles")
        && norms.get(e).is_some_and(|w| WEAPON_AS_MODIFIER.contains(w))
}

/// Whether the word before `e` is "military" describing a noun of `MILITARY_AS_MODIFIER` at `e`.
fn military_as_modifier(norms: &[&str], e: usize) -> bool {
    e > 0
        && norms[e - 1] == "military"
        && norms.get(e).is_some_and(|w| MILITARY_AS_MODIFIER.contains(w))
}

/// Nouns "military" describes when a state gives, buys or spends ("U.S. military aid",
/// "Russian military exports"): the state's, not its forces'.
static MILITARY_AS_MODIFIER: comity_text::WordSet = comity_text::WordSet::new(&[
    "aid",
    "assistance",
    "spending",
    "budget",
    "budgets",
    "sales",
    "exports",
    "funding",
    "financing",
    "credits",
    "loans",
]);

/// Nouns a weapon modifies without being a force itself ("missile launch", "missile defence").
static WEAPON_AS_MODIFIER: comity_text::WordSet = comity_text::WordSet::new(&[
    "launch",
    "launches",
    "test",
    "tests",
    "testing",
    "programme",
    "program",
    "programs",
    "programmes",
    "defence",
    "defense",
    "system",
    "systems",
    "shield",
    "technology",
    "site",
    "sites",
    "base",
    "bases",
    "development",
    "capability",
    "capabilities",
    "deal",
    "sale",
    "sales",
    "exports",
    "crisis",
    "range",
    "plans",
    "plan",
    "project",
    "arsenal",
]);

/// Words after a country's name that make it the author of force from afar ("US air strike",
/// "Israeli missile"); its troops and police act as often at home as abroad.
const FORCE_AUTHORS: &[&str] = &[
    "air",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "jets",
    "warplanes",
    "aircraft",
    "helicopters",
    "bombs",
    "bombing",
    "bombings",
    "missile",
    "missiles",
    "drone",
    "drones",
    "artillery",
    "shelling",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "bomb",
    "mortar",
    "mortars",
    "tank",
    "tanks",
    "gunship",
    "gunships",
    "grenade",
    "grenades",
    "action",
    "fire",
    "gunfire",
    "raid",
    "raids",
    "offensive",
    "incursion",
    "bombardment",
    "assault",
];

/// Resolves ambiguous adjectives ("Korean") to the country the article names most.
fn resolve_ambiguous_countries(r: &mut Recognised) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for m in &r.mentions {
        if m.countries.len() == 1 {
            *counts.entry(m.countries[0].clone()).or_default() += 1;
        }
    }
    for m in &mut r.mentions {
        if m.countries.len() > 1 {
            let best = m
                .countries
                .iter()
                .enumerate()
                .max_by_key(|(k, c)| (counts.get(*c).copied().unwrap_or(0), std::cmp::Reverse(*k)))
                .map(|(_, c)| c.clone())
                .expect("non-empty");
            m.entry.push_str(&format!(" -> {best} (named most in the article)"));
            m.code = Some(match (&m.agent, m.kind) {
                (Some(a), _) => format!("{best}{a}"),
                (None, MentionKind::Capital) => format!("{best}GOV"),
                _ => best.clone(),
            });
            m.countries = vec![best];
        }
    }
}
