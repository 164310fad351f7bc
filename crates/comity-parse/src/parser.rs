//! Greedy arc-hybrid transition parser with the root at the end of the buffer (Kuhlmann et
//! al. 2011; Ballesteros and Nivre 2013), labelled transitions scored jointly by an averaged
//! perceptron, trained with the dynamic oracle of Goldberg and Nivre (2013) and exploration.
//!
//! Words are numbered `0..n`; node `n` is the artificial root. A sentence of `n` words takes
//! exactly `2n` transitions: `n` shifts and `n` arcs. The root may take a dependent only when
//! the stack holds a single word, so every output is a tree with exactly one root word.

use crate::hash::{key, mix};
use crate::lex::Lex;
use crate::weights::{Perceptron, Weights};

const NONE: u32 = u32::MAX;
const NONE_WORD: u64 = 0x7777_0001;
const ROOT_WORD: u64 = 0x7777_0002;
const NONE_TAG: u64 = 0xFFFF;
const ROOT_TAG: u64 = 0xFFFE;
const NONE_LABEL: u64 = 0xFF;

/// The features of a configuration fall into groups by what they read, so that the scores of
/// a group can be kept while what it reads stays the same (see [`parse_many`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    /// The first three words of the buffer: the same until the next shift.
    Buffer = 0,
    /// The front of the buffer with its left dependents: the same until the next shift or left
    /// arc.
    BufferFront = 1,
    /// The top of the stack with its dependents: the same while that word stays on top, and
    /// again when a left arc pops the word above it (a right arc gives it a dependent).
    StackTop = 2,
    /// Everything else (the second and third of the stack, pairs and distances).
    Rest = 3,
}

/// Number of feature groups.
pub(crate) const GROUPS: usize = 4;

/// A transition: shift, or an arc with a label index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Move {
    Shift,
    /// `s0` becomes a dependent of `b0` and is popped.
    Left(u8),
    /// `s0` becomes a dependent of `s1` and is popped.
    Right(u8),
}

/// Class numbering: 0 = shift, `1 + l` = left arc `l`, `1 + L + l` = right arc `l`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Classes {
    /// Number of labels `L`; label 0 is `root`.
    pub(crate) labels: usize,
}

impl Classes {
    pub(crate) fn count(self) -> usize {
        1 + 2 * self.labels
    }

    pub(crate) fn decode(self, c: usize) -> Move {
        if c == 0 {
            Move::Shift
        } else if c <= self.labels {
            Move::Left((c - 1) as u8)
        } else {
            Move::Right((c - 1 - self.labels) as u8)
        }
    }
}

