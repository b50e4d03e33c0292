//! The fuzz targets' bodies, shared by the cargo-fuzz binaries (`fuzz/fuzz_targets`)
//! and by `tests/fuzz_regressions.rs`, which replays the committed seeds with plain
//! `cargo test`. Inputs are decoded by hand (no `arbitrary`), so a seed file means
//! the same thing to both. Only crates the main package already depends on are used.
//!
//! Each function panics when it finds a bug: a panic in isnad, a range off a
//! character boundary, a position round trip that does not return, a server that
//! stops answering or answers an internal error.
#![allow(dead_code)]

use std::ops::Range;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use isnad::positions::{floor_char_boundary, rope_char, Encoding, LineIndex, Position};
use isnad::Analyzer;
use serde_json::{json, Value};

pub fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::embedded)
}

/// Reads a fuzz input as a little program; past the end every read gives zeros.
pub struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data }
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn u8(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    pub fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }

    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()])
    }

    pub fn bytes(&mut self, n: usize) -> &'a [u8] {
        let n = n.min(self.data.len());
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        head
    }

    /// A string of up to `max` bytes, its length read first (invalid UTF-8 becomes
    /// U+FFFD).
    pub fn string(&mut self, max: usize) -> String {
        let n = self.u8() as usize % (max + 1);
        String::from_utf8_lossy(self.bytes(n)).into_owned()
    }

    pub fn rest(&mut self) -> &'a [u8] {
        self.bytes(self.data.len())
    }
}

// ---------------------------------------------------------------------------
// Analysis

fn on_boundaries(text: &str, r: &Range<usize>) -> bool {
    r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}

/// Analyse `text`: no panic, every range on character boundaries inside the text,
/// the same diagnostics twice (the server compares analyses across versions), and
/// hover anywhere.
pub fn check_analysis(text: &str) {
    let a = analyzer();
    let analysis = a.analyze(text);
    for d in &analysis.diagnostics {
        assert!(on_boundaries(text, &d.range), "diagnostic {d:?}");
        assert!(!d.message.is_empty(), "empty message {d:?}");
        for r in &d.related {
            assert!(on_boundaries(text, &r.range), "related {r:?}");
        }
        for f in &d.fixes {
            assert!(on_boundaries(text, &f.range), "fix {f:?}");
            // Applying a fix must give a string (no panic on replace_range).
            let mut fixed = text.to_string();
            fixed.replace_range(f.range.clone(), &f.replacement);
        }
    }
    for m in &analysis.entities {
        assert!(on_boundaries(text, &m.range), "entity {m:?}");
    }
    for c in &analysis.claims {
        assert!(
            on_boundaries(text, &c.trigger) && on_boundaries(text, &c.sentence),
            "claim {c:?}"
        );
    }
    for f in &analysis.figures {
        assert!(on_boundaries(text, &f.range), "figure {f:?}");
    }
    if text.len() < 2048 {
        let again = a.analyze(text);
        assert_eq!(
            analysis.diagnostics, again.diagnostics,
            "the same text gave different diagnostics"
        );
    }
    let step = text.len() / 64 + 1;
    for offset in (0..=text.len() + 1).step_by(step) {
        if let Some(h) = analysis.hover(a, text, offset) {
            assert!(on_boundaries(text, &h.range), "hover {h:?}");
        }
    }
}

/// Target `analysis`: the bytes as (lossy) UTF-8.
pub fn analysis(data: &[u8]) {
    check_analysis(&String::from_utf8_lossy(data));
}

/// Articles the edits start from (only texts that are the project's own).
pub const BASES: [&str; 4] = [
    include_str!("../../examples/flood-alexandria.txt"),
    "قال المتحدث باسم الكرملين دميتري بيسكوف إن «المعاهدة مفتوحة». وزعمت مصادر مطلعة أن نحو ١٠ آلاف جندي وصلوا. ويُعتقد أن 3.5% فقط عادوا؛ وأضاف: \"لا\".",
    "قال الرئيس الروسي فلاديمير بوتين في موسكو إن المعاهدة ستدخل حيز التنفيذ.\n\nوزعمت وكالة الاستخبارات الوطنية في سيول أن 3000 جندي وصلوا إلى روسيا.\n\nويُعتقد أن ثمانية آلاف شخص قُتلوا في المعارك.\n\nوأضاف بوتين أن موسكو لن تتراجع.\n",
    "أفادت تقارير بأن «الاجتماع سيُعقد غداً في القاهرة بحضور وزراء الخارجية العرب». وقال مسؤولون إن نحو مئتي شخص اعتُقلوا، فيما ادّعى المتحدث أن الأرقام مبالغ فيها.\r\nوأضاف: \"لن نتراجع\".\r\n",
];

