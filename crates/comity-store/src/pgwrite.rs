//! The PostgreSQL ingest of a batch, set-wise: a few statements a batch whatever its size,
//! rows sent with `COPY`, the merging of mentions into events worked out in memory from the
//! events of the batch's dyads read in one query.
//!
//! Locking scheme (several writers on any machines): a batch is one transaction in two parts.
//!
//! 1. Without any lock: the batch's articles whose text is not stored yet get their ids from
//!    the `articles` sequence, and the rows nothing else reads back (texts, quotes, places,
//!    amounts and people, flows: the bulk of the bytes) are copied in. Their foreign keys are
//!    checked at commit (`SET CONSTRAINTS ... DEFERRED`), when the articles exist.
//! 2. Under the transaction-level advisory lock [`WRITE_LOCK`](crate::pg::WRITE_LOCK), held to
//!    the commit: the hashes are looked up again (an article another writer stored meanwhile
//!    is "already stored", and the rows copied for it are deleted), near-duplicates are found,
//!    the events of the batch's dyads near its dates are read, mentions are merged into them
//!    in memory (by the rules of the SQLite backend: the same dyad and code within
//!    [`MERGE_WINDOW_DAYS`](crate::MERGE_WINDOW_DAYS), for an event without a target only
//!    when the sentences agree (`agree`), the earliest first), and the articles,
//!    new events, mentions, changed counts and running totals are written.
//!
//! 3. After the commit, outside the lock: the wait for the write-ahead log to reach the disk
//!    (the commit itself does not wait, so the next writer need not either; a second, empty
//!    transaction's synchronous commit flushes the log through this one's).
//!
//! So writers copy their texts at the same time and take turns only for the merge, which
//! needs a consistent view of the events; every count stays exact, an article is stored once
//! whoever sees it first, and a killed writer's transaction is rolled back by the server (its
//! lock released): it loses that batch only. Readers never wait.

use crate::pg::WRITE_LOCK;
use crate::totals::{Batch, Cluster};
use crate::{MERGE_WINDOW_DAYS, Outcome, Prepared, StoreError, event_day, simhash};
use postgres::Transaction;
use std::collections::{HashMap, HashSet};
use std::io::Write;

type PgResult<T> = std::result::Result<T, StoreError>;

/// Text for `COPY ... FROM STDIN` (text format): one row at a time.
#[derive(Default)]
struct CopyRows {
    buf: Vec<u8>,
    first: bool,
}

impl CopyRows {
    fn row(&mut self) -> &mut Self {
        if !self.buf.is_empty() {
            self.buf.push(b'\n');
        }
        self.first = true;
        self
    }

    fn sep(&mut self) {
        if !self.first {
            self.buf.push(b'\t');
        }
        self.first = false;
    }

    fn text(&mut self, s: &str) -> &mut Self {
        self.sep();
        for b in s.bytes() {
            match b {
                b'\\' => self.buf.extend_from_slice(b"\\\\"),
                b'\t' => self.buf.extend_from_slice(b"\\t"),
                b'\n' => self.buf.extend_from_slice(b"\\n"),
                b'\r' => self.buf.extend_from_slice(b"\\r"),
                _ => self.buf.push(b),
            }
        }
        self
    }

    fn null(&mut self) -> &mut Self {
        self.sep();
        self.buf.extend_from_slice(b"\\N");
        self
    }

    fn opt(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.text(s),
            None => self.null(),
        }
    }

    fn int(&mut self, n: i64) -> &mut Self {
        self.sep();
        self.buf.extend_from_slice(n.to_string().as_bytes());
        self
    }

    fn opt_int(&mut self, n: Option<i64>) -> &mut Self {
        match n {
            Some(n) => self.int(n),
            None => self.null(),
        }
    }

    fn real(&mut self, x: f64) -> &mut Self {
        self.sep();
        self.buf.extend_from_slice(format!("{x:?}").as_bytes());
        self
    }

    /// Sends the rows with `COPY table (cols) FROM STDIN`.
    fn send(self, tx: &mut Transaction<'_>, table: &str, cols: &str, path: &str) -> PgResult<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let pg = |e| StoreError::Postgres { path: path.to_string(), source: e };
        let mut w = tx.copy_in(&format!("COPY {table} ({cols}) FROM STDIN")).map_err(pg)?;
        w.write_all(&self.buf)
            .and_then(|_| w.write_all(b"\n"))
            .map_err(|e| StoreError::Copy { path: path.to_string(), source: e })?;
        w.finish().map_err(pg)?;
        Ok(())
    }
}

