//! Store stage: an embedded SQLite database of articles and everything coded from them.
//!
//! One file (`--db PATH`), a versioned schema with migrations (`PRAGMA user_version`), and
//! provenance for every fact (article, sentence, byte span). Articles are keyed by a content
//! hash, so storing the same article twice stores it once; near-duplicates (syndicated copies)
//! are found by SimHash and stored as duplicates that add nothing to event counts. Events are
//! merged into clusters: the same source, target and code within a date window is one event,
//! with counts of its mentions, articles and sources; mentions of events without a target
//! merge only when their sentences agree as well (the module `agree`). Each batch is one transaction, so an
//! interrupted ingest loses nothing that was committed and leaves the store consistent.

mod agree;
mod filter;
mod pg;
mod pgwrite;
mod query;
mod schema;
pub mod simhash;
mod totals;

use comity_core::{CodedArticle, Date};
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub use filter::{
    FilterError, MODALITIES, parse_actor, parse_cameo, parse_date, parse_number, parse_range,
};
pub use pgwrite::{PHASES, Phases};
pub use query::{
    ActorRow, ArticleRow, EdgeRow, EventFilter, EventRow, FlowRow, MentionRow, PlaceSummary,
    QuoteFilter, QuoteRow, Stats, goldstein,
};
pub use rusqlite::types::Value;
pub use totals::{DyadTotal, PairEvent, event_weight, modality_weight, quad_weight};

/// Days either side within which mentions of the same dyad and code are one event.
pub const MERGE_WINDOW_DAYS: i64 = 3;
/// SimHash distance at or below which two articles (of similar length, 600 bytes or more) are copies.
pub const NEAR_DUPLICATE_BITS: u32 = 5;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Sqlite { path: String, source: rusqlite::Error },
    /// An error from a PostgreSQL store.
    #[error("database {path}: {}", pg_message(source))]
    Postgres { path: String, source: postgres::Error },
    /// Rows could not be sent to a PostgreSQL store (`COPY`).
    #[error("database {path}: sending rows: {source}")]
    Copy { path: String, source: std::io::Error },
    /// A value read from the store that is not of the type expected.
    #[error("database {path}: reading a value: {source}")]
    Value { path: String, source: rusqlite::Error },
    /// Something this backend does not do (yet).
    #[error("database {path}: {what} is not available on the {backend} backend")]
    Unsupported { path: String, backend: &'static str, what: String },
    #[error(
        "database {path}: schema version {found} is newer than this comity understands ({known}); upgrade comity"
    )]
    TooNew { path: String, found: i64, known: i64 },
    #[error("cannot create the folder for the database {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    /// A filter that names something the store does not hold.
    #[error(transparent)]
    Filter(#[from] FilterError),
}

impl StoreError {
    /// Whether a statement was interrupted (see [`Store::interruptible`]).
    pub fn is_interrupted(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite { source: rusqlite::Error::SqliteFailure(e, _), .. }
                if e.code == rusqlite::ErrorCode::OperationInterrupted
        )
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A PostgreSQL error with the server's own message when there is one.
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => e.to_string(),
    }
}

/// The SQL engine behind a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// An embedded SQLite file (the default).
    Sqlite,
    /// A PostgreSQL server (`--db postgres://...`).
    Postgres,
}

impl Dialect {
    /// The backend's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Sqlite => "SQLite",
            Dialect::Postgres => "PostgreSQL",
        }
    }

    /// The current time, `2026-12-02T00:40:58Z`.
    pub(crate) fn now(self) -> &'static str {
        match self {
            Dialect::Sqlite => "strftime('%Y-%m-%dT%H:%M:%SZ','now')",
            Dialect::Postgres => {
                "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
            }
        }
    }

    /// The bytes `start..end` of `text` (byte offsets, as spans are stored), as text.
    pub(crate) fn span(self, text: &str, start: &str, end: &str) -> String {
        match self {
            Dialect::Sqlite => {
                format!("CAST(substr(CAST({text} AS BLOB), {start} + 1, {end} - {start}) AS TEXT)")
            }
            Dialect::Postgres => format!(
                "convert_from(substring(convert_to({text}, 'UTF8') FROM ({start} + 1)::int FOR ({end} - {start})::int), 'UTF8')"
            ),
        }
    }

    /// Case-insensitive (ASCII) pattern matching: SQLite's LIKE is, PostgreSQL's ILIKE.
    pub(crate) fn like(self) -> &'static str {
        match self {
            Dialect::Sqlite => "LIKE",
            Dialect::Postgres => "ILIKE",
        }
    }
}

/// Where a store lives: a SQLite file, or a PostgreSQL database named by a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite file.
    File(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Postgres(String),
}

impl Location {
    /// Reads a `--db` value: a PostgreSQL URL, or else a file path.
    pub fn parse(s: &str) -> Location {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Location::Postgres(s.to_string())
        } else {
            Location::File(PathBuf::from(s))
        }
    }

    /// Opens (creating if need be) the store.
    pub fn open(&self) -> Result<Store> {
        match self {
            Location::File(p) => Store::open(p),
            Location::Postgres(url) => Store::open_postgres(url),
        }
    }

    /// Whether there is a store here to read (a PostgreSQL database always counts: opening it
    /// creates the schema).
    pub fn exists(&self) -> bool {
        match self {
            Location::File(p) => p.exists(),
            Location::Postgres(_) => true,
        }
    }
}

impl From<PathBuf> for Location {
    fn from(p: PathBuf) -> Location {
        Location::File(p)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Postgres(url) => f.write_str(&pg::redact(url)),
        }
    }
}

/// The statements both backends run to store an article's events and keep the counts (the
/// merging rules). `?N` placeholders; PostgreSQL gets them rendered as `$N`.
pub(crate) fn insert_article_sql(d: Dialect) -> String {
    format!(
        "INSERT INTO articles (ext_id, source, url, title, byline, date, hash, simhash, duplicate_of, length, sentences, events, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, {})
         ON CONFLICT(hash) DO NOTHING RETURNING id",
        d.now()
    )
}
pub(crate) const INSERT_EVENT_SQL: &str = "INSERT INTO events (article_id, cluster_id, sentence, span_start, span_end, trigger_text, trigger_start, trigger_end,
              source_code, source_text, target_code, target_text, code, root, quad_class, goldstein, modality, attributed_to, place, event_date, date,
              source_start, source_end, target_start, target_end, origin)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)";
pub(crate) const INSERT_FLOW_SQL: &str = "INSERT INTO flows (article_id, from_code, to_code, goods, mutual, sentence, span_start, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
/// A merged event's counts after mention `?4` from source `?3` joined merged event `?1` (the
/// mention is stored): `?2` is 1 when it is its article's first mention of the event; the
/// source counts once, with its first mention.
pub(crate) const COUNT_MENTION_SQL: &str = "UPDATE clusters SET mentions = mentions + 1, articles = articles + ?2,
    sources = sources + CASE WHEN (SELECT count(*) FROM (SELECT 1 FROM events WHERE cluster_id = ?1 AND origin = ?3 LIMIT 2) AS n) = 1 THEN 1 ELSE 0 END,
    first_event = coalesce(first_event, ?4) WHERE id = ?1";
pub(crate) const EXTEND_CLUSTER_SQL: &str =
    "UPDATE clusters SET first_day = ?2, last_day = ?3 WHERE id = ?1";
/// The columns the probe for the merged event a mention joins reads.
pub(crate) const CLUSTER_COLUMNS: &str =
    "id, first_day, last_day, articles, day, quad_class, modality";
pub(crate) const NEW_CLUSTER_SQL: &str = "INSERT INTO clusters (source_code, target_code, code, first_day, last_day, day, quad_class, modality, agree, text_key) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, ?9)";

/// Where an article came from, besides its text.
#[derive(Debug, Clone, Default)]
pub struct ArticleMeta {
    /// The article's own identifier (JSON Lines `id`, file name, URL).
    pub ext_id: String,
    /// The input it was read from (file path, feed URL).
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<Date>,
}

/// What happened to an article handed to [`Store::insert`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Stored, with this row id.
    Stored(i64),
    /// The same text was already stored.
    AlreadyStored(i64),
    /// Stored as a near-duplicate of this article; its events count once.
    NearDuplicate { id: i64, of: i64 },
}

