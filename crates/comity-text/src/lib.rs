//! Text stage: splits an article into tokens and sentences.
//!
//! Tokens keep byte offsets into the original text; a lower-cased, apostrophe-folded copy of
//! every token lives in one shared buffer ([`Doc::norm`]) so later stages compare words without
//! allocating. The segmenter knows news conventions: abbreviations ("U.S.", "Gen.", "Jan. 5"),
//! initials, decimal numbers, closing quotes after the full stop, and line breaks as hard
//! boundaries. Quotes may span sentences; they are found at document level by the coder.

use comity_core::Span;
pub use comity_parse::{Analysis, MONTHS, Parser, Rel, Tag, Upos, WEEKDAYS, Xpos};

/// What kind of token this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    /// The possessive clitic `'s` (or a bare `'` after a plural).
    Possessive,
    Punct,
    /// An opening quotation mark.
    OpenQuote,
    /// A closing quotation mark.
    CloseQuote,
}

/// Token flags.
pub const CAP: u8 = 1;
pub const ALLCAPS: u8 = 2;
/// A line break stands between this token and the previous one.
pub const NEWLINE_BEFORE: u8 = 4;
/// The token ends with an abbreviation period ("Gen.", "U.S.").
pub const ABBREV: u8 = 8;
/// White space stands before this token.
pub const SPACE_BEFORE: u8 = 16;

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    nstart: u32,
    nend: u32,
    pub kind: Kind,
    pub flags: u8,
}

impl Token {
    pub fn span(&self) -> Span {
        [self.start as usize, self.end as usize]
    }
    pub fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// A sentence as a range of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceRange {
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    pub start: usize,
    pub end: usize,
}

/// A tokenised and segmented article: the one sentence analysis every later stage reads.
/// Sentences that may hold an event also carry their syntax ([`Doc::parse_sentence`]).
#[derive(Debug, Default)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<SentenceRange>,
    norm: String,
    /// Per sentence, its tags, lemmas and dependency tree once parsed.
    parses: Vec<Option<Parsed>>,
}

/// A parsed sentence with its tree indexed: children lists and the span of every subtree.
#[derive(Debug, Clone)]
struct Parsed {
    analysis: Analysis,
    /// Children of word `w` are `kids[kid_start[w]..kid_start[w + 1]]` (0-based words).
    kid_start: Vec<u32>,
    kids: Vec<u32>,
    /// First and one-past-last word of the subtree of each word.
    lo: Vec<u32>,
    hi: Vec<u32>,
}

impl Parsed {
    fn new(analysis: Analysis) -> Parsed {
        let n = analysis.heads.len();
        let head = |w: usize| match analysis.heads[w] as usize {
            0 => None,
            h if h <= n && h != w + 1 => Some(h - 1),
            _ => None,
        };
        let mut kid_start = vec![0u32; n + 1];
        for w in 0..n {
            if let Some(h) = head(w) {
                kid_start[h + 1] += 1;
            }
        }
        for w in 0..n {
            kid_start[w + 1] += kid_start[w];
        }
        let mut fill = kid_start.clone();
        let mut kids = vec![0u32; kid_start[n] as usize];
        for w in 0..n {
            if let Some(h) = head(w) {
                kids[fill[h] as usize] = w as u32;
                fill[h] += 1;
            }
        }
        // Subtree spans: visit words deepest first (depths by memo), widening each head's span.
        let mut depth = vec![u32::MAX; n];
        let mut path = Vec::new();
        for w in 0..n {
            path.clear();
            let mut cur = Some(w);
            let mut d = 0;
            while let Some(c) = cur {
                if depth[c] != u32::MAX {
                    d = depth[c];
                    break;
                }
                if path.len() > n {
                    break; // a cycle: the tree is malformed, stop here
                }
                path.push(c);
                cur = head(c);
            }
            for (i, &c) in path.iter().rev().enumerate() {
                depth[c] = d + 1 + i as u32;
            }
        }
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&w| std::cmp::Reverse(depth[w]));
        let mut lo: Vec<u32> = (0..n as u32).collect();
        let mut hi: Vec<u32> = (1..=n as u32).collect();
        for w in order {
            if let Some(h) = head(w)
                && depth[h] < depth[w]
            {
                lo[h] = lo[h].min(lo[w]);
                hi[h] = hi[h].max(hi[w]);
            }
        }
        Parsed { analysis, kid_start, kids, lo, hi }
    }
}

