//! Ingest stage: reads articles from plain-text files, JSON Lines files and standard input.
//!
//! Every problem is an [`InputError`] that names the input and, for JSON Lines, the line; the
//! reader then goes on with the next line or file, so one bad input never stops the others.

pub mod html;
pub mod web;

use comity_core::{Article, Date};
use serde::Deserialize;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The default limit on one article's size.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
    /// A page, a feed or a plain text fetched over HTTP(S).
    Url(String),
}

impl Source {
    pub fn parse(s: &str) -> Source {
        if s == "-" {
            Source::Stdin
        } else if is_url(s) {
            Source::Url(s.to_string())
        } else {
            Source::File(PathBuf::from(s))
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "<stdin>".into(),
            Source::Url(u) => u.clone(),
        }
    }
}

pub fn is_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://"))
        && !s.trim().contains(char::is_whitespace)
}

/// A problem with one input (a file, or one line of a JSON Lines file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub input: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.input, l, self.message),
            None => write!(f, "{}: {}", self.input, self.message),
        }
    }
}

impl std::error::Error for InputError {}

#[derive(Clone)]
pub struct ReadOptions {
    /// Date for articles that carry none (plain text).
    pub default_date: Option<Date>,
    pub max_article_bytes: usize,
    /// The HTTP client for URLs, feeds' links and URL lists; `None` refuses to fetch.
    pub fetcher: Option<std::sync::Arc<web::Fetcher>>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            default_date: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            fetcher: None,
        }
    }
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    date: Option<String>,
    title: Option<String>,
    text: Option<String>,
    url: Option<String>,
}

/// Checks that text is something an article can be: not empty, not binary.
pub fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("empty article: no text to code".into());
    }
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || control * 20 > sample.len() {
        return Err("binary data, not text".into());
    }
    Ok(())
}

/// Decodes bytes as UTF-8 (a byte-order mark is dropped), naming the first bad byte.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    let bytes = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { bytes[3..].to_vec() } else { bytes };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("UTF-16 text; convert it to UTF-8 first".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (first bad byte at offset {at}); convert the file to UTF-8")
    })
}

fn is_jsonl(path: Option<&Path>, head: &[u8]) -> bool {
    let ext =
        path.and_then(|p| p.extension()).and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl") | Some("ndjson") | Some("json") => true,
        Some("txt") | Some("text") => false,
        _ => head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
    }
}

/// File endings read when a folder is given.
pub const KNOWN_EXTENSIONS: &[&str] = &[
    "txt", "text", "jsonl", "ndjson", "json", "html", "htm", "xhtml", "xml", "rss", "atom", "urls",
];

/// Expands folders into the files below them (sorted, hidden files skipped), keeping the
/// order of the arguments. A missing path is an error naming it.
pub fn expand(args: &[String]) -> (Vec<Source>, Vec<InputError>) {
    let (sources, errors, _) = expand_reporting(args);
    (sources, errors)
}

/// [`expand`], also returning the files of the folders that were left out because their
/// ending is not one comity reads (`.csv`, `.pdf`; sorted), so that the caller can say so.
pub fn expand_reporting(args: &[String]) -> (Vec<Source>, Vec<InputError>, Vec<PathBuf>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut skipped = Vec::new();
    for a in args {
        if a == "-" {
            out.push(Source::Stdin);
            continue;
        }
        if is_url(a) {
            out.push(Source::Url(a.trim().to_string()));
            continue;
        }
        let p = PathBuf::from(a);
        if p.is_dir() {
            let mut files = Vec::new();
            walk(&p, &mut files, &mut errors, &mut skipped);
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else if p.exists() {
            out.push(Source::File(p));
        } else {
            errors.push(InputError {
                input: a.clone(),
                line: None,
                message: "no such file or folder".into(),
            });
        }
    }
    skipped.sort();
    (out, errors, skipped)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<InputError>,
    skipped: &mut Vec<PathBuf>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError {
                input: dir.display().to_string(),
                line: None,
                message: format!("cannot list folder: {e}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, errors, skipped);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| KNOWN_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            files.push(p);
        } else {
            skipped.push(p);
        }
    }
}

/// Reads every source in order and calls `sink` with each article or error.
pub fn read_sources(
    sources: &[Source],
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>),
) {
    for src in sources {
        read_source(src, opts, sink);
    }
}

