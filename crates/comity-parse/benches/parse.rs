//! Throughput of the compiled-in English model on one thread: `cargo bench -p comity-parse`.
//! Parses a fixed set of news sentences repeatedly and prints words per second for tagging
//! alone and for the full analysis (tags, lemmas, tree).

use std::hint::black_box;
use std::time::Instant;

use comity_parse::Parser;
use comity_parse::train::cpu_seconds;

const TEXT: &str = "\
Ethiopian police on Monday accused Eritrea of supporting rebels who attacked a border town .
The president of Russia , Vladimir Putin , met Kim Jong Un in Pyongyang on Wednesday .
The village was attacked by rebels , and at least 12 people were killed , officials said .
Thousands of protesters marched through the capital demanding the resignation of the prime minister .
The United Nations Security Council will vote on a resolution condemning the missile test .
Israeli troops fired on demonstrators near the border , according to Palestinian health officials .
The government said it would not negotiate with the kidnappers , who are holding three aid workers .
China and the United States agreed to resume talks on trade after a meeting in Geneva .
Opposition leaders rejected the election results and called for a general strike on Friday .
A spokesman for the ministry did n't comment on reports that the ambassador had been expelled .
";

fn main() {
    let t = Instant::now();
    let model = Parser::english();
    println!("model load: {:.3} s", t.elapsed().as_secs_f64());
    let sentences: Vec<Vec<&str>> = TEXT.lines().map(|l| l.split_whitespace().collect()).collect();
    let words_per_round: usize = sentences.iter().map(Vec::len).sum();
    let rounds = 200_000 / words_per_round + 1;
    for (name, full) in [("tag", false), ("tag+lemma+parse", true)] {
        let mut best = f64::MAX;
        let cpu0 = cpu_seconds();
        for _ in 0..3 {
            let t = Instant::now();
            for _ in 0..rounds {
                for s in &sentences {
                    if full {
                        black_box(model.parse(black_box(s)));
                    } else {
                        black_box(model.tag(black_box(s)));
                    }
                }
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        let words = (rounds * words_per_round) as f64;
        println!(
            "{name}: {:.0} words/s ({} words, best of 3)",
            words / best,
            rounds * words_per_round
        );
        if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
            println!("    {:.0} words per CPU second", 3.0 * words / (b - a).max(1e-9));
        }
    }
}