/// A parser configuration.
pub(crate) struct State {
    n: usize,
    pub(crate) stack: Vec<u32>,
    /// Front of the buffer; `n` is the root.
    pub(crate) b: usize,
    pub(crate) head: Vec<u32>,
    pub(crate) label: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u16>,
    nr: Vec<u16>,
    lset: Vec<u64>,
    rset: Vec<u64>,
    /// Transitions applied so far.
    pub(crate) steps: usize,
    /// Left arcs applied so far (each gives the front of the buffer a dependent).
    lefts: usize,
    /// Parallel to `stack`: whether the scores of the [`Group::StackTop`] features of that
    /// word, as it stands, are kept (by [`parse_many`]); pushing a word and giving it a
    /// dependent clear its mark.
    top_kept: Vec<bool>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n.min(1024)),
            b: 0,
            head: vec![NONE; n + 1],
            label: vec![0; n + 1],
            lc1: vec![NONE; n + 1],
            lc2: vec![NONE; n + 1],
            rc1: vec![NONE; n + 1],
            rc2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
            lset: vec![0; n + 1],
            rset: vec![0; n + 1],
            steps: 0,
            lefts: 0,
            top_kept: Vec::with_capacity(n.min(1024)),
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    fn s(&self, k: usize) -> u32 {
        let len = self.stack.len();
        if k < len { self.stack[len - 1 - k] } else { NONE }
    }

    /// Whether move `m` is allowed here.
    pub(crate) fn valid(&self, m: Move) -> bool {
        let depth = self.stack.len();
        match m {
            Move::Shift => self.b < self.n,
            Move::Left(l) => {
                if self.b < self.n {
                    depth >= 1 && l != 0
                } else {
                    depth == 1 && l == 0
                }
            }
            Move::Right(l) => depth >= 2 && l != 0,
        }
    }

    fn arc(&mut self, h: u32, d: u32, l: u8) {
        let (hu, du) = (h as usize, d as usize);
        self.head[du] = h;
        self.label[du] = l;
        let bit = 1u64 << (l & 63);
        if d < h {
            if self.lc1[hu] == NONE || d < self.lc1[hu] {
                self.lc2[hu] = self.lc1[hu];
                self.lc1[hu] = d;
            } else if self.lc2[hu] == NONE || d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
        } else {
            if self.rc1[hu] == NONE || d > self.rc1[hu] {
                self.rc2[hu] = self.rc1[hu];
                self.rc1[hu] = d;
            } else if self.rc2[hu] == NONE || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
        }
    }

    /// Applies a valid move.
    pub(crate) fn apply(&mut self, m: Move) {
        self.steps += 1;
        match m {
            Move::Shift => {
                self.stack.push(self.b as u32);
                self.top_kept.push(false);
                self.b += 1;
            }
            Move::Left(l) => {
                if let Some(d) = self.stack.pop() {
                    self.top_kept.pop();
                    self.lefts += 1;
                    self.arc(self.b as u32, d, l);
                }
            }
            Move::Right(l) => {
                if let Some(d) = self.stack.pop() {
                    self.top_kept.pop();
                    if let Some(&h) = self.stack.last() {
                        if let Some(k) = self.top_kept.last_mut() {
                            *k = false;
                        }
                        self.arc(h, d, l);
                    }
                }
            }
        }
    }

    /// The features of this configuration (every group, see [`Group`]).
    pub(crate) fn features(&self, lex: &[Lex], tags: &[u8], out: &mut Vec<u32>) {
        let mut groups: [Vec<u32>; GROUPS] = Default::default();
        self.group_features(lex, tags, [true; GROUPS], &mut groups);
        out.clear();
        for g in &groups {
            out.extend_from_slice(g);
        }
    }

    /// The features of this configuration by [`Group`]: `out[g]` gets the features of group
    /// `g` when `want[g]`, and is left as it was otherwise.
    pub(crate) fn group_features(
        &self,
        lex: &[Lex],
        tags: &[u8],
        want: [bool; GROUPS],
        out: &mut [Vec<u32>; GROUPS],
    ) {
        let n = self.n as u32;
        let w = |i: u32| -> u64 {
            if i == NONE {
                NONE_WORD
            } else if i == n {
                ROOT_WORD
            } else {
                lex[i as usize].lower
            }
        };
        let t = |i: u32| -> u64 {
            if i == NONE {
                NONE_TAG
            } else if i == n {
                ROOT_TAG
            } else {
                u64::from(tags[i as usize])
            }
        };
        let l = |i: u32| -> u64 {
            if i == NONE { NONE_LABEL } else { u64::from(self.label[i as usize]) }
        };
        let get = |v: &Vec<u32>, i: u32| -> u32 { if i == NONE { NONE } else { v[i as usize] } };
        let val = |v: &Vec<u16>, i: u32| -> u64 {
            if i == NONE { 99 } else { u64::from(v[i as usize].min(4)) }
        };
        let set = |v: &Vec<u64>, i: u32| -> u64 { if i == NONE { 1 << 63 } else { v[i as usize] } };
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let b0 = self.b as u32;
        let (s0w, s0t, b0w, b0t) = (w(s0), t(s0), w(b0), t(b0));
        if want[Group::Buffer as usize] {
            let out = &mut out[Group::Buffer as usize];
            out.clear();
            let b1 = if self.b + 1 < self.n { b0 + 1 } else { NONE };
            let b2 = if self.b + 2 < self.n { b0 + 2 } else { NONE };
            let (b1w, b1t, b2w, b2t) = (w(b1), t(b1), w(b2), t(b2));
            let mut f = |tmpl: u32, a: u64, b: u64, c: u64| out.push(key(tmpl, a, b, c));
            f(4, b0w, b0t, 0);
            f(5, b0w, 0, 0);
            f(6, b0t, 0, 0);
            f(7, b1w, b1t, 0);
            f(8, b1w, 0, 0);
            f(9, b1t, 0, 0);
            f(10, b2w, 0, 0);
            f(11, b2t, 0, 0);
            f(23, b0t, b1t, 0);
            f(24, b0t, b1t, b2t);
            f(78, b0w, b1w, 0);
        }
        let (b0l, b0l2) = (self.lc1[b0 as usize], self.lc2[b0 as usize]);
        if want[Group::BufferFront as usize] {
            let out = &mut out[Group::BufferFront as usize];
            out.clear();
            let b0vl = val(&self.nl, b0);
            let b0sl = set(&self.lset, b0);
            let mut f = |tmpl: u32, a: u64, b: u64, c: u64| out.push(key(tmpl, a, b, c));
            f(41, b0w, b0vl, 0);
            f(42, b0t, b0vl, 0);
            f(49, w(b0l), 0, 0);
            f(50, t(b0l), 0, 0);
            f(51, l(b0l), 0, 0);
            f(58, w(b0l2), 0, 0);
            f(59, t(b0l2), 0, 0);
            f(60, l(b0l2), 0, 0);
            f(63, b0t, t(b0l), t(b0l2));
            f(68, b0w, b0sl, 0);
            f(69, b0t, b0sl, 0);
        }
        let (s0l, s0l2, s0r, s0r2) =
            (get(&self.lc1, s0), get(&self.lc2, s0), get(&self.rc1, s0), get(&self.rc2, s0));
        if want[Group::StackTop as usize] {
            let out = &mut out[Group::StackTop as usize];
            out.clear();
            let (s0vl, s0vr) = (val(&self.nl, s0), val(&self.nr, s0));
            let (s0sl, s0sr) = (set(&self.lset, s0), set(&self.rset, s0));
            let mut f = |tmpl: u32, a: u64, b: u64, c: u64| out.push(key(tmpl, a, b, c));
            f(1, s0w, s0t, 0);
            f(2, s0w, 0, 0);
            f(3, s0t, 0, 0);
            f(37, s0w, s0vr, 0);
            f(38, s0t, s0vr, 0);
            f(39, s0w, s0vl, 0);
            f(40, s0t, s0vl, 0);
            f(43, w(s0l), 0, 0);
            f(44, t(s0l), 0, 0);
            f(45, l(s0l), 0, 0);
            f(46, w(s0r), 0, 0);
            f(47, t(s0r), 0, 0);
            f(48, l(s0r), 0, 0);
            f(52, w(s0l2), 0, 0);
            f(53, t(s0l2), 0, 0);
            f(54, l(s0l2), 0, 0);
            f(55, w(s0r2), 0, 0);
            f(56, t(s0r2), 0, 0);
            f(57, l(s0r2), 0, 0);
            f(61, s0t, t(s0l), t(s0l2));
            f(62, s0t, t(s0r), t(s0r2));
            f(64, s0w, s0sr, 0);
            f(65, s0t, s0sr, 0);
            f(66, s0w, s0sl, 0);
            f(67, s0t, s0sl, 0);
            f(82, s0t, l(s0l), l(s0r));
        }
        if !want[Group::Rest as usize] {
            return;
        }
        let out = &mut out[Group::Rest as usize];
        out.clear();
        let (s1w, s1t, s2t) = (w(s1), t(s1), t(s2));
        let b1t = if self.b + 1 < self.n { t(b0 + 1) } else { t(NONE) };
        let (s1l, s1r) = (get(&self.lc1, s1), get(&self.rc1, s1));
        let dist = |a: u32, b: u32| -> u64 {
            if a == NONE || b == NONE {
                99
            } else {
                match b.abs_diff(a) {
                    d @ 0..=4 => u64::from(d),
                    5..=6 => 5,
                    7..=9 => 6,
                    _ => 7,
                }
            }
        };
        let d = dist(s0, b0);
        let s0wt = mix(s0w, s0t);
        let b0wt = mix(b0w, b0t);
        let mut f = |tmpl: u32, a: u64, b: u64, c: u64| out.push(key(tmpl, a, b, c));
        // Second and third of the stack.
        f(12, s1w, s1t, 0);
        f(13, s1w, 0, 0);
        f(14, s1t, 0, 0);
        f(15, s2t, 0, 0);
        // Pairs of s0 and b0.
        f(16, s0wt, b0wt, 0);
        f(17, s0wt, b0w, 0);
        f(18, s0w, b0wt, 0);
        f(19, s0wt, b0t, 0);
        f(20, s0t, b0wt, 0);
        f(21, s0w, b0w, 0);
        f(22, s0t, b0t, 0);
        // Tag triples.
        f(25, s0t, b0t, b1t);
        f(26, s1t, s0t, b0t);
        f(27, s0t, t(s0l), b0t);
        f(28, s0t, t(s0r), b0t);
        f(29, s0t, b0t, t(b0l));
        f(30, s1t, s0t, t(s0l));
        // Distance.
        f(31, s0w, d, 0);
        f(32, s0t, d, 0);
        f(33, b0w, d, 0);
        f(34, b0t, d, 0);
        f(35, s0w, b0w, d);
        f(36, s0t, b0t, d);
        // s1 with s0 and b0.
        f(70, s1w, s0w, 0);
        f(71, s1t, s0t, 0);
        f(72, s1w, s0t, 0);
        f(73, s1t, s0w, 0);
        f(74, s1t, t(s1r), l(s1r));
        f(75, s1t, t(s1l), l(s1l));
        f(76, s2t, s1t, s0t);
        f(77, s1t, s0t, dist(s1, s0));
        f(79, s1t, b0t, 0);
        f(80, s1w, b0w, s0t);
        f(81, s0wt, s1t, b0t);
        f(83, s1wt_tag(s1w, s1t), s0t, b0t);
    }
}

