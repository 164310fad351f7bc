//! Part-of-speech tagging, lemmatisation and dependency parsing of English in pure Rust.
//!
//! This crate is the syntactic leaf of comity: the text and coding stages hand it one
//! tokenised sentence at a time (UD-style tokens: `'s` and `n't` split off, punctuation
//! separate) and get back Universal POS and Penn Treebank tags, lemmas and a Universal
//! Dependencies tree ([`Parser::parse`]). It depends on no other comity crate.
//!
//! **Algorithms.** The tagger is a greedy left-to-right averaged perceptron whose classes are
//! (UPOS, XPOS) pairs, with word, affix, shape, previous-tag, neighbouring-word and
//! ambiguity-class features. The lemmatiser applies suffix edit scripts chosen by the XPOS
//! tag and the longest known suffix, with a table of the training words those scripts get
//! wrong. The parser is a greedy arc-hybrid transition system (root at the end of the buffer,
//! so every output is a single-rooted projective tree, built in exactly `2n` transitions)
//! whose labelled transitions are scored jointly by an averaged perceptron over Zhang and
//! Nivre (2011) style feature templates, trained with Goldberg and Nivre's dynamic oracle and
//! exploration on part-of-speech tags from a jack-knifed tagger. Features are hashed to 32-bit
//! keys; the stored weights are pruned and quantised to 8 bits (sign and one of 128
//! log-spaced magnitudes).
//!
//! **Data and licences.** The English model compiled in ([`Parser::english`]) is trained on
//! Universal Dependencies English Web Treebank (UD_English-EWT, CC BY-SA 4.0) and on the
//! CC BY 4.0 parts of the Georgetown University Multilayer corpus (UD_English-GUM, without
//! its CC BY-NC-SA wikiHow and fiction documents). The model file is therefore distributed
//! under CC BY-SA 4.0; the code is under the workspace licence. The training program
//! (`comity-train-parser`) rebuilds it from the treebanks' git repositories; see the crate's
//! README for the command and the held-out scores.
//!
//! Parsing never panics on any input: an empty slice gives an empty [`Analysis`], every
//! word is read as Unicode text of any kind, and time is linear in the sentence length.

#![warn(missing_docs)]

mod hash;
mod io;
mod lemma;
mod lex;
mod parser;
mod repair;
mod tagger;
mod tags;
mod times;
mod weights;

pub mod conllu;
pub mod train;

use std::fmt::{self, Write as _};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

pub use tags::{Rel, Tag, Upos, Xpos};

use io::{Reader, Writer};
use lemma::Lemmatizer;
use parser::Classes;
use weights::Weights;

/// A sentence as the parser reads it when words were set aside (`times.rs`): the words kept
/// (indices into the sentence, ascending) and their lexical values and tag classes.
struct Reduced {
    kept: Vec<usize>,
    lex: Vec<lex::Lex>,
    cls: Vec<u8>,
}

/// Why model bytes could not be decoded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes do not start with the model signature.
    #[error("not a comity-parse model (bad signature)")]
    BadMagic,
    /// The model was written by an incompatible version of this crate.
    #[error("unsupported model format version {0}")]
    UnsupportedVersion(u32),
    /// The bytes end before the model does.
    #[error("model data truncated")]
    Truncated,
    /// The checksum of the model body does not match.
    #[error("model checksum mismatch")]
    BadChecksum,
    /// The model body is inconsistent.
    #[error("corrupt model: {0}")]
    Corrupt(&'static str),
}

const MAGIC: &[u8; 8] = b"CMTYPARS";
const VERSION: u32 = 2;

/// A trained tagger, lemmatiser and parser.
pub struct Parser {
    classes: Vec<Tag>,
    amb: FxHashMap<u32, u32>,
    tagger: Weights,
    labels: Vec<Rel>,
    parser: Weights,
    lemmas: Lemmatizer,
    /// Per tag class, whether it is a closed word class (from `classes`).
    closed: Vec<bool>,
    /// What the tagger's fallback for a sentence without a verb knows of the classes.
    verb_fallback: tagger::VerbFallback,
    /// What the tagger's reading of a demanded clause's verb knows of the classes.
    subjunctive: Option<tagger::Subjunctive>,
}

