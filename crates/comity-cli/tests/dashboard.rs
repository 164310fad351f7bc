//! The dashboard in headless Chromium (Debian's chromium and chromium-driver), driven over the
//! WebDriver protocol: each page loads, a click leads from the network graph to a dyad and on to
//! an event's sentence with the actors and the verb highlighted and on to its article, hostile
//! article text stays text; a date range in the URL (or set with the header's control) narrows
//! every view, the map colours the selected actor's partners, search and paging select other
//! rows. Screenshots of every page are written to target/dashboard-screenshots/ (or to the
//! folder `COMITY_SCREENSHOTS` names: `scripts/dashboard-screenshots` refreshes docs/dashboard/).

mod common;

use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

struct Driver {
    base: String,
    session: String,
    agent: ureq::Agent,
    child: std::process::Child,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.agent.delete(&format!("{}/session/{}", self.base, self.session)).call();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn call(agent: &ureq::Agent, method: &str, url: &str, body: Option<Value>) -> Value {
    let mut resp = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        (_, b) => agent
            .post(url)
            .header("content-type", "application/json")
            .send(serde_json::to_vec(&b.unwrap_or(json!({}))).unwrap().as_slice()),
    }
    .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let text = resp.body_mut().read_to_string().unwrap();
    serde_json::from_str(&text).unwrap()
}

