//! People and organisations of an article: names the dictionary knows, names it does not (told
//! apart by a given name, a title, an apposition or a speech verb), later mentions by surname,
//! and titles and organisations from appositions ("Oleg Ignatov, senior analyst for X").

use crate::{Mention, MentionKind, Recognised, not_name, push_mention};
use comity_core::{Date, Deadline, TimedOut};
use comity_dict::{Dictionaries, Gender, code_at};
use comity_text::{CAP, Doc, Kind};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone)]
pub struct DocPerson {
    pub name: String,
    /// Index into the dictionary's people, when known there.
    pub dict: Option<usize>,
    pub title: Option<String>,
    pub organization: Option<String>,
    pub code: Option<String>,
    pub gender: Option<Gender>,
}

#[derive(Debug, Clone)]
pub struct DocOrg {
    pub name: String,
    pub code: Option<String>,
}

pub(crate) fn register_dict_person(
    r: &mut Recognised,
    dict: &Dictionaries,
    p: usize,
    code: Option<String>,
) -> usize {
    if let Some(k) = r.people.iter().position(|x| x.dict == Some(p)) {
        return k;
    }
    let e = &dict.people[p];
    r.people.push(DocPerson {
        name: e.name.clone(),
        dict: Some(p),
        title: None,
        organization: None,
        code,
        gender: e.gender,
    });
    r.people.len() - 1
}

pub(crate) fn register_org(
    r: &mut Recognised,
    name: &str,
    code: Option<String>,
    actor: usize,
    dict: &Dictionaries,
    date: Option<Date>,
) {
    if r.orgs.iter().any(|o| o.name == name) {
        return;
    }
    let code = code.or_else(|| code_at(&dict.actors[actor].codes, date).map(str::to_string));
    r.orgs.push(DocOrg { name: name.to_string(), code });
}

/// Adds an organisation unless one of that name is known; `names` holds the names of `r.orgs`.
fn add_org(r: &mut Recognised, names: &mut HashSet<String>, name: &str) {
    if !name.is_empty() && names.insert(name.to_string()) {
        r.orgs.push(DocOrg { name: name.to_string(), code: None });
    }
}

fn org_names(r: &Recognised) -> HashSet<String> {
    r.orgs.iter().map(|o| o.name.clone()).collect()
}

static SPEECH: comity_text::WordSet = comity_text::WordSet::new(&[
    "said",
    "says",
    "say",
    "told",
    "added",
    "noted",
    "stated",
    "explained",
    "wrote",
    "argued",
    "insisted",
    "warned",
    "stressed",
    "claimed",
    "declared",
    "announced",
    "believes",
    "thinks",
    "pointed",
    "observed",
    "remarked",
    "commented",
    "replied",
    "asserted",
    "suggested",
    "revealed",
]);

/// The last words of armed bodies' names ("Al-Aqsa Martyrs Brigades", "the Mahdi militia").
pub(crate) static ARMED_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "brigade",
    "brigades",
    "army",
    "battalion",
    "battalions",
    "regiment",
    "militia",
    "militias",
    "corps",
    "mujahideen",
    "mujahedeen",
]);

static PARTICLES: comity_text::WordSet = comity_text::WordSet::new(&[
    "bin", "al", "de", "van", "von", "der", "la", "da", "du", "del", "di", "ibn", "le",
]);

/// Whether a word is an Arabic surname with its article joined in lower case ("el-Attar",
/// "al-Hashimi", "ash-Shara"): a word of a name, though it does not open with a capital.
fn particle_name(w: &str) -> bool {
    ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-"].iter().any(|p| {
        w.strip_prefix(p).is_some_and(|rest| {
            rest.chars().next().is_some_and(char::is_uppercase)
                && rest.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
    })
}

static ORG_HEADS: comity_text::WordSet = comity_text::WordSet::new(&[
    "center",
    "centre",
    "group",
    "institute",
    "institution",
    "council",
    "agency",
    "party",
    "club",
    "foundation",
    "university",
    "committee",
    "organization",
    "organisation",
    "association",
    "union",
    "bank",
    "corporation",
    "company",
    "fund",
    "commission",
    "forum",
    "network",
    "service",
    "office",
    "department",
    "ministry",
    "academy",
    "society",
    "alliance",
    "front",
    "movement",
    "federation",
    "school",
    "college",
    "programme",
    "program",
    "initiative",
    "project",
    "league",
    "board",
    "authority",
]);

/// Whether a name's last word makes it a body's name: an organisation's or an armed one's.
fn body_head(w: &str) -> bool {
    ORG_HEADS.contains(&w) || ARMED_HEADS.contains(&w)
}

