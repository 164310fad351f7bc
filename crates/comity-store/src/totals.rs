//! Running totals, kept in the transaction that stores a batch, so that overviews, rankings and
//! timelines never read every event: per actor (`actor_counts`), per country-level edge
//! (`edges`), per dyad of full codes and period (`dyad_totals`: merged events, by quad class,
//! Goldstein sum, cooperation score, mentions) and per table (`store_totals`, for the status).
//!
//! `dyad_totals` keys a merged event by the date of its first mention, at four levels: `*` (all
//! time), the year (`2025`), the month (`2025-03`) and the day (`2025-03-14`); an undated event
//! counts under `*` and `-`. A date range is answered from whole years and months and the days
//! at its edges; a timeline from the days. The score of a merged event,
//! [`event_weight`], grows with its number of articles, so a mention from a new article adds
//! the difference the article makes to its event's weight.
//!
//! The batch's additions are summed in memory and written at its end in multi-row upserts, the
//! same statements on both backends (keys in order, so concurrent writers lock rows in one
//! order).

use crate::{Cells, Result, Store, Value};
use comity_core::Date;
use serde::Serialize;
use std::collections::BTreeMap;

/// The weight of a quad class in the cooperation score: material cooperation +3, verbal
/// cooperation +1, verbal conflict −1, material conflict −3.
pub fn quad_weight(q: i64) -> f64 {
    match q {
        1 => 1.0,
        2 => 3.0,
        3 => -1.0,
        4 => -3.0,
        _ => 0.0,
    }
}

/// The weight of a modality in the cooperation score: asserted 1, reported 0.8, planned 0.6,
/// possible 0.4, hypothetical 0.3, denied 0.2, negated (and anything else) 0.
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

/// The weight a merged event (quad class, modality of its first mention, distinct articles)
/// adds to its dyad's cooperation score: `quad × modality × (1 + log2(articles))`.
pub fn event_weight(quad: i64, modality: &str, articles: i64) -> f64 {
    quad_weight(quad) * modality_weight(modality) * (1.0 + (articles.max(1) as f64).log2())
}

/// The periods a merged event first mentioned on `day` counts under (see the module's notes).
pub(crate) fn periods(day: Option<&str>) -> Vec<String> {
    match day {
        Some(d) if d.len() == 10 => {
            vec!["*".into(), d[..4].to_string(), d[..7].to_string(), d.to_string()]
        }
        _ => vec!["*".into(), "-".into()],
    }
}

/// What a batch adds to an actor's running totals.
#[derive(Default)]
struct ActorTotals {
    as_source: i64,
    as_target: i64,
    mentions: i64,
    first: Option<String>,
    last: Option<String>,
}

/// What a batch adds to a dyad's totals in one period.
#[derive(Default, Clone, Copy)]
struct DyadTotals {
    events: i64,
    quad: [i64; 4],
    goldstein: f64,
    score: f64,
    mentions: i64,
}

/// The merged event a mention joins, as the totals need it.
pub(crate) struct Cluster {
    /// Whether the mention created it.
    pub created: bool,
    /// Its distinct articles before this mention.
    pub articles: i64,
    /// The date of its first mention.
    pub day: Option<String>,
    /// Its quad class and modality (those of its first mention).
    pub quad: i64,
    pub modality: String,
}

/// Table sizes a batch adds to (`store_totals`), in [`COUNTERS`]' order.
pub(crate) const COUNTERS: [&str; 6] =
    ["articles", "near_duplicates", "event_mentions", "events", "quotes", "errors"];

/// A batch's additions to every running total.
#[derive(Default)]
pub(crate) struct Batch {
    actors: BTreeMap<String, ActorTotals>,
    /// Events, mentions, cooperation, conflict.
    edges: BTreeMap<(String, String), [i64; 4]>,
    dyads: BTreeMap<(String, String, String), DyadTotals>,
    /// Rows added, by [`COUNTERS`].
    pub(crate) counts: [i64; 6],
}

