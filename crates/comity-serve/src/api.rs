//! The JSON API handlers.

use crate::AppState;
use crate::shed::Cancel;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use comity_analyse::{Bucket, Ranking, rank_stored, timeline_stored};
use comity_core::{Article, Date};
use comity_store::{
    ArticleMeta, EventFilter, FilterError, Prepared, QuoteFilter, Store, StoreError, parse_actor,
    parse_range,
};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// An error answered as `{"error": "..."}` with its status.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    /// Seconds for `Retry-After` (on 503 answers).
    retry_after: Option<u32>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into(), retry_after: None }
    }
    /// 503 with `Retry-After: 1`: the server sheds this request.
    pub fn busy(m: impl Into<String>) -> ApiError {
        ApiError { retry_after: Some(1), ..ApiError::new(crate::shed::BUSY, m) }
    }
    pub fn bad(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, m)
    }
    pub fn not_found(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, m)
    }
    pub fn internal(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, m)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (self.status, Json(json!({"error": self.message}))).into_response();
        if let Some(s) = self.retry_after {
            r.headers_mut().insert(axum::http::header::RETRY_AFTER, s.into());
        }
        r
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        if e.is_interrupted() {
            return ApiError::busy("the query was stopped at the time limit; narrow it or retry");
        }
        match e {
            // A filter naming an actor the store does not hold is the request's fault.
            StoreError::Filter(f) => ApiError::bad(f.to_string()),
            e => ApiError::internal(e.to_string()),
        }
    }
}

impl From<FilterError> for ApiError {
    fn from(e: FilterError) -> Self {
        ApiError::bad(e.to_string())
    }
}

type Q = Query<HashMap<String, String>>;
type ApiResult = Result<Json<Value>, ApiError>;
/// An answer that may come from the cache of answers ([`crate::cache`]).
type Cached = Result<Response, ApiError>;

/// Runs a store query of `class` (an endpoint, or an endpoint with a costly filter) on a
/// blocking thread, in one of the gate's slots (503 at once when its expected wait and service
/// time would not fit the gate's budget, or the line is full). The query is interrupted when
/// the request is dropped (its client went away or its time ran out) or its time limit
/// passes; the slot is held until the blocking work has really ended.
pub(crate) async fn blocking<T: Send + 'static>(
    st: &AppState,
    class: &'static str,
    f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    run(st, &st.gate, class, f).await
}

/// [`blocking`] in the slots of the heavy queries (rankings and timelines that read every
/// event of an actor), so that they never hold up the quick ones.
pub(crate) async fn heavy<T: Send + 'static>(
    st: &AppState,
    class: &'static str,
    f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    run(st, &st.heavy, class, f).await
}

