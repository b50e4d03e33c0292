//! Word lists the recogniser matches with: titles that introduce people, heads of
//! organisation names, context cues for ambiguous names, and words that never start
//! or continue a name. They are data (`data/lexicon/entities.toml`, embedded): code
//! says how to match, the file says what.
//!
//! None of these lists comes from ANERcorp (research-only licence): they are general
//! Arabic newsroom vocabulary and common given names.

use std::ops::BitOr;
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

use crate::text::forms;
use crate::text::normalize;

const EMBEDDED: &str = include_str!("../../data/lexicon/entities.toml");

/// The lists, each written naturally (normalised where they are used). The file's
/// comments say what each list is for.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct WordLists {
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
    pub club_cues: Vec<String>,
    pub family_words: Vec<String>,
    pub namesake_heads: Vec<String>,
    pub event_heads: Vec<String>,
    pub place_heads: Vec<String>,
    pub place_heads_article: Vec<String>,
    pub region_heads: Vec<String>,
    pub place_name_heads: Vec<String>,
    pub place_epithets: Vec<String>,
    pub surname_connectors: Vec<String>,
    pub article_name_heads: Vec<String>,
}

/// The embedded lists, parsed once.
pub fn lists() -> &'static WordLists {
    static LISTS: OnceLock<WordLists> = OnceLock::new();
    LISTS.get_or_init(|| match toml::from_str(EMBEDDED) {
        Ok(lists) => lists,
        // The embedded file is part of the build and checked by the test below.
        Err(e) => panic!("data/lexicon/entities.toml is invalid: {e}"),
    })
}

/// A set of the word lists, one bit per list: a word's memberships are looked up
/// once and every later question is a bit test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lists(u32);

impl Lists {
    pub const TITLES: Lists = Lists(1 << 0);
    pub const TITLE_LINKS: Lists = Lists(1 << 1);
    pub const ORG_INCLUSIVE: Lists = Lists(1 << 2);
    pub const ORG_EXCLUSIVE: Lists = Lists(1 << 3);
    pub const CUES: Lists = Lists(1 << 4);
    pub const NOT_NAME: Lists = Lists(1 << 5);
    /// Given names that are no common word (multi-word entries and weak ones left out).
    pub const GIVEN: Lists = Lists(1 << 6);
    /// Given names that are also words (حسن، جمال): names only in a name's context.
    pub const WEAK_GIVEN: Lists = Lists(1 << 7);
    pub const CONNECTORS: Lists = Lists(1 << 8);
    pub const COMMON: Lists = Lists(1 << 9);
    pub const CLUB_BEFORE: Lists = Lists(1 << 10);
    pub const CLUB_AFTER: Lists = Lists(1 << 11);
    pub const REPORTING: Lists = Lists(1 << 12);
    pub const TERMINATORS: Lists = Lists(1 << 13);
    pub const HONORIFICS: Lists = Lists(1 << 14);
    pub const THEOPHORIC_HEADS: Lists = Lists(1 << 15);
    /// Sports words before a city that make it the club (لاعب برشلونة).
    pub const CLUB_CUES: Lists = Lists(1 << 16);
    /// Words before a family's name (أسرة، عائلة).
    pub const FAMILY: Lists = Lists(1 << 17);
    /// Words before a thing named after a person (جائزة نوبل، مطار جون كنيدي).
    pub const NAMESAKE: Lists = Lists(1 << 18);
    /// Words before an agreement, a prize or a tournament named after a person
    /// (جائزة نوبل، كأس الشيخ جاسم).
    pub const EVENTS: Lists = Lists(1 << 19);
    /// Words before a place's name (مدينة، بلدة، حي).
    pub const PLACE_HEADS: Lists = Lists(1 << 20);
    /// Those of them whose following word with the article is a name too (حي
    /// الشجاعية), rarely a common noun.
    pub const PLACE_HEADS_ARTICLE: Lists = Lists(1 << 21);
    /// Region heads trimmed from a known place's mention (منطقة كورسك).
    pub const REGION_HEADS: Lists = Lists(1 << 22);
    /// Other heads trimmed from a known place's mention (قطاع غزة).
    pub const PLACE_NAME_HEADS: Lists = Lists(1 << 23);
    /// Epithets after a place's name (المكرمة).
    pub const PLACE_EPITHETS: Lists = Lists(1 << 24);
    /// Name words after which the last word is no surname (عبد، بن، آل).
    pub const SURNAME_CONNECTORS: Lists = Lists(1 << 25);
    /// Organisation heads whose name may carry the article (نادي، صحيفة).
    pub const ARTICLE_NAME_HEADS: Lists = Lists(1 << 26);

    /// The lists whose words make a generated place name need context (the city of
    /// Vladimir, a village called الزعيم).
    pub const VOCABULARY: Lists = Lists(
        Lists::TITLES.0
            | Lists::TITLE_LINKS.0
            | Lists::ORG_INCLUSIVE.0
            | Lists::ORG_EXCLUSIVE.0
            | Lists::CUES.0
            | Lists::NOT_NAME.0
            | Lists::GIVEN.0
            | Lists::WEAK_GIVEN.0
            | Lists::COMMON.0,
    );

    pub fn bits(self) -> u32 {
        self.0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Does this set share a list with `other`?
    pub fn any(self, other: Lists) -> bool {
        self.0 & other.0 != 0
    }
}

impl BitOr for Lists {
    type Output = Lists;

