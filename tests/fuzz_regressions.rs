//! Replays, with plain `cargo test`, the fuzz inputs committed under
//! `fuzz/regressions/<target>/` (inputs that once found a bug, and a few that
//! cover each target's paths), through the same code the fuzz targets run
//! (`fuzz/src/harness.rs`).

#[path = "../fuzz/src/harness.rs"]
mod harness;

use std::path::PathBuf;

fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .map(|p| {
            let data = std::fs::read(&p).expect("read seed");
            (p, data)
        })
        .collect();
    out.sort();
    out
}

fn replay(target: &str, run: fn(&[u8])) {
    let seeds = seeds(target);
    assert!(!seeds.is_empty(), "no seeds for {target}");
    for (path, data) in seeds {
        let outcome = std::panic::catch_unwind(|| run(&data));
        assert!(outcome.is_ok(), "{target}: {} fails again", path.display());
    }
}

#[test]
fn analysis_seeds_still_pass() {
    replay("analysis", harness::analysis);
}

#[test]
fn analysis_edits_seeds_still_pass() {
    replay("analysis_edits", harness::analysis_edits);
}

#[test]
fn positions_seeds_still_pass() {
    replay("positions", harness::positions);
}

#[test]
fn jsonrpc_seeds_still_pass() {
    replay("jsonrpc", harness::jsonrpc);
}
