//! Held-out evaluation of the compiled-in model on the EWT and GUM test documents. It needs
//! the treebank repositories, so it is ignored by default; run it with
//!
//! ```text
//! cargo test --release -p comity-parse --test heldout -- --ignored --nocapture
//! ```
//!
//! The repositories are found through `COMITY_UD_EWT` and `COMITY_UD_GUM` (git repositories
//! or directories exported with `git archive`), defaulting to the mirrors on the development
//! machines. Without them the test fails when `CI` is set and otherwise says why it skipped.

use std::path::PathBuf;

use comity_parse::Parser;
use comity_parse::train::{self, Split};

fn dir(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default))
}

#[test]
#[ignore = "needs the UD_English-EWT and UD_English-GUM repositories; see the file's doc"]
fn heldout_scores_meet_targets() {
    let ewt = dir("COMITY_UD_EWT", "/work/.mirror/UniversalDependencies+UD_English-EWT/repo");
    let gum = dir("COMITY_UD_GUM", "/work/.mirror/UniversalDependencies+UD_English-GUM/repo");
    let docs = match (train::load_ewt(&ewt), train::load_gum(&gum)) {
        (Ok(mut a), Ok(b)) => {
            a.extend(b);
            a
        }
        (Err(e), _) | (_, Err(e)) => {
            let msg = format!("treebanks not available ({e}); set COMITY_UD_EWT and COMITY_UD_GUM");
            if std::env::var_os("CI").is_some() {
                panic!("{msg}");
            }
            eprintln!("SKIPPED: {msg}");
            return;
        }
    };
    let test = train::sentences(&docs, Split::Test);
    let s = train::evaluate(Parser::english(), &test);
    eprintln!(
        "held-out: {} words, UPOS {:.4}, XPOS {:.4}, lemma {:.4}, UAS {:.4}, LAS {:.4}",
        s.words,
        s.upos(),
        s.xpos(),
        s.lemma(),
        s.uas(),
        s.las()
    );
    assert!(s.words > 40_000);
    assert!(s.upos() >= 0.95, "UPOS {}", s.upos());
    assert!(s.las() >= 0.80, "LAS {}", s.las());
    // The same sentences with a bare time word where news puts one ("Russia today accused"):
    // 0.776 before such words were parsed around (src/times.rs), 0.825 after.
    let times = train::augment_news_times(&test, 1.0, 7);
    let t = train::evaluate(Parser::english(), &times);
    eprintln!("held-out with time words: {} words, LAS {:.4}", t.words, t.las());
    assert!(t.las() >= 0.82, "LAS with time words {}", t.las());
}
