//! `comity evaluate`: code the articles of a hand-coded gold set and score the events.

use anyhow::{Context, Result, bail};
use comity_code::Coder;
use comity_code::gold::{CodedEvent, GoldArticle, Score, read_gold, score_article};
use comity_core::{Article, Date};
use std::collections::HashMap;
use std::path::Path;

/// Which part of the gold set to score.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Split {
    /// Articles that may guide development.
    Dev,
    /// Articles kept for reporting only.
    Test,
    /// Dev and test: the articles of the first sample, whose figures the README follows.
    All,
    /// Articles coded later by other annotators, never read while tuning the coder: the check
    /// that what was learnt on the others holds on news nobody here tuned on.
    Heldout,
    /// A second development sample, coded with the held-out articles by other annotators:
    /// new news whose misses may be read.
    Dev2,
    /// A third development sample, coded in session 43 by four more annotators after that
    /// session's coder changes were made (its first figures measure them on unseen news).
    Dev3,
    /// A fourth sample, coded in session 44 by four more annotators and not read in that
    /// session: its figures measure the session's coder changes on unseen news.
    Dev4,
    /// A fifth sample, coded in session 45 by four more annotators and not read in that
    /// session: scored with its starting and its final coder.
    Dev5,
    /// A sixth sample, coded in session 46 by four more annotators: scored first with that
    /// session's starting coder, then read as a development sample.
    Dev6,
}

impl Split {
    /// Whether an article of split `name` (from sample.tsv) is scored.
    pub fn keeps(self, name: &str) -> bool {
        match self {
            Split::All => name == "dev" || name == "test",
            Split::Dev => name == "dev",
            Split::Test => name == "test",
            Split::Heldout => name == "heldout",
            Split::Dev2 => name == "dev2",
            Split::Dev3 => name == "dev3",
            Split::Dev4 => name == "dev4",
            Split::Dev5 => name == "dev5",
            Split::Dev6 => name == "dev6",
        }
    }
}

/// What `evaluate` prints besides the summary.
pub struct Show {
    /// Print every miss and false event.
    pub details: bool,
    /// JSON instead of tables.
    pub json: bool,
}

/// Reads the gold file and the split of each article from `sample.tsv` beside it.
pub fn load_gold(path: &Path) -> Result<Vec<GoldArticle>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let (mut arts, bad) = read_gold(&text);
    if let Some(b) = bad.first() {
        bail!("{}:{}: {}", path.display(), b.line, b.message);
    }
    let sample = path.with_file_name("sample.tsv");
    if let Ok(s) = std::fs::read_to_string(&sample) {
        let splits: HashMap<&str, &str> = s
            .lines()
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?, f.nth(1)?))
            })
            .collect();
        for a in &mut arts {
            if a.split.is_empty() {
                a.split = splits.get(a.id.as_str()).unwrap_or(&"dev").to_string();
            }
        }
    }
    Ok(arts)
}

/// Reads the articles the gold set names from a JSON Lines corpus.
pub fn load_articles(corpus: &Path, ids: &[&str]) -> Result<HashMap<String, Article>> {
    #[derive(serde::Deserialize)]
    struct Rec {
        id: String,
        date: Option<String>,
        title: Option<String>,
        text: String,
        url: Option<String>,
    }
    let want: std::collections::HashSet<&str> = ids.iter().copied().collect();
    let text =
        std::fs::read_to_string(corpus).with_context(|| format!("reading {}", corpus.display()))?;
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        // Cheap pre-check before parsing a whole article.
        if !want.iter().any(|id| line.contains(id)) {
            continue;
        }
        let r: Rec = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a corpus record", corpus.display(), i + 1))?;
        if want.contains(r.id.as_str()) {
            let date = r.date.as_deref().and_then(|d| Date::parse(d.get(..10).unwrap_or(d)));
            out.insert(
                r.id.clone(),
                Article { id: r.id, date, title: r.title, text: r.text, byline: None, url: r.url },
            );
        }
    }
    Ok(out)
}