/// How far (in tagger score) below a word's best reading its verb reading may stand for
/// [`tagger::verb_fallback`] to read it as the verb of a sentence without one. Set on the
/// treebanks' held-out words (LAS 0.8238 -> 0.8239: its verbless fragments stay) and on the
/// 31 verbless sentences among Wikinews' 34,347 parsed ones.
const VERB_MARGIN: i32 = 14_000;

/// How far below a word's best reading the base form of a verb may score for
/// [`tagger::subjunctive_after_that`] to read it so (the demanded clause has no other verb).
const SUBJUNCTIVE_MARGIN: i32 = 40_000;

/// The fallback's view of the tag classes (see [`tagger::VerbFallback`]).
fn verb_fallback_classes(classes: &[Tag]) -> tagger::VerbFallback {
    tagger::VerbFallback {
        verbal: classes.iter().map(|t| t.upos == Upos::Verb).collect(),
        open: classes.iter().map(|t| matches!(t.upos, Upos::Noun | Upos::Adj)).collect(),
        opener: classes.iter().map(|t| matches!(t.upos, Upos::Det | Upos::Adp)).collect(),
        margin: VERB_MARGIN,
        prepositional: tagger::PREPOSITIONAL_PARTICIPLES.map(hash::hash_str),
    }
}

/// The view of the tag classes of [`tagger::subjunctive_after_that`]; none for a model with
/// no class for a verb's base form.
fn subjunctive_classes(classes: &[Tag]) -> Option<tagger::Subjunctive> {
    Some(tagger::Subjunctive {
        base: classes.iter().position(|t| t.xpos == Xpos::Vb)?,
        marker: classes.iter().position(|t| t.upos == Upos::Sconj),
        name: classes.iter().map(|t| t.upos == Upos::Propn).collect(),
        open: classes.iter().map(|t| matches!(t.upos, Upos::Noun | Upos::Adj)).collect(),
        verbal: classes.iter().map(|t| matches!(t.upos, Upos::Verb | Upos::Aux)).collect(),
        margin: SUBJUNCTIVE_MARGIN,
        demanding: tagger::DEMANDING.map(hash::hash_str),
        that: hash::hash_str("that"),
        breaks: [",", ";", ".", ":"].map(hash::hash_str),
    })
}

/// Per tag class, whether it is a closed word class (see [`tagger::tag`]).
fn closed_classes(classes: &[Tag]) -> Vec<bool> {
    classes
        .iter()
        .map(|t| {
            matches!(
                t.upos,
                Upos::Adp
                    | Upos::Sconj
                    | Upos::Cconj
                    | Upos::Det
                    | Upos::Pron
                    | Upos::Aux
                    | Upos::Part
            )
        })
        .collect()
}

impl fmt::Debug for Parser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parser")
            .field("tag_classes", &self.classes.len())
            .field("labels", &self.labels.len())
            .field("tagger_weights", &self.tagger.len())
            .field("parser_weights", &self.parser.len())
            .field("lemma_rules_and_words", &self.lemmas.sizes())
            .finish()
    }
}

/// The names of the months, lower-case, January first (shared with date recognition and the
/// parse's repairs).
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The names of the days of the week, lower-case, Monday first.
pub const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The analysis of one sentence: per word (in input order) its tag, head, relation and lemma.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Part-of-speech tags.
    pub tags: Vec<Tag>,
    /// Heads, CoNLL-U style: 0 for the root word, else the 1-based index of the head word.
    pub heads: Vec<u32>,
    /// Relation of each word to its head ([`Rel::Root`] for the root word).
    pub rels: Vec<Rel>,
    /// Lemmas: lower-case except for proper nouns (and *I*).
    pub lemmas: Vec<String>,
}