/// Indexes over the article's people, so that each look-up costs the same however many
/// people and mentions came before: by full name, by the words a later mention may use
/// (the surname, and the given name of a name of several words), and the start of each
/// person's first mention.
struct PeopleIndex {
    /// The first person with this name.
    by_name: HashMap<String, usize>,
    /// Lower-case surname or given name -> people it may name, in order of registration.
    by_part: HashMap<String, Vec<usize>>,
    /// Per person: the byte offset where its earliest mention starts (`u32::MAX`: none yet).
    first_start: Vec<u32>,
}

impl PeopleIndex {
    fn new(r: &Recognised, doc: &Doc<'_>) -> PeopleIndex {
        let mut ix = PeopleIndex {
            by_name: HashMap::new(),
            by_part: HashMap::new(),
            first_start: Vec::with_capacity(r.people.len()),
        };
        for (k, p) in r.people.iter().enumerate() {
            ix.add_person(k, &p.name);
        }
        for m in &r.mentions {
            if let Some(p) = m.person {
                ix.mentioned(p, doc.tokens[m.first].start);
            }
        }
        ix
    }

    /// The article's person named `name`: the one already registered under that name, else a
    /// new one (known to no dictionary, of the code `code` gives and of `gender`).
    fn person_named(
        &mut self,
        r: &mut Recognised,
        name: String,
        code: impl FnOnce(&Recognised) -> Option<String>,
        gender: Option<Gender>,
    ) -> usize {
        if let Some(&p) = self.by_name.get(&name) {
            return p;
        }
        let code = code(r);
        r.people.push(DocPerson {
            name,
            dict: None,
            title: None,
            organization: None,
            code,
            gender,
        });
        let k = r.people.len() - 1;
        self.add_person(k, &r.people[k].name);
        k
    }

    fn add_person(&mut self, k: usize, name: &str) {
        self.by_name.entry(name.to_string()).or_insert(k);
        if self.first_start.len() <= k {
            self.first_start.resize(k + 1, u32::MAX);
        }
        // "Sir Ian Blair" is "Sir Ian" later: the given name comes after a knight's title.
        let knight = |w: &str| matches!(w.to_lowercase().as_str(), "sir" | "dame");
        let titled = name.split_whitespace().count() > 2
            && name.split_whitespace().next().is_some_and(knight);
        let mut words = name.split_whitespace().skip(usize::from(titled));
        let Some(first) = words.next() else { return };
        let last = name.split_whitespace().last().unwrap_or(first).to_lowercase();
        let last = comity_dict::fold(&last).into_owned();
        let several = words.next().is_some();
        let first = comity_dict::fold(&first.to_lowercase()).into_owned();
        if several && first != last {
            self.by_part.entry(first).or_default().push(k);
        }
        self.by_part.entry(last).or_default().push(k);
    }

    fn mentioned(&mut self, p: usize, start: u32) {
        if self.first_start.len() <= p {
            self.first_start.resize(p + 1, u32::MAX);
        }
        let s = &mut self.first_start[p];
        *s = (*s).min(start);
    }
}

/// Titles one person holds, before the name in a lexicon phrase ("President Jimmy Carter");
/// not the words of a body ("the human rights group Amnesty International").
const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "general",
    "senator",
    "governor",
    "ambassador",
    "leader",
    "chief",
    "spokesman",
    "spokeswoman",
    "mayor",
    "envoy",
    "commander",
    "emir",
    "sheikh",
    "ayatollah",
    "cleric",
    "judge",
    "prosecutor",
    "director",
    "chairman",
    "representative",
    "congressman",
    "congresswoman",
    "lawmaker",
    "mp",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "colonel",
    "lieutenant",
    "admiral",
    "marshal",
    "sultan",
    "vice-president",
    "speaker",
    "official",
];

