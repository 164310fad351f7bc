//! The `comity` command line: a thin layer over the pipeline crates.

mod analyse;
mod evaluate;
mod export;
mod gdelt;
mod ingest;
mod output;
mod query;
mod render;
mod validate;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use comity_code::{Coder, Options};
use comity_core::{Article, Date, Deadline};
use comity_dict::{Dictionaries, Mode};
use comity_ingest::{InputError, ReadOptions, Source};
use output::RowFormat;
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

/// mimalloc instead of the system allocator: loading the dictionaries makes millions of small
/// allocations, and glibc's malloc and free were a third of its instructions.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "comity",
    version,
    about = "Political event data and alliance intelligence from news text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The output of `comity code`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CodeFormat {
    /// Readable summary for people.
    Text,
    /// JSON Lines, one object per article.
    Json,
}

/// The output of the commands that print a report rather than rows.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// Readable report for people (`table` is accepted too).
    #[value(alias = "table")]
    Text,
    /// One JSON document.
    Json,
}

#[derive(clap::Args)]
struct DictArgs {
    /// Replace the built-in dictionaries with the files of this folder (each file kind found there
    /// replaces the built-in file of that kind).
    #[arg(long, value_name = "DIR")]
    dictionaries: Option<PathBuf>,
    /// Add the entries of the files of this folder to the built-in dictionaries.
    #[arg(long, value_name = "DIR", conflicts_with = "dictionaries")]
    add_dictionaries: Option<PathBuf>,
}

impl DictArgs {
    fn load(&self) -> Result<Dictionaries> {
        let d = match (&self.dictionaries, &self.add_dictionaries) {
            (Some(dir), _) => Dictionaries::load(dir, Mode::Replace)
                .with_context(|| format!("loading dictionaries from {}", dir.display()))?,
            (None, Some(dir)) => Dictionaries::load(dir, Mode::Add)
                .with_context(|| format!("loading dictionaries from {}", dir.display()))?,
            (None, None) => Dictionaries::builtin(),
        };
        Ok(d)
    }
}

/// Coder options (the PETRARCH validation records carry them in `config`).
#[derive(clap::Args)]
struct CoderArgs {
    /// Code only events with both a source and a target (true/false; default true, as PETRARCH
    /// and ICEWS do). `--require-dyad false` also keeps one-sided events ("Russia mobilised").
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    require_dyad: Option<bool>,
    /// Also keep events the text says did not or may not happen (modality negated,
    /// hypothetical, denied or only possible: "did not attack", "if Iran attacks", "denied
    /// attacking", "may cut off aid"), which are left out by default.
    #[arg(long)]
    unasserted: bool,
    /// With PETRARCH dictionaries: a name of at most N words that no dictionary knows becomes an
    /// actor coded by its own text.
    #[arg(long, value_name = "N", default_value_t = 0)]
    new_actor_length: usize,
    /// With PETRARCH dictionaries, TABARI's comma rules: a clause between commas of
    /// --comma-min to --comma-max words is left out as an aside (a maximum of 0: off).
    #[arg(long, value_name = "N", default_value_t = 0)]
    comma_min: usize,
    #[arg(long, value_name = "N", default_value_t = 0)]
    comma_max: usize,
    /// The same for the clause opening the sentence, up to its first comma.
    #[arg(long, value_name = "N", default_value_t = 0)]
    comma_bmin: usize,
    #[arg(long, value_name = "N", default_value_t = 0)]
    comma_bmax: usize,
    /// The same for the clause closing the sentence, after its last comma.
    #[arg(long, value_name = "N", default_value_t = 0)]
    comma_emin: usize,
    #[arg(long, value_name = "N", default_value_t = 0)]
    comma_emax: usize,
}

impl CoderArgs {
    fn options(&self, explain: bool) -> Options {
        let commas = comity_code::petrarch::CommaRules {
            min: self.comma_min,
            max: self.comma_max,
            bmin: self.comma_bmin,
            bmax: self.comma_bmax,
            emin: self.comma_emin,
            emax: self.comma_emax,
        };
        Options {
            require_dyad: self.require_dyad,
            unasserted: self.unasserted,
            explain,
            new_actor_length: self.new_actor_length,
            commas,
        }
    }
}