impl Batch {
    /// An article stored (its events, quotes), a near-duplicate or not.
    pub(crate) fn stored(&mut self, duplicate: bool, coded: &comity_core::CodedArticle) {
        self.counts[0] += 1;
        self.counts[1] += i64::from(duplicate);
        self.counts[2] += coded.events.len() as i64;
        self.counts[4] += coded.quotes.len() as i64;
    }

    /// A mention of `e`, dated `day`, joined merged event `c`; `new_article` when it is the
    /// first mention of its article in that event (the event's articles grow by one).
    pub(crate) fn mention(
        &mut self,
        e: &comity_core::Event,
        day: Option<&str>,
        c: &Cluster,
        new_article: bool,
    ) {
        let ev = i64::from(c.created);
        self.counts[3] += ev;
        let mut add = |code: &str, s: i64, t: i64| {
            let a = self.actors.entry(code.to_string()).or_default();
            a.as_source += s;
            a.as_target += t;
            a.mentions += 1;
            if let Some(d) = day {
                if a.first.as_deref().is_none_or(|f| d < f) {
                    a.first = Some(d.to_string());
                }
                if a.last.as_deref().is_none_or(|l| d > l) {
                    a.last = Some(d.to_string());
                }
            }
        };
        add(&e.source.code, ev, 0);
        if let Some(t) = &e.target {
            add(&t.code, 0, ev);
            let (a, b) = (comity_core::actor_key(&e.source.code), comity_core::actor_key(&t.code));
            if a != b && !comity_core::unknown_actor(&a) && !comity_core::unknown_actor(&b) {
                let x = self.edges.entry((a, b)).or_default();
                x[0] += ev;
                x[1] += 1;
                x[2] += i64::from(c.created && e.quad_class <= 2);
                x[3] += i64::from(c.created && e.quad_class > 2);
            }
        }
        let weight = |n: i64| if n <= 0 { 0.0 } else { event_weight(c.quad, &c.modality, n) };
        let score = if new_article { weight(c.articles + 1) - weight(c.articles) } else { 0.0 };
        let target = e.target.as_ref().map_or("", |t| t.code.as_str());
        for p in periods(c.day.as_deref()) {
            let d = self.dyads.entry((e.source.code.clone(), target.to_string(), p)).or_default();
            d.mentions += 1;
            d.score += score;
            if c.created {
                d.events += 1;
                if (1..=4).contains(&c.quad) {
                    d.quad[c.quad as usize - 1] += 1;
                }
                d.goldstein += crate::goldstein(f64::from(e.goldstein));
            }
        }
    }

    /// Adds a whole merged event (from the store, for a migration).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn add_event(
        &mut self,
        source: &str,
        target: &str,
        day: Option<&str>,
        quad: i64,
        modality: &str,
        goldstein: f64,
        mentions: i64,
        articles: i64,
    ) {
        let score = event_weight(quad, modality, articles);
        for p in periods(day) {
            let d = self.dyads.entry((source.to_string(), target.to_string(), p)).or_default();
            d.events += 1;
            if (1..=4).contains(&quad) {
                d.quad[quad as usize - 1] += 1;
            }
            d.goldstein += crate::goldstein(goldstein);
            d.score += score;
            d.mentions += mentions;
        }
    }

    /// Writes the batch's additions with `exec` (SQL with `?` placeholders, its arguments).
    pub(crate) fn write<E>(mut self, exec: &mut Exec<'_, E>) -> std::result::Result<(), E> {
        for u in self.upserts() {
            upsert(exec, u.table, u.cols, u.on_conflict, u.rows.into_iter())?;
        }
        for (name, n) in COUNTERS.iter().zip(self.counts) {
            if n != 0 {
                exec(COUNTER_SQL, &[Value::Integer(n), Value::Text(name.to_string())])?;
            }
        }
        // Every batch is a new generation of the store, in the transaction that writes it.
        exec(GENERATION_SQL, &[])
    }

    /// The rows this batch adds to the tables of totals (taken out of it), in the order of
    /// their keys, each table's with the clause that adds them to the stored ones.
    pub(crate) fn upserts(&mut self) -> [Upsert; 3] {
        use Value as V;
        let text = |s: Option<String>| s.map_or(V::Null, V::Text);
        let actors = std::mem::take(&mut self.actors).into_iter().map(|(k, a)| {
            vec![
                V::Text(k),
                V::Integer(a.as_source),
                V::Integer(a.as_target),
                V::Integer(a.mentions),
                text(a.first),
                text(a.last),
            ]
        });
        let edges = std::mem::take(&mut self.edges).into_iter().map(|((a, b), x)| {
            let mut r = vec![V::Text(a), V::Text(b)];
            r.extend(x.map(V::Integer));
            r
        });
        let dyads = std::mem::take(&mut self.dyads).into_iter().map(|((s, t, p), d)| {
            vec![
                V::Text(p),
                V::Text(s),
                V::Text(t),
                V::Integer(d.events),
                V::Integer(d.quad[0]),
                V::Integer(d.quad[1]),
                V::Integer(d.quad[2]),
                V::Integer(d.quad[3]),
                V::Real(d.goldstein),
                V::Real(d.score),
                V::Integer(d.mentions),
            ]
        });
        [
            Upsert {
                table: "actor_counts",
                cols: ACTOR_COLUMNS,
                on_conflict: ACTOR_UPSERT,
                rows: actors.collect(),
            },
            Upsert {
                table: "edges",
                cols: EDGE_COLUMNS,
                on_conflict: EDGE_UPSERT,
                rows: edges.collect(),
            },
            Upsert {
                table: "dyad_totals",
                cols: DYAD_COLUMNS,
                on_conflict: DYAD_UPSERT,
                rows: dyads.collect(),
            },
        ]
    }
}

