//! The schema and its migrations. `PRAGMA user_version` holds the version; each migration runs
//! in its own exclusive transaction, so a store is always at one version or the next, and
//! processes opening a new store at the same moment apply each migration once.

use crate::{Result, Store, StoreError};

/// Migrations in order; migration `i` takes the store from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    "
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        ext_id TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        byline TEXT,
        date TEXT,
        hash TEXT NOT NULL UNIQUE,
        simhash INTEGER NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),
        length INTEGER NOT NULL,
        sentences INTEGER NOT NULL,
        events INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    -- SimHash bands of original (not duplicate) articles: key = band number << 16 | band value.
    CREATE TABLE bands (
        key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        simhash INTEGER NOT NULL,
        length INTEGER NOT NULL,
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE texts (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        text TEXT NOT NULL
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_ext ON articles(ext_id);
    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        source_code TEXT NOT NULL,
        target_code TEXT NOT NULL,
        code TEXT NOT NULL,
        first_day INTEGER,
        last_day INTEGER,
        -- Kept up to date as mentions arrive, so that merged listings need no grouping.
        first_event INTEGER,
        mentions INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0,
        sources INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX clusters_key ON clusters(source_code, target_code, code, first_day);
    CREATE INDEX clusters_rank ON clusters(mentions DESC, id);
    CREATE INDEX clusters_source ON clusters(source_code);
    CREATE INDEX clusters_target ON clusters(target_code);
    -- Running totals, kept as events arrive, so that overviews never scan every event.
    CREATE TABLE actor_counts (
        actor TEXT PRIMARY KEY,
        as_source INTEGER NOT NULL DEFAULT 0,
        as_target INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        first_date TEXT,
        last_date TEXT
    ) WITHOUT ROWID;
    CREATE TABLE edges (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        events INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        cooperation INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (source, target)
    ) WITHOUT ROWID;
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        cluster_id INTEGER REFERENCES clusters(id),
        sentence INTEGER NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        source_code TEXT NOT NULL, source_text TEXT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
        target_code TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,
        code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
        modality TEXT NOT NULL, attributed_to TEXT, place TEXT, event_date TEXT, date TEXT,
        -- The article's source (outlet or input), for counting distinct sources per event.
        origin TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_cluster ON events(cluster_id, article_id);
    CREATE INDEX events_cluster_origin ON events(cluster_id, origin);
    CREATE INDEX events_source ON events(source_code);
    CREATE INDEX events_target ON events(target_code);
    CREATE INDEX events_code ON events(code);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL, text TEXT NOT NULL, speaker TEXT, title TEXT, organization TEXT, actor TEXT, cue TEXT,
        sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE TABLE amounts (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        value REAL NOT NULL, qualifier TEXT, what TEXT, actor TEXT, text TEXT NOT NULL,
        sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
    );
    CREATE INDEX amounts_article ON amounts(article_id);
    CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        name TEXT NOT NULL, country TEXT NOT NULL, kind TEXT NOT NULL, lat REAL, lon REAL,
        sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
    );
    CREATE INDEX places_article ON places(article_id);
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        name TEXT NOT NULL, title TEXT, organization TEXT, actor TEXT, mentions INTEGER NOT NULL
    );
    CREATE INDEX people_article ON people(article_id);
    CREATE TABLE flows (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        from_code TEXT NOT NULL, to_code TEXT NOT NULL, goods TEXT NOT NULL, mutual INTEGER NOT NULL,
        sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
    );
    CREATE INDEX flows_article ON flows(article_id);
    CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL, line INTEGER, message TEXT NOT NULL, at TEXT NOT NULL
    );
    ",
    // 2: fewer rows and indexes per article, for ingest speed: amounts and people, read per
    // article and never searched, become one JSON row per article; the SimHash bands table
    // (six rows per article) goes, as the bands are derived from `articles` in memory.
    "
    CREATE TABLE annotations (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        amounts TEXT NOT NULL,
        people TEXT NOT NULL
    );
    INSERT INTO annotations (article_id, amounts, people)
    SELECT a.id,
        COALESCE((SELECT json_group_array(json_object('value', m.value, 'qualifier', m.qualifier, 'what', m.what, 'actor', m.actor,
            'text', m.text, 'sentence', m.sentence, 'span', json_array(m.span_start, m.span_end))) FROM amounts m WHERE m.article_id = a.id), '[]'),
        COALESCE((SELECT json_group_array(json_object('name', p.name, 'title', p.title, 'organization', p.organization, 'actor', p.actor,
            'mentions', json('[]'), 'mention_count', p.mentions)) FROM people p WHERE p.article_id = a.id), '[]')
    FROM articles a
    WHERE EXISTS (SELECT 1 FROM amounts m WHERE m.article_id = a.id) OR EXISTS (SELECT 1 FROM people p WHERE p.article_id = a.id);
    DROP TABLE amounts;
    DROP TABLE people;
    -- Near-duplicate bands are computed in memory from articles.simhash; the ext_id index
    -- served no query.
    DROP TABLE bands;
    DROP INDEX articles_ext;
    ",
];

