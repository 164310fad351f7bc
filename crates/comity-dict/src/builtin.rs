//! The built-in dictionary files and the readers of the tab-separated kinds.

use crate::index::{CountryForm, Entity};
use crate::{
    ActorEntry, CameoCode, Country, DatedCode, Dictionaries, Discard, Gender, LoadWarning, Nominal,
    PersonEntry, PlaceEntry, words,
};
use comity_core::Date;

macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../dictionaries/", $name))
    };
}

pub(crate) fn file(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "cameo.tsv" => data!("cameo.tsv"),
        "countries.tsv" => data!("countries.tsv"),
        "places.tsv" => data!("places.tsv"),
        "gazetteer.tsv" => data!("gazetteer.tsv"),
        "people.tsv" => data!("people.tsv"),
        "officeholders.tsv" => data!("officeholders.tsv"),
        "leaders.tsv" => data!("leaders.tsv"),
        "actors.tsv" => data!("actors.tsv"),
        "agents.tsv" => data!("agents.tsv"),
        "sets.txt" => data!("sets.txt"),
        "forms.txt" => data!("forms.txt"),
        "verbs.txt" => data!("verbs.txt"),
        "names.tsv" => data!("names.tsv"),
        "roles.txt" => data!("roles.txt"),
        "discards.txt" => data!("discards.txt"),
        "nominals.tsv" => data!("nominals.tsv"),
        _ => return None,
    })
}

/// PETRARCH2's Phoenix dictionaries (MIT; `dictionaries/phoenix/`, vendored by its
/// `vendor.sh`), part of the built-in lexicon: (kind, file, text). They are added to comity's own
/// files, which keep every phrase they name (see `petrarch_add`).
pub(crate) const PHOENIX: &[(&str, &str, &str)] = &[
    ("verbs", "dictionaries/phoenix/CAMEO.2.0.txt", data!("phoenix/CAMEO.2.0.txt")),
    (
        "actors",
        "dictionaries/phoenix/Phoenix.Countries.actors.txt",
        data!("phoenix/Phoenix.Countries.actors.txt"),
    ),
    (
        "actors",
        "dictionaries/phoenix/Phoenix.International.actors.txt",
        data!("phoenix/Phoenix.International.actors.txt"),
    ),
    (
        "actors",
        "dictionaries/phoenix/Phoenix.MilNonState.actors.txt",
        data!("phoenix/Phoenix.MilNonState.actors.txt"),
    ),
    ("agents", "dictionaries/phoenix/Phoenix.agents.txt", data!("phoenix/Phoenix.agents.txt")),
];

/// Data lines of a file: (line number, tab-separated fields), comments and blanks skipped.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(n, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            None
        } else {
            Some((n + 1, l.split('\t').map(str::trim).collect()))
        }
    })
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// The plural of a demonym that names a person of the country, which stands for the country
/// as a noun: demonyms in -an and -i ("Palestinians", "Iraqis") and the person nouns of other
/// countries ("Britons", "Cypriots", "Greeks", "Serbs", "Turks", "Danes", "Filipinos", "New
/// Zealanders"). Adjectives in -ese, -ish, -ch, -ss and the like ("Chinese", "British",
/// "French", "Swiss") have none; "Pole" has none either, since "poles" is a common noun.
fn people_plural(demonym: &str) -> Option<String> {
    const PERSON_ENDINGS: &[&str] = &[
        "an", "i", "ot", "on", "er", "ek", "ak", "ik", "kh", "rb", "at", "ard", "ne", "de", "nn",
        "ino", "in", "ech", "rk", "ar",
    ];
    let person = PERSON_ENDINGS.iter().any(|e| demonym.ends_with(e));
    (person && demonym != "Pole").then(|| format!("{demonym}s"))
}

fn warn(w: &mut Vec<LoadWarning>, file: &str, line: usize, message: impl Into<String>) {
    w.push(LoadWarning { file: file.into(), line, message: message.into() });
}

fn coord(s: Option<&&str>) -> Option<f64> {
    s.and_then(|s| s.parse().ok())
}

