//! Speech acts: "X said / told Y that ..." coded by what was said.
//!
//! A verb of saying (`SPEECH`: said, told, added, ...) with an actor as its subject is an event
//! only when its content says more than a statement: criticism (`111`), accusation (`112`),
//! demand (`100`), appeal (`020`), threat (`130`), praise (`051`) or readiness to cooperate
//! (`030`). The content is the verb's complement clause (`ccomp`), or, for "'...,' X said",
//! the quoted clause the verb hangs on (`parataxis`). Which act it is comes from the word sets
//! `&say_*` of the lexicon (dictionaries/sets.txt), tried in a fixed order; the target is the
//! subject of the content for demands and appeals ("Iran must stop": Iran), else the first
//! other actor of the content, else the addressee of "told". A bare "X said" codes nothing:
//! events inside what was said are coded by the verbs that carry them, as reported.

use crate::grammar::SPEECH;
use crate::{Act, Coder, Ctx, roles};
use comity_text::{Kind, Rel, Syntax, Upos};

/// The sets tried on the content, in order, with the act each stands for.
const ACTS: &[(&str, &str)] = &[
    ("&say_accusation", "112"),
    ("&say_threat", "130"),
    ("&say_criticism", "111"),
    ("&say_demand", "100"),
    ("&say_appeal", "020"),
    // (After demands and appeals: "Hezbollah should stop undermining the government" asks
    // Hezbollah to stop.)
    ("&say_subversion", "112"),
    ("&say_praise", "051"),
    ("&say_cooperation", "030"),
];

/// The phrases of the [`ACTS`] sets by first word, each with the rank of its set in [`ACTS`]:
/// [`classify`] reads a sentence in one pass, one look-up per word, where asking each set in
/// turn at each word would cost seven (built with the coder).
#[derive(Default)]
pub(crate) struct ActIndex {
    by_first: rustc_hash::FxHashMap<String, Vec<(usize, Vec<String>)>>,
}

impl ActIndex {
    pub(crate) fn new(dict: &comity_dict::Dictionaries) -> ActIndex {
        let mut index = ActIndex::default();
        for (rank, (name, _)) in ACTS.iter().enumerate() {
            let Some(set) = dict.sets.get(*name) else { continue };
            for phrase in &set.phrases {
                if let Some(first) = phrase.first() {
                    index.by_first.entry(first.clone()).or_default().push((rank, phrase.clone()));
                }
            }
        }
        index
    }
}

/// The act what was said stands for: the first `&say_*` set, in the order of [`ACTS`], one of
/// whose phrases stands in `words`, with the phrase's position (the first where the set has
/// one) and length (the longest of the set's phrases there, with a be-form after its "not").
pub(crate) fn classify(coder: &Coder, words: &[&str]) -> Option<(&'static str, usize, usize)> {
    // Per set, where its first phrase stands and the longest phrase there.
    let mut found: [Option<(usize, usize)>; ACTS.len()] = [None; ACTS.len()];
    // "to establish whether the militia had committed war crimes": a cue after "whether" stands in
    // an open question, which charges no one (known as the words are read, not looked up
    // again for each cue).
    let mut asked = false;
    for (i, w) in words.iter().enumerate() {
        asked |= i > 0 && words[i - 1] == "whether";
        let Some(phrases) = coder.acts.by_first.get(*w) else { continue };
        for (rank, phrase) in phrases {
            if found[*rank].is_some_and(|(at, _)| at < i) {
                continue;
            }
            let n = phrase.len();
            // "the same personnel responsible for investigating crimes": a duty, no blame.
            let duty = phrase.iter().map(String::as_str).eq(["responsible", "for"])
                && words.get(i + n).is_some_and(|w| DUTIES.contains(w));
            // "a bulwark against tyranny", "the fight against terrorism": what one stands
            // against is no charge against whom the words are about.
            let opposed = (i > 0 && words[i - 1] == "against")
                || (i > 1
                    && words[i - 2] == "against"
                    && matches!(words[i - 1], "the" | "all" | "any"));
            // "generals wanted by the tribunal for war crimes", "no tolerance for human rights
            // violations": a crime that is the reason for another's act or stance charges no
            // one by these words.
            let reason = rank == &0
                && CRIMES.contains(&phrase[0].as_str())
                && words[i.saturating_sub(3)..i].contains(&"for");
            // "illegal immigrants", "illegal drugs": a kind of people or goods, no blame.
            let kind = n == 1
                && phrase[0] == "illegal"
                && words.get(i + 1).is_some_and(|w| ILLEGAL_KINDS.contains(w));
            // "blamed the setback on the need to change suppliers": a need named is no one's
            // demand.
            let noun = matches!(phrase[0].as_str(), "need" | "needs")
                && i > 0
                && matches!(
                    words[i - 1],
                    "the" | "a" | "an" | "no" | "any" | "its" | "their" | "his" | "her" | "our"
                );
            // "starting to appreciate the need to be patient": what one appreciates as a fact is
            // understood, not praised.
            let understood = matches!(phrase[0].as_str(), "appreciate" | "appreciates")
                && matches!(
                    (words.get(i + 1).copied(), words.get(i + 2).copied()),
                    (Some("that" | "how" | "why" | "what"), _)
                        | (Some("the"), Some("need" | "importance" | "fact" | "difficulty"))
                );
            // "has not been conducive to peace": a form of "be" may stand after the "not" of a
            // phrase.
            // (Not for a phrase that holds the form itself: "not be tolerated".)
            let be = |w: Option<&str>| matches!(w, Some("been" | "be" | "being"));
            let gap = usize::from(
                phrase[0] == "not"
                    && be(words.get(i + 1).copied())
                    && !be(phrase.get(1).map(String::as_str)),
            );
            let matched = n + gap <= words.len() - i
                && phrase[1..].iter().zip(&words[i + 1 + gap..]).all(|(a, b)| a == b);
            if matched && !asked && !noun && !understood && !duty && !opposed && !reason && !kind {
                let longest = found[*rank].map_or(0, |(_, m)| m).max(n + gap);
                found[*rank] = Some((i, longest));
            }
        }
        // The first set's earliest phrase wins over anything later.
        if found[0].is_some() {
            break;
        }
    }
    ACTS.iter().zip(found).find_map(|(&(_, act), f)| f.map(|(i, n)| (act, i, n)))
}

/// First words of the crimes of `&say_accusation`.
static CRIMES: comity_text::WordSet = comity_text::WordSet::new(&[
    "atrocities",
    "crimes",
    "ethnic",
    "violation",
    "violations",
    "war",
    "genocide",
]);

/// What "illegal" names as a kind of people or goods rather than a wrong charged to anyone
/// ("illegal immigrants", "illegal drugs").
static ILLEGAL_KINDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "immigrants",
    "immigrant",
    "immigration",
    "migrants",
    "migrant",
    "aliens",
    "alien",
    "workers",
    "drugs",
    "narcotics",
    "substances",
    "logging",
    "fishing",
    "mining",
    "downloads",
]);

/// What one is responsible for as a duty, not a deed ("responsible for security").
static DUTIES: comity_text::WordSet = comity_text::WordSet::new(&[
    "investigating",
    "protecting",
    "security",
    "safety",
    "managing",
    "running",
    "overseeing",
    "maintaining",
    "providing",
    "ensuring",
    "coordinating",
    "organizing",
    "organising",
    "enforcing",
    "monitoring",
    "guarding",
    "administering",
    "implementing",
    "handling",
    "policing",
]);

