//! Serve stage: a JSON HTTP API over the store and a web dashboard in the same binary.
//!
//! Read-only by default. Ingesting over HTTP (`POST /api/ingest`) exists only when a token is
//! configured, and needs `Authorization: Bearer TOKEN`. Request bodies are size-limited, each
//! client address has a request rate limit, and every response carries a strict
//! Content-Security-Policy. The dashboard renders article text with `textContent` only, never as
//! HTML. Queries run on blocking threads over a small pool of SQLite connections.

mod api;
mod limit;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use comity_code::Coder;
use comity_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Enables `POST /api/ingest` for requests bearing this token.
    pub token: Option<String>,
    /// Lets the ingest endpoint fetch a URL it is given.
    pub allow_fetch: bool,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Requests a second per client address (a burst of twice as many is allowed).
    pub rate: u32,
}

impl Config {
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            allow_fetch: false,
            max_body: 1 << 20,
            rate: 200,
        }
    }
}

/// A few open connections, reused across requests.
pub(crate) struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
}

impl Pool {
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, api::ApiError>,
    ) -> Result<T, api::ApiError> {
        let store = self.idle.lock().ok().and_then(|mut v| v.pop());
        let store = match store {
            Some(s) => s,
            None => Store::open(&self.path).map_err(|e| api::ApiError::internal(e.to_string()))?,
        };
        let out = f(&store);
        if let Ok(mut v) = self.idle.lock()
            && v.len() < 64
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
}

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/style.css");
const OPENAPI: &str = include_str!("../assets/openapi.json");

fn asset(ct: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, ct), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// The router, for `serve` and for tests.
pub fn router(config: Config, coder: Arc<Coder>) -> Router {
    let state = AppState {
        pool: Arc::new(Pool { path: config.db.clone(), idle: Mutex::new(Vec::new()) }),
        coder,
        writer: Arc::new(Mutex::new(None)),
        config: Arc::new(config.clone()),
    };
    let limiter = limit::Limiter::new(config.rate);
    Router::new()
        .route("/", get(|| async { Html(INDEX) }))
        .route("/static/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/static/style.css", get(|| async { asset("text/css; charset=utf-8", STYLE) }))
        .route("/api/openapi.json", get(|| async { asset("application/json", OPENAPI) }))
        .route("/api/status", get(api::status))
        .route("/api/events", get(api::events))
        .route("/api/events/{id}", get(api::event))
        .route("/api/quotes", get(api::quotes))
        .route("/api/actors", get(api::actors))
        .route("/api/allies/{actor}", get(api::allies))
        .route("/api/rivals/{actor}", get(api::rivals))
        .route("/api/dyad/{a}/{b}", get(api::dyad))
        .route("/api/flows/{a}/{b}", get(api::flows))
        .route("/api/network", get(api::network))
        .route("/api/places", get(api::places))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/ingest", post(api::ingest))
        .fallback(|| async { api::ApiError::not_found("no such page").into_response() })
        .layer(DefaultBodyLimit::max(config.max_body))
        .layer(axum::middleware::from_fn_with_state(limiter, limit::rate_limit))
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
    let app = router(config, coder);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
