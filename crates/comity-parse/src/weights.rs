//! Linear models over hashed features: the averaged perceptron used in training and the
//! pruned, quantised, read-only table used at run time.

use rustc_hash::FxHashMap;

use std::mem::MaybeUninit;

use crate::ModelError;
use crate::io::{Reader, Writer};

/// A multi-class averaged perceptron with one dense row of weights per feature key. Rows are
/// created on the first update that touches a feature, so features seen only in correct
/// predictions cost nothing.
pub(crate) struct Perceptron {
    n_classes: usize,
    index: FxHashMap<u32, u32>,
    keys: Vec<u32>,
    w: Vec<i32>,
    total: Vec<i64>,
    stamp: Vec<u32>,
    time: u32,
}

impl Perceptron {
    pub(crate) fn new(n_classes: usize) -> Perceptron {
        Perceptron {
            n_classes,
            index: FxHashMap::default(),
            keys: Vec::new(),
            w: Vec::new(),
            total: Vec::new(),
            stamp: Vec::new(),
            time: 0,
        }
    }

    /// Adds the current (not averaged) weights of `feats` to `scores`.
    pub(crate) fn score(&self, feats: &[u32], scores: &mut [i32]) {
        let nc = self.n_classes;
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let row = &self.w[r as usize * nc..(r as usize + 1) * nc];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += *w;
                }
            }
        }
    }

    /// Advances the clock by one training example.
    pub(crate) fn tick(&mut self) {
        self.time += 1;
    }

    fn row(&mut self, f: u32) -> usize {
        let nc = self.n_classes;
        let r = match self.index.get(&f) {
            Some(&r) => r as usize,
            None => {
                let r = self.keys.len();
                self.index.insert(f, r as u32);
                self.keys.push(f);
                self.w.resize(self.w.len() + nc, 0);
                self.total.resize(self.total.len() + nc, 0);
                self.stamp.push(self.time);
                r
            }
        };
        // Bring the running totals of the row up to now before changing it.
        let dt = i64::from(self.time - self.stamp[r]);
        if dt > 0 {
            let (w, t) = (&self.w[r * nc..(r + 1) * nc], &mut self.total[r * nc..(r + 1) * nc]);
            for (t, w) in t.iter_mut().zip(w) {
                *t += dt * i64::from(*w);
            }
            self.stamp[r] = self.time;
        }
        r
    }

    /// Moves the weights of `feats` towards `gold` and away from `pred`.
    pub(crate) fn update(&mut self, feats: &[u32], gold: usize, pred: usize) {
        if gold == pred {
            return;
        }
        let nc = self.n_classes;
        for &f in feats {
            let r = self.row(f);
            self.w[r * nc + gold] += 1;
            self.w[r * nc + pred] -= 1;
        }
    }

    /// Number of feature rows.
    pub(crate) fn rows(&self) -> usize {
        self.keys.len()
    }

    /// The averaged weights, pruned (|w| below `prune` dropped) and quantised to i16.
    pub(crate) fn averaged(&self, prune: f32) -> Weights {
        let nc = self.n_classes;
        let now = self.time.max(1);
        let mut max = 0f32;
        let mut avg = vec![0f32; nc];
        let mut order: Vec<usize> = (0..self.keys.len()).collect();
        order.sort_unstable_by_key(|&r| self.keys[r]);
        let avg_row = |r: usize, avg: &mut [f32]| {
            let dt = i64::from(now - self.stamp[r]);
            for (c, a) in avg.iter_mut().enumerate() {
                let t = self.total[r * nc + c] + dt * i64::from(self.w[r * nc + c]);
                *a = (t as f64 / f64::from(now)) as f32;
            }
        };
        for &r in &order {
            avg_row(r, &mut avg);
            for a in &avg {
                max = max.max(a.abs());
            }
        }
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let mut b = WeightsBuilder::new(nc);
        let mut entries = Vec::new();
        for &r in &order {
            avg_row(r, &mut avg);
            entries.clear();
            for (c, a) in avg.iter().enumerate() {
                if a.abs() >= prune {
                    let q = (a * scale).round() as i16;
                    if q != 0 {
                        entries.push((c as u8, q));
                    }
                }
            }
            if !entries.is_empty() {
                b.push_row(self.keys[r], &entries);
            }
        }
        b.finish(1.0 / scale)
    }
}

