//! The filters of event and quote queries, parsed and validated once for every caller: the
//! command line passes its flags and the JSON API its query parameters, by the same names, to
//! [`EventFilter::parse`] and [`QuoteFilter::parse`]. Dates must be `YYYY-MM-DD`; actor and
//! CAMEO codes are read case-insensitively; a code that no stored actor starts with is refused
//! by [`Store::check_actor`](crate::Store::check_actor) with the nearest codes the store holds.

use crate::query::{EventFilter, QuoteFilter};
use comity_core::Date;

/// Modalities an event can have.
pub const MODALITIES: [&str; 7] =
    ["asserted", "planned", "possible", "denied", "reported", "negated", "hypothetical"];

/// A filter parameter that could not be read, or names nothing in the store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// A date not in the form `YYYY-MM-DD`.
    #[error("{name} '{value}' is not a date in the form YYYY-MM-DD")]
    Date {
        /// The parameter (`since`, `until`).
        name: String,
        /// The value given.
        value: String,
    },
    /// `since` after `until`.
    #[error("since {since} is after until {until}")]
    Range {
        /// The start of the range.
        since: Date,
        /// Its end.
        until: Date,
    },
    /// An actor code that is not letters and digits.
    #[error("{name} '{value}' is not an actor code (letters and digits, such as RUS or RUSGOV)")]
    Actor {
        /// The parameter.
        name: String,
        /// The value given.
        value: String,
    },
    /// An actor code that no stored actor starts with.
    #[error("{name}: no actor {code} in the store{}", suggest(near))]
    UnknownActor {
        /// The parameter.
        name: String,
        /// The code, in capitals.
        code: String,
        /// The nearest codes the store holds, nearest first.
        near: Vec<String>,
    },
    /// Not a CAMEO code or root (two to four digits, root 01 to 20).
    #[error(
        "{name} '{value}' is not a CAMEO event code (a root 01-20 or a code such as 072, 1711)"
    )]
    Code {
        /// The parameter.
        name: String,
        /// The value given.
        value: String,
    },
    /// A dyad that is not two codes separated by a comma.
    #[error("dyad '{0}' is not two actor codes separated by a comma, such as RUS,PRK")]
    Dyad(String),
    /// A quad class outside 1 to 4.
    #[error("quad '{0}' is not a quad class: 1, 2, 3 or 4")]
    Quad(String),
    /// An unknown modality.
    #[error(
        "modality '{0}' is not one of asserted, planned, possible, denied, reported, negated, hypothetical"
    )]
    Modality(String),
    /// An unknown quote kind.
    #[error("kind '{0}' is not direct or reported")]
    Kind(String),
    /// A count or offset that is not a whole number.
    #[error("{name} '{value}' is not a whole number")]
    Number {
        /// The parameter.
        name: String,
        /// The value given.
        value: String,
    },
    /// A yes/no parameter with another value.
    #[error("{name} '{value}' is not true or false")]
    Bool {
        /// The parameter.
        name: String,
        /// The value given.
        value: String,
    },
}

fn suggest(near: &[String]) -> String {
    if near.is_empty() { String::new() } else { format!(" (did you mean {}?)", near.join(", ")) }
}

/// Reads a date parameter: `YYYY-MM-DD` and nothing else.
pub fn parse_date(name: &str, value: &str) -> Result<Date, FilterError> {
    let v = value.trim();
    let err = || FilterError::Date { name: name.into(), value: value.into() };
    if v.len() != 10 {
        return Err(err());
    }
    Date::parse(v).ok_or_else(err)
}

/// Reads an optional date range and checks that it is not reversed.
pub fn parse_range(
    since: Option<&str>,
    until: Option<&str>,
) -> Result<(Option<Date>, Option<Date>), FilterError> {
    let since = since.map(|v| parse_date("since", v)).transpose()?;
    let until = until.map(|v| parse_date("until", v)).transpose()?;
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err(FilterError::Range { since: s, until: u });
    }
    Ok((since, until))
}

/// Reads an actor code (or code prefix), in capitals: `rusgov` is `RUSGOV`.
pub fn parse_actor(name: &str, value: &str) -> Result<String, FilterError> {
    let v = value.trim();
    if v.is_empty() || v.len() > 15 || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(FilterError::Actor { name: name.into(), value: value.into() });
    }
    Ok(v.to_ascii_uppercase())
}

