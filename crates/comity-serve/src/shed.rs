//! Load shedding: a bounded number of queries in flight with a bounded queue (503 with
//! `Retry-After` at once beyond it), a time limit on every request, cancellation of the
//! blocking work a request leaves behind, and JSON bodies for every error.

use crate::api::ApiError;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Slots for blocking work (queries, ingests) and a bounded line of requests waiting for one.
/// The line is bounded twice: by its length, and by the wait it promises (its length times the
/// recent time a slot is held, shared by the slots): a request that would wait longer than
/// `max_wait` is refused at once rather than answered late.
pub(crate) struct Gate {
    slots: Arc<Semaphore>,
    total: usize,
    waiting: AtomicUsize,
    max_queue: usize,
    max_wait: Duration,
    /// Moving average of the time a slot is held, in microseconds.
    held_micros: AtomicU64,
}

/// Decrements the count of waiting requests when the wait ends, however it ends.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Gate {
    pub(crate) fn new(slots: usize, max_queue: usize, max_wait: Duration) -> Gate {
        Gate {
            slots: Arc::new(Semaphore::new(slots.max(1))),
            total: slots.max(1),
            waiting: AtomicUsize::new(0),
            max_queue,
            max_wait,
            held_micros: AtomicU64::new(0),
        }
    }

    /// Notes how long a slot was held (one sample of the moving average, weight 1/8).
    pub(crate) fn record(&self, held: Duration) {
        let sample = u64::try_from(held.as_micros()).unwrap_or(u64::MAX);
        let _ = self.held_micros.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |old| {
            Some(if old == 0 { sample } else { old - old / 8 + sample / 8 })
        });
    }

    /// The wait a request joining the line behind `ahead` others can expect.
    fn expected_wait(&self, ahead: usize) -> Duration {
        let held = self.held_micros.load(Ordering::Relaxed);
        Duration::from_micros(held.saturating_mul(ahead as u64 + 1) / self.total as u64)
    }

    /// A slot, at once if one is free, else after waiting in line; a full line is refused at
    /// once with 503 and `Retry-After`.
    pub(crate) async fn enter(&self) -> Result<OwnedSemaphorePermit, ApiError> {
        if let Ok(p) = self.slots.clone().try_acquire_owned() {
            return Ok(p);
        }
        let ahead = self.waiting.fetch_add(1, Ordering::SeqCst);
        let _waiting = Waiting(&self.waiting);
        if ahead >= self.max_queue || self.expected_wait(ahead) > self.max_wait {
            return Err(ApiError::busy("the server is busy; try again shortly"));
        }
        self.slots.clone().acquire_owned().await.map_err(|_| ApiError::internal("shutting down"))
    }

    /// Slots in use now.
    #[cfg(test)]
    pub(crate) fn in_use(&self, total: usize) -> usize {
        total - self.slots.available_permits()
    }
}

/// A flag that a request's blocking work polls; raised when the request is dropped (its
/// client went away or its time ran out) or finished.
pub(crate) struct Cancel(pub(crate) Arc<AtomicBool>);

impl Drop for Cancel {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Answers 503 with `Retry-After` when a request is not answered within `limit`; dropping it
/// raises its [`Cancel`] flags, which interrupts its queries.
pub(crate) async fn time_limit(
    State(limit): State<Duration>,
    req: Request,
    next: Next,
) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(r) => r,
        Err(_) => {
            ApiError::busy(format!("no answer within the time limit of {} s", limit.as_secs_f64()))
                .into_response()
        }
    }
}

/// Refuses a NUL byte anywhere in the query string (it would cut a text filter short in
/// SQLite's LIKE, which then matches every row).
pub(crate) async fn no_nul(req: Request, next: Next) -> Response {
    if req.uri().query().is_some_and(|q| q.to_ascii_lowercase().contains("%00")) {
        return ApiError::bad("a NUL byte (%00) is not allowed in a query parameter")
            .into_response();
    }
    next.run(req).await
}

/// The host names a request may carry in its `Host` header.
#[derive(Clone)]
pub(crate) struct Hosts {
    /// Names allowed besides loopback ones.
    pub(crate) allowed: Arc<Vec<String>>,
    /// Whether any name goes (a server listening beyond loopback with no names given).
    pub(crate) any: bool,
}