impl Analysis {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.tags.len()
    }

    /// Whether the sentence had no words.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }

    /// 1-based index of the root word (`None` only for an empty sentence).
    pub fn root(&self) -> Option<usize> {
        self.heads.iter().position(|&h| h == 0).map(|i| i + 1)
    }

    /// 1-based indices of the dependents of word `i` (1-based; 0 gives the root word), in
    /// sentence order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads.iter().enumerate().filter(move |(_, h)| **h as usize == i).map(|(d, _)| d + 1)
    }

    /// 1-based indices of the dependents of word `i` attached with relation `rel`.
    pub fn children_with(&self, i: usize, rel: Rel) -> impl Iterator<Item = usize> + '_ {
        self.children(i).filter(move |&d| self.rels[d - 1] == rel)
    }

    /// The analysis as CoNLL-U lines (ten columns; FEATS, DEPS and MISC empty), given the word
    /// forms that were parsed. Missing forms print as `_`.
    pub fn to_conllu(&self, words: &[&str]) -> String {
        let mut s = String::new();
        for i in 0..self.len() {
            let form = words.get(i).copied().unwrap_or("_");
            let form: String =
                form.chars().map(|c| if c == '\t' || c == '\n' { ' ' } else { c }).collect();
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_",
                i + 1,
                form,
                self.lemmas[i],
                self.tags[i].upos,
                self.tags[i].xpos,
                self.heads[i],
                self.rels[i]
            );
        }
        s
    }
}

static ENGLISH: OnceLock<Parser> = OnceLock::new();
static ENGLISH_MODEL: &[u8] = include_bytes!("../model/en.model");