/// Reads a CAMEO event code or prefix: two to four digits whose root is 01 to 20.
pub fn parse_cameo(name: &str, value: &str) -> Result<String, FilterError> {
    let v = value.trim();
    let root: Option<u32> = v.get(..2).and_then(|r| r.parse().ok());
    if !(2..=4).contains(&v.len())
        || !v.chars().all(|c| c.is_ascii_digit())
        || !root.is_some_and(|r| (1..=20).contains(&r))
    {
        return Err(FilterError::Code { name: name.into(), value: value.into() });
    }
    Ok(v.to_string())
}

/// Reads a whole number.
pub fn parse_number(name: &str, value: &str) -> Result<usize, FilterError> {
    value.trim().parse().map_err(|_| FilterError::Number { name: name.into(), value: value.into() })
}

fn parse_bool(name: &str, value: &str) -> Result<bool, FilterError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(FilterError::Bool { name: name.into(), value: value.into() }),
    }
}

impl EventFilter {
    /// Reads a filter from named parameters (the names of the command-line flags and of the
    /// API's query parameters: `actor`, `source`, `target`, `dyad`, `code`, `quad`, `since`,
    /// `until`, `place`, `modality`, `text`, `mentions`, `limit`, `offset`). Empty values and
    /// other names are ignored; `limit` is left to the caller when absent. The filter is of
    /// merged events unless `mentions` is true.
    pub fn parse<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<EventFilter, FilterError> {
        let mut f = EventFilter { merged: true, ..EventFilter::default() };
        let (mut since, mut until) = (None, None);
        for (k, v) in params {
            if v.trim().is_empty() {
                continue;
            }
            match k {
                "actor" => f.actor = Some(parse_actor(k, v)?),
                "source" => f.source = Some(parse_actor(k, v)?),
                "target" => f.target = Some(parse_actor(k, v)?),
                "dyad" => match v.split_once(',') {
                    Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                        f.dyad = Some((
                            parse_actor(k, a).map_err(|_| FilterError::Dyad(v.into()))?,
                            parse_actor(k, b).map_err(|_| FilterError::Dyad(v.into()))?,
                        ));
                    }
                    _ => return Err(FilterError::Dyad(v.into())),
                },
                "code" => f.code = Some(parse_cameo(k, v)?),
                "quad" => {
                    f.quad_class = Some(
                        v.trim()
                            .parse::<u8>()
                            .ok()
                            .filter(|q| (1..=4).contains(q))
                            .ok_or_else(|| FilterError::Quad(v.into()))?,
                    )
                }
                "since" => since = Some(v),
                "until" => until = Some(v),
                "place" => f.place = Some(v.trim().to_string()),
                "modality" => {
                    let m = v.trim().to_ascii_lowercase();
                    if !MODALITIES.contains(&m.as_str()) {
                        return Err(FilterError::Modality(v.into()));
                    }
                    f.modality = Some(m);
                }
                "text" => f.text = Some(v.trim().to_string()),
                "mentions" => f.merged = !parse_bool(k, v)?,
                "limit" => f.limit = Some(parse_number(k, v)?),
                "offset" => f.offset = parse_number(k, v)?,
                _ => {}
            }
        }
        (f.since, f.until) = parse_range(since, until)?;
        Ok(f)
    }

    /// The actor codes this filter names, with the parameter naming each.
    pub fn actors(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        for (k, v) in [("actor", &self.actor), ("source", &self.source), ("target", &self.target)] {
            if let Some(v) = v {
                out.push((k, v.as_str()));
            }
        }
        if let Some((a, b)) = &self.dyad {
            out.push(("dyad", a.as_str()));
            out.push(("dyad", b.as_str()));
        }
        out
    }
}

