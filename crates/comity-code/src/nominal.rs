//! Events named by nouns: "talks between A and B", "Russia's visit to China", "sanctions on
//! Iran", "an attack by rebels on the capital".
//!
//! An event noun of the lexicon (dictionaries/nominals.tsv) takes its actors from the slots the
//! entry names, read from the parse: `poss` is the possessive ("Russia's"), `mod` an adjective
//! or compound ("Israeli strikes", "US sanctions"), any other slot the nominal modifier with that
//! preposition ("with", "on", "by", "between"). A noun with no source of its own that is the
//! object of a support verb ("launched an offensive", "imposed sanctions"; `&support_verbs`)
//! takes that verb's subject. A nominal codes only with a source and a target.

use crate::{Act, Coder, Ctx, roles};
use comity_dict::Nominal;
use comity_text::{Rel, Syntax, Upos};

/// An event found on a noun.
pub(crate) struct NominalEvent {
    /// The noun.
    pub tok: usize,
    /// Source and target pairs.
    pub pairs: Vec<(Act, Act)>,
    /// CAMEO code.
    pub code: String,
    /// The lexicon entry and slots used, for `--explain`.
    pub why: String,
}

/// Prepositions of the course of a meeting in which something else was done.
pub(crate) const COURSE_CASES: &[&str] = &["in", "during", "at", "after", "following"];

/// Verbs that open or go on with a journey whose stops a "with" phrase names.
const JOURNEY_OPENERS: &[&str] =
    &["embark", "begin", "start", "open", "continue", "kick", "launch", "set"];

/// Verbs of owning a deed ("claimed responsibility for the attack"); not `speech`'s verbs of
/// claiming.
const OWNING_A_DEED: &[&str] = &["claim", "admit", "accept", "acknowledge", "assume", "take"];

/// Verbs whose reason ("for its support") is a deed of their object's.
const THANKING: &[&str] = &["thank", "praise", "commend", "applaud", "laud", "hail"];

/// The heads of the phrases in one slot of the noun at `k`.
fn slot_heads(cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize, slot: &str) -> Vec<usize> {
    let case = |c: usize, p: &str| syn.children_with(c, Rel::Case).any(|x| cx.norms[x] == p);
    // "its demand that Israel ease restrictions", "the call that Iran suspend enrichment": the
    // subject of the clause the noun opens with "that" (not a relative clause: "the demand that
    // Israel rejected").
    if slot == "that" {
        return syn
            .children(k)
            .filter(|&c| matches!(syn.rel(c), Some(Rel::Acl | Rel::Ccomp)))
            .filter(|&c| syn.children_with(c, Rel::Mark).any(|m| cx.norms[m] == "that"))
            .flat_map(|c| syn.children_with(c, Rel::Nsubj))
            .collect();
    }
    let mut heads: Vec<usize> = syn
        .children(k)
        .filter(|&c| match (slot, syn.rel(c)) {
            ("poss", Some(Rel::NmodPoss)) => true,
            ("mod", Some(Rel::Amod | Rel::Compound)) => true,
            (p, Some(Rel::Nmod)) => case(c, p),
            _ => false,
        })
        .collect();
    // "the killing of Lebanese civilians by Israeli forces", "the withdrawal of Polish troops
    // from Iraq", "the sale of weaponry to Venezuela": the tree may hang the doer or the
    // counterpart on the noun's "of" phrase.
    if !matches!(slot, "poss" | "mod" | "of" | "between") && heads.is_empty() {
        heads = syn
            .children_with(k, Rel::Nmod)
            .filter(|&c| case(c, "of"))
            .flat_map(|c| syn.children_with(c, Rel::Nmod).filter(|&n| case(n, slot)))
            .collect();
    }
    // "an agreement signed between Russia and Ukraine", "sanctions imposed on Iran by the
    // UN": a past participle on the noun takes the noun's phrases.
    if !matches!(slot, "poss" | "mod" | "of") && heads.is_empty() {
        heads = syn
            .children_with(k, Rel::Acl)
            .filter(|&c| {
                // (A bare participle only: "ordered the food to be sent to the ministry" asks
                // for it, and gives nothing.)
                c > k
                    && syn.upos(c) == Some(Upos::Verb)
                    && syn.tag(c).is_some_and(|t| t.xpos.as_str() == "VBN")
                    && syn
                        .children(c)
                        .all(|x| !matches!(syn.rel(x), Some(Rel::Mark | Rel::Aux | Rel::AuxPass)))
            })
            .flat_map(|c| syn.children_with(c, Rel::Obl).filter(|&n| case(n, slot)))
            .collect();
    }
    heads
}

