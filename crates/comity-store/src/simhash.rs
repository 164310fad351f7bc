//! SimHash over word shingles, for recognising syndicated copies of an article.

/// 64-bit FNV-1a: stable across builds and platforms, so stored signatures stay comparable.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Final mix, so that close inputs spread over all bits.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// The SimHash of a text: every three-word shingle votes on every bit.
pub fn simhash(text: &str) -> u64 {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 5);
    let mut buf = String::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if w.is_ascii() {
            // The same bytes as the general path below, without a char-by-char rebuild.
            let mut b = [0u8; 64];
            if w.len() <= b.len() {
                b[..w.len()].copy_from_slice(w.as_bytes());
                b[..w.len()].make_ascii_lowercase();
                words.push(fnv(&b[..w.len()]));
                continue;
            }
        }
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        words.push(fnv(buf.as_bytes()));
    }
    // Each shingle votes +1 for its set bits and -1 for the others: a bit is set in the result
    // when more than half the shingles set it. Counting is bit-sliced: lane `j` holds, in its
    // byte `k`, the count of bit `8k + j` over up to 255 shingles, then spills into `ones`.
    let mut ones = [0u32; 64];
    let mut lanes = [0u64; 8];
    let mut pending = 0u32;
    let mut n = 0u32;
    const LOW: u64 = 0x0101_0101_0101_0101;
    let mut spill = |lanes: &mut [u64; 8]| {
        for (j, lane) in lanes.iter_mut().enumerate() {
            for k in 0..8 {
                ones[8 * k + j] += ((*lane >> (8 * k)) & 0xff) as u32;
            }
            *lane = 0;
        }
    };
    let mut add = |h: u64, lanes: &mut [u64; 8], spill: &mut dyn FnMut(&mut [u64; 8])| {
        for (j, lane) in lanes.iter_mut().enumerate() {
            *lane += (h >> j) & LOW;
        }
        n += 1;
        pending += 1;
        if pending == 255 {
            spill(lanes);
            pending = 0;
        }
    };
    if words.len() < 3 {
        add(
            words.iter().fold(0x9e37_79b9_7f4a_7c15, |acc, &w| mix(acc ^ w)),
            &mut lanes,
            &mut spill,
        );
    } else {
        for w in words.windows(3) {
            add(mix(mix(mix(w[0]) ^ w[1]) ^ w[2]), &mut lanes, &mut spill);
        }
    }
    spill(&mut lanes);
    ones.iter()
        .enumerate()
        .fold(0u64, |acc, (bit, &c)| if 2 * c > n { acc | 1 << bit } else { acc })
}