/// The syntax of one parsed sentence, addressed by the document's token indices.
#[derive(Debug, Clone, Copy)]
pub struct Syntax<'d> {
    /// The sentence.
    pub sentence: SentenceRange,
    parsed: &'d Parsed,
}

impl<'d> Syntax<'d> {
    fn word(&self, tok: usize) -> Option<usize> {
        (self.sentence.first..self.sentence.last).contains(&tok).then(|| tok - self.sentence.first)
    }
    /// The part-of-speech tags of token `tok` (a token outside the sentence has none).
    pub fn tag(&self, tok: usize) -> Option<Tag> {
        self.parsed.analysis.tags.get(self.word(tok)?).copied()
    }
    /// The universal part of speech of token `tok`, if it is in the sentence.
    pub fn upos(&self, tok: usize) -> Option<Upos> {
        self.tag(tok).map(|t| t.upos)
    }
    /// The lemma of token `tok` ("" outside the sentence).
    pub fn lemma(&self, tok: usize) -> &'d str {
        self.word(tok).and_then(|w| self.parsed.analysis.lemmas.get(w)).map_or("", String::as_str)
    }
    /// The token `tok` depends on; `None` for the root or a token outside the sentence.
    pub fn head(&self, tok: usize) -> Option<usize> {
        let h = *self.parsed.analysis.heads.get(self.word(tok)?)? as usize;
        (h > 0 && h <= self.parsed.analysis.heads.len()).then(|| self.sentence.first + h - 1)
    }
    /// The relation of token `tok` to its head.
    pub fn rel(&self, tok: usize) -> Option<Rel> {
        self.parsed.analysis.rels.get(self.word(tok)?).copied()
    }
    /// The tokens that depend on `tok`, in sentence order.
    pub fn children(&self, tok: usize) -> impl Iterator<Item = usize> + 'd {
        let first = self.sentence.first;
        let p = self.parsed;
        let range = match self.word(tok) {
            Some(w) => p.kid_start[w] as usize..p.kid_start[w + 1] as usize,
            None => 0..0,
        };
        p.kids[range].iter().map(move |&k| first + k as usize)
    }
    /// The dependents of `tok` attached by exactly `rel`.
    pub fn children_with(&self, tok: usize, rel: Rel) -> impl Iterator<Item = usize> + 'd {
        let me = *self;
        self.children(tok).filter(move |&c| me.rel(c) == Some(rel))
    }
    /// The first and one-past-last token of the subtree under `tok`.
    pub fn subtree(&self, tok: usize) -> (usize, usize) {
        match self.word(tok) {
            Some(w) => (
                self.sentence.first + self.parsed.lo[w] as usize,
                self.sentence.first + self.parsed.hi[w] as usize,
            ),
            None => (tok, tok + 1),
        }
    }
    /// The whole analysis, words numbered from the sentence's first token.
    pub fn analysis(&self) -> &'d Analysis {
        &self.parsed.analysis
    }
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut doc = Doc {
            text,
            tokens: Vec::new(),
            sentences: Vec::new(),
            norm: String::new(),
            parses: Vec::new(),
        };
        doc.tokenize();
        doc.segment();
        doc.parses = vec![None; doc.sentences.len()];
        doc
    }

    /// Tags, lemmatises and parses sentence `si` with `parser` (once; a second call does
    /// nothing). Each token is one word of the parse.
    pub fn parse_sentence(&mut self, si: usize, parser: &Parser) {
        self.parse_sentences(&[si], parser);
    }

    /// Tags, lemmatises and parses the sentences `sis` with `parser`, as [`Doc::parse_sentence`]
    /// of each would, in less time ([`Parser::parse_many`]).
    pub fn parse_sentences(&mut self, sis: &[usize], parser: &Parser) {
        let mut todo: Vec<usize> = Vec::with_capacity(sis.len());
        for &si in sis {
            if self.parses.get(si).is_some_and(Option::is_none) && !todo.contains(&si) {
                todo.push(si);
            }
        }
        let words: Vec<Vec<&str>> = todo
            .iter()
            .map(|&si| {
                let s = self.sentences[si];
                (s.first..s.last).map(|i| self.surface(i)).collect()
            })
            .collect();
        let slices: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        for (si, analysis) in todo.into_iter().zip(parser.parse_many(&slices)) {
            self.parses[si] = Some(Parsed::new(analysis));
        }
    }

    /// The syntax of sentence `si`, if it was parsed.
    pub fn syntax(&self, si: usize) -> Option<Syntax<'_>> {
        let parsed = self.parses.get(si)?.as_ref()?;
        Some(Syntax { sentence: self.sentences[si], parsed })
    }

    /// Whether sentence `si` was parsed.
    pub fn is_parsed(&self, si: usize) -> bool {
        self.parses.get(si).is_some_and(Option::is_some)
    }

    /// The normalised (lower-case, `'` for every apostrophe) form of token `i`.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm[t.nstart as usize..t.nend as usize]
    }

    /// The quotations of the text, as pairs of the opening mark's token and the token that
    /// ends it (its closing mark, or the first token of the next paragraph or quote when it is
    /// left open); empty quotations are left out. A quote opened by a double mark ends at a
    /// double mark: single marks inside it are a quotation within the quotation ("...,
    /// 'political patients'," X said) or apostrophes ("the '90s").
    pub fn quote_spans(&self) -> Vec<(usize, usize)> {
        let toks = &self.tokens;
        let n = toks.len();
        let single = |k: usize| matches!(self.surface(k), "'" | "\u{2018}" | "\u{2019}");
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if toks[i].kind != Kind::OpenQuote {
                i += 1;
                continue;
            }
            let double = !single(i);
            let mut j = i + 1;
            while j < n
                && !toks[j].is(NEWLINE_BEFORE)
                && (!matches!(toks[j].kind, Kind::CloseQuote | Kind::OpenQuote)
                    || (double && single(j)))
            {
                j += 1;
            }
            let closed = j < n && toks[j].kind == Kind::CloseQuote;
            if j > i + 1 {
                out.push((i, j));
            }
            i = if closed { j + 1 } else { j };
        }
        out
    }

    /// The token exactly as it stands in the text.
    #[inline]
    pub fn surface(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The text from the start of token `a` to the end of token `b - 1`.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[a].start as usize..self.tokens[b - 1].end as usize]
    }

    pub fn span_of(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.tokens.len() {
            return [0, 0];
        }
        [self.tokens[a].start as usize, self.tokens[b - 1].end as usize]
    }

    /// The sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.last <= i)
    }

    fn push(&mut self, start: usize, end: usize, kind: Kind, mut flags: u8) {
        let s = &self.text[start..end];
        let nstart = self.norm.len();
        let mut has_lower = false;
        let mut has_upper = false;
        for c in s.chars() {
            if c.is_uppercase() {
                has_upper = true;
            } else if c.is_lowercase() {
                has_lower = true;
            }
            match c {
                '\u{2019}' | '\u{2018}' | '`' => self.norm.push('\''),
                c if c.is_ascii() => self.norm.push(c.to_ascii_lowercase()),
                c => self.norm.extend(c.to_lowercase()),
            }
        }
        if s.chars().next().is_some_and(char::is_uppercase) {
            flags |= CAP;
        }
        if has_upper && !has_lower && s.chars().filter(|c| c.is_alphabetic()).count() > 1 {
            flags |= ALLCAPS;
        }
        self.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            nstart: nstart as u32,
            nend: self.norm.len() as u32,
            kind,
            flags,
        });
    }

    fn tokenize(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut flags = 0u8;
        while i < bytes.len() {
            let c = match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            };
            let clen = c.len_utf8();
            if c.is_whitespace() || c == '\u{200e}' || c == '\u{200f}' || c == '\u{feff}' {
                if c == '\n' || c == '\u{2029}' {
                    flags |= NEWLINE_BEFORE;
                }
                flags |= SPACE_BEFORE;
                i += clen;
                continue;
            }
            if c.is_alphanumeric() {
                let (end, kind, extra) = scan_word(text, i);
                // Split a possessive clitic off the word.
                let w = &text[i..end];
                if let Some(cut) = possessive_cut(w) {
                    self.push(i, i + cut, kind, flags | extra);
                    self.push(i + cut, end, Kind::Possessive, 0);
                } else {
                    self.push(i, end, kind, flags | extra);
                }
                flags = 0;
                i = end;
                continue;
            }
            let prev = text[..i].chars().next_back();
            let next = text[i + clen..].chars().next();
            let kind = match c {
                '\u{201c}' | '\u{00ab}' | '\u{201e}' => Kind::OpenQuote,
                '\u{201d}' | '\u{00bb}' => Kind::CloseQuote,
                '"' | '\u{2018}' | '\u{2019}' | '\'' => {
                    let before_space =
                        prev.is_none_or(|p| p.is_whitespace() || "([{\u{2014}-".contains(p));
                    let after_space =
                        next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]\u{2014}".contains(n));
                    if c == '"' {
                        if before_space && !after_space {
                            Kind::OpenQuote
                        } else {
                            Kind::CloseQuote
                        }
                    } else if before_space && !after_space {
                        Kind::OpenQuote
                    } else if !before_space && after_space {
                        Kind::CloseQuote
                    } else {
                        Kind::Punct
                    }
                }
                _ => Kind::Punct,
            };
            // Runs of full stops ("...") stay one token.
            let mut end = i + clen;
            if c == '.' {
                while end < bytes.len() && bytes[end] == b'.' {
                    end += 1;
                }
            }
            self.push(i, end, kind, flags);
            flags = 0;
            i = end;
        }
    }

    fn segment(&mut self) {
        let n = self.tokens.len();
        let mut first = 0;
        let mut i = 0;
        while i < n {
            let mut boundary_after: Option<usize> = None;
            let t = self.tokens[i];
            let s = self.surface(i);
            if i == first {
                // A dateline ("NEW DELHI —", "GAZA -") is a sentence of its own, so that no
                // later stage reads the place as the subject of the first sentence.
                let mut j = i;
                while j < n
                    && j < i + 5
                    && self.tokens[j].kind == Kind::Word
                    && self.tokens[j].is(ALLCAPS)
                {
                    j += 1;
                }
                if j > i
                    && j + 1 < n
                    && matches!(self.surface(j), "\u{2014}" | "\u{2013}" | "-" | "--")
                    && !self.tokens[j + 1].is(NEWLINE_BEFORE)
                {
                    boundary_after = Some(j + 1);
                }
            }
            if i == first && boundary_after.is_none() && (i == 0 || t.is(NEWLINE_BEFORE)) {
                boundary_after = self.section_label(i);
            }
            if boundary_after.is_some() {
                // the dateline ends here
            } else if t.kind == Kind::Punct && matches!(s.as_bytes()[0], b'.' | b'!' | b'?') {
                // Take closing quotes and brackets with the sentence.
                let mut j = i + 1;
                while j < n
                    && !self.tokens[j].is(NEWLINE_BEFORE)
                    && (self.tokens[j].kind == Kind::CloseQuote
                        || matches!(self.surface(j), ")" | "]"))
                {
                    j += 1;
                }
                if j >= n || self.starts_sentence(j) {
                    boundary_after = Some(j);
                }
            } else if t.is(ABBREV) && i + 1 < n && self.tokens[i + 1].is(CAP) {
                // "... in the U.S. The next day" ends a sentence; "U.S. President" does not.
                if SENTENCE_STARTERS.contains(&self.norm(i + 1)) && s.matches('.').count() > 1 {
                    boundary_after = Some(i + 1);
                }
            }
            if boundary_after.is_none() && i + 1 < n && self.tokens[i + 1].is(NEWLINE_BEFORE) {
                boundary_after = Some(i + 1);
            }
            if i + 1 == n {
                boundary_after = Some(n);
            }
            if let Some(b) = boundary_after {
                let b = b.max(i + 1);
                self.sentences.push(SentenceRange {
                    first,
                    last: b,
                    start: self.tokens[first].start as usize,
                    end: self.tokens[b - 1].end as usize,
                });
                first = b;
                i = b;
            } else {
                i += 1;
            }
        }
    }

    /// A paragraph that opens with a label naming its place or subject, run into the first
    /// sentence ("Palestine An explosion has ripped through", "Moldova On March 3, Ukraine
    /// instituted", "Russia Russia has requested"): one to three capitalised words, then a
    /// capitalised determiner, "According", a preposition opening a time or place, or the
    /// same words again. Returns where the label ends.
    fn section_label(&self, i: usize) -> Option<usize> {
        let n = self.tokens.len();
        let word = |k: usize| k < n && self.tokens[k].kind == Kind::Word && self.tokens[k].is(CAP);
        if !word(i) || SENTENCE_STARTERS.contains(&self.norm(i)) {
            return None;
        }
        // (Label words: capitalised, joined by "/", or closed by a lower-case noun of a
        // subject: "Israel/Palestine conflict", "Iraq war".)
        let label_word = |k: usize, j: usize| {
            word(k)
                || (self.surface(k) == "/" && k > i && k + 1 < j && word(k - 1) && word(k + 1))
                || (k + 1 == j
                    && k > i
                    && matches!(
                        self.norm(k),
                        "conflict" | "war" | "crisis" | "dispute" | "elections"
                    ))
        };
        for len in 1..=5 {
            let j = i + len;
            if j + 1 >= n
                || self.tokens[j].is(NEWLINE_BEFORE)
                || (i..j).filter(|&k| word(k)).count() > 3
            {
                return None;
            }
            if !(i..j).all(|k| label_word(k, j)) {
                // (A "/" may still join a word after it, a lower-case noun close the label.)
                let open = (i..j).all(|k| label_word(k, j) || self.surface(k) == "/" || k + 1 == j);
                if open {
                    continue;
                }
                return None;
            }
            if (0..len).all(|k| j + k < n && self.surface(j + k) == self.surface(i + k)) {
                return Some(j);
            }
            if !word(j) {
                continue;
            }
            let after = &self.tokens[j + 1];
            let opens = match self.norm(j) {
                "the" | "a" | "an" | "according" => true,
                // "Moldova On March 3", "United Kingdom In the United Kingdom"; not "Al Qaeda
                // In Iraq", a name.
                "on" | "in" | "at" | "with" | "after" | "during" | "since" | "despite"
                | "following" => {
                    !after.is(CAP)
                        || after.kind == Kind::Number
                        || MONTHS.contains(&self.norm(j + 1))
                        || WEEKDAYS.contains(&self.norm(j + 1))
                }
                // "Chad Over 60 members of a sect", "India Addressing a joint press
                // conference": a count or a participle opening the sentence.
                "over" | "about" | "nearly" | "almost" => after.kind == Kind::Number,
                // (Not a name that ends so: "Xi Jinping said", "Min Aung Hlaing said".)
                "having" | "being" => after.kind == Kind::Word && !after.is(CAP),
                w => {
                    w.len() > 5
                        && w.ends_with("ing")
                        && matches!(
                            self.norm(j + 1),
                            "a" | "an"
                                | "the"
                                | "to"
                                | "at"
                                | "in"
                                | "on"
                                | "with"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "from"
                                | "for"
                                | "about"
                        )
                }
            };
            if opens {
                return Some(j);
            }
        }
        None
    }

    fn starts_sentence(&self, j: usize) -> bool {
        let t = &self.tokens[j];
        if t.is(NEWLINE_BEFORE) || t.kind == Kind::OpenQuote || t.is(CAP) {
            return true;
        }
        let c = self.surface(j).chars().next().unwrap_or(' ');
        c.is_ascii_digit() || c == '(' || c == '-' || c == '\u{2014}'
    }
}

