//! Training and evaluation, used by the `comity-train-parser` and `comity-eval-parser`
//! programs: reading the UD English treebanks from their git repositories (or from plain
//! directories exported with `git archive`), training the tagger, lemmatiser and parser, and
//! scoring a model on held-out sentences.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use rustc_hash::FxHashMap;

use crate::conllu::{self, Sentence};
use crate::hash::{Rng, hash_str};
use crate::lemma::Lemmatizer;
use crate::lex::{self, Lex};
use crate::parser::{self, Classes, Gold};
use crate::tagger::{self, Scratch};
use crate::weights::{Perceptron, Weights};
use crate::{Parser, Rel, Tag, Upos, Xpos};

/// An error reading the treebanks.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// Running git or reading a file failed.
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    /// A file was missing or git failed.
    #[error("{0}")]
    Missing(String),
    /// A treebank file was malformed.
    #[error("{0}: {1}")]
    Conllu(String, conllu::ConlluError),
}

/// Which part of a treebank a document belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// Training documents.
    Train,
    /// Development documents.
    Dev,
    /// Held-out test documents.
    Test,
}

/// One treebank document.
#[derive(Clone, Debug)]
pub struct Doc {
    /// File name without directories and `.conllu`.
    pub name: String,
    /// Its split.
    pub split: Split,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
}

/// Files of a treebank repository: a git repository (bare or not) read with `git`, or a plain
/// directory (for example one made by `git archive HEAD | tar x`).
enum Source {
    Git(PathBuf),
    Dir(PathBuf),
}

impl Source {
    fn open(dir: &Path) -> Source {
        if dir.join("not-to-release").is_dir() {
            return Source::Dir(dir.to_path_buf());
        }
        Source::Git(dir.to_path_buf())
    }

    fn git(dir: &Path) -> Command {
        let mut c = Command::new("git");
        c.arg("-C").arg(dir);
        c
    }

    /// Paths of all files under `prefix`.
    fn list(&self, prefix: &str) -> Result<Vec<String>, DataError> {
        match self {
            Source::Git(d) => {
                let out = Source::git(d)
                    .args(["ls-tree", "-r", "--name-only", "HEAD", "--", prefix])
                    .output()
                    .map_err(|e| DataError::Io(format!("git in {}", d.display()), e))?;
                if !out.status.success() {
                    return Err(DataError::Missing(format!(
                        "git ls-tree failed in {}: {}",
                        d.display(),
                        String::from_utf8_lossy(&out.stderr).trim()
                    )));
                }
                Ok(String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect())
            }
            Source::Dir(d) => {
                let mut out = Vec::new();
                let mut todo = vec![d.join(prefix)];
                while let Some(p) = todo.pop() {
                    let rd = std::fs::read_dir(&p)
                        .map_err(|e| DataError::Io(p.display().to_string(), e))?;
                    for e in rd {
                        let e = e.map_err(|e| DataError::Io(p.display().to_string(), e))?;
                        let path = e.path();
                        if path.is_dir() {
                            todo.push(path);
                        } else if let Ok(rel) = path.strip_prefix(d) {
                            out.push(rel.to_string_lossy().replace('\\', "/"));
                        }
                    }
                }
                out.sort();
                Ok(out)
            }
        }
    }

