//! Lemmatiser learned from the training data: suffix edit scripts chosen by (XPOS, longest
//! known suffix of the word), plus a table of the words the scripts get wrong. Proper nouns
//! keep their case; other words are lower-cased first.

use rustc_hash::FxHashMap;

use crate::ModelError;
use crate::hash::{hash_str, mix};
use crate::io::{Reader, Writer};
use crate::lex::lower;
use crate::tags::Xpos;

/// Longest suffix (in characters) a rule is keyed on.
const MAX_SUFFIX: usize = 6;
/// Least number of training words a rule must explain.
const MIN_RULE_COUNT: usize = 2;

/// An edit: drop `strip` characters from the end, then append `add`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Script {
    strip: u32,
    add: String,
}

impl Script {
    fn between(base: &str, lemma: &str) -> Script {
        let common = base.chars().zip(lemma.chars()).take_while(|(a, b)| a == b).count();
        let strip = (base.chars().count() - common) as u32;
        let add: String = lemma.chars().skip(common).collect();
        Script { strip, add }
    }

    /// `base` with the edit made; `None` when it strips more characters than `base` has or
    /// leaves nothing.
    fn apply(&self, base: &str) -> Option<String> {
        let cut = match self.strip as usize {
            0 => base.len(),
            k => base.char_indices().rev().nth(k - 1)?.0,
        };
        let mut out = String::with_capacity(cut + self.add.len());
        out.push_str(&base[..cut]);
        out.push_str(&self.add);
        if out.is_empty() { None } else { Some(out) }
    }
}

fn keeps_case(x: Xpos) -> bool {
    matches!(x, Xpos::Nnp | Xpos::Nnps)
}

