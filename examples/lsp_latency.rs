//! Latency of the language server over stdio, as an editor sees it: the time from
//! a `didChange` to the `publishDiagnostics` for that version, and the time to
//! answer a hover, on a 20 KB and a 1 MB Arabic document built from the news
//! samples in `../shared/eval/news` (skipped with a notice if they are absent).
//! Also the server's peak resident memory (VmHWM), and where the time of a
//! didChange → publishDiagnostics goes: the server runs with `ISNAD_LSP_TIMINGS=1`
//! and writes its phases to stderr (see `isnad::lsp::timing`); wall-clock stamps
//! on both sides give the transport's share.
//!
//!     cargo run --release --example lsp_latency [-- NEWS_DIR]
//!
//! The server is this same executable re-run as `lsp_latency --serve`, which calls
//! `isnad::lsp::run_stdio()`: the library's server over real pipes.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use isnad::lsp::timing::wall_us;

use serde_json::{json, Value};

#[path = "../benches/support/mod.rs"]
mod support;

const URI: &str = "file:///tmp/isnad-latency/article.txt";
/// The server's default debounce.
const DEBOUNCE_US: u128 = 50_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--serve") {
        std::process::exit(isnad::lsp::run_stdio());
    }
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "../shared/eval/news".to_string());
    let Some(corpus) = corpus(&dir) else {
        eprintln!("NOTICE: no news samples in {dir}; latency benchmark skipped");
        return;
    };
    println!("debounce: the server's default (50 ms) is included in didChange → diagnostics");
    for (label, size, edits, hovers) in
        [("20 KB", 20 * 1024, 40, 100), ("1 MB", 1024 * 1024, 12, 40)]
    {
        let text = document(&corpus, size);
        run(label, &text, edits, hovers);
    }
}

/// Paragraphs of the news samples (source lines dropped).
fn corpus(dir: &str) -> Option<Vec<String>> {
    let mut paragraphs = Vec::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let path = entry.ok()?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).ok()?;
        paragraphs.extend(
            text.lines()
                .filter(|l| !l.starts_with("###") && !l.trim().is_empty())
                .map(str::to_string),
        );
    }
    (!paragraphs.is_empty()).then_some(paragraphs)
}

fn document(corpus: &[String], size: usize) -> String {
    let mut text = String::new();
    for p in corpus.iter().cycle() {
        if text.len() >= size {
            break;
        }
        text.push_str(p);
        text.push_str("\n\n");
    }
    text
}

/// A message from the server, with when its first line arrived and when it was
/// parsed (wall clock, microseconds).
struct Incoming {
    msg: Value,
    arrived_us: u128,
    parsed_us: u128,
}

/// One `[isnad timing]` line of the server's stderr: field → number.
type Timing = HashMap<String, u128>;

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Incoming>,
    timings: Receiver<Timing>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let exe = std::env::current_exe().expect("current exe");
        let mut child = Command::new(exe)
            .arg("--serve")
            .env("ISNAD_LSP_TIMINGS", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the server");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        let (timing_tx, timings) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { return };
                let Some(rest) = line.strip_prefix("[isnad timing] ") else {
                    continue;
                };
                let timing: Timing = rest
                    .split_whitespace()
                    .filter_map(|kv| kv.split_once('='))
                    .filter_map(|(k, v)| Some((k.to_string(), v.parse().ok()?)))
                    .collect();
                if timing_tx.send(timing).is_err() {
                    return;
                }
            }
        });
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0;
                let mut arrived_us = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    arrived_us.get_or_insert_with(wall_us);
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if let Ok(msg) = serde_json::from_slice::<Value>(&body) {
                    let parsed_us = wall_us();
                    let arrived_us = arrived_us.unwrap_or(parsed_us);
                    let incoming = Incoming {
                        msg,
                        arrived_us,
                        parsed_us,
                    };
                    if tx.send(incoming).is_err() {
                        return;
                    }
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            timings,
            next_id: 1,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let _ = write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = self.stdin.flush();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let msg = self.recv().msg;
            if msg.get("method").is_some() && msg.get("id").is_some() {
                // A request from the server (registration, refresh): answer it.
                let answer = json!({"jsonrpc": "2.0", "id": msg["id"], "result": null});
                self.send(answer);
                continue;
            }
            if msg["id"] == json!(id) && msg.get("method").is_none() {
                return msg["result"].clone();
            }
        }
    }

    fn recv(&mut self) -> Incoming {
        self.incoming
            .recv_timeout(Duration::from_secs(120))
            .expect("the server stopped answering")
    }

    /// Wait for the diagnostics of `version`; the message, when it arrived and
    /// when it was parsed.
    fn wait_diagnostics(&mut self, version: i64) -> Incoming {
        loop {
            let incoming = self.recv();
            let msg = &incoming.msg;
            if msg["method"] == "textDocument/publishDiagnostics"
                && msg["params"]["version"] == version
            {
                return incoming;
            }
        }
    }

    /// The server's timing line for `version` (they come in order).
    fn timing(&mut self, version: i64) -> Option<Timing> {
        loop {
            let t = self.timings.recv_timeout(Duration::from_secs(5)).ok()?;
            if t.get("version").copied() == Some(version as u128) {
                return Some(t);
            }
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "  {what:<32} p50 {:>8.1} ms   p95 {:>8.1} ms   (n = {})",
        percentile(&samples, 0.5).as_secs_f64() * 1000.0,
        percentile(&samples, 0.95).as_secs_f64() * 1000.0,
        samples.len()
    );
}

