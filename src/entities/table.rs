//! The per-token table of one document: each token's normalised form, its clitic
//! readings with the word lists they are on, and the knowledge-base names that
//! start, go on or end there. Built once per document; the tagger's features and
//! the linker read it, nothing recomputes it.

use std::ops::Range;

use super::compiled::{Compiled, Target};
use super::lexicon::{Lists, Readings};
use crate::kb::EntityType;
use crate::text::tokens::TokenKind;
use crate::text::{Document, FormId};

/// How far (in tokens, either way) a country's name still makes its places
/// likely: a long article (the seed article names South Korea 576 tokens after
/// «سيول»), so that a file of many articles mostly reads each on its own.
const COUNTRY_REACH: u32 = 1000;

/// A knowledge-base name found in the text: a candidate, not a decision. The
/// tagger reads it as a feature; the linker gives its id to a span of the same
/// extent and type.
#[derive(Debug, Clone)]
pub(super) struct KbName {
    /// Token indices, end exclusive (clitics in the first token included).
    pub tokens: Range<usize>,
    /// Normalised byte range of the name itself (clitics and head words excluded).
    pub norm: Range<usize>,
    pub target: Target,
    /// The name is also a common word and the context does not say otherwise.
    pub unlicensed: bool,
    /// A place of a country the document names (by name or nisba) nearby:
    /// «سيول» in an article that names Korea is the city, not floods.
    pub country_named: bool,
}

/// Where a token stands in a knowledge-base name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Single,
    Begin,
    Inside,
    End,
}

/// What the base says of one token, for the features.
#[derive(Debug, Clone, Copy)]
pub(super) struct KbMark {
    pub place: Place,
    pub kind: EntityType,
    /// Generated (GeoNames, CLDR) rather than curated.
    pub generated: bool,
    /// A name that is also a word, met where the context does not license it.
    pub unlicensed: bool,
    /// See [`KbName::country_named`].
    pub country_named: bool,
}

pub(super) struct Table<'d> {
    pub doc: &'d Document<'d>,
    /// Normalised token forms.
    pub words: Vec<&'d str>,
    /// Each token's clitic readings and the lists they are on.
    pub readings: Vec<Readings>,
    /// The knowledge-base names, in text order, none overlapping.
    pub names: Vec<KbName>,
    /// token -> the name covering it, as an index into `names`.
    pub name_at: Vec<Option<u32>>,
    /// token -> the country (or entity) a nisba adjective there points at.
    pub demonym: Vec<Option<u32>>,
}

