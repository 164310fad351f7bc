//! Repairs of the parse that follow from the grammar of a whole sentence, applied after the
//! transitions, where one greedy decision cannot see them.
//!
//! **A reduced relative at the root.** A greedy parser that reads
//! "Syrian troops fired on the crowd" takes *fired* as a participle modifying *troops*
//! ("troops fired on by the crowd") and leaves the sentence with a noun for its root and no
//! verb of its own. A sentence of running text has a main verb: when the root is a noun whose
//! participle or past-tense `acl` dependent holds every finite verb of the sentence, that
//! dependent is the main verb and the noun its subject. Left alone are what really is a
//! fragment with a participle: one set off by a comma ("The resolution, passed 27-21 by the
//! Senate") and one with a passive agent ("Three soldiers killed by a bomb"). The same holds
//! for such a dependent of the root's prepositional modifier, right after it ("Doctors from
//! two charities donated medicine", with *donated* read as the charities').
//!
//! **A relative clause read as a clause of its own.** "money sent to the Tamil Tigers, who
//! are fighting the government of Sri Lanka" parsed with *fighting* as a `parataxis` (or
//! `conj`, `ccomp`, `advcl`) of the main verb leaves the relative pronoun with no antecedent,
//! and the clause with no subject anyone can code. A clause whose subject or object is a
//! relative pronoun (*who*, *whom*, *which*) standing first in it, right after a noun (or a
//! noun or a name and a comma), is a relative clause of that noun. An interrogative
//! ("deciding who can stay") follows a verb, not a noun, and stays.
//!
//! **A subordinator read as the head of its clause.** In about one "said that" in eleven in
//! news the greedy parser keeps *that* on its stack, hangs the clause's verb on it (as `conj`,
//! `ccomp`, `appos`, ...) and attaches *that* to the verb of saying as an object: the clause
//! holds nothing anyone can code. A subordinating conjunction heads no clause: where one of
//! its dependents to the right is tagged a verb, that verb takes its place (as `ccomp` under
//! a verb, `acl` under a noun, `advcl` where it was one) and it becomes the verb's `mark`.
//! (This mends about one in ten of them; in most of the rest the clause's verb was tagged a
//! noun, and no rule over the tree alone can tell.)
//!
//! **An adjective cut off from its name.** "Turkish President Abdullah Gül has firmly
//! condemned the bombing": the greedy parser, meeting an adjective first, may make it the root
//! (the verb a `parataxis` of it) or hang it on the verb as a clause or an argument. An
//! adjective right before a name modifies the phrase that name begins: it becomes an `amod` of
//! that phrase's head (the word the name's titles and parts lead to, rightward; one adjective
//! of the title may stand between: "Russian Foreign Minister Sergey Lavrov"), and a verb
//! that hung on it takes its place (the root, when it was). Coordinated adjectives ("European
//! and African Union leaders") are left. 213 such adjectives in 34,339 parsed Wikinews
//! sentences, 89 of them the root.
//!
//! **Two subjects side by side.** "European Union economic affairs chief Joaquin Almunia warned",
//! "E.U. Commission head Jose Manuel Barroso added": before a name, news stacks the body
//! and the title, and the greedy parser, having closed a noun phrase at "Union", hangs both
//! it and the name on the verb as subjects (and may make "affairs" an object). A verb has one
//! subject: where a verb has two or more before it, and the words from the first one's start
//! to the last one are all nouns, names, adjectives, numbers, determiners and possessive
//! marks, or words the tree made parts of a noun phrase ("United" tagged a verb in "United
//! Nations"), followed by the last one's own phrase ("Senator Christine Milne of the Greens")
//! and then only auxiliaries, adverbs and particles before the verb (one noun phrase, no
//! comma, no verb, no preposition before the last subject), the last subject is the subject and
//! everything else in that stretch hangs on it, as `compound` (`amod` for an adjective, `det`
//! for a determiner). In 34,339 parsed Wikinews sentences 2,939 had a verb with two subjects.
//!
//! **A subject read as an apposition.** "In a meeting with Chinese President Hu Jintao on
//! Sunday, Russian President Vladimir Putin said": after a phrase that opens the sentence and
//! ends in a name, a comma and another name read to the greedy parser as an apposition of the
//! first, and the verb is left with no subject. A finite verb with no subject, right after a
//! noun phrase (nouns, names, adjectives, numbers, determiners, "of" phrases) that follows a
//! comma and that the tree made an apposition of a word before the comma, takes that phrase as
//! its subject; a comma may close the phrase ("In October, the president, Ann Lee, said").
//! 49 verbs in 34,343 parsed Wikinews sentences (six more with the closing comma, session 46).
//!
//! **A participle clause hung on an object.** "overran the Presidential Palace, seizing
//! control of the government buildings": a present participle set off by a comma that the
//! parser made an adverbial clause (`advcl`) of the verb's object, a noun that is no
//! predicate (no copula), is one of the verb, and moves there. On any other noun, or read as
//! the noun's `acl`, it stays: "blamed the blasts on the ANC, fighting a war" describes the
//! ANC.
//!
//! **A clause read as the object's conjunct.** "Chile backs Peru, and Spain and Italy back
//! France", "The Germans want the suspect but the Poles refuse": the greedy parser joins
//! the second clause's subject to the first one's object as a conjunct, and hangs the second
//! verb on the first as a bare complement (`xcomp`) with no subject of its own. A finite verb
//! (past or present tense) read so, with no marker, right after such a conjunct, heads a
//! clause of its own: it becomes a conjunct of the first verb, and the conjuncts from the one
//! its conjunction opens (the last one after a comma, else the first) its subject (a name or a
//! determined phrase, for a past form: "explosives launched from helicopters" is a
//! participle's). After a verb of saying or thinking ("claimed authorities and police used"),
//! the whole object is the subject of a complement clause. Verbs that take a bare infinitive
//! ("let Japan defend itself", "saw their friends die") keep theirs.

//!
//! **An adverbial clause hung on a noun.** "Protesters gathered outside the French embassy
//! before moving on to the parliament": the greedy parser hangs the participle clause
//! on the noun before it as a reduced relative (`acl`), and the embassy marches. A participle
//! clause opened by a subordinator (*before*, *after*, *while*, *when*, *since*, *upon*,
//! *without*, *by*) tells when or how something was done: it becomes an adverbial clause
//! (`advcl`) of the verb that governs the noun.
//!
//! **A subordinator read as a preposition.** "cutting the last road after Georgian police
//! also seized the bridge", "resigned after Abbas called for his resignation": the
//! greedy parser reads *after* as the preposition of the noun that follows, hangs that noun on
//! the verb before as an oblique, and leaves the clause's verb with no subject (a `parataxis`
//! or a `conj` of something). A subordinator that can be a preposition (*after*, *before*,
//! *since*, *until*, *till*) whose noun runs, through adverbs and auxiliaries only, into a
//! finite verb (or a participle with an auxiliary) that has no subject, opens that verb's
//! clause: the verb becomes an adverbial clause of the noun's former governor, the noun its
//! subject (passive after a form of *be*), the subordinator its `mark`.
//!
//! **A participle in apposition read as the main verb.** "The survey, drawn from some 2,000
//! interviews, finds that ...", "Talks between A and B, held today in Beijing,
//! brought no compromise": the greedy parser takes the participle set off by commas for the
//! sentence's verb and leaves the real one, after the second comma, as a subjectless
//! `parataxis`. A past participle at the root, with no auxiliary, right after a comma that
//! follows its subject, with a finite verb (past or present tense) after another comma that
//! has no subject and no subordinator, is the subject's `acl`: that verb becomes the root and
//! takes the subject.

//!
//! **What was told read as a noun's clause.** "The minister told a gathering of African
//! envoys in Nairobi that a rebel raid killed 12 villagers": the greedy parser
//! hangs the *that* clause on the nearest noun (`acl`), and what was told becomes a
//! description of the meeting. A clause with a subject of its own, opened by *that*, on the
//! object of a verb of telling (*tell*, *inform*, *assure*, *warn*, *remind*, *notify*,
//! *brief*) or on a noun hung from that object, is what was told: it becomes the verb's
//! `ccomp`.
//!
//! **A list of names cut apart.** "Moscow objected to a text drafted by the United Kingdom,
//! Italy and Spain", "Last month, Peru, Chile, Bolivia and Ecuador signed a pact": the
//! greedy parser, having closed a phrase at the first name, hangs the later names wherever
//! it can (an oblique of the verb, an apposition, the subject of the next verb), and a coder
//! that reads a list by its conjuncts sees one or two of the names. Three or more names (each
//! up to five capitalised words or proper nouns, ending in a proper noun, after an optional *the*; no month or
//! weekday), separated by commas, the last after *and* or *or*, are one list: the first name
//! heads it, the others are its conjuncts, each comma hangs on the name after it and the
//! conjunction on the last. The list keeps the first name's place in the tree, unless that is
//! a loose one (an apposition, an unmarked modifier, a `list` or `dep`, or the root) while
//! the last name is the subject or object of a verb after the list: then the list is that
//! verb's subject or object (and the verb the root, where the first name was). Where a later
//! name is the subject of a verb after the list, the first must be inside that subject
//! (through noun-phrase links only): "before Bush lands in Israel, Olmert and Abbas met" is no
//! list of three. A first name that hangs loose as a conjunct after a comma ("On Tuesday, A, B
//! and C", read as a conjunct of "Tuesday") hangs loose like an apposition; a first name that
//! fails as a member leaves a list of the others, of three or more; and a first name with a
//! preposition of its own that the parser made a subject or object ("According to The Times,
//! A, B and C have") becomes an oblique, the list after it taking its place. A list whose
//! names hang together in any other way (a name with two heads
//! outside it, a name that heads the word the first one hangs on, a possessive after the last)
//! is left. 224 of the 600 such lists in 34,905 parsed Wikinews sentences were cut apart.

//!
//! **What an object is called, read as its modifier.** "The minister called the American
//! claims baseless", "called the ruling unlawful": the greedy parser hangs the
//! adjective after the object on the object as a modifier (`amod`), and nothing says that the
//! claims were called anything. An adjective right after the object of a verb that says what
//! its object is (*call*, *label*, *brand*, *deem*, *term*, *declare*, *consider*, *find*,
//! *pronounce*, *judge*), with only punctuation between, hung on that object as an `amod`,
//! is the verb's predicate complement (`xcomp`). English puts few adjectives after a noun.
//! The same holds where the parser read the object as the verb's complement and what it is
//! called as the object's bare modifier ("called the move a farce", "move" an `xcomp` and
//! "farce" its `nmod:unmarked`): the object is the object, and what follows it the complement.
//! An adjective in *-less* that the tagger took for a noun, the verb's complement with the
//! object's noun as its compound and the verb with no object, is that adjective, and the
//! compound the object.
//!
//! **A speaker named after the quotation.** "'Police attacked demonstrators,' said the
//! opposition leader": with what was said before the verb, the greedy parser reads the noun
//! after it as the verb's object or complement, and the verb has no speaker. A verb of saying
//! (*say*, *add*, *explain*, *insist*, *continue*, *note*, *write*, *comment*, *argue*) with a
//! complement clause before it and no subject: its first dependant after it, a noun, a name
//! or a pronoun hung as an object, a complement or a loose dependant, is its subject.
//!
//! **The second of a pair after "between", hung elsewhere.** "the agreement between the United
//! States and India was discussed": the greedy parser, having closed the phrase after
//! *between* at its first member, hangs the second wherever it can (here the subject of
//! *discussed*), and the pair is cut in two. *Between* takes two: where its noun has no
//! conjunct and the words right after its phrase are *and* and a noun phrase (nouns, names,
//! adjectives, numbers, determiners) whose head hangs outside it, that head is the noun's
//! conjunct and *and* its `cc`.
//!
//! **Others named "along with" the subject.** "North Korea, along with China, Japan and
//! Russia, signed a pact", "The United States together with Britain attacked Iraq": the
//! greedy parser hangs the phrase after *along with* or *together with* on the verb as an
//! oblique, and the others named did nothing. Right after a subject (a comma between them at
//! most), before its verb, such a phrase joins the subject: its head becomes the subject's
//! conjunct and *with* its `cc`.
//!
//! **A noun after a possessive read as an adjective.** "Israel decided to expand its offensive
//! in Lebanon": the tagger reads *offensive* as an adjective, and the parser makes *its* the
//! object with the adjective hung on it. A possessive pronoun (*its*, *their*, ...) heads no
//! phrase: where one stands as a verb's argument or a preposition's noun with the word after
//! it, an adjective ending the phrase (no noun, name, adjective or number after it), as its
//! only modifier, that word is the noun (`NN`), in the pronoun's place, and the pronoun its
//! `nmod:poss`. An adjective the tree already made an argument, with the possessive on it, is
//! tagged a noun.
//!
//! **An agent with no "by".** "Mark Latham criticised Australian Prime Minister John Howard":
//! the greedy parser may hang a name after the verb as a passive agent (`obl:agent`) with no
//! *by* before it, and the verb is left with no object. An agent is named by *by*: one without
//! it, of an active verb (no passive auxiliary) with no object, is the verb's object; else it
//! is a bare oblique.
//!
//! **A verb read as the adjective of the noun after it.** "Police fired tear gas at the
//! crowd", "Venezuelan police attacked protesters": the greedy parser, with a bare noun for
//! the subject, may read the verb after it as a participle describing the next noun ("fired
//! workers"), make the subject the root and hang the object on it. A sentence of running text
//! has a main verb: where the root is a noun, the word right after it a verb in a past form
//! read as the `amod` of a noun further on, and the sentence has no finite verb besides, that
//! verb is the root, the noun before it its subject and the noun it was read as describing
//! its object; what hung on the subject after the verb, and the object's prepositional
//! modifiers (not "of"), are the verb's.

