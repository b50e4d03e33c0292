//! Training: an averaged structured perceptron (Collins 2002) over the same
//! features and decoder as inference. Deterministic: the order of the sentences
//! in each epoch comes from a fixed-seed generator, and nothing depends on a hash
//! map's order or the clock.

use super::super::consistency::{Layer, Mask};
use super::{viterbi, Model, Tag, TAGS};

/// One training sequence: each token's feature ids and its gold tag.
#[derive(Debug, Clone, Default)]
pub struct Sequence {
    /// Feature ids of every token, one after the other.
    pub features: Vec<u32>,
    /// Where each token's features end in `features`.
    pub ends: Vec<u32>,
    /// How many of each token's first features are its own identity (word,
    /// stem and their bigrams): the ones [`Options::dropout`] may hide.
    pub identity: Vec<u8>,
    pub gold: Vec<Tag>,
}

impl Sequence {
    pub fn len(&self) -> usize {
        self.gold.len()
    }

    pub fn is_empty(&self) -> bool {
        self.gold.is_empty()
    }

    fn token(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.features[start..self.ends[i] as usize]
    }

    /// Token `i`'s features, without its identity ones when `hidden`.
    fn visible(&self, i: usize, hidden: bool) -> &[u32] {
        let all = self.token(i);
        let skip = if hidden {
            usize::from(self.identity.get(i).copied().unwrap_or(0))
        } else {
            0
        };
        all.get(skip..).unwrap_or(&[])
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// log2 of the number of feature buckets.
    pub bits: u32,
    pub epochs: usize,
    pub seed: u64,
    /// The share of tokens, drawn anew for each sentence of each epoch, whose
    /// identity features are hidden in that step (word dropout): the model then
    /// learns to read names it has never seen from their context and form, not
    /// only to remember the ones it has.
    pub dropout: f64,
    /// Perceptrons trained with different orders and dropouts, their averaged
    /// weights averaged again: less of the model hangs on one epoch order.
    pub runs: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            bits: 18,
            epochs: 10,
            seed: 0x15_4a_d0,
            dropout: 0.2,
            runs: 5,
        }
    }
}

/// Weights being learned, with the sums that make their average.
struct Averaged {
    mask: u32,
    weights: Vec<f32>,
    transitions: Vec<f32>,
    /// Σ step × update, for the lazy average `w - acc / step`.
    acc_weights: Vec<f32>,
    acc_transitions: Vec<f32>,
    step: f32,
}

impl Averaged {
    fn new(bits: u32) -> Averaged {
        let buckets = 1usize << bits;
        Averaged {
            mask: (1u32 << bits) - 1,
            weights: vec![0.0; buckets * TAGS],
            transitions: vec![0.0; (TAGS + 1) * TAGS],
            acc_weights: vec![0.0; buckets * TAGS],
            acc_transitions: vec![0.0; (TAGS + 1) * TAGS],
            step: 1.0,
        }
    }

    fn emissions(&self, seq: &Sequence, hidden: &[bool], out: &mut Vec<[f32; TAGS]>) {
        out.clear();
        for (i, &hide) in hidden.iter().enumerate().take(seq.len()) {
            let mut e = [0.0; TAGS];
            for &f in seq.visible(i, hide) {
                let row = (f & self.mask) as usize * TAGS;
                for (s, w) in e.iter_mut().zip(&self.weights[row..row + TAGS]) {
                    *s += w;
                }
            }
            out.push(e);
        }
    }

    fn update_feature(&mut self, f: u32, tag: usize, delta: f32) {
        let at = (f & self.mask) as usize * TAGS + tag;
        self.weights[at] += delta;
        self.acc_weights[at] += self.step * delta;
    }

    fn update_transition(&mut self, from: Option<Tag>, to: Tag, delta: f32) {
        let row = from.map_or(TAGS, Tag::index);
        let at = row * TAGS + to.index();
        self.transitions[at] += delta;
        self.acc_transitions[at] += self.step * delta;
    }