    /// Contents of the given files, in order.
    fn read_all(&self, paths: &[String]) -> Result<Vec<String>, DataError> {
        match self {
            Source::Git(d) => {
                let mut child = Source::git(d)
                    .args(["cat-file", "--batch"])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .spawn()
                    .map_err(|e| DataError::Io(format!("git in {}", d.display()), e))?;
                let mut stdin = child.stdin.take().ok_or(DataError::Missing("git stdin".into()))?;
                let list: String = paths.iter().map(|p| format!("HEAD:{p}\n")).collect();
                let writer = std::thread::spawn(move || {
                    let _ = stdin.write_all(list.as_bytes());
                });
                let stdout = child.stdout.take().ok_or(DataError::Missing("git stdout".into()))?;
                let mut r = BufReader::new(stdout);
                let mut out = Vec::with_capacity(paths.len());
                for p in paths {
                    let mut header = String::new();
                    r.read_line(&mut header).map_err(|e| DataError::Io(p.clone(), e))?;
                    let parts: Vec<&str> = header.split_whitespace().collect();
                    if parts.len() != 3 || parts[1] != "blob" {
                        return Err(DataError::Missing(format!("{p}: {}", header.trim())));
                    }
                    let size: usize = parts[2]
                        .parse()
                        .map_err(|_| DataError::Missing(format!("{p}: bad size")))?;
                    let mut buf = vec![0u8; size + 1];
                    r.read_exact(&mut buf).map_err(|e| DataError::Io(p.clone(), e))?;
                    buf.pop();
                    out.push(String::from_utf8_lossy(&buf).into_owned());
                }
                let _ = writer.join();
                let _ = child.wait();
                Ok(out)
            }
            Source::Dir(d) => paths
                .iter()
                .map(|p| {
                    std::fs::read_to_string(d.join(p))
                        .map_err(|e| DataError::Io(d.join(p).display().to_string(), e))
                })
                .collect(),
        }
    }

    fn read(&self, path: &str) -> Result<String, DataError> {
        Ok(self.read_all(&[path.to_string()])?.remove(0))
    }
}

fn doc_name(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.strip_suffix(".conllu").unwrap_or(file).to_string()
}

fn list_set(text: &str) -> Vec<String> {
    text.lines().map(|l| doc_name(l.trim())).filter(|l| !l.is_empty()).collect()
}

fn load(
    dir: &Path,
    keep: impl Fn(&str) -> bool,
    split_of: impl Fn(&str) -> Split,
) -> Result<Vec<Doc>, DataError> {
    let src = Source::open(dir);
    let mut paths = src.list("not-to-release/sources")?;
    paths.retain(|p| p.ends_with(".conllu") && keep(&doc_name(p)));
    if paths.is_empty() {
        return Err(DataError::Missing(format!(
            "no not-to-release/sources/*.conllu in {}",
            dir.display()
        )));
    }
    let texts = src.read_all(&paths)?;
    let mut docs = Vec::new();
    for (p, t) in paths.iter().zip(texts) {
        let name = doc_name(p);
        let sentences = conllu::read(&t).map_err(|e| DataError::Conllu(p.clone(), e))?;
        docs.push(Doc { split: split_of(&name), name, sentences });
    }
    Ok(docs)
}

/// Reads every UD_English-EWT document with its split from `files.{dev,test}` (the rest,
/// listed in `files.train`, is training).
pub fn load_ewt(dir: &Path) -> Result<Vec<Doc>, DataError> {
    let src = Source::open(dir);
    let dev = list_set(&src.read("not-to-release/file-lists/files.dev")?);
    let test = list_set(&src.read("not-to-release/file-lists/files.test")?);
    load(dir, |_| true, |n| split_by(n, &dev, &test))
}

/// Whether a GUM document may be used: wikiHow (`GUM_whow_*`) and fiction (`GUM_fiction_*`)
/// documents are CC BY-NC-SA and are never used, neither for training nor for evaluation.
pub fn gum_allowed(name: &str) -> bool {
    !(name.starts_with("GUM_whow_") || name.starts_with("GUM_fiction_"))
}

/// Reads the usable UD_English-GUM documents ([`gum_allowed`]) with their split from
/// `files.{dev,test}` (everything else is training).
pub fn load_gum(dir: &Path) -> Result<Vec<Doc>, DataError> {
    let src = Source::open(dir);
    let dev = list_set(&src.read("not-to-release/file-lists/files.dev")?);
    let test = list_set(&src.read("not-to-release/file-lists/files.test")?);
    load(dir, gum_allowed, |n| split_by(n, &dev, &test))
}

fn split_by(name: &str, dev: &[String], test: &[String]) -> Split {
    if test.iter().any(|t| t == name) {
        Split::Test
    } else if dev.iter().any(|t| t == name) {
        Split::Dev
    } else {
        Split::Train
    }
}

