//! What the coding benchmarks share: the allocator, which dictionaries they measure.

use comity_dict::{Dictionaries, Mode};
use std::path::{Path, PathBuf};

/// The allocator of the `comity` binary (see its `main.rs`), so that the benchmarks measure
/// what the command does.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The dictionaries to measure, by name: the built-in set, then PETRARCH2's production
/// dictionaries when they stand beside the checkout (`corpus_dir/../petrarch/phoenix`), or only
/// the folder `COMITY_DICTIONARIES` names.
pub fn dictionary_configs(corpus_dir: &Path) -> Vec<(String, Option<PathBuf>)> {
    let phoenix = corpus_dir.join("../petrarch/phoenix");
    match std::env::var_os("COMITY_DICTIONARIES") {
        Some(d) => vec![(PathBuf::from(&d).display().to_string(), Some(PathBuf::from(d)))],
        None if phoenix.exists() => {
            vec![("built-in".into(), None), ("phoenix (PETRARCH2)".into(), Some(phoenix))]
        }
        None => vec![("built-in".into(), None)],
    }
}

/// The dictionaries of one configuration: a folder (replacing the built-in set) or the built-in
/// set.
pub fn load(path: Option<&Path>) -> Dictionaries {
    match path {
        Some(d) => Dictionaries::load(d, Mode::Replace).expect("dictionaries load"),
        None => Dictionaries::builtin(),
    }
}
