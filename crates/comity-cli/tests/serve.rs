//! The JSON API over a real listening server on loopback.

mod common;

use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn get(url: &str) -> (u16, Value) {
    let agent: ureq::Agent =
        ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut r = agent.get(url).call().unwrap();
    let status = r.status().as_u16();
    let body = r.body_mut().read_to_string().unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::String(body)))
}

fn post(url: &str, token: Option<&str>, body: &str) -> (u16, Value) {
    let agent: ureq::Agent =
        ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut req = agent.post(url).header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("authorization", &format!("Bearer {t}"));
    }
    let mut r = req.send(body.as_bytes()).unwrap();
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

#[test]
fn api_answers_over_a_listening_server() {
    let db = common::build_store("api");
    let s = common::serve(&db, &["--token", "s3cret", "--max-body", "20000"]);
    let u = &s.url;

    let (code, st) = get(&format!("{u}/api/status"));
    assert_eq!(code, 200);
    assert!(st["stats"]["articles"].as_i64().unwrap() >= 8, "{st}");
    assert_eq!(st["ingest_enabled"], true);

    let (_, ev) = get(&format!("{u}/api/events?dyad=POL,BLR"));
    let list = ev["events"].as_array().unwrap();
    assert!(!list.is_empty(), "{ev}");
    let e = list
        .iter()
        .find(|e| e["code"] == "111" && e["source"] == "POL")
        .expect("Poland condemned Belarus");
    // The event's mentions carry offsets that point at the verb and the actors.
    let (code, m) = get(&format!("{u}/api/events/{}", e["cluster"]));
    assert_eq!(code, 200);
    let m0 = &m["mentions"][0];
    let sentence = m0["sentence"].as_str().unwrap().as_bytes();
    let at = |k: &str| {
        let r = &m0[k];
        String::from_utf8_lossy(
            &sentence[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize],
        )
        .into_owned()
    };
    assert_eq!(at("trigger_at"), "condemned");
    assert_eq!(at("source_at"), "Poland");
    assert_eq!(at("target_at"), "Belarus");

    let (_, a) = get(&format!("{u}/api/allies/RUS"));
    assert_eq!(a["partners"][0]["partner"], "CHN", "{a}");
    let (_, d) = get(&format!("{u}/api/dyad/RUS/CHN?by=month"));
    assert!(
        !d["periods"].as_array().unwrap().is_empty() && !d["events"].as_array().unwrap().is_empty()
    );
    let (_, n) = get(&format!("{u}/api/network"));
    assert!(
        n["nodes"].as_array().unwrap().len() >= 5 && !n["edges"].as_array().unwrap().is_empty()
    );
    let (_, p) = get(&format!("{u}/api/places"));
    assert!(p["places"].as_array().unwrap().iter().any(|x| x["lat"].is_number()));
    let (_, q) = get(&format!("{u}/api/quotes?speaker=Sikorski"));
    assert!(
        q["quotes"][0]["text"].as_str().unwrap().contains("<b>We will not</b>"),
        "article text comes back as plain text: {q}"
    );
    let (_, arts) = get(&format!("{u}/api/articles?limit=2"));
    assert_eq!(arts["articles"].as_array().unwrap().len(), 2);
    let id = arts["articles"][0]["id"].as_i64().unwrap();
    let (code, one) = get(&format!("{u}/api/articles/{id}"));
    assert_eq!(code, 200);
    assert!(one["text"].as_str().unwrap().len() > 10);
    assert!(one["amounts"].is_array() && one["people"].is_array(), "{one}");
    // Some article of the samples names people; they come back with their mentions' spans.
    let with_people = (1..=id.max(12))
        .filter_map(|k| get(&format!("{u}/api/articles/{k}")).1.get("people").cloned())
        .find(|p| p.as_array().is_some_and(|a| !a.is_empty()));
    assert!(
        with_people.is_some_and(|p| p[0]["mentions"][0].is_array()),
        "people with mention spans"
    );
    let (code, spec) = get(&format!("{u}/api/openapi.json"));
    assert_eq!(code, 200);
    assert!(spec["paths"]["/api/events"].is_object());
    for path in [
        "/api/events?quad=7",
        "/api/events?since=yesterday",
        "/api/events?limit=x",
        "/api/allies/R%20US",
    ] {
        let (code, body) = get(&format!("{u}{path}"));
        assert_eq!(code, 400, "{path}: {body}");
        assert!(body["error"].is_string());
    }
    assert_eq!(get(&format!("{u}/api/events/999999")).0, 404);
    assert_eq!(get(&format!("{u}/nope")).0, 404);

    // Ingest: only with the token, within the body limit.
    let article = r#"{"articles":[{"id":"api-1","date":"2025-03-15","text":"Chile praised Peru for the border agreement."}]}"#;
    assert_eq!(post(&format!("{u}/api/ingest"), None, article).0, 401);
    assert_eq!(post(&format!("{u}/api/ingest"), Some("wrong"), article).0, 401);
    let (code, body) = post(&format!("{u}/api/ingest"), Some("s3cret"), article);
    assert_eq!(code, 201, "{body}");
    let (_, ev) = get(&format!("{u}/api/events?dyad=CHL,PER"));
    assert_eq!(ev["events"][0]["code"], "051", "{ev}");
    let big = format!(r#"{{"text":"{}"}}"#, "a".repeat(30_000));
    assert_eq!(post(&format!("{u}/api/ingest"), Some("s3cret"), &big).0, 413);
    let (code, _) =
        post(&format!("{u}/api/ingest"), Some("s3cret"), r#"{"url":"http://127.0.0.1:9/x"}"#);
    assert_eq!(code, 403, "no fetching of URLs given by web users unless enabled");
    drop(s);
    std::fs::remove_file(&db).ok();
}

#[test]
fn read_only_by_default_and_rate_limited() {
    let db = common::build_store("ro");
    let s = common::serve(&db, &["--rate", "5"]);
    let (code, body) = post(&format!("{}/api/ingest", s.url), Some("anything"), "{}");
    assert_eq!(code, 403, "{body}");
    let codes: Vec<u16> = (0..40).map(|_| get(&format!("{}/api/status", s.url)).0).collect();
    assert!(codes.contains(&429), "a burst beyond the rate is refused: {codes:?}");
    assert!(codes.iter().take(5).all(|c| *c == 200 || *c == 403));
    drop(s);
    std::fs::remove_file(&db).ok();
}

/// Sends raw bytes and reads what comes back until the server closes or `wait` passes: the
/// answer, and whether the server closed the connection.
fn raw(addr: &str, bytes: &[u8], wait: Duration) -> (String, bool) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(bytes).unwrap();
    read_until_closed(&mut s, wait)
}

fn read_until_closed(s: &mut TcpStream, wait: Duration) -> (String, bool) {
    s.set_read_timeout(Some(wait)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return (String::from_utf8_lossy(&got).into_owned(), true),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::ConnectionReset) => {
                return (String::from_utf8_lossy(&got).into_owned(), true);
            }
            Err(_) => return (String::from_utf8_lossy(&got).into_owned(), false),
        }
    }
}

