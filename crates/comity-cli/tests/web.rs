//! Feeds, pages and URL lists over HTTP, against a server on 127.0.0.1 that this test starts:
//! slow, failing, oversized, malformed and redirecting answers.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::time::Duration;

const STORY: &str = "<html><head><title>Pact</title><meta property=\"article:published_time\" content=\"2025-05-02\"></head><body><article>\
<p>India and Japan signed a defence agreement in Tokyo on Friday, officials said.</p><p>Japan praised India for its role in the talks.</p></article></body></html>";

fn feed(port: u16) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
<item><title>Border</title><link>http://127.0.0.1:{port}/border</link><pubDate>Mon, 05 May 2025 08:00:00 GMT</pubDate>\
<description>Poland condemned Belarus over the border incident, and Lithuania praised Poland for its firm response to the provocation. \
Officials in Warsaw said the border would stay closed until Minsk explained the incident, and the government summoned the envoy of Belarus \
to protest formally against the violation. Lithuania and Latvia said they would send border guards to help Poland, and the European Union \
condemned Belarus for what it called a deliberate attempt to stir tension along its eastern frontier with the three member states.</description></item>\
<item><title>Pact</title><link>http://127.0.0.1:{port}/story.html</link><description>Short summary.</description></item>\
<item><title>Gone</title><link>http://127.0.0.1:{port}/fail</link><description>Tiny.</description></item>\
</channel></rss>"
    )
}

fn respond(mut s: TcpStream, port: u16) {
    let mut buf = [0u8; 4096];
    let n = s.read(&mut buf).unwrap_or(0);
    let req = String::from_utf8_lossy(&buf[..n]);
    let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
    let ok = |ct: &str, body: &str| {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let reply = match path.as_str() {
        "/feed.xml" => ok("application/rss+xml", &feed(port)),
        "/story.html" => ok("text/html; charset=utf-8", STORY),
        "/redirect" => "HTTP/1.1 302 Found\r\nLocation: /story.html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
        "/loop" => "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
        "/fail" => "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
        "/malformed.xml" => ok("application/rss+xml", "<rss><channel><item><title>broken</channel>"),
        "/big" => "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\nRussia".to_string(),
        "/stream" => {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
            for _ in 0..100 {
                if s.write_all(&[b'a'; 1000]).is_err() {
                    return;
                }
            }
            return;
        }
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            ok("text/plain", "Chile thanked Peru.")
        }
        _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
    };
    let _ = s.write_all(reply.as_bytes());
}

fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        // Bounded: the test process ends it; each connection has its own short-lived thread.
        for s in listener.incoming().take(200).flatten() {
            std::thread::spawn(move || respond(s, port));
        }
    });
    port
}

