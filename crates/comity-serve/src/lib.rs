//! Serve stage: a JSON HTTP API over the store and a web dashboard in the same binary.
//!
//! Read-only by default. Ingesting over HTTP (`POST /api/ingest`) exists only when a token is
//! configured, and needs `Authorization: Bearer TOKEN`. Request bodies are size-limited, each
//! client address has a request rate limit, and every response carries a strict
//! Content-Security-Policy. The dashboard renders article text with `textContent` only, never as
//! HTML. Queries run on blocking threads over a small pool of SQLite connections.
//!
//! Under load it sheds rather than collapses: a bounded number of queries run at once (as many
//! as pooled connections, whose page caches share one budget) with a bounded line waiting for
//! them, and a request beyond that line is answered 503 with `Retry-After` at once; every
//! request has a time limit, and its queries are interrupted when it runs out or the request
//! is dropped; headers must arrive within a time limit (also the idle limit of a kept-alive
//! connection), and the number of open connections is bounded.

#[cfg(test)]
mod analysis_tests;
mod api;
mod cache;
mod limit;
mod shed;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use comity_code::Coder;
use comity_store::Store;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the server runs and the limits it keeps.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store: a SQLite file or a PostgreSQL database.
    pub db: comity_store::Location,
    pub addr: SocketAddr,
    /// Enables `POST /api/ingest` for requests bearing this token.
    pub token: Option<String>,
    /// Lets the ingest endpoint fetch a URL it is given (from public addresses only).
    pub allow_fetch: bool,
    /// Lets that fetching reach loopback, private and other non-public addresses too.
    pub allow_private_addresses: bool,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Requests a second per client address (a burst of twice as many is allowed).
    pub rate: u32,
    /// Host names the server answers to besides loopback ones (`localhost`, 127.0.0.1, ::1).
    /// Empty: on a loopback address only those, elsewhere any name.
    pub allowed_hosts: Vec<String>,
    /// Longest wait for a request's headers, and for the next request on an idle kept-alive
    /// connection; the connection is closed after it.
    pub header_timeout: Duration,
    /// Longest time from a request's headers to its answer (body and queries included): then
    /// it is answered 503 and its queries are interrupted.
    pub request_timeout: Duration,
    /// Queries (and ingests) running at once; with the heavy ones, the most pooled SQLite
    /// connections.
    pub max_in_flight: usize,
    /// Heavy queries (rankings, dyad timelines: they read every event of an actor) running at
    /// once, in slots of their own so that they never hold up the others.
    pub max_heavy_in_flight: usize,
    /// Requests waiting for a query slot; one more is answered 503 with `Retry-After` at once.
    pub max_queue: usize,
    /// The longest time to its answer a request may be promised: its expected wait for a slot
    /// plus its expected service time (moving averages per endpoint, measured as the server
    /// runs); a request that would take longer is answered 503 at once.
    pub max_wait: Duration,
    /// Open connections; one more is answered 503 and closed.
    pub max_connections: usize,
    /// SQLite page cache shared by all the server's connections, in MiB.
    pub cache_mib: u32,
    /// Answers of the rankings, partners, dyad timelines and the network kept until the store
    /// changes, in MiB (0: none kept).
    pub answer_cache_mib: u32,
}

impl Config {
    pub fn new(db: impl Into<comity_store::Location>) -> Config {
        Config {
            db: db.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            allow_fetch: false,
            allow_private_addresses: false,
            max_body: 1 << 20,
            rate: 200,
            allowed_hosts: Vec::new(),
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(15),
            max_in_flight: std::thread::available_parallelism().map_or(2, |n| n.get() * 2),
            max_heavy_in_flight: std::thread::available_parallelism().map_or(1, |n| n.get() / 2),
            max_queue: 64,
            max_wait: Duration::from_millis(300),
            max_connections: 1024,
            cache_mib: 128,
            answer_cache_mib: 32,
        }
    }
}

/// Open connections reused across requests: at most as many as queries run at once (the
/// gate's slots), each with its share of the cache budget.
pub(crate) struct Pool {
    path: comity_store::Location,
    idle: Mutex<Vec<Store>>,
    max_idle: usize,
    /// Page cache of each connection, in KiB.
    pub(crate) cache_kib: u32,
}

