//! Prints the actor mentions the recogniser finds, one a line: the words, the code and the
//! dictionary entry behind it (`--explain` of the recognise stage alone).
//!
//! `cargo run --release -p comity-recognise --example mentions -- [--date YYYY-MM-DD] TEXT...`
//! reads the sentences given; with `--jsonl FILE` it reads articles (`id`, `date`, `text`, as
//! in `../shared/corpus`) and prints `id<TAB>words<TAB>code<TAB>entry<TAB>next word` for every
//! mention, for counting classes of mentions over a corpus.

use comity_core::Date;
use comity_dict::Dictionaries;
use comity_recognise::recognise;
use comity_text::Doc;
use std::io::{BufRead, Write};

fn print_mentions(
    out: &mut impl Write,
    id: &str,
    text: &str,
    dict: &Dictionaries,
    date: Option<Date>,
) {
    let doc = Doc::new(text);
    let r = recognise(&doc, dict, date);
    for m in &r.mentions {
        let next = if m.last < doc.tokens.len() { doc.surface(m.last) } else { "" };
        let _ = writeln!(
            out,
            "{id}\t{}\t{}\t{}\t{next}",
            doc.slice(m.first, m.last),
            m.code.as_deref().unwrap_or("-"),
            m.entry
        );
    }
}

fn main() {
    let dict = Dictionaries::builtin();
    let mut args = std::env::args().skip(1);
    let mut date = None;
    let mut texts = Vec::new();
    let mut jsonl = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--date" => date = args.next().and_then(|d| Date::parse(&d)),
            "--jsonl" => jsonl = args.next(),
            _ => texts.push(a),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Some(path) = jsonl {
        let Ok(f) = std::fs::File::open(&path) else {
            eprintln!("cannot open {path}");
            std::process::exit(2);
        };
        for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
            let id = v["id"].as_str().unwrap_or("");
            let d = v["date"].as_str().and_then(Date::parse);
            print_mentions(&mut out, id, v["text"].as_str().unwrap_or(""), &dict, d);
        }
        return;
    }
    for t in texts {
        print_mentions(&mut out, "-", &t, &dict, date);
    }
}