/// Collects rows in increasing key order and builds a [`Weights`] table.
struct WeightsBuilder {
    n_classes: usize,
    keys: Vec<u32>,
    row_start: Vec<u32>,
    cls: Vec<u8>,
    w: Vec<i16>,
}

impl WeightsBuilder {
    fn new(n_classes: usize) -> WeightsBuilder {
        WeightsBuilder {
            n_classes,
            keys: Vec::new(),
            row_start: vec![0],
            cls: Vec::new(),
            w: Vec::new(),
        }
    }

    fn push_row(&mut self, key: u32, entries: &[(u8, i16)]) {
        self.keys.push(key);
        for &(c, w) in entries {
            self.cls.push(c);
            self.w.push(w);
        }
        self.row_start.push(self.cls.len() as u32);
    }

    fn finish(self, scale: f32) -> Weights {
        // About six keys to a bucket of eight: one cache line holds nearly every look-up.
        let n_buckets = (self.keys.len() / 6 + 1).next_power_of_two();
        let mask = n_buckets - 1;
        let nc = self.n_classes;
        let stride = dense_stride(nc);
        // Sizes first: the tables are allocated once, on huge pages where the system offers
        // them (a look-up touches a random page of a table of megabytes, far more than the
        // TLB covers with 4 KiB pages).
        let (mut n_dense, mut n_entries) = (0, 0);
        for r in 0..self.keys.len() {
            let len = (self.row_start[r + 1] - self.row_start[r]) as usize;
            if len * DENSE_FRACTION >= nc {
                n_dense += 1;
            } else {
                n_entries += len;
            }
        }
        let mut slots: Vec<Bucket> = huge_vec(n_buckets);
        slots.resize(n_buckets, Bucket::default());
        let mut entries = huge_vec(n_entries);
        let mut dense: Vec<i16> = huge_vec(n_dense * stride);
        for (r, &k) in self.keys.iter().enumerate() {
            // The key goes to the first free place from its home bucket on (there is one:
            // the buckets have room for more keys than there are).
            let mut i = k as usize & mask;
            let j = loop {
                if let Some(free) = slots[i].keys.iter().position(|&x| x == 0) {
                    break free;
                }
                i = (i + 1) & mask;
            };
            let (a, b) = (self.row_start[r] as usize, self.row_start[r + 1] as usize);
            let v = if (b - a) * DENSE_FRACTION >= nc {
                // A row with many classes: stored densely, added with vector instructions.
                let d = dense.len() / stride;
                dense.resize(dense.len() + stride, 0);
                for e in a..b {
                    dense[d * stride + self.cls[e] as usize] = self.w[e];
                }
                DENSE | d as u32
            } else {
                let start = entries.len() as u32;
                for e in a..b {
                    entries.push((i32::from(self.w[e]) << 8) | i32::from(self.cls[e]));
                }
                (start << 8) | (b - a) as u32
            };
            slots[i].keys[j] = k;
            slots[i].vals[j] = v;
        }
        Weights {
            n_classes: self.n_classes,
            scale,
            slots,
            mask,
            keys: self.keys,
            row_start: self.row_start,
            cls: self.cls,
            w: self.w,
            entries,
            dense,
        }
    }
}

/// Read-only averaged weights: an open-addressing table from feature key to a sparse row of
/// (class, i16 weight) entries.
#[derive(Clone)]
pub(crate) struct Weights {
    n_classes: usize,
    /// Multiply a score by this to get perceptron units.
    scale: f32,
    /// (key, first entry << 8 | entry count, or DENSE | dense row); key 0 marks an empty slot.
    slots: Vec<Bucket>,
    /// Number of buckets - 1 (a power of two - 1).
    mask: usize,
    keys: Vec<u32>,
    row_start: Vec<u32>,
    cls: Vec<u8>,
    w: Vec<i16>,
    /// Entries of sparse rows packed for scoring: weight << 8 | class.
    entries: Vec<i32>,
    /// Dense rows, [`dense_stride`] weights each (the classes, then zeros), as stored (`i16`:
    /// half the memory of `i32`, widened to `i32` as they are added, so the sums are exact).
    dense: Vec<i16>,
}

