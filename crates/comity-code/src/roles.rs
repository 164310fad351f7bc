//! Who did what to whom, read from the dependency parse of the sentence.
//!
//! A verb's source is its subject: its own `nsubj`, or, where it has none, the subject it
//! shares: the controller of an `xcomp` ("agreed to meet": the subject of "agreed"; "urged Iran
//! to stop": the object of "urged"), the first conjunct's subject for a coordinated verb, the
//! noun a relative or participial clause hangs on. Passives take their source from the `by`
//! phrase and their target from the passive subject. The target is the verb's object, else its
//! first oblique that is not a place ("sent troops into Ukraine", not "met in Geneva").
//!
//! Phrases become actors through the recognised mentions: the mention over the phrase's head,
//! else the one its modifiers name ("Russia's forces", "the president of Russia", "Putin, the
//! president"), with every coordinated phrase ("Russia and China") added.

use crate::Ctx;
use comity_recognise::MentionKind;
use comity_text::{Rel, Syntax, Upos};

/// Prepositions whose object is where something happened (or who tells of it, or why), not
/// whom it was done to.
const LOCATIVE_CASES: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "around",
    "during",
    "within",
    "from",
    "since",
    "until",
    "after",
    "before",
    "over",
    "amid",
    "via",
    "despite",
    "on",
    "for",
    "of",
    "about",
    "as",
    "like",
    // (Whom one is set against or beside is no one acted on: "Unlike the industry minister,
    // Downer refused to say", "fought alongside American troops".)
    "unlike",
    "except",
    "besides",
    "alongside",
    "than",
    "by",
    "under",
    "among",
    "between",
    // (The heads of prepositions of several words, which name a source, a cause or a time:
    // "according to Reuters", "thanks to", "due to", "prior to".)
    "according",
    "thanks",
    "due",
    "owing",
    "prior",
    "contrary",
    "pursuant",
];

/// How many dependents of a word the role search reads (see `subject_of`).
const MAX_DEPENDENTS: usize = 64;

/// What the parse says about a verb's participants (token indices of phrase heads).
#[derive(Debug, Default, Clone)]
pub(crate) struct Roles {
    /// Heads of the subject phrases (the doers, or the undergoers for passives).
    pub subject: Vec<usize>,
    /// Heads of the agent phrases of a passive ("by the army").
    pub agent: Vec<usize>,
    /// Heads of the object or oblique target phrases.
    pub object: Vec<usize>,
    /// The verb is passive (auxiliary "be", a passive subject, or a participle on a noun).
    pub passive: bool,
    /// How the subject was found, for `--explain`.
    pub how: &'static str,
}

fn is_relative_pronoun(cx: &Ctx<'_>, t: usize) -> bool {
    matches!(cx.norms[t], "who" | "which" | "that" | "whom")
}

/// Whether the phrase at `t` has a preposition, and one that is not in `LOCATIVE_CASES` nor
/// the "with" of backing ("with the support of").
fn has_target_case(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> bool {
    syn.children_with(t, Rel::Case).next().is_some_and(|c| {
        // "pursue its work with the support of the EU": who backs an act is beside its
        // doer, not its target.
        let backing = matches!(cx.norms[c], "with" | "without") && BACKING.contains(&syn.lemma(t));
        // "to impose sanctions on Sudan", "slapped tariffs on Chinese steel": what is imposed
        // is imposed on someone ("on Monday", "on the border" stay a time and a place).
        let imposed_on =
            cx.norms[c] == "on" && syn.head(t).is_some_and(|h| IMPOSING.contains(&syn.lemma(h)));
        // "fired tear gas at the crowd", "threw stones at the police": what is fired or thrown
        // "at" someone is aimed at them ("at the border" stays a place).
        let aimed_at = cx.norms[c] == "at" && on_aiming(syn, t);
        imposed_on
            || aimed_at
            || !(LOCATIVE_CASES.contains(&cx.norms[c]) || backing || up_to(cx, syn, t))
    })
}

/// Whether `v` is the existential "be" of "there is", "there should be": its subject is what
/// the clause says is, or ought to be.
pub(crate) fn existential_be(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    syn.lemma(v) == "be" && syn.children_with(v, Rel::Expl).any(|e| cx.norms[e] == "there")
}

/// Verbs of imposing something on someone, whose "on" phrase is whom it is imposed on.
static IMPOSING: comity_text::WordSet = comity_text::WordSet::new(&[
    "impose", "reimpose", "slap", "levy", "place", "declare", "inflict", "tighten", "lift", "ease",
]);

/// Verbs of firing or throwing something, whose "at" phrase is whom it is aimed at.
static AIMING: comity_text::WordSet =
    comity_text::WordSet::new(&["fire", "shoot", "throw", "hurl", "lob", "spray", "aim", "launch"]);

/// Whether the phrase at `t` hangs on a verb of firing or throwing, or on what such a verb
/// fires or throws ("threw stones at the police", the "at" phrase on "stones"): an "at" there
/// names whom it is aimed at, not where.
pub(crate) fn on_aiming(syn: &Syntax<'_>, t: usize) -> bool {
    let aiming = |v: usize| AIMING.contains(&syn.lemma(v));
    syn.head(t).is_some_and(|g| {
        aiming(g) || syn.rel(g) == Some(Rel::Obj) && syn.head(g).is_some_and(aiming)
    })
}

/// Whether the phrase at `t` is "up to" a number of something ("contribute up to 4,000 troops
/// to a force"): a quantity the tree read as a "to" phrase, the verb's object in truth.
fn up_to(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> bool {
    syn.children_with(t, Rel::Case).next().is_some_and(|c| {
        cx.norms[c] == "to"
            && c > syn.sentence.first
            && cx.norms[c - 1] == "up"
            && syn.children_with(t, Rel::Nummod).next().is_some()
    })
}

/// Whether the "with" phrase at `c` is the subject of an absolute clause ("France is to send
/// soldiers, with Switzerland and Britain sending experts"): a participle follows the phrase
/// or hangs on it.
fn absolute_subject(cx: &Ctx<'_>, syn: &Syntax<'_>, c: usize) -> bool {
    let Some(with) = syn.children_with(c, Rel::Case).find(|&k| cx.norms[k] == "with") else {
        return false;
    };
    let participle = |k: usize| {
        syn.upos(k) == Some(Upos::Verb) && syn.tag(k).is_some_and(|t| t.xpos.as_str() == "VBG")
    };
    let (_, end) = syn.subtree(c);
    // A participle right after the phrase makes it such a clause ("send soldiers with
    // Switzerland and Britain sending experts"); one the tree hangs on the phrase itself does
    // only after a comma ("met with officials seeking to deploy troops" is no such clause).
    let comma = with > syn.sentence.first && cx.norms[with - 1] == ",";
    // So does a noun phrase said of it with no verb ("..., with Eritrea the only member
    // unsigned"), which the tree hangs on it as an apposition with no comma between.
    let predicated = || {
        c + 1 < syn.sentence.last
            && matches!(cx.norms[c + 1], "the" | "a" | "an")
            && syn.children_with(c, Rel::Appos).any(|k| k > c)
    };
    (end < syn.sentence.last && participle(end))
        || (comma && (syn.children_with(c, Rel::Acl).any(participle) || predicated()))
}

/// Nouns of backing: "with the support of X" names an ally of the act, not its target.
static BACKING: comity_text::WordSet = comity_text::WordSet::new(&[
    "support",
    "help",
    "backing",
    "assistance",
    "blessing",
    "approval",
    "consent",
    "participation",
    "aid",
    "encouragement",
]);

/// Whether the name at `c` is the country of the place named right before it and a comma
/// ("The Hague, Netherlands"; "Basra, Iraq").
fn place_apposition(cx: &Ctx<'_>, c: usize) -> bool {
    let Some(m) = cx.rec.mention_index(c).map(|m| &cx.rec.mentions[m]) else { return false };
    if m.first < 2 || cx.norms[m.first - 1] != "," || m.code.as_deref().is_none_or(|c| c.len() != 3)
    {
        return false;
    }
    let before = m.first - 2;
    let named = cx
        .rec
        .mention_index(before)
        .map(|p| &cx.rec.mentions[p])
        .is_some_and(|p| p.code == m.code && p.last == m.first - 1);
    let place = cx.place_at.get(before).and_then(|&p| p.checked_sub(1)).is_some_and(|p| {
        let p = &cx.rec.places[p as usize];
        p.last == m.first - 1 && m.code.as_deref() == Some(p.country.as_str())
    });
    named || place
}

/// The verb's own subject, or the one it shares; with how it was found.
fn subject_of(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize, depth: u8) -> (Vec<usize>, &'static str) {
    if depth > 6 {
        return (Vec::new(), "");
    }
    // Dependents are read up to a bound: a verb with thousands of them (a sentence of a
    // million words) is asked once per conjunct, and the subject stands among the first.
    let mut own: Vec<usize> = syn
        .children(v)
        .take(MAX_DEPENDENTS)
        .filter(|&c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass | Rel::NsubjOuter)))
        // ("From Israel, Pompeo spoke", read with "Israel" as the subject: a phrase with a
        // preposition is where, never who.)
        .filter(|&c| {
            !syn.children_with(c, Rel::Case).any(|k| matches!(cx.norms[k], "from" | "inside"))
        })
        .collect();
    // "Conservative MP Philip Hammond commented", read as two subjects: a title right before
    // a name the lexicon knows is that name's.
    if own.len() > 1 {
        let titles: Vec<usize> = own
            .iter()
            .copied()
            .filter(|&c| own.contains(&(c + 1)) && syn.upos(c) == Some(Upos::Noun))
            .filter(|&c| syn.upos(c + 1) == Some(Upos::Propn))
            .filter(|&c| cx.rec.mention(c + 1).is_some_and(|m| m.code.is_some()))
            .collect();
        own.retain(|c| !titles.contains(c));
        // "United States Vice President Dick Cheney made ...", read as two subjects: a
        // country named right before a title and a person the lexicon knows is that person's.
        let countries: Vec<usize> = own
            .iter()
            .copied()
            .filter(|&c| {
                cx.rec.mention(c).is_some_and(|m| {
                    m.kind == MentionKind::Country
                        && m.agent.is_none()
                        && own.iter().any(|&o| {
                            o >= m.last
                                && o - m.last <= 3
                                && (m.last..o).all(|k| cx.doc.tokens[k].is(comity_text::CAP))
                                && cx.rec.mention(o).is_some_and(|p| {
                                    p.kind == MentionKind::Person && p.code.is_some()
                                })
                        })
                })
            })
            .collect();
        own.retain(|c| !countries.contains(c));
    }
    // "According to Lieutenant Colonel Dobrev, ..., U.S. forces killed": the tree may hang
    // the source of the report as a subject; the one who says is not the one who did.
    if own.len() > 1 {
        own.retain(|&c| {
            let (a, _) = syn.subtree(c);
            !(a >= 2 && cx.norms[a - 2] == "according" && cx.norms[a - 1] == "to")
        });
    }
    // "Riot police used batons to clear the square, and the mayor declared": two
    // subjects the tree gives one verb across ", and" are two clauses' subjects; the verb's is
    // the one after the conjunction.
    if own.len() > 1 {
        let last = own.iter().copied().max().unwrap_or(v);
        // (A list of subjects has no verb of its own before the conjunction: "Germany,
        // France, Italy, and Spain have all urged", "the company, which owns the
        // plant, and the trading corporation signed".)
        let split = (own[0]..last)
            .rev()
            .find(|&k| matches!(cx.norms[k], "and" | "but") && k > 0 && cx.norms[k - 1] == ",")
            .filter(|&k| {
                (own[0]..k).any(|j| {
                    syn.upos(j) == Some(Upos::Verb)
                        && !matches!(syn.rel(j), Some(Rel::AclRelcl | Rel::Acl))
                })
            });
        if let Some(k) = split {
            own.retain(|&c| c > k);
        }
    }
    // "The court in The Hague, Netherlands has ordered": the country after a comma that
    // follows a place of its own is where that place lies, not a second subject.
    let before = own.len();
    own.retain(|&c| !place_apposition(cx, c));
    if before > 0 && own.is_empty() {
        // The tree's only subject was such a country: the verb has no subject it can name,
        // and the word-window rules must not find that country again.
        return (own, "nsubj: only the country of a place");
    }
    let rel = syn.rel(v);
    if let Some(&s) = own.first() {
        if is_relative_pronoun(cx, s)
            && matches!(rel, Some(Rel::AclRelcl | Rel::Acl))
            && let Some(h) = syn.head(v)
        {
            // The tree may hang the clause on a noun further back ("fundraising for the
            // Tamil Tigers, who have been fighting"): "who" then stands for the actor named
            // just before it.
            if phrase_mentions(cx, syn, h).is_empty() {
                let mut k = s;
                while k > syn.sentence.first && cx.norms[k - 1] == "," {
                    k -= 1;
                }
                if k > syn.sentence.first && cx.rec.mention_index(k - 1).is_some() {
                    return (vec![k - 1], "relative clause: the actor named before it");
                }
            }
            return (vec![h], "relative clause: the noun it describes");
        }
        return (own, "nsubj");
    }
    let Some(h) = syn.head(v) else { return (Vec::new(), "") };
    match rel {
        Some(Rel::Xcomp) => {
            // Object control ("urged Iran to stop") before subject control ("agreed to meet").
            // ("Japan has plans to send troops", read with "send" on "has": a plan is no one
            // told to act; its owner acts.)
            if let Some(o) = syn
                .children(h)
                .take(MAX_DEPENDENTS)
                .find(|&c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)))
                .filter(|&o| !plan_noun(cx, syn, o))
            {
                // "repeating their calls for Syria to withdraw": the tree may hang the clause
                // on the verb whose object is the call; the one called on to act ("for
                // Syria") controls it, not the caller.
                if cx.rec.mention_index(o).is_none()
                    && let Some(x) = syn.children_with(o, Rel::Nmod).find(|&x| {
                        x < v
                            && syn.children_with(x, Rel::Case).any(|c| cx.norms[c] == "for")
                            && !phrase_mentions(cx, syn, x).is_empty()
                    })
                {
                    return (vec![x], "xcomp: whom the governing verb's object calls on");
                }
                // "resisted demands by Sierra Leone and the UN to extradite him", "accepted an
                // invitation from China to visit": the authors of a demand ask someone else to
                // act (who, the sentence need not say), and whoever is invited or allowed acts.
                let authored = cx.rec.mention_index(o).is_none()
                    && syn.children_with(o, Rel::Nmod).any(|x| {
                        x < v
                            && syn
                                .children_with(x, Rel::Case)
                                .any(|c| matches!(cx.norms[c], "by" | "from"))
                            && !phrase_mentions(cx, syn, x).is_empty()
                    });
                if authored && ASKINGS.contains(&syn.lemma(o)) {
                    return (Vec::new(), "xcomp: a demand's authors ask someone else to act");
                }
                if LEAVES.contains(&syn.lemma(o)) {
                    let (s, _) = subject_of(cx, syn, h, depth + 1);
                    return (s, "xcomp: who is invited or allowed");
                }
                return (vec![o], "xcomp: the object of the governing verb");
            }
            // "al-Libi was reported killed", "were feared dead": a participle right after a
            // passive verb of report or belief tells what befell its subject, who did not do it.
            let befell = v == h + 1
                && syn.children_with(h, Rel::NsubjPass).next().is_some()
                && cx.norms[v].ends_with("ed")
                && syn.children_with(v, Rel::Mark).next().is_none();
            if befell {
                return (Vec::new(), "xcomp: a participle after a passive befell its subject");
            }
            let (s, _) = subject_of(cx, syn, h, depth + 1);
            (s, "xcomp: the subject of the governing verb")
        }
        Some(Rel::Conj) => {
            // "accused the police of abducting and killing civilians" read with "killing" on
            // "accused": a gerund right after "and" or "or" and another gerund is that
            // gerund's conjunct, whatever the tree says, and shares no finite verb's subject.
            let xpos = |t: usize| syn.tag(t).map(|t| t.xpos);
            let gerund = |t: usize| xpos(t).is_some_and(|x| x.as_str() == "VBG");
            if gerund(v)
                && !gerund(h)
                && v >= 2
                && matches!(cx.norms[v - 1], "and" | "or")
                && gerund(v - 2)
                && syn.upos(v - 2) == Some(Upos::Verb)
            {
                return (Vec::new(), "conj: a gerund joined to another gerund, misread");
            }
            let (s, _) = subject_of(cx, syn, h, depth + 1);
            (s, "conj: the subject of the first verb")
        }
        Some(Rel::Advcl)
            if syn.children_with(v, Rel::Mark).next().is_none()
                || gerund_after_mark(cx, syn, v, h) =>
        {
            // "Three U.N. schools were bombed on Tuesday, killing over 50 civilians": the harm
            // a passive's deed did is its agent's, if named, never what underwent it ("Uribe
            // was sworn in, pledging to make peace" is still Uribe's).
            if syn.children_with(h, Rel::NsubjPass).next().is_some()
                && matches!(
                    syn.lemma(v),
                    "kill" | "injure" | "wound" | "destroy" | "damage" | "cause" | "leave"
                )
            {
                let agents: Vec<usize> = syn
                    .children(h)
                    .filter(|&c| {
                        syn.rel(c) == Some(Rel::OblAgent)
                            || (syn.rel(c) == Some(Rel::Obl)
                                && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "by"))
                    })
                    .collect();
                return (agents, "participle clause after a passive: its agent");
            }
            let (s, _) = subject_of(cx, syn, h, depth + 1);
            (s, "participle clause: the subject of the main verb")
        }
        Some(Rel::Acl) if let Some(g) = caller(cx, syn, v, h) => {
            let (s, _) = subject_of(cx, syn, g, depth + 1);
            (s, "purpose of a call or a meeting: who called or met")
        }
        // "Australia has announced plans to send troops", "Russia's decision to cut supplies":
        // what a plan, a decision or a promise is to do, its owner does: the possessor, else
        // the subject of the verb that has or announces it.
        Some(Rel::Acl)
            if INTENTS.contains(&syn.lemma(h))
                && syn.children_with(v, Rel::Mark).any(|m| cx.norms[m] == "to") =>
        {
            if let Some(p) = syn
                .children_with(h, Rel::NmodPoss)
                .find(|&p| !phrase_mentions(cx, syn, p).is_empty())
            {
                return (vec![p], "what a plan is to do: its owner");
            }
            match (syn.rel(h), syn.head(h)) {
                // (Only a verb of having or making it known: whoever "rejected the offer
                // to hold talks" did not offer.)
                (Some(Rel::Obj), Some(g))
                    if matches!(
                        syn.lemma(g),
                        "have"
                            | "announce"
                            | "unveil"
                            | "make"
                            | "take"
                            | "reach"
                            | "outline"
                            | "present"
                            | "adopt"
                            | "approve"
                            | "confirm"
                            | "reaffirm"
                            | "reiterate"
                            | "renew"
                            | "declare"
                            | "submit"
                            | "finalize"
                            | "finalise"
                            | "draw"
                            | "use"
                            | "seize"
                            | "grab"
                    ) =>
                {
                    let (s, _) = subject_of(cx, syn, g, depth + 1);
                    (s, "what a plan is to do: who has or announces it")
                }
                // ("a pledge by Israel to release", "British intentions to invade": the
                // noun's own modifiers say whose it is.)
                _ => (vec![h], "participle on a noun: that noun"),
            }
        }
        // "The government issued a statement accusing Venezuela", "the Council passed a
        // resolution condemning the attack": what a text issued says, its issuer says (its
        // possessor, "Iran's statement accusing ...", first).
        Some(Rel::Acl)
            if ISSUED_TEXTS.contains(&syn.lemma(h))
                && syn.tag(v).is_some_and(|t| t.xpos.as_str() == "VBG") =>
        {
            if let Some(p) = syn
                .children_with(h, Rel::NmodPoss)
                .find(|&p| !phrase_mentions(cx, syn, p).is_empty())
            {
                return (vec![p], "what a text says: its owner");
            }
            match (syn.rel(h), syn.head(h)) {
                (Some(Rel::Obj), Some(g)) if ISSUING.contains(&syn.lemma(g)) => {
                    let (s, _) = subject_of(cx, syn, g, depth + 1);
                    (s, "what a text says: who issued it")
                }
                _ => (vec![h], "participle on a noun: that noun"),
            }
        }
        Some(Rel::Acl | Rel::AclRelcl) => (vec![h], "participle on a noun: that noun"),
        _ => (Vec::new(), ""),
    }
}