/// Pieces that matter to the rules: reporting verbs, hedges, vague sources, quotes,
/// numbers, and the characters that break naive code.
pub const FRAGMENTS: [&str; 40] = [
    "قال",
    "وقال",
    "زعم",
    "وزعمت",
    "ادّعى",
    "أضاف",
    "ويُعتقد",
    "يُقال",
    "مصادر مطلعة",
    "مسؤولون",
    "خبراء",
    "بحسب",
    "وفقاً لـ",
    "نحو",
    "آلاف",
    "ثمانية آلاف",
    "١٢٬٠٠٠",
    "3.5%",
    "«",
    "»",
    "\"",
    "“",
    "”",
    ": ",
    ".",
    "؟",
    "\n",
    "\r\n",
    "\r",
    "\0",
    "\u{200F}",
    "\u{202E}",
    "\u{2067}",
    "\u{FEFF}",
    "ـــ",
    "\u{064E}\u{0651}",
    "😀",
    "بوتين",
    "الأمم المتحدة",
    "بيونغ يانغ",
];

/// Apply one edit: replace `del` bytes at `at` (both moved to character
/// boundaries) by `insert`.
pub fn splice(text: &mut String, at: usize, del: usize, insert: &str) {
    let start = floor_char_boundary(text, at);
    let end = floor_char_boundary(text, start.saturating_add(del)).max(start);
    text.replace_range(start..end, insert);
}

/// Target `analysis_edits`: one of [`BASES`] edited up to 16 times with pieces
/// from [`FRAGMENTS`] or bytes from the input, analysed after every edit.
pub fn analysis_edits(data: &[u8]) {
    let mut r = Reader::new(data);
    let mut text = BASES[r.u8() as usize % BASES.len()].to_string();
    let edits = r.u8() % 16 + 1;
    for _ in 0..edits {
        let at = r.u16() as usize * (text.len() + 1) / 65536;
        let del = r.u8() as usize;
        let insert = match r.u8() % 4 {
            0 => r.string(24),
            1 => {
                let piece = FRAGMENTS[r.u8() as usize % FRAGMENTS.len()];
                piece.repeat(r.u8() as usize % 4 + 1)
            }
            2 => String::new(),
            _ => {
                // A piece of the text itself, moved elsewhere.
                let from = floor_char_boundary(&text, r.u16() as usize * text.len() / 65536);
                let to = floor_char_boundary(&text, from + r.u8() as usize);
                text[from..to].to_string()
            }
        };
        splice(&mut text, at, del, &insert);
        if r.is_empty() {
            break;
        }
    }
    check_analysis(&text);
}

// ---------------------------------------------------------------------------
// Positions

const ENCODINGS: [Encoding; 3] = [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32];

fn inside_crlf(text: &str, offset: usize) -> bool {
    offset > 0
        && text.as_bytes().get(offset - 1) == Some(&b'\r')
        && text.as_bytes().get(offset) == Some(&b'\n')
}

