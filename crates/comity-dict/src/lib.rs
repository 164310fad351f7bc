//! Dictionaries: the knowledge the coder works from, kept as data files.
//!
//! The built-in set lives in the repository's `dictionaries/` folder and is compiled into the
//! binary. A user may replace any file kind with a file of their own (`Dictionaries::load` with
//! [`Mode::Replace`]) or add entries to the built-in set ([`Mode::Add`]). A line that cannot be
//! read is reported as a [`LoadWarning`] naming the file and line, and the rest still loads.
//!
//! File kinds (see `dictionaries/README.md` for the formats):
//! `cameo.tsv` (event codes, names, Goldstein values), `countries.tsv`, `places.tsv`,
//! `people.tsv`, `officeholders.tsv` (people in office 1990–2026, generated from
//! `dictionaries/terms/`), `leaders.tsv` (people in office from the Phoenix dictionaries),
//! `actors.tsv` (institutions and organisations), `agents.tsv`, `verbs.txt`,
//! `sets.txt` (word classes used by verb patterns and flows), `forms.txt` (irregular verbs),
//! `names.tsv` (given names and gender), `roles.txt` (title nouns), `discards.txt`.

mod builtin;
pub mod index;
pub mod petrarch;
mod petrarch_add;
pub mod petrarch_set;
mod verbs;

use comity_core::Date;
pub use index::{Entity, PhraseIndex, PhraseMatch};
pub use petrarch_set::PetrarchSet;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
pub use verbs::{Elem, Form, Pattern, VerbIndex, VerbLemma, has_agent, stands_for, word_bases};

/// A code valid between two dates (either end open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// Picks the code in force on `date`; without a date, the open-ended (current) one. Phoenix's
/// `[---]` ("Indian Ocean": a name that is no actor, listed so that "Indian" is not read in
/// it) is no code.
pub fn code_at(codes: &[DatedCode], date: Option<Date>) -> Option<&str> {
    let code = match date {
        // Of the codes in force, the one of the shortest term: Phoenix gives a Swiss minister
        // his ministry for 2003-2010 and the presidency for 2006 (CHEGOVBUS, CHEGOV); in 2006
        // he is president. The first listed wins a tie.
        Some(d) => codes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.from.is_none_or(|f| f <= d) && c.to.is_none_or(|t| d <= t))
            .min_by_key(|(k, c)| (term_days(c), *k))
            .map(|(_, c)| c)
            .or_else(|| codes.iter().find(|c| c.from.is_none() && c.to.is_none()))
            .map(|c| c.code.as_str()),
        None => {
            codes.iter().rev().find(|c| c.to.is_none()).or(codes.last()).map(|c| c.code.as_str())
        }
    };
    code.filter(|c| !comity_core::unknown_actor(c))
}

/// The length of a dated code's term in days; an open end makes it longer than any closed one.
fn term_days(c: &DatedCode) -> i64 {
    match (c.from, c.to) {
        (Some(f), Some(t)) => t.to_days() - f.to_days(),
        _ => i64::MAX,
    }
}

#[derive(Debug, Clone)]
pub struct CameoCode {
    pub name: String,
    pub goldstein: f32,
}

#[derive(Debug, Clone)]
pub struct Country {
    pub iso: String,
    pub name: String,
    pub capital: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct PlaceEntry {
    pub name: String,
    pub country: String,
    pub kind: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone)]
pub struct PersonEntry {
    pub name: String,
    pub codes: Vec<DatedCode>,
    pub gender: Option<Gender>,
    pub title: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ActorEntry {
    pub name: String,
    pub codes: Vec<DatedCode>,
    /// institution, igo, ngo, org, media, party, group
    pub kind: String,
}

/// A line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DictError {
    #[error("cannot read dictionary folder {path}: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("cannot read dictionary file {path}: {source}")]
    File { path: PathBuf, source: std::io::Error },
    #[error("dictionary folder {0} holds no file comity knows (see dictionaries/README.md)")]
    Empty(PathBuf),
}