/// Codes and scores the gold articles of the split.
pub fn score(
    coder: &Coder,
    gold: &[GoldArticle],
    articles: &HashMap<String, Article>,
    split: Split,
) -> Result<Score> {
    let mut score = Score::default();
    for g in gold {
        if !split.keeps(&g.split) {
            continue;
        }
        let Some(article) = articles.get(&g.id) else {
            bail!("article {} of the gold set is not in the corpus", g.id);
        };
        let coded = coder.code(article);
        let events: Vec<CodedEvent> = coded.events.iter().map(CodedEvent::from).collect();
        let actors = coder.sentence_actors(article);
        score_article(&mut score, &g.id, &g.events, &events, &actors);
    }
    if score.articles == 0 {
        bail!("no article of the gold set is in the split asked for (see sample.tsv beside it)");
    }
    Ok(score)
}

fn sorted(m: &std::collections::BTreeMap<String, usize>) -> Vec<(&String, &usize)> {
    let mut v: Vec<_> = m.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v
}

/// Prints the score: figures side by side, then recall by tag and root, misses and false events
/// by cause, and with `details` every one of them.
pub fn print(score: &Score, articles: &HashMap<String, Article>, show: &Show) {
    if show.json {
        let mut v = serde_json::to_value(score).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.insert("recall".into(), score.recall().into());
            o.insert("precision".into(), score.precision().into());
            o.insert("f1".into(), score.f1().into());
            if !show.details {
                o.remove("misses");
                o.remove("false_events");
            }
        }
        println!("{v}");
        return;
    }
    println!(
        "{} articles, {} gold events, {} coded events, {} matched",
        score.articles, score.gold, score.coded, score.matched
    );
    println!(
        "recall {:.3}   precision {:.3}   F1 {:.3}",
        score.recall(),
        score.precision(),
        score.f1()
    );
    println!(
        "looser: sentence+root {:.3} recall; sentence+actors {:.3} recall",
        score.matched_root_only as f64 / score.gold.max(1) as f64,
        score.matched_actors_only as f64 / score.gold.max(1) as f64
    );
    println!("\nrecall by tag");
    for (t, n) in &score.by_tag {
        println!("  {t:<14} {:>4}/{:<4} {:.2}", n.found, n.total, n.recall());
    }
    println!("\nrecall by CAMEO root");
    for (t, n) in &score.by_root {
        println!("  {t:<14} {:>4}/{:<4} {:.2}", n.found, n.total, n.recall());
    }
    println!("\nmisses by cause");
    for (c, n) in sorted(&score.miss_causes) {
        println!("  {n:>4}  {c}");
    }
    println!("\nfalse events by cause");
    for (c, n) in sorted(&score.false_causes) {
        println!("  {n:>4}  {c}");
    }
    if !show.details {
        return;
    }
    let sentence = |id: &str, s: [usize; 2]| {
        articles
            .get(id)
            .and_then(|a| a.text.get(s[0]..s[1]))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    println!("\nmisses");
    for m in &score.misses {
        let g = &m.gold;
        let near = m
            .nearest
            .as_ref()
            .map(|c| format!(" | nearest {}>{}:{} '{}'", c.source, c.target, c.code, c.trigger))
            .unwrap_or_default();
        println!(
            "- {} {}>{}:{} '{}' [{}] {}{}\n    {}",
            m.article,
            g.source,
            g.target,
            g.code,
            g.trigger,
            g.tags.join(","),
            m.cause,
            near,
            sentence(&m.article, g.span)
        );
    }
    println!("\nfalse events");
    for f in &score.false_events {
        let c = &f.coded;
        println!(
            "- {} {}>{}:{} '{}' ({}) {}\n    {}",
            f.article,
            c.source,
            c.target,
            c.code,
            c.trigger,
            c.modality,
            f.cause,
            sentence(&f.article, c.span)
        );
    }
}