/// Eight slots of the look-up table, one cache line: the feature keys (0: a free slot; the
/// free slots of a bucket come last) and their values (first entry << 8 | entry count, or
/// DENSE | dense row).
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket {
    keys: [u32; 8],
    vals: [u32; 8],
}

impl Bucket {
    /// The value of key `f` if this bucket holds it, and whether the bucket is full.
    #[inline(always)]
    fn find(&self, f: u32) -> (Option<u32>, bool) {
        let hits = self.matches(f);
        let found = if hits == 0 { None } else { self.vals.get(hits.trailing_zeros() as usize) };
        (found.copied(), self.keys[7] != 0)
    }

    /// Bit `j` set where `keys[j] == f`.
    #[inline(always)]
    fn matches(&self, f: u32) -> u32 {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{
                __m128i, _mm_castsi128_ps, _mm_cmpeq_epi32, _mm_loadu_si128, _mm_movemask_ps,
                _mm_set1_epi32,
            };
            // SAFETY: SSE2 is part of the x86-64 baseline; the two loads read the eight keys
            // (32 bytes) of `self`.
            unsafe {
                let p = self.keys.as_ptr().cast::<__m128i>();
                let want = _mm_set1_epi32(f as i32);
                let lo = _mm_cmpeq_epi32(_mm_loadu_si128(p), want);
                let hi = _mm_cmpeq_epi32(_mm_loadu_si128(p.add(1)), want);
                (_mm_movemask_ps(_mm_castsi128_ps(lo))
                    | (_mm_movemask_ps(_mm_castsi128_ps(hi)) << 4)) as u32
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let mut m = 0;
            for (j, &k) in self.keys.iter().enumerate() {
                m |= u32::from(k == f) << j;
            }
            m
        }
    }
}

/// Slot flag of a dense row (the rest of the value is its number).
const DENSE: u32 = 1 << 31;
/// Rows with at least `n_classes / DENSE_FRACTION` entries are stored densely.
const DENSE_FRACTION: usize = 5;

/// Most features scored at once (more are scored in several rounds): more than a group of the
/// parser's features or the tagger's features hold.
const BATCH: usize = 64;

/// Classes summed at once over all the dense rows of a batch (in registers).
const BLOCK: usize = 16;

/// Length of a stored dense row: `n_classes` rounded up to a whole number of blocks.
fn dense_stride(n_classes: usize) -> usize {
    n_classes.div_ceil(BLOCK) * BLOCK
}

impl Weights {
    /// Number of classes scored.
    pub(crate) fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of (feature, class) weights stored.
    pub(crate) fn len(&self) -> usize {
        self.w.len()
    }

    /// Asks the processor to start loading the table slots of `feats` (the first step of
    /// [`Weights::score`], for callers that interleave several scorings).
    #[inline]
    pub(crate) fn prefetch(&self, feats: &[u32]) {
        for &f in feats {
            prefetch(&self.slots, f as usize & self.mask);
        }
    }

    /// Adds the weights of `feats` to `scores` (which has `n_classes` entries).
    #[inline]
    pub(crate) fn score(&self, feats: &[u32], scores: &mut [i32]) {
        self.score_with(feats, scores, true);
    }

    /// [`Weights::score`] for callers that have prefetched the slots of `feats` already
    /// ([`Weights::prefetch`]).
    #[inline]
    pub(crate) fn score_prefetched(&self, feats: &[u32], scores: &mut [i32]) {
        self.score_with(feats, scores, false);
    }