/// The statements of a batch, prepared once per connection.
type Stmts = HashMap<String, postgres::Statement>;

/// Runs a query (PostgreSQL's SQL, no `?`) through the connection's prepared statements.
fn query(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    sql: &str,
    args: &[&(dyn postgres::types::ToSql + Sync)],
) -> std::result::Result<Vec<postgres::Row>, postgres::Error> {
    let st = crate::pg::statement(tx, stmts, sql)?;
    tx.query(&st, args)
}

/// The sequences of the tables' ids as constants of SQL (`'schema.name'::regclass`), looked
/// up once per connection: `pg_get_serial_sequence` in a query would look one up for every id.
pub(crate) type Sequences = HashMap<&'static str, String>;

/// `n` values of the sequence of `table`'s ids, in order.
fn ids(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    seqs: &mut Sequences,
    table: &'static str,
    n: usize,
) -> std::result::Result<Vec<i64>, postgres::Error> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let seq = sequence(tx, seqs, table)?;
    let sql = format!("SELECT nextval({seq}) FROM generate_series(1, $1::bigint)");
    let rows = query(tx, stmts, &sql, &[&(n as i64)])?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// The sequence of `table`'s ids (see [`Sequences`]).
fn sequence(
    tx: &mut Transaction<'_>,
    seqs: &mut Sequences,
    table: &'static str,
) -> std::result::Result<String, postgres::Error> {
    if let Some(s) = seqs.get(table) {
        return Ok(s.clone());
    }
    let name: String = tx.query_one("SELECT pg_get_serial_sequence($1, 'id')", &[&table])?.get(0);
    let constant = format!("'{}'::regclass", name.replace('\'', "''"));
    seqs.insert(table, constant.clone());
    Ok(constant)
}

/// The stored articles (id by hash) with one of these hashes, and the store's generation as
/// the same snapshot saw it (`None` before the first batch).
fn stored_hashes(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    hashes: &[&str],
) -> std::result::Result<(HashMap<String, i64>, Option<i64>), postgres::Error> {
    // One statement, so one snapshot: no article can be committed between the two reads.
    let rows = query(
        tx,
        stmts,
        "SELECT hash, id FROM articles WHERE hash = ANY($1)
         UNION ALL SELECT NULL, n FROM store_totals WHERE name = 'generation'",
        &[&hashes],
    )?;
    let mut found = HashMap::new();
    let mut generation = None;
    for r in &rows {
        match r.get::<_, Option<String>>(0) {
            Some(h) => {
                found.insert(h, r.get(1));
            }
            None => generation = Some(r.get(1)),
        }
    }
    Ok((found, generation))
}

/// The days a dyad and code's mentions span, and whether one of them is undated.
type Window = (Option<i64>, Option<i64>, bool);

/// A merged event as the batch sees it.
struct Merged {
    /// Its id; new ones get theirs once the batch is merged.
    id: Option<i64>,
    first_day: Option<i64>,
    last_day: Option<i64>,
    articles: i64,
    day: Option<String>,
    quad: i64,
    modality: String,
    /// The keys its mentions agree on when it has no target (see `agree`).
    agree: String,
    text_key: Option<i64>,
    /// What the batch adds, and whether it moved the window.
    mentions_add: i64,
    articles_add: i64,
    sources_add: i64,
    moved: bool,
    /// For a new one: its first mention (index into the batch's events).
    first_event: Option<usize>,
}

/// The columns of `events` as the batch copies them.
const EVENT_COLUMNS: &str = "id, article_id, cluster_id, sentence, span_start, span_end, trigger_text, trigger_start, trigger_end,
    source_code, source_text, target_code, target_text, code, root, quad_class, goldstein, modality, attributed_to, place, event_date, date,
    source_start, source_end, target_start, target_end, origin";

