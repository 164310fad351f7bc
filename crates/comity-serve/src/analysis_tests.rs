//! The endpoints the dashboard's analysis views read (network of a period, partners for the
//! map, an event's articles) and the files it loads, through the router as a browser reaches
//! them.

use super::*;
use axum::body::Body;
use axum::http::Request;
use comity_core::{Article, Date};
use comity_store::{ArticleMeta, Prepared};
use serde_json::Value;

/// A store of three invented-date articles: Russia and China cooperate in January, Russia
/// condemns Japan in June.
fn store(name: &str) -> std::path::PathBuf {
    let db = std::env::temp_dir()
        .join(format!("comity-serve-analysis-{}-{name}.db", std::process::id()));
    for s in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{s}", db.display()));
    }
    let coder = Coder::new(comity_dict::Dictionaries::builtin());
    let articles = [
        (
            "a1",
            "2025-01-10",
            "Gas deal",
            "Russia and China signed a gas supply agreement in Moscow.",
        ),
        ("a2", "2025-01-12", "Trade", "China praised Russia for its reliability as a partner."),
        (
            "a3",
            "2025-06-02",
            "Fishing",
            "Russia condemned Japan over the seizure of a fishing boat.",
        ),
    ];
    let prepared: Vec<Prepared> = articles
        .iter()
        .map(|(id, date, title, text)| {
            let a = Article {
                id: id.to_string(),
                date: Date::parse(date),
                title: Some(title.to_string()),
                text: text.to_string(),
                byline: None,
                url: Some(format!("https://news.example/{id}")),
            };
            let meta = ArticleMeta {
                ext_id: a.id.clone(),
                source: "test".into(),
                url: a.url.clone(),
                title: a.title.clone(),
                byline: None,
                date: a.date,
            };
            Prepared::new(meta, a.text.clone(), coder.code(&a))
        })
        .collect();
    comity_store::Store::open(&db).unwrap().insert(&prepared).unwrap();
    db
}

fn app(db: &std::path::Path) -> Router {
    router(
        Config::new(db.to_path_buf()),
        Arc::new(Coder::new(comity_dict::Dictionaries::builtin())),
    )
}

async fn get(app: &Router, path: &str) -> (u16, axum::http::HeaderMap, String) {
    let mut req = Request::get(path).header("host", "localhost").body(Body::empty()).unwrap();
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 5000))));
    let r = tower_service::Service::call(&mut app.clone(), req).await.unwrap();
    let (parts, body) = r.into_parts();
    let bytes = axum::body::to_bytes(body, 10 << 20).await.unwrap();
    (parts.status.as_u16(), parts.headers, String::from_utf8_lossy(&bytes).into_owned())
}

async fn json(app: &Router, path: &str) -> (u16, Value) {
    let (code, _, body) = get(app, path).await;
    (code, serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}")))
}

