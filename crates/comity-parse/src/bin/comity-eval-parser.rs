//! Scores a comity-parse model on the held-out test documents of UD_English-EWT and
//! UD_English-GUM (gold tokenisation) and measures its speed on one core.
//!
//! ```text
//! comity-eval-parser --ewt DIR --gum DIR [--model FILE] [--split test|dev]
//! ```
//!
//! Without `--model` the English model compiled into the crate is scored. The row `all+times`
//! scores every held-out sentence that has a place for one with a bare time word put there as
//! news puts it ("Russia today accused Georgia", "said Tuesday that";
//! [`train::augment_news_times`]).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use comity_parse::Parser;
use comity_parse::conllu::Sentence;
use comity_parse::train::cpu_seconds;
use comity_parse::train::{self, Doc, Split};

fn main() -> ExitCode {
    let mut ewt = None;
    let mut gum = None;
    let mut model_path = None;
    let mut split = Split::Test;
    let mut prune: Option<(f32, f32)> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_default();
        match a.as_str() {
            "--ewt" => ewt = Some(PathBuf::from(val())),
            "--gum" => gum = Some(PathBuf::from(val())),
            "--model" => model_path = Some(PathBuf::from(val())),
            "--prune" => {
                let v = val();
                let (a, b) = v.split_once(',').unwrap_or((&v, &v));
                prune = Some((a.parse().unwrap_or(0.0), b.parse().unwrap_or(0.0)));
            }
            "--split" => split = if val() == "dev" { Split::Dev } else { Split::Test },
            _ => {
                eprintln!("unknown argument {a}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(ewt), Some(gum)) = (ewt, gum) else {
        eprintln!(
            "usage: comity-eval-parser --ewt DIR --gum DIR [--model FILE] [--split test|dev]"
        );
        return ExitCode::from(2);
    };
    let t = Instant::now();
    let owned;
    let model: &Parser = match &model_path {
        Some(p) => {
            let bytes = match std::fs::read(p) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("error reading {}: {e}", p.display());
                    return ExitCode::FAILURE;
                }
            };
            match Parser::from_bytes(&bytes) {
                Ok(m) => {
                    owned = m;
                    &owned
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        None => Parser::english(),
    };
    println!("model load: {:.3} s", t.elapsed().as_secs_f64());
    let pruned_model;
    let model: &Parser = match prune {
        Some((a, b)) => {
            let out = model.pruned(a, b).to_bytes();
            pruned_model = Parser::from_bytes(&out).expect("a model written here reads back");
            println!("pruned to {:?}: {} bytes", pruned_model.weight_counts(), out.len());
            &pruned_model
        }
        None => model,
    };
    let (ewt_docs, gum_docs) = match (train::load_ewt(&ewt), train::load_gum(&gum)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let news: Vec<Doc> =
        gum_docs.iter().filter(|d| d.name.starts_with("GUM_news_")).cloned().collect();
    let all = {
        let mut v = train::sentences(&ewt_docs, split);
        v.extend(train::sentences(&gum_docs, split));
        v
    };
    // Every held-out sentence that has a place for one, with a bare time word put there as
    // news puts it ("Russia today accused"): how well the model reads newswire's word order.
    let times = train::augment_news_times(&all, 1.0, 7);
    let sets: [(&str, Vec<Sentence>); 5] = [
        ("EWT", train::sentences(&ewt_docs, split)),
        ("GUM", train::sentences(&gum_docs, split)),
        ("GUM news", train::sentences(&news, split)),
        ("all", all),
        ("all+times", times),
    ];
    println!(
        "{:<9} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9} {:>9}",
        "set", "words", "UPOS", "XPOS", "lemma", "UAS", "LAS", "UAS-punct", "LAS-punct"
    );
    for (name, sents) in &sets {
        let s = train::evaluate(model, sents);
        println!(
            "{:<9} {:>7} {:>7.4} {:>7.4} {:>7.4} {:>7.4} {:>7.4} {:>9.4} {:>9.4}",
            name,
            s.words,
            s.upos(),
            s.xpos(),
            s.lemma(),
            s.uas(),
            s.las(),
            s.uas_nopunct(),
            s.las_nopunct()
        );
    }
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    let tps = train::throughput(model, &sets[3].1, 3);
    let wall = t.elapsed().as_secs_f64();
    println!("speed: {tps:.0} tokens/s (tag + lemma + parse, one thread, best of 3 passes)");
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        let words = 3.0 * sets[3].1.iter().map(|s| s.words.len()).sum::<usize>() as f64;
        println!(
            "        {:.0} tokens per CPU second over the 3 passes ({:.0}% of one core was ours)",
            words / (b - a).max(1e-9),
            100.0 * (b - a) / wall.max(1e-9)
        );
    }
    ExitCode::SUCCESS
}
