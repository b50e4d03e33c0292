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

/// The word guard of issue 15 (tools/kb/word_guard.txt): word counts from NewsFANE's
/// ordinary words, the threshold and the names reviewed as names.
struct WordGuard {
    threshold: usize,
    freq: std::collections::HashMap<String, usize>,
    reviewed: HashSet<String>,
}

fn kb_tool_file(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tools/kb")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

impl WordGuard {
    fn load() -> WordGuard {
        let freq = kb_tool_file("word_freq.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let (w, n) = l.split_once('\t').expect("word<TAB>count");
                (w.to_string(), n.parse().expect("a count"))
            })
            .collect();
        let mut threshold = None;
        let mut reviewed = HashSet::new();
        for line in kb_tool_file("word_guard.txt").lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            match line.split_once(' ') {
                Some(("threshold", n)) => threshold = Some(n.trim().parse().expect("a number")),
                Some(("name", n)) => {
                    reviewed.insert(normalize(n.trim()));
                }
                _ if line.is_empty() => {}
                _ => panic!("word_guard.txt: unknown line {line:?}"),
            }
        }
        WordGuard {
            threshold: threshold.expect("word_guard.txt: a threshold"),
            freq,
            reviewed,
        }
    }

    /// As build.py `word_count`: the one-word name with the article and the proclitics
    /// before it (a proclitic only before the article).
    fn count(&self, name: &str) -> Option<usize> {
        let n = normalize(name);
        if n.contains(' ') || n.contains('-') {
            return None;
        }
        let stem = match n.strip_prefix("ال") {
            Some(rest) if n.chars().count() > 4 => rest,
            _ => n.as_str(),
        };
        let mut forms: BTreeSet<String> = BTreeSet::from([stem.to_string()]);
        for a in [
            "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل",
        ] {
            forms.insert(format!("{a}{stem}"));
        }
        Some(forms.iter().filter_map(|f| self.freq.get(f)).sum())
    }

    fn is_word(&self, name: &str) -> bool {
        !self.reviewed.contains(&normalize(name))
            && self.count(name).is_some_and(|c| c >= self.threshold)
    }

    /// Names of the base that are frequent words and not context-only (as the recogniser
    /// reads them: an ambiguous alias, or a listed common word of a GeoNames entry).
    fn unguarded(&self, kb: &KnowledgeBase) -> Vec<String> {
        let common: HashSet<String> = kb
            .ambiguities
            .common_words
            .iter()
            .map(|w| normalize(w))
            .collect();
        let mut out = Vec::new();
        for e in kb.entities.iter() {
            let geonames = e.source.as_deref() == Some("geonames");
            for name in std::iter::once(&e.ar).chain(&e.aliases) {
                if self.is_word(name) && !(geonames && common.contains(&normalize(name))) {
                    out.push(format!("{}: {name}", e.id));
                }
            }
        }
        out
    }
}

#[test]
fn no_frequent_word_is_a_plain_name() {
    let guard = WordGuard::load();
    assert!(guard.freq.len() > 5000, "word list too small");
    let kb = KnowledgeBase::embedded();
    let unguarded = guard.unguarded(&kb);
    assert!(
        unguarded.is_empty(),
        "{} frequent words used as plain names (make them ambiguous_aliases, list them \
         in word_guard.txt after review, or drop them):\n{}",
        unguarded.len(),
        unguarded.join("\n")
    );
}

#[test]
fn the_word_guard_catches_a_word_used_as_a_name() {
    let guard = WordGuard::load();
    let entity = |id: &str, source: &str, ar: &str, amb: &[&str]| isnad::kb::Entity {
        id: id.into(),
        kind: EntityType::Location,
        subtype: None,
        ar: ar.into(),
        aliases: vec![],
        ambiguous_aliases: amb.iter().map(|s| s.to_string()).collect(),
        demonyms: vec![],
        generic_names: vec![],
        en: None,
        description_ar: None,
        description_en: None,
        roles: vec![],
        country: None,
        ids: Default::default(),
        source: Some(source.into()),
    };
    // حصار "siege" is a frequent word; a plain curated name of that form is caught, and
    // so is a GeoNames name not listed as a common word. With the article it counts too.
    let kb = KnowledgeBase::new(
        vec![
            entity("a", "curated", "حصار", &[]),
            entity("b", "geonames", "الحصار", &[]),
            entity("c", "curated", "مدينة حصار", &["حصار"]),
        ],
        Default::default(),
    );
    assert_eq!(guard.unguarded(&kb), vec!["a: حصار", "b: الحصار"]);
    let mut listed = kb.clone();
    listed.ambiguities.common_words = vec!["الحصار".into()];
    assert_eq!(guard.unguarded(&listed), vec!["a: حصار"]);
}

