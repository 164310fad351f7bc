//! Scoring coded events against a hand-coded gold set of real articles.
//!
//! The gold set (`gold/wikinews/events.jsonl`, rules in `gold/wikinews/GUIDELINES.md`) holds,
//! per article, the events a careful human coder records: the sentence's byte span, the trigger
//! words, source and target actor codes and a CAMEO code, with tags naming the phenomena the
//! event involves (speech, nominal, pronoun, ...). The article text itself stays in the corpus.
//!
//! A coded event matches a gold event when their sentences overlap, the principal actors agree
//! (country, or the organisation for IGO codes: see [`principal`]) on both sides, and the CAMEO
//! roots agree. Matching is one to one. Every gold event left unmatched is a miss and every coded
//! event left unmatched a false event; each gets a cause from what else was coded, or annotated,
//! in its sentence, so the report says *why* the figures are what they are.

use comity_core::{Event, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One hand-coded event.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    /// Byte span of the sentence in the article text.
    pub span: Span,
    /// The words that carry the event, as in the text.
    pub trigger: String,
    /// Source actor code (`RUSGOV`).
    pub source: String,
    /// Target actor code, empty for a one-sided event.
    #[serde(default)]
    pub target: String,
    /// CAMEO code (`112`, `1823`).
    pub code: String,
    /// `asserted` or `reported`.
    #[serde(default)]
    pub modality: String,
    /// Phenomena the event involves (`speech`, `nominal`, `pronoun`, ...).
    #[serde(default)]
    pub tags: Vec<String>,
    /// An event years before the article, mentioned as history.
    #[serde(default)]
    pub background: bool,
    /// The annotator's remark.
    #[serde(default)]
    pub note: String,
}

/// One hand-coded article.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldArticle {
    /// Corpus id of the article.
    pub id: String,
    /// Who coded it.
    #[serde(default)]
    pub annotator: String,
    /// `dev` (may guide development), `test` (reported only), `dev2` and `dev3` (second and
    /// third development samples) or `heldout` (coded later by other annotators, never tuned
    /// on); set from the
    /// sample list.
    #[serde(default)]
    pub split: String,
    /// Every clear event of the article.
    pub events: Vec<GoldEvent>,
}

/// A line of a gold file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    pub message: String,
}

/// Reads a gold file (one JSON object per article per line); bad lines are returned apart.
pub fn read_gold(text: &str) -> (Vec<GoldArticle>, Vec<BadLine>) {
    let mut arts = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<GoldArticle>(line) {
            Ok(a) => arts.push(a),
            Err(e) => bad.push(BadLine { line: i + 1, message: e.to_string() }),
        }
    }
    (arts, bad)
}

/// Region groups that stand between `IGO` and the organisation in CAMEO codes (`IGOWSTNAT`).
const IGO_REGIONS: &[&str] = &[
    "AFR", "ASA", "BLK", "CAS", "CAU", "EAF", "EEU", "EUR", "LAM", "MEA", "NAF", "NAM", "SAF",
    "SAM", "SAS", "SEA", "WAF", "WST", "CAF", "CRB", "PGS",
];

/// Sectors that may follow an organisation's code (`IGOWSTNATMIL`, `IGOAFRAUMIL`).
const IGO_SECTORS: &[&str] = &["MIL", "GOV", "LEG", "JUD", "COP", "SPY", "MED", "ELI"];

/// The part of an actor code that scoring compares: the country (`RUSGOV` → `RUS`), or for an
/// intergovernmental organisation the organisation (`IGOUNOKID` → `IGOUNO`, `IGOWSTNAT` →
/// `IGOWSTNAT`); NGO, IMG and MNC codes compare on those three letters.
pub fn principal(code: &str) -> &str {
    let code = code.trim();
    if code.len() < 3 || !code.is_char_boundary(3) {
        return code;
    }
    if let Some(rest) = code.strip_prefix("IGO") {
        let region = rest.get(..3).is_some_and(|r| IGO_REGIONS.contains(&r));
        // (A sector after a regional body whose own code is short: "IGOAFRAUMIL", the African
        // Union's forces, is the African Union's.)
        let body = if region {
            IGO_SECTORS
                .iter()
                .find_map(|s| code.strip_suffix(s).filter(|b| b.len() >= 8))
                .unwrap_or(code)
        } else {
            code
        };
        let len = if region { 9 } else { 6 };
        return body.get(..len.min(body.len())).unwrap_or(body);
    }
    &code[..3]
}

