//! When mentions of events without a target are one event.
//!
//! A dyad, a code and a few days say enough to merge events that have a target. Events without
//! one are too common for that ("the company said", "officials announced"): their mentions
//! merge only when their sentences agree, that is when they have the same trigger word
//! (its head word, lower-cased) and the same place (or both none), or when their sentences
//! are the same text once case, punctuation and spacing are set aside. A merged event keeps
//! both keys of its first mention (the `agree` and `text_key` columns of `clusters`): a mention
//! joins it when it agrees with that first mention.

use comity_core::Event;

/// The trigger-and-place key of a mention of an event without a target: the trigger's head
/// word lower-cased and the place lower-cased (empty when there is none), tab-separated; `""`
/// for an event with a target, whose dyad is key enough.
pub(crate) fn agree_key(e: &Event) -> String {
    if e.target.is_some() {
        return String::new();
    }
    key_of(&e.trigger.text, e.place.as_deref())
}

/// [`agree_key`] from a stored mention's trigger text and place.
pub(crate) fn key_of(trigger: &str, place: Option<&str>) -> String {
    let head = trigger
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    let place = place.map(|p| lower(p.split_whitespace().collect::<Vec<_>>().join(" ").as_str()));
    format!("{}\t{}", lower(head), place.unwrap_or_default())
}

/// The sentence key of a mention of an event without a target in the article `text`: a hash
/// of its sentence's words, lower-cased, punctuation and spacing set aside; none for an event
/// with a target or a sentence without words.
pub(crate) fn text_key(e: &Event, text: &str) -> Option<i64> {
    if e.target.is_some() {
        return None;
    }
    sentence_key(text.get(e.span[0]..e.span[1]).unwrap_or(""))
}

/// The hash of a sentence's words (see [`text_key`]).
pub(crate) fn sentence_key(sentence: &str) -> Option<i64> {
    let mut norm = String::with_capacity(sentence.len());
    for w in sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.extend(w.chars().flat_map(char::to_lowercase));
    }
    (!norm.is_empty()).then(|| crate::simhash::fnv(norm.as_bytes()) as i64)
}

/// Whether a mention with keys `agree`/`text` may join a merged event with keys
/// `c_agree`/`c_text` (both of the same source, target and code, within the date window).
pub(crate) fn joins(agree: &str, text: Option<i64>, c_agree: &str, c_text: Option<i64>) -> bool {
    agree == c_agree || (text.is_some() && text == c_text)
}

/// The migration that adds the keys to `clusters` (version 4); [`backfill`] then fills them.
pub(crate) fn migration_sql(postgres: bool) -> String {
    let (c, int) = if postgres { (" COLLATE \"C\"", "BIGINT") } else { ("", "INTEGER") };
    format!(
        "ALTER TABLE clusters ADD COLUMN agree TEXT{c} NOT NULL DEFAULT '';
         ALTER TABLE clusters ADD COLUMN text_key {int};"
    )
}

use crate::totals::{Exec, Query};

/// Fills the keys of the stored merged events without a target from their first mentions
/// ([`resplit`] then splits those the old rule merged).
pub(crate) fn backfill<E>(
    dialect: crate::Dialect,
    rows: &mut Query<'_, E>,
    exec: &mut Exec<'_, E>,
) -> Result<(), E> {
    use crate::Value;
    let sentence = dialect.span("t.text", "e.span_start", "e.span_end");
    let sql = format!(
        "SELECT c.id, e.trigger_text, e.place, {sentence}
           FROM clusters c JOIN events e ON e.id = c.first_event JOIN texts t ON t.article_id = e.article_id
          WHERE c.target_code = '' AND c.id > ?1 ORDER BY c.id LIMIT 20000"
    );
    let text = |v: &Value| match v {
        Value::Text(s) => Some(s.clone()),
        _ => None,
    };
    let mut last = 0i64;
    loop {
        let found = rows(&sql, &[Value::Integer(last)])?;
        let Some(end) = found.last() else { return Ok(()) };
        if let Value::Integer(i) = end[0] {
            last = i;
        } else {
            return Ok(());
        }
        for r in &found {
            let trigger = text(&r[1]).unwrap_or_default();
            let key = key_of(&trigger, text(&r[2]).as_deref());
            let tk = sentence_key(&text(&r[3]).unwrap_or_default());
            exec(
                "UPDATE clusters SET agree = ?2, text_key = ?3 WHERE id = ?1",
                &[r[0].clone(), Value::Text(key), tk.map_or(Value::Null, Value::Integer)],
            )?;
        }
    }
}

