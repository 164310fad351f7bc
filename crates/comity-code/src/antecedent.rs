//! When a pronoun's actor antecedent is not its likelier antecedent: a noun phrase that names
//! no actor, of the pronoun's number, stands nearer ("reiterated his support for the treaty and
//! promised to ratify it", "several parties backed the strike. They criticised ..."). The
//! coder leaves such a pronoun unresolved: no actor is better than the wrong one.

use crate::{Ctx, TIME_UNITS};
use comity_recognise::MentionKind;
use comity_text::{Rel, Syntax, Upos, Xpos};

/// What stands nearer to a pronoun than its actor antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nearer {
    /// Nothing likelier: the antecedent stands.
    Nothing,
    /// A noun phrase that names no actor: the pronoun is left unresolved.
    Thing,
    /// A noun phrase whose modifier is this actor mention ("Church members", "FARC members"):
    /// the pronoun stands for that actor.
    Actor(usize),
}

/// What pronoun mention `p`, resolved to mention `a`, more likely stands for: a thing or a
/// group the recogniser names as no actor, or the actor modifying a nearer noun phrase. A
/// subject pronoun ("it", "they") takes the subject before it: the nearest earlier subject of
/// its sentence, else the subject of the sentence before; an object or possessive pronoun
/// takes any noun phrase between the antecedent and it (its own clause's subject aside, which
/// an object pronoun cannot mean). A possessive before a role noun ("its troops", "their
/// ambassador") is an actor's: things have no troops.
pub(crate) fn nearer(cx: &Ctx<'_>, p: usize, a: usize) -> Nearer {
    let m = &cx.rec.mentions[p];
    if m.kind != MentionKind::Pronoun || m.agent.is_some() {
        return Nearer::Nothing;
    }
    let plural = match cx.norms[m.first] {
        "it" | "its" => false,
        "they" | "them" | "their" => true,
        "he" | "she" => return previous_subject_person(cx, p, a),
        _ => return Nearer::Nothing,
    };
    let s = cx.doc.sentence_of(m.first);
    let am = &cx.rec.mentions[a];
    let start = if cx.doc.sentence_of(am.first) == s { am.last } else { cx.doc.sentences[s].first };
    let Some(syn) = cx.doc.syntax(s) else {
        // Unparsed: a sentence-opening subject pronoun whose previous sentence opens with a
        // subject that names no actor.
        let thing = start == cx.doc.sentences[s].first
            && opens_clause(cx, m.first)
            && s > 0
            && previous_subject_is_thing(cx, s - 1, plural, cx.quote_of[m.first]);
        return if thing { Nearer::Thing } else { Nearer::Nothing };
    };
    let q = cx.quote_of[m.first];
    let thing = |syn: &Syntax<'_>, t: usize| is_thing(cx, syn, t, plural, q);
    let subject = |r: Option<Rel>| matches!(r, Some(Rel::Nsubj | Rel::NsubjPass));
    // A passive's subject undergoes its clause ("demanded that the captives be freed or they
    // would shoot the pilot"): the subject a subject pronoun continues is an active one.
    let active = |r: Option<Rel>| r == Some(Rel::Nsubj);
    if subject(syn.rel(m.first)) {
        // "asked the armed forces that they occupy ...": the one asked is the nearer subject.
        let asked = syn
            .head(m.first)
            .filter(|&h| syn.rel(h) == Some(Rel::Ccomp))
            .and_then(|h| syn.head(h))
            .and_then(|v| {
                syn.children(v).find(|&c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)))
            })
            .filter(|&c| (start..m.first).contains(&c));
        let nearest = asked.or_else(|| (start..m.first).rev().find(|&t| active(syn.rel(t))));
        // "prisoners who say they were abused": a relative pronoun stands for the noun its
        // clause describes.
        let nearest = nearest.map(|t| match syn.head(t) {
            Some(v)
                if matches!(cx.norms[t], "who" | "which" | "that")
                    && syn.rel(v) == Some(Rel::AclRelcl) =>
            {
                syn.head(v).unwrap_or(t)
            }
            _ => t,
        });
        return match nearest {
            Some(t) => thing(&syn, t),
            None if start == cx.doc.sentences[s].first && s > 0 => match cx.doc.syntax(s - 1) {
                Some(prev) => {
                    let root = (cx.doc.sentences[s - 1].first..cx.doc.sentences[s - 1].last)
                        .find(|&t| prev.rel(t) == Some(Rel::Root));
                    // The topic of the sentence before, active or passive ("The treaty was
                    // supported by ... It was opposed by ...").
                    root.and_then(|r| prev.children(r).find(|&c| subject(prev.rel(c))))
                        .map_or(Nearer::Nothing, |t| thing(&prev, t))
                }
                None if previous_subject_is_thing(cx, s - 1, plural, q) => Nearer::Thing,
                None => Nearer::Nothing,
            },
            None => Nearer::Nothing,
        };
    }
    // A possessive most often stands for its own sentence's actor ("the ministry's cautious
    // reply may show the importance of its naval port"): only one whose antecedent is in
    // an earlier sentence gives way to a thing nearer.
    if matches!(cx.norms[m.first], "its" | "their") && start != cx.doc.sentences[s].first {
        return Nearer::Nothing;
    }
    // The subject of the pronoun's own clause (an object pronoun never stands for it).
    let own_subject =
        syn.head(m.first).and_then(|h| syn.children(h).find(|&c| subject(syn.rel(c))));
    (start..m.first)
        .filter(|&t| {
            Some(t) != own_subject
                && matches!(syn.rel(t), Some(Rel::Nsubj | Rel::NsubjPass | Rel::Obj))
        })
        .map(|t| thing(&syn, t))
        .rfind(|n| *n != Nearer::Nothing)
        .unwrap_or(Nearer::Nothing)
}

