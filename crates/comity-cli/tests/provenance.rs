//! Nothing in the repository is copied from the news corpus or the PLOVER gold records
//! (`scripts/copycheck.py`): tests and comments use sentences written here, so that no licensed
//! text is redistributed and no test is one of the records the coder is measured on.

mod common;

#[test]
fn no_corpus_or_plover_text_is_copied_into_the_repository() {
    let script = common::repo().join("scripts/copycheck.py");
    let out = match std::process::Command::new("python3").arg(&script).output() {
        Ok(o) => o,
        Err(e) => {
            comity_core::missing_test_input(&format!("python3 cannot run copycheck.py: {e}"));
            return;
        }
    };
    if out.status.code() == Some(2) {
        comity_core::missing_test_input(&String::from_utf8_lossy(&out.stderr));
        return;
    }
    assert!(
        out.status.success(),
        "lines that share a run of words with the corpus or the PLOVER records:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