/// The CAMEO root of a code (`1823` → `18`).
pub fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// A coded event as the scorer sees it.
#[derive(Debug, Clone, Serialize)]
pub struct CodedEvent {
    /// Sentence span.
    pub span: Span,
    /// Source actor code.
    pub source: String,
    /// Target actor code, empty when none.
    pub target: String,
    /// CAMEO code.
    pub code: String,
    /// Trigger words.
    pub trigger: String,
    /// The coder's modality.
    pub modality: String,
}

impl From<&Event> for CodedEvent {
    fn from(e: &Event) -> Self {
        CodedEvent {
            span: e.span,
            source: e.source.code.clone(),
            target: e.target.as_ref().map(|t| t.code.clone()).unwrap_or_default(),
            code: e.code.clone(),
            trigger: e.trigger.text.clone(),
            modality: e.modality.as_str().to_string(),
        }
    }
}

fn overlap(a: Span, b: Span) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// How a gold and a coded event in the same sentence relate.
fn relation(g: &GoldEvent, c: &CodedEvent) -> Relation {
    let s = principal(&g.source) == principal(&c.source);
    let t = principal(&g.target) == principal(&c.target);
    let r = root(&g.code) == root(&c.code);
    let swapped = !g.target.is_empty()
        && principal(&g.source) == principal(&c.target)
        && principal(&g.target) == principal(&c.source);
    match (s, t, r) {
        (true, true, true) => Relation::Match,
        (true, true, false) => Relation::WrongCode,
        _ if swapped && r => Relation::Swapped,
        (true, false, true) if c.target.is_empty() => Relation::NoTarget,
        (true, false, true) => Relation::WrongTarget,
        (false, true, true) => Relation::WrongSource,
        _ => Relation::Other,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    Match,
    WrongCode,
    Swapped,
    NoTarget,
    WrongTarget,
    WrongSource,
    Other,
}

impl Relation {
    fn rank(self) -> u8 {
        match self {
            Relation::Match => 0,
            Relation::WrongCode => 1,
            Relation::Swapped => 2,
            Relation::WrongTarget | Relation::NoTarget => 3,
            Relation::WrongSource => 4,
            Relation::Other => 5,
        }
    }
    fn miss_cause(self) -> &'static str {
        match self {
            Relation::Match => "one coded event where the gold set has several",
            Relation::WrongCode => "actors right, wrong CAMEO root",
            Relation::Swapped => "source and target swapped",
            Relation::NoTarget => "coded without a target",
            Relation::WrongTarget => "wrong target",
            Relation::WrongSource => "wrong source",
            Relation::Other => "only other events coded in the sentence",
        }
    }
}

/// A gold event the coder did not find.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Article id.
    pub article: String,
    /// The gold event.
    pub gold: GoldEvent,
    /// Why, judged from what was coded in the sentence.
    pub cause: &'static str,
    /// The closest coded event in the sentence, if any.
    pub nearest: Option<CodedEvent>,
}

/// A coded event no gold event accounts for.
#[derive(Debug, Clone, Serialize)]
pub struct FalseEvent {
    /// Article id.
    pub article: String,
    /// The coded event.
    pub coded: CodedEvent,
    /// Why it counts as false.
    pub cause: &'static str,
}

/// Counts for one group of gold events.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Tally {
    /// Gold events matched.
    pub found: usize,
    /// Gold events.
    pub total: usize,
}

impl Tally {
    /// Share found.
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.total.max(1) as f64
    }
}

/// The outcome of scoring a set of articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    /// Articles scored.
    pub articles: usize,
    /// Gold events.
    pub gold: usize,
    /// Coded events.
    pub coded: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Gold events found when only the sentence and CAMEO root must agree (actors ignored).
    pub matched_root_only: usize,
    /// Gold events found when only the sentence and both principal actors must agree.
    pub matched_actors_only: usize,
    /// Recall by annotated tag.
    pub by_tag: BTreeMap<String, Tally>,
    /// Recall by CAMEO root of the gold event.
    pub by_root: BTreeMap<String, Tally>,
    /// Misses by cause.
    pub miss_causes: BTreeMap<String, usize>,
    /// False events by cause.
    pub false_causes: BTreeMap<String, usize>,
    /// Every miss.
    pub misses: Vec<Miss>,
    /// Every false event.
    pub false_events: Vec<FalseEvent>,
}

