//! Entity recognition speed on a ~100 KB article with the full embedded base, and
//! the cost of building the base (parse + automaton).
//!
//! Reads ../shared/eval/news; skipped with a notice when it is absent.
//! `cargo bench --bench recognize`

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use isnad::entities::Recognizer;
use isnad::kb::KnowledgeBase;
use isnad::text::Document;

#[path = "support/mod.rs"]
mod support;

/// Resident set size in KB (Linux), for a rough memory figure.
fn bench(c: &mut Criterion) {
    let Some(text) = support::news_of_size(100_000) else {
        eprintln!("NOTICE: ../shared/eval/news is absent; skipping the recognition bench");
        return;
    };
    let before = support::status_mb(None, "VmRSS:");
    let start = Instant::now();
    let kb = KnowledgeBase::embedded();
    let parsed = start.elapsed();
    let recognizer = Recognizer::new(&kb);
    let returned = start.elapsed();
    recognizer.ready();
    let built = start.elapsed();
    let after = support::status_mb(None, "VmRSS:");
    eprintln!(
        "knowledge base: {} entities parsed in {parsed:?}, Recognizer::new returned at {returned:?}, automaton ready at {built:?}; RSS +{:.1} MB",
        kb.entities.len(),
        after - before
    );

    let mut group = c.benchmark_group("recognize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("100KB article", |b| {
        b.iter(|| {
            let doc = Document::new(&text);
            recognizer.recognize(&doc, &kb).len()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("recognizer from embedded base", |b| {
        b.iter(|| {
            let r = Recognizer::new(&kb);
            r.ready();
            r
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