fn s1wt_tag(w: u64, t: u64) -> u64 {
    mix(w, t)
}

/// Precomputed gold tree for the dynamic oracle.
pub(crate) struct Gold<'a> {
    /// Gold head of each word (`n` = root).
    pub(crate) head: &'a [u32],
    /// Gold label index of each word.
    pub(crate) label: &'a [u8],
    /// Gold dependents of each node.
    deps: Vec<Vec<u32>>,
}

impl<'a> Gold<'a> {
    pub(crate) fn new(head: &'a [u32], label: &'a [u8]) -> Gold<'a> {
        let n = head.len();
        let mut deps = vec![Vec::new(); n + 1];
        for (d, &h) in head.iter().enumerate() {
            if (h as usize) <= n {
                deps[h as usize].push(d as u32);
            }
        }
        Gold { head, label, deps }
    }

    /// Number of gold arcs that become unreachable by move `m` in `st` (plus one for a wrong
    /// label on a gold arc). `on_stack` marks the words on the stack.
    pub(crate) fn cost(&self, st: &State, on_stack: &[bool], m: Move) -> u32 {
        let n = st.n as u32;
        let b = st.b as u32;
        let in_buffer = |i: u32| i >= b && i <= n;
        match m {
            Move::Shift => {
                let mut c = 0;
                for &d in &self.deps[b as usize] {
                    if on_stack[d as usize] {
                        c += 1;
                    }
                }
                let h = self.head[b as usize];
                if h < n && on_stack[h as usize] && h != st.s(0) {
                    c += 1;
                }
                c
            }
            Move::Left(l) | Move::Right(l) => {
                let s0 = st.s(0);
                let s1 = st.s(1);
                let mut c =
                    self.deps[s0 as usize].iter().filter(|&&d| d >= b && d < n).count() as u32;
                let h = self.head[s0 as usize];
                let gets = if let Move::Left(_) = m { b } else { s1 };
                if h == gets {
                    if self.label[s0 as usize] != l {
                        c += 1;
                    }
                } else {
                    let reachable = in_buffer(h) || (h == s1 && s1 != NONE);
                    if reachable {
                        c += 1;
                    }
                }
                c
            }
        }
    }
}