/// A sentence-opening "he" or "she" continues the subject of the sentence before ("Wilson
/// wrote a piece attacking Bush's assertion. He went on to accuse ..."): when that subject is
/// a person of the pronoun's gender other than the antecedent found by nearness, the pronoun
/// stands for that person (or, when the subject is itself such a pronoun, for what it stands
/// for).
fn previous_subject_person(cx: &Ctx<'_>, p: usize, a: usize) -> Nearer {
    let m = &cx.rec.mentions[p];
    let s = cx.doc.sentence_of(m.first);
    if s == 0 || cx.doc.sentence_of(cx.rec.mentions[a].first) == s || !opens_clause(cx, m.first) {
        return Nearer::Nothing;
    }
    if cx.doc.syntax(s).is_some_and(|syn| syn.rel(m.first) != Some(Rel::Nsubj)) {
        return Nearer::Nothing;
    }
    let (first, last) = (cx.doc.sentences[s - 1].first, cx.doc.sentences[s - 1].last);
    let subject = match cx.doc.syntax(s - 1) {
        Some(prev) => {
            let Some(root) = (first..last).find(|&t| prev.rel(t) == Some(Rel::Root)) else {
                return Nearer::Nothing;
            };
            let Some(subject) = prev.children(root).find(|&c| prev.rel(c) == Some(Rel::Nsubj))
            else {
                return Nearer::Nothing;
            };
            // (A dateline glued to the name may head it: "Uganda Raila Odinga, Kenya's Prime
            // Minister, told reporters": the person is among its flat words.)
            let person =
                |t: usize| cx.rec.mention(t).is_some_and(|x| x.kind == MentionKind::Person);
            if person(subject) {
                subject
            } else {
                prev.children_with(subject, Rel::Flat).find(|&c| person(c)).unwrap_or(subject)
            }
        }
        // An unparsed sentence (one actor in it, or the gate's choice): the person it opens
        // with, no preposition or verb of saying before ("Saad Hariri, the son of Rafik
        // Hariri, addressed his supporters. He ...").
        None => {
            // (Past the words of a title: "Kenyan Prime Minister Raila Odinga".)
            let Some(k) = cx.rec.mentions.iter().position(|x| {
                x.first >= first
                    && x.first < last
                    && !matches!(x.kind, MentionKind::Country | MentionKind::Agent)
            }) else {
                return Nearer::Nothing;
            };
            let opener = &cx.rec.mentions[k];
            let lead_in = (first..opener.first).any(|t| {
                matches!(
                    cx.norms[t],
                    "according"
                        | "to"
                        | "in"
                        | "with"
                        | "by"
                        | "for"
                        | "after"
                        | "before"
                        | "said"
                        | "says"
                        | "told"
                        | "of"
                        | "on"
                        | "from"
                        | "as"
                        | "than"
                        | "when"
                        | "while"
                        | "\""
                ) || cx.doc.tokens[t].kind == comity_text::Kind::OpenQuote
            });
            // (Or the same pronoun, continuing a person named before: "He was quoted ... He
            // called on".)
            let continued =
                opener.kind == MentionKind::Pronoun && cx.norms[opener.first] == cx.norms[m.first];
            if !(opener.kind == MentionKind::Person || continued)
                || opener.first > first + 6
                || lead_in
            {
                return Nearer::Nothing;
            }
            opener.first
        }
    };
    if cx.quote_of[subject] != cx.quote_of[m.first] {
        return Nearer::Nothing;
    }
    let Some(k) = cx.rec.mention_index(subject) else { return Nearer::Nothing };
    let sm = &cx.rec.mentions[k];
    let female = cx.norms[m.first] == "she";
    let target = match sm.kind {
        MentionKind::Person => {
            let gender = sm.person.and_then(|q| cx.rec.people[q].gender);
            let fits = gender.is_none_or(|g| (g == comity_dict::Gender::Female) == female);
            if !fits {
                return Nearer::Nothing;
            }
            Some(k)
        }
        MentionKind::Pronoun if cx.norms[sm.first] == cx.norms[m.first] => cx.antecedent[k],
        _ => return Nearer::Nothing,
    };
    match target {
        Some(t) if t == a => Nearer::Nothing,
        Some(t) => Nearer::Actor(t),
        None => Nearer::Thing,
    }
}

