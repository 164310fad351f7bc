//! The API over a store of a million event mentions: builds the store from synthetic coded
//! articles (200,000 articles of 5 events each, among 30 countries and 6 roles, dated 2015-2025),
//! then times each endpoint once, then loads the server with 50 and 200 concurrent clients
//! cycling through every endpoint for `COMITY_LOAD_SECS` (default 15) seconds each: per
//! endpoint the requests answered, their p50 and p99, the requests shed (503) and how fast they
//! were refused; the process's peak memory (server and clients: they share it) and its CPU in
//! the second after the clients stop. `cargo bench -p comity-cli --bench scale` (takes a few
//! minutes). Set COMITY_SCALE_DB to reuse a store built before. `COMITY_LOAD_CACHE=0` turns
//! the server's cache of answers off (every ranking, timeline and network is computed); the
//! machine's load average is printed before and after each load.
//!
//! `COMITY_SCALE_MENTIONS=N` builds a store of N mentions (N / 5 articles; default a million).
//! `COMITY_SCALE_POSTGRES=postgres://...` builds it on PostgreSQL instead, in the schema
//! `comity_scale` (made afresh unless `COMITY_SCALE_REUSE=1`), and reports its size on disk
//! as the server counts it (tables, indexes and TOAST).

use comity_core::{ActorRef, CodedArticle, Date, Event, Modality, Trigger, quad_class};
use comity_store::{ArticleMeta, Location, Prepared};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const COUNTRIES: [&str; 30] = [
    "RUS", "CHN", "USA", "PRK", "UKR", "IRN", "IND", "JPN", "KOR", "DEU", "FRA", "GBR", "TUR",
    "ISR", "SYR", "POL", "BLR", "PAK", "AFG", "IRQ", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS",
    "NGA", "ZAF", "ETH", "KEN",
];
const AGENTS: [&str; 6] = ["", "GOV", "MIL", "REB", "OPP", "BUS"];
const CODES: [&str; 14] = [
    "010", "040", "042", "051", "057", "061", "072", "073", "111", "112", "130", "173", "190",
    "195",
];
const MODALITIES: [Modality; 5] = [
    Modality::Asserted,
    Modality::Asserted,
    Modality::Reported,
    Modality::Planned,
    Modality::Denied,
];

/// A small deterministic generator (xorshift), so every run builds the same store.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn build(db: &Location, mentions: usize) {
    let mut store = db.open().unwrap();
    store.bulk_mode().unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let started = Instant::now();
    let batches = mentions.div_ceil(2500);
    for batch in 0..batches {
        if batch % 400 == 399 {
            println!(
                "  {} mentions in {:.0} s",
                (batch + 1) * 2500,
                started.elapsed().as_secs_f64()
            );
        }
        let mut prepared = Vec::with_capacity(500);
        for k in 0..500 {
            let n = batch * 500 + k;
            let date = Date::from_days(
                Date::new(2015, 1, 1).unwrap().to_days() + (rng.next() % 3900) as i64,
            );
            let text = format!(
                "Report {n}: officials in both capitals said one side acted against the other on {date}, and more talks were expected soon."
            );
            let events = (0..5)
                .map(|_| {
                    let a = format!("{}{}", rng.pick(&COUNTRIES), rng.pick(&AGENTS));
                    let b = format!("{}{}", rng.pick(&COUNTRIES), rng.pick(&AGENTS));
                    let code = rng.pick(&CODES).to_string();
                    Event {
                        source: ActorRef { code: a, text: "one side".into(), span: [28, 36] },
                        target: Some(ActorRef {
                            code: b,
                            text: "the other".into(),
                            span: [56, 65],
                        }),
                        quad_class: quad_class(&code),
                        name: String::new(),
                        goldstein: 1.0,
                        code,
                        modality: *rng.pick(&MODALITIES),
                        attributed_to: None,
                        sentence: 0,
                        span: [0, text.len()],
                        trigger: Trigger { text: "acted".into(), span: [46, 51] },
                        place: None,
                        date: None,
                        explain: None,
                    }
                })
                .collect();
            let coded = CodedArticle {
                id: format!("s{n}"),
                date: Some(date.to_string()),
                title: None,
                sentences: 1,
                events,
                quotes: vec![],
                amounts: vec![],
                places: vec![],
                dates: vec![],
                people: vec![],
                organizations: vec![],
                flows: vec![],
                issues: vec![],
                discarded: false,
            };
            prepared.push(Prepared::new(
                ArticleMeta {
                    ext_id: format!("s{n}"),
                    source: format!("outlet{}", n % 50),
                    date: Some(date),
                    ..Default::default()
                },
                text,
                coded,
            ));
        }
        store.insert(&prepared).unwrap();
    }
    store.checkpoint().unwrap();
    let st = store.stats().unwrap();
    println!(
        "built: {} articles, {} mentions, {} merged events in {:.0} s",
        st.articles,
        st.event_mentions,
        st.events,
        started.elapsed().as_secs_f64()
    );
}

