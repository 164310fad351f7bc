//! SimHash over word shingles, for recognising syndicated copies of an article.

/// 64-bit FNV-1a: stable across builds and platforms, so stored signatures stay comparable.
fn fnv(bytes: &[u8]) -> u64 {
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
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        words.push(fnv(buf.as_bytes()));
    }
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
    votes.iter().enumerate().fold(0u64, |acc, (bit, &v)| if v > 0 { acc | 1 << bit } else { acc })
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(distance(simhash(a), simhash(b)) <= crate::NEAR_DUPLICATE_BITS, "one word changed: {}", distance(simhash(a), simhash(b)));
        assert!(distance(simhash(a), simhash(c)) > 12, "unrelated: {}", distance(simhash(a), simhash(c)));
        assert_eq!(simhash(a), simhash(&a.to_uppercase()));
        // Within the threshold, some band is shared.
        let (x, y) = (simhash(a), simhash(b));
        assert!(bands(x).iter().zip(bands(y)).any(|(p, q)| *p == q));
    }
}