/// What token `t` heads, for a pronoun of that number: a noun phrase that names no coded
/// actor (a common noun no mention covers, or an organisation the recogniser left without a
/// code) is a thing; a plural common noun modified by a coded actor ("Church members") is that
/// actor's; anything else, or a unit of time, or a word in another quote, is nothing.
fn is_thing(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize, plural: bool, quote: u32) -> Nearer {
    let number = match syn.tag(t).map(|g| g.xpos) {
        Some(Xpos::Nn | Xpos::Nnp) => false,
        Some(Xpos::Nns | Xpos::Nnps) => true,
        _ => return Nearer::Nothing,
    };
    // An organisation's acronym the lexicon does not know ("MST claims that they reached an
    // agreement") is "it" and "they" alike.
    let acronym = cx.rec.mention_index(t).is_none()
        && syn.upos(t) == Some(Upos::Propn)
        && cx.doc.surface(t).len() >= 2
        && cx.doc.surface(t).chars().all(|c| c.is_ascii_uppercase());
    if acronym && cx.quote_of[t] == quote {
        return Nearer::Thing;
    }
    if number != plural
        || cx.quote_of[t] != quote
        || TIME_UNITS.contains(&cx.norms[t])
        || cx.norms[t].chars().any(|c| c.is_ascii_digit())
    {
        return Nearer::Nothing;
    }
    match cx.rec.mention_index(t).map(|k| (k, &cx.rec.mentions[k])) {
        None if syn.upos(t) == Some(Upos::Noun) => {
            let owner = syn
                .children(t)
                .filter(|&c| matches!(syn.rel(c), Some(Rel::Compound | Rel::NmodPoss | Rel::Amod)))
                .find_map(|c| {
                    cx.rec.mention_index(c).filter(|&k| {
                        let o = &cx.rec.mentions[k];
                        o.code.is_some() && o.kind != MentionKind::Pronoun
                    })
                });
            // "Iran's proposal ... rejected it": a thing a state owns is still a thing.
            owner.filter(|_| plural).map_or(Nearer::Thing, Nearer::Actor)
        }
        // "The Defenders of Human Rights Center said ... It": a name the lexicon does not know,
        // no person's nor place's, heading the phrase (its own words no mention either) is a
        // body or a thing the pronoun more likely means than an actor named before it.
        None if !plural
            && syn.upos(t) == Some(Upos::Propn)
            && !comity_text::WEEKDAYS.contains(&cx.norms[t])
            && !comity_text::MONTHS.contains(&cx.norms[t])
            && !syn.children(t).any(|c| cx.rec.mention_index(c).is_some())
            && !cx.rec.places.iter().any(|p| (p.first..p.last).contains(&t)) =>
        {
            Nearer::Thing
        }
        Some((_, mm)) if mm.code.is_none() && mm.last == t + 1 && mm.kind == MentionKind::Actor => {
            Nearer::Thing
        }
        _ => Nearer::Nothing,
    }
}

