//! Training the tagger with its second look at the document.
//!
//! The first pass is trained on every document, as before. The second-look layer
//! (`consistency.rs`) must learn from first-pass tags as they are on text the
//! first pass has never seen, so the documents are cut into [`CROSS_FIT`]
//! contiguous parts and each part is tagged by a first pass trained on the
//! others. Deterministic: the same documents and options give the same file.

use super::consistency::Layer;
use super::table::Table;
use super::tagger::train::{train, train_layer, LayerExample, Options, Sequence};
use super::tagger::{Model, Tag};
use super::tagging;
use super::Recognizer;
use crate::text::Document;

/// How many parts the documents are cut into for the layer's training text.
const CROSS_FIT: usize = 5;

impl Recognizer {
    /// Train a model on documents whose tokens' gold tags are known (one tag per
    /// token of each document): the model file's bytes.
    pub fn train(&self, docs: &[(&Document, &[Tag])], options: Options) -> Vec<u8> {
        let tables: Vec<Table> = docs
            .iter()
            .map(|(doc, _)| Table::new(self.compiled(), doc))
            .collect();
        let sequences: Vec<Vec<Sequence>> = tables
            .iter()
            .zip(docs)
            .map(|(table, (_, gold))| tagging::sequences(table, gold))
            .collect();
        let all: Vec<Sequence> = sequences.iter().flatten().cloned().collect();
        let first = train(&all, options);
        if docs.len() < CROSS_FIT {
            return first;
        }
        let common = common_stems(&tables);
        let parts = cross_fit(&tables, docs, &sequences, &common, options);
        let groups: Vec<(&Model, &[LayerExample])> =
            parts.iter().map(|(m, e)| (m, e.as_slice())).collect();
        let layer = train_layer(&groups, options);
        Model::replace_consistency(&first, &layer, &common).unwrap_or(first)
    }
}

/// The share of the training documents a stem must occur in to count as an
/// ordinary word (الله، الأمر، كثيرا, but also a verb a name once ran into):
/// the second look neither lends nor gives it a reading. Counting documents,
/// not labels, keeps surnames out: one article names its subject many times,
/// few articles name the same one. (Cross-validated: 3%, 5% and 10% score the
/// same within 0.001; on unlabelled news 5% stops «عبد الله» from making a
/// person of every الله.)
const COMMON_SHARE: f64 = 0.05;

/// The stems found in at least [`COMMON_SHARE`] of the documents.
fn common_stems(tables: &[Table]) -> Vec<u64> {
    let least = ((tables.len() as f64 * COMMON_SHARE).ceil() as usize).max(2);
    let mut documents: rustc_hash::FxHashMap<u64, usize> = Default::default();
    for table in tables {
        let mut stems: Vec<u64> = tagging::stems_of(table).into_iter().flatten().collect();
        stems.sort_unstable();
        stems.dedup();
        for stem in stems {
            *documents.entry(stem).or_default() += 1;
        }
    }
    let mut common: Vec<u64> = documents
        .into_iter()
        .filter(|&(_, n)| n >= least)
        .map(|(stem, _)| stem)
        .collect();
    common.sort_unstable();
    common
}

/// For each part of the documents, a first pass trained on the others and the
/// layer's examples it gives on that part.
fn cross_fit(
    tables: &[Table],
    docs: &[(&Document, &[Tag])],
    sequences: &[Vec<Sequence>],
    common: &[u64],
    options: Options,
) -> Vec<(Model, Vec<LayerExample>)> {
    let per = docs.len().div_ceil(CROSS_FIT);
    (0..CROSS_FIT)
        .filter_map(|part| {
            let held = part * per..((part + 1) * per).min(docs.len());
            let others: Vec<Sequence> = sequences
                .iter()
                .enumerate()
                .filter(|(d, _)| !held.contains(d))
                .flat_map(|(_, s)| s.iter().cloned())
                .collect();
            let first = train(&others, options);
            let first = Model::replace_consistency(&first, &Layer::zero(), common).ok()?;
            let model = Model::from_bytes(&first).ok()?;
            let examples = held
                .flat_map(|d| tagging::layer_examples(&model, &tables[d], docs[d].1))
                .collect();
            Some((model, examples))
        })
        .collect()
}
