//! Entity recognition speed on a ~100 KB article with the full embedded base, and
//! the cost of building the base (parse + automaton).
//!
//! Reads ../shared/eval/news; skipped with a notice when it is absent.
//! `cargo bench --bench recognize`

use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use isnad::entities::Recognizer;
use isnad::kb::KnowledgeBase;
use isnad::text::Document;

fn article() -> Option<String> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/news"));
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        text.push_str(&std::fs::read_to_string(f).ok()?);
        if text.len() >= 100_000 {
            break;
        }
    }
    // Cut at a char boundary near 100 KB.
    let mut end = text.len().min(100_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    Some(text)
}

/// Resident set size in KB (Linux), for a rough memory figure.
fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn bench(c: &mut Criterion) {
    let Some(text) = article() else {
        eprintln!("NOTICE: ../shared/eval/news is absent; skipping the recognition bench");
        return;
    };
    let before = rss_kb();
    let start = Instant::now();
    let kb = KnowledgeBase::embedded();
    let parsed = start.elapsed();
    let recognizer = Recognizer::new(&kb);
    let returned = start.elapsed();
    recognizer.ready();
    let built = start.elapsed();
    let after = rss_kb();
    eprintln!(
        "knowledge base: {} entities parsed in {parsed:?}, Recognizer::new returned at {returned:?}, automaton ready at {built:?}; RSS +{} KB",
        kb.entities.len(),
        after.zip(before).map_or(0, |(a, b)| a.saturating_sub(b))
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