/// Reads one source.
pub fn read_source(
    src: &Source,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>),
) {
    let name = src.name();
    let err =
        |line: Option<usize>, message: String| InputError { input: name.clone(), line, message };
    let reader: Box<dyn Read> = match src {
        Source::Url(url) => {
            let Some(f) = opts.fetcher.as_ref() else {
                sink(Err(err(None, "fetching URLs is turned off".into())));
                return;
            };
            match f.get(url) {
                Ok(got) => read_document(
                    &name,
                    None,
                    Some(url),
                    &got.body,
                    Some(&got.content_type),
                    opts,
                    sink,
                ),
                Err(m) => sink(Err(err(None, m.to_string()))),
            }
            return;
        }
        Source::Stdin => Box::new(std::io::stdin()),
        Source::File(p) => {
            if p.is_dir() {
                sink(Err(err(None, "is a folder; give the files in it".into())));
                return;
            }
            match std::fs::File::open(p) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    sink(Err(err(None, format!("cannot open: {e}"))));
                    return;
                }
            }
        }
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let head = match reader.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => {
            sink(Err(err(None, format!("cannot read: {e}"))));
            return;
        }
    };
    let path = match src {
        Source::File(p) => Some(p.as_path()),
        _ => None,
    };
    let ext =
        path.and_then(|p| p.extension()).and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let is_feed = matches!(ext.as_deref(), Some("xml") | Some("rss") | Some("atom"))
        || (!is_jsonl(path, &head) && web::looks_like_feed(&head));
    let is_url_list =
        ext.as_deref() == Some("urls") || (!is_jsonl(path, &head) && looks_like_url_list(&head));
    if is_feed && !is_url_list {
        // A feed file is read entry by entry, however large: the size limit is per entry.
        let id = path
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        read_feed_items(&name, &id, reader, opts, sink);
        return;
    }
    if is_url_list {
        let mut bytes = Vec::new();
        let limit = opts.max_article_bytes as u64 * 4 + 1;
        if let Err(e) = reader.by_ref().take(limit).read_to_end(&mut bytes) {
            sink(Err(err(None, format!("cannot read: {e}"))));
            return;
        }
        {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            for (n, line) in text.lines().enumerate() {
                let l = line.trim();
                if l.is_empty() || l.starts_with('#') {
                    continue;
                }
                if !is_url(l) {
                    sink(Err(err(Some(n + 1), format!("'{l}' is not an http(s) URL"))));
                    continue;
                }
                read_source(&Source::Url(l.to_string()), opts, sink);
            }
        }
        return;
    }
    let is_html = matches!(ext.as_deref(), Some("html") | Some("htm") | Some("xhtml"))
        || (!is_jsonl(path, &head) && html::looks_like_html(&head));
    if is_html {
        let mut bytes = Vec::new();
        let limit = opts.max_article_bytes as u64 * 4 + 1;
        if let Err(e) = reader.by_ref().take(limit).read_to_end(&mut bytes) {
            sink(Err(err(None, format!("cannot read: {e}"))));
            return;
        }
        if bytes.len() as u64 >= limit {
            sink(Err(err(None, format!("page larger than the limit of {} bytes", limit - 1))));
            return;
        }
        let page = match html::decode_html(&bytes) {
            Ok(h) => html::extract(&h),
            Err(m) => {
                sink(Err(err(None, m)));
                return;
            }
        };
        if let Err(m) = check_text(&page.text) {
            sink(Err(err(None, format!("HTML page with no article text ({m})"))));
            return;
        }
        let id = path
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        sink(Ok(Article {
            id,
            date: page.date.or(opts.default_date),
            title: page.title,
            text: page.text,
            byline: page.byline,
            url: None,
        }));
    } else if is_jsonl(path, &head) {
        read_jsonl(&name, reader, opts, sink);
    } else {
        let mut bytes = Vec::new();
        let limit = opts.max_article_bytes as u64 + 1;
        if let Err(e) = reader.by_ref().take(limit).read_to_end(&mut bytes) {
            sink(Err(err(None, format!("cannot read: {e}"))));
            return;
        }
        if bytes.len() > opts.max_article_bytes {
            sink(Err(err(
                None,
                format!(
                    "article larger than the limit of {} bytes (--max-article-bytes)",
                    opts.max_article_bytes
                ),
            )));
            return;
        }
        let text = match decode(bytes) {
            Ok(t) => t,
            Err(m) => {
                sink(Err(err(None, m)));
                return;
            }
        };
        if let Err(m) = check_text(&text) {
            sink(Err(err(None, m)));
            return;
        }
        let id = match src {
            Source::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| name.clone()),
            _ => "stdin".into(),
        };
        sink(Ok(Article { id, date: opts.default_date, title: None, text, ..Default::default() }));
    }
}

fn looks_like_url_list(head: &[u8]) -> bool {
    let h = String::from_utf8_lossy(head);
    let lines: Vec<&str> = h
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .take(20)
        .collect();
    !lines.is_empty() && lines.iter().all(|l| is_url(l))
}

