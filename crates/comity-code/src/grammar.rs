//! Closed word classes of English that the shallow grammar relies on.

pub static DETERMINERS: comity_text::WordSet = comity_text::WordSet::new(&[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
    "'s", "'", "any", "no", "each", "every", "such", "another", "some", "much", "many", "several",
    "whose", "new", "further", "fresh", "more", "first", "second", "last", "next", "recent", "possible",
    "further", "major", "joint", "full",
]);

pub static PREPOSITIONS: comity_text::WordSet = comity_text::WordSet::new(&[
    "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "onto", "about", "against",
    "over", "under", "between", "among", "amid", "across", "through", "throughout", "during", "near",
    "alongside", "like", "than", "as", "via", "toward", "towards", "within", "without", "upon",
    "despite", "including", "around", "behind", "beyond", "inside", "outside", "along", "after",
    "before", "since", "until", "vis-a-vis", "regarding", "concerning", "per", "unlike",
]);

/// Prepositions after which an actor names a place, not a target.
pub static LOCATIVE: comity_text::WordSet = comity_text::WordSet::new(&[
    "in", "over", "near", "across", "inside", "throughout", "within", "around", "outside", "along",
    "between", "among", "amid", "like", "than", "as", "vis-a-vis", "including", "despite", "via",
    "since", "during", "unlike", "beyond", "behind",
]);

pub static BE: comity_text::WordSet = comity_text::WordSet::new(&["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"]);
pub static HAVE: comity_text::WordSet = comity_text::WordSet::new(&["has", "have", "had", "having", "'ve", "'d"]);
pub static MODALS: comity_text::WordSet = comity_text::WordSet::new(&["will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "do", "does", "did", "to"]);

pub static NEGATIONS: comity_text::WordSet = comity_text::WordSet::new(&["not", "n't", "never", "no", "neither", "nor", "cannot"]);

/// Words that may stand between a subject and its verb.
pub static VERB_GROUP: comity_text::WordSet = comity_text::WordSet::new(&[
    "also", "already", "still", "just", "now", "then", "later", "initially", "reportedly",
    "allegedly", "again", "jointly", "further", "even", "only", "quickly", "swiftly", "recently",
    "previously", "repeatedly", "once", "soon", "ever", "never", "not", "n't", "formally",
    "officially", "publicly", "openly", "strongly", "sharply", "firmly", "finally", "eventually",
    "apparently", "reportedly", "likely", "probably", "possibly", "potentially", "perhaps",
    "reluctantly", "unilaterally", "secretly", "directly", "indirectly", "partly", "partially",
    "largely", "fully", "immediately", "effectively", "actively", "increasingly", "continue",
    "continues", "continued", "begin", "begins", "began", "start", "starts", "started", "both",
    "all", "yet", "ultimately", "subsequently",
]);

/// Verbs that take an infinitive and set its modality rather than being events themselves.
pub static CONTROL: comity_text::WordMap<comity_core::Modality> = {
    use comity_core::Modality::*;
    comity_text::WordMap::new(&[
        ("plan", Planned), ("plans", Planned), ("planning", Planned), ("planned", Planned),
        ("intend", Planned), ("intends", Planned), ("intending", Planned), ("intended", Planned),
        ("aim", Planned), ("aims", Planned), ("aiming", Planned), ("aimed", Planned),
        ("prepare", Planned), ("prepares", Planned), ("preparing", Planned), ("prepared", Planned),
        ("set", Planned), ("going", Planned), ("expected", Planned), ("scheduled", Planned),
        ("due", Planned), ("poised", Planned), ("ready", Planned), ("decided", Planned),
        ("decides", Planned), ("want", Planned), ("wants", Planned), ("wanted", Planned),
        ("seek", Planned), ("seeks", Planned), ("seeking", Planned), ("sought", Planned),
        ("hope", Planned), ("hopes", Planned), ("hoped", Planned), ("try", Planned),
        ("tries", Planned), ("tried", Planned), ("trying", Planned), ("attempt", Planned),
        ("attempted", Planned), ("likely", Possible), ("able", Possible), ("unable", Negated),
        ("fail", Negated), ("fails", Negated), ("failed", Negated), ("refuse", Negated),
        ("refused", Negated), ("refuses", Negated), ("declined", Negated), ("declines", Negated),
        ("threaten", Hypothetical), ("threatens", Hypothetical), ("threatened", Hypothetical),
        ("threatening", Hypothetical), ("vowed", Planned), ("vows", Planned), ("pledged", Planned),
        ("pledges", Planned), ("promised", Planned), ("promises", Planned), ("agreed", Planned),
        ("agrees", Planned), ("agree", Planned), ("offered", Planned), ("offers", Planned),
        ("proposed", Planned), ("proposes", Planned), ("continue", Asserted), ("continues", Asserted),
        ("continued", Asserted), ("began", Asserted), ("begin", Asserted), ("begins", Asserted),
        ("started", Asserted), ("starts", Asserted), ("moved", Asserted), ("moves", Asserted),
        ("helped", Asserted), ("help", Asserted), ("helps", Asserted), ("used", Asserted),
        ("managed", Asserted),
    ])
};

/// Auxiliaries and modal words and the modality they give the verb they govern.
pub static MODAL_CUES: comity_text::WordMap<comity_core::Modality> = {
    use comity_core::Modality::*;
    comity_text::WordMap::new(&[
        ("will", Planned), ("shall", Planned), ("'ll", Planned), ("may", Possible), ("might", Possible),
        ("could", Possible), ("can", Possible), ("possibly", Possible), ("perhaps", Possible),
        ("likely", Possible), ("probably", Possible), ("potentially", Possible), ("would", Hypothetical),
        ("should", Hypothetical), ("reportedly", Reported), ("allegedly", Reported),
    ])
};

/// Words that start a new clause.
pub static CLAUSE_BREAKS: comity_text::WordSet = comity_text::WordSet::new(&[
    ";", ":", "while", "whereas", "but", "although", "though", "because", "whilst", "however",
    "meanwhile", "unless", "whether", "\u{2014}", "\u{2013}", "--", "(", ")",
]);

/// Speech verbs: they tie quotes and claims to a speaker.
pub static SPEECH: comity_text::WordSet = comity_text::WordSet::new(&[
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "noted", "notes", "stated",
    "states", "explained", "explains", "wrote", "writes", "argued", "argues", "insisted", "insists",
    "warned", "warns", "stressed", "stresses", "claimed", "claims", "declared", "declares",
    "announced", "announces", "believes", "believe", "believed", "thinks", "think", "observed",
    "remarked", "commented", "replied", "asserted", "suggested", "suggests", "revealed", "reveals",
    "indicated", "indicate", "indicates", "reported", "report", "reports", "alleged", "alleges",
    "emphasized", "emphasised", "underlined", "acknowledged", "admitted", "confirmed", "contended",
    "maintained", "predicted", "estimated", "concluded", "show", "shows", "showed", "suggest",
    "pointed", "points", "point", "continued", "tweeted", "posted", "recalled", "cautioned",
]);

pub static DENY: comity_text::WordSet = comity_text::WordSet::new(&["denied", "denies", "deny", "denying", "dismissed", "rejected"]);

pub fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !matches!(w, "ally" | "italy" | "rally" | "supply" | "apply" | "reply" | "only" | "early" | "family" | "july")
}