/// "US President Jimmy Carter", "Foreign Minister Sergei Lavrov": a lexicon phrase of a title
/// that ends in a person's name (capitalised words after its last title word, none a title)
/// names that person, of the phrase's code; the surname alone later ("Carter said") and "he" are the
/// same person. The phrase becomes the person's mention.
fn titled_names(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    r: &mut Recognised,
    ix: &mut PeopleIndex,
) {
    for mi in 0..r.mentions.len() {
        let m = &r.mentions[mi];
        if m.kind != MentionKind::Actor || m.person.is_some() || m.last < m.first + 2 {
            continue;
        }
        let Some(code) = m.code.clone() else { continue };
        let cap = |x: usize| {
            doc.tokens[x].kind == Kind::Word
                && doc.tokens[x].is(CAP)
                && !dict.roles.contains(norms[x])
        };
        // The words after the phrase's last title word, all capitalised, none a title.
        let Some(t) = (m.first..m.last - 1).rev().find(|&k| dict.roles.contains(norms[k])) else {
            continue;
        };
        if !PERSON_TITLES.contains(&norms[t]) {
            continue;
        }
        let g = t + 1;
        if !(g..m.last).all(cap) || (g..m.last).any(|x| not_name(norms[x])) {
            continue;
        }
        let name = doc.slice(g, m.last).to_string();
        let gender = dict.given_names.get(norms[g]).copied();
        let start = doc.tokens[m.first].start;
        let p = ix.person_named(r, name, |_| Some(code), gender);
        ix.mentioned(p, start);
        let m = &mut r.mentions[mi];
        m.person = Some(p);
        m.kind = MentionKind::Person;
    }
}

/// Finds the people of the article and the mentions that name them.
pub(crate) fn find_people(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    r: &mut Recognised,
    date: Option<Date>,
    deadline: &Deadline,
) -> Result<(), TimedOut> {
    let mut ix = PeopleIndex::new(r, doc);
    titled_names(doc, dict, norms, r, &mut ix);
    let mut steps = 0usize;
    for s in &doc.sentences {
        deadline.check()?;
        let mut i = s.first;
        while i < s.last {
            steps += 1;
            if steps.is_multiple_of(crate::CHECK_EVERY) {
                deadline.check()?;
            }
            let t = &doc.tokens[i];
            if r.mention_at[i] != 0 || t.kind != Kind::Word || !t.is(CAP) || not_name(norms[i]) {
                i += 1;
                continue;
            }
            // "Sir Ian", "Mr. Paul Smith" opening a sentence: the honorific is no part of the
            // name, which the words after it give.
            if honorific(norms[i]).is_some()
                && doc.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word && t.is(CAP))
                && r.mention_at[i + 1] == 0
            {
                i += 1;
                continue;
            }
            // A run of capitalised words, with name particles inside.
            let mut j = i + 1;
            while j < s.last && j - i < 5 && r.mention_at[j] == 0 {
                let tj = &doc.tokens[j];
                let cap_word = tj.kind == Kind::Word
                    && (tj.is(CAP) || particle_name(doc.surface(j)))
                    && !not_name(norms[j]);
                let particle =
                    PARTICLES.contains(&norms[j]) && j + 1 < s.last && doc.tokens[j + 1].is(CAP);
                if !(cap_word || particle) {
                    break;
                }
                j += 1;
            }
            if j - i == 1 {
                // A surname or a given name alone: a person named earlier.
                if let Some(p) = later_mention(&ix, norms[i], doc, i) {
                    add_person_mention(r, doc, i, i + 1, p);
                    ix.mentioned(p, doc.tokens[i].start);
                } else if let Some(gender) = i
                    .checked_sub(1)
                    .filter(|&h| h >= s.first)
                    .and_then(|h| honorific(norms[h]))
                    .filter(|_| doc.surface(i).chars().all(|c| c.is_alphabetic() || c == '-'))
                {
                    // "Mr. Schermbeck said": a surname after an honorific is a person, also one
                    // the article never names in full.
                    let name = doc.slice(i, j).to_string();
                    let p = ix.person_named(r, name, |_| None, gender);
                    add_person_mention(r, doc, i, i + 1, p);
                    ix.mentioned(p, doc.tokens[i].start);
                }
                i = j;
                continue;
            }
            let run_ok = (i..j).all(|k| {
                doc.surface(k)
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
            });
            let given = dict.given_names.get(norms[i]).copied();
            // ("Salim Hamdan": a given name of no recorded gender marks a person too.)
            let given_name = dict.is_given_name(norms[i]);
            // "the federal prosecutor, Monika Harms, said": a title, then the name in commas.
            let title_apposed = i >= s.first + 2
                && norms[i - 1] == ","
                && dict.roles.contains(norms[i - 2])
                && j < s.last
                && matches!(norms[j], "," | "said" | "says" | "told");
            let title_before = (i > s.first && dict.roles.contains(norms[i - 1])) || title_apposed;
            let after = j;
            let appositive = after + 1 < s.last
                && norms[after] == ","
                && appositive_title(doc, dict, norms, after + 1, s.last).is_some();
            let speech_after = after < s.last && SPEECH.contains(&norms[after]);
            let after_according = i >= 2 && norms[i - 1] == "to" && norms[i - 2] == "according";
            // "Dr. Saja Taal", "Mr. Paul Smith": the honorific's gender, when it tells one.
            let honorific_before =
                (i > s.first).then(|| honorific(norms[i - 1])).flatten().filter(|_| j - i <= 3);
            let given = given.or(honorific_before.flatten());
            let party_tag = us_party_tag(doc, j);
            // "the Jihad and Tawheed Brigades said": a name that ends as an armed body's does
            // is no one's. (Other bodies' names before a verb of saying stay speakers: "the
            // Conference Board said".)
            let body = ARMED_HEADS.contains(&norms[j - 1]) && given.is_none() && !given_name;
            if run_ok
                && !body
                && (given_name
                    || given.is_some()
                    || honorific_before.is_some()
                    || party_tag
                    || title_before
                    || appositive
                    || speech_after
                    || after_according)
            {
                let name = doc.slice(i, j).to_string();
                let code = |r: &Recognised| {
                    code_from_preceding(doc, r, dict, norms, s.first, i).or_else(|| {
                        // "Former Senator John Edwards (D-NC)" is no member now.
                        let former =
                            (i.saturating_sub(3)..i).any(|k| crate::FORMER.contains(&norms[k]));
                        (party_tag && !former).then(|| "USALEG".to_string())
                    })
                };
                let p = ix.person_named(r, name, code, given);
                add_person_mention(r, doc, i, j, p);
                ix.mentioned(p, doc.tokens[i].start);
            }
            i = j;
        }
    }
    // Titles and organisations for every person mention.
    let mentions: Vec<(usize, usize, usize)> = r
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .filter_map(|m| m.person.map(|p| (m.first, m.last, p)))
        .collect();
    let mut orgs = org_names(r);
    for (first, last, p) in mentions {
        let s = &doc.sentences[doc.sentence_of(first)];
        if (r.people[p].title.is_none() || r.people[p].organization.is_none())
            && last + 1 < s.last
            && norms[last] == ","
            && let Some((title, org)) = appositive_title(doc, dict, norms, last + 1, s.last)
        {
            if r.people[p].title.is_none() {
                r.people[p].title = Some(title);
            }
            if r.people[p].organization.is_none() {
                if let Some(o) = &org {
                    add_org(r, &mut orgs, o);
                }
                r.people[p].organization = org;
            }
        }
        if r.people[p].title.is_none() && first > s.first && dict.roles.contains(norms[first - 1]) {
            let mut k = first - 1;
            while k > s.first
                && first - k < 3
                && doc.tokens[k - 1].kind == Kind::Word
                && !STOP.contains(&norms[k - 1])
            {
                k -= 1;
            }
            r.people[p].title = Some(doc.slice(k, first).to_string());
        }
    }
    for p in &mut r.people {
        // The lexicon's title is of the person's latest office: it is theirs on the article's
        // date only within that term (Kevin Rudd in 2008 was Prime Minister, not ambassador
        // to the United States).
        if p.title.is_none()
            && let Some(d) = p.dict
            && title_holds(&dict.people[d].codes, date)
        {
            p.title = dict.people[d].title.clone();
        }
        if p.gender.is_none() {
            let first = p.name.split_whitespace().next().unwrap_or("").to_lowercase();
            p.gender = dict.given_names.get(&first).copied();
        }
    }
    Ok(())
}