/// Whether `words` start with a label of blame (`&label_criticism`: "failure", "sham"), which
/// is criticism only as what a verb of calling calls something.
pub(crate) fn is_label(coder: &Coder, words: &[&str]) -> bool {
    coder.dict.set_match("&label_criticism", words).is_some()
}

/// A speech act found in a sentence.
pub(crate) struct SpeechAct {
    /// The verb of saying.
    pub tok: usize,
    /// Who spoke.
    pub sources: Vec<Act>,
    /// Whom the act is aimed at.
    pub target: Act,
    /// CAMEO code of the act.
    pub code: &'static str,
    /// The cue words and the relations read, for `--explain`.
    pub why: String,
}

/// At most this many tokens of what was said are read, nearest the verb first: a statement is
/// a clause, and a bound keeps a sentence of a million words linear.
const CONTENT_WINDOW: usize = 120;

/// The tokens of what was said by the verb at `v`: a complement clause, or the clause the
/// verb is a parenthetical of.
fn content(syn: &Syntax<'_>, v: usize) -> Option<(usize, usize, usize)> {
    if let Some(c) = syn.children_with(v, Rel::Ccomp).next() {
        let (a, b) = syn.subtree(c);
        return Some((c, a, b.min(a + CONTENT_WINDOW)));
    }
    if syn.rel(v) == Some(Rel::Parataxis) {
        let h = syn.head(v)?;
        let (a, b) = syn.subtree(h);
        let (va, vb) = syn.subtree(v);
        // The quoted clause is on one side of the "X said" aside.
        let (a, b) = if va > h {
            (a.max(va.saturating_sub(CONTENT_WINDOW)), va)
        } else {
            (vb, b.min(vb + CONTENT_WINDOW))
        };
        return Some((h, a, b));
    }
    None
}

/// Verbs that say what someone or something is ("called the report ridiculous", "described
/// the attack as barbaric"): what is said of their object is the content, the object the
/// addressee.
pub(crate) static CALLING: comity_text::WordSet = comity_text::WordSet::new(&[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "brand",
    "brands",
    "branded",
    "branding",
    "label",
    "labels",
    "labelled",
    "labeled",
    "labelling",
    "labeling",
    "term",
    "termed",
    "dub",
    "dubbed",
    "list",
    "lists",
    "listed",
    "listing",
]);

/// What a verb of `CALLING` says of its object: the predicate after the object ("called its
/// coverage 'outrageous'", "called U.S. policy a failure") or its "as" phrase ("described it
/// as a provocation"). None without an object, so "called for" and "called on" are not read.
pub(crate) fn predicate(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Option<(usize, usize, usize)> {
    // "called Hamas a terrorist group" read as two objects: the first is what is called, the
    // second what it is called.
    let obj = syn
        .children(v)
        .find(|&c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)))
        .filter(|&c| {
            syn.rel(c) == Some(Rel::Iobj) || syn.children_with(v, Rel::Iobj).next().is_none()
        })
        .or_else(|| syn.children_with(v, Rel::Obj).next())?;
    let p = syn
        .children(v)
        .find(|&c| {
            c > obj
                && (matches!(syn.rel(c), Some(Rel::Xcomp | Rel::Obj))
                    || (matches!(syn.rel(c), Some(Rel::Obl | Rel::Advcl))
                        && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "as")))
        })
        .or_else(|| {
            // The tree may hang the predicate inside the object's phrase, as a bare noun
            // phrase ("called US policy [in the region] a failure": nmod:unmarked).
            // A quoted predicate may hang there as an apposition ("called the US sanctions
            // 'illegal'"); an apposition not quoted names the object again ("called Hamas,
            // the ruling party, ...").
            let (_, end) = syn.subtree(obj);
            (obj + 1..end.min(obj + 1 + CONTENT_WINDOW)).find(|&k| {
                let quoted = || {
                    let (first, _) = syn.subtree(k);
                    (first.saturating_sub(1)..k).any(|j| {
                        matches!(cx.doc.tokens[j].kind, Kind::OpenQuote | Kind::CloseQuote)
                    })
                };
                // ("described the Ukrainian move as a provocation": the "as" phrase hung on
                // the object.)
                (matches!(syn.rel(k), Some(Rel::NmodUnmarked | Rel::NmodNpmod))
                    || (syn.rel(k) == Some(Rel::Appos) && quoted())
                    || (syn.rel(k) == Some(Rel::Nmod)
                        && syn.head(k) == Some(obj)
                        && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "as")))
                    && syn.head(k).is_some_and(|h| (obj..end).contains(&h))
            })
        })?;
    let (a, b) = syn.subtree(p);
    Some((p, a, b.min(a + CONTENT_WINDOW)))
}

/// Verbs of a court's ruling ("a federal judge ruled the practice unconstitutional", "the
/// court ruled that the ban was illegal"): what a court rules of a party's deed, when it
/// faults it, finds that party liable (116); [`utterances`] takes them only with a court
/// for subject.
static RULING: comity_text::WordSet =
    comity_text::WordSet::new(&["rule", "rules", "ruled", "ruling", "declared", "found", "finds"]);

/// Whether an actor code names a court: a country's judiciary or an international court.
fn is_court(code: &str) -> bool {
    code.get(3..6) == Some("JUD") || matches!(code, "IGOICC" | "IGOICJ")
}

/// Verbs of saying in the plain present form, which [`SPEECH`] leaves out for the
/// quotations' sake ("to claim" speaks for no one); [`utterances`] takes them with a subject.
static PLAIN_SAYING: comity_text::WordSet = comity_text::WordSet::new(&[
    "claim", "allege", "argue", "insist", "warn", "stress", "maintain", "contend", "assert",
    "charge",
]);

/// A verb of saying in a parsed sentence with its speakers and what was said.
pub(crate) struct Utterance {
    /// The verb.
    v: usize,
    /// How the subject was found.
    how: &'static str,
    /// Who spoke (never empty).
    sources: Vec<Act>,
    /// The head of what was said, and its token range.
    chead: usize,
    a: usize,
    b: usize,
}

/// The verbs of saying of a parsed sentence that have a speaker and a content.
pub(crate) fn utterances(coder: &Coder, cx: &Ctx<'_>, syn: &Syntax<'_>) -> Vec<Utterance> {
    let s = syn.sentence;
    let mut out = Vec::new();
    for v in s.first..s.last {
        let calling = CALLING.contains(&cx.norms[v]);
        // "Critics claim that ...", "officials insist": a plural subject's present tense,
        // when the verb has a subject of its own (not "to claim").
        let plural_present = PLAIN_SAYING.contains(&cx.norms[v])
            && syn.upos(v) == Some(comity_text::Upos::Verb)
            && syn.children_with(v, Rel::Nsubj).next().is_some();
        let ruling = RULING.contains(&cx.norms[v]) && syn.upos(v) == Some(comity_text::Upos::Verb);
        if !SPEECH.contains(&cx.norms[v]) && !calling && !plural_present && !ruling {
            continue;
        }
        let r = roles::roles(cx, syn, v);
        let sources = coder.phrase_acts(cx, syn, &r.subject, None);
        if sources.is_empty()
            || (ruling
                && !SPEECH.contains(&cx.norms[v])
                && !sources.iter().all(|a| is_court(&a.code)))
        {
            continue;
        }
        let found = if calling { predicate(cx, syn, v) } else { content(syn, v) };
        let Some((chead, a, b)) = found else { continue };
        out.push(Utterance { v, how: r.how, sources, chead, a, b });
    }
    out
}