use crate::{Analysis, Rel, Upos, Xpos};

/// Applies every repair to `a`, the analysis of `words` (a repair that reads the words' forms
/// is skipped when they are not given, one to a word).
pub(crate) fn repair(a: &mut Analysis, words: &[&str]) {
    possessive_then_adjective(a);
    agent_without_by(a);
    detached_adjective(a);
    name_lists(a, words);
    stacked_subjects(a);
    subject_as_apposition(a);
    reduced_relative_root(a);
    verb_read_as_adjective(a);
    relative_clause_attachment(a);
    subordinator_as_head(a);
    participle_on_noun(a);
    clause_as_object_conjunct(a);
    adverbial_clause_on_noun(a);
    subordinator_as_preposition(a);
    participle_apposition_root(a);
    told_clause_on_noun(a);
    predicate_adjective_on_object(a);
    inverted_speaker(a);
    between_pair(a);
    along_with_subject(a);
}

/// Verbs of saying whose speaker may follow them after a quotation ("..., said the minister").
const SAYING_AFTER_QUOTE: &[&str] =
    &["say", "add", "explain", "insist", "continue", "note", "write", "comment", "argue"];

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn inverted_speaker(a: &mut Analysis) {
    let n = a.len();
    for v in 1..=n {
        if a.tags[v - 1].upos != Upos::Verb
            || !SAYING_AFTER_QUOTE.iter().any(|w| a.lemmas[v - 1].eq_ignore_ascii_case(w))
        {
            continue;
        }
        let children: Vec<usize> = a.children(v).collect();
        // What was said stands before the verb as its complement clause; the verb has no
        // subject of its own.
        let quoted_before = children.iter().any(|&c| {
            c < v
                && a.rels[c - 1] == Rel::Ccomp
                && matches!(a.tags[c - 1].upos, Upos::Verb | Upos::Aux | Upos::Adj | Upos::Noun)
        });
        if !quoted_before
            || children.iter().any(|&c| matches!(a.rels[c - 1], Rel::Nsubj | Rel::NsubjPass))
        {
            continue;
        }
        // The first nominal after the verb, hung on it as an object, a complement or a loose
        // dependant, is the speaker.
        let Some(&x) = children.iter().find(|&&c| c > v) else { continue };
        if matches!(a.tags[x - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron)
            && matches!(a.rels[x - 1], Rel::Obj | Rel::Ccomp | Rel::Xcomp | Rel::Dep | Rel::Iobj)
        {
            a.rels[x - 1] = Rel::Nsubj;
        }
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn between_pair(a: &mut Analysis) {
    let n = a.len();
    for b in 1..=n {
        if a.rels[b - 1] != Rel::Case || !a.lemmas[b - 1].eq_ignore_ascii_case("between") {
            continue;
        }
        let x = a.heads[b - 1] as usize;
        if x == 0
            || x > n
            || x < b
            || !matches!(a.tags[x - 1].upos, Upos::Noun | Upos::Propn)
            || a.children_with(x, Rel::Conj).next().is_some()
        {
            continue;
        }
        // The last word of the noun's phrase: its rightmost dependant, through dependants.
        let mut end = x;
        while let Some(c) = a.children(end).filter(|&c| c > end).last() {
            end = c;
        }
        let and = end + 1;
        if and >= n
            || a.tags[and - 1].upos != Upos::Cconj
            || !a.lemmas[and - 1].eq_ignore_ascii_case("and")
        {
            continue;
        }
        // The noun phrase after "and", up to its first word of another kind.
        let start = and + 1;
        let mut last = start;
        while last < n
            && last + 1 - start < PHRASE
            && nominal_word(a, last + 1)
            && a.tags[last].upos != Upos::Punct
        {
            last += 1;
        }
        if !nominal_word(a, start) {
            continue;
        }
        let Some(y) = phrase_head(a, (start, last)) else { continue };
        if !matches!(a.tags[y - 1].upos, Upos::Noun | Upos::Propn)
            || a.heads[y - 1] as usize == x
            || ancestors(a, x).any(|u| u == y)
        {
            continue;
        }
        join_conjunct(a, x, y, and);
    }
}

/// Makes word `conj` a conjunct of word `first`, and word `cc` (the word that joins them,
/// "and" or "with") its `cc` ([`between_pair`], [`along_with_subject`]).
fn join_conjunct(a: &mut Analysis, first: usize, conj: usize, cc: usize) {
    a.heads[conj - 1] = first as u32;
    a.rels[conj - 1] = Rel::Conj;
    a.heads[cc - 1] = conj as u32;
    a.rels[cc - 1] = Rel::Cc;
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn along_with_subject(a: &mut Analysis) {
    let n = a.len();
    for i in 2..n {
        let w = i + 1;
        let lemma = &a.lemmas[i - 1];
        if !(lemma.eq_ignore_ascii_case("along") || lemma.eq_ignore_ascii_case("together"))
            || !a.lemmas[w - 1].eq_ignore_ascii_case("with")
            || a.rels[w - 1] != Rel::Case
        {
            continue;
        }
        let y = a.heads[w - 1] as usize;
        if y <= w || y > n || !matches!(a.tags[y - 1].upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        // The subject the phrase follows: the word before (a comma aside), or a word above it,
        // that is a verb's subject.
        let before = if a.tags[i - 2].xpos == Xpos::Comma { i - 2 } else { i - 1 };
        if before == 0 {
            continue;
        }
        let Some(x) = std::iter::once(before)
            .chain(ancestors(a, before))
            .take(PHRASE)
            .find(|&k| matches!(a.rels[k - 1], Rel::Nsubj | Rel::NsubjPass))
        else {
            continue;
        };
        let v = a.heads[x - 1] as usize;
        if x > i || v <= y || ancestors(a, x).any(|u| u == y) {
            continue;
        }
        join_conjunct(a, x, y, w);
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn possessive_then_adjective(a: &mut Analysis) {
    let n = a.len();
    for p in 1..n {
        let j = p + 1;
        // ("its/nmod:poss offensive/ADJ/obj": the tree is right and the tag is not.)
        if a.tags[p - 1].xpos == Xpos::PrpS
            && a.tags[j - 1].upos == Upos::Adj
            && a.heads[p - 1] as usize == j
            && a.rels[p - 1] == Rel::NmodPoss
            && matches!(
                a.rels[j - 1],
                Rel::Obj | Rel::Nsubj | Rel::NsubjPass | Rel::Obl | Rel::Nmod
            )
        {
            a.tags[j - 1] = crate::Tag { upos: Upos::Noun, xpos: Xpos::Nn };
            continue;
        }
        if a.tags[p - 1].xpos != Xpos::PrpS
            || a.tags[j - 1].upos != Upos::Adj
            || a.heads[j - 1] as usize != p
            || !matches!(
                a.rels[p - 1],
                Rel::Obj | Rel::Nsubj | Rel::NsubjPass | Rel::Obl | Rel::Nmod | Rel::Conj
            )
            || (j < n && matches!(a.tags[j].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num))
            || a.children(p).any(|c| c != j)
        {
            continue;
        }
        a.heads[j - 1] = a.heads[p - 1];
        a.rels[j - 1] = a.rels[p - 1];
        a.tags[j - 1] = crate::Tag { upos: Upos::Noun, xpos: Xpos::Nn };
        a.heads[p - 1] = j as u32;
        a.rels[p - 1] = Rel::NmodPoss;
        // (A noun's phrases are its modifiers, not obliques.)
        for d in 1..=n {
            if a.heads[d - 1] as usize == j && a.rels[d - 1] == Rel::Obl {
                a.rels[d - 1] = Rel::Nmod;
            }
        }
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn agent_without_by(a: &mut Analysis) {
    let n = a.len();
    for k in 1..=n {
        if a.rels[k - 1] != Rel::OblAgent
            || a.children_with(k, Rel::Case).any(|c| a.lemmas[c - 1].eq_ignore_ascii_case("by"))
        {
            continue;
        }
        let v = a.heads[k - 1] as usize;
        if v == 0 || v > n {
            continue;
        }
        let active = a.tags[v - 1].upos == Upos::Verb
            && a.children(v).all(|c| !matches!(a.rels[c - 1], Rel::AuxPass | Rel::Obj))
            && k > v
            && a.children_with(k, Rel::Case).next().is_none();
        a.rels[k - 1] = if active { Rel::Obj } else { Rel::Obl };
    }
}

/// Verbs that say what their object is ("called the claims baseless").
const NAMING: &[&str] = &[
    "call",
    "label",
    "brand",
    "deem",
    "term",
    "declare",
    "consider",
    "find",
    "pronounce",
    "judge",
];

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn predicate_adjective_on_object(a: &mut Analysis) {
    let n = a.len();
    let naming = |a: &Analysis, v: usize| {
        v > 0
            && a.tags[v - 1].upos == Upos::Verb
            && NAMING.contains(&a.lemmas[v - 1].to_lowercase().as_str())
    };
    // ("called the Ukrainian move a farce" read with "move" the verb's complement and "farce"
    // a bare modifier of it: the object, and what it is called.)
    for o in 2..=n {
        let v = a.heads[o - 1] as usize;
        if a.rels[o - 1] != Rel::Xcomp
            || !matches!(a.tags[o - 1].upos, Upos::Noun | Upos::Propn)
            || !naming(a, v)
            || o < v
            || a.children(v).any(|k| a.rels[k - 1] == Rel::Obj)
        {
            continue;
        }
        let said = a.children(o).find(|&x| {
            x > o
                && (a.rels[x - 1] == Rel::NmodUnmarked && a.tags[x - 1].upos == Upos::Noun
                    || a.rels[x - 1] == Rel::Amod && a.tags[x - 1].upos == Upos::Adj)
                && (o + 1..x)
                    .all(|k| a.heads[k - 1] as usize == x || a.tags[k - 1].upos == Upos::Punct)
        });
        if let Some(x) = said {
            a.rels[o - 1] = Rel::Obj;
            a.heads[x - 1] = v as u32;
            a.rels[x - 1] = Rel::Xcomp;
        }
    }
    for j in 2..=n {
        let o = a.heads[j - 1] as usize;
        if a.tags[j - 1].upos != Upos::Adj || a.rels[j - 1] != Rel::Amod || o == 0 || o >= j {
            continue;
        }
        let v = a.heads[o - 1] as usize;
        if a.rels[o - 1] != Rel::Obj
            || !naming(a, v)
            || (o + 1..j).any(|k| a.tags[k - 1].upos != Upos::Punct)
        {
            continue;
        }
        a.heads[j - 1] = v as u32;
        a.rels[j - 1] = Rel::Xcomp;
    }
    // ("called the American claims baseless" tagged with "baseless" a noun: the verb's
    // complement, a word in "-less", with the object's noun as its compound and no object.)
    for x in 2..=n {
        let v = a.heads[x - 1] as usize;
        let c = x - 1;
        if a.tags[x - 1].upos != Upos::Noun
            || a.rels[x - 1] != Rel::Xcomp
            || v == 0
            || !NAMING.contains(&a.lemmas[v - 1].to_lowercase().as_str())
            || !a.lemmas[x - 1].to_lowercase().ends_with("less")
            || a.heads[c - 1] as usize != x
            || a.rels[c - 1] != Rel::Compound
            || !matches!(a.tags[c - 1].upos, Upos::Noun | Upos::Propn)
            || a.children(v).any(|k| matches!(a.rels[k - 1], Rel::Obj | Rel::Ccomp))
        {
            continue;
        }
        for k in 1..c {
            if a.heads[k - 1] as usize == x {
                a.heads[k - 1] = c as u32;
            }
        }
        a.heads[c - 1] = v as u32;
        a.rels[c - 1] = Rel::Obj;
        a.tags[x - 1].upos = Upos::Adj;
        a.tags[x - 1].xpos = Xpos::Jj;
    }
}

/// Verbs whose object is told something, the told thing a `that` clause.
const TELLING: &[&str] = &["tell", "inform", "assure", "warn", "remind", "notify", "brief"];

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn told_clause_on_noun(a: &mut Analysis) {
    let n = a.len();
    for c in 1..=n {
        if a.rels[c - 1] != Rel::Mark || !a.lemmas[c - 1].eq_ignore_ascii_case("that") {
            continue;
        }
        let v = a.heads[c - 1] as usize;
        if v == 0
            || v > n
            || !matches!(a.rels[v - 1], Rel::Acl | Rel::AclRelcl)
            || !a.children(v).any(|k| matches!(a.rels[k - 1], Rel::Nsubj | Rel::NsubjPass))
        {
            continue;
        }
        // Up from the noun through the nouns it hangs from to the object of a verb of telling.
        let mut noun = a.heads[v - 1] as usize;
        let mut teller = None;
        for _ in 0..3 {
            if noun == 0 || noun > n {
                break;
            }
            let h = a.heads[noun - 1] as usize;
            match a.rels[noun - 1] {
                Rel::Obj | Rel::Iobj
                    if h > 0
                        && a.tags[h - 1].upos == Upos::Verb
                        && TELLING.contains(&a.lemmas[h - 1].to_lowercase().as_str()) =>
                {
                    teller = Some(h);
                    break;
                }
                Rel::Nmod => noun = h,
                _ => break,
            }
        }
        let Some(t) = teller else { continue };
        if t == v || ancestors(a, t).any(|x| x == v) {
            continue;
        }
        a.heads[v - 1] = t as u32;
        a.rels[v - 1] = Rel::Ccomp;
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn detached_adjective(a: &mut Analysis) {
    let n = a.len();
    // (Each repair may walk the whole tree once; a sentence gets at most `PHRASE` of them, so
    // a sentence of any length costs linear time.)
    let mut repairs = 0;
    for i in 1..n {
        if repairs == PHRASE {
            break;
        }
        // ("Russian Foreign Minister Sergey Lavrov": one adjective of the title may stand
        // between, itself hung rightward.)
        let name_next = a.tags[i].upos == Upos::Propn
            || (a.tags[i].upos == Upos::Adj
                && i + 1 < n
                && a.tags[i + 1].upos == Upos::Propn
                && a.heads[i] as usize > i + 1);
        if a.tags[i - 1].upos != Upos::Adj
            || !name_next
            || a.heads[i - 1] as usize == i + 1
            || !matches!(
                a.rels[i - 1],
                Rel::Root
                    | Rel::Xcomp
                    | Rel::Advcl
                    | Rel::Nsubj
                    | Rel::NsubjPass
                    | Rel::Ccomp
                    | Rel::Obl
                    | Rel::Obj
                    | Rel::Dep
                    | Rel::Parataxis
            )
        {
            continue;
        }
        // The head of the phrase the name begins: up through titles, compounds and parts of
        // names, rightward only.
        let mut h = i + 1;
        for _ in 0..PHRASE {
            let up = a.heads[h - 1] as usize;
            if up > h
                && matches!(
                    a.rels[h - 1],
                    Rel::NmodDesc | Rel::Compound | Rel::Flat | Rel::Amod | Rel::Nummod
                )
            {
                h = up;
            } else {
                break;
            }
        }
        if !matches!(a.tags[h - 1].upos, Upos::Propn | Upos::Noun) {
            continue;
        }
        repairs += 1;
        // The adjective's child on the way up from the phrase, if the phrase hangs under it:
        // that child takes the adjective's place.
        let path: Vec<usize> =
            std::iter::once(h).chain(ancestors(a, h)).take_while(|&x| x != i).collect();
        let under_adjective = path.last().is_some_and(|&x| a.heads[x - 1] as usize == i);
        let (old_head, old_rel) = (a.heads[i - 1], a.rels[i - 1]);
        let new_parent = if under_adjective {
            let c = path[path.len() - 1];
            a.heads[c - 1] = old_head;
            a.rels[c - 1] = old_rel;
            c
        } else if old_head == 0 {
            // (A root with the phrase outside its tree: no tree; leave it.)
            continue;
        } else {
            old_head as usize
        };
        for d in 1..=n {
            if d != i && a.heads[d - 1] as usize == i {
                a.heads[d - 1] = new_parent as u32;
            }
        }
        a.heads[i - 1] = h as u32;
        a.rels[i - 1] = Rel::Amod;
    }
}

/// Whether `w` (lower-case) names a month or a weekday: capitalised, never a member of a list
/// of names ("In August, British Airways and Korean Air pleaded guilty").
fn calendar(w: &str) -> bool {
    crate::MONTHS.contains(&w) || crate::WEEKDAYS.contains(&w)
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn name_lists(a: &mut Analysis, words: &[&str]) {
    let n = a.len();
    // (A tree of one root only: a list keeps it so, or is left.)
    if words.len() != n || a.heads.iter().filter(|&&h| h == 0).count() != 1 {
        return;
    }
    let capitalised = |k: usize| {
        let w = words[k - 1];
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
            && !calendar(&w.to_lowercase())
    };
    // (A proper noun in lower case is a name's particle: "Nuri al-Maliki".)
    let name_word = |k: usize| {
        capitalised(k) && matches!(a.tags[k - 1].upos, Upos::Adj | Upos::Noun | Upos::Verb)
            || a.tags[k - 1].upos == Upos::Propn && !calendar(&a.lemmas[k - 1].to_lowercase())
    };
    // The name starting at word `i` (an optional "the", up to five capitalised words or proper
    // nouns, the last a proper noun): its first and last word.
    let member = |i: usize| -> Option<(usize, usize)> {
        let j = if i <= n && a.tags[i - 1].upos == Upos::Det && a.lemmas[i - 1] == "the" {
            i + 1
        } else {
            i
        };
        let end = (j..=n.min(j + 4)).take_while(|&k| name_word(k)).last()?;
        (a.tags[end - 1].upos == Upos::Propn).then_some((i, end))
    };
    let separator = |k: usize| k <= n && a.tags[k - 1].xpos == Xpos::Comma;
    let conjunction = |k: usize| {
        k <= n
            && a.tags[k - 1].upos == Upos::Cconj
            && matches!(a.lemmas[k - 1].as_str(), "and" | "or")
    };
    let mut lists = Vec::new();
    let mut i = 1;
    while i <= n {
        // A list starts at a name's first word.
        // (After "the", the name starts at "the", and after a name it is part of that name's
        // phrase: "Walid Moallem the Syrian Foreign Minister".)
        let starts = i == 1 || !name_word(i - 1) && a.lemmas[i - 2] != "the";
        let Some(first) = starts.then(|| member(i)).flatten() else {
            i += 1;
            continue;
        };
        let mut members = vec![first];
        let mut closed = false;
        let mut k = first.1 + 1;
        while separator(k) {
            if conjunction(k + 1) {
                if let Some(m) = member(k + 2) {
                    members.push(m);
                    closed = true;
                }
                break;
            }
            let Some(m) = member(k + 1) else { break };
            members.push(m);
            k = m.1 + 1;
            if conjunction(k) {
                if let Some(m) = member(k + 1) {
                    members.push(m);
                    closed = true;
                }
                break;
            }
        }
        let end = members[members.len() - 1].1;
        i = if closed { end + 1 } else { first.1 + 1 };
        if closed && members.len() >= 3 {
            lists.push(members);
        }
    }
    for members in lists {
        join_list(a, &members);
    }
}

/// Makes the names `members` (first and last word of each, in order) one list headed by the
/// first, where they hang together as [`name_lists`] describes.
fn join_list(a: &mut Analysis, members: &[(usize, usize)]) {
    // (A first name that ends a phrase set before the subject, "According to the Chronicle, the
    // United States, China and Russia have", leaves the list of the others.)
    // (A first name with a preposition of its own, "According to The Times, Germany, Italy,
    // Spain and Poland have", is no subject or object: the list after it takes its place.)
    if let (Some(f0), Some(f1)) = (phrase_head(a, members[0]), phrase_head(a, members[1]))
        && matches!(a.rels[f0 - 1], Rel::Nsubj | Rel::NsubjPass | Rel::Obj)
        && a.children_with(f0, Rel::Case).next().is_some()
        && a.heads[f1 - 1] as usize == f0
    {
        let before = [(f0, a.heads[f0 - 1], a.rels[f0 - 1]), (f1, a.heads[f1 - 1], a.rels[f1 - 1])];
        a.heads[f1 - 1] = a.heads[f0 - 1];
        a.rels[f1 - 1] = a.rels[f0 - 1];
        a.rels[f0 - 1] = Rel::Obl;
        if !join_names(a, &members[1..]) {
            undo(a, &before);
        }
        return;
    }
    if !join_names(a, members) && members.len() >= 4 {
        join_names(a, &members[1..]);
    }
}

/// [`join_list`] of `members` as they are; false where the first name is no member.
fn join_names(a: &mut Analysis, members: &[(usize, usize)]) -> bool {
    let n = a.len();
    let (start, end) = (members[0].0, members[members.len() - 1].1);
    // A possessive after the last name makes it another phrase's ("and Giuliani's camp").
    if end < n && a.tags[end].xpos == Xpos::Pos {
        return false;
    }
    let Some(heads) = members.iter().map(|&m| phrase_head(a, m)).collect::<Option<Vec<_>>>() else {
        return false;
    };
    let f = heads[0];
    let l = heads[heads.len() - 1];
    let outside = |h: u32| h == 0 || !(start..=end).contains(&(h as usize));
    if !outside(a.heads[f - 1]) {
        return false;
    }
    let frel = a.rels[f - 1];
    let (lh, lrel) = (a.heads[l - 1] as usize, a.rels[l - 1]);
    // (A conjunct with no conjunction before it, only a comma, hangs loose too: "On Tuesday,
    // Bob Geldof, ..." read as a conjunct of "Tuesday".)
    let loose = matches!(
        frel,
        Rel::Appos
            | Rel::NmodUnmarked
            | Rel::OblUnmarked
            | Rel::List
            | Rel::Dep
            | Rel::Parataxis
            | Rel::Root
    ) || frel == Rel::Conj && start >= 2 && a.tags[start - 2].xpos == Xpos::Comma;
    let core_after = lh > end && matches!(lrel, Rel::Nsubj | Rel::NsubjPass | Rel::Obj);
    // A later name that is the subject of a verb after the list makes the list that subject
    // only where the first name is in the subject already ("Envoys from the United Kingdom,
    // Italy and Spain were"), not where it ends a phrase set before the subject ("before
    // Bush lands in Israel, Olmert and Abbas met").
    let subject_after = heads[1..].iter().find_map(|&h| {
        let v = a.heads[h - 1] as usize;
        (matches!(a.rels[h - 1], Rel::Nsubj | Rel::NsubjPass) && v > end).then_some(v)
    });
    if let Some(v) = subject_after
        && !loose
    {
        // The path up from the first name to the verb: noun-phrase links only, the last one a
        // subject's.
        let path: Vec<usize> =
            std::iter::once(f).chain(ancestors(a, f)).take_while(|&x| x != v).collect();
        let reaches = path.last().is_some_and(|&x| a.heads[x - 1] as usize == v);
        let nominal_links = path.iter().rev().skip(1).all(|&x| {
            matches!(
                a.rels[x - 1],
                Rel::Nmod
                    | Rel::NmodPoss
                    | Rel::Compound
                    | Rel::Appos
                    | Rel::Conj
                    | Rel::Flat
                    | Rel::NmodDesc
            )
        });
        if !reaches
            || !nominal_links
            || !path.last().is_some_and(|&b| matches!(a.rels[b - 1], Rel::Nsubj | Rel::NsubjPass))
        {
            return false;
        }
    }
    // What is changed, with what it was (to undo, and to look for a cycle or a new root only
    // where a head moved: the list costs the length of its stretch, not of the sentence).
    let mut before: Vec<(usize, u32, Rel)> = Vec::new();
    let mut set = |a: &mut Analysis, k: usize, head: usize, rel: Rel| {
        before.push((k, a.heads[k - 1], a.rels[k - 1]));
        a.heads[k - 1] = head as u32;
        a.rels[k - 1] = rel;
    };
    if loose && core_after && (frel != Rel::Root || a.tags[lh - 1].upos == Upos::Verb) {
        if frel == Rel::Root {
            set(a, lh, 0, Rel::Root);
        }
        set(a, f, lh, lrel);
    }
    for &h in &heads[1..] {
        set(a, h, f, Rel::Conj);
    }
    for k in start..=end {
        let cc = a.tags[k - 1].upos == Upos::Cconj;
        if (a.tags[k - 1].xpos == Xpos::Comma || cc)
            && let Some(h) = heads.iter().copied().find(|&h| h > k)
        {
            if cc {
                set(a, k, l, Rel::Cc);
            } else {
                set(a, k, h, Rel::Punct);
            }
        }
    }
    // A list that would leave the tree with a cycle or another number of roots (the sentence
    // had one: `name_lists`) is left as it was. (Each word is changed once.)
    let roots_moved = before
        .iter()
        .map(|&(k, old, _)| isize::from(a.heads[k - 1] == 0) - isize::from(old == 0))
        .sum::<isize>();
    let cyclic = before.iter().any(|&(k, _, _)| ancestors(a, k).count() >= n);
    if roots_moved != 0 || cyclic {
        undo(a, &before);
        return false;
    }
    true
}

/// The one word of the words `s..=e` (1-based) whose head lies outside them, if there is one.
fn phrase_head(a: &Analysis, (s, e): (usize, usize)) -> Option<usize> {
    let mut out = (s..=e).filter(|&k| !(s..=e).contains(&(a.heads[k - 1] as usize)));
    out.next().filter(|_| out.next().is_none())
}

/// Puts back the heads and relations `before` held (word, head, relation), last change first.
fn undo(a: &mut Analysis, before: &[(usize, u32, Rel)]) {
    for &(k, h, r) in before.iter().rev() {
        a.heads[k - 1] = h;
        a.rels[k - 1] = r;
    }
}

/// The most words a subject phrase of [`stacked_subjects`] spans up to its verb, and a name's
/// phrase of [`detached_adjective`] is walked: the repairs look at noun phrases, and the
/// bound keeps each look short whatever the sentence.
const PHRASE: usize = 16;

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn stacked_subjects(a: &mut Analysis) {
    // (head, subject) pairs of subjects before their head, grouped by head: one pass and a
    // sort, so a sentence of any length costs little more than linear time.
    let mut pairs: Vec<(usize, usize)> = (1..=a.len())
        .filter(|&d| matches!(a.rels[d - 1], Rel::Nsubj | Rel::NsubjPass))
        .map(|d| (a.heads[d - 1] as usize, d))
        .filter(|&(v, d)| d < v)
        .collect();
    pairs.sort_unstable();
    for group in pairs.chunk_by(|x, y| x.0 == y.0) {
        let v = group[0].0;
        let (first, last) = (group[0].1, group[group.len() - 1].1);
        if group.len() < 2
            || v - first > PHRASE
            || !matches!(a.tags[v - 1].upos, Upos::Verb | Upos::Aux | Upos::Adj)
        {
            continue;
        }
        // Where the first subject's phrase starts: its leftmost descendant (a phrase is a few
        // words: the walks up are bounded).
        let under = |k: usize, top: usize| ancestors(a, k).take(2 * PHRASE).any(|h| h == top);
        let start = (first.saturating_sub(PHRASE).max(1)..first)
            .find(|&k| under(k, first))
            .unwrap_or(first);
        let nominal = |k: usize| nominal_word(a, k);
        // The last subject's phrase ends the stretch; between it and the verb stand only
        // auxiliaries, adverbs and particles ("Mayor Michael Bloomberg is prepared").
        let end = (last + 1..v).take_while(|&k| under(k, last)).last().unwrap_or(last);
        let verbal = |k: usize| matches!(a.tags[k - 1].upos, Upos::Aux | Upos::Adv | Upos::Part);
        // (The last subject's own phrase may hold a preposition, not a comma, when no verb
        // stands before it: "Senator Christine Milne of the Greens went further", not "GCC
        // members Saudi Arabia, Kuwait ... are threatening" or "the White House imposed/amod
        // tariffs on Japanese goods after ... failed".)
        let phrase_after = !(last + 1..=end).all(nominal);
        if !(start..=last).all(nominal)
            || (phrase_after
                && ((last + 1..=end).any(|k| a.tags[k - 1].xpos == Xpos::Comma)
                    || (start..last).any(|k| a.tags[k - 1].upos == Upos::Verb)))
            || !(end + 1..v).all(verbal)
        {
            continue;
        }
        for k in start..=end {
            let h = a.heads[k - 1] as usize;
            if k == last || (start..=end).contains(&h) {
                continue;
            }
            a.heads[k - 1] = last as u32;
            a.rels[k - 1] = match a.tags[k - 1].upos {
                Upos::Adj => Rel::Amod,
                Upos::Det => Rel::Det,
                _ => Rel::Compound,
            };
        }
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn subject_as_apposition(a: &mut Analysis) {
    let n = a.len();
    let mut has_subject = vec![false; n + 1];
    for d in 1..=n {
        if matches!(
            a.rels[d - 1],
            Rel::Nsubj | Rel::NsubjPass | Rel::Expl | Rel::Csubj | Rel::CsubjPass
        ) && let Some(h) = has_subject.get_mut(a.heads[d - 1] as usize)
        {
            *h = true;
        }
    }
    for v in 3..=n {
        let finite = matches!(a.tags[v - 1].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            || a.children_with(v, Rel::Aux).next().is_some();
        if a.tags[v - 1].upos != Upos::Verb || has_subject.get(v).is_some_and(|&h| h) || !finite {
            continue;
        }
        // The apposition the word before the verb ends, a short phrase at most (the outer of
        // two: "inquiry, London police commissioner Sir John Hale said", where "Sir"
        // may hang on "commissioner" as another).
        // ("In May, the leader of the party, Ann Lee, called ...": a comma may
        // close the apposition before the verb.)
        let e = if a.tags[v - 2].xpos == Xpos::Comma { v - 2 } else { v - 1 };
        let fits = |ap: usize| {
            let under = |k: usize| k == ap || ancestors(a, k).take(2 * PHRASE).any(|h| h == ap);
            // Its first word after the comma.
            let start = (ap.saturating_sub(PHRASE).max(1)..=ap)
                .find(|&k| under(k) && a.tags[k - 1].upos != Upos::Punct)
                .unwrap_or(ap);
            let h = a.heads[ap - 1] as usize;
            // ("the president of Russia": an "of" inside the phrase is part of it.)
            let nominal = |k: usize| {
                nominal_word(a, k)
                    || a.tags[k - 1].upos == Upos::Adp
                        && a.rels[k - 1] == Rel::Case
                        && (start..=e).contains(&(a.heads[k - 1] as usize))
            };
            start >= 2
                && a.tags[start - 2].xpos == Xpos::Comma
                && h != 0
                && h < start - 1
                && (start..=e).all(|k| under(k) && nominal(k))
        };
        let Some(ap) = std::iter::once(e)
            .chain(ancestors(a, e))
            .take(PHRASE)
            .filter(|&k| k <= e && a.rels[k - 1] == Rel::Appos)
            .find(|&k| fits(k))
        else {
            continue;
        };
        a.heads[ap - 1] = v as u32;
        a.rels[ap - 1] = Rel::Nsubj;
    }
}

/// A word of a noun phrase: by its tag, or by its relation inside the phrase ("United" tagged
/// a verb in "United Nations Resolution 1559").
fn nominal_word(a: &Analysis, k: usize) -> bool {
    matches!(a.tags[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Det)
        || a.tags[k - 1].xpos == Xpos::Pos
        || matches!(a.rels[k - 1], Rel::Amod | Rel::Compound | Rel::Det | Rel::Nummod | Rel::Flat)
            && !matches!(
                a.tags[k - 1].upos,
                Upos::Punct | Upos::Adp | Upos::Cconj | Upos::Sconj | Upos::Pron
            )
}

/// The words above word `i` (1-based), nearest first, up to the root (never 0) and never
/// more than the sentence's length of them, so a head list that is no tree cannot loop.
fn ancestors(a: &Analysis, i: usize) -> impl Iterator<Item = usize> + '_ {
    let n = a.len();
    std::iter::successors(Some(i), move |&x| {
        let h = *a.heads.get(x.checked_sub(1)?)? as usize;
        (h != 0 && h <= n).then_some(h)
    })
    .skip(1)
    .take(n + 1)
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn participle_on_noun(a: &mut Analysis) {
    let n = a.len();
    for v in 2..=n {
        if a.rels[v - 1] != Rel::Advcl
            || a.tags[v - 1].xpos != Xpos::Vbg
            || a.tags[v - 2].xpos != Xpos::Comma
        {
            continue;
        }
        let h = a.heads[v - 1] as usize;
        if h == 0
            || h > n
            || !matches!(a.tags[h - 1].upos, Upos::Noun | Upos::Propn)
            || a.rels[h - 1] != Rel::Obj
            || a.children_with(h, Rel::Cop).next().is_some()
        {
            continue;
        }
        // The nearest verb above the noun.
        let Some(at) = ancestors(a, h).find(|&x| a.tags[x - 1].upos == Upos::Verb) else {
            continue;
        };
        if at == v {
            continue;
        }
        a.heads[v - 1] = at as u32;
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn subordinator_as_head(a: &mut Analysis) {
    let n = a.len();
    for d in 1..=n {
        if a.tags[d - 1].upos != Upos::Sconj
            || matches!(a.rels[d - 1], Rel::Mark | Rel::Fixed | Rel::Case | Rel::Cc | Rel::Root)
        {
            continue;
        }
        let Some(v) = ((d + 1)..=n).find(|&c| {
            a.heads[c - 1] as usize == d
                && matches!(a.tags[c - 1].upos, Upos::Verb | Upos::Aux)
                && !matches!(a.rels[c - 1], Rel::Fixed | Rel::Punct)
        }) else {
            continue;
        };
        let h = a.heads[d - 1] as usize;
        let rel = match a.rels[d - 1] {
            Rel::Advcl => Rel::Advcl,
            _ if h == 0 || h > n => continue,
            _ if matches!(a.tags[h - 1].upos, Upos::Verb | Upos::Aux | Upos::Adj) => Rel::Ccomp,
            _ if matches!(a.tags[h - 1].upos, Upos::Noun | Upos::Propn) => Rel::Acl,
            _ => continue,
        };
        a.heads[v - 1] = h as u32;
        a.rels[v - 1] = rel;
        // What else hung on the subordinator belongs to the clause.
        for c in 1..=n {
            if c != v && a.heads[c - 1] as usize == d {
                a.heads[c - 1] = v as u32;
            }
        }
        a.heads[d - 1] = v as u32;
        a.rels[d - 1] = Rel::Mark;
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn relative_clause_attachment(a: &mut Analysis) {
    let n = a.len();
    for p in 2..=n {
        if a.tags[p - 1].upos != Upos::Pron
            || !matches!(a.lemmas[p - 1].as_str(), "who" | "whom" | "which")
            || !matches!(a.rels[p - 1], Rel::Nsubj | Rel::NsubjPass | Rel::Obj)
        {
            continue;
        }
        let v = a.heads[p - 1] as usize;
        if v <= p
            || v > n
            || !matches!(a.rels[v - 1], Rel::Parataxis | Rel::Conj | Rel::Ccomp | Rel::Advcl)
        {
            continue;
        }
        // The pronoun opens its clause: nothing of the clause but punctuation before it.
        if (1..p).any(|k| a.heads[k - 1] as usize == v && a.tags[k - 1].upos != Upos::Punct) {
            continue;
        }
        // A name takes a relative clause set off by a comma ("the Tamil Tigers, who"); a name
        // right before the pronoun is more often a place inside the noun phrase of the real
        // antecedent ("a cleric living in Italy who was abducted").
        let comma = a.tags[p - 2].xpos == Xpos::Comma;
        let j = if comma { p - 2 } else { p - 1 };
        if j == 0
            || !(a.tags[j - 1].upos == Upos::Noun || (comma && a.tags[j - 1].upos == Upos::Propn))
        {
            continue;
        }
        // The noun must not lie inside the clause (no cycle).
        if ancestors(a, j).any(|x| x == v) {
            continue;
        }
        a.heads[v - 1] = j as u32;
        a.rels[v - 1] = Rel::AclRelcl;
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn reduced_relative_root(a: &mut Analysis) {
    let n = a.len();
    let Some(r) = a.root() else { return };
    if !matches!(a.tags[r - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
        return;
    }
    let reduced = |v: usize| {
        v > r
            && a.tags[v - 1].upos == Upos::Verb
            && matches!(a.tags[v - 1].xpos, Xpos::Vbd | Xpos::Vbn)
            && a.tags[v - 2].xpos != Xpos::Comma
    };
    // (Or on the last noun of the root's prepositional modifier: "Doctors from two charities
    // donated medicine", with the verb read as the charities'.)
    let Some(v) = a.children_with(r, Rel::Acl).find(|&v| reduced(v)).or_else(|| {
        a.children_with(r, Rel::Nmod)
            .filter(|&m| a.children_with(m, Rel::Case).any(|k| k < m))
            .flat_map(|m| a.children_with(m, Rel::Acl).filter(move |&v| v == m + 1))
            .find(|&v| reduced(v))
    }) else {
        return;
    };
    if passive_marks(a, v) {
        return;
    }
    // Per word (1-based), whether it lies in the subtree of `v`: each word's path up is walked
    // only until a word whose answer is known, and every word on it learns the answer, so the
    // whole sentence costs linear time (a path longer than the sentence is no tree: not under).
    let mut under: Vec<Option<bool>> = vec![None; n + 1];
    under[0] = Some(false);
    under[v] = Some(true);
    let mut path = Vec::new();
    for i in 1..=n {
        let mut at = i;
        let answer = loop {
            if let Some(known) = under.get(at).copied().flatten() {
                break known;
            }
            if at > n || path.len() > n {
                break false;
            }
            path.push(at);
            at = a.heads[at - 1] as usize;
        };
        for p in path.drain(..) {
            under[p] = Some(answer);
        }
    }
    let under_v = |i: usize| under[i] == Some(true);
    let finite =
        |i: usize| matches!(a.tags[i - 1].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    // A finite verb of the participle's own clause is a subordinate one, with a subject or a
    // subordinator of its own or coordinated to the participle ("fired on the crowd and
    // killed three"); a bare one ("The teacher jailed for ... arrived in England") is the
    // sentence's own verb, misread, and the participle then a participle.
    let subordinate = |i: usize| {
        i == v
            || a.children(i)
                .any(|c| matches!(a.rels[c - 1], Rel::Nsubj | Rel::NsubjPass | Rel::Mark | Rel::Cc))
            || a.rels[i - 1] == Rel::AclRelcl
    };
    // An auxiliary or copula stands for the clause of its head.
    let clause = |i: usize| match a.rels[i - 1] {
        Rel::Aux | Rel::AuxPass | Rel::Cop if a.heads[i - 1] > 0 => a.heads[i - 1] as usize,
        _ => i,
    };
    if (1..=n).any(|i| finite(i) && (!under_v(i) || !subordinate(clause(i)))) {
        return;
    }
    make_main_verb(a, v, r);
}

/// Whether the participle at `v` has what makes it one: an auxiliary, a passive subject or a
/// passive agent ("killed by a bomb").
fn passive_marks(a: &Analysis, v: usize) -> bool {
    a.children(v).any(|c| {
        matches!(a.rels[c - 1], Rel::Aux | Rel::AuxPass | Rel::NsubjPass)
            || (a.rels[c - 1] == Rel::Obl
                && a.children_with(c, Rel::Case).any(|k| a.lemmas[k - 1] == "by"))
    })
}

/// Makes `v` the root and the noun `r` (the root before) its subject: what hung on the noun
/// after the verb belongs to the verb's clause (a noun's modifier becomes the verb's oblique),
/// and a participle so read is a past tense.
fn make_main_verb(a: &mut Analysis, v: usize, r: usize) {
    a.heads[v - 1] = 0;
    a.rels[v - 1] = Rel::Root;
    a.heads[r - 1] = v as u32;
    a.rels[r - 1] = Rel::Nsubj;
    for d in (v + 1)..=a.len() {
        if a.heads[d - 1] as usize == r {
            a.heads[d - 1] = v as u32;
            if a.rels[d - 1] == Rel::Nmod {
                a.rels[d - 1] = Rel::Obl;
            }
        }
    }
    if a.tags[v - 1].xpos == Xpos::Vbn {
        a.tags[v - 1].xpos = Xpos::Vbd;
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn verb_read_as_adjective(a: &mut Analysis) {
    let n = a.len();
    let Some(r) = a.root() else { return };
    let v = r + 1;
    if v > n
        || !matches!(a.tags[r - 1].upos, Upos::Noun | Upos::Propn)
        || a.tags[v - 1].upos != Upos::Verb
        || !matches!(a.tags[v - 1].xpos, Xpos::Vbd | Xpos::Vbn)
        || a.rels[v - 1] != Rel::Amod
    {
        return;
    }
    let h = a.heads[v - 1] as usize;
    if h <= v || h > n || !matches!(a.tags[h - 1].upos, Upos::Noun | Upos::Propn) {
        return;
    }
    // The noun described hangs, through nominal links, on the root.
    let mut at = h;
    let mut steps = 0;
    while at != r {
        if at == 0 || steps > n || !matches!(a.tags[at - 1].upos, Upos::Noun | Upos::Propn) {
            return;
        }
        at = a.heads[at - 1] as usize;
        steps += 1;
    }
    // No finite verb besides; no auxiliary or passive agent on the verb.
    let finite =
        |i: usize| matches!(a.tags[i - 1].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    if (1..=n).any(|i| i != v && finite(i)) || passive_marks(a, v) {
        return;
    }
    make_main_verb(a, v, r);
    a.heads[h - 1] = v as u32;
    a.rels[h - 1] = Rel::Obj;
    // The object's prepositional modifiers ("at the crowd") are the verb's.
    for d in (h + 1)..=n {
        let prepositional = a.rels[d - 1] == Rel::Nmod
            && a.children_with(d, Rel::Case).any(|k| k < d && a.lemmas[k - 1] != "of");
        if a.heads[d - 1] as usize == h && prepositional {
            a.heads[d - 1] = v as u32;
            a.rels[d - 1] = Rel::Obl;
        }
    }
}

/// Verbs whose object does what a bare infinitive after it says ("let Japan defend itself").
const BARE_INFINITIVE_HEADS: &[&str] = &[
    "let", "make", "help", "see", "watch", "hear", "have", "feel", "notice", "bid", "enable",
    "request", "observe",
];

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn clause_as_object_conjunct(a: &mut Analysis) {
    let n = a.len();
    for x in 3..=n {
        if a.rels[x - 1] != Rel::Xcomp
            || a.tags[x - 1].upos != Upos::Verb
            || !matches!(a.tags[x - 1].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            || a.children_with(x, Rel::Mark).next().is_some()
            || a.children(x).any(|c| matches!(a.rels[c - 1], Rel::Nsubj | Rel::NsubjPass))
        {
            continue;
        }
        let h = a.heads[x - 1] as usize;
        if h == 0 || h >= x || BARE_INFINITIVE_HEADS.contains(&a.lemmas[h - 1].as_str()) {
            continue;
        }
        // The word before the verb is a conjunct of the verb's object.
        let prev = x - 1;
        let r = a.heads[prev - 1] as usize;
        if a.rels[prev - 1] != Rel::Conj
            || !nominal_word(a, prev)
            || r == 0
            || a.heads[r - 1] as usize != h
            || !matches!(a.rels[r - 1], Rel::Obj | Rel::Iobj)
        {
            continue;
        }
        // The object's conjuncts before the verb, with the conjunction of each.
        let conjuncts: Vec<(usize, Option<usize>)> = a
            .children_with(r, Rel::Conj)
            .filter(|&c| c < x)
            .map(|c| (c, a.children_with(c, Rel::Cc).next()))
            .collect();
        let after_comma = |cc: usize| cc >= 2 && a.tags[cc - 2].xpos == Xpos::Comma;
        let Some(&(subject, Some(cc))) = conjuncts
            .iter()
            .rev()
            .find(|(_, cc)| cc.is_some_and(after_comma))
            .or_else(|| conjuncts.iter().find(|(_, cc)| cc.is_some()))
        else {
            continue;
        };
        // "They claimed authorities and police used ...": after a verb of saying or thinking
        // the whole "object" is the subject of what was said, a clause of its own.
        if SAYING.contains(&a.lemmas[h - 1].as_str()) {
            a.heads[r - 1] = x as u32;
            a.rels[r - 1] = Rel::Nsubj;
            a.heads[x - 1] = h as u32;
            a.rels[x - 1] = Rel::Ccomp;
            continue;
        }
        // A past form may be a participle describing a bare noun ("used missile fire and
        // explosives launched from helicopters"); a subject is a name or a determined phrase.
        let determined = a.tags[subject - 1].upos == Upos::Propn
            || a.children(subject)
                .any(|c| matches!(a.rels[c - 1], Rel::Det | Rel::Nummod | Rel::NmodPoss));
        if a.tags[x - 1].xpos == Xpos::Vbd && !determined {
            continue;
        }
        for &(c, _) in conjuncts.iter().filter(|&&(c, _)| c > subject) {
            a.heads[c - 1] = subject as u32;
        }
        a.heads[subject - 1] = x as u32;
        a.rels[subject - 1] = Rel::Nsubj;
        a.heads[cc - 1] = x as u32;
        if after_comma(cc) && a.heads[cc - 2] as usize == subject {
            a.heads[cc - 2] = x as u32;
        }
        a.heads[x - 1] = h as u32;
        a.rels[x - 1] = Rel::Conj;
    }
}

/// Verbs of saying and thinking, whose complement is a clause ("claimed the police used").
const SAYING: &[&str] = &[
    "say",
    "claim",
    "think",
    "believe",
    "argue",
    "insist",
    "allege",
    "assert",
    "maintain",
    "suggest",
    "fear",
    "hope",
    "know",
    "contend",
    "report",
    "deny",
    "admit",
    "acknowledge",
    "doubt",
    "suspect",
    "reckon",
    "conclude",
    "note",
    "stress",
    "realise",
    "realize",
    "expect",
];

/// Subordinators that open an adverbial participle clause ("before marching", "after meeting").
const ADVERBIAL_MARKS: &[&str] =
    &["before", "after", "while", "when", "since", "upon", "without", "by"];

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn adverbial_clause_on_noun(a: &mut Analysis) {
    let n = a.len();
    for v in 2..=n {
        if a.rels[v - 1] != Rel::Acl
            || a.tags[v - 1].upos != Upos::Verb
            || !matches!(a.tags[v - 1].xpos, Xpos::Vbg | Xpos::Vbn)
            || !a.children_with(v, Rel::Mark).any(|m| {
                m < v && ADVERBIAL_MARKS.contains(&a.lemmas[m - 1].to_lowercase().as_str())
            })
        {
            continue;
        }
        // The verb that governs the noun: the nearest verb above it.
        let Some(g) = ancestors(a, v).find(|&h| a.tags[h - 1].upos == Upos::Verb) else {
            continue;
        };
        a.heads[v - 1] = g as u32;
        a.rels[v - 1] = Rel::Advcl;
    }
}

/// Subordinators that are prepositions too ("after the war", "after the war ended").
const PREPOSITION_SUBORDINATORS: &[&str] = &["after", "before", "since", "until", "till"];

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn subordinator_as_preposition(a: &mut Analysis) {
    let n = a.len();
    for c in 1..n {
        if a.tags[c - 1].upos != Upos::Adp
            || a.rels[c - 1] != Rel::Case
            || !PREPOSITION_SUBORDINATORS.contains(&a.lemmas[c - 1].to_lowercase().as_str())
        {
            continue;
        }
        let noun = a.heads[c - 1] as usize;
        if noun <= c
            || noun > n
            || !matches!(a.tags[noun - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron)
            || !matches!(a.rels[noun - 1], Rel::Obl | Rel::Nmod)
        {
            continue;
        }
        // Through adverbs and auxiliaries to the verb.
        let mut v = noun + 1;
        let mut aux_be = false;
        let mut aux = false;
        while v <= n && matches!(a.tags[v - 1].upos, Upos::Adv | Upos::Aux) {
            if a.tags[v - 1].upos == Upos::Aux {
                aux = true;
                aux_be |= a.lemmas[v - 1] == "be";
            }
            v += 1;
        }
        if v > n || a.tags[v - 1].upos != Upos::Verb || a.rels[v - 1] == Rel::Root {
            continue;
        }
        let finite = matches!(a.tags[v - 1].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            || aux && matches!(a.tags[v - 1].xpos, Xpos::Vbn | Xpos::Vbg);
        let has_subject =
            a.children(v).any(|k| matches!(a.rels[k - 1], Rel::Nsubj | Rel::NsubjPass));
        let governor = a.heads[noun - 1] as usize;
        // (No cycle: the verb must not stand above the noun's governor.)
        if !finite
            || has_subject
            || governor == 0
            || governor == v
            || ancestors(a, governor).any(|x| x == v)
        {
            continue;
        }
        a.heads[v - 1] = governor as u32;
        a.rels[v - 1] = Rel::Advcl;
        a.heads[noun - 1] = v as u32;
        let passive = aux_be && a.tags[v - 1].xpos == Xpos::Vbn;
        a.rels[noun - 1] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        a.heads[c - 1] = v as u32;
        a.rels[c - 1] = Rel::Mark;
        a.tags[c - 1].upos = Upos::Sconj;
        // The adverbs and auxiliaries between are the verb's.
        for k in noun + 1..v {
            a.heads[k - 1] = v as u32;
        }
    }
}

/// See the module documentation. Indices in `a.heads` are 1-based (0 is the root).
fn participle_apposition_root(a: &mut Analysis) {
    let n = a.len();
    let Some(r) = (1..=n).find(|&k| a.heads[k - 1] == 0) else { return };
    if r < 3
        || a.tags[r - 1].xpos != Xpos::Vbn
        || a.tags[r - 2].xpos != Xpos::Comma
        || a.children(r).any(|c| matches!(a.rels[c - 1], Rel::Aux | Rel::AuxPass | Rel::Cop))
    {
        return;
    }
    let Some(subject) = a.children_with(r, Rel::Nsubj).find(|&s| s < r - 1) else { return };
    let Some(f) = a.children(r).find(|&c| {
        c > r + 1
            && a.tags[c - 1].upos == Upos::Verb
            && matches!(a.tags[c - 1].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            && a.tags[c - 2].xpos == Xpos::Comma
            && matches!(a.rels[c - 1], Rel::Parataxis | Rel::Conj | Rel::Ccomp | Rel::Dep)
            && !a
                .children(c)
                .any(|k| matches!(a.rels[k - 1], Rel::Nsubj | Rel::NsubjPass | Rel::Mark | Rel::Cc))
    }) else {
        return;
    };
    // The participle's words end at the comma before the verb; what follows is the verb's.
    for c in 1..=n {
        if a.heads[c - 1] as usize == r && c >= f - 1 && c != f {
            a.heads[c - 1] = f as u32;
        }
    }
    a.heads[f - 1] = 0;
    a.rels[f - 1] = Rel::Root;
    a.heads[subject - 1] = f as u32;
    a.heads[r - 1] = subject as u32;
    a.rels[r - 1] = Rel::Acl;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Tag;

    /// An analysis from (UPOS, XPOS, head, relation, lemma) rows.
    fn analysis(rows: &[(Upos, Xpos, u32, Rel, &str)]) -> Analysis {
        Analysis {
            tags: rows.iter().map(|r| Tag { upos: r.0, xpos: r.1 }).collect(),
            heads: rows.iter().map(|r| r.2).collect(),
            rels: rows.iter().map(|r| r.3).collect(),
            lemmas: rows.iter().map(|r| r.4.to_string()).collect(),
        }
    }

    #[test]
    fn a_verb_read_as_the_adjective_of_the_next_noun_is_the_main_verb() {
        // "Police fired gas at protesters ." with "fired" read as the adjective of "gas".
        let rows = [
            (Upos::Noun, Xpos::Nns, 0, Rel::Root, "police"),
            (Upos::Verb, Xpos::Vbd, 3, Rel::Amod, "fire"),
            (Upos::Noun, Xpos::Nn, 1, Rel::Obj, "gas"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "at"),
            (Upos::Noun, Xpos::Nns, 3, Rel::Nmod, "protester"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ];
        let mut a = analysis(&rows);
        verb_read_as_adjective(&mut a);
        assert_eq!((a.heads[1], a.rels[1]), (0, Rel::Root));
        assert_eq!((a.heads[0], a.rels[0]), (2, Rel::Nsubj));
        assert_eq!((a.heads[2], a.rels[2]), (2, Rel::Obj));
        assert_eq!((a.heads[4], a.rels[4]), (2, Rel::Obl));
        assert_eq!(a.heads[5], 2);
        // A sentence with a finite verb of its own keeps the reading ("Police fired workers
        // protested").
        let mut b = analysis(&rows);
        b.tags[4] = Tag { upos: Upos::Verb, xpos: Xpos::Vbd };
        verb_read_as_adjective(&mut b);
        assert_eq!(b.rels[1], Rel::Amod);
    }

    #[test]
    fn an_apposition_closed_by_a_comma_before_its_verb_is_the_subject() {
        // "In May , the leader , Ann Lee , criticised Peru ." with "leader" read as the
        // apposition of "May" and the verb left with no subject.
        let rows = [
            (Upos::Adp, Xpos::In, 2, Rel::Case, "in"),
            (Upos::Propn, Xpos::Nnp, 10, Rel::Obl, "May"),
            (Upos::Punct, Xpos::Comma, 2, Rel::Punct, ","),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 2, Rel::Appos, "leader"),
            (Upos::Punct, Xpos::Comma, 7, Rel::Punct, ","),
            (Upos::Propn, Xpos::Nnp, 5, Rel::Appos, "Ann"),
            (Upos::Propn, Xpos::Nnp, 7, Rel::Flat, "Lee"),
            (Upos::Punct, Xpos::Comma, 10, Rel::Punct, ","),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "criticise"),
            (Upos::Propn, Xpos::Nnp, 10, Rel::Obj, "Peru"),
            (Upos::Punct, Xpos::Period, 10, Rel::Punct, "."),
        ];
        let mut a = analysis(&rows);
        subject_as_apposition(&mut a);
        assert_eq!((a.heads[6], a.rels[6]), (10, Rel::Nsubj));
    }

    #[test]
    fn a_speaker_after_the_quote_is_the_subject() {
        // "Police attacked them , said the leader ." with "leader" read as the object.
        let rows = [
            (Upos::Noun, Xpos::Nn, 2, Rel::Nsubj, "police"),
            (Upos::Verb, Xpos::Vbd, 5, Rel::Ccomp, "attack"),
            (Upos::Pron, Xpos::Prp, 2, Rel::Obj, "they"),
            (Upos::Punct, Xpos::Comma, 2, Rel::Punct, ","),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "say"),
            (Upos::Det, Xpos::Dt, 7, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 5, Rel::Obj, "leader"),
            (Upos::Punct, Xpos::Period, 5, Rel::Punct, "."),
        ];
        let mut a = analysis(&rows);
        inverted_speaker(&mut a);
        assert_eq!(a.rels[6], Rel::Nsubj);
        // No clause said before the verb ("attacked" an open complement): the noun after
        // it stays its object.
        let mut b = analysis(&rows);
        b.rels[1] = Rel::Xcomp;
        inverted_speaker(&mut b);
        assert_eq!(b.rels[6], Rel::Obj);
        // Nor when the verb has a subject of its own.
        let mut c = analysis(&rows);
        c.heads[2] = 5;
        c.rels[2] = Rel::Nsubj;
        inverted_speaker(&mut c);
        assert_eq!(c.rels[6], Rel::Obj);
    }

    #[test]
    fn an_adjective_before_a_name_modifies_its_phrase() {
        use Rel::*;
        use Upos::*;
        // "Russian President Vladimir Putin met Hu ." with the adjective read as the root.
        let mut a = analysis(&[
            (Adj, Xpos::Jj, 0, Root, "russian"),
            (Propn, Xpos::Nnp, 3, NmodDesc, "President"),
            (Propn, Xpos::Nnp, 5, Nsubj, "Vladimir"),
            (Propn, Xpos::Nnp, 3, Flat, "Putin"),
            (Verb, Xpos::Vbd, 1, Parataxis, "meet"),
            (Propn, Xpos::Nnp, 5, Obj, "Hu"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        detached_adjective(&mut a);
        assert_eq!(a.heads, vec![3, 3, 5, 3, 0, 5, 5]);
        assert_eq!((a.rels[0], a.rels[4]), (Amod, Root));
        // Coordinated adjectives stay: "European and African Union leaders".
        let mut b = analysis(&[
            (Adj, Xpos::Jj, 5, Amod, "european"),
            (Cconj, Xpos::Cc, 3, Cc, "and"),
            (Adj, Xpos::Jj, 1, Conj, "african"),
            (Propn, Xpos::Nnp, 5, Compound, "Union"),
            (Noun, Xpos::Nns, 0, Root, "leader"),
        ]);
        let before = b.heads.clone();
        detached_adjective(&mut b);
        assert_eq!(b.heads, before);
    }

    #[test]
    fn a_verb_read_as_a_modifiers_participle_is_the_main_verb() {
        use Rel::*;
        use Upos::*;
        // "Doctors from two charities donated medicine ." with "donated" hung on "charities".
        let mut a = analysis(&[
            (Noun, Xpos::Nns, 0, Root, "doctor"),
            (Adp, Xpos::In, 5, Case, "from"),
            (Num, Xpos::Cd, 5, Nummod, "two"),
            (Adj, Xpos::Jj, 5, Amod, "american"),
            (Noun, Xpos::Nns, 1, Nmod, "charity"),
            (Verb, Xpos::Vbd, 5, Acl, "donate"),
            (Noun, Xpos::Nn, 6, Obj, "medicine"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        reduced_relative_root(&mut a);
        assert_eq!((a.heads[5], a.rels[5]), (0, Root));
        assert_eq!((a.heads[0], a.rels[0]), (6, Nsubj));
        // A modifier with no preposition is no such phrase ("the ministry, rebels shot down").
        let mut b = analysis(&[
            (Noun, Xpos::Nn, 0, Root, "ministry"),
            (Upos::Punct, Xpos::Comma, 1, Rel::Punct, ","),
            (Noun, Xpos::Nns, 1, Nmod, "rebel"),
            (Verb, Xpos::Vbd, 3, Acl, "shoot"),
            (Noun, Xpos::Nn, 4, Obj, "plane"),
        ]);
        let before = b.heads.clone();
        reduced_relative_root(&mut b);
        assert_eq!(b.heads, before);
    }

    #[test]
    fn a_list_of_names_is_one_list() {
        use Rel::*;
        use Upos::*;
        // "drafted by the United Kingdom , Italy and Spain ." as the greedy parser read it:
        // "Italy" an oblique of the verb, "Spain" its conjunct.
        let words =
            ["drafted", "by", "the", "United", "Kingdom", ",", "Italy", "and", "Spain", "."];
        let mut a = analysis(&[
            (Verb, Xpos::Vbn, 0, Root, "draft"),
            (Adp, Xpos::In, 5, Case, "by"),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "the"),
            (Adj, Xpos::Jj, 5, Amod, "united"),
            (Propn, Xpos::Nnp, 1, OblAgent, "Kingdom"),
            (Upos::Punct, Xpos::Comma, 7, Rel::Punct, ","),
            (Propn, Xpos::Nnp, 1, OblUnmarked, "Italy"),
            (Cconj, Xpos::Cc, 9, Cc, "and"),
            (Propn, Xpos::Nnp, 7, Conj, "Spain"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        repair(&mut a, &words);
        assert_eq!(a.heads, vec![0, 5, 5, 5, 1, 7, 5, 9, 5, 1]);
        assert_eq!((a.rels[4], a.rels[6], a.rels[8]), (OblAgent, Conj, Conj));
        // Without the words' forms, or with a month for a name, nothing changes.
        let mut b = a.clone();
        b.heads[6] = 1;
        b.rels[6] = OblUnmarked;
        let before = b.heads.clone();
        repair(&mut b, &[]);
        assert_eq!(b.heads, before);
        let months =
            ["drafted", "by", "the", "United", "Kingdom", ",", "March", "and", "Spain", "."];
        let mut c = b.clone();
        c.lemmas[6] = "March".into();
        repair(&mut c, &months);
        assert_eq!(c.heads, before);
    }

    #[test]
    fn what_an_object_is_called_is_the_verbs_complement() {
        use Rel::*;
        use Upos::*;
        // "called the claims absurd ." read with "absurd" a modifier of "claims".
        let mut a = analysis(&[
            (Verb, Xpos::Vbd, 0, Root, "call"),
            (Upos::Det, Xpos::Dt, 3, Rel::Det, "the"),
            (Noun, Xpos::Nns, 1, Obj, "claim"),
            (Adj, Xpos::Jj, 3, Amod, "absurd"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        repair(&mut a, &[]);
        assert_eq!((a.heads[3], a.rels[3]), (1, Xcomp));
        // "called the claims baseless ." read with "baseless" a noun, "claims" its compound
        // and "the" its determiner.
        let mut b = analysis(&[
            (Verb, Xpos::Vbd, 0, Root, "call"),
            (Upos::Det, Xpos::Dt, 4, Rel::Det, "the"),
            (Noun, Xpos::Nns, 4, Compound, "claim"),
            (Noun, Xpos::Nn, 1, Xcomp, "baseless"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        repair(&mut b, &[]);
        assert_eq!((b.heads[2], b.rels[2]), (1, Obj));
        assert_eq!((b.heads[1], b.tags[3].upos), (3, Adj));
        // "called the move a farce ." read with "move" the complement, "farce" its modifier.
        let mut d = analysis(&[
            (Verb, Xpos::Vbd, 0, Root, "call"),
            (Upos::Det, Xpos::Dt, 3, Rel::Det, "the"),
            (Noun, Xpos::Nn, 1, Xcomp, "move"),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "a"),
            (Noun, Xpos::Nn, 3, NmodUnmarked, "farce"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        repair(&mut d, &[]);
        assert_eq!((d.heads[2], d.rels[2]), (1, Obj));
        assert_eq!((d.heads[4], d.rels[4]), (1, Xcomp));
        // Not after a verb that does not name: "met the officials concerned".
        let mut c = a.clone();
        c.lemmas[0] = "meet".into();
        c.heads[3] = 3;
        c.rels[3] = Amod;
        repair(&mut c, &[]);
        assert_eq!((c.heads[3], c.rels[3]), (3, Amod));
    }

    #[test]
    fn stacked_subjects_become_one_phrase() {
        use Rel::*;
        use Upos::*;
        // A body, an office and a name stacked before the verb, as the parser read them.
        let mut a = analysis(&[
            (Adj, Xpos::Jj, 2, Amod, "european"),
            (Propn, Xpos::Nnp, 8, Nsubj, "Union"),
            (Adj, Xpos::Jj, 4, Amod, "monetary"),
            (Noun, Xpos::Nns, 8, Obj, "affair"),
            (Adj, Xpos::Jj, 4, Amod, "chief"),
            (Propn, Xpos::Nnp, 8, Nsubj, "Olli"),
            (Propn, Xpos::Nnp, 6, Flat, "Rehn"),
            (Verb, Xpos::Vbd, 0, Root, "remark"),
        ]);
        stacked_subjects(&mut a);
        assert_eq!(&a.heads[..], &[2, 6, 4, 6, 4, 8, 6, 0]);
        assert_eq!((a.rels[1], a.rels[3], a.rels[5]), (Compound, Compound, Nsubj));
        // Two subjects with a comma between them are left alone.
        let mut b = analysis(&[
            (Noun, Xpos::Nns, 4, Nsubj, "people"),
            (Upos::Punct, Xpos::Comma, 4, Rel::Punct, ","),
            (Noun, Xpos::Nn, 4, Nsubj, "today"),
            (Verb, Xpos::Vbd, 0, Root, "attend"),
        ]);
        let before = b.heads.clone();
        stacked_subjects(&mut b);
        assert_eq!(b.heads, before);
    }

    #[test]
    fn a_subject_read_as_an_apposition_becomes_the_subject() {
        use Rel::*;
        use Upos::*;
        // "In talks with Hu on Sunday , Russian President Putin said ." as the parser read it:
        // the name after the comma hung on "Hu" as an apposition, "said" with no subject.
        let mut a = analysis(&[
            (Adp, Xpos::In, 2, Case, "in"),
            (Noun, Xpos::Nns, 11, Obl, "talk"),
            (Adp, Xpos::In, 4, Case, "with"),
            (Propn, Xpos::Nnp, 2, Nmod, "Hu"),
            (Adp, Xpos::In, 6, Case, "on"),
            (Propn, Xpos::Nnp, 4, Nmod, "Sunday"),
            (Upos::Punct, Xpos::Comma, 10, Rel::Punct, ","),
            (Adj, Xpos::Jj, 9, Amod, "russian"),
            (Propn, Xpos::Nnp, 10, NmodDesc, "President"),
            (Propn, Xpos::Nnp, 4, Appos, "Putin"),
            (Verb, Xpos::Vbd, 0, Root, "say"),
            (Upos::Punct, Xpos::Period, 11, Rel::Punct, "."),
        ]);
        repair(&mut a, &[]);
        assert_eq!((a.heads[9], a.rels[9]), (11, Nsubj));
        // A subject before the comma keeps its apposition ("Aidan White , the secretary ,
        // wrote").
        let mut b = analysis(&[
            (Propn, Xpos::Nnp, 5, Nsubj, "White"),
            (Upos::Punct, Xpos::Comma, 4, Rel::Punct, ","),
            (Upos::Det, Xpos::Dt, 4, Rel::Det, "the"),
            (Noun, Xpos::Nn, 1, Appos, "secretary"),
            (Verb, Xpos::Vbd, 0, Root, "write"),
        ]);
        let before = b.heads.clone();
        repair(&mut b, &[]);
        assert_eq!(b.heads, before);
    }

    #[test]
    fn a_participle_holding_the_sentence_becomes_its_verb() {
        // "Syrian troops fired on the army ." as the greedy parser reads it.
        let mut a = analysis(&[
            (Upos::Adj, Xpos::Jj, 2, Rel::Amod, "syrian"),
            (Upos::Noun, Xpos::Nns, 0, Rel::Root, "troop"),
            (Upos::Verb, Xpos::Vbn, 2, Rel::Acl, "fire"),
            (Upos::Adp, Xpos::In, 6, Rel::Case, "on"),
            (Upos::Det, Xpos::Dt, 6, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 3, Rel::Obl, "army"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        repair(&mut a, &[]);
        assert_eq!(a.heads, vec![2, 3, 0, 6, 6, 3, 3]);
        assert_eq!(a.rels[1], Rel::Nsubj);
        assert_eq!(a.rels[2], Rel::Root);
        assert_eq!(a.tags[2].xpos, Xpos::Vbd);
    }

    #[test]
    fn participles_set_off_or_with_an_agent_or_beside_a_verb_stay() {
        // "The resolution , passed by the Senate ." keeps its participle.
        let comma = analysis(&[
            (Upos::Det, Xpos::Dt, 2, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 0, Rel::Root, "resolution"),
            (Upos::Punct, Xpos::Comma, 4, Rel::Punct, ","),
            (Upos::Verb, Xpos::Vbn, 2, Rel::Acl, "pass"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        // "Soldiers killed by a bomb ."
        let agent = analysis(&[
            (Upos::Noun, Xpos::Nns, 0, Rel::Root, "soldier"),
            (Upos::Verb, Xpos::Vbn, 1, Rel::Acl, "kill"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "by"),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "a"),
            (Upos::Noun, Xpos::Nn, 2, Rel::Obl, "bomb"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        // "Soldiers killed there were buried ." with the finite verb outside the participle
        // (a parse that makes the noun the root but has another verb).
        let other = analysis(&[
            (Upos::Noun, Xpos::Nns, 0, Rel::Root, "soldier"),
            (Upos::Verb, Xpos::Vbn, 1, Rel::Acl, "kill"),
            (Upos::Adv, Xpos::Rb, 2, Rel::Advmod, "there"),
            (Upos::Aux, Xpos::Vbd, 5, Rel::AuxPass, "be"),
            (Upos::Verb, Xpos::Vbn, 1, Rel::Parataxis, "bury"),
            (Upos::Punct, Xpos::Period, 1, Rel::Punct, "."),
        ]);
        // "The teacher jailed for it arrived ." with the sentence's verb misread under the
        // participle's clause, with no subject of its own.
        let stray = analysis(&[
            (Upos::Det, Xpos::Dt, 2, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 0, Rel::Root, "teacher"),
            (Upos::Verb, Xpos::Vbn, 2, Rel::Acl, "jail"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "for"),
            (Upos::Pron, Xpos::Prp, 3, Rel::Obl, "it"),
            (Upos::Verb, Xpos::Vbd, 3, Rel::Xcomp, "arrive"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        for before in [comma, agent, other, stray] {
            let mut a = before.clone();
            repair(&mut a, &[]);
            assert_eq!(a, before);
        }
    }

    #[test]
    fn a_relative_clause_read_as_parataxis_hangs_on_its_noun() {
        // "Aid went to the Tigers , who fight the army ." with *fight* as a parataxis of *went*.
        let rows = [
            (Upos::Noun, Xpos::Nn, 2, Rel::Nsubj, "aid"),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "go"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "to"),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "the"),
            (Upos::Propn, Xpos::Nnps, 2, Rel::Obl, "Tigers"),
            (Upos::Punct, Xpos::Comma, 8, Rel::Punct, ","),
            (Upos::Pron, Xpos::Wp, 8, Rel::Nsubj, "who"),
            (Upos::Verb, Xpos::Vbp, 2, Rel::Parataxis, "fight"),
            (Upos::Det, Xpos::Dt, 10, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 8, Rel::Obj, "army"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ];
        let mut a = analysis(&rows);
        repair(&mut a, &[]);
        assert_eq!(a.heads[7], 5);
        assert_eq!(a.rels[7], Rel::AclRelcl);
        // Without the comma a name is taken for a place inside the antecedent's phrase, and an
        // interrogative after a verb ("asked who fights") is left alone.
        let no_comma = analysis(&[
            (Upos::Noun, Xpos::Nn, 2, Rel::Nsubj, "aid"),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "go"),
            (Upos::Adp, Xpos::In, 4, Rel::Case, "to"),
            (Upos::Propn, Xpos::Nnp, 2, Rel::Obl, "Italy"),
            (Upos::Pron, Xpos::Wp, 6, Rel::Nsubj, "who"),
            (Upos::Verb, Xpos::Vbp, 2, Rel::Parataxis, "fight"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        let mut b = no_comma.clone();
        repair(&mut b, &[]);
        assert_eq!(b, no_comma);
        let asked = analysis(&[
            (Upos::Pron, Xpos::Prp, 2, Rel::Nsubj, "they"),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "ask"),
            (Upos::Pron, Xpos::Wp, 4, Rel::Nsubj, "who"),
            (Upos::Verb, Xpos::Vbz, 2, Rel::Ccomp, "fight"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        let mut c = asked.clone();
        repair(&mut c, &[]);
        assert_eq!(c, asked);
    }
    #[test]
    fn a_clause_read_as_the_objects_conjunct_is_a_clause() {
        use Rel::*;
        use Upos::*;
        // "Pakistan opposes India , and Mexico opposes Brazil" as the parser read it: "Mexico"
        // a conjunct of "India", the second verb a bare complement of the first.
        let mut a = analysis(&[
            (Propn, Xpos::Nnp, 2, Nsubj, "Pakistan"),
            (Verb, Xpos::Vbz, 0, Root, "oppose"),
            (Propn, Xpos::Nnp, 2, Obj, "India"),
            (Upos::Punct, Xpos::Comma, 6, Rel::Punct, ","),
            (Cconj, Xpos::Cc, 6, Cc, "and"),
            (Propn, Xpos::Nnp, 3, Conj, "Mexico"),
            (Verb, Xpos::Vbz, 2, Xcomp, "oppose"),
            (Propn, Xpos::Nnp, 7, Obj, "Brazil"),
        ]);
        clause_as_object_conjunct(&mut a);
        assert_eq!(a.heads, vec![2, 0, 2, 7, 7, 7, 2, 7]);
        assert_eq!((a.rels[5], a.rels[6]), (Nsubj, Conj));
        // After a verb of saying the object is the clause's subject: "claimed police used
        // force".
        let mut b = analysis(&[
            (Pron, Xpos::Prp, 2, Nsubj, "they"),
            (Verb, Xpos::Vbd, 0, Root, "claim"),
            (Noun, Xpos::Nns, 2, Obj, "authority"),
            (Cconj, Xpos::Cc, 5, Cc, "and"),
            (Noun, Xpos::Nns, 3, Conj, "police"),
            (Verb, Xpos::Vbd, 2, Xcomp, "use"),
            (Noun, Xpos::Nn, 6, Obj, "force"),
        ]);
        clause_as_object_conjunct(&mut b);
        assert_eq!(b.heads, vec![2, 0, 6, 5, 3, 2, 6]);
        assert_eq!((b.rels[2], b.rels[5]), (Nsubj, Ccomp));
        // A bare infinitive after "let" stays: "let Japan and Korea defend themselves".
        let mut c = analysis(&[
            (Verb, Xpos::Vb, 0, Root, "let"),
            (Propn, Xpos::Nnp, 1, Obj, "Japan"),
            (Cconj, Xpos::Cc, 4, Cc, "and"),
            (Propn, Xpos::Nnp, 2, Conj, "Korea"),
            (Verb, Xpos::Vbp, 1, Xcomp, "defend"),
        ]);
        let before = c.heads.clone();
        clause_as_object_conjunct(&mut c);
        assert_eq!(c.heads, before);
    }

    #[test]
    fn an_adverbial_clause_on_a_noun_goes_to_the_verb() {
        use Rel::*;
        use Upos::*;
        // "Demonstrators rallied outside the embassy before marching" as the parser read it.
        let mut a = analysis(&[
            (Noun, Xpos::Nns, 2, Nsubj, "demonstrator"),
            (Verb, Xpos::Vbd, 0, Root, "rally"),
            (Adp, Xpos::In, 5, Case, "outside"),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "the"),
            (Noun, Xpos::Nn, 2, Obl, "embassy"),
            (Sconj, Xpos::In, 7, Mark, "before"),
            (Verb, Xpos::Vbg, 5, Acl, "march"),
        ]);
        adverbial_clause_on_noun(&mut a);
        assert_eq!((a.heads[6], a.rels[6]), (2, Advcl));
        // A participle with no subordinator stays the noun's: "troops fighting in Mosul".
        let mut b =
            analysis(&[(Noun, Xpos::Nns, 0, Root, "troop"), (Verb, Xpos::Vbg, 1, Acl, "fight")]);
        adverbial_clause_on_noun(&mut b);
        assert_eq!((b.heads[1], b.rels[1]), (1, Acl));
    }

    #[test]
    fn a_subordinator_read_as_a_preposition_opens_its_clause() {
        use Rel::*;
        use Upos::*;
        // "He resigned after Abbas called for it ." as the parser read it.
        let mut a = analysis(&[
            (Pron, Xpos::Prp, 2, Nsubj, "he"),
            (Verb, Xpos::Vbd, 0, Root, "resign"),
            (Adp, Xpos::In, 4, Case, "after"),
            (Propn, Xpos::Nnp, 2, Obl, "Abbas"),
            (Verb, Xpos::Vbd, 4, Acl, "call"),
            (Adp, Xpos::In, 7, Case, "for"),
            (Pron, Xpos::Prp, 5, Obl, "it"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        subordinator_as_preposition(&mut a);
        assert_eq!(&a.heads[..], &[2, 0, 5, 5, 2, 7, 5, 2]);
        assert_eq!((a.rels[2], a.rels[3], a.rels[4]), (Mark, Nsubj, Advcl));
        // A preposition of a noun stays: "He resigned after the war ."
        let mut b = analysis(&[
            (Pron, Xpos::Prp, 2, Nsubj, "he"),
            (Verb, Xpos::Vbd, 0, Root, "resign"),
            (Adp, Xpos::In, 5, Case, "after"),
            (Upos::Det, Xpos::Dt, 5, Rel::Det, "the"),
            (Noun, Xpos::Nn, 2, Obl, "war"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        let before = b.heads.clone();
        subordinator_as_preposition(&mut b);
        assert_eq!(b.heads, before);
    }

    #[test]
    fn what_was_told_is_no_clause_of_the_noun_told() {
        use Rel::*;
        use Upos::*;
        // "he told a meeting of ministers that a strike killed people ." as the parser read it.
        let mut a = analysis(&[
            (Pron, Xpos::Prp, 2, Nsubj, "he"),
            (Verb, Xpos::Vbd, 0, Root, "tell"),
            (Upos::Det, Xpos::Dt, 4, Rel::Det, "a"),
            (Noun, Xpos::Nn, 2, Obj, "meeting"),
            (Adp, Xpos::In, 6, Case, "of"),
            (Noun, Xpos::Nns, 4, Nmod, "minister"),
            (Sconj, Xpos::In, 10, Mark, "that"),
            (Upos::Det, Xpos::Dt, 9, Rel::Det, "a"),
            (Noun, Xpos::Nn, 10, Nsubj, "strike"),
            (Verb, Xpos::Vbd, 6, Acl, "kill"),
            (Noun, Xpos::Nns, 10, Obj, "people"),
            (Upos::Punct, Xpos::Period, 2, Rel::Punct, "."),
        ]);
        told_clause_on_noun(&mut a);
        assert_eq!((a.heads[9], a.rels[9]), (2, Ccomp));
        // On the object of a verb that tells nothing it stays: "he chaired a meeting that ..."
        let mut b = a.clone();
        b.lemmas[1] = "chair".into();
        b.heads[9] = 6;
        b.rels[9] = Acl;
        told_clause_on_noun(&mut b);
        assert_eq!((b.heads[9], b.rels[9]), (6, Acl));
    }

    #[test]
    fn a_participle_in_apposition_gives_the_root_back() {
        use Rel::*;
        use Upos::*;
        // "The study , compiled from reports , says that ..." as the parser read it.
        let mut a = analysis(&[
            (Upos::Det, Xpos::Dt, 2, Rel::Det, "the"),
            (Noun, Xpos::Nn, 4, Nsubj, "study"),
            (Upos::Punct, Xpos::Comma, 2, Rel::Punct, ","),
            (Verb, Xpos::Vbn, 0, Root, "compile"),
            (Adp, Xpos::In, 6, Case, "from"),
            (Noun, Xpos::Nns, 4, Obl, "report"),
            (Upos::Punct, Xpos::Comma, 4, Rel::Punct, ","),
            (Verb, Xpos::Vbz, 4, Parataxis, "say"),
            (Upos::Punct, Xpos::Period, 4, Rel::Punct, "."),
        ]);
        participle_apposition_root(&mut a);
        assert_eq!(&a.heads[..], &[2, 8, 2, 2, 6, 4, 8, 0, 8]);
        assert_eq!((a.rels[3], a.rels[7]), (Acl, Root));
        // A participle after its auxiliary, not a comma, is the verb: "The study has compiled ..."
        let mut b = a.clone();
        b.heads = vec![2, 4, 2, 0, 6, 4, 4, 4, 4];
        b.rels[3] = Root;
        b.rels[7] = Parataxis;
        b.tags[2] = crate::Tag { upos: Upos::Aux, xpos: Xpos::Vbz };
        b.rels[2] = Rel::Aux;
        b.heads[2] = 4;
        let before = b.heads.clone();
        participle_apposition_root(&mut b);
        assert_eq!(b.heads, before);
    }

    #[test]
    fn the_second_of_a_pair_after_between_joins_the_first() {
        // "the deal between Chile and Peru was signed" with "Peru" read as the subject.
        let rows = [
            (Upos::Det, Xpos::Dt, 2, Rel::Det, "the"),
            (Upos::Noun, Xpos::Nn, 8, Rel::NsubjPass, "deal"),
            (Upos::Adp, Xpos::In, 4, Rel::Case, "between"),
            (Upos::Propn, Xpos::Nnp, 2, Rel::Nmod, "Chile"),
            (Upos::Cconj, Xpos::Cc, 8, Rel::Cc, "and"),
            (Upos::Propn, Xpos::Nnp, 8, Rel::NsubjPass, "Peru"),
            (Upos::Aux, Xpos::Vbd, 8, Rel::AuxPass, "be"),
            (Upos::Verb, Xpos::Vbn, 0, Rel::Root, "sign"),
        ];
        let mut a = analysis(&rows);
        between_pair(&mut a);
        assert_eq!((a.heads[5], a.rels[5]), (4, Rel::Conj));
        assert_eq!((a.heads[4], a.rels[4]), (6, Rel::Cc));
        // A pair already joined is left.
        let mut b = analysis(&rows);
        b.heads[5] = 4;
        b.rels[5] = Rel::Conj;
        let before = b.heads.clone();
        between_pair(&mut b);
        assert_eq!(b.heads, before);
        // "with" is no "between".
        let mut c = analysis(&rows);
        c.lemmas[2] = "with".into();
        between_pair(&mut c);
        assert_eq!(c.rels[5], Rel::NsubjPass);
    }

    #[test]
    fn those_along_with_the_subject_join_it() {
        // "Chile , along with Peru , condemned Bolivia" with "Peru" an oblique of the verb.
        let rows = [
            (Upos::Propn, Xpos::Nnp, 7, Rel::Nsubj, "Chile"),
            (Upos::Punct, Xpos::Comma, 1, Rel::Punct, ","),
            (Upos::Adv, Xpos::Rb, 5, Rel::Advmod, "along"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "with"),
            (Upos::Propn, Xpos::Nnp, 7, Rel::Obl, "Peru"),
            (Upos::Punct, Xpos::Comma, 5, Rel::Punct, ","),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "condemn"),
            (Upos::Propn, Xpos::Nnp, 7, Rel::Obj, "Bolivia"),
        ];
        let mut a = analysis(&rows);
        along_with_subject(&mut a);
        assert_eq!((a.heads[4], a.rels[4]), (1, Rel::Conj));
        assert_eq!((a.heads[3], a.rels[3]), (5, Rel::Cc));
        // After the verb, "along with" names no co-subject ("met Peru along with Chile").
        let rows = [
            (Upos::Propn, Xpos::Nnp, 2, Rel::Nsubj, "Bolivia"),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "meet"),
            (Upos::Propn, Xpos::Nnp, 2, Rel::Obj, "Peru"),
            (Upos::Adv, Xpos::Rb, 6, Rel::Advmod, "along"),
            (Upos::Adp, Xpos::In, 6, Rel::Case, "with"),
            (Upos::Propn, Xpos::Nnp, 2, Rel::Obl, "Chile"),
        ];
        let mut b = analysis(&rows);
        along_with_subject(&mut b);
        assert_eq!((b.heads[5], b.rels[5]), (2, Rel::Obl));
    }

    #[test]
    fn a_noun_after_a_possessive_is_no_adjective() {
        // "expand its offensive in Lebanon" with "its" the object and "offensive" its adjective.
        let rows = [
            (Upos::Verb, Xpos::Vb, 0, Rel::Root, "expand"),
            (Upos::Pron, Xpos::PrpS, 1, Rel::Obj, "its"),
            (Upos::Adj, Xpos::Jj, 2, Rel::Amod, "offensive"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "in"),
            (Upos::Propn, Xpos::Nnp, 3, Rel::Obl, "Lebanon"),
        ];
        let mut a = analysis(&rows);
        possessive_then_adjective(&mut a);
        assert_eq!((a.heads[2], a.rels[2], a.tags[2].upos), (1, Rel::Obj, Upos::Noun));
        assert_eq!((a.heads[1], a.rels[1]), (3, Rel::NmodPoss));
        assert_eq!(a.rels[4], Rel::Nmod);
        // An adjective with a noun after it modifies that noun: "its offensive weapons".
        let mut b = analysis(&rows);
        b.tags[3] = Tag { upos: Upos::Noun, xpos: Xpos::Nns };
        possessive_then_adjective(&mut b);
        assert_eq!(b.tags[2].upos, Upos::Adj);
    }

    #[test]
    fn an_agent_with_no_by_is_an_object() {
        // "Latham criticised Minister Howard" with "Howard" a passive agent.
        let rows = [
            (Upos::Propn, Xpos::Nnp, 2, Rel::Nsubj, "Latham"),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "criticise"),
            (Upos::Propn, Xpos::Nnp, 4, Rel::NmodDesc, "Minister"),
            (Upos::Propn, Xpos::Nnp, 2, Rel::OblAgent, "Howard"),
        ];
        let mut a = analysis(&rows);
        agent_without_by(&mut a);
        assert_eq!(a.rels[3], Rel::Obj);
        // A true agent keeps its "by".
        let rows = [
            (Upos::Propn, Xpos::Nnp, 3, Rel::NsubjPass, "Howard"),
            (Upos::Aux, Xpos::Vbd, 3, Rel::AuxPass, "be"),
            (Upos::Verb, Xpos::Vbn, 0, Rel::Root, "criticise"),
            (Upos::Adp, Xpos::In, 5, Rel::Case, "by"),
            (Upos::Propn, Xpos::Nnp, 3, Rel::OblAgent, "Latham"),
        ];
        let mut b = analysis(&rows);
        agent_without_by(&mut b);
        assert_eq!(b.rels[4], Rel::OblAgent);
    }

    #[test]
    fn stacked_subjects_may_end_in_a_phrase_of_the_last() {
        // "Senator Christine Milne of the Greens went" with "Senator" and "Milne" both subjects.
        let rows = [
            (Upos::Propn, Xpos::Nnp, 8, Rel::Nsubj, "Senator"),
            (Upos::Propn, Xpos::Nnp, 1, Rel::Flat, "Christine"),
            (Upos::Propn, Xpos::Nnp, 8, Rel::Nsubj, "Milne"),
            (Upos::Adp, Xpos::In, 6, Rel::Case, "of"),
            (Upos::Det, Xpos::Dt, 6, Rel::Det, "the"),
            (Upos::Propn, Xpos::Nnps, 3, Rel::Nmod, "Greens"),
            (Upos::Adv, Xpos::Rb, 8, Rel::Advmod, "then"),
            (Upos::Verb, Xpos::Vbd, 0, Rel::Root, "go"),
        ];
        let mut a = analysis(&rows);
        stacked_subjects(&mut a);
        assert_eq!((a.heads[0], a.rels[0]), (3, Rel::Compound));
        assert_eq!((a.heads[2], a.rels[2]), (8, Rel::Nsubj));
    }
}