/// Rows to add to a table of totals.
pub(crate) struct Upsert {
    pub(crate) table: &'static str,
    pub(crate) cols: &'static str,
    /// The `ON CONFLICT` clause that adds a row to the stored one.
    pub(crate) on_conflict: &'static str,
    pub(crate) rows: Vec<Vec<Value>>,
}

/// Runs a statement (SQL with `?` placeholders) with its arguments.
pub(crate) type Exec<'a, E> = dyn FnMut(&str, &[Value]) -> std::result::Result<(), E> + 'a;
/// Runs a query (SQL with `?` placeholders) with its arguments: its rows.
pub(crate) type Query<'a, E> =
    dyn FnMut(&str, &[Value]) -> std::result::Result<Vec<Vec<Value>>, E> + 'a;

/// Counts one more committed batch (the store's generation, see [`Store::generation`]); the
/// row is made by the first batch, so stores from before it need no migration.
pub(crate) const GENERATION_SQL: &str =
    "INSERT INTO store_totals (name, n) VALUES ('generation', 1)
    ON CONFLICT (name) DO UPDATE SET n = store_totals.n + 1";

/// Adds `?1` to the table size named `?2`.
pub(crate) const COUNTER_SQL: &str = "UPDATE store_totals SET n = n + ?1 WHERE name = ?2";

const ACTOR_COLUMNS: &str = "actor, as_source, as_target, mentions, first_date, last_date";
const EDGE_COLUMNS: &str = "source, target, events, mentions, cooperation, conflict";
pub(crate) const DYAD_COLUMNS: &str =
    "period, source, target, events, q1, q2, q3, q4, goldstein, score, mentions";

/// Adds a batch's actor totals (`excluded`) to the stored ones.
const ACTOR_UPSERT: &str = " ON CONFLICT (actor) DO UPDATE SET as_source = actor_counts.as_source + excluded.as_source,
    as_target = actor_counts.as_target + excluded.as_target, mentions = actor_counts.mentions + excluded.mentions,
    first_date = CASE WHEN excluded.first_date IS NOT NULL AND (actor_counts.first_date IS NULL OR excluded.first_date < actor_counts.first_date) THEN excluded.first_date ELSE actor_counts.first_date END,
    last_date = CASE WHEN excluded.last_date IS NOT NULL AND (actor_counts.last_date IS NULL OR excluded.last_date > actor_counts.last_date) THEN excluded.last_date ELSE actor_counts.last_date END";

/// Adds a batch's edge totals to the stored ones.
const EDGE_UPSERT: &str = " ON CONFLICT (source, target) DO UPDATE SET events = edges.events + excluded.events,
    mentions = edges.mentions + excluded.mentions, cooperation = edges.cooperation + excluded.cooperation,
    conflict = edges.conflict + excluded.conflict";