/// Speech acts of a parsed sentence.
pub(crate) fn speech_acts(
    coder: &Coder,
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    said: &[Utterance],
) -> Vec<SpeechAct> {
    let mut out = Vec::new();
    for &Utterance { v, how, ref sources, chead, a, b } in said {
        // News media reporting what happened ("AFP reported that Israeli troops stormed ...")
        // accuse no one: the act is the event reported, coded by its own verb.
        if sources.iter().all(|a| is_media(&a.code)) {
            continue;
        }
        // A condition says what would follow, not what the speaker holds: "if Belgium and
        // France feel responsible for the killings, they should pay ..." accuses no one.
        let conditional = conditions(cx, syn, a, b);
        let words: Vec<&str> = (a..b)
            .map(|k| {
                if conditional.iter().any(|&(x, y)| (x..y).contains(&k)) { "" } else { cx.norms[k] }
            })
            .collect();
        // What something is called may be a label of blame of its own ("called U.S. policy a
        // failure"), which said of a plight would be no criticism ("a humanitarian disaster").
        // The label is the predicate's head or a word describing it ("a despicable act"), not
        // any word inside it ("the second-largest bank failure").
        // Said of a subject by a copula ("said US policy was a failure"), the label is as
        // much what the speaker calls it.
        let label = || {
            let copular = syn.children_with(chead, Rel::Cop).next().is_some();
            if !CALLING.contains(&cx.norms[v]) && !copular {
                return None;
            }
            std::iter::once(chead)
                .chain(syn.children_with(chead, Rel::Amod))
                .filter(|&k| (a..b).contains(&k))
                .find(|&k| is_label(coder, &cx.norms[k..k + 1]))
                .map(|k| ("111", k - a, 1))
        };
        let classified = classify(coder, &words);
        let Some((code, i, n)) = classified.or_else(label) else { continue };
        // "The chancellor believed Cuba should first free its prisoners": what one believes others
        // should do is a view narrated, no appeal or demand made to them (a belief that blames,
        // "believe Lashkar carried out the blasts", is the accusation it voices; one voiced in
        // a quotation or told to someone, "told Blitzer that they believe Bush should meet
        // her", is said).
        if !matches!(code.get(..2), Some("11" | "12")) && narrated_belief(cx, syn, v) {
            continue;
        }
        // "People are saying that even now we should not withdraw", "politicians are
        // saying we need to recriminalise": what others are said to say is theirs, not an
        // appeal, a threat or a charge of the speaker's.
        if relayed_from_others(cx, syn, v, a + i, a, b) {
            continue;
        }
        // "alleged that Gov. Manchin acted in retaliation": what one alleges of another is an
        // accusation, whatever words of threat or blame it holds.
        let code = if CLAIMING.contains(&cx.norms[v]) && matches!(code, "130" | "111") {
            "112"
        } else if RULING.contains(&cx.norms[v])
            && matches!(code, "111" | "112")
            && sources.iter().all(|a| is_court(&a.code))
        {
            // A court that faults a deed in its ruling finds its doer liable; one that rules
            // a deed "not a violation", or that "no laws were violated", finds no one liable.
            let cue = a + i;
            let negated = (cue.saturating_sub(3).max(a)..cue)
                .chain(syn.children(cue))
                .chain(syn.head(cue).into_iter().flat_map(|h| syn.children(h)))
                .any(|k| crate::grammar::negation(cx.norms[k]));
            if negated {
                continue;
            }
            "116"
        } else {
            code
        };
        // "the budget may need to fall", "Labour would have to increase taxes", "the miners
        // are going to have to": a necessity foreseen, no demand on anyone.
        if code == "100"
            && i > 0
            && matches!(
                words[i - 1],
                "would" | "may" | "might" | "could" | "will" | "'ll" | "to" | "probably" | "likely"
            )
        {
            continue;
        }
        // Readiness said ("we are ready to", "committed to") is an intent to cooperate only
        // as the predicate of a party, and not to a fight: "a leader committed to protecting
        // its sovereignty" describes a leader, "the door is now open to a settlement" a
        // situation, "prepared for a long standoff with the United States" is defiance.
        if code == "030" && !readiness_of_a_party(cx, syn, a + i, b, &sources[0].code) {
            continue;
        }
        // A label said by a copula is blame of the subject it is said of, or of no one: "the
        // floods were a disaster for Sudan" blames no one.
        let copular_label = classified.is_none() && !CALLING.contains(&cx.norms[v]);
        let cue = words[i..i + n].join(" ");
        let speaker = sources[0].code.clone();
        let other = |acts: Vec<Act>| acts.into_iter().find(|t| t.code != speaker);
        // Demands and appeals are aimed at the subject of what was said.
        // Whom it was told to stands in only when what was said names no one else who must
        // act: "told parliament that you must ...", "told Iran to stop", never "told the House
        // the budget may need to fall".
        let mut unnamed_subject = true;
        // ("should have been given a chance": the subject of a passive undergoes what should
        // be done; no one named is called on to do it.)
        // ("its independence has to be respected", "they need to be brought home": the
        // passive may be the complement of the verb of necessity.)
        let is_passive = |v: usize| {
            syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::NsubjPass | Rel::AuxPass)))
        };
        // (Where what must undergo it is a thing, "its independence": an actor that must
        // undergo it, "security forces have to be reformed", is called on to change.)
        let thing_subject = syn
            .children(chead)
            .find(|&c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)))
            .is_some_and(|c| cx.rec.mention_index(c).is_none());
        let passive = is_passive(chead)
            || thing_subject
                && syn.children_with(chead, Rel::Xcomp).any(|x| {
                    is_passive(x) && syn.children_with(x, Rel::Mark).any(|m| cx.norms[m] == "to")
                });
        let subject_target = if passive && matches!(code, "100" | "020") {
            unnamed_subject = false;
            None
        } else if matches!(code, "100" | "020") {
            let (subj, _) = roles::subject_only(cx, syn, chead);
            unnamed_subject = subj.iter().all(|&t| matches!(cx.norms[t], "you"));
            other(coder.phrase_acts(cx, syn, &subj, Some(&speaker)))
        } else {
            None
        };
        // (A threat is not aimed at the victim of an attack it speaks of: "warned that an
        // attack on Israel by Iran would bring massive retaliation".)
        let threat = code.starts_with("13");
        let in_content = || {
            first_other_actor(cx, a, b, &speaker, |t| {
                !(threat && crate::victim_of_an_attack_below(cx, v, t))
            })
        };
        // Whom it was told to, unless that is the press: "one demonstrator told the BBC",
        // "told reporters" address the public, not the medium.
        let addressee = || {
            let heads: Vec<usize> = syn
                .children(v)
                .filter(|&c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)))
                .collect();
            other(coder.phrase_acts(cx, syn, &heads, Some(&speaker))).filter(|t| !is_media(&t.code))
        };
        let described = || said_of(coder, cx, syn, a + i, code, &speaker);
        // A demand or an appeal is aimed at whoever must act: "the opposition should bring its
        // complaints before a judge". When that is no actor ("we have to", "there needs to be",
        // "these decisions must be made"), what was said is no demand on anyone named.
        // Working against another in secret or from within ("says its neighbour acts with
        // hostile intent") charges the one who does it, and no one else: not whom it is done
        // to ("those who keep destabilising the region"), nor anyone when the deed is
        // undergone or denied ("the lines were sabotaged", "no intention to interfere").
        let subversion = classified.is_some() && is_subversion(coder, &words[i..i + n]);
        let target = if subversion {
            doer_of_subversion(coder, cx, syn, a + i, &speaker)
        } else if matches!(code, "100" | "020") {
            subject_target.or_else(|| addressee().filter(|_| unnamed_subject))
        } else if copular_label {
            described()
        } else if matches!(code, "111" | "112") {
            // The civilians a blamed deed struck are its victims, not whom the blame is
            // aimed at ("It targeted the population ...," Maliki told reporters").
            // Nor is whom the blamed deed was done to or given to ("this assault on the
            // UN monitors is unacceptable").
            // What a label of a verb of calling says further of itself names no one blamed:
            // "calling it a cruel act which wounds the whole of the church"
            // (a relative clause), "called the channel a mouthpiece for al-Qaeda" (whom it
            // serves).
            let calling = CALLING.contains(&cx.norms[v]);
            let beside_the_label = |t: &Act| calling && label_apart(cx, syn, t.first, chead);
            // Nor is a place ("the recent attacks in Lebanon were a disgraceful provocation"
            // blames no one in Lebanon).
            // Nor is the label itself, said of no one named: "the facility housed
            // 'dangerous terrorists'" describes the detainees, and blames no group.
            let cue = a + i..a + i + n;
            let blamed_in_content = || {
                in_content().filter(|t| {
                    !is_the_label(cx, t, &cue)
                        && !the_people(&t.code)
                        && !crate::receiver_in_said(cx, t)
                        && !beside_the_label(t)
                        && !placed(cx, t)
                })
            };
            described()
                .filter(|t| !is_the_label(cx, t, &cue))
                .or_else(blamed_in_content)
                .or_else(addressee)
        } else if threat {
            // ("warn that a longer siege could lead to grave consequences for some 400,000
            // Gazans": those whom the consequences would strike are not threatened by the
            // speaker.)
            in_content().filter(|t| !the_people(&t.code)).or_else(addressee)
        } else {
            in_content().or_else(addressee)
        };
        // What a verb of calling calls so is blamed, each one ("listed Belarus, Burma and Cuba
        // as the worst dictatorships"; "called Trump's action a betrayal of the American
        // people" blames Trump, not the people), a news medium too ("called its coverage
        // biased").
        let mut targets: Vec<Act> = Vec::new();
        if CALLING.contains(&cx.norms[v]) && matches!(code, "111" | "112") {
            // (Of two objects, "called Hamas a terrorist group", the first is what is called.)
            let objects: Vec<usize> = syn.children_with(v, Rel::Obj).take(1).collect();
            for t in coder.phrase_acts(cx, syn, &objects, Some(&speaker)) {
                if t.code != speaker && !targets.iter().any(|x| x.code == t.code) {
                    targets.push(t);
                }
            }
        }
        if targets.is_empty() {
            targets.extend(target);
        }
        if targets.is_empty() {
            continue;
        }
        let target = &targets[0];
        // A court's finding faults a party that acted, not the people a law or ban touches
        // ("violated the rights of people in same-sex relationships").
        if code == "116" && the_people(&target.code) {
            continue;
        }
        // A demand is made on a party that can act, not on the people at large ("said people
        // must be patient"); what a text "writes" or a fact "shows" demands nothing of anyone.
        if code == "100"
            && (matches!(target.code.get(3..6), Some("PPL" | "CVL"))
                || matches!(cx.norms[v], "writes" | "wrote" | "shows" | "showed" | "reads"))
        {
            continue;
        }
        let why = format!("what was said holds '{cue}'; speaker by {how}");
        for target in targets {
            out.push(SpeechAct {
                tok: v,
                sources: sources.clone(),
                target,
                code,
                why: why.clone(),
            });
        }
    }
    out
}

