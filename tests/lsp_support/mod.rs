//! A small LSP client for the protocol tests: raw Content-Length framing over an
//! in-process duplex stream or the real binary's stdin/stdout. It answers the
//! server's requests (`workspace/configuration` with the settings the test set,
//! everything else with `null`) and records them.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

pub const TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Default)]
pub struct Shared {
    /// The answer to `workspace/configuration` (one value per item).
    pub configuration: Value,
    /// Requests the server sent us.
    pub server_requests: Vec<Value>,
}

pub struct TestClient {
    out: UnboundedSender<String>,
    incoming: UnboundedReceiver<Value>,
    next_id: i64,
    /// Notifications received and not yet taken.
    pub stash: Vec<Value>,
    pub shared: Arc<Mutex<Shared>>,
    pub child: Option<std::process::Child>,
}

pub fn frame(body: &str) -> Vec<u8> {
    let mut v = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    v.extend_from_slice(body.as_bytes());
    v
}

/// Handle one message from the server: answer its requests, pass the rest on.
fn dispatch(
    msg: Value,
    incoming: &UnboundedSender<Value>,
    out: &UnboundedSender<String>,
    shared: &Arc<Mutex<Shared>>,
) {
    let is_request = msg.get("method").is_some() && msg.get("id").is_some();
    if is_request {
        let method = msg["method"].as_str().unwrap_or("").to_string();
        let result = {
            let mut s = shared.lock().unwrap();
            s.server_requests.push(msg.clone());
            if method == "workspace/configuration" {
                let n = msg["params"]["items"].as_array().map_or(1, |a| a.len());
                Value::Array(vec![s.configuration.clone(); n])
            } else {
                Value::Null
            }
        };
        let answer = json!({"jsonrpc": "2.0", "id": msg["id"].clone(), "result": result});
        let _ = out.send(answer.to_string());
    }
    let _ = incoming.send(msg);
}

/// Outgoing bodies (sender, receiver), incoming messages (sender, receiver), and
/// the state shared with the reader.
type Channels = (
    UnboundedSender<String>,
    UnboundedReceiver<String>,
    UnboundedSender<Value>,
    UnboundedReceiver<Value>,
    Arc<Mutex<Shared>>,
);

impl TestClient {
    fn new_channels() -> Channels {
        let (out_tx, out_rx) = unbounded_channel();
        let (in_tx, in_rx) = unbounded_channel();
        (
            out_tx,
            out_rx,
            in_tx,
            in_rx,
            Arc::new(Mutex::new(Shared::default())),
        )
    }