impl Hosts {
    fn allows(&self, host: &str) -> bool {
        let name = match host.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or(""),
            None => host.rsplit_once(':').map_or(host, |(h, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) { h } else { host }
            }),
        };
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        self.any
            || name == "localhost"
            || name.ends_with(".localhost")
            || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
            || self.allowed.iter().any(|a| a.eq_ignore_ascii_case(&name))
    }
}

/// Refuses a request whose `Host` is not a name this server answers to (421): a web page
/// whose name was rebound to 127.0.0.1 cannot read the API through a visitor's browser.
pub(crate) async fn check_host(State(hosts): State<Hosts>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()))
        .unwrap_or("");
    if !hosts.allows(host) {
        return ApiError::new(
            StatusCode::MISDIRECTED_REQUEST,
            format!("this server does not answer for host '{host}' (see --allowed-host)"),
        )
        .into_response();
    }
    next.run(req).await
}

/// Gives every error answer a JSON body (`{"error": "..."}`): axum's own rejections (a path
/// that does not parse, a body over the limit, a wrong method) come as plain text.
pub(crate) async fn json_errors(req: Request, next: Next) -> Response {
    let r = next.run(req).await;
    let status = r.status();
    let is_json = r
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return r;
    }
    let (mut parts, body) = r.into_parts();
    let text = match axum::body::to_bytes(body, 64 * 1024).await {
        Ok(b) if !b.is_empty() => String::from_utf8_lossy(&b).trim().to_string(),
        _ => status.canonical_reason().unwrap_or("error").to_ascii_lowercase(),
    };
    let body = serde_json::json!({ "error": text }).to_string();
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

/// The answer to a connection over the limit, written before closing it.
pub(crate) const OVER_CONNECTION_LIMIT: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: 45\r\n\r\n{\"error\":\"too many connections; retry later\"}";

/// The status a shed request gets.
pub(crate) const BUSY: StatusCode = StatusCode::SERVICE_UNAVAILABLE;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        let h = Hosts { allowed: Arc::new(vec!["news.example.org".into()]), any: false };
        for ok in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:80",
            "[::1]:8080",
            "news.example.org",
            "NEWS.example.org.:1",
        ] {
            assert!(h.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:8080",
            "",
            "10.0.0.1",
            "[fe80::1]:80",
            "localhost.evil.example",
        ] {
            assert!(!h.allows(bad), "{bad}");
        }
        assert!(Hosts { allowed: Arc::new(Vec::new()), any: true }.allows("anything"));
    }

    #[tokio::test]
    async fn the_line_is_bounded_by_length_and_by_expected_wait() {
        // One slot held about 100 ms each time; waits up to 250 ms are accepted.
        let gate = Arc::new(Gate::new(1, 10, Duration::from_millis(250)));
        gate.record(Duration::from_millis(100));
        let held = gate.enter().await.unwrap();
        let waiter = |g: Arc<Gate>| tokio::spawn(async move { g.enter().await.map(drop) });
        let (a, b) = (waiter(gate.clone()), waiter(gate.clone()));
        while gate.waiting.load(Ordering::SeqCst) < 2 {
            tokio::task::yield_now().await;
        }
        // A third would wait about 300 ms: refused at once, with 503 and Retry-After.
        let r = gate.enter().await.unwrap_err();
        let r = axum::response::IntoResponse::into_response(r);
        assert_eq!(r.status(), BUSY);
        assert_eq!(r.headers()["retry-after"], "1");
        drop(held);
        a.await.unwrap().unwrap();
        b.await.unwrap().unwrap();
        assert_eq!(gate.waiting.load(Ordering::SeqCst), 0);
        // Bounded by length too, whatever the expected wait.
        let short = Gate::new(1, 0, Duration::from_secs(60));
        let _held = short.enter().await.unwrap();
        assert!(short.enter().await.is_err());
    }
    #[test]
    fn the_canned_answer_has_the_right_length() {
        let s = std::str::from_utf8(super::OVER_CONNECTION_LIMIT).unwrap();
        let (head, body) = s.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("Content-Length: {}", body.len())));
        assert!(serde_json::from_str::<serde_json::Value>(body).is_ok());
    }
}
