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

/// A phrase that ends in its own acronym in brackets ("liberation tigers of tamil eelam
/// (ltte)"), without it; None for any other phrase ("congo (kinshasa)" keeps its bracket).
fn without_acronym(p: &PhraseSpec) -> Option<PhraseSpec> {
    let (last, before) = p.words.split_last()?;
    let inner = last.strip_prefix('(')?.strip_suffix(')')?;
    let initials: String = before
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "in" | "de" | "du" | "la"))
        .filter_map(|w| w.chars().next())
        .collect();
    (before.len() >= 2 && inner.len() >= 2 && initials == inner)
        .then(|| PhraseSpec { words: before.to_vec(), stems: p.stems[..before.len()].to_vec() })
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
        let (a, b) =
            rest.split_once('-').ok_or_else(|| format!("cannot read the dates of [{inner}]"))?;
        from = Some(tabari_date(a).ok_or_else(|| format!("bad date in [{inner}]"))?);
        to = Some(tabari_date(b).ok_or_else(|| format!("bad date in [{inner}]"))?);
    }
    let mut out = Vec::new();
    for c in code_part.split('/') {
        let c = c.trim().trim_start_matches('~');
        if c.is_empty()
            || !c
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '+' || ch == '#')
        {
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
    let mut warn =
        |line: usize, m: String| w.push(LoadWarning { file: file.into(), line, message: m });
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
    // "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": the name is also written without its
    // acronym (which news put in brackets once, if at all).
    for a in &mut out {
        let extra: Vec<PhraseSpec> = a
            .phrases
            .iter()
            .filter_map(without_acronym)
            .filter(|p| !a.phrases.contains(p))
            .collect();
        a.phrases.extend(extra);
    }
    // An actor without any code cannot be used.
    out.retain(|a| {
        if a.codes.is_empty() {
            w.push(LoadWarning {
                file: file.into(),
                line: a.line,
                message: "actor without a code".into(),
            });
            false
        } else {
            true
        }
    });
    out
}

/// An agent: its phrases (with generated plurals) and its code, which goes after the country
/// code (`[~GOV]`: RUSGOV) or before it (`[IGO~]`: IGORUS).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentSpec {
    pub phrases: Vec<PhraseSpec>,
    pub code: String,
    pub prefix: bool,
    pub line: usize,
}

/// The regular plural of a phrase's last word.
fn plural(p: &PhraseSpec) -> PhraseSpec {
    let mut q = p.clone();
    if let Some(w) = q.words.last_mut() {
        *w = if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") {
            format!("{}ies", &w[..w.len() - 1])
        } else if w.ends_with('s') || w.ends_with('x') || w.ends_with("ch") || w.ends_with("sh") {
            format!("{w}es")
        } else {
            format!("{w}s")
        };
    }
    q
}

/// The most phrases one agent line may expand to through its macros.
const MAX_MACRO_PHRASES: usize = 1000;

