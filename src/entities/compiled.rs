//! The knowledge base compiled for matching: every name and its generated spellings,
//! without the article, in one character-wise double-array trie (the `crawdad`
//! crate) that maps the name to what it means.
//!
//! The recogniser asks one question of it: which names does the text at this
//! position start with? Walking the trie from a token's start answers it with one
//! array lookup per character whatever the size of the base (most positions fail on
//! the first letters), and a million names build in seconds into a few hundred
//! bytes per name (see benches/README.md, "KB scale").

use std::sync::Arc;

use crawdad::Trie;
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{Lexicon, Lists};
use super::variants;
use crate::kb::{Ambiguities, Entity, EntityType};
use crate::text::normalize;

/// What a knowledge-base name resolves to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Target {
    pub entity: u32,
    pub kind: EntityType,
    /// Also a common word: an entity only in a context that says so.
    pub ambiguous: bool,
    /// A nisba adjective (الروسي): points at the place, is no mention of it.
    pub demonym: bool,
    /// Generated from GeoNames: yields to a person's name word.
    pub weak: bool,
}

/// One name without its article, resolved for the two readings (the text had the
/// article, or not).
#[derive(Debug, Clone, Default)]
pub(super) struct Pattern {
    pub bare: Slot,
    pub with_article: Slot,
}

impl Pattern {
    pub fn slot(&self, article: bool) -> Slot {
        if article {
            self.with_article
        } else {
            self.bare
        }
    }
}

/// What a name means: `plain` anywhere; `licensed` (a name that is also a common
/// word: الأسبوع، الشرق الأوسط as a newspaper) only where the context says so, and
/// then it wins.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Slot {
    pub plain: Option<Target>,
    pub licensed: Option<Target>,
}

pub(super) struct Compiled {
    /// Name -> index into `patterns`, one trie per first character, sorted by it.
    names: Vec<(char, Trie)>,
    /// What each name means, by the transducer's output.
    patterns: Vec<Pattern>,
    /// The base the targets index (shared with the analyser, not copied).
    entities: Arc<Vec<Entity>>,
    /// Surname (last name word) -> knowledge-base person, for short mentions.
    pub surnames: HashMap<String, u32>,
    pub lexicon: Lexicon,
}

/// Source rank: curated and user entries win over generated ones.
fn rank(e: &Entity) -> u8 {
    match e.source.as_deref() {
        Some("geonames") => 3,
        Some(s) if s.starts_with("cldr") => 2,
        _ => match e.kind {
            EntityType::Person | EntityType::Organization => 0,
            EntityType::Location => 1,
        },
    }
}

fn is_generated(e: &Entity) -> bool {
    rank(e) >= 2
}

#[derive(Clone, Copy)]
struct Candidate {
    target: Target,
    rank: u8,
    /// The spelling had the article (it is stored without it).
    article: bool,
}

/// Spellings and surnames gathered from a run of entities.
#[derive(Default)]
struct Spellings {
    spellings: Vec<(Box<str>, Candidate)>,
    surnames: Vec<(String, u32)>,
    /// Scratch for [`variants::generate`].
    variants: Vec<String>,
}

impl Spellings {
    fn add(&mut self, index: u32, e: &Entity, common: &HashSet<String>, lexicon: &Lexicon) {
        let generated = is_generated(e);
        let foreign = variants::takes_foreign_variants(e);
        let forms = std::iter::once((&e.ar, false, false))
            .chain(e.aliases.iter().map(|a| (a, false, false)))
            .chain(e.ambiguous_aliases.iter().map(|a| (a, true, false)))
            .chain(e.demonyms.iter().map(|a| (a, false, true)));
        for (name, ambiguous, demonym) in forms {
            let norm = normalize(name);
            let ambiguous = ambiguous
                || (rank(e) >= 3 && common.contains(&norm))
                || (generated && lexicon.has(&norm, Lists::VOCABULARY))
                || norm.chars().filter(|c| !c.is_whitespace()).count() < 3;
            if e.kind == EntityType::Person && !demonym {
                if let Some(last) = norm.rsplit(' ').next() {
                    if last != norm && last.chars().count() >= 3 {
                        self.surnames.push((last.to_string(), index));
                    }
                }
            }
            self.variants.clear();
            variants::generate(&norm, foreign, &mut self.variants);
            for v in &self.variants {
                let (article, bare) = match v.strip_prefix("ال") {
                    Some(rest) if rest.chars().count() >= 2 => (true, rest),
                    _ => (false, v.as_str()),
                };
                let target = Target {
                    entity: index,
                    kind: e.kind,
                    ambiguous,
                    demonym,
                    weak: rank(e) >= 3,
                };
                let candidate = Candidate {
                    target,
                    rank: rank(e),
                    article,
                };
                self.spellings.push((bare.into(), candidate));
            }
        }
    }

