//! The sequence tagger: a linear model over BIO tags, decoded with Viterbi.
//!
//! Three separate things, as `../shared/design/style.md` asks: the features
//! ([`super::features`]), the decoder ([`Model::decode`]) and the weights (a file
//! under `data/model/`, loaded once and validated on load). Training lives in
//! [`train`]; `examples/train_ner.rs` is its command.
//!
//! A model file is little-endian:
//!
//! ```text
//! magic "ISNADNER"  u32 format (2)  u32 feature version  u32 bucket bits
//! u32 tags (9)      f32 scale       u64 FNV-1a of everything after the header
//! i16 transitions[(tags + 1) * tags]   (row `tags` is the start of a sentence)
//! i16 weights[buckets * tags]
//! f32 consistency[features * tags]     (the second look, `consistency.rs`)
//! u32 n  u64 common[n]                  (sorted stem hashes the second look skips)
//! ```
//!
//! Weights are quantised to i16 with one scale: a fifth of the size of f32 and as
//! accurate at the precision an averaged perceptron reaches.

pub mod train;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::consistency::Layer;
use crate::kb::EntityType;

/// The tags: O, then B and I for each type. MISC is learned (so the model knows
/// what a nationality group or an event looks like) but never reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Outside,
    Begin(Class),
    Inside(Class),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Person,
    Location,
    Organization,
    Misc,
}

pub const TAGS: usize = 9;
const CLASSES: [Class; 4] = [
    Class::Person,
    Class::Location,
    Class::Organization,
    Class::Misc,
];

impl Class {
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Class::Person => Some(EntityType::Person),
            Class::Location => Some(EntityType::Location),
            Class::Organization => Some(EntityType::Organization),
            Class::Misc => None,
        }
    }

    pub fn parse(label: &str) -> Option<Class> {
        match label {
            "PERS" | "PER" => Some(Class::Person),
            "LOC" => Some(Class::Location),
            "ORG" => Some(Class::Organization),
            "MISC" => Some(Class::Misc),
            _ => None,
        }
    }
}

impl Tag {
    pub fn index(self) -> usize {
        let class = |c: Class| CLASSES.iter().position(|&x| x == c).unwrap_or(0);
        match self {
            Tag::Outside => 0,
            Tag::Begin(c) => 1 + 2 * class(c),
            Tag::Inside(c) => 2 + 2 * class(c),
        }
    }

    pub fn from_index(i: usize) -> Tag {
        match i {
            0 => Tag::Outside,
            _ => {
                let class = CLASSES[((i - 1) / 2).min(CLASSES.len() - 1)];
                if i % 2 == 1 {
                    Tag::Begin(class)
                } else {
                    Tag::Inside(class)
                }
            }
        }
    }

    /// "B-PERS", "I-LOC", "O".
    pub fn parse(label: &str) -> Option<Tag> {
        if label == "O" {
            return Some(Tag::Outside);
        }
        let (head, class) = label.split_once('-')?;
        let class = Class::parse(class)?;
        match head {
            "B" => Some(Tag::Begin(class)),
            "I" => Some(Tag::Inside(class)),
            _ => None,
        }
    }

    /// May `next` follow `self`? An I-X only continues a B-X or I-X.
    pub fn allows(prev: Option<Tag>, next: Tag) -> bool {
        match next {
            Tag::Inside(c) => matches!(prev, Some(Tag::Begin(p) | Tag::Inside(p)) if p == c),
            _ => true,
        }
    }
}

/// Why a model file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    TooShort,
    BadMagic,
    Format(u32),
    FeatureVersion { file: u32, code: u32 },
    Shape(String),
    Checksum,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::TooShort => write!(f, "the model file is truncated"),
            ModelError::BadMagic => write!(f, "not an isnad tagger model (bad magic)"),
            ModelError::Format(v) => write!(f, "unknown model format {v}"),
            ModelError::FeatureVersion { file, code } => write!(
                f,
                "the model was trained on features v{file}, this build computes v{code}: retrain it"
            ),
            ModelError::Shape(s) => write!(f, "malformed model: {s}"),
            ModelError::Checksum => write!(f, "the model file is corrupt (checksum mismatch)"),
        }
    }
}

impl std::error::Error for ModelError {}

const MAGIC: &[u8; 8] = b"ISNADNER";
const FORMAT: u32 = 2;
const HEADER: usize = 8 + 4 * 4 + 4 + 8;
/// Bytes of the transition weights, after the header.
const fn transitions_len() -> usize {
    (TAGS + 1) * TAGS * 2
}