    /// One perceptron step: reward the gold path, penalise the predicted one
    /// where they differ.
    fn learn(&mut self, seq: &Sequence, hidden: &[bool], predicted: &[Tag]) {
        for i in 0..seq.len() {
            let (gold, pred) = (seq.gold[i], predicted[i]);
            if gold != pred {
                for &f in seq.visible(i, hidden[i]) {
                    self.update_feature(f, gold.index(), 1.0);
                    self.update_feature(f, pred.index(), -1.0);
                }
            }
            let gold_prev = i.checked_sub(1).map(|j| seq.gold[j]);
            let pred_prev = i.checked_sub(1).map(|j| predicted[j]);
            if (gold_prev, gold) != (pred_prev, pred) {
                self.update_transition(gold_prev, gold, 1.0);
                self.update_transition(pred_prev, pred, -1.0);
            }
        }
    }

    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], acc: &[f32]| {
            w.iter()
                .zip(acc)
                .map(|(w, a)| w - a / self.step)
                .collect::<Vec<f32>>()
        };
        (
            avg(&self.transitions, &self.acc_transitions),
            avg(&self.weights, &self.acc_weights),
        )
    }
}

/// A small deterministic generator (SplitMix64) for the epochs' orders.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        p > 0.0 && (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Train on `data`; the model file's bytes.
pub fn train(data: &[Sequence], options: Options) -> Vec<u8> {
    let runs = options.runs.max(1);
    let (mut transitions, mut weights) = (Vec::new(), Vec::new());
    for run in 0..runs {
        // Each run draws from its own stream; run 0 is the plain seed.
        let seed = match run {
            0 => options.seed,
            _ => SplitMix(options.seed.wrapping_add(run as u64)).next(),
        };
        let (t, w) = train_run(data, options, seed);
        if run == 0 {
            (transitions, weights) = (t, w);
        } else {
            add(&mut transitions, &t);
            add(&mut weights, &w);
        }
    }
    let n = runs as f32;
    transitions
        .iter_mut()
        .chain(weights.iter_mut())
        .for_each(|w| *w /= n);
    Model::to_bytes(options.bits, &transitions, &weights, &[])
}

fn add(sum: &mut [f32], more: &[f32]) {
    sum.iter_mut().zip(more).for_each(|(s, m)| *s += m);
}

/// One averaged perceptron: its transitions and weights.
fn train_run(data: &[Sequence], options: Options, seed: u64) -> (Vec<f32>, Vec<f32>) {
    let mut model = Averaged::new(options.bits);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix(seed);
    let mut emissions = Vec::new();
    let mut predicted = Vec::new();
    let mut hidden = Vec::new();
    for _ in 0..options.epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let seq = &data[s];
            if seq.is_empty() {
                continue;
            }
            hidden.clear();
            hidden.extend((0..seq.len()).map(|_| rng.chance(options.dropout)));
            model.emissions(seq, &hidden, &mut emissions);
            viterbi(&model.transitions, &emissions, &mut predicted);
            model.learn(seq, &hidden, &predicted);
            model.step += 1.0;
        }
    }
    model.averaged()
}

/// One segment for the second-look layer: the first pass's emission scores
/// (of a model not trained on it), each token's consistency features and the
/// gold tags.
#[derive(Debug, Clone, Default)]
pub struct LayerExample {
    pub emissions: Vec<[f32; TAGS]>,
    pub masks: Vec<Mask>,
    pub gold: Vec<Tag>,
}

/// Train the second-look layer (`consistency.rs`) by the same averaged
/// perceptron, the first pass's weights held fixed: each group's examples are
/// decoded with the transitions of the model that scored them.
pub fn train_layer(groups: &[(&Model, &[LayerExample])], options: Options) -> Layer {
    let mut weights = vec![0f32; Layer::LEN];
    let mut acc = vec![0f32; Layer::LEN];
    let mut step = 1f32;
    let mut order: Vec<(usize, usize)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, (_, examples))| (0..examples.len()).map(move |e| (g, e)))
        .collect();
    let mut rng = SplitMix(options.seed ^ 0x005e_c04d);
    let (mut adjusted, mut predicted) = (Vec::new(), Vec::new());
    for _ in 0..options.epochs {
        rng.shuffle(&mut order);
        for &(g, e) in &order {
            let (model, examples) = groups[g];
            let example = &examples[e];
            let layer = Layer::new(weights.clone()).unwrap_or_else(Layer::zero);
            adjusted.clear();
            for (&mask, e) in example.masks.iter().zip(&example.emissions) {
                let mut e = *e;
                layer.add(mask, &mut e);
                adjusted.push(e);
            }
            viterbi(&model.transitions, &adjusted, &mut predicted);
            for ((&mask, &gold), &pred) in example.masks.iter().zip(&example.gold).zip(&predicted) {
                if gold == pred {
                    continue;
                }
                for_each_bit(mask, |f| {
                    for (tag, delta) in [(gold, 1.0), (pred, -1.0)] {
                        let at = f * TAGS + tag.index();
                        weights[at] += delta;
                        acc[at] += step * delta;
                    }
                });
            }
            step += 1.0;
        }
    }
    let averaged = weights
        .iter()
        .zip(&acc)
        .map(|(w, a)| w - a / step)
        .collect();
    Layer::new(averaged).unwrap_or_else(Layer::zero)
}

