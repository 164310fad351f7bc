//! Direct quotes, their speakers, and reported claims ("according to", "noted that").

use crate::grammar::{DETERMINERS, PREPOSITIONS, SPEECH, VERB_GROUP, is_adverb};
use crate::{Claim, Ctx, QuoteSpan, SpeakerRef};
use comity_recognise::MentionKind;
use comity_text::{ALLCAPS, CAP, Kind, WordSet};
// The set of the article's lower-case words is built over every token: Fx, not SipHash.
use rustc_hash::FxHashSet as HashSet;

/// Marks the tokens of each quotation (found by the recogniser:
/// [`comity_recognise::Recognised::quote_spans`]) with its number.
pub(crate) fn find_quote_spans(cx: &mut Ctx<'_>) {
    for &(open, close) in &cx.rec.quote_spans {
        let qi = cx.quotes.len() as u32 + 1;
        for k in open + 1..close {
            cx.quote_of[k] = qi;
        }
        cx.quotes.push(QuoteSpan { open, close, speaker: None, cue: None });
    }
}

/// Whether the quoted tokens `a..b` are a title or a name set off by quotation marks ("the
/// “District of Columbia Personal Protection Act”", a book's “It Takes a Family”), no one's
/// words: at least four words, each capitalised, a number or a small word of a title ("of",
/// "the", "and"), none a pronoun of the first or second person ("We Shall Overcome" may be
/// sung or chanted), and no mark that ends a sentence; not after a verb of saying or "that"
/// ("shouted “Death to American Aggression”", "claims that “...”"), where it is said.
pub(crate) fn is_title(cx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let mut k = a.saturating_sub(1);
    while k > 0 && matches!(cx.norms[k - 1], ":" | ",") {
        k -= 1;
    }
    if k > 0 && (SPEECH.contains(&cx.norms[k - 1]) || SAID_TO.contains(&cx.norms[k - 1])) {
        return false;
    }
    let mut words = 0;
    for k in a..b {
        let t = &cx.doc.tokens[k];
        match t.kind {
            Kind::Word => {
                let w = cx.norms[k];
                if !(is_capital(cx, k) || TITLE_SMALL.contains(&w))
                    || SPEAKING_PRONOUNS.contains(&w)
                {
                    return false;
                }
                words += 1;
            }
            Kind::Number => words += 1,
            Kind::Punct if matches!(cx.norms[k], "." | "!" | "?") => return false,
            _ => {}
        }
    }
    words >= 4 && is_capital(cx, a)
}

/// Words before a quotation mark that say the words after it are said: "shouted “...”",
/// "claims that “...”", "condemned the ban as “...”".
static SAID_TO: WordSet =
    WordSet::new(&["that", "as", "shouted", "shouting", "chanted", "chanting", "yelled"]);

/// Small words a title writes in lower case.
static TITLE_SMALL: WordSet = WordSet::new(&[
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "into", "upon", "as", "vs", "v", "de", "la", "le", "du", "des", "del", "el", "y", "et",
    "al", "von", "van",
]);

/// Pronouns of who speaks or is spoken to: words addressed to someone, not a title.
static SPEAKING_PRONOUNS: WordSet = WordSet::new(&[
    "i", "we", "you", "me", "us", "my", "our", "your", "i'm", "i'd", "we're", "we'd", "you're",
]);

/// Person `p` of the article as the speaker, named by the words `words`.
fn person_speaker(cx: &Ctx<'_>, p: usize, words: (usize, usize)) -> SpeakerRef {
    SpeakerRef {
        name: cx.rec.people[p].name.clone(),
        person: Some(p),
        code: cx.rec.people[p].code.clone(),
        title: None,
        words,
    }
}

fn speaker_of_mention(cx: &Ctx<'_>, mi: usize, upto: usize) -> Option<SpeakerRef> {
    let m = &cx.rec.mentions[mi];
    let target = if m.kind == MentionKind::Pronoun && m.agent.is_none() {
        cx.antecedent[mi].or(cx.far_antecedent[mi])?
    } else {
        mi
    };
    let t = &cx.rec.mentions[target];
    if let Some(p) = t.person {
        return Some(person_speaker(cx, p, (m.first, m.last)));
    }
    // A pronoun speaks for its antecedent: "it" or "they" is never a speaker's name; weapons
    // and craft speak for no one ("Iran's missiles have global reach. ... they believe").
    if target != mi {
        if crate::MACHINES.contains(&cx.norms[t.last - 1]) {
            return None;
        }
        let code = crate::actor_of(cx, mi, None).map(|a| a.code);
        return Some(SpeakerRef {
            name: cx.doc.slice(t.first, t.last).to_string(),
            person: None,
            code,
            title: None,
            words: (t.first, t.last),
        });
    }
    // A bare role noun ("the company said", "the ministry said"): the organisation of that
    // kind named last before it. A company no dictionary knows is no speaker's name: "company"
    // names no one (a ministry or the police stand for their country's).
    if m.kind == MentionKind::Agent
        && m.last - m.first == 1
        && !m.adjective
        && let Some(agent) = m.agent.as_deref()
    {
        let named = cx.rec.mentions[..mi].iter().rev().take(200).find(|o| {
            o.kind == MentionKind::Actor
                && o.code.as_deref().is_some_and(|c| comity_dict::has_agent(c, agent))
        });
        match named {
            Some(o) => {
                return Some(SpeakerRef {
                    name: cx.doc.slice(o.first, o.last).to_string(),
                    person: None,
                    code: o.code.clone(),
                    title: None,
                    words: (o.first, o.last),
                });
            }
            None if agent == "BUS" => return None,
            None => {}
        }
    }
    // An actor, with the noun it modifies: "Ukrainian intelligence sources".
    let mut last = m.last;
    while last < upto
        && cx.doc.tokens[last].kind == Kind::Word
        && cx.rec.mention_at[last] == 0
        && !SPEECH.contains(&cx.norms[last])
        && !comity_text::WEEKDAYS.contains(&cx.norms[last])
        && !DETERMINERS.contains(&cx.norms[last])
        && !matches!(cx.norms[last], "today" | "yesterday" | "tonight")
        && (last - m.last < 2
            // (A longer capitalised name: "the Stockholm International Peace Research
            // Institute".)
            || (last - m.last < 5
                && cx.doc.tokens[last].is(comity_text::CAP)
                && cx.doc.tokens[last - 1].is(comity_text::CAP)))
    {
        last += 1;
    }
    let code = crate::actor_of(cx, mi, None).map(|a| a.code);
    Some(SpeakerRef {
        name: cx.doc.slice(m.first, last).to_string(),
        person: None,
        code,
        title: None,
        words: (m.first, last),
    })
}

/// The subject of a speech verb at `v`, looking left no further than `start`; with `th`, also
/// a name the recogniser missed, "he" or "she" for the person last named as a speaker when
/// the pronoun's antecedent is older, and "X was quoted as saying".
fn speech_subject(
    cx: &Ctx<'_>,
    v: usize,
    start: usize,
    th: Option<&Thorough<'_>>,
) -> Option<SpeakerRef> {
    let Some(th) = th else { return mention_subject(cx, v, start, false) };
    // "Radzi was quoted as saying", "the minister was reported as saying": the subject of "was".
    let mut v = v;
    if v >= start + 3
        && cx.norms[v] == "saying"
        && cx.norms[v - 1] == "as"
        && matches!(cx.norms[v - 2], "quoted" | "reported" | "cited")
        && matches!(cx.norms[v - 3], "was" | "is" | "were" | "are")
    {
        v -= 3;
    } else if v > start + 1 && cx.norms[v] == "saying" && cx.norms[v - 1] == "as" {
        // "The Guardian quoted a Downing Street source as saying": the one quoted, without "as"
        // ("X, chief of Y, quoted as saying": without "quoted").
        v -= 1;
        if v > start + 1 && matches!(cx.norms[v - 1], "quoted" | "reported" | "cited") {
            v -= 1;
        }
    }
    // "Netflix in a statement said", "Gates today said": the subject before the aside.
    let mut k = verb_group_start(cx, v, start, true);
    while let Some(b) = aside_before(cx, k, start) {
        v = b;
        k = verb_group_start(cx, v, start, true);
    }
    if k == start {
        return None;
    }
    // "Merkel spoke of four million jobless workers and said": a second verb of the
    // subject the sentence opens with, not of the words before "and".
    if k > start + 1 && matches!(cx.norms[k - 1], "and" | "but") {
        let mut j = start;
        while j < k && DETERMINERS.contains(&cx.norms[j]) {
            j += 1;
        }
        if let Some(mi) = cx.rec.mention_index(j)
            && let m = &cx.rec.mentions[mi]
            && m.last < k - 1
            && matches!(m.kind, MentionKind::Person | MentionKind::Pronoun | MentionKind::Actor)
            && let Some(sp) = speaker_of_mention(cx, mi, m.last)
        {
            return Some(sp);
        }
    }
    // "he said" after a speaker the recogniser did not take for a person: that speaker, when
    // named after the pronoun's antecedent (or when it has none).
    if let Some(mi) = cx.rec.mention_index(k - 1)
        && let m = &cx.rec.mentions[mi]
        && m.kind == MentionKind::Pronoun
        && m.agent.is_none()
        && matches!(cx.norms[m.first], "he" | "she")
        && let Some((named, at)) = &th.last_named
        && cx.antecedent[mi]
            .or(cx.far_antecedent[mi])
            .is_none_or(|a| cx.rec.mentions[a].first < *at)
    {
        let gender = named.person.and_then(|p| cx.rec.people[p].gender);
        let fits = match gender {
            Some(comity_dict::Gender::Male) => cx.norms[m.first] == "he",
            Some(comity_dict::Gender::Female) => cx.norms[m.first] == "she",
            _ => true,
        };
        if fits {
            return Some(named.clone());
        }
    }
    if let Some(sp) = mention_subject(cx, v, start, true) {
        return Some(sp);
    }
    // An apposition: "Bill Clark, from the workers' union, said".
    if cx.norms[k - 1] == "," {
        let mut j = k - 1;
        while j > start && k - j < 30 {
            j -= 1;
            if cx.norms[j] == "," && j > start {
                // "the group's president, Raja Zulkepley Dahalan, said": the name between.
                if k - 1 > j + 1 && (j + 1..k - 1).all(|x| is_name_word(cx, x)) {
                    return name_ref(cx, j + 1, k - 1, th);
                }
                if let Some(mi) = cx.rec.mention_index(j + 1)
                    && cx.rec.mentions[mi].kind == MentionKind::Person
                    && cx.rec.mentions[mi].last == k - 1
                {
                    return speaker_of_mention(cx, mi, k - 1);
                }
                return name_before(cx, start, j, th);
            }
        }
        return None;
    }
    // "the Treasurer said": a role for [`settle`] to read.
    if ROLE_NOUNS.contains(&cx.norms[k - 1]) && cx.rec.mention_index(k - 1).is_none() {
        return Some(SpeakerRef {
            name: cx.doc.surface(k - 1).to_string(),
            person: None,
            code: None,
            title: None,
            words: (k - 1, k),
        });
    }
    name_before(cx, start, k, th)
}