/// Whether the pronoun at `t` opens its sentence's clause: first, or after an opening
/// connective and a comma ("In addition, they ...", "However, it ...").
fn opens_clause(cx: &Ctx<'_>, t: usize) -> bool {
    let first = cx.doc.sentences[cx.doc.sentence_of(t)].first;
    t == first || (t > first && t - first <= 3 && cx.norms[t - 1] == ",")
}

/// Words that open a sentence before its subject, up to a comma: "According to X, ...", "In
/// addition, ...".
const OPENERS: &[&str] = &[
    "according",
    "in",
    "on",
    "at",
    "after",
    "before",
    "however",
    "meanwhile",
    "also",
    "earlier",
    "later",
    "since",
    "during",
    "despite",
    "following",
    "yesterday",
    "today",
    "now",
    "but",
];

/// Words that may start a noun phrase before its noun.
pub(crate) const QUANTIFIERS: &[&str] = &[
    "the", "a", "an", "several", "many", "some", "most", "all", "both", "other", "these", "those",
    "this", "that", "two", "three", "four", "few", "numerous", "various", "any", "such",
];

/// Words that end a subject noun phrase: auxiliaries and verbs of saying.
const AFTER_SUBJECT: &[&str] = &[
    "is", "are", "was", "were", "have", "has", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "say", "says", "said", "do", "does", "did",
];

/// Without a parse: whether sentence `s` opens (past an opening phrase up to a comma) with a
/// subject of one to four lower-case words that no mention covers, its last word of the
/// wanted number, right before an auxiliary or a verb of saying ("several communist parties
/// are showing ...").
fn previous_subject_is_thing(cx: &Ctx<'_>, s: usize, plural: bool, quote: u32) -> bool {
    let (first, last) = (cx.doc.sentences[s].first, cx.doc.sentences[s].last);
    let mut k = first;
    if k < last && OPENERS.contains(&cx.norms[k]) {
        match (k..last.min(k + 12)).find(|&j| cx.norms[j] == ",") {
            Some(c) => k = c + 1,
            None => return false,
        }
    }
    while k < last && QUANTIFIERS.contains(&cx.norms[k]) {
        k += 1;
    }
    let Some(end) = (k..last.min(k + 5)).find(|&j| AFTER_SUBJECT.contains(&cx.norms[j])) else {
        return false;
    };
    if end == k || cx.quote_of[k] != quote {
        return false;
    }
    let words_only = (k..end).all(|j| {
        cx.rec.mention_at[j] == 0
            && cx.norms[j].chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && cx.doc.surface(j).chars().next().is_some_and(|c| c.is_lowercase())
    });
    let head = cx.norms[end - 1];
    let head_plural = head.ends_with('s') && !head.ends_with("ss");
    words_only && head_plural == plural && !TIME_UNITS.contains(&head)
}
