//! The OpenAPI description (crates/comity-serve/assets/openapi.json) checked against the
//! answers of a running `comity serve` by schemathesis (PyPI `schemathesis`, installed by
//! `.ci/run`): every operation of the description is called with generated parameters (its
//! examples, the boundary and wrong-type values of each parameter, then random ones), and
//! every answer must have a documented status code, the documented content type, a body
//! that matches the documented schema, and never be a server error. Without schemathesis the
//! test says SKIPPED, and fails under `CI`.

mod common;

use std::process::Command;

/// The `st` command of schemathesis, if it runs here.
fn schemathesis() -> Option<Command> {
    for name in ["st", "schemathesis"] {
        if Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success()) {
            return Some(Command::new(name));
        }
    }
    None
}

#[test]
fn the_openapi_description_matches_the_answers() {
    let Some(mut st) = schemathesis() else {
        comity_core::missing_test_input("schemathesis (pip install schemathesis)");
        return;
    };
    let description = common::repo().join("crates/comity-serve/assets/openapi.json");
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&description).unwrap()).unwrap();
    // Every operation of the description is tested, whatever paths it gains.
    let operations: usize = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| {
            p.as_object()
                .unwrap()
                .keys()
                .filter(|m| ["get", "post", "put", "delete", "patch"].contains(&m.as_str()))
                .count()
        })
        .sum();
    assert!(operations >= 14, "{operations} operations");
    let db = common::build_store("openapi");
    let server = common::serve(&db, &[]);
    let work = common::scratch("openapi");
    let out = st
        .current_dir(&work)
        .arg("run")
        .arg(&description)
        .args(["--url", &server.url])
        .args([
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
        ])
        .args(["--phases", "examples,coverage,fuzzing", "--max-examples", "30"])
        .args(["--workers", "1", "--seed", "20251202", "--no-color"])
        .env("SCHEMATHESIS_HOOKS", "")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains(&format!("Selected: {operations}/{operations}"))
            && stdout.contains(&format!("Tested: {operations}")),
        "not every operation was tested:\n{stdout}\n{stderr}"
    );
    assert!(out.status.success(), "schemathesis found mismatches:\n{stdout}\n{stderr}");
    let _ = std::fs::remove_dir_all(&work);
    let _ = std::fs::remove_file(&db);
}
