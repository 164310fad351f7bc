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

type Query<'a, E> = dyn FnMut(&str, &[crate::Value]) -> Result<Vec<Vec<crate::Value>>, E> + 'a;
type Exec<'a, E> = dyn FnMut(&str, &[crate::Value]) -> Result<(), E> + 'a;

/// Fills the keys of the stored merged events without a target from their first mentions
/// (the merges made before, under the old rule, are kept as they are).
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
