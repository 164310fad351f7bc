//! Load shedding: a bounded number of queries in flight with a bounded queue (503 with
//! `Retry-After` at once beyond it), a time limit on every request, cancellation of the
//! blocking work a request leaves behind, and JSON bodies for every error.

use crate::api::ApiError;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Slots for blocking work (queries, ingests) and a bounded line of requests waiting for one.
///
/// A request is admitted only when the server expects to answer it within `budget`: the wait
/// it can expect (the expected service times of the requests in line before it, and the
/// remaining times of those holding a slot, shared by the slots) plus its own expected service
/// time, both measured as moving averages per class of request (an endpoint, or an endpoint
/// with a costly filter), its own with a margin of twice the moving mean deviation. A request
/// holding a slot past its expected time is expected to take as long again. One that would not
/// fit, or would find the line at `max_queue`, is refused at once with 503 and `Retry-After`,
/// so that what is accepted is answered in time and what is refused is refused at once.
///
/// A request whose own expected time is past the budget is still admitted at a free slot when
/// no request had to wait or was refused in the last `quiet` (the server is not under load: a
/// late answer is better than none), and otherwise once every `probe_every` per class, so that
/// its estimate follows the load as it falls.
pub(crate) struct Gate {
    slots: Arc<Semaphore>,
    total: usize,
    waiting: AtomicUsize,
    max_queue: usize,
    budget: Duration,
    probe_every: Duration,
    quiet: Duration,
    /// When a request last had to wait or was refused, in microseconds after `epoch` (0:
    /// never).
    contended: AtomicU64,
    epoch: Instant,
    /// The expected service times of the requests in line, in microseconds.
    queued: AtomicU64,
    /// The requests holding a slot: when each began and its expected service time (µs).
    running: Mutex<HashMap<u64, (Instant, u64)>>,
    next: AtomicU64,
    /// Service time estimates by class of request.
    classes: Mutex<HashMap<&'static str, Estimate>>,
}

/// A moving average of a class's service time and of its deviation (weights 1/8 and 1/4, as
/// TCP estimates round trips), in microseconds, and when it was last measured or tried.
#[derive(Debug, Clone, Copy, Default)]
struct Estimate {
    mean: f64,
    deviation: f64,
    samples: u64,
    last: Option<Instant>,
}

impl Estimate {
    fn add(&mut self, micros: f64) {
        if self.samples == 0 {
            self.mean = micros;
            self.deviation = micros / 2.0;
        } else {
            self.deviation += ((micros - self.mean).abs() - self.deviation) / 4.0;
            self.mean += (micros - self.mean) / 8.0;
        }
        self.samples += 1;
        self.last = Some(Instant::now());
    }
}

/// A place in the gate: a slot, held until dropped.
pub(crate) struct Admitted {
    _permit: OwnedSemaphorePermit,
    gate: Arc<Gate>,
    class: &'static str,
    id: u64,
    started: Instant,
}

impl Drop for Admitted {
    /// Records the time the slot was held (however the work ended).
    fn drop(&mut self) {
        self.gate.record(self.class, self.started.elapsed());
        if let Ok(mut r) = self.gate.running.lock() {
            r.remove(&self.id);
        }
    }
}

/// Decrements the count of waiting requests when the wait ends, however it ends.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Takes a request's expected time out of the line's when it leaves the line, with a slot or
/// without (its client went away).
struct Queued<'a>(&'a AtomicU64, u64);

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(self.1, Ordering::SeqCst);
    }
}

impl Gate {
    pub(crate) fn new(slots: usize, max_queue: usize, budget: Duration) -> Gate {
        Gate {
            slots: Arc::new(Semaphore::new(slots.max(1))),
            total: slots.max(1),
            waiting: AtomicUsize::new(0),
            max_queue,
            budget,
            probe_every: Duration::from_secs(30),
            quiet: Duration::from_secs(2),
            contended: AtomicU64::new(0),
            epoch: Instant::now(),
            queued: AtomicU64::new(0),
            running: Mutex::new(HashMap::new()),
            next: AtomicU64::new(0),
            classes: Mutex::new(HashMap::new()),
        }
    }

    /// Notes how long a request of `class` held its slot.
    pub(crate) fn record(&self, class: &'static str, held: Duration) {
        if let Ok(mut c) = self.classes.lock() {
            c.entry(class).or_default().add(held.as_secs_f64() * 1e6);
        }
    }

