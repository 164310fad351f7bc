//! Verb patterns (`verbs.txt`) and verb forms (`forms.txt`).
//!
//! A pattern line reads `CODE LEMMA [: ELEMENTS]`. The elements say what must follow the verb:
//! a literal word, `+` (the target actor), `$` (the source actor, when the subject is the
//! target, as in "received aid from $"), `&set` (any phrase of a word set), `~` (a gap of up
//! to six words). A paired code `032:033` also codes the reverse event. A lemma's line without
//! elements is its default code; the code `---` says the verb with those words is no event.
//! Inflected forms are generated; irregular ones come from
//! `forms.txt` (`LEMMA PAST PARTICIPLE`).

use crate::LoadWarning;
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    Word(String),
    /// A preposition heading a phrase (PETRARCH2's bracketed `(TO)`): the word, but never
    /// an infinitive's "to" ("welcomed Iran's decision to release them" has no phrase "to").
    Prep(String),
    Target,
    Source,
    Set(String),
    Gap,
    /// A short gap inside one bracketed phrase (PETRARCH2's `(OF TROOP)`, `(ON ALERT)`): a
    /// few words of that phrase ("of its troops", "on high alert"), never a verb ("to lower
    /// the fees charged at the close" is no "(TO CLOSE)").
    Near,
}

impl Elem {
    /// Whether the element is a gap of either kind.
    pub fn is_gap(&self) -> bool {
        matches!(self, Elem::Gap | Elem::Near)
    }
}

#[derive(Debug, Clone)]
pub struct Pattern {
    /// CAMEO code; `032:033` for paired events.
    pub code: String,
    pub elems: Vec<Elem>,
    /// The pattern as written, for `--explain`.
    pub text: String,
    pub file: String,
    pub line: usize,
    /// Added from another dictionary set (Phoenix, `--add-dictionaries`): the set's own
    /// patterns with context are tried first, then the added ones, then the defaults.
    pub added: bool,
    /// Agent codes one of which the subject must have (`190 strike @MIL @REB`: "Israeli jets
    /// struck a lighthouse", not "workers struck"); empty for any subject.
    pub subject: Vec<String>,
}

impl Pattern {
    fn weight(&self) -> usize {
        self.elems.iter().filter(|e| !e.is_gap()).count() + usize::from(!self.subject.is_empty())
    }

    /// Whether an actor code satisfies the subject constraint (`ISRMIL` has agent MIL).
    pub fn subject_fits(&self, code: &str) -> bool {
        self.subject.is_empty() || self.subject.iter().any(|a| has_agent(code, a))
    }
}

/// Whether a CAMEO actor code carries `agent` among its three-letter parts after the first
/// (`ISRMIL` and `IGOWSTNATMIL` have MIL; `MILGOV` has not: its first part is its country).
pub fn has_agent(code: &str, agent: &str) -> bool {
    (3..code.len()).step_by(3).any(|k| code.get(k..k + 3) == Some(agent))
}

/// The pattern words a word of the text stands for: itself, and what its plural ending
/// leaves (`missiles` → `missile`, `allies` → `ally`). A pattern word matches a word of the
/// text when it is one of these.
pub fn word_bases(token: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    std::iter::once(Cow::Borrowed(token))
        .chain(token.strip_suffix('s').map(Cow::Borrowed))
        .chain(token.strip_suffix("es").map(Cow::Borrowed))
        .chain(token.strip_suffix("ies").map(|b| Cow::Owned(format!("{b}y"))))
}

/// Whether the pattern word `w` stands for the text's word `token`: whether `w` is one of
/// [`word_bases`]`(token)`, tested without making them.
pub fn stands_for(w: &str, token: &str) -> bool {
    token == w
        || token.strip_suffix('s') == Some(w)
        || token.strip_suffix("es") == Some(w)
        || token.strip_suffix("ies").is_some_and(|b| w.strip_suffix('y') == Some(b))
}

