//! The reference article: every fact marked `required` in ../shared/seed/expected.json must
//! come out of the coder. Skips, saying so, where ../shared is not beside the checkout.

use comity_code::Coder;
use comity_core::{Article, CodedArticle, Date, QuoteKind};
use comity_dict::Dictionaries;
use serde_json::Value;
use std::path::PathBuf;

fn seed_dir() -> Option<PathBuf> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed");
    d.join("expected.json").exists().then_some(d)
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

fn norm(t: &str) -> String {
    t.replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{201c}', '\u{201d}'], "\"")
}

fn load() -> Option<(String, Value, CodedArticle)> {
    let Some(dir) = seed_dir() else {
        comity_core::missing_test_input(
            "../shared/seed not found beside the checkout; the seed check did not run",
        );
        return None;
    };
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let text = std::fs::read_to_string(dir.join(s(&expected["article"], "file"))).unwrap();
    let date = Date::parse(s(&expected["article"], "date"));
    let coder = Coder::new(Dictionaries::builtin());
    let coded = coder.code(&Article {
        id: "seed".into(),
        date,
        title: None,
        text: text.clone(),
        ..Default::default()
    });
    Some((text, expected, coded))
}

fn required(expected: &Value, key: &str) -> Vec<Value> {
    expected[key]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| s(v, "level") == "required")
        .cloned()
        .collect()
}