/// Round trips and agreement between the line index and the rope for one text.
pub fn check_positions(text: &str, probes: &[(u32, u32)]) {
    let index = LineIndex::new(text);
    let rope = ropey::Rope::from_str(text);
    assert_eq!(
        index.line_count(),
        rope.len_lines(),
        "line counts differ for {text:?}"
    );
    for encoding in ENCODINGS {
        let mut previous = Position::default();
        let boundaries = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .take(4096);
        for offset in boundaries {
            let p = index.position(text, offset, encoding);
            assert!(
                p >= previous,
                "positions go backwards at {offset} ({encoding:?})"
            );
            previous = p;
            let back = index.offset(text, p, encoding);
            if inside_crlf(text, offset) {
                // Between \r and \n there is no position of its own: the line's end.
                assert_eq!(back, offset - 1, "inside CRLF at {offset} ({encoding:?})");
            } else {
                assert_eq!(
                    back, offset,
                    "round trip of {offset} via {p:?} ({encoding:?}) in {text:?}"
                );
            }
            let via_rope = rope.char_to_byte(rope_char(&rope, p, encoding));
            assert_eq!(
                via_rope, back,
                "rope and index differ at {p:?} ({encoding:?})"
            );
        }
        // Offsets past the end or inside a character clamp.
        for offset in [text.len() + 1, usize::MAX] {
            let p = index.position(text, offset, encoding);
            assert_eq!(index.offset(text, p, encoding), text.len());
        }
        // Any position, however far or odd (half a surrogate pair), lands on a
        // boundary, and the rope agrees.
        for &(line, character) in probes {
            let p = Position { line, character };
            let offset = index.offset(text, p, encoding);
            assert!(
                offset <= text.len() && text.is_char_boundary(offset),
                "{p:?} -> {offset}"
            );
            let via_rope = rope.char_to_byte(rope_char(&rope, p, encoding));
            assert_eq!(
                via_rope, offset,
                "rope and index differ at {p:?} ({encoding:?}) in {text:?}"
            );
        }
    }
}

/// Target `positions`: a few probe positions, then the text.
pub fn positions(data: &[u8]) {
    let mut r = Reader::new(data);
    let count = r.u8() % 8;
    let mut probes: Vec<(u32, u32)> = (0..count)
        .map(|_| (r.u8() as u32 % 8, r.u16() as u32 % 300))
        .collect();
    let text = String::from_utf8_lossy(r.rest()).into_owned();
    let lines = LineIndex::new(&text).line_count() as u32;
    for line in [0, lines.saturating_sub(1), lines, lines + 1, u32::MAX] {
        for character in [0, 1, 2, 3, 5, 1000, u32::MAX] {
            probes.push((line, character));
        }
    }
    check_positions(&text, &probes);
}

// ---------------------------------------------------------------------------
// JSON-RPC: the language server in process, over a duplex stream.

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, DuplexStream, WriteHalf};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver};

/// Generous, only so that a hang ends the run instead of blocking it.
pub const HANG: Duration = Duration::from_secs(30);

pub fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime")
    })
}

pub struct Conn {
    writer: WriteHalf<DuplexStream>,
    incoming: UnboundedReceiver<Value>,
    next_id: i64,
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut v = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    v.extend_from_slice(body);
    v
}

impl Conn {
    /// A fresh server, initialised (no workspace, UTF-16, debounce 0).
    pub async fn start() -> Conn {
        let (service, socket) = isnad::lsp::service();
        let (client_io, server_io) = tokio::io::duplex(1 << 20);
        let (sr, sw) = tokio::io::split(server_io);
        // Behind the frame guard, as `isnad lsp` serves on stdio.
        tokio::spawn(isnad::lsp::frames::serve(sr, sw, socket, service));
        let (cr, cw) = tokio::io::split(client_io);
        let (tx, incoming) = unbounded_channel();
        tokio::spawn(async move {
            let mut reader = tokio::io::BufReader::new(cr);
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
                let length = length.expect("the server sent a frame without Content-Length");
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).await.is_err() {
                    return;
                }
                let msg: Value =
                    serde_json::from_slice(&body).expect("the server sent invalid JSON");
                if tx.send(msg).is_err() {
                    return;
                }
            }
        });
        let mut conn = Conn {
            writer: cw,
            incoming,
            next_id: 1_000_000,
        };
        let init = conn
            .call(
                "initialize",
                json!({"processId": null, "capabilities": {},
                       "initializationOptions": {"debounceMs": 0}}),
            )
            .await
            .expect("initialize answered");
        assert!(init.get("result").is_some(), "{init}");
        conn.notify("initialized", json!({})).await;
        conn
    }

    pub async fn send_bytes(&mut self, bytes: &[u8]) -> bool {
        self.writer.write_all(bytes).await.is_ok() && self.writer.flush().await.is_ok()
    }

    pub async fn send(&mut self, msg: &Value) -> bool {
        self.send_bytes(&frame(msg.to_string().as_bytes())).await
    }

    pub async fn notify(&mut self, method: &str, params: Value) -> bool {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await
    }

    /// Send a request and wait for its answer. `None`: the connection closed.
    /// Panics when nothing comes within [`HANG`] (a hang is a bug).
    pub async fn call(&mut self, method: &str, params: Value) -> Option<Value> {
        self.next_id += 1;
        let id = self.next_id;
        if !self
            .send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await
        {
            return None;
        }
        self.answer(id).await
    }

    /// Wait for the answer to `id`, checking every message on the way.
    pub async fn answer(&mut self, id: i64) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + HANG;
        loop {
            match tokio::time::timeout_at(deadline, self.incoming.recv()).await {
                Err(_) => panic!("no answer to request {id} within {HANG:?}: the server hangs"),
                Ok(None) => return None,
                Ok(Some(msg)) => {
                    check_server_message(&msg);
                    if msg.get("method").is_none() && msg["id"] == json!(id) {
                        return Some(msg);
                    }
                }
            }
        }
    }
}

