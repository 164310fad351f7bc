//! Converts the people of PETRARCH2's Phoenix actor dictionaries into `dictionaries/leaders.tsv`
//! (the `people.tsv` format).
//!
//! ```text
//! cargo run --release -p comity-dict --example phoenix_leaders -- \
//!     ../shared/petrarch/phoenix dictionaries > dictionaries/leaders.tsv
//! ```
//!
//! The first argument is the folder holding `Phoenix.Countries.actors.txt` and
//! `Phoenix.International.actors.txt`; the second is comity's `dictionaries/` folder, whose
//! country, place, given-name, role and agent words keep ordinary words out of the aliases.
//! The output depends only on these files and is byte-for-byte reproducible.
//!
//! Which entries are people:
//! - `Phoenix.Countries.actors.txt`: every entry whose name line carries the comment
//!   `# CountryInfo.txt` (the officeholders generated from CountryInfo; countries, parties and
//!   groups of that file carry no such comment), and every entry added by hand next to such
//!   an entry that has a dated code of a country (`USAGOV 130227-...`) and a name of two to
//!   five words without a title, role, agent or country word (`CHUCK_HAGEL`);
//! - `Phoenix.International.actors.txt`: every entry with an `IGOrulers` comment on any of its
//!   lines (heads of international organisations), and every entry whose name is a title
//!   followed by a name given again as a synonym (`SECRETARY-GENERAL_BAN_KI-MOON` with
//!   `+BAN_KI-MOON`).
//!
//! Dates are read by comity-dict's Phoenix reader: six-digit `YYMMDD` years below 30 are
//! 20YY, the others 19YY. The files were generated in 2014 and their six-digit years are 00-14
//! and 31-99, so every pivot from 15 to 31 reads them alike.

use comity_dict::petrarch::{ActorSpec, read_actors};
use comity_dict::{DatedCode, LoadWarning};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// Words that make a phrase a title or a description rather than a name.
const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "secretary-general",
    "general",
    "governor",
    "administration",
    "government",
    "the",
    "us",
    "u.s.",
    "american",
    "chancellor",
    "premier",
    "ambassador",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen.",
    "col.",
    "leader",
    "chairman",
    "chief",
    "united",
    "nations",
    "un",
    "former",
    "of",
    "for",
    "and",
    "pope",
    "colonel",
    "marshal",
    "admiral",
    "supreme",
    "head",
    "director",
    "envoy",
    "special",
    "representative",
    "spokesman",
    "spokeswoman",
    "pm",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "prof",
    "kanzler",
    "bundeskanzler",
    "presidente",
    "administration's",
];

/// Words that make an officeholder's entry name an office rather than a name
/// (`FOREIGN_MINISTER_ABDULLAH`); such an entry takes its first synonym that is a name.
const OFFICE_WORDS: &[&str] = &[
    "minister",
    "president",
    "secretary",
    "sec.",
    "acting",
    "mr.",
    "mr",
    "mrs.",
    "ms.",
    "dr.",
    "governor",
    "chancellor",
    "premier",
    "ambassador",
    "senator",
    "chairman",
];

/// Honorifics dropped from the front of a name (`SIR_PAUL_HASLUCK` is "Paul Hasluck", with
/// "Sir Paul Hasluck" as an alias); elsewhere in a name they are names (Julie Bishop).
const HONORIFICS: &[&str] = &[
    "sir",
    "datuk",
    "dato'",
    "dato",
    "seri",
    "sri",
    "tun",
    "haji",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "shaikh",
    "sheik",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "ayatollah",
    "cardinal",
    "archbishop",
    "bishop",
    "dr.",
    "gen.",
    "mr.",
    "mrs.",
];

/// Given names that begin compound given names (`Jean-Claude`, `Frank-Walter`).
const COMPOUND_GIVEN: &[&str] =
    &["jean", "marie", "pierre", "anne", "hans", "karl", "frank", "jean-pierre", "kai"];