#[derive(Debug, Clone)]
pub struct VerbLemma {
    pub lemma: String,
    /// Most specific first; a pattern without elements (the default) last.
    pub patterns: Vec<Pattern>,
    /// Words one of which must follow the verb for any of its patterns to match (the first
    /// word of each pattern, or of each phrase of a pattern's leading set); `None` when one
    /// pattern matches without a word (a default, or a pattern led by an actor).
    pub cues: Option<rustc_hash::FxHashSet<String>>,
}

impl VerbLemma {
    /// Whether a pattern of the verb may match among `words` (lower-case, after the verb):
    /// a cheap test that spares the parse of sentences whose verbs cannot code. A cue matches
    /// a word as a pattern word does ([`word_bases`]).
    pub fn may_match(&self, words: &[&str]) -> bool {
        let Some(cues) = &self.cues else { return true };
        words.iter().any(|w| word_bases(w).any(|b| cues.contains(b.as_ref())))
    }
}

/// The grammatical form of a verb token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Base,
    ThirdSingular,
    Past,
    Participle,
    /// Regular `-ed`: past tense or participle.
    PastOrParticiple,
    Ing,
}

#[derive(Debug, Default)]
pub struct VerbIndex {
    pub lemmas: Vec<VerbLemma>,
    by_lemma: HashMap<String, usize>,
    forms: HashMap<String, Vec<(usize, Form)>>,
    irregular: HashMap<String, (String, String)>,
}

impl VerbIndex {
    /// The verbs a word form can be.
    #[inline]
    pub fn lookup(&self, word: &str) -> &[(usize, Form)] {
        self.forms.get(word).map_or(&[], Vec::as_slice)
    }

    pub fn lemma_index(&self, lemma: &str) -> Option<usize> {
        self.by_lemma.get(lemma).copied()
    }

    /// Adds a pattern programmatically (used by readers of other dictionary formats).
    pub fn add_pattern(&mut self, lemma: &str, pattern: Pattern) -> usize {
        let idx = match self.by_lemma.get(lemma) {
            Some(&i) => i,
            None => {
                self.lemmas.push(VerbLemma {
                    lemma: lemma.to_string(),
                    patterns: Vec::new(),
                    cues: None,
                });
                self.by_lemma.insert(lemma.to_string(), self.lemmas.len() - 1);
                self.lemmas.len() - 1
            }
        };
        self.lemmas[idx].patterns.push(pattern);
        idx
    }

    pub(crate) fn read_forms(&mut self, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
        for (n, line) in text.lines().enumerate() {
            let line = strip_comment(line);
            if line.is_empty() {
                continue;
            }
            let parts: Vec<&str> = line.split_whitespace().collect();
            if parts.len() != 3 {
                w.push(LoadWarning {
                    file: file.into(),
                    line: n + 1,
                    message: "expected LEMMA PAST PARTICIPLE".into(),
                });
                continue;
            }
            self.irregular.insert(
                parts[0].to_lowercase(),
                (parts[1].to_lowercase(), parts[2].to_lowercase()),
            );
        }
    }

    pub(crate) fn read_patterns(&mut self, file: &str, text: &str, w: &mut Vec<LoadWarning>) {
        for (n, line) in text.lines().enumerate() {
            let line = strip_comment(line);
            if line.is_empty() {
                continue;
            }
            match parse_pattern_line(line) {
                Ok((lemma, code, elems, subject)) => {
                    let p = Pattern {
                        code,
                        elems,
                        text: line.to_string(),
                        file: file.into(),
                        line: n + 1,
                        added: false,
                        subject,
                    };
                    self.add_pattern(&lemma, p);
                }
                Err(m) => w.push(LoadWarning { file: file.into(), line: n + 1, message: m }),
            }
        }
    }

