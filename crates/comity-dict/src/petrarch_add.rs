//! Adding a PETRARCH/TABARI set to the built-in dictionaries (`Mode::Add`): actors become
//! institutions, agents become roles, and verb patterns whose elements all follow the verb
//! become built-in patterns (synsets become word sets). Patterns with elements before the verb
//! or compound markers need the PETRARCH coder (`Mode::Replace`); they are counted in a
//! warning, not dropped silently.

use crate::index::Entity;
use crate::petrarch::PatTok;
use crate::petrarch_set::PetrarchSet;
use crate::{ActorEntry, Dictionaries, Elem, LoadWarning, Pattern};

pub(crate) fn add(d: &mut Dictionaries, set: &PetrarchSet) {
    for a in &set.actors {
        let idx = d.actors.len();
        d.actors.push(ActorEntry {
            name: a.phrases[0].words.join(" "),
            codes: a.codes.clone(),
            kind: "org".into(),
        });
        for p in &a.phrases {
            d.phrases.insert(p.words.clone(), Entity::Actor { idx });
        }
    }
    for g in set.agents.iter().filter(|g| !g.prefix) {
        for p in &g.phrases {
            d.phrases.insert(p.words.clone(), Entity::Agent { code: g.code.clone() });
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
    for b in &set.blocks {
        for v in b.verbs.iter().filter(|v| v.words.len() == 1) {
            let lemma = &v.words[0];
            let default = v.code.clone().unwrap_or_else(|| b.code.clone());
            if valid(&default) {
                d.verbs.add_pattern(
                    lemma,
                    Pattern {
                        code: default.clone(),
                        elems: Vec::new(),
                        text: format!("{lemma} [{default}]"),
                        file: file.clone(),
                        line: b.line,
                    },
                );
            }
            for p in &b.patterns {
                if !p.pre.is_empty() || !valid(&p.code) {
                    skipped += 1;
                    continue;
                }
                let mut elems = Vec::new();
                let mut ok = true;
                for (k, t) in p.post.iter().enumerate() {
                    let joined_before = if k == 0 { p.verb_joined } else { p.post_joined[k - 1] };
                    if !joined_before {
                        elems.push(Elem::Gap);
                    }
                    elems.push(match t {
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
                d.verbs.add_pattern(
                    lemma,
                    Pattern {
                        code: p.code.clone(),
                        elems,
                        text: format!("{lemma} {}", p.code),
                        file: file.clone(),
                        line: p.line,
                    },
                );
            }
        }
    }
    if skipped > 0 {
        d.warnings.push(LoadWarning { file, line: 0, message: format!("{skipped} verb patterns with elements before the verb, compounds or no event code are used only with --dictionaries (the PETRARCH coder)") });
    }
}

/// A code the built-in verb index can take (`---` and other non-event codes are not).
fn valid(code: &str) -> bool {
    crate::verbs::valid_code(code.trim())
}