/// Texts that say something on their issuer's behalf ("a statement accusing ...").
static ISSUED_TEXTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "statement",
    "communique",
    "communiqué",
    "note",
    "notice",
    "letter",
    "declaration",
    "resolution",
    "message",
    "report",
    "release",
    "memorandum",
    "motion",
    "petition",
]);

/// Verbs of issuing a text: their subject is the text's author.
static ISSUING: comity_text::WordSet = comity_text::WordSet::new(&[
    "issue",
    "release",
    "publish",
    "send",
    "deliver",
    "pass",
    "adopt",
    "sign",
    "circulate",
    "post",
    "put",
    "file",
    "table",
    "approve",
    "present",
    "submit",
    "draft",
    "write",
]);

/// "Rice called her Russian counterpart to express her concern", "Merkel met Putin to discuss
/// gas": an infinitive the tree hangs on the object of a verb of calling or meeting tells why
/// the subject called or met, and is the subject's act, not the one called's (who is called
/// on to act stands after "on": "called on Iran to stop", another relation). Returns the verb.
fn caller(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize, h: usize) -> Option<usize> {
    let infinitive = syn.children_with(v, Rel::Mark).any(|m| cx.norms[m] == "to");
    // (The tree may read "called her Russian counterpart" as naming: an xcomp.)
    if !infinitive || !matches!(syn.rel(h), Some(Rel::Obj | Rel::Iobj | Rel::Xcomp)) {
        return None;
    }
    let g = syn.head(h)?;
    CALLS.contains(&syn.lemma(g)).then_some(g)
}

/// Nouns of asking: what their authors ask someone else to do ("demands by the UN to
/// extradite him").
static ASKINGS: comity_text::WordSet = comity_text::WordSet::new(&[
    "call",
    "claim",
    "demand",
    "request",
    "appeal",
    "plea",
    "pressure",
    "order",
    "ultimatum",
    "urging",
]);

/// Nouns of leave given: what their receiver is to do ("an invitation from China to visit").
static LEAVES: comity_text::WordSet = comity_text::WordSet::new(&[
    "invitation",
    "permission",
    "approval",
    "authorization",
    "authorisation",
    "mandate",
    "clearance",
    "license",
    "licence",
]);

/// Verbs of calling and meeting whose object an infinitive of purpose does not take as subject.
static CALLS: comity_text::WordSet = comity_text::WordSet::new(&[
    "call",
    "phone",
    "telephone",
    "ring",
    "meet",
    "visit",
    "contact",
    "host",
    "receive",
]);