/// Whether a person's lexicon title (that of their latest office) holds on `date`: the date
/// falls in their last term that is no elite's (out of office: `ELI`); always without a date
/// or dated terms.
fn title_holds(codes: &[comity_dict::DatedCode], date: Option<Date>) -> bool {
    let Some(d) = date else { return true };
    let Some(last) = codes.iter().filter(|c| !c.code.ends_with("ELI")).max_by_key(|c| c.from)
    else {
        return true;
    };
    last.from.is_none_or(|f| f <= d) && last.to.is_none_or(|t| d <= t)
}

static STOP: comity_text::WordSet = comity_text::WordSet::new(&[
    "the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "by", "to", "said", "says",
    "that", "as", "at", "from", "who", "which", "while", "but", "is", "was", "were", "are", "has",
    "had", "have",
]);

/// Words of an office that, just before a surname, say its bearer is in office ("President",
/// "Prime Minister", "Foreign Secretary", "Chancellor").
static OFFICES: comity_text::WordSet = comity_text::WordSet::new(&[
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "king",
    "queen",
    "emir",
    "sultan",
    "pope",
    "speaker",
    "secretary-general",
    "commissioner",
    "director-general",
]);

/// The gender an honorific before a surname tells ("Mr." male, "Mrs." female), `Some(None)`
/// for one that tells none ("Dr."), None for a word that is no honorific.
pub(crate) fn honorific(word: &str) -> Option<Option<Gender>> {
    match word.trim_end_matches('.') {
        "mr" | "sir" => Some(Some(Gender::Male)),
        "mrs" | "ms" | "miss" | "madam" | "dame" => Some(Some(Gender::Female)),
        "dr" | "prof" => Some(None),
        _ => None,
    }
}

