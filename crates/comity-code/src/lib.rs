//! Code stage: turns a recognised article into events, quotes, attributions and flows.
//!
//! The grammar is shallow and works on the sentence text alone (no constituency parse): verbs
//! are found from the verb dictionary and told apart from nouns by their neighbours; the source
//! is the actor phrase before the verb group (with compounds, relative pronouns, passives and
//! inheritance across "to" and "and"), the target comes from the verb pattern or is the first
//! actor after the verb that is not a place. Modality comes from the verb group (negation,
//! modals, "plans to"), from denials in scope, and from reported speech; attribution from the
//! quote or claim the verb stands in.

mod antecedent;
mod flows;
mod gate;
pub mod gold;
mod grammar;
mod nominal;
pub mod petrarch;
mod quotes;
mod roles;
mod speech;
pub mod validate;

use comity_core::{
    ActorRef, Article, CodedArticle, DateMention as OutDate, Deadline, Event, Explanation,
    Modality, Organization, Person, Place, Quote, QuoteKind, Span, Speaker, TimedOut, Trigger,
    quad_class,
};
use comity_dict::{Dictionaries, Elem, Form, Pattern};
use comity_recognise::{Mention, MentionKind, Recognised, recognise_within};
use comity_text::{Doc, Kind, Parser, Rel, SentenceRange, Syntax, Upos};
use grammar::*;

/// Coder options (those the PETRARCH validation records carry in `config` among them).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Drop events without a target. None: the default, true (as PETRARCH and ICEWS do; the
    /// gold set's guidelines record one-sided events only when clearly newsworthy).
    pub require_dyad: Option<bool>,
    /// PETRARCH coder: a name of at most this many words that no dictionary knows becomes an
    /// actor coded by its own text (0: off).
    pub new_actor_length: usize,
    /// PETRARCH coder: TABARI's comma rules (which comma-delimited asides are left out).
    pub commas: petrarch::CommaRules,
    /// Attach the dictionary entries and pattern behind each event.
    pub explain: bool,
    /// Keep events that the text says did not or may not happen (modality negated,
    /// hypothetical, denied or merely possible: "did not attack", "if Iran attacks", "denied
    /// attacking", "the EU may cut off aid"). Off by default: a careful coder records none of
    /// them (the refusal, threat or denial itself is the event, and is kept).
    pub unasserted: bool,
}

/// Whether an event with this modality is one the text says happened, happens or will
/// happen (not negated, hypothetical, denied or only possible: "the U.S. may defend Taiwan",
/// "authorities can restrict movements" report no act).
pub fn is_event_modality(m: Modality) -> bool {
    !matches!(m, Modality::Negated | Modality::Hypothetical | Modality::Denied | Modality::Possible)
}

/// A coder: dictionaries plus options. Cheap to share across threads.
pub struct Coder {
    pub dict: Dictionaries,
    pub options: Options,
    /// The discard phrases of `dict` by first word, so that finding one in a sentence is one
    /// look-up per token (built with the coder).
    discards: DiscardIndex,
    /// The phrases of the speech acts' word sets by first word (`speech::classify`).
    acts: speech::ActIndex,
}

/// Discard phrases by their first word: indices into `Dictionaries::discards`.
#[derive(Default)]
struct DiscardIndex {
    by_first: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Whether a phrase of no words is listed, at sentence level ([0]) and story level ([1]).
    empty: [bool; 2],
}

impl DiscardIndex {
    fn new(dict: &Dictionaries) -> DiscardIndex {
        let mut index = DiscardIndex::default();
        for (k, d) in dict.discards.iter().enumerate() {
            match d.words.first() {
                Some(w) => index.by_first.entry(w.clone()).or_default().push(k),
                None => index.empty[usize::from(d.story)] = true,
            }
        }
        index
    }
}

/// An actor taking part in an event, before it becomes an [`ActorRef`].
#[derive(Debug, Clone)]
struct Act {
    code: String,
    first: usize,
    last: usize,
    entry: String,
    /// The actor's name where the words at `first..last` do not say it: the antecedent of a
    /// pronoun ("he" -> "Vladimir Putin"), reported as the actor's text.
    named: Option<String>,
}

/// Who an utterance comes from.
#[derive(Debug, Clone)]
pub(crate) struct SpeakerRef {
    name: String,
    person: Option<usize>,
    code: Option<String>,
    /// The speaker's role where the name is their organisation's ("a spokesman for X").
    title: Option<String>,
    /// Tokens of the words that name the speaker (`first..last`), empty when none do.
    words: (usize, usize),
}

/// A reported claim: content tokens and who made it.
#[derive(Debug, Clone)]
pub(crate) struct Claim {
    first: usize,
    last: usize,
    speaker: SpeakerRef,
    /// The speaker as listed: `speaker` once its name is settled, None when no one is named
    /// (only a role or a kind of source, "reports indicate").
    shown: Option<SpeakerRef>,
    cue: String,
}

/// A direct quote: the tokens between its marks.
#[derive(Debug, Clone)]
pub(crate) struct QuoteSpan {
    open: usize,
    /// Token index of the closing mark (or one past the last token when unclosed).
    close: usize,
    speaker: Option<SpeakerRef>,
    cue: Option<String>,
}

enum Subject {
    Mentions(Vec<usize>),
    /// Same subject as the verb at this token.
    Inherit(usize),
    None,
}

struct VerbCand {
    tok: usize,
    lemma: usize,
    form: Form,
    passive: bool,
    /// The verb's roles as the parse reads them, when the sentence is parsed.
    roles: Option<roles::Roles>,
}

pub(crate) struct Ctx<'a> {
    dict: &'a Dictionaries,
    doc: &'a Doc<'a>,
    norms: Vec<&'a str>,
    rec: Recognised,
    /// Per token: 1 + index of the direct quote whose content holds it.
    quote_of: Vec<u32>,
    quotes: Vec<QuoteSpan>,
    claims: Vec<Claim>,
    /// Per token: 1 + index of the first claim holding it, or 0.
    claim_at: Vec<u32>,
    /// Per token: 1 + index of the place mention holding it, or 0.
    place_at: Vec<u32>,
    /// Per token: 1 + index of the nearest earlier token of its sentence that is a clause
    /// break, a denial ("denied") or "if"/"unless"/"whether", or 0.
    clause_mark: Vec<u32>,
    /// Per mention: the mention a pronoun refers to.
    antecedent: Vec<Option<usize>>,
    /// Per mention: the antecedent of a pronoun that lies beyond the reach of events
    /// (`PRONOUN_REACH`), kept for quotes, whose speaker is often named once and then "he
    /// said" for paragraphs.
    far_antecedent: Vec<Option<usize>>,
    /// The country the article's places lie in (see [`scene_country`]).
    scene_country: Option<String>,
    /// Per mention: for a pair description ("the two leaders", "both countries"), the two
    /// actors it stands for (see [`resolve_pairs`]).
    pairs: Vec<Option<[usize; 2]>>,
}

impl Coder {
    pub fn new(dict: Dictionaries) -> Coder {
        Coder::with_options(dict, Options::default())
    }

    pub fn with_options(dict: Dictionaries, options: Options) -> Coder {
        // The parser's model is read once, here, not inside the first article's time budget.
        if dict.petrarch.is_none() || options.explain {
            Parser::english();
        }
        let discards = DiscardIndex::new(&dict);
        let acts = speech::ActIndex::new(&dict);
        Coder { dict, options, discards, acts }
    }

    /// Codes one article. Never panics on any text.
    pub fn code(&self, article: &Article) -> CodedArticle {
        // Without a deadline nothing times out.
        match self.code_within(article, &Deadline::none()) {
            Ok(c) => c,
            Err(_) => self.output_empty(article),
        }
    }

    /// Codes one article, giving up with [`TimedOut`] once `deadline` has passed. The deadline
    /// is checked between stages, per sentence and every few thousand tokens in the long
    /// loops, so the article's coding stops soon after its budget runs out.
    pub fn code_within(
        &self,
        article: &Article,
        deadline: &Deadline,
    ) -> Result<CodedArticle, TimedOut> {
        let mut doc = Doc::new(&article.text);
        gate::begin_article(&article.id);
        deadline.check()?;
        let mut rec = recognise_within(&doc, &self.dict, article.date, deadline)?;
        // Story and sentence discards (built-in coding; PETRARCH's matcher has its own).
        let (story_discard, discarded) =
            if self.dict.petrarch.is_none() { self.discards_of(&doc) } else { (false, Vec::new()) };
        if self.dict.petrarch.is_none() || self.options.explain {
            let skip = self.dict.petrarch.is_none().then_some((story_discard, &discarded[..]));
            self.parse_candidates(&mut doc, &rec, skip, deadline)?;
            adjective_roles(&doc, &mut rec);
        }
        let norms: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.norm(i)).collect();
        let n = doc.tokens.len();
        let scene_country = scene_country(&rec.places);
        let mut cx = Ctx {
            dict: &self.dict,
            doc: &doc,
            norms,
            antecedent: vec![None; rec.mentions.len()],
            far_antecedent: vec![None; rec.mentions.len()],
            pairs: vec![None; rec.mentions.len()],
            rec,
            quote_of: vec![0; n],
            quotes: Vec::new(),
            claims: Vec::new(),
            claim_at: Vec::new(),
            place_at: Vec::new(),
            clause_mark: Vec::new(),
            scene_country,
        };
        let mut place_at = vec![0u32; n];
        for (i, p) in cx.rec.places.iter().enumerate() {
            for t in place_at.iter_mut().take(p.last.min(n)).skip(p.first) {
                if *t == 0 {
                    *t = i as u32 + 1;
                }
            }
        }
        cx.place_at = place_at;
        let mut clause_mark = vec![0u32; n];
        for s in &doc.sentences {
            let mut last = 0u32;
            let range = s.first.min(n)..s.last.min(n);
            let mut prev = "";
            for (t, (mark, w)) in
                clause_mark[range.clone()].iter_mut().zip(&cx.norms[range]).enumerate()
            {
                *mark = last;
                // ", and" joins a new clause ("Russia denied ..., and China praised Japan").
                let comma_and = *w == "and" && prev == ",";
                if CLAUSE_BREAKS.contains(w)
                    || DENY.contains(w)
                    || HYPOTHETICAL_MARKS.contains(w)
                    || comma_and
                {
                    last = (s.first + t) as u32 + 1;
                }
                prev = w;
            }
        }
        cx.clause_mark = clause_mark;
        quotes::find_quote_spans(&mut cx);
        resolve_pronouns(&mut cx);
        coordinated_antecedents(&mut cx);
        resolve_pairs(&mut cx);
        quotes::find_speakers(&mut cx);
        quotes::find_claims(&mut cx);
        deadline.check()?;
        if let Some(set) = &self.dict.petrarch {
            let (events, issues, story_discard) =
                self.code_petrarch(&cx, set, article, deadline)?;
            deadline.check()?;
            let flows = flows::find_flows(&cx, &events);
            quotes::refine_speakers(&mut cx);
            let mut out = self.output(
                &cx,
                article,
                events.into_iter().map(|e| e.event).collect(),
                flows,
                story_discard,
            );
            out.issues = issues;
            return Ok(out);
        }
        let mut events = Vec::new();
        if !story_discard {
            for (si, s) in doc.sentences.iter().enumerate() {
                deadline.check()?;
                if !discarded[si] {
                    self.code_sentence(&cx, si, s, &mut events, deadline)?;
                }
            }
            for (si, act) in speech::quote_acts(self, &cx) {
                let s = &doc.sentences[si];
                if discarded[si] {
                    continue;
                }
                self.emit(&cx, si, s, doc.syntax(si).as_ref(), act.into(), "quote", &mut events);
            }
        }
        let mut with_intents = Vec::with_capacity(events.len());
        // (What was published was not yielded, and was not announced as a yield either.)
        events.retain(|c| !released_publication(&cx, c) && !signed_letter(&cx, c));
        // A document standing for its author ("the resolution calls for", "welcomed the
        // decision") says, asks and is judged; it neither threatens nor acts ("the resolution
        // threatens its partnership", "the lifting of an embargo" it calls for).
        events.retain(|c| {
            let document = |at: usize| {
                cx.rec.mention(speech::token_at(&cx, at)).is_some_and(comity_recognise::is_document)
            };
            let sides = std::iter::once(c.event.source.span[0])
                .chain(c.event.target.as_ref().map(|t| t.span[0]));
            cameo_root(&c.event.code).is_some_and(|r| matches!(r, 1..=5 | 9..=12))
                || !sides.into_iter().any(document)
        });
        let pairs: std::collections::HashSet<(usize, String, String)> = events
            .iter()
            .filter_map(|c| {
                let t = c.event.target.as_ref()?;
                Some((c.verb_tok, c.event.source.code.clone(), t.code.clone()))
            })
            .collect();
        for mut c in events {
            let root = cameo_root(&c.event.code).unwrap_or(0);
            let syn = doc.syntax(c.event.sentence);
            // "Gunmen tried to storm the British embassy": an attempt at force is the attack
            // made (CAMEO codes attempted assaults and assassinations as the act), no threat.
            if c.event.modality == Modality::Planned && attempted(&cx, &c) {
                match root {
                    18..=20 => {
                        c.event.modality = if c.event.attributed_to.is_some() {
                            Modality::Reported
                        } else {
                            Modality::Asserted
                        };
                    }
                    // "aid workers were killed because they were trying to help villagers": help
                    // tried is a motive, neither an intent announced nor aid given.
                    3..=7 => c.event.modality = Modality::Possible,
                    _ => {}
                }
            }
            // "militants who target civilians", "Iran, which supports Hezbollah": material acts
            // in a relative clause of the plain present are habits or standing relations, not
            // acts that took place (a verbal act, "Hamas, which refuses to recognize Israel",
            // is said anew); so is support told of whom a noun names.
            if matches!(c.event.modality, Modality::Asserted | Modality::Reported)
                && matches!(root, 5..=7 | 17..=20)
                && syn.as_ref().is_some_and(|syn| {
                    roles::habit(&cx, syn, c.verb_tok)
                        || roles::support_described(&cx, syn, c.verb_tok, {
                            let armed = c.event.target.as_ref().is_some_and(|t| {
                                matches!(t.code.get(3..6), Some("REB" | "UAF" | "INS"))
                            });
                            root == 7 || armed
                        })
                })
            {
                c.event.modality = Modality::Possible;
            }
            // "marched to defend their children's right", "the objective of the visit was to
            // fortify the cooperation", "its main objectives will be to provide security":
            // help and support a deed or a trip is for, and the cooperation an aim names, are
            // purposes, not deeds done or announced (judges read each as no event). (Work a
            // stay is for is done in it: "US units stayed to train Iraqi forces".) Nor is what
            // a body was founded to do, whatever it is: "the NDA, formed in 1989 to oppose
            // Bashir".
            if matches!(
                c.event.modality,
                Modality::Asserted | Modality::Reported | Modality::Planned
            ) && syn.as_ref().is_some_and(|syn| {
                match roles::purpose(self, &cx, syn, c.verb_tok) {
                    Some(roles::Purpose::Of(h)) if roles::FOUNDING.contains(&syn.lemma(h)) => true,
                    _ if !matches!(root, 3 | 5..=7) => false,
                    Some(roles::Purpose::Aim) => true,
                    // (The purpose of a deed only planned or asked for is part of the
                    // plan, "intends to start using the money to provide arms to the
                    // rebels"; a trip's purpose is no event whatever the trip, "would go
                    // to the World Cup to support the French team".)
                    Some(roles::Purpose::Of(h)) if root != 6 => {
                        let s = &doc.sentences[c.event.sentence];
                        roles::TRAVEL.contains(&syn.lemma(h))
                            || matches!(
                                self.modality(&cx, s, h),
                                Modality::Asserted | Modality::Reported
                            ) && roles::governing_modality(&cx, syn, h).is_none()
                    }
                    _ => false,
                }
            }) {
                c.event.modality = Modality::Possible;
            }
            // "spoke about the cooperation between Dutch and Belgian forces", "issues such as
            // closer cooperation between both states": cooperation named as a topic is
            // none reported (judges read each as no event).
            if root == 6
                && is_event_modality(c.event.modality)
                && syn.as_ref().is_some_and(|syn| roles::topic(&cx, syn, c.verb_tok))
            {
                c.event.modality = Modality::Possible;
            }
            // "the president's planned journey to Poland, which was cancelled", "the talks, later called
            // off": an act whose noun a clause says was cancelled did not take place.
            if is_event_modality(c.event.modality)
                && syn.as_ref().is_some_and(|syn| roles::cancelled(syn, c.verb_tok))
            {
                c.event.modality = Modality::Negated;
            }
            let reverse = reverse_half(&c, &pairs);
            // A plan is coded as the intent it announces, the guidelines' and CAMEO's reading:
            // a planned meeting or visit as the intent to meet ("plans to visit B": 036), a
            // planned use of force as the threat it makes ("will now fight the state of
            // Israel": 138), a planned deployment as the intent to give military aid
            // ("planning to deploy troops to support Russia": 033, and 074 planned). Aid aside,
            // the planned act itself is kept only among the unasserted events (independent
            // judges found three in four planned acts kept beside their intent wrong or only
            // partly right).
            // (A use of force planned but told as no threat is no act yet either.)
            let force = matches!(cameo_root(&c.event.code), Some(18..=20));
            match self.announced_plan(&cx, &c, reverse) {
                // Its reverse half announces no intent and is no act yet.
                None if c.event.modality == Modality::Planned && (reverse || force) => {
                    if self.options.unasserted {
                        with_intents.push(c);
                    }
                }
                Some(intent) => {
                    // (Military aid and protection stay beside their intent: an analyst follows
                    // "planning to deploy soldiers to support Russia" as the military aid it
                    // plans. Other aid is its intent alone: "the WTO is willing to help Benin's
                    // economy" offers aid (033) and gives none yet, judges found.)
                    if self.options.unasserted
                        || matches!(c.event.code.get(..3), Some("072" | "074"))
                    {
                        with_intents.push(c);
                    }
                    with_intents.push(intent);
                }
                None => with_intents.push(c),
            }
        }
        let mut events = with_intents;
        threats_made(&cx, self, &mut events);
        dedupe(&mut events);
        let builtin = self.dict.petrarch.is_none();
        for c in &mut events {
            rehome_role(&cx, &mut c.event);
            if let Some(code) = verbal_attack(&cx, c)
                .or_else(|| civilian_force(&c.event))
                .or_else(|| armed_backing(&cx, c))
                .or_else(|| legal_charge(&c.event))
            {
                self.recode(&mut c.event, code);
            }
        }
        events.retain(|c| {
            let e = &c.event;
            let dropped = own_country(&cx, e)
                || outside_sector(e)
                || blamed_people(e)
                || signed_paper(&cx, c)
                || press_conference_at_home(&cx, c)
                || own_forces_given(e)
                || (builtin && (bare_statement(e) || warned_of_others(self, &cx, c)));
            !dropped
        });
        if !self.options.unasserted {
            events.retain(|c| is_event_modality(c.event.modality));
        }
        deadline.check()?;
        let flows = flows::find_flows(&cx, &events);
        quotes::refine_speakers(&mut cx);
        Ok(self.output(
            &cx,
            article,
            events.into_iter().map(|e| e.event).collect(),
            flows,
            story_discard,
        ))
    }

    /// Per sentence (byte span), the codes of the actor mentions recognised in it, pronouns
    /// left out: what the scorer uses to say why nothing was coded in a sentence.
    pub fn sentence_actors(&self, article: &Article) -> Vec<(Span, Vec<String>)> {
        let doc = Doc::new(&article.text);
        let rec =
            recognise_within(&doc, &self.dict, article.date, &Deadline::none()).unwrap_or_default();
        let mut out: Vec<(Span, Vec<String>)> =
            doc.sentences.iter().map(|s| (doc.span_of(s.first, s.last), Vec::new())).collect();
        let mut si = 0;
        for m in &rec.mentions {
            while si < doc.sentences.len() && doc.sentences[si].last <= m.first {
                si += 1;
            }
            if let (Some(code), Some(slot)) = (m.code.as_ref(), out.get_mut(si)) {
                slot.1.push(code.clone());
            }
        }
        out
    }

    /// An article coded as holding nothing.
    fn output_empty(&self, article: &Article) -> CodedArticle {
        CodedArticle {
            id: article.id.clone(),
            date: article.date.map(|d| d.to_string()),
            title: article.title.clone(),
            sentences: 0,
            events: Vec::new(),
            quotes: Vec::new(),
            amounts: Vec::new(),
            places: Vec::new(),
            dates: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            flows: Vec::new(),
            issues: Vec::new(),
            discarded: false,
        }
    }

    /// The CAMEO name and Goldstein value of a code (empty and 0 for a code the table lacks).
    fn cameo_name(&self, code: &str) -> (String, f32) {
        match self.dict.cameo(code) {
            Some(c) => (c.name.clone(), c.goldstein),
            None => (String::new(), 0.0),
        }
    }

    /// Gives event `e` another CAMEO code, with that code's name, Goldstein value and quad class.
    fn recode(&self, e: &mut Event, code: &str) {
        let (name, goldstein) = self.cameo_name(code);
        e.code = code.to_string();
        e.name = name;
        e.goldstein = goldstein;
        e.quad_class = quad_class(code);
    }

    /// An event from its parts; name and Goldstein value come from the CAMEO table.
    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        cx: &Ctx<'_>,
        at: &EventSite<'_>,
        src: &Act,
        tgt: Option<&Act>,
        code: String,
        explain: Option<Explanation>,
        place: &Option<String>,
        date: &Option<String>,
    ) -> Event {
        let (name, goldstein) = self.cameo_name(&code);
        Event {
            source: act_ref(cx, src),
            target: tgt.map(|t| act_ref(cx, t)),
            quad_class: quad_class(&code),
            code,
            name,
            goldstein,
            modality: at.modality,
            attributed_to: at.attributed_to.clone(),
            sentence: at.si,
            span: [at.s.start, at.s.end],
            trigger: Trigger {
                text: cx.doc.surface(at.tok).to_string(),
                span: cx.doc.tokens[at.tok].span(),
            },
            place: place.clone(),
            date: date.clone(),
            explain,
        }
    }

    /// A plan or promise of an act is also CAMEO's intent to do it, and that intent is what
    /// the text reports as done: beside the planned act itself ("will visit Riyadh", planned
    /// 042), "Bush will visit Riyadh" is USA 036 SAU (intent to meet), "Australia will send 200
    /// troops to Afghanistan" 033 (intent to provide aid), a planned strike 138 (threaten
    /// force). None for acts with no intent code.
    /// An act said to be only possible on a condition ("the EU may halt its mediation if
    /// the parties fail to cooperate", "may impose sanctions unless") is a threat in the same
    /// way; a possible act with no condition is no intent.
    fn announced_plan(&self, cx: &Ctx<'_>, c: &Coded, reverse_half: bool) -> Option<Coded> {
        let possible = c.event.modality == Modality::Possible;
        if !(c.event.modality == Modality::Planned || possible) || reverse_half {
            return None;
        }
        let intent = speech::intent_of(cx, &c.event.code, c.verb_tok)?;
        if possible && !(intent.starts_with("13") && speech::on_condition(cx, c.verb_tok)) {
            return None;
        }
        // Force planned is a threat only as one made: on a condition ("will attack Iran if",
        // "freed or they will shoot the pilot") or in the words quoted of whoever plans it. A
        // plan others tell of is none ("the government's choice to invade Iraq", "U.S. troops
        // who were preparing to attack the town", "reports that Washington would launch air
        // strikes").
        if intent == "138" && !threat_made(cx, &c.event, c.verb_tok) {
            return None;
        }
        let mut out = c.clone();
        let e = &mut out.event;
        self.recode(e, intent);
        e.modality =
            if e.attributed_to.is_some() { Modality::Reported } else { Modality::Asserted };
        Some(out)
    }

    /// Whether the word `w` is a dictionary verb one of whose patterns may match the words
    /// `after` it (the first eight are read); with `force_scene`, only a verb that may take
    /// the country where it happened as its target counts. The parse's pre-test and the parse
    /// gate's features both ask this.
    pub(crate) fn verb_may_trigger(&self, w: &str, after: &[&str], force_scene: bool) -> bool {
        self.dict.verbs.lookup(w).iter().any(|&(l, _)| {
            let lemma = &self.dict.verbs.lemmas[l];
            (!force_scene || lemma.patterns.iter().any(|p| takes_scene_alone(&p.code)))
                && lemma.may_match(&after[..after.len().min(8)])
        })
    }

    /// Parses the sentences that can hold a dyadic event: those with two actor mentions and a
    /// trigger word (a dictionary verb, an event noun, a verb of saying). The rest are never
    /// parsed, which keeps the pipeline fast.
    fn parse_candidates(
        &self,
        doc: &mut Doc<'_>,
        rec: &Recognised,
        discards: Option<(bool, &[bool])>,
        deadline: &Deadline,
    ) -> Result<(), TimedOut> {
        let parser = Parser::english();
        // Nothing is coded in a discarded story or sentence: parse none of it.
        if discards.is_some_and(|(story, _)| story) {
            return Ok(());
        }
        let mut mi = 0;
        let mut pi = 0;
        // Parsed a few at a time: Parser::parse_many overlaps their memory look-ups.
        let mut batch = Vec::new();
        for si in 0..doc.sentences.len() {
            if batch.len() == 8 {
                doc.parse_sentences(&batch, parser);
                batch.clear();
            }
            deadline.check()?;
            if discards.is_some_and(|(_, sentences)| sentences.get(si).copied().unwrap_or(false)) {
                continue;
            }
            let s = doc.sentences[si];
            while mi < rec.mentions.len() && rec.mentions[mi].last <= s.first {
                mi += 1;
            }
            // Places are in text order, as mentions are: one pass over each for the article.
            while pi < rec.places.len() && rec.places[pi].first < s.first {
                pi += 1;
            }
            // Two different actors (a pronoun may stand for any; "Russian President Putin
            // said" names one): a source and a target. A lone actor can only give a one-sided
            // event, which the word-window rules code as well.
            let in_sentence = || rec.mentions[mi..].iter().take_while(|m| m.first < s.last);
            // One actor and a place of another country: an act of force there may have that
            // country as its target ("Israeli jets struck a lighthouse in central Beirut").
            let two_actors = names_two_actors(in_sentence());
            let force_scene = !two_actors && {
                let own: Vec<&str> =
                    in_sentence().filter_map(|m| m.code.as_deref()?.get(..3)).collect();
                !own.is_empty()
                    && rec.places[pi..].iter().take_while(|p| p.first < s.last).any(|p| {
                        p.last <= s.last
                            && p.country.len() == 3
                            && !own.contains(&p.country.as_str())
                    })
            };
            // One actor that underwent an arrest, a charge or an expulsion told in the passive
            // with no agent ("El-Attar was arrested in January"): the authorities behind it are
            // implied (`implied_authorities`), which reads the parse.
            let implied_agent = !two_actors
                && !force_scene
                && in_sentence().next().is_some()
                && (s.first + 1..s.last).any(|k| {
                    IMPLIED_AUTHORITIES.iter().any(|(_, p, _)| *p == doc.norm(k))
                        && (BE.contains(&doc.norm(k - 1))
                            || k >= s.first + 2
                                && PASSIVE_ADVERBS.contains(&doc.norm(k - 1))
                                && BE.contains(&doc.norm(k - 2)))
                        && !(k + 1..s.last.min(k + 3)).any(|j| doc.norm(j) == "by")
                });
            // Protests with a place and no one named to hold them ("protests continue in
            // Venezuela", "anti-government protests erupted in Bangkok"): their protesters
            // are the place's people (nominal.rs), which reads the parse.
            let crowd_protest = !two_actors
                && (s.first..s.last).any(|k| nominal::CROWD_PROTESTS.contains(&doc.norm(k)))
                && (in_sentence().next().is_some()
                    || rec.places[pi..].iter().take_while(|p| p.first < s.last).next().is_some());
            // A restriction told in the passive with no agent ("a state of emergency was
            // declared in the capital", "all protests are banned"): the government behind it
            // is implied, which reads the parse.
            let passive_restriction = (s.first + 1..s.last).any(|k| {
                RESTRICTING_PARTICIPLES.contains(&doc.norm(k)) && BE.contains(&doc.norm(k - 1))
            });
            if implied_agent || crowd_protest || passive_restriction {
                batch.push(si);
                continue;
            }
            if !two_actors && !force_scene {
                continue;
            }
            // A dictionary verb counts when one of its patterns may match the words after it
            // (a verb known only by idioms, "take ... control", needs one of their words); a
            // verb of saying only with words that make what was said an act: a bare "X said"
            // codes nothing, parsed or not.
            let words: Vec<&str> = (s.first..s.last).map(|k| doc.norm(k)).collect();
            let saying = !force_scene
                && words.iter().any(|w| SPEECH.contains(w) || speech::CALLING.contains(w));
            let has_trigger = (s.first..s.last).any(|k| {
                doc.tokens[k].kind == Kind::Word
                    && ((!force_scene
                        && (self.dict.nominal(doc.norm(k)).is_some()
                            || nominal::is_stance(doc.norm(k))))
                        || self.verb_may_trigger(
                            doc.norm(k),
                            &words[k + 1 - s.first..],
                            force_scene,
                        ))
            }) || (saying
                && (speech::classify(self, &words).is_some()
                    // "called the plan an insult", "said the plan was an insult": a label
                    // of blame after a verb of calling or of saying.
                    || (0..words.len()).any(|i| speech::is_label(self, &words[i..i + 1]))));
            // Of those, the ones the parse gate deems worth it (gate.rs).
            let here = in_sentence().count();
            if has_trigger
                && gate::worth_parsing(
                    self,
                    doc,
                    &rec.mentions[mi..mi + here],
                    si,
                    force_scene,
                    &words,
                )
            {
                batch.push(si);
            }
        }
        doc.parse_sentences(&batch, parser);
        Ok(())
    }

    /// Events from PETRARCH/TABARI dictionaries, sentence by sentence, with modality,
    /// attribution, place and date from the rest of the pipeline. True when a story-level
    /// discard phrase matched (nothing is coded then).
    fn code_petrarch(
        &self,
        cx: &Ctx<'_>,
        set: &comity_dict::PetrarchSet,
        article: &Article,
        deadline: &Deadline,
    ) -> Result<(Vec<Coded>, Vec<comity_core::IssueMention>, bool), TimedOut> {
        let doc = cx.doc;
        let opts = petrarch::PetrarchOptions {
            require_dyad: self.options.require_dyad.unwrap_or(true),
            new_actor_length: self.options.new_actor_length,
            commas: self.options.commas,
        };
        let mut out = Vec::new();
        let mut issues = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            // The matcher may look from each verb to either end of its sentence: a sentence
            // longer than MAX_PETRARCH_TOKENS is coded in pieces of that many tokens (news
            // sentences are far shorter and are coded whole).
            let mut piece = s.first;
            while piece < s.last {
                let piece_end = (piece + MAX_PETRARCH_TOKENS).min(s.last);
                let start = doc.tokens[piece].start as usize;
                let end = doc.tokens[piece_end - 1].end as usize;
                piece = piece_end;
                deadline.check()?;
                let Some(text) = article.text.get(start..end) else { continue };
                let coding =
                    petrarch::code_sentence_within(set, text, article.date, &opts, deadline)?;
                match &coding.discard {
                    Some(d) if d.story => return Ok((Vec::new(), Vec::new(), true)),
                    Some(_) => break,
                    None => {}
                }
                for (k, sp) in &coding.issues {
                    let span = [start + sp[0], start + sp[1]];
                    let spec = &set.issues[*k];
                    issues.push(comity_core::IssueMention {
                        issue: spec.issue.clone(),
                        category: spec.category.clone(),
                        text: article.text.get(span[0]..span[1]).unwrap_or("").to_string(),
                        sentence: si,
                        span,
                    });
                }
                for e in coding.events {
                    let abs = |sp: [usize; 2]| [start + sp[0], start + sp[1]];
                    let verb = abs(e.verb);
                    // The token of the verb, for modality, attribution, place and date.
                    let v = s.first
                        + doc.tokens[s.first..s.last]
                            .partition_point(|t| (t.start as usize) < verb[0]);
                    let v = if v < s.last { v } else { s.first };
                    let modality = self.modality(cx, s, v);
                    let (attributed_to, reported) = attribution(cx, v);
                    let modality = if modality == Modality::Asserted && reported {
                        Modality::Reported
                    } else {
                        modality
                    };
                    let actor = |code: &str, span: Option<[usize; 2]>| {
                        let span = span.map(abs).unwrap_or(verb);
                        ActorRef {
                            code: code.to_string(),
                            text: article.text.get(span[0]..span[1]).unwrap_or("").to_string(),
                            span,
                        }
                    };
                    let (name, goldstein) = self.cameo_name(&e.code);
                    let trigger_text = article.text.get(verb[0]..verb[1]).unwrap_or("").to_string();
                    let explain = self.options.explain.then(|| Explanation {
                        verb: trigger_text.clone(),
                        verb_span: verb,
                        pattern: match e.pattern_line {
                            Some(l) => format!("verb block {} pattern at line {l}", e.block),
                            None => format!("verb block {} (the verb's own code)", e.block),
                        },
                        source_entry: e.source.clone(),
                        target_entry: Some(e.target.clone()),
                        rule: "PETRARCH dictionaries: source is the verb's subject, target the pattern's or the first actor after the verb".into(),
                        relations: Vec::new(),
                        parse: cx.doc.syntax(si).map(|syn| parse_line(cx, &syn)),
                    });
                    let event = Event {
                        source: actor(&e.source, e.source_span),
                        target: (e.target != "---").then(|| actor(&e.target, e.target_span)),
                        quad_class: quad_class(&e.code),
                        code: e.code.clone(),
                        name,
                        goldstein,
                        modality,
                        attributed_to,
                        sentence: si,
                        span: [s.start, s.end],
                        trigger: Trigger { text: trigger_text, span: verb },
                        place: event_place(cx, s, v),
                        date: event_date(cx, s, v),
                        explain,
                    };
                    out.push(Coded {
                        event,
                        lemma: e.block.to_lowercase(),
                        verb_tok: v,
                        match_end: v + 1,
                        sentence_last: s.last,
                    });
                }
            }
        }
        dedupe(&mut out);
        Ok((out, issues, false))
    }

    /// Whether a story-level discard phrase stands in the article, and per sentence whether a
    /// sentence-level one stands in it (a phrase with no words matches any non-empty story or
    /// sentence), in one pass over the tokens (one look-up each).
    fn discards_of(&self, doc: &Doc<'_>) -> (bool, Vec<bool>) {
        let n = doc.tokens.len();
        let mut story = n > 0 && self.discards.empty[1];
        let mut sentences: Vec<bool> =
            doc.sentences.iter().map(|s| s.first < s.last && self.discards.empty[0]).collect();
        // The sentence token i is in, if any (sentences are in text order).
        let mut si = 0;
        for i in 0..n {
            while si < doc.sentences.len() && doc.sentences[si].last <= i {
                si += 1;
            }
            let sentence = doc.sentences.get(si).filter(|s| s.first <= i);
            let Some(ds) = self.discards.by_first.get(doc.norm(i)) else { continue };
            for &k in ds {
                let d = &self.dict.discards[k];
                let end = match (d.story, sentence) {
                    (true, _) => n,
                    (false, Some(s)) => s.last,
                    (false, None) => continue,
                };
                if i + d.words.len() <= end
                    && d.words.iter().enumerate().all(|(j, w)| doc.norm(i + j) == w)
                {
                    if d.story {
                        story = true;
                    } else {
                        sentences[si] = true;
                    }
                }
            }
        }
        (story, sentences)
    }

    fn output(
        &self,
        cx: &Ctx<'_>,
        article: &Article,
        events: Vec<Event>,
        flows: Vec<comity_core::Flow>,
        discarded: bool,
    ) -> CodedArticle {
        let doc = cx.doc;
        let rec = &cx.rec;
        let sent = |t: usize| doc.sentence_of(t);
        let mut quotes_out: Vec<Quote> = Vec::new();
        for q in &cx.quotes {
            let (a, b) = (q.open + 1, q.close.min(doc.tokens.len()));
            if a >= b {
                continue;
            }
            let mut b2 = b;
            while b2 > a && matches!(cx.norms[b2 - 1], "," | ";" | ":") {
                b2 -= 1;
            }
            // Three words or fewer in quotation marks that no one is said to have spoken are a
            // term set off ("the so-called 'war on terror'", a straw vote of "encourage" or
            // "discourage"), not a quotation.
            let words = (a..b2).filter(|&k| doc.tokens[k].kind == Kind::Word).count();
            // A title or name in quotation marks, unspoken, is no quotation either.
            if q.speaker.is_none() && (words <= 3 || quotes::is_title(cx, a, b2)) {
                continue;
            }
            quotes_out.push(Quote {
                kind: QuoteKind::Direct,
                text: doc.slice(a, b2).to_string(),
                speaker: q.speaker.as_ref().map(|s| speaker_out(cx, s)),
                cue: q.cue.clone(),
                sentence: sent(q.open),
                span: doc.span_of(a, b2),
            });
        }
        for c in &cx.claims {
            quotes_out.push(Quote {
                kind: QuoteKind::Reported,
                text: doc.slice(c.first, c.last).to_string(),
                speaker: c.shown.as_ref().map(|s| speaker_out(cx, s)),
                cue: Some(c.cue.clone()),
                sentence: sent(c.first),
                span: doc.span_of(c.first, c.last),
            });
        }
        quotes_out.sort_by_key(|q| (q.span[0], q.span[1]));
        let amounts = rec
            .amounts
            .iter()
            .map(|a| comity_core::Amount {
                value: a.value,
                qualifier: a.qualifier.clone(),
                what: a.what.clone(),
                actor: a.actor.clone(),
                text: doc.slice(a.first, a.last).to_string(),
                sentence: sent(a.first),
                span: doc.span_of(a.first, a.last),
            })
            .collect();
        let places = rec
            .places
            .iter()
            .map(|p| Place {
                name: p.name.clone(),
                country: p.country.clone(),
                kind: p.kind.clone(),
                lat: p.lat,
                lon: p.lon,
                sentence: sent(p.first),
                span: doc.span_of(p.first, p.last),
            })
            .collect();
        let dates = rec
            .dates
            .iter()
            .map(|d| OutDate {
                text: doc.slice(d.first, d.last).to_string(),
                value: d.value.to_string(),
                sentence: sent(d.first),
                span: doc.span_of(d.first, d.last),
            })
            .collect();
        // Each person's mentions: by name, then by pronoun; one pass over the mentions.
        let mut by_person: Vec<Vec<Span>> = vec![Vec::new(); rec.people.len()];
        for m in &rec.mentions {
            if let Some(v) = m.person.and_then(|p| by_person.get_mut(p)) {
                v.push(doc.span_of(m.first, m.last));
            }
        }
        for (mi, a) in cx.antecedent.iter().enumerate() {
            let m = &rec.mentions[mi];
            if m.kind == MentionKind::Pronoun
                && m.agent.is_none()
                && let Some(v) =
                    a.and_then(|a| rec.mentions[a].person).and_then(|p| by_person.get_mut(p))
            {
                v.push(doc.span_of(m.first, m.first + 1));
            }
        }
        let people = rec
            .people
            .iter()
            .zip(by_person)
            .map(|(p, mut mentions)| {
                mentions.sort();
                Person {
                    name: p.name.clone(),
                    title: p.title.clone(),
                    organization: p.organization.clone(),
                    actor: p.code.clone(),
                    mentions,
                }
            })
            .collect();
        let organizations = rec
            .orgs
            .iter()
            .map(|o| Organization { name: o.name.clone(), actor: o.code.clone() })
            .collect();
        CodedArticle {
            id: article.id.clone(),
            date: article.date.map(|d| d.to_string()),
            title: article.title.clone(),
            sentences: doc.sentences.len(),
            events,
            quotes: quotes_out,
            amounts,
            places,
            dates,
            people,
            organizations,
            flows,
            issues: Vec::new(),
            discarded,
        }
    }

    fn code_sentence(
        &self,
        cx: &Ctx<'_>,
        si: usize,
        s: &SentenceRange,
        out: &mut Vec<Coded>,
        deadline: &Deadline,
    ) -> Result<(), TimedOut> {
        let syn = cx.doc.syntax(si);
        if let Some(syn) = &syn {
            gate::dump_parse(si, || parse_line(cx, syn));
        }
        let cands = match &syn {
            Some(syn) => self.parsed_verb_candidates(cx, s, syn),
            None => self.verb_candidates(cx, s),
        };
        // Per candidate index i: 1 + the last candidate before i that is a gerund ([1]) or
        // not ([0]), so that finding the verb a coordinated verb follows is no scan back.
        let mut prev_kind = vec![[0u32; 2]; cands.len() + 1];
        for (i, c) in cands.iter().enumerate() {
            prev_kind[i + 1] = prev_kind[i];
            prev_kind[i + 1][usize::from(c.form == Form::Ing)] = i as u32 + 1;
        }
        let mut consumed = vec![false; s.last - s.first];
        let mut subjects: Vec<(usize, Vec<Act>)> = Vec::new();
        // Where each pattern word last stands in the sentence, made once for all its verbs.
        let mut words_at: Option<LastPositions<'_>> = None;
        for (ci, vc) in cands.iter().enumerate() {
            if ci % 256 == 255 {
                deadline.check()?;
            }
            if consumed[vc.tok - s.first] {
                continue;
            }
            let lemma = &self.dict.verbs.lemmas[vc.lemma];
            // The parse decides the roles when it finds the verb a subject; otherwise (a tree
            // that reads the verb as a modifier, say) the word-window rules do.
            let parsed = syn.as_ref().zip(vc.roles.as_ref()).filter(|(_, r)| !r.how.is_empty());
            let subject_acts = match &parsed {
                Some((syn, r)) => {
                    let mut acts = self.phrase_acts(cx, syn, &r.subject, None);
                    // The tree that misread the verb may have joined the object's phrase to
                    // the subject's ("helicopters and ... positions"): only what stands before
                    // the verb is its subject.
                    if r.how == roles::MISREAD {
                        acts.retain(|a| a.last <= vc.tok);
                    }
                    if acts.is_empty() {
                        acts = self.name_before_verb(cx, syn, &r.subject, vc.tok);
                    }
                    acts
                }
                None => self.subject_acts(cx, s, &cands[..ci], &prev_kind, vc, &subjects),
            };
            subjects.push((vc.tok, subject_acts.clone()));
            // Which pattern applies? One that asks for a kind of subject ("190 strike @MIL")
            // needs an active verb whose subject is of that kind, or a passive one whose agent
            // is ("the convoy was fired on by US troops").
            let passive = parsed.as_ref().map_or(vc.passive, |(_, r)| r.passive);
            // "450 more Australian troops will be sent to Iraq", "UN troops were deployed in
            // Darfur": forces sent or deployed, named as the passive subject (not a participle or
            // relative clause describing forces by where they are: "Dutch troops deployed in
            // southern Afghanistan", "troops who are deployed in Iraq").
            let forces_sent = passive
                && parsed.as_ref().is_some_and(|(syn, _)| {
                    SENDING.contains(&syn.lemma(vc.tok))
                        && !matches!(syn.rel(vc.tok), Some(Rel::Acl | Rel::AclRelcl))
                })
                && !subject_acts.is_empty()
                && subject_acts.iter().all(|a| forces(&a.code));
            // (Read once, when a pattern or the roles below first need it.)
            let agent_cell = std::cell::OnceCell::new();
            let agent_acts = || {
                agent_cell.get_or_init(|| match &parsed {
                    Some((syn, r)) if passive => self.phrase_acts(cx, syn, &r.agent, None),
                    _ => Vec::new(),
                })
            };
            // (A pattern that reads its source after the verb asks it of that source: "came
            // under fire from Taliban insurgents", see `source_fits`.)
            let subject_fits = |p: &Pattern| {
                p.subject.is_empty()
                    || p.elems.contains(&Elem::Source)
                    || (!passive && subject_acts.iter().any(|a| p.subject_fits(&a.code)))
                    || (passive && agent_acts().iter().any(|a| p.subject_fits(&a.code)))
            };
            let source_fits = |p: &Pattern, m: &PatMatch| {
                p.subject.is_empty()
                    || !p.elems.contains(&Elem::Source)
                    || m.source.is_some_and(|(a, _)| {
                        self.np_acts(cx, a, s.last, None).iter().any(|a| p.subject_fits(&a.code))
                    })
            };
            // An armed subject's verb of force is force, not words: "a rebel group began
            // attacking government targets" is no criticism (Phoenix: ATTACK * GOVERNMENT 111).
            let armed = !passive
                && subject_acts.iter().any(|a| {
                    ["MIL", "REB", "UAF", "INS"].iter().any(|g| comity_dict::has_agent(&a.code, g))
                });
            let force_verb = armed && lemma.patterns.iter().any(|p| is_force(&p.code));
            let verbal = |p: &Pattern| force_verb && p.code.starts_with("11");
            // "demonstrated that Brazil is capable", "rallied support": showing or gathering,
            // no protest, when the verb has an object or a clause of its own.
            let shown = parsed.as_ref().is_some_and(|(syn, _)| {
                matches!(syn.lemma(vc.tok), "demonstrate" | "rally" | "march")
                    && syn
                        .children(vc.tok)
                        .any(|c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Ccomp)))
            });
            let verbal = |p: &Pattern| verbal(p) || (shown && p.code.starts_with("14"));
            let mut chosen: Option<(&Pattern, PatMatch)> = None;
            let mut modifier_match: Option<(&Pattern, PatMatch)> = None;
            let words_at =
                words_at.get_or_insert_with(|| LastPositions::new(&cx.norms, s.first..s.last));
            // "launched rocket and missile attacks": a pattern's last word read in a modifier
            // of the object ("missile" 150) names not what was launched; the head does.
            let modifier_word = |p: &Pattern, m: &PatMatch| {
                matches!(p.elems.last(), Some(Elem::Word(_)))
                    && m.end > 0
                    && parsed.as_ref().is_some_and(|(syn, _)| {
                        let t = m.end - 1;
                        syn.rel(t) == Some(Rel::Compound)
                            || (syn.rel(t) == Some(Rel::Conj)
                                && syn.head(t).is_some_and(|h| syn.rel(h) == Some(Rel::Compound)))
                    })
            };
            // Nor does one read in a phrase hung on the object: "had given no early warning
            // to the army" gave a warning, not the army (Phoenix "GIVE * &MILITARY" 150).
            // (Only a pattern of one such word or set after the verb: "declared a state of
            // emergency" reads "STATE (OF EMERGENCY)" through the object.)
            let beyond_object = |p: &Pattern, m: &PatMatch| {
                matches!(p.elems.last(), Some(Elem::Word(_) | Elem::Set(_)))
                    && p.elems.iter().filter(|e| !e.is_gap()).count() == 1
                    && m.end > 0
                    && parsed.as_ref().is_some_and(|(syn, _)| {
                        let t = m.end - 1;
                        let n =
                            if syn.rel(t) == Some(Rel::Compound) { syn.head(t) } else { Some(t) };
                        // (A "to" phrase, which names whom it went to: "a round of talks", "400
                        // Palestinians including many civilians", "100,000 dlrs in aid",
                        // "suggestions for negotiations" name what the object is.)
                        // (The tree may hang the phrase on the verb: "given a warning to the
                        // army".)
                        n.is_some_and(|n| {
                            let object_before = |o: usize| {
                                o < n && syn.rel(o) == Some(Rel::Obj) && syn.head(o) == Some(vc.tok)
                            };
                            syn.children_with(n, Rel::Case)
                                .next()
                                .is_some_and(|c| matches!(cx.norms[c], "to" | "towards" | "toward"))
                                && match syn.rel(n) {
                                    Some(Rel::Nmod) => syn.head(n).is_some_and(object_before),
                                    Some(Rel::Obl) => {
                                        syn.head(n) == Some(vc.tok)
                                            && syn.children(vc.tok).any(object_before)
                                    }
                                    _ => false,
                                }
                        })
                    })
            };
            // Nor a target read across a gap that the tree puts in the clause of a verb the
            // pattern's verb does not govern: "planned to attend the wedding when they met in
            // Canada" attends nothing in Canada ("attended a summit in Beijing" does).
            let across_to_target = |p: &Pattern, m: &PatMatch| {
                matches!(p.elems.last(), Some(Elem::Target))
                    && p.elems.iter().any(Elem::is_gap)
                    && parsed.as_ref().is_some_and(|(syn, _)| {
                        let Some((first, last)) = m.target else { return false };
                        // (The verb it is the infinitive of counts as its own: "plans to attend
                        // the Games in Beijing" with "in Beijing" hung on "plans".)
                        let controller = (syn.rel(vc.tok) == Some(Rel::Xcomp))
                            .then(|| syn.head(vc.tok))
                            .flatten();
                        !(first..last).any(|t| {
                            let mut t = t;
                            for _ in 0..12 {
                                let Some(h) = syn.head(t) else { return true };
                                if h == vc.tok || Some(h) == controller {
                                    return true;
                                }
                                // (A gerund or participle inside a noun phrase is no
                                // clause of its own: "blamed the rise in smuggling on
                                // the U.S.", "electricity generated by the project to
                                // Singapore".)
                                let nonfinite = syn
                                    .tag(h)
                                    .is_some_and(|g| matches!(g.xpos.as_str(), "VBG" | "VBN"));
                                if matches!(syn.upos(h), Some(Upos::Verb | Upos::Aux))
                                    && !(nonfinite
                                        && matches!(
                                            syn.rel(h),
                                            Some(Rel::Nmod | Rel::Obj | Rel::Obl | Rel::Acl)
                                        ))
                                {
                                    // (Only a verb between the two in the text marks another
                                    // clause; a tree that hangs the phrase past both, on the
                                    // sentence's "said", is misread, not evidence. A verb the
                                    // pattern names is its own reach: "deploy : ~ to support
                                    // +".)
                                    let named = p.elems.iter().any(|e| {
                                        matches!(e, Elem::Word(w) | Elem::Prep(w)
                                            if word_eq(cx.norms[h], w))
                                    });
                                    return named || !(vc.tok < h && h < first);
                                }
                                t = h;
                            }
                            true
                        })
                    })
            };
            // Nor one read across a gap in the clause of another verb: "killing 40 gunmen and
            // wounding another 40 civilians" kills no civilians (Phoenix "KILL * CIVILIAN" 202).
            let in_another_clause = |p: &Pattern, m: &PatMatch| {
                p.elems.iter().any(Elem::is_gap)
                    && matches!(p.elems.last(), Some(Elem::Word(_) | Elem::Set(_)))
                    && m.end > vc.tok + 1
                    && parsed.as_ref().is_some_and(|(syn, _)| {
                        let mut t = m.end - 1;
                        for _ in 0..8 {
                            let Some(h) = syn.head(t) else { return false };
                            if h == vc.tok {
                                return false;
                            }
                            // (A verb the pattern's own verb governs, "urged X to work
                            // with", is the pattern's reach; one joined to it by "and" is not.)
                            if syn.upos(h) == Some(Upos::Verb) {
                                return syn.rel(h) == Some(Rel::Conj)
                                    && syn.head(h) == Some(vc.tok);
                            }
                            t = h;
                        }
                        false
                    })
                    || across_to_target(p, m)
            };
            for p in lemma.patterns.iter().filter(|p| subject_fits(p) && !verbal(p)) {
                // A pattern whose words do not all stand after the verb cannot match: a
                // look-up per word spares trying it at every place a gap allows.
                if words_at.all_after(&p.elems, vc.tok + 1)
                    && let Some(m) = match_pattern(cx, &p.elems, vc.tok + 1, s.last)
                {
                    if beyond_object(p, &m) || in_another_clause(p, &m) || !source_fits(p, &m) {
                        continue;
                    }
                    // (Kept in case no pattern reads the head: "close the radio station".)
                    if modifier_word(p, &m) {
                        modifier_match.get_or_insert((p, m));
                        continue;
                    }
                    chosen = Some((p, m));
                    break;
                }
                // "back : +" read in the passive ("the rebels are backed by Iran"): the
                // pattern's target is the passive subject, which stands before the verb, and
                // must itself be an actor ("the report was received by", "Iranian assistance is
                // received by" name none), or for force, whose the thing struck is ("Al-Jazeera's
                // bureau was hit by US forces").
                let actor_subject = parsed.as_ref().is_some_and(|(_, r)| {
                    r.subject.iter().any(|&t| cx.rec.mention_index(t).is_some())
                });
                if passive
                    && (actor_subject || is_force(&p.code))
                    && !subject_acts.is_empty()
                    && matches!(p.elems.as_slice(), [Elem::Target])
                {
                    chosen = Some((p, PatMatch { end: vc.tok + 1, target: None, source: None }));
                    break;
                }
                // "fire : on +" read in the passive ("the convoy was fired on by US troops",
                // "fired upon", "gunned down"): the words before the target stand right after
                // the verb, and the target is the passive subject.
                if passive
                    && (actor_subject || is_force(&p.code))
                    && !subject_acts.is_empty()
                    && let [words @ .., Elem::Target] = p.elems.as_slice()
                    && !words.is_empty()
                    && words.iter().all(|e| matches!(e, Elem::Word(_) | Elem::Prep(_)))
                    && let Some(m) = match_pattern(cx, words, vc.tok + 1, s.last)
                {
                    chosen = Some((p, PatMatch { end: m.end, target: None, source: None }));
                    break;
                }
                // "A state of emergency was declared in the capital", "a curfew has been
                // imposed": a restriction named as the passive subject, read as the pattern's
                // object ("declare : ~ &restrictions").
                if passive
                    && p.code.starts_with("172")
                    && let Some((_, r)) = &parsed
                    && let [Elem::Gap, what @ (Elem::Word(_) | Elem::Set(_))] = p.elems.as_slice()
                    && r.subject.iter().any(|&t| {
                        match_pattern(cx, std::slice::from_ref(what), t, s.last).is_some()
                            && political_restriction(self, cx, t)
                    })
                {
                    chosen = Some((p, PatMatch { end: vc.tok + 1, target: None, source: None }));
                    break;
                }
                // "450 more troops will be sent to Iraq": forces sent, read in the passive
                // subject ("send * &MILITARY" 062), for the rule of forces sent below.
                if forces_sent
                    && let Some((_, r)) = &parsed
                    && let [Elem::Gap, what @ (Elem::Word(_) | Elem::Set(_))] = p.elems.as_slice()
                    && r.subject.iter().any(|&t| {
                        match_pattern(cx, std::slice::from_ref(what), t, s.last)
                            .is_some_and(|m| m.end == t + 1)
                    })
                {
                    chosen = Some((p, PatMatch { end: vc.tok + 1, target: None, source: None }));
                    break;
                }
            }
            let Some((pattern, pm)) = chosen.or(modifier_match) else { continue };
            // "ETA is considered by Spain to be a terrorist organization", "Russia considers
            // NATO a threat": considering something to be something is regarding it so, not
            // weighing a policy (014).
            let regarded = pattern.code.starts_with("014")
                && parsed.as_ref().is_some_and(|(syn, _)| {
                    // ("considering charging", "considered invading": a verb is an option)
                    syn.children_with(vc.tok, Rel::Xcomp).any(|x| syn.upos(x) != Some(Upos::Verb))
                        // ("considers Hamas a terrorist group", read as two objects)
                        || syn
                            .children(vc.tok)
                            .filter(|&c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)))
                            .count()
                            > 1
                });
            // "called the visit a provocation", "called the move a smash and grab": calling
            // something a name is saying what it is, a speech act coded by what was said
            // (speech.rs), no appeal (Phoenix's "CALL * VISIT 026"; its labels of praise
            // and blame, "CALL * PARTNER 013", stay).
            let labelled = pattern.code.starts_with("02")
                && speech::CALLING.contains(&cx.norms[vc.tok])
                && parsed.as_ref().is_some_and(|(syn, _)| {
                    speech::predicate(cx, syn, vc.tok).is_some_and(|(p, _, _)| {
                        matches!(syn.upos(p), Some(Upos::Noun | Upos::Adj | Upos::Propn))
                    })
                });
            if regarded || labelled {
                continue;
            }
            // Who died underwent it ("73 British soldiers died in Afghanistan"); who
            // "returned to China" travelled, and returned no one (084 wants an object).
            let intransitive = parsed
                .as_ref()
                .is_some_and(|(syn, _)| syn.children_with(vc.tok, Rel::Obj).next().is_none());
            // "An aircraft crashed in Sudan, killing over a dozen people": what an accident
            // kills no one used force for.
            let accident = parsed.as_ref().is_some_and(|(syn, _)| {
                syn.rel(vc.tok) == Some(Rel::Advcl)
                    && syn.head(vc.tok).is_some_and(|h| {
                        matches!(
                            syn.lemma(h),
                            "crash" | "collapse" | "sink" | "capsize" | "derail" | "overturn"
                        )
                    })
            });
            // (Unless a pattern names who did it to the subject: "died in clashes with $".)
            if (UNDERGONE.contains(&lemma.lemma.as_str()) && !pattern.text.contains('$'))
                || (pattern.code.starts_with("084") && intransitive && !vc.passive)
                || accident
            {
                continue;
            }
            for k in vc.tok..pm.end {
                if k >= s.first && k < s.last {
                    consumed[k - s.first] = true;
                }
            }
            // Source and target.
            let (mut sources, mut targets): (Vec<Act>, Vec<Act>);
            let mut relations: Vec<String> = Vec::new();
            if let Some((syn, r)) = &parsed {
                let word = |t: usize| cx.doc.surface(t);
                let verb = word(vc.tok);
                for &t in &r.subject {
                    relations.push(format!("{} {} -> {verb}", r.how, word(t)));
                }
                if r.passive {
                    for &t in &r.agent {
                        relations.push(format!("passive agent {} -> {verb}", word(t)));
                    }
                    sources = agent_acts().clone();
                    // Forces sent with no one named sending them are sent by their own state,
                    // to the country of the verb's phrase of place (the forces are what was
                    // moved, not whom the act is aimed at).
                    let mut sent_to = Vec::new();
                    if sources.is_empty() && forces_sent {
                        let places: Vec<usize> = syn
                            .children_with(vc.tok, Rel::Obl)
                            .filter(|&c| {
                                syn.children_with(c, Rel::Case)
                                    .any(|k| matches!(cx.norms[k], "to" | "into" | "in"))
                            })
                            .collect();
                        sent_to = self.scene_acts(cx, syn, &places, &subject_acts);
                        if !sent_to.is_empty() {
                            relations.push(format!("forces {verb} by their own state"));
                            sources = subject_acts.clone();
                        }
                    }
                    // "were killed in clashes with Afghan troops", "were wounded in an attack
                    // by rebels": with no agent, force suffered in a fight with someone, or in
                    // an attack by someone, was that one's.
                    if sources.is_empty() && is_force(&pattern.code) {
                        let doers = fought_by(self, cx, syn, vc.tok);
                        for &t in &doers {
                            relations.push(format!("fought by {} -> {verb}", word(t)));
                        }
                        sources = self.phrase_acts(cx, syn, &doers, None);
                    }
                    // "In an assault by Palestinian militants on an Israeli checkpoint, one
                    // Israeli soldier and three Palestinian gunmen were killed": among the dead
                    // of another country, the attackers' own armed dead (their country's,
                    // irregular or regular as they are) are no victims of theirs. ("Three
                    // Sunni tribal fighters were killed by insurgents" names no other country.)
                    let side = |c: &str| {
                        let has = |g: &[&str]| g.iter().any(|g| comity_dict::has_agent(c, g));
                        if has(&["REB", "UAF", "INS"]) {
                            Some(false)
                        } else if has(&["MIL"]) {
                            Some(true)
                        } else {
                            None
                        }
                    };
                    let foreign_dead = subject_acts
                        .iter()
                        .any(|t| sources.iter().all(|a| a.code.get(..3) != t.code.get(..3)));
                    targets = if !sent_to.is_empty() {
                        sent_to
                    } else {
                        subject_acts
                            .iter()
                            .filter(|t| {
                                !is_force(&pattern.code)
                                    || !foreign_dead
                                    || !sources.iter().any(|a| {
                                        side(&a.code).is_some()
                                            && side(&a.code) == side(&t.code)
                                            && a.code.get(..3) == t.code.get(..3)
                                    })
                            })
                            .cloned()
                            .collect()
                    };
                } else {
                    sources = subject_acts.clone();
                    let avoid = sources.first().map(|x| x.code.as_str());
                    targets = match pm.target {
                        Some((a, _)) => self.np_acts(cx, a, s.last, avoid),
                        None => {
                            let mut found = Vec::new();
                            for &t in &r.object {
                                let ms = roles::object_mentions(cx, syn, t);
                                found = self.mention_acts(cx, &ms, avoid);
                                // "agreed to open its airspace to UN monitors": the
                                // source's own "its" is not whom the act is aimed at.
                                found.retain(|a| !own_pronoun(cx, a, &sources));
                                // "ended its cooperation with the IAEA": past the source's
                                // own "its", whom the object is aimed at.
                                if found.is_empty() {
                                    let ms = roles::aimed_at(cx, syn, t, 0);
                                    found = self.mention_acts(cx, &ms, avoid);
                                }
                                if !found.is_empty() {
                                    let rel = syn.rel(t).map_or("?", |x| x.as_str());
                                    relations.push(format!("{rel} {} -> {verb}", word(t)));
                                    break;
                                }
                            }
                            // "took part in an attack against the Taliban": whom the noun the
                            // pattern read after the verb is aimed at.
                            if found.is_empty()
                                && matches!(
                                    pattern.elems.last(),
                                    Some(Elem::Set(_) | Elem::Word(_))
                                )
                                && pm.end > vc.tok + 1
                            {
                                let t = pm.end - 1;
                                let ms = roles::aimed_at(cx, syn, t, 0);
                                found = self.mention_acts(cx, &ms, avoid);
                                if !found.is_empty() {
                                    relations.push(format!("aimed at, of {} -> {verb}", word(t)));
                                }
                            }
                            found
                        }
                    };
                    if let Some((a, _)) = pm.source {
                        targets = sources;
                        sources = self.np_acts(cx, a, s.last, None);
                    }
                }
                // Force whose victims a linked clause names ("raided a camp, killing 85
                // insurgents"; "two officers were killed when insurgents opened fire"), also
                // when what was struck is a settlement standing for its people ("raided a
                // village near Mosul, killing three Iraqi policemen").
                let settlement = !targets.is_empty()
                    && targets.iter().all(|t| {
                        matches!(
                            cx.norms[t.last.saturating_sub(1)],
                            "village"
                                | "villages"
                                | "town"
                                | "towns"
                                | "neighbourhood"
                                | "neighborhood"
                        )
                    });
                if (targets.is_empty() || settlement)
                    && !r.passive
                    && is_force(&pattern.code)
                    && let Some((t, acts)) =
                        self.first_named(cx, syn, &roles::victims(syn, vc.tok), &sources)
                {
                    relations.push(format!("victims {} -> {}", word(t), word(vc.tok)));
                    targets = acts;
                }
                // A threat made on a condition is made to whoever must meet it.
                if targets.is_empty()
                    && pattern.code.starts_with("13")
                    && let Some((t, acts)) =
                        self.first_named(cx, syn, &roles::conditioned(cx, syn, vc.tok), &sources)
                {
                    relations.push(format!("condition {} -> {}", word(t), word(vc.tok)));
                    targets = acts;
                }
                // Force or aid without an actor as its object ("struck a lighthouse in
                // central Beirut", "shelled positions near Kursk", "provides security in
                // Afghanistan"): the country where it struck or helped.
                // (Not for a participle that describes its noun by where it fights: "U.S.
                // soldiers fighting in Mosul discovered bodies" tells who found them.)
                let describing = syn.rel(vc.tok) == Some(Rel::Acl)
                    && vc.form == Form::Ing
                    && r.object.is_empty();
                // "captured 12 lorries in the Khyber Pass": what was seized is goods, not the
                // land it was seized in (occupying, 192, takes land).
                let goods_seized = pattern.code.starts_with("192") && {
                    let undergoer = if r.passive { &r.subject } else { &r.object };
                    // (Land is named by the noun or its "of" phrase: "the city of Gori".)
                    let unnamed = |k: usize| {
                        cx.rec.mention_index(k).is_none()
                            && cx.place_at.get(k).is_none_or(|&p| p == 0)
                    };
                    undergoer.iter().any(|&o| {
                        syn.upos(o) == Some(Upos::Noun)
                            && unnamed(o)
                            && syn
                                .children(o)
                                .filter(|&c| {
                                    matches!(syn.rel(c), Some(Rel::Compound | Rel::Flat))
                                        || syn.rel(c) == Some(Rel::Nmod)
                                            && syn
                                                .children_with(c, Rel::Case)
                                                .any(|k| cx.norms[k] == "of")
                                })
                                .all(unnamed)
                            && !LAND_WORDS.contains(&syn.lemma(o))
                            && !roles::is_settlement(cx.norms[o])
                    })
                };
                if targets.is_empty() && takes_scene(&pattern.code) && !describing && !goods_seized
                {
                    // A place that is itself the object first: "entered Gaza".
                    let mut heads = r.object.clone();
                    heads.extend(roles::scene_heads(cx, syn, vc.tok, &r.object));
                    targets = self.scene_acts(cx, syn, &heads, &sources);
                    // (A show of force is aimed at the land it is made in, not at anyone the
                    // clause happens to name: "took up posts in the EU".)
                    if pattern.code.starts_with("15") {
                        targets.retain(|a| place_act(cx, a.first).is_some());
                    }
                    for a in &targets {
                        relations.push(format!("scene {} -> {}", a.entry, word(vc.tok)));
                    }
                }
                // "Denmark withdrew its forces from Iraq", "sent its troops to Afghanistan",
                // "deployed 1,500 troops in Djibouti": the source's own forces are the means; the
                // target is where they went or left.
                // Forces no one names ("deployed 900 troops in Chad") are the source's own.
                // ("the remainder of its troops": the forces after a word of quantity.)
                let troops = |o: usize| self.dict.set_match("&troops", &[syn.lemma(o)]).is_some();
                let own_forces = targets.is_empty()
                    && r.object
                        .iter()
                        .any(|&o| troops(o) || syn.children_with(o, Rel::Nmod).any(&troops));
                if matches!(pattern.code.get(..2), Some("07" | "08" | "15"))
                    && (own_forces || !targets.is_empty())
                    && targets.iter().all(|t| {
                        t.code.get(..3) == sources.first().and_then(|x| x.code.get(..3))
                            && comity_dict::has_agent(&t.code, "MIL")
                    })
                {
                    let heads: Vec<usize> = syn
                        .children(vc.tok)
                        .filter(|&c| {
                            syn.rel(c) == Some(Rel::Obl)
                                && syn.children_with(c, Rel::Case).any(|k| {
                                    matches!(cx.norms[k], "from" | "to" | "into" | "in" | "out")
                                })
                        })
                        .collect();
                    targets = self.scene_acts(cx, syn, &heads, &sources);
                    for a in &targets {
                        relations.push(format!("destination {} -> {}", a.entry, word(vc.tok)));
                    }
                }
                // Coercion or assault of someone no dictionary knows ("police arrested a
                // 26-year-old", "charged José Adalberto", "was detained by the police"): a
                // civilian of the sources' own country.
                if targets.is_empty() && matches!(pattern.code.get(..2), Some("17" | "18")) {
                    let undergoer = if r.passive { &r.subject } else { &r.object };
                    if let Some(&t) = undergoer.first()
                        && let Some(a) = unknown_civilian(cx, syn, t, &sources)
                    {
                        relations.push(format!("{} -> {}", a.entry, word(vc.tok)));
                        targets = vec![a];
                    }
                }
                // Arrests and charges told in the passive with no one named ("Chen was
                // detained on charges of ...", "three Canadians arrested in the United
                // States"): the authorities of the country where it happened, else of the one
                // who underwent it.
                if r.passive
                    && sources.is_empty()
                    && r.agent.is_empty()
                    && let Some(a) = self.implied_authorities(cx, syn, vc.tok, &r.object, &targets)
                {
                    relations.push(format!("{} -> {}", a.entry, word(vc.tok)));
                    sources = vec![a];
                }
                // "A state of emergency was declared across the capital", "all
                // protests are banned": a restriction told in the passive with no agent is the
                // government's of the country where it was laid.
                if r.passive
                    && sources.is_empty()
                    && r.agent.is_empty()
                    && pattern.code.starts_with("172")
                    && r.subject.iter().any(|&t| political_restriction(self, cx, t))
                    && !disaster_or_supposed(cx, s, vc.tok)
                    && let Some(a) = restricting_government(cx, s, vc.tok)
                {
                    relations.push(format!("{} -> {}", a.entry, word(vc.tok)));
                    sources = vec![a];
                }
            } else if vc.passive {
                let agent_start = skip_to_by(cx, vc.tok + 1, s.last);
                sources =
                    agent_start.map(|b| self.np_acts(cx, b, s.last, None)).unwrap_or_default();
                targets = subject_acts.clone();
                if targets.is_empty()
                    && cx.norms.get(vc.tok.wrapping_sub(1)).is_some_and(|w| *w == ",")
                    || reduced_relative(cx, vc.tok, s)
                {
                    targets = self.antecedent_acts(cx, vc.tok, s);
                }
            } else {
                sources = subject_acts.clone();
                targets = match pm.target {
                    Some((a, _)) => {
                        self.np_acts(cx, a, s.last, sources.first().map(|x| x.code.as_str()))
                    }
                    None => self.object_acts(
                        cx,
                        vc.tok + 1,
                        pm.end,
                        s,
                        &cands,
                        sources.first().map(|x| x.code.as_str()),
                    ),
                };
                if let Some((a, _)) = pm.source {
                    targets = sources;
                    sources = self.np_acts(cx, a, s.last, None);
                }
            }
            // "a car bomb blast in a Shiite district of the capital Baghdad has killed", "a
            // suicide bombing attack on a convoy in Spin Boldak, Afghanistan killed": the place
            // of a blast the tree made the subject is where it went off, not who set it.
            if is_force(&pattern.code) && !vc.passive {
                sources.retain(|a| !blast_place(cx, s, a, vc.tok));
            }
            if sources.is_empty() {
                continue;
            }
            // A protest "in the streets of Caracas" by Venezuelans is held in the place, not
            // aimed at it: their own country, named or standing in its capital's name, is
            // where they protest (the implied addressee below is their government).
            // (So is a blockade: "police cordoned off the centre of Yerevan" restricts the
            // people there, below.)
            if (pattern.code.starts_with("14") || pattern.code.starts_with("191"))
                && let Some(home) = sources.first().and_then(|a| home_country(&a.code))
            {
                let home = home.to_string();
                targets.retain(|t| {
                    !(t.code == home
                        && (t.entry.starts_with("place: ") || t.entry.contains("(capital)")))
                });
            }
            // "called for the withdrawal of Israeli troops", "demanded Iran's release of the
            // sailors": an appeal or a demand for an act a noun names is made to its doers.
            if targets.is_empty()
                && matches!(cameo_root(&pattern.code), Some(2 | 10))
                && let Some(syn) = syn.as_ref()
            {
                targets = nominal::doers_asked(self, cx, syn, vc.tok, &sources);
                for a in &targets {
                    relations.push(format!(
                        "asked to do it: {} -> {}",
                        a.entry,
                        cx.doc.surface(vc.tok)
                    ));
                }
            }
            // Implied addressees, parsed or not. A protest with no addressee by a country's own
            // people, opposition, students, workers ("students across Malaysia held large
            // demonstrations"): against their government. A curfew, lockdown or state of
            // emergency imposed, extended or eased with no one named: on the state's own population
            // (the pattern named the restriction, or the verb has no object: "banned
            // inspectors" names whom).
            if targets.is_empty() {
                let at = vc.tok;
                let no_object = parsed.as_ref().is_some_and(|(_, r)| r.object.is_empty());
                // A ban on entering, a visa or travel ban, is aimed at foreigners, never at the
                // state's own population ("a ban preventing politicians from entering"); so is
                // a closed airspace ("after the U.S. closed its airspace, flights were
                // diverted"), aimed at the flights of all.
                let entry_ban = || {
                    (s.first..s.last).any(|k| {
                        matches!(
                            cx.norms[k],
                            "entering" | "entry" | "visa" | "visas" | "travel" | "airspace"
                        )
                    })
                };
                // A restriction on a population imposed, extended or eased; a town of its own
                // country sealed off, surrounded or besieged by a state's forces ("Uzbek
                // soldiers sealed off the border town") restricts its people.
                let sealed_at_home = pattern.code.starts_with("191")
                    && sources.first().is_some_and(|a| {
                        matches!(a.code.get(3..6), Some("MIL" | "COP" | "GOV"))
                            && home_place_named_after(cx, s, a, at)
                    });
                let restriction =
                    pattern.code.starts_with("172") || eases_restriction(pattern) || sealed_at_home;
                let implied = if pattern.code.starts_with("14") {
                    sources.first().and_then(|s| implied_protest_target(cx, s, at))
                } else if let Some(crowd) = matches!(cameo_root(&pattern.code), Some(17..=19))
                    .then(|| sources.first().and_then(|a| protesters_struck(cx, a, at, s.last)))
                    .flatten()
                {
                    Some(crowd)
                } else if let Some(side) = pattern
                    .code
                    .starts_with("172")
                    .then(|| sources.first().and_then(|a| border_other_side(cx, a, at, s.last)))
                    .flatten()
                {
                    Some(side)
                } else if let Some(place) = restriction
                    .then(|| {
                        sources
                            .first()
                            .and_then(|a| foreign_place_after(cx, syn.as_ref(), s, a, at))
                    })
                    .flatten()
                {
                    Some(place)
                } else if restriction
                    && !entry_ban()
                    && (!pattern.elems.is_empty()
                        || no_object
                        || passive
                        || sources.first().is_some_and(|a| home_places_after(cx, s, a, at)))
                {
                    sources.first().and_then(|s| home_population(s, at))
                } else {
                    None
                };
                if let Some(a) = implied {
                    relations.push(format!("{} -> {}", a.entry, cx.doc.surface(at)));
                    targets = vec![a];
                }
            }
            targets.retain(|t| !sources.iter().any(|x| x.first == t.first));
            // "“They were preparing bomb attacks,” the Belgian federal prosecutor said": a
            // clause quoted whole, its subject inside the quote, acts on no one named outside it
            // (the tree may hang the speaker on it as an object). (Words quoted inside one's own
            // sentence keep theirs: the U.S. is "urging" Arab states.)
            let quote = cx.quote_of[vc.tok];
            if quote > 0
                && sources.iter().any(|a| cx.quote_of.get(a.first).is_some_and(|&q| q == quote))
            {
                targets.retain(|t| cx.quote_of.get(t.first).is_none_or(|&q| q == quote));
            }
            // "spoke to reporters", "speaking to the BBC": talk given to the press is an
            // interview, no consultation; a speech to students, doctors, workers, a business
            // conference, a parliament or a party is none either ("spoke to Morales", "has
            // spoken to the UN Security Council" are).
            if pattern.code.starts_with("04") && matches!(lemma.lemma.as_str(), "speak" | "talk") {
                targets.retain(|t| !speech::is_media(&t.code));
                // (Speaking "to" a parliament or a party addresses it.)
                let address = cx.norms.get(vc.tok + 1) == Some(&"to");
                if lemma.lemma == "speak" {
                    targets.retain(|t| {
                        !["EDU", "HLH", "BUS", "CVL", "PPL", "LAB"]
                            .iter()
                            .chain(if address { ["LEG", "PTY"].iter() } else { [].iter() })
                            .any(|g| comity_dict::has_agent(&t.code, g))
                    });
                }
            }
            // "Australia signed its ...": a bare pronoun target of the source's own country.
            targets.retain(|t| !own_pronoun(cx, t, &sources));
            // "... to kill at least 175 people, the Iraqi military said": the speaker of a
            // claim is not a party to what it claims.
            if let Some(c) = cx.claim_at.get(vc.tok).and_then(|&c| c.checked_sub(1)) {
                let c = &cx.claims[c as usize];
                let (a, b) = c.speaker.words;
                targets.retain(|t| !(a..b).contains(&t.first));
            }
            let mut modality = self.modality(cx, s, vc.tok);
            // (The parse serves here also when it gave the verb no roles: "She called on these
            // states to offer debt relief to Iraq", actors found by the words.)
            if modality == Modality::Asserted
                && let Some(syn) = syn.as_ref()
                && let Some(m) = roles::governing_modality(cx, syn, vc.tok)
            {
                modality = m;
            }
            // ("fears that Turkey is going to attack": what is feared is no one's plan.)
            if matches!(modality, Modality::Planned | Modality::Asserted)
                && syn.as_ref().is_some_and(|syn| roles::feared(syn, vc.tok))
            {
                modality = Modality::Possible;
            }
            if modality == Modality::Asserted
                && let Some(syn) = syn.as_ref()
                && let Some(m) = self.purpose_modality(cx, s, syn, vc.tok)
            {
                modality = m;
            }
            if modality == Modality::Asserted
                && let Some(syn) = syn.as_ref()
                && roles::reportedly_above(cx, syn, vc.tok)
            {
                modality = Modality::Reported;
            }
            if matches!(modality, Modality::Asserted | Modality::Planned)
                && let Some((syn, _)) = &parsed
                && roles::denied_by_context(cx, syn, vc.tok)
            {
                modality = Modality::Negated;
            }
            if matches!(modality, Modality::Asserted | Modality::Planned | Modality::Reported)
                && let Some((syn, _)) = &parsed
                && roles::mandated(cx, syn, vc.tok)
            {
                modality = Modality::Hypothetical;
            }
            if modality == Modality::Asserted
                && let Some((syn, _)) = &parsed
                && roles::told_by_reports(cx, syn, vc.tok)
            {
                modality = Modality::Reported;
            }
            // "Israel has pledged not to launch military strikes against Lebanon": the words the
            // pattern matched after the verb stand in a complement the subject negates.
            if modality == Modality::Asserted
                && let Some((syn, _)) = &parsed
                && pm.end > vc.tok + 1
                && syn.children_with(vc.tok, Rel::Xcomp).any(|c| {
                    let (a, b) = syn.subtree(c);
                    (a..b).contains(&(pm.end - 1))
                        && syn
                            .children(c)
                            .any(|k| k < c && matches!(cx.norms[k], "not" | "never" | "n't"))
                })
            {
                modality = Modality::Negated;
            }
            // "had given no advance warning", "made no threat": the object the pattern read
            // is denied by its determiner.
            if matches!(modality, Modality::Asserted | Modality::Planned | Modality::Reported)
                && let Some((syn, _)) = &parsed
                && (vc.tok + 1..pm.end).any(|k| {
                    cx.norms[k] == "no"
                        && syn.rel(k) == Some(Rel::Det)
                        && syn.head(k).is_some_and(|h| h > k && h < pm.end)
                })
            {
                modality = Modality::Negated;
            }
            // "Analysts expect Russia to cut supplies": another's forecast.
            if matches!(modality, Modality::Asserted | Modality::Planned)
                && let Some((syn, _)) = &parsed
                && roles::forecast(cx, syn, vc.tok)
            {
                modality = Modality::Possible;
            }
            // "the authorities can deploy troops ... and detain suspects": a coordinated verb
            // with no auxiliary of its own shares the first verb's modal.
            if modality == Modality::Asserted
                && let Some((syn, _)) = &parsed
                && syn.tag(vc.tok).is_some_and(|t| t.xpos.as_str() == "VB")
                && let Some(h) = first_conjunct(syn, vc.tok, &[Rel::Aux, Rel::Nsubj])
            {
                modality = self.modality(cx, s, h);
            }
            // "Chinese troops never attacked Vietnam or threatened Laos", "was not focusing on
            // Al-Qaeda and fighting in Iraq": a verb joined by "or" or "nor" to a negated verb of
            // its own form (or by "and", two gerunds of one progressive), with no subject,
            // auxiliary or copula of its own and no comma before its conjunction, is negated
            // with it (not one joined by "but": "did not attack the town but shelled the road";
            // nor "was not charged and was released", "never entered the town, and shelled").
            const OWN_CLAUSE: &[Rel] =
                &[Rel::Aux, Rel::AuxPass, Rel::Nsubj, Rel::NsubjPass, Rel::Cop, Rel::Expl];
            if matches!(modality, Modality::Asserted | Modality::Reported)
                && let Some((syn, _)) = &parsed
                && let Some(h) = first_conjunct(syn, vc.tok, OWN_CLAUSE)
                && syn.tag(h).map(|t| t.xpos) == syn.tag(vc.tok).map(|t| t.xpos)
                && syn.children_with(vc.tok, Rel::Cc).all(|c| {
                    c > 0
                        && cx.norms[c - 1] != ","
                        && (matches!(cx.norms[c], "or" | "nor")
                            || cx.norms[c] == "and"
                                && syn.tag(vc.tok).is_some_and(|t| t.xpos.as_str() == "VBG"))
                })
                // (A relative clause closed by a comma does not go on past it: "Ruiz and
                // Moreno, who had not met until then, mostly discussed ...".)
                && (syn.children_with(vc.tok, Rel::Cc).next().is_some()
                    || !matches!(syn.rel(h), Some(Rel::AclRelcl | Rel::Acl)))
                && self.modality(cx, s, h) == Modality::Negated
            {
                modality = Modality::Negated;
            }
            // "has said it may soon stop giving aid to Malawi": a cooperation stopped
            // (see `halted_code`) is no surer than its stopping.
            // (An act of force someone "may stop" is going on: "may stop firing rockets".)
            if modality == Modality::Asserted
                && matches!(pattern.code.get(..2), Some("04" | "06" | "07"))
                && let Some((syn, _)) = &parsed
                && syn.rel(vc.tok) == Some(Rel::Xcomp)
                && let Some(h) = stopping_verb(cx, syn, vc.tok)
            {
                let m = self.modality(cx, s, h);
                modality = if m == Modality::Asserted {
                    roles::governing_modality(cx, syn, h).unwrap_or(m)
                } else {
                    m
                };
            }
            // "Colombia accused Venezuela of giving support to FARC": the charge is the
            // accuser's claim; "Nkunda says that Congo's army attacked ...": what one no
            // lexicon knows (no claim or quote holds it) says, the sayer's.
            let mut accuser = None;
            if modality == Modality::Asserted
                && let Some((syn, _)) = &parsed
                && let Some(by) = roles::accused_of(cx, syn, vc.tok).or_else(|| {
                    (cx.claim_at.get(vc.tok).is_none_or(|&c| c == 0) && cx.quote_of[vc.tok] == 0)
                        .then(|| roles::said_above(cx, syn, vc.tok))
                        .flatten()
                })
            {
                modality = Modality::Reported;
                accuser =
                    roles::accuser_words(syn, by).map(|(a, b)| cx.doc.slice(a, b).to_string());
            }
            let (attributed_to, reported) = attribution(cx, vc.tok);
            let attributed_to = attributed_to.or(accuser);
            let modality = if modality == Modality::Asserted && reported {
                Modality::Reported
            } else {
                modality
            };
            // "refused to rule out military action against Iran", "has not ruled out a
            // strike": force not ruled out is held out as a threat (the "rule : out" patterns,
            // 138); force ruled out threatens no one.
            let modality = if lemma.lemma == "rule" && pattern.code.starts_with("138") {
                match modality {
                    Modality::Negated if reported => Modality::Reported,
                    Modality::Negated => Modality::Asserted,
                    _ => continue,
                }
            } else {
                modality
            };
            let place = event_place(cx, s, vc.tok);
            let date = event_date(cx, s, vc.tok);
            // A null pattern ("--- shoot : ~ video"): the verb with these words is no event.
            if pattern.code == "---" {
                continue;
            }
            let (code_a, code_b) = match pattern.code.split_once(':') {
                Some((a, b)) => (a.to_string(), Some(b.to_string())),
                None => (pattern.code.clone(), None),
            };
            // PETRARCH2's verb dictionary codes a meeting at a place or for talks ("met with
            // Prince Abdullah at his ranch") and a visit made ("made a surprise visit to Iraq")
            // as 036, the intent to meet. CAMEO codes the meeting itself as consultation (040;
            // a visit 042, and the host's 043); the intent of a planned one is added from its
            // modality (`announced_plan`), as for every planned act.
            let (code_a, code_b) = match (code_a.as_str(), lemma.lemma.as_str()) {
                ("036", "meet") => ("040".to_string(), None),
                ("036", "make") => ("042".to_string(), Some("043".to_string())),
                _ => (code_a, code_b),
            };
            // Phoenix pairs an arrest of protesters with their protest against the police
            // ("ARREST * PROTESTERS [175:140]"): the protest was not reported as theirs against
            // whoever arrested them (their protest, if the sentence tells of it, is its own).
            let code_b = code_b.filter(|b| !(code_a.starts_with("17") && b.starts_with("14")));
            // "denied Iraqis justice", "was denied entry": what is withheld is no denial of
            // responsibility (016), which denies a charge, a report or a role.
            if code_a == "016"
                && lemma.lemma == "deny"
                && let Some((syn, _)) = &parsed
                && syn
                    .children_with(vc.tok, Rel::Obj)
                    .any(|o| syn.upos(o) == Some(Upos::Noun) && WITHHELD.contains(&cx.norms[o]))
            {
                continue;
            }
            // "Medvedev ordered Russian soldiers to return to their bases", "ordered their
            // police to disperse the crowd": a state's orders to its own forces (or to those its
            // possessive names as the orderer's) are the means of its own act, no demand.
            let possessed = |t: &Act| {
                (t.first.saturating_sub(1)..=t.first)
                    .any(|k| matches!(cx.norms[k], "its" | "their" | "his" | "her" | "our"))
            };
            if code_a.starts_with("100")
                && lemma.lemma == "order"
                && targets.iter().all(|t| {
                    possessed(t)
                        || sources.iter().any(|a| a.code.get(..3) == t.code.get(..3))
                            && ["MIL", "COP", "SPY"]
                                .iter()
                                .any(|g| comity_dict::has_agent(&t.code, g))
                })
            {
                continue;
            }
            // "considered Bush responsible", "considers Venizelos the most suitable leader",
            // "considered that Congress was competent", "as the legitimate one": to consider
            // something so is to judge it, not to weigh an option (014), which is a plan or an
            // act ("considering charging him", "considered a resolution").
            if code_a.starts_with("014")
                && lemma.lemma == "consider"
                && let Some((syn, _)) = &parsed
                && syn.children(vc.tok).any(|c| match syn.rel(c) {
                    Some(Rel::Ccomp) => true,
                    Some(Rel::Xcomp) => syn.upos(c) != Some(Upos::Verb),
                    Some(Rel::Obl) => syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "as"),
                    _ => false,
                })
            {
                continue;
            }
            // What is discussed or debated is a topic: with no counterpart named ("discuss ...
            // with B" is a pattern of its own), such a verb is an act among its coordinated
            // subjects only ("Miyazawa and Baker discussed currency intervention").
            if pattern.elems.is_empty() && TOPIC_OBJECT_VERBS.contains(&lemma.lemma.as_str()) {
                targets.clear();
            }
            let mut pairs: Vec<(Act, Option<Act>, String)> = Vec::new();
            if targets.is_empty() {
                // "Iraqi and American forces raided a camp" is no fight between them: force is
                // mutual only without an object ("fought", "clashed") or with a fight as its
                // object ("fought naval wars").
                let has_object = parsed.as_ref().is_some_and(|(syn, _)| {
                    syn.children_with(vc.tok, comity_text::Rel::Obj)
                        .any(|o| self.dict.set_match("&fight", &[syn.lemma(o)]).is_none())
                });
                // "a house occupied by two fighters, five women and four children": those who
                // did it together did nothing to one another. "Russia and the United States
                // vowed to stay out of events": a joint intent is toward one another only when
                // what they intend is done together.
                // ("China, Iran and Russia have pledged funds": nor is a promise of a thing.)
                let apart = code_a.starts_with("03")
                    && parsed.as_ref().is_some_and(|(syn, _)| {
                        let joint_word =
                            (s.first..s.last).any(|k| JOINT_WORDS.contains(&cx.norms[k]));
                        let xcomp = syn.children_with(vc.tok, Rel::Xcomp).next();
                        let object = syn.children_with(vc.tok, Rel::Obj).next();
                        // (What is agreed, reached or signed is agreed with one another.)
                        let agreeing = matches!(
                            syn.lemma(vc.tok),
                            "agree" | "reach" | "conclude" | "sign" | "strike" | "seal" | "forge"
                        );
                        !joint_word
                            && (xcomp.is_some_and(|x| !JOINT_ACTS.contains(&syn.lemma(x)))
                                || (xcomp.is_none() && object.is_some() && !agreeing))
                    });
                // (An agreement "signed by India and Germany" is signed by each with the other.)
                let joint_passive = code_a.starts_with("057") || code_a.starts_with("03");
                // "Poland, Belgium and France are to send soldiers": what several give or
                // send goes to someone else, not to one another ("held joint exercises" does).
                let given = code_a.starts_with("06")
                    && GIVING.contains(&lemma.lemma.as_str())
                    && parsed.as_ref().is_some_and(|(syn, _)| {
                        syn.children_with(vc.tok, Rel::Obj).any(|o| {
                            !JOINT_WORDS.contains(&syn.lemma(o))
                                && !syn.children(o).any(|m| JOINT_WORDS.contains(&cx.norms[m]))
                        })
                    });
                // "the Colombian and Bolivian presidents attended the summit": those who
                // attend or take part in a gathering together meet there no one in particular.
                let attended = (matches!(lemma.lemma.as_str(), "attend" | "participate")
                    || lemma.lemma == "take" && cx.norms.get(vc.tok + 1) == Some(&"part"))
                    && !(vc.tok + 1..(vc.tok + 4).min(s.last))
                        .any(|k| matches!(cx.norms[k], "talks" | "negotiations"));
                // "Djibouti and Eritrea spoke to the UN Security Council to discuss the border
                // dispute": a purpose served before someone else is served with them, not
                // between the subjects.
                let addressed = syn.as_ref().is_some_and(|syn| {
                    matches!(syn.rel(vc.tok), Some(Rel::Advcl | Rel::Xcomp))
                        && syn.children_with(vc.tok, Rel::Mark).any(|m| cx.norms[m] == "to")
                        && syn.head(vc.tok).is_some_and(|h| {
                            syn.children_with(h, Rel::Obl).any(|o| {
                                o < vc.tok
                                    && syn
                                        .children_with(o, Rel::Case)
                                        .any(|c| matches!(cx.norms[c], "to" | "with" | "before"))
                            })
                        })
                });
                // (Force with an object of its own is no fight between the subjects.)
                let apart_acts = attended
                    || addressed
                    || given
                    || apart
                    || code_a.starts_with("19") && has_object;
                let mutual = reciprocal(&code_a) && !apart_acts && (!passive || joint_passive);
                // Two or three parties act with one another; a longer list ("the six powers",
                // the victims of an attack) is a gathering or a roll, not pairs of acts. Two
                // parts of one state do not fight each other.
                let state_side = |c: &str| {
                    c.get(3..6).is_none_or(|a| {
                        matches!(a, "GOV" | "MIL" | "COP" | "CVL" | "JUD" | "LEG" | "SPY" | "PPL")
                    })
                };
                if (2..=3).contains(&sources.len()) && mutual {
                    for a in &sources {
                        for b in &sources {
                            let one_state = code_a.starts_with("19")
                                && a.code.get(..3) == b.code.get(..3)
                                && state_side(&a.code)
                                && state_side(&b.code);
                            // (A pair description's two acts share its words: "the two
                            // leaders met".)
                            if a.code != b.code && !one_state {
                                pairs.push((a.clone(), Some(b.clone()), code_a.clone()));
                            }
                        }
                    }
                } else {
                    for a in &sources {
                        pairs.push((a.clone(), None, code_a.clone()));
                    }
                }
            } else {
                for a in &sources {
                    for b in &targets {
                        if a.code == b.code {
                            continue;
                        }
                        pairs.push((a.clone(), Some(b.clone()), code_a.clone()));
                        // "A spoke with B" is A's act towards B (one event); a paired code
                        // that differs ("visited": 042, and the host's 043) adds B's side, and
                        // so does a joint act of comity's own lexicon ("held talks with B",
                        // "signed an agreement with B": 046:046). Phoenix marks many acts so
                        // ("met with": 040:040) that are the subject's alone.
                        // A place is where it happened ("soldiers fighting in Mosul",
                        // "fighting in Iraq"), no party that acts back.
                        let locative = {
                            let mut k = b.first;
                            while k > s.first && DETERMINERS.contains(&cx.norms[k - 1]) {
                                k -= 1;
                            }
                            k > s.first && LOCATIVE.contains(&cx.norms[k - 1])
                        };
                        if let Some(cb) = code_b
                            .as_ref()
                            .filter(|cb| **cb != code_a || !pattern.added)
                            .filter(|_| !b.entry.starts_with("place: ") && !locative)
                        {
                            pairs.push((b.clone(), Some(a.clone()), cb.clone()));
                        }
                    }
                }
            }
            // Require-dyad keeps events with a target, reciprocal ones among the sources too.
            // (A denial's target, whom it answers, may still be found below.)
            // (So may the owner of an act a judgement names only as "the move", below.)
            let owned_act = if pairs.iter().any(|(_, t, c)| t.is_none() && judges(c)) {
                match &parsed {
                    Some((syn, r)) => anaphoric_act(cx, syn, vc.tok, &r.object),
                    None => anaphoric_act_after(cx, vc.tok, s.last),
                }
            } else {
                None
            };
            if self.options.require_dyad != Some(false) {
                pairs.retain(|(_, t, c)| {
                    t.is_some() || c.starts_with("016") || owned_act.is_some() && judges(c)
                });
            }
            for (src, tgt, code) in pairs {
                let code = match &tgt {
                    Some(t) => bombing_code(
                        cx,
                        vc.tok,
                        &src,
                        retarget_code(cx, &lemma.lemma, &src, t, code),
                    ),
                    None => code,
                };
                let code = if code.starts_with("074") && defends_a_thing(cx, vc.tok) {
                    "052".to_string()
                } else {
                    code
                };
                let code = halted_code(cx, vc.tok, code);
                let code = opposed_code(syn.as_ref(), &lemma.lemma, vc.tok, code);
                let code = match &tgt {
                    Some(t) => charged_code(cx, &lemma.lemma, &src, t, code),
                    None => code,
                };
                if code.starts_with("05")
                    && tgt.as_ref().is_some_and(|t| welcomes_a_harm(cx, vc.tok, t))
                {
                    continue;
                }
                // "refused to implicate the MeK", "declined to blame Iran": not accusing
                // someone rejects nothing of theirs; "refuses to rule out military action"
                // holds force out (138, coded on "rule"), no rejection.
                if code.starts_with("12")
                    && (refuses_to_blame(cx, vc.tok) || refuses_to_rule_out(cx, vc.tok))
                {
                    continue;
                }
                // "to deny these people proper processing", "the rights he denied to the
                // people of Chile": denying someone something deprives them; it denies no
                // charge.
                if code.starts_with("016")
                    && lemma.lemma == "deny"
                    && syn.as_ref().is_some_and(|syn| {
                        syn.children_with(vc.tok, Rel::Iobj).next().is_some()
                            || syn.children_with(vc.tok, Rel::Obj).count() > 1
                            || syn.children_with(vc.tok, Rel::Obl).any(|o| {
                                syn.children_with(o, Rel::Case).any(|k| cx.norms[k] == "to")
                            })
                    })
                {
                    continue;
                }
                // "offered to send troops to monitor the ceasefire if Israel withdraws": a
                // party named only in a condition a cooperative act hangs on is not whom it is
                // aimed at (a threat's or a warning's condition names whom it is aimed at:
                // "threatened to resume the war unless the president grants independence").
                if matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08" | "09"))
                    && let Some(t) = &tgt
                    && let Some(&m) = cx.clause_mark.get(t.first)
                    && m > 0
                    && cx.clause_mark.get(vc.tok) != Some(&m)
                    && matches!(cx.norms[m as usize - 1], "if" | "unless")
                    && m as usize > vc.tok
                {
                    continue;
                }
                // "warned that any attack on Israel would trigger harsh retaliation against Iran":
                // the victim of an attack a threat speaks of is not whom it threatens (one who
                // will not rule out a strike on Iran holds it out against Iran).
                if code.starts_with("13")
                    && lemma.lemma != "rule"
                    && tgt.as_ref().is_some_and(|t| victim_of_an_attack_below(cx, vc.tok, t))
                {
                    continue;
                }
                // "demand further investigations of alleged FARC activities", "called for an
                // inquiry into the Israeli raid": what is to be looked into is not whom the
                // demand is made of.
                if (code.starts_with("10") || code.starts_with("02"))
                    && tgt.as_ref().is_some_and(|t| {
                        befell_target(cx, vc.tok, t, &INQUIRIES, true, |syn, k| {
                            hangs_by(cx, syn, k, &["of", "into"])
                        })
                    })
                {
                    continue;
                }
                // "Austria condemned the attack on UN observers", "to protest the death
                // sentence against Saddam Hussein": whom an attack or a sentence struck is not
                // whom its condemnation or protest is aimed at (the attacker, when named, is:
                // "the Israeli attack"; not "blamed the attack on militants": who is blamed is
                // named by "on").
                if (code.starts_with("11") && !code.starts_with("112") || code.starts_with("14"))
                    && tgt.as_ref().is_some_and(|t| condemns_a_harm_to(cx, vc.tok, t))
                {
                    continue;
                }
                // "Ukraine only recognizes Moldovan customs stamps": what is recognised is a
                // state, its government or its independence, not a thing of theirs.
                if code.starts_with("054")
                    && let Some((syn, _)) = parsed.as_ref()
                    && syn.children_with(vc.tok, Rel::Obj).any(|o| {
                        cx.rec.mention_index(o).is_none()
                            && !matches!(
                                syn.lemma(o),
                                "independence"
                                    | "sovereignty"
                                    | "government"
                                    | "state"
                                    | "statehood"
                                    | "republic"
                                    | "regime"
                                    | "authority"
                                    | "annexation"
                                    | "legitimacy"
                                    | "election"
                                    | "president"
                            )
                    })
                {
                    continue;
                }
                // "Trump pledged to protect people with pre-existing conditions": a politician
                // protecting the people of their own state makes policy, no armed protection;
                // so does the state itself ("Malaysia must stay tough on crime to protect its
                // citizens").
                if code.starts_with("074")
                    && (political(&src.code) || src.code.len() == 3)
                    && tgt.as_ref().is_some_and(|t| {
                        t.code.get(..3) == src.code.get(..3)
                            && matches!(
                                t.code.get(3..6),
                                Some("PPL" | "CVL" | "HLH" | "EDU" | "BUS" | "AGR" | "LAB")
                            )
                    })
                {
                    continue;
                }
                if code.starts_with("04") && no_meeting(cx, vc.tok, &src) {
                    continue;
                }
                // "staged protests in the Philippines, Sweden and Bahrain": where a protest is
                // held is not whom it is against.
                let tgt = tgt.filter(|t| {
                    !(code.starts_with("14") && t.first != vc.tok && where_held(cx, t))
                });
                // "Israeli jets struck Beirut": a capital under a foreign state's fire is its
                // country, the city, not its government (as "Moscow said" is); rebels or
                // protesters at home who march on their capital stand against its government.
                // "insurgents attacked a prominent Baghdad hotel": a capital naming where the
                // thing struck stands is the country too, whoever strikes.
                let tgt = tgt.map(|mut t| {
                    let force = ["18", "19", "20"].iter().any(|r| code.starts_with(r));
                    let modifier = parsed.as_ref().is_some_and(|(syn, _)| {
                        syn.rel(t.last - 1) == Some(Rel::Compound)
                            && syn.upos(t.last - 1) == Some(Upos::Propn)
                    });
                    if force
                        && (src.code.get(..3) != t.code.get(..3) || modifier)
                        && t.code.len() == 6
                        && t.code.ends_with("GOV")
                        && cx.rec.mention(t.first).is_some_and(|m| m.kind == MentionKind::Capital)
                    {
                        t.code.truncate(3);
                    }
                    t
                });
                // "State television denied that the marchers had been granted a permit": whom a
                // denial is about is not whom it answers (016's target is the accuser).
                let tgt = if code.starts_with("016") {
                    // ("Hezbollah denies the charges": of whoever made them just before.)
                    // (Not "the charges against his client", which a lawyer denies for another.)
                    let charges = || match &parsed {
                        Some((syn, r)) => r.object.iter().any(|&o| {
                            ALLEGATIONS.contains(&syn.lemma(o))
                                && !syn.children(o).any(|c| {
                                    syn.children_with(c, Rel::Case)
                                        .any(|k| cx.norms[k] == "against")
                                })
                        }),
                        // (Unparsed: the noun the verb's next words end in, "denied all the charges".)
                        None => (vc.tok + 1..s.last.min(vc.tok + 5))
                            .take_while(|&k| cx.doc.tokens[k].kind == Kind::Word)
                            .find(|&k| {
                                !DETERMINERS.contains(&cx.norms[k])
                                    && !antecedent::QUANTIFIERS.contains(&cx.norms[k])
                            })
                            .is_some_and(|k| {
                                comity_dict::word_bases(cx.norms[k])
                                    .any(|b| ALLEGATIONS.contains(&b.as_ref()))
                            }),
                    };
                    // (Never a fellow denier: "this was denied by Iran and Hezbollah".)
                    tgt.filter(|t| !in_clause_of(cx, vc.tok, t))
                        .or_else(|| {
                            self.accuser(cx, vc.tok, &src.code)
                                .filter(|a| !sources.iter().any(|x| x.code == a.code))
                        })
                        .or_else(|| {
                            charges()
                                .then(|| self.accuser_before(cx, si, &src, vc.tok, out))
                                .flatten()
                        })
                } else if tgt.is_none()
                    && judges(&code)
                    && let Some(remarks) = owned_act
                {
                    self.owner_before(cx, si, &src, vc.tok, remarks)
                } else {
                    tgt
                };
                if tgt.is_none() && self.options.require_dyad != Some(false) {
                    continue;
                }
                // "is routinely refused", "Australia currently exports to Japan": what one does
                // as a rule, and trade that goes on, told in the simple present, are a standing
                // state, no event (a force deployed now is one: "currently supplies one soldier
                // to Afghanistan", as the gold set codes it).
                let prev = cx.norms[vc.tok.saturating_sub(1)];
                let habitual = matches!(
                    prev,
                    "traditionally"
                        | "routinely"
                        | "usually"
                        | "normally"
                        | "regularly"
                        | "generally"
                ) || prev == "currently" && code.starts_with("06");
                if vc.tok > s.first
                    && habitual
                    && syn.as_ref().and_then(|syn| syn.tag(vc.tok)).is_some_and(|t| {
                        matches!(t.xpos.as_str(), "VBZ" | "VBP")
                            || t.xpos.as_str() == "VBN"
                                && vc.tok >= 2
                                && matches!(cx.norms[vc.tok - 2], "is" | "are")
                    })
                {
                    continue;
                }
                // A price charged is no charge laid ("the fees it charges banks", "customers
                // will be charged 17 dollars a barrel", "the fine charged by the EU").
                if code.starts_with("173") && lemma.lemma == "charge" && priced(cx, vc.tok) {
                    continue;
                }
                // A state of emergency against a storm, a fire or a flood restricts no one
                // ("declared a state of emergency with Tropical Storm Barry approaching").
                if code.starts_with("17")
                    && (vc.tok..pm.end.min(s.last)).any(|k| cx.norms[k] == "emergency")
                    && natural_hazard(cx, s)
                {
                    continue;
                }
                // One received as a guest is the object itself, not a modifier of what was
                // received ("received media scrutiny", "received government approval").
                if code.starts_with("043")
                    && lemma.lemma == "receive"
                    && let (Some((_, r)), Some(t)) = (&parsed, &tgt)
                    && !r.object.is_empty()
                    && !r.object.iter().any(|&o| (t.first..t.last.max(t.first + 1)).contains(&o))
                {
                    continue;
                }
                let explain = self.options.explain.then(|| Explanation {
                    verb: format!("{} ({})", cx.doc.surface(vc.tok), lemma.lemma),
                    verb_span: cx.doc.tokens[vc.tok].span(),
                    pattern: format!("{}:{}: {}", pattern.file, pattern.line, pattern.text),
                    source_entry: src.entry.clone(),
                    target_entry: tgt.as_ref().map(|t| t.entry.clone()),
                    rule: match (&parsed, vc.passive) {
                        (Some(_), _) => {
                            "parse: source from the subject, target from the object".into()
                        }
                        (None, true) => "passive: source after 'by'".into(),
                        (None, false) => "active: source before the verb".into(),
                    },
                    relations: relations.clone(),
                    parse: syn.as_ref().map(|syn| parse_line(cx, syn)),
                });
                let at = EventSite { si, s, tok: vc.tok, modality, attributed_to: &attributed_to };
                let ev = self.event(cx, &at, &src, tgt.as_ref(), code, explain, &place, &date);
                out.push(Coded {
                    event: ev,
                    lemma: lemma.lemma.clone(),
                    verb_tok: vc.tok,
                    // "halted mediation efforts": a pattern's last word ("~ mediation") that
                    // modifies the noun after it matched the whole compound.
                    match_end: syn.as_ref().map_or(pm.end, |syn| {
                        let mut end = pm.end;
                        while end > 0
                            && end < s.last
                            && syn.rel(end - 1) == Some(Rel::Compound)
                            && syn.head(end - 1) == Some(end)
                        {
                            end += 1;
                        }
                        end
                    }),
                    sentence_last: s.last,
                });
            }
        }
        if let Some(syn) = &syn {
            self.code_speech_and_nouns(cx, si, s, syn, out);
        }
        Ok(())
    }

    /// Speech acts ("X said Y must ...": a demand of Y) and event nouns ("talks between A and
    /// B") of a parsed sentence, as events.
    fn code_speech_and_nouns(
        &self,
        cx: &Ctx<'_>,
        si: usize,
        s: &SentenceRange,
        syn: &Syntax<'_>,
        out: &mut Vec<Coded>,
    ) {
        // The verbs of saying are read once, for the acts of what was said and for the intents
        // it announces.
        let said = speech::utterances(self, cx, syn);
        for act in speech::speech_acts(self, cx, syn, &said) {
            self.emit(cx, si, s, Some(syn), act.into(), "say", out);
        }
        for n in nominal::nominal_events(self, cx, syn) {
            let found = Found { tok: n.tok, pairs: n.pairs, code: n.code, why: n.why };
            self.emit(cx, si, s, Some(syn), found, "noun", out);
        }
        for n in nominal::adjective_events(self, cx, syn) {
            let found = Found { tok: n.tok, pairs: n.pairs, code: n.code, why: n.why };
            self.emit(cx, si, s, Some(syn), found, "adjective", out);
        }
        let here = out.partition_point(|c| c.event.sentence < si);
        let mut acts = speech::intent_acts(cx, &said, &out[here..]);
        acts.extend(speech::accusation_acts(cx, &said, &out[here..]));
        for act in acts {
            self.emit(cx, si, s, Some(syn), act.into(), "say", out);
        }
    }

    /// Events from a trigger found outside the verb patterns (a speech act, an event noun).
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        cx: &Ctx<'_>,
        si: usize,
        s: &SentenceRange,
        syn: Option<&Syntax<'_>>,
        found: Found,
        lemma: &str,
        out: &mut Vec<Coded>,
    ) {
        let modality = self.modality(cx, s, found.tok);
        // An event noun asked for, weighed or refused did not happen ("called for the
        // withdrawal of Syrian forces").
        // The clause's denial or condition wins over a time ahead said of the noun itself
        // ("would not be conducting any negotiations next week with Japan").
        let modality = match syn.filter(|_| lemma == "noun") {
            Some(syn) => governed_noun(cx, syn, found.tok)
                .or_else(|| match self.noun_clause_modality(cx, syn, s, found.tok) {
                    Some(m @ (Modality::Negated | Modality::Denied | Modality::Hypothetical)) => {
                        Some(m)
                    }
                    clause => clause.filter(|_| modality == Modality::Asserted),
                })
                .unwrap_or(modality),
            None => modality,
        };
        let (attributed_to, reported) = attribution(cx, found.tok);
        let modality =
            if modality == Modality::Asserted && reported { Modality::Reported } else { modality };
        let place = event_place(cx, s, found.tok);
        let date = event_date(cx, s, found.tok);
        for (src, tgt) in &found.pairs {
            if src.code == tgt.code {
                continue;
            }
            let explain = self.options.explain.then(|| Explanation {
                verb: cx.doc.surface(found.tok).to_string(),
                verb_span: cx.doc.tokens[found.tok].span(),
                pattern: format!("{lemma} {}", found.code),
                source_entry: src.entry.clone(),
                target_entry: Some(tgt.entry.clone()),
                rule: found.why.clone(),
                relations: Vec::new(),
                parse: syn.map(|syn| parse_line(cx, syn)),
            });
            let at = EventSite { si, s, tok: found.tok, modality, attributed_to: &attributed_to };
            let code = found.code.clone();
            let ev = self.event(cx, &at, src, Some(tgt), code, explain, &place, &date);
            out.push(Coded {
                event: ev,
                lemma: lemma.to_string(),
                verb_tok: found.tok,
                match_end: found.tok + 1,
                sentence_last: s.last,
            });
        }
    }

    /// Verb candidates of a parsed sentence: dictionary verbs the tagger reads as verbs, with
    /// the form its Penn tag names and the voice the parse shows.
    fn parsed_verb_candidates(
        &self,
        cx: &Ctx<'_>,
        s: &SentenceRange,
        syn: &Syntax<'_>,
    ) -> Vec<VerbCand> {
        let mut out = Vec::new();
        for k in s.first..s.last {
            // A word of a name ("United Nations", "Kuomintang Party") is no verb.
            if cx.doc.tokens[k].kind != Kind::Word || cx.rec.mention_at[k] != 0 {
                continue;
            }
            let tagged = syn.upos(k) == Some(Upos::Verb);
            let forms = self.dict.verbs.lookup(cx.norms[k]);
            let misread = if (!tagged || syn.rel(k) == Some(Rel::Amod)) && !forms.is_empty() {
                // (An irregular past whose participle is the same word is stored as one
                // form: "shot", "hit", "fought".)
                let irregular = !cx.norms[k].ends_with("ed")
                    && forms.iter().any(|&(_, f)| matches!(f, Form::Past | Form::PastOrParticiple));
                roles::misread_verb(cx, syn, s.first, k, irregular)
            } else {
                None
            };
            if !tagged && misread.is_none() {
                continue;
            }
            let xpos = if misread.is_some() {
                "VBD"
            } else {
                syn.tag(k).map(|t| t.xpos.as_str()).unwrap_or("")
            };
            let fits = |f: Form| match xpos {
                "VBG" => f == Form::Ing,
                "VBN" => matches!(f, Form::Participle | Form::PastOrParticiple),
                "VBD" => matches!(f, Form::Past | Form::PastOrParticiple),
                "VBZ" => f == Form::ThirdSingular,
                _ => f == Form::Base,
            };
            let Some(&(lemma, form)) = forms.iter().find(|(_, f)| fits(*f)).or(forms.first())
            else {
                continue;
            };
            let r = misread.unwrap_or_else(|| roles::roles(cx, syn, k));
            out.push(VerbCand { tok: k, lemma, form, passive: r.passive, roles: Some(r) });
        }
        out
    }

    /// The actor named right before the verb inside a subject phrase that names none by its
    /// head: the tree read a descriptor before the name as the phrase's head ("Human rights
    /// watchdog/VERB Amnesty International accused": subject "rights", the name its object).
    /// A name that ends where the verb starts and hangs below the subject is the subject.
    fn name_before_verb(
        &self,
        cx: &Ctx<'_>,
        syn: &Syntax<'_>,
        subject: &[usize],
        v: usize,
    ) -> Vec<Act> {
        let Some(mi) = v.checked_sub(1).and_then(|k| cx.rec.mention_index(k)) else {
            return Vec::new();
        };
        let m = &cx.rec.mentions[mi];
        if m.last != v || m.code.is_none() || m.kind == MentionKind::Pronoun {
            return Vec::new();
        }
        // Below the subject's common noun, through words that join a name to a descriptor
        // (an object, a modifier, a flat name or apposition), never through a preposition:
        // "violence in Iraq continued", "a bomb in the market in Baghdad killed" name places.
        let below = |t: usize| {
            let mut k = t;
            for _ in 0..6 {
                let joins = matches!(
                    syn.rel(k),
                    Some(Rel::Obj | Rel::Acl | Rel::Appos | Rel::Flat | Rel::Compound)
                ) && syn.children_with(k, Rel::Case).next().is_none();
                match syn.head(k) {
                    Some(h) if joins && subject.contains(&h) => return true,
                    Some(h) if joins && h != v => k = h,
                    _ => return false,
                }
            }
            false
        };
        let descriptor = subject.iter().all(|&t| t < m.first && syn.upos(t) == Some(Upos::Noun));
        if descriptor && (m.first..m.last).any(below) {
            self.mention_acts(cx, &[mi], None)
        } else {
            Vec::new()
        }
    }

    /// Whom a denial at `v` answers: the "by" phrase of the verb or of its object ("dismissed
    /// accusations by the United States") or whose its object is ("denied Iran's claims"),
    /// other than the denier `own`.
    fn accuser(&self, cx: &Ctx<'_>, v: usize, own: &str) -> Option<Act> {
        let syn = cx.doc.syntax(cx.doc.sentence_of(v))?;
        let by = |c: usize| {
            syn.rel(c) == Some(Rel::OblAgent)
                || (matches!(syn.rel(c), Some(Rel::Obl | Rel::Nmod))
                    && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "by"))
        };
        let mut heads: Vec<usize> = syn.children(v).filter(|&c| by(c)).collect();
        for o in syn.children_with(v, Rel::Obj) {
            heads.extend(syn.children(o).filter(|&c| by(c) || syn.rel(c) == Some(Rel::NmodPoss)));
        }
        self.phrase_acts(cx, &syn, &heads, Some(own)).into_iter().find(|t| t.code != own)
    }

    /// Actors of the phrases headed by `heads`.
    fn phrase_acts(
        &self,
        cx: &Ctx<'_>,
        syn: &Syntax<'_>,
        heads: &[usize],
        avoid: Option<&str>,
    ) -> Vec<Act> {
        let mut ms: Vec<usize> = Vec::new();
        for &h in heads {
            for m in roles::phrase_mentions(cx, syn, h) {
                if !ms.contains(&m) {
                    ms.push(m);
                }
            }
        }
        self.mention_acts(cx, &ms, avoid)
    }

    fn verb_candidates(&self, cx: &Ctx<'_>, s: &SentenceRange) -> Vec<VerbCand> {
        let mut out = Vec::new();
        for k in s.first..s.last {
            let t = &cx.doc.tokens[k];
            if t.kind != Kind::Word || cx.rec.mention_at[k] != 0 {
                continue;
            }
            let forms = self.dict.verbs.lookup(cx.norms[k]);
            if forms.is_empty() {
                continue;
            }
            if k + 1 < s.last && cx.doc.tokens[k + 1].kind == Kind::Possessive {
                continue;
            }
            let prev = if k > s.first { Some(cx.norms[k - 1]) } else { None };
            let prev_is_det = prev.is_some_and(|p| DETERMINERS.contains(&p))
                || (k > s.first
                    && matches!(cx.doc.tokens[k - 1].kind, Kind::Possessive | Kind::Number));
            let sig = prev_significant(cx, k, s.first);
            let sig_w = sig.map(|i| cx.norms[i]);
            let prev_mention_end =
                k > s.first && cx.rec.mention(k - 1).is_some_and(|m| m.last == k);
            // Two finite verbs in a row are rare: "denied claims" is a verb and its object.
            let after_verb = out.last().is_some_and(|c: &VerbCand| c.tok + 1 == k);
            for &(lemma, form) in forms {
                let ok = match form {
                    _ if after_verb
                        && !matches!(
                            form,
                            Form::Ing | Form::Participle | Form::PastOrParticiple
                        ) =>
                    {
                        false
                    }
                    Form::Ing => {
                        !prev_is_det
                            && (sig_w.is_some_and(|w| {
                                BE.contains(&w)
                                    || matches!(
                                        w,
                                        "," | "and"
                                            | "or"
                                            | "while"
                                            | "after"
                                            | "before"
                                            | "by"
                                            | "without"
                                            | "when"
                                            | "since"
                                    )
                            }) || prev_mention_end)
                    }
                    Form::Base => {
                        !prev_is_det
                            && (sig_w.is_some_and(|w| {
                                MODALS.contains(&w)
                                    || negation(w)
                                    || matches!(
                                        w,
                                        "they"
                                            | "we"
                                            | "i"
                                            | "you"
                                            | "who"
                                            | "that"
                                            | "which"
                                            | "and"
                                    )
                            }) || prev_mention_end
                                || sig.is_some_and(|i| {
                                    cx.rec.mention(i).is_some_and(|m| {
                                        m.last == i + 1 && m.kind != MentionKind::Pronoun
                                    })
                                }))
                    }
                    Form::ThirdSingular => {
                        !prev_is_det && !prev.is_some_and(|p| PREPOSITIONS.contains(&p))
                    }
                    Form::Past | Form::Participle | Form::PastOrParticiple => {
                        !prev_is_det
                            && !prev.is_some_and(|p| {
                                PREPOSITIONS.contains(&p) && p != "by" && p != "to"
                            })
                    }
                };
                if !ok {
                    continue;
                }
                let passive = matches!(form, Form::Participle | Form::PastOrParticiple)
                    && (sig_w.is_some_and(|w| BE.contains(&w) || w == "got")
                        || (next_is_by(cx, k + 1, s.last)
                            && !sig_w.is_some_and(|w| HAVE.contains(&w))));
                out.push(VerbCand { tok: k, lemma, form, passive, roles: None });
                break;
            }
        }
        out
    }

    /// The actors that are the grammatical subject of the verb.
    fn subject_acts(
        &self,
        cx: &Ctx<'_>,
        s: &SentenceRange,
        before: &[VerbCand],
        prev_kind: &[[u32; 2]],
        vc: &VerbCand,
        known: &[(usize, Vec<Act>)],
    ) -> Vec<Act> {
        // Gerund straight after an actor: "troops fighting alongside".
        if vc.form == Form::Ing
            && vc.tok > s.first
            && let Some(mi) = cx.rec.mention_index(vc.tok - 1)
            && cx.rec.mentions[mi].last == vc.tok
        {
            return self.mention_acts(cx, &[mi], None);
        }
        match find_subject(cx, s, vc.tok, vc.form, before, prev_kind) {
            Subject::Mentions(ms) => self.mention_acts(cx, &ms, None),
            // `known` is in token order: the last entry for `tok`, by binary search.
            Subject::Inherit(tok) => known[..known.partition_point(|(t, _)| *t <= tok)]
                .last()
                .filter(|(t, _)| *t == tok)
                .map(|(_, a)| a.clone())
                .unwrap_or_default(),
            Subject::None => Vec::new(),
        }
    }

    pub(crate) fn mention_acts(&self, cx: &Ctx<'_>, ms: &[usize], avoid: Option<&str>) -> Vec<Act> {
        let mut acts = Vec::new();
        for &mi in ms {
            match cx.pairs[mi] {
                Some(pair) => acts.extend(pair.iter().filter_map(|&a| pair_act(cx, mi, a))),
                None => acts.extend(actor_of(cx, mi, avoid)),
            }
        }
        acts
    }

    /// The first of the phrase heads `heads` that names actors other than the sources' own
    /// bare pronoun, with those actors: the victims of force, the party a threat's condition
    /// binds.
    fn first_named(
        &self,
        cx: &Ctx<'_>,
        syn: &Syntax<'_>,
        heads: &[usize],
        sources: &[Act],
    ) -> Option<(usize, Vec<Act>)> {
        let avoid = sources.first().map(|x| x.code.as_str());
        heads.iter().find_map(|&t| {
            let mut acts = self.mention_acts(cx, &roles::object_mentions(cx, syn, t), avoid);
            acts.retain(|a| !own_pronoun(cx, a, sources));
            (!acts.is_empty()).then_some((t, acts))
        })
    }

    /// Actors of the noun phrase starting at `a` (after an optional determiner), with compounds.
    fn np_acts(&self, cx: &Ctx<'_>, a: usize, end: usize, avoid: Option<&str>) -> Vec<Act> {
        let mut k = a;
        while k < end
            && (DETERMINERS.contains(&cx.norms[k]) || cx.doc.tokens[k].kind == Kind::OpenQuote)
            && cx.rec.mention_at[k] == 0
        {
            k += 1;
        }
        match cx.rec.mention_index(k) {
            Some(mi) => {
                let ms = compound_right(cx, mi, end);
                self.mention_acts(cx, &ms, avoid)
            }
            None => Vec::new(),
        }
    }

    /// Whose act (or, with `remarks`, whose words) a judgement at token `at` of sentence `si`
    /// names only as "the move", "the decision", "the remarks": for words, the subject, other
    /// than the judge, of the last verb of saying in the three sentences before; for acts, the
    /// active subject, other than the judge, of the main verb (no verb of saying) of the
    /// sentence just before ("Johnson asked the Queen to suspend Parliament. Corbyn condemned
    /// the move").
    fn owner_before(
        &self,
        cx: &Ctx<'_>,
        si: usize,
        judge: &Act,
        at: usize,
        remarks: bool,
    ) -> Option<Act> {
        let implied = |code: String, name: String| {
            implied_before(
                at,
                code,
                format!("an act named by a noun alone: {name}'s, just before"),
                format!("{name} (whose act it was)"),
            )
        };
        let other = |a: &Act| a.code != judge.code;
        if remarks {
            let a = self.speaker_before(cx, si, 3, |a, _, _, _| other(a))?;
            let name = cx.doc.slice(a.first, a.last).to_string();
            return Some(implied(a.code, name));
        }
        // (Only the sentence just before, and only its active subject: "Chakuamba was
        // released on bail. The prosecutor objected to the ruling" is no ruling of his.)
        let sj = si.checked_sub(1)?;
        let syn = cx.doc.syntax(sj)?;
        let sr = &cx.doc.sentences[sj];
        let root = (sr.first..sr.last).find(|&t| syn.rel(t) == Some(Rel::Root))?;
        // (Nor a sentence that itself reacts to an act: in "Israel responded to the move. Hamas
        // praised the move" the move is neither's.)
        let objects: Vec<usize> =
            syn.children(root).filter(|&c| syn.rel(c) == Some(Rel::Obj)).collect();
        if syn.upos(root) != Some(Upos::Verb)
            || SAYING.contains(&syn.lemma(root))
            || REACTING.contains(&syn.lemma(root))
            || anaphoric_act(cx, &syn, root, &objects).is_some()
        {
            return None;
        }
        let subject: Vec<usize> = syn.children_with(root, Rel::Nsubj).collect();
        let a = self.phrase_acts(cx, &syn, &subject, None).into_iter().find(other)?;
        let name = cx.doc.slice(a.first, a.last).to_string();
        Some(implied(a.code, name))
    }

    /// Whoever accused the denier (`denier`, of the denial at token `at` of sentence `si`) in
    /// the sentences just before: the source of the last criticism or accusation coded there
    /// against the denier's country, else the subject, of another country, of the last verb of
    /// saying or charging (`SAYING`) whose clause names the denier's country ("The Pentagon
    /// claims that Iraq obtained secret plans from a Russian diplomat. Russia's foreign
    /// ministry has denied the allegations").
    fn accuser_before(
        &self,
        cx: &Ctx<'_>,
        si: usize,
        denier: &Act,
        at: usize,
        out: &[Coded],
    ) -> Option<Act> {
        let home = denier.code.get(..3)?;
        let lo = si.saturating_sub(ACCUSER_SENTENCES);
        let implied = |code: String, name: String| {
            implied_before(
                at,
                code,
                format!("a denial naming no one: whoever accused it before, {name}"),
                format!("{name} (the accuser before)"),
            )
        };
        for c in out.iter().rev() {
            let e = &c.event;
            if e.sentence < lo {
                break;
            }
            let against_denier = e.target.as_ref().is_some_and(|t| t.code.get(..3) == Some(home));
            if e.sentence < si
                && e.code.starts_with("11")
                && against_denier
                && e.source.code.get(..3) != Some(home)
            {
                return Some(implied(e.source.code.clone(), e.source.text.clone()));
            }
        }
        let a = self.speaker_before(cx, si, ACCUSER_SENTENCES, |a, syn, v, subject| {
            if a.code.get(..3).is_none_or(|c| c == home) {
                return false;
            }
            // (The clause must name the denier's side.)
            let sr = &cx.doc.sentences[cx.doc.sentence_of(v)];
            let (from, to) = syn.subtree(v);
            in_sentence(&cx.rec.mentions, |m| m.first, sr).iter().any(|m| {
                m.first >= from
                    && m.last <= to
                    && !subject.iter().any(|&t| m.first <= t && t < m.last)
                    && m.code.as_deref().and_then(|c| c.get(..3)) == Some(home)
            })
        })?;
        let name = cx.doc.slice(a.first, a.last).to_string();
        Some(implied(a.code, name))
    }

    /// The subject actor of the last verb of saying (`SAYING`) in the `back` sentences before
    /// sentence `si` that `keep` accepts (given the actor, the parse, the verb and its subject
    /// words): whoever made the charge a denial answers, whoever said the words a judgement
    /// names.
    fn speaker_before(
        &self,
        cx: &Ctx<'_>,
        si: usize,
        back: usize,
        keep: impl Fn(&Act, &Syntax<'_>, usize, &[usize]) -> bool,
    ) -> Option<Act> {
        for sj in (si.saturating_sub(back)..si).rev() {
            let Some(syn) = cx.doc.syntax(sj) else { continue };
            let sr = &cx.doc.sentences[sj];
            for v in (sr.first..sr.last).rev() {
                if syn.upos(v) != Some(Upos::Verb) || !SAYING.contains(&syn.lemma(v)) {
                    continue;
                }
                let subject: Vec<usize> = syn.children_with(v, Rel::Nsubj).collect();
                let found = self
                    .phrase_acts(cx, &syn, &subject, None)
                    .into_iter()
                    .find(|a| keep(a, &syn, v, &subject));
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }

    /// The authorities behind an arrest, a charge or an expulsion told in the passive with no
    /// agent: the police (`COP`) for arrests, the courts (`JUD`) for charges and sentences, the
    /// government for expulsions, of the foreign country where it happened, else of the
    /// country of `targets`' first actor (a state's own code only). None for other verbs.
    fn implied_authorities(
        &self,
        cx: &Ctx<'_>,
        syn: &Syntax<'_>,
        v: usize,
        objects: &[usize],
        targets: &[Act],
    ) -> Option<Act> {
        let lemma = syn.lemma(v);
        let &(_, _, agent) = IMPLIED_AUTHORITIES.iter().find(|(l, _, _)| *l == lemma)?;
        let undergoer = targets.first()?;
        let home = undergoer.code.get(..3).filter(|c| self.dict.country(c).is_some())?;
        let heads = roles::scene_heads(cx, syn, v, objects);
        let scene = self.scene_acts(cx, syn, &heads, targets);
        // Soldiers detained (not jailed or arrested, which their own state does) are held by
        // another state's forces ("the 15 British troops detained" in a story of Iran's
        // seizure of them): where it happened, else the one other country the sentence names.
        if syn.lemma(v) == "detain" && undergoer.code.get(3..6) == Some("MIL") && scene.is_empty() {
            let s = &cx.doc.sentences[cx.doc.sentence_of(v)];
            let codes = in_sentence(&cx.rec.mentions, |m| m.first, s)
                .iter()
                .filter_map(|m| m.code.as_deref()?.get(..3));
            if let Some(country) = self.one_other_country(codes, home) {
                return Some(Act {
                    code: format!("{country}MIL"),
                    first: v,
                    last: v + 1,
                    entry: format!("implied: the forces of {country}, the other country named"),
                    named: Some(format!("{country} forces")),
                });
            }
        }
        // Where it happened: the sentence's scene, else, for private people, where the article's
        // places lie (a British teacher sentenced in a story told from Khartoum was sentenced by
        // Sudan), else the country of the one who underwent it.
        // Soldiers, officials and spies are tried by their own state wherever the story is told.
        let private = matches!(
            undergoer.code.get(3..6),
            Some("CVL" | "EDU" | "BUS" | "MED" | "REF" | "ACT" | "NGO" | "REL" | "HLH" | "LAB")
        );
        // "Nine French nationals, that were arrested ..., officials in Chad say": a private
        // foreigner's captors are of the one other country the sentence's places lie in.
        let sentence_place = || {
            let s = &cx.doc.sentences[cx.doc.sentence_of(v)];
            let codes =
                in_sentence(&cx.rec.places, |p| p.first, s).iter().map(|p| p.country.as_str());
            self.one_other_country(codes, home)
        };
        // "Two US soldiers were charged with manslaughter for the killing of an Iraqi
        // civilian": a state's soldiers, police and spies are charged by it (its officials
        // are as often indicted abroad).
        let own_court =
            agent == "JUD" && matches!(undergoer.code.get(3..6), Some("MIL" | "SPY" | "COP"));
        let country = scene
            .first()
            .filter(|_| !own_court)
            .and_then(|a| a.code.get(..3))
            .or_else(|| sentence_place().filter(|_| private && agent != "GOV"))
            .or(cx.scene_country.as_deref().filter(|_| private))
            .filter(|c| self.dict.country(c).is_some())
            .unwrap_or(home);
        Some(Act {
            code: format!("{country}{agent}"),
            first: v,
            last: v + 1,
            entry: format!("implied: the authorities of {country} ({agent})"),
            named: Some(format!("{country} authorities")),
        })
    }

    /// The one country among `codes` other than `home` (a country of the dictionaries), if
    /// there is exactly one.
    fn one_other_country<'c>(
        &self,
        codes: impl Iterator<Item = &'c str>,
        home: &str,
    ) -> Option<&'c str> {
        let mut others: Vec<&str> =
            codes.filter(|c| *c != home && self.dict.country(c).is_some()).collect();
        others.sort_unstable();
        others.dedup();
        match others[..] {
            [c] => Some(c),
            _ => None,
        }
    }

    /// Actors for the country where something happened: the first of the phrases at `heads`
    /// that names an actor or a place of a country other than the sources' own.
    fn scene_acts(
        &self,
        cx: &Ctx<'_>,
        syn: &Syntax<'_>,
        heads: &[usize],
        sources: &[Act],
    ) -> Vec<Act> {
        // (Rebels striking their country's places strike the country: "Taliban rebels
        // attacked a bridge in Kabul".)
        let own = |code: &str| {
            sources.iter().any(|x| x.code.get(..3) == code.get(..3) && !armed_group(&x.code))
        };
        for &h in heads {
            let found: Vec<Act> = roles::phrase_mentions(cx, syn, h)
                .into_iter()
                .filter_map(|mi| {
                    let mut a = actor_of(cx, mi, None)?;
                    // A capital struck is the country, not its government ("in Beirut").
                    if cx.rec.mentions[mi].kind == MentionKind::Capital {
                        a.code.truncate(3);
                    }
                    Some(a)
                })
                .filter(|a| !own(&a.code))
                .collect();
            if !found.is_empty() {
                return found;
            }
            if let Some(a) = place_act(cx, h).filter(|a| !own(&a.code)) {
                return vec![a];
            }
        }
        Vec::new()
    }

    /// The first actor after the verb that is a target rather than a place.
    fn object_acts(
        &self,
        cx: &Ctx<'_>,
        from: usize,
        matched_to: usize,
        s: &SentenceRange,
        cands: &[VerbCand],
        avoid: Option<&str>,
    ) -> Vec<Act> {
        let mut k = from;
        while k < s.last && k < from + 14 {
            let w = cx.norms[k];
            if let Some(mi) = cx.rec.mention_index(k) {
                let m = &cx.rec.mentions[mi];
                if m.first == k {
                    let mut b = k;
                    while b > from
                        && (DETERMINERS.contains(&cx.norms[b - 1])
                            || matches!(
                                cx.norms[b - 1],
                                "western" | "eastern" | "northern" | "southern" | "central"
                            ))
                    {
                        b -= 1;
                    }
                    let locative = b > s.first && LOCATIVE.contains(&cx.norms[b - 1]);
                    if !locative {
                        let ms = compound_right(cx, mi, s.last);
                        return self.mention_acts(cx, &ms, avoid);
                    }
                }
                k = m.last;
                continue;
            }
            if CLAUSE_BREAKS.contains(&w)
                || matches!(w, "." | "," | "that" | "which" | "who" | "?" | "!")
            {
                break;
            }
            // Candidates are in token order: those at `k` are found by binary search.
            let at_k = &cands[cands.partition_point(|c| c.tok < k)..];
            if k >= matched_to
                && at_k.iter().take_while(|c| c.tok == k).any(|c| !matches!(c.form, Form::Ing))
            {
                break;
            }
            k += 1;
        }
        Vec::new()
    }

    /// For a reduced relative ("the region of Kursk, partly occupied by"), the phrase before it.
    fn antecedent_acts(&self, cx: &Ctx<'_>, v: usize, s: &SentenceRange) -> Vec<Act> {
        let mut k = v;
        while k > s.first && (cx.norms[k - 1] == "," || is_adverb(cx.norms[k - 1])) {
            k -= 1;
        }
        let lo = k.saturating_sub(10).max(s.first);
        for j in (lo..k).rev() {
            if let Some(mi) = cx.rec.mention_index(j)
                && let Some(a) = actor_of(cx, mi, None)
            {
                return vec![a];
            }
            if let Some(a) = place_act(cx, j) {
                return vec![a];
            }
        }
        Vec::new()
    }

    /// The modality an event noun takes from the clause it is an argument of: "talks are set
    /// to resume", "the visit will take place", "is expected to pledge to triple Japan's aid"
    /// (the verb it hangs on, that verb's own auxiliaries, or the word governing that verb).
    fn noun_clause_modality(
        &self,
        cx: &Ctx<'_>,
        syn: &Syntax<'_>,
        s: &SentenceRange,
        k: usize,
    ) -> Option<Modality> {
        let v = syn.head(k)?;
        // The noun is the verb's own event: the subject of a verb of happening ("talks will
        // resume") or the object of a support verb ("did not make an official protest");
        // never "Israel's attacks will not resolve the problem".
        // ("there should be a phased withdrawal", "there will be talks": the noun is what the
        // existential "be" says is, or ought to be.)
        let carries = match syn.rel(k) {
            Some(Rel::Nsubj | Rel::NsubjPass) => {
                HAPPENING.contains(&syn.lemma(v)) || roles::existential_be(cx, syn, v)
            }
            Some(Rel::Obj) => self.dict.set_match("&support_verbs", &[cx.norms[v]]).is_some(),
            // "aim to come to an agreement", "would lead to a peace deal": what one comes or
            // is led to is that verb's own event.
            Some(Rel::Obl) => {
                matches!(syn.lemma(v), "come" | "lead")
                    && syn.children_with(k, Rel::Case).any(|c| cx.norms[c] == "to")
            }
            _ => false,
        };
        // "hope the talks will lead to a peace agreement": an outcome foretold is no one's
        // intent, only possible.
        if carries
            && syn.lemma(v) == "lead"
            && syn.rel(k) == Some(Rel::Obl)
            && self.modality(cx, s, v) != Modality::Asserted
        {
            return Some(Modality::Possible);
        }
        // "working towards an agreement", "moving toward a ceasefire": a goal, not yet had.
        if syn.rel(k) == Some(Rel::Obl)
            && syn.children_with(k, Rel::Case).any(|c| matches!(cx.norms[c], "toward" | "towards"))
        {
            return Some(Modality::Possible);
        }
        // The meeting in whose course one agreed or wanted something took place: "during
        // talks with Abbas, Olmert agreed to release prisoners".
        let course = syn.rel(k) == Some(Rel::Obl)
            && syn
                .children_with(k, Rel::Case)
                .any(|c| nominal::COURSE_CASES.contains(&cx.norms[c]));
        if let Some(m) =
            CONTROL.get(cx.norms[v]).filter(|_| syn.rel(k) != Some(Rel::Obj) && !course)
        {
            return Some(m);
        }
        // "the deal would involve Hamas's recognition of Israel", "the plan could include
        // strikes on Iran": what a plan only supposed or possible takes in is no more than
        // supposed. (Not what such a verb explains or stops: "might explain Clinton's visit",
        // "to stop the attacks on Israel".)
        if syn.rel(k) == Some(Rel::Obj)
            && matches!(
                syn.lemma(v),
                "involve" | "include" | "entail" | "mean" | "require" | "need"
            )
        {
            // (Nor is what a plan told of "would" take in: "said the deal would involve".)
            match self.modality(cx, s, v) {
                m @ (Modality::Hypothetical | Modality::Possible) => return Some(m),
                Modality::Planned => return Some(Modality::Possible),
                _ => {}
            }
        }
        if !carries {
            return None;
        }
        let m = self.modality(cx, s, v);
        if m != Modality::Asserted {
            return Some(m);
        }
        roles::governing_modality(cx, syn, v)
    }

    /// The modality an infinitive of purpose takes from the verb it serves, up to three steps
    /// up: a purpose is no more certain than its verb ("some US units might stay past 2011 to
    /// train Iraqi forces", "does not allow U.S. forces to enter its territory"), and no nearer
    /// done ("Abbas and Olmert will meet Tuesday to discuss Gaza" is planned as the meeting
    /// is; "will continue to work together to persuade Tehran to halt enrichment").
    /// None when the verbs above are asserted.
    fn purpose_modality(
        &self,
        cx: &Ctx<'_>,
        s: &SentenceRange,
        syn: &Syntax<'_>,
        v: usize,
    ) -> Option<Modality> {
        let mut cur = v;
        for _ in 0..3 {
            let infinitive = matches!(syn.rel(cur), Some(Rel::Advcl | Rel::Xcomp))
                && syn.children_with(cur, Rel::Mark).any(|k| cx.norms[k] == "to");
            if !infinitive {
                return None;
            }
            // Through an adjective or adverb of degree: "had not moved closer to granting".
            let h = syn.head(cur).and_then(|h| {
                if matches!(syn.upos(h), Some(Upos::Adj | Upos::Adv)) {
                    syn.head(h)
                } else {
                    Some(h)
                }
            })?;
            if !matches!(syn.upos(h), Some(Upos::Verb)) {
                return None;
            }
            // "Roh left Seoul yesterday to meet with Kim Jong-il", "arrived in Beijing to meet
            // Wu": what one sets out or arrives for is still to come when one goes.
            if cur == v
                && syn.rel(cur) == Some(Rel::Advcl)
                && matches!(syn.lemma(h), "leave" | "depart" | "head" | "arrive" | "set")
            {
                return Some(Modality::Planned);
            }
            let m = self.modality(cx, s, h);
            if m != Modality::Asserted && m != Modality::Reported {
                return Some(m);
            }
            // ("asked the government to send soldiers to Lebanon to fight the Israelis": the verb
            // served is itself only asked for.)
            if let Some(m) = roles::governing_modality(cx, syn, h)
                .filter(|&m| matches!(m, Modality::Hypothetical | Modality::Possible))
            {
                return Some(m);
            }
            cur = h;
        }
        None
    }

    fn modality(&self, cx: &Ctx<'_>, s: &SentenceRange, v: usize) -> Modality {
        let mut found: Vec<Modality> = Vec::new();
        // The verb group: auxiliaries, adverbs, modals and control verbs before the verb.
        let mut k = v;
        while k > s.first {
            let w = cx.norms[k - 1];
            if negation(w) {
                found.push(Modality::Negated);
            } else if w == "would" && future_in_the_past(cx, s, k - 1) {
                found.push(Modality::Planned);
            } else if let Some(m) = MODAL_CUES.get(w) {
                found.push(m);
            } else if w == "to" {
                // "I want to thank the Canadian people", "I would like to congratulate": a
                // wish to perform a speech act performs it.
                let performed = k >= 2
                    && matches!(cx.norms[k - 2], "want" | "like" | "wish")
                    && PERFORMATIVES.contains(&cx.norms[v]);
                // "Maliki asked to meet Sadr officials": what one asks to do is requested, not
                // done; what one "was asked to" do, asked of one.
                // ("Hamas has been invited to meet South African officials": what one is
                // invited to do is offered, not done.)
                let asked = k >= 2
                    && matches!(
                        cx.norms[k - 2],
                        "asked" | "asks" | "ask" | "asking" | "requested" | "invited"
                    );
                if asked {
                    let passive = k >= 3 && BE.contains(&cx.norms[k - 3]);
                    found.push(if passive { Modality::Hypothetical } else { Modality::Planned });
                } else if called_for(cx, s, k - 1) {
                    // "called for Syria to withdraw its troops": what one calls on another to do
                    // is asked, not done.
                    found.push(Modality::Hypothetical);
                } else if k >= 2 && cx.norms[k - 2] == "yet" {
                    // "are yet to be arrested", "has yet to respond": not done.
                    found.push(Modality::Negated);
                } else if k >= 2
                    && !performed
                    && let Some(m) = CONTROL.get(cx.norms[control_word(cx, s, k - 2)])
                {
                    found.push(m);
                } else if k >= 3
                    && matches!(
                        cx.norms[k - 2],
                        "reported"
                            | "said"
                            | "believed"
                            | "thought"
                            | "alleged"
                            | "rumoured"
                            | "rumored"
                            | "understood"
                            | "claimed"
                    )
                    && (BE.contains(&cx.norms[k - 3])
                        || k >= 4
                            && (is_adverb(cx.norms[k - 3])
                                || matches!(cx.norms[k - 3], "also" | "now" | "still" | "even"))
                            && BE.contains(&cx.norms[k - 4]))
                {
                    // "is reported to have asked", "are said to have been shot", "is also
                    // reported to have asked": what others are said to say is relayed.
                    found.push(Modality::Reported);
                } else if k >= 3
                    && matches!(cx.norms[k - 2], "is" | "are" | "was" | "were")
                    && arranged_subject(cx, k - 3)
                {
                    // "the president of Brazil was to visit Beijing": an arrangement.
                    found.push(Modality::Planned);
                } else if let Some(m) =
                    (k >= 3 && BE.contains(&cx.norms[k - 2]) && cx.norms[k] != "be")
                        .then(|| aim_before(cx, s, k - 2))
                        .flatten()
                {
                    // "the conference's purpose is to launch negotiations between Israel and
                    // the Palestinians": an aim stated, nothing done (a goal or a plan is still
                    // its holder's plan: `CONTROL`).
                    found.push(m);
                } else if k >= 2 && cx.norms[k] == "be" && matches!(cx.norms[k - 2], "," | "(") {
                    // "The treaty, to be signed by Russia and China next week, ...": what is
                    // still to be done.
                    found.push(Modality::Planned);
                }
            } else if !(VERB_GROUP.contains(&w)
                || BE.contains(&w)
                || HAVE.contains(&w)
                || MODALS.contains(&w)
                || is_adverb(w)
                || CONTROL.contains(w)
                || in_verb_group_punctuation(cx, s, k - 1))
            {
                break;
            }
            k -= 1;
        }
        // A denial earlier in the same clause: the nearest clause break, denial, "if",
        // "unless" or "whether" ("asked whether a company would be willing to come", "will
        // decide whether to offer wheat") before the verb, from the per-token table.
        if let Some(j) = cx.clause_mark.get(v).and_then(|&j| j.checked_sub(1)) {
            let w = cx.norms[j as usize];
            // ("unless" is also a clause break: the check comes first.)
            if (j as usize) >= s.first {
                if HYPOTHETICAL_MARKS.contains(&w) {
                    found.push(Modality::Hypothetical);
                } else if DENY.contains(&w) && !CLAUSE_BREAKS.contains(&w) {
                    found.push(Modality::Denied);
                }
            }
        }
        if future_time(cx, s, v) {
            found.push(Modality::Planned);
        }
        // "blocked aid until the movement recognizes Israel": what is awaited "until" is a
        // condition still unmet (in the present; "until the army withdrew" tells a time).
        // ("until they release the soldier": a plural present, as the tagger reads it.)
        // (The tag is looked up only where an "until" stands before the verb.)
        let present = || {
            let w = cx.norms[v];
            w.ends_with('s') && !w.ends_with("ss")
                || cx
                    .doc
                    .syntax(cx.doc.sentence_of(v))
                    .and_then(|syn| syn.tag(v))
                    .is_some_and(|t| t.xpos.as_str() == "VBP")
        };
        if (v.saturating_sub(6).max(s.first)..v)
            .rev()
            .take_while(|&j| cx.norms[j] != ",")
            .any(|j| cx.norms[j] == "until")
            && present()
        {
            found.push(Modality::Hypothetical);
        }
        // "plans to deploy 55,000 troops in the event of a Chinese invasion", "in case of
        // an attack": what is planned on a condition is not yet meant.
        // (In the verb's own clause: "plans talks, while NATO keeps forces in case of an
        // attack" plans the talks.)
        let clause_start = cx.clause_mark.get(v).map_or(s.first, |&j| (j as usize).max(s.first));
        if found.contains(&Modality::Planned)
            && (clause_start..s.last.saturating_sub(2)).any(|j| {
                cx.norms[j] == "in"
                    && (cx.norms[j + 1] == "case" && cx.norms[j + 2] == "of"
                        || cx.norms[j + 1] == "the"
                            && cx.norms.get(j + 2) == Some(&"event")
                            && cx.norms.get(j + 3) == Some(&"of"))
            })
        {
            found.push(Modality::Hypothetical);
        }
        // "at no time was he threatening the protesters", "in no way did Japan seek": a
        // negative phrase opening the verb's clause negates it.
        // ("In no time, troops took the town" is quickly done.)
        if (clause_start + 1..v.saturating_sub(1)).any(|j| {
            cx.norms[j] == "no"
                && matches!(
                    (cx.norms[j - 1], cx.norms[j + 1]),
                    ("at", "time" | "point") | ("in", "way") | ("by", "means")
                )
        }) {
            found.push(Modality::Negated);
        }
        if impersonal_report(cx, s).is_some_and(|that| v > that) || evidence_of(cx, s, v) {
            found.push(Modality::Reported);
        }
        // A question asks; it reports nothing ("Will Australia deport the students?"): the
        // sentence's last word, before any closing quote, is "?".
        let end = (s.first..s.last)
            .rev()
            .take(3)
            .find(|&k| !matches!(cx.doc.tokens[k].kind, Kind::OpenQuote | Kind::CloseQuote));
        if end.is_some_and(|k| cx.norms[k] == "?") {
            found.push(Modality::Hypothetical);
        }
        // "possible transfers": a nominal event marked possible.
        for order in [
            Modality::Negated,
            Modality::Denied,
            Modality::Hypothetical,
            Modality::Planned,
            Modality::Possible,
            Modality::Reported,
        ] {
            if found.contains(&order) {
                return order;
            }
        }
        Modality::Asserted
    }
}

/// "It is also reported that rebel fighters burned the depot", "It is believed that ...",
/// "There are reports that ...": a sentence that opens by reporting what no one named says
/// reports what follows its "that" (returned), which is not asserted.
fn impersonal_report(cx: &Ctx<'_>, s: &SentenceRange) -> Option<usize> {
    let w = |k: usize| cx.norms.get(k).copied().filter(|_| k < s.last).unwrap_or("");
    let mut k = s.first;
    if matches!(w(k), "but" | "and") {
        k += 1;
    }
    let there = match w(k) {
        "it" => false,
        "there" => true,
        _ => return None,
    };
    k += 1;
    let verb = k;
    while matches!(w(k), "is" | "was" | "are" | "were" | "has" | "had" | "have" | "been") {
        k += 1;
    }
    if k == verb {
        return None;
    }
    while matches!(w(k), "also" | "now" | "widely" | "further" | "unconfirmed" | "increasingly") {
        k += 1;
    }
    let cue = if there {
        matches!(w(k), "reports" | "claims" | "allegations" | "rumours" | "rumors")
    } else {
        matches!(
            w(k),
            "reported"
                | "alleged"
                | "claimed"
                | "said"
                | "rumoured"
                | "rumored"
                | "believed"
                | "thought"
                | "understood"
        )
    };
    (cue && w(k + 1) == "that").then_some(k + 1)
}

/// "There was evidence that Iranians are supplying weapons", "allegations that the army
/// shelled the town": a clause that tells what evidence, reports or allegations say, within a
/// few words before the verb at `v`, reports it.
fn evidence_of(cx: &Ctx<'_>, s: &SentenceRange, v: usize) -> bool {
    let from = v.saturating_sub(EVIDENCE_WINDOW).max(s.first + 1);
    (from..v)
        .rev()
        .take_while(|&k| !matches!(cx.norms[k], ";" | ":"))
        .any(|k| cx.norms[k] == "that" && EVIDENCE.contains(&cx.norms[k - 1]))
}

/// How far before a verb `evidence_of` looks for "evidence that".
const EVIDENCE_WINDOW: usize = 20;

/// The verb that the conjunct verb at `v` is joined to, before it, when `v` has no dependent
/// of the relations `own` (the words of a clause of its own: a subject, an auxiliary): "can
/// deploy troops and detain suspects" gives "deploy" for "detain".
fn first_conjunct(syn: &Syntax<'_>, v: usize, own: &[Rel]) -> Option<usize> {
    if syn.rel(v) != Some(Rel::Conj)
        || syn.children(v).any(|c| syn.rel(c).is_some_and(|r| own.contains(&r)))
    {
        return None;
    }
    syn.head(v).filter(|&h| h < v && syn.upos(h) == Some(Upos::Verb))
}

/// Whether an actor code names armed forces ("AUSMIL", "IGOUNOMIL", "IGOAFRAUMIL").
fn forces(code: &str) -> bool {
    comity_dict::has_agent(code, "MIL") || code.ends_with("MIL")
}

/// Verbs of sending forces somewhere ("troops will be sent to Iraq").
static SENDING: comity_text::WordSet =
    comity_text::WordSet::new(&["send", "deploy", "dispatch", "redeploy"]);

/// Nouns of what is said or shown to be so, short of its being asserted.
static EVIDENCE: comity_text::WordSet = comity_text::WordSet::new(&[
    "evidence",
    "proof",
    "signs",
    "indications",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "report",
    "reports",
    "claim",
    "claims",
    "rumours",
    "rumors",
    "suspicion",
    "suspicions",
    "speculation",
]);

/// Words that open a clause of what may or may not be: "if", "unless", "whether".
const HYPOTHETICAL_MARKS: &[&str] = &["if", "unless", "whether"];

/// The root of a CAMEO code as a number (`"1823"` -> 18), if it has one.
pub(crate) fn cameo_root(code: &str) -> Option<u8> {
    code.get(..2)?.parse().ok()
}

/// Whether "would" at `w` is the future of reported speech ("Iran said it would let the
/// inspectors return": planned), not a conditional: a verb of saying or announcing before it
/// in the sentence, no "if" or "unless" in the sentence, and no "would have" (a past that did
/// not happen).
fn future_in_the_past(cx: &Ctx<'_>, s: &SentenceRange, w: usize) -> bool {
    const ANNOUNCING: &[&str] = &[
        "announced",
        "declared",
        "promised",
        "pledged",
        "vowed",
        "confirmed",
        "decided",
        "agreed",
        "indicated",
        "signalled",
        "signaled",
    ];
    // Read within a window around "would", so that a sentence of any length costs the same.
    let (lo, hi) = (w.saturating_sub(FUTURE_WINDOW).max(s.first), (w + FUTURE_WINDOW).min(s.last));
    cx.norms.get(w + 1).is_some_and(|n| *n != "have")
        && !(lo..hi).any(|k| HYPOTHETICAL_MARKS.contains(&cx.norms[k]))
        && (lo..w).any(|k| SPEECH.contains(&cx.norms[k]) || ANNOUNCING.contains(&cx.norms[k]))
}

/// Whether a time ahead of the writing is said of the event at `v`, in the eight words after
/// it (up to a clause break): "is making her first visit to Japan in a few days", "his visit
/// to Iran later this week", "will meet next Tuesday", "talks resume tomorrow". "The next
/// day" of a past story is not ahead, nor is "next week's talks".
fn future_time(cx: &Ctx<'_>, s: &SentenceRange, v: usize) -> bool {
    const UNITS: &[&str] = &["days", "weeks", "months", "day", "week", "month", "year"];
    let w = |k: usize| cx.norms.get(k).copied().filter(|_| k < s.last).unwrap_or("");
    for k in v + 1..(v + 9).min(s.last) {
        let t = w(k);
        if matches!(t, "," | ";" | ":" | "and" | "but" | "that" | "which" | "who" | "when")
            || CLAUSE_BREAKS.contains(&t)
        {
            return false;
        }
        let ahead = match t {
            // ("next week's talks" dates the talks, not this event.)
            "tomorrow" => !matches!(w(k + 1), "'s" | "’s"),
            "next" => {
                w(k - 1) != "the"
                    && (UNITS.contains(&w(k + 1)) || comity_text::WEEKDAYS.contains(&w(k + 1)))
                    && !matches!(w(k + 2), "'s" | "’s")
            }
            "later" => w(k + 1) == "this" && UNITS.contains(&w(k + 2)),
            // "in a few days", "in the coming weeks", "in the next few days"
            "in" | "within" => {
                matches!((w(k + 1), w(k + 2)), ("a", "few") | ("the", "coming"))
                    && UNITS.contains(&w(k + 3))
                    || (w(k + 1), w(k + 2), w(k + 3)) == ("the", "next", "few")
                        && UNITS.contains(&w(k + 4))
                    || t == "in" && (w(k + 1), w(k + 2)) == ("the", "coming")
            }
            _ => false,
        };
        if ahead {
            return true;
        }
    }
    false
}

/// Tokens read on each side of "would" by `future_in_the_past`.
const FUTURE_WINDOW: usize = 60;

/// The longest piece of a sentence the PETRARCH coder takes at once, in tokens.
const MAX_PETRARCH_TOKENS: usize = 500;

impl From<speech::SpeechAct> for Found {
    /// A speech act as a trigger: each speaker towards the act's target.
    fn from(act: speech::SpeechAct) -> Found {
        let pairs = act.sources.iter().map(|a| (a.clone(), act.target.clone())).collect();
        Found { tok: act.tok, pairs, code: act.code.to_string(), why: act.why }
    }
}

/// An event with what flows need to know about its verb.
/// A trigger found outside the verb patterns, with its actor pairs.
pub(crate) struct Found {
    tok: usize,
    pairs: Vec<(Act, Act)>,
    code: String,
    why: String,
}

/// Where an event was coded: sentence, trigger token, modality and attribution.
pub(crate) struct EventSite<'a> {
    pub(crate) si: usize,
    pub(crate) s: &'a SentenceRange,
    pub(crate) tok: usize,
    pub(crate) modality: Modality,
    pub(crate) attributed_to: &'a Option<String>,
}

/// Whether a planned event is the reverse half of a paired act: the intent is the subject's,
/// and the reverse half ("the Queen is set to visit the United States" also codes the US
/// hosting her; "Turkey expects to sign a deal with Syria", Syria signing; "Hamas will fight
/// Israel", Israel fighting) names who will undergo the plan or join it as its source, after
/// the verb (and the planner, before it, as its target), and its forward half was coded from
/// the same verb (`pairs`: verb token, source, target of every event). A passive ("will be
/// asked by Israel's president") has none.
fn reverse_half(c: &Coded, pairs: &std::collections::HashSet<(usize, String, String)>) -> bool {
    let at = c.event.trigger.span[0];
    c.event.source.span[0] > at
        && c.event.target.as_ref().is_some_and(|t| {
            t.span[0] < at
                && pairs.contains(&(c.verb_tok, t.code.clone(), c.event.source.code.clone()))
        })
}

#[derive(Clone)]
pub(crate) struct Coded {
    pub(crate) event: Event,
    pub(crate) lemma: String,
    pub(crate) verb_tok: usize,
    pub(crate) match_end: usize,
    pub(crate) sentence_last: usize,
}

/// "The Commission charged the United States with breaking trade rules", "Greece charged
/// Turkish aircraft with violations": a state charged by one who is no court, prosecutor or
/// police is accused (112); a charge laid by them, or on a person, is legal action (173).
fn charged_code(cx: &Ctx<'_>, lemma: &str, src: &Act, tgt: &Act, code: String) -> String {
    if lemma != "charge" || code != "173" {
        return code;
    }
    let legal = matches!(src.code.get(3..6), Some("JUD" | "COP" | "SPY"))
        || src.entry.starts_with("implied");
    let state = match tgt.code.get(3..6) {
        None => tgt.code.len() == 3,
        Some(a) => matches!(a, "GOV" | "MIL" | "LEG"),
    } && !cx.rec.mention(tgt.first).is_some_and(is_person_like);
    if !legal && state { "112".to_string() } else { code }
}

/// Whether the sentence `s`, or the lead of its article (its first three sentences), names a
/// natural hazard: a storm, a fire, a flood, an earthquake.
fn natural_hazard(cx: &Ctx<'_>, s: &SentenceRange) -> bool {
    let lead = cx.doc.sentences.get(..3).unwrap_or(&cx.doc.sentences[..]);
    std::iter::once(s)
        .chain(lead)
        .any(|r| (r.first..r.last).any(|k| HAZARDS.contains(&cx.norms[k])))
}

/// Natural hazards a state of emergency is declared against to bring aid, not to restrict
/// anyone (an epidemic's state of emergency closes schools and bans gatherings: 172).
static HAZARDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "hurricane",
    "typhoon",
    "cyclone",
    "tropical",
    "windstorm",
    "snowstorm",
    "blizzard",
    "tornado",
    "earthquake",
    "earthquakes",
    "tsunami",
    "flood",
    "floods",
    "flooding",
    "wildfire",
    "wildfires",
    "bushfire",
    "bushfires",
    "drought",
    "eruption",
    "volcano",
]);

/// Whether "charge" at `v` asks a price: an amount right after it ("were charged $11
/// million"), or a price, a fee, a rate or a fine named just before it ("the rate it charges").
fn priced(cx: &Ctx<'_>, v: usize) -> bool {
    let s = &cx.doc.sentences[cx.doc.sentence_of(v)];
    let amount = cx.norms.get(v + 1).is_some_and(|w| {
        v + 1 < s.last
            && (w.starts_with('$')
                || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(*w, "dlrs" | "dollars" | "euros" | "pounds" | "cents"))
    });
    let price = (s.first.max(v.saturating_sub(3))..v).any(|k| PRICES.contains(&cx.norms[k]));
    amount || price
}

/// What is charged as a price.
static PRICES: comity_text::WordSet = comity_text::WordSet::new(&[
    "fee", "fees", "price", "prices", "rate", "rates", "fine", "fines", "interest", "tariff",
    "tariffs", "premium", "premiums", "toll", "tolls", "rent",
]);

/// Whether the verb at `v` ("refuses", "declined") governs "to rule out".
fn refuses_to_rule_out(cx: &Ctx<'_>, v: usize) -> bool {
    cx.norms.get(v + 1..v + 4).is_some_and(|w| w[0] == "to" && w[1] == "rule" && w[2] == "out")
}

fn dedupe(events: &mut Vec<Coded>) {
    // "Washington warned the UN that Iran's missile program was a danger": a warning whose content
    // the speech acts read as another act (criticism of Iran) is that act; it threatens not the
    // one warned (judges read the bare 130 against the UN as wrong).
    let read_as_other: std::collections::HashSet<(usize, usize, String)> = events
        .iter()
        .filter(|c| !c.event.code.starts_with("13"))
        .map(|c| (c.event.sentence, c.verb_tok, gold::principal(&c.event.source.code).to_string()))
        .collect();
    events.retain(|c| {
        !(c.event.code == "130"
            && c.lemma == "warn"
            && read_as_other.contains(&(
                c.event.sentence,
                c.verb_tok,
                gold::principal(&c.event.source.code).to_string(),
            )))
    });
    // "Hamas refuses to recognize Israel", "threatened to attack": the refusal (12) or the
    // threat (13) is the event; the act refused or threatened, coded as negated or
    // hypothetical from the same verb group, is not a second one.
    let governing: std::collections::HashSet<(usize, String, usize)> = events
        .iter()
        .filter(|c| matches!(c.event.code.get(..2), Some("12" | "13")))
        .map(|c| (c.event.sentence, c.event.source.code.clone(), c.verb_tok))
        .collect();
    events.retain(|c| {
        let e = &c.event;
        !(matches!(e.modality, Modality::Negated | Modality::Hypothetical)
            && (1..=4).any(|d| {
                c.verb_tok >= d
                    && governing.contains(&(e.sentence, e.source.code.clone(), c.verb_tok - d))
            }))
    });
    // A one-sided event is dropped when the same sentence has the same source doing an event
    // of the same root to someone ("launched" and "an offensive against Georgia").
    let dyadic: std::collections::HashSet<(usize, String, String)> = events
        .iter()
        .filter(|c| c.event.target.is_some())
        .map(|c| {
            let e = &c.event;
            (e.sentence, e.source.code.clone(), e.code.get(..2).unwrap_or("").to_string())
        })
        .collect();
    events.retain(|c| {
        let e = &c.event;
        e.target.is_some()
            || !dyadic.contains(&(
                e.sentence,
                e.source.code.clone(),
                e.code.get(..2).unwrap_or("").to_string(),
            ))
    });
    // An event noun inside the phrase a verb pattern matched ("held talks with": the verb's
    // 040 and the noun's 046) is that verb's event, between the same principals.
    // Keyed by sentence and principals, so each event is compared only with its own kind.
    let principals = |c: &Coded| {
        let e = &c.event;
        let t = e.target.as_ref().map(|t| gold::principal(&t.code).to_string());
        (e.sentence, gold::principal(&e.source.code).to_string(), t)
    };
    let mut spans: std::collections::HashMap<_, Vec<(usize, usize)>> =
        std::collections::HashMap::new();
    for c in events.iter() {
        spans.entry(principals(c)).or_default().push((c.verb_tok, c.match_end));
    }
    events.retain(|c| {
        let inside = spans[&principals(c)].iter().any(|&(a, b)| a < c.verb_tok && c.verb_tok < b);
        !inside
    });
    // "agreed to release prisoners", "pledged to withdraw its troops": the promise (030, from
    // the verb of promising) announces the act its complement names, whose own intent (035,
    // 138 ...) is coded from that act; the generic intent of the same source in the same
    // sentence says nothing more.
    let specific: std::collections::HashSet<(usize, String)> = events
        .iter()
        .filter(|c| {
            let code = c.event.code.as_str();
            (code.starts_with("03") && code != "030") || code == "138"
        })
        .map(|c| (c.event.sentence, gold::principal(&c.event.source.code).to_string()))
        .collect();
    events.retain(|c| {
        let e = &c.event;
        e.code != "030"
            || !specific.contains(&(e.sentence, gold::principal(&e.source.code).to_string()))
    });
    // Duplicates, the first trigger kept. One sentence rarely reports one act twice between
    // the same two states: "held talks with Palestinian officials" (the verb) and "talks" (the
    // noun) are one event, whatever the fourth digit of its code; a denial and a confirmation
    // (016, 015) stay two. Within one country the roles tell events apart (GBRGOV > GBRMED and
    // GBRGOV > GBROPP stay two); one-sided events are duplicates only when identical.
    let mut seen = std::collections::HashSet::new();
    events.retain(|c| {
        let e = &c.event;
        let key = match &e.target {
            None => (e.sentence, e.source.code.clone(), None, e.code.clone()),
            Some(t) => {
                let (ps, pt) = (gold::principal(&e.source.code), gold::principal(&t.code));
                let base = e.code.get(..3).unwrap_or(&e.code).to_string();
                if ps == pt {
                    (e.sentence, e.source.code.clone(), Some(t.code.clone()), base)
                } else {
                    (e.sentence, ps.to_string(), Some(pt.to_string()), base)
                }
            }
        };
        seen.insert(key)
    });
}

/// Nouns of a group's officers and members.
static OFFICERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "leader",
    "leaders",
    "commander",
    "commanders",
    "chief",
    "deputy",
    "second",
    "spokesman",
    "head",
    "founder",
    "member",
    "members",
    "aide",
    "aides",
    "lieutenant",
    "lieutenants",
    "operative",
    "operatives",
    "financier",
    "emir",
]);

/// Verbs of speech acts done by saying them ("I want to thank ...").
static PERFORMATIVES: comity_text::WordSet = comity_text::WordSet::new(&[
    "thank",
    "congratulate",
    "apologise",
    "apologize",
    "welcome",
    "commend",
    "praise",
    "condemn",
    "express",
    "extend",
    "salute",
    "applaud",
    "acknowledge",
]);

/// Whether the "to" at `to` follows "call for" (or "appeal", "press", "push", "plead" for)
/// and the few words of one who is called on ("called for the United States to").
fn called_for(cx: &Ctx<'_>, s: &SentenceRange, to: usize) -> bool {
    let Some(f) = (to.saturating_sub(7).max(s.first)..to).rev().find(|&k| cx.norms[k] == "for")
    else {
        return false;
    };
    f > s.first
        && f + 1 < to
        && matches!(
            cx.norms[f - 1],
            "call"
                | "calls"
                | "called"
                | "calling"
                | "appealed"
                | "appeals"
                | "pressed"
                | "pushed"
                | "pleaded"
                | "lobbied"
        )
        && (f + 1..to).all(|k| {
            cx.rec.mention_index(k).is_some()
                || matches!(cx.norms[k], "the" | "its" | "their" | "all" | "both")
        })
}

/// The word that governs an infinitive whose "to" follows token `j`: `j` itself, or the word
/// before "in principle" or an adverb ("agreed in principle to provide", "agreed unanimously
/// to").
fn control_word(cx: &Ctx<'_>, s: &SentenceRange, j: usize) -> usize {
    let mut k = j;
    for _ in 0..3 {
        if CONTROL.contains(cx.norms[k]) {
            return k;
        }
        let w = cx.norms[k];
        let before = if k >= s.first + 2 { cx.norms[k - 1] } else { "" };
        k = if w == "principle" && matches!(before, "in" | "on")
            || before == "on" && comity_text::WEEKDAYS.contains(&w)
        {
            k - 2
        } else if k > s.first
            && (is_adverb(w)
                || matches!(w, "today" | "yesterday")
                || cx.doc.tokens[k].kind == Kind::CloseQuote)
        {
            // (A closing quote mark: Bush "was determined" to attack Iraq.)
            k - 1
        } else {
            return j;
        };
    }
    if CONTROL.contains(cx.norms[k]) { k } else { j }
}

/// The modality of what a noun of aim before the "is" at `be` says is "to" be done: "the
/// purpose of the meeting is to", "Iran's goal is to" (a noun of `CONTROL` keeps its own), and
/// "Rather, it is to launch negotiations" (the aim named before). None when no aim is named.
fn aim_before(cx: &Ctx<'_>, s: &SentenceRange, be: usize) -> Option<Modality> {
    let from = be.saturating_sub(4).max(s.first);
    if let Some(j) = (from..be).rev().find(|&j| AIM_NOUNS.contains(&cx.norms[j])) {
        return Some(CONTROL.get(cx.norms[j]).unwrap_or(Modality::Possible));
    }
    let pronoun = be > s.first && matches!(cx.norms[be - 1], "it" | "this");
    let rather = (from..be.saturating_sub(1)).any(|j| matches!(cx.norms[j], "rather" | "instead"));
    (pronoun && rather).then_some(Modality::Possible)
}

/// Nouns of an aim: "the purpose of the meeting is to" ([`aim_before`]), "the objective of the
/// visit was to fortify the cooperation" (`roles::purpose`).
pub(crate) static AIM_NOUNS: comity_text::WordSet = comity_text::WordSet::new(&[
    "purpose",
    "aim",
    "goal",
    "objective",
    "intention",
    "idea",
    "mission",
    "task",
    "plan",
    "target",
]);

/// Things one is denied, not charges one denies: "denied justice", "denied entry".
static WITHHELD: comity_text::WordSet = comity_text::WordSet::new(&[
    "justice",
    "access",
    "entry",
    "permission",
    "visa",
    "visas",
    "rights",
    "right",
    "bail",
    "asylum",
    "treatment",
    "care",
    "service",
    "services",
    "aid",
    "food",
    "water",
    "passage",
    "admission",
    "citizenship",
    "request",
    "requests",
    "application",
    "opportunity",
    "chance",
]);

/// Verbs whose object is the topic, never the counterpart (see where they are read).
static TOPIC_OBJECT_VERBS: comity_text::WordSet = comity_text::WordSet::new(&["discuss", "debate"]);

/// Acts done with another: a joint intent to do one is an intent toward each other ("A and B
/// vowed to cooperate").
static JOINT_ACTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "cooperate",
    "collaborate",
    "work",
    "meet",
    "talk",
    "negotiate",
    "boost",
    "strengthen",
    "improve",
    "expand",
    "deepen",
    "enhance",
    "increase",
    "resume",
    "restore",
    "normalize",
    "normalise",
    "build",
    "develop",
    "sign",
    "establish",
    "trade",
    "coordinate",
    "share",
    "exchange",
    "hold",
    "continue",
    "promote",
    "foster",
    "settle",
    "resolve",
    "end",
    "form",
    "create",
    "join",
]);

/// Words that make a joint intent one toward each other ("pledged to implement the accord",
/// "agreed to begin regular talks", "vowed to improve ties").
static JOINT_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "other",
    "another",
    "together",
    "joint",
    "jointly",
    "ties",
    "relations",
    "bilateral",
    "mutual",
    "talks",
    "negotiations",
    "dialogue",
    "cooperation",
    "peace",
    "accord",
    "agreement",
    "deal",
    "treaty",
    "partnership",
    "alliance",
    "understanding",
    "compromise",
    "consensus",
    "truce",
    "ceasefire",
    "settlement",
    "pact",
    "arrangement",
    "memorandum",
]);

/// Verbs of giving and sending: what several give goes to someone else.
static GIVING: comity_text::WordSet = comity_text::WordSet::new(&[
    "send", "give", "provide", "supply", "deliver", "deploy", "ship", "export", "offer", "donate",
    "transfer", "import", "sell", "lend",
]);

fn reciprocal(code: &str) -> bool {
    code.starts_with("03")
        || code.starts_with("04")
        || code.starts_with("057")
        || code.starts_with("06")
        || code.starts_with("19")
}

fn act_ref(cx: &Ctx<'_>, a: &Act) -> ActorRef {
    ActorRef {
        code: a.code.clone(),
        text: a.named.clone().unwrap_or_else(|| cx.doc.slice(a.first, a.last).to_string()),
        span: cx.doc.span_of(a.first, a.last),
    }
}

fn speaker_out(cx: &Ctx<'_>, s: &SpeakerRef) -> Speaker {
    match s.person {
        Some(p) => {
            let dp = &cx.rec.people[p];
            Speaker {
                name: dp.name.clone(),
                title: dp.title.clone(),
                organization: dp.organization.clone(),
                actor: dp.code.clone(),
            }
        }
        None => Speaker {
            name: s.name.clone(),
            title: s.title.clone(),
            organization: None,
            actor: s.code.clone(),
        },
    }
}

/// The previous token that is not an adverb or a verb-group particle.
fn prev_significant(cx: &Ctx<'_>, k: usize, first: usize) -> Option<usize> {
    let mut j = k;
    while j > first {
        j -= 1;
        let w = cx.norms[j];
        if !(is_adverb(w) || (VERB_GROUP.contains(&w) && !matches!(w, "both" | "all"))) {
            return Some(j);
        }
    }
    None
}

fn next_is_by(cx: &Ctx<'_>, k: usize, end: usize) -> bool {
    skip_to_by(cx, k, end).is_some()
}

/// After a passive verb: the token after "by" (allowing "for by", adverbs between).
fn skip_to_by(cx: &Ctx<'_>, k: usize, end: usize) -> Option<usize> {
    let mut j = k;
    while j < end && j < k + 3 {
        let w = cx.norms[j];
        if w == "by" {
            return Some(j + 1);
        }
        if !(is_adverb(w) || matches!(w, "for" | "up" | "out" | "off" | "down" | "jointly")) {
            return None;
        }
        j += 1;
    }
    None
}

fn reduced_relative(cx: &Ctx<'_>, v: usize, s: &SentenceRange) -> bool {
    let mut k = v;
    while k > s.first && is_adverb(cx.norms[k - 1]) {
        k -= 1;
    }
    k > s.first && cx.norms[k - 1] == ","
}

fn in_pp(cx: &Ctx<'_>, first: usize, start: usize) -> bool {
    let mut b = first;
    while b > start
        && (DETERMINERS.contains(&cx.norms[b - 1]) && cx.rec.mention_at[b - 1] == 0
            || matches!(
                cx.norms[b - 1],
                "western" | "eastern" | "northern" | "southern" | "central"
            ))
    {
        b -= 1;
    }
    b > start && PREPOSITIONS.contains(&cx.norms[b - 1])
}

fn find_subject(
    cx: &Ctx<'_>,
    s: &SentenceRange,
    v: usize,
    form: Form,
    before: &[VerbCand],
    prev_kind: &[[u32; 2]],
) -> Subject {
    let mut k = v;
    let mut first_sig = true;
    while k > s.first {
        k -= 1;
        let w = cx.norms[k];
        if let Some(mi) = cx.rec.mention_index(k) {
            let m = &cx.rec.mentions[mi];
            if in_pp(cx, m.first, s.first) {
                k = m.first;
                while k > s.first && !PREPOSITIONS.contains(&cx.norms[k]) {
                    k -= 1;
                }
                first_sig = false;
                continue;
            }
            return Subject::Mentions(compound_left(cx, mi, s.first));
        }
        if cx.doc.tokens[k].kind == Kind::Possessive
            || matches!(cx.doc.tokens[k].kind, Kind::OpenQuote | Kind::CloseQuote)
        {
            continue;
        }
        if VERB_GROUP.contains(&w)
            || is_adverb(w)
            || BE.contains(&w)
            || HAVE.contains(&w)
            || negation(w)
            || (MODALS.contains(&w) && w != "to")
        {
            continue;
        }
        if w == "to" {
            if k > s.first {
                let p = cx.norms[k - 1];
                if CONTROL.contains(p) {
                    k -= 1;
                    continue;
                }
            }
            // Purpose or complement infinitive: the subject of the verb before.
            return match before[..before.partition_point(|c| c.tok < k)].last() {
                Some(c) => Subject::Inherit(c.tok),
                None => Subject::None,
            };
        }
        if CONTROL.contains(w) && k + 1 < v && cx.norms[k + 1] == "to" {
            continue;
        }
        if first_sig && matches!(w, "and" | "or" | "but" | "then" | "nor") {
            // Coordinated verbs share the subject of the last verb of the same kind.
            let gerund = form == Form::Ing;
            let below = before.partition_point(|c| c.tok < k);
            return match prev_kind[below][usize::from(gerund)].checked_sub(1) {
                Some(j) => Subject::Inherit(before[j as usize].tok),
                None => Subject::None,
            };
        }
        if matches!(w, "who" | "which" | "that") {
            let mut j = k;
            while j > s.first && cx.norms[j - 1] == "," {
                j -= 1;
            }
            if j > s.first
                && let Some(mi) = cx.rec.mention_index(j - 1)
            {
                return Subject::Mentions(compound_left(cx, mi, s.first));
            }
            return Subject::None;
        }
        if w == "," && first_sig {
            // An apposition between subject and verb: "Putin, the president, signed".
            let mut j = k;
            while j > s.first && k - j < 14 {
                j -= 1;
                if cx.norms[j] == "," {
                    if j > s.first
                        && let Some(mi) = cx.rec.mention_index(j - 1)
                    {
                        return Subject::Mentions(compound_left(cx, mi, s.first));
                    }
                    break;
                }
            }
            return Subject::None;
        }
        if CLAUSE_BREAKS.contains(&w) || matches!(w, "." | "," | "?" | "!") {
            return Subject::None;
        }
        // A content word heads the subject: an actor only if a country adjective modifies it.
        for back in 1..=2 {
            if k >= s.first + back
                && let Some(mi) = cx.rec.mention_index(k - back)
            {
                let m = &cx.rec.mentions[mi];
                if m.adjective
                    && m.last == k - back + 1
                    && (back == 1 || cx.rec.mention_at[k - 1] == 0)
                {
                    return Subject::Mentions(compound_left(cx, mi, s.first));
                }
            }
        }
        return Subject::None;
    }
    Subject::None
}

/// "Russia and North Korea", "A, B and C": the conjuncts to the left of mention `mi`.
fn compound_left(cx: &Ctx<'_>, mi: usize, start: usize) -> Vec<usize> {
    let mut out = vec![mi];
    let mut cur = mi;
    while out.len() < 6 {
        let f = cx.rec.mentions[cur].first;
        if f < start + 2 || !matches!(cx.norms[f - 1], "and" | ",") {
            break;
        }
        let mut j = f - 1;
        while j > start && DETERMINERS.contains(&cx.norms[j - 1]) && cx.rec.mention_at[j - 1] == 0 {
            j -= 1;
        }
        // Determiners up to the start of the span ("and the"): nothing before them to join.
        if j <= start {
            break;
        }
        match cx.rec.mention_index(j - 1) {
            Some(prev)
                if !in_pp(cx, cx.rec.mentions[prev].first, start)
                    || in_pp(cx, cx.rec.mentions[mi].first, start) =>
            {
                out.push(prev);
                cur = prev;
            }
            _ => break,
        }
    }
    out.reverse();
    out
}

fn compound_right(cx: &Ctx<'_>, mi: usize, end: usize) -> Vec<usize> {
    let mut out = vec![mi];
    let mut cur = mi;
    while out.len() < 6 {
        let l = cx.rec.mentions[cur].last;
        let mut j = l;
        if j < end && cx.doc.tokens[j].kind == Kind::Possessive {
            break;
        }
        if j >= end || !matches!(cx.norms[j], "and" | ",") {
            break;
        }
        j += 1;
        while j < end && DETERMINERS.contains(&cx.norms[j]) && cx.rec.mention_at[j] == 0 {
            j += 1;
        }
        match cx.rec.mention_index(j) {
            Some(next) if cx.rec.mentions[next].first == j => {
                out.push(next);
                cur = next;
            }
            _ => break,
        }
    }
    out
}

/// The actor code of a mention, following pronouns to what they refer to. `avoid` is the
/// source's code, which a "their" in object position is unlikely to mean.
fn actor_of(cx: &Ctx<'_>, mi: usize, avoid: Option<&str>) -> Option<Act> {
    let m: &Mention = &cx.rec.mentions[mi];
    let (code, entry, named) = if m.kind == MentionKind::Pronoun {
        let ante = match (avoid, m.plural) {
            (Some(av), true) => plural_antecedent(cx, mi, Some(av))
                .filter(|&a| antecedent::nearer(cx, mi, a) == antecedent::Nearer::Nothing)
                .or(cx.antecedent[mi]),
            _ => cx.antecedent[mi],
        }?;
        let am = &cx.rec.mentions[ante];
        let base = am.code.clone()?;
        // "its spokesman", "the group's chief negotiator": who speaks for an organisation is
        // the organisation (a state's spokesman is its government's).
        let speaks_for = am.kind == MentionKind::Actor
            && base.len() > 3
            && SPEAKERS_FOR.contains(&cx.norms[m.last - 1]);
        let code = match &m.agent {
            Some(_) if speaks_for => base,
            // "its customers", "their members": the people of a company or an organisation
            // are not it, and carry no country of theirs.
            Some(_) if comity_core::transnational(&base) => return None,
            Some(a) => format!("{}{a}", &base[..3.min(base.len())]),
            None => base,
        };
        let entry = format!("pronoun '{}' -> {code}", cx.doc.surface(m.first));
        (code, entry, Some(cx.doc.slice(am.first, am.last).to_string()))
    } else {
        (m.code.clone()?, m.entry.clone(), None)
    };
    if code.is_empty() {
        return None;
    }
    Some(Act { code, first: m.first, last: m.last, entry, named })
}

/// Who speaks or negotiates for a body: after an organisation's possessive, the body itself.
static SPEAKERS_FOR: comity_text::WordSet = comity_text::WordSet::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "negotiator",
    "leader",
    "leadership",
    "chairman",
    "chief",
    "head",
]);

/// A country's word before a legal text ("Sudanese constitutional law") is no actor, nor a role
/// before a word of office ("the Prime Minister post"); nor is a lone role word of crime or
/// terror that the parse reads as an adjective describing a noun: "a criminal act", "criminal
/// charges", "terrorist attacks on London transport" (which names no one who attacked: the
/// guidelines record no event without a source).
/// (Religions, sectors and peoples keep theirs: "Muslim women", "civilian locations hit" name
/// who acted or suffered; so does "the state-owned company". A role's word that is an adjective
/// too, "a firm commitment", does not.)
fn adjective_roles(doc: &Doc<'_>, rec: &mut Recognised) {
    let mut sentence = usize::MAX;
    let mut syn = None;
    for m in rec.mentions.iter_mut() {
        let crime = m.kind == MentionKind::Agent
            && m.last == m.first + 1
            && m.code.as_deref().is_some_and(|c| {
                comity_dict::has_agent(c, "CRM") || comity_dict::has_agent(c, "UAF")
            });
        let country_word = matches!(m.kind, MentionKind::Country | MentionKind::Agent)
            && (m.adjective || m.agent.is_some());
        // "a firm commitment", "their native land": a role's word that is an adjective too.
        let homograph = m.kind == MentionKind::Agent
            && m.last == m.first + 1
            && ADJECTIVE_HOMOGRAPHS.contains(&doc.norm(m.first));
        if !crime && !country_word {
            continue;
        }
        let si = doc.sentence_of(m.first);
        if si != sentence {
            sentence = si;
            syn = doc.syntax(si);
        }
        let Some(syn) = &syn else { continue };
        // "Kenyan constitutional law grants every citizen the right", "Kenyan criminal law": a
        // state's law, charter or constitution is a text, not the state acting (the tree may
        // make the adjective the subject: the words after it say, modifiers up to the text).
        let law = (m.last..doc.tokens.len().min(m.last + 3))
            .take_while(|&k| {
                doc.surface(k).starts_with(|c: char| c.is_lowercase())
                    && matches!(syn.upos(k), Some(Upos::Adj | Upos::Noun))
            })
            .any(|k| LEGAL_TEXTS.contains(&doc.surface(k)));
        // "The Prime Minister post has been given to Mwangi": a role before a word of office
        // names the office, not its holder.
        let office = m.kind == MentionKind::Agent
            && m.last < doc.tokens.len()
            && OFFICES.contains(&doc.norm(m.last));
        if law || office {
            m.code = None;
            continue;
        }
        let adjective = syn.upos(m.first) == Some(Upos::Adj) && syn.rel(m.first) == Some(Rel::Amod);
        if homograph && adjective {
            m.code = None;
            continue;
        }
        if !crime {
            continue;
        }
        // "terrorist attacks", "a terrorist organisation": a noun modifying a thing done or a
        // body unnamed.
        let modifier = syn.rel(m.first) == Some(Rel::Compound)
            && syn.head(m.first).is_some_and(|h| CRIME_THINGS.contains(&syn.lemma(h)));
        if adjective || modifier {
            m.code = None;
        }
    }
}

/// Words of a role that are adjectives too, read as one when the parse says so ("a firm
/// commitment", "their native land").
const ADJECTIVE_HOMOGRAPHS: &[&str] = &["firm", "native"];

/// Words of an office: a role before one names the office ("the Prime Minister post").
const OFFICES: &[&str] = &["post", "posts", "portfolio", "job", "seat", "candidacy"];

/// Legal texts: a country's word before one names the text, not the state acting.
static LEGAL_TEXTS: comity_text::WordSet =
    comity_text::WordSet::new(&["law", "constitution", "charter", "statute"]);

/// Nouns a crime or terror word modifies without naming anyone ("terrorist attacks").
static CRIME_THINGS: comity_text::WordSet = comity_text::WordSet::new(&[
    "attack",
    "threat",
    "organisation",
    "organization",
    "group",
    "act",
    "plot",
    "bombing",
    "violence",
    "activity",
    "charge",
    "case",
    "offence",
    "offense",
    "network",
    "camp",
    "incident",
    "link",
    "tie",
]);

/// An actor implied from the sentences before, standing at the trigger `at` (its words are
/// not in the sentence): `entry` says how it was found, `named` who it is.
fn implied_before(at: usize, code: String, entry: String, named: String) -> Act {
    Act { code, first: at, last: at + 1, entry, named: Some(named) }
}

/// Codes of judging another's act: disapproval (11), support and praise (050, 051), rejection
/// (12).
fn judges(code: &str) -> bool {
    matches!(code.get(..2), Some("11" | "12")) || matches!(code, "050" | "051")
}

/// Nouns of an act, and of words, that "the" alone may name as one just told of.
static OWNED_ACTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "move",
    "decision",
    "plan",
    "step",
    "measure",
    "proposal",
    "announcement",
    "action",
    "policy",
    "bill",
    "resolution",
    "ruling",
    "verdict",
    "report",
]);
static OWNED_WORDS: comity_text::WordSet =
    comity_text::WordSet::new(&["remark", "comment", "statement", "word", "speech"]);

/// Verbs of reacting to another's act.
static REACTING: comity_text::WordSet = comity_text::WordSet::new(&[
    "respond",
    "react",
    "reply",
    "challenge",
    "welcome",
    "criticise",
    "criticize",
    "condemn",
    "oppose",
    "reject",
    "praise",
    "support",
    "back",
    "question",
    "dispute",
]);

/// Verbs of saying, charging or claiming, whose subject owns the words: who said the remarks
/// a judgement names, who made the charge a denial answers.
static SAYING: comity_text::WordSet = comity_text::WordSet::new(&[
    "say", "tell", "state", "declare", "remark", "add", "claim", "warn", "announce", "write",
    "threaten", "describe", "call", "suggest", "accuse", "allege", "charge", "blame", "report",
    "assert", "argue", "insist", "contend", "maintain",
]);

/// Whether a verb's object (from its parse) names an act or words by a determiner and one of
/// `OWNED_ACTS` or `OWNED_WORDS` alone, with no possessor or modifier naming whose
/// ("criticised the move", "called the remarks irresponsible"): Some(true) for words.
fn anaphoric_act(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize, objects: &[usize]) -> Option<bool> {
    objects.iter().find_map(|&o| {
        // (The verb's own object: "refuse to confirm or deny the reports" judges none.)
        if syn.head(o) != Some(v) {
            return None;
        }
        let kind = owned_kind(syn.lemma(o))?;
        let determined = syn
            .children_with(o, Rel::Det)
            .any(|d| matches!(cx.norms[d], "the" | "this" | "that" | "these" | "those"));
        let owned = syn.children(o).any(|c| {
            matches!(syn.rel(c), Some(Rel::NmodPoss | Rel::Nmod | Rel::Amod | Rel::Compound))
        });
        (determined && !owned).then_some(kind)
    })
}

/// Whether a noun is one of `OWNED_ACTS` (false) or `OWNED_WORDS` (true).
fn owned_kind(noun: &str) -> Option<bool> {
    let any = |set: &comity_text::WordSet| {
        comity_dict::word_bases(noun).any(|b| set.contains(&b.as_ref()))
    };
    if any(&OWNED_ACTS) {
        Some(false)
    } else if any(&OWNED_WORDS) {
        Some(true)
    } else {
        None
    }
}

/// `anaphoric_act` for an unparsed sentence: a determiner and such a noun right after the
/// verb at `v`, ending the clause ("condemned the move.", "criticised the remarks, saying").
fn anaphoric_act_after(cx: &Ctx<'_>, v: usize, end: usize) -> Option<bool> {
    let d = v + 1;
    if d + 1 >= end || !matches!(cx.norms[d], "the" | "this" | "that" | "these" | "those") {
        return None;
    }
    let kind = owned_kind(cx.norms[d + 1])?;
    let next = cx.norms.get(d + 2).copied().unwrap_or(".");
    matches!(next, "." | "," | ";" | "as" | "and" | "but" | "saying" | "because" | "on" | "in")
        .then_some(kind)
}

/// Nouns of a charge laid, which a denial answers ("denied the allegations").
static ALLEGATIONS: comity_text::WordSet =
    comity_text::WordSet::new(&["allegation", "accusation", "charge", "claim", "report"]);

/// Arrests, charges and expulsions whose authorities are implied when told in the passive with
/// no agent (`implied_authorities`): the verb, its participle (for the choice of sentences to
/// parse) and the authority that does it (police, courts, government).
const IMPLIED_AUTHORITIES: &[(&str, &str, &str)] = &[
    ("arrest", "arrested", "COP"),
    ("detain", "detained", "COP"),
    ("jail", "jailed", "COP"),
    ("imprison", "imprisoned", "COP"),
    ("apprehend", "apprehended", "COP"),
    ("charge", "charged", "JUD"),
    ("indict", "indicted", "JUD"),
    ("sentence", "sentenced", "JUD"),
    ("convict", "convicted", "JUD"),
    ("prosecute", "prosecuted", "JUD"),
    ("deport", "deported", "GOV"),
    ("expel", "expelled", "GOV"),
    ("extradite", "extradited", "GOV"),
];

/// Participles of laying a restriction on a population, read in an agentless passive.
const RESTRICTING_PARTICIPLES: &[&str] =
    &["declared", "imposed", "banned", "outlawed", "prohibited", "forbidden", "reimposed"];

/// Adverbs that may stand between "was" and its participle ("was later arrested").
static PASSIVE_ADVERBS: comity_text::WordSet = comity_text::WordSet::new(&[
    "also",
    "later",
    "then",
    "subsequently",
    "reportedly",
    "allegedly",
    "recently",
    "briefly",
    "first",
    "since",
    "eventually",
]);

/// How many sentences back a denial's accuser is looked for.
const ACCUSER_SENTENCES: usize = 3;

/// How many sentences back [`implied_protest_target`] looks for what an article's protests are
/// about.
const PROTEST_CONTEXT_SENTENCES: usize = 6;

/// Words that make a sentence one about a protest, for [`implied_protest_target`].
static PROTEST_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "protest",
    "protests",
    "protested",
    "protesting",
    "protester",
    "protesters",
    "protestors",
    "demonstration",
    "demonstrations",
    "demonstrated",
    "demonstrating",
    "demonstrators",
    "march",
    "marched",
    "marchers",
    "marching",
    "rally",
    "rallies",
    "rallied",
    "chanting",
    "chanted",
    "banners",
    "placards",
]);

/// The target of a protest at `at` that names no addressee, by `source`: the protesters' own
/// government ([`home_government`]), unless the protest is plainly about someone else. That
/// is so when its sentence names, after the protest word, another country's actor or one of
/// no country, an international body or a company ("marched through the city to demonstrate
/// against the U.S. drone strike", "a demonstration by villagers used banners that read 'Death
/// to America'", "marched around the G8 summit") or an occupier or invader; or when a sentence
/// about protests shortly before names an occupier ("chanting 'No, no to the occupiers' ...
/// another 5000 protesters marched in Ramadi"). An "anti-government" protest is against the
/// home government whatever else is named ("one of the largest anti-government protests in
/// years"). Verbs and nouns of protest both come here.
fn implied_protest_target(cx: &Ctx<'_>, source: &Act, at: usize) -> Option<Act> {
    let government = home_government(source, at)?;
    let home = &government.code[..3];
    let other = |m: &comity_recognise::Mention| {
        m.code.as_deref().is_some_and(|c| {
            comity_core::transnational(c) || home_country(c).is_some_and(|country| country != home)
        })
    };
    let occupier = |k: usize| {
        matches!(cx.norms[k], "occupier" | "occupiers" | "invader" | "invaders")
            || cx.norms[k] == "occupying" && cx.norms.get(k + 1).is_some_and(|w| FORCES.contains(w))
    };
    let anti_government =
        |s: &SentenceRange| (s.first..s.last).any(|k| cx.norms[k] == "anti-government");
    // "anti-American protests", "anti-Japan demonstrations": against a country by its name
    // (the word right before the protest's, or one word before that).
    let anti_country = |k: usize| {
        let w = cx.doc.surface(k);
        w.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("anti-"))
            && w[5..].starts_with(char::is_uppercase)
            && (k + 1..(k + 3).min(cx.norms.len())).any(|j| PROTEST_WORDS.contains(&cx.norms[j]))
    };
    let si = cx.doc.sentence_of(at);
    let s = &cx.doc.sentences[si];
    if anti_government(s) {
        return Some(government);
    }
    if in_sentence(&cx.rec.mentions, |m| m.first, s).iter().any(|m| m.first > at && other(m))
        || (at..s.last).any(occupier)
        || (s.first..s.last).any(anti_country)
    {
        return None;
    }
    for sj in (si.saturating_sub(PROTEST_CONTEXT_SENTENCES)..si).rev() {
        let sr = &cx.doc.sentences[sj];
        if !(sr.first..sr.last).any(|k| PROTEST_WORDS.contains(&cx.norms[k])) {
            continue;
        }
        if anti_government(sr) {
            break;
        }
        if (sr.first..sr.last).any(occupier) {
            return None;
        }
    }
    Some(government)
}

/// Nouns of armed forces, after "occupying".
const FORCES: &[&str] = &["forces", "troops", "army", "armies", "soldiers", "powers", "power"];

/// The government of a protester's own country, as the target of a protest that names none:
/// for sources that are a country's non-state sector (people, civilians, opposition, parties,
/// students, workers, farmers, activists, clergy, refugees, media, doctors).
fn home_government(source: &Act, at: usize) -> Option<Act> {
    const SOCIETY: &[&str] = &[
        "CVL", "PPL", "OPP", "PTY", "EDU", "LAB", "AGR", "ACT", "REL", "REF", "MED", "HRI", "NGO",
        "HLH",
    ];
    let (home, sector) = (home_country(&source.code)?, source.code.get(3..6)?);
    SOCIETY.contains(&sector).then(|| Act {
        code: format!("{home}GOV"),
        first: at,
        last: at + 1,
        entry: format!("a protest naming no one: the government of {home}"),
        named: Some(format!("{home} government (implied)")),
    })
}

/// The country an actor code belongs to: its first three letters when they are a country's
/// (not those of an actor of no country, [`comity_core::transnational`]).
fn home_country(code: &str) -> Option<&str> {
    let home = code.get(..3)?;
    (home.bytes().all(|b| b.is_ascii_uppercase()) && !comity_core::transnational(code))
        .then_some(home)
}

/// The other side of the border a verb closes or opens: "Jordan has closed the border with
/// Syria" is aimed at the Syrians, not at Jordan's own people. The country of the
/// place or actor named in the "with" phrase of a border noun right after the verb.
fn border_other_side(cx: &Ctx<'_>, source: &Act, v: usize, end: usize) -> Option<Act> {
    let home = home_country(&source.code)?;
    let b = (v + 1..(v + 5).min(end)).find(|&j| roles::BORDER_NOUNS.contains(&cx.norms[j]))?;
    if cx.norms.get(b + 1) != Some(&"with") {
        return None;
    }
    (b + 2..(b + 6).min(end)).find_map(|t| {
        let a = match cx.rec.mention_index(t) {
            Some(mi) => actor_of(cx, mi, None),
            None => place_act(cx, t),
        }?;
        home_country(&a.code).is_some_and(|c| c != home).then_some(a)
    })
}

/// A place of another country than the source's named in the clause after the verb at `at`
/// ("Israel imposed a curfew on the town of Nablus", "lifted the curfew in Hebron"): a
/// restriction laid on or eased for that place is laid on its country.
/// Only a place an "on", "in", "across" or "throughout" opens, in the verb's own clause ("from
/// New York", where the one who declared it was, and a place of the next verb are not).
fn foreign_place_after(
    cx: &Ctx<'_>,
    syn: Option<&Syntax<'_>>,
    s: &SentenceRange,
    source: &Act,
    at: usize,
) -> Option<Act> {
    let home = home_country(&source.code)?;
    for k in at + 1..(at + 10).min(s.last) {
        if matches!(cx.norms[k], "," | ";" | "and" | "but" | "after" | "because" | "while")
            || syn.is_some_and(|syn| syn.upos(k) == Some(Upos::Verb))
        {
            return None;
        }
        if let Some(p) = place_act(cx, k) {
            let mut b = k;
            while b > at + 1
                && matches!(
                    cx.norms[b - 1],
                    "the" | "of" | "town" | "city" | "village" | "region" | "province" | "district"
                )
            {
                b -= 1;
            }
            let opened = matches!(cx.norms[b - 1], "on" | "in" | "across" | "throughout");
            return (opened && p.code != home).then_some(p);
        }
    }
    None
}

/// Whether what the verb at `at` acts on is places of the source's own country: "has
/// quarantined a number of cities", "locked down Wuhan" (a restriction on its places falls on
/// their people).
fn home_places_after(cx: &Ctx<'_>, s: &SentenceRange, source: &Act, at: usize) -> bool {
    let Some(home) = home_country(&source.code) else { return false };
    for k in at + 1..(at + 8).min(s.last) {
        let w = cx.norms[k];
        // (Forces act abroad: "American troops have locked down the area" names no place of
        // theirs.)
        if roles::is_settlement(w) {
            return !comity_dict::has_agent(&source.code, "MIL");
        }
        if let Some(p) = place_act(cx, k) {
            return p.code == home;
        }
        let filler = matches!(
            w,
            "down"
                | "off"
                | "a"
                | "an"
                | "the"
                | "several"
                | "number"
                | "of"
                | "other"
                | "some"
                | "many"
                | "its"
                | "their"
                | "two"
                | "three"
                | "four"
                | "five"
                | "dozens"
                | "major"
                | "entire"
                | "whole"
                | "large"
                | "parts"
                | "part"
        ) || w.bytes().all(|b| b.is_ascii_digit());
        if !filler {
            return false;
        }
    }
    false
}

/// Whether the passive subject at `t` is what a state restricts in political life: a
/// restriction on the population (a curfew, a state of emergency), a protest, the press, a
/// party, a group or someone in politics (a mention of one whose code says so), not a thing
/// or a company ("smoking will be banned", "junk food
/// banned from schools", "guns are banned on campuses").
fn political_restriction(coder: &Coder, cx: &Ctx<'_>, t: usize) -> bool {
    let w = cx.norms[t];
    coder.dict.set_match("&restrictions", &[w]).is_some()
        || matches!(w, "state" | "emergency")
        || PROTEST_OBJECTS.contains(&w)
        || matches!(
            w,
            "party"
                | "parties"
                | "group"
                | "groups"
                | "organization"
                | "organizations"
                | "organisation"
                | "organisations"
                | "union"
                | "unions"
                | "newspaper"
                | "newspapers"
                | "channel"
                | "channels"
                | "broadcaster"
                | "broadcasters"
                | "website"
                | "websites"
                | "journalists"
                | "reporters"
        )
        || cx.rec.mention(t).is_some_and(|m| {
            m.code.as_deref().and_then(|c| c.get(3..6)).is_some_and(|g| {
                matches!(g, "MED" | "PTY" | "OPP" | "ACT" | "NGO" | "LAB" | "REB" | "ELI")
            })
        })
}

/// Whether an agentless restriction at `at` is laid against a disaster ("a state of
/// emergency had been declared as rivers rose", "after the earthquake"), a measure of relief
/// rather than of control, or only supposed ("were martial law to be declared").
fn disaster_or_supposed(cx: &Ctx<'_>, s: &SentenceRange, at: usize) -> bool {
    const DISASTERS: &[&str] = &[
        "flood",
        "floods",
        "flooding",
        "rain",
        "rains",
        "storm",
        "storms",
        "cyclone",
        "hurricane",
        "typhoon",
        "earthquake",
        "tsunami",
        "wildfire",
        "wildfires",
        "bushfire",
        "bushfires",
        "drought",
        "epidemic",
        "pandemic",
        "outbreak",
        "virus",
        "disease",
        "rivers",
        "snow",
    ];
    let supposed = at >= s.first + 2
        && cx.norms[at - 1] == "be"
        && cx.norms[at - 2] == "to"
        && (s.first..at - 2).rev().take(8).any(|k| cx.norms[k] == "were");
    supposed || (s.first..s.last).any(|k| DISASTERS.contains(&cx.norms[k]))
}

/// The government of the country where a restriction told in the passive was laid: the one
/// country the places (or capitals) of its sentence lie in, else the country the article's
/// places lie in.
fn restricting_government(cx: &Ctx<'_>, s: &SentenceRange, at: usize) -> Option<Act> {
    // (Each with where it is named, which the implied government's act points at: the verb
    // is its target's, the population's.)
    let mut found: Vec<(String, usize, usize)> = in_sentence(&cx.rec.places, |p| p.first, s)
        .iter()
        .map(|p| (p.country.clone(), p.first, p.last))
        .chain(
            in_sentence(&cx.rec.mentions, |m| m.first, s)
                .iter()
                .filter(|m| matches!(m.kind, MentionKind::Capital | MentionKind::Country))
                .filter_map(|m| Some((m.code.as_deref()?.get(..3)?.to_string(), m.first, m.last))),
        )
        .filter(|(c, _, _)| c.len() == 3 && c != "---")
        .collect();
    found.sort_unstable();
    found.dedup_by(|a, b| a.0 == b.0);
    let (country, first, last) = match &found[..] {
        [one] => one.clone(),
        [] => (cx.scene_country.clone()?, s.first, s.first + 1),
        _ => return None,
    };
    if (first..last).contains(&at) {
        return None;
    }
    Some(Act {
        code: format!("{country}GOV"),
        first,
        last,
        entry: format!("implied: the government of {country}, where it was laid"),
        named: Some(format!("{country} government (implied)")),
    })
}

/// Whether the first place named in the eight words after the verb at `at`, before a break
/// of the clause, is of the source's own country ("sealed off the town of Korasuv",
/// "besieged Kilinochchi").
fn home_place_named_after(cx: &Ctx<'_>, s: &SentenceRange, source: &Act, at: usize) -> bool {
    let Some(home) = home_country(&source.code) else { return false };
    (at + 1..(at + 8).min(s.last))
        .take_while(|&k| !matches!(cx.norms[k], "," | ";" | "after" | "when" | "as" | "while"))
        .find_map(|k| {
            place_act(cx, k).map(|p| p.code).or_else(|| {
                cx.rec
                    .mention(k)
                    .filter(|m| m.kind == MentionKind::Capital)
                    .and_then(|m| m.code.as_deref()?.get(..3).map(str::to_string))
            })
        })
        .is_some_and(|c| c == home)
}

/// Whether a pattern eases a restriction on a population ("lifted the curfew", "eased the
/// lockdown": 0813, 0814, or 081 with the restriction named), not a charge, a ban on one
/// activity or a sentence ("dropped the charges", "granted a pardon").
fn eases_restriction(pattern: &Pattern) -> bool {
    pattern.code.starts_with("0813")
        || pattern.code.starts_with("0814")
        || (pattern.code.starts_with("081")
            && pattern.elems.iter().any(|e| matches!(e, Elem::Set(n) if n == "&restrictions")))
}

/// The population of a state's own country, as the target of an administrative restriction
/// that names none: for sources that are the state (its government, legislature, police,
/// courts, military, or the bare country).
fn home_population(source: &Act, at: usize) -> Option<Act> {
    const STATE: &[&str] = &["", "GOV", "LEG", "COP", "JUD", "MIL"];
    let home = home_country(&source.code)?;
    if !STATE.contains(&source.code.get(3..6).unwrap_or("")) {
        return None;
    }
    Some(Act {
        code: format!("{home}CVL"),
        first: at,
        last: at + 1,
        entry: format!("a restriction naming no one: the population of {home}"),
        named: Some(format!("{home} population (implied)")),
    })
}

/// Nouns for people that say nothing of whose they are.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "child",
    "children",
    "suspect",
    "suspects",
    "person",
    "persons",
    "individual",
    "individuals",
    "teenager",
    "teenagers",
    "youth",
    "youths",
    "national",
    "nationals",
];

/// A civilian of the sources' country for the phrase at `t` when it names a person that no
/// dictionary knows: a name with no code, a pronoun for one, a noun for people ("a man", "a
/// 26-year-old", "two suspects").
fn unknown_civilian(cx: &Ctx<'_>, syn: &Syntax<'_>, t: usize, sources: &[Act]) -> Option<Act> {
    let home = home_country(&sources.first()?.code)?;
    let (first, last, what) = match cx.rec.mention_index(t).map(|mi| (mi, &cx.rec.mentions[mi])) {
        Some((_, m)) if m.kind == MentionKind::Person && m.code.is_none() => {
            (m.first, m.last, "a person no dictionary knows")
        }
        Some((mi, m))
            if m.kind == MentionKind::Pronoun
                && m.agent.is_none()
                && matches!(cx.norms[m.first], "he" | "him" | "she" | "her")
                && cx.antecedent[mi].is_some_and(|a| cx.rec.mentions[a].code.is_none()) =>
        {
            (m.first, m.last, "a pronoun for a person no dictionary knows")
        }
        Some(_) => return None,
        None => {
            let w = cx.norms[t];
            let person_noun = PERSON_NOUNS.contains(&w) || w.ends_with("-year-old");
            if !(person_noun && syn.upos(t) == Some(Upos::Noun)) {
                return None;
            }
            (t, t + 1, "a person of no stated country")
        }
    };
    Some(Act {
        code: format!("{home}CVL"),
        first,
        last,
        entry: format!("{what}: a civilian of {home}"),
        named: None,
    })
}

/// Nouns of a crowd's protest that force or coercion may be used on.
const PROTEST_OBJECTS: &[&str] = &[
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "rally",
    "rallies",
    "march",
    "marches",
    "gathering",
    "gatherings",
    "sit-in",
    "sit-ins",
];

/// The protesters a state's force or coercion struck when its object is their protest
/// ("police used tear gas to disperse protests", "authorities have chosen to suppress
/// protests", "broke up a demonstration"): whoever the words right before the protest noun
/// name ("opposition rallies", "student protests"), else the people of the state's own
/// country. The protest noun stands within four words after the verb at `at`, past
/// particles, determiners and describing words.
fn protesters_struck(cx: &Ctx<'_>, source: &Act, at: usize, end: usize) -> Option<Act> {
    let home = home_country(&source.code)?;
    if !matches!(source.code.get(3..6), None | Some("GOV" | "MIL" | "COP" | "SPY" | "JUD")) {
        return None;
    }
    let mut k = at + 1;
    // (Lower-case: "the attack was on March 23" names a month.)
    let protest =
        |k: usize| PROTEST_OBJECTS.contains(&cx.norms[k]) && !cx.doc.tokens[k].is(comity_text::CAP);
    while k < end.min(at + 6) && !protest(k) {
        let w = cx.norms[k];
        let describing = cx.doc.tokens[k].kind == Kind::Word
            && !cx.doc.tokens[k].is(comity_text::CAP)
            && !matches!(w, "to" | "in" | "at" | "by" | "with" | "and" | "or" | "that" | "which");
        if !describing && cx.rec.mention_at[k] == 0 {
            return None;
        }
        k += 1;
    }
    if k >= end.min(at + 6) {
        return None;
    }
    if let Some(mi) = cx.rec.mention_index(k - 1)
        && let Some(a) = actor_of(cx, mi, None)
    {
        return (home_country(&a.code) == Some(home)).then_some(a);
    }
    Some(Act {
        code: format!("{home}CVL"),
        first: k,
        last: k + 1,
        entry: format!("the people of {home} whose '{}' was struck", cx.norms[k]),
        named: None,
    })
}

/// Whether `t` is a bare pronoun ("its", "their") standing for the sources' own country.
fn own_pronoun(cx: &Ctx<'_>, t: &Act, sources: &[Act]) -> bool {
    // "expressed her opposition to the bill": a stance of the speaker's, not an opposition
    // party, whatever role the noun gave the pronoun.
    let bare_pronoun = cx.rec.mention(t.first).is_some_and(|m| {
        m.kind == MentionKind::Pronoun
            && (m.agent.is_none() || cx.norms.get(m.first + 1) == Some(&"opposition"))
    });
    // "Turkey refused to withdraw its troops", "Kabila agreed to withdraw their forces": a
    // state's own forces are what it acts with, no other side ("their government" after
    // citizens is one).
    let own_forces = cx.rec.mention(t.first).is_some_and(|m| {
        m.kind == MentionKind::Pronoun
            && matches!(cx.norms[m.first], "its" | "their")
            && matches!(m.agent.as_deref(), Some("MIL" | "COP"))
    });
    // "New Zealand and Australia warned their nationals in Tonga": after joined subjects,
    // "their" is each one's own, never the other's.
    let each_own = sources.len() > 1
        && cx
            .rec
            .mention(t.first)
            .is_some_and(|m| m.kind == MentionKind::Pronoun && cx.norms[m.first] == "their");
    (bare_pronoun || own_forces || each_own)
        && sources.iter().any(|x| x.code.get(..3) == t.code.get(..3))
}

/// The country the article's places lie in: the one that holds at least half of its place
/// mentions (countries, regions, cities), named twice at least; None when they are spread.
fn scene_country(places: &[comity_recognise::PlaceMention]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for p in places.iter().filter(|p| p.country.len() == 3 && p.country != "---") {
        match counts.iter_mut().find(|(c, _)| *c == p.country) {
            Some(e) => e.1 += 1,
            None => counts.push((&p.country, 1)),
        }
    }
    let total: usize = counts.iter().map(|c| c.1).sum();
    let &(c, n) = counts.iter().max_by_key(|(_, n)| *n)?;
    (n >= 2 && 2 * n >= total && counts.iter().filter(|(_, m)| *m == n).count() == 1)
        .then(|| c.to_string())
}

/// The country of the place at token `t` as an actor ("in Kursk" stands for Russia), if the
/// place lies in one country.
fn place_act(cx: &Ctx<'_>, t: usize) -> Option<Act> {
    let p = &cx.rec.places[cx.place_at.get(t)?.checked_sub(1)? as usize];
    // A base another state holds (Guantanamo Bay) stands for no state of the country it is in.
    (p.country.len() == 3 && p.country != "---" && p.kind != "base").then(|| Act {
        code: p.country.clone(),
        first: p.first,
        last: p.last,
        entry: format!("place: {} in {}", p.name, p.country),
        named: None,
    })
}

/// The kind of bombing the words around an act of force name (CAMEO 1831-1833): "a suicide
/// bomber killed", "carried out a suicide attack", "a car bomb attack", "a roadside bomb
/// killed". Looked for in the source's words and the two before them, and in the trigger at
/// `trigger` with the two words on either side of it.
fn bombing_code(cx: &Ctx<'_>, trigger: usize, src: &Act, code: String) -> String {
    if !matches!(code.as_str(), "180" | "183" | "190" | "193" | "195") {
        return code;
    }
    let n = cx.norms.len();
    let around = |lo: usize, hi: usize| (lo..hi.min(n)).map(|k| cx.norms[k]);
    let words = around(src.first.saturating_sub(2), src.last)
        .chain(around(trigger.saturating_sub(2), trigger + 3));
    let mut kind = None;
    let mut prev = "";
    for w in words {
        kind = match (prev, w) {
            (_, "suicide") => Some("1831"),
            ("car" | "truck", "bomb" | "bombs" | "bomber" | "bombers" | "bombing") => Some("1832"),
            (_, "car-bomb" | "car-bombing") => Some("1832"),
            ("roadside", "bomb" | "bombs" | "bombing") => Some("1833"),
            _ => kind,
        };
        if kind == Some("1831") {
            break;
        }
        prev = w;
    }
    kind.map_or(code, str::to_string)
}

/// Whether the act `t` is the subject of the complement clause of the verb at `v` ("denied
/// that the protesters had ...": the protesters).
fn in_clause_of(cx: &Ctx<'_>, v: usize, t: &Act) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    (t.first..t.last.max(t.first + 1)).any(|k| {
        matches!(syn.rel(k), Some(Rel::Nsubj | Rel::NsubjPass))
            && syn.head(k).is_some_and(|c| syn.rel(c) == Some(Rel::Ccomp) && syn.head(c) == Some(v))
    })
}

/// Whether the act `t` is named as where something is held: the head of an "in", "at",
/// "across" or "throughout" phrase, or a conjunct of one ("in the Philippines, Sweden and
/// Bahrain").
fn where_held(cx: &Ctx<'_>, t: &Act) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(t.first)) else { return false };
    let Some(mut h) = (t.first..t.last.max(t.first + 1))
        .find(|&k| syn.head(k).is_none_or(|h| !(t.first..t.last).contains(&h)))
    else {
        return false;
    };
    for _ in 0..8 {
        if syn.rel(h) != Some(Rel::Conj) {
            break;
        }
        let Some(up) = syn.head(h) else { break };
        h = up;
    }
    let locative = |w: &str| matches!(w, "in" | "at" | "across" | "throughout");
    // ("threw stones at the police": what is thrown "at" someone is aimed at them.)
    if roles::on_aiming(&syn, h) && syn.children_with(h, Rel::Case).any(|c| cx.norms[c] == "at") {
        return false;
    }
    if syn.children_with(h, Rel::Case).any(|c| locative(cx.norms[c])) {
        return true;
    }
    // The parse may hang a list's later names elsewhere: read back over the list itself.
    let mut k = t.first;
    while k > 0 && t.first - k < 24 {
        k -= 1;
        let w = cx.norms[k];
        if locative(w) {
            return true;
        }
        let listed = matches!(w, "," | "and" | "or" | "the")
            || (cx.doc.tokens[k].kind == Kind::Word && cx.doc.tokens[k].is(comity_text::CAP));
        if !listed {
            return false;
        }
    }
    false
}

/// Whether a verb of meeting or arriving at `v` is no meeting or visit: one meets a
/// requirement, a deadline or one's death ("Harris meets the natural born citizen
/// requirement"), and troops arriving somewhere are deployed, not visiting ("Ugandan troops
/// arriving in Mogadishu").
fn no_meeting(cx: &Ctx<'_>, v: usize, src: &Act) -> bool {
    let w = cx.norms[v];
    if matches!(w, "arrive" | "arrives" | "arrived" | "arriving") {
        return src.code.get(3..6) == Some("MIL");
    }
    if !matches!(w, "meet" | "meets" | "met" | "meeting") {
        return false;
    }
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    // "Bhutto's arrival was met by 20,000 police and troops", "protesters were met with tear
    // gas": forces or force that meet someone guard or confront, they do not consult.
    let passive = syn.children_with(v, Rel::AuxPass).next().is_some();
    if passive
        && (src.code.get(3..6).is_some_and(|a| matches!(a, "MIL" | "COP"))
            || syn
                .children(v)
                .any(|c| syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "with")))
    {
        return true;
    }
    syn.children_with(v, Rel::Obj).any(|o| {
        matches!(
            cx.norms[o],
            "requirement"
                | "requirements"
                | "criteria"
                | "criterion"
                | "standard"
                | "standards"
                | "deadline"
                | "deadlines"
                | "target"
                | "targets"
                | "goal"
                | "goals"
                | "need"
                | "needs"
                | "demand"
                | "demands"
                | "expectations"
                | "condition"
                | "conditions"
                | "obligation"
                | "obligations"
                | "threshold"
                | "quota"
                | "costs"
                | "cost"
                | "death"
                | "fate"
                | "end"
        )
    })
}

/// Whether the verb at `v` welcomes what befell its target: "Bush hailed Saddam's death",
/// "welcomed the arrest of Karadzic" praise no one who suffered it.
fn welcomes_a_harm(cx: &Ctx<'_>, v: usize, tgt: &Act) -> bool {
    befell_target(cx, v, tgt, &HARMS, false, |syn, t| {
        matches!(syn.rel(t), Some(Rel::NmodPoss | Rel::Nmod))
    })
}

/// Whether `tgt` is whom the verb at `v`'s object, a noun of `acts`, befell: the target's
/// phrase (its head noun when the actor modifies one, with `through_compound`) hangs on that
/// object in a way `hangs` accepts.
fn befell_target(
    cx: &Ctx<'_>,
    v: usize,
    tgt: &Act,
    acts: &comity_text::WordSet,
    through_compound: bool,
    hangs: impl Fn(&Syntax<'_>, usize) -> bool,
) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    let last = phrase_of(&syn, tgt, through_compound);
    syn.children_with(v, Rel::Obj)
        .any(|o| acts.contains(&syn.lemma(o)) && syn.head(last) == Some(o) && hangs(&syn, last))
}

/// The head of the phrase an actor's words stand in: up from a name's last word through flat
/// names and appositions ("the prison sentence against former Peruvian president Alberto
/// Fujimori"), and with `through_compound` to the noun the actor modifies.
fn phrase_of(syn: &Syntax<'_>, tgt: &Act, through_compound: bool) -> usize {
    // (The words' own head: the word whose head stands outside them; "the Indian embassy in
    // Kabul" read as one actor ends on a preposition.)
    let span = tgt.first..tgt.last.max(tgt.first + 1);
    let mut last = span
        .clone()
        .rev()
        .find(|&k| {
            matches!(syn.upos(k), Some(Upos::Noun | Upos::Propn))
                && syn.head(k).is_none_or(|h| !span.contains(&h))
        })
        .unwrap_or(tgt.last.saturating_sub(1).max(tgt.first));
    for _ in 0..3 {
        match (syn.rel(last), syn.head(last)) {
            (Some(Rel::Flat | Rel::Appos), Some(h)) => last = h,
            _ => break,
        }
    }
    // ("the attack on the Indian embassy": a country's adjective on the victims' noun.)
    if through_compound
        && matches!(syn.rel(last), Some(Rel::Compound | Rel::Amod))
        && let Some(h) = syn.head(last)
    {
        last = h;
    }
    last
}

/// Whether the token `k` hangs on its head as a nominal modifier by one of the prepositions
/// `cases` ("the attack on UN observers", "investigations of FARC activities").
fn hangs_by(cx: &Ctx<'_>, syn: &Syntax<'_>, k: usize, cases: &[&str]) -> bool {
    syn.rel(k) == Some(Rel::Nmod)
        && syn.children_with(k, Rel::Case).any(|c| cases.contains(&cx.norms[c]))
}

/// Proposals and bids, which one opposing rejects.
const PROPOSALS: &[&str] = &[
    "plan",
    "proposal",
    "draft",
    "resolution",
    "bill",
    "bid",
    "idea",
    "move",
    "measure",
    "initiative",
    "motion",
    "amendment",
    "request",
    "offer",
    "scheme",
    "deal",
    "accession",
    "membership",
    "candidacy",
    "nomination",
    "extension",
    "demand",
    "call",
];

/// The code of opposing or objecting to a proposal: rejecting it (120, as CAMEO and the gold
/// set code "both oppose the plan", "a draft statement was objected to by China and Russia",
/// "Kyiv's plan to join NATO is firmly opposed by Moscow"); opposition to anything else
/// stays disapproval (110). What is opposed is the object, the one objected "to", or in the
/// passive the subject; a draft counts by its modifier ("a draft statement").
fn opposed_code(syn: Option<&Syntax<'_>>, lemma: &str, v: usize, code: String) -> String {
    let Some(syn) = syn.filter(|_| code == "110" && matches!(lemma, "oppose" | "object")) else {
        return code;
    };
    let proposal = |n: usize| {
        PROPOSALS.contains(&syn.lemma(n))
            || syn.children(n).any(|c| {
                matches!(syn.rel(c), Some(Rel::Amod | Rel::Compound)) && syn.lemma(c) == "draft"
            })
    };
    let opposed = syn.children(v).any(|c| match syn.rel(c) {
        Some(Rel::Obj | Rel::NsubjPass) => proposal(c),
        Some(Rel::Obl) => {
            syn.children_with(c, Rel::Case).any(|k| syn.lemma(k) == "to") && proposal(c)
        }
        _ => false,
    });
    if opposed { "120".to_string() } else { code }
}

/// The code of a cooperation someone stops ("Gazprom stopped supplying gas to Moldova",
/// "stopped shipping petroleum products to Iran", "halted talks"): trade and cooperation
/// stopped reduce relations (160), aid stopped is aid cut (162), talks stopped are halted
/// (164); other codes are kept.
fn halted_code(cx: &Ctx<'_>, v: usize, code: String) -> String {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return code };
    if stopping_verb(cx, &syn, v).is_none() {
        return code;
    }
    match code.get(..2) {
        Some("06") => "160".to_string(),
        Some("07") => "162".to_string(),
        Some("04") => "164".to_string(),
        _ => code,
    }
}

/// The verb that stops the "-ing" act at `v`: "stopped supplying gas", "may stop giving aid".
fn stopping_verb(cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Option<usize> {
    if !matches!(syn.rel(v), Some(Rel::Xcomp | Rel::Ccomp)) || !cx.norms[v].ends_with("ing") {
        return None;
    }
    syn.head(v)
        .filter(|&h| matches!(syn.lemma(h), "stop" | "halt" | "cease" | "suspend" | "quit" | "end"))
}

/// Whether the verb at `v` refuses or declines to blame someone: "refused to implicate the
/// PKK in the bombings", "declined to blame Iran".
fn refuses_to_blame(cx: &Ctx<'_>, v: usize) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    matches!(syn.lemma(v), "refuse" | "decline")
        && syn.children_with(v, Rel::Xcomp).any(|x| {
            matches!(
                syn.lemma(x),
                "implicate"
                    | "blame"
                    | "accuse"
                    | "name"
                    | "identify"
                    | "criticize"
                    | "criticise"
                    | "condemn"
            )
        })
}

/// Whether `tgt` names the victims of an attack that the verb at `v` condemns: the "on",
/// "against" or "of" phrase of an object that is an act of force ("condemned the attack on UN
/// observers", "denounced the killing of civilians").
fn condemns_a_harm_to(cx: &Ctx<'_>, v: usize, tgt: &Act) -> bool {
    // ("the attack on UN observers": the actor may be the modifier of the victims' noun.)
    let victim =
        |syn: &Syntax<'_>, t: usize| hangs_by(cx, syn, t, &["on", "against", "of", "upon"]);
    // (Nor is whom a sentence, an arrest or an execution befell: "to protest the prison
    // sentence against former Peruvian president Alberto Fujimori".)
    befell_target(cx, v, tgt, &ATTACKS, true, victim)
        || befell_target(cx, v, tgt, &HARMS, true, victim)
        // ("the violence of Georgian troops" is theirs: only those it was done against.)
        || befell_target(cx, v, tgt, &MISTREATMENT, true, |syn, t| {
            hangs_by(cx, syn, t, &["on", "against", "upon"])
        })
        || harm_then_victim(cx, v, tgt)
}

/// Whether `tgt` names, in an "against" or "on" phrase the tree hung on the verb at `v`, the
/// victims of the harm that is the verb's object: "deplores any act of violence against
/// Haitians", "condemned the violence against Georgian civilians".
fn harm_then_victim(cx: &Ctx<'_>, v: usize, tgt: &Act) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    let harm = |o: usize| {
        let n = syn.lemma(o);
        ATTACKS.contains(&n)
            || HARMS.contains(&n)
            || MISTREATMENT.contains(&n)
            // ("an act of violence")
            || n == "act"
                && syn.children_with(o, Rel::Nmod).any(|x| MISTREATMENT.contains(&syn.lemma(x)))
    };
    let t = phrase_of(&syn, tgt, true);
    syn.head(t) == Some(v)
        && syn.rel(t) == Some(Rel::Obl)
        && syn.children_with(t, Rel::Case).any(|c| matches!(cx.norms[c], "against" | "on"))
        && syn.children_with(v, Rel::Obj).any(harm)
}

/// Harm done to people that is no attack: condemning it is not aimed at those it befell.
static MISTREATMENT: comity_text::WordSet = comity_text::WordSet::new(&[
    "violence",
    "abuse",
    "torture",
    "persecution",
    "discrimination",
    "mistreatment",
    "harassment",
    "atrocity",
    "brutality",
    "repression",
    "intimidation",
]);

/// Whether `tgt` is the "on" or "against" phrase of a noun of attack that stands (up to three
/// steps) below the verb at `v`: "warned that any attack on Israel would trigger retaliation".
pub(crate) fn victim_of_an_attack_below(cx: &Ctx<'_>, v: usize, tgt: &Act) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    let t = phrase_of(&syn, tgt, true);
    if !hangs_by(cx, &syn, t, &["on", "against"]) {
        return false;
    }
    let Some(n) = syn.head(t).filter(|&n| ATTACKS.contains(&syn.lemma(n))) else { return false };
    let mut cur = n;
    for _ in 0..3 {
        match syn.head(cur) {
            Some(h) if h == v => return true,
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// Whether an actor named in what was said stands as the one something was done to or given
/// to, not as whoever did it: on, against or towards a noun ("this assault on the UN
/// monitors is unacceptable", "the freeze on funding to the Palestinian Authority was an
/// error"), or to what was given or felt ("gives the keys to Hamas", "insensitive to Israeli
/// suffering"). Blame in the words is not aimed at it.
pub(crate) fn receiver_in_said(cx: &Ctx<'_>, tgt: &Act) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(tgt.first)) else { return false };
    let mut t = phrase_of(&syn, tgt, true);
    // (The later of joined names hangs as the first does: "on Japan and the United States".)
    if syn.rel(t) == Some(Rel::Conj)
        && let Some(h) = syn.head(t)
    {
        t = h;
    }
    // (A responsibility or a blame on someone charges them: "a heavy responsibility lies on
    // Japan".)
    let charged = syn.head(t).is_some_and(|h| {
        matches!(syn.lemma(h), "responsibility" | "blame" | "onus" | "burden" | "duty")
    });
    if !charged && hangs_by(cx, &syn, t, &["to", "on", "against", "toward", "towards"]) {
        return true;
    }
    syn.rel(t) == Some(Rel::Obl)
        && syn.children_with(t, Rel::Case).any(|c| matches!(cx.norms[c], "to" | "towards"))
        && syn
            .head(t)
            .is_some_and(|h| syn.upos(h) == Some(Upos::Adj) || GIVING.contains(&syn.lemma(h)))
}

/// Nouns of looking into something.
static INQUIRIES: comity_text::WordSet = comity_text::WordSet::new(&[
    "investigation",
    "inquiry",
    "enquiry",
    "probe",
    "examination",
    "review",
    "audit",
]);

/// Acts of force named by a noun.
static ATTACKS: comity_text::WordSet = comity_text::WordSet::new(&[
    "attack",
    "assault",
    "invasion",
    "occupation",
    "bombardment",
    "incursion",
    "offensive",
    "siege",
    "bombing",
    "killing",
    "shelling",
    "raid",
    "strike",
    "airstrike",
    "murder",
    "massacre",
    "shooting",
    "kidnapping",
    "abduction",
]);

/// What befalls someone: hailing it praises not them but their fate.
static HARMS: comity_text::WordSet = comity_text::WordSet::new(&[
    "death",
    "execution",
    "killing",
    "assassination",
    "hanging",
    "arrest",
    "capture",
    "detention",
    "conviction",
    "sentencing",
    "defeat",
    "downfall",
    "fall",
    "ouster",
    "overthrow",
    "removal",
    "demise",
    "extradition",
    "indictment",
    "sentence",
    "imprisonment",
    "jailing",
]);

/// Whether the verb at `v` defends a thing, not a people or a place: "Italy defended the
/// resolution presented by New Zealand", "defended his record" are words (052), not military
/// protection (074): its object is a noun that names no actor, person or place.
fn defends_a_thing(cx: &Ctx<'_>, v: usize) -> bool {
    if !matches!(cx.norms[v], "defend" | "defends" | "defended" | "defending") {
        return false;
    }
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(v)) else { return false };
    syn.children_with(v, Rel::Obj).next().is_some_and(|o| {
        syn.upos(o) == Some(Upos::Noun)
            && cx.rec.mention_index(o).is_none()
            && cx.place_at.get(o).is_none_or(|&p| p == 0)
            && !PERSON_NOUNS.contains(&cx.norms[o])
            && cx.dict.set_match("&troops", &[cx.norms[o]]).is_none()
    })
}

/// The code an act takes from whom it was done to: territory is captured as occupied (192),
/// people as detained (173: "capture bin Laden", "captured 13 suspected insurgents"; not "a
/// guerrilla stronghold", where they only describe the place), or abducted (181) by an armed
/// group; armed forces driven out are fought (190), not a people expelled (201); an armed
/// group's force against civilians is unconventional violence (180: "insurgents were killing
/// doctors"), not a military engagement (190); killing is force (190), not a mass killing (a
/// group's officer or member captured is a person); a state's protest to another state is an
/// official complaint (114); a politician's attack on another or on a person is made in words
/// (111).
fn retarget_code(cx: &Ctx<'_>, lemma: &str, src: &Act, tgt: &Act, code: String) -> String {
    let person = cx.rec.mention(tgt.first).is_some_and(is_person_like);
    let agent = tgt.code.get(3..6);
    // "captured one Algerian": a people's word the parse reads as a noun is a person of it.
    let demonym = tgt.last == tgt.first + 1
        && cx.rec.mention(tgt.first).is_some_and(|m| m.kind == MentionKind::Country && m.adjective)
        && cx.doc.syntax(cx.doc.sentence_of(tgt.first)).is_some_and(|syn| {
            let noun = matches!(syn.upos(tgt.first), Some(Upos::Noun | Upos::Propn))
                && syn.rel(tgt.first) != Some(Rel::Compound);
            // ("one Egyptian" may be parsed as the number described.)
            noun || syn.head(tgt.first).is_some_and(|h| syn.upos(h) == Some(Upos::Num))
        });
    // "arrested the Taliban's second in command": a group's officer is a person.
    let officer = cx.rec.mention(tgt.first).is_some_and(|m| {
        m.possessive
            && (m.last..(m.last + 3).min(cx.norms.len())).any(|k| OFFICERS.contains(&cx.norms[k]))
    });
    let people = person
        || demonym
        || officer
        || agent.is_some_and(|a| {
            matches!(a, "MIL" | "REB" | "UAF" | "INS" | "PPL" | "COP" | "CVL" | "ACT" | "OPP")
        });
    // "captured a large Karen guerrilla camp": the people only describe what was
    // taken, a noun the parse hangs them on that names no one ("British Royal Navy personnel"
    // are people).
    let describes_a_thing = || {
        let last = tgt.last.saturating_sub(1).max(tgt.first);
        cx.doc.syntax(cx.doc.sentence_of(last)).is_some_and(|syn| {
            matches!(syn.rel(last), Some(Rel::Compound | Rel::Amod | Rel::NmodPoss))
                && syn.head(last).is_some_and(|h| {
                    let w = cx.norms[h];
                    !(tgt.first..tgt.last).contains(&h)
                        && syn.upos(h) == Some(Upos::Noun)
                        && cx.rec.mention_index(h).is_none()
                        && !PERSON_NOUNS.contains(&w)
                        && !OFFICERS.contains(&w)
                        && !matches!(w, "crew" | "crews" | "sailors")
                        && cx.dict.set_match("&troops", &[w]).is_none()
                })
        })
    };
    let armed_group =
        src.code.get(3..6).is_some_and(|a| matches!(a, "REB" | "UAF" | "INS" | "CRM"))
            || src.code.starts_with("IMG");
    // People captured are arrested by a state's forces, abducted by an armed group
    // ("Hezbollah captured two Israeli soldiers": 181, whether read as a seizure or an arrest).
    let captured = matches!(lemma, "capture" | "catch" | "seize") && people;
    if captured && code.starts_with("192") && !describes_a_thing() {
        return if armed_group { "181" } else { "173" }.to_string();
    }
    if captured && code.starts_with("173") && armed_group {
        return "181".to_string();
    }
    // "Iran drove Iraqi forces out of Khorramshahr": armed forces driven out are fought, not
    // a people expelled (201).
    if code.starts_with("201") && agent.is_some_and(|a| matches!(a, "MIL" | "REB" | "UAF" | "INS"))
    {
        return "190".to_string();
    }
    let civilians =
        agent.is_some_and(|a| matches!(a, "CVL" | "PPL" | "HLH" | "EDU" | "MED" | "REL" | "BUS"));
    // "French troops shot and killed unarmed civilians": killing people is force (Phoenix's "KILL *
    // CIVILIAN" 202 would make every death of a civilian a mass killing); "massacre",
    // "slaughter" keep 202.
    let code = if code.starts_with("202") && lemma == "kill" { "190".to_string() } else { code };
    // (Territory an armed group takes is occupied, whoever lives there: "JEM had taken control
    // of the villages" is 192.)
    if code.starts_with("19") && !code.starts_with("192") && armed_group && civilians {
        return "180".to_string();
    }
    // "Turkish attacks were officially protested by Iraq", "China protested to Japan": a
    // state's protest to another state is an official complaint (114), not a demonstration.
    // (A bare country code is the state when its name says it, not a people's word:
    // "Palestinians ... protest".)
    let named_state = || {
        cx.rec.mention(src.first).is_some_and(|m| {
            let w = cx.norms[m.first];
            // (A people's plural read as a name: "Palestinians", "Iraqis", "Britons"; a few
            // countries' own names end in -s.)
            let people = m.kind == MentionKind::Country
                && m.last == m.first + 1
                && w.ends_with('s')
                && !matches!(
                    w,
                    "us" | "philippines"
                        | "netherlands"
                        | "bahamas"
                        | "comoros"
                        | "maldives"
                        | "seychelles"
                        | "barbados"
                        | "honduras"
                        | "mauritius"
                        | "cyprus"
                        | "laos"
                        | "belarus"
                        | "emirates"
                );
            matches!(m.kind, MentionKind::Country | MentionKind::Capital)
                && !m.adjective
                && !m.plural
                && !people
        })
    };
    let state = |c: &str| {
        home_country(c).is_some()
            && match c.get(3..6) {
                None => named_state(),
                Some(a) => matches!(a, "GOV" | "MIL" | "SPY"),
            }
    };
    if lemma == "protest"
        && code.starts_with("14")
        && state(&src.code)
        && home_country(&tgt.code).is_some_and(|t| Some(t) != home_country(&src.code))
    {
        return "114".to_string();
    }
    // "Chavez defended Morales": a politician defends a person or a government in words
    // (052), not with arms (074).
    if lemma == "defend"
        && code.starts_with("074")
        && political(&src.code)
        && (person || political(&tgt.code))
    {
        return "052".to_string();
    }
    // A state's police force against its protesters and civilians is repression (175: "clashes between
    // demonstrators and police", "a student was shot and killed by police"); protesters' force
    // against the police is a riot (145), neither a military engagement.
    let src_agent = src.code.get(3..6);
    let crowd = |a: Option<&str>| {
        a.is_some_and(|a| {
            matches!(a, "CVL" | "PPL" | "OPP" | "ACT" | "LAB" | "EDU" | "NGO" | "REF")
        })
    };
    if matches!(code.as_str(), "180" | "190" | "193")
        && src.code.len() == 6
        && src.code.get(..3) == tgt.code.get(..3)
    {
        if src_agent == Some("COP") && crowd(agent) {
            return "175".to_string();
        }
        // So is its army's fire on protesters ("troops opened fire on protesters"), not on
        // civilians at large.
        let protesters = (tgt.first..tgt.last).any(|k| {
            matches!(
                cx.norms[k],
                "protesters" | "protestors" | "demonstrators" | "marchers" | "protester"
            )
        });
        if src_agent == Some("MIL") && crowd(agent) && protesters {
            return "175".to_string();
        }
        if crowd(src_agent) && agent == Some("COP") {
            return "145".to_string();
        }
    }
    // "Obama spent the day attacking McCain's record", "the opposition leader hit out at the
    // government": an attack by one politician or government on another is made in words (111).
    const ASSAILING: &[&str] = &["attack", "assail", "hit", "blast", "slam", "target", "strike"];
    // So is one on a person ("spent the debate attacking a man who's retired"; not "women and
    // children", who suffer force).
    let a_person = person || matches!(cx.norms[tgt.last.saturating_sub(1)], "man" | "woman");
    // (And one on an international body's words or plans: "the minister attacked spending
    // plans drawn up by the European Commission"; not on its peacekeepers.)
    let a_body = tgt.code.starts_with("IGO") && !comity_dict::has_agent(&tgt.code, "MIL");
    if matches!(code.get(..2), Some("18" | "19" | "20"))
        && ASSAILING.contains(&lemma)
        && political(&src.code)
        && (political(&tgt.code) || a_person || a_body)
    {
        return "111".to_string();
    }
    // Property destroyed: by aerial weapons it is an air attack ("destroyed by a U.S.
    // missile": 195); by a state's forces on the ground it is damage to property ("Russian
    // soldiers blew up a railway bridge", "helicopters setting fire to a national park": 171),
    // not the unconventional violence (18) of bombers and arsonists.
    const DESTROYING: &[&str] =
        &["destroy", "damage", "demolish", "raze", "blow", "burn", "set", "torch", "bulldoze"];
    const AERIAL: &[&str] = &[
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "airstrike",
        "airstrikes",
        "air",
        "jet",
        "jets",
        "warplane",
        "warplanes",
        "aircraft",
        "helicopter",
        "helicopters",
        "drone",
        "drones",
    ];
    if DESTROYING.contains(&lemma) && matches!(code.get(..2), Some("17" | "18")) && !people {
        // (The source's own last word too when it is a missile: "an Israeli missile"; a
        // source named by its aircraft, "Russian helicopters setting fire to a park", may
        // have set it on the ground.)
        let by_air = (src.last..(src.last + 2).min(cx.norms.len()))
            .any(|k| AERIAL.contains(&cx.norms[k]))
            || src.last > src.first
                && matches!(cx.norms[src.last - 1], "missile" | "missiles" | "rocket" | "rockets");
        let state_force = home_country(&src.code).is_some()
            && src.code.get(3..6).is_some_and(|a| matches!(a, "MIL" | "COP" | "GOV" | "SPY"));
        if by_air {
            return "195".to_string();
        }
        if state_force && code.starts_with("18") {
            return "171".to_string();
        }
    }
    code
}

/// Whether an actor code is a politician, a government, a legislature or a party (and none of
/// the armed sectors): two such sides fight in words, not with arms.
pub(crate) fn political(code: &str) -> bool {
    code.len() > 3
        && ["GOV", "LEG", "ELI", "OPP", "PTY"].iter().any(|g| comity_dict::has_agent(code, g))
        && !["MIL", "REB", "UAF", "INS", "COP", "SPY", "CRM"]
            .iter()
            .any(|g| comity_dict::has_agent(code, g))
}

/// Verbs whose subject undergoes what they say ("soldiers died"): never the source of an act.
const UNDERGONE: &[&str] = &["die", "perish", "drown", "starve"];

/// Verbs whose subject noun is their own event ("talks will resume", "the visit did not take
/// place"): the verb's modality is the event's.
const HAPPENING: &[&str] =
    &["resume", "begin", "start", "continue", "take", "occur", "happen", "proceed", "commence"];

/// Whether the actor `a`, read as the subject of the verb of force at `v`, is the place of a
/// blast or an attack named before it in the same stretch of words (no verb between): "a car
/// bomb blast in a Shiite district of the capital Baghdad has killed".
fn blast_place(cx: &Ctx<'_>, s: &SentenceRange, a: &Act, v: usize) -> bool {
    // (The whole actor is the place's name: not "Israeli forces".)
    let place = cx.rec.mention(a.first).is_some_and(|m| {
        m.first == a.first
            && m.last == a.last
            && matches!(m.kind, MentionKind::Country | MentionKind::Capital)
    }) || place_act(cx, a.first).is_some_and(|p| p.last == a.last);
    if a.first >= v || !place {
        return false;
    }
    let mut k = a.first;
    while k > s.first && a.first - k < 14 {
        k -= 1;
        let w = cx.norms[k];
        if BLASTS.contains(&w) {
            // (A preposition between says the place is in the blast's phrase.)
            return (k + 1..a.first)
                .any(|j| matches!(cx.norms[j], "in" | "of" | "near" | "at" | ","));
        }
        if matches!(w, "." | ";" | "said" | "says" | "say" | "when" | "while" | "where" | "after")
            || cx.rec.mention_at[k] != 0 && k + 1 < a.first && cx.norms[k + 1] == ","
        {
            return false;
        }
    }
    false
}

/// The other side of the fight or the author of the attack in which a verb's subject
/// suffered force: "were killed in clashes with Afghan troops", "were wounded in an attack by
/// the rebels", "died in a gun battle with insurgents". (A fight "between" two sides names no
/// one side.)
fn fought_by(coder: &Coder, cx: &Ctx<'_>, syn: &Syntax<'_>, v: usize) -> Vec<usize> {
    let fight = |n: usize| {
        ["&fight", "&attack"].iter().any(|set| coder.dict.set_match(set, &[cx.norms[n]]).is_some())
            || matches!(
                syn.lemma(n),
                "clash"
                    | "battle"
                    | "firefight"
                    | "gunfight"
                    | "shootout"
                    | "skirmish"
                    | "ambush"
                    | "fighting"
                    | "attack"
                    | "raid"
                    | "bombing"
                    | "assault"
            )
    };
    syn.children_with(v, Rel::Obl)
        .filter(|&o| {
            syn.children_with(o, Rel::Case).any(|k| matches!(cx.norms[k], "in" | "during"))
                && fight(o)
        })
        .flat_map(|o| {
            syn.children_with(o, Rel::Nmod).filter(|&n| {
                syn.children_with(n, Rel::Case).any(|k| matches!(cx.norms[k], "with" | "by"))
            })
        })
        // ("killed in fighting with police": the fighting read as a verb.)
        .chain(
            syn.children_with(v, Rel::Advcl)
                .filter(|&a| {
                    matches!(syn.lemma(a), "fight" | "clash" | "battle")
                        && syn.children_with(a, Rel::Mark).any(|k| cx.norms[k] == "in")
                })
                .flat_map(|a| {
                    syn.children_with(a, Rel::Obl)
                        .filter(|&n| syn.children_with(n, Rel::Case).any(|k| cx.norms[k] == "with"))
                }),
        )
        .collect()
}

/// Codes of force whose target may be the place struck: assault (18), fight (19), mass
/// violence (20). Coercion (17: arrests, curfews) happens where its authors rule, so its place
/// names no target.
fn is_force(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// Acts whose target, when no actor is their object, is the foreign country where they took
/// place: force, aid ("provides security in Afghanistan") and shows of force ("Israeli troops
/// stayed on high alert in the West Bank").
fn takes_scene(code: &str) -> bool {
    takes_scene_alone(code) || code.starts_with("15")
}

/// Acts worth a parse for the place they happened in when the sentence names only their
/// source: force and aid. (A show of force is found there as well when the parse is made
/// for another reason; the common verbs that can show force, "hold", "put", "remain",
/// "launch", would have many sentences parsed for nothing, and none gained an event.)
fn takes_scene_alone(code: &str) -> bool {
    is_force(code) || code.starts_with("07")
}

fn is_person_like(m: &Mention) -> bool {
    m.kind == MentionKind::Person
}

/// Resolves he/she/his/her to people, they/their to plural actors, it/its to states: the
/// nearest earlier mention of the right kind, outside quotes or in the pronoun's own quote.
/// One pass in text order keeps the last candidate of each kind, so an article with many
/// pronouns and few candidates costs no rescans.
fn resolve_pronouns(cx: &mut Ctx<'_>) {
    const MALE: usize = 0;
    const FEMALE: usize = 1;
    const PLURAL: usize = 2;
    const STATE: usize = 3;
    const ORGANISATION: usize = 4;
    // "the group", "the movement": an organisation that is not a union of states (the EU is
    // "the bloc", never "the group" that it bans).
    const GROUP: usize = 5;
    let rec = &cx.rec;
    // The last candidate of each kind outside quotes, and inside the quote seen last.
    let mut outside: [Option<usize>; 6] = [None; 6];
    let mut inside: [Option<usize>; 6] = [None; 6];
    let mut inside_quote = 0u32;
    // The last state, organisation or group named (a person or pronoun aside), with its
    // sentence and quote: "their" after a collective in its own sentence stands for it ("urging
    // the Japanese government to bring their soldiers home").
    let mut last_group: Option<(usize, usize, u32)> = None;
    for (mi, m) in rec.mentions.iter().enumerate() {
        let q = cx.quote_of[m.first];
        if pair_noun(m).is_some() {
            continue;
        }
        if m.kind == MentionKind::Pronoun {
            let w = cx.norms[m.first];
            let kind = match w {
                "he" | "him" | "his" => MALE,
                "she" | "her" | "hers" => FEMALE,
                "they" | "them" | "their" => PLURAL,
                "group" | "movement" | "network" => GROUP,
                w if comity_recognise::DESCRIPTIONS.contains(&w) => ORGANISATION,
                _ => STATE,
            };
            let own = if q != 0 && q == inside_quote { inside[kind] } else { None };
            // "it" in a quote most often means a thing its speaker talks of, and "he" or "she"
            // in a quote of whole sentences someone other than its speaker (who says "I"):
            // only what the quote itself names stands for them. A quoted phrase woven into the
            // reporter's sentence (Bush "made clear he wanted ...") speaks of the reporter's
            // people.
            let own_words =
                q != 0 && (kind == STATE || (kind <= FEMALE && opens_capitalised(cx, q)));
            let from_outside = if own_words { None } else { outside[kind] };
            cx.antecedent[mi] = from_outside.max(own);
            if w == "it" && expletive_it(cx, m.first) {
                cx.antecedent[mi] = None;
            }
            if w == "their"
                && let Some((g, gs, gq)) = last_group
                && gs == cx.doc.sentence_of(m.first)
                && gq == q
                && cx.antecedent[mi].is_none_or(|a| a < g)
            {
                cx.antecedent[mi] = Some(g);
            }
            // "Israel says that they hold Hamas responsible": "they" right after a collective's
            // verb of saying is the collective, not the plural named before it.
            if w == "they"
                && let Some((g, gs, gq)) = last_group
                && gs == cx.doc.sentence_of(m.first)
                && gq == q
                && m.first >= rec.mentions[g].last
                && m.first - rec.mentions[g].last <= 4
                && (rec.mentions[g].last..m.first).any(|k| SPEECH.contains(&cx.norms[k]))
                && (rec.mentions[g].last..m.first).all(|k| {
                    SPEECH.contains(&cx.norms[k])
                        || matches!(
                            cx.norms[k],
                            "that"
                                | ","
                                | "also"
                                | "again"
                                | "on"
                                | "today"
                                | "has"
                                | "had"
                                | "have"
                                | "later"
                                | "earlier"
                        )
                })
            {
                cx.antecedent[mi] = Some(g);
            }
        } else if m.kind != MentionKind::Person
            && m.code.is_some()
            // (A country where something happened is no collective a "their" stands for:
            // "engineers were abducted in Iraq after their truck was ambushed".)
            && !(m.kind == MentionKind::Country
                && !m.adjective
                && m.first > 0
                && LOCATIVE.contains(&cx.norms[m.first - 1]))
        {
            last_group = Some((mi, cx.doc.sentence_of(m.first), q));
        }
        // An aside in brackets names no one a later pronoun stands for.
        // Nor does a document standing for its author ("the resolution").
        let kinds = if in_brackets(cx, m.first) || comity_recognise::is_document(m) {
            [false; 6]
        } else {
            candidate_kinds(cx, m)
        };
        if q != inside_quote && q != 0 {
            inside_quote = q;
            inside = [None; 6];
        }
        for (kind, is) in kinds.into_iter().enumerate() {
            if is {
                if q == 0 {
                    outside[kind] = Some(mi);
                } else {
                    inside[kind] = Some(mi);
                }
            }
        }
    }
    // "During her visit to the UK, Secretary of State Condoleezza Rice said": a possessive in
    // the phrase that opens a sentence, up to its first comma, stands for the person named
    // as the subject right after that comma, when the person fits it.
    for (mi, m) in rec.mentions.iter().enumerate() {
        let kind = match cx.norms[m.first] {
            "his" => MALE,
            "her" => FEMALE,
            _ => continue,
        };
        if m.kind != MentionKind::Pronoun || cx.quote_of[m.first] != 0 {
            continue;
        }
        let s = &cx.doc.sentences[cx.doc.sentence_of(m.first)];
        let Some(comma) = (m.first + 1..s.last).find(|&k| cx.norms[k] == ",") else { continue };
        let person_at = |k: usize| {
            rec.mention(k)
                .is_some_and(|x| matches!(x.kind, MentionKind::Person | MentionKind::Pronoun))
        };
        if (s.first..m.first).any(|k| cx.norms[k] == "," || person_at(k)) {
            continue;
        }
        let Some((ni, n)) = rec
            .mentions
            .iter()
            .enumerate()
            .skip_while(|(_, x)| x.first <= comma)
            .take_while(|(_, x)| x.first <= comma + 8)
            .find(|(_, x)| x.kind == MentionKind::Person)
        else {
            continue;
        };
        // (The person is the subject: a verb follows the name.)
        let verb_next = cx
            .doc
            .tokens
            .get(n.last)
            .is_some_and(|t| t.kind == comity_text::Kind::Word && !t.is(comity_text::CAP));
        if verb_next && candidate_kinds(cx, n)[kind] {
            cx.antecedent[mi] = Some(ni);
        }
    }
    // A nearer noun phrase that names no actor is the likelier antecedent: unresolved is
    // better than wrong (antecedent.rs).
    let mut last_reference: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for mi in 0..cx.antecedent.len() {
        // A pronoun speaks of someone named or spoken of in the last few sentences: one last
        // named further back, with no pronoun for them in between, is more likely not whom it
        // means than whom it means (a refugee quoted after the president named four sentences
        // before); a chain of "he said ... he added" keeps its speaker.
        if let Some(a) = cx.antecedent[mi] {
            let here = cx.doc.sentence_of(cx.rec.mentions[mi].first);
            let last = last_reference
                .get(&a)
                .copied()
                .unwrap_or_else(|| cx.doc.sentence_of(cx.rec.mentions[a].first));
            if here > last + PRONOUN_REACH {
                cx.far_antecedent[mi] = Some(a);
                cx.antecedent[mi] = None;
            } else {
                last_reference.insert(a, here);
            }
        }
        // An object "it" ("sign it into law") is a thing, not the institution named before;
        // nor a state, unless it is called on or charged ("urged it to stop", "accused it of
        // lying"): "Harper agreed to it", "once Bush had received it", "calling it aid".
        let t = cx.rec.mentions[mi].first;
        // (The tree may make the subject of a reported clause an object: "said it captured".)
        let verb_after = cx.doc.syntax(cx.doc.sentence_of(t)).is_some_and(|syn| {
            t + 1 < syn.sentence.last && matches!(syn.upos(t + 1), Some(Upos::Verb | Upos::Aux))
        });
        if let Some(a) = cx.antecedent[mi]
            && cx.norms[t] == "it"
            && !subject_pronoun(cx, t)
            && (cx.rec.mentions[a].kind == MentionKind::Agent
                || (!verb_after
                    && cx.doc.is_parsed(cx.doc.sentence_of(t))
                    && !matches!(cx.norms.get(t + 1), Some(&"to" | &"of" | &"from" | &"into"))))
        {
            cx.antecedent[mi] = None;
        }
        // "saying it was dangerous", "it's absurd", "it was an insult": the subject of a
        // judgement of a quality is a thing.
        if cx.antecedent[mi].is_some()
            && cx.norms[t] == "it"
            && (judged_thing(cx, t) || blast_did_it(cx, t))
        {
            cx.antecedent[mi] = None;
        }
        if let Some(a) = cx.antecedent[mi] {
            cx.antecedent[mi] = match antecedent::nearer(cx, mi, a) {
                antecedent::Nearer::Nothing => Some(a),
                antecedent::Nearer::Thing => None,
                antecedent::Nearer::Actor(k) => Some(k),
            };
        }
        // (Not an "it" judged a thing above: "Sudan said it was an insult", "It killed".)
        let cleared = cx.norms[t] == "it" && (judged_thing(cx, t) || blast_did_it(cx, t));
        let before = cx.antecedent[mi];
        if let Some(b) = bound_possessive(cx, mi)
            .or_else(|| (!cleared).then(|| reported_speaker(cx, mi)).flatten())
            .or_else(|| (!cleared).then(|| coordinated_subject(cx, mi)).flatten())
        {
            cx.antecedent[mi] = Some(b);
            cx.far_antecedent[mi] = None;
        }
        // ("The resolution urges Syria to end its support for militias": a pronoun is never bound
        // to a document that stands for its author; it keeps the antecedent it had.)
        let document = |a: Option<usize>| {
            a.is_some_and(|a| comity_recognise::is_document(&cx.rec.mentions[a]))
        };
        if document(cx.antecedent[mi]) {
            cx.antecedent[mi] = if document(before) { None } else { before };
        }
    }
}

/// The subject that possessive pronoun mention `p` is bound to: a possessive on the object of
/// a verb stands for the verb's subject when it could ("Liam Fox expressed his sympathies",
/// "Chavez, who defended his nation", "urged Iran to halt its programme"), however near
/// another candidate stands. None when the subject names no one it could be, or several.
fn bound_possessive(cx: &Ctx<'_>, p: usize) -> Option<usize> {
    let m = &cx.rec.mentions[p];
    // (The pronoun alone, or with the role it owns: "their government", "its troops".)
    if m.kind != MentionKind::Pronoun || (m.agent.is_none() && m.last != m.first + 1) {
        return None;
    }
    let t = m.first;
    let kinds: &[usize] = match cx.norms[t] {
        "his" => &[0],
        "her" => &[1],
        // ("Their" may stand for a collective: "the families ... are suing their government".)
        "their" => &[2, 3, 4, 5],
        "its" => &[3, 4],
        _ => return None,
    };
    let syn = cx.doc.syntax(cx.doc.sentence_of(t))?;
    if syn.rel(t) != Some(Rel::NmodPoss) {
        return None;
    }
    let h = syn.head(t)?;
    if syn.rel(h) != Some(Rel::Obj) {
        return None;
    }
    let mut v = syn.head(h)?;
    // Only what one does with one's own ("expressed his sympathies", "withdraw its troops");
    // what one does to another's ("shelling its towns", "condemned its attacks") is theirs.
    // One's own state's institutions are one's own whatever is done to them ("the families
    // ... are suing their government").
    if !OWN_DEEDS.contains(&syn.lemma(v)) && !OWN_INSTITUTIONS.contains(&cx.norms[h]) {
        return None;
    }
    // "vowed to build more warships to defend his country": a clause of purpose is its doer's.
    // ("granted Indonesia a loan to help its balance of payments": not when the verb it serves
    // names someone it is done for.)
    if syn.rel(v) == Some(Rel::Advcl)
        && syn.children_with(v, Rel::Mark).any(|k| cx.norms[k] == "to")
        && syn.children(v).all(|c| !matches!(syn.rel(c), Some(Rel::Nsubj | Rel::NsubjPass)))
    {
        let g = syn.head(v)?;
        // "called for Israel to end its blockade": the one called on to act does it with its
        // own.
        let called_on = syn
            .children_with(g, Rel::Obl)
            .find(|&c| c < v && syn.children_with(c, Rel::Case).any(|k| cx.norms[k] == "for"));
        if let Some(c) = called_on
            && let [a] = roles::phrase_mentions(cx, &syn, c)[..]
            && cx.rec.mentions[a].kind != MentionKind::Pronoun
            && cx.rec.mentions[a].code.is_some()
        {
            let can = candidate_kinds(cx, &cx.rec.mentions[a]);
            return kinds.iter().any(|&k| can[k]).then_some(a);
        }
        v = g;
        let beneficiary = syn.children(v).any(|c| {
            matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj))
                && !roles::phrase_mentions(cx, &syn, c).is_empty()
        });
        if beneficiary {
            return None;
        }
    }
    let (subjects, _) = roles::subject_only(cx, &syn, v);
    let [s] = subjects[..] else { return None };
    let [mut a] = roles::phrase_mentions(cx, &syn, s)[..] else { return None };
    // A subject pronoun stands for whom it was resolved to ("He vowed ... to defend his").
    if cx.rec.mentions[a].kind == MentionKind::Pronoun {
        a = cx.antecedent[a]?;
    }
    let am = &cx.rec.mentions[a];
    if am.kind == MentionKind::Pronoun || am.code.is_none() {
        return None;
    }
    let can = candidate_kinds(cx, am);
    kinds.iter().any(|&k| can[k]).then_some(a)
}

/// Which pronouns mention `m` may stand for, by [`resolve_pronouns`]'s kinds: "he", "she",
/// "they", "it" (a state or body), "it" (an organisation), "the group".
fn candidate_kinds(cx: &Ctx<'_>, m: &Mention) -> [bool; 6] {
    let rec = &cx.rec;
    let titled = person_title(cx, m);
    [
        (is_person_like(m)
            && m.person
                .and_then(|p| rec.people[p].gender)
                .is_none_or(|g| g == comity_dict::Gender::Male))
            || titled.is_some_and(|female| !female),
        (is_person_like(m)
            && m.person
                .and_then(|p| rec.people[p].gender)
                .is_none_or(|g| g == comity_dict::Gender::Female))
            || titled.is_some_and(|female| female),
        m.kind != MentionKind::Pronoun
            && m.code.is_some()
            && m.kind != MentionKind::Person
            && m.plural,
        (matches!(m.kind, MentionKind::Country | MentionKind::Actor | MentionKind::Capital)
            || institution(cx, m))
            && !m.plural
            && m.code.is_some()
            && !in_place(cx, m)
            // "the Palestinian people", "civilians": people are "they", not "it".
            && !m.code.as_deref().is_some_and(|c| c.ends_with("PPL") || c.ends_with("CVL")),
        m.kind == MentionKind::Actor && m.code.as_deref().is_some_and(is_organisation),
        m.kind == MentionKind::Actor
            && m.code.as_deref().is_some_and(|c| is_organisation(c) && !c.starts_with("IGO")),
    ]
}

/// Weapons and craft, named as a state's forces ("Israeli jets", "Iran's missiles"): a "they"
/// that stands for them says nothing (quotes.rs).
pub(crate) static MACHINES: comity_text::WordSet = comity_text::WordSet::new(&[
    "missiles",
    "shells",
    "rockets",
    "jets",
    "warplanes",
    "aircraft",
    "helicopters",
    "gunships",
    "bombers",
    "warships",
    "submarines",
    "tanks",
    "drones",
    "ships",
    "vessels",
    "planes",
    "destroyers",
    "frigates",
    "gunboats",
    "artillery",
]);

/// Verbs whose object a possessive pronoun marks as the doer's own: feelings voiced, acts
/// ended or kept up, forces moved, one's own defended.
static OWN_DEEDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "express",
    "voice",
    "reiterate",
    "reaffirm",
    "renew",
    "repeat",
    "restate",
    "announce",
    "declare",
    "end",
    "halt",
    "stop",
    "suspend",
    "continue",
    "resume",
    "intensify",
    "reconsider",
    "withdraw",
    "pull",
    "deploy",
    "send",
    "increase",
    "reduce",
    "strengthen",
    "defend",
    "protect",
    "maintain",
    "keep",
    "change",
    "extend",
    "offer",
    "pledge",
    "drop",
    "abandon",
    "scale",
    "step",
    "raise",
    "lift",
    "expand",
    "boost",
    "cut",
    "convey",
]);

/// Whether the punctuation at `k` stands inside a verb group: a comma or a quotation mark
/// after a word of the group ("would \"never, ever surrender\"").
fn in_verb_group_punctuation(cx: &Ctx<'_>, s: &SentenceRange, k: usize) -> bool {
    let w = cx.norms[k];
    let mark = matches!(w, "," | "\"" | "“" | "”");
    mark && k > s.first && {
        let p = cx.norms[k - 1];
        negation(p)
            || (p != "," && VERB_GROUP.contains(&p))
            || MODALS.contains(&p)
            || BE.contains(&p)
            || HAVE.contains(&p)
    }
}

/// The token of pronoun mention `p` when it is the subject of its clause, the candidate kinds
/// it may stand for (see [`candidate_kinds`]) and its sentence's parse.
fn subject_pronoun_of<'a>(
    cx: &'a Ctx<'_>,
    p: usize,
) -> Option<(usize, &'static [usize], Syntax<'a>)> {
    let m = &cx.rec.mentions[p];
    if m.kind != MentionKind::Pronoun || m.agent.is_some() || m.last != m.first + 1 {
        return None;
    }
    let t = m.first;
    let kinds: &'static [usize] = match cx.norms[t] {
        "he" => &[0],
        "she" => &[1],
        "they" => &[2, 3, 4, 5],
        "it" => &[3, 4],
        _ => return None,
    };
    let syn = cx.doc.syntax(cx.doc.sentence_of(t))?;
    (syn.rel(t) == Some(Rel::Nsubj)).then_some((t, kinds, syn))
}

/// Whom the subject pronoun mention `p` of a reported clause stands for: the one who says it,
/// when it could be them ("an Iraqi group, said to have ties to al-Qaeda, has announced that
/// they killed", "Britain and France say they are worried").
fn reported_speaker(cx: &Ctx<'_>, p: usize) -> Option<usize> {
    let (t, kinds, syn) = subject_pronoun_of(cx, p)?;
    let clause = syn.head(t)?;
    if syn.rel(clause) != Some(Rel::Ccomp) {
        return None;
    }
    let v = syn.head(clause)?;
    // ("The police told them they must obey the curfew": the one told may be meant.)
    if !SPEECH.contains(&cx.norms[v])
        || syn.children(v).any(|c| matches!(syn.rel(c), Some(Rel::Obj | Rel::Iobj)))
    {
        return None;
    }
    let s = syn.children(v).find(|&c| syn.rel(c) == Some(Rel::Nsubj))?;
    let found = roles::phrase_mentions(cx, &syn, s);
    let &a = found.first()?;
    let am = &cx.rec.mentions[a];
    if am.kind == MentionKind::Pronoun
        || am.code.is_none()
        || cx.quote_of[am.first] != cx.quote_of[t]
    {
        return None;
    }
    // (Several named: only "they" stands for them, by the first.)
    if found.len() > 1 && cx.norms[t] != "they" {
        return None;
    }
    let can = candidate_kinds(cx, am);
    kinds.iter().any(|&k| can[k]).then_some(a)
}

/// The subject of the first of two joined clauses, for the subject pronoun of the second:
/// "The senator was among the loudest in claiming Saddam was hiding weapons, and he
/// repeatedly urged America to invade" (he is the senator, not Saddam, named nearer inside the
/// first clause), when it names one actor the pronoun can stand for.
fn coordinated_subject(cx: &Ctx<'_>, p: usize) -> Option<usize> {
    let (t, kinds, syn) = subject_pronoun_of(cx, p)?;
    if !matches!(cx.norms[t], "he" | "she") {
        return None;
    }
    let clause = syn.head(t)?;
    let first = syn.head(clause).filter(|&h| h < t && syn.rel(clause) == Some(Rel::Conj))?;
    let s = syn.children(first).find(|&c| matches!(syn.rel(c), Some(Rel::Nsubj)))?;
    let found = roles::phrase_mentions(cx, &syn, s);
    let [a] = found[..] else { return None };
    let am = &cx.rec.mentions[a];
    // (A person the lexicon has no code for on the day still is whom "he" means: better no
    // actor than the other man named.)
    if am.kind == MentionKind::Pronoun
        || (am.code.is_none() && am.kind != MentionKind::Person)
        || cx.quote_of[am.first] != cx.quote_of[t]
    {
        return None;
    }
    let can = candidate_kinds(cx, am);
    kinds.iter().any(|&k| can[k]).then_some(a)
}

/// A state's institutions that a possessive before them makes the possessor's own.
static OWN_INSTITUTIONS: comity_text::WordSet = comity_text::WordSet::new(&[
    "government",
    "country",
    "nation",
    "homeland",
    "parliament",
    "president",
    "leaders",
    "leadership",
]);

/// The noun of mention `m` if it is a pair description ("leaders" for "the two leaders").
fn pair_noun(m: &Mention) -> Option<&str> {
    (m.kind == MentionKind::Pronoun).then(|| m.entry.strip_prefix(comity_recognise::PAIR_ENTRY))?
}

/// What a pair description counts as one of its two: states ("the two countries"), people
/// ("the two leaders", "the pair") or any actor ("both sides").
#[derive(Clone, Copy, PartialEq, Eq)]
enum PairKind {
    States,
    People,
    Any,
}

fn pair_kind(noun: &str) -> PairKind {
    match noun {
        "leaders" | "presidents" | "premiers" | "men" | "pair" => PairKind::People,
        "sides" | "two" => PairKind::Any,
        _ => PairKind::States,
    }
}

/// Resolves each pair description to the two actors it stands for: the two distinct actors of
/// its kind named in the nearest sentence (its own, before it, or one of the two before) that
/// names any two, when that sentence names exactly two ("Bush met Putin in Moscow ... The two
/// leaders agreed"). A sentence naming three leaves the pair unresolved: no actor is better
/// than the wrong one.
fn resolve_pairs(cx: &mut Ctx<'_>) {
    for mi in 0..cx.rec.mentions.len() {
        let m = &cx.rec.mentions[mi];
        let Some(noun) = pair_noun(m) else { continue };
        let kind = pair_kind(noun);
        let q = cx.quote_of[m.first];
        let here = cx.doc.sentence_of(m.first);
        for s in (here.saturating_sub(2)..=here).rev() {
            let range = &cx.doc.sentences[s];
            // (key that tells two actors apart, mention)
            let mut found: Vec<(String, usize)> = Vec::new();
            // A pair resolved before names its two again ("The two leaders met ... Both
            // countries signed").
            // (Mentions are in text order: those of the sentence start at a binary search.)
            let from = cx.rec.mentions.partition_point(|c| c.first < range.first);
            let named = (from..mi)
                .take_while(|&ci| cx.rec.mentions[ci].first < range.last)
                .flat_map(|ci| match cx.pairs[ci] {
                    Some([a, b]) => [Some((a, true)), Some((b, true))],
                    None => [Some((ci, false)), None],
                })
                .flatten();
            // The end of the person named last: a role in apposition after a name is that
            // person again ("Riek Machar, vice president of Sudan"), not a second side.
            let mut person_end: Option<usize> = None;
            for (ci, via_pair) in named {
                let c = &cx.rec.mentions[ci];
                let cq = cx.quote_of[c.first];
                if c.kind == MentionKind::Pronoun || (!via_pair && cq != 0 && cq != q) {
                    continue;
                }
                let role = c.kind == MentionKind::Agent
                    || (c.kind == MentionKind::Country && c.agent.is_some());
                let apposition = !via_pair
                    && role
                    && person_end.is_some_and(|e| {
                        e < c.first
                            && c.first - e <= 4
                            && cx.norms[e] == ","
                            && !(e..c.first).any(|k| matches!(cx.norms[k], "and" | "or" | ";"))
                    });
                person_end = (!via_pair && c.kind == MentionKind::Person).then_some(c.last);
                if apposition {
                    continue;
                }
                // A news agency reports on the sides; it is none of them.
                let Some(code) = c.code.as_deref().filter(|c| !speech::is_media(c)) else {
                    continue;
                };
                let country = code.get(..3).filter(|c| cx.dict.country(c).is_some());
                let key = match kind {
                    PairKind::States => match country {
                        Some(iso) if c.kind != MentionKind::Agent || c.agent.is_none() => {
                            iso.to_string()
                        }
                        _ => continue,
                    },
                    PairKind::People => match c.person {
                        Some(p) if c.kind == MentionKind::Person => p.to_string(),
                        _ => continue,
                    },
                    // (A state's parts are the state; a group of its own is a side of its
                    // own: Hamas and Fatah are both Palestinian.)
                    PairKind::Any
                        if c.kind == MentionKind::Actor
                            && code.len() > 3
                            && is_organisation(code) =>
                    {
                        code.to_string()
                    }
                    PairKind::Any => country.unwrap_or(code).to_string(),
                };
                if !found.iter().any(|(k, _)| *k == key) {
                    found.push((key, ci));
                }
            }
            match found[..] {
                [(_, a), (_, b)] => {
                    cx.pairs[mi] = Some([a, b]);
                    break;
                }
                [_, _, _, ..] => break,
                _ => {}
            }
        }
    }
}

/// "Tusk and Klaus have said they will boycott", "Britain and Germany are renewing their
/// calls": "they" in what a coordinated subject says, and "their" on the object of its verb,
/// stand for both conjuncts, when they name exactly two actors (a pair, as "the two leaders"
/// is).
fn coordinated_antecedents(cx: &mut Ctx<'_>) {
    for mi in 0..cx.rec.mentions.len() {
        let m = &cx.rec.mentions[mi];
        if m.kind != MentionKind::Pronoun || !matches!(cx.norms[m.first], "they" | "their") {
            continue;
        }
        let t = m.first;
        let s = cx.doc.sentence_of(t);
        let Some(syn) = cx.doc.syntax(s) else { continue };
        let Some(h) = syn.head(t) else { continue };
        // The verb whose subject the pronoun speaks of: the verb of saying above "they"'s
        // clause, or the verb of "their"'s noun.
        let verb = match (cx.norms[t], syn.rel(t), syn.rel(h)) {
            ("they", Some(Rel::Nsubj), Some(Rel::Ccomp)) => syn.head(h),
            ("their", Some(Rel::NmodPoss), Some(Rel::Obj)) => Some(h).and_then(|n| syn.head(n)),
            _ => None,
        };
        let Some(v) = verb else { continue };
        let Some(subject) = syn.children(v).find(|&c| syn.rel(c) == Some(Rel::Nsubj)) else {
            continue;
        };
        if subject > t || syn.children_with(subject, Rel::Conj).next().is_none() {
            continue;
        }
        let mut found: Vec<usize> = Vec::new();
        for a in roles::phrase_mentions(cx, &syn, subject) {
            let am = &cx.rec.mentions[a];
            if am.kind == MentionKind::Pronoun || am.code.is_none() {
                continue;
            }
            let key =
                |x: &Mention| x.person.map_or_else(|| x.code.clone(), |p| Some(p.to_string()));
            if !found.iter().any(|&f| key(&cx.rec.mentions[f]) == key(am)) {
                found.push(a);
            }
        }
        // A bare role beside a name is one person: "activist and journalist Praful Bidwai".
        let kinds = |x: usize, y: usize| {
            (cx.rec.mentions[x].kind, cx.rec.mentions[y].kind)
                == (MentionKind::Agent, MentionKind::Person)
        };
        if let [a, b] = found[..]
            && !kinds(a, b)
            && !kinds(b, a)
        {
            cx.pairs[mi] = Some([a, b]);
            cx.antecedent[mi] = None;
        }
    }
}

/// The act pair description `mi` stands for through its member `a`: a state as the bare state
/// ("the two countries"), or its government ("the two governments"); a person or any actor as
/// coded.
fn pair_act(cx: &Ctx<'_>, mi: usize, a: usize) -> Option<Act> {
    let m = &cx.rec.mentions[mi];
    let am = &cx.rec.mentions[a];
    let code = am.code.as_deref()?;
    // (A pronoun for a coordinated subject, "they", stands for its members as coded.)
    let code = match pair_noun(m) {
        Some("governments") => format!("{}GOV", &code[..3]),
        Some(noun) if pair_kind(noun) == PairKind::States => code[..3].to_string(),
        // People, sides, and the two of a coordinated subject ("they") as coded.
        _ => code.to_string(),
    };
    Some(Act {
        entry: format!("pair '{}' -> {code}", cx.doc.slice(m.first, m.last)),
        code,
        first: m.first,
        last: m.last,
        named: Some(cx.doc.slice(am.first, am.last).to_string()),
    })
}

/// Whether quote `q` opens with a capitalised word (a speaker's sentences, not a phrase woven
/// into the reporter's).
fn opens_capitalised(cx: &Ctx<'_>, q: u32) -> bool {
    let open = cx.quotes[q as usize - 1].open;
    (open + 1..cx.doc.tokens.len())
        .find(|&j| cx.doc.tokens[j].kind == Kind::Word)
        .is_some_and(|j| cx.doc.tokens[j].is(comity_text::CAP))
}

/// How many sentences back a pronoun's antecedent may stand.
const PRONOUN_REACH: usize = 3;

/// Titles of one person: "the president leaves Tuesday for Israel, where he ...".
static PERSON_TITLES: comity_text::WordSet = comity_text::WordSet::new(&[
    "president",
    "minister",
    "premier",
    "chancellor",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "king",
    "queen",
    "prince",
    "emir",
    "governor",
    "ambassador",
    "envoy",
    "general",
    "commander",
    "mayor",
    "senator",
    "chairman",
    "chairwoman",
]);

/// Whether a mention is a title standing for one person ("the president", "Russia's foreign
/// minister"), and if so whether the title is a woman's ("queen", "spokeswoman").
fn person_title(cx: &Ctx<'_>, m: &Mention) -> Option<bool> {
    // "The King of Saudi Arabia": the title stands before its country's "of".
    let of = (m.first + 1..m.last).find(|&k| cx.norms[k] == "of");
    let last = cx.norms[of.unwrap_or(m.last) - 1];
    (matches!(m.kind, MentionKind::Agent | MentionKind::Country)
        && m.agent.is_some()
        && !m.plural
        && m.code.is_some()
        && PERSON_TITLES.contains(&last))
    .then_some(matches!(last, "queen" | "spokeswoman" | "chairwoman"))
}

/// Nouns that name an institution "it" can stand for: "the government has said the houses
/// it is demolishing were built illegally".
static INSTITUTIONS: comity_text::WordSet = comity_text::WordSet::new(&[
    "government",
    "ministry",
    "administration",
    "army",
    "military",
    "navy",
    "police",
    "court",
    "parliament",
    "congress",
    "senate",
    "cabinet",
    "regime",
    "junta",
    "department",
    "embassy",
    "commission",
    "council",
    "company",
    "firm",
    "party",
]);

/// Whether a role mention with its code ("the government", "the ministry") names an
/// institution, not a person ("the spokesman") or people ("villagers").
fn institution(cx: &Ctx<'_>, m: &Mention) -> bool {
    m.kind == MentionKind::Agent && INSTITUTIONS.contains(&cx.norms[m.last - 1])
}

/// Whether the word at `t`, right before "is to" or "was to" (past "also", "now", "then"),
/// ends an actor's name, one an arrangement can be made for ("Norway is to withdraw", "Bush
/// also was to meet"), not "it" or a noun ("the point of his visit is to help").
fn arranged_subject(cx: &Ctx<'_>, t: usize) -> bool {
    let mut t = t;
    while t > 0 && matches!(cx.norms[t], "also" | "now" | "then" | "still") {
        t -= 1;
    }
    cx.rec
        .mention(t)
        .is_some_and(|m| m.kind != MentionKind::Pronoun && m.code.is_some() && m.last == t + 1)
}

/// "A suicide bomber set off a truck bomb at a U.S. base near Tikrit, Iraq. It killed at
/// least 6 soldiers": a sentence-opening "it" that kills, wounds or destroys, after a sentence
/// that tells of a blast or an attack, is that blast.
fn blast_did_it(cx: &Ctx<'_>, t: usize) -> bool {
    let s = cx.doc.sentence_of(t);
    if s == 0 || t != cx.doc.sentences[s].first {
        return false;
    }
    let Some(syn) = cx.doc.syntax(s) else { return false };
    let harm = syn.rel(t) == Some(Rel::Nsubj)
        && syn.head(t).is_some_and(|h| {
            matches!(syn.lemma(h), "kill" | "wound" | "injure" | "destroy" | "damage")
        });
    let prev = &cx.doc.sentences[s - 1];
    harm && (prev.first..prev.last).any(|k| BLASTS.contains(&cx.norms[k]))
}

/// Words of a blast or an attack: what went off before "it killed" (`blast_did_it`), or the
/// phrase a place named as the subject of force stands in (`blast_place`).
static BLASTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "bomb",
    "bombs",
    "bomber",
    "bombers",
    "bombing",
    "bombings",
    "explosion",
    "explosions",
    "explosive",
    "explosives",
    "blast",
    "blasts",
    "detonated",
    "exploded",
    "attack",
    "attacks",
    "missile",
    "rocket",
    "rockets",
    "mortar",
    "shell",
    "shelling",
    "grenade",
    "mine",
    "ied",
]);

/// Whether subject pronoun `t` is judged by a quality: the subject of a copula whose
/// predicate is an adjective or a common noun ("it was dangerous", "it is an outrage").
fn judged_thing(cx: &Ctx<'_>, t: usize) -> bool {
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(t)) else { return false };
    if syn.rel(t) != Some(Rel::Nsubj) {
        return false;
    }
    let Some(h) = syn.head(t) else { return false };
    syn.children_with(h, Rel::Cop).next().is_some()
        && matches!(syn.upos(h), Some(Upos::Adj | Upos::Noun))
        && cx.rec.mention_index(h).is_none()
        && !ACTOR_PREDICATES.contains(&cx.norms[h])
        // ("Chile said it was critical of Peru", "it was in talks with Peru": a stance is
        // held by an actor, not a quality of a thing.)
        && !nominal::is_stance(cx.norms[h])
}

/// Nouns that say what an actor is ("it is a founding member of the EU"), not a quality.
static ACTOR_PREDICATES: comity_text::WordSet = comity_text::WordSet::new(&[
    "member",
    "ally",
    "partner",
    "country",
    "state",
    "nation",
    "party",
    "supporter",
    "enemy",
    "signatory",
    "founder",
    "neighbour",
    "neighbor",
    "leader",
    "producer",
    "exporter",
    "importer",
    "supplier",
    "buyer",
    "sponsor",
    "donor",
    "power",
]);

/// Whether the pronoun at `t` is its clause's subject by the parse (false unparsed).
fn subject_pronoun(cx: &Ctx<'_>, t: usize) -> bool {
    match cx.doc.syntax(cx.doc.sentence_of(t)) {
        Some(syn) => matches!(syn.rel(t), Some(Rel::Nsubj | Rel::NsubjPass)),
        None => false,
    }
}

/// Whether a country mention names a place rather than an actor "it" could stand for:
/// "officials in Iraq", "across the United States".
fn in_place(cx: &Ctx<'_>, m: &Mention) -> bool {
    if m.kind != MentionKind::Country || m.possessive || m.agent.is_some() {
        return false;
    }
    let mut k = m.first;
    // "in nearby Djibouti", "in the neighbouring Sudan".
    if k > 0 && matches!(cx.norms[k - 1], "nearby" | "neighbouring" | "neighboring") {
        k -= 1;
    }
    if k > 0 && cx.norms[k - 1] == "the" {
        k -= 1;
    }
    k > 0 && matches!(cx.norms[k - 1], "in" | "inside" | "across" | "throughout" | "within")
}

/// Verbs whose passive takes an expletive "it" before a clause: "it is believed (that)".
static CLAUSE_PASSIVES: comity_text::WordSet = comity_text::WordSet::new(&[
    "believed",
    "understood",
    "thought",
    "expected",
    "reported",
    "feared",
    "known",
    "estimated",
    "alleged",
    "claimed",
    "rumoured",
    "rumored",
    "said",
    "hoped",
    "assumed",
    "suspected",
    "learned",
    "learnt",
    "announced",
    "confirmed",
    "agreed",
    "decided",
]);

/// Whether the words after "it" at `t` make it an expletive whatever the parse: "it is
/// believed", "it was now up to Congress", "it seems", "it appears".
fn expletive_it_words(cx: &Ctx<'_>, t: usize) -> bool {
    let last = cx.doc.sentences[cx.doc.sentence_of(t)].last;
    let mut k = t + 1;
    let word = |k: usize| if k < last { cx.norms[k] } else { "" };
    if matches!(word(k), "seems" | "seemed" | "appears" | "appeared") {
        return true;
    }
    if matches!(word(k), "will" | "would" | "may" | "might" | "could" | "has" | "had") {
        k += 1;
        if word(k) == "been" || word(k) == "be" {
            k += 1;
        } else {
            return false;
        }
    } else if matches!(word(k), "is" | "was" | "'s") {
        k += 1;
    } else {
        return false;
    }
    while matches!(word(k), "now" | "also" | "still" | "widely" | "not" | "generally" | "already") {
        k += 1;
    }
    CLAUSE_PASSIVES.contains(&word(k)) || (word(k) == "up" && word(k + 1) == "to")
}

/// Whether "it" at `t` stands for nothing, in a parsed sentence: an expletive, or the subject
/// of a predicate whose real subject is a clause after it ("It would be a democratic
/// scandal if Parliament were blocked", "it is important to ...", "it is clear that ...").
fn expletive_it(cx: &Ctx<'_>, t: usize) -> bool {
    if expletive_it_words(cx, t) {
        return true;
    }
    let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(t)) else { return false };
    match syn.rel(t) {
        Some(Rel::Expl) => true,
        Some(Rel::Nsubj) => {
            let Some(h) = syn.head(t) else { return false };
            let predicate =
                syn.children_with(h, Rel::Cop).next().is_some() || syn.upos(h) == Some(Upos::Adj);
            predicate
                && syn.children(h).take(64).any(|c| {
                    c > h
                        && matches!(
                            syn.rel(c),
                            Some(Rel::Ccomp | Rel::Csubj | Rel::Advcl | Rel::Xcomp)
                        )
                        && syn
                            .children_with(c, Rel::Mark)
                            .any(|k| matches!(cx.norms[k], "if" | "that" | "whether" | "to"))
                })
        }
        _ => false,
    }
}

/// Nouns of a matter to settle, for [`governed_noun`]: "one of the key issues is".
const ISSUE_NOUNS: &[&str] =
    &["issue", "question", "problem", "matter", "topic", "obstacle", "condition", "precondition"];

/// The modality an event noun takes from the verb (or adjective) it is the object of (or the
/// "for", "on", "of", "against" phrase of), when that word asks for, weighs, fears or refuses
/// it (`NOUN_GOVERNORS`).
fn governed_noun(cx: &Ctx<'_>, syn: &Syntax<'_>, noun: usize) -> Option<Modality> {
    // "an upcoming meeting between Wen and Indian leaders", "a planned visit to India": the
    // event noun's own modifier says it has not happened yet.
    if let Some(m) = syn.children_with(noun, Rel::Amod).find_map(|a| match cx.norms[a] {
        "upcoming" | "forthcoming" | "planned" | "scheduled" | "proposed" | "expected"
        | "future" | "prospective" | "impending" | "anticipated" => Some(Modality::Planned),
        "possible" | "potential" | "likely" => Some(Modality::Possible),
        _ => None,
    }) {
        return Some(m);
    }
    // "ahead of his trip to the US", "ahead of their deployment to Afghanistan": what a time
    // is set ahead of is still to come. ("Just prior to the invasion" tells history.)
    if syn.children_with(noun, Rel::Case).any(|c| {
        cx.norms[c] == "ahead" || c > 0 && (cx.norms[c - 1], cx.norms[c]) == ("ahead", "of")
    }) {
        return Some(Modality::Planned);
    }
    // "one of the key issues is the party's recognition of the police", "the question is
    // Syria's withdrawal": an event named as an issue is one to settle, not one done.
    let issue = |w: usize| ISSUE_NOUNS.contains(&syn.lemma(w));
    if syn.children_with(noun, Rel::Cop).next().is_some()
        && syn.children_with(noun, Rel::Nsubj).any(|c| {
            issue(c)
                || cx.norms[c] == "one"
                    && syn.children_with(c, Rel::Nmod).any(|n| {
                        issue(n) && syn.children_with(n, Rel::Case).any(|p| cx.norms[p] == "of")
                    })
        })
    {
        return Some(Modality::Possible);
    }
    // "had given no advance warning", "there was no attack": an event noun its determiner
    // denies.
    if roles::has_no(cx, syn, noun) {
        return Some(Modality::Negated);
    }
    // "called for either a joint inquiry or an independent Afghan inquiry": a noun
    // joined to another stands where the first does.
    let noun = match syn.rel(noun) {
        // (Alternatives only: the tree joins nouns with "and" across clauses too.)
        Some(Rel::Conj) if syn.children_with(noun, Rel::Cc).any(|c| cx.norms[c] == "or") => {
            syn.head(noun).filter(|&h| syn.upos(h) == Some(Upos::Noun)).unwrap_or(noun)
        }
        _ => noun,
    };
    // "promised 3 million euros of emergency EU aid": the thing an amount measures stands
    // where the amount does.
    let noun = match syn.head(noun) {
        Some(m)
            if syn.rel(noun) == Some(Rel::Nmod)
                && syn.children_with(noun, Rel::Case).any(|k| cx.norms[k] == "of")
                && roles::measure(cx, syn, m) =>
        {
            m
        }
        _ => noun,
    };
    let h = syn.head(noun)?;
    let object = match syn.rel(noun)? {
        Rel::Obj => true,
        Rel::Obl => syn
            .children_with(noun, Rel::Case)
            .next()
            .is_some_and(|k| matches!(cx.norms[k], "for" | "on" | "of" | "against")),
        // "calls for the withdrawal", "demands for talks": the asking read as a noun.
        Rel::Nmod => {
            syn.upos(h) == Some(Upos::Noun)
                && syn.children_with(noun, Rel::Case).next().is_some_and(|k| cx.norms[k] == "for")
        }
        _ => false,
    };
    if !object || !matches!(syn.upos(h), Some(Upos::Verb | Upos::Adj | Upos::Noun)) {
        return None;
    }
    // "supported an immediate withdrawal of US troops", "opposing immediate withdrawal": a
    // withdrawal one takes a stance on is one proposed, not one under way (a stance on an
    // incursion or an allegation is on one made).
    if matches!(syn.lemma(noun), "withdrawal" | "pullout" | "pull-out")
        && matches!(syn.lemma(h), "support" | "oppose" | "favour" | "favor" | "endorse" | "back")
    {
        return Some(Modality::Hypothetical);
    }
    NOUN_GOVERNORS.get(&syn.lemma(h).to_lowercase())
}

/// Whether a warning (13x from the verb "warn") finds its target only inside what was warned
/// of, with no one addressed: "warned that Biden could destroy the growth", "warned that Israel
/// is harming the talks" threaten no one (the speech act, if any, is coded by its content);
/// "warned Croatia that recognising Kosovo would ..." does, and so does a warning whose content
/// holds a threat of its own ("warned that unless the violence stops it will take action").
/// A warning to someone of what a third party may do or undergo cautions them, no threat.
fn warned_of_others(coder: &Coder, cx: &Ctx<'_>, c: &Coded) -> bool {
    let e = &c.event;
    if !e.code.starts_with("13") || c.lemma != "warn" {
        return false;
    }
    let (Some(t), Some(syn)) = (&e.target, cx.doc.syntax(e.sentence)) else { return false };
    let holds_target = |rels: &[Rel]| {
        syn.children(c.verb_tok).filter(|&k| syn.rel(k).is_some_and(|r| rels.contains(&r))).any(
            |k| {
                let (a, b) = syn.subtree(k);
                let span = cx.doc.span_of(a, b);
                span[0] <= t.span[0] && t.span[0] < span[1]
            },
        )
    };
    let threat_said = syn
        .children(c.verb_tok)
        .filter(|&k| matches!(syn.rel(k), Some(Rel::Ccomp | Rel::Advcl | Rel::Obl)))
        .any(|k| {
            let (a, b) = syn.subtree(k);
            let words: Vec<&str> = (a..b).map(|i| cx.norms[i]).collect();
            matches!(speech::classify(coder, &words), Some(("130", _, _)))
        });
    // "warned that it will take action", "that they reserve the right to respond": the
    // speaker's own side, named by a pronoun, is what the warning says will act.
    let own_act = syn.children_with(c.verb_tok, Rel::Ccomp).any(|k| {
        syn.children(k).any(|x| syn.rel(x) == Some(Rel::Nsubj) && syn.upos(x) == Some(Upos::Pron))
    });
    // "Cairo's security chief warned that police would not tolerate any more marches": the forces
    // of the speaker's own state are what the warning says will act.
    let own_forces = e.source.code.get(..3) == t.code.get(..3)
        && matches!(e.source.code.get(3..6), Some("GOV" | "MIL" | "COP" | "SPY"))
        && matches!(t.code.get(3..6), Some("MIL" | "COP" | "SPY"));
    // "warned the opposition leader about threats to her life from armed extremists":
    // a warning of a danger from others cautions, it threatens nothing.
    // (The tree may hang the danger on the one warned.)
    let danger = syn
        .children_with(c.verb_tok, Rel::Obl)
        .chain(
            syn.children_with(c.verb_tok, Rel::Obj).flat_map(|o| syn.children_with(o, Rel::Nmod)),
        )
        .any(|k| {
            matches!(syn.lemma(k), "threat" | "danger" | "risk" | "plot" | "hazard")
                && syn.children_with(k, Rel::Case).any(|x| matches!(cx.norms[x], "about" | "of"))
        });
    if danger && !threat_said {
        return true;
    }
    // "warned MPs that the far right might win seats", "warned the panel that Lebanon could slide
    // toward civil war": what a third party may do or undergo, told to someone, cautions them;
    // a threat says what the speaker's own side will do ("warned Canada the U.S. intends to
    // require ...") or what the one warned brings on themselves ("warned Croatia that
    // recognising Kosovo would ...", "warned the media that further reporting could be in
    // breach of the Act").
    let side = |a: &str, b: &str| {
        a.get(..3) == b.get(..3) && (a.len() == 3 || b.len() == 3 || a.get(3..6) == b.get(3..6))
    };
    let third_party = syn.children_with(c.verb_tok, Rel::Ccomp).any(|k| {
        let subj: Vec<usize> = syn
            .children(k)
            .filter(|&x| matches!(syn.rel(x), Some(Rel::Nsubj | Rel::NsubjPass)))
            .filter(|&x| syn.upos(x) != Some(Upos::Pron))
            // (A name right after a gerund is what the gerund does, whatever the tree says:
            // "that recognizing Kosovo would ...".)
            .filter_map(|x| cx.rec.mention_index(x).map(|m| (x, cx.rec.mentions[m].first)))
            .filter(|&(_, first)| {
                first
                    .checked_sub(1)
                    .is_none_or(|p| syn.tag(p).is_none_or(|t| t.xpos.as_str() != "VBG"))
            })
            .map(|(x, _)| x)
            .collect();
        let acts = coder.phrase_acts(cx, &syn, &subj, None);
        !acts.is_empty()
            && acts.iter().all(|a| !side(&a.code, &e.source.code) && !side(&a.code, &t.code))
    });
    if third_party && !threat_said && !own_forces {
        return true;
    }
    !threat_said
        && !own_act
        && !own_forces
        && !holds_target(&[Rel::Obj, Rel::Iobj])
        && holds_target(&[Rel::Ccomp, Rel::Advcl])
}

/// Whether an event is a bare statement (`010`: "issued a statement", "delivered a message"),
/// which a careful coder does not record: what was said is coded by its content, and the
/// target such a pattern finds is mostly a place or a bystander ("issued a statement from
/// Russia"). PETRARCH's own dictionaries keep them, as PETRARCH does.
fn bare_statement(e: &Event) -> bool {
    e.code == "010"
}

/// Whether a consultation is a press conference two of one country held ("Ratcliffe and the FBI
/// director held a press conference"): no consultation between them (Phoenix's "HOLD *
/// CONFERENCE" 040). Two states' leaders who hold one together ("the two defence ministers held
/// a joint press conference") have met.
fn press_conference_at_home(cx: &Ctx<'_>, c: &Coded) -> bool {
    let e = &c.event;
    let Some(t) = &e.target else { return false };
    c.lemma == "hold"
        && e.code.starts_with("04")
        && e.source.code.get(..3) == t.code.get(..3)
        && (c.verb_tok + 1..(c.verb_tok + 5).min(c.sentence_last)).any(|k| {
            matches!(cx.norms[k], "press" | "news")
                && matches!(cx.norms.get(k + 1), Some(&("conference" | "conferences")))
        })
}

/// Whether the event is a yield (08: "released", "freed", "handed over") of something
/// published, not of people, land or goods: "released a statement", "released the names of
/// the detainees", "will release a video message to the American people".
fn released_publication(cx: &Ctx<'_>, c: &Coded) -> bool {
    if !c.event.code.starts_with("08") {
        return false;
    }
    let Some(syn) = cx.doc.syntax(c.event.sentence) else {
        // Unparsed: the word after the verb (past a determiner) says what was released.
        let mut k = c.verb_tok + 1;
        while k < cx.norms.len() && DETERMINERS.contains(&cx.norms[k]) {
            k += 1;
        }
        return k < cx.norms.len() && cx.dict.set_match("&publications", &[cx.norms[k]]).is_some();
    };
    syn.children_with(c.verb_tok, Rel::Obj)
        .any(|o| cx.dict.set_match("&publications", &[cx.norms[o]]).is_some())
}

/// Whether a signing is of a letter or a petition named before the verb, which makes no
/// agreement: "The letter has been signed by four Labour Members of Parliament", "a petition
/// ... has now been signed by over 130,000 people" (a letter or petition after the verb is the
/// lexicon's: `--- sign : ~ letter`).
fn signed_letter(cx: &Ctx<'_>, c: &Coded) -> bool {
    if !c.event.code.starts_with("057") || !cx.norms[c.verb_tok].starts_with("sign") {
        return false;
    }
    let first = cx.doc.sentences[c.event.sentence].first;
    let passive = c.verb_tok > first
        && matches!(cx.norms[c.verb_tok - 1], "been" | "was" | "were" | "is" | "are" | "be");
    passive
        && (c.verb_tok.saturating_sub(16).max(first)..c.verb_tok)
            .any(|k| matches!(cx.norms[k], "letter" | "letters" | "petition" | "petitions"))
}

/// Whether an event is one its source's sector does not carry out: a visit, a meeting or talks
/// of private people (refugees arriving, civilians travelling, students discussing: "asylum
/// seekers began arriving in Burundi"), whereas CAMEO's consultations (04) are those of office
/// holders and organisations (nor are a journalist's interviews: "a reporter wrote from
/// Chicago, having spoken with the Department of Homeland Security"); a show of force
/// (15: mobilising, deploying, reinforcing) by private people, companies or the press, which
/// command no forces; a sanction or coercion (16, 17) by the press.
fn outside_sector(e: &Event) -> bool {
    let private = matches!(
        e.source.code.get(3..6),
        Some("CVL" | "PPL" | "REF" | "EDU" | "LAB" | "MIG" | "AGR" | "HLH")
    );
    let commands_no_force = matches!(e.source.code.get(3..6), Some("BUS" | "MED" | "NGO" | "REL"));
    // Nor does the press cut aid, sanction or coerce anyone ("told Voice of America that
    // cutting food aid would be cruel": the broadcaster heard of the cut).
    let press = e.source.code.get(3..6) == Some("MED");
    // Military protection is given by those who bear arms: a lawyer who "will defend the
    // Governor vigorously", camps of displaced people or a charity protect no one by force.
    let unarmed = private || commands_no_force || e.source.code.get(3..6) == Some("JUD");
    (e.code.starts_with("04") && (private || press))
        || (e.code.starts_with("074") && unarmed)
        || (e.code.starts_with("15") && (private || commands_no_force))
        || (press && (e.code.starts_with("16") || e.code.starts_with("17")))
}

/// Whether an agreement signed (057) is a paper one party signs alone, a letter, a petition,
/// a decree or a law, as the verb's object or its passive subject ("the letter has been signed
/// by four Labour Members of Parliament", "the decree signed by the leader of the Catholic
/// Church"): no agreement with anyone. (The null patterns "--- sign : ~ letter" read only
/// what follows the verb.) Read on the parse, after plans become intents; [`signed_letter`]
/// reads the words before a passive "signed" earlier, before a plan is made an intent, and
/// moving either to the other's place changes what is coded.
fn signed_paper(cx: &Ctx<'_>, c: &Coded) -> bool {
    if !c.event.code.starts_with("057") {
        return false;
    }
    let Some(syn) = cx.doc.syntax(c.event.sentence) else { return false };
    if syn.lemma(c.verb_tok) != "sign" {
        return false;
    }
    // ("a letter of intent", "a letter of understanding" are agreements.)
    let paper = |k: usize| {
        matches!(syn.lemma(k), "letter" | "petition" | "decree" | "law" | "bill" | "order")
            && !syn.children_with(k, Rel::Nmod).any(|n| {
                matches!(syn.lemma(n), "intent" | "understanding" | "agreement" | "cooperation")
            })
    };
    // (A participle on its noun: "the decree signed by ...".)
    let on_noun =
        matches!(syn.rel(c.verb_tok), Some(Rel::Acl)) && syn.head(c.verb_tok).is_some_and(paper);
    on_noun
        || syn
            .children(c.verb_tok)
            .any(|k| matches!(syn.rel(k), Some(Rel::Obj | Rel::NsubjPass)) && paper(k))
}

/// Whether disapproval, criticism or an accusation (110 to 114) is aimed at a country's
/// people at large ("civilians", "people", "men"): those the words name are nearly always its
/// victims or its subjects ("said the insurgents shot the Burmese man", "a betrayal of the
/// American people", "those who provoked Serbian people"), not whom it blames (judges found
/// 1 in 14 right). A lawsuit or a sentence (115, 116) is aimed at private people as often as
/// not.
fn blamed_people(e: &Event) -> bool {
    matches!(e.code.get(..3), Some("110" | "111" | "112" | "113" | "114"))
        && e.target.as_ref().is_some_and(|t| matches!(t.code.get(3..6), Some("CVL" | "PPL")))
}

/// Whether an offer or a gift of force has the giver's own forces as its target: "promised
/// Australian military planes for relief work in Nepal", "will send more French troops to
/// Afghanistan" name what is given, not to whom (the event wants its receiver); so do a
/// promise to cooperate or to yield ("promised to withdraw his troops from the area step by
/// step", "Russian troops were ready to provide assistance").
fn own_forces_given(e: &Event) -> bool {
    let gives = ["030", "031", "033", "035", "062", "07"].iter().any(|r| e.code.starts_with(r));
    gives
        && e.target.as_ref().is_some_and(|t| {
            t.code.get(..3) == e.source.code.get(..3) && t.code.get(3..6) == Some("MIL")
        })
}

/// Whether an event's two sides are one country, one of them the bare country: "Blair said
/// Britain welcomed China's stand" is no act of Britain's government on Britain, "Serbia agreed
/// to move its embassy" none of Serbia on its government. Such a pair comes from the speaker's
/// own country read as the target, or a country's adjective on a thing of its own; the country
/// acting on its own people (`XXXCVL`, `XXXPPL`, `XXXREF`), rebels or opposition ("Russia
/// criticised Chechen rebels", "Yemen blamed the Houthis") is kept, once [`rehome_role`] has
/// had its say on which country the rebels are of, unless the rebels took their country from
/// their sentence (the one it names, or the article's among those it names), which is the
/// source's ("Iran continues to arm militias in Iraq", "the USA sold missiles to the
/// mujahideen"). So is an armed group's force or coercion against its bare country ("Afghan
/// rebels blew up a bridge in Kabul"), on the same terms.
fn own_country(cx: &Ctx<'_>, e: &Event) -> bool {
    let Some(t) = &e.target else { return false };
    if !one_country(e) {
        return false;
    }
    // A bare country acting on its own rebels or opposition acts on another side.
    let against_rebels = e.source.code.len() == 3
        && t.code.len() == 6
        && matches!(t.code.get(3..6), Some("REB" | "INS" | "SEP" | "OPP"));
    // So do rebels using force on their country ("Taliban rebels attacked a bridge in Kabul",
    // "Sanaa fell under Houthi control").
    let rebels_against = t.code.len() == 3
        && e.source.code.len() == 6
        && armed_group(&e.source.code)
        && cameo_root(&e.code).is_some_and(|r| (17..=20).contains(&r));
    let borrowed = || {
        cx.rec.mention(speech::token_at(cx, t.span[0])).is_some_and(|m| {
            m.entry.contains(comity_recognise::SENTENCE_COUNTRY)
                || m.entry.contains(comity_recognise::ARTICLE_COUNTRY_IN_SENTENCE)
        })
    };
    !(against_rebels || rebels_against) || borrowed()
}

/// Whether an actor code is an armed group that fights its own state (rebels, insurgents,
/// separatists, gunmen): its country's places are the state's, not its own.
fn armed_group(code: &str) -> bool {
    matches!(code.get(3..6), Some("REB" | "INS" | "SEP" | "UAF"))
}

/// Whether an event's two sides are one country, one of them the bare country, its own people
/// aside (see [`own_country`]).
fn one_country(e: &Event) -> bool {
    let (s, Some(t)) = (e.source.code.as_str(), e.target.as_ref().map(|t| t.code.as_str())) else {
        return false;
    };
    fn country(c: &str) -> Option<&str> {
        c.get(..3).filter(|p| p.chars().all(|ch| ch.is_ascii_uppercase()))
    }
    let people = matches!(t.get(3..6), Some("CVL" | "PPL" | "REF")) && t.len() == 6;
    // A state warning its own citizens ("warned its citizens against visiting Iraq") gives
    // advice, not a threat (one of restrictions or repression is a threat: "threatened to
    // impose a curfew").
    let advice = e.code.starts_with("13")
        && !matches!(e.code.get(..3), Some("132" | "137"))
        && people
        && s.len() <= 6;
    country(s).is_some()
        && country(s) == country(t)
        && (advice || ((s.len() == 3 || t.len() == 3) && !people))
        && !comity_core::transnational(s)
}

/// Force used by people who are no armed body is not military force (19x, CAMEO's for armed
/// forces and armed groups): a crowd's ("protesters seized the government headquarters", "a
/// mob attacked the embassy") is a riot (145), a killing or anyone else's ("a man shot")
/// unconventional violence (180), as the gold set's coders read them. `None` when the code stands.
fn civilian_force(e: &Event) -> Option<&'static str> {
    if !e.code.starts_with("19") {
        return None;
    }
    let sector = e.source.code.get(3..6)?;
    if !CIVILIAN_SECTORS.contains(&sector) {
        return None;
    }
    let last = e.source.text.rsplit(' ').next().unwrap_or("").to_lowercase();
    // A crowd that kills ("an Iraqi mob killed six military policemen") is violence too.
    let trigger = e.trigger.text.to_lowercase();
    let kills =
        ["kill", "shot", "shoot", "murder", "stab", "lynch"].iter().any(|k| trigger.starts_with(k));
    Some(if CROWDS.contains(&last.as_str()) && !kills { "145" } else { "180" })
}

/// A state's backing of an armed group is aid, not words ("the rebels are backed by Iran",
/// "Tehran's support for extremists"): 070, as the gold set's coders and independent judges
/// read it. `None` when the code stands.
/// (Backing a stand of theirs is words: "Lula supports the FARC position".)
fn armed_backing(cx: &Ctx<'_>, c: &Coded) -> Option<&'static str> {
    let e = &c.event;
    if !e.code.starts_with("05") {
        return None;
    }
    let t = e.target.as_ref()?;
    let armed = matches!(t.code.get(3..6), Some("REB" | "INS" | "UAF"))
        || t.code.starts_with("IMG") && t.code.get(3..6) != Some("GOV");
    let state = crate::home_country(&e.source.code).is_some()
        && matches!(e.source.code.get(3..6), None | Some("GOV" | "MIL" | "SPY"));
    let trigger = e.trigger.text.to_lowercase();
    let backs = ["back", "support", "sponsor", "arm", "fund", "financ"]
        .iter()
        .any(|k| trigger.starts_with(k));
    if !(armed && state && backs && t.code.get(..3) != e.source.code.get(..3)) {
        return None;
    }
    let stand = cx.doc.syntax(e.sentence).is_some_and(|syn| {
        syn.children_with(c.verb_tok, Rel::Obj).any(|o| {
            matches!(
                syn.lemma(o),
                "position"
                    | "stance"
                    | "view"
                    | "proposal"
                    | "call"
                    | "demand"
                    | "idea"
                    | "plan"
                    | "cause"
                    | "right"
                    | "bid"
                    | "claim"
                    | "request"
            )
        })
    });
    (!stand).then_some("070")
}

/// An attack in words is criticism (111), not force: one made by words ("Mr Costello's
/// comments targeting Muslim extremists"), or one of politicians, who bear no arms, on
/// politicians ("Republicans continued to attack Obama over his health plan", "the senator
/// attacked the president over the war"). `None` when the code stands.
fn verbal_attack(cx: &Ctx<'_>, c: &Coded) -> Option<&'static str> {
    let e = &c.event;
    if !e.code.starts_with("19") {
        return None;
    }
    // "He also attacked the newspaper group", "the minister attacked the opposition": a state's
    // civil officials attack a paper, a party, a court or a group with words; its forces
    // attack with arms.
    let officials = c.lemma == "attack"
        && e.code == "190"
        && e.source.code.get(3..6) == Some("GOV")
        && e.target.as_ref().is_some_and(|t| {
            matches!(t.code.get(3..6), Some("MED" | "PTY" | "OPP" | "LEG" | "JUD" | "NGO" | "EDU"))
        });
    if officials {
        return Some("111");
    }
    let syn = cx.doc.syntax(e.sentence)?;
    // (The attack may be the infinitive of the verb coded: "continued to attack".)
    let v = std::iter::once(c.verb_tok)
        .chain(syn.children_with(c.verb_tok, Rel::Xcomp))
        .find(|&v| matches!(syn.lemma(v), "attack" | "target" | "assail" | "hit"))?;
    // (Said by words: their subject, or the noun a participle describes.)
    let words = syn
        .children(v)
        .any(|k| matches!(syn.rel(k), Some(Rel::Nsubj)) && WORDS_SAID.contains(&syn.lemma(k)))
        || syn.rel(v) == Some(Rel::Acl)
            && syn.head(v).is_some_and(|h| WORDS_SAID.contains(&syn.lemma(h)));
    let political = |code: &str| {
        matches!(code.get(3..6), Some("GOV" | "PTY" | "LEG" | "ELI" | "OPP" | "JUD" | "MED"))
    };
    let unarmed = matches!(e.source.code.get(3..6), Some("PTY" | "LEG"));
    let at_politicians = e.target.as_ref().is_some_and(|t| political(&t.code));
    (words || unarmed && at_politicians).then_some("111")
}

/// Nouns of things said or written, which attack only in words.
static WORDS_SAID: comity_text::WordSet = comity_text::WordSet::new(&[
    "comment",
    "remark",
    "statement",
    "speech",
    "article",
    "editorial",
    "letter",
    "report",
    "advertisement",
    "ad",
    "campaign",
    "column",
    "criticism",
    "words",
]);

/// Whether a use of force `e` planned at `v` is told as a threat made: its sentence sets a
/// condition ("if", "unless", "... or they will kill her"), the verb stands in a direct quote,
/// or in what the planners' own side is said to say ("French farmers said they would
/// blockade Paris").
fn threat_made(cx: &Ctx<'_>, e: &Event, v: usize) -> bool {
    let s = &cx.doc.sentences[e.sentence];
    let w = |k: usize| cx.norms.get(k).copied().filter(|_| k < s.last).unwrap_or("");
    let own_side_says = || {
        cx.doc.syntax(e.sentence).is_some_and(|syn| {
            roles::said_above(cx, &syn, v).is_some_and(|sv| {
                let (subject, _) = roles::subject_only(cx, &syn, sv);
                subject.iter().any(|&k| {
                    cx.rec
                        .mention(k)
                        .and_then(|m| m.code.as_deref())
                        .is_some_and(|c| c.get(..3) == e.source.code.get(..3))
                })
            })
        })
    };
    cx.quote_of.get(v).is_some_and(|&q| q > 0)
        || (s.first..s.last).any(|k| {
            matches!(w(k), "if" | "unless")
                || w(k) == "or"
                    && matches!(w(k + 1), "they" | "we" | "he" | "she" | "it" | "i")
                    && matches!(w(k + 2), "will" | "would" | "'ll")
        })
        || own_side_says()
}

/// "threatened to impose a curfew in Algiers", "threatened to impose a closure on the West
/// Bank": an act threatened whose target the verb of threatening cannot see (a population or
/// a place's country, found for the act itself) is the threat of that act, when "threaten"
/// coded none itself ([`speech::threat_of`]). The act stays hypothetical (left among the
/// unasserted events).
fn threats_made(cx: &Ctx<'_>, coder: &Coder, events: &mut Vec<Coded>) {
    let made: std::collections::HashSet<(usize, usize)> = events
        .iter()
        .filter(|c| c.event.code.starts_with("13"))
        .map(|c| (c.event.sentence, c.verb_tok))
        .collect();
    let threat = |c: &Coded| -> Option<Coded> {
        let e = &c.event;
        if e.modality != Modality::Hypothetical || e.target.is_none() {
            return None;
        }
        let syn = cx.doc.syntax(e.sentence)?;
        let h = syn.head(c.verb_tok).filter(|_| syn.rel(c.verb_tok) == Some(Rel::Xcomp))?;
        if syn.lemma(h) != "threaten" || made.contains(&(e.sentence, h)) {
            return None;
        }
        let mut t = c.clone();
        coder.recode(&mut t.event, speech::threat_of(&e.code));
        t.event.modality =
            if t.event.attributed_to.is_some() { Modality::Reported } else { Modality::Asserted };
        Some(t)
    };
    let threats: Vec<Option<Coded>> = events.iter().map(threat).collect();
    if threats.iter().all(Option::is_none) {
        return;
    }
    let mut out = Vec::with_capacity(events.len() + 1);
    for (c, t) in events.drain(..).zip(threats) {
        out.push(c);
        out.extend(t);
    }
    *events = out;
}

/// A charge brought by prosecutors, a court or the police is a legal act (173), not an
/// accusation in words (112): "eight men were charged with plotting to murder".
fn legal_charge(e: &Event) -> Option<&'static str> {
    let trigger = e.trigger.text.to_lowercase();
    (e.code.starts_with("112")
        && trigger.starts_with("charg")
        && matches!(e.source.code.get(3..6), Some("JUD" | "COP")))
    .then_some("173")
}

/// Sectors of people who are no armed body.
const CIVILIAN_SECTORS: &[&str] = &["CVL", "PPL", "OPP", "ACT", "LAB", "EDU"];

/// Words of a crowd: its force is a riot.
const CROWDS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "mob",
    "mobs",
    "crowd",
    "crowds",
    "rioters",
    "people",
    "students",
    "villagers",
    "residents",
    "workers",
    "opposition",
    "supporters",
    "rabble",
];

/// A role that took the one country its sentence names, when that country is the other side
/// of its own event ("The minister criticized Iran" in an article about Britain): the role is
/// the article's country's instead ([`comity_recognise::Recognised::article_homes`]). Only an
/// event that would otherwise be dropped as one country's act on itself ([`own_country`]) is
/// changed, and only when one side alone is such a role.
fn rehome_role(cx: &Ctx<'_>, e: &mut Event) {
    if !one_country(e) {
        return;
    }
    let home = |r: &comity_core::ActorRef| {
        let first = speech::token_at(cx, r.span[0]);
        let m = cx.rec.mention(first).filter(|m| m.first == first)?;
        (m.code.as_deref() == Some(r.code.as_str())).then_some(())?;
        cx.rec.article_homes.get(&first).cloned()
    };
    let Some(target) = e.target.as_mut() else { return };
    const WHY: &str = " -> the country the article is about (its sentence's is the other side)";
    match (home(&e.source), home(target)) {
        (Some(code), None) => {
            e.source.code = code;
            if let Some(x) = e.explain.as_mut() {
                x.source_entry.push_str(WHY);
            }
        }
        (None, Some(code)) => {
            target.code = code;
            if let Some(x) = e.explain.as_mut().and_then(|x| x.target_entry.as_mut()) {
                x.push_str(WHY);
            }
        }
        _ => {}
    }
}

/// Whether an actor code is an organisation rather than a state or one of its branches: an
/// international or non-state group (`IGO...`, `NGO...`, `IMG...`, `MNC...`), or a country's
/// armed group, party, medium, company or association (`LBNREB`, `QATMED`).
fn is_organisation(code: &str) -> bool {
    const STATE_BRANCHES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "CVL"];
    match code.get(..3) {
        Some(_) if comity_core::transnational(code) => true,
        Some(_) => code.get(3..6).is_some_and(|a| !STATE_BRANCHES.contains(&a)),
        None => false,
    }
}

/// Whether the token at `k` stands in an aside in brackets opened earlier in its sentence (up
/// to a bound back): "stormed the EU office (which is run by local staff) and demanded an
/// apology from EU governments, saying they would pay a price" names in the aside no one a
/// later pronoun stands for.
fn in_brackets(cx: &Ctx<'_>, k: usize) -> bool {
    let first = cx.doc.sentences[cx.doc.sentence_of(k)].first;
    let mut depth = 0i32;
    for t in (first.max(k.saturating_sub(40))..k).rev() {
        match cx.norms[t] {
            ")" => depth -= 1,
            "(" => depth += 1,
            _ => {}
        }
    }
    depth > 0
}

/// For "their" in object position: the nearest plural actor of another country than `avoid`.
fn plural_antecedent(cx: &Ctx<'_>, mi: usize, avoid: Option<&str>) -> Option<usize> {
    let s = cx.doc.sentence_of(cx.rec.mentions[mi].first);
    let first = cx.doc.sentences[s].first;
    let av = avoid.map(|a| &a[..3.min(a.len())]);
    cx.rec.mentions[..mi]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, c)| c.first >= first)
        .find(|(_, c)| {
            c.plural
                && c.kind != MentionKind::Pronoun
                && !in_brackets(cx, c.first)
                && c.code.as_deref().is_some_and(|code| Some(&code[..3.min(code.len())]) != av)
        })
        .map(|(k, _)| k)
}

/// A pattern match: where it ended, and where its target and source phrases start.
#[derive(Debug, Clone, Copy)]
struct PatMatch {
    end: usize,
    target: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
}

/// A pattern word matches a word of the text that is it or its plural (`comity_dict::word_bases`).
fn word_eq(token: &str, w: &str) -> bool {
    comity_dict::stands_for(w, token)
}

/// Units of time a span is counted in.
const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "while",
    "time",
    "period",
];

/// Words that may stand between "for" and a unit of time ("for the past three weeks", "for
/// more than a decade", "for several years").
const SPAN_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "past",
    "last",
    "next",
    "coming",
    "several",
    "few",
    "many",
    "more",
    "than",
    "about",
    "nearly",
    "almost",
    "over",
    "at",
    "least",
    "some",
    "long",
    "short",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "twenty",
    "fifteen",
    "thirty",
    "another",
    "further",
    "additional",
    "consecutive",
    "straight",
];

/// Whether the token `p` is the "to" of an infinitive ("willingness to accept"), by the parse
/// where its sentence has one, else by the word after it being a verb's base form.
fn infinitive_to(cx: &Ctx<'_>, p: usize) -> bool {
    if cx.norms[p] != "to" {
        return false;
    }
    if let Some(syn) = cx.doc.syntax(cx.doc.sentence_of(p)) {
        return syn.upos(p) == Some(Upos::Part);
    }
    cx.norms
        .get(p + 1)
        .is_some_and(|w| cx.dict.verbs.lookup(w).iter().any(|&(_, f)| f == Form::Base))
}

/// Whether tokens from `p` name a span of time, up to its unit ("three weeks").
fn duration_after(cx: &Ctx<'_>, p: usize, end: usize) -> bool {
    for k in p..end.min(p + 6) {
        let w = cx.norms[k];
        if TIME_UNITS.contains(&w) {
            return true;
        }
        let number = w.bytes().all(|b| b.is_ascii_digit() || b == b',');
        if !(number || SPAN_WORDS.contains(&w)) {
            return false;
        }
    }
    false
}

/// The last position at which each pattern word stands in a run of tokens (every word a
/// token stands for, [`comity_dict::word_bases`]): a necessary test for [`match_pattern`].
struct LastPositions<'a> {
    last: rustc_hash::FxHashMap<std::borrow::Cow<'a, str>, usize>,
}

impl<'a> LastPositions<'a> {
    /// The positions of the words of `norms[run]` (indices into `norms`).
    fn new(norms: &[&'a str], run: std::ops::Range<usize>) -> LastPositions<'a> {
        let mut last = rustc_hash::FxHashMap::default();
        for k in run {
            for b in comity_dict::word_bases(norms[k]) {
                last.insert(b, k);
            }
        }
        LastPositions { last }
    }

    /// Whether every word of the pattern (`Word`, `Prep`) stands at `from` or later: a
    /// pattern matched from `from` takes each of its words from a token there or after.
    fn all_after(&self, elems: &[Elem], from: usize) -> bool {
        elems.iter().all(|e| match e {
            Elem::Word(w) | Elem::Prep(w) => self.last.get(w.as_str()).is_some_and(|&k| k >= from),
            _ => true,
        })
    }
}

fn match_pattern(cx: &Ctx<'_>, elems: &[Elem], p: usize, end: usize) -> Option<PatMatch> {
    let Some(first) = elems.first() else {
        return Some(PatMatch { end: p, target: None, source: None });
    };
    let rest = &elems[1..];
    match first {
        // "for" of a span of time ("has been attacking Lebanon for three weeks") is not the
        // "for" of a reason or a request (Phoenix: "ATTACK * (FOR)" 111, "attacked him for").
        // A preposition heading its phrase is not an infinitive's "to".
        Elem::Word(w) | Elem::Prep(w) => (p < end
            && word_eq(cx.norms[p], w)
            && !(cx.norms[p] == "for" && duration_after(cx, p + 1, end))
            && !(matches!(first, Elem::Prep(_)) && infinitive_to(cx, p)))
        .then(|| match_pattern(cx, rest, p + 1, end))
        .flatten(),
        Elem::Target | Elem::Source => {
            // "the", an opening quote, a part of the country ("into northern Iraq").
            let mut q = p;
            while q < end
                && (DETERMINERS.contains(&cx.norms[q])
                    || cx.doc.tokens[q].kind == Kind::OpenQuote
                    || comity_recognise::REGION_PARTS.contains(&cx.norms[q]))
                && cx.rec.mention_at[q] == 0
            {
                q += 1;
            }
            // "ordered former president Fernando Collor to testify": a title the person's name
            // follows is the person's.
            if let Some(t) =
                cx.rec.mention(q).filter(|m| m.first == q && m.kind == MentionKind::Agent)
                && t.last < end
                && cx.rec.mention(t.last).is_some_and(|m| {
                    m.first == t.last
                        && m.last <= end
                        && m.kind == MentionKind::Person
                        && m.code.is_some()
                })
            {
                q = t.last;
            }
            let mi = cx.rec.mention_index(q)?;
            let m = &cx.rec.mentions[mi];
            if m.first != q || actor_of(cx, mi, None).is_none() {
                return None;
            }
            let mut after = m.last;
            // "Russian troops": an adjective and its noun.
            if m.adjective
                && after < end
                && cx.doc.tokens[after].kind == Kind::Word
                && cx.rec.mention_at[after] == 0
                && !PREPOSITIONS.contains(&cx.norms[after])
            {
                after += 1;
            }
            let mut pm = match_pattern(cx, rest, after, end)?;
            if matches!(first, Elem::Target) {
                pm.target = Some((q, m.last));
            } else {
                pm.source = Some((q, m.last));
            }
            Some(pm)
        }
        Elem::Set(name) => {
            let at = |q: usize| cx.dict.set_match(name, &cx.norms[q.min(end)..end.min(q + 6)]);
            // "delivered over 80 thousand doses of vaccine to Tonga", "sent $2 million worth
            // of arms": what the set asks of the object, it asks of the thing measured.
            let (q, len) = match at(p) {
                Some(len) => (p, len),
                None => {
                    let q = measured_after(cx, p, end)?;
                    (q, at(q)?)
                }
            };
            match_pattern(cx, rest, q + len, end)
        }
        // Inside a bracketed phrase: at most three of its words, none a verb but the gerund a
        // preposition governs ("of using violence"), nor a clause's opening: "(TO CLOSE)" is
        // not "to lower the fines imposed at the close".
        Elem::Near => {
            let syn = cx.doc.syntax(cx.doc.sentence_of(p.min(end.saturating_sub(1))));
            for g in 0..=3 {
                let q = p + g;
                if q > end {
                    break;
                }
                if g > 0 {
                    let w = cx.norms[q - 1];
                    let verb = syn.is_some_and(|s| {
                        s.upos(q - 1) == Some(Upos::Verb)
                            && !(g == 1 && s.tag(q - 1).is_some_and(|t| t.xpos.as_str() == "VBG"))
                    });
                    if verb || matches!(w, "." | ";" | "," | "that" | "which" | "who" | "to") {
                        break;
                    }
                }
                if let Some(m) = match_pattern(cx, rest, q, end) {
                    return Some(m);
                }
            }
            None
        }
        Elem::Gap => {
            for g in 0..=6 {
                let q = p + g;
                if q > end {
                    break;
                }
                if g > 0 && matches!(cx.norms[q - 1], "." | ";" | "," | "that" | "which" | "who") {
                    break;
                }
                if let Some(m) = match_pattern(cx, rest, q, end) {
                    return Some(m);
                }
            }
            None
        }
    }
}

/// Where the thing measured begins after an amount standing at `p` ("105 thousand doses of
/// vaccine", "$50,000 worth of goods", "2,000 tonnes of the rice"): after its "of" (and a
/// determiner). None when no amount stands there.
fn measured_after(cx: &Ctx<'_>, p: usize, end: usize) -> Option<usize> {
    let a = cx.rec.amounts.iter().find(|a| a.first <= p && p < a.last)?;
    let mut q = a.last;
    if q < end && cx.norms[q] == "worth" {
        q += 1;
    }
    if q >= end || cx.norms[q] != "of" {
        return None;
    }
    q += 1;
    if q < end && DETERMINERS.contains(&cx.norms[q]) {
        q += 1;
    }
    Some(q)
}

/// Nouns of land, whose capture occupies it ("captured the airport"), beside the settlements
/// and areas of `roles::is_settlement` ("captured the city").
static LAND_WORDS: comity_text::WordSet = comity_text::WordSet::new(&[
    "territory",
    "base",
    "airport",
    "border",
    "crossing",
    "hill",
    "island",
    "stronghold",
    "positions",
    "position",
    "land",
    "bridge",
    "pass",
    "valley",
    "compound",
    "headquarters",
]);

/// Whether the coded act is one its doer tried or attempted (in the past): "tried to storm",
/// "were trying to break into", "attempted to kill", "were trying to help people".
fn attempted(cx: &Ctx<'_>, c: &Coded) -> bool {
    let v = c.verb_tok;
    if v < 2 || cx.norms[v - 1] != "to" {
        return false;
    }
    match cx.norms[v - 2] {
        // (Done, not a habit charged: "tries to occupy China's territory" in a quote.)
        "tried" | "attempted" => true,
        "trying" => v >= 3 && matches!(cx.norms[v - 3], "was" | "were"),
        _ => false,
    }
}

/// Who an event at token `v` is attributed to, and whether it is relayed (reported speech).
fn attribution(cx: &Ctx<'_>, v: usize) -> (Option<String>, bool) {
    let q = cx.quote_of[v];
    if q > 0 {
        let speaker = cx.quotes[q as usize - 1].speaker.as_ref().map(|s| speaker_out(cx, s).name);
        return (speaker, false);
    }
    match cx.claim_at.get(v) {
        Some(&c) if c > 0 => (Some(speaker_out(cx, &cx.claims[c as usize - 1].speaker).name), true),
        _ => (None, false),
    }
}

/// The items of `items` (in text order) that start in the sentence `s`, found by binary
/// search; recognition never lets a phrase run past its sentence's end.
fn in_sentence<'a, T>(items: &'a [T], first: impl Fn(&T) -> usize, s: &SentenceRange) -> &'a [T] {
    let lo = items.partition_point(|x| first(x) < s.first);
    let hi = items.partition_point(|x| first(x) < s.last);
    &items[lo..hi.max(lo)]
}

/// The event's place: the first place of its sentence after the verb, else the sentence's last.
fn event_place(cx: &Ctx<'_>, s: &SentenceRange, v: usize) -> Option<String> {
    let in_s = in_sentence(&cx.rec.places, |p| p.first, s);
    let after = in_s.partition_point(|p| p.first <= v);
    in_s.get(after).or(in_s.last()).map(|p| p.name.clone())
}

/// The event's date: the date of its sentence nearest the verb (the earlier one on a tie).
fn event_date(cx: &Ctx<'_>, s: &SentenceRange, v: usize) -> Option<String> {
    let all = in_sentence(&cx.rec.dates, |d| d.first, s);
    // "since 1948", "until 2010", "founded in 1949", "born in 1952": the start of a state of
    // affairs or a date of something else, never the time of the event.
    let not_event_time = |first: usize| {
        let back = |k: usize| first.checked_sub(k).filter(|&t| t >= s.first).map(|t| cx.norms[t]);
        matches!(back(1), Some("until" | "till" | "from" | "through"))
            || (1..=3).any(|k| back(k).is_some_and(|w| NOT_EVENT_TIMES.contains(&w)))
    };
    // The nearest dates that are event times, before and after the verb, looked for among the
    // eight nearest on each side (a bound, so that a sentence of many dates and many events
    // stays linear).
    let split = all.partition_point(|d| d.first <= v);
    let before = all[..split].iter().rev().take(8).find(|d| !not_event_time(d.first)).map(|d| {
        // The first of the dates starting there.
        let start = all[..split].partition_point(|x| x.first < d.first);
        &all[start]
    });
    let after = all[split..].iter().take(8).find(|d| !not_event_time(d.first));
    let best = match (before, after) {
        (Some(b), Some(a)) if a.first - v < v - b.first => a,
        (Some(b), _) => b,
        (None, Some(a)) => a,
        (None, None) => return None,
    };
    Some(best.value.to_string())
}

/// Words whose date is not the time of the sentence's event ("founded in 1949").
const NOT_EVENT_TIMES: &[&str] = &[
    "founded",
    "established",
    "born",
    "created",
    "formed",
    "built",
    "dating",
    "dates",
    "since",
    "signed",
    "adopted",
    "elected",
    "died",
    "independence",
];

/// The parse of a sentence on one line: `word/UPOS/relation>head` per word.
fn parse_line(cx: &Ctx<'_>, syn: &Syntax<'_>) -> String {
    let s = syn.sentence;
    (s.first..s.last)
        .map(|t| {
            let head = syn.head(t).map_or(0, |h| h - s.first + 1);
            format!(
                "{}/{}/{}>{}",
                cx.doc.surface(t),
                syn.upos(t).map_or("?", |u| u.as_str()),
                syn.rel(t).map_or("?", |r| r.as_str()),
                head
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether mentions of one sentence name two different actors: two with codes that differ, a
/// pronoun (which may stand for anyone) after an actor, or a pronoun opening the sentence's
/// mentions with another actor or pronoun after it.
fn names_two_actors<'m>(mentions: impl Iterator<Item = &'m Mention>) -> bool {
    let mut first: Option<&str> = None;
    let mut leading_pronoun = false;
    let mut codeable = 0;
    for (i, m) in mentions.enumerate() {
        if m.kind == MentionKind::Pronoun {
            leading_pronoun |= i == 0;
            codeable += 1;
            if first.is_some() {
                return true;
            }
        } else if let Some(c) = m.code.as_deref() {
            codeable += 1;
            match first {
                None => first = Some(c),
                Some(f) if f != c => return true,
                _ => {}
            }
        }
    }
    leading_pronoun && codeable >= 2
}