/// The subject of the verb at `v` (its own or the one it shares), with how it was found.
pub(crate) fn subject_only(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> (Vec<usize>, &'static str) {
    subject_of(cx, syn, v, 0)
}

/// Reads the roles of the verb at token `v`.
pub(crate) fn roles(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Roles {
    let xpos = syn.tag(v).map(|t| t.xpos.as_str()).unwrap_or("");
    let (mut subject, mut how) = subject_of(cx, syn, v, 0);
    let has_pass_subj = syn.children_with(v, Rel::NsubjPass).next().is_some();
    let has_pass_aux = syn.children_with(v, Rel::AuxPass).next().is_some();
    let has_obj = syn.children_with(v, Rel::Obj).next().is_some();
    let has_subj = syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)));
    let perfect = syn.children_with(v, Rel::Aux).any(|a| syn.lemma(a) == "have");
    let by_agent = syn.children(v).any(|c| {
        syn.rel(c) == Some(Rel::OblAgent)
            || (syn.rel(c) == Some(Rel::Obl)
                && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "by"))
    });
    // A bare participle is passive when it hangs on a noun ("aid sent by Russia") or has an
    // agent ("..., signed by Putin and Kim"), never when it has a direct object ("forces used
    // chemical weapons", misread as a modifier) or a perfect auxiliary.
    let participle = xpos == "VBN" && !has_obj && !perfect && !has_subj;
    // "Tom Fox was found shot and killed": a participle joined to a passive verb shares its
    // voice, and its subject only undergoes it.
    let head_passive = syn.rel(v) == Some(Rel::Conj)
        && syn.head(v).is_some_and(|h| {
            syn.children(h).any(|c| matches!(syn.rel(c), Some(Rel::NsubjPass | Rel::AuxPass)))
        });
    let participle_passive = participle
        && (matches!(syn.rel(v), Some(Rel::Acl))
            || head_passive
            || (by_agent && matches!(syn.rel(v), Some(Rel::Advcl | Rel::Conj | Rel::Xcomp))));
    let passive = has_pass_subj || has_pass_aux || participle_passive;
    if participle_passive && syn.rel(v) != Some(Rel::Acl) && !head_passive {
        // Whatever the clause undergoes is not the main clause's subject.
        subject.clear();
        how = "passive participle clause";
    }
    let mut agent = Vec::new();
    let mut object = Vec::new();
    for c in syn.children(v) {
        match syn.rel(c) {
            Some(Rel::OblAgent) => agent.push(c),
            Some(Rel::Obl)
                if passive && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "by") =>
            {
                agent.push(c)
            }
            Some(Rel::Obj | Rel::Iobj) => object.push(c),
            Some(Rel::Obl) if up_to(cx, syn, c) => object.push(c),
            // "was found guilty of fraud by a Thai court": the tree may hang the agent on the
            // complement of the passive verb.
            Some(Rel::Xcomp) if passive => agent.extend(
                syn.children_with(c, Rel::Obl)
                    .filter(|&o| syn.children_with(o, Rel::Case).any(|k| cx.norms[k] == "by")),
            ),
            _ => {}
        }
    }
    // "has been accused of fraud by the regulator", "was charged with bribery by the
    // prosecutors": the tree may hang the accuser on the charge.
    if passive && agent.is_empty() && ACCUSING.contains(&syn.lemma(v)) {
        agent.extend(
            syn.children_with(v, Rel::Obl)
                .filter(|&o| {
                    syn.children_with(o, Rel::Case)
                        .any(|k| matches!(cx.norms[k], "of" | "for" | "with" | "over"))
                })
                .flat_map(|o| syn.children_with(o, Rel::Nmod))
                .filter(|&n| syn.children_with(n, Rel::Case).any(|k| cx.norms[k] == "by")),
        );
    }
    // "was accused of misusing public funds by officials": or on the clause of the deed
    // charged, a gerund the "of" opens (two steps down at most).
    if passive && agent.is_empty() && ACCUSING.contains(&syn.lemma(v)) {
        let opens_charge = |c: usize| {
            matches!(cx.norms[c], "of" | "for" | "with" | "over")
                || syn.children(c).any(|k| {
                    matches!(syn.rel(k), Some(Rel::Case | Rel::Mark))
                        && matches!(cx.norms[k], "of" | "for" | "with" | "over")
                })
        };
        let by = |n: usize| {
            matches!(syn.rel(n), Some(Rel::Obl | Rel::Nmod | Rel::OblAgent))
                && syn.children_with(n, Rel::Case).any(|k| cx.norms[k] == "by")
        };
        for c in syn.children(v).filter(|&c| {
            matches!(syn.rel(c), Some(Rel::Obl | Rel::Advcl | Rel::Xcomp)) && opens_charge(c)
        }) {
            // (The gerund itself, or one the tree hung on the "of" it read as the phrase's
            // head; not a participle further down: "charged with selling assets taken over by
            // banks".)
            let gerund = |d: usize| syn.upos(d) == Some(Upos::Verb) && cx.norms[d].ends_with("ing");
            let deeds: Vec<usize> = if syn.upos(c) == Some(Upos::Verb) {
                vec![c]
            } else {
                syn.children(c).filter(|&d| d > c).collect()
            };
            for d in deeds.into_iter().filter(|&d| gerund(d)) {
                agent.extend(syn.children(d).filter(|&n| by(n)));
            }
        }
    }
    // "the southern suburbs that Israeli forces have targeted", "the charity, which Washington
    // accuses of ...": an active relative clause opened by a relative pronoun, with a
    // subject of its own and no object but that pronoun, has the noun it describes as its
    // object ("the town where troops fought" is where, not whom; a clause with no pronoun is
    // too often a misread main clause).
    if !passive
        && syn.rel(v) == Some(Rel::AclRelcl)
        && object.iter().all(|&o| is_relative_pronoun(cx, o))
        && syn.children(v).any(|c| c < v && is_relative_pronoun(cx, c))
        && syn.children(v).any(|c| syn.rel(c) == Some(Rel::Nsubj) && !is_relative_pronoun(cx, c))
        && !syn.children(v).any(|c| {
            matches!(cx.norms[c], "where" | "when" | "why" | "how")
                || matches!(syn.rel(c), Some(Rel::Ccomp | Rel::Xcomp))
                || (syn.rel(c) == Some(Rel::Obl) && has_target_case(cx, syn, c))
        })
        && let Some(h) = syn.head(v)
        && matches!(syn.upos(h), Some(Upos::Noun | Upos::Propn))
    {
        object.clear();
        object.push(h);
    }
    // Then, in order of preference (the coder takes the first that names an actor): the first
    // oblique that is not a place, time or manner ("halted aid to Serbia", where the parse
    // hangs "to Serbia" on the verb); the subject of a complement clause ("demanded that the
    // US cancel", "warned that Iran would"); the target of the verb it governs ("threatened
    // to attack South Korea", "agreed to open its airspace to UN monitors").
    // ("responded with tear gas against the crowd": what an act is done with is its means,
    // not whom it is aimed at.)
    let means = |c: usize| {
        syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "with")
            && cx.rec.mention_index(c).is_none()
            && ["&riot_means", "&thrown", "&projectiles", "&arms"].iter().any(|set| {
                cx.dict.set_match(set, &cx.norms[c..(c + 1)]).is_some()
                    || c > 0 && cx.dict.set_match(set, &cx.norms[c - 1..c + 1]).is_some()
            })
    };
    if let Some(o) = syn.children(v).find(|&c| {
        syn.rel(c) == Some(Rel::Obl)
            && !agent.contains(&c)
            && has_target_case(cx, syn, c)
            && !absolute_subject(cx, syn, c)
            && !means(c)
    }) {
        // "sent 400 soldiers to the UN force in Lebanon": troops sent to a force or mission
        // serve where it is, not whoever it belongs to.
        let host = if matches!(
            syn.lemma(v),
            "send" | "deploy" | "dispatch" | "redeploy" | "contribute" | "commit" | "pledge"
        ) && syn.children_with(o, Rel::Case).any(|k| cx.norms[k] == "to")
        {
            hosted_in(cx, syn, o)
        } else {
            Vec::new()
        };
        if host.is_empty() {
            object.push(o);
        } else {
            object.extend(host.iter().map(|&m| cx.rec.mentions[m].first));
        }
    }
    // "expressed outrage over a US resolution": the tree may hang what a feeling is about on
    // the verb that expresses it.
    if syn.children_with(v, Rel::Obj).any(|o| ATTITUDES.contains(&cx.norms[o]))
        && let Some(o) = syn.children(v).find(|&c| {
            syn.rel(c) == Some(Rel::Obl)
                && !WELFARE.contains(&cx.norms[c])
                && syn
                    .children_with(c, Rel::Case)
                    .next()
                    .is_some_and(|k| matches!(cx.norms[k], "over" | "about" | "at" | "regarding"))
        })
    {
        object.push(o);
    }
    // "rejected demands from Cairo": the tree may hang who makes a demand on the verb, right
    // after the demand.
    if let Some(d) = syn.children_with(v, Rel::Obj).find(|&o| PRESSURES.contains(&cx.norms[o]))
        && let Some(o) = syn.children_with(v, Rel::Obl).find(|&c| {
            c > d
                && syn
                    .children_with(c, Rel::Case)
                    .next()
                    .is_some_and(|k| k == d + 1 && matches!(cx.norms[k], "from" | "by"))
        })
    {
        object.push(o);
    }
    // (A clause opened by "if" or "unless" is a condition, whatever the tree calls it: "warned
    // of a civil war if the Palestinian Authority was left to collapse" warns no Authority.)
    for c in syn.children_with(v, Rel::Ccomp).filter(|&c| {
        !syn.children_with(c, Rel::Mark).any(|m| matches!(cx.norms[m], "if" | "unless"))
    }) {
        object.extend(syn.children(c).filter(|&k| {
            matches!(syn.rel(k), Some(Rel::Nsubj | Rel::NsubjPass)) && !is_relative_pronoun(cx, k)
        }));
    }
    // Two verbs down at most: "threatened to deal crushing blows to the United States".
    // Not below a verb of asking with an object of its own: whom one urges is whom the appeal
    // is aimed at, not what they are urged to act on ("urged countries not to compare India
    // with North Korea" appeals to no one named).
    // (Verbs whose object is the one asked, not a thing asked for: "ordered an investigation
    // with a view to punishing the culprits" investigates the culprits.)
    let asks_someone =
        matches!(
            syn.lemma(v),
            "urge"
                | "ask"
                | "call"
                | "press"
                | "tell"
                | "encourage"
                | "invite"
                | "persuade"
                | "instruct"
                | "pressure"
                | "push"
                | "beg"
                | "implore"
                | "advise"
                | "challenge"
        ) && syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)));
    let mut governed: Vec<usize> =
        if asks_someone { Vec::new() } else { syn.children_with(v, Rel::Xcomp).collect() };
    let mut next = 0;
    while next < governed.len() && governed.len() < 8 {
        let x = governed[next];
        next += 1;
        object
            .extend(syn.children(x).filter(|&c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj))));
        if let Some(o) =
            syn.children(x).find(|&c| syn.rel(c) == Some(Rel::Obl) && has_target_case(cx, syn, c))
        {
            object.push(o);
        }
        // ("agreed to let Abbas negotiate with Israel": whom one lets or allows to act is the
        // one the permission is given; what they are let do is theirs, not the permitter's.)
        let permits = matches!(syn.lemma(x), "let" | "allow" | "permit" | "enable" | "authorize")
            && syn.children(x).any(|c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)));
        if syn.head(x) == Some(v) && !permits {
            governed.extend(syn.children_with(x, Rel::Xcomp));
        }
    }
    Roles { subject, agent, object, passive, how }
}

/// How [`misread_verb`] found the subject, for `--explain`.
pub(crate) const MISREAD: &str = "a verb read as a modifier: the phrase before it";

/// A finite verb that the tagger or the parser read as a modifier of the noun after it, in a
/// sentence whose subject stands right before it: "Israeli helicopters and tanks shelled/ADJ
/// positions", "army bulldozers demolished/amod Palestinian homes, officials said". A past
/// participle that modifies a noun never has a noun phrase as its own subject before it, so
/// when the word before is the head noun of a phrase that opens a clause (not the object of a
/// preposition or of a verb) and a noun phrase follows, the word is the clause's verb: that
/// phrase its subject, the noun it was hung on its object.
pub(crate) fn misread_verb(
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    first: usize,
    v: usize,
    irregular_past: bool,
) -> Option<Roles> {
    let upos = syn.upos(v)?;
    let rel = syn.rel(v);
    // An irregular past the tagger took for a noun or an auxiliary: "Egyptian police shot
    // protesters" read as the compound "shot protesters", "troops shot two gunmen" with
    // "shot" as an auxiliary.
    let irregular =
        irregular_past && (upos == Upos::Aux || (upos == Upos::Noun && rel == Some(Rel::Compound)));
    let modifier = match upos {
        Upos::Verb => rel == Some(Rel::Amod),
        Upos::Adj => true,
        _ => irregular,
    };
    if !modifier || v <= first || !(cx.norms[v].ends_with("ed") || irregular) {
        return None;
    }
    let p = v - 1;
    let noun = |t: usize| matches!(syn.upos(t), Some(Upos::Noun | Upos::Propn));
    if !noun(p) {
        return None;
    }
    // What follows opens a noun phrase, and the word is hung on it (or on nothing else).
    let next = syn.upos(v + 1)?;
    if !matches!(next, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num) {
        return None;
    }
    let object = syn
        .head(v)
        .filter(|&h| h > v && noun(h))
        .or_else(|| syn.children_with(v, Rel::Obj).find(|&o| noun(o)).filter(|_| irregular));
    if (upos == Upos::Verb || irregular) && object.is_none() {
        return None;
    }
    // The phrase before opens the clause: at the sentence start, or after a comma, a
    // conjunction or a subordinator; never the object of a preposition or a verb.
    // A noun phrase of at most eight words: the scan stays bounded in a sentence of a
    // million adjectives.
    let mut j = p;
    while j > first
        && p - j < 8
        && matches!(
            syn.upos(j - 1),
            Some(Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num | Upos::Cconj)
        )
    {
        j -= 1;
    }
    if j > first
        && !matches!(syn.upos(j - 1), Some(Upos::Punct | Upos::Sconj | Upos::Adv))
        && cx.norms[j - 1] != "that"
    {
        return None;
    }
    // The subject is the first of coordinated nouns ("helicopters and tanks").
    let mut s = p;
    while syn.rel(s) == Some(Rel::Conj) && syn.head(s).is_some_and(|h| h < s && h >= j) {
        s = syn.head(s)?;
    }
    Some(Roles {
        subject: vec![s],
        agent: Vec::new(),
        object: object.into_iter().collect(),
        passive: false,
        how: MISREAD,
    })
}

/// Prepositions that introduce whom an action is aimed at, inside an object phrase ("sanctions
/// on Syria", "the approaches to Taiwan", "aid to Ukraine").
const TARGET_CASES: &[&str] = &["to", "on", "against", "into", "toward", "towards", "with", "for"];

/// Nouns of a demand or pressure put on someone, whose "from", "by" or "of" phrase names who
/// puts it.
static PRESSURES: comity_text::WordSet = comity_text::WordSet::new(&[
    "demand",
    "demands",
    "pressure",
    "pressures",
    "call",
    "calls",
    "request",
    "requests",
    "ultimatum",
    "appeal",
    "appeals",
]);

/// Nouns of a feeling or a stance expressed, whose "over", "about" or "at" phrase names what it
/// is aimed at.
static ATTITUDES: comity_text::WordSet = comity_text::WordSet::new(&[
    "concern",
    "concerns",
    "doubt",
    "doubts",
    "confidence",
    "disappointment",
    "dissatisfaction",
    "displeasure",
    "anger",
    "outrage",
    "indignation",
    "frustration",
    "alarm",
    "dismay",
    "misgivings",
    "reservations",
    "unease",
    "worry",
    "worries",
    "fears",
    "satisfaction",
    "gratitude",
    "appreciation",
    "objection",
    "objections",
    "opposition",
    "disapproval",
    "protest",
    "protests",
]);

/// Nouns of a plan, a decision or a promise, whose infinitive is what their owner means to do.
static INTENTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "plan",
    "intention",
    "decision",
    "promise",
    "pledge",
    "commitment",
    "offer",
    "readiness",
    "willingness",
    "determination",
    "vow",
    "proposal",
    // (An occasion taken to act is its taker's: "took the opportunity to condemn Ethiopia".)
    "opportunity",
    "chance",
    "occasion",
]);

/// Nouns of an occasion to act, which taken ("took the opportunity to", "used the occasion
/// to") make the act done.
const OCCASIONS: &[&str] = &["opportunity", "chance", "occasion"];

