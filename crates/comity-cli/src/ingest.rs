//! `comity ingest`: read, code in parallel, store in batches on one writer thread.

use anyhow::{Context, Result};
use comity_code::Coder;
use comity_core::Article;
use comity_ingest::{InputError, ReadOptions};
use comity_store::{ArticleMeta, Outcome, Prepared, content_hash};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::sync::mpsc::sync_channel;
use std::time::Instant;

enum Msg {
    Batch(Vec<Prepared>),
    Error(InputError),
}

#[derive(Default, Debug)]
struct Totals {
    stored: usize,
    duplicates: usize,
    already: usize,
    errors: usize,
    bytes: usize,
    write_secs: f64,
    checkpoint_secs: f64,
}

fn meta(a: &Article, input: &str) -> ArticleMeta {
    let host = a
        .url
        .as_deref()
        .and_then(|u| u.split("://").nth(1))
        .and_then(|r| r.split('/').next())
        .map(str::to_string);
    ArticleMeta {
        ext_id: a.id.clone(),
        source: host.unwrap_or_else(|| input.to_string()),
        url: a.url.clone(),
        title: a.title.clone(),
        byline: a.byline.clone(),
        date: a.date,
    }
}

/// How many articles `sources` hold, when that is known before reading them: a JSON Lines
/// file holds one a non-blank line, a text or HTML page one; a feed, a JSON document, a list of
/// URLs, a URL or standard input make the count unknown.
pub(crate) fn expected_articles(sources: &[comity_ingest::Source]) -> Option<u64> {
    use std::io::BufRead;
    let mut n = 0u64;
    for src in sources {
        let comity_ingest::Source::File(p) = src else { return None };
        let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("jsonl" | "ndjson") => {
                let f = std::io::BufReader::new(std::fs::File::open(p).ok()?);
                for line in f.split(b'\n') {
                    n += u64::from(line.ok()?.iter().any(|b| !b.is_ascii_whitespace()));
                }
            }
            Some("txt" | "text" | "html" | "htm" | "xhtml") => n += 1,
            _ => return None,
        }
    }
    Some(n)
}

/// The progress line on a terminal (hidden otherwise): articles done of the total with the
/// time left when the total is known, else a spinner; the message carries rates and errors.
pub(crate) fn progress_bar(total: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (b, template) = match total {
        Some(n) => (
            ProgressBar::new(n),
            "{spinner} {elapsed} [{bar:24}] {human_pos}/{human_len} articles, {eta} left {msg}",
        ),
        None => (ProgressBar::new_spinner(), "{spinner} {elapsed} {human_pos} articles {msg}"),
    };
    b.set_style(
        ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_spinner())
            .progress_chars("=> "),
    );
    b.enable_steady_tick(std::time::Duration::from_millis(200));
    b
}

