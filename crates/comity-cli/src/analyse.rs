//! `comity allies`, `rivals`, `dyad`, `flows`: the rankings and timelines of comity-analyse,
//! printed in the formats of `output`.

use crate::output::{self, Page, RowFormat, cell, clip};
use anyhow::{Result, bail};
use comity_analyse::{Bucket, Ranking, rank_stored, timeline_stored};
use comity_store::{Store, parse_actor, parse_range};
use std::collections::BTreeMap;
use std::io::Write;

#[derive(clap::Args)]
pub struct RankArgs {
    /// Events on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Events on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Partners shown (0: all).
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Events of evidence per partner.
    #[arg(long, default_value_t = 3)]
    pub evidence: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: RowFormat,
    /// The same as --format json (kept for old scripts).
    #[arg(long, hide = true)]
    pub json: bool,
}

/// An actor code given on the command line, in capitals, checked against the store.
pub fn actor(store: &Store, name: &str, code: &str) -> Result<String> {
    let code = parse_actor(name, code)?;
    store.check_actor(name, &code)?;
    Ok(code)
}

pub fn rank(store: &Store, actor_code: &str, a: &RankArgs, side: Ranking) -> Result<i32> {
    let actor_code = actor(store, "actor", actor_code)?;
    let (since, until) = parse_range(a.since.as_deref(), a.until.as_deref())?;
    let limit = output::limit(a.limit).unwrap_or(usize::MAX);
    let r = rank_stored(store, &actor_code, since, until, a.evidence, side, limit)?;
    let format = if a.json { RowFormat::Json } else { a.format };
    let page = Page { total: r.total as u64, offset: 0, shown: r.partners.len() };
    let out = std::io::stdout();
    let mut out = out.lock();
    match format {
        RowFormat::Json => {
            serde_json::to_writer(&mut out, &r)?;
            out.write_all(b"\n")?;
            return Ok(0);
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &r.partners)?,
        RowFormat::Csv => output::csv(
            &mut out,
            &[
                "rank",
                "partner",
                "score",
                "normalised",
                "events",
                "mentions",
                "vcoo",
                "mcoo",
                "vcon",
                "mcon",
                "goldstein",
            ],
            r.partners.iter().enumerate().map(|(k, p)| {
                vec![
                    (k + 1).to_string(),
                    p.partner.clone(),
                    p.score.to_string(),
                    p.normalised.to_string(),
                    p.events.to_string(),
                    p.mentions.to_string(),
                    p.quad[0].to_string(),
                    p.quad[1].to_string(),
                    p.quad[2].to_string(),
                    p.quad[3].to_string(),
                    p.goldstein.to_string(),
                ]
            }),
        )?,
        RowFormat::Table => {
            if r.partners.is_empty() {
                writeln!(
                    out,
                    "no {} of {actor_code} in the store",
                    match side {
                        Ranking::Allies => "cooperative partners",
                        Ranking::Rivals => "conflictual partners",
                    }
                )?;
                return Ok(0);
            }
            writeln!(
                out,
                "{:>3}  {:<10} {:>8} {:>10} {:>6}  {:>4} {:>4} {:>4} {:>4}",
                "#", "partner", "score", "normalised", "events", "vcoo", "mcoo", "vcon", "mcon"
            )?;
            for (k, p) in r.partners.iter().enumerate() {
                writeln!(
                    out,
                    "{:>3}  {:<10} {:>8.2} {:>10.3} {:>6}  {:>4} {:>4} {:>4} {:>4}",
                    k + 1,
                    p.partner,
                    p.score,
                    p.normalised,
                    p.events,
                    p.quad[0],
                    p.quad[1],
                    p.quad[2],
                    p.quad[3]
                )?;
                for e in &p.evidence {
                    writeln!(
                        out,
                        "       {:+.2} {} {} {} {} ({}): {}",
                        e.weight,
                        e.date.as_deref().unwrap_or("-"),
                        e.source,
                        e.code,
                        e.target.as_deref().unwrap_or("-"),
                        e.modality,
                        clip(&e.sentence, 90)
                    )?;
                }
            }
        }
    }
    out.flush()?;
    page.note(side.as_str(), false);
    Ok(0)
}

/// `comity dyad` flags.
#[derive(clap::Args)]
pub struct DyadArgs {
    /// month or week
    #[arg(long, default_value = "month")]
    pub by: String,
    /// Events on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Events on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: RowFormat,
}