/// Whether the word at `t` is a plan, a decision or a promise (`INTENTS`) that names no actor.
fn plan_noun(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> bool {
    INTENTS.contains(&syn.lemma(t)) && cx.rec.mention_index(t).is_none()
}

/// Nouns of a presence kept in another's land: an embassy, a mission, a force, a base. Where
/// it is ("an embassy in Tehran", "a peacekeeping force in Liberia") is whom opening,
/// closing or staffing it concerns.
static PRESENCES: comity_text::WordSet = comity_text::WordSet::new(&[
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "mission",
    "missions",
    "force",
    "forces",
    "base",
    "bases",
    "presence",
    "contingent",
    "office",
    // Peacekeeping forces named by their acronym.
    "unifil",
    "isaf",
    "kfor",
    "monuc",
    "unmis",
]);

/// The countries of the "in" phrase of the presence noun at `t` ("an embassy in Tehran":
/// IRN), none for another noun.
fn hosted_in(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> Vec<usize> {
    if !PRESENCES.contains(&cx.norms[t]) {
        return Vec::new();
    }
    syn.children_with(t, Rel::Nmod)
        .find(|&c| syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "in"))
        .map(|c| {
            let mut ms = phrase_mentions(cx, syn, c);
            ms.retain(|&m| {
                matches!(cx.rec.mentions[m].kind, MentionKind::Country | MentionKind::Capital)
            });
            ms
        })
        .unwrap_or_default()
}

/// Nouns of how someone fares: a feeling about them ("concern for the safety of") is aimed at
/// whoever endangers them, not at them.
static WELFARE: comity_text::WordSet = comity_text::WordSet::new(&[
    "number",
    "fate",
    "safety",
    "plight",
    "welfare",
    "situation",
    "condition",
    "conditions",
    "treatment",
    "health",
    "security",
    "lives",
    "wellbeing",
    "well-being",
    "future",
]);

/// The prepositions of an attitude's object ("concern over", "anger at", "confidence in").
const ATTITUDE_CASES: &[&str] = &[
    "to",
    "on",
    "against",
    "toward",
    "towards",
    "with",
    "for",
    "over",
    "about",
    "at",
    "regarding",
    "concerning",
    "in",
];

/// Mentions of an object phrase: its own actors, else those of its modifiers that say whom it
/// is aimed at.
pub(crate) fn object_mentions(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> Vec<usize> {
    let own = phrase_mentions(cx, syn, t);
    if !own.is_empty() {
        return own;
    }
    aimed_at(cx, syn, t, 0)
}

/// Nouns of a gathering, whose "on", "for" or "to" phrase is its topic or occasion.
static GATHERINGS: comity_text::WordSet = comity_text::WordSet::new(&[
    "meeting",
    "meetings",
    "conference",
    "conferences",
    "summit",
    "summits",
    "talks",
    "discussion",
    "discussions",
    "debate",
    "debates",
    "session",
    "sessions",
    "seminar",
    "forum",
    "hearing",
    "hearings",
    "briefing",
    "consultations",
    "negotiations",
]);

/// A noun that measures what its "of" phrase names: a number of something ("70 million
/// dollars of aid") or a word of quantity ("a shipment of arms").
pub(crate) fn measure(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> bool {
    syn.children_with(t, Rel::Nummod).next().is_some() || MEASURES.contains(&cx.norms[t])
}

/// Nouns of quantity or delivery whose "of" phrase is the thing itself.
const MEASURES: &[&str] = &[
    "amount",
    "amounts",
    "batch",
    "cargo",
    "consignment",
    "consignments",
    "delivery",
    "deliveries",
    "package",
    "shipment",
    "shipments",
    "supply",
    "supplies",
    "tons",
    "tonnes",
    "worth",
    "dollars",
    "euros",
    "million",
    "billion",
    "load",
    "loads",
];

/// Mentions of the modifiers of `t` that say whom it is aimed at ("aid to Ukraine"), also
/// through a measure or part of it ("40 million dollars of aid for Moldova", "a shipment of
/// arms to Syria", "$5 million in aid to Kenya"), two such steps at most.
pub(crate) fn aimed_at(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize, depth: u8) -> Vec<usize> {
    let mut through = Vec::new();
    // "A meeting on Afghanistan", "a conference for Iraq": what a gathering is on or for is
    // its topic; whom it is with is the counterpart.
    // "Concern over Iran's programme", "doubts about Russia's intentions", "anger at the
    // police", "confidence in the government": what a feeling is about is whom it is aimed at.
    let attitude = ATTITUDES.contains(&cx.norms[t]);
    // "halted its mediation between the militias", "ended mediation efforts among the
    // republics": those a mediation stands between are whom it is for.
    let mediation = cx.norms[t] == "mediation"
        || syn.children_with(t, Rel::Compound).any(|c| cx.norms[c] == "mediation");
    if mediation {
        // (The tree may hang the phrase on one of time between them: "began its mediation on
        // Friday between Chad and Sudan".)
        let parties = |c: usize| {
            syn.children_with(c, Rel::Nmod).filter(|&n| {
                syn.children_with(n, Rel::Case).any(|k| matches!(cx.norms[k], "between" | "among"))
            })
        };
        let found = parties(t)
            .chain(syn.children_with(t, Rel::Nmod).flat_map(parties))
            .map(|n| phrase_mentions(cx, syn, n))
            .find(|ms| !ms.is_empty());
        return found.unwrap_or_default();
    }
    let cases: &[&str] = if GATHERINGS.contains(&cx.norms[t]) {
        &["with"]
    } else if attitude {
        ATTITUDE_CASES
    } else {
        TARGET_CASES
    };
    for c in syn.children(t).take(MAX_DEPENDENTS) {
        if !matches!(syn.rel(c), Some(Rel::Nmod | Rel::Compound)) {
            continue;
        }
        let case = syn.children_with(c, Rel::Case).next().map(|k| cx.norms[k]);
        // "concern over the safety of the hostages", "about the number of citizens buying
        // guns": who fares so is what the feeling is for, not whom it is aimed at.
        if attitude && WELFARE.contains(&cx.norms[c]) {
            continue;
        }
        // ("threw stones at Israeli tanks", the "at" phrase hung on what was thrown.)
        let aimed = case == Some("at") && on_aiming(syn, c);
        if aimed || case.is_some_and(|w| cases.contains(&w)) {
            // "sent 400 soldiers to the UN force in Lebanon": a force or mission sent to
            // serves its host, not whoever it belongs to.
            let ms = hosted_in(cx, syn, c);
            if !ms.is_empty() {
                return ms;
            }
            let ms = phrase_mentions(cx, syn, c);
            if !ms.is_empty() {
                return ms;
            }
            // "contribute troops to a peacekeeping force in Liberia": a presence sent to
            // names where it is.
            let ms = hosted_in(cx, syn, c);
            if !ms.is_empty() {
                return ms;
            }
            // "conceded to demands from the rebels", "bowed to pressure by Washington": whoever
            // demands or presses is whom giving in to it is aimed at.
            if PRESSURES.contains(&cx.norms[c]) {
                let ms: Vec<usize> = syn
                    .children_with(c, Rel::Nmod)
                    .filter(|&n| {
                        syn.children_with(n, Rel::Case)
                            .any(|k| matches!(cx.norms[k], "from" | "by" | "of"))
                    })
                    .flat_map(|n| phrase_mentions(cx, syn, n))
                    .collect();
                if !ms.is_empty() {
                    return ms;
                }
            }
        } else if case == Some("in") && PRESENCES.contains(&cx.norms[t]) {
            // "opened an embassy in Tehran".
            let ms = hosted_in(cx, syn, t);
            if !ms.is_empty() {
                return ms;
            }
        } else if matches!(case, Some("of" | "in"))
            && cx.rec.mention_index(c).is_none()
            && measure(cx, syn, t)
        {
            through.push(c);
        }
    }
    if depth < 2 {
        for c in through {
            let ms = aimed_at(cx, syn, c, depth + 1);
            if !ms.is_empty() {
                return ms;
            }
        }
    }
    Vec::new()
}

pub(crate) use comity_recognise::BORDER_NOUNS;

/// Mentions that a phrase headed by `t` names: the mention over its head, else those of the
/// modifiers that say whose it is; coordinated phrases add theirs.
pub(crate) fn phrase_mentions(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> Vec<usize> {
    let mut out = Vec::new();
    collect(cx, syn, t, 0, &mut out);
    out.dedup();
    out
}

fn collect(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize, depth: u8, out: &mut Vec<usize>) {
    if depth > 4 {
        return;
    }
    // A mention counts when it names an actor (a title without a country, "Chancellor", does
    // not: the name beside it does).
    let named = cx.rec.mention_index(t).filter(|&mi| {
        let m = &cx.rec.mentions[mi];
        m.code.is_some() || m.kind == MentionKind::Pronoun
    });
    // A role word heading a name ("Chancellor Friedrich Merz"): the name says who.
    if named.is_some_and(|mi| cx.rec.mentions[mi].kind == MentionKind::Agent) {
        let before = out.len();
        for c in syn.children(t) {
            // (The name may be a person the lexicon lists as an entry: "presidential
            // candidate Senator John Kerry".)
            if matches!(syn.rel(c), Some(Rel::Flat | Rel::Appos | Rel::Compound))
                && cx.rec.mention(c).is_some_and(|m| {
                    let titled_name = m.kind == MentionKind::Actor
                        && cx.doc.tokens[m.first].is(comity_text::CAP)
                        && TITLE_WORDS.contains(&cx.norms[m.first]);
                    (m.kind == MentionKind::Person || titled_name) && m.code.is_some()
                })
            {
                collect(cx, syn, c, depth + 1, out);
                break;
            }
        }
        if out.len() > before {
            return;
        }
        // A tree that made the title and the name two phrases ("Deputy Defense Secretary
        // Paul Wolfowitz" as two subjects): the name right after the title.
        let after = named.and_then(|mi| cx.rec.mention_index(cx.rec.mentions[mi].last));
        if let Some(pi) = after.filter(|&pi| {
            let p = &cx.rec.mentions[pi];
            p.kind == MentionKind::Person && p.code.is_some()
        }) {
            if !out.contains(&pi) {
                out.push(pi);
            }
            return;
        }
    }
    let listed = if named.is_none() && syn.upos(t) == Some(Upos::Noun) {
        members(cx, syn, t)
    } else {
        Vec::new()
    };
    if let Some(mi) = named {
        if !out.contains(&mi) {
            out.push(mi);
        }
        // "Iraqi and American forces": the first adjective shares the role noun (recognition
        // gave it the role); the tree hangs it on the head as a modifier.
        for c in syn.children_with(t, Rel::Amod) {
            if let Some(ci) = cx.rec.mention_index(c)
                && ci != mi
                && cx.rec.mentions[ci].agent.is_some()
                && cx.rec.mentions[ci].code.is_some()
                && !out.contains(&ci)
            {
                out.push(ci);
            }
        }
    } else if !listed.is_empty() {
        // "Several countries, including France and Germany, condemned": the members named
        // are the actors (before any adjective of the group: "Arab states such as Egypt").
        for c in listed {
            collect(cx, syn, c, depth + 1, out);
        }
    } else if !matches!(syn.upos(t), Some(Upos::Verb | Upos::Aux)) || used_as_noun(syn, t) {
        // Modifiers that say whose or which the head is, in order of trust.
        // "its European Community partners", "Russia's allies", "Putin's counterpart": whose
        // partners they are says who they are not; their name, if given, says who they are.
        let order: &[Rel] = if RELATIONAL.contains(&cx.norms[t]) {
            &[Rel::Appos, Rel::Flat, Rel::Compound, Rel::Amod]
        } else {
            &[Rel::NmodPoss, Rel::Compound, Rel::Amod, Rel::Flat, Rel::Nmod, Rel::Appos]
        };
        // "condemned the arrest of these protesters", "the killing of Lebanese civilians by
        // Israeli forces": a harm done names its doer (its "by" phrase, its possessor), never
        // whom it was done to, as the one a criticism of it is aimed at.
        // Responsibility or an apology for it is owned to the victims ("claimed responsibility
        // for the kidnapping of an Italian", "apologise for past mistreatment of").
        let owned = |h: usize| OWNING.contains(&syn.lemma(h));
        let harm = HARM_NOUNS.contains(&cx.norms[t])
            && !syn.head(t).is_some_and(|h| owned(h) || syn.head(h).is_some_and(owned));
        let start = out.len();
        'outer: for &rel in order {
            for c in syn.children_with(t, rel) {
                if harm
                    && !(rel == Rel::NmodPoss
                        || rel == Rel::Nmod
                            && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "by"))
                {
                    continue;
                }
                // "a roadside bomb in east Baghdad Saturday": a day the tree hangs as an
                // apposition names no one, nor does the place it makes the day's modifier (a
                // caller it carries may: "a call Tuesday from Saudi King Abdullah").
                let day = rel == Rel::Appos
                    && (comity_text::WEEKDAYS.contains(&cx.norms[c])
                        || comity_text::MONTHS.contains(&cx.norms[c]));
                if rel == Rel::Nmod {
                    // "president of Russia", "troops from Chad", "calls by Kofi Annan"; not
                    // "talks in Geneva", nor "the city of Ahvaz" (a place, whoever's it is).
                    // (A preposition the tree hung as the modifier itself, "entry to Hong
                    // Kong" read as "to" with "Hong Kong" on it, is its own case.)
                    let case = if syn.upos(c) == Some(Upos::Adp) {
                        Some(cx.norms[c])
                    } else {
                        syn.children_with(c, Rel::Case).next().map(|k| cx.norms[k])
                    };
                    // "closed the border with the Gaza Strip": the other side of a border.
                    let other_side = case == Some("with") && BORDER_NOUNS.contains(&cx.norms[t]);
                    if !(matches!(case, Some("of" | "from" | "by") | None) || other_side)
                        || PLACE_NOUNS.contains(&cx.norms[t])
                    {
                        continue;
                    }
                }
                // "the Fatih district of Istanbul, Turkey Monday morning": the country of
                // a place named before it says where, not who.
                if place_apposition(cx, c) {
                    continue;
                }
                // "the impact of the Iraq and Afghanistan conflicts": a country naming a war or
                // a dispute is its topic, no party to the act.
                // ("The US occupation" is the occupier's deed.)
                if rel == Rel::Compound
                    && comity_recognise::TOPIC_NOUNS.contains(&cx.norms[t])
                    && !matches!(cx.norms[t], "invasion" | "occupation")
                {
                    continue;
                }
                let before = out.len();
                collect(cx, syn, c, depth + 1, out);
                if day {
                    let mut k = before;
                    while k < out.len() {
                        if matches!(
                            cx.rec.mentions[out[k]].kind,
                            MentionKind::Capital | MentionKind::Country
                        ) {
                            out.remove(k);
                        } else {
                            k += 1;
                        }
                    }
                }
                if out.len() > before {
                    break 'outer;
                }
            }
        }
        // "the attack carried out by Hamas", "crimes committed by Croat forces": a deed
        // named with its doer in a participle's "by" phrase is the doer's.
        if out.len() == start {
            // (And a passive relative clause: "the resolution, which was drafted by the United
            // States".)
            let relative_passive = |c: usize| {
                syn.rel(c) == Some(Rel::AclRelcl)
                    && syn
                        .children_with(c, Rel::NsubjPass)
                        .any(|s| matches!(cx.norms[s], "which" | "that"))
            };
            for c in
                syn.children(t).filter(|&c| syn.rel(c) == Some(Rel::Acl) || relative_passive(c))
            {
                // (Only participles of doing, issuing or leading: what is "backed by Iran" or
                // "donated by Denmark" is not Iran's or Denmark's own act or body.)
                if syn.upos(c) != Some(Upos::Verb) || !DONE_BY.contains(&cx.norms[c]) {
                    continue;
                }
                for g in syn.children_with(c, Rel::OblAgent) {
                    collect(cx, syn, g, depth + 1, out);
                }
                if out.len() > start {
                    break;
                }
            }
        }
    }
    // Conjuncts of the head, or of a word of its name (its flat words and "of" phrases, a few
    // at most): the tree may hang "and Lithuanian President Valdas Adamkus" on "Zatlers" in
    // "President of Latvia Valdis Zatlers", whose flat words hang on "Latvia".
    // (A list set off by a dash restates the phrase before it, "the three European nations
    // negotiating with Iran - Britain, France and Germany -": a tree that joins it to the
    // name before the dash, as a conjunct or as a part of the name, adds no one to that name.)
    let dash_between =
        |a: usize, b: usize| (a + 1..b).any(|k| matches!(cx.norms[k], "-" | "–" | "—" | "--"));
    let mut name = vec![t];
    let mut next = 0;
    while next < name.len() {
        let k = name[next];
        next += 1;
        for c in syn.children(k).take(MAX_DEPENDENTS) {
            let of = syn.rel(c) == Some(Rel::Nmod)
                && syn.children_with(c, Rel::Case).any(|x| cx.norms[x] == "of");
            if (syn.rel(c) == Some(Rel::Flat) || of) && name.len() < 8 && !dash_between(k, c) {
                name.push(c);
            }
        }
    }
    for h in name {
        for c in syn.children_with(h, Rel::Conj) {
            if !matches!(syn.upos(c), Some(Upos::Verb | Upos::Aux)) && !dash_between(h, c) {
                collect(cx, syn, c, depth + 1, out);
            }
        }
    }
}

/// The named members of a plural group noun at `t`: its "including", "such as" or "like"
/// phrases ("many countries including Brazil", "Arab states such as Egypt"), also where the
/// tree hung them on the group's own modifier ("countries in the north, including Norway").
/// Only names count: "weapons including missiles from Russia" names no member.
fn members(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> Vec<usize> {
    let plural =
        |k: usize| cx.norms[k].ends_with('s') && cx.rec.mention(k).is_none_or(|m| m.code.is_none());
    // (Places listed are where, not who: "flew to destinations such as Italy".)
    if !plural(t)
        || matches!(
            cx.norms[t],
            "destinations"
                | "places"
                | "locations"
                | "cities"
                | "towns"
                | "villages"
                | "areas"
                | "regions"
                | "provinces"
                | "districts"
                | "markets"
                | "ports"
        )
    {
        return Vec::new();
    }
    let listing = |c: usize| {
        syn.rel(c) == Some(Rel::Nmod)
            && syn
                .children_with(c, Rel::Case)
                .any(|k| matches!(cx.norms[k], "including" | "like" | "such"))
            && cx.rec.mention(c).is_some_and(|m| m.code.is_some())
    };
    let mut out: Vec<usize> = syn.children(t).filter(|&c| listing(c)).collect();
    if out.is_empty() {
        for c in syn.children_with(t, Rel::Nmod) {
            out.extend(syn.children(c).filter(|&g| listing(g)));
        }
    }
    out
}

/// Participles whose "by" phrase names the doer, issuer or leader of the noun they describe
/// ("the attack carried out by Hamas", "the resolution passed by the Senate", "a delegation
/// led by the minister"), unlike those of backing or giving ("militias backed by Iran",
/// "cranes donated by Denmark").
static DONE_BY: comity_text::WordSet = comity_text::WordSet::new(&[
    "committed",
    "carried",
    "launched",
    "fired",
    "made",
    "issued",
    "imposed",
    "proposed",
    "passed",
    "adopted",
    "presented",
    "brought",
    "used",
    "prescribed",
    "announced",
    "signed",
    "declared",
    "ordered",
    "submitted",
    "put",
    "conducted",
    "perpetrated",
    "staged",
    "organised",
    "organized",
    "led",
    "headed",
    "called",
    "filed",
    "voted",
    "enacted",
    "recommended",
    "drafted",
    "introduced",
    "levelled",
    "leveled",
    "released",
    "published",
    "given",
    "taken",
    "planted",
    "detonated",
    "set",
]);

/// Nouns of a harm done to someone: their "of" phrase names the victims, not the doer.
static HARM_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "arrest",
    "arrests",
    "detention",
    "detentions",
    "killing",
    "killings",
    "execution",
    "executions",
    "jailing",
    "imprisonment",
    "abduction",
    "abductions",
    "kidnapping",
    "kidnappings",
    "murder",
    "murders",
    "assassination",
    "torture",
    "deportation",
    "deportations",
    "expulsion",
    "persecution",
    "mistreatment",
    "beating",
    "beatings",
    "death",
    "deaths",
]);

/// Words of owning a harm done: its victims are whom it is owned to.
static OWNING: comity_text::WordSet = comity_text::WordSet::new(&[
    "responsibility",
    "apologise",
    "apologize",
    "apology",
    "apologies",
    "condolence",
    "condolences",
    "compensation",
    "compensate",
    "regret",
    "mourn",
    "grieve",
    "sympathy",
    "sympathize",
    "sympathise",
]);

/// Nouns of a place: the name "of" one is where, not who.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "capital",
    "port",
    "island",
    "islands",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "county",
];