/// Time a writer spent in each phase of its batches, summed (see [`PHASES`]).
#[derive(Debug, Clone, Default)]
pub struct Phases {
    /// Batches written.
    pub batches: u64,
    /// Time per phase, in the order of [`PHASES`].
    pub time: [std::time::Duration; PHASES.len()],
}

/// The phases of a batch's write, in order.
pub const PHASES: [&str; 6] = [
    "hashes and ids",
    "texts and quotes sent",
    "wait for the lock",
    "merge",
    "articles, events, totals written",
    "commit",
];

/// A clock for the phases of one batch.
struct Clock<'a> {
    phases: &'a mut Phases,
    at: std::time::Instant,
}

impl Clock<'_> {
    /// Ends phase `k`.
    fn lap(&mut self, k: usize) {
        let now = std::time::Instant::now();
        self.phases.time[k] += now - self.at;
        self.at = now;
    }
}

/// Stores a batch (see the module's notes).
pub(crate) fn insert(
    client: &mut postgres::Client,
    stmts: &mut Stmts,
    seqs: &mut Sequences,
    batch: &[Prepared],
    bands: &mut simhash::BandIndex,
    phases: &mut Phases,
    path: &str,
) -> PgResult<Vec<Outcome>> {
    let pg = |e| StoreError::Postgres { path: path.to_string(), source: e };
    phases.batches += 1;
    let mut clock = Clock { phases, at: std::time::Instant::now() };
    let mut tx = client.transaction().map_err(pg)?;

    // 1. Without the lock: ids for the new texts, and their rows.
    let hashes: Vec<&str> = batch.iter().map(|p| p.hash.as_str()).collect();
    let (known, seen_generation) = stored_hashes(&mut tx, stmts, &hashes).map_err(pg)?;
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    // The batch's articles to store: (index in the batch), each text once.
    let mut fresh: Vec<usize> = Vec::new();
    for (k, p) in batch.iter().enumerate() {
        if !known.contains_key(&p.hash) && !first_of.contains_key(p.hash.as_str()) {
            first_of.insert(&p.hash, k);
            fresh.push(k);
        }
    }
    let fresh_ids = ids(&mut tx, stmts, seqs, "articles", fresh.len()).map_err(pg)?;
    clock.lap(0);
    let id_of: HashMap<usize, i64> = fresh.iter().copied().zip(fresh_ids.iter().copied()).collect();
    let mut later: [CopyRows; 5] = Default::default();
    for (&k, &aid) in fresh.iter().zip(&fresh_ids) {
        let p = &batch[k];
        later[0].row().int(aid).text(&p.text);
        let (quotes, places) = crate::quote_and_place_rows(aid, &p.coded);
        for (rows, out) in [(quotes, 1), (places, 2)] {
            for r in rows {
                let w = later[out].row();
                for v in r {
                    match v {
                        crate::Value::Null => w.null(),
                        crate::Value::Integer(i) => w.int(i),
                        crate::Value::Real(x) => w.real(x),
                        crate::Value::Text(s) => w.text(&s),
                        crate::Value::Blob(b) => w.text(&String::from_utf8_lossy(&b)),
                    };
                }
            }
        }
        if let Some((amounts, people)) = &p.annotations {
            later[3].row().int(aid).text(amounts).text(people);
        }
        for f in &p.coded.flows {
            later[4]
                .row()
                .int(aid)
                .text(&f.from)
                .text(&f.to)
                .text(&serde_json::to_string(&f.goods).unwrap_or_default())
                .int(i64::from(f.mutual))
                .int(f.sentence as i64)
                .int(f.span[0] as i64)
                .int(f.span[1] as i64);
        }
    }
    for (rows, (table, cols)) in later.into_iter().zip(LATER) {
        rows.send(&mut tx, table, cols, path)?;
    }

    clock.lap(1);
    // 2. Under the lock.
    query(&mut tx, stmts, "SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK]).map_err(pg)?;
    clock.lap(2);
    let row = query(
        &mut tx,
        stmts,
        &format!(
            "SELECT {}, (SELECT n FROM store_totals WHERE name = 'generation')",
            crate::Dialect::Postgres.now()
        ),
        &[],
    )
    .map_err(pg)?;
    let now: String = row[0].get(0);
    let generation: Option<i64> = row[0].get(1);
    // Every batch that stores articles moves the generation in its transaction: when it has
    // not moved since the hashes were looked up, no article was stored meanwhile.
    let fresh_hashes: Vec<&str> = fresh.iter().map(|&k| batch[k].hash.as_str()).collect();
    let lost = if fresh.is_empty() || (generation.is_some() && generation == seen_generation) {
        HashMap::new()
    } else {
        stored_hashes(&mut tx, stmts, &fresh_hashes).map_err(pg)?.0
    };
    if !lost.is_empty() {
        // Stored by another writer since: what was copied for them goes.
        let gone: Vec<i64> = fresh
            .iter()
            .filter(|&&k| lost.contains_key(&batch[k].hash))
            .map(|k| id_of[k])
            .collect();
        for (table, _) in LATER {
            tx.execute(&format!("DELETE FROM {table} WHERE article_id = ANY($1)"), &[&gone])
                .map_err(pg)?;
        }
    }
    // Articles committed since the index was read, by this writer or another (ids are taken
    // before the lock, so not in the order of commits: ids missing below are read again).
    // Not prepared: planned for its bounds each time (a generic plan would read the table).
    let found = tx
        .query(
            "SELECT id, simhash, length, duplicate_of IS NULL FROM articles WHERE id > $1 OR id = ANY($2)",
            &[&bands.last_id(), &bands.pending()],
        )
        .map_err(pg)?;
    let found: Vec<(i64, u64, usize, bool)> = found
        .iter()
        .map(|r| (r.get(0), r.get::<_, i64>(1) as u64, r.get::<_, i64>(2) as usize, r.get(3)))
        .collect();
    bands.catch_up_unordered(&found);

    // Outcomes, in the batch's order.
    let mut out = Vec::with_capacity(batch.len());
    // (index in the batch, id, duplicate of) of the articles stored.
    let mut stored: Vec<(usize, i64, Option<i64>)> = Vec::new();
    for (k, p) in batch.iter().enumerate() {
        if let Some(&id) = known.get(&p.hash).or_else(|| lost.get(&p.hash)) {
            out.push(Outcome::AlreadyStored(id));
            continue;
        }
        let first = first_of[p.hash.as_str()];
        if first != k {
            out.push(Outcome::AlreadyStored(id_of[&first]));
            continue;
        }
        let aid = id_of[&k];
        let dup_of = bands.original_of(p.simhash, p.text.len());
        if dup_of.is_none() {
            bands.insert(aid, p.simhash, p.text.len());
        }
        stored.push((k, aid, dup_of));
        out.push(match dup_of {
            Some(of) => Outcome::NearDuplicate { id: aid, of },
            None => Outcome::Stored(aid),
        });
    }

    // The merged events of the batch's dyads near its dates.
    // Per dyad and code: the earliest and latest day of its mentions, and whether one is undated.
    let mut keys: HashMap<(&str, &str, &str), Window> = HashMap::new();
    for &(k, _, dup_of) in &stored {
        if dup_of.is_some() {
            continue;
        }
        let p = &batch[k];
        for e in &p.coded.events {
            let tgt = e.target.as_ref().map_or("", |t| t.code.as_str());
            let k = keys.entry((&e.source.code, tgt, &e.code)).or_insert((None, None, false));
            match event_day(e.date.as_deref(), p.meta.date).map(|d| d.to_days()) {
                Some(d) => {
                    k.0 = Some(k.0.map_or(d, |x: i64| x.min(d)));
                    k.1 = Some(k.1.map_or(d, |x: i64| x.max(d)));
                }
                None => k.2 = true,
            }
        }
    }
    let mut merged: Vec<Merged> = Vec::new();
    let mut by_key: HashMap<(String, String, String), Vec<usize>> = HashMap::new();
    if !keys.is_empty() {
        let (mut src, mut tgt, mut code) = (Vec::new(), Vec::new(), Vec::new());
        let (mut lo, mut hi, mut undated) = (Vec::new(), Vec::new(), Vec::new());
        for ((s, t, c), (first, last, u)) in &keys {
            src.push(*s);
            tgt.push(*t);
            code.push(*c);
            lo.push(first.map(|d| d - MERGE_WINDOW_DAYS));
            hi.push(last.map(|d| d + MERGE_WINDOW_DAYS));
            undated.push(*u);
        }
        let rows = query(
                &mut tx,
                stmts,
                "SELECT c.id, c.first_day, c.last_day, c.articles, c.day, c.quad_class, c.modality, c.source_code, c.target_code, c.code, c.agree, c.text_key
                   FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bool[]) AS k(s, t, code, lo, hi, undated)
                   JOIN clusters c ON c.source_code = k.s AND c.target_code = k.t AND c.code = k.code
                    AND (c.first_day BETWEEN k.lo AND k.hi OR (k.undated AND c.first_day IS NULL))",
                &[&src, &tgt, &code, &lo, &hi, &undated],
            )
            .map_err(pg)?;
        for r in &rows {
            by_key.entry((r.get(7), r.get(8), r.get(9))).or_default().push(merged.len());
            merged.push(Merged {
                id: Some(r.get(0)),
                first_day: r.get(1),
                last_day: r.get(2),
                articles: r.get(3),
                day: r.get(4),
                quad: r.get::<_, Option<i64>>(5).unwrap_or(0),
                modality: r.get::<_, Option<String>>(6).unwrap_or_default(),
                agree: r.get(10),
                text_key: r.get(11),
                mentions_add: 0,
                articles_add: 0,
                sources_add: 0,
                moved: false,
                first_event: None,
            });
        }
    }
    // Which sources already have a mention of those events.
    let mut sourced: HashSet<(usize, String)> = HashSet::new();
    if !merged.is_empty() {
        let ids: Vec<i64> = merged.iter().filter_map(|m| m.id).collect();
        let origins: Vec<&str> = {
            let set: HashSet<&str> =
                stored.iter().map(|s| batch[s.0].meta.source.as_str()).collect();
            set.into_iter().collect()
        };
        let at: HashMap<i64, usize> =
            merged.iter().enumerate().filter_map(|(k, m)| m.id.map(|i| (i, k))).collect();
        let rows = query(
            &mut tx,
            stmts,
            "SELECT DISTINCT cluster_id, origin FROM events WHERE cluster_id = ANY($1) AND origin = ANY($2)",
            &[&ids, &origins],
        )
        .map_err(pg)?;
        for r in &rows {
            if let Some(&k) = at.get(&r.get::<_, i64>(0)) {
                sourced.insert((k, r.get(1)));
            }
        }
    }

    // Mentions merged in memory, in the batch's order.
    let mut totals = Batch::default();
    // (article id, the article, the event, its merged event) of every mention stored.
    let mut mentions: Vec<(i64, usize, usize, Option<usize>)> = Vec::new();
    for &(k, aid, dup_of) in &stored {
        let p = &batch[k];
        totals.stored(dup_of.is_some(), &p.coded);
        let mut joined: Vec<usize> = Vec::new();
        for (j, e) in p.coded.events.iter().enumerate() {
            if dup_of.is_some() {
                mentions.push((aid, k, j, None));
                continue;
            }
            let day = event_day(e.date.as_deref(), p.meta.date);
            let d = day.map(|d| d.to_days());
            let tgt = e.target.as_ref().map_or(String::new(), |t| t.code.clone());
            let key = (e.source.code.clone(), tgt, e.code.clone());
            let (agree, text_key) =
                (crate::agree::agree_key(e), crate::agree::text_key(e, &p.text));
            let list = by_key.entry(key).or_default();
            // The earliest first day within the window, then the oldest (new ones last).
            let hit = list
                .iter()
                .copied()
                .filter(|&c| match (d, merged[c].first_day) {
                    (Some(d), Some(f)) => {
                        (d - MERGE_WINDOW_DAYS..=d + MERGE_WINDOW_DAYS).contains(&f)
                    }
                    (None, None) => true,
                    _ => false,
                })
                .filter(|&c| {
                    crate::agree::joins(&agree, text_key, &merged[c].agree, merged[c].text_key)
                })
                .min_by_key(|&c| (merged[c].first_day, merged[c].id.is_none(), merged[c].id, c));
            let (c, info) = match hit {
                Some(c) => {
                    let m = &mut merged[c];
                    if let (Some(d), Some(f), Some(l)) = (d, m.first_day, m.last_day)
                        && (d < f || d > l)
                    {
                        m.first_day = Some(d.min(f));
                        m.last_day = Some(d.max(l));
                        m.moved = true;
                    }
                    let info = Cluster {
                        created: false,
                        articles: m.articles,
                        day: m.day.clone(),
                        quad: m.quad,
                        modality: m.modality.clone(),
                    };
                    (c, info)
                }
                None => {
                    let c = merged.len();
                    list.push(c);
                    let info = Cluster {
                        created: true,
                        articles: 0,
                        day: day.map(|d| d.to_string()),
                        quad: i64::from(e.quad_class),
                        modality: e.modality.as_str().to_string(),
                    };
                    merged.push(Merged {
                        id: None,
                        first_day: d,
                        last_day: d,
                        articles: 0,
                        day: info.day.clone(),
                        quad: info.quad,
                        modality: info.modality.clone(),
                        agree,
                        text_key,
                        mentions_add: 0,
                        articles_add: 0,
                        sources_add: 0,
                        moved: false,
                        first_event: Some(mentions.len()),
                    });
                    (c, info)
                }
            };
            let new_article = !joined.contains(&c);
            if new_article {
                joined.push(c);
            }
            totals.mention(e, day.map(|d| d.to_string()).as_deref(), &info, new_article);
            let m = &mut merged[c];
            m.mentions_add += 1;
            m.articles += i64::from(new_article);
            m.articles_add += i64::from(new_article);
            if sourced.insert((c, p.meta.source.clone())) {
                m.sources_add += 1;
            }
            mentions.push((aid, k, j, Some(c)));
        }
    }
    let new: Vec<usize> = (0..merged.len()).filter(|&c| merged[c].id.is_none()).collect();
    // Ids for the new merged events and the mentions, in one query.
    let (cs, es) = (
        sequence(&mut tx, seqs, "clusters").map_err(pg)?,
        sequence(&mut tx, seqs, "events").map_err(pg)?,
    );
    let row = query(
        &mut tx,
        stmts,
        &format!(
            "SELECT ARRAY(SELECT nextval({cs}) FROM generate_series(1, $1::bigint)),
                    ARRAY(SELECT nextval({es}) FROM generate_series(1, $2::bigint))"
        ),
        &[&(new.len() as i64), &(mentions.len() as i64)],
    )
    .map_err(pg)?;
    let (cluster_ids, event_ids): (Vec<i64>, Vec<i64>) = (row[0].get(0), row[0].get(1));
    for (c, id) in new.iter().zip(cluster_ids) {
        merged[*c].id = Some(id);
    }
    clock.lap(3);

    // The rows.
    let mut articles = CopyRows::default();
    for &(k, aid, dup_of) in &stored {
        let (p, m) = (&batch[k], &batch[k].meta);
        articles
            .row()
            .int(aid)
            .text(&m.ext_id)
            .text(&m.source)
            .opt(m.url.as_deref())
            .opt(m.title.as_deref())
            .opt(m.byline.as_deref())
            .opt(m.date.map(|d| d.to_string()).as_deref())
            .text(&p.hash)
            .int(p.simhash as i64)
            .opt_int(dup_of)
            .int(p.text.len() as i64)
            .int(p.coded.sentences as i64)
            .int(p.coded.events.len() as i64)
            .text(&now);
    }
    articles.send(
        &mut tx,
        "articles",
        "id, ext_id, source, url, title, byline, date, hash, simhash, duplicate_of, length, sentences, events, ingested_at",
        path,
    )?;
    let mut clusters = CopyRows::default();
    for &c in &new {
        let m = &merged[c];
        clusters
            .row()
            .opt_int(m.id)
            .text(&mentions_key(batch, &mentions, m.first_event).0)
            .text(&mentions_key(batch, &mentions, m.first_event).1)
            .text(&mentions_key(batch, &mentions, m.first_event).2)
            .opt_int(m.first_day)
            .opt_int(m.last_day)
            .opt_int(m.first_event.map(|i| event_ids[i]))
            .int(m.mentions_add)
            .int(m.articles_add)
            .int(m.sources_add)
            .opt(m.day.as_deref())
            .int(m.quad)
            .text(&m.modality)
            .text(&m.agree)
            .opt_int(m.text_key);
    }
    clusters.send(
        &mut tx,
        "clusters",
        "id, source_code, target_code, code, first_day, last_day, first_event, mentions, articles, sources, day, quad_class, modality, agree, text_key",
        path,
    )?;
    let mut events = CopyRows::default();
    for (n, &(aid, k, j, c)) in mentions.iter().enumerate() {
        let p = &batch[k];
        let e = &p.coded.events[j];
        let day = event_day(e.date.as_deref(), p.meta.date);
        let target = e.target.as_ref();
        events
            .row()
            .int(event_ids[n])
            .int(aid)
            .opt_int(c.and_then(|c| merged[c].id))
            .int(e.sentence as i64)
            .int(e.span[0] as i64)
            .int(e.span[1] as i64)
            .text(&e.trigger.text)
            .int(e.trigger.span[0] as i64)
            .int(e.trigger.span[1] as i64)
            .text(&e.source.code)
            .text(&e.source.text)
            .opt(target.map(|t| t.code.as_str()))
            .opt(target.map(|t| t.text.as_str()))
            .text(&e.code)
            .text(e.code.get(..2).unwrap_or(""))
            .int(i64::from(e.quad_class))
            .real(f64::from(e.goldstein))
            .text(e.modality.as_str())
            .opt(e.attributed_to.as_deref())
            .opt(e.place.as_deref())
            .opt(e.date.as_deref())
            .opt(day.map(|d| d.to_string()).as_deref())
            .int(e.source.span[0] as i64)
            .int(e.source.span[1] as i64)
            .opt_int(target.map(|t| t.span[0] as i64))
            .opt_int(target.map(|t| t.span[1] as i64))
            .text(&p.meta.source);
    }
    events.send(&mut tx, "events", EVENT_COLUMNS, path)?;
    // The counts of the events that were there before.
    let (mut id, mut m, mut a, mut src) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut first, mut last) = (Vec::new(), Vec::new());
    for c in &merged {
        if let Some(i) = c.id
            && c.first_event.is_none()
            && (c.mentions_add > 0 || c.moved)
        {
            id.push(i);
            m.push(c.mentions_add);
            a.push(c.articles_add);
            src.push(c.sources_add);
            first.push(c.first_day);
            last.push(c.last_day);
        }
    }
    if !id.is_empty() {
        tx.execute(
            "UPDATE clusters c SET mentions = c.mentions + u.m, articles = c.articles + u.a, sources = c.sources + u.s,
                    first_day = u.f, last_day = u.l
               FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[]) AS u(id, m, a, s, f, l)
              WHERE c.id = u.id",
            &[&id, &m, &a, &src, &first, &last],
        )
        .map_err(pg)?;
    }
    write_totals(&mut tx, stmts, totals).map_err(pg)?;
    clock.lap(4);
    // The commit does not wait for the log to reach the disk while the lock is held (it is
    // released at once, and the next writer goes on); the transaction after it does, outside
    // the lock: it has an id, so its commit is flushed, and with it the whole log before it,
    // this batch's commit included. The batch is durable when this returns, as before; a
    // crash of the server in between loses this batch and anything written after it (the log
    // is lost only from some point on), never a part of it. (With `synchronous_commit = off`
    // set for the role or in the URL, the second commit does not wait either.)
    tx.execute("SET LOCAL synchronous_commit = off", &[]).map_err(pg)?;
    tx.commit().map_err(pg)?;
    client.batch_execute("BEGIN; SELECT txid_current(); COMMIT").map_err(pg)?;
    clock.lap(5);
    Ok(out)
}