/// Country codes whose people write the family name first.
const FAMILY_FIRST: &[&str] = &["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP"];

/// Country codes whose people often carry two family names, the first being the main one.
const TWO_SURNAMES: &[&str] = &[
    "ESP", "MEX", "COL", "VEN", "ARG", "CHL", "PER", "BOL", "ECU", "URY", "PRY", "CUB", "DOM",
    "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "PRI",
];

/// Lower-case name particles kept in lower case inside a name.
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "della", "der", "den", "van", "von",
    "la", "le", "du", "dos", "das", "do", "y", "ul", "ud",
];

/// Particles that begin a Romance or Germanic family name (`de la Paz`, `van Rompuy`).
const ROMANCE_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
    "do", "y",
];

/// Arabic articles written joined to the next word: `al-Maliki`.
const ARTICLES: &[&str] = &["al", "el"];

/// Name suffixes that are not surnames.
const SUFFIXES: &[&str] = &["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"];

struct Words {
    ordinary: HashSet<String>,
    titles: HashSet<String>,
    isos: HashSet<String>,
}

struct Person {
    name: String,
    strong: Vec<String>,
    weak: Vec<String>,
    codes: Vec<DatedCode>,
}

#[derive(Default)]
struct Counts {
    countries_people: usize,
    igo_people: usize,
    no_name: usize,
    no_code: usize,
    dropped_codes: usize,
    reversed_periods: usize,
    duplicate_names: usize,
    ambiguous_aliases: usize,
    word_aliases: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(phoenix), Some(dicts)) = (args.first(), args.get(1)) else {
        eprintln!("usage: phoenix_leaders PHOENIX_DIR COMITY_DICTIONARIES_DIR > leaders.tsv");
        std::process::exit(2);
    };
    match run(Path::new(phoenix), Path::new(dicts)) {
        Ok((out, summary)) => {
            print!("{out}");
            eprintln!("{summary}");
        }
        Err(e) => {
            eprintln!("phoenix_leaders: {e}");
            std::process::exit(2);
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Lower-case phrases of comity's own dictionaries that must not become a person's alias.
/// Returns (ordinary words, title words, ISO codes): ordinary words are country, place,
/// agent, role and given names; title words are the agent, role and country words and
/// `TITLE_WORDS`, which mark a phrase as a description rather than a name.
fn ordinary_words(dicts: &Path) -> Result<Words, String> {
    let mut words = HashSet::new();
    let mut titles = HashSet::new();
    let mut isos = HashSet::new();
    let fields = |text: &str, cols: &[usize], out: &mut HashSet<String>| {
        for l in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = l.split('\t').collect();
            for &c in cols {
                for p in f.get(c).map(|s| s.split(';')).into_iter().flatten() {
                    let p = p.trim().to_lowercase();
                    if !p.is_empty() {
                        out.insert(p);
                    }
                }
            }
        }
    };
    let countries = read(&dicts.join("countries.tsv"))?;
    fields(&countries, &[1, 2], &mut titles);
    fields(&countries, &[1, 2, 3], &mut words);
    for l in countries.lines().filter(|l| !l.starts_with('#')) {
        if let Some(iso) = l.split('\t').next().filter(|s| s.len() == 3) {
            isos.insert(iso.to_string());
        }
    }
    fields(&read(&dicts.join("places.tsv"))?, &[0], &mut words);
    fields(&read(&dicts.join("agents.tsv"))?, &[0], &mut titles);
    for l in read(&dicts.join("names.tsv"))?.lines().filter(|l| !l.starts_with('#')) {
        for n in l.split('\t').nth(1).unwrap_or("").split_whitespace() {
            words.insert(n.to_lowercase());
        }
    }
    for l in read(&dicts.join("roles.txt"))?.lines().filter(|l| !l.starts_with('#')) {
        if !l.trim().is_empty() {
            titles.insert(l.trim().to_lowercase());
        }
    }
    titles.extend(TITLE_WORDS.iter().map(|s| s.to_string()));
    words.extend(titles.iter().cloned());
    Ok(Words { ordinary: words, titles, isos })
}

/// Upper-cases the first letter of a word part, lower-cases the rest; `Mc` and `O'` names and
/// Roman numerals keep their capitals.
fn cap(part: &str) -> String {
    if matches!(part, "ii" | "iii" | "iv") {
        return part.to_uppercase();
    }
    let mut out = String::new();
    let mut up = true;
    let chars: Vec<char> = part.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if up {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        up = (i == 1 && (c == '\'' || out == "Mc")) || c == '.';
    }
    out
}

/// A name in normal case from the reader's lower-case words. Korean given names and other
/// hyphenated words of short syllables keep the part after a hyphen in lower case
/// (`Ban Ki-moon`); Arabic articles are joined to the next word (`Nuri al-Maliki`).
fn normal_case(words: &[String], korean: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut join_next = false;
    for (i, w) in words.iter().enumerate() {
        let last = i + 1 == words.len();
        let word = if i > 0 && !last && PARTICLES.contains(&w.as_str()) {
            w.clone()
        } else {
            let short = w.contains('-') && w.split('-').all(|p| p.chars().count() <= 4);
            let parts: Vec<&str> = w.split('-').collect();
            let article = parts.len() > 1 && ARTICLES.contains(&parts[0]);
            parts
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    if (k > 0 && (korean || short) && !article)
                        || (k == 0 && article && (i > 0 || words.len() == 1))
                    {
                        p.to_string()
                    } else {
                        cap(p)
                    }
                })
                .collect::<Vec<_>>()
                .join("-")
        };
        match (join_next, out.last_mut()) {
            (true, Some(prev)) => {
                prev.push('-');
                prev.push_str(&word);
            }
            _ => out.push(word),
        }
        join_next = i > 0 && !last && ARTICLES.contains(&w.as_str());
    }
    out
}

