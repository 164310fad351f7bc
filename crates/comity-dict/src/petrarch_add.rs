//! Adding a PETRARCH/TABARI set to the built-in dictionaries (`Mode::Add`): actors become
//! institutions (or, with a bare country code, places standing for their state), agents become
//! roles, each only where the built-in set does not already name the phrase, and verb patterns
//! whose elements all follow the verb become built-in patterns (synsets become word sets). Patterns with elements before the verb
//! or compound markers need the PETRARCH coder (`Mode::Replace`); they are counted in a
//! warning, not dropped silently.

use crate::index::Entity;
use crate::petrarch::{PatTok, PhraseSpec};
use crate::petrarch_set::PetrarchSet;
use crate::{ActorEntry, DatedCode, Dictionaries, Elem, LoadWarning, Pattern};

/// Phoenix writes Muslim `MUS`, which in CAMEO is the country code of Mauritius; CAMEO's
/// religion code is `MOS`. Rewrites the three-letter groups of `code` from byte `from` on
/// (0 for an agent, 3 for an actor, whose first group is its country).
fn cameo_religion(code: &str, from: usize) -> String {
    if !code.contains("MUS") || !code.is_ascii() {
        return code.to_string();
    }
    let mut out = String::with_capacity(code.len());
    let mut k = 0;
    while k < code.len() {
        let end = (k + 3).min(code.len());
        let group = &code[k..end];
        out.push_str(if k >= from && group == "MUS" { "MOS" } else { group });
        k = end;
    }
    out
}

/// Phoenix files a member of a legislature under the government, `GOVLEG` ("USAGOVLEG" for a
/// senator, "GBRGOVLEG" for an MP), where CAMEO's sector of a legislator is `LEG`: an actor's
/// code (country first) with its sectors read so. Other pairs (`GOVBUS`, a minister of trade)
/// stay: the minister is the government's.
pub(crate) fn legislator(code: &str) -> String {
    match code.get(3..9) {
        Some("GOVLEG") if code.is_ascii() => format!("{}LEG{}", &code[..3], &code[9..]),
        _ => code.to_string(),
    }
}