/// The weight rows of a file's little-endian bytes.
fn rows(bytes: &[u8]) -> Vec<[i16; TAGS]> {
    bytes
        .chunks_exact(2 * TAGS)
        .map(|row| std::array::from_fn(|t| i16::from_le_bytes([row[2 * t], row[2 * t + 1]])))
        .collect()
}

/// Trained weights, ready to score.
#[derive(Debug, Clone)]
pub struct Model {
    bits: u32,
    scale: f32,
    /// `(TAGS + 1) * TAGS`: from tag (or the start, row TAGS) to tag.
    transitions: Vec<f32>,
    /// One row of `TAGS` quantised weights per bucket: borrowed from the binary
    /// for the embedded model, so its 4.7 MB are not held twice.
    weights: Cow<'static, [[i16; TAGS]]>,
    /// The second look at the document (all zero: none learned).
    consistency: Layer,
    /// Stems found in many training documents (ordinary words), sorted: the
    /// second look neither lends their readings nor gives them any.
    common: Vec<u64>,
}

impl Model {
    /// Parse and validate a model file; its weights are copied.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let (model, weights) = Self::parse(bytes)?;
        Ok(Model {
            weights: Cow::Owned(rows(&bytes[weights])),
            ..model
        })
    }

    /// Parse and validate a model file that lives as long as the program (the
    /// embedded one); its weights are read where they are.
    pub fn from_static(bytes: &'static [u8]) -> Result<Model, ModelError> {
        let (model, weights) = Self::parse(bytes)?;
        let weights = &bytes[weights];
        // The file is little-endian; read in place where the bytes are aligned for
        // i16 (the embedded file is, see `entities::EMBEDDED_MODEL`).
        let borrowed = bytemuck::try_cast_slice(weights)
            .ok()
            .filter(|_| cfg!(target_endian = "little"));
        Ok(Model {
            weights: borrowed.map_or_else(|| Cow::Owned(rows(weights)), Cow::Borrowed),
            ..model
        })
    }

    /// The model without its weights, and where they are in `bytes`.
    fn parse(bytes: &[u8]) -> Result<(Model, Range<usize>), ModelError> {
        let header = bytes.get(..HEADER).ok_or(ModelError::TooShort)?;
        if &header[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let u32_at =
            |o: usize| u32::from_le_bytes([header[o], header[o + 1], header[o + 2], header[o + 3]]);
        let format = u32_at(8);
        if format != FORMAT {
            return Err(ModelError::Format(format));
        }
        let version = u32_at(12);
        if version != super::features::VERSION {
            return Err(ModelError::FeatureVersion {
                file: version,
                code: super::features::VERSION,
            });
        }
        let bits = u32_at(16);
        let tags = u32_at(20) as usize;
        let scale = f32::from_bits(u32_at(24));
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&header[28..36]);
        if tags != TAGS || !(8..=24).contains(&bits) || !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError::Shape(format!(
                "{tags} tags, {bits} bucket bits, scale {scale}"
            )));
        }
        let body = &bytes[HEADER..];
        let quantised = ((TAGS + 1) * TAGS + (1usize << bits) * TAGS) * 2;
        let fixed = quantised + Layer::LEN * 4 + 4;
        let common_len = body
            .get(fixed - 4..fixed)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize);
        let expected = fixed + common_len.unwrap_or(0) * 8;
        if body.len() != expected {
            return Err(ModelError::Shape(format!(
                "{} bytes of weights, {expected} expected",
                body.len()
            )));
        }
        if checksum(body) != u64::from_le_bytes(sum) {
            return Err(ModelError::Checksum);
        }
        let (body, rest) = body.split_at(quantised);
        let (layer, common) = rest.split_at(Layer::LEN * 4);
        let layer = layer
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let consistency = Layer::new(layer)
            .ok_or_else(|| ModelError::Shape("a consistency weight is not finite".into()))?;
        let common: Vec<u64> = common[4..]
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        if !common.windows(2).all(|w| w[0] < w[1]) {
            return Err(ModelError::Shape("the common stems are not sorted".into()));
        }
        let (transitions, _) = body.split_at(transitions_len());
        let transitions = transitions
            .chunks_exact(2)
            .map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * scale)
            .collect();
        let weights = HEADER + transitions_len()..HEADER + quantised;
        let model = Model {
            bits,
            scale,
            transitions,
            weights: Cow::Borrowed(&[]),
            consistency,
            common,
        };
        Ok((model, weights))
    }

    /// Write the model (see the module's format). `weights` and `transitions` are
    /// real-valued; they are quantised here. `consistency` has [`Layer::LEN`]
    /// weights, or none for a model without a second look.
    pub fn to_bytes(
        bits: u32,
        transitions: &[f32],
        weights: &[f32],
        consistency: &[f32],
    ) -> Vec<u8> {
        let largest = transitions
            .iter()
            .chain(weights)
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 {
            largest / 32000.0
        } else {
            1.0
        };
        let quantise = |w: &f32| ((w / scale).round() as i16).to_le_bytes();
        let mut body = Vec::with_capacity((transitions.len() + weights.len()) * 2);
        for w in transitions.iter().chain(weights) {
            body.extend_from_slice(&quantise(w));
        }
        for i in 0..Layer::LEN {
            let w = consistency.get(i).copied().unwrap_or(0.0);
            body.extend_from_slice(&w.to_le_bytes());
        }
        body.extend_from_slice(&0u32.to_le_bytes());
        let mut out = Vec::with_capacity(HEADER + body.len());
        out.extend_from_slice(MAGIC);
        for v in [
            FORMAT,
            super::features::VERSION,
            bits,
            TAGS as u32,
            scale.to_bits(),
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&checksum(&body).to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    pub fn bucket_bits(&self) -> u32 {
        self.bits
    }

    /// Each tag's score for one token's features, added into `out`.
    pub fn emissions(&self, features: &[u32], out: &mut [f32; TAGS]) {
        let mut sums = [0i32; TAGS];
        self.add_rows(features, &mut sums);
        *out = self.scaled(sums);
    }

    /// Add the features' weight rows to `sums` (integer sums: any split of a
    /// token's features into parts adds up to the same scores).
    pub fn add_rows(&self, features: &[u32], sums: &mut [i32; TAGS]) {
        let mask = (1u32 << self.bits) - 1;
        for &f in features {
            // A whole row at once: one bounds check and nine adds the compiler
            // unrolls, instead of a slice and an iterator per feature.
            if let Some(row) = self.weights.get((f & mask) as usize) {
                for t in 0..TAGS {
                    sums[t] += i32::from(row[t]);
                }
            }
        }
    }

    /// Summed rows as emission scores.
    pub fn scaled(&self, sums: [i32; TAGS]) -> [f32; TAGS] {
        sums.map(|s| s as f32 * self.scale)
    }

    /// The learned second look at the document.
    pub fn consistency(&self) -> &Layer {
        &self.consistency
    }

    /// The same model with another second-look layer (training sets it last).
    pub fn with_consistency(&self, consistency: Layer) -> Model {
        Model {
            consistency,
            ..self.clone()
        }
    }

    /// Is this stem one of the ordinary words the second look skips?
    pub(crate) fn is_common(&self, stem: u64) -> bool {
        self.common.binary_search(&stem).is_ok()
    }

    /// A model file with its second look replaced: the layer and the common
    /// stems (sorted and deduplicated here). The first pass is kept byte for
    /// byte. The file is validated first.
    pub fn replace_consistency(
        file: &[u8],
        layer: &Layer,
        common: &[u64],
    ) -> Result<Vec<u8>, ModelError> {
        let model = Model::from_bytes(file)?;
        let keep = file.len() - Layer::LEN * 4 - 4 - model.common.len() * 8;
        let mut common = common.to_vec();
        common.sort_unstable();
        common.dedup();
        let mut out = file[..keep].to_vec();
        for w in layer.weights() {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(common.len() as u32).to_le_bytes());
        for stem in common {
            out.extend_from_slice(&stem.to_le_bytes());
        }
        let sum = checksum(&out[HEADER..]);
        out[HEADER - 8..HEADER].copy_from_slice(&sum.to_le_bytes());
        Ok(out)
    }

    /// The best tag sequence for a sentence, given each token's emission scores.
    pub fn decode(&self, emissions: &[[f32; TAGS]], out: &mut Vec<Tag>) {
        viterbi(&self.transitions, emissions, out);
    }
}

/// Viterbi over the BIO tags; an I-X after anything but B-X or I-X is impossible.
/// `transitions` is `(TAGS + 1) * TAGS`, row TAGS the sentence start.
pub fn viterbi(transitions: &[f32], emissions: &[[f32; TAGS]], out: &mut Vec<Tag>) {
    out.clear();
    let n = emissions.len();
    if n == 0 || transitions.len() < (TAGS + 1) * TAGS {
        return;
    }
    let tags: [Tag; TAGS] = std::array::from_fn(Tag::from_index);
    let arcs = Arcs::new(transitions, &tags);
    let mut back = vec![[0u8; TAGS]; n];
    let mut score = [f32::NEG_INFINITY; TAGS];
    for (t, tag) in tags.iter().enumerate() {
        if Tag::allows(None, *tag) {
            score[t] = transitions[TAGS * TAGS + t] + emissions[0][t];
        }
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; TAGS];
        for t in 0..TAGS {
            let (best, from) = arcs.best_into(&score, t);
            next[t] = best + emissions[i][t];
            back[i][t] = from as u8;
        }
        score = next;
    }
    let mut best = (0..TAGS)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    out.resize(n, Tag::Outside);
    for i in (0..n).rev() {
        out[i] = tags[best];
        best = usize::from(back[i][best]);
    }
}