fn valid_actor_code(c: &str) -> bool {
    !c.is_empty()
        && c.len() <= 15
        && c.chars().all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
}

/// `CODE` or `CODE@FROM..TO` with ISO dates, either end open.
pub(crate) fn parse_dated_codes(field: &str) -> Result<Vec<DatedCode>, String> {
    let mut out = Vec::new();
    for item in list(field) {
        let (code, range) = match item.split_once('@') {
            Some((c, r)) => (c.trim(), Some(r.trim())),
            None => (item, None),
        };
        if !valid_actor_code(code) {
            return Err(format!("'{code}' is not an actor code"));
        }
        let (mut from, mut to) = (None, None);
        if let Some(r) = range {
            let (a, b) =
                r.split_once("..").ok_or_else(|| format!("date range '{r}' needs FROM..TO"))?;
            if !a.is_empty() {
                from = Some(Date::parse(a).ok_or_else(|| format!("bad date '{a}'"))?);
            }
            if !b.is_empty() {
                to = Some(Date::parse(b).ok_or_else(|| format!("bad date '{b}'"))?);
            }
        }
        out.push(DatedCode { code: code.to_string(), from, to });
    }
    if out.is_empty() {
        return Err("no code".into());
    }
    Ok(out)
}

pub(crate) fn read_cameo(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    for (n, f) in rows(text) {
        // "=": the value of the code's parent, read before it ("1831" takes "183"'s).
        let g = match f.get(1) {
            Some(&"=") => f
                .first()
                .and_then(|c| c.get(..c.len().saturating_sub(1)))
                .and_then(|p| d.cameo.get(p))
                .map(|p| p.goldstein),
            g => g.and_then(|g| g.parse::<f32>().ok()),
        };
        match (f.first(), g, f.get(2)) {
            (Some(code), Some(goldstein), Some(name))
                if code.len() >= 2 && code.chars().all(|c| c.is_ascii_digit()) =>
            {
                d.cameo.insert(code.to_string(), CameoCode { name: name.to_string(), goldstein });
            }
            _ => warn(w, file, n, "expected CODE<TAB>GOLDSTEIN (or = after its parent)<TAB>NAME"),
        }
    }
}

pub(crate) fn read_countries(
    d: &mut Dictionaries,
    file: &str,
    text: &str,
    w: &mut Vec<LoadWarning>,
) {
    for (n, f) in rows(text) {
        let (Some(iso), Some(names)) = (f.first(), f.get(1)) else {
            warn(w, file, n, "expected ISO3<TAB>NAMES<TAB>DEMONYMS<TAB>CAPITAL<TAB>LAT<TAB>LON");
            continue;
        };
        if iso.len() != 3 || !valid_actor_code(iso) {
            warn(w, file, n, format!("'{iso}' is not a three-letter code"));
            continue;
        }
        let Some(name) = list(names).next() else {
            warn(w, file, n, "no name");
            continue;
        };
        let capital = f.get(3).and_then(|c| list(c).next()).map(str::to_string);
        let (lat, lon) = (coord(f.get(4)), coord(f.get(5)));
        let idx = d.countries.len();
        d.countries.push(Country {
            iso: iso.to_string(),
            name: name.to_string(),
            capital: capital.clone(),
            lat,
            lon,
        });
        d.country_by_iso.insert(iso.to_string(), idx);
        for nm in list(names) {
            d.phrases.insert(
                words(nm),
                Entity::Country { iso: iso.to_string(), form: CountryForm::Name },
            );
        }
        for dm in f.get(2).map(|s| list(s).collect::<Vec<_>>()).unwrap_or_default() {
            d.phrases.insert(
                words(dm),
                Entity::Country { iso: iso.to_string(), form: CountryForm::Adjective },
            );
            // The people as a plural noun stand for their country: "the Israelis",
            // "Palestinians", "North Koreans", "Britons", "Greek Cypriots" (`people_plural`).
            // A demonym two countries share ("Korean") makes a plural of both, which the
            // article decides between as it does the adjective.
            if let Some(plural) = people_plural(dm) {
                let plural = words(&plural);
                let free = d.phrases.get(&plural).iter().all(|e| {
                    matches!(e, Entity::Country { iso: other, form: CountryForm::Name } if other != iso)
                });
                if free {
                    d.phrases.insert(
                        plural,
                        Entity::Country { iso: iso.to_string(), form: CountryForm::Name },
                    );
                }
            }
        }
        if let Some(caps) = f.get(3) {
            for (k, cap) in list(caps).enumerate() {
                let pidx = d.places.len();
                if k == 0 {
                    d.places.push(PlaceEntry {
                        name: cap.to_string(),
                        country: iso.to_string(),
                        kind: "capital".into(),
                        lat,
                        lon,
                    });
                }
                d.phrases.insert(
                    words(cap),
                    Entity::Country { iso: iso.to_string(), form: CountryForm::Capital },
                );
                d.phrases.insert(
                    words(cap),
                    Entity::Place { idx: if k == 0 { pidx } else { d.places.len() - 1 } },
                );
            }
        }
    }
}

