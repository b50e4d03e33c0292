//! A long session against the real `isnad lsp` process: random edits across many
//! open documents with periodic hovers. Shared by `tests/soak.rs` (short, in CI) and
//! `examples/soak.rs` (100,000 edits, RSS curve). Needs `stdio.rs` and
//! `harness.rs` included beside it as `stdio` and `harness`.
#![allow(dead_code)]

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::harness::{splice, BASES, FRAGMENTS};
use super::stdio::{expected, published, utf16, Rng, Server};

pub struct Plan {
    pub documents: usize,
    pub edits: usize,
    /// A hover after every this many edits.
    pub hover_every: usize,
    /// After every this many edits, wait for the edited document's diagnostics
    /// and compare them with a fresh analysis (so analyses run mid-session, not
    /// only once typing stops).
    pub settle_every: usize,
    /// An RSS sample after every this many edits.
    pub sample_every: usize,
    pub seed: u64,
    /// Documents grow up to about this many bytes, then edits mostly delete.
    pub max_len: usize,
    /// Print progress lines (the example).
    pub verbose: bool,
}

pub struct Report {
    /// (edits so far, RSS in KiB).
    pub rss: Vec<(usize, u64)>,
    pub hovers: usize,
    pub hover_hits: usize,
    pub publishes: usize,
    pub settles: usize,
    pub elapsed: Duration,
}

struct Doc {
    uri: String,
    text: String,
    version: i64,
}

/// Read what the server sent so far without waiting: remember the last
/// diagnostics per document and fail on any error response.
fn pump(server: &mut Server, last: &mut HashMap<String, Value>, publishes: &mut usize) {
    while let Some(Some(msg)) = server.next_within(Duration::ZERO) {
        record(server, msg, last, publishes);
    }
}

fn record(
    server: &mut Server,
    msg: Value,
    last: &mut HashMap<String, Value>,
    publishes: &mut usize,
) {
    assert!(msg.get("error").is_none(), "error response: {msg}");
    if msg["method"] == "textDocument/publishDiagnostics" {
        *publishes += 1;
        let uri = msg["params"]["uri"].as_str().unwrap_or("").to_string();
        last.insert(uri, msg["params"].clone());
    } else if msg.get("method").is_some() && msg.get("id").is_some() {
        let reply = json!({"jsonrpc": "2.0", "id": msg["id"].clone(), "result": null});
        server.send(&reply);
    } else if msg["method"] == "window/showMessage" {
        panic!("unexpected message to the user: {msg}");
    }
}

/// Wait for the answer to `id`, recording everything on the way.
fn answer(
    server: &mut Server,
    id: i64,
    last: &mut HashMap<String, Value>,
    publishes: &mut usize,
) -> Value {
    loop {
        let Some(msg) = server.next() else {
            panic!("the server ended; stderr:\n{}", server.stderr_tail());
        };
        if msg.get("method").is_none() && msg["id"] == json!(id) {
            assert!(msg.get("error").is_none(), "error response: {msg}");
            return msg;
        }
        record(server, msg, last, publishes);
    }
}

/// A place an editor can name: a character boundary, not between the `\r` and
/// `\n` of a CRLF (LSP has no position there).
fn edit_point(text: &str, offset: usize) -> usize {
    let at = isnad::positions::floor_char_boundary(text, offset);
    let b = text.as_bytes();
    if at > 0 && b[at - 1] == b'\r' && b.get(at) == Some(&b'\n') {
        at - 1
    } else {
        at
    }
}

