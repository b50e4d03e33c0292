//! Whole-document analysis throughput (text core + entities + claims, full embedded
//! knowledge base) on real news text, against a plain aho-corasick scan of the same
//! text for the same knowledge-base names: the floor any recogniser must pay.
//!
//! Input: ../shared/eval/news concatenated (skipped with a notice when absent).
//! `cargo bench --bench analysis`

use std::hint::black_box;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use isnad::text::{normalize, Document};
use isnad::Analyzer;

#[path = "support/mod.rs"]
mod support;

fn bench(c: &mut Criterion) {
    let Some(text) = support::news() else {
        eprintln!("NOTICE: ../shared/eval/news not found; analysis bench skipped");
        return;
    };
    let analyzer = Analyzer::embedded();
    let names: Vec<String> = analyzer
        .kb
        .entities
        .iter()
        .flat_map(|e| std::iter::once(&e.ar).chain(&e.aliases))
        .map(|n| normalize(n))
        .filter(|n| !n.is_empty())
        .collect();
    let scan = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("automaton");
    let normalized = normalize(&text);

    let mut group = c.benchmark_group("news");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("aho-corasick scan of KB names (normalised text)", |b| {
        b.iter(|| scan.find_iter(black_box(&normalized)).count())
    });
    group.bench_function("text core (normalise, tokens, sentences, numbers)", |b| {
        b.iter(|| Document::new(black_box(&text)).tokens.len())
    });
    group.bench_function("full analysis", |b| {
        b.iter(|| analyzer.analyze(black_box(&text)).diagnostics.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