/// Reads a TABARI/PETRARCH agents file: `!MACRO! = A, B` definitions, then
/// `PHRASE [{PLURALS}] [~CODE]` lines where `!MACRO!` inside a phrase stands for each of its
/// words, `{}` means no plural and `{X Y}` lists the plurals.
pub fn read_agents(file: &str, text: &str, w: &mut Vec<LoadWarning>) -> Vec<AgentSpec> {
    let mut macros: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = Vec::new();
    let mut warn =
        |line: usize, m: String| w.push(LoadWarning { file: file.into(), line, message: m });
    for (n, raw) in clean_lines(text) {
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if l.starts_with('!') && l.contains('=') {
            let (name, list) = l.split_once('=').expect("checked");
            macros.push((
                name.trim().to_string(),
                list.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect(),
            ));
            continue;
        }
        let Some(open) = l.rfind('[') else {
            warn(n, "no [CODE]".into());
            continue;
        };
        let code_raw = l[open + 1..].split(']').next().unwrap_or("").trim();
        let (code, prefix) = match (code_raw.strip_prefix('~'), code_raw.strip_suffix('~')) {
            (Some(c), _) => (c, false),
            (None, Some(c)) => (c, true),
            _ => (code_raw, false),
        };
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            warn(n, format!("'{code_raw}' is not an agent code"));
            continue;
        }
        let head = &l[..open];
        let (name, plurals) = match head.find('{') {
            Some(b) => (&head[..b], Some(head[b + 1..].split('}').next().unwrap_or(""))),
            None => (head, None),
        };
        // Expand macros: one phrase per macro word.
        let mut names = vec![name.trim().to_string()];
        for (m, words) in &macros {
            names = names
                .iter()
                .flat_map(|nm| {
                    if nm.contains(m.as_str()) {
                        words.iter().map(|x| nm.replace(m.as_str(), x)).collect::<Vec<_>>()
                    } else {
                        vec![nm.clone()]
                    }
                })
                .collect();
            if names.len() > MAX_MACRO_PHRASES {
                break;
            }
        }
        if names.len() > MAX_MACRO_PHRASES {
            warn(n, format!("macros expand to more than {MAX_MACRO_PHRASES} phrases"));
            continue;
        }
        if names.iter().any(|nm| nm.contains('!')) {
            warn(n, "unknown !MACRO!".into());
            continue;
        }
        let mut phrases: Vec<PhraseSpec> = names.iter().filter_map(|nm| phrase(nm)).collect();
        if phrases.is_empty() {
            warn(n, "no phrase".into());
            continue;
        }
        match plurals {
            Some(p) if p.trim().is_empty() => {}
            Some(p) => phrases.extend(p.split_whitespace().filter_map(phrase)),
            // Macro phrases already list their plural words (MAN, MEN).
            None if names.len() == 1 => phrases.push(plural(&phrases[0])),
            None => {}
        }
        out.push(AgentSpec { phrases, code: code.to_ascii_uppercase(), prefix, line: n });
    }
    out
}

/// Reads a discards file: one phrase a line, `+` for a story-level discard.
pub fn read_discards(text: &str) -> Vec<(PhraseSpec, bool)> {
    clean_lines(text)
        .into_iter()
        .filter_map(|(_, l)| {
            let l = l.trim();
            let (story, p) = match l.strip_prefix('+') {
                Some(r) => (true, r),
                None => (false, l),
            };
            phrase(p).map(|p| (p, story))
        })
        .collect()
}

/// One element of a PETRARCH verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatTok {
    /// A literal word; `joined` when the next element must follow it directly (`A_B`);
    /// `prep` when it opens a bracketed phrase (PETRARCH2's `(TO)`, `(AGAINST_+)`): a
    /// preposition heading its phrase.
    Word { word: String, joined: bool, prep: bool },
    /// `&NAME`: any phrase of a synonym set.
    Synset(String),
    /// `+`: the target.
    Target,
    /// `$`: the source.
    Source,
    /// `%`: a compound actor.
    Compound,
    /// `^`: skips one noun phrase.
    Skip,
}

/// A pattern: the elements before the verb (`*`), those after, and its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternSpec {
    pub pre: Vec<PatTok>,
    pub post: Vec<PatTok>,
    /// The first post-verb element must follow the verb directly (`*_OUT`).
    pub verb_joined: bool,
    /// Per element: must the next element (or the verb) follow it directly?
    pub pre_joined: Vec<bool>,
    pub post_joined: Vec<bool>,
    /// Per post-verb element: does it stand in the round bracket an earlier element opened
    /// (`(OF TROOP)`'s TROOP), so that only a few words of that phrase come between?
    pub post_in_phrase: Vec<bool>,
    pub code: String,
    pub line: usize,
    /// The verb the line's comment names (`- * OPERATION [190] # CONDUCT`), lower-case: the
    /// Phoenix files merged per-verb lists into synonym blocks and kept each pattern's verb in
    /// its comment, so "monitor ... operation" is not coded as "conduct an operation".
    pub verb: Option<String>,
}

