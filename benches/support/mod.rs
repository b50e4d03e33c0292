//! What the benches and the profiling examples share: the news corpus they run on
//! and the memory of a process. Included with `#[path]` by each of them (a bench
//! target cannot depend on another), so each uses only part of it.
#![allow(dead_code)]

/// The news samples (`../shared/eval/news`); absent on machines without them.
pub const NEWS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/news");

/// The news samples concatenated in file-name order, a newline after each file;
/// `None` when the folder is absent or empty.
pub fn news() -> Option<String> {
    let mut paths: Vec<_> = std::fs::read_dir(NEWS)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let mut text = String::new();
    for path in paths {
        text.push_str(&std::fs::read_to_string(path).ok()?);
        text.push('\n');
    }
    (!text.is_empty()).then_some(text)
}

/// [`news`] repeated or cut (at a character boundary) to about `size` bytes.
pub fn news_of_size(size: usize) -> Option<String> {
    let corpus = news()?;
    let mut text = String::with_capacity(size + corpus.len());
    while text.len() < size {
        text.push_str(&corpus);
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    Some(text)
}

/// A memory field of `/proc/<pid>/status` (`VmRSS:`, `VmHWM:`) in MB, for this
/// process when `pid` is `None`; 0 where there is no such file (not Linux).
pub fn status_mb(pid: Option<u32>, field: &str) -> f64 {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/status"),
        None => "/proc/self/status".to_string(),
    };
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}