/// Where an aside between a subject and its verb of saying starts, when one ends at `k`: a
/// word of time ("today", "later") or "in/on/through a statement/interview/tweet/..." ("Netflix
/// in a statement said"), not before `start`.
fn aside_before(cx: &Ctx<'_>, k: usize, start: usize) -> Option<usize> {
    if k <= start + 1 {
        return None;
    }
    let w = cx.norms[k - 1];
    // A word of time after a mention ("Gates today said"; not "Markets today continued", not
    // "USA Today said").
    if matches!(w, "today" | "yesterday" | "tonight" | "later" | "earlier" | "separately") {
        return (!is_capital(cx, k - 1) && cx.rec.mention_at[k - 2] != 0).then_some(k - 1);
    }
    if !(ASIDE_NOUNS.contains(&w) || DOCUMENTS.contains(&w)) {
        return None;
    }
    let mut a = k - 1;
    while a > start && a + 4 > k && !matches!(cx.norms[a - 1], "in" | "on" | "through" | "via") {
        if cx.doc.tokens[a - 1].kind != Kind::Word || cx.rec.mention_at[a - 1] != 0 {
            return None;
        }
        a -= 1;
    }
    (a > start + 1 && matches!(cx.norms[a - 1], "in" | "on" | "through" | "via")).then_some(a - 1)
}

/// Nouns of the ways words are given, besides documents: "in an interview", "on Twitter".
static ASIDE_NOUNS: WordSet = WordSet::new(&[
    "interview",
    "tweet",
    "post",
    "email",
    "e-mail",
    "conference",
    "briefing",
    "speech",
    "address",
    "broadcast",
    "video",
    "podcast",
    "blog",
    "twitter",
    "facebook",
]);

/// Where the verb group of the verb at `v` starts ("has also said": at "has"), looking left no
/// further than `start`. With `names` (the search for the output's speakers), a capitalised
/// word ending in "-ly" is a name ("Kelly said", "Mr O'Reilly said", "Mulally said"), no
/// adverb of the verb; the search before events leaves it as it was, so that no event changes.
fn verb_group_start(cx: &Ctx<'_>, v: usize, start: usize, names: bool) -> usize {
    let mut k = v;
    while k > start
        && (VERB_GROUP.contains(&cx.norms[k - 1])
            || (is_adverb(cx.norms[k - 1]) && !(names && is_capital(cx, k - 1)))
            || matches!(cx.norms[k - 1], "has" | "have" | "had" | "also")
            // "our professors did say" (not "polls did not show").
            || (names && k == v && matches!(cx.norms[k - 1], "did" | "does" | "do")))
    {
        k -= 1;
    }
    k
}

/// The mention that is the subject of a speech verb at `v`, looking left (`names`: see
/// [`verb_group_start`]).
fn mention_subject(cx: &Ctx<'_>, v: usize, start: usize, names: bool) -> Option<SpeakerRef> {
    let k = verb_group_start(cx, v, start, names);
    if k == start {
        return None;
    }
    // An apposition: "Khalilov, a political scientist ..., noted".
    if cx.norms[k - 1] == "," {
        let mut j = k - 1;
        while j > start && k - j < 30 {
            j -= 1;
            if cx.norms[j] == "," && j > start {
                if let Some(mi) = cx.rec.mention_index(j - 1)
                    && cx.rec.mentions[mi].kind == MentionKind::Person
                {
                    return speaker_of_mention(cx, mi, j);
                }
                break;
            }
        }
        return None;
    }
    // The phrase right before the verb: a mention, or a mention and its noun.
    for back in 1..=3 {
        if k < start + back {
            break;
        }
        if let Some(mi) = cx.rec.mention_index(k - back) {
            let m = &cx.rec.mentions[mi];
            if (m.last..k).all(|x| cx.doc.tokens[x].kind == Kind::Word && cx.rec.mention_at[x] == 0)
            {
                // "Mark Wakeham of Greenpeace said": the person, not what they belong to.
                if names
                    && m.first > start + 1
                    && matches!(cx.norms[m.first - 1], "of" | "from" | "at")
                    && let Some(pi) = cx.rec.mention_index(m.first - 2)
                    && cx.rec.mentions[pi].kind == MentionKind::Person
                    && cx.rec.mentions[pi].last == m.first - 1
                {
                    return speaker_of_mention(cx, pi, m.first - 1);
                }
                return speaker_of_mention(cx, mi, k);
            }
            return None;
        }
    }
    // Unnamed sources: "reports indicate", "officials said".
    let w = cx.norms[k - 1];
    if matches!(
        w,
        "reports"
            | "sources"
            | "officials"
            | "analysts"
            | "experts"
            | "observers"
            | "diplomats"
            | "witnesses"
            | "residents"
    ) {
        let mut a = k - 1;
        while a > start
            && cx.doc.tokens[a - 1].kind == Kind::Word
            && !DETERMINERS.contains(&cx.norms[a - 1])
            && cx.rec.mention_at[a - 1] == 0
            && !SPEECH.contains(&cx.norms[a - 1])
            && k - a < 3
            && !matches!(cx.norms[a - 1], "that" | "and" | "but")
        {
            a -= 1;
        }
        return Some(SpeakerRef {
            name: cx.doc.slice(a, k).to_string(),
            person: None,
            code: None,
            title: None,
            words: (a, k),
        });
    }
    None
}

/// Ties each direct quote to its speaker, from the mentions the recogniser found. What this
/// finds is what event coding reads (speech acts of quotes, attributions); the output's
/// speakers are [`refine_speakers`]'s.
pub(crate) fn find_speakers(cx: &mut Ctx<'_>) {
    let found = speakers_of_quotes(cx, None);
    for (q, f) in cx.quotes.iter_mut().zip(found) {
        if let Some((sp, cue)) = f {
            q.speaker = Some(sp);
            q.cue = (!cue.is_empty()).then_some(cue);
        }
    }
}

/// The speakers as listed, once events are coded (so that event coding stays as it was):
/// quotes searched again also for names the recogniser missed (capitalised words by a verb of
/// saying: "..., Kronfol said"), "he said" for the person last named as a speaker when that is
/// nearer than the pronoun's antecedent, "according to X" and "X told reporters:" around a
/// quote; then every speaker's name settled: a role or a kind of source ("officials", "a
/// spokesman for the ministry", "said the Treasurer") is the organisation it speaks for, the
/// person of the article holding that office, or its actor's country and the role, else no
/// one.
pub(crate) fn refine_speakers(cx: &mut Ctx<'_>) {
    let lower: HashSet<&str> = (0..cx.doc.tokens.len())
        .filter(|&k| {
            let t = &cx.doc.tokens[k];
            t.kind == Kind::Word && !t.is(CAP) && !t.is(ALLCAPS)
        })
        .map(|k| cx.doc.norm(k))
        .collect();
    let found = speakers_of_quotes(cx, Some(&lower));
    let settled: Vec<Option<(SpeakerRef, String)>> = found
        .into_iter()
        .map(|f| f.and_then(|(sp, cue)| settle(cx, &sp).map(|sp| (sp, cue))))
        .collect();
    let shown: Vec<Option<SpeakerRef>> = cx.claims.iter().map(|c| settle(cx, &c.speaker)).collect();
    for (q, f) in cx.quotes.iter_mut().zip(settled) {
        q.speaker = None;
        q.cue = None;
        if let Some((sp, cue)) = f {
            q.speaker = Some(sp);
            q.cue = (!cue.is_empty()).then_some(cue);
        }
    }
    for (c, s) in cx.claims.iter_mut().zip(shown) {
        c.shown = s;
    }
}

/// What a search for speakers may use beyond the recogniser's mentions.
struct Thorough<'x> {
    /// Words the article writes in lower case somewhere: a capitalised one of them at the
    /// start of a run ("Critics", "President") is not a name.
    lower: &'x HashSet<&'x str>,
    /// The speaker last named by a name of their own, and the token where they were named.
    last_named: Option<(SpeakerRef, usize)>,
}