/// Adds a batch's dyad totals to the stored ones.
const DYAD_UPSERT: &str = " ON CONFLICT (period, source, target) DO UPDATE SET events = dyad_totals.events + excluded.events,
    q1 = dyad_totals.q1 + excluded.q1, q2 = dyad_totals.q2 + excluded.q2, q3 = dyad_totals.q3 + excluded.q3, q4 = dyad_totals.q4 + excluded.q4,
    goldstein = dyad_totals.goldstein + excluded.goldstein, score = dyad_totals.score + excluded.score,
    mentions = dyad_totals.mentions + excluded.mentions";

/// Writes rows as multi-row upserts of up to 1,000 rows (11,000 parameters at most, within
/// both engines' limits).
fn upsert<E>(
    exec: &mut Exec<'_, E>,
    table: &str,
    cols: &str,
    on_conflict: &str,
    rows: impl Iterator<Item = Vec<Value>>,
) -> std::result::Result<(), E> {
    let ncols = cols.split(',').count();
    let mut chunk: Vec<Value> = Vec::with_capacity(1000 * ncols);
    let mut flush = |chunk: &mut Vec<Value>| {
        if chunk.is_empty() {
            return Ok(());
        }
        let sql = crate::rows_sql(table, cols, ncols, chunk.len() / ncols) + on_conflict;
        let r = exec(&sql, chunk);
        chunk.clear();
        r
    };
    for r in rows {
        chunk.extend(r);
        if chunk.len() >= 1000 * ncols {
            flush(&mut chunk)?;
        }
    }
    flush(&mut chunk)
}

/// The schema of the totals (schema version 3), in SQL both engines read (PostgreSQL gets the
/// column collation added); the table sizes are counted once here.
pub(crate) fn migration_sql(postgres: bool) -> String {
    let c = if postgres { " COLLATE \"C\"" } else { "" };
    let (int, real) = if postgres { ("BIGINT", "DOUBLE PRECISION") } else { ("INTEGER", "REAL") };
    format!(
        "ALTER TABLE clusters ADD COLUMN day TEXT{c};
         ALTER TABLE clusters ADD COLUMN quad_class {int};
         ALTER TABLE clusters ADD COLUMN modality TEXT{c};
         UPDATE clusters SET day = e.date, quad_class = e.quad_class, modality = e.modality FROM events e WHERE e.id = clusters.first_event;
         CREATE TABLE dyad_totals (
             period TEXT{c} NOT NULL,
             source TEXT{c} NOT NULL,
             target TEXT{c} NOT NULL,
             events {int} NOT NULL DEFAULT 0,
             q1 {int} NOT NULL DEFAULT 0, q2 {int} NOT NULL DEFAULT 0, q3 {int} NOT NULL DEFAULT 0, q4 {int} NOT NULL DEFAULT 0,
             goldstein {real} NOT NULL DEFAULT 0,
             score {real} NOT NULL DEFAULT 0,
             mentions {int} NOT NULL DEFAULT 0,
             PRIMARY KEY (period, source, target)
         ){without};
         CREATE INDEX dyad_totals_target ON dyad_totals(period, target, source);
         CREATE INDEX dyad_totals_pair ON dyad_totals(source, target, period);
         CREATE TABLE store_totals (name TEXT{c} PRIMARY KEY, n {int} NOT NULL){without};
         INSERT INTO store_totals (name, n) SELECT 'articles', count(*) FROM articles;
         INSERT INTO store_totals (name, n) SELECT 'near_duplicates', count(*) FROM articles WHERE duplicate_of IS NOT NULL;
         INSERT INTO store_totals (name, n) SELECT 'event_mentions', count(*) FROM events;
         INSERT INTO store_totals (name, n) SELECT 'events', count(*) FROM clusters WHERE mentions > 0;
         INSERT INTO store_totals (name, n) SELECT 'quotes', count(*) FROM quotes;
         INSERT INTO store_totals (name, n) SELECT 'errors', count(*) FROM errors;",
        without = if postgres { "" } else { " WITHOUT ROWID" }
    ) + if postgres {
        // The PostgreSQL writer copies an article's texts, quotes, places, annotations and
        // flows before it takes the write lock, and the article after: their foreign keys are
        // checked at its commit.
        "ALTER TABLE texts ALTER CONSTRAINT texts_article_id_fkey DEFERRABLE;
         ALTER TABLE quotes ALTER CONSTRAINT quotes_article_id_fkey DEFERRABLE;
         ALTER TABLE places ALTER CONSTRAINT places_article_id_fkey DEFERRABLE;
         ALTER TABLE annotations ALTER CONSTRAINT annotations_article_id_fkey DEFERRABLE;
         ALTER TABLE flows ALTER CONSTRAINT flows_article_id_fkey DEFERRABLE;"
    } else {
        ""
    }
}