/// The schema version this build writes: [`MIGRATIONS`], then version 3, the running totals
/// of `totals` (its SQL, then its backfill), then version 4, the keys by which merged events
/// without a target agree (`agree`: its SQL, then its backfill), then version 5, which changes
/// nothing on SQLite (on PostgreSQL it drops the foreign keys the ingest's order of writes
/// guarantees, see `pg::WRITE_ORDER_SQL`), so that a version names the same tables on both.
pub const VERSION: i64 = MIGRATIONS.len() as i64 + 3;

pub(crate) fn migrate(store: &mut Store) -> Result<()> {
    let found = store.schema_version()?;
    if found > VERSION {
        return Err(StoreError::TooNew { path: store.path.clone(), found, known: VERSION });
    }
    // Several processes may open a new store at once: each migration runs under an exclusive
    // lock (waiting for it up to the busy timeout), and the version is read again inside the
    // lock, so a migration another process has just applied is not applied twice.
    for i in (found as usize)..(VERSION as usize) {
        let path = store.path.clone();
        let sqlite = |e| StoreError::Sqlite { path: path.clone(), source: e };
        let crate::Conn::Sqlite(conn) = &mut store.conn else {
            return Err(store.unsupported("SQLite migrations"));
        };
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
            .map_err(sqlite)?;
        let now: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(sqlite)?;
        if now > VERSION {
            return Err(StoreError::TooNew { path: path.clone(), found: now, known: VERSION });
        }
        if now > i as i64 {
            continue;
        }
        let rows = |tx: &rusqlite::Transaction<'_>, q: &str, a: &[rusqlite::types::Value]| {
            let mut st = tx.prepare_cached(q)?;
            let n = st.column_count();
            let rows = st.query_map(rusqlite::params_from_iter(a.iter()), |r| {
                (0..n).map(|i| r.get(i)).collect::<rusqlite::Result<Vec<_>>>()
            })?;
            rows.collect()
        };
        let exec = |tx: &rusqlite::Transaction<'_>, q: &str, a: &[rusqlite::types::Value]| {
            tx.prepare_cached(q)?.execute(rusqlite::params_from_iter(a.iter())).map(|_| ())
        };
        match MIGRATIONS.get(i).ok_or(i.saturating_sub(MIGRATIONS.len())) {
            Ok(sql) => tx.execute_batch(sql).map_err(sqlite)?,
            Err(0) => {
                tx.execute_batch(&crate::totals::migration_sql(false)).map_err(sqlite)?;
                crate::totals::backfill(&mut |q, a| rows(&tx, q, a), &mut |q, a| exec(&tx, q, a))
                    .map_err(sqlite)?;
            }
            Err(1) => {
                tx.execute_batch(&crate::agree::migration_sql(false)).map_err(sqlite)?;
                for step in [crate::agree::backfill, crate::agree::resplit] {
                    step(crate::Dialect::Sqlite, &mut |q, a| rows(&tx, q, a), &mut |q, a| {
                        exec(&tx, q, a)
                    })
                    .map_err(sqlite)?;
                }
            }
            // Version 5: nothing on SQLite (its foreign keys are declared, enforced outside
            // bulk mode, and checked by `Store::check`).
            Err(_) => {}
        }
        tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
    }
    Ok(())
}
