//! Main text, title, byline and publication date of an HTML news page.
//!
//! The page is parsed by html5ever (the HTML5 parsing algorithm, as browsers do: unclosed
//! tags, stray `<`, misnested markup and truncated pages all give the text a browser shows),
//! and the story is picked by `dom_smoothie`, a port of Mozilla's readability.js. Navigation,
//! headers, footers, asides, forms, scripts and styles are removed before; the story's
//! paragraphs and headings become the text, one paragraph a line. When readability finds no
//! story, or the page has more than [`MAX_READABLE_ELEMENTS`] elements, the text is every
//! paragraph of the first `<article>` (else `<main>`, else the body).
//!
//! Linear time on hostile pages: between html5ever's tokenizer and its tree builder, a guard
//! ([`MAX_DEPTH`]) keeps the tree at most 128 elements deep (deeper start tags are
//! dropped, as browsers also stop nesting, and their text stays where it is), drops closing
//! tags that close nothing, and bounds the formatting elements (`<b>`, `<font>`, ...) that the
//! parser would re-open after every block. The parser's searches of its stack of open
//! elements, and readability's walks up the tree, are then bounded by that depth.

use comity_core::Date;
use dom_query::{Document, NodeRef};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult,
    Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{LocalName, TokenizerResult};
use std::cell::RefCell;
use std::collections::HashMap;

/// What was read from a page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The page's `<title>` (else its `og:title`).
    pub title: Option<String>,
    /// The author, from the page's metadata or a "By ..." line.
    pub byline: Option<String>,
    /// The publication date, from the page's metadata.
    pub date: Option<Date>,
    /// The story, one paragraph a line, paragraphs separated by an empty line.
    pub text: String,
}

/// Elements left out of the text wherever they are.
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
    "select", "template", "iframe", "figure", "math", "object", "embed", "canvas", "textarea",
    "xmp", "noembed", "noframes",
];
/// Elements whose start and end break the text into paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "div",
    "br",
    "hr",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "dd",
    "dt",
    "pre",
    "address",
    "figcaption",
    "details",
    "summary",
];

/// The deepest nesting of elements the parser builds (browsers stop at 512; news pages stay
/// well under 100). Start tags deeper than this are dropped, their text kept.
pub const MAX_DEPTH: usize = 128;
/// Formatting elements (`<b>`, `<font>`, ...) the parser may be asked to re-open at once.
const MAX_FORMATTING: usize = 12;
/// The longest run of text kept in one text node: longer runs are split by an empty `<wbr>`
/// (a word-break opportunity, nothing a reader sees), since html5ever's serializer, which
/// readability's result goes through, takes time quadratic in a text node's length when it
/// holds many `&` or non-breaking spaces.
const MAX_TEXT_RUN: usize = 2048;
/// Pages with more elements than this are not given to readability (whose work grows faster
/// than the page): their text is read from `<article>`, `<main>` or the body.
pub const MAX_READABLE_ELEMENTS: usize = 60_000;

/// Is this text an HTML page?
pub fn looks_like_html(head: &[u8]) -> bool {
    let h = String::from_utf8_lossy(&head[..head.len().min(1024)]).to_ascii_lowercase();
    let t = h.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<!doctype html")
        || t.starts_with("<html")
        || (t.starts_with('<') && (h.contains("<body") || h.contains("<head")))
}

/// Decodes an HTML page: UTF-8, or Latin-1/Windows-1252 when the page declares it.
pub fn decode_html(bytes: &[u8]) -> Result<String, String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let single_byte = [
        "charset=iso-8859-1",
        "charset=\"iso-8859-1\"",
        "charset=windows-1252",
        "charset=\"windows-1252\"",
        "charset=latin1",
    ]
    .iter()
    .any(|c| head.contains(c));
    if single_byte && std::str::from_utf8(bytes).is_err() {
        const CP1252: [char; 32] = [
            '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}',
            '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}',
            '\u{17d}', '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}',
            '\u{2022}', '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}',
            '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
        ];
        return Ok(bytes
            .iter()
            .map(
                |&b| {
                    if (0x80..0xa0).contains(&b) { CP1252[(b - 0x80) as usize] } else { b as char }
                },
            )
            .collect());
    }
    crate::decode(bytes.to_vec())
}

/// HTML elements without content.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements the tree builder closes by itself when a sibling starts (`<p>`, `<li>`, cells,
/// ...) or merges (`<html>`, `<head>`, `<body>`): they are passed through untracked.
fn is_untracked(name: &str) -> bool {
    matches!(
        name,
        "html"
            | "head"
            | "body"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "rb"
            | "rt"
            | "rtc"
            | "rp"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "frameset"
    )
}