/// How user files combine with the built-in set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Each file kind found in the folder replaces the built-in file of that kind.
    Replace,
    /// The folder's entries are added to the built-in ones.
    Add,
}

/// The file kinds, in load order.
pub const KINDS: &[&str] = &[
    "cameo.tsv",
    "countries.tsv",
    "places.tsv",
    "people.tsv",
    "actors.tsv",
    "officeholders.tsv",
    "leaders.tsv",
    "agents.tsv",
    "sets.txt",
    "forms.txt",
    "verbs.txt",
    "names.tsv",
    "roles.txt",
    "discards.txt",
    "nominals.tsv",
    "gazetteer.tsv",
];

/// Kinds read after the Phoenix lexicon, so that they name only what nothing else names: a
/// city of the gazetteer that Phoenix knows as an actor ("Jaipur" for India) stays an actor.
const LATE: &[&str] = &["gazetteer.tsv"];

/// A noun that names an event ("talks", "sanctions") with the slots its actors fill.
#[derive(Debug, Clone)]
pub struct Nominal {
    /// CAMEO code of the event.
    pub code: String,
    /// Where the source stands: `poss` ("Russia's"), `mod` ("Russian", "US"), or the
    /// preposition of a modifier ("by", "from", "between").
    pub source: Vec<String>,
    /// Where the target stands, in the same terms ("on", "against", "to", "between").
    pub target: Vec<String>,
    /// File and line, for `--explain`.
    pub origin: String,
}

/// The phrases of one word set, indexed by their first word.
#[derive(Debug, Default, Clone)]
pub struct PhraseSet {
    pub phrases: Vec<Vec<String>>,
    by_first: rustc_hash::FxHashMap<String, Vec<usize>>,
}

impl PhraseSet {
    pub fn push(&mut self, words: Vec<String>) {
        if let Some(first) = words.first() {
            self.by_first.entry(first.clone()).or_default().push(self.phrases.len());
            self.phrases.push(words);
        }
    }
}

/// Story-level or sentence-level discard phrase.
#[derive(Debug, Clone)]
pub struct Discard {
    pub words: Vec<String>,
    pub story: bool,
}

/// Entries and phrases of `officeholders.tsv` and `leaders.tsv` left out while loading them.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LeaderStats {
    /// People whose full name or strong alias already names a person of a file read before
    /// (`people.tsv`, then `officeholders.tsv`).
    pub curated: usize,
    /// Leaders' full names or aliases already naming an earlier leader, a country, a place
    /// or an organisation.
    pub clashes: usize,
}

/// Everything the recogniser and the coder look up.
#[derive(Debug, Default)]
pub struct Dictionaries {
    pub cameo: FxHashMap<String, CameoCode>,
    pub countries: Vec<Country>,
    pub country_by_iso: FxHashMap<String, usize>,
    pub places: Vec<PlaceEntry>,
    /// People of `people.tsv`, then those of `officeholders.tsv` and of `leaders.tsv` that the
    /// files before them do not already name.
    pub people: Vec<PersonEntry>,
    /// What loading `officeholders.tsv` and `leaders.tsv` left out.
    pub leader_stats: LeaderStats,
    pub actors: Vec<ActorEntry>,
    pub phrases: PhraseIndex,
    pub verbs: VerbIndex,
    /// Word classes: `&arms` -> phrases (each a list of lower-case words).
    pub sets: FxHashMap<String, PhraseSet>,
    pub given_names: FxHashMap<String, Gender>,
    /// Given names of no recorded gender (lower case): they mark an unknown person as
    /// `given_names` do, but say nothing of "she" or "he" (see [`Dictionaries::is_given_name`]).
    pub ungendered_names: FxHashSet<String>,
    pub roles: FxHashSet<String>,
    pub discards: Vec<Discard>,
    /// Event nouns, and their forms (lower case) → index.
    pub nominals: Vec<Nominal>,
    pub nominal_forms: FxHashMap<String, usize>,
    pub warnings: Vec<LoadWarning>,
    /// Lines of the vendored Phoenix dictionaries the readers refuse (an actor without a code,
    /// a malformed date): known, listed by `comity dictionaries`, not repeated on every run.
    pub builtin_warnings: Vec<LoadWarning>,
    /// Where each kind came from: "built-in" or a path.
    pub sources: Vec<(String, String)>,
    /// PETRARCH/TABARI dictionaries given with `Mode::Replace`: the coder then codes events with
    /// them (see `comity_code::petrarch`).
    pub petrarch: Option<PetrarchSet>,
}

