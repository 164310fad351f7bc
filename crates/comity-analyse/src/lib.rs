//! Analyse stage: alliance analytics over merged events.
//!
//! Works on [`EventRow`]s (merged events, each with its mention and article counts) so that every
//! figure can be traced to the events behind it. Actors are compared at the level the analyst
//! asks for: `RUS` gathers `RUS`, `RUSGOV`, `RUSMIL`...; a partner is the first three letters of
//! the other side's code (a country, or an IGO/NGO prefix with its organisation code kept whole).
//!
//! The cooperation score of a partner is the sum, over the merged events between the two
//! (either direction), of
//!
//! ```text
//! quad weight × modality weight × (1 + log2(articles))
//! ```
//!
//! with quad weights material cooperation +3, verbal cooperation +1, verbal conflict −1,
//! material conflict −3 (material acts weigh more than talk; conflict counts against); modality
//! weights asserted 1, reported 0.8, planned 0.6, possible 0.4, hypothetical 0.3, denied 0.2,
//! negated 0; and an evidence factor that grows with the number of distinct articles reporting
//! the event, with diminishing returns. `normalised` divides the score by the square root of
//! the number of merged events each side takes part in overall, so that partners that are simply
//! in the news a lot do not dominate.

use comity_store::EventRow;
use serde::Serialize;
use std::collections::BTreeMap;

pub fn quad_weight(q: i64) -> f64 {
    match q {
        1 => 1.0,
        2 => 3.0,
        3 => -1.0,
        4 => -3.0,
        _ => 0.0,
    }
}

pub fn modality_weight(m: &str) -> f64 {
    match m {
        "asserted" => 1.0,
        "reported" => 0.8,
        "planned" => 0.6,
        "possible" => 0.4,
        "hypothetical" => 0.3,
        "denied" => 0.2,
        _ => 0.0,
    }
}

/// The weight one merged event adds to its dyad's cooperation score.
pub fn event_weight(e: &EventRow) -> f64 {
    quad_weight(e.quad_class)
        * modality_weight(&e.modality)
        * (1.0 + (e.articles.max(1) as f64).log2())
}

pub use comity_core::actor_key;

fn matches(code: &str, actor: &str) -> bool {
    code.starts_with(actor)
}

/// One event offered as evidence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    pub event: i64,
    pub date: Option<String>,
    pub source: String,
    pub target: Option<String>,
    pub code: String,
    pub modality: String,
    pub weight: f64,
    pub mentions: i64,
    pub articles: i64,
    pub article: String,
    pub sentence: String,
}

impl Evidence {
    fn from(e: &EventRow) -> Evidence {
        Evidence {
            event: e.cluster.unwrap_or(e.id),
            date: e.date.clone(),
            source: e.source.clone(),
            target: e.target.clone(),
            code: e.code.clone(),
            modality: e.modality.clone(),
            weight: (event_weight(e) * 100.0).round() / 100.0,
            mentions: e.mentions,
            articles: e.articles,
            article: e.article.clone(),
            sentence: e.sentence.clone(),
        }
    }
}

/// A partner of the actor, with its score and the evidence for it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Partner {
    pub partner: String,
    pub score: f64,
    pub normalised: f64,
    pub events: usize,
    pub mentions: i64,
    /// Merged events by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.
    pub quad: [usize; 4],
    pub goldstein: f64,
    pub evidence: Vec<Evidence>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Partners of `actor` ranked by cooperation score (allies first). `events` are the merged
