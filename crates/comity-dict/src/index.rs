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

/// Phrases sharing a first word: each phrase's other words and the entities it names,
/// longest first once the index is finished.
#[derive(Debug, Default)]
struct Bucket {
    phrases: Vec<(Vec<String>, Vec<Entity>)>,
    /// For a large bucket (a given name that starts hundreds of leaders' names, "new" or
    /// "san" of places), the phrases of two words or more by their second word, as indices
    /// into `phrases` in its order: [`PhraseIndex::longest`] then reads only the phrases
    /// that can match instead of all of them. Made by `finish`, dropped by any change.
    by_second: Option<HashMap<String, Vec<u32>>>,
}

/// A bucket of more phrases than this is indexed by second word; a smaller one is read
/// through, which is as fast and spares the index's memory and building time.
const INDEXED_BUCKET: usize = 8;

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
        bucket.by_second = None;
        if let Some((_, es)) = bucket.phrases.iter_mut().find(|(r, _)| *r == rest) {
            if !es.contains(&entity) {
                es.push(entity);
            }
        } else {
            bucket.phrases.push((rest, vec![entity]));
            self.count += 1;
        }
    }

    /// The entities named by exactly this phrase (lower-case words).
    pub fn get(&self, words: &[String]) -> &[Entity] {
        let Some((first, rest)) = words.split_first() else { return &[] };
        self.map
            .get(first)
            .and_then(|b| b.phrases.iter().find(|(r, _)| r.as_slice() == rest))
            .map_or(&[], |(_, es)| es.as_slice())
    }

    /// Removes every phrase naming entities that `keep` rejects.
    pub fn retain(&mut self, keep: impl Fn(&Entity) -> bool) {
        for bucket in self.map.values_mut() {
            for (_, es) in bucket.phrases.iter_mut() {
                es.retain(&keep);
            }
            bucket.phrases.retain(|(_, es)| !es.is_empty());
            bucket.by_second = None;
        }
        self.map.retain(|_, b| !b.phrases.is_empty());
        self.count = self.map.values().map(|b| b.phrases.len()).sum();
    }

    pub(crate) fn finish(&mut self) {
        for bucket in self.map.values_mut() {
            bucket.phrases.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
            bucket.by_second = (bucket.phrases.len() > INDEXED_BUCKET).then(|| {
                let mut by_second: HashMap<String, Vec<u32>> = HashMap::default();
                for (i, (rest, _)) in bucket.phrases.iter().enumerate() {
                    if let Some(second) = rest.first() {
                        by_second.entry(second.clone()).or_default().push(i as u32);
                    }
                }
                by_second
            });
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
        let fits = |rest: &[String]| {
            rest.len() < words.len() && rest.iter().zip(&words[1..]).all(|(a, b)| a == b)
        };
        let found = match &bucket.by_second {
            // The phrases of two words or more that go on with the second word, longest
            // first, else the one word alone (the shortest phrase, so the last).
            Some(by_second) => words
                .get(1)
                .and_then(|second| by_second.get(*second))
                .into_iter()
                .flatten()
                .map(|&i| &bucket.phrases[i as usize])
                .find(|(rest, _)| fits(rest))
                .or_else(|| bucket.phrases.last().filter(|(rest, _)| rest.is_empty())),
            None => bucket.phrases.iter().find(|(rest, _)| fits(rest)),
        };
        found.map(|(rest, es)| PhraseMatch { len: rest.len() + 1, entities: es })
    }

    /// Does any phrase start with this word? (A cheap first test.)
    #[inline]
    pub fn starts(&self, word: &str) -> bool {
        self.map.contains_key(word)
    }
}