    fn append(mut self, mut other: Spellings) -> Spellings {
        self.spellings.append(&mut other.spellings);
        self.surnames.append(&mut other.surnames);
        self
    }
}

impl Compiled {
    pub fn new(entities: Arc<Vec<Entity>>, ambiguities: &Ambiguities) -> Compiled {
        let common: HashSet<String> = ambiguities
            .common_words
            .iter()
            .map(|w| normalize(w))
            .collect();
        let prefer: HashMap<String, &str> = ambiguities
            .shared_aliases
            .iter()
            .filter_map(|s| Some((normalize(&s.alias), s.prefer.as_deref()?)))
            .collect();
        let lexicon = Lexicon::new();
        // Every spelling without its article, with what it means; sorted below so
        // that equal names meet and the trie gets its keys in order. Spread over the
        // cores: a generated base of a million entities has millions of spellings.
        let Spellings {
            mut spellings,
            surnames: surname_list,
            ..
        } = entities
            .par_iter()
            .enumerate()
            .with_min_len(4096)
            .fold(Spellings::default, |mut acc, (i, e)| {
                acc.add(i as u32, e, &common, &lexicon);
                acc
            })
            .reduce(Spellings::default, Spellings::append);
        let mut surnames: HashMap<String, u32> = HashMap::default();
        for (last, index) in surname_list {
            // The first person in the base with that surname.
            let entry = surnames.entry(last).or_insert(index);
            *entry = (*entry).min(index);
        }
        // Equal names in the base's order, so that the result never depends on the
        // sort.
        spellings
            .par_sort_unstable_by(|a, b| (&a.0, a.1.target.entity).cmp(&(&b.0, b.1.target.entity)));
        let mut patterns = Vec::with_capacity(spellings.len());
        let mut keys: Vec<(&str, u32)> = Vec::with_capacity(spellings.len());
        let mut bare = Vec::new();
        let mut with_article = Vec::new();
        for group in spellings.chunk_by(|a, b| a.0 == b.0) {
            let key: &str = &group[0].0;
            let Ok(value) = u32::try_from(patterns.len()) else {
                break;
            };
            if key.is_empty() {
                continue;
            }
            bare.clear();
            with_article.clear();
            for (_, c) in group {
                if c.article {
                    with_article.push(*c);
                } else {
                    bare.push(*c);
                }
            }
            // The listed preferences name a handful of shared aliases.
            let preferred = |article: bool| {
                if prefer.is_empty() {
                    return None;
                }
                let name = if article {
                    format!("ال{key}")
                } else {
                    key.to_string()
                };
                prefer.get(&name).copied()
            };
            keys.push((key, value));
            patterns.push(Pattern {
                bare: resolve(&bare, preferred(false), &entities),
                with_article: resolve(&with_article, preferred(true), &entities),
            });
        }
        // One trie per first character, built in parallel: the keys are sorted, so
        // each shard is a run of them.
        let runs: Vec<&[(&str, u32)]> = keys
            .chunk_by(|a, b| a.0.chars().next() == b.0.chars().next())
            .collect();
        let names: Vec<(char, Trie)> = runs
            .par_iter()
            .filter_map(|run| {
                let first = run.first()?.0.chars().next()?;
                Some((first, Trie::from_records(run.iter().copied()).ok()?))
            })
            .collect();
        drop(keys);
        drop(spellings);
        Compiled {
            names,
            patterns,
            entities,
            surnames,
            lexicon,
        }
    }

