//! Coding with PETRARCH/TABARI dictionaries, from the sentence text alone.
//!
//! The dictionaries of that family assume a shallow grammar: actors and agents are found by
//! phrase (stems unless a word ends in `_`), a verb's patterns are word sequences before and
//! after it (`$` source, `+` target, `%` compound, `^` one noun phrase, `&SYNSET`, `_` for
//! adjacency), the source is the verb's subject and the target the first actor after it. This
//! module builds that grammar over our own tokens: noun-phrase regions with compound actors
//! (`A, B and C`), agents attached to actors (`Gondor's government`, `soldiers from Gondor`,
//! `lawmakers and officials in A and B`), passives with `by`, compound verbs (`condemned ...
//! and promised ...`), clause rules for which later verbs still code, paired codes (`032:033`)
//! and date-limited actor codes.

use comity_core::{Date, Deadline, TimedOut};
use comity_dict::PetrarchSet;
use comity_dict::petrarch::{PatTok, PatternSpec, VerbBlock};
use comity_dict::petrarch_set::{VerbForm, pattern_weight};

/// Coder options; those of the PETRARCH validation records among them.
#[derive(Debug, Clone)]
pub struct PetrarchOptions {
    /// Drop events without a target (else the target is `---`).
    pub require_dyad: bool,
    /// When above zero, a noun phrase of at most this many words that names no known actor
    /// becomes an actor coded by its own text (upper case).
    pub new_actor_length: usize,
    /// TABARI's comma rules: which comma-delimited clauses are left out.
    pub commas: CommaRules,
}

impl Default for PetrarchOptions {
    fn default() -> Self {
        PetrarchOptions { require_dyad: true, new_actor_length: 0, commas: CommaRules::default() }
    }
}

/// TABARI's comma rules: a clause between commas (`min`..`max` words), one that opens the
/// sentence up to its first comma (`bmin`..`bmax`) or one that closes it after its last comma
/// (`emin`..`emax`) is left out, as an aside. A maximum of 0 turns a rule off (the default). A
/// comma between two plain words of a noun phrase ("complete, full ties") delimits no clause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommaRules {
    pub min: usize,
    pub max: usize,
    pub bmin: usize,
    pub bmax: usize,
    pub emin: usize,
    pub emax: usize,
}

/// One coded event. Byte offsets are into the text given to [`code_sentence`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrarchEvent {
    pub source: String,
    pub target: String,
    pub code: String,
    /// The verb's bytes.
    pub verb: [usize; 2],
    /// The source's and target's noun phrases (bytes), when found.
    pub source_span: Option<[usize; 2]>,
    pub target_span: Option<[usize; 2]>,
    /// Verb block and the line of the pattern that matched (None: the verb's own code).
    pub block: String,
    pub pattern_line: Option<usize>,
}

/// A discard phrase that matched: nothing is coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discarded {
    /// Story level (the whole article) or sentence level.
    pub story: bool,
    pub phrase: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PetrarchCoding {
    pub events: Vec<PetrarchEvent>,
    pub discard: Option<Discarded>,
    /// Issue phrases found: index into the set's `issues`, and the bytes.
    pub issues: Vec<(usize, [usize; 2])>,
}

#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    norm: String,
    punct: bool,
}

/// Dictionary tables look tokens up by their lower-case form.
impl AsRef<str> for Tok {
    fn as_ref(&self) -> &str {
        &self.norm
    }
}

/// Splits a sentence into lower-case tokens with byte offsets, TreeBank-like: `'s` and `n't`
/// are tokens of their own, punctuation is split off, abbreviations keep their periods.
fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A chunk: up to whitespace or an underscore (text sometimes joins names with it).
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() || c == '_' {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i;
        for (k, ch) in text[i..].char_indices() {
            if ch.is_whitespace() || ch == '_' {
                break;
            }
            end = i + k + ch.len_utf8();
        }
        i = end;
        split_chunk(text, start, end, &mut out);
    }
    out
}

fn is_punct_char(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '.'
            | '!'
            | '?'
            | '"'
            | '\''
            | '`'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2014}'
            | '\u{2013}'
    )
}

fn split_chunk(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Tok>) {
    let punct =
        |a: usize, b: usize| Tok { start: a, end: b, norm: text[a..b].to_string(), punct: true };
    // Leading punctuation.
    while s < e {
        let c = text[s..e].chars().next().unwrap_or(' ');
        if is_punct_char(c) && c != '.' {
            out.push(punct(s, s + c.len_utf8()));
            s += c.len_utf8();
        } else if c == '-' && text[s..e].starts_with("--") {
            out.push(punct(s, s + 2));
            s += 2;
        } else {
            break;
        }
    }
    // Trailing punctuation (kept in order).
    let mut tail = Vec::new();
    while s < e {
        let c = text[s..e].chars().next_back().unwrap_or(' ');
        let body = &text[s..e - c.len_utf8()];
        let abbreviation = c == '.' && body.contains('.') && !body.ends_with('.');
        if is_punct_char(c) && !abbreviation {
            tail.push(punct(e - c.len_utf8(), e));
            e -= c.len_utf8();
        } else if text[s..e].ends_with("--") {
            tail.push(punct(e - 2, e));
            e -= 2;
        } else {
            break;
        }
    }
    if s < e {
        let w = &text[s..e];
        let lower = w.to_lowercase().replace('\u{2019}', "'");
        if let Some(stem) = lower.strip_suffix("'s").filter(|x| !x.is_empty()) {
            let cut = if w.ends_with("\u{2019}s") { e - "\u{2019}s".len() } else { e - 2 };
            out.push(Tok { start: s, end: cut, norm: stem.to_string(), punct: false });
            out.push(Tok { start: cut, end: e, norm: "'s".into(), punct: false });
        } else if let Some(stem) = lower.strip_suffix("n't").filter(|x| !x.is_empty()) {
            let cut = e - 3;
            out.push(Tok { start: s, end: cut, norm: stem.to_string(), punct: false });
            out.push(Tok { start: cut, end: e, norm: "n't".into(), punct: false });
        } else {
            out.push(Tok { start: s, end: e, norm: lower, punct: false });
        }
    }
    tail.reverse();
    out.extend(tail);
}

const PREPS: &[&str] = &[
    "of", "in", "from", "by", "with", "to", "for", "at", "on", "against", "between", "among",
    "into", "near", "over", "under", "about", "toward", "towards", "across", "through", "without",
    "within", "during", "despite", "per", "via", "amid", "upon", "onto", "like", "than",
];
const CONNECTORS: &[&str] = &["of", "in", "from"];
const DETS: &[&str] = &[
    "the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "some", "any", "'s",
];
const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "while", "when", "because", "although", "though", "if",
    "whereas", "unless",
];
const BOUNDARY: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "when", "while", "after", "before", "since",
    "until", "because", "although", "though", "if", "but", "as", "whether", "unless", "whereas",
    "than", "so",
];
const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
    "did", "not", "n't", "to", "wo", "ca", "never",
];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

fn is(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// A run of tokens naming an actor or agent.
#[derive(Debug, Clone)]
struct Unit {
    first: usize,
    last: usize,
    actor: Option<usize>,
    agent: Option<usize>,
}

/// A verb found in the sentence.
#[derive(Debug, Clone)]
struct VerbHit<'a> {
    first: usize,
    last: usize,
    form: &'a VerbForm,
    /// Every form with the same words (a verb listed in several blocks).
    all: Vec<&'a VerbForm>,
}

/// A noun-phrase region: what it codes to, conjunct by conjunct.
#[derive(Debug, Clone)]
struct Region {
    first: usize,
    last: usize,
    /// Codes of each conjunct.
    conjuncts: Vec<Vec<String>>,
}