/// events the actor takes part in; `volumes` the number of merged events of every actor at
/// country level (for the normalised score).
pub fn partners(
    events: &[EventRow],
    actor: &str,
    volumes: &BTreeMap<String, i64>,
    evidence: usize,
) -> Vec<Partner> {
    let own_volume = events
        .iter()
        .filter(|e| {
            matches(&e.source, actor) || e.target.as_deref().is_some_and(|t| matches(t, actor))
        })
        .count();
    let mut by: BTreeMap<String, Vec<&EventRow>> = BTreeMap::new();
    for e in events {
        let Some(t) = &e.target else { continue };
        if comity_core::unknown_actor(t) || comity_core::unknown_actor(&e.source) {
            continue;
        }
        let other = if matches(&e.source, actor) && !matches(t, actor) {
            actor_key(t)
        } else if matches(t, actor) && !matches(&e.source, actor) {
            actor_key(&e.source)
        } else {
            continue;
        };
        by.entry(other).or_default().push(e);
    }
    let mut out: Vec<Partner> = by
        .into_iter()
        .map(|(p, evs)| {
            let score: f64 = evs.iter().map(|e| event_weight(e)).sum();
            let mut quad = [0usize; 4];
            for e in &evs {
                if (1..=4).contains(&e.quad_class) {
                    quad[e.quad_class as usize - 1] += 1;
                }
            }
            let mut ranked: Vec<&&EventRow> = evs.iter().collect();
            ranked.sort_by(|a, b| {
                event_weight(b)
                    .abs()
                    .total_cmp(&event_weight(a).abs())
                    .then(a.date.cmp(&b.date))
                    .then(a.id.cmp(&b.id))
            });
            let denom = ((own_volume.max(1) as f64)
                * (volumes.get(&p).copied().unwrap_or(1).max(1) as f64))
                .sqrt();
            Partner {
                normalised: round2(score / denom),
                score: round2(score),
                events: evs.len(),
                mentions: evs.iter().map(|e| e.mentions).sum(),
                quad,
                goldstein: round2(evs.iter().map(|e| e.goldstein).sum()),
                evidence: ranked.into_iter().take(evidence).map(|e| Evidence::from(e)).collect(),
                partner: p,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score.total_cmp(&a.score).then(b.events.cmp(&a.events)).then(a.partner.cmp(&b.partner))
    });
    out
}

/// Which end of the cooperation scale a ranking starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranking {
    /// Partners with a positive score, highest first.
    Allies,
    /// Partners with a negative score, lowest first.
    Rivals,
}

impl Ranking {
    /// `allies` or `rivals`.
    pub fn as_str(self) -> &'static str {
        match self {
            Ranking::Allies => "allies",
            Ranking::Rivals => "rivals",
        }
    }
}

/// A ranking of an actor's partners: the first `limit` of them, and how many there are.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Ranked {
    /// The actor ranked for.
    pub actor: String,
    /// `allies` or `rivals`.
    pub ranking: &'static str,
    /// Partners on this side of the scale in all (before the limit).
    pub total: usize,
    /// The first partners, best first.
    pub partners: Vec<Partner>,
}

/// The allies (positive score, highest first) or rivals (negative score, lowest first) of
/// `actor`, the first `limit` of them with `evidence` events each: the one ranking the command
/// line and the API answer with. `events` and `volumes` are as for [`partners`].
pub fn rank(
    events: &[EventRow],
    actor: &str,
    volumes: &BTreeMap<String, i64>,
    evidence: usize,
    ranking: Ranking,
    limit: usize,
) -> Ranked {
    let mut p = partners(events, actor, volumes, evidence);
    match ranking {
        Ranking::Allies => p.retain(|x| x.score > 0.0),
        Ranking::Rivals => {
            p.reverse();
            p.retain(|x| x.score < 0.0);
        }
    }
    let total = p.len();
    p.truncate(limit);
    Ranked { actor: actor.to_string(), ranking: ranking.as_str(), total, partners: p }
}

/// One period of a dyad's timeline.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Period {
    pub period: String,
    pub events: usize,
    pub quad: [usize; 4],
    pub goldstein: f64,
    pub score: f64,
    /// Events from a to b and from b to a.
    pub a_to_b: usize,
    pub b_to_a: usize,
}

/// The length of a timeline's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Calendar months (`2025-03`).
    Month,
    /// Weeks from Monday (named by their Monday).
    Week,
}

impl Bucket {
    /// `month` or `week`; anything else is `None`.
    pub fn parse(s: &str) -> Option<Bucket> {
        match s.trim().to_ascii_lowercase().as_str() {
            "month" => Some(Bucket::Month),
            "week" => Some(Bucket::Week),
            _ => None,
        }
    }
}

fn period_of(date: Option<&str>, bucket: Bucket) -> String {
    let Some(d) = date else { return "undated".into() };
    match (bucket, comity_core::Date::parse(d)) {
        (Bucket::Month, _) => d.get(..7).unwrap_or(d).to_string(),
        // Weeks start on the Monday on or before the date.
        (Bucket::Week, Some(day)) => day.add_days(-i64::from(day.weekday())).to_string(),
        (Bucket::Week, None) => d.to_string(),
    }
}