/// All sentences of the documents of `split`.
pub fn sentences(docs: &[Doc], split: Split) -> Vec<Sentence> {
    docs.iter().filter(|d| d.split == split).flat_map(|d| d.sentences.iter().cloned()).collect()
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Passes over the data for the tagger.
    pub tagger_epochs: usize,
    /// Passes over the data for the parser.
    pub parser_epochs: usize,
    /// Folds for the jack-knifed tags the parser is trained on (0 or 1: gold tags).
    pub folds: usize,
    /// Probability of following a wrong predicted transition during training (after the
    /// first epoch).
    pub explore: f64,
    /// Averaged tagger weights below this are dropped.
    pub tagger_prune: f32,
    /// Averaged parser weights below this are dropped.
    pub parser_prune: f32,
    /// Seed of the deterministic shuffles.
    pub seed: u64,
    /// Relations seen fewer times than this are trained as their base relation.
    pub min_label_count: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            tagger_epochs: 6,
            parser_epochs: 8,
            folds: 4,
            explore: 0.9,
            tagger_prune: 0.5,
            parser_prune: 1.5,
            seed: 20_240_601,
            min_label_count: 20,
        }
    }
}

/// A sentence prepared for training: lexical values and gold annotation.
struct Prepared {
    lex: Vec<Lex>,
    tag: Vec<u8>,
}

/// The tag classes and the ambiguity dictionary of a training set.
struct TagSet {
    classes: Vec<Tag>,
    index: FxHashMap<Tag, u8>,
}

impl TagSet {
    fn new(train: &[Sentence]) -> TagSet {
        let mut counts: FxHashMap<Tag, usize> = FxHashMap::default();
        for s in train {
            for w in &s.words {
                *counts.entry(Tag { upos: w.upos, xpos: w.xpos }).or_default() += 1;
            }
        }
        let mut v: Vec<(Tag, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| {
            b.1.cmp(&a.1).then_with(|| (a.0.upos, a.0.xpos).cmp(&(b.0.upos, b.0.xpos)))
        });
        v.truncate(255);
        let classes: Vec<Tag> = v.into_iter().map(|(t, _)| t).collect();
        let index = classes.iter().enumerate().map(|(i, t)| (*t, i as u8)).collect();
        TagSet { classes, index }
    }

    fn class(&self, t: Tag) -> u8 {
        // A pair not kept falls back to the most frequent class with the same XPOS.
        self.index.get(&t).copied().unwrap_or_else(|| {
            self.classes.iter().position(|c| c.xpos == t.xpos).unwrap_or(0) as u8
        })
    }
}

/// Ambiguity dictionary: words seen at least 3 times → hash of the set of classes that
/// make up at least 5% of their occurrences.
fn ambiguity_dict(data: &[&Prepared]) -> FxHashMap<u32, u32> {
    let mut counts: FxHashMap<u32, FxHashMap<u8, u32>> = FxHashMap::default();
    for p in data {
        for (l, &t) in p.lex.iter().zip(&p.tag) {
            *counts.entry(l.key).or_default().entry(t).or_default() += 1;
        }
    }
    let mut dict = FxHashMap::default();
    for (k, m) in counts {
        let total: u32 = m.values().sum();
        if total < 3 {
            continue;
        }
        let mut set: Vec<u8> =
            m.iter().filter(|(_, c)| **c * 20 >= total).map(|(t, _)| *t).collect();
        set.sort_unstable();
        let h = (hash_str(&format!("{set:?}")) >> 40) as u32;
        dict.insert(k, h);
    }
    dict
}

fn prepare(s: &Sentence, tags: &TagSet) -> Prepared {
    let forms = s.forms();
    Prepared {
        lex: lex::sentence(&forms),
        tag: s.words.iter().map(|w| tags.class(Tag { upos: w.upos, xpos: w.xpos })).collect(),
    }
}

