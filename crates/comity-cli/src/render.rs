//! The readable summary that `comity code` prints for people.

use comity_core::{Article, CodedArticle, QuoteKind};
use std::io::{self, Write};

fn clip(s: &str, n: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        let mut t: String = one_line.chars().take(n.saturating_sub(1)).collect();
        t.push('\u{2026}');
        t
    }
}

pub fn article(out: &mut dyn Write, a: &Article, r: &CodedArticle) -> io::Result<()> {
    writeln!(
        out,
        "== {} ({}), {} sentences",
        r.id,
        r.date.as_deref().unwrap_or("no date"),
        r.sentences
    )?;
    if r.discarded {
        writeln!(out, "   discarded: the story matches a discard phrase")?;
    }
    if !r.events.is_empty() {
        writeln!(out, "events:")?;
        writeln!(
            out,
            "  {:>3}  {:<10} {:<5} {:<10} {:>5}  {:<12} {:<20} trigger",
            "s#", "source", "code", "target", "gold", "modality", "attributed to"
        )?;
        for e in &r.events {
            writeln!(
                out,
                "  {:>3}  {:<10} {:<5} {:<10} {:>5.1}  {:<12} {:<20} {}",
                e.sentence,
                e.source.code,
                e.code,
                e.target.as_ref().map_or("-", |t| t.code.as_str()),
                e.goldstein,
                e.modality.as_str(),
                clip(e.attributed_to.as_deref().unwrap_or("-"), 20),
                clip(&format!("{} | {}", e.trigger.text, e.name), 60)
            )?;
            if let Some(x) = &e.explain {
                writeln!(
                    out,
                    "        pattern {}; source {}; target {}",
                    x.pattern,
                    x.source_entry,
                    x.target_entry.as_deref().unwrap_or("-")
                )?;
                writeln!(out, "        {}", clip(&a.text[e.span[0]..e.span[1]], 110))?;
                if !x.relations.is_empty() {
                    writeln!(out, "        relations used: {}", x.relations.join("; "))?;
                }
                if let Some(p) = &x.parse {
                    writeln!(out, "        parse: {p}")?;
                }
            }
        }
    }
    if !r.quotes.is_empty() {
        writeln!(out, "quotes:")?;
        for q in &r.quotes {
            let who =
                q.speaker.as_ref().map_or("?".to_string(), |s| match (&s.title, &s.organization) {
                    (Some(t), Some(o)) => format!("{} ({t}, {o})", s.name),
                    (Some(t), None) => format!("{} ({t})", s.name),
                    _ => s.name.clone(),
                });
            let kind = match q.kind {
                QuoteKind::Direct => "said",
                QuoteKind::Reported => q.cue.as_deref().unwrap_or("reported"),
            };
            writeln!(out, "  {who} {kind}: \u{201c}{}\u{201d}", clip(&q.text, 90))?;
        }
    }
    if !r.amounts.is_empty() {
        writeln!(out, "amounts:")?;
        for m in &r.amounts {
            writeln!(
                out,
                "  {:<12} {:>14} {:<16} {}",
                m.qualifier.as_deref().unwrap_or(""),
                m.value,
                m.what.as_deref().unwrap_or(""),
                m.actor.as_deref().unwrap_or("")
            )?;
        }
    }
    if !r.places.is_empty() {
        let mut names: Vec<String> =
            r.places.iter().map(|p| format!("{} ({}, {})", p.name, p.country, p.kind)).collect();
        names.dedup();
        writeln!(out, "places: {}", names.join("; "))?;
    }
    if !r.flows.is_empty() {
        writeln!(out, "flows:")?;
        for f in &r.flows {
            writeln!(
                out,
                "  {} {} {}: {}",
                f.from,
                if f.mutual { "<->" } else { "->" },
                f.to,
                f.goods.join(", ")
            )?;
        }
    }
    if !r.people.is_empty() {
        let names: Vec<String> = r.people.iter().map(|p| p.name.clone()).collect();
        writeln!(out, "people: {}", names.join("; "))?;
    }
    if !r.issues.is_empty() {
        let mut names: Vec<String> =
            r.issues.iter().map(|i| format!("{} ({})", i.issue, i.category)).collect();
        names.sort();
        names.dedup();
        writeln!(out, "issues: {}", names.join("; "))?;
    }
    writeln!(out)
}