/// Nouns of a relation to someone else: their possessor or "of" phrase is the other side.
const RELATIONAL: &[&str] = &[
    "partner",
    "partners",
    "ally",
    "allies",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "counterpart",
    "counterparts",
    "rival",
    "rivals",
    "enemy",
    "enemies",
    "adversary",
    "adversaries",
    "foe",
    "foes",
    "opponent",
    "opponents",
    // "Zuma's financial adviser, Schabir Shaik, was convicted": one's people are not one.
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "lawyer",
    "lawyers",
    "attorney",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "nephew",
    "cousin",
    "relatives",
    "bodyguard",
    "bodyguards",
    "driver",
    "associate",
    "associates",
];

/// Titles that open a name the lexicon lists whole ("Senator John Kerry").
static TITLE_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "senator",
    "president",
    "minister",
    "secretary",
    "governor",
    "general",
    "ambassador",
    "chancellor",
    "king",
    "prime",
    "congressman",
    "congresswoman",
    "representative",
]);

/// A word the tagger read as a verb that the tree uses as a noun: it has a determiner of its
/// own or is an argument ("rejected a US offer/VERB", "the attack/VERB on").
fn used_as_noun(syn: &Syntax<'_>, t: usize) -> bool {
    matches!(
        syn.rel(t),
        Some(Rel::Obj | Rel::Iobj | Rel::Nsubj | Rel::NsubjPass | Rel::Obl | Rel::Nmod)
    ) || syn.children_with(t, Rel::Det).next().is_some()
}

/// The modality a verb takes from the word that governs it in the tree, however far the words
/// stand apart: "was expected by diplomats to sign" (planned), "their refusal to sign"
/// (negated), "the decision to withdraw" (planned), "calls for Syria to withdraw" and what a
/// legal text states (hypothetical). Follows a `conj` to the infinitive it joins, then `xcomp`,
/// `acl` and `ccomp` up to three steps, reading the governing word in the control list
/// (`CONTROL`).
pub(crate) fn governing_modality(
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    v: usize,
) -> Option<comity_core::Modality> {
    // "urged Eritrea to withdraw its troops and to cooperate with the UN": a verb joined to an
    // infinitive, with no subject of its own, is governed as the infinitive is.
    if let Some(h) = shared_infinitive(cx, syn, v)
        && let Some(m) = governing_modality(cx, syn, h)
    {
        return Some(m);
    }
    // "no high-ranking official has been charged", "none of the interrogators have been
    // prosecuted": a subject of none did nothing, and had nothing done to it.
    // (The words before the subject say it where the tree joined them elsewhere: "no
    // senior officer or commander has so far been charged".)
    let no_before = |c: usize| {
        let mut k = c;
        while k > syn.sentence.first && c - k < 6 {
            k -= 1;
            if cx.norms[k] == "no" {
                return true;
            }
            if !matches!(
                syn.upos(k),
                Some(comity_text::Upos::Adj | comity_text::Upos::Noun | comity_text::Upos::Cconj)
            ) {
                return false;
            }
        }
        false
    };
    let none = syn.children(v).any(|c| {
        matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass))
            && (matches!(cx.norms[c], "none" | "nobody" | "neither")
                || syn.upos(c) == Some(comity_text::Upos::Noun) && no_before(c))
    });
    if none {
        return Some(comity_core::Modality::Negated);
    }
    let mut cur = v;
    // "called its supporters to gather in Lima and fight the strikers": a verb joined to an
    // infinitive shares its mood.
    if syn.rel(cur) == Some(Rel::Conj)
        && let Some(h) = syn.head(cur)
        && syn.children_with(h, Rel::Mark).any(|k| cx.norms[k] == "to")
        && syn.children_with(cur, Rel::Mark).next().is_none()
        && syn.children(cur).all(|c| !matches!(syn.rel(c), Some(Rel::Nsubj | Rel::Aux)))
    {
        cur = h;
    }
    for _ in 0..3 {
        let h = syn.head(cur)?;
        // "It appears the FARC entered Ecuadorean territory": what only seems so is possible.
        if matches!(syn.rel(cur), Some(Rel::Ccomp | Rel::Csubj))
            && matches!(syn.lemma(h), "appear" | "seem")
            && syn
                .children(h)
                .any(|c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::Expl)) && cx.norms[c] == "it")
        {
            return Some(comity_core::Modality::Possible);
        }

        // "ask Arab allies to provide backing", "urged Iran to stop": what one is asked or
        // told to do has not happened (the parse may hang the infinitive as an adverbial
        // clause).
        // "let Abbas negotiate": "let" takes a bare infinitive.
        let infinitive =
            syn.children_with(cur, Rel::Mark).any(|k| cx.norms[k] == "to") || syn.lemma(h) == "let";
        // "repeating their calls for Syria to withdraw": the tree may hang what a call asks for
        // on the verb whose object the call is.
        // ("called on these states to offer debt relief": the one called on is an oblique, not
        // a time, "on Monday"; "called Putin to warn him" is a telephone call made to say
        // something.)
        // ("called the talks to help both sides" convenes them: a thing called is no one
        // called on.)
        let objects = |o: usize| {
            o < cur
                && (matches!(syn.rel(o), Some(Rel::Obj | Rel::Iobj))
                    && !(syn.lemma(h) == "call"
                        && matches!(
                            cx.norms[o],
                            "talks"
                                | "meeting"
                                | "summit"
                                | "conference"
                                | "session"
                                | "election"
                                | "elections"
                                | "referendum"
                                | "vote"
                                | "strike"
                                | "ceasefire"
                                | "truce"
                        ))
                    || syn.lemma(h) == "call"
                        && syn.rel(o) == Some(Rel::Obl)
                        && !comity_text::WEEKDAYS.contains(&cx.norms[o])
                        && !comity_text::MONTHS.contains(&cx.norms[o])
                        && syn
                            .children_with(o, Rel::Case)
                            .any(|c| matches!(cx.norms[c], "on" | "upon")))
        };
        let phoned = syn.lemma(h) == "call"
            && matches!(
                syn.lemma(cur),
                "warn"
                    | "discuss"
                    | "congratulate"
                    | "express"
                    | "thank"
                    | "inform"
                    | "brief"
                    | "assure"
                    | "apologize"
                    | "apologise"
                    | "convey"
                    | "condole"
                    | "say"
                    | "tell"
            );
        let called_on = ASKING.contains(&syn.lemma(h)) && syn.children(h).any(objects)
            || syn.children(h).any(|o| {
                objects(o) && syn.rel(o) == Some(Rel::Obj) && DEMAND_NOUNS.contains(&syn.lemma(o))
            });
        if matches!(syn.rel(cur), Some(Rel::Xcomp | Rel::Advcl))
            && infinitive
            && called_on
            && !phoned
        {
            return Some(comity_core::Modality::Hypothetical);
        }
        // "has told his men, the Northern Brigade, to stop fighting": the tree may hang the
        // infinitive on the one told (or on a name in apposition to it).
        if infinitive && syn.rel(cur) == Some(Rel::Acl) {
            // (The apposition may hang on the verb itself.)
            let told = if syn.rel(h) == Some(Rel::Appos) { syn.head(h) } else { Some(h) };
            let asked = told.is_some_and(|o| {
                ASKING.contains(&syn.lemma(o))
                    || matches!(syn.rel(o), Some(Rel::Obj | Rel::Iobj))
                        && syn.head(o).is_some_and(|g| ASKING.contains(&syn.lemma(g)))
            });
            if asked {
                return Some(comity_core::Modality::Hypothetical);
            }
        }
        // "announced plans last week to slap tariffs", read with the infinitive on the verb
        // whose object the plan is: still a plan. (An occasion taken is no plan: "used the
        // occasion to condemn".)
        let taken = |o: usize| {
            OCCASIONS.contains(&syn.lemma(o))
                && syn.rel(o) == Some(Rel::Obj)
                && syn
                    .head(o)
                    .is_some_and(|g| matches!(syn.lemma(g), "take" | "use" | "seize" | "grab"))
        };
        if infinitive
            && matches!(syn.rel(cur), Some(Rel::Xcomp | Rel::Advcl))
            && syn.children_with(h, Rel::Obj).any(|o| o < cur && plan_noun(cx, syn, o))
        {
            if syn.children_with(h, Rel::Obj).any(|o| o < cur && taken(o)) {
                return None;
            }
            return Some(comity_core::Modality::Planned);
        }
        // "a pledge by Israel to release 900 prisoners", "a plan to deploy troops", "a threat
        // to cut off aid": what a noun of promise, plan or threat holds is still ahead.
        if infinitive
            && syn.rel(cur) == Some(Rel::Acl)
            && matches!(syn.upos(h), Some(comity_text::Upos::Noun))
        {
            match syn.lemma(h) {
                "pledge" | "promise" | "commitment" | "plan" | "intention" | "decision" | "vow"
                | "agreement" | "deal" | "offer" | "undertaking" | "readiness" | "willingness" => {
                    return Some(comity_core::Modality::Planned);
                }
                w if DEMAND_NOUNS.contains(&w) => {
                    return Some(comity_core::Modality::Hypothetical);
                }
                // "Obama's position to talk to Iran", "the purpose to fortify the cooperation",
                // "a chance to meet": a standing, a purpose or a chance, nothing done (a right,
                // an ability, a goal: `CONTROL`, below).
                // (A chance taken is the act done: "took the opportunity to condemn".)
                w if OCCASIONS.contains(&w) && taken(h) => return None,
                "position" | "purpose" | "chance" | "opportunity" => {
                    return Some(comity_core::Modality::Possible);
                }
                // "a plot to kill him", "part of a plan by Washington to topple and kill him":
                // a plot alleged is no deed and no intent announced.
                "plot" | "scheme" | "conspiracy" => {
                    return Some(comity_core::Modality::Possible);
                }
                "part"
                    if syn.children_with(h, Rel::Nmod).any(|c| {
                        matches!(syn.lemma(c), "plan" | "plot" | "scheme" | "conspiracy")
                    }) =>
                {
                    return Some(comity_core::Modality::Possible);
                }
                _ => {}
            }
        }
        // "Article 74 of the Constitution, which states that parliament meets immediately": what
        // a legal text lays down is a rule, not an event.
        if syn.rel(cur) == Some(Rel::Ccomp)
            && syn.children(h).any(|c| {
                matches!(syn.rel(c), Some(Rel::Nsubj))
                    && (LEGAL_RULES.contains(&syn.lemma(c))
                        || is_relative_pronoun(cx, c)
                            && syn.head(h).is_some_and(|n| LEGAL_RULES.contains(&syn.lemma(n))))
            })
        {
            return Some(comity_core::Modality::Hypothetical);
        }
        // "we didn't see that Lien has criticized China": what a negated verb of seeing or
        // saying has as its content is not asserted.
        // (The tree may make the contracted "didn't" the head of "see".)
        if syn.rel(cur) == Some(Rel::Ccomp)
            && (syn.children(h).any(|c| c < cur && crate::grammar::negation(cx.norms[c]))
                || syn.rel(h) == Some(Rel::Xcomp)
                    && syn.head(h).is_some_and(|g| crate::grammar::negation(cx.norms[g])))
        {
            return Some(comity_core::Modality::Negated);
        }
        // ("a conference aimed at launching negotiations": what one aims at is ahead.)
        let aimed_at = syn.rel(cur) == Some(Rel::Advcl)
            && syn.lemma(h) == "aim"
            && syn.children_with(cur, Rel::Mark).any(|k| cx.norms[k] == "at");
        // (An aim is no one's announced plan: "a conference aimed at launching negotiations
        // between Israel and the Palestinians" is no intent of either.)
        if aimed_at {
            return Some(comity_core::Modality::Possible);
        }
        // "demanded that the German government break off relations with Iraq": what one
        // demands or urges be done is not done.
        if syn.rel(cur) == Some(Rel::Ccomp)
            && syn.children_with(cur, Rel::Mark).any(|k| cx.norms[k] == "that")
            && matches!(
                syn.lemma(h),
                "demand" | "urge" | "ask" | "request" | "recommend" | "propose"
            )
        {
            return Some(comity_core::Modality::Hypothetical);
        }
        if !matches!(syn.rel(cur), Some(Rel::Xcomp | Rel::Acl)) {
            return None;
        }
        if let Some(m) = crate::grammar::CONTROL.get(cx.norms[h]) {
            return Some(m);
        }
        cur = h;
    }
    None
}