/// Fills `dyad_totals` from the merged events already stored (schema version 3), a slice of
/// them at a time: `rows` runs a query, `exec` a statement.
pub(crate) fn backfill<E>(
    rows: &mut Query<'_, E>,
    exec: &mut Exec<'_, E>,
) -> std::result::Result<(), E> {
    let mut last = 0i64;
    loop {
        let found = rows(
            "SELECT c.id, c.source_code, c.target_code, c.day, c.quad_class, c.modality, e.goldstein, c.mentions, c.articles
               FROM clusters c JOIN events e ON e.id = c.first_event WHERE c.id > ?1 ORDER BY c.id LIMIT 20000",
            &[Value::Integer(last)],
        )?;
        let Some(end) = found.last() else { return Ok(()) };
        last = int(&end[0]);
        let mut b = Batch::default();
        for r in &found {
            b.add_event(
                &text(&r[1]),
                &text(&r[2]),
                match &r[3] {
                    Value::Text(s) => Some(s.as_str()),
                    _ => None,
                },
                int(&r[4]),
                &text(&r[5]),
                match r[6] {
                    Value::Real(g) => g,
                    Value::Integer(g) => g as f64,
                    _ => 0.0,
                },
                int(&r[7]),
                int(&r[8]),
            );
        }
        b.write(exec)?;
    }
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Integer(i) => *i,
        _ => 0,
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        _ => String::new(),
    }
}

/// The totals of the merged events of one dyad (full codes; `target` empty for none) over some
/// periods.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadTotal {
    pub source: String,
    pub target: String,
    /// The day (`YYYY-MM-DD`, `-` undated) for [`Store::dyad_days`]; empty when summed over a
    /// range.
    pub period: String,
    /// Merged events.
    pub events: i64,
    /// Merged events by quad class.
    pub quad: [i64; 4],
    /// The sum of their Goldstein values.
    pub goldstein: f64,
    /// The sum of their weights ([`event_weight`]).
    pub score: f64,
    /// The sum of their mentions.
    pub mentions: i64,
}

/// A merged event as a ranking weighs it, for choosing evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct PairEvent {
    /// The merged event (cluster) and its first mention.
    pub cluster: i64,
    pub first_event: i64,
    pub source: String,
    pub target: String,
    /// The date of its first mention.
    pub date: Option<String>,
    pub quad: i64,
    pub modality: String,
    pub articles: i64,
}

