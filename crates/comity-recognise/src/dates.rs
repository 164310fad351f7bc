//! Date expressions, resolved against the article date: "last June", "on Monday", "since 2022",
//! "June 5", "5 June 2024", "2024-06-19", "yesterday", "last year", "earlier this month".

use comity_core::{Date, PartialDate};
use comity_text::{Doc, Kind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub first: usize,
    pub last: usize,
    pub value: PartialDate,
}

use comity_text::{MONTHS, WEEKDAYS as DAYS};
const MONTH_ABBR: &[&str] = &[
    "jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec.",
];

fn month_of(w: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|m| *m == w)
        .or_else(|| MONTH_ABBR.iter().position(|m| *m == w))
        .or_else(|| if w == "sept." { Some(8) } else { None })
        .map(|p| p as u8 + 1)
}

fn year_of(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

fn day_of(w: &str) -> Option<u8> {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    if !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    {
        let d: u8 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    } else {
        None
    }
}

fn pd(year: i32, month: Option<u8>, day: Option<u8>) -> PartialDate {
    PartialDate { year, month, day }
}

/// The most recent `month` before the article's month (`last June`), or the next after it.
fn month_relative(base: Date, month: u8, dir: i32) -> PartialDate {
    let year = match dir {
        -1 if month >= base.month => base.year - 1,
        -1 => base.year,
        1 if month <= base.month => base.year + 1,
        1 => base.year,
        // "in June": this year's June when it is not in the future, else last year's.
        _ if month > base.month => base.year - 1,
        _ => base.year,
    };
    pd(year, Some(month), None)
}

fn add_months(base: Date, k: i32) -> PartialDate {
    let m0 = base.year * 12 + i32::from(base.month) - 1 + k;
    pd(m0.div_euclid(12), Some((m0.rem_euclid(12) + 1) as u8), None)
}

pub(crate) fn find_dates(doc: &Doc<'_>, norms: &[&str], base: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let mut i = s.first;
        while i < s.last {
            match date_at(doc, norms, s.first, i, s.last, base) {
                Some((len, value)) => {
                    out.push(DateMention { first: i, last: i + len, value });
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    out
}

fn date_at(
    doc: &Doc<'_>,
    norms: &[&str],
    start: usize,
    i: usize,
    end: usize,
    base: Option<Date>,
) -> Option<(usize, PartialDate)> {
    let w = norms[i];
    let at = |k: usize| if i + k < end { norms[i + k] } else { "" };
    // ISO dates: 2024-06-19 is one token.
    if w.len() == 10
        && let Some(date) = Date::parse(w)
    {
        return Some((1, date.into()));
    }
    if let Some(y) = year_of(w) {
        let prev = if i > 0 { norms[i - 1] } else { "" };
        if matches!(
            prev,
            "in" | "since"
                | "by"
                | "from"
                | "until"
                | "till"
                | "of"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "before"
                | "after"
        ) && doc.tokens[i].kind == Kind::Number
        {
            return Some((1, pd(y, None, None)));
        }
        return None;
    }
    // Month [day][,] [year]
    if let Some(m) = month_of(w) {
        if w == "may" && !doc.tokens[i].is(comity_text::CAP) {
            return None;
        }
        if let Some(d) = day_of(at(1)) {
            let (len, y) = match (at(2), year_of(at(2)), year_of(at(3))) {
                (_, Some(y), _) => (3, Some(y)),
                (",", None, Some(y)) => (4, Some(y)),
                _ => (2, None),
            };
            let year = y.or_else(|| base.map(|b| month_relative(b, m, 0).year))?;
            return Date::new(year, m, d).map(|date| (len, date.into()));
        }
        if let Some(y) = year_of(at(1)) {
            return Some((2, pd(y, Some(m), None)));
        }
        let prev = if i > 0 { norms[i - 1] } else { "" };
        if matches!(
            prev,
            "in" | "since" | "by" | "until" | "from" | "during" | "early" | "late" | "mid"
        ) {
            return base.map(|b| (1, month_relative(b, m, 0)));
        }
        return None;
    }
    // day Month [year]
    if let Some(d) = day_of(w) {
        if let Some(m) = month_of(at(1)) {
            let (len, y) = match year_of(at(2)) {
                Some(y) => (3, Some(y)),
                None => (2, None),
            };
            let year = y.or_else(|| base.map(|b| month_relative(b, m, 0).year))?;
            return Date::new(year, m, d).map(|date| (len, date.into()));
        }
        return None;
    }
    let base = base?;
    match w {
        "yesterday" => return Some((1, base.add_days(-1).into())),
        "today" => return Some((1, base.into())),
        "tomorrow" => return Some((1, base.add_days(1).into())),
        "last" | "next" | "this" | "past" => {
            let dir = match w {
                "last" | "past" => -1,
                "next" => 1,
                _ => 0,
            };
            let n = at(1);
            if let Some(m) = month_of(n) {
                return Some((
                    2,
                    if dir == 0 {
                        month_relative(base, m, 0)
                    } else {
                        month_relative(base, m, dir)
                    },
                ));
            }
            if let Some(d) = DAYS.iter().position(|x| *x == n) {
                return Some((2, weekday(base, d as u8, if dir == 0 { -1 } else { dir }).into()));
            }
            match n {
                "year" => return Some((2, pd(base.year + dir, None, None))),
                "month" => return Some((2, add_months(base, dir))),
                "week" => {
                    return Some((
                        2,
                        pd(
                            base.add_days(7 * i64::from(dir)).year,
                            Some(base.add_days(7 * i64::from(dir)).month),
                            None,
                        ),
                    ));
                }
                _ => {}
            }
        }
        "earlier" | "later" if at(1) == "this" => match at(2) {
            "year" => return Some((3, pd(base.year, None, None))),
            "month" => return Some((3, add_months(base, 0))),
            "week" => return Some((3, pd(base.year, Some(base.month), None))),
            _ => {}
        },
        "on" => {
            if let Some(d) = DAYS.iter().position(|x| *x == at(1)) {
                let dir = if future_before(norms, start, i) { 1 } else { -1 };
                return Some((2, weekday(base, d as u8, dir).into()));
            }
        }
        _ => {}
    }
    if let Some(d) = DAYS.iter().position(|x| *x == w)
        && doc.tokens[i].is(comity_text::CAP)
    {
        let dir = if future_before(norms, start, i) { 1 } else { -1 };
        return Some((1, weekday(base, d as u8, dir).into()));
    }
    None
}

/// Whether a bare weekday at `i` is ahead of the article: the words before it in its sentence
/// (six at most) say what will happen ("will visit Kuwait on Friday", "is due to arrive
/// Tuesday"), and the word right before it is no verb of report ("said on Monday he will").
fn future_before(norms: &[&str], start: usize, i: usize) -> bool {
    let mut k = i;
    if k > start && norms[k - 1] == "on" {
        k -= 1;
    }
    if k > start && REPORTED.contains(&norms[k - 1]) {
        return false;
    }
    let from = k.saturating_sub(6).max(start);
    let words = &norms[from..k];
    // (A verb of report after the future word: "will be freed, police said Monday".)
    // ("Is due to start Tuesday", not "cancelled due to a strike on Monday".)
    let future = |k: usize| {
        FUTURE.contains(&words[k])
            && (words[k] != "due"
                || k > 0 && matches!(words[k - 1], "is" | "are" | "was" | "were" | "be"))
    };
    let Some(at) = (0..words.len()).rev().find(|&k| future(k)) else { return false };
    !words[at..].iter().any(|w| REPORTED.contains(w) || *w == ",")
}

/// Words that put what follows them ahead of the time of writing.
const FUTURE: &[&str] = &["will", "'ll", "shall", "scheduled", "due", "upcoming", "expected"];

/// Verbs of report that date the report, not what it says will happen.
const REPORTED: &[&str] =
    &["said", "says", "told", "announced", "reported", "confirmed", "stated", "added"];

/// The weekday `d` (0 = Monday) on or before the base date (dir -1), or after it (dir 1).
fn weekday(base: Date, d: u8, dir: i32) -> Date {
    let cur = i64::from(base.weekday());
    let d = i64::from(d);
    if dir < 0 {
        base.add_days(-((cur - d).rem_euclid(7)))
    } else {
        let ahead = (d - cur).rem_euclid(7);
        base.add_days(if ahead == 0 { 7 } else { ahead })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(text: &str, base: &str) -> Vec<String> {
        let doc = Doc::new(text);
        let norms: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.norm(i)).collect();
        find_dates(&doc, &norms, Date::parse(base))
            .into_iter()
            .map(|d| d.value.to_string())
            .collect()
    }

    #[test]
    fn relative_dates_resolve_against_the_article_date() {
        assert_eq!(resolve("The pact signed last June holds.", "2025-05-15"), vec!["2024-06"]);
        assert_eq!(resolve("They met last June.", "2025-07-02"), vec!["2025-06"]);
        assert_eq!(resolve("Talks began on Monday.", "2025-05-15"), vec!["2025-05-12"]);
        assert_eq!(resolve("It has grown since 2022.", "2025-05-15"), vec!["2022"]);
        assert_eq!(
            resolve("Troops left on June 5, 2024 and returned 3 March.", "2025-05-15"),
            vec!["2024-06-05", "2025-03-03"]
        );
        assert_eq!(
            resolve("Prices rose yesterday and last year.", "2025-01-01"),
            vec!["2024-12-31", "2024"]
        );
        assert_eq!(resolve("The vote is set for 2024-06-19.", "2025-01-01"), vec!["2024-06-19"]);
        assert_eq!(resolve("In December the border closed.", "2025-05-15"), vec!["2024-12"]);
        assert!(resolve("You may go.", "2025-05-15").is_empty());
    }

    #[test]
    fn a_weekday_of_what_will_happen_is_ahead() {
        // 2008-01-08 is a Tuesday.
        assert_eq!(
            resolve("Bush will stop in Kuwait on Friday.", "2008-01-08"),
            vec!["2008-01-11"]
        );
        assert_eq!(
            resolve("The talks are due to start Thursday.", "2008-01-08"),
            vec!["2008-01-10"]
        );
        // The day of a report is its own.
        assert_eq!(
            resolve("He will visit Israel, officials said on Monday.", "2008-01-08"),
            vec!["2008-01-07"]
        );
        assert_eq!(resolve("Bush met the emir on Friday.", "2008-01-08"), vec!["2008-01-04"]);
        assert_eq!(
            resolve("Flights were cancelled due to a strike on Monday.", "2008-01-08"),
            vec!["2008-01-07"]
        );
    }
}