    fn bitor(self, other: Lists) -> Lists {
        Lists(self.0 | other.0)
    }
}

/// Every normalised word of the lists with the lists it is on.
pub struct Lexicon {
    words: HashMap<Box<str>, Lists>,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let l = lists();
        let mut lexicon = Lexicon {
            words: HashMap::default(),
        };
        let weak = |w: &String| l.weak_given_names.contains(w);
        let given = l
            .given_names
            .iter()
            .chain(&l.more_given_names)
            .filter(|w| !w.contains(' ') && !weak(w));
        lexicon.add(Lists::GIVEN, given);
        for (list, words) in [
            (Lists::TITLES, &l.titles),
            (Lists::TITLE_LINKS, &l.title_links),
            (Lists::ORG_INCLUSIVE, &l.org_heads_inclusive),
            (Lists::ORG_EXCLUSIVE, &l.org_heads_exclusive),
            (Lists::CUES, &l.context_cues),
            (Lists::NOT_NAME, &l.not_name),
            (Lists::WEAK_GIVEN, &l.weak_given_names),
            (Lists::CONNECTORS, &l.name_connectors),
            (Lists::COMMON, &l.common_words),
            (Lists::CLUB_BEFORE, &l.club_before),
            (Lists::CLUB_AFTER, &l.club_after),
            (Lists::REPORTING, &l.reporting_verbs),
            (Lists::TERMINATORS, &l.name_terminators),
            (Lists::HONORIFICS, &l.honorifics),
            (Lists::THEOPHORIC_HEADS, &l.theophoric_heads),
            (Lists::CLUB_CUES, &l.club_cues),
            (Lists::FAMILY, &l.family_words),
            (Lists::NAMESAKE, &l.namesake_heads),
            (Lists::EVENTS, &l.event_heads),
            (Lists::PLACE_HEADS, &l.place_heads),
            (Lists::PLACE_HEADS_ARTICLE, &l.place_heads_article),
            (Lists::REGION_HEADS, &l.region_heads),
            (Lists::PLACE_NAME_HEADS, &l.place_name_heads),
            (Lists::PLACE_EPITHETS, &l.place_epithets),
            (Lists::SURNAME_CONNECTORS, &l.surname_connectors),
            (Lists::ARTICLE_NAME_HEADS, &l.article_name_heads),
        ] {
            lexicon.add(list, words.iter());
        }
        lexicon
    }

    fn add<'w>(&mut self, list: Lists, words: impl Iterator<Item = &'w String>) {
        for w in words {
            let entry = self.words.entry(normalize(w).into_boxed_str()).or_default();
            *entry = *entry | list;
        }
    }

    /// The lists a normalised word is on.
    pub fn lists(&self, word: &str) -> Lists {
        self.words.get(word).copied().unwrap_or_default()
    }

    pub fn has(&self, word: &str, list: Lists) -> bool {
        self.lists(word).any(list)
    }

    /// A word's readings with the lists each one's standalone form is on.
    #[cfg(test)]
    pub fn read(&self, word: &str) -> Readings {
        self.read_form(word, &forms::Readings::of(word))
    }

    /// [`Lexicon::read`] of a form whose clitic readings are known (the
    /// document's [`crate::text::Forms`] computed them once).
    pub fn read_form(&self, word: &str, splits: &[forms::Reading]) -> Readings {
        let mut readings = Readings {
            whole: self.lists(word),
            ..Readings::default()
        };
        for split in splits {
            let lists = split.with_standalone(word, |w| self.lists(w));
            if let Some(slot) = readings.items.get_mut(usize::from(readings.len)) {
                *slot = Reading {
                    lists,
                    stem_start: split.stem_start,
                    prefix: split.prefix,
                    article: split.article,
                };
                readings.len += 1;
            }
        }
        readings
    }
}

/// One clitic reading of a token (see [`crate::text::tokens::clitic_splits`]), reduced to what the
/// recogniser asks of it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reading {
    /// The lists the standalone form (with ال when the word had it) is on.
    pub lists: Lists,
    /// Byte offset of the stem in the token.
    pub stem_start: u8,
    /// Byte length of و ف ب ل ك before the standalone form.
    pub prefix: u8,
    pub article: bool,
}

/// A token's readings in [`crate::text::tokens::clitic_splits`] order (the unsplit word first) and the
/// lists of the word exactly as written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Readings {
    pub whole: Lists,
    items: [Reading; 4],
    len: u8,
}

impl Readings {
    pub fn iter(&self) -> impl Iterator<Item = &Reading> {
        self.items.iter().take(usize::from(self.len))
    }

    /// The clitic length of the first reading on one of `list`: the token read as a
    /// lexicon word, unsplit or after و ف ب ل ك.
    pub fn first(&self, list: Lists) -> Option<usize> {
        self.iter()
            .find(|r| r.lists.any(list))
            .map(|r| usize::from(r.prefix))
    }
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

    #[test]
    fn a_token_reads_as_a_list_word_after_its_clitics() {
        let lexicon = Lexicon::new();
        let readings = lexicon.read(&normalize("وللرئيس"));
        assert_eq!(readings.first(Lists::TITLES), Some("ول".len()));
        assert!(!readings.whole.any(Lists::TITLES));
        assert!(lexicon.read("الرئيس").whole.any(Lists::TITLES));
        assert_eq!(lexicon.read("كتاب").first(Lists::TITLES), None);
    }

    #[test]
    fn weak_given_names_are_not_given_names() {
        let lexicon = Lexicon::new();
        for w in &lists().weak_given_names {
            assert!(!lexicon.has(&normalize(w), Lists::GIVEN), "{w}");
        }
    }
}