impl Parser {
    /// The English model compiled into the binary, decoded on first use.
    pub fn english() -> &'static Parser {
        ENGLISH.get_or_init(|| {
            // The committed model is checked by the crate's tests; a failure here means the
            // binary was built with a damaged model file.
            Parser::from_bytes(ENGLISH_MODEL).expect("the compiled-in English model is valid")
        })
    }

    /// Decodes a model written by the training program. Bad bytes give an error, never a
    /// panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ModelError> {
        let mut r = Reader::new(bytes);
        if r.bytes(8).map_err(|_| ModelError::BadMagic)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        let len = r.u64()?;
        let sum = r.u64()?;
        let body = r.bytes(usize::try_from(len).map_err(|_| ModelError::Truncated)?)?;
        if !r.is_empty() {
            return Err(ModelError::Corrupt("trailing bytes"));
        }
        if hash::hash_bytes(body) != sum {
            return Err(ModelError::BadChecksum);
        }
        let mut r = Reader::new(body);
        let n = r.count(255)?;
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            let upos = Upos::from_index(r.u8()? as usize).ok_or(ModelError::Corrupt("upos"))?;
            let xpos = Xpos::from_index(r.u8()? as usize).ok_or(ModelError::Corrupt("xpos"))?;
            classes.push(Tag { upos, xpos });
        }
        if classes.is_empty() {
            return Err(ModelError::Corrupt("no tag classes"));
        }
        let n = r.count(1 << 24)?;
        let mut amb = FxHashMap::default();
        amb.reserve(n);
        let mut prev = 0u64;
        for _ in 0..n {
            prev += r.varint()?;
            let k = u32::try_from(prev).map_err(|_| ModelError::Corrupt("dictionary key"))?;
            let v = u32::try_from(r.varint()?).map_err(|_| ModelError::Corrupt("dictionary"))?;
            amb.insert(k, v);
        }
        let tagger = Weights::read(&mut r)?;
        if tagger.n_classes() != classes.len() {
            return Err(ModelError::Corrupt("tagger class count"));
        }
        let n = r.count(127)?;
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            labels.push(Rel::from_index(r.u8()? as usize).ok_or(ModelError::Corrupt("label"))?);
        }
        if labels.first() != Some(&Rel::Root) {
            return Err(ModelError::Corrupt("label 0 must be root"));
        }
        let parser = Weights::read(&mut r)?;
        if parser.n_classes() != (Classes { labels: labels.len() }).count() {
            return Err(ModelError::Corrupt("parser class count"));
        }
        let lemmas = Lemmatizer::read(&mut r)?;
        if !r.is_empty() {
            return Err(ModelError::Corrupt("trailing bytes in body"));
        }
        let closed = closed_classes(&classes);
        let verb_fallback = verb_fallback_classes(&classes);
        let subjunctive = subjunctive_classes(&classes);
        Ok(Parser {
            classes,
            amb,
            tagger,
            labels,
            parser,
            lemmas,
            closed,
            verb_fallback,
            subjunctive,
        })
    }

    /// Encodes the model in the format [`Parser::from_bytes`] reads.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.varint(self.classes.len() as u64);
        for t in &self.classes {
            w.u8(t.upos.index() as u8);
            w.u8(t.xpos.index() as u8);
        }
        let mut amb: Vec<(u32, u32)> = self.amb.iter().map(|(k, v)| (*k, *v)).collect();
        amb.sort_unstable();
        w.varint(amb.len() as u64);
        let mut prev = 0u32;
        for (k, v) in amb {
            w.varint(u64::from(k - prev));
            w.varint(u64::from(v));
            prev = k;
        }
        self.tagger.write(&mut w);
        w.varint(self.labels.len() as u64);
        for l in &self.labels {
            w.u8(l.index() as u8);
        }
        self.parser.write(&mut w);
        self.lemmas.write(&mut w);
        let body = w.buf;
        let mut out = Writer::default();
        out.buf.extend_from_slice(MAGIC);
        out.u32(VERSION);
        out.u64(body.len() as u64);
        out.u64(hash::hash_bytes(&body));
        out.buf.extend_from_slice(&body);
        out.buf
    }

    /// Tags, lemmatises and parses one tokenised sentence.
    pub fn parse(&self, words: &[&str]) -> Analysis {
        self.parse_many(&[words]).pop().unwrap_or_default()
    }

    /// Tags, lemmatises and parses several tokenised sentences: the same analyses as
    /// [`Parser::parse`] of each, in order, in less time (the parser takes one transition of
    /// each of a few sentences in turn, so that their memory look-ups overlap).
    pub fn parse_many(&self, sentences: &[&[&str]]) -> Vec<Analysis> {
        let lex: Vec<Vec<lex::Lex>> = sentences.iter().map(|w| lex::sentence(w)).collect();
        let cls: Vec<Vec<u8>> = lex.iter().map(|l| self.tag_classes(l)).collect();
        let tags: Vec<Vec<Tag>> =
            cls.iter().map(|c| c.iter().map(|&c| self.class(c)).collect()).collect();
        // Bare time words in newswire order are parsed around (times.rs): the parser reads
        // the sentence without them, with the tags of the whole sentence.
        let aside: Vec<Vec<(usize, times::Side)>> =
            sentences.iter().zip(&tags).map(|(w, t)| times::bare_times(w, t)).collect();
        // The words parsed, of the sentences with a word set aside (in ascending order), and
        // those words' tagging: the other sentences are parsed as they are.
        let reduced: Vec<Option<Reduced>> = sentences
            .iter()
            .zip(&aside)
            .zip(lex.iter().zip(&cls))
            .map(|((w, a), (l, c))| {
                (!a.is_empty()).then(|| {
                    let mut next = a.iter().map(|&(k, _)| k).peekable();
                    let kept: Vec<usize> =
                        (0..w.len()).filter(|&i| next.next_if_eq(&i).is_none()).collect();
                    Reduced {
                        lex: kept.iter().map(|&i| l[i]).collect(),
                        cls: kept.iter().map(|&i| c[i]).collect(),
                        kept,
                    }
                })
            })
            .collect();
        let input: Vec<(&[lex::Lex], &[u8])> = reduced
            .iter()
            .zip(lex.iter().zip(&cls))
            .map(|(r, (l, c))| match r {
                Some(r) => (r.lex.as_slice(), r.cls.as_slice()),
                None => (l.as_slice(), c.as_slice()),
            })
            .collect();
        let states =
            parser::parse_many(&self.parser, Classes { labels: self.labels.len() }, &input);
        sentences
            .iter()
            .zip(tags)
            .zip(states)
            .zip(aside.iter().zip(&reduced))
            .map(|(((words, tags), st), (aside, reduced))| {
                let n = words.len();
                // The word of the sentence that the parser's word `j` is.
                let kept = reduced.as_ref().map(|r| r.kept.as_slice());
                let word = |j: usize| kept.map_or(j, |k| k[j]);
                let m = kept.map_or(n, <[usize]>::len);
                let mut heads = vec![0u32; n];
                let mut rels = vec![Rel::Dep; n];
                for j in 0..m {
                    let h = st.head[j] as usize;
                    heads[word(j)] = if h >= m { 0 } else { word(h) as u32 + 1 };
                    rels[word(j)] =
                        self.labels.get(st.label[j] as usize).copied().unwrap_or(Rel::Dep);
                }
                for &(i, side) in aside {
                    // The verb: the word before, or the word after (an auxiliary's verb).
                    let mut v = match side {
                        times::Side::Prev => i - 1,
                        times::Side::Next => i + 1,
                        times::Side::Verb(v) => v,
                    };
                    if tags[v].upos == Upos::Aux && heads[v] != 0 {
                        v = heads[v] as usize - 1;
                    }
                    heads[i] = v as u32 + 1;
                    rels[i] = Rel::OblUnmarked;
                }
                let lemmas =
                    words.iter().zip(&tags).map(|(w, t)| self.lemmas.lemma(w, t.xpos)).collect();
                let mut a = Analysis { tags, heads, rels, lemmas };
                repair::repair(&mut a, words);
                a
            })
            .collect()
    }

    /// Tags one tokenised sentence (no lemmas, no tree).
    pub fn tag(&self, words: &[&str]) -> Vec<Tag> {
        if words.is_empty() {
            return Vec::new();
        }
        let lex = lex::sentence(words);
        self.tag_classes(&lex).into_iter().map(|c| self.class(c)).collect()
    }

    /// The lemma of `word` tagged `xpos`.
    pub fn lemma(&self, word: &str, xpos: Xpos) -> String {
        self.lemmas.lemma(word, xpos)
    }

    /// A copy without the tagger weights below `tagger_min` and the parser weights below
    /// `parser_min` (in perceptron update units): a smaller, faster, slightly less accurate
    /// model.
    pub fn pruned(&self, tagger_min: f32, parser_min: f32) -> Parser {
        Parser {
            classes: self.classes.clone(),
            amb: self.amb.clone(),
            tagger: self.tagger.pruned(tagger_min),
            labels: self.labels.clone(),
            parser: self.parser.pruned(parser_min),
            lemmas: self.lemmas.clone(),
            closed: self.closed.clone(),
            verb_fallback: verb_fallback_classes(&self.classes),
            subjunctive: subjunctive_classes(&self.classes),
        }
    }

    /// Number of stored weights of the tagger and of the parser.
    pub fn weight_counts(&self) -> (usize, usize) {
        (self.tagger.len(), self.parser.len())
    }

    fn class(&self, c: u8) -> Tag {
        self.classes.get(c as usize).copied().unwrap_or(Tag { upos: Upos::X, xpos: Xpos::Xx })
    }

    fn tag_classes(&self, lex: &[lex::Lex]) -> Vec<u8> {
        let amb = tagger::ambiguity(lex, &self.amb);
        let mut sc = tagger::Scratch::default();
        let mut out =
            tagger::tag(&self.tagger, self.classes.len(), lex, &amb, &self.closed, &mut sc);
        tagger::verb_fallback(
            &self.tagger,
            self.classes.len(),
            lex,
            &amb,
            &self.verb_fallback,
            &mut out,
            &mut sc,
        );
        if let Some(sj) = &self.subjunctive {
            tagger::subjunctive_after_that(
                &self.tagger,
                self.classes.len(),
                lex,
                &amb,
                sj,
                &mut out,
                &mut sc,
            );
        }
        // "conceded to demands from the rebels", "bowed to calls for reform": no infinitive
        // "to" takes a verb's third-person form, so a verb so tagged after "to" is a plural
        // noun.
        let to = hash::hash_str("to");
        if let Some(nns) = self.classes.iter().position(|t| t.xpos == Xpos::Nns) {
            for i in 1..lex.len() {
                let t = self.class(out[i]);
                if lex[i - 1].lower == to && t.upos == Upos::Verb && t.xpos == Xpos::Vbz {
                    out[i] = nns as u8;
                }
            }
        }
        out
    }
}
