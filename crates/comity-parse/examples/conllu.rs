//! Parses whitespace-tokenised sentences from standard input, one per line, and prints
//! CoNLL-U: `echo "The village was attacked by rebels ." | cargo run --release -p comity-parse --example conllu`.

use std::io::BufRead;

fn main() {
    let parser = comity_parse::Parser::english();
    let lines: Vec<String> = std::io::stdin().lock().lines().map_while(Result::ok).collect();
    // A few hundred sentences at a time: parse_many overlaps their memory look-ups.
    for chunk in lines.chunks(256) {
        let words: Vec<Vec<&str>> = chunk.iter().map(|l| l.split_whitespace().collect()).collect();
        let slices: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        for (a, w) in parser.parse_many(&slices).iter().zip(&slices) {
            println!("{}", a.to_conllu(w));
        }
    }
}