async fn run<T: Send + 'static>(
    st: &AppState,
    gate: &Arc<crate::shed::Gate>,
    class: &'static str,
    f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let admitted = gate.enter(class).await?;
    let pool = st.pool.clone();
    let cancel = Cancel(Arc::new(AtomicBool::new(false)));
    let flag = cancel.0.clone();
    let deadline = Instant::now() + st.config.request_timeout;
    let out = tokio::task::spawn_blocking(move || {
        // The slot is freed, and its time recorded, when the work has ended (also by a panic).
        let _admitted = admitted;
        pool.with(move |store| {
            store.interruptible(
                move || flag.load(Ordering::Relaxed) || Instant::now() >= deadline,
                f,
            )?
        })
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?;
    drop(cancel);
    out
}

fn offset(q: &HashMap<String, String>) -> Result<usize, ApiError> {
    let n = num(q, "offset", 0, usize::MAX)?;
    check_offset(n)?;
    Ok(n)
}

/// SQLite takes offsets up to 2^63 - 1: a larger one is the request's fault, not a 500.
fn check_offset(n: usize) -> Result<(), ApiError> {
    if n > i64::MAX as usize {
        return Err(ApiError::bad(format!("offset must be at most {}", i64::MAX)));
    }
    Ok(())
}

fn num(
    q: &HashMap<String, String>,
    k: &str,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match q.get(k) {
        Some(v) => v
            .parse::<usize>()
            .map(|n| n.min(max))
            .map_err(|_| ApiError::bad(format!("{k} must be a whole number"))),
        None => Ok(default),
    }
}

fn code_param(v: &str) -> Result<String, ApiError> {
    Ok(parse_actor("code", v)?)
}

/// `since` and `until`, checked by the parser the command line uses.
fn range_param(q: &HashMap<String, String>) -> Result<(Option<Date>, Option<Date>), ApiError> {
    let get = |k: &str| q.get(k).map(String::as_str).filter(|v| !v.is_empty());
    Ok(parse_range(get("since"), get("until"))?)
}

/// The event filter of the query parameters: the one parser the command line uses, with the
/// API's page size (50 by default, at most 1000).
fn event_filter(q: &HashMap<String, String>) -> Result<EventFilter, ApiError> {
    let mut f = EventFilter::parse(q.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
    f.limit = Some(f.limit.unwrap_or(50).min(1000));
    check_offset(f.offset)?;
    Ok(f)
}

/// The total that match: counted only when the page is full.
fn total(
    shown: usize,
    limit: Option<usize>,
    offset: usize,
    count: impl FnOnce() -> Result<u64, ApiError>,
) -> Result<u64, ApiError> {
    if limit.is_some_and(|l| shown >= l) { count() } else { Ok((offset + shown) as u64) }
}

/// The counts (the store's running totals: one small table), read at most once every
/// [`STATUS_TTL`] whatever the number of clients.
pub async fn status(State(st): State<AppState>) -> ApiResult {
    let ingest = st.config.token.is_some();
    let mut cached = st.status.lock().await;
    if let Some((at, v)) = cached.as_ref()
        && at.elapsed() < STATUS_TTL
    {
        return Ok(Json(v.clone()));
    }
    let v = blocking(&st, "status", move |s| {
        let stats = s.stats()?;
        Ok(json!({"stats": stats, "schema": s.schema_version()?, "ingest_enabled": ingest}))
    })
    .await?;
    *cached = Some((Instant::now(), v.clone()));
    Ok(Json(v))
}

/// How long `/api/status` answers from its last count.
pub const STATUS_TTL: Duration = Duration::from_secs(2);

/// The class of an event list for the gate's estimates: a dyad filter, an actor filter and
/// other filters cost differently.
fn events_class(q: &HashMap<String, String>) -> &'static str {
    let has = |k: &str| q.get(k).is_some_and(|v| !v.is_empty());
    if has("dyad") {
        "events?dyad"
    } else if has("actor") || has("source") || has("target") {
        "events?actor"
    } else if q.keys().any(|k| !matches!(k.as_str(), "limit" | "offset" | "total")) {
        "events?filter"
    } else {
        "events"
    }
}

pub async fn events(State(st): State<AppState>, Query(q): Q) -> ApiResult {
    let f = event_filter(&q)?;
    let class = events_class(&q);
    let (limit, offset) = (f.limit, f.offset);
    let cap = match q.get("total").map(String::as_str) {
        // Unless asked for an exact total, events are counted up to one page past this one:
        // enough to know whether a next page exists, at about the cost of the page itself
        // (an exact count over a million mentions takes some 0.3 s).
        None | Some("") => Some((offset + 2 * limit.unwrap_or(0)).max(1) as u64),
        Some("exact") => None,
        Some(o) => return Err(ApiError::bad(format!("total takes exact, not '{o}'"))),
    };
    blocking(&st, class, move |s| {
        s.check_filter(&f)?;
        let events = s.events(&f)?;
        let mut exact = true;
        let total = total(events.len(), limit, offset, || {
            let (n, e) = s.count_events_upto(&f, cap)?;
            exact = e;
            Ok(n)
        })?;
        Ok(Json(json!({"events": events, "total": total, "total_exact": exact, "limit": limit, "offset": offset})))
    })
    .await
}

pub async fn event(State(st): State<AppState>, Path(id): Path<i64>) -> ApiResult {
    blocking(&st, "event", move |s| {
        let m = s.mentions_of(id)?;
        if m.is_empty() {
            return Err(ApiError::not_found(format!("no event {id}")));
        }
        // The articles of the mentions (title, URL...), by their row id, without their text.
        let mut articles = serde_json::Map::new();
        for a in &m {
            let key = a.article_id.to_string();
            if !articles.contains_key(&key)
                && let Some((meta, _)) = s.article(a.article_id)?
            {
                articles.insert(key, json!(meta));
            }
        }
        Ok(Json(json!({"event": id, "mentions": m, "articles": articles})))
    })
    .await
}

pub async fn quotes(State(st): State<AppState>, Query(q): Q) -> ApiResult {
    let mut f = QuoteFilter::parse(q.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
    f.limit = Some(f.limit.unwrap_or(50).min(1000));
    check_offset(f.offset)?;
    let (limit, offset) = (f.limit, f.offset);
    blocking(&st, "quotes", move |s| {
        let quotes = s.quotes(&f)?;
        let total = total(quotes.len(), limit, offset, || Ok(s.count_quotes(&f)?))?;
        Ok(Json(json!({"quotes": quotes, "total": total, "limit": limit, "offset": offset})))
    })
    .await
}

pub async fn actors(State(st): State<AppState>, Query(q): Q) -> ApiResult {
    let code = q.get("code").filter(|v| !v.is_empty()).map(|v| code_param(v)).transpose()?;
    let limit = num(&q, "limit", 50, 1000)?;
    let offset = offset(&q)?;
    blocking(&st, "actors", move |s| {
        let actors = s.actors(code.as_deref(), Some(limit), offset)?;
        let total =
            total(actors.len(), Some(limit), offset, || Ok(s.count_actors(code.as_deref())?))?;
        Ok(Json(json!({"actors": actors, "total": total, "limit": limit, "offset": offset})))
    })
    .await
}

async fn ranking(
    st: AppState,
    actor: String,
    q: HashMap<String, String>,
    side: Ranking,
) -> ApiResult {
    let actor = code_param(&actor)?;
    let limit = num(&q, "limit", 10, 200)?;
    let evidence = num(&q, "evidence", 3, 20)?;
    let (since, until) = range_param(&q)?;
    heavy(&st, side.as_str(), move |s| {
        s.check_actor("actor", &actor)?;
        let ranked = rank_stored(s, &actor, since, until, evidence, side, limit)?;
        Ok(Json(json!(ranked)))
    })
    .await
}

pub async fn allies(
    State(st): State<AppState>,
    uri: Uri,
    Path(actor): Path<String>,
    Query(q): Q,
) -> Cached {
    let (answers, key) = (st.answers.clone(), crate::cache::key(uri.path(), &q));
    answers.answer(key, ranking(st, actor, q, Ranking::Allies)).await
}

pub async fn rivals(
    State(st): State<AppState>,
    uri: Uri,
    Path(actor): Path<String>,
    Query(q): Q,
) -> Cached {
    let (answers, key) = (st.answers.clone(), crate::cache::key(uri.path(), &q));
    answers.answer(key, ranking(st, actor, q, Ranking::Rivals)).await
}

/// Every partner of an actor with its cooperation score (for the map): the same partners and
/// scores as the rankings, both ends of the scale, without evidence.
pub async fn partners(
    State(st): State<AppState>,
    uri: Uri,
    Path(actor): Path<String>,
    Query(q): Q,
) -> Cached {
    let (answers, key) = (st.answers.clone(), crate::cache::key(uri.path(), &q));
    answers.answer(key, partners_answer(st, actor, q)).await
}

async fn partners_answer(st: AppState, actor: String, q: HashMap<String, String>) -> ApiResult {
    let actor = code_param(&actor)?;
    let (since, until) = range_param(&q)?;
    heavy(&st, "partners", move |s| {
        s.check_actor("actor", &actor)?;
        // From the running totals per dyad and period.
        let (events, p) = comity_analyse::partners_stored(s, &actor, since, until)?;
        Ok(Json(json!({"actor": actor, "events": events, "partners": p})))
    })
    .await
}

pub async fn dyad(
    State(st): State<AppState>,
    uri: Uri,
    Path((a, b)): Path<(String, String)>,
    Query(q): Q,
) -> Cached {
    let (answers, key) = (st.answers.clone(), crate::cache::key(uri.path(), &q));
    answers.answer(key, dyad_answer(st, a, b, q)).await
}

async fn dyad_answer(st: AppState, a: String, b: String, q: HashMap<String, String>) -> ApiResult {
    let (a, b) = (code_param(&a)?, code_param(&b)?);
    let by = q.get("by").map_or("month", String::as_str);
    let Some(bucket) = Bucket::parse(by) else {
        return Err(ApiError::bad(format!("by takes month or week, not '{by}'")));
    };
    let (since, until) = range_param(&q)?;
    heavy(&st, "dyad", move |s| {
        s.check_actor("a", &a)?;
        s.check_actor("b", &b)?;
        // From the running totals per dyad and day, and the 200 most mentioned events;
        // events_total says how many there are.
        let t = timeline_stored(s, &a, &b, since, until, bucket)?;
        let events_total: usize = t.iter().map(|p| p.events).sum();
        let list = s.dyad_events(&a, &b, since, until, 200)?;
        Ok(Json(
            json!({"a": a, "b": b, "periods": t, "events": list, "events_total": events_total}),
        ))
    })
    .await
}

pub async fn flows(State(st): State<AppState>, Path((a, b)): Path<(String, String)>) -> ApiResult {
    let (a, b) = (code_param(&a)?, code_param(&b)?);
    blocking(&st, "flows", move |s| {
        let rows = s.flows(&a, &b)?;
        let mut by: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for r in &rows {
            let mut dirs = vec![format!("{}>{}", r.from, r.to)];
            if r.mutual {
                dirs.push(format!("{}>{}", r.to, r.from));
            }
            for d in dirs {
                for g in &r.goods {
                    *by.entry(d.clone()).or_default().entry(g.clone()).or_default() += 1;
                }
            }
        }
        Ok(Json(json!({"a": a, "b": b, "directions": by, "evidence": rows})))
    })
    .await
}

/// The actor network: the most active actors (country level) and the events between them,
/// from the running totals the store keeps.
///
/// With `since` or `until` the network counts the merged events of that period (a heavy
/// query: it reads them all); `min` drops the edges of fewer merged events.
pub async fn network(State(st): State<AppState>, uri: Uri, Query(q): Q) -> Cached {
    let (answers, key) = (st.answers.clone(), crate::cache::key(uri.path(), &q));
    answers.answer(key, network_answer(st, q)).await
}

async fn network_answer(st: AppState, q: HashMap<String, String>) -> ApiResult {
    let limit = num(&q, "limit", 40, 300)?;
    let min = num(&q, "min", 1, 1_000_000)? as i64;
    let (since, until) = range_param(&q)?;
    let answer = move |(nodes, edges): (Vec<(String, i64)>, Vec<comity_store::EdgeRow>),
                       nodes_total: usize| {
        let nodes: Vec<Value> =
            nodes.iter().map(|(n, v)| json!({"id": n, "mentions": v})).collect();
        let edges: Vec<_> = edges.into_iter().filter(|e| e.events >= min).collect();
        let range = |d: Option<Date>| d.map(|d| d.to_string());
        Json(json!({"nodes": nodes, "edges": edges, "nodes_total": nodes_total, "min": min,
            "since": range(since), "until": range(until)}))
    };
    if since.is_none() && until.is_none() {
        return blocking(&st, "network", move |s| {
            Ok(answer(s.network(limit)?, s.actor_volumes()?.len()))
        })
        .await;
    }
    heavy(&st, "network?range", move |s| {
        let all = s.network_between(since, until, usize::MAX, min)?;
        let nodes_total = all.0.len();
        let (mut nodes, edges) = all;
        nodes.truncate(limit);
        let keep: std::collections::HashSet<String> = nodes.iter().map(|n| n.0.clone()).collect();
        let edges =
            edges.into_iter().filter(|e| keep.contains(&e.source) && keep.contains(&e.target));
        Ok(answer((nodes, edges.collect()), nodes_total))
    })
    .await
}

pub async fn places(State(st): State<AppState>, Query(q): Q) -> ApiResult {
    let limit = num(&q, "limit", 200, 2000)?;
    let offset = offset(&q)?;
    blocking(&st, "places", move |s| {
        let places = s.places_page(Some(limit), offset)?;
        let total = total(places.len(), Some(limit), offset, || Ok(s.count_places()?))?;
        Ok(Json(json!({"places": places, "total": total, "limit": limit, "offset": offset})))
    })
    .await
}

pub async fn articles(State(st): State<AppState>, Query(q): Q) -> ApiResult {
    let (limit, offset) = (num(&q, "limit", 50, 1000)?, offset(&q)?);
    blocking(&st, "articles", move |s| {
        let articles = s.articles(limit, offset)?;
        let total = total(articles.len(), Some(limit), offset, || Ok(s.count_articles()?))?;
        Ok(Json(json!({"articles": articles, "total": total, "limit": limit, "offset": offset})))
    })
    .await
}

pub async fn article(State(st): State<AppState>, Path(id): Path<i64>) -> ApiResult {
    blocking(&st, "article", move |s| match s.article(id)? {
        Some((meta, text)) => {
            let (amounts, people) = s.annotations(id)?;
            Ok(Json(json!({"article": meta, "text": text, "amounts": amounts, "people": people})))
        }
        None => Err(ApiError::not_found(format!("no article {id}"))),
    })
    .await
}

/// `POST /api/ingest` with `Authorization: Bearer TOKEN` and `{"articles": [{id, date, title, text}]}`
/// (or one such object). Exists only when the server was started with a token.
pub async fn ingest(
    State(st): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let Some(token) = st.config.token.clone() else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "this server is read-only; start it with --token to accept articles",
        ));
    };
    let given = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(given.as_bytes(), token.as_bytes()) {
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, "missing or wrong bearer token"));
    }
    let v: Value =
        serde_json::from_slice(&body).map_err(|e| ApiError::bad(format!("malformed JSON: {e}")))?;
    let list: Vec<Value> = match v.get("articles") {
        Some(Value::Array(a)) => a.clone(),
        _ => vec![v],
    };
    let mut articles = Vec::new();
    let mut urls = Vec::new();
    for (k, a) in list.iter().enumerate() {
        if let Some(url) = a.get("url").filter(|_| a.get("text").is_none()) {
            if !st.config.allow_fetch {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "fetching URLs is not enabled on this server",
                ));
            }
            match url.as_str().filter(|u| comity_ingest::is_url(u)) {
                Some(u) => urls.push((k, u.to_string())),
                None => return Err(ApiError::bad(format!("article {k}: url must be http(s)"))),
            }
            continue;
        }
        let text = a
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| ApiError::bad(format!("article {k}: no \"text\"")))?;
        if let Err(m) = comity_ingest::check_text(text) {
            return Err(ApiError::bad(format!("article {k}: {m}")));
        }
        let date =
            match a.get("date").and_then(Value::as_str) {
                Some(d) => Some(Date::parse(d).ok_or_else(|| {
                    ApiError::bad(format!("article {k}: date must be YYYY-MM-DD"))
                })?),
                None => None,
            };
        let id = a
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("api-{k}"));
        articles.push(Article {
            id,
            date,
            title: a.get("title").and_then(Value::as_str).map(str::to_string),
            text: text.to_string(),
            byline: None,
            url: None,
        });
    }
    let coder = st.coder.clone();
    let writer = st.writer.clone();
    let db = st.config.db.clone();
    let cache_kib = st.pool.cache_kib;
    let fetch = comity_ingest::web::FetchOptions {
        timeout: st.config.request_timeout,
        max_bytes: st.config.max_body as u64 * 8,
        allow_private: st.config.allow_private_addresses,
        ..Default::default()
    };
    let admitted = st.gate.enter("ingest").await?;
    let outcomes = tokio::task::spawn_blocking(move || -> Result<Vec<String>, ApiError> {
        let _admitted = admitted;
        if !urls.is_empty() {
            articles.extend(fetch_all(&urls, fetch)?);
        }
        let prepared: Vec<Prepared> = articles
            .iter()
            .map(|a| {
                let meta = ArticleMeta {
                    ext_id: a.id.clone(),
                    source: "api".into(),
                    url: a.url.clone(),
                    title: a.title.clone(),
                    byline: a.byline.clone(),
                    date: a.date,
                };
                Prepared::new(meta, a.text.clone(), coder.code(a))
            })
            .collect();
        let mut guard = writer.lock().map_err(|_| ApiError::internal("writer lock poisoned"))?;
        if guard.is_none() {
            let s = db.open()?;
            s.set_cache_kib(cache_kib)?;
            *guard = Some(s);
        }
        let store = guard.as_mut().expect("opened above");
        Ok(store.insert(&prepared)?.into_iter().map(|o| format!("{o:?}")).collect())
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))??;
    Ok((StatusCode::CREATED, Json(json!({"outcomes": outcomes}))))
}

/// The articles behind the URLs given to `POST /api/ingest`, fetched as `comity ingest` fetches
/// (never from a non-public address unless the server allows it); any failure fails the
/// request, so nothing is stored.
fn fetch_all(
    urls: &[(usize, String)],
    options: comity_ingest::web::FetchOptions,
) -> Result<Vec<Article>, ApiError> {
    let max_article_bytes = usize::try_from(options.max_bytes).unwrap_or(usize::MAX);
    let opts = comity_ingest::ReadOptions {
        default_date: None,
        max_article_bytes,
        fetcher: Some(Arc::new(comity_ingest::web::Fetcher::new(options))),
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (k, url) in urls {
        comity_ingest::read_source(
            &comity_ingest::Source::Url(url.clone()),
            &opts,
            &mut |r| match r {
                Ok(a) => out.push(a),
                Err(e) => errors.push(format!("article {k}: {e}")),
            },
        );
    }
    if !errors.is_empty() {
        return Err(ApiError::bad(errors.join("; ")));
    }
    Ok(out)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