    #[inline(always)]
    fn score_with(&self, feats: &[u32], scores: &mut [i32], prefetch_slots: bool) {
        let nc = self.n_classes;
        let stride = dense_stride(nc);
        for chunk in feats.chunks(BATCH) {
            // Prefetch every slot, then find every row and prefetch it, then add: the memory
            // look-ups overlap instead of waiting for each other.
            if prefetch_slots || feats.len() > BATCH {
                for &f in chunk {
                    prefetch(&self.slots, f as usize & self.mask);
                }
            }
            // The rows found, in arrays left unfilled (filling them cost as much as a look-up):
            // only the first `nd` and `ns` entries are written and read.
            let mut sparse = [const { MaybeUninit::<u32>::uninit() }; BATCH];
            let mut ns = 0;
            let mut dense = [const { MaybeUninit::<usize>::uninit() }; BATCH];
            let mut nd = 0;
            for &f in chunk {
                let mut i = f as usize & self.mask;
                // Buckets from the home one on, until the key or a free place (the key would
                // have taken it), every bucket at most once.
                for _ in 0..self.slots.len() {
                    let Some(bucket) = self.slots.get(i) else { break };
                    let (found, full) = bucket.find(f);
                    if let Some(v) = found {
                        if v & DENSE != 0 {
                            let d = (v & !DENSE) as usize * stride;
                            if d + stride <= self.dense.len()
                                && let Some(slot) = dense.get_mut(nd)
                            {
                                slot.write(d);
                                nd += 1;
                            }
                        } else if let Some(slot) = sparse.get_mut(ns) {
                            prefetch(&self.entries, (v >> 8) as usize);
                            slot.write(v);
                            ns += 1;
                        }
                        break;
                    }
                    if !full {
                        break;
                    }
                    i = (i + 1) & self.mask;
                }
            }
            // SAFETY: the first `nd` entries of `dense` and `ns` of `sparse` were written above;
            // `MaybeUninit<T>` has the layout of `T`.
            let (dense, sparse) = unsafe {
                (
                    std::slice::from_raw_parts(dense.as_ptr().cast::<usize>(), nd),
                    std::slice::from_raw_parts(sparse.as_ptr().cast::<u32>(), ns),
                )
            };
            // Dense rows: a block of classes at a time, summed over the rows in registers.
            add_dense(&self.dense, stride, dense, scores);
            for &v in sparse {
                let (a, len) = ((v >> 8) as usize, (v & 0xFF) as usize);
                if let Some(row) = self.entries.get(a..a + len) {
                    for &e in row {
                        if let Some(s) = scores.get_mut((e & 0xFF) as usize) {
                            *s += e >> 8;
                        }
                    }
                }
            }
        }
    }

    /// A copy without the weights whose magnitude is below `min` perceptron units.
    pub(crate) fn pruned(&self, min: f32) -> Weights {
        let q = (min / self.scale.max(f32::MIN_POSITIVE)).round().clamp(0.0, 32767.0) as i32;
        let mut b = WeightsBuilder::new(self.n_classes);
        let mut row = Vec::new();
        for (r, &k) in self.keys.iter().enumerate() {
            row.clear();
            for e in self.row_start[r] as usize..self.row_start[r + 1] as usize {
                if i32::from(self.w[e]).abs() >= q {
                    row.push((self.cls[e], self.w[e]));
                }
            }
            if !row.is_empty() {
                b.push_row(k, &row);
            }
        }
        b.finish(self.scale)
    }