    /// The names `text[start..]` begins with, shortest first, as (end, meaning).
    pub fn prefixes<'c>(&'c self, text: &str, start: usize, out: &mut Vec<(usize, &'c Pattern)>) {
        out.clear();
        let Some(rest) = text.get(start..) else {
            return;
        };
        let Some(names) = self.shard(rest) else {
            return;
        };
        // The trie counts characters; hits come in increasing length, so one walk
        // over the character offsets turns them into byte offsets.
        let mut offsets = rest.char_indices().map(|(i, _)| i).chain([rest.len()]);
        let mut chars = 0;
        let mut byte = 0;
        for (value, end) in names.common_prefix_search(rest.chars()) {
            for offset in offsets.by_ref().take(end + 1 - chars) {
                byte = offset;
            }
            chars = end + 1;
            if let Some(p) = self.patterns.get(value as usize) {
                out.push((start + byte, p));
            }
        }
    }

    /// What exactly `name` (normalised, without the article) means.
    pub fn get(&self, name: &str) -> Option<&Pattern> {
        let value = self.shard(name)?.exact_match(name.chars())?;
        self.patterns.get(value as usize)
    }

    /// The trie of the names starting with `text`'s first character.
    fn shard(&self, text: &str) -> Option<&Trie> {
        let first = text.chars().next()?;
        let i = self.names.binary_search_by_key(&first, |(c, _)| *c).ok()?;
        Some(&self.names[i].1)
    }

    pub fn id(&self, entity: u32) -> Option<&str> {
        Some(self.entities.get(entity as usize)?.id.as_str())
    }
}

/// Pick one target among the entities sharing a name: names over demonyms, the
/// listed preference, then curated over generated entries; separately for plain
/// and for ambiguous (context-only) readings.
fn resolve(cands: &[Candidate], prefer: Option<&str>, entities: &[Entity]) -> Slot {
    // Demonyms only when the name is nothing else.
    let demonyms = !cands.iter().any(|c| !c.target.demonym);
    let pick = |ambiguous: bool| {
        let pool = || {
            cands
                .iter()
                .filter(move |c| c.target.demonym == demonyms && c.target.ambiguous == ambiguous)
        };
        prefer
            .and_then(|p| {
                pool().find(|c| {
                    entities
                        .get(c.target.entity as usize)
                        .is_some_and(|e| e.id == p)
                })
            })
            .or_else(|| pool().min_by_key(|c| (c.rank, c.target.entity)))
            .map(|c| c.target)
    };
    Slot {
        plain: pick(false),
        licensed: pick(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, ar: &str) -> Entity {
        crate::kb::parse_json(&format!(
            r#"{{"entities": [{{"id": "{id}", "type": "location", "ar": "{ar}"}}]}}"#
        ))
        .map(|mut list| list.remove(0))
        .unwrap_or_else(|e| panic!("test entity: {e:?}"))
    }

    #[test]
    fn every_name_a_position_starts_with_in_byte_offsets_shortest_first() {
        let base = vec![entity("a", "كوريا"), entity("b", "كوريا الشمالية")];
        let compiled = Compiled::new(Arc::new(base), &Ambiguities::default());
        let text = "في كوريا الشماليه اليوم";
        let start = text.find('ك').unwrap_or(0);
        let mut found = Vec::new();
        compiled.prefixes(text, start, &mut found);
        let ends: Vec<&str> = found.iter().map(|(end, _)| &text[start..*end]).collect();
        assert_eq!(ends, ["كوريا", "كوريا الشماليه"]);
        let entity_of = |p: &Pattern| p.bare.plain.map(|t| t.entity);
        assert_eq!(entity_of(found[1].1), Some(1));
        assert!(compiled.get("كوريا").is_some());
        assert!(compiled.get("كوري").is_none());
        found.clear();
        compiled.prefixes(text, 0, &mut found);
        assert!(found.is_empty());
        compiled.prefixes(text, text.len() + 5, &mut found);
        assert!(found.is_empty());
    }

    #[test]
    fn a_base_without_names_recognises_nothing() {
        let compiled = Compiled::new(Arc::default(), &Ambiguities::default());
        let mut found = Vec::new();
        compiled.prefixes("كوريا", 0, &mut found);
        assert!(found.is_empty());
        assert!(compiled.get("كوريا").is_none());
        assert_eq!(compiled.id(0), None);
    }
}
