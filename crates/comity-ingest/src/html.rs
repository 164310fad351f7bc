//! Main text, title, byline and publication date of an HTML news page.
//!
//! A tolerant scanner, not a validating parser: unclosed tags, stray `<`, unknown entities and
//! truncated pages all give what text there is. Navigation, headers, footers, asides, forms,
//! scripts and styles are left out; paragraphs and headings inside `<article>` (else `<main>`,
//! else the whole page) become the text, one paragraph a line.

use comity_core::Date;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<Date>,
    pub text: String,
}

const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
    "select", "template", "iframe", "figure",
];
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "li",
    "div",
    "br",
    "tr",
    "section",
    "article",
    "main",
    "dd",
    "dt",
    "pre",
];

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

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" => ' ',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "hellip" => '\u{2026}',
        "eacute" => '\u{e9}',
        "euro" => '\u{20ac}',
        "pound" => '\u{a3}',
        _ => {
            let n = name.strip_prefix('#')?;
            let v = match n.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(v).filter(|c| !c.is_control() || *c == '\n')?
        }
    })
}

/// Replaces character references.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        // A reference ends within ten bytes: look no further (a page full of `&` without `;`
        // must not be scanned to its end for each one).
        let semicolon = after.as_bytes().iter().take(11).position(|&b| b == b';');
        match semicolon.and_then(|e| entity(&after[..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[at + name.len()..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = tag.len() - rest.len() + 1;
        let v = tag[vstart..].trim_start();
        let (q, body) = match v.chars().next() {
            Some(c @ ('"' | '\'')) => (Some(c), &v[1..]),
            _ => (None, v),
        };
        let end = match q {
            Some(c) => body.find(c).unwrap_or(body.len()),
            None => body.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(body.len()),
        };
        return Some(&body[..end]);
    }
    None
}

fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The open elements whose text is left out (`SKIP`), innermost last. A closing tag closes
/// the innermost open element of its name and everything opened after it; a closing tag
/// with no open element of its name is ignored. Each kind keeps the stack positions where
/// it is open, so a closing tag costs no scan of the stack: every element is pushed and
/// popped once, and a page with many unmatched tags reads in linear time.
#[derive(Default)]
struct SkipStack {
    /// Kinds (indexes into `SKIP`) of the open elements.
    stack: Vec<u8>,
    /// Per kind, the positions in `stack` where it is open, ascending.
    open_at: [Vec<usize>; SKIP.len()],
}

impl SkipStack {
    fn open(&mut self, kind: usize) {
        self.open_at[kind].push(self.stack.len());
        self.stack.push(kind as u8);
    }

    fn close(&mut self, kind: usize) {
        let Some(&pos) = self.open_at[kind].last() else { return };
        while self.stack.len() > pos {
            if let Some(k) = self.stack.pop() {
                self.open_at[k as usize].pop();
            }
        }
    }
}

/// Extracts the article from an HTML page.
pub fn extract(html: &str) -> Page {
    let lower = html.to_ascii_lowercase();
    let mut page = Page::default();
    // The region holding the story.
    let region = ["<article", "<main", "<body"]
        .iter()
        .find_map(|t| {
            lower
                .find(t)
                .map(|s| (s, lower[s..].find(&t.replace('<', "</")).map_or(html.len(), |e| s + e)))
        })
        .unwrap_or((0, html.len()));
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut skip_depth = SkipStack::default();
    let mut in_title = false;
    let mut title = String::new();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        if bytes[i] == b'<' {
            if lower[i..].starts_with("<!--") {
                i = lower[i..].find("-->").map_or(html.len(), |e| i + e + 3);
                continue;
            }
            let end = match html[i..].find('>') {
                Some(e) => i + e,
                None => break,
            };
            let tag = &html[i + 1..end];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            i = end + 1;
            if name == "script" || name == "style" {
                if !closing {
                    let close = format!("</{name}");
                    i = lower[i..].find(&close).map_or(html.len(), |e| i + e);
                }
                continue;
            }
            match name.as_str() {
                "title" => in_title = !closing,
                "meta" => {
                    let key = attr(tag, "property")
                        .or_else(|| attr(tag, "name"))
                        .or_else(|| attr(tag, "itemprop"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let content = attr(tag, "content").map(unescape);
                    if let Some(c) = content {
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
                                page.date = Date::parse(c.get(..10).unwrap_or(""));
                            }
                            "author" | "article:author" | "byl" | "dc.creator"
                                if page.byline.is_none()
                                    && !c.trim().is_empty()
                                    && !c.starts_with("http") =>
                            {
                                page.byline = Some(normalise_space(&c));
                            }
                            "og:title" if page.title.is_none() => {
                                page.title = Some(normalise_space(&c))
                            }
                            _ => {}
                        }
                    }
                }
                "time" if !closing && page.date.is_none() => {
                    page.date =
                        attr(tag, "datetime").and_then(|d| Date::parse(d.get(..10).unwrap_or("")));
                }
                _ => {}
            }
            if let Some(kind) = SKIP.iter().position(|s| *s == name)
                && !tag.ends_with('/')
            {
                if closing {
                    skip_depth.close(kind);
                } else {
                    skip_depth.open(kind);
                }
                continue;
            }
            if BLOCKS.contains(&name.as_str()) {
                let t = normalise_space(&unescape(&current));
                if !t.is_empty() {
                    paragraphs.push(t);
                }
                current.clear();
            }
            continue;
        }
        let next = html[i..].find('<').map_or(html.len(), |p| i + p);
        let chunk = &html[i..next];
        if in_title {
            title.push_str(chunk);
        } else if skip_depth.stack.is_empty() && i >= region.0 && i < region.1 {
            current.push_str(chunk);
            current.push(' ');
        }
        i = next;
    }
    let t = normalise_space(&unescape(&current));
    if !t.is_empty() {
        paragraphs.push(t);
    }
    let title = normalise_space(&unescape(&title));
    if !title.is_empty() {
        page.title = Some(title);
    }
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

    #[test]
    fn unmatched_closing_tags_and_bare_ampersands_read_in_one_pass() {
        // 100,000 open asides, then 100,000 closing tags that match none of them: each closing
        // tag is answered without scanning the open ones. The asides stay open, so their text
        // is left out; the paragraph before them is kept.
        let mut html = String::from("<body><p>Chile thanked Peru.</p>");
        html.push_str(&"<aside>x".repeat(100_000));
        html.push_str(&"</nav>".repeat(100_000));
        html.push_str("<p>Hidden.</p></body>");
        assert_eq!(extract(&html).text, "Chile thanked Peru.");
        // Closing the outer aside closes everything inside it.
        let nested = "<body><aside><nav><aside>a</aside>b</nav>c</aside><p>Kept</p></body>";
        assert_eq!(extract(nested).text, "Kept");
        // A page of `&` with no `;` after it.
        let amps = format!("<p>{}</p>", "a & b ".repeat(100_000));
        assert_eq!(extract(&amps).text.len(), "a & b ".len() * 100_000 - 1);
        assert_eq!(
            unescape("&amp; &ampx &#x263A; &toolongname;"),
            "& &ampx \u{263a} &toolongname;"
        );
    }

    #[test]
    fn malformed_pages_do_not_panic() {
        for h in [
            "<",
            "<p",
            "<html><body><p>Text",
            "<<<>>>",
            "<p>a &#xZZ; &bogus; &#99999999; b</p>",
            "<meta content=\"2024\" name=date",
            "<article><script>",
        ] {
            let _ = extract(h);
        }
        assert_eq!(extract("<p>a &#xZZ; b</p>").text, "a &#xZZ; b");
    }
}