#[derive(clap::Args)]
struct FetchArgs {
    /// Seconds one HTTP request may take, from connecting to the last byte.
    #[arg(long, default_value_t = 20)]
    timeout: u64,
    /// Largest body downloaded, in bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    max_download_bytes: u64,
    #[arg(long, default_value_t = 5)]
    max_redirects: u32,
    /// Do not fetch the page behind a feed entry that carries only a summary.
    #[arg(long)]
    no_follow_links: bool,
    /// Also fetch from loopback, private, link-local and other non-public addresses (refused
    /// by default, after resolving each host name, on every redirect).
    #[arg(long)]
    allow_private_addresses: bool,
    /// Allow this one non-public address (repeatable), e.g. a local news mirror.
    #[arg(long, value_name = "IP")]
    allow_address: Vec<std::net::IpAddr>,
}

impl FetchArgs {
    fn fetcher(&self) -> std::sync::Arc<comity_ingest::web::Fetcher> {
        std::sync::Arc::new(comity_ingest::web::Fetcher::new(comity_ingest::web::FetchOptions {
            timeout: std::time::Duration::from_secs(self.timeout.max(1)),
            max_bytes: self.max_download_bytes,
            max_redirects: self.max_redirects,
            follow_links: !self.no_follow_links,
            allow_private: self.allow_private_addresses,
            allowed_addresses: self.allow_address.clone(),
        }))
    }
}

/// How `serve` sheds load and times out slow clients.
#[derive(clap::Args)]
struct ServeLimits {
    /// Seconds a client has to send a request's headers (and an idle connection stays open).
    #[arg(long, default_value_t = 10.0, value_name = "SECS")]
    header_timeout: f64,
    /// Seconds a request may take from its headers to its answer; its queries are then stopped.
    #[arg(long, default_value_t = 15.0, value_name = "SECS")]
    request_timeout: f64,
    /// Queries running at once (and pooled database connections); default twice the cores.
    #[arg(long, value_name = "N")]
    max_in_flight: Option<usize>,
    /// Heavy queries (rankings, dyad timelines) running at once, in slots of their own;
    /// default half the cores.
    #[arg(long, value_name = "N")]
    max_heavy_in_flight: Option<usize>,
    /// Requests waiting for a query slot; beyond them, 503 with Retry-After at once.
    #[arg(long, default_value_t = 64, value_name = "N")]
    max_queue: usize,
    /// Longest time to its answer promised to a request: its expected wait for a slot plus
    /// its expected service time (measured per endpoint as the server runs); a request that
    /// would take longer gets 503 with Retry-After at once.
    #[arg(long, default_value_t = 300, value_name = "MS")]
    max_wait_ms: u64,
    /// Open connections; beyond them, 503 and close.
    #[arg(long, default_value_t = 1024, value_name = "N")]
    max_connections: usize,
    /// SQLite page cache shared by all the server's connections, in MiB.
    #[arg(long, default_value_t = 128, value_name = "MIB")]
    cache_mib: u32,
}

impl ServeLimits {
    fn apply(&self, mut c: comity_serve::Config) -> Result<comity_serve::Config> {
        let secs = |v: f64, name: &str| {
            if v.is_finite() && v > 0.0 && v <= 86_400.0 {
                Ok(std::time::Duration::from_secs_f64(v))
            } else {
                Err(anyhow::anyhow!("--{name} takes seconds between 0 and 86400, not {v}"))
            }
        };
        c.header_timeout = secs(self.header_timeout, "header-timeout")?;
        c.request_timeout = secs(self.request_timeout, "request-timeout")?;
        if let Some(n) = self.max_in_flight {
            c.max_in_flight = n.max(1);
        }
        if let Some(n) = self.max_heavy_in_flight {
            c.max_heavy_in_flight = n.max(1);
        }
        c.max_queue = self.max_queue;
        c.max_wait = std::time::Duration::from_millis(self.max_wait_ms);
        c.max_connections = self.max_connections.max(1);
        c.cache_mib = self.cache_mib;
        Ok(c)
    }
}