/// Whether the cue `phrase` of what was said is a deed of working against another
/// (`&say_subversion`), whose target is its doer ([`doer_of_subversion`]).
fn is_subversion(coder: &Coder, phrase: &[&str]) -> bool {
    coder.dict.set_match("&say_subversion", phrase).is_some()
}

/// Relations by which a word of working against another hangs on the verb whose subject does
/// it: a describing word on its noun ("hostile intent"), the noun as the verb's object or
/// oblique ("acting with hostile intent"), a verb as the complement of another ("seeking to
/// carve up") or joined to it ("tried to destabilize and destroy").
const SUBVERSION_CHAIN: &[Rel] =
    &[Rel::Amod, Rel::Compound, Rel::Obj, Rel::Obl, Rel::Xcomp, Rel::Advcl, Rel::Conj];

/// The one who does the deed of working against another named at `cue` (`&say_subversion`):
/// the active subject of the clause it stands in (the object of "urged Hezbollah to stop
/// undermining", who is to do the deed), if that is an actor other than the speaker and
/// nothing on the way denies the deed. A passive ("are suspected of spying") or a subject that
/// names no actor ("the exemptions would undermine the plan") charges no one.
fn doer_of_subversion(
    coder: &Coder,
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    cue: usize,
    speaker: &str,
) -> Option<Act> {
    let other = |acts: Vec<Act>| acts.into_iter().find(|t| t.code != speaker);
    let acts = |heads: &[usize]| other(coder.phrase_acts(cx, syn, heads, Some(speaker)));
    let denied = |k: usize| {
        syn.children(k).any(|c| {
            crate::grammar::negation(cx.norms[c]) || matches!(cx.norms[c], "no" | "neither")
        })
    };
    // ("might become undermined", "the lines were sabotaged": a participle with no "have"
    // is undergone.)
    let undergone = (syn.tag(cue).is_some_and(|t| t.xpos.as_str() == "VBN")
        && !syn.children_with(cue, Rel::Aux).any(|x| syn.lemma(x) == "have"))
        || syn.rel(cue) == Some(Rel::Xcomp)
            && syn.head(cue).is_some_and(|h| matches!(syn.lemma(h), "become" | "get" | "remain"));
    if undergone {
        return None;
    }
    let mut k = cue;
    for _ in 0..6 {
        if denied(k) || syn.children_with(k, Rel::NsubjPass).next().is_some() {
            return None;
        }
        let subject: Vec<usize> = syn.children_with(k, Rel::Nsubj).collect();
        if !subject.is_empty() {
            // ("those who persist in destabilising Somalia": a relative pronoun stands for the
            // noun its clause describes, which `subject_only` reads.)
            // ("neither Congress nor the administration wants to undermine": a subject
            // denied is no doer.)
            if subject.iter().any(|&t| denied(t) || cx.norms[t] == "none") {
                return None;
            }
            let (subject, _) = roles::subject_only(cx, syn, k);
            return acts(&subject);
        }
        // "opposition forces wishing to destabilize the government": a clause on a noun is
        // that noun's deed.
        let rel = syn.rel(k)?;
        let h = syn.head(k)?;
        if rel == Rel::Acl {
            let mi = cx.rec.mention_index(h)?;
            return other(coder.mention_acts(cx, &[mi], Some(speaker)));
        }
        // (Each step lands where the relation belongs: a describing word on a noun, a
        // complement or an object on a verb; "anyone, in inciting the crisis" is misread.)
        let lands = match rel {
            Rel::Amod | Rel::Compound => matches!(syn.upos(h), Some(Upos::Noun | Upos::Propn)),
            _ => matches!(syn.upos(h), Some(Upos::Verb | Upos::Adj)),
        };
        if !SUBVERSION_CHAIN.contains(&rel) || !lands {
            return None;
        }
        // ("urged Hezbollah to stop undermining": the object of the verb a complement hangs
        // on is the one who is to do it.)
        if rel == Rel::Xcomp {
            let object: Vec<usize> = syn.children_with(h, Rel::Obj).collect();
            if !object.is_empty() {
                return acts(&object);
            }
        }
        k = h;
    }
    None
}

