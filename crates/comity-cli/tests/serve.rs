//! The JSON API over a real listening server on loopback.

mod common;

use serde_json::Value;

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
