//! The parse gate: whether a candidate sentence (two actors and a trigger word) is worth its
//! parse. Parsing is most of the pipeline's time, and nine in ten parsed sentences give no
//! event, but no exact test before the parse tells which: so a small logistic model, learnt
//! from the coder's own output on the Wikinews corpus, scores what is known before the parse
//! (how the actors stand around the trigger words, how many different actors, the trigger
//! words themselves and their kinds, speech, quotation marks, length), and sentences that
//! score below the model's threshold are left to the word-window rules, as any unparsed
//! sentence is.
//!
//! The weights are `parse_gate.tsv` (one `feature<TAB>weight` a line, `threshold` among
//! them), written by `python3 scripts/train_parse_gate.py`. That program runs
//! `comity code` with `COMITY_PARSE_GATE=dump`, which parses every candidate and prints each
//! one's features to standard error (and, once coded, each parsed sentence's tree, for a
//! person asking why a sentence gave no event); `COMITY_PARSE_GATE=off` parses every candidate too, and
//! `COMITY_PARSE_GATE=never` none (what the word-window rules alone code, to see what the
//! parse changes).

use crate::grammar::SPEECH;
use crate::{Coder, speech};
use comity_recognise::{Mention, MentionKind};
use comity_text::{Doc, Kind, SentenceRange};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// The model, compiled in.
const MODEL: &str = include_str!("parse_gate.tsv");

/// How the gate runs, from `COMITY_PARSE_GATE`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    On,
    Off,
    Dump,
    Never,
}

fn mode() -> Mode {
    static MODE: OnceLock<Mode> = OnceLock::new();
    *MODE.get_or_init(|| match std::env::var("COMITY_PARSE_GATE").as_deref() {
        Ok("off") => Mode::Off,
        Ok("dump") => Mode::Dump,
        Ok("never") => Mode::Never,
        _ => Mode::On,
    })
}

struct Model {
    weights: FxHashMap<String, f32>,
    threshold: f32,
}

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        let mut weights = FxHashMap::default();
        let mut threshold = f32::NEG_INFINITY;
        for line in MODEL.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, w)) = line.split_once('\t') else { continue };
            let Ok(w) = w.trim().parse::<f32>() else { continue };
            if name == "threshold" {
                threshold = w;
            } else {
                weights.insert(name.to_string(), w);
            }
        }
        Model { weights, threshold }
    })
}