impl PatternSpec {
    /// Whether the pattern applies to `lemma` (the first word of a verb of `block`): always,
    /// unless its comment names another verb of the block and the pattern has fewer than two
    /// words of content ("OPERATION # CONDUCT" is not "monitor an operation"; "STATE (OF
    /// EMERGENCY) # DECREE" says the same after "declare").
    pub fn applies_to(&self, block: &VerbBlock, lemma: &str) -> bool {
        const FUNCTION_WORDS: &[&str] =
            &["of", "to", "for", "with", "on", "in", "at", "by", "from", "a", "an", "the", "into"];
        let named_other = match &self.verb {
            Some(v) if v != lemma => block.verbs.iter().any(|b| b.words.first() == Some(v)),
            _ => false,
        };
        let content = self
            .pre
            .iter()
            .chain(&self.post)
            .filter(|t| match t {
                PatTok::Word { word, .. } => !FUNCTION_WORDS.contains(&word.as_str()),
                PatTok::Synset(_) => true,
                _ => false,
            })
            .count();
        !named_other || content >= 2
    }
}

/// One verb of a block: its words (a multi-word verb has several; `head` is the one that
/// inflects, marked `+` in the file or else the first), the forms the file lists, and a code of
/// its own where it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbSpec {
    pub words: Vec<String>,
    pub head: usize,
    pub forms: Vec<Vec<String>>,
    pub code: Option<String>,
}

/// A verb block: its verbs and patterns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VerbBlock {
    pub name: String,
    pub code: String,
    pub verbs: Vec<VerbSpec>,
    pub patterns: Vec<PatternSpec>,
    pub line: usize,
}

/// Synonym sets: `&NAME` then `+PHRASE` lines.
pub type Synsets = Vec<(String, Vec<PhraseSpec>)>;

/// A pattern's elements as [`pattern_tokens`] reads them.
struct Tokens {
    pre: Vec<PatTok>,
    post: Vec<PatTok>,
    verb_joined: bool,
    pre_joined: Vec<bool>,
    post_joined: Vec<bool>,
    post_in_phrase: Vec<bool>,
}

fn pattern_tokens(body: &str) -> Result<Tokens, String> {
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut seen_verb = false;
    let mut verb_joined = false;
    let (mut pre_j, mut post_j) = (Vec::new(), Vec::new());
    let mut post_in = Vec::new();
    // Brackets only group, except that a word alone in a round bracket before its actors is
    // a preposition heading that phrase ("(TO)", "(AGAINST_+)"; "(TO LEAVE)" is an
    // infinitive); an underscore binds a word to the next element.
    let mut cleaned = String::with_capacity(body.len() + 8);
    for c in body.chars() {
        match c {
            '(' => cleaned.push_str(" ( "),
            ')' => cleaned.push_str(" ) "),
            '{' | '}' => cleaned.push(' '),
            c => cleaned.push(c),
        }
    }
    // Inside a round bracket: whether its first element is still to come, and where the
    // word that opened it stands (after the verb?, index); whether one is open at all.
    let mut opening = false;
    let mut opened: Option<(bool, usize)> = None;
    let mut in_bracket = false;
    for chunk in cleaned.split_whitespace() {
        match chunk {
            "(" => {
                opening = true;
                in_bracket = true;
                opened = None;
                continue;
            }
            ")" => {
                opening = false;
                in_bracket = false;
                opened = None;
                continue;
            }
            _ => {}
        }
        let parts: Vec<&str> = chunk.split('_').collect();
        for (k, part) in parts.iter().enumerate() {
            let joined = k + 1 < parts.len() && !parts[k + 1].is_empty();
            let tok = match *part {
                "" => continue,
                "*" => {
                    if seen_verb {
                        return Err("two verb markers".into());
                    }
                    seen_verb = true;
                    verb_joined = k + 1 < parts.len() && !parts[k + 1].is_empty();
                    continue;
                }
                "+" => PatTok::Target,
                "$" => PatTok::Source,
                "%" => PatTok::Compound,
                "^" => PatTok::Skip,
                p if p.starts_with('&') => {
                    PatTok::Synset(p.trim_end_matches('_').to_ascii_uppercase())
                }
                p if p.starts_with('+') || p.starts_with('$') => {
                    // "+RST": a word that is also the verb in TABARI multi-word forms.
                    PatTok::Word { word: p[1..].to_lowercase(), joined, prep: false }
                }
                p => PatTok::Word { word: p.to_lowercase(), joined, prep: opening },
            };
            if let PatTok::Word { .. } = tok {
                // A second word in the bracket: the first was no preposition of its own.
                if let Some((after, k)) = opened.take() {
                    let list = if after { &mut post } else { &mut pre };
                    if let Some(PatTok::Word { prep, .. }) = list.get_mut(k) {
                        *prep = false;
                    }
                }
                if opening {
                    opened = Some((seen_verb, if seen_verb { post.len() } else { pre.len() }));
                }
            }
            if seen_verb {
                post.push(tok);
                post_j.push(joined);
                post_in.push(in_bracket && !opening);
            } else {
                pre.push(tok);
                pre_j.push(joined);
            }
            opening = false;
        }
    }
    if !seen_verb {
        return Err("no verb marker '*'".into());
    }
    Ok(Tokens {
        pre,
        post,
        verb_joined,
        pre_joined: pre_j,
        post_joined: post_j,
        post_in_phrase: post_in,
    })
}