/// Adds `set` to `d`. With `defaults` false a verb's code without context is not added (the
/// vendored Phoenix set: its idioms help, its bare verb codes cost precision on real news).
pub(crate) fn add(d: &mut Dictionaries, set: &PetrarchSet, defaults: bool) {
    // A phrase the built-in set already names keeps its built-in meaning: "Kenya" stays the
    // country (with its adjective, capital and composition: "Kenyan police"), "Putin" the
    // dated person, "troops" the role. The added set fills in what the built-in one lacks.
    for a in &set.actors {
        // The words as the text stage splits them ("KURDISTAN_WORKERS'_PARTY": the bare
        // possessive is a word of its own).
        let mut new: Vec<PhraseSpec> = a
            .phrases
            .iter()
            .map(|p| {
                let mut words = Vec::new();
                for w in &p.words {
                    crate::push_clitics(&mut words, w.replace('\u{2019}', "'"));
                }
                let stems = if words.len() == p.words.len() {
                    p.stems.clone()
                } else {
                    vec![false; words.len()]
                };
                PhraseSpec { words, stems }
            })
            .filter(|p| d.phrases.get(&p.words).is_empty())
            .collect();
        // A spelling of a built-in name with hyphens for spaces ("Al-Jazeera" for "Al
        // Jazeera") is that name: the built-in entry, not a second actor with other codes.
        new.retain(|p| {
            if !p.words.iter().any(|w| w.contains('-')) {
                return true;
            }
            let split: Vec<String> = p
                .words
                .iter()
                .flat_map(|w| w.split('-').filter(|x| !x.is_empty()).map(str::to_string))
                .collect();
            if split.len() == p.words.len() {
                return true;
            }
            let known = d.phrases.get(&split).to_vec();
            if known.is_empty() {
                return true;
            }
            for e in known {
                d.phrases.insert(p.words.clone(), e);
            }
            false
        });
        let Some(first) = new.first() else { continue };
        // A bare country code names a place standing for its state ("Nairobi", "Gaza").
        let state = a.codes.iter().all(|c| c.code.len() == 3 && d.country(&c.code).is_some());
        let idx = d.actors.len();
        d.actors.push(ActorEntry {
            name: first.words.join(" "),
            codes: a
                .codes
                .iter()
                .map(|c| DatedCode { code: legislator(&cameo_religion(&c.code, 3)), ..c.clone() })
                .collect(),
            kind: if state { "state" } else { "org" }.into(),
        });
        for p in new {
            d.phrases.insert(p.words.clone(), Entity::Actor { idx });
        }
    }
    for g in set.agents.iter().filter(|g| !g.prefix) {
        for p in &g.phrases {
            if d.phrases.get(&p.words).is_empty() {
                d.phrases.insert(
                    p.words.clone(),
                    Entity::Agent { code: cameo_religion(&g.code, 0), owned: false },
                );
            }
        }
    }
    for (name, phrases) in &set.synsets {
        let key = name.to_lowercase();
        let entry = d.sets.entry(key).or_default();
        for p in phrases {
            entry.push(p.words.clone());
        }
    }
    let mut skipped = 0;
    let file =
        set.files.iter().find(|(k, _)| k == "verbs").map(|(_, f)| f.clone()).unwrap_or_default();
    let builtin_verbs: std::collections::HashSet<String> = set
        .blocks
        .iter()
        .flat_map(|b| &b.verbs)
        .filter_map(|v| v.words.first())
        .filter(|w| d.verbs.lemma_index(w).is_some())
        .cloned()
        .collect();
    for b in &set.blocks {
        for v in b.verbs.iter().filter(|v| v.words.len() == 1) {
            let lemma = &v.words[0];
            let default = v.code.clone().unwrap_or_else(|| b.code.clone());
            // A verb's code without context is added only where the built-in set has no
            // verb of that form and the code says more than a bare statement, intent, meeting
            // or cooperation: "said" is coded by what was said, "added" and "left" are not acts.
            let known = builtin_verbs.contains(lemma.as_str());
            // Verbs of saying ("say", "speak", "declare": a block whose code is a bare
            // statement) are coded by what was said (comity-code's speech acts): their added
            // patterns that read a statement, appeal or intent into what was said ("said ...
            // visit" 036) are left out; the rest stay ("spoke with" 046, "spoke by telephone").
            let statement = default.trim() == "010";
            if defaults
                && valid(&default)
                && !known
                && !statement
                && !VAGUE.contains(&default.trim())
            {
                d.verbs.add_pattern(
                    lemma,
                    Pattern {
                        code: default.clone(),
                        elems: Vec::new(),
                        text: format!("{lemma} [{default}]"),
                        file: file.clone(),
                        line: b.line,
                        added: true,
                        subject: Vec::new(),
                    },
                );
            }
            for p in b.patterns.iter().filter(|p| p.applies_to(b, lemma)) {
                if !p.pre.is_empty() || !valid(&p.code) {
                    skipped += 1;
                    continue;
                }
                let mut elems = Vec::new();
                let mut ok = true;
                for (k, t) in p.post.iter().enumerate() {
                    let joined_before = if k == 0 { p.verb_joined } else { p.post_joined[k - 1] };
                    if !joined_before {
                        elems.push(if p.post_in_phrase[k] { Elem::Near } else { Elem::Gap });
                    }
                    elems.push(match t {
                        PatTok::Word { word, prep: true, .. } => Elem::Prep(word.clone()),
                        PatTok::Word { word, .. } => Elem::Word(word.clone()),
                        PatTok::Synset(n) => Elem::Set(n.to_lowercase()),
                        PatTok::Target => Elem::Target,
                        PatTok::Source => Elem::Source,
                        PatTok::Skip => Elem::Gap,
                        PatTok::Compound => {
                            ok = false;
                            Elem::Gap
                        }
                    });
                }
                if !ok {
                    skipped += 1;
                    continue;
                }
                if statement && matches!(p.code.get(..2), Some("01" | "02" | "03")) {
                    continue;
                }
                d.verbs.add_pattern(
                    lemma,
                    Pattern {
                        code: p.code.clone(),
                        elems,
                        text: format!("{lemma} {}", p.code),
                        file: file.clone(),
                        line: p.line,
                        added: true,
                        subject: Vec::new(),
                    },
                );
            }
        }
    }
    if skipped > 0 {
        d.warnings.push(LoadWarning { file, line: 0, message: format!("{skipped} verb patterns with elements before the verb, compounds or no event code are used only with --dictionaries (the PETRARCH coder)") });
    }
}

/// Codes too vague to stand for a verb without context (statement, intent, consultation and
/// cooperation not specified further).
const VAGUE: &[&str] = &["010", "030", "040", "060"];

/// A code the built-in verb index can take (`---` and other non-event codes are not).
fn valid(code: &str) -> bool {
    crate::verbs::valid_code(code.trim())
}

#[cfg(test)]
mod tests {
    use super::{cameo_religion, legislator};

    #[test]
    fn phoenix_legislators_are_leg() {
        assert_eq!(legislator("USAGOVLEG"), "USALEG");
        assert_eq!(legislator("GBRGOVLEG"), "GBRLEG");
        assert_eq!(legislator("USAGOVBUS"), "USAGOVBUS");
        assert_eq!(legislator("USALEG"), "USALEG");
        assert_eq!(legislator("USA"), "USA");
    }

    #[test]
    fn phoenix_muslim_is_cameo_mos_and_mauritius_stays() {
        assert_eq!(cameo_religion("MUS", 0), "MOS");
        assert_eq!(cameo_religion("REBMUS", 0), "REBMOS");
        assert_eq!(cameo_religion("AFGGOVMUS", 3), "AFGGOVMOS");
        // Mauritius' government.
        assert_eq!(cameo_religion("MUSGOV", 3), "MUSGOV");
        assert_eq!(cameo_religion("GOVBUS", 0), "GOVBUS");
    }
}