/// Whether the verb at `v` describes a habit or a standing relation: an adverb of frequency
/// in any tense ("the militants have often targeted lawyers"), or a relative clause in the
/// plain present ("anti-Israel militants who target civilians", "the terrorists who murder
/// the innocent", "an air base which supports its operations"), unless it has a time of its
/// own ("Smith, who flies to Brussels today").
pub(crate) fn habit(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    // "the embassy had often supported the monument", "police routinely detain
    // protesters": an adverb of frequency makes any tense a habit.
    let usual = syn.children_with(v, Rel::Advmod).any(|c| {
        matches!(
            cx.norms[c],
            "often"
                | "usually"
                | "frequently"
                | "regularly"
                | "routinely"
                | "traditionally"
                | "typically"
                | "habitually"
                | "customarily"
                | "normally"
        )
    });
    usual
        || syn.rel(v) == Some(Rel::AclRelcl)
            && syn.tag(v).is_some_and(|t| matches!(t.xpos.as_str(), "VBP" | "VBZ"))
            && !syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::Aux | Rel::AuxPass)))
            && !own_subject(cx, syn, v)
            && !timed(cx, syn, v)
}

/// Whether a verb of support at `v` describes who stands behind whom rather than telling an
/// act: support in a relative clause, in any tense ("the governor, who is supported by the
/// central government", "the defunct regime, which was backed by America", "a soldier who
/// was supporting the NATO mission"), and the sponsorship of an armed group (`sponsored`: aid,
/// or support of rebels) as a passive participle on its noun ("the group, backed by Syria and
/// Iran, is recruiting"). (Diplomatic backing so told may be the act of the day: "Britain,
/// backed by the Netherlands, opposed the tax".) A time named in the clause makes it an act
/// ("who backed the resolution on Tuesday"), and a clause with a subject of its own is none
/// ("said that he supports the plan").
pub(crate) fn support_described(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize, sponsored: bool) -> bool {
    matches!(syn.lemma(v), "support" | "back" | "endorse" | "favor" | "favour")
        && (syn.rel(v) == Some(Rel::AclRelcl) && !own_subject(cx, syn, v)
            // (A participle with an object of its own is a misread finite verb: "151
            // deputies supported Schröder, 296 voted against him".)
            || sponsored
                && syn.rel(v) == Some(Rel::Acl)
                && syn.tag(v).is_some_and(|t| t.xpos.as_str() == "VBN")
                && syn.children_with(v, Rel::Obj).next().is_none())
        && !timed(cx, syn, v)
}

/// Whether a clause read as relative has a subject of its own, a personal pronoun ("said in
/// an interview that he supports"): no relative clause, whatever the tree says.
fn own_subject(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    syn.children(v).any(|c| {
        matches!(syn.rel(c), Some(Rel::Nsubj))
            && matches!(cx.norms[c], "he" | "she" | "they" | "we" | "i" | "it" | "you")
    })
}

/// Whether a clause names when it happened: a weekday, a month, "today", "yesterday", ...
fn timed(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    syn.children(v).any(|c| {
        let (a, b) = syn.subtree(c);
        (a..b).any(|k| {
            comity_text::WEEKDAYS.contains(&cx.norms[k])
                || comity_text::MONTHS.contains(&cx.norms[k])
                || matches!(
                    cx.norms[k],
                    "today"
                        | "tonight"
                        | "tomorrow"
                        | "now"
                        | "evening"
                        | "morning"
                        | "afternoon"
                        | "week"
                        | "yesterday"
                )
        })
    })
}

/// Verbs of travel, whose purpose is the trip's business: "would go to the World Cup to
/// support the French team".
pub(crate) const TRAVEL: &[&str] =
    &["go", "travel", "come", "fly", "head", "arrive", "return", "visit", "leave", "sail"];

/// Verbs of founding, whose purpose is the body's mission: "formed in 1989 to oppose Bashir".
pub(crate) const FOUNDING: &[&str] = &["form", "found", "create", "establish", "set"];

/// What a purpose clause serves: an aim named by a noun, or a verb's deed.
pub(crate) enum Purpose {
    /// "the main objective of the visit was to fortify the cooperation".
    Aim,
    /// "marched in London to defend their children's right": the verb served.
    Of(usize),
}

/// Whether the clause of `v` states a purpose: an infinitive that says what a deed was for
/// ("marched in London to defend their children's right", "pushed through rule changes to
/// help DeLay"), or what an aim is ("the main objective of the visit was to fortify the
/// cooperation"). An event noun counts through the support verb it is the object of ("to
/// fortify the cooperation", not "to investigate arms sales to Iran": the sales were made).
pub(crate) fn purpose(
    coder: &crate::Coder,
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    v: usize,
) -> Option<Purpose> {
    let v = match syn.upos(v) {
        Some(Upos::Noun) => {
            let h = syn.head(v).filter(|_| syn.rel(v) == Some(Rel::Obj))?;
            let supports = coder.dict.set_match("&support_verbs", &[cx.norms[h]]).is_some()
                || matches!(
                    syn.lemma(h),
                    "fortify"
                        | "strengthen"
                        | "boost"
                        | "enhance"
                        | "deepen"
                        | "expand"
                        | "improve"
                        | "promote"
                        | "foster"
                        | "develop"
                );
            if !supports {
                return None;
            }
            h
        }
        _ => v,
    };
    if !syn.children_with(v, Rel::Mark).any(|k| cx.norms[k] == "to") {
        return None;
    }
    let aim = |v: usize| {
        syn.children(v).any(|c| {
            matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjOuter))
                && crate::AIM_NOUNS.contains(&syn.lemma(c))
        }) && syn.children_with(v, Rel::Cop).next().is_some()
    };
    // ("was to deepen the dialogue and to strengthen the cooperation": one aim of two.)
    if aim(v) || syn.rel(v) == Some(Rel::Conj) && syn.head(v).is_some_and(aim) {
        return Some(Purpose::Aim);
    }
    // A body's founding mission, however the tree hung the infinitive: on the verb of
    // founding ("a militia which was first founded to fight the old regime") or on a noun
    // that verb takes ("set up by four parties in 1991 to challenge the junta").
    if let Some(f) = founding_verb(syn, v) {
        return Some(Purpose::Of(f));
    }
    // (Not the content of a verb that takes an infinitive, whatever the tree hung it on:
    // "announced its intention to help India", "agreed a plan to cancel the debt", "went on
    // to praise"; nor a show of support, which the deed makes: "took to the streets to show
    // their support"; nor a signing, the business of the trip it is the purpose of.)
    if syn.rel(v) != Some(Rel::Advcl)
        || matches!(syn.lemma(v), "show" | "express" | "demonstrate" | "voice" | "declare" | "sign")
    {
        return None;
    }
    let h = syn.head(v)?;
    let served = matches!(syn.upos(h), Some(Upos::Verb))
        && crate::grammar::CONTROL.get(cx.norms[h]).is_none()
        && !matches!(
            syn.lemma(h),
            "announce" | "agree" | "decide" | "vote" | "continue" | "begin" | "start" | "move"
                | "promise" | "pledge" | "vow" | "offer"
        )
        && !syn
            .children(h)
            .any(|p| p == h + 1 && cx.norms[p] == "on" && syn.upos(p) != Some(Upos::Adp))
        // (Aid given to help someone helps them: "approved a 60 mln dlr loan to help Peru
        // build the dam", "sent food to help the victims".)
        // ("a 120-mln-dlr World Bank loan granted to Chile to help it", "two loans to Colombia
        // worth 90 mln dlrs to finance": the aid may be the subject or the noun the verb
        // describes.)
        && ![Some(h), syn.head(h).filter(|_| matches!(syn.rel(h), Some(Rel::Acl | Rel::Advcl)))]
            .into_iter()
            .flatten()
            .flat_map(|n| {
                std::iter::once(n).chain(syn.children(n).filter(|&c| {
                    matches!(syn.rel(c), Some(Rel::Obj | Rel::NsubjPass | Rel::Nsubj))
                }))
            })
            .any(|o| {
                ["&econaid", "&humaid", "&aid", "&arms"]
                    .iter()
                    .any(|set| coder.dict.set_match(set, &[cx.norms[o]]).is_some())
            });
    served.then_some(Purpose::Of(h))
}

/// The verb of founding ([`FOUNDING`]) an infinitive at `v` states the purpose of: its head
/// (`xcomp` or `advcl`), or the head of the noun it describes when that noun is the verb's
/// object or oblique. "Set" founds only with "up" ("is set to visit" is a plan).
fn founding_verb(syn: &Syntax<'_>, v: usize) -> Option<usize> {
    let founds = |h: usize| {
        FOUNDING.contains(&syn.lemma(h))
            && (syn.lemma(h) != "set"
                || syn.children_with(h, Rel::CompoundPrt).any(|p| syn.lemma(p) == "up"))
    };
    let h = syn.head(v)?;
    match syn.rel(v)? {
        Rel::Xcomp | Rel::Advcl => founds(h).then_some(h),
        Rel::Acl if matches!(syn.rel(h), Some(Rel::Obl | Rel::Obj)) => {
            syn.head(h).filter(|&f| founds(f))
        }
        _ => None,
    }
}

/// Whether a clause says the act at `t` was cancelled, postponed or called off: the act's noun
/// (the trigger, or the noun it modifies, "the planned trip") has a relative clause or a
/// participle of calling off ("which was cancelled"), or is what was called off ("the visit
/// was postponed", "cancelled the talks").
pub(crate) fn cancelled(syn: &Syntax<'_>, t: usize) -> bool {
    // The noun of the act: the trigger itself, or the noun it modifies ("planned trip").
    let n = match syn.rel(t) {
        Some(Rel::Amod | Rel::Compound) => syn.head(t),
        _ => Some(t),
    };
    let Some(n) = n.filter(|&n| syn.upos(n) == Some(Upos::Noun)) else { return false };
    let calls_off = |v: usize| {
        matches!(syn.lemma(v), "cancel" | "postpone" | "scrap" | "abort" | "shelve")
            || syn.lemma(v) == "call"
                && syn.children_with(v, Rel::CompoundPrt).any(|p| syn.lemma(p) == "off")
    };
    syn.children(n).any(|c| matches!(syn.rel(c), Some(Rel::AclRelcl | Rel::Acl)) && calls_off(c))
        || matches!(syn.rel(n), Some(Rel::NsubjPass | Rel::Obj))
            && syn.head(n).is_some_and(calls_off)
}