/// Trains a tagger on `data`; returns its dictionary and averaged weights.
fn train_tagger(
    data: &[&Prepared],
    n_classes: usize,
    epochs: usize,
    prune: f32,
    seed: u64,
    mut each_epoch: impl FnMut(usize, &FxHashMap<u32, u32>, &Perceptron, f64),
) -> (FxHashMap<u32, u32>, Weights) {
    let dict = ambiguity_dict(data);
    let ambs: Vec<Vec<u32>> = data.iter().map(|p| tagger::ambiguity(&p.lex, &dict)).collect();
    let mut model = Perceptron::new(n_classes);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let mut sc = Scratch::default();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0, 0);
        for &i in &order {
            let p = data[i];
            correct +=
                tagger::train_sentence(&mut model, n_classes, &p.lex, &ambs[i], &p.tag, &mut sc);
            total += p.lex.len();
        }
        each_epoch(epoch, &dict, &model, correct as f64 / total.max(1) as f64);
    }
    (dict, model.averaged(prune))
}

/// Label inventory: root first, then relations in `Rel` order; rare relations (fewer than
/// `min_count` uses) map to their base relation.
fn label_set(train: &[Sentence], min_count: usize) -> (Vec<Rel>, FxHashMap<Rel, u8>) {
    let mut counts: FxHashMap<Rel, usize> = FxHashMap::default();
    for s in train {
        for w in &s.words {
            *counts.entry(w.rel).or_default() += 1;
        }
    }
    let mut labels = vec![Rel::Root];
    for r in Rel::ALL {
        if *r != Rel::Root && counts.get(r).copied().unwrap_or(0) >= min_count && labels.len() < 63
        {
            labels.push(*r);
        }
    }
    let mut map: FxHashMap<Rel, u8> = FxHashMap::default();
    for r in Rel::ALL {
        let idx = labels
            .iter()
            .position(|l| l == r)
            .or_else(|| labels.iter().position(|l| *l == r.base()))
            .or_else(|| labels.iter().position(|l| *l == Rel::Dep))
            .unwrap_or(0);
        map.insert(*r, idx as u8);
    }
    (labels, map)
}

