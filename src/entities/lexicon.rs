//! Word lists the recogniser matches with: titles that introduce people, heads of
//! organisation names, context cues for ambiguous names, and words that never start
//! or continue a name. They are data (`data/lexicon/entities.toml`, embedded): code
//! says how to match, the file says what.
//!
//! None of these lists comes from ANERcorp (research-only licence): they are general
//! Arabic newsroom vocabulary and common given names.

use std::sync::OnceLock;

use serde::Deserialize;

const EMBEDDED: &str = include_str!("../../data/lexicon/entities.toml");

/// The lists, each written naturally (normalised where they are used). The file's
/// comments say what each list is for.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Lists {
    pub titles: Vec<String>,
    pub title_links: Vec<String>,
    pub org_heads_inclusive: Vec<String>,
    pub org_heads_exclusive: Vec<String>,
    pub context_cues: Vec<String>,
    pub not_name: Vec<String>,
    pub given_names: Vec<String>,
    pub name_connectors: Vec<String>,
    pub more_given_names: Vec<String>,
    pub weak_given_names: Vec<String>,
    pub common_words: Vec<String>,
    pub club_before: Vec<String>,
    pub club_after: Vec<String>,
    pub reporting_verbs: Vec<String>,
    pub name_terminators: Vec<String>,
    pub honorifics: Vec<String>,
    pub theophoric_heads: Vec<String>,
}

/// The embedded lists, parsed once.
pub fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| match toml::from_str(EMBEDDED) {
        Ok(lists) => lists,
        // The embedded file is part of the build and checked by the test below.
        Err(e) => panic!("data/lexicon/entities.toml is invalid: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lists_parse_and_none_is_empty() {
        let l = lists();
        for (name, list) in [
            ("titles", &l.titles),
            ("not-name", &l.not_name),
            ("given-names", &l.given_names),
            ("reporting-verbs", &l.reporting_verbs),
            ("club-after", &l.club_after),
        ] {
            assert!(!list.is_empty(), "{name}");
            assert!(
                list.iter().all(|w| !crate::text::normalize(w).is_empty()),
                "{name}"
            );
        }
        assert!(l.titles.iter().any(|t| t == "الرئيس"));
    }
}
