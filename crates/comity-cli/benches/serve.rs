//! Load test of the JSON API: 50 concurrent clients on loopback, a fixed number of requests
//! each (bounded in count and time), over a store holding the Wikinews part of ../shared/corpus
//! (or the sample articles where the corpus is absent). Prints requests a second and latency
//! percentiles. `cargo bench -p comity-cli --bench serve`.

use comity_code::Coder;
use comity_dict::Dictionaries;
use comity_ingest::{ReadOptions, Source};
use comity_store::{ArticleMeta, Prepared, Store};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CLIENTS: usize = 50;
const REQUESTS_EACH: usize = 40;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = root.join("../shared/corpus/wikinews.jsonl");
    let source = if corpus.exists() {
        Source::File(corpus)
    } else {
        Source::File(root.join("examples/diplomacy.txt"))
    };
    let mut articles = Vec::new();
    comity_ingest::read_source(&source, &ReadOptions::default(), &mut |r| {
        if let Ok(a) = r {
            articles.push(a);
        }
    });
    let coder = Arc::new(Coder::new(Dictionaries::builtin()));
    let prepared: Vec<Prepared> = articles
        .par_iter()
        .map(|a| {
            Prepared::new(
                ArticleMeta {
                    ext_id: a.id.clone(),
                    source: "bench".into(),
                    date: a.date,
                    title: a.title.clone(),
                    ..Default::default()
                },
                a.text.clone(),
                coder.code(a),
            )
        })
        .collect();
    let db = std::env::temp_dir().join(format!("comity-serve-bench-{}.db", std::process::id()));
    {
        let mut store = Store::open(&db).unwrap();
        for b in prepared.chunks(512) {
            store.insert(b).unwrap();
        }
        let st = store.stats().unwrap();
        println!("store: {} articles, {} merged events", st.articles, st.events);
    }
    let mut config = comity_serve::Config::new(db.clone());
    config.rate = 1_000_000;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = rt.spawn(comity_serve::serve_on(listener, config, coder, async {
        let _ = stop_rx.await;
    }));
    let paths = [
        "/api/status",
        "/api/events?limit=50",
        "/api/events?actor=USA&limit=50",
        "/api/quotes?limit=50",
        "/api/actors?limit=50",
        "/api/events?code=19&limit=20",
    ];
    let started = Instant::now();
    let deadline = started + Duration::from_secs(120);
    let handles: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let base = format!("http://{addr}");
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .timeout_global(Some(Duration::from_secs(30)))
                    .build()
                    .into();
                let mut lat = Vec::with_capacity(REQUESTS_EACH);
                let mut errors = 0;
                for k in 0..REQUESTS_EACH {
                    if Instant::now() > deadline {
                        break;
                    }
                    let t = Instant::now();
                    let ok = agent
                        .get(&format!("{base}{}", paths[(c + k) % paths.len()]))
                        .call()
                        .and_then(|mut r| r.body_mut().read_to_vec())
                        .is_ok();
                    lat.push(t.elapsed());
                    if !ok {
                        errors += 1;
                    }
                }
                (lat, errors)
            })
        })
        .collect();
    let mut lat: Vec<Duration> = Vec::new();
    let mut errors = 0;
    for h in handles {
        let (l, e) = h.join().unwrap();
        lat.extend(l);
        errors += e;
    }
    let secs = started.elapsed().as_secs_f64();
    lat.sort();
    let pct = |p: f64| {
        lat[((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1].as_secs_f64() * 1000.0
    };
    println!(
        "{CLIENTS} clients, {} requests in {secs:.2} s: {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms, {errors} errors",
        lat.len(),
        lat.len() as f64 / secs,
        pct(0.50),
        pct(0.99)
    );
    let _ = stop_tx.send(());
    let _ = rt.block_on(server);
    for s in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{s}", db.display()));
    }
}