static SENTENCE_STARTERS: WordSet = WordSet::new(&[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "however",
    "on",
    "at",
    "its",
    "his",
    "her",
    "their",
    "meanwhile",
    "there",
    "officials",
    "after",
    "before",
    "since",
    "while",
    "when",
    "as",
    "some",
    "many",
    "both",
]);

/// Words whose trailing period is part of the word.
static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co",
    "bros", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "pres", "amb", "est", "approx", "dept", "govt", "gov't", "brig", "messrs", "mln", "bln",
    "pct", "vol", "fig", "op", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c",
]);

/// Scans a word or number starting at `i`; returns its end, kind and extra flags.
fn scan_word(text: &str, i: usize) -> (usize, Kind, u8) {
    let bytes = text.as_bytes();
    let mut end = i;
    let mut digits = 0usize;
    let mut letters = 0usize;
    let mut chars = text[i..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let pos = i + off;
        if c.is_alphanumeric() {
            if c.is_ascii_digit() {
                digits += 1;
            } else {
                letters += 1;
            }
            end = pos + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        match c {
            // Thousands separators and decimals inside numbers: 30,000 and 3.5
            ',' | '.' if digits > 0 && letters == 0 && next.is_some_and(|n| n.is_ascii_digit()) => {
                end = pos + 1;
            }
            // Hyphenated words and apostrophes inside words: vis-a-vis, O'Brien, don't
            '-' | '\'' | '\u{2019}' | '&' if next_alnum && end == pos => {
                end = pos + c.len_utf8();
            }
            // Dotted abbreviations: U.S., U.N., a.m.
            '.' if next_alnum && letters > 0 && (end - last_dot_start(text, i, end)) == 1 => {
                end = pos + 1;
            }
            _ => break,
        }
    }
    let mut flags = 0;
    let word = &text[i..end];
    // A trailing period that belongs to an abbreviation or an initial.
    if bytes.get(end) == Some(&b'.') {
        let lower = word.to_ascii_lowercase();
        let is_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
        let dotted = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
        if ABBREVIATIONS.contains(&lower.as_str()) || is_initial || dotted {
            end += 1;
            flags |= ABBREV;
        }
    }
    let kind = if digits > 0 && letters == 0 { Kind::Number } else { Kind::Word };
    (end, kind, flags)
}

/// Start of the segment after the last period in `text[start..end]` (or `start`).
fn last_dot_start(text: &str, start: usize, end: usize) -> usize {
    text[start..end].rfind('.').map_or(start, |p| start + p + 1)
}

/// Where a possessive clitic starts in a word ("Korea's" -> 5), if any.
fn possessive_cut(w: &str) -> Option<usize> {
    for ap in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = w.strip_suffix(ap)
            && !stem.is_empty()
            && !stem.ends_with(['\'', '\u{2019}'])
        {
            return Some(stem.len());
        }
    }
    None
}