/// Is `word` (lower case) an office word such as "president" or "chancellor"?
pub(crate) fn is_office(word: &str) -> bool {
    OFFICES.contains(&word)
}

/// Whether person `p` holds an office (government or international organisation) on `date`.
pub(crate) fn in_office(dict: &Dictionaries, p: usize, date: Option<Date>) -> bool {
    code_at(&dict.people[p].codes, date)
        .is_some_and(|c| c.starts_with("IGO") || c.get(3..6) == Some("GOV"))
}

/// The person a surname names after an office word (`office`, lower case): of the people the
/// phrase's `entities` may name, the one whose code on `date` is a government's or an
/// international organisation's, preferring those whose usual title holds the office word.
/// None when no one, or more than one, fits.
pub(crate) fn office_holder(
    dict: &Dictionaries,
    office: &str,
    entities: &[comity_dict::Entity],
    date: Option<Date>,
) -> Option<usize> {
    if !OFFICES.contains(&office) {
        return None;
    }
    let in_office: Vec<usize> = entities
        .iter()
        .filter_map(|e| match e {
            comity_dict::Entity::Person { idx, .. } => Some(*idx),
            _ => None,
        })
        .filter(|&p| in_office(dict, p, date))
        .collect();
    let titled: Vec<usize> = in_office
        .iter()
        .copied()
        .filter(|&p| {
            dict.people[p].title.as_deref().is_some_and(|t| {
                t.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| w.eq_ignore_ascii_case(office))
            })
        })
        .collect();
    match (titled.as_slice(), in_office.as_slice()) {
        ([p], _) | ([], [p]) => Some(*p),
        _ => None,
    }
}

/// The person a lone capitalised word names: a surname or given name of someone met earlier
/// (the one registered last, among those mentioned before this token).
fn later_mention(ix: &PeopleIndex, word: &str, doc: &Doc<'_>, i: usize) -> Option<usize> {
    let start = doc.tokens[i].start;
    ix.by_part.get(word)?.iter().rev().copied().find(|&k| ix.first_start[k] < start)
}

fn add_person_mention(r: &mut Recognised, doc: &Doc<'_>, first: usize, last: usize, p: usize) {
    let code = r.people[p].code.clone();
    let possessive = last < doc.tokens.len() && doc.tokens[last].kind == Kind::Possessive;
    push_mention(
        r,
        Mention {
            first,
            last,
            kind: MentionKind::Person,
            countries: code.iter().map(|c| c.chars().take(3).collect()).collect(),
            agent: None,
            code,
            person: Some(p),
            plural: false,
            possessive,
            adjective: false,
            entry: format!("person: {}", r.people[p].name),
        },
    );
}

/// Whether the words from token `j` on are a member of the US Congress's party and state in
/// brackets, as US news writes them after a name: "(D-Mass)", "(R-Colo.)", "(D Ohio)",
/// "(I-VT)".
fn us_party_tag(doc: &Doc<'_>, j: usize) -> bool {
    let Some(t) = doc.tokens.get(j) else { return false };
    let Some(rest) = doc.text.get(t.start as usize..) else { return false };
    let Some(inner) = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map(|(a, _)| a) else {
        return false;
    };
    let mut chars = inner.chars();
    let party = chars.next().is_some_and(|c| matches!(c, 'D' | 'R' | 'I'));
    let sep = chars.next().is_some_and(|c| matches!(c, '-' | '–' | ' '));
    let state = chars.as_str().trim();
    party
        && sep
        && (2..=20).contains(&state.len())
        && state.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, '.' | ' '))
}