    pub(crate) fn write(&self, out: &mut Writer) {
        out.u16(self.n_classes as u16);
        out.f32(self.scale);
        out.varint(self.keys.len() as u64);
        let mut prev = 0u32;
        for &k in &self.keys {
            out.varint(u64::from(k - prev));
            prev = k;
        }
        for r in 0..self.keys.len() {
            out.varint(u64::from(self.row_start[r + 1] - self.row_start[r]));
        }
        out.buf.extend_from_slice(&self.cls);
        // Weights as one byte each: a sign bit and one of 128 log-spaced magnitudes.
        let levels = Levels::fit(&self.w);
        for l in levels.0 {
            out.i16(l);
        }
        for &w in &self.w {
            out.u8(levels.code(w));
        }
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Weights, ModelError> {
        let n_classes = r.u16()? as usize;
        if n_classes == 0 || n_classes > 255 {
            return Err(ModelError::Corrupt("class count"));
        }
        let scale = r.f32()?;
        let n = r.count(1 << 28)?;
        let mut b = WeightsBuilder::new(n_classes);
        let mut prev = 0u32;
        b.keys.reserve(n);
        for i in 0..n {
            let d = r.varint()?;
            let k = u64::from(prev) + d;
            if k > u64::from(u32::MAX) || (i > 0 && d == 0) || k == 0 {
                return Err(ModelError::Corrupt("feature keys"));
            }
            prev = k as u32;
            b.keys.push(prev);
        }
        let mut total = 0u64;
        b.row_start.reserve(n);
        for _ in 0..n {
            total += r.varint()?;
            if total > u64::from(u32::MAX) {
                return Err(ModelError::Corrupt("row lengths"));
            }
            b.row_start.push(total as u32);
        }
        if total >= 1 << 23 {
            return Err(ModelError::Corrupt("too many weights"));
        }
        let total = total as usize;
        let cls = r.bytes(total)?;
        if cls.iter().any(|&c| c as usize >= n_classes) {
            return Err(ModelError::Corrupt("class index"));
        }
        b.cls = cls.to_vec();
        let mut levels = [0i16; 128];
        for l in &mut levels {
            *l = r.u16()? as i16;
            if *l <= 0 {
                return Err(ModelError::Corrupt("weight levels"));
            }
        }
        let codes = r.bytes(total)?;
        b.w = codes
            .iter()
            .map(|&c| {
                let m = levels[(c & 0x7F) as usize];
                if c & 0x80 != 0 { -m } else { m }
            })
            .collect();
        Ok(b.finish(scale))
    }
}

/// 128 log-spaced weight magnitudes from the smallest to the largest stored weight.
struct Levels([i16; 128], f64, f64);

impl Levels {
    fn fit(w: &[i16]) -> Levels {
        let mags = w.iter().map(|w| w.unsigned_abs()).filter(|&m| m > 0);
        let lo = f64::from(mags.clone().min().unwrap_or(1));
        let hi = f64::from(mags.max().unwrap_or(1)).max(lo);
        let mut l = [0i16; 128];
        for (k, v) in l.iter_mut().enumerate() {
            let m = lo * (hi / lo).powf(k as f64 / 127.0);
            *v = m.round().clamp(1.0, 32767.0) as i16;
        }
        Levels(l, lo, hi)
    }

    /// The code of the level nearest to `w` (on a log scale).
    fn code(&self, w: i16) -> u8 {
        let m = f64::from(w.unsigned_abs().max(1));
        let (lo, hi) = (self.1, self.2);
        let guess = if hi > lo { (127.0 * (m / lo).ln() / (hi / lo).ln()).round() } else { 0.0 };
        let guess = guess.clamp(0.0, 127.0) as usize;
        let mut best = guess;
        let mut best_d = f64::MAX;
        for k in guess.saturating_sub(2)..(guess + 3).min(128) {
            let l = self.0[k];
            let d = (m.ln() - f64::from(l).ln()).abs();
            if d < best_d {
                best_d = d;
                best = k;
            }
        }
        best as u8 | if w < 0 { 0x80 } else { 0 }
    }
}

/// Adds the dense rows that start at `rows` (each `stride` weights, a whole number of
/// blocks) to `scores` (at most `stride` classes), a block of classes at a time, summed over
/// the rows in registers. Rows that do not fit in `dense` are left out.
#[inline]
fn add_dense(dense: &[i16], stride: usize, rows: &[usize], scores: &mut [i32]) {
    if rows.is_empty() {
        return;
    }
    // Every row is checked once here, so that the sums below read without bounds checks.
    if !stride.is_multiple_of(BLOCK)
        || scores.len() > stride
        || rows.iter().any(|&d| d.checked_add(stride).is_none_or(|e| e > dense.len()))
    {
        let fit: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&d| d.checked_add(stride).is_some_and(|e| e <= dense.len()))
            .collect();
        if fit.len() < rows.len() {
            return add_dense(dense, stride, &fit, scores);
        }
        // A stride that is not whole blocks or too few of them: plain sums.
        for &d in rows {
            for (s, w) in scores.iter_mut().zip(&dense[d..d + stride]) {
                *s += i32::from(*w);
            }
        }
        return;
    }
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (just checked); the bounds are as for the loop below.
        unsafe { add_blocks_avx2(dense, rows, scores) };
        return;
    }
    for (b, out) in scores.chunks_mut(BLOCK).enumerate() {
        let at = b * BLOCK;
        // SAFETY: each row start `d` has `d + stride <= dense.len()` (checked above) and
        // `at + BLOCK <= stride` (`scores` has at most `stride` classes and `stride` is a
        // whole number of blocks), so `dense[d + at..d + at + BLOCK]` is in bounds.
        let acc = unsafe { sum_block(dense, rows, at) };
        for (s, a) in out.iter_mut().zip(acc) {
            *s += a;
        }
    }
}