/// A whole document (a fetched body or a feed file): a feed, an HTML page or plain text.
fn read_document(
    name: &str,
    path: Option<&Path>,
    url: Option<&str>,
    bytes: &[u8],
    content_type: Option<&str>,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>),
) {
    let err = |line: Option<usize>, message: String| InputError {
        input: name.to_string(),
        line,
        message,
    };
    let ct = content_type.unwrap_or("");
    let id = url
        .map(str::to_string)
        .or_else(|| path.and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| name.to_string());
    if ct.contains("rss")
        || ct.contains("atom")
        || ((ct.contains("xml") || ct.is_empty()) && web::looks_like_feed(bytes))
    {
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return sink(Err(err(None, "UTF-16 text; convert it to UTF-8 first".into())));
        }
        read_feed_items(name, &id, bytes, opts, sink);
        return;
    }
    if ct.contains("html") || html::looks_like_html(bytes) {
        let page = match html::decode_html(bytes) {
            Ok(h) => html::extract(&h),
            Err(m) => return sink(Err(err(None, m))),
        };
        if let Err(m) = check_text(&page.text) {
            return sink(Err(err(None, format!("HTML page with no article text ({m})"))));
        }
        return sink(Ok(Article {
            id,
            date: page.date.or(opts.default_date),
            title: page.title,
            text: page.text,
            byline: page.byline,
            url: url.map(str::to_string),
        }));
    }
    let text = match decode(bytes.to_vec()) {
        Ok(t) => t,
        Err(m) => return sink(Err(err(None, m))),
    };
    if let Err(m) = check_text(&text) {
        return sink(Err(err(None, m)));
    }
    sink(Ok(Article {
        id,
        date: opts.default_date,
        title: None,
        text,
        byline: None,
        url: url.map(str::to_string),
    }));
}

/// The articles of a feed, read entry by entry: each entry's text, or the page it links to
/// when the entry carries only a summary. An entry over `--max-article-bytes` is reported as
/// skipped with its number and byte offset, and the entries after it are still read.
fn read_feed_items(
    name: &str,
    id: &str,
    input: impl BufRead,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>),
) {
    let err = |line: Option<usize>, message: String| InputError {
        input: name.to_string(),
        line,
        message,
    };
    let read = web::read_feed(input, opts.max_article_bytes, &mut |k, entry| {
        let item = match entry {
            web::FeedEntry::Item(item) => item,
            web::FeedEntry::TooLarge { offset, limit } => {
                return sink(Err(err(
                    Some(k),
                    format!(
                        "feed entry {k} (at byte {offset}) is larger than the limit of {limit} bytes (--max-article-bytes)"
                    ),
                )));
            }
            web::FeedEntry::Unreadable { offset, message } => {
                return sink(Err(err(
                    Some(k),
                    format!("feed entry {k} (at byte {offset}) could not be read: {message}"),
                )));
            }
        };
        let mut body = item.text.clone();
        // A feed that carries only a summary: read the page it links to. A link to an address
        // that is not public skips the entry: nothing of it is stored.
        if body.len() < 500
            && let (Some(f), Some(link)) =
                (opts.fetcher.as_ref().filter(|f| f.options.follow_links), item.link.as_deref())
        {
            match f.get(link) {
                Ok(got) => {
                    if let Ok(h) = html::decode_html(&got.body) {
                        let page = html::extract(&h);
                        if page.text.len() > body.len() {
                            body = page.text;
                        }
                    }
                }
                Err(web::FetchError::Refused(r)) => {
                    return sink(Err(err(Some(k), format!("feed entry {k}: {r}"))));
                }
                Err(m) => sink(Err(InputError {
                    input: link.to_string(),
                    line: None,
                    message: format!("{m} (linked from {name})"),
                })),
            }
        }
        if let Err(m) = check_text(&body) {
            return sink(Err(err(Some(k), format!("feed entry {k}: {m}"))));
        }
        let id = item.link.clone().unwrap_or_else(|| format!("{id}#{k}"));
        sink(Ok(Article {
            id,
            date: item.date.or(opts.default_date),
            title: item.title,
            text: body,
            byline: None,
            url: item.link,
        }));
    });
    if let Err(m) = read {
        sink(Err(err(None, m)));
    }
}

/// Reads a line of at most `limit` bytes; longer lines are consumed and reported as too long.
fn read_line_limited(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(if any { Some(too_long) } else { None });
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(p) => (&avail[..p], Some(p + 1)),
            None => (avail, None),
        };
        if !too_long {
            if buf.len() + chunk.len() > limit {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(avail.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some(too_long));
        }
    }
}

