//! Read-only queries over the store: events (each mention, or merged into clusters), quotes,
//! actors and counts.

use crate::filter::{FilterError, nearest};
use crate::{Cells, Dialect, Result, Store};
use comity_core::Date;
use rusqlite::types::Value;
use serde::Serialize;

/// Which events to return. Codes match by prefix: `RUS` matches `RUSGOV`; `07` matches `072`.
/// Read from named parameters with [`EventFilter::parse`], which checks every value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Source or target (code prefix, in capitals).
    pub actor: Option<String>,
    /// The source (code prefix).
    pub source: Option<String>,
    /// The target (code prefix).
    pub target: Option<String>,
    /// Either direction between the two.
    pub dyad: Option<(String, String)>,
    /// CAMEO code or prefix.
    pub code: Option<String>,
    /// Quad class, 1 to 4.
    pub quad_class: Option<u8>,
    /// Events on or after this date.
    pub since: Option<Date>,
    /// Events on or before this date.
    pub until: Option<Date>,
    /// Words of the place name.
    pub place: Option<String>,
    /// One of [`MODALITIES`](crate::MODALITIES).
    pub modality: Option<String>,
    /// Words in the sentence.
    pub text: Option<String>,
    /// One row per merged event, with counts.
    pub merged: bool,
    /// Rows returned at most (`None`: all).
    pub limit: Option<usize>,
    /// Rows skipped first.
    pub offset: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    pub id: i64,
    pub cluster: Option<i64>,
    pub article: String,
    pub date: Option<String>,
    pub source: String,
    pub source_text: String,
    pub target: Option<String>,
    pub target_text: Option<String>,
    pub code: String,
    pub quad_class: i64,
    pub goldstein: f64,
    pub modality: String,
    pub attributed_to: Option<String>,
    pub place: Option<String>,
    pub trigger: String,
    pub sentence: String,
    pub span: [i64; 2],
    /// Mentions, distinct articles and distinct sources of the merged event.
    pub mentions: i64,
    pub articles: i64,
    pub sources: i64,
}

/// Which quotes to return; read from named parameters with [`QuoteFilter::parse`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteFilter {
    /// Words of the speaker's name.
    pub speaker: Option<String>,
    /// `direct` or `reported`.
    pub kind: Option<String>,
    /// Words of the quote.
    pub text: Option<String>,
    /// Articles dated on or after this date.
    pub since: Option<Date>,
    /// Articles dated on or before this date.
    pub until: Option<Date>,
    /// Rows returned at most (`None`: all).
    pub limit: Option<usize>,
    /// Rows skipped first.
    pub offset: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRow {
    pub id: i64,
    pub article: String,
    pub date: Option<String>,
    pub kind: String,
    pub speaker: Option<String>,
    pub title: Option<String>,
    pub organization: Option<String>,
    pub actor: Option<String>,
    pub cue: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorRow {
    pub code: String,
    pub as_source: i64,
    pub as_target: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

/// A directed edge of the actor network.
/// Nodes (actor code, volume) and the edges among them.
pub type Network = (Vec<(String, i64)>, Vec<EdgeRow>);

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EdgeRow {
    pub source: String,
    pub target: String,
    pub events: i64,
    pub mentions: i64,
    pub cooperation: i64,
    pub conflict: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub articles: i64,
    pub near_duplicates: i64,
    pub event_mentions: i64,
    pub events: i64,
    pub quotes: i64,
    pub errors: i64,
}

/// The columns `event_row` reads, before the three counts (mentions, articles, sources).
pub(crate) fn event_columns(d: Dialect) -> String {
    format!(
        "e.id, e.cluster_id, a.ext_id, e.date, e.source_code, e.source_text, e.target_code, e.target_text, e.code,
    e.quad_class, e.goldstein, e.modality, e.attributed_to, e.place, e.trigger_text,
    {}, e.span_start, e.span_end",
        d.span("t.text", "e.span_start", "e.span_end")
    )
}

pub(crate) fn event_row(r: &Cells<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        cluster: r.get(1)?,
        article: r.get(2)?,
        date: r.get(3)?,
        source: r.get(4)?,
        source_text: r.get(5)?,
        target: r.get(6)?,
        target_text: r.get(7)?,
        code: r.get(8)?,
        quad_class: r.get(9)?,
        goldstein: goldstein(r.get(10)?),
        modality: r.get(11)?,
        attributed_to: r.get(12)?,
        place: r.get(13)?,
        trigger: r.get(14)?,
        sentence: r.get::<Option<String>>(15)?.unwrap_or_default(),
        span: [r.get(16)?, r.get(17)?],
        mentions: r.get(18)?,
        articles: r.get(19)?,
        sources: r.get(20)?,
    })
}