/// The suffix of `s` of `k` characters (the whole word if shorter).
fn suffix(s: &str, k: usize) -> &str {
    if k == 0 {
        return "";
    }
    match s.char_indices().rev().nth(k - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

fn rule_key(x: Xpos, suf: &str, k: usize) -> u64 {
    mix(mix(hash_str(suf), x.index() as u64), k as u64)
}

fn word_key(x: Xpos, lower_form: &str) -> u64 {
    mix(hash_str(lower_form), 0x100 + x.index() as u64)
}

/// A learned lemmatiser.
#[derive(Clone, Default)]
pub(crate) struct Lemmatizer {
    /// (XPOS, suffix, its length) → script, with the strings kept for writing.
    rules: FxHashMap<u64, (Xpos, String, Script)>,
    /// (XPOS, lower-cased form) → lemma, for words the rules get wrong.
    words: FxHashMap<u64, (Xpos, String, String)>,
}

impl Lemmatizer {
    /// Learns from (form, XPOS, lemma) triples.
    pub(crate) fn learn<'a>(
        items: impl Iterator<Item = (&'a str, Xpos, &'a str)> + Clone,
    ) -> Lemmatizer {
        // Script counts per (xpos, suffix length, suffix).
        let mut counts: FxHashMap<(Xpos, usize, String), FxHashMap<Script, usize>> =
            FxHashMap::default();
        let mut word_lemmas: FxHashMap<(Xpos, String), (String, FxHashMap<String, usize>)> =
            FxHashMap::default();
        for (form, x, lemma) in items.clone() {
            if lemma.is_empty() || lemma == "_" && form != "_" {
                continue;
            }
            let lf = lower(form);
            // Scripts of common words ignore case (so that "Indian" → "Indian" teaches no
            // rewrite of a whole word); the cases of known words go to the word table.
            let (base, target) = if keeps_case(x) {
                (form.to_string(), lemma.to_string())
            } else {
                (lf.clone(), lower(lemma))
            };
            let script = Script::between(&base, &target);
            let n = base.chars().count();
            for k in 0..=MAX_SUFFIX.min(n) {
                let key = (x, k, suffix(&base, k).to_string());
                *counts.entry(key).or_default().entry(script.clone()).or_default() += 1;
            }
            let e =
                word_lemmas.entry((x, lf)).or_insert_with(|| (base.clone(), FxHashMap::default()));
            *e.1.entry(lemma.to_string()).or_default() += 1;
        }
        let best = |m: &FxHashMap<Script, usize>| -> (Script, usize) {
            let total = m.values().sum();
            let mut v: Vec<(&Script, &usize)> = m.iter().collect();
            v.sort_by(|a, b| {
                b.1.cmp(a.1)
                    .then_with(|| a.0.strip.cmp(&b.0.strip))
                    .then_with(|| a.0.add.cmp(&b.0.add))
            });
            (v[0].0.clone(), total)
        };
        let mut lem = Lemmatizer::default();
        let mut keys: Vec<&(Xpos, usize, String)> = counts.keys().collect();
        keys.sort();
        for key in keys {
            let (x, k, suf) = key;
            let (script, total) = best(&counts[key]);
            if total < MIN_RULE_COUNT && *k > 0 {
                continue;
            }
            if *k > 0 {
                // Skip a rule its parent (one character shorter) already gives.
                let parent_suf: String = suf.chars().skip(1).collect();
                if let Some(p) = counts.get(&(*x, k - 1, parent_suf))
                    && best(p).0 == script
                {
                    continue;
                }
            }
            lem.rules.insert(rule_key(*x, suf, *k), (*x, suf.clone(), script));
        }
        // Words the rules get wrong.
        let mut wk: Vec<&(Xpos, String)> = word_lemmas.keys().collect();
        wk.sort();
        for key in wk {
            let (base, m) = &word_lemmas[key];
            let mut v: Vec<(&String, &usize)> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            let lemma = v[0].0;
            let (x, lf) = key;
            // Compare with what the rules give for the first form seen (proper nouns keep case).
            if lem.by_rules(base, *x).unwrap_or_else(|| base.clone()) != *lemma {
                lem.words.insert(word_key(*x, lf), (*x, lf.clone(), lemma.clone()));
            }
        }
        lem
    }

    /// The lemma the rule of the longest known suffix of `base` gives.
    fn by_rules(&self, base: &str, x: Xpos) -> Option<String> {
        // Where the suffixes of 1..=MAX_SUFFIX characters start (as many as `base` has).
        let mut starts = [0usize; MAX_SUFFIX];
        let mut n = 0;
        for ((i, _), start) in base.char_indices().rev().zip(&mut starts) {
            *start = i;
            n += 1;
        }
        for k in (0..=n).rev() {
            let suf = if k == 0 { "" } else { &base[starts[k - 1]..] };
            if let Some((_, _, s)) = self.rules.get(&rule_key(x, suf, k)) {
                return s.apply(base);
            }
        }
        None
    }

    /// The lemma of `form` tagged `x`.
    pub(crate) fn lemma(&self, form: &str, x: Xpos) -> String {
        if form.len() > 256 {
            // Nothing to learn from words this long: keep them (lower-cased unless proper).
            return if keeps_case(x) { form.to_string() } else { lower(form) };
        }
        let lf = lower(form);
        if let Some((_, _, l)) = self.words.get(&word_key(x, &lf)) {
            if keeps_case(x) && l.to_lowercase() == lf {
                return form.to_string();
            }
            return l.clone();
        }
        let base = if keeps_case(x) { form.to_string() } else { lf };
        match self.by_rules(&base, x) {
            Some(l) => l,
            None => base,
        }
    }

    /// Number of rules and of listed words.
    pub(crate) fn sizes(&self) -> (usize, usize) {
        (self.rules.len(), self.words.len())
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut rules: Vec<&(Xpos, String, Script)> = self.rules.values().collect();
        rules.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        w.varint(rules.len() as u64);
        for (x, suf, s) in rules {
            w.u8(x.index() as u8);
            w.str(suf);
            w.varint(u64::from(s.strip));
            w.str(&s.add);
        }
        let mut words: Vec<&(Xpos, String, String)> = self.words.values().collect();
        words.sort();
        w.varint(words.len() as u64);
        for (x, f, l) in words {
            w.u8(x.index() as u8);
            w.str(f);
            w.str(l);
        }
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Lemmatizer, ModelError> {
        let xpos = |r: &mut Reader<'_>| -> Result<Xpos, ModelError> {
            Xpos::from_index(r.u8()? as usize).ok_or(ModelError::Corrupt("lemma rule tag"))
        };
        let mut lem = Lemmatizer::default();
        let n = r.count(1 << 24)?;
        for _ in 0..n {
            let x = xpos(r)?;
            let suf = r.str()?.to_string();
            let strip = r.count(1 << 16)? as u32;
            let add = r.str()?.to_string();
            let k = suf.chars().count();
            if k > MAX_SUFFIX {
                return Err(ModelError::Corrupt("lemma rule suffix"));
            }
            lem.rules.insert(rule_key(x, &suf, k), (x, suf, Script { strip, add }));
        }
        let n = r.count(1 << 24)?;
        for _ in 0..n {
            let x = xpos(r)?;
            let f = r.str()?.to_string();
            let l = r.str()?.to_string();
            lem.words.insert(word_key(x, &f), (x, f, l));
        }
        Ok(lem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Edits and suffixes by byte positions give what counting characters gives, on words
    /// of one-, two- and three-byte characters, for every strip up to past the word's end.
    #[test]
    fn edits_and_suffixes_follow_characters() {
        for base in ["", "a", "walked", "naïve", "Ärzte", "москва", "日本語", "x日y"] {
            for strip in 0..9u32 {
                for add in ["", "é", "y"] {
                    // The edit by counting characters, as it was first written.
                    let want = base.chars().count().checked_sub(strip as usize).and_then(|keep| {
                        let mut out: String = base.chars().take(keep).collect();
                        out.push_str(add);
                        (!out.is_empty()).then_some(out)
                    });
                    let script = Script { strip, add: add.to_string() };
                    assert_eq!(script.apply(base), want, "{base:?} strip {strip} add {add:?}");
                }
            }
            let starts: Vec<usize> = base.char_indices().rev().map(|(i, _)| i).collect();
            for k in 0..=base.chars().count().min(MAX_SUFFIX) {
                let by_chars: String = base.chars().skip(base.chars().count() - k).collect();
                assert_eq!(suffix(base, k), by_chars);
                if k > 0 {
                    assert_eq!(&base[starts[k - 1]..], by_chars);
                }
            }
        }
    }

    #[test]
    fn learns_suffix_rules_and_exceptions() {
        let data = [
            ("walked", Xpos::Vbd, "walk"),
            ("talked", Xpos::Vbd, "talk"),
            ("jumped", Xpos::Vbd, "jump"),
            ("went", Xpos::Vbd, "go"),
            ("cats", Xpos::Nns, "cat"),
            ("dogs", Xpos::Nns, "dog"),
            ("Americans", Xpos::Nnps, "American"),
            ("Germans", Xpos::Nnps, "German"),
            ("Indian", Xpos::Jj, "Indian"),
            ("Italian", Xpos::Jj, "Italian"),
            ("big", Xpos::Jj, "big"),
        ];
        let lem = Lemmatizer::learn(data.iter().map(|(a, b, c)| (*a, *b, *c)));
        assert_eq!(lem.lemma("went", Xpos::Vbd), "go");
        assert_eq!(lem.lemma("Went", Xpos::Vbd), "go");
        assert_eq!(lem.lemma("kicked", Xpos::Vbd), "kick");
        assert_eq!(lem.lemma("birds", Xpos::Nns), "bird");
        assert_eq!(lem.lemma("Italians", Xpos::Nnps), "Italian");
        assert_eq!(lem.lemma("Paris", Xpos::Nnp), "Paris");
        assert_eq!(lem.lemma("Indian", Xpos::Jj), "Indian");
        assert_eq!(lem.lemma("Ethiopian", Xpos::Jj), "ethiopian");
        assert_eq!(lem.lemma("Big", Xpos::Jj), "big");
        let mut w = Writer::default();
        lem.write(&mut w);
        let back = Lemmatizer::read(&mut Reader::new(&w.buf)).unwrap();
        assert_eq!(back.lemma("went", Xpos::Vbd), "go");
        assert_eq!(back.lemma("kicked", Xpos::Vbd), "kick");
    }
}
