//! Knowledge-base scale: a generated base of 1,000,000 entities (ISNAD_KB_ENTITIES
//! overrides the count) on top of the embedded one. Reports
//! - the recogniser's build time and the memory it holds (resident set before and
//!   after, and the peak),
//! - recognition speed on ../shared/eval/news against the embedded base alone,
//! - the same names through the multi-pattern matchers on offer: aho-corasick's
//!   non-contiguous NFA, contiguous NFA and DFA (the DFA only up to
//!   ISNAD_KB_DFA_MAX names, 100,000 by default: its transition table grows with
//!   states x byte classes and a million names would not fit the 1 GB budget), and
//!   daachorse's double array (bytewise and charwise). `ISNAD_KB_MATCHERS=0`
//!   skips this comparison (minutes and ~3 GB at a million names).
//!
//! Nothing large is committed: the names are generated from Arabic syllables with a
//! fixed seed. `cargo bench --bench kb_scale`

use std::hint::black_box;
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use daachorse::{
    CharwiseDoubleArrayAhoCorasickBuilder, DoubleArrayAhoCorasickBuilder,
    MatchKind as DaachorseKind,
};
use isnad::entities::Recognizer;
use isnad::kb::{Entity, KnowledgeBase};
use isnad::text::{normalize, Document};

#[path = "support/mod.rs"]
mod support;

/// Resident and peak memory of this process in MB (Linux; 0 elsewhere).
fn memory() -> (f64, f64) {
    (
        support::status_mb(None, "VmRSS:"),
        support::status_mb(None, "VmHWM:"),
    )
}

/// A deterministic stream of plausible Arabic names: 2 or 3 words of 2–4 syllables.
fn generated(count: usize) -> Vec<Entity> {
    const ONSETS: [&str; 24] = [
        "ب", "ت", "ج", "ح", "خ", "د", "ر", "ز", "س", "ش", "ص", "ط", "ع", "غ", "ف", "ق", "ك", "ل",
        "م", "ن", "ه", "و", "ي", "ث",
    ];
    const VOWELS: [&str; 4] = ["ا", "و", "ي", ""];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let kinds = ["person", "organization", "location"];
    (0..count)
        .map(|i| {
            let words = 2 + next(2);
            let name: Vec<String> = (0..words)
                .map(|_| {
                    (0..2 + next(3))
                        .map(|_| format!("{}{}", ONSETS[next(24)], VOWELS[next(4)]))
                        .collect()
                })
                .collect();
            let json = format!(
                r#"{{"id": "generated-{i}", "type": "{}", "ar": "{}"}}"#,
                kinds[i % 3],
                name.join(" ")
            );
            serde_json::from_str(&json).expect("generated entity")
        })
        .collect()
}

fn names(kb: &KnowledgeBase) -> Vec<String> {
    kb.entities
        .iter()
        .flat_map(|e| std::iter::once(&e.ar).chain(&e.aliases))
        .map(|n| normalize(n))
        .filter(|n| !n.is_empty())
        .collect()
}

