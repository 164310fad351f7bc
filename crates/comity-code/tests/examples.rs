//! The sample articles in examples/ (written for this project) cover every CAMEO root; each
//! expected event must be coded (one-sided ones with `--require-dyad false`), and together they
//! must span roots 01 to 20.

use comity_code::Coder;
use comity_core::{Article, Date};
use comity_dict::Dictionaries;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// (file, source, target or "-", code)
const EXPECTED: &[(&str, &str, &str, &str)] = &[
    ("diplomacy.txt", "CHNGOV", "-", "011"),
    ("diplomacy.txt", "IRN", "-", "016"),
    ("diplomacy.txt", "JPN", "PRK", "026"),
    ("diplomacy.txt", "DEU", "UKR", "033"),
    ("diplomacy.txt", "TURGOV", "RUSGOV", "042"),
    ("diplomacy.txt", "RUSGOV", "TURGOV", "043"),
    ("diplomacy.txt", "DEUOPP", "UKRGOV", "051"),
    ("diplomacy.txt", "BRA", "ARG", "057"),
    ("diplomacy.txt", "ARG", "BRA", "057"),
    ("cooperation.txt", "IND", "JPN", "062"),
    ("cooperation.txt", "USA", "TWN", "072"),
    ("cooperation.txt", "USAGOV", "UKRGOV", "072"),
    ("cooperation.txt", "IGOEUREEC", "SYR", "085"),
    ("cooperation.txt", "KAZ", "CHN", "061"),
    ("cooperation.txt", "CHN", "KAZ", "061"),
    ("cooperation.txt", "ISR", "PSE", "084"),
    ("cooperation.txt", "QAT", "-", "045"),
    ("tensions.txt", "POL", "BLRMIL", "105"),
    ("tensions.txt", "KOR", "PRK", "111"),
    ("tensions.txt", "PRK", "KOR", "138"),
    ("tensions.txt", "IGOUNO", "-", "093"),
    ("tensions.txt", "UKR", "RUS", "127"),
    // Phoenix's patterns: expelling diplomats reduces relations, arresting a journalist is
    // repression.
    ("tensions.txt", "LTU", "RUSGOV", "161"),
    ("tensions.txt", "EST", "RUS", "1125"),
    ("tensions.txt", "IRNGOV", "FRAMED", "175"),
    ("conflict.txt", "GEOOPP", "GEOGOV", "141"),
    // Troops massed near a state's border are aimed at it.
    ("conflict.txt", "RUS", "FIN", "154"),
    ("conflict.txt", "CHNMIL", "TWN", "191"),
    ("conflict.txt", "NGAREB", "NGANGO", "181"),
    ("conflict.txt", "ISRMIL", "LBNREB", "195"),
    ("conflict.txt", "SYRMIL", "SYRCVL", "204"),
    ("conflict.txt", "MMRMIL", "MMRCVL", "202"),
];

#[test]
fn sample_articles_code_every_root() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    // One-sided events (a refusal to comment, a mobilisation) are part of the samples.
    let options = comity_code::Options { require_dyad: Some(false), ..Default::default() };
    let coder = Coder::with_options(Dictionaries::builtin(), options);
    let mut missing = Vec::new();
    let mut roots = BTreeSet::new();
    let files: BTreeSet<&str> = EXPECTED.iter().map(|e| e.0).collect();
    for f in files {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        let coded = coder.code(&Article {
            id: f.into(),
            date: Date::parse("2025-03-14"),
            title: None,
            text,
            ..Default::default()
        });
        for &(_, src, tgt, code) in EXPECTED.iter().filter(|e| e.0 == f) {
            let hit = coded.events.iter().any(|e| {
                e.source.code == src
                    && e.code == code
                    && e.target.as_ref().map_or("-", |t| t.code.as_str()) == tgt
            });
            if hit {
                roots.insert(code[..2].to_string());
            } else {
                let got: Vec<String> = coded
                    .events
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {} {}",
                            e.source.code,
                            e.code,
                            e.target.as_ref().map_or("-", |t| t.code.as_str())
                        )
                    })
                    .collect();
                missing.push(format!("{f}: {src} {code} {tgt} (coded: {got:?})"));
            }
        }
    }
    assert!(missing.is_empty(), "missing events:\n{}", missing.join("\n"));
    let all: BTreeSet<String> = (1..=20).map(|r| format!("{r:02}")).collect();
    assert_eq!(roots, all, "sample articles must cover every CAMEO root");
}