/// Whether the event word at `k` names only a topic: what was spoken about or discussed
/// ("the minister spoke about the cooperation between Dutch and Belgian forces", "further
/// cooperation between Finnish and Estonian universities was discussed"), one of the issues
/// listed ("issues such as closer cooperation between both states") or what a need or
/// importance is of ("the importance of Japan and Australia cooperating").
pub(crate) fn topic(cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize) -> bool {
    let Some(h) = syn.head(k) else { return false };
    let case = |w: &[&str]| syn.children_with(k, Rel::Case).any(|c| w.contains(&cx.norms[c]));
    match syn.rel(k) {
        Some(Rel::NsubjPass) => {
            matches!(
                syn.lemma(h),
                "discuss" | "debate" | "consider" | "raise" | "address" | "mention"
            )
        }
        Some(Rel::Obl | Rel::Nmod) if case(&["about", "regarding", "concerning"]) => matches!(
            syn.lemma(h),
            "speak"
                | "talk"
                | "talks"
                | "discuss"
                | "discussion"
                | "debate"
                | "conversation"
                | "speech"
                | "question"
                | "ask"
                | "write"
                | "letter"
                | "comment"
                | "remark"
                | "testify"
                | "think"
                | "know"
                | "learn"
                | "hear"
                | "read"
        ),
        Some(Rel::Nmod) if case(&["as"]) && syn.children(k).any(|c| cx.norms[c] == "such") => {
            matches!(syn.lemma(h), "issue" | "topic" | "matter" | "subject" | "question" | "area")
        }
        Some(Rel::Nmod | Rel::Acl) => matches!(
            syn.lemma(h),
            "importance"
                | "need"
                | "necessity"
                | "prospect"
                | "prospects"
                | "possibility"
                | "issue"
                | "question"
                | "topic"
                | "subject"
        ),
        _ => false,
    }
}

/// Whether the clause of `v` (or one it is the infinitive of, a few steps up) is what is
/// feared or rumoured: "fears that Turkey is going to attack", "officials worry Iran will
/// retaliate". A belief about what may come is no act and no one's plan.
pub(crate) fn feared(syn: &Syntax<'_>, v: usize) -> bool {
    let mut cur = v;
    for _ in 0..4 {
        let Some(h) = syn.head(cur) else { return false };
        match syn.rel(cur) {
            Some(Rel::Ccomp | Rel::Acl)
                if matches!(
                    syn.lemma(h),
                    "fear"
                        | "worry"
                        | "concern"
                        | "speculation"
                        | "rumour"
                        | "rumor"
                        | "suspicion"
                        | "anxiety"
                        | "apprehension"
                        | "speculate"
                ) =>
            {
                return true;
            }
            Some(Rel::Xcomp | Rel::Ccomp | Rel::Acl) => cur = h,
            _ => return false,
        }
    }
    false
}

/// The verb of saying whose content holds the act at `v` (its "that" clause, or a clause or
/// infinitive within it, up to three steps): "Nkunda says that Congo's army attacked Rwandan
/// rebels", "the group says six soldiers were killed when gunmen entered the facility". The
/// quotes stage reads claims of speakers it knows; this finds the others.
pub(crate) fn said_above(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Option<usize> {
    let mut cur = v;
    for _ in 0..3 {
        let h = syn.head(cur)?;
        match syn.rel(cur)? {
            // (A verb of saying after the clause speaks for it only within one stretch of the
            // reporter's words: not across a ";" or a quotation, "Democrats criticized the
            // president; "...," Nancy Pelosi said".)
            Rel::Ccomp => {
                let apart = h > cur
                    && (cur..h).any(|k| {
                        cx.norms[k] == ";"
                            || matches!(
                                cx.doc.tokens[k].kind,
                                comity_text::Kind::OpenQuote | comity_text::Kind::CloseQuote
                            )
                    });
                // ("continued as Bush criticized Russia": a clause of time, not of content.)
                let opener = cx.norms[syn.subtree(cur).0];
                let content = syn.children(cur).all(|c| match syn.rel(c) {
                    Some(Rel::Mark) => cx.norms[c] == "that",
                    Some(Rel::Case) => false,
                    _ => true,
                }) && !matches!(
                    opener,
                    "as" | "when"
                        | "while"
                        | "because"
                        | "if"
                        | "after"
                        | "before"
                        | "since"
                        | "until"
                        | "though"
                        | "although"
                        | "whether"
                        | "once"
                );
                return (syn.upos(h) == Some(Upos::Verb)
                    && !apart
                    && content
                    && crate::grammar::SPEECH.contains(&cx.norms[h])
                    && syn.children(h).any(|c| matches!(syn.rel(c), Some(Rel::Nsubj))))
                .then_some(h);
            }
            Rel::Advcl | Rel::Conj | Rel::Xcomp => cur = h,
            _ => return None,
        }
    }
    None
}

/// Whether `v` is a gerund a subordinator of time or concession opens, whose subject is the
/// main verb's: "escaped after coming under fire", "was shot while fleeing". (Not when the
/// tree hangs it on a participle of a noun: in "stoned the convoy involved in the accident
/// before heading to Kabul" the convoy did not head anywhere.)
fn gerund_after_mark(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize, h: usize) -> bool {
    !matches!(syn.rel(h), Some(Rel::Acl | Rel::AclRelcl))
        && syn.tag(v).is_some_and(|t| t.xpos.as_str() == "VBG")
        && syn.children_with(v, Rel::Mark).all(|m| {
            matches!(
                cx.norms[m],
                "after" | "before" | "while" | "when" | "since" | "upon" | "despite" | "without"
            )
        })
}

/// Whether the act at `v` hangs (as an infinitive, a participle or a clause on the object, up
/// to three steps) on a verb said to have happened only "reportedly" or "allegedly": "the IDF
/// reportedly made phone calls to warn residents", "he was reportedly filming children
/// throwing stones".
pub(crate) fn reportedly_above(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    let mut cur = v;
    for _ in 0..3 {
        if !matches!(syn.rel(cur), Some(Rel::Xcomp | Rel::Advcl | Rel::Acl)) {
            return false;
        }
        let Some(mut h) = syn.head(cur) else { return false };
        // ("filming children throwing": through the object the participle describes.)
        if syn.rel(cur) == Some(Rel::Acl)
            && matches!(syn.upos(h), Some(Upos::Noun | Upos::Propn))
            && matches!(syn.rel(h), Some(Rel::Obj))
        {
            let Some(g) = syn.head(h) else { return false };
            h = g;
        }
        if syn.upos(h) != Some(Upos::Verb) {
            return false;
        }
        if syn
            .children_with(h, Rel::Advmod)
            .any(|a| matches!(cx.norms[a], "reportedly" | "allegedly" | "purportedly"))
        {
            return true;
        }
        cur = h;
    }
    false
}

/// Verbs whose "of"/"for" clause is a charge laid on their object: "accused Venezuela of
/// giving support to FARC", "blamed Georgia for attacking", "was charged with smuggling".
const ACCUSING: &[&str] = &[
    "accuse",
    "blame",
    "suspect",
    "charge",
    "indict",
    "fault",
    "implicate",
    "convict",
    "sue",
    "fine",
];

/// The verb of accusing whose charge the act at `v` is ("Colombia accused the government of
/// Ecuador of giving shelter to FARC": the giving is Colombia's claim, not a fact the
/// article states), through the accused object or a phrase hung on it; None otherwise.
pub(crate) fn accused_of(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Option<usize> {
    // "of inflating the figures and plotting against him": a conjunct is charged with
    // the first.
    let v = match syn.rel(v) {
        Some(Rel::Conj)
            if syn.children_with(v, Rel::Mark).next().is_none()
                && syn.tag(v).is_some_and(|t| t.xpos.as_str() == "VBG") =>
        {
            syn.head(v).filter(|&h| syn.upos(h) == Some(Upos::Verb)).unwrap_or(v)
        }
        _ => v,
    };
    if !syn.children_with(v, Rel::Mark).any(|k| matches!(cx.norms[k], "of" | "for" | "with")) {
        return None;
    }
    let mut h = syn.head(v)?;
    for _ in 0..3 {
        if syn.upos(h) == Some(Upos::Verb) {
            return ACCUSING.contains(&syn.lemma(h)).then_some(h);
        }
        if !matches!(syn.rel(h), Some(Rel::Obj | Rel::Nmod | Rel::NsubjPass | Rel::Appos)) {
            return None;
        }
        h = syn.head(h)?;
    }
    None
}

/// The words that name who accuses at the verb `acc`: its subject, or in the passive the "by"
/// agent.
pub(crate) fn accuser_words(syn: &Syntax<'_>, acc: usize) -> Option<(usize, usize)> {
    let who = syn
        .children(acc)
        .find(|&c| syn.rel(c) == Some(Rel::Nsubj))
        .or_else(|| syn.children(acc).find(|&c| syn.rel(c) == Some(Rel::OblAgent)))?;
    let (a, b) = syn.subtree(who);
    // (Without the "by" of a passive's agent.)
    let a = if syn.rel(who) == Some(Rel::OblAgent) { a + 1 } else { a };
    (a < b).then_some((a, b))
}

/// Whether the act at `v` is asked for rather than done: "proposed that U.S. troops help
/// train", "demanded that Annan apologise", a clause in the subjunctive (a bare verb, no tense)
/// under a verb of proposing or demanding, or an infinitive of such a clause, up to three
/// steps up; "insisted that Iran had attacked" stays a claim.
pub(crate) fn mandated(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    let mut cur = v;
    for _ in 0..3 {
        let Some(h) = syn.head(cur) else { return false };
        match syn.rel(cur) {
            Some(Rel::Ccomp) => {
                return MANDATIVE.contains(&syn.lemma(h)) && subjunctive(cx, syn, cur);
            }
            Some(Rel::Xcomp) => cur = h,
            _ => return false,
        }
    }
    false
}

/// Whether the act at `v` is what reports tell of, not what the reporter asserts: "there
/// have been reports of Syrian helicopters setting fire to", "reports that Russian jets
/// bombed Gori" (a clause on a noun of report, or on the "of" phrase of one), up to three
/// steps up; "the report that accused Russia" (a relative clause) is the report's own act.
/// What one heard, learned or was told ("Parliament heard that Australia had agreed") is too.
pub(crate) fn told_by_reports(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    let mut cur = v;
    for _ in 0..3 {
        let Some(h) = syn.head(cur) else { return false };
        let of = syn.rel(cur) == Some(Rel::Nmod)
            && syn.children_with(cur, Rel::Case).any(|c| cx.norms[c] == "of");
        // The parse may read a content clause as a relative one; its "that" is then a mark.
        let that_clause = syn.rel(cur) == Some(Rel::AclRelcl)
            && syn.children_with(cur, Rel::Mark).any(|c| cx.norms[c] == "that");
        if !(matches!(syn.rel(cur), Some(Rel::Acl | Rel::Ccomp | Rel::Xcomp)) || of || that_clause)
        {
            return false;
        }
        let nominal = syn.upos(h) == Some(Upos::Noun)
            || matches!(syn.rel(h), Some(Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Obl));
        // A clause of its own ("reports that Russian jets bombed"), not a participle on the
        // report ("a report denied by Russian officials").
        let content = !matches!(syn.rel(cur), Some(Rel::Acl | Rel::AclRelcl))
            || syn.children(cur).any(|c| {
                matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass))
                    && !matches!(cx.norms[c], "that" | "which" | "who")
            });
        if nominal && content && REPORT_NOUNS.contains(&cx.norms[h]) {
            return true;
        }
        // "Reports stated that Japan's proposal had been accepted", "a Danish report has
        // concluded that two soldiers were killed": what reports say is relayed.
        if syn.rel(cur) == Some(Rel::Ccomp)
            && syn.upos(h) == Some(Upos::Verb)
            && syn.children_with(h, Rel::Nsubj).any(|c| REPORT_NOUNS.contains(&cx.norms[c]))
        {
            return true;
        }
        // "Parliament also heard that Australia had agreed", "reporters were told that": what
        // one heard, learned or was told is relayed.
        if syn.rel(cur) == Some(Rel::Ccomp)
            && (matches!(syn.lemma(h), "hear" | "learn")
                || syn.lemma(h) == "tell" && syn.children_with(h, Rel::AuxPass).next().is_some())
        {
            return true;
        }
        // "his alleged involvement in exporting nuclear technology": a noun the text calls
        // alleged or suspected tells of what is told, not known.
        if syn.upos(h) == Some(Upos::Noun)
            && syn.children_with(h, Rel::Amod).any(|a| TOLD.contains(&cx.norms[a]))
        {
            return true;
        }
        cur = h;
    }
    false
}

/// Adjectives of what is told and not known ("alleged involvement").
static TOLD: comity_text::WordSet = comity_text::WordSet::new(&[
    "alleged",
    "suspected",
    "reported",
    "purported",
    "rumoured",
    "rumored",
]);

/// Nouns of what is told and not known: an act they tell of is reported.
static REPORT_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "report",
    "reports",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "accounts",
    "speculation",
]);

/// Verbs (lemmas) of proposing and demanding whose "that" clause in the subjunctive is what
/// they ask for ("recommended that the UN send observers").
static MANDATIVE: comity_text::WordSet = comity_text::WordSet::new(&[
    "propose",
    "suggest",
    "demand",
    "insist",
    "recommend",
    "urge",
    "request",
    "require",
    "ask",
    "advise",
    "order",
    "stipulate",
    "decree",
    "mandate",
]);

