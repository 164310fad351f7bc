//! Diagnostic: which verbs of the corpus have an actor as subject and an actor as object or
//! oblique, yet give no event. Counts by lemma (and preposition of the oblique), with one
//! example sentence each, so that missing verbs of the lexicon show up by frequency.
//!
//! `cargo run --release -p comity-code --example uncoded_verbs -- ../shared/corpus/wikinews.jsonl [IDS]`
//! where IDS is an optional file of article ids (one a line) to restrict the count to.

use comity_core::{Article, Deadline};
use comity_dict::Dictionaries;
use comity_recognise::recognise_within;
use comity_text::{Doc, Parser, Rel, Upos};
use std::collections::{BTreeMap, HashSet};
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: uncoded_verbs CORPUS.jsonl [IDS]");
    let ids: Option<HashSet<String>> = args.get(2).map(|f| {
        std::fs::read_to_string(f)
            .expect("ids file")
            .lines()
            .map(|l| l.trim().to_string())
            .collect()
    });
    let dict = Dictionaries::builtin();
    let coder = comity_code::Coder::new(Dictionaries::builtin());
    let parser = Parser::english();
    let mut counts: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let file = std::fs::File::open(path).expect("corpus");
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("line");
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let id = v["id"].as_str().unwrap_or("").to_string();
        if ids.as_ref().is_some_and(|ids| !ids.contains(&id)) {
            continue;
        }
        let text = v["text"].as_str().unwrap_or("").to_string();
        let date = v["date"].as_str().and_then(comity_core::Date::parse);
        let article =
            Article { id, date, title: None, text: text.clone(), byline: None, url: None };
        let coded = coder.code(&article);
        let triggers: HashSet<u32> =
            coded.events.iter().map(|e| e.trigger.span[0] as u32).collect();
        let mut doc = Doc::new(&text);
        let rec = match recognise_within(&doc, &dict, date, &Deadline::none()) {
            Ok(r) => r,
            Err(_) => continue,
        };
        let actor_at = |t: usize| {
            rec.mention_at.get(t).is_some_and(|&m| {
                m > 0 && {
                    let m = &rec.mentions[m as usize - 1];
                    m.code.as_deref().is_some_and(|c| c.len() >= 3)
                        && m.kind != comity_recognise::MentionKind::Pronoun
                }
            })
        };
        let mut mi = 0;
        let mut todo = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            while mi < rec.mentions.len() && rec.mentions[mi].last <= s.first {
                mi += 1;
            }
            let n = rec.mentions[mi..].iter().take_while(|m| m.first < s.last).count();
            if n >= 2 {
                todo.push(si);
            }
        }
        for chunk in todo.chunks(8) {
            doc.parse_sentences(chunk, parser);
        }
        for &si in &todo {
            let Some(syn) = doc.syntax(si) else { continue };
            let s = doc.sentences[si];
            for v in s.first..s.last {
                if syn.upos(v) != Some(Upos::Verb) || triggers.contains(&doc.tokens[v].start) {
                    continue;
                }
                let subj = syn.children(v).find(|&c| matches!(syn.rel(c), Some(Rel::Nsubj)));
                let Some(subj) = subj else { continue };
                let has_actor = |c: usize| {
                    let (a, b) = syn.subtree(c);
                    // the head word or a word right before it names an actor
                    actor_at(c) || (a..=b.min(c)).rev().take(3).any(actor_at)
                };
                if !has_actor(subj) {
                    continue;
                }
                for c in syn.children(v) {
                    let key = match syn.rel(c) {
                        Some(Rel::Obj) => "obj".to_string(),
                        Some(Rel::Obl) => {
                            let case =
                                syn.children(c).find(|&k| matches!(syn.rel(k), Some(Rel::Case)));
                            format!("obl:{}", case.map(|k| doc.norm(k)).unwrap_or("-"))
                        }
                        _ => continue,
                    };
                    if !has_actor(c) {
                        continue;
                    }
                    let k = format!("{} {}", syn.lemma(v).to_lowercase(), key);
                    let e = counts.entry(k).or_insert((0, String::new()));
                    e.0 += 1;
                    if e.1.is_empty() {
                        e.1 = doc.slice(s.first, s.last).chars().take(220).collect();
                    }
                    break;
                }
            }
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    for (k, (n, ex)) in rows.iter().take(400) {
        println!("{n:5}  {k:28}  {ex}");
    }
}
