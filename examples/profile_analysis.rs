//! Analyse ../shared/eval/news N times (default 20), for profilers:
//! `perf record -g target/release/examples/profile_analysis` or callgrind.
//! Prints the knowledge base's build time, the analysis throughput and each stage's
//! share. A second argument (`text`, `entities` or `claims`) profiles that stage
//! alone: `perf record -g target/release/examples/profile_analysis 20 claims`.

use std::time::Instant;

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let Some(text) = support::news() else {
        eprintln!("NOTICE: {} not found", support::NEWS);
        return;
    };
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let started = Instant::now();
    let analyzer = isnad::Analyzer::embedded();
    println!(
        "analyzer built in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    if let Some(stage) = std::env::args().nth(2) {
        let doc = isnad::text::Document::new(&text);
        let entities = analyzer.recognizer.recognize(&doc, &analyzer.kb);
        let started = Instant::now();
        for _ in 0..rounds {
            match stage.as_str() {
                "text" => drop(std::hint::black_box(isnad::text::Document::new(&text))),
                "entities" => drop(std::hint::black_box(
                    analyzer.recognizer.recognize(&doc, &analyzer.kb),
                )),
                _ => drop(std::hint::black_box(isnad::claims::analyze(
                    &doc,
                    &entities,
                    &analyzer.lexicon,
                ))),
            }
        }
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{stage}: {:.1} MB/s",
            (rounds * text.len()) as f64 / 1e6 / seconds
        );
        return;
    }
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        found += analyzer.analyze(&text).diagnostics.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{rounds} x {:.0} KB: {:.1} MB/s ({found} diagnostics)",
        text.len() as f64 / 1e3,
        (rounds * text.len()) as f64 / 1e6 / seconds
    );
    // The same work stage by stage, to see which one to work on.
    let mut stages = [0.0f64; 3];
    for _ in 0..rounds {
        let t = Instant::now();
        let doc = isnad::text::Document::new(&text);
        stages[0] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let entities = analyzer.recognizer.recognize(&doc, &analyzer.kb);
        stages[1] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let out = isnad::claims::analyze(&doc, &entities, &analyzer.lexicon);
        stages[2] += t.elapsed().as_secs_f64();
        std::hint::black_box(out.diagnostics.len());
    }
    for (name, s) in ["text core", "entities", "claims"].iter().zip(stages) {
        println!(
            "  {name:<10} {:6.1} ms per pass, {:6.1} MB/s",
            s * 1e3 / rounds as f64,
            (rounds * text.len()) as f64 / 1e6 / s
        );
    }
}