/// Whether the clause headed by `v` is in the subjunctive: a bare verb with a subject and no
/// auxiliary ("that U.S. troops help", "that Annan apologise"; the tagger may read the bare
/// verb as a present or a noun, its lemma is still its form).
fn subjunctive(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    // A verb of the lexicon is bare only in a form its forms allow ("shot" is no bare form).
    let forms = cx.dict.verbs.lookup(cx.norms[v]);
    let bare = if forms.is_empty() {
        syn.tag(v).is_some_and(|t| matches!(t.xpos.as_str(), "VB" | "VBP"))
            || (syn.upos(v) == Some(Upos::Noun) && syn.lemma(v) == cx.norms[v])
    } else {
        forms.iter().any(|&(_, f)| f == comity_dict::Form::Base)
    };
    bare && syn.children_with(v, Rel::Nsubj).next().is_some()
        && !syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::Aux | Rel::AuxPass)))
}

/// Whether the act at `v` is denied by the words around it rather than by its own negation:
/// its subject is no one ("No Iraqi official has been charged"), or it is a clause on a noun
/// that is denied ("There is no evidence that Iran attacked Iraq") or that no one knows of
/// ("not aware of any plot to attack the U.S."), up to three steps up.
pub(crate) fn denied_by_context(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    if syn
        .children(v)
        .any(|c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)) && has_no(cx, syn, c))
    {
        return true;
    }
    let mut cur = v;
    for _ in 0..3 {
        let Some(h) = syn.head(cur) else { return false };
        if matches!(syn.rel(cur), Some(Rel::Acl | Rel::AclRelcl | Rel::Ccomp))
            && syn.upos(h) == Some(Upos::Noun)
            && (has_no(cx, syn, h)
                || syn.head(h).is_some_and(|g| {
                    syn.upos(g) == Some(Upos::Adj)
                        && syn.children(g).any(|c| crate::grammar::negation(cx.norms[c]))
                }))
        {
            return true;
        }
        if !matches!(syn.rel(cur), Some(Rel::Xcomp | Rel::Acl | Rel::AclRelcl | Rel::Ccomp)) {
            return false;
        }
        cur = h;
    }
    false
}

/// Whether the phrase headed by `t` is determined by "no" ("no official", "no evidence") or
/// is no one ("None of the protesters was arrested", "nobody").
pub(crate) fn has_no(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize) -> bool {
    syn.children_with(t, Rel::Det).any(|d| cx.norms[d] == "no")
        || matches!(cx.norms[t], "none" | "nobody" | "neither")
        || cx.norms[t] == "one" && t > 0 && cx.norms[t - 1] == "no"
}

/// Whether the verb at `v` is an infinitive someone is asked, urged or told to carry out
/// ("urges Eritrea to withdraw its troops and to cooperate with the UN": both), through a
/// conjunct sharing the infinitive and the one asked.
pub(crate) fn asked_to(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    let cur = shared_infinitive(cx, syn, v).unwrap_or(v);
    if !is_infinitive(cx, syn, cur)
        || !matches!(syn.rel(cur), Some(Rel::Xcomp | Rel::Advcl | Rel::Acl))
    {
        return false;
    }
    syn.head(cur).is_some_and(|h| {
        ASKING.contains(&syn.lemma(h))
            || matches!(syn.rel(h), Some(Rel::Obj | Rel::Iobj))
                && syn.head(h).is_some_and(|g| ASKING.contains(&syn.lemma(g)))
    })
}

/// Whether the verb at `k` has the "to" of an infinitive.
fn is_infinitive(cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize) -> bool {
    syn.children_with(k, Rel::Mark).any(|m| cx.norms[m] == "to")
}

/// The infinitive the verb at `v` is joined to and stands with, sharing its subject ("to
/// withdraw its troops and to cooperate with the UN", "to withdraw and cooperate"): a verb
/// before it, of which `v` is a conjunct with no subject of its own.
fn shared_infinitive(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Option<usize> {
    if syn.rel(v) != Some(Rel::Conj)
        || syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)))
    {
        return None;
    }
    syn.head(v).filter(|&h| {
        h < v && syn.upos(h) == Some(comity_text::Upos::Verb) && is_infinitive(cx, syn, h)
    })
}

/// Verbs (lemmas) that ask, tell or allow their object to do what their infinitive says.
static ASKING: comity_text::WordSet = comity_text::WordSet::new(&[
    "ask",
    "urge",
    "call",
    "press",
    "tell",
    "order",
    "encourage",
    "invite",
    "request",
    "persuade",
    "instruct",
    "demand",
    "pressure",
    "push",
    "beg",
    "implore",
    "advise",
    "recommend",
    "challenge",
    "want",
    "need",
    "expect",
    "let",
    "allow",
    "oblige",
    "obligate",
    "require",
    "force",
    "compel",
    "permit",
    "enable",
    "authorize",
    "authorise",
    "empower",
    // "gave the Romanian government until Tuesday to withdraw": an ultimatum.
    "give",
]);

/// Texts that lay down rules: what they state is a rule, not an event.
static LEGAL_RULES: comity_text::WordSet = comity_text::WordSet::new(&[
    "article",
    "constitution",
    "law",
    "charter",
    "statute",
    "clause",
    "provision",
    "rule",
    "regulation",
    "treaty",
]);

/// Nouns of asking, threatening or trying: what they hold has not happened ("a call for
/// Syria to withdraw", "an ultimatum to withdraw", "an attempt to seize").
static DEMAND_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "threat",
    "proposal",
    "call",
    "demand",
    "request",
    "bid",
    "attempt",
    "effort",
    "ultimatum",
    "appeal",
    "order",
]);

/// Verbs of expecting and predicting: what one expects of another is a forecast, not an act.
static FORECAST: comity_text::WordSet = comity_text::WordSet::new(&[
    "expect",
    "expects",
    "expected",
    "expecting",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "forecast",
    "forecasts",
    "anticipate",
    "anticipates",
    "anticipated",
    "foresee",
    "foresees",
    "foresaw",
]);

/// Whether the verb at `v` is what someone expects or predicts of another: the infinitive of
/// an expecting verb with an object of its own ("analysts expect Russia to cut supplies") or
/// the clause it governs with a subject of its own ("experts predict that Iran will reject
/// the offer"). "Israel is expected to attack" (passive, no one named expecting) is a plan.
pub(crate) fn forecast(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    if estimated(cx, syn, v) {
        return true;
    }
    let Some(h) = syn.head(v) else { return false };
    if !FORECAST.contains(&cx.norms[h]) {
        return false;
    }
    match syn.rel(v) {
        Some(Rel::Xcomp | Rel::Advcl) => {
            syn.children_with(h, Rel::Obj).next().is_some()
                && syn.children_with(v, Rel::Mark).any(|c| cx.norms[c] == "to")
                && syn.children_with(v, Rel::Nsubj).next().is_none()
        }
        Some(Rel::Ccomp) => {
            syn.children_with(v, Rel::Nsubj).next().is_some()
                && syn.children_with(h, Rel::Nsubj).next().is_some()
        }
        _ => false,
    }
}

/// Nouns of a settlement or area whose "of" phrase names the place itself.
const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "capital",
    "port",
    "province",
    "region",
    "district",
    "suburb",
    "suburbs",
    "outskirts",
    "area",
    "enclave",
    "neighbourhood",
    "neighborhood",
    "camp",
    "county",
];

/// Adjectives of likelihood: "it is unlikely (that) Kony will attend", "it is likely Russia
/// will cut supplies" estimate what may happen; nobody does or announces it.
static ESTIMATES: comity_text::WordSet = comity_text::WordSet::new(&[
    "likely",
    "unlikely",
    "possible",
    "probable",
    "improbable",
    "impossible",
    "doubtful",
    "conceivable",
    "uncertain",
    "unclear",
]);

/// Whether the verb at `v` is what an impersonal "it is likely", "it seems unlikely" before it
/// estimates: the adjective stands over the verb in the tree, or the "it" hangs on the verb or
/// a verb above it (trees often make the adjective a modifier).
fn estimated(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    let first = syn.sentence.first;
    let above = |a: usize| {
        let mut t = v;
        for _ in 0..6 {
            if t == a {
                return true;
            }
            let Some(h) = syn.head(t) else { return false };
            t = h;
        }
        t == a
    };
    (first + 2..v).any(|k| {
        if !ESTIMATES.contains(&cx.norms[k]) {
            return false;
        }
        // "it is", "it seems", "it is highly", "it is not".
        let mut b = k - 1;
        if matches!(
            cx.norms[b],
            "very"
                | "highly"
                | "quite"
                | "more"
                | "less"
                | "not"
                | "also"
                | "now"
                | "still"
                | "increasingly"
        ) && b > first
        {
            b -= 1;
        }
        if !matches!(
            cx.norms[b],
            "is" | "was" | "'s" | "seems" | "seemed" | "appears" | "appeared" | "remains" | "looks"
        ) || b == first
            || cx.norms[b - 1] != "it"
        {
            return false;
        }
        let it = b - 1;
        above(k) || syn.head(it).is_some_and(above)
    })
}

/// Whether `w` is a noun of settlements or areas, in the singular or the plural ("cities",
/// "counties", "villages").
pub(crate) fn is_settlement(w: &str) -> bool {
    SETTLEMENTS.iter().any(|x| comity_dict::stands_for(x, w))
}

/// Prepositions of the place where an attack happened ("struck targets in Beirut", "shelled
/// positions near Kursk", "fired rockets into Israel").
const SCENE_CASES: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "around",
    "on",
    "over",
    "into",
    "within",
    "along",
];

/// Whom a threat at `v` is made to: the subject of its condition, on the verb or on the verb
/// it governs ("threatened to call a general strike unless Israel reversed its decision",
/// "warned it would retaliate if Pakistan attacked").
pub(crate) fn conditioned(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Vec<usize> {
    let mut verbs = vec![v];
    let mut next = 0;
    while next < verbs.len() && verbs.len() < 6 {
        let x = verbs[next];
        next += 1;
        verbs.extend(
            syn.children(x).filter(|&c| matches!(syn.rel(c), Some(Rel::Xcomp | Rel::Ccomp))),
        );
    }
    let mut out = Vec::new();
    for x in verbs {
        for c in syn.children_with(x, Rel::Advcl).take(MAX_DEPENDENTS) {
            if syn.children_with(c, Rel::Mark).any(|m| matches!(cx.norms[m], "unless" | "if")) {
                out.extend(
                    syn.children(c)
                        .filter(|&k| syn.rel(k) == Some(Rel::Nsubj) && !is_relative_pronoun(cx, k)),
                );
            }
        }
    }
    out
}

/// Verbs of harm whose undergoers are the victims of a use of force told beside them.
const HARMED: &[&str] = &["kill", "wound", "injure", "slay", "massacre"];

/// Who a use of force at `v` harmed, told in a clause linked to it rather than as its object:
/// the object of a clause of result hanging on it ("raided a camp ..., killing 85 insurgents"),
/// or the undergoer of the passive verb of harm its clause of time or cause hangs on ("two
/// police officers were killed ... when insurgents opened fire"), and of the verbs coordinated
/// with that one.
pub(crate) fn victims(syn: &Syntax<'_>, v: usize) -> Vec<usize> {
    let harmed = |t: usize| HARMED.contains(&syn.lemma(t));
    let mut out = Vec::new();
    for c in syn.children_with(v, Rel::Advcl).take(MAX_DEPENDENTS) {
        if harmed(c) && syn.children_with(c, Rel::NsubjPass).next().is_none() {
            out.extend(syn.children_with(c, Rel::Obj).take(MAX_DEPENDENTS));
        }
    }
    if syn.rel(v) == Some(Rel::Advcl)
        && let Some(h) = syn.head(v)
    {
        // "were killed and two others injured when ...": the head and the verbs joined to it.
        let mut verbs = vec![h];
        if syn.rel(h) == Some(Rel::Conj)
            && let Some(g) = syn.head(h)
        {
            verbs.push(g);
        }
        verbs.extend(syn.children_with(h, Rel::Conj).take(MAX_DEPENDENTS));
        for w in verbs {
            if harmed(w) {
                out.extend(syn.children_with(w, Rel::NsubjPass).take(MAX_DEPENDENTS));
            }
        }
    }
    out
}

/// Phrase heads that say where the action of the verb at `v` took place: its obliques with a
/// preposition of place, and those of its objects ("struck a lighthouse in central Beirut"),
/// one step down their own modifiers ("a camp 160 kilometers north of Baghdad").
pub(crate) fn scene_heads(
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    v: usize,
    objects: &[usize],
) -> Vec<usize> {
    let scene = |c: usize| {
        syn.children_with(c, Rel::Case).next().is_some_and(|k| {
            SCENE_CASES.contains(&cx.norms[k])
                // "the town of Gori", "the port city of Sidon": the settlement named.
                || (cx.norms[k] == "of"
                    && syn.head(c).is_some_and(|h| SETTLEMENTS.contains(&cx.norms[h])))
        })
    };
    let mut out = Vec::new();
    for c in syn.children(v).take(MAX_DEPENDENTS) {
        if syn.rel(c) == Some(Rel::Obl) && scene(c) {
            out.push(c);
        }
    }
    for &o in objects {
        for c in syn.children(o).take(MAX_DEPENDENTS) {
            match syn.rel(c) {
                Some(Rel::Nmod | Rel::Acl) if scene(c) => out.push(c),
                // "a lighthouse used as a tower in Beirut", "a camp north of Baghdad".
                Some(Rel::Acl | Rel::Advmod | Rel::Nmod) => {
                    out.extend(
                        syn.children(c)
                            .take(MAX_DEPENDENTS)
                            .filter(|&g| matches!(syn.rel(g), Some(Rel::Obl | Rel::Nmod))),
                    );
                }
                _ => {}
            }
        }
    }
    // Places of those phrases' own modifiers, two steps down ("a tower in central Beirut").
    let mut from = 0;
    for _ in 0..2 {
        let to = out.len();
        for i in from..to {
            let h = out[i];
            out.extend(
                syn.children(h)
                    .take(MAX_DEPENDENTS)
                    .filter(|&c| syn.rel(c) == Some(Rel::Nmod) && scene(c)),
            );
        }
        from = to;
    }
    out
}