fn pairs(v: &Value) -> Vec<(String, String, i64)> {
    let mut out: Vec<_> = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["source"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
                e["events"].as_i64().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_network_of_a_period_keeps_its_events_only() {
    let db = store("network");
    let app = app(&db);
    let (code, all) = json(&app, "/api/network").await;
    assert_eq!(code, 200, "{all}");
    let all_pairs = pairs(&all);
    assert!(all_pairs.iter().any(|p| p.0 == "RUS" && p.1 == "JPN"), "{all}");
    assert!(
        all_pairs.iter().any(|p| (p.0 == "RUS" && p.1 == "CHN") || (p.0 == "CHN" && p.1 == "RUS")),
        "{all}"
    );
    // Over all time the period query counts what the running totals count.
    let (_, same) = json(&app, "/api/network?since=1900-01-01").await;
    assert_eq!(pairs(&same), all_pairs);
    let (_, june) = json(&app, "/api/network?since=2025-05-01&until=2025-12-31").await;
    assert_eq!(pairs(&june), vec![("RUS".into(), "JPN".into(), 1)], "{june}");
    assert_eq!(june["since"], "2025-05-01");
    let mut ids: Vec<&str> =
        june["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    ids.sort();
    assert_eq!(ids, ["JPN", "RUS"]);
    let (_, january) = json(&app, "/api/network?until=2025-01-31").await;
    assert!(pairs(&january).iter().all(|p| p.1 != "JPN"), "{january}");
    // A minimum weight drops the lighter edges, with or without a period.
    let heaviest = all_pairs.iter().map(|p| p.2).max().unwrap();
    let (_, heavy) = json(&app, &format!("/api/network?min={heaviest}")).await;
    assert!(pairs(&heavy).iter().all(|p| p.2 >= heaviest) && !pairs(&heavy).is_empty());
    let (_, none) =
        json(&app, &format!("/api/network?since=2025-01-01&min={}", heaviest + 1)).await;
    assert!(pairs(&none).is_empty(), "{none}");
    for bad in
        ["/api/network?since=01-06-2025", "/api/network?min=-1", "/api/network?until=2025-13-01"]
    {
        let (code, body) = json(&app, bad).await;
        assert_eq!(code, 400, "{bad}: {body}");
    }
    std::fs::remove_file(&db).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partners_carry_both_ends_of_the_scale_over_a_period() {
    let db = store("partners");
    let app = app(&db);
    let (code, p) = json(&app, "/api/partners/rus").await;
    assert_eq!(code, 200, "{p}");
    assert_eq!(p["actor"], "RUS");
    let score = |v: &Value, c: &str| {
        v["partners"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["partner"] == c)
            .map(|x| x["score"].as_f64().unwrap())
    };
    assert!(score(&p, "CHN").unwrap() > 0.0, "{p}");
    assert!(score(&p, "JPN").unwrap() < 0.0, "{p}");
    assert!(
        p["partners"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["evidence"].as_array().unwrap().is_empty())
    );
    let (_, winter) = json(&app, "/api/partners/RUS?until=2025-02-01").await;
    assert!(score(&winter, "CHN").is_some() && score(&winter, "JPN").is_none(), "{winter}");
    assert_eq!(json(&app, "/api/partners/ZZZ").await.0, 400, "an actor the store does not hold");
    assert_eq!(json(&app, "/api/partners/RUS?since=June").await.0, 400);
    std::fs::remove_file(&db).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_comes_with_its_articles() {
    let db = store("event");
    let app = app(&db);
    let (_, list) = json(&app, "/api/events?dyad=RUS,JPN").await;
    let id = list["events"][0]["cluster"].as_i64().unwrap_or_else(|| panic!("{list}"));
    let (code, e) = json(&app, &format!("/api/events/{id}")).await;
    assert_eq!(code, 200, "{e}");
    let aid = e["mentions"][0]["article_id"].as_i64().unwrap().to_string();
    let a = &e["articles"][&aid];
    assert_eq!(a["title"], "Fishing", "{e}");
    assert_eq!(a["url"], "https://news.example/a3");
    assert!(a.get("text").is_none(), "metadata only");
    std::fs::remove_file(&db).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_loads_only_its_own_scripts_and_the_map() {
    let db = store("assets");
    let app = app(&db);
    // No inline script (the Content-Security-Policy allows none): every script has a source
    // on this server, and each is served, as JavaScript, under the policy.
    let scripts: Vec<&str> = INDEX.split("<script").skip(1).collect();
    assert!(scripts.len() >= 10, "the vendored modules and app.js");
    for s in scripts {
        let src = s
            .split("src=\"")
            .nth(1)
            .and_then(|x| x.split('"').next())
            .unwrap_or_else(|| panic!("an inline script: {s}"));
        assert!(s.contains("></script>") && src.starts_with("/static/"), "{s}");
        let (code, headers, body) = get(&app, src).await;
        assert_eq!(code, 200, "{src}");
        assert!(headers["content-type"].to_str().unwrap().starts_with("text/javascript"), "{src}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
        assert!(body.len() > 500, "{src}");
    }
    let (code, world) = json(&app, "/static/vendor/countries-110m.json").await;
    assert_eq!(code, 200);
    let ids: Vec<&str> = world["objects"]["countries"]["geometries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert_eq!(
        ids.len(),
        175,
        "Natural Earth's 177 countries, N. Cyprus and Somaliland without a code"
    );
    for c in ["RUS", "CHN", "USA", "FRA", "NOR", "XKX", "PSE"] {
        assert!(ids.contains(&c), "{c}");
    }
    assert!(ids.iter().all(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase())));
    assert_eq!(get(&app, "/static/vendor/../lib.rs").await.0, 404);
    assert_eq!(get(&app, "/static/vendor/d3.js").await.0, 404);
    std::fs::remove_file(&db).ok();
}

/// The cooperation score of `partner` in an answer of `/api/allies`.
fn score_of(v: &Value, partner: &str) -> f64 {
    v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["partner"] == partner)
        .unwrap_or_else(|| panic!("no {partner} in {v}"))["score"]
        .as_f64()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cached_answers_last_until_the_store_changes() {
    let db = store("cache");
    let mut config = Config::new(db.clone());
    config.token = Some("t".into());
    let app = router(config, Arc::new(Coder::new(comity_dict::Dictionaries::builtin())));
    let (code, first) = json(&app, "/api/allies/RUS").await;
    assert_eq!(code, 200, "{first}");
    let chn = score_of(&first, "CHN");
    let (_, dyad) = json(&app, "/api/dyad/RUS/CHN").await;
    // A change the generation does not see (written behind the store's back): the answers
    // kept are served as they were, and a request with other parameters is computed afresh.
    let raw = rusqlite::Connection::open(&db).unwrap();
    raw.execute_batch("UPDATE dyad_totals SET score = score + 100, events = events + 7").unwrap();
    assert_eq!(json(&app, "/api/allies/RUS").await.1, first, "served from the cache");
    assert_eq!(json(&app, "/api/dyad/RUS/CHN").await.1, dyad);
    let (_, other) = json(&app, "/api/allies/RUS?limit=5").await;
    assert!(score_of(&other, "CHN") > chn + 99.0, "{other}");
    // An ingest by another process (another connection) is a new generation: both answers
    // are computed again, with the new article and the change.
    let coder = Coder::new(comity_dict::Dictionaries::builtin());
    let a = Article {
        id: "a4".into(),
        date: Date::parse("2025-02-01"),
        title: None,
        text: "China praised Russia for the new pipeline.".into(),
        byline: None,
        url: None,
    };
    let meta = ArticleMeta { ext_id: "a4".into(), source: "test".into(), ..Default::default() };
    let prepared = Prepared::new(meta, a.text.clone(), coder.code(&a));
    comity_store::Store::open(&db).unwrap().insert(&[prepared]).unwrap();
    let (_, after) = json(&app, "/api/allies/RUS").await;
    assert!(score_of(&after, "CHN") > chn + 100.0, "{first}\n{after}");
    let (_, dyad_after) = json(&app, "/api/dyad/RUS/CHN").await;
    assert!(dyad_after["events_total"].as_i64() > dyad["events_total"].as_i64(), "{dyad_after}");
    // And so is an ingest through the API.
    let kept = json(&app, "/api/allies/RUS").await.1;
    assert_eq!(kept, after);
    let mut req = Request::post("/api/ingest")
        .header("host", "localhost")
        .header("authorization", "Bearer t")
        .body(Body::from(
            r#"{"id":"a5","date":"2025-03-01","text":"Russia and China signed a gas supply agreement."}"#,
        ))
        .unwrap();
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 5000))));
    let r = tower_service::Service::call(&mut app.clone(), req).await.unwrap();
    assert_eq!(r.status(), 201);
    let (_, last) = json(&app, "/api/allies/RUS").await;
    assert!(score_of(&last, "CHN") > score_of(&after, "CHN"), "{after}\n{last}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_no_cache_every_answer_is_computed() {
    let db = store("nocache");
    let mut config = Config::new(db.clone());
    config.answer_cache_mib = 0;
    let app = router(config, Arc::new(Coder::new(comity_dict::Dictionaries::builtin())));
    let (_, first) = json(&app, "/api/allies/RUS").await;
    let raw = rusqlite::Connection::open(&db).unwrap();
    raw.execute_batch("UPDATE dyad_totals SET score = score + 100").unwrap();
    let (_, second) = json(&app, "/api/allies/RUS").await;
    assert!(score_of(&second, "CHN") > score_of(&first, "CHN") + 99.0, "{second}");
}
