//! The knowledge base compiled for matching: every name and its generated spellings,
//! without the article, in one character-wise double-array trie (the `crawdad`
//! crate) that maps the name to what it means.
//!
//! The recogniser asks one question of it: which names does the text at this
//! position start with? Walking the trie from a token's start answers it with one
//! array lookup per character whatever the size of the base (most positions fail on
//! the first letters), and a million names build in seconds into a few hundred
//! bytes per name (see benches/README.md, "KB scale").

use std::sync::{Arc, Mutex};

use crawdad::Trie;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{Lexicon, Lists};
use super::offices::Offices;
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
    /// Written by hand (curated or a user's file), not generated.
    pub curated: bool,
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
    pub lexicon: Lexicon,
    /// Dated roles and generic names, for titles and bodies named in context.
    pub offices: Offices,
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

/// Spellings gathered from a run of entities.
#[derive(Default)]
struct Spellings {
    spellings: Vec<(Box<str>, Candidate)>,
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
                    curated: !generated,
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
        // Every spelling without its article, with what it means, sorted so that
        // equal names meet (in the base's order) and the tries get their keys in
        // order. A generated base of a million entities has millions of spellings:
        // each thread gathers and sorts a range of entities, and one stable sort
        // merges the sorted runs.
        let threads = threads_for(entities.len());
        let ranges: Vec<std::ops::Range<usize>> = (0..threads)
            .map(|t| entities.len() * t / threads..entities.len() * (t + 1) / threads)
            .collect();
        let parts = in_parallel(ranges, |range| {
            let mut part = Spellings::default();
            for i in range {
                if let Some(e) = entities.get(i) {
                    part.add(i as u32, e, &common, &lexicon);
                }
            }
            part.spellings.sort_unstable_by(by_name);
            part
        });
        let mut spellings = Vec::new();
        for part in parts {
            spellings.extend(part.spellings);
        }
        spellings.sort_by(by_name);
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
        // One trie per first character: the keys are sorted, so each is a run of
        // them; the threads take every n-th run.
        let runs: Vec<&[(&str, u32)]> = keys
            .chunk_by(|a, b| a.0.chars().next() == b.0.chars().next())
            .collect();
        let shares: Vec<Vec<&[(&str, u32)]>> = (0..threads)
            .map(|t| runs.iter().skip(t).step_by(threads).copied().collect())
            .collect();
        let mut names: Vec<(char, Trie)> = in_parallel(shares, |share| {
            share
                .into_iter()
                .filter_map(|run| {
                    let first = run.first()?.0.chars().next()?;
                    Some((first, Trie::from_records(run.iter().copied()).ok()?))
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .flatten()
        .collect();
        names.sort_unstable_by_key(|(first, _)| *first);
        drop(keys);
        drop(spellings);
        let offices = Offices::new(&entities);
        Compiled {
            names,
            patterns,
            entities,
            lexicon,
            offices,
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

    pub fn kind(&self, entity: u32) -> Option<EntityType> {
        Some(self.entities.get(entity as usize)?.kind)
    }

    /// The id of the country an entity belongs to.
    pub fn country(&self, entity: u32) -> Option<&str> {
        self.entities.get(entity as usize)?.country.as_deref()
    }
}

/// Spellings by name, then by entity (the base's order).
fn by_name(a: &(Box<str>, Candidate), b: &(Box<str>, Candidate)) -> std::cmp::Ordering {
    (&a.0, a.1.target.entity).cmp(&(&b.0, b.1.target.entity))
}

/// How many threads build a base of `entities`: one for the embedded base (tens of
/// milliseconds), up to the machine's cores for large ones.
fn threads_for(entities: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (entities / 100_000).clamp(1, cores.min(8))
}

/// `work` on every part, each in its own thread, results in the parts' order.
///
/// Plain scoped threads, not rayon: the recogniser is built while rayon's pool may
/// be waiting for it (`isnad check` analyses files on the pool, and every analysis
/// waits for the build), so a build that needed the pool would deadlock. A part
/// whose thread cannot start runs on the calling thread.
fn in_parallel<T: Send, R: Send>(parts: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    if parts.len() <= 1 {
        return parts.into_iter().map(&work).collect();
    }
    let slots: Vec<Mutex<Option<T>>> = parts.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let take = |slot: &Mutex<Option<T>>| slot.lock().ok().and_then(|mut p| p.take());
    let work = &work;
    let mut results: Vec<Option<R>> = std::thread::scope(|scope| {
        let running: Vec<_> = slots
            .iter()
            .map(|slot| {
                std::thread::Builder::new()
                    .spawn_scoped(scope, move || take(slot).map(work))
                    .ok()
            })
            .collect();
        running
            .into_iter()
            .map(|thread| thread.and_then(|t| t.join().ok()).flatten())
            .collect()
    });
    // A part whose thread could not start is still in its slot.
    for (result, slot) in results.iter_mut().zip(&slots) {
        if result.is_none() {
            *result = take(slot).map(work);
        }
    }
    results.into_iter().flatten().collect()
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
    fn parts_run_in_parallel_and_come_back_in_order() {
        let out = in_parallel((0..5).collect(), |x: i32| x * 10);
        assert_eq!(out, [0, 10, 20, 30, 40]);
        assert_eq!(in_parallel(vec![7], |x: i32| x + 1), [8]);
        assert!(in_parallel(Vec::<i32>::new(), |x| x).is_empty());
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