/// The phases of one didChange → publishDiagnostics, in microseconds, in order.
const PHASES: [(&str, &str); 13] = [
    ("client → server handler", "in"),
    ("change → analysis starts", "wait_us"),
    ("copy the text", "copy_us"),
    ("blocking thread hand-off", "spawn_us"),
    ("analysis", "analysis_us"),
    ("line index", "index_us"),
    ("result held until debounce end", "hold_us"),
    ("convert diagnostics", "convert_us"),
    ("queue publishDiagnostics", "publish_us"),
    ("serialise + transport", "out"),
    ("client parse", "parse"),
    ("change → queued, over debounce", "over"),
    ("work after the debounce", "after"),
];

/// The breakdown of one sample: the server's phases and the transport around them.
fn breakdown(sent_us: u128, got: &Incoming, t: &Timing, debounce_us: u128) -> Vec<u128> {
    let field = |k: &str| t.get(k).copied().unwrap_or(0);
    PHASES
        .iter()
        .map(|(_, key)| match *key {
            "in" => field("received_us").saturating_sub(sent_us),
            "over" => field("queued_us")
                .saturating_sub(field("received_us"))
                .saturating_sub(debounce_us),
            // The server's work that the debounce did not hide: everything from
            // the change to the queued notification, less the quiet period.
            "after" => (field("wait_us")
                + field("copy_us")
                + field("spawn_us")
                + field("analysis_us")
                + field("index_us"))
            .saturating_sub(debounce_us),
            "out" => got.arrived_us.saturating_sub(field("queued_us")),
            "parse" => got.parsed_us.saturating_sub(got.arrived_us),
            key => field(key),
        })
        .collect()
}

fn report_breakdown(samples: &[Vec<u128>]) {
    if samples.is_empty() {
        return;
    }
    println!("  where the time goes (p50 / p95 of each phase, ms):");
    for (i, (name, _)) in PHASES.iter().enumerate() {
        let mut v: Vec<Duration> = samples
            .iter()
            .map(|s| Duration::from_micros(s[i] as u64))
            .collect();
        v.sort();
        println!(
            "    {name:<30} {:>7.2} / {:>7.2}",
            percentile(&v, 0.5).as_secs_f64() * 1000.0,
            percentile(&v, 0.95).as_secs_f64() * 1000.0,
        );
    }
}

fn run(label: &str, text: &str, edits: usize, hovers: usize) {
    let mut c = Client::start();
    c.request("initialize", json!({"processId": null, "capabilities": {}}));
    c.notify("initialized", json!({}));
    let started = Instant::now();
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": URI, "languageId": "plaintext", "version": 1, "text": text}}),
    );
    c.wait_diagnostics(1);
    let open = started.elapsed();
    println!(
        "{label} ({} bytes, {} lines): didOpen → diagnostics {:.1} ms",
        text.len(),
        text.lines().count(),
        open.as_secs_f64() * 1000.0
    );

    // Type in the middle of the document: insert a letter, then delete it.
    let middle = (text.lines().count() / 2) as u32;
    let mut changes = Vec::new();
    let mut phases = Vec::new();
    let mut version = 1;
    for i in 0..edits {
        version += 1;
        let at = json!({"line": middle, "character": 0});
        let change = if i % 2 == 0 {
            json!({"range": {"start": at, "end": at}, "text": "و"})
        } else {
            json!({"range": {"start": at, "end": {"line": middle, "character": 1}}, "text": ""})
        };
        let t = Instant::now();
        let sent_us = wall_us();
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}),
        );
        let got = c.wait_diagnostics(version);
        changes.push(t.elapsed());
        if let Some(timing) = c.timing(version) {
            phases.push(breakdown(sent_us, &got, &timing, DEBOUNCE_US));
        }
    }
    report("didChange → publishDiagnostics", changes);
    report_breakdown(&phases);

    // Hover the entities the server found, spread over the document.
    let entities = c.request(
        "workspace/executeCommand",
        json!({"command": "isnad.listEntities", "arguments": [URI]}),
    );
    let entities = entities.as_array().cloned().unwrap_or_default();
    if entities.is_empty() {
        println!("  (no entities found: hover not measured)");
    } else {
        let mut times = Vec::new();
        for i in 0..hovers {
            let e = &entities[(i * 7919) % entities.len()];
            let t = Instant::now();
            c.request(
                "textDocument/hover",
                json!({"textDocument": {"uri": URI}, "position": {"line": e["line"], "character": e["character"]}}),
            );
            times.push(t.elapsed());
        }
        report("hover", times);
        // Hover right after an edit waits for the analysis of the new version.
        let mut times = Vec::new();
        for i in 0..edits {
            version += 1;
            let at = json!({"line": middle, "character": 0});
            let change = if i % 2 == 0 {
                json!({"range": {"start": at, "end": at}, "text": "و"})
            } else {
                json!({"range": {"start": at, "end": {"line": middle, "character": 1}}, "text": ""})
            };
            c.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}),
            );
            let e = &entities[(i * 7919) % entities.len()];
            let t = Instant::now();
            c.request(
                "textDocument/hover",
                json!({"textDocument": {"uri": URI}, "position": {"line": e["line"], "character": e["character"]}}),
            );
            times.push(t.elapsed());
        }
        report("hover right after a didChange", times);
    }
    let peak = support::status_mb(Some(c.child.id()), "VmHWM:");
    if peak > 0.0 {
        println!("  server peak RSS                  {peak:.1} MB");
    }
    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    let _ = c.child.wait();
}
