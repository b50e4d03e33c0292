//! Latency of the language server over stdio, as an editor sees it: the time from
//! a `didChange` to the `publishDiagnostics` for that version, and the time to
//! answer a hover, on a 20 KB and a 1 MB Arabic document built from the news
//! samples in `../shared/eval/news` (skipped with a notice if they are absent).
//! Also the server's peak resident memory (VmHWM).
//!
//!     cargo run --release --example lsp_latency [-- NEWS_DIR]
//!
//! The server is this same executable re-run as `lsp_latency --serve`, which calls
//! `isnad::lsp::run_stdio()`: the library's server over real pipes.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const URI: &str = "file:///tmp/isnad-latency/article.txt";

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

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let exe = std::env::current_exe().expect("current exe");
        let mut child = Command::new(exe)
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the server");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
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
                if let Ok(v) = serde_json::from_slice::<Value>(&body) {
                    if tx.send(v).is_err() {
                        return;
                    }
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
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
            let msg = self.recv();
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

    fn recv(&mut self) -> Value {
        self.incoming
            .recv_timeout(Duration::from_secs(120))
            .expect("the server stopped answering")
    }

    fn wait_diagnostics(&mut self, version: i64) {
        loop {
            let msg = self.recv();
            if msg["method"] == "textDocument/publishDiagnostics"
                && msg["params"]["version"] == version
            {
                return;
            }
        }
    }

    fn peak_rss_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
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
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}),
        );
        c.wait_diagnostics(version);
        changes.push(t.elapsed());
    }
    report("didChange → publishDiagnostics", changes);

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
    if let Some(kb) = c.peak_rss_kb() {
        println!(
            "  server peak RSS                  {:.1} MB",
            kb as f64 / 1024.0
        );
    }
    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    let _ = c.child.wait();
}