/// A column of rows of totals, as one array parameter.
enum Column {
    Int(Vec<i64>),
    Real(Vec<f64>),
    Text(Vec<Option<String>>),
}

impl Column {
    /// Column `i` of `rows`: integers, reals, or text (a column of nulls is text).
    fn of(rows: &[Vec<crate::Value>], i: usize) -> Column {
        use crate::Value as V;
        let cell = |r: &Vec<V>| r.get(i).cloned().unwrap_or(V::Null);
        if rows.iter().any(|r| matches!(r.get(i), Some(V::Real(_)))) {
            Column::Real(
                rows.iter()
                    .map(|r| match cell(r) {
                        V::Real(x) => x,
                        V::Integer(n) => n as f64,
                        _ => 0.0,
                    })
                    .collect(),
            )
        } else if rows.iter().any(|r| matches!(r.get(i), Some(V::Integer(_)))) {
            Column::Int(
                rows.iter()
                    .map(|r| match cell(r) {
                        V::Integer(n) => n,
                        _ => 0,
                    })
                    .collect(),
            )
        } else {
            Column::Text(
                rows.iter()
                    .map(|r| match cell(r) {
                        V::Text(s) => Some(s),
                        _ => None,
                    })
                    .collect(),
            )
        }
    }

    fn sql_type(&self) -> &'static str {
        match self {
            Column::Int(_) => "bigint[]",
            Column::Real(_) => "float8[]",
            Column::Text(_) => "text[]",
        }
    }

    fn param(&self) -> &(dyn postgres::types::ToSql + Sync) {
        match self {
            Column::Int(v) => v,
            Column::Real(v) => v,
            Column::Text(v) => v,
        }
    }
}