/// `n` bare placeholders.
fn marks(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The condition on a first mention's date `col` for a range: dated within it when a bound
/// is given, anything otherwise; its arguments are pushed onto `args`.
fn date_cond(col: &str, since: Option<Date>, until: Option<Date>, args: &mut Vec<Value>) -> String {
    if since.is_none() && until.is_none() {
        return "1 = 1".into();
    }
    args.push(Value::Text(since.map_or("0000-00-00".into(), |d| d.to_string())));
    args.push(Value::Text(until.map_or("9999-99-99".into(), |d| d.to_string())));
    format!("{col} >= ? AND {col} <= ?")
}

/// The periods of `dyad_totals` that together hold exactly the events first mentioned between
/// `from` and `to` (whole years and months, days at the edges).
pub(crate) fn cover(from: Date, to: Date) -> Vec<String> {
    let mut out = Vec::new();
    let mut d = from;
    while d <= to {
        let next_month = if d.month == 12 {
            Date::new(d.year + 1, 1, 1)
        } else {
            Date::new(d.year, d.month + 1, 1)
        };
        let month_end = next_month.map(|n| n.add_days(-1));
        let year_end = Date::new(d.year, 12, 31);
        if d.month == 1 && d.day == 1 && year_end.is_some_and(|e| e <= to) {
            out.push(format!("{:04}", d.year));
            d = Date::new(d.year + 1, 1, 1).unwrap_or(d.add_days(366));
        } else if d.day == 1 && month_end.is_some_and(|e| e <= to) {
            out.push(format!("{:04}-{:02}", d.year, d.month));
            d = month_end.map_or(d.add_days(31), |e| e.add_days(1));
        } else {
            out.push(d.to_string());
            d = d.add_days(1);
        }
    }
    out
}

impl Store {
    /// The store's generation: the number of batches committed to it (by any process), which
    /// grows with every commit that adds articles, so that an answer computed at one
    /// generation can be kept until the next. A new store starts above 0 (its migrations
    /// write totals); 0 for a store made by a comity from before generations were counted,
    /// until its next batch.
    pub fn generation(&self) -> Result<i64> {
        Ok(self
            .select_one("SELECT n FROM store_totals WHERE name = 'generation'", &[], |r| r.get(0))?
            .unwrap_or(0))
    }

    /// The stored actor codes beginning with `prefix`.
    pub fn codes_with_prefix(&self, prefix: &str) -> Result<Vec<String>> {
        self.select_map(
            "SELECT actor FROM actor_counts WHERE actor >= ?1 AND actor < ?2 ORDER BY actor",
            &[Value::Text(prefix.into()), Value::Text(format!("{prefix}\u{7f}"))],
            |r| r.get(0),
        )
    }

    /// The totals of every dyad with a side whose code begins with `actor`, summed over the
    /// merged events first mentioned between `since` and `until` (undated ones only when
    /// neither is given): read from the running totals, a few rows per dyad and period,
    /// whatever the number of events.
    pub fn actor_totals(
        &self,
        actor: &str,
        since: Option<Date>,
        until: Option<Date>,
    ) -> Result<Vec<DyadTotal>> {
        let periods = match (since, until) {
            (None, None) => vec!["*".to_string()],
            _ => {
                let span: Option<(Option<String>, Option<String>)> = self.select_one(
                    "SELECT min(first_date), max(last_date) FROM actor_counts",
                    &[],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                let Some((Some(lo), Some(hi))) = span else { return Ok(Vec::new()) };
                let (Some(lo), Some(hi)) = (Date::parse(&lo), Date::parse(&hi)) else {
                    return Ok(Vec::new());
                };
                let from = since.map_or(lo, |s| s.max(lo));
                let to = until.map_or(hi, |u| u.min(hi));
                cover(from, to)
            }
        };
        if periods.is_empty() {
            return Ok(Vec::new());
        }
        let (lo, hi) = (Value::Text(actor.into()), Value::Text(format!("{actor}\u{7f}")));
        let list = marks(periods.len());
        let sql = format!(
            "SELECT source, target, events, q1, q2, q3, q4, goldstein, score, mentions FROM dyad_totals
              WHERE period IN ({list}) AND source >= ? AND source < ?
             UNION ALL
             SELECT source, target, events, q1, q2, q3, q4, goldstein, score, mentions FROM dyad_totals
              WHERE period IN ({list}) AND target >= ? AND target < ? AND NOT (source >= ? AND source < ?)"
        );
        let mut args: Vec<Value> = periods.iter().map(|p| Value::Text(p.clone())).collect();
        args.extend([lo.clone(), hi.clone()]);
        args.extend(periods.iter().map(|p| Value::Text(p.clone())));
        args.extend([lo.clone(), hi.clone(), lo, hi]);
        let rows = self.select_map(&sql, &args, |r| total_row(r, None))?;
        // Summed over the periods, per dyad.
        let mut by: BTreeMap<(String, String), DyadTotal> = BTreeMap::new();
        for t in rows {
            match by.entry((t.source.clone(), t.target.clone())) {
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(t);
                }
                std::collections::btree_map::Entry::Occupied(mut o) => {
                    let x = o.get_mut();
                    x.events += t.events;
                    for q in 0..4 {
                        x.quad[q] += t.quad[q];
                    }
                    x.goldstein += t.goldstein;
                    x.score += t.score;
                    x.mentions += t.mentions;
                }
            }
        }
        Ok(by.into_values().collect())
    }

    /// The totals per day (`-` for undated events) of the merged events between codes
    /// beginning with `a` and codes beginning with `b`, either way, first mentioned between
    /// `since` and `until` (undated ones only when neither is given).
    pub fn dyad_days(
        &self,
        a: &str,
        b: &str,
        since: Option<Date>,
        until: Option<Date>,
    ) -> Result<Vec<DyadTotal>> {
        let undated = if since.is_none() && until.is_none() { " OR period = '-'" } else { "" };
        let Some((selects, args)) = self.both_ways(a, b, |sources, targets, args| {
            let dated = date_cond("period", since, until, args);
            format!(
                "SELECT source, target, period, events, q1, q2, q3, q4, goldstein, score, mentions FROM dyad_totals
                  WHERE source IN ({}) AND target IN ({}) AND ((length(period) = 10 AND {dated}){undated})",
                marks(sources),
                marks(targets)
            )
        })?
        else {
            return Ok(Vec::new());
        };
        let rows = self.select_map(&selects.join(" UNION ALL "), &args, |r| {
            total_row(&Cells(&[&r.0[..2], &r.0[3..]].concat()), Some(r.get(2)?))
        })?;
        // A dyad both of whose sides match both prefixes came twice.
        let mut seen = std::collections::HashSet::new();
        Ok(rows
            .into_iter()
            .filter(|t| seen.insert((t.source.clone(), t.target.clone(), t.period.clone())))
            .collect())
    }

    /// The merged events from codes in `sources` to codes in `targets` (with a first mention
    /// between `since` and `until`, as [`Store::actor_totals`]), as a ranking weighs them.
    pub fn pair_events(
        &self,
        sources: &[String],
        targets: &[String],
        since: Option<Date>,
        until: Option<Date>,
    ) -> Result<Vec<PairEvent>> {
        if sources.is_empty() || targets.is_empty() {
            return Ok(Vec::new());
        }
        let mut args: Vec<Value> = sources.iter().map(|c| Value::Text(c.clone())).collect();
        args.extend(targets.iter().map(|c| Value::Text(c.clone())));
        let dated = date_cond("day", since, until, &mut args);
        let sql = format!(
            "SELECT id, first_event, source_code, target_code, day, quad_class, modality, articles FROM clusters
              WHERE source_code IN ({}) AND target_code IN ({}) AND first_event IS NOT NULL AND {dated}",
            marks(sources.len()),
            marks(targets.len())
        );
        self.select_map(&sql, &args, |r| {
            Ok(PairEvent {
                cluster: r.get(0)?,
                first_event: r.get(1)?,
                source: r.get(2)?,
                target: r.get(3)?,
                date: r.get(4)?,
                quad: r.get::<Option<i64>>(5)?.unwrap_or(0),
                modality: r.get::<Option<String>>(6)?.unwrap_or_default(),
                articles: r.get(7)?,
            })
        })
    }

    /// The merged events between codes beginning with `a` and codes beginning with `b`,
    /// either way (first mentioned between `since` and `until`), most mentioned first (then
    /// by date, undated first, then by first mention), the first `limit` of them.
    pub fn dyad_events(
        &self,
        a: &str,
        b: &str,
        since: Option<Date>,
        until: Option<Date>,
        limit: usize,
    ) -> Result<Vec<crate::EventRow>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let Some((selects, args)) = self.both_ways(a, b, |sources, targets, args| {
            let dated = date_cond("day", since, until, args);
            format!(
                "SELECT id, mentions, day, first_event FROM clusters
                  WHERE source_code IN ({}) AND target_code IN ({}) AND first_event IS NOT NULL AND {dated}",
                marks(sources),
                marks(targets)
            )
        })?
        else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT id FROM ({}) AS d ORDER BY mentions DESC, day NULLS FIRST, first_event LIMIT {limit}",
            selects.join(" UNION ")
        );
        let ids: Vec<i64> = self.select_map(&sql, &args, |r| r.get(0))?;
        self.events_by_cluster(&ids)
    }

    /// One statement each way between the stored codes beginning with `a` and those beginning
    /// with `b`: `select` writes it from the numbers of source and target codes, whose values
    /// are already in the arguments, and pushes any arguments of its own after them. None when
    /// either side names no stored code.
    fn both_ways(
        &self,
        a: &str,
        b: &str,
        mut select: impl FnMut(usize, usize, &mut Vec<Value>) -> String,
    ) -> Result<Option<(Vec<String>, Vec<Value>)>> {
        let (la, lb) = (self.codes_with_prefix(a)?, self.codes_with_prefix(b)?);
        if la.is_empty() || lb.is_empty() {
            return Ok(None);
        }
        let mut args = Vec::new();
        let mut selects = Vec::new();
        for (x, y) in [(&la, &lb), (&lb, &la)] {
            args.extend(x.iter().chain(y).map(|c| Value::Text(c.clone())));
            selects.push(select(x.len(), y.len(), &mut args));
        }
        Ok(Some((selects, args)))
    }

    /// Merged events by cluster id, in the order given (ids with no merged event are left out).
    pub fn events_by_cluster(&self, ids: &[i64]) -> Result<Vec<crate::EventRow>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let columns = crate::query::event_columns(self.dialect());
        let sql = format!(
            "SELECT {columns}, c.mentions, c.articles, c.sources
               FROM clusters c JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id JOIN texts t ON t.article_id = a.id
              WHERE c.id IN ({})",
            marks(ids.len())
        );
        let args: Vec<Value> = ids.iter().map(|i| Value::Integer(*i)).collect();
        let mut rows = self.select_map(&sql, &args, crate::query::event_row)?;
        let at: std::collections::HashMap<i64, usize> =
            ids.iter().enumerate().map(|(k, i)| (*i, k)).collect();
        rows.sort_by_key(|r| r.cluster.and_then(|c| at.get(&c).copied()).unwrap_or(usize::MAX));
        Ok(rows)
    }

    /// The running table sizes against the tables counted, in one statement (one snapshot,
    /// so that a writer committing meanwhile makes no false difference): the differences.
    pub(crate) fn check_totals(&self) -> Result<Vec<String>> {
        let counted = [
            "SELECT count(*) FROM articles",
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL",
            "SELECT count(*) FROM events",
            "SELECT count(*) FROM clusters WHERE mentions > 0",
            "SELECT count(*) FROM quotes",
            "SELECT count(*) FROM errors",
        ];
        let cols: Vec<String> = COUNTERS
            .iter()
            .zip(counted)
            .map(|(name, q)| {
                format!(
                    "(SELECT coalesce(max(n), 0) FROM store_totals WHERE name = '{name}'), ({q})"
                )
            })
            .collect();
        let sql = format!("SELECT {}", cols.join(", "));
        let row = self.select_one(&sql, &[], |r| {
            (0..2 * COUNTERS.len()).map(|i| r.get::<i64>(i)).collect::<rusqlite::Result<Vec<i64>>>()
        })?;
        let row = row.unwrap_or_default();
        Ok(COUNTERS
            .iter()
            .enumerate()
            .filter_map(|(i, name)| {
                let (kept, counted) = (row.get(2 * i)?, row.get(2 * i + 1)?);
                (kept != counted).then(|| {
                    format!("the running count of {name} is {kept}, the table holds {counted}")
                })
            })
            .collect())
    }
}

/// A `dyad_totals` row read as source, target, events, q1..q4, goldstein, score, mentions.
fn total_row(r: &Cells<'_>, period: Option<String>) -> rusqlite::Result<DyadTotal> {
    Ok(DyadTotal {
        source: r.get(0)?,
        target: r.get(1)?,
        period: period.unwrap_or_default(),
        events: r.get(2)?,
        quad: [r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?],
        goldstein: r.get(7)?,
        score: r.get(8)?,
        mentions: r.get(9)?,
    })
}