/// Splits a verb as written (`WIRE_+TAP`, `BREAK DOWN`) into lower-case words and the index of
/// the word that inflects.
fn verb_words(raw: &str) -> (Vec<String>, usize) {
    let mut head = None;
    let mut words = Vec::new();
    for x in raw.split(|c: char| c == '_' || c.is_whitespace()).filter(|x| !x.is_empty()) {
        if x.starts_with('+') && head.is_none() {
            head = Some(words.len());
        }
        let w = x.trim_start_matches('+').to_lowercase();
        if !w.is_empty() {
            words.push(w);
        }
    }
    (words, head.unwrap_or(0))
}

/// Reads a verbs file in either format (PETRARCH-1/TABARI or PETRARCH2's CAMEO.2.0).
pub fn read_verbs(file: &str, text: &str, w: &mut Vec<LoadWarning>) -> (Vec<VerbBlock>, Synsets) {
    let mut blocks: Vec<VerbBlock> = Vec::new();
    let mut synsets: Synsets = Vec::new();
    let mut in_synset = false;
    let mut warn =
        |line: usize, m: String| w.push(LoadWarning { file: file.into(), line, message: m });
    let originals: Vec<&str> = text.lines().collect();
    // The word a pattern line's comment starts with ("# CONDUCT"), lower-case.
    let comment_verb = |n: usize| {
        let c = originals.get(n.wrapping_sub(1))?.split_once('#')?.1;
        let w = c.split_whitespace().next()?.to_lowercase();
        w.chars().all(|ch| ch.is_ascii_alphabetic()).then_some(w)
    };
    for (n, raw) in clean_lines(text) {
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if l.starts_with("---") {
            let inner = l.trim_matches('-').trim();
            let (name, code) = match inner.find('[') {
                Some(p) => {
                    (inner[..p].trim(), inner[p + 1..].split(']').next().unwrap_or("").trim())
                }
                None => (inner, "---"),
            };
            blocks.push(VerbBlock {
                name: name.to_string(),
                code: code.to_string(),
                line: n,
                ..Default::default()
            });
            in_synset = false;
            continue;
        }
        if let Some(name) = l.strip_prefix('&') {
            synsets.push((
                format!(
                    "&{}",
                    name.split_whitespace()
                        .next()
                        .unwrap_or("")
                        .trim_end_matches('_')
                        .to_ascii_uppercase()
                ),
                Vec::new(),
            ));
            in_synset = true;
            continue;
        }
        if in_synset {
            if let Some(p) = l.strip_prefix('+') {
                if let (Some(set), Some(ph)) = (synsets.last_mut(), phrase(p)) {
                    set.1.push(ph);
                }
                continue;
            }
            in_synset = false;
        }
        if l.starts_with('~') {
            // A transformation: read by `read_transformations`.
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            warn(n, "line before any verb block".into());
            continue;
        };
        if let Some(body) = l.strip_prefix('-') {
            let (pat, code) = match body.rfind('[') {
                Some(p) => (&body[..p], body[p + 1..].split(']').next().unwrap_or("").trim()),
                None => {
                    warn(n, "pattern without [CODE]".into());
                    continue;
                }
            };
            match pattern_tokens(pat) {
                Ok(t) => block.patterns.push(PatternSpec {
                    pre: t.pre,
                    post: t.post,
                    verb_joined: t.verb_joined,
                    pre_joined: t.pre_joined,
                    post_joined: t.post_joined,
                    post_in_phrase: t.post_in_phrase,
                    code: code.to_string(),
                    line: n,
                    verb: comment_verb(n),
                }),
                Err(m) => warn(n, m),
            }
            continue;
        }
        // A verb line: WORDS [{FORMS}] [[CODE]]; a leading '+' marks another verb of the block.
        let l = l.trim_start_matches('+');
        let (head, code) = match l.rfind('[') {
            Some(p) => {
                (&l[..p], Some(l[p + 1..].split(']').next().unwrap_or("").trim().to_string()))
            }
            None => (l, None),
        };
        let (words_part, forms): (&str, Vec<Vec<String>>) = match head.find('{') {
            Some(b) => (
                &head[..b],
                head[b + 1..]
                    .split('}')
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .map(|f| verb_words(f).0)
                    .collect(),
            ),
            None => (head, Vec::new()),
        };
        let (words, head) = verb_words(words_part);
        if words.is_empty() {
            warn(n, "cannot read this verb line".into());
            continue;
        }
        block.verbs.push(VerbSpec { words, head, forms, code });
    }
    (blocks, synsets)
}