/// What the server sends must never be an internal error (a panic caught by a
/// guard) and diagnostics must have sane ranges.
pub fn check_server_message(msg: &Value) {
    if let Some(e) = msg.get("error") {
        assert_ne!(e["code"], json!(-32603), "internal error: {msg}");
    }
    if msg["method"] == "textDocument/publishDiagnostics" {
        for d in msg["params"]["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let (s, e) = (&d["range"]["start"], &d["range"]["end"]);
            let key = |p: &Value| (p["line"].as_u64(), p["character"].as_u64());
            assert!(key(s).0.is_some() && key(e).0.is_some(), "{d}");
            assert!(key(s) <= key(e), "backwards range {d}");
        }
    }
}

const URIS: [&str; 4] = [
    "file:///tmp/isnad-fuzz/a.txt",
    "file:///tmp/isnad-fuzz/b.md",
    "untitled:Untitled-1",
    "file:///tmp/isnad-fuzz/%D8%AE%D8%A8%D8%B1.txt",
];

const REQUESTS: [&str; 16] = [
    "textDocument/hover",
    "textDocument/references",
    "textDocument/documentHighlight",
    "textDocument/documentSymbol",
    "textDocument/codeAction",
    "textDocument/inlayHint",
    "textDocument/semanticTokens/full",
    "textDocument/semanticTokens/full/delta",
    "textDocument/semanticTokens/range",
    "textDocument/diagnostic",
    "workspace/symbol",
    "workspace/executeCommand",
    "textDocument/completion",
    "textDocument/definition",
    "isnad/unknown",
    "$/unknownRequest",
];

const NOTIFICATIONS: [&str; 8] = [
    "textDocument/didClose",
    "textDocument/didSave",
    "$/cancelRequest",
    "$/setTrace",
    "workspace/didChangeWatchedFiles",
    "isnad/unknownNotification",
    "$/unknown",
    "textDocument/didOpen",
];

/// A JSON value of any shape, to put where the server expects something else.
fn any_json(r: &mut Reader<'_>, depth: u32) -> Value {
    match r.u8() % if depth > 2 { 6 } else { 8 } {
        0 => Value::Null,
        1 => json!(r.u8() & 1 == 1),
        2 => json!(r.u32() as i32),
        3 => json!(u64::MAX),
        4 => json!(-1.5e300),
        5 => json!(r.string(12)),
        6 => Value::Array((0..r.u8() % 4).map(|_| any_json(r, depth + 1)).collect()),
        _ => {
            let keys = [
                "uri",
                "textDocument",
                "position",
                "line",
                "character",
                "range",
                "version",
                "text",
                "query",
                "command",
                "arguments",
                "id",
            ];
            let mut map = serde_json::Map::new();
            for _ in 0..r.u8() % 4 {
                map.insert(
                    keys[r.u8() as usize % keys.len()].to_string(),
                    any_json(r, depth + 1),
                );
            }
            Value::Object(map)
        }
    }
}