#[test]
fn feeds_pages_and_url_lists_over_http() {
    let port = serve();
    let base = format!("http://127.0.0.1:{port}");
    let dir = std::env::temp_dir().join(format!("comity-web-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("sources.urls");
    std::fs::write(&list, format!("# pages to read\n{base}/redirect\n{base}/slow\n{base}/big\n{base}/stream\nnot a url\n{base}/loop\n{base}/malformed.xml\n")).unwrap();
    let db = dir.join("web.db");
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["ingest", &format!("{base}/feed.xml")])
        .arg(&list)
        .args(["--timeout", "1", "--max-download-bytes", "20000", "--max-redirects", "3"])
        .args(["--allow-private-addresses", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (what, expect) in [
        ("/fail", "HTTP 500"),
        ("/slow", "no answer within 1 s"),
        ("/big", "larger than the limit"),
        ("/stream", "larger than the limit"),
        ("/loop", "redirects"),
        ("/malformed.xml", "malformed feed XML"),
        ("sources.urls:6", "'not a url' is not an http(s) URL"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(what) && l.contains(expect)),
            "no error '{expect}' for {what}:\n{err}"
        );
    }
    assert!(err.contains("3 stored"), "{err}");
    let ev = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["events", "--format", "jsonl", "--mentions", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&ev.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The feed entry with its own text.
    assert!(
        rows.iter().any(|r| r["source"] == "POL"
            && r["code"] == "111"
            && r["target"] == "BLR"
            && r["date"] == "2025-05-05"),
        "{rows:?}"
    );
    // The entry with only a summary: its linked page was read (twice: once via the redirect, stored once).
    assert!(
        rows.iter().any(|r| r["source"] == "IND"
            && r["code"] == "057"
            && r["article"].as_str().unwrap().ends_with("/story.html")),
        "{rows:?}"
    );
    let st = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["status", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let st: serde_json::Value = serde_json::from_slice(&st.stdout).unwrap();
    assert_eq!(st["problems"].as_array().unwrap().len(), 0);
    std::fs::remove_dir_all(&dir).ok();
}

/// A server on `ip` answering each path with what `page` gives (a status line's rest and a
/// body, or a redirect), for as long as the test process runs.
fn tiny_server(ip: &str, page: fn(&str, u16) -> String) -> u16 {
    let listener = TcpListener::bind((ip, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut s in listener.incoming().take(100).flatten() {
            let mut buf = [0u8; 4096];
            let n = s.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]);
            let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
            let _ = s.write_all(page(&path, port).as_bytes());
        }
    });
    port
}

fn html_ok(body: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

fn ingest(args: &[String], db: &std::path::Path) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .arg("ingest")
        .args(args)
        .args(["--timeout", "5", "--db"])
        .arg(db)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn stored_articles(db: &std::path::Path) -> i64 {
    let st = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["status", "--format", "json", "--db"])
        .arg(db)
        .output()
        .unwrap();
    let st: serde_json::Value = serde_json::from_slice(&st.stdout).unwrap();
    st["stats"]["articles"].as_i64().unwrap_or_else(|| panic!("no article count in {st}"))
}

#[test]
fn no_fetching_from_private_addresses_unless_allowed() {
    // The "inside" server, on another loopback address, holds what must not leak.
    let inside = tiny_server("127.0.0.2", |_, _| {
        html_ok(
            "<html><body><article><p>Secret: Chile praised Peru for the internal memo on the border deal.</p></article></body></html>",
        )
    });
    static INSIDE: std::sync::OnceLock<u16> = std::sync::OnceLock::new();
    INSIDE.set(inside).unwrap();
    // The "outside" server (allowed by address in the cases below) redirects there and links there.
    let outside = tiny_server("127.0.0.1", |path, port| match path {
        "/to-inside" => format!(
            "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:{}/memo.html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            INSIDE.get().unwrap()
        ),
        "/feed.xml" => {
            let body = format!(
                "<rss version=\"2.0\"><channel><title>W</title><item><title>Memo</title><link>http://127.0.0.2:{}/memo.html</link><description>Short.</description></item>\
<item><title>Pact</title><link>http://127.0.0.1:{port}/story.html</link><description>Short summary.</description></item></channel></rss>",
                INSIDE.get().unwrap()
            );
            format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )
        }
        _ => html_ok(STORY),
    });
    let dir = std::env::temp_dir().join(format!("comity-ssrf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = |name: &str| {
        let p = dir.join(format!("{name}.db"));
        let _ = std::fs::remove_file(&p);
        p
    };
    let story = format!("http://127.0.0.1:{outside}/story.html");

    // By default a loopback URL is refused, naming the URL and the address; nothing is stored.
    let d = db("default");
    let (code, err) = ingest(std::slice::from_ref(&story), &d);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "refused to fetch {story}: it resolves to 127.0.0.1, a loopback address"
        )),
        "{err}"
    );
    assert_eq!(stored_articles(&d), 0);
    // The same through a host name (resolved first), a URL list, and an IPv4-mapped IPv6 address.
    let list = dir.join("list.urls");
    std::fs::write(&list, format!("{story}\nhttp://localhost:{outside}/story.html\nhttp://[::ffff:127.0.0.1]:{outside}/x\n")).unwrap();
    let d = db("list");
    let (code, err) = ingest(&[list.display().to_string()], &d);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "refused to fetch http://localhost:{outside}/story.html: it resolves to"
        )),
        "{err}"
    );
    assert_eq!(err.matches("a loopback address").count(), 3, "{err}");
    assert_eq!(stored_articles(&d), 0);

    // `code` follows the same rule.
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["code", "--format", "json", &story])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!((out.status.code(), out.stdout.len()), (Some(1), 0), "{err}");
    assert!(err.contains("a loopback address"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["code", "--format", "json", "--allow-private-addresses", &story])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"IND\""), "{out:?}");

    // With the flag it is fetched.
    let d = db("flag");
    let (code, err) = ingest(&[story.clone(), "--allow-private-addresses".into()], &d);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(stored_articles(&d), 1);

    // An allowed address that redirects to a private one: the redirect is refused.
    let to_inside = format!("http://127.0.0.1:{outside}/to-inside");
    let d = db("redirect");
    let (code, err) =
        ingest(&[to_inside.clone(), "--allow-address".into(), "127.0.0.1".into()], &d);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(&format!("refused to fetch http://127.0.0.2:{inside}/memo.html: it resolves to 127.0.0.2, a loopback address")),
        "{err}"
    );
    assert_eq!(stored_articles(&d), 0);
    // (the redirect itself works: with every address allowed, the memo is stored)
    let d = db("redirect-allowed");
    let (code, err) = ingest(&[to_inside, "--allow-private-addresses".into()], &d);
    assert_eq!((code, stored_articles(&d)), (Some(0), 1), "{err}");

    // A feed entry linking to a private address is skipped whole; the other entry is read.
    let d = db("feed");
    let feed = format!("http://127.0.0.1:{outside}/feed.xml");
    let (code, err) = ingest(&[feed, "--allow-address".into(), "127.0.0.1".into()], &d);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "feed entry 1: refused to fetch http://127.0.0.2:{inside}/memo.html"
        )),
        "{err}"
    );
    assert_eq!(stored_articles(&d), 1);
    let text = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["events", "--format", "json", "--mentions", "--db"])
        .arg(&d)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(!text.contains("memo") && !text.contains("Secret"), "{text}");
    std::fs::remove_dir_all(&dir).ok();
}