impl Pool {
    fn new(config: &Config) -> Pool {
        let slots = config.max_in_flight.max(1) + config.max_heavy_in_flight.max(1);
        // One more connection than slots: the ingest writer.
        let share = u64::from(config.cache_mib) * 1024 / (slots as u64 + 1);
        Pool {
            path: config.db.clone(),
            idle: Mutex::new(Vec::new()),
            max_idle: slots,
            cache_kib: u32::try_from(share).unwrap_or(u32::MAX),
        }
    }

    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, api::ApiError>,
    ) -> Result<T, api::ApiError> {
        let store = self.idle.lock().ok().and_then(|mut v| v.pop());
        let mut store = match store {
            Some(s) => s,
            None => {
                let s = self.path.open()?;
                s.set_cache_kib(self.cache_kib)?;
                s
            }
        };
        let out = f(&mut store);
        if let Ok(mut v) = self.idle.lock()
            && v.len() < self.max_idle
        {
            v.push(store);
        }
        out
    }
}

#[derive(Clone)]
pub(crate) struct AppState {
    pub(crate) pool: Arc<Pool>,
    pub(crate) config: Arc<Config>,
    pub(crate) coder: Arc<Coder>,
    pub(crate) writer: Arc<Mutex<Option<Store>>>,
    pub(crate) gate: Arc<shed::Gate>,
    /// The slots of the heavy queries (rankings, dyad timelines).
    pub(crate) heavy: Arc<shed::Gate>,
    /// The last `/api/status` answer and when it was computed.
    pub(crate) status: Arc<tokio::sync::Mutex<Option<(Instant, serde_json::Value)>>>,
    /// The answers of the costly read endpoints, kept until the store changes.
    pub(crate) answers: Arc<cache::Answers>,
}

impl AppState {
    fn new(config: Config, coder: Arc<Coder>) -> AppState {
        AppState {
            pool: Arc::new(Pool::new(&config)),
            gate: Arc::new(shed::Gate::new(
                config.max_in_flight,
                config.max_queue,
                config.max_wait,
            )),
            heavy: Arc::new(shed::Gate::new(
                config.max_heavy_in_flight,
                config.max_queue,
                config.max_wait,
            )),
            coder,
            writer: Arc::new(Mutex::new(None)),
            status: Arc::new(tokio::sync::Mutex::new(None)),
            answers: Arc::new(cache::Answers::new(
                config.db.clone(),
                config.answer_cache_mib as usize * 1024 * 1024,
            )),
            config: Arc::new(config),
        }
    }
}

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/style.css");
const OPENAPI: &str = include_str!("../assets/openapi.json");

/// The vendored browser libraries and the world map (`assets/vendor/`, whose README says where
/// each comes from), served under `/static/vendor/`.
const VENDOR: &[(&str, &str)] = &[
    ("d3-array.min.js", include_str!("../assets/vendor/d3-array.min.js")),
    ("d3-color.min.js", include_str!("../assets/vendor/d3-color.min.js")),
    ("d3-interpolate.min.js", include_str!("../assets/vendor/d3-interpolate.min.js")),
    ("d3-format.min.js", include_str!("../assets/vendor/d3-format.min.js")),
    ("d3-time.min.js", include_str!("../assets/vendor/d3-time.min.js")),
    ("d3-time-format.min.js", include_str!("../assets/vendor/d3-time-format.min.js")),
    ("d3-scale.min.js", include_str!("../assets/vendor/d3-scale.min.js")),
    ("d3-axis.min.js", include_str!("../assets/vendor/d3-axis.min.js")),
    ("d3-selection.min.js", include_str!("../assets/vendor/d3-selection.min.js")),
    ("d3-dispatch.min.js", include_str!("../assets/vendor/d3-dispatch.min.js")),
    ("d3-quadtree.min.js", include_str!("../assets/vendor/d3-quadtree.min.js")),
    ("d3-timer.min.js", include_str!("../assets/vendor/d3-timer.min.js")),
    ("d3-force.min.js", include_str!("../assets/vendor/d3-force.min.js")),
    ("d3-geo.min.js", include_str!("../assets/vendor/d3-geo.min.js")),
    ("topojson-client.min.js", include_str!("../assets/vendor/topojson-client.min.js")),
    ("countries-110m.json", include_str!("../assets/vendor/world/countries-110m.json")),
];

