//! Readers for the dictionary formats of TABARI and PETRARCH: actors (`PHRASE [CODE]`, `+`
//! synonyms, date-limited code blocks), agents (`PHRASE {PLURALS} [~CODE]`, `!MACRO!`
//! substitutions) and discards (`+` for story level). A line that cannot be read is reported
//! with its file and line; the rest still loads.

use crate::{DatedCode, LoadWarning};
use comity_core::Date;

/// One phrase of a PETRARCH dictionary, split into words. `stems[i]` is true where the word
/// matches any word starting with it (written without a trailing `_` in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseSpec {
    pub words: Vec<String>,
    pub stems: Vec<bool>,
}

/// An actor entry: its phrases (the first is the name) and its dated codes. A code list such
/// as `[FRO/BIL/SAM]` gives several codes in force at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSpec {
    pub phrases: Vec<PhraseSpec>,
    pub codes: Vec<DatedCode>,
    pub line: usize,
}

/// Splits a TABARI phrase: `_` and spaces separate words; a word followed by `_` (or the end
/// of a phrase written with a trailing `_`) must match exactly, any other is a stem.
pub fn phrase(raw: &str) -> Option<PhraseSpec> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let mut words = Vec::new();
    let mut stems = Vec::new();
    let bytes: Vec<char> = raw.chars().collect();
    let mut cur = String::new();
    let mut i = 0;
    while i <= bytes.len() {
        let c = bytes.get(i).copied();
        match c {
            Some('_') | Some(' ') | Some('\t') | None => {
                if !cur.is_empty() {
                    // Followed by '_': exact; followed by a space or the end: a stem.
                    words.push(cur.to_lowercase());
                    stems.push(!matches!(c, Some('_')));
                    cur.clear();
                }
            }
            Some(ch) => cur.push(ch),
        }
        i += 1;
    }
    if words.is_empty() {
        return None;
    }
    Some(PhraseSpec { words, stems })
}

/// TABARI dates: `YYMMDD` (years below 30 are 20YY) or `YYYYMMDD`.
fn tabari_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    Date::new(y, rest[..2].parse().ok()?, rest[2..4].parse().ok()?)
}

/// Reads one code block: `CODE`, `CODE < DATE`, `CODE > DATE`, `CODE DATE - DATE`,
/// `CODE DATE-DATE`; `A/B/C` gives several codes.
fn code_block(inner: &str) -> Result<Vec<DatedCode>, String> {
    let inner = inner.trim();
    let (code_part, rest) = match inner.find(|c: char| c.is_whitespace()) {
        Some(p) => (&inner[..p], inner[p..].trim()),
        None => (inner, ""),
    };
    let (mut from, mut to) = (None, None);
    if let Some(d) = rest.strip_prefix('<') {
        to = Some(tabari_date(d).ok_or_else(|| format!("bad date in [{inner}]"))?.add_days(-1));
    } else if let Some(d) = rest.strip_prefix('>') {
        from = Some(tabari_date(d).ok_or_else(|| format!("bad date in [{inner}]"))?);
    } else if !rest.is_empty() {
        let (a, b) = rest.split_once('-').ok_or_else(|| format!("cannot read the dates of [{inner}]"))?;
        from = Some(tabari_date(a).ok_or_else(|| format!("bad date in [{inner}]"))?);
        to = Some(tabari_date(b).ok_or_else(|| format!("bad date in [{inner}]"))?);
    }
    let mut out = Vec::new();
    for c in code_part.split('/') {
        let c = c.trim().trim_start_matches('~');
        if c.is_empty() || !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '+' || ch == '#') {
            return Err(format!("'{c}' is not an actor code"));
        }
        out.push(DatedCode { code: c.to_ascii_uppercase(), from, to });
    }
    Ok(out)
}

/// Removes `#` comments and `<!-- ... -->` blocks, keeping line numbers.
fn clean_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (n, line) in text.lines().enumerate() {
        let mut l = line.to_string();
        if in_block {
            match l.find("-->") {
                Some(p) => {
                    l = l[p + 3..].to_string();
                    in_block = false;
                }
                None => continue,
            }
        }
        while let Some(p) = l.find("<!--") {
            match l[p..].find("-->") {
                Some(e) => l = format!("{}{}", &l[..p], &l[p + e + 3..]),
                None => {
                    l.truncate(p);
                    in_block = true;
                }
            }
        }
        if let Some(p) = l.find('#') {
            l.truncate(p);
        }
        out.push((n + 1, l));
    }
    out
}

