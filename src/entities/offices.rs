//! The offices of the knowledge base, for linking a title or a generic name: who
//! held which title for which country and when (the people's dated `roles`), and
//! the bodies every country has one of (their `generic_names`: مجلس الوزراء،
//! وزارة الداخلية). Built once with the compiled names; the words that say how
//! titles compare are data (`data/lexicon/offices.toml`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;

use super::dates;
use crate::kb::Entity;
use crate::text::normalize;

/// A stem that begins an office's title.
pub(super) const TITLE: u8 = 1;
/// A stem that begins a generic name written without the article.
pub(super) const GENERIC: u8 = 2;
/// A stem that begins a generic name written with the article (its article left out).
pub(super) const GENERIC_ARTICLE: u8 = 4;

const EMBEDDED: &str = include_str!("../../data/lexicon/offices.toml");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Words {
    same_titles: Vec<Vec<String>>,
    country_heads: Vec<String>,
    not_the_holder: Vec<String>,
}

/// One person's term in an office.
#[derive(Debug, Clone)]
struct Holder {
    entity: u32,
    from: Option<Box<str>>,
    to: Option<Box<str>>,
}

/// A body a generic name stands for: (entity, its country).
type Body = (u32, u32);

/// Who held an office at a date, as far as the base knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holding {
    /// The base knows no such office for that country.
    Unknown,
    /// It knows the office but nobody who held it then.
    Nobody,
    Held(u32),
}

pub(super) struct Offices {
    /// (title key, country entity) -> the terms in that office.
    holders: HashMap<(Box<str>, u32), Vec<Holder>>,
    /// (generic name, had the article) -> (entity, its country). The name is
    /// normalised, its article left out.
    generic: HashMap<(Box<str>, bool), Vec<Body>>,
    /// What a word may start (a title key, a generic name without or with the
    /// article), by its stem: one lookup per token tells whether to look further.
    first_words: HashMap<Box<str>, u8>,
    /// A filter before that lookup for generic names: a bit per (length, last
    /// byte) of their first words.
    /// Most tokens of a text fail it in a few instructions.
    first_filter: [u64; 64],
    generic_words: usize,
    /// entity -> its country (itself for a country).
    country_of: Vec<Option<u32>>,
    /// A title key that names the same office as another -> that one's key.
    same_titles: Vec<(String, String)>,
    country_heads: HashSet<String>,
    not_the_holder: HashSet<String>,
}

impl Default for Offices {
    fn default() -> Offices {
        Offices {
            holders: HashMap::default(),
            generic: HashMap::default(),
            first_words: HashMap::default(),
            first_filter: [0; 64],
            generic_words: 0,
            country_of: Vec::new(),
            same_titles: Vec::new(),
            country_heads: HashSet::default(),
            not_the_holder: HashSet::default(),
        }
    }
}

/// The filter's bit for a stem: (length, last byte).
#[inline]
fn filter_bit(stem: &str) -> (usize, u64) {
    let last = stem.as_bytes().last().copied().unwrap_or(0);
    ((stem.len() / 2) & 63, 1 << (last & 63))
}

impl Offices {
    pub fn new(entities: &[Entity]) -> Offices {
        let mut offices = Offices::default();
        offices.read_words();
        offices.country_of = countries_of(entities);
        offices.index_roles(entities);
        offices.index_generic_names(entities);
        for (stem, _) in offices
            .first_words
            .iter()
            .filter(|(_, f)| **f & (GENERIC | GENERIC_ARTICLE) != 0)
        {
            let (row, bit) = filter_bit(stem);
            offices.first_filter[row] |= bit;
        }
        offices
    }

    fn read_words(&mut self) {
        let words: Words = match toml::from_str(EMBEDDED) {
            Ok(words) => words,
            // The embedded file is part of the build and checked by a test.
            Err(_) => return,
        };
        let bare = |w: &String| bare_words(&normalize(w)).join(" ");
        for group in &words.same_titles {
            let Some(first) = group.first().map(bare) else {
                continue;
            };
            self.same_titles
                .extend(group.iter().skip(1).map(|t| (bare(t), first.clone())));
        }
        // Longest first: a longer title replaces before a shorter one inside it.
        self.same_titles
            .sort_by_key(|(v, _)| std::cmp::Reverse(v.len()));
        self.country_heads = words.country_heads.iter().map(bare).collect();
        self.not_the_holder = words.not_the_holder.iter().map(|w| normalize(w)).collect();
    }

