//! A PETRARCH/TABARI dictionary set compiled for lookup: actors and agents by first word (with
//! TABARI's stem matching), verb forms by first word, synsets, discards and issues.

use crate::petrarch::{self, ActorSpec, AgentSpec, PatTok, PatternSpec, PhraseSpec, VerbBlock};
use crate::verbs::regular_forms;
use crate::{DictError, LoadWarning};
use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};

/// Phrases indexed by their first word. A phrase whose first word is a stem is found from any
/// token that starts with it.
#[derive(Debug, Default)]
pub struct PhraseTable {
    exact: HashMap<String, Bucket>,
    stems: HashMap<String, Bucket>,
    /// Shortest and longest stem, in bytes.
    min_stem: usize,
    max_stem: usize,
    count: usize,
}

/// The phrases of one first word: one-word phrases and phrases whose second word is shorter
/// than three letters in `short`, the others by the first three letters of their second word
/// (frequent first words such as "the" start hundreds of phrases).
#[derive(Debug, Default)]
struct Bucket {
    short: Vec<(PhraseSpec, usize)>,
    by2: HashMap<String, Vec<(PhraseSpec, usize)>>,
}

fn prefix3(w: &str) -> Option<&str> {
    let end = w.char_indices().nth(3).map(|(i, _)| i).unwrap_or(w.len());
    (w[..end].chars().count() == 3).then(|| &w[..end])
}

impl Bucket {
    fn push(&mut self, p: PhraseSpec, v: usize) {
        match p.words.get(1).and_then(|w| prefix3(w)) {
            Some(k) => self.by2.entry(k.to_string()).or_default().push((p, v)),
            None => self.short.push((p, v)),
        }
    }
}

impl PhraseTable {
    fn insert(&mut self, p: PhraseSpec, value: usize, allow_stems: bool) {
        let Some(first) = p.words.first().cloned() else { return };
        self.count += 1;
        if allow_stems && p.stems[0] {
            let n = first.len();
            if self.stems.is_empty() || n < self.min_stem {
                self.min_stem = n;
            }
            self.max_stem = self.max_stem.max(n);
            self.stems.entry(first).or_default().push(p, value);
        } else {
            let mut p = p;
            if !allow_stems {
                p.stems.iter_mut().for_each(|s| *s = false);
            }
            self.exact.entry(first).or_default().push(p, value);
        }
    }