/// Actors in one slot of the noun at `k`. A preposition the tree hung elsewhere still names
/// the noun's counterpart when the actor's name follows it at once ("during talks with
/// Nicolas Sarkozy, Medvedev said": a tree that read "with" as the verb's).
fn slot_acts(coder: &Coder, cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize, slot: &str) -> Vec<Act> {
    // "calls for Syria to withdraw", "its call on Hamas to renounce violence" (a slot
    // `preposition+to`): the one named right after the preposition and followed by "to". What
    // is called for is not whom it is asked of ("a call for relief for the oil industry").
    if let Some(p) = slot.strip_suffix("+to") {
        return named_right_after(cx, syn, k, p)
            .filter(|&mi| cx.norms.get(cx.rec.mentions[mi].last) == Some(&"to"))
            .map_or_else(Vec::new, |mi| coder.mention_acts(cx, &[mi], None));
    }
    let acts = coder.phrase_acts(cx, syn, &slot_heads(cx, syn, k, slot), None);
    if !acts.is_empty() || matches!(slot, "poss" | "mod" | "between" | "that") {
        return acts;
    }
    match named_right_after(cx, syn, k, slot) {
        Some(mi) => coder.mention_acts(cx, &[mi], None),
        None => acts,
    }
}

/// The mention that starts right after the noun at `k` and its `preposition` (an article
/// between them aside), within the sentence.
fn named_right_after(cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize, preposition: &str) -> Option<usize> {
    let s = syn.sentence;
    if k + 2 >= s.last || cx.norms[k + 1] != preposition {
        return None;
    }
    let mut j = k + 2;
    if matches!(cx.norms[j], "the" | "a" | "an") {
        j += 1;
    }
    cx.rec.mention_index(j).filter(|&mi| j < s.last && cx.rec.mentions[mi].first == j)
}

/// The entry for the noun at `k`: a two-word form ("air strikes") before a one-word one.
fn entry<'d>(coder: &'d Coder, cx: &Ctx<'_>, k: usize, first: usize) -> Option<&'d Nominal> {
    if k > first {
        let two = format!("{} {}", cx.norms[k - 1], cx.norms[k]);
        if let Some(n) = coder.dict.nominal(&two) {
            return Some(n);
        }
    }
    coder.dict.nominal(cx.norms[k])
}

/// Adjectives of a stance taken towards someone, with the prepositions that name them: "Russia
/// was critical of the plan", "China is opposed to sanctions on Iran"; and the nouns of being
/// "in touch" or "in contact" with someone.
const STANCES: &[(&str, &str, &[&str])] = &[
    ("critical", "111", &["of"]),
    ("opposed", "110", &["to"]),
    ("hostile", "110", &["to", "toward", "towards"]),
    ("angry", "111", &["with", "at"]),
    ("furious", "111", &["with", "at"]),
    ("supportive", "051", &["of"]),
    ("grateful", "051", &["to"]),
    // ("We have been in touch with North Korean officials": a channel kept open consults.)
    ("touch", "040", &["with"]),
    ("contact", "040", &["with"]),
    // ("Russia said it was in negotiations with Syria": talks one is in are held.)
    ("talks", "046", &["with"]),
    ("negotiations", "046", &["with"]),
];

/// Nouns of [`STANCES`] that say a stance only as a state one is "in" ("in talks with").
const IN_STATES: &[&str] = &["touch", "contact", "talks", "negotiations"];

/// Whether `w` is an adjective of a stance ([`STANCES`]), for the choice of sentences to parse.
pub(crate) fn is_stance(w: &str) -> bool {
    STANCES.iter().any(|(a, _, _)| *a == w)
}