/// Whether token `t`, inside the label at `label`, stands in a relative clause of it or in a
/// "for" phrase: what the label says further of itself, not whom it blames.
fn label_apart(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize, label: usize) -> bool {
    let mut k = t;
    for _ in 0..12 {
        if k == label {
            return false;
        }
        if syn.rel(k) == Some(Rel::AclRelcl)
            || (syn.rel(k) == Some(Rel::Nmod)
                && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "for"))
        {
            return true;
        }
        let Some(h) = syn.head(k) else { return false };
        k = h;
    }
    false
}

/// Whether an actor code names people at large (civilians, a population, refugees), whom what
/// was said may speak of as struck or wronged but never blames or threatens.
fn the_people(code: &str) -> bool {
    matches!(code.get(3..6), Some("CVL" | "PPL" | "REF"))
}

/// Whether the word of readiness at `cue` ("ready", "committed", "open") is said of a party:
/// the predicate of a subject that is an actor, a pronoun or a country's word, and its
/// complement, up to `end`, holds no word of conflict. A party of another country than the
/// `speaker`'s is ready on its own account, not the speaker's: "the World Bank is willing to
/// help Haiti, Obama said" is no intent of Obama's.
fn readiness_of_a_party(
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    cue: usize,
    end: usize,
    speaker: &str,
) -> bool {
    if matches!(syn.rel(cue), Some(Rel::Acl | Rel::Amod)) {
        return false;
    }
    let subject = syn
        .children(cue)
        .find(|&c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)))
        .or_else(|| {
            // ("is willing to": the tree may make the verb after "to" the head.)
            syn.head(cue).and_then(|h| {
                syn.children(h).find(|&c| matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)))
            })
        });
    let another = subject.is_some_and(|t| {
        cx.rec
            .mention(t)
            .and_then(|m| m.code.as_deref())
            .is_some_and(|c| c.get(..3) != speaker.get(..3))
    });
    if another {
        return false;
    }
    let party = subject.is_some_and(|t| {
        cx.rec.mention_index(t).is_some()
            || matches!(
                cx.norms[t],
                "we" | "i" | "he" | "she" | "they" | "it" | "country" | "government" | "side"
            )
    });
    let fight = (cue..end.min(cue + 12)).any(|k| {
        cx.dict.set_match("&fight", &[cx.norms[k]]).is_some()
            || matches!(
                syn.lemma(k),
                "standoff" | "confrontation" | "fight" | "retaliate" | "defend" | "resist" | "die"
            )
    });
    // The intent is toward someone its complement names ("committed to Iraq", "ready to
    // cooperate with NATO"), not to whoever the rest of what was said names ("committed to
    // democracy ..., adding it has no political prisoners").
    let complement = |c: usize| match syn.rel(c) {
        Some(Rel::Obl | Rel::Xcomp | Rel::Ccomp | Rel::Nmod) => true,
        Some(Rel::Advcl) => syn.children_with(c, Rel::Mark).any(|m| cx.norms[m] == "to"),
        _ => false,
    };
    let names_someone = syn.children(cue).filter(|&c| complement(c)).any(|c| {
        let (a, b) = syn.subtree(c);
        (a..b.min(end)).any(|k| cx.rec.mention(k).is_some_and(|m| m.code.is_some()))
    });
    party && !fight && names_someone
}

/// Whom a cue word of blame or praise is said of, other than `speaker`: the noun it describes
/// ("Kenya's flawed elections"), the subject it is predicated of ("Israel's use of the bombs
/// was shocking", "the soldiers violated our territory"), the object of a verb of praise ("we
/// thank Japan"), whose the cue noun is ("Iran's atrocities").
fn said_of(
    coder: &Coder,
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    cue_tok: usize,
    code: &str,
    speaker: &str,
) -> Option<Act> {
    let with_rel = |rels: &[Rel]| -> Vec<usize> {
        syn.children(cue_tok).filter(|&c| syn.rel(c).is_some_and(|r| rels.contains(&r))).collect()
    };
    let heads: Vec<usize> = match syn.rel(cue_tok) {
        Some(Rel::Amod) => syn.head(cue_tok).into_iter().collect(),
        _ => {
            let subj = with_rel(&[Rel::Nsubj, Rel::NsubjPass]);
            let obj = with_rel(&[Rel::Obj]);
            if code == "051"
                && !obj.is_empty()
                && syn.upos(cue_tok) == Some(comity_text::Upos::Verb)
            {
                obj
            } else if subj.is_empty() {
                vec![cue_tok]
            } else {
                subj
            }
        }
    };
    coder.phrase_acts(cx, syn, &heads, Some(speaker)).into_iter().find(|t| t.code != speaker)
}

/// The token ranges of the clauses of condition ("if ...", "unless ...") within `a..b`.
fn conditions(cx: &Ctx<'_>, syn: &Syntax<'_>, a: usize, b: usize) -> Vec<(usize, usize)> {
    // "Had we been asked to ..., we would have refused": an inverted auxiliary opening a
    // clause of the sentence is a condition too.
    let inverted = (a..b)
        .filter(|&k| {
            matches!(cx.norms[k], "had" | "were" | "should")
                && (k == a
                    || k == syn.sentence.first
                    || matches!(cx.norms[k - 1], "," | "\"" | "“"))
                && k + 1 < b
                && matches!(
                    cx.norms[k + 1],
                    "we" | "i" | "he" | "she" | "they" | "it" | "you" | "the" | "this"
                )
        })
        .filter_map(|k| {
            let h = if matches!(syn.rel(k), Some(Rel::Aux | Rel::AuxPass | Rel::Cop)) {
                syn.head(k)
            } else {
                Some(k)
            };
            // (The tree may make the inverted clause the head of what was said.)
            h.filter(|&h| matches!(syn.rel(h), Some(Rel::Advcl | Rel::Ccomp | Rel::Parataxis)))
        });
    (a..b)
        .filter(|&k| matches!(cx.norms[k], "if" | "unless") && syn.rel(k) == Some(Rel::Mark))
        .filter_map(|k| syn.head(k))
        .chain(inverted)
        .map(|h| syn.subtree(h))
        .collect()
}

