//! `isnad check` on a folder of 10,000 articles: articles per second with every core.
//!
//! The articles are generated from ../shared/eval/news (each source article cut out
//! and repeated with a running number so no two files are equal); nothing large is
//! committed. `cargo bench --bench batch` (ISNAD_BATCH_ARTICLES overrides the count).

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

fn articles() -> Option<Vec<String>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/news");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let text = std::fs::read_to_string(entry.ok()?.path()).ok()?;
        for article in text.split("### source:").skip(1) {
            let body: String = article.lines().skip(1).collect::<Vec<_>>().join("\n");
            if body.len() > 200 {
                out.push(body);
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs this too: only the
    // real bench run does the work.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let Some(sources) = articles() else {
        eprintln!("NOTICE: ../shared/eval/news not found; batch bench skipped");
        return;
    };
    let count: usize = std::env::var("ISNAD_BATCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let dir = std::env::temp_dir().join(format!("isnad-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut bytes = 0;
    for i in 0..count {
        let text = format!("{}\n\n({i})\n", sources[i % sources.len()]);
        bytes += text.len();
        let sub: PathBuf = dir.join(format!("{:03}", i / 100));
        std::fs::create_dir_all(&sub).expect("sub dir");
        std::fs::write(sub.join(format!("{i}.txt")), text).expect("write article");
    }
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(["check", "--format", "json", "--stats"])
        .arg(&dir)
        .output()
        .expect("isnad runs");
    let elapsed = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!(
        "batch: {count} articles, {:.1} MB in {elapsed:.2} s: {:.0} articles/s, {:.1} MB/s on {cores} cores",
        bytes as f64 / 1e6,
        count as f64 / elapsed,
        bytes as f64 / 1e6 / elapsed
    );
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
}