pub fn run(
    db: &comity_store::Location,
    paths: &[String],
    coder: &Coder,
    opts: &ReadOptions,
    batch_size: usize,
    budget: Option<std::time::Duration>,
) -> Result<i32> {
    let store = db.open().with_context(|| format!("opening the store {db}"))?;
    let reader = db.open().with_context(|| format!("opening the store {db}"))?;
    // An empty store has nothing to skip: do not look every article up.
    let check_existing = reader.stats().map(|s| s.articles > 0).unwrap_or(true);
    let (sources, missing, unread) = comity_ingest::expand_reporting(paths);
    if !unread.is_empty() {
        let names: Vec<String> = unread.iter().take(5).map(|p| p.display().to_string()).collect();
        eprintln!(
            "comity: left out {} file(s) of a kind comity does not read ({}{}); it reads {}",
            unread.len(),
            names.join(", "),
            if unread.len() > 5 { ", ..." } else { "" },
            comity_ingest::KNOWN_EXTENSIONS
                .iter()
                .map(|e| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    if sources.is_empty() && missing.is_empty() {
        eprintln!(
            "comity: error: nothing to read in {}: no files of a kind comity reads",
            paths.join(", ")
        );
        return Ok(1);
    }
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let bar = progress_bar(if tty { expected_articles(&sources) } else { None });
    let (tx, rx) = sync_channel::<Msg>(16);
    let (batch_tx, batch_rx) = sync_channel::<Vec<(Article, String)>>(4);
    // Three stages run at once: this thread reads, a coding stage codes each batch on every
    // core, and one writer thread stores the coded batches in order.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cores)
        .build()
        .context("starting the coding threads")?;
    let mut read = Totals::default();
    let mut skipped_already = 0usize;
    let t = std::thread::scope(|scope| -> Result<Totals> {
        let writer = std::thread::Builder::new().name("store-writer".into()).spawn_scoped(
            scope,
            move || -> Result<Totals, comity_store::StoreError> {
                let mut store = store;
                store.bulk_mode()?;
                let mut t = Totals::default();
                for msg in rx {
                    match msg {
                        Msg::Batch(b) => {
                            let t0 = Instant::now();
                            let outcomes = store.insert(&b)?;
                            t.write_secs += t0.elapsed().as_secs_f64();
                            for o in outcomes {
                                match o {
                                    Outcome::Stored(_) => t.stored += 1,
                                    Outcome::NearDuplicate { .. } => t.duplicates += 1,
                                    Outcome::AlreadyStored(_) => t.already += 1,
                                }
                            }
                            // Freeing the batch is the coding stage's work, not the writer's.
                            let _ = std::thread::spawn(move || drop(b));
                        }
                        Msg::Error(e) => {
                            t.errors += 1;
                            store.record_error(&e.input, e.line, &e.message)?;
                        }
                    }
                }
                let t0 = Instant::now();
                store.checkpoint()?;
                t.checkpoint_secs = t0.elapsed().as_secs_f64();
                Ok(t)
            },
        )?;
        let code_tx = tx.clone();
        let coding_bar = bar.clone();
        let coding = std::thread::Builder::new().name("coding".into()).spawn_scoped(
            scope,
            move || -> usize {
                let mut already = 0;
                for batch in batch_rx {
                    let n = batch.len() as u64;
                    // Articles already stored are not coded again: a rerun only does what is left.
                    let mut fresh: Vec<(Article, String, Option<String>)> =
                        Vec::with_capacity(batch.len());
                    for (a, input) in batch {
                        let hash = check_existing.then(|| content_hash(&a.text));
                        if let Some(h) = &hash
                            && let Ok(Some(_)) = reader.find_article(h)
                        {
                            already += 1;
                            continue;
                        }
                        fresh.push((a, input, hash));
                    }
                    let results: Vec<Result<Prepared, InputError>> = pool.install(|| {
                        fresh
                            .into_par_iter()
                            .map(|(a, input, hash)| {
                                // An article over its time budget is an input error; the
                                // others of the batch are stored.
                                match coder.code_within(&a, &crate::deadline(budget)) {
                                    Ok(c) => {
                                        let hash = hash.unwrap_or_else(|| content_hash(&a.text));
                                        Ok(Prepared::with_hash(meta(&a, &input), a.text, c, hash))
                                    }
                                    Err(e) => Err(InputError {
                                        input,
                                        line: None,
                                        message: format!(
                                            "article {}: {e} (--article-timeout)",
                                            a.id
                                        ),
                                    }),
                                }
                            })
                            .collect()
                    });
                    coding_bar.inc(n);
                    let mut coded = Vec::with_capacity(results.len());
                    for r in results {
                        match r {
                            Ok(p) => coded.push(p),
                            Err(e) => {
                                coding_bar.suspend(|| eprintln!("comity: skipped {e}"));
                                let _ = code_tx.send(Msg::Error(e));
                            }
                        }
                    }
                    if !coded.is_empty() && code_tx.send(Msg::Batch(coded)).is_err() {
                        break;
                    }
                }
                already
            },
        )?;
        let report = |e: &InputError| {
            let line = format!("comity: skipped {e}");
            if tty {
                bar.suspend(|| eprintln!("{line}"));
            } else {
                eprintln!("{line}");
            }
        };
        for e in missing {
            report(&e);
            read.errors += 1;
            let _ = tx.send(Msg::Error(e));
        }
        let mut batch: Vec<(Article, String)> = Vec::with_capacity(batch_size);
        let mut stopped = false;
        for src in &sources {
            let input = src.name();
            comity_ingest::read_source(src, opts, &mut |r| match r {
                Ok(a) => {
                    read.stored += 1;
                    read.bytes += a.text.len();
                    batch.push((a, input.clone()));
                    if batch.len() >= batch_size && !stopped {
                        stopped = batch_tx
                            .send(std::mem::replace(&mut batch, Vec::with_capacity(batch_size)))
                            .is_err();
                        let secs = started.elapsed().as_secs_f64().max(1e-6);
                        bar.set_message(format!(
                            "({} read, {:.1} MB/s, {} errors)",
                            read.stored,
                            read.bytes as f64 / 1e6 / secs,
                            read.errors
                        ));
                    }
                }
                Err(e) => {
                    read.errors += 1;
                    report(&e);
                    let _ = tx.send(Msg::Error(e));
                }
            });
            if stopped {
                break;
            }
        }
        if !batch.is_empty() && !stopped {
            let _ = batch_tx.send(batch);
        }
        drop(batch_tx);
        skipped_already =
            coding.join().map_err(|_| anyhow::anyhow!("the coding stage stopped unexpectedly"))?;
        drop(tx);
        bar.finish_and_clear();
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("the store writer stopped unexpectedly"))?
            .context("writing to the store")
    })?;
    read.already = skipped_already;
    if read.stored == 0 && read.errors == 0 {
        eprintln!("comity: error: no articles in {} (the input is empty)", paths.join(", "));
        return Ok(1);
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "comity: {} articles read ({:.1} MB in {:.1} s, {:.1} MB/s): {} stored, {} near-duplicates, {} already stored, {} errors -> {}",
        read.stored,
        read.bytes as f64 / 1e6,
        secs,
        read.bytes as f64 / 1e6 / secs.max(1e-6),
        t.stored,
        t.duplicates,
        t.already + read.already,
        t.errors,
        db
    );
    if std::env::var_os("COMITY_TIMING").is_some() {
        eprintln!(
            "comity: {:.2} s spent writing to the store, then {:.2} s copying the write-ahead log into it",
            t.write_secs, t.checkpoint_secs
        );
    }
    Ok(if t.errors > 0 { 1 } else { 0 })
}
