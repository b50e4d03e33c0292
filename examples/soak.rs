//! The long soak: `isnad lsp` over stdio with 100,000 random edits across 50 open
//! documents, a hover every 50 edits and a compared analysis every 100, printing the server's RSS (from
//! /proc/<pid>/status) every 5,000 edits. It fails like `tests/soak.rs` does (an error
//! response, stale or wrong diagnostics at the end).
//!
//! ```sh
//! cargo build --release && cargo run --release --example soak -- [EDITS] [BINARY]
//! ```

#[path = "../fuzz/src/harness.rs"]
mod harness;
#[path = "../fuzz/src/soak.rs"]
mod soak;
#[path = "../fuzz/src/stdio.rs"]
mod stdio;

fn main() {
    let mut args = std::env::args().skip(1);
    let edits = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let binary = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/isnad").to_string()
    });
    let plan = soak::Plan {
        documents: 50,
        edits,
        hover_every: 50,
        sample_every: (edits / 20).max(1),
        settle_every: 100,
        seed: 0x15AD_2026,
        max_len: 3_000,
        verbose: true,
    };
    println!(
        "soak: {edits} edits across {} documents, {binary}",
        plan.documents
    );
    println!("{:>7} edits  {:>8} KiB", "", "RSS");
    let report = soak::run(&binary, &plan);
    println!("settled and compared {} times", report.settles);
    println!(
        "done: {} hovers ({} on something), {} publishes, {:.1} s",
        report.hovers,
        report.hover_hits,
        report.publishes,
        report.elapsed.as_secs_f64()
    );
    println!("RSS curve (edits, KiB): {:?}", report.rss);
}
