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

use comity_core::Date;
use comity_store::{EventRow, Store, StoreError};
use serde::Serialize;
use std::collections::BTreeMap;

pub use comity_store::{modality_weight, quad_weight};

/// The weight one merged event adds to its dyad's cooperation score.
pub fn event_weight(e: &EventRow) -> f64 {
    comity_store::event_weight(e.quad_class, &e.modality, e.articles)
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

/// A sum of event weights without the noise of its order: the same events summed one by one
/// or from stored per-dyad totals give the same value, so scores derived from it round alike.
fn settle(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
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
        let Some(other) = partner_of(actor, &e.source, e.target.as_deref()) else { continue };
        by.entry(other).or_default().push(e);
    }
    let mut out: Vec<Partner> = by
        .into_iter()
        .map(|(p, evs)| {
            let score: f64 = settle(evs.iter().map(|e| event_weight(e)).sum());
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
    sort_partners(&mut out);
    out
}

/// Best score first, then more events, then by name.
fn sort_partners(p: &mut [Partner]) {
    p.sort_by(|a, b| {
        b.score.total_cmp(&a.score).then(b.events.cmp(&a.events)).then(a.partner.cmp(&b.partner))
    });
}

/// The partner (country level, [`actor_key`]) of `actor` in an event from `source` to
/// `target`: the other side, when exactly one side's code begins with `actor`, there is a
/// target, and neither side is unknown.
fn partner_of(actor: &str, source: &str, target: Option<&str>) -> Option<String> {
    let t = target?;
    if comity_core::unknown_actor(t) || comity_core::unknown_actor(source) {
        return None;
    }
    match (matches(source, actor), matches(t, actor)) {
        (true, false) => Some(actor_key(t)),
        (false, true) => Some(actor_key(source)),
        _ => None,
    }
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
    let p = partners(events, actor, volumes, evidence);
    side(p, actor, ranking, limit)
}

/// The side of the scale `ranking` asks for, its first `limit` partners.
fn side(mut p: Vec<Partner>, actor: &str, ranking: Ranking, limit: usize) -> Ranked {
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

/// The partners of `actor` summed from the store's running totals: the number of merged
/// events the actor takes part in, and per partner its sums and the codes of both sides.
struct Sums {
    events: i64,
    mentions: i64,
    quad: [i64; 4],
    goldstein: f64,
    score: f64,
    /// The codes of the actor's side and of the partner's.
    own: std::collections::BTreeSet<String>,
    theirs: std::collections::BTreeSet<String>,
}

/// The merged events of an actor, its partners, and the sums behind them.
type StoredPartners = (i64, Vec<Partner>, BTreeMap<String, Sums>);

/// The merged events of `actor` first mentioned in the range, from the running totals per
/// dyad and period ([`Store::actor_totals`]), and its partners ranked as [`partners`] ranks
/// them, without evidence; with the sums behind them (for the evidence).
fn stored_partners(
    store: &Store,
    actor: &str,
    since: Option<Date>,
    until: Option<Date>,
) -> Result<StoredPartners, StoreError> {
    let totals = store.actor_totals(actor, since, until)?;
    let volumes = store.actor_volumes()?;
    // Every merged event of the actor lies in exactly one of these dyads.
    let own_volume: i64 = totals.iter().map(|t| t.events).sum();
    let mut by: BTreeMap<String, Sums> = BTreeMap::new();
    for t in &totals {
        let target = (!t.target.is_empty()).then_some(t.target.as_str());
        let Some(p) = partner_of(actor, &t.source, target) else { continue };
        let s = by.entry(p).or_insert_with(|| Sums {
            events: 0,
            mentions: 0,
            quad: [0; 4],
            goldstein: 0.0,
            score: 0.0,
            own: Default::default(),
            theirs: Default::default(),
        });
        s.events += t.events;
        s.mentions += t.mentions;
        for q in 0..4 {
            s.quad[q] += t.quad[q];
        }
        s.goldstein += t.goldstein;
        s.score += t.score;
        let (own, theirs) =
            if matches(&t.source, actor) { (&t.source, &t.target) } else { (&t.target, &t.source) };
        s.own.insert(own.clone());
        s.theirs.insert(theirs.clone());
    }
    let mut out: Vec<Partner> = by
        .iter()
        .map(|(p, s)| {
            let denom = ((own_volume.max(1) as f64)
                * (volumes.get(p).copied().unwrap_or(1).max(1) as f64))
                .sqrt();
            Partner {
                partner: p.clone(),
                score: round2(s.score),
                normalised: round2(settle(s.score) / denom),
                events: s.events.max(0) as usize,
                mentions: s.mentions,
                quad: s.quad.map(|q| q.max(0) as usize),
                goldstein: round2(s.goldstein),
                evidence: Vec::new(),
            }
        })
        .collect();
    sort_partners(&mut out);
    Ok((own_volume, out, by))
}

/// The same as [`partners`] without evidence (`evidence` 0) of the merged events first
/// mentioned between `since` and `until`, read from the store's running totals; with the
/// number of merged events the actor takes part in.
pub fn partners_stored(
    store: &Store,
    actor: &str,
    since: Option<Date>,
    until: Option<Date>,
) -> Result<(i64, Vec<Partner>), StoreError> {
    let (n, p, _) = stored_partners(store, actor, since, until)?;
    Ok((n, p))
}

/// The same ranking as [`rank`] of the merged events first mentioned between `since` and
/// `until`, read from the store's running totals per dyad and period
/// ([`Store::actor_totals`]) rather than from every event of the actor: only the evidence of
/// the partners shown is read event by event (the merged events of those dyads, a few columns
/// each, and then the `evidence` strongest in full).
#[allow(clippy::too_many_arguments)]
pub fn rank_stored(
    store: &Store,
    actor: &str,
    since: Option<Date>,
    until: Option<Date>,
    evidence: usize,
    ranking: Ranking,
    limit: usize,
) -> Result<Ranked, StoreError> {
    let (_, out, by) = stored_partners(store, actor, since, until)?;
    let mut ranked = side(out, actor, ranking, limit);
    if evidence > 0 {
        for p in &mut ranked.partners {
            let Some(s) = by.get(&p.partner) else { continue };
            let (own, theirs): (Vec<String>, Vec<String>) =
                (s.own.iter().cloned().collect(), s.theirs.iter().cloned().collect());
            let mut found = store.pair_events(&own, &theirs, since, until)?;
            found.extend(store.pair_events(&theirs, &own, since, until)?);
            found.retain(|e| {
                partner_of(actor, &e.source, Some(&e.target)).as_deref() == Some(&p.partner)
            });
            let weight = |e: &comity_store::PairEvent| {
                comity_store::event_weight(e.quad, &e.modality, e.articles).abs()
            };
            found.sort_by(|a, b| {
                weight(b)
                    .total_cmp(&weight(a))
                    .then(a.date.cmp(&b.date))
                    .then(a.first_event.cmp(&b.first_event))
            });
            let ids: Vec<i64> = found.iter().take(evidence).map(|e| e.cluster).collect();
            p.evidence = store.events_by_cluster(&ids)?.iter().map(Evidence::from).collect();
        }
    }
    Ok(ranked)
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

impl Period {
    /// A period with nothing in it yet.
    fn empty(period: String) -> Period {
        Period { period, events: 0, quad: [0; 4], goldstein: 0.0, score: 0.0, a_to_b: 0, b_to_a: 0 }
    }
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
        let p = by.entry(key.clone()).or_insert_with(|| Period::empty(key));
        p.events += 1;
        if (1..=4).contains(&e.quad_class) {
            p.quad[e.quad_class as usize - 1] += 1;
        }
        p.goldstein += e.goldstein;
        p.score += event_weight(e);
        if ab {
            p.a_to_b += 1;
        } else {
            p.b_to_a += 1;
        }
    }
    rounded(by)
}

/// The periods in order, their sums rounded to two decimals.
fn rounded(by: BTreeMap<String, Period>) -> Vec<Period> {
    by.into_values()
        .map(|mut p| {
            p.goldstein = round2(p.goldstein);
            p.score = round2(p.score);
            p
        })
        .collect()
}

/// The same timeline as [`timeline`] of the merged events first mentioned between `since`
/// and `until`, read from the store's running totals per dyad and day ([`Store::dyad_days`]).
pub fn timeline_stored(
    store: &Store,
    a: &str,
    b: &str,
    since: Option<Date>,
    until: Option<Date>,
    bucket: Bucket,
) -> Result<Vec<Period>, StoreError> {
    let mut by: BTreeMap<String, Period> = BTreeMap::new();
    for t in store.dyad_days(a, b, since, until)? {
        let ab = matches(&t.source, a) && matches(&t.target, b);
        let ba = matches(&t.source, b) && matches(&t.target, a);
        if !(ab || ba) {
            continue;
        }
        let day = (t.period != "-").then_some(t.period.as_str());
        let key = period_of(day, bucket);
        let p = by.entry(key.clone()).or_insert_with(|| Period::empty(key));
        let n = t.events.max(0) as usize;
        p.events += n;
        for q in 0..4 {
            p.quad[q] += t.quad[q].max(0) as usize;
        }
        p.goldstein += t.goldstein;
        p.score += t.score;
        if ab {
            p.a_to_b += n;
        } else {
            p.b_to_a += n;
        }
    }
    Ok(rounded(by))
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