impl QuoteFilter {
    /// Reads a quote filter from named parameters (`speaker`, `kind`, `text`, `since`, `until`,
    /// `limit`, `offset`), as [`EventFilter::parse`] does.
    pub fn parse<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<QuoteFilter, FilterError> {
        let mut f = QuoteFilter::default();
        let (mut since, mut until) = (None, None);
        for (k, v) in params {
            if v.trim().is_empty() {
                continue;
            }
            match k {
                "speaker" => f.speaker = Some(v.trim().to_string()),
                "kind" => {
                    let kind = v.trim().to_ascii_lowercase();
                    if kind != "direct" && kind != "reported" {
                        return Err(FilterError::Kind(v.into()));
                    }
                    f.kind = Some(kind);
                }
                "text" => f.text = Some(v.trim().to_string()),
                "since" => since = Some(v),
                "until" => until = Some(v),
                "limit" => f.limit = Some(parse_number(k, v)?),
                "offset" => f.offset = parse_number(k, v)?,
                _ => {}
            }
        }
        (f.since, f.until) = parse_range(since, until)?;
        Ok(f)
    }
}

/// Edit distance between two short codes: insertions, deletions, substitutions and swaps of
/// two neighbours (`RSU` is one edit from `RUS`).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The stored codes nearest to `code`, at most five, nearest (then most active) first: codes
/// within two edits of it, or of its first letters as long as it.
pub(crate) fn nearest(code: &str, known: &[(String, i64)]) -> Vec<String> {
    let mut scored: Vec<(usize, i64, &str)> = known
        .iter()
        .filter_map(|(k, volume)| {
            let whole = distance(code, k);
            let head = k.get(..code.len()).map_or(whole, |h| distance(code, h));
            let d = whole.min(head);
            (d <= 2 && d < code.len()).then_some((d, -*volume, k.as_str()))
        })
        .collect();
    scored.sort();
    // Only the nearest tier: USA and AUS for UAS, not every code two edits away as well.
    if let Some(&(best, _, _)) = scored.first() {
        scored.retain(|s| s.0 == best);
    }
    let mut out: Vec<String> = Vec::new();
    for (_, _, k) in scored {
        // A prefix stands for its longer codes: RUS rather than RUS, RUSGOV, RUSMIL.
        let key = if k.len() > code.len() { k.get(..code.len()).unwrap_or(k) } else { k };
        if !out.iter().any(|o| o == key) {
            out.push(key.to_string());
        }
        if out.len() == 5 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_iso() {
        assert_eq!(parse_date("since", "2008-08-07").unwrap(), Date::new(2008, 8, 7).unwrap());
        for bad in ["2008/08/07", "07-08-2008", "2008-8-7", "2008-02-30", "2008-08-07T10:00"] {
            let e = parse_date("since", bad).unwrap_err();
            assert!(e.to_string().contains(bad), "{e}");
        }
        let e = EventFilter::parse([("since", "2008-09-01"), ("until", "2008-08-01")]);
        assert!(matches!(e, Err(FilterError::Range { .. })));
    }

    #[test]
    fn codes_are_case_insensitive_and_checked() {
        let f = EventFilter::parse([("actor", "rusgov"), ("dyad", "rus, prk"), ("code", "07")])
            .unwrap();
        assert_eq!(f.actor.as_deref(), Some("RUSGOV"));
        assert_eq!(f.dyad, Some(("RUS".into(), "PRK".into())));
        assert!(f.merged);
        assert!(EventFilter::parse([("code", "25")]).is_err());
        assert!(EventFilter::parse([("code", "0a")]).is_err());
        assert!(EventFilter::parse([("actor", "RUS GOV")]).is_err());
        assert!(EventFilter::parse([("dyad", "RUS")]).is_err());
        assert!(EventFilter::parse([("quad", "5")]).is_err());
        assert!(EventFilter::parse([("modality", "maybe")]).is_err());
        assert_eq!(
            EventFilter::parse([("modality", "Denied")]).unwrap().modality.as_deref(),
            Some("denied")
        );
        assert!(!EventFilter::parse([("mentions", "true")]).unwrap().merged);
        assert!(QuoteFilter::parse([("kind", "indirect")]).is_err());
    }

    #[test]
    fn near_codes() {
        let known: Vec<(String, i64)> =
            [("RUS", 50), ("RUSGOV", 20), ("PRK", 10), ("USA", 90), ("UKR", 40)]
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect();
        assert_eq!(nearest("RSU", &known)[0], "RUS");
        assert_eq!(nearest("RUSGVO", &known), vec!["RUSGOV"]);
        assert!(nearest("ZZZZZZ", &known).is_empty());
    }
}