fn is_title(words: &[String], titles: &HashSet<String>) -> bool {
    words.iter().any(|w| titles.contains(w)) || titles.contains(&words.join(" "))
}

/// Line numbers of each entry's span that hold `marker` in a comment.
fn marked(text: &str, specs: &[ActorSpec], marker: &str, whole_span: bool) -> Vec<bool> {
    let lines: Vec<&str> = text.lines().collect();
    let has = |n: usize| {
        lines.get(n.wrapping_sub(1)).is_some_and(|l| {
            l.find('#').is_some_and(|p| l[p..].to_ascii_lowercase().contains(marker))
        })
    };
    specs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if !whole_span {
                return has(s.line);
            }
            let end = specs.get(i + 1).map_or(lines.len() + 1, |n| n.line);
            (s.line..end).any(has)
        })
        .collect()
}

fn format_date(d: comity_core::Date) -> String {
    d.to_string()
}

fn run(phoenix: &Path, dicts: &Path) -> Result<(String, String), String> {
    let Words { ordinary, titles, isos } = ordinary_words(dicts)?;
    let mut c = Counts::default();
    let mut w: Vec<LoadWarning> = Vec::new();
    let mut people: Vec<Person> = Vec::new();
    for (file, igo) in
        [("Phoenix.Countries.actors.txt", false), ("Phoenix.International.actors.txt", true)]
    {
        let text = read(&phoenix.join(file))?;
        let specs = read_actors(file, &text, &mut w);
        let flags = if igo {
            marked(&text, &specs, "igorulers", true)
        } else {
            let m = marked(&text, &specs, "countryinfo", false);
            // Officeholders added by hand among the generated ones carry no comment: an
            // entry next to a person (the one before it taken as a person, or the one after
            // it marked), with a dated country code, whose name has two to five words and no
            // title word, is one of them.
            let mut out: Vec<bool> = Vec::with_capacity(specs.len());
            for (i, s) in specs.iter().enumerate() {
                let near =
                    out.last().copied().unwrap_or(false) || m.get(i + 1).copied().unwrap_or(false);
                let dated = s.codes.iter().any(|d| {
                    (d.from.is_some() || d.to.is_some())
                        && d.code.len() >= 6
                        && isos.contains(&d.code[..3])
                });
                let n = s.phrases[0].words.len();
                out.push(
                    m[i] || (near
                        && dated
                        && (2..=5).contains(&n)
                        && !is_title(&s.phrases[0].words, &titles)),
                );
            }
            out
        };
        for (spec, flag) in specs.iter().zip(flags) {
            let head = &spec.phrases[0].words;
            let mut name_words = head.clone();
            let mut person = flag;
            if igo && !flag && is_title(&head[..1], &titles) {
                // A title followed by a name that is also a synonym.
                if let Some(p) = spec.phrases[1..].iter().find(|p| {
                    p.words.len() >= 2 && head.ends_with(&p.words) && !is_title(&p.words, &titles)
                }) {
                    name_words = p.words.clone();
                    person = true;
                }
            }
            if !person {
                continue;
            }
            let mut honorific = None;
            while name_words.len() > 2 && HONORIFICS.contains(&name_words[0].as_str()) {
                honorific.get_or_insert_with(|| name_words.clone());
                name_words.remove(0);
            }
            let office = |w: &[String]| w.iter().any(|w| OFFICE_WORDS.contains(&w.as_str()));
            if (igo && is_title(&name_words, &titles)) || office(&name_words) {
                // A head such as PRESIDENT_X: take the first synonym that is a name.
                match spec.phrases[1..].iter().find(|p| !is_title(&p.words, &titles)) {
                    Some(p) => name_words = p.words.clone(),
                    None => {
                        if std::env::var_os("PHOENIX_LEADERS_DEBUG").is_some() {
                            eprintln!("no name: {file}:{}: {}", spec.line, head.join(" "));
                        }
                        c.no_name += 1;
                        continue;
                    }
                }
            }
            let mut codes: Vec<DatedCode> = Vec::new();
            let mut undated: Vec<DatedCode> = Vec::new();
            for dc in &spec.codes {
                let valid = dc.code.len() <= 15
                    && dc.code.chars().all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
                    && (dc.code.len() > 3 || isos.contains(&dc.code));
                if !valid {
                    c.dropped_codes += 1;
                    continue;
                }
                if let (Some(f), Some(t)) = (dc.from, dc.to)
                    && f > t
                {
                    c.reversed_periods += 1;
                    continue;
                }
                let target =
                    if dc.from.is_none() && dc.to.is_none() { &mut undated } else { &mut codes };
                if !target.contains(dc) {
                    target.push(dc.clone());
                }
            }
            // Offices before the wider "elite" periods they fall in, undated codes last: the
            // reader picks the first period in force.
            codes.sort_by_key(|d| d.code.ends_with("ELI"));
            codes.extend(undated);
            if codes.is_empty() {
                c.no_code += 1;
                continue;
            }
            let has =
                |list: &[&str]| codes.iter().any(|d| list.iter().any(|p| d.code.starts_with(p)));
            let korean = has(&["KOR", "PRK", "TWN"]);
            let mut name_cased = normal_case(&name_words, korean);
            let mut strong: Vec<String> = Vec::new();
            // Korean and Taiwanese names written in three words are usually written with a hyphenated given
            // name: KIM_DAE_JUNG is "Kim Dae-jung", "Kim Dae Jung" stays an alias.
            if korean && name_cased.len() == 3 && !name_cased.iter().any(|w| w.contains('-')) {
                strong.push(name_cased.join(" "));
                let given = format!("{}-{}", name_cased[1], name_cased[2].to_lowercase());
                name_cased = vec![name_cased[0].clone(), given];
            }
            let name = name_cased.join(" ");
            if name_cased.len() == 1
                && (name.chars().count() < 4 || ordinary.contains(&name.to_lowercase()))
            {
                c.no_name += 1;
                continue;
            }
            let mut weak: Vec<String> = Vec::new();
            if let Some(h) = &honorific {
                strong.push(normal_case(h, korean).join(" "));
            }
            // Shorter forms of long names: given name and family name ("William Jefferson
            // Hague": "William Hague"), given name and first family name where people carry
            // two ("Vicente Fox Quesada": "Vicente Fox"), and compound given names written
            // with a hyphen ("Jean Claude Juncker": "Jean-Claude Juncker"); not where the
            // first word is an initial or the first half of a compound name ("Abd al-Aziz").
            let n = name_cased.len();
            let first = name_cased[0].to_lowercase();
            let plain_first = first.chars().count() > 2
                && !first.contains('.')
                && !["abd", "abdul", "abu", "abdel", "abdul-"].contains(&first.as_str());
            if n >= 3 && !has(FAMILY_FIRST) && plain_first {
                let last = if SUFFIXES.contains(&name_cased[n - 1].to_lowercase().as_str()) {
                    n - 2
                } else {
                    n - 1
                };
                if last >= 2 && !ROMANCE_PARTICLES.contains(&name_cased[last - 1].as_str()) {
                    strong.push(format!("{} {}", name_cased[0], name_cased[last]));
                }
                if has(TWO_SURNAMES) && last >= 2 {
                    strong.push(format!("{} {}", name_cased[0], name_cased[last - 1]));
                }
                if n == 3 && COMPOUND_GIVEN.contains(&name_cased[0].to_lowercase().as_str()) {
                    strong.push(format!("{}-{} {}", name_cased[0], name_cased[1], name_cased[2]));
                }
            }
            for p in &spec.phrases {
                if is_title(&p.words, &titles) {
                    continue;
                }
                let a = normal_case(&p.words, korean);
                let s = a.join(" ");
                if a.len() >= 2 {
                    strong.push(s);
                } else {
                    weak.push(s);
                }
            }
            // Family names: the first word where it comes first, else the last word that is
            // not a suffix, and the one before it too where people carry two family names;
            // `al-Maliki` also as `Maliki`.
            if name_cased.len() >= 2 {
                let mut k = name_cased.len() - 1;
                if k >= 2 && SUFFIXES.contains(&name_cased[k].to_lowercase().as_str()) {
                    k -= 1;
                }
                let mut family = vec![name_cased[k].clone()];
                if has(FAMILY_FIRST) {
                    family = vec![name_cased[0].clone()];
                } else if has(TWO_SURNAMES)
                    && k >= 2
                    && !PARTICLES.contains(&name_cased[k - 1].as_str())
                {
                    family.insert(0, name_cased[k - 1].clone());
                }
                for sur in family {
                    let bare = ARTICLES
                        .iter()
                        .find_map(|a| sur.strip_prefix(&format!("{a}-")))
                        .map(str::to_string);
                    weak.push(sur);
                    weak.extend(bare);
                }
            }
            let mut seen: HashSet<String> = HashSet::new();
            seen.insert(name.to_lowercase());
            strong.retain(|a| seen.insert(a.to_lowercase()));
            weak.retain(|a| {
                let l = a.to_lowercase();
                if !seen.insert(l.clone()) {
                    return false;
                }
                let ok = a.chars().count() >= 3 && !ordinary.contains(&l);
                if !ok {
                    c.word_aliases += 1;
                }
                ok
            });
            if igo {
                c.igo_people += 1;
            } else {
                c.countries_people += 1;
            }
            people.push(Person { name, strong, weak, codes });
        }
    }
    // Clashes: entries with the same full name (one person listed under two countries, or
    // namesakes) are merged in file order, Countries before International: the first entry's
    // codes come first. A strong alias naming two entries, or another entry's full name, is
    // dropped from all of them.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut merged: Vec<Person> = Vec::new();
    for p in people {
        match by_name.get(&p.name.to_lowercase()) {
            Some(&i) => {
                c.duplicate_names += 1;
                let m = &mut merged[i];
                for d in p.codes {
                    if !m.codes.contains(&d) {
                        m.codes.push(d);
                    }
                }
                for a in p.strong {
                    if !m.strong.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
                        m.strong.push(a);
                    }
                }
                for a in p.weak {
                    if !m.weak.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
                        m.weak.push(a);
                    }
                }
            }
            None => {
                by_name.insert(p.name.to_lowercase(), merged.len());
                merged.push(p);
            }
        }
    }
    let mut people = merged;
    let seen_names: HashSet<String> = by_name.into_keys().collect();
    let mut owners: HashMap<String, usize> = HashMap::new();
    for p in &people {
        for a in &p.strong {
            *owners.entry(a.to_lowercase()).or_default() += 1;
        }
    }
    for p in &mut people {
        p.strong.retain(|a| {
            let l = a.to_lowercase();
            let ok = owners.get(&l) == Some(&1) && !seen_names.contains(&l);
            if !ok {
                c.ambiguous_aliases += 1;
            }
            ok
        });
    }
    let sorted: BTreeMap<String, &Person> = people.iter().map(|p| (p.name.clone(), p)).collect();
    let mut out = String::new();
    out.push_str(HEADER);
    let _ = writeln!(
        out,
        "# {} people; read as people: {} entries of Phoenix.Countries.actors.txt, {} of \
         Phoenix.International.actors.txt.",
        sorted.len(),
        c.countries_people,
        c.igo_people
    );
    let _ = writeln!(
        out,
        "# Left out: {} entries without a usable name, {} without a usable code, {} entries \
         merged into an earlier one of the same name;\n# {} codes that are not actor codes, {} periods ending \
         before they start, {} aliases naming two\n# entries, {} weak aliases that are ordinary \
         words, country, place or given names, or under 3 letters.",
        c.no_name,
        c.no_code,
        c.duplicate_names,
        c.dropped_codes,
        c.reversed_periods,
        c.ambiguous_aliases,
        c.word_aliases
    );
    for p in sorted.values() {
        let mut codes = p.codes.clone();
        codes.sort_by_key(|d| match (d.from, d.to) {
            (None, None) => 2,
            _ => u8::from(d.code.ends_with("ELI")),
        });
        let mut aliases: Vec<String> = p.strong.clone();
        aliases.extend(p.weak.iter().map(|s| format!("?{s}")));
        let codes: Vec<String> = codes
            .iter()
            .map(|d| match (d.from, d.to) {
                (None, None) => d.code.clone(),
                (f, t) => format!(
                    "{}@{}..{}",
                    d.code,
                    f.map(format_date).unwrap_or_default(),
                    t.map(format_date).unwrap_or_default()
                ),
            })
            .collect();
        let _ = writeln!(out, "{}\t{}\t{}\t\t", p.name, aliases.join("; "), codes.join("; "));
    }
    let summary = format!(
        "{} people written; reader warnings on the Phoenix files: {}",
        sorted.len(),
        w.len()
    );
    Ok((out, summary))
}

const HEADER: &str = "\
# People in office with dated codes, converted from the Phoenix actor dictionaries of PETRARCH2
# (Phoenix.Countries.actors.txt, generated from CountryInfo.140130.txt, and the IGO heads of
# Phoenix.International.actors.txt) by crates/comity-dict/examples/phoenix_leaders.rs:
#   cargo run --release -p comity-dict --example phoenix_leaders -- \\
#       ../shared/petrarch/phoenix dictionaries > dictionaries/leaders.tsv
# Do not edit by hand: corrections go into people.tsv, whose entries take precedence.
# Format as people.tsv (full name, aliases with '?' for weak ones, CODE@FROM..TO, gender, title);
# gender and title are left empty. TABARI six-digit dates: years below 30 are 20YY.
#
# Source licence (the Phoenix dictionaries are MIT-licensed):
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the \"Software\"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
#
";
