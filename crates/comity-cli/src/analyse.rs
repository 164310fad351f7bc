//! `comity allies`, `rivals`, `dyad`, `flows`.

use anyhow::{Result, bail};
use comity_analyse::{Bucket, partners, timeline};
use comity_store::Store;
use std::collections::BTreeMap;

#[derive(clap::Args)]
pub struct RankArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Partners shown.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Events of evidence per partner.
    #[arg(long, default_value_t = 3)]
    pub evidence: usize,
    #[arg(long)]
    pub json: bool,
}

fn clip(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        one.chars().take(n - 1).collect::<String>() + "\u{2026}"
    }
}

pub fn rank(store: &Store, actor: &str, a: &RankArgs, allies: bool) -> Result<i32> {
    let events = store.involving(actor, None, a.since.as_deref(), a.until.as_deref())?;
    let mut ranked = partners(&events, actor, &store.actor_volumes()?, a.evidence);
    if !allies {
        ranked.reverse();
        ranked.retain(|p| p.score < 0.0);
    } else {
        ranked.retain(|p| p.score > 0.0);
    }
    ranked.truncate(a.limit);
    if a.json {
        println!(
            "{}",
            serde_json::json!({"actor": actor, "ranking": if allies { "allies" } else { "rivals" }, "partners": ranked})
        );
        return Ok(0);
    }
    if ranked.is_empty() {
        println!(
            "no {} of {actor} in the store",
            if allies { "cooperative partners" } else { "conflictual partners" }
        );
        return Ok(0);
    }
    println!(
        "{:>3}  {:<10} {:>8} {:>10} {:>6}  {:>4} {:>4} {:>4} {:>4}",
        "#", "partner", "score", "normalised", "events", "vcoo", "mcoo", "vcon", "mcon"
    );
    for (k, p) in ranked.iter().enumerate() {
        println!(
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
        );
        for e in &p.evidence {
            println!(
                "       {:+.2} {} {} {} {} ({}): {}",
                e.weight,
                e.date.as_deref().unwrap_or("-"),
                e.source,
                e.code,
                e.target.as_deref().unwrap_or("-"),
                e.modality,
                clip(&e.sentence, 90)
            );
        }
    }
    Ok(0)
}

pub fn dyad(
    store: &Store,
    a: &str,
    b: &str,
    by: &str,
    since: Option<String>,
    until: Option<String>,
    json: bool,
) -> Result<i32> {
    let bucket = match by {
        "month" => Bucket::Month,
        "week" => Bucket::Week,
        other => bail!("--by takes month or week, not '{other}'"),
    };
    let t =
        timeline(&store.involving(a, Some(b), since.as_deref(), until.as_deref())?, a, b, bucket);
    if json {
        println!("{}", serde_json::json!({"a": a, "b": b, "by": by, "periods": t}));
        return Ok(0);
    }
    println!(
        "{:<10} {:>6} {:>5} {:>5}  {:>4} {:>4} {:>4} {:>4} {:>9} {:>8}",
        "period", "events", "a>b", "b>a", "vcoo", "mcoo", "vcon", "mcon", "goldstein", "score"
    );
    for p in &t {
        println!(
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
        );
    }
    Ok(0)
}

pub fn flows(store: &Store, a: &str, b: &str, json: bool) -> Result<i32> {
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
    if json {
        let dirs: Vec<serde_json::Value> = by
            .iter()
            .map(|((f, t), g)| serde_json::json!({"from": f, "to": t, "goods": g}))
            .collect();
        println!("{}", serde_json::json!({"a": a, "b": b, "directions": dirs, "evidence": rows}));
        return Ok(0);
    }
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
