//! Amounts: a number with its qualifier ("about", "up to"), scale ("million"), currency and the
//! thing counted ("soldiers", "shells"), tied to the country it belongs to.

use crate::Recognised;
use comity_dict::Dictionaries;
use comity_text::{CAP, Doc, Kind};

#[derive(Debug, Clone, PartialEq)]
pub struct AmountMention {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub qualifier: Option<String>,
    pub what: Option<String>,
    pub actor: Option<String>,
}

static WORD_NUMBERS: comity_text::WordMap<f64> = comity_text::WordMap::new(&[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1000.0),
    ("dozens", 12.0),
]);

static SCALES: comity_text::WordMap<f64> = comity_text::WordMap::new(&[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mln", 1e6),
    ("bln", 1e9),
    ("bn", 1e9),
    ("millions", 1e6),
    ("billions", 1e9),
]);

/// Currency words after an amount, with their ISO 4217 codes.
pub(crate) const CURRENCY_AFTER: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dlrs", "USD"),
    ("euros", "EUR"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("yuan", "CNY"),
    ("won", "KRW"),
    ("yen", "JPY"),
    ("pounds", "GBP"),
    ("francs", "CHF"),
    ("rupees", "INR"),
    ("hryvnias", "UAH"),
    ("marks", "DEM"),
];

