//! Documents that stand for their authors. "The Security Council adopted a resolution on
//! Friday ... Lebanese leaders welcomed the resolution", "North Korea issued a statement ...
//! The statement also accused the United States": a definite document named again ("the
//! resolution", "this decree", "the statement") is its author's act, and whoever welcomes,
//! rejects or condemns it does so to its author; what it calls for, its author calls for. The
//! author is found where the document was named before, in its sentence or in the few before:
//! an actor right before the noun ("a UN resolution", "Russia's proposal"), after it ("a
//! statement by the Kremlin", "the ruling of the court"), or the subject of a verb of making
//! it ("the Security Council unanimously adopted a resolution", "the court handed down its
//! verdict"). A document whose earlier naming gives no author stays no one's.

use crate::{Mention, MentionKind, Recognised};
use comity_text::Doc;

/// How a document's mention entry begins (see [`is_document`]).
const DOCUMENT: &str = "document: ";

/// Whether mention `m` is a document standing for its author: a pronoun after it ("its
/// wording", "it calls for") is the document's, no actor's.
pub fn is_document(m: &Mention) -> bool {
    m.entry.starts_with(DOCUMENT)
}

/// Documents, by their singular word, that their authors issue; and acts named by a noun
/// that their doers carry out ("Iran's missile test ... Germany called the test
/// regrettable", "the operation ... Mbeki denounced the operation").
const DOCUMENTS: &[&str] = &[
    "resolution",
    "decree",
    "ruling",
    "verdict",
    "statement",
    "communique",
    "declaration",
    "proposal",
    "decision",
    "operation",
    "exercise",
    "test",
    "move",
    "announcement",
    "crackdown",
    "invasion",
    // Reports and charges whose maker is answered ("Amnesty's report ... the White House called
    // the report's allegations ridiculous", "denied the claims"), and measures closing off
    // others ("Israel's blockade ... Human Rights Watch condemned the blockade").
    "report",
    "allegation",
    "accusation",
    "claim",
    "remark",
    "comment",
    "closure",
    "blockade",
];

/// Participles by which a document's author follows it ("the decisions made by the North").
const MADE_BY: &[&str] = &["made", "taken", "issued", "announced", "adopted", "passed", "approved"];

/// Verbs of making or issuing a document, whose subject is its author.
const MAKING: &[&str] = &[
    "passed",
    "adopted",
    "approved",
    "issued",
    "released",
    "made",
    "announced",
    "unveiled",
    "drafted",
    "handed",
    "delivered",
    "published",
    "proposed",
    "submitted",
    "signed",
    "took",
    "put",
    "tabled",
    "endorsed",
    "ruled",
    "launched",
    "conducted",
    "carried",
    "began",
    "staged",
    "held",
    "imposed",
    "ordered",
    "declared",
    "levelled",
    "leveled",
    "mounted",
];

/// How many sentences before its own a document's earlier naming is looked for.
const WINDOW: usize = 8;

/// Adds a mention, coded as its author, for each definite document named again.
pub(crate) fn authored_documents(doc: &Doc<'_>, norms: &[&str], r: &mut Recognised) {
    let mut added: Vec<Mention> = Vec::new();
    for k in 1..norms.len() {
        if document_noun(norms[k]).is_none() || r.mention_at[k] != 0 {
            continue;
        }
        // "the resolution", "this decree", "the draft resolution", "the latest statement".
        let mut j = k;
        while j > 0 && k - j < 2 && describing(doc, norms, r, j - 1) {
            j -= 1;
        }
        if j == 0 || !matches!(norms[j - 1], "the" | "this" | "that") || modifier(norms, k) {
            continue;
        }
        // A document that names its author itself ("the statement by the ministry", "the
        // resolution of the Security Council") is coded there; one whose author follows a
        // participle ("the decisions made by the North") is that author's.
        if own_author(norms, k) {
            continue;
        }
        let made_by = (MADE_BY.contains(&norms.get(k + 1).copied().unwrap_or(""))
            && norms.get(k + 2) == Some(&"by"))
        .then(|| (k + 3..(k + 6).min(norms.len())).find_map(|t| r.mention_index(t)))
        .flatten()
        .and_then(|mi| code_of(r, &r.mentions[mi]))
        .map(|c| (c, doc.sentence_of(k)));
        let Some((code, si)) = made_by.or_else(|| author(doc, norms, r, k)) else {
            continue;
        };
        let agent = code.get(3..).filter(|a| !a.is_empty()).map(str::to_string);
        let countries = code
            .get(..3)
            .filter(|c| {
                !comity_core::transnational(&code) && c.bytes().all(|b| b.is_ascii_uppercase())
            })
            .map(|c| vec![c.to_string()])
            .unwrap_or_default();
        added.push(Mention {
            first: j,
            last: k + 1,
            kind: MentionKind::Actor,
            countries,
            agent,
            entry: format!(
                "{DOCUMENT}the {}, its author {code} (named in sentence {si})",
                norms[k]
            ),
            code: Some(code),
            person: None,
            plural: false,
            possessive: norms.get(k + 1).is_some_and(|w| *w == "'s"),
            adjective: false,
        });
    }
    if added.is_empty() {
        return;
    }
    r.mentions.extend(added);
    crate::sort_mentions(r);
}