fn mix(mut h: u64) -> u64 {
    h = h.wrapping_add(0x9e37_79b9_7f4a_7c15);
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Number of differing bits.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// Band widths in bits: six bands, so two signatures within 5 bits share at least one band.
const WIDTHS: [u32; 6] = [11, 11, 11, 11, 10, 10];

/// The six bands of a signature (each tagged with its number, so bands never collide).
pub fn bands(h: u64) -> [i64; 6] {
    let mut out = [0i64; 6];
    let mut shift = 0;
    for (k, w) in WIDTHS.iter().enumerate() {
        out[k] = ((h >> shift) & ((1u64 << w) - 1)) as i64;
        shift += w;
    }
    out
}

/// Shortest text whose SimHash is trusted to find copies.
pub const MIN_LENGTH: usize = 600;

/// The originals stored after a given id (`?1`), long enough to compare (`?2`), on both backends.
pub(crate) const CATCH_UP_SQL: &str = "SELECT id, simhash, length FROM articles WHERE id > ?1 AND duplicate_of IS NULL AND length >= ?2 ORDER BY id";

/// The bands of every stored original long enough to have copies, in memory: six hash maps
/// from band value to articles. Built from the `articles` table (its `simhash` and `length`
/// columns), so nothing but the articles themselves is written per article.
#[derive(Debug, Default)]
pub struct BandIndex {
    maps: [rustc_hash::FxHashMap<u16, Vec<u32>>; 6],
    /// (article id, signature, length) of each original.
    items: Vec<(i64, u64, u32)>,
    /// Highest article id seen.
    last_id: i64,
    /// The ids of `items`, so that an article read twice is indexed once.
    ids: rustc_hash::FxHashSet<i64>,
    /// Ids at or below `last_id` not seen yet: on PostgreSQL writers take their ids before
    /// they commit, so ids do not come in the order of commits (see
    /// [`BandIndex::catch_up_unordered`]).
    pending: Vec<i64>,
}

/// How far below the highest id seen a missing id is still looked for.
const PENDING_WINDOW: i64 = 1_000_000;

impl BandIndex {
    /// Reads the originals stored after the last one seen.
    pub fn catch_up(&mut self, c: &rusqlite::Connection) -> rusqlite::Result<()> {
        let mut stmt = c.prepare_cached(CATCH_UP_SQL)?;
        let rows = stmt.query_map(rusqlite::params![self.last_id, MIN_LENGTH as i64], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
        })?;
        let mut found = Vec::new();
        for r in rows {
            found.push(r?);
        }
        for (id, sh, len) in found {
            self.add(id, sh as u64, len as usize);
        }
        let max: Option<i64> = c.query_row("SELECT max(id) FROM articles", [], |r| r.get(0))?;
        self.last_id = self.last_id.max(max.unwrap_or(0));
        Ok(())
    }

    /// The highest article id the index has seen.
    pub fn last_id(&self) -> i64 {
        self.last_id
    }

    /// Notes that every article up to `id` has been read.
    pub fn seen(&mut self, id: i64) {
        self.last_id = self.last_id.max(id);
    }

    pub fn add(&mut self, id: i64, sh: u64, len: usize) {
        self.last_id = self.last_id.max(id);
        self.insert(id, sh, len);
    }

    /// The ids below the highest seen that a catch-up reads again.
    pub(crate) fn pending(&self) -> &[i64] {
        &self.pending
    }

    /// Reads what a catch-up found, `(id, signature, length, original)` of the articles after
    /// [`BandIndex::last_id`] and of the [`BandIndex::pending`] ones, when ids are not taken in
    /// the order of commits (PostgreSQL): an id missing below the highest found may belong to
    /// a writer that has not committed yet, and stays pending (within the last
    /// `PENDING_WINDOW` ids; ids of batches rolled back never come).
    pub(crate) fn catch_up_unordered(&mut self, found: &[(i64, u64, usize, bool)]) {
        let present: rustc_hash::FxHashSet<i64> = found.iter().map(|f| f.0).collect();
        let max = found.iter().map(|f| f.0).max().unwrap_or(0).max(self.last_id);
        for &(id, sh, len, original) in found {
            if original {
                self.insert(id, sh, len);
            }
        }
        let floor = max - PENDING_WINDOW;
        let mut pending: Vec<i64> = std::mem::take(&mut self.pending)
            .into_iter()
            .filter(|id| *id > floor && !present.contains(id))
            .collect();
        pending
            .extend(((self.last_id + 1).max(floor + 1)..=max).filter(|id| !present.contains(id)));
        self.pending = pending;
        self.last_id = max;
    }

    /// Indexes an original (once), without moving [`BandIndex::last_id`].
    pub(crate) fn insert(&mut self, id: i64, sh: u64, len: usize) {
        if len < MIN_LENGTH || !self.ids.insert(id) {
            return;
        }
        let k = self.items.len() as u32;
        self.items.push((id, sh, len.min(u32::MAX as usize) as u32));
        for (band, map) in bands(sh).iter().zip(self.maps.iter_mut()) {
            map.entry(*band as u16).or_default().push(k);
        }
    }

    /// The earliest original this text is a copy of: within the distance, of similar length.
    pub fn original_of(&self, sh: u64, len: usize) -> Option<i64> {
        if len < MIN_LENGTH {
            return None;
        }
        let mut best: Option<i64> = None;
        for (band, map) in bands(sh).iter().zip(self.maps.iter()) {
            for &k in map.get(&(*band as u16)).map_or(&[][..], Vec::as_slice) {
                let (id, other, olen) = self.items[k as usize];
                let (a, b) = (len as f64, olen as f64);
                if a.min(b) >= 0.8 * a.max(b)
                    && distance(sh, other) <= crate::NEAR_DUPLICATE_BITS
                    && best.is_none_or(|d| id < d)
                {
                    best = Some(id);
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The signature as first defined (one vote a bit, char-by-char lower-casing): stored
    /// signatures must not change when the code gets faster.
    fn reference(text: &str) -> u64 {
        let words: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| fnv(w.chars().flat_map(char::to_lowercase).collect::<String>().as_bytes()))
            .collect();
        let mut votes = [0i32; 64];
        let mut add = |h: u64| {
            for (bit, v) in votes.iter_mut().enumerate() {
                *v += if h >> bit & 1 == 1 { 1 } else { -1 };
            }
        };
        if words.len() < 3 {
            add(words.iter().fold(0x9e37_79b9_7f4a_7c15, |acc, &w| mix(acc ^ w)));
        } else {
            for w in words.windows(3) {
                add(mix(mix(mix(w[0]) ^ w[1]) ^ w[2]));
            }
        }
        votes
            .iter()
            .enumerate()
            .fold(0u64, |acc, (bit, &v)| if v > 0 { acc | 1 << bit } else { acc })
    }

    #[test]
    fn signatures_match_the_reference_definition() {
        let long_word = "x".repeat(100);
        let many = "word ".repeat(1000) + &"other text here ".repeat(300);
        for t in [
            many.as_str(),
            "",
            "one",
            "two words",
            "Kim Jong Un met Vladimir Putin in Vostochny on Wednesday.",
            "Ünïcödé Straße İstanbul ΣΊΣΥΦΟΣ and ASCII mixed, 30,000 troops",
            long_word.as_str(),
            "a b c d e f g h i j k l m n o p",
        ] {
            assert_eq!(simhash(t), reference(t), "{t}");
        }
    }

    #[test]
    fn copies_are_close_and_other_texts_far() {
        let body = "Russia and North Korea resumed rail traffic across their border on Monday, officials in both capitals said, after a pause of several years that followed the pandemic closures. \
            The first train carried timber, fertiliser and spare parts for tractors, and the return journey brought seafood and textiles, according to the regional transport authority. \
            Analysts said the link would make it easier to move heavy goods that are hard to send by sea, and that both governments had promised to add more services before the winter. \
            Local officials in the border town welcomed the news and said hotels and shops were preparing for more visitors once passenger trains return next year.";
        let a = format!("{body} Trade in coal and seafood is expected to grow.");
        let b = format!("{body} Trade in coal and fish is expected to grow.");
        let (a, b) = (a.as_str(), b.as_str());
        let c = "The central bank raised interest rates by half a point on Thursday to curb inflation, which has run above its target for two years, and signalled that more increases could follow before the end of the year.";
        assert!(
            distance(simhash(a), simhash(b)) <= crate::NEAR_DUPLICATE_BITS,
            "one word changed: {}",
            distance(simhash(a), simhash(b))
        );
        assert!(
            distance(simhash(a), simhash(c)) > 12,
            "unrelated: {}",
            distance(simhash(a), simhash(c))
        );
        assert_eq!(simhash(a), simhash(&a.to_uppercase()));
        // Within the threshold, some band is shared.
        let (x, y) = (simhash(a), simhash(b));
        assert!(bands(x).iter().zip(bands(y)).any(|(p, q)| *p == q));
    }
}