/// The only valid move, when there is one: with an empty stack a shift, and with the root
/// alone in the buffer and one word on the stack the root arc. Scores could not change it, so
/// none are computed.
fn forced(st: &State) -> Option<Move> {
    match (st.stack.len(), st.b < st.n) {
        (0, true) => Some(Move::Shift),
        (1, false) => Some(Move::Left(0)),
        _ => None,
    }
}

/// Most sentences parsed side by side by [`parse_many`].
const LANES: usize = 4;

/// Deepest stack position whose [`Group::StackTop`] scores a lane keeps (deeper words are
/// scored afresh each time, so that a lane's memory stays bounded on any sentence).
const KEPT_DEPTH: usize = 128;

/// What one lane of [`parse_many`] keeps of the scores of its sentence: the sums of the
/// weights of a feature group, while what the group reads has not changed. Scores are sums
/// of integers, so a sum kept and added later is exactly the sum made afresh.
#[derive(Default)]
struct Kept {
    /// The sentence (index in the batch) the kept scores are of.
    sentence: usize,
    /// [`Group::Buffer`] scores and the buffer front they were made at.
    buffer: Vec<i32>,
    buffer_at: Option<usize>,
    /// [`Group::BufferFront`] scores and the (buffer front, left arcs so far) they were made at.
    front: Vec<i32>,
    front_at: Option<(usize, usize)>,
    /// [`Group::StackTop`] scores of the word at each stack position (`n_classes` each, grown
    /// to the deepest position met, at most `KEPT_DEPTH`), valid where the state's `top_kept`
    /// says so.
    top: Vec<i32>,
}

impl Kept {
    /// Makes the lane's memory ready for sentence `i`: nothing kept.
    fn start(&mut self, i: usize, nc: usize) {
        self.sentence = i;
        self.buffer_at = None;
        self.front_at = None;
        self.buffer.resize(nc, 0);
        self.front.resize(nc, 0);
    }

    /// Which feature groups must be scored afresh in `st`.
    fn wanted(&self, st: &State) -> [bool; GROUPS] {
        let depth = st.stack.len();
        let top_kept =
            depth > 0 && depth <= KEPT_DEPTH && st.top_kept.last().copied().unwrap_or(false);
        [self.buffer_at != Some(st.b), self.front_at != Some((st.b, st.lefts)), !top_kept, true]
    }
}