    /// The expected service time of a request of `class`, in microseconds: its mean (what it
    /// adds to the wait of those behind it) and its mean plus twice its deviation (what it is
    /// promised).
    fn expected(&self, class: &'static str) -> (u64, u64) {
        let e = self.classes.lock().ok().and_then(|c| c.get(class).copied()).unwrap_or_default();
        (e.mean as u64, (e.mean + 2.0 * e.deviation) as u64)
    }

    /// The wait a request joining the line can expect, in microseconds.
    fn expected_wait(&self) -> u64 {
        let now = Instant::now();
        let running: u64 = self.running.lock().map_or(0, |r| {
            r.values()
                .map(|(began, mean)| {
                    let ran = now.duration_since(*began).as_micros() as u64;
                    // Past its expected time, a request is expected to take as long again.
                    if ran < *mean { mean - ran } else { ran }
                })
                .sum()
        });
        (self.queued.load(Ordering::SeqCst) + running) / self.total as u64
    }

    /// Whether a request costlier than the budget may be tried at a free slot: the server is
    /// not under load (no request waited or was refused for `quiet`), or its class was not
    /// tried for `probe_every` (and the try is noted).
    fn probe(&self, class: &'static str) -> bool {
        let contended = self.contended.load(Ordering::SeqCst);
        let now = self.epoch.elapsed().as_micros() as u64;
        if contended == 0 || now.saturating_sub(contended) > self.quiet.as_micros() as u64 {
            return true;
        }
        let Ok(mut c) = self.classes.lock() else { return false };
        let e = c.entry(class).or_default();
        if e.last.is_some_and(|t| t.elapsed() < self.probe_every) {
            return false;
        }
        e.last = Some(Instant::now());
        true
    }

    fn admitted(
        self: &Arc<Self>,
        permit: OwnedSemaphorePermit,
        class: &'static str,
        mean: u64,
    ) -> Admitted {
        let id = self.next.fetch_add(1, Ordering::SeqCst);
        let started = Instant::now();
        if let Ok(mut r) = self.running.lock() {
            r.insert(id, (started, mean));
        }
        Admitted { _permit: permit, gate: self.clone(), class, id, started }
    }

    /// A slot for a request of `class`, at once if one is free, else after waiting in line;
    /// refused at once (503 with `Retry-After`) when its expected wait and service time do not
    /// fit the budget or the line is full.
    pub(crate) async fn enter(self: &Arc<Self>, class: &'static str) -> Result<Admitted, ApiError> {
        let busy = || ApiError::busy("the server is busy; try again shortly");
        let budget = self.budget.as_micros() as u64;
        let (mean, promised) = self.expected(class);
        if self.waiting.load(Ordering::SeqCst) == 0
            && let Ok(p) = self.slots.clone().try_acquire_owned()
        {
            if promised > budget && !self.probe(class) {
                return Err(busy());
            }
            return Ok(self.admitted(p, class, mean));
        }
        let ahead = self.waiting.fetch_add(1, Ordering::SeqCst);
        let _waiting = Waiting(&self.waiting);
        self.contended.store((self.epoch.elapsed().as_micros() as u64).max(1), Ordering::SeqCst);
        if ahead >= self.max_queue || self.expected_wait().saturating_add(promised) > budget {
            return Err(busy());
        }
        self.queued.fetch_add(mean, Ordering::SeqCst);
        let queued = Queued(&self.queued, mean);
        let p = self
            .slots
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::internal("shutting down"))?;
        drop(queued);
        Ok(self.admitted(p, class, mean))
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
    async fn a_request_is_admitted_only_if_its_wait_and_its_own_time_fit_the_budget() {
        // One slot, answers promised within 250 ms; "slow" requests take about 100 ms,
        // "quick" ones 1 ms.
        let gate = Arc::new(Gate::new(1, 10, Duration::from_millis(250)));
        for _ in 0..12 {
            gate.record("slow", Duration::from_millis(100));
            gate.record("quick", Duration::from_millis(1));
        }
        let held = gate.enter("slow").await.unwrap();
        let waiter =
            |g: Arc<Gate>, class| tokio::spawn(async move { g.enter(class).await.map(drop) });
        // A second slow one waits ~100 ms and takes ~100 ms: admitted, as is a quick one.
        let a = waiter(gate.clone(), "slow");
        let b = waiter(gate.clone(), "quick");
        while gate.waiting.load(Ordering::SeqCst) < 2 {
            tokio::task::yield_now().await;
        }
        // A third slow one would wait ~200 ms and take ~100 ms: refused at once, with 503
        // and Retry-After...
        let t = Instant::now();
        let r = gate.enter("slow").await.err().expect("refused");
        assert!(t.elapsed() < Duration::from_millis(50), "{:?}", t.elapsed());
        let r = axum::response::IntoResponse::into_response(r);
        assert_eq!(r.status(), BUSY);
        assert_eq!(r.headers()["retry-after"], "1");
        // ...while a quick one still fits behind them.
        let c = waiter(gate.clone(), "quick");
        while gate.waiting.load(Ordering::SeqCst) < 3 {
            tokio::task::yield_now().await;
        }
        assert!(!c.is_finished());
        drop(held);
        for w in [a, b, c] {
            w.await.unwrap().unwrap();
        }
        assert_eq!(gate.waiting.load(Ordering::SeqCst), 0);
        assert_eq!(gate.queued.load(Ordering::SeqCst), 0, "every request left the line");
        assert!(gate.running.lock().unwrap().is_empty(), "and its slot");
        // Bounded by length too, whatever the expected times.
        let short = Arc::new(Gate::new(1, 0, Duration::from_secs(60)));
        let _held = short.enter("quick").await.unwrap();
        assert!(short.enter("quick").await.is_err());
    }

