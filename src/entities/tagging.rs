//! From the per-token table to spans: features, emissions and Viterbi over each
//! segment of the text. Training builds its sequences through the same steps
//! ([`sequences`]), so what the model learned from is what it later sees.

use std::ops::Range;

use super::consistency;
use super::features::{context_features, form_features, hashes, token_features, TokenHashes};
use super::lexicon::Lists;
use super::link::Span;
use super::table::Table;
use super::tagger::train::{LayerExample, Sequence};
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

/// The spans the model finds in the table's document.
pub(super) fn spans(model: &Model, table: &Table) -> Vec<Span> {
    let mut out = Vec::new();
    spans_of(&tags(model, table), 0, &mut out);
    out
}

/// Every token's tag: each segment decoded, then the second look at the
/// document (`consistency.rs`) decodes again the segments it changes.
pub(super) fn tags(model: &Model, table: &Table) -> Vec<Tag> {
    let h = hashes(table);
    let segments = segments(table);
    let first = first_pass(model, table, &h, &segments);
    let mut tags = first.tags;
    let layer = model.consistency();
    if layer.is_empty() {
        return tags;
    }
    let masks = masks(table, &h, model, &tags);
    let mut adjusted = Vec::new();
    let mut decoded = Vec::new();
    for segment in segments {
        if !looks_again(
            &masks[segment.clone()],
            &mut adjusted,
            &first.emissions[segment.clone()],
            layer,
        ) {
            continue;
        }
        model.decode(&adjusted, &mut decoded);
        if let Some(tags) = tags.get_mut(segment).filter(|t| t.len() == decoded.len()) {
            tags.copy_from_slice(&decoded);
        }
    }
    tags
}

/// The first pass over a document: every token's emission scores and tag.
struct FirstPass {
    emissions: Vec<[f32; TAGS]>,
    tags: Vec<Tag>,
}

fn first_pass(
    model: &Model,
    table: &Table,
    h: &[TokenHashes],
    segments: &[Range<usize>],
) -> FirstPass {
    let emissions = emissions(model, table, h);
    let mut tags = Vec::with_capacity(table.len());
    let mut decoded = Vec::new();
    for segment in segments {
        model.decode(&emissions[segment.clone()], &mut decoded);
        // Viterbi gives one tag a token; pad, so a tag is always a token's.
        decoded.resize(segment.len(), Tag::Outside);
        tags.extend_from_slice(&decoded);
    }
    FirstPass { emissions, tags }
}

/// Every token's emission scores. What a form alone decides is scored once per
/// distinct form of the document, the rest once per token; the sums are the
/// same as scoring [`token_features`] whole (training does that).
fn emissions(model: &Model, table: &Table, h: &[TokenHashes]) -> Vec<[f32; TAGS]> {
    let forms = table.doc.forms.of_tokens();
    let mut by_form: Vec<Option<[i32; TAGS]>> = vec![None; table.doc.forms.len()];
    let mut features = Vec::new();
    (0..table.len())
        .map(|i| {
            let mut form_sums = || {
                features.clear();
                form_features(table, h, i, &mut features);
                let mut sums = [0; TAGS];
                model.add_rows(&features, &mut sums);
                sums
            };
            let mut sums = match forms.get(i).and_then(|&f| by_form.get_mut(f as usize)) {
                Some(slot) => *slot.get_or_insert_with(form_sums),
                None => form_sums(),
            };
            features.clear();
            context_features(table, h, i, &mut features);
            model.add_rows(&features, &mut sums);
            model.scaled(sums)
        })
        .collect()
}

/// A segment's emissions with the layer's rows added, into `adjusted`; false
/// (nothing to look at again) when no token of it has a feature.
fn looks_again(
    masks: &[consistency::Mask],
    adjusted: &mut Vec<[f32; TAGS]>,
    emissions: &[[f32; TAGS]],
    layer: &consistency::Layer,
) -> bool {
    if masks.iter().all(|&m| m == 0) {
        return false;
    }
    adjusted.clear();
    for (&mask, e) in masks.iter().zip(emissions) {
        let mut e = *e;
        layer.add(mask, &mut e);
        adjusted.push(e);
    }
    true
}