    fn finish(&mut self) {
        for b in self.exact.values_mut().chain(self.stems.values_mut()) {
            for v in std::iter::once(&mut b.short).chain(b.by2.values_mut()) {
                v.sort_by_key(|x| std::cmp::Reverse(x.0.words.len()));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The longest phrase starting at `words[0]`: (words matched, value).
    pub fn longest<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, usize)> {
        let first = words.first()?.as_ref();
        let second = words.get(1).and_then(|w| prefix3(w.as_ref()));
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |b: &Bucket| {
            let lists = [Some(&b.short), second.and_then(|k| b.by2.get(k))];
            for cands in lists.into_iter().flatten() {
                for (p, v) in cands {
                    if best.is_some_and(|b| p.words.len() <= b.0) {
                        break;
                    }
                    if p.words.len() <= words.len()
                        && p.words.iter().zip(&p.stems).zip(words).skip(1).all(|((w, &stem), t)| {
                            if stem { stem_matches(w, t.as_ref()) } else { w == t.as_ref() }
                        })
                    {
                        best = Some((p.words.len(), *v));
                        break;
                    }
                }
            }
        };
        if let Some(b) = self.exact.get(first) {
            consider(b);
        }
        if !self.stems.is_empty() {
            // Every prefix of the token as long as some stem (lengths in bytes), longest first.
            for e in (self.min_stem.max(1)..=self.max_stem.min(first.len()))
                .rev()
                .filter(|&e| first.is_char_boundary(e))
            {
                if let Some(b) = self.stems.get(&first[..e])
                    && stem_matches(&first[..e], first)
                {
                    consider(b);
                }
            }
        }
        best
    }
}

/// Does a stem match a word? TABARI lets a stem take any ending; a short stem taking a long
/// ending ("KU" in "Kuwait", "ENT" in "Entwash") is nearly always another word, so a stem of
/// fewer than five letters takes at most three more.
pub fn stem_matches(stem: &str, word: &str) -> bool {
    word.starts_with(stem) && (stem.len() >= 5 || word.len() - stem.len() <= 3)
}

/// A form of a verb as it appears in text, pointing to its block and verb.
#[derive(Debug, Clone)]
pub struct VerbForm {
    pub words: Vec<String>,
    pub block: usize,
    pub verb: usize,
    /// 0: written in the file; 1: a regular inflection; 2: an irregular form from `forms.txt`.
    pub rank: u8,
    /// A past participle or `-ed` form (for passives).
    pub participle: bool,
}

/// An issue phrase (PETRARCH issue coding): phrase and the issue it signals.
#[derive(Debug, Clone)]
pub struct IssueSpec {
    pub phrase: PhraseSpec,
    pub issue: String,
    pub category: String,
    /// `~` lines: phrases that cancel the issue.
    pub exclude: bool,
}

/// A whole PETRARCH/TABARI dictionary set.
#[derive(Debug, Default)]
pub struct PetrarchSet {
    pub actors: Vec<ActorSpec>,
    pub agents: Vec<AgentSpec>,
    pub actor_table: PhraseTable,
    pub agent_table: PhraseTable,
    pub blocks: Vec<VerbBlock>,
    pub synsets: HashMap<String, Vec<PhraseSpec>>,
    verb_forms: HashMap<String, Vec<VerbForm>>,
    /// Synset phrases by synset and first word.
    synset_index: HashMap<String, HashMap<String, Vec<usize>>>,
    pub discards: Vec<(PhraseSpec, bool)>,
    /// Discard phrases by first word (value: index into `discards`).
    pub discard_table: PhraseTable,
    pub issues: Vec<IssueSpec>,
    pub transformations: Vec<petrarch::Transformation>,
    /// Issue phrases and exclusions by first word (value: index into `issues`).
    pub issue_table: PhraseTable,
    pub exclusion_table: PhraseTable,
    /// (kind, file) of each file read.
    pub files: Vec<(String, String)>,
    pub warnings: Vec<LoadWarning>,
}

/// What a file of a PETRARCH set holds, from its name or, failing that, its contents.
pub fn kind_of(path: &Path, head: &str) -> Option<&'static str> {
    match kind_by_name(path)? {
        Some(k) => Some(k),
        None => kind_by_content(head),
    }
}

/// The kind a `.txt` file's name says (Some(None): a `.txt` file whose name says nothing);
/// None for files of other extensions.
fn kind_by_name(path: &Path) -> Option<Option<&'static str>> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if !name.ends_with(".txt") {
        return None;
    }
    let kind = ["actors", "agents", "discards", "verbs", "issue"]
        .into_iter()
        .find(|k| name.contains(k))
        .map(|k| if k == "issue" { "issues" } else { k });
    Some(kind)
}

/// The kind the start of a file shows: verb blocks, issue tags, agent codes, actor codes.
fn kind_by_content(head: &str) -> Option<&'static str> {
    if head.lines().any(|l| l.trim_start().starts_with("---") && l.contains('[')) {
        return Some("verbs");
    }
    if head.contains("<ISSUE") {
        return Some("issues");
    }
    if head.contains("[~") || head.contains("~]") {
        return Some("agents");
    }
    if head.lines().any(|l| l.contains('[') && l.contains(']')) {
        return Some("actors");
    }
    None
}