#[derive(clap::Args)]
struct DbArg {
    /// The store: a SQLite file, or a PostgreSQL database as postgres://user:password@host/db.
    /// Default: $XDG_DATA_HOME/comity/comity.db or ~/.local/share/comity/comity.db.
    #[arg(long, value_name = "PATH|URL", env = "COMITY_DB")]
    db: Option<String>,
}

impl DbArg {
    fn location(&self) -> comity_store::Location {
        match &self.db {
            Some(d) if !d.is_empty() => comity_store::Location::parse(d),
            _ => comity_store::Location::File(comity_store::default_path()),
        }
    }
    fn open(&self) -> Result<comity_store::Store> {
        let l = self.location();
        if !l.exists() {
            bail!("no store at {l} (run `comity ingest` first, or give --db)");
        }
        l.open().with_context(|| format!("opening the store {l}"))
    }
}

fn parse_date(d: Option<String>) -> Result<Option<Date>> {
    match d {
        Some(d) => Ok(Some(
            Date::parse(&d)
                .with_context(|| format!("--date '{d}' is not a date in the form YYYY-MM-DD"))?,
        )),
        None => Ok(None),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events, quotes, amounts, places and flows.
    Code {
        /// Plain-text or JSON Lines files; '-' reads standard input. None: standard input.
        files: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: CodeFormat,
        /// Publication date for articles that carry none (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        dicts: DictArgs,
        /// Show, for each event, the dictionary entries and the pattern that produced it.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        coder: CoderArgs,
        /// Largest article (or JSON Lines line) read, in bytes.
        #[arg(long, default_value_t = comity_ingest::DEFAULT_MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
        /// Seconds one article's coding may take; an article over it is reported as an error
        /// (with its id) and the next one is coded. 0: no limit.
        #[arg(long, value_name = "SECS", default_value_t = 30.0)]
        article_timeout: f64,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// Read articles (files, folders, JSON Lines, HTML pages), code them and store them.
    Ingest {
        /// Files or folders (read recursively); '-' reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        #[command(flatten)]
        db: DbArg,
        /// Publication date for articles that carry none (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        dicts: DictArgs,
        /// Store only events with both a source and a target (true/false; default true).
        /// `--require-dyad false` also stores one-sided events ("Russia mobilised"), which
        /// merge only when their sentences agree (the same trigger word and place, or the same
        /// text).
        #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
        require_dyad: Option<bool>,
        /// Articles coded and stored per transaction.
        #[arg(long, default_value_t = 256)]
        batch: usize,
        /// Largest article (or feed entry, or JSON Lines line) read, in bytes.
        #[arg(long, default_value_t = comity_ingest::DEFAULT_MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
        /// Seconds one article's coding may take; an article over it is reported as an error
        /// (with its id) and the next one is coded. 0: no limit.
        #[arg(long, value_name = "SECS", default_value_t = 30.0)]
        article_timeout: f64,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// List stored events, merged (one row per event, with mention, article and source counts).
    Events {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        filter: query::EventArgs,
        #[arg(long, value_enum, default_value = "table")]
        format: RowFormat,
    },
    /// Show one merged event (by the id in the first column of `events`) with every mention
    /// of it and its sentence.
    Event {
        /// The event id.
        id: i64,
        #[command(flatten)]
        db: DbArg,
        #[arg(long, value_enum, default_value = "table")]
        format: RowFormat,
    },
    /// List the places the stored articles name, by number of mentions.
    Places {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        args: query::PlaceArgs,
        #[arg(long, value_enum, default_value = "table")]
        format: RowFormat,
    },
    /// List stored quotes and reported claims.
    Quotes {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        filter: query::QuoteArgs,
        #[arg(long, value_enum, default_value = "table")]
        format: RowFormat,
    },
    /// List actors by the number of events they take part in.
    Actors {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        args: query::ActorArgs,
        #[arg(long, value_enum, default_value = "table")]
        format: RowFormat,
    },
    /// Export every matching merged event (gdelt, csv, jsonl, parquet) or the actor network
    /// (graphml, gexf); --limit N writes only the N most-mentioned.
    Export {
        #[command(flatten)]
        db: DbArg,
        /// gdelt (GDELT 2.0 event table, tab-separated), csv, jsonl, parquet, graphml, gexf.
        #[arg(long = "format", alias = "as", value_name = "FORMAT")]
        format: export::ExportFormat,
        /// Write here instead of standard output (with --partition, a folder).
        #[arg(long)]
        out: Option<PathBuf>,
        /// With --format parquet and --out DIR: one file a month, in Hive's layout
        /// (DIR/year=2025/month=05/part-0.parquet).
        #[arg(long, value_enum)]
        partition: Option<export::Partition>,
        #[command(flatten)]
        filter: query::EventArgs,
    },
    /// Rank an actor's partners by cooperation score, with the evidence for each.
    Allies {
        /// Actor code or prefix: RUS, RUSGOV.
        actor: String,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        opts: analyse::RankArgs,
    },
    /// Rank an actor's partners by conflict (lowest cooperation score first).
    Rivals {
        actor: String,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        opts: analyse::RankArgs,
    },
    /// The relationship between two actors over time.
    Dyad {
        a: String,
        b: String,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        args: analyse::DyadArgs,
    },
    /// Goods and support that went each way between two states.
    Flows {
        a: String,
        b: String,
        #[command(flatten)]
        db: DbArg,
        #[arg(long, value_enum, default_value = "table")]
        format: RowFormat,
    },
    /// Serve the JSON API and the web dashboard (read-only unless a token is given).
    Serve {
        #[command(flatten)]
        db: DbArg,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Accept POST /api/ingest from requests bearing this token (also read from COMITY_TOKEN).
        #[arg(long, env = "COMITY_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Let the ingest endpoint fetch URLs it is given (from public addresses only).
        #[arg(long)]
        allow_fetch: bool,
        /// Let that fetching reach loopback, private and other non-public addresses too.
        #[arg(long)]
        allow_private_addresses: bool,
        /// Largest request body, in bytes.
        #[arg(long, default_value_t = 1 << 20)]
        max_body: usize,
        /// Requests a second per client address.
        #[arg(long, default_value_t = 200)]
        rate: u32,
        /// A host name the server answers to (repeatable); without one, a server on a loopback
        /// address answers only to localhost and loopback addresses (against DNS rebinding).
        #[arg(long, value_name = "NAME")]
        allowed_host: Vec<String>,
        #[command(flatten)]
        limits: ServeLimits,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Counts of what the store holds, and a consistency check.
    Status {
        #[command(flatten)]
        db: DbArg,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Code a PETRARCH-style validation suite (JSON Lines records with expected events) and
    /// report what passes, by category, with every failure.
    Validate {
        /// The records file (JSON Lines: id, category, date, text, expected_events, flags, config).
        records: PathBuf,
        /// Folder of PETRARCH/TABARI dictionaries (actors, agents, discards, verbs).
        #[arg(long, value_name = "DIR")]
        dictionaries: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Also print, for each failure, what the coder saw (actors, verbs, phrases, patterns).
        #[arg(long)]
        explain: bool,
        /// Exit with status 1 when the share of records passing is below this (0 to 1).
        #[arg(long, value_name = "SHARE")]
        min_pass: Option<f64>,
    },
    /// Code the articles of a hand-coded gold set (gold/wikinews/events.jsonl) and print recall
    /// and precision side by side, with misses and false events by cause.
    Evaluate {
        /// The gold file (JSON Lines, one article a line; split from sample.tsv beside it).
        #[arg(default_value = "gold/wikinews/events.jsonl")]
        gold: PathBuf,
        /// The JSON Lines corpus holding the articles' text.
        #[arg(long, default_value = "../shared/corpus/wikinews.jsonl")]
        corpus: PathBuf,
        /// dev, test, all (dev and test: the first sample), dev2 (a second sample, coded
        /// later by other annotators), heldout (coded with it and never read while tuning),
        /// dev3 (a third sample, coded in session 43), dev4 (a fourth, coded in session 44),
        /// dev5 (a fifth, coded in session 45) or dev6 (a sixth, coded in session 46); dev2 to
        /// dev6 and heldout are scored only when asked for.
        #[arg(long, value_enum, default_value = "all")]
        split: evaluate::Split,
        #[command(flatten)]
        dicts: DictArgs,
        #[command(flatten)]
        coder: CoderArgs,
        /// Also list every miss and false event with its sentence (refused with `--split
        /// heldout`, whose misses are not to be read).
        #[arg(long)]
        details: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Show what the dictionaries hold and any line that could not be read.
    Dictionaries {
        #[command(flatten)]
        dicts: DictArgs,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

fn main() {
    // Output piped into `head` and closed early ends the program quietly, as for any Unix
    // filter, instead of a "Broken pipe" error or a panic in `println!`.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE at start-up, before any thread
    // exists, has no other effect.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("comity: error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Ingest {
            paths,
            db,
            date,
            dicts,
            require_dyad,
            batch,
            max_article_bytes,
            article_timeout,
            fetch,
        } => {
            let date = parse_date(date)?;
            let budget = article_budget(article_timeout)?;
            let dict = dicts.load()?;
            for w in &dict.warnings {
                eprintln!("comity: warning: {w}");
            }
            let coder = Coder::with_options(dict, Options { require_dyad, ..Options::default() });
            let opts = ReadOptions {
                default_date: date,
                max_article_bytes,
                fetcher: Some(fetch.fetcher()),
            };
            ingest::run(&db.location(), &paths, &coder, &opts, batch.max(1), budget)
        }
        Command::Events { db, filter, format } => query::events(&db.open()?, &filter, format),
        Command::Event { id, db, format } => query::event(&db.open()?, id, format),
        Command::Places { db, args, format } => query::places(&db.open()?, &args, format),
        Command::Quotes { db, filter, format } => query::quotes(&db.open()?, &filter, format),
        Command::Actors { db, args, format } => query::actors(&db.open()?, &args, format),
        Command::Allies { actor, db, opts } => {
            analyse::rank(&db.open()?, &actor, &opts, comity_analyse::Ranking::Allies)
        }
        Command::Rivals { actor, db, opts } => {
            analyse::rank(&db.open()?, &actor, &opts, comity_analyse::Ranking::Rivals)
        }
        Command::Dyad { a, b, db, args } => analyse::dyad(&db.open()?, &a, &b, &args),
        Command::Flows { a, b, db, format } => analyse::flows(&db.open()?, &a, &b, format),
        Command::Serve {
            db,
            addr,
            token,
            allow_fetch,
            allow_private_addresses,
            max_body,
            rate,
            allowed_host,
            limits,
            dicts,
        } => {
            let path = db.location();
            drop(db.open()?);
            let coder = std::sync::Arc::new(Coder::new(dicts.load()?));
            let config = limits.apply(comity_serve::Config {
                addr,
                token,
                allow_fetch,
                allow_private_addresses,
                max_body,
                rate,
                allowed_hosts: allowed_host,
                ..comity_serve::Config::new(path.clone())
            })?;
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .context("starting the server runtime")?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("listening on {addr}"))?;
                eprintln!(
                    "comity: serving {} on http://{} ({})",
                    path,
                    listener.local_addr()?,
                    if config.token.is_some() {
                        "ingest enabled with a token"
                    } else {
                        "read-only"
                    }
                );
                comity_serve::serve_on(listener, config, coder, async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await
                .context("serving")
            })?;
            Ok(0)
        }
        Command::Status { db, format } => query::status(&db.open()?, format == Format::Json),
        Command::Export { db, format, out, partition, filter } => {
            let store = db.open()?;
            let f = filter.to_filter(&store, None)?;
            if let Some(part) = partition {
                let (export::ExportFormat::Parquet, Some(dir)) = (format, &out) else {
                    bail!(
                        "--partition writes Parquet files into a folder: give --format parquet --out DIR"
                    );
                };
                let files = export::export_partitioned(&store, &f, part, dir)?;
                eprintln!("comity: {} Parquet files under {}", files.len(), dir.display());
                return Ok(0);
            }
            let undated = match out {
                Some(p) => {
                    let mut w = BufWriter::new(
                        std::fs::File::create(&p)
                            .with_context(|| format!("creating {}", p.display()))?,
                    );
                    let n = export::export(&store, format, &f, filter.mentions, &mut w)?;
                    w.flush()?;
                    n
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut w = BufWriter::new(stdout.lock());
                    let n = export::export(&store, format, &f, filter.mentions, &mut w)?;
                    w.flush()?;
                    n
                }
            };
            if undated > 0 {
                eprintln!(
                    "comity: warning: {undated} event(s) without a date left out of the GDELT export (GDELT dates every event; their articles and sentences give no date); the jsonl, csv and parquet exports hold them"
                );
            }
            Ok(0)
        }
        Command::Code {
            files,
            format,
            date,
            dicts,
            explain,
            coder,
            max_article_bytes,
            article_timeout,
            fetch,
        } => {
            let date = parse_date(date)?;
            let budget = article_budget(article_timeout)?;
            let dict = dicts.load()?;
            for w in &dict.warnings {
                eprintln!("comity: warning: {w}");
            }
            let coder = Coder::with_options(dict, coder.options(explain));
            let sources: Vec<Source> = if files.is_empty() {
                vec![Source::Stdin]
            } else {
                files.iter().map(|f| Source::parse(f)).collect()
            };
            let opts = ReadOptions {
                default_date: date,
                max_article_bytes,
                fetcher: Some(fetch.fetcher()),
            };
            code_sources(&coder, &sources, &opts, format, budget)
        }
        Command::Validate { records, dictionaries, format, explain, min_pass } => {
            validate::run(&records, &dictionaries, format == Format::Json, explain, min_pass)
        }
        Command::Evaluate { gold, corpus, split, dicts, coder, details, format } => {
            // The held-out articles stay unread: their figures, never their misses.
            if details && split == evaluate::Split::Heldout {
                bail!(
                    "--details is refused with --split heldout: the held-out articles' misses are \
                     not listed, so that no one tunes the coder on them (read --split dev2's)"
                );
            }
            let gold_set = evaluate::load_gold(&gold)?;
            let ids: Vec<&str> = gold_set.iter().map(|g| g.id.as_str()).collect();
            let articles = evaluate::load_articles(&corpus, &ids)?;
            let dict = dicts.load()?;
            for w in &dict.warnings {
                eprintln!("comity: warning: {w}");
            }
            let coder = Coder::with_options(dict, coder.options(false));
            let score = evaluate::score(&coder, &gold_set, &articles, split)?;
            let show = evaluate::Show { details, json: format == Format::Json };
            evaluate::print(&score, &articles, &show);
            Ok(0)
        }
        Command::Dictionaries { dicts, format } => {
            let started = std::time::Instant::now();
            let dict = dicts.load()?;
            let elapsed = started.elapsed();
            if format == Format::Json {
                let counts: serde_json::Map<String, serde_json::Value> =
                    dict.counts().into_iter().map(|(k, v)| (k.to_string(), v.into())).collect();
                let out = serde_json::json!({
                    "counts": counts,
                    "sources": dict.sources.iter().map(|(k, s)| serde_json::json!({"kind": k, "from": s})).collect::<Vec<_>>(),
                    "refused": dict.warnings.iter().map(|w| serde_json::json!({"file": w.file, "line": w.line, "message": w.message})).collect::<Vec<_>>(),
                    "builtin_refused": dict.builtin_warnings.iter().map(|w| serde_json::json!({"file": w.file, "line": w.line, "message": w.message})).collect::<Vec<_>>(),
                    "load_seconds": elapsed.as_secs_f64(),
                });
                println!("{out}");
            } else {
                for (k, s) in &dict.sources {
                    println!("{k:<14} {s}");
                }
                println!();
                for (k, v) in dict.counts() {
                    println!("{k:<14} {v:>8}");
                }
                println!(
                    "\nloaded in {:.3} s; {} line(s) refused",
                    elapsed.as_secs_f64(),
                    dict.warnings.len()
                );
                for w in &dict.warnings {
                    println!("  {w}");
                }
                println!(
                    "built-in lines refused (vendored Phoenix dictionaries): {}",
                    dict.builtin_warnings.len()
                );
                for w in &dict.builtin_warnings {
                    println!("  {w}");
                }
            }
            Ok(0)
        }
    }
}

/// The time budget of one article's coding from `--article-timeout` (0: none).
fn article_budget(secs: f64) -> Result<Option<Duration>> {
    if secs == 0.0 {
        return Ok(None);
    }
    match Duration::try_from_secs_f64(secs) {
        Ok(d) => Ok(Some(d)),
        Err(_) => bail!("--article-timeout {secs} is not a number of seconds (0: no limit)"),
    }
}

/// The deadline of an article whose coding starts now.
pub(crate) fn deadline(budget: Option<Duration>) -> Deadline {
    budget.map_or_else(Deadline::none, Deadline::after)
}

/// Reads articles in batches, codes each batch in parallel, and prints in input order. An
/// article whose coding runs over `budget` is reported on standard error with its id, and
/// counts as a skipped input.
fn code_sources(
    coder: &Coder,
    sources: &[Source],
    opts: &ReadOptions,
    format: CodeFormat,
    budget: Option<Duration>,
) -> Result<i32> {
    const BATCH: usize = 512;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut errors = 0usize;
    let mut coded = 0usize;
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut write_err: Option<std::io::Error> = None;
    let mut timed_out = 0usize;
    // The progress line (on a terminal only): articles coded of the total when it is known.
    let bar = ingest::progress_bar(if std::io::stderr().is_terminal() {
        ingest::expected_articles(sources)
    } else {
        None
    });
    let mut flush = |batch: &mut Vec<Article>,
                     out: &mut BufWriter<std::io::StdoutLock<'_>>|
     -> std::io::Result<()> {
        let results: Vec<_> =
            batch.par_iter().map(|a| coder.code_within(a, &deadline(budget))).collect();
        for (a, r) in batch.iter().zip(&results) {
            let r = match r {
                Ok(r) => r,
                Err(e) => {
                    timed_out += 1;
                    bar.suspend(|| {
                        eprintln!("comity: skipped article {}: {e} (--article-timeout)", a.id)
                    });
                    continue;
                }
            };
            match format {
                CodeFormat::Json => {
                    serde_json::to_writer(&mut *out, r).map_err(std::io::Error::other)?;
                    out.write_all(b"\n")?;
                }
                CodeFormat::Text => render::article(&mut *out, a, r)?,
            }
        }
        coded += results.iter().filter(|r| r.is_ok()).count();
        bar.inc(batch.len() as u64);
        batch.clear();
        Ok(())
    };
    let mut report = |e: InputError| {
        errors += 1;
        bar.suspend(|| eprintln!("comity: skipped {e}"));
    };
    for src in sources {
        comity_ingest::read_source(src, opts, &mut |r| match r {
            Ok(a) => {
                batch.push(a);
                if batch.len() >= BATCH
                    && write_err.is_none()
                    && let Err(e) = flush(&mut batch, &mut out)
                {
                    write_err = Some(e);
                }
            }
            Err(e) => report(e),
        });
    }
    if write_err.is_none()
        && !batch.is_empty()
        && let Err(e) = flush(&mut batch, &mut out)
    {
        write_err = Some(e);
    }
    if let Some(e) = write_err {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Ok(0);
        }
        bail!("cannot write the output: {e}");
    }
    out.flush().ok();
    drop(out);
    bar.finish_and_clear();
    let errors = errors + timed_out;
    if std::io::stderr().is_terminal() || errors > 0 {
        eprintln!("comity: coded {coded} article(s); {errors} input(s) skipped");
    }
    Ok(if errors > 0 { 1 } else { 0 })
}