#[test]
fn slow_clients_are_timed_out_and_never_hold_the_server() {
    let db = common::build_store("slow");
    let s = common::serve(
        &db,
        &["--header-timeout", "1", "--request-timeout", "2", "--token", "t", "--rate", "100000"],
    );
    let addr = s.url.trim_start_matches("http://").to_string();
    // 300 requests whose headers never end, and 20 connections that send nothing.
    let mut half: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut c = TcpStream::connect(&addr).unwrap();
            c.write_all(b"GET /api/status HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").unwrap();
            c
        })
        .collect();
    half.extend((0..20).map(|_| TcpStream::connect(&addr).unwrap()));
    // A normal client is answered meanwhile.
    let started = Instant::now();
    let (code, body) = get(&format!("{}/api/status", s.url));
    assert_eq!(code, 200, "{body}");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    // The server closes every one of them after the header time limit.
    let started = Instant::now();
    for (k, c) in half.iter_mut().enumerate() {
        let (_, closed) = read_until_closed(c, Duration::from_secs(4));
        assert!(closed, "connection {k} still open after {:?}", started.elapsed());
    }
    assert!(started.elapsed() < Duration::from_secs(6), "{:?}", started.elapsed());
    // A body that never ends: the request is answered 503 at its time limit.
    let started = Instant::now();
    let (answer, _) = raw(
        &addr,
        b"POST /api/ingest HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"Chile",
        Duration::from_secs(6),
    );
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer:?}");
    assert!(answer.to_ascii_lowercase().contains("retry-after: 1"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    drop(s);
    std::fs::remove_file(&db).ok();
}

#[test]
fn a_saturated_server_answers_503_with_retry_after_at_once() {
    // Held up by a lock on the SQLite file (below), whatever backend the other tests use.
    let db = common::build_sqlite_store("busy");
    let s = common::serve(
        &db,
        &["--token", "t", "--max-in-flight", "1", "--max-queue", "0", "--rate", "100000"],
    );
    // Another process holds the write lock: the ingest below waits for it in the only slot.
    let lock = rusqlite::Connection::open(&db).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    let url = s.url.clone();
    let ingest = std::thread::spawn(move || {
        // (shed itself while one of the queries below holds the slot: then it tries again)
        loop {
            let r = post(
                &format!("{url}/api/ingest"),
                Some("t"),
                r#"{"text":"Chile praised Peru for the border agreement on Monday."}"#,
            );
            if r.0 != 503 {
                return r;
            }
        }
    });
    let started = Instant::now();
    let (code, body, retry, took) = loop {
        let agent: ureq::Agent =
            ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let t = Instant::now();
        let mut r = agent.get(&format!("{}/api/events?limit=5", s.url)).call().unwrap();
        let took = t.elapsed();
        let retry = r.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string());
        let code = r.status().as_u16();
        let body: Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
        if code != 200 || started.elapsed() > Duration::from_secs(20) {
            break (code, body, retry, took);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if code != 503 {
        lock.execute_batch("ROLLBACK").unwrap();
        panic!("{code} {body}; the ingest: {:?}", ingest.join().unwrap());
    }
    assert_eq!(retry.as_deref(), Some("1"));
    assert!(body["error"].as_str().unwrap().contains("busy"), "{body}");
    assert!(took < Duration::from_millis(500), "refused at once, not after {took:?}");
    // Once the lock is gone, the ingest goes through and queries are answered again.
    lock.execute_batch("ROLLBACK").unwrap();
    let (code, body) = ingest.join().unwrap();
    assert_eq!(code, 201, "{body}");
    assert_eq!(get(&format!("{}/api/events?limit=5", s.url)).0, 200);
    drop(s);
    std::fs::remove_file(&db).ok();
}

#[test]
fn bad_parameters_are_400_and_every_error_is_json() {
    let db = common::build_store("params");
    let s = common::serve(&db, &["--token", "t", "--max-body", "20000", "--rate", "100000"]);
    let u = &s.url;
    let (_, first) = get(&format!("{u}/api/articles?limit=1"));
    let first = first["articles"][0]["id"].clone();
    for path in [
        "/api/events?offset=9223372036854775808",
        "/api/events?offset=18446744073709551615",
        "/api/quotes?offset=18446744073709551616",
        "/api/articles?offset=18446744073709551615",
        "/api/articles?offset=9223372036854775809",
        "/api/events?text=%00",
        "/api/events?text=Poland%00xyz",
        "/api/quotes?text=%00",
        "/api/events?since=0000-01-01",
        "/api/events?until=-001-01-01",
        "/api/events/abc",
        "/api/articles/1x",
    ] {
        let (code, body) = get(&format!("{u}{path}"));
        assert_eq!(code, 400, "{path}: {body}");
        assert!(body["error"].is_string(), "{path}: {body}");
    }
    // The largest offset SQLite takes is fine, and gives nothing (not page one).
    let (code, body) = get(&format!("{u}/api/articles?offset=9223372036854775807"));
    assert_eq!(code, 200, "{body}");
    assert_eq!(body["articles"].as_array().unwrap().len(), 0, "{body} (first article {first})");
    // Other errors axum answers itself are JSON too.
    let (code, body) = post(&format!("{u}/api/status"), None, "{}");
    assert_eq!(code, 405);
    assert!(body["error"].is_string(), "{body}");
    let big = format!(r#"{{"text":"{}"}}"#, "a".repeat(30_000));
    let (code, body) = post(&format!("{u}/api/ingest"), Some("t"), &big);
    assert_eq!(code, 413);
    assert!(body["error"].is_string(), "{body}");
    // Ingest refuses what the CLI refuses: binary text, year 0 and negative dates.
    for article in [
        r#"{"text":"Chile praised Peru.\u0000\u0001\u0002"}"#,
        r#"{"text":"\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 Chile praised Peru"}"#,
        r#"{"text":"Chile praised Peru.","date":"0000-03-01"}"#,
        r#"{"text":"Chile praised Peru.","date":"-012-03-01"}"#,
    ] {
        let (code, body) = post(&format!("{u}/api/ingest"), Some("t"), article);
        assert_eq!(code, 400, "{article}: {body}");
        assert!(body["error"].is_string());
    }
    drop(s);
    std::fs::remove_file(&db).ok();
}

#[test]
fn api_ingest_fetches_urls_only_from_public_addresses_unless_allowed() {
    let page = "<html><body><article><p>Chile praised Peru for the border agreement signed in Lima on Monday.</p></article></body></html>";
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut c in listener.incoming().take(20).flatten() {
            let mut buf = [0u8; 4096];
            let _ = c.read(&mut buf);
            let _ = c.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
                    page.len()
                )
                .as_bytes(),
            );
        }
    });
    let url = format!("http://127.0.0.1:{port}/pact.html");
    let body = format!(r#"{{"articles":[{{"url":"{url}"}}]}}"#);
    let db = common::build_store("fetch");
    let articles =
        |u: &str| get(&format!("{u}/api/status")).1["stats"]["articles"].as_i64().unwrap();
    {
        let s = common::serve(&db, &["--token", "t", "--allow-fetch"]);
        let before = articles(&s.url);
        let (code, err) = post(&format!("{}/api/ingest", s.url), Some("t"), &body);
        assert_eq!(code, 400, "{err}");
        let err = err["error"].as_str().unwrap();
        assert!(
            err.contains(&format!(
                "refused to fetch {url}: it resolves to 127.0.0.1, a loopback address"
            )),
            "{err}"
        );
        std::thread::sleep(Duration::from_millis(2100)); // the status answer is kept 2 s
        assert_eq!(articles(&s.url), before, "nothing stored");
    }
    let s = common::serve(&db, &["--token", "t", "--allow-fetch", "--allow-private-addresses"]);
    let (code, out) = post(&format!("{}/api/ingest", s.url), Some("t"), &body);
    assert_eq!(code, 201, "{out}");
    let (_, ev) = get(&format!("{}/api/events?dyad=CHL,PER", s.url));
    assert_eq!(ev["events"][0]["code"], "051", "{ev}");
    assert_eq!(ev["events"][0]["article"], url.as_str(), "{ev}");
    drop(s);
    std::fs::remove_file(&db).ok();
}