/// The first 64 KiB of a file, for `kind_by_content` (unreadable files show nothing).
fn head_of(path: &Path) -> String {
    use std::io::Read;
    let mut bytes = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(64 * 1024).read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

impl PetrarchSet {
    /// Finds the PETRARCH files of a folder, or None when it holds none.
    pub fn find(dir: &Path) -> Result<Vec<(&'static str, PathBuf)>, DictError> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| DictError::Folder { path: dir.into(), source: e })?;
        let mut paths: Vec<PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
        paths.sort();
        let mut out = Vec::new();
        for p in paths {
            // The name decides when it can; only other `.txt` files are opened, and only their
            // start is read (`load` reads the files found).
            let kind = match kind_by_name(&p) {
                Some(Some(k)) => Some(k),
                Some(None) => kind_by_content(&head_of(&p)),
                None => None,
            };
            if let Some(k) = kind {
                out.push((k, p));
            }
        }
        Ok(out)
    }

    /// Reads and compiles the given files.
    pub fn load(files: &[(&str, PathBuf)]) -> Result<PetrarchSet, DictError> {
        let mut texts = Vec::new();
        for (k, p) in files {
            let bytes =
                std::fs::read(p).map_err(|e| DictError::File { path: p.clone(), source: e })?;
            texts.push((*k, p.display().to_string(), String::from_utf8_lossy(&bytes).into_owned()));
        }
        Ok(Self::from_texts(texts.iter().map(|(k, f, t)| (*k, f.as_str(), t.as_str()))))
    }

    /// Compiles a set from (kind, file name, text).
    pub fn from_texts<'a>(
        texts: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> PetrarchSet {
        let mut s = PetrarchSet::specs_from_texts(texts);
        s.compile_tables();
        s
    }

    /// A set from (kind, file name, text) with its specs only: synsets expanded and each
    /// block's patterns ordered as in a compiled set, but no look-up tables (no phrase tables,
    /// synset index or verb forms), so it cannot code; what [`crate::Dictionaries`] reads
    /// when it adds the set's entries to its own.
    pub fn specs_from_texts<'a>(
        texts: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> PetrarchSet {
        let mut s = PetrarchSet::default();
        let mut w = Vec::new();
        for (kind, file, text) in texts {
            match kind {
                "actors" => s.actors.extend(petrarch::read_actors(file, text, &mut w)),
                "agents" => s.agents.extend(petrarch::read_agents(file, text, &mut w)),
                "discards" => s.discards.extend(petrarch::read_discards(text)),
                "verbs" => {
                    s.transformations.extend(petrarch::read_transformations(file, text, &mut w));
                    let (b, syn) = petrarch::read_verbs(file, text, &mut w);
                    s.blocks.extend(b);
                    for (name, phrases) in syn {
                        s.synsets.entry(name).or_default().extend(phrases);
                    }
                }
                "issues" => s.issues.extend(read_issues(file, text, &mut w)),
                _ => continue,
            }
            s.files.push((kind.to_string(), file.to_string()));
        }
        s.warnings = w;
        s.compile_specs();
        s
    }

    /// Expands the synsets and orders each block's patterns.
    fn compile_specs(&mut self) {
        // Synsets may name other synsets (`+&TIETYPES`): each is replaced by the plain phrases
        // of the synsets it reaches (each synset once, cycles ignored), deduplicated.
        let names: Vec<String> = self.synsets.keys().cloned().collect();
        let mut expanded: HashMap<String, Vec<PhraseSpec>> = HashMap::default();
        for name in &names {
            let mut seen = vec![name.clone()];
            let mut stack = vec![name.clone()];
            let mut out: Vec<PhraseSpec> = Vec::new();
            let mut known: std::collections::HashSet<Vec<String>> =
                std::collections::HashSet::new();
            while let Some(n) = stack.pop() {
                for p in self.synsets.get(&n).map_or(&[][..], Vec::as_slice) {
                    match p.words.first().filter(|w| p.words.len() == 1 && w.starts_with('&')) {
                        Some(w) if self.synsets.contains_key(&w.to_ascii_uppercase()) => {
                            let inner = w.to_ascii_uppercase();
                            if !seen.contains(&inner) {
                                seen.push(inner.clone());
                                stack.push(inner);
                            }
                        }
                        _ => {
                            if known.insert(p.words.clone()) {
                                out.push(p.clone());
                            }
                        }
                    }
                }
            }
            expanded.insert(name.clone(), out);
        }
        self.synsets = expanded;
        for b in &mut self.blocks {
            b.patterns.sort_by_key(|p| std::cmp::Reverse(pattern_weight(p)));
        }
    }

    /// Builds the look-up tables of a set whose specs are read ([`PetrarchSet::compile_specs`]):
    /// phrase tables, the synset index, the verb forms.
    fn compile_tables(&mut self) {
        for (i, a) in self.actors.iter().enumerate() {
            for p in &a.phrases {
                self.actor_table.insert(p.clone(), i, true);
            }
        }
        for (i, a) in self.agents.iter().enumerate() {
            for p in &a.phrases {
                self.agent_table.insert(p.clone(), i, false);
            }
        }
        for (i, (p, _)) in self.discards.iter().enumerate() {
            self.discard_table.insert(p.clone(), i, true);
        }
        for (i, x) in self.issues.iter().enumerate() {
            let table = if x.exclude { &mut self.exclusion_table } else { &mut self.issue_table };
            table.insert(x.phrase.clone(), i, false);
        }
        self.issue_table.finish();
        self.exclusion_table.finish();
        self.actor_table.finish();
        self.agent_table.finish();
        self.discard_table.finish();
        for (name, phrases) in &self.synsets {
            let idx = self.synset_index.entry(name.clone()).or_default();
            for (i, p) in phrases.iter().enumerate() {
                if let Some(f) = p.words.first() {
                    idx.entry(f.clone()).or_default().push(i);
                }
            }
        }
        let irregular = irregular_forms();
        let mut forms: HashMap<String, Vec<VerbForm>> = HashMap::default();
        for (bi, b) in self.blocks.iter().enumerate() {
            for (vi, v) in b.verbs.iter().enumerate() {
                let mut add = |words: Vec<String>, rank: u8, participle: bool| {
                    if let Some(first) = words.first().cloned() {
                        let list = forms.entry(first).or_default();
                        if !list.iter().any(|f| f.words == words && f.block == bi && f.verb == vi) {
                            list.push(VerbForm { words, block: bi, verb: vi, rank, participle });
                        }
                    }
                };
                add(v.words.clone(), 0, false);
                for f in &v.forms {
                    let ed = f.get(v.head.min(f.len().saturating_sub(1))).is_some_and(|w| {
                        w.ends_with("ed") || w.ends_with("en") || w.ends_with('t')
                    });
                    add(f.clone(), 0, ed);
                }
                let hi = v.head.min(v.words.len() - 1);
                let head = &v.words[hi];
                let listed = !v.forms.is_empty();
                for (form, kind) in regular_forms(head) {
                    use crate::Form;
                    if matches!(kind, Form::Base)
                        || (listed && matches!(kind, Form::PastOrParticiple))
                    {
                        continue;
                    }
                    let mut ws = v.words.clone();
                    ws[hi] = form;
                    add(ws, 1, matches!(kind, Form::PastOrParticiple));
                }
                if let Some((past, part)) = irregular.get(head.as_str()) {
                    for form in [past, part] {
                        let mut ws = v.words.clone();
                        ws[hi] = form.clone();
                        add(ws, 2, form == part);
                    }
                }
            }
        }
        for list in forms.values_mut() {
            list.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then(a.rank.cmp(&b.rank)));
        }
        self.verb_forms = forms;
    }

    /// Verb forms starting with this word, longest and most explicit first.
    pub fn verbs_at(&self, word: &str) -> &[VerbForm] {
        self.verb_forms.get(word).map_or(&[], Vec::as_slice)
    }

    /// The longest phrase of a synset that `words` starts with (adjacent words).
    pub fn synset_match<S: AsRef<str>>(&self, name: &str, words: &[S]) -> Option<usize> {
        let phrases = self.synsets.get(name)?;
        self.synset_index
            .get(name)?
            .get(words.first()?.as_ref())?
            .iter()
            .map(|&i| &phrases[i])
            .filter(|p| {
                p.words.len() <= words.len()
                    && p.words.iter().zip(words).all(|(a, b)| a == b.as_ref())
            })
            .map(|p| p.words.len())
            .max()
    }

    /// Counts for reports.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        let pats: usize = self.blocks.iter().map(|b| b.patterns.len()).sum();
        vec![
            ("actors", self.actors.len()),
            ("actor phrases", self.actor_table.len()),
            ("agents", self.agents.len()),
            ("agent phrases", self.agent_table.len()),
            ("verb blocks", self.blocks.len()),
            ("verbs", self.blocks.iter().map(|b| b.verbs.len()).sum()),
            ("verb patterns", pats),
            ("synsets", self.synsets.len()),
            ("discards", self.discards.len()),
            ("issue phrases", self.issues.len()),
            ("transformations", self.transformations.len()),
        ]
    }
}