/// The relationship between `a` and `b` over time.
pub fn timeline(events: &[EventRow], a: &str, b: &str, bucket: Bucket) -> Vec<Period> {
    let mut by: BTreeMap<String, Period> = BTreeMap::new();
    for e in events {
        let Some(t) = &e.target else { continue };
        let ab = matches(&e.source, a) && matches(t, b);
        let ba = matches(&e.source, b) && matches(t, a);
        if !(ab || ba) {
            continue;
        }
        let key = period_of(e.date.as_deref(), bucket);
        let p = by.entry(key.clone()).or_insert_with(|| Period {
            period: key,
            events: 0,
            quad: [0; 4],
            goldstein: 0.0,
            score: 0.0,
            a_to_b: 0,
            b_to_a: 0,
        });
        p.events += 1;
        if (1..=4).contains(&e.quad_class) {
            p.quad[e.quad_class as usize - 1] += 1;
        }
        p.goldstein = round2(p.goldstein + e.goldstein);
        p.score = round2(p.score + event_weight(e));
        if ab {
            p.a_to_b += 1;
        } else {
            p.b_to_a += 1;
        }
    }
    by.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::too_many_arguments)]
    fn ev(
        id: i64,
        src: &str,
        tgt: &str,
        code: &str,
        quad: i64,
        modality: &str,
        articles: i64,
        date: &str,
    ) -> EventRow {
        EventRow {
            id,
            cluster: Some(id),
            article: format!("a{id}"),
            date: Some(date.into()),
            source: src.into(),
            source_text: src.into(),
            target: Some(tgt.into()),
            target_text: Some(tgt.into()),
            code: code.into(),
            quad_class: quad,
            goldstein: 1.0,
            modality: modality.into(),
            attributed_to: None,
            place: None,
            trigger: "x".into(),
            sentence: format!("sentence {id}"),
            span: [0, 1],
            mentions: articles,
            articles,
            sources: articles,
        }
    }

    #[test]
    fn material_cooperation_outranks_talk_and_conflict_counts_against() {
        let events = vec![
            ev(1, "PRKMIL", "RUS", "072", 2, "asserted", 1, "2025-01-02"),
            ev(2, "RUSGOV", "CHNGOV", "051", 1, "asserted", 4, "2025-01-03"),
            ev(3, "RUS", "CHN", "040", 1, "asserted", 1, "2025-01-09"),
            ev(4, "UKR", "RUS", "190", 4, "asserted", 2, "2025-02-01"),
            ev(5, "IRN", "RUS", "057", 1, "denied", 1, "2025-02-02"),
            ev(6, "RUSGOV", "RUSMIL", "051", 1, "asserted", 1, "2025-02-02"),
            // An official of unknown country is no partner.
            ev(7, "---GOV", "RUS", "057", 1, "asserted", 3, "2025-02-03"),
        ];
        let mut volumes = BTreeMap::new();
        for e in &events {
            *volumes.entry(actor_key(&e.source)).or_insert(0i64) += 1;
            *volumes.entry(actor_key(e.target.as_deref().unwrap())).or_insert(0i64) += 1;
        }
        let p = partners(&events, "RUS", &volumes, 2);
        let order: Vec<&str> = p.iter().map(|x| x.partner.as_str()).collect();
        assert_eq!(order, vec!["CHN", "PRK", "IRN", "UKR"]);
        assert_eq!(p[0].score, 4.0, "CHN: 1 x (1 + log2 4) + 1 x 1");
        assert_eq!(p[1].score, 3.0);
        assert_eq!(p[3].quad, [0, 0, 0, 1]);
        assert!(p[3].score < 0.0);
        assert_eq!(p[0].evidence[0].event, 2, "the strongest evidence first");
        let t = timeline(&events, "RUS", "CHN", Bucket::Month);
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].period.as_str(), t[0].events, t[0].a_to_b, t[0].b_to_a),
            ("2025-01", 2, 2, 0)
        );
        let w = timeline(&events, "RUS", "CHN", Bucket::Week);
        assert_eq!(
            w.iter().map(|p| p.period.as_str()).collect::<Vec<_>>(),
            vec!["2024-12-30", "2025-01-06"]
        );
        assert_eq!(actor_key("IGOUNO"), "IGOUNO");
        let allies = rank(&events, "RUS", &volumes, 1, Ranking::Allies, 2);
        assert_eq!((allies.total, allies.partners.len()), (3, 2));
        assert_eq!(allies.partners[0].partner, "CHN");
        let rivals = rank(&events, "RUS", &volumes, 1, Ranking::Rivals, 10);
        assert_eq!(rivals.partners.iter().map(|p| p.partner.as_str()).collect::<Vec<_>>(), ["UKR"]);
        assert_eq!(actor_key("RUSGOV"), "RUS");
    }
}