/// An article ready to store: its hashes are computed off the writer thread.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub meta: ArticleMeta,
    pub text: String,
    pub coded: CodedArticle,
    pub hash: String,
    pub simhash: u64,
    /// The amounts and people as JSON (as stored), when there are any.
    pub annotations: Option<(String, String)>,
}

impl Prepared {
    pub fn new(meta: ArticleMeta, text: String, coded: CodedArticle) -> Prepared {
        let hash = content_hash(&text);
        Prepared::with_hash(meta, text, coded, hash)
    }

    /// As [`Prepared::new`], with the content hash already computed.
    pub fn with_hash(
        meta: ArticleMeta,
        text: String,
        coded: CodedArticle,
        hash: String,
    ) -> Prepared {
        let simhash = simhash::simhash(&text);
        let annotations = (!coded.amounts.is_empty() || !coded.people.is_empty()).then(|| {
            let json = |v: serde_json::Result<String>| v.unwrap_or_else(|_| "[]".into());
            (
                json(serde_json::to_string(&coded.amounts)),
                json(serde_json::to_string(&coded.people)),
            )
        });
        Prepared { meta, text, coded, hash, simhash, annotations }
    }
}

/// A store: a SQLite file or a PostgreSQL database, behind one interface.
pub struct Store {
    conn: Conn,
    path: String,
    /// SimHash bands of the stored originals, loaded on the first insert and kept up to date.
    bands: Option<simhash::BandIndex>,
}

/// The connection of one of the two backends.
pub(crate) enum Conn {
    Sqlite(Connection),
    Postgres(Box<std::cell::RefCell<pg::Pg>>),
}

