//! A token-bucket request rate limit per client address.

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

#[derive(Clone)]
pub(crate) struct Limiter {
    rate: f64,
    buckets: Arc<Mutex<HashMap<IpAddr, (f64, Instant)>>>,
}

impl Limiter {
    pub(crate) fn new(rate: u32) -> Limiter {
        Limiter { rate: f64::from(rate.max(1)), buckets: Arc::new(Mutex::new(HashMap::new())) }
    }

    fn allow(&self, ip: IpAddr) -> bool {
        let Ok(mut b) = self.buckets.lock() else { return true };
        if b.len() > 100_000 {
            b.clear();
        }
        let now = Instant::now();
        let burst = self.rate * 2.0;
        let (tokens, last) = b.entry(ip).or_insert((burst, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * self.rate).min(burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

pub(crate) async fn rate_limit(State(l): State<Limiter>, req: Request, next: Next) -> Response {
    let ip = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(ip) = ip
        && !l.allow(ip)
    {
        return crate::api::ApiError::new(
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            "too many requests; slow down",
        )
        .into_response();
    }
    next.run(req).await
}