/// A PETRARCH2 transformation: an event nested in another verb's clause becomes a different
/// event. `~ a (a b ATTACK) SAY = a b 015`: when `a` SAYs that `a` ATTACKs `b`, code `a b 015`.
/// Variables: a letter names an actor; `_` is no one (or anyone), `.` anyone. The inner verb may
/// be `Q` (any verb) and the result code `Q` (the inner event's code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    pub outer_source: String,
    pub inner_source: String,
    pub inner_target: String,
    /// Lower-case verb, words joined by spaces; "q" for any.
    pub inner_verb: String,
    pub outer_verb: String,
    pub result_source: String,
    pub result_target: String,
    pub result_code: String,
    pub line: usize,
}

/// Reads the transformation lines (`~ ...`) of a PETRARCH2 verbs file.
pub fn read_transformations(
    file: &str,
    text: &str,
    w: &mut Vec<LoadWarning>,
) -> Vec<Transformation> {
    let mut out = Vec::new();
    for (n, raw) in clean_lines(text) {
        let Some(body) = raw.trim().strip_prefix('~') else { continue };
        match parse_transformation(body) {
            Some(mut t) => {
                t.line = n;
                out.push(t);
            }
            None => w.push(LoadWarning {
                file: file.into(),
                line: n,
                message:
                    "cannot read this transformation (expected `~ a (a b VERB) VERB = a b CODE`)"
                        .into(),
            }),
        }
    }
    out
}