/// The sum of `dense[d + at..d + at + BLOCK]` over the row starts `d` of `rows`.
///
/// # Safety
/// Every `d + at + BLOCK` must be at most `dense.len()`.
#[inline]
unsafe fn sum_block(dense: &[i16], rows: &[usize], at: usize) -> [i32; BLOCK] {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2 (just checked); the bounds are the caller's.
            return unsafe { sum_block_avx2(dense, rows, at) };
        }
        // SAFETY: SSE2 is part of the x86-64 baseline; the bounds are the caller's.
        unsafe { sum_block_sse2(dense, rows, at) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let mut out = [0i32; BLOCK];
        for &d in rows {
            if let Some(row) = dense.get(d + at..d + at + BLOCK) {
                for (o, w) in out.iter_mut().zip(row) {
                    *o += i32::from(*w);
                }
            }
        }
        out
    }
}

/// [`sum_block`] with the sums kept in AVX2 registers: eight weights loaded and widened to
/// `i32` by one instruction.
///
/// # Safety
/// The processor must have AVX2, and every `d + at + BLOCK` must be at most `dense.len()`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn sum_block_avx2(dense: &[i16], rows: &[usize], at: usize) -> [i32; BLOCK] {
    use std::arch::x86_64::{
        __m128i, __m256i, _mm_loadu_si128, _mm256_add_epi32, _mm256_cvtepi16_epi32,
        _mm256_setzero_si256, _mm256_storeu_si256,
    };
    let mut acc = [_mm256_setzero_si256(); BLOCK / 8];
    for &d in rows {
        // SAFETY: `dense[d + at..d + at + BLOCK]` is in bounds (the caller's promise); each
        // of its BLOCK / 8 groups of eight i16s is 16 readable bytes, loaded unaligned.
        let p = unsafe { dense.as_ptr().add(d + at) };
        for (k, a) in acc.iter_mut().enumerate() {
            let v = unsafe { _mm_loadu_si128(p.add(8 * k).cast::<__m128i>()) };
            *a = _mm256_add_epi32(*a, _mm256_cvtepi16_epi32(v));
        }
    }
    let mut out = [0i32; BLOCK];
    for (k, a) in acc.iter().enumerate() {
        // SAFETY: an __m256i is eight i32s, and `out` has room for BLOCK / 8 of them.
        unsafe { _mm256_storeu_si256(out.as_mut_ptr().add(8 * k).cast::<__m256i>(), *a) };
    }
    out
}

/// [`add_dense`] with AVX2, after its checks: each whole block of `scores` is loaded into
/// registers, the rows' weights of that block are added there and the sums stored back (the
/// last block, when `scores` ends inside it, through [`sum_block_avx2`]).
///
/// # Safety
/// The processor must have AVX2; `scores.len()` must be at most `stride`, a whole number of
/// blocks, and every row start `d` must have `d + stride <= dense.len()`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_blocks_avx2(dense: &[i16], rows: &[usize], scores: &mut [i32]) {
    use std::arch::x86_64::{
        __m128i, __m256i, _mm_loadu_si128, _mm256_add_epi32, _mm256_cvtepi16_epi32,
        _mm256_loadu_si256, _mm256_storeu_si256,
    };
    let mut blocks = scores.chunks_exact_mut(BLOCK);
    let mut at = 0;
    for out in &mut blocks {
        let o = out.as_mut_ptr();
        // SAFETY: `out` is BLOCK i32s, so BLOCK / 8 groups of eight, read and written
        // unaligned; each row's `dense[d + at..d + at + BLOCK]` is in bounds (`at + BLOCK` is
        // at most `scores.len()`, at most `stride`: the caller's promise).
        unsafe {
            let mut acc = [_mm256_loadu_si256(o.cast::<__m256i>()); BLOCK / 8];
            for (k, a) in acc.iter_mut().enumerate().skip(1) {
                *a = _mm256_loadu_si256(o.add(8 * k).cast::<__m256i>());
            }
            for &d in rows {
                let p = dense.as_ptr().add(d + at);
                for (k, a) in acc.iter_mut().enumerate() {
                    let v = _mm_loadu_si128(p.add(8 * k).cast::<__m128i>());
                    *a = _mm256_add_epi32(*a, _mm256_cvtepi16_epi32(v));
                }
            }
            for (k, a) in acc.iter().enumerate() {
                _mm256_storeu_si256(o.add(8 * k).cast::<__m256i>(), *a);
            }
        }
        at += BLOCK;
    }
    let tail = blocks.into_remainder();
    if !tail.is_empty() {
        // SAFETY: `at + BLOCK <= stride` (the scores go on into this block and the stride is
        // whole blocks), so every row's block is in bounds.
        let acc = unsafe { sum_block_avx2(dense, rows, at) };
        for (s, a) in tail.iter_mut().zip(acc) {
            *s += a;
        }
    }
}

