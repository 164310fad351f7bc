//! A small cache of the answers of the costly read endpoints (rankings, partners, dyad
//! timelines, the network), keyed by the request and the store's generation
//! ([`comity_store::Store::generation`]), which grows with every batch committed to the store,
//! by this server or any other process, on either backend: an answer is served from the cache
//! only while no batch has been committed since it was computed, so it is never stale.
//!
//! Each request reads the generation (one small row), but concurrent requests share the
//! reads: a request uses the last value read if that read began after the request arrived.
//! Requests for an answer being computed wait for it rather than compute it again. The cache
//! holds at most a budget of bytes and of entries, dropping the least recently used.

use crate::api::ApiError;
use axum::body::Bytes;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use comity_store::{Location, Store};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::sync::OnceCell;

/// At most this many answers are kept, whatever their size.
const MAX_ENTRIES: usize = 4096;

/// The cached answers.
pub(crate) struct Answers {
    /// The most bytes of answers kept; 0 turns the cache off.
    max_bytes: usize,
    inner: Mutex<Inner>,
    /// The last generation read and when its read began.
    last: tokio::sync::Mutex<Option<(Instant, i64)>>,
    /// The connection that reads the generation, opened on first use.
    reader: Arc<Mutex<Option<Store>>>,
    db: Location,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<String, Entry>,
    bytes: usize,
    /// A clock of uses, for dropping the least recently used.
    tick: u64,
}

struct Entry {
    generation: i64,
    answer: Arc<OnceCell<Bytes>>,
    /// The answer's size once it is known (counted in `Inner::bytes`).
    size: usize,
    used: u64,
}

impl Answers {
    pub(crate) fn new(db: Location, max_bytes: usize) -> Answers {
        Answers {
            max_bytes,
            inner: Mutex::new(Inner::default()),
            last: tokio::sync::Mutex::new(None),
            reader: Arc::new(Mutex::new(None)),
            db,
        }
    }

    /// The store's generation as of a moment after this call began.
    async fn generation(&self) -> Result<i64, ApiError> {
        let asked = Instant::now();
        let mut last = self.last.lock().await;
        if let Some((at, g)) = *last
            && at >= asked
        {
            return Ok(g);
        }
        let began = Instant::now();
        let (reader, db) = (self.reader.clone(), self.db.clone());
        let g = tokio::task::spawn_blocking(move || -> Result<i64, ApiError> {
            let mut r = reader.lock().map_err(|_| ApiError::internal("cache reader poisoned"))?;
            if r.is_none() {
                let s = db.open()?;
                s.set_cache_kib(256)?;
                *r = Some(s);
            }
            match r.as_ref() {
                Some(s) => Ok(s.generation()?),
                None => Err(ApiError::internal("no cache reader")),
            }
        })
        .await
        .map_err(|e| ApiError::internal(e.to_string()))??;
        *last = Some((began, g));
        Ok(g)
    }

    /// The answer to the request `key` (its path and sorted parameters): from the cache when
    /// it was computed at the store's present generation, else computed by `compute` (once,
    /// however many requests ask for it meanwhile) and kept. Errors are not kept.
    pub(crate) async fn answer<F>(&self, key: String, compute: F) -> Result<Response, ApiError>
    where
        F: Future<Output = Result<axum::Json<serde_json::Value>, ApiError>>,
    {
        if self.max_bytes == 0 {
            return compute.await.map(IntoResponse::into_response);
        }
        let generation = self.generation().await?;
        let cell = {
            let mut inner = self.inner.lock().map_err(|_| ApiError::internal("cache poisoned"))?;
            inner.tick += 1;
            let tick = inner.tick;
            match inner.entries.get_mut(&key) {
                Some(e) if e.generation == generation => {
                    e.used = tick;
                    e.answer.clone()
                }
                _ => {
                    let answer = Arc::new(OnceCell::new());
                    let e = Entry { generation, answer: answer.clone(), size: 0, used: tick };
                    if let Some(old) = inner.entries.insert(key.clone(), e) {
                        inner.bytes -= old.size;
                    }
                    answer
                }
            }
        };
        let body = cell
            .get_or_try_init(|| async {
                let json = compute.await?;
                serde_json::to_vec(&json.0)
                    .map(Bytes::from)
                    .map_err(|e| ApiError::internal(e.to_string()))
            })
            .await?
            .clone();
        self.account(&key, &cell, body.len());
        Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
    }

    /// Counts the size of a new answer and drops the least recently used ones beyond the
    /// budgets.
    fn account(&self, key: &str, cell: &Arc<OnceCell<Bytes>>, size: usize) {
        let Ok(mut inner) = self.inner.lock() else { return };
        let inner = &mut *inner;
        if let Some(e) = inner.entries.get_mut(key)
            && Arc::ptr_eq(&e.answer, cell)
            && e.size == 0
        {
            e.size = size;
            inner.bytes += size;
        }
        while inner.bytes > self.max_bytes || inner.entries.len() > MAX_ENTRIES {
            let Some(oldest) =
                inner.entries.iter().min_by_key(|(_, e)| e.used).map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some(e) = inner.entries.remove(&oldest) {
                inner.bytes -= e.size;
            }
        }
    }
}

/// The key of a request: its path and its parameters in order, written so that no two
/// requests share one.
pub(crate) fn key(path: &str, q: &HashMap<String, String>) -> String {
    let mut params: Vec<(&String, &String)> = q.iter().collect();
    params.sort();
    // Debug quotes and escapes every string.
    format!("{:?}", (path, params))
}