/// The hash that identifies an article's text (white space folded).
pub fn content_hash(text: &str) -> String {
    // Words joined by single spaces, fed in large pieces (the same bytes as word by word).
    let mut h = Sha256::new();
    let mut buf: Vec<u8> = Vec::with_capacity(text.len().min(1 << 16) + 64);
    for w in text.split_whitespace() {
        buf.extend_from_slice(w.as_bytes());
        buf.push(b' ');
        if buf.len() >= 1 << 16 {
            h.update(&buf);
            buf.clear();
        }
    }
    h.update(&buf);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in h.finalize() {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// The default database: `$XDG_DATA_HOME/comity/comity.db`, or `~/.local/share/comity/comity.db`.
pub fn default_path() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("comity").join("comity.db")
}

impl Store {
    pub fn open(path: &Path) -> Result<Store> {
        let name = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Folder { path: name.clone(), source: e })?;
        }
        let conn = Connection::open(path)
            .map_err(|e| StoreError::Sqlite { path: name.clone(), source: e })?;
        Store::setup(conn, name)
    }

    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()
            .map_err(|e| StoreError::Sqlite { path: ":memory:".into(), source: e })?;
        Store::setup(conn, ":memory:".into())
    }

    /// Opens (creating its schema if need be) the PostgreSQL store at `url`
    /// (`postgres://user:password@host:port/database`).
    pub fn open_postgres(url: &str) -> Result<Store> {
        let path = pg::redact(url);
        let mut conn = pg::Pg::connect(url)
            .map_err(|e| StoreError::Postgres { path: path.clone(), source: e })?;
        conn.migrate(&path)?;
        Ok(Store {
            conn: Conn::Postgres(Box::new(std::cell::RefCell::new(conn))),
            path,
            bands: None,
        })
    }

    /// The SQLite connection (tests only).
    #[cfg(test)]
    fn sqlite(&self) -> &Connection {
        match &self.conn {
            Conn::Sqlite(c) => c,
            Conn::Postgres(_) => panic!("a SQLite store was expected"),
        }
    }

    /// The engine behind this store.
    pub fn dialect(&self) -> Dialect {
        match self.conn {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The error for something this store's backend does not do.
    pub fn unsupported(&self, what: &str) -> StoreError {
        StoreError::Unsupported {
            path: self.path.clone(),
            backend: self.dialect().name(),
            what: what.to_string(),
        }
    }

    fn setup(conn: Connection, path: String) -> Result<Store> {
        let mut s = Store { conn: Conn::Sqlite(conn), path, bands: None };
        s.wrap(|c| {
            c.busy_timeout(std::time::Duration::from_secs(30))?;
            // 16 KiB pages for a new store: an ingest writes a third fewer pages than with the
            // 4 KiB default (an existing store keeps its page size).
            c.pragma_update(None, "page_size", 16384)?;
            c.set_prepared_statement_cache_capacity(256);
            // Switching a new store to WAL needs a moment's exclusive lock; another process
            // opening it at the same moment may hold it (SQLite may answer "busy" here
            // without waiting), so try again for as long as the busy timeout.
            let started = std::time::Instant::now();
            loop {
                match c.pragma_update(None, "journal_mode", "WAL") {
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if matches!(
                            e.code,
                            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                        ) && started.elapsed() < std::time::Duration::from_secs(30) =>
                    {
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    r => break r?,
                }
            }
            c.pragma_update(None, "synchronous", "NORMAL")?;
            c.pragma_update(None, "cache_size", -65536)?;
            c.pragma_update(None, "temp_store", "MEMORY")?;
            c.pragma_update(None, "foreign_keys", "ON")?;
            Ok(())
        })?;
        schema::migrate(&mut s)?;
        Ok(s)
    }

    /// Sets this connection's page cache, in KiB (a store opens with 64 MiB). A server keeping
    /// several connections sets a share of its total budget on each.
    pub fn set_cache_kib(&self, kib: u32) -> Result<()> {
        if self.dialect() == Dialect::Postgres {
            // The server manages its own cache.
            return Ok(());
        }
        self.wrap(|c| c.pragma_update(None, "cache_size", -i64::from(kib.max(64))))
    }

    /// Runs `f` while SQLite calls `stop` every thousand or so virtual-machine steps: once it
    /// answers true, the running statement (and any started after) fails with an interrupt
    /// error ([`StoreError::is_interrupted`]), so a query nobody waits for any more ends early.
    pub fn interruptible<T>(
        &mut self,
        stop: impl FnMut() -> bool + Send + 'static,
        f: impl FnOnce(&Store) -> T,
    ) -> Result<T> {
        // On PostgreSQL a query runs to its end (the server's statement_timeout bounds it).
        let Conn::Sqlite(conn) = &mut self.conn else { return Ok(f(self)) };
        conn.progress_handler(1000, Some(stop))
            .map_err(|e| StoreError::Sqlite { path: self.path.clone(), source: e })?;
        let out = f(self);
        let Conn::Sqlite(conn) = &mut self.conn else { return Ok(out) };
        conn.progress_handler(0, None::<fn() -> bool>)
            .map_err(|e| StoreError::Sqlite { path: self.path.clone(), source: e })?;
        Ok(out)
    }

    /// Runs `f` on the SQLite connection (an [`StoreError::Unsupported`] error on PostgreSQL).
    pub(crate) fn wrap<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        match &self.conn {
            Conn::Sqlite(c) => {
                f(c).map_err(|e| StoreError::Sqlite { path: self.path.clone(), source: e })
            }
            Conn::Postgres(_) => Err(self.unsupported("this SQLite-only operation")),
        }
    }

    /// The rows of a query on either backend, as SQLite values (SQL as written for SQLite,
    /// with `?N` placeholders), with the names of its columns.
    pub(crate) fn select(
        &self,
        sql: &str,
        args: &[Value],
    ) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
        match &self.conn {
            Conn::Sqlite(c) => {
                let run = || -> rusqlite::Result<(Vec<String>, Vec<Vec<Value>>)> {
                    let mut stmt = c.prepare_cached(sql)?;
                    let cols: Vec<String> = stmt.column_names().map(String::from).collect();
                    let n = cols.len();
                    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                        (0..n)
                            .map(|i| r.get::<_, Value>(i))
                            .collect::<rusqlite::Result<Vec<Value>>>()
                    })?;
                    Ok((cols, rows.collect::<rusqlite::Result<Vec<_>>>()?))
                };
                run().map_err(|e| StoreError::Sqlite { path: self.path.clone(), source: e })
            }
            Conn::Postgres(p) => p
                .borrow_mut()
                .select(sql, args)
                .map_err(|e| StoreError::Postgres { path: self.path.clone(), source: e }),
        }
    }

    /// [`Store::select`], each row read into a `T` by `f` (which reads cells with
    /// [`Cells::get`]).
    pub(crate) fn select_map<T>(
        &self,
        sql: &str,
        args: &[Value],
        mut f: impl FnMut(&Cells<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let (_, rows) = self.select(sql, args)?;
        rows.iter()
            .map(|r| f(&Cells(r)))
            .collect::<rusqlite::Result<Vec<T>>>()
            .map_err(|e| StoreError::Value { path: self.path.clone(), source: e })
    }

    /// The first row of a query, read by `f`, if there is one.
    pub(crate) fn select_one<T>(
        &self,
        sql: &str,
        args: &[Value],
        f: impl FnMut(&Cells<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        Ok(self.select_map(sql, args, f)?.into_iter().next())
    }

    /// A count (the first column of the first row) on either backend.
    pub(crate) fn count(&self, sql: &str, args: &[Value]) -> Result<i64> {
        Ok(self.select_one(sql, args, |r| r.get::<i64>(0))?.unwrap_or(0))
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The schema version (the same number on both backends for the same tables).
    pub fn schema_version(&self) -> Result<i64> {
        match &self.conn {
            Conn::Postgres(p) => p
                .borrow_mut()
                .schema_version()
                .map_err(|e| StoreError::Postgres { path: self.path.clone(), source: e }),
            Conn::Sqlite(_) => {
                self.wrap(|c| c.pragma_query_value(None, "user_version", |r| r.get(0)))
            }
        }
    }

    /// The id of the stored article with this text, if any.
    pub fn find_article(&self, hash: &str) -> Result<Option<i64>> {
        self.select_one(
            "SELECT id FROM articles WHERE hash = ?1",
            &[Value::Text(hash.into())],
            |r| r.get(0),
        )
    }

    /// Records an input that could not be ingested.
    pub fn record_error(&self, input: &str, line: Option<usize>, message: &str) -> Result<()> {
        let sql = format!(
            "INSERT INTO errors (input, line, message, at) VALUES (?1, ?2, ?3, {})",
            self.dialect().now()
        );
        let row = vec![
            Value::Text(input.into()),
            line.map_or(Value::Null, |l| Value::Integer(l as i64)),
            Value::Text(message.into()),
        ];
        let count = vec![Value::Integer(1), Value::Text("errors".into())];
        self.execute_all(&[(&sql, row), (totals::COUNTER_SQL, count)])
    }

    /// Runs statements in one transaction on either backend.
    fn execute_all(&self, stmts: &[(&str, Vec<Value>)]) -> Result<()> {
        match &self.conn {
            Conn::Sqlite(c) => (|| {
                let tx = c.unchecked_transaction()?;
                for (q, a) in stmts {
                    tx.prepare_cached(q)?.execute(rusqlite::params_from_iter(a.iter()))?;
                }
                tx.commit()
            })()
            .map_err(|e| StoreError::Sqlite { path: self.path.clone(), source: e }),
            Conn::Postgres(p) => p
                .borrow_mut()
                .execute_all(stmts)
                .map_err(|e| StoreError::Postgres { path: self.path.clone(), source: e }),
        }
    }

    /// Stores a batch of coded articles in one transaction.
    pub fn insert(&mut self, batch: &[Prepared]) -> Result<Vec<Outcome>> {
        let path = self.path.clone();
        let sql = |e| StoreError::Sqlite { path: path.clone(), source: e };
        // Originals stored since the index was read (by this connection or another one).
        // The write lock is taken first (waiting for other writers up to the busy timeout), so
        // that the catch-up sees every article committed before this batch.
        let mut bands = self.bands.take().unwrap_or_default();
        let conn = match &mut self.conn {
            Conn::Sqlite(c) => c,
            Conn::Postgres(p) => {
                let out = p.get_mut().insert(batch, &mut bands, &path)?;
                self.bands = Some(bands);
                return Ok(out);
            }
        };
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sql)?;
        bands.catch_up(&tx).map_err(sql)?;
        let mut out = Vec::with_capacity(batch.len());
        let mut totals = totals::Batch::default();
        for p in batch {
            // On an error the index is dropped (it may hold rows that were rolled back).
            let o = insert_one(&tx, p, &mut bands, &mut totals).map_err(sql)?;
            out.push(o);
        }
        totals
            .write(&mut |q: &str, a: &[Value]| {
                tx.prepare_cached(q)?.execute(rusqlite::params_from_iter(a.iter())).map(|_| ())
            })
            .map_err(sql)?;
        tx.commit().map_err(sql)?;
        self.bands = Some(bands);
        Ok(out)
    }

    /// On PostgreSQL, the time this store's batches spent in each phase of their write
    /// ([`PHASES`]), summed; `None` on SQLite.
    pub fn write_phases(&self) -> Option<Phases> {
        match &self.conn {
            Conn::Sqlite(_) => None,
            Conn::Postgres(p) => Some(p.borrow().phases.clone()),
        }
    }

    /// For long ingests: WAL checkpoints every 40 MB or so rather than every 4 MB, so that pages
    /// rewritten by many batches are copied back fewer times (the WAL stays bounded). Committed
    /// data is as safe in the WAL as in the main file.
    ///
    /// Foreign keys are not enforced on this connection: every insert path writes an article
    /// before the rows that point at it, in the same transaction, and `check` (run by `comity
    /// status`) verifies them with `foreign_key_check`.
    pub fn bulk_mode(&self) -> Result<()> {
        if self.dialect() == Dialect::Postgres {
            return Ok(());
        }
        self.wrap(|c| {
            c.pragma_update(None, "wal_autocheckpoint", 10_000)?;
            c.pragma_update(None, "foreign_keys", "OFF")
        })
    }

    /// Copies the WAL back into the main file and truncates it.
    pub fn checkpoint(&self) -> Result<()> {
        if self.dialect() == Dialect::Postgres {
            return Ok(());
        }
        self.wrap(|c| c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())))
    }

    /// Checks the store: every row's article exists and every event's cluster exists.
    pub fn check(&self) -> Result<Vec<String>> {
        if self.dialect() == Dialect::Postgres {
            // The server keeps its own pages consistent; the references the ingest's order of
            // writes guarantees (no foreign keys there since version 5) are counted here.
            let mut problems = Vec::new();
            let dangling = self.count(DANGLING_SQL, &[])?;
            if dangling > 0 {
                problems.push(format!("{dangling} rows point at missing rows"));
            }
            let orphans = self.count(CHECK_EVENTS_SQL, &[])?;
            if orphans > 0 {
                problems.push(format!("{orphans} articles whose events were not all stored"));
            }
            problems.extend(self.check_totals()?);
            return Ok(problems);
        }
        self.wrap(|c| {
            let mut problems = Vec::new();
            let ic: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            if ic != "ok" {
                problems.push(format!("integrity_check: {ic}"));
            }
            let mut stmt = c.prepare("PRAGMA foreign_key_check")?;
            let n = stmt.query_map([], |_| Ok(()))?.count();
            if n > 0 {
                problems.push(format!("{n} rows point at missing rows"));
            }
            let orphans: i64 = c.query_row(CHECK_EVENTS_SQL, [], |r| r.get(0))?;
            if orphans > 0 {
                problems.push(format!("{orphans} articles whose events were not all stored"));
            }
            Ok(problems)
        })
        .and_then(|mut p| {
            p.extend(self.check_totals()?);
            Ok(p)
        })
    }
}

/// Rows pointing at an article or a merged event that does not exist (PostgreSQL's store
/// declares no foreign keys, see `pg::WRITE_ORDER_SQL`).
const DANGLING_SQL: &str = "SELECT
    (SELECT count(*) FROM texts x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id))
  + (SELECT count(*) FROM quotes x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id))
  + (SELECT count(*) FROM places x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id))
  + (SELECT count(*) FROM annotations x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id))
  + (SELECT count(*) FROM flows x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id))
  + (SELECT count(*) FROM events x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id))
  + (SELECT count(*) FROM events x WHERE x.cluster_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = x.cluster_id))
  + (SELECT count(*) FROM articles x WHERE x.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.duplicate_of))";

/// Articles (not duplicates) whose events were not all stored.
const CHECK_EVENTS_SQL: &str = "SELECT count(*) FROM articles a WHERE a.duplicate_of IS NULL AND a.events != (SELECT count(*) FROM events e WHERE e.article_id = a.id)";

/// A row's values, read by column number as from a SQLite row.
pub(crate) struct Cells<'a>(&'a [Value]);