/// "Ukrainian President X": a country (with an agent) just before the title gives the code;
/// `first` is the first token of the sentence, which the title never reaches back beyond.
pub(crate) fn code_from_preceding(
    doc: &Doc<'_>,
    r: &Recognised,
    dict: &Dictionaries,
    norms: &[&str],
    first: usize,
    i: usize,
) -> Option<String> {
    for back in 1..=3 {
        if back > i.saturating_sub(first) {
            break;
        }
        if let Some(m) = r.mention(i - back) {
            // "the UN Relief and Works Agency (UNRWA) spokesman X": a lone role between an
            // organisation (its acronym in brackets after it) and the name is the organisation's.
            if m.kind == MentionKind::Agent && m.code.is_none() && m.last == i {
                let k = m.first;
                let bracketed = k >= 3 && norms[k - 1] == ")" && norms[k - 3] == "(";
                let ends = if bracketed { [k - 1, k - 3] } else { [k, k] };
                // (Words of the title may stand between: "UN chief prosecutor X", "United
                // Nations Chief War Crimes prosecutor, X".)
                let org = ends.iter().find_map(|&e| {
                    let mut e = e;
                    for _ in 0..=3 {
                        let before = e.checked_sub(1)?;
                        if let Some(o) = r.mention(before) {
                            return (o.kind == MentionKind::Actor
                                && o.last == e
                                && !o.entry.starts_with("state:"))
                            .then_some(o);
                        }
                        if !TITLE_MODIFIERS.contains(&norms[before]) {
                            return None;
                        }
                        e = before;
                    }
                    None
                });
                if let Some(org) = org {
                    return org.code.clone();
                }
            }
            let between = i - back + 1..i;
            // "the new strategy in Iraq, General David Petraeus": a country before a comma is
            // another phrase's (a comma after the title is not: "Spain's prime minister, José").
            if let Some(p) = between.clone().find(|&k| matches!(norms[k], "," | ";" | ":"))
                && (p + 1..i).any(|k| {
                    dict.roles.contains(norms[k])
                        || GOV_TITLES.contains(&norms[k])
                        || MILITARY_RANKS.contains(&norms[k])
                })
            {
                return None;
            }
            // "Chinese General X", "Israeli Brigadier-General X": a military rank is the army's.
            let rank = between.clone().any(|k| MILITARY_RANKS.contains(&norms[k]));
            if m.kind == MentionKind::Country && m.countries.len() == 1 {
                // ("An American court found Salim Hamdan guilty": a verb between the body and
                // the name makes the name its object, not its member.)
                // (A title's words are capitalised or of a title: "Minister for Aviation",
                // "Chancellor of the Exchequer".)
                let title_words = || {
                    between.clone().all(|k| {
                        doc.tokens[k].is(CAP | comity_text::ALLCAPS)
                            || dict.roles.contains(norms[k])
                            || GOV_TITLES.contains(&norms[k])
                            || MILITARY_RANKS.contains(&norms[k])
                            || LEGISLATORS.contains(&norms[k])
                            || TITLE_MODIFIERS.contains(&norms[k])
                            || matches!(norms[k], "'s" | "-" | "," | "of" | "the" | "for")
                    })
                };
                if let Some(a) = &m.agent {
                    return title_words().then(|| format!("{}{a}", m.countries[0]));
                }
                let role_between = between
                    .clone()
                    .any(|k| dict.roles.contains(norms[k]) || GOV_TITLES.contains(&norms[k]));
                // "Australian Greens Senator X", "a Brazilian deputy": a legislator.
                let legislator = between.clone().any(|k| LEGISLATORS.contains(&norms[k]));
                let sector = if rank {
                    "MIL"
                } else if legislator {
                    "LEG"
                } else {
                    "GOV"
                };
                return (role_between || rank).then(|| format!("{}{sector}", m.countries[0]));
            }
            // "Russia's UN ambassador X", "the Iranian UN envoy X": a state's envoy to a body
            // is the state's.
            let envoy = (m.last..i).chain(m.last.checked_sub(1)).any(|k| {
                matches!(norms[k], "ambassador" | "envoy" | "representative" | "delegate")
            });
            if m.kind == MentionKind::Actor
                && envoy
                && m.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                && let Some(state) = m
                    .first
                    .checked_sub(1)
                    .and_then(|k| r.mention(k).or_else(|| r.mention(k.checked_sub(1)?)))
                    .filter(|c| {
                        c.kind == MentionKind::Country
                            && c.countries.len() == 1
                            && (c.last == m.first || c.last + 1 == m.first && norms[c.last] == "'s")
                    })
            {
                return Some(format!("{}GOV", state.countries[0]));
            }
            // "UNRWA spokesman X", "NATO Secretary-General X": an organisation's officer is
            // the organisation (not the country a lone title would take from the sentence).
            if m.kind == MentionKind::Actor && !m.entry.starts_with("state:") {
                let titled = m.agent.is_some()
                    || m.last == i && back == 1 && m.last > m.first + 1 && {
                        // The organisation absorbed the role after it ("UNRWA spokesman").
                        let w = norms[m.last - 1];
                        dict.roles.contains(w) || GOV_TITLES.contains(&w)
                    }
                    || between
                        .clone()
                        .any(|k| dict.roles.contains(norms[k]) || GOV_TITLES.contains(&norms[k]));
                return titled.then(|| m.code.clone()).flatten();
            }
            return None;
        }
    }
    None
}