thread_local! {
    /// The article being coded, for the features printed by `COMITY_PARSE_GATE=dump`.
    static ARTICLE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Names the article whose sentences follow (only the dump reads it).
pub(crate) fn begin_article(id: &str) {
    if mode() == Mode::Dump {
        ARTICLE.with(|a| id.clone_into(&mut a.borrow_mut()));
    }
}

/// The features of a candidate sentence: `mentions` are those in it, `words` its normalised
/// tokens, `force_scene` whether it is a candidate only as an act of force in another
/// country's place.
fn features(
    coder: &Coder,
    doc: &Doc<'_>,
    mentions: &[Mention],
    s: &SentenceRange,
    force_scene: bool,
    words: &[&str],
) -> Vec<String> {
    let n = s.last - s.first;
    let mut in_mention = vec![false; n];
    let mut codes: Vec<&str> = Vec::new();
    let mut pronouns = 0;
    for m in mentions {
        for t in in_mention
            .iter_mut()
            .take(m.last.min(s.last) - s.first)
            .skip(m.first.max(s.first) - s.first)
        {
            *t = true;
        }
        if m.kind == MentionKind::Pronoun {
            pronouns += 1;
        } else if let Some(c) = m.code.as_deref()
            && !codes.contains(&c)
        {
            codes.push(c);
        }
    }
    // An actor ends before token k and another starts after it.
    let between =
        |k: usize| mentions.iter().any(|m| m.last <= k) && mentions.iter().any(|m| m.first > k);
    let mut out: Vec<String> = vec!["bias".into()];
    let (mut verb, mut verb_between, mut nominal, mut nominal_between) =
        (false, false, false, false);
    let mut triggers = 0;
    for k in s.first..s.last {
        if doc.tokens[k].kind != Kind::Word {
            continue;
        }
        let w = words[k - s.first];
        let mut any = false;
        if !force_scene && coder.dict.nominal(w).is_some() {
            nominal = true;
            nominal_between |= between(k);
            out.push(format!("w:{w}"));
            any = true;
        }
        let is_verb = coder.verb_may_trigger(w, &words[k + 1 - s.first..], force_scene);
        // A word of an actor's name is no verb ("the Liberal Party").
        if is_verb && !in_mention[k - s.first] {
            verb = true;
            verb_between |= between(k);
            if !any {
                out.push(format!("w:{w}"));
            }
            any = true;
        }
        if SPEECH.contains(&w) || speech::CALLING.contains(&w) {
            if !any {
                out.push(format!("w:{w}"));
            }
            any = true;
        }
        triggers += usize::from(any);
    }
    let flags = [
        ("verb", verb),
        ("verb_between", verb_between),
        ("nominal", nominal),
        ("nominal_between", nominal_between),
        ("speech", !force_scene && speech::classify(coder, words).is_some()),
        ("force_scene", force_scene),
        (
            "quote",
            (s.first..s.last).any(|k| {
                matches!(doc.tokens[k].kind, Kind::OpenQuote | Kind::CloseQuote)
                    || doc.surface(k) == "\""
            }),
        ),
        ("pronoun1", pronouns >= 1),
        ("pronoun2", pronouns >= 2),
        ("triggers1", triggers == 1),
        ("triggers3", triggers >= 3),
    ];
    out.extend(flags.iter().filter(|(_, on)| *on).map(|(name, _)| (*name).to_string()));
    out.push(format!("actors{}", codes.len().min(4)));
    let length = match n {
        0..15 => 0,
        15..25 => 1,
        25..40 => 2,
        _ => 3,
    };
    out.push(format!("length{length}"));
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a candidate sentence is worth parsing (see the module's note). `si` is its index,
/// for the dump.
pub(crate) fn worth_parsing(
    coder: &Coder,
    doc: &Doc<'_>,
    mentions: &[Mention],
    si: usize,
    force_scene: bool,
    words: &[&str],
) -> bool {
    let mode = mode();
    match mode {
        Mode::Off => return true,
        Mode::Never => return false,
        Mode::On | Mode::Dump => {}
    }
    let s = &doc.sentences[si];
    let f = features(coder, doc, mentions, s, force_scene, words);
    if mode == Mode::Dump {
        let id = ARTICLE.with(|a| a.borrow().clone());
        eprintln!("{}", serde_json::json!({ "id": id, "sentence": si, "features": f }));
        return true;
    }
    score(&f) >= model().threshold
}

/// Under `COMITY_PARSE_GATE=dump`, prints a parsed sentence's tree to standard error.
pub(crate) fn dump_parse(si: usize, parse: impl FnOnce() -> String) {
    if mode() == Mode::Dump {
        let id = ARTICLE.with(|a| a.borrow().clone());
        eprintln!("{}", serde_json::json!({ "id": id, "sentence": si, "parse": parse() }));
    }
}

/// The model's score of a set of features.
fn score(features: &[String]) -> f32 {
    let m = model();
    features.iter().filter_map(|name| m.weights.get(name.as_str())).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(f: &[&str]) -> Vec<String> {
        f.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn the_model_reads_and_ranks_sentences() {
        let m = model();
        assert!(m.threshold.is_finite(), "parse_gate.tsv has no threshold");
        for f in ["bias", "verb", "verb_between", "actors0", "actors2", "length3", "speech"] {
            assert!(m.weights.contains_key(f), "parse_gate.tsv lacks {f}");
        }
        // A short sentence with a verb of force between two different actors is parsed ...
        let likely = names(&["bias", "verb", "verb_between", "actors2", "length0", "w:attacked"]);
        assert!(score(&likely) >= m.threshold);
        // ... a long one naming no actor but pronouns, its one verb before them all, is not.
        let unlikely = names(&["bias", "verb", "actors0", "pronoun1", "length3", "triggers1"]);
        assert!(score(&unlikely) < m.threshold);
    }
}