/// Each quote's speaker and cue ("" for none), in quote order. `lower` set: the thorough
/// search of [`refine_speakers`].
fn speakers_of_quotes(
    cx: &Ctx<'_>,
    lower: Option<&HashSet<&str>>,
) -> Vec<Option<(SpeakerRef, String)>> {
    let n = cx.doc.tokens.len();
    let mut th = lower.map(|lower| Thorough { lower, last_named: None });
    let mut out: Vec<Option<(SpeakerRef, String)>> = Vec::with_capacity(cx.quotes.len());
    let mut prev_speaker: Option<(SpeakerRef, usize)> = None;
    // Per token: 1 + the last token before it, outside quotes, in a mention of a person or of
    // "he"/"she" (0: none), so that a quote's nearest personal mention costs no scan back.
    let mut prev_personal = vec![0u32; n + 1];
    for k in 0..n {
        let personal = cx.quote_of[k] == 0
            && cx.rec.mention_index(k).is_some_and(|mi| {
                let m = &cx.rec.mentions[mi];
                m.kind == MentionKind::Person
                    || (m.kind == MentionKind::Pronoun
                        && m.agent.is_none()
                        && matches!(cx.norms[m.first], "he" | "she"))
            });
        prev_personal[k + 1] = if personal { k as u32 + 1 } else { prev_personal[k] };
    }
    // The previous quote's closing mark and, when its speaker was named after it, where its
    // verb of saying stands.
    let mut prev_cue: Option<(usize, usize)> = None;
    for q in &cx.quotes {
        let th_ref = th.as_ref();
        let s_open = cx.doc.sentence_of(q.open);
        let s_close = cx.doc.sentence_of(q.close.min(n.saturating_sub(1)));
        let close_sent = &cx.doc.sentences[s_close.min(cx.doc.sentences.len() - 1)];
        let mut found: Option<(SpeakerRef, String)> = None;
        let mut cue_at = None;
        // Whether a verb of saying after the quote is followed by words that name its speaker
        // (", said professor of political science Barbara Burrell"): someone is named, so the
        // quote is nobody else's even when the name is not read.
        let mut named_later = false;
        // After the closing mark: ", Ignatov said." / ", she said." / ", said Lee."
        let a = q.close + 1;
        if a < n && a < close_sent.last + 4 {
            // An apposition may stand between the name and the verb ("..., Bill Clark, from
            // the workers' union, said").
            // Only after words that end on a comma: after a full stop the next sentence may name
            // someone else, so its start stays short ("...." Sam Kennedy, editor of X, said
            // that ...).
            let open_clause = q.close > 0 && matches!(cx.norms[q.close - 1], "," | "-" | "—");
            let end = (a + if th.is_some() && open_clause { 16 } else { 8 }).min(n);
            for k in a..end {
                if cx.quote_of[k] != 0 || cx.doc.tokens[k].kind == Kind::OpenQuote {
                    break;
                }
                // "..., according to NASA official Doug Cooke." (not after a quote that ends
                // its sentence: "“... no chance at all.” According to The Times this
                // “...”" opens the next sentence's attribution).
                if let Some(th) = th_ref
                    && cx.norms[k] == "according"
                    && k + 1 < end
                    && cx.norms[k + 1] == "to"
                    && !(k == a
                        && is_capital(cx, k)
                        && q.close > 0
                        && matches!(cx.norms[q.close - 1], "." | "!" | "?"))
                {
                    found = speaker_after(cx, k + 2, end, th).map(|sp| (sp, "according to".into()));
                    break;
                }
                // "“...,” it read.": a document's words, spoken by who issued the document the
                // article named last ("Ahmadinejad issued a statement. “...,” it read"), and by
                // no one else (not the speaker of the quote before).
                if k > a && cx.norms[k - 1] == "it" && matches!(cx.norms[k], "read" | "reads") {
                    cue_at = Some(k);
                    named_later = true;
                    found =
                        issuer_of_document_before(cx, q.open.saturating_sub(200), q.open, |w| {
                            DOCUMENTS.contains(&w)
                        })
                        .map(|sp| (sp, cx.norms[k].to_string()));
                    break;
                }
                // "the United States denounced": a capitalised word inside a name is no verb.
                let in_name = th.is_some()
                    && is_capital(cx, k)
                    && k > cx.doc.sentences[cx.doc.sentence_of(k)].first;
                if SPEECH.contains(&cx.norms[k]) && !in_name {
                    // Speaker then verb: ", Ignatov said", ", she said".
                    cue_at = Some(k);
                    if let Some(sp) = speech_subject(cx, k, a, th_ref) {
                        found = Some((sp, cx.norms[k].to_string()));
                        break;
                    }
                    // Verb then speaker: ", said Lee" (not "told reporters": that is the audience).
                    if !matches!(cx.norms[k], "told" | "tells") {
                        let mut j = k + 1;
                        while j < end && DETERMINERS.contains(&cx.norms[j]) {
                            j += 1;
                        }
                        // "said the pope" may name the speaker of the quote before.
                        named_later = j < end
                            && cx.doc.tokens[j].kind == Kind::Word
                            && !matches!(cx.norms[k + 1], "the" | "this" | "that")
                            && (a..k).all(|x| cx.doc.tokens[x].kind != Kind::Word);
                        // A mention that is no person may describe the one named after it
                        // ("said Army Col. Romeo Ucag"): the thorough search reads it.
                        if let Some(mi) = cx.rec.mention_index(j)
                            && (th_ref.is_none() || cx.rec.mentions[mi].kind == MentionKind::Person)
                        {
                            found = speaker_of_mention(cx, mi, end)
                                .map(|sp| (sp, cx.norms[k].to_string()));
                        } else if let Some(th) = th_ref {
                            found = speaker_after(cx, j, end, th)
                                .map(|sp| (sp, cx.norms[k].to_string()));
                        }
                    }
                    break;
                }
                if matches!(cx.norms[k], "." | "?" | "!") {
                    break;
                }
            }
        }
        // Where this quote's speaker was named after it, for the quote after.
        let named_after = found.as_ref().and(cue_at).map(|at| (q.close, at));
        // Before the opening mark: "Ignatov said: “...”".
        if found.is_none() && q.open > 0 {
            let open_sent = &cx.doc.sentences[s_open];
            let mut k = q.open;
            while k > open_sent.first && matches!(cx.norms[k - 1], ":" | "," | "that") {
                k -= 1;
            }
            // "the United States “...”": a capitalised word inside a name is no verb.
            let in_name = th.is_some() && k > open_sent.first + 1 && is_capital(cx, k - 1);
            if k > open_sent.first && SPEECH.contains(&cx.norms[k - 1]) && !in_name {
                if let Some(sp) = speech_subject(cx, k - 1, open_sent.first, th_ref) {
                    found = Some((sp, cx.norms[k - 1].to_string()));
                }
            } else if k > open_sent.first + 1
                && cx.norms[k - 1] == "out"
                && matches!(cx.norms[k - 2], "pointed" | "points")
                && let Some(sp) = speech_subject(cx, k - 2, open_sent.first, th_ref)
            {
                found = Some((sp, "pointed out".into()));
            } else if th.is_some() && k < q.open {
                // "X told reporters:", "X told the BBC:" — the audience between verb and quote.
                let told = (k.saturating_sub(5).max(open_sent.first)..k)
                    .rev()
                    .find(|&t| matches!(cx.norms[t], "told" | "tells"))
                    .filter(|&t| {
                        (t + 1..k)
                            .all(|x| cx.doc.tokens[x].kind == Kind::Word && cx.quote_of[x] == 0)
                    });
                if let Some(t) = told
                    && let Some(sp) = speech_subject(cx, t, open_sent.first, th_ref)
                {
                    found = Some((sp, cx.norms[t].to_string()));
                }
            }
        }
        // The second part of a quote its cue interrupts ("“...,” said Ken Krowder, who
        // represents them, “...”"): the speaker of the first part, when named by a name of
        // their own and no other person is named between ("wrote Chief Justice John Roberts":
        // the person, not the title, is left to the search below).
        if found.is_none()
            && th.is_some()
            && let Some((close, at)) = prev_cue
            && let Some(Some(first)) = out.last()
            && named_by_name(cx, &first.0)
            && (close + 1..q.open).all(|x| {
                (first.0.words.0..first.0.words.1).contains(&x)
                    || cx.rec.mention(x).is_none_or(|m| m.kind != MentionKind::Person)
            })
            && continues(cx, close, at, q.open, q.close)
        {
            found = Some(first.clone());
        }
        prev_cue = named_after;
        // A quoted phrase inside a sentence: the nearest person before it ("Putin thanked “...”").
        if found.is_none() {
            let open_sent = &cx.doc.sentences[s_open];
            let mid_sentence = q.open > open_sent.first;
            if mid_sentence {
                let k = prev_personal[q.open] as usize;
                // "Goldsmith warned the media that reporting on a dispute between Blair and
                // Bush “could be in breach ...”": a person inside what a verb of saying reports
                // is no speaker; the verb's subject is.
                // Only a named person there is set aside; "he" after the verb is more often
                // its subject again ("X said he wanted “...”"), and read as such unless the
                // verb's subject is a person.
                // Not one who opens a clause of their own ("Officials have not confirmed the
                // reports and Prime Minister Tony Blair called the detention “wrong”").
                // Nor one who is the subject of a verb of naming or blaming after the name
                // ("Diaz said that Moreno accused him of being “reckless”"); a possessive is
                // the clause's ("Bush said Kerry's comment was “insulting”").
                // (Some(false): a person speaking in words of their own; None: no person.)
                let inside: Option<bool> = (k > 0)
                    .then(|| cx.rec.mention(k - 1))
                    .flatten()
                    .filter(|m| m.kind == MentionKind::Person)
                    .map(|m| {
                        let mut b = m.first;
                        while b > open_sent.first
                            && m.first - b < 5
                            && (is_capital(cx, b - 1)
                                || DETERMINERS.contains(&cx.norms[b - 1])
                                || ROLE_NOUNS.contains(&cx.norms[b - 1])
                                || cx.rec.mention_at[b - 1] != 0)
                        {
                            b -= 1;
                        }
                        let mut after = m.last;
                        while after < q.open
                            && matches!(cx.norms[after], "has" | "have" | "had" | "also" | "then")
                        {
                            after += 1;
                        }
                        let own_words = after < q.open
                            && (SPEECH.contains(&cx.norms[after])
                                || NAMING.contains(&cx.norms[after]));
                        // ("between Tony Blair and George Bush" coordinates two names.)
                        let opens_clause = b > open_sent.first
                            && matches!(
                                cx.norms[b - 1],
                                "and" | "but" | "while" | "whereas" | "although" | ";"
                            )
                            && !(b > open_sent.first + 1 && cx.rec.mention_at[b - 2] != 0);
                        !own_words && !opens_clause
                    });
                let named_inside = inside == Some(true);
                let reported = th
                    .as_ref()
                    .and_then(|_| speech_verb_before(cx, open_sent.first, q.open, true))
                    .filter(|&v| {
                        k > v + 1 && !cx.norms[v].ends_with("ing") && inside != Some(false)
                    })
                    .and_then(|v| {
                        speech_subject(cx, v, open_sent.first, th_ref)
                            .map(|sp| (sp, cx.norms[v].to_string()))
                    })
                    .filter(|(sp, _)| named_inside || sp.person.is_some());
                if reported.is_some() {
                    found = reported;
                } else if k > open_sent.first
                    && let Some(mi) = cx.rec.mention_index(k - 1)
                {
                    found = speaker_of_mention(cx, mi, q.open).map(|s| (s, String::new()));
                }
                // "Hezbollah said Israel's air strikes were “...”": the subject of the verb of
                // saying before the quote in its sentence (40 words back at most).
                if found.is_none()
                    && th.is_some()
                    && let Some(v) = speech_verb_before(cx, open_sent.first, q.open, false)
                    && let Some(sp) = speech_subject(cx, v, open_sent.first, th_ref)
                {
                    found = Some((sp, cx.norms[v].to_string()));
                }
                // "The ministry rejected the report, saying “...”": the subject the sentence
                // opens with.
                if found.is_none()
                    && let Some(th) = th_ref
                    && let Some((sp, cue)) = participle_speaker(cx, q.open, s_open, th)
                {
                    found = Some((sp, cue));
                }
            } else if named_later {
                // Someone named after the verb said it: not the sentence before, not the
                // previous speaker.
            } else if let Some(sp) = th_ref
                .filter(|_| ends_sentence(cx, q.close))
                .and_then(|th| introduced(cx, s_open, th))
            {
                // "Lee Hopley also commented on the figures. “...”": the named subject of the
                // sentence before.
                found = Some((sp, String::new()));
            } else if let Some((sp, last_close)) = &prev_speaker {
                // A quote that continues the previous speaker's words in the next paragraph.
                if q.open > *last_close
                    && q.open - last_close < 40
                    && cx.doc.sentence_of(q.open) <= cx.doc.sentence_of(*last_close) + 2
                {
                    found = Some((sp.clone(), String::new()));
                }
            }
        }
        if let Some((sp, _)) = &found {
            prev_speaker = Some((sp.clone(), q.close));
            if let Some(th) = th.as_mut()
                && named_by_name(cx, sp)
            {
                let at = if sp.words.1 > sp.words.0 { sp.words.0 } else { q.open };
                th.last_named = Some((sp.clone(), at));
            }
        }
        out.push(found);
    }
    out
}

