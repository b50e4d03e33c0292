//! The country a passage is about, for a generic name (مجلس الوزراء، وزارة
//! الداخلية) or a title without a country (رئيس الوزراء). Four rules, in order:
//!
//! 1. the country named in the same sentence (a country, a place of it, or its
//!    demonym): one country -> that one; two or more -> none (the sentence does
//!    not say which);
//! 2. else the nearest one named before it in the same paragraph;
//! 3. else the dateline's place (an article opening «الرياض - …» or «بيروت (…)»);
//! 4. else none: the name stays unlinked.

use std::ops::Range;

use super::offices::Offices;
use super::table::Table;
use crate::text::tokens::TokenKind;

/// Punctuation that ends a dateline's place.
const DATELINE_MARKS: [&str; 7] = ["-", "–", "—", ":", "(", "،", ","];

pub(super) struct Passages<'t> {
    table: &'t Table<'t>,
    /// (original byte offset, country) of every country reference, in text order.
    refs: Vec<(usize, u32)>,
    dateline: Option<u32>,
}

impl<'t> Passages<'t> {
    /// `places`: the places linking found (original byte range, entity).
    pub fn new(
        offices: &Offices,
        table: &'t Table<'t>,
        places: &[(Range<usize>, u32)],
    ) -> Passages<'t> {
        let mut refs: Vec<(usize, u32)> = places
            .iter()
            .filter_map(|(r, e)| Some((r.start, offices.country(*e)?)))
            .collect();
        refs.extend(demonyms(offices, table));
        refs.sort_unstable();
        Passages {
            table,
            refs,
            dateline: dateline_place(offices, table, places),
        }
    }

    /// The country of the passage at an original byte offset, by the module's rules.
    pub fn country_at(&self, offset: usize) -> Option<u32> {
        let seg = &self.table.doc.segmentation;
        let sentence = seg.sentence_at(offset).map(|i| &seg.sentences[i].range);
        if let Some(sentence) = sentence {
            match self.countries_in(sentence.clone()).as_slice() {
                [one] => return Some(*one),
                [] => {}
                _ => return None,
            }
        }
        let before = sentence.map_or(offset, |s| s.start);
        self.nearest_in_paragraph(offset, before).or(self.dateline)
    }

    /// The distinct countries referred to in a byte range.
    fn countries_in(&self, range: Range<usize>) -> Vec<u32> {
        let first = self.refs.partition_point(|(o, _)| *o < range.start);
        let mut found: Vec<u32> = self.refs[first..]
            .iter()
            .take_while(|(o, _)| *o < range.end)
            .map(|(_, c)| *c)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The last country referred to before `before` in the paragraph of `offset`.
    fn nearest_in_paragraph(&self, offset: usize, before: usize) -> Option<u32> {
        let paragraphs = &self.table.doc.segmentation.paragraphs;
        let i = paragraphs.partition_point(|p| p.end <= offset);
        let paragraph = paragraphs.get(i).filter(|p| p.start <= offset)?;
        let end = self.refs.partition_point(|(o, _)| *o < before);
        self.refs[..end]
            .last()
            .filter(|(o, _)| *o >= paragraph.start)
            .map(|(_, c)| *c)
    }
}

/// Nisba adjectives (السعودي، العراقية) as references to their country.
fn demonyms<'a>(
    offices: &'a Offices,
    table: &'a Table<'a>,
) -> impl Iterator<Item = (usize, u32)> + 'a {
    let tokens = &table.doc.tokens;
    table
        .demonym
        .iter()
        .enumerate()
        .filter_map(move |(i, d)| Some((tokens[i].range.start, offices.country((*d)?)?)))
}

/// The place an article opens with when punctuation follows it: «الرياض - …».
fn dateline_place(offices: &Offices, table: &Table, places: &[(Range<usize>, u32)]) -> Option<u32> {
    let tokens = &table.doc.tokens;
    let first = tokens.iter().position(|t| t.kind == TokenKind::Arabic)?;
    let (range, entity) = places.first()?;
    if !tokens[first].range.contains(&range.start) {
        return None;
    }
    let next = tokens.iter().find(|t| t.range.start >= range.end)?;
    let mark = table.doc.text.get(next.range.clone())?;
    let punct = next.kind == TokenKind::Punct && DATELINE_MARKS.contains(&mark);
    punct.then(|| offices.country(*entity)).flatten()
}