impl Region {
    fn codes(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in self.conjuncts.iter().flatten() {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
        out
    }
}

struct Sentence<'a> {
    text: &'a str,
    set: &'a PetrarchSet,
    opts: &'a PetrarchOptions,
    date: Option<Date>,
    toks: Vec<Tok>,
    units: Vec<Unit>,
    unit_at: Vec<Option<usize>>,
    verbs: Vec<VerbHit<'a>>,
    verb_at: Vec<Option<usize>>,
    regions: Vec<Region>,
    region_at: Vec<Option<usize>>,
    /// Tokens of clauses the comma rules leave out.
    skipped: Vec<bool>,
    /// Pattern states known to fail (memo for the pattern matcher).
    failed: std::cell::RefCell<rustc_hash::FxHashSet<(u8, usize, usize, bool)>>,
}

/// Codes one sentence.
pub fn code_sentence(
    set: &PetrarchSet,
    text: &str,
    date: Option<Date>,
    opts: &PetrarchOptions,
) -> PetrarchCoding {
    // Without a deadline nothing times out.
    code_sentence_within(set, text, date, opts, &Deadline::none()).unwrap_or_default()
}

/// [`code_sentence`], giving up with [`TimedOut`] once `deadline` has passed (checked between
/// the steps of the analysis).
pub fn code_sentence_within(
    set: &PetrarchSet,
    text: &str,
    date: Option<Date>,
    opts: &PetrarchOptions,
    deadline: &Deadline,
) -> Result<PetrarchCoding, TimedOut> {
    let toks = tokenize(text);
    deadline.check()?;
    if let Some(d) = find_discard(set, &toks) {
        return Ok(PetrarchCoding { events: Vec::new(), discard: Some(d), issues: Vec::new() });
    }
    let issues = find_issues(set, &toks)
        .into_iter()
        .map(|(i, a, b)| (i, [toks[a].start, toks[b - 1].end]))
        .collect();
    deadline.check()?;
    let s = Sentence::analyse(set, text, toks, date, opts);
    deadline.check()?;
    Ok(PetrarchCoding { events: s.code(), discard: None, issues })
}

/// What the coder saw in a sentence, for people checking a coding: actors and agents,
/// verbs, noun phrases with their codes, and the events with the pattern lines behind them.
pub fn explain(
    set: &PetrarchSet,
    text: &str,
    date: Option<Date>,
    opts: &PetrarchOptions,
) -> String {
    use std::fmt::Write;
    let s = Sentence::analyse(set, text, tokenize(text), date, opts);
    let mut out = String::new();
    let words =
        |a: usize, b: usize| (a..b).map(|t| s.toks[t].norm.as_str()).collect::<Vec<_>>().join(" ");
    for u in &s.units {
        let what = match (u.actor, u.agent) {
            (Some(a), _) => format!("actor {:?}", s.actor_codes(a)),
            (_, Some(g)) => format!(
                "agent {}{}",
                if set.agents[g].prefix { "prefix " } else { "" },
                set.agents[g].code
            ),
            _ => String::new(),
        };
        let _ = writeln!(out, "  unit   [{}] {what}", words(u.first, u.last));
    }
    for v in &s.verbs {
        let blocks: Vec<&str> = v.all.iter().map(|f| set.blocks[f.block].name.as_str()).collect();
        let _ = writeln!(
            out,
            "  verb   [{}] blocks {blocks:?}{}",
            words(v.first, v.last),
            if s.passive(v) { " (passive)" } else { "" }
        );
    }
    for r in &s.regions {
        let _ = writeln!(
            out,
            "  phrase [{}] {:?}{}",
            words(r.first, r.last),
            r.conjuncts,
            if s.in_pp(r) { " (object of a preposition)" } else { "" }
        );
    }
    for e in s.code() {
        let _ = writeln!(
            out,
            "  event  {}>{}:{} verb '{}' block {} pattern line {}",
            e.source,
            e.target,
            e.code,
            &text[e.verb[0]..e.verb[1]],
            e.block,
            e.pattern_line.map_or("-".to_string(), |l| l.to_string())
        );
    }
    out
}

