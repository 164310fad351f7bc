//! Flows of goods between states, from supply and trade events ("North Korea supplies Russia
//! with ammunition") and from nominal phrases ("North Korea's supply of shells to Russia").

use crate::{Coded, Ctx};
use comity_core::Flow;
use std::collections::HashSet;

/// The word sets that name goods.
pub static GOODS_SETS: comity_text::WordSet =
    comity_text::WordSet::new(&["&arms", "&energy", "&food", "&materials", "&econaid", "&humaid"]);

static FLOW_VERBS: comity_text::WordSet = comity_text::WordSet::new(&[
    "supply", "provide", "send", "deliver", "ship", "export", "sell", "transfer", "give",
    "exchange", "trade", "import", "buy", "donate", "lend", "airlift", "swap",
]);
static MUTUAL_VERBS: comity_text::WordSet =
    comity_text::WordSet::new(&["exchange", "trade", "swap"]);
static FLOW_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "supply",
    "supplies",
    "shipments",
    "shipment",
    "deliveries",
    "delivery",
    "transfers",
    "transfer",
    "exports",
    "sales",
    "sale",
    "provision",
]);

/// Goods named in tokens `a..b`, longest phrases first, in text order.
fn goods_in(cx: &Ctx<'_>, a: usize, b: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut k = a;
    while k < b {
        let window = &cx.norms[k..b.min(k + 6)];
        let best = GOODS_SETS.words().iter().filter_map(|s| cx.dict.set_match(s, window)).max();
        match best {
            Some(len) => {
                let g = cx.norms[k..k + len].join(" ");
                if !out.contains(&g) && g != "goods" {
                    out.push(g);
                }
                k += len;
            }
            None => k += 1,
        }
    }
    out
}

fn country(code: &str) -> Option<String> {
    (code.len() >= 3
        && code[..3].chars().all(|c| c.is_ascii_uppercase())
        && !code.starts_with("IGO")
        && !code.starts_with("NGO")
        && !code.starts_with("IMG"))
    .then(|| code[..3].to_string())
}

/// The furthest, in tokens, that goods are looked for after a verb or "supply of": a clause
/// of news text is far shorter, and a sentence of a million words without a full stop must
/// not make every flow verb read to its end.
const MAX_CLAUSE: usize = 60;

pub(crate) fn find_flows(cx: &Ctx<'_>, events: &[Coded]) -> Vec<Flow> {
    let mut flows: Vec<Flow> = Vec::new();
    let mut seen: HashSet<(String, String, usize, Vec<String>)> = HashSet::new();
    let mut push = |f: Flow| {
        if f.from != f.to
            && !f.goods.is_empty()
            && seen.insert((f.from.clone(), f.to.clone(), f.sentence, f.goods.clone()))
        {
            flows.push(f);
        }
    };
    for e in events {
        if !FLOW_VERBS.contains(&e.lemma.as_str())
            || !(e.event.code.starts_with("06")
                || e.event.code.starts_with("07")
                || e.event.code.starts_with("03"))
        {
            continue;
        }
        let Some(t) = &e.event.target else { continue };
        let (Some(from), Some(to)) = (country(&e.event.source.code), country(&t.code)) else {
            continue;
        };
        // Goods between the verb and the end of its clause.
        let mut end = e.match_end.max(e.verb_tok + 1);
        let limit = e.sentence_last.min(end + MAX_CLAUSE);
        while end < limit && !matches!(cx.norms[end], "." | ";" | "but" | "while" | "which") {
            end += 1;
        }
        let goods = goods_in(cx, e.verb_tok + 1, end);
        let mutual = MUTUAL_VERBS.contains(&e.lemma.as_str());
        if mutual && from > to {
            continue;
        }
        push(Flow { from, to, goods, mutual, sentence: e.event.sentence, span: e.event.span });
    }
    // Nominal flows: "X's supply of G to Y", "X's G shipments to Y".
    for s in &cx.doc.sentences {
        for k in s.first..s.last {
            if !FLOW_NOUNS.contains(&cx.norms[k]) {
                continue;
            }
            // The owner: a possessive actor shortly before the noun.
            let owner = (s.first.max(k.saturating_sub(6))..k).rev().find_map(|j| {
                let m = cx.rec.mention(j)?;
                (m.possessive && m.last <= k).then_some(m)
            });
            let Some(owner) = owner else { continue };
            let Some(from) = owner.code.as_deref().and_then(country) else { continue };
            let mut goods = goods_in(cx, owner.last, k);
            let mut j = k + 1;
            if j < s.last && cx.norms[j] == "of" {
                let mut e = j + 1;
                let limit = s.last.min(e + MAX_CLAUSE);
                while e < limit && !matches!(cx.norms[e], "to" | "," | "." | ";") {
                    e += 1;
                }
                goods.extend(
                    goods_in(cx, j + 1, e)
                        .into_iter()
                        .filter(|g| !goods.contains(g))
                        .collect::<Vec<_>>(),
                );
                j = e;
            }
            if j < s.last && cx.norms[j] == "to" {
                let mut t = j + 1;
                while t < s.last && matches!(cx.norms[t], "the") {
                    t += 1;
                }
                if let Some(m) = cx.rec.mention(t)
                    && let Some(to) = m.code.as_deref().and_then(country)
                {
                    let span =
                        [cx.doc.tokens[owner.first].start as usize, cx.doc.tokens[t].end as usize];
                    push(Flow {
                        from,
                        to,
                        goods,
                        mutual: false,
                        sentence: cx.doc.sentence_of(k),
                        span,
                    });
                }
            }
        }
    }
    flows.sort_by_key(|f| (f.sentence, f.span[0], f.from.clone(), f.to.clone()));
    flows
}