fn event_matches(text: &str, coded: &CodedArticle, want: &Value) -> Result<(), String> {
    let evidence = s(want, "evidence");
    let at =
        text.find(evidence).ok_or_else(|| format!("evidence not in the article: {evidence}"))?;
    let codes: Vec<&str> =
        want["cameo"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    let (src, tgt) = (s(want, "source"), s(want, "target"));
    let symmetric = want.get("symmetric").and_then(Value::as_bool).unwrap_or(false);
    let mut near = Vec::new();
    for e in &coded.events {
        if !(e.span[0] <= at && at < e.span[1]) {
            continue;
        }
        near.push(format!(
            "{}->{} {} {:?}",
            e.source.code,
            e.target.as_ref().map_or("", |t| &t.code),
            e.code,
            e.modality
        ));
        let sc = &e.source.code[..3.min(e.source.code.len())];
        let tc = e.target.as_ref().map_or("", |t| &t.code[..3.min(t.code.len())]);
        let dyad =
            (sc == src && (tgt.is_empty() || tc == tgt)) || (symmetric && sc == tgt && tc == src);
        if !dyad || !codes.contains(&e.code.as_str()) {
            continue;
        }
        if let Some(m) = want.get("modality").and_then(Value::as_str)
            && e.modality.as_str() != m
        {
            continue;
        }
        if let Some(a) = want.get("attributed_to").and_then(Value::as_str)
            && e.attributed_to.as_deref() != Some(a)
        {
            continue;
        }
        if let Some(d) = want.get("date").and_then(Value::as_str)
            && e.date.as_deref() != Some(d)
        {
            continue;
        }
        return Ok(());
    }
    Err(format!("coded in that sentence: {near:?}"))
}

#[test]
fn seed_required_events() {
    let Some((text, expected, coded)) = load() else { return };
    let mut failures = Vec::new();
    for want in required(&expected, "events") {
        if let Err(e) = event_matches(&text, &coded, &want) {
            failures.push(format!("{}: {}", s(&want, "id"), e));
        }
    }
    let stretch: Vec<Value> = expected["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| s(v, "level") == "stretch")
        .cloned()
        .collect();
    let hits = stretch.iter().filter(|w| event_matches(&text, &coded, w).is_ok()).count();
    eprintln!("stretch events recovered: {hits} of {}", stretch.len());
    assert!(failures.is_empty(), "required events missing:\n{}", failures.join("\n"));
}

#[test]
fn seed_required_quotes_and_attributions() {
    let Some((_, expected, coded)) = load() else { return };
    let mut failures = Vec::new();
    for want in required(&expected, "quotes") {
        let start = norm(s(&want, "starts_with"));
        let ok = coded.quotes.iter().any(|q| {
            let sp = q.speaker.as_ref();
            q.kind == QuoteKind::Direct
                && norm(&q.text).starts_with(&start)
                && sp.is_some_and(|sp| sp.name == s(&want, "speaker"))
                && want.get("role").is_none_or(|r| {
                    sp.and_then(|sp| sp.title.as_deref())
                        .is_some_and(|t| t.contains(r.as_str().unwrap()))
                })
                && want.get("organization").is_none_or(|o| {
                    sp.and_then(|sp| sp.organization.as_deref())
                        .is_some_and(|t| t.contains(o.as_str().unwrap()))
                })
        });
        if !ok {
            failures.push(format!("quote {} ({})", s(&want, "id"), start));
        }
    }
    for want in required(&expected, "attributions") {
        let parts: Vec<String> = s(&want, "about")
            .split("...")
            .map(|p| norm(p.trim()))
            .filter(|p| !p.is_empty())
            .collect();
        let ok = coded.quotes.iter().any(|q| {
            q.kind == QuoteKind::Reported
                && q.cue.as_deref() == Some(s(&want, "kind"))
                && q.speaker.as_ref().is_some_and(|sp| sp.name == s(&want, "speaker"))
                && parts.iter().all(|p| norm(&q.text).contains(p.as_str()))
        });
        if !ok {
            failures.push(format!(
                "attribution {} ({} {})",
                s(&want, "id"),
                s(&want, "speaker"),
                s(&want, "kind")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "missing:\n{}\ncoded quotes: {:#?}",
        failures.join("\n"),
        coded.quotes
    );
}

#[test]
fn seed_required_amounts_places_flows_people() {
    let Some((_, expected, coded)) = load() else { return };
    let mut failures = Vec::new();
    for want in required(&expected, "amounts") {
        let ok = coded.amounts.iter().any(|a| {
            a.value == want["value"].as_f64().unwrap()
                && a.qualifier.as_deref() == Some(s(&want, "qualifier"))
                && a.what.as_deref() == Some(s(&want, "what"))
                && a.actor.as_deref() == Some(s(&want, "actor"))
        });
        if !ok {
            failures.push(format!("amount {}", s(&want, "id")));
        }
    }
    for want in required(&expected, "locations") {
        if !coded.places.iter().any(|p| {
            p.name == s(&want, "name")
                && p.country == s(&want, "country")
                && p.kind == s(&want, "kind")
        }) {
            failures.push(format!("place {}", s(&want, "id")));
        }
    }
    for want in required(&expected, "flows") {
        let goods: Vec<&str> =
            want["goods"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        if !coded.flows.iter().any(|f| {
            f.from == s(&want, "from")
                && f.to == s(&want, "to")
                && goods.iter().all(|g| f.goods.iter().any(|x| x == g))
        }) {
            failures.push(format!("flow {}", s(&want, "id")));
        }
    }
    for want in expected["people"].as_array().unwrap() {
        let ok = coded.people.iter().any(|p| {
            p.name == s(want, "name")
                && want.get("role").is_none_or(|r| {
                    p.title.as_deref().is_some_and(|t| t.contains(r.as_str().unwrap()))
                })
                && want.get("organization").is_none_or(|o| {
                    p.organization.as_deref().is_some_and(|t| t.contains(o.as_str().unwrap()))
                })
                && want.get("actor").is_none_or(|a| p.actor.as_deref() == a.as_str())
        });
        if !ok {
            failures.push(format!("person {}", s(want, "name")));
        }
    }
    for want in expected["organizations"].as_array().unwrap().iter().filter_map(Value::as_str) {
        if !coded.organizations.iter().any(|o| o.name.contains(want)) {
            failures.push(format!("organization {want}"));
        }
    }
    assert!(
        failures.is_empty(),
        "missing:\n{}\npeople: {:#?}\norgs: {:#?}",
        failures.join("\n"),
        coded.people,
        coded.organizations
    );
}