pub fn dyad(store: &Store, a: &str, b: &str, args: &DyadArgs) -> Result<i32> {
    let (a, b) = (actor(store, "a", a)?, actor(store, "b", b)?);
    let Some(bucket) = Bucket::parse(&args.by) else {
        bail!("--by takes month or week, not '{}'", args.by)
    };
    let (since, until) = parse_range(args.since.as_deref(), args.until.as_deref())?;
    let t = timeline_stored(store, &a, &b, since, until, bucket)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    match args.format {
        RowFormat::Json => {
            let doc = serde_json::json!({"a": a, "b": b, "by": args.by, "periods": t});
            writeln!(out, "{doc}")?;
        }
        RowFormat::Jsonl => output::jsonl(&mut out, &t)?,
        RowFormat::Csv => output::csv(
            &mut out,
            &[
                "period",
                "events",
                "a_to_b",
                "b_to_a",
                "vcoo",
                "mcoo",
                "vcon",
                "mcon",
                "goldstein",
                "score",
            ],
            t.iter().map(|p| {
                vec![
                    p.period.clone(),
                    p.events.to_string(),
                    p.a_to_b.to_string(),
                    p.b_to_a.to_string(),
                    p.quad[0].to_string(),
                    p.quad[1].to_string(),
                    p.quad[2].to_string(),
                    p.quad[3].to_string(),
                    p.goldstein.to_string(),
                    p.score.to_string(),
                ]
            }),
        )?,
        RowFormat::Table => {
            writeln!(
                out,
                "{:<10} {:>6} {:>5} {:>5}  {:>4} {:>4} {:>4} {:>4} {:>9} {:>8}",
                "period",
                "events",
                "a>b",
                "b>a",
                "vcoo",
                "mcoo",
                "vcon",
                "mcon",
                "goldstein",
                "score"
            )?;
            for p in &t {
                writeln!(
                    out,
                    "{:<10} {:>6} {:>5} {:>5}  {:>4} {:>4} {:>4} {:>4} {:>9.1} {:>8.2}",
                    p.period,
                    p.events,
                    p.a_to_b,
                    p.b_to_a,
                    p.quad[0],
                    p.quad[1],
                    p.quad[2],
                    p.quad[3],
                    p.goldstein,
                    p.score
                )?;
            }
        }
    }
    Ok(0)
}

pub fn flows(store: &Store, a: &str, b: &str, format: RowFormat) -> Result<i32> {
    let (a, b) = (&actor(store, "a", a)?, &actor(store, "b", b)?);
    let rows = store.flows(a, b)?;
    // Goods by direction, with how many reports mention each.
    let mut by: BTreeMap<(String, String), BTreeMap<String, usize>> = BTreeMap::new();
    for r in &rows {
        let dirs: Vec<(String, String)> = if r.mutual {
            vec![(r.from.clone(), r.to.clone()), (r.to.clone(), r.from.clone())]
        } else {
            vec![(r.from.clone(), r.to.clone())]
        };
        for d in dirs {
            let m = by.entry(d).or_default();
            for g in &r.goods {
                *m.entry(g.clone()).or_default() += 1;
            }
        }
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    match format {
        RowFormat::Json => {
            let dirs: Vec<serde_json::Value> = by
                .iter()
                .map(|((f, t), g)| serde_json::json!({"from": f, "to": t, "goods": g}))
                .collect();
            let doc = serde_json::json!({"a": a, "b": b, "directions": dirs, "evidence": rows});
            writeln!(out, "{doc}")?;
            return Ok(0);
        }
        RowFormat::Jsonl => {
            output::jsonl(&mut out, &rows)?;
            return Ok(0);
        }
        RowFormat::Csv => {
            output::csv(
                &mut out,
                &["from", "to", "goods", "mutual", "article", "date", "text"],
                rows.iter().map(|r| {
                    vec![
                        r.from.clone(),
                        r.to.clone(),
                        r.goods.join("; "),
                        r.mutual.to_string(),
                        r.article.clone(),
                        cell(&r.date),
                        r.text.clone(),
                    ]
                }),
            )?;
            return Ok(0);
        }
        RowFormat::Table => {}
    }
    drop(out);
    if by.is_empty() {
        println!("no flows between {a} and {b} in the store");
    }
    for ((f, t), goods) in &by {
        let list: Vec<String> = goods.iter().map(|(g, n)| format!("{g} ({n})")).collect();
        println!("{f} -> {t}: {}", list.join(", "));
    }
    for r in &rows {
        println!("  {} {}: {}", r.date.as_deref().unwrap_or("-"), r.article, clip(&r.text, 100));
    }
    Ok(0)
}