/// A Goldstein value as the codebook writes it: stored from single precision, `-0.1` reads back
/// as `-0.10000000149011612` unless rounded to its one decimal.
pub fn goldstein(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn like(s: &str) -> String {
    format!("%{}%", s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// The upper bound of the codes starting with `p`: codes are ASCII, so `p` followed by the
/// highest character sorts after every one of them.
fn upper(p: &str) -> String {
    format!("{p}\u{7f}")
}

impl Store {
    /// The events a filter selects, one page of them (`limit`, `offset`): merged events by
    /// their number of mentions, or every mention by date.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>> {
        let (where_sql, args) = event_where(f, self.dialect());
        let columns = event_columns(self.dialect());
        let limit = f.limit.map_or(-1, |l| l as i64);
        let sql = if f.merged {
            // Each merged event is represented by its first mention; counts come from the cluster.
            format!(
                "SELECT {columns}, c.mentions, c.articles, c.sources
                   FROM clusters c JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id JOIN texts t ON t.article_id = a.id
                  WHERE {where_sql} ORDER BY c.mentions DESC, c.id LIMIT {limit} OFFSET {}",
                f.offset
            )
        } else {
            format!(
                "SELECT {columns}, 1, 1, 1
                   FROM events e JOIN articles a ON a.id = e.article_id JOIN texts t ON t.article_id = a.id
                   WHERE {where_sql} ORDER BY e.date NULLS FIRST, e.id LIMIT {limit} OFFSET {}",
                f.offset
            )
        };
        self.select_map(&sql, &args, event_row)
    }

    /// How many events (merged, or mentions) a filter selects, whatever its page.
    pub fn count_events(&self, f: &EventFilter) -> Result<u64> {
        self.count_events_upto(f, None).map(|(n, _)| n)
    }

    /// [`Store::count_events`], counting no further than `cap` matching rows when given: the
    /// count, and whether it is exact (below the cap). Over a million mentions an exact count
    /// of a filter costs some 0.3 s, a page of rows a few milliseconds; a cap of a page or two
    /// bounds the count to about the work of the page.
    pub fn count_events_upto(&self, f: &EventFilter, cap: Option<u64>) -> Result<(u64, bool)> {
        let unfiltered = EventFilter {
            merged: f.merged,
            limit: f.limit,
            offset: f.offset,
            ..EventFilter::default()
        };
        if *f == unfiltered && cap.is_none() {
            // Without a filter the count is a running total (merged events, mentions).
            let st = self.stats()?;
            let n = if f.merged { st.events } else { st.event_mentions };
            return Ok((n.max(0) as u64, true));
        }
        let (where_sql, args) = event_where(f, self.dialect());
        // The sentence text is joined only when the filter looks into it.
        let texts = if f.text.is_some() { "JOIN texts t ON t.article_id = a.id" } else { "" };
        let from = if f.merged {
            "clusters c JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id"
        } else {
            "events e JOIN articles a ON a.id = e.article_id"
        };
        let limit = cap.map_or(-1, |c| c.min(i64::MAX as u64) as i64);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM {from} {texts} WHERE {where_sql} LIMIT {limit}) AS n"
        );
        let n = self.count(&sql, &args)?;
        let n = n.max(0) as u64;
        Ok((n, cap.is_none_or(|c| n < c)))
    }

    /// Every stored actor code with its number of merged events.
    pub fn actor_codes(&self) -> Result<Vec<(String, i64)>> {
        self.select_map("SELECT actor, as_source + as_target FROM actor_counts", &[], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
    }

    /// Checks that some stored actor's code starts with `code` (given as parameter `name`);
    /// if none does, the error names the nearest codes the store holds.
    pub fn check_actor(&self, name: &str, code: &str) -> Result<()> {
        let known = self.count(
            "SELECT count(*) FROM (SELECT 1 FROM actor_counts WHERE actor >= ?1 AND actor < ?2 LIMIT 1) AS n",
            &[Value::Text(code.into()), Value::Text(upper(code))],
        )? > 0;
        if known {
            return Ok(());
        }
        let near = nearest(code, &self.actor_codes()?);
        Err(FilterError::UnknownActor { name: name.into(), code: code.into(), near }.into())
    }

    /// Checks every actor code a filter names (see [`Store::check_actor`]).
    pub fn check_filter(&self, f: &EventFilter) -> Result<()> {
        for (name, code) in f.actors() {
            self.check_actor(name, code)?;
        }
        Ok(())
    }
}

/// The WHERE clause of an event filter and its arguments.
fn event_where(f: &EventFilter, d: Dialect) -> (String, Vec<Value>) {
    {
        let mut wh: Vec<String> = vec!["a.duplicate_of IS NULL OR ?1 = 1".into()];
        let mut args: Vec<Value> = vec![Value::Integer(i64::from(!f.merged))];
        let mut add = |cond: &str, vals: Vec<Value>| {
            let mut c = cond.to_string();
            for v in vals {
                args.push(v);
                c = c.replacen('@', &format!("?{}", args.len()), 1);
            }
            wh.push(c);
        };
        if let Some(a) = &f.actor {
            add(
                "((e.source_code >= @ AND e.source_code < @) OR (e.target_code >= @ AND e.target_code < @))",
                vec![
                    Value::Text(a.clone()),
                    Value::Text(upper(a)),
                    Value::Text(a.clone()),
                    Value::Text(upper(a)),
                ],
            );
        }
        if let Some(s) = &f.source {
            add(
                "e.source_code >= @ AND e.source_code < @",
                vec![Value::Text(s.clone()), Value::Text(upper(s))],
            );
        }
        if let Some(t) = &f.target {
            add(
                "e.target_code >= @ AND e.target_code < @",
                vec![Value::Text(t.clone()), Value::Text(upper(t))],
            );
        }
        if let Some((x, y)) = &f.dyad {
            add(
                "((e.source_code >= @ AND e.source_code < @ AND e.target_code >= @ AND e.target_code < @) OR (e.source_code >= @ AND e.source_code < @ AND e.target_code >= @ AND e.target_code < @))",
                [x, y, y, x]
                    .iter()
                    .flat_map(|c| [Value::Text((*c).clone()), Value::Text(upper(c))])
                    .collect(),
            );
        }
        if let Some(c) = &f.code {
            add("e.code >= @ AND e.code < @", vec![Value::Text(c.clone()), Value::Text(upper(c))]);
        }
        if let Some(q) = f.quad_class {
            add("e.quad_class = @", vec![Value::Integer(i64::from(q))]);
        }
        if let Some(s) = &f.since {
            add("e.date >= @", vec![Value::Text(s.to_string())]);
        }
        if let Some(u) = &f.until {
            add("e.date <= @", vec![Value::Text(u.to_string())]);
        }
        if let Some(p) = &f.place {
            add(&format!("e.place {} @ ESCAPE '\\'", d.like()), vec![Value::Text(like(p))]);
        }
        if let Some(m) = &f.modality {
            add("e.modality = @", vec![Value::Text(m.clone())]);
        }
        if let Some(t) = &f.text {
            add(
                &format!(
                    "{} {} @ ESCAPE '\\'",
                    d.span("t.text", "e.span_start", "e.span_end"),
                    d.like()
                ),
                vec![Value::Text(like(t))],
            );
        }
        let where_sql = wh.iter().map(|w| format!("({w})")).collect::<Vec<_>>().join(" AND ");
        (where_sql, args)
    }
}

impl Store {
    /// How many quotes a filter selects, whatever its page.
    pub fn count_quotes(&self, f: &QuoteFilter) -> Result<u64> {
        let (wh, args) = quote_where(f, self.dialect());
        let sql = format!(
            "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {wh}"
        );
        self.count(&sql, &args).map(|n| n.max(0) as u64)
    }

    /// The quotes a filter selects, one page of them, in the order they were stored.
    pub fn quotes(&self, f: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        let (wh, args) = quote_where(f, self.dialect());
        let sql = format!(
            "SELECT q.id, a.ext_id, a.date, q.kind, q.speaker, q.title, q.organization, q.actor, q.cue, q.text
               FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {wh} ORDER BY q.id LIMIT {} OFFSET {}",
            f.limit.map_or(-1, |l| l as i64),
            f.offset
        );
        self.select_map(&sql, &args, |r| {
            Ok(QuoteRow {
                id: r.get(0)?,
                article: r.get(1)?,
                date: r.get(2)?,
                kind: r.get(3)?,
                speaker: r.get(4)?,
                title: r.get(5)?,
                organization: r.get(6)?,
                actor: r.get(7)?,
                cue: r.get(8)?,
                text: r.get(9)?,
            })
        })
    }
}

/// The WHERE clause of a quote filter and its arguments.
fn quote_where(f: &QuoteFilter, d: Dialect) -> (String, Vec<Value>) {
    {
        let mut wh = vec!["1 = 1".to_string()];
        let mut args: Vec<Value> = Vec::new();
        let mut add = |cond: &str, v: Value| {
            args.push(v);
            wh.push(cond.replacen('@', &format!("?{}", args.len()), 1));
        };
        if let Some(s) = &f.speaker {
            add(&format!("q.speaker {} @ ESCAPE '\\'", d.like()), Value::Text(like(s)));
        }
        if let Some(k) = &f.kind {
            add("q.kind = @", Value::Text(k.clone()));
        }
        if let Some(t) = &f.text {
            add(&format!("q.text {} @ ESCAPE '\\'", d.like()), Value::Text(like(t)));
        }
        if let Some(s) = &f.since {
            add("a.date >= @", Value::Text(s.to_string()));
        }
        if let Some(u) = &f.until {
            add("a.date <= @", Value::Text(u.to_string()));
        }
        (wh.join(" AND "), args)
    }
}

impl Store {
    /// Actors by the number of merged events they take part in (from the running totals).
    /// One page of them (`limit` rows at most, `None`: all; after `offset` rows).
    pub fn actors(
        &self,
        code_prefix: Option<&str>,
        limit: Option<usize>,
        offset: usize,
    ) -> Result<Vec<ActorRow>> {
        let p = code_prefix.unwrap_or("").to_string();
        let sql = format!(
            "SELECT actor, as_source, as_target, first_date, last_date FROM actor_counts WHERE actor >= ?1 AND actor < ?2
              ORDER BY as_source + as_target DESC, actor LIMIT {} OFFSET {offset}",
            limit.map_or(-1, |l| l as i64)
        );
        self.select_map(&sql, &[Value::Text(p.clone()), Value::Text(upper(&p))], |r| {
            Ok(ActorRow {
                code: r.get(0)?,
                as_source: r.get(1)?,
                as_target: r.get(2)?,
                first_date: r.get(3)?,
                last_date: r.get(4)?,
            })
        })
    }

    /// How many actors have a code starting with `code_prefix`.
    pub fn count_actors(&self, code_prefix: Option<&str>) -> Result<u64> {
        let p = code_prefix.unwrap_or("").to_string();
        self.count(
            "SELECT count(*) FROM actor_counts WHERE actor >= ?1 AND actor < ?2",
            &[Value::Text(p.clone()), Value::Text(upper(&p))],
        )
        .map(|n| n.max(0) as u64)
    }

    /// Merged events in which an actor (code prefix) takes part, and optionally a second one.
    pub fn involving(
        &self,
        a: &str,
        b: Option<&str>,
        since: Option<Date>,
        until: Option<Date>,
    ) -> Result<Vec<EventRow>> {
        let (since, until) = (since.map(|d| d.to_string()), until.map(|d| d.to_string()));
        // Dates first (?1, ?2), then the codes: every parameter is used, so that PostgreSQL
        // can tell each one's type.
        let cond = match b {
            None => {
                "((c.source_code >= ?3 AND c.source_code < ?4) OR (c.target_code >= ?3 AND c.target_code < ?4))"
            }
            Some(_) => {
                "((c.source_code >= ?3 AND c.source_code < ?4 AND c.target_code >= ?5 AND c.target_code < ?6) OR (c.source_code >= ?5 AND c.source_code < ?6 AND c.target_code >= ?3 AND c.target_code < ?4))"
            }
        };
        let columns = event_columns(self.dialect());
        let sql = format!(
            "SELECT {columns}, c.mentions, c.articles, c.sources
               FROM clusters c JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id JOIN texts t ON t.article_id = a.id
              WHERE {cond} AND (CAST(?1 AS TEXT) IS NULL OR e.date >= ?1) AND (CAST(?2 AS TEXT) IS NULL OR e.date <= ?2)
              ORDER BY e.date NULLS FIRST, c.id"
        );
        let text = |s: Option<String>| s.map_or(Value::Null, Value::Text);
        let mut args = vec![text(since), text(until), Value::Text(a.into()), Value::Text(upper(a))];
        if let Some(b) = b {
            args.extend([Value::Text(b.into()), Value::Text(upper(b))]);
        }
        self.select_map(&sql, &args, event_row)
    }

    /// Merged events per actor at country level (`RUSGOV` counts for `RUS`).
    pub fn actor_volumes(&self) -> Result<std::collections::BTreeMap<String, i64>> {
        let rows = self.select_map(
            "SELECT CASE WHEN substr(actor, 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') THEN substr(actor, 1, 6) ELSE substr(actor, 1, 3) END AS k,
                    CAST(sum(as_source + as_target) AS BIGINT) FROM actor_counts GROUP BY k",
            &[],
            |r| Ok((r.get::<String>(0)?, r.get::<i64>(1)?)),
        )?;
        Ok(rows.into_iter().collect())
    }

    /// The actor network at country level: the `limit` most active actors and the edges among them.
    pub fn network(&self, limit: usize) -> Result<Network> {
        let mut nodes: Vec<(String, i64)> = self.actor_volumes()?.into_iter().collect();
        nodes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        nodes.truncate(limit);
        let keep: std::collections::HashSet<String> = nodes.iter().map(|n| n.0.clone()).collect();
        let edges = self.select_map("SELECT source, target, events, mentions, cooperation, conflict FROM edges ORDER BY source, target", &[], |r| {
            Ok(EdgeRow { source: r.get(0)?, target: r.get(1)?, events: r.get(2)?, mentions: r.get(3)?, cooperation: r.get(4)?, conflict: r.get(5)? })
        })?;
        Ok((
            nodes,
            edges
                .into_iter()
                .filter(|e| keep.contains(&e.source) && keep.contains(&e.target))
                .collect(),
        ))
    }

    /// The actor network of the merged events dated within `since..=until` (by their first
    /// mention's date), counted as [`Store::network`] counts its running totals: the `limit`
    /// actors (country level) in most merged events of the period, and the edges among them with
    /// at least `min_events` merged events. Reads every merged event of the period.
    pub fn network_between(
        &self,
        since: Option<Date>,
        until: Option<Date>,
        limit: usize,
        min_events: i64,
    ) -> Result<Network> {
        use std::collections::{BTreeMap, HashSet};
        let text = |d: Option<Date>| d.map_or(Value::Null, |d| Value::Text(d.to_string()));
        let rows = self.select_map(
            "SELECT c.source_code, c.target_code, c.mentions, e.quad_class
               FROM clusters c JOIN events e ON e.id = c.first_event
              WHERE c.mentions > 0 AND (CAST(?1 AS TEXT) IS NULL OR e.date >= ?1) AND (CAST(?2 AS TEXT) IS NULL OR e.date <= ?2)",
            &[text(since), text(until)],
            |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?, r.get::<i64>(2)?, r.get::<i64>(3)?)),
        )?;
        let mut volumes: BTreeMap<String, i64> = BTreeMap::new();
        let mut edges: BTreeMap<(String, String), EdgeRow> = BTreeMap::new();
        for (source, target, mentions, quad) in rows {
            let a = comity_core::actor_key(&source);
            *volumes.entry(a.clone()).or_default() += 1;
            if target.is_empty() {
                continue;
            }
            let b = comity_core::actor_key(&target);
            *volumes.entry(b.clone()).or_default() += 1;
            if a == b || comity_core::unknown_actor(&a) || comity_core::unknown_actor(&b) {
                continue;
            }
            let e = edges.entry((a.clone(), b.clone())).or_insert_with(|| EdgeRow {
                source: a,
                target: b,
                events: 0,
                mentions: 0,
                cooperation: 0,
                conflict: 0,
            });
            e.events += 1;
            e.mentions += mentions;
            if quad <= 2 {
                e.cooperation += 1;
            } else {
                e.conflict += 1;
            }
        }
        let mut nodes: Vec<(String, i64)> = volumes.into_iter().collect();
        nodes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        nodes.truncate(limit);
        let keep: HashSet<&str> = nodes.iter().map(|n| n.0.as_str()).collect();
        let edges = edges
            .into_values()
            .filter(|e| e.events >= min_events)
            .filter(|e| keep.contains(e.source.as_str()) && keep.contains(e.target.as_str()))
            .collect();
        Ok((nodes, edges))
    }

    /// The number of articles, near-duplicates, event mentions, merged events, quotes and
    /// errors, from the running totals ingest keeps (one small table: no table is counted).
    pub fn stats(&self) -> Result<Stats> {
        let rows: Vec<(String, i64)> =
            self.select_map("SELECT name, n FROM store_totals", &[], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let n = |name: &str| rows.iter().find(|r| r.0 == name).map_or(0, |r| r.1);
        Ok(Stats {
            articles: n("articles"),
            near_duplicates: n("near_duplicates"),
            event_mentions: n("event_mentions"),
            events: n("events"),
            quotes: n("quotes"),
            errors: n("errors"),
        })
    }

    /// Runs a read-only SQL query and returns its rows as JSON values (for exports).
    /// The SQL is written for SQLite with `?N` placeholders; on PostgreSQL it is rendered for
    /// it (placeholders `$N`), and integers, booleans, reals and text come back as SQLite's.
    pub fn rows(&self, sql: &str, args: &[Value]) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
        self.select(sql, args)
    }
}