/// Reads a places file. With `only_new` (the gazetteer), a name that any entry read before
/// already names (a country, capital, person, organisation, role or place) stays theirs; a
/// city that Phoenix lists as a name of its state gets its place beside that actor.
pub(crate) fn read_places(
    d: &mut Dictionaries,
    file: &str,
    text: &str,
    only_new: bool,
    w: &mut Vec<LoadWarning>,
) {
    for (n, f) in rows(text) {
        let (Some(names), Some(iso), Some(kind)) = (f.first(), f.get(1), f.get(2)) else {
            warn(w, file, n, "expected NAMES<TAB>ISO3<TAB>KIND<TAB>LAT<TAB>LON");
            continue;
        };
        let Some(name) = list(names).next() else {
            warn(w, file, n, "no name");
            continue;
        };
        if iso.len() != 3 {
            warn(w, file, n, format!("'{iso}' is not a three-letter code"));
            continue;
        }
        let names: Vec<Vec<String>> = list(names)
            .map(words)
            .filter(|ws| {
                // Phoenix's cities standing for their state ("+SAMARRA" under Iraq) keep
                // coding as the state and are also the city where a place is read.
                !only_new
                    || d.phrases.get(ws).iter().all(
                        |e| matches!(e, Entity::Actor { idx } if d.actors[*idx].kind == "state"),
                    )
            })
            .collect();
        if names.is_empty() {
            continue;
        }
        let idx = d.places.len();
        d.places.push(PlaceEntry {
            name: name.to_string(),
            country: iso.to_string(),
            kind: kind.to_string(),
            lat: coord(f.get(3)),
            lon: coord(f.get(4)),
        });
        for ws in names {
            d.phrases.insert(ws, Entity::Place { idx });
        }
    }
}

/// One row of a people file: the entry and its aliases (`true` = weak).
type PersonRow<'a> = (PersonEntry, Vec<(bool, &'a str)>);

fn person_row<'a>(
    file: &str,
    n: usize,
    f: &[&'a str],
    w: &mut Vec<LoadWarning>,
) -> Option<PersonRow<'a>> {
    let (Some(name), Some(codes)) = (f.first(), f.get(2)) else {
        warn(w, file, n, "expected NAME<TAB>ALIASES<TAB>CODES<TAB>GENDER<TAB>TITLE");
        return None;
    };
    let codes = match parse_dated_codes(codes) {
        Ok(c) => c,
        Err(m) => {
            warn(w, file, n, m);
            return None;
        }
    };
    let gender = match f.get(3).copied() {
        Some("f") | Some("F") => Some(Gender::Female),
        Some("m") | Some("M") => Some(Gender::Male),
        _ => None,
    };
    let title = f.get(4).filter(|t| !t.is_empty()).map(|t| t.to_string());
    let aliases = f
        .get(1)
        .map(|s| list(s).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|a| match a.strip_prefix('?') {
            Some(rest) => (true, rest.trim()),
            None => (false, a),
        })
        .filter(|(_, a)| !a.is_empty())
        .collect();
    Some((PersonEntry { name: name.to_string(), codes, gender, title }, aliases))
}