impl<'d> Table<'d> {
    pub fn new(rec: &Compiled, doc: &'d Document<'d>) -> Table<'d> {
        let norm = doc.normalized.as_str();
        let words: Vec<&str> = doc
            .tokens
            .iter()
            .map(|t| norm.get(t.norm.clone()).unwrap_or(""))
            .collect();
        let readings = read_forms(rec, doc);
        let n = doc.tokens.len();
        let mut table = Table {
            doc,
            words,
            readings,
            names: Vec::new(),
            name_at: vec![None; n],
            demonym: vec![None; n],
        };
        table.find_names(rec);
        table.mark_named_countries(rec);
        table
    }

    /// Which places belong to a country the document names within
    /// [`COUNTRY_REACH`] tokens.
    fn mark_named_countries(&mut self, rec: &Compiled) {
        // country id -> the token positions naming it, in text order.
        let mut named: rustc_hash::FxHashMap<&str, Vec<u32>> = Default::default();
        let countries = self
            .names
            .iter()
            .filter(|n| n.target.kind == EntityType::Location)
            .map(|n| (n.tokens.start, n.target.entity))
            .chain(
                self.demonym
                    .iter()
                    .enumerate()
                    .filter_map(|(i, d)| Some((i, (*d)?))),
            );
        for (at, entity) in countries {
            if let Some(id) = rec.id(entity).filter(|id| id.starts_with("country-")) {
                named.entry(id).or_default().push(at as u32);
            }
        }
        if named.is_empty() {
            return;
        }
        for at in named.values_mut() {
            at.sort_unstable();
        }
        for name in &mut self.names {
            let i = name.tokens.start as u32;
            let (from, to) = (i.saturating_sub(COUNTRY_REACH), i + COUNTRY_REACH);
            name.country_named = name.target.kind == EntityType::Location
                && rec
                    .country(name.target.entity)
                    .and_then(|c| named.get(c))
                    .is_some_and(|at| {
                        at.get(at.partition_point(|&p| p < from))
                            .is_some_and(|&p| p <= to)
                    });
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    /// The token as a lexicon word: unsplit or after و ف ب ل ك; the clitics' length.
    pub fn reads_as(&self, i: usize, list: Lists) -> Option<usize> {
        self.readings.get(i)?.first(list)
    }

    /// Every list any reading of token `i` is on.
    pub fn lists(&self, i: usize) -> Lists {
        self.readings.get(i).map_or(Lists::default(), |r| {
            r.iter().fold(r.whole, |acc, reading| acc | reading.lists)
        })
    }

    pub fn mark(&self, i: usize) -> Option<KbMark> {
        let name = &self.names[self.name_at.get(i).copied().flatten()? as usize];
        let place = match (i == name.tokens.start, i + 1 == name.tokens.end) {
            (true, true) => Place::Single,
            (true, false) => Place::Begin,
            (false, true) => Place::End,
            (false, false) => Place::Inside,
        };
        Some(KbMark {
            place,
            kind: name.target.kind,
            generated: name.target.weak,
            unlicensed: name.unlicensed,
            country_named: name.country_named,
        })
    }

    /// The knowledge-base names, longest first at each token, whole tokens only,
    /// after every clitic reading (و ف ب ل ك ال لل).
    fn find_names(&mut self, rec: &Compiled) {
        let norm = self.doc.normalized.as_str();
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.len() {
            if self.kind(i) != Some(TokenKind::Arabic) {
                i += 1;
                continue;
            }
            i = match self.name_at_token(rec, norm, i, &mut found) {
                Some(last) => last + 1,
                None => i + 1,
            };
        }
    }

    /// The longest name starting at token `i` (under one of its readings); records
    /// it and returns its last token.
    fn name_at_token<'c>(
        &mut self,
        rec: &'c Compiled,
        norm: &str,
        i: usize,
        found: &mut Vec<(usize, &'c super::compiled::Pattern)>,
    ) -> Option<usize> {
        let token = &self.doc.tokens[i];
        let readings = self.readings[i];
        for split in readings.iter() {
            let start = token.norm.start + usize::from(split.stem_start);
            rec.prefixes(norm, start, found);
            for &(end, pattern) in found.iter().rev() {
                let Some(last) = self.token_ending_at(end) else {
                    continue;
                };
                let slot = pattern.slot(split.article);
                let (target, unlicensed) = match (slot.plain, slot.licensed) {
                    (_, Some(l)) if self.licensed(i, l.kind) => (l, false),
                    (Some(p), _) => (p, false),
                    (None, Some(l)) => (l, true),
                    (None, None) => continue,
                };
                // A word of the lexicon as written (وكالات) is that word, not a
                // clitic before a generated place name (و + كالات).
                if target.weak && split.prefix > 0 && readings.whole.any(Lists::VOCABULARY) {
                    continue;
                }
                let name_start = token.norm.start + usize::from(split.prefix);
                if target.demonym {
                    for t in i..=last {
                        self.demonym[t] = Some(target.entity);
                    }
                    return Some(last);
                }
                self.push_name(KbName {
                    tokens: i..last + 1,
                    norm: name_start..end,
                    target,
                    unlicensed,
                    country_named: false,
                });
                return Some(last);
            }
        }
        None
    }

    /// The token whose normalised form ends at byte `end`, if one does (tokens are
    /// in text order: a binary search).
    fn token_ending_at(&self, end: usize) -> Option<usize> {
        self.doc
            .tokens
            .binary_search_by_key(&end, |t| t.norm.end)
            .ok()
    }

    fn push_name(&mut self, name: KbName) {
        let index = self.names.len() as u32;
        for t in name.tokens.clone() {
            self.name_at[t] = Some(index);
        }
        self.names.push(name);
    }

    /// Does the context make an ambiguous name at token `i` an entity? `المصدر: X`,
    /// a quote mark before a title, a context cue (صحيفة X، مدينة X) or, for
    /// people, a title.
    fn licensed(&self, i: usize, kind: EntityType) -> bool {
        let word = |j: usize| self.words.get(j).copied().unwrap_or("");
        if i >= 2 && word(i - 1) == ":" && super::reads_word(word(i - 2), "المصدر") {
            return true;
        }
        if i == 0 {
            return false;
        }
        if kind == EntityType::Organization && word(i - 1) == "«" {
            return true;
        }
        let set = match kind {
            EntityType::Person => Lists::TITLES,
            _ => Lists::CUES,
        };
        self.reads_as(i - 1, set).is_some()
    }
}

/// Each token's readings and their lists: every distinct form is looked up once.
fn read_forms(rec: &Compiled, doc: &Document) -> Vec<Readings> {
    let norm = doc.normalized.as_str();
    let forms = &doc.forms;
    let by_form: Vec<Readings> = (0..forms.len() as FormId)
        .map(|f| {
            rec.lexicon
                .read_form(forms.text(norm, f), &forms.readings(f))
        })
        .collect();
    forms
        .of_tokens()
        .iter()
        .map(|&f| by_form.get(f as usize).copied().unwrap_or_default())
        .collect()
}