impl Score {
    /// Matched gold events over gold events.
    pub fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    /// Matched coded events over coded events.
    pub fn precision(&self) -> f64 {
        self.matched as f64 / self.coded.max(1) as f64
    }
    /// Harmonic mean of recall and precision.
    pub fn f1(&self) -> f64 {
        let (r, p) = (self.recall(), self.precision());
        if r + p == 0.0 { 0.0 } else { 2.0 * r * p / (r + p) }
    }
}

/// One-to-one matches between gold and coded events under a predicate, greedy in gold order,
/// each gold event taking the first unused coded event that satisfies it.
fn pair(
    gold: &[GoldEvent],
    coded: &[CodedEvent],
    ok: impl Fn(&GoldEvent, &CodedEvent) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; coded.len()];
    gold.iter()
        .map(|g| {
            let j = (0..coded.len()).find(|&j| !used[j] && ok(g, &coded[j]))?;
            used[j] = true;
            Some(j)
        })
        .collect()
}

/// Why nothing was coded in a gold event's sentence, from the actors recognised there
/// (`actors`: per sentence span, the codes of its actor mentions).
fn nothing_coded_cause(g: &GoldEvent, actors: &[(Span, Vec<String>)]) -> &'static str {
    let known = |code: &str| {
        let p = principal(code);
        actors
            .iter()
            .filter(|(span, _)| overlap(g.span, *span))
            .any(|(_, codes)| codes.iter().any(|c| principal(c) == p))
    };
    match (known(&g.source), g.target.is_empty() || known(&g.target)) {
        (true, true) => "nothing coded, both actors recognised",
        (false, true) => "nothing coded, source not recognised",
        (true, false) => "nothing coded, target not recognised",
        (false, false) => "nothing coded, neither actor recognised",
    }
}