/// A position, usually near the text, sometimes far past it or odd.
fn position(r: &mut Reader<'_>) -> Value {
    match r.u8() % 4 {
        0 => json!({"line": r.u8() % 4, "character": r.u8() % 64}),
        1 => json!({"line": r.u32(), "character": r.u32()}),
        2 => json!({"line": 0, "character": 2 * (r.u8() as u32) + 1}),
        _ => any_json(r, 1),
    }
}

fn range(r: &mut Reader<'_>) -> Value {
    json!({"start": position(r), "end": position(r)})
}

fn text(r: &mut Reader<'_>) -> String {
    match r.u8() % 3 {
        0 => r.string(64),
        1 => BASES[r.u8() as usize % BASES.len()].to_string(),
        _ => {
            let mut s = String::new();
            for _ in 0..r.u8() % 8 {
                s.push_str(FRAGMENTS[r.u8() as usize % FRAGMENTS.len()]);
            }
            s
        }
    }
}

/// Malformed frames. Each is followed by the server's answer or by its end.
fn malformed(r: &mut Reader<'_>) -> Vec<u8> {
    let body = br#"{"jsonrpc":"2.0","method":"$/x","params":{}}"#;
    match r.u8() % 8 {
        0 => b"Content-Length: abc\r\n\r\n{}".to_vec(),
        1 => b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".to_vec(),
        2 => {
            let mut v = format!(
                "Content-Length: {}\r\n\r\n",
                body.len() - (r.u8() as usize % 10 + 1)
            )
            .into_bytes();
            v.extend_from_slice(body);
            v
        }
        3 => frame(b"{not json"),
        4 => frame(&[0xff, 0xfe, b'{', b'}']),
        5 => frame(br#"{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover"}"#),
        6 => frame(br#"[1,2,3]"#),
        _ => {
            // Empty frames included: they once stalled the next message.
            let n = r.u8() as usize % 32;
            let raw = r.bytes(n).to_vec();
            frame(&raw)
        }
    }
}

const COMMANDS: [&str; 3] = ["isnad.listEntities", "isnad.silenceCode", "isnad.nope"];

enum Sent {
    Fine,
    /// A frame the transport cannot decode: the server may end (see the report).
    Malformed,
}

async fn one_op(conn: &mut Conn, r: &mut Reader<'_>) -> (bool, Sent) {
    let uri = URIS[r.u8() as usize % URIS.len()];
    let version = match r.u8() % 4 {
        0 => json!(r.u32() as i32),
        1 => json!(-1),
        _ => json!(r.u8()),
    };
    let mut op = r.u8() % 10;
    // Malformed frames end the session (known, patch 0001) and a restart rebuilds
    // the server: keep them to one op in four that asked for one.
    if (7..=8).contains(&op) && r.u8() % 4 != 0 {
        op = 0;
    }
    let ok = match op {
        0 => {
            let t = text(r);
            let lang = ["plaintext", "markdown", "arabic", ""][r.u8() as usize % 4];
            conn.notify(
                "textDocument/didOpen",
                json!({"textDocument": {"uri": uri, "languageId": lang, "version": version, "text": t}}),
            )
            .await
        }
        1 | 2 => {
            let mut changes = Vec::new();
            for _ in 0..r.u8() % 4 + 1 {
                let t = text(r);
                if r.u8() % 8 == 0 {
                    changes.push(json!({"text": t}));
                } else {
                    changes.push(json!({"range": range(r), "text": t}));
                }
            }
            conn.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
            )
            .await
        }
        3 | 4 => {
            let method = REQUESTS[r.u8() as usize % REQUESTS.len()];
            let params = match r.u8() % 3 {
                0 => any_json(r, 0),
                _ => json!({
                    "textDocument": {"uri": uri},
                    "position": position(r),
                    "range": range(r),
                    "context": {"diagnostics": [], "includeDeclaration": true},
                    "query": r.string(8),
                    "command": COMMANDS[r.u8() as usize % COMMANDS.len()],
                    "arguments": [uri, any_json(r, 1)],
                    "previousResultId": r.string(6),
                }),
            };
            conn.next_id += 1;
            let id = conn.next_id;
            let sent = conn
                .send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
                .await;
            // Sometimes cancel it straight away.
            if r.u8() % 4 == 0 {
                conn.notify("$/cancelRequest", json!({"id": id})).await;
            }
            sent && conn.answer(id).await.is_some()
        }
        5 => {
            let method = NOTIFICATIONS[r.u8() as usize % NOTIFICATIONS.len()];
            let params = if r.u8() % 2 == 0 {
                any_json(r, 0)
            } else {
                json!({"textDocument": {"uri": uri}, "id": r.u8(), "changes": [{"uri": uri, "type": 2}]})
            };
            conn.notify(method, params).await
        }
        6 => {
            // Settings of the right and wrong types (no knowledge-base paths, no
            // debounce: those read files or slow every request down).
            let key = [
                "maxFileSize",
                "minArabicShare",
                "languages",
                "severity",
                "inlayHints",
                "logLevel",
                "unknownKey",
            ][r.u8() as usize % 7];
            let value = match (key, r.u8() % 3) {
                ("maxFileSize", 0) => json!(r.u16()),
                ("minArabicShare", 0) => json!((r.u8() as f64) / 200.0),
                ("severity", 0) => {
                    let level = ["off", "error", "bogus"][r.u8() as usize % 3];
                    json!({ "loaded-verb": level })
                }
                ("languages", 0) => json!(["plaintext"]),
                _ => any_json(r, 1),
            };
            let settings = if r.u8() % 2 == 0 {
                json!({"isnad": {key: value}})
            } else {
                json!({key: value})
            };
            conn.notify(
                "workspace/didChangeConfiguration",
                json!({"settings": settings}),
            )
            .await
        }
        7 => {
            let bytes = malformed(r);
            let ok = conn.send_bytes(&bytes).await;
            return (ok, Sent::Malformed);
        }
        8 => {
            // A request with an id of an odd type, or without jsonrpc.
            let id = any_json(r, 2);
            let msg = json!({"id": id, "method": REQUESTS[r.u8() as usize % REQUESTS.len()], "params": any_json(r, 0)});
            // Without "jsonrpc": "2.0" the transport cannot decode it.
            let ok = conn.send(&msg).await;
            return (ok, Sent::Malformed);
        }
        _ => {
            let body = json!({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}});
            conn.send(&body).await
        }
    };
    (ok, Sent::Fine)
}