/// Events of a stance said of its taker by an adjective ([`STANCES`]): the adjective's subject
/// (through a copula, or as the complement of "remain", "become", "seem") takes it towards the
/// actors its preposition names.
pub(crate) fn adjective_events(coder: &Coder, cx: &Ctx<'_>, syn: &Syntax<'_>) -> Vec<NominalEvent> {
    let s = syn.sentence;
    let mut out = Vec::new();
    for k in s.first..s.last {
        let Some(&(_, code, preps)) = STANCES.iter().find(|(w, _, _)| cx.norms[k] == *w) else {
            continue;
        };
        // ("Russia is opposed to the plan" read as a passive: its subject holds the stance.)
        let passive = syn.upos(k) == Some(Upos::Verb)
            && syn.children_with(k, Rel::AuxPass).next().is_some()
            && syn.children_with(k, Rel::OblAgent).next().is_none();
        // (The tagger reads a rarer one as a noun: "remained supportive/NOUN of".)
        if !matches!(syn.upos(k), Some(Upos::Adj | Upos::Noun)) && !passive {
            continue;
        }
        // ("Talks with Syria are the aim" is no state anyone is in.)
        if IN_STATES.contains(&cx.norms[k])
            && !syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "in")
        {
            continue;
        }
        let subject: Vec<usize> = if passive {
            syn.children_with(k, Rel::NsubjPass).collect()
        } else if syn.children_with(k, Rel::Cop).next().is_some() {
            syn.children_with(k, Rel::Nsubj).collect()
        } else if syn.rel(k) == Some(Rel::Xcomp)
            && let Some(h) = syn.head(k)
            && matches!(syn.lemma(h), "remain" | "become" | "seem" | "appear" | "stay")
        {
            syn.children_with(h, Rel::Nsubj).collect()
        } else if syn.rel(k) == Some(Rel::Obl)
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "in")
            && let Some(h) = syn.head(k)
            && matches!(syn.lemma(h), "remain" | "stay" | "keep" | "get")
        {
            // ("Japan remained in close contact with China", "kept in touch with".)
            syn.children_with(h, Rel::Nsubj).collect()
        } else {
            continue;
        };
        let sources = coder.phrase_acts(cx, syn, &subject, None);
        let heads: Vec<usize> = syn
            .children(k)
            .filter(|&c| matches!(syn.rel(c), Some(Rel::Obl | Rel::Nmod)))
            .filter(|&c| syn.children_with(c, Rel::Case).any(|p| preps.contains(&cx.norms[p])))
            .collect();
        let targets = coder.phrase_acts(cx, syn, &heads, None);
        let pairs = pairs_across(&sources, &targets);
        if !pairs.is_empty() {
            let why = format!("a stance said by '{}' of its subject", cx.norms[k]);
            out.push(NominalEvent { tok: k, pairs, code: code.to_string(), why });
        }
    }
    out
}

/// Nouns of what someone said or showed, whose "of" phrase names an act of theirs: "Merkel's
/// statement of support", "a US show of force", "Japan's expression of regret".
const STATEMENTS_OF: &[&str] =
    &["statement", "expression", "declaration", "message", "show", "gesture", "display", "pledge"];

