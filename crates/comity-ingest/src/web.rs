//! Fetching over HTTP(S) with bounded time, size and redirects, and reading RSS/Atom feeds.

use comity_core::Date;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

/// Limits and address rules for fetching.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Whole-request time limit.
    pub timeout: Duration,
    /// Largest body read; a larger one is refused.
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// Fetch the page behind a feed entry whose own text is short.
    pub follow_links: bool,
    /// Connect to loopback, private, link-local and other non-public addresses too. Off by
    /// default: every host name (of the URL and of each redirect) is resolved, and a URL
    /// resolving to such an address is refused.
    pub allow_private: bool,
    /// Single addresses allowed even though they are not public (a local news mirror).
    pub allowed_addresses: Vec<IpAddr>,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(20),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            follow_links: true,
            allow_private: false,
            allowed_addresses: Vec::new(),
        }
    }
}

/// Why an address is not public, or `None` for a public (globally routable) one. IPv4-mapped,
/// IPv4-compatible, NAT64 and 6to4 IPv6 addresses are judged by the IPv4 address inside them.
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => non_public_v6(v6),
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (0, _, _) => "an unspecified (0.0.0.0/8)",
        (127, _, _) => "a loopback",
        (10, _, _) | (192, 168, _) => "a private",
        (172, 16..=31, _) => "a private",
        (100, 64..=127, _) => "a shared (carrier-grade NAT)",
        (169, 254, _) => "a link-local",
        (192, 0, 0) => "an IETF protocol",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "a documentation",
        (192, 88, 99) => "a 6to4 relay",
        (198, 18..=19, _) => "a benchmarking",
        (224..=239, _, _) => "a multicast",
        (240..=255, _, _) => "a reserved or broadcast",
        _ => return None,
    })
}

fn non_public_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    if ip.is_unspecified() {
        return Some("an unspecified");
    }
    if ip.is_loopback() {
        return Some("a loopback");
    }
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated).
    if s[..5] == [0; 5] && (s[5] == 0xffff || s[5] == 0) {
        return non_public_v4(embedded(s[6], s[7])).or(if s[5] == 0 {
            Some("an IPv4-compatible")
        } else {
            None
        });
    }
    // NAT64 well-known prefix 64:ff9b::/96.
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return non_public_v4(embedded(s[6], s[7]));
    }
    // 6to4 2002::/16 carries an IPv4 address in its next 32 bits.
    if s[0] == 0x2002 {
        return non_public_v4(embedded(s[1], s[2]));
    }
    Some(match s[0] {
        0xfc00..=0xfdff => "a unique local (private)",
        0xfe80..=0xfebf => "a link-local",
        0xfec0..=0xfeff => "a site-local",
        0xff00..=0xffff => "a multicast",
        0x2001 if s[1] == 0x0db8 => "a documentation",
        0x2001 if s[1] < 0x0200 => "an IETF protocol (Teredo, benchmarking)",
        0x2000..=0x3fff => return None,
        _ => "a reserved",
    })
}

/// A connection refused because the host resolved to an address that is not public.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedAddress {
    /// The URL asked for (a redirect's target when the redirect led there).
    pub url: String,
    /// The address it resolved to.
    pub address: IpAddr,
    /// What kind of address it is ("a loopback", "a private", ...).
    pub kind: &'static str,
}

impl std::fmt::Display for RefusedAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "refused to fetch {}: it resolves to {}, {} address (--allow-private-addresses allows it)",
            self.url, self.address, self.kind
        )
    }
}

impl std::error::Error for RefusedAddress {}

/// Resolves host names as usual, then refuses any host with an address that is not public.
/// ureq connects only to the addresses its resolver returns, so the address checked is the
/// address used: a second DNS answer cannot slip in between (no DNS rebinding). Redirects
/// go through the resolver too.
#[derive(Debug)]
struct GuardedResolver {
    allowed: Vec<IpAddr>,
}

impl Resolver for GuardedResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = DefaultResolver::default().resolve(uri, config, timeout)?;
        for a in &addrs {
            let ip = a.ip();
            if self.allowed.contains(&ip) {
                continue;
            }
            if let Some(kind) = non_public(ip) {
                return Err(ureq::Error::Other(Box::new(RefusedAddress {
                    url: uri.to_string(),
                    address: ip,
                    kind,
                })));
            }
        }
        Ok(addrs)
    }
}