#[test]
fn the_base_gives_its_cut_off() {
    let kb = KnowledgeBase::embedded();
    let cutoff = kb.cutoff().expect("a cut-off date");
    let ok = cutoff.len() == 7
        && cutoff.as_bytes()[4] == b'-'
        && cutoff
            .bytes()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit());
    assert!(ok, "cut-off {cutoff:?} is not YYYY-MM");
}

/// The raw entries of the embedded files (fields the Rust `Entity` may not read yet, such
/// as `generic_names`).
fn raw_entries() -> Vec<serde_json::Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kb");
    let mut out = Vec::new();
    for file in [
        "countries.json",
        "admin.json",
        "cities.json",
        "organizations.json",
        "people.json",
    ] {
        let path = dir.join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        out.extend(v["entities"].as_array().cloned().unwrap_or_default());
    }
    out
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_generic_name_is_never_a_plain_name_and_always_has_a_country() {
    let entries = raw_entries();
    let plain: HashSet<String> = entries
        .iter()
        .flat_map(|e| {
            let mut names = strings(&e["aliases"]);
            names.extend(e["ar"].as_str().map(String::from));
            names
        })
        .map(|n| normalize(&n))
        .collect();
    let mut bad = Vec::new();
    let mut interior = 0;
    for e in &entries {
        for g in strings(&e["generic_names"]) {
            if plain.contains(&normalize(&g)) || e["country"].as_str().is_none() {
                bad.push(format!("{}: {g}", e["id"]));
            }
            interior += usize::from(g == "وزارة الداخلية");
        }
    }
    assert!(
        bad.is_empty(),
        "generic names that are plain names or have no country: {bad:?}"
    );
    assert!(
        interior >= 25,
        "only {interior} bodies answer to «وزارة الداخلية»"
    );
}

/// Terms of one office: (from month, to month, holder id).
type Terms<'a> = Vec<(String, String, &'a str)>;

#[test]
fn two_people_never_hold_one_office_in_the_same_month() {
    let kb = KnowledgeBase::embedded();
    let cutoff = kb.cutoff().unwrap_or("2025-06").to_string();
    let month = |d: &str| (d.len() >= 7).then(|| d[..7].to_string());
    let mut offices: BTreeMap<(String, String), Terms> = BTreeMap::new();
    for e in kb.entities.iter().filter(|e| e.kind == EntityType::Person) {
        for r in &e.roles {
            let Some(org) = r.org.as_deref().filter(|o| o.starts_with("country-")) else {
                continue;
            };
            let from = r.from.as_deref().and_then(month);
            let to = month(r.to.as_deref().unwrap_or(&cutoff));
            if let (Some(from), Some(to)) = (from, to) {
                offices
                    .entry((r.title_ar.clone(), org.to_string()))
                    .or_default()
                    .push((from, to, e.id.as_str()));
            }
        }
    }
    let mut clashes = Vec::new();
    for (office, mut terms) in offices {
        terms.sort();
        for pair in terms.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.2 != b.2 && b.0 < a.1 {
                clashes.push(format!(
                    "{office:?}: {} {}..{} / {} {}..{}",
                    a.2, a.0, a.1, b.2, b.0, b.1
                ));
            }
        }
    }
    assert!(clashes.is_empty(), "overlapping holders: {clashes:#?}");
}

/// The plain names (canonical and aliases, normalised) of the raw entries of one file.
fn plain_names(entries: &[serde_json::Value], id_prefix: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for e in entries {
        let id = e["id"].as_str().unwrap_or_default();
        if !id.starts_with(id_prefix) {
            continue;
        }
        let mut names = strings(&e["aliases"]);
        names.extend(e["ar"].as_str().map(String::from));
        out.extend(names.iter().map(|n| (normalize(n), id.to_string())));
    }
    out
}

#[test]
fn a_division_never_takes_a_city_name_and_the_town_keeps_its_own() {
    let entries = raw_entries();
    let cities: BTreeMap<String, String> = plain_names(&entries, "city-").into_iter().collect();
    let admin_file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kb/admin.json");
    let text = std::fs::read_to_string(&admin_file).expect("admin.json");
    let admin: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let divisions = admin["entities"].as_array().cloned().unwrap_or_default();
    let taken: Vec<String> = plain_names(&divisions, "")
        .into_iter()
        .filter_map(|(n, id)| cities.get(&n).map(|c| format!("{id} takes «{n}» of {c}")))
        .collect();
    assert!(taken.is_empty(), "divisions named like cities: {taken:#?}");
    // Sirte's only source name was the district's («شعبية سرت»): the town keeps «سرت».
    let sirte = normalize("سرت");
    assert_eq!(cities.get(&sirte).map(String::as_str), Some("city-2210554"));
    let district = plain_names(&divisions, "ly-district-sirte");
    assert_eq!(
        district,
        vec![(normalize("شعبية سرت"), "ly-district-sirte".to_string())]
    );
}