/// A news medium's code: `MED`, or a state's or group's with the agent `MED` (`NGAMED`).
pub(crate) fn is_media(code: &str) -> bool {
    code.starts_with("MED") || comity_dict::has_agent(code, "MED")
}

/// Speech acts of direct quotes whose speaker the quote finder named ("'... is unacceptable,'
/// the minister said", and quotes that run over several sentences): the quoted words are
/// classified as for "X said that ...", the target being whom the parse of the cue word's
/// sentence says it of (see `said_of`); a cue in a sentence that was not parsed gives none.
/// Returns the sentence of each act with it.
pub(crate) fn quote_acts(coder: &Coder, cx: &Ctx<'_>) -> Vec<(usize, SpeechAct)> {
    let mut out = Vec::new();
    for q in &cx.quotes {
        let Some(sp) = &q.speaker else { continue };
        let Some(code) =
            sp.code.clone().or_else(|| sp.person.and_then(|p| cx.rec.people[p].code.clone()))
        else {
            continue;
        };
        let (a, b) = (q.open + 1, q.close.min(cx.doc.tokens.len()));
        if a >= b {
            continue;
        }
        let words: Vec<&str> = (a..b).map(|k| cx.norms[k]).collect();
        let Some((act, i, n)) = classify(coder, &words) else { continue };
        // A modal in a quote ("we have to", "it should") says whom it binds only through a
        // parse of its clause: quotes alone give no demand or appeal.
        if matches!(act, "100" | "020") {
            continue;
        }
        let (cue_tok, cue) = (a + i, words[i..i + n].join(" "));
        // Whom the quoted words blame or praise is read from the parse of their sentence: the
        // first actor a quote names is mostly not what its cue word is said of ("it's
        // appalling that they would come to harm", "thanks to the new laws, the police ...").
        let si = cx.doc.sentence_of(cue_tok);
        let Some(syn) = cx.doc.syntax(si) else { continue };
        // Readiness in a quote is the speaker's only as it is in "X said that ...": "now at
        // last Iran is ready to negotiate", quoted from the IAEA's head, is Iran's.
        if act == "030" && !readiness_of_a_party(cx, &syn, cue_tok, b, &code) {
            continue;
        }
        // (Working against another charges the one who does it: "'they are trying to
        // destabilize the situation,' said ...".)
        let target = if is_subversion(coder, &words[i..i + n]) {
            doer_of_subversion(coder, cx, &syn, cue_tok, &code)
        } else {
            said_of(coder, cx, &syn, cue_tok, act, &code)
                .filter(|t| !is_the_label(cx, t, &(cue_tok..cue_tok + n)))
        };
        let Some(target) = target else {
            continue;
        };
        // The speaker as the text names them: their mention nearest the quote, else the words
        // that named them ("said Iranian lawmakers"), else the quote.
        let person_mention = sp.person.and_then(|p| {
            cx.rec
                .mentions
                .iter()
                .filter(|m| m.person == Some(p))
                .min_by_key(|m| m.first.abs_diff(q.open))
        });
        let named = (sp.words.0 < sp.words.1).then_some(sp.words);
        let (first, last) =
            person_mention.map(|m| (m.first, m.last)).or(named).unwrap_or((q.open, q.open + 1));
        let source =
            Act { code, first, last, entry: format!("quote speaker: {}", sp.name), named: None };
        let why = format!("quoted words hold '{cue}'; speaker named by the quote finder");
        let si = cx.doc.sentence_of(cue_tok);
        out.push((si, SpeechAct { tok: cue_tok, sources: vec![source], target, code: act, why }));
    }
    out
}

/// Whether actor `t` is named by the words of blame themselves (`cue`), or is the bare plural
/// noun they describe: "housed 'dangerous terrorists'" labels people it does not name, and
/// blames no group (a named one, "dangerous Hamas militants", is blamed, and so is "the most
/// dangerous president").
fn is_the_label(cx: &Ctx<'_>, t: &Act, cue: &std::ops::Range<usize>) -> bool {
    let described = t.first == cue.end
        && t.entry.starts_with("agent")
        && cx.norms.get(t.last.saturating_sub(1)).is_some_and(|w| w.ends_with('s'));
    described || t.first < cue.end && cue.start < t.last.max(t.first + 1)
}

/// Whether actor `t` is named as a place: a name right after a preposition of place ("in
/// Palestine", "across the West Bank"; not a people's word, "elements in Danish society").
fn placed(cx: &Ctx<'_>, t: &Act) -> bool {
    if cx.rec.mention(t.first).is_none_or(|m| m.adjective) {
        return false;
    }
    let mut k = t.first;
    if k > 0 && cx.norms[k - 1] == "the" {
        k -= 1;
    }
    k > 0 && crate::grammar::LOCATIVE.contains(&cx.norms[k - 1])
}

/// The first actor named in tokens `a..b` other than `speaker` (a pronoun there is read as not
/// meaning the speaker). A mention's tokens stand together, so each is looked at once. An
/// actor that only owns a rule is not who the content is about: "was checking whether the
/// cargo was in violation of United Nations sanctions" accuses no one of the UN.
fn first_other_actor(
    cx: &Ctx<'_>,
    a: usize,
    b: usize,
    speaker: &str,
    keep: impl Fn(&Act) -> bool,
) -> Option<Act> {
    let mut last = None;
    (a..b)
        .filter_map(|k| cx.rec.mention_index(k))
        .filter(|&m| last.replace(m) != Some(m))
        .filter(|&m| {
            let after = cx.rec.mentions[m].last;
            !(after < b && RULES.contains(&cx.norms[after]))
        })
        .filter_map(|m| crate::actor_of(cx, m, Some(speaker)))
        .find(|t| t.code != speaker && keep(t))
}

/// Whether the word at `cue`, inside what was said at `v` (tokens `a..b`), is within what a
/// third party is said there to say: a verb of saying (not of belief) above it, below `v`,
/// with a subject that is no pronoun (which may be the speaker's "I", "we" or "he").
fn relayed_from_others(
    cx: &Ctx<'_>,
    syn: &Syntax<'_>,
    v: usize,
    cue: usize,
    a: usize,
    b: usize,
) -> bool {
    let mut cur = cue;
    for _ in 0..6 {
        let Some(h) = syn.head(cur) else { return false };
        if h == v || !(a..b).contains(&h) {
            return false;
        }
        if SPEECH.contains(&cx.norms[h]) && !is_belief(cx.norms[h]) {
            // (A participle of saying speaks for the subject of the verb it hangs on:
            // "politicians are joining the chorus, saying we need to ...".)
            let sayer = syn.children_with(h, Rel::Nsubj).next().or_else(|| {
                (syn.rel(h) == Some(Rel::Advcl))
                    .then(|| syn.head(h))
                    .flatten()
                    .and_then(|g| syn.children_with(g, Rel::Nsubj).next())
            });
            if sayer.is_some_and(|c| syn.upos(c) != Some(comity_text::Upos::Pron)) {
                return true;
            }
        }
        cur = h;
    }
    false
}

