//! A blocking LSP client for the real `isnad lsp` process over stdin/stdout, for
//! `tests/lsp_hostile.rs`, `tests/soak.rs` and `examples/soak.rs` (included with
//! `#[path]`). Raw bytes can be sent, so malformed frames can be too. The server's
//! stderr is kept, to show with a failure.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use isnad::positions::{Encoding, LineIndex};
use isnad::Analyzer;
use serde_json::{json, Value};

/// Only so that a hang fails the test instead of blocking it; nothing is timed.
pub const HANG: Duration = Duration::from_secs(60);

pub enum Incoming {
    Message(Value),
    /// The server sent something that is not a frame of JSON.
    Garbage(String),
    Closed,
}

pub struct Server {
    pub child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Incoming>,
    /// Notifications seen while waiting for something else.
    pub stash: Vec<Value>,
    pub stderr: Arc<Mutex<String>>,
    next_id: i64,
    pub closed: bool,
    /// How long to wait for any one message before calling it a hang.
    pub wait: Duration,
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut v = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    v.extend_from_slice(body);
    v
}

fn read_frames(stdout: impl Read, tx: std::sync::mpsc::Sender<Incoming>) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut length = None;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => {
                    let _ = tx.send(Incoming::Closed);
                    return;
                }
                Ok(_) => {}
            }
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            match trimmed.strip_prefix("Content-Length:") {
                Some(v) => length = v.trim().parse::<usize>().ok(),
                None if !trimmed.contains(':') => {
                    let _ = tx.send(Incoming::Garbage(line));
                }
                None => {}
            }
        }
        let Some(length) = length else {
            let _ = tx.send(Incoming::Garbage("a header without Content-Length".into()));
            continue;
        };
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            let _ = tx.send(Incoming::Closed);
            return;
        }
        let msg = match serde_json::from_slice::<Value>(&body) {
            Ok(v) => Incoming::Message(v),
            Err(e) => Incoming::Garbage(format!("{e}: {}", String::from_utf8_lossy(&body))),
        };
        if tx.send(msg).is_err() {
            return;
        }
    }
}

impl Server {
    /// Start `binary lsp` and initialise it with `options` as
    /// `initializationOptions` (UTF-16 positions, no workspace).
    pub fn start(binary: &str, options: Value) -> Server {
        Server::start_in(binary, options, None)
    }