/// Trains a complete model. `dev`, if given, is scored after every parser epoch (on the
/// averaged weights) and the scores are written to `log`.
pub fn train(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    cfg: &Config,
    log: &mut dyn Write,
) -> Parser {
    let t0 = Instant::now();
    let tags = TagSet::new(train);
    let nc = tags.classes.len();
    let data: Vec<Prepared> = train.iter().map(|s| prepare(s, &tags)).collect();
    let all: Vec<&Prepared> = data.iter().collect();
    let tokens: usize = data.iter().map(|p| p.lex.len()).sum();
    let _ =
        writeln!(log, "training on {} sentences, {} words; {} tag classes", data.len(), tokens, nc);

    // Lemmatiser.
    let lemmas = Lemmatizer::learn(
        train
            .iter()
            .flat_map(|s| s.words.iter().map(|w| (w.form.as_str(), w.xpos, w.lemma.as_str()))),
    );
    let _ = writeln!(log, "lemmatiser: {:?} rules and listed words", lemmas.sizes());

    // Tagger on all the training data.
    let dev_prep: Option<Vec<(Prepared, &Sentence)>> =
        dev.map(|d| d.iter().map(|s| (prepare(s, &tags), s)).collect());
    let (dict, tag_weights) =
        train_tagger(&all, nc, cfg.tagger_epochs, cfg.tagger_prune, cfg.seed, |e, dict, m, acc| {
            let mut line = format!("tagger epoch {}: train {:.4}", e + 1, acc);
            if let Some(dp) = &dev_prep {
                let (mut ok, mut n) = (0, 0);
                let mut sc = Scratch::default();
                let w = m.averaged(0.0);
                for (p, _) in dp {
                    let amb = tagger::ambiguity(&p.lex, dict);
                    let pred = tagger::tag(&w, nc, &p.lex, &amb, &[], &mut sc);
                    ok += pred.iter().zip(&p.tag).filter(|(a, b)| a == b).count();
                    n += p.lex.len();
                }
                line += &format!(", dev tag accuracy {:.4}", ok as f64 / n.max(1) as f64);
            }
            let _ = writeln!(log, "{line} ({:.0?})", t0.elapsed());
        });
    let _ = writeln!(log, "tagger: {} weights", tag_weights.len());

    // Jack-knifed tags for the parser's training data.
    let k = cfg.folds;
    let mut jk: Vec<Vec<u8>> = data.iter().map(|p| p.tag.clone()).collect();
    if k > 1 {
        let results: Vec<Vec<(usize, Vec<u8>)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..k)
                .map(|fold| {
                    let data = &data;
                    scope.spawn(move || {
                        let train_part: Vec<&Prepared> = data
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| i % k != fold)
                            .map(|(_, p)| p)
                            .collect();
                        let (dict, w) = train_tagger(
                            &train_part,
                            nc,
                            cfg.tagger_epochs,
                            cfg.tagger_prune,
                            cfg.seed + fold as u64 + 1,
                            |_, _, _, _| {},
                        );
                        let mut sc = Scratch::default();
                        data.iter()
                            .enumerate()
                            .filter(|(i, _)| i % k == fold)
                            .map(|(i, p)| {
                                let amb = tagger::ambiguity(&p.lex, &dict);
                                (i, tagger::tag(&w, nc, &p.lex, &amb, &[], &mut sc))
                            })
                            .collect()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
        });
        let (mut ok, mut n) = (0, 0);
        for fold in results {
            for (i, t) in fold {
                ok += t.iter().zip(&data[i].tag).filter(|(a, b)| a == b).count();
                n += t.len();
                jk[i] = t;
            }
        }
        let _ = writeln!(
            log,
            "jack-knifed tags ({k} folds): accuracy {:.4} ({:.0?})",
            ok as f64 / n.max(1) as f64,
            t0.elapsed()
        );
    }

    // Parser.
    let (labels, label_map) = label_set(train, cfg.min_label_count);
    let classes = Classes { labels: labels.len() };
    let _ = writeln!(log, "parser: {} labels, {} classes", labels.len(), classes.count());
    let mut gold_heads: Vec<Vec<u32>> = Vec::with_capacity(train.len());
    let mut gold_labels: Vec<Vec<u8>> = Vec::with_capacity(train.len());
    let mut lifted = 0;
    for s in train {
        let n = s.words.len() as u32;
        let mut h: Vec<u32> =
            s.words.iter().map(|w| if w.head == 0 { n } else { w.head - 1 }).collect();
        lifted += parser::projectivize(&mut h);
        gold_heads.push(h);
        gold_labels.push(s.words.iter().map(|w| label_map[&w.rel]).collect());
    }
    let _ = writeln!(log, "projectivised: {lifted} arcs lifted");
    let mut model = Perceptron::new(classes.count());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(cfg.seed ^ 0xD1CE);
    let (mut feats, mut scores) = (Vec::new(), Vec::new());
    let mut parser_out = Parser {
        classes: tags.classes.clone(),
        amb: dict,
        tagger: tag_weights,
        labels: labels.clone(),
        parser: Perceptron::new(classes.count()).averaged(0.0),
        lemmas,
        closed: crate::closed_classes(&tags.classes),
        verb_fallback: crate::verb_fallback_classes(&tags.classes),
        subjunctive: crate::subjunctive_classes(&tags.classes),
    };
    for epoch in 0..cfg.parser_epochs {
        rng.shuffle(&mut order);
        let explore = if epoch == 0 { 0.0 } else { cfg.explore };
        let (mut ok, mut moves) = (0, 0);
        for &i in &order {
            let gold = Gold::new(&gold_heads[i], &gold_labels[i]);
            let st = parser::train_sentence(
                &mut model,
                classes,
                &data[i].lex,
                &jk[i],
                &gold,
                explore,
                &mut rng,
                &mut feats,
                &mut scores,
            );
            ok += st.correct;
            moves += st.moves;
        }
        let mut line = format!(
            "parser epoch {}: train moves {:.4}, {} rows",
            epoch + 1,
            ok as f64 / moves.max(1) as f64,
            model.rows()
        );
        if let Some(d) = dev {
            parser_out.parser = model.averaged(cfg.parser_prune);
            let s = evaluate(&parser_out, d);
            line += &format!(", dev UPOS {:.4} UAS {:.4} LAS {:.4}", s.upos(), s.uas(), s.las());
        }
        let _ = writeln!(log, "{line} ({:.0?})", t0.elapsed());
    }
    parser_out.parser = model.averaged(cfg.parser_prune);
    let _ = writeln!(log, "parser: {} weights ({:.0?})", parser_out.parser.len(), t0.elapsed());
    parser_out
}