/// The size on disk of the store: the file, or what PostgreSQL counts for the schema.
fn size_on_disk(db: &Location) -> u64 {
    match db {
        Location::File(p) => ["", "-wal"]
            .iter()
            .filter_map(|s| std::fs::metadata(format!("{}{s}", p.display())).ok())
            .map(|m| m.len())
            .sum(),
        Location::Postgres(url) => {
            let mut c = ::postgres::Client::connect(url, ::postgres::NoTls).unwrap();
            let n: i64 = c
                .query_one(
                    "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
                       JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')",
                    &[],
                )
                .unwrap()
                .get(0);
            n as u64
        }
    }
}

fn main() {
    let mentions: usize = std::env::var("COMITY_SCALE_MENTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let db = match std::env::var("COMITY_SCALE_POSTGRES").ok().filter(|v| !v.is_empty()) {
        Some(base) => {
            let reuse = std::env::var("COMITY_SCALE_REUSE").is_ok_and(|v| v == "1");
            let mut c = ::postgres::Client::connect(&base, ::postgres::NoTls).unwrap();
            if !reuse {
                c.batch_execute(
                    "DROP SCHEMA IF EXISTS comity_scale CASCADE; CREATE SCHEMA comity_scale",
                )
                .unwrap();
            }
            let sep = if base.contains('?') { '&' } else { '?' };
            let url = format!("{base}{sep}options=-c%20search_path%3Dcomity_scale");
            let db = Location::Postgres(url);
            if !reuse {
                build(&db, mentions);
            }
            db
        }
        None => {
            let path = std::env::var_os("COMITY_SCALE_DB")
                .map(PathBuf::from)
                .unwrap_or_else(|| std::env::temp_dir().join("comity-scale.db"));
            if std::env::var_os("COMITY_SCALE_DB").is_none() || !path.exists() {
                for s in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{s}", path.display()));
                }
                build(&Location::File(path.clone()), mentions);
            }
            Location::File(path)
        }
    };
    println!("size on disk: {:.2} GB", size_on_disk(&db) as f64 / 1e9);
    let mut config = comity_serve::Config::new(db.clone());
    config.rate = 1_000_000;
    if std::env::var("COMITY_LOAD_CACHE").is_ok_and(|v| v == "0") {
        config.answer_cache_mib = 0;
    }
    println!("cache of answers: {} MiB", config.answer_cache_mib);
    let coder = std::sync::Arc::new(comity_code::Coder::new(comity_dict::Dictionaries::builtin()));
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = rt.spawn(comity_serve::serve_on(listener, config, coder, async {
        let _ = rx.await;
    }));
    let agent: ureq::Agent =
        ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(120))).build().into();
    for p in PATHS {
        // The second answer, once the connection pool and the page cache are warm.
        let mut secs = 0.0;
        for _ in 0..2 {
            let t = Instant::now();
            let mut r = agent.get(&format!("http://{addr}{p}")).call().unwrap();
            let body = r.body_mut().with_config().limit(u64::MAX).read_to_vec().unwrap();
            secs = t.elapsed().as_secs_f64();
            assert!(!body.is_empty());
        }
        println!("{:>8.1} ms  {p}", secs * 1000.0);
    }
    let secs: u64 =
        std::env::var("COMITY_LOAD_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(15);
    println!(
        "\nbefore the load: RSS {} MiB (the store build's memory included)",
        proc_status_kib("VmRSS:") / 1024
    );
    for clients in [50, 200] {
        load(&addr.to_string(), clients, Duration::from_secs(secs));
    }
    let _ = tx.send(());
    let _ = rt.block_on(server);
}