/// An HTTP client with the limits of [`FetchOptions`].
pub struct Fetcher {
    agent: ureq::Agent,
    pub options: FetchOptions,
}

/// Why a URL was not fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The URL, or a redirect from it, resolves to an address that is not public.
    #[error("{0}")]
    Refused(RefusedAddress),
    /// Anything else: a timeout, an HTTP error status, a body over the limit, ...
    #[error("{0}")]
    Failed(String),
}

/// A fetched body and what the server said it is.
pub struct Fetched {
    pub body: Vec<u8>,
    pub content_type: String,
}

impl Fetcher {
    /// A client with these limits. Unless `allow_private` is set, connections go straight to
    /// the resolved addresses (a proxy from the environment would resolve names itself, out
    /// of reach of the address check, so none is used).
    pub fn new(options: FetchOptions) -> Fetcher {
        let builder = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .max_redirects(options.max_redirects)
            .http_status_as_error(false)
            .user_agent(concat!("comity/", env!("CARGO_PKG_VERSION")));
        let agent: ureq::Agent = if options.allow_private {
            builder.build().into()
        } else {
            ureq::Agent::with_parts(
                builder.proxy(None).build(),
                DefaultConnector::default(),
                GuardedResolver { allowed: options.allowed_addresses.clone() },
            )
        };
        Fetcher { agent, options }
    }

    /// Fetches one URL, following redirects, within the limits.
    pub fn get(&self, url: &str) -> Result<Fetched, FetchError> {
        self.fetch(url).map_err(|e| match e {
            Err(refused) => FetchError::Refused(refused),
            Ok(message) => FetchError::Failed(message),
        })
    }

    fn fetch(&self, url: &str) -> Result<Fetched, Result<String, RefusedAddress>> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(Ok("only http and https URLs are fetched".into()));
        }
        let mut resp = self.agent.get(url).call().map_err(|e| match e {
            ureq::Error::Other(e) => match e.downcast::<RefusedAddress>() {
                Ok(refused) => Err(*refused),
                Err(e) => Ok(format!("request failed: {e}")),
            },
            e => Ok(match e {
                ureq::Error::Timeout(_) => {
                    format!("no answer within {} s (--timeout)", self.options.timeout.as_secs())
                }
                ureq::Error::TooManyRedirects => {
                    format!("more than {} redirects", self.options.max_redirects)
                }
                e => format!("request failed: {e}"),
            }),
        })?;
        let status = resp.status();
        if !status.is_success() {
            return Err(Ok(format!("HTTP {}", status.as_u16())));
        }
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if let Some(len) = resp
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            && len > self.options.max_bytes
        {
            return Err(Ok(format!(
                "body of {len} bytes is larger than the limit of {} (--max-download-bytes)",
                self.options.max_bytes
            )));
        }
        let body = resp
            .body_mut()
            .with_config()
            .limit(self.options.max_bytes)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => format!(
                    "body larger than the limit of {} bytes (--max-download-bytes)",
                    self.options.max_bytes
                ),
                ureq::Error::Timeout(_) => format!(
                    "body not received within {} s (--timeout)",
                    self.options.timeout.as_secs()
                ),
                e => format!("reading the body failed: {e}"),
            })
            .map_err(Ok)?;
        Ok(Fetched { body, content_type })
    }
}

/// One entry of a feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedItem {
    pub title: Option<String>,
    pub link: Option<String>,
    pub date: Option<Date>,
    /// The entry's own text (content, else summary), HTML removed.
    pub text: String,
}

/// Is this an RSS or Atom document?
pub fn looks_like_feed(head: &[u8]) -> bool {
    let h = String::from_utf8_lossy(&head[..head.len().min(2048)]).to_ascii_lowercase();
    h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf")
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Dates as feeds write them: RFC 822 ("Tue, 10 Jun 2025 04:00:00 GMT") or ISO 8601.
pub fn feed_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse(s.get(..10).unwrap_or("")) {
        return Some(d);
    }
    let parts: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',').filter(|p| !p.is_empty()).collect();
    for w in parts.windows(3) {
        let day: Option<u8> = w[0].parse().ok();
        let month = MONTHS.iter().position(|m| w[1].to_ascii_lowercase().starts_with(m));
        let year: Option<i32> = w[2].parse().ok();
        if let (Some(d), Some(m), Some(y)) = (day, month, year) {
            return Date::new(y, m as u8 + 1, d);
        }
    }
    None
}

