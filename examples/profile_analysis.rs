//! Analyse ../shared/eval/news N times (default 20), for profilers:
//! `perf record -g target/release/examples/profile_analysis` or callgrind.
//! Prints the knowledge base's build time and the analysis throughput.

use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/news");
    let mut text = String::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("NOTICE: {dir} not found");
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
    }
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
}