    pub(crate) fn finish(&mut self) {
        self.forms.clear();
        for (i, l) in self.lemmas.iter_mut().enumerate() {
            l.patterns.sort_by_key(|p| {
                let w = p.weight();
                std::cmp::Reverse((w > 0, !p.added, w))
            });
            let lemma = l.lemma.clone();
            let mut forms = regular_forms(&lemma);
            if let Some((past, part)) = self.irregular.get(&lemma) {
                forms.retain(|(_, f)| !matches!(f, Form::PastOrParticiple));
                if past == part {
                    forms.push((past.clone(), Form::PastOrParticiple));
                } else {
                    forms.push((past.clone(), Form::Past));
                    forms.push((part.clone(), Form::Participle));
                }
            }
            for (f, form) in forms {
                let v = self.forms.entry(f).or_default();
                if !v.contains(&(i, form)) {
                    v.push((i, form));
                }
            }
        }
    }
}

fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim()
}

/// An event code as the verb index takes it: 2 to 4 characters, digits but for a last
/// letter or digit; `A:B` for paired codes.
pub(crate) fn valid_code(code: &str) -> bool {
    code.split(':').all(|c| {
        let b = c.as_bytes();
        (2..=4).contains(&b.len())
            && b[..b.len() - 1].iter().all(u8::is_ascii_digit)
            && b[b.len() - 1].is_ascii_alphanumeric()
    })
}

fn parse_pattern_line(line: &str) -> Result<(String, String, Vec<Elem>, Vec<String>), String> {
    let (head, tail) = match line.split_once(':') {
        // A paired code has a colon too: split on " : " or ": " after the lemma.
        Some(_) => split_head(line),
        None => (line, ""),
    };
    let mut hp = head.split_whitespace();
    let code = hp.next().ok_or("missing code")?.to_string();
    // `---`: the words after the verb make it no event ("shot a video").
    if code != "---" && !valid_code(&code) {
        return Err(format!("'{code}' is not an event code"));
    }
    let lemma = hp.next().ok_or("missing verb")?.to_lowercase();
    let mut subject = Vec::new();
    for t in hp {
        match t.strip_prefix('@') {
            Some(a) if a.len() == 3 && a.chars().all(|c| c.is_ascii_uppercase()) => {
                subject.push(a.to_string())
            }
            _ => {
                return Err(
                    "one verb a line, then only @AGENT subject codes; put the words after it behind ':'"
                        .into(),
                );
            }
        }
    }
    let mut elems = Vec::new();
    for t in tail.split_whitespace() {
        elems.push(match t {
            "+" => Elem::Target,
            "$" => Elem::Source,
            "~" => Elem::Gap,
            s if s.starts_with('&') && s.len() > 1 => Elem::Set(s.to_lowercase()),
            s if s.chars().all(|c| c.is_alphanumeric() || c == '\'' || c == '-') => {
                Elem::Word(s.to_lowercase())
            }
            s => return Err(format!("cannot read pattern element '{s}'")),
        });
    }
    Ok((lemma, code, elems, subject))
}