fn parse_transformation(body: &str) -> Option<Transformation> {
    let (lhs, rhs) = body.split_once('=')?;
    let open = lhs.find('(')?;
    let close = open + lhs[open..].find(')')?;
    let outer_source = lhs[..open].trim().to_string();
    let inner: Vec<&str> = lhs[open + 1..close].split_whitespace().collect();
    let outer_verb = lhs[close + 1..].trim().replace('_', " ").to_lowercase();
    let res: Vec<&str> = rhs.split_whitespace().collect();
    if outer_source.split_whitespace().count() != 1
        || inner.len() != 3
        || outer_verb.is_empty()
        || res.len() != 3
    {
        return None;
    }
    Some(Transformation {
        outer_source,
        inner_source: inner[0].to_string(),
        inner_target: inner[1].to_string(),
        inner_verb: inner[2].replace('_', " ").to_lowercase(),
        outer_verb,
        result_source: res[0].to_string(),
        result_target: res[1].to_string(),
        result_code: res[2].to_string(),
        line: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transformations() {
        let text = "--- SAY [010] ---\nSAY {SAID}\n~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK ) WANT = a b 021\n~ broken line\n";
        let mut w = Vec::new();
        let t = read_transformations("t.verbs.txt", text, &mut w);
        assert_eq!(t.len(), 2);
        assert_eq!(
            (
                t[0].inner_source.as_str(),
                t[0].inner_target.as_str(),
                t[0].inner_verb.as_str(),
                t[0].outer_verb.as_str()
            ),
            ("a", "b", "attack", "say")
        );
        assert_eq!(
            (t[1].inner_target.as_str(), t[1].result_code.as_str(), t[1].line),
            (".", "021", 4)
        );
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 5);
        let (b, _) = read_verbs("t.verbs.txt", text, &mut Vec::new());
        assert_eq!(b[0].verbs.len(), 1, "transformation lines are not verbs");
    }

    #[test]
    fn verb_blocks_in_both_formats() {
        let text = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON  [345]  ---\nABANDON    # pas\n- * NEW_&TIETYPES_RELATIONS [903]\n- SUGGESTED_+ * DEMAND  [111]\n---  ACCELERATE   [---]  ---\nHURRY {HURRIES HURRYING HURRIED }\nBROKER [045]\n- * (TO)   [042:043]     # RUSH\n- &MILITARY *  [154]\n- * (TO {BANNED PARTIES}) $  [1722]\n- no verb here [010]\n";
        let mut w = Vec::new();
        let (b, syn) = read_verbs("t.verbs.txt", text, &mut w);
        assert_eq!(syn.len(), 1);
        assert_eq!(syn[0].1.len(), 2);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].code, "345");
        assert_eq!(
            b[0].patterns[0].post,
            vec![
                PatTok::Word { word: "new".into(), joined: true, prep: false },
                PatTok::Synset("&TIETYPES".into()),
                PatTok::Word { word: "relations".into(), joined: false, prep: false }
            ]
        );
        assert_eq!(
            b[0].patterns[1].pre,
            vec![
                PatTok::Word { word: "suggested".into(), joined: true, prep: false },
                PatTok::Target
            ]
        );
        assert_eq!(b[1].verbs[0].forms, vec![vec!["hurries"], vec!["hurrying"], vec!["hurried"]]);
        assert_eq!(b[1].verbs[1].code.as_deref(), Some("045"));
        assert_eq!(b[1].patterns[0].code, "042:043");
        assert_eq!(b[1].patterns[2].post.last(), Some(&PatTok::Source));
        assert_eq!(w.len(), 1, "{w:?}");
        // A word alone in a round bracket is a preposition; one followed by another word
        // ("(TO {BANNED PARTIES})") is not.
        assert_eq!(
            b[1].patterns[0].post,
            vec![PatTok::Word { word: "to".into(), joined: false, prep: true }]
        );
        assert!(matches!(b[1].patterns[2].post[0], PatTok::Word { prep: false, .. }));
    }

    #[test]
    fn a_bracketed_word_before_an_actor_is_a_preposition() {
        let text = "--- ORDER [174] ---\nORDER\n- * (TO LEAVE) [174]\n- * (AGAINST_+) [111]\n- * + (TO) [042]\n";
        let (b, _) = read_verbs("t.verbs.txt", text, &mut Vec::new());
        let prep = |k: usize| -> Vec<bool> {
            b[0].patterns[k]
                .post
                .iter()
                .filter_map(|t| match t {
                    PatTok::Word { prep, .. } => Some(*prep),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(prep(0), vec![false, false], "an infinitive in brackets");
        assert_eq!(prep(1), vec![true]);
        assert_eq!(prep(2), vec![true]);
    }

    #[test]
    fn agents_with_macros_plurals_and_prefix_codes() {
        let text = "!PERSON! = MAN, MEN\nPARLIAMENTARY_OPPOSITION {} [~OPP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nCONGRESS!PERSON! [~LEG]\nPRESIDENT [~GOV]\nTRUCE_MONITOR [IGO~]\nBROKEN LINE\nX!NOPE! [~GOV]\n";
        let mut w = Vec::new();
        let a = read_agents("t.agents.txt", text, &mut w);
        assert_eq!(a.len(), 5, "{a:?}");
        assert_eq!(a[0].phrases.len(), 1, "{{}}: no plural");
        assert_eq!(a[1].phrases[1].words, vec!["attorneys", "general"]);
        assert_eq!(
            a[2].phrases.iter().map(|p| p.words.join(" ")).collect::<Vec<_>>(),
            vec!["congressman", "congressmen"]
        );
        assert_eq!(a[3].phrases[1].words, vec!["presidents"]);
        assert!(a[4].prefix && a[4].code == "IGO");
        assert_eq!(w.len(), 2, "{w:?}");
        let d = read_discards("MONTHS LATER\n+World Golf Championships   # pas\n");
        assert_eq!(d.len(), 2);
        assert!(!d[0].1 && d[1].1);
        assert_eq!(d[1].0.words, vec!["world", "golf", "championships"]);
    }

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
        assert_eq!(
            a[3].codes.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
            vec!["FRO", "BIL", "SAM"]
        );
        assert_eq!(a[3].phrases[0].words, vec!["the", "shire"]);
        let lines: Vec<usize> = w.iter().map(|x| x.line).collect();
        assert!(
            lines.contains(&13) && lines.contains(&12),
            "bad code block and actor without code are reported: {w:?}"
        );
    }

    #[test]
    fn a_name_ending_in_its_bracketed_acronym_is_also_read_without_it() {
        let text = "FREE_ARMY_OF_THE_NORTH_(FAN)_ [XXXREB]\nCONGO_(KINSHASA)_ [COD]\n";
        let mut w = Vec::new();
        let a = read_actors("t.actors.txt", text, &mut w);
        let words = |i: usize| a[i].phrases.iter().map(|p| p.words.join(" ")).collect::<Vec<_>>();
        assert_eq!(words(0), vec!["free army of the north (fan)", "free army of the north"]);
        assert_eq!(words(1), vec!["congo (kinshasa)"], "a bracket that is no acronym stays");
    }

    #[test]
    fn suite_and_production_actor_files_load() {
        let dir =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
        for f in ["dictionaries/PETR.Validate.agents.txt", "phoenix/Phoenix.agents.txt"] {
            if let Ok(bytes) = std::fs::read(dir.join(f)) {
                let mut w = Vec::new();
                let a = read_agents(f, &String::from_utf8_lossy(&bytes), &mut w);
                eprintln!("{f}: {} agents, {} lines refused", a.len(), w.len());
                assert!(a.len() > 40 && w.len() * 20 < a.len(), "{f}: {:?}", &w[..w.len().min(5)]);
            }
        }
        for f in ["dictionaries/PETR.Validate.verbs.txt", "phoenix/CAMEO.2.0.txt"] {
            let mut w = Vec::new();
            let (b, syn) = read_verbs(
                f,
                &String::from_utf8_lossy(&std::fs::read(dir.join(f)).unwrap()),
                &mut w,
            );
            let pats: usize = b.iter().map(|x| x.patterns.len()).sum();
            eprintln!(
                "{f}: {} verb blocks, {} verbs, {pats} patterns, {} synsets, {} lines refused",
                b.len(),
                b.iter().map(|x| x.verbs.len()).sum::<usize>(),
                syn.len(),
                w.len()
            );
            assert!(
                b.len() > 50 && pats > 100 && w.len() * 50 < pats,
                "{f}: {:?}",
                &w[..w.len().min(5)]
            );
        }
        let files = [
            "dictionaries/PETR.Validate.actors.txt",
            "phoenix/Phoenix.Countries.actors.txt",
            "phoenix/Phoenix.International.actors.txt",
            "phoenix/Phoenix.MilNonState.actors.txt",
        ];
        if !dir.join(files[0]).exists() {
            comity_core::missing_test_input("../shared/petrarch not found beside the checkout");
            return;
        }
        for f in files {
            let text = String::from_utf8_lossy(&std::fs::read(dir.join(f)).unwrap()).into_owned();
            let mut w = Vec::new();
            let a = read_actors(f, &text, &mut w);
            eprintln!(
                "{f}: {} actors, {} phrases, {} lines refused",
                a.len(),
                a.iter().map(|x| x.phrases.len()).sum::<usize>(),
                w.len()
            );
            assert!(a.len() > 50, "{f}");
            assert!(
                w.len() * 50 < a.len(),
                "{f}: too many refused lines: {:?}",
                &w[..w.len().min(5)]
            );
        }
    }
}