pub fn run(binary: &str, plan: &Plan) -> Report {
    let started = Instant::now();
    let mut server = Server::start(binary, Value::Null);
    let analyzer = isnad::Analyzer::embedded();
    let mut rng = Rng(plan.seed | 1);
    let mut docs: Vec<Doc> = (0..plan.documents)
        .map(|i| Doc {
            uri: format!("file:///tmp/isnad-soak/{i}.txt"),
            text: BASES[i % BASES.len()].to_string(),
            version: 1,
        })
        .collect();
    for d in &docs {
        server.open(&d.uri, &d.text, d.version);
    }
    let mut last: HashMap<String, Value> = HashMap::new();
    let mut report = Report {
        rss: Vec::new(),
        hovers: 0,
        hover_hits: 0,
        publishes: 0,
        settles: 0,
        elapsed: Duration::ZERO,
    };
    if let Some(kib) = server.rss_kib() {
        report.rss.push((0, kib));
    }
    for n in 1..=plan.edits {
        let d = &mut docs[rng.below(plan.documents)];
        let at = edit_point(&d.text, rng.below(d.text.len() + 1));
        let growing = d.text.len() < plan.max_len;
        let del = if growing {
            rng.below(6)
        } else {
            rng.below(200)
        };
        let end = edit_point(&d.text, at + del).max(at);
        let insert = match rng.below(if growing { 4 } else { 8 }) {
            0 => String::new(),
            1 => BASES[rng.below(BASES.len())]
                .chars()
                .take(rng.below(40))
                .collect(),
            _ => FRAGMENTS[rng.below(FRAGMENTS.len())].to_string(),
        };
        let range = json!({"start": utf16(&d.text, at), "end": utf16(&d.text, end)});
        splice(&mut d.text, at, end - at, &insert);
        d.version += 1;
        let (uri, version) = (d.uri.clone(), d.version);
        server.change(&uri, version, json!([{"range": range, "text": insert}]));
        pump(&mut server, &mut last, &mut report.publishes);

        if n % plan.settle_every == 0 {
            loop {
                let done = last
                    .get(&uri)
                    .is_some_and(|p| p["version"].as_i64() == Some(version));
                if done {
                    break;
                }
                let Some(msg) = server.next() else {
                    panic!("the server ended; stderr:\n{}", server.stderr_tail());
                };
                record(&mut server, msg, &mut last, &mut report.publishes);
            }
            let d = docs.iter().find(|d| d.uri == uri).expect("edited document");
            let got = published(last[&uri]["diagnostics"].as_array().map_or(&[][..], |v| v));
            assert_eq!(
                got,
                expected(&analyzer, &d.text),
                "after edit {n}, v{version} of {uri}:\n{}",
                d.text
            );
            report.settles += 1;
        }
        if n % plan.hover_every == 0 {
            let d = &docs[rng.below(plan.documents)];
            let at = isnad::positions::floor_char_boundary(&d.text, rng.below(d.text.len() + 1));
            let id = server.send_request(
                "textDocument/hover",
                json!({"textDocument": {"uri": d.uri}, "position": utf16(&d.text, at)}),
            );
            let a = answer(&mut server, id, &mut last, &mut report.publishes);
            report.hovers += 1;
            if !a["result"].is_null() {
                report.hover_hits += 1;
            }
        }
        if n % plan.sample_every == 0 {
            if let Some(kib) = server.rss_kib() {
                report.rss.push((n, kib));
                if plan.verbose {
                    println!(
                        "{n:>7} edits  {:>8} KiB  {:>6.1} s",
                        kib,
                        started.elapsed().as_secs_f64()
                    );
                }
            }
        }
    }
    // Every document's final version must be published, and nothing older after it.
    for d in &docs {
        loop {
            let done = last
                .get(&d.uri)
                .is_some_and(|p| p["version"].as_i64() == Some(d.version));
            if done {
                break;
            }
            let Some(msg) = server.next() else {
                panic!("the server ended; stderr:\n{}", server.stderr_tail());
            };
            record(&mut server, msg, &mut last, &mut report.publishes);
        }
    }
    // A request answered after everything settles: whatever came before it is in.
    let id = server.send_request("workspace/symbol", json!({"query": ""}));
    answer(&mut server, id, &mut last, &mut report.publishes);
    for d in &docs {
        let p = &last[&d.uri];
        assert_eq!(
            p["version"].as_i64(),
            Some(d.version),
            "stale diagnostics for {}: {p}",
            d.uri
        );
        let got = published(p["diagnostics"].as_array().map_or(&[][..], |v| v));
        let want = expected(&analyzer, &d.text);
        assert_eq!(
            got, want,
            "diagnostics of {} differ from a fresh analysis of its text:\n{}",
            d.uri, d.text
        );
    }
    if let Some(kib) = server.rss_kib() {
        report.rss.push((plan.edits, kib));
    }
    let status = server.stop();
    assert_eq!(status, Some(0), "exit status after shutdown and exit");
    report.elapsed = started.elapsed();
    report
}