/// Adds a batch's running totals to the stored ones: each table's rows in one statement of
/// array parameters (`unnest`), so that one prepared statement serves every batch.
fn write_totals(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    mut totals: Batch,
) -> std::result::Result<(), postgres::Error> {
    for u in totals.upserts() {
        if u.rows.is_empty() {
            continue;
        }
        let ncols = u.cols.split(',').count();
        let columns: Vec<Column> = (0..ncols).map(|i| Column::of(&u.rows, i)).collect();
        let arrays: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("${}::{}", i + 1, c.sql_type()))
            .collect();
        let sql = format!(
            "INSERT INTO {table} ({cols}) SELECT * FROM unnest({arrays}){on_conflict}",
            table = u.table,
            cols = u.cols,
            arrays = arrays.join(", "),
            on_conflict = u.on_conflict,
        );
        let params: Vec<&(dyn postgres::types::ToSql + Sync)> =
            columns.iter().map(Column::param).collect();
        query_exec(tx, stmts, &sql, &params)?;
    }
    let (names, counts): (Vec<&str>, Vec<i64>) = crate::totals::COUNTERS
        .iter()
        .zip(totals.counts)
        .filter(|(_, n)| *n != 0)
        .map(|(name, n)| (*name, n))
        .unzip();
    if !names.is_empty() {
        query_exec(
            tx,
            stmts,
            "UPDATE store_totals s SET n = s.n + u.n FROM unnest($1::text[], $2::bigint[]) AS u(name, n) WHERE s.name = u.name",
            &[&names, &counts],
        )?;
    }
    // Every batch is a new generation of the store, in the transaction that writes it.
    query_exec(tx, stmts, crate::totals::GENERATION_SQL, &[])
}