/// [`sum_block`] with the sums kept in SSE2 registers (LLVM does not vectorise the plain loop):
/// eight weights are loaded at once and widened to two groups of four `i32`s.
///
/// # Safety
/// Every `d + at + BLOCK` must be at most `dense.len()`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
unsafe fn sum_block_sse2(dense: &[i16], rows: &[usize], at: usize) -> [i32; BLOCK] {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi32, _mm_loadu_si128, _mm_setzero_si128, _mm_srai_epi32,
        _mm_storeu_si128, _mm_unpackhi_epi16, _mm_unpacklo_epi16,
    };
    let mut acc = [_mm_setzero_si128(); BLOCK / 4];
    for &d in rows {
        // SAFETY: `dense[d + at..d + at + BLOCK]` is in bounds (the caller's promise); each
        // of its BLOCK / 8 groups of eight i16s is 16 readable bytes, loaded unaligned.
        let p = unsafe { dense.as_ptr().add(d + at) };
        for k in 0..BLOCK / 8 {
            let v = unsafe { _mm_loadu_si128(p.add(8 * k).cast::<__m128i>()) };
            // Each weight into the high half of a 32-bit lane, then shifted down with its
            // sign: the four low weights, then the four high ones, as i32s.
            let lo = _mm_srai_epi32::<16>(_mm_unpacklo_epi16(v, v));
            let hi = _mm_srai_epi32::<16>(_mm_unpackhi_epi16(v, v));
            acc[2 * k] = _mm_add_epi32(acc[2 * k], lo);
            acc[2 * k + 1] = _mm_add_epi32(acc[2 * k + 1], hi);
        }
    }
    let mut out = [0i32; BLOCK];
    for (k, a) in acc.iter().enumerate() {
        // SAFETY: an __m128i is four i32s, and `out` has room for BLOCK / 4 of them.
        unsafe { _mm_storeu_si128(out.as_mut_ptr().add(4 * k).cast::<__m128i>(), *a) };
    }
    out
}

/// An empty vector with room for `n` items, whose memory the kernel is asked to back with
/// 2 MiB pages (Linux with transparent huge pages in `madvise` or `always` mode; elsewhere,
/// or when refused, ordinary pages). Only whole huge pages inside the allocation are advised.
fn huge_vec<T>(n: usize) -> Vec<T> {
    let v = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = n * std::mem::size_of::<T>();
        let addr = v.as_ptr() as usize;
        let (first, end) = (addr.next_multiple_of(HUGE), (addr + bytes) / HUGE * HUGE);
        if bytes >= HUGE && end > first {
            // SAFETY: [first, end) lies inside the allocation of `v`, which lives on; the
            // advice changes how the kernel backs those pages, never their contents, and a
            // refusal (an error return) is harmless.
            unsafe { libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE) };
        }
    }
    v
}