/// A vendored file by name; 404 for any other name.
async fn vendor(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match VENDOR.iter().find(|(n, _)| *n == name) {
        Some((n, body)) if n.ends_with(".json") => (
            [(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-cache")],
            *body,
        )
            .into_response(),
        Some((_, body)) => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            *body,
        )
            .into_response(),
        None => api::ApiError::not_found("no such file").into_response(),
    }
}

fn asset(ct: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, ct), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// The router, for `serve` and for tests.
pub fn router(config: Config, coder: Arc<Coder>) -> Router {
    let state = AppState::new(config.clone(), coder);
    let limiter = limit::Limiter::new(config.rate);
    Router::new()
        .route("/", get(|| async { Html(INDEX) }))
        .route("/static/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/static/style.css", get(|| async { asset("text/css; charset=utf-8", STYLE) }))
        .route("/static/vendor/{name}", get(vendor))
        .route("/api/openapi.json", get(|| async { asset("application/json", OPENAPI) }))
        .route("/api/status", get(api::status))
        .route("/api/events", get(api::events))
        .route("/api/events/{id}", get(api::event))
        .route("/api/quotes", get(api::quotes))
        .route("/api/actors", get(api::actors))
        .route("/api/allies/{actor}", get(api::allies))
        .route("/api/rivals/{actor}", get(api::rivals))
        .route("/api/partners/{actor}", get(api::partners))
        .route("/api/dyad/{a}/{b}", get(api::dyad))
        .route("/api/flows/{a}/{b}", get(api::flows))
        .route("/api/network", get(api::network))
        .route("/api/places", get(api::places))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/ingest", post(api::ingest))
        .fallback(|| async { api::ApiError::not_found("no such page").into_response() })
        .layer(DefaultBodyLimit::max(config.max_body))
        .layer(axum::middleware::from_fn_with_state(config.request_timeout, shed::time_limit))
        .layer(axum::middleware::from_fn(shed::no_nul))
        .layer(axum::middleware::from_fn_with_state(limiter, limit::rate_limit))
        .layer(axum::middleware::from_fn_with_state(
            shed::Hosts {
                allowed: Arc::new(config.allowed_hosts.clone()),
                any: config.allowed_hosts.is_empty() && !config.addr.ip().is_loopback(),
            },
            shed::check_host,
        ))
        .layer(axum::middleware::from_fn(shed::json_errors))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    r
}

/// Runs the server until `shutdown` completes.
pub async fn serve(
    config: Config,
    coder: Arc<Coder>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    serve_on(listener, config, coder, shutdown).await
}

/// Runs the server on a listener that is already bound (tests bind port 0).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    config: Config,
    coder: Arc<Coder>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(config.clone(), coder);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(config.header_timeout)
        .keep_alive(true);
    let open = Arc::new(tokio::sync::Semaphore::new(config.max_connections.max(1)));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                // Out of file descriptors and the like: wait a moment rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(permit) = open.clone().try_acquire_owned() else {
            let _ = stream.try_write(shed::OVER_CONNECTION_LIMIT);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<_>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            let mut app = app.clone();
            async move {
                let req = req.map(axum::body::Body::new);
                tower_service::Service::call(&mut app, req).await
            }
        });
        let conn = http.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let mut stop = stop_rx.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let mut conn = std::pin::pin!(conn);
            let mut stopping = false;
            loop {
                tokio::select! {
                    _ = conn.as_mut() => break,
                    _ = stop.changed(), if !stopping => {
                        stopping = true;
                        conn.as_mut().graceful_shutdown();
                    }
                }
            }
        });
    }
    // Let open connections finish their requests (each is bounded by its time limits).
    let _ = stop_tx.send(true);
    let all = u32::try_from(config.max_connections.max(1)).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(
        config.request_timeout + config.header_timeout,
        open.acquire_many(all),
    )
    .await;
    // The pooled store connections are closed off the async threads: a PostgreSQL client
    // closes its connection by running a runtime of its own, which may not start inside ours.
    let _ = tokio::task::spawn_blocking(move || drop(app)).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const ENDLESS: &str = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000000) SELECT count(*) FROM c";

    fn state(name: &str, request_timeout: Duration) -> AppState {
        let db = std::env::temp_dir()
            .join(format!("comity-serve-unit-{}-{name}.db", std::process::id()));
        let _ = std::fs::remove_file(&db);
        let mut config = Config::new(db);
        config.request_timeout = request_timeout;
        config.max_in_flight = 2;
        AppState::new(config, Arc::new(Coder::new(comity_dict::Dictionaries::builtin())))
    }

    /// Waits until the gate's slots are all free again, or gives up after `limit`.
    async fn slots_freed(st: &AppState, limit: Duration) -> bool {
        let started = Instant::now();
        while st.gate.in_use(2) > 0 {
            if started.elapsed() > limit {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        true
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_query_past_the_time_limit_is_interrupted_and_answered_503() {
        let st = state("limit", Duration::from_millis(300));
        let started = Instant::now();
        let r = api::blocking(&st, "test", |s| Ok(s.rows(ENDLESS, &[])?)).await;
        let e = r.expect_err("the endless query must be stopped");
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
        let resp = axum::response::IntoResponse::into_response(e);
        assert_eq!(resp.status(), 503);
        assert_eq!(resp.headers()["retry-after"], "1");
        assert!(slots_freed(&st, Duration::from_secs(1)).await);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn heavy_queries_never_hold_up_quick_ones() {
        let mut st = state("heavy", Duration::from_secs(600));
        // One slot each: the heavy one is taken by an endless query.
        st.gate = Arc::new(shed::Gate::new(1, 0, Duration::from_secs(1)));
        st.heavy = Arc::new(shed::Gate::new(1, 0, Duration::from_secs(1)));
        let slow = tokio::spawn({
            let st = st.clone();
            async move { api::heavy(&st, "test", |s| Ok(s.rows(ENDLESS, &[])?)).await.map(drop) }
        });
        tokio::time::sleep(Duration::from_millis(100)).await;
        let started = Instant::now();
        let quick = api::blocking(&st, "test", |s| Ok(s.rows("SELECT 1", &[])?.1.len())).await;
        assert_eq!(quick.unwrap(), 1);
        assert!(started.elapsed() < Duration::from_secs(1));
        // A second heavy one is shed at once.
        let again = api::heavy(&st, "test", |s| Ok(s.rows("SELECT 1", &[])?.1.len())).await;
        assert_eq!(axum::response::IntoResponse::into_response(again.unwrap_err()).status(), 503);
        slow.abort();
        let _ = slow.await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_dropped_request_stops_its_query() {
        // A long time limit: only the drop (a client that went away) can stop the query.
        let st = state("drop", Duration::from_secs(600));
        let q = api::blocking(&st, "test", |s| Ok(s.rows(ENDLESS, &[])?));
        assert!(tokio::time::timeout(Duration::from_millis(200), q).await.is_err());
        assert!(
            slots_freed(&st, Duration::from_secs(3)).await,
            "the query went on after its request was dropped"
        );
    }

    /// A PostgreSQL store dropped on an async worker thread (as the last reference to the
    /// server's pool may be, when a connection's task ends after the server stopped) closes
    /// its connection without starting a runtime inside the server's (which panicked).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_postgres_store_dropped_on_an_async_thread_closes_cleanly() {
        let Some(url) = std::env::var("COMITY_TEST_POSTGRES").ok().filter(|v| !v.is_empty()) else {
            comity_core::missing_test_input(
                "a PostgreSQL server (COMITY_TEST_POSTGRES=postgres://...)",
            );
            return;
        };
        let store = tokio::task::spawn_blocking(move || {
            let s = comity_store::Store::open_postgres(&url).expect("the server answers");
            assert!(s.generation().is_ok());
            s
        })
        .await
        .unwrap();
        // Dropped here, on one of the runtime's worker threads, in a task of its own so that a
        // panic is seen as the task's failure.
        let dropped = tokio::spawn(async move { drop(store) }).await;
        assert!(dropped.is_ok(), "dropping the store panicked: {dropped:?}");
    }
}