/// The nearest verb of saying before a quote opened at `open`, outside quotes, in its sentence
/// from `first` and 40 words back at most. `verbs_only` sets aside a capitalised word inside a
/// name ("the United States") and a noun after a determiner ("their draft report").
fn speech_verb_before(cx: &Ctx<'_>, first: usize, open: usize, verbs_only: bool) -> Option<usize> {
    (first.max(open.saturating_sub(40))..open).rev().find(|&v| {
        cx.quote_of[v] == 0
            && SPEECH.contains(&cx.norms[v])
            && !(verbs_only
                && v > first
                && (is_capital(cx, v)
                    || matches!(
                        cx.norms[v - 1],
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "their"
                            | "its"
                            | "his"
                            | "her"
                            | "our"
                            | "draft"
                            | "final"
                            | "annual"
                            | "new"
                            | "latest"
                    )))
    })
}

/// Verbs by which one names, blames or judges another in words of one's own ("accused him of
/// being “delusional”", "called it “outrageous”").
static NAMING: WordSet = WordSet::new(&[
    "accused",
    "accuses",
    "called",
    "calls",
    "described",
    "describes",
    "labelled",
    "labeled",
    "dubbed",
    "branded",
    "termed",
    "denounced",
    "criticized",
    "criticised",
    "praised",
    "hailed",
    "condemned",
    "urged",
    "assailed",
    "slammed",
    "blasted",
]);

/// Whether a quote from `open` to `end` goes on with the words of the quote closed at
/// `close`, whose speaker was named after it by the verb of saying at `at`: the first part
/// ends on a comma, and nothing but its cue stands between the two ("“...,” said Smith, a
/// lawyer for the family, “...”"), ending in a comma or a colon; no full stop, semicolon,
/// other quote or other finite verb of saying between, and no second clause ("..., and Jones
/// replied, “...”"), within 25 tokens; the second part is no title ("..., said Schechter of
/// his film, “Weapons of Mass Distortion”").
fn continues(cx: &Ctx<'_>, close: usize, at: usize, open: usize, end: usize) -> bool {
    if !(close < at && at < open && open - close <= 25) {
        return false;
    }
    if !matches!(cx.norms[open - 1], "," | ":")
        || !(cx.norms[close - 1] == "," || cx.norms[close + 1] == ",")
        || is_title(cx, open + 1, end)
    {
        return false;
    }
    (close + 1..open).all(|x| {
        let w = cx.norms[x];
        cx.quote_of[x] == 0
            && !matches!(cx.doc.tokens[x].kind, Kind::OpenQuote | Kind::CloseQuote)
            && !matches!(w, "." | "!" | "?" | ";")
            && (x == at || !SPEECH.contains(&w) || w.ends_with("ing"))
            && !(matches!(w, "and" | "but" | "while" | "whereas")
                && x + 1 < open
                && (is_capital(cx, x + 1)
                    || DETERMINERS.contains(&cx.norms[x + 1])
                    || cx.rec.mention_at[x + 1] != 0))
    })
}

/// For a quote that is a sentence of its own: the speaker the sentence right before it
/// introduces, when that sentence quotes no one and opens with its subject, a name: the
/// subject of its verb of saying ("The Labour peer said Mr Blair should go. “...”"), else the
/// person it opens with ("McCain concluded by citing his years as a prisoner. “...”", "He
/// went on to praise ...").
fn introduced(cx: &Ctx<'_>, s: usize, th: &Thorough<'_>) -> Option<SpeakerRef> {
    let prev = cx.doc.sentences.get(s.checked_sub(1)?)?;
    // A sentence with a quote of its own: the quote before is carried over, if any.
    if (prev.first..prev.last).any(|k| cx.quote_of[k] != 0) {
        return None;
    }
    // Only a name that opens the sentence speaks for the quote after: "The official also
    // said ..." names no one the quote can be given to, and in "A mother of a pupil at
    // Franklin told the panel ..." or "X, spokesman for President Y, said ..." the name
    // before the verb is not the one speaking.
    let opens = |sp: &SpeakerRef| {
        sp.words.0 >= prev.first
            && sp.words.1 > sp.words.0
            && (prev.first..sp.words.0).all(|k| {
                DETERMINERS.contains(&cx.norms[k])
                    || HONORIFICS.contains(&cx.norms[k].trim_end_matches('.'))
                    || is_name_word(cx, k)
            })
            && (sp.person.is_some()
                || (sp.words.0..sp.words.1).any(|k| {
                    is_capital(cx, k)
                        && !DETERMINERS.contains(&cx.norms[k])
                        && !ROLE_NOUNS.contains(&cx.norms[k])
                        && !th.lower.contains(cx.norms[k])
                }))
    };
    // A participle ("..., saying") has its subject further left than a verb of its own.
    let said = (prev.first..prev.last)
        .filter(|&v| SPEECH.contains(&cx.norms[v]) && !cx.norms[v].ends_with("ing"))
        .find_map(|v| speech_subject(cx, v, prev.first, Some(th)).filter(|sp| opens(sp)));
    if said.is_some() {
        return said;
    }
    // The person the sentence opens with, the subject of its verb (not "Smith's house",
    // not "Smith and Jones").
    let mut j = prev.first;
    while j < prev.last
        && (DETERMINERS.contains(&cx.norms[j])
            || HONORIFICS.contains(&cx.norms[j].trim_end_matches('.')))
    {
        j += 1;
    }
    let mi = cx.rec.mention_index(j)?;
    let m = &cx.rec.mentions[mi];
    if !matches!(m.kind, MentionKind::Person | MentionKind::Pronoun)
        || m.last >= prev.last
        || matches!(cx.norms[m.last], "'s" | "’s" | "and" | "'" | "’")
    {
        return None;
    }
    speaker_of_mention(cx, mi, prev.last).filter(|sp| sp.person.is_some())
}