/// Words that may stand inside a title between an organisation and its officer's role: "UN
/// chief prosecutor", "United Nations Chief War Crimes prosecutor", "BBC News reporter",
/// "Senate Republican leader".
static TITLE_MODIFIERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "chief",
    "top",
    "senior",
    "deputy",
    "assistant",
    "special",
    "war",
    "crimes",
    "human",
    "rights",
    "news",
    "press",
    "executive",
    "general",
    "political",
    "legal",
    "military",
    "republican",
    "democratic",
    "majority",
    "minority",
]);

/// Titles of a member of a legislature: "Australian Greens Senator X", "a Brazilian deputy".
static LEGISLATORS: comity_text::WordSet = comity_text::WordSet::new(&[
    "senator",
    "sen.",
    "congressman",
    "congresswoman",
    "lawmaker",
    "mp",
    "legislator",
    "parliamentarian",
]);

/// Whether a legislator's title stands just before the name at `i` ("Conservative MP Philip
/// Hammond", "Senator X"), within the sentence that starts at `first`.
pub(crate) fn legislator_before(norms: &[&str], first: usize, i: usize) -> bool {
    i > first && LEGISLATORS.contains(&norms[i - 1])
}

/// Military ranks: a person titled so by a country is of its armed forces.
static MILITARY_RANKS: comity_text::WordSet = comity_text::WordSet::new(&[
    "general",
    "gen.",
    "gen",
    "brigadier",
    "brigadier-general",
    "major-general",
    "lieutenant-general",
    "lieutenant",
    "lt.",
    "colonel",
    "col.",
    "admiral",
    "adm.",
    "vice-admiral",
    "rear-admiral",
    "commodore",
    "marshal",
    "field-marshal",
    "commander",
    "sergeant",
    "sgt.",
    "corporal",
]);

static GOV_TITLES: comity_text::WordSet = comity_text::WordSet::new(&[
    "president",
    "minister",
    "premier",
    "leader",
    "chancellor",
    "king",
    "queen",
    "emir",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "official",
]);

/// Reads an apposition starting at `k` (after the comma): returns the title and organisation.
fn appositive_title(
    doc: &Doc<'_>,
    dict: &Dictionaries,
    norms: &[&str],
    k: usize,
    end: usize,
) -> Option<(String, Option<String>)> {
    let mut a = k;
    if a < end && matches!(norms[a], "a" | "an" | "the") {
        a += 1;
    }
    let mut role_end = None;
    let mut b = a;
    while b < end && b - a < 6 {
        let w = norms[b];
        if matches!(w, "," | "." | ";" | "who" | "which" | "said" | "says" | "and" | "told")
            || doc.tokens[b].kind == Kind::OpenQuote
        {
            break;
        }
        let w_sing = w.strip_suffix('s').unwrap_or(w);
        if dict.roles.contains(w) || dict.roles.contains(w_sing) {
            role_end = Some(b + 1);
            break;
        }
        b += 1;
    }
    let role_end = role_end?;
    let title = doc.slice(a, role_end).to_string();
    // The organisation: "for X", "at X", "with the X", "of the X", anywhere in the apposition.
    let mut c = role_end;
    let mut org = None;
    while c < end && c - role_end < 12 {
        let w = norms[c];
        if matches!(w, "," | "." | ";" | "who" | "which" | "said" | "says" | "noted" | "told")
            || doc.tokens[c].kind == Kind::OpenQuote
        {
            break;
        }
        if matches!(w, "for" | "at" | "with" | "of" | "from" | "in") {
            let mut d = c + 1;
            if d < end && norms[d] == "the" {
                d += 1;
            }
            if let Some(o) = org_phrase(doc, norms, d, end) {
                org = Some(o);
                break;
            }
        }
        c += 1;
    }
    Some((title, org))
}

