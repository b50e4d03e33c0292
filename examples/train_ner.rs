//! Train the entity tagger on a CoNLL "token TAG" file (NewsFANE Gold), or
//! measure it by cross-validation:
//!
//! ```text
//! cargo run --release --example train_ner -- ../shared/eval/newsfane/train.txt --out data/model/ner.bin
//! cargo run --release --example train_ner -- ../shared/eval/newsfane/train.txt --folds 5
//! cargo run --release --example train_ner -- FILE --folds 5 --ratchet .ci/ner-cv-ratchet.json
//! ```
//!
//! The text is written out and read exactly as `eval_ner` and the editor read it
//! (tokens joined by spaces, 25 sentences a document), tokenised by isnad, and
//! each isnad token takes the tag of the gold token it lies in. Training is
//! deterministic: the same file and options give the same model, byte for byte.
//! Cross-validation folds are contiguous runs of documents; each fold is scored by
//! a model trained on the others only.

use std::collections::HashSet;
use std::process::ExitCode;

use isnad::entities::{Model, Tag, TrainOptions};
use isnad::text::Document;
use isnad::Analyzer;

#[path = "conll/mod.rs"]
mod conll;

use conll::{Doc, Scores, SENTENCES_PER_DOC};

/// Each isnad token's tag: the gold token's for its first isnad token, I- for
/// the rest of a gold token (د.ب.ا is one gold token, five isnad tokens).
fn aligned_tags(doc: &Document, gold: &Doc) -> Vec<Tag> {
    let mut tags = Vec::with_capacity(doc.tokens.len());
    let mut last_gold = None;
    for token in &doc.tokens {
        let at = gold.token_at(token.range.start);
        let tag = at
            .and_then(|g| Tag::parse(&gold.tags[g]))
            .unwrap_or(Tag::Outside);
        let tag = match (tag, at == last_gold) {
            (Tag::Begin(c) | Tag::Inside(c), true) => Tag::Inside(c),
            _ => tag,
        };
        last_gold = at;
        tags.push(tag);
    }
    tags
}

/// Train on `docs`, the second look included (`Recognizer::train`).
fn train_on(analyzer: &Analyzer, docs: &[&Doc], opts: TrainOptions) -> Vec<u8> {
    let documents: Vec<Document> = docs.iter().map(|d| Document::new(&d.text)).collect();
    let tags: Vec<Vec<Tag>> = documents
        .iter()
        .zip(docs)
        .map(|(doc, gold)| aligned_tags(doc, gold))
        .collect();
    let pairs: Vec<(&Document, &[Tag])> = documents
        .iter()
        .zip(&tags)
        .map(|(d, t)| (d, t.as_slice()))
        .collect();
    analyzer.recognizer.train(&pairs, opts)
}

fn options(args: &[String]) -> TrainOptions {
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
    };
    let default = TrainOptions::default();
    TrainOptions {
        bits: flag("--bits").map_or(default.bits, |b: u64| b as u32),
        epochs: flag("--epochs").map_or(default.epochs, |e: u64| e as usize),
        seed: flag("--seed").unwrap_or(default.seed),
        runs: flag("--runs").map_or(default.runs, |r: u64| r as usize),
        dropout: args
            .iter()
            .position(|a| a == "--dropout")
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default.dropout),
    }
}

/// Train on all folds but `k`, score fold `k`.
fn score_fold(
    analyzer: &Analyzer,
    folds: &[Vec<Doc>],
    k: usize,
    opts: TrainOptions,
    scores: &mut Scores,
    errors: &mut Option<std::fs::File>,
) {
    let train_docs: Vec<&Doc> = folds
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != k)
        .flat_map(|(_, f)| f)
        .collect();
    let bytes = train_on(analyzer, &train_docs, opts);
    let Ok(model) = Model::from_bytes(&bytes) else {
        eprintln!("fold {k}: the trained model does not read back");
        return;
    };
    let mut fold = Scores::default();
    for gold in &folds[k] {
        let doc = Document::new(&gold.text);
        let mentions = analyzer.recognizer.recognize_with(&model, &doc);
        let (mut g, mut p) = (HashSet::new(), HashSet::new());
        gold.gold_spans(0, &mut g);
        gold.predicted_spans(&mentions, 0, &mut p);
        fold.add(&g, &p);
        scores.add(&g, &p);
        if let Some(out) = errors.as_mut() {
            write_errors(out, gold, &g, &p);
        }
    }
    eprintln!("fold {k}: micro F1 {:.3}", fold.f1s()["micro"]);
}

/// The spans where gold and prediction differ, with three words either side: for
/// reading the errors of cross-validation (`--errors FILE`).
fn write_errors(
    out: &mut std::fs::File,
    gold: &Doc,
    g: &HashSet<conll::Span>,
    p: &HashSet<conll::Span>,
) {
    use std::io::Write;
    let words = |a: usize, b: usize| {
        gold.tokens[a.min(gold.tokens.len())..b.min(gold.tokens.len())].join(" ")
    };
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (set, other, what) in [(g, p, "missed"), (p, g, "wrong")] {
        for &(a, b, ty) in set.difference(other) {
            let ctx = format!(
                "{} [{}] {}",
                words(a.saturating_sub(3), a),
                words(a, b),
                words(b, b + 3)
            );
            lines.push((a, format!("{what}\t{ty}\t{a}\t{b}\t{ctx}")));
        }
    }
    lines.sort();
    for (_, line) in lines {
        let _ = writeln!(out, "{line}");
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!(
            "usage: train_ner FILE (--out MODEL | --folds K) [--epochs N] [--bits B] [--seed S]"
        );
        return ExitCode::from(2);
    };
    let sentences = match conll::read(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let docs: Vec<Doc> = sentences.chunks(SENTENCES_PER_DOC).map(Doc::new).collect();
    let analyzer = Analyzer::embedded();
    let opts = options(&args);
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    if let Some(k) = value("--folds").and_then(|k| k.parse::<usize>().ok()) {
        let k = k.max(2);
        let per = docs.len().div_ceil(k);
        let mut folds: Vec<Vec<Doc>> = Vec::new();
        let mut docs = docs.into_iter().peekable();
        while docs.peek().is_some() {
            folds.push(docs.by_ref().take(per).collect());
        }
        let mut scores = Scores::default();
        let mut errors = value("--errors").and_then(|p| std::fs::File::create(p).ok());
        for fold in 0..folds.len() {
            score_fold(&analyzer, &folds, fold, opts, &mut scores, &mut errors);
        }
        println!("cross-validated over {} folds ({opts:?}):", folds.len());
        scores.print();
        let flag = |name: &str| value(name).cloned();
        return conll::ratchet(&scores.f1s(), flag("--write-ratchet"), flag("--ratchet"));
    }
    let Some(out) = value("--out") else {
        eprintln!("train_ner: give --out MODEL or --folds K");
        return ExitCode::from(2);
    };
    let all: Vec<&Doc> = docs.iter().collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let bytes = train_on(&analyzer, &all, opts);
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("{out}: {e}");
        return ExitCode::from(2);
    }
    eprintln!(
        "{out}: {} bytes, trained on {tokens} tokens ({opts:?})",
        bytes.len()
    );
    ExitCode::SUCCESS
}
