//! Greedy left-to-right averaged-perceptron tagger. One class is one (UPOS, XPOS) pair seen in
//! training; features are the word, its lower-cased form, prefixes and suffixes, shape, the
//! two previous predicted tags, the neighbouring words and the ambiguity classes (the set of
//! tags a word had in training) of the word and the next two.

use rustc_hash::FxHashMap;

use crate::hash::{key, mix};
use crate::lex::Lex;
use crate::weights::{Perceptron, Weights};

/// Something that adds feature weights to class scores.
pub(crate) trait Scorer {
    fn score(&self, feats: &[u32], scores: &mut [i32]);
}

impl Scorer for Perceptron {
    fn score(&self, feats: &[u32], scores: &mut [i32]) {
        Perceptron::score(self, feats, scores)
    }
}

impl Scorer for Weights {
    fn score(&self, feats: &[u32], scores: &mut [i32]) {
        Weights::score(self, feats, scores)
    }
}

const NONE_WORD: u64 = 0x5A5A_0001;
const NONE_TAG: u32 = 0xFFFF;
const NONE_AMB: u32 = 0xFFFE;
/// Ambiguity class of a word not in the dictionary.
pub(crate) const UNKNOWN_AMB: u32 = 0xFFFD;

/// Ambiguity class of every word of a sentence.
pub(crate) fn ambiguity(lex: &[Lex], dict: &FxHashMap<u32, u32>) -> Vec<u32> {
    lex.iter().map(|l| dict.get(&l.key).copied().unwrap_or(UNKNOWN_AMB)).collect()
}

/// The features of word `i`, given the previous two predicted classes.
pub(crate) fn features(lex: &[Lex], amb: &[u32], i: usize, p1: u32, p2: u32, out: &mut Vec<u32>) {
    out.clear();
    let w = &lex[i];
    let word = |j: isize| -> u64 {
        if j < 0 || j as usize >= lex.len() { NONE_WORD ^ j as u64 } else { lex[j as usize].lower }
    };
    let suf3 = |j: isize| -> u64 {
        if j < 0 || j as usize >= lex.len() { NONE_WORD } else { lex[j as usize].suf[2] }
    };
    let shape = |j: isize| -> u64 {
        if j < 0 || j as usize >= lex.len() { NONE_WORD } else { lex[j as usize].shape }
    };
    let am = |j: isize| -> u64 {
        u64::from(if j < 0 || j as usize >= amb.len() { NONE_AMB } else { amb[j as usize] })
    };
    let i_ = i as isize;
    let (p1, p2) = (u64::from(p1), u64::from(p2));
    out.push(key(0, 0, 0, 0));
    out.push(key(1, w.form, 0, 0));
    out.push(key(2, w.lower, 0, 0));
    for k in 0..4 {
        out.push(key(3, w.suf[k], 0, 0));
        out.push(key(4, w.pre[k], 0, 0));
    }
    out.push(key(5, w.shape, 0, 0));
    out.push(key(6, p1, 0, 0));
    out.push(key(7, p1, p2, 0));
    out.push(key(8, p1, w.lower, 0));
    out.push(key(9, word(i_ - 1), 0, 0));
    out.push(key(10, word(i_ - 2), 0, 0));
    out.push(key(11, word(i_ + 1), 0, 0));
    out.push(key(12, word(i_ + 2), 0, 0));
    out.push(key(13, suf3(i_ - 1), 0, 0));
    out.push(key(14, suf3(i_ + 1), 0, 0));
    out.push(key(15, w.lower, word(i_ + 1), 0));
    out.push(key(16, word(i_ - 1), w.lower, 0));
    out.push(key(17, am(i_), 0, 0));
    out.push(key(18, am(i_ + 1), 0, 0));
    out.push(key(19, am(i_ + 2), 0, 0));
    out.push(key(20, p1, am(i_ + 1), 0));
    out.push(key(21, am(i_), am(i_ + 1), 0));
    out.push(key(22, w.lower, am(i_ + 1), 0));
    out.push(key(23, shape(i_ + 1), 0, 0));
    out.push(key(24, shape(i_ - 1), 0, 0));
    out.push(key(25, u64::from(i == 0), w.shape, 0));
    out.push(key(26, p1, w.suf[2], 0));
    out.push(key(27, p1, am(i_), am(i_ + 1)));
    out.push(key(28, mix(am(i_ - 1), am(i_)), 0, 0));
    out.push(key(29, w.shape, am(i_), 0));
    out.push(key(30, word(i_ - 1), w.suf[2], 0));
}