/// Runs a statement (PostgreSQL's SQL, no `?`) through the connection's prepared statements.
fn query_exec(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    sql: &str,
    args: &[&(dyn postgres::types::ToSql + Sync)],
) -> std::result::Result<(), postgres::Error> {
    let st = crate::pg::statement(tx, stmts, sql)?;
    tx.execute(&st, args).map(|_| ())
}

/// The dyad and code of the mention `first` (a new merged event's first).
fn mentions_key(
    batch: &[Prepared],
    mentions: &[(i64, usize, usize, Option<usize>)],
    first: Option<usize>,
) -> (String, String, String) {
    let Some(&(_, k, j, _)) = first.and_then(|i| mentions.get(i)) else {
        return Default::default();
    };
    let e = &batch[k].coded.events[j];
    (
        e.source.code.clone(),
        e.target.as_ref().map_or(String::new(), |t| t.code.clone()),
        e.code.clone(),
    )
}

/// The tables copied before the lock, with their columns.
const LATER: [(&str, &str); 5] = [
    ("texts", "article_id, text"),
    ("quotes", crate::QUOTE_COLUMNS),
    ("places", crate::PLACE_COLUMNS),
    ("annotations", "article_id, amounts, people"),
    ("flows", "article_id, from_code, to_code, goods, mutual, sentence, span_start, span_end"),
];