/// Every pair of one of `sources` acting on one of `targets`, an actor never on itself.
fn pairs_across(sources: &[Act], targets: &[Act]) -> Vec<(Act, Act)> {
    let mut pairs = Vec::new();
    for a in sources {
        for b in targets {
            if a.code != b.code {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    pairs
}

/// Event nouns of a parsed sentence with their actors.
pub(crate) fn nominal_events(coder: &Coder, cx: &Ctx<'_>, syn: &Syntax<'_>) -> Vec<NominalEvent> {
    let s = syn.sentence;
    // The actors of the subject of the verb at `v`.
    let subject_acts =
        |v: usize| coder.phrase_acts(cx, syn, &roles::subject_only(cx, syn, v).0, None);
    let mut out = Vec::new();
    for k in s.first..s.last {
        // "the US-led invasion of Iraq": a war a state leads is read as its forces (the
        // recogniser's led forces), and is still their act, with them as its source.
        let mention = cx.rec.mention_index(k);
        let led = mention.filter(|&mi| {
            let m = &cx.rec.mentions[mi];
            m.first < k
                && m.last == k + 1
                && m.kind == comity_recognise::MentionKind::Agent
                && m.code.as_deref().is_some_and(|c| c.ends_with("MIL"))
                && cx.norms[m.first..k].iter().any(|w| w.ends_with("-led"))
        });
        if !matches!(syn.upos(k), Some(Upos::Noun)) || (mention.is_some() && led.is_none()) {
            continue;
        }
        let Some(n) = entry(coder, cx, k, s.first) else { continue };
        // "All opposition rallies are banned", "called off the protests": a protest banned,
        // prevented, cancelled or only planned was not held.
        if n.code.starts_with("14")
            && syn.head(k).is_some_and(|h| {
                matches!(syn.rel(k), Some(Rel::Nsubj | Rel::NsubjPass | Rel::Obj))
                    && matches!(
                        syn.lemma(h),
                        "ban"
                            | "prohibit"
                            | "forbid"
                            | "outlaw"
                            | "prevent"
                            | "cancel"
                            | "postpone"
                            | "call"
                            | "plan"
                    )
            })
        {
            continue;
        }
        // "lenders may classify their loans to Peru as bad debt": loans someone holds are
        // a debt outstanding, no lending done (unless a verb of lending governs them: "the
        // IMF approved its loan to Greece").
        let lent = syn.head(k).is_some_and(|h| {
            matches!(
                syn.lemma(h),
                "approve" | "grant" | "extend" | "give" | "make" | "provide" | "offer" | "announce"
            )
        });
        if n.code.starts_with("071")
            && !lent
            && syn.children_with(k, Rel::NmodPoss).any(|c| syn.upos(c) == Some(Upos::Pron))
        {
            continue;
        }
        let mut used = Vec::new();
        let mut sources = Vec::new();
        let mut between = Vec::new();
        if let Some(mi) = led {
            sources = coder.mention_acts(cx, &[mi], None);
            if !sources.is_empty() {
                used.push("source: the forces that lead it".to_string());
            }
        }
        for slot in n.source.iter().filter(|_| sources.is_empty()) {
            let acts = slot_acts(coder, cx, syn, k, slot);
            if !acts.is_empty() {
                used.push(format!("source {slot}"));
                if slot == "between" {
                    between = acts;
                } else {
                    sources = acts;
                }
                break;
            }
        }
        let mut targets = Vec::new();
        for slot in &n.target {
            if slot == "between" && !between.is_empty() {
                break;
            }
            let acts = slot_acts(coder, cx, syn, k, slot);
            if !acts.is_empty() {
                used.push(format!("target {slot}"));
                if slot == "between" {
                    between = acts;
                } else {
                    targets = acts;
                }
                break;
            }
        }
        // "Merkel's statement of support for Georgia", "a US show of force": an event a
        // statement or a show is of is the one who made the statement or the show.
        if sources.is_empty()
            && syn.rel(k) == Some(Rel::Nmod)
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "of")
            && let Some(h) = syn.head(k)
            && STATEMENTS_OF.contains(&syn.lemma(h))
        {
            for slot in ["poss", "mod"] {
                let acts = slot_acts(coder, cx, syn, h, slot);
                if !acts.is_empty() {
                    used.push(format!("source: whose '{}' it is of", cx.doc.surface(h)));
                    sources = acts;
                    break;
                }
            }
        }
        // The support verb the noun is the object of ("launched an offensive").
        let support = syn
            .head(k)
            .filter(|_| syn.rel(k) == Some(Rel::Obj))
            .filter(|&v| coder.dict.set_match("&support_verbs", &[cx.norms[v]]).is_some());
        if sources.is_empty()
            && let Some(v) = support
        {
            sources = subject_acts(v);
            if !sources.is_empty() {
                used.push(format!("source: subject of '{}'", cx.doc.surface(v)));
            }
        }
        // "made an offer last week to the Polish government": the tree may hang the noun's own
        // phrase on the support verb (most often past a phrase of time between them); a phrase
        // after the noun with a preposition of the noun's target slots still names its target.
        // (Only an actor named as the phrase's head, "on Iran", not one inside a thing, "for an
        // embargo of Israel"; and not after a passive, whose subject received the noun: "Senegal
        // was given a loan".)
        if targets.is_empty()
            && between.is_empty()
            && let Some(v) = support
            && syn.children_with(v, Rel::NsubjPass).next().is_none()
        {
            for slot in n.target.iter().filter(|t| {
                !matches!(t.as_str(), "poss" | "mod" | "between" | "that") && !t.ends_with("+to")
            }) {
                let heads: Vec<usize> = syn
                    .children_with(v, Rel::Obl)
                    .filter(|&c| c > k && cx.rec.mention_index(c).is_some())
                    .filter(|&c| syn.children_with(c, Rel::Case).any(|x| cx.norms[x] == slot))
                    .collect();
                let acts = coder.phrase_acts(cx, syn, &heads, None);
                if !acts.is_empty() {
                    used.push(format!("target {slot}, hung on '{}'", cx.doc.surface(v)));
                    targets = acts;
                    break;
                }
            }
        }
        // "Hamas claimed responsibility for the attack on Israeli soldiers", "the group admitted
        // responsibility for the kidnapping of two journalists": who owns a deed did it.
        // (The tree may hang the deed on the verb: "claimed responsibility today for the
        // attack".)
        let owning_verb = || {
            let h = syn.head(k)?;
            match syn.rel(k)? {
                Rel::Nmod if syn.lemma(h) == "responsibility" && syn.rel(h) == Some(Rel::Obj) => {
                    syn.head(h)
                }
                Rel::Obl
                    if syn.children_with(h, Rel::Obj).any(|o| syn.lemma(o) == "responsibility") =>
                {
                    Some(h)
                }
                _ => None,
            }
        };
        if sources.is_empty()
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "for")
            && let Some(v) = owning_verb()
            && OWNING_A_DEED.contains(&syn.lemma(v))
        {
            sources = subject_acts(v);
            // (The press a claim reached did not make it: "Reuters received calls claiming
            // responsibility for the attacks".)
            sources.retain(|a| !crate::speech::is_media(&a.code));
            if !sources.is_empty() {
                used.push(format!("source: who '{}' responsibility", cx.doc.surface(v)));
            }
        }
        // A meeting or call in whose course the clause's subject acts was that subject's: "in
        // a telephone conversation with Sarkozy, Medvedev declared ...", "during talks with
        // Abbas, Olmert agreed ...".
        if sources.is_empty()
            && n.code.starts_with("04")
            && syn.rel(k) == Some(Rel::Obl)
            && syn.children_with(k, Rel::Case).any(|c| {
                COURSE_CASES.contains(&cx.norms[c])
                    // "On a visit to Beijing, Putin said ...": a journey one is on ("on his
                    // visit"; not "died on the trip", someone else's).
                    || (cx.norms[c] == "on"
                        && n.code.starts_with("042")
                        && syn.children(k).any(|d| {
                            matches!(cx.norms[d], "a" | "an" | "his" | "her" | "their" | "its")
                        }))
                    // "embarked on his mission with visits to Israel and Jordan", "began the
                    // tour with a visit to Kabul": the journey a trip opens.
                    || (cx.norms[c] == "with"
                        && n.code.starts_with("042")
                        && syn.head(k).is_some_and(|v| JOURNEY_OPENERS.contains(&syn.lemma(v))))
            })
            && let Some(v) = syn.head(k)
            && syn.upos(v) == Some(Upos::Verb)
            // "engaged in talks", "join them in talks": the verb's own complement, no course.
            && !matches!(syn.lemma(v), "engage" | "join" | "participate" | "involve" | "take")
        {
            sources = subject_acts(v);
            // (A subject that is the meeting's counterpart is a misread tree: "During a telephone
            // conversation on Friday with French president Nicolas Sarkozy, Russian president
            // Dmitry Medvedev agreed ..." read with Sarkozy as the subject.)
            if !sources.is_empty()
                && sources.iter().all(|a| targets.iter().any(|t| t.code == a.code))
            {
                sources.clear();
            }
            // A tree that hung the subject's name on the phrase before it ("at a meeting with
            // Putin, Bush said"): the name right before the verb, unless a preposition governs
            // it ("talks with North Korea in China ended": a place, no subject).
            if sources.is_empty()
                && let Some(mi) = v.checked_sub(1).and_then(|p| cx.rec.mention_index(p))
                && cx.rec.mentions[mi].last == v
                && cx.rec.mentions[mi]
                    .first
                    .checked_sub(1)
                    .is_none_or(|c| syn.upos(c) != Some(Upos::Adp))
                && cx.rec.mentions[mi].kind != comity_recognise::MentionKind::Pronoun
            {
                sources = coder.mention_acts(cx, &[mi], None);
            }
            // A conversation with the press is an interview, not a consultation.
            if targets.iter().all(|t| crate::speech::is_media(&t.code)) {
                sources.clear();
            }
            if !sources.is_empty() {
                used.push(format!(
                    "source: subject of '{}' in whose course it was",
                    cx.doc.surface(v)
                ));
            }
        }
        // "began his mission with visits to Israel and Jordan": the tree may hang the visits on
        // the journey the verb opens.
        if sources.is_empty()
            && n.code.starts_with("042")
            && syn.rel(k) == Some(Rel::Nmod)
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "with")
            && let Some(o) = syn.head(k)
            && matches!(syn.rel(o), Some(Rel::Obj | Rel::Obl))
            && let Some(v) = syn.head(o)
            && JOURNEY_OPENERS.contains(&syn.lemma(v))
        {
            sources = subject_acts(v);
            if !sources.is_empty() {
                used.push(format!("source: subject of '{}' the journey", cx.doc.surface(v)));
            }
        }
        // "Chinese President Hu Jintao is on a three-day visit to Russia": the one who is on a
        // journey makes it.
        if sources.is_empty()
            && n.code.starts_with("042")
            && syn.children_with(k, Rel::Cop).next().is_some()
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "on")
        {
            // ("Hu Jintao, who is on a state visit to Russia": the one the clause is about.)
            let subj: Vec<usize> = syn
                .children_with(k, Rel::Nsubj)
                .map(|c| match syn.head(k) {
                    Some(h)
                        if syn.rel(k) == Some(Rel::AclRelcl)
                            && matches!(cx.norms[c], "who" | "which" | "that") =>
                    {
                        h
                    }
                    _ => c,
                })
                .collect();
            sources = coder.phrase_acts(cx, syn, &subj, None);
            if !sources.is_empty() {
                used.push("source: the subject on the journey".to_string());
            }
        }
        // "escaped a rocket attack by the Taliban", "survived an assassination attempt by
        // militants": whoever escapes or survives force was its target.
        if targets.is_empty()
            && between.is_empty()
            && !sources.is_empty()
            && crate::cameo_root(&n.code).is_some_and(|r| (18..=20).contains(&r))
            && syn.rel(k) == Some(Rel::Obj)
            && let Some(v) = syn.head(k)
            && matches!(syn.lemma(v), "escape" | "survive" | "evade" | "withstand")
        {
            let found = subject_acts(v);
            if !found.is_empty() {
                used.push(format!("target: who '{}' it", cx.doc.surface(v)));
                targets = found;
            }
        }
        // Force, coercion and posture aimed at a place ("a blockade on the Gaza Strip", "air
        // strikes on Tyre") are aimed at its country, as for verbs of force, unless it is the
        // source's own; so is force where it happened ("the prison attack at Abu Ghraib").
        if targets.is_empty()
            && between.is_empty()
            && !sources.is_empty()
            && crate::cameo_root(&n.code).is_some_and(|r| (15..=20).contains(&r))
        {
            let scenes: &[&str] = if crate::is_force(&n.code) { &["at", "in"] } else { &[] };
            for slot in n
                .target
                .iter()
                .map(String::as_str)
                .filter(|t| !matches!(*t, "between" | "poss" | "mod"))
                .chain(scenes.iter().copied())
            {
                let heads = slot_heads(cx, syn, k, slot);
                let found = coder.scene_acts(cx, syn, &heads, &sources);
                if !found.is_empty() {
                    used.push(format!("target {slot}: the place's country"));
                    targets = found;
                    break;
                }
            }
        }
        // "pledged to convert the museum despite criticism by the Greek foreign minister",
        // "went ahead amid objections from the United States": disapproval, threats or
        // protests against what the clause's subject does are aimed at that subject.
        if targets.is_empty()
            && between.is_empty()
            && !sources.is_empty()
            && crate::cameo_root(&n.code).is_some_and(|r| (11..=14).contains(&r))
            && syn.rel(k) == Some(Rel::Obl)
            && syn.children_with(k, Rel::Case).any(|c| matches!(cx.norms[c], "despite" | "amid"))
            && let Some(v) = syn.head(k)
        {
            let found = subject_acts(v);
            if !found.is_empty() {
                used.push(format!("target: the subject of '{}' it was against", cx.doc.surface(v)));
                targets = found;
            }
        }
        // Help or support one is thanked or praised for was given: "thanked Latvia for its
        // support" is Latvia's support of the thanker (unless the noun names its own target).
        let mut thanked_for = false;
        if targets.is_empty()
            && between.is_empty()
            && syn.rel(k) == Some(Rel::Obl)
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "for")
            && let Some(v) = syn.head(k)
            && THANKING.contains(&syn.lemma(v))
        {
            let objects: Vec<usize> = syn.children_with(v, Rel::Obj).collect();
            let (given_by, given_to) =
                (coder.phrase_acts(cx, syn, &objects, None), subject_acts(v));
            if (!given_by.is_empty() || !sources.is_empty()) && !given_to.is_empty() {
                if sources.is_empty() {
                    sources = given_by;
                }
                targets = given_to;
                thanked_for = true;
                used.push(format!(
                    "what '{}' was for: its object gave it to its subject",
                    cx.doc.surface(v)
                ));
            }
        }
        // "Protests continue in Venezuela", "anti-government protests erupted in Bangkok":
        // protests no one is named to hold, held in one country, are its people's.
        if sources.is_empty()
            && between.is_empty()
            && targets.is_empty()
            && n.code.starts_with("14")
            && CROWD_PROTESTS.contains(&cx.norms[k])
            && let Some(home) = protest_country(coder, cx, syn, k)
        {
            used.push(format!("source: the people of {home}, where the protests were held"));
            sources.push(Act {
                code: format!("{home}CVL"),
                first: k,
                last: k + 1,
                entry: format!("protests held in {home}: its people"),
                named: Some(format!("{home} protesters (implied)")),
            });
        }
        // A protest naming no one is against the protesters' own government ("opposition
        // parties organised a general strike"), as for verbs of protest; one with a clause of
        // its own is an objection voiced ("protests that the version was accurate").
        if targets.is_empty()
            && !thanked_for
            && between.is_empty()
            && n.code.starts_with("14")
            && !syn.children(k).any(|c| matches!(syn.rel(c), Some(Rel::Acl | Rel::Ccomp)))
            // One person's protests are objections, not a crowd's ("protests by Jarrar").
            && !sources.iter().any(|a| {
                cx.rec.mention(a.first).is_some_and(|m| m.kind == comity_recognise::MentionKind::Person)
            })
            && let Some(a) = sources.first().and_then(|s| crate::implied_protest_target(cx, s, k))
        {
            used.push(a.entry.clone());
            targets.push(a);
        }
        // "Chinese protests against Japan": a country's adjective on a protest names its
        // protesters, not its state.
        if n.code.starts_with("14") {
            for a in &mut sources {
                if a.code.len() == 3
                    && cx.rec.mention(a.first).is_some_and(|m| m.adjective && m.agent.is_none())
                {
                    a.code.push_str("OPP");
                    a.entry.push_str(" + protesters (a country's protests)");
                }
            }
        }
        // "the Brazilian people's support of the Palestinian cause": a people's support or
        // praise is a sentiment, no act of diplomacy.
        if n.code.starts_with("05")
            && !sources.is_empty()
            && sources.iter().all(|a| a.code.get(3..6) == Some("PPL"))
        {
            continue;
        }
        // "six-party talks (between China, Japan, Russia, the two Koreas and the United
        // States)": a forum of more than two parties is no act of any one of them toward
        // another.
        let mut parties: Vec<&str> = between.iter().map(|a| a.code.as_str()).collect();
        parties.sort_unstable();
        parties.dedup();
        if parties.len() > 2 {
            continue;
        }
        // "Norway's mediation between Colombia and the rebels", "Egypt launched a mediation
        // between Hamas and Fatah": a noun whose source is never among the "between" phrase
        // has the parties it stands between as its targets once a source is named.
        if !sources.is_empty()
            && targets.is_empty()
            && !between.is_empty()
            && !n.source.iter().any(|s| s == "between")
        {
            targets = std::mem::take(&mut between);
        }
        let pairs = if between.len() > 1 {
            pairs_across(&between, &between)
        } else if !sources.is_empty() && (!targets.is_empty() || between.len() == 1) {
            let targets = if targets.is_empty() { between.clone() } else { targets };
            pairs_across(&sources, &targets)
        } else {
            Vec::new()
        };
        // "a battle between Obama and the Senate over the budget": a fight in words when every
        // side is a politician, a government, a legislature or a party.
        if n.code.starts_with("19")
            && pairs.iter().all(|(a, b)| crate::political(&a.code) && crate::political(&b.code))
        {
            continue;
        }
        if pairs.is_empty() {
            continue;
        }
        // A state's bombing is from the air ("Israeli bombings of Gaza": 195), as the verb
        // "bomb" is; the bomb of a group or a person is the non-military bombing (183).
        let state = |code: &str| {
            crate::home_country(code).is_some()
                && matches!(code.get(3..6), None | Some("MIL" | "GOV"))
        };
        // "a suspension of UN sanctions against Libya", "the lifting of the embargo": a
        // reduction of relations undone eases sanctions (085), the opposite act.
        let undone = syn.rel(k) == Some(Rel::Nmod)
            && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "of")
            && syn.head(k).is_some_and(|h| UNDOING.contains(&syn.lemma(h)));
        if undone && n.code.starts_with("16") && !n.code.starts_with("163") {
            continue;
        }
        // "accused of breaching UN sanctions against Iraq", "in violation of the embargo":
        // a regime broken is named as standing, not imposed here.
        let broken = match syn.rel(k) {
            Some(Rel::Obj) => syn.head(k).is_some_and(|h| BREAKING.contains(&syn.lemma(h))),
            Some(Rel::Nmod) => {
                syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "of")
                    && syn.head(k).is_some_and(|h| BREAKING.contains(&syn.lemma(h)))
            }
            _ => false,
        } || syn.children_with(k, Rel::Amod).any(|c| BREAKING.contains(&syn.lemma(c)));
        if broken {
            continue;
        }
        let code = if n.code.starts_with("183") && pairs.iter().all(|(a, _)| state(&a.code)) {
            used.push("a state's bombing: from the air".into());
            "195".to_string()
        } else if undone && n.code.starts_with("163") {
            used.push("sanctions undone: eased".into());
            "085".to_string()
        } else {
            n.code.clone()
        };
        let why = format!("event noun ({}): {}", n.origin, used.join(", "));
        out.push(NominalEvent { tok: k, pairs, code, why });
    }
    out
}

