//! Direct quotes, their speakers, and reported claims ("according to", "noted that").

use crate::grammar::{DETERMINERS, SPEECH, VERB_GROUP, is_adverb};
use crate::{Claim, Ctx, QuoteSpan, SpeakerRef};
use comity_recognise::MentionKind;
use comity_text::{Kind, NEWLINE_BEFORE};

/// Pairs quotation marks. An unclosed quote ends at its paragraph's end.
pub(crate) fn find_quote_spans(cx: &mut Ctx<'_>) {
    let toks = &cx.doc.tokens;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if toks[i].kind != Kind::OpenQuote {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n
            && toks[j].kind != Kind::CloseQuote
            && !toks[j].is(NEWLINE_BEFORE)
            && toks[j].kind != Kind::OpenQuote
        {
            j += 1;
        }
        let closed = j < n && toks[j].kind == Kind::CloseQuote;
        if j > i + 1 {
            let qi = cx.quotes.len() as u32 + 1;
            for k in i + 1..j {
                cx.quote_of[k] = qi;
            }
            cx.quotes.push(QuoteSpan { open: i, close: j, speaker: None, cue: None });
        }
        i = if closed { j + 1 } else { j };
    }
}

fn speaker_of_mention(cx: &Ctx<'_>, mi: usize, upto: usize) -> Option<SpeakerRef> {
    let m = &cx.rec.mentions[mi];
    let target =
        if m.kind == MentionKind::Pronoun && m.agent.is_none() { cx.antecedent[mi]? } else { mi };
    let t = &cx.rec.mentions[target];
    if let Some(p) = t.person {
        return Some(SpeakerRef {
            name: cx.rec.people[p].name.clone(),
            person: Some(p),
            code: cx.rec.people[p].code.clone(),
        });
    }
    // A pronoun speaks for its antecedent: "it" or "they" is never a speaker's name.
    if target != mi {
        let code = crate::actor_of(cx, mi, None).map(|a| a.code);
        return Some(SpeakerRef {
            name: cx.doc.slice(t.first, t.last).to_string(),
            person: None,
            code,
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
        && last - m.last < 2
    {
        last += 1;
    }
    let code = crate::actor_of(cx, mi, None).map(|a| a.code);
    Some(SpeakerRef { name: cx.doc.slice(m.first, last).to_string(), person: None, code })
}

/// The mention that is the subject of a speech verb at `v`, looking left.
fn speech_subject(cx: &Ctx<'_>, v: usize, start: usize) -> Option<SpeakerRef> {
    let mut k = v;
    while k > start
        && (VERB_GROUP.contains(&cx.norms[k - 1])
            || is_adverb(cx.norms[k - 1])
            || matches!(cx.norms[k - 1], "has" | "have" | "had" | "also"))
    {
        k -= 1;
    }
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
        return Some(SpeakerRef { name: cx.doc.slice(a, k).to_string(), person: None, code: None });
    }
    None
}

/// Ties each direct quote to its speaker.
pub(crate) fn find_speakers(cx: &mut Ctx<'_>) {
    let n = cx.doc.tokens.len();
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
    for qi in 0..cx.quotes.len() {
        let q = cx.quotes[qi].clone();
        let s_open = cx.doc.sentence_of(q.open);
        let s_close = cx.doc.sentence_of(q.close.min(n.saturating_sub(1)));
        let close_sent = &cx.doc.sentences[s_close.min(cx.doc.sentences.len() - 1)];
        let mut found: Option<(SpeakerRef, String)> = None;
        // After the closing mark: ", Ignatov said." / ", she said." / ", said Lee."
        let a = q.close + 1;
        if a < n && a < close_sent.last + 4 {
            let end = (a + 8).min(n);
            for k in a..end {
                if cx.quote_of[k] != 0 || cx.doc.tokens[k].kind == Kind::OpenQuote {
                    break;
                }
                if SPEECH.contains(&cx.norms[k]) {
                    // Speaker then verb: ", Ignatov said", ", she said".
                    if let Some(sp) = speech_subject(cx, k, a) {
                        found = Some((sp, cx.norms[k].to_string()));
                        break;
                    }
                    // Verb then speaker: ", said Lee" (not "told reporters": that is the audience).
                    if !matches!(cx.norms[k], "told" | "tells") {
                        let mut j = k + 1;
                        while j < end && DETERMINERS.contains(&cx.norms[j]) {
                            j += 1;
                        }
                        if let Some(mi) = cx.rec.mention_index(j) {
                            found = speaker_of_mention(cx, mi, end)
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
        // Before the opening mark: "Ignatov said: “...”".
        if found.is_none() && q.open > 0 {
            let open_sent = &cx.doc.sentences[s_open];
            let mut k = q.open;
            while k > open_sent.first && matches!(cx.norms[k - 1], ":" | "," | "that") {
                k -= 1;
            }
            if k > open_sent.first && SPEECH.contains(&cx.norms[k - 1]) {
                if let Some(sp) = speech_subject(cx, k - 1, open_sent.first) {
                    found = Some((sp, cx.norms[k - 1].to_string()));
                }
            } else if k > open_sent.first + 1
                && cx.norms[k - 1] == "out"
                && matches!(cx.norms[k - 2], "pointed" | "points")
                && let Some(sp) = speech_subject(cx, k - 2, open_sent.first)
            {
                found = Some((sp, "pointed out".into()));
            }
        }
        // A quoted phrase inside a sentence: the nearest person before it ("Putin thanked “...”").
        if found.is_none() {
            let open_sent = &cx.doc.sentences[s_open];
            let mid_sentence = q.open > open_sent.first;
            if mid_sentence {
                let k = prev_personal[q.open] as usize;
                if k > open_sent.first
                    && let Some(mi) = cx.rec.mention_index(k - 1)
                {
                    found = speaker_of_mention(cx, mi, q.open).map(|s| (s, String::new()));
                }
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
        if let Some((sp, cue)) = found {
            prev_speaker = Some((sp.clone(), q.close));
            cx.quotes[qi].speaker = Some(sp);
            cx.quotes[qi].cue = (!cue.is_empty()).then_some(cue);
        }
    }
}

/// Finds reported claims: "according to X", "X noted that ...", "reports indicate that ...".
pub(crate) fn find_claims(cx: &mut Ctx<'_>) {
    let mut claims = Vec::new();
    for s in &cx.doc.sentences {
        let (first, last) = (s.first, s.last);
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
                let speaker = match cx.rec.mention_index(j) {
                    Some(mi) => speaker_of_mention(cx, mi, last),
                    None => {
                        let mut e = j;
                        while e < last && cx.doc.tokens[e].kind == Kind::Word && e - j < 4 {
                            e += 1;
                        }
                        (e > j).then(|| SpeakerRef {
                            name: cx.doc.slice(j, e).to_string(),
                            person: None,
                            code: None,
                        })
                    }
                };
                let Some(speaker) = speaker else { continue };
                let (a, b) =
                    if k == first || (k == first + 1 && matches!(cx.norms[first], "and" | "but")) {
                        // Cue first: the claim follows the comma after the speaker.
                        let mut c = j;
                        while c < end && cx.norms[c] != "," {
                            c += 1;
                        }
                        (c + 1, end)
                    } else {
                        let mut b = k;
                        while b > first && cx.norms[b - 1] == "," {
                            b -= 1;
                        }
                        (first.max(b.saturating_sub(MAX_CLAIM)), b)
                    };
                if b > a + 2 {
                    claims.push(Claim { first: a, last: b, speaker, cue: "according to".into() });
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
            let cue_end = if t < last && cx.norms[t] == "that" { t + 1 } else { continue };
            let start = cue_end;
            if start >= end || cx.doc.tokens[start].kind == Kind::OpenQuote {
                continue;
            }
            let Some(speaker) = speech_subject(cx, k, first) else { continue };
            if end > start + 2 {
                let cue = cx.doc.slice(k, cue_end).to_string();
                claims.push(Claim { first: start, last: end.min(start + MAX_CLAIM), speaker, cue });
            }
        }
    }
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

/// The longest reported claim, in tokens: a claim runs from its cue to the end of its sentence
/// (or from the sentence's start to "according to"), but no further than this, so that a
/// sentence of a million words with a claim cue every few words does not make every claim
/// hold the rest of it. News sentences are far shorter.
const MAX_CLAIM: usize = 400;
