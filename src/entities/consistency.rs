//! The tagger's second look at a document: what it read the same word as
//! elsewhere in the article.
//!
//! A name is written in full once and then by its surname alone («نجيب محفوظ» …
//! «وقال محفوظ»); one sentence alone often cannot tell the surname from a word.
//! After the first pass, each token learns where the other occurrences of its
//! stem within [`REACH`] tokens stood in a person's name of two words or more
//! (first, inside, last). A small learned layer, [`FEATURES`] rows of one weight
//! per tag, adds those readings to the token's emission scores, and the
//! sentences where anything was added are decoded again. The tagger still
//! decides: the layer is weights, not a rule that makes a name of a word.
//!
//! The layer is trained on first-pass tags of text the first pass was not
//! trained on (cross-fitting, `training.rs`), so it learns how far a
//! first-pass reading can be trusted on unseen text, not on remembered text.
//! Guards against spreading a mistake: a one-word person lends nothing, and
//! titles, given names, listed common words and the stems the model found in
//! many training documents (`Model::is_common`) neither lend nor take.

use std::ops::Range;

use super::tagger::{Class, Tag, TAGS};

/// How far (in tokens, either way) another occurrence still counts: about an
/// article, so that a long file of many articles reads each on its own.
pub const REACH: u32 = 400;

/// One feature per place a word can have in a person's name of two words or
/// more elsewhere: first, inside, last. A one-word person lends nothing: the
/// first pass's mistakes are mostly single words (a common word read as a
/// name), and a second look must not spread them. Only people: places and organisations are written
/// the same way each time and the base knows most of them, while a person is
/// named in full once and by one word after (measured: features for the other
/// types too moved LOC and ORG down by as much as they moved PERS up).
pub const FEATURES: usize = 3;

/// The features one token has, one bit each.
pub type Mask = u32;

/// The learned layer: `FEATURES * TAGS` weights, row by row.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    weights: Vec<f32>,
}

impl Layer {
    pub const LEN: usize = FEATURES * TAGS;

    /// A layer from its weights; `None` unless there are exactly [`Layer::LEN`]
    /// finite ones.
    pub fn new(weights: Vec<f32>) -> Option<Layer> {
        (weights.len() == Self::LEN && weights.iter().all(|w| w.is_finite()))
            .then_some(Layer { weights })
    }

    /// A layer that adds nothing.
    pub fn zero() -> Layer {
        Layer {
            weights: vec![0.0; Self::LEN],
        }
    }

    pub fn weights(&self) -> &[f32] {
        &self.weights
    }

    /// Does the layer change anything at all (a model trained without it)?
    pub fn is_empty(&self) -> bool {
        self.weights.iter().all(|&w| w == 0.0)
    }

    /// Add the rows of `mask`'s features to one token's emission scores.
    pub fn add(&self, mask: Mask, emissions: &mut [f32; TAGS]) {
        let mut bits = mask;
        while bits != 0 {
            let f = bits.trailing_zeros() as usize;
            if let Some(row) = self.weights.get(f * TAGS..(f + 1) * TAGS) {
                for (e, w) in emissions.iter_mut().zip(row) {
                    *e += w;
                }
            }
            bits &= bits - 1;
        }
    }
}

/// The feature a token's first-pass tag gives its stem's other occurrences:
/// where it stands in a person's name of two words or more, from its tag and
/// the next one.
fn reading(tag: Tag, next: Option<Tag>) -> Option<u8> {
    let continues = next == Some(Tag::Inside(Class::Person));
    match tag {
        Tag::Begin(Class::Person) if continues => Some(0),
        Tag::Inside(Class::Person) if continues => Some(1),
        Tag::Inside(Class::Person) => Some(2),
        _ => None,
    }
}