/// Reads `officeholders.tsv` (people in office 1990–2026, generated from
/// `dictionaries/terms/`) and then `leaders.tsv` (people in office converted from the Phoenix
/// dictionaries), after `people.tsv` and `actors.tsv`; the file read first wins:
/// `people.tsv`, then `officeholders.tsv`, then `leaders.tsv`. A person whose full name or
/// strong alias already names a person of a file read before is left out (counted in
/// [`LeaderStats::curated`]), but its other names that name nothing yet become names of that
/// person; a phrase of a person that names an earlier person of the same
/// file (the first row wins), a country, place or organisation is left out of that person
/// (counted in [`LeaderStats::clashes`]). Weak aliases may be shared by several leaders (the
/// one whose full name appeared is meant) but never shadow a strong alias or another entity.
pub(crate) fn read_leaders(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    let start = d.people.len();
    for (n, f) in rows(text) {
        let Some((mut entry, aliases)) = person_row(file, n, &f, w) else { continue };
        // The Phoenix codes of `leaders.tsv` file legislators under the government.
        for c in &mut entry.codes {
            c.code = crate::petrarch_add::legislator(&c.code);
        }
        let name = words(&entry.name);
        let strong: Vec<Vec<String>> = std::iter::once(name.clone())
            .chain(aliases.iter().filter(|(weak, _)| !weak).map(|(_, a)| words(a)))
            .collect();
        // The person of an earlier file that one of these names names.
        let earlier = strong.iter().find_map(|p| {
            d.phrases.get(p).iter().find_map(|e| match e {
                Entity::Person { idx, .. } if *idx < start => Some(*idx),
                _ => None,
            })
        });
        if let Some(earlier) = earlier {
            d.leader_stats.curated += 1;
            // The same person under other spellings ("Alvaro Uribe Velez" for "Álvaro
            // Uribe"): the names no one else has become the earlier entry's.
            for p in strong {
                if d.phrases.get(&p).is_empty() {
                    d.phrases.insert(p, Entity::Person { idx: earlier, weak: false });
                }
            }
            continue;
        }
        if !d.phrases.get(&name).is_empty() {
            d.leader_stats.clashes += 1;
            continue;
        }
        let idx = d.people.len();
        d.people.push(entry);
        d.phrases.insert(name, Entity::Person { idx, weak: false });
        for (weak, a) in aliases {
            let p = words(a);
            let taken = d.phrases.get(&p).iter().any(|e| match e {
                Entity::Person { weak: other_weak, .. } => !(weak && *other_weak),
                Entity::Agent { .. } => false,
                _ => true,
            });
            if taken {
                d.leader_stats.clashes += 1;
            } else {
                d.phrases.insert(p, Entity::Person { idx, weak });
            }
        }
    }
}

pub(crate) fn read_people(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    for (n, f) in rows(text) {
        let Some((entry, aliases)) = person_row(file, n, &f, w) else { continue };
        let idx = d.people.len();
        d.phrases.insert(words(&entry.name), Entity::Person { idx, weak: false });
        d.people.push(entry);
        for (weak, a) in aliases {
            d.phrases.insert(words(a), Entity::Person { idx, weak });
        }
    }
}

pub(crate) fn read_actors(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    for (n, f) in rows(text) {
        let (Some(names), Some(codes)) = (f.first(), f.get(1)) else {
            warn(w, file, n, "expected NAMES<TAB>CODES<TAB>KIND");
            continue;
        };
        let codes = match parse_dated_codes(codes) {
            Ok(c) => c,
            Err(m) => {
                warn(w, file, n, m);
                continue;
            }
        };
        let Some(name) = list(names).next() else {
            warn(w, file, n, "no name");
            continue;
        };
        let idx = d.actors.len();
        d.actors.push(ActorEntry {
            name: name.to_string(),
            codes,
            kind: f.get(2).unwrap_or(&"org").to_string(),
        });
        for nm in list(names) {
            d.phrases.insert(words(nm), Entity::Actor { idx });
        }
    }
}