    /// Every dated role under its title key and its country.
    fn index_roles(&mut self, entities: &[Entity]) {
        let ids: HashMap<&str, u32> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        for (i, e) in entities.iter().enumerate() {
            for role in &e.roles {
                let org = role.org.as_deref().and_then(|o| ids.get(o));
                let Some(country) = org.and_then(|&o| self.country(o)) else {
                    continue;
                };
                let names = country_names(&entities[country as usize]);
                let title = bare_words(&normalize(&role.title_ar));
                let words = without_country(&title, &names);
                let key = self.key(&words);
                if let Some(first) = key.split(' ').next().filter(|w| !w.is_empty()) {
                    *self.first_words.entry(first.into()).or_default() |= TITLE;
                }
                self.holders
                    .entry((key.into(), country))
                    .or_default()
                    .push(Holder {
                        entity: i as u32,
                        from: role.from.as_deref().map(Into::into),
                        to: role.to.as_deref().map(Into::into),
                    });
            }
        }
    }

    fn index_generic_names(&mut self, entities: &[Entity]) {
        for (i, e) in entities.iter().enumerate() {
            let Some(country) = self.country(i as u32) else {
                continue;
            };
            for name in &e.generic_names {
                let norm = normalize(name);
                let (bare, article) = without_article(&norm);
                if bare.is_empty() {
                    continue;
                }
                let first = bare.split(' ').next().unwrap_or(bare);
                let flag = if article { GENERIC_ARTICLE } else { GENERIC };
                *self.first_words.entry(first.into()).or_default() |= flag;
                self.generic_words = self.generic_words.max(bare.split(' ').count());
                self.generic
                    .entry((bare.into(), article))
                    .or_default()
                    .push((i as u32, country));
            }
        }
    }

    /// A title's key: its words without the article, without a country head at
    /// the end (دولة، جمهورية), with a title naming the same office replaced by
    /// that office's (رئيس مجلس الوزراء -> رئيس الوزراء).
    pub fn key(&self, words: &[String]) -> String {
        let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
        while words.len() > 1
            && words
                .last()
                .is_some_and(|w| self.country_heads.contains(*w))
        {
            words.pop();
        }
        let key = words.join(" ");
        for (variant, office) in &self.same_titles {
            if key == *variant {
                return office.clone();
            }
            if let Some(head) = key.strip_suffix(variant.as_str()) {
                if head.ends_with(' ') {
                    return format!("{head}{office}");
                }
            }
        }
        key
    }

    /// Who held the office (a title key) of `country` at `date`; with no date, who
    /// holds it as of the base's cut-off (a term with no end). Of several, the one
    /// who took it last.
    pub fn holder(&self, key: &str, country: u32, date: Option<&str>) -> Holding {
        let Some(terms) = self.holders.get(&(Box::from(key), country)) else {
            return Holding::Unknown;
        };
        let held = |h: &&Holder| match date {
            Some(d) => dates::held_at(h.from.as_deref(), h.to.as_deref(), d),
            None => h.to.is_none(),
        };
        terms
            .iter()
            .filter(held)
            .max_by(|a, b| a.from.cmp(&b.from))
            .map_or(Holding::Nobody, |h| Holding::Held(h.entity))
    }

    /// What a stem may start: bits [`TITLE`], [`GENERIC`], [`GENERIC_ARTICLE`].
    pub fn starts(&self, stem: &str) -> u8 {
        self.first_words.get(stem).copied().unwrap_or(0)
    }

    /// The same for generic names only, with a filter that most tokens of a
    /// text fail in a few instructions (it runs on every token).
    #[inline]
    pub fn starts_generic(&self, stem: &str) -> u8 {
        let (row, bit) = filter_bit(stem);
        if self.first_filter[row] & bit == 0 {
            return 0;
        }
        self.starts(stem) & (GENERIC | GENERIC_ARTICLE)
    }

    /// Does the base have no office and no generic name?
    pub fn is_empty(&self) -> bool {
        self.first_words.is_empty()
    }

    /// The entities a generic name stands for, with their countries.
    pub fn generic(&self, bare: &str, article: bool) -> &[(u32, u32)] {
        self.generic
            .get(&(Box::from(bare), article))
            .map_or(&[], Vec::as_slice)
    }

    /// The most words a generic name has.
    pub fn generic_words(&self) -> usize {
        self.generic_words
    }

    /// The country an entity belongs to (itself for a country).
    pub fn country(&self, entity: u32) -> Option<u32> {
        self.country_of.get(entity as usize).copied().flatten()
    }

    /// Is `entity` a country?
    pub fn is_country(&self, entity: u32) -> bool {
        self.country(entity) == Some(entity)
    }

    /// A word after a title that makes it someone else (السابق، الراحل).
    pub fn not_the_holder(&self, word: &str) -> bool {
        self.not_the_holder.contains(word)
    }
}