/// Each token's mask: where the other occurrences of its stem within [`REACH`]
/// stood in a person's name. `stem(i)` is token `i`'s stem hash; a token that
/// is not `eligible` (punctuation, a number, an ordinary word) takes no part.
/// Only stems tagged as a person somewhere get features; the rest of the
/// document is left as the first pass read it. Eligibility is asked only of
/// the few tokens that could lend or take a reading.
pub fn masks(
    tags: &[Tag],
    stem: impl Fn(usize) -> u64,
    eligible: impl Fn(usize) -> bool,
) -> Vec<Mask> {
    let n = tags.len();
    // stem -> (feature, sorted positions) for every reading it has.
    let mut seen: rustc_hash::FxHashMap<u64, Vec<(u8, Vec<u32>)>> = Default::default();
    let mut filter = [0u64; 16];
    for i in 0..n {
        let Some(f) = reading(tags[i], tags.get(i + 1).copied()) else {
            continue;
        };
        if !eligible(i) {
            continue;
        }
        let s = stem(i);
        filter[(s % 1024 / 64) as usize] |= 1 << (s % 64);
        let by_reading = seen.entry(s).or_default();
        match by_reading.iter_mut().find(|(g, _)| *g == f) {
            Some((_, at)) => at.push(i as u32),
            None => by_reading.push((f, vec![i as u32])),
        }
    }
    let mut masks = vec![0; n];
    if seen.is_empty() {
        return masks;
    }
    for (i, mask) in masks.iter_mut().enumerate() {
        let s = stem(i);
        if filter[(s % 1024 / 64) as usize] & 1 << (s % 64) == 0 {
            continue;
        }
        if let Some(by_reading) = seen.get(&s).filter(|_| eligible(i)) {
            *mask = mask_at(i as u32, by_reading);
        }
    }
    masks
}

/// The readings of a stem that occur within reach of `i`, at another position.
fn mask_at(i: u32, by_reading: &[(u8, Vec<u32>)]) -> Mask {
    let window = i.saturating_sub(REACH)..i.saturating_add(REACH + 1);
    by_reading
        .iter()
        .filter(|(_, at)| occurs_besides(at, i, &window))
        .fold(0, |mask, (f, _)| mask | 1 << f)
}

/// Is there a position in `at` (sorted) inside `window` other than `i`?
fn occurs_besides(at: &[u32], i: u32, window: &Range<u32>) -> bool {
    let first = at.partition_point(|&p| p < window.start);
    at[first..]
        .iter()
        .take_while(|&&p| p < window.end)
        .any(|&p| p != i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const B: Tag = Tag::Begin(Class::Person);
    const I: Tag = Tag::Inside(Class::Person);
    const O: Tag = Tag::Outside;

    /// `None`: a token that takes no part.
    fn masks(stems: &[Option<u64>], tags: &[Tag]) -> Vec<Mask> {
        super::masks(
            tags,
            |i| stems[i].unwrap_or(u64::MAX),
            |i| stems[i].is_some(),
        )
    }

    #[test]
    fn a_surname_alone_learns_that_it_ended_a_name_elsewhere() {
        // «نجيب محفوظ … محفوظ»: stems 1 2 … 2.
        let stems = [Some(1), Some(2), Some(3), Some(2)];
        let tags = [B, I, O, O];
        let m = masks(&stems, &tags);
        let last_of_person = 1 << 2;
        assert_eq!(m[3], last_of_person);
        assert_eq!(m[1], 0, "an occurrence hears nothing of itself");
        assert_eq!(m[2], 0, "a stem never tagged as a person gets nothing");
        assert_eq!(m[0], 0, "a stem met once gets nothing");
    }

    #[test]
    fn places_organisations_and_one_word_people_lend_nothing() {
        let loc = Tag::Begin(Class::Location);
        assert_eq!(masks(&[Some(1), Some(1)], &[loc, O]), [0, 0]);
        assert_eq!(masks(&[Some(1), Some(1)], &[B, O]), [0, 0]);
    }

    #[test]
    fn occurrences_out_of_reach_lend_nothing() {
        let far = REACH as usize + 1;
        let mut stems = vec![None; far + 1];
        let mut tags = vec![O; far + 1];
        stems[0] = Some(7);
        (tags[0], tags[1]) = (B, I);
        stems[far] = Some(7);
        assert_eq!(masks(&stems, &tags)[far], 0);
        stems[far - 1] = Some(7);
        stems[far] = None;
        assert_eq!(masks(&stems, &tags)[far - 1], 1 << 0);
    }

    #[test]
    fn the_layer_adds_only_the_rows_of_its_features() {
        let mut w = vec![0.0; Layer::LEN];
        w[2 * TAGS + 1] = 2.0;
        w[TAGS] = 5.0;
        let layer = Layer::new(w).expect("valid");
        let mut e = [1.0; TAGS];
        layer.add(1 << 2, &mut e);
        assert_eq!(e[1], 3.0);
        assert_eq!(e[0], 1.0);
        assert!(Layer::new(vec![f32::NAN; Layer::LEN]).is_none());
        assert!(Layer::new(vec![0.0; 3]).is_none());
    }
}