/// A capitalised organisation name starting at `d`, with up to two trailing lower-case words
/// when they end in an organisation noun ("Digoria expert club").
fn org_phrase(doc: &Doc<'_>, norms: &[&str], d: usize, end: usize) -> Option<String> {
    if d >= end || !(doc.tokens[d].is(CAP) || doc.tokens[d].kind == Kind::Number) {
        return None;
    }
    let mut e = d;
    while e < end {
        let t = &doc.tokens[e];
        if (t.kind == Kind::Word && t.is(CAP))
            || (e == d && t.kind == Kind::Number)
            || (matches!(norms[e], "of" | "for" | "and" | "-")
                && e + 1 < end
                && doc.tokens[e + 1].is(CAP))
        {
            e += 1;
        } else {
            break;
        }
    }
    if e == d {
        return None;
    }
    for extra in 1..=2 {
        if e + extra <= end
            && (e..e + extra).all(|x| doc.tokens[x].kind == Kind::Word && !doc.tokens[x].is(CAP))
            && body_head(norms[e + extra - 1])
        {
            e += extra;
            break;
        }
    }
    Some(doc.slice(d, e).to_string())
}

/// Organisations not in the dictionary: capitalised names ending in an organisation noun.
pub(crate) fn find_orgs(doc: &Doc<'_>, _dict: &Dictionaries, norms: &[&str], r: &mut Recognised) {
    let mut orgs = org_names(r);
    for s in &doc.sentences {
        let mut i = s.first;
        while i < s.last {
            let t = &doc.tokens[i];
            if r.mention_at[i] != 0 || t.kind != Kind::Word || !t.is(CAP) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < s.last && r.mention_at[j] == 0 {
                let tj = &doc.tokens[j];
                if (tj.kind == Kind::Word && tj.is(CAP))
                    || (matches!(norms[j], "of" | "for" | "and")
                        && j + 1 < s.last
                        && doc.tokens[j + 1].is(CAP)
                        && j > i)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if j > i + 1 && body_head(norms[j - 1]) && !not_name(norms[i]) {
                add_org(r, &mut orgs, doc.slice(i, j));
            } else if j > i + 1 && body_head(norms[j - 1]) && j - i > 2 {
                add_org(r, &mut orgs, doc.slice(i + 1, j));
            }
            i = j.max(i + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{MentionKind, recognise};
    use comity_dict::Dictionaries;
    use comity_text::Doc;

    /// The people each lone surname or given name was taken for, in text order.
    fn lone_mentions(text: &str) -> Vec<(String, String)> {
        let dict = Dictionaries::builtin();
        let doc = Doc::new(text);
        let r = recognise(&doc, &dict, None);
        r.mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person && m.last - m.first == 1)
            .filter_map(|m| {
                let p = m.person?;
                Some((doc.slice(m.first, m.last).to_string(), r.people[p].name.clone()))
            })
            .collect()
    }

    #[test]
    // Invented names: a common one ("John Smith") may be an officeholder of the lexicon.
    fn a_lone_name_is_the_last_person_met_before_it_with_that_name() {
        let got = lone_mentions(
            "Vantersloot arrived early. John Vantersloot met Mary Vantersloot in Oslo. Vantersloot said the talks went well. \
             Later Mary spoke, and John Vantersloot answered. Vantersloot left.",
        );
        assert_eq!(
            got,
            vec![
                // Mary Vantersloot was named after John Vantersloot: the last one met takes the surname.
                ("Vantersloot".to_string(), "Mary Vantersloot".to_string()),
                ("Mary".to_string(), "Mary Vantersloot".to_string()),
                // Naming John Vantersloot again does not make him the later person.
                ("Vantersloot".to_string(), "Mary Vantersloot".to_string()),
            ],
            "the first Vantersloot, before anyone of that name, names nobody"
        );
    }

    #[test]
    fn thousands_of_people_and_lone_names_resolve() {
        // Many distinct people, each named in full once and then by surname: every lone
        // surname finds its own person.
        let mut text = String::new();
        let given = ["John", "Mary", "David", "Anna", "Peter"];
        for k in 0..3000 {
            let surname = format!("Zed{}", to_letters(k));
            text.push_str(&format!(
                "{} {surname} spoke in Oslo. {surname} said more.\n",
                given[k % given.len()]
            ));
        }
        let got = lone_mentions(&text);
        assert_eq!(got.len(), 3000);
        assert!(got.iter().all(|(w, p)| p.ends_with(&format!(" {w}"))));
    }

    /// A number written in letters (surnames are words).
    fn to_letters(mut k: usize) -> String {
        let mut s = String::new();
        loop {
            s.push((b'a' + (k % 26) as u8) as char);
            k /= 26;
            if k == 0 {
                return s;
            }
        }
    }
}