/// Counts of correct annotations over a set of sentences.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Words that are not punctuation (gold UPOS other than PUNCT).
    pub words_nopunct: usize,
    /// Correct UPOS.
    pub upos: usize,
    /// Correct XPOS.
    pub xpos: usize,
    /// Correct lemma.
    pub lemma: usize,
    /// Correct head.
    pub uas: usize,
    /// Correct head and relation (full label, subtypes included).
    pub las: usize,
    /// Correct head, punctuation excluded.
    pub uas_nopunct: usize,
    /// Correct head and relation, punctuation excluded.
    pub las_nopunct: usize,
}

impl Scores {
    fn ratio(a: usize, b: usize) -> f64 {
        a as f64 / b.max(1) as f64
    }
    /// UPOS accuracy.
    pub fn upos(&self) -> f64 {
        Self::ratio(self.upos, self.words)
    }
    /// XPOS accuracy.
    pub fn xpos(&self) -> f64 {
        Self::ratio(self.xpos, self.words)
    }
    /// Lemma accuracy.
    pub fn lemma(&self) -> f64 {
        Self::ratio(self.lemma, self.words)
    }
    /// Unlabelled attachment score, all words.
    pub fn uas(&self) -> f64 {
        Self::ratio(self.uas, self.words)
    }
    /// Labelled attachment score, all words.
    pub fn las(&self) -> f64 {
        Self::ratio(self.las, self.words)
    }
    /// UAS without punctuation.
    pub fn uas_nopunct(&self) -> f64 {
        Self::ratio(self.uas_nopunct, self.words_nopunct)
    }
    /// LAS without punctuation.
    pub fn las_nopunct(&self) -> f64 {
        Self::ratio(self.las_nopunct, self.words_nopunct)
    }
}

/// Scores `model` on gold-tokenised sentences.
pub fn evaluate(model: &Parser, sents: &[Sentence]) -> Scores {
    let mut s = Scores::default();
    for sent in sents {
        let forms = sent.forms();
        let a = model.parse(&forms);
        for (i, w) in sent.words.iter().enumerate() {
            let punct = w.upos == Upos::Punct;
            s.words += 1;
            s.words_nopunct += usize::from(!punct);
            s.upos += usize::from(a.tags[i].upos == w.upos);
            s.xpos += usize::from(a.tags[i].xpos == w.xpos);
            s.lemma += usize::from(a.lemmas[i] == w.lemma);
            let head_ok = a.heads[i] == w.head;
            let las_ok = head_ok && a.rels[i] == w.rel;
            s.uas += usize::from(head_ok);
            s.las += usize::from(las_ok);
            if !punct {
                s.uas_nopunct += usize::from(head_ok);
                s.las_nopunct += usize::from(las_ok);
            }
        }
    }
    s
}

/// Tokens per second of [`Parser::parse`] over `sents` on the calling thread, best of
/// `rounds` passes.
pub fn throughput(model: &Parser, sents: &[Sentence], rounds: usize) -> f64 {
    let forms: Vec<Vec<&str>> = sents.iter().map(|s| s.forms()).collect();
    let tokens: usize = forms.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        let mut sink = 0usize;
        for f in &forms {
            sink += model.parse(f).heads.len();
        }
        std::hint::black_box(sink);
        best = best.min(t.elapsed().as_secs_f64());
    }
    tokens as f64 / best.max(1e-9)
}