/// Elements whose content the tokenizer reads as raw text and the tree builder in its "text"
/// mode, where it takes no start tag: always passed on, so that the tokenizer switches state
/// as the tree builder tells it, and no `<wbr>` is put inside. (`<plaintext>` is not one: the
/// tree builder stays in its body mode.)
fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
    )
}

/// The formatting elements of the HTML parsing algorithm (kept in its list of active
/// formatting elements and re-opened after blocks).
fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

/// The guard's picture of the open elements: an over-estimate of the tree builder's stack
/// (which also closes elements by itself), so that its depth bounds the real one.
#[derive(Default)]
struct Open {
    /// Names of the open elements and whether each was passed on, innermost last.
    stack: Vec<(LocalName, bool)>,
    /// Per name, the positions in `stack` where it is open, ascending.
    at: HashMap<LocalName, Vec<usize>>,
    /// Elements of `stack` that were passed on.
    kept: usize,
    /// Formatting elements passed on and not yet closed by their own end tag.
    formatting: usize,
    /// Open `<svg>` and `<math>` elements (where `<x/>` closes itself).
    foreign: usize,
    /// Bytes of text since the last tag or `<wbr>`.
    run: usize,
}

impl Open {
    fn push(&mut self, name: LocalName, kept: bool) {
        if matches!(&*name, "svg" | "math") {
            self.foreign += 1;
        }
        self.kept += usize::from(kept);
        self.at.entry(name.clone()).or_default().push(self.stack.len());
        self.stack.push((name, kept));
    }

    /// Closes the innermost open element named `name` and every element opened after it;
    /// `Some(kept)` when there was one.
    fn close(&mut self, name: &LocalName) -> Option<bool> {
        let pos = *self.at.get(name)?.last()?;
        let mut kept = false;
        while self.stack.len() > pos {
            let Some((n, k)) = self.stack.pop() else { break };
            if let Some(v) = self.at.get_mut(&n) {
                v.pop();
            }
            self.kept -= usize::from(k);
            if matches!(&*n, "svg" | "math") {
                self.foreign -= 1;
            }
            kept = k;
        }
        Some(kept)
    }
}

/// Sits between the tokenizer and the tree builder and bounds the tree (see the module
/// documentation). Every character token is passed on: no text is dropped.
struct Guard<S> {
    inner: S,
    open: RefCell<Open>,
}

impl<S: TokenSink> Guard<S> {
    /// Whether to pass this tag on, updating the picture of the open elements.
    fn admit(&self, tag: &html5ever::tokenizer::Tag) -> bool {
        let mut open = self.open.borrow_mut();
        open.run = 0;
        let name = &*tag.name;
        match tag.kind {
            StartTag => {
                if is_void(name) || is_untracked(name) || (tag.self_closing && open.foreign > 0) {
                    return true;
                }
                if is_raw_text(name) {
                    open.push(tag.name.clone(), true);
                    return true;
                }
                let formatting = is_formatting(name);
                let keep =
                    open.kept < MAX_DEPTH && !(formatting && open.formatting >= MAX_FORMATTING);
                if keep && formatting {
                    open.formatting += 1;
                }
                open.push(tag.name.clone(), keep);
                keep
            }
            EndTag => {
                if is_untracked(name) || name == "br" {
                    return true;
                }
                match open.close(&tag.name) {
                    Some(kept) => {
                        if kept && is_formatting(name) {
                            open.formatting = open.formatting.saturating_sub(1);
                        }
                        kept
                    }
                    // Closes nothing: the tree builder would ignore it after a search of its
                    // whole stack.
                    None => false,
                }
            }
        }
    }
}