/// Issue phrases (issue, first token, end token), outside the phrases the issue file excludes
/// ("a head start" is not early childhood education).
fn find_issues(set: &PetrarchSet, toks: &[Tok]) -> Vec<(usize, usize, usize)> {
    if set.issues.is_empty() {
        return Vec::new();
    }
    let mut excluded = vec![false; toks.len()];
    for i in 0..toks.len() {
        if let Some((len, _)) = set.exclusion_table.longest(&toks[i..]) {
            excluded[i..i + len].iter_mut().for_each(|x| *x = true);
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match set.issue_table.longest(&toks[i..]) {
            Some((len, k)) if !excluded[i..i + len].iter().any(|&x| x) => {
                out.push((k, i, i + len));
                i += len;
            }
            _ => i += 1,
        }
    }
    out
}

/// Is any discard phrase in the text? (Story-level ones first.)
fn find_discard(set: &PetrarchSet, toks: &[Tok]) -> Option<Discarded> {
    let mut best: Option<Discarded> = None;
    for i in 0..toks.len() {
        if let Some((_, d)) = set.discard_table.longest(&toks[i..]) {
            let (p, story) = &set.discards[d];
            if best.as_ref().is_none_or(|b| *story && !b.story) {
                best = Some(Discarded { story: *story, phrase: p.words.join(" ") });
            }
        }
    }
    best
}

/// Appends an agent code to an actor code unless the code already ends with it.
fn with_agent(code: &str, agent: &str, prefix: bool) -> String {
    if prefix {
        if code.starts_with(agent) { code.to_string() } else { format!("{agent}{code}") }
    } else if code.ends_with(agent) {
        code.to_string()
    } else {
        format!("{code}{agent}")
    }
}

impl<'a> Sentence<'a> {
    /// Units, verbs, noun phrases and pronouns of a tokenised sentence.
    fn analyse(
        set: &'a PetrarchSet,
        text: &'a str,
        toks: Vec<Tok>,
        date: Option<Date>,
        opts: &'a PetrarchOptions,
    ) -> Sentence<'a> {
        let n = toks.len();
        let mut s = Sentence {
            text,
            set,
            opts,
            date,
            toks,
            units: Vec::new(),
            unit_at: vec![None; n],
            verbs: Vec::new(),
            verb_at: vec![None; n],
            regions: Vec::new(),
            region_at: vec![None; n],
            skipped: vec![false; n],
            failed: Default::default(),
        };
        s.find_units();
        s.find_verbs();
        s.apply_comma_rules();
        s.find_regions();
        s.resolve_pronouns();
        s
    }

    fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    fn words_before(&self, end: usize, word: &str) -> bool {
        self.toks[..end.min(self.toks.len())].iter().any(|t| t.norm == word)
    }

    fn words_after(&self, start: usize, word: &str) -> bool {
        self.toks.get(start..).is_some_and(|r| r.iter().any(|t| t.norm == word))
    }

    fn text_of(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn find_units(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if self.toks[i].punct {
                i += 1;
                continue;
            }
            // Phrases never cross punctuation.
            let end = (i..n)
                .find(|&k| self.toks[k].punct && self.norm(k) != "." && self.norm(k) != "-")
                .unwrap_or(n);
            let words = &self.toks[i..end];
            let actor = self
                .set
                .actor_table
                .longest(words)
                .filter(|&(_, a)| !self.actor_codes(a).is_empty());
            let agent = self.set.agent_table.longest(words);
            let unit = match (actor, agent) {
                (Some((la, _)), Some((lg, g))) if lg > la => {
                    Unit { first: i, last: i + lg, actor: None, agent: Some(g) }
                }
                (Some((la, a)), _) => Unit { first: i, last: i + la, actor: Some(a), agent: None },
                (None, Some((lg, g))) => {
                    Unit { first: i, last: i + lg, actor: None, agent: Some(g) }
                }
                (None, None) => {
                    i += 1;
                    continue;
                }
            };
            let k = self.units.len();
            for t in unit.first..unit.last {
                self.unit_at[t] = Some(k);
            }
            i = unit.last;
            self.units.push(unit);
        }
    }

    /// The codes of an actor in force on the sentence's date; `---` codes name no one.
    fn actor_codes(&self, a: usize) -> Vec<String> {
        let codes = &self.set.actors[a].codes;
        let dated: Vec<&str> = match self.date {
            Some(d) => codes
                .iter()
                .filter(|c| {
                    (c.from.is_some() || c.to.is_some())
                        && c.from.is_none_or(|f| f <= d)
                        && c.to.is_none_or(|t| d <= t)
                })
                .map(|c| c.code.as_str())
                .collect(),
            None => Vec::new(),
        };
        let chosen: Vec<&str> = if !dated.is_empty() {
            // The first block in force wins; codes written together ([A/B/C]) stay together.
            let first = codes.iter().find(|c| c.code == dated[0]).expect("from codes");
            codes
                .iter()
                .filter(|c| {
                    c.from == first.from && c.to == first.to && dated.contains(&c.code.as_str())
                })
                .map(|c| c.code.as_str())
                .collect()
        } else {
            let open: Vec<&str> = codes
                .iter()
                .filter(|c| c.from.is_none() && c.to.is_none())
                .map(|c| c.code.as_str())
                .collect();
            if open.is_empty() && self.date.is_none() {
                codes.iter().rev().take(1).map(|c| c.code.as_str()).collect()
            } else {
                open
            }
        };
        chosen
            .into_iter()
            .filter(|c| !c.is_empty() && !c.starts_with("---"))
            .map(str::to_string)
            .collect()
    }

    fn find_verbs(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if self.toks[i].punct || self.unit_at[i].is_some() {
                i += 1;
                continue;
            }
            let cands = self.set.verbs_at(&self.toks[i].norm);
            let hit = cands.iter().find(|f| {
                f.words.iter().enumerate().all(|(k, w)| {
                    self.toks
                        .get(i + k)
                        .is_some_and(|t| t.norm == *w && (k == 0 || self.unit_at[i + k].is_none()))
                })
            });
            let Some(form) = hit else {
                i += 1;
                continue;
            };
            // A determiner or possessive before it makes it a noun ("an attack", "their meeting").
            let noun = i > 0 && is(DETS, self.norm(i - 1));
            if !noun {
                let k = self.verbs.len();
                for t in i..i + form.words.len() {
                    self.verb_at[t] = Some(k);
                }
                let all: Vec<&VerbForm> = cands.iter().filter(|f| f.words == form.words).collect();
                self.verbs.push(VerbHit { first: i, last: i + form.words.len(), form, all });
                i += form.words.len();
            } else {
                i += 1;
            }
        }
    }

    /// A comma between two plain lower-case words of a noun phrase ("complete, full").
    fn np_comma(&self, c: usize) -> bool {
        let plain = |t: usize| {
            t < self.toks.len()
                && !self.toks[t].punct
                && self.unit_at[t].is_none()
                && self.verb_at[t].is_none()
                && !self.text_of(t).starts_with(|ch: char| ch.is_uppercase())
                && !(is(PREPS, self.norm(t))
                    || is(BOUNDARY, self.norm(t))
                    || is(AUX, self.norm(t))
                    || is(DETS, self.norm(t))
                    || self.norm(t) == "and")
        };
        c > 0 && plain(c - 1) && plain(c + 1)
    }

    /// Leaves out the clauses the comma rules name: their verbs do not code and their
    /// phrases are no one's subject or object.
    fn apply_comma_rules(&mut self) {
        let r = self.opts.commas;
        if r.max == 0 && r.bmax == 0 && r.emax == 0 {
            return;
        }
        let n = self.toks.len();
        let commas: Vec<usize> =
            (0..n).filter(|&t| self.norm(t) == "," && !self.np_comma(t)).collect();
        let (Some(&first), Some(&last)) = (commas.first(), commas.last()) else { return };
        let words = |a: usize, b: usize| (a..b).filter(|&t| !self.toks[t].punct).count();
        let within = |w: usize, lo: usize, hi: usize| hi > 0 && w >= lo && w <= hi;
        let mut skip = vec![false; n];
        if within(words(0, first), r.bmin, r.bmax) {
            skip[..=first].iter_mut().for_each(|x| *x = true);
        }
        if within(words(last + 1, n), r.emin, r.emax) {
            skip[last..].iter_mut().for_each(|x| *x = true);
        }
        for w in commas.windows(2) {
            if within(words(w[0] + 1, w[1]), r.min, r.max) {
                skip[w[0]..w[1]].iter_mut().for_each(|x| *x = true);
            }
        }
        self.skipped = skip;
        let kept: Vec<VerbHit<'a>> =
            self.verbs.drain(..).filter(|v| !self.skipped[v.first]).collect();
        self.verbs = kept;
        self.verb_at.iter_mut().for_each(|x| *x = None);
        for (k, v) in self.verbs.iter().enumerate() {
            for t in v.first..v.last {
                self.verb_at[t] = Some(k);
            }
        }
    }

    /// May this token sit inside a noun phrase?
    fn np_token(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if self.skipped[i] {
            return false;
        }
        if self.unit_at[i].is_some() {
            return true;
        }
        if t.punct || self.verb_at[i].is_some() {
            return false;
        }
        let w = t.norm.as_str();
        !(is(PREPS, w)
            || is(BOUNDARY, w)
            || is(AUX, w)
            || w == "and"
            || w == "or"
            || w == "'s" && i == 0)
    }

    fn find_regions(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if self.skipped[i] || (!self.np_token(i) && self.norm(i) != "'s") {
                i += 1;
                continue;
            }
            // Extend over NP tokens, possessives, connectors and list separators.
            let start = i;
            let mut end = i;
            let mut k = i;
            while k < n {
                let w = self.norm(k);
                if self.np_token(k) || w == "'s" {
                    k += 1;
                    end = k;
                    continue;
                }
                // "in"/"from" after a phrase that already names an actor starts a place or an
                // origin of its own ("the parliament of Gondor in Eriador").
                let names_actor = (start..end)
                    .any(|t| self.unit_at[t].is_some_and(|u| self.units[u].actor.is_some()));
                let joiner = matches!(w, "," | "and")
                    || (is(CONNECTORS, w) && end > start && !(names_actor && w != "of"));
                if joiner && k + 1 < n {
                    // Only when a noun-phrase token follows (", and" counts as one joiner).
                    let mut nx = k + 1;
                    if w == "," && self.norm(nx) == "and" {
                        nx += 1;
                    }
                    if nx < n
                        && (self.np_token(nx) || is(DETS, self.norm(nx)))
                        && self.verb_at[nx].is_none()
                    {
                        k = nx;
                        continue;
                    }
                }
                break;
            }
            i = end.max(start + 1);
            if (start..end).any(|t| self.unit_at[t].is_some()) || self.opts.new_actor_length > 0 {
                self.split_region(start, end);
            }
        }
    }

    /// Splits a candidate region at commas when it is not a list (no `and`), then codes it.
    fn split_region(&mut self, start: usize, end: usize) {
        let has_and = (start..end).any(|t| self.norm(t) == "and");
        if !has_and && (start..end).any(|t| self.norm(t) == ",") {
            let mut a = start;
            for t in start..=end {
                if t == end || self.norm(t) == "," {
                    if a < t {
                        self.add_region(a, t);
                    }
                    a = t + 1;
                }
            }
        } else {
            self.add_region(start, end);
        }
    }

    /// A subject pronoun ("it", "they", "he", "she") stands for the nearest actor phrase before
    /// it that is not the object of a preposition: "Arnor said it would attack Gondor".
    fn resolve_pronouns(&mut self) {
        let mut added = false;
        for t in 0..self.toks.len() {
            if self.region_at[t].is_some() || !matches!(self.norm(t), "it" | "they" | "he" | "she")
            {
                continue;
            }
            // Only as the subject of a verb group ("it would attack", "they condemned").
            let next = self.norm(t + 1);
            if !(is(AUX, next) || self.verb_at.get(t + 1).is_some_and(Option::is_some)) {
                continue;
            }
            let ante = self
                .regions
                .iter()
                .filter(|r| r.last <= t && !self.in_pp(r))
                .max_by_key(|r| r.last)
                .map(|r| r.conjuncts.clone());
            if let Some(conjuncts) = ante {
                self.regions.push(Region { first: t, last: t + 1, conjuncts });
                added = true;
            }
        }
        if added {
            self.regions.sort_by_key(|r| r.first);
            self.region_at.iter_mut().for_each(|r| *r = None);
            for (k, r) in self.regions.iter().enumerate() {
                for t in r.first..r.last {
                    self.region_at[t] = Some(k);
                }
            }
        }
    }

    fn add_region(&mut self, start: usize, end: usize) {
        let conjuncts = self.region_codes(start, end);
        if conjuncts.iter().all(Vec::is_empty) {
            return;
        }
        let k = self.regions.len();
        for t in start..end {
            self.region_at[t] = Some(k);
        }
        self.regions.push(Region { first: start, last: end, conjuncts });
    }

    /// Units of a token range: (actors' codes, agents as (code, prefix)).
    fn parts(&self, a: usize, b: usize) -> (Vec<Vec<String>>, Vec<(String, bool)>) {
        let mut actors = Vec::new();
        let mut agents = Vec::new();
        let mut seen = None;
        for t in a..b {
            if let Some(u) = self.unit_at[t]
                && seen != Some(u)
            {
                seen = Some(u);
                let unit = &self.units[u];
                if let Some(x) = unit.actor {
                    actors.push(self.actor_codes(x));
                }
                if let Some(g) = unit.agent {
                    let ag = &self.set.agents[g];
                    agents.push((ag.code.clone(), ag.prefix));
                }
            }
        }
        (actors, agents)
    }

    fn compose(actor: &[String], agents: &[(String, bool)]) -> Vec<String> {
        let base: Vec<String> =
            if actor.is_empty() { vec!["---".to_string()] } else { actor.to_vec() };
        base.iter()
            .map(|c| {
                let mut code = c.clone();
                for (g, prefix) in agents {
                    code = with_agent(&code, g, *prefix);
                }
                code
            })
            .collect()
    }

    /// Codes of the conjuncts of a region.
    fn region_codes(&self, start: usize, end: usize) -> Vec<Vec<String>> {
        // Agents of X (and Y) in/of/from A, B and C: every agent with every actor.
        if let Some(c) =
            (start..end).find(|&t| is(CONNECTORS, self.norm(t)) && self.unit_at[t].is_none())
        {
            let (la, lg) = self.parts(start, c);
            let (ra, _) = self.parts(c + 1, end);
            if la.is_empty() && !lg.is_empty() && !ra.is_empty() {
                let mut out = Vec::new();
                for (g, prefix) in &lg {
                    for actor in &ra {
                        out.push(Self::compose(actor, &[(g.clone(), *prefix)]));
                    }
                }
                return out;
            }
        }
        // Conjuncts at "and" and commas.
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut a = start;
        for t in start..=end {
            if t == end || matches!(self.norm(t), "and" | ",") {
                if a < t {
                    pieces.push((a, t));
                }
                a = t + 1;
            }
        }
        // "X's awful and evil minister": adjectives joined by "and" after a possessive, before
        // the agent they describe, stay one phrase.
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for p in pieces {
            if let Some(last) = merged.last_mut() {
                let prev_ends_with_adjectives = {
                    let poss = (last.0..last.1).rev().find(|&t| self.norm(t) == "'s");
                    poss.is_some_and(|ps| {
                        (ps + 1..last.1).all(|t| self.unit_at[t].is_none()) && ps + 1 < last.1
                    })
                };
                let first_unit_is_agent = (p.0..p.1)
                    .find_map(|t| self.unit_at[t])
                    .is_some_and(|u| self.units[u].agent.is_some());
                if prev_ends_with_adjectives && first_unit_is_agent && self.norm(p.0 - 1) == "and" {
                    last.1 = p.1;
                    continue;
                }
            }
            merged.push(p);
        }
        let mut out: Vec<Vec<String>> = Vec::new();
        // The last conjunct's actor codes and agents (code, prefix).
        type ActorAgents = (Vec<String>, Vec<(String, bool)>);
        let mut last_actor: Option<ActorAgents> = None;
        let mut pending: Vec<(usize, Vec<(String, bool)>)> = Vec::new();
        // "the Arnor and Gondor governments": agents after the last conjunct's actor, with no
        // possessive or connector there, belong to every bare actor of the list.
        let shared: Vec<(String, bool)> = match merged.last() {
            Some(&(a, b))
                if merged.len() > 1
                    && (a..b).all(|t| self.norm(t) != "'s" && !is(CONNECTORS, self.norm(t))) =>
            {
                let first_actor = (a..b)
                    .find(|&t| self.unit_at[t].is_some_and(|u| self.units[u].actor.is_some()));
                match first_actor {
                    Some(f) => {
                        self.parts(f, b).1.into_iter().filter(|(_, prefix)| !prefix).collect()
                    }
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        };
        let n_pieces = merged.len();
        for (pi, (a, b)) in merged.into_iter().enumerate() {
            // A conjunct with its own connector: "the government of Gondor".
            let (actors, agents) =
                match (a..b).find(|&t| is(CONNECTORS, self.norm(t)) && self.unit_at[t].is_none()) {
                    Some(c) => {
                        let (la, lg) = self.parts(a, c);
                        let (ra, rg) = self.parts(c + 1, b);
                        if la.is_empty() && !ra.is_empty() {
                            (ra, lg.into_iter().chain(rg).collect())
                        } else {
                            self.parts(a, b)
                        }
                    }
                    None => self.parts(a, b),
                };
            let agents = if agents.is_empty() && pi + 1 < n_pieces && !actors.is_empty() {
                shared.clone()
            } else {
                agents
            };
            if let Some(actor) = actors.first() {
                let codes = Self::compose(actor, &agents);
                // Agent-only conjuncts before this one take its actor.
                for (slot, ags) in pending.drain(..) {
                    out[slot] = Self::compose(actor, &ags);
                }
                out.push(codes);
                last_actor = Some((actor.clone(), agents));
            } else if !agents.is_empty() {
                match &last_actor {
                    // "the Danish Islamist media and government": the actor and the agents
                    // that describe it carry over.
                    Some((actor, prev)) => {
                        let carried: Vec<(String, bool)> = prev[..prev.len().saturating_sub(1)]
                            .iter()
                            .cloned()
                            .chain(agents)
                            .collect();
                        out.push(Self::compose(actor, &carried));
                    }
                    None => {
                        pending.push((out.len(), agents.clone()));
                        out.push(Self::compose(&[], &agents));
                    }
                }
            } else if self.opts.new_actor_length > 0 {
                // A new actor, coded by its own text: a name (capitalised), or a conjunct of a
                // phrase that names known actors too ("Eriador's death and injury toll").
                let text: Vec<String> = (a..b)
                    .filter(|&t| self.norm(t) != "'s")
                    .map(|t| self.toks[t].norm.to_uppercase())
                    .collect();
                let named = (a..b).any(|t| {
                    self.toks[t].norm != "the"
                        && self.text_of(t).starts_with(|c: char| c.is_uppercase())
                });
                let with_known = (start..end).any(|t| self.unit_at[t].is_some());
                if !text.is_empty()
                    && text.len() <= self.opts.new_actor_length
                    && (named || with_known)
                {
                    out.push(vec![format!("\"{}\"", text.join(" "))]);
                } else {
                    out.push(Vec::new());
                }
            } else {
                out.push(Vec::new());
            }
        }
        out
    }

    /// Is the region the object of a preposition?
    fn in_pp(&self, r: &Region) -> bool {
        r.first > 0 && is(PREPS, self.norm(r.first - 1))
    }

    fn subordinate(&self, r: &Region) -> bool {
        r.first > 0 && is(SUBORDINATORS, self.norm(r.first - 1))
    }

    /// Where an element occurs starting at `i` (forward): its end.
    fn elem_at(&self, tok: &PatTok, i: usize) -> Option<(usize, Option<usize>)> {
        let n = self.toks.len();
        if i >= n {
            return None;
        }
        match tok {
            PatTok::Word { word, .. } => (self.norm(i) == word).then_some((i + 1, None)),
            PatTok::Synset(name) => {
                self.set.synset_match(name, &self.toks[i..]).map(|l| (i + l, None))
            }
            PatTok::Target | PatTok::Source | PatTok::Compound => {
                let r = self.region_at[i]?;
                let reg = &self.regions[r];
                // At the phrase's start, or inside it where a known actor follows ("money
                // from Osgiliath" inside "courier money from Osgiliath").
                if reg.first != i
                    && !self.unit_at[i]
                        .is_some_and(|u| self.units[u].first == i && self.units[u].actor.is_some())
                {
                    return None;
                }
                if matches!(tok, PatTok::Compound)
                    && reg.conjuncts.iter().filter(|c| !c.is_empty()).count() < 2
                {
                    return None;
                }
                Some((reg.last, Some(r)))
            }
            PatTok::Skip => {
                // One phrase: a preposition may lead it; a noun phrase runs to its end.
                let mut k = i;
                if is(PREPS, self.norm(k)) && k + 1 < n {
                    k += 1;
                }
                let start = k;
                if let Some(r) = self.region_at[k] {
                    k = self.regions[r].last;
                } else {
                    while k < n && self.np_token(k) && self.region_at[k].is_none() {
                        k += 1;
                    }
                }
                (k > start).then_some((k, None))
            }
        }
    }

    /// Where an element occurs ending at `e` (backward): its start.
    fn elem_ending(&self, tok: &PatTok, e: usize) -> Option<(usize, Option<usize>)> {
        if e == 0 {
            return None;
        }
        match tok {
            PatTok::Target | PatTok::Source | PatTok::Compound => {
                let r = self.region_at[e - 1]?;
                let reg = &self.regions[r];
                if reg.last != e {
                    return None;
                }
                if matches!(tok, PatTok::Compound)
                    && reg.conjuncts.iter().filter(|c| !c.is_empty()).count() < 2
                {
                    return None;
                }
                Some((reg.first, Some(r)))
            }
            _ => (0..e).rev().take(8).find_map(|s| {
                self.elem_at(tok, s).filter(|(end, _)| *end == e).map(|(_, r)| (s, r))
            }),
        }
    }

    /// Matches post-verb elements from `pos`; fills `slots` (source, target, compound).
    fn match_post(
        &self,
        p: &PatternSpec,
        k: usize,
        pos: usize,
        adjacent: bool,
        slots: &mut Slots,
    ) -> bool {
        if k == p.post.len() {
            return true;
        }
        // Whether the rest matches from here does not depend on how we got here.
        let key = (1, k, pos, adjacent);
        if self.failed.borrow().contains(&key) {
            return false;
        }
        let ok = self.match_post_from(p, k, pos, adjacent, slots);
        if !ok {
            self.failed.borrow_mut().insert(key);
        }
        ok
    }

    fn match_post_from(
        &self,
        p: &PatternSpec,
        k: usize,
        pos: usize,
        adjacent: bool,
        slots: &mut Slots,
    ) -> bool {
        let tok = &p.post[k];
        let n = self.toks.len();
        // "^" skips the phrase that comes next (nothing between).
        let skip = matches!(tok, PatTok::Skip);
        let range: Vec<usize> = if adjacent || skip { vec![pos] } else { (pos..n).collect() };
        for i in range {
            if let Some((end, r)) = self.elem_at(tok, i) {
                // An actor phrase may also end after any of its actors ("Bravosia" in
                // "Bravosia of lying"), so that the pattern's next words can follow.
                let mut ends = vec![end];
                if r.is_some() {
                    ends.extend(
                        self.units
                            .iter()
                            .filter(|u| u.first >= i && u.last < end && u.actor.is_some())
                            .map(|u| u.last),
                    );
                }
                for end in ends {
                    let saved = *slots;
                    slots.set(tok, r);
                    if self.match_post(p, k + 1, end, p.post_joined[k], slots) {
                        return true;
                    }
                    *slots = saved;
                }
            }
        }
        false
    }

    fn match_pre(&self, p: &PatternSpec, k: usize, pos: usize, slots: &mut Slots) -> bool {
        if k == 0 {
            return true;
        }
        let key = (0, k, pos, false);
        if self.failed.borrow().contains(&key) {
            return false;
        }
        let ok = self.match_pre_from(p, k, pos, slots);
        if !ok {
            self.failed.borrow_mut().insert(key);
        }
        ok
    }

    fn match_pre_from(&self, p: &PatternSpec, k: usize, pos: usize, slots: &mut Slots) -> bool {
        let tok = &p.pre[k - 1];
        let adjacent = p.pre_joined[k - 1];
        let range: Vec<usize> = if adjacent { vec![pos] } else { (1..=pos).rev().collect() };
        for e in range {
            if let Some((start, r)) = self.elem_ending(tok, e) {
                let saved = *slots;
                slots.set(tok, r);
                if matches!(tok, PatTok::Compound) {
                    slots.compound_pre = true;
                }
                if self.match_pre(p, k - 1, start, slots) {
                    return true;
                }
                *slots = saved;
            }
        }
        false
    }

    /// The verb's subject: the nearest region before it that is not a prepositional object.
    fn subject(&self, v: &VerbHit, exclude: Option<usize>) -> Option<usize> {
        self.regions
            .iter()
            .enumerate()
            .rev()
            .find(|(r, reg)| reg.last <= v.first && Some(*r) != exclude && !self.in_pp(reg))
            .map(|(r, _)| r)
    }

    /// The first phrase after `from`; a phrase after a comma that is the subject of a verb
    /// of its own (", a senior official said") is not an object.
    fn object(&self, from: usize, exclude: Option<usize>) -> Option<usize> {
        self.regions
            .iter()
            .enumerate()
            .find(|(r, reg)| {
                reg.first >= from
                    && Some(*r) != exclude
                    && !(reg.first > 0
                        && self.norm(reg.first - 1) == ","
                        && self.verb_follows(reg.last))
            })
            .map(|(r, _)| r)
    }

    /// Does a verb come at `i`, after auxiliaries and adverbs?
    fn verb_follows(&self, mut i: usize) -> bool {
        while i < self.toks.len() {
            if self.verb_at[i].is_some() {
                return true;
            }
            let w = self.norm(i);
            if !(is(AUX, w) || w.ends_with("ly")) {
                return false;
            }
            i += 1;
        }
        false
    }

    /// A participle after a form of "be" (adverbs between allowed).
    fn passive(&self, v: &VerbHit) -> bool {
        if !v.form.participle {
            return false;
        }
        let mut k = v.first;
        while k > 0 {
            k -= 1;
            let w = self.norm(k);
            if is(BE, w) {
                return true;
            }
            if !(w.ends_with("ly") || w == "and" || w == "not" || w == "n't") {
                return false;
            }
        }
        false
    }

    fn span(&self, a: usize, b: usize) -> [usize; 2] {
        [self.toks[a].start, self.toks[b - 1].end]
    }

    /// The code of a verb: its most specific matching pattern (with the phrases the pattern
    /// bound), else the verb's own code, else its block's. None when nothing codes an event.
    #[allow(clippy::type_complexity)]
    fn choose(
        &self,
        v: &VerbHit<'a>,
    ) -> Option<(String, &'a VerbBlock, Option<&'a PatternSpec>, Slots)> {
        let mut pats: Vec<(&PatternSpec, &VerbBlock)> = Vec::new();
        for f in &v.all {
            let b = &self.set.blocks[f.block];
            // As PETRARCH2 reads them: every pattern of a block serves each of its verbs (the
            // built-in lexicon keeps a Phoenix pattern to the verb its comment names).
            pats.extend(b.patterns.iter().map(|p| (p, b)));
        }
        if v.all.len() > 1 {
            pats.sort_by_key(|(p, _)| std::cmp::Reverse(pattern_weight(p)));
        }
        let mut found: Option<(&PatternSpec, &VerbBlock, Slots)> = None;
        for (p, b) in pats {
            // Every literal word must be on its side of the verb.
            let words_present = p.pre.iter().all(
                |t| !matches!(t, PatTok::Word { word, .. } if !self.words_before(v.first, word)),
            ) && p.post.iter().all(
                |t| !matches!(t, PatTok::Word { word, .. } if !self.words_after(v.last, word)),
            );
            if !words_present {
                continue;
            }
            let mut s = Slots::default();
            self.failed.borrow_mut().clear();
            if self.match_pre(p, p.pre.len(), v.first, &mut s)
                && self.match_post(p, 0, v.last, p.verb_joined, &mut s)
            {
                found = Some((p, b, s));
                break;
            }
        }
        let (code, block, pattern, slots) = match found {
            Some((p, b, s)) => (p.code.clone(), b, Some(p), s),
            None => {
                let (c, b) = v.all.iter().find_map(|f| {
                    let b = &self.set.blocks[f.block];
                    let c = b.verbs[f.verb].code.clone().unwrap_or_else(|| b.code.clone());
                    (!c.trim().is_empty() && !c.trim().starts_with("---")).then_some((c, b))
                })?;
                (c, b, None, Slots::default())
            }
        };
        let code = code.trim().to_string();
        (!code.is_empty() && !code.starts_with("---")).then_some((code, block, pattern, slots))
    }

    /// The verb as its dictionary writes it (lower case, words joined by spaces).
    fn lemma(&self, v: &VerbHit) -> String {
        let spec = &self.set.blocks[v.form.block].verbs[v.form.verb];
        spec.words.join(" ")
    }

    /// Applies the set's transformations: an event coded from a verb in the clause of an
    /// earlier verb ("Sylvania said it would attack Bravosia") becomes the event the
    /// transformation names (`~ a (a b ATTACK) SAY = a b 138`).
    fn transform(&self, events: &mut [PetrarchEvent], from_verb: &[usize]) {
        if self.set.transformations.is_empty() {
            return;
        }
        let mut done = vec![false; events.len()];
        for t in &self.set.transformations {
            for (i1, v1) in self.verbs.iter().enumerate() {
                if self.lemma(v1) != t.outer_verb {
                    continue;
                }
                let Some(a) = self.subject(v1, None).map(|r| self.regions[r].codes()) else {
                    continue;
                };
                // Events come in verb order: those of later verbs start here.
                let after = from_verb.partition_point(|&i2| i2 <= i1);
                for k in after..events.len() {
                    let i2 = from_verb[k];
                    if done[k]
                        || i2 <= i1
                        || !(t.inner_verb == "q" || self.lemma(&self.verbs[i2]) == t.inner_verb)
                    {
                        continue;
                    }
                    let e = &events[k];
                    // Bind the variables: the outer source first, then the inner event's actors.
                    let mut vars: Vec<(String, String)> = Vec::new();
                    let mut ok = true;
                    let bind = |var: &str, value: &str, vars: &mut Vec<(String, String)>| -> bool {
                        if var == "_" || var == "." {
                            return true;
                        }
                        if var == t.outer_source {
                            return a.iter().any(|c| c == value);
                        }
                        match vars.iter().find(|(n, _)| *n == var) {
                            Some((_, v)) => v == value,
                            None => {
                                vars.push((var.to_string(), value.to_string()));
                                true
                            }
                        }
                    };
                    ok &= bind(&t.inner_source, &e.source, &mut vars);
                    ok &= bind(&t.inner_target, &e.target, &mut vars);
                    if !ok {
                        continue;
                    }
                    let value = |var: &str| -> Option<String> {
                        if var == t.outer_source {
                            // The outer source's code that the inner event used, else its first.
                            return Some(if a.contains(&e.source) {
                                e.source.clone()
                            } else {
                                a.first()?.clone()
                            });
                        }
                        vars.iter().find(|(n, _)| *n == var).map(|(_, v)| v.clone())
                    };
                    let (Some(src), Some(tgt)) = (value(&t.result_source), value(&t.result_target))
                    else {
                        continue;
                    };
                    let code = if t.result_code.eq_ignore_ascii_case("q") {
                        e.code.clone()
                    } else {
                        t.result_code.clone()
                    };
                    let e = &mut events[k];
                    (e.source, e.target, e.code) = (src, tgt, code);
                    e.block = format!("{} (transformation at line {})", e.block, t.line);
                    done[k] = true;
                }
            }
        }
    }

    /// Is the verb joined by "and" to what comes before it (auxiliaries and adverbs between)?
    fn joined_by_and(&self, v: &VerbHit) -> bool {
        let mut k = v.first;
        while k > 0 {
            k -= 1;
            let w = self.norm(k);
            if w == "and" {
                return true;
            }
            if !(is(AUX, w) || w.ends_with("ly")) {
                return false;
            }
        }
        false
    }

    fn code(&self) -> Vec<PetrarchEvent> {
        let mut events: Vec<PetrarchEvent> = Vec::new();
        // The last verb that coded: its token, source region and target region.
        let mut last: Option<(usize, Option<usize>, Option<usize>)> = None;
        // The verb each event comes from (index into `verbs`), for transformations.
        let mut from_verb: Vec<usize> = Vec::new();
        for (vi, v) in self.verbs.iter().enumerate() {
            let Some((code, block, pattern, slots)) = self.choose(v) else { continue };
            let and_before = self.joined_by_and(v);
            let mut source = slots.source;
            let mut target = slots.target;
            if let Some((lv, ls, _lt)) = last {
                if and_before && slots.source.is_none() {
                    source = source.or(ls);
                } else {
                    let own = self.subject(v, target);
                    let infinitive = v.first > 0 && self.norm(v.first - 1) == "to";
                    let ok = own.is_some_and(|r| {
                        self.regions[r].first > lv
                            && Some(r) != last.and_then(|l| l.2)
                            && !self.subordinate(&self.regions[r])
                    }) && !infinitive;
                    if !ok && slots.source.is_none() {
                        continue;
                    }
                }
            }
            // Passive with "by": the agent is the source, the subject the target.
            let by_agent = if self.passive(v)
                && slots.source.is_none()
                && slots.target.is_none()
                && self.norm(v.last) == "by"
            {
                self.object(v.last + 1, None).filter(|&r| self.regions[r].first <= v.last + 2)
            } else {
                None
            };
            if let Some(b) = by_agent {
                target = self.subject(v, None);
                source = Some(b);
            }
            let passive = by_agent.is_some();
            let compound = slots.compound;
            if source.is_none() && compound.is_none_or(|_| !slots.compound_pre) {
                source = self.subject(v, target.or(slots.compound));
            }
            if !passive && target.is_none() && !(slots.compound_pre && compound.is_some()) {
                target = self.object(v.last, source);
            }
            let mut pairs: Vec<(String, String, Option<usize>, Option<usize>)> = Vec::new();
            if let (Some(c), true) = (compound, slots.compound_pre) {
                // "% HAVE *": the members of the compound act on one another.
                let members = self.regions[c].codes();
                for a in &members {
                    for b in &members {
                        if a != b {
                            pairs.push((a.clone(), b.clone(), Some(c), Some(c)));
                        }
                    }
                }
            } else {
                let Some(s) = source else { continue };
                let sources = self.regions[s].codes();
                let targets = match target {
                    Some(t) => self.regions[t].codes(),
                    None if !self.opts.require_dyad => vec!["---".to_string()],
                    None => continue,
                };
                for a in &sources {
                    for b in &targets {
                        if a != b {
                            pairs.push((a.clone(), b.clone(), Some(s), target));
                        }
                    }
                }
            }
            if pairs.is_empty() {
                continue;
            }
            let (c1, c2) = match code.split_once(':') {
                Some((a, b)) => (a.to_string(), Some(b.to_string())),
                None => (code.clone(), None),
            };
            let region_span = |r: Option<usize>| {
                r.map(|r| self.span(self.regions[r].first, self.regions[r].last))
            };
            for (a, b, rs, rt) in pairs {
                let mk =
                    |src: &str, tgt: &str, code: &str, rs: Option<usize>, rt: Option<usize>| {
                        PetrarchEvent {
                            source: src.to_string(),
                            target: tgt.to_string(),
                            code: code.to_string(),
                            verb: self.span(v.first, v.last),
                            source_span: region_span(rs),
                            target_span: region_span(rt),
                            block: block.name.clone(),
                            pattern_line: pattern.map(|p| p.line),
                        }
                    };
                if !c1.is_empty() {
                    events.push(mk(&a, &b, &c1, rs, rt));
                    from_verb.push(vi);
                }
                if let Some(c2) = c2.as_deref().filter(|c| !c.is_empty() && !c.starts_with("---"))
                    && b != "---"
                {
                    events.push(mk(&b, &a, c2, rt, rs));
                    from_verb.push(vi);
                }
            }
            last = Some((v.last, source, target));
        }
        self.transform(&mut events, &from_verb);
        let mut seen = std::collections::HashSet::new();
        events.retain(|e| seen.insert((e.source.clone(), e.target.clone(), e.code.clone())));
        events
    }
}

/// Noun phrases a pattern bound.
#[derive(Debug, Clone, Copy, Default)]
struct Slots {
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
    compound_pre: bool,
}

impl Slots {
    fn set(&mut self, tok: &PatTok, r: Option<usize>) {
        match tok {
            PatTok::Source => self.source = r,
            PatTok::Target => self.target = r,
            PatTok::Compound => self.compound = r,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_like_treebank() {
        let t: Vec<String> = tokenize("Arnor won't sign K.U.'s deal, Libya's \"plan\" said U.S.")
            .into_iter()
            .map(|t| t.norm)
            .collect();
        assert_eq!(
            t,
            vec![
                "arnor", "wo", "n't", "sign", "k.u.", "'s", "deal", ",", "libya", "'s", "\"",
                "plan", "\"", "said", "u.s."
            ]
        );
        let t: Vec<String> =
            tokenize("the Prince of Dol_Amroth.").into_iter().map(|t| t.norm).collect();
        assert_eq!(t, vec!["the", "prince", "of", "dol", "amroth", "."]);
    }

    /// A small dictionary set of invented states, written for these tests.
    fn set() -> PetrarchSet {
        let actors = "FREEDONIA_ [FRE]\n+FREEDONIAN\nSYLVANIA [SYL]\nBRAVOSIA [BRV]\nMARSOVIA [MAR]\nKLOPSTOKIA [KLO]\n\
RUFUS_FIREFLY\n\t[FREELI < 19330101]\n\t[FREGOV 19330101 - 19341231]\n\t[FREREB > 19350101]\n\
THE_TWIN_ISLES [TWA/TWB]\n";
        let agents = "!PERSON! = MAN, MEN\nMINISTER [~GOV]\nGOVERNMENT [~GOV]\nSOLDIER [~MIL]\nPOLICE {} [~COP]\nSTUDENT [~EDU]\nOFFICIAL [~GOV]\n\
RELIEF_AGENCY [NGO~]\nSPOKES!PERSON! [~GOV]\n";
        let verbs = "&MONEY\n+FLORINS\n+GOLD CROWNS\n\
--- ACCUSE [112] ---\nACCUSE\n- * + OF_LYING [1121]\n\
--- ARRIVE [032:033] ---\nARRIVE\n\
--- SEND [070] ---\nSEND {SENT}\n- * &MONEY [071]\n- * TROOPS_TO + [150]\n\
--- CONDEMN [122] ---\nCONDEMN\n\
--- PROMISE [050] ---\nPROMISE\n\
--- ATTACK [190] ---\nATTACK\n\
--- MEET [031:031] ---\nMEET {MET}\n- % * [040:040]\n\
--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n\
--- SAY [010] ---\nSAY {SAID}\n\
--- ARREST [173] ---\nARREST\n\
~ a (a b ATTACK) SAY = a b 138\n";
        let discards = "+FOOTBALL LEAGUE\nCROSSWORD\n";
        let issues = "<ISSUE CATEGORY=\"TRADE\" TYPE=\"ALL\">\nn:tariff [TARIFFS]\ntrade war [TARIFFS]\n~tariff free\n</ISSUE>\n";
        PetrarchSet::from_texts([
            ("actors", "t.actors.txt", actors),
            ("agents", "t.agents.txt", agents),
            ("verbs", "t.verbs.txt", verbs),
            ("discards", "t.discards.txt", discards),
            ("issues", "t.issues.txt", issues),
        ])
    }

    fn coded(text: &str, date: &str, opts: &PetrarchOptions) -> Vec<String> {
        let set = set();
        assert!(set.warnings.is_empty(), "{:?}", set.warnings);
        let mut v: Vec<String> = code_sentence(&set, text, Date::parse(date), opts)
            .events
            .into_iter()
            .map(|e| format!("{}>{}:{}", e.source, e.target, e.code))
            .collect();
        v.sort();
        v
    }

    fn c(text: &str) -> Vec<String> {
        coded(text, "1934-06-01", &PetrarchOptions::default())
    }

    #[test]
    fn grammar_of_subjects_objects_and_agents() {
        // Agents attach to their actor before or after, through "of", "from", "in" and 's.
        assert_eq!(
            c("The Freedonian government condemned Sylvania on Monday."),
            ["FREGOV>SYL:122"]
        );
        assert_eq!(
            c("Soldiers from Sylvania attacked the police of Bravosia."),
            ["SYLMIL>BRVCOP:190"]
        );
        assert_eq!(
            c("Sylvania's foreign minister accused Bravosia of lying."),
            ["SYLGOV>BRV:1121"]
        );
        // A prefix agent goes before the country.
        assert_eq!(c("A Freedonia relief agency sent florins to Marsovia."), ["NGOFRE>MAR:071"]);
        // A subject pronoun takes the actor before it (and a transformation turns a said
        // attack into a threat).
        assert_eq!(c("Sylvania said it would attack Bravosia."), ["SYL>BRV:138"]);
        // TABARI's reading: the clause's subject is what was said of, and its verb is not coded.
        assert_eq!(c("Sylvania said Marsovia would attack Bravosia."), ["SYL>MAR:010"]);
        // Compound subjects and objects, with agents shared across the list.
        assert_eq!(
            c("Officials and students in Sylvania and Bravosia condemned Marsovia."),
            ["BRVEDU>MAR:122", "BRVGOV>MAR:122", "SYLEDU>MAR:122", "SYLGOV>MAR:122"]
        );
        assert_eq!(
            c("Sylvania condemned Bravosia, Marsovia and Klopstokia."),
            ["SYL>BRV:122", "SYL>KLO:122", "SYL>MAR:122"]
        );
        // Agents after the last actor of a list describe them all; a possessive keeps its own.
        assert_eq!(
            c("The Sylvania and Bravosia governments condemned Marsovia."),
            ["BRVGOV>MAR:122", "SYLGOV>MAR:122"]
        );
        assert_eq!(
            c("Sylvania and Bravosia's government condemned Marsovia."),
            ["BRVGOV>MAR:122", "SYL>MAR:122"]
        );
        // A compound verb keeps its subject; the prepositional object of the first is not it.
        assert_eq!(
            c("Sylvania condemned an attack by Bravosia soldiers and promised aid to Marsovia."),
            ["SYL>BRVMIL:122", "SYL>MAR:050"]
        );
    }

    #[test]
    fn patterns_passives_pairs_and_compounds() {
        // Paired code: a visit and its reception.
        assert_eq!(
            c("The Sylvania minister arrived in Freedonia on Tuesday."),
            ["FRE>SYLGOV:033", "SYLGOV>FRE:032"]
        );
        // Synsets, adjacency (`_`) and the pattern's own target.
        assert_eq!(c("Freedonia sent gold crowns to Marsovia."), ["FRE>MAR:071"]);
        assert_eq!(c("Freedonia sent troops to Marsovia."), ["FRE>MAR:150"]);
        assert_eq!(
            c("Freedonia sent troops and ships to Marsovia."),
            ["FRE>MAR:070"],
            "TROOPS_TO needs the words together"
        );
        // Passive with "by": the agent acts.
        assert_eq!(c("Bravosia was condemned by Sylvania."), ["SYL>BRV:122"]);
        // "% *": members of a compound act on one another.
        assert_eq!(c("Sylvania and Bravosia met in the capital."), ["BRV>SYL:040", "SYL>BRV:040"]);
        // "^" skips one phrase.
        assert_eq!(c("Sylvania warned their border villages about Marsovia."), ["SYL>MAR:162"]);
        // A verb after a determiner is a noun.
        assert!(c("The attack on Marsovia worried nobody.").is_empty());
    }

    #[test]
    fn dates_options_and_discards() {
        let o = PetrarchOptions::default();
        assert_eq!(
            coded("Rufus Firefly condemned Sylvania.", "1932-05-01", &o),
            ["FREELI>SYL:122"]
        );
        assert_eq!(
            coded("Rufus Firefly condemned Sylvania.", "1934-05-01", &o),
            ["FREGOV>SYL:122"]
        );
        assert_eq!(
            coded("Rufus Firefly condemned Sylvania.", "1936-05-01", &o),
            ["FREREB>SYL:122"]
        );
        // Several codes in force at once.
        assert_eq!(c("The Twin Isles condemned Sylvania."), ["TWA>SYL:122", "TWB>SYL:122"]);
        // Without a target: dropped, unless the dyad is not required.
        assert!(c("A Sylvania spokesman said nothing.").is_empty());
        let loose = PetrarchOptions { require_dyad: false, ..Default::default() };
        assert_eq!(
            coded("A Sylvania spokesman said nothing.", "1934-01-01", &loose),
            ["SYLGOV>---:010"]
        );
        // A closing comma phrase of 3 to 6 words is not coded when asked.
        let comma = PetrarchOptions {
            require_dyad: false,
            commas: CommaRules { emin: 3, emax: 6, ..Default::default() },
            ..Default::default()
        };
        assert_eq!(
            coded("Sylvania condemned Bravosia, a senior official said.", "1934-01-01", &comma),
            ["SYL>BRV:122"]
        );
        assert_eq!(
            coded("Sylvania condemned Bravosia, a senior official said.", "1934-01-01", &loose),
            ["---GOV>---:010", "SYL>BRV:122"]
        );
        // An opening or inner aside is left out too; a comma inside a noun phrase is no clause.
        let inner = PetrarchOptions {
            commas: CommaRules { min: 2, max: 4, bmin: 2, bmax: 3, ..Default::default() },
            ..Default::default()
        };
        assert_eq!(
            coded("Sylvania, said Bravosia, condemned Marsovia.", "1934-01-01", &inner),
            ["SYL>MAR:122"],
            "the inner aside holds no target"
        );
        assert_eq!(
            coded("As Marsovia wished, Sylvania condemned Bravosia.", "1934-01-01", &inner),
            ["SYL>BRV:122"]
        );
        assert_eq!(
            coded("Sylvania sent small, old florins to Marsovia.", "1934-01-01", &inner),
            ["SYL>MAR:071"]
        );
        // Discards: story level and sentence level, reported.
        let set = set();
        let d = code_sentence(&set, "Sylvania condemned the Bravosia football league.", None, &o);
        assert!(d.events.is_empty() && d.discard.as_ref().is_some_and(|d| d.story), "{d:?}");
        let d = code_sentence(&set, "Sylvania condemned the crossword.", None, &o);
        assert!(d.events.is_empty() && d.discard.as_ref().is_some_and(|d| !d.story));
        // New actors by their own text.
        let named = PetrarchOptions { new_actor_length: 3, ..Default::default() };
        assert_eq!(
            coded("The Grand Duchy condemned Sylvania.", "1934-01-01", &named),
            ["\"THE GRAND DUCHY\">SYL:122"]
        );
    }

    #[test]
    fn issues_are_found_outside_exclusions() {
        let set = set();
        let text = "Sylvania condemned the tariff and a looming trade war, but praised the tariff free zone.";
        let r = code_sentence(&set, text, None, &PetrarchOptions::default());
        let found: Vec<(&str, &str)> = r
            .issues
            .iter()
            .map(|(k, sp)| (set.issues[*k].issue.as_str(), &text[sp[0]..sp[1]]))
            .collect();
        assert_eq!(found, [("TARIFFS", "tariff"), ("TARIFFS", "trade war")]);
        assert_eq!(set.issues[r.issues[0].0].category, "TRADE");
    }

    #[test]
    fn pathological_patterns_and_long_sentences_finish() {
        // Patterns of nothing but markers and skips, over a 3,000-word sentence of the words
        // they could match: the memo of failed states keeps this linear enough.
        let verbs = "&S\n+A B\n+A\n--- A [010] ---\nA\n- ^ ^ ^ ^ * ^ ^ ^ [011]\n- % % * % % [012]\n- $ + * + $ [013]\n- &S &S &S * &S &S &S B [014]\n- A_A_A * A_A_A [015]\n";
        let set = PetrarchSet::from_texts([
            ("actors", "p.actors.txt", "B [BBB]\nC [CCC]\n"),
            ("verbs", "p.verbs.txt", verbs),
        ]);
        let words = ["A", "B", "C", "the", "of", "and", ",", "'s", "by", "was", "to"];
        let mut x: u64 = 7;
        let text: Vec<&str> = (0..3000)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                words[(x >> 33) as usize % words.len()]
            })
            .collect();
        let text = text.join(" ");
        let r = code_sentence(
            &set,
            &text,
            None,
            &PetrarchOptions { require_dyad: false, ..Default::default() },
        );
        for e in &r.events {
            assert!(text.get(e.verb[0]..e.verb[1]).is_some());
        }
    }

    #[test]
    fn hostile_text_never_panics() {
        let set = set();
        for t in [
            "",
            ",,,",
            "'s 's 's",
            "n't",
            "\u{202e}Sylvania attacked\u{200f} Bravosia",
            "Sylvania ____ attacked",
            &"and ".repeat(2000),
            "Sylvania's's attacked 's Bravosia's",
            "—Sylvania— attacked —Bravosia—",
            "ÉÉÉ attacked ÅÅÅ",
        ] {
            let r = code_sentence(&set, t, None, &PetrarchOptions::default());
            for e in r.events {
                assert!(t.get(e.verb[0]..e.verb[1]).is_some(), "verb span inside the text");
            }
        }
    }
}
