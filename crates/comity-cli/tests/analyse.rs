//! Alliance analytics from stored events: the seed article puts North Korea first among
//! Russia's allies; the project's own sample corpus (examples/alliances), where the evidence
//! says otherwise, puts China first and North Korea among the rivals.

use std::path::{Path, PathBuf};
use std::process::Command;

fn comity(args: &[&str], db: &Path) -> serde_json::Value {
    let out =
        Command::new(env!("CARGO_BIN_EXE_comity")).args(args).arg("--db").arg(db).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
}

fn ingest(path: &Path, db: &Path, date: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_comity"))
        .arg("ingest")
        .arg(path)
        .args(["--date", date, "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn partners(v: &serde_json::Value) -> Vec<String> {
    v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["partner"].as_str().unwrap().to_string())
        .collect()
}

fn db(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("comity-analyse-{}-{name}.db", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}

#[test]
fn seed_article_puts_north_korea_first() {
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed/north-korea-russia.txt");
    if !seed.exists() {
        comity_core::missing_test_input("../shared/seed not found beside the checkout");
        return;
    }
    let db = db("seed");
    ingest(&seed, &db, "2025-05-15");
    let allies = comity(&["allies", "RUS", "--json"], &db);
    let order = partners(&allies);
    assert_eq!(order.first().map(String::as_str), Some("PRK"), "{allies}");
    assert!(
        !order.contains(&"IRN".to_string()) && !order.contains(&"CHN".to_string()),
        "Iran and China are only comparisons: {order:?}"
    );
    let first = &allies["partners"][0];
    assert!(first["quad"][1].as_u64().unwrap() >= 3, "material cooperation behind it: {first}");
    let evidence = first["evidence"].as_array().unwrap();
    assert!(
        evidence.iter().any(|e| e["code"] == "072"
            && e["sentence"].as_str().unwrap().contains("supplies Russia with ammunition")),
        "{first}"
    );
    let flows = comity(&["flows", "PRK", "RUS", "--format", "json"], &db);
    let dirs = flows["directions"].as_array().unwrap();
    assert!(
        dirs.iter().any(|d| d["from"] == "PRK"
            && d["to"] == "RUS"
            && d["goods"]["ammunition"].as_u64().unwrap() >= 1),
        "{flows}"
    );
    std::fs::remove_file(&db).ok();
}

#[test]
fn own_corpus_ranks_by_the_evidence() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/alliances");
    let db = db("own");
    ingest(&corpus, &db, "2025-03-20");
    let allies = comity(&["allies", "RUS", "--json"], &db);
    let order = partners(&allies);
    assert_eq!(order.first().map(String::as_str), Some("CHN"), "{allies}");
    assert!(!order.contains(&"PRK".to_string()), "North Korea is no ally here: {order:?}");
    let rivals = comity(&["rivals", "RUS", "--json"], &db);
    assert_eq!(partners(&rivals).first().map(String::as_str), Some("PRK"), "{rivals}");
    let dyad = comity(&["dyad", "RUS", "CHN", "--format", "json"], &db);
    let periods = dyad["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 1);
    assert!(periods[0]["quad"][1].as_u64().unwrap() >= 2, "{dyad}");
    assert!(
        periods[0]["a_to_b"].as_u64().unwrap() >= 1 && periods[0]["b_to_a"].as_u64().unwrap() >= 1
    );
    std::fs::remove_file(&db).ok();
}
