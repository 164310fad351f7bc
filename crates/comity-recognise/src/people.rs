//! People and organisations of an article: names the dictionary knows, names it does not (told
//! apart by a given name, a title, an apposition or a speech verb), later mentions by surname,
//! and titles and organisations from appositions ("Oleg Ignatov, senior analyst for X").

use crate::{Mention, MentionKind, NOT_NAMES, Recognised, push_mention};
use comity_core::Date;
use comity_dict::{Dictionaries, Gender, code_at};
use comity_text::{CAP, Doc, Kind};

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

fn add_org(r: &mut Recognised, name: &str) {
    if !name.is_empty() && !r.orgs.iter().any(|o| o.name == name) {
        r.orgs.push(DocOrg { name: name.to_string(), code: None });
    }
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

static PARTICLES: comity_text::WordSet = comity_text::WordSet::new(&[
    "bin", "al", "de", "van", "von", "der", "la", "da", "du", "del", "di", "ibn", "le",
]);

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

/// Finds the people of the article and the mentions that name them.
pub(crate) fn find_people(doc: &Doc<'_>, dict: &Dictionaries, norms: &[&str], r: &mut Recognised) {
    for s in &doc.sentences {
        let mut i = s.first;
        while i < s.last {
            let t = &doc.tokens[i];
            if r.mention_at[i] != 0
                || t.kind != Kind::Word
                || !t.is(CAP)
                || NOT_NAMES.contains(&norms[i])
            {
                i += 1;
                continue;
            }
            // A run of capitalised words, with name particles inside.
            let mut j = i + 1;
            while j < s.last && j - i < 5 && r.mention_at[j] == 0 {
                let tj = &doc.tokens[j];
                let cap_word =
                    tj.kind == Kind::Word && tj.is(CAP) && !NOT_NAMES.contains(&norms[j]);
                let particle =
                    PARTICLES.contains(&norms[j]) && j + 1 < s.last && doc.tokens[j + 1].is(CAP);
                if !(cap_word || particle) {
                    break;
                }
                j += 1;
            }
            if j - i == 1 {
                // A surname or a given name alone: a person named earlier.
                if let Some(p) = later_mention(r, norms[i], doc, i) {
                    add_person_mention(r, doc, i, i + 1, p);
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
            let title_before = i > s.first && dict.roles.contains(norms[i - 1]);
            let after = j;
            let appositive = after + 1 < s.last
                && norms[after] == ","
                && appositive_title(doc, dict, norms, after + 1, s.last).is_some();
            let speech_after = after < s.last && SPEECH.contains(&norms[after]);
            let after_according = i >= 2 && norms[i - 1] == "to" && norms[i - 2] == "according";
            if run_ok
                && (given.is_some()
                    || title_before
                    || appositive
                    || speech_after
                    || after_according)
            {
                let name = doc.slice(i, j).to_string();
                let p = match r.people.iter().position(|x| x.name == name) {
                    Some(p) => p,
                    None => {
                        let code = code_from_preceding(r, dict, norms, i);
                        r.people.push(DocPerson {
                            name,
                            dict: None,
                            title: None,
                            organization: None,
                            code,
                            gender: given,
                        });
                        r.people.len() - 1
                    }
                };
                add_person_mention(r, doc, i, j, p);
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
                    add_org(r, o);
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
        if p.title.is_none()
            && let Some(d) = p.dict
        {
            p.title = dict.people[d].title.clone();
        }
        if p.gender.is_none() {
            let first = p.name.split_whitespace().next().unwrap_or("").to_lowercase();
            p.gender = dict.given_names.get(&first).copied();
        }
    }
}

static STOP: comity_text::WordSet = comity_text::WordSet::new(&[
    "the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "by", "to", "said", "says",
    "that", "as", "at", "from", "who", "which", "while", "but", "is", "was", "were", "are", "has",
    "had", "have",
]);

/// The person a lone capitalised word names: a surname or given name of someone met earlier.
fn later_mention(r: &Recognised, word: &str, doc: &Doc<'_>, i: usize) -> Option<usize> {
    let start = doc.tokens[i].start as usize;
    r.people.iter().enumerate().rev().find_map(|(k, p)| {
        let mut parts = p.name.split_whitespace();
        let first = parts.next()?.to_lowercase();
        let last = p.name.split_whitespace().last()?.to_lowercase();
        let met_before = r
            .mentions
            .iter()
            .any(|m| m.person == Some(k) && (doc.tokens[m.first].start as usize) < start);
        (met_before && (last == word || (first == word && p.name.split_whitespace().count() > 1)))
            .then_some(k)
    })
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

/// "Ukrainian President X": a country (with an agent) just before the title gives the code.
fn code_from_preceding(
    r: &Recognised,
    dict: &Dictionaries,
    norms: &[&str],
    i: usize,
) -> Option<String> {
    for back in 1..=3 {
        if back > i {
            break;
        }
        if let Some(m) = r.mention(i - back) {
            if m.kind == MentionKind::Country && m.countries.len() == 1 {
                if let Some(a) = &m.agent {
                    return Some(format!("{}{a}", m.countries[0]));
                }
                let role_between = (i - back + 1..i)
                    .any(|k| dict.roles.contains(norms[k]) || GOV_TITLES.contains(&norms[k]));
                return role_between.then(|| format!("{}GOV", m.countries[0]));
            }
            return None;
        }
    }
    None
}

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
            && ORG_HEADS.contains(&norms[e + extra - 1])
        {
            e += extra;
            break;
        }
    }
    Some(doc.slice(d, e).to_string())
}

/// Organisations not in the dictionary: capitalised names ending in an organisation noun.
pub(crate) fn find_orgs(doc: &Doc<'_>, _dict: &Dictionaries, norms: &[&str], r: &mut Recognised) {
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
            if j > i + 1 && ORG_HEADS.contains(&norms[j - 1]) && !NOT_NAMES.contains(&norms[i]) {
                add_org(r, doc.slice(i, j));
            } else if j > i + 1 && ORG_HEADS.contains(&norms[j - 1]) && j - i > 2 {
                add_org(r, doc.slice(i + 1, j));
            }
            i = j.max(i + 1);
        }
    }
}