/// For a quote opened at `open` right after a participle of saying that follows a comma
/// ("..., saying: “...”", "..., simply stating “...”", "..., calling it “...”"): the speaker
/// the sentence `s` opens with, the subject of the clause the participle hangs on, and the
/// participle as cue. Only when that subject stands at the sentence's start (after a
/// determiner or an honorific) and is followed by no possessive ("Smith's lawyer"), and no
/// other quote, semicolon or verb of saying stands between it and the participle (where a
/// second clause may have a subject of its own).
fn participle_speaker(
    cx: &Ctx<'_>,
    open: usize,
    s: usize,
    th: &Thorough<'_>,
) -> Option<(SpeakerRef, String)> {
    let sent = &cx.doc.sentences[s];
    let mut k = open;
    while k > sent.first && matches!(cx.norms[k - 1], ":" | ",") {
        k -= 1;
    }
    // The participle, with at most a few lower-case words between it and the quote ("calling
    // it", "describing the plan as").
    let t = (k.saturating_sub(5).max(sent.first + 1)..k).rev().find(|&t| {
        PARTICIPLES.contains(&cx.norms[t])
            && (t + 1..k).all(|x| {
                cx.doc.tokens[x].kind == Kind::Word && !is_capital(cx, x) && cx.quote_of[x] == 0
            })
    })?;
    // After a comma, or a comma and an adverb (", simply stating").
    let mut c = t - 1;
    if is_adverb(cx.norms[c]) && c > sent.first {
        c -= 1;
    }
    if cx.norms[c] != "," {
        return None;
    }
    // The subject opens the sentence: a mention (no noun after it taken in: that is the
    // verb), "he" or "she" for a person, else capitalised words or a role.
    let mut j = sent.first;
    while j < c
        && (DETERMINERS.contains(&cx.norms[j])
            || HONORIFICS.contains(&cx.norms[j].trim_end_matches('.')))
    {
        j += 1;
    }
    let (sp, b) = match cx.rec.mention_index(j) {
        Some(mi) => {
            let m = &cx.rec.mentions[mi];
            if m.kind == MentionKind::Pronoun && !matches!(cx.norms[m.first], "he" | "she") {
                return None;
            }
            // A bare role ("the spokesperson") speaks for the organisation named after it
            // ("for the White House", read by [`settle`]), else for one named before it, never
            // for its context's country ("the man" is no "Australia man").
            let bare = m.kind == MentionKind::Agent && m.last - m.first == 1 && !is_capital(cx, j);
            if bare && matches!(cx.norms.get(m.last).copied(), Some("for" | "of" | "at")) {
                let sp = SpeakerRef {
                    name: cx.doc.surface(j).to_string(),
                    person: None,
                    code: None,
                    title: None,
                    words: (j, m.last),
                };
                // The role phrase runs on to the comma, if any, that may open an apposition.
                let e = (m.last..(m.last + 6).min(c))
                    .find(|&x| cx.doc.tokens[x].kind != Kind::Word)
                    .unwrap_or(m.last);
                (sp, e)
            } else {
                let sp = speaker_of_mention(cx, mi, m.last)?;
                if (m.kind == MentionKind::Pronoun && sp.person.is_none())
                    || (bare && sp.words == (m.first, m.last))
                {
                    return None;
                }
                (sp, m.last)
            }
        }
        None => {
            let sp = speaker_after(cx, j, c, th)?;
            // Initials alone are a sentence cut at an abbreviation ("(R-S.C.) voiced").
            if (sp.words.0..sp.words.1).all(|x| cx.norms[x].trim_end_matches('.').len() < 2) {
                return None;
            }
            let b = sp.words.1;
            // "Assistant Secretary of the Air Force ... Marvin Sambur": a title, the name later.
            if sp.person.is_none() && cx.norms.get(b).copied() == Some("of") {
                return None;
            }
            (sp, b)
        }
    };
    if b >= c {
        return None;
    }
    // What follows the subject is its verb (or a modifier of the subject, "of X", "for X"),
    // not a noun it modifies ("Smith's lawyer", "the committee chairman"), a second subject
    // ("and"), or a bracket; a single word before a comma opens the sentence as an adverb
    // ("Conversely, ...").
    // "The mayor of London, Sadiq Khan, gave ...": the name in apposition to a role or an
    // organisation (a comma within a few words, then a person or capitalised words, then a
    // comma).
    let (sp, b) = match (b..(b + 6).min(c)).find(|&x| cx.norms[x] == ",") {
        Some(x) if sp.person.is_none() && (b..x).all(|y| cx.doc.tokens[y].kind == Kind::Word) => {
            let name = match cx.rec.mention_index(x + 1) {
                Some(mi) if cx.rec.mentions[mi].person.is_some() => {
                    speaker_of_mention(cx, mi, cx.rec.mentions[mi].last)
                }
                Some(_) => None,
                None => name_after(cx, x + 1, c, th).filter(|n| n.words.1 >= n.words.0 + 2),
            };
            match name {
                Some(n) if n.words.1 < c && cx.norms[n.words.1] == "," => {
                    let e = n.words.1 + 1;
                    (n, e)
                }
                _ => (sp, b),
            }
        }
        _ => (sp, b),
    };
    if b >= c {
        return None;
    }
    let next = cx.norms[b];
    if cx.doc.tokens[b].kind != Kind::Word && next != ","
        || is_capital(cx, b)
        || ROLE_NOUNS.contains(&next)
        || matches!(next, "'s" | "’s" | "'" | "’" | "and" | "or")
        || (next == "," && b < j + 2)
    {
        return None;
    }
    // A sentence cut after an abbreviation ("the Ninth U.S. | Circuit Court of Appeals,
    // saying") opens with no subject of its own.
    if sent.first > 0 {
        let w = cx.doc.surface(sent.first - 1);
        if w.ends_with('.') && w.len() <= 5 && w.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
    }
    // A second clause may have a subject of its own: "Iran demanded ..., and the Dutch
    // Foreign Ministry condemned the march, stating" (a noun phrase after "and" may as well be
    // a second object: no speaker either way).
    if (b..t).any(|x| {
        matches!(cx.norms[x], "and" | "but" | "while" | "whereas")
            && x + 1 < t
            && (is_capital(cx, x + 1)
                || DETERMINERS.contains(&cx.norms[x + 1])
                || cx.rec.mention_at[x + 1] != 0)
    }) {
        return None;
    }
    if (b..t).any(|x| {
        cx.quote_of[x] != 0
            || matches!(cx.norms[x], ";" | ":")
            || cx.doc.tokens[x].kind == Kind::OpenQuote
            || (SPEECH.contains(&cx.norms[x]) && x != t)
    }) {
        return None;
    }
    Some((sp, cx.norms[t].to_string()))
}

/// Participles of saying that open a quote after a comma: "..., saying “...”".
static PARTICIPLES: WordSet = WordSet::new(&[
    "saying",
    "adding",
    "stating",
    "noting",
    "writing",
    "explaining",
    "commenting",
    "declaring",
    "insisting",
    "warning",
    "arguing",
    "claiming",
    "calling",
    "describing",
    "remarking",
    "telling",
    "asking",
    "urging",
]);

/// Whether a quote closed at token `close` ends its sentence: nothing but a full stop follows
/// the closing mark before the next sentence.
fn ends_sentence(cx: &Ctx<'_>, close: usize) -> bool {
    let n = cx.doc.tokens.len();
    let starts = |k: usize| k >= n || cx.doc.sentences[cx.doc.sentence_of(k)].first == k;
    let a = close + 1;
    starts(a) || (matches!(cx.norms[a], "." | "!" | "?") && starts(a + 1))
}

/// Whether a speaker is a person named by their name (the recogniser's, or capitalised words
/// it missed), one "he" or "she" may stand for.
fn named_by_name(cx: &Ctx<'_>, sp: &SpeakerRef) -> bool {
    let (a, b) = sp.words;
    sp.person.is_some()
        || (sp.code.is_none()
            && sp.title.is_none()
            && b > a
            && (a..b).all(|k| cx.rec.mention_at[k] == 0)
            && (a..b).any(|k| cx.doc.tokens[k].is(CAP) && !cx.doc.tokens[k].is(ALLCAPS)))
}

/// The speaker named from token `j` on (up to `end`): a mention, capitalised words, or a role
/// noun for [`settle`] to read ("said the Treasurer", "according to a spokesman for X").
fn speaker_after(cx: &Ctx<'_>, j: usize, end: usize, th: &Thorough<'_>) -> Option<SpeakerRef> {
    let mut j = j;
    // "said Mr Debnam": the honorific is no part of the mention.
    while j < end
        && (DETERMINERS.contains(&cx.norms[j])
            || HONORIFICS.contains(&cx.norms[j].trim_end_matches('.')))
    {
        j += 1;
    }
    if j >= end {
        return None;
    }
    if person_at_or_none(cx, j)
        && let Some(sp) = described_name(cx, j, end, th)
    {
        return Some(sp);
    }
    if let Some(mi) = cx.rec.mention_index(j) {
        return speaker_of_mention(cx, mi, end);
    }
    if let Some(sp) = name_after(cx, j, end, th) {
        return Some(sp);
    }
    // A role, with the words that say whose it is ("official spokesman for Blair").
    let mut e = j;
    while e < end
        && e < j + 3
        && cx.doc.tokens[e].kind == Kind::Word
        && (!is_capital(cx, e) || ROLE_NOUNS.contains(&cx.norms[e]))
    {
        e += 1;
    }
    let head = (j..e).rev().find(|&k| ROLE_NOUNS.contains(&cx.norms[k]))?;
    // "said the chairman of the group, Ratan Tata": the name after the role.
    if let Some(c) = (head + 1..end.min(head + 8)).find(|&c| cx.norms[c] == ",")
        && c + 1 < end
    {
        // The name closes the phrase: "..., Ratan Tata." but not "..., Rumsfeld revoked".
        let closes = |e: usize| e >= end || cx.doc.tokens[e].kind != Kind::Word;
        if let Some(mi) = cx.rec.mention_index(c + 1)
            && cx.rec.mentions[mi].kind == MentionKind::Person
            && closes(cx.rec.mentions[mi].last)
        {
            return speaker_of_mention(cx, mi, end);
        }
        if let Some(sp) = name_after(cx, c + 1, end, th)
            && closes(sp.words.1)
        {
            return Some(sp);
        }
    }
    Some(SpeakerRef {
        name: cx.doc.slice(j, head + 1).to_string(),
        person: None,
        code: None,
        title: None,
        words: (j, head + 1),
    })
}

/// The person named after the words that describe them, from token `j` on (before `end`):
/// "said motel owner Ranjan Patel", "said his father, Abdullah Kurdi", "said acting ATF
/// director Michael Sullivan", "said Army Col. Romeo Ucag", "claims Flight International
/// writer John Ostrower". At most five describing words (nouns, adjectives and names; no
/// preposition, conjunction, relative, pronoun or verb form), an optional comma, then a person
/// the recogniser found or two to four capitalised words that are no place, closed by a mark,
/// the end or a lower-case word ("... Rob Hunt of PwC").
fn described_name(cx: &Ctx<'_>, j: usize, end: usize, th: &Thorough<'_>) -> Option<SpeakerRef> {
    let describes = |k: usize| {
        let t = &cx.doc.tokens[k];
        let w = cx.norms[k];
        let verb_form = (w.ends_with("ing") || w.ends_with("ed"))
            && !matches!(
                w,
                "acting" | "retired" | "leading" | "ruling" | "managing" | "founding" | "elected"
            );
        t.kind == Kind::Word
            && cx.quote_of[k] == 0
            && !SPEECH.contains(&w)
            && !PREPOSITIONS.contains(&w)
            && !matches!(w, "and" | "or" | "but" | "who" | "whom" | "which" | "that" | "as" | "to")
            && !PRONOUN_WORDS.contains(&w)
            && (is_capital(cx, k) || (!verb_form && !is_adverb(w)))
    };
    let mut run = j;
    while run < end && run < j + 5 && person_at_or_none(cx, run) && describes(run) {
        run += 1;
    }
    let closes = |k: usize| {
        k >= end || cx.doc.tokens[k].kind != Kind::Word || !is_capital(cx, k) && cx.quote_of[k] == 0
    };
    // The name is what follows the describing words; capitalised words in the run may be
    // either, so the longest description first ("Prime Minister | Milo Djukanovic").
    for e in (j + 1..=run).rev() {
        let last = e - 1;
        let at = if e < end && cx.norms[e] == "," { e + 1 } else { e };
        if at >= end {
            continue;
        }
        if let Some(mi) = cx.rec.mention_index(at)
            && cx.rec.mentions[mi].kind == MentionKind::Person
        {
            if closes(cx.rec.mentions[mi].last) {
                return speaker_of_mention(cx, mi, end);
            }
            continue;
        }
        // A capitalised word right before capitalised words the recogniser did not read as
        // a person is the name's own ("Government Computer News", "Workers World Party"),
        // unless an acronym, an honorific or a person's title ("Army Col. Romeo Ucag",
        // "Detective Inspector Steven Jones").
        if is_capital(cx, last)
            && !cx.doc.tokens[last].is(ALLCAPS)
            && !HONORIFICS.contains(&cx.norms[last].trim_end_matches('.'))
            && !HOLDER_TITLES.contains(&cx.norms[last])
        {
            continue;
        }
        if let Some(sp) = name_after(cx, at, end, th) {
            let (a, b) = sp.words;
            let is_place = (a..b).any(|k| cx.place_at.get(k).is_some_and(|&p| p != 0));
            if sp.person.is_some() || (b - a >= 2 && b - a <= 4 && !is_place && closes(b)) {
                return Some(sp);
            }
        }
    }
    None
}