/// Scratch buffers reused across sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    pub(crate) feats: Vec<u32>,
    pub(crate) scores: Vec<i32>,
}

/// Index of the best score (the first on ties).
pub(crate) fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// Function words too rare in the treebanks to have an ambiguity class ("amid", "atop"), or
/// written there as two words ("cannot", "doesn" before a curly "’t"): these may still take a
/// closed class. Hashes of the lower-cased forms, as [`Lex::lower`] holds them.
static RARE_FUNCTION_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<u64>> =
    std::sync::LazyLock::new(|| {
        [
            "aboard",
            "albeit",
            "alongside",
            "amid",
            "amidst",
            "amongst",
            "astride",
            "atop",
            "barring",
            "beneath",
            "beside",
            "besides",
            "betwixt",
            "cannot",
            "circa",
            "lest",
            "notwithstanding",
            "onto",
            "pending",
            "pursuant",
            "thru",
            "till",
            "underneath",
            "unto",
            "upon",
            "versus",
            "vs",
            "whereas",
            "whereby",
            "wherein",
            "whereupon",
            "whilst",
            "anent",
            "sans",
            "via",
            "toward",
            "towards",
            "ere",
            "dare",
            "whomever",
            "whoever",
            "whichever",
            "no-one",
            "doesn",
            "didn",
            "isn",
            "wasn",
            "aren",
            "weren",
            "hasn",
            "haven",
            "hadn",
            "couldn",
            "wouldn",
            "shouldn",
            "mustn",
            "needn",
        ]
        .iter()
        .map(|w| crate::lex::sentence(&[w])[0].lower)
        .collect()
    });

/// Endings of contractions the tokeniser keeps whole ("shouldn't", "we're", "it's"): an
/// auxiliary or a pronoun however rare the word. As (suffix length - 1, hash of the suffix).
static CONTRACTION_ENDS: std::sync::LazyLock<Vec<(usize, u64)>> = std::sync::LazyLock::new(|| {
    ["n't", "n’t", "'s", "’s", "'d", "’d", "'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll"]
        .iter()
        .map(|e| {
            let k = e.chars().count() - 1;
            (k, crate::lex::sentence(&[&format!("x{e}")])[0].suf[k])
        })
        .collect()
});

/// Tags a sentence greedily; returns class indices. `closed` marks the classes of closed word
/// classes (prepositions, conjunctions, determiners, pronouns, auxiliaries, particles): a
/// word the training data did not hold often enough to have an ambiguity class is none of
/// them ("demanding that Mugabe abandon his policy" read *abandon* as a preposition). An
/// empty `closed` constrains nothing.
pub(crate) fn tag<S: Scorer>(
    model: &S,
    n_classes: usize,
    lex: &[Lex],
    amb: &[u32],
    closed: &[bool],
    sc: &mut Scratch,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(lex.len());
    let (mut p1, mut p2) = (NONE_TAG, NONE_TAG);
    for i in 0..lex.len() {
        score_at(model, n_classes, lex, amb, (i, p1, p2), sc);
        let mut c = argmax(&sc.scores);
        if amb.get(i) == Some(&UNKNOWN_AMB)
            && closed.get(c).copied().unwrap_or(false)
            && !RARE_FUNCTION_WORDS.contains(&lex[i].lower)
            && !CONTRACTION_ENDS.iter().any(|&(k, h)| lex[i].suf[k] == h)
        {
            let open = sc
                .scores
                .iter()
                .enumerate()
                .filter(|&(k, _)| !closed.get(k).copied().unwrap_or(false))
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)));
            if let Some((k, _)) = open {
                c = k;
            }
        }
        out.push(c as u8);
        p2 = p1;
        p1 = c as u32;
    }
    out
}

/// Least number of words of a sentence that [`verb_fallback`] expects to hold a verb.
const VERBLESS_MIN_WORDS: usize = 6;