#[test]
fn only_requests_for_this_server_s_names_are_answered() {
    let db = common::build_store("host");
    let s = common::serve(&db, &["--allowed-host", "news.example.org"]);
    let addr = s.url.trim_start_matches("http://").to_string();
    let port = addr.rsplit(':').next().unwrap();
    for (host, expect) in [
        (format!("127.0.0.1:{port}"), "HTTP/1.1 200"),
        (format!("localhost:{port}"), "HTTP/1.1 200"),
        ("news.example.org".to_string(), "HTTP/1.1 200"),
        (format!("rebound.evil.example:{port}"), "HTTP/1.1 421"),
        ("10.0.0.1".to_string(), "HTTP/1.1 421"),
    ] {
        let (answer, _) = raw(
            &addr,
            format!("GET /api/status HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
            Duration::from_secs(5),
        );
        assert!(answer.starts_with(expect), "{host}: {answer}");
        if expect.ends_with("421") {
            assert!(answer.contains("{\"error\":"), "{answer}");
        }
    }
    drop(s);
    std::fs::remove_file(&db).ok();
}

#[test]
fn connections_beyond_the_cap_are_answered_503_and_closed() {
    let db = common::build_store("cap");
    let s = common::serve(&db, &["--max-connections", "3", "--header-timeout", "30"]);
    let addr = s.url.trim_start_matches("http://").to_string();
    let held: Vec<TcpStream> = (0..3).map(|_| TcpStream::connect(&addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(300));
    let (answer, closed) =
        raw(&addr, b"GET /api/status HTTP/1.1\r\nHost: localhost\r\n\r\n", Duration::from_secs(5));
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("Retry-After: 1") && answer.contains("{\"error\":"), "{answer}");
    assert!(closed);
    // Once they are gone, requests are answered again.
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(get(&format!("{}/api/status", s.url)).0, 200);
    drop(s);
    std::fs::remove_file(&db).ok();
}