impl Cells<'_> {
    /// Column `i` as a `T` (as `rusqlite::Row::get` reads it).
    pub(crate) fn get<T: rusqlite::types::FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        let v = self.0.get(i).ok_or(rusqlite::Error::InvalidColumnIndex(i))?;
        T::column_result(rusqlite::types::ValueRef::from(v)).map_err(|e| match e {
            rusqlite::types::FromSqlError::InvalidType => rusqlite::Error::InvalidColumnType(
                i,
                String::new(),
                rusqlite::types::ValueRef::from(v).data_type(),
            ),
            e => rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::ValueRef::from(v).data_type(),
                Box::new(e),
            ),
        })
    }
}

fn event_day(ev_date: Option<&str>, article_date: Option<Date>) -> Option<Date> {
    ev_date.and_then(Date::parse).or(article_date)
}

fn insert_one(
    tx: &rusqlite::Transaction<'_>,
    p: &Prepared,
    bands: &mut simhash::BandIndex,
    totals: &mut totals::Batch,
) -> rusqlite::Result<Outcome> {
    let (meta, text, coded, hash) = (&p.meta, &p.text, &p.coded, &p.hash);
    let sh = p.simhash;
    // A near-duplicate shares at least one band with the original; copies are about as long
    // as each other, and long enough for SimHash to mean something.
    let dup_of = bands.original_of(sh, text.len());
    let inserted: Option<i64> = tx
        .prepare_cached(&insert_article_sql(Dialect::Sqlite))?
        .query_row(
            params![
                meta.ext_id,
                meta.source,
                meta.url,
                meta.title,
                meta.byline,
                meta.date.map(|d| d.to_string()),
                hash,
                sh as i64,
                dup_of,
                text.len() as i64,
                coded.sentences as i64,
                coded.events.len() as i64
            ],
            |r| r.get(0),
        )
        .optional()?;
    // The same text is stored once (one index descent decides: no look-up before inserting).
    let Some(aid) = inserted else {
        let id = tx
            .prepare_cached("SELECT id FROM articles WHERE hash = ?1")?
            .query_row([hash], |r| r.get(0))?;
        return Ok(Outcome::AlreadyStored(id));
    };
    tx.prepare_cached("INSERT INTO texts (article_id, text) VALUES (?1, ?2)")?
        .execute(params![aid, text])?;
    if dup_of.is_none() {
        bands.add(aid, sh, text.len());
    }
    totals.stored(dup_of.is_some(), coded);
    // The merged events this article has mentioned so far (its first mention of one adds an
    // article to it).
    let mut joined: Vec<i64> = Vec::new();
    for e in &coded.events {
        let day = event_day(e.date.as_deref(), meta.date);
        let target = e.target.as_ref();
        let cluster = if dup_of.is_some() {
            None
        } else {
            let (id, c) = cluster_for(tx, e, text, target.map(|t| t.code.as_str()), day)?;
            let new_article = !joined.contains(&id);
            if new_article {
                joined.push(id);
            }
            totals.mention(e, day.map(|d| d.to_string()).as_deref(), &c, new_article);
            Some((id, new_article))
        };
        tx.prepare_cached(INSERT_EVENT_SQL)?.execute(params![
            aid,
            cluster.map(|c| c.0),
            e.sentence as i64,
            e.span[0] as i64,
            e.span[1] as i64,
            e.trigger.text,
            e.trigger.span[0] as i64,
            e.trigger.span[1] as i64,
            e.source.code,
            e.source.text,
            target.map(|t| t.code.clone()),
            target.map(|t| t.text.clone()),
            e.code,
            e.code.get(..2).unwrap_or(""),
            e.quad_class,
            e.goldstein as f64,
            e.modality.as_str(),
            e.attributed_to,
            e.place,
            e.date,
            day.map(|d| d.to_string()),
            e.source.span[0] as i64,
            e.source.span[1] as i64,
            target.map(|t| t.span[0] as i64),
            target.map(|t| t.span[1] as i64),
            meta.source,
        ])?;
        if let Some((c, new_article)) = cluster {
            tx.prepare_cached(COUNT_MENTION_SQL)?.execute(params![
                c,
                i64::from(new_article),
                meta.source,
                tx.last_insert_rowid()
            ])?;
        }
    }
    let (quotes, places) = quote_and_place_rows(aid, coded);
    insert_rows(tx, "quotes", QUOTE_COLUMNS, &quotes)?;
    insert_rows(tx, "places", PLACE_COLUMNS, &places)?;
    if let Some((amounts, people)) = &p.annotations {
        tx.prepare_cached(
            "INSERT INTO annotations (article_id, amounts, people) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![aid, amounts, people])?;
    }
    for f in &coded.flows {
        tx.prepare_cached(INSERT_FLOW_SQL)?.execute(params![
            aid,
            f.from,
            f.to,
            serde_json::to_string(&f.goods).unwrap_or_default(),
            f.mutual,
            f.sentence as i64,
            f.span[0] as i64,
            f.span[1] as i64
        ])?;
    }
    Ok(match dup_of {
        Some(of) => Outcome::NearDuplicate { id: aid, of },
        None => Outcome::Stored(aid),
    })
}

/// The multi-row insert of `rows` rows of `ncols` columns (bare `?` placeholders).
pub(crate) fn rows_sql(table: &str, cols: &str, ncols: usize, rows: usize) -> String {
    let one = format!("({})", vec!["?"; ncols].join(", "));
    format!("INSERT INTO {table} ({cols}) VALUES {}", vec![one; rows].join(", "))
}

/// The columns of the quotes and places rows written per article.
pub(crate) const QUOTE_COLUMNS: &str = "article_id, kind, text, speaker, title, organization, actor, cue, sentence, span_start, span_end";
pub(crate) const PLACE_COLUMNS: &str =
    "article_id, name, country, kind, lat, lon, sentence, span_start, span_end";

/// The quotes and places of an article as rows of values (for [`rows_sql`]).
pub(crate) fn quote_and_place_rows(
    aid: i64,
    coded: &CodedArticle,
) -> (Vec<Vec<Value>>, Vec<Vec<Value>>) {
    use Value as V;
    let t = |s: &Option<String>| s.clone().map_or(V::Null, V::Text);
    let i = |n: usize| V::Integer(n as i64);
    let quotes = coded
        .quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.as_ref();
            vec![
                V::Integer(aid),
                V::Text(
                    if q.kind == comity_core::QuoteKind::Direct { "direct" } else { "reported" }
                        .into(),
                ),
                V::Text(q.text.clone()),
                t(&sp.map(|s| s.name.clone())),
                t(&sp.and_then(|s| s.title.clone())),
                t(&sp.and_then(|s| s.organization.clone())),
                t(&sp.and_then(|s| s.actor.clone())),
                t(&q.cue),
                i(q.sentence),
                i(q.span[0]),
                i(q.span[1]),
            ]
        })
        .collect();
    let places = coded
        .places
        .iter()
        .map(|p| {
            let f = |x: Option<f64>| x.map_or(V::Null, V::Real);
            vec![
                V::Integer(aid),
                V::Text(p.name.clone()),
                V::Text(p.country.clone()),
                V::Text(p.kind.clone()),
                f(p.lat),
                f(p.lon),
                i(p.sentence),
                i(p.span[0]),
                i(p.span[1]),
            ]
        })
        .collect();
    (quotes, places)
}

/// Inserts rows with multi-row statements of up to 32 rows (far fewer statement runs).
fn insert_rows(
    tx: &rusqlite::Transaction<'_>,
    table: &'static str,
    cols: &str,
    rows: &[Vec<rusqlite::types::Value>],
) -> rusqlite::Result<()> {
    thread_local! {
        /// The statement texts by (table, rows), built once.
        static SQL: std::cell::RefCell<rustc_hash::FxHashMap<(&'static str, usize), std::rc::Rc<str>>> = Default::default();
    }
    let ncols = cols.split(',').count();
    for chunk in rows.chunks(32) {
        let sql = SQL.with(|m| {
            m.borrow_mut()
                .entry((table, chunk.len()))
                .or_insert_with(|| rows_sql(table, cols, ncols, chunk.len()).into())
                .clone()
        });
        tx.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(chunk.iter().flatten()))?;
    }
    Ok(())
}