impl<S: TokenSink> Guard<S> {
    /// Passes text on in runs of at most [`MAX_TEXT_RUN`] bytes with a `<wbr>` between
    /// (not inside raw text such as a script, where the tree builder takes no tags).
    fn text(&self, mut text: StrTendril, line_number: u64) -> TokenSinkResult<S::Handle> {
        loop {
            let (raw, run) = {
                let open = self.open.borrow();
                let raw = open.stack.last().is_some_and(|(n, _)| is_raw_text(n));
                (raw, open.run)
            };
            if raw || run + text.len() <= MAX_TEXT_RUN {
                self.open.borrow_mut().run += text.len();
                return self.inner.process_token(CharacterTokens(text), line_number);
            }
            let mut cut = MAX_TEXT_RUN.saturating_sub(run);
            while cut > 0 && !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if cut > 0 {
                let head = text.subtendril(0, cut as u32);
                text.pop_front(cut as u32);
                let r = self.inner.process_token(CharacterTokens(head), line_number);
                if !matches!(r, TokenSinkResult::Continue) {
                    // Not reached: text gives no instruction to the tokenizer.
                    self.open.borrow_mut().run = 0;
                    let _ = self.inner.process_token(CharacterTokens(text), line_number);
                    return r;
                }
            }
            let wbr = html5ever::tokenizer::Tag {
                kind: StartTag,
                name: LocalName::from("wbr"),
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            self.open.borrow_mut().run = 0;
            let _ = self.inner.process_token(TagToken(wbr), line_number);
        }
    }
}

impl<S: TokenSink> TokenSink for Guard<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        match token {
            TagToken(ref tag) if !self.admit(tag) => TokenSinkResult::Continue,
            CharacterTokens(text) => self.text(text, line_number),
            token => self.inner.process_token(token, line_number),
        }
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Parses a page into a tree, with the depth guard between tokenizer and tree builder.
pub fn parse(html: &str) -> Document {
    let builder = TreeBuilder::new(
        Document::default(),
        TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
    );
    let tokenizer = Tokenizer::new(
        Guard { inner: builder, open: RefCell::new(Open::default()) },
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // A script end tag pauses the tokenizer (for a browser to run it): go on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The paragraphs below `root`: text joined as a browser shows it, broken at block elements,
/// skipping [`SKIP`] elements. Iterative, so a deep tree cannot exhaust the stack.
fn paragraphs(root: &NodeRef) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let t = normalise_space(current);
        if !t.is_empty() {
            out.push(t);
        }
        current.clear();
    };
    let name_of = |n: &NodeRef| n.node_name().map(|s| s.to_ascii_lowercase()).unwrap_or_default();
    let mut next = root.first_child();
    while let Some(node) = next {
        let mut descend = false;
        if node.is_text() {
            current.push_str(&node.text());
        } else if node.is_element() {
            let name = name_of(&node);
            if !SKIP.contains(&name.as_str()) {
                if BLOCKS.contains(&name.as_str()) {
                    flush(&mut current, &mut out);
                } else if matches!(name.as_str(), "td" | "th" | "img") {
                    current.push(' ');
                }
                descend = true;
            }
        }
        if descend && let Some(child) = node.first_child() {
            next = Some(child);
            continue;
        }
        // Leave `node`, then every ancestor that has no next sibling, up to `root`.
        let mut at = node;
        next = None;
        loop {
            if at.is_element() {
                let name = name_of(&at);
                if BLOCKS.contains(&name.as_str()) {
                    flush(&mut current, &mut out);
                } else if matches!(name.as_str(), "td" | "th") {
                    current.push(' ');
                }
            }
            if let Some(s) = at.next_sibling() {
                next = Some(s);
                break;
            }
            match at.parent() {
                Some(p) if p.id != root.id => at = p,
                _ => break,
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

/// The text of an HTML fragment (a feed entry's content or title): its paragraphs, one a
/// line, separated by an empty line.
pub fn text_of_fragment(html: &str) -> String {
    let doc = parse(&format!("<body>{html}</body>"));
    let body = doc.select("body");
    match body.nodes().first() {
        Some(b) => paragraphs(b).join("\n\n"),
        None => String::new(),
    }
}

/// Reads the title, date and byline from the page's head and metadata.
fn metadata(doc: &Document, page: &mut Page) {
    let mut og_title = None;
    for meta in doc.select("meta").nodes() {
        let key = meta
            .attr("property")
            .or_else(|| meta.attr("name"))
            .or_else(|| meta.attr("itemprop"))
            .map(|k| k.to_ascii_lowercase())
            .unwrap_or_default();
        let Some(content) = meta.attr("content") else { continue };
        match key.as_str() {
            "article:published_time"
            | "og:published_time"
            | "date"
            | "pubdate"
            | "publishdate"
            | "datepublished"
            | "dc.date"
            | "dcterms.date"
            | "sailthru.date"
                if page.date.is_none() =>
            {
                page.date = Date::parse(content.trim().get(..10).unwrap_or(""));
            }
            "author" | "article:author" | "byl" | "dc.creator"
                if page.byline.is_none()
                    && !content.trim().is_empty()
                    && !content.starts_with("http") =>
            {
                page.byline = Some(normalise_space(&content));
            }
            "og:title" if og_title.is_none() => og_title = Some(normalise_space(&content)),
            _ => {}
        }
    }
    if page.date.is_none() {
        page.date = doc
            .select("time[datetime]")
            .nodes()
            .first()
            .and_then(|t| t.attr("datetime"))
            .and_then(|d| Date::parse(d.trim().get(..10).unwrap_or("")));
    }
    let title = doc
        .select("title")
        .nodes()
        .iter()
        .find(|t| !t.ancestors_it(None).any(|a| a.node_name().is_some_and(|n| &*n == "svg")))
        .map(|t| normalise_space(&t.text()))
        .filter(|t| !t.is_empty());
    page.title = title.or(og_title);
}

/// The story as readability finds it, or `None` when it finds none.
fn readable(doc: Document, page: &mut Page) -> Option<Vec<String>> {
    let config =
        dom_smoothie::Config { max_elements_to_parse: MAX_READABLE_ELEMENTS, ..Default::default() };
    let mut r = dom_smoothie::Readability::with_document(doc, None, Some(config)).ok()?;
    let article = r.parse().ok()?;
    if page.byline.is_none() {
        page.byline = article.byline.map(|b| normalise_space(&b)).filter(|b| !b.is_empty());
    }
    if page.date.is_none() {
        page.date =
            article.published_time.and_then(|d| Date::parse(d.trim().get(..10).unwrap_or("")));
    }
    // The story's element in readability's document (read there, not from its serialized
    // copy, which is not always read back the same).
    let story = r.doc.select("#readability-page-1");
    let paragraphs = paragraphs(story.nodes().first()?);
    (!paragraphs.is_empty()).then_some(paragraphs)
}

/// Extracts the article from an HTML page.
pub fn extract(html: &str) -> Page {
    let doc = parse(html);
    let mut page = Page::default();
    metadata(&doc, &mut page);
    doc.select(&SKIP.join(", ")).remove();
    // Every paragraph of the first <article>, else <main>, else the body: what is kept when
    // readability finds nothing.
    let region = ["article", "main", "body"]
        .iter()
        .find_map(|t| doc.select(t).nodes().first().map(paragraphs))
        .unwrap_or_else(|| paragraphs(&doc.root()));
    let elements = doc.select("*").length();
    let mut paragraphs = if elements <= MAX_READABLE_ELEMENTS {
        readable(doc, &mut page).unwrap_or(region)
    } else {
        region
    };
    // A heading that only repeats the title is not part of the story.
    if let (Some(t), Some(first)) = (&page.title, paragraphs.first())
        && (t.starts_with(first.as_str()) || first == t)
    {
        paragraphs.remove(0);
    }
    if page.byline.is_none()
        && let Some(p) = paragraphs
            .iter()
            .position(|p| p.len() < 80 && (p.starts_with("By ") || p.starts_with("by ")))
    {
        page.byline = Some(paragraphs.remove(p));
    }
    page.text = paragraphs.join("\n\n");
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn main_text_title_byline_date() {
        let html = r#"<!DOCTYPE html><html><head><title>Leaders meet &amp; talk</title>
<meta property="article:published_time" content="2025-04-02T08:00:00Z"><meta name="author" content="Ana Ruiz">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet &amp; talk</h1><p>Japan and India signed a defence pact on Tuesday.</p>
<p>The two sides agreed to hold joint drills &mdash; officials said.<p>Unclosed paragraph &#8220;quoted&#8221;
<aside>Related: other news</aside></article><footer>Copyright</footer></body></html>"#;
        let p = extract(html);
        assert_eq!(p.title.as_deref(), Some("Leaders meet & talk"));
        assert_eq!(p.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2025-04-02"));
        assert_eq!(
            p.text,
            "Japan and India signed a defence pact on Tuesday.\n\nThe two sides agreed to hold joint drills \u{2014} officials said.\n\nUnclosed paragraph \u{201c}quoted\u{201d}"
        );
    }

    /// Runs `f` and says how long it took.
    fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
        let t = Instant::now();
        let r = f();
        (r, t.elapsed())
    }

    #[test]
    fn unmatched_closing_tags_and_deep_nesting_read_in_linear_time() {
        // 400,000 open asides, then 400,000 closing tags that match none of them (5.2 MB):
        // without the guard, the parser searches its whole stack for each closing tag and
        // takes minutes. The asides' text is left out; the paragraph before them is kept.
        let page = |k: usize| {
            let mut html = String::from("<body><p>Chile thanked Peru.</p>");
            html.push_str(&"<aside>x".repeat(k));
            html.push_str(&"</nav>".repeat(k));
            html.push_str("<p>Hidden.</p></body>");
            html
        };
        let big = page(400_000);
        assert!(big.len() > 5_200_000);
        let (small, t_small) = timed(|| extract(&page(40_000)));
        let (p, t_big) = timed(|| extract(&big));
        assert_eq!(small.text, "Chile thanked Peru.");
        assert_eq!(p.text, "Chile thanked Peru.");
        // Ten times the input: well under a hundred times the time (quadratic would be 100x).
        assert!(t_big < t_small * 40 + Duration::from_secs(2), "{t_small:?} then {t_big:?}");
        // Closing the outer aside closes everything inside it.
        let nested = "<body><aside><nav><aside>a</aside>b</nav>c</aside><p>Kept</p></body>";
        assert_eq!(extract(nested).text, "Kept");
        // 200,000 nested divs, each with a word: every word is kept, the tree stays shallow.
        let mut deep = String::from("<body>");
        for k in 0..200_000 {
            deep.push_str(&format!("<div>w{k} "));
        }
        let (text, t_deep) = timed(|| text_of_fragment(&deep));
        assert_eq!(text.split_whitespace().count(), 200_000);
        assert!(text.starts_with("w0") && text.ends_with("w199999"), "{}", &text[..40]);
        let doc = parse(&deep);
        let depth = doc
            .select("div")
            .nodes()
            .iter()
            .map(|d| d.ancestors_it(None).count())
            .max()
            .unwrap_or(0);
        assert!(depth <= MAX_DEPTH + 4, "depth {depth}");
        assert!(t_deep < Duration::from_secs(60), "{t_deep:?}");
        // Formatting elements that differ in their attributes are not re-opened without
        // bound after every block.
        let mut fmt = String::from("<body><div>");
        for k in 0..500 {
            fmt.push_str(&format!("<b id=b{k}>"));
        }
        fmt.push_str("</div>");
        fmt.push_str(&"<div>x</div>".repeat(2000));
        let doc = parse(&fmt);
        assert!(doc.select("b").length() < 2000 * (MAX_FORMATTING + 1) + 600);
        assert_eq!(text_of_fragment(&fmt).matches('x').count(), 2000);
        // A page of `&` with no `;` after it (html5ever's serializer, which readability's
        // result goes through, is quadratic in a text node's `&`s): in a paragraph, and in
        // `<plaintext>`, where the rest of the page is text.
        let amps = format!("<p>{}</p>", "a & b ".repeat(100_000));
        let (p, t_amps) = timed(|| extract(&amps));
        assert_eq!(p.text.len(), "a & b ".len() * 100_000 - 1);
        let plain = format!("<body><plaintext>{}", "a & b ".repeat(100_000));
        let (p, t_plain) = timed(|| extract(&plain));
        assert_eq!(p.text.len(), "a & b ".len() * 100_000 - 1);
        assert!(t_amps + t_plain < Duration::from_secs(60), "{t_amps:?} {t_plain:?}");
    }

    #[test]
    fn malformed_pages_keep_their_text() {
        for h in [
            "",
            "<",
            "<p",
            "<html><body><p>Text",
            "<<<>>>",
            "<p>a &#xZZ; &bogus; &#99999999; b</p>",
            "<meta content=\"2024\" name=date",
            "<article><script>",
            "</p></p></li></table></body></html>",
            "<svg><title>t</title><p/>x</svg><math><mi/>",
            "<table><td>a<table><td>b</table>c",
        ] {
            let _ = extract(h);
            let _ = text_of_fragment(h);
        }
        assert_eq!(extract("<p>a &#xZZ; b</p>").text, "a &#xZZ; b");
        // A bare `<` is text, not the start of a tag that swallows what follows.
        assert_eq!(
            extract("<p>Turnout rose as 40<50 polls had said.</p><p>Next.</p>").text,
            "Turnout rose as 40<50 polls had said.\n\nNext."
        );
        // Misnested and unclosed inline elements lose no words.
        assert_eq!(
            text_of_fragment("<p>the army <b>withdrew <i>its tanks</b> from</i> the town"),
            "the army withdrew its tanks from the town"
        );
        assert_eq!(
            text_of_fragment("<p>a convoy of <span>twelve trucks</div> reached the city"),
            "a convoy of twelve trucks reached the city"
        );
        // Inline elements join words as a browser shows them; cells are apart.
        assert_eq!(text_of_fragment("<p>Wash<b>ing</b>ton</p>"), "Washington");
        assert_eq!(text_of_fragment("<table><tr><td>a</td><td>b</td></tr></table>"), "a b");
    }
}