    /// The same with a workspace folder (where `isnad.toml` and `.isnad/` are read).
    pub fn start_in(binary: &str, options: Value, root: Option<&std::path::Path>) -> Server {
        let mut child = Command::new(binary)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e}"));
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout");
        let mut stderr_pipe = child.stderr.take().expect("stderr");
        let stderr = Arc::new(Mutex::new(String::new()));
        let keep = stderr.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr_pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut s = keep.lock().unwrap_or_else(|e| e.into_inner());
                s.push_str(&String::from_utf8_lossy(&buf[..n]));
                // Keep the tail only.
                if s.len() > 1 << 20 {
                    let cut = s.len() - (1 << 19);
                    let cut = isnad::positions::floor_char_boundary(&s, cut);
                    s.replace_range(..cut, "");
                }
            }
        });
        let (tx, incoming) = channel();
        std::thread::spawn(move || read_frames(stdout, tx));
        let mut server = Server {
            child,
            stdin,
            incoming,
            stash: Vec::new(),
            stderr,
            next_id: 0,
            closed: false,
            wait: HANG,
        };
        let mut params = json!({"processId": std::process::id(), "capabilities": {
            "general": {"positionEncodings": ["utf-16"]},
            "textDocument": {"publishDiagnostics": {"versionSupport": true}}
        }, "initializationOptions": options});
        if let Some(root) = root {
            let uri = format!("file://{}", root.display());
            params["rootUri"] = json!(uri);
            params["workspaceFolders"] = json!([{"uri": uri, "name": "ws"}]);
        }
        let init = server.request("initialize", params);
        assert!(init.get("result").is_some(), "initialize: {init}");
        server.notify("initialized", json!({}));
        server
    }

    pub fn stderr_tail(&self) -> String {
        let s = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
        let cut = isnad::positions::floor_char_boundary(&s, s.len().saturating_sub(4000));
        s[cut..].to_string()
    }

    /// Write raw bytes; false when the server no longer reads.
    pub fn send_bytes(&mut self, bytes: &[u8]) -> bool {
        let Some(stdin) = self.stdin.as_mut() else {
            return false;
        };
        stdin.write_all(bytes).is_ok() && stdin.flush().is_ok()
    }

    pub fn send(&mut self, msg: &Value) -> bool {
        self.send_bytes(&frame(msg.to_string().as_bytes()))
    }

    pub fn notify(&mut self, method: &str, params: Value) -> bool {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
    }

    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Send a request and wait for its answer (the whole message).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.answer(&json!(id))
    }

    /// The next message, or `None` when the server closed its stdout. Panics on a
    /// hang and on garbage.
    pub fn next(&mut self) -> Option<Value> {
        let wait = self.wait;
        self.next_within(wait).unwrap_or_else(|| {
            panic!(
                "nothing from the server within {wait:?}; stderr:\n{}",
                self.stderr_tail()
            )
        })
    }

    /// `Some(None)`: closed; `None`: nothing within `wait`.
    pub fn next_within(&mut self, wait: Duration) -> Option<Option<Value>> {
        if self.closed {
            return Some(None);
        }
        match self.incoming.recv_timeout(wait) {
            Ok(Incoming::Message(v)) => Some(Some(v)),
            Ok(Incoming::Garbage(g)) => panic!("the server wrote garbage to stdout: {g}"),
            Ok(Incoming::Closed) | Err(RecvTimeoutError::Disconnected) => {
                self.closed = true;
                Some(None)
            }
            Err(RecvTimeoutError::Timeout) => None,
        }
    }

    /// The answer to request `id`; notifications on the way are stashed.
    pub fn answer(&mut self, id: &Value) -> Value {
        loop {
            let Some(msg) = self.next() else {
                panic!(
                    "the server ended before answering request {id}; stderr:\n{}",
                    self.stderr_tail()
                );
            };
            if msg.get("method").is_none() && &msg["id"] == id {
                return msg;
            }
            if msg.get("method").is_some() && msg.get("id").is_some() {
                // A request from the server: answer null.
                let reply = json!({"jsonrpc": "2.0", "id": msg["id"].clone(), "result": null});
                self.send(&reply);
                continue;
            }
            self.stash.push(msg);
        }
    }

    /// The first notification `method` whose params satisfy `pred` (stashed or new).
    pub fn notification(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self
            .stash
            .iter()
            .position(|m| m["method"] == method && pred(&m["params"]))
        {
            return self.stash.remove(i)["params"].clone();
        }
        loop {
            let Some(msg) = self.next() else {
                panic!(
                    "the server ended while we waited for {method}; stderr:\n{}",
                    self.stderr_tail()
                );
            };
            if msg["method"] == method && msg.get("id").is_none() && pred(&msg["params"]) {
                return msg["params"].clone();
            }
            if msg.get("method").is_some() && msg.get("id").is_some() {
                let reply = json!({"jsonrpc": "2.0", "id": msg["id"].clone(), "result": null});
                self.send(&reply);
                continue;
            }
            self.stash.push(msg);
        }
    }

    /// Drop stashed notifications of `method` (to keep a long session's memory flat).
    pub fn drop_stashed(&mut self, method: &str) {
        self.stash.retain(|m| m["method"] != method);
    }

    pub fn open(&mut self, uri: &str, text: &str, version: i64) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": version, "text": text}}),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// The diagnostics published for `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let p = self.notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == version
        });
        p["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    /// `shutdown` then `exit`; the exit status.
    pub fn stop(mut self) -> Option<i32> {
        if !self.closed {
            let r = self.request("shutdown", Value::Null);
            assert!(r.get("error").is_none(), "shutdown: {r}");
            self.notify("exit", Value::Null);
        }
        self.stdin.take();
        let deadline = Instant::now() + HANG;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not end after exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The resident set size of the server process in KiB (Linux).
    pub fn rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// What a fresh analysis of `text` says, in the wire's terms: (code, severity,
/// range in UTF-16 positions, message), sorted.
pub fn expected(analyzer: &Analyzer, text: &str) -> Vec<(String, u64, [u64; 4], String)> {
    let index = LineIndex::new(text);
    let severity = |s: isnad::analysis::Severity| match s {
        isnad::analysis::Severity::Error => 1,
        isnad::analysis::Severity::Warning => 2,
        isnad::analysis::Severity::Information => 3,
        isnad::analysis::Severity::Hint => 4,
    };
    let mut out: Vec<_> = analyzer
        .analyze(text)
        .diagnostics
        .iter()
        .map(|d| {
            let s = index.position(text, d.range.start, Encoding::Utf16);
            let e = index.position(text, d.range.end.max(d.range.start), Encoding::Utf16);
            (
                d.code.as_str().to_string(),
                severity(d.severity),
                [
                    s.line as u64,
                    s.character as u64,
                    e.line as u64,
                    e.character as u64,
                ],
                d.message.clone(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The same for published diagnostics.
pub fn published(diagnostics: &[Value]) -> Vec<(String, u64, [u64; 4], String)> {
    let n = |v: &Value| v.as_u64().unwrap_or(u64::MAX);
    let mut out: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let r = &d["range"];
            (
                d["code"].as_str().unwrap_or("").to_string(),
                n(&d["severity"]),
                [
                    n(&r["start"]["line"]),
                    n(&r["start"]["character"]),
                    n(&r["end"]["line"]),
                    n(&r["end"]["character"]),
                ],
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

/// A small deterministic random source (xorshift64*), so runs repeat.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The UTF-16 position of byte `offset` (on a boundary) in `text`.
pub fn utf16(text: &str, offset: usize) -> Value {
    let p = LineIndex::new(text).position(text, offset, Encoding::Utf16);
    json!({"line": p.line, "character": p.character})
}
