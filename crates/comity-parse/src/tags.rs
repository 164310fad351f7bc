//! The tag and relation inventories: Universal POS tags, Penn Treebank tags as used in the
//! English UD treebanks, and Universal Dependencies relations with their English subtypes.

use std::fmt;

/// Declares a fieldless enum with a fixed list of (variant, label) pairs, an `ALL` array in
/// declaration order, `as_str`, `index`, `from_index`, a label parser and `Display`.
macro_rules! label_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $label:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order (the order of [`Self::index`]).
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The label as written in CoNLL-U files.
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $label ),+ }
            }

            /// Position of this value in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }

            /// The value at position `i` of [`Self::ALL`], if any.
            pub fn from_index(i: usize) -> Option<Self> {
                Self::ALL.get(i).copied()
            }

            /// The value written `label` in CoNLL-U files, if it is one of ours.
            pub fn from_label(label: &str) -> Option<Self> {
                match label {
                    $( $label => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

label_enum! {
    /// A Universal POS tag (UD v2).
    Upos {
        /// Adjective.
        Adj => "ADJ",
        /// Adposition.
        Adp => "ADP",
        /// Adverb.
        Adv => "ADV",
        /// Auxiliary.
        Aux => "AUX",
        /// Coordinating conjunction.
        Cconj => "CCONJ",
        /// Determiner.
        Det => "DET",
        /// Interjection.
        Intj => "INTJ",
        /// Noun.
        Noun => "NOUN",
        /// Numeral.
        Num => "NUM",
        /// Particle.
        Part => "PART",
        /// Pronoun.
        Pron => "PRON",
        /// Proper noun.
        Propn => "PROPN",
        /// Punctuation.
        Punct => "PUNCT",
        /// Subordinating conjunction.
        Sconj => "SCONJ",
        /// Symbol.
        Sym => "SYM",
        /// Verb.
        Verb => "VERB",
        /// Other.
        X => "X",
    }
}

label_enum! {
    /// A Penn Treebank part-of-speech tag, as used in the XPOS column of UD_English-EWT and
    /// UD_English-GUM (PTB tags plus the web-text additions `HYPH`, `NFP`, `ADD`, `AFX`, `GW`,
    /// `XX`).
    Xpos {
        /// `CC` coordinating conjunction.
        Cc => "CC",
        /// `CD` cardinal number.
        Cd => "CD",
        /// `DT` determiner.
        Dt => "DT",
        /// `EX` existential *there*.
        Ex => "EX",
        /// `FW` foreign word.
        Fw => "FW",
        /// `IN` preposition or subordinating conjunction.
        In => "IN",
        /// `JJ` adjective.
        Jj => "JJ",
        /// `JJR` comparative adjective.
        Jjr => "JJR",
        /// `JJS` superlative adjective.
        Jjs => "JJS",
        /// `LS` list item marker.
        Ls => "LS",
        /// `MD` modal.
        Md => "MD",
        /// `NN` singular or mass noun.
        Nn => "NN",
        /// `NNS` plural noun.
        Nns => "NNS",
        /// `NNP` singular proper noun.
        Nnp => "NNP",
        /// `NNPS` plural proper noun.
        Nnps => "NNPS",
        /// `PDT` predeterminer.
        Pdt => "PDT",
        /// `POS` possessive ending.
        Pos => "POS",
        /// `PRP` personal pronoun.
        Prp => "PRP",
        /// `PRP$` possessive pronoun.
        PrpS => "PRP$",
        /// `RB` adverb.
        Rb => "RB",
        /// `RBR` comparative adverb.
        Rbr => "RBR",
        /// `RBS` superlative adverb.
        Rbs => "RBS",
        /// `RP` particle.
        Rp => "RP",
        /// `SYM` symbol.
        Sym => "SYM",
        /// `TO` *to*.
        To => "TO",
        /// `UH` interjection.
        Uh => "UH",
        /// `VB` verb, base form.
        Vb => "VB",
        /// `VBD` verb, past tense.
        Vbd => "VBD",
        /// `VBG` verb, gerund or present participle.
        Vbg => "VBG",
        /// `VBN` verb, past participle.
        Vbn => "VBN",
        /// `VBP` verb, non-third-person singular present.
        Vbp => "VBP",
        /// `VBZ` verb, third-person singular present.
        Vbz => "VBZ",
        /// `WDT` wh-determiner.
        Wdt => "WDT",
        /// `WP` wh-pronoun.
        Wp => "WP",
        /// `WP$` possessive wh-pronoun.
        WpS => "WP$",
        /// `WRB` wh-adverb.
        Wrb => "WRB",
        /// `,` comma.
        Comma => ",",
        /// `.` sentence-final punctuation.
        Period => ".",
        /// `:` colon, semicolon, dash, ellipsis.
        Colon => ":",
        /// ```` `` ```` opening quotation mark.
        OpenQuote => "``",
        /// `''` closing quotation mark.
        CloseQuote => "''",
        /// `-LRB-` opening bracket.
        Lrb => "-LRB-",
        /// `-RRB-` closing bracket.
        Rrb => "-RRB-",
        /// `HYPH` hyphen.
        Hyph => "HYPH",
        /// `NFP` superfluous punctuation.
        Nfp => "NFP",
        /// `ADD` e-mail or web address.
        Add => "ADD",
        /// `AFX` affix.
        Afx => "AFX",
        /// `GW` goes-with (part of a split word).
        Gw => "GW",
        /// `XX` unknown.
        Xx => "XX",
        /// `$` currency sign.
        Dollar => "$",
        /// `#` number sign.
        Pound => "#",
    }
}

label_enum! {
    /// A Universal Dependencies relation, with the subtypes used in the English treebanks
    /// (EWT and GUM, including labels from earlier releases such as `obl:tmod`).
    ///
    /// UD v2 has no `neg` relation: negation is `advmod` (or `det` for *no*). Labels that are
    /// not listed here are read as their base relation when that is listed (`obl:foo` →
    /// [`Rel::Obl`]) and as [`Rel::Dep`] otherwise; see [`Rel::parse`].
    Rel {
        /// `acl` clausal modifier of a noun.
        Acl => "acl",
        /// `acl:relcl` relative clause.
        AclRelcl => "acl:relcl",
        /// `advcl` adverbial clause.
        Advcl => "advcl",
        /// `advcl:relcl` sentential relative clause.
        AdvclRelcl => "advcl:relcl",
        /// `advmod` adverbial modifier.
        Advmod => "advmod",
        /// `amod` adjectival modifier.
        Amod => "amod",
        /// `appos` apposition.
        Appos => "appos",
        /// `aux` auxiliary.
        Aux => "aux",
        /// `aux:pass` passive auxiliary.
        AuxPass => "aux:pass",
        /// `case` case marker (preposition).
        Case => "case",
        /// `cc` coordinating conjunction.
        Cc => "cc",
        /// `cc:preconj` preconjunct.
        CcPreconj => "cc:preconj",
        /// `ccomp` clausal complement.
        Ccomp => "ccomp",
        /// `compound` compound.
        Compound => "compound",
        /// `compound:prt` phrasal-verb particle.
        CompoundPrt => "compound:prt",
        /// `conj` conjunct.
        Conj => "conj",
        /// `cop` copula.
        Cop => "cop",
        /// `csubj` clausal subject.
        Csubj => "csubj",
        /// `csubj:outer` outer clausal subject.
        CsubjOuter => "csubj:outer",
        /// `csubj:pass` passive clausal subject.
        CsubjPass => "csubj:pass",
        /// `dep` unspecified dependency.
        Dep => "dep",
        /// `det` determiner.
        Det => "det",
        /// `det:predet` predeterminer.
        DetPredet => "det:predet",
        /// `discourse` discourse element.
        Discourse => "discourse",
        /// `dislocated` dislocated element.
        Dislocated => "dislocated",
        /// `expl` expletive.
        Expl => "expl",
        /// `fixed` fixed multi-word expression.
        Fixed => "fixed",
        /// `flat` flat expression (names, dates).
        Flat => "flat",
        /// `goeswith` part of a split word.
        Goeswith => "goeswith",
        /// `iobj` indirect object.
        Iobj => "iobj",
        /// `list` list item.
        List => "list",
        /// `mark` subordinating marker.
        Mark => "mark",
        /// `nmod` nominal modifier of a nominal.
        Nmod => "nmod",
        /// `nmod:desc` descriptive nominal modifier.
        NmodDesc => "nmod:desc",
        /// `nmod:npmod` bare noun-phrase modifier of a nominal (older releases).
        NmodNpmod => "nmod:npmod",
        /// `nmod:poss` possessive nominal modifier.
        NmodPoss => "nmod:poss",
        /// `nmod:tmod` temporal nominal modifier of a nominal (older releases).
        NmodTmod => "nmod:tmod",
        /// `nmod:unmarked` bare noun-phrase modifier of a nominal.
        NmodUnmarked => "nmod:unmarked",
        /// `nsubj` nominal subject.
        Nsubj => "nsubj",
        /// `nsubj:outer` outer subject of a copular clause.
        NsubjOuter => "nsubj:outer",
        /// `nsubj:pass` passive nominal subject.
        NsubjPass => "nsubj:pass",
        /// `nummod` numeric modifier.
        Nummod => "nummod",
        /// `obj` direct object.
        Obj => "obj",
        /// `obl` oblique nominal.
        Obl => "obl",
        /// `obl:agent` agent of a passive.
        OblAgent => "obl:agent",
        /// `obl:npmod` bare noun-phrase oblique (older releases).
        OblNpmod => "obl:npmod",
        /// `obl:tmod` temporal oblique (older releases).
        OblTmod => "obl:tmod",
        /// `obl:unmarked` bare noun-phrase oblique, e.g. temporal *Monday*.
        OblUnmarked => "obl:unmarked",
        /// `orphan` orphan in gapping.
        Orphan => "orphan",
        /// `parataxis` parataxis.
        Parataxis => "parataxis",
        /// `punct` punctuation.
        Punct => "punct",
        /// `reparandum` overridden disfluency.
        Reparandum => "reparandum",
        /// `root` the root of the sentence.
        Root => "root",
        /// `vocative` vocative.
        Vocative => "vocative",
        /// `xcomp` open clausal complement.
        Xcomp => "xcomp",
        /// `clf` classifier (not used in English).
        Clf => "clf",
    }
}

impl Rel {
    /// Reads a relation label: an exact label, else its base relation (the part before `:`),
    /// else [`Rel::Dep`].
    pub fn parse(label: &str) -> Rel {
        if let Some(r) = Rel::from_label(label) {
            return r;
        }
        let base = label.split(':').next().unwrap_or("");
        Rel::from_label(base).unwrap_or(Rel::Dep)
    }

    /// The base relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn base(self) -> Rel {
        let s = self.as_str();
        match s.split_once(':') {
            Some((b, _)) => Rel::from_label(b).unwrap_or(self),
            None => self,
        }
    }
}

/// A part-of-speech tag: the universal tag and the Penn Treebank tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tag {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: Xpos,
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.upos, self.xpos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for (i, u) in Upos::ALL.iter().enumerate() {
            assert_eq!(u.index(), i);
            assert_eq!(Upos::from_label(u.as_str()), Some(*u));
        }
        for x in Xpos::ALL {
            assert_eq!(Xpos::from_label(x.as_str()), Some(*x));
        }
        for r in Rel::ALL {
            assert_eq!(Rel::parse(r.as_str()), *r);
        }
        assert_eq!(Rel::parse("obl:in"), Rel::Obl);
        assert_eq!(Rel::parse("nonsense"), Rel::Dep);
        assert_eq!(Rel::NsubjPass.base(), Rel::Nsubj);
        assert_eq!(Rel::Obj.base(), Rel::Obj);
    }
}