/// Whether the verb at `v` narrates a belief ("Schröder believed Cuba should ...", "57% of
/// Britons believe that the military should pull out") rather than voicing it: not in a
/// quotation, and with no other verb of saying in the sentence ("told Blitzer that they
/// believe Bush should meet her", "made it clear that he believed Chile must act" are said).
fn narrated_belief(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> bool {
    is_belief(cx.norms[v])
        && cx.quote_of[v] == 0
        && !(syn.sentence.first..syn.sentence.last).any(|k| {
            (cx.norms[k] == "clear" && k > 0 && matches!(cx.norms[k - 1], "it" | "made" | "make"))
                || k != v && SPEECH.contains(&cx.norms[k]) && !is_belief(cx.norms[k])
        })
}

/// Whether `w` is a verb of belief among the verbs of saying ("believe", "thinks").
fn is_belief(w: &str) -> bool {
    matches!(w, "believe" | "believes" | "believed" | "think" | "thinks")
}

/// Rules an actor lays down or holds others to: "United Nations resolutions", "Israeli law".
static RULES: comity_text::WordSet = comity_text::WordSet::new(&[
    "resolution",
    "resolutions",
    "law",
    "laws",
    "charter",
    "convention",
    "conventions",
    "regulations",
    "rules",
    "constitution",
    "mandate",
]);

/// The intent a speaker's announcement of their own side's coming act stands for, by the
/// root of that act: "the minister declared that Chadian troops would begin their pullout
/// from Mali" (a planned 08 of his own state) is an intent to yield (035).
/// A cut or a sanction announced on a condition stands for a threat (see
/// `conditional_threat`); `v` is the announced act's verb.
pub(crate) fn intent_of(cx: &Ctx<'_>, code: &str, v: usize) -> Option<&'static str> {
    Some(match code.get(..2)? {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        // (Each kind of aid has its own intent: 071 economic 0331, 072 military 0332, 073
        // humanitarian 0333, 074 protection or peacekeeping 0334.)
        "07" => match code.get(..3)? {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ => "033",
        },
        "08" => "035",
        "18" | "19" | "20" => "138",
        _ => return conditional_threat(cx, code, v),
    })
}

/// The threat a cut or a sanction announced on a condition stands for (CAMEO 131x): "will cut
/// gas supplies to Ukraine if it does not pay" threatens to stop aid (1311), "will impose
/// sanctions unless Iran stops" to sanction (1312), "to stop all trade relations with
/// Fiji unless the dispute was settled" to cut relations (1313). Only with an "if" or an
/// "unless" after the verb in its sentence: a cut announced outright is the planned cut.
fn conditional_threat(cx: &Ctx<'_>, code: &str, v: usize) -> Option<&'static str> {
    let threat = code.starts_with("16").then(|| threat_of(code))?;
    on_condition(cx, v).then_some(threat)
}

/// The CAMEO threat of an act (13x): of reducing relations 1313, aid 1311, of sanctions 1312,
/// of halting talks, mediation or a presence 134, 135, 136 (other 16x 131), of administrative
/// sanctions 132, of repression 137, of a protest 133, of force 138, else 130.
pub(crate) fn threat_of(code: &str) -> &'static str {
    match code.get(..3).unwrap_or("") {
        "160" | "161" => "1313",
        "162" => "1311",
        "163" => "1312",
        "164" => "134",
        "165" => "135",
        "166" => "136",
        c if c.starts_with("16") => "131",
        "172" => "132",
        c if c.starts_with("17") => "137",
        c if c.starts_with("14") => "133",
        c if matches!(c.get(..2), Some("18" | "19" | "20")) => "138",
        _ => "130",
    }
}

/// Whether an "if" or an "unless" follows the verb at `v` in its sentence.
pub(crate) fn on_condition(cx: &Ctx<'_>, v: usize) -> bool {
    let s = &cx.doc.sentences[cx.doc.sentence_of(v)];
    (v + 1..s.last).any(|k| matches!(cx.norms[k], "if" | "unless"))
}

/// Intents announced in a parsed sentence: "X said/declared/announced that (X's side) will
/// do Y to Z", where Y is an event already coded in what was said, planned or conditional
/// ("would", the future of reported speech) and with a source of the speaker's own state,
/// gives X > Z with the intent code of Y (see `intent_of`).
pub(crate) fn intent_acts(
    cx: &Ctx<'_>,
    said: &[Utterance],
    events: &[crate::Coded],
) -> Vec<SpeechAct> {
    let mut out = Vec::new();
    for &Utterance { v, ref sources, a, b, .. } in said {
        let own = sources[0].code.get(..3);
        for e in events {
            let ev = &e.event;
            let Some(t) = &ev.target else { continue };
            if !(a..b).contains(&e.verb_tok)
                || !matches!(
                    ev.modality,
                    comity_core::Modality::Planned | comity_core::Modality::Hypothetical
                )
                || ev.source.code.get(..3) != own
                || t.code.get(..3) == own
            {
                continue;
            }
            let Some(code) = intent_of(cx, &ev.code, e.verb_tok) else { continue };
            // (Force is threatened only out loud: "most voters believe the government's choice
            // to invade Iraq was an error" threatens no one.)
            if code == "138"
                && !(CHARGING.contains(&cx.norms[v]) || ANNOUNCING.contains(&cx.norms[v]))
            {
                continue;
            }
            // (An act someone is urged or asked to do is the asker's wish, not an intent the
            // speaker announces: "said that Annan urges Eritrea to cooperate with the UN".)
            if cx
                .doc
                .syntax(cx.doc.sentence_of(e.verb_tok))
                .is_some_and(|syn| roles::asked_to(cx, &syn, e.verb_tok))
            {
                continue;
            }
            // (What "there should be" says ought to happen is a recommendation, no intent: "the
            // panel said there should be a gradual pullout of its country's troops".)
            if cx.doc.syntax(cx.doc.sentence_of(e.verb_tok)).is_some_and(|syn| {
                syn.rel(e.verb_tok) == Some(comity_text::Rel::Nsubj)
                    && syn.head(e.verb_tok).is_some_and(|h| {
                        roles::existential_be(cx, &syn, h)
                            && syn
                                .children_with(h, comity_text::Rel::Aux)
                                .any(|a| matches!(cx.norms[a], "should" | "must" | "ought"))
                    })
            }) {
                continue;
            }
            // (A belief narrated announces nothing: "Britons believe the military should pull
            // out of Iraq".)
            if cx.doc.syntax(cx.doc.sentence_of(v)).is_some_and(|syn| narrated_belief(cx, &syn, v))
            {
                break;
            }
            let target = act_of(cx, t, format!("target of the announced '{}'", ev.trigger.text));
            let why = format!("announces '{}' ({}) by its own side", ev.trigger.text, ev.code);
            out.push(SpeechAct { tok: v, sources: sources.clone(), target, code, why });
            break;
        }
    }
    out
}

/// Verbs that present what was said as a charge the speaker cannot prove: "claimed that",
/// "alleged that", "contended that".
static CLAIMING: comity_text::WordSet = comity_text::WordSet::new(&[
    "claim",
    "claims",
    "claimed",
    "claiming",
    "allege",
    "alleges",
    "alleged",
    "alleging",
    "contend",
    "contends",
    "contended",
    "charge",
    "charges",
    "charged",
]);

/// Verbs of plainly saying, by which what was said charges a deed to its doer only when the
/// deed is force against the unarmed or against the speaker's state (see
/// [`accusation_acts`]): not "reported" or "believes".
static CHARGING: comity_text::WordSet = comity_text::WordSet::new(&[
    "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "insisted",
    "insists", "argued", "argues", "stressed",
]);

/// Verbs of reporting, by which a human-rights group charges what it reports (see
/// [`accusation_acts`]).
static REPORTING: comity_text::WordSet = comity_text::WordSet::new(&[
    "report",
    "reports",
    "reported",
    "documented",
    "documents",
    "found",
    "finds",
]);

/// Whether an actor code is a human-rights group's: Amnesty International, Human Rights Watch,
/// or a group the Phoenix lexicon files under human rights (`NGOHRI...`).
fn rights_group(code: &str) -> bool {
    matches!(code, "NGOAMN" | "NGOHRW") || code.starts_with("NGOHRI")
}

/// Verbs of announcing, by which a force planned by the speaker's side is threatened.
static ANNOUNCING: comity_text::WordSet = comity_text::WordSet::new(&[
    "announced",
    "announces",
    "declared",
    "declares",
    "warned",
    "warns",
    "vowed",
    "vows",
    "threatened",
    "threatens",
    "pledged",
    "pledges",
    "promised",
    "promises",
]);

/// Pronouns that may stand for the speaker's own side.
const PRONOUNS: &[&str] =
    &["it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "i"];

/// Accusations: "X claimed/alleged that Y attacked Z", where what was said holds an event of
/// conflict (CAMEO roots 11 to 20) done by another country or by the other side at home
/// (state or not), is X accusing Y (112), beside the
/// reported event itself. Plainly said ("said", "told", "stated"), the deed reported accuses
/// its doer when it is force or coercion (roots 17 to 20) against people who do not fight
/// (civilians, doctors, journalists, ...) or against the speaker's own state: "the Iraqi
/// government said that the insurgents were killing doctors", "Georgia said Russian jets
/// bombed its villages" (the gold guidelines: "X said Y had attacked Z" is also X 112 Y). A
/// state reporting what its own state did accuses no one, nor does a report of a fight both
/// sides waged.
pub(crate) fn accusation_acts(
    cx: &Ctx<'_>,
    said: &[Utterance],
    events: &[crate::Coded],
) -> Vec<SpeechAct> {
    let mut out = Vec::new();
    let state =
        |c: &str| matches!(c.get(3..6), None | Some("GOV" | "MIL" | "COP" | "JUD" | "SPY" | "LEG"));
    // (Plainly said, a charge is a party's: the police, a court, an aid worker or a journalist
    // telling what happened reports a crime, charging no one.)
    // (A human-rights group is the exception: what it says or reports of force against people
    // is its charge, "Human Rights Watch reports that the police use emergency laws to detain
    // bloggers".)
    let party = |c: &str| {
        rights_group(c)
            || !matches!(
                c.get(3..6),
                Some("COP" | "JUD" | "NGO" | "MED" | "CVL" | "HLH" | "EDU" | "BUS" | "REL")
            ) && !c.starts_with("NGO")
    };
    for &Utterance { v, ref sources, a, b, .. } in said {
        let claiming = CLAIMING.contains(&cx.norms[v]);
        let charging = CHARGING.contains(&cx.norms[v])
            || rights_group(&sources[0].code) && REPORTING.contains(&cx.norms[v]);
        // (A news outlet reports; only when it claims or alleges does it charge: "the head of
        // the state broadcaster claimed the rebels had attacked journalists".)
        if !claiming
            && (!(charging && party(&sources[0].code)) || sources.iter().all(|x| is_media(&x.code)))
        {
            continue;
        }
        let speaker = sources[0].code.as_str();
        let conflict = |code: &str| crate::cameo_root(code).is_some_and(|r| (11..=20).contains(&r));
        // What plainly saying a deed charges: force or coercion done, by a named doer who is
        // not of the speaker's own state, to the unarmed or to the speaker's state, and not
        // fought both ways.
        let charged = |e: &crate::Coded| {
            let ev = &e.event;
            let Some(t) = ev.target.as_ref() else { return false };
            let y = ev.source.code.as_str();
            let unarmed = matches!(
                t.code.get(3..6),
                Some(
                    "CVL"
                        | "PPL"
                        | "REF"
                        | "HLH"
                        | "EDU"
                        | "MED"
                        | "REL"
                        | "NGO"
                        | "LAB"
                        | "ACT"
                        | "OPP"
                )
            );
            let own = t.code.get(..3) == speaker.get(..3) && state(&t.code) && state(speaker);
            let mutual = events.iter().any(|o| {
                o.verb_tok == e.verb_tok
                    && o.event.source.code == t.code
                    && o.event.target.as_ref().is_some_and(|x| x.code == y)
            });
            matches!(ev.modality, comity_core::Modality::Asserted | comity_core::Modality::Reported)
                && crate::cameo_root(&ev.code).is_some_and(|r| (17..=20).contains(&r))
                && !(y.get(..3) == speaker.get(..3) && state(y) && state(speaker))
                // (A doer only implied, "were detained" by some country's authorities, is no
                // one the speaker names: its words are the verb's.)
                && ev.source.span != ev.trigger.span
                && (unarmed || own)
                && !mutual
        };
        let Some(e) = events.iter().find(|e| {
            (a..b).contains(&e.verb_tok)
                && e.verb_tok != v
                && conflict(&e.event.code)
                && e.event.source.code != speaker
                && (if claiming {
                    // (Of another country, or of the other side at home: "President Karimov
                    // claimed that insurgents seized the government building".)
                    let doer = e.event.source.code.as_str();
                    doer.get(..3) != speaker.get(..3) || state(doer) != state(speaker)
                } else {
                    charged(e)
                })
                // "Israeli forces claimed it had killed ...": a pronoun in what a speaker
                // claims is most often the speaker's own side. (The actor's text is what the
                // pronoun was resolved to; its span is still the pronoun's.)
                && !cx.norms.get(token_at(cx, e.event.source.span[0])).is_some_and(|w| PRONOUNS.contains(w))
        }) else {
            continue;
        };
        let ev = &e.event;
        let target = act_of(cx, &ev.source, format!("doer of the alleged '{}'", ev.trigger.text));
        let why = format!("claims that '{}' ({}) was done", ev.trigger.text, ev.code);
        out.push(SpeechAct { tok: v, sources: sources.clone(), target, code: "112", why });
    }
    out
}

/// An actor of an event already coded, as an actor of a new one: its tokens found again from
/// its byte span, its words kept as its name.
fn act_of(cx: &Ctx<'_>, r: &comity_core::ActorRef, entry: String) -> Act {
    let (first, last) = (token_at(cx, r.span[0]), token_at(cx, r.span[1]));
    Act {
        code: r.code.clone(),
        first,
        last: last.max(first + 1),
        entry,
        named: Some(r.text.clone()),
    }
}

/// The first token starting at or after byte `at`.
pub(crate) fn token_at(cx: &Ctx<'_>, at: usize) -> usize {
    cx.doc.tokens.partition_point(|k| (k.start as usize) < at)
}