impl Dictionaries {
    /// The dictionaries compiled into the binary.
    pub fn builtin() -> Dictionaries {
        let mut d = Dictionaries::default();
        let read = |d: &mut Dictionaries, kind: &str| {
            if let Some(text) = builtin::file(kind) {
                d.read_kind(kind, &format!("dictionaries/{kind}"), text);
                d.sources.push((kind.to_string(), "built-in".into()));
            }
        };
        for kind in KINDS.iter().filter(|k| !LATE.contains(k)) {
            read(&mut d, kind);
        }
        d.add_phoenix(&[]);
        for kind in LATE {
            read(&mut d, kind);
        }
        d.finish();
        d
    }

    /// Adds the vendored Phoenix dictionaries to the built-in files read so far, leaving out
    /// the parts whose kind (`actors.tsv`, `agents.tsv`, `verbs.txt`) the user replaced.
    fn add_phoenix(&mut self, replaced: &[&str]) {
        let kind_of = |k: &str| match k {
            "actors" => "actors.tsv",
            "agents" => "agents.tsv",
            _ => "verbs.txt",
        };
        // Only the specs are read over (petrarch_add): no look-up tables are built.
        let set = PetrarchSet::specs_from_texts(
            builtin::PHOENIX.iter().copied().filter(|(k, _, _)| !replaced.contains(&kind_of(k))),
        );
        self.builtin_warnings.extend(set.warnings.iter().cloned());
        for (kind, file) in &set.files {
            self.sources.push((format!("phoenix {kind}"), format!("built-in {file}")));
        }
        let user = std::mem::take(&mut self.warnings);
        petrarch_add::add(self, &set, false);
        self.builtin_warnings.append(&mut self.warnings);
        self.warnings = user;
    }