/// The transitions into each tag, impossible ones at -inf, and which tags may
/// precede it: all nine before O and B-X, only B-X and I-X before I-X. Skipping
/// the others changes no result: their arc is -inf, so they never win.
struct Arcs {
    /// `into[t][p]`: the score of going from `p` to `t`.
    into: [[f32; TAGS]; TAGS],
    /// The only two tags that may precede `t`, when only two may (in tag order).
    pair: [Option<(usize, usize)>; TAGS],
}

impl Arcs {
    fn new(transitions: &[f32], tags: &[Tag; TAGS]) -> Arcs {
        let mut arcs = Arcs {
            into: [[f32::NEG_INFINITY; TAGS]; TAGS],
            pair: [None; TAGS],
        };
        for (t, &next) in tags.iter().enumerate() {
            let mut allowed = (0..TAGS).filter(|&p| Tag::allows(Some(tags[p]), next));
            let (first, second) = (allowed.next(), allowed.next());
            if let (Some(a), Some(b), None) = (first, second, allowed.next()) {
                arcs.pair[t] = Some((a, b));
            }
            for p in 0..TAGS {
                if Tag::allows(Some(tags[p]), next) {
                    arcs.into[t][p] = transitions[p * TAGS + t];
                }
            }
        }
        arcs
    }