fn server() -> &'static Mutex<Option<Conn>> {
    static SERVER: OnceLock<Mutex<Option<Conn>>> = OnceLock::new();
    SERVER.get_or_init(|| Mutex::new(None))
}

/// Target `jsonrpc`: up to 24 messages, then a request that must be answered. The
/// server lives across inputs (starting one builds the knowledge base) and must
/// never end, malformed frames included.
pub fn jsonrpc(data: &[u8]) {
    let mut guard = server().lock().unwrap_or_else(|e| e.into_inner());
    runtime().block_on(async {
        if guard.is_none() {
            *guard = Some(Conn::start().await);
        }
        let Some(conn) = guard.as_mut() else { return };
        let mut r = Reader::new(data);
        let mut malformed = false;
        for _ in 0..24 {
            if r.is_empty() {
                break;
            }
            let (ok, sent) = one_op(conn, &mut r).await;
            if let Sent::Malformed = sent {
                malformed = true;
            }
            if !ok {
                break;
            }
        }
        let answer = conn.call("workspace/symbol", json!({"query": ""})).await;
        match answer {
            Some(a) => assert!(a.get("result").is_some(), "{a}"),
            None if malformed => panic!("the server ended after a malformed frame"),
            None => panic!("the server ended"),
        }
    });
}

/// The byte offset where line `n` starts (lines end at `\n`, `\r\n` or `\r`), or
/// the text's length.
pub fn nth_line_start(text: &str, n: usize) -> usize {
    let index = LineIndex::new(text);
    index.offset(
        text,
        Position {
            line: n as u32,
            character: 0,
        },
        Encoding::Utf8,
    )
}
