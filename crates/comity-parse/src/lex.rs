//! Per-word lexical values computed once per sentence and shared by the tagger and parser.

use crate::hash::{hash_str, mix};

/// Hashed views of one word form.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Lex {
    /// The form as given.
    pub(crate) form: u64,
    /// The lower-cased form.
    pub(crate) lower: u64,
    /// Prefixes of 1..=4 characters of the lower-cased form.
    pub(crate) pre: [u64; 4],
    /// Suffixes of 1..=4 characters of the lower-cased form.
    pub(crate) suf: [u64; 4],
    /// Word shape (`Xxxx`, `dd.d`, ...).
    pub(crate) shape: u64,
    /// 32-bit key of the lower-cased form, used to look the word up in dictionaries.
    pub(crate) key: u32,
}

/// Longest word (in bytes) looked at in full; longer words are cut at a character boundary.
/// Only the hashes see the cut, so very long words cost no more than this.
const MAX_WORD: usize = 256;

fn clip(s: &str) -> &str {
    if s.len() <= MAX_WORD {
        return s;
    }
    let mut end = MAX_WORD;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Lower-cases `s` into `out` (cleared first).
pub(crate) fn lower_into(s: &str, out: &mut String) {
    out.clear();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The lower-cased form of `s`.
pub(crate) fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lower_into(s, &mut out);
    out
}

fn shape_class(c: char) -> char {
    if c.is_ascii_digit() || c.is_numeric() {
        'd'
    } else if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_ascii() && !c.is_ascii_control() {
        c
    } else if c.is_whitespace() || c.is_control() {
        ' '
    } else {
        'o'
    }
}

/// Hash key of a lower-cased word, as stored in dictionaries.
pub(crate) fn word_key(lower: &str) -> u32 {
    let h = hash_str(clip(lower));
    let k = (h >> 32) as u32;
    if k == 0 { 1 } else { k }
}

impl Lex {
    /// Computes the lexical values of `word`, using `buf` as scratch space.
    pub(crate) fn new(word: &str, buf: &mut String) -> Lex {
        let word = clip(word);
        lower_into(word, buf);
        let lw = buf.as_str();
        let mut lex = Lex { form: hash_str(word), lower: hash_str(lw), ..Lex::default() };
        lex.key = word_key(lw);
        // Prefixes and suffixes by characters.
        let mut ends = [lw.len(); 4];
        for (k, (i, _)) in lw.char_indices().skip(1).take(4).enumerate() {
            ends[k] = i;
        }
        for k in 0..4 {
            lex.pre[k] = mix(hash_str(&lw[..ends[k]]), k as u64);
        }
        let mut starts = [0usize; 4];
        for (k, (i, _)) in lw.char_indices().rev().take(4).enumerate() {
            starts[k] = i;
        }
        // Words shorter than four characters keep start 0: the whole word.
        for (k, &s) in starts.iter().enumerate() {
            lex.suf[k] = mix(hash_str(&lw[s..]), 100 + k as u64);
        }
        // Shape: character classes, runs longer than three cut, at most 16 characters.
        let mut shape = [0u8; 64];
        let mut len = 0;
        let mut last = '\0';
        let mut run = 0;
        for c in word.chars() {
            let s = shape_class(c);
            if s == last {
                run += 1;
                if run > 3 {
                    continue;
                }
            } else {
                last = s;
                run = 1;
            }
            if len + 4 > shape.len() || len >= 16 {
                break;
            }
            len += s.encode_utf8(&mut shape[len..]).len();
        }
        lex.shape = mix(crate::hash::hash_bytes(&shape[..len]), 7);
        lex
    }
}

/// Computes the lexical values of every word of a sentence.
pub(crate) fn sentence(words: &[&str]) -> Vec<Lex> {
    let mut buf = String::new();
    words.iter().map(|w| Lex::new(w, &mut buf)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_suffixes_follow_characters() {
        let mut b = String::new();
        let a = Lex::new("Über", &mut b);
        let c = Lex::new("über", &mut b);
        assert_eq!(a.lower, c.lower);
        assert_ne!(a.form, c.form);
        assert_ne!(a.shape, c.shape);
        assert_eq!(Lex::new("running", &mut b).suf[2], Lex::new("sing", &mut b).suf[2]);
        let long = "é".repeat(10_000);
        let l = Lex::new(&long, &mut b);
        assert_eq!(l.suf[3], Lex::new("éééé", &mut b).suf[3]);
    }
}