/// Participles that work as prepositions ("according to X", "including X"): a verb tag on one
/// of them does not give the sentence its verb.
pub(crate) const PREPOSITIONAL_PARTICIPLES: [&str; 4] =
    ["according", "including", "regarding", "concerning"];

/// What [`verb_fallback`] knows of the tag classes, per class.
pub(crate) struct VerbFallback {
    /// Verbs (not auxiliaries: a content word misread as a noun is a verb).
    pub(crate) verbal: Vec<bool>,
    /// The word classes a verb may be misread as: nouns, adjectives.
    pub(crate) open: Vec<bool>,
    /// Words that open a noun's phrase (determiners, prepositions): no verb follows them.
    pub(crate) opener: Vec<bool>,
    /// How far below the word's best reading its verb reading may score.
    pub(crate) margin: i32,
    /// The lower-case hashes of [`PREPOSITIONAL_PARTICIPLES`].
    pub(crate) prepositional: [u64; 4],
}

/// A sentence the tagger left without a verb ("Most citizens of Iraq support the new
/// constitution", "Musharraf's spokesman denies Khan's allegations", with *support* and
/// *denies* read as nouns): the word whose best verb reading comes closest to its best
/// reading, if within the margin, is read as that verb, and the words after it are tagged
/// again. Not the first word, nor one after a determiner or a preposition, nor a capitalised
/// word (a name). A verb tag on a participle used as a preposition ("According to the
/// declaration, the member states of NATO support ...") does not count. Returns the position
/// changed.
pub(crate) fn verb_fallback<S: Scorer>(
    model: &S,
    n_classes: usize,
    lex: &[Lex],
    amb: &[u32],
    vf: &VerbFallback,
    out: &mut [u8],
    sc: &mut Scratch,
) -> Option<usize> {
    let is = |v: &[bool], c: u8| v.get(c as usize).copied().unwrap_or(false);
    let verb_of_its_own =
        |(&c, l): (&u8, &Lex)| is(&vf.verbal, c) && !vf.prepositional.contains(&l.lower);
    if out.len() < VERBLESS_MIN_WORDS || out.iter().zip(lex).any(verb_of_its_own) {
        return None;
    }
    let mut best: Option<(i32, usize, usize)> = None;
    let (mut p1, mut p2) = (u32::from(out[0]), NONE_TAG);
    for i in 1..lex.len() {
        if is(&vf.open, out[i]) && lex[i].form == lex[i].lower && !is(&vf.opener, out[i - 1]) {
            score_at(model, n_classes, lex, amb, (i, p1, p2), sc);
            let top = sc.scores[argmax(&sc.scores)];
            let verb =
                (0..n_classes).filter(|&k| is(&vf.verbal, k as u8)).max_by_key(|&k| sc.scores[k]);
            if let Some(k) = verb {
                let gap = top - sc.scores[k];
                if gap <= vf.margin && best.is_none_or(|(g, _, _)| gap < g) {
                    best = Some((gap, i, k));
                }
            }
        }
        p2 = p1;
        p1 = u32::from(out[i]);
    }
    let (_, i, k) = best?;
    out[i] = k as u8;
    retag_after(model, n_classes, lex, amb, i, out, sc);
    Some(i)
}

/// The scores of every class for word `i`, given the two classes before it.
fn score_at<S: Scorer>(
    model: &S,
    n_classes: usize,
    lex: &[Lex],
    amb: &[u32],
    (i, p1, p2): (usize, u32, u32),
    sc: &mut Scratch,
) {
    features(lex, amb, i, p1, p2, &mut sc.feats);
    sc.scores.clear();
    sc.scores.resize(n_classes, 0);
    model.score(&sc.feats, &mut sc.scores);
}

/// Tags again, greedily, the words after `i` (whose class was just changed, as was the one
/// before it at most).
fn retag_after<S: Scorer>(
    model: &S,
    n_classes: usize,
    lex: &[Lex],
    amb: &[u32],
    i: usize,
    out: &mut [u8],
    sc: &mut Scratch,
) {
    let (mut p1, mut p2) = (u32::from(out[i]), u32::from(out[i - 1]));
    for (j, c) in out.iter_mut().enumerate().take(lex.len()).skip(i + 1) {
        score_at(model, n_classes, lex, amb, (j, p1, p2), sc);
        *c = argmax(&sc.scores) as u8;
        p2 = p1;
        p1 = u32::from(*c);
    }
}

