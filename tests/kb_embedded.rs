//! The embedded knowledge base is valid as a whole (issue 3, item 2).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use isnad::kb::{EntityType, KnowledgeBase};
use isnad::text::normalize;

#[test]
fn the_embedded_base_is_large_and_ids_are_unique() {
    let kb = KnowledgeBase::embedded();
    assert!(
        kb.entities.len() >= 3000,
        "only {} entities",
        kb.entities.len()
    );
    let mut seen = HashSet::new();
    let dupes: Vec<&str> = kb
        .entities
        .iter()
        .filter(|e| !seen.insert(e.id.as_str()))
        .map(|e| e.id.as_str())
        .collect();
    assert!(dupes.is_empty(), "duplicate ids: {dupes:?}");
}

#[test]
fn every_name_normalises_to_something() {
    let kb = KnowledgeBase::embedded();
    let mut empty = Vec::new();
    for e in kb.entities.iter() {
        let names = std::iter::once(&e.ar)
            .chain(&e.aliases)
            .chain(&e.ambiguous_aliases)
            .chain(&e.demonyms);
        for name in names {
            if normalize(name).is_empty() {
                empty.push(format!("{}: {name:?}", e.id));
            }
        }
    }
    assert!(
        empty.is_empty(),
        "names that normalise to nothing: {empty:?}"
    );
}

#[test]
fn no_name_is_silently_shared() {
    let kb = KnowledgeBase::embedded();
    let mut owners: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for e in kb.entities.iter() {
        let names = std::iter::once(&e.ar)
            .chain(&e.aliases)
            .chain(&e.ambiguous_aliases);
        for name in names {
            owners.entry(normalize(name)).or_default().insert(&e.id);
        }
    }
    let listed: BTreeMap<String, &isnad::kb::SharedAlias> = kb
        .ambiguities
        .shared_aliases
        .iter()
        .map(|s| (normalize(&s.alias), s))
        .collect();
    let mut silent = Vec::new();
    for (name, ids) in &owners {
        if ids.len() < 2 {
            continue;
        }
        match listed.get(name) {
            Some(s)
                if !s.rule.trim().is_empty()
                    && ids.iter().all(|id| s.entities.iter().any(|x| x == id)) =>
            {
                if let Some(p) = &s.prefer {
                    assert!(
                        ids.contains(p.as_str()),
                        "{name}: preferred {p} does not carry the name"
                    );
                }
            }
            _ => silent.push(format!("{name}: {ids:?}")),
        }
    }
    assert!(
        silent.is_empty(),
        "{} names shared by several entities without a rule in ambiguities.json:\n{}",
        silent.len(),
        silent.join("\n")
    );
}

#[test]
fn role_and_country_references_exist() {
    let kb = KnowledgeBase::embedded();
    let ids: HashSet<&str> = kb.entities.iter().map(|e| e.id.as_str()).collect();
    let mut dangling = Vec::new();
    for e in kb.entities.iter() {
        for r in &e.roles {
            if let Some(org) = &r.org {
                if !ids.contains(org.as_str()) {
                    dangling.push(format!("{} role {:?} -> {org}", e.id, r.title_ar));
                }
            }
        }
        if let Some(c) = &e.country {
            if !ids.contains(c.as_str()) {
                dangling.push(format!("{} country -> {c}", e.id));
            }
        }
    }
    assert!(dangling.is_empty(), "dangling references: {dangling:?}");
}

#[test]
fn curated_people_and_organisations_are_described() {
    let kb = KnowledgeBase::embedded();
    let missing: Vec<&str> = kb
        .entities
        .iter()
        .filter(|e| matches!(e.kind, EntityType::Person | EntityType::Organization))
        .filter(|e| {
            e.description_ar
                .as_deref()
                .is_none_or(|d| d.trim().is_empty())
                && e.description_en
                    .as_deref()
                    .is_none_or(|d| d.trim().is_empty())
        })
        .map(|e| e.id.as_str())
        .collect();
    assert!(missing.is_empty(), "no description: {missing:?}");
}

#[test]
fn a_malformed_user_file_names_the_file_and_line() {
    let dir = std::env::temp_dir().join(format!("isnad-kb-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let json = dir.join("entities.json");
    std::fs::write(
        &json,
        "{\"entities\": [\n  {\"id\": \"x\",\n   \"type\": \"planet\", \"ar\": \"س\"}\n]}",
    )
    .expect("write");
    let err = KnowledgeBase::load_file(&json).expect_err("bad type");
    assert_eq!(err.line, Some(3), "{err}");
    assert!(
        err.to_string().starts_with(&json.display().to_string()),
        "{err}"
    );

    let toml = dir.join("entities.toml");
    std::fs::write(
        &toml,
        "[[entities]]\nid = \"me\"\ntype = \"person\"\nar = \"فلان الفلاني\"\naliases = [\"الفلاني\"]\n",
    )
    .expect("write");
    let entities = KnowledgeBase::load_file(&toml).expect("good toml");
    assert_eq!(entities[0].aliases, vec!["الفلاني".to_string()]);

    // The embedded base keeps working and the user entry is merged over it.
    let mut kb = KnowledgeBase::embedded();
    let before = kb.entities.len();
    kb.merge(entities);
    assert_eq!(kb.entities.len(), before + 1);
    assert_eq!(kb.get("me").map(|e| e.ar.as_str()), Some("فلان الفلاني"));
    let _ = std::fs::remove_dir_all(&dir);
}