/// A fixed set of words with constant-time lookup, usable in a `static`.
pub struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: std::sync::OnceLock::new() }
    }

    #[inline]
    pub fn contains(&self, w: &&str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(*w)
    }

    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// A fixed map from words to values, usable in a `static`.
pub struct WordMap<T: Copy + Send + Sync + 'static> {
    pairs: &'static [(&'static str, T)],
    map: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, T>>,
}

impl<T: Copy + Send + Sync + 'static> WordMap<T> {
    pub const fn new(pairs: &'static [(&'static str, T)]) -> WordMap<T> {
        WordMap { pairs, map: std::sync::OnceLock::new() }
    }

    #[inline]
    pub fn get(&self, w: &str) -> Option<T> {
        self.map.get_or_init(|| self.pairs.iter().copied().collect()).get(w).copied()
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let d = Doc::new(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn news_abbreviations_do_not_split() {
        let text = "U.S. President Joe Biden met Gen. Mark Milley on Jan. 5 in Washington. He said up to 30,000 soldiers would go. Dr. Smith earned $3.5 million.";
        assert_eq!(
            sentences(text),
            vec![
                "U.S. President Joe Biden met Gen. Mark Milley on Jan. 5 in Washington.",
                "He said up to 30,000 soldiers would go.",
                "Dr. Smith earned $3.5 million."
            ]
        );
    }

    #[test]
    fn a_label_run_into_a_paragraphs_first_sentence_is_a_sentence_of_its_own() {
        let text = "Palestine An explosion hit the police headquarters.\nNew Zealand A Yemeni man was deported.\nMoldova On March 3, Ukraine closed the border.\nRussia Russia has asked for details.\nAl Qaeda In Iraq claimed the attack.\nUnited States President George Bush left.";
        assert_eq!(
            sentences(text),
            vec![
                "Palestine",
                "An explosion hit the police headquarters.",
                "New Zealand",
                "A Yemeni man was deported.",
                "Moldova",
                "On March 3, Ukraine closed the border.",
                "Russia",
                "Russia has asked for details.",
                "Al Qaeda In Iraq claimed the attack.",
                "United States President George Bush left."
            ]
        );
        // Only at a paragraph's start: "Iraq The Hague" inside a sentence is no label.
        assert_eq!(sentences("Officials in Iraq The Hague talks.").len(), 1);
        // Labels joined by "/" or closed by a lower-case noun, and sentences opened by a count
        // or a participle.
        let text = "Israel/Palestine conflict The agency demanded aid.\nIraq war On Sunday, Blair left.\nChad Over 60 members were killed.\nIndia Addressing the press, Blair spoke.\nIsrael Defense Forces attacked Gaza.\nXi Jinping said the talks would go on.";
        assert_eq!(
            sentences(text),
            vec![
                "Israel/Palestine conflict",
                "The agency demanded aid.",
                "Iraq war",
                "On Sunday, Blair left.",
                "Chad",
                "Over 60 members were killed.",
                "India",
                "Addressing the press, Blair spoke.",
                "Israel Defense Forces attacked Gaza.",
                "Xi Jinping said the talks would go on."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "\u{201c}We will not back down.\u{201d} The minister left. \"Never,\" he said.";
        assert_eq!(
            sentences(text),
            vec![
                "\u{201c}We will not back down.\u{201d}",
                "The minister left.",
                "\"Never,\" he said."
            ]
        );
    }

    #[test]
    fn possessives_and_numbers() {
        let d = Doc::new("North Korea\u{2019}s 30,000 troops, Russia's oil, U.N.-backed talks.");
        let norms: Vec<&str> = (0..d.tokens.len()).map(|i| d.norm(i)).collect();
        assert_eq!(
            norms,
            vec![
                "north", "korea", "'s", "30,000", "troops", ",", "russia", "'s", "oil", ",",
                "u.n.", "-", "backed", "talks", "."
            ]
        );
        assert_eq!(d.tokens[2].kind, Kind::Possessive);
        assert_eq!(d.tokens[3].kind, Kind::Number);
        assert_eq!(d.surface(2), "\u{2019}s");
    }

    #[test]
    fn sentence_at_abbreviation_end_and_line_breaks() {
        let text = "Troops arrived in the U.S. The talks ended\nA new line starts here";
        assert_eq!(
            sentences(text),
            vec!["Troops arrived in the U.S.", "The talks ended", "A new line starts here"]
        );
    }

    #[test]
    fn straight_quotes_open_and_close() {
        let d = Doc::new("He said \"no\" twice.");
        assert_eq!(d.tokens[2].kind, Kind::OpenQuote);
        assert_eq!(d.tokens[4].kind, Kind::CloseQuote);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            "...",
            "\u{201c}",
            "a'",
            "'s",
            "\u{2019}\u{2019}s",
            "1,",
            "x.y.",
            "\u{200f}\u{5d0}\u{5d1}. \u{4e2d}\u{6587}",
        ] {
            let d = Doc::new(t);
            for s in &d.sentences {
                assert!(s.start <= s.end && s.end <= t.len());
            }
        }
    }
}