/// entity -> its country: itself for a country, else its `country`.
fn countries_of(entities: &[Entity]) -> Vec<Option<u32>> {
    let countries: HashMap<&str, u32> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.subtype.as_deref() == Some("country"))
        .map(|(i, e)| (e.id.as_str(), i as u32))
        .collect();
    entities
        .iter()
        .map(|e| {
            let own = countries.get(e.id.as_str());
            own.or_else(|| countries.get(e.country.as_deref()?))
                .copied()
        })
        .collect()
}

/// A country's names and demonyms, each as its words without the article.
fn country_names(country: &Entity) -> Vec<Vec<String>> {
    std::iter::once(&country.ar)
        .chain(&country.aliases)
        .chain(&country.demonyms)
        .map(|n| bare_words(&normalize(n)))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A title's words without the longest of the country's names at their end.
fn without_country(title: &[String], names: &[Vec<String>]) -> Vec<String> {
    let longest = names
        .iter()
        .filter(|n| n.len() < title.len() && title.ends_with(n))
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    title[..title.len() - longest].to_vec()
}

/// A normalised phrase's words, each without the article (الخارجية -> خارجيه).
pub(super) fn bare_words(norm: &str) -> Vec<String> {
    norm.split_whitespace()
        .map(|w| without_article(w).0.to_string())
        .collect()
}

/// A normalised word or name without its leading article, and whether it had it.
pub(super) fn without_article(norm: &str) -> (&str, bool) {
    match norm.strip_prefix("ال") {
        Some(rest) if rest.chars().take_while(|c| *c != ' ').count() >= 2 => (rest, true),
        _ => (norm, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Vec<Entity> {
        crate::kb::parse_json(
            r#"{"entities": [
  {"id": "country-kw", "type": "location", "subtype": "country", "ar": "الكويت", "demonyms": ["الكويتي"]},
  {"id": "country-iq", "type": "location", "subtype": "country", "ar": "العراق", "demonyms": ["العراقي"]},
  {"id": "emir-a", "type": "person", "ar": "أ", "roles": [{"title_ar": "أمير الكويت", "org": "country-kw", "from": "2006-01", "to": "2020-09"}]},
  {"id": "emir-b", "type": "person", "ar": "ب", "roles": [{"title_ar": "أمير دولة الكويت", "org": "country-kw", "from": "2023-12"}]},
  {"id": "pm-iq", "type": "person", "ar": "ج", "roles": [{"title_ar": "رئيس مجلس الوزراء العراقي", "org": "country-iq", "from": "2022-10"}]},
  {"id": "iq-cabinet", "type": "organization", "ar": "مجلس الوزراء العراقي", "generic_names": ["مجلس الوزراء"], "country": "country-iq"}
]}"#,
        )
        .expect("test base")
    }

    fn key(offices: &Offices, title: &str) -> String {
        offices.key(&bare_words(&normalize(title)))
    }

    #[test]
    fn the_embedded_words_parse() {
        let words: Words = toml::from_str(EMBEDDED).expect("data/lexicon/offices.toml");
        assert!(words.same_titles.iter().all(|g| g.len() >= 2));
        assert!(!words.not_the_holder.is_empty());
    }

    #[test]
    fn a_title_is_found_by_its_office_and_country_at_a_date() {
        let offices = Offices::new(&base());
        let emir = key(&offices, "أمير");
        assert_eq!(offices.holder(&emir, 0, Some("2012")), Holding::Held(2));
        assert_eq!(offices.holder(&emir, 0, None), Holding::Held(3));
        assert_eq!(offices.holder(&emir, 0, Some("2021-05")), Holding::Nobody);
        assert_eq!(offices.holder(&emir, 1, None), Holding::Unknown);
    }

    #[test]
    fn titles_of_the_same_office_share_a_key() {
        let offices = Offices::new(&base());
        let pm = key(&offices, "رئيس الوزراء");
        assert_eq!(key(&offices, "رئيس وزراء"), pm);
        assert_eq!(offices.holder(&pm, 1, None), Holding::Held(4));
        assert_eq!(
            key(&offices, "نائب رئيس مجلس الوزراء"),
            format!("نائب {pm}")
        );
    }

    #[test]
    fn generic_names_are_indexed_by_their_country() {
        let offices = Offices::new(&base());
        assert_eq!(offices.starts("مجلس"), GENERIC);
        assert_eq!(offices.starts_generic("مجلس"), GENERIC);
        assert_eq!(offices.starts_generic("امير"), 0);
        assert_eq!(offices.starts("امير"), TITLE);
        assert_eq!(offices.generic("مجلس الوزراء", false), [(5, 1)]);
        assert!(offices.generic("مجلس الوزراء", true).is_empty());
        assert!(offices.is_country(1) && !offices.is_country(5));
    }
}