/// Titles held by one person, which may stand capitalised right before the holder's name
/// ("Delegate A. Donald McEachin"); no body's name ("Government", "Party", "News").
static HOLDER_TITLES: WordSet = WordSet::new(&[
    "minister",
    "senator",
    "representative",
    "congressman",
    "congresswoman",
    "delegate",
    "director",
    "chairman",
    "chairwoman",
    "president",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "officer",
    "inspector",
    "detective",
    "superintendent",
    "commissioner",
    "sheriff",
    "commander",
    "general",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "major",
    "admiral",
    "chief",
    "executive",
    "campaigner",
    "founder",
    "manager",
    "coach",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "archbishop",
    "cardinal",
    "imam",
    "rabbi",
    "councillor",
    "councilor",
    "alderman",
    "ceo",
    "cfo",
]);

/// Whether token `k` is no word of a person the recogniser found.
fn person_at_or_none(cx: &Ctx<'_>, k: usize) -> bool {
    cx.rec.mention(k).is_none_or(|m| m.kind != MentionKind::Person)
}

fn is_capital(cx: &Ctx<'_>, k: usize) -> bool {
    let t = &cx.doc.tokens[k];
    t.is(CAP) || t.is(ALLCAPS)
}

/// Whether token `k` may be a word of a name the recogniser missed: a capitalised word (or a
/// name particle) outside quotes that is no mention of a person, a country or a pronoun, no
/// pronoun, article, month or day.
fn is_name_word(cx: &Ctx<'_>, k: usize) -> bool {
    let t = &cx.doc.tokens[k];
    let w = cx.norms[k];
    // "al-Baluchi": a particle joined to a capitalised name.
    let joined = w.split_once('-').is_some_and(|(p, _)| NAME_PARTICLES.contains(&p))
        && cx
            .doc
            .surface(k)
            .split_once('-')
            .is_some_and(|(_, r)| r.chars().next().is_some_and(char::is_uppercase));
    t.kind == Kind::Word
        && cx.quote_of[k] == 0
        && ((is_capital(cx, k) && !not_name_word(w) && !SPEECH.contains(&w))
            || NAME_PARTICLES.contains(&w)
            || joined)
        && cx
            .rec
            .mention(k)
            .is_none_or(|m| matches!(m.kind, MentionKind::Actor | MentionKind::Agent))
}

/// Capitalised words ending at `end` (exclusive), none before `start`, as a speaker.
fn name_before(cx: &Ctx<'_>, start: usize, end: usize, th: &Thorough<'_>) -> Option<SpeakerRef> {
    let mut a = end;
    while a > start && end - a < 6 && is_name_word(cx, a - 1) {
        a -= 1;
    }
    name_ref(cx, a, end, th)
}

/// Capitalised words from `first` on (before `end`), as a speaker.
fn name_after(cx: &Ctx<'_>, first: usize, end: usize, th: &Thorough<'_>) -> Option<SpeakerRef> {
    let mut b = first;
    while b < end && b - first < 6 && is_name_word(cx, b) {
        b += 1;
    }
    name_ref(cx, first, b, th)
}

/// The speaker that the capitalised words `a..b` name, once particles at either end, words
/// the article also writes in lower case at its start ("Critics", "President") and role
/// nouns are left out; a single word that is the last word of a person of the article, or
/// that an earlier "Given Surname" of the article completes, is that person.
fn name_ref(cx: &Ctx<'_>, a: usize, b: usize, th: &Thorough<'_>) -> Option<SpeakerRef> {
    let (mut a, mut b) = (a, b);
    while a < b && (NAME_PARTICLES.contains(&cx.norms[a]) || th.lower.contains(cx.norms[a])) {
        a += 1;
    }
    while b > a && NAME_PARTICLES.contains(&cx.norms[b - 1]) {
        b -= 1;
    }
    if a >= b
        || (a..b).all(|k| {
            ROLE_NOUNS.contains(&cx.norms[k])
                || HONORIFICS.contains(&cx.norms[k].trim_end_matches('.'))
        })
    {
        return None;
    }
    let last = cx.doc.surface(b - 1);
    let known: Vec<usize> = (0..cx.rec.people.len())
        .filter(|&p| cx.rec.people[p].name.rsplit(' ').next() == Some(last))
        .collect();
    if let [p] = known[..] {
        return Some(person_speaker(cx, p, (a, b)));
    }
    let mut name = cx.doc.slice(a, b).to_string();
    if b == a + 1 && !cx.doc.tokens[a].is(ALLCAPS) {
        // "Kronfol said" after "Algebra Capital Managing Director Dino Kronfol says".
        let w = cx.norms[a];
        let earlier = (1..a).find(|&k| {
            cx.norms[k] == w
                && is_name_word(cx, k - 1)
                && !NAME_PARTICLES.contains(&cx.norms[k - 1])
                && !th.lower.contains(cx.norms[k - 1])
                && !ROLE_NOUNS.contains(&cx.norms[k - 1])
                && !matches!(cx.norms[k - 1], "mr" | "mrs" | "ms" | "dr" | "mr." | "mrs." | "dr.")
        });
        if let Some(k) = earlier {
            name = cx.doc.slice(k - 1, k + 1).to_string();
        }
    }
    Some(SpeakerRef { name, person: None, code: None, title: None, words: (a, b) })
}

/// The speaker as listed: a name stays; a role or a kind of source ("officials", "a spokesman
/// for the ministry", "the Treasurer") becomes the organisation named after it ("for the
/// Foreign Ministry", its name, the role as title), else the one person of the article whose
/// title holds the role, else its actor's country with the role ("Australia government"),
/// else no one.
fn settle(cx: &Ctx<'_>, sp: &SpeakerRef) -> Option<SpeakerRef> {
    if sp.person.is_some() {
        return Some(sp.clone());
    }
    let words: Vec<&str> = sp
        .name
        .split_whitespace()
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    // A capitalised word that is no role noun, or an acronym ("US", "WHO").
    let proper = |w: &&str| {
        let l = w.to_lowercase();
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()))
            || (w.chars().next().is_some_and(char::is_uppercase)
                && !ROLE_NOUNS.contains(&l.as_str())
                && !not_name_word(l.as_str()))
    };
    // "I'm" is no name either.
    let pronoun = words.first().is_some_and(|w| {
        let l = w.to_lowercase().replace('’', "'");
        let acronym = w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) && w.len() > 1;
        !acronym && PRONOUN_WORDS.contains(&l.split('\'').next().unwrap_or(""))
    });
    if pronoun {
        return None;
    }
    let n = cx.doc.tokens.len();
    let (a, b) = sp.words;
    // "NASA official Doug Cooke": the person the role is followed by.
    if b > a
        && b < n
        && ROLE_NOUNS.contains(&cx.norms[b - 1])
        && let Some(m) = cx.rec.mention(b)
        && let Some(p) = m.person
    {
        return Some(person_speaker(cx, p, (m.first, m.last)));
    }
    if words.iter().any(proper) {
        return Some(sp.clone());
    }
    // "a spokesman for the Foreign Ministry", "officials of the company".
    if b > a {
        let of = (a..(b + 2).min(n)).find(|&t| matches!(cx.norms[t], "for" | "of" | "at"));
        if let Some(t) = of {
            let mut j = t + 1;
            while j < n && DETERMINERS.contains(&cx.norms[j]) {
                j += 1;
            }
            if let Some(mi) = cx.rec.mention_index(j) {
                let m = &cx.rec.mentions[mi];
                if matches!(
                    m.kind,
                    MentionKind::Actor | MentionKind::Country | MentionKind::Capital
                ) && let Some(code) = m.code.clone()
                {
                    return Some(SpeakerRef {
                        name: cx.doc.slice(m.first, m.last).to_string(),
                        person: None,
                        code: Some(code),
                        title: Some(cx.doc.slice(a, t).to_string()),
                        words: (m.first, m.last),
                    });
                }
            }
        }
    }
    // "said a statement issued by the Foreign Ministry", "read a report by the IMF": a
    // document speaks for who issued it, named after it; "the statement said" for who issued
    // the statement the article named last before it.
    // "a press release": the role noun "press" ends the speaker's words.
    let d = if b < n && DOCUMENTS.contains(&cx.norms[b]) { b + 1 } else { b };
    if d > a && DOCUMENTS.contains(&cx.norms[d - 1]) {
        if let Some(sp) = issuer_after(cx, d) {
            return Some(sp);
        }
        let doc = cx.norms[d - 1];
        if d >= 2 && matches!(cx.norms[d - 2], "the" | "this" | "that") {
            return issuer_of_document_before(cx, d.saturating_sub(400), d - 2, |w| w == doc);
        }
    }
    // "said the Treasurer": the one person of the article with that title, or named right
    // after it ("Treasurer Peter Costello").
    let head = words.last().map(|w| w.to_lowercase());
    if let Some(head) = head.as_deref().filter(|h| ROLE_NOUNS.contains(h)) {
        let holders: Vec<usize> = (0..cx.rec.people.len())
            .filter(|&p| {
                cx.rec.people[p].title.as_deref().is_some_and(|t| {
                    t.split(|c: char| !c.is_alphanumeric() && c != '-')
                        .any(|w| w.eq_ignore_ascii_case(head))
                }) || cx.rec.mentions.iter().any(|m| {
                    m.person == Some(p)
                        && (m.first.saturating_sub(1)..m.last).any(|k| cx.norms[k] == head)
                })
            })
            .collect();
        if let [p] = holders[..] {
            return Some(person_speaker(cx, p, sp.words));
        }
    }
    // "police" coded BRACOP: Brazil's police.
    if words.is_empty() || words.iter().any(|w| PRONOUN_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let country = sp.code.as_deref().and_then(|c| c.get(..3)).and_then(|c| cx.dict.country(c));
    let name = match country {
        Some(c) => format!("{} {}", c.name, words.join(" ")),
        // "human rights groups" coded NGO: a body of no country, named by its words.
        None if sp.code.as_deref() == Some("NGO") => words.join(" "),
        None => return None,
    };
    Some(SpeakerRef { name, person: None, code: sp.code.clone(), title: None, words: sp.words })
}