/// Reads a TABARI/PETRARCH actors file.
pub fn read_actors(file: &str, text: &str, w: &mut Vec<LoadWarning>) -> Vec<ActorSpec> {
    let mut out: Vec<ActorSpec> = Vec::new();
    let mut warn = |line: usize, m: String| w.push(LoadWarning { file: file.into(), line, message: m });
    for (n, raw) in clean_lines(text) {
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(syn) = l.strip_prefix('+') {
            match (out.last_mut(), phrase(syn.split('[').next().unwrap_or(""))) {
                (Some(a), Some(p)) => a.phrases.push(p),
                (None, _) => warn(n, "synonym before any actor".into()),
                (_, None) => warn(n, "empty synonym".into()),
            }
            continue;
        }
        if l.starts_with('[') {
            let inner = l.trim_start_matches('[').split(']').next().unwrap_or("");
            match (out.last_mut(), code_block(inner)) {
                (Some(a), Ok(c)) => a.codes.extend(c),
                (None, _) => warn(n, "code block before any actor".into()),
                (_, Err(m)) => warn(n, m),
            }
            continue;
        }
        // A new actor: PHRASE [CODE] or a phrase whose codes follow on later lines.
        let (name, codes) = match l.find('[') {
            Some(p) => (&l[..p], Some(l[p + 1..].split(']').next().unwrap_or(""))),
            None => (l, None),
        };
        let Some(p) = phrase(name) else {
            warn(n, "no phrase".into());
            continue;
        };
        let mut spec = ActorSpec { phrases: vec![p], codes: Vec::new(), line: n };
        if let Some(c) = codes {
            match code_block(c) {
                Ok(c) => spec.codes = c,
                Err(m) => warn(n, m),
            }
        }
        out.push(spec);
    }
    // An actor without any code cannot be used.
    out.retain(|a| {
        if a.codes.is_empty() {
            w.push(LoadWarning { file: file.into(), line: a.line, message: "actor without a code".into() });
            false
        } else {
            true
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_with_synonyms_and_dated_codes() {
        let text = "<!-- header\n spanning lines -->\nARNOR_  [ARN]\nBULGAR  [BUL]\n+BULGARIAN_ # comment\nGOLLUM  # x\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nTHE_SHIRE  [FRO/BIL/SAM]\nNOCODE\n[BAD CODE 99]\n";
        let mut w = Vec::new();
        let a = read_actors("t.actors.txt", text, &mut w);
        assert_eq!(a.len(), 4, "{a:?}");
        assert_eq!(a[0].phrases[0], PhraseSpec { words: vec!["arnor".into()], stems: vec![false] });
        assert_eq!(a[1].phrases[0].stems, vec![true], "BULGAR is a stem");
        assert_eq!(a[1].phrases.len(), 2);
        let g = &a[2];
        assert_eq!(g.phrases.len(), 2);
        assert_eq!(g.codes.len(), 3);
        assert_eq!(crate::code_at(&g.codes, Date::parse("1995-01-01")), Some("HOB"));
        assert_eq!(crate::code_at(&g.codes, Date::parse("1997-06-01")), Some("HOBGOV"));
        assert_eq!(crate::code_at(&g.codes, Date::parse("2001-01-01")), Some("HOBREB"));
        assert_eq!(a[3].codes.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), vec!["FRO", "BIL", "SAM"]);
        assert_eq!(a[3].phrases[0].words, vec!["the", "shire"]);
        let lines: Vec<usize> = w.iter().map(|x| x.line).collect();
        assert!(lines.contains(&13) && lines.contains(&12), "bad code block and actor without code are reported: {w:?}");
    }

    #[test]
    fn suite_and_production_actor_files_load() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
        let files = ["dictionaries/PETR.Validate.actors.txt", "phoenix/Phoenix.Countries.actors.txt", "phoenix/Phoenix.International.actors.txt", "phoenix/Phoenix.MilNonState.actors.txt"];
        if !dir.join(files[0]).exists() {
            eprintln!("SKIPPED: ../shared/petrarch not found beside the checkout");
            return;
        }
        for f in files {
            let text = String::from_utf8_lossy(&std::fs::read(dir.join(f)).unwrap()).into_owned();
            let mut w = Vec::new();
            let a = read_actors(f, &text, &mut w);
            eprintln!("{f}: {} actors, {} phrases, {} lines refused", a.len(), a.iter().map(|x| x.phrases.len()).sum::<usize>(), w.len());
            assert!(a.len() > 50, "{f}");
            assert!(w.len() * 50 < a.len(), "{f}: too many refused lines: {:?}", &w[..w.len().min(5)]);
        }
    }
}
