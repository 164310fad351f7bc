//! Phrase lookup: lower-case word sequences to the entities they name.

use rustc_hash::FxHashMap as HashMap;

/// How a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryForm {
    Name,
    Adjective,
    Capital,
}

/// What a phrase names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entity {
    Country {
        iso: String,
        form: CountryForm,
    },
    /// A person of `Dictionaries::people`; `weak` aliases (a bare "Kim") count only after the
    /// full name has appeared in the article.
    Person {
        idx: usize,
        weak: bool,
    },
    /// An institution or organisation of `Dictionaries::actors`.
    Actor {
        idx: usize,
    },
    /// A role such as soldiers (MIL) or ministry (GOV).
    Agent {
        code: String,
        /// A sector only with an owner before it (a country, a region, an organisation, a
        /// possessive): "Israeli planes" are MIL, "the planes" alone name no actor.
        owned: bool,
    },
    Place {
        idx: usize,
    },
}

/// A phrase found at some position.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'a> {
    /// Words matched.
    pub len: usize,
    pub entities: &'a [Entity],
}

/// Phrases sharing a first word: each phrase's words and the entities it names.
type Bucket = Vec<(Vec<String>, Vec<Entity>)>;

#[derive(Debug, Default)]
pub struct PhraseIndex {
    map: HashMap<String, Bucket>,
    count: usize,
}

impl PhraseIndex {
    pub fn insert(&mut self, words: Vec<String>, entity: Entity) {
        let mut it = words.into_iter();
        let Some(first) = it.next() else { return };
        let rest: Vec<String> = it.collect();
        let bucket = self.map.entry(first).or_default();
        if let Some((_, es)) = bucket.iter_mut().find(|(r, _)| *r == rest) {
            if !es.contains(&entity) {
                es.push(entity);
            }
        } else {
            bucket.push((rest, vec![entity]));
            self.count += 1;
        }
    }

    /// The entities named by exactly this phrase (lower-case words).
    pub fn get(&self, words: &[String]) -> &[Entity] {
        let Some((first, rest)) = words.split_first() else { return &[] };
        self.map
            .get(first)
            .and_then(|b| b.iter().find(|(r, _)| r.as_slice() == rest))
            .map_or(&[], |(_, es)| es.as_slice())
    }

    /// Removes every phrase naming entities that `keep` rejects.
    pub fn retain(&mut self, keep: impl Fn(&Entity) -> bool) {
        for bucket in self.map.values_mut() {
            for (_, es) in bucket.iter_mut() {
                es.retain(&keep);
            }
            bucket.retain(|(_, es)| !es.is_empty());
        }
        self.map.retain(|_, b| !b.is_empty());
        self.count = self.map.values().map(Vec::len).sum();
    }

    pub(crate) fn finish(&mut self) {
        for bucket in self.map.values_mut() {
            bucket.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The longest phrase that `words` starts with.
    #[inline]
    pub fn longest<'a>(&'a self, words: &[&str]) -> Option<PhraseMatch<'a>> {
        let first = words.first()?;
        let bucket = self.map.get(*first)?;
        for (rest, es) in bucket {
            if rest.len() < words.len() && rest.iter().zip(&words[1..]).all(|(a, b)| a == b) {
                return Some(PhraseMatch { len: rest.len() + 1, entities: es });
            }
        }
        None
    }

    /// Does any phrase start with this word? (A cheap first test.)
    #[inline]
    pub fn starts(&self, word: &str) -> bool {
        self.map.contains_key(word)
    }
}
