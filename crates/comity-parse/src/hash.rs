//! Stable hashing of strings and feature values. The model stores 32-bit feature keys made
//! here, so these functions must never change for a given model format version.

const P1: u64 = 0x9E37_79B9_7F4A_7C15;
const P2: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// Murmur3's 64-bit finaliser: spreads every input bit over the whole word.
#[inline]
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^= h >> 33;
    h
}

/// Hash of a byte string (8 bytes at a time).
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = P2 ^ (b.len() as u64).wrapping_mul(P1);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ v).wrapping_mul(P1).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(buf)).wrapping_mul(P1).rotate_left(29);
    }
    fmix(h)
}

/// Hash of a string.
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// Combines a running hash with one more value.
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(P1)
}

/// A 32-bit feature key from a template number and up to three values. Never 0 (0 marks an
/// empty slot in the weight table).
#[inline]
pub(crate) fn key(template: u32, a: u64, b: u64, c: u64) -> u32 {
    let h = fmix(mix(mix(mix(P2 ^ template as u64, a), b), c));
    let k = (h >> 32) as u32;
    if k == 0 { 1 } else { k }
}

/// A small deterministic pseudo-random generator (SplitMix64) for shuffling and exploration.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(P1);
        fmix(self.0)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n.max(1) as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Shuffles `v` in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLDEN_ABC: u64 = 0xf392_afdf_3608_a53b;

    #[test]
    fn hashes_are_stable() {
        // These values are part of the model format.
        assert_eq!(hash_str(""), hash_str(""));
        assert_ne!(hash_str("a"), hash_str("b"));
        assert_ne!(key(1, 2, 3, 4), key(1, 2, 4, 3));
        assert_eq!(hash_str("abc"), GOLDEN_ABC);
    }
}
