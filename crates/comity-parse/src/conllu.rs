//! A small CoNLL-U reader for training and evaluation: word lines only (multi-word token
//! ranges like `1-2` and empty nodes like `1.1` are skipped), columns FORM, LEMMA, UPOS,
//! XPOS, HEAD and DEPREL.

use crate::{Rel, Upos, Xpos};

/// One word of a treebank sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag ([`Upos::X`] if unknown).
    pub upos: Upos,
    /// Penn Treebank tag ([`Xpos::Xx`] if unknown).
    pub xpos: Xpos,
    /// Head: 0 for the root, else the 1-based index of the head word.
    pub head: u32,
    /// Relation to the head (subtypes outside [`Rel`] read as their base relation).
    pub rel: Rel,
}

/// One treebank sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Its words in order.
    pub words: Vec<Word>,
}

impl Sentence {
    /// The word forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }
}

/// A malformed CoNLL-U line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("CoNLL-U line {line}: {reason}")]
pub struct ConlluError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: &'static str,
}

/// Reads every sentence of a CoNLL-U text. A sentence whose heads point outside it is an
/// error.
pub fn read(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut start = 1;
    let finish = |cur: &mut Sentence, out: &mut Vec<Sentence>, line: usize| {
        if cur.words.is_empty() {
            return Ok(());
        }
        let n = cur.words.len() as u32;
        if cur.words.iter().any(|w| w.head > n) {
            return Err(ConlluError { line, reason: "head outside the sentence" });
        }
        out.push(std::mem::take(cur));
        Ok(())
    };
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            finish(&mut cur, &mut out, start)?;
            start = line_no + 1;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError { line: line_no, reason: "not ten columns" });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let id: usize =
            cols[0].parse().map_err(|_| ConlluError { line: line_no, reason: "bad ID" })?;
        if id != cur.words.len() + 1 {
            return Err(ConlluError { line: line_no, reason: "IDs out of order" });
        }
        let head: u32 =
            cols[6].parse().map_err(|_| ConlluError { line: line_no, reason: "bad HEAD" })?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: Upos::from_label(cols[3]).unwrap_or(Upos::X),
            xpos: Xpos::from_label(cols[4]).unwrap_or(Xpos::Xx),
            head,
            rel: Rel::parse(cols[7]),
        });
    }
    finish(&mut cur, &mut out, start)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_skips_ranges() {
        let text = "# text = I can't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
                    2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n\
                    3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n3.1\tx\tx\tX\tXX\t_\t_\t_\t_\t_\n\
                    4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        let s = read(text).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), ["I", "ca", "n't", "."]);
        assert_eq!(s[0].words[0].rel, Rel::Nsubj);
        assert!(read("1\tx\n").is_err());
    }
}