/// Goods moving between two states, as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FlowRow {
    pub from: String,
    pub to: String,
    pub goods: Vec<String>,
    pub mutual: bool,
    pub article: String,
    pub date: Option<String>,
    pub text: String,
}

impl Store {
    /// Flows between `a` and `b` (country codes), either way, from non-duplicate articles.
    pub fn flows(&self, a: &str, b: &str) -> Result<Vec<FlowRow>> {
        let sql = format!(
            "SELECT f.from_code, f.to_code, f.goods, f.mutual, a.ext_id, a.date, {}
               FROM flows f JOIN articles a ON a.id = f.article_id JOIN texts t ON t.article_id = a.id
              WHERE a.duplicate_of IS NULL AND ((f.from_code = ?1 AND f.to_code = ?2) OR (f.from_code = ?2 AND f.to_code = ?1))
              ORDER BY a.date NULLS FIRST, f.id",
            self.dialect().span("t.text", "f.span_start", "f.span_end")
        );
        self.select_map(&sql, &[Value::Text(a.into()), Value::Text(b.into())], |r| {
            let goods: String = r.get(2)?;
            Ok(FlowRow {
                from: r.get(0)?,
                to: r.get(1)?,
                goods: serde_json::from_str(&goods).unwrap_or_default(),
                mutual: r.get(3)?,
                article: r.get(4)?,
                date: r.get(5)?,
                text: r.get::<Option<String>>(6)?.unwrap_or_default(),
            })
        })
    }
}

