//! Spelling variants of a normalised name. Normalisation already folds hamza
//! alefs, ى/ي, ة/ه and Persian letters; this adds what transliteration varies:
//! ج/غ for a foreign g (بيونج يانج / بيونغ يانغ), أمريكي/أميركي, and compound names
//! written as one word (بيونغيانغ، عبدالله).

use crate::kb::{Entity, EntityType};

/// At most this many variants per name (ج/غ choices multiply).
const MAX_VARIANTS: usize = 16;

/// Arab League members: their place names are Arabic, not transliterated, so ج and
/// غ are different letters there.
const ARAB_COUNTRIES: &[&str] = &[
    "dz", "bh", "km", "dj", "eg", "iq", "jo", "kw", "lb", "ly", "mr", "ma", "om", "ps", "qa", "sa",
    "so", "sd", "sy", "tn", "ae", "ye", "eh",
];

fn is_arab_country(id: &str) -> bool {
    id.strip_prefix("country-")
        .is_some_and(|code| ARAB_COUNTRIES.contains(&code))
}

/// Should the ج/غ variants be generated for this entity's names?
pub fn takes_foreign_variants(e: &Entity) -> bool {
    match e.kind {
        EntityType::Location => {
            !is_arab_country(&e.id) && !e.country.as_deref().is_some_and(is_arab_country)
        }
        EntityType::Person | EntityType::Organization => true,
    }
}

/// Push `name` and its variants to `out` (no duplicates).
pub fn generate(name: &str, foreign: bool, out: &mut Vec<String>) {
    push(out, name.to_string());
    if name.contains("امريك") {
        push(out, name.replace("امريك", "اميرك"));
    }
    if name.contains("اميرك") {
        push(out, name.replace("اميرك", "امريك"));
    }
    if foreign {
        let base = out.clone();
        for form in base {
            for v in g_variants(&form) {
                push(out, v);
            }
        }
    }
    // Two-word names also written as one word.
    let base = out.clone();
    for form in base {
        let words: Vec<&str> = form.split(' ').collect();
        if words.len() == 2 && !words[1].starts_with("ال") && words.iter().all(|w| !w.is_empty())
        {
            push(out, words.concat());
        }
    }
}

fn push(out: &mut Vec<String>, v: String) {
    if out.len() < MAX_VARIANTS && !v.is_empty() && !out.contains(&v) {
        out.push(v);
    }
}

/// Every spelling with each ج or غ written either way (at most three of them).
fn g_variants(name: &str) -> Vec<String> {
    let positions: Vec<usize> = name
        .char_indices()
        .filter(|&(_, c)| c == 'ج' || c == 'غ')
        .map(|(i, _)| i)
        .collect();
    if positions.is_empty() || positions.len() > 3 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for mask in 0u32..(1 << positions.len()) {
        let mut s = String::with_capacity(name.len());
        let mut k = 0;
        for (i, c) in name.char_indices() {
            if positions.get(k) == Some(&i) {
                s.push(if mask & (1 << k) != 0 { 'غ' } else { 'ج' });
                k += 1;
            } else {
                s.push(c);
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(name: &str) -> Vec<String> {
        let mut out = Vec::new();
        generate(&crate::text::normalize(name), true, &mut out);
        out
    }

    #[test]
    fn pyongyang_in_every_spelling() {
        let v = all("بيونغ يانغ");
        for form in ["بيونج يانج", "بيونغ يانغ", "بيونغيانغ", "بيونجيانج"]
        {
            assert!(v.contains(&form.to_string()), "{form} missing from {v:?}");
        }
    }

    #[test]
    fn american_both_ways() {
        assert!(all("الأميركي").contains(&"الامريكي".to_string()));
        assert!(all("الأمريكية").contains(&"الاميركيه".to_string()));
    }
}
