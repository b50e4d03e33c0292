//! Entity recognition against a CoNLL-style file ("token TAG" lines, blank lines
//! between sentences), e.g. ANERcorp:
//!
//! ```text
//! cargo run --release --example eval_ner -- ../shared/eval/anercorp/train.txt
//! cargo run --release --example eval_ner -- FILE --ratchet .ci/ner-ratchet.json
//! cargo run --release --example eval_ner -- FILE --write-ratchet .ci/ner-ratchet.json
//! cargo run --release --example eval_ner -- FILE --long-document-within 0.02
//! ```
//!
//! Prints precision, recall and F1 per type (PERS, LOC, ORG; exact span match) and
//! the micro average. A mention covers every gold token it overlaps (a token with a
//! clitic, وألمانيا, is one gold token). MISC gold spans are not scored.

use std::collections::HashSet;
use std::process::ExitCode;

use isnad::entities::Model;
use isnad::Analyzer;

#[path = "conll/mod.rs"]
mod conll;

use conll::{Doc, Scores, Span, SENTENCES_PER_DOC};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval_ner FILE [--model MODEL] [--ratchet FILE | --write-ratchet FILE] [--errors N]");
        return ExitCode::from(2);
    };
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let sentences = match conll::read(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let start = std::time::Instant::now();
    let analyzer = Analyzer::embedded();
    eprintln!("knowledge base ready in {:?}", start.elapsed());
    // Another model than the embedded one (`--model`): recognition only.
    let model = match flag("--model").map(|m| std::fs::read(&m).map(|b| (m, b))) {
        None => None,
        Some(Ok((m, bytes))) => match Model::from_bytes(&bytes) {
            Ok(model) => Some(model),
            Err(e) => {
                eprintln!("{m}: {e}");
                return ExitCode::from(2);
            }
        },
        Some(Err(e)) => {
            eprintln!("--model: {e}");
            return ExitCode::from(2);
        }
    };
    let entities = |text: &str| match &model {
        Some(model) => analyzer
            .recognizer
            .recognize_with(model, &isnad::text::Document::new(text)),
        None => analyzer.analyze(text).entities,
    };
    let start = std::time::Instant::now();

    let mut gold = HashSet::new();
    let mut pred = HashSet::new();
    let mut all_tokens: Vec<String> = Vec::new();
    let per_doc = flag("--sentences-per-doc")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(SENTENCES_PER_DOC)
        .max(1);
    for chunk in sentences.chunks(per_doc) {
        let doc = Doc::new(chunk);
        let offset = all_tokens.len();
        doc.gold_spans(offset, &mut gold);
        doc.predicted_spans(&entities(&doc.text), offset, &mut pred);
        all_tokens.extend(doc.tokens);
    }
    let elapsed = start.elapsed();
    let mut scores = Scores::default();
    scores.add(&gold, &pred);
    scores.print();
    eprintln!("{} tokens analysed in {elapsed:?}", all_tokens.len());

    if let Some(n) = flag("--errors").and_then(|n| n.parse::<usize>().ok()) {
        let show = |s: &Span| {
            let before = all_tokens[s.0.saturating_sub(2)..s.0].join(" ");
            let after = all_tokens[s.1..(s.1 + 1).min(all_tokens.len())].join(" ");
            format!(
                "{} [{}] ({before} _ {after})",
                all_tokens[s.0..s.1].join(" "),
                s.2
            )
        };
        let mut fp: Vec<_> = pred.difference(&gold).collect();
        let mut fnn: Vec<_> = gold.difference(&pred).collect();
        fp.sort();
        fnn.sort();
        println!("-- false positives");
        for s in fp.iter().take(n) {
            println!("FP {}", show(s));
        }
        println!("-- misses");
        for s in fnn.iter().take(n) {
            println!("FN {}", show(s));
        }
    }

    if let Some(within) = flag("--long-document-within").and_then(|d| d.parse::<f64>().ok()) {
        let long = one_document_f1(&entities, &sentences);
        let short = scores.f1s()["micro"];
        eprintln!("one document: micro F1 {long:.3}; {per_doc} sentences a document: {short:.3}");
        if (long - short).abs() > within {
            eprintln!("the whole corpus as one document differs by more than {within}");
            return ExitCode::FAILURE;
        }
    }
    conll::ratchet(&scores.f1s(), flag("--write-ratchet"), flag("--ratchet"))
}

/// Micro F1 with the whole corpus analysed as one document: in-document linking
/// must not run away in a long text.
fn one_document_f1(
    entities: &dyn Fn(&str) -> Vec<isnad::entities::EntityMention>,
    sentences: &[conll::Sentence],
) -> f64 {
    let doc = Doc::new(sentences);
    let (mut gold, mut pred) = (HashSet::new(), HashSet::new());
    doc.gold_spans(0, &mut gold);
    doc.predicted_spans(&entities(&doc.text), 0, &mut pred);
    let mut scores = Scores::default();
    scores.add(&gold, &pred);
    scores.f1s()["micro"]
}
