//! Hostile input and load through the `comity` binary: an article over its time budget is an
//! error while the next article is still coded and stored; processes opening one new store at
//! the same moment all succeed; feeds larger than the size limit are read entry by entry, and
//! an entry over the limit is reported.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::{comity, repo, scratch};

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A plain-text article of about `bytes` bytes of news text (the sample articles, repeated),
/// far more than half a second codes, even in an optimised build.
fn huge_article(dir: &Path, bytes: usize) -> PathBuf {
    let mut s = String::new();
    let samples: Vec<String> = ["diplomacy.txt", "conflict.txt", "cooperation.txt", "tensions.txt"]
        .iter()
        .map(|f| std::fs::read_to_string(repo().join("examples").join(f)).unwrap())
        .collect();
    while s.len() < bytes {
        for t in &samples {
            s.push_str(t);
            s.push_str("\n\n");
        }
    }
    let p = dir.join("a-huge.txt");
    std::fs::write(&p, s).unwrap();
    p
}

#[test]
fn an_article_over_its_time_budget_is_an_error_and_the_next_is_coded_and_stored() {
    let d = scratch("budget");
    let huge = huge_article(&d, 16_000_000);
    let good = d.join("b-good.txt");
    std::fs::copy(repo().join("examples/cooperation.txt"), &good).unwrap();
    let limit = ["--article-timeout", "0.5", "--max-article-bytes", "20000000"];
    // code: the article is named on standard error, the next one is printed, exit 1.
    let out = comity()
        .args(["code", "--format", "json", "--date", "2025-03-14"])
        .args(limit)
        .arg(&huge)
        .arg(&good)
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("skipped article a-huge.txt: coding took longer than the limit of 0.5 s"),
        "{stderr}"
    );
    let coded: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(coded.len(), 1);
    assert_eq!(coded[0]["id"], "b-good.txt");
    assert!(!coded[0]["events"].as_array().unwrap().is_empty());
    // ingest: the article is an input error in the store, the next one is stored.
    let db = d.join("store.db");
    let out = comity()
        .args(["ingest", "--batch", "1", "--date", "2025-03-14"])
        .args(limit)
        .arg(&huge)
        .arg(&good)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("1 stored") && stderr.contains("1 errors"), "{stderr}");
    let store = comity_store::Store::open(&db).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.errors), (1, 1));
    let out = comity().args(["status", "--format", "json", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn processes_opening_one_new_store_at_once_all_succeed() {
    let d = scratch("open-race");
    let articles: Vec<PathBuf> =
        ["diplomacy.txt", "conflict.txt", "cooperation.txt", "tensions.txt"]
            .iter()
            .map(|f| {
                let p = d.join(f);
                std::fs::copy(repo().join("examples").join(f), &p).unwrap();
                p
            })
            .collect();
    for round in 0..8 {
        let db = d.join(format!("new-{round}.db"));
        let children: Vec<_> = articles
            .iter()
            .map(|a| {
                comity()
                    .args(["ingest", "--date", "2025-03-14"])
                    .arg(a)
                    .arg("--db")
                    .arg(&db)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let stats = comity_store::Store::open(&db).unwrap().stats().unwrap();
        assert_eq!(stats.articles, 4, "round {round}");
    }
    let _ = std::fs::remove_dir_all(&d);
}

/// An RSS feed of `n` entries; entry `long` (if any) carries `long_bytes` of text.
fn feed(n: usize, long: Option<(usize, usize)>) -> String {
    let mut xml =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>");
    for k in 1..=n {
        let body = match long {
            Some((at, bytes)) if at == k => {
                "Poland condemned Belarus again. ".repeat(bytes / 32 + 1)
            }
            _ => format!("Japan praised India for talks number {k}."),
        };
        xml.push_str(&format!(
            "<item><title>Entry {k}</title><guid>e{k}</guid><description>{body}</description></item>\n"
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

#[test]
fn a_feed_larger_than_the_limit_is_read_entry_by_entry() {
    let d = scratch("feeds");
    // 3,000 short entries: the feed is far larger than four times --max-article-bytes, and
    // every entry is coded.
    let big = d.join("big.xml");
    let xml = feed(3000, None);
    assert!(xml.len() > 40 * 4 * 2000);
    std::fs::write(&big, &xml).unwrap();
    let out = comity()
        .args(["code", "--format", "json", "--max-article-bytes", "2000"])
        .arg(&big)
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 3000);
    assert_eq!(ids[2999], "big.xml#3000");
    // One entry over the limit: reported with its number and offset, the others kept, exit 1.
    let one = d.join("one-long.xml");
    let xml = feed(500, Some((321, 5000)));
    let offset = xml.find("<item><title>Entry 321<").unwrap();
    std::fs::write(&one, &xml).unwrap();
    let db = d.join("store.db");
    let out = comity()
        .args(["ingest", "--max-article-bytes", "2000", "--date", "2025-03-14"])
        .arg(&one)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "one-long.xml:321: feed entry 321 (at byte {offset}) is larger than the limit of 2000 bytes"
        )),
        "{stderr}"
    );
    let stats = comity_store::Store::open(&db).unwrap().stats().unwrap();
    assert_eq!(stats.errors, 1);
    // Entries with the same text are stored once; 499 distinct ones were read.
    assert!(stderr.contains("499 articles read"), "{stderr}");
    let _ = std::fs::remove_dir_all(&d);
}