/// What [`read_feed`] found at one entry of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedEntry {
    /// An entry within the limit, with its text.
    Item(FeedItem),
    /// An entry larger than the per-item limit, skipped: its text is not kept.
    TooLarge {
        /// Byte offset of the entry's start tag in the feed.
        offset: u64,
        /// The limit it exceeded, in bytes of text.
        limit: usize,
    },
    /// An entry that feed-rs could not read (its markup is well-formed XML, but not an RSS
    /// item or Atom entry it understands).
    Unreadable {
        /// Byte offset of the entry's start tag in the feed.
        offset: u64,
        /// What feed-rs said.
        message: String,
    },
}

/// Reads an RSS 1.0/2.0 or Atom feed. Malformed XML is an error naming the position.
pub fn parse_feed(xml: &str) -> Result<Vec<FeedItem>, String> {
    let mut items = Vec::new();
    read_feed(xml.as_bytes(), usize::MAX, &mut |_, e| {
        if let FeedEntry::Item(i) = e {
            items.push(i);
        }
    })?;
    Ok(items)
}

/// A reader that keeps a copy of the bytes consumed from it while `on`, so that the raw
/// markup of the current element can be handed on whole.
struct Recorder<R> {
    inner: R,
    bytes: Vec<u8>,
    on: bool,
}

impl<R: std::io::Read> std::io::Read for Recorder<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if self.on {
            self.bytes.extend_from_slice(&buf[..n]);
        }
        Ok(n)
    }
}

impl<R: std::io::BufRead> std::io::BufRead for Recorder<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.on
            && let Ok(b) = self.inner.fill_buf()
        {
            self.bytes.extend_from_slice(&b[..amount.min(b.len())]);
        }
        self.inner.consume(amount);
    }
}

/// The text of a feed's text construct: HTML and XHTML as a page shows it, plain text with
/// its white space tidied.
fn feed_text(text: &feed_rs::model::Text) -> String {
    if text.content_type.essence().to_string() == "text/plain" {
        text.content
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    } else {
        crate::html::text_of_fragment(&text.content)
    }
}

/// The item of one entry as feed-rs reads it.
fn feed_item(entry: feed_rs::model::Entry) -> FeedItem {
    let date = entry
        .published
        .or(entry.updated)
        .and_then(|d| Date::parse(&d.date_naive().format("%Y-%m-%d").to_string()));
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone())
        .or_else(|| entry.id.starts_with("http").then(|| entry.id.clone()));
    let content = entry.content.as_ref().and_then(|c| {
        let body = c.body.as_deref()?;
        let text = feed_text(&feed_rs::model::Text {
            content_type: c.content_type.clone(),
            src: None,
            content: body.to_string(),
        });
        (!text.trim().is_empty()).then_some(text)
    });
    let text = content.or_else(|| entry.summary.as_ref().map(feed_text)).unwrap_or_default();
    FeedItem { title: entry.title.as_ref().map(feed_text), link, date, text }
}

