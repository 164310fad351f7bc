//! `comity events`, `quotes`, `actors`, `status`: rows as a table, JSON, JSON Lines or CSV (see
//! `output`), with a note on standard error when more rows match than were printed.

use crate::output::{self, Page, RowFormat, cell, clip};
use anyhow::{Result, bail};
use comity_store::{EventFilter, EventRow, QuoteFilter, Store};
use std::io::Write;

#[derive(clap::Args, Clone, Default)]
pub struct EventArgs {
    /// Events where this actor (code prefix: RUS, RUSGOV; any case) is source or target.
    #[arg(long)]
    pub actor: Option<String>,
    /// Events with this source (code prefix).
    #[arg(long)]
    pub source: Option<String>,
    /// Events with this target (code prefix).
    #[arg(long)]
    pub target: Option<String>,
    /// Two actors, either direction: --dyad RUS,PRK
    #[arg(long, value_name = "A,B")]
    pub dyad: Option<String>,
    /// CAMEO code or root prefix: 072, 07, 19.
    #[arg(long)]
    pub code: Option<String>,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long)]
    pub quad: Option<String>,
    /// Events on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Events on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Words of the event's place.
    #[arg(long)]
    pub place: Option<String>,
    /// asserted, planned, possible, denied, reported, negated, hypothetical
    #[arg(long)]
    pub modality: Option<String>,
    /// Words in the event's sentence.
    #[arg(long)]
    pub text: Option<String>,
    /// Every mention, not merged events.
    #[arg(long)]
    pub mentions: bool,
    /// Rows at most (0: all). Default: 100 for listings, all for exports.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Rows skipped first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

impl EventArgs {
    /// The filter these flags give, read by the one parser the API uses too, with every actor
    /// code checked against the store. `default_limit` applies when `--limit` is not given.
    pub fn to_filter(&self, store: &Store, default_limit: Option<usize>) -> Result<EventFilter> {
        let mentions = if self.mentions { "true" } else { "false" };
        let offset = self.offset.to_string();
        let params = [
            ("actor", &self.actor),
            ("source", &self.source),
            ("target", &self.target),
            ("dyad", &self.dyad),
            ("code", &self.code),
            ("quad", &self.quad),
            ("since", &self.since),
            ("until", &self.until),
            ("place", &self.place),
            ("modality", &self.modality),
            ("text", &self.text),
        ];
        let mut f = EventFilter::parse(
            params
                .iter()
                .filter_map(|(k, v)| v.as_deref().map(|v| (*k, v)))
                .chain([("mentions", mentions), ("offset", offset.as_str())]),
        )?;
        f.limit = match self.limit {
            Some(n) => output::limit(n),
            None => default_limit,
        };
        store.check_filter(&f)?;
        Ok(f)
    }
}