/// Words of breaking a rule or a regime ("breaching sanctions", "a violation of the truce").
static BREAKING: comity_text::WordSet = comity_text::WordSet::new(&[
    "breach",
    "violate",
    "violation",
    "flout",
    "evade",
    "evasion",
    "circumvent",
    "defy",
    "bust",
    "break",
]);

/// Nouns that undo what their "of" phrase names ("the lifting of sanctions").
static UNDOING: comity_text::WordSet = comity_text::WordSet::new(&[
    "suspension",
    "lifting",
    "easing",
    "relaxation",
    "removal",
    "end",
    "repeal",
    "withdrawal",
]);

/// Plural nouns of crowds protesting, whose protesters a place they are held in may imply.
pub(crate) const CROWD_PROTESTS: &[&str] = &["protests", "demonstrations", "rallies", "marches"];

/// The one country where protests at `k` were held: a place or country "in", "across" or
/// "throughout" which the noun is, or the verb it is the subject of happens ("protests
/// continue in Venezuela", "demonstrations across Thailand"), named by its country's code.
fn protest_country(coder: &Coder, cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize) -> Option<String> {
    let placed = |h: usize| {
        syn.children_with(h, Rel::Case)
            .any(|c| matches!(cx.norms[c], "in" | "across" | "throughout"))
    };
    let mut heads: Vec<usize> = syn.children_with(k, Rel::Nmod).filter(|&c| placed(c)).collect();
    if matches!(syn.rel(k), Some(Rel::Nsubj | Rel::NsubjPass))
        && let Some(v) = syn.head(k)
    {
        heads.extend(syn.children_with(v, Rel::Obl).filter(|&c| placed(c)));
    }
    let mut found: Vec<String> = coder
        .scene_acts(cx, syn, &heads, &[])
        .into_iter()
        .filter_map(|a| crate::home_country(&a.code).map(str::to_string))
        // (A country, not a region of many: "across the Muslim world", "in the Arab world".)
        .filter(|c| coder.dict.country(c).is_some())
        .collect();
    found.sort_unstable();
    found.dedup();
    match &found[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Those asked to do what a noun names, when an appeal or a demand at the verb `v` is for it
/// ("called for the withdrawal of Israeli troops", "called for the release by Hezbollah of two
/// soldiers", "demanded Iran's release of the sailors"): the doers its source slots name. The
/// noun is the verb's object or the head of its "for" phrase. None when it names none, or
/// only the appealer.
pub(crate) fn doers_asked(
    coder: &Coder,
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    v: usize,
    appealers: &[Act],
) -> Vec<Act> {
    let s = syn.sentence;
    for k in syn.children(v) {
        let asked_for = match syn.rel(k) {
            Some(Rel::Obj) => true,
            Some(Rel::Obl) => syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "for"),
            _ => false,
        };
        if !asked_for || syn.upos(k) != Some(Upos::Noun) {
            continue;
        }
        let Some(n) = entry(coder, cx, k, s.first) else { continue };
        for slot in n.source.iter().filter(|x| *x != "between") {
            let acts: Vec<Act> = slot_acts(coder, cx, syn, k, slot)
                .into_iter()
                .filter(|a| !appealers.iter().any(|x| x.code == a.code))
                .collect();
            if !acts.is_empty() {
                return acts;
            }
        }
    }
    Vec::new()
}