/// Reads an RSS 1.0/2.0 or Atom feed entry by entry, calling `sink` with each entry's number
/// (from 1) as soon as its end tag is read, so memory holds one entry at a time whatever the
/// feed's size. A streaming XML scanner finds each entry; its markup, inside the start tags of
/// the elements around it (which carry the feed's namespaces), is read by feed-rs. An entry
/// whose text is larger than `max_item_bytes` (or whose markup is larger than four times that)
/// is passed on as [`FeedEntry::TooLarge`] without its text. Malformed XML is an error naming
/// the position; the entries before it have been passed on. Returns the number of entries.
pub fn read_feed(
    input: impl std::io::BufRead,
    max_item_bytes: usize,
    sink: &mut dyn FnMut(usize, FeedEntry),
) -> Result<usize, String> {
    let mut reader = Reader::from_reader(Recorder { inner: input, bytes: Vec::new(), on: true });
    reader.config_mut().trim_text(false);
    let raw_limit = max_item_bytes.saturating_mul(4);
    let mut count = 0usize;
    // The XML declaration, and the start tags and names of the elements open around the
    // current position (outside entries).
    let mut declaration: Vec<u8> = Vec::new();
    let mut around: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    // Inside an entry: its start offset, its depth of nested elements, and whether its markup
    // went over the limit.
    let mut entry: Option<(u64, usize, bool)> = None;
    let mut saw_root = false;
    let mut event_buf = Vec::new();
    loop {
        event_buf.clear();
        if entry.is_none() {
            let rec = reader.get_mut();
            rec.bytes.clear();
            rec.on = true;
        }
        let at = reader.buffer_position();
        let ev = reader
            .read_event_into(&mut event_buf)
            .map_err(|e| format!("malformed feed XML at byte {}: {e}", reader.buffer_position()))?;
        // quick-xml takes the `<` of a tag while reading the text before it: put it back.
        {
            let rec = reader.get_mut();
            if matches!(ev, Event::Start(_) | Event::Empty(_) | Event::Decl(_))
                && entry.is_none()
                && !rec.bytes.starts_with(b"<")
            {
                rec.bytes.insert(0, b'<');
            }
        }
        let raw_len = reader.get_ref().bytes.len();
        if let Some((_, _, over)) = entry.as_mut()
            && !*over
            && raw_len > raw_limit
        {
            *over = true;
            let rec = reader.get_mut();
            rec.on = false;
            rec.bytes = Vec::new();
        }
        match ev {
            Event::Decl(_) if entry.is_none() => declaration = reader.get_ref().bytes.clone(),
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_ascii_lowercase();
                if let Some((_, depth, _)) = entry.as_mut() {
                    *depth += 1;
                } else if saw_root && (name == b"item" || name == b"entry") {
                    entry = Some((at, 0, false));
                } else {
                    let root = matches!(name.as_slice(), b"rss" | b"feed" | b"rdf");
                    if around.len() < 64 && raw_len <= raw_limit.max(1 << 16) {
                        let tag = if name == b"rss" && !saw_root {
                            rss_root(&e)
                        } else {
                            reader.get_ref().bytes.clone()
                        };
                        around.push((tag, e.name().as_ref().to_vec()));
                        saw_root |= root;
                    } else {
                        return Err(format!(
                            "feed markup nested too deep or too large at byte {at}"
                        ));
                    }
                }
            }
            Event::Empty(e) if entry.is_none() && saw_root => {
                let name = e.local_name().as_ref().to_ascii_lowercase();
                if name == b"item" || name == b"entry" {
                    count += 1;
                    let raw = reader.get_ref().bytes.clone();
                    sink(count, read_entry(&declaration, &around, &raw, at, max_item_bytes));
                }
            }
            Event::End(_) => match entry.as_mut() {
                Some((_, depth, _)) if *depth > 0 => *depth -= 1,
                Some(&mut (start, _, over)) => {
                    entry = None;
                    count += 1;
                    let e = if over {
                        FeedEntry::TooLarge { offset: start, limit: max_item_bytes }
                    } else {
                        let raw = std::mem::take(&mut reader.get_mut().bytes);
                        read_entry(&declaration, &around, &raw, start, max_item_bytes)
                    };
                    sink(count, e);
                }
                None => {
                    around.pop();
                }
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err("not an RSS or Atom feed".into());
    }
    Ok(count)
}

/// An RSS root start tag as feed-rs reads it: `version="2.0"` unless it says 0.91 or 0.92
/// (feed-rs reads no other version, and many feeds give none), the other attributes (the
/// feed's namespaces) as they are.
fn rss_root(e: &quick_xml::events::BytesStart) -> Vec<u8> {
    let mut tag = b"<rss".to_vec();
    let mut version = b"2.0".to_vec();
    for a in e.attributes().with_checks(false).flatten() {
        if a.key.as_ref() == b"version" {
            if matches!(a.value.as_ref(), b"0.91" | b"0.92") {
                version = a.value.to_vec();
            }
            continue;
        }
        tag.push(b' ');
        tag.extend_from_slice(a.key.as_ref());
        tag.extend_from_slice(b"=\"");
        for &b in a.value.as_ref() {
            if b == b'"' {
                tag.extend_from_slice(b"&quot;");
            } else {
                tag.push(b);
            }
        }
        tag.push(b'"');
    }
    tag.extend_from_slice(b" version=\"");
    tag.extend_from_slice(&version);
    tag.extend_from_slice(b"\">");
    tag
}

/// One entry's markup, wrapped in the start and end tags around it, read by feed-rs.
fn read_entry(
    declaration: &[u8],
    around: &[(Vec<u8>, Vec<u8>)],
    raw: &[u8],
    offset: u64,
    max_item_bytes: usize,
) -> FeedEntry {
    let mut doc = Vec::with_capacity(raw.len() + 1024);
    doc.extend_from_slice(declaration);
    for (start, _) in around {
        doc.extend_from_slice(start);
    }
    doc.extend_from_slice(raw);
    for (_, name) in around.iter().rev() {
        doc.extend_from_slice(b"</");
        doc.extend_from_slice(name);
        doc.push(b'>');
    }
    let feed = match feed_rs::parser::parse(doc.as_slice()) {
        Ok(f) => f,
        Err(e) => return FeedEntry::Unreadable { offset, message: e.to_string() },
    };
    let Some(entry) = feed.entries.into_iter().next() else {
        return FeedEntry::Unreadable { offset, message: "not an RSS item or Atom entry".into() };
    };
    let item = feed_item(entry);
    if item.text.len() > max_item_bytes {
        FeedEntry::TooLarge { offset, limit: max_item_bytes }
    } else {
        FeedEntry::Item(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_that_are_not_public() {
        for (ip, kind) in [
            ("127.0.0.1", Some("a loopback")),
            ("127.255.1.2", Some("a loopback")),
            ("10.1.2.3", Some("a private")),
            ("172.31.255.255", Some("a private")),
            ("192.168.0.1", Some("a private")),
            ("169.254.169.254", Some("a link-local")),
            ("100.100.1.1", Some("a shared (carrier-grade NAT)")),
            ("0.0.0.0", Some("an unspecified (0.0.0.0/8)")),
            ("224.0.0.1", Some("a multicast")),
            ("255.255.255.255", Some("a reserved or broadcast")),
            ("::1", Some("a loopback")),
            ("::", Some("an unspecified")),
            ("::ffff:127.0.0.1", Some("a loopback")),
            ("::ffff:10.0.0.1", Some("a private")),
            ("::127.0.0.1", Some("a loopback")),
            ("64:ff9b::a9fe:a9fe", Some("a link-local")),
            ("2002:c0a8:0101::1", Some("a private")),
            ("fe80::1", Some("a link-local")),
            ("fd12:3456::1", Some("a unique local (private)")),
            ("ff02::1", Some("a multicast")),
            ("2001:db8::1", Some("a documentation")),
            ("100::1", Some("a reserved")),
            ("8.8.8.8", None),
            ("172.32.0.1", None),
            ("100.128.0.1", None),
            ("::ffff:8.8.8.8", None),
            ("2002:0808:0808::1", None),
            ("2606:4700::1111", None),
            ("2a00:1450:4001::200e", None),
        ] {
            assert_eq!(non_public(ip.parse().unwrap()), kind, "{ip}");
        }
    }

    #[test]
    fn rss_and_atom() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>W</title>
<item><title>Talks &amp; deals</title><link>https://news.example/a</link><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
<description><![CDATA[<p>Japan praised India.</p>]]></description><content:encoded><![CDATA[<p>Japan praised India for the talks.</p><p>More text.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://news.example/b</link><description>Poland &lt;b&gt;condemned&lt;/b&gt; Belarus.</description></item>
</channel></rss>"#;
        let items = parse_feed(rss).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].title.as_deref(), Some("Talks & deals"));
        assert_eq!(items[0].date.map(|d| d.to_string()).as_deref(), Some("2025-06-10"));
        assert_eq!(items[0].text, "Japan praised India for the talks.\n\nMore text.");
        assert_eq!(items[1].text, "Poland condemned Belarus.");
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link rel="alternate" href="https://x.example/1"/>
<published>2024-12-01T10:00:00Z</published><summary>Chile thanked Peru.</summary></entry></feed>"#;
        let items = parse_feed(atom).unwrap();
        assert_eq!(items[0].link.as_deref(), Some("https://x.example/1"));
        assert_eq!(items[0].date.map(|d| d.to_string()).as_deref(), Some("2024-12-01"));
        assert_eq!(items[0].text, "Chile thanked Peru.");
        assert!(
            parse_feed("<rss><channel><item><title>x</title></channel></rss>").is_err(),
            "mismatched tags are an error"
        );
        assert!(parse_feed("<html><body>no</body></html>").is_err());
    }

    #[test]
    fn atom_xhtml_content_and_namespaces_on_the_root() {
        // type="xhtml" content is markup inside the feed, not text: it was lost before.
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>W</title>
<entry><title type="html">Chile &lt;em&gt;thanks&lt;/em&gt; Peru</title><id>urn:x:1</id>
<link rel="self" href="https://x.example/api/1"/><link href="https://x.example/1"/>
<updated>2024-12-01T10:00:00Z</updated><dc:creator>A. Writer</dc:creator>
<summary>Short.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Chile thanked <b>Peru</b> for its help after the floods.</p><p>Aid arrived on Monday.</p></div></content></entry>
<entry><title type="text">Plain &lt;title&gt;</title><id>https://x.example/2</id><updated>2024-12-02T10:00:00Z</updated>
<content type="text">Line one.

Line   two.</content></entry>
</feed>"#;
        let items = parse_feed(atom).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].title.as_deref(), Some("Chile thanks Peru"));
        assert_eq!(items[0].link.as_deref(), Some("https://x.example/1"));
        assert_eq!(items[0].date.map(|d| d.to_string()).as_deref(), Some("2024-12-01"));
        assert_eq!(
            items[0].text,
            "Chile thanked Peru for its help after the floods.\n\nAid arrived on Monday."
        );
        assert_eq!(items[1].title.as_deref(), Some("Plain <title>"));
        assert_eq!(items[1].link.as_deref(), Some("https://x.example/2"));
        assert_eq!(items[1].text, "Line one.\n\nLine two.");
        // RSS 1.0: items beside the channel, inside rdf:RDF, with Dublin Core dates.
        let rdf = r#"<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>W</title><link>https://x.example/</link><description>d</description></channel>
<item rdf:about="https://x.example/3"><title>Three</title><link>https://x.example/3</link><dc:date>2024-05-06T08:00:00Z</dc:date><description>Peru thanked Chile.</description></item>
</rdf:RDF>"#;
        let items = parse_feed(rdf).unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].link.as_deref(), Some("https://x.example/3"));
        assert_eq!(items[0].date.map(|d| d.to_string()).as_deref(), Some("2024-05-06"));
        assert_eq!(items[0].text, "Peru thanked Chile.");
        // An RSS item feed-rs cannot read is named; the next is read.
        let rss = r#"<rss version="2.0"><channel><item><enclosure url="x" length="many"/><description>x</description></item><item><description>Japan praised India.</description></item></channel></rss>"#;
        let mut got = Vec::new();
        read_feed(rss.as_bytes(), 1000, &mut |k, e| got.push((k, e))).unwrap();
        assert_eq!(got.len(), 2);
        assert!(matches!(&got[1].1, FeedEntry::Item(i) if i.text == "Japan praised India."));
    }

    #[test]
    fn feeds_stream_item_by_item_with_a_limit_per_item() {
        let mut xml = String::from("<rss><channel><title>W</title>");
        for k in 1..=5000 {
            let text = if k == 1234 {
                "Long text. ".repeat(40)
            } else {
                format!("Japan praised India {k} times.")
            };
            xml.push_str(&format!(
                "<item><title>T{k}</title><link>https://x.example/{k}</link><description>{text}</description></item>"
            ));
        }
        xml.push_str("</channel></rss>");
        // The whole feed is 60 times the limit; only the one long item is over it.
        let limit = 300;
        assert!(xml.len() > 60 * limit * 4);
        let mut items = Vec::new();
        let mut skipped = Vec::new();
        let n = read_feed(xml.as_bytes(), limit, &mut |k, e| match e {
            FeedEntry::Item(i) => items.push((k, i)),
            FeedEntry::TooLarge { offset, limit } => skipped.push((k, offset, limit)),
            FeedEntry::Unreadable { message, .. } => panic!("entry {k}: {message}"),
        })
        .unwrap();
        assert_eq!(n, 5000);
        assert_eq!(items.len(), 4999);
        assert_eq!(items[0].1.text, "Japan praised India 1 times.");
        assert_eq!(items[4998].1.link.as_deref(), Some("https://x.example/5000"));
        assert_eq!(skipped.len(), 1);
        let (k, offset, l) = skipped[0];
        assert_eq!((k, l), (1234, 300));
        assert!(xml[offset as usize..].starts_with("<item><title>T1234<"), "offset {offset}");
        // Entries before malformed XML are passed on, then the error names its position.
        let broken = "<rss><channel><item><description>Chile thanked Peru.</description></item><item></channel></rss>";
        let mut got = Vec::new();
        let r = read_feed(broken.as_bytes(), limit, &mut |_, e| got.push(e));
        assert_eq!(got.len(), 1);
        assert!(r.unwrap_err().contains("malformed feed XML at byte"));
    }
}