#[derive(clap::Args, Clone, Default)]
pub struct QuoteArgs {
    /// Words of the speaker's name.
    #[arg(long)]
    pub speaker: Option<String>,
    /// direct or reported
    #[arg(long)]
    pub kind: Option<String>,
    /// Words of the quote.
    #[arg(long)]
    pub text: Option<String>,
    /// Quotes of articles dated on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Quotes of articles dated on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Rows at most (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Rows skipped first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

/// The columns of an event row in CSV (listings and `export --format csv`).
pub const EVENT_CSV: [&str; 17] = [
    "event",
    "date",
    "source",
    "source_text",
    "target",
    "target_text",
    "code",
    "quad_class",
    "goldstein",
    "modality",
    "attributed_to",
    "place",
    "mentions",
    "articles",
    "sources",
    "article",
    "sentence",
];

/// An event row's CSV cells, in the order of [`EVENT_CSV`].
pub fn event_cells(e: &EventRow) -> Vec<String> {
    vec![
        e.cluster.unwrap_or(e.id).to_string(),
        cell(&e.date),
        e.source.clone(),
        e.source_text.clone(),
        cell(&e.target),
        cell(&e.target_text),
        e.code.clone(),
        e.quad_class.to_string(),
        format!("{:.1}", e.goldstein),
        e.modality.clone(),
        cell(&e.attributed_to),
        cell(&e.place),
        e.mentions.to_string(),
        e.articles.to_string(),
        e.sources.to_string(),
        e.article.clone(),
        e.sentence.clone(),
    ]
}

/// The total that match, counted only when the page is full (else it is known).
fn total(
    shown: usize,
    f_limit: Option<usize>,
    offset: usize,
    count: impl FnOnce() -> Result<u64>,
) -> Result<u64> {
    if f_limit.is_some_and(|l| shown >= l) { count() } else { Ok((offset + shown) as u64) }
}

pub fn events(store: &Store, args: &EventArgs, format: RowFormat) -> Result<i32> {
    let f = args.to_filter(store, Some(100))?;
    let rows = store.events(&f)?;
    let page = Page {
        total: total(rows.len(), f.limit, f.offset, || Ok(store.count_events(&f)?))?,
        offset: f.offset,
        shown: rows.len(),
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    let what = if f.merged { "events" } else { "event mentions" };
    match format {
        RowFormat::Json => {
            return output::json_page(&mut out, "events", &rows, page, f.limit).map(|_| 0);
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &rows)?,
        RowFormat::Csv => output::csv(&mut out, &EVENT_CSV, rows.iter().map(event_cells))?,
        RowFormat::Table => {
            writeln!(
                out,
                "{:>7} {:<10} {:<10} {:<5} {:<10} {:>4} {:>4} {:>4}  {:<10} sentence",
                "event", "date", "source", "code", "target", "ment", "art", "src", "modality"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{:>7} {:<10} {:<10} {:<5} {:<10} {:>4} {:>4} {:>4}  {:<10} {}",
                    r.cluster.unwrap_or(r.id),
                    r.date.as_deref().unwrap_or("-"),
                    r.source,
                    r.code,
                    r.target.as_deref().unwrap_or("-"),
                    r.mentions,
                    r.articles,
                    r.sources,
                    r.modality,
                    clip(&r.sentence, 90)
                )?;
            }
            writeln!(out, "({} rows)", rows.len())?;
        }
    }
    out.flush()?;
    page.note(what, true);
    Ok(0)
}

pub fn quotes(store: &Store, a: &QuoteArgs, format: RowFormat) -> Result<i32> {
    let offset = a.offset.to_string();
    let params = [
        ("speaker", &a.speaker),
        ("kind", &a.kind),
        ("text", &a.text),
        ("since", &a.since),
        ("until", &a.until),
    ];
    let mut f = QuoteFilter::parse(
        params
            .iter()
            .filter_map(|(k, v)| v.as_deref().map(|v| (*k, v)))
            .chain([("offset", offset.as_str())]),
    )?;
    f.limit = output::limit(a.limit);
    let rows = store.quotes(&f)?;
    let page = Page {
        total: total(rows.len(), f.limit, f.offset, || Ok(store.count_quotes(&f)?))?,
        offset: f.offset,
        shown: rows.len(),
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    match format {
        RowFormat::Json => {
            return output::json_page(&mut out, "quotes", &rows, page, f.limit).map(|_| 0);
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &rows)?,
        RowFormat::Csv => output::csv(
            &mut out,
            &[
                "id",
                "article",
                "date",
                "kind",
                "speaker",
                "title",
                "organization",
                "actor",
                "cue",
                "text",
            ],
            rows.iter().map(|r| {
                vec![
                    r.id.to_string(),
                    r.article.clone(),
                    cell(&r.date),
                    r.kind.clone(),
                    cell(&r.speaker),
                    cell(&r.title),
                    cell(&r.organization),
                    cell(&r.actor),
                    cell(&r.cue),
                    r.text.clone(),
                ]
            }),
        )?,
        RowFormat::Table => {
            for r in &rows {
                let who = r.speaker.as_deref().unwrap_or("?");
                let role = match (&r.title, &r.organization) {
                    (Some(t), Some(o)) => format!(" ({t}, {o})"),
                    (Some(t), None) => format!(" ({t})"),
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "{} {who}{role} {}: \u{201c}{}\u{201d}",
                    r.date.as_deref().unwrap_or("-"),
                    r.cue.as_deref().unwrap_or("said"),
                    clip(&r.text, 100)
                )?;
            }
            writeln!(out, "({} rows)", rows.len())?;
        }
    }
    out.flush()?;
    page.note("quotes", true);
    Ok(0)
}

/// `comity actors` flags.
#[derive(clap::Args, Clone)]
pub struct ActorArgs {
    /// Only codes starting with this (RUS, IGO; any case).
    #[arg(long)]
    pub code: Option<String>,
    /// Rows at most (0: all).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Rows skipped first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

pub fn actors(store: &Store, a: &ActorArgs, format: RowFormat) -> Result<i32> {
    let code = a.code.as_deref().map(|c| comity_store::parse_actor("code", c)).transpose()?;
    if let Some(c) = &code {
        store.check_actor("code", c)?;
    }
    let limit = output::limit(a.limit);
    let rows = store.actors(code.as_deref(), limit, a.offset)?;
    let page = Page {
        total: total(rows.len(), limit, a.offset, || Ok(store.count_actors(code.as_deref())?))?,
        offset: a.offset,
        shown: rows.len(),
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    match format {
        RowFormat::Json => {
            return output::json_page(&mut out, "actors", &rows, page, limit).map(|_| 0);
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &rows)?,
        RowFormat::Csv => output::csv(
            &mut out,
            &["actor", "as_source", "as_target", "first_date", "last_date"],
            rows.iter().map(|r| {
                vec![
                    r.code.clone(),
                    r.as_source.to_string(),
                    r.as_target.to_string(),
                    cell(&r.first_date),
                    cell(&r.last_date),
                ]
            }),
        )?,
        RowFormat::Table => {
            writeln!(
                out,
                "{:<12} {:>8} {:>8}  {:<10} {:<10}",
                "actor", "source", "target", "first", "last"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{:<12} {:>8} {:>8}  {:<10} {:<10}",
                    r.code,
                    r.as_source,
                    r.as_target,
                    r.first_date.as_deref().unwrap_or("-"),
                    r.last_date.as_deref().unwrap_or("-")
                )?;
            }
        }
    }
    out.flush()?;
    page.note("actors", true);
    Ok(0)
}

/// `comity event ID`: one merged event and every mention of it, each with its sentence.
pub fn event(store: &Store, id: i64, format: RowFormat) -> Result<i32> {
    let Some(e) = store.event(id)? else {
        bail!("no event {id} in the store (the first column of `comity events` is the event id)")
    };
    let mentions = store.mentions_of(id)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    match format {
        RowFormat::Json => {
            let doc = serde_json::json!({"event": e, "mentions": mentions});
            writeln!(out, "{doc}")?;
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &mentions)?,
        RowFormat::Csv => output::csv(
            &mut out,
            &[
                "mention",
                "article",
                "date",
                "source",
                "source_text",
                "target",
                "target_text",
                "code",
                "modality",
                "attributed_to",
                "sentence",
            ],
            mentions.iter().map(|m| {
                vec![
                    m.id.to_string(),
                    m.article.clone(),
                    cell(&m.date),
                    m.source.clone(),
                    m.source_text.clone(),
                    cell(&m.target),
                    cell(&m.target_text),
                    m.code.clone(),
                    m.modality.clone(),
                    cell(&m.attributed_to),
                    m.sentence.clone(),
                ]
            }),
        )?,
        RowFormat::Table => {
            writeln!(
                out,
                "event {id}: {} {} {} (quad class {}, Goldstein {:.1}), {} mention(s) in {} article(s) from {} source(s), first {}",
                e.source,
                e.code,
                e.target.as_deref().unwrap_or("-"),
                e.quad_class,
                e.goldstein,
                e.mentions,
                e.articles,
                e.sources,
                e.date.as_deref().unwrap_or("undated")
            )?;
            for m in &mentions {
                writeln!(
                    out,
                    "\n{} {} ({}): {} [{}] {} [{}] {}{}",
                    m.date.as_deref().unwrap_or("-"),
                    m.article,
                    m.modality,
                    m.source,
                    m.source_text,
                    m.code,
                    m.target_text.as_deref().unwrap_or("-"),
                    m.target.as_deref().unwrap_or("-"),
                    m.attributed_to
                        .as_deref()
                        .map(|a| format!(", according to {a}"))
                        .unwrap_or_default()
                )?;
                writeln!(out, "  {}", m.sentence.split_whitespace().collect::<Vec<_>>().join(" "))?;
            }
        }
    }
    Ok(0)
}

/// `comity places` flags.
#[derive(clap::Args, Clone)]
pub struct PlaceArgs {
    /// Rows at most (0: all).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Rows skipped first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

/// `comity places`: places by how many mentions the stored articles make of them.
pub fn places(store: &Store, a: &PlaceArgs, format: RowFormat) -> Result<i32> {
    let limit = output::limit(a.limit);
    let rows = store.places_page(limit, a.offset)?;
    let page = Page {
        total: total(rows.len(), limit, a.offset, || Ok(store.count_places()?))?,
        offset: a.offset,
        shown: rows.len(),
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    match format {
        RowFormat::Json => {
            return output::json_page(&mut out, "places", &rows, page, limit).map(|_| 0);
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &rows)?,
        RowFormat::Csv => output::csv(
            &mut out,
            &["name", "country", "kind", "lat", "lon", "mentions"],
            rows.iter().map(|r| {
                vec![
                    r.name.clone(),
                    r.country.clone(),
                    r.kind.clone(),
                    cell(&r.lat),
                    cell(&r.lon),
                    r.mentions.to_string(),
                ]
            }),
        )?,
        RowFormat::Table => {
            writeln!(
                out,
                "{:<28} {:<7} {:<10} {:>9} {:>10} {:>8}",
                "place", "country", "kind", "lat", "lon", "mentions"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{:<28} {:<7} {:<10} {:>9} {:>10} {:>8}",
                    clip(&r.name, 28),
                    r.country,
                    r.kind,
                    r.lat.map_or("-".into(), |v| format!("{v:.3}")),
                    r.lon.map_or("-".into(), |v| format!("{v:.3}")),
                    r.mentions
                )?;
            }
        }
    }
    out.flush()?;
    page.note("places", true);
    Ok(0)
}

pub fn status(store: &Store, json: bool) -> Result<i32> {
    let s = store.stats()?;
    let problems = store.check()?;
    if json {
        println!(
            "{}",
            serde_json::json!({"path": store.path(), "schema": store.schema_version()?, "stats": s, "problems": problems})
        );
    } else {
        println!("store {} (schema {})", store.path(), store.schema_version()?);
        println!(
            "articles {:>10}\nnear-duplicates {:>3}\nevent mentions {:>4}\nevents (merged) {:>3}\nquotes {:>12}\ninput errors {:>6}",
            s.articles, s.near_duplicates, s.event_mentions, s.events, s.quotes, s.errors
        );
        println!(
            "consistency: {}",
            if problems.is_empty() { "ok".to_string() } else { problems.join("; ") }
        );
    }
    Ok(if problems.is_empty() { 0 } else { 1 })
}