    /// The built-in set combined with the files of `dir`. Files in the PETRARCH/TABARI formats
    /// (`*.actors.txt`, `*.agents.txt`, `*.discards.txt`, verb files such as `*.verbs.txt` or
    /// `CAMEO.2.0.txt`, issue files) are recognised by name or content. With [`Mode::Replace`]
    /// they code events in place of the built-in verbs and actors; with [`Mode::Add`] their
    /// actors, agents and post-verb patterns join the built-in ones.
    pub fn load(dir: &Path, mode: Mode) -> Result<Dictionaries, DictError> {
        let mut found: Vec<(&str, PathBuf)> = Vec::new();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| DictError::Folder { path: dir.into(), source: e })?;
        let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        names.sort();
        for kind in KINDS {
            for p in &names {
                if p.file_name().and_then(|n| n.to_str()) == Some(kind) {
                    found.push((kind, p.clone()));
                }
            }
        }
        let petrarch_files: Vec<(&str, PathBuf)> = PetrarchSet::find(dir)?
            .into_iter()
            .filter(|(_, p)| {
                !KINDS.iter().any(|k| p.file_name().and_then(|n| n.to_str()) == Some(k))
            })
            .collect();
        if found.is_empty() && petrarch_files.is_empty() {
            return Err(DictError::Empty(dir.into()));
        }
        let mut d = Dictionaries::default();
        let read = |d: &mut Dictionaries, kind: &str| -> Result<(), DictError> {
            let user = found.iter().find(|(k, _)| *k == kind);
            let use_builtin = mode == Mode::Add || user.is_none();
            if use_builtin && let Some(text) = builtin::file(kind) {
                d.read_kind(kind, &format!("dictionaries/{kind}"), text);
                d.sources.push((kind.to_string(), "built-in".into()));
            }
            if let Some((_, path)) = user {
                let bytes = std::fs::read(path)
                    .map_err(|e| DictError::File { path: path.clone(), source: e })?;
                let text = String::from_utf8_lossy(&bytes);
                d.read_kind(kind, &path.display().to_string(), &text);
                d.sources.push((kind.to_string(), path.display().to_string()));
            }
            Ok(())
        };
        for kind in KINDS.iter().filter(|k| !LATE.contains(k)) {
            read(&mut d, kind)?;
        }
        // The built-in Phoenix lexicon comes with the built-in files, unless the folder's own
        // PETRARCH dictionaries replace them.
        if mode == Mode::Add {
            d.add_phoenix(&[]);
        } else if petrarch_files.is_empty() {
            let replaced: Vec<&str> = found.iter().map(|(k, _)| *k).collect();
            d.add_phoenix(&replaced);
        }
        for kind in LATE {
            read(&mut d, kind)?;
        }
        if !petrarch_files.is_empty() {
            let set = PetrarchSet::load(&petrarch_files)?;
            d.warnings.extend(set.warnings.iter().cloned());
            for (kind, file) in &set.files {
                d.sources.push((format!("petrarch {kind}"), file.clone()));
            }
            match mode {
                Mode::Replace => d.petrarch = Some(set),
                Mode::Add => petrarch_add::add(&mut d, &set, true),
            }
        }
        d.finish();
        Ok(d)
    }

    fn read_kind(&mut self, kind: &str, file: &str, text: &str) {
        let mut w = Vec::new();
        match kind {
            "cameo.tsv" => builtin::read_cameo(self, file, text, &mut w),
            "countries.tsv" => builtin::read_countries(self, file, text, &mut w),
            "places.tsv" => builtin::read_places(self, file, text, false, &mut w),
            "gazetteer.tsv" => builtin::read_places(self, file, text, true, &mut w),
            "people.tsv" => builtin::read_people(self, file, text, &mut w),
            "officeholders.tsv" | "leaders.tsv" => builtin::read_leaders(self, file, text, &mut w),
            "actors.tsv" => builtin::read_actors(self, file, text, &mut w),
            "agents.tsv" => builtin::read_agents(self, file, text, &mut w),
            "sets.txt" => builtin::read_sets(self, file, text, &mut w),
            "forms.txt" => self.verbs.read_forms(file, text, &mut w),
            "verbs.txt" => self.verbs.read_patterns(file, text, &mut w),
            "names.tsv" => builtin::read_names(self, file, text, &mut w),
            "roles.txt" => builtin::read_roles(self, text),
            "discards.txt" => builtin::read_discards(self, text),
            "nominals.tsv" => builtin::read_nominals(self, file, text, &mut w),
            _ => {}
        }
        self.warnings.extend(w);
    }

    fn finish(&mut self) {
        self.phrases.finish();
        self.verbs.finish();
        // Cue words per verb (see `VerbLemma::cues`).
        for l in &mut self.verbs.lemmas {
            let mut cues = rustc_hash::FxHashSet::default();
            let mut open = false;
            for p in &l.patterns {
                match p.elems.iter().find(|e| !e.is_gap()) {
                    Some(Elem::Word(w) | Elem::Prep(w)) => {
                        cues.insert(w.clone());
                    }
                    Some(Elem::Set(name)) => match self.sets.get(name) {
                        Some(set) => {
                            cues.extend(set.phrases.iter().filter_map(|ph| ph.first().cloned()))
                        }
                        None => open = true,
                    },
                    _ => open = true,
                }
            }
            l.cues = (!open).then_some(cues);
        }
    }

    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.country_by_iso.get(iso).map(|&i| &self.countries[i])
    }

    /// Name and Goldstein value of a CAMEO code, falling back to its nearest parent.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        // A code the table lacks takes its nearest parent's ("0862" → "086" → "08").
        (2..=code.len()).rev().find_map(|n| code.get(..n).and_then(|c| self.cameo.get(c)))
    }

    /// Does `words` (lower-case) start with a phrase of set `name`? Returns its length.
    pub fn set_match(&self, name: &str, words: &[&str]) -> Option<usize> {
        let set = self.sets.get(name)?;
        set.by_first
            .get(*words.first()?)?
            .iter()
            .map(|&i| &set.phrases[i])
            .filter(|p| p.len() <= words.len() && p.iter().zip(words).all(|(a, b)| a == b))
            .map(Vec::len)
            .max()
    }

    /// Whether a lower-case word is a given name, of known gender or not.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains_key(word) || self.ungendered_names.contains(word)
    }

    /// The event noun with this lower-case form, if any.
    pub fn nominal(&self, form: &str) -> Option<&Nominal> {
        self.nominal_forms.get(form).map(|&i| &self.nominals[i])
    }

    /// Counts for reports: (kind, entries).
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        if let Some(p) = &self.petrarch {
            return p.counts();
        }
        vec![
            ("cameo codes", self.cameo.len()),
            ("countries", self.countries.len()),
            ("places", self.places.len()),
            ("people", self.people.len()),
            ("leaders shadowed", self.leader_stats.curated),
            ("leader clashes", self.leader_stats.clashes),
            ("actors", self.actors.len()),
            ("phrases", self.phrases.len()),
            ("verbs", self.verbs.lemmas.len()),
            ("verb patterns", self.verbs.lemmas.iter().map(|l| l.patterns.len()).sum()),
            ("word sets", self.sets.len()),
            ("given names", self.given_names.len() + self.ungendered_names.len()),
        ]
    }
}