/// Adds one article's gold and coded events to the score. `actors` lists, per sentence span,
/// the codes of the actor mentions recognised there (it refines the cause of a miss where
/// nothing was coded; empty when unknown).
pub fn score_article(
    score: &mut Score,
    id: &str,
    gold: &[GoldEvent],
    coded: &[CodedEvent],
    actors: &[(Span, Vec<String>)],
) {
    score.articles += 1;
    score.gold += gold.len();
    score.coded += coded.len();
    let full =
        pair(gold, coded, |g, c| overlap(g.span, c.span) && relation(g, c) == Relation::Match);
    score.matched_root_only +=
        pair(gold, coded, |g, c| overlap(g.span, c.span) && root(&g.code) == root(&c.code))
            .iter()
            .flatten()
            .count();
    score.matched_actors_only += pair(gold, coded, |g, c| {
        overlap(g.span, c.span)
            && principal(&g.source) == principal(&c.source)
            && principal(&g.target) == principal(&c.target)
    })
    .iter()
    .flatten()
    .count();
    let mut used = vec![false; coded.len()];
    for (g, m) in gold.iter().zip(&full) {
        let found = m.is_some();
        if let Some(j) = *m {
            used[j] = true;
            score.matched += 1;
        }
        let mut tags: Vec<&str> = g.tags.iter().map(String::as_str).collect();
        if g.target.is_empty() {
            tags.push("one-sided");
        }
        if g.background {
            tags.push("background");
        }
        if tags.is_empty() {
            tags.push("plain");
        }
        tags.sort_unstable();
        tags.dedup();
        for t in tags {
            let e = score.by_tag.entry(t.to_string()).or_default();
            e.total += 1;
            e.found += usize::from(found);
        }
        let e = score.by_root.entry(root(&g.code).to_string()).or_default();
        e.total += 1;
        e.found += usize::from(found);
    }
    for (g, m) in gold.iter().zip(&full) {
        if m.is_some() {
            continue;
        }
        let nearest = coded
            .iter()
            .filter(|c| overlap(g.span, c.span))
            .map(|c| (relation(g, c), c))
            .min_by_key(|(r, _)| r.rank());
        let cause = match nearest {
            None if actors.is_empty() => "nothing coded in the sentence",
            None => nothing_coded_cause(g, actors),
            Some((r, _)) => r.miss_cause(),
        };
        *score.miss_causes.entry(cause.to_string()).or_default() += 1;
        score.misses.push(Miss {
            article: id.to_string(),
            gold: g.clone(),
            cause,
            nearest: nearest.map(|(_, c)| c.clone()),
        });
    }
    for (j, c) in coded.iter().enumerate() {
        if used[j] {
            continue;
        }
        let near = gold
            .iter()
            .filter(|g| overlap(g.span, c.span))
            .map(|g| relation(g, c))
            .min_by_key(|r| r.rank());
        let cause = match near {
            _ if matches!(
                c.modality.as_str(),
                "negated" | "hypothetical" | "possible" | "denied"
            ) =>
            {
                "coded although not asserted (modality says so)"
            }
            None if root(&c.code) == "01" => "statement (01) where the coder saw no event",
            None if c.target.is_empty() => "one-sided event where the coder saw no event",
            None => "no gold event in the sentence",
            Some(Relation::Match) => "duplicate of a matched event",
            Some(Relation::Other) => "unlike the gold events of the sentence",
            Some(r) => r.miss_cause(),
        };
        *score.false_causes.entry(cause.to_string()).or_default() += 1;
        score.false_events.push(FalseEvent { article: id.to_string(), coded: c.clone(), cause });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(span: Span, s: &str, t: &str, code: &str) -> GoldEvent {
        GoldEvent {
            span,
            trigger: "x".into(),
            source: s.into(),
            target: t.into(),
            code: code.into(),
            modality: "asserted".into(),
            tags: vec!["speech".into()],
            background: false,
            note: String::new(),
        }
    }
    fn coded(span: Span, s: &str, t: &str, code: &str) -> CodedEvent {
        CodedEvent {
            span,
            source: s.into(),
            target: t.into(),
            code: code.into(),
            trigger: "x".into(),
            modality: "asserted".into(),
        }
    }

    #[test]
    fn principal_actors_are_countries_or_organisations() {
        assert_eq!(principal("RUSGOV"), "RUS");
        assert_eq!(principal("IGOUNOKID"), "IGOUNO");
        assert_eq!(principal("IGOWSTNAT"), "IGOWSTNAT");
        assert_eq!(principal("IGOWSTNATMIL"), "IGOWSTNAT");
        assert_eq!(principal("IGOAFRAUMIL"), "IGOAFRAU");
        assert_eq!(principal("IGOAFRAU"), "IGOAFRAU");
        assert_eq!(principal("NGOHRIAMN"), "NGO");
        assert_eq!(principal(""), "");
        assert_eq!(principal("é"), "é");
    }

    #[test]
    fn a_match_needs_sentence_actors_and_root() {
        let g = [gold([0, 50], "ETHCOP", "ERI", "112"), gold([0, 50], "ERI", "ETH", "111")];
        let c = [
            coded([0, 60], "ETHGOV", "ERIGOV", "1122"),
            coded([60, 90], "ERI", "ETH", "111"),
            coded([0, 50], "ERI", "ETH", "190"),
        ];
        let mut s = Score::default();
        score_article(&mut s, "a", &g, &c, &[]);
        assert_eq!((s.gold, s.coded, s.matched), (2, 3, 1));
        assert_eq!(s.misses[0].cause, "actors right, wrong CAMEO root");
        assert_eq!(s.false_causes.get("actors right, wrong CAMEO root"), Some(&1));
        assert_eq!(s.false_causes.get("no gold event in the sentence"), Some(&1));
        assert_eq!(s.matched_actors_only, 2);
        assert_eq!(s.by_tag["speech"].found, 1);
        assert!((s.recall() - 0.5).abs() < 1e-9 && (s.precision() - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn one_coded_event_matches_one_gold_event() {
        let g = [gold([0, 10], "ISR", "PSE", "190"), gold([0, 10], "ISR", "PSE", "193")];
        let c = [coded([0, 10], "ISRMIL", "PSECVL", "190")];
        let mut s = Score::default();
        score_article(&mut s, "a", &g, &c, &[]);
        assert_eq!(s.matched, 1);
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.misses[0].cause, "one coded event where the gold set has several");
    }

    #[test]
    fn unreadable_lines_are_named() {
        let (a, bad) = read_gold("{\"id\":\"x\",\"events\":[]}\nnot json\n\n");
        assert_eq!(a.len(), 1);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 2);
    }
}
