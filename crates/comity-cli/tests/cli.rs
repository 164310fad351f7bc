//! The `comity` binary on real inputs: the main job, and bad inputs that must be named in a
//! clear error while the other inputs still code.

use std::path::{Path, PathBuf};

mod common;

use common::{comity, repo, scratch};

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn codes_a_sample_article_as_json() {
    let out = comity()
        .args(["code", "--format", "json", "--date", "2025-03-14"])
        .arg(repo().join("examples/cooperation.txt"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let arts = json_lines(&out.stdout);
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0]["id"], "cooperation.txt");
    let events = arts[0]["events"].as_array().unwrap();
    let e = events
        .iter()
        .find(|e| e["code"] == "072" && e["source"]["code"] == "USA")
        .expect("USA provides military aid to Taiwan");
    assert_eq!(e["target"]["code"], "TWN");
    assert_eq!(e["quad_class"], 2);
    let [a, b] = [e["span"][0].as_u64().unwrap() as usize, e["span"][1].as_u64().unwrap() as usize];
    let text = std::fs::read_to_string(repo().join("examples/cooperation.txt")).unwrap();
    assert!(
        text[a..b].starts_with("The United States provided Taiwan"),
        "span points at its sentence"
    );
}

#[test]
fn readable_summary_by_default() {
    let out = comity()
        .args(["code", "--date", "2025-03-14"])
        .arg(repo().join("examples/tensions.txt"))
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("== tensions.txt (2025-03-14)"), "{s}");
    assert!(s.contains("KOR") && s.contains("111"), "{s}");
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn bad_inputs_are_named_and_the_rest_still_codes() {
    let d = scratch("bad");
    let empty = write(&d, "empty.txt", b"");
    let binary = write(&d, "binary.txt", &[0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]);
    let latin1 = write(&d, "latin1.txt", b"Les ministres fran\xe7ais ont condamn\xe9 l'attaque.");
    let mut huge = b"{\"id\":\"huge\",\"text\":\"".to_vec();
    huge.resize(50 * 1024 * 1024, b'a');
    huge.extend_from_slice(
        b"\"}\n{\"id\":\"after-huge\",\"text\":\"Poland condemned Belarus.\"}\n",
    );
    let huge = write(&d, "huge.jsonl", &huge);
    let malformed = write(&d, "malformed.jsonl", b"{\"id\":\"m1\",\"text\":\"Japan praised India.\"}\n{\"id\": \"m2\", \"text\": \"unterminated\n{\"id\":\"m3\",\"text\":\"Chile thanked Peru.\"}\n");
    let good = repo().join("examples/conflict.txt");
    let out = comity()
        .args(["code", "--format", "json", "--date", "2025-03-14"])
        .args([&empty, &binary, &latin1, &huge, &malformed, &good])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "skipped inputs make the exit code 1; stderr: {stderr}");
    assert!(stderr.contains("empty.txt: empty article"), "{stderr}");
    assert!(stderr.contains("binary.txt: binary data"), "{stderr}");
    assert!(stderr.contains("latin1.txt: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("huge.jsonl:1: line longer than the limit"), "{stderr}");
    assert!(stderr.contains("malformed.jsonl:2: malformed JSON"), "{stderr}");
    let ids: Vec<String> =
        json_lines(&out.stdout).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(
        ids,
        vec!["after-huge", "m1", "m3", "conflict.txt"],
        "the good inputs code, in input order"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn user_dictionaries_replace_or_add() {
    let d = scratch("dicts");
    write(
        &d,
        "actors.tsv",
        b"Arnor\tARN\tinstitution\nGondor\tGON\tinstitution\nbroken line without a code\n",
    );
    let text = write(&d, "story.txt", b"Arnor condemned Gondor on Monday.");
    for (flag, expect_warn) in [("--dictionaries", true), ("--add-dictionaries", true)] {
        let out =
            comity().args(["code", "--format", "json", flag]).arg(&d).arg(&text).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.contains("actors.tsv:3:"), expect_warn, "{stderr}");
        let arts = json_lines(&out.stdout);
        let e = &arts[0]["events"][0];
        assert_eq!(
            (e["source"]["code"].as_str(), e["code"].as_str(), e["target"]["code"].as_str()),
            (Some("ARN"), Some("111"), Some("GON")),
            "{flag}"
        );
    }
    let out = comity().args(["dictionaries", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["counts"]["countries"].as_u64().unwrap() >= 190);
    assert_eq!(v["refused"].as_array().unwrap().len(), 0);
    let out =
        comity().args(["code", "--dictionaries"]).arg(d.join("nope")).arg(&text).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn bad_date_flag_is_refused() {
    let out = comity()
        .args(["code", "--date", "15/05/2025"])
        .arg(repo().join("examples/conflict.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--date '15/05/2025'"));
}

/// PETRARCH/TABARI dictionaries of invented states, written for this test.
fn petrarch_folder() -> PathBuf {
    let d = scratch("petrarch");
    write(&d, "Test.actors.txt", b"FREEDONIA_ [FRE]\n+FREEDONIAN\nSYLVANIA [SYL]\nBRAVOSIA [BRV]\nRUFUS_FIREFLY\n\t[FREELI < 19330101]\n\t[FREGOV 19330101 - 19341231]\nBROKEN [BAD CODE BLOCK]\n");
    write(&d, "Test.agents.txt", b"MINISTER [~GOV]\nSOLDIER [~MIL]\n");
    write(&d, "Test.verbs.txt", b"--- CONDEMN [122] ---\nCONDEMN\n--- ARRIVE [032:033] ---\nARRIVE\n--- SEND [070] ---\nSEND {SENT}\n- * TROOPS_TO + [150]\n");
    write(&d, "Test.discards.txt", b"+FOOTBALL LEAGUE\n");
    write(
        &d,
        "Test.IssueCoding.txt",
        b"<ISSUE CATEGORY=\"SECURITY\">\ntroops [ARMED_FORCES]\n</ISSUE>\n",
    );
    d
}

#[test]
fn petrarch_dictionaries_code_replace_and_add() {
    let d = petrarch_folder();
    let story = write(
        &d,
        "story.txt",
        "The Freedonian minister arrived in Sylvania on Monday. Bravosia sent troops to Sylvania."
            .as_bytes(),
    );
    let out = comity()
        .args(["code", "--format", "json", "--date", "1934-03-01", "--dictionaries"])
        .arg(&d)
        .arg(&story)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Test.actors.txt:8:"), "the bad line is named: {stderr}");
    let arts = json_lines(&out.stdout);
    let text = std::fs::read_to_string(&story).unwrap();
    let evs: Vec<(String, String, String)> = arts[0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let sp = &e["trigger"]["span"];
            let (a, b) = (sp[0].as_u64().unwrap() as usize, sp[1].as_u64().unwrap() as usize);
            assert_eq!(
                &text[a..b],
                e["trigger"]["text"].as_str().unwrap(),
                "trigger span points at the verb"
            );
            (
                e["source"]["code"].as_str().unwrap().to_string(),
                e["code"].as_str().unwrap().to_string(),
                e["target"]["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(evs.contains(&("FREGOV".into(), "032".into(), "SYL".into())), "{evs:?}");
    assert!(evs.contains(&("SYL".into(), "033".into(), "FREGOV".into())), "{evs:?}");
    assert!(evs.contains(&("BRV".into(), "150".into(), "SYL".into())), "{evs:?}");
    let issue = &arts[0]["issues"][0];
    assert_eq!(
        (issue["issue"].as_str(), issue["category"].as_str(), issue["text"].as_str()),
        (Some("ARMED_FORCES"), Some("SECURITY"), Some("troops")),
        "{}",
        arts[0]
    );
    // A story-level discard codes nothing and says so.
    let sport = write(&d, "sport.txt", b"Freedonia condemned the Sylvania football league.");
    let out = comity()
        .args(["code", "--format", "json", "--dictionaries"])
        .arg(&d)
        .arg(&sport)
        .output()
        .unwrap();
    let arts = json_lines(&out.stdout);
    assert_eq!(arts[0]["events"].as_array().unwrap().len(), 0);
    assert_eq!(arts[0]["discarded"], true);
    // Added to the built-in set, the actors join the built-in coder.
    let plain = write(&d, "plain.txt", b"Freedonia condemned Russia on Monday.");
    let out = comity()
        .args(["code", "--format", "json", "--add-dictionaries"])
        .arg(&d)
        .arg(&plain)
        .output()
        .unwrap();
    let arts = json_lines(&out.stdout);
    let e = &arts[0]["events"][0];
    assert_eq!(
        (e["source"]["code"].as_str(), e["target"]["code"].as_str()),
        (Some("FRE"), Some("RUS")),
        "{}",
        arts[0]
    );
    // What was loaded, with counts and refused lines.
    let out = comity()
        .args(["dictionaries", "--format", "json", "--dictionaries"])
        .arg(&d)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["counts"]["actors"], 4, "{v}");
    assert_eq!(v["counts"]["verb patterns"], 1);
    assert_eq!(v["counts"]["issue phrases"], 1);
    assert!(v["refused"].as_array().unwrap().iter().any(|w| w["line"] == 8));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn validate_prints_a_table_the_failures_and_json() {
    let d = petrarch_folder();
    let records = write(
        &d,
        "records.jsonl",
        br#"{"id": "T-01", "category": "DEMO", "date": "1934-03-01", "text": "The Freedonian minister arrived in Sylvania.", "expected_events": [{"source": "FREGOV", "target": "SYL", "code": "032"}, {"source": "SYL", "target": "FREGOV", "code": "033"}], "flags": {"evaluated": true}, "config": {}}
{"id": "T-02", "category": "DATE", "date": "1932-03-01", "text": "Rufus Firefly condemned Bravosia.", "expected_events": [{"source": "FREELI", "target": "BRV", "code": "122"}], "flags": {"evaluated": true}, "config": {}}
{"id": "T-03", "category": "DATE", "date": "1934-03-01", "text": "Rufus Firefly condemned Bravosia.", "expected_events": [{"source": "FREELI", "target": "BRV", "code": "122"}], "flags": {"evaluated": true}, "config": {}}
{"id": "T-04", "category": "ERROR", "date": "1934-03-01", "text": "Freedonia condemned the football league.", "expected_events": [], "flags": {"evaluated": true, "expected_error": "storydiscard"}, "config": {}}
{"id": "T-05", "category": "VERB", "date": "1934-03-01", "text": "A Freedonia minister arrived.", "expected_events": [{"source": "FREGOV", "target": "---", "code": "032"}], "flags": {"evaluated": true}, "config": {"require_dyad": false}}
{"id": "T-06", "category": "VERB", "date": "1934-03-01", "text": "Not scored.", "expected_events": [], "flags": {"evaluated": false}, "config": {}}
this line is not JSON
"#,
    );
    let out =
        comity().arg("validate").arg(&records).arg("--dictionaries").arg(&d).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(stderr.contains("records.jsonl:7"), "the unreadable line is named: {stderr}");
    assert!(stdout.contains("all               4      5   80.0%"), "{stdout}");
    assert!(
        stdout.contains("T-03 [DATE]\n  expected FREELI>BRV:122\n  coded    FREGOV>BRV:122"),
        "{stdout}"
    );
    let out = comity()
        .arg("validate")
        .arg(&records)
        .arg("--dictionaries")
        .arg(&d)
        .args(["--format", "json", "--min-pass", "0.9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "below --min-pass");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["scored"].as_u64(), v["passed"].as_u64(), v["not_scored"].as_u64()),
        (Some(5), Some(4), Some(1))
    );
    assert_eq!(v["by_category"]["DATE"]["passed"], 1);
    assert_eq!(v["failures"][0]["id"], "T-03");
    std::fs::remove_dir_all(&d).ok();
}