/// Splits a dictionary phrase into the lower-case words the text stage produces: words at
/// spaces and underscores, a possessive `'s` (or the bare `'` after a plural) as its own word,
/// trailing commas dropped.
pub fn words(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in phrase.split(|c: char| c.is_whitespace() || c == '_').filter(|r| !r.is_empty()) {
        // An ASCII word needs no apostrophe replaced nor letters folded: one allocation
        // instead of three (the same string).
        let w = if raw.is_ascii() {
            raw.to_ascii_lowercase()
        } else {
            fold(&raw.replace('\u{2019}', "'").to_lowercase()).into_owned()
        };
        if let Some(stem) = w.strip_suffix([',', ';']).filter(|s| !s.is_empty()) {
            out.push(stem.to_string());
        } else {
            push_clitics(&mut out, w);
        }
    }
    out
}

/// Pushes a lower-case word as the text stage splits it: a possessive `'s`, or the bare `'`
/// after a plural ("Workers' Party"), as a word of its own.
pub(crate) fn push_clitics(out: &mut Vec<String>, w: String) {
    if let Some(stem) = w.strip_suffix("'s").filter(|s| !s.is_empty()) {
        out.push(stem.to_string());
        out.push("'s".to_string());
    } else if let Some(stem) =
        w.strip_suffix('\'').filter(|s| s.chars().last().is_some_and(char::is_alphabetic))
    {
        out.push(stem.to_string());
        out.push("'".to_string());
    } else {
        out.push(w);
    }
}