/// Throughput of `f` over `bytes`, best of three after a warm-up.
fn mb_per_s(bytes: usize, mut f: impl FnMut() -> usize) -> f64 {
    black_box(f());
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    bytes as f64 / 1e6 / best
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let Some(text) = support::news() else {
        eprintln!("NOTICE: ../shared/eval/news not found; kb_scale bench skipped");
        return;
    };
    let count: usize = std::env::var("ISNAD_KB_ENTITIES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let dfa_max: usize = std::env::var("ISNAD_KB_DFA_MAX")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let doc = Document::new(&text);

    // The embedded base: the reference speed.
    let embedded = KnowledgeBase::embedded();
    let small = Recognizer::new(&embedded);
    small.ready();
    let small_speed = mb_per_s(text.len(), || small.recognize(&doc, &embedded).len());
    let small_mentions = small.recognize(&doc, &embedded).len();
    println!(
        "embedded base: {} entities, recognition {small_speed:.1} MB/s ({small_mentions} mentions)",
        embedded.entities.len()
    );
    drop(small);

    let t = Instant::now();
    let mut big = KnowledgeBase::embedded();
    big.merge(generated(count));
    let (rss0, _) = memory();
    println!(
        "generated base: {} entities in {:.2} s, process {rss0:.0} MB",
        big.entities.len(),
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let recognizer = Recognizer::new(&big);
    recognizer.ready();
    let build = t.elapsed().as_secs_f64();
    let (rss1, peak1) = memory();
    let big_speed = mb_per_s(text.len(), || recognizer.recognize(&doc, &big).len());
    println!(
        "recogniser on {} entities: built in {build:.2} s, holds {:.0} MB (process {rss1:.0} MB, peak {peak1:.0} MB); recognition {big_speed:.1} MB/s, {:.2}x slower than the embedded base",
        big.entities.len(),
        rss1 - rss0,
        small_speed / big_speed
    );
    drop(recognizer);
    if std::env::var("ISNAD_KB_MATCHERS").is_ok_and(|v| v == "0") {
        return;
    }

    let all = names(&big);
    let normalized = normalize(&text);
    let bytes = normalized.len();
    let matcher = |label: &str, kind: Option<AhoCorasickKind>, patterns: &[String]| {
        let (before, _) = memory();
        let t = Instant::now();
        let built = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(kind)
            .build(patterns);
        let secs = t.elapsed().as_secs_f64();
        match built {
            Ok(ac) => {
                let (after, peak) = memory();
                let speed = mb_per_s(bytes, || ac.find_iter(&normalized).count());
                println!(
                    "  aho-corasick {label:<16} {:>9} names: build {secs:6.2} s, {:6.0} MB heap ({:6.0} MB resident delta, peak {peak:.0} MB), scan {speed:6.1} MB/s",
                    patterns.len(),
                    ac.memory_usage() as f64 / 1e6,
                    after - before,
                );
            }
            Err(e) => println!(
                "  aho-corasick {label:<16} {:>9} names: {e}",
                patterns.len()
            ),
        }
    };
    println!("matchers (leftmost-longest, normalised text):");
    let few = names(&embedded);
    for (label, patterns) in [("embedded", &few), ("generated", &all)] {
        println!(" {label}:");
        matcher(
            "noncontiguous",
            Some(AhoCorasickKind::NoncontiguousNFA),
            patterns,
        );
        matcher("contiguous", Some(AhoCorasickKind::ContiguousNFA), patterns);
        if patterns.len() <= dfa_max {
            matcher("dfa", Some(AhoCorasickKind::DFA), patterns);
        } else {
            let part = &patterns[..dfa_max];
            println!("  aho-corasick dfa: first {dfa_max} names only (ISNAD_KB_DFA_MAX)");
            matcher("dfa", Some(AhoCorasickKind::DFA), part);
        }
        let mut unique = patterns.clone();
        unique.sort();
        unique.dedup();
        let (before, _) = memory();
        let t = Instant::now();
        let bytewise = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(DaachorseKind::LeftmostLongest)
            .build::<_, _, u32>(&unique);
        let secs = t.elapsed().as_secs_f64();
        if let Ok(pma) = bytewise {
            let (after, _) = memory();
            let speed = mb_per_s(bytes, || pma.leftmost_find_iter(&normalized).count());
            println!(
                "  daachorse bytewise    {:>9} names: build {secs:6.2} s, {:6.0} MB heap ({:6.0} MB resident delta), scan {speed:6.1} MB/s",
                unique.len(),
                pma.heap_bytes() as f64 / 1e6,
                after - before
            );
        }
        let (before, _) = memory();
        let t = Instant::now();
        let charwise = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(DaachorseKind::LeftmostLongest)
            .build::<_, _, u32>(&unique);
        let secs = t.elapsed().as_secs_f64();
        if let Ok(pma) = charwise {
            let (after, _) = memory();
            let speed = mb_per_s(bytes, || pma.leftmost_find_iter(&normalized).count());
            println!(
                "  daachorse charwise    {:>9} names: build {secs:6.2} s, {:6.0} MB heap ({:6.0} MB resident delta), scan {speed:6.1} MB/s",
                unique.len(),
                pma.heap_bytes() as f64 / 1e6,
                after - before
            );
        }
    }
    let (_, peak) = memory();
    println!("peak resident memory of the whole bench: {peak:.0} MB");
}
