//! From the per-token table to spans: features, emissions and Viterbi over each
//! segment of the text. Training builds its sequences through the same steps
//! ([`sequences`]), so what the model learned from is what it later sees.

use std::ops::Range;

use super::features::{hashes, token_features, TokenHashes};
use super::link::Span;
use super::table::Table;
use super::tagger::train::Sequence;
use super::tagger::{Model, Tag, TAGS};
use crate::text::tokens::TokenKind;

/// The longest run of tokens decoded as one sequence: a text with no sentence
/// end (a 10 MB line) is cut there, so memory stays bounded per segment.
const MAX_SEGMENT: usize = 200;

/// Token ranges decoded one at a time: sentences, cut at `. ؟ !` and at line
/// breaks, and at [`MAX_SEGMENT`] tokens.
pub(super) fn segments(table: &Table) -> Vec<Range<usize>> {
    let tokens = &table.doc.tokens;
    let text = table.doc.text;
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let line_break = i + 1 < tokens.len()
            && text
                .get(tokens[i].range.end..tokens[i + 1].range.start)
                .is_some_and(|gap| gap.contains(['\n', '\r']));
        let end =
            tokens[i].kind == TokenKind::Punct && matches!(table.words[i], "." | "؟" | "?" | "!");
        if line_break || end || i + 1 - start >= MAX_SEGMENT {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Reusable buffers for tagging one document.
#[derive(Default)]
struct Scratch {
    features: Vec<u32>,
    emissions: Vec<[f32; TAGS]>,
    tags: Vec<Tag>,
}

/// The spans the model finds in the table's document.
pub(super) fn spans(model: &Model, table: &Table) -> Vec<Span> {
    let h = hashes(table);
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    for segment in segments(table) {
        tag_segment(model, table, &h, segment.clone(), &mut scratch);
        spans_of(&scratch.tags, segment.start, &mut out);
    }
    out
}

/// Every token's tag (for reading the model; [`spans`] is what recognition uses).
pub(super) fn tags(model: &Model, table: &Table) -> Vec<Tag> {
    let h = hashes(table);
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    for segment in segments(table) {
        tag_segment(model, table, &h, segment, &mut scratch);
        out.extend_from_slice(&scratch.tags);
    }
    out
}

fn tag_segment(
    model: &Model,
    table: &Table,
    h: &[TokenHashes],
    segment: Range<usize>,
    s: &mut Scratch,
) {
    s.emissions.clear();
    for i in segment {
        s.features.clear();
        token_features(table, h, i, &mut s.features);
        let mut e = [0.0; TAGS];
        model.emissions(&s.features, &mut e);
        s.emissions.push(e);
    }
    model.decode(&s.emissions, &mut s.tags);
}

/// B/I runs of a reported type as spans; MISC is learned, never reported.
fn spans_of(tags: &[Tag], offset: usize, out: &mut Vec<Span>) {
    let mut i = 0;
    while i < tags.len() {
        let Tag::Begin(class) = tags[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && tags[j] == Tag::Inside(class) {
            j += 1;
        }
        if let Some(kind) = class.entity_type() {
            out.push(Span {
                tokens: offset + i..offset + j,
                kind,
            });
        }
        i = j;
    }
}

/// Training sequences for a document whose tokens' gold tags are known: `gold`
/// gives each token's tag (by its index).
pub(super) fn sequences(table: &Table, gold: &[Tag]) -> Vec<Sequence> {
    let h = hashes(table);
    let mut out = Vec::new();
    let mut features = Vec::new();
    for segment in segments(table) {
        let mut seq = Sequence::default();
        for i in segment {
            features.clear();
            let identity = token_features(table, &h, i, &mut features);
            seq.features.extend_from_slice(&features);
            seq.ends.push(seq.features.len() as u32);
            seq.identity.push(identity.min(u8::MAX as usize) as u8);
            let tag = gold.get(i).copied().unwrap_or(Tag::Outside);
            // A segment cut inside a name starts it again: Viterbi begins there.
            let tag = match (tag, seq.gold.is_empty()) {
                (Tag::Inside(c), true) => Tag::Begin(c),
                _ => tag,
            };
            seq.gold.push(tag);
        }
        out.push(seq);
    }
    out
}