    #[tokio::test]
    async fn a_request_past_its_expected_time_counts_as_long_again_and_costly_ones_are_probed() {
        let mut gate = Gate::new(1, 10, Duration::from_millis(250));
        gate.probe_every = Duration::from_millis(100);
        gate.quiet = Duration::from_millis(100);
        let gate = Arc::new(gate);
        for _ in 0..12 {
            gate.record("x", Duration::from_millis(10));
            gate.record("huge", Duration::from_secs(1));
        }
        let held = gate.enter("x").await.unwrap();
        // Within its expected 10 ms, another one would fit behind it...
        assert!(gate.expected_wait() <= 10_000);
        // ...but past it (300 ms), the one holding the slot is expected to take 300 ms more.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(gate.enter("x").await.is_err(), "refused: the wait alone is past the budget");
        drop(held);
        // Under load (a request was just refused), a class whose own time is past the budget
        // is refused even at a free slot (as it was measured a moment ago)...
        gate.record("huge", Duration::from_secs(1));
        assert!(gate.enter("huge").await.is_err());
        // ...until it has not been tried for a while: then one is let through to measure it,
        // one at a time.
        let started = Instant::now();
        let probe = loop {
            gate.contended.store(gate.epoch.elapsed().as_micros() as u64, Ordering::SeqCst);
            if let Ok(p) = gate.enter("huge").await {
                break p;
            }
            assert!(started.elapsed() < Duration::from_secs(2), "never probed");
            tokio::time::sleep(Duration::from_millis(10)).await;
        };
        assert!(started.elapsed() >= Duration::from_millis(50), "{:?}", started.elapsed());
        drop(probe);
        gate.contended.store(gate.epoch.elapsed().as_micros() as u64, Ordering::SeqCst);
        assert!(gate.enter("huge").await.is_err(), "one probe at a time");
        // With no request waiting or refused for a while, the server is not under load: the
        // costly request is answered late rather than not at all.
        tokio::time::sleep(Duration::from_millis(150)).await;
        assert!(gate.enter("huge").await.is_ok());
    }

    #[test]
    fn estimates_follow_the_measured_times_with_a_margin_for_their_spread() {
        let gate = Gate::new(1, 10, Duration::from_millis(250));
        assert_eq!(gate.expected("new"), (0, 0), "nothing measured: nothing expected");
        for ms in [10, 30, 10, 30, 10, 30, 10, 30, 10, 30, 10, 30] {
            gate.record("uneven", Duration::from_millis(ms));
        }
        let (mean, margin) = gate.expected("uneven");
        assert!((15_000..25_000).contains(&mean), "{mean}");
        assert!(margin > mean + 10_000, "a spread of 20 ms widens the promise: {margin}");
    }

    #[test]
    fn the_canned_answer_has_the_right_length() {
        let s = std::str::from_utf8(super::OVER_CONNECTION_LIMIT).unwrap();
        let (head, body) = s.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("Content-Length: {}", body.len())));
        assert!(serde_json::from_str::<serde_json::Value>(body).is_ok());
    }
}
