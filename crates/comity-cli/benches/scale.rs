//! The API over a store of a million event mentions: builds the store from synthetic coded
//! articles (200,000 articles of 5 events each, among 30 countries and 6 roles, dated 2015-2025),
//! then times each endpoint once. `cargo bench -p comity-cli --bench scale` (takes a few minutes).
//! Set COMITY_SCALE_DB to reuse a store built before.

use comity_core::{ActorRef, CodedArticle, Date, Event, Modality, Trigger, quad_class};
use comity_store::{ArticleMeta, Prepared, Store};
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

fn build(db: &std::path::Path) {
    let mut store = Store::open(db).unwrap();
    store.bulk_mode().unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let started = Instant::now();
    for batch in 0..400 {
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

fn main() {
    let db = std::env::var_os("COMITY_SCALE_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("comity-scale.db"));
    if std::env::var_os("COMITY_SCALE_DB").is_none() || !db.exists() {
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", db.display()));
        }
        build(&db);
    }
    let mut config = comity_serve::Config::new(db.clone());
    config.rate = 1_000_000;
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
    for p in [
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
    ] {
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
    let _ = tx.send(());
    let _ = rt.block_on(server);
}
