//! The dashboard in headless Chromium (Debian's chromium and chromium-driver), driven over the
//! WebDriver protocol: each page loads, a click leads from the network graph to a dyad and on to
//! an event's sentence with the actors and the verb highlighted, hostile article text stays
//! text. Screenshots of every page are written to target/dashboard-screenshots/.

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
        let profile = std::env::temp_dir().join(format!("comity-chromium-{}", std::process::id()));
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"binary": chromium, "args": [
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

    fn screenshot(&self, name: &str) {
        let v = call(&self.agent, "GET", &self.url("/screenshot"), None);
        let png = base64(v["value"].as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        let dir =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/dashboard-screenshots");
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
    d.screenshot("map");
    d.go(&format!("{}/#/events", s.url));
    d.ready("/events");
    assert!(d.count("table[data-testid=events] tr[data-event]") >= 10);
    d.screenshot("events");
    drop(s);
    std::fs::remove_file(&db).ok();
}