pub(crate) fn read_agents(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    for (n, f) in rows(text) {
        let (Some(names), Some(code)) = (f.first(), f.get(1)) else {
            warn(w, file, n, "expected PHRASES<TAB>CODE");
            continue;
        };
        if !valid_actor_code(code) {
            warn(w, file, n, format!("'{code}' is not an agent code"));
            continue;
        }
        let owned = match f.get(2).map(|s| s.trim()) {
            None | Some("") => false,
            Some("owned") => true,
            Some(other) => {
                warn(w, file, n, format!("'{other}' is not a known flag (expected 'owned')"));
                continue;
            }
        };
        for nm in list(names) {
            d.phrases.insert(words(nm), Entity::Agent { code: code.to_string(), owned });
        }
    }
}

pub(crate) fn read_sets(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    let mut current: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('&') {
            let name = format!("&{}", name.trim().to_lowercase());
            d.sets.entry(name.clone()).or_default();
            current = Some(name);
        } else if let Some(set) = &current {
            d.sets.get_mut(set).expect("set created at its header").push(words(line));
        } else {
            warn(w, file, n + 1, "phrase before any &SET header");
        }
    }
}

pub(crate) fn read_names(d: &mut Dictionaries, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
    for (n, f) in rows(text) {
        let gender = match f.first().copied() {
            Some("f") => Some(Gender::Female),
            Some("m") => Some(Gender::Male),
            Some("?") => None,
            _ => {
                warn(w, file, n, "expected f, m or ?, a tab, then names");
                continue;
            }
        };
        for name in f.get(1).unwrap_or(&"").split_whitespace() {
            let name = name.to_lowercase();
            match gender {
                Some(g) => {
                    d.given_names.insert(name, g);
                }
                // (A name of no recorded gender never overrides one of known gender.)
                None => {
                    d.ungendered_names.insert(name);
                }
            }
        }
    }
}

pub(crate) fn read_roles(d: &mut Dictionaries, text: &str) {
    for (_, f) in rows(text) {
        if let Some(r) = f.first() {
            d.roles.insert(r.to_lowercase());
        }
    }
}

pub(crate) fn read_discards(d: &mut Dictionaries, text: &str) {
    for (_, f) in rows(text) {
        if let Some(p) = f.first() {
            let (story, p) = match p.strip_prefix('+') {
                Some(rest) => (true, rest),
                None => (false, *p),
            };
            let ws = words(p);
            if !ws.is_empty() {
                d.discards.push(Discard { words: ws, story });
            }
        }
    }
}

/// Slots a nominal's actors may fill: `poss`, `mod`, a preposition, or `that` (the subject of
/// a "that" clause on the noun).
const SLOTS: &[&str] = &[
    "poss", "mod", "by", "from", "of", "on", "against", "to", "with", "into", "between", "toward",
    "towards", "for", "over", "at", "that", "among",
];

pub(crate) fn read_nominals(
    d: &mut Dictionaries,
    file: &str,
    text: &str,
    w: &mut Vec<LoadWarning>,
) {
    for (n, f) in rows(text) {
        if f.len() < 4 {
            warn(w, file, n, "expected four columns: nouns, code, source slots, target slots");
            continue;
        }
        let code = f[1];
        if code.len() < 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
            warn(w, file, n, format!("bad CAMEO code '{code}'"));
            continue;
        }
        let slots = |col: &str| -> Result<Vec<String>, String> {
            list(col)
                .map(|s| {
                    let s = s.to_lowercase();
                    // "for+to": the actor right after "for" and before "to" ("calls for Syria
                    // to withdraw").
                    let preposition = s.strip_suffix("+to").unwrap_or(&s);
                    if SLOTS.contains(&preposition) { Ok(s) } else { Err(s) }
                })
                .collect()
        };
        let (source, target) = match (slots(f[2]), slots(f[3])) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(bad), _) | (_, Err(bad)) => {
                warn(
                    w,
                    file,
                    n,
                    format!("unknown slot '{bad}' (use poss, mod, that or a preposition)"),
                );
                continue;
            }
        };
        let i = d.nominals.len();
        d.nominals.push(Nominal {
            code: code.to_string(),
            source,
            target,
            origin: format!("{file}:{n}"),
        });
        for form in list(f[0]) {
            d.nominal_forms.insert(form.to_lowercase(), i);
        }
    }
}