/// The second look's mask of every token (see [`consistency::masks`]).
fn masks(table: &Table, h: &[TokenHashes], model: &Model, tags: &[Tag]) -> Vec<consistency::Mask> {
    consistency::masks(
        tags,
        |i| h[i].stem(),
        |i| takes_part(table, i) && !model.is_common(h[i].stem()),
    )
}

/// Does token `i` take part in the second look: a word of three letters or
/// more on none of the vocabulary lists (a title, a given name, a common word:
/// الملك، كثيرا lend and take nothing), not punctuation or a number?
fn takes_part(table: &Table, i: usize) -> bool {
    matches!(table.kind(i), Some(TokenKind::Arabic | TokenKind::Latin))
        && table.words[i].chars().nth(2).is_some()
        && !table.lists(i).any(Lists::VOCABULARY)
}

/// Each taking-part token's stem, for counting ordinary words in training.
pub(super) fn stems_of(table: &Table) -> Vec<Option<u64>> {
    hashes(table)
        .iter()
        .enumerate()
        .map(|(i, n)| takes_part(table, i).then(|| n.stem()))
        .collect()
}

/// What the second-look layer learns from in one document: the first pass of
/// `model` (trained on other text) over each segment where the layer has
/// something to add, with the gold tags.
pub(super) fn layer_examples(model: &Model, table: &Table, gold: &[Tag]) -> Vec<LayerExample> {
    let h = hashes(table);
    let segments = segments(table);
    let first = first_pass(model, table, &h, &segments);
    let masks = masks(table, &h, model, &first.tags);
    segments
        .into_iter()
        .filter(|s| masks[s.clone()].iter().any(|&m| m != 0))
        .map(|s| LayerExample {
            emissions: first.emissions[s.clone()].to_vec(),
            masks: masks[s.clone()].to_vec(),
            gold: segment_gold(gold, s),
        })
        .collect()
}

/// The gold tags of a segment; a segment cut inside a name starts it again
/// (Viterbi begins there).
fn segment_gold(gold: &[Tag], segment: Range<usize>) -> Vec<Tag> {
    segment
        .enumerate()
        .map(
            |(k, i)| match (gold.get(i).copied().unwrap_or(Tag::Outside), k) {
                (Tag::Inside(c), 0) => Tag::Begin(c),
                (tag, _) => tag,
            },
        )
        .collect()
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
        for i in segment.clone() {
            features.clear();
            let identity = token_features(table, &h, i, &mut features);
            seq.features.extend_from_slice(&features);
            seq.ends.push(seq.features.len() as u32);
            seq.identity.push(identity.min(u8::MAX as usize) as u8);
        }
        seq.gold = segment_gold(gold, segment);
        out.push(seq);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{embedded_model, Recognizer};
    use crate::kb::KnowledgeBase;
    use crate::text::Document;

    /// Inference scores a form's own features once per document; the sums must be
    /// those of the whole feature list training sees, token by token.
    #[test]
    fn form_and_context_parts_score_as_the_whole_features() {
        let kb = KnowledgeBase::embedded();
        let recognizer = Recognizer::new(&kb);
        let model = embedded_model().expect("the embedded model loads");
        let text = "قال الرئيس محمد عبدالله إن الرئيس سيزور «القاهرة» غداً، وقال محمد \
                    وأحمد إن وزارة الخارجية المصرية رحبت. 🙂 وقال عبدالله: نعم.";
        let doc = Document::new(text);
        let table = Table::new(recognizer.compiled(), &doc);
        let h = hashes(&table);
        let split = emissions(model, &table, &h);
        let mut features = Vec::new();
        let mut repeated_forms = 0;
        for (i, scores) in split.iter().enumerate() {
            features.clear();
            token_features(&table, &h, i, &mut features);
            let mut whole = [0.0; TAGS];
            model.emissions(&features, &mut whole);
            assert_eq!(*scores, whole, "token {i} ({})", table.words[i]);
            repeated_forms += usize::from(table.words[..i].contains(&table.words[i]));
        }
        assert!(
            repeated_forms >= 4,
            "the text repeats forms, so the cache is used"
        );
    }
}
