//! `comity events`, `quotes`, `actors`, `status`: readable tables for people, JSON for machines.

use anyhow::{Result, bail};
use comity_store::{EventFilter, QuoteFilter, Store};
use std::io::Write;

#[derive(clap::Args, Clone, Default)]
pub struct EventArgs {
    /// Events where this actor (code prefix: RUS, RUSGOV) is source or target.
    #[arg(long)]
    pub actor: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
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
    pub quad: Option<u8>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
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
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

impl EventArgs {
    pub fn to_filter(&self) -> Result<EventFilter> {
        let dyad = match &self.dyad {
            Some(d) => match d.split_once(',') {
                Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                    Some((a.trim().to_string(), b.trim().to_string()))
                }
                _ => bail!("--dyad takes two actor codes separated by a comma, such as RUS,PRK"),
            },
            None => None,
        };
        if let Some(q) = self.quad
            && !(1..=4).contains(&q)
        {
            bail!("--quad takes 1, 2, 3 or 4");
        }
        Ok(EventFilter {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            dyad,
            code: self.code.clone(),
            quad_class: self.quad,
            since: self.since.clone(),
            until: self.until.clone(),
            place: self.place.clone(),
            modality: self.modality.clone(),
            text: self.text.clone(),
            merged: !self.mentions,
            limit: Some(self.limit),
            offset: self.offset,
        })
    }
}

#[derive(clap::Args, Clone, Default)]
pub struct QuoteArgs {
    #[arg(long)]
    pub speaker: Option<String>,
    /// direct or reported
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub text: Option<String>,
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

fn clip(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        one.chars().take(n - 1).collect::<String>() + "\u{2026}"
    }
}

pub fn events(store: &Store, args: &EventArgs, json: bool) -> Result<i32> {
    let rows = store.events(&args.to_filter()?)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    if json {
        for r in &rows {
            serde_json::to_writer(&mut out, r)?;
            out.write_all(b"\n")?;
        }
        return Ok(0);
    }
    writeln!(
        out,
        "{:<10} {:<10} {:<5} {:<10} {:>4} {:>4} {:>4}  {:<10} sentence",
        "date", "source", "code", "target", "ment", "art", "src", "modality"
    )?;
    for r in &rows {
        writeln!(
            out,
            "{:<10} {:<10} {:<5} {:<10} {:>4} {:>4} {:>4}  {:<10} {}",
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
    Ok(0)
}

pub fn quotes(store: &Store, a: &QuoteArgs, json: bool) -> Result<i32> {
    let rows = store.quotes(&QuoteFilter {
        speaker: a.speaker.clone(),
        kind: a.kind.clone(),
        text: a.text.clone(),
        since: a.since.clone(),
        until: a.until.clone(),
        limit: Some(a.limit),
        offset: 0,
    })?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for r in &rows {
        if json {
            serde_json::to_writer(&mut out, r)?;
            out.write_all(b"\n")?;
        } else {
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
    }
    if !json {
        writeln!(out, "({} rows)", rows.len())?;
    }
    Ok(0)
}

pub fn actors(store: &Store, code: Option<&str>, limit: usize, json: bool) -> Result<i32> {
    let rows = store.actors(code, Some(limit))?;
    let out = std::io::stdout();
    let mut out = out.lock();
    if !json {
        writeln!(
            out,
            "{:<12} {:>8} {:>8}  {:<10} {:<10}",
            "actor", "source", "target", "first", "last"
        )?;
    }
    for r in &rows {
        if json {
            serde_json::to_writer(&mut out, r)?;
            out.write_all(b"\n")?;
        } else {
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