/// The cluster this mention joins: same dyad and code, dated within the window, and for an
/// event without a target, agreeing with the cluster's first mention (see `agree`); else a
/// new one.
fn cluster_for(
    tx: &rusqlite::Transaction<'_>,
    e: &comity_core::Event,
    text: &str,
    tgt: Option<&str>,
    day: Option<Date>,
) -> rusqlite::Result<(i64, totals::Cluster)> {
    let (src, code) = (e.source.code.as_str(), e.code.as_str());
    let tgt = tgt.unwrap_or("");
    // An event with a target has the key "" and no text key, as its merged events have.
    let (agree, text_key) = (agree::agree_key(e), agree::text_key(e, text));
    let dnum = day.map(|d| d.to_days());
    type Found = (i64, Option<i64>, Option<i64>, totals::Cluster);
    let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Found> {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            totals::Cluster {
                created: false,
                articles: r.get(3)?,
                day: r.get(4)?,
                quad: r.get::<_, Option<i64>>(5)?.unwrap_or(0),
                modality: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
            },
        ))
    };
    let found: Option<Found> = match dnum {
        Some(d) => {
            // One probe a day of the window, earliest first. (SQLite recompiles a statement with
            // a range or IN list over parameters, or ORDER BY ... LIMIT, each time its values
            // change; equality probes are compiled once. This runs once per event.)
            let mut stmt = tx.prepare_cached(&format!("SELECT {CLUSTER_COLUMNS} FROM clusters WHERE source_code = ?1 AND target_code = ?2 AND code = ?3 AND first_day = ?4 AND (agree = ?5 OR text_key = ?6) LIMIT 1"))?;
            let mut hit = None;
            for day in d - MERGE_WINDOW_DAYS..=d + MERGE_WINDOW_DAYS {
                hit = stmt
                    .query_row(params![src, tgt, code, day, agree, text_key], read)
                    .optional()?;
                if hit.is_some() {
                    break;
                }
            }
            hit
        }
        None => tx
            .prepare_cached(&format!("SELECT {CLUSTER_COLUMNS} FROM clusters WHERE source_code = ?1 AND target_code = ?2 AND code = ?3 AND first_day IS NULL AND (agree = ?4 OR text_key = ?5) LIMIT 1"))?
            .query_row(params![src, tgt, code, agree, text_key], read)
            .optional()?,
    };
    match found {
        Some((id, first, last, c)) => {
            if let (Some(d), Some(f), Some(l)) = (dnum, first, last)
                && (d < f || d > l)
            {
                tx.prepare_cached(EXTEND_CLUSTER_SQL)?.execute(params![id, d.min(f), d.max(l)])?;
            }
            Ok((id, c))
        }
        None => {
            let c = totals::Cluster {
                created: true,
                articles: 0,
                day: day.map(|d| d.to_string()),
                quad: i64::from(e.quad_class),
                modality: e.modality.as_str().to_string(),
            };
            tx.prepare_cached(NEW_CLUSTER_SQL)?.execute(params![
                src, tgt, code, dnum, c.day, c.quad, c.modality, agree, text_key
            ])?;
            Ok((tx.last_insert_rowid(), c))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use comity_core::{ActorRef, Event, Modality, Trigger};

    #[test]
    fn a_running_query_is_interrupted_when_asked() {
        let mut s = Store::open_in_memory().unwrap();
        // A query of about ten billion steps; interrupted after 50 ms.
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT count(*) FROM c";
        let started = std::time::Instant::now();
        let out = s
            .interruptible(
                move || started.elapsed() > std::time::Duration::from_millis(50),
                |s| s.rows(endless, &[]),
            )
            .unwrap();
        assert!(out.unwrap_err().is_interrupted());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // The handler is gone afterwards: the connection works as before.
        let (_, rows) = s.rows("SELECT 1", &[]).unwrap();
        assert_eq!(rows.len(), 1);
        s.set_cache_kib(1024).unwrap();
    }

    fn event(src: &str, tgt: &str, code: &str, date: Option<&str>) -> Event {
        Event {
            source: ActorRef { code: src.into(), text: src.into(), span: [0, 3] },
            target: Some(ActorRef { code: tgt.into(), text: tgt.into(), span: [10, 13] }),
            code: code.into(),
            name: String::new(),
            quad_class: comity_core::quad_class(code),
            goldstein: 1.0,
            modality: Modality::Asserted,
            attributed_to: None,
            sentence: 0,
            span: [0, 20],
            trigger: Trigger { text: "met".into(), span: [4, 7] },
            place: None,
            date: date.map(str::to_string),
            explain: None,
        }
    }

    fn article(id: &str, date: &str, text: &str, mut events: Vec<Event>) -> Prepared {
        for e in &mut events {
            e.span = [0, text.len()];
        }
        let coded = CodedArticle {
            id: id.into(),
            date: Some(date.into()),
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
        Prepared::new(
            ArticleMeta {
                ext_id: id.into(),
                source: format!("src-{id}"),
                date: Date::parse(date),
                ..Default::default()
            },
            text.into(),
            coded,
        )
    }

    const STORY: &str = "Japan and India held talks in Tokyo on Monday about maritime security, trade in rare earth metals and a planned joint naval exercise, officials from both governments said after the meeting ended late in the evening. \
        The two delegations agreed to meet again before the end of the year and to set up a working group on supply chains for critical minerals, according to a statement released by the Japanese foreign ministry. \
        Indian officials described the discussions as frank and productive, and said that New Delhi would send a team of experts to Japan next month to study port security and the protection of undersea cables. \
        Analysts in both countries said the talks reflected growing concern about shipping routes in the Indian Ocean and the South China Sea, where naval activity has increased sharply over the past two years. \
        The ministers also discussed a proposal for a high speed rail link and Japanese investment in Indian manufacturing, but no new agreements were signed, the statement said.";

    #[test]
    fn content_hash_folds_white_space_and_never_changes() {
        let hex = |d: &[u8]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(content_hash("Kim  met\nPutin \t"), hex(&Sha256::digest(b"Kim met Putin ")));
        // Longer than the buffer: the same as feeding word by word.
        let long = "ammunition shells ".repeat(9000);
        let mut h = Sha256::new();
        for w in long.split_whitespace() {
            h.update(w.as_bytes());
            h.update(b" ");
        }
        assert_eq!(content_hash(&long), hex(&h.finalize()));
    }

    #[test]
    fn threads_opening_one_new_store_at_once_all_succeed() {
        // Many rounds of eight threads opening the same new store at the same moment: every
        // open succeeds, the schema is at the current version, and each migration ran once.
        let dir = std::env::temp_dir().join(format!("comity-open-race-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for round in 0..25 {
            let path = dir.join(format!("race-{round}.db"));
            let start = std::sync::Barrier::new(8);
            let results: Vec<Result<i64>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..8)
                    .map(|_| {
                        scope.spawn(|| {
                            start.wait();
                            Store::open(&path)?.schema_version()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().expect("no panic")).collect()
            });
            for r in results {
                match r {
                    Ok(v) => assert_eq!(v, schema::VERSION, "round {round}"),
                    Err(e) => panic!("round {round}: an open failed: {e}"),
                }
            }
            let s = Store::open(&path).unwrap();
            let tables: i64 = s
                .sqlite()
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'annotations'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(tables, 1);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_version_1_store_migrates_its_amounts_and_people() {
        let path = std::env::temp_dir().join(format!("comity-migrate-{}.db", std::process::id()));
        for x in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{x}", path.display()));
        }
        {
            // A store as version 1 wrote it.
            let c = Connection::open(&path).unwrap();
            c.execute_batch(schema::MIGRATIONS[0]).unwrap();
            c.pragma_update(None, "user_version", 1).unwrap();
            c.execute_batch(
                "INSERT INTO articles (id, ext_id, source, hash, simhash, length, sentences, events, ingested_at) VALUES (1, 'a', 's', 'h1', 0, 10, 1, 0, 'now'), (2, 'b', 's', 'h2', 0, 10, 1, 0, 'now');
                 INSERT INTO amounts (article_id, value, qualifier, what, actor, text, sentence, span_start, span_end) VALUES (1, 30000, 'up to', 'soldiers', 'PRK', 'up to 30,000 soldiers', 0, 5, 26);
                 INSERT INTO people (article_id, name, title, organization, actor, mentions) VALUES (1, 'Rachel Minyoung Lee', 'senior fellow', 'Stimson Center', NULL, 3);",
            )
            .unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), schema::VERSION);
        let (amounts, people) = s.annotations(1).unwrap();
        assert_eq!(amounts[0]["value"], 30000.0);
        assert_eq!(amounts[0]["span"], serde_json::json!([5, 26]));
        assert_eq!(people[0]["organization"], "Stimson Center");
        assert_eq!(people[0]["mention_count"], 3);
        assert_eq!(s.annotations(2).unwrap().0, serde_json::json!([]), "an article without any");
        let gone: i64 = s
            .sqlite()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('amounts', 'people')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(gone, 0);
        drop(s);
        for x in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{x}", path.display()));
        }
    }

    #[test]
    fn amounts_and_people_come_back_with_their_article() {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("a", "2025-03-03", STORY, vec![]);
        let (meta, text, mut coded) = (a.meta, a.text, a.coded);
        coded.amounts.push(comity_core::Amount {
            value: 2.0,
            qualifier: None,
            what: Some("delegations".into()),
            actor: None,
            text: "two delegations".into(),
            sentence: 1,
            span: [10, 25],
        });
        coded.people.push(comity_core::Person {
            name: "Ana Ruiz".into(),
            title: Some("analyst".into()),
            organization: None,
            actor: None,
            mentions: vec![[0, 8], [40, 43]],
        });
        let out = s.insert(&[Prepared::new(meta, text, coded)]).unwrap();
        let Outcome::Stored(id) = out[0] else { panic!("{out:?}") };
        let (amounts, people) = s.annotations(id).unwrap();
        assert_eq!(amounts[0]["what"], "delegations");
        assert_eq!(people[0]["mentions"], serde_json::json!([[0, 8], [40, 43]]));
    }

    #[test]
    fn same_article_is_stored_once_and_copies_count_once() {
        let mut s = Store::open_in_memory().unwrap();
        assert_eq!(s.schema_version().unwrap(), schema::VERSION);
        let a = article("a", "2025-03-03", STORY, vec![event("JPN", "IND", "040", None)]);
        let copy = article(
            "b",
            "2025-03-03",
            &STORY.replace("late in the evening", "late in the night"),
            vec![event("JPN", "IND", "040", None)],
        );
        let out = s.insert(&[a.clone(), a.clone(), copy]).unwrap();
        assert!(matches!(out[0], Outcome::Stored(_)));
        assert!(matches!(out[1], Outcome::AlreadyStored(_)));
        assert!(matches!(out[2], Outcome::NearDuplicate { .. }), "{:?}", out[2]);
        let st = s.stats().unwrap();
        assert_eq!((st.articles, st.near_duplicates, st.event_mentions, st.events), (2, 1, 2, 1));
        let merged = s.events(&EventFilter { merged: true, ..Default::default() }).unwrap();
        assert_eq!(merged.len(), 1);
        assert_eq!(
            (merged[0].mentions, merged[0].articles),
            (1, 1),
            "the copy adds nothing to the counts"
        );
        assert!(s.check().unwrap().is_empty());
    }

    #[test]
    fn mentions_within_the_window_merge_into_one_event() {
        let mut s = Store::open_in_memory().unwrap();
        let texts = [
            "Russia and China signed a gas deal in Moscow.",
            "Officials said Russia signed a major gas agreement with China this week.",
            "Months later Russia signed another gas accord with China, a third one.",
        ];
        s.insert(&[
            article("1", "2025-01-10", texts[0], vec![event("RUS", "CHN", "057", None)]),
            article(
                "2",
                "2025-01-12",
                texts[1],
                vec![event("RUS", "CHN", "057", Some("2025-01-10"))],
            ),
            article(
                "3",
                "2025-06-01",
                texts[2],
                vec![event("RUS", "CHN", "057", None), event("RUS", "CHN", "111", None)],
            ),
        ])
        .unwrap();
        let merged = s
            .events(&EventFilter { merged: true, code: Some("057".into()), ..Default::default() })
            .unwrap();
        assert_eq!(merged.len(), 2, "{merged:?}");
        assert_eq!((merged[0].mentions, merged[0].articles, merged[0].sources), (2, 2, 2));
        assert_eq!(merged[0].date.as_deref(), Some("2025-01-10"));
        let dyad = s
            .events(&EventFilter {
                merged: true,
                dyad: Some(("CHN".into(), "RUS".into())),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(dyad.len(), 3);
        let conflict = s
            .events(&EventFilter { merged: true, quad_class: Some(3), ..Default::default() })
            .unwrap();
        assert_eq!(conflict.len(), 1);
        let text = s
            .events(&EventFilter { text: Some("Months later".into()), ..Default::default() })
            .unwrap();
        assert_eq!(text.len(), 2);
        assert_eq!(
            text[0].sentence,
            "Months later Russia signed another gas accord with China, a third one."
        );
        let actors = s.actors(Some("RUS"), None, 0).unwrap();
        assert_eq!(actors.len(), 1);
        assert_eq!(
            (actors[0].as_source, actors[0].as_target),
            (3, 0),
            "merged events: two signings and a criticism"
        );
        let (nodes, edges) = s.network(10).unwrap();
        assert_eq!(nodes, vec![("CHN".to_string(), 3), ("RUS".to_string(), 3)]);
        assert_eq!(
            (edges[0].events, edges[0].mentions, edges[0].cooperation, edges[0].conflict),
            (3, 4, 2, 1)
        );
        // The same network counted from the merged events, over any period.
        assert_eq!(s.network_between(None, None, 10, 1).unwrap(), (nodes, edges));
        let (nodes, edges) = s.network_between(Date::parse("2025-02-01"), None, 10, 1).unwrap();
        assert_eq!(nodes, vec![("CHN".to_string(), 2), ("RUS".to_string(), 2)], "the June events");
        assert_eq!(edges.len(), 1);
        assert!(s.network_between(Date::parse("2025-02-01"), None, 10, 3).unwrap().1.is_empty());
        let inv = s.involving("CHN", Some("RUS"), Date::parse("2025-02-01"), None).unwrap();
        assert_eq!(inv.len(), 2, "the June events");
        assert_eq!(actors[0].last_date.as_deref(), Some("2025-06-01"));
        // Totals whatever the page; filters read by the one parser, actors checked.
        let mut f = EventFilter::parse([("dyad", "chn,rus"), ("limit", "1")]).unwrap();
        assert_eq!(s.events(&f).unwrap().len(), 1);
        assert_eq!(s.count_events(&f).unwrap(), 3);
        assert_eq!(s.count_events_upto(&f, Some(2)).unwrap(), (2, false), "counted up to the cap");
        assert_eq!(s.count_events_upto(&f, Some(4)).unwrap(), (3, true));
        f.merged = false;
        assert_eq!(s.count_events(&f).unwrap(), 4);
        let f = EventFilter::parse([("text", "Months later"), ("since", "2025-05-01")]).unwrap();
        assert_eq!(s.count_events(&f).unwrap(), 2);
        assert!(s.check_filter(&f).is_ok());
        let f = EventFilter::parse([("actor", "rsu")]).unwrap();
        let e = s.check_filter(&f).unwrap_err().to_string();
        assert!(e.contains("no actor RSU in the store (did you mean RUS?)"), "{e}");
        assert!(s.check_actor("actor", "RUSGOV").is_err(), "a prefix no stored code has");
        assert_eq!(s.count_actors(None).unwrap(), 2);
    }

    /// Articles of one-sided events (and a dyad) of one source and code, a few days apart.
    fn one_sided_batch() -> Vec<Prepared> {
        let a = |id: &str, date: &str, text: &str, e: Event| article(id, date, text, vec![e]);
        vec![
            a(
                "1",
                "2025-03-03",
                "Acme Corp plans to expand its car factory in Ohio next year, the company said.",
                one_sided("USABUS", "030", "plans", Some("Ohio")),
            ),
            // Unrelated, same source and code, the next day: another event.
            a(
                "2",
                "2025-03-04",
                "Globex announced a new chief executive at its annual meeting on Tuesday.",
                one_sided("USABUS", "030", "announced", None),
            ),
            // The first event, told by another article: the same trigger and place.
            a(
                "3",
                "2025-03-04",
                "The carmaker Acme plans to grow its plant in Ohio, according to a filing.",
                one_sided("USABUS", "030", "plans", Some("Ohio")),
            ),
            // The second event's sentence, copied with other punctuation and case, read
            // with a place the first copy did not have: the same text.
            a(
                "4",
                "2025-03-05",
                "GLOBEX announced a new chief executive, at its annual meeting, on Tuesday!",
                one_sided("USABUS", "030", "announced", Some("Detroit")),
            ),
            // Another trigger in the same place: another event.
            a(
                "5",
                "2025-03-05",
                "Initech said it had hired three hundred engineers in Ohio this winter.",
                one_sided("USABUS", "030", "hired", Some("Ohio")),
            ),
            // Events with a target merge whatever their triggers, as before.
            a(
                "6",
                "2025-03-03",
                "Washington urged Beijing to resume the trade talks soon.",
                event("USA", "CHN", "030", None),
            ),
            a(
                "7",
                "2025-03-04",
                "American officials called on China to return to the negotiating table.",
                {
                    let mut e = event("USA", "CHN", "030", None);
                    e.trigger.text = "called".into();
                    e
                },
            ),
        ]
    }

    /// An event without a target, with its trigger word and place.
    fn one_sided(src: &str, code: &str, trigger: &str, place: Option<&str>) -> Event {
        let mut e = event(src, "", code, None);
        e.target = None;
        e.trigger.text = trigger.into();
        e.place = place.map(str::to_string);
        e
    }

    /// Events without a target merge only when their sentences agree (trigger and place, or
    /// the same text); events with a target merge by dyad, code and date as before. Checked
    /// on SQLite, and on PostgreSQL when `COMITY_TEST_POSTGRES` names a server.
    fn one_sided_events_merge_when_their_sentences_agree_on(open: &dyn Fn(&str) -> Store) {
        // In one batch (merged in memory on PostgreSQL) and one batch an article (merged
        // with what is stored): the same answers.
        for one_batch in [true, false] {
            let mut s = open(if one_batch { "batch" } else { "each" });
            if one_batch {
                s.insert(&one_sided_batch()).unwrap();
            } else {
                for a in one_sided_batch() {
                    s.insert(&[a]).unwrap();
                }
            }
            one_sided_answers(&s);
        }
    }

    fn one_sided_answers(s: &Store) {
        let merged = s.events(&EventFilter { merged: true, ..Default::default() }).unwrap();
        let mut got: Vec<(String, String, i64, i64)> = merged
            .iter()
            .map(|e| (e.source.clone(), e.trigger.clone(), e.mentions, e.articles))
            .collect();
        got.sort();
        let want = |s: &str, t: &str, n: i64| (s.to_string(), t.to_string(), n, n);
        assert_eq!(
            got,
            vec![
                want("USA", "met", 2),
                want("USABUS", "announced", 2),
                want("USABUS", "hired", 1),
                want("USABUS", "plans", 2),
            ],
            "{merged:#?}"
        );
        let st = s.stats().unwrap();
        assert_eq!((st.event_mentions, st.events), (7, 4));
        // The running totals count the same merged events.
        let n = s
            .count(
                "SELECT events FROM dyad_totals WHERE period = '*' AND source = 'USABUS' AND target = ''",
                &[],
            )
            .unwrap();
        assert_eq!(n, 3);
        assert!(s.check().unwrap().is_empty());
    }

    #[test]
    fn one_sided_events_merge_when_their_sentences_agree() {
        one_sided_events_merge_when_their_sentences_agree_on(&|_| Store::open_in_memory().unwrap());
        let Some(base) = std::env::var("COMITY_TEST_POSTGRES").ok().filter(|v| !v.is_empty())
        else {
            comity_core::missing_test_input(
                "a PostgreSQL server (COMITY_TEST_POSTGRES=postgres://...)",
            );
            return;
        };
        let c = std::cell::RefCell::new(postgres::Client::connect(&base, postgres::NoTls).unwrap());
        let schema = |name: &str| format!("comity_test_store_one_sided_{name}");
        one_sided_events_merge_when_their_sentences_agree_on(&|name| {
            let schema = schema(name);
            c.borrow_mut()
                .batch_execute(&format!(
                    "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
                ))
                .unwrap();
            let sep = if base.contains('?') { '&' } else { '?' };
            Store::open_postgres(&format!("{base}{sep}options=-c%20search_path%3D{schema}"))
                .unwrap()
        });
        for name in ["batch", "each"] {
            c.borrow_mut().batch_execute(&format!("DROP SCHEMA {} CASCADE", schema(name))).unwrap();
        }
    }

    /// What a store answers, to compare two stores: its merged events (by their first
    /// mention), counts, running totals per dyad and per actor (reals to nine places).
    fn answers(s: &Store) -> Vec<String> {
        let mut out: Vec<String> = s
            .events(&EventFilter { merged: true, ..Default::default() })
            .unwrap()
            .iter()
            .map(|e| {
                format!(
                    "event {} {} {} {} {:?} {} {} {}",
                    e.id, e.source, e.trigger, e.code, e.date, e.mentions, e.articles, e.sources
                )
            })
            .collect();
        out.sort();
        out.push(format!("{:?}", s.stats().unwrap()));
        let actors = s.rows("SELECT * FROM actor_counts ORDER BY actor", &[]).unwrap().1;
        for r in dyad_rows(s).into_iter().chain(actors) {
            let cells: Vec<String> = r
                .iter()
                .map(|v| match v {
                    Value::Real(x) => format!("{x:.9}"),
                    v => format!("{v:?}"),
                })
                .collect();
            out.push(cells.join(" "));
        }
        out
    }

    /// A store of [`one_sided_batch`] as the rule before schema 4 merged it (every one-sided
    /// mention in one event), set back to version 3 by `downgrade` (SQL), then opened again:
    /// it answers as a store of the same articles ingested by this version.
    fn old_merges_are_split_on(open: &dyn Fn(&str) -> Store, downgrade: &dyn Fn(&str, &str)) {
        let want = {
            let mut s = open("fresh");
            s.insert(&one_sided_batch()).unwrap();
            answers(&s)
        };
        let mut s = open("old");
        // The same mentions, stored with one trigger word and no place: merged by either rule.
        let batch = one_sided_batch();
        let uniform: Vec<Prepared> = batch
            .iter()
            .cloned()
            .map(|mut p| {
                for e in &mut p.coded.events {
                    if e.target.is_none() {
                        e.trigger.text = "said".into();
                        e.place = None;
                    }
                }
                p
            })
            .collect();
        s.insert(&uniform).unwrap();
        assert_eq!(s.stats().unwrap().events, 2, "as the rule before schema 4 merged them");
        drop(s);
        // Their real words, as the old rule stored them, and the store set back to version 3.
        let mut sql = String::new();
        for p in &batch {
            let e = &p.coded.events[0];
            sql += &format!(
                "UPDATE events SET trigger_text = '{}', place = {} WHERE article_id = (SELECT id FROM articles WHERE ext_id = '{}');\n",
                e.trigger.text,
                e.place.as_ref().map_or("NULL".to_string(), |p| format!("'{p}'")),
                p.meta.ext_id
            );
        }
        downgrade("old", &sql);
        let s = open("old");
        assert_eq!(s.schema_version().unwrap(), schema::VERSION);
        assert_eq!(answers(&s), want);
        assert!(s.check().unwrap().is_empty());
    }

    #[test]
    fn a_version_3_store_has_its_one_sided_events_that_do_not_agree_split() {
        let dir = std::env::temp_dir().join(format!("comity-resplit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = |name: &str| dir.join(format!("{name}.db"));
        old_merges_are_split_on(&|name| Store::open(&path(name)).unwrap(), &|name, sql| {
            Connection::open(path(name))
                .unwrap()
                .execute_batch(&format!(
                    "{sql} ALTER TABLE clusters DROP COLUMN agree; ALTER TABLE clusters DROP COLUMN text_key;
                     PRAGMA user_version = 3;"
                ))
                .unwrap();
        });
        std::fs::remove_dir_all(&dir).ok();
        let Some(base) = std::env::var("COMITY_TEST_POSTGRES").ok().filter(|v| !v.is_empty())
        else {
            comity_core::missing_test_input(
                "a PostgreSQL server (COMITY_TEST_POSTGRES=postgres://...)",
            );
            return;
        };
        let c = std::cell::RefCell::new(postgres::Client::connect(&base, postgres::NoTls).unwrap());
        let schema = |name: &str| format!("comity_test_store_resplit_{name}");
        let url = |name: &str| {
            let sep = if base.contains('?') { '&' } else { '?' };
            format!("{base}{sep}options=-c%20search_path%3D{}", schema(name))
        };
        for name in ["fresh", "old"] {
            let schema = schema(name);
            c.borrow_mut()
                .batch_execute(&format!(
                    "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
                ))
                .unwrap();
        }
        old_merges_are_split_on(&|name| Store::open_postgres(&url(name)).unwrap(), &|name, sql| {
            c.borrow_mut()
                .batch_execute(&format!(
                    "SET search_path = {}; {sql} ALTER TABLE clusters DROP COLUMN agree, DROP COLUMN text_key;
                     UPDATE comity_schema SET version = 3; SET search_path = DEFAULT;",
                    schema(name)
                ))
                .unwrap();
        });
        for name in ["fresh", "old"] {
            c.borrow_mut().batch_execute(&format!("DROP SCHEMA {} CASCADE", schema(name))).unwrap();
        }
    }

    #[test]
    fn a_version_3_store_gets_the_keys_of_its_one_sided_events() {
        let path = std::env::temp_dir().join(format!("comity-agree-{}.db", std::process::id()));
        let a = |id: &str, date: &str, text: &str, e: Event| article(id, date, text, vec![e]);
        let texts = [
            "Acme Corp plans to expand its car factory in Ohio next year, the company said.",
            "Globex announced a new chief executive at its annual meeting on Tuesday.",
            "Washington urged Beijing to resume the trade talks soon.",
        ];
        let keys = |s: &Store| {
            s.rows("SELECT id, target_code, agree, text_key FROM clusters ORDER BY id", &[])
                .unwrap()
                .1
        };
        let want = {
            let mut s = Store::open(&path).unwrap();
            s.insert(&[
                a("1", "2025-03-03", texts[0], one_sided("USABUS", "030", "Plans", Some("Ohio"))),
                a("2", "2025-03-04", texts[1], one_sided("USABUS", "030", "announced", None)),
                a("3", "2025-03-03", texts[2], event("USA", "CHN", "030", None)),
            ])
            .unwrap();
            keys(&s)
        };
        assert_eq!(want.len(), 3);
        assert_eq!(want[0][2], Value::Text("plans\tohio".into()));
        assert_eq!(want[2][2..], [Value::Text(String::new()), Value::Null]);
        // The same store as schema version 3 left it, opened by this version: the keys come
        // from each merged event's first mention, and new mentions merge by them.
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "ALTER TABLE clusters DROP COLUMN agree; ALTER TABLE clusters DROP COLUMN text_key;
                 PRAGMA user_version = 3;",
            )
            .unwrap();
        }
        let mut s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), schema::VERSION);
        assert_eq!(keys(&s), want);
        s.insert(&[
            a(
                "4",
                "2025-03-05",
                "Acme plans to grow its plant in Ohio, a filing shows.",
                one_sided("USABUS", "030", "plans", Some("Ohio")),
            ),
            a(
                "5",
                "2025-03-05",
                "GLOBEX announced a new chief executive, at its annual meeting, on Tuesday!",
                one_sided("USABUS", "030", "named", Some("Detroit")),
            ),
            a(
                "6",
                "2025-03-05",
                "Initech said it had hired engineers in Ohio.",
                one_sided("USABUS", "030", "hired", Some("Ohio")),
            ),
        ])
        .unwrap();
        let (_, rows) = s.rows("SELECT mentions FROM clusters ORDER BY id", &[]).unwrap();
        let n: Vec<Value> = [2, 2, 1, 1].into_iter().map(Value::Integer).collect();
        assert_eq!(rows.into_iter().flatten().collect::<Vec<_>>(), n);
        assert!(s.check().unwrap().is_empty());
        drop(s);
        for x in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{x}", path.display()));
        }
    }

    /// Every row of `dyad_totals`, in key order.
    fn dyad_rows(s: &Store) -> Vec<Vec<Value>> {
        s.rows("SELECT * FROM dyad_totals ORDER BY period, source, target", &[]).unwrap().1
    }

    #[test]
    fn a_version_2_store_gets_its_running_totals() {
        let path = std::env::temp_dir().join(format!("comity-totals-{}.db", std::process::id()));
        for x in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{x}", path.display()));
        }
        let texts = [
            "Russia and China signed a gas deal in Moscow.",
            "Officials said Russia signed a major gas agreement with China this week.",
            "Months later Russia signed another gas accord with China, a third one.",
        ];
        let (kept, stats) = {
            let mut s = Store::open(&path).unwrap();
            s.insert(&[
                article("1", "2025-01-10", texts[0], vec![event("RUS", "CHN", "057", None)]),
                article(
                    "2",
                    "2025-01-12",
                    texts[1],
                    vec![
                        event("RUS", "CHN", "057", Some("2025-01-10")),
                        event("RUS", "CHN", "057", Some("2025-01-11")),
                    ],
                ),
            ])
            .unwrap();
            s.insert(&[
                article(
                    "3",
                    "2025-06-01",
                    texts[2],
                    vec![event("RUS", "CHN", "057", None), event("CHNGOV", "RUS", "111", None)],
                ),
                article("4", "2025-06-01", STORY, vec![event("JPN", "IND", "040", None)]),
            ])
            .unwrap();
            s.record_error("input.jsonl", Some(3), "bad line").unwrap();
            assert!(s.check().unwrap().is_empty());
            (dyad_rows(&s), s.stats().unwrap())
        };
        // The merged event of January: two articles, three mentions.
        let jan: Vec<&Vec<Value>> =
            kept.iter().filter(|r| r[0] == Value::Text("2025-01".into())).collect();
        assert_eq!(jan.len(), 1);
        assert_eq!((&jan[0][3], &jan[0][10]), (&Value::Integer(1), &Value::Integer(3)));
        let Value::Real(score) = jan[0][9] else { panic!("{:?}", jan[0]) };
        assert!(
            (score - 2.0).abs() < 1e-12,
            "verbal cooperation (1), two articles (1 + 1): {score}"
        );
        assert_eq!(
            (stats.articles, stats.event_mentions, stats.events, stats.errors),
            (4, 6, 4, 1)
        );
        // The same store as schema version 2 left it, opened by this version.
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "DROP TABLE dyad_totals; DROP TABLE store_totals; ALTER TABLE clusters DROP COLUMN day;
                 ALTER TABLE clusters DROP COLUMN agree; ALTER TABLE clusters DROP COLUMN text_key;
                 ALTER TABLE clusters DROP COLUMN quad_class; ALTER TABLE clusters DROP COLUMN modality;
                 PRAGMA user_version = 2;",
            )
            .unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), schema::VERSION);
        assert_eq!(s.stats().unwrap(), stats);
        let rebuilt = dyad_rows(&s);
        assert_eq!(rebuilt.len(), kept.len());
        for (a, b) in rebuilt.iter().zip(&kept) {
            for (x, y) in a.iter().zip(b) {
                match (x, y) {
                    (Value::Real(x), Value::Real(y)) => {
                        assert!((x - y).abs() < 1e-9, "{a:?} {b:?}")
                    }
                    _ => assert_eq!(x, y, "{a:?} {b:?}"),
                }
            }
        }
        assert!(s.check().unwrap().is_empty());
        drop(s);
        for x in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{x}", path.display()));
        }
    }

    #[test]
    fn a_date_range_is_covered_by_years_months_and_days() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(
            totals::cover(d("2023-12-30"), d("2025-02-02")),
            ["2023-12-30", "2023-12-31", "2024", "2025-01", "2025-02-01", "2025-02-02"]
        );
        assert_eq!(totals::cover(d("2024-02-01"), d("2024-02-29")), ["2024-02"]);
        assert_eq!(totals::cover(d("2024-02-01"), d("2024-02-28")).len(), 28);
        assert!(totals::cover(d("2024-02-02"), d("2024-02-01")).is_empty());
    }

    #[test]
    fn reopening_keeps_data_and_schema() {
        let dir = std::env::temp_dir().join(format!("comity-store-{}", std::process::id()));
        let path = dir.join("nested/x.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.insert(&[article("a", "2025-03-03", STORY, vec![])]).unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.stats().unwrap().articles, 1);
        assert_eq!(s.schema_version().unwrap(), schema::VERSION);
        drop(s);
        std::fs::remove_dir_all(&dir).ok();
    }
}