/// The issuer of the document named last in tokens `from..before` (outside quotes; `is_doc`
/// says which words name it): named after it ("a statement issued by X") or before it as the
/// subject of issuing it ("X issued a statement").
fn issuer_of_document_before(
    cx: &Ctx<'_>,
    from: usize,
    before: usize,
    is_doc: impl Fn(&str) -> bool,
) -> Option<SpeakerRef> {
    let d = (from..before).rev().find(|&k| is_doc(cx.norms[k]) && cx.quote_of[k] == 0)?;
    issuer_after(cx, d + 1).or_else(|| issuer_before(cx, d))
}

/// The issuer named after a document that ends before `d`: "(a statement) issued by X",
/// "(a report) from X"; not a news medium, whose report relays the words of others ("...,
/// according to a report by al-Jazeera").
fn issuer_after(cx: &Ctx<'_>, d: usize) -> Option<SpeakerRef> {
    let n = cx.doc.tokens.len();
    let mut t = d;
    while t < n && t < d + 3 && ISSUED.contains(&cx.norms[t]) {
        t += 1;
    }
    if t >= n || !matches!(cx.norms[t], "by" | "from") {
        return None;
    }
    let mut j = t + 1;
    while j < n && DETERMINERS.contains(&cx.norms[j]) {
        j += 1;
    }
    issuer_mention(cx, cx.rec.mention_index(j)?)
}

/// The issuer of a document at `k` named before it as the subject of issuing it: "the
/// Interior Ministry issued a statement", "Iran has released a statement".
fn issuer_before(cx: &Ctx<'_>, k: usize) -> Option<SpeakerRef> {
    let mut v = k;
    while v > 0 && (DETERMINERS.contains(&cx.norms[v - 1]) || cx.norms[v - 1] == "joint") {
        v -= 1;
    }
    if v == 0 || !ISSUED.contains(&cx.norms[v - 1]) || cx.norms[v - 1] == "out" {
        return None;
    }
    let mut s = v - 1;
    while s > 0 && matches!(cx.norms[s - 1], "has" | "have" | "had" | "also" | "today") {
        s -= 1;
    }
    if s == 0 {
        return None;
    }
    let mi = cx.rec.mention_index(s - 1)?;
    if cx.rec.mentions[mi].last != s {
        return None;
    }
    issuer_mention(cx, mi)
}

/// A mention as the issuer of a document: a person, or an organisation or country that is no
/// news medium.
fn issuer_mention(cx: &Ctx<'_>, mi: usize) -> Option<SpeakerRef> {
    let m = &cx.rec.mentions[mi];
    if let Some(p) = m.person {
        return Some(person_speaker(cx, p, (m.first, m.last)));
    }
    let code = m.code.clone()?;
    (matches!(m.kind, MentionKind::Actor | MentionKind::Country | MentionKind::Capital)
        && !crate::speech::is_media(&code))
    .then(|| SpeakerRef {
        name: cx.doc.slice(m.first, m.last).to_string(),
        person: None,
        code: Some(code),
        title: None,
        words: (m.first, m.last),
    })
}

/// Documents that speak for who issued them: "said a statement from the ministry".
static DOCUMENTS: WordSet = WordSet::new(&[
    "statement",
    "statements",
    "release",
    "letter",
    "report",
    "communiqué",
    "communique",
    "message",
    "note",
    "declaration",
]);

/// Words between a document and its issuer: "a statement issued by", "a letter sent from".
static ISSUED: WordSet =
    WordSet::new(&["issued", "released", "published", "sent", "put", "out", "signed", "posted"]);

/// Honorifics before a surname.
/// Honorifics and abbreviated titles before a name ("Mr", "Sen.", "Col."): no name alone.
static HONORIFICS: WordSet = WordSet::new(&[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "prof",
    "professor",
    "dame",
    "lord",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "cpl",
    "maj",
    "adm",
    "cmdr",
    "insp",
    "supt",
    "pres",
    "rev",
    "hon",
    "fr",
    "cllr",
]);

/// Pronouns: never a speaker's name.
static PRONOUN_WORDS: WordSet = WordSet::new(&[
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "its", "his", "their",
    "our", "us", "me", "who",
]);

/// Capitalised words that do not start or make a name.
fn not_name_word(w: &str) -> bool {
    comity_recognise::is_function_word(w) || matches!(w, "speaking" | "us" | "local")
}

/// Small words inside names ("Osama bin Laden", "Rodrigo de Rato").
static NAME_PARTICLES: WordSet = WordSet::new(&[
    "al", "al-", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
    "el", "dos", "das", "del", "ben", "abu",
]);

/// Lower-case words that name a role, an office or a kind of source rather than who holds it
/// or speaks: "officials said", "said the Treasurer", "reports indicate".
static ROLE_NOUNS: WordSet = WordSet::new(&[
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "official",
    "officials",
    "spokesman",
    "spokesmen",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "police",
    "policeman",
    "policemen",
    "ministry",
    "government",
    "authorities",
    "authority",
    "source",
    "sources",
    "report",
    "reports",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "witness",
    "witnesses",
    "eyewitness",
    "eyewitnesses",
    "resident",
    "residents",
    "observer",
    "observers",
    "diplomat",
    "diplomats",
    "company",
    "agency",
    "department",
    "office",
    "military",
    "army",
    "president",
    "minister",
    "treasurer",
    "chairman",
    "chairwoman",
    "director",
    "leader",
    "leaders",
    "officer",
    "officers",
    "representative",
    "representatives",
    "member",
    "members",
    "group",
    "committee",
    "council",
    "court",
    "judge",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "attorney",
    "doctor",
    "doctors",
    "scientist",
    "scientists",
    "researcher",
    "researchers",
    "investigator",
    "investigators",
    "organizer",
    "organizers",
    "organiser",
    "organisers",
    "people",
    "man",
    "woman",
    "men",
    "women",
    "media",
    "newspaper",
    "paper",
    "website",
    "statement",
    "study",
    "poll",
    "polls",
    "survey",
    "senator",
    "governor",
    "mayor",
    "secretary",
    "chief",
    "commander",
    "general",
    "colonel",
    "captain",
    "student",
    "students",
    "protester",
    "protesters",
    "teacher",
    "teachers",
    "girls",
    "boys",
    "country",
    "state",
    "administration",
    "regime",
    "party",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "prince",
    "premier",
    "chancellor",
    "coach",
    "manager",
    "ceo",
    "executive",
    "founder",
    "head",
    "boss",
    "staff",
    "employees",
    "workers",
    "critics",
    "supporters",
    "opponents",
    "activists",
    "campaigners",
    "organization",
    "organisation",
    "foundation",
    "institute",
    "association",
    "board",
    "firm",
    "spokesperson",
    "sheriff",
    "detective",
    "inspector",
    "superintendent",
    "commissioner",
    "cabinet",
    "parliament",
    "legislature",
    "union",
    "bank",
    "news",
    "press",
    "agencies",
    "officers",
    "troops",
    "soldiers",
    "rebels",
    "militants",
    "insurgents",
    "villagers",
    "locals",
    "citizens",
    "voters",
    "fans",
    "family",
    "relatives",
    "friends",
    "neighbours",
    "neighbors",
    "colleagues",
    "lawmakers",
    "legislators",
    "delegates",
    "participants",
    "passengers",
    "victims",
    "survivors",
    "patients",
    "customers",
    "users",
    "readers",
    "viewers",
    "listeners",
    "critic",
    "supporter",
    "opponent",
    "activist",
]);

