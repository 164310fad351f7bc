//! Parses whitespace-tokenised sentences from standard input, one per line, and prints
//! CoNLL-U: `echo "The village was attacked by rebels ." | cargo run --release -p comity-parse --example conllu`.

use std::io::BufRead;

fn main() {
    let parser = comity_parse::Parser::english();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let words: Vec<&str> = line.split_whitespace().collect();
        println!("{}", parser.parse(&words).to_conllu(&words));
    }
}