/// User plus system CPU time of this process (for the speed figures of the evaluation
/// program and the benchmark), from /proc (Linux only; 100 ticks a second).
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The bare time words news puts between a subject and its verb, or between a verb and what
/// it governs ("Russia today accused Georgia", "Iran said Tuesday that"), with their tags:
/// the treebanks' web and academic text has few of them, and a parser trained on it alone
/// reads "Council today" as one noun phrase.
const NEWS_TIMES: &[(&str, Upos, Xpos)] = &[
    ("today", Upos::Noun, Xpos::Nn),
    ("today", Upos::Noun, Xpos::Nn),
    ("yesterday", Upos::Noun, Xpos::Nn),
    ("tonight", Upos::Noun, Xpos::Nn),
    ("Monday", Upos::Propn, Xpos::Nnp),
    ("Tuesday", Upos::Propn, Xpos::Nnp),
    ("Wednesday", Upos::Propn, Xpos::Nnp),
    ("Thursday", Upos::Propn, Xpos::Nnp),
    ("Friday", Upos::Propn, Xpos::Nnp),
    ("Saturday", Upos::Propn, Xpos::Nnp),
    ("Sunday", Upos::Propn, Xpos::Nnp),
];

/// Where a bare time word can be put into `s` as news puts it, as (insertion index, verb
/// index), both 0-based: right before a finite verb whose subject ends just before it, or
/// right after a verb whose object or complement clause starts just after it.
fn time_slots(s: &Sentence) -> Vec<(usize, usize)> {
    let n = s.words.len();
    // The span of each word's subtree (0-based, inclusive).
    let mut lo: Vec<usize> = (0..n).collect();
    let mut hi: Vec<usize> = (0..n).collect();
    for i in 0..n {
        // Walk up from every word; trees are small and well formed in the treebanks, but a
        // bound keeps a malformed one from looping.
        let mut h = s.words[i].head as usize;
        let mut steps = 0;
        while h != 0 && h <= n && steps < n {
            lo[h - 1] = lo[h - 1].min(i);
            hi[h - 1] = hi[h - 1].max(i);
            h = s.words[h - 1].head as usize;
            steps += 1;
        }
    }
    let mut slots = Vec::new();
    for (v, w) in s.words.iter().enumerate() {
        if w.upos != Upos::Verb {
            continue;
        }
        let finite = matches!(w.xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp);
        for (d, dep) in s.words.iter().enumerate() {
            if dep.head as usize != v + 1 {
                continue;
            }
            if finite && dep.rel == Rel::Nsubj && d < v && hi[d] + 1 == v {
                slots.push((v, v));
            }
            if matches!(dep.rel, Rel::Obj | Rel::Ccomp) && d > v && lo[d] == v + 1 {
                slots.push((v + 1, v));
            }
        }
    }
    slots
}

/// Copies of some training sentences with a bare time word put where news puts it (see
/// [`NEWS_TIMES`]), attached to the verb as `obl:unmarked`: of the sentences that have such a
/// place, a share `rate` get one copy each, at one of their places chosen at random
/// (deterministic for a seed). The originals are not changed.
pub fn augment_news_times(train: &[Sentence], rate: f64, seed: u64) -> Vec<Sentence> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    for s in train {
        let slots = time_slots(s);
        if slots.is_empty() || rng.unit() >= rate {
            continue;
        }
        let (at, verb) = slots[rng.below(slots.len())];
        let (form, upos, xpos) = NEWS_TIMES[rng.below(NEWS_TIMES.len())];
        // Heads are 1-based: every head past the insertion point moves one on.
        let shift = |h: u32| if h as usize > at { h + 1 } else { h };
        let mut words: Vec<conllu::Word> =
            s.words.iter().map(|w| conllu::Word { head: shift(w.head), ..w.clone() }).collect();
        let lemma = if upos == Upos::Propn { form.to_string() } else { form.to_lowercase() };
        words.insert(
            at,
            conllu::Word {
                form: form.to_string(),
                lemma,
                upos,
                xpos,
                head: shift(verb as u32 + 1),
                rel: Rel::OblUnmarked,
            },
        );
        out.push(Sentence { words });
    }
    out
}