/// Finds reported claims: "according to X", "X noted that ...", "reports indicate that ...".
pub(crate) fn find_claims(cx: &mut Ctx<'_>) {
    let mut claims: Vec<Claim> = Vec::new();
    for s in &cx.doc.sentences {
        let (first, last) = (s.first, s.last);
        // Every claim lies within its sentence: those of this one start here.
        let here = claims.len();
        let mut end = last;
        while end > first && matches!(cx.norms[end - 1], "." | "!" | "?")
            || (end > first
                && cx.doc.tokens[end - 1].kind == Kind::CloseQuote
                && cx.quote_of[end - 1] == 0
                && end == last)
        {
            end -= 1;
        }
        for k in first..last {
            if cx.quote_of[k] != 0 {
                continue;
            }
            // "according to X"
            if cx.norms[k] == "according" && k + 2 < last && cx.norms[k + 1] == "to" {
                let mut j = k + 2;
                while j < last && DETERMINERS.contains(&cx.norms[j]) {
                    j += 1;
                }
                // "according to a report by the Times": the one who reports speaks.
                if j + 2 < last
                    && REPORTS.contains(&cx.norms[j])
                    && matches!(cx.norms[j + 1], "by" | "in" | "from" | "of" | "on" | "with")
                {
                    j += 2;
                    while j < last && DETERMINERS.contains(&cx.norms[j]) {
                        j += 1;
                    }
                }
                let speaker = match cx.rec.mention_index(j) {
                    Some(mi) => speaker_of_mention(cx, mi, last),
                    None => {
                        // Four words, or a longer capitalised name ("the Stockholm
                        // International Peace Research Institute"), up to the next determiner
                        // ("According to The Boston Globe the Obama administration ...").
                        let named = |e: usize| {
                            (cx.doc.tokens[e].is(comity_text::CAP)
                                && !comity_text::WEEKDAYS.contains(&cx.norms[e]))
                                || matches!(cx.norms[e], "of" | "for" | "and" | "on")
                        };
                        let mut e = j;
                        while e < last
                            && cx.doc.tokens[e].kind == Kind::Word
                            && (e - j < 4 || (e - j < 7 && named(e) && named(e - 1)))
                            && !(e > j && DETERMINERS.contains(&cx.norms[e]))
                        {
                            e += 1;
                        }
                        // (A name does not end in "of": "the Times of India" is whole.)
                        while e > j + 1 && matches!(cx.norms[e - 1], "of" | "for" | "and" | "on") {
                            e -= 1;
                        }
                        (e > j).then(|| SpeakerRef {
                            name: cx.doc.slice(j, e).to_string(),
                            person: None,
                            code: None,
                            title: None,
                            words: (j, e),
                        })
                    }
                };
                let Some(speaker) = speaker else { continue };
                // "At the same time, according to Syrian sources, the Turkish troops were
                // shelling ...": after a short opening phrase that names no actor the cue
                // comes first too, when a clause follows the speaker.
                let comma_after = (j..end).find(|&c| cx.norms[c] == ",");
                let opening = k > first
                    && k - first <= 6
                    && cx.norms[k - 1] == ","
                    && (first..k).all(|t| cx.rec.mention_index(t).is_none())
                    && comma_after.is_some_and(|c| end > c + 3);
                let (a, b) = if k == first
                    || (k == first + 1 && matches!(cx.norms[first], "and" | "but"))
                    || opening
                {
                    // Cue first: the claim follows the comma after the speaker, or the
                    // speaker itself where no comma sets it off ("According to The Boston
                    // Globe the Obama administration has sent ...").
                    match comma_after {
                        Some(c) => (c + 1, end),
                        None => (speaker.words.1.max(j), end),
                    }
                } else {
                    let mut b = k;
                    while b > first && cx.norms[b - 1] == "," {
                        b -= 1;
                    }
                    (first.max(b.saturating_sub(MAX_CLAIM)), b)
                };
                if b > a + 2 {
                    claims.push(Claim {
                        first: a,
                        last: b,
                        shown: Some(speaker.clone()),
                        speaker,
                        cue: "according to".into(),
                    });
                }
                continue;
            }
            // "X noted that ...", "X pointed out that ...", "reports indicate that ..."
            if !SPEECH.contains(&cx.norms[k]) {
                continue;
            }
            let mut c = k + 1;
            if c < last && cx.norms[c] == "out" {
                c += 1;
            }
            let mut t = c;
            while t < last
                && t < c + 4
                && cx.norms[t] != "that"
                && !matches!(cx.norms[t], "." | "," | ";")
                && cx.doc.tokens[t].kind != Kind::OpenQuote
            {
                t += 1;
            }
            let cue_end = if t < last && cx.norms[t] == "that" {
                t + 1
            } else if let Some(c) = clause_after(cx, k, last) {
                // "Russia said Georgian forces had shelled Tskhinvali", "The army said it
                // captured 13 insurgents": the clause needs no "that".
                c
            } else {
                continue;
            };
            let start = cue_end;
            if start >= end || cx.doc.tokens[start].kind == Kind::OpenQuote {
                continue;
            }
            // "A militant leader is reported to have claimed that": the subject of "is".
            let v = if k > first + 1
                && matches!(cx.norms[k - 1], "is" | "was" | "are" | "were")
                && cx.norms.get(k + 1) == Some(&"to")
            {
                k - 1
            } else {
                k
            };
            let Some(speaker) = speech_subject(cx, v, first, None) else { continue };
            if end > start + 2 {
                let cue = cx.doc.slice(k, cue_end).to_string();
                claims.push(Claim {
                    first: start,
                    last: end.min(start + MAX_CLAIM),
                    shown: Some(speaker.clone()),
                    speaker,
                    cue,
                });
            }
        }
        // "Seven soldiers were killed, the army said.", "..., said police spokesman Li Wei.":
        // the clause before a closing attribution is the speaker's claim, unless a claim of
        // the sentence's cues already covers it.
        if let Some(c) = closing_attribution(cx, first, last)
            && !claims[here..].iter().any(|x| x.first < c.last && c.first < x.last)
        {
            claims.push(c);
        }
    }
    claims.sort_by_key(|c| c.first);
    // Per token, the first claim holding it: each claim is at most MAX_CLAIM tokens long, so
    // this is linear in the article.
    let mut claim_at = vec![0u32; cx.doc.tokens.len()];
    for (i, c) in claims.iter().enumerate() {
        for t in &mut claim_at[c.first..c.last] {
            if *t == 0 {
                *t = i as u32 + 1;
            }
        }
    }
    cx.claims = claims;
    cx.claim_at = claim_at;
}

/// Words for what a source published or said, before the source ("a report by", "an
/// interview with").
static REPORTS: comity_text::WordSet = comity_text::WordSet::new(&[
    "report",
    "reports",
    "story",
    "article",
    "interview",
    "figures",
    "statement",
    "survey",
    "study",
    "poll",
    "documents",
    "data",
    "estimates",
    "sources",
]);

/// The longest reported claim, in tokens: a claim runs from its cue to the end of its sentence
/// (or from the sentence's start to "according to"), but no further than this, so that a
/// sentence of a million words with a claim cue every few words does not make every claim
/// hold the rest of it. News sentences are far shorter.
const MAX_CLAIM: usize = 400;

/// Where the clause a verb of saying at `v` reports starts when no "that" opens it: right
/// after the verb (past an audience after "told": "told reporters he ..."), at a word that
/// opens a subject (a pronoun, a name, a determiner, a number). None for anything else ("said
/// on Monday", "said in a statement").
fn clause_after(cx: &Ctx<'_>, v: usize, last: usize) -> Option<usize> {
    if !matches!(
        cx.norms[v],
        "said"
            | "says"
            | "say"
            | "claimed"
            | "claims"
            | "added"
            | "stated"
            | "told"
            | "tells"
            | "insisted"
            | "argued"
            | "alleged"
            | "warned"
    ) {
        return None;
    }
    let mut c = v + 1;
    if matches!(cx.norms[v], "told" | "tells" | "warned") {
        // The audience: "reporters", "the BBC", "journalists".
        if c < last && matches!(cx.norms[c], "reporters" | "journalists" | "the" | "a") {
            c += 1;
        }
        match cx.rec.mention_index(c) {
            Some(mi) if cx.rec.mentions[mi].first == c => c = cx.rec.mentions[mi].last,
            _ if c > v + 1 && matches!(cx.norms[c - 1], "reporters" | "journalists") => {}
            _ => return None,
        }
    }
    if c + 2 >= last || cx.doc.tokens[c].kind == Kind::OpenQuote {
        return None;
    }
    let w = cx.norms[c];
    let opens = matches!(
        w,
        "he" | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "there"
            | "the"
            | "its"
            | "his"
            | "her"
            | "their"
            | "a"
            | "an"
            | "all"
            | "both"
            | "some"
            | "many"
            | "several"
    ) || cx.doc.tokens[c].kind == Kind::Number
        || cx.rec.mention_index(c).is_some_and(|mi| cx.rec.mentions[mi].first == c);
    opens.then_some(c)
}

/// The claim of a sentence from `first` to `last` that ends in an attribution after its last
/// comma ("..., the Iraqi military said.", "..., police said on Monday.", "..., said Li Wei, a
/// spokesman."): the clause before the comma (no direct quote in it), its speaker and the
/// cue.
fn closing_attribution(cx: &Ctx<'_>, first: usize, last: usize) -> Option<Claim> {
    let mut end = last;
    while end > first && matches!(cx.norms[end - 1], "." | "!" | "?") {
        end -= 1;
    }
    let comma = (first..end).rev().take(12).find(|&k| cx.norms[k] == ",")?;
    if comma < first + 4 || (first..end).any(|k| cx.quote_of[k] != 0) {
        return None;
    }
    let tail = comma + 1..end;
    if tail.clone().any(|k| matches!(cx.doc.tokens[k].kind, Kind::OpenQuote | Kind::CloseQuote)) {
        return None;
    }
    let v = tail.clone().find(|&k| {
        matches!(cx.norms[k], "said" | "says" | "say" | "reported" | "added" | "told" | "claimed")
    })?;
    // Only a time, a place or an audience after the verb: "..., Medvedev said the troops
    // would leave" says its own clause.
    if (v + 1..end).any(|k| {
        matches!(
            cx.norms[k],
            "that"
                | "would"
                | "will"
                | "had"
                | "has"
                | "have"
                | "was"
                | "were"
                | "is"
                | "are"
                | "could"
                | "should"
                | "must"
                | "can"
                | "did"
                | "may"
                | "might"
                | "to"
        )
    }) {
        return None;
    }
    let speaker = if v == comma + 1 {
        // "..., said Li Wei": the speaker after the verb.
        let mut j = v + 1;
        while j < end && DETERMINERS.contains(&cx.norms[j]) {
            j += 1;
        }
        let mi = cx.rec.mention_index(j)?;
        speaker_of_mention(cx, mi, end)?
    } else {
        // "..., the Iraqi military said": the words between the comma and the verb name the
        // speaker, and nothing else stands there.
        let sp = speech_subject(cx, v, comma + 1, None)?;
        if sp.words.0 < comma + 1 {
            return None;
        }
        sp
    };
    Some(Claim {
        first: first.max(comma.saturating_sub(MAX_CLAIM)),
        last: comma,
        shown: Some(speaker.clone()),
        speaker,
        cue: cx.norms[v].to_string(),
    })
}
