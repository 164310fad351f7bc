//! The PETRARCH validation suite: records in JSON Lines, each a sentence with its date, coder
//! options and the complete set of events it must give. A record passes when the set of coded
//! (source, target, code) equals the expected set; records flagged `noevents` or
//! `expected_error` pass when nothing is coded (a discard, when the record expects one, must be
//! reported as such).

use crate::petrarch::{PetrarchOptions, code_sentence};
use comity_core::Date;
use comity_dict::PetrarchSet;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Triple {
    pub source: String,
    pub target: String,
    pub code: String,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Flags {
    #[serde(default = "yes")]
    pub evaluated: bool,
    #[serde(default)]
    pub noevents: bool,
    #[serde(default)]
    pub expected_error: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
pub struct Record {
    pub id: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
    #[serde(default)]
    pub expected_events: Vec<Triple>,
    #[serde(default)]
    pub flags: Flags,
    #[serde(default)]
    pub config: BTreeMap<String, serde_json::Value>,
}

/// A record that could not be read: line and message.
#[derive(Debug, Clone, Serialize)]
pub struct BadRecord {
    pub line: usize,
    pub message: String,
}

/// Reads records, one JSON object a line; unreadable lines are reported and skipped.
pub fn read_records(text: &str) -> (Vec<Record>, Vec<BadRecord>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) => out.push(r),
            Err(e) => bad.push(BadRecord { line: n + 1, message: e.to_string() }),
        }
    }
    (out, bad)
}

/// The coder options a record's `config` sets.
pub fn options_of(config: &BTreeMap<String, serde_json::Value>) -> PetrarchOptions {
    let mut o = PetrarchOptions::default();
    let num = |k: &str| {
        config
            .get(k)
            .and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
            .map(|x| x as usize)
    };
    if let Some(v) = config.get("require_dyad") {
        o.require_dyad = v
            .as_bool()
            .unwrap_or_else(|| v.as_str().is_none_or(|s| !s.eq_ignore_ascii_case("false")));
    }
    if let Some(v) = num("new_actor_length") {
        o.new_actor_length = v;
    }
    let c = &mut o.commas;
    for (key, slot) in [
        ("comma_min", &mut c.min),
        ("comma_max", &mut c.max),
        ("comma_bmin", &mut c.bmin),
        ("comma_bmax", &mut c.bmax),
        ("comma_emin", &mut c.emin),
        ("comma_emax", &mut c.emax),
    ] {
        if let Some(v) = num(key) {
            *slot = v;
        }
    }
    o
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub category: String,
    pub passed: bool,
    pub expected: Vec<Triple>,
    pub coded: Vec<Triple>,
    pub discarded: Option<String>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct CategoryCount {
    pub scored: usize,
    pub passed: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub scored: usize,
    pub passed: usize,
    pub not_scored: usize,
    pub by_category: BTreeMap<String, CategoryCount>,
    pub outcomes: Vec<Outcome>,
}

impl Report {
    pub fn pass_rate(&self) -> f64 {
        if self.scored == 0 { 0.0 } else { self.passed as f64 / self.scored as f64 }
    }
}

/// The category a record counts under: its id's prefix when the category field is empty.
fn category_of(r: &Record) -> String {
    if !r.category.is_empty() {
        return r.category.clone();
    }
    r.id.split(['-', '_']).next().unwrap_or("").to_string()
}

/// Codes every scored record and compares.
pub fn run(set: &PetrarchSet, records: &[Record]) -> Report {
    let mut outcomes = Vec::new();
    let mut by_category: BTreeMap<String, CategoryCount> = BTreeMap::new();
    let (mut scored, mut passed, mut not_scored) = (0, 0, 0);
    for r in records {
        if !r.flags.evaluated {
            not_scored += 1;
            continue;
        }
        let opts = options_of(&r.config);
        let date = r.date.as_deref().and_then(Date::parse);
        let coding = code_sentence(set, &r.text, date, &opts);
        let coded: BTreeSet<Triple> = coding
            .events
            .iter()
            .map(|e| Triple {
                source: e.source.clone(),
                target: e.target.clone(),
                code: e.code.clone(),
            })
            .collect();
        let expected: BTreeSet<Triple> = r.expected_events.iter().cloned().collect();
        let ok = if r.flags.noevents || r.flags.expected_error.is_some() {
            let discard_ok = match r.flags.expected_error.as_deref() {
                Some("storydiscard") => coding.discard.as_ref().is_some_and(|d| d.story),
                Some("sentencediscard") => coding.discard.is_some(),
                _ => true,
            };
            coded.is_empty() && discard_ok
        } else {
            coded == expected
        };
        let cat = category_of(r);
        let c = by_category.entry(cat.clone()).or_default();
        c.scored += 1;
        scored += 1;
        if ok {
            c.passed += 1;
            passed += 1;
        }
        outcomes.push(Outcome {
            id: r.id.clone(),
            category: cat,
            passed: ok,
            expected: expected.into_iter().collect(),
            coded: coded.into_iter().collect(),
            discarded: coding.discard.map(|d| {
                format!("{} discard: {}", if d.story { "story" } else { "sentence" }, d.phrase)
            }),
        });
    }
    Report { scored, passed, not_scored, by_category, outcomes }
}
