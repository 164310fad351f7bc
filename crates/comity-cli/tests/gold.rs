//! The hand-coded Wikinews gold set (gold/wikinews): `comity evaluate` codes its 48 articles
//! (and, apart, the 24 held-out and the 24 of each later development sample) and must keep
//! event recall and precision at or above the
//! figures already reached, so that no change loses them unnoticed. Raise the floors when the
//! coder gets better.

mod common;

use serde_json::Value;

/// Recall and precision floors: (dictionaries, recall, precision).
// (139 of 424 matched, 139 of 158 coded, since session 46: rioters with no country of their
// own became the article's people, which matched their riot and coded their chant of "death
// to" a country as a criticism the gold set does not hold, one more matched for one more that
// matches none, a trade in precision (0.885 to 0.880) the README records.)
const FLOORS: &[(&str, f64, f64)] = &[("built-in", 0.327, 0.879), ("phoenix", 0.068, 0.089)];

/// Floors on the later samples, coded in sessions 42 to 46 by annotators other than those of
/// the first: (split, articles, events, recall, precision) with the built-in lexicon. The
/// held-out articles are never read while tuning the coder (16 of 226 matched, 16 of 26 coded,
/// as first measured; 16 of 27 since session 43's passive restrictions, which coded one more
/// event there that matches none, a loss the README records); the second development sample's
/// misses may be (47 of 254 matched, 55 coded at session 43's end, from 40 of 46; 49 of 57 at
/// session 44's); the third's too, read once its first figures (16 of 224, 16 of 25, unchanged
/// by session 43 until then) were taken: 22 of 224 matched, 31 coded at session 43's end, 25
/// of 34 at session 44's. The fourth, coded in session 44 and not read in it: 15 of 248
/// matched, 15 of 26 coded, at the session's start and at its end. Session 45 gave private
/// people named in full the country around them: held out 18 of 226 matched, 18 of 30 coded
/// (recall and precision both up); dev2 52 of 60; dev3 26 of 36, one more matched for one
/// more that matches none (a hijacker's purpose read as a protest against a country in the
/// slogan he protested), a trade in precision there the README records. The fifth sample,
/// coded in session 45 and not read in it: 19 of 239 matched, 19 of 30 coded with the
/// session's starting binary, 19 of 31 with its final code. Session 46: dev2 53 of 61, dev3
/// 28 of 38, dev4 16 of 27 (protesters and police of the article's country in sentences
/// naming several); the sixth sample, coded in session 46, first scored with the session's
/// starting binary (13 of 178 matched, 13 of 19 coded), then read: 14 of 21.
const LATER_FLOORS: &[(&str, u64, u64, f64, f64)] = &[
    ("heldout", 24, 226, 0.079, 0.599),
    ("dev2", 24, 254, 0.208, 0.868),
    ("dev3", 24, 224, 0.125, 0.736),
    ("dev4", 24, 248, 0.064, 0.592),
    ("dev5", 24, 239, 0.079, 0.612),
    ("dev6", 24, 178, 0.078, 0.666),
];

/// Floor of the PLOVER gold records' type+actors recall (`../shared/plover/score.py`, printed to
/// two places): 60 of 108 (0.556, printed 0.56), reached in session 41.
const PLOVER_FLOOR: f64 = 0.56;

fn evaluate(extra: &[&str]) -> Option<Value> {
    let corpus = common::repo().join("../shared/corpus/wikinews.jsonl");
    if !corpus.exists() {
        comity_core::missing_test_input(
            "../shared/corpus/wikinews.jsonl not found beside the checkout",
        );
        return None;
    }
    let out = common::comity()
        .current_dir(common::repo())
        .args(["evaluate", "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).expect("evaluate prints JSON"))
}

fn check(name: &str, v: &Value) {
    let (_, floor_r, floor_p) = FLOORS.iter().find(|f| f.0 == name).copied().unwrap();
    let r = v["recall"].as_f64().unwrap();
    let p = v["precision"].as_f64().unwrap();
    eprintln!(
        "{name}: {} gold, {} coded, {} matched: recall {r:.3} precision {p:.3}; misses by cause {}; false events by cause {}",
        v["gold"], v["coded"], v["matched"], v["miss_causes"], v["false_causes"]
    );
    assert_eq!(v["articles"], 48, "the gold set has 48 articles");
    assert_eq!(v["gold"], 424, "the gold set has 424 events");
    assert!(r >= floor_r, "{name}: recall {r:.3} fell below the floor {floor_r}");
    assert!(p >= floor_p, "{name}: precision {p:.3} fell below the floor {floor_p}");
}

#[test]
fn built_in_lexicon_keeps_its_recall_and_precision_on_the_gold_set() {
    if let Some(v) = evaluate(&[]) {
        check("built-in", &v);
    }
}

#[test]
fn built_in_lexicon_keeps_its_recall_and_precision_on_the_later_samples() {
    for &(split, articles, gold, floor_r, floor_p) in LATER_FLOORS {
        let Some(v) = evaluate(&["--split", split]) else { return };
        let (r, p) = (v["recall"].as_f64().unwrap(), v["precision"].as_f64().unwrap());
        eprintln!(
            "{split}: {} gold, {} coded, {} matched: recall {r:.3} precision {p:.3}; misses by cause {}",
            v["gold"], v["coded"], v["matched"], v["miss_causes"]
        );
        assert_eq!(v["articles"], articles, "{split}: {articles} articles");
        assert_eq!(v["gold"], gold, "{split}: {gold} events");
        assert!(r >= floor_r, "{split}: recall {r:.3} fell below {floor_r}");
        assert!(p >= floor_p, "{split}: precision {p:.3} fell below {floor_p}");
    }
}

#[test]
fn the_held_out_articles_misses_are_not_listed() {
    let out = common::comity()
        .current_dir(common::repo())
        .args(["evaluate", "--split", "heldout", "--details"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "--details on the held-out articles must be refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--split heldout"), "{err}");
    assert!(out.stdout.is_empty(), "nothing of the held-out articles is printed");
}

#[test]
fn phoenix_dictionaries_keep_their_recall_and_precision_on_the_gold_set() {
    let dir = common::repo().join("../shared/petrarch/phoenix");
    if !dir.exists() {
        comity_core::missing_test_input("../shared/petrarch/phoenix not found beside the checkout");
        return;
    }
    if let Some(v) = evaluate(&["--dictionaries", dir.to_str().unwrap()]) {
        check("phoenix", &v);
    }
}

#[test]
fn plover_records_keep_their_type_and_actor_recall() {
    let script = common::repo().join("../shared/plover/score.py");
    if !script.exists() {
        comity_core::missing_test_input("../shared/plover/score.py not found beside the checkout");
        return;
    }
    let out = match std::process::Command::new("python3")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_comity"))
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            comity_core::missing_test_input(&format!("python3 cannot run score.py: {e}"));
            return;
        }
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    eprintln!("{text}");
    let recall: f64 = text
        .split("type+actors recall ")
        .nth(1)
        .and_then(|r| r.split(';').next())
        .and_then(|r| r.trim().parse().ok())
        .unwrap_or_else(|| panic!("no type+actors recall in {text:?}"));
    assert!(
        recall >= PLOVER_FLOOR,
        "PLOVER type+actors recall {recall:.2} fell below the floor {PLOVER_FLOOR}"
    );
}