impl Driver {
    fn start() -> Option<Driver> {
        let (chromium, driver) = ("/usr/bin/chromium", "/usr/bin/chromedriver");
        if !std::path::Path::new(chromium).exists() || !std::path::Path::new(driver).exists() {
            comity_core::missing_test_input(
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)",
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let started = Instant::now();
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        // A profile of its own per browser: the tests of this file run at once.
        let profile =
            std::env::temp_dir().join(format!("comity-chromium-{}-{port}", std::process::id()));
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:loggingPrefs": {"browser": "ALL"}, "goog:chromeOptions": {"binary": chromium, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
            format!("--user-data-dir={}", profile.display())]}}}});
        let v = call(&agent, "POST", &format!("{base}/session"), Some(caps));
        let session = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        Some(Driver { base, session, agent, child })
    }

    fn url(&self, p: &str) -> String {
        format!("{}/session/{}{p}", self.base, self.session)
    }

    fn go(&self, url: &str) {
        call(&self.agent, "POST", &self.url("/url"), Some(json!({"url": url})));
    }

    fn js(&self, script: &str) -> Value {
        call(
            &self.agent,
            "POST",
            &self.url("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        )["value"]
            .clone()
    }

    /// Waits until the page has rendered the route `hash` (the app sets body[data-ready]).
    fn ready(&self, hash: &str) {
        let started = Instant::now();
        loop {
            let r = self.js("return document.body.dataset.ready || null;");
            if r.as_str() == Some(hash) {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "page {hash} never rendered (at {r})"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn find(&self, css: &str) -> String {
        let v = call(
            &self.agent,
            "POST",
            &self.url("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        v["value"][ELEMENT].as_str().unwrap_or_else(|| panic!("no element {css}: {v}")).to_string()
    }

    fn count(&self, css: &str) -> usize {
        let v = call(
            &self.agent,
            "POST",
            &self.url("/elements"),
            Some(json!({"using": "css selector", "value": css})),
        );
        v["value"].as_array().map_or(0, Vec::len)
    }

    fn click(&self, css: &str) -> Value {
        let id = self.find(css);
        call(&self.agent, "POST", &self.url(&format!("/element/{id}/click")), Some(json!({})))
    }

    fn text(&self, css: &str) -> String {
        let id = self.find(css);
        call(&self.agent, "GET", &self.url(&format!("/element/{id}/text")), None)["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Types `text` into the element (WebDriver key codes allowed: `\u{E007}` is Enter).
    fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        call(&self.agent, "POST", &self.url(&format!("/element/{id}/clear")), Some(json!({})));
        call(
            &self.agent,
            "POST",
            &self.url(&format!("/element/{id}/value")),
            Some(json!({"text": text})),
        );
    }

    /// Waits until the page has rendered a route for which `test` holds.
    fn ready_when(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let r = self.js("return document.body.dataset.ready || null;");
            if let Some(h) = r.as_str().filter(|h| test(h)) {
                return h.to_string();
            }
            assert!(started.elapsed() < Duration::from_secs(20), "never rendered {what} (at {r})");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A list of strings the script returns.
    fn strings(&self, script: &str) -> Vec<String> {
        let v = self.js(script);
        v.as_array()
            .unwrap_or_else(|| panic!("not a list: {v}"))
            .iter()
            .map(|x| x.as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// The browser console's messages since the last call.
    fn console(&self) -> Vec<String> {
        let v = call(&self.agent, "POST", &self.url("/se/log"), Some(json!({"type": "browser"})));
        v["value"]
            .as_array()
            .unwrap_or_else(|| panic!("no browser log: {v}"))
            .iter()
            .map(|m| m["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    fn screenshot(&self, name: &str) {
        let v = call(&self.agent, "GET", &self.url("/screenshot"), None);
        let png = base64(v["value"].as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        let dir = std::env::var_os("COMITY_SCREENSHOTS").map(PathBuf::from).unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/dashboard-screenshots")
        });
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=').collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let v: Vec<u32> = chunk.iter().map(|&c| u32::from(val(c))).collect();
        let n = v.iter().enumerate().fold(0u32, |acc, (i, x)| acc | (x << (18 - 6 * i)));
        out.push((n >> 16) as u8);
        if v.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if v.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

#[test]
fn dashboard_pages_and_click_through() {
    let Some(d) = Driver::start() else { return };
    let db = common::build_store("ui");
    let s = common::serve(&db, &[]);

    // Network graph.
    d.go(&format!("{}/#/", s.url));
    d.ready("/");
    assert!(d.count("svg[data-testid=network] g.node") >= 5);
    assert!(d.count("svg[data-testid=network] line.edge") >= 3);
    d.screenshot("network");
    // Click the thickest line of the graph: the relationship page opens.
    let edge = d.js("const ls=[...document.querySelectorAll('line.edge')]; ls.sort((a,b)=>b.getAttribute('stroke-width')-a.getAttribute('stroke-width')); return ls[0].dataset.edge;");
    let edge = edge.as_str().unwrap().to_string();
    let r = d.click(&format!("line.edge[data-edge='{edge}']"));
    if r["value"]["error"].is_string() {
        // A node drawn over the line's middle took the click: use the list of the same graph page.
        d.click(&format!("tr[data-dyad='{edge}']"));
    }
    let (a, b) = edge.split_once('-').unwrap();
    d.ready(&format!("/dyad/{a}/{b}"));
    assert!(d.count("svg[data-testid=timeline] rect") >= 1);
    assert!(d.count("table[data-testid=dyad-events] tr[data-event]") >= 1);
    d.screenshot("dyad");
    // On to the first event's sentence, actors and verb highlighted.
    let ev = d.js("return document.querySelector('tr[data-event]').dataset.event;");
    d.click("tr[data-event]");
    d.ready(&format!("/event/{}", ev.as_str().unwrap()));
    assert_eq!(d.count("[data-testid=sentence] mark.verb"), d.count("[data-testid=sentence]"));
    assert!(d.count("[data-testid=sentence] mark.src") >= 1);
    assert!(!d.text("[data-testid=sentence] mark.verb").is_empty());
    d.screenshot("event");
    // On to the article, its sentence highlighted in the text.
    let sentence = d.text("[data-testid=sentence]");
    let article = d.js("return document.querySelector('[data-article]').dataset.article;");
    d.click("[data-testid=read]");
    d.ready_when("the article", |h| {
        h.starts_with(&format!("/article/{}", article.as_str().unwrap()))
    });
    assert_eq!(d.text("[data-testid=highlight]"), sentence);
    assert!(d.text("[data-testid=article-text]").len() > sentence.len());
    d.screenshot("article");

    // Allies of Russia in the sample corpus.
    d.go(&format!("{}/#/allies/RUS", s.url));
    d.ready("/allies/RUS");
    assert_eq!(d.js("return document.querySelector('table[data-testid=allies] tr[data-partner]').dataset.partner;"), "CHN");
    d.screenshot("allies");

    // Hostile text is shown as text, on every page that shows it.
    d.go(&format!("{}/#/events?text=condemned", s.url));
    d.ready("/events?text=condemned");
    let body = d.text("table[data-testid=events]");
    assert!(
        body.contains("<script>document.title='pwned'"),
        "the script tag is shown as text: {body}"
    );
    d.go(&format!("{}/#/quotes", s.url));
    d.ready("/quotes");
    assert!(d.text("main").contains("<b>We will not</b>"));
    assert_eq!(d.count("main b, main script, main img"), 0, "no element came from article text");
    d.screenshot("quotes");
    let pwned = d.js("return [window.__pwned === undefined, document.title];");
    assert_eq!(pwned, json!([true, "comity"]));

    d.go(&format!("{}/#/map", s.url));
    d.ready("/map");
    assert!(d.count("svg[data-testid=map] circle") >= 3);
    d.go(&format!("{}/#/events", s.url));
    d.ready("/events");
    assert!(d.count("table[data-testid=events] tr[data-event]") >= 10);
    d.screenshot("events");
    drop(s);
    std::fs::remove_file(&db).ok();
}

/// The dates of the event rows on the page.
fn row_dates(d: &Driver, table: &str) -> Vec<String> {
    d.strings(&format!(
        "return [...document.querySelectorAll('table[data-testid={table}] tr[data-event]')].map(r => r.dataset.date);"
    ))
}

#[test]
fn dashboard_date_range_map_search_and_paging() {
    let Some(d) = Driver::start() else { return };
    let db = common::build_store("ui-analysis");
    // Two articles with a title and a URL, one of them hostile (a script URL, markup in the title).
    let extra = std::env::temp_dir().join(format!("comity-ui-{}.jsonl", std::process::id()));
    std::fs::write(
        &extra,
        concat!(
            r#"{"id": "linked", "date": "2025-03-12", "title": "Chile and Peru sign <i>accord</i>", "url": "https://news.example/chile-peru", "text": "Chile and Peru signed a border agreement in Lima."}"#,
            "\n",
            r#"{"id": "hostile-url", "date": "2025-03-12", "title": "Floods", "url": "javascript:window.__pwned=1", "text": "Bolivia praised Argentina for its help after the floods."}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .arg("ingest")
        .arg(&extra)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_file(&extra).ok();
    let s = common::serve(&db, &[]);
    let (since, until) = ("2025-03-10", "2025-03-13");

    // An event shows its article's title (as text) and URL, and only an http(s) URL is a link.
    d.go(&format!("{}/#/events?actor=CHL", s.url));
    d.ready("/events?actor=CHL");
    d.click("tr[data-event]");
    d.ready_when("the Chilean event", |h| h.starts_with("/event/"));
    assert!(d.text(".article-line").contains("Chile and Peru sign <i>accord</i>"));
    assert_eq!(d.count(".article-line i"), 0, "the title is text");
    assert_eq!(
        d.js("return document.querySelector('[data-testid=url]').getAttribute('href');"),
        "https://news.example/chile-peru"
    );
    d.go(&format!("{}/#/events?actor=BOL", s.url));
    d.ready("/events?actor=BOL");
    d.click("tr[data-event]");
    d.ready_when("the Bolivian event", |h| h.starts_with("/event/"));
    assert!(d.text(".article-line").contains("Floods"));
    assert_eq!(d.count("[data-testid=url]"), 0, "a script URL is no link");
    assert_eq!(d.count("a[href^='javascript']"), 0);

    // The date range in the URL: only events of those days, and the control shows it.
    d.go(&format!("{}/#/events?limit=100", s.url));
    d.ready("/events?limit=100");
    let all = row_dates(&d, "events");
    assert!(all.len() >= 40, "{all:?}");
    d.go(&format!("{}/#/events?since={since}&until={until}&limit=100", s.url));
    d.ready(&format!("/events?since={since}&until={until}&limit=100"));
    let dates = row_dates(&d, "events");
    assert!(!dates.is_empty() && dates.len() < all.len(), "{} of {}", dates.len(), all.len());
    assert!(dates.iter().all(|x| x.as_str() >= since && x.as_str() <= until), "{dates:?}");
    assert_eq!(
        all.iter().filter(|x| x.as_str() >= since && x.as_str() <= until).count(),
        dates.len()
    );
    assert_eq!(d.js("return document.querySelector('#range input[name=since]').value;"), since);
    assert_eq!(d.js("return document.querySelector('#range input[name=until]').value;"), until);
    // Set with the control, the range goes into the URL, and the menu carries it to other views.
    d.js("const f = document.getElementById('range'); f.since.value = '2025-03-13'; f.until.value = '2025-03-13'; f.requestSubmit(); return null;");
    d.ready_when("the range set with the control", |h| {
        h.contains("since=2025-03-13&until=2025-03-13")
    });
    let one_day = row_dates(&d, "events");
    assert!(!one_day.is_empty() && one_day.iter().all(|x| x == "2025-03-13"), "{one_day:?}");
    d.click("nav a[data-nav=map]");
    d.ready_when("the map over the range", |h| {
        h.starts_with("/map?") && h.contains("until=2025-03-13")
    });
    // On 13 March Russia condemned North Korea and nothing else: one conflictual partner.
    assert_eq!(d.strings("return [...document.querySelectorAll('table[data-testid=partners] tr[data-partner]')].map(r => r.dataset.partner);"), ["PRK"]);
    assert_eq!(d.count("path.country.conf[data-iso=PRK]"), 1);
    assert_eq!(
        d.count("path.country.coop[data-iso=CHN]"),
        0,
        "China's events fall outside the range"
    );

    // The map over all dates: country outlines, the partners coloured.
    d.go(&format!("{}/#/map?actor=RUS", s.url));
    d.ready("/map?actor=RUS");
    assert!(d.count("svg[data-testid=map] path.country") >= 170, "Natural Earth's 177 countries");
    assert!(d.count("svg[data-testid=map] path.country[data-iso=BRA]") == 1);
    assert_eq!(d.count("path.country.self[data-iso=RUS]"), 1);
    assert_eq!(d.count("path.country.coop[data-iso=CHN]"), 1, "China cooperates with Russia");
    assert_eq!(d.count("path.country.conf[data-iso=PRK]"), 1, "North Korea clashes with Russia");
    assert_eq!(d.count("path.country.none[data-iso=BRA]"), 1, "Brazil has no event with Russia");
    let fills = d.strings("return ['CHN', 'PRK', 'BRA'].map(c => document.querySelector(`path.country[data-iso=${c}]`).getAttribute('fill'));");
    assert!(fills[0] != fills[2] && fills[1] != fills[2] && fills[0] != fills[1], "{fills:?}");
    assert!(d.count("[data-testid=legend] .swatch") >= 4);
    d.screenshot("map");

    // The network of a period, and with a minimum weight per link.
    d.go(&format!("{}/#/", s.url));
    d.ready("/");
    let (nodes, lines) = (d.count("g.node"), d.count("line.edge"));
    d.go(&format!("{}/#/?min=3", s.url));
    d.ready("/?min=3");
    let weights =
        d.strings("return [...document.querySelectorAll('line.edge')].map(l => l.dataset.events);");
    assert!(!weights.is_empty() && weights.len() < lines, "{weights:?} of {lines}");
    assert!(weights.iter().all(|w| w.parse::<u32>().unwrap() >= 3), "{weights:?}");
    d.go(&format!("{}/#/?since=2025-03-13&until=2025-03-13", s.url));
    d.ready("/?since=2025-03-13&until=2025-03-13");
    let period: Vec<String> = d.strings(
        "return [...document.querySelectorAll('g.node')].map(n => n.dataset.node).sort();",
    );
    assert!(period.len() < nodes && period.contains(&"PRK".to_string()), "{period:?}");
    assert!(d.count("[data-testid=legend]") == 1 && d.count("text.label") == period.len());

    // The dyad's time axis: every month (or week) of the range drawn, the events in theirs.
    d.go(&format!("{}/#/dyad/RUS/CHN?since=2025-01-01&until=2025-06-30", s.url));
    d.ready("/dyad/RUS/CHN?since=2025-01-01&until=2025-06-30");
    assert_eq!(d.count("svg[data-testid=timeline] rect.slot"), 6, "January to June");
    let bars =
        d.strings("return [...document.querySelectorAll('rect.bar')].map(r => r.dataset.period);");
    assert_eq!(bars, ["2025-03"]);
    assert!(d.count("svg[data-testid=timeline] .axis.x .tick") >= 3);
    // The bar stands where March is on the axis: the third of six months.
    let x = d.js("const s = document.querySelectorAll('rect.slot'); const b = document.querySelector('rect.bar'); return [+s[2].getAttribute('x'), +s[3].getAttribute('x'), +b.getAttribute('x')];");
    let x: Vec<f64> = x.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert!(x[2] >= x[0] && x[2] < x[1], "{x:?}");
    d.click("[data-testid=buckets] a[data-by=week]");
    d.ready_when("weeks", |h| h.contains("by=week"));
    assert_eq!(d.count("rect.slot"), 27, "the weeks from Monday 30 December to 30 June");
    assert_eq!(
        d.strings("return [...document.querySelectorAll('rect.bar')].map(r => r.dataset.period);"),
        ["2025-03-10"]
    );
    d.go(&format!("{}/#/dyad/RUS/CHN?by=year", s.url));
    d.ready("/dyad/RUS/CHN?by=year");
    assert_eq!(
        d.strings("return [...document.querySelectorAll('rect.bar')].map(r => r.dataset.period);"),
        ["2025"]
    );

    // Search: words typed in the box select the events and the quotes that have them.
    d.go(&format!("{}/#/events", s.url));
    d.ready("/events");
    d.type_into("[data-testid=search] input[name=text]", "naval exercises\u{E007}");
    d.ready_when("the search", |h| h.contains("text=naval+exercises"));
    let found = d.strings("return [...document.querySelectorAll('table[data-testid=events] tr[data-event] td:last-child')].map(t => t.textContent);");
    assert!(!found.is_empty() && found.len() < all.len(), "{found:?}");
    assert!(found.iter().all(|t| t.contains("naval exercises")), "{found:?}");
    d.screenshot("search");
    d.go(&format!("{}/#/quotes", s.url));
    d.ready("/quotes");
    let quotes = d.count("[data-quote]");
    d.type_into("[data-testid=search] input[name=text]", "Pyongyang\u{E007}");
    d.ready_when("the quote search", |h| h.contains("text=Pyongyang"));
    assert_eq!(d.count("[data-quote]"), 1, "one of {quotes} quotes names Pyongyang");
    assert!(d.text("[data-quote]").contains("Takeshi Iwaya"));

    // Paging: the next page shows other rows, the previous one the first again.
    d.go(&format!("{}/#/events?limit=10", s.url));
    d.ready("/events?limit=10");
    let ids = |d: &Driver| {
        d.strings("return [...document.querySelectorAll('table[data-testid=events] tr[data-event]')].map(r => r.dataset.event);")
    };
    let first = ids(&d);
    assert_eq!(first.len(), 10);
    d.click("[data-testid=next]");
    d.ready("/events?limit=10&offset=10");
    let second = ids(&d);
    assert_eq!(second.len(), 10);
    assert!(second.iter().all(|i| !first.contains(i)), "{first:?} {second:?}");
    assert!(d.text("[data-testid=pager]").contains("rows 11–20"));
    d.click("[data-testid=prev]");
    d.ready("/events?limit=10");
    assert_eq!(ids(&d), first);
    // Nothing the pages did was refused by the Content-Security-Policy, nor failed.
    let console = d.console();
    assert!(
        !console.iter().any(|m| m.contains("Content Security Policy") || m.contains("Uncaught")),
        "{console:#?}"
    );
    drop(s);
    std::fs::remove_file(&db).ok();
}
