//! Rankings, dyad timelines and the status read from the running totals ingest keeps give the
//! answers the events themselves give (the computation they replaced, still in
//! `comity_analyse::rank`, `partners` and `timeline`), on a store of the whole Wikinews corpus: every actor
//! (full codes, country level, and short prefixes), both sides of the scale, with the evidence,
//! over date ranges that cut years and months; the timelines of the busiest dyads by month and
//! week; a dyad's most mentioned events.

mod common;

use comity_analyse::{
    Bucket, Ranking, partners, partners_stored, rank, rank_stored, timeline, timeline_stored,
};
use comity_core::Date;
use comity_store::{EventRow, Store};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

fn store() -> Option<PathBuf> {
    static DB: OnceLock<Option<PathBuf>> = OnceLock::new();
    DB.get_or_init(|| common::corpus_store("totals", usize::MAX)).clone()
}

fn d(s: &str) -> Option<Date> {
    Some(Date::parse(s).unwrap())
}

/// Date ranges: none, open at either end, across years, inside one month.
fn ranges() -> Vec<(Option<Date>, Option<Date>)> {
    vec![
        (None, None),
        (d("2006-01-01"), None),
        (None, d("2007-06-15")),
        (d("2005-03-10"), d("2008-11-20")),
        (d("2008-06-01"), d("2008-06-30")),
        (d("2007-02-13"), d("2007-02-13")),
    ]
}

#[test]
fn rankings_from_the_totals_are_those_of_the_events() {
    let Some(db) = store() else { return };
    let s = Store::open(&db).unwrap();
    assert_eq!(s.check().unwrap(), Vec::<String>::new(), "totals agree with the tables");
    let volumes = s.actor_volumes().unwrap();
    let mut codes: Vec<(String, i64)> = s.actor_codes().unwrap();
    codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert!(codes.len() > 200, "a store of many actors: {}", codes.len());
    // Every country-level actor and every full code, all time; the busiest also over ranges;
    // and prefixes shorter than a country.
    let mut actors: BTreeSet<String> = codes.iter().map(|c| comity_core::actor_key(&c.0)).collect();
    actors.extend(codes.iter().map(|c| c.0.clone()));
    actors.extend(["U", "IR", "IGO"].map(String::from));
    let busy: BTreeSet<String> =
        codes.iter().take(25).map(|c| comity_core::actor_key(&c.0)).collect();
    let (mut compared, mut shown) = (0, 0);
    for actor in &actors {
        let r = if busy.contains(actor) { ranges() } else { ranges()[..1].to_vec() };
        for (since, until) in r {
            let events = s.involving(actor, None, since, until).unwrap();
            let all = partners(&events, actor, &volumes, 0);
            let (n, stored) = partners_stored(&s, actor, since, until).unwrap();
            assert_eq!((n as usize, stored), (events.len(), all), "{actor} {since:?}..{until:?}");
            for side in [Ranking::Allies, Ranking::Rivals] {
                let old = rank(&events, actor, &volumes, 3, side, usize::MAX);
                let new = rank_stored(&s, actor, since, until, 3, side, usize::MAX).unwrap();
                assert_eq!(new, old, "{actor} {side:?} {since:?}..{until:?}");
                compared += 1;
                shown += old.partners.len();
            }
        }
    }
    eprintln!("{compared} rankings compared, {shown} partners");
    assert!(shown > 1000, "rankings with partners: {shown}");
    // The limit and the evidence count as before.
    let events = s.involving("USA", None, None, None).unwrap();
    let old = rank(&events, "USA", &volumes, 1, Ranking::Allies, 4);
    assert_eq!(rank_stored(&s, "USA", None, None, 1, Ranking::Allies, 4).unwrap(), old);
    assert_eq!(old.partners.len(), 4);
}

/// The old dyad listing: every event of the dyad, most mentioned first.
fn strongest(mut list: Vec<EventRow>, n: usize) -> Vec<EventRow> {
    list.sort_by(|x, y| {
        y.mentions.cmp(&x.mentions).then(x.date.cmp(&y.date)).then(x.id.cmp(&y.id))
    });
    list.truncate(n);
    list
}

#[test]
fn timelines_from_the_totals_are_those_of_the_events() {
    let Some(db) = store() else { return };
    let s = Store::open(&db).unwrap();
    let (_, mut edges) = s.network(usize::MAX).unwrap();
    edges.sort_by(|a, b| b.events.cmp(&a.events).then(a.source.cmp(&b.source)));
    let mut pairs: Vec<(String, String)> =
        edges.iter().take(40).map(|e| (e.source.clone(), e.target.clone())).collect();
    // Full codes, prefixes of one another, and a pair with no events.
    pairs.extend(
        [("USAGOV", "IRQ"), ("IRN", "IR"), ("RUS", "RUSGOV"), ("ISR", "PSE"), ("NZL", "BRA")]
            .map(|(a, b)| (a.to_string(), b.to_string())),
    );
    let mut periods = 0;
    for (a, b) in &pairs {
        for (since, until) in ranges() {
            let events = s.involving(a, Some(b), since, until).unwrap();
            for bucket in [Bucket::Month, Bucket::Week] {
                let old = timeline(&events, a, b, bucket);
                let new = timeline_stored(&s, a, b, since, until, bucket).unwrap();
                assert_eq!(new, old, "{a}/{b} {bucket:?} {since:?}..{until:?}");
                periods += old.len();
            }
            for n in [3, 200] {
                let new = s.dyad_events(a, b, since, until, n).unwrap();
                assert_eq!(new, strongest(events.clone(), n), "{a}/{b} {n} {since:?}..{until:?}");
            }
        }
    }
    assert!(periods > 500, "timelines with periods: {periods}");
}