/// Parses several sentences (each its words and tags) greedily, each exactly as it would be
/// alone, but taking one transition of each of up to [`LANES`] sentences in turn: the weight
/// look-ups of one sentence's transition are in flight while the others are scored, instead
/// of the processor waiting for memory one transition at a time.
///
/// The scores of the feature groups that read only the buffer or only the top of the stack
/// ([`Group`]) are kept from one transition to the next while what they read is unchanged
/// (after an arc the buffer is; after a left arc the new top of the stack was the top before,
/// with the same dependents): about a fifth fewer weight look-ups, the same scores.
pub(crate) fn parse_many(
    model: &Weights,
    classes: Classes,
    sentences: &[(&[Lex], &[u8])],
) -> Vec<State> {
    let nc = classes.count();
    let mut states: Vec<State> = sentences.iter().map(|(lex, _)| State::new(lex.len())).collect();
    // Each lane holds the sentence it is parsing, its features, its scores and what it keeps.
    let mut lane: [Option<usize>; LANES] = [None; LANES];
    let mut feats: [[Vec<u32>; GROUPS]; LANES] = Default::default();
    let mut want: [[bool; GROUPS]; LANES] = [[false; GROUPS]; LANES];
    let mut scores: [Vec<i32>; LANES] = Default::default();
    let mut kept: [Kept; LANES] = Default::default();
    let mut next = 0;
    loop {
        for (slot, kept) in lane.iter_mut().zip(&mut kept) {
            // Play forced moves; a finished sentence gives its lane to the next one.
            loop {
                if slot.is_none() {
                    if next == sentences.len() {
                        break;
                    }
                    *slot = Some(next);
                    kept.start(next, nc);
                    next += 1;
                }
                let Some(i) = *slot else { break };
                let st = &mut states[i];
                if st.done() {
                    *slot = None;
                    continue;
                }
                match forced(st) {
                    Some(m) => st.apply(m),
                    None => break,
                }
            }
        }
        if lane.iter().all(Option::is_none) {
            return states;
        }
        for (l, slot) in lane.iter().enumerate() {
            if let Some(i) = *slot {
                let (lex, tags) = sentences[i];
                want[l] = kept[l].wanted(&states[i]);
                states[i].group_features(lex, tags, want[l], &mut feats[l]);
                for (g, f) in feats[l].iter().enumerate() {
                    if want[l][g] {
                        model.prefetch(f);
                    }
                }
            }
        }
        for (l, slot) in lane.iter().enumerate() {
            if let Some(i) = *slot {
                let st = &mut states[i];
                let k = &mut kept[l];
                debug_assert_eq!(k.sentence, i);
                if want[l][Group::Buffer as usize] {
                    k.buffer.fill(0);
                    model.score_prefetched(&feats[l][Group::Buffer as usize], &mut k.buffer);
                    k.buffer_at = Some(st.b);
                }
                if want[l][Group::BufferFront as usize] {
                    k.front.fill(0);
                    model.score_prefetched(&feats[l][Group::BufferFront as usize], &mut k.front);
                    k.front_at = Some((st.b, st.lefts));
                }
                // The sums start from the kept buffer scores; the rest are added to them.
                let sc = &mut scores[l];
                sc.clear();
                sc.extend(k.buffer.iter().zip(&k.front).map(|(b, f)| b + f));
                model.score_prefetched(&feats[l][Group::Rest as usize], sc);
                let depth = st.stack.len();
                if depth > 0 && depth <= KEPT_DEPTH {
                    if k.top.len() < depth * nc {
                        k.top.resize(depth * nc, 0);
                    }
                    let top = &mut k.top[(depth - 1) * nc..depth * nc];
                    if want[l][Group::StackTop as usize] {
                        top.fill(0);
                        model.score_prefetched(&feats[l][Group::StackTop as usize], top);
                        if let Some(kept) = st.top_kept.last_mut() {
                            *kept = true;
                        }
                    }
                    for (s, t) in sc.iter_mut().zip(&*top) {
                        *s += t;
                    }
                } else {
                    // Too deep to keep: scored into the sums directly.
                    model.score_prefetched(&feats[l][Group::StackTop as usize], sc);
                }
                let m = best_valid(st, classes, sc);
                st.apply(m);
            }
        }
    }
}

/// The highest-scoring valid move (the first of equal scores, in class order).
fn best_valid(st: &State, classes: Classes, scores: &[i32]) -> Move {
    // The valid classes are at most three runs, in increasing order (see `State::valid`):
    // shift; the left arcs (labelled, or only the root arc once the buffer holds the root
    // alone); the labelled right arcs.
    let (nl, depth, more) = (classes.labels, st.stack.len(), st.b < st.n);
    let runs = [
        if more { 0..1 } else { 0..0 },
        match (more, depth) {
            (true, 1..) => 2..1 + nl,
            (false, 1) => 1..2,
            _ => 0..0,
        },
        if depth >= 2 { 2 + nl..1 + 2 * nl } else { 0..0 },
    ];
    let mut best: Option<(i32, usize)> = None;
    for run in runs {
        let Some(run_scores) = scores.get(run.clone()) else { continue };
        for (c, &s) in (run.start..).zip(run_scores) {
            if best.is_none_or(|(bs, _)| s > bs) {
                best = Some((s, c));
            }
        }
    }
    // Some move is always valid before the end; fall back to one anyway.
    match best {
        Some((_, c)) => classes.decode(c),
        None if more => Move::Shift,
        None => Move::Left(0),
    }
}

/// Training statistics of one sentence.
#[derive(Default, Clone, Copy)]
pub(crate) struct TrainStats {
    pub(crate) moves: usize,
    pub(crate) correct: usize,
}

/// One training pass over a sentence with the dynamic oracle. With probability `explore` the
/// parser follows its own (possibly wrong) prediction instead of the best gold move.
#[allow(clippy::too_many_arguments)]
pub(crate) fn train_sentence(
    model: &mut Perceptron,
    classes: Classes,
    lex: &[Lex],
    tags: &[u8],
    gold: &Gold<'_>,
    explore: f64,
    rng: &mut crate::hash::Rng,
    feats: &mut Vec<u32>,
    scores: &mut Vec<i32>,
) -> TrainStats {
    let n = lex.len();
    let nc = classes.count();
    let mut st = State::new(n);
    let mut on_stack = vec![false; n + 1];
    let mut costs = vec![u32::MAX; nc];
    let mut stats = TrainStats::default();
    while !st.done() {
        st.features(lex, tags, feats);
        scores.clear();
        scores.resize(nc, 0);
        model.score(feats, scores);
        // Costs of the valid moves; invalid ones stay at MAX.
        let mut min_cost = u32::MAX;
        for (c, cost) in costs.iter_mut().enumerate() {
            let m = classes.decode(c);
            *cost = if st.valid(m) { gold.cost(&st, &on_stack, m) } else { u32::MAX };
            min_cost = min_cost.min(*cost);
        }
        let mut pred: Option<usize> = None;
        let mut best_gold: Option<usize> = None;
        for c in 0..nc {
            if costs[c] == u32::MAX {
                continue;
            }
            if pred.is_none_or(|p| scores[c] > scores[p]) {
                pred = Some(c);
            }
            if costs[c] == min_cost && best_gold.is_none_or(|g| scores[c] > scores[g]) {
                best_gold = Some(c);
            }
        }
        let (Some(p), Some(g)) = (pred, best_gold) else { break };
        stats.moves += 1;
        if costs[p] > min_cost {
            model.update(feats, g, p);
        } else {
            stats.correct += 1;
        }
        model.tick();
        let next = if costs[p] > min_cost && rng.unit() >= explore { g } else { p };
        let m = classes.decode(next);
        match m {
            Move::Shift => on_stack[st.b] = true,
            Move::Left(_) | Move::Right(_) => {
                if let Some(&s0) = st.stack.last() {
                    on_stack[s0 as usize] = false;
                }
            }
        }
        st.apply(m);
    }
    stats
}