/// Asks the processor to start loading `v[i]` into the cache (a no-op off x86-64 or out of
/// bounds).
#[inline(always)]
fn prefetch<T>(v: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(x) = v.get(i) {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: SSE is part of the x86-64 baseline, and a prefetch only hints the cache:
        // it reads nothing into the program and the pointer comes from a live reference.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((x as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (v, i);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Rng;

    /// Scores from the look-up table (buckets that overflow, dense and sparse rows, keys that
    /// are absent) equal the plain sums of the rows as given to the builder.
    #[test]
    fn scores_are_the_sums_of_the_rows() {
        let mut rng = Rng::new(11);
        for n_classes in [3usize, 16, 101, 122] {
            let mut b = WeightsBuilder::new(n_classes);
            let mut rows: FxHashMap<u32, Vec<(u8, i16)>> = FxHashMap::default();
            // Few distinct low bits, so that many keys share a home bucket and overflow.
            let mut keys: Vec<u32> = (0..3000)
                .map(|_| (rng.next_u64() as u32 & !0xFF) | (rng.below(4) as u32) | 1)
                .collect();
            keys.sort_unstable();
            keys.dedup();
            for &k in &keys {
                // Some rows dense (most classes), the rest sparse.
                let len = if rng.below(5) == 0 { n_classes } else { 1 + rng.below(3) };
                let mut classes: Vec<usize> = (0..n_classes).collect();
                rng.shuffle(&mut classes);
                let mut row: Vec<(u8, i16)> = classes[..len.min(n_classes)]
                    .iter()
                    .map(|&c| (c as u8, (rng.below(64_001) as i32 - 32_000) as i16))
                    .collect();
                row.sort_unstable();
                b.push_row(k, &row);
                rows.insert(k, row);
            }
            let w = b.finish(1.0);
            for _ in 0..200 {
                let feats: Vec<u32> = (0..1 + rng.below(150))
                    .map(|_| {
                        if rng.below(4) == 0 {
                            rng.next_u64() as u32 | 1
                        } else {
                            keys[rng.below(keys.len())]
                        }
                    })
                    .collect();
                let mut want = vec![0i32; n_classes];
                for f in &feats {
                    for &(c, x) in rows.get(f).map(Vec::as_slice).unwrap_or(&[]) {
                        want[c as usize] += i32::from(x);
                    }
                }
                let mut got = vec![0i32; n_classes];
                w.score(&feats, &mut got);
                assert_eq!(got, want);
                let mut got = vec![0i32; n_classes];
                w.prefetch(&feats);
                w.score_prefetched(&feats, &mut got);
                assert_eq!(got, want);
            }
        }
    }

    /// Each vector sum of dense rows (SSE2 always, AVX2 where the processor has it) equals the
    /// plain sum, negative weights and the extremes of `i16` included.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn vector_sums_of_dense_rows_are_exact() {
        let mut rng = Rng::new(5);
        let stride = 4 * BLOCK;
        let mut dense: Vec<i16> = (0..50 * stride).map(|_| rng.next_u64() as i16).collect();
        dense[0] = i16::MIN;
        dense[1] = i16::MAX;
        for _ in 0..100 {
            let rows: Vec<usize> = (0..rng.below(90)).map(|_| rng.below(50) * stride).collect();
            for at in (0..stride).step_by(BLOCK) {
                let mut want = [0i32; BLOCK];
                for &d in &rows {
                    for (k, o) in want.iter_mut().enumerate() {
                        *o += i32::from(dense[d + at + k]);
                    }
                }
                // SAFETY: every row starts below 50 * stride, so `d + at + BLOCK <=
                // dense.len()`; SSE2 is part of the x86-64 baseline.
                assert_eq!(unsafe { sum_block_sse2(&dense, &rows, at) }, want);
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: as above, and the processor has AVX2.
                    assert_eq!(unsafe { sum_block_avx2(&dense, &rows, at) }, want);
                }
            }
        }
    }

    /// Dense rows added onto scores that hold sums already, for scores that fill whole blocks
    /// and for scores that end inside one: the plain sums, none of the weights past the
    /// scores' end.
    #[test]
    fn dense_rows_add_onto_scores_exactly() {
        let mut rng = Rng::new(9);
        let stride = 4 * BLOCK;
        let dense: Vec<i16> = (0..30 * stride).map(|_| rng.next_u64() as i16).collect();
        for _ in 0..200 {
            let n = [stride, stride - 1, 3 * BLOCK + 5, BLOCK, 1][rng.below(5)];
            let rows: Vec<usize> = (0..rng.below(40)).map(|_| rng.below(30) * stride).collect();
            let start: Vec<i32> = (0..n).map(|_| rng.next_u64() as i16 as i32).collect();
            let mut want = start.clone();
            for &d in &rows {
                for (k, o) in want.iter_mut().enumerate() {
                    *o += i32::from(dense[d + k]);
                }
            }
            let mut got = start;
            add_dense(&dense, stride, &rows, &mut got);
            assert_eq!(got, want);
        }
    }
}
