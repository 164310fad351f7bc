//! The one output convention of the commands that print rows: `--format table|json|jsonl|csv`,
//! and a note on standard error whenever more rows match than were printed.

use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// How a command prints its rows.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq, Debug)]
pub enum RowFormat {
    /// Aligned columns for people (`text` is accepted too).
    #[value(alias = "text")]
    Table,
    /// One JSON document: the rows, with the total that match and the page shown.
    Json,
    /// JSON Lines: one object per row.
    Jsonl,
    /// Comma-separated values with a header line.
    Csv,
}

/// Which rows of how many a listing printed.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    /// Rows that match the filter, all pages together.
    pub total: u64,
    /// Rows skipped before the first printed.
    pub offset: usize,
    /// Rows printed.
    pub shown: usize,
}

impl Page {
    /// Rows that match after the ones printed.
    pub fn more(&self) -> u64 {
        self.total.saturating_sub((self.offset + self.shown) as u64)
    }

    /// Tells on standard error how many more rows there are and how to page to them (nothing
    /// when every row was printed). `what` names the rows ("events"); `paging` says whether the
    /// command takes `--offset`.
    pub fn note(&self, what: &str, paging: bool) {
        let more = self.more();
        if more == 0 {
            return;
        }
        let next = if paging {
            format!("--offset {} for the next page, ", self.offset + self.shown)
        } else {
            String::new()
        };
        eprintln!(
            "comity: {} of {} {what} shown; {more} more ({next}--limit 0 for all)",
            self.shown, self.total
        );
    }
}

/// `--limit N`: 0 means no limit.
pub fn limit(n: usize) -> Option<usize> {
    (n > 0).then_some(n)
}

/// Writes rows as one JSON document `{"total", "offset", "limit", key: [...]}`.
pub fn json_page<T: Serialize>(
    out: &mut dyn Write,
    key: &str,
    rows: &[T],
    page: Page,
    limit: Option<usize>,
) -> Result<()> {
    let mut doc = serde_json::Map::new();
    doc.insert("total".into(), page.total.into());
    doc.insert("offset".into(), page.offset.into());
    doc.insert("limit".into(), limit.map_or(serde_json::Value::Null, Into::into));
    doc.insert(key.into(), serde_json::to_value(rows)?);
    serde_json::to_writer(&mut *out, &doc)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Writes rows as JSON Lines.
pub fn jsonl<T: Serialize>(out: &mut dyn Write, rows: &[T]) -> Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One CSV line: cells quoted when they hold a comma, a quote or a line break.
pub fn csv_line(cells: &[String]) -> String {
    cells
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Writes a header and rows as CSV.
pub fn csv(
    out: &mut dyn Write,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<()> {
    writeln!(out, "{}", header.join(","))?;
    for r in rows {
        writeln!(out, "{}", csv_line(&r))?;
    }
    Ok(())
}

/// An optional value as a CSV cell.
pub fn cell<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Whitespace folded and the text cut to `n` characters with an ellipsis.
pub fn clip(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        one.chars().take(n.saturating_sub(1)).collect::<String>() + "\u{2026}"
    }
}
