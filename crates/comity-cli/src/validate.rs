//! `comity validate`: the PETRARCH validation suite, coded from the sentence text.

use anyhow::{Context, Result, bail};
use comity_code::validate::{Triple, options_of, read_records, run as run_suite};
use comity_dict::PetrarchSet;
use std::path::Path;

fn triples(v: &[Triple]) -> String {
    if v.is_empty() {
        return "(none)".into();
    }
    v.iter().map(|t| format!("{}>{}:{}", t.source, t.target, t.code)).collect::<Vec<_>>().join(" ")
}

pub fn run(
    records: &Path,
    dir: &Path,
    json: bool,
    explain: bool,
    min_pass: Option<f64>,
) -> Result<i32> {
    let files = PetrarchSet::find(dir)
        .with_context(|| format!("reading the dictionary folder {}", dir.display()))?;
    if files.is_empty() {
        bail!(
            "{} holds no PETRARCH/TABARI dictionary (*.actors.txt, *.agents.txt, *.verbs.txt ...)",
            dir.display()
        );
    }
    let set = PetrarchSet::load(&files)
        .with_context(|| format!("loading dictionaries from {}", dir.display()))?;
    for w in &set.warnings {
        eprintln!("comity: warning: {w}");
    }
    let bytes = std::fs::read(records).with_context(|| format!("reading {}", records.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("{}: not UTF-8 text", records.display()))?;
    let (recs, bad) = read_records(&text);
    for b in &bad {
        eprintln!("comity: skipped {}:{}: {}", records.display(), b.line, b.message);
    }
    if recs.is_empty() {
        bail!("{}: no records", records.display());
    }
    let report = run_suite(&set, &recs);
    if json {
        let out = serde_json::json!({
            "records": records.display().to_string(),
            "scored": report.scored,
            "passed": report.passed,
            "pass_rate": report.pass_rate(),
            "not_scored": report.not_scored,
            "unreadable": bad.len(),
            "by_category": report.by_category,
            "failures": report.outcomes.iter().filter(|o| !o.passed).collect::<Vec<_>>(),
        });
        println!("{out}");
    } else {
        println!("{:<12} {:>6} {:>6} {:>7}", "category", "passed", "scored", "share");
        for (c, n) in &report.by_category {
            println!(
                "{c:<12} {:>6} {:>6} {:>6.1}%",
                n.passed,
                n.scored,
                100.0 * n.passed as f64 / n.scored.max(1) as f64
            );
        }
        println!(
            "{:<12} {:>6} {:>6} {:>6.1}%",
            "all",
            report.passed,
            report.scored,
            100.0 * report.pass_rate()
        );
        if report.not_scored > 0 {
            println!("({} record(s) flagged not evaluated were skipped)", report.not_scored);
        }
        let failures: Vec<_> = report.outcomes.iter().filter(|o| !o.passed).collect();
        if !failures.is_empty() {
            println!("\nfailures:");
        }
        for o in failures {
            println!(
                "{} [{}]\n  expected {}\n  coded    {}{}",
                o.id,
                o.category,
                triples(&o.expected),
                triples(&o.coded),
                o.discarded.as_deref().map(|d| format!("\n  {d}")).unwrap_or_default()
            );
            if explain && let Some(r) = recs.iter().find(|r| r.id == o.id) {
                let date = r.date.as_deref().and_then(comity_core::Date::parse);
                println!("  text: {}", r.text);
                print!(
                    "{}",
                    comity_code::petrarch::explain(&set, &r.text, date, &options_of(&r.config))
                );
            }
        }
    }
    Ok(match min_pass {
        Some(m) if report.pass_rate() < m => 1,
        _ => 0,
    })
}