/// How specific a pattern is: words and synsets count most, then actors; `^` not at all.
pub fn pattern_weight(p: &PatternSpec) -> usize {
    p.pre
        .iter()
        .chain(&p.post)
        .map(|t| match t {
            PatTok::Word { .. } | PatTok::Synset(_) => 2,
            PatTok::Target | PatTok::Source | PatTok::Compound => 1,
            PatTok::Skip => 0,
        })
        .sum()
}

fn irregular_forms() -> HashMap<String, (String, String)> {
    let mut m = HashMap::default();
    for l in crate::builtin::file("forms.txt").unwrap_or("").lines() {
        let l = l.split('#').next().unwrap_or("").trim();
        let parts: Vec<&str> = l.split_whitespace().collect();
        if parts.len() == 3 {
            m.insert(parts[0].to_string(), (parts[1].to_string(), parts[2].to_string()));
        }
    }
    m
}

/// Reads a PETRARCH issues file: `<ISSUE CATEGORY="..">` sections, `PHRASE [ISSUE]` lines
/// (`n:` and `pre+` markers are dropped: words are matched as written), `~PHRASE` exclusions.
pub fn read_issues(file: &str, text: &str, w: &mut Vec<LoadWarning>) -> Vec<IssueSpec> {
    let mut out = Vec::new();
    let mut category = String::new();
    for (n, line) in text.lines().enumerate() {
        let l = line.split('#').next().unwrap_or("").trim();
        if l.is_empty() || l.starts_with("</") {
            continue;
        }
        if l.starts_with("<ISSUE") {
            category = l
                .split("CATEGORY=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or("")
                .to_string();
            continue;
        }
        if l.starts_with('<') {
            continue;
        }
        let (exclude, body) = match l.strip_prefix('~') {
            Some(b) => (true, b),
            None => (false, l),
        };
        let (phr, issue) = match body.find('[') {
            Some(p) => {
                (&body[..p], body[p + 1..].split(']').next().unwrap_or("").trim().to_string())
            }
            None if exclude => (body, String::new()),
            None => {
                w.push(LoadWarning {
                    file: file.into(),
                    line: n + 1,
                    message: "issue phrase without [ISSUE]".into(),
                });
                continue;
            }
        };
        let cleaned: String = phr.replace("n:", "").replace('+', " ");
        let words: Vec<String> = cleaned.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            w.push(LoadWarning {
                file: file.into(),
                line: n + 1,
                message: "empty issue phrase".into(),
            });
            continue;
        }
        let stems = vec![false; words.len()];
        out.push(IssueSpec {
            phrase: PhraseSpec { words, stems },
            issue,
            category: category.clone(),
            exclude,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_exact_words_and_verb_forms() {
        let s = PetrarchSet::from_texts([
            (
                "actors",
                "a.actors.txt",
                "BULGAR [BUL]\nARNOR_ [ARN]\nNEW_ZEALAND [NZE]\nZEALAND [DNK]\n",
            ),
            ("agents", "a.agents.txt", "POLICE {} [~COP]\nSOLDIER [~MIL]\n"),
            (
                "verbs",
                "v.verbs.txt",
                "&CUR\n+SWISS FRANCS\n+DOLLARS\n&CURS\n+&CUR\n+YEN\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN }\n+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN }\n--- TAP [1711] ---\nWIRE_+TAP\n",
            ),
        ]);
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        assert_eq!(s.actor_table.longest(&["bulgarian", "x"]), Some((1, 0)));
        assert_eq!(s.actor_table.longest(&["arnorian"]), None, "ARNOR_ is exact");
        assert_eq!(s.actor_table.longest(&["new", "zealand"]).map(|m| m.0), Some(2));
        assert_eq!(s.agent_table.longest(&["polices"]), None, "no plural for POLICE {{}}");
        assert_eq!(s.agent_table.longest(&["soldiers"]).map(|m| m.1), Some(1));
        let f: Vec<Vec<String>> = s.verbs_at("broken").iter().map(|f| f.words.clone()).collect();
        assert_eq!(f[0], vec!["broken", "down"], "longest form first");
        assert!(s.verbs_at("breaks").iter().any(|f| f.words == ["breaks"]));
        assert!(s.verbs_at("wire").iter().any(|f| f.words == ["wire", "tapped"]));
        assert_eq!(
            s.synset_match("&CURS", &["swiss", "francs", "to"]),
            Some(2),
            "nested synsets expand"
        );
    }

    /// Deterministic junk made of the characters these formats give meaning to.
    pub(crate) fn junk(seed: u64, len: usize) -> String {
        let chars: Vec<char> = "[]{}()~+_$%^&*-<>!#=:;, \tABCxyz019\n'\"./|".chars().collect();
        let mut x = seed | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                chars[(x % chars.len() as u64) as usize]
            })
            .collect()
    }

    #[test]
    fn hostile_files_load_without_panic_or_blow_up() {
        for seed in 1..6 {
            let j: Vec<String> = (0..5).map(|k| junk(seed * 10 + k, 50_000)).collect();
            let s = PetrarchSet::from_texts([
                ("actors", "j.actors.txt", j[0].as_str()),
                ("agents", "j.agents.txt", &j[1]),
                ("discards", "j.discards.txt", &j[2]),
                ("verbs", "j.verbs.txt", &j[3]),
                ("issues", "j.issues.txt", &j[4]),
            ]);
            assert!(!s.warnings.is_empty(), "junk is reported");
        }
        // Synsets that name each other, over and over, expand once each.
        let cyclic = "&X\n+&Y\n+&X\n+RED\n&Y\n+&X\n+BLUE\n".repeat(200);
        let s = PetrarchSet::from_texts([("verbs", "c.verbs.txt", cyclic.as_str())]);
        assert_eq!(s.synsets["&X"].len(), 2, "{:?}", s.synsets["&X"]);
        // An agent whose macros multiply past reason is refused, not expanded.
        let mut agents = String::new();
        for m in 0..8 {
            agents.push_str(&format!("!M{m}! = A, B, C, D, E, F, G\n"));
        }
        agents.push_str("X!M0!!M1!!M2!!M3!!M4!!M5!!M6!!M7! [~GOV]\nOFFICIAL [~GOV]\n");
        let s = PetrarchSet::from_texts([("agents", "m.agents.txt", agents.as_str())]);
        assert_eq!(s.agents.len(), 1);
        assert!(
            s.warnings.iter().any(|w| w.line == 9 && w.message.contains("macros")),
            "{:?}",
            s.warnings
        );
    }

    #[test]
    fn kinds_from_names_and_contents() {
        assert_eq!(kind_of(Path::new("X.actors.txt"), ""), Some("actors"));
        assert_eq!(kind_of(Path::new("CAMEO.2.0.txt"), "--- ABANDON [345] ---\n"), Some("verbs"));
        assert_eq!(kind_of(Path::new("Phoenix.IssueCoding.txt"), ""), Some("issues"));
        assert_eq!(kind_of(Path::new("notes.md"), "[X]"), None);
    }
}