/// The document a word names, by its singular ("tests" is "test"), if it names one.
fn document_noun(w: &str) -> Option<&'static str> {
    DOCUMENTS.iter().copied().find(|d| w == *d || w.strip_suffix('s') == Some(d))
}

/// Whether token `t` is a lower-case word describing a document before its noun ("draft",
/// "latest", "new"), not an actor's and not a determiner.
fn describing(doc: &Doc<'_>, norms: &[&str], r: &Recognised, t: usize) -> bool {
    r.mention_at[t] == 0
        && doc.tokens[t].kind == comity_text::Kind::Word
        && !doc.tokens[t].is(comity_text::CAP)
        && !matches!(
            norms[t],
            "the" | "this" | "that" | "a" | "an" | "its" | "their" | "his" | "her"
        )
}

/// Whether the document at `k` names its author after it, with "by", "from" or "of" ("the
/// statement of the Chairman of SADC"), known to the lexicon or not.
fn own_author(norms: &[&str], k: usize) -> bool {
    matches!(norms.get(k + 1), Some(&"by" | &"from" | &"of"))
}

/// Whether the word at `k` modifies a noun after it rather than naming a document: "the
/// ruling party", "the ruling and opposition parties", "the decision makers".
fn modifier(norms: &[&str], k: usize) -> bool {
    norms.get(k + 1).is_some_and(|w| {
        matches!(
            *w,
            "and"
                | "party"
                | "parties"
                | "coalition"
                | "junta"
                | "elite"
                | "class"
                | "family"
                | "council"
                | "government"
                | "makers"
                | "maker"
                | "making"
                | "process"
        )
    })
}

/// The code of mention `m`, a person's own code when the mention has none.
fn code_of(r: &Recognised, m: &Mention) -> Option<String> {
    if m.kind == MentionKind::Pronoun {
        return None;
    }
    m.code.clone().or_else(|| m.person.and_then(|p| r.people.get(p)?.code.clone()))
}

/// The author of the document at `k`, and the sentence it was found in: from the nearest
/// earlier naming of the same document that gives one, before any naming that gives none.
fn author(doc: &Doc<'_>, norms: &[&str], r: &Recognised, k: usize) -> Option<(String, usize)> {
    let here = doc.sentence_of(k);
    let start = doc.sentences[here.saturating_sub(WINDOW)].first;
    for t in (start..k.saturating_sub(1)).rev() {
        // (The same word: "the American exercises" are not "the exercise" Iran held.)
        if norms[t] != norms[k] || r.mention_at[t] != 0 || modifier(norms, t) {
            continue;
        }
        let si = doc.sentence_of(t);
        let s = &doc.sentences[si];
        // An actor right before it, past describing words: "a UN resolution", "Russia's
        // proposal", "the Security Council's draft resolution".
        let mut b = t;
        while b > s.first && t - b < 2 && describing(doc, norms, r, b - 1) {
            b -= 1;
        }
        if b > s.first && norms[b - 1] == "'s" {
            b -= 1;
        }
        if b > s.first
            && let Some(mi) = r.mention_index(b - 1)
            && let Some(code) = code_of(r, &r.mentions[mi])
        {
            return Some((code, si));
        }
        // After it: "a statement by the Kremlin".
        if matches!(norms.get(t + 1), Some(&"by" | &"from" | &"of"))
            && let Some(a) = (t + 2..(t + 4).min(s.last)).find(|&a| r.mention_at[a] != 0)
            && let Some(code) = r.mention_index(a).and_then(|mi| code_of(r, &r.mentions[mi]))
        {
            return Some((code, si));
        }
        // The subject of a verb of making it: the nearest actor before the verb, with no
        // other actor between the verb and the document.
        if let Some(v) = (s.first..t).rev().take(8).find(|&v| MAKING.contains(&norms[v]))
            && (v + 1..t).all(|x| r.mention_at[x] == 0)
            && let Some(mi) = (s.first..v).rev().find_map(|x| r.mention_index(x))
            && let Some(code) = code_of(r, &r.mentions[mi])
        {
            return Some((code, si));
        }
        // Named before as no one's: a definite naming may itself go back further; an
        // indefinite one ("a decision") is where the document came in, with no author.
        if t > 0 && !matches!(norms[t - 1], "the" | "this" | "that") {
            return None;
        }
    }
    None
}