const QUALIFIERS: &[&[&str]] = &[
    &["up", "to"],
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "least"],
    &["at", "most"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["an", "estimated"],
    &["close", "to"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["nearly"],
    &["almost"],
    &["over"],
    &["some"],
    &["under"],
    &["only"],
    &["just"],
    &["estimated"],
];

static SKIP_BEFORE_NOUN: comity_text::WordSet = comity_text::WordSet::new(&[
    "more",
    "additional",
    "extra",
    "new",
    "other",
    "further",
    "fresh",
    "of",
    "the",
    "its",
    "their",
]);

static NOT_COUNTED: comity_text::WordSet = comity_text::WordSet::new(&[
    "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "a", "an", "the", "was",
    "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "that", "which",
    "who", "per", "against", "than", "as", "of", "into", "after", "before", "since", "until",
    "over", "under",
]);

static UNITS: comity_text::WordSet = comity_text::WordSet::new(&[
    "tonnes",
    "tons",
    "barrels",
    "rounds",
    "kilograms",
    "kg",
    "containers",
    "bags",
    "shipments",
    "units",
    "pieces",
    "boxes",
    "crates",
    "trainloads",
    "cubic",
]);

fn value_of(doc: &Doc<'_>, norms: &[&str], i: usize) -> Option<f64> {
    if doc.tokens[i].kind == Kind::Number {
        return norms[i].replace(',', "").parse().ok();
    }
    WORD_NUMBERS.get(norms[i])
}

/// Whether the words before token `k` count it: a number ("two", "30") or "dozens of",
/// "hundreds of", "thousands of", "millions of".
pub(crate) fn counted(doc: &Doc<'_>, norms: &[&str], k: usize) -> bool {
    let Some(b) = k.checked_sub(1) else { return false };
    if value_of(doc, norms, b).is_some() {
        return true;
    }
    norms[b] == "of"
        && b > 0
        && matches!(norms[b - 1], "dozens" | "hundreds" | "thousands" | "millions" | "scores")
}

pub(crate) fn find_amounts(
    doc: &Doc<'_>,
    _dict: &Dictionaries,
    norms: &[&str],
    r: &Recognised,
) -> Vec<AmountMention> {
    let mut out = Vec::new();
    // Per token: inside a date? (One pass over the dates, not one per number.)
    let mut date_tok = vec![false; doc.tokens.len()];
    for d in &r.dates {
        for t in date_tok.iter_mut().take(d.last).skip(d.first) {
            *t = true;
        }
    }
    let in_date = |k: usize| date_tok.get(k).copied().unwrap_or(false);
    for s in &doc.sentences {
        let mut i = s.first;
        while i < s.last {
            let Some(mut value) = value_of(doc, norms, i) else {
                i += 1;
                continue;
            };
            if in_date(i) || r.mention_at[i] != 0 {
                i += 1;
                continue;
            }
            // "Article 4", "Resolution 2231": a number right after a capitalised word is a name.
            if i > s.first
                && doc.tokens[i - 1].is(CAP)
                && doc.tokens[i - 1].kind == Kind::Word
                && !matches!(norms[i - 1], "about" | "some" | "nearly" | "over")
            {
                i += 1;
                continue;
            }
            let mut first = i;
            let mut last = i + 1;
            // Compound number words: "two hundred", "thirty thousand".
            while last < s.last {
                if let Some(sc) = SCALES.get(norms[last]) {
                    value *= sc;
                    last += 1;
                } else if matches!(norms[last], "hundred" | "thousand") {
                    value *= if norms[last] == "hundred" { 100.0 } else { 1000.0 };
                    last += 1;
                } else {
                    break;
                }
            }
            let mut what: Option<String> = None;
            // Currency before: $, US$, €, £.
            if first > s.first {
                let prev = doc.surface(first - 1);
                let cur = match prev {
                    "$" => Some("USD"),
                    "\u{20ac}" => Some("EUR"),
                    "\u{a3}" => Some("GBP"),
                    "\u{a5}" => Some("JPY"),
                    _ => None,
                };
                if let Some(c) = cur {
                    first -= 1;
                    let c = if first > s.first && matches!(norms[first - 1], "us" | "u.s.") {
                        first -= 1;
                        "USD"
                    } else {
                        c
                    };
                    what = Some(c.to_string());
                }
            }
            if what.is_none() {
                if let Some(&(_, c)) =
                    CURRENCY_AFTER.iter().find(|(w, _)| last < s.last && *w == norms[last])
                {
                    what = Some(c.to_string());
                    last += 1;
                } else if last < s.last
                    && (norms[last] == "percent" || norms[last] == "%" || norms[last] == "per")
                {
                    what = Some("percent".into());
                    last += if norms[last] == "per" && last + 1 < s.last { 2 } else { 1 };
                }
            }
            // Bare four-digit years are not amounts.
            if what.is_none()
                && doc.tokens[i].kind == Kind::Number
                && norms[i].len() == 4
                && !norms[i].contains(',')
                && (1900.0..=2100.0).contains(&value)
            {
                i += 1;
                continue;
            }
            let mut actor = None;
            if what.is_none() {
                let mut k = last;
                while k < s.last && k - last < 3 && SKIP_BEFORE_NOUN.contains(&norms[k]) {
                    k += 1;
                }
                if let Some(m) = r.mention(k) {
                    if m.agent.is_some() {
                        what = Some(norms[m.last - 1].to_string());
                        actor = m.countries.first().cloned();
                        last = m.last;
                    } else if m.countries.len() == 1 {
                        // "15,000 North Korean forces": the adjective, then the noun.
                        actor = Some(m.countries[0].clone());
                        k = m.last;
                    }
                }
                if what.is_none()
                    && k < s.last
                    && doc.tokens[k].kind == Kind::Word
                    && !NOT_COUNTED.contains(&norms[k])
                    && norms[k].chars().all(|c| c.is_alphabetic() || c == '-')
                {
                    let mut w = norms[k].to_string();
                    last = k + 1;
                    if UNITS.contains(&norms[k])
                        && k + 2 < s.last
                        && norms[k + 1] == "of"
                        && doc.tokens[k + 2].kind == Kind::Word
                    {
                        w = format!("{} of {}", w, norms[k + 2]);
                        last = k + 3;
                    }
                    what = Some(w);
                }
            }
            let Some(what) = what else {
                i = last;
                continue;
            };
            // Qualifier before the number.
            let mut qualifier = None;
            for q in QUALIFIERS {
                if first >= s.first + q.len()
                    && q.iter().enumerate().all(|(k, w)| norms[first - q.len() + k] == *w)
                {
                    qualifier = Some(q.join(" "));
                    first -= q.len();
                    break;
                }
            }
            if actor.is_none() {
                actor = (s.first..first)
                    .rev()
                    .filter_map(|k| r.mention(k))
                    .find(|m| m.countries.len() == 1)
                    .map(|m| m.countries[0].clone());
            }
            out.push(AmountMention { first, last, value, qualifier, what: Some(what), actor });
            i = last.max(i + 1);
        }
    }
    out
}