fn for_each_bit(mask: Mask, mut f: impl FnMut(usize)) {
    let mut bits = mask;
    while bits != 0 {
        f(bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::Class;
    use super::*;

    /// Feature 1 marks a name's first word, 2 a continuation, 0 everything else.
    fn sequence(words: &[u32], gold: &[Tag]) -> Sequence {
        let mut s = Sequence::default();
        for &w in words {
            s.features.push(w);
            s.features.push(100 + w);
            s.ends.push(s.features.len() as u32);
            // The first feature is the token's identity, the second its context.
            s.identity.push(1);
        }
        s.gold = gold.to_vec();
        s
    }

    #[test]
    fn the_perceptron_learns_a_separable_pattern_and_is_deterministic() {
        let b = Tag::Begin(Class::Person);
        let i = Tag::Inside(Class::Person);
        let o = Tag::Outside;
        let data = vec![
            sequence(&[0, 1, 2, 0], &[o, b, i, o]),
            sequence(&[1, 2, 0, 0], &[b, i, o, o]),
            sequence(&[0, 0, 1], &[o, o, b]),
        ];
        let options = Options {
            bits: 10,
            epochs: 5,
            seed: 7,
            dropout: 0.0,
            runs: 1,
        };
        let bytes = train(&data, options);
        assert_eq!(bytes, train(&data, options), "training is deterministic");
        let model = Model::from_bytes(&bytes).expect("valid model");
        let test = sequence(&[0, 1, 2, 0, 1], &[o, b, i, o, b]);
        let emissions: Vec<[f32; TAGS]> = (0..test.len())
            .map(|k| {
                let mut e = [0.0; TAGS];
                model.emissions(test.token(k), &mut e);
                e
            })
            .collect();
        let mut out = Vec::new();
        model.decode(&emissions, &mut out);
        assert_eq!(out, test.gold);
    }

    #[test]
    fn dropout_hides_identity_features_and_stays_deterministic() {
        let b = Tag::Begin(Class::Person);
        let o = Tag::Outside;
        let data = vec![
            sequence(&[0, 1, 0], &[o, b, o]),
            sequence(&[1, 0, 0], &[b, o, o]),
        ];
        let options = |dropout| Options {
            bits: 10,
            epochs: 5,
            seed: 7,
            dropout,
            runs: 1,
        };
        let always = train(&data, options(1.0));
        assert_eq!(always, train(&data, options(1.0)));
        let model = Model::from_bytes(&always).expect("valid model");
        let score = |feature: u32| {
            let mut e = [0.0; TAGS];
            model.emissions(&[feature], &mut e);
            e
        };
        assert_eq!(score(1), [0.0; TAGS], "identity features never learn");
        assert!(
            score(101)[b.index()] > score(101)[o.index()],
            "context does"
        );
        let half = train(&data, options(0.5));
        assert_eq!(half, train(&data, options(0.5)), "deterministic");
        let sometimes = Model::from_bytes(&half).expect("valid model");
        let mut e = [0.0; TAGS];
        sometimes.emissions(&[1], &mut e);
        assert!(e[b.index()] > 0.0, "seen when not hidden");
    }

    #[test]
    fn several_runs_average_their_weights_and_stay_deterministic() {
        let b = Tag::Begin(Class::Person);
        let o = Tag::Outside;
        let data = vec![
            sequence(&[0, 1, 0], &[o, b, o]),
            sequence(&[1, 0, 0], &[b, o, o]),
            sequence(&[0, 2, 0], &[o, o, o]),
        ];
        let options = |runs| Options {
            bits: 10,
            epochs: 3,
            seed: 7,
            dropout: 0.5,
            runs,
        };
        let one = train(&data, options(1));
        let three = train(&data, options(3));
        assert_eq!(three, train(&data, options(3)), "deterministic");
        assert_ne!(one, three, "the other runs draw other dropouts");
        let model = Model::from_bytes(&three).expect("valid model");
        let mut e = [0.0; TAGS];
        model.emissions(&[1], &mut e);
        assert!(e[b.index()] > e[o.index()], "the average still learned");
    }
}