/// A lower-case word with the diacritics of Latin letters taken off ("erdoğan" → "erdogan",
/// "chávez" → "chavez", "łódź" → "lodz"), so that a name matches however it is spelt; other
/// characters are kept. Phrases are stored folded ([`words`]); the recogniser folds the text's
/// words before looking them up. Borrows when the word is ASCII.
pub fn fold(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The ASCII letters of a lower-case Latin letter with diacritics ("" for a combining mark).
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{300}'..='\u{36f}' => "",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ'
        | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể'
        | 'ễ' | 'ệ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ỉ' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ'
        | 'ổ' | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ụ' | 'ủ' | 'ứ'
        | 'ừ' | 'ử' | 'ữ' | 'ự' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỹ' | 'ỵ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_fold_to_ascii() {
        assert_eq!(fold("erdoğan"), "erdogan");
        assert_eq!(fold("chávez"), "chavez");
        assert_eq!(fold("nguyễn"), "nguyen");
        assert_eq!(fold("i\u{307}mamoğlu"), "imamoglu");
        assert_eq!(fold("schäuble"), "schauble");
        assert_eq!(fold("москва"), "москва");
        assert!(matches!(fold("putin"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(words("Recep Tayyip Erdoğan"), ["recep", "tayyip", "erdogan"]);
        assert_eq!(words("Kurdistan Workers' Party"), ["kurdistan", "workers", "'", "party"]);
        assert_eq!(words("Korea's"), ["korea", "'s"]);
    }

    #[test]
    fn builtin_dictionaries_load_cleanly() {
        let d = Dictionaries::builtin();
        assert!(d.warnings.is_empty(), "warnings: {:?}", d.warnings);
        assert!(d.countries.len() >= 190, "only {} countries", d.countries.len());
        assert_eq!(d.cameo("072").unwrap().goldstein, 8.3);
        assert_eq!(d.country("RUS").unwrap().name, "Russia");
        // Every CAMEO root has verbs.
        let mut roots: std::collections::HashSet<String> = std::collections::HashSet::new();
        for l in &d.verbs.lemmas {
            for p in &l.patterns {
                roots.insert(p.code[..2].to_string());
            }
        }
        for r in 1..=20 {
            assert!(roots.contains(&format!("{r:02}")), "no verb pattern for root {r:02}");
        }
    }

    #[test]
    fn a_cameo_sub_code_has_its_name_and_its_parents_value() {
        let d = Dictionaries::builtin();
        let c = d.cameo("0862").unwrap();
        assert_eq!((c.name.as_str(), c.goldstein), ("Receive inspectors", 9.0));
        assert_eq!(d.cameo("1831").unwrap().goldstein, d.cameo("183").unwrap().goldstein);
        // A code the table lacks takes its nearest parent's, not its root's.
        assert_eq!(d.cameo("0869").unwrap().name, "Allow international involvement");
        assert_eq!(d.cameo("0999").unwrap().name, "Investigate");
    }

    #[test]
    fn date_limited_codes() {
        let codes = vec![
            DatedCode { code: "USAELI".into(), from: None, to: Date::parse("2017-01-19") },
            DatedCode {
                code: "USAGOV".into(),
                from: Date::parse("2017-01-20"),
                to: Date::parse("2021-01-20"),
            },
            DatedCode { code: "USAELI".into(), from: Date::parse("2021-01-21"), to: None },
        ];
        assert_eq!(code_at(&codes, Date::parse("2018-05-01")), Some("USAGOV"));
        assert_eq!(code_at(&codes, Date::parse("2010-05-01")), Some("USAELI"));
        assert_eq!(code_at(&codes, None), Some("USAELI"));
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_loads() {
        let dir = std::env::temp_dir().join(format!("comity-dict-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("agents.tsv"),
            "soldier;soldiers\tMIL\nthis line has no code\nmedic;medics\tHLH\nships\tMIL\towned\n",
        )
        .unwrap();
        let d = Dictionaries::load(&dir, Mode::Replace).unwrap();
        assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
        assert_eq!(d.warnings[0].line, 2);
        assert!(d.warnings[0].file.ends_with("agents.tsv"));
        let m = d.phrases.longest(&["medics"]).expect("added agent is found");
        assert!(matches!(&m.entities[0], Entity::Agent { code, owned: false } if code == "HLH"));
        let m = d.phrases.longest(&["ships"]).expect("an owned agent is found");
        assert!(matches!(&m.entities[0], Entity::Agent { code, owned: true } if code == "MIL"));
        // Replaced: the built-in agent "troops" is gone, built-in countries remain.
        assert!(d.phrases.longest(&["troops"]).is_none());
        assert!(d.country("PRK").is_some());
        std::fs::remove_dir_all(&dir).ok();
    }
}
