//! The seed article (../shared/eval/seed): every gold group is found with its type
//! and one id. Needs ../shared; skipped with a notice when it is absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use isnad::kb::EntityType;
use isnad::Analyzer;
use serde_json::Value;

fn seed_dir() -> Option<&'static Path> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/seed"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("NOTICE: ../shared/eval/seed is absent; skipping the seed entity test");
        None
    }
}

fn kind(s: &str) -> EntityType {
    match s {
        "person" => EntityType::Person,
        "organization" => EntityType::Organization,
        _ => EntityType::Location,
    }
}

/// Byte ranges of every whole-word occurrence of `form` in `text` (an optional
/// one-letter clitic و ف ب ل ك may precede it).
fn occurrences(text: &str, form: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find(form) {
        let start = from + pos;
        let end = start + form.len();
        from = end;
        let before: Vec<char> = text[..start].chars().rev().take(2).collect();
        let ok_before = match before.as_slice() {
            [] => true,
            [c, ..] if !c.is_alphabetic() => true,
            [c] => "وفبلك".contains(*c),
            [c, d, ..] => "وفبلك".contains(*c) && !d.is_alphabetic(),
        };
        let ok_after = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic());
        if ok_before && ok_after {
            out.push(start..end);
        }
    }
    out
}

#[test]
fn seed_article_entities() {
    let Some(dir) = seed_dir() else { return };
    let text = std::fs::read_to_string(dir.join("duma-dprk-treaty.txt")).expect("seed text");
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("duma-dprk-treaty.entities.json")).expect("gold"),
    )
    .expect("gold json");
    let analyzer = Analyzer::embedded();
    let analysis = analyzer.analyze(&text);
    let mut problems = Vec::new();
    let mut ids_of_group: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut nested = Vec::new();
    for group in gold["groups"].as_array().expect("groups") {
        let name = group["group"].as_str().unwrap_or("");
        let want = kind(group["type"].as_str().unwrap_or(""));
        for form in group["forms"].as_array().expect("forms") {
            let form = form.as_str().unwrap_or("");
            let (search, span) = match group["span_in_form"].as_str() {
                Some(inner) => (form, inner),
                None => (form, form),
            };
            let found_any = occurrences(&text, search);
            if found_any.is_empty() {
                problems.push(format!("{name}: form {form:?} not in the text"));
            }
            for occ in found_any {
                let inner = occ.start + text[occ.clone()].find(span).unwrap_or(0);
                let range = inner..inner + span.len();
                // The mention must be exactly this form (whole forms nested in longer
                // forms of the same group are fine when the longer one matched).
                let m = analysis
                    .entities
                    .iter()
                    .find(|m| m.range.start <= range.start && range.end <= m.range.end);
                match m {
                    None => problems.push(format!(
                        "{name}: {form:?} at {} not recognised",
                        range.start
                    )),
                    Some(m) if m.kind != want && m.range != range => {
                        // Inside the name of a body of that country (“جيش كوريا
                        // الديمقراطية”, a curated alias of the North Korean army): the
                        // longer, more specific mention wins; checked below.
                        nested.push((name.to_string(), form.to_string(), m.id.clone()));
                    }
                    Some(m) if m.kind != want => problems.push(format!(
                        "{name}: {form:?} recognised as {:?}, want {want:?}",
                        m.kind
                    )),
                    Some(m) => {
                        let covered = &text[m.range.clone()];
                        let same_group = group["forms"]
                            .as_array()
                            .is_some_and(|fs| fs.iter().any(|f| f.as_str() == Some(covered)));
                        if !same_group && covered != span {
                            problems.push(format!(
                                "{name}: {form:?} inside a longer mention {covered:?}"
                            ));
                        }
                        ids_of_group
                            .entry(name.to_string())
                            .or_default()
                            .insert(m.id.clone().unwrap_or_else(|| "<none>".into()));
                    }
                }
            }
        }
    }
    for (group, ids) in &ids_of_group {
        if ids.len() != 1 {
            problems.push(format!("{group}: several ids {ids:?}"));
        }
    }
    for (group, form, id) in nested {
        let country = id
            .as_deref()
            .and_then(|id| analyzer.kb.get(id))
            .and_then(|e| e.country.clone());
        let group_ids = ids_of_group.get(&group).cloned().unwrap_or_default();
        if country.is_some_and(|c| group_ids.contains(&c)) {
            eprintln!("NOTICE: {form:?} ({group}) is part of the longer mention {id:?} of a body of that country");
        } else {
            problems.push(format!(
                "{group}: {form:?} inside an unrelated mention {id:?}"
            ));
        }
    }
    for not in gold["not"].as_array().expect("not") {
        let form = not.as_str().unwrap_or("");
        for occ in occurrences(&text, form) {
            if let Some(m) = analysis
                .entities
                .iter()
                .find(|m| m.range.start < occ.end && occ.start < m.range.end)
            {
                problems.push(format!(
                    "{form:?} recognised as {:?} ({:?})",
                    &text[m.range.clone()],
                    m.id
                ));
            }
        }
    }
    // Groups must not share ids.
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for (group, ids) in &ids_of_group {
        for id in ids {
            if let Some(other) = owner.insert(id.clone(), group.clone()) {
                problems.push(format!("{group} and {other} share id {id}"));
            }
        }
    }
    let listing: Vec<String> = analysis
        .entities
        .iter()
        .map(|m| format!("{} {:?} {:?}", &text[m.range.clone()], m.kind, m.id))
        .collect();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}\n\nall mentions:\n{}",
        problems.len(),
        problems.join("\n"),
        listing.join("\n")
    );
}