/// Makes a tree projective by lifting non-projective arcs to the grandparent, shortest arc
/// first. `head[d]` is the head of word `d` with `n` for the root.
pub(crate) fn projectivize(head: &mut [u32]) -> usize {
    let n = head.len() as u32;
    let mut lifted = 0;
    loop {
        // Find the shortest non-projective arc.
        let mut worst: Option<(u32, usize)> = None;
        for d in 0..head.len() {
            let h = head[d];
            if h >= n {
                continue;
            }
            let (lo, hi) = if (d as u32) < h { (d as u32, h) } else { (h, d as u32) };
            let len = hi - lo;
            if worst.is_some_and(|(l, _)| l <= len) {
                continue;
            }
            let non_proj = (lo + 1..hi).any(|k| !dominates(head, h, k));
            if non_proj {
                worst = Some((len, d));
            }
        }
        match worst {
            Some((_, d)) => {
                let h = head[d] as usize;
                head[d] = head[h];
                lifted += 1;
                if lifted > 10 * head.len() {
                    return lifted;
                }
            }
            None => return lifted,
        }
    }
}

/// Whether `h` is an ancestor of `k` (or `k` itself).
fn dominates(head: &[u32], h: u32, mut k: u32) -> bool {
    let n = head.len() as u32;
    for _ in 0..=head.len() {
        if k == h {
            return true;
        }
        if k >= n {
            return false;
        }
        k = head[k as usize];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With the static best-gold choice, the oracle reproduces any projective tree.
    #[test]
    fn oracle_reaches_gold_on_projective_trees() {
        // "The cat sat on the mat ." heads: The->cat, cat->sat, sat->root, on->mat, the->mat,
        // mat->sat, .->sat (0-based, root = 7).
        let head = [1u32, 2, 7, 5, 5, 2, 2];
        let label = [3u8, 4, 0, 5, 3, 6, 7];
        let gold = Gold::new(&head, &label);
        let classes = Classes { labels: 8 };
        let n = head.len();
        let mut st = State::new(n);
        let mut on_stack = vec![false; n + 1];
        let mut steps = 0;
        while !st.done() {
            let mut chosen = None;
            for c in 0..classes.count() {
                let m = classes.decode(c);
                if st.valid(m) && gold.cost(&st, &on_stack, m) == 0 {
                    chosen = Some(m);
                    break;
                }
            }
            let m = chosen.expect("a zero-cost move");
            match m {
                Move::Shift => on_stack[st.b] = true,
                _ => on_stack[*st.stack.last().unwrap() as usize] = false,
            }
            st.apply(m);
            steps += 1;
        }
        assert_eq!(steps, 2 * n);
        assert_eq!(&st.head[..n], &head);
        assert_eq!(&st.label[..n], &label);
    }

    /// The English model takes exactly two transitions per word, however long the sentence.
    #[test]
    fn transitions_are_linear() {
        let model = crate::Parser::english();
        for n in [1usize, 2, 10_000, 20_000] {
            let words: Vec<String> =
                (0..n).map(|i| ["the", "man", "saw", ",", "a", "dog"][i % 6].to_string()).collect();
            let w: Vec<&str> = words.iter().map(String::as_str).collect();
            let lex = crate::lex::sentence(&w);
            let tags = vec![0u8; n];
            let classes = Classes { labels: model.labels.len() };
            let st = parse_many(&model.parser, classes, &[(&lex, &tags)]).remove(0);
            assert_eq!(st.steps, 2 * n);
        }
    }

    /// The run-based choice picks what checking every class with `State::valid` picks, ties
    /// included, in every kind of configuration.
    #[test]
    fn best_valid_matches_checking_every_class() {
        let classes = Classes { labels: 5 };
        let mut rng = crate::hash::Rng::new(7);
        for n in 1..7 {
            for _ in 0..200 {
                let mut st = State::new(n);
                while !st.done() {
                    // Few distinct scores, so that ties are common.
                    let scores: Vec<i32> =
                        (0..classes.count()).map(|_| rng.below(3) as i32).collect();
                    let mut want: Option<(i32, Move)> = None;
                    for (c, &s) in scores.iter().enumerate() {
                        let m = classes.decode(c);
                        if st.valid(m) && want.is_none_or(|(b, _)| s > b) {
                            want = Some((s, m));
                        }
                    }
                    let got = best_valid(&st, classes, &scores);
                    assert_eq!(Some(got), want.map(|w| w.1));
                    st.apply(got);
                }
            }
        }
    }

    /// The features of a configuration as they were listed before they were grouped (the
    /// model was trained on these): the groups must hold exactly these keys.
    fn listed_features(st: &State, lex: &[Lex], tags: &[u8]) -> Vec<u32> {
        let mut out = Vec::new();
        let n = st.n as u32;
        let w = |i: u32| -> u64 {
            if i == NONE {
                NONE_WORD
            } else if i == n {
                ROOT_WORD
            } else {
                lex[i as usize].lower
            }
        };
        let t = |i: u32| -> u64 {
            if i == NONE {
                NONE_TAG
            } else if i == n {
                ROOT_TAG
            } else {
                u64::from(tags[i as usize])
            }
        };
        let l = |i: u32| -> u64 {
            if i == NONE { NONE_LABEL } else { u64::from(st.label[i as usize]) }
        };
        let get = |v: &Vec<u32>, i: u32| -> u32 { if i == NONE { NONE } else { v[i as usize] } };
        let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
        let b0 = st.b as u32;
        let b1 = if st.b + 1 < st.n { b0 + 1 } else { NONE };
        let b2 = if st.b + 2 < st.n { b0 + 2 } else { NONE };
        let (s0w, s0t, s1w, s1t, s2t) = (w(s0), t(s0), w(s1), t(s1), t(s2));
        let (b0w, b0t, b1w, b1t, b2w, b2t) = (w(b0), t(b0), w(b1), t(b1), w(b2), t(b2));
        let (s0l, s0l2, s0r, s0r2) =
            (get(&st.lc1, s0), get(&st.lc2, s0), get(&st.rc1, s0), get(&st.rc2, s0));
        let (b0l, b0l2) = (st.lc1[b0 as usize], st.lc2[b0 as usize]);
        let (s1l, s1r) = (get(&st.lc1, s1), get(&st.rc1, s1));
        let dist = |a: u32, b: u32| -> u64 {
            if a == NONE || b == NONE {
                99
            } else {
                match b.abs_diff(a) {
                    d @ 0..=4 => u64::from(d),
                    5..=6 => 5,
                    7..=9 => 6,
                    _ => 7,
                }
            }
        };
        let d = dist(s0, b0);
        let val = |v: &Vec<u16>, i: u32| -> u64 {
            if i == NONE { 99 } else { u64::from(v[i as usize].min(4)) }
        };
        let set = |v: &Vec<u64>, i: u32| -> u64 { if i == NONE { 1 << 63 } else { v[i as usize] } };
        let (s0vl, s0vr, b0vl) = (val(&st.nl, s0), val(&st.nr, s0), val(&st.nl, b0));
        let (s0sl, s0sr, b0sl) = (set(&st.lset, s0), set(&st.rset, s0), set(&st.lset, b0));
        let s0wt = mix(s0w, s0t);
        let b0wt = mix(b0w, b0t);
        let mut f = |tmpl: u32, a: u64, b: u64, c: u64| out.push(key(tmpl, a, b, c));
        f(1, s0w, s0t, 0);
        f(2, s0w, 0, 0);
        f(3, s0t, 0, 0);
        f(4, b0w, b0t, 0);
        f(5, b0w, 0, 0);
        f(6, b0t, 0, 0);
        f(7, b1w, b1t, 0);
        f(8, b1w, 0, 0);
        f(9, b1t, 0, 0);
        f(10, b2w, 0, 0);
        f(11, b2t, 0, 0);
        f(12, s1w, s1t, 0);
        f(13, s1w, 0, 0);
        f(14, s1t, 0, 0);
        f(15, s2t, 0, 0);
        f(16, s0wt, b0wt, 0);
        f(17, s0wt, b0w, 0);
        f(18, s0w, b0wt, 0);
        f(19, s0wt, b0t, 0);
        f(20, s0t, b0wt, 0);
        f(21, s0w, b0w, 0);
        f(22, s0t, b0t, 0);
        f(23, b0t, b1t, 0);
        f(24, b0t, b1t, b2t);
        f(25, s0t, b0t, b1t);
        f(26, s1t, s0t, b0t);
        f(27, s0t, t(s0l), b0t);
        f(28, s0t, t(s0r), b0t);
        f(29, s0t, b0t, t(b0l));
        f(30, s1t, s0t, t(s0l));
        f(31, s0w, d, 0);
        f(32, s0t, d, 0);
        f(33, b0w, d, 0);
        f(34, b0t, d, 0);
        f(35, s0w, b0w, d);
        f(36, s0t, b0t, d);
        f(37, s0w, s0vr, 0);
        f(38, s0t, s0vr, 0);
        f(39, s0w, s0vl, 0);
        f(40, s0t, s0vl, 0);
        f(41, b0w, b0vl, 0);
        f(42, b0t, b0vl, 0);
        f(43, w(s0l), 0, 0);
        f(44, t(s0l), 0, 0);
        f(45, l(s0l), 0, 0);
        f(46, w(s0r), 0, 0);
        f(47, t(s0r), 0, 0);
        f(48, l(s0r), 0, 0);
        f(49, w(b0l), 0, 0);
        f(50, t(b0l), 0, 0);
        f(51, l(b0l), 0, 0);
        f(52, w(s0l2), 0, 0);
        f(53, t(s0l2), 0, 0);
        f(54, l(s0l2), 0, 0);
        f(55, w(s0r2), 0, 0);
        f(56, t(s0r2), 0, 0);
        f(57, l(s0r2), 0, 0);
        f(58, w(b0l2), 0, 0);
        f(59, t(b0l2), 0, 0);
        f(60, l(b0l2), 0, 0);
        f(61, s0t, t(s0l), t(s0l2));
        f(62, s0t, t(s0r), t(s0r2));
        f(63, b0t, t(b0l), t(b0l2));
        f(64, s0w, s0sr, 0);
        f(65, s0t, s0sr, 0);
        f(66, s0w, s0sl, 0);
        f(67, s0t, s0sl, 0);
        f(68, b0w, b0sl, 0);
        f(69, b0t, b0sl, 0);
        f(70, s1w, s0w, 0);
        f(71, s1t, s0t, 0);
        f(72, s1w, s0t, 0);
        f(73, s1t, s0w, 0);
        f(74, s1t, t(s1r), l(s1r));
        f(75, s1t, t(s1l), l(s1l));
        f(76, s2t, s1t, s0t);
        f(77, s1t, s0t, dist(s1, s0));
        f(78, b0w, b1w, 0);
        f(79, s1t, b0t, 0);
        f(80, s1w, b0w, s0t);
        f(81, s0wt, s1t, b0t);
        f(82, s0t, l(s0l), l(s0r));
        f(83, mix(s1w, s1t), s0t, b0t);
        out
    }

    /// Sentences of several shapes, tagged by the English model: ordinary clauses,
    /// coordination, a relative clause, a run of modifiers that stack deeper than is kept.
    fn tagged_sentences() -> Vec<(Vec<Lex>, Vec<u8>)> {
        let model = crate::Parser::english();
        // Each "old" waits on the stack for the noun at the end.
        let deep = format!("{}dogs barked .", "old ".repeat(KEPT_DEPTH + 40));
        let texts = [
            "The minister said on Tuesday that the talks with Iran had failed .",
            "Troops shelled the town , and rebels attacked a convoy that carried food .",
            "He did n't want to go , but she persuaded him .",
            "Officials in Paris , London and Berlin welcomed the deal , which ends years of war .",
            "Yes .",
            deep.as_str(),
        ];
        texts
            .iter()
            .map(|t| {
                let words: Vec<&str> = t.split(' ').collect();
                let lex = crate::lex::sentence(&words);
                let tags = model.tag_classes(&lex);
                (lex, tags)
            })
            .collect()
    }

    /// The grouped features hold exactly the listed features, in every configuration met
    /// while parsing.
    #[test]
    fn groups_hold_every_feature() {
        let model = crate::Parser::english();
        let classes = Classes { labels: model.labels.len() };
        for (lex, tags) in tagged_sentences() {
            let mut st = State::new(lex.len());
            let (mut f, mut sc) = (Vec::new(), Vec::new());
            while !st.done() {
                st.features(&lex, &tags, &mut f);
                let mut got = f.clone();
                let mut want = listed_features(&st, &lex, &tags);
                got.sort_unstable();
                want.sort_unstable();
                assert_eq!(got, want);
                sc.clear();
                sc.resize(classes.count(), 0);
                model.parser.score(&f, &mut sc);
                st.apply(best_valid(&st, classes, &sc));
            }
        }
    }

    /// Parsing with kept group scores, several sentences side by side, gives the trees that
    /// scoring every feature afresh at every transition gives, also where the stack grows
    /// deeper than the kept positions.
    #[test]
    fn kept_scores_give_the_same_trees() {
        let model = crate::Parser::english();
        let classes = Classes { labels: model.labels.len() };
        let sents = tagged_sentences();
        let mut deepest = 0;
        let mut plain = Vec::new();
        for (lex, tags) in &sents {
            let mut st = State::new(lex.len());
            let (mut f, mut sc) = (Vec::new(), Vec::new());
            while !st.done() {
                deepest = deepest.max(st.stack.len());
                if let Some(m) = forced(&st) {
                    st.apply(m);
                    continue;
                }
                st.features(lex, tags, &mut f);
                sc.clear();
                sc.resize(classes.count(), 0);
                model.parser.score(&f, &mut sc);
                st.apply(best_valid(&st, classes, &sc));
            }
            plain.push(st);
        }
        assert!(deepest > KEPT_DEPTH, "no sentence reached past the kept stack ({deepest})");
        let input: Vec<(&[Lex], &[u8])> =
            sents.iter().map(|(l, t)| (l.as_slice(), t.as_slice())).collect();
        let many = parse_many(&model.parser, classes, &input);
        for (a, b) in plain.iter().zip(&many) {
            assert_eq!(a.head, b.head);
            assert_eq!(a.label, b.label);
            assert_eq!(a.steps, b.steps);
        }
    }

    #[test]
    fn lifting_makes_trees_projective() {
        // 0->2, 1->3 (crosses 0->2? no), build a crossing: 0 head 2, 1 head 3, 2 head 4(root), 3 head 2
        let mut head = [2u32, 3, 4, 2];
        projectivize(&mut head);
        assert_eq!(head, [2, 2, 4, 2]);
    }
}