/// Splits `CODE LEMMA : ELEMENTS`, where CODE may itself contain a colon.
fn split_head(line: &str) -> (&str, &str) {
    let code_end = line.find(char::is_whitespace).unwrap_or(line.len());
    match line[code_end..].find(':') {
        Some(p) => (&line[..code_end + p], &line[code_end + p + 1..]),
        None => (line, ""),
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Regular inflections of a lemma. Where the final consonant might double ("plan" ->
/// "planned"), both spellings are produced; the wrong one never occurs in text.
pub fn regular_forms(l: &str) -> Vec<(String, Form)> {
    let b = l.as_bytes();
    let n = b.len();
    let mut out = vec![(l.to_string(), Form::Base)];
    if n == 0 {
        return out;
    }
    let last = b[n - 1];
    let cons_y = last == b'y' && n > 1 && !is_vowel(b[n - 2]);
    let s = if cons_y {
        format!("{}ies", &l[..n - 1])
    } else if l.ends_with(['s', 'x', 'z', 'o']) || l.ends_with("ch") || l.ends_with("sh") {
        format!("{l}es")
    } else {
        format!("{l}s")
    };
    out.push((s, Form::ThirdSingular));
    let ed = if last == b'e' {
        format!("{l}d")
    } else if cons_y {
        format!("{}ied", &l[..n - 1])
    } else {
        format!("{l}ed")
    };
    out.push((ed, Form::PastOrParticiple));
    let ing = if l.ends_with("ie") {
        format!("{}ying", &l[..n - 2])
    } else if last == b'e'
        && !l.ends_with("ee")
        && !l.ends_with("ye")
        && !l.ends_with("oe")
        && n > 2
    {
        format!("{}ing", &l[..n - 1])
    } else {
        format!("{l}ing")
    };
    out.push((ing, Form::Ing));
    // Consonant-vowel-consonant ending: also the doubled spelling.
    if n >= 3
        && !is_vowel(last)
        && !matches!(last, b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
    {
        let c = last as char;
        out.push((format!("{l}{c}ed"), Form::PastOrParticiple));
        out.push((format!("{l}{c}ing"), Form::Ing));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let forms: Vec<String> = regular_forms("supply").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, vec!["supply", "supplies", "supplied", "supplying"]);
        let forms: Vec<String> = regular_forms("plan").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"planned".to_string()) && forms.contains(&"planning".to_string()));
        let forms: Vec<String> = regular_forms("praise").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, vec!["praise", "praises", "praised", "praising"]);
    }

    #[test]
    fn a_word_stands_for_itself_and_its_singular() {
        let bases = |t: &str| word_bases(t).map(|b| b.into_owned()).collect::<Vec<_>>();
        assert_eq!(bases("missiles"), ["missiles", "missile", "missil"]);
        assert_eq!(bases("allies"), ["allies", "allie", "alli", "ally"]);
        assert_eq!(bases("talks"), ["talks", "talk"]);
        assert_eq!(bases("ally"), ["ally"]);
    }

    /// `stands_for` says what looking among `word_bases` says, for words with and without
    /// each plural ending, pattern words of every kind among them.
    #[test]
    fn standing_for_is_being_a_base() {
        let words = [
            "missiles",
            "missile",
            "missil",
            "allies",
            "allie",
            "alli",
            "ally",
            "talks",
            "talk",
            "s",
            "es",
            "ies",
            "y",
            "",
            "yes",
            "ys",
            "buses",
            "bus",
            "busy",
            "busies",
            "is",
            "i",
            "iy",
            "countries",
            "country",
        ];
        for token in words {
            for w in words {
                let want = word_bases(token).any(|b| b == w);
                assert_eq!(stands_for(w, token), want, "{w:?} for {token:?}");
            }
        }
    }

    #[test]
    fn pattern_lines() {
        let (l, c, e, subj) = parse_pattern_line("072 supply : + with ~ &arms").unwrap();
        assert_eq!((l.as_str(), c.as_str()), ("supply", "072"));
        assert!(subj.is_empty());
        assert_eq!(
            e,
            vec![Elem::Target, Elem::Word("with".into()), Elem::Gap, Elem::Set("&arms".into())]
        );
        let (l, c, e, _) = parse_pattern_line("032:033 leave : for +").unwrap();
        assert_eq!((l.as_str(), c.as_str(), e.len()), ("leave", "032:033", 2));
        assert!(parse_pattern_line("7x2 supply").is_err());
        assert!(parse_pattern_line("072 supply : + <with>").is_err());
        // A subject constraint: military or rebel subjects only.
        let (l, _, e, subj) = parse_pattern_line("190 strike @MIL @REB").unwrap();
        assert_eq!((l.as_str(), e.len(), subj), ("strike", 0, vec!["MIL".into(), "REB".into()]));
        assert!(parse_pattern_line("190 strike back").is_err());
        let p = Pattern {
            code: "190".into(),
            elems: Vec::new(),
            text: String::new(),
            file: String::new(),
            line: 1,
            added: false,
            subject: vec!["MIL".into()],
        };
        assert!(p.subject_fits("ISRMIL") && p.subject_fits("IGOWSTNATMIL"));
        assert!(!p.subject_fits("ISR") && !p.subject_fits("MILGOV") && !p.subject_fits("GBRLAB"));
    }
}
