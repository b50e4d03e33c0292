//! What the entity examples share (included with `#[path]` by `eval_ner` and
//! `train_ner`): reading a CoNLL "token TAG" file, turning its sentences into
//! documents the analyser reads, and scoring mentions against gold spans the same
//! way everywhere (exact spans over gold tokens; MISC is not scored).
#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::process::ExitCode;

use isnad::entities::EntityMention;
use isnad::kb::EntityType;

pub const TYPES: [&str; 3] = ["PERS", "LOC", "ORG"];

/// Sentences analysed together: roughly one news article, so in-document linking
/// works as it would in the editor without joining the whole corpus.
pub const SENTENCES_PER_DOC: usize = 25;

/// (first gold token, end gold token, type), token indices over the whole corpus.
pub type Span = (usize, usize, &'static str);

/// A sentence of (token, tag).
pub type Sentence = Vec<(String, String)>;

pub fn read(path: &str) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut sentences: Vec<Sentence> = vec![Vec::new()];
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some(tok), Some(tag)) => {
                if let Some(s) = sentences.last_mut() {
                    s.push((tok.to_string(), tag.to_string()));
                }
            }
            _ => {
                if sentences.last().is_some_and(|s| !s.is_empty()) {
                    sentences.push(Vec::new());
                }
            }
        }
    }
    sentences.retain(|s| !s.is_empty());
    Ok(sentences)
}

/// Sentences written out as one text: tokens separated by a space, a line break
/// after each sentence.
pub struct Doc {
    pub text: String,
    /// Byte range of each gold token in `text`.
    pub ranges: Vec<Range<usize>>,
    pub tags: Vec<String>,
    pub tokens: Vec<String>,
}

impl Doc {
    pub fn new(sentences: &[Sentence]) -> Doc {
        let mut doc = Doc {
            text: String::new(),
            ranges: Vec::new(),
            tags: Vec::new(),
            tokens: Vec::new(),
        };
        for sentence in sentences {
            for (tok, tag) in sentence {
                let s = doc.text.len();
                doc.text.push_str(tok);
                doc.ranges.push(s..doc.text.len());
                doc.text.push(' ');
                doc.tags.push(tag.clone());
                doc.tokens.push(tok.clone());
            }
            doc.text.push('\n');
        }
        doc
    }

    /// The gold token holding byte `offset`.
    pub fn token_at(&self, offset: usize) -> Option<usize> {
        let i = self.ranges.partition_point(|r| r.end <= offset);
        (i < self.ranges.len() && self.ranges[i].start <= offset).then_some(i)
    }

    /// Gold spans of the scored types, token indices shifted by `offset`.
    pub fn gold_spans(&self, offset: usize, out: &mut HashSet<Span>) {
        let tags = &self.tags;
        let mut i = 0;
        while i < tags.len() {
            let Some(t) = tags[i]
                .strip_prefix("B-")
                .or_else(|| tags[i].strip_prefix("I-"))
            else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < tags.len() && tags[j].strip_prefix("I-") == Some(t) {
                j += 1;
            }
            if let Some(&ty) = TYPES.iter().find(|&&x| x == t) {
                out.insert((offset + i, offset + j, ty));
            }
            i = j;
        }
    }

    /// Mentions as spans over the gold tokens they overlap, shifted by `offset`.
    pub fn predicted_spans(
        &self,
        mentions: &[EntityMention],
        offset: usize,
        out: &mut HashSet<Span>,
    ) {
        for m in mentions {
            let first = self.ranges.partition_point(|r| r.end <= m.range.start);
            let last = self.ranges.partition_point(|r| r.start < m.range.end);
            if first < last {
                out.insert((offset + first, offset + last, label(m.kind)));
            }
        }
    }
}

pub fn label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PERS",
        EntityType::Location => "LOC",
        EntityType::Organization => "ORG",
    }
}

pub fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp, pred), ratio(tp, gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Per type (true positives, predicted, gold), and the table they print as.
#[derive(Default)]
pub struct Scores {
    pub per_type: BTreeMap<&'static str, (usize, usize, usize)>,
}

impl Scores {
    pub fn add(&mut self, gold: &HashSet<Span>, pred: &HashSet<Span>) {
        for ty in TYPES {
            let g = gold.iter().filter(|s| s.2 == ty).count();
            let p = pred.iter().filter(|s| s.2 == ty).count();
            let tp = pred
                .iter()
                .filter(|s| s.2 == ty && gold.contains(*s))
                .count();
            let e = self.per_type.entry(ty).or_default();
            e.0 += tp;
            e.1 += p;
            e.2 += g;
        }
    }

    fn micro(&self) -> (usize, usize, usize) {
        self.per_type
            .values()
            .fold((0, 0, 0), |(a, b, c), &(t, p, g)| (a + t, b + p, c + g))
    }

    /// F1 per type and the micro average, for the ratchet files.
    pub fn f1s(&self) -> BTreeMap<String, f64> {
        let mut out: BTreeMap<String, f64> = self
            .per_type
            .iter()
            .map(|(ty, &(t, p, g))| (ty.to_string(), prf(t, p, g).2))
            .collect();
        let (t, p, g) = self.micro();
        out.insert("micro".to_string(), prf(t, p, g).2);
        out
    }

    pub fn print(&self) {
        println!(
            "{:<6} {:>9} {:>9} {:>9} {:>7} {:>7}",
            "type", "precision", "recall", "F1", "gold", "found"
        );
        let row = |name: &str, (t, p, g): (usize, usize, usize)| {
            let (pp, rr, ff) = prf(t, p, g);
            println!("{name:<6} {pp:>9.3} {rr:>9.3} {ff:>9.3} {g:>7} {p:>7}");
        };
        for ty in TYPES {
            row(ty, self.per_type.get(ty).copied().unwrap_or_default());
        }
        row("micro", self.micro());
    }
}

/// Write the scores to a ratchet file, or fail when one falls more than half a
/// point of a thousandth below the file's.
pub fn ratchet(
    current: &BTreeMap<String, f64>,
    write: Option<String>,
    check: Option<String>,
) -> ExitCode {
    if let Some(file) = write {
        let json = serde_json::to_string_pretty(current).unwrap_or_default();
        if let Err(e) = std::fs::write(&file, json + "\n") {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    }
    let Some(file) = check else {
        return ExitCode::SUCCESS;
    };
    let stored: BTreeMap<String, f64> = match std::fs::read_to_string(&file)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for (key, want) in &stored {
        let got = current.get(key).copied().unwrap_or(0.0);
        if got + 0.0005 < *want {
            eprintln!("ratchet: {key} F1 fell from {want:.3} to {got:.3}");
            failed = true;
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    eprintln!("ratchet: no score below {file}");
    ExitCode::SUCCESS
}