/// A merged event being rebuilt by [`resplit`]: its mentions (indexes into the rows read).
struct Part {
    first_day: Option<i64>,
    last_day: Option<i64>,
    agree: String,
    text_key: Option<i64>,
    mentions: Vec<usize>,
}

/// Merges again, by the rule of ingest, the mentions of events without a target that the rule
/// before schema 4 merged although their sentences do not agree. Per source and code that has
/// such a merged event of several mentions, every one-sided mention of that source and code is
/// merged again in the order the mentions were stored (the same keys, within the date window,
/// the earliest event first), so the store ends as an ingest by this version would have left
/// it. A new merged event keeps the id of the old one its first mention belonged to when no
/// earlier one took it, else gets a new id; old ones left without mentions are deleted; the
/// counts, the running totals of the source's one-sided dyad, its actor count and the store's
/// event count follow. Run by the migration to version 4, after [`backfill`].
pub(crate) fn resplit<E>(
    dialect: crate::Dialect,
    rows: &mut Query<'_, E>,
    exec: &mut Exec<'_, E>,
) -> Result<(), E> {
    use crate::Value;
    use std::collections::{BTreeMap, BTreeSet};
    let int = |v: &Value| if let Value::Integer(i) = v { Some(*i) } else { None };
    let text = |v: &Value| if let Value::Text(s) = v { Some(s.clone()) } else { None };
    let groups = rows(
        "SELECT DISTINCT source_code, code FROM clusters WHERE target_code = '' AND mentions > 1 ORDER BY source_code, code",
        &[],
    )?;
    let sentence = dialect.span("t.text", "e.span_start", "e.span_end");
    let sql = format!(
        "SELECT e.id, e.cluster_id, e.date, e.trigger_text, e.place, {sentence}, e.article_id, e.origin,
                e.quad_class, e.modality
           FROM clusters c JOIN events e ON e.cluster_id = c.id JOIN texts t ON t.article_id = e.article_id
          WHERE c.source_code = ?1 AND c.target_code = '' AND c.code = ?2
          ORDER BY e.id"
    );
    // Merged events added (or removed, when negative) per source.
    let mut added: BTreeMap<String, i64> = BTreeMap::new();
    for g in &groups {
        let ms = rows(&sql, &[g[0].clone(), g[1].clone()])?;
        let mut parts: Vec<Part> = Vec::new();
        for (k, r) in ms.iter().enumerate() {
            let day = text(&r[2]).as_deref().and_then(comity_core::Date::parse);
            let d = day.map(|d| d.to_days());
            let agree = key_of(&text(&r[3]).unwrap_or_default(), text(&r[4]).as_deref());
            let tk = sentence_key(&text(&r[5]).unwrap_or_default());
            let hit = (0..parts.len())
                .filter(|&p| match (d, parts[p].first_day) {
                    (Some(d), Some(f)) => {
                        (d - crate::MERGE_WINDOW_DAYS..=d + crate::MERGE_WINDOW_DAYS).contains(&f)
                    }
                    (None, None) => true,
                    _ => false,
                })
                .filter(|&p| joins(&agree, tk, &parts[p].agree, parts[p].text_key))
                .min_by_key(|&p| (parts[p].first_day, p));
            match hit {
                Some(p) => {
                    let part = &mut parts[p];
                    if let (Some(d), Some(f), Some(l)) = (d, part.first_day, part.last_day) {
                        part.first_day = Some(d.min(f));
                        part.last_day = Some(d.max(l));
                    }
                    part.mentions.push(k);
                }
                None => parts.push(Part {
                    first_day: d,
                    last_day: d,
                    agree,
                    text_key: tk,
                    mentions: vec![k],
                }),
            }
        }
        // The old merged events, by id, with their mentions.
        let mut old: BTreeMap<i64, BTreeSet<usize>> = BTreeMap::new();
        for (k, r) in ms.iter().enumerate() {
            old.entry(int(&r[1]).unwrap_or(0)).or_default().insert(k);
        }
        let same = parts.len() == old.len()
            && parts.iter().all(|p| {
                let set: BTreeSet<usize> = p.mentions.iter().copied().collect();
                old.get(&int(&ms[p.mentions[0]][1]).unwrap_or(0)) == Some(&set)
            });
        if same {
            continue;
        }
        let source = text(&g[0]).unwrap_or_default();
        *added.entry(source.clone()).or_default() += parts.len() as i64 - old.len() as i64;
        let mut kept: BTreeSet<i64> = BTreeSet::new();
        for part in &parts {
            let first = &ms[part.mentions[0]];
            let distinct = |col: usize| {
                let set: BTreeSet<String> =
                    part.mentions.iter().map(|&k| format!("{:?}", ms[k][col])).collect();
                set.len() as i64
            };
            let values = vec![
                part.first_day.map_or(Value::Null, Value::Integer),
                part.last_day.map_or(Value::Null, Value::Integer),
                first[0].clone(),
                Value::Integer(part.mentions.len() as i64),
                Value::Integer(distinct(6)),
                Value::Integer(distinct(7)),
                first[2].clone(),
                first[8].clone(),
                first[9].clone(),
                Value::Text(part.agree.clone()),
                part.text_key.map_or(Value::Null, Value::Integer),
            ];
            let was = int(&first[1]).unwrap_or(0);
            let id = if kept.insert(was) {
                let mut a = vec![Value::Integer(was)];
                a.extend(values);
                exec(
                    "UPDATE clusters SET first_day = ?2, last_day = ?3, first_event = ?4, mentions = ?5, articles = ?6,
                            sources = ?7, day = ?8, quad_class = ?9, modality = ?10, agree = ?11, text_key = ?12
                      WHERE id = ?1",
                    &a,
                )?;
                was
            } else {
                let mut a = vec![g[0].clone(), g[1].clone()];
                a.extend(values);
                let made = rows(
                    "INSERT INTO clusters (source_code, target_code, code, first_day, last_day, first_event, mentions,
                            articles, sources, day, quad_class, modality, agree, text_key)
                     VALUES (?1, '', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                     RETURNING id",
                    &a,
                )?;
                made.first().and_then(|r| int(&r[0])).unwrap_or(0)
            };
            for &k in &part.mentions {
                if int(&ms[k][1]) != Some(id) {
                    exec(
                        "UPDATE events SET cluster_id = ?1 WHERE id = ?2",
                        &[Value::Integer(id), ms[k][0].clone()],
                    )?;
                }
            }
        }
        for id in old.keys().filter(|id| !kept.contains(id)) {
            exec("DELETE FROM clusters WHERE id = ?1", &[Value::Integer(*id)])?;
        }
    }
    // The running totals of the sources whose events were split, counted again.
    let mut batch = crate::totals::Batch::default();
    for (source, n) in &added {
        exec(
            "UPDATE actor_counts SET as_source = as_source + ?2 WHERE actor = ?1",
            &[Value::Text(source.clone()), Value::Integer(*n)],
        )?;
        batch.counts[3] += n;
        exec(
            "DELETE FROM dyad_totals WHERE source = ?1 AND target = ''",
            &[Value::Text(source.clone())],
        )?;
        let events = rows(
            "SELECT c.day, c.quad_class, c.modality, e.goldstein, c.mentions, c.articles
               FROM clusters c JOIN events e ON e.id = c.first_event
              WHERE c.source_code = ?1 AND c.target_code = '' AND c.mentions > 0",
            &[Value::Text(source.clone())],
        )?;
        for r in &events {
            batch.add_event(
                source,
                "",
                text(&r[0]).as_deref(),
                int(&r[1]).unwrap_or(0),
                &text(&r[2]).unwrap_or_default(),
                match r[3] {
                    Value::Real(g) => g,
                    Value::Integer(g) => g as f64,
                    _ => 0.0,
                },
                int(&r[4]).unwrap_or(0),
                int(&r[5]).unwrap_or(0),
            );
        }
    }
    batch.write(exec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_set_aside_case_spacing_and_punctuation() {
        assert_eq!(key_of("Announced", Some("New  York")), "announced\tnew york");
        assert_eq!(key_of("called for", None), "called\t");
        assert_eq!(
            sentence_key("Acme Corp. said on Monday it would cut 500 jobs."),
            sentence_key("ACME CORP said, on Monday, it would cut 500 jobs")
        );
        assert_ne!(
            sentence_key("Acme said it would cut 500 jobs."),
            sentence_key("Acme said it would cut 600 jobs.")
        );
        assert_eq!(sentence_key(" .. "), None);
        assert!(joins("said\t", None, "said\t", Some(1)));
        assert!(joins("said\t", Some(7), "cut\t", Some(7)));
        assert!(!joins("said\t", Some(7), "cut\t", Some(8)));
        assert!(!joins("said\t", None, "cut\t", None));
    }
}