fn read_jsonl(
    name: &str,
    mut reader: impl BufRead,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>),
) {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let err = |line: usize, message: String| InputError {
        input: name.to_string(),
        line: Some(line),
        message,
    };
    loop {
        let r = read_line_limited(&mut reader, &mut buf, opts.max_article_bytes);
        line_no += 1;
        let too_long = match r {
            Ok(None) => break,
            Ok(Some(t)) => t,
            Err(e) => {
                sink(Err(err(line_no, format!("cannot read: {e}"))));
                break;
            }
        };
        if too_long {
            sink(Err(err(
                line_no,
                format!(
                    "line longer than the limit of {} bytes (--max-article-bytes)",
                    opts.max_article_bytes
                ),
            )));
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l,
            Err(e) => {
                sink(Err(err(
                    line_no,
                    format!("not valid UTF-8 (first bad byte at column {})", e.valid_up_to() + 1),
                )));
                continue;
            }
        };
        let rec: JsonArticle = match serde_json::from_str(line.trim_start_matches('\u{feff}')) {
            Ok(r) => r,
            Err(e) => {
                sink(Err(err(line_no, format!("malformed JSON: {e}"))));
                continue;
            }
        };
        let Some(text) = rec.text else {
            sink(Err(err(line_no, "record has no \"text\" field".into())));
            continue;
        };
        if let Err(m) = check_text(&text) {
            sink(Err(err(line_no, m)));
            continue;
        }
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{name}:{line_no}"),
        };
        let date = match rec.date.as_deref() {
            Some(d) if !d.trim().is_empty() => match Date::parse(d) {
                Some(d) => Some(d),
                None => {
                    sink(Err(err(line_no, format!("date '{d}' is not YYYY-MM-DD"))));
                    continue;
                }
            },
            _ => opts.default_date,
        };
        sink(Ok(Article { id, date, title: rec.title, text, url: rec.url, byline: None }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(path: &Path, opts: &ReadOptions) -> (Vec<Article>, Vec<InputError>) {
        let mut ok = Vec::new();
        let mut bad = Vec::new();
        read_source(&Source::File(path.to_path_buf()), opts, &mut |r| match r {
            Ok(a) => ok.push(a),
            Err(e) => bad.push(e),
        });
        (ok, bad)
    }

    fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("comity-ingest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn jsonl_bad_lines_are_named_and_the_rest_read() {
        let p = tmp(
            "mixed.jsonl",
            b"{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"Troops left.\"}\n{not json\n{\"id\":\"c\"}\n\n{\"id\":7,\"text\":\"Talks ended.\",\"date\":\"soon\"}\n{\"id\":\"e\",\"text\":\"Talks ended.\"}\n",
        );
        let (ok, bad) = collect(&p, &ReadOptions::default());
        assert_eq!(ok.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), vec!["a", "e"]);
        assert_eq!(ok[0].date.unwrap().to_string(), "2024-01-02");
        let lines: Vec<Option<usize>> = bad.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![Some(2), Some(3), Some(5)]);
        assert!(bad[0].to_string().contains("mixed.jsonl:2: malformed JSON"));
    }

    #[test]
    fn bad_files_give_clear_errors() {
        let opts = ReadOptions { default_date: None, max_article_bytes: 1000, fetcher: None };
        let (_, e) = collect(&tmp("empty.txt", b"  \n"), &opts);
        assert!(e[0].message.contains("empty"));
        let (_, e) = collect(&tmp("bin.txt", &[0u8, 1, 2, 3, 0, 255]), &opts);
        assert!(e[0].message.contains("binary") || e[0].message.contains("UTF-8"), "{}", e[0]);
        let (_, e) = collect(&tmp("latin1.txt", b"Caf\xe9 owners protested."), &opts);
        assert!(e[0].message.contains("not valid UTF-8"), "{}", e[0]);
        let (_, e) = collect(&tmp("big.txt", &vec![b'a'; 5000]), &opts);
        assert!(e[0].message.contains("larger than the limit"));
        let mut long = b"{\"text\":\"".to_vec();
        long.extend(vec![b'x'; 5000]);
        long.extend(b"\"}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
        let (ok, e) = collect(&tmp("long.jsonl", &long), &opts);
        assert_eq!(e[0].line, Some(1));
        assert_eq!(ok.len(), 1, "the line after the long one still reads");
        let (ok, e) = collect(&tmp("plain.txt", "\u{feff}Russia and China met.".as_bytes()), &opts);
        assert!(e.is_empty());
        assert_eq!(ok[0].id, "plain.txt");
        assert_eq!(ok[0].text, "Russia and China met.");
    }
}