    /// The best score reaching tag `t` from the previous token's `score`, and the
    /// tag it comes from (the first of equals; 0 when none is possible).
    #[inline]
    fn best_into(&self, score: &[f32; TAGS], t: usize) -> (f32, usize) {
        let into = &self.into[t];
        let (mut best, mut from) = (f32::NEG_INFINITY, 0);
        let mut consider = |p: usize| {
            let s = score[p] + into[p];
            if s > best {
                best = s;
                from = p;
            }
        };
        match self.pair[t] {
            Some((a, b)) => {
                consider(a);
                consider(b);
            }
            None => (0..TAGS).for_each(consider),
        }
        (best, from)
    }
}

/// FNV-1a over a byte string.
fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_their_index_and_label() {
        for i in 0..TAGS {
            assert_eq!(Tag::from_index(i).index(), i);
        }
        assert_eq!(Tag::parse("B-PERS"), Some(Tag::Begin(Class::Person)));
        assert_eq!(Tag::parse("I-ORG"), Some(Tag::Inside(Class::Organization)));
        assert_eq!(Tag::parse("O"), Some(Tag::Outside));
        assert_eq!(Tag::parse("X-LOC"), None);
    }

    #[test]
    fn viterbi_never_starts_a_name_inside() {
        let transitions = vec![0.0; (TAGS + 1) * TAGS];
        // The emissions alone would say I-PERS, I-PERS.
        let mut e = [[0.0; TAGS]; 2];
        e[0][Tag::Inside(Class::Person).index()] = 5.0;
        e[0][Tag::Begin(Class::Location).index()] = 1.0;
        e[1][Tag::Inside(Class::Person).index()] = 5.0;
        let mut out = Vec::new();
        viterbi(&transitions, &e, &mut out);
        // The best valid path begins the name where the emissions continue it.
        assert_eq!(out, [Tag::Begin(Class::Person), Tag::Inside(Class::Person)]);
    }

    /// The score of a tag path under `transitions` and `emissions` (-inf when a
    /// step is not allowed).
    fn path_score(transitions: &[f32], e: &[[f32; TAGS]], path: &[usize]) -> f32 {
        let mut score = 0.0;
        let mut prev: Option<usize> = None;
        for (i, &t) in path.iter().enumerate() {
            if !Tag::allows(prev.map(Tag::from_index), Tag::from_index(t)) {
                return f32::NEG_INFINITY;
            }
            let row = prev.unwrap_or(TAGS);
            score += transitions[row * TAGS + t] + e[i][t];
            prev = Some(t);
        }
        score
    }

    #[test]
    fn viterbi_finds_the_best_path_that_exhaustive_search_finds() {
        // A fixed pseudo-random sequence: the same test every run.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 2000) as f32 / 100.0 - 10.0
        };
        for trial in 0..40 {
            let n = 1 + trial % 4;
            let transitions: Vec<f32> = (0..(TAGS + 1) * TAGS).map(|_| next()).collect();
            let e: Vec<[f32; TAGS]> = (0..n).map(|_| std::array::from_fn(|_| next())).collect();
            let mut best = f32::NEG_INFINITY;
            for code in 0..TAGS.pow(n as u32) {
                let path: Vec<usize> = (0..n).map(|i| code / TAGS.pow(i as u32) % TAGS).collect();
                best = best.max(path_score(&transitions, &e, &path));
            }
            let mut out = Vec::new();
            viterbi(&transitions, &e, &mut out);
            let found: Vec<usize> = out.iter().map(|t| t.index()).collect();
            let score = path_score(&transitions, &e, &found);
            assert!((score - best).abs() < 1e-3, "n={n}: {score} vs {best}");
        }
    }

    #[test]
    fn a_model_survives_writing_and_reading() {
        let bits = 8;
        let transitions: Vec<f32> = (0..(TAGS + 1) * TAGS).map(|i| i as f32 / 10.0).collect();
        let weights: Vec<f32> = (0..(1 << bits) * TAGS)
            .map(|i| (i % 7) as f32 - 3.0)
            .collect();
        let bytes = Model::to_bytes(bits, &transitions, &weights, &[]);
        let model = Model::from_bytes(&bytes).expect("valid");
        let mut out = [0.0; TAGS];
        model.emissions(&[3], &mut out);
        for (t, &o) in out.iter().enumerate() {
            assert!((o - weights[3 * TAGS + t]).abs() < 0.01, "{o}");
        }
        assert!(model.consistency().is_empty());
        let layer: Vec<f32> = (0..Layer::LEN).map(|i| i as f32 - 50.5).collect();
        let layer = Layer::new(layer).expect("finite");
        let with = Model::replace_consistency(&bytes, &layer, &[9, 3, 9]).expect("valid file");
        let read = Model::from_bytes(&with).expect("still valid");
        assert_eq!(read.consistency(), &layer);
        assert!(read.is_common(3) && read.is_common(9) && !read.is_common(4));
        let first_pass = bytes.len() - Layer::LEN * 4 - 4;
        assert_eq!(with[HEADER..first_pass], bytes[HEADER..first_pass]);
        let again = Model::replace_consistency(&with, &Layer::zero(), &[]).expect("valid");
        assert_eq!(again[HEADER..], bytes[HEADER..]);
    }

    #[test]
    fn a_broken_model_file_is_refused_with_a_reason() {
        let bytes = Model::to_bytes(8, &[0.5; (TAGS + 1) * TAGS], &[1.0; (1 << 8) * TAGS], &[]);
        assert_eq!(
            Model::from_bytes(&bytes[..10]).unwrap_err(),
            ModelError::TooShort
        );
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert_eq!(Model::from_bytes(&bad).unwrap_err(), ModelError::BadMagic);
        let mut flipped = bytes.clone();
        flipped[HEADER + 10] ^= 1;
        assert_eq!(
            Model::from_bytes(&flipped).unwrap_err(),
            ModelError::Checksum
        );
        assert!(matches!(
            Model::from_bytes(&bytes[..bytes.len() - 2]),
            Err(ModelError::Shape(_))
        ));
        // A count of common stems that runs past the end of the file.
        let mut long = bytes.clone();
        let count = long.len() - 4;
        long[count..].copy_from_slice(&1000u32.to_le_bytes());
        assert!(matches!(
            Model::from_bytes(&long),
            Err(ModelError::Shape(_))
        ));
    }
}

#[cfg(test)]
mod embedded_tests {
    use super::*;

    /// The embedded model's weights are read in the binary, not copied (4.7 MB of
    /// resident memory), and score as a copied model does.
    #[test]
    fn the_embedded_weights_are_borrowed_and_score_as_a_copy() {
        let embedded = crate::entities::embedded_model().expect("the embedded model loads");
        assert!(matches!(embedded.weights, Cow::Borrowed(_)));
        let bytes = include_bytes!("../../data/model/ner.bin");
        let copied = Model::from_bytes(bytes).expect("the model file parses");
        assert!(matches!(copied.weights, Cow::Owned(_)));
        let features: Vec<u32> = (0..5000).map(|i| i * 7919).collect();
        let (mut a, mut b) = ([0.0; TAGS], [0.0; TAGS]);
        embedded.emissions(&features, &mut a);
        copied.emissions(&features, &mut b);
        assert_eq!(a, b);
        assert!(a.iter().any(|&s| s != 0.0));
    }
}
