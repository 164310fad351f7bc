//! Trains the comity-parse English model from the UD_English-EWT and UD_English-GUM git
//! repositories (or plain directories exported from them with `git archive`).
//!
//! ```text
//! comity-train-parser --ewt DIR --gum DIR --out FILE [--dev-only] [--tagger-epochs N]
//!     [--parser-epochs N] [--folds N] [--parser-prune X] [--tagger-prune X] [--news-times R]
//! ```
//!
//! By default the model is trained on the EWT train and dev documents and the GUM non-test
//! documents (never wikiHow or fiction). With `--dev-only` the dev documents are held out
//! and scored after every parser epoch instead (for choosing the number of epochs).

use std::path::PathBuf;
use std::process::ExitCode;

use comity_parse::train::{self, Config, Split};

/// The share of training sentences with a place for a bare time word that get a copy with one
/// (`--news-times`; [`train::augment_news_times`]).
const NEWS_TIMES_RATE: f64 = 0.0;

fn main() -> ExitCode {
    let mut ewt = None;
    let mut gum = None;
    let mut out = None;
    let mut dev_only = false;
    let mut news_times = NEWS_TIMES_RATE;
    let mut cfg = Config::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_default();
        match a.as_str() {
            "--ewt" => ewt = Some(PathBuf::from(val())),
            "--gum" => gum = Some(PathBuf::from(val())),
            "--out" => out = Some(PathBuf::from(val())),
            "--dev-only" => dev_only = true,
            "--tagger-epochs" => cfg.tagger_epochs = val().parse().unwrap_or(cfg.tagger_epochs),
            "--parser-epochs" => cfg.parser_epochs = val().parse().unwrap_or(cfg.parser_epochs),
            "--folds" => cfg.folds = val().parse().unwrap_or(cfg.folds),
            "--parser-prune" => cfg.parser_prune = val().parse().unwrap_or(cfg.parser_prune),
            "--tagger-prune" => cfg.tagger_prune = val().parse().unwrap_or(cfg.tagger_prune),
            "--news-times" => news_times = val().parse().unwrap_or(news_times),
            "--explore" => cfg.explore = val().parse().unwrap_or(cfg.explore),
            _ => {
                eprintln!("unknown argument {a}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(ewt), Some(gum), Some(out)) = (ewt, gum, out) else {
        eprintln!("usage: comity-train-parser --ewt DIR --gum DIR --out FILE [--dev-only]");
        return ExitCode::from(2);
    };
    let docs = match train::load_ewt(&ewt).and_then(|mut e| {
        e.extend(train::load_gum(&gum)?);
        Ok(e)
    }) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut train_set = train::sentences(&docs, Split::Train);
    let dev_set = train::sentences(&docs, Split::Dev);
    let dev = if dev_only {
        Some(dev_set.as_slice())
    } else {
        train_set.extend(dev_set.iter().cloned());
        None
    };
    let extra = train::augment_news_times(&train_set, news_times, cfg.seed);
    eprintln!(
        "{} sentences, {} more with a bare time word as news puts it",
        train_set.len(),
        extra.len()
    );
    train_set.extend(extra);
    eprintln!("{cfg:?}");
    let model = train::train(&train_set, dev, &cfg, &mut std::io::stderr());
    let bytes = model.to_bytes();
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("error writing {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
    ExitCode::SUCCESS
}