/// One mention of a merged event, with offsets into its sentence for highlighting.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MentionRow {
    pub id: i64,
    pub article: String,
    pub article_id: i64,
    pub date: Option<String>,
    pub source: String,
    pub source_text: String,
    pub target: Option<String>,
    pub target_text: Option<String>,
    pub code: String,
    pub modality: String,
    pub attributed_to: Option<String>,
    pub sentence: String,
    /// Byte ranges inside `sentence`.
    pub trigger_at: [i64; 2],
    pub source_at: [i64; 2],
    pub target_at: Option<[i64; 2]>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlaceSummary {
    pub name: String,
    pub country: String,
    pub kind: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub mentions: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleRow {
    pub id: i64,
    pub ext_id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: String,
    pub url: Option<String>,
    pub events: i64,
    pub duplicate_of: Option<i64>,
}

impl Store {
    /// The mentions of merged event `cluster`.
    pub fn mentions_of(&self, cluster: i64) -> Result<Vec<MentionRow>> {
        let sql = format!(
            "SELECT e.id, a.ext_id, a.id, e.date, e.source_code, e.source_text, e.target_code, e.target_text, e.code, e.modality, e.attributed_to,
                    {},
                    e.trigger_start - e.span_start, e.trigger_end - e.span_start, e.source_start - e.span_start, e.source_end - e.span_start,
                    e.target_start - e.span_start, e.target_end - e.span_start
               FROM events e JOIN articles a ON a.id = e.article_id JOIN texts t ON t.article_id = a.id
              WHERE e.cluster_id = ?1 ORDER BY e.date NULLS FIRST, e.id",
            self.dialect().span("t.text", "e.span_start", "e.span_end")
        );
        self.select_map(&sql, &[Value::Integer(cluster)], |r| {
            let ts: Option<i64> = r.get(16)?;
            let te: Option<i64> = r.get(17)?;
            Ok(MentionRow {
                id: r.get(0)?,
                article: r.get(1)?,
                article_id: r.get(2)?,
                date: r.get(3)?,
                source: r.get(4)?,
                source_text: r.get(5)?,
                target: r.get(6)?,
                target_text: r.get(7)?,
                code: r.get(8)?,
                modality: r.get(9)?,
                attributed_to: r.get(10)?,
                sentence: r.get::<Option<String>>(11)?.unwrap_or_default(),
                trigger_at: [r.get(12)?, r.get(13)?],
                source_at: [r.get(14)?, r.get(15)?],
                target_at: ts.zip(te).map(|(a, b)| [a, b]),
            })
        })
    }

    /// Merged event `cluster` as listings show it (its first mention, with the counts).
    pub fn event(&self, cluster: i64) -> Result<Option<EventRow>> {
        let columns = event_columns(self.dialect());
        let sql = format!(
            "SELECT {columns}, c.mentions, c.articles, c.sources
               FROM clusters c JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id JOIN texts t ON t.article_id = a.id
              WHERE c.id = ?1 AND c.mentions > 0"
        );
        self.select_one(&sql, &[Value::Integer(cluster)], event_row)
    }

    /// How many distinct places (name, country, kind) non-duplicate articles name.
    pub fn count_places(&self) -> Result<u64> {
        self.count(
            "SELECT count(*) FROM (SELECT 1 FROM places p JOIN articles a ON a.id = p.article_id
              WHERE a.duplicate_of IS NULL GROUP BY p.name, p.country, p.kind) AS n",
            &[],
        )
        .map(|n| n.max(0) as u64)
    }

    /// Places by how often the stored articles name them, one page of them.
    pub fn places_page(&self, limit: Option<usize>, offset: usize) -> Result<Vec<PlaceSummary>> {
        let sql = format!(
            "SELECT p.name, p.country, p.kind, {lat}, {lon}, count(*) AS n FROM places p JOIN articles a ON a.id = p.article_id
              WHERE a.duplicate_of IS NULL GROUP BY p.name, p.country, p.kind ORDER BY n DESC, p.name LIMIT {} OFFSET {offset}",
            limit.map_or(-1, |l| l as i64),
            // SQLite reads a column outside the grouping from one row of the group; PostgreSQL
            // wants an aggregate (a place's coordinates are the same in every row).
            lat = if self.dialect() == Dialect::Sqlite { "p.lat" } else { "min(p.lat)" },
            lon = if self.dialect() == Dialect::Sqlite { "p.lon" } else { "min(p.lon)" },
        );
        self.select_map(&sql, &[], |r| {
            Ok(PlaceSummary {
                name: r.get(0)?,
                country: r.get(1)?,
                kind: r.get(2)?,
                lat: r.get(3)?,
                lon: r.get(4)?,
                mentions: r.get(5)?,
            })
        })
    }

    /// How many articles the store holds (near-duplicates included, as `articles` lists them).
    pub fn count_articles(&self) -> Result<u64> {
        self.stats().map(|s| s.articles.max(0) as u64)
    }

    /// Articles, newest first, one page of them.
    pub fn articles(&self, limit: usize, offset: usize) -> Result<Vec<ArticleRow>> {
        self.select_map(
            "SELECT id, ext_id, title, date, source, url, events, duplicate_of FROM articles ORDER BY id DESC LIMIT ?1 OFFSET ?2",
            &[Value::Integer(limit as i64), Value::Integer(offset as i64)],
            article_row,
        )
    }

    /// An article by row id: its metadata and text.
    pub fn article(&self, id: i64) -> Result<Option<(ArticleRow, String)>> {
        self.select_one(
            "SELECT a.id, a.ext_id, a.title, a.date, a.source, a.url, a.events, a.duplicate_of, t.text FROM articles a JOIN texts t ON t.article_id = a.id WHERE a.id = ?1",
            &[Value::Integer(id)],
            |r| Ok((article_row(r)?, r.get::<String>(8)?)),
        )
    }
}

impl Store {
    /// The amounts and people coded in an article (JSON arrays as stored).
    pub fn annotations(&self, id: i64) -> Result<(serde_json::Value, serde_json::Value)> {
        let row: Option<(String, String)> = self.select_one(
            "SELECT amounts, people FROM annotations WHERE article_id = ?1",
            &[Value::Integer(id)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let parse =
            |s: &str| serde_json::from_str(s).unwrap_or(serde_json::Value::Array(Vec::new()));
        Ok(row.map_or((serde_json::json!([]), serde_json::json!([])), |(a, p)| {
            (parse(&a), parse(&p))
        }))
    }
}

fn article_row(r: &Cells<'_>) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: r.get(0)?,
        ext_id: r.get(1)?,
        title: r.get(2)?,
        date: r.get(3)?,
        source: r.get(4)?,
        url: r.get(5)?,
        events: r.get(6)?,
        duplicate_of: r.get(7)?,
    })
}