    /// Talk to the server over async streams (the in-process duplex).
    pub fn over_streams<R, W>(reader: R, mut writer: W) -> TestClient
    where
        R: AsyncRead + Unpin + Send + 'static,
        W: AsyncWrite + Unpin + Send + 'static,
    {
        let (out_tx, mut out_rx, in_tx, in_rx, shared) = Self::new_channels();
        tokio::spawn(async move {
            while let Some(body) = out_rx.recv().await {
                if writer.write_all(&frame(&body)).await.is_err() {
                    return;
                }
                let _ = writer.flush().await;
            }
        });
        let (out, sh) = (out_tx.clone(), shared.clone());
        tokio::spawn(async move {
            let mut reader = tokio::io::BufReader::new(reader);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        length = v.trim().parse::<usize>().ok();
                    }
                }
                let Some(length) = length else { return };
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).await.is_err() {
                    return;
                }
                let Ok(msg) = serde_json::from_slice::<Value>(&body) else {
                    return;
                };
                dispatch(msg, &in_tx, &out, &sh);
            }
        });
        TestClient {
            out: out_tx,
            incoming: in_rx,
            next_id: 1,
            stash: Vec::new(),
            shared,
            child: None,
        }
    }

    /// Start the built binary (`isnad lsp` plus `args`) and talk over its stdio.
    pub fn spawn_binary(args: &[&str]) -> TestClient {
        Self::spawn_binary_with_env(args, &[])
    }

    pub fn spawn_binary_with_env(args: &[&str], env: &[(&str, &str)]) -> TestClient {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
            .args(args)
            .envs(env.iter().copied())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start isnad");
        let (out_tx, mut out_rx, in_tx, in_rx, shared) = Self::new_channels();
        let mut stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            while let Some(body) = out_rx.blocking_recv() {
                // The empty message closes stdin.
                if body.is_empty() {
                    return;
                }
                if stdin.write_all(&frame(&body)).is_err() || stdin.flush().is_err() {
                    return;
                }
            }
        });
        let (out, sh) = (out_tx.clone(), shared.clone());
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        length = v.trim().parse::<usize>().ok();
                    }
                }
                let Some(length) = length else { return };
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let Ok(msg) = serde_json::from_slice::<Value>(&body) else {
                    return;
                };
                dispatch(msg, &in_tx, &out, &sh);
            }
        });
        TestClient {
            out: out_tx,
            incoming: in_rx,
            next_id: 1,
            stash: Vec::new(),
            shared,
            child: Some(child),
        }
    }

    /// Whether the server closes the connection within `wait` (messages before
    /// the end are dropped).
    pub async fn closed(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.incoming.recv()).await {
                Ok(None) => return true,
                Ok(Some(_)) => continue,
                Err(_) => return false,
            }
        }
    }

    /// Wait for the child process to end; its exit code, or `None` if it is still
    /// running after `wait` (then it is killed).
    pub fn wait_exit(&mut self, wait: Duration) -> Option<i32> {
        let child = self.child.as_mut()?;
        let deadline = std::time::Instant::now() + wait;
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status.code().unwrap_or(-1));
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Close the server's stdin (the client went away).
    pub fn close_stdin(&mut self) {
        let _ = self.out.send(String::new());
    }

    pub fn set_configuration(&self, value: Value) {
        self.shared.lock().unwrap().configuration = value;
    }

    pub fn send_raw(&self, body: &str) {
        self.out.send(body.to_string()).expect("server gone");
    }

    pub fn notify(&self, method: &str, params: Value) {
        self.send_raw(&json!({"jsonrpc": "2.0", "method": method, "params": params}).to_string());
    }

    /// Send a request; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let mut msg = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            msg["params"] = params;
        }
        self.send_raw(&msg.to_string());
        id
    }

    async fn next(&mut self) -> Value {
        match tokio::time::timeout(TIMEOUT, self.incoming.recv()).await {
            Ok(Some(v)) => v,
            Ok(None) => panic!("the server closed the connection"),
            Err(_) => panic!(
                "no message from the server within {TIMEOUT:?}; stashed: {:#?}",
                self.stash
            ),
        }
    }

    /// The response to request `id` (the whole message: `result` or `error`).
    pub async fn response(&mut self, id: i64) -> Value {
        loop {
            let msg = self.next().await;
            if msg.get("method").is_none() && msg["id"] == json!(id) {
                return msg;
            }
            if msg.get("method").is_some() && msg.get("id").is_none() {
                self.stash.push(msg);
            }
        }
    }

    /// Send a request and return its `result`, failing on an error.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        let msg = self.response(id).await;
        if let Some(e) = msg.get("error") {
            panic!("{method} failed: {e}");
        }
        msg["result"].clone()
    }

    /// The first notification `method` for which `pred` holds (stashed or new); the
    /// ones before it stay stashed.
    pub async fn notification(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self
            .stash
            .iter()
            .position(|m| m["method"] == method && pred(&m["params"]))
        {
            return self.stash.remove(i)["params"].clone();
        }
        loop {
            let msg = self.next().await;
            if msg.get("method").is_none() || msg.get("id").is_some() {
                continue;
            }
            if msg["method"] == method && pred(&msg["params"]) {
                return msg["params"].clone();
            }
            self.stash.push(msg);
        }
    }

    /// Whether a notification `method` matching `pred` arrives within `wait`.
    pub async fn maybe_notification(
        &mut self,
        method: &str,
        wait: Duration,
        pred: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        if let Some(i) = self
            .stash
            .iter()
            .position(|m| m["method"] == method && pred(&m["params"]))
        {
            return Some(self.stash.remove(i)["params"].clone());
        }
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let msg = match tokio::time::timeout_at(deadline, self.incoming.recv()).await {
                Ok(Some(m)) => m,
                _ => return None,
            };
            if msg.get("method").is_none() || msg.get("id").is_some() {
                continue;
            }
            if msg["method"] == method && pred(&msg["params"]) {
                return Some(msg["params"].clone());
            }
            self.stash.push(msg);
        }
    }

    /// The diagnostics published for `uri` at `version`.
    pub async fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let p = self
            .notification("textDocument/publishDiagnostics", |p| {
                p["uri"] == uri && p["version"] == version
            })
            .await;
        p["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    pub async fn initialize(
        &mut self,
        capabilities: Value,
        options: Value,
        root: Option<&std::path::Path>,
    ) -> Value {
        let mut params = json!({
            "processId": null,
            "capabilities": capabilities,
            "initializationOptions": options,
        });
        if let Some(root) = root {
            let uri = file_uri(root);
            params["rootUri"] = json!(uri);
            params["workspaceFolders"] = json!([{"uri": uri, "name": "ws"}]);
        }
        let result = self.request("initialize", params).await;
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&self, uri: &str, text: &str, version: i64) {
        self.open_as(uri, text, version, "plaintext");
    }

    pub fn open_as(&self, uri: &str, text: &str, version: i64, language: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        );
    }

    pub fn change(&self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    pub fn server_requests(&self, method: &str) -> Vec<Value> {
        self.shared
            .lock()
            .unwrap()
            .server_requests
            .iter()
            .filter(|r| r["method"] == method)
            .cloned()
            .collect()
    }
}

pub fn file_uri(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}

/// An in-process server over a duplex stream, and a handle on its state.
pub fn in_process() -> (TestClient, isnad::lsp::Handle) {
    let (service, socket, handle) = isnad::lsp::service_with_handle();
    let (client_io, server_io) = tokio::io::duplex(1 << 22);
    let (sr, sw) = tokio::io::split(server_io);
    tokio::spawn(tower_lsp_server::Server::new(sr, sw, socket).serve(service));
    let (cr, cw) = tokio::io::split(client_io);
    (TestClient::over_streams(cr, cw), handle)
}

/// A fresh temporary folder for one test.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("isnad-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The UTF-16 position of byte `offset` in `text` (LSP's default encoding).
pub fn utf16_position(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let character: usize = text[start..offset].chars().map(char::len_utf16).sum();
    json!({"line": line, "character": character})
}

/// Apply LSP text edits (UTF-16 positions, `\n` lines) to a string.
pub fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut offsets: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let s = offset_of(text, &e["range"]["start"]);
            let t = offset_of(text, &e["range"]["end"]);
            (s, t, e["newText"].as_str().unwrap_or("").to_string())
        })
        .collect();
    offsets.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (s, t, new) in offsets {
        out.replace_range(s..t, &new);
    }
    out
}

pub fn offset_of(text: &str, pos: &Value) -> usize {
    let line = pos["line"].as_u64().unwrap_or(0) as usize;
    let character = pos["character"].as_u64().unwrap_or(0) as usize;
    let mut start = 0;
    for _ in 0..line {
        start = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
    }
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= character || c == '\n' {
            return start + i;
        }
        units += c.len_utf16();
    }
    text.len()
}