/// Words after which a clause opened by "that" states what someone demands, and so takes its
/// verb in the base form ("demanded that Moscow free the crew"). Lower-case hashes are
/// compared.
pub(crate) const DEMANDING: [&str; 20] = [
    "demand",
    "demands",
    "demanded",
    "demanding",
    "insist",
    "insisted",
    "urge",
    "urged",
    "request",
    "requested",
    "ask",
    "asked",
    "propose",
    "proposed",
    "recommend",
    "recommended",
    "require",
    "required",
    "call",
    "calls",
];

/// What [`subjunctive_after_that`] knows of the tag classes.
pub(crate) struct Subjunctive {
    /// The class of a verb's base form.
    pub(crate) base: usize,
    /// The class of subordinating conjunctions, if the model has one.
    pub(crate) marker: Option<usize>,
    /// Names.
    pub(crate) name: Vec<bool>,
    /// Nouns and adjectives.
    pub(crate) open: Vec<bool>,
    /// Verbs and auxiliaries.
    pub(crate) verbal: Vec<bool>,
    /// How far below the word's best reading the base form may score.
    pub(crate) margin: i32,
    /// The lower-case hashes of [`DEMANDING`].
    pub(crate) demanding: [u64; 20],
    /// The lower-case hash of "that".
    pub(crate) that: u64,
    /// The hashes of the marks that end a clause.
    pub(crate) breaks: [u64; 4],
}

/// "renewed its call that Tehran halt enrichment", "insisting that Seoul lift the ban":
/// in a demanded clause, a name after "that" is followed by the clause's verb in the base
/// form, which the tagger may read as a noun. Such a word (lower case, read as a noun or an
/// adjective, with no verb read in the rest of its clause, up to a comma or a semicolon) is
/// read as the base form when that reading is within the margin of its best, and the words
/// after it are tagged again ("proposed that Iran oil exports resume" keeps its noun: the
/// clause has its verb); "that" is then the clause's subordinator.
pub(crate) fn subjunctive_after_that<S: Scorer>(
    model: &S,
    n_classes: usize,
    lex: &[Lex],
    amb: &[u32],
    sj: &Subjunctive,
    out: &mut [u8],
    sc: &mut Scratch,
) {
    let is = |v: &[bool], c: u8| v.get(c as usize).copied().unwrap_or(false);
    for i in 3..lex.len() {
        if lex[i - 2].lower != sj.that
            || !is(&sj.name, out[i - 1])
            || !is(&sj.open, out[i])
            || lex[i].form != lex[i].lower
            || !(i.saturating_sub(6)..i - 2).any(|k| sj.demanding.contains(&lex[k].lower))
            || (i + 1..lex.len())
                .take_while(|&j| !sj.breaks.contains(&lex[j].lower))
                .any(|j| is(&sj.verbal, out[j]))
        {
            continue;
        }
        let (p1, p2) = (u32::from(out[i - 1]), u32::from(out[i - 2]));
        score_at(model, n_classes, lex, amb, (i, p1, p2), sc);
        let top = sc.scores[argmax(&sc.scores)];
        if top - sc.scores[sj.base] > sj.margin {
            continue;
        }
        out[i] = sj.base as u8;
        // ("that" opens the clause: no relative pronoun.)
        if let Some(m) = sj.marker {
            out[i - 2] = m as u8;
        }
        retag_after(model, n_classes, lex, amb, i, out, sc);
    }
}

/// One training pass over a sentence with gold classes `gold`; returns the number correct.
pub(crate) fn train_sentence(
    model: &mut Perceptron,
    n_classes: usize,
    lex: &[Lex],
    amb: &[u32],
    gold: &[u8],
    sc: &mut Scratch,
) -> usize {
    let (mut p1, mut p2) = (NONE_TAG, NONE_TAG);
    let mut correct = 0;
    for (i, &g) in gold.iter().enumerate().take(lex.len()) {
        score_at(&*model, n_classes, lex, amb, (i, p1, p2), sc);
        let c = argmax(&sc.scores);
        let g = g as usize;
        model.update(&sc.feats, g, c);
        model.tick();
        correct += usize::from(c == g);
        p2 = p1;
        p1 = c as u32;
    }
    correct
}