const PATHS: [&str; 14] = [
    "/api/status",
    "/api/events?limit=50",
    "/api/events?actor=RUS&limit=50",
    "/api/events?dyad=RUS,CHN&limit=50",
    "/api/events?code=19&since=2020-01-01&limit=50",
    "/api/events/5",
    "/api/quotes?limit=50",
    "/api/actors?limit=50",
    "/api/allies/RUS",
    "/api/rivals/RUS",
    "/api/dyad/RUS/CHN",
    "/api/network",
    "/api/places",
    "/api/articles?limit=50",
];

/// A figure of this process from /proc/self/status, in KiB.
fn proc_status_kib(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// CPU seconds (user and system) this process has used.
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // Fields 14 and 15 of /proc/self/stat (utime, stime), counted after the command name.
    (ticks(11) + ticks(12)) / 100.0
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// The machine's load averages over 1, 5 and 15 minutes.
fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn load(addr: &str, clients: usize, length: Duration) {
    let load_before = loadavg();
    let started = Instant::now();
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let addr = addr.to_string();
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .timeout_global(Some(Duration::from_secs(60)))
                    .build()
                    .into();
                // (endpoint, status, seconds)
                let mut seen: Vec<(usize, u16, f64)> = Vec::new();
                let mut k = c;
                while started.elapsed() < length {
                    let p = k % PATHS.len();
                    k += 1;
                    let t = Instant::now();
                    let status = match agent.get(&format!("http://{addr}{}", PATHS[p])).call() {
                        Ok(mut r) => {
                            let _ = r.body_mut().with_config().limit(u64::MAX).read_to_vec();
                            r.status().as_u16()
                        }
                        Err(_) => 0,
                    };
                    seen.push((p, status, t.elapsed().as_secs_f64()));
                    if status == 503 {
                        // What a polite client does with Retry-After, shortened.
                        std::thread::sleep(Duration::from_millis(100));
                    }
                }
                seen
            })
        })
        .collect();
    let mut peak_rss = 0;
    while handles.iter().any(|h| !h.is_finished()) {
        peak_rss = peak_rss.max(proc_status_kib("VmRSS:"));
        std::thread::sleep(Duration::from_millis(50));
    }
    let all: Vec<(usize, u16, f64)> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    let took = started.elapsed().as_secs_f64();
    let cpu0 = cpu_secs();
    std::thread::sleep(Duration::from_secs(1));
    let idle_cpu = cpu_secs() - cpu0;
    println!("\nload average before: {load_before}; after: {}", loadavg());
    println!(
        "{clients} clients, {took:.1} s: {} requests, {} answered, {} shed (503), {} other; peak RSS {} MiB; CPU in the second after: {idle_cpu:.2} s",
        all.len(),
        all.iter().filter(|x| x.1 == 200).count(),
        all.iter().filter(|x| x.1 == 503).count(),
        all.iter().filter(|x| x.1 != 200 && x.1 != 503).count(),
        peak_rss / 1024,
    );
    println!(
        "{:>8} {:>9} {:>9} {:>8} {:>11}  endpoint",
        "answered", "p50 ms", "p99 ms", "shed", "shed p99 ms"
    );
    for (i, p) in PATHS.iter().enumerate() {
        let mut ok: Vec<f64> =
            all.iter().filter(|x| x.0 == i && x.1 == 200).map(|x| x.2 * 1000.0).collect();
        let mut shed: Vec<f64> =
            all.iter().filter(|x| x.0 == i && x.1 == 503).map(|x| x.2 * 1000.0).collect();
        println!(
            "{:>8} {:>9.1} {:>9.1} {:>8} {:>11.1}  {p}",
            ok.len(),
            pct(&mut ok, 0.5),
            pct(&mut ok, 0.99),
            shed.len(),
            pct(&mut shed, 0.99)
        );
    }
}
